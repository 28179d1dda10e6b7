/// Reads calendar dates and clock times out of the tokens of one line.
///
/// Used by `PublicationDateFinder`; knows the shapes newsrooms print dates in, and
/// takes its words from `DateWords` and `TimeZoneAbbreviations`.
struct DateExpressionScanner {
  /// A date read from tokens; `year` is nil for a dateline's "Aug. 13".
  struct DateHit {
    var year: Int?
    var month: Int
    var day: Int
    /// Token indices covered.
    var range: Range<Int>
  }

  /// A clock time read from tokens.
  struct TimeHit {
    var hour: Int
    var minute: Int
    var offset: Int?
    var range: Range<Int>
  }

  let tokens: [Token]

  /// Finds the first full date (with year) in `range`.
  func firstDate(in range: Range<Int>, needYear: Bool = true) -> DateHit? {
    var i = range.lowerBound
    while i < range.upperBound {
      if let hit = date(at: i, limit: range.upperBound), !needYear || hit.year != nil { return hit }
      i += 1
    }
    return nil
  }

  /// Reads a date starting at token `i`.
  func date(at i: Int, limit: Int) -> DateHit? {
    var j = i
    // Optional weekday: "Wednesday," "Wed."
    if j < limit, tokens[j].kind == .word, DateWords.weekdays[tokens[j].lower] != nil {
      j += 1
      while j < limit, tokens[j].text == "." || tokens[j].text == "," { j += 1 }
    }
    if let hit = monthFirst(at: j, limit: limit) ?? dayFirst(at: j, limit: limit) ?? numeric(at: j, limit: limit) {
      if j != i, hit.range.lowerBound == j { return DateHit(year: hit.year, month: hit.month, day: hit.day, range: i..<hit.range.upperBound) }
      return hit
    }
    return nil
  }

  /// "Aug. 13, 2025", "August 13th 2025", "Aug 13".
  private func monthFirst(at i: Int, limit: Int) -> DateHit? {
    guard i < limit, tokens[i].kind == .word, let month = DateWords.months[tokens[i].lower] else { return nil }
    var j = i + 1
    if j < limit, tokens[j].text == ".", !tokens[j].spaceBefore { j += 1 }
    guard j < limit, let (day, next) = dayNumber(at: j, limit: limit) else { return nil }
    j = next
    var end = j
    var k = j
    if k < limit, tokens[k].text == "," { k += 1 }
    if k < limit, let y = year(tokens[k]) {
      end = k + 1
      return valid(year: y, month: month, day: day, i..<end)
    }
    guard day <= CivilDate.daysIn(year: 2000, month: month) else { return nil }
    return DateHit(year: nil, month: month, day: day, range: i..<end)
  }

  /// "13 August 2025", "13th of August, 2025".
  private func dayFirst(at i: Int, limit: Int) -> DateHit? {
    guard i < limit, let (day, next) = dayNumber(at: i, limit: limit) else { return nil }
    var j = next
    if j < limit, tokens[j].lower == "of" { j += 1 }
    guard j < limit, tokens[j].kind == .word, let month = DateWords.months[tokens[j].lower] else { return nil }
    j += 1
    if j < limit, tokens[j].text == ".", !tokens[j].spaceBefore { j += 1 }
    if j < limit, tokens[j].text == "," { j += 1 }
    guard j < limit, let y = year(tokens[j]) else { return nil }
    return valid(year: y, month: month, day: day, i..<(j + 1))
  }

  /// "2025-08-13", "08/13/2025" (month first unless the first number exceeds 12),
  /// "13.08.2025" (day first).
  private func numeric(at i: Int, limit: Int) -> DateHit? {
    guard i + 4 < limit, tokens[i].kind == .number else { return nil }
    let sep = tokens[i + 1].text
    guard sep == "-" || sep == "/" || sep == ".", tokens[i + 3].text == sep,
      !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore,
      !tokens[i + 4].spaceBefore, let a = tokens[i].intValue, let b = tokens[i + 2].intValue
    else { return nil }
    // The last part may carry a glued time ("13T08").
    let lastText = tokens[i + 4].text
    let lastDigits = String(lastText.unicodeScalars.prefix { Tokenizer.isDigit($0) })
    guard let c = Int(lastDigits), !lastDigits.isEmpty else { return nil }
    let range = i..<(i + 5)
    if tokens[i].text.utf8.count == 4, sep == "-" {
      return valid(year: a, month: b, day: c, range)
    }
    guard lastDigits.utf8.count == 4, lastDigits == lastText, sep != "-" else { return nil }
    if sep == "." || a > 12 { return valid(year: c, month: b, day: a, range) }
    return valid(year: c, month: a, day: b, range)
  }

  private func valid(year: Int, month: Int, day: Int, _ range: Range<Int>) -> DateHit? {
    guard CivilDate(validYear: year, month: month, day: day) != nil else { return nil }
    return DateHit(year: year, month: month, day: day, range: range)
  }

  /// A day of the month: "13", "13th", "13 th".
  private func dayNumber(at i: Int, limit: Int) -> (Int, Int)? {
    let t = tokens[i]
    if t.kind == .number, t.text.utf8.count <= 2, let d = t.intValue, (1...31).contains(d) {
      if i + 1 < limit, !tokens[i + 1].spaceBefore, DateWords.ordinalSuffixes.contains(tokens[i + 1].lower) {
        return (d, i + 2)
      }
      return (d, i + 1)
    }
    if t.kind == .alphanumeric {
      let digits = String(t.lower.unicodeScalars.prefix { Tokenizer.isDigit($0) })
      let rest = String(t.lower.unicodeScalars.dropFirst(digits.unicodeScalars.count))
      if DateWords.ordinalSuffixes.contains(rest), let d = Int(digits), (1...31).contains(d) { return (d, i + 1) }
    }
    return nil
  }

