import AnnalsTimeline

/// One row per timeline event, RFC 4180 (CRLF, quoted fields), safe to open in a spreadsheet.
public struct CSVRenderer: Renderer {
  public let name = "csv"
  public let extensions = ["csv"]
  public var summary: String { "one row per event (RFC 4180, formula-safe)" }
  public init() {}

  /// The header row, in column order.
  public static let columns = ["date", "expression", "caption", "event", "class", "entities", "document", "evidence"]

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    var lines = [Self.columns.joined(separator: ",")]
    for e in analysis.timeline.dated + analysis.timeline.undated {
      let fields = [
        e.value ?? "", Chronology.expression(e), Chronology.eventName(e), e.negated ? "not " + e.label : e.label, e.eventClass.rawValue,
        e.entities.joined(separator: "; "), e.documentID, Chronology.evidence(e),
      ]
      lines.append(fields.map(Escape.csv).joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}
