import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile and broken inputs: each gives its own message on stderr and a known exit code
/// (0 read with a warning, 1 input or output error, 64 bad command line), never a crash.
@Suite struct BadInputTests {
  let dir: URL

  init() throws { dir = try CLI.tempDir() }

  /// Writes `bytes` to a file called `name` in this test's folder and returns its path.
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

  /// The `documents[0].timexes` of a `tag` JSON output.
  func timexes(_ stdout: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
    let docs = try #require(object?["documents"] as? [[String: Any]])
    return try #require(docs.first?["timexes"] as? [[String: Any]])
  }

  static let isRoot = getuid() == 0

  // MARK: Files that are not articles

  @Test func emptyFile() throws {
    let r = try CLI.run(["tag", try file("empty.txt", "")])
    #expect(r.status == 1)
    #expect(r.stderr.contains("empty.txt: file is empty"))
    #expect(r.stdout.isEmpty)
  }

  @Test func whitespaceOnlyFile() throws {
    let r = try CLI.run(["extract", try file("blank.txt", " \n\t\u{200B}\n")])
    #expect(r.status == 1)
    #expect(r.stderr.contains("blank.txt: file is empty"))
  }

  @Test func binaryFile() throws {
    var bytes: [UInt8] = Array("\u{7F}ELF".utf8)
    var x: UInt32 = 2_463_534_242
    for _ in 0..<4000 {
      x ^= x << 13
      x ^= x >> 17
      x ^= x << 5
      bytes.append(UInt8(truncatingIfNeeded: x))
    }
    let r = try CLI.run(["timeline", try file("program.txt", bytes)])
    #expect(r.status == 1)
    #expect(r.stderr.contains("program.txt: looks like a binary file"))
    #expect(r.stdout.isEmpty)
  }

