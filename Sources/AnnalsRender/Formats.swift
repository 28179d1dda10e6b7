/// Every output format, listed once.
public enum Formats {
  public static let all: [any Renderer] = [JSONAnalysisRenderer()]

  public static func named(_ name: String) -> (any Renderer)? {
    all.first { $0.name == name }
  }

  public static func forExtension(_ ext: String) -> (any Renderer)? {
    all.first { $0.extensions.contains(ext.lowercased()) }
  }
}
