import AnnalsText

/// The token context a production sees: the match, the tokens and the lexicon.
struct ProductionInput {
  var match: RuleMatch
  var classes: ClassMatcher
  var lexicon: Lexicon { classes.lexicon }
  var argument: String { match.rule.argument }

  func capture(_ c: TokenClass) -> Capture? { match.captures.first { $0.tokenClass == c } }
  func int(_ c: TokenClass) -> Int? { capture(c)?.int }
  func has(_ word: String) -> Bool { match.captures.contains { $0.word == word } }

  /// The offset of the last relation word in the match ("earlier this month" -> this).
  var relation: Int? {
    for c in match.captures.reversed() {
      if let w = c.word, let v = lexicon.relations[w] { return v }
    }
    return nil
  }

  /// The count: a number, a counting word ("twice"), or 1 for "a"/"an"/none; doubled for a fortnight.
  var count: Int {
    let times = isDoubledUnit ? 2 : 1
    if let n = int(.number) { return n * times }
    for c in match.captures { if let w = c.word, let v = lexicon.cardinals[w] { return v * times } }
    return times
  }

  /// True when the unit word counts twice ("a fortnight").
  var isDoubledUnit: Bool {
    guard !lexicon.doubledUnits.isEmpty, let c = capture(.unit) else { return false }
    return lexicon.doubledUnits.contains(classes.key(c.first))
  }

  /// True when a short unit word ("hrs", "sec") is not one here: capitalized ("SEC", "HR", "Sec.") or alone.
  var misreadUnitAbbreviation: Bool {
    guard let c = capture(.unit), lexicon.unitAbbreviations.contains(classes.key(c.first)) else { return false }
    let t = classes.tokens[c.first]
    return match.captures.count == 1 || t.text != t.lower
  }

  var unit: TimeUnit? {
    if let u = TimeUnit(rawValue: argument) { return u }
    if let c = capture(.unit) { return TimeUnit(rawValue: c.code) }
    for c in match.captures { if let w = c.word, let u = lexicon.units[w] { return u } }
    return nil
  }

  /// True when the match says "tonight" (or "tonite").
  var saysTonight: Bool { has("tonight") || has("tonite") }

  /// The part of day the match names: a `<pod>` word, or "tonight" (NI).
  var partOfDay: String? {
    if let c = capture(.pod) { return c.code }
    return saysTonight ? "NI" : nil
  }

  /// A two-digit year ("'24", "8/13/25"): up to 30 in this century, else in the last one.
  var twoDigitYear: Int? { int(.num2).map { $0 <= 30 ? 2000 + $0 : 1900 + $0 } }

  /// The day a clock time is said on by "this evening", "tomorrow morning" or "tonight" (nil: none is said,
  /// and "at 4 in the morning" keeps the day the text is on).
  var spokenDay: Spec? {
    if saysTonight { return .deicticDay(offset: 0, pod: nil) }
    // The word just before the part of day: "this evening", "tomorrow morning" (not "past" of
    // "quarter past eight in the evening").
    guard let pod = capture(.pod), let k = match.captures.firstIndex(where: { $0.first == pod.first }), k > 0,
      let w = match.captures[k - 1].word, let r = lexicon.relations[w]
    else { return nil }
    return .deicticDay(offset: r, pod: nil)
  }

  /// True when the day is written as an ordinal ("20th", "twentieth"), not a bare number.
  func isOrdinalDay(_ c: Capture) -> Bool {
    classes.tokens[c.first].kind == .word || classes.digitOrdinal(c.first) != nil
  }

  /// The token key just before / after the match, or "" at the edges.
  var before: String { match.start > 0 ? classes.key(match.start - 1) : "" }
  var after: String { match.end < classes.tokens.count ? classes.key(match.end) : "" }

  /// True when a glued hyphen and word follow ("the year-earlier"): the match is part of a compound.
  var continuesCompound: Bool {
    let t = classes.tokens
    let e = match.end
    return e + 1 < t.count && t[e].text == "-" && !t[e].spaceBefore && !t[e + 1].spaceBefore && t[e + 1].kind == .word
  }

  /// The month and day just after the match and its one-word context ("the quarter ended Sept. 30").
  var closingDate: (month: Int, day: Int?)? {
    let t = classes.tokens
    var j = match.end + 1
    guard j < t.count, let m = lexicon.months[classes.key(j)] else { return nil }
    j += 1
    if j < t.count, t[j].text == "." { j += 1 }
    guard j < t.count, let d = t[j].intValue, (1...31).contains(d) else { return (m.month, nil) }
    return (m.month, d)
  }

  /// The offsets of the relation words in the match, in order ("the day before last Tuesday": -1, -1).
  var relations: [Int] { match.captures.compactMap { c in c.word.flatMap { lexicon.relations[$0] } } }

