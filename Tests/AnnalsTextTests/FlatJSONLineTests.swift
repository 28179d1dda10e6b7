import Testing

@testable import AnnalsText

/// The byte-level reader answers for plain lines and leaves everything unusual to JSONSerialization.
@Test func flatLinesAreReadDirectly() throws {
  let f = try #require(
    FlatJSONLine.read(#" {"id": "a1", "text": "Tab\there \"q\" \u00e9\/", "published": null, "title": "T", "x": true} "#))
  #expect(f.id == "a1")
  #expect(f.text == "Tab\there \"q\" \u{E9}/")
  #expect(f.published == nil)
  #expect(f.title == "T")
}

@Test(arguments: [
  #"{"id": 17, "text": "x"}"#,  // numbers
  #"{"id": "a", "text": "x", "n": {"a": 1}}"#,  // nesting
  #"{"id": "a", "id": "b", "text": "x"}"#,  // a repeated key of interest
  #"{"id": "a", "text": "\ud83d\ude00"}"#,  // surrogate escapes
  #"{"id": "a", "text": "x",}"#,  // what JSONSerialization may accept
  #"{"id": "a", "text": "x"} trailing"#,
  #"{"id": "a", "text": "x", "published": true}"#,
  #"{"id": "a"}"#,
  "{\"id\": \"a\", \"text\": \"raw\u{01}control\"}",
  #"[1]"#,
])
func unusualLinesAreLeftToJSONSerialization(_ line: String) {
  #expect(FlatJSONLine.read(line) == nil)
}

@Test func bothReadersGiveTheSameDocument() throws {
  let plain = #"{"id": "k", "text": "서울 \"met\" on Friday.", "published": "2025-08-13", "title": "t"}"#
  // The same line with a number field, which only JSONSerialization reads.
  let other = #"{"id": "k", "text": "서울 \"met\" on Friday.", "published": "2025-08-13", "title": "t", "n": 1}"#
  let a = try DocumentReader.readJSONLine(plain, lineNumber: 1, source: "f").get()
  let b = try DocumentReader.readJSONLine(other, lineNumber: 1, source: "f").get()
  #expect(a.id == b.id && a.text == b.text && a.title == b.title)
  #expect(a.publication?.iso == b.publication?.iso)
  #expect(a.diagnostics.map(\.description) == b.diagnostics.map(\.description))
}
