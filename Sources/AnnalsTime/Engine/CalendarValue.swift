import AnnalsText

/// A unit of time as the lexicon names it (`units.tsv` codes).
enum TimeUnit: String, Sendable, CaseIterable {
  case day = "D"
  case week = "W"
  case weekend = "WE"
  case month = "M"
  case quarter = "Q"
  case half = "H"
  case year = "Y"
  case decade = "DE"
  case century = "CE"
  case hour = "HR"
  case minute = "MI"
  case second = "SE"

  /// True for units that name a calendar period ("last week"), false for clock units.
  var isCalendar: Bool { self != .hour && self != .minute && self != .second }

  /// The unit's length as whole days or whole months, for shifting dates.
  var step: (days: Int, months: Int) {
    switch self {
    case .day: return (1, 0)
    case .week, .weekend: return (7, 0)
    case .month: return (0, 1)
    case .quarter: return (0, 3)
    case .half: return (0, 6)
    case .year: return (0, 12)
    case .decade: return (0, 120)
    case .century: return (0, 1200)
    case .hour, .minute, .second: return (0, 0)
    }
  }

  /// The TIMEX3 duration for `n` of this unit: `P3Y`, `PT5H`, `P10Y` for a decade.
  func duration(_ n: String) -> String {
    switch self {
    case .hour: return "PT\(n)H"
    case .minute: return "PT\(n)M"
    case .second: return "PT\(n)S"
    case .decade: return Int(n).map { "P\($0 * 10)Y" } ?? "P\(n)DE"
    case .century: return Int(n).map { "P\($0 * 100)Y" } ?? "P\(n)CE"
    case .half: return Int(n).map { "P\($0 * 6)M" } ?? "P\(n)H"
    case .weekend: return "P\(n)WE"
    default: return "P\(n)\(rawValue)"
    }
  }

  /// The TIMEX3 duration for `n` and a half of this unit: `P2Y6M`, `PT5H30M`.
  /// The unit and count of a simple duration value ("PT3H", "P10D", "P2Y"); nil for others ("P1Y6M", "PXD").
  static func parse(duration v: String) -> (TimeUnit, Int)? {
    let b = Array(v.utf8)
    guard b.count >= 3, b[0] == UInt8(ascii: "P") else { return nil }
    let time = b[1] == UInt8(ascii: "T")
    let digits = b[(time ? 2 : 1)..<(b.count - 1)]
    guard let n = ASCIIDigits.value(digits) else { return nil }
    switch (time, b[b.count - 1]) {
    case (true, UInt8(ascii: "H")): return (.hour, n)
    case (true, UInt8(ascii: "M")): return (.minute, n)
    case (true, UInt8(ascii: "S")): return (.second, n)
    case (false, UInt8(ascii: "D")): return (.day, n)
    case (false, UInt8(ascii: "W")): return (.week, n)
    case (false, UInt8(ascii: "M")): return (.month, n)
    case (false, UInt8(ascii: "Y")): return (.year, n)
    case (false, UInt8(ascii: "Q")): return (.quarter, n)
    default: return nil
    }
  }

  func durationAndHalf(_ n: Int) -> String {
    switch self {
    case .year: return "P\(n)Y6M"
    case .month: return "P\(n)M15D"
    case .day: return "P\(n)DT12H"
    case .hour: return "PT\(n)H30M"
    case .minute: return "PT\(n)M30S"
    case .decade: return "P\(n * 10 + 5)Y"
    default: return duration("\(n).5")
    }
  }

  /// Adds `n` of this unit to a date.
  func add(_ n: Int, to date: CivilDate) -> CivilDate {
    let s = step
    return s.days != 0 ? date.adding(days: s.days * n) : date.adding(months: s.months * n)
  }
}

/// A resolved calendar value: a named period of the calendar, typed.
enum CalendarValue: Hashable, Sendable {
  case day(CivilDate)
  case week(year: Int, week: Int)
  case weekend(year: Int, week: Int)
  case month(year: Int, month: Int)
  case season(year: Int, code: String)
  case quarter(year: Int, quarter: Int)
  case half(year: Int, half: Int)
  case year(Int)
  case decade(Int)
  case century(Int)
  case partOfDay(CivilDate, code: String)
  case minute(CivilDate, hour: Int, minute: Int)

  static let seasonStartMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

  /// The unit this value is a period of.
  var unit: TimeUnit {
    switch self {
    case .day, .partOfDay, .minute: return .day
    case .week: return .week
    case .weekend: return .weekend
    case .month, .season: return .month
    case .quarter: return .quarter
    case .half: return .half
    case .year: return .year
    case .decade: return .decade
    case .century: return .century
    }
  }

  /// Seasons have fuzzy edges: they never anchor "the month" or "the week".
  var isSeason: Bool {
    if case .season = self { return true }
    return false
  }

  var isQuarterOrHalf: Bool {
    switch self {
    case .quarter, .half: return true
    default: return false
    }
  }

  var isTime: Bool {
    switch self {
    case .partOfDay, .minute: return true
    default: return false
    }
  }

