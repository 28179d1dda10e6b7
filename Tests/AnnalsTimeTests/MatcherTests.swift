import AnnalsText
import Testing

@testable import AnnalsTime

/// The compiled matcher: word ids, class readings at the edges of a text, and the class table.
struct MatcherTests {
  @Test func classIndexesFollowTheDeclarationOrder() {
    #expect(TokenClass.allCases.count == TokenClass.caseCount)
    for (n, c) in TokenClass.allCases.enumerated() { #expect(c.index == n, "\(c)") }
  }

  @Test func tokensGetTheIdsOfTheirLexiconKeys() throws {
    let engine = try TimeEngine.load()
    let m = ClassMatcher(engine: engine, tokens: Tokenizer.tokenize("Last MARCH’s xyzzy 2025").tokens)
    #expect(m.ids[0] == engine.vocabulary.id(of: "last"))
    #expect(m.ids[1] == engine.vocabulary.id(of: "march"))
    #expect(m.ids[1] != Vocabulary.unknown)
    // A typographic apostrophe reads as a straight one.
    #expect(m.keys[2] == "'")
    #expect(m.ids[2] == engine.vocabulary.id(of: "'"))
    #expect(m.ids[4] == Vocabulary.unknown)
    #expect(m.values[5] == 2025)
  }

  @Test func asciiTableAgreesWithStringLookup() throws {
    let engine = try TimeEngine.load()
    for w in engine.vocabulary.words.dropFirst() { #expect(engine.vocabulary.id(of: w) != Vocabulary.unknown, "\(w)") }
    #expect(engine.vocabulary.id(of: "notaword") == Vocabulary.unknown)
    #expect(engine.vocabulary.id(of: "mondayx") == Vocabulary.unknown)
    #expect(engine.vocabulary.id(of: "m\u{00F6}nday") == Vocabulary.unknown)
  }

  /// A number word that would read on into the next token, at the very end of a text.
  @Test(arguments: ["It was fifteen", "It was two thousand", "It was two thousand and", "nineteen"])
  func numberWordsAtTheEndOfTheText(_ text: String) {
    let got = Support.tag(text, dct: Support.dct("2025-08-13"))
    #expect(got.allSatisfy { !$0.text.isEmpty })
  }

  @Test func yearWordsStillRead() {
    let got = Support.tag("It happened in nineteen ninety-six.", dct: Support.dct("2025-08-13"))
    #expect(got.map(\.value) == ["1996"])
  }
}
