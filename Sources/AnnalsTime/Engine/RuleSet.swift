import AnnalsText

/// A candidate match of one rule: token range [start, end) and what each element read.
struct RuleMatch {
  var rule: Rule
  var start: Int
  var end: Int
  var captures: [Capture]
}

/// The rules of rules.tsv, optional leading elements expanded (see `RuleProgram` for the matcher).
struct RuleSet: Sendable {
  var rules: [Rule]

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
  }

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
}
