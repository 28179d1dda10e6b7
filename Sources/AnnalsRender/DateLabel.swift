import AnnalsText

/// Human-readable labels for TIMEX3 values: `2025-08-12` -> `Tue 12 Aug 2025`,
/// `2024-FA` -> `fall 2024`, `2019` -> `2019`. Unknown shapes come back unchanged.
public enum DateLabel {
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let seasons = ["SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"]
  static let partsOfDay = ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
  static let references = ["PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"]

  /// The label for a normalized value.
  public static func format(_ value: String) -> String {
    if let r = references[value] { return r }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let head = parts.first, head.allSatisfy(\.isASCIIDigit), let year = Int(head) else { return value }
    if parts.count == 1 {
      switch head.count {
      case 4: return head
      case 3: return "\(head)0s"
      case 2: return "\(head)00s"
      default: return value
      }
    }
    guard head.count == 4 else { return value }
    let second = parts[1]
    if parts.count == 2 {
      if let s = seasons[second] { return "\(s) \(head)" }
      if second.count == 2, let q = second.last, second.first == "Q" || second.first == "H", q.isASCIIDigit {
        return "\(second) \(head)"
      }
      if second.first == "W", let w = Int(second.dropFirst()) { return "week \(w), \(head)" }
      if let m = Int(second), (1...12).contains(m), second.count == 2 { return "\(months[m - 1]) \(head)" }
      return value
    }
    if parts.count == 3, second.first == "W", let w = Int(second.dropFirst()) {
      return parts[2] == "WE" ? "weekend of week \(w), \(head)" : "week \(w), \(head)"
    }
    guard parts.count == 3, let m = Int(second), second.count == 2 else { return value }
    let dayAndTime = parts[2].split(separator: "T", maxSplits: 1).map(String.init)
    guard let dayText = dayAndTime.first, dayText.count == 2, let d = Int(dayText),
      let date = CivilDate(validYear: year, month: m, day: d)
    else { return value }
    let base = day(date)
    guard dayAndTime.count == 2 else { return base }
    let time = dayAndTime[1]
    if let p = partsOfDay[time] { return "\(base), \(p)" }
    return "\(base), \(time)"
  }

  /// `Tue 12 Aug 2025`.
  public static func day(_ date: CivilDate) -> String {
    "\(weekdays[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
  }

  /// `12 Aug` (axis ticks).
  public static func dayMonth(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1])" }

  /// `Aug 2025` (axis ticks).
  public static func monthYear(_ date: CivilDate) -> String { "\(months[date.month - 1]) \(date.year)" }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
