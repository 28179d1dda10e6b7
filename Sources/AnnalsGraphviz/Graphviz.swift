import CGraphviz

/// DOT text in, rendered text or bytes out, through libgvc in this process.
///
/// Graphviz is not thread-safe, so every call runs under one process-wide lock with one
/// shared context (created on first use). An anonymous graph is named `G` before parsing,
/// so the same input always gives the same bytes.
public enum Graphviz {
  /// The layout engines a caller may ask for.
  public static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]
  /// Output formats that are text and can be returned as a `String`.
  public static let textFormats = ["svg", "xdot", "json", "plain", "plain-ext", "canon", "dot"]
  /// Output formats that are binary (use `renderData`).
  public static let binaryFormats = ["png", "pdf", "svgz"]
  /// Largest DOT input accepted; layout has no timeout, so huge inputs are refused.
  public static let maxInputBytes = 16 << 20

  /// Lays out `dot` with `layout` and renders it as `format` (a text format, SVG by default).
  public static func render(dot: String, layout: String = "dot", format: String = "svg") throws -> String {
    guard textFormats.contains(format) else {
      if binaryFormats.contains(format) {
        throw RenderError(.unknownFormat, "format '\(format)' is binary; use Graphviz.renderData")
      }
      throw RenderError(.unknownFormat, "unknown output format '\(format)'; text formats: \(textFormats.joined(separator: ", "))")
    }
    return String(decoding: try renderData(dot: dot, layout: layout, format: format), as: UTF8.self)
  }

  /// Lays out `dot` with `layout` and returns the bytes of `format` (text or binary).
  public static func renderData(dot: String, layout: String = "dot", format: String = "svg") throws -> [UInt8] {
    guard textFormats.contains(format) || binaryFormats.contains(format) else {
      let all = (textFormats + binaryFormats).joined(separator: ", ")
      throw RenderError(.unknownFormat, "unknown output format '\(format)'; available: \(all)")
    }
    guard dot.utf8.count <= maxInputBytes else {
      throw RenderError(.inputTooLarge, "DOT input is \(dot.utf8.count) bytes; the limit is \(maxInputBytes)")
    }
    guard !dot.utf8.contains(0) else {
      throw RenderError(.syntax, "DOT input contains a NUL byte")
    }
    return try GraphvizEngine.shared.withContext { gvc in
      guard layouts.contains(layout) else {
        let have = layouts.filter { annals_gv_has_plugin(gvc, "layout", $0) != 0 }
        throw RenderError(.unknownLayout, "unknown layout engine '\(layout)'; available: \(have.joined(separator: ", "))")
      }
      guard annals_gv_has_plugin(gvc, "layout", layout) != 0 else {
        throw RenderError(.missingPlugins, "layout engine '\(layout)' has no plugin installed" + GraphvizEngine.fixHint)
      }
      return try renderLocked(gvc, dot: dot, layout: layout, format: format)
    }
  }

  /// The layout engines from `layouts` that this machine's Graphviz can run.
  public static func availableLayouts() throws -> [String] {
    try GraphvizEngine.shared.withContext { gvc in
      layouts.filter { annals_gv_has_plugin(gvc, "layout", $0) != 0 }
    }
  }

  /// Where the plugins came from.
  public enum PluginSource: String, Sendable {
    /// The installed plugin list (`config6a`), read by `gvContext()`.
    case config
    /// No usable plugin list: core, dot, neato and pango plugins loaded directly (dlopen).
    case pluginTable = "plugin-table"
  }

  /// How this process found its plugins (creates the shared context if needed).
  public static func pluginSource() throws -> PluginSource {
    try GraphvizEngine.shared.withContext { _ in GraphvizEngine.shared.source ?? .config }
  }

  /// The libgvc version string ("2.43.0").
  public static func version() throws -> String {
    try GraphvizEngine.shared.withContext { gvc in
      gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
    }
  }

  private static func orUnknown(_ detail: String) -> String {
    detail.isEmpty ? "no details from Graphviz" : detail
  }

  /// Runs under the lock: parse, lay out, render, free everything in reverse.
  private static func renderLocked(_ gvc: OpaquePointer, dot: String, layout: String, format: String) throws -> [UInt8] {
    GraphvizEngine.resetMessages()
    guard let graph = namingAnonymousGraph(dot).withCString({ agmemread($0) }) else {
      let detail = GraphvizEngine.takeMessages()
      throw RenderError(.syntax, detail.isEmpty ? "DOT input holds no graph" : "DOT syntax error: \(detail)")
    }
    defer { agclose(graph) }
    guard gvLayout(gvc, graph, layout) == 0 else {
      throw RenderError(.renderFailed, "layout '\(layout)' failed: \(orUnknown(GraphvizEngine.takeMessages()))")
    }
    defer { gvFreeLayout(gvc, graph) }
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length = 0
    let rc = annals_gv_render_data(gvc, graph, format, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard rc == 0, let buffer else {
      let detail = GraphvizEngine.takeMessages()
      throw RenderError(.missingPlugins, "renderer for '\(format)' failed: \(orUnknown(detail))" + GraphvizEngine.fixHint)
    }
    return [UInt8](UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: length))
  }
}
