/// When a document was published, and where Annals found that out.
public struct PublicationDate: Hashable, Sendable, Codable {
  /// The local calendar date of publication (in the publisher's own offset).
  public var date: CivilDate
  public var hour: Int?
  public var minute: Int?
  /// Offset from UTC in minutes, when known (IST = +330).
  public var utcOffsetMinutes: Int?
  /// How it was found: "flag", "input", "metadata", "header", "dateline", "line".
  public var source: String
  /// The text it was read from, when read from the document.
  public var evidence: String?

  public init(
    date: CivilDate, hour: Int? = nil, minute: Int? = nil, utcOffsetMinutes: Int? = nil,
    source: String, evidence: String? = nil
  ) {
    self.date = date
    self.hour = hour
    self.minute = minute
    self.utcOffsetMinutes = utcOffsetMinutes
    self.source = source
    self.evidence = evidence
  }

  /// ISO 8601: `2025-08-13`, or `2025-08-13T08:03:00+05:30` when the time is known.
  public var iso: String {
    guard let h = hour else { return date.iso }
    var s = "\(date.iso)T\(pad(h, 2)):\(pad(minute ?? 0, 2)):00"
    if let off = utcOffsetMinutes {
      let sign = off < 0 ? "-" : "+"
      s += "\(sign)\(pad(abs(off) / 60, 2)):\(pad(abs(off) % 60, 2))"
    }
    return s
  }
}
