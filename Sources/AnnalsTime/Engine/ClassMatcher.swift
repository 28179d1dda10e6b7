import AnnalsText

/// Reads token classes at a position: each reading is a length in tokens and a value.
struct ClassMatcher {
  let lexicon: Lexicon
  let tokens: [Token]
  /// Lexicon keys, computed once per document: lookups happen many times per token.
  let keys: [String]

  init(lexicon: Lexicon, tokens: [Token]) {
    self.lexicon = lexicon
    self.tokens = tokens
    keys = tokens.map { t in
      // Typographic apostrophes read as straight ones; checked on the scalar, not by string compare.
      if t.kind == .punctuation, let c = t.text.unicodeScalars.first, c == "\u{2019}" || c == "\u{2018}" { return "'" }
      return t.lower
    }
  }

  struct Reading {
    var count: Int
    var int: Int
    var code: String = ""
  }

  /// The lexicon key of token `i`: lower-cased, typographic apostrophes made straight.
  @inline(__always) func key(_ i: Int) -> String { keys[i] }

  /// True when the next token follows with no space between.
  func glued(_ i: Int) -> Bool { i + 1 < tokens.count && !tokens[i + 1].spaceBefore }

  /// True when digits token `i` is one group of a larger number ("15,000", "3.5").
  func inLargerNumber(_ i: Int) -> Bool {
    if i + 2 < tokens.count, glued(i), glued(i + 1), tokens[i + 2].kind == .number,
      tokens[i + 1].text == "," || tokens[i + 1].text == "."
    {
      return true
    }
    if i >= 2, !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number,
      tokens[i - 1].text == "," || tokens[i - 1].text == "."
    {
      return true
    }
    return false
  }

  func digits(_ i: Int) -> Int? {
    guard tokens[i].kind == .number, !inLargerNumber(i) else { return nil }
    return tokens[i].intValue
  }

  /// An ordinal written with digits: "5th", "21st".
  func digitOrdinal(_ i: Int) -> Int? {
    guard tokens[i].kind == .alphanumeric else { return nil }
    let l = tokens[i].lower
    for suffix in ["st", "nd", "rd", "th"] where l.hasSuffix(suffix) {
      return Int(l.dropLast(2))
    }
    return nil
  }

  /// A cardinal: digits, a word, or tens and units ("twenty-one", "twenty one").
  func cardinal(_ i: Int, words: [String: Int]) -> [Reading] {
    if let v = digits(i), tokens[i].text.utf8.count <= 6 { return [Reading(count: 1, int: v)] }
    guard let v = words[key(i)] else { return [] }
    var out = [Reading(count: 1, int: v)]
    if v >= 20, v < 100, v % 10 == 0 {
      if i + 2 < tokens.count, key(i + 1) == "-", let u = words[key(i + 2)], u < 10 {
        out.append(Reading(count: 3, int: v + u))
      }
      if i + 1 < tokens.count, let u = words[key(i + 1)], u < 10 { out.append(Reading(count: 2, int: v + u)) }
    }
    return out
  }

  /// True when token `i` carries a time expression on (a zone, weekday or month), not a new sentence.
  func continuesTime(_ i: Int) -> Bool {
    let k = key(i)
    return lexicon.timeZones.contains(k) || lexicon.weekdays[k] != nil || lexicon.months[k] != nil
  }