  /// The day a composite expression is built on: a holiday, a weekday (with its own "last"/"next")
  /// or a month and day.
  var namedDay: Spec? {
    if let n = int(.holiday), n < lexicon.holidays.count { return .holiday(lexicon.holidays[n].rule) }
    if let w = int(.weekday) {
      let r = relations
      return .weekday(w, relation: r.count >= 2 ? r.last : nil, pod: nil)
    }
    if let m = int(.month), let d = int(.day) { return .monthDay(month: m, day: d) }
    return nil
  }

  /// The month a weekday or week is counted in: "of November", "of March 2022", "of the month".
  func periodMonth(offset: Int) -> Spec? {
    if let m = int(.month) {
      if let y = int(.year4) { return .fixed(.month(year: y, month: m)) }
      return .monthDay(month: m, day: nil)
    }
    guard has("month") else { return nil }
    return .deictic(.month, offset: offset)
  }

  /// True for a share, not a span: "three-quarters of its food", "a quarter of the market"
  /// (but "several quarters of losses" is a span).
  var isFraction: Bool {
    guard unit == .quarter, after == "of", has("-") || before == "-" || count == 1 else { return false }
    let t = classes.tokens
    let j = match.end + 1
    return !(j < t.count && t[j].kind == .number) && !(j + 1 < t.count && t[j + 1].kind == .number)
  }

  /// True when the unit word is capitalized inside a sentence: a title ("ABC's This Week").
  var isTitleCase: Bool {
    guard let c = capture(.unit), match.start > 0 else { return false }
    let t = classes.tokens
    for i in match.start..<match.end where lexicon.units[classes.key(i)] == TimeUnit(rawValue: c.code) {
      let w = t[i].text
      return t[i].isCapitalized && w.lowercased() != w && w.uppercased() != w
    }
    return false
  }

  /// True when an age follows: "6-year-old", "52 years old".
  var isAge: Bool {
    let t = classes.tokens
    var e = match.end
    if e < t.count, t[e].text == "-" { e += 1 }
    return e < t.count && t[e].lower == "old"
  }

  /// True when the match is glued by a hyphen or slash to other digits, as in a phone number or an id.
  var inNumberChain: Bool {
    let t = classes.tokens
    let s = match.start
    if s >= 2, !t[s].spaceBefore, !t[s - 1].spaceBefore, t[s - 2].kind == .number, t[s - 2].text.utf8.count != 4,
      ["-", "/"].contains(t[s - 1].text)
    {
      return true
    }
    let e = match.end
    if e + 1 < t.count, !t[e].spaceBefore, !t[e + 1].spaceBefore, t[e + 1].kind == .number,
      ["-", "/"].contains(t[e].text)
    {
      // "2019-20" and "2019-2020" are ranges of years; "2019-4471" is an id.
      let n = t[e + 1].intValue ?? 0
      return !(t[e + 1].text.utf8.count == 2 || (t[e + 1].text.utf8.count == 4 && (1000...2099).contains(n)))
    }
    return false
  }
}

