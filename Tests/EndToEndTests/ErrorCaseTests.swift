import Foundation
import Testing

/// Bad input gets one clear line naming the file, a non-zero exit, and no output file.
@Suite struct ErrorCaseTests {
  @Test func missingFileIsNamed() throws {
    let r = try CLI.run(["timeline", "/nonexistent/article.txt"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("/nonexistent/article.txt"))
    #expect(r.stderr.contains("no such file"))
    #expect(r.stdout.isEmpty)
  }

  @Test func emptyFileIsAnError() throws {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("empty.txt")
    try Data().write(to: file)
    let out = dir.appendingPathComponent("out.json")
    let r = try CLI.run(["extract", file.path, "-o", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("empty.txt"))
    #expect(r.stderr.contains("empty"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func badPublishedFlagIsRejected() throws {
    let r = try CLI.run(["tag", "--published", "2025-02-30", "-"], stdin: "Talks on Friday.")
    #expect(r.status != 0)
    #expect(r.stderr.contains("2025-02-30"))
  }

  @Test func missingOutputFolderLeavesNothing() throws {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("a.txt")
    try Data("The summit was held on Tuesday.".utf8).write(to: file)
    let out = dir.appendingPathComponent("no/such/folder/out.json")
    let r = try CLI.run(["extract", "--published", "2025-08-13", file.path, "-o", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("out.json"))
    #expect(r.stderr.contains("does not exist"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["a.txt"])
  }

  @Test func noPublicationDateWarnsAndLeavesRelativeDatesOpen() throws {
    let r = try CLI.run(["tag", "-"], stdin: "The minister resigned on Tuesday.")
    #expect(r.status == 0)
    #expect(r.stderr.contains("<stdin>"))
    #expect(r.stderr.contains("no publication date"))
    #expect(r.stdout.contains("XXXX-WXX-2"))
  }

  @Test func strictMakesAMissingPublicationDateAnError() throws {
    let r = try CLI.run(["tag", "--strict", "-"], stdin: "The minister resigned on Tuesday.")
    #expect(r.status != 0)
    #expect(r.stderr.contains("no publication date"))
    #expect(r.stdout.isEmpty)
  }

  @Test func badJSONLinesGiveErrorLinesInOrder() throws {
    let input = """
      {"id": "a", "text": "It rained on Monday.", "published": "2025-08-13"}
      not json at all
      {"id": "c"}
      {"id": "d", "text": "Nothing here.", "published": "2025-08-13"}

      """
    let r = try CLI.run(["tag", "--jsonl"], stdin: input)
    #expect(r.status != 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(objects[0]?["id"] as? String == "a")
    #expect(objects[1]?["error"] != nil)
    #expect(objects[2]?["id"] as? String == "c")
    #expect(objects[2]?["error"] != nil)
    #expect(objects[3]?["id"] as? String == "d")
    #expect(r.stderr.contains("<stdin>:2"))
  }
}
