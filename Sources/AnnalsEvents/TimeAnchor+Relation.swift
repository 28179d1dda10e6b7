import AnnalsText
import AnnalsTime

/// The signal words that say how an event stands to its date (time_signals.tsv) and the
/// words that turn "since X" into a comparison (comparison_cues.txt), loaded once.
struct TimeSignalTable: Sendable {
  /// Lower-cased signal phrase ("since", "prior to") -> relation.
  var relations: [String: TimeRelation] = [:]
  var comparisonCues: Set<String> = []
  /// Longest signal phrase, in words.
  var maxWords = 1
  var errors: [String] = []

  static let shared = TimeSignalTable.load()

  static func load() -> TimeSignalTable {
    var out = TimeSignalTable()
    var lx = Lexicon()
    lx.loadTable("time_signals.tsv", columns: 2...2) { l, c, at in
      guard let r = TimeRelation(rawValue: c[1]) else { return l.errors.append("\(at): unknown relation \(c[1])") }
      let key = c[0].lowercased()
      out.relations[key] = r
      out.maxWords = max(out.maxWords, key.split(separator: " ").count)
    }
    out.comparisonCues = lx.loadSet("comparison_cues.txt")
    out.errors = lx.errors
    return out
  }
}

extension TimeAnchor {
  /// How many words before a "since" may hold a comparison cue ("its first annual loss since");
  /// further back the cue belongs to another phrase ("the biggest breeder of insects since").
  static let comparisonReach = 4

  /// The relation the words before a timex give the event, and where the signal starts.
  func relation(signal: String?, firstToken: Int) -> (TimeRelation, Int) {
    let table = TimeSignalTable.shared
    if let s = signal?.lowercased(), let r = table.relations[s] {
      return (r, max(0, firstToken - s.split(separator: " ").count))
    }
    // The tagger keeps the signal only for some timexes: read the words right before it.
    let sentenceStart = firstToken > 0 ? cx.text.sentences[cx.sentenceOf[firstToken]].tokens.lowerBound : 0
    var words = table.maxWords
    while words >= 1 {
      let from = firstToken - words
      if from >= sentenceStart {
        let phrase = (from..<firstToken).map { cx.lower($0) }.joined(separator: " ")
        if let r = table.relations[phrase] { return (r, from) }
      }
      words -= 1
    }
    return (.within, firstToken)
  }

  /// True when a comparison cue stands shortly before the signal in the same sentence.
  func comparing(before signalToken: Int) -> Bool {
    guard signalToken > 0, signalToken < cx.tokens.count else { return false }
    let sentenceStart = cx.text.sentences[cx.sentenceOf[signalToken]].tokens.lowerBound
    let cues = TimeSignalTable.shared.comparisonCues
    var k = signalToken - 1
    while k >= max(sentenceStart, signalToken - Self.comparisonReach) {
      if cues.contains(cx.lower(k)) { return true }
      k -= 1
    }
    return false
  }

  /// The event's interval given its relation to a date covering `r`: "since" runs to the
  /// end of the publication day, "until" from its start, "after" from the date to
  /// publication; a comparison point gives the publication day. Nil: no interval known.
  /// "before" keeps the date's own interval (how long before is not said).
  func interval(_ relation: TimeRelation, _ r: TimeRange) -> TimeRange? {
    let pubStart = publication.map { TimePoint($0.date) }
    let pubEnd = pubStart.map { TimePoint(minutes: $0.minutes + 1439) }
    switch relation {
    case .within, .before:
      return r
    case .since:
      if let e = pubEnd, e > r.earliest { return TimeRange(earliest: r.earliest, latest: e) }
    case .until:
      if let s = pubStart, s < r.latest { return TimeRange(earliest: s, latest: r.latest) }
    case .after:
      if let e = pubEnd, e > r.latest { return TimeRange(earliest: r.latest, latest: e) }
    case .comparison:
      guard let s = pubStart, let e = pubEnd else { return nil }
      return TimeRange(earliest: s, latest: e)
    }
    return r
  }
}
