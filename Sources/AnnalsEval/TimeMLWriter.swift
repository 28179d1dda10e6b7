import AnnalsText
import AnnalsTime

/// Writes a TimeML document back with Annals' TIMEX3 tags inserted into its TEXT.
///
/// Everything outside TEXT (the DCT included) is copied byte for byte; TIMEX3 tags that
/// were already inside TEXT are replaced; other tags inside TEXT are kept. A timex whose
/// ends would cross an existing tag is left out (it could not nest) and reported.
public enum TimeMLWriter {
  public struct Result: Sendable {
    public var xml: String
    /// Timexes that could not be inserted without breaking the XML nesting.
    public var skipped: [Timex]
  }

  public static func annotate(_ raw: String, timexes: [Timex]) -> Result {
    let s = Array(raw.unicodeScalars)
    // Content offsets at which a tag other than TIMEX3 sits inside TEXT.
    let tagOffsets = Set(walkText(s).filter { !$0.isTimex }.map(\.offset))
    var skipped: [Timex] = []
    var pending: [Timex] = []
    var lastEnd = 0
    for t in timexes.sorted(by: { $0.span < $1.span }) {
      let crosses = tagOffsets.contains { $0 > t.span.start && $0 < t.span.end }
      if crosses || t.span.isEmpty || t.span.start < lastEnd {
        skipped.append(t)
      } else {
        pending.append(t)
        lastEnd = t.span.end
      }
    }
    var nextID = maxTID(s) + 1
    var out = String.UnicodeScalarView()
    out.reserveCapacity(s.count + pending.count * 80)
    var inText = false
    var offset = 0
    var p = 0  // next pending timex
    var open = false
    var i = 0
    while i < s.count {
      if s[i] == "<" {
        if Markup.hasPrefix(s, i, "<!--") {
          let e = Markup.find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
          out.append(contentsOf: s[i..<e])
          i = e
          continue
        }
        if let tag = Markup.readTag(s, at: i) {
          let name = tag.name.uppercased()
          if name == "TEXT" { inText = !tag.closing && !tag.selfClosing }
          if inText && name == "TIMEX3" {
            i = tag.end  // an earlier annotation inside TEXT: replaced by ours
            continue
          }
          out.append(contentsOf: s[i..<tag.end])
          i = tag.end
          continue
        }
      }
      guard inText else {
        out.append(s[i])
        i += 1
        continue
      }
      // Open lazily, just before the first content scalar of the timex.
      if !open, p < pending.count, pending[p].span.start == offset {
        out.append(contentsOf: openTag(pending[p], id: nextID).unicodeScalars)
        nextID += 1
        open = true
      }
      if s[i] == "&", let semi = s[i..<min(s.count, i + 12)].firstIndex(of: ";"),
        Markup.decodeEntities(s[i...semi]).count == 1
      {
        out.append(contentsOf: s[i...semi])
        i = semi + 1
      } else {
        out.append(s[i])
        i += 1
      }
      offset += 1
      // Close eagerly, right after its last content scalar, so following tags stay outside.
      if open, pending[p].span.end == offset {
        out.append(contentsOf: "</TIMEX3>".unicodeScalars)
        open = false
        p += 1
      }
    }
    return Result(xml: String(out), skipped: skipped + pending[p...])
  }

  static func openTag(_ t: Timex, id: Int) -> String {
    var tag = "<TIMEX3 tid=\"t\(id)\" type=\"\(t.type.rawValue)\" value=\"\(XMLEscape.attribute(t.value))\""
    if let m = t.mod { tag += " mod=\"\(XMLEscape.attribute(m))\"" }
    if let q = t.quant { tag += " quant=\"\(XMLEscape.attribute(q))\"" }
    if let f = t.freq { tag += " freq=\"\(XMLEscape.attribute(f))\"" }
    return tag + ">"
  }

  /// Every tag inside TEXT with the content offset it sits at.
  static func walkText(_ s: [Unicode.Scalar]) -> [(offset: Int, isTimex: Bool)] {
    var found: [(Int, Bool)] = []
    var inText = false
    var offset = 0
    var i = 0
    while i < s.count {
      if s[i] == "<" {
        if Markup.hasPrefix(s, i, "<!--") {
          i = Markup.find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
          continue
        }
        if let tag = Markup.readTag(s, at: i) {
          let name = tag.name.uppercased()
          if name == "TEXT" { inText = !tag.closing && !tag.selfClosing } else if inText { found.append((offset, name == "TIMEX3")) }
          i = tag.end
          continue
        }
      }
      if inText {
        if s[i] == "&", let semi = s[i..<min(s.count, i + 12)].firstIndex(of: ";"),
          Markup.decodeEntities(s[i...semi]).count == 1
        {
          i = semi + 1
        } else {
          i += 1
        }
        offset += 1
      } else {
        i += 1
      }
    }
    return found
  }

  /// The largest numeric tid (`t12` -> 12) anywhere in the document outside TEXT.
  static func maxTID(_ s: [Unicode.Scalar]) -> Int {
    var best = 0
    var i = 0
    var inText = false
    while i < s.count {
      if s[i] == "<", let tag = Markup.readTag(s, at: i) {
        if tag.name.uppercased() == "TEXT" { inText = !tag.closing }
        if !inText, let tid = tag.attributes["tid"], tid.hasPrefix("t"), let n = Int(tid.dropFirst()) { best = max(best, n) }
        i = tag.end
      } else {
        i += 1
      }
    }
    return best
  }
}

/// XML escaping for attribute values and text.
public enum XMLEscape {
  public static func attribute(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
