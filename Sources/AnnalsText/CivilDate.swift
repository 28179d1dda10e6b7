/// A proleptic Gregorian calendar date with no time zone.
///
/// All calendar arithmetic in Annals goes through this type so that results never
/// depend on the machine's time zone, locale or clock.
public struct CivilDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int  // 1...12
  public var day: Int  // 1...31

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Returns nil when the date does not exist (February 30, month 13).
  public init?(validYear year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CivilDate.daysIn(year: year, month: month)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before), after Howard Hinnant's days_from_civil.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// Adds months, clamping the day to the end of the target month.
  public func adding(months: Int) -> CivilDate {
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(year: y, month: m)))
  }

  /// ISO 8601 week-numbering year and week.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
    return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
  }

  /// The Monday of ISO week `week` of ISO year `year`.
  public static func mondayOf(isoYear year: Int, week: Int) -> CivilDate {
    let jan4 = CivilDate(year: year, month: 1, day: 4)
    return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
  }

  /// `YYYY-MM-DD`, the TIMEX3 day value.
  public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
  public var description: String { iso }

  public static func < (a: CivilDate, b: CivilDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

/// Zero-pads a non-negative number to `width` digits.
public func pad(_ n: Int, _ width: Int) -> String {
  let s = String(abs(n))
  let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  return n < 0 ? "-" + body : body
}
