extension ClassMatcher {
  /// Appends every reading of class `c` at token `i` to `out` (none when `i` is past the end).
  func read(_ c: TokenClass, at i: Int, into out: inout [Reading]) {
    guard i < tokens.count else { return }
    let f = wordFacts[Int(ids[i])]
    let w = words
    switch c {
    case .weekday:
      guard f.weekday != 0 else { return }
      // Full names read in any case ("monday", "TUESDAY"); short ones only capitalized ("Tue", "THU"),
      // and those that are also words ("Sat", "Sun", "Wed") only next to a date or time.
      if f.weekdayAmbiguous {
        guard tokens[i].isCapitalized, datesNear(i) else { return }
      }
      out.append(Reading(count: 1, int: Int(f.weekday)))
    case .weekdays:
      guard f.weekdayPlural != 0, tokens[i].isCapitalized else { return }
      out.append(Reading(count: 1, int: Int(f.weekdayPlural)))
    case .month:
      guard let m = f.month else { return }
      // Lower case: a full name that is no common word ("june"), else only before a day ("may 5", "sept 4").
      if !tokens[i].isCapitalized, m.ambiguous || m.abbreviation, !dayFollows(i), !dayBeforeYearAfter(i) { return }
      if m.abbreviation {
        // An abbreviation takes its own period: "Aug." is one month reading, "Aug" needs a day or year.
        if isWord(i + 1, w.period), glued(i) {
          out.append(Reading(count: 2, int: m.month, code: w.abbrPeriodCode))
        } else {
          out.append(Reading(count: 1, int: m.month, code: w.abbrCode))
        }
        return
      }
      out.append(Reading(count: 1, int: m.month, code: m.ambiguous ? w.ambiguousCode : 0))
    case .monthnum:
      guard let v = digits(i), length(i) <= 2, (1...12).contains(v) else { return }
      out.append(Reading(count: 1, int: v))
    case .day:
      if let v = digits(i), length(i) <= 2, (1...31).contains(v) {
        out.append(Reading(count: 1, int: v))
        return
      }
      // "5th", "fifth", "twenty-first".
      guard tokens[i].kind != .number else { return }
      let base = out.count
      read(.ordinal, at: i, into: &out)
      var k = base
      while k < out.count {
        if (1...31).contains(out[k].int) { k += 1 } else { out.remove(at: k) }
      }
    case .year4:
      guard let v = digits(i), length(i) == 4, (1000...2099).contains(v) else { return }
      out.append(Reading(count: 1, int: v))
    case .num2:
      guard let v = digits(i), length(i) == 2 else { return }
      out.append(Reading(count: 1, int: v))
    case .number:
      cardinal(i, into: &out)
    case .ordinal:
      if let v = digitOrdinal(i) {
        out.append(Reading(count: 1, int: v))
        return
      }
      if let v = f.ordinal {
        out.append(Reading(count: 1, int: v))
        return
      }
      // "twenty-first": a tens cardinal, a hyphen and an ordinal.
      if i + 2 < tokens.count, ids[i + 1] == w.hyphen, let tens = f.cardinal, tens >= 20, tens < 100,
        tens % 10 == 0, let u = facts(i + 2).ordinal, u > 0, u < 10
      {
        out.append(Reading(count: 3, int: tens + u))
      }
    case .unit:
      guard f.unit != nil else { return }
      out.append(Reading(count: 1, int: f.endsInS ? 2 : 1, code: f.unitCode))
    case .season:
      guard f.seasonCode >= 0 else { return }
      out.append(Reading(count: 1, int: 0, code: f.seasonCode))
    case .pod:
      guard f.podCode >= 0 else { return }
      out.append(Reading(count: 1, int: 0, code: f.podCode))
    case .decade:
      readDecade(i, f, into: &out)
    case .century:
      // "19th century", "nineteenth-century": the value is the century's first two digits.
      let base = out.count
      read(.ordinal, at: i, into: &out)
      let end = out.count
      guard end > base else { return }
      for k in base..<end where out[k].int > 0 {
        let o = out[k]
        var j = i + o.count
        if isWord(j, w.hyphen) { j += 1 }
        if j < tokens.count, facts(j).unit == .century { out.append(Reading(count: j + 1 - i, int: o.int - 1)) }
      }
      out.removeSubrange(base..<end)
    case .qtoken, .htoken:
      guard tokens[i].kind == .alphanumeric else { return }
      let b = Array(tokens[i].lower.utf8)
      guard let first = b.first, first == UInt8(ascii: c == .qtoken ? "q" : "h"), let n = ASCIIDigits.value(b[1...])
      else { return }
      guard (1...(c == .qtoken ? 4 : 2)).contains(n) else { return }
      out.append(Reading(count: 1, int: n))
    case .hour:
      guard let v = digits(i), length(i) <= 2, (0...24).contains(v) else { return }
      out.append(Reading(count: 1, int: v))
    case .minute:
      guard let v = digits(i), length(i) == 2, (0...59).contains(v) else { return }
      out.append(Reading(count: 1, int: v))
    case .ampm:
      readAmPm(i, into: &out)
    case .yearwords:
      readYearWords(i, f, into: &out)
    case .holiday:
      guard tokens[i].isCapitalized else { return }
      for (n, h) in engine.holidayWords.enumerated() where i + h.count <= tokens.count {
        if h.indices.allSatisfy({ ids[i + $0] == h[$0] }) {
          out.append(Reading(count: h.count, int: n))
          return
        }
      }
    case .clocktoken:
      readClockToken(i, into: &out)
    case .isoweek:
      guard tokens[i].kind == .alphanumeric else { return }
      let b = Array(tokens[i].lower.utf8)
      guard b.count == 3, b[0] == UInt8(ascii: "w"), let n = ASCIIDigits.value(b[1...]), (1...53).contains(n) else { return }
      out.append(Reading(count: 1, int: n))
    case .minuteampm:
      guard tokens[i].kind == .alphanumeric else { return }
      let b = Array(tokens[i].lower.utf8)
      guard b.count >= 3, let m = ASCIIDigits.value(b[0..<2]), m < 60, let pm = ampmSuffix(b[2...]) else { return }
      out.append(Reading(count: 1, int: m, code: pm.pm ? w.pmCode : w.amCode))
    case .tz:
      guard f.zoneCode >= 0 else { return }
      let text = tokens[i].text
      guard text == text.uppercased() else { return }
      out.append(Reading(count: 1, int: 0, code: f.zoneCode))
    }
  }

