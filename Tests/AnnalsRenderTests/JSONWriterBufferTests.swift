import Testing

@testable import AnnalsRender

/// The buffered writer: eight-byte scans, compile-time keys and integers give the same
/// bytes as the plain definitions they stand for.
@Suite struct JSONWriterBufferTests {
  /// The escape every byte of a string should get, written out one scalar at a time.
  static func reference(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      case "<", ">", "&", "\u{7F}", "\u{00}"..."\u{1F}":
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  /// Every special character at every position of strings long enough for the word scan.
  @Test func escapesAtEveryPosition() {
    let specials = ["\"", "\\", "\n", "\t", "<", ">", "&", "\u{01}", "\u{7F}", "\u{2028}", "\u{2029}", "é", "€", "—"]
    for special in specials {
      for length in [0, 1, 7, 8, 9, 15, 16, 17, 31] {
        for at in 0...length {
          let s = String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at)
          var out = ""
          JSONWriter.appendString(s, to: &out)
          #expect(out == Self.reference(s), "\(special.unicodeScalars.map(\.value)) at \(at) of \(length)")
        }
      }
    }
  }

  /// A long string (past the size where room is counted exactly) full of escapes.
  @Test func longStringWithEveryEscape() {
    let piece = "a\"b\\c\nd\re\tf<g>h&i\u{01}j\u{7F}k\u{2028}l\u{2029}m—n€o"
    let s = String(repeating: piece, count: 300)
    var out = ""
    JSONWriter.appendString(s, to: &out)
    #expect(out == Self.reference(s))
    var w = JSONWriter(capacity: 16)
    w.put("text", s)
    #expect(w.out == "\"text\":" + Self.reference(s))
  }

  /// A long plain string goes through in one copy, unchanged.
  @Test func longPlainString() {
    let s = String(repeating: "Officials said on Tuesday that talks resumed. ", count: 50)
    var out = ""
    JSONWriter.appendString(s, to: &out)
    #expect(out == "\"" + s + "\"")
  }

  /// `put` with a compile-time key writes what `field` writes.
  @Test func compileTimeKeysMatchFields() {
    var a = JSONWriter(capacity: 16)
    var b = JSONWriter(capacity: 16)
    a.beginObject()
    b.beginObject()
    a.field("id", "ev1 <b>")
    b.put("id", "ev1 <b>")
    a.field("start", -42)
    b.put("start", -42)
    a.field("timex", orNull: nil)
    b.put("timex", orNull: nil)
    a.field("mod", ifPresent: nil)
    b.put("mod", ifPresent: nil)
    a.field("directed", false)
    b.put("directed", false)
    a.beginObject("time")
    b.open("time", array: false)
    a.endObject()
    b.endObject()
    a.beginArray("list")
    b.open("list", array: true)
    a.beginObject()
    b.beginObject()
    a.endObject()
    b.endObject()
    a.endArray()
    b.endArray()
    a.endObject()
    b.endObject()
    #expect(a.out == b.out)
    #expect(a.out == #"{"id":"ev1 \u003cb\u003e","start":-42,"timex":null,"directed":false,"time":{},"list":[{}]}"#)
  }

  /// Integers as `String(v)` writes them, the extremes included.
  @Test(arguments: [0, 7, -1, 10, 99_999, Int.max, Int.min])
  func integersAsStringWritesThem(_ v: Int) {
    var out: [UInt8] = []
    JSONWriter.appendInt(v, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == String(v))
  }

  /// Output far past the first capacity grows without losing a byte.
  @Test func growsPastItsCapacity() {
    var w = JSONWriter(capacity: 16)
    w.beginArray()
    for i in 0..<2000 { w.element("item \(i)") }
    w.endArray()
    let expected = "[" + (0..<2000).map { "\"item \($0)\"" }.joined(separator: ",") + "]"
    #expect(w.out == expected)
    #expect(w.bytes.count == expected.utf8.count)
  }
}
