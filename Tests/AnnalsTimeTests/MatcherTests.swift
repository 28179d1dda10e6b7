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
    #expect(m.key(2) == "'")
    #expect(m.ids[2] == engine.vocabulary.id(of: "'"))
    #expect(m.ids[4] == Vocabulary.unknown)
    #expect(m.digits(5) == 2025)
  }

  @Test func asciiTableAgreesWithStringLookup() throws {
    let engine = try TimeEngine.load()
    for w in engine.vocabulary.words.dropFirst() { #expect(engine.vocabulary.id(of: w) != Vocabulary.unknown, "\(w)") }
    #expect(engine.vocabulary.id(of: "notaword") == Vocabulary.unknown)
    #expect(engine.vocabulary.id(of: "mondayx") == Vocabulary.unknown)
    #expect(engine.vocabulary.id(of: "m\u{00F6}nday") == Vocabulary.unknown)
  }

  /// The class masks only skip readings that would be empty: every class that reads a token is in its mask.
  @Test func classMasksNeverHideAReading() throws {
    let engine = try TimeEngine.load()
    var text = "Tuesdays the 21st of May 1999, the 1990s and '90s, Q3 and H1, 8:03 a.m. EST, 5 p.m. Friday. "
    text += "Twenty-first century; nineteen ninety-six; two thousand and five; Christmas Day, New Year's Eve; "
    text += "last spring, this morning, 3 weeks, 2,000 years, 15th, 07/04/2025, nineteenth-century pm am"
    for rule in engine.rules.rules { text += " " + Support.unmark(rule.example).plain }
    let m = ClassMatcher(engine: engine, tokens: Tokenizer.tokenize(text).tokens)
    var readings: [ClassMatcher.Reading] = []
    var read = 0
    for i in 0..<m.count {
      for c in TokenClass.allCases {
        readings.removeAll()
        m.read(c, at: i, into: &readings)
        if readings.isEmpty { continue }
        read += 1
        #expect(m.mayRead(c.index, at: i), "\(c) reads \(m.key(i)) outside its mask")
      }
    }
    #expect(read > 100)
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
