import AnnalsText

/// Completes drafts against the publication date, the tense and the previous expression.
struct Resolver {
  var dct: CivilDate?
  /// The publication's clock time in minutes after midnight, when the date came with one.
  var dctMinutes: Int? = nil
  /// The last resolved calendar value in the document, for anaphora.
  var previous: CalendarValue?
  /// The last resolved value of each unit, for "the quarter" after "the third quarter ... Sept. 30".
  var lastOfUnit: [TimeUnit: CalendarValue] = [:]
  /// The first quarter or half of the document: the period an earnings report is about, which
  /// "a year ago", "the year-earlier period" and "the 1988 period" compare with.
  var topicPeriod: CalendarValue?
  /// The latest such recent quarter or half.
  var recentPeriod: CalendarValue?

  /// Records a resolved value as the reference for later anaphora.
  mutating func remember(_ v: CalendarValue) {
    previous = v
    if !v.isTime { lastOfUnit[v.unit] = v }
    // A report's period is recent: a quarter of years before is history, not the topic.
    if v.isQuarterOrHalf, let d = dct, v.start <= d, v.start >= d.adding(months: -18) {
      if topicPeriod == nil { topicPeriod = v }
      recentPeriod = v
    }
  }

  struct Resolved {
    var value: String
    var range: TimeRange?
    var anchor: Anchor
    var calendar: CalendarValue?
    /// False for comparisons ("a year earlier") that later anaphora should not count from.
    var movesReference = true
    /// A range's ends as TIMEX3 values, and why (see `Timex.begin`).
    var begin: String? = nil
    var end: String? = nil
    var reason: String? = nil
  }

