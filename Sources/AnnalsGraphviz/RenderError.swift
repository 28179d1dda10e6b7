extension Graphviz {
  /// A Graphviz failure, with the library's own messages folded into `message`.
  public struct RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for callers that branch on it.
    public enum Kind: String, Sendable {
      case syntax, unknownLayout, unknownFormat, missingPlugins, inputTooLarge, renderFailed
    }
    public var kind: Kind
    public var message: String
    public init(_ kind: Kind = .renderFailed, _ message: String) {
      self.kind = kind
      self.message = message
    }
    public init(_ message: String) { self.init(.renderFailed, message) }
    public var description: String { message }
  }
}