  func read(_ c: TokenClass, at i: Int) -> [Reading] {
    guard i < tokens.count else { return [] }
    let t = tokens[i]
    let k = key(i)
    switch c {
    case .weekday:
      guard t.isCapitalized, let d = lexicon.weekdays[k] else { return [] }
      return [Reading(count: 1, int: d)]
    case .weekdays:
      guard t.isCapitalized, k.hasSuffix("s"), let d = lexicon.weekdays[String(k.dropLast())] else { return [] }
      return [Reading(count: 1, int: d)]
    case .month:
      guard t.isCapitalized, let m = lexicon.months[k] else { return [] }
      if m.abbreviation {
        // An abbreviation takes its own period: "Aug." is one month reading, "Aug" needs a day or year.
        if i + 1 < tokens.count, key(i + 1) == ".", glued(i) { return [Reading(count: 2, int: m.month, code: "abbr.")] }
        return [Reading(count: 1, int: m.month, code: "abbr")]
      }
      return [Reading(count: 1, int: m.month, code: m.ambiguous ? "ambiguous" : "")]
    case .monthnum:
      guard let v = digits(i), t.text.utf8.count <= 2, (1...12).contains(v) else { return [] }
      return [Reading(count: 1, int: v)]
    case .day:
      if let v = digits(i), t.text.utf8.count <= 2, (1...31).contains(v) { return [Reading(count: 1, int: v)] }
      // "5th", "fifth", "twenty-first".
      guard t.kind != .number else { return [] }
      return read(.ordinal, at: i).filter { (1...31).contains($0.int) }
    case .year4:
      guard let v = digits(i), t.text.utf8.count == 4, (1000...2099).contains(v) else { return [] }
      return [Reading(count: 1, int: v)]
    case .num2:
      guard let v = digits(i), t.text.utf8.count == 2 else { return [] }
      return [Reading(count: 1, int: v)]
    case .number:
      return cardinal(i, words: lexicon.cardinals)
    case .ordinal:
      if let v = digitOrdinal(i) { return [Reading(count: 1, int: v)] }
      guard let v = lexicon.ordinals[k] else {
        // "twenty-first": a tens cardinal, a hyphen and an ordinal.
        if i + 2 < tokens.count, key(i + 1) == "-", let tens = lexicon.cardinals[k], tens >= 20, tens < 100,
          tens % 10 == 0, let u = lexicon.ordinals[key(i + 2)], u > 0, u < 10
        {
          return [Reading(count: 3, int: tens + u)]
        }
        return []
      }
      return [Reading(count: 1, int: v)]
    case .unit:
      guard let u = lexicon.units[k] else { return [] }
      return [Reading(count: 1, int: k.hasSuffix("s") ? 2 : 1, code: u.rawValue)]
    case .season:
      guard let s = lexicon.seasons[k] else { return [] }
      return [Reading(count: 1, int: 0, code: s)]
    case .pod:
      guard let p = lexicon.partsOfDay[k] else { return [] }
      return [Reading(count: 1, int: 0, code: p)]
    case .decade:
      if t.kind == .word {
        guard k.hasSuffix(lexicon.decadeEnding), let v = lexicon.decadeWords[k] else { return [] }
        return [Reading(count: 1, int: v)]
      }
      guard t.kind == .alphanumeric, k.hasSuffix("s"), let n = Int(k.dropLast()), n % 10 == 0 else { return [] }
      let len = k.utf8.count - 1
      if len == 4 { return [Reading(count: 1, int: n / 10)] }
      if len == 2 { return [Reading(count: 1, int: (n <= 10 ? 200 : 190) + n / 10)] }
      return []
    case .century:
      // "19th century", "nineteenth-century": the value is the century's first two digits.
      let ord = read(.ordinal, at: i)
      var out: [Reading] = []
      for o in ord where o.int > 0 {
        var j = i + o.count
        if j < tokens.count, key(j) == "-" { j += 1 }
        if j < tokens.count, lexicon.units[key(j)] == .century { out.append(Reading(count: j + 1 - i, int: o.int - 1)) }
      }
      return out
    case .qtoken, .htoken:
      let prefix = c == .qtoken ? "q" : "h"
      guard t.kind == .alphanumeric, k.hasPrefix(prefix), let n = Int(k.dropFirst()) else { return [] }
      guard (1...(c == .qtoken ? 4 : 2)).contains(n) else { return [] }
      return [Reading(count: 1, int: n)]
    case .hour:
      guard let v = digits(i), t.text.utf8.count <= 2, (0...24).contains(v) else { return [] }
      return [Reading(count: 1, int: v)]
    case .minute:
      guard let v = digits(i), t.text.utf8.count == 2, (0...59).contains(v) else { return [] }
      return [Reading(count: 1, int: v)]
    case .ampm:
      if k == "am" || k == "pm" { return [Reading(count: 1, int: k == "pm" ? 12 : 0)] }
      // "a.m." / "p.m.": letter, period, "m", and the closing period when it is glued.
      guard k == "a" || k == "p", i + 2 < tokens.count, key(i + 1) == ".", key(i + 2) == "m", glued(i), glued(i + 1)
      else { return [] }
      let v = k == "p" ? 12 : 0
      // The closing period belongs to "p.m." unless it also ends the sentence.
      if i + 3 < tokens.count, key(i + 3) == ".", glued(i + 2) {
        let endsSentence =
          i + 4 >= tokens.count || tokens[i + 4].newlineBefore || (tokens[i + 4].isCapitalized && !continuesTime(i + 4))
        if !endsSentence { return [Reading(count: 4, int: v)] }
      }
      return [Reading(count: 3, int: v)]
    case .yearwords:
      // "nineteen ninety-six", "two thousand", "two thousand and five".
      guard let head = lexicon.cardinals[k] else { return [] }
      var out: [Reading] = []
      if (10...20).contains(head) {
        for tail in cardinal(i + 1, words: lexicon.cardinals) where tail.count >= 1 && (10...99).contains(tail.int) {
          if tokens[i + 1].kind == .number { continue }
          out.append(Reading(count: 1 + tail.count, int: head * 100 + tail.int))
        }
      } else if head <= 2, i + 1 < tokens.count, lexicon.cardinals[key(i + 1)] == 1000 {
        out.append(Reading(count: 2, int: head * 1000))
        var j = i + 2
        if j < tokens.count, key(j) == "and" { j += 1 }
        for tail in cardinal(j, words: lexicon.cardinals) where tail.int < 100 && tokens[j].kind == .word {
          out.append(Reading(count: j - i + tail.count, int: head * 1000 + tail.int))
        }
      }
      return out
    case .holiday:
      guard t.isCapitalized else { return [] }
      for (n, h) in lexicon.holidays.enumerated() where i + h.tokens.count <= tokens.count {
        if h.tokens.indices.allSatisfy({ key(i + $0) == h.tokens[$0] }) {
          return [Reading(count: h.tokens.count, int: n)]
        }
      }
      return []
    case .tz:
      guard t.text == t.text.uppercased(), lexicon.timeZones.contains(k) else { return [] }
      return [Reading(count: 1, int: 0, code: k.uppercased())]
    }
  }

  /// All ways `element` can match at `i`: token counts and captures (an optional element also matches nothing).
  func match(_ element: PatternElement, at i: Int) -> [Capture] {
    var out: [Capture] = []
    switch element.kind {
    case .literal(let words):
      if i < tokens.count, words.contains(key(i)) {
        out.append(Capture(tokenClass: nil, word: key(i), first: i, count: 1, int: 0, code: ""))
      }
    case .tokenClass(let c):
      for r in read(c, at: i) {
        out.append(Capture(tokenClass: c, word: nil, first: i, count: r.count, int: r.int, code: r.code))
      }
    }
    return out
  }
}
