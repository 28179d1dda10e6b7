/// The rules compiled against the vocabulary: word sets become id lists, and rules are indexed
/// by what their first element can be, so matching compares integers and allocates nothing.
struct RuleProgram: Sendable {
  /// One pattern element: a class (by index) or a literal word set (a range of `wordPool`).
  struct Element: Sendable {
    /// `TokenClass.index`, or -1 for a literal.
    var tokenClass: Int
    var words: Range<Int>
    var optional: Bool
  }

  /// One rule: its elements (a range of `elements`) and its context word lists.
  struct CompiledRule: Sendable {
    var elements: Range<Int>
    var context: Range<Int>?
    var after: Range<Int>?
    var notBefore: Range<Int>?
    var notAfter: Range<Int>?
    var priority: Int
  }

  /// Every class, by `TokenClass.index`.
  let classes = TokenClass.allCases
  private(set) var rules: [CompiledRule] = []
  private(set) var elements: [Element] = []
  /// Every word set of every rule, as sorted runs of vocabulary ids.
  private(set) var wordPool: [Int32] = []
  /// Rules whose first element is a literal, by vocabulary id.
  private(set) var byWord: [[Int]] = []
  /// Rules whose first element is a class, by `TokenClass.index`.
  private(set) var byClass: [[Int]] = Array(repeating: [], count: TokenClass.caseCount)

  /// Compiles `rules` (in their order), interning every word they name into `vocabulary`.
  init(rules source: [Rule], vocabulary: inout Vocabulary) {
    for r in source {
      func pool(_ words: Set<String>?) -> Range<Int>? {
        guard let words else { return nil }
        let ids = words.map { vocabulary.intern($0) }.sorted()
        let start = wordPool.count
        wordPool.append(contentsOf: ids)
        return start..<wordPool.count
      }
      let first = elements.count
      for e in r.elements {
        switch e.kind {
        case .literal(let words):
          elements.append(Element(tokenClass: -1, words: pool(words) ?? 0..<0, optional: e.optional))
        case .tokenClass(let c):
          elements.append(Element(tokenClass: c.index, words: 0..<0, optional: e.optional))
        }
      }
      rules.append(
        CompiledRule(
          elements: first..<elements.count, context: pool(r.context), after: pool(r.after),
          notBefore: pool(r.notBefore), notAfter: pool(r.notAfter), priority: r.priority))
    }
  }

  /// Builds the first-element indexes; call once the vocabulary holds every word.
  mutating func index(vocabularySize: Int) {
    byWord = Array(repeating: [], count: vocabularySize)
    for (i, r) in rules.enumerated() {
      guard let e = r.elements.first.map({ elements[$0] }) else { continue }
      if e.tokenClass >= 0 {
        byClass[e.tokenClass].append(i)
      } else {
        for w in wordPool[e.words] { byWord[Int(w)].append(i) }
      }
    }
  }

  /// True when the run `words` of `wordPool` holds `id`.
  @inline(__always) func contains(_ words: Range<Int>, _ id: Int32) -> Bool {
    for k in words where wordPool[k] == id { return true }
    return false
  }

  /// True when some rule starts with the word `id`.
  @inline(__always) func startsWith(_ id: Int32) -> Bool { !byWord[Int(id)].isEmpty }
}