  /// The first day of the period.
  var start: CivilDate {
    switch self {
    case .day(let d), .partOfDay(let d, _), .minute(let d, _, _): return d
    case .week(let y, let w): return CivilDate.mondayOf(isoYear: y, week: w)
    case .weekend(let y, let w): return CivilDate.mondayOf(isoYear: y, week: w).adding(days: 5)
    case .month(let y, let m): return CivilDate(year: y, month: m, day: 1)
    case .season(let y, let c): return CivilDate(year: y, month: Self.seasonStartMonth[c] ?? 1, day: 1)
    case .quarter(let y, let q): return CivilDate(year: y, month: (q - 1) * 3 + 1, day: 1)
    case .half(let y, let h): return CivilDate(year: y, month: (h - 1) * 6 + 1, day: 1)
    case .year(let y): return CivilDate(year: y, month: 1, day: 1)
    case .decade(let d): return CivilDate(year: d * 10, month: 1, day: 1)
    case .century(let c): return CivilDate(year: c * 100, month: 1, day: 1)
    }
  }

  /// The interval the value covers.
  var range: TimeRange {
    switch self {
    case .day(let d): return TimeRange(day: d)
    case .week: return TimeRange(from: start, to: start.adding(days: 6))
    case .weekend: return TimeRange(from: start, to: start.adding(days: 1))
    case .month, .season, .quarter, .half, .year, .decade, .century:
      let months: Int
      switch self {
      case .month: months = 1
      case .season, .quarter: months = 3
      case .half: months = 6
      case .year: months = 12
      case .decade: months = 120
      default: months = 1200
      }
      return TimeRange(from: start, to: start.adding(months: months).adding(days: -1))
    case .partOfDay(let d, let code):
      let (from, to): (Int, Int)
      switch code {
      case "MO": (from, to) = (6 * 60, 12 * 60)
      case "AF": (from, to) = (12 * 60, 18 * 60)
      case "EV": (from, to) = (18 * 60, 22 * 60)
      case "NI": (from, to) = (22 * 60, 30 * 60)
      default: (from, to) = (6 * 60, 18 * 60)
      }
      let base = TimePoint(d).minutes
      return TimeRange(earliest: TimePoint(minutes: base + from), latest: TimePoint(minutes: base + to - 1))
    case .minute(let d, let h, let m):
      let p = TimePoint(d, hour: h, minute: m)
      return TimeRange(earliest: p, latest: p)
    }
  }

  /// The TIMEX3 value string.
  var value: String {
    switch self {
    case .day(let d): return d.iso
    case .week(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))"
    case .weekend(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))-WE"
    case .month(let y, let m): return "\(pad(y, 4))-\(pad(m, 2))"
    case .season(let y, let c): return "\(pad(y, 4))-\(c)"
    case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
    case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
    case .year(let y): return pad(y, 4)
    case .decade(let d): return pad(d, 3)
    case .century(let c): return pad(c, 2)
    case .partOfDay(let d, let c): return "\(d.iso)T\(c)"
    case .minute(let d, let h, let m): return "\(d.iso)T\(pad(h, 2)):\(pad(m, 2))"
    }
  }

  /// The period of `unit` that holds `date`.
  static func containing(_ date: CivilDate, unit: TimeUnit) -> CalendarValue {
    switch unit {
    case .day, .hour, .minute, .second: return .day(date)
    case .week:
      let w = date.isoWeek
      return .week(year: w.year, week: w.week)
    case .weekend:
      let w = date.isoWeek
      return .weekend(year: w.year, week: w.week)
    case .month: return .month(year: date.year, month: date.month)
    case .quarter: return .quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)
    case .half: return .half(year: date.year, half: date.month <= 6 ? 1 : 2)
    case .year: return .year(date.year)
    case .decade: return .decade(floorDiv(date.year, 10))
    case .century: return .century(floorDiv(date.year, 100))
    }
  }

  /// The season that holds `date` (December belongs to that year's winter).
  static func season(of date: CivilDate) -> CalendarValue {
    switch date.month {
    case 3...5: return .season(year: date.year, code: "SP")
    case 6...8: return .season(year: date.year, code: "SU")
    case 9...11: return .season(year: date.year, code: "FA")
    case 12: return .season(year: date.year, code: "WI")
    default: return .season(year: date.year - 1, code: "WI")
    }
  }

  /// Moves the value by `n` of `unit`, keeping its own granularity.
  func shifted(_ n: Int, _ unit: TimeUnit) -> CalendarValue {
    switch self {
    case .day(let d): return .day(unit.add(n, to: d))
    case .partOfDay(let d, let c): return .partOfDay(unit.add(n, to: d), code: c)
    case .minute(let d, let h, let m): return .minute(unit.add(n, to: d), hour: h, minute: m)
    case .season(_, let c) where unit.step.months % 12 == 0 && unit.step.months > 0:
      let s = unit.add(n, to: start)
      return .season(year: s.year, code: c)
    case .season: return CalendarValue.season(of: unit.add(n, to: start))
    default: return CalendarValue.containing(unit.add(n, to: start), unit: self.unit)
    }
  }

  /// Granularity order, finest first, to compare a value with a unit.
  var fineness: Int { Self.fineness(unit) + (isTime ? -1 : 0) }

  static func fineness(_ u: TimeUnit) -> Int {
    switch u {
    case .second, .minute, .hour: return 0
    case .day: return 1
    case .week, .weekend: return 2
    case .month: return 3
    case .quarter: return 4
    case .half: return 5
    case .year: return 6
    case .decade: return 7
    case .century: return 8
    }
  }
}

func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
