import Testing

@testable import AnnalsText

@Test func timeMLTextAndDCT() throws {
  let doc = try Fixture.read("doc.tml")
  #expect(doc.publication?.iso == "2011-04-06")
  #expect(doc.publication?.source == "metadata")
  #expect(doc.title == "Council delays vote on \"green\" bus depot")
  let expected = """

    RIVERTON & DISTRICT (Courier) _

    The city council postponed its vote on the bus depot Tuesday, citing costs > $2 million.
    Members will meet again next month.

    """
  #expect(doc.text == expected)
}

@Test func timeMLWithoutDCTFallsBackToTheText() throws {
  let doc = try Fixture.read("nodct.tml")
  #expect(doc.publication?.iso == "2010-02-12")
  #expect(doc.publication?.source == "header")
}

@Test func timeMLWithoutTextIsAnError() {
  let p = Fixture.path("notext.tml")
  #expect(throws: InputError(p, "TimeML document has no <TEXT> element")) { try DocumentReader.read(path: p) }
}

@Test func timeMLWithEmptyTextIsAnError() {
  let raw = "<TimeML><TEXT>  \n </TEXT></TimeML>"
  let result = DocumentReader.read(data: Array(raw.utf8), source: "e.tml", format: .timeML)
  #expect(throws: InputError("e.tml", "TimeML <TEXT> element is empty")) { try result.get() }
}

@Test func timeMLLineEndsAreNormalizedLikeXML() throws {
  let raw = "<TimeML>\r\n<DCT><TIMEX3 tid=\"t0\" value=\"1998-08-07T06:18:00\"/></DCT>\r\n<TEXT>One\r\ntwo\rthree</TEXT></TimeML>"
  let doc = try DocumentReader.read(data: Array(raw.utf8), source: "crlf.tml", format: .timeML).get()
  #expect(doc.text == "One\ntwo\nthree")
  #expect(doc.publication?.iso == "1998-08-07T06:18:00")
}

@Test func creationTimeTimexWinsOverTheFirstDCTTimex() throws {
  let raw = """
    <TimeML><DCT><TIMEX3 tid="t9" value="2001-01-01"/></DCT>
    <TIMEX3 tid="t0" value="2002-02-02" functionInDocument="CREATION_TIME"/>
    <TEXT>Body</TEXT></TimeML>
    """
  let doc = try DocumentReader.read(data: Array(raw.utf8), source: "c.tml", format: .timeML).get()
  #expect(doc.publication?.iso == "2002-02-02")
}
