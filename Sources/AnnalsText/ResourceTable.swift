/// The tab-separated word lists under each stage's Resources/en: one record a line, `#` starts
/// a comment line, cells trimmed, the first cell a key that may appear once. Each stage reads
/// its own bundle and gives the text here, so the format has one reader.
public enum ResourceTable {
  /// Every well-formed record of `text` with its `file:line`; bad lines go to `errors`.
  /// `key` gives the duplicate key of a record (by default its first cell).
  public static func records(
    _ text: String, name: String, columns: ClosedRange<Int>, errors: inout [String],
    key: ([String]) -> String = { $0[0] }
  ) -> [(cells: [String], at: String)] {
    var out: [(cells: [String], at: String)] = []
    var seen: Set<String> = []
    var text = text
    // Lines and cells are cut on the UTF-8 bytes: this runs at every start-up, over every list.
    text.withUTF8 { bytes in
      var n = 0
      var lineStart = 0
      while lineStart <= bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        n += 1
        defer { lineStart = lineEnd + 1 }
        var end = lineEnd
        if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
        if line.first == UInt8(ascii: "#") || trimmed(line).isEmpty { continue }
        var cells: [String] = []
        var cellStart = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
          cells.append(trimmed(UnsafeBufferPointer(rebasing: line[cellStart..<i])))
          cellStart = i + 1
        }
        let at = name + ":" + String(n)
        guard columns.contains(cells.count), !cells[0].isEmpty else {
          let wanted = columns.count == 1 ? "\(columns.lowerBound)" : "\(columns.lowerBound)-\(columns.upperBound)"
          errors.append("\(at): expected \(wanted) tab-separated column\(columns == 1...1 ? "" : "s"), got \(cells.count)")
          continue
        }
        if !seen.insert(key(cells).lowercased()).inserted {
          errors.append("\(at): duplicate entry \(cells[0])")
          continue
        }
        out.append((cells, at))
      }
    }
    return out
  }

  /// `s` without leading and trailing tabs and space separators (`CharacterSet.whitespaces`).
  public static func trimmed(_ s: Substring) -> String {
    let u = s.unicodeScalars
    guard let a = u.firstIndex(where: { !blank($0) }), let b = u.lastIndex(where: { !blank($0) }) else { return "" }
    return String(u[a...b])
  }

  /// The same for UTF-8 bytes: ASCII blanks are cut byte by byte; a line that holds other
  /// bytes at either end goes through the scalar path, which knows every space separator.
  static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> String {
    var lo = 0
    var hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
    let s = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    guard lo < hi, b[lo] >= 0x80 || b[hi - 1] >= 0x80 else { return s }
    return trimmed(Substring(s))
  }

  @inline(__always) static func blank(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || (c.value >= 128 && c.properties.generalCategory == .spaceSeparator)
  }
}
