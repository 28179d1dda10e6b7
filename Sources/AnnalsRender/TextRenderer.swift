import AnnalsTimeline

/// The terminal chronology: one header per date, aligned columns, wrapped to the width.
public struct TextRenderer: Renderer {
  public let name = "text"
  public let extensions = ["txt", "text"]
  public var summary: String { "terminal chronology grouped by date" }
  public init() {}

  /// Column layout for one render.
  struct Columns {
    var expression: Int
    var event: Int
    var rest: Int
    /// Too narrow for columns: every field on its own line.
    var stacked: Bool
    static let indent = 2
    static let gap = 2
  }

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let width = max(20, options.width)
    let style = TerminalStyle(enabled: options.color)
    var out: [String] = []
    let tl = analysis.timeline
    let count = tl.dated.count + tl.undated.count
    let docs = analysis.documents.count
    let title = "Chronology: \(count) event\(count == 1 ? "" : "s") from \(docs) document\(docs == 1 ? "" : "s")"
    out.append(style.bold(DisplayWidth.truncate(title, to: width)))
    for d in analysis.documents {
      let head = "  " + Escape.terminal(d.title.map { "\(d.id): \($0)" } ?? d.id)
      out.append(DisplayWidth.truncate(head, to: width))
      out.append(style.dim(DisplayWidth.truncate("    " + Chronology.publication(d), to: width)))
    }
    let groups = Chronology.groups(tl.dated).map { ($0.value, Chronology.rows($0.entries)) }
    let undated = Chronology.rows(tl.undated)
    let cols = columns(for: groups.flatMap(\.1) + undated, width: width)
    for (value, rows) in groups {
      out.append("")
      let value = Escape.terminal(value)
      let label = DateLabel.format(value)
      let header = label == value ? label : "\(label)  \(value)"
      out.append(style.date(DisplayWidth.truncate(header, to: width)))
      for r in rows { out += lines(r, cols, width: width, style) }
    }
    if !undated.isEmpty {
      out.append("")
      out.append(style.date("Undated"))
      for var r in undated {
        r.expression = "–"
        out += lines(r, cols, width: width, style)
      }
    }
    if count == 0 {
      out.append("")
      out.append("No events found.")
    }
    return out.joined(separator: "\n") + "\n"
  }

  func columns(for rows: [ChronologyRow], width: Int) -> Columns {
    let cap = max(6, width / 5)
    let expr = min(22, cap, max(4, rows.map { DisplayWidth.of(Escape.terminal($0.expression)) }.max() ?? 4))
    let event = min(18, cap, max(5, rows.map { DisplayWidth.of(Escape.terminal($0.events.first ?? "")) }.max() ?? 5))
    let rest = width - Columns.indent - expr - event - 2 * Columns.gap
    if rest < 20 { return Columns(expression: expr, event: event, rest: width - 2 * Columns.indent, stacked: true) }
    return Columns(expression: expr, event: event, rest: rest, stacked: false)
  }

  /// The lines for one row: expression | first event | evidence (wrapped); then the
  /// other events of the sentence, its entities, its sources and any date conflict.
  func lines(_ r: ChronologyRow, _ c: Columns, width: Int, _ style: TerminalStyle) -> [String] {
    let excerpt = DisplayWidth.truncate(Escape.terminal(r.evidence), to: max(20, min(2 * c.rest, 160)))
    let expression = Escape.terminal(r.expression)
    let eventName = Escape.terminal(r.events.first ?? "")
    var notes: [(String, (String) -> String)] = []
    if r.events.count > 1 {
      notes.append((Escape.terminal("also " + r.events.dropFirst().joined(separator: ", ")), style.dim))
    }
    if !r.entities.isEmpty { notes.append((Escape.terminal("with " + r.entities.joined(separator: ", ")), style.entity)) }
    if !r.sources.isEmpty {
      notes.append((Escape.terminal("reported by " + r.sources.joined(separator: ", ")), style.dim))
    }
    for conflict in r.conflicts { notes.append((Escape.terminal("! dated " + conflict), style.warning)) }
    if c.stacked {
      let pad = String(repeating: " ", count: Columns.indent)
      var lines = [pad + style.bold(DisplayWidth.truncate(eventName, to: width - Columns.indent))]
      if !expression.isEmpty { lines.append(pad + pad + style.dim(DisplayWidth.truncate(expression, to: c.rest))) }
      lines += DisplayWidth.wrap(excerpt, width: c.rest).map { pad + pad + $0 }
      for (text, paint) in notes { lines += DisplayWidth.wrap(text, width: c.rest).map { pad + pad + paint($0) } }
      return lines
    }
    let lead = String(repeating: " ", count: Columns.indent)
    let gap = String(repeating: " ", count: Columns.gap)
    let blank = lead + String(repeating: " ", count: c.expression + c.event + 2 * Columns.gap)
    let exprCell = DisplayWidth.pad(DisplayWidth.truncate(expression, to: c.expression), to: c.expression)
    let eventCell = DisplayWidth.pad(DisplayWidth.truncate(eventName, to: c.event), to: c.event)
    var lines: [String] = []
    for (i, text) in DisplayWidth.wrap(excerpt, width: c.rest).enumerated() {
      if i == 0 {
        lines.append(lead + style.dim(exprCell) + gap + style.bold(eventCell) + gap + text)
      } else {
        lines.append(blank + text)
      }
    }
    for (note, paint) in notes {
      for text in DisplayWidth.wrap(note, width: c.rest) { lines.append(blank + paint(text)) }
    }
    return lines.map { trimRight($0) }
  }

  private func trimRight(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
  }
}

/// ANSI styling that is a no-op when color is off.
struct TerminalStyle {
  var enabled: Bool
  func wrap(_ s: String, _ code: String) -> String { enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
  func bold(_ s: String) -> String { wrap(s, "1") }
  func dim(_ s: String) -> String { wrap(s, "2") }
  func date(_ s: String) -> String { wrap(s, "1;36") }
  func entity(_ s: String) -> String { wrap(s, "33") }
  func warning(_ s: String) -> String { wrap(s, "1;31") }
}
