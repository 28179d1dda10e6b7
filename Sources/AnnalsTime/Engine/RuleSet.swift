import AnnalsText

/// A candidate match of one rule: token range [start, end) and what each element read.
struct RuleMatch {
  var rule: Rule
  var start: Int
  var end: Int
  var captures: [Capture]
}

/// The compiled rules, indexed by what their first element can be.
struct RuleSet: Sendable {
  var rules: [Rule]
  /// Rules whose first element is a literal, by that word.
  private var byWord: [String: [Int]] = [:]
  /// Rules whose first element is a class, by that class.
  private var byClass: [TokenClass: [Int]] = [:]

  init(rules: [Rule]) {
    // Optional leading elements are expanded, so every stored pattern starts with a required one.
    var expanded: [Rule] = []
    for r in rules {
      var variant = r
      while let first = variant.elements.first {
        if first.optional {
          var with = variant
          with.elements[0].optional = false
          expanded.append(with)
          variant.elements.removeFirst()
        } else {
          expanded.append(variant)
          break
        }
      }
    }
    self.rules = expanded
    for (i, r) in expanded.enumerated() {
      guard let first = r.elements.first else { continue }
      switch first.kind {
      case .literal(let words): for w in words { byWord[w, default: []].append(i) }
      case .tokenClass(let c): byClass[c, default: []].append(i)
      }
    }
  }

  /// True when some rule's first element is the literal `word`.
  func startsWith(word: String) -> Bool { byWord[word] != nil }

  static func load() throws -> RuleSet {
    var rules: [Rule] = []
    var names: Set<String> = []
    for (n, row) in try TableFile.read("rules.tsv").enumerated() {
      let r = try Rule.parse(row, priority: n)
      guard names.insert(r.name).inserted else { throw row.fail("duplicate rule name \(r.name)") }
      rules.append(r)
    }
    return RuleSet(rules: rules)
  }

  /// Every rule that matches starting at token `i`, each at its longest, longest first then by priority.
  func matches(at i: Int, with m: ClassMatcher) -> [RuleMatch] {
    var candidates: [Int] = byWord[m.key(i)] ?? []
    for (c, ids) in byClass where !m.read(c, at: i).isEmpty { candidates += ids }
    var out: [RuleMatch] = []
    for id in candidates {
      // Fields are read in place: copying a whole Rule per candidate costs a retain per field.
      if let ctx = rules[id].context {
        guard i > 0, ctx.contains(m.key(i - 1)) else { continue }
      }
      if i > 0, let ctx = rules[id].notBefore, ctx.contains(m.key(i - 1)) { continue }
      var best: (end: Int, caps: [Capture])?
      var caps: [Capture] = []
      search(rules[id].elements, 0, i, m, &caps, &best)
      guard let b = best else { continue }
      if let words = rules[id].after {
        guard b.end < m.tokens.count, words.contains(m.key(b.end)) else { continue }
      }
      if b.end < m.tokens.count, let words = rules[id].notAfter, words.contains(m.key(b.end)) { continue }
      out.append(RuleMatch(rule: rules[id], start: i, end: b.end, captures: b.caps))
    }
    out.sort { a, b in a.end != b.end ? a.end > b.end : a.rule.priority < b.rule.priority }
    return out
  }

  private func search(
    _ els: [PatternElement], _ e: Int, _ t: Int, _ m: ClassMatcher, _ caps: inout [Capture],
    _ best: inout (end: Int, caps: [Capture])?
  ) {
    if e == els.count {
      if let b = best, t <= b.end { return }
      best = (t, caps)
      return
    }
    if case .literal(let words) = els[e].kind {
      // Literals are most elements and most fail: test the word before building a capture.
      if t < m.tokens.count, words.contains(m.key(t)) {
        caps.append(Capture(tokenClass: nil, word: m.key(t), first: t, count: 1, int: 0, code: ""))
        search(els, e + 1, t + 1, m, &caps, &best)
        caps.removeLast()
      }
    } else {
      for c in m.match(els[e], at: t) {
        caps.append(c)
        search(els, e + 1, t + c.count, m, &caps, &best)
        caps.removeLast()
      }
    }
    if els[e].optional { search(els, e + 1, t, m, &caps, &best) }
  }
}
