/// The token classes a rule pattern may name, written `<name>` in rules.tsv.
enum TokenClass: String, CaseIterable, Sendable {
  case weekday, weekdays, month, monthnum, day, year4, num2, number, ordinal, unit, season, pod
  case decade, century, qtoken, htoken, hour, minute, ampm, tz, yearwords, holiday
  /// One token that is a whole clock time: "4pm", "9a", "18h15" (value: minutes after midnight).
  case clocktoken
  /// Minutes glued to am/pm after a colon: the "45pm" of "2:45pm".
  case minuteampm
  /// An ISO week token: the "W33" of "2025-W33".
  case isoweek
}

/// One element of a pattern: a set of literal words or a token class, maybe optional.
struct PatternElement: Sendable {
  enum Kind: Sendable {
    case literal(Set<String>)
    case tokenClass(TokenClass)
  }
  var kind: Kind
  var optional: Bool
}

/// What one pattern element matched: its tokens and, for classes, the value read.
struct Capture: Sendable {
  var tokenClass: TokenClass?
  /// The lower-cased token for a literal element.
  var word: String?
  var first: Int
  var count: Int
  var int: Int
  var code: String
}

/// A rule: a pattern, the production that builds a value, and an example phrase.
struct Rule: Sendable {
  var name: String
  /// Words one of which must precede the match, outside the span ("in" for "in three days").
  var context: Set<String>?
  /// Words one of which must follow the match, outside the span ("the year" before "ended").
  var after: Set<String>? = nil
  /// Words none of which may precede / follow the match: "(!as)" keeps "as soon as" out.
  var notBefore: Set<String>? = nil
  var notAfter: Set<String>? = nil
  var elements: [PatternElement]
  var production: Production
  var argument: String
  var example: String
  /// Lower wins ties between matches of equal length (the line order in rules.tsv).
  var priority: Int
  var file: String
  var line: Int

  /// Parses one rules.tsv row.
  static func parse(_ row: TableRow, priority: Int) throws -> Rule {
    let name = try row.column(0)
    let patternText = try row.column(1)
    let productionText = try row.column(2)
    let example = try row.column(3)
    let (prodName, arg) = productionText.splitOnce(":")
    guard let production = Production(rawValue: prodName) else { throw row.fail("unknown production \(prodName)") }
    var context: Set<String>?
    var after: Set<String>?
    var notBefore: Set<String>?
    var notAfter: Set<String>?
    var elements: [PatternElement] = []
    let parts = patternText.split(separator: " ")
    for (n, part) in parts.enumerated() {
      var p = String(part)
      if p.hasPrefix("(") && p.hasSuffix(")") && p.count > 2 {
        var inner = p.dropFirst().dropLast()
        let negated = inner.first == "!"
        if negated { inner = inner.dropFirst() }
        let words = Set(inner.split(separator: "|").map(String.init))
        if elements.isEmpty {
          if negated { notBefore = words } else { context = words }
        } else if n == parts.count - 1 {
          if negated { notAfter = words } else { after = words }
        } else {
          throw row.fail("context \(p) must come first or last")
        }
        continue
      }
      var optional = false
      if p.count > 1 && p.hasSuffix("?") {
        optional = true
        p.removeLast()
      }
      if p.hasPrefix("<") && p.hasSuffix(">") {
        let cls = String(p.dropFirst().dropLast())
        guard let c = TokenClass(rawValue: cls) else { throw row.fail("unknown class <\(cls)>") }
        elements.append(PatternElement(kind: .tokenClass(c), optional: optional))
      } else {
        elements.append(
          PatternElement(kind: .literal(Set(p.split(separator: "|").map(String.init))), optional: optional))
      }
    }
    guard elements.contains(where: { !$0.optional }) else { throw row.fail("pattern has no required element") }
    return Rule(
      name: name, context: context, after: after, notBefore: notBefore, notAfter: notAfter, elements: elements, production: production, argument: arg,
      example: example, priority: priority, file: row.file, line: row.line)
  }
}

extension String {
  /// Splits at the first `separator`: ("rel", "Y") for "rel:Y", (self, "") when absent.
  func splitOnce(_ separator: Character) -> (String, String) {
    guard let i = firstIndex(of: separator) else { return (self, "") }
    return (String(self[..<i]), String(self[index(after: i)...]))
  }
}