extension Production {
  /// Builds the draft for a match, or nil when the guard of this production rejects it.
  func build(_ p: ProductionInput) -> Draft? {
    if p.misreadUnitAbbreviation { return nil }
    switch self {
    case .date: return date(p)
    case .year:
      guard let y = p.int(.year4) ?? p.int(.yearwords) ?? p.twoDigitYear else {
        return nil
      }
      if ["$", "£", "€", "#"].contains(p.before) || p.lexicon.nonDateBefore.contains(p.before) { return nil }
      if p.inNumberChain { return nil }
      if p.lexicon.nonDateNouns.contains(p.after) || p.after == "%" { return nil }
      return Draft(type: .date, spec: .fixed(.year(y)))
    case .decade:
      if let c = p.int(.century) {
        let k = max(1, p.int(.ordinal) ?? 1)
        return Draft(type: .date, spec: .fixed(.decade(c * 10 + k - 1)))
      }
      return p.int(.decade).map { Draft(type: .date, spec: .fixed(.decade($0))) }
    case .century:
      return p.int(.century).map { Draft(type: .date, spec: .fixed(.century($0))) }
    case .season:
      guard let code = p.capture(.season)?.code else { return nil }
      if let y = p.int(.year4) ?? p.int(.yearwords) {
        return Draft(type: .date, spec: .fixed(.season(year: y, code: code)))
      }
      if let r = p.relation { return Draft(type: .date, spec: .season(code, offset: r)) }
      if p.after == "of" || !p.lexicon.monthContext.contains(p.before) { return nil }
      return Draft(type: .date, spec: .season(code, offset: nil))
    case .quarter, .half:
      let unit: TimeUnit = self == .quarter ? .quarter : .half
      if let y = p.int(.year4), p.int(.ordinal) == nil, p.int(.qtoken) == nil, p.int(.htoken) == nil,
        p.argument.isEmpty
      {
        return Draft(type: .date, spec: .periodOfYear(y))  // "the 1988 quarter"
      }
      guard let n = p.int(.ordinal) ?? p.int(.qtoken) ?? p.int(.htoken) ?? Int(p.argument), n >= 1, n <= (unit == .quarter ? 4 : 2)
      else { return nil }
      // "Q2 '24": a two-digit year after an apostrophe.
      if let y = p.int(.year4) ?? (p.has("'") ? p.twoDigitYear : nil) {
        return Draft(
          type: .date, spec: .fixed(unit == .quarter ? .quarter(year: y, quarter: n) : .half(year: y, half: n)))
      }
      return Draft(type: .date, spec: .partOfYear(unit, n))
    case .day:
      let pod = p.capture(.pod)?.code ?? (p.argument.isEmpty ? nil : p.argument)
      return Draft(type: pod == nil ? .date : .time, spec: .deicticDay(offset: p.relation ?? 0, pod: pod))
    case .weekday:
      guard let d = p.int(.weekday) else { return nil }
      // "the Sunday Times": a name, not a day.
      if p.before == "the", p.match.end < p.classes.tokens.count, p.classes.tokens[p.match.end].isCapitalized,
        p.lexicon.months[p.after] == nil
      {
        return nil
      }
      // TimeBank annotates "Tuesday night" as a DATE that keeps the part of day in its value.
      if p.argument == "ana", let r = p.relation, r != 0 {
        return Draft(type: .date, spec: .weekdayFrom(d, offset: r))
      }
      // "monday next week", "friday of last week": that weekday of the week named.
      if p.argument == "week", let r = p.relation {
        return Draft(type: .date, spec: .dayShift(.deictic(.week, offset: r), days: d - 1))
      }
      // "Tuesday nights": a plural part of day makes a recurring time.
      if let c = p.capture(.pod), p.classes.key(c.first).hasSuffix("s"), p.relation == nil {
        return Draft(type: .set, spec: .literal("XXXX-WXX-\(d)T\(c.code)"))
      }
      let pod = p.capture(.pod)?.code
      return Draft(type: .date, spec: .weekday(d, relation: p.relation, pod: pod), fixedType: true)
    case .rel:
      guard let u = p.unit, u.isCalendar, !p.continuesCompound, !p.isTitleCase, !p.isDoubledUnit else { return nil }
      if let c = p.capture(.unit), c.int != 1 { return nil }
      // "the week after next", "the month before last": the two offsets add up.
      let offset = p.argument == "sum" ? p.relations.reduce(0, +) : p.relation ?? (u == .weekend ? nil : 0)
      return Draft(type: .date, spec: .deictic(u, offset: offset))
    case .monthyear, .quarteryear:
      guard let r = p.relation else { return nil }
      if self == .monthyear, let m = p.capture(.month), m.code != "abbr" {
        return Draft(type: .date, spec: .partOfRelativeYear(.month, m.int, offset: r))
      }
      guard self == .quarteryear, let q = p.int(.ordinal) else { return nil }
      // "the first half of next year": a half of the year named, as for a quarter.
      let unit: TimeUnit = p.has("half") ? .half : .quarter
      guard (1...(unit == .half ? 2 : 4)).contains(q) else { return nil }
      return Draft(type: .date, spec: .partOfRelativeYear(unit, q, offset: r))
    case .holiday:
      guard let n = p.int(.holiday), n < p.lexicon.holidays.count else { return nil }
      // "Ukraine's Independence Day", "Russia's Christmas": another country's day, not the one the table gives.
      if p.lexicon.nationalHolidays.contains(p.lexicon.holidays[n].tokens.joined(separator: " ")), p.before == "s",
        p.match.start >= 3, p.classes.key(p.match.start - 2) == "'", p.classes.tokens[p.match.start - 3].isCapitalized
      {
        return nil
      }
      let rule = p.lexicon.holidays[n].rule
      // "Christmas morning", "Halloween night": the holiday's part of day.
      if let pod = p.capture(.pod)?.code, p.int(.year4) == nil {
        let day: Spec = p.relation.map { $0 != 0 ? .holidayRelative(rule, offset: $0) : .holiday(rule) } ?? .holiday(rule)
        return Draft(type: .time, spec: .partOfDayOf(day, pod))
      }
      if let y = p.int(.year4) { return Draft(type: .date, spec: .fixed(.day(rule.date(in: y)))) }
      if let r = p.relation, r != 0 { return Draft(type: .date, spec: .holidayRelative(rule, offset: r)) }
      return Draft(type: .date, spec: .holiday(rule))
    case .monthrel:
      guard let m = p.capture(.month), m.code != "abbr", let r = p.relation else { return nil }
      return Draft(type: .date, spec: .monthRelative(month: m.int, offset: r))
    case .ago, .fromnow:
      guard let u = p.unit, p.count > 0 else { return nil }
      // "an hour ago", "20 minutes ago": an instant before publication.
      if self == .ago, u == .hour || u == .minute {
        return Draft(type: .time, spec: .minutesFromPublication(-p.count * (u == .hour ? 60 : 1)))
      }
      if self == .fromnow, p.match.rule.context != nil, u != .day {
        return Draft(type: .duration, spec: .literal(u.duration(String(p.count))))
      }
      guard u.isCalendar else { return nil }
      if u == .decade || u == .century {
        // "a decade ago": the year ten years back.
        return Draft(
          type: .date, spec: .deictic(.year, offset: (self == .ago ? -1 : 1) * p.count * (u == .decade ? 10 : 100)))
      }
      if self == .ago, u == .year, p.count == 1 {
        return Draft(type: .date, spec: .anaphor(.year, offset: -1, keep: true, onlyPeriods: true))
      }
      return Draft(type: .date, spec: .deictic(u, offset: self == .ago ? -p.count : p.count))
    case .agox:
      guard p.unit != nil else { return nil }
      return Draft(type: .date, spec: .literal("PAST_REF"))
    case .shift, .ana:
      guard let u = p.unit, u.isCalendar, !p.continuesCompound, let r = p.relation ?? (self == .ana ? 0 : nil) else {
        return nil
      }
      if self == .ana, let c = p.capture(.unit), c.int != 1 { return nil }
      if self == .ana, p.argument == "end" {
        guard let e = p.closingDate else { return nil }
        return Draft(type: .date, spec: .periodEnding(u, month: e.month, day: e.day))
      }
      if self == .shift, u == .year, p.has("-") {
        let noun = p.match.captures.compactMap { $0.word.flatMap { p.lexicon.units[$0] } }.last
        return Draft(type: .date, spec: .yearAgoPeriod(noun: noun == .year ? nil : noun))
      }
      return Draft(
        type: .date,
        spec: .anaphor(u, offset: self == .shift ? r * p.count : r, keep: self == .shift, onlyPeriods: false))
    case .clock, .clockword: return clock(p)
    case .duration:
      if p.argument == "compound" { return compoundDuration(p) }
      if p.argument == "halfof" {
        // "half an hour", "half a day".
        let halves: [TimeUnit: String] = [.hour: "PT30M", .minute: "PT30S", .day: "PT12H", .year: "P6M"]
        guard let u = p.unit, !p.isDoubledUnit, let v = halves[u] else { return nil }
        return Draft(type: .duration, spec: .literal(v))
      }
      // "a year-earlier loss": the unit belongs to a compound that another rule reads.
      guard let u = p.unit, !p.isAge, !p.continuesCompound || p.has("-"), !p.isFraction else { return nil }
      // "the 1988 quarter" is a period, not 1988 quarters; "a five year low" is a duration.
      if let c = p.capture(.unit), c.int == 1, p.count >= 1000 { return nil }
      // "decades-long": a plural unit without a number is an unknown count.
      let counted =
        p.int(.number) != nil || p.match.captures.contains { $0.word.map { p.lexicon.cardinals[$0] != nil } ?? false }
      let n = p.capture(.unit)?.int == 2 && !counted ? "X" : String(p.count)
      var d = Draft(
        type: .duration, spec: .literal(p.argument == "half" ? u.durationAndHalf(p.count) : u.duration(n))
      )
      // "the past 3 weeks", "the next two quarters": anchored at publication.
      if n != "X", p.argument != "half", let r = p.relation, r != 0, !p.has("first") {
        d.reach = r < 0 ? .past(u, p.count) : .next(u, p.count)
      }
      return d
    case .durationx:
      guard let u = p.unit, !p.isAge, p.before != "of", !(p.before == "-" && p.isFraction) else { return nil }
      if p.match.captures.count == 1, p.capture(.unit)?.int != 2 { return nil }
      return Draft(type: .duration, spec: .literal(u.duration("X")))
    case .set: return set(p)
    case .setword:
      // "the party daily Granma": a newspaper, not a frequency.
      if p.match.end < p.classes.tokens.count, p.classes.tokens[p.match.end].isCapitalized { return nil }
      return Draft(type: .set, spec: .literal(p.argument))
    case .yearago:
      let noun = p.match.captures.compactMap { $0.word.flatMap { p.lexicon.units[$0] } }.first { $0 != .year }
      return Draft(type: .date, spec: .yearAgoPeriod(noun: noun))
    case .dayofyear:
      let md = p.argument.split(separator: "-").compactMap { Int($0) }
      guard md.count == 2, (1...12).contains(md[0]), (1...31).contains(md[1]) else { return nil }
      return Draft(type: .date, spec: .monthDay(month: md[0], day: md[1]))
    case .refinitial:
      guard p.classes.tokens[p.match.start].isCapitalized else { return nil }
      return Draft(type: .date, spec: .literal(p.argument))
    case .ref:
      return Draft(type: .date, spec: p.argument == "PRESENT_REF" ? .present : .literal(p.argument))
    case .within:
      guard let u = TimeUnit(rawValue: p.argument), let day = p.namedDay else { return nil }
      return Draft(type: .date, spec: .holding(day, u))
    case .dayshift:
      guard let day = p.namedDay, let r = p.relations.first, r != 0 else { return nil }
      return Draft(type: .date, spec: .dayShift(day, days: r))
    case .range: return range(p)
    case .unitshift:
      guard let u = p.unit, u.isCalendar else { return nil }
      let r =
        p.has("from") || p.has("after") || p.has("next") ? 1 : (p.has("ago") || p.has("before") || p.has("last") ? -1 : 0)
      guard r != 0 else { return nil }
      let day: Spec = p.namedDay ?? .deicticDay(offset: p.has("tomorrow") ? 1 : (p.has("yesterday") ? -1 : 0), pod: nil)
      return Draft(type: .date, spec: .unitShift(day, u, r * p.count))
    case .nthweekday:
      guard let w = p.int(.weekday) else { return nil }
      let n = p.int(.ordinal) ?? -1
      // "the last Monday of last month": the ordinal "last" counts weekdays; a relation word, months.
      guard n == -1 || (1...5).contains(n), let period = p.periodMonth(offset: p.relation ?? 0) else { return nil }
      return Draft(type: .date, spec: .nthWeekday(n, weekday: w, period: period))
    case .weekofmonth:
      guard let n = p.int(.ordinal), (1...5).contains(n), let period = p.periodMonth(offset: p.relation ?? 0) else {
        return nil
      }
      return Draft(type: .date, spec: .weekOfMonth(n, period: period))
    case .endof:
      guard let u = TimeUnit(rawValue: p.argument) else { return nil }
      // "EOD" is an acronym only in capitals: "eod" in running text is something else.
      if p.classes.tokens[p.match.start].text.uppercased() != p.classes.tokens[p.match.start].text { return nil }
      return Draft(type: .date, spec: .deictic(u, offset: 0), mod: "END")
    case .isoweek:
      guard let n = p.int(.isoweek) ?? p.int(.number), (1...53).contains(n), let y = p.int(.year4) else { return nil }
      // Week 53 exists only in long ISO years.
      guard CivilDate.mondayOf(isoYear: y, week: n).isoWeek.week == n else { return nil }
      return Draft(type: .date, spec: .fixed(.week(year: y, week: n)))
    case .clockphrase: return clockPhrase(p)
    case .dayofmonth: return dayOfMonth(p)
    case .clockduration:
      let parts = p.match.captures.filter { $0.tokenClass == .hour || $0.tokenClass == .minute }.map(\.int)
      guard parts.count == 3 else { return nil }
      var v = "PT"
      if parts[0] > 0 { v += "\(parts[0])H" }
      if parts[1] > 0 { v += "\(parts[1])M" }
      if parts[2] > 0 || v == "PT" { v += "\(parts[2])S" }
      return Draft(type: .duration, spec: .literal(v))
    }
  }