  /// Resolves `spec`; `tense` is asked only when a direction is needed.
  func resolve(_ spec: Spec, tense: () -> (Direction, String)?) -> Resolved {
    switch spec {
    case .fixed(let v):
      return Resolved(value: v.value, range: v.range, anchor: Anchor(kind: .absolute), calendar: v)
    case .literal(let s):
      return Resolved(value: s, range: nil, anchor: Anchor(kind: .none), calendar: nil)
    case .present:
      guard let d = dct else {
        return Resolved(value: "PRESENT_REF", range: nil, anchor: Anchor(kind: .unresolved), calendar: nil)
      }
      return Resolved(value: "PRESENT_REF", range: TimeRange(day: d), anchor: dctAnchor(d, nil), calendar: nil)
    case .anaphor(let unit, let offset, let keep, let onlyPeriods):
      // "a year ago" in a report about a quarter's results: that quarter a year back.
      if keep, unit == .year, let p = previous, let t = p.isQuarterOrHalf ? p : recentPeriod,
        p.fineness < CalendarValue.fineness(.year)
      {
        let v = t.shifted(offset, .year)
        let a = Anchor(kind: .previousExpression, value: t.value, direction: offset < 0 ? "before" : "after")
        return Resolved(value: v.value, range: v.range, anchor: a, calendar: v, movesReference: false)
      }
      if !keep, offset == 0, unit != .month, let same = lastOfUnit[unit] {
        let a = Anchor(kind: .previousExpression, value: same.value, direction: "same")
        return Resolved(value: same.value, range: same.range, anchor: a, calendar: same)
      }
      // A much coarser previous value ("1990" before "the next day") is no anchor for a finer unit.
      if let p = previous, !onlyPeriods || p.isQuarterOrHalf, keep || p.fineness <= CalendarValue.fineness(unit) + 1,
        !(p.isSeason && CalendarValue.fineness(unit) <= CalendarValue.fineness(.month))
      {
        let v: CalendarValue
        if keep && p.fineness <= CalendarValue.fineness(unit) {
          v = p.shifted(offset, unit)
        } else {
          v = CalendarValue.containing(p.start, unit: unit).shifted(offset, unit)
        }
        let a = Anchor(
          kind: .previousExpression, value: p.value, direction: offset < 0 ? "before" : (offset > 0 ? "after" : "same"))
        return Resolved(value: v.value, range: v.range, anchor: a, calendar: v, movesReference: !keep)
      }
      return resolve(.deictic(unit, offset: offset), tense: tense)
    case .between(let a, let b):
      return between(a, b, tense: tense)
    case .minutesFromPublication(let n):
      guard let d = dct else { return Resolved(value: "PAST_REF", range: nil, anchor: Anchor(kind: .unresolved), calendar: nil) }
      guard let m = dctMinutes else {
        let day = d  // the time of day is not known: the publication day is the likeliest
        return Resolved(value: day.iso, range: TimeRange(day: day), anchor: dctAnchor(d, nil), calendar: .day(day))
      }
      let p = TimePoint(minutes: TimePoint(d).minutes + m + n)
      let v = CalendarValue.minute(p.date, hour: p.hour, minute: p.minute)
      return Resolved(
        value: v.value, range: v.range, anchor: Anchor(kind: .publicationDate, value: d.iso + "T\(pad(m / 60, 2)):\(pad(m % 60, 2))"),
        calendar: v)
    case .unitShift(let inner, let unit, let n):
      let r = resolve(inner, tense: tense)
      guard let c = r.calendar else { return r }
      let day = unit.add(n, to: c.start)
      return Resolved(value: day.iso, range: TimeRange(day: day), anchor: r.anchor, calendar: .day(day))
    case .nthWeekday(let n, let w, let period):
      let r = resolve(period, tense: tense)
      guard let c = r.calendar else { return Resolved(value: "XXXX-XX-XX", range: nil, anchor: r.anchor, calendar: nil) }
      let first = c.start, last = c.range.latest.date
      let day: CivilDate
      if n > 0 {
        day = first.adding(days: (w - first.weekday + 7) % 7 + 7 * (n - 1))
      } else {
        day = last.adding(days: -((last.weekday - w + 7) % 7))
      }
      guard day <= last else { return Resolved(value: "XXXX-XX-XX", range: nil, anchor: r.anchor, calendar: nil) }
      return Resolved(value: day.iso, range: TimeRange(day: day), anchor: r.anchor, calendar: .day(day))
    case .weekOfMonth(let n, let period):
      let r = resolve(period, tense: tense)
      guard let c = r.calendar else { return Resolved(value: "XXXX-WXX", range: nil, anchor: r.anchor, calendar: nil) }
      let from = c.start.adding(days: 7 * (n - 1))
      let to = min(from.adding(days: 6), c.range.latest.date)
      guard from <= c.range.latest.date else { return r }
      // The ISO week that holds most of the seven days.
      let week = CalendarValue.containing(from.adding(days: 3), unit: .week)
      return Resolved(
        value: week.value, range: TimeRange(from: from, to: to), anchor: r.anchor, calendar: week,
        begin: from.iso, end: to.iso, reason: "days \(7 * (n - 1) + 1)-\(7 * (n - 1) + 1 + to.dayNumber - from.dayNumber) of \(c.value)")
    case .periodOfYear(let y):
      // "the 1988 period" beside a report on a 1989 quarter is a comparison: it moves no anaphora.
      guard let t = topicPeriod ?? previous, t.isQuarterOrHalf else { break }
      let v = t.shifted(y - t.start.year, .year)
      return Resolved(
        value: v.value, range: v.range, anchor: Anchor(kind: .previousExpression, value: t.value, direction: "same"),
        calendar: v, movesReference: topicPeriod.map { y >= $0.start.year } ?? true)
    case .periodEnding(let unit, _, _) where lastOfUnit[unit] != nil:
      // "the quarter ended Sept. 30" after "the fiscal first quarter": that quarter, named by its end.
      return resolve(.anaphor(unit, offset: 0, keep: false, onlyPeriods: false), tense: tense)
    case .weekdayFrom(let w, let offset):
      guard let p = previous, p.fineness <= CalendarValue.fineness(.day) else {
        return resolve(.weekday(w, relation: offset, pod: nil), tense: tense)
      }
      let diff = w - p.start.weekday
      let day = p.start.adding(days: offset < 0 ? (diff < 0 ? diff : diff - 7) : (diff > 0 ? diff : diff + 7))
      let a = Anchor(kind: .previousExpression, value: p.value, direction: offset < 0 ? "before" : "after")
      return Resolved(value: day.iso, range: TimeRange(day: day), anchor: a, calendar: .day(day))
    case .yearAgoPeriod(let noun):
      if let t = topicPeriod, noun == nil || noun == t.unit {
        let v = t.shifted(-1, .year)
        let a = Anchor(kind: .previousExpression, value: t.value, direction: "before")
        return Resolved(value: v.value, range: v.range, anchor: a, calendar: v, movesReference: false)
      }
      guard let p = previous else { return resolve(.deictic(.year, offset: -1), tense: tense) }
      let unit = noun ?? (p.fineness < CalendarValue.fineness(.month) ? .quarter : p.unit)
      let perYear: [TimeUnit: Int] = [.month: 12, .quarter: 4, .half: 2]
      let v: CalendarValue =
        perYear[unit].map { CalendarValue.containing(p.start, unit: unit).shifted(-$0, unit) }
        ?? .year(p.start.year - 1)
      let a = Anchor(kind: .previousExpression, value: p.value, direction: "before")
      return Resolved(value: v.value, range: v.range, anchor: a, calendar: v, movesReference: false)
    default:
      break
    }
    guard let d = dct else { return unresolved(spec) }
    var cue: (Direction, String)?
    let v = calendar(
      spec, dct: d,
      tense: {
        cue = tense()
        return cue?.0
      })
    var a = dctAnchor(d, cue?.1)
    if let c = cue { a.direction = c.0.rawValue }
    if cue == nil, case .weekday(_, nil, _) = spec { a.direction = Direction.past.rawValue }
    if case .day(let day) = v, day == d { a.direction = "same" }
    return Resolved(value: v.value, range: v.range, anchor: a, calendar: v)
  }

