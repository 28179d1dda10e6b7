import AnnalsTimeline

/// The chronology as a Markdown document: sources, one table of dated events, undated apart.
public struct MarkdownRenderer: Renderer {
  public let name = "markdown"
  public let extensions = ["md", "markdown"]
  public var summary: String { "chronology as a Markdown table" }
  public init() {}

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let md = Escape.markdown
    var out = ["# Chronology", "", "## Sources", ""]
    if analysis.documents.isEmpty { out.append("_No documents._") }
    for d in analysis.documents {
      var line = "- **\(md(d.id))**"
      if let t = d.title, !t.isEmpty { line += " — \(md(t))" }
      line += " — \(md(Chronology.publication(d)))"
      out.append(line)
    }
    out += ["", "## Timeline", ""]
    if analysis.timeline.dated.isEmpty {
      out.append("_No dated events._")
    } else {
      out.append("| Date | Expression | Event | Entities | Evidence |")
      out.append("| --- | --- | --- | --- | --- |")
      for e in analysis.timeline.dated {
        let value = e.value ?? ""
        let label = DateLabel.format(value)
        let date = label == value ? md(value) : "\(md(label)) (\(md(value)))"
        out.append(row([date] + cells(e)))
      }
    }
    if !analysis.timeline.undated.isEmpty {
      out += ["", "## Undated", ""]
      out.append("| Event | Entities | Evidence | Document |")
      out.append("| --- | --- | --- | --- |")
      for e in analysis.timeline.undated {
        let c = cells(e)
        out.append(row([c[1], c[2], c[3], md(e.documentID)]))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// Expression, event, entities, evidence, each escaped for a table cell.
  private func cells(_ e: TimelineEntry) -> [String] {
    let md = Escape.markdown
    return [
      md(Chronology.expression(e)), md(Chronology.eventName(e)),
      md(e.entities.joined(separator: ", ")), md(DisplayWidth.truncate(Chronology.evidence(e), to: 240)),
    ]
  }

  private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