  @Test func invalidUTF8IsReplacedWithAWarningAndOffsetsStayConsistent() throws {
    var bytes = Array("Published: 3 March 2024\n\nThe caf".utf8)
    bytes += [0xE9]  // Latin-1 é
    bytes += Array(" opened on Monday ".utf8) + [0xFF, 0xFE] + Array(" and closed on 5 May.".utf8)
    let path = try file("latin1.txt", bytes)
    let r = try CLI.run(["tag", path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("latin1.txt: warning: invalid UTF-8: 3 replacement character(s) inserted"))
    let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    let found = try timexes(r.stdout)
    #expect(found.map { $0["text"] as? String } == ["3 March 2024", "Monday", "5 May"])
    for t in found {
      let start = try #require(t["start"] as? Int)
      let end = try #require(t["end"] as? Int)
      #expect(String(String.UnicodeScalarView(text[start..<end])) == t["text"] as? String)
    }
  }

  // MARK: Size

  /// One enormous line. The issue asks for 50 MB; a debug build tags about 0.1 MB/s, so the
  /// default is 1 MB (set ANNALS_BIG_LINE_MB=50 with a release build for the full size).
  @Test func hugeSingleLineJSONL() throws {
    let megabytes = ProcessInfo.processInfo.environment["ANNALS_BIG_LINE_MB"].flatMap(Int.init) ?? 1
    let unit = "The board met on 3 March 2024 and voted. "
    let repeats = megabytes * 1_000_000 / unit.utf8.count
    let line = "{\"id\": \"big\", \"published\": \"2024-03-10\", \"text\": \"" + String(repeating: unit, count: repeats) + "\"}\n"
    let path = try file("big.jsonl", line)
    let r = try CLI.run(["tag", "--jsonl", "--jobs", "1", path])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    let found = try #require(object?["timexes"] as? [[String: Any]])
    #expect(found.count == repeats)
    #expect(found.allSatisfy { $0["value"] as? String == "2024-03-03" })
  }

  @Test func thousandsOfTimexesInOneSentence() throws {
    let days = (0..<5000).map { "\($0 % 28 + 1) May 2023" }
    let path = try file("many.txt", "Published: 3 March 2024\n\nThe meetings were on " + days.joined(separator: ", ") + ".")
    let r = try CLI.run(["tag", path])
    #expect(r.status == 0)
    let found = try timexes(r.stdout)
    #expect(found.count == 5001)
    #expect(found.last?["value"] as? String == "2023-05-16")
    let e = try CLI.run(["extract", path])
    #expect(e.status == 0)
  }

  // MARK: Markup

  @Test func deeplyNestedHTML() throws {
    let page = "<html><body>" + String(repeating: "<div>", count: 100_000)
      + "<p>Published 3 March 2024. The council met on Monday.</p>" + String(repeating: "</div>", count: 5)
    let r = try CLI.run(["tag", try file("deep.html", page)])
    #expect(r.status == 0)
    #expect(try timexes(r.stdout).map { $0["value"] as? String } == ["2024-03-03", "2024-02-26"])
  }

  @Test func truncatedHTML() throws {
    let page = "<html><head><title>Cut</title><meta name=\"date\" content=\"2024-03-03\"></head><body><p>The council met on Monday and <b"
    let r = try CLI.run(["tag", try file("cut.html", page)])
    #expect(r.status == 0)
    #expect(try timexes(r.stdout).map { $0["value"] as? String } == ["2024-02-26"])
  }

  @Test func htmlWithNoText() throws {
    let r = try CLI.run(["tag", try file("shell.html", "<html><head><script>var a = 1;</script></head><body><div></div></body></html>")])
    #expect(r.status == 1)
    #expect(r.stderr.contains("shell.html: HTML page has no text"))
  }

  static let dct = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-03\" functionInDocument=\"CREATION_TIME\">March 3</TIMEX3></DCT>"

  @Test func deeplyNestedXML() throws {
    let doc = "<TimeML>" + Self.dct + "<TEXT>" + String(repeating: "<S>", count: 100_000) + "The council met on Monday.</TEXT></TimeML>"
    let path = try file("deep.tml", doc)
    let r = try CLI.run(["tag", path])
    #expect(r.status == 0)
    #expect(r.stdout.contains("value=\"2024-02-26\">Monday</TIMEX3>"))
    let e = try CLI.run(["extract", path])
    #expect(e.status == 0)
  }

  @Test func truncatedTimeML() throws {
    let path = try file("cut.tml", "<?xml version=\"1.0\"?><TimeML>" + Self.dct + "<TEXT>The council met on Monday and")
    for command in ["tag", "extract"] {
      let r = try CLI.run([command, path])
      #expect(r.status == 0, "\(command)")
      #expect(r.stderr.contains("cut.tml: warning: TimeML <TEXT> is not closed (truncated file?); read to the end"), "\(command)")
      #expect(r.stdout.contains("2024-02-26"), "\(command)")
    }
  }

  @Test func timeMLWithoutText() throws {
    let path = try file("notext.tml", "<TimeML>" + Self.dct + "</TimeML>")
    let tag = try CLI.run(["tag", path])
    #expect(tag.status == 1)
    #expect(tag.stderr.contains("notext.tml: not TimeML: no <TEXT> element"))
    let extract = try CLI.run(["extract", path])
    #expect(extract.status == 1)
    #expect(extract.stderr.contains("notext.tml: TimeML document has no <TEXT> element"))
  }

  @Test func timeMLWithoutDCT() throws {
    let path = try file("nodct.tml", "<TimeML><TEXT>The council met on Monday.</TEXT></TimeML>")
    let r = try CLI.run(["tag", path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("nodct.tml: warning: no DCT found; relative dates stay unresolved (give --published)"))
    #expect(r.stdout.contains("value=\"XXXX-WXX-1\">Monday</TIMEX3>"))
    let strict = try CLI.run(["tag", "--strict", path])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("nodct.tml: error: no DCT and no publication date in the text"))
  }

  // MARK: JSON Lines

  @Test func jsonLinesBrokenHugeAndNonObjectLines() throws {
    var bytes = Array("{\"id\": \"a\", \"text\": \"Caf".utf8) + [0xE9] + Array(" opened on Monday.\", \"published\": \"2024-03-03\"}\n".utf8)
    bytes += Array("[1, 2, 3]\n\"just a string\"\n{\"id\": \"d\", \"text\": \"unterminated\n".utf8)
    bytes += Array("{\"id\": \"e\", \"text\": \"\(String(repeating: "x", count: 2_000_000))\", \"published\": \"2024-03-03\"}\n".utf8)
    bytes += Array("{\"id\": \"f\", \"text\": \"On 5 May 2023 it rained.\", \"published\": \"2024-03-03\"}\n".utf8)
    let r = try CLI.run(["tag", "--jsonl", try file("mixed.jsonl", bytes)])
    #expect(r.status == 1)
    let lines = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(lines.count == 6)
    #expect(lines.map { $0?["id"] as? String } == ["a", nil, nil, "d", "e", "f"])
    #expect(lines.map { $0?["error"] != nil } == [false, true, true, true, false, false])
    #expect(r.stderr.contains("mixed.jsonl:1: warning: invalid UTF-8: 1 replacement character(s) inserted"))
    #expect(r.stderr.contains("mixed.jsonl:2: line is not a JSON object"))
    #expect(r.stderr.contains("mixed.jsonl:3: line is not a JSON object"))
    #expect(r.stderr.contains("mixed.jsonl:4: line is not valid JSON"))
    #expect(r.stderr.contains("3 bad line(s), 0 unreadable input(s)"))
  }

  @Test func jsonLinesFromAFolderOrAMissingFile() throws {
    let folder = try CLI.run(["tag", "--jsonl", dir.path])
    #expect(folder.status == 1)
    #expect(folder.stderr.contains("is a directory (JSON Lines input must be a file)"))
    let missing = try CLI.run(["tag", "--jsonl", dir.appendingPathComponent("none.jsonl").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("none.jsonl: no such file or directory"))
  }

  // MARK: Files and folders that are not there

  @Test func missingFileAndFolder() throws {
    let file = try CLI.run(["extract", dir.appendingPathComponent("gone.txt").path])
    #expect(file.status == 1)
    #expect(file.stderr.contains("gone.txt: no such file"))
    let folder = try CLI.run(["timeline", dir.path + "/gone/"])
    #expect(folder.status == 1)
    #expect(folder.stderr.contains("gone/: no such file"))
  }

  @Test func emptyFolderIsNamed() throws {
    let empty = dir.appendingPathComponent("nothing")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let r = try CLI.run(["timeline", empty.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("nothing: folder holds no articles"))
  }

  @Test func oneMissingFileDoesNotStopTheOthers() throws {
    let good = try file("good.txt", "Published: 3 March 2024\n\nThe council met on Monday.")
    let r = try CLI.run(["tag", good, dir.appendingPathComponent("gone.txt").path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("gone.txt: no such file"))
    #expect(try timexes(r.stdout).count == 2)
  }

  /// A device would be read for ever (/dev/zero) and is refused; a pipe is read to its end.
  @Test func devicesAreRefusedAndPipesRead() throws {
    let device = try CLI.run(["tag", "/dev/zero"])
    #expect(device.status == 1)
    #expect(device.stderr.contains("/dev/zero: is a device, not a file (use - for standard input)"))
    let pipe = try CLI.run(["tag", "/dev/stdin"], stdin: "Published: 3 March 2024\n\nThe council met on Monday.")
    #expect(pipe.status == 0, "\(pipe.stderr)")
    #expect(try timexes(pipe.stdout).count == 2)
  }

  @Test(.enabled(if: !isRoot, "runs as root, which reads any file: skipped"))
  func unreadableFile() throws {
    let path = try file("secret.txt", "The council met on Monday.")
    chmod(path, 0)
    let r = try CLI.run(["tag", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("secret.txt: permission denied"))
  }

  // MARK: Output that cannot be written

  @Test func outputIntoAFileOrAMissingFolder() throws {
    let input = try file("a.txt", "Published: 3 March 2024\n\nThe council met on Monday.")
    let underFile = try CLI.run(["tag", input, "-o", input + "/out.json"])
    #expect(underFile.status == 1)
    #expect(underFile.stderr.contains("a.txt is a file, not a folder"))
    let missing = try CLI.run(["tag", "--jsonl", "-o", dir.appendingPathComponent("no/out.jsonl").path], stdin: "{\"id\":1,\"text\":\"x\"}\n")
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/no does not exist"))
    let onFolder = try CLI.run(["tag", input, "-o", dir.path])
    #expect(onFolder.status == 1)
    #expect(onFolder.stderr.contains("cannot write: it is a directory"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.txt"])
  }

  @Test(.enabled(if: !isRoot, "runs as root, which writes anywhere: skipped"))
  func unwritableOutputFolder() throws {
    let input = try file("a.txt", "Published: 3 March 2024\n\nThe council met on Monday.")
    let locked = dir.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    chmod(locked.path, 0o555)
    defer { chmod(locked.path, 0o755) }
    let r = try CLI.run(["tag", input, "-o", locked.appendingPathComponent("out.json").path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot write: permission denied"))
  }

  // MARK: Dates that do not exist

  @Test func impossibleDatesInTheText() throws {
    let text = "Published: 3 March 2024\n\nThe vote on February 30, 2025 was cancelled. In year 0 and in the year 99999 nothing happened; nor on 0000-01-01, 2023-13-45 or 99999-12-31."
    let r = try CLI.run(["tag", try file("impossible.txt", text)])
    #expect(r.status == 0)
    let values = try timexes(r.stdout).compactMap { $0["value"] as? String }
    #expect(!values.isEmpty)
    for v in values {
      #expect(!v.contains("02-30") && !v.contains("99999") && !v.hasPrefix("0000") && !v.contains("-13-"), "\(v)")
    }
  }

  /// TimeML values carry four-digit years (centuries two digits): "9999 years from now"
  /// and "the 99999th century" are only the far future (FUTURE_REF), never "12023".
  @Test func hugeOffsetsStayWithinFourDigitYears() throws {
    let r = try CLI.run(
      ["tag", "--published", "2024-03-03", "-"],
      stdin: "It ends 9999 years from now. In the 99999th century. It ends in 9223372036854775807 years.")
    #expect(r.status == 0)
    let values = try timexes(r.stdout).compactMap { $0["value"] as? String }
    let tooLong = values.filter { v in v.prefix { $0.isNumber }.count > 4 }
    #expect(tooLong.isEmpty, "\(tooLong)")
    #expect(values.contains("FUTURE_REF"))
  }

  @Test(arguments: ["2025-02-30", "0000-01-01", "99999-01-01", "2024-13-01", "2024-02-29T25:00"])
  func impossiblePublishedFlag(_ value: String) throws {
    let r = try CLI.run(["tag", "--published", value, "-"], stdin: "The council met on Monday.")
    #expect(r.status == 64)
    #expect(r.stderr.contains("--published: '\(value)' is not a valid ISO 8601 date between 0001-01-01 and 9999-12-31"))
    #expect(r.stdout.isEmpty)
  }

  @Test func leapDayPublishedFlagIsFine() throws {
    let r = try CLI.run(["tag", "--published", "2024-02-29", "-"], stdin: "The council met on Monday.")
    #expect(r.status == 0)
    #expect(try timexes(r.stdout).first?["value"] as? String == "2024-02-26")
  }
}
