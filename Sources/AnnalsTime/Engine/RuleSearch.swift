/// Finds the rules that match at a token, for one document.
///
/// Class readings are computed once per (token, class) and kept; captures live on a reusable
/// stack of plain values, and only the candidates a production looks at become `RuleMatch`es.
struct RuleSearch {
  /// What one element read: a class reading, or a literal word (`tokenClass` -1).
  struct Hit {
    var tokenClass: Int
    var first: Int
    var count: Int
    var int: Int
    var code: Int32
  }

  /// A rule that matched at the current start: its longest reading, as a range of `matchHits`.
  struct Candidate {
    var rule: Int
    var end: Int
    var hits: Range<Int>
  }

  let program: RuleProgram
  let m: ClassMatcher
  /// The matches at the current start, longest first, then by priority.
  private(set) var candidates: [Candidate] = []
  private var matchHits: [Hit] = []
  private var stack: [Hit] = []
  private var best: [Hit] = []
  private var bestEnd = -1
  /// Readings memo: per token, the first of its row of slots in `slots` (-1: none read yet).
  private var rowOf: [Int]
  /// Per (token, class): the readings' range in `readings`, lowerBound -1 when not read yet.
  private var slots: [Range<Int>] = []
  private var readings: [ClassMatcher.Reading] = []

  init(program: RuleProgram, matcher: ClassMatcher) {
    self.program = program
    m = matcher
    rowOf = Array(repeating: -1, count: matcher.count)
  }

  /// The readings of class index `c` at token `t` (empty past the end).
  private mutating func read(_ c: Int, at t: Int) -> Range<Int> {
    guard t < rowOf.count else { return 0..<0 }
    if rowOf[t] < 0 {
      rowOf[t] = slots.count
      slots.append(contentsOf: repeatElement(-1..<(-1), count: TokenClass.caseCount))
    }
    let s = rowOf[t] + c
    if slots[s].lowerBound < 0 {
      let base = readings.count
      m.read(program.classes[c], at: t, into: &readings)
      slots[s] = base..<readings.count
    }
    return slots[s]
  }

  /// Collects in `candidates` every rule that matches starting at token `i`, each at its longest.
  /// `classesPossible` false: only rules that start with token `i`'s word are tried.
  mutating func matches(at i: Int, classesPossible: Bool) {
    candidates.removeAll(keepingCapacity: true)
    matchHits.removeAll(keepingCapacity: true)
    for r in program.byWord[Int(m.ids[i])] { attempt(r, at: i) }
    if classesPossible {
      let mask = m.possibleClasses(i)
      for c in 0..<TokenClass.caseCount where mask & (1 << UInt32(c)) != 0 && !read(c, at: i).isEmpty {
        for r in program.byClass[c] { attempt(r, at: i) }
      }
    }
    // Longest first, then by priority; insertion keeps equal ones in the order found.
    var k = 1
    while k < candidates.count {
      let x = candidates[k]
      var j = k
      while j > 0, precedes(x, candidates[j - 1]) {
        candidates[j] = candidates[j - 1]
        j -= 1
      }
      candidates[j] = x
      k += 1
    }
  }

  private func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
    a.end != b.end ? a.end > b.end : program.rules[a.rule].priority < program.rules[b.rule].priority
  }

  private mutating func attempt(_ id: Int, at i: Int) {
    let r = program.rules[id]
    if let ctx = r.context {
      guard i > 0, program.contains(ctx, m.ids[i - 1]) else { return }
    }
    if i > 0, let ctx = r.notBefore, program.contains(ctx, m.ids[i - 1]) { return }
    if !secondMayMatch(r, at: i) { return }
    stack.removeAll(keepingCapacity: true)
    bestEnd = -1
    search(r.elements.lowerBound, r.elements.upperBound, i)
    guard bestEnd >= 0 else { return }
    let n = m.count
    if let words = r.after {
      guard bestEnd < n, program.contains(words, m.ids[bestEnd]) else { return }
    }
    if bestEnd < n, let words = r.notAfter, program.contains(words, m.ids[bestEnd]) { return }
    let first = matchHits.count
    matchHits.append(contentsOf: best)
    candidates.append(Candidate(rule: id, end: bestEnd, hits: first..<matchHits.count))
  }

  /// False when a rule that starts with a literal (one token) has a required second element that
  /// cannot match the next token: most rules that start with a common word fail there.
  private mutating func secondMayMatch(_ r: RuleProgram.CompiledRule, at i: Int) -> Bool {
    let e = r.elements.lowerBound
    guard program.elements[e].tokenClass < 0, e + 1 < r.elements.upperBound else { return true }
    let next = program.elements[e + 1]
    if next.optional { return true }
    if next.tokenClass < 0 { return i + 1 < m.count && program.contains(next.words, m.ids[i + 1]) }
    return !read(next.tokenClass, at: i + 1).isEmpty
  }

  /// Depth-first over the elements [e, end) from token `t`; keeps the first longest reading.
  private mutating func search(_ e: Int, _ end: Int, _ t: Int) {
    if e == end {
      if bestEnd >= 0, t <= bestEnd { return }
      bestEnd = t
      best.removeAll(keepingCapacity: true)
      best.append(contentsOf: stack)
      return
    }
    let el = program.elements[e]
    if el.tokenClass < 0 {
      // Literals are most elements and most fail: test the word before pushing a hit.
      if t < m.count, program.contains(el.words, m.ids[t]) {
        stack.append(Hit(tokenClass: -1, first: t, count: 1, int: 0, code: 0))
        search(e + 1, end, t + 1)
        stack.removeLast()
      }
    } else {
      for k in read(el.tokenClass, at: t) {
        let r = readings[k]
        stack.append(Hit(tokenClass: el.tokenClass, first: t, count: r.count, int: r.int, code: r.code))
        search(e + 1, end, t + r.count)
        stack.removeLast()
      }
    }
    if el.optional { search(e + 1, end, t) }
  }

  /// Candidate `k` as the match a production reads.
  func match(_ k: Int, rules: [Rule], start: Int) -> RuleMatch {
    let c = candidates[k]
    let codes = m.engine.vocabulary.codes
    var captures: [Capture] = []
    captures.reserveCapacity(c.hits.count)
    for h in matchHits[c.hits] {
      if h.tokenClass < 0 {
        captures.append(Capture(tokenClass: nil, word: m.key(h.first), first: h.first, count: 1, int: 0, code: ""))
      } else {
        captures.append(
          Capture(
            tokenClass: program.classes[h.tokenClass], word: nil, first: h.first, count: h.count, int: h.int,
            code: codes[Int(h.code)]))
      }
    }
    return RuleMatch(rule: rules[c.rule], start: start, end: c.end, captures: captures)
  }
}
