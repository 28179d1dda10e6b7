import AnnalsText

/// Reads token classes at a position: each reading is a length in tokens and a value.
///
/// Built once per document: every token's lexicon key is looked up in the engine's vocabulary
/// once, so the readers compare word ids and read per-word facts instead of hashing strings.
struct ClassMatcher {
  let engine: TimeEngine
  let tokens: [Token]
  /// The vocabulary id of each token's lexicon key (`Vocabulary.unknown` for words the engine does
  /// not know). The key is the lower-cased token, typographic apostrophes made straight (`key(_:)`);
  /// only the productions need it as a String, so it is not kept per token.
  let ids: [Int32]
  /// The value of each digits-only token of at most nine digits that stands alone (not a group of
  /// "15,000"; see `inLargerNumber`), else -1: the digit classes read it several times.
  private(set) var digitValues: [Int] = []
  /// The classes that may read each token (`possibleClasses`): no other class reads it.
  let classMasks: [UInt32]
  /// The engine's facts by word id, and the ids it tests by name (held here for short access paths).
  let wordFacts: [Vocabulary.Facts]
  let words: TimeEngine.Words
  /// Numeric dates whose first two numbers could be either way ("03/04/2025") read day first.
  var dayFirst = false

  var lexicon: Lexicon { engine.lexicon }
  var count: Int { tokens.count }

  init(engine: TimeEngine, tokens: [Token]) {
    self.engine = engine
    self.tokens = tokens
    wordFacts = engine.vocabulary.facts
    words = engine.words
    let vocabulary = engine.vocabulary
    let facts = wordFacts
    let lookUpDigits = vocabulary.hasDigitWords
    let apostrophe = words.apostrophe
    var ids: [Int32] = []
    var masks: [UInt32] = []
    ids.reserveCapacity(tokens.count)
    masks.reserveCapacity(tokens.count)
    var hasNumbers = false
    // Fields are read in place: a copy of a token costs a retain per string.
    for i in tokens.indices {
      let kind = tokens[i].kind
      var id = kind != .number || lookUpDigits ? vocabulary.id(of: tokens[i].lower) : Vocabulary.unknown
      // Typographic apostrophes read as straight ones; no lexicon word is one, so only unknown marks are checked.
      if id == Vocabulary.unknown, kind == .punctuation, ClassMatcher.isTypographicApostrophe(tokens[i]) {
        id = apostrophe
      }
      ids.append(id)
      let mask = facts[Int(id)].classMask
      switch kind {
      case .number:
        masks.append(mask | ClassMatcher.digitClasses)
        hasNumbers = true
      case .alphanumeric: masks.append(mask | ClassMatcher.alphanumericClasses)
      case .word, .punctuation: masks.append(mask)
      }
    }
    self.ids = ids
    classMasks = masks
    if hasNumbers { digitValues = standaloneDigitValues() }
  }

  /// `digitValues`; needs `ids`, as a group of a larger number is told by the marks around it.
  private func standaloneDigitValues() -> [Int] {
    var out = Array(repeating: -1, count: tokens.count)
    for i in tokens.indices where tokens[i].kind == .number {
      if let v = tokens[i].intValue, !inLargerNumber(i) { out[i] = v }
    }
    return out
  }

  /// True for a punctuation token that is a typographic apostrophe ("\u{2019}" or "\u{2018}").
  private static func isTypographicApostrophe(_ t: Token) -> Bool {
    guard let c = t.text.unicodeScalars.first else { return false }
    return c == "\u{2019}" || c == "\u{2018}"
  }

  /// A reading of a class: how many tokens it takes, its value, and a code id (`Vocabulary.codes`).
  struct Reading {
    var count: Int
    var int: Int
    var code: Int32 = 0
  }

  /// The lexicon key of token `i`: lower-cased, typographic apostrophes made straight.
  func key(_ i: Int) -> String {
    ids[i] == words.apostrophe && tokens[i].kind == .punctuation ? "'" : tokens[i].lower
  }

  /// True when token `i` exists and is the word `id`.
  @inline(__always) func isWord(_ i: Int, _ id: Int32) -> Bool { i < ids.count && ids[i] == id }

  @inline(__always) func facts(_ i: Int) -> Vocabulary.Facts { wordFacts[Int(ids[i])] }

  /// True when the next token follows with no space between.
  func glued(_ i: Int) -> Bool { i + 1 < tokens.count && !tokens[i + 1].spaceBefore }

  /// True when digits token `i` is one group of a larger number ("15,000", "3.5"), not of a dotted
  /// date ("13.08.2025").
  func inLargerNumber(_ i: Int) -> Bool {
    let w = words
    if inDottedDate(i) { return false }
    if i + 2 < tokens.count, glued(i), glued(i + 1), tokens[i + 2].kind == .number,
      ids[i + 1] == w.comma || ids[i + 1] == w.period
    {
      return true
    }
    if i >= 2, !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number,
      ids[i - 1] == w.comma || ids[i - 1] == w.period
    {
      return true
    }
    return false
  }

