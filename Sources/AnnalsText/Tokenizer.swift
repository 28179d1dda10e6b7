/// Splits text into tokens and sentences in one pass over its Unicode scalars.
///
/// Tokens are maximal runs of letters and digits (apostrophes inside words stay
/// separate tokens, so "Russia's" is "Russia" "'" "s"); every other non-space
/// scalar is a token of its own. Matchers use `spaceBefore` to glue "8" ":" "03".
public enum Tokenizer {
  public static func tokenize(_ text: String) -> TokenizedText {
    tokenize(scalars: Array(text.unicodeScalars))
  }

  public static func tokenize(scalars: [Unicode.Scalar]) -> TokenizedText {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    var i = 0
    let n = scalars.count
    var space = true
    var newline = true
    while i < n {
      let c = scalars[i]
      if isSpace(c) {
        space = true
        if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{2028}" { newline = true }
        i += 1
        continue
      }
      let start = i
      var kind: Token.Kind
      let text: String
      let lower: String
      if isAlnum(c) {
        var letters = false
        var digits = false
        var ascii = true
        var upper = false
        while i < n, isAlnum(scalars[i]) {
          let v = scalars[i].value
          if v >= 128 { ascii = false } else if v >= 65 && v <= 90 { upper = true }
          if isDigit(scalars[i]) { digits = true } else { letters = true }
          i += 1
        }
        kind = letters && digits ? .alphanumeric : (digits ? .number : .word)
        if ascii {
          text = asciiString(scalars, start..<i, lowering: false)
          lower = upper ? asciiString(scalars, start..<i, lowering: true) : text
        } else {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars[start..<i])
          text = String(view)
          lower = text.lowercased()
        }
      } else {
        i += 1
        kind = .punctuation
        text = c.value < 128 ? asciiPunctuation[Int(c.value)] : String(c)
        lower = text
      }
      tokens.append(
        Token(
          start: start, end: i, text: text, lower: lower, kind: kind, spaceBefore: space, newlineBefore: newline))
      space = false
      newline = false
    }
    return TokenizedText(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.split(tokens, scalars: scalars))
  }

  /// White space or an invisible mark, with an ASCII fast path.
  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value == 32 || (c.value >= 9 && c.value <= 13) }
    return c.properties.isWhitespace || isInvisible(c)
  }

  /// One-scalar strings for ASCII, made once.
  private static let asciiPunctuation: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  /// A string from ASCII scalars, optionally lower-cased, without intermediate arrays.
  @inline(__always) static func asciiString(_ s: [Unicode.Scalar], _ r: Range<Int>, lowering: Bool) -> String {
    String(unsafeUninitializedCapacity: r.count) { buffer in
      var k = 0
      for j in r {
        var b = UInt8(truncatingIfNeeded: s[j].value)
        if lowering, b >= 65, b <= 90 { b += 32 }
        buffer[k] = b
        k += 1
      }
      return k
    }
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 {
      let v = c.value
      return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }
    return c.properties.isAlphabetic || c.properties.numericType == .decimal
  }

  /// Zero-width and directional marks: treated as space so they never glue or split words.
  @inline(__always) static func isInvisible(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0x00AD: return true
    default: return false
    }
  }
}
