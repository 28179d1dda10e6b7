/// A small, fast JSON writer with a fixed key order (the order of the calls).
///
/// Strings are escaped per RFC 8259; `<`, `>`, `&`, U+2028 and U+2029 are written as
/// `\u` escapes too, so the output is safe to embed in HTML and in JavaScript.
public struct JSONWriter {
  /// UTF-8 bytes written so far; appending bytes keeps long outputs linear.
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]

  public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

  /// The JSON text written so far.
  public var out: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func separator() {
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func key(_ k: String) {
    separator()
    JSONWriter.appendString(k, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
  }

  public mutating func beginObject(_ k: String? = nil) {
    if let k { key(k) } else { separator() }
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  public mutating func beginArray(_ k: String? = nil) {
    if let k { key(k) } else { separator() }
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func field(_ k: String, _ v: String) {
    key(k)
    JSONWriter.appendString(v, to: &bytes)
  }

  /// Writes the field only when `v` is not nil.
  public mutating func field(_ k: String, ifPresent v: String?) {
    if let v { field(k, v) }
  }

  /// Writes `null` when `v` is nil.
  public mutating func field(_ k: String, orNull v: String?) {
    if let v { field(k, v) } else { key(k); bytes.append(contentsOf: "null".utf8) }
  }

  public mutating func field(_ k: String, _ v: Int) {
    key(k)
    JSONWriter.appendInt(v, to: &bytes)
  }

  /// Decimal digits of `v`, as `String(v)` writes them, without making a String.
  static func appendInt(_ v: Int, to out: inout [UInt8]) {
    guard v >= 0 else {
      out.append(contentsOf: String(v).utf8)
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var n = 0
    var x = UInt(v)
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[23 - n] = UInt8(48 + x % 10)
        x /= 10
        n += 1
      } while x > 0
      out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(24 - n)...]))
    }
  }

  public mutating func field(_ k: String, _ v: Bool) {
    key(k)
    bytes.append(contentsOf: (v ? "true" : "false").utf8)
  }

  /// An array element that is a string.
  public mutating func element(_ v: String) {
    separator()
    JSONWriter.appendString(v, to: &bytes)
  }

  /// Appends `s` as a JSON string literal to a String (for callers that build text).
  public static func appendString(_ s: String, to out: inout String) {
    var b: [UInt8] = []
    appendString(s, to: &b)
    out += String(decoding: b, as: UTF8.self)
  }

  /// True for a byte that may need an escape: control characters, `"` `\\` `<` `>` `&`,
  /// DEL, and the lead byte of U+2028/U+2029.
  @inline(__always) static func mayEscape(_ b: UInt8) -> Bool {
    b >= 0x3F ? (b == 0x5C || b == 0x7F || b == 0xE2) : (b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E)
  }

  /// Appends `s` as a JSON string literal, scanning its UTF-8 bytes.
  public static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most strings need no escape at all: one scan, one copy.
    let plain: Bool? = s.utf8.withContiguousStorageIfAvailable { u in
      for b in u where mayEscape(b) { return false }
      out.append(contentsOf: u)
      return true
    }
    if plain == true {
      out.append(UInt8(ascii: "\""))
      return
    }
    var s = s
    s.withUTF8 { u in
      var plain = 0
      var i = 0
      let n = u.count
      while i < n {
        let b = u[i]
        // Most bytes need nothing: printable ASCII other than " \\ < > &, and bytes of
        // multi-byte characters other than the lead byte of U+2028/U+2029.
        if !mayEscape(b) {
          i += 1
          continue
        }
        var esc: String? = nil
        var width = 1
        switch b {
        case 0x22: esc = "\\\""
        case 0x5C: esc = "\\\\"
        case 0x0A: esc = "\\n"
        case 0x0D: esc = "\\r"
        case 0x09: esc = "\\t"
        case 0x3C, 0x3E, 0x26, 0x00..<0x20, 0x7F: esc = "\\u" + hex4(UInt32(b))
        case 0xE2 where i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
          // U+2028 and U+2029 end lines in JavaScript.
          esc = u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          width = 3
        default: break
        }
        if let esc {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
          out.append(contentsOf: esc.utf8)
          i += width
          plain = i
        } else {
          i += 1
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<n]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func hex4(_ v: UInt32) -> String {
    let digits: [Character] = Array("0123456789abcdef")
    return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
  }
}
