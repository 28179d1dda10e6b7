/// Character references: the common named HTML entities and numeric ones.
enum HTMLEntities {
  /// Named entities as they appear between `&` and `;` (case-sensitive, like HTML).
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
    "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{00AB}",
    "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "hellip": "\u{2026}", "bull": "\u{2022}",
    "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}",
    "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}",
    "para": "\u{00B6}", "times": "\u{00D7}", "divide": "\u{00F7}", "plusmn": "\u{00B1}", "frac12": "\u{00BD}",
    "frac14": "\u{00BC}", "frac34": "\u{00BE}", "shy": "\u{00AD}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "prime": "\u{2032}", "Prime": "\u{2033}",
    "dagger": "\u{2020}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}", "ordm": "\u{00BA}", "ordf": "\u{00AA}",
    "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "auml": "ä",
    "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
    "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê",
    "Ecirc": "Ê", "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì",
    "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó",
    "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô", "ouml": "ö", "Ouml": "Ö",
    "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø", "szlig": "ß", "uacute": "ú", "Uacute": "Ú",
    "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý",
    "Yacute": "Ý", "yuml": "ÿ", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ",
    "OElig": "Œ",
  ]

  /// Code points 128-159 as Windows-1252 writes them (what `&#146;` means in practice).
  static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
    0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
    0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]

  /// Decodes character references in `s`; unknown or malformed ones stay as written.
  ///
  /// With `xmlOnly`, only the five XML entities and numeric references are decoded.
  static func decode<C: Collection>(_ s: C, xmlOnly: Bool = false) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
    let a = Array(s)
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(a.count)
    var i = 0
    while i < a.count {
      guard a[i] == "&", let (value, next) = reference(a, i + 1, xmlOnly: xmlOnly) else {
        out.append(a[i])
        i += 1
        continue
      }
      out.append(contentsOf: value)
      i = next
    }
    return out
  }

  private static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]
  private static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

  /// The scalars a reference starting after `&` at `i` stands for, and where it ends.
  private static func reference(_ a: [Unicode.Scalar], _ i: Int, xmlOnly: Bool) -> ([Unicode.Scalar], Int)? {
    guard i < a.count else { return nil }
    if a[i] == "#" {
      var j = i + 1
      var hex = false
      if j < a.count, a[j] == "x" || a[j] == "X" {
        hex = true
        j += 1
      }
      var v: UInt32 = 0
      let start = j
      while j < a.count, j - start < 8, let d = digitValue(a[j], hex: hex) {
        v = v * (hex ? 16 : 10) + d
        j += 1
      }
      guard j > start else { return nil }
      if j < a.count, a[j] == ";" { j += 1 } else if xmlOnly { return nil }
      if !xmlOnly, let mapped = windows1252[v] { v = mapped }
      let scalar = v == 0 ? nil : Unicode.Scalar(v)
      return ([scalar ?? "\u{FFFD}"], j)
    }
    var j = i
    while j < a.count, j - i < 10, a[j].properties.isAlphabetic || Tokenizer.isDigit(a[j]) { j += 1 }
    guard j > i else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: a[i..<j])
    let name = String(view)
    guard j < a.count, a[j] == ";" else {
      // A few old names are still decoded without their semicolon ("&amp ", "&nbsp").
      guard !xmlOnly, legacy.contains(name), let value = named[name] else { return nil }
      return (Array(value.unicodeScalars), j)
    }
    if xmlOnly, !xmlNames.contains(name) { return nil }
    guard let value = named[name] else { return nil }
    return (Array(value.unicodeScalars), j + 1)
  }

  private static func digitValue(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
    switch c.value {
    case 48...57: return c.value - 48
    case 65...70 where hex: return c.value - 55
    case 97...102 where hex: return c.value - 87
    default: return nil
    }
  }
}
