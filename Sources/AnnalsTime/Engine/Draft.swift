import AnnalsText

/// What a production builds: a typed, possibly underspecified value that the resolver completes.
indirect enum Spec: Sendable {
  /// Fully given by the text.
  case fixed(CalendarValue)
  /// A value string that needs no anchor (durations, sets, PAST_REF, FUTURE_REF).
  case literal(String)
  /// PRESENT_REF: the publication day.
  case present
  /// The period of `unit` holding the publication date, moved by `offset` (nil: by tense).
  case deictic(TimeUnit, offset: Int?)
  /// A day counted from the publication date, maybe with a part of day.
  case deicticDay(offset: Int, pod: String?)
  /// A weekday: `relation` from last/this/next, else the direction from tense.
  case weekday(Int, relation: Int?, pod: String?)
  /// A month (and day) without a year: the year comes from tense.
  case monthDay(month: Int, day: Int?)
  /// A holiday without a year: the year comes from tense, as for a month and day.
  case holiday(HolidayRule)
  /// "last Thanksgiving": the one before (or after) publication.
  case holidayRelative(HolidayRule, offset: Int)
  /// "last March", "next May".
  case monthRelative(month: Int, offset: Int)
  /// A season without a year; `offset` from last/this/next, else tense.
  case season(String, offset: Int?)
  /// Quarter or half `n` of the publication year (tense may pick the year before).
  case partOfYear(TimeUnit, Int)
  /// Counted from the previous expression: `keep` keeps its granularity ("a year earlier").
  /// `onlyPeriods`: use the previous expression only when it is a quarter or half ("a year ago"
  /// after "the third quarter"), else count from the publication date.
  case anaphor(TimeUnit, offset: Int, keep: Bool, onlyPeriods: Bool)
  /// A month, quarter or half (by `unit`, number `n`) of the year `offset` from publication.
  case partOfRelativeYear(TimeUnit, Int, offset: Int)
  /// "the 1988 quarter": the previous expression's quarter or half in that year, else the year.
  case periodOfYear(Int)
  /// "the year-ago quarter", "year-earlier" results: the previous expression's period a year back, as
  /// `noun` (quarter, month) when named, else as a quarter when the previous value is a day (the quarter
  /// "ended Sept. 30"), else at the previous value's own granularity.
  case yearAgoPeriod(noun: TimeUnit?)
  /// A clock time on a day (nil: the publication day).
  case clock(Spec?, hour: Int, minute: Int)
  /// "the quarter ended Sept. 30": the period of `unit` that closes on that month (and day).
  case periodEnding(TimeUnit, month: Int, day: Int?)
  /// "the week of March 6", "Easter week": the period of `unit` that holds the day.
  case holding(Spec, TimeUnit)
  /// "the day before last Tuesday": the day moved by a number of days.
  case dayShift(Spec, days: Int)
  /// "the previous Friday", "the following Monday": counted from the previous expression's day.
  case weekdayFrom(Int, offset: Int)
  /// A range written as one expression ("June 3-7", "2018-2020", "between 2 and 4 pm"): its two
  /// ends; the TIMEX3 value is the duration between them, `begin` and `end` the ends themselves.
  case between(Spec, Spec)
  /// "a month from Friday", "a year ago today": a named day moved by a count of calendar units.
  case unitShift(Spec, TimeUnit, Int)
  /// "the fourth Thursday of November" (n 4), "the last Monday of the month" (n -1): `period` is a month.
  case nthWeekday(Int, weekday: Int, period: Spec)
  /// "the first week of March 2022": days 1-7 of the month (n 1), valued as the ISO week of its first day.
  case weekOfMonth(Int, period: Spec)
  /// "on the 20th", "Tuesday the 19th": a day of a month left open, the month near publication (and
  /// the one where that day is the weekday, when one is named).
  case dayOfMonth(Int, weekday: Int?)
  /// "Christmas morning": a part of the day another spec names.
  case partOfDayOf(Spec, String)
  /// "an hour ago": minutes from the publication's time (its day when the time is not known).
  case minutesFromPublication(Int)
}

/// How a duration reaches from its anchor, for `begin`/`end` ("in 3 hours": the instant 3 hours
/// after publication; "the past 3 weeks": the 3 weeks up to publication).
enum Reach: Sendable {
  case after(TimeUnit, Int)
  case within(TimeUnit, Int)
  case past(TimeUnit, Int)
  case next(TimeUnit, Int)
}

/// A production's result before resolution.
struct Draft: Sendable {
  var type: TimexType
  var spec: Spec
  var quant: String? = nil
  var freq: String? = nil
  /// True when the type stays as built even if the value has a time part ("Tuesday night" is a DATE in TimeBank).
  var fixedType = false
  /// A mod the expression itself says ("EOD": END), when no modifier phrase gave one.
  var mod: String? = nil
  /// For durations anchored at publication: how far they reach (see `Reach`).
  var reach: Reach? = nil
  /// A range whose two ends are whole expressions ("1994 and 1997", "Aug. 26 to Oct. 20"): TimeML
  /// tags each end on its own, so the tagger splits it here (the connector's tokens, a range).
  var split: Range<Int>? = nil
}

/// The closed set of productions a rule may name in rules.tsv.
enum Production: String, CaseIterable, Sendable {
  case date, year, decade, century, season, quarter, half, day, weekday, rel, monthrel, monthyear, quarteryear, holiday
  /// A fuzzy reference only where it opens a sentence or clause ("Previously, ...").
  case refinitial
  /// A fixed day of a year left open ("year-end": `dayofyear:12-31`); the year comes as for "Dec. 31".
  case dayofyear
  /// "the same period last year": the previous expression's period a year back (see `Spec.yearAgoPeriod`).
  case yearago
  case ago, agox, fromnow, shift, ana, clock, clockword, duration, durationx, set, setword, ref
  /// "the week of March 6", "Easter week": the period named by the argument's unit code that holds the day.
  case within
  /// "the day before last Tuesday": the day next to a named day.
  case dayshift
  /// A range of days, months, years, weekdays or clock times written as one expression ("June 3-7").
  case range
  /// "a month from Friday", "a year ago today": a named day (or today) moved by a count of units.
  case unitshift
  /// "the fourth Thursday of November", "the last Monday of the month".
  case nthweekday
  /// "the first week of March 2022".
  case weekofmonth
  /// "EOD", "EOQ": the period of the argument's unit holding publication, mod END.
  case endof
  /// An ISO week: "2025-W33", "week 33 of 2025".
  case isoweek
  /// Clock times said in words: "half past seven", "quarter to six", "twenty past nine".
  case clockphrase
  /// A clock-shaped duration: "a 2:04:11 marathon".
  case clockduration
  /// A day of the month alone: "on the 20th", "Tuesday the 19th".
  case dayofmonth
}

extension Reach {
  /// True when the duration reaches back from its anchor ("the past 3 weeks").
  var isBack: Bool {
    if case .past = self { return true }
    return false
  }
}
