import Foundation
import Testing

@testable import AnnalsText

private func lines() throws -> [String] {
  try String(contentsOfFile: Fixture.path("batch.jsonl"), encoding: .utf8)
    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

private func read(_ n: Int) throws -> Result<Document, InputError> {
  DocumentReader.readJSONLine(try lines()[n - 1], lineNumber: n, source: "<stdin>")
}

@Test func goodLines() throws {
  let a1 = try read(1).get()
  #expect(a1.id == "a1")
  #expect(a1.source == "<stdin>:1")
  #expect(a1.publication?.iso == "2025-08-13")
  #expect(a1.publication?.source == "input")
  #expect(a1.text == "Harbour pilots walked out on Tuesday.")

  let n42 = try read(2).get()
  #expect(n42.id == "42")
  #expect(n42.title == "Pilots strike")
  #expect(n42.publication?.iso == "2025-08-13T08:03:00+05:30")

  let a3 = try read(3).get()
  #expect(a3.publication?.iso == "2025-08-15T18:00:00+05:30")
  #expect(a3.publication?.source == "header")
}

@Test func invalidPublishedIsAWarningAndTheTextIsSearched() throws {
  let doc = try read(4).get()
  #expect(doc.id == "a4")
  #expect(doc.publication == nil)
  #expect(doc.diagnostics.first?.message == "\"published\" is not an ISO 8601 date: 2025-02-30")
}

@Test("bad lines", arguments: [
  (5, "<stdin>:5: line is not valid JSON", "b1"),
  (6, "<stdin>:6: line is not a JSON object", nil),
  (7, "<stdin>:7: missing \"id\"", nil),
  (8, "<stdin>:8: missing \"text\"", "b4"),
  (9, "<stdin>:9: \"id\" must be a string or a number", nil),
  (10, "<stdin>:10: \"text\" must be a string", "b6"),
  (11, "<stdin>:11: line is empty", nil),
] as [(Int, String, String?)])
func badLines(_ n: Int, _ message: String, _ id: String?) throws {
  switch try read(n) {
  case .success(let doc): Issue.record("line \(n) read as \(doc.id)")
  case .failure(let e):
    #expect(e.description == message)
    #expect(e.id == id)
  }
}

@Test func recoverIDFromBrokenLines() {
  #expect(DocumentReader.recoverID(#"{"id": "x\"y", "text": "#) == "x\"y")
  #expect(DocumentReader.recoverID(#"{"text": "a", "id":17"#) == "17")
  #expect(DocumentReader.recoverID(#"{"text": "no id"#) == nil)
}

@Test func offsetsIntoJSONTextAreScalarOffsets() throws {
  let line = #"{"id": "k", "text": "서울 👩‍👩‍👧 met on Friday.", "published": "2025-08-13"}"#
  let doc = try DocumentReader.readJSONLine(line, lineNumber: 1, source: "f.jsonl").get()
  let friday = try #require(Tokenizer.tokenize(doc.text).tokens.first { $0.text == "Friday" })
  #expect(friday.start == 16)  // 2 Hangul + space + 5-scalar emoji + space + "met on "
  #expect(slice(doc.text, friday.start, friday.end) == "Friday")
}
