import AnnalsText
import AnnalsTime

/// The signal words that say how an event stands to its date (time_signals.tsv) and the
/// words that turn "since X" into a comparison (comparison_cues.txt), loaded once.
struct TimeSignalTable: Sendable {
  /// Lower-cased signal phrase ("since", "prior to") -> relation.
  var relations: [String: TimeRelation] = [:]
  /// Signals that, before a duration, say how long the event lasts ("for", "over").
  var durationSignals: Set<String> = []
  var comparisonCues: Set<String> = []
  /// Last words of the two-word signals ("to" of "prior to").
  var secondWords: Set<String> = []
  var errors: [String] = []

  static let shared = TimeSignalTable.load()

  static func load() -> TimeSignalTable {
    var out = TimeSignalTable()
    var lx = Lexicon()
    lx.loadTable("time_signals.tsv", columns: 2...3) { l, c, at in
      guard let r = TimeRelation(rawValue: c[1]) else { return l.errors.append("\(at): unknown relation \(c[1])") }
      let key = c[0].lowercased()
      let words = key.split(separator: " ")
      guard words.count <= 2 else { return l.errors.append("\(at): a signal has one or two words") }
      out.relations[key] = r
      if words.count == 2 { out.secondWords.insert(String(words[1])) }
      if c.count > 2, !c[2].isEmpty {
        guard TimeRelation(rawValue: c[2]) == .duration else { return l.errors.append("\(at): third column is \"for\" or empty") }
        out.durationSignals.insert(key)
      }
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
  /// "before" is the last minute before the date begins (how long before is not said, but the
  /// event lies outside the date and the timeline places it just ahead of it); before a date
  /// still to come (after the publication day), it runs from publication up to that minute.
  func interval(_ relation: TimeRelation, _ r: TimeRange) -> TimeRange? {
    let pubStart = publication.map { TimePoint($0.date) }
    let pubEnd = pubStart.map { TimePoint(minutes: $0.minutes + 1439) }
    switch relation {
    case .within:
      return r
    case .before:
      // A date still ahead ("will agree before the weekend"): from publication up to it.
      let last = TimePoint(minutes: r.earliest.minutes - 1)
      if let s = pubStart, let e = pubEnd, e < last { return TimeRange(earliest: s, latest: last) }
      return TimeRange(earliest: last, latest: last)
    case .since:
      if let e = pubEnd, e > r.earliest { return TimeRange(earliest: r.earliest, latest: e) }
    case .until:
      if let s = pubStart, s < r.latest { return TimeRange(earliest: s, latest: r.latest) }
    case .after:
      if let e = pubEnd, e > r.latest { return TimeRange(earliest: r.latest, latest: e) }
    case .comparison:
      guard let s = pubStart, let e = pubEnd else { return nil }
      return TimeRange(earliest: s, latest: e)
    case .duration:
      return nil
    }
    return r
  }

  /// Events that a duration says how long lasted ("has led Apple for ten years"): the event
  /// next to a duration timex after "for"/"over" in its sentence, when no date placed it.
  /// Present perfect runs up to publication (the interval ends there); otherwise the event
  /// keeps the relation with no interval (when it began is not said).
  func durations(_ events: [RawEvent], _ out: inout [EventTime?], _ work: inout Int) {
    let table = TimeSignalTable.shared
    guard !table.durationSignals.isEmpty, !events.isEmpty else { return }
    for t in timexes where t.type == .duration {
      work += 1
      // First token of the timex.
      let span = t.span
      var lo = 0
      var hi = cx.tokens.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if cx.tokens[mid].start < span.start { lo = mid + 1 } else { hi = mid }
      }
      let k = lo
      guard k > 0, k < cx.tokens.count else { continue }
      let signal = t.signal?.lowercased() ?? cx.lower(k - 1)
      guard table.durationSignals.contains(signal) else { continue }
      // The last event before the timex in its sentence, within a few words; else the first after.
      let sentence = cx.sentenceOf[k]
      var a = 0
      var b = events.count
      while a < b {
        let mid = (a + b) / 2
        if events[mid].token < k { a = mid + 1 } else { b = mid }
      }
      // A verb before it first ("has frozen its costs for three years" is the freezing), else
      // the nearest event before, else the first after.
      var pick = -1
      var j = a - 1
      while j >= 0, events[j].sentence == sentence, k - events[j].token <= 8 {
        if !events[j].isNoun {
          pick = j
          break
        }
        j -= 1
      }
      if pick < 0, a > 0, events[a - 1].sentence == sentence, k - events[a - 1].token <= 8 {
        pick = a - 1
      } else if pick < 0, a < events.count, events[a].sentence == sentence, events[a].token - k <= 8 {
        pick = a
      }
      guard pick >= 0, out[pick] == nil else { continue }
      var range: TimeRange?
      var value = t.value
      if let p = publication, presentPerfect(events[pick]), let start = Self.start(of: t.value, endingOn: p.date) {
        range = TimeRange(earliest: start, latest: TimePoint(minutes: TimePoint(p.date).minutes + 1439))
        // The event takes its start as a date, as "since 1995" would: as fine as the duration's unit.
        let iso = start.date.iso
        switch t.value.utf8.last {
        case 0x59: value = String(iso.prefix(4))
        case 0x4D where !t.value.hasPrefix("PT"): value = String(iso.prefix(7))
        default: value = iso
        }
      }
      out[pick] = EventTime(timex: t.id, value: value, range: range, basis: "duration", relation: .duration)
    }
  }

  /// "has led", "have been": the verb group opens with a present form of "have".
  func presentPerfect(_ e: RawEvent) -> Bool {
    guard !e.isNoun, e.groupStart >= 0, e.groupStart < e.token else { return false }
    for k in e.groupStart..<e.token where ["has", "have", "ve"].contains(cx.lower(k)) { return true }
    return false
  }

  /// Where a simple TIMEX3 duration (`P10Y`, `P6M`, `P2W`, `P3D`, `PT5H`) that ends on day
  /// `end` began, by the calendar; nil for other values (`PXY`, `P1Y6M`).
  static func start(of value: String, endingOn end: CivilDate) -> TimePoint? {
    var u = Array(value.utf8)
    guard u.count >= 3, u[0] == 0x50 else { return nil }  // P
    var time = false
    u.removeFirst()
    if u.first == 0x54 {  // T
      time = true
      u.removeFirst()
    }
    guard let unit = u.popLast(), !u.isEmpty, u.count <= 5, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    let n = u.reduce(0) { $0 * 10 + Int($1 - 48) }
    switch (time, unit) {
    case (false, 0x59): return TimePoint(end.adding(months: -12 * n))  // Y
    case (false, 0x4D): return TimePoint(end.adding(months: -n))  // M
    case (false, 0x57): return TimePoint(end.adding(days: -7 * n))  // W
    case (false, 0x44): return TimePoint(end.adding(days: -n))  // D
    case (true, 0x48): return TimePoint(minutes: TimePoint(end).minutes + 1440 - n * 60)  // H
    default: return nil
    }
  }
}
