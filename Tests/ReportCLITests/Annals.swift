import Foundation

/// Runs the built `annals` binary in the package root; stdout and stderr go to files so
/// neither pipe can fill up and stall the child.
enum Annals {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var binary: URL {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [here, here.deletingLastPathComponent()] {
      let url = dir.appendingPathComponent("annals")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/annals")
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ args: [String]) throws -> Result {
    let dir = try folder()
    let out = dir.appendingPathComponent("stdout")
    let err = dir.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = root
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    p.environment = env
    p.standardOutput = try FileHandle(forWritingTo: out)
    p.standardError = try FileHandle(forWritingTo: err)
    p.standardInput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  /// A new empty folder under the temporary directory.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
}
