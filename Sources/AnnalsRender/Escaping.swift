/// Text escapers shared by every renderer: one per target syntax.
public enum Escape {
  /// XML/HTML text and attribute values: `& < > " '` as entities; characters XML 1.0
  /// forbids (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) dropped.
  public static func xml(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      default:
        let v = u.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// The inside of a DOT double-quoted string: `\` -> `\\`, `"` -> `\"`, newline -> `\n`,
  /// CR and other C0 controls dropped, so label escapes (`\N`, `\G`) stay literal; and
  /// `&` -> `&amp;`, because Graphviz decodes `&name;` entities in labels and tooltips.
  /// Graphviz (2.42) unescapes tooltips twice (`\\` -> `\`, `\N` -> node name, each time),
  /// so there (`tooltip: true`) one backslash is written as four. Checked against SVG output.
  public static func dot(_ s: String, tooltip: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "\\": out += tooltip ? "\\\\\\\\" : "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      default:
        if u.value < 0x20 || u.value == 0x7F { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// A DOT quoted ID or attribute value, quotes included.
  public static func dotQuoted(_ s: String, tooltip: Bool = false) -> String { "\"" + dot(s, tooltip: tooltip) + "\"" }

  /// Markdown inline text (table cells, list items): inline specials backslash-escaped,
  /// HTML specials as entities, line breaks folded to spaces.
  public static func markdown(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out += "\\"
        out.unicodeScalars.append(u)
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\r", "\t": out += " "
      default:
        if u.value < 0x20 || u.value == 0x7F { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// One RFC 4180 CSV field, quoted when needed and neutralized against spreadsheet
  /// formulas (a leading `= + - @`, tab or CR gets an apostrophe).
  public static func csv(_ s: String) -> String {
    var value = s
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || value.hasPrefix(" ") || value.hasSuffix(" ")
    guard needsQuotes else { return value }
    var out = "\""
    for u in value.unicodeScalars {
      if u == "\"" { out += "\"\"" } else { out.unicodeScalars.append(u) }
    }
    return out + "\""
  }

  /// Text safe to print on a terminal: C0/C1 controls and DEL (escape sequences) removed,
  /// line breaks and tabs folded to spaces, bidirectional overrides and isolates shown as
  /// `<U+202E>` so they cannot reorder what the reader sees.
  public static func terminal(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      if u == "\n" || u == "\t" || u == "\r" {
        out += " "
      } else if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
        continue
      } else if (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) {
        out += "<U+" + String(u.value, radix: 16, uppercase: true) + ">"
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
