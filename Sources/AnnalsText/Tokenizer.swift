/// Splits text into tokens and sentences in one pass over its Unicode scalars.
///
/// Tokens are maximal runs of letters and digits (apostrophes inside words stay
/// separate tokens, so "Russia's" is "Russia" "'" "s"); every other non-space
/// scalar is a token of its own. Matchers use `spaceBefore` to glue "8" ":" "03".
///
/// `breaks` are offsets where markup ended a sentence without a character for it
/// (`<s>`, `<p>`): a token ends there and the next one reads as if after a line break.
public enum Tokenizer {
  public static func tokenize(_ text: String, breaks: [Int] = []) -> TokenizedText {
    tokenize(scalars: ScalarBuffer.scalars(of: text), breaks: breaks)
  }

  public static func tokenize(scalars: [Unicode.Scalar], breaks: [Int] = []) -> TokenizedText {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    // One pass over the scalars through a pointer: this runs on every character of every document.
    scalars.withUnsafeBufferPointer { src in
      var i = 0
      let n = src.count
      var space = true
      var newline = true
      // The next break at or after `i` (n when none is left).
      var b = 0
      var nextBreak = breaks.isEmpty ? n : breaks[0]
      while i < n {
        while i >= nextBreak {
          space = true
          newline = true
          b += 1
          nextBreak = b < breaks.count ? breaks[b] : n
        }
        let c = src[i]
        if isSpace(c) {
          space = true
          if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{2028}" { newline = true }
          i += 1
          continue
        }
        let start = i
        var kind: Token.Kind
        var ascii = true
        var upper = false
        if isAlnum(c) {
          // Bits of what the run holds: 1 ASCII digits, 2 letters, 4 upper-case ASCII, 8 non-ASCII.
          var seen: UInt8 = 0
          while i < nextBreak {
            let v = src[i].value
            if v < 128 {
              let k = asciiClass(v)
              if k == 0 { break }
              seen |= k
            } else {
              // Any other letter or digit counts as a letter, as the matchers expect of "word" runs.
              guard isAlnum(src[i]) else { break }
              seen |= 10
            }
            i += 1
          }
          ascii = seen & 8 == 0
          upper = seen & 4 != 0
          let digits = seen & 1 != 0
          let letters = seen & 2 != 0
          kind = letters && digits ? .alphanumeric : (digits ? .number : .word)
        } else {
          ascii = c.value < 128
          i += 1
          kind = .punctuation
        }
        let text = ascii ? ScalarBuffer.asciiString(src, start, i, lowercase: false) : ScalarBuffer.string(scalars, start, i)
        let lower: String
        if kind == .number || kind == .punctuation && ascii || ascii && !upper {
          lower = text
        } else if ascii {
          lower = ScalarBuffer.asciiString(src, start, i, lowercase: true)
        } else {
          lower = text.lowercased()
        }
        tokens.append(
          Token(
            start: start, end: i, text: text, lower: lower, kind: kind, spaceBefore: space, newlineBefore: newline))
        space = false
        newline = false
      }
    }
    return TokenizedText(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.split(tokens, scalars: scalars))
  }

  /// What an ASCII scalar adds to a word run: 1 a digit, 2 a lower-case letter, 6 an
  /// upper-case one (a letter, and upper-case), 0 when it ends the run.
  @inline(__always) static func asciiClass(_ v: UInt32) -> UInt8 {
    if v &- 48 < 10 { return 1 }
    if v &- 97 < 26 { return 2 }
    if v &- 65 < 26 { return 6 }
    return 0
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 {
      // Digits, or a letter of either case (bit 0x20 folds upper-case onto lower-case).
      return v &- 48 < 10 || (v | 0x20) &- 97 < 26
    }
    return c.properties.isAlphabetic || c.properties.numericType == .decimal
  }

  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v == 32 || v &- 9 < 5 }
    return c.properties.isWhitespace || isInvisible(c)
  }

  /// Zero-width and directional marks: treated as space so they never glue or split words.
  @inline(__always) static func isInvisible(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0x00AD: return true
    default: return false
    }
  }
}
