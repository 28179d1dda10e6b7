import AnnalsText

/// Everything the finders ask about one token, as plain integers.
struct TokenFact {
  /// What the word lists say about the lower-cased word.
  var info = Lexicon.WordInfo()
  /// Dense id of the lower-cased word within the document.
  var word: Int32 = 0
  /// The word's id in the lexicon's vocabulary, or -1.
  var gid: Int32 = -1
  /// The scalar of a one-scalar token ("," ";" "'"), else 0.
  var ch: UInt32 = 0
  var kind: Token.Kind = .word
  var space = false
  /// Spelling bits: see the constants below.
  var caps: UInt8 = 0

  /// First scalar upper-case (`Token.isCapitalized`).
  static let capitalized: UInt8 = 1
  /// An upper-case letter anywhere in a non-punctuation token.
  static let hasUpper: UInt8 = 2
  /// Two or more scalars, all upper-case letters or digits.
  static let allCaps: UInt8 = 4
  /// Written exactly as its lower-cased form.
  static let lowerForm: UInt8 = 8
  /// The lower-cased word could start a phrase key (it is a prefix of one).
  static let phraseStart: UInt8 = 16
}

extension Context {
  /// Fills `facts`: one dictionary lookup per distinct word, then a scan of each token's bytes.
  mutating func computeFacts() {
    var local = WordIndex(capacity: tokens.count)
    // Per distinct word; sized once (a document has at most as many words as tokens).
    var infos: [Lexicon.WordInfo] = []
    var gids: [Int32] = []
    var starts: [Bool] = []
    infos.reserveCapacity(tokens.count)
    gids.reserveCapacity(tokens.count)
    starts.reserveCapacity(tokens.count)
    facts.reserveCapacity(tokens.count)
    for i in tokens.indices {
      // Fields read in place: a copy of the token would retain both its strings.
      var f = TokenFact()
      let (d, new) = local.intern(tokens[i].lower, next: Int32(infos.count))
      f.word = d
      if new { addWord(tokens[i].lower, &infos, &gids, &starts) }
      f.info = infos[Int(d)]
      f.gid = gids[Int(d)]
      if starts[Int(d)] { f.caps |= TokenFact.phraseStart }
      f.kind = tokens[i].kind
      f.space = tokens[i].spaceBefore
      let (caps, ch) = Context.spelling(tokens[i].text, lower: tokens[i].lower, kind: f.kind)
      f.caps |= caps
      f.ch = ch
      facts.append(f)
    }
    wordCount = infos.count
    // The first non-punctuation token at or after each sentence start.
    var next = Array(repeating: tokens.count, count: tokens.count + 1)
    for k in stride(from: tokens.count - 1, through: 0, by: -1) {
      next[k] = tokens[k].kind == .punctuation ? next[k + 1] : k
    }
    firstWord = text.sentences.map { next[min($0.tokens.lowerBound, tokens.count)] }
  }

  /// What the word lists say about a word seen for the first time in the document.
  private mutating func addWord(
    _ lower: String, _ infos: inout [Lexicon.WordInfo], _ gids: inout [Int32], _ starts: inout [Bool]
  ) {
    let g = lx.index.find(lower)
    var info = g >= 0 ? lx.words[Int(g)] : Lexicon.WordInfo()
    // A word no list holds is a verb only by the -ed rule (`Lexicon.verb`).
    if g < 0, let v = Lexicon.edRule(lower) {
      info.anyVerb = -2 - Int32(localForms.count)
      localForms.append(v)
    }
    infos.append(info)
    gids.append(g)
    let ascii = lower.utf8.allSatisfy { $0 < 128 }
    starts.append(!ascii || !lx.asciiKeys || info.flags.contains(.phrasePrefix))
  }

