import AnnalsGraphviz
import AnnalsTimeline

/// The relationship graph laid out by Graphviz (in-process libgvc) as SVG.
public struct GraphSVGRenderer: Renderer {
  public let name = "svg"
  public let extensions = ["svg"]
  public var summary: String { "relationship graph as SVG (Graphviz layout: --layout)" }
  public init() {}

  /// Layouts that get slow (minutes, no way to cancel) on big graphs, with their node limit.
  public static let nodeLimits = ["dot": 1000, "circo": 300, "fdp": 500, "neato": 2000]

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    // Only the drawable part is laid out: isolated entities are left out, huge graphs pruned.
    let count = DOTRenderer.drawable(analysis.graph).graph.nodes.count
    let layout = DOTRenderer.layout(options.layout, for: analysis.graph)
    if let limit = Self.nodeLimits[layout], count > limit {
      throw Graphviz.RenderError(
        .inputTooLarge,
        "the graph has \(count) nodes, too many for the '\(layout)' layout (limit \(limit)); "
          + "use --layout sfdp or twopi, or --format dot")
    }
    return try Graphviz.render(dot: DOTRenderer.dot(analysis.graph, layout: layout), layout: layout, format: "svg")
  }
}
