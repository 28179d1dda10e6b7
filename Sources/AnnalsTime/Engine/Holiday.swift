import AnnalsText

/// When a holiday falls: a fixed month and day, or the Nth weekday of a month.
struct HolidayRule: Hashable, Sendable {
  var month: Int
  var day: Int?
  /// 1...5, or -1 for the last such weekday of the month.
  var nth: Int = 0
  var weekday: Int = 0

  /// Parses `12-25` or `11:4:4` (the fourth Thursday of November).
  init?(_ s: String) {
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
  func date(in year: Int) -> CivilDate {
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
}
