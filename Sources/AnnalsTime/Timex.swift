import AnnalsText

/// TimeML TIMEX3 types.
public enum TimexType: String, Sendable, Codable, CaseIterable {
  case date = "DATE"
  case time = "TIME"
  case duration = "DURATION"
  case set = "SET"
}

/// A point in time at minute precision, counted from 1970-01-01T00:00 in the
/// document's own local time (no time zone arithmetic happens between documents).
public struct TimePoint: Hashable, Sendable, Comparable, Codable {
  public var minutes: Int
  public init(minutes: Int) { self.minutes = minutes }
  public init(_ date: CivilDate, hour: Int = 0, minute: Int = 0) {
    minutes = date.dayNumber * 1440 + hour * 60 + minute
  }
  public var date: CivilDate { CivilDate(dayNumber: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440) }
  public var hour: Int { ((minutes % 1440) + 1440) % 1440 / 60 }
  public var minute: Int { ((minutes % 1440) + 1440) % 60 }
  /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` when not at midnight.
  public var iso: String {
    minutes % 1440 == 0 ? date.iso : "\(date.iso)T\(pad(hour, 2)):\(pad(minute, 2))"
  }
  public static func < (a: TimePoint, b: TimePoint) -> Bool { a.minutes < b.minutes }
}

/// The interval a normalized value covers: `2024-FA` is 2024-09-01 ... 2024-11-30.
/// `latest` is inclusive at minute precision (the last minute of the interval).
public struct TimeRange: Hashable, Sendable, Codable {
  public var earliest: TimePoint
  public var latest: TimePoint
  public init(earliest: TimePoint, latest: TimePoint) {
    self.earliest = earliest
    self.latest = latest
  }
  /// Whole days `from` ... `to`, both inclusive.
  public init(from: CivilDate, to: CivilDate) {
    earliest = TimePoint(from)
    latest = TimePoint(minutes: TimePoint(to).minutes + 1439)
  }
  public init(day: CivilDate) { self.init(from: day, to: day) }
}

/// What a value was resolved against, so a user can see why.
public struct Anchor: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable {
    /// Fully specified in the text ("August 13, 2025", "2019").
    case absolute
    /// Resolved against the publication date ("Tuesday", "last year").
    case publicationDate = "publication-date"
    /// Resolved against the previous resolved expression ("the next day").
    case previousExpression = "previous-expression"
    /// Not anchored to a point (durations, sets, PAST_REF).
    case none
    /// Needed an anchor and none was available: the value keeps X placeholders.
    case unresolved
  }
  public var kind: Kind
  /// The anchor's own value (`2025-08-13` for the publication date).
  public var value: String?
  /// The tense cue that chose the direction ("said" -> past, "scheduled" -> future).
  public var cue: String?
  /// before, after or same, for deictic expressions whose direction was chosen.
  public var direction: String?

  public init(kind: Kind, value: String? = nil, cue: String? = nil, direction: String? = nil) {
    self.kind = kind
    self.value = value
    self.cue = cue
    self.direction = direction
  }
}

/// One temporal expression, found and normalized (TimeML TIMEX3).
public struct Timex: Hashable, Sendable, Codable {
  /// `t1`, `t2`, ... in document order.
  public var id: String
  public var span: TextSpan
  public var text: String
  public var type: TimexType
  /// The TIMEX3 value: `2025-08-12`, `2024-FA`, `P3D`, `PAST_REF`, `XXXX-WXX-2`.
  public var value: String
  /// START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ...
  public var mod: String?
  public var quant: String?
  public var freq: String?
  /// The interval the value covers; nil for durations, sets and unresolved values.
  public var range: TimeRange?
  public var anchor: Anchor
  /// The preposition that governs the expression ("since", "until", "from", "by").
  public var signal: String?
  /// The rule that found it, for `--explain`.
  public var rule: String
  /// For ranges ("June 3-7") and anchored offsets ("in 3 hours"): the first and last instant as
  /// TIMEX3 date or date-time values, while `value` keeps what TIMEX3 says (`P5D`, `PT3H`).
  public var begin: String?
  public var end: String?
  /// Why `begin` and `end` are what they are, for `--explain`.
  public var spanReason: String?
  /// Any other choice worth showing in `--explain` ("day-month order dmy, from 13/08/2025 in the text").
  public var note: String?
  /// The time zone a clock time was given in ("CET"); the value itself stays local time, as
  /// TimeML writes it.
  public var zone: String? = nil
  /// The zone's offset from UTC ("+01:00", from timezones.tsv); nil for an unknown zone.
  public var utcOffset: String? {
    guard let z = zone, case .success(let engine) = TimeEngine.shared,
      let minutes = engine.lexicon.timeZoneOffsets[z.lowercased()]
    else { return nil }
    let m = abs(minutes)
    return (minutes < 0 ? "-" : "+") + pad(m / 60, 2) + ":" + pad(m % 60, 2)
  }

  public init(
    id: String, span: TextSpan, text: String, type: TimexType, value: String, mod: String? = nil,
    quant: String? = nil, freq: String? = nil, range: TimeRange? = nil, anchor: Anchor,
    signal: String? = nil, rule: String, begin: String? = nil, end: String? = nil, spanReason: String? = nil,
    note: String? = nil
  ) {
    self.id = id
    self.span = span
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
    self.quant = quant
    self.freq = freq
    self.range = range
    self.anchor = anchor
    self.signal = signal
    self.rule = rule
    self.begin = begin
    self.end = end
    self.spanReason = spanReason
    self.note = note
  }
}
