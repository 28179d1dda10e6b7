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
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if trimmed(line).isEmpty || line.hasPrefix("#") { continue }
      let at = "\(name):\(n + 1)"
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(trimmed)
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
    return out
  }

  /// `s` without leading and trailing tabs and space separators (`CharacterSet.whitespaces`).
  public static func trimmed(_ s: Substring) -> String {
    let u = s.unicodeScalars
    func blank(_ c: Unicode.Scalar) -> Bool {
      c == " " || c == "\t" || (c.value >= 128 && c.properties.generalCategory == .spaceSeparator)
    }
    guard let a = u.firstIndex(where: { !blank($0) }), let b = u.lastIndex(where: { !blank($0) }) else { return "" }
    return String(u[a...b])
  }
}
