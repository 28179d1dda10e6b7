/// Finds when an article was published from the lines near its top and bottom.
///
/// Rules, strongest first: a labelled header ("First Published: Aug 13 2025 | 8:03 AM
/// IST", "Updated ..."; a "published" label beats "posted", which beats "updated");
/// a wire dateline ("MOSCOW, Aug. 13 (Reuters) -", its year taken from the header when
/// the dateline has none); a short line holding a full date ("August 13, 2025",
/// "13 August 2025", "2025-08-13", "08/13/2025"). The date is the local date of
/// publication; a time and a zone abbreviation give the hour and UTC offset.
public enum PublicationDateFinder {
  /// How many non-empty lines from the top and from the bottom are examined.
  static let topLines = 12
  static let bottomLines = 6
  /// Lines longer than this (in tokens) are body text, never a date line.
  static let shortLineTokens = 24
  static let headerLineTokens = 40

  /// One line of text with its tokens (offsets local to the line).
  struct Line {
    var text: String
    var scalars: [Unicode.Scalar]
    var tokens: [Token]
    /// True when only the start of a long (body-text) line was kept.
    var truncated = false
  }

  /// Longer lines are body text: only their start is read, for a dateline.
  static let longLineScalars = 240

  /// The publication date found in `text`, or nil when none can be anchored.
  public static func find(in text: String) -> PublicationDate? {
    let (top, bottom) = candidateLines(text)
    if let hit = header(top + bottom) { return hit }
    if let hit = dateline(top) { return hit }
    return dateLine(top) ?? dateLine(bottom)
  }