  /// "June 3-7", "3-7 June", "2018-2020", "Tuesday through Thursday", "between 2 and 4 pm".
  private func range(_ p: ProductionInput) -> Draft? {
    func all(_ c: TokenClass) -> [Int] { p.match.captures.filter { $0.tokenClass == c }.map(\.int) }
    let days = all(.day), months = all(.month), years = all(.year4), weekdays = all(.weekday), hours = all(.hour)
    let a: Spec, b: Spec
    if days.count == 2, !months.isEmpty {
      let (m1, m2) = (months[0], months.count > 1 ? months[1] : months[0])
      // A day range reads in the order written: "3-7 June" and "June 3-7", not "7-3".
      guard m1 != m2 || days[0] < days[1], days[0] <= CivilDate.daysIn(year: 2024, month: m1),
        days[1] <= CivilDate.daysIn(year: 2024, month: m2)
      else { return nil }
      if let y = years.last {
        guard let d1 = CivilDate(validYear: y, month: m1, day: days[0]), let d2 = CivilDate(validYear: y, month: m2, day: days[1])
        else { return nil }
        (a, b) = (.fixed(.day(d1)), .fixed(.day(d2)))
      } else {
        (a, b) = (.monthDay(month: m1, day: days[0]), .monthDay(month: m2, day: days[1]))
      }
    } else if months.count == 2, days.isEmpty {
      guard months[0] != months[1] else { return nil }
      if let y = years.last {
        let y1 = months[0] < months[1] ? y : y - 1
        (a, b) = (.fixed(.month(year: y1, month: months[0])), .fixed(.month(year: y, month: months[1])))
      } else {
        (a, b) = (.monthDay(month: months[0], day: nil), .monthDay(month: months[1], day: nil))
      }
    } else if years.count == 2 || (years.count == 1 && p.int(.num2) != nil) {
      let y1 = years[0]
      var y2 = years.count == 2 ? years[1] : (y1 / 100) * 100 + (p.int(.num2) ?? 0)
      if years.count == 1, y2 <= y1 { y2 += 100 }
      // "2018-2020" is a range; "1998-1997" or a span of centuries is not one of these.
      guard y2 > y1, y2 - y1 <= 100 else { return nil }
      if p.inNumberChain || p.lexicon.nonDateNouns.contains(p.after) { return nil }
      (a, b) = (.fixed(.year(y1)), .fixed(.year(y2)))
    } else if weekdays.count == 2 {
      guard weekdays[0] != weekdays[1] else { return nil }
      (a, b) = (.weekday(weekdays[0], relation: nil, pod: nil), .weekday(weekdays[1], relation: nil, pod: nil))
    } else if case let tokens = all(.clocktoken), tokens.count == 2 {
      (a, b) = (.clock(nil, hour: tokens[0] / 60, minute: tokens[0] % 60), .clock(nil, hour: tokens[1] / 60, minute: tokens[1] % 60))
    } else if hours.count == 2, all(.minute).count == 2, p.capture(.ampm) == nil {
      let minutes = all(.minute)
      guard hours[0] < 24, hours[1] < 24 else { return nil }
      (a, b) = (.clock(nil, hour: hours[0], minute: minutes[0]), .clock(nil, hour: hours[1], minute: minutes[1]))
    } else if hours.count == 2, let ampm = p.capture(.ampm) {
      guard (1...12).contains(hours[0]), (1...12).contains(hours[1]) else { return nil }
      let minutes = all(.minute)
      let h2 = hours[1] % 12 + ampm.int
      // "between 2 and 4 pm": the first hour takes the same half of the day unless it would come after the second.
      var h1 = hours[0] % 12 + ampm.int
      if h1 > h2 { h1 = hours[0] % 12 }
      (a, b) = (.clock(nil, hour: h1, minute: minutes.count == 2 ? minutes[0] : 0),
                .clock(nil, hour: h2, minute: minutes.last ?? 0))
    } else {
      return nil
    }
    var d = Draft(type: .date, spec: .between(a, b))
    if p.argument == "split" {
      let connectors: Set<String> = ["-", "–", "—", "to", "through", "thru", "until", "till", "and"]
      guard let c = p.match.captures.first(where: { $0.word.map(connectors.contains) ?? false }) else { return nil }
      d.split = c.first..<(c.first + c.count)
    }
    return d
  }

