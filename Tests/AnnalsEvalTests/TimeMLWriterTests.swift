import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

@testable import AnnalsEval
@testable import AnnalsText
@testable import AnnalsTime

/// Tagged TimeML keeps the DCT, keeps other tags, gets unique tids and stays valid XML.
@Suite struct TimeMLWriterTests {
  static let input = """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2025-08-13" functionInDocument="CREATION_TIME">2025-08-13</TIMEX3></DCT>
    <TEXT>Talks &amp; <EVENT eid="e1">trade</EVENT> resumed on Tuesday, <TIMEX3 tid="t9" type="DATE" value="OLD">old</TIMEX3> a <EVENT eid="e2">long week</EVENT>.</TEXT>
    </TimeML>
    """

  func timex(_ text: String, in content: String, value: String) -> Timex {
    let scalars = Array(content.unicodeScalars)
    let needle = Array(text.unicodeScalars)
    var start = 0
    while Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
    return Timex(
      id: "x", span: TextSpan(start, start + needle.count), text: text, type: .date, value: value,
      anchor: Anchor(kind: .absolute), rule: "test")
  }

  @Test func insertsTagsAndKeepsTheRest() throws {
    let gold = TimeMLGold.parse(Self.input, name: "x")
    #expect(gold.text == "Talks & trade resumed on Tuesday, old a long week.")
    let tuesday = timex("Tuesday", in: gold.text, value: "2025-08-12")
    let crossing = timex("trade resumed", in: gold.text, value: "X")  // would cross </EVENT>
    let inner = timex("week", in: gold.text, value: "P1W")
    let r = TimeMLWriter.annotate(Self.input, timexes: [tuesday, crossing, inner])
    #expect(r.xml.contains(#"<DCT><TIMEX3 tid="t0" type="DATE" value="2025-08-13" functionInDocument="CREATION_TIME">2025-08-13</TIMEX3></DCT>"#))
    #expect(r.xml.contains(#"on <TIMEX3 tid="t1" type="DATE" value="2025-08-12">Tuesday</TIMEX3>, old"#))
    #expect(r.xml.contains(#"<EVENT eid="e2">long <TIMEX3 tid="t2" type="DATE" value="P1W">week</TIMEX3></EVENT>"#))
    #expect(!r.xml.contains("OLD"))
    #expect(r.skipped.map(\.text) == ["trade resumed"])
    // Reading it back gives the same text and our timexes at the same offsets.
    let back = TimeMLGold.parse(r.xml, name: "x")
    #expect(back.text == gold.text)
    #expect(back.timexes.map(\.span) == [tuesday.span, inner.span])
    let parser = XMLParser(data: Data(r.xml.utf8))
    #expect(parser.parse())
  }
}