  /// "4pm", "11am", "9a", "18h15", "18h": minutes after midnight; "9a" and "9p" get the code "short".
  private func readClockToken(_ i: Int, into out: inout [Reading]) {
    guard tokens[i].kind == .alphanumeric else { return }
    let b = Array(tokens[i].lower.utf8)
    var n = 0
    while n < b.count, n < 3, b[n] >= 48, b[n] <= 57 { n += 1 }
    guard n >= 1, n <= 2, let hour = ASCIIDigits.value(b[0..<n]) else { return }
    let rest = b[n...]
    if let s = ampmSuffix(rest) {
      guard (1...12).contains(hour) else { return }
      out.append(Reading(count: 1, int: (hour % 12 + (s.pm ? 12 : 0)) * 60, code: s.short ? words.shortCode : 0))
      return
    }
    // "18h15", "18h": the French and military style.
    guard rest.first == UInt8(ascii: "h"), hour < 24 else { return }
    let mins = rest.dropFirst()
    if mins.isEmpty {
      out.append(Reading(count: 1, int: hour * 60))
    } else if mins.count == 2, let m = ASCIIDigits.value(mins), m < 60 {
      out.append(Reading(count: 1, int: hour * 60 + m))
    }
  }

  /// "am", "pm", "a", "p" as a token's ending.
  private func ampmSuffix(_ s: ArraySlice<UInt8>) -> (pm: Bool, short: Bool)? {
    guard let first = s.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "p") else { return nil }
    let pm = first == UInt8(ascii: "p")
    if s.count == 1 { return (pm, true) }
    if s.count == 2, s.last == UInt8(ascii: "m") { return (pm, false) }
    return nil
  }

  /// True when a day number follows token `i` (after its period): "may 5", "sept. 4th".
  func dayFollows(_ i: Int) -> Bool {
    var j = i + 1
    if isWord(j, words.period) { j += 1 }
    guard j < tokens.count else { return false }
    if let v = digits(j), length(j) <= 2 { return (1...31).contains(v) }
    return digitOrdinal(j).map { (1...31).contains($0) } ?? false
  }

  /// True for "3rd march 2021", "3 may 2021": a day before token `i` and a year after it.
  func dayBeforeYearAfter(_ i: Int) -> Bool {
    guard i >= 1, i + 1 < tokens.count, tokens[i + 1].kind == .number, length(i + 1) == 4 else { return false }
    if let v = digits(i - 1), length(i - 1) <= 2 { return (1...31).contains(v) }
    return digitOrdinal(i - 1).map { (1...31).contains($0) } ?? false
  }

  /// True when a date or time stands next to token `i`: "Sat, June 4", "SUN 14 JUN", "Wed 10:00", "on 4/6 (Sat)".
  func datesNear(_ i: Int) -> Bool {
    var j = i + 1
    if isWord(j, words.period) { j += 1 }
    if isWord(j, words.comma) { j += 1 }
    if j < tokens.count {
      if facts(j).month != nil { return true }
      if tokens[j].kind == .number, length(j) <= 2 { return true }
      if digitOrdinal(j) != nil { return true }
      // "Mon-Fri", "Sat to Sun": a range of short names.
      if (isWord(j, words.hyphen) || isWord(j, words.to) || isWord(j, words.enDash)), j + 1 < tokens.count, facts(j + 1).weekday != 0 {
        return true
      }
      if tokens[j].kind == .alphanumeric, (tokens[j].lower.utf8.last == UInt8(ascii: "m") || tokens[j].lower.utf8.last == UInt8(ascii: "h")) {
        return true
      }
    }
    var k = i - 1
    if k >= 0, isWord(k, words.comma) { k -= 1 }
    if k >= 0, isWord(k, words.hyphen) || isWord(k, words.to) || isWord(k, words.enDash), k >= 1, facts(k - 1).weekday != 0 { return true }
    return k >= 0 && (tokens[k].kind == .number || facts(k).month != nil)
  }

  /// "the nineties", "1990s", "'90s": the decade's first three digits (199).
  private func readDecade(_ i: Int, _ f: Vocabulary.Facts, into out: inout [Reading]) {
    if tokens[i].kind == .word {
      if let v = f.decade { out.append(Reading(count: 1, int: v)) }
      return
    }
    guard tokens[i].kind == .alphanumeric else { return }
    let b = Array(tokens[i].lower.utf8)
    guard b.last == UInt8(ascii: "s"), let n = ASCIIDigits.value(b[..<(b.count - 1)]), n % 10 == 0 else { return }
    let len = b.count - 1
    if len == 4 { out.append(Reading(count: 1, int: n / 10)) }
    if len == 2 { out.append(Reading(count: 1, int: (n <= 10 ? 200 : 190) + n / 10)) }
  }

  /// "am", "pm", "a.m.", "p.m.": 0 or 12 hours to add.
  private func readAmPm(_ i: Int, into out: inout [Reading]) {
    let w = words
    let k = ids[i]
    if k == w.am || k == w.pm {
      out.append(Reading(count: 1, int: k == w.pm ? 12 : 0))
      return
    }
    // "a.m." / "p.m.": letter, period, "m", and the closing period when it is glued.
    guard k == w.a || k == w.p, i + 2 < tokens.count, ids[i + 1] == w.period, ids[i + 2] == w.m, glued(i), glued(i + 1)
    else { return }
    let v = k == w.p ? 12 : 0
    // The closing period belongs to "p.m." unless it also ends the sentence.
    if i + 3 < tokens.count, ids[i + 3] == w.period, glued(i + 2) {
      let endsSentence =
        i + 4 >= tokens.count || tokens[i + 4].newlineBefore || (tokens[i + 4].isCapitalized && !continuesTime(i + 4))
      if !endsSentence {
        out.append(Reading(count: 4, int: v))
        return
      }
    }
    out.append(Reading(count: 3, int: v))
  }

  /// "nineteen ninety-six", "two thousand", "two thousand and five".
  private func readYearWords(_ i: Int, _ f: Vocabulary.Facts, into out: inout [Reading]) {
    guard let head = f.cardinal else { return }
    let base = out.count
    if (10...20).contains(head) {
      guard i + 1 < tokens.count else { return }
      cardinal(i + 1, into: &out)
      let end = out.count
      guard end > base else { return }
      for k in base..<end where out[k].count >= 1 && (10...99).contains(out[k].int) {
        if tokens[i + 1].kind == .number { continue }
        out.append(Reading(count: 1 + out[k].count, int: head * 100 + out[k].int))
      }
      out.removeSubrange(base..<end)
    } else if head <= 2, i + 1 < tokens.count, facts(i + 1).cardinal == 1000 {
      out.append(Reading(count: 2, int: head * 1000))
      var j = i + 2
      if isWord(j, words.and) { j += 1 }
      guard j < tokens.count else { return }
      let at = out.count
      cardinal(j, into: &out)
      let end = out.count
      guard end > at else { return }
      for k in at..<end where out[k].int < 100 && tokens[j].kind == .word {
        out.append(Reading(count: j - i + out[k].count, int: head * 1000 + out[k].int))
      }
      out.removeSubrange(at..<end)
    }
  }
}
