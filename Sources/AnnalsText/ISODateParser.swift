extension PublicationDateFinder {
  /// Parses an ISO 8601 date or date-time: `2025-08-13`, `2025-08-13T08:03`,
  /// `2025-08-13T08:03:00+05:30`, `2025-08-13T02:33:00.000Z`; nil when invalid.
  public static func parseISO(_ s: String) -> PublicationDate? { parseISO(s, source: "input") }

  /// Parses an ISO 8601 date or date-time, recording `source` as where it came from.
  public static func parseISO(_ s: String, source: String) -> PublicationDate? {
    let u = Array(s.utf8).trimmedASCIIWhitespace()
    var i = 0
    func digits(_ n: Int) -> Int? {
      guard i + n <= u.count else { return nil }
      var v = 0
      for k in i..<(i + n) {
        guard u[k] >= 48, u[k] <= 57 else { return nil }
        v = v * 10 + Int(u[k] - 48)
      }
      i += n
      return v
    }
    func take(_ c: UInt8) -> Bool {
      guard i < u.count, u[i] == c else { return false }
      i += 1
      return true
    }
    guard let y = digits(4), take(0x2D), let m = digits(2), take(0x2D), let d = digits(2),
      let date = CivilDate(validYear: y, month: m, day: d)
    else { return nil }
    if i == u.count { return PublicationDate(date: date, source: source, evidence: s) }
    guard take(0x54) || take(0x74) || take(0x20) else { return nil }  // T, t or a space
    guard let h = digits(2), h < 24, take(0x3A), let mi = digits(2), mi < 60 else { return nil }
    if take(0x3A) {
      guard let sec = digits(2), sec <= 60 else { return nil }
      if take(0x2E) || take(0x2C) {
        let start = i
        while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
        guard i > start else { return nil }
      }
    }
    var offset: Int?
    if take(0x5A) || take(0x7A) {
      offset = 0
    } else if i < u.count, u[i] == 0x2B || u[i] == 0x2D {
      let sign = u[i] == 0x2D ? -1 : 1
      i += 1
      guard let oh = digits(2) else { return nil }
      var om = 0
      if take(0x3A) {
        guard let v = digits(2) else { return nil }
        om = v
      } else if i < u.count {
        guard let v = digits(2) else { return nil }
        om = v
      }
      guard oh <= 14, om < 60 else { return nil }
      offset = sign * (oh * 60 + om)
    }
    guard i == u.count else { return nil }
    return PublicationDate(
      date: date, hour: h, minute: mi, utcOffsetMinutes: offset, source: source, evidence: s)
  }
}

extension Array where Element == UInt8 {
  /// The bytes without leading and trailing ASCII spaces, tabs and line breaks.
  func trimmedASCIIWhitespace() -> [UInt8] {
    var lo = startIndex
    var hi = endIndex
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    while lo < hi, isSpace(self[lo]) { lo += 1 }
    while hi > lo, isSpace(self[hi - 1]) { hi -= 1 }
    return Array(self[lo..<hi])
  }
}
