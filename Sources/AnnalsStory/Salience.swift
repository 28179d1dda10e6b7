import AnnalsEvents

/// How much an event matters to the story, and which events the default views show.
///
/// An event scores for what a reader keeps: a date of its own (+3; placed only by its
/// article's publication date +1), named participants (+1 each, up to three), an object,
/// being told more than once (+0.75 a mention, up to three) and by several articles (+1.5
/// an article, up to four), standing in the headline (+2) or the lede (+1). It loses for
/// framing a statement ("said", "according to": -5), for other reporting verbs with no
/// object (-2), for states and intentions (-1.5), negation or hypothesis (-1), and for an
/// event noun with no participant (-2).
public enum Salience {
  /// The default views show at most this many events...
  public static let budget = 80
  /// ...and none that scores below this.
  public static let floor = 3.0

  struct Inputs {
    var dating: StoryDating
    var named: Int
    var hasObject: Bool
    var mentions: Int
    var documents: Int
    var bestPosition: Int
    var speech: Bool
    var reporting: Bool
    var eventClass: EventClass
    var negated: Bool
    var hypothetical: Bool
    var bareNoun: Bool
    var conflict: Bool
  }

  static func score(_ x: Inputs) -> Double {
    var s = 0.0
    switch x.dating {
    case .expression: s += 3
    case .narrative: s += 1.5
    case .publication: s += 1
    case .undated: break
    }
    s += Double(min(x.named, 3))
    if x.hasObject { s += 0.5 }
    s += 0.75 * Double(min(max(x.mentions - 1, 0), 3))
    s += 1.5 * Double(min(max(x.documents - 1, 0), 4))
    if x.bestPosition == 0 { s += 2 } else if x.bestPosition == 1 { s += 1 }
    if x.speech {
      s -= 5
    } else if x.reporting && !x.hasObject {
      s -= 2
    }
    switch x.eventClass {
    case .state, .iState, .aspectual, .perception: s -= 1.5
    case .iAction: s -= 0.5
    default: break
    }
    if x.negated || x.hypothetical { s -= 1 }
    if x.bareNoun { s -= 2 }
    if x.conflict { s += 0.5 }
    return s
  }

  /// The indices to show: the best `budget` of those scoring at least `floor`, returned in
  /// their original order. Ties keep the original order.
  public static func select(_ scores: [Double], budget: Int = budget, floor: Double = floor) -> Set<Int> {
    let ranked = scores.indices.filter { scores[$0] >= floor }.sorted { a, b in
      scores[a] != scores[b] ? scores[a] > scores[b] : a < b
    }
    return Set(ranked.prefix(max(0, budget)))
  }
}