  /// "1 hr 30 min", "two years and three months": counts of two units, the larger first.
  private func compoundDuration(_ p: ProductionInput) -> Draft? {
    let counts = p.match.captures.filter { $0.tokenClass == .number }.map(\.int)
    let units = p.match.captures.filter { $0.tokenClass == .unit }
    let order: [TimeUnit] = [.year, .month, .week, .day, .hour, .minute, .second]
    guard counts.count == 2, units.count == 2, !p.isDoubledUnit,
      !units.contains(where: { p.lexicon.doubledUnits.contains(p.classes.key($0.first)) }),
      let u1 = TimeUnit(rawValue: units[0].code), let u2 = TimeUnit(rawValue: units[1].code),
      let k1 = order.firstIndex(of: u1), let k2 = order.firstIndex(of: u2), k1 < k2, counts.allSatisfy({ $0 > 0 })
    else { return nil }
    // A week mixes with no other unit in an ISO 8601 duration: seven days each.
    var parts: [(TimeUnit, Int)] = [(u1, counts[0]), (u2, counts[1])]
    if u1 == .week { parts[0] = (.day, counts[0] * 7 + (u2 == .day ? counts[1] : 0)); if u2 == .day { parts.removeLast() } }
    var date = "", time = ""
    for (u, n) in parts {
      switch u {
      case .year: date += "\(n)Y"
      case .month: date += "\(n)M"
      case .day: date += "\(n)D"
      case .hour: time += "\(n)H"
      case .minute: time += "\(n)M"
      case .second: time += "\(n)S"
      default: return nil
      }
    }
    return Draft(type: .duration, spec: .literal("P" + date + (time.isEmpty ? "" : "T" + time)))
  }

