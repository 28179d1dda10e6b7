/// A small, fast JSON writer with a fixed key order (the order of the calls).
///
/// Strings are escaped per RFC 8259; `<`, `>`, `&`, U+2028 and U+2029 are written as
/// `\u` escapes too, so the output is safe to embed in HTML and in JavaScript.
public struct JSONWriter {
  public private(set) var out: String = ""
  private var needsComma: [Bool] = [false]

  public init(capacity: Int = 1024) { out.reserveCapacity(capacity) }

  private mutating func separator() {
    if needsComma[needsComma.count - 1] { out += "," }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func key(_ k: String) {
    separator()
    JSONWriter.appendString(k, to: &out)
    out += ":"
  }

  public mutating func beginObject(_ k: String? = nil) {
    if let k { key(k) } else { separator() }
    out += "{"
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    out += "}"
  }

  public mutating func beginArray(_ k: String? = nil) {
    if let k { key(k) } else { separator() }
    out += "["
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    out += "]"
  }

  public mutating func field(_ k: String, _ v: String) {
    key(k)
    JSONWriter.appendString(v, to: &out)
  }

  /// Writes the field only when `v` is not nil.
  public mutating func field(_ k: String, ifPresent v: String?) {
    if let v { field(k, v) }
  }

  /// Writes `null` when `v` is nil.
  public mutating func field(_ k: String, orNull v: String?) {
    if let v { field(k, v) } else { key(k); out += "null" }
  }

  public mutating func field(_ k: String, _ v: Int) {
    key(k)
    out += String(v)
  }

  public mutating func field(_ k: String, _ v: Bool) {
    key(k)
    out += v ? "true" : "false"
  }

  /// An array element that is a string.
  public mutating func element(_ v: String) {
    separator()
    JSONWriter.appendString(v, to: &out)
  }

  public static func appendString(_ s: String, to out: inout String) {
    out += "\""
    var plainStart = s.unicodeScalars.startIndex
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    while i != scalars.endIndex {
      let c = scalars[i]
      let v = c.value
      var esc: String? = nil
      switch v {
      case 0x22: esc = "\\\""
      case 0x5C: esc = "\\\\"
      case 0x0A: esc = "\\n"
      case 0x0D: esc = "\\r"
      case 0x09: esc = "\\t"
      case 0x3C, 0x3E, 0x26, 0x2028, 0x2029, 0x00..<0x20, 0x7F:
        esc = "\\u" + hex4(v)
      default: break
      }
      if let esc {
        // Appending a String (not through out.unicodeScalars, which copies the whole buffer).
        out += String(scalars[plainStart..<i])
        out += esc
        plainStart = scalars.index(after: i)
      }
      i = scalars.index(after: i)
    }
    out += String(scalars[plainStart..<scalars.endIndex])
    out += "\""
  }

  private static func hex4(_ v: UInt32) -> String {
    let digits: [Character] = Array("0123456789abcdef")
    return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
  }
}
