/// A half-open range of Unicode-scalar offsets into a document's text.
public struct TextSpan: Hashable, Sendable, Comparable, Codable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { end <= start }

  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

  public static func < (a: TextSpan, b: TextSpan) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }
}
