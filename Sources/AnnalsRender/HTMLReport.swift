import AnnalsTimeline

/// The whole story as one self-contained HTML page: sources, timeline and graph SVGs
/// inlined, the chronology, an entity index, and what could not be dated. No scripts,
/// no external assets, every piece of article text escaped. Also well-formed XML.
public struct HTMLReportRenderer: Renderer {
  public let name = "report-html"
  public let extensions = ["html", "htm", "report.html"]
  public var summary: String { "self-contained HTML report (sources, timeline, graph, chronology, entities)" }
  public init() {}

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    Report.html(analysis, options: options)
  }
}

struct HTMLReport {
  var content: ReportContent
  var timelineSVG: String
  var graph: (svg: String?, note: String)

  static let style = """
    body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1d1d1f;background:#fff;margin:0 auto;max-width:1200px;padding:24px}
    h1{font-size:26px;margin:0 0 4px}
    h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
    p.summary{color:#555;margin:0 0 16px}
    table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f3f3f3}
    tr.conflict td{background:#fff4f2}
    mark{background:#fff1b8;padding:0 1px}
    .figure{overflow-x:auto;border:1px solid #eee;padding:8px;background:#fff}
    .figure svg{display:block}
    .figure svg{max-width:100%;height:auto}
    .note{color:#8a4b00;background:#fff8e6;border:1px solid #f0d9a8;padding:8px}
    .flag{color:#b03a2e;font-weight:bold}
    .muted{color:#666}
    .span-kind{font-size:11px;color:#a86d12}
    blockquote{margin:0;color:#333}
    code{font-family:ui-monospace,Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:12px;overflow-wrap:anywhere}
    ul{margin:4px 0;padding-left:20px}
    """

  private func x(_ s: String) -> String { Escape.xml(s) }

  func page() -> String {
    var h: [String] = []
    h.append("<!DOCTYPE html>")
    h.append("<html lang=\"en\">")
    h.append("<head>")
    h.append("<meta charset=\"utf-8\"/>")
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    h.append("<meta name=\"generator\" content=\"Annals\"/>")
    h.append("<title>\(x(content.title))</title>")
    h.append("<style>\n\(Self.style)\n</style>")
    h.append("</head>")
    h.append("<body>")
    h.append("<h1>\(x(content.title))</h1>")
    let c = content
    h.append(
      "<p class=\"summary\">\(c.sources.count) article\(c.sources.count == 1 ? "" : "s"), \(c.datedCount) dated event\(c.datedCount == 1 ? "" : "s"), "
        + "\(c.undatedCount) undated, \(c.entities.count) entit\(c.entities.count == 1 ? "y" : "ies").</p>")
    // The story first: the timeline, what happened, who relates to whom; then where it
    // comes from.
    h.append("<h2 id=\"timeline\">Timeline</h2>")
    h.append("<div class=\"figure timeline\">\n\(InlineSVG.prepare(timelineSVG))\n</div>")
    h += chronology()
    h.append("<h2 id=\"graph\">Relationship graph</h2>")
    if let svg = graph.svg {
      h.append("<div class=\"figure graph\">\n\(InlineSVG.prepare(svg))\n</div>")
    } else {
      h.append("<p class=\"note\">\(x(graph.note))</p>")
    }
    h += sources()
    h += entityIndex()
    h += unresolved()
    h.append("</body>")
    h.append("</html>")
    return h.joined(separator: "\n") + "\n"
  }

  func sources() -> [String] {
    var h = ["<h2 id=\"sources\">Sources</h2>"]
    guard !content.sources.isEmpty else { return h + ["<p class=\"muted\">No documents.</p>"] }
    h.append("<table>")
    h.append("<thead><tr><th>Document</th><th>Title</th><th>Published</th><th>Found by</th></tr></thead>")
    h.append("<tbody>")
    for s in content.sources {
      let published = s.published.isEmpty ? "<span class=\"flag\">unknown</span>" : x(s.published)
      var found = x(s.foundBy)
      if !s.evidence.isEmpty { found += "<br/><q>\(x(Chronology.oneLine(s.evidence)))</q>" }
      h.append("<tr><td><code>\(x(s.id))</code></td><td>\(x(s.title))</td><td>\(published)</td><td>\(found)</td></tr>")
    }
    h.append("</tbody>")
    h.append("</table>")
    return h
  }

  func chronology() -> [String] {
    var h = ["<h2 id=\"chronology\">Chronology</h2>"]
    guard !content.rows.isEmpty else { return h + ["<p class=\"muted\">No dated events.</p>"] }
    h.append("<table>")
    h.append(
      "<thead><tr><th>Date</th><th>Expression</th><th>Event</th><th>Entities</th><th>Evidence</th><th>Sources (offsets)</th></tr></thead>")
    h.append("<tbody>")
    for r in content.rows {
      var date = x(r.dateLabel)
      if r.dateLabel != r.value { date += "<br/><code>\(x(r.value))</code>" }
      if r.isSpan { date += "<br/><span class=\"span-kind\">span</span>" }
      var event = x(r.event)
      for c in r.conflicts { event += "<br/><span class=\"flag\">⚠ conflict: \(x(c))</span>" }
      let sources = r.citations.map { c in
        var s = "<code>\(x(c.document))</code> \(x(c.offsets))"
        if !c.expression.isEmpty, r.citations.count > 1 { s += " “\(x(c.expression))”" }
        return "<li>\(s)</li>"
      }.joined()
      let cls = r.conflicts.isEmpty ? "" : " class=\"conflict\""
      h.append(
        "<tr\(cls)><td>\(date)</td><td>\(x(r.expression))</td><td>\(event)</td><td>\(x(r.entities.joined(separator: ", ")))</td>"
          + "<td><blockquote>\(r.evidence.render(escape: x, open: "<mark>", close: "</mark>"))</blockquote></td><td><ul>\(sources)</ul></td></tr>")
    }
    h.append("</tbody>")
    h.append("</table>")
    return h
  }

  func entityIndex() -> [String] {
    var h = ["<h2 id=\"entities\">Entity index</h2>"]
    guard !content.entities.isEmpty else { return h + ["<p class=\"muted\">No entities.</p>"] }
    h.append("<table>")
    h.append("<thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Documents</th></tr></thead>")
    h.append("<tbody>")
    for e in content.entities {
      let docs = e.documents.map { "<code>\(x($0))</code>" }.joined(separator: ", ")
      h.append("<tr><td>\(x(e.name))</td><td>\(x(e.type))</td><td>\(e.mentions)</td><td>\(docs)</td></tr>")
    }
    h.append("</tbody>")
    h.append("</table>")
    return h
  }

  func unresolved() -> [String] {
    var h = ["<h2 id=\"unresolved\">Not dated or not resolved</h2>"]
    guard !content.unresolved.isEmpty else { return h + ["<p class=\"muted\">Everything was dated and resolved.</p>"] }
    h.append("<table>")
    h.append("<thead><tr><th>Kind</th><th>What</th><th>Document</th><th>Why</th></tr></thead>")
    h.append("<tbody>")
    for u in content.unresolved {
      h.append("<tr><td>\(x(u.kind))</td><td>\(x(u.subject))</td><td><code>\(x(u.document))</code></td><td>\(x(u.reason))</td></tr>")
    }
    h.append("</tbody>")
    h.append("</table>")
    return h
  }
}
