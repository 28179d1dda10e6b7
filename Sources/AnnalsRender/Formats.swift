/// Every output format, listed once. Look one up by `--format` name or by output file name.
public enum Formats {
  /// All renderers, in the order `--help` lists them.
  public static let all: [any Renderer] = [
    TextRenderer(), MarkdownRenderer(), CSVRenderer(), DOTRenderer(), GraphSVGRenderer(),
    GraphJSONRenderer(), GraphMLRenderer(), TimelineSVGRenderer(), TimelineJSRenderer(), JSONAnalysisRenderer(),
    HTMLReportRenderer(),
  ]

  /// The format names, in `all` order.
  public static var names: [String] { all.map(\.name) }

  /// The renderer called `name` (case-insensitive), or nil.
  public static func named(_ name: String) -> (any Renderer)? {
    let key = name.lowercased()
    return all.first { $0.name == key }
  }

  /// The renderer whose extension matches `ext` (`svg`, `.md`, `timeline.svg`), or nil.
  public static func forExtension(_ ext: String) -> (any Renderer)? {
    var key = ext.lowercased()
    if key.hasPrefix(".") { key.removeFirst() }
    return all.first { $0.extensions.contains(key) }
  }

  /// The renderer for an output path, by its longest matching extension:
  /// `a.timeline.svg` -> timeline-svg, `a.svg` -> svg, `a.graph.json` -> graph-json.
  public static func forPath(_ path: String) -> (any Renderer)? {
    let file = String(path.split(separator: "/").last ?? Substring(path)).lowercased()
    var best: (any Renderer)? = nil
    var bestLength = 0
    for renderer in all {
      for ext in renderer.extensions where file.hasSuffix("." + ext) && ext.count > bestLength {
        best = renderer
        bestLength = ext.count
      }
    }
    return best
  }
}
