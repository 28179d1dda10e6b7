import AnnalsText
import AnnalsTime

/// An entity mention while the document is being read: token range plus what it stands for.
struct RawMention {
  /// Token range, end exclusive.
  var start: Int
  var end: Int
  /// The merge key: canonical name, lower-cased.
  var key: String
  /// The display name (titles stripped, canonical where known).
  var name: String
  var type: EntityType
  var kind: Mention.Kind
  /// True when the name comes from a gazetteer (its type wins over guesses).
  var known: Bool
  /// A demonym or name that only modifies a following name ("North Korean" in "North Korean leader Kim").
  var modifier = false
  /// Kept only when another mention has the same key ("the North" needs North Korea).
  var conditional = false
  /// An unresolved description ("developers", "a new laptop"): counted as an entity, drawn in no edge.
  var descriptive = false
  /// A second cluster a plural pronoun stands for ("Kim told Putin ... they agreed"): both take
  /// part in its events; the mention itself joins neither entity's mention list.
  var partner = -1
  /// A title standing alone ("the Prime Minister"): a description of some person.
  var bareTitle = false
  /// An unknown name typed ORGANIZATION only because nothing said otherwise.
  var guessed = false
  /// The key of the maker a product name starts with ("toyota" in "Toyota Corolla").
  var maker: String?
  var sentence: Int
  /// Index of the entity cluster, set when merging.
  var cluster = -1
}

/// Token-level facts about one document, computed once.
struct Context {
  let text: TokenizedText
  let lx: Lexicon
  let tokens: [Token]
  /// Sentence index of every token.
  var sentenceOf: [Int]
  /// True for tokens inside a temporal expression.
  var inTimex: [Bool]
  /// The timex index a token belongs to, or -1.
  var timexAt: [Int]
  /// True for tokens of page furniture: "Topics : ...", "(Only the headline ...)".
  var isBoilerplate: [Bool]
  /// What the word lists and the spelling say about each token (TokenFacts.swift).
  var facts: [TokenFact] = []
  /// Verb forms of words no list holds, by the -ed rule (`anyVerb` -2, -3, ...).
  var localForms: [VerbForm] = []
  /// How many distinct lower-cased words the document has (`word(i)` is below it).
  var wordCount = 0
  /// Per sentence: the first token at or after its start that is not punctuation.
  var firstWord: [Int] = []

  init(_ text: TokenizedText, timexes: [Timex], lexicon: Lexicon) {
    self.text = text
    lx = lexicon
    tokens = text.tokens
    let n = text.tokens.count
    sentenceOf = Array(repeating: 0, count: n)
    for (s, sent) in text.sentences.enumerated() {
      for i in sent.tokens where i < n { sentenceOf[i] = s }
    }
    isBoilerplate = Array(repeating: false, count: n)
    for sent in text.sentences {
      let a = sent.tokens.lowerBound
      guard a < n else { continue }
      var furniture = text.tokens[a].text == "("
      for w in 1...2 where a + w < sent.tokens.upperBound {
        // The separator first: most sentences have none, and then no key is built.
        let sep = text.tokens[a + w].text
        guard sep == ":" || sep == "/" || sep == "|" else { continue }
        var key = ""
        for k in a..<(a + w) { key += (k > a ? " " : "") + text.tokens[k].lower }
        if lexicon.boilerplate.contains(key) { furniture = true }
      }
      if furniture { for k in sent.tokens where k < n { isBoilerplate[k] = true } }
    }
    inTimex = Array(repeating: false, count: n)
    timexAt = Array(repeating: -1, count: n)
    // Timexes and tokens are both in text order: one merged walk.
    var i = 0
    for (x, t) in timexes.enumerated().sorted(by: { $0.element.span < $1.element.span }) {
      while i < n, text.tokens[i].end <= t.span.start { i += 1 }
      var j = i
      while j < n, text.tokens[j].start < t.span.end {
        inTimex[j] = true
        timexAt[j] = x
        j += 1
      }
    }
    computeFacts()
  }

  func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
  func isWord(_ i: Int) -> Bool { i >= 0 && i < facts.count && facts[i].kind != .punctuation }
  func tag(_ i: Int, _ t: GrammarTag) -> Bool { i >= 0 && i < facts.count && facts[i].info.grammar & t.bit != 0 }

  /// True when the token has an upper-case letter anywhere ("Putin", "iPod", "KCNA").
  func hasUpper(_ i: Int) -> Bool { i >= 0 && i < facts.count && facts[i].caps & TokenFact.hasUpper != 0 }

  func isAllCaps(_ i: Int) -> Bool { facts[i].caps & TokenFact.allCaps != 0 }

  /// The first token of sentence `s`, or the first after an opening quote or bracket.
  func isSentenceInitial(_ i: Int) -> Bool {
    let s = sentenceOf[i]
    if text.sentences[s].tokens.lowerBound <= i, firstWord[s] >= i { return true }
    let c = ch(i - 1)
    return c == 0x22 || c == 0x201C || c == 0x3A || c == 0x28 || c == 0x2F || c == 0x7C
  }

  /// Lower-cased key of tokens `i..<j`, with a space only where the text has one.
  func key(_ i: Int, _ j: Int) -> String {
    var s = ""
    for k in i..<j {
      if k > i, tokens[k].spaceBefore { s += " " }
      s += tokens[k].lower
    }
    return s
  }

  /// The text of tokens `i..<j` exactly as written.
  func slice(_ i: Int, _ j: Int) -> String { text.text(TextSpan(tokens[i].start, tokens[j - 1].end)) }

  /// True when tokens `i` and `i+1` are `'` `s` (or a lone `'` after a plural).
  func possessiveAfter(_ j: Int) -> Bool {
    guard j < facts.count, isApostrophe(j), !facts[j].space else { return false }
    return j + 1 < facts.count && facts[j + 1].gid == lx.code.s && !facts[j + 1].space
  }

  /// True for a token that ends a clause for participant search.
  func isClauseBreak(_ i: Int) -> Bool {
    let f = facts[i]
    switch f.ch {
    case 0x3B, 0x3A, 0x22, 0x201C, 0x201D, 0x28, 0x29, 0x2014: return true
    default: break
    }
    if f.info.grammar & (GrammarTag.rel.bit | GrammarTag.subord.bit) != 0 { return true }
    return f.gid == lx.code.that && f.caps & TokenFact.lowerForm != 0 && !tag(i + 1, .det)
  }
}
