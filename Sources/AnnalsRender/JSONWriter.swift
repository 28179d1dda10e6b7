/// A small, fast JSON writer with a fixed key order (the order of the calls).
///
/// Strings are escaped per RFC 8259; `<`, `>`, `&`, U+2028 and U+2029 are written as
/// `\u` escapes too, so the output is safe to embed in HTML and in JavaScript.
///
/// Bytes go into one buffer that grows by doubling; each call makes room once for the
/// most it can write and then stores through a pointer, so small fields cost little.
public struct JSONWriter {
  /// The output; only the first `count` bytes are written, the rest is room to grow.
  private var buf: [UInt8]
  private var count = 0

  public init(capacity: Int = 1024) { buf = [UInt8](repeating: 0, count: max(16, capacity)) }

  /// UTF-8 bytes written so far.
  public var bytes: [UInt8] { Array(buf[..<count]) }

  /// The JSON text written so far.
  public var out: String {
    buf.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
  }

  /// A comma goes before a member or element unless it opens its object or array (or the
  /// output); the last byte says which, so no stack of flags is kept.
  private var commaNeeded: Bool {
    guard count > 0 else { return false }
    let b = buf[count - 1]
    return b != UInt8(ascii: "{") && b != UInt8(ascii: "[")
  }

  /// Makes room for at least `n` more bytes, then lets `body` store at the end of the
  /// output; `body` returns how many bytes it stored (never more than `n`).
  @inline(__always) private mutating func write(_ n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if buf.count - count < n { buf.append(contentsOf: repeatElement(0, count: max(buf.count, n))) }
    let c = count
    let w = buf.withUnsafeMutableBufferPointer { p -> Int in
      guard let base = p.baseAddress else { return 0 }
      return body(base + c)
    }
    assert(w <= n, "stored past the room made for it")
    count = c + min(w, n)
  }

  /// An optional comma, then `k` as a string, then `:`.
  private mutating func key(_ k: String) {
    var k = k
    let comma = commaNeeded
    k.withUTF8 { kb in
      write(JSONWriter.room(kb) + 2) { p in
        var c = 0
        if comma {
          p[0] = UInt8(ascii: ",")
          c = 1
        }
        c += JSONWriter.escape(kb, into: p + c)
        p[c] = UInt8(ascii: ":")
        return c + 1
      }
    }
  }

  /// The same for a key known at compile time, which must need no escape (the contract's
  /// names): copied as is, with no String to open, retain or release.
  private mutating func key(_ k: StaticString) {
    let comma = commaNeeded
    write(k.utf8CodeUnitCount + 4) { p in JSONWriter.storeKey(k, comma: comma, into: p) }
  }

  /// `,"k":` (comma when `comma`) at `p`, which has room for the key's bytes and 4 more.
  @inline(__always) static func storeKey(_ k: StaticString, comma: Bool, into p: UnsafeMutablePointer<UInt8>) -> Int {
    let n = k.utf8CodeUnitCount
    let src = k.utf8Start
    assert(UnsafeBufferPointer(start: src, count: n).allSatisfy { !JSONWriter.mayEscape($0) && $0 < 0x80 })
    var c = 0
    if comma {
      p[0] = UInt8(ascii: ",")
      c = 1
    }
    p[c] = UInt8(ascii: "\"")
    for k in 0..<n { p[c + 1 + k] = src[k] }
    c += n + 1
    p[c] = UInt8(ascii: "\"")
    p[c + 1] = UInt8(ascii: ":")
    return c + 2
  }

  /// `field` for a key known at compile time (the contract's keys; the hot path): key and
  /// value in one reservation.
  mutating func put(_ k: StaticString, _ v: String) {
    let comma = commaNeeded
    var v = v
    v.withUTF8 { vb in
      write(k.utf8CodeUnitCount + 4 + JSONWriter.room(vb)) { p in
        let c = JSONWriter.storeKey(k, comma: comma, into: p)
        return c + JSONWriter.escape(vb, into: p + c)
      }
    }
  }

  /// `field(_:orNull:)` for a key known at compile time.
  mutating func put(_ k: StaticString, orNull v: String?) {
    if let v {
      put(k, v)
    } else {
      key(k)
      raw("null")
    }
  }

  /// `field(_:ifPresent:)` for a key known at compile time.
  mutating func put(_ k: StaticString, ifPresent v: String?) {
    if let v { put(k, v) }
  }

  mutating func put(_ k: StaticString, _ v: Int) {
    let comma = commaNeeded
    write(k.utf8CodeUnitCount + 4 + 20) { p in
      let c = JSONWriter.storeKey(k, comma: comma, into: p)
      return c + JSONWriter.storeInt(v, into: p + c)
    }
  }

  mutating func put(_ k: StaticString, _ v: Bool) {
    key(k)
    if v { raw("true") } else { raw("false") }
  }

  /// `beginObject(_:)` / `beginArray(_:)` under a key known at compile time.
  mutating func open(_ k: StaticString, array: Bool) {
    let comma = commaNeeded
    write(k.utf8CodeUnitCount + 5) { p in
      let c = JSONWriter.storeKey(k, comma: comma, into: p)
      p[c] = array ? UInt8(ascii: "[") : UInt8(ascii: "{")
      return c + 1
    }
  }

