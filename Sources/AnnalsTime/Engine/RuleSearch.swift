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
  /// Readings memo: a ring of rows, one per token near the scan position (`rowToken` says which),
  /// with one slot per class: where its readings start in `readings` and how many there are
  /// (`start << 8 | count`), -1 when not read yet. Matching only looks ahead a few tokens, and a
  /// row taken over by a farther token only costs a second reading.
  private var rowToken = Array(repeating: -1, count: RuleSearch.window)
  private var slots = Array(repeating: -1, count: RuleSearch.window * TokenClass.caseCount)
  private var readings: [ClassMatcher.Reading] = []
  private static var window: Int { 64 }

  init(program: RuleProgram, matcher: ClassMatcher) {
    self.program = program
    m = matcher
  }

  /// The readings of class index `c` at token `t` (empty past the end).
  @inline(__always) private mutating func read(_ c: Int, at t: Int) -> Range<Int> {
    // Most tokens are words no class reads: the mask answers without a call.
    m.mayRead(c, at: t) ? memoRead(c, at: t) : 0..<0
  }

  /// `read` for a class the mask allows: from the memo, reading the token when new.
  private mutating func memoRead(_ c: Int, at t: Int) -> Range<Int> {
    let row = t & (RuleSearch.window - 1)
    if rowToken[row] != t {
      rowToken[row] = t
      for k in (row * TokenClass.caseCount)..<((row + 1) * TokenClass.caseCount) { slots[k] = -1 }
    }
    let s = row * TokenClass.caseCount + c
    var slot = slots[s]
    if slot < 0 {
      let base = readings.count
      m.read(program.classes[c], at: t, into: &readings)
      // A class reads a handful of ways at most; more would not fit the count's 8 bits.
      slot = base << 8 | min(readings.count - base, 255)
      slots[s] = slot
    }
    let start = slot >> 8
    return start..<(start + (slot & 255))
  }

  /// Collects in `candidates` every rule that matches starting at token `i`, each at its longest.
  /// `classesPossible` false: only rules that start with token `i`'s word are tried.
  mutating func matches(at i: Int, classesPossible: Bool) {
    if !candidates.isEmpty {
      candidates.removeAll(keepingCapacity: true)
      matchHits.removeAll(keepingCapacity: true)
    }
    // Most rules that start with a common word ("the") fail on the next token: the pair index
    // leaves out those that want another word next; the others test the next token here.
    for k in program.probes(first: m.ids[i], next: i + 1 < m.count ? m.ids[i + 1] : nil) {
      let probe = program.wordProbes[k]
      guard nextMayMatch(probe, at: i + 1) else { continue }
      attempt(probe.rule, at: i)
    }
    if classesPossible {
      let mask = m.possibleClasses(i)
      for c in 0..<TokenClass.caseCount where mask & (1 << UInt32(c)) != 0 {
        let firsts = read(c, at: i)
        if firsts.isEmpty { continue }
        for k in program.byClass[c] {
          // The next element must match after one of the first element's readings.
          let probe = program.classProbes[k]
          if probe.testsNext {
            var possible = false
            for f in firsts where nextMayMatch(probe, at: i + readings[f].count) {
              possible = true
              break
            }
            guard possible else { continue }
          }
          attempt(probe.rule, at: i)
        }
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

  /// False when the probe's second element cannot match at token `t` (see `RuleProgram.Probe`).
  private mutating func nextMayMatch(_ probe: RuleProgram.Probe, at t: Int) -> Bool {
    guard probe.testsNext else { return true }
    guard t < m.count else { return false }
    if probe.nextWords >= 0, program.contains(probe.nextWords, m.ids[t]) { return true }
    // The mask leaves the classes that may read the token; one reading is enough.
    var classes = probe.nextClasses & m.possibleClasses(t)
    while classes != 0 {
      if !read(classes.trailingZeroBitCount, at: t).isEmpty { return true }
      classes &= classes - 1
    }
    return false
  }

  private func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
    a.end != b.end ? a.end > b.end : program.rules[a.rule].priority < program.rules[b.rule].priority
  }

  private mutating func attempt(_ id: Int, at i: Int) {
    let r = program.rules[id]
    if r.context >= 0 {
      guard i > 0, program.contains(r.context, m.ids[i - 1]) else { return }
    }
    if i > 0, r.notBefore >= 0, program.contains(r.notBefore, m.ids[i - 1]) { return }
    // The stack is empty here: the search pops what it pushes, and `walk` leaves it empty.
    bestEnd = -1
    walk(r.elements, from: i)
    guard bestEnd >= 0 else { return }
    let n = m.count
    if r.after >= 0 {
      guard bestEnd < n, program.contains(r.after, m.ids[bestEnd]) else { return }
    }
    if bestEnd < n, r.notAfter >= 0, program.contains(r.notAfter, m.ids[bestEnd]) { return }
    let first = matchHits.count
    matchHits.append(contentsOf: best)
    candidates.append(Candidate(rule: id, end: bestEnd, hits: first..<matchHits.count))
  }

  /// Matches `elements` from token `i`, as `search` does: the leading required elements that read
  /// one way need no backtracking, so they are walked in a loop (most attempts fail there), and only
  /// the rest is searched depth-first.
  private mutating func walk(_ elements: Range<Int>, from i: Int) {
    var e = elements.lowerBound
    var t = i
    while e < elements.upperBound {
      let el = program.elements[e]
      if el.optional { break }
      if el.tokenClass < 0 {
        guard t < m.count, program.contains(el.words, m.ids[t]) else { break }
        stack.append(Hit(tokenClass: -1, first: t, count: 1, int: 0, code: 0))
        t += 1
      } else {
        let found = read(el.tokenClass, at: t)
        guard found.count == 1 else { break }
        let r = readings[found.lowerBound]
        stack.append(Hit(tokenClass: el.tokenClass, first: t, count: r.count, int: r.int, code: r.code))
        t += r.count
      }
      e += 1
    }
    // A required element that failed fails the search as well; `search` finds that out at once.
    search(e, elements.upperBound, t)
    // One at a time: `removeAll(keepingCapacity:)` goes through the generic `replaceSubrange`.
    while !stack.isEmpty { stack.removeLast() }
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
