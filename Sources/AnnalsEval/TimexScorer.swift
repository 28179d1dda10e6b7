import AnnalsText

/// A system timex as the scorer sees it.
public struct ScoredTimex: Hashable, Sendable {
  public var span: TextSpan
  public var text: String
  public var type: String
  public var value: String
  public init(span: TextSpan, text: String, type: String, value: String) {
    self.span = span
    self.text = text
    self.type = type
    self.value = value
  }
}

/// Counts for one document or a whole corpus.
public struct TimexCounts: Sendable, Equatable {
  public var gold = 0
  public var system = 0
  public var strict = 0
  public var relaxed = 0
  public var value = 0
  public var type = 0
  public init() {}

  public static func += (a: inout TimexCounts, b: TimexCounts) {
    a.gold += b.gold
    a.system += b.system
    a.strict += b.strict
    a.relaxed += b.relaxed
    a.value += b.value
    a.type += b.type
  }

  /// Precision, recall and F1 of `correct` items against the system and gold totals.
  public func prf(_ correct: Int) -> (p: Double, r: Double, f: Double) {
    let p = system > 0 ? Double(correct) / Double(system) : 0
    let r = gold > 0 ? Double(correct) / Double(gold) : 0
    return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
  }
}

/// One difference between gold and system, for `--errors`.
public struct TimexError: Sendable {
  /// MISSED, SPURIOUS, or EXTENT/VALUE/TYPE joined by "+".
  public var kind: String
  public var gold: GoldTimex?
  public var system: ScoredTimex?
  public var context: String
}

/// TempEval-3 Task A scoring of TIMEX3 extents and attributes.
///
/// Pairs are one-to-one: exact-extent pairs are fixed first, then overlapping pairs in
/// text order, then augmenting paths make the matching maximum. Attribute F1 counts
/// relaxed pairs whose attribute is string-equal, over all system and gold timexes.
public enum TimexScorer {
  public static func match(gold: [GoldTimex], system: [ScoredTimex]) -> [Int: Int] {
    var candidates: [(exact: Bool, g: Int, s: Int)] = []
    var adjacency: [Int: [Int]] = [:]
    for (i, g) in gold.enumerated() {
      for (j, s) in system.enumerated() where g.span.overlaps(s.span) {
        let exact = g.span == s.span
        candidates.append((exact, i, j))
        if !exact { adjacency[i, default: []].append(j) }
      }
    }
    candidates.sort { a, b in
      if a.exact != b.exact { return a.exact }
      let (ga, gb) = (gold[a.g].span.start, gold[b.g].span.start)
      if ga != gb { return ga < gb }
      return system[a.s].span.start < system[b.s].span.start
    }
    var g2s: [Int: Int] = [:]
    var s2g: [Int: Int] = [:]
    for c in candidates where c.exact && g2s[c.g] == nil && s2g[c.s] == nil {
      g2s[c.g] = c.s
      s2g[c.s] = c.g
    }
    let fixed = Set(g2s.keys)
    for c in candidates where !c.exact && g2s[c.g] == nil && s2g[c.s] == nil {
      g2s[c.g] = c.s
      s2g[c.s] = c.g
    }
    func augment(_ i: Int, _ seen: inout Set<Int>) -> Bool {
      for j in adjacency[i] ?? [] where !seen.contains(j) {
        seen.insert(j)
        if let k = s2g[j], fixed.contains(k) || !augment(k, &seen) { continue }
        do {
          g2s[i] = j
          s2g[j] = i
          return true
        }
      }
      return false
    }
    for i in adjacency.keys.sorted() where g2s[i] == nil {
      var seen = Set<Int>()
      _ = augment(i, &seen)
    }
    return g2s
  }

  /// Scores one document; appends its errors when `errors` is given.
  public static func score(gold: TimeMLGold, system: [ScoredTimex], errors: inout [TimexError]?) -> TimexCounts {
    let pairs = match(gold: gold.timexes, system: system)
    var c = TimexCounts()
    c.gold = gold.timexes.count
    c.system = system.count
    c.relaxed = pairs.count
    let scalars = Array(gold.text.unicodeScalars)
    func context(_ lo: Int, _ hi: Int) -> String {
      let a = max(0, lo - 40)
      let b = min(scalars.count, hi + 40)
      let raw = ScalarBuffer.string(scalars, a, lo) + "[[" + ScalarBuffer.string(scalars, lo, hi) + "]]"
        + ScalarBuffer.string(scalars, hi, b)
      return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    for (i, j) in pairs.sorted(by: { $0.key < $1.key }) {
      let g = gold.timexes[i]
      let s = system[j]
      let exact = g.span == s.span
      if exact { c.strict += 1 }
      if g.value == s.value { c.value += 1 }
      if g.type == s.type { c.type += 1 }
      if errors != nil, !exact || g.value != s.value || g.type != s.type {
        var kinds: [String] = []
        if !exact { kinds.append("EXTENT") }
        if g.value != s.value { kinds.append("VALUE") }
        if g.type != s.type { kinds.append("TYPE") }
        errors?.append(
          TimexError(kind: kinds.joined(separator: "+"), gold: g, system: s,
            context: context(min(g.span.start, s.span.start), max(g.span.end, s.span.end))))
      }
    }
    if errors != nil {
      for (i, g) in gold.timexes.enumerated() where pairs[i] == nil {
        errors?.append(TimexError(kind: "MISSED", gold: g, system: nil, context: context(g.span.start, g.span.end)))
      }
      let matched = Set(pairs.values)
      for (j, s) in system.enumerated() where !matched.contains(j) {
        errors?.append(TimexError(kind: "SPURIOUS", gold: nil, system: s, context: context(s.span.start, s.span.end)))
      }
    }
    return c
  }
}