  /// "June 3-7", "Tuesday through Thursday": both ends resolved; an end that would fall before the
  /// beginning is the next one (the next week's Thursday, the next day's 2 a.m.).
  private func between(_ a: Spec, _ b: Spec, tense: () -> (Direction, String)?) -> Resolved {
    let (ra, rb) = ends(a, b, tense: tense)
    guard let ca = ra.calendar, let cb = rb.calendar else {
      let unit = ra.calendar?.unit ?? rb.calendar?.unit ?? .day
      return Resolved(
        value: ra.value, range: nil, anchor: ra.anchor, calendar: nil, begin: ra.value, end: rb.value,
        reason: "from \(ra.value) to \(rb.value)")
    }
    let r = TimeRange(earliest: ca.range.earliest, latest: max(cb.range.latest, ca.range.latest))
    var why = "from \(ra.value) to \(rb.value)"
    if ra.anchor.kind == .publicationDate { why += ", resolved against publication \(ra.anchor.value ?? "")" }
    // The value stays the first day's (what a reader looking for one date wants, and what TIMEX3 scorers compare);
    // the range is the whole span.
    return Resolved(value: ra.value, range: r, anchor: ra.anchor, calendar: ca, begin: ra.value, end: rb.value, reason: why)
  }

  /// The two ends of a range, each resolved; an end that would fall before the beginning is the next one.
  func ends(_ a: Spec, _ b: Spec, tense: () -> (Direction, String)?) -> (Resolved, Resolved) {
    var ra = resolve(a, tense: tense)
    var rb = resolve(b, tense: tense)
    if let ca = ra.calendar, var cb = rb.calendar, cb.range.latest < ca.range.earliest {
      // Months and days without a year ("Dec. 28 - Jan. 3", "January to October"): the span that has
      // begun by publication (reports mostly look back), unless the sentence looks ahead or it lies much farther.
      if case .monthDay = b, let d = dct {
        func gap(_ x: CalendarValue, _ y: CalendarValue) -> Int {
          max(0, x.start.dayNumber - d.dayNumber, d.dayNumber - y.range.latest.date.dayNumber)
        }
        let earlier = ca.shifted(-1, .year)
        let (before, after) = (gap(earlier, cb), gap(ca, cb.shifted(1, .year)))
        let ahead = tense()?.0 == .future ? after <= before + 92 : before > after + 92
        if !ahead {
          ra.value = earlier.value
          ra.range = earlier.range
          ra.calendar = earlier
          return (ra, rb)
        }
      }
      switch b {
      case .weekday: cb = cb.shifted(1, .week)
      case .clock: cb = cb.shifted(1, .day)
      case .monthDay: cb = cb.shifted(1, .year)
      default: break
      }
      rb.value = cb.value
      rb.range = cb.range
      rb.calendar = cb
    }
    return (ra, rb)
  }

