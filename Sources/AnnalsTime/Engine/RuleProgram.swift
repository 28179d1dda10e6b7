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

  /// A rule, and what the token after its first element must be: in a word set (`nextWords`), or
  /// readable by one of the classes of `nextClasses` (bits by `TokenClass.index`). Optional elements
  /// after the first add what may stand in their place ("the fiscal? year": fiscal or year).
  /// Anything may follow when `nextWords` is -1 and `nextClasses` 0.
  struct Probe: Sendable {
    var rule: Int
    var nextWords: Int
    var nextClasses: UInt32

    var testsNext: Bool { nextWords >= 0 || nextClasses != 0 }
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
  /// True for the vocabulary ids that some rule's first element names.
  private(set) var startsWithWord: [Bool] = []
  /// The rules that start with a literal, as lists of probes (ranges of `wordProbes`) in rule order.
  /// A common first word ("the") starts dozens of rules, most of which want a given word next: the
  /// lists are kept per pair (first word, next word), holding only the rules that the next word lets
  /// through, their word test done (`nextWords` -1). `otherProbes[w]` is the list for a next word
  /// no rule starting with `w` names (or no next token): the rules whose second element is no word set.
  private(set) var wordProbes: [Probe] = []
  private(set) var otherProbes: [Range<Int>] = []
  /// Open-addressing table of the pairs: `pairKeys` holds `pairKey(first, next)` (0: empty slot),
  /// `pairLists` the list at the same slot.
  private var pairKeys: [UInt64] = []
  private var pairLists: [Range<Int>] = []
  private var pairShift: UInt64 = 64
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

  /// The word set `ids` (sorted) as an index of `wordSets`, added when new.
  private mutating func pool(_ ids: [Int32]) -> Int {
    if let n = setIndex[ids] { return n }
    setIndex[ids] = wordSets.count
    wordSets.append(ids)
    return wordSets.count - 1
  }

  /// The probe of rule `i`: what the token after its first element may be. Elements are taken from
  /// the second on while optional, up to the first required one; if all are optional, anything may follow.
  private mutating func probe(_ i: Int) -> Probe {
    let r = rules[i]
    var words = Set<Int32>()
    var classes: UInt32 = 0
    for e in elements[r.elements.dropFirst()] {
      if e.tokenClass >= 0 { classes |= 1 << UInt32(e.tokenClass) } else { words.formUnion(wordSets[e.words]) }
      if !e.optional { return Probe(rule: i, nextWords: words.isEmpty ? -1 : pool(words.sorted()), nextClasses: classes) }
    }
    return Probe(rule: i, nextWords: -1, nextClasses: 0)
  }

  /// Builds the bit rows and first-element indexes; call once the vocabulary holds every word.
  mutating func index(vocabularySize: Int) {
    let probes = rules.indices.map { probe($0) }
    rowWords = (vocabularySize + 63) / 64
    bits = Array(repeating: 0, count: wordSets.count * rowWords)
    for (n, ids) in wordSets.enumerated() {
      for id in ids { bits[n * rowWords + Int(id) >> 6] |= 1 << UInt64(id & 63) }
    }
    var starting: [[Probe]] = Array(repeating: [], count: vocabularySize)
    var startingClass: [[Probe]] = Array(repeating: [], count: TokenClass.caseCount)
    for (i, r) in rules.enumerated() {
      guard let e = r.elements.first.map({ elements[$0] }) else { continue }
      let probe = probes[i]
      if e.tokenClass >= 0 {
        startingClass[e.tokenClass].append(probe)
      } else {
        for w in wordSets[e.words] { starting[Int(w)].append(probe) }
      }
    }
    startsWithWord = starting.map { !$0.isEmpty }
    indexPairs(starting)
    byClass = startingClass.map { list in
      classProbes.append(contentsOf: list)
      return (classProbes.count - list.count)..<classProbes.count
    }
  }

  /// Fills `otherProbes` and the pair table from the probes of each first word (see `wordProbes`).
  private mutating func indexPairs(_ starting: [[Probe]]) {
    var pairs: [(key: UInt64, list: Range<Int>)] = []
    func add(_ list: [Probe]) -> Range<Int> {
      wordProbes.append(contentsOf: list)
      return (wordProbes.count - list.count)..<wordProbes.count
    }
    // With the next word known, a probe passes on its words, or is left its class test, or drops out.
    func passing(_ list: [Probe], next: Int32?) -> [Probe] {
      list.compactMap { p in
        if !p.testsNext { return p }
        if let next, p.nextWords >= 0, contains(p.nextWords, next) { return Probe(rule: p.rule, nextWords: -1, nextClasses: 0) }
        return p.nextClasses != 0 ? Probe(rule: p.rule, nextWords: -1, nextClasses: p.nextClasses) : nil
      }
    }
    otherProbes = starting.map { list in add(passing(list, next: nil)) }
    for (w, list) in starting.enumerated() {
      var nexts = Set<Int32>()
      for p in list where p.nextWords >= 0 { nexts.formUnion(wordSets[p.nextWords]) }
      for next in nexts.sorted() {
        pairs.append((RuleProgram.pairKey(Int32(w), next), add(passing(list, next: next))))
      }
    }
    var size = 16
    while size < pairs.count * 2 { size *= 2 }
    pairShift = UInt64(64 - size.trailingZeroBitCount)
    pairKeys = Array(repeating: 0, count: size)
    pairLists = Array(repeating: 0..<0, count: size)
    for (key, list) in pairs {
      var s = slot(key)
      while pairKeys[s] != 0 { s = (s + 1) & (size - 1) }
      pairKeys[s] = key
      pairLists[s] = list
    }
  }

  /// The table key of a pair of word ids; never 0, as no rule word has id 0 (`Vocabulary.unknown`).
  @inline(__always) private static func pairKey(_ first: Int32, _ next: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: next))
  }

  /// The first slot to probe for `key` (Fibonacci hashing: the top bits of a multiplication).
  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> pairShift)
  }

  /// The probes of the rules that start with the word `first`, when the next token is the word `next`
  /// (nil: there is no next token): a range of `wordProbes`, in rule order.
  @inline(__always) func probes(first: Int32, next: Int32?) -> Range<Int> {
    guard let next else { return otherProbes[Int(first)] }
    let key = RuleProgram.pairKey(first, next)
    var s = slot(key)
    while true {
      let k = pairKeys[s]
      if k == key { return pairLists[s] }
      if k == 0 { return otherProbes[Int(first)] }
      s = (s + 1) & (pairKeys.count - 1)
    }
  }

  /// True when word set `set` holds the word `id`.
  @inline(__always) func contains(_ set: Int, _ id: Int32) -> Bool {
    bits[set * rowWords + Int(id) >> 6] >> UInt64(id & 63) & 1 != 0
  }

  /// True when some rule starts with the word `id`.
  @inline(__always) func startsWith(_ id: Int32) -> Bool { startsWithWord[Int(id)] }
}
