import Testing

@testable import AnnalsText
@testable import AnnalsTimeline

/// TimeML with `<s>` sentences and nothing between them: dates and names stay in their sentence.
@Test func sentenceElementsKeepDatesAndNamesApart() throws {
  let raw = """
    <TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2009-03-04"/></DCT>
    <TEXT><s id="0">Harbor board delays dredging plan</s><s id="1">March 04 , 2009</s><s id="2">Ellen Marsh said the harbor board voted on Tuesday to delay the plan .</s></TEXT></TimeML>
    """
  let doc = try DocumentReader.read(data: Array(raw.utf8), source: "h.tml", format: .timeML).get()
  let a = Analyzer().analyze(doc)
  #expect(a.sentences.count == 3)
  let line = try #require(a.timexes.first { $0.text == "March 04 , 2009" })
  #expect(line.value == "2009-03-04")
  #expect(a.timexes.contains { $0.text == "Tuesday" && $0.value == "2009-03-03" })
  // Nothing found spans a break ("plan March", "2009 Ellen Marsh").
  for b in doc.breaks {
    #expect(!a.timexes.contains { $0.span.start < b && b < $0.span.end })
    #expect(!a.entities.flatMap(\.mentions).contains { $0.span.start < b && b < $0.span.end })
    #expect(!a.events.contains { $0.span.start < b && b < $0.span.end })
  }
  #expect(a.entities.contains { $0.name == "Ellen Marsh" })
}