  /// The ends of a duration anchored at publication ("in 3 hours", "the past 3 weeks"), as TIMEX3
  /// values, and why; nil without a publication date.
  func ends(of reach: Reach) -> (begin: String, end: String, reason: String)? {
    guard let d = dct else { return nil }
    let (unit, n): (TimeUnit, Int)
    switch reach {
    case .after(let u, let k), .within(let u, let k), .past(let u, let k), .next(let u, let k): (unit, n) = (u, k)
    }
    let perUnit: Int
    switch unit {
    case .hour: perUnit = 60
    case .minute: perUnit = 1
    case .second: perUnit = 0
    default: perUnit = -1
    }
    var reason = "publication \(d.iso)"
    let (now, then): (String, String)
    if perUnit >= 0 {
      let span = perUnit == 0 ? (n + 59) / 60 : n * perUnit
      if let m = dctMinutes {
        let base = TimePoint(d).minutes + m
        reason += "T\(pad(m / 60, 2)):\(pad(m % 60, 2))"
        now = TimePoint(minutes: base).iso
        then = TimePoint(minutes: base + (reach.isBack ? -span : span)).iso
      } else {
        // Without the publication's time of day only the days are known.
        reason += ", time of day unknown"
        let lastMinute = TimePoint(d).minutes + (reach.isBack ? 0 : 1439)
        now = d.iso
        then = TimePoint(minutes: lastMinute + (reach.isBack ? -span : span)).date.iso
      }
    } else {
      now = d.iso
      then = unit.add(reach.isBack ? -n : n, to: d).iso
    }
    switch reach {
    case .after where perUnit >= 0 && dctMinutes == nil: return (now, then, "\(unit.duration(String(n))) after " + reason)
    case .after: return (then, then, "the instant \(unit.duration(String(n))) after " + reason)
    case .within, .next: return (now, then, "\(unit.duration(String(n))) from " + reason)
    case .past: return (then, now, "\(unit.duration(String(n))) up to " + reason)
    }
  }

  private func dctAnchor(_ d: CivilDate, _ cue: String?) -> Anchor {
    Anchor(kind: .publicationDate, value: d.iso, cue: cue)
  }