  /// "half past seven", "quarter to six", "twenty past nine": minutes from a spoken phrase.
  private func clockPhrase(_ p: ProductionInput) -> Draft? {
    // "three to seven years", "five to ten people": counts, not a time.
    if p.lexicon.units[p.after] != nil || p.lexicon.nonDateNouns.contains(p.after) { return nil }
    let numbers = p.match.captures.filter { $0.tokenClass == .number }.map(\.int)
    guard let hourWord = numbers.last, (1...12).contains(hourWord) else { return nil }
    var minutes: Int
    if p.has("half") {
      minutes = 30
    } else if p.has("quarter") {
      minutes = 15
    } else {
      guard numbers.count == 2, (1...30).contains(numbers[0]) else { return nil }
      minutes = numbers[0]
    }
    var hour = hourWord
    if p.has("to") || p.has("till") || p.has("before") {
      hour = hourWord == 1 ? 12 : hourWord - 1
      minutes = 60 - minutes
    }
    if let ampm = p.capture(.ampm) {
      hour = hour % 12 + ampm.int
    } else if let pod = p.partOfDay, pod != "MO", pod != "NI" || hour >= 6 {
      hour = hour % 12 + 12
    }
    return Draft(type: .time, spec: .clock(p.spokenDay, hour: hour, minute: minutes))
  }

