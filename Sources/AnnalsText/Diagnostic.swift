/// A message for the user about one input; the library never prints, the CLI does.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Codable { case warning, error }
  public var severity: Severity
  /// The file (or `<stdin>`, or `<stdin>:LINE` for JSON Lines) the message is about.
  public var source: String
  public var message: String

  public init(_ severity: Severity, _ source: String, _ message: String) {
    self.severity = severity
    self.source = source
    self.message = message
  }

  public var description: String { "\(source): \(severity.rawValue): \(message)" }
}

/// An input that cannot be read at all.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var source: String
  public var message: String
  /// The id of the JSON Lines record that failed, when it could be recovered (additive).
  public var id: String? = nil
  public init(_ source: String, _ message: String) {
    self.source = source
    self.message = message
  }
  public var description: String { "\(source): \(message)" }
}