  /// `v` as a string literal, with a comma first when `comma`.
  private mutating func string(_ v: String, comma: Bool) {
    var v = v
    v.withUTF8 { vb in
      write(JSONWriter.room(vb) + 1) { p in
        var c = 0
        if comma {
          p[0] = UInt8(ascii: ",")
          c = 1
        }
        return c + JSONWriter.escape(vb, into: p + c)
      }
    }
  }

  /// One byte, with a comma first when `comma`.
  private mutating func byte(_ b: UInt8, comma: Bool) {
    write(2) { p in
      if comma {
        p[0] = UInt8(ascii: ",")
        p[1] = b
        return 2
      }
      p[0] = b
      return 1
    }
  }

  /// ASCII text written as is (a literal such as `null`).
  private mutating func raw(_ s: StaticString) {
    let n = s.utf8CodeUnitCount
    let src = s.utf8Start
    write(n) { p in
      p.update(from: src, count: n)
      return n
    }
  }

  public mutating func beginObject(_ k: String? = nil) {
    if let k {
      key(k)
      byte(UInt8(ascii: "{"), comma: false)
    } else {
      byte(UInt8(ascii: "{"), comma: commaNeeded)
    }
  }

  public mutating func endObject() { byte(UInt8(ascii: "}"), comma: false) }

  public mutating func beginArray(_ k: String? = nil) {
    if let k {
      key(k)
      byte(UInt8(ascii: "["), comma: false)
    } else {
      byte(UInt8(ascii: "["), comma: commaNeeded)
    }
  }

  public mutating func endArray() { byte(UInt8(ascii: "]"), comma: false) }

  public mutating func field(_ k: String, _ v: String) {
    key(k)
    string(v, comma: false)
  }

  /// Writes the field only when `v` is not nil.
  public mutating func field(_ k: String, ifPresent v: String?) {
    if let v { field(k, v) }
  }

  /// Writes `null` when `v` is nil.
  public mutating func field(_ k: String, orNull v: String?) {
    if let v {
      field(k, v)
    } else {
      key(k)
      raw("null")
    }
  }

  public mutating func field(_ k: String, _ v: Int) {
    key(k)
    write(20) { p in JSONWriter.storeInt(v, into: p) }
  }

  /// A number written with at most two decimals (`3.5`, `-2`).
  public mutating func field(_ k: String, number v: Double) {
    key(k)
    let hundredths = (v * 100).rounded()
    guard hundredths.isFinite, abs(hundredths) < 1e15 else { return raw("0") }
    let n = Int(hundredths)
    var s = (n < 0 ? "-" : "") + String(abs(n) / 100)
    let frac = abs(n) % 100
    if frac != 0 { s += "." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0" : "") + String(frac)) }
    let bytes = Array(s.utf8)
    write(bytes.count) { p in
      for (i, b) in bytes.enumerated() { p[i] = b }
      return bytes.count
    }
  }

  public mutating func field(_ k: String, _ v: Bool) {
    key(k)
    if v { raw("true") } else { raw("false") }
  }

  /// An array element that is a string.
  public mutating func element(_ v: String) { string(v, comma: commaNeeded) }

  /// An array element that is an integer.
  public mutating func element(_ v: Int) {
    let comma = commaNeeded
    write(21) { p in
      var c = 0
      if comma {
        p[0] = UInt8(ascii: ",")
        c = 1
      }
      return c + JSONWriter.storeInt(v, into: p + c)
    }
  }

  /// Decimal digits of `v`, as `String(v)` writes them (at most 20 bytes); returns the count.
  static func storeInt(_ v: Int, into p: UnsafeMutablePointer<UInt8>) -> Int {
    var x = v.magnitude
    // Count the digits, then write them backwards from the end.
    var digits = 1
    var rest = x
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    var c = 0
    if v < 0 {
      p[0] = UInt8(ascii: "-")
      c = 1
    }
    let end = c + digits
    var k = end
    repeat {
      k -= 1
      p[k] = UInt8(48 + x % 10)
      x /= 10
    } while x > 0
    return end
  }

  /// Decimal digits of `v`, as `String(v)` writes them, without making a String.
  static func appendInt(_ v: Int, to out: inout [UInt8]) {
    var w = JSONWriter(capacity: 24)
    w.write(20) { p in JSONWriter.storeInt(v, into: p) }
    out.append(contentsOf: w.buf[..<w.count])
  }

  /// Appends `s` as a JSON string literal to a String (for callers that build text).
  public static func appendString(_ s: String, to out: inout String) {
    var b: [UInt8] = []
    appendString(s, to: &b)
    out += String(decoding: b, as: UTF8.self)
  }

  /// Appends `s` as a JSON string literal.
  public static func appendString(_ s: String, to out: inout [UInt8]) {
    var w = JSONWriter(capacity: 16)
    w.string(s, comma: false)
    out.append(contentsOf: w.buf[..<w.count])
  }

  /// True for a byte that may need an escape: control characters, `"` `\\` `<` `>` `&`,
  /// DEL, and the lead byte of U+2028/U+2029.
  @inline(__always) static func mayEscape(_ b: UInt8) -> Bool {
    b >= 0x3F ? (b == 0x5C || b == 0x7F || b == 0xE2) : (b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E)
  }

  /// Room for what `escape` stores for `u`: six bytes a byte for short strings (cheap to
  /// reserve), the exact size for long ones (a huge field must not reserve six times itself).
  @inline(__always) static func room(_ u: UnsafeBufferPointer<UInt8>) -> Int {
    u.count <= 4096 ? 6 * u.count + 2 : escapedSize(u)
  }

  /// The exact size of `u` escaped, quotes included.
  static func escapedSize(_ u: UnsafeBufferPointer<UInt8>) -> Int {
    var size = u.count + 2
    var i = 0
    while i < u.count {
      let b = u[i]
      if mayEscape(b) {
        switch b {
        case 0x22, 0x5C, 0x0A, 0x0D, 0x09: size += 1
        case 0x3C, 0x3E, 0x26, 0x00..<0x20, 0x7F: size += 5
        case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9): size += 3
        default: break
        }
      }
      i += 1
    }
    return size
  }