  /// The spelling bits of a token (ASCII by bytes; other text by Unicode properties), and
  /// the scalar of a one-scalar token.
  static func spelling(_ text: String, lower: String, kind: Token.Kind) -> (UInt8, UInt32) {
    let ascii: (UInt8, UInt32)?? = text.utf8.withContiguousStorageIfAvailable { asciiSpelling($0, kind) }
    if let r = ascii ?? nil { return r }
    var out: UInt8 = 0
    let s = text.unicodeScalars
    if let c = s.first, c.properties.isUppercase { out |= TokenFact.capitalized }
    if kind != .punctuation, s.contains(where: { $0.properties.isUppercase }) { out |= TokenFact.hasUpper }
    if s.count >= 2, s.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }) { out |= TokenFact.allCaps }
    if text == lower { out |= TokenFact.lowerForm }
    var ch: UInt32 = 0
    var it = s.makeIterator()
    if let c = it.next(), it.next() == nil {
      // U+037E GREEK QUESTION MARK is canonically ";" (and equal to it as a String).
      ch = c.value == 0x37E ? 0x3B : c.value
    }
    return (out, ch)
  }

  /// `spelling` of an ASCII token, or nil when a byte is not ASCII.
  private static func asciiSpelling(_ b: UnsafeBufferPointer<UInt8>, _ kind: Token.Kind) -> (UInt8, UInt32)? {
    var upper = false
    var allCaps = true
    for c in b {
      if c >= 128 { return nil }
      if c &- 65 < 26 { upper = true } else if c &- 48 >= 10 { allCaps = false }
    }
    var out: UInt8 = 0
    if let c = b.first, c &- 65 < 26 { out |= TokenFact.capitalized }
    if upper, kind != .punctuation { out |= TokenFact.hasUpper }
    if allCaps, b.count >= 2 { out |= TokenFact.allCaps }
    // Lower-casing ASCII changes exactly its upper-case letters.
    if !upper { out |= TokenFact.lowerForm }
    return (out, b.count == 1 ? UInt32(b[0]) : 0)
  }

  var count: Int { facts.count }

  /// The scalar of a one-scalar token, or 0 (also outside the text).
  func ch(_ i: Int) -> UInt32 { i >= 0 && i < facts.count ? facts[i].ch : 0 }

  /// `'` or `’`.
  func isApostrophe(_ i: Int) -> Bool {
    let c = ch(i)
    return c == 0x27 || c == 0x2019
  }

  /// True when token `i` is the vocabulary word `id` (`lx.code.and`, ...).
  func isWord(_ i: Int, _ id: Int32) -> Bool { i >= 0 && i < facts.count && facts[i].gid == id }

  /// `Token.isCapitalized` of token `i`.
  func capitalized(_ i: Int) -> Bool { facts[i].caps & TokenFact.capitalized != 0 }

  /// True when the word is in grammar.tsv at all (`lx.grammar[w] != nil`).
  func isGrammar(_ i: Int) -> Bool { facts[i].info.grammar != 0 }

  func has(_ i: Int, _ flag: Lexicon.WordFlags) -> Bool { i >= 0 && i < facts.count && facts[i].info.flags.contains(flag) }

  /// The form verbs.tsv lists for the word (`lx.verbs[w]`).
  func listedVerb(_ i: Int) -> VerbForm? {
    let v = facts[i].info.verb
    return v >= 0 ? lx.forms[Int(v)] : nil
  }

  func isListedVerb(_ i: Int) -> Bool { facts[i].info.verb >= 0 }

  /// The word as a verb, listed or by the -ed rule (`lx.verb(w)`).
  func anyVerb(_ i: Int) -> VerbForm? {
    let v = facts[i].info.anyVerb
    if v >= 0 { return lx.forms[Int(v)] }
    return v <= -2 ? localForms[Int(-2 - v)] : nil
  }

  func isAnyVerb(_ i: Int) -> Bool { facts[i].info.anyVerb != -1 }

  /// The event noun the word is (`lx.nouns[w]`).
  func noun(_ i: Int) -> EventNoun? {
    let v = facts[i].info.noun
    return v >= 0 ? lx.eventNouns[Int(v)] : nil
  }

  func isNoun(_ i: Int) -> Bool { facts[i].info.noun >= 0 }

  func nominal(_ i: Int) -> EntityType? {
    let v = facts[i].info.nominal
    return v >= 0 ? Lexicon.entityTypes[Int(v)] : nil
  }

  func entityHead(_ i: Int) -> EntityType? {
    let v = facts[i].info.entityHead
    return v >= 0 ? Lexicon.entityTypes[Int(v)] : nil
  }

  /// What a pronoun can refer to ("person", "thing", "group"), or nil.
  func pronoun(_ i: Int) -> String? {
    let v = facts[i].info.pronoun
    return v >= 0 ? lx.pronounClasses[Int(v)] : nil
  }

  /// False when no phrase key starts with token `i`'s word (no longer key can match).
  func mayStartPhrase(_ i: Int) -> Bool { facts[i].caps & TokenFact.phraseStart != 0 }

  /// False when `key` (a phrase being grown token by token) is a prefix of no phrase key.
  func mayGrow(_ key: String) -> Bool {
    guard lx.asciiKeys, key.utf8.allSatisfy({ $0 < 128 }) else { return true }
    let g = lx.index.find(key)
    return g >= 0 && lx.words[Int(g)].flags.contains(.phrasePrefix)
  }
}
