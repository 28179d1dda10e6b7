import AnnalsEvents
import AnnalsText
import AnnalsTime

/// Groups event mentions that tell the same real event, within a document and across
/// documents. Every rule asks for compatible dates (overlapping, or one side undated) and
/// participants that do not contradict each other:
///
/// - a light verb and the event noun it carries, and "take place"/"happen" with the event
///   noun it is said of ("held a phone call", "talks ... to take place Friday");
/// - a sentence repeated in the same document (summary lines, a lede repeated as a
///   caption): its events pair with the same events of the other copy;
/// - the headline's events with the same predicate in the lede ("Apple unveils iPhone 4" /
///   "Apple unveiled the iPhone 4 on Monday");
/// - an event noun that refers back ("the call on Tuesday", "the Trump meeting") to the
///   nearest earlier event of the same or a related predicate;
/// - across documents: the same or a related predicate with shared participants and
///   compatible dates. Two articles that give one event (same predicate, the same two or
///   more participants) dates a few days apart are merged with the conflict kept.
struct EventCoreference {
  let facts: [[MentionFacts]]
  private var parent: [Int] = []
  private var offsets: [Int] = []
  /// Per root: what the group has gathered so far.
  private var state: [Int: GroupState] = [:]
  /// Pairs of merged roots whose dates disagree (kept as conflicts).
  private(set) var conflicted: Set<Int> = []

  struct GroupState {
    var keys: Set<String>
    var agents: Set<String>
    var range: TimeRange?
    var documents: Set<Int>
    var predicates: Set<String>
    var speech: Bool
    var negated: Bool
  }

  init(_ facts: [[MentionFacts]]) {
    self.facts = facts
    var n = 0
    for f in facts {
      offsets.append(n)
      n += f.count
    }
    parent = Array(0..<n)
    for (d, f) in facts.enumerated() {
      for (i, m) in f.enumerated() {
        state[offsets[d] + i] = GroupState(
          keys: Set(m.keys), agents: m.agents, range: m.range, documents: [d], predicates: [m.predicate],
          speech: m.speech, negated: m.negated)
      }
    }
  }

  func index(_ r: MentionRef) -> Int { offsets[r.document] + r.event }