  /// Stores `u` as a JSON string literal at `p` (room for `room(u)` bytes); returns the count.
  static func escape(_ u: UnsafeBufferPointer<UInt8>, into p: UnsafeMutablePointer<UInt8>) -> Int {
    p[0] = UInt8(ascii: "\"")
    var c = 1
    var i = 0
    let n = u.count
    guard let src = u.baseAddress else {
      p[1] = UInt8(ascii: "\"")
      return 2
    }
    while i < n {
      // A run of bytes that need nothing: printable ASCII other than " \\ < > &, and bytes
      // of multi-byte characters other than the lead byte of U+2028/U+2029.
      let j = plainEnd(src, from: i, count: n)
      if j > i {
        (p + c).update(from: src + i, count: j - i)
        c += j - i
        i = j
      }
      guard i < n else { break }
      let b = src[i]
      var short: UInt8 = 0
      switch b {
      case 0x22: short = UInt8(ascii: "\"")
      case 0x5C: short = UInt8(ascii: "\\")
      case 0x0A: short = UInt8(ascii: "n")
      case 0x0D: short = UInt8(ascii: "r")
      case 0x09: short = UInt8(ascii: "t")
      case 0x3C, 0x3E, 0x26, 0x00..<0x20, 0x7F:
        c += storeU(UInt32(b), into: p + c)
        i += 1
        continue
      case 0xE2 where i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] == 0xA8 || src[i + 2] == 0xA9):
        // U+2028 and U+2029 end lines in JavaScript.
        c += storeU(src[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: p + c)
        i += 3
        continue
      default:
        // The lead byte of some other character: as is.
        p[c] = b
        c += 1
        i += 1
        continue
      }
      p[c] = UInt8(ascii: "\\")
      p[c + 1] = short
      c += 2
      i += 1
    }
    p[c] = UInt8(ascii: "\"")
    return c + 1
  }

  /// The end of the run of bytes from `i` that need no escape: eight bytes at a time
  /// while no byte of the word may need one, then byte by byte.
  @inline(__always) static func plainEnd(_ src: UnsafePointer<UInt8>, from i: Int, count n: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    var j = i
    while true {
      while j + 8 <= n {
        let x = UnsafeRawPointer(src + j).loadUnaligned(as: UInt64.self)
        // High bit of a byte of `m` set where `x` has a byte below 0x20 or equal to one
        // of the bytes `mayEscape` names ((v - 1) & ~v is the zero-byte test).
        let m = (x &- ones &* 0x20) & ~x | zeroByte(x, 0x22) | zeroByte(x, 0x26) | zeroByte(x, 0x3C)
          | zeroByte(x, 0x3E) | zeroByte(x, 0x5C) | zeroByte(x, 0x7F) | zeroByte(x, 0xE2)
        if m & (ones &* 0x80) != 0 { break }
        j += 8
      }
      // The word that stopped the fast loop holds a byte to escape; find it.
      let stop = min(j + 8, n)
      while j < stop, !mayEscape(src[j]) { j += 1 }
      if j < stop || j == n { return j }
    }
  }

  /// High bits set where (and, for the lowest, only where) a byte of `x` equals `c`.
  @inline(__always) static func zeroByte(_ x: UInt64, _ c: UInt64) -> UInt64 {
    let v = x ^ (0x0101_0101_0101_0101 &* c)
    return (v &- 0x0101_0101_0101_0101) & ~v
  }

  /// `\uXXXX` with lower-case hex digits; returns 6.
  private static func storeU(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
    p[0] = UInt8(ascii: "\\")
    p[1] = UInt8(ascii: "u")
    for k in 0..<4 {
      let d = UInt8(v >> UInt32(12 - 4 * k) & 0xF)
      p[2 + k] = d < 10 ? 48 + d : 87 + d
    }
    return 6
  }
}
