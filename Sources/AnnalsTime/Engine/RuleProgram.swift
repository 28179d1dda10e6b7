/// The rules compiled against the vocabulary: word sets become rows of bits over word ids, and
/// rules are indexed by what their first element can be, so matching tests bits and allocates nothing.
struct RuleProgram: Sendable {
  /// One pattern element: a class (by index) or a literal word set (an index of `wordSets`).
  struct Element: Sendable {
    /// `TokenClass.index`, or -1 for a literal.
    var tokenClass: Int
    var words: Int
    var optional: Bool
  }

  /// A rule, and what the token after its first element must be: in a word set (`nextWords`),
  /// or readable by a class (`nextClass`); both -1 when anything may follow.
  struct Probe: Sendable {
    var rule: Int
    var nextWords: Int
    var nextClass: Int
  }

  /// One rule: its elements (a range of `elements`) and its context word sets (-1: none).
  struct CompiledRule: Sendable {
    var elements: Range<Int>
    var context: Int
    var after: Int
    var notBefore: Int
    var notAfter: Int
    var priority: Int
  }

  /// Every class, by `TokenClass.index`.
  let classes = TokenClass.allCases
  private(set) var rules: [CompiledRule] = []
  private(set) var elements: [Element] = []
  /// Every distinct word set of the rules, as sorted vocabulary ids.
  private(set) var wordSets: [[Int32]] = []
  private var setIndex: [[Int32]: Int] = [:]
  /// One row of bits per word set, `rowWords` 64-bit words long: bit `id` is set when the set holds `id`.
  private var bits: [UInt64] = []
  private var rowWords = 0
  /// Rules whose first element is a literal, by vocabulary id: a range of `probes`.
  private(set) var byWord: [Range<Int>] = []
  /// Rules that start with a literal, each with the test of its second element (see `Probe`).
  private(set) var probes: [Probe] = []
  /// Rules whose first element is a class, by `TokenClass.index`: a range of `classProbes`.
  private(set) var byClass: [Range<Int>] = []
  private(set) var classProbes: [Probe] = []

  /// Compiles `rules` (in their order), interning every word they name into `vocabulary`.
  init(rules source: [Rule], vocabulary: inout Vocabulary) {
    for r in source {
      func pool(_ words: Set<String>?) -> Int {
        guard let words else { return -1 }
        let ids = words.map { vocabulary.intern($0) }.sorted()
        if let n = setIndex[ids] { return n }
        setIndex[ids] = wordSets.count
        wordSets.append(ids)
        return wordSets.count - 1
      }
      let first = elements.count
      for e in r.elements {
        switch e.kind {
        case .literal(let words):
          elements.append(Element(tokenClass: -1, words: pool(words), optional: e.optional))
        case .tokenClass(let c):
          elements.append(Element(tokenClass: c.index, words: -1, optional: e.optional))
        }
      }
      rules.append(
        CompiledRule(
          elements: first..<elements.count, context: pool(r.context), after: pool(r.after),
          notBefore: pool(r.notBefore), notAfter: pool(r.notAfter), priority: r.priority))
    }
  }

  /// Builds the bit rows and first-element indexes; call once the vocabulary holds every word.
  mutating func index(vocabularySize: Int) {
    rowWords = (vocabularySize + 63) / 64
    bits = Array(repeating: 0, count: wordSets.count * rowWords)
    for (n, ids) in wordSets.enumerated() {
      for id in ids { bits[n * rowWords + Int(id) >> 6] |= 1 << UInt64(id & 63) }
    }
    var starting: [[Probe]] = Array(repeating: [], count: vocabularySize)
    var startingClass: [[Probe]] = Array(repeating: [], count: TokenClass.caseCount)
    for (i, r) in rules.enumerated() {
      guard let e = r.elements.first.map({ elements[$0] }) else { continue }
      var probe = Probe(rule: i, nextWords: -1, nextClass: -1)
      if r.elements.count > 1, !elements[r.elements.lowerBound + 1].optional {
        let next = elements[r.elements.lowerBound + 1]
        if next.tokenClass >= 0 { probe.nextClass = next.tokenClass } else { probe.nextWords = next.words }
      }
      if e.tokenClass >= 0 {
        startingClass[e.tokenClass].append(probe)
      } else {
        for w in wordSets[e.words] { starting[Int(w)].append(probe) }
      }
    }
    byWord = starting.map { list in
      probes.append(contentsOf: list)
      return (probes.count - list.count)..<probes.count
    }
    byClass = startingClass.map { list in
      classProbes.append(contentsOf: list)
      return (classProbes.count - list.count)..<classProbes.count
    }
  }

  /// True when word set `set` holds the word `id`.
  @inline(__always) func contains(_ set: Int, _ id: Int32) -> Bool {
    bits[set * rowWords + Int(id) >> 6] >> UInt64(id & 63) & 1 != 0
  }

  /// True when some rule starts with the word `id`.
  @inline(__always) func startsWith(_ id: Int32) -> Bool { !byWord[Int(id)].isEmpty }
}
