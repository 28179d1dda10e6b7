import AnnalsGraphviz
import AnnalsTimeline

/// The relationship graph laid out by Graphviz (in-process libgvc) as SVG.
public struct GraphSVGRenderer: Renderer {
  public let name = "svg"
  public let extensions = ["svg"]
  public var summary: String { "relationship graph as SVG (Graphviz layout: --layout)" }
  public init() {}

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    try Graphviz.render(dot: DOTRenderer.dot(analysis.graph), layout: options.layout, format: "svg")
  }
}
