import AnnalsText
import AnnalsTime

/// Anchors events to the timex that governs them: the nearest in the same clause,
/// else in the same sentence, with "since"/"until"/"after"/"before" widening the range.
struct TimeAnchor {
  let cx: Context
  let timexes: [Timex]
  let publication: PublicationDate?

  /// Returns the time of each event (nil when undated).
  func anchor(_ events: [RawEvent]) -> [EventTime?] {
    let n = cx.tokens.count
    // First token of each timex, and the timexes of each sentence.
    var first = Array(repeating: -1, count: timexes.count)
    for k in 0..<n where cx.timexAt[k] >= 0 && first[cx.timexAt[k]] < 0 { first[cx.timexAt[k]] = k }
    var bySentence: [Int: [Int]] = [:]
    for (x, t) in timexes.enumerated() where first[x] >= 0 && usable(t) {
      bySentence[cx.sentenceOf[first[x]], default: []].append(x)
    }
    let (clause, relative) = clauses()
    var clauseStart: [Int: Int] = [:]
    for k in clause.indices.reversed() { clauseStart[clause[k]] = k }
    // A timex right after a reporting verb ("said Wednesday") dates only that verb.
    var boundTo: [Int: Int] = [:]
    for (i, e) in events.enumerated() where e.eventClass == .reporting && !e.isNoun {
      for x in bySentence[e.sentence] ?? [] where first[x] > e.token && first[x] <= e.token + 2 {
        boundTo[x] = i
      }
    }
    var out: [EventTime?] = Array(repeating: nil, count: events.count)
    var used: Set<Int> = []
    // Clauses that hold an event: a timex there governs its own clause only.
    var busy: Set<Int> = []
    for e in events { busy.insert(clause[e.token]) }
    // Finite verbs by token: "discussed ties ... they signed last year" gives the year to "signed".
    var finite: Set<Int> = []
    // A bare participle blocks only after its own subject ("they signed"), not as a reduced relative.
    for e in events where !e.isNoun && !e.infinitive && !e.copula && e.tense != "none" {
      if !e.bareParticiple || cx.tag(e.token - 1, .subject) { finite.insert(e.token) }
    }
    for (i, e) in events.enumerated() {
      guard let xs = bySentence[e.sentence] else { continue }
      let own = clause[e.token]
      let ranked = xs.filter { x -> Bool in
        let c = clause[first[x]]
        // A relative clause right after an event noun dates the noun: "talks, which are set for Friday".
        // Only the last event before the clause is its antecedent: "desires ... the program, which ...".
        let nextEvent = i + 1 < events.count ? events[i + 1].token : Int.max
        let relativeToNoun = e.isNoun && c == own + 1 && relative.contains(c) && nextEvent >= (clauseStart[c] ?? 0)
        return (boundTo[x] == nil || boundTo[x] == i) && (c == own || !busy.contains(c) || relativeToNoun)
          && !(c == own && blocked(e, first[x], finite))
      }.sorted { a, b in
        let ca = clause[first[a]] == own ? 0 : 1
        let cb = clause[first[b]] == own ? 0 : 1
        if ca != cb { return ca < cb }
        return abs(first[a] - e.token) < abs(first[b] - e.token)
      }
      for x in ranked where consistent(e, timexes[x]) {
        out[i] = time(x, first[x])
        used.insert(x)
        break
      }
    }
    // Every dated sentence shows its date: the nearest event takes an unused timex.
    var eventsOf: [Int: [Int]] = [:]
    for (i, e) in events.enumerated() { eventsOf[e.sentence, default: []].append(i) }
    for (s, xs) in bySentence.sorted(by: { $0.key < $1.key }) {
      for x in xs where !used.contains(x) {
        var best: Int?
        for i in eventsOf[s] ?? [] where boundTo[x] == nil || boundTo[x] == i {
          let e = events[i]
          if best == nil || abs(e.token - first[x]) < abs(events[best ?? 0].token - first[x]) { best = i }
        }
        if let b = best { out[b] = time(x, first[x]) }
      }
    }
    return out
  }