  /// "on the 20th", "Tuesday the 19th", "the thirtieth": an ordinal day, read only where the words
  /// around it say a date ("the 20th century", "the 2nd and 3rd floors", "bogeyed the 17th" are not).
  private func dayOfMonth(_ p: ProductionInput) -> Draft? {
    guard let c = p.capture(.day), p.isOrdinalDay(c) else { return nil }
    let t = p.classes.tokens
    let weekday = p.int(.weekday)
    // A word ordinal below ten is far more often a rank ("the third", "on Friday, the first to ...").
    if t[c.first].kind == .word, c.int < 10 { return nil }
    if weekday == nil {
      let s = p.match.start
      let opensSentence = s == 0 || t[s].newlineBefore || t[s - 1].kind == .punctuation
      guard opensSentence || p.lexicon.dayOfMonthBefore.contains(p.before) else { return nil }
    }
    let e = p.match.end
    if e < t.count {
      guard t[e].kind == .punctuation || p.lexicon.dayOfMonthAfter.contains(p.after) else { return nil }
      // "the 15th of this month", not "the 12th of 40 runners".
      if p.after == "of", e + 1 < t.count, !["this", "next", "last", "that"].contains(p.classes.key(e + 1)) { return nil }
      // "the 11th to 13th century", "the 2nd and 3rd floors": the ordinal joins another one.
      if e + 1 < t.count, ["to", "and", "or", "through", "-", "–"].contains(p.after),
        p.classes.digitOrdinal(e + 1) != nil || p.lexicon.ordinals[p.classes.key(e + 1)] != nil
      {
        return nil
      }
    }
    return Draft(type: .date, spec: .dayOfMonth(c.int, weekday: weekday))
  }

  private func date(_ p: ProductionInput) -> Draft? {
    let monthCapture = p.capture(.month)
    guard let month = monthCapture?.int ?? p.int(.monthnum) else { return nil }
    // "03/04/2025" reads either way: the document's day-month order decides (see `DateOrder`).
    if p.argument == "mdy" || p.argument == "dmy", let d = p.int(.day), d <= 12, month <= 12,
      (p.argument == "dmy") != p.classes.dayFirst
    {
      return nil
    }
    if p.inNumberChain, p.argument == "mdy" || p.argument == "dmy" { return nil }
    // "March the 23rd": only an ordinal ("in March the 12 members voted" is no date).
    if p.argument == "ordinal", !(p.capture(.day).map(p.isOrdinalDay) ?? false) { return nil }
    // "2021 July": one line, and not the year of a heading before "June 6, 2005" or a day ("2005 June 6").
    if p.argument == "ym" {
      let t = p.classes.tokens
      if (p.match.start + 1..<p.match.end).contains(where: { t[$0].newlineBefore }) { return nil }
      if p.match.end < t.count, t[p.match.end].kind == .number || p.classes.digitOrdinal(p.match.end) != nil { return nil }
    }
    let year = p.int(.year4) ?? p.int(.yearwords) ?? p.twoDigitYear
    let day = p.int(.day)
    if let m = monthCapture, day == nil, year == nil {
      if m.code == "abbr" { return nil }
      if m.code == "ambiguous" && !p.lexicon.monthContext.contains(p.before) { return nil }
    }
    if let m = monthCapture, m.code == "ambiguous", day != nil, year == nil, p.match.captures.count == 2 {
      // "May 5" is a date; "May 5 people" is not likely, but "March 15,000" is rejected by the number check.
      if p.lexicon.nonDateNouns.contains(p.after) { return nil }
    }
    if let y = year {
      if let d = day {
        guard let date = CivilDate(validYear: y, month: month, day: d) else { return nil }
        return Draft(type: .date, spec: .fixed(.day(date)))
      }
      return Draft(type: .date, spec: .fixed(.month(year: y, month: month)))
    }
    if let d = day, d > CivilDate.daysIn(year: 2024, month: month) { return nil }
    if let d = day, let r = p.relation, r != 0 {
      return Draft(type: .date, spec: .holidayRelative(HolidayRule(month: month, day: d), offset: r))
    }
    return Draft(type: .date, spec: .monthDay(month: month, day: day))
  }

