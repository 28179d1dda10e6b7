import AnnalsTimeline

/// Settings every renderer may read.
public struct RenderOptions: Sendable {
  /// ANSI color (terminal only; the CLI decides from isatty and NO_COLOR).
  public var color: Bool
  /// Terminal width in columns.
  public var width: Int
  /// Graphviz layout engine for graph renderers; `auto` picks dot or sfdp by size.
  public var layout: String
  /// How the timeline SVG (and TimelineJS groups) split events into lanes.
  public var lanes: TimelineLanes
  public init(color: Bool = false, width: Int = 100, layout: String = "auto", lanes: TimelineLanes = .none) {
    self.color = color
    self.width = width
    self.layout = layout
    self.lanes = lanes
  }
}

/// Horizontal bands of the timeline: one per entity, one per document, or one for all.
public enum TimelineLanes: String, Sendable, CaseIterable {
  case none, entity, document
}

/// One output format. Every format is one type behind this protocol, listed in `Formats`.
public protocol Renderer: Sendable {
  /// The name used on the command line (`--format NAME`).
  var name: String { get }
  /// File extensions that select this renderer for `-o FILE`.
  var extensions: [String] { get }
  /// One line for `--help` and `annals formats` (defaults to empty).
  var summary: String { get }
  func render(_ analysis: Analysis, options: RenderOptions) throws -> String
}

extension Renderer {
  public var summary: String { "" }
}