  /// The publication date found in already tokenized text.
  public static func find(in text: TokenizedText) -> PublicationDate? {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.scalars)
    return find(in: String(view))
  }

  /// The first `topLines` and last `bottomLines` non-empty lines (disjoint).
  ///
  /// Reads only as far into the text as it needs from each end.
  static func candidateLines(_ text: String) -> (top: [Line], bottom: [Line]) {
    let s = Array(text.unicodeScalars)
    func isBreak(_ c: Unicode.Scalar) -> Bool {
      c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }
    func visible(_ r: Range<Int>) -> Bool {
      s[r].contains { !$0.properties.isWhitespace && !Tokenizer.isInvisible($0) }
    }
    var top: [Range<Int>] = []
    var i = 0
    while i < s.count, top.count < topLines {
      var j = i
      while j < s.count, !isBreak(s[j]) { j += 1 }
      if visible(i..<j) { top.append(i..<j) }
      i = j + 1
    }
    let topEnd = min(i, s.count)
    var bottom: [Range<Int>] = []
    var j = s.count
    while j > topEnd, bottom.count < bottomLines {
      var k = j
      while k > topEnd, !isBreak(s[k - 1]) { k -= 1 }
      if visible(k..<j) { bottom.append(k..<j) }
      j = k - 1
    }
    func make(_ r: Range<Int>) -> Line {
      let long = r.count > longLineScalars
      let kept = long ? r.lowerBound..<(r.lowerBound + longLineScalars) : r
      let trimmed = String(String.UnicodeScalarView(s[kept])).trimmingSpaces()
      let tokenized = Tokenizer.tokenize(trimmed)
      return Line(text: trimmed, scalars: tokenized.scalars, tokens: tokenized.tokens, truncated: long)
    }
    return (top.map(make), bottom.reversed().map(make))
  }

  // MARK: header

  private static func header(_ lines: [Line]) -> PublicationDate? {
    var best: (rank: Int, date: PublicationDate)?
    for line in lines where !line.truncated && line.tokens.count <= headerLineTokens {
      let t = line.tokens
      var i = 0
      while i < t.count {
        guard i == 0 || t[i - 1].kind == .punctuation, let (rank, labelEnd) = label(t, i) else {
          i += 1
          continue
        }
        var end = labelEnd
        while end < t.count, label(t, end) == nil || end == labelEnd { end += 1 }
        let scanner = DateExpressionScanner(tokens: t)
        if let d = scanner.firstDate(in: labelEnd..<min(end, labelEnd + 14)) {
          let time = scanner.firstTime(in: d.range.upperBound..<end) ?? scanner.firstTime(in: labelEnd..<d.range.lowerBound)
          let lastToken = max(d.range.upperBound, time?.range.upperBound ?? 0) - 1
          let evidence = slice(line, from: i, through: lastToken)
          if let pub = make(line.tokens, line.scalars, d, time, "header", evidence), best.map({ rank < $0.rank }) ?? true {
            best = (rank, pub)
          }
        }
        i = end
      }
      if best?.rank == 0 { break }
    }
    return best?.date
  }

  /// The label's rank (0 = published, 1 = posted, 2 = updated, 3 = date) and end, at token `i`.
  private static func label(_ t: [Token], _ i: Int) -> (Int, Int)? {
    for words in DateWords.headerLabels where i + words.count <= t.count {
      var ok = true
      for (k, w) in words.enumerated() where t[i + k].lower != w {
        ok = false
        break
      }
      guard ok else { continue }
      let head = words.contains("published") ? 0 : words.contains("posted") ? 1 : words.contains("updated") ? 2 : 3
      var end = i + words.count
      while end < t.count, t[end].text == ":" || t[end].text == "-" || t[end].lower == "on" || t[end].lower == "at" {
        end += 1
      }
      // "Date" must be followed by a colon to count as a label.
      if head == 3, !(i + words.count < t.count && t[i + words.count].text == ":") { return nil }
      return (head, end)
    }
    return nil
  }

  // MARK: dateline

  private static let datelineDashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "_", "(", ":"]

  private static func dateline(_ lines: [Line]) -> PublicationDate? {
    for (index, line) in lines.enumerated() {
      let t = line.tokens
      guard let first = t.first, first.kind == .word, first.isCapitalized else { continue }
      let scanner = DateExpressionScanner(tokens: t)
      var i = 1
      while i < min(t.count, 12) {
        let tok = t[i]
        if tok.text == ",", let d = scanner.date(at: i + 1, limit: t.count), d.range.upperBound < t.count,
          datelineDashes.contains(t[d.range.upperBound].text)
        {
          let evidence = slice(line, from: 0, through: d.range.upperBound)
          if d.year != nil { return make(line.tokens, line.scalars, d, nil, "dateline", evidence) }
          guard let y = headerYear(lines, skipping: index, month: d.month, day: d.day) else { return nil }
          var full = d
          full.year = y
          return make(line.tokens, line.scalars, full, nil, "dateline", evidence)
        }
        guard tok.kind == .word || tok.text == "," || tok.text == "." || tok.text == "-" || tok.text == "'" else { break }
        i += 1
      }
    }
    return nil
  }

  /// A year printed near the top: from a full date on a short line, else a short line
  /// that is or ends with a year ("2025", "August 2025").
  private static func headerYear(_ lines: [Line], skipping: Int, month: Int, day: Int) -> Int? {
    var candidates: [(k: Int, line: Line)] = []
    for (k, line) in lines.enumerated() where k != skipping { candidates.append((k, line)) }
    if let d = candidates.lazy.compactMap({ dateOnly($0.line) }).first, let y = d.date.year { return y }
    for (_, line) in candidates where line.tokens.count <= 3 {
      if let last = line.tokens.last, last.kind == .number, last.text.utf8.count == 4,
        let y = last.intValue, (1800...2199).contains(y)
      {
        return y
      }
    }
    return nil
  }

  // MARK: date line

  private static func dateLine(_ lines: [Line]) -> PublicationDate? {
    for line in lines {
      if let (d, time) = dateOnly(line), let pub = make(line.tokens, line.scalars, d, time, "line", line.text) {
        return pub
      }
    }
    return nil
  }

  /// A full date (and time) on a line that says little else: at most `maxOtherWords`
  /// words outside them ("By Ana Ruiz, August 13, 2025", "Wed 13 Aug 2025 09:30 BST").
  private static func dateOnly(_ line: Line) -> (date: DateExpressionScanner.DateHit, time: DateExpressionScanner.TimeHit?)? {
    guard !line.truncated, line.tokens.count <= shortLineTokens else { return nil }
    let scanner = DateExpressionScanner(tokens: line.tokens)
    let all = 0..<line.tokens.count
    guard let d = scanner.firstDate(in: all) else { return nil }
    let time = scanner.firstTime(in: d.range.upperBound..<all.upperBound) ?? scanner.firstTime(in: 0..<d.range.lowerBound)
    var other = 0
    for (k, t) in line.tokens.enumerated() where t.kind != .punctuation {
      if d.range.contains(k) || (time?.range.contains(k) ?? false) { continue }
      other += 1
    }
    return other <= maxOtherWords ? (d, time) : nil
  }

  static let maxOtherWords = 4

  // MARK: helpers

  private static func make(
    _ tokens: [Token], _ scalars: [Unicode.Scalar], _ d: DateExpressionScanner.DateHit, _ time: DateExpressionScanner.TimeHit?, _ source: String, _ evidence: String
  ) -> PublicationDate? {
    guard let y = d.year, let date = CivilDate(validYear: y, month: d.month, day: d.day) else { return nil }
    if let iso = isoWord(tokens, scalars, d), iso.hour != nil {
      return PublicationDate(
        date: iso.date, hour: iso.hour, minute: iso.minute, utcOffsetMinutes: iso.utcOffsetMinutes, source: source,
        evidence: evidence)
    }
    return PublicationDate(
      date: date, hour: time?.hour, minute: time?.minute, utcOffsetMinutes: time?.offset, source: source,
      evidence: evidence)
  }

  /// An ISO date-time written as one word where the date starts ("2025-08-13T08:03Z").
  private static func isoWord(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ d: DateExpressionScanner.DateHit) -> PublicationDate? {
    var i = tokens[d.range.lowerBound].start
    var view = String.UnicodeScalarView()
    while i < scalars.count, !scalars[i].properties.isWhitespace {
      view.append(scalars[i])
      i += 1
    }
    var word = String(view)
    while let last = word.unicodeScalars.last, ",;|.)".unicodeScalars.contains(last) {
      word = String(word.unicodeScalars.dropLast())
    }
    return parseISO(word, source: "")
  }

  /// The line's text from token `a` through token `b`.
  private static func slice(_ line: Line, from a: Int, through b: Int) -> String {
    let scalars = line.scalars
    let lo = line.tokens[a].start
    let hi = line.tokens[min(b, line.tokens.count - 1)].end
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lo..<hi])
    return String(view)
  }
}

extension String {
  /// The string without leading and trailing white space.
  func trimmingSpaces() -> String {
    let s = unicodeScalars
    guard let lo = s.firstIndex(where: { !$0.properties.isWhitespace }),
      let hi = s.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(s[lo...hi])
  }
}
