import Testing

@testable import AnnalsText

private func sentences(_ text: String) -> [String] {
  let t = Tokenizer.tokenize(text)
  return t.sentences.map { t.text($0.span) }
}

@Test("sentence splitting", arguments: [
  ("Mr. Smith arrived Aug. 13. He left.", ["Mr. Smith arrived Aug. 13.", "He left."]),
  ("Talks ended\nNo deal was reached.", ["Talks ended", "No deal was reached."]),
  ("Dr. Ana Ruiz met Gen. Park in the U.S. on Friday. They spoke.", ["Dr. Ana Ruiz met Gen. Park in the U.S. on Friday.", "They spoke."]),
  ("\"We will return,\" she said. \"Soon.\" Then silence.", ["\"We will return,\" she said.", "\"Soon.\"", "Then silence."]),
  ("It rose 2.5 percent. Shares fell!  Why? Nobody knows.", ["It rose 2.5 percent.", "Shares fell!", "Why?", "Nobody knows."]),
  ("The vote is at 9 a.m. tomorrow.", ["The vote is at 9 a.m. tomorrow."]),
  ("Prices fell (slightly.) Markets rallied.", ["Prices fell (slightly.)", "Markets rallied."]),
  ("John F. Kennedy spoke. 2025 was busy.", ["John F. Kennedy spoke.", "2025 was busy."]),
  ("lower case after a period. stays one sentence", ["lower case after a period. stays one sentence"]),
])
func sentenceSplitting(_ text: String, _ expected: [String]) {
  #expect(sentences(text) == expected)
}

@Test func tokenKindsAndOffsets() {
  let t = Tokenizer.tokenize("Russia's 1990s Q3 at 8:03\n")
  #expect(t.tokens.map(\.text) == ["Russia", "'", "s", "1990s", "Q3", "at", "8", ":", "03"])
  #expect(t.tokens.map(\.kind) == [.word, .punctuation, .word, .alphanumeric, .alphanumeric, .word, .number, .punctuation, .number])
  #expect(t.tokens.map(\.spaceBefore) == [true, false, false, true, true, true, true, false, false])
  #expect(t.tokens[0].lower == "russia")
  #expect(t.tokens[8].intValue == 3)
}

@Test func offsetsAreUnicodeScalarOffsets() {
  let text = "🇰🇷 서울에서 회담 Tuesday, 👍🏽 Kim met café owners."
  let t = Tokenizer.tokenize(text)
  for token in t.tokens {
    #expect(slice(text, token.start, token.end) == token.text)
  }
  let korean = t.tokens.filter { $0.kind == .word && $0.text.unicodeScalars.first!.value >= 0xAC00 }
  #expect(korean.map(\.text) == ["서울에서", "회담"])
  let tuesday = t.tokens.first { $0.text == "Tuesday" }
  #expect(tuesday?.start == 11)  // two regional indicators, a space, 4 + 1 + 2 + 1 Hangul and spaces
  #expect(t.tokens.first { $0.text == "café" }?.end == text.unicodeScalars.count - 8)
}

@Test func invisibleCharactersSeparateButNeverJoin() {
  let t = Tokenizer.tokenize("ex\u{00AD}port\u{200B}ban")
  #expect(t.tokens.map(\.text) == ["ex", "port", "ban"])
}

@Test func newlineFlagsAndSentenceIndex() {
  let t = Tokenizer.tokenize("One two.\nThree four. Five.")
  #expect(t.tokens.filter(\.newlineBefore).map(\.text) == ["One", "Three"])
  #expect(t.sentences.count == 3)
  let five = t.tokens.firstIndex { $0.text == "Five" }!
  #expect(t.sentenceIndex(ofToken: five) == 2)
  #expect(t.sentenceIndex(ofToken: 0) == 0)
}

@Test func lowerCaseKeysForASCIIAndBeyond() {
  let t = Tokenizer.tokenize("NATO's ÉLYSÉE Straße Q3 mid-2025 İstanbul")
  #expect(t.tokens.map(\.lower) == ["nato", "'", "s", "élysée", "straße", "q3", "mid", "-", "2025", "i̇stanbul"])
  #expect(t.tokens.map(\.text) == ["NATO", "'", "s", "ÉLYSÉE", "Straße", "Q3", "mid", "-", "2025", "İstanbul"])
  #expect(t.tokens[0].isCapitalized && !t.tokens[2].isCapitalized)
}

@Test func whitespaceKindsAllSeparateTokens() {
  let t = Tokenizer.tokenize("a\tb\u{0B}c\u{0C}d\u{00A0}e\u{2003}f\u{3000}g\u{85}h")
  #expect(t.tokens.map(\.text) == ["a", "b", "c", "d", "e", "f", "g", "h"])
  #expect(t.tokens.filter(\.newlineBefore).map(\.text) == ["a"])
}