  private func clock(_ p: ProductionInput) -> Draft? {
    var hour: Int
    var minuteRead: Int?
    if self == .clockword {
      guard let h = Int(p.argument) else { return nil }
      hour = h
    } else if let t = p.capture(.clocktoken) {
      // "9a" is a clock time only where the sentence asks for one ("at 9a"): the rule gives that context.
      if t.code == "short" && p.match.rule.context == nil { return nil }
      (hour, minuteRead) = (t.int / 60, t.int % 60)
    } else if let h = p.int(.hour), let m = p.capture(.minuteampm) {
      guard (1...12).contains(h) else { return nil }
      (hour, minuteRead) = (h % 12 + (m.code == "pm" ? 12 : 0), m.int)
    } else {
      // "nine o'clock": a number word is an hour only before "o'clock".
      guard let h = p.int(.hour) ?? (p.has("clock") ? p.int(.number) : nil) else { return nil }
      hour = h
      if let ampm = p.capture(.ampm) {
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + ampm.int
      } else if let pod = p.partOfDay {
        // "4 in the morning", "8 tonight": the part of day says which half of the clock.
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (pod == "MO" || (pod == "NI" && hour < (p.saysTonight ? 5 : 6)) ? 0 : 12)
      } else if p.int(.minute) == nil && p.capture(.year4) == nil && !p.has("clock") {
        return nil
      }
    }
    // "2:04" of "2:04:11" (and "23:51" of "1:23:51") is part of a longer clock-shaped figure that other rules read.
    if p.match.start >= 2, p.before == ":", p.classes.tokens[p.match.start - 2].kind == .number,
      !p.classes.tokens[p.match.start].spaceBefore
    {
      return nil
    }
    if p.after == ":", p.match.end + 1 < p.classes.tokens.count, p.classes.tokens[p.match.end + 1].kind == .number,
      !p.classes.tokens[p.match.end].spaceBefore
    {
      return nil
    }
    let minute = minuteRead ?? p.int(.minute) ?? 0
    guard hour < 24 || (hour == 24 && minute == 0) else { return nil }
    var base: Spec?
    if let y = p.int(.year4), let m = p.int(.monthnum), let d = p.int(.day),
      let date = CivilDate(validYear: y, month: m, day: d)
    {
      base = .fixed(.day(date))
    } else if let m = p.int(.month), let d = p.int(.day) {
      base = .monthDay(month: m, day: d)
    } else if let w = p.int(.weekday) {
      base = .weekday(w, relation: p.relation, pod: nil)
    }
    return Draft(type: .time, spec: .clock(base ?? p.spokenDay, hour: hour % 24, minute: minute))
  }

  private func set(_ p: ProductionInput) -> Draft? {
    let quant = p.argument.isEmpty ? nil : p.argument
    if let m = p.int(.month) { return Draft(type: .set, spec: .literal("XXXX-\(pad(m, 2))"), quant: quant) }
    // The time of day of each one: "every morning" (TMO), "every Monday at 8am" (T08:00).
    var time = p.capture(.pod).map { "T" + $0.code } ?? ""
    if let c = p.capture(.clocktoken) {
      time = "T\(pad(c.int / 60, 2)):\(pad(c.int % 60, 2))"
    } else if let h = p.int(.hour), let m = p.capture(.minuteampm) {
      guard (1...12).contains(h) else { return nil }
      time = "T\(pad(h % 12 + (m.code == "pm" ? 12 : 0), 2)):\(pad(m.int, 2))"
    } else if let h = p.int(.hour) {
      guard let ampm = p.capture(.ampm), (1...12).contains(h) else { return nil }
      time = "T\(pad(h % 12 + ampm.int, 2)):\(pad(p.int(.minute) ?? 0, 2))"
    }
    if let w = p.int(.weekday) ?? p.int(.weekdays) {
      return Draft(type: .set, spec: .literal("XXXX-WXX-\(w)" + time), quant: quant)
    }
    if let code = p.capture(.season)?.code { return Draft(type: .set, spec: .literal("XXXX-\(code)"), quant: quant) }
    if let n = p.int(.holiday), n < p.lexicon.holidays.count {
      // Only a holiday on a fixed day of the Gregorian year has one value for every year.
      let r = p.lexicon.holidays[n].rule
      guard let d = r.day, r.calendar == nil, !r.easter, r.nth == 0, r.offset == 0 else { return nil }
      return Draft(type: .set, spec: .literal("XXXX-\(pad(r.month, 2))-\(pad(d, 2))"), quant: quant)
    }
    if !time.isEmpty, p.unit == nil || p.unit == .day {
      return Draft(type: .set, spec: .literal("XXXX-XX-XX" + time), quant: quant)
    }
    guard let u = p.unit else { return nil }
    if p.has("other") { return Draft(type: .set, spec: .literal(u.duration("2")), quant: quant) }
    let times = p.has("times") || p.has("once") || p.has("twice") || p.has("thrice")
    if times {
      return Draft(type: .set, spec: .literal(u.duration("1")), freq: "\(p.count)X")
    }
    return Draft(type: .set, spec: .literal(u.duration(String(p.count))), quant: quant)
  }
}
