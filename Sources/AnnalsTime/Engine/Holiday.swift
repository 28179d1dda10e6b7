import AnnalsText
import Foundation

/// When a holiday falls: a fixed month and day, or the Nth weekday of a month.
struct HolidayRule: Hashable, Sendable {
  var month: Int
  var day: Int?
  /// 1...5, or -1 for the last such weekday of the month.
  var nth: Int = 0
  var weekday: Int = 0
  /// Days added to the date the rest of the rule gives (Election Day: the Monday after November 1, plus one).
  var offset: Int = 0
  /// Counted from Easter Sunday (Gregorian) instead of a month.
  var easter = false
  /// A month and day of another calendar Foundation knows (hebrew, islamic, chinese): `month`/`day` are in it.
  var calendar: String? = nil

  /// A fixed day of the year ("last Oct. 23" is resolved like "last Christmas").
  init(month: Int, day: Int) {
    self.month = month
    self.day = day
  }

  /// Parses `12-25`, `11:4:4` (the fourth Thursday of November) or `easter`, each maybe followed
  /// by `+N` or `~N` (N days later or earlier): `11:1:1+1`, `easter~2`.
  init?(_ text: String) {
    var s = Substring(text)
    if let i = s.firstIndex(where: { $0 == "+" || $0 == "~" }) {
      guard let n = Int(s[s.index(after: i)...]) else { return nil }
      offset = s[i] == "+" ? n : -n
      s = s[..<i]
    }
    if s == "easter" {
      easter = true
      month = 4
      return
    }
    // "hebrew:1-10" (Yom Kippur), "islamic:10-1" (Eid al-Fitr), "chinese:1-1" (the lunar new year).
    if let colon = s.firstIndex(of: ":"), !s[..<colon].contains(where: \.isNumber) {
      let name = String(s[..<colon])
      let md = s[s.index(after: colon)...].split(separator: "-").compactMap { Int($0) }
      guard HolidayRule.calendars[name] != nil, md.count == 2, (1...13).contains(md[0]), (1...30).contains(md[1]) else {
        return nil
      }
      calendar = name
      month = md[0]
      day = md[1]
      return
    }
    let fixed = s.split(separator: "-").compactMap { Int($0) }
    if fixed.count == 2, (1...12).contains(fixed[0]), (1...31).contains(fixed[1]) {
      month = fixed[0]
      day = fixed[1]
      return
    }
    let parts = s.split(separator: ":").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[0]), parts[1] == -1 || (1...5).contains(parts[1]),
      (1...7).contains(parts[2])
    else { return nil }
    month = parts[0]
    nth = parts[1]
    weekday = parts[2]
  }

  /// The holiday's date in `year`.
  func date(in year: Int) -> CivilDate { base(in: year).adding(days: offset) }

  /// Its dates in the years around `year`, in order: a lunar holiday may fall twice in one year
  /// (Eid al-Adha on 10 January and 31 December 2006).
  func dates(near year: Int) -> [CivilDate] {
    guard let c = calendar, let d = day else { return [year - 1, year, year + 1].map(date(in:)) }
    return Self.days(month: month, day: d, of: c, from: year - 1, through: year + 1).map { $0.adding(days: offset) }
  }

  private func base(in year: Int) -> CivilDate {
    if easter { return Self.easterSunday(year) }
    if let c = calendar, let d = day, let date = Self.firstDay(month: month, day: d, of: c, in: year) { return date }
    if let d = day {
      return CivilDate(year: year, month: month, day: min(d, CivilDate.daysIn(year: year, month: month)))
    }
    if nth == -1 {
      let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(year: year, month: month))
      return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
    let first = CivilDate(year: year, month: month, day: 1)
    return first.adding(days: (weekday - first.weekday + 7) % 7 + (nth - 1) * 7)
  }

  /// The calendars a holiday rule may name, as Foundation knows them (Umm al-Qura: the official Saudi reckoning).
  static let calendars: [String: Calendar.Identifier] = [
    "hebrew": .hebrew, "islamic": .islamicUmmAlQura, "chinese": .chinese, "indian": .indian, "persian": .persian,
  ]

  /// The first Gregorian day of `year` that is `month`/`day` in calendar `name` (nil if none falls in that year).
  static func firstDay(month: Int, day: Int, of name: String, in year: Int) -> CivilDate? {
    days(month: month, day: day, of: name, from: year, through: year).first
  }

  /// Every Gregorian day from the start of year `first` to the end of year `last` that is `month`/`day`
  /// in calendar `name`.
  static func days(month: Int, day: Int, of name: String, from first: Int, through last: Int) -> [CivilDate] {
    guard let id = calendars[name], let utc = TimeZone(identifier: "UTC") else { return [] }
    var other = Calendar(identifier: id)
    other.timeZone = utc
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = utc
    guard var cursor = gregorian.date(from: DateComponents(year: first, month: 1, day: 1))?.addingTimeInterval(-1) else {
      return []
    }
    var out: [CivilDate] = []
    while out.count < 8,
      let hit = other.nextDate(after: cursor, matching: DateComponents(month: month, day: day), matchingPolicy: .nextTime)
    {
      let c = gregorian.dateComponents([.year, .month, .day], from: hit)
      guard let y = c.year, y <= last, let m = c.month, let d = c.day else { break }
      if let date = CivilDate(validYear: y, month: m, day: d) { out.append(date) }
      cursor = hit.addingTimeInterval(86_400)
    }
    return out
  }

  /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
  static func easterSunday(_ y: Int) -> CivilDate {
    let a = y % 19
    let b = y / 100
    let c = y % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year: y, month: month, day: day)
  }
}