  /// True when token `i` is a group of "DD.MM.YYYY" or "YYYY.MM.DD": two short groups and a year, glued by periods.
  func inDottedDate(_ i: Int) -> Bool {
    // Token `i` may be the first, second or third group; a stride allocates nothing.
    for s in stride(from: i, through: i - 4, by: -2) where s >= 0 && s + 4 < tokens.count {
      let yearFirst = length(s) == 4 && length(s + 4) <= 2
      guard tokens[s].kind == .number, yearFirst || length(s) <= 2, length(s + 2) <= 2, yearFirst || length(s + 4) == 4,
        tokens[s + 2].kind == .number, tokens[s + 4].kind == .number,
        ids[s + 1] == words.period, ids[s + 3] == words.period,
        !tokens[s + 1].spaceBefore, !tokens[s + 2].spaceBefore, !tokens[s + 3].spaceBefore, !tokens[s + 4].spaceBefore
      else { continue }
      return true
    }
    return false
  }

  /// The value of digits token `i` when it stands alone (not a group of "15,000").
  func digits(_ i: Int) -> Int? {
    guard i < digitValues.count, digitValues[i] >= 0 else { return nil }
    return digitValues[i]
  }

  /// The UTF-8 length of token `i`'s text.
  @inline(__always) func length(_ i: Int) -> Int { tokens[i].text.utf8.count }

  /// An ordinal written with digits: "5th", "21st".
  func digitOrdinal(_ i: Int) -> Int? {
    guard tokens[i].kind == .alphanumeric else { return nil }
    let b = Array(tokens[i].lower.utf8)
    guard b.count >= 2 else { return nil }
    let suffix = (b[b.count - 2], b[b.count - 1])
    let s = UInt8(ascii: "s"), n = UInt8(ascii: "n"), r = UInt8(ascii: "r"), t = UInt8(ascii: "t")
    let d = UInt8(ascii: "d"), h = UInt8(ascii: "h")
    guard suffix == (s, t) || suffix == (n, d) || suffix == (r, d) || suffix == (t, h) else { return nil }
    return ASCIIDigits.value(b[..<(b.count - 2)])
  }

  /// A cardinal: digits, a word, or tens and units ("twenty-one", "twenty one").
  func cardinal(_ i: Int, into out: inout [Reading]) {
    guard i < tokens.count else { return }
    if let v = digits(i), length(i) <= 6 {
      out.append(Reading(count: 1, int: v))
      return
    }
    guard let v = facts(i).cardinal else { return }
    out.append(Reading(count: 1, int: v))
    if v >= 20, v < 100, v % 10 == 0 {
      if i + 2 < tokens.count, ids[i + 1] == words.hyphen, let u = facts(i + 2).cardinal, u < 10 {
        out.append(Reading(count: 3, int: v + u))
      }
      if i + 1 < tokens.count, let u = facts(i + 1).cardinal, u < 10 { out.append(Reading(count: 2, int: v + u)) }
    }
  }

  /// True when token `i` carries a time expression on (a zone, weekday or month), not a new sentence.
  func continuesTime(_ i: Int) -> Bool { facts(i).continuesTime }

  /// The classes that may read token `i`: those its word's lexicon entries name, and for digits
  /// the classes that read digits (see `read`).
  @inline(__always) func possibleClasses(_ i: Int) -> UInt32 { classMasks[i] }

  /// True when class index `c` may read token `t` (false past the end).
  @inline(__always) func mayRead(_ c: Int, at t: Int) -> Bool { t < classMasks.count && classMasks[t] >> UInt32(c) & 1 != 0 }

  /// Classes that read a digits token ("15", "2025") without a lexicon entry.
  static var digitClasses: UInt32 {
    TokenClass.monthnum.bit | TokenClass.day.bit | TokenClass.year4.bit | TokenClass.num2.bit | TokenClass.number.bit
      | TokenClass.hour.bit | TokenClass.minute.bit
  }

  /// Classes that read letters mixed with digits ("5th", "1990s", "Q3") without a lexicon entry.
  static var alphanumericClasses: UInt32 {
    TokenClass.day.bit | TokenClass.ordinal.bit | TokenClass.decade.bit | TokenClass.century.bit
      | TokenClass.qtoken.bit | TokenClass.htoken.bit | TokenClass.clocktoken.bit | TokenClass.minuteampm.bit
      | TokenClass.isoweek.bit
  }
}

/// Parses unsigned ASCII digits the way `Int(_:)` does for them: nil when empty, not digits, or too large.
enum ASCIIDigits {
  static func value(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var v = 0
    for b in bytes {
      guard b >= 48, b <= 57 else { return nil }
      let (m, o1) = v.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int(b - 48))
      guard !o1, !o2 else { return nil }
      v = s
    }
    return v
  }
}
