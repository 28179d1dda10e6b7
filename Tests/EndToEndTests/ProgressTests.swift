import Foundation
import Testing

/// Progress appears on stderr only when it is a terminal.
@Suite struct ProgressTests {
  /// A batch that takes a few seconds in a debug build.
  static func batch(lines: Int) -> String {
    var s = ""
    for i in 0..<lines {
      s += "{\"id\": \(i), \"published\": \"2024-03-03\", \"text\": \"The council met on Monday and agreed on 5 May 2023 to meet in Geneva. Officials said on Tuesday the deal was signed.\"}\n"
    }
    return s
  }

  @Test func nothingWhenStderrIsNotATerminal() throws {
    let dir = try CLI.tempDir()
    let input = dir.appendingPathComponent("in.jsonl")
    try Data(Self.batch(lines: 400).utf8).write(to: input)
    let r = try CLI.run(["extract", "--jsonl", "--jobs", "1", input.path, "-o", dir.appendingPathComponent("out.jsonl").path])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty, "stderr: \(r.stderr.debugDescription.prefix(300))")
    let files = try CLI.run(["timeline", "Samples", "--jobs", "1"])
    #expect(!files.stderr.contains("\r") && !files.stderr.contains("documents "))
  }

  /// Under a pseudo-terminal (util-linux `script`), the line shows count, rate and time left.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "no /usr/bin/script"))
  func countRateAndTimeLeftOnATerminal() throws {
    let dir = try CLI.tempDir()
    let input = dir.appendingPathComponent("in.jsonl")
    try Data(Self.batch(lines: 1500).utf8).write(to: input)
    let out = dir.appendingPathComponent("out.jsonl")
    let command = "'\(CLI.binary.path)' extract --jsonl --jobs 1 '\(input.path)' -o '\(out.path)'"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    p.arguments = ["-qec", command, "/dev/null"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let seen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 1500)
    // The run lasts over a second in a debug build; a fast release build may finish first.
    if seen.contains("documents") {
      #expect(seen.contains("/s"))
      #expect(seen.contains(" left"))
      #expect(seen.contains("%"))
      #expect(seen.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")
    }
  }
}