  /// True when a finite verb of the same sentence stands between an event and a later
  /// timex: the timex dates that nearer verb's clause, not this one.
  private func blocked(_ e: RawEvent, _ x: Int, _ finite: Set<Int>) -> Bool {
    guard x > e.token + 1 else { return false }
    for k in (e.token + 1)..<x where finite.contains(k) { return true }
    return false
  }

  private func usable(_ t: Timex) -> Bool { (t.type == .date || t.type == .time) && t.range != nil }

  /// A past event is not dated after publication; a future or planned one not before it.
  private func consistent(_ e: RawEvent, _ t: Timex) -> Bool {
    guard let pub = publication, let r = t.range else { return true }
    let start = TimePoint(pub.date)
    let end = TimePoint(minutes: start.minutes + 1439)
    if e.tense == "past", r.earliest > end { return false }
    if e.tense == "future" || e.modality == "planned", r.latest < start { return false }
    return true
  }

  /// Clause numbers per token: a new clause after `,` `;` `:` and subordinators.
  /// Clause numbers per token (a new clause after `,` `;` `:` and subordinators),
  /// and the clauses that open with a relative word ("which are scheduled for Friday").
  private func clauses() -> ([Int], Set<Int>) {
    var out = Array(repeating: 0, count: cx.tokens.count)
    var relative: Set<Int> = []
    var c = 0
    for sent in cx.text.sentences {
      c += 1
      var justOpened = false
      for k in sent.tokens {
        let t = cx.tokens[k].text
        let digitComma = t == "," && k > 0 && k + 1 < cx.tokens.count
          && cx.tokens[k - 1].kind == .number && cx.tokens[k + 1].kind == .number && !cx.tokens[k + 1].spaceBefore
        // "since last fall": a preposition before a timex opens no clause.
        let opener = (cx.tag(k, .subord) || cx.tag(k, .rel)) && !(k + 1 < cx.tokens.count && cx.inTimex[k + 1])
        if !cx.inTimex[k], (t == "," && !digitComma) || t == ";" || t == ":" || (opener && !justOpened) {
          c += 1
          justOpened = true
          if cx.tag(k, .rel) { relative.insert(c) }
        } else {
          if justOpened, cx.tag(k, .rel) { relative.insert(c) }
          justOpened = false
        }
        out[k] = c
      }
    }
    return (out, relative)
  }

  private func time(_ x: Int, _ firstToken: Int) -> EventTime {
    let t = timexes[x]
    var signal = t.signal?.lowercased()
    if signal == nil, firstToken > 0 {
      let w = cx.lower(firstToken - 1)
      if ["since", "until", "till", "after", "before", "by"].contains(w) { signal = w }
    }
    guard let r = t.range else { return EventTime(timex: t.id, value: t.value, range: nil, basis: "timex") }
    let pubStart = publication.map { TimePoint($0.date) }
    let pubEnd = pubStart.map { TimePoint(minutes: $0.minutes + 1439) }
    switch signal {
    case "since":
      if let e = pubEnd, e > r.earliest {
        return EventTime(timex: t.id, value: t.value, range: TimeRange(earliest: r.earliest, latest: e), basis: "since")
      }
    case "until", "till", "by":
      if let s = pubStart, s < r.latest {
        return EventTime(timex: t.id, value: t.value, range: TimeRange(earliest: s, latest: r.latest), basis: "until")
      }
    case "after":
      if let e = pubEnd, e > r.latest {
        return EventTime(timex: t.id, value: t.value, range: TimeRange(earliest: r.latest, latest: e), basis: "after")
      }
    case "before":
      return EventTime(timex: t.id, value: t.value, range: r, basis: "before")
    default:
      break
    }
    return EventTime(timex: t.id, value: t.value, range: r, basis: "timex")
  }
}
