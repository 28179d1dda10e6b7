/// Fast conversions between text and the Unicode-scalar arrays every offset refers to.
public enum ScalarBuffer {
  /// The scalars of `text`, decoded straight from its UTF-8 storage.
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { utf8 -> [Unicode.Scalar] in
      // Every scalar takes at least one byte, so `utf8.count` slots are enough and `o <= i` throughout.
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, written in
        decode(utf8, into: &out, &written)
      }
    }
  }

  /// Decodes valid UTF-8 into `out` (at least `utf8.count` long), setting `written`.
  private static func decode(
    _ utf8: UnsafeBufferPointer<UInt8>, into out: inout UnsafeMutableBufferPointer<Unicode.Scalar>,
    _ written: inout Int
  ) {
    var o = 0
    var i = 0
    let n = utf8.count
    while i < n {
      let b0 = UInt32(utf8[i])
      if b0 < 0x80 {
        out[o] = Unicode.Scalar(UInt8(b0))
        o += 1
        i += 1
        continue
      }
      // The storage of a Swift String is valid UTF-8, so lead bytes tell the length.
      var v: UInt32
      var len: Int
      if b0 >= 0xF0 {
        v = b0 & 0x07
        len = 4
      } else if b0 >= 0xE0 {
        v = b0 & 0x0F
        len = 3
      } else {
        v = b0 & 0x1F
        len = 2
      }
      var k = 1
      while k < len, i + k < n {
        v = v << 6 | (UInt32(utf8[i + k]) & 0x3F)
        k += 1
      }
      out[o] = Unicode.Scalar(v) ?? "\u{FFFD}"
      o += 1
      i += len
    }
    written = o
  }

  /// The text of `scalars[lo..<hi]` when every one of them is ASCII (one byte each), maybe lower-cased.
  @inline(__always)
  static func asciiString(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int, lowercase: Bool) -> String {
    scalars.withUnsafeBufferPointer { asciiString($0, lo, hi, lowercase: lowercase) }
  }

  /// The same from a buffer the caller already holds open.
  @inline(__always)
  static func asciiString(_ src: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, lowercase: Bool) -> String {
    String(unsafeUninitializedCapacity: hi - lo) { dst in
      for i in lo..<hi {
        let v = UInt8(truncatingIfNeeded: src[i].value)
        dst[i - lo] = lowercase && v >= 65 && v <= 90 ? v | 0x20 : v
      }
      return hi - lo
    }
  }

  /// The text of `scalars[lo..<hi]`, written directly into a new string's storage.
  @inline(__always)
  public static func string(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int, lowercaseASCII: Bool = false) -> String {
    let lo = max(0, lo)
    let hi = min(scalars.count, hi)
    guard lo < hi else { return "" }
    return scalars.withUnsafeBufferPointer { src in
      // The exact length: up to 15 bytes the string is stored inline, with no allocation.
      var length = 0
      for i in lo..<hi {
        let v = src[i].value
        length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
      }
      return String(unsafeUninitializedCapacity: length) { dst in
        var o = 0
        for i in lo..<hi {
          let v = src[i].value
          if v < 0x80 {
            dst[o] = UInt8(v) | (lowercaseASCII && v >= 65 && v <= 90 ? 0x20 : 0)
            o += 1
          } else if v < 0x800 {
            dst[o] = UInt8(0xC0 | v >> 6)
            dst[o + 1] = UInt8(0x80 | v & 0x3F)
            o += 2
          } else if v < 0x10000 {
            dst[o] = UInt8(0xE0 | v >> 12)
            dst[o + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            dst[o + 2] = UInt8(0x80 | v & 0x3F)
            o += 3
          } else {
            dst[o] = UInt8(0xF0 | v >> 18)
            dst[o + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            dst[o + 2] = UInt8(0x80 | v >> 6 & 0x3F)
            dst[o + 3] = UInt8(0x80 | v & 0x3F)
            o += 4
          }
        }
        return o
      }
    }
  }
}
