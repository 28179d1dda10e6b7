import Foundation
import Testing

@testable import AnnalsRender

/// JSON output is valid, escaped for HTML/JS embedding, and keeps every character.
@Suite struct JSONWriterTests {
  static let hostile: [String] = [
    "plain",
    "quote \" and backslash \\",
    "braces {} and [brackets]",
    "<script>alert(1)</script>",
    "]]> and --> and &amp;",
    "line\nbreak\r\nand\ttab",
    "Korean 김정은, Cyrillic Путин",
    "RTL \u{202E}evil\u{202C} and zero\u{200B}width",
    "line separator \u{2028} paragraph \u{2029}",
    "control \u{01}\u{1F}\u{7F}",
    "emoji 🇰🇵 👍🏽",
  ]

  @Test(arguments: hostile)
  func roundTripsThroughJSONSerialization(_ s: String) throws {
    var w = JSONWriter()
    w.beginObject()
    w.field("name", s)
    w.beginArray("list")
    w.element(s)
    w.endArray()
    w.endObject()
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(w.out.utf8)) as? [String: Any])
    #expect(obj["name"] as? String == s)
    #expect((obj["list"] as? [String])?.first == s)
  }

  @Test(arguments: hostile)
  func noRawMarkupOrLineBreaks(_ s: String) {
    var out = ""
    JSONWriter.appendString(s, to: &out)
    #expect(!out.contains("<"))
    #expect(!out.contains(">"))
    #expect(!out.contains("\n"))
    #expect(!out.contains("\u{2028}"))
  }

  @Test func nestingAndSeparators() {
    var w = JSONWriter()
    w.beginObject()
    w.field("a", 1)
    w.beginArray("b")
    w.beginObject()
    w.field("c", true)
    w.field("d", orNull: nil)
    w.endObject()
    w.beginObject()
    w.endObject()
    w.endArray()
    w.field("e", ifPresent: nil)
    w.field("f", "g")
    w.endObject()
    #expect(w.out == #"{"a":1,"b":[{"c":true,"d":null},{}],"f":"g"}"#)
  }
}
