import CGraphviz

/// DOT text in, SVG text out, through libgvc in this process.
///
/// Placeholder: the real implementation serializes every call (Graphviz is not thread-safe).
public enum Graphviz {
  public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
  }

  public static func render(dot: String, layout: String = "dot", format: String = "svg") throws -> String {
    throw RenderError("not implemented")
  }
}
