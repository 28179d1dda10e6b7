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
    var work = 0
    return anchor(events, work: &work)
  }

  /// The same, adding to `work` one step per candidate looked at (tests hold it linear).
  func anchor(_ events: [RawEvent], work: inout Int, exhaustive: Bool = false) -> [EventTime?] {
    let n = cx.tokens.count
    // First token of each timex.
    var first = Array(repeating: -1, count: timexes.count)
    for k in 0..<n where cx.timexAt[k] >= 0 && first[cx.timexAt[k]] < 0 { first[cx.timexAt[k]] = k }
    let (clause, relative) = clauses()
    var monotone = true
    for k in clause.indices.dropFirst() where clause[k] < clause[k - 1] { monotone = false }
    for i in events.indices.dropFirst() where events[i].token <= events[i - 1].token { monotone = false }
    work += n + events.count
    let setup = Setup(anchor: self, events: events, first: first, clause: clause, relative: relative)
    var out = !monotone || exhaustive ? slow(events, setup, &work) : Search(setup).run(&work)
    durations(events, &out, &work)
    reportedAtPublication(events, &out, &work)
    return out
  }

  /// A news report's "said", "announced", "told" with no date of its own happened when the
  /// article reports it: the publication day (timex nil, basis "publication-date").
  /// Other undated events stay undated: their time is not that of the report.
  func reportedAtPublication(_ events: [RawEvent], _ out: inout [EventTime?], _ work: inout Int) {
    guard let pub = publication else { return }
    let day = TimeRange(day: pub.date)
    // Fields read in place: a copy of the event would retain its strings.
    for i in events.indices where out[i] == nil && events[i].eventClass == .reporting {
      work += 1
      guard !events[i].isNoun, !events[i].negated, events[i].modality == "actual",
        events[i].tense == "past" || events[i].tense == "present", events[i].lemma != "according to"
      else { continue }
      out[i] = EventTime(timex: nil, value: pub.date.iso, range: day, basis: "publication-date")
    }
  }

  /// The exhaustive ranking for every event (tests compare it with the search).
  func anchorExhaustive(_ events: [RawEvent], work: inout Int) -> [EventTime?] {
    anchor(events, work: &work, exhaustive: true)
  }

  /// What both searches share: usable timexes by sentence, reporting-verb bindings, busy
  /// clauses and finite verbs.
  struct Setup {
    let ta: TimeAnchor
    let events: [RawEvent]
    let first: [Int]
    let clause: [Int]
    let relative: [Bool]
    /// Usable timexes of each sentence that has one, in index order.
    var bySentence: [Int: [Int]] = [:]
    /// The event a timex right after a reporting verb ("said Wednesday") dates, or -1.
    var boundTo: [Int]
    /// Clauses that hold an event: a timex there governs its own clause only.
    var busy: [Bool]
    /// Finite verbs by token: "discussed ties ... they signed last year" gives the year to "signed".
    var finite: [Bool]
    /// First token of each clause (0 for a clause with no token).
    var clauseStart: [Int]

    init(anchor: TimeAnchor, events: [RawEvent], first: [Int], clause: [Int], relative: [Bool]) {
      let cx = anchor.cx
      ta = anchor
      self.events = events
      self.first = first
      self.clause = clause
      self.relative = relative
      for (x, t) in anchor.timexes.enumerated() where first[x] >= 0 && anchor.usable(t) {
        bySentence[cx.sentenceOf[first[x]], default: []].append(x)
      }
      let clauses = (clause.max() ?? 0) + 2
      clauseStart = Array(repeating: -1, count: clauses)
      for k in clause.indices.reversed() { clauseStart[clause[k]] = k }
      for c in clauseStart.indices where clauseStart[c] < 0 { clauseStart[c] = 0 }
      boundTo = Array(repeating: -1, count: anchor.timexes.count)
      // Events by index, not copied: a RawEvent holds strings and a participant list.
      for i in events.indices where events[i].eventClass == .reporting && !events[i].isNoun {
        let token = events[i].token
        // Only a timex whose first token is one of the next two can be bound.
        for k in (token + 1)...(token + 2) where k < cx.tokens.count && cx.timexAt[k] >= 0 {
          let x = cx.timexAt[k]
          if first[x] == k, anchor.usable(anchor.timexes[x]), cx.sentenceOf[k] == events[i].sentence { boundTo[x] = i }
        }
      }
      busy = Array(repeating: false, count: clauses)
      for i in events.indices { busy[clause[events[i].token]] = true }
      finite = Array(repeating: false, count: cx.tokens.count)
      // A bare participle blocks only after its own subject ("they signed"), not as a reduced relative.
      for i in events.indices where !events[i].isNoun && !events[i].infinitive && !events[i].copula {
        guard events[i].tense != "none" else { continue }
        if !events[i].bareParticiple || cx.tag(events[i].token - 1, .subject) { finite[events[i].token] = true }
      }
    }
  }

  /// The original search, kept for token streams whose clauses or events are out of order
  /// (never the case for tokenizer output): every candidate of the sentence, ranked.
  private func slow(_ events: [RawEvent], _ st: Setup, _ work: inout Int) -> [EventTime?] {
    let first = st.first
    let clause = st.clause
    var out: [EventTime?] = Array(repeating: nil, count: events.count)
    var used: Set<Int> = []
    for (i, e) in events.enumerated() {
      guard let xs = st.bySentence[e.sentence] else { continue }
      let own = clause[e.token]
      let ranked = xs.filter { x -> Bool in
        work += 1 + abs(first[x] - e.token)
        let c = clause[first[x]]
        // A relative clause right after an event noun dates the noun: "talks, which are set for Friday".
        // Only the last event before the clause is its antecedent: "desires ... the program, which ...".
        let nextEvent = i + 1 < events.count ? events[i + 1].token : Int.max
        let relativeToNoun = e.isNoun && c == own + 1 && st.relative[c] && nextEvent >= st.clauseStart[c]
        return (st.boundTo[x] < 0 || st.boundTo[x] == i) && (c == own || !st.busy[c] || relativeToNoun)
          && !(c == own && blocked(e, first[x], st.finite))
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
    for (s, xs) in st.bySentence.sorted(by: { $0.key < $1.key }) {
      for x in xs where !used.contains(x) {
        var best: Int?
        for i in eventsOf[s] ?? [] where st.boundTo[x] < 0 || st.boundTo[x] == i {
          work += 1
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
  private func blocked(_ e: RawEvent, _ x: Int, _ finite: [Bool]) -> Bool {
    guard x > e.token + 1 else { return false }
    for k in (e.token + 1)..<x where finite[k] { return true }
    return false
  }

  func usable(_ t: Timex) -> Bool { (t.type == .date || t.type == .time) && t.range != nil }

  /// A past event is not dated after publication; a future or planned one not before it.
  func consistent(_ e: RawEvent, _ t: Timex) -> Bool {
    guard let pub = publication, let r = t.range else { return true }
    let start = TimePoint(pub.date)
    let end = TimePoint(minutes: start.minutes + 1439)
    if e.tense == "past", r.earliest > end { return false }
    if e.tense == "future" || e.modality == "planned", r.latest < start { return false }
    return true
  }

  /// Clause numbers per token (a new clause after `,` `;` `:` and subordinators),
  /// and the clauses that open with a relative word ("which are scheduled for Friday").
  private func clauses() -> ([Int], [Bool]) {
    let n = cx.tokens.count
    var out = Array(repeating: 0, count: n)
    var relative: [Bool] = [false]
    var c = 0
    func open() {
      c += 1
      while relative.count <= c + 1 { relative.append(false) }
    }
    for sent in cx.text.sentences {
      open()
      var justOpened = false
      for k in sent.tokens {
        let t = cx.ch(k)
        let digitComma = t == 0x2C && k > 0 && k + 1 < n
          && cx.facts[k - 1].kind == .number && cx.facts[k + 1].kind == .number && !cx.facts[k + 1].space
        // "since last fall": a preposition before a timex opens no clause.
        let opener = (cx.tag(k, .subord) || cx.tag(k, .rel)) && !(k + 1 < n && cx.inTimex[k + 1])
        if !cx.inTimex[k], (t == 0x2C && !digitComma) || t == 0x3B || t == 0x3A || (opener && !justOpened) {
          open()
          justOpened = true
          if cx.tag(k, .rel) { relative[c] = true }
        } else {
          if justOpened, cx.tag(k, .rel) { relative[c] = true }
          justOpened = false
        }
        out[k] = c
      }
    }
    return (out, relative)
  }

  /// The time timex `x` (first token `firstToken`) gives an event: its value, the relation
  /// the signal words make ("since", "until", "first ... since") and the interval derived.
  func time(_ x: Int, _ firstToken: Int) -> EventTime {
    let t = timexes[x]
    var (relation, signalToken) = relation(signal: t.signal, firstToken: firstToken)
    if relation == .since, comparing(before: signalToken) { relation = .comparison }
    guard let r = t.range else {
      return EventTime(timex: t.id, value: t.value, range: nil, basis: "timex", relation: relation)
    }
    // "before the end of the year": the boundary is where the date ends, not where it begins.
    var bounded = r
    if relation == .before, t.mod == "END" || t.mod == "LATE" {
      bounded = TimeRange(earliest: TimePoint(minutes: r.latest.minutes + 1), latest: r.latest)
    }
    let range = interval(relation, bounded)
    var value = t.value
    let basis: String
    switch relation {
    case .within: basis = "timex"
    case .before: basis = "before"
    case .comparison:
      // The date is only compared with: the event happened when the article reports it.
      basis = "comparison"
      if let p = publication { value = p.date.iso }
    case .since, .until, .after: basis = range == r ? "timex" : relation.rawValue
    case .duration: basis = "duration"
    }
    return EventTime(timex: t.id, value: value, range: range, basis: basis, relation: relation)
  }
}
