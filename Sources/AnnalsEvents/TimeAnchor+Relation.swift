import AnnalsText
import AnnalsTime

/// The signal words that say how an event stands to its date (time_signals.tsv) and the
/// words that turn "since X" into a comparison (comparison_cues.txt), loaded once.
struct TimeSignalTable: Sendable {
  /// Lower-cased signal phrase ("since", "prior to") -> relation.
  var relations: [String: TimeRelation] = [:]
  var comparisonCues: Set<String> = []
  /// Last words of the two-word signals ("to" of "prior to").
  var secondWords: Set<String> = []
  var errors: [String] = []

  static let shared = TimeSignalTable.load()

  static func load() -> TimeSignalTable {
    var out = TimeSignalTable()
    var lx = Lexicon()
    lx.loadTable("time_signals.tsv", columns: 2...2) { l, c, at in
      guard let r = TimeRelation(rawValue: c[1]) else { return l.errors.append("\(at): unknown relation \(c[1])") }
      let key = c[0].lowercased()
      let words = key.split(separator: " ")
      guard words.count <= 2 else { return l.errors.append("\(at): a signal has one or two words") }
      out.relations[key] = r
      if words.count == 2 { out.secondWords.insert(String(words[1])) }
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
    if let s = signal, let r = table.relations[s] ?? table.relations[s.lowercased()] {
      let words = 1 + s.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
      return (r, max(0, firstToken - words))
    }
    // The tagger keeps the signal only for some timexes: read the word(s) right before it.
    guard firstToken > 0 else { return (.within, firstToken) }
    let sentenceStart = cx.text.sentences[cx.sentenceOf[firstToken]].tokens.lowerBound
    guard firstToken - 1 >= sentenceStart else { return (.within, firstToken) }
    let last = cx.lower(firstToken - 1)
    if let r = table.relations[last] { return (r, firstToken - 1) }
    // Two-word signals ("prior to", "as of") end in a word that is no signal alone.
    if table.secondWords.contains(last), firstToken - 2 >= sentenceStart,
      let r = table.relations[cx.lower(firstToken - 2) + " " + last]
    {
      return (r, firstToken - 2)
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