  private func calendar(_ spec: Spec, dct d: CivilDate, tense: () -> Direction?) -> CalendarValue {
    switch spec {
    case .fixed(let v): return v
    case .deictic(let unit, let offset):
      if let o = offset { return CalendarValue.containing(d, unit: unit).shifted(o, unit) }
      // "the weekend": the coming one unless the sentence looks back.
      let here = CalendarValue.containing(d, unit: unit)
      return tense() == .past && d.weekday < 6 ? here.shifted(-1, unit) : here
    case .deicticDay(let offset, let pod):
      let day = d.adding(days: offset)
      return pod.map { .partOfDay(day, code: $0) } ?? .day(day)
    case .weekday(let w, let relation, let pod):
      let day = weekday(w, relation: relation, dct: d, tense: tense)
      return pod.map { .partOfDay(day, code: $0) } ?? .day(day)
    case .holiday(let rule):
      return .day(pick(rule.dates(near: d.year), dct: d, window: 92, tense: tense))
    case .holidayRelative(let rule, let offset):
      let candidates = rule.dates(near: d.year)
      let hit = offset < 0 ? candidates.last { $0 < d } : candidates.first { $0 > d }
      return .day(hit ?? rule.date(in: d.year))
    case .monthDay(let m, let day):
      // A date within three months of publication is that one, whatever the tense.
      var nearest: (Int, Int)?
      for y in [d.year - 1, d.year, d.year + 1] {
        let c = CivilDate(year: y, month: m, day: min(day ?? 15, CivilDate.daysIn(year: y, month: m)))
        let dist = abs(c.dayNumber - d.dayNumber)
        if nearest == nil || dist < (nearest?.1 ?? 0) { nearest = (y, dist) }
      }
      if let (ny, dist) = nearest, dist <= (day == nil ? 62 : 92) {
        if let dd = day, let date = CivilDate(validYear: ny, month: m, day: dd) { return .day(date) }
        return .month(year: ny, month: m)
      }
      let dir = tense()
      var y = d.year
      let target = (m, day ?? 0)
      let now = (d.month, day == nil ? 0 : d.day)
      switch dir {
      case .past?: if target > now { y -= 1 }
      case .future?: if target < now { y += 1 }
      case nil:
        if m - d.month > 6 { y -= 1 } else if d.month - m > 6 { y += 1 }
      }
      if let dd = day, let date = CivilDate(validYear: y, month: m, day: dd) { return .day(date) }
      return .month(year: y, month: m)
    case .monthRelative(let m, let offset):
      switch offset {
      case ..<0: return .month(year: m < d.month ? d.year : d.year - 1, month: m)
      case 0: return .month(year: d.year, month: m)
      default: return .month(year: m > d.month ? d.year : d.year + 1, month: m)
      }
    case .season(let code, let offset):
      let here = CalendarValue.season(of: d)
      let o =
        offset
        ?? {
          switch tense() {
          case .past?: return -1
          case .future?: return 1
          case nil: return 0
          }
        }()
      if o == 0 {
        if case .season(_, let c) = here, c == code { return here }
        return .season(year: code == "WI" && d.month <= 2 ? d.year - 1 : d.year, code: code)
      }
      // Walk season by season from the current one (the current one counts when tense picked it).
      let startK = offset == nil ? 0 : 1
      for k in startK...4 {
        let s = here.shifted(o * 3 * k, .month)
        if case .season(_, let c) = s, c == code { return s }
      }
      return here
    case .partOfYear(let unit, let n):
      var y = d.year
      let current = unit == .quarter ? (d.month - 1) / 3 + 1 : (d.month <= 6 ? 1 : 2)
      if n > current, tense() == .past { y -= 1 }
      return unit == .quarter ? .quarter(year: y, quarter: n) : .half(year: y, half: n)
    case .partOfRelativeYear(let unit, let n, let offset):
      let y = d.year + offset
      switch unit {
      case .quarter: return .quarter(year: y, quarter: n)
      case .half: return .half(year: y, half: n)
      default: return .month(year: y, month: n)
      }
    case .partOfDayOf(let inner, let code):
      return .partOfDay(calendar(inner, dct: d, tense: tense).start, code: code)
    case .periodOfYear(let y):
      switch previous {
      case .quarter(_, let q)?: return .quarter(year: y, quarter: q)
      case .half(_, let h)?: return .half(year: y, half: h)
      default: return .year(y)
      }
    case .clock(let base, let hour, let minute):
      var day = d
      if let b = base {
        let v = calendar(b, dct: d, tense: tense)
        day = v.start
      } else if let p = previous, p.fineness <= CalendarValue.fineness(.day) {
        day = p.start  // "at 10 p.m." after "Friday": that Friday
      }
      return .minute(day, hour: hour, minute: minute)
    case .periodEnding(let unit, let m, let day):
      // The period that closes on the date: the one holding a day well inside it.
      let end = calendar(.monthDay(month: m, day: day), dct: d, tense: tense).range.latest.date
      let back = unit == .half ? 90 : (unit == .month ? 0 : 45)
      return CalendarValue.containing(end.adding(days: -back), unit: unit)
    case .holding(let inner, let unit):
      return CalendarValue.containing(calendar(inner, dct: d, tense: tense).start, unit: unit)
    case .dayShift(let inner, let n):
      return .day(calendar(inner, dct: d, tense: tense).start.adding(days: n))
    case .dayOfMonth(let n, let weekday):
      return .day(dayOfMonth(n, weekday: weekday, dct: d, tense: tense))
    case .literal, .present, .anaphor, .yearAgoPeriod, .weekdayFrom, .between, .unitShift, .nthWeekday, .weekOfMonth,
      .minutesFromPublication:
      return .day(d)
    }
  }

