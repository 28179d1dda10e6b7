import AnnalsText

/// One annotated TIMEX3 in a gold TimeML document.
public struct GoldTimex: Hashable, Sendable {
  public var span: TextSpan
  public var text: String
  public var type: String
  public var value: String
  public var attributes: [String: String]
}

/// A gold TimeML document: the TEXT content with tags removed, its TIMEX3s and its DCT.
public struct TimeMLGold: Sendable {
  public var name: String
  public var text: String
  public var dct: String?
  /// Scored timexes (inside TEXT, non-empty, not the creation time), in text order.
  public var timexes: [GoldTimex]
  /// Offsets into `text` where a sentence element (`<s>`, `<p>`) opens or closes (see `Document.breaks`).
  public var breaks: [Int] = []

  /// Parses TimeML markup. Offsets are Unicode scalars into the tag-free TEXT content,
  /// with XML entities decoded, as the batch contract and te3score.py count them.
  public static func parse(_ raw: String, name: String) -> TimeMLGold {
    let s = Array(raw.unicodeScalars)
    var dct: String? = nil
    var inDCT = false
    var inText = false
    var out: [Unicode.Scalar] = []
    var open: [(start: Int, attrs: [String: String])] = []
    var found: [(Int, Int, [String: String])] = []
    var breaks: [Int] = []
    var i = 0
    while i < s.count {
      if s[i] != "<" {
        // Character data: decode entities when inside TEXT.
        var j = i
        while j < s.count, s[j] != "<" { j += 1 }
        if inText { out.append(contentsOf: Markup.decodeEntities(s[i..<j])) }
        i = j
        continue
      }
      if Markup.hasPrefix(s, i, "<!--") {
        i = Markup.find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
        continue
      }
      if Markup.hasPrefix(s, i, "<![CDATA[") {
        let end = Markup.find(s, from: i + 9, "]]>") ?? s.count
        if inText { out.append(contentsOf: s[(i + 9)..<end]) }
        i = min(s.count, end + 3)
        continue
      }
      guard let tag = Markup.readTag(s, at: i) else {
        if inText { out.append(s[i]) }
        i += 1
        continue
      }
      i = tag.end
      if inText, !out.isEmpty, breaks.last != out.count, TimeMLReader.breakElements.contains(tag.name.lowercased()) {
        breaks.append(out.count)
      }
      switch (tag.name.uppercased(), tag.closing) {
      case ("TEXT", false): inText = !tag.selfClosing
      case ("TEXT", true): inText = false
      case ("DCT", false): inDCT = true
      case ("DCT", true): inDCT = false
      case ("TIMEX3", false):
        let isCreation = tag.attributes["functionInDocument"]?.uppercased() == "CREATION_TIME"
        if dct == nil, isCreation || inDCT { dct = tag.attributes["value"] }
        if inText {
          if tag.selfClosing { found.append((out.count, out.count, tag.attributes)) } else { open.append((out.count, tag.attributes)) }
        }
      case ("TIMEX3", true):
        if inText, let o = open.popLast() { found.append((o.start, out.count, o.attrs)) }
      default: break
      }
    }
    var timexes: [GoldTimex] = []
    for (st, en, attrs) in found {
      let text = ScalarBuffer.string(out, st, en)
      if attrs["functionInDocument"]?.uppercased() == "CREATION_TIME" { continue }
      if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
      timexes.append(
        GoldTimex(span: TextSpan(st, en), text: text, type: attrs["type"] ?? "", value: attrs["value"] ?? "", attributes: attrs))
    }
    timexes.sort { $0.span < $1.span }
    while breaks.last == out.count { breaks.removeLast() }
    return TimeMLGold(
      name: name, text: ScalarBuffer.string(out, 0, out.count), dct: dct, timexes: timexes, breaks: breaks)
  }
}

/// Just enough of XML to read TimeML: tags with attributes, entities, comments, CDATA.
enum Markup {
  struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]
    var end: Int
  }

  static func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
    var k = i
    for c in p.unicodeScalars {
      guard k < s.count, s[k] == c else { return false }
      k += 1
    }
    return true
  }

  static func find(_ s: [Unicode.Scalar], from: Int, _ p: String) -> Int? {
    var i = from
    while i < s.count {
      if hasPrefix(s, i, p) { return i }
      i += 1
    }
    return nil
  }

  static func isNameChar(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == ":" || c == "."
  }

  /// Reads `<name attr="v" ...>`, `</name>` or `<name/>` at `i`; nil when it is not a tag.
  static func readTag(_ s: [Unicode.Scalar], at i: Int) -> Tag? {
    var k = i + 1
    var closing = false
    if k < s.count, s[k] == "/" {
      closing = true
      k += 1
    }
    if k < s.count, s[k] == "?" || s[k] == "!" {
      // Declarations and processing instructions: skip to '>'.
      guard let e = find(s, from: k, ">") else { return nil }
      return Tag(name: "", closing: false, selfClosing: true, attributes: [:], end: e + 1)
    }
    let nameStart = k
    while k < s.count, isNameChar(s[k]) { k += 1 }
    guard k > nameStart else { return nil }
    let name = ScalarBuffer.string(s, nameStart, k)
    var attrs: [String: String] = [:]
    while k < s.count {
      let c = s[k]
      if c == ">" { return Tag(name: name, closing: closing, selfClosing: false, attributes: attrs, end: k + 1) }
      if c == "/", k + 1 < s.count, s[k + 1] == ">" {
        return Tag(name: name, closing: closing, selfClosing: true, attributes: attrs, end: k + 2)
      }
      if isNameChar(c) {
        let a = k
        while k < s.count, isNameChar(s[k]) { k += 1 }
        let key = ScalarBuffer.string(s, a, k)
        while k < s.count, s[k].properties.isWhitespace { k += 1 }
        guard k < s.count, s[k] == "=" else { continue }
        k += 1
        while k < s.count, s[k].properties.isWhitespace { k += 1 }
        guard k < s.count else { break }
        let q = s[k]
        if q == "\"" || q == "'" {
          let v0 = k + 1
          var v1 = v0
          while v1 < s.count, s[v1] != q { v1 += 1 }
          attrs[key] = String(String.UnicodeScalarView(decodeEntities(s[v0..<min(v1, s.count)])))
          k = v1 + 1
        } else {
          let v0 = k
          while k < s.count, !s[k].properties.isWhitespace, s[k] != ">" { k += 1 }
          attrs[key] = ScalarBuffer.string(s, v0, k)
        }
        continue
      }
      k += 1
    }
    return nil
  }

  static let named: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]

  /// Decodes the five XML entities and numeric references; anything else stays as written.
  static func decodeEntities(_ s: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "&", let semi = s[i..<min(s.endIndex, i + 12)].firstIndex(of: ";") {
        let body = ScalarBuffer.string(Array(s[(i + 1)..<semi]), 0, semi - i - 1)
        var decoded: Unicode.Scalar? = named[body]
        if decoded == nil, body.hasPrefix("#") {
          let hex = body.hasPrefix("#x") || body.hasPrefix("#X")
          let digits = body.dropFirst(hex ? 2 : 1)
          decoded = UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init)
        }
        if let d = decoded {
          out.append(d)
          i = semi + 1
          continue
        }
      }
      out.append(c)
      i += 1
    }
    return out
  }
}
