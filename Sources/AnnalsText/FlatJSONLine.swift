/// A byte-level reader for the common shape of a batch line: one flat JSON object whose values
/// are strings, `null` or booleans, with a string `"id"` and `"text"`.
///
/// It answers only when it is sure: anything else (numbers, nesting, surrogate escapes, control
/// characters, a repeated key of interest, bad syntax) gives nil, and the caller reads the line
/// with `JSONSerialization`, so every value and every error message stays what it was.
enum FlatJSONLine {
  /// The fields of the batch contract; nil when absent or `null`.
  struct Fields {
    var id: String
    var text: String
    var published: String?
    var title: String?
  }

  static func read(_ line: String) -> Fields? {
    var line = line
    return line.withUTF8 { bytes in
      var p = Parser(bytes: bytes)
      return p.object()
    }
  }

  private enum Value {
    case string(String)
    case null
    case other
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    mutating func take(_ b: UInt8) -> Bool {
      guard i < bytes.count, bytes[i] == b else { return false }
      i += 1
      return true
    }

    mutating func object() -> Fields? {
      var id: Value?, text: Value?, published: Value?, title: Value?
      skipSpace()
      guard take(UInt8(ascii: "{")) else { return nil }
      skipSpace()
      if !take(UInt8(ascii: "}")) {
        while true {
          skipSpace()
          guard let key = string() else { return nil }
          skipSpace()
          guard take(UInt8(ascii: ":")) else { return nil }
          skipSpace()
          guard let v = value() else { return nil }
          // A repeated key of interest: let JSONSerialization decide which one counts.
          switch key {
          case "id":
            guard id == nil else { return nil }
            id = v
          case "text":
            guard text == nil else { return nil }
            text = v
          case "published":
            guard published == nil else { return nil }
            published = v
          case "title":
            guard title == nil else { return nil }
            title = v
          default: break
          }
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          guard take(UInt8(ascii: "}")) else { return nil }
          break
        }
      }
      skipSpace()
      guard i == bytes.count else { return nil }
      guard case .string(let idText) = id, case .string(let body) = text else { return nil }
      var fields = Fields(id: idText, text: body)
      switch published {
      case .string(let s): fields.published = s
      case .other: return nil
      case .null, nil: break
      }
      switch title {
      case .string(let s): fields.title = s
      case .other: return nil
      case .null, nil: break
      }
      return fields
    }

    /// A string, `null`, or a boolean (`.other`); nil for anything else.
    mutating func value() -> Value? {
      guard i < bytes.count else { return nil }
      switch bytes[i] {
      case UInt8(ascii: "\""): return string().map { .string($0) }
      case UInt8(ascii: "n"): return word("null") ? .null : nil
      case UInt8(ascii: "t"): return word("true") ? .other : nil
      case UInt8(ascii: "f"): return word("false") ? .other : nil
      default: return nil
      }
    }

    mutating func word(_ w: StaticString) -> Bool {
      let n = w.utf8CodeUnitCount
      guard i + n <= bytes.count else { return false }
      for k in 0..<n where bytes[i + k] != w.utf8Start[k] { return false }
      i += n
      return true
    }

    /// The end of the run of plain bytes from `i`: the first quote, backslash or control byte.
    func plainRun(from start: Int) -> Int {
      var j = start
      // Eight bytes at a time while none of them ends the run (tests on all bytes of a word at once).
      let raw = UnsafeRawBufferPointer(bytes)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while j + 8 <= bytes.count {
        let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
        let quote = x ^ (ones &* 0x22)
        let backslash = x ^ (ones &* 0x5C)
        let delete = x ^ (ones &* 0x7F)
        // A byte is zero in `v` when (v - 1) borrows into its high bit while v's high bit was clear.
        let stops =
          ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
          | ((x &- ones &* 0x20) & ~x)
        if stops & highs != 0 { break }
        j += 8
      }
      while j < bytes.count {
        let b = bytes[j]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 || b == 0x7F { break }
        j += 1
      }
      return j
    }

    /// A string at `i` (which must be a quote), its escapes decoded.
    mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = i
      i = plainRun(from: i)
      guard i < bytes.count else { return nil }
      if bytes[i] == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        return s
      }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count - start)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
      while i < bytes.count {
        let b = bytes[i]
        if b == UInt8(ascii: "\"") {
          i += 1
          return String(decoding: out, as: UTF8.self)
        }
        // Control characters must be escaped in JSON.
        guard b == UInt8(ascii: "\\"), i + 1 < bytes.count else { return nil }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          // Surrogates (pairs or not) are left to JSONSerialization.
          guard let v = hex4(), let scalar = Unicode.Scalar(v) else { return nil }
          out.append(contentsOf: String(Character(scalar)).utf8)
        default: return nil
        }
        let run = plainRun(from: i)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
        i = run
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard i + 4 <= bytes.count else { return nil }
      var v: UInt32 = 0
      for k in 0..<4 {
        let b = bytes[i + k]
        let d: UInt8
        switch b {
        case 48...57: d = b - 48
        case 65...70: d = b - 55
        case 97...102: d = b - 87
        default: return nil
        }
        v = v << 4 | UInt32(d)
      }
      i += 4
      return v
    }
  }
}
