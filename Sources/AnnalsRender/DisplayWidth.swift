/// Terminal display width: how many columns a string takes in a monospace terminal.
public enum DisplayWidth {
  /// Columns taken by `s`: wide East Asian and emoji characters count 2, marks and controls 0.
  public static func of(_ s: String) -> Int {
    var total = 0
    for c in s { total += of(c) }
    return total
  }

  /// Columns taken by one grapheme cluster.
  public static func of(_ c: Character) -> Int {
    guard let first = c.unicodeScalars.first else { return 0 }
    let v = first.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if isWide(v) || first.properties.isEmojiPresentation { return 2 }
    if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth blocks (Hangul, CJK, kana, fullwidth forms).
  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `s` cut to at most `width` columns, ending in `…` when something was cut.
  public static func truncate(_ s: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if of(s) <= width { return s }
    var out = ""
    var used = 0
    for c in s {
      let w = of(c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    while out.last == " " { out.removeLast() }
    return out + "…"
  }

  /// `s` padded with spaces on the right to `width` columns (never cut).
  public static func pad(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : s + String(repeating: " ", count: width - w)
  }

  /// Word-wraps `s` into lines of at most `width` columns; words longer than a line are split.
  public static func wrap(_ s: String, width: Int) -> [String] {
    let limit = max(1, width)
    var lines: [String] = []
    var line = ""
    var used = 0
    for word in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      var piece = String(word)
      var pw = of(piece)
      if used > 0 && used + 1 + pw <= limit {
        line += " " + piece
        used += 1 + pw
        continue
      }
      if used > 0 {
        lines.append(line)
        line = ""
        used = 0
      }
      while pw > limit {
        var head = ""
        var hw = 0
        var rest = Substring(piece)
        while let c = rest.first, hw + of(c) <= limit || hw == 0 {
          head.append(c)
          hw += of(c)
          rest = rest.dropFirst()
        }
        lines.append(head)
        piece = String(rest)
        pw = of(piece)
      }
      line = piece
      used = pw
    }
    if used > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }
}
