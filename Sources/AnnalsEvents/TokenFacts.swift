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
    var local: [String: Int32] = [:]
    var infos: [Lexicon.WordInfo] = []
    var gids: [Int32] = []
    var starts: [Bool] = []
    facts.reserveCapacity(tokens.count)
    for t in tokens {
      var f = TokenFact()
      if let d = local[t.lower] {
        f.word = d
      } else {
        f.word = Int32(infos.count)
        local[t.lower] = f.word
        let g = lx.vocab[t.lower] ?? -1
        var info = g >= 0 ? lx.words[Int(g)] : Lexicon.WordInfo()
        // A word no list holds is a verb only by the -ed rule (`Lexicon.verb`).
        if g < 0, let v = Lexicon.edRule(t.lower) {
          info.anyVerb = -2 - Int32(localForms.count)
          localForms.append(v)
        }
        infos.append(info)
        gids.append(g)
        let ascii = t.lower.utf8.allSatisfy { $0 < 128 }
        starts.append(!ascii || !lx.asciiKeys || lx.prefixes.contains(t.lower))
      }
      f.info = infos[Int(f.word)]
      f.gid = gids[Int(f.word)]
      if starts[Int(f.word)] { f.caps |= TokenFact.phraseStart }
      f.kind = t.kind
      f.space = t.spaceBefore
      f.caps |= Context.spelling(t)
      var it = t.text.unicodeScalars.makeIterator()
      if let c = it.next(), it.next() == nil {
        // U+037E GREEK QUESTION MARK is canonically ";" (and equal to it as a String).
        f.ch = c.value == 0x37E ? 0x3B : c.value
      }
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

  /// The spelling bits of a token (ASCII by bytes; other text by Unicode properties).
  static func spelling(_ t: Token) -> UInt8 {
    var out: UInt8 = 0
    var ascii = true
    var upper = false
    var allCaps = true
    var count = 0
    for b in t.text.utf8 {
      if b >= 128 {
        ascii = false
        break
      }
      if b >= 65 && b <= 90 { upper = true } else if !(b >= 48 && b <= 57) { allCaps = false }
      count += 1
    }
    if ascii {
      if let b = t.text.utf8.first, b >= 65 && b <= 90 { out |= TokenFact.capitalized }
      if upper, t.kind != .punctuation { out |= TokenFact.hasUpper }
      if allCaps, count >= 2 { out |= TokenFact.allCaps }
      if t.text == t.lower { out |= TokenFact.lowerForm }
      return out
    }
    let s = t.text.unicodeScalars
    if t.isCapitalized { out |= TokenFact.capitalized }
    if t.kind != .punctuation, s.contains(where: { $0.properties.isUppercase }) { out |= TokenFact.hasUpper }
    if s.count >= 2, s.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }) { out |= TokenFact.allCaps }
    if t.text == t.lower { out |= TokenFact.lowerForm }
    return out
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
    !lx.asciiKeys || !key.utf8.allSatisfy { $0 < 128 } || lx.prefixes.contains(key)
  }
}
