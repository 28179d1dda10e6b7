import Foundation
import Testing

@testable import AnnalsText

@Test func plainTextFileWithHeader() throws {
  let doc = try Fixture.read("plain.txt")
  #expect(doc.id == Fixture.path("plain.txt"))
  #expect(doc.text.hasPrefix("Ferry operators agree"))
  #expect(doc.publication?.iso == "2025-11-04T07:15:00-05:00")
  #expect(doc.publication?.source == "header")
  #expect(doc.diagnostics.isEmpty)
}

@Test func publishedFlagOverridesTheText() throws {
  let flag = PublicationDateFinder.parseISO("2020-01-02", source: "flag")
  let doc = try DocumentReader.read(path: Fixture.path("plain.txt"), published: flag)
  #expect(doc.publication?.iso == "2020-01-02")
  #expect(doc.publication?.source == "flag")
}

@Test("format by extension", arguments: [
  ("a/b/story.txt", DocumentReader.Format.plainText), ("story.HTML", .html), ("x.htm", .html),
  ("doc.tml", .timeML), ("APW1998.tml.TE3input", .timeML), ("notes.md", .plainText), ("README", .plainText),
  (".hidden", .plainText),
])
func formatByExtension(_ path: String, _ format: DocumentReader.Format) {
  #expect(DocumentReader.Format(path: path) == format)
}

@Test func missingFile() {
  #expect(throws: InputError("/no/such/dir/story.txt", "no such file")) {
    try DocumentReader.read(path: "/no/such/dir/story.txt")
  }
}

@Test func directoryIsAnError() throws {
  let dir = try Fixture.scratchFolder()
  #expect(throws: InputError(dir, "is a directory")) { try DocumentReader.read(path: dir) }
}

@Test(.enabled(if: getuid() != 0, "root can read any file"))
func unreadableFile() throws {
  let dir = try Fixture.scratchFolder()
  let p = try Fixture.write(Array("Some text".utf8), "locked.txt", in: dir)
  chmod(p, 0)
  #expect(throws: InputError(p, "permission denied")) { try DocumentReader.read(path: p) }
}

@Test("empty and whitespace-only files", arguments: [[], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF, 0x0A]])
func emptyFiles(_ bytes: [UInt8]) throws {
  let dir = try Fixture.scratchFolder()
  let p = try Fixture.write(bytes, "empty.txt", in: dir)
  #expect(throws: InputError(p, "file is empty")) { try DocumentReader.read(path: p) }
}

@Test("binary files", arguments: [
  [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
  Array("text with a NUL\u{0} inside".utf8),
  [UInt8](repeating: 0x01, count: 50) + Array("abc".utf8),
])
func binaryFiles(_ bytes: [UInt8]) throws {
  let dir = try Fixture.scratchFolder()
  let p = try Fixture.write(bytes, "image.txt", in: dir)
  #expect(throws: InputError(p, "looks like a binary file")) { try DocumentReader.read(path: p) }
}

@Test func invalidUTF8IsRepairedWithAWarning() throws {
  let dir = try Fixture.scratchFolder()
  let bytes = Array("Caf".utf8) + [0xE9] + Array(" opened on Monday. \u{1F600} ok".utf8)
  let p = try Fixture.write(bytes, "latin1.txt", in: dir)
  let doc = try DocumentReader.read(path: p)
  #expect(doc.text.hasPrefix("Caf\u{FFFD} opened"))
  #expect(doc.diagnostics.contains { $0.severity == .warning && $0.message.contains("invalid UTF-8") })
  // Offsets are scalar offsets into the repaired text.
  let tokens = Tokenizer.tokenize(doc.text).tokens
  let monday = try #require(tokens.first { $0.text == "Monday" })
  #expect(slice(doc.text, monday.start, monday.end) == "Monday")
}

@Test func missingDateGivesAWarning() throws {
  let doc = try DocumentReader.read(data: Array("Nothing dated here.".utf8), source: "x.txt", format: .plainText).get()
  #expect(doc.publication == nil)
  #expect(doc.diagnostics.map(\.message) == ["no publication date found; relative dates stay unresolved"])
}

@Test func byteOrderMarkIsDropped() throws {
  let doc = try DocumentReader.read(data: [0xEF, 0xBB, 0xBF] + Array("Hello".utf8), source: "b.txt", format: .plainText).get()
  #expect(doc.text == "Hello")
}

@Test func expandFolders() throws {
  let dir = try Fixture.scratchFolder()
  try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
  try FileManager.default.createDirectory(atPath: dir + "/.git", withIntermediateDirectories: true)
  for name in ["b.html", "a.txt", ".hidden.txt", "notes.pdf", "sub/c.tml", "d.TE3input", "e.md", ".git/f.txt", "g.HTM", "README.md"] {
    _ = try Fixture.write(Array("x".utf8), name, in: dir)
  }
  let expanded = try DocumentReader.expand(paths: ["-", dir, dir + "/notes.pdf"])
  #expect(expanded == ["-"] + ["a.txt", "b.html", "d.TE3input", "e.md", "g.HTM", "sub/c.tml"].map { dir + "/" + $0 } + [dir + "/notes.pdf"])
  #expect(throws: InputError(dir + "/nope", "no such file")) { try DocumentReader.expand(paths: [dir + "/nope"]) }
}

@Test("headline of a plain-text article", arguments: [
  ("Ferry operators agree on winter timetable\n\nThree companies agreed.", "Ferry operators agree on winter timetable"),
  ("Home / World News / Pilots end strike after talks\n\nBody.", "Pilots end strike after talks"),
  ("\n\n  Dam gates opened  \nBody.", "Dam gates opened"),
  ("Putin spoke to Kim on Tuesday.\nMore text.", nil),
  ("Published: August 13, 2025\nBody.", nil),
  ("August 13, 2025\nBody.", nil),
  ("word\nBody.", nil),
  ("lower-case start of a paragraph that runs on\nBody.", nil),
  ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone", nil),
] as [(String, String?)])
func headlineGuess(_ text: String, _ expected: String?) {
  #expect(HeadlineGuess.title(of: text) == expected)
}

@Test func plainTextDocumentsCarryTheirHeadline() throws {
  #expect(try Fixture.read("plain.txt").title == "Ferry operators agree on winter timetable")
}
