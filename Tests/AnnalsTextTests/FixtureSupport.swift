import Foundation

@testable import AnnalsText

/// Paths to the fixtures and a scratch folder for files written by tests.
enum Fixture {
  static func path(_ name: String) -> String {
    let base = Bundle.module.resourceURL?.appendingPathComponent("Fixtures").path ?? "Fixtures"
    return base + "/" + name
  }

  static func read(_ name: String) throws -> Document {
    try DocumentReader.read(path: path(name))
  }

  /// A fresh empty folder under the system temporary folder.
  static func scratchFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("annals-text-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static func write(_ bytes: [UInt8], _ name: String, in dir: String) throws -> String {
    let p = dir + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: p))
    return p
  }
}

/// The scalars of `text` from `start` to `end`, for checking offsets.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
  String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
}