  /// A four-digit year between 1800 and 2199.
  private func year(_ t: Token) -> Int? {
    guard t.kind == .number, t.text.utf8.count == 4, let y = t.intValue, (1800...2199).contains(y) else { return nil }
    return y
  }

  /// Finds the first clock time in `range`: "8:03 AM IST", "08:03", "9 p.m. EDT", "14.30 GMT".
  func firstTime(in range: Range<Int>) -> TimeHit? {
    var i = range.lowerBound
    while i < range.upperBound {
      if let hit = time(at: i, limit: range.upperBound) { return hit }
      i += 1
    }
    return nil
  }

  private func time(at i: Int, limit: Int) -> TimeHit? {
    let t = tokens[i]
    guard t.kind == .number || t.kind == .alphanumeric else { return nil }
    if i > 0, !t.spaceBefore, [":", ".", "+", "-", "/"].contains(tokens[i - 1].text) { return nil }
    var hour: Int
    var minute = 0
    var j = i + 1
    var meridiem: Int?  // 0 = a.m., 12 = p.m.
    var hasMinutes = false
    if t.kind == .number {
      guard t.text.utf8.count <= 2, let h = t.intValue else { return nil }
      hour = h
      if j + 1 < limit, tokens[j].text == ":" || tokens[j].text == ".", !tokens[j].spaceBefore,
        !tokens[j + 1].spaceBefore
      {
        let m = tokens[j + 1]
        let (digits, tail) = splitDigits(m.lower)
        guard digits.utf8.count == 2, let mv = Int(digits), mv < 60 else { return nil }
        minute = mv
        hasMinutes = true
        j += 2
        if !tail.isEmpty {
          guard let mer = meridiemWord(tail) else { return nil }
          meridiem = mer
        }
      }
    } else {
      let (digits, tail) = splitDigits(t.lower)
      guard digits.utf8.count <= 2, let h = Int(digits), let mer = meridiemWord(tail) else { return nil }
      hour = h
      meridiem = mer
    }
    if meridiem == nil, let (mer, next) = meridiemTokens(at: j, limit: limit) {
      meridiem = mer
      j = next
    }
    guard hasMinutes || meridiem != nil else { return nil }
    if let mer = meridiem {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + mer
    }
    guard hour < 24 else { return nil }
    var offset: Int?
    var k = j
    if k < limit, tokens[k].text == "(" { k += 1 }
    if k < limit, tokens[k].kind == .word, tokens[k].text == tokens[k].text.uppercased(),
      let base = TimeZoneAbbreviations.offsets[tokens[k].text]
    {
      offset = base
      k += 1
      if let (extra, next) = signedOffset(at: k, limit: limit) {
        offset = base + extra
        k = next
      }
      if k < limit, tokens[k].text == ")" { k += 1 }
      j = k
    } else if let (extra, next) = signedOffset(at: j, limit: limit) {
      offset = extra
      j = next
    }
    return TimeHit(hour: hour, minute: minute, offset: offset, range: i..<j)
  }

  /// "+5:30", "+05:30", "-4", "+0530" right after a zone or time.
  private func signedOffset(at i: Int, limit: Int) -> (Int, Int)? {
    guard i + 1 < limit, tokens[i].text == "+" || tokens[i].text == "-" || tokens[i].text == "\u{2212}",
      tokens[i + 1].kind == .number, !tokens[i + 1].spaceBefore, let v = tokens[i + 1].intValue
    else { return nil }
    let sign = tokens[i].text == "+" ? 1 : -1
    var h = v
    var m = 0
    var next = i + 2
    if tokens[i + 1].text.utf8.count == 4 {
      h = v / 100
      m = v % 100
    } else if next + 1 < limit, tokens[next].text == ":", tokens[next + 1].kind == .number, let mv = tokens[next + 1].intValue {
      m = mv
      next += 2
    }
    guard h <= 14, m < 60 else { return nil }
    return (sign * (h * 60 + m), next)
  }

  private func splitDigits(_ s: String) -> (String, String) {
    let digits = String(s.unicodeScalars.prefix { Tokenizer.isDigit($0) })
    return (digits, String(s.unicodeScalars.dropFirst(digits.unicodeScalars.count)))
  }

  private func meridiemWord(_ s: String) -> Int? {
    switch s {
    case "am": return 0
    case "pm": return 12
    default: return nil
    }
  }

  /// "AM", "pm", "a.m.", "p. m." at token `i`.
  private func meridiemTokens(at i: Int, limit: Int) -> (Int, Int)? {
    guard i < limit else { return nil }
    if let mer = meridiemWord(tokens[i].lower) { return (mer, i + 1) }
    guard tokens[i].lower == "a" || tokens[i].lower == "p", i + 2 < limit, tokens[i + 1].text == ".",
      tokens[i + 2].lower == "m"
    else { return nil }
    let mer = tokens[i].lower == "a" ? 0 : 12
    var next = i + 3
    if next < limit, tokens[next].text == ".", !tokens[next].spaceBefore { next += 1 }
    return (mer, next)
  }
}
