import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The same input gives the same bytes whatever the run, the job count, the time zone or
/// the locale; outputs appear whole or not at all.
@Suite struct DeterminismTests {
  static let hostile = ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"]

  static let commands: [[String]] = [
    ["extract", "Samples"],
    ["timeline", "Samples", "--format", "text", "--width", "90"],
    ["timeline", "Samples", "--format", "json"],
    ["timeline", "Samples", "--format", "csv"],
    ["timeline", "Samples", "--format", "markdown"],
    ["timeline", "Samples", "--format", "svg"],
    ["graph", "Samples", "--format", "dot"],
    ["graph", "Samples", "--format", "svg"],
    ["graph", "Samples", "--format", "json"],
    ["report", "Samples", "--format", "html"],
    ["tag", "Samples"],
    ["tag", "Samples/05_river_flood_timeml.tml"],
  ]

  @Test(arguments: commands)
  func sameBytesAcrossRunsJobsZonesAndLocales(_ args: [String]) throws {
    let a = try CLI.run(args + ["--jobs", "1"])
    let b = try CLI.run(args + ["--jobs", "2"], env: Self.hostile)
    let c = try CLI.run(args + ["--jobs", "2"])
    #expect(a.status == 0, "\(a.stderr)")
    #expect(!a.stdout.isEmpty)
    #expect(a.stdout == b.stdout, "differs under TZ/LANG or --jobs 2")
    #expect(a.stdout == c.stdout, "differs between runs")
  }

  /// A batch with good and bad lines: same lines in the same order for every job count.
  @Test(arguments: [["tag", "--jsonl"], ["extract", "--jsonl"]])
  func batchOrderDoesNotDependOnJobs(_ args: [String]) throws {
    var input = ""
    for i in 0..<120 {
      switch i % 7 {
      case 3: input += "not json \(i)\n"
      case 5: input += "{\"id\": \"\(i)\", \"text\": \"Rain on \(i % 28 + 1) May 2023 and on Monday.\"}\n"
      default:
        input += "{\"id\": \"\(i)\", \"text\": \"The council met on Monday, \(i % 28 + 1) May 2024, in Geneva.\", \"published\": \"2024-06-0\(i % 9 + 1)\"}\n"
      }
    }
    let one = try CLI.run(args + ["--jobs", "1"], stdin: input)
    let three = try CLI.run(args + ["--jobs", "3"], stdin: input, env: Self.hostile)
    #expect(one.status == 1)  // the bad lines
    let lines = one.stdout.split(separator: "\n")
    #expect(lines.count == 120)
    #expect(one.stdout == three.stdout)
    for (i, line) in lines.enumerated() where i % 7 != 3 {
      #expect(line.hasPrefix("{\"id\":\"\(i)\""), "line \(i + 1) out of order")
    }
  }

  /// Relative dates with no publication date stay unresolved rather than using the clock.
  @Test func noWallClock() throws {
    let r = try CLI.run(["tag", "-"], stdin: "The vote is today and the count is tomorrow.")
    #expect(r.status == 0)
    var today = tm()
    var now = time(nil)
    gmtime_r(&now, &today)
    let year = String(today.tm_year + 1900)
    #expect(!r.stdout.contains(year), "a relative date was resolved against the clock: \(r.stdout)")
  }

  // MARK: Interrupted runs

  /// A batch big enough to still be running a moment after it starts.
  static func longBatch(in dir: URL) throws -> URL {
    let sentence = "The council met on Monday and agreed on 5 May 2023 to hold talks in Geneva. "
    var text = ""
    for i in 0..<4000 {
      text += "{\"id\": \(i), \"published\": \"2024-03-03\", \"text\": \"\(String(repeating: sentence, count: 3))\"}\n"
    }
    let url = dir.appendingPathComponent("batch.jsonl")
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Starts `extract --jsonl IN -o OUT`, waits for its temporary file, sends `signal`.
  static func interrupt(with signal: Int32) throws -> (status: Int32, files: [String], out: URL) {
    let dir = try CLI.tempDir()
    let input = try longBatch(in: dir)
    let out = dir.appendingPathComponent("out.jsonl")
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["extract", "--jsonl", "--jobs", "1", input.path, "-o", out.path]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    let tmp = dir.appendingPathComponent(".out.jsonl.tmp-\(p.processIdentifier)")
    var waited = 0
    while !FileManager.default.fileExists(atPath: tmp.path), waited < 400, p.isRunning {
      usleep(50_000)
      waited += 1
    }
    usleep(200_000)  // let it write some lines
    kill(p.processIdentifier, signal)
    p.waitUntilExit()
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    return (p.terminationStatus, files, out)
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedRunLeavesNothing(_ signal: Int32) throws {
    let r = try Self.interrupt(with: signal)
    #expect(r.status == signal, "still finished before the signal")
    #expect(r.files == ["batch.jsonl"], "left behind: \(r.files)")
  }

  /// SIGKILL cannot be caught: a hidden temporary file may stay, the target never half-written.
  @Test func killedRunNeverLeavesATruncatedTarget() throws {
    let r = try Self.interrupt(with: SIGKILL)
    #expect(r.status == SIGKILL)
    #expect(!r.files.contains("out.jsonl"))
    #expect(r.files.allSatisfy { $0 == "batch.jsonl" || $0.hasPrefix(".out.jsonl.tmp-") })
  }

  @Test func finishedRunWritesTheWholeFileAndNoTemporary() throws {
    let dir = try CLI.tempDir()
    var input = ""
    for i in 0..<50 { input += "{\"id\": \(i), \"published\": \"2024-03-03\", \"text\": \"Talks on Monday.\"}\n" }
    let out = dir.appendingPathComponent("out.jsonl")
    let r = try CLI.run(["tag", "--jsonl", "-o", out.path], stdin: input)
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(written.split(separator: "\n").count == 50)
    #expect(written.hasSuffix("}\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
  }
}
