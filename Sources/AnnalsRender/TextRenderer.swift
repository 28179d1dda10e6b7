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
    var rest: Int
    /// Too narrow for columns: every field on its own line.
    var stacked: Bool
    static let indent = 2
    static let gap = 2
  }

  /// Above this many documents the header lists each on one line.
  static let compactHeader = 4
  /// Above this many events the chronology is set compactly.
  static let compactAbove = 40

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let width = max(20, options.width)
    let style = TerminalStyle(enabled: options.color)
    var out: [String] = []
    let tl = analysis.timeline
    let count = tl.dated.count + tl.undated.count
    let docs = analysis.documents.count
    var title = "Chronology: \(Chronology.count(tl)) from \(docs) document\(docs == 1 ? "" : "s")"
    if !tl.focus.isEmpty { title = "Chronology of \(tl.focus.joined(separator: ", ")): " + title.dropFirst("Chronology: ".count) }
    out.append(style.bold(DisplayWidth.truncate(Escape.terminal(title), to: width)))
    for d in analysis.documents {
      if docs > Self.compactHeader {
        let date = d.publication.map { $0.date.iso } ?? "date unknown"
        let head = "  \(date)  " + Escape.terminal(d.title.map { "\(d.id): \($0)" } ?? d.id)
        out.append(DisplayWidth.truncate(head, to: width))
        continue
      }
      let head = "  " + Escape.terminal(d.title.map { "\(d.id): \($0)" } ?? d.id)
      out.append(DisplayWidth.truncate(head, to: width))
      out.append(style.dim(DisplayWidth.truncate("    " + Chronology.publication(d), to: width)))
    }
    // Columns from the expressions, then each sentence cut to the room left beside them.
    let cols = columns(for: Chronology.rows(tl.dated + tl.undated), width: width)
    let window = max(16, cols.rest - 2)
    let groups = Chronology.groups(tl.dated).map { ($0.value, Chronology.rows($0.entries, documents: analysis.documents, window: window)) }
    let undated = Chronology.rows(tl.undated, documents: analysis.documents, window: window)
    // A long chronology drops the blank line between dates and says "(3 articles)" on the
    // caption's line instead of listing them, so 80 events stay within about 400 lines.
    let compact = count > Self.compactAbove
    for (n, (value, rows)) in groups.enumerated() {
      if !compact || n == 0 { out.append("") }
      let value = Escape.terminal(value)
      let label = DateLabel.format(value)
      let header = label == value ? label : "\(label)  \(value)"
      out.append(style.date(DisplayWidth.truncate(header, to: width)))
      for r in rows { out += lines(r, cols, width: width, style, compact: compact) }
    }
    if !undated.isEmpty {
      out.append("")
      out.append(style.date("Undated"))
      for var r in undated {
        r.expression = "–"
        out += lines(r, cols, width: width, style, compact: compact)
      }
    }
    if count == 0 {
      out.append("")
      out.append(tl.omitted > 0 ? "No event in the story's selection; --all shows every one." : "No events found.")
    }
    return out.joined(separator: "\n") + "\n"
  }

  func columns(for rows: [ChronologyRow], width: Int) -> Columns {
    let cap = max(6, width / 5)
    let expr = min(22, cap, max(4, rows.map { DisplayWidth.of(Escape.terminal($0.expression)) }.max() ?? 4))
    let rest = width - Columns.indent - expr - Columns.gap
    if rest < 24 { return Columns(expression: expr, rest: width - 2 * Columns.indent, stacked: true) }
    return Columns(expression: expr, rest: rest, stacked: false)
  }

  /// The lines for one entry: expression | caption (wrapped), then one line of the sentence
  /// it comes from, the articles that report it and any date conflict.
  func lines(_ r: ChronologyRow, _ c: Columns, width: Int, _ style: TerminalStyle, compact: Bool = false) -> [String] {
    let expression = Escape.terminal(r.expression)
    var caption = Escape.terminal(r.caption)
    if compact && !r.sources.isEmpty { caption += " (\(r.sources.count) articles)" }
    let excerpt = "“" + DisplayWidth.truncate(Escape.terminal(r.evidence), to: max(10, c.rest - 2)) + "”"
    var notes: [(String, (String) -> String)] = []
    if !r.sources.isEmpty && !compact {
      notes.append((Escape.terminal("reported by " + r.sources.joined(separator: ", ")), style.dim))
    }
    for conflict in r.conflicts { notes.append((Escape.terminal("! dated " + conflict), style.warning)) }
    if c.stacked {
      let pad = String(repeating: " ", count: Columns.indent)
      var lines = DisplayWidth.wrap(caption, width: width - Columns.indent).map { pad + style.bold($0) }
      if !expression.isEmpty { lines.append(pad + pad + style.dim(DisplayWidth.truncate(expression, to: c.rest))) }
      lines.append(pad + pad + style.dim(DisplayWidth.truncate(excerpt, to: c.rest)))
      for (text, paint) in notes { lines += DisplayWidth.wrap(text, width: c.rest).prefix(2).map { pad + pad + paint($0) } }
      return lines
    }
    let lead = String(repeating: " ", count: Columns.indent)
    let gap = String(repeating: " ", count: Columns.gap)
    let blank = lead + String(repeating: " ", count: c.expression + Columns.gap)
    let exprCell = DisplayWidth.pad(DisplayWidth.truncate(expression, to: c.expression), to: c.expression)
    var lines: [String] = []
    for (i, text) in DisplayWidth.wrap(caption, width: c.rest).prefix(2).enumerated() {
      lines.append(i == 0 ? lead + style.dim(exprCell) + gap + style.bold(text) : blank + style.bold(text))
    }
    lines.append(blank + style.dim(excerpt))
    for (note, paint) in notes {
      // A long list of reporting articles stays on one line.
      lines.append(blank + paint(DisplayWidth.truncate(note, to: c.rest)))
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
