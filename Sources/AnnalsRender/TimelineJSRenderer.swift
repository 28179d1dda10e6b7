import AnnalsText
import AnnalsTimeline
import Foundation

/// The dated timeline as TimelineJS3 JSON (`title`, `events` with `start_date`, `end_date`,
/// `text`, `group`). TimelineJS shows `headline` and `text` as HTML, so both are escaped.
public struct TimelineJSRenderer: Renderer {
  public let name = "timelinejs"
  public let extensions = ["timelinejs.json"]
  public var summary: String { "dated events as TimelineJS3 JSON" }
  public init() {}

  struct Timeline: Encodable {
    var title: Slide
    var events: [Slide]
  }

  struct Slide: Encodable {
    var start_date: DateObject?
    var end_date: DateObject?
    var display_date: String?
    var text: Text
    var group: String?
    var unique_id: String?
  }

  struct DateObject: Encodable, Equatable {
    var year: Int
    var month: Int?
    var day: Int?
  }

  struct Text: Encodable {
    var headline: String
    var text: String
  }

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let x = Escape.xml
    let ids = analysis.documents.map(\.id)
    let title = Slide(
      text: Text(
        headline: x(ReportContent.title(analysis.documents)),
        text: "<p>\(ids.count) article\(ids.count == 1 ? "" : "s"): \(ids.map(x).joined(separator: ", "))</p>"))
    var events: [Slide] = []
    for (n, e) in analysis.timeline.dated.enumerated() {
      guard let r = e.range else { continue }
      let (start, end) = Self.dates(r.earliest.date, r.latest.date)
      let value = e.value ?? ""
      let label = DateLabel.format(value)
      var group: String? = nil
      switch options.lanes {
      case .none: break
      case .entity: group = e.entities.first ?? "(no entity)"
      case .document: group = e.documentID
      }
      events.append(
        Slide(
          start_date: start, end_date: end, display_date: label.isEmpty ? nil : x(label),
          text: Text(headline: x(Chronology.eventName(e)), text: Self.body(e)), group: group.map(x), unique_id: "event-\(n + 1)"))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = try encoder.encode(Timeline(title: title, events: events))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Start and end at the precision the interval has: whole years, whole months, or days.
  static func dates(_ a: CivilDate, _ b: CivilDate) -> (DateObject, DateObject?) {
    if a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 {
      return (DateObject(year: a.year), a.year == b.year ? nil : DateObject(year: b.year))
    }
    if a.day == 1 && b.day == CivilDate.daysIn(year: b.year, month: b.month) {
      let start = DateObject(year: a.year, month: a.month)
      let end = DateObject(year: b.year, month: b.month)
      return (start, start == end ? nil : end)
    }
    let start = DateObject(year: a.year, month: a.month, day: a.day)
    return (start, a == b ? nil : DateObject(year: b.year, month: b.month, day: b.day))
  }

  /// The slide body: the evidence, who took part, the expression, sources and conflicts.
  static func body(_ e: TimelineEntry) -> String {
    let x = Escape.xml
    var parts: [String] = []
    if !e.evidence.isEmpty { parts.append("<blockquote>\(x(Chronology.evidence(e)))</blockquote>") }
    if !e.entities.isEmpty { parts.append("<p>With: \(x(e.entities.joined(separator: ", ")))</p>") }
    if let expr = e.expression, !expr.isEmpty { parts.append("<p>Dated by “\(x(Chronology.oneLine(expr)))” (\(x(e.value ?? "")))</p>") }
    let sources = e.sources.isEmpty ? [e.documentID] : e.sources.map(\.documentID)
    parts.append("<p>Source\(sources.count == 1 ? "" : "s"): \(sources.map(x).joined(separator: ", "))</p>")
    for c in e.conflicts {
      parts.append("<p><strong>Conflict:</strong> \(x(c.documentID)) dates it \(x(DateLabel.format(c.value)))</p>")
    }
    return parts.joined()
  }
}
