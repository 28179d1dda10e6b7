/// A word, number or punctuation mark, located by Unicode-scalar offsets.
public struct Token: Hashable, Sendable {
  public enum Kind: UInt8, Sendable {
    /// Letters only ("Tuesday", "U", "don").
    case word
    /// Digits only ("2025", "08", "15").
    case number
    /// Letters and digits mixed ("15th", "1990s", "Q3").
    case alphanumeric
    /// Any other single scalar (".", ",", "-", ":", "'").
    case punctuation
  }

  public var start: Int
  public var end: Int
  /// The text as written.
  public var text: String
  /// Lower-cased text, the key for every lexicon lookup.
  public var lower: String
  public var kind: Kind
  /// True when whitespace (or the start of text) precedes the token.
  public var spaceBefore: Bool
  /// True when a line break lies between the previous token and this one.
  public var newlineBefore: Bool

  public init(
    start: Int, end: Int, text: String, lower: String, kind: Kind, spaceBefore: Bool,
    newlineBefore: Bool
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.lower = lower
    self.kind = kind
    self.spaceBefore = spaceBefore
    self.newlineBefore = newlineBefore
  }

  public var span: TextSpan { TextSpan(start, end) }
  /// First letter upper-case ("Tuesday", "NATO").
  public var isCapitalized: Bool {
    guard let b = text.utf8.first else { return false }
    // ASCII: only A-Z are upper-case; no Unicode property lookup needed.
    if b < 0x80 { return b >= 65 && b <= 90 }
    return text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
  }
  /// Numeric value of a digits-only token.
  public var intValue: Int? { kind == .number && text.utf8.count <= 9 ? Int(text) : nil }
}

/// A sentence: a span of text and the range of its tokens.
public struct Sentence: Hashable, Sendable {
  public var span: TextSpan
  public var tokens: Range<Int>
  public init(span: TextSpan, tokens: Range<Int>) {
    self.span = span
    self.tokens = tokens
  }
}

/// A document's text split into tokens and sentences.
public struct TokenizedText: Sendable {
  public var scalars: [Unicode.Scalar]
  public var tokens: [Token]
  public var sentences: [Sentence]

  public init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence]) {
    self.scalars = scalars
    self.tokens = tokens
    self.sentences = sentences
  }

  /// The text of a span, sliced by scalar offsets.
  public func text(_ span: TextSpan) -> String {
    ScalarBuffer.string(scalars, span.start, span.end)
  }

  /// Index of the sentence that holds token `i`.
  public func sentenceIndex(ofToken i: Int) -> Int {
    var lo = 0
    var hi = sentences.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if sentences[mid].tokens.lowerBound <= i { lo = mid } else { hi = mid - 1 }
    }
    return max(0, lo)
  }
}
