import Testing

@testable import AnnalsText

/// Scalar offsets are code points: emoji, Korean and combining marks count as Swift's unicodeScalars do.
@Suite struct ScalarBufferTests {
  static let texts = [
    "", "plain ASCII", "Kim 김정은 met Путин", "flag 🇰🇵 and thumbs 👍🏽", "e\u{301}cole", "nul\u{0}byte", "€100 £5 ¥",
  ]

  @Test(arguments: texts)
  func decodesLikeTheStandardLibrary(_ text: String) {
    #expect(ScalarBuffer.scalars(of: text) == Array(text.unicodeScalars))
  }

  @Test(arguments: texts)
  func slicesRoundTrip(_ text: String) {
    let scalars = ScalarBuffer.scalars(of: text)
    for lo in 0...scalars.count {
      for hi in lo...scalars.count {
        var expected = String.UnicodeScalarView()
        expected.append(contentsOf: scalars[lo..<hi])
        #expect(ScalarBuffer.string(scalars, lo, hi) == String(expected))
      }
    }
  }

  @Test func lowercasesASCIIOnlyWhenAsked() {
    let s = ScalarBuffer.scalars(of: "TUESDAY Night")
    #expect(ScalarBuffer.string(s, 0, 7, lowercaseASCII: true) == "tuesday")
    #expect(ScalarBuffer.string(s, 0, 7) == "TUESDAY")
  }

  @Test func tokensKeepScalarOffsets() {
    let t = Tokenizer.tokenize("김정은 said 👍 on Tuesday.")
    let words = t.tokens.map(\.text)
    #expect(words == ["김정은", "said", "👍", "on", "Tuesday", "."])
    let tuesday = t.tokens[4]
    #expect(t.text(tuesday.span) == "Tuesday")
    #expect(tuesday.start == 14)
    #expect(tuesday.lower == "tuesday")
  }
}