  /// The yearly date nearest to publication when within `window` days, else the one tense points to.
  private func pick(_ candidates: [CivilDate], dct d: CivilDate, window: Int, tense: () -> Direction?) -> CivilDate {
    let nearest = candidates.min { abs($0.dayNumber - d.dayNumber) < abs($1.dayNumber - d.dayNumber) } ?? d
    if abs(nearest.dayNumber - d.dayNumber) <= window { return nearest }
    switch tense() {
    case .past?: return candidates.last { $0 <= d } ?? nearest
    case .future?: return candidates.first { $0 >= d } ?? nearest
    case nil: return nearest
    }
  }

  /// Day `n` of the publication month, or of the month before or after when tense points there; with a
  /// weekday, the month within half a year where day `n` is that weekday.
  private func dayOfMonth(_ n: Int, weekday w: Int?, dct d: CivilDate, tense: () -> Direction?) -> CivilDate {
    let span = w == nil ? 1 : 6
    let first = CivilDate(year: d.year, month: d.month, day: 1)
    let candidates = (-span...span).compactMap { k -> CivilDate? in
      let m = first.adding(months: k)
      guard let c = CivilDate(validYear: m.year, month: m.month, day: n), w == nil || c.weekday == w else { return nil }
      return c
    }
    guard !candidates.isEmpty else { return d }
    if w == nil, let here = candidates.first(where: { $0.month == d.month }) {
      switch tense() {
      case .past? where here > d: return candidates.last { $0 <= d } ?? here
      case .future? where here < d: return candidates.first { $0 >= d } ?? here
      default: return here
      }
    }
    return pick(candidates, dct: d, window: 0, tense: tense)
  }

  private func weekday(_ w: Int, relation: Int?, dct d: CivilDate, tense: () -> Direction?) -> CivilDate {
    let diff = w - d.weekday  // -6 ... 6
    switch relation {
    case let r? where r < 0: return d.adding(days: diff < 0 ? diff : diff - 7)
    case let r? where r > 0: return d.adding(days: diff > 0 ? diff : diff + 7)
    case .some: return d.adding(days: diff)  // this Friday: in the current week
    case nil:
      if diff == 0 { return d }
      if tense() == .future { return d.adding(days: diff > 0 ? diff : diff + 7) }
      return d.adding(days: diff < 0 ? diff : diff - 7)
    }
  }

  /// Without a publication date: keep X placeholders, never the wall clock.
  private func unresolved(_ spec: Spec) -> Resolved {
    let s: String
    switch spec {
    case .deictic(let u, _):
      switch u {
      case .week, .weekend: s = "XXXX-WXX"
      case .month: s = "XXXX-XX"
      case .quarter: s = "XXXX-QX"
      case .half: s = "XXXX-HX"
      case .decade: s = "XXX"
      case .century: s = "XX"
      case .year: s = "XXXX"
      default: s = "XXXX-XX-XX"
      }
    case .deicticDay(_, let pod): s = "XXXX-XX-XX" + (pod.map { "T\($0)" } ?? "")
    case .weekday(let w, _, let pod): s = "XXXX-WXX-\(w)" + (pod.map { "T\($0)" } ?? "")
    case .monthDay(let m, let day): s = "XXXX-\(pad(m, 2))" + (day.map { "-\(pad($0, 2))" } ?? "")
    case .monthRelative(let m, _): s = "XXXX-\(pad(m, 2))"
    case .holiday(let r), .holidayRelative(let r, _):
      if r.calendar != nil || r.easter || r.offset != 0 {
        s = "XXXX-XX-XX"  // a lunar or movable day has no fixed month
      } else {
        s = r.day.map { "XXXX-\(pad(r.month, 2))-\(pad($0, 2))" } ?? "XXXX-\(pad(r.month, 2))-XX"
      }
    case .season(let c, _): s = "XXXX-\(c)"
    case .partOfYear(let u, let n): s = "XXXX-\(u == .quarter ? "Q" : "H")\(n)"
    case .periodOfYear(let y): s = pad(y, 4)
    case .clock(_, let h, let m): s = "XXXX-XX-XXT\(pad(h, 2)):\(pad(m, 2))"
    case .dayOfMonth(let n, _): s = "XXXX-XX-\(pad(n, 2))"
    default: s = "XXXX-XX-XX"
    }
    return Resolved(value: s, range: nil, anchor: Anchor(kind: .unresolved), calendar: nil)
  }
}
