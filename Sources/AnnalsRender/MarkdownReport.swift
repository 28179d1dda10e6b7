import AnnalsTimeline

/// A report made of several files: the main document and the pictures it links to.
public struct ReportFiles: Sendable {
  /// One file written beside the main document.
  public struct Asset: Sendable {
    /// The file name, relative to the main document's folder.
    public var name: String
    public var contents: String
  }
  /// The main document's text.
  public var main: String
  /// Pictures and other files it links to (none for HTML, which inlines them).
  public var assets: [Asset]
}

/// Whole-story reports in HTML (one self-contained file) or Markdown (with SVGs beside it).
public enum Report {
  /// The self-contained HTML report.
  /// The widest timeline drawn in a report: the page's own width, so its text stays legible.
  static let timelineWidth = 1150.0

  public static func html(_ analysis: Analysis, options: RenderOptions = RenderOptions()) -> String {
    let content = ReportContent(analysis)
    let timeline = TimelineSVG.render(analysis, lanes: options.lanes, maxWidth: timelineWidth)
    return HTMLReport(content: content, timelineSVG: timeline, graph: ReportGraph.render(analysis, options: options)).page()
  }

  /// The Markdown report; `base` names its pictures: `report` -> `report.timeline.svg`, `report.graph.svg`.
  public static func markdown(_ analysis: Analysis, options: RenderOptions = RenderOptions(), base: String) -> ReportFiles {
    let content = ReportContent(analysis)
    let timelineName = base + ".timeline.svg"
    let graphName = base + ".graph.svg"
    var assets = [ReportFiles.Asset(name: timelineName, contents: TimelineSVG.render(analysis, lanes: options.lanes, maxWidth: timelineWidth))]
    let graph = ReportGraph.render(analysis, options: options)
    if let svg = graph.svg { assets.append(ReportFiles.Asset(name: graphName, contents: svg)) }
    let md = MarkdownReport(content: content, timelineFile: timelineName, graphFile: graph.svg == nil ? nil : graphName, graphNote: graph.note)
    return ReportFiles(main: md.document(analysis), assets: assets)
  }
}

struct MarkdownReport {
  var content: ReportContent
  var timelineFile: String
  var graphFile: String?
  var graphNote: String

  private func m(_ s: String) -> String { Escape.markdown(s) }
  private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
  private func link(_ file: String) -> String { "<" + file.replacingOccurrences(of: ">", with: "%3E") + ">" }

  func document(_ analysis: Analysis) -> String {
    let c = content
    var out = ["# \(m(c.title))", ""]
    out.append(
      "\(c.sources.count) article\(c.sources.count == 1 ? "" : "s"), \(c.datedCount) dated event\(c.datedCount == 1 ? "" : "s"), "
        + "\(c.undatedCount) undated, \(c.entities.count) entit\(c.entities.count == 1 ? "y" : "ies").")
    out += ["", "## Sources", ""]
    if c.sources.isEmpty {
      out.append("_No documents._")
    } else {
      out += [row(["Document", "Title", "Published", "Found by"]), row(["---", "---", "---", "---"])]
      for s in c.sources {
        var found = m(s.foundBy)
        if !s.evidence.isEmpty { found += " (“\(m(Chronology.oneLine(s.evidence)))”)" }
        out.append(row([m(s.id), m(s.title), s.published.isEmpty ? "**unknown**" : m(s.published), found]))
      }
    }
    out += ["", "## Timeline", "", "![Timeline](\(link(timelineFile)))", ""]
    out += MermaidTimeline.block(title: c.title, analysis.timeline.dated)
    out += ["", "## Relationship graph", ""]
    if let g = graphFile { out.append("![Relationship graph](\(link(g)))") } else { out.append("> \(m(graphNote))") }
    out += ["", "## Chronology", ""]
    if c.rows.isEmpty {
      out.append("_No dated events._")
    } else {
      out += [row(["Date", "Expression", "Event", "Entities", "Evidence", "Sources (offsets)"]), row(Array(repeating: "---", count: 6))]
      for r in c.rows {
        var date = m(r.dateLabel)
        if r.dateLabel != r.value { date += " (`\(r.value.replacingOccurrences(of: "`", with: ""))`)" }
        if r.isSpan { date += " _span_" }
        var event = m(r.event)
        for x in r.conflicts { event += " **⚠ conflict:** \(m(x))" }
        let sources = r.citations.map { "\(m($0.document)) \($0.offsets)" }.joined(separator: "; ")
        out.append(row([date, m(r.expression), event, m(r.entities.joined(separator: ", ")), m(DisplayWidth.truncate(r.evidence.text, to: 240)), sources]))
      }
    }
    out += ["", "## Entity index", ""]
    if c.entities.isEmpty {
      out.append("_No entities._")
    } else {
      out += [row(["Name", "Type", "Mentions", "Documents"]), row(["---", "---", "---:", "---"])]
      for e in c.entities { out.append(row([m(e.name), m(e.type), String(e.mentions), e.documents.map(m).joined(separator: ", ")])) }
    }
    out += ["", "## Not dated or not resolved", ""]
    if c.unresolved.isEmpty {
      out.append("_Everything was dated and resolved._")
    } else {
      out += [row(["Kind", "What", "Document", "Why"]), row(["---", "---", "---", "---"])]
      for u in c.unresolved { out.append(row([m(u.kind), m(u.subject), m(u.document), m(u.reason)])) }
    }
    return out.joined(separator: "\n") + "\n"
  }
}

/// A Mermaid `timeline` diagram: one line per date, its events after colons.
enum MermaidTimeline {
  /// At most this many events on one date line, and this many columns per event.
  static let maxEvents = 8
  static let eventColumns = 60

  static func block(title: String, _ dated: [TimelineEntry]) -> [String] {
    guard !dated.isEmpty else { return [] }
    var out = ["```mermaid", "timeline", "    title \(Escape.mermaid(DisplayWidth.truncate(title, to: 80)))"]
    for group in Chronology.groups(dated) {
      var names = group.entries.prefix(maxEvents).map { e -> String in
        let s = Chronology.eventName(e)
        return Escape.mermaid(DisplayWidth.truncate(Chronology.oneLine(s), to: eventColumns))
      }
      if group.entries.count > maxEvents { names.append("and \(group.entries.count - maxEvents) more") }
      out.append("    \(Escape.mermaid(DateLabel.format(group.value))) : " + names.joined(separator: " : "))
    }
    out.append("```")
    return out
  }
}

extension Escape {
  /// Text inside a Mermaid diagram line: the characters Mermaid reads as syntax (`:` `;` `#`
  /// `%`, double quotes, backticks, `<` `>` `&`) as Mermaid entity codes (`#58;`), line breaks as spaces.
  public static func mermaid(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case ":", ";", "#", "%", "\"", "`", "<", ">", "&":
        out += "#\(u.value);"
      case "\n", "\r", "\t": out += " "
      default:
        if u.value < 0x20 || u.value == 0x7F { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
