import AnnalsTimeline

/// The timeline drawn as SVG in pure Swift (see `TimelineLayout`).
public struct TimelineSVGRenderer: Renderer {
  public let name = "timeline-svg"
  public let extensions = ["timeline.svg"]
  public var summary: String { "timeline drawn as SVG (compressed axis, no Graphviz)" }
  public init() {}

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    TimelineSVG.render(analysis, lanes: options.lanes)
  }
}