  mutating func find(_ i: Int) -> Int {
    var i = i
    while parent[i] != i {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }

  /// True when two groups may be one event: dates overlap (or one is undated), agents do
  /// not contradict, same polarity.
  mutating func compatible(_ a: Int, _ b: Int) -> Bool {
    let (ra, rb) = (find(a), find(b))
    if ra == rb { return false }
    guard let sa = state[ra], let sb = state[rb] else { return false }
    if sa.negated != sb.negated { return false }
    if let x = sa.range, let y = sb.range, !Self.overlap(x, y) { return false }
    if !sa.agents.isEmpty, !sb.agents.isEmpty, sa.agents.isDisjoint(with: sb.agents) { return false }
    return true
  }

  static func overlap(_ x: TimeRange, _ y: TimeRange) -> Bool { x.earliest <= y.latest && y.earliest <= x.latest }

  /// Merges two groups; the narrower date wins.
  mutating func union(_ a: Int, _ b: Int, conflict: Bool = false) {
    let (ra, rb) = (find(a), find(b))
    guard ra != rb, let sa = state[ra], let sb = state[rb] else { return }
    let (root, other) = ra < rb ? (ra, rb) : (rb, ra)
    parent[other] = root
    var s = sa
    s.keys.formUnion(sb.keys)
    s.agents.formUnion(sb.agents)
    s.documents.formUnion(sb.documents)
    s.predicates.formUnion(sb.predicates)
    s.speech = sa.speech && sb.speech
    switch (sa.range, sb.range) {
    case let (x?, y?): s.range = width(x) <= width(y) ? x : y
    case let (x?, nil): s.range = x
    case let (nil, y?): s.range = y
    default: s.range = nil
    }
    state[root] = s
    state[other] = nil
    if conflict || conflicted.contains(other) { conflicted.insert(root) }
    conflicted.remove(other)
  }

  private func width(_ r: TimeRange) -> Int { r.latest.minutes - r.earliest.minutes }

  // MARK: - Within one document

  mutating func withinDocument(_ d: Int, _ doc: StoryDocument, _ words: WordScan, headline: Int?, lede: Set<Int>) {
    let f = facts[d]
    guard !f.isEmpty else { return }
    supportAndLightVerbs(d, f)
    repeatedSentences(d, doc, words, f)
    headlineToLede(d, f, headline: headline, lede: lede)
    referringNouns(d, f)
  }

  /// "held a phone call": the light verb and its noun; "talks ... to take place": the noun
  /// and the predicate that says it happens.
  private mutating func supportAndLightVerbs(_ d: Int, _ f: [MentionFacts]) {
    let lx = StoryLexicon.shared
    for (i, m) in f.enumerated() {
      if m.light {
        for j in (i + 1)..<min(f.count, i + 4) where f[j].sentence == m.sentence && f[j].word - m.word <= 6 {
          if f[j].nominal && (f[j].predicate == m.predicate || f[j].group == m.group || m.predicate.hasSuffix(f[j].predicate)) {
            if compatible(offsets[d] + i, offsets[d] + j) { union(offsets[d] + i, offsets[d] + j) }
            break
          }
        }
      }
      let ev = f[i]
      if lx.support.contains(ev.predicate) || lx.support.contains(ev.label) {
        var j = i - 1
        while j >= 0, f[j].sentence == ev.sentence, ev.word - f[j].word <= 12 {
          if f[j].nominal && !f[j].reporting {
            if compatible(offsets[d] + i, offsets[d] + j) { union(offsets[d] + i, offsets[d] + j) }
            break
          }
          j -= 1
        }
      }
    }
  }

  /// Sentences that repeat another sentence of the document (the same words, or one the
  /// start of the other): events pair by predicate and by position.
  private mutating func repeatedSentences(_ d: Int, _ doc: StoryDocument, _ words: WordScan, _ f: [MentionFacts]) {
    var sentenceWords: [[String]] = []
    var buckets: [String: [Int]] = [:]
    for (i, s) in doc.sentences.enumerated() {
      let ws = words.words[words.range(s)].filter(\.isWord).map(\.lower)
      sentenceWords.append(ws)
      guard ws.count >= 5 else { continue }
      buckets[ws.prefix(5).joined(separator: " "), default: []].append(i)
    }
    var eventsOf: [Int: [Int]] = [:]
    for (i, m) in f.enumerated() where m.sentence >= 0 { eventsOf[m.sentence, default: []].append(i) }
    for (_, list) in buckets.sorted(by: { $0.value[0] < $1.value[0] }) where list.count > 1 {
      for (x, a) in list.enumerated() {
        for b in list[(x + 1)...] {
          let (wa, wb) = (sentenceWords[a], sentenceWords[b])
          let n = min(wa.count, wb.count)
          guard wa.prefix(n) == wb.prefix(n) else { continue }
          // Events of the shorter copy pair with the same predicate at the same word position.
          let ea = eventsOf[a] ?? []
          let eb = eventsOf[b] ?? []
          let startA = words.index(at: doc.sentences[a].start)
          let startB = words.index(at: doc.sentences[b].start)
          for i in ea {
            let pos = f[i].word - startA
            if let j = eb.first(where: { f[$0].predicate == f[i].predicate && f[$0].word - startB == pos }) {
              union(offsets[d] + i, offsets[d] + j)
            }
          }
        }
      }
    }
  }

  /// The headline's events and the same predicate in the lede, with shared participants
  /// (or none named in the headline).
  private mutating func headlineToLede(_ d: Int, _ f: [MentionFacts], headline: Int?, lede: Set<Int>) {
    guard let h = headline else { return }
    for (i, m) in f.enumerated() where m.sentence == h && !m.speech {
      // The same predicate first; else another one said of the same two or more participants
      // ("Apple releases MacBook" / "Apple today introduced the new MacBook").
      var partner: Int? = nil
      for (j, n) in f.enumerated() where lede.contains(n.sentence) && !n.speech && n.group == m.group {
        let shared = !Set(m.keys).isDisjoint(with: n.keys)
        if shared || m.keys.isEmpty, compatible(offsets[d] + i, offsets[d] + j) {
          partner = j
          break
        }
      }
      if partner == nil, m.keys.count >= 2, !m.nominal {
        for (j, n) in f.enumerated() where lede.contains(n.sentence) && !n.speech && !n.nominal && !n.reporting {
          if Set(m.keys).isSubset(of: Set(n.keys)), compatible(offsets[d] + i, offsets[d] + j) {
            partner = j
            break
          }
        }
      }
      if let j = partner { union(offsets[d] + i, offsets[d] + j) }
    }
  }

  /// "the call on Tuesday" after "held a phone call"; "the Trump meeting" after "talks with
  /// Trump": a definite event noun joins the nearest earlier event of its predicate group.
  private mutating func referringNouns(_ d: Int, _ f: [MentionFacts]) {
    for (i, m) in f.enumerated() where m.nominal && m.definite && !m.reporting {
      var j = i - 1
      while j >= 0, m.sentence - f[j].sentence <= 12 {
        let c = f[j]
        if c.group == m.group && !c.speech && (c.sentence != m.sentence || c.light) {
          let ri = find(offsets[d] + i)
          let rj = find(offsets[d] + j)
          let si = state[ri]?.keys ?? []
          let sj = state[rj]?.keys ?? []
          if (si.isEmpty || sj.isEmpty || !si.isDisjoint(with: sj)), compatible(ri, rj) {
            union(ri, rj)
            break
          }
        }
        j -= 1
      }
    }
  }

  // MARK: - Across documents

  /// Joins groups from different documents that tell the same event.
  mutating func acrossDocuments() {
    guard facts.count > 1 else { return }
    // Groups in order of their first mention.
    var roots: [Int] = []
    var seen: Set<Int> = []
    for d in facts.indices {
      for i in facts[d].indices {
        let r = find(offsets[d] + i)
        if seen.insert(r).inserted { roots.append(r) }
      }
    }
    // Candidates are found through what they share: (group, participant) pairs, and
    // (predicate, exact interval) for a side with no one named.
    var byGroupKey: [String: [Int]] = [:]
    var byPredicateRange: [String: [Int]] = [:]
    for r in roots {
      guard let s = state[r], !s.speech else { continue }
      let groups = Set(s.predicates.map { StoryLexicon.shared.groupOf($0) }).sorted()
      var seenCandidates: Set<Int> = []
      var candidates: [Int] = []
      for g in groups {
        for k in s.keys.sorted() {
          for other in (byGroupKey[g + "\u{1F}" + k] ?? []).suffix(200) {
            let o = find(other)
            if seenCandidates.insert(o).inserted { candidates.append(o) }
          }
        }
      }
      if let range = s.range {
        for p in s.predicates.sorted() {
          for other in byPredicateRange[Self.rangeKey(p, range)] ?? [] {
            let o = find(other)
            if seenCandidates.insert(o).inserted { candidates.append(o) }
          }
        }
      }
      var best: (root: Int, score: Int, conflict: Bool)? = nil
      for o in candidates {
        guard o != r, let t = state[o], t.documents.isDisjoint(with: s.documents), t.negated == s.negated else { continue }
        if !t.agents.isEmpty, !s.agents.isEmpty, t.agents.isDisjoint(with: s.agents) { continue }
        let shared = s.keys.intersection(t.keys).count
        let samePredicate = !s.predicates.isDisjoint(with: t.predicates)
        var conflict = false
        switch (s.range, t.range) {
        case let (x?, y?):
          if Self.overlap(x, y) {
            // No one named on one side: the same predicate on the very same interval.
            guard shared >= 1 || ((s.keys.isEmpty || t.keys.isEmpty) && samePredicate && x == y) else { continue }
          } else {
            // The same event dated a few days apart by two outlets: one event, a conflict.
            let gap = max(x.earliest.minutes - y.latest.minutes, y.earliest.minutes - x.latest.minutes)
            guard samePredicate, shared >= 2, s.keys.count <= shared + 1, t.keys.count <= shared + 1, gap <= 7 * 1440 else { continue }
            conflict = true
          }
        default:
          guard shared >= 2, samePredicate else { continue }
        }
        let score = shared * 2 + (samePredicate ? 1 : 0) - (conflict ? 3 : 0)
        if best == nil || score > (best?.score ?? 0) || (score == best?.score && o < (best?.root ?? 0)) { best = (o, score, conflict) }
      }
      if let b = best {
        union(r, b.root, conflict: b.conflict)
      }
      let root = find(r)
      guard let merged = state[root] else { continue }
      for g in groups {
        for k in s.keys { byGroupKey[g + "\u{1F}" + k, default: []].append(root) }
      }
      if let range = merged.range {
        for p in merged.predicates { byPredicateRange[Self.rangeKey(p, range), default: []].append(root) }
      }
    }
  }

  private static func rangeKey(_ predicate: String, _ r: TimeRange) -> String {
    predicate + "\u{1F}" + String(r.earliest.minutes) + "\u{1F}" + String(r.latest.minutes)
  }

  /// The groups, each as its mentions in document and text order; groups in order of
  /// their first mention.
  mutating func groups() -> [[MentionRef]] {
    var members: [Int: [MentionRef]] = [:]
    var order: [Int] = []
    for d in facts.indices {
      for i in facts[d].indices {
        let r = find(offsets[d] + i)
        if members[r] == nil { order.append(r) }
        members[r, default: []].append(MentionRef(document: d, event: i))
      }
    }
    return order.map { members[$0] ?? [] }
  }

  /// True when the group holding `ref` was merged across a date conflict.
  mutating func hasConflict(_ ref: MentionRef) -> Bool { conflicted.contains(find(index(ref))) }
}
