import Testing

@testable import AnnalsText

/// TimeML whose sentences are `<s>` elements with nothing between them: the text stays
/// exactly the scorers' text (tags removed), and the breaks end tokens and sentences.
@Suite("Sentence breaks from markup")
struct SentenceBreakTests {
  @Test func sentenceElementsKeepTheTextAndMarkTheBreaks() throws {
    let doc = try Fixture.read("sentences.tml")
    let s0 = "Harbor board delays dredging plan"
    let s1 = "March 04 , 2009"
    let s2 = "The harbor board voted on Tuesday to delay the plan ."
    let s3 = "Work will start in May , said Ellen Marsh ."
    // Offsets are those of the text with every tag removed: nothing is inserted.
    #expect(doc.text == s0 + s1 + s2 + s3)
    let c0 = s0.unicodeScalars.count
    let c1 = c0 + s1.unicodeScalars.count
    let c2 = c1 + s2.unicodeScalars.count
    #expect(doc.breaks == [c0, c1, c2])
  }

  @Test func tokensAndSentencesEndAtTheBreaks() throws {
    let doc = try Fixture.read("sentences.tml")
    let t = Tokenizer.tokenize(doc.text, breaks: doc.breaks)
    let words = t.tokens.map(\.text)
    #expect(words.contains("plan") && words.contains("March") && words.contains("2009") && words.contains("The"))
    #expect(!words.contains("planMarch") && !words.contains("2009The"))
    #expect(t.sentences.map { t.text($0.span) } == [
      "Harbor board delays dredging plan", "March 04 , 2009",
      "The harbor board voted on Tuesday to delay the plan .", "Work will start in May , said Ellen Marsh .",
    ])
    // The first token after a break reads as after a line break.
    let march = try #require(t.tokens.first { $0.text == "March" })
    #expect(march.spaceBefore && march.newlineBefore)
  }

  @Test func withoutTheBreaksTheSentencesRunTogether() throws {
    // The control: the same text tokenized blind is the run-on the breaks prevent.
    let doc = try Fixture.read("sentences.tml")
    let t = Tokenizer.tokenize(doc.text)
    #expect(t.tokens.map(\.text).contains("planMarch"))
    #expect(t.sentences.count < 4)
  }

  @Test func inlineElementsAreNoBreaks() throws {
    let raw = "<TimeML><TEXT><s>Talks began on <TIMEX3 tid=\"t1\">May 5</TIMEX3>.</s><s>They <EVENT eid=\"e1\">ended</EVENT>.</s></TEXT></TimeML>"
    let doc = try DocumentReader.read(data: Array(raw.utf8), source: "i.tml", format: .timeML).get()
    #expect(doc.text == "Talks began on May 5.They ended.")
    #expect(doc.breaks == [21])
  }

  @Test func paragraphAndLineBreakElementsBreakToo() throws {
    let raw = "<TimeML><TEXT><p>Rain fell</p><p>Roads closed<br/>Schools shut</p></TEXT></TimeML>"
    let doc = try DocumentReader.read(data: Array(raw.utf8), source: "p.tml", format: .timeML).get()
    #expect(doc.text == "Rain fellRoads closedSchools shut")
    let t = Tokenizer.tokenize(doc.text, breaks: doc.breaks)
    #expect(t.tokens.map(\.text) == ["Rain", "fell", "Roads", "closed", "Schools", "shut"])
    #expect(t.sentences.count == 3)
  }

  @Test func htmlBlocksWithoutSpaceBetweenAreSeparateSentences() throws {
    // The HTML reader writes its own text: block ends become line ends; inline tags join.
    let html = "<html><body><h1>Rain fell</h1><p>Roads closed<br>Schools shut</p><div>Ferries stopped</div><span>in</span><b>land</b></body></html>"
    let doc = try DocumentReader.read(data: Array(html.utf8), source: "b.html", format: .html).get()
    let t = Tokenizer.tokenize(doc.text, breaks: doc.breaks)
    #expect(t.sentences.map { t.text($0.span) } == ["Rain fell", "Roads closed", "Schools shut", "Ferries stopped", "inland"])
  }

  @Test func tokenizerBreaksInsideAWordAndIgnoresBreaksInSpace() {
    let t = Tokenizer.tokenize("alphaBeta gamma", breaks: [5, 9])
    #expect(t.tokens.map(\.text) == ["alpha", "Beta", "gamma"])
    #expect(t.tokens.map(\.start) == [0, 5, 10])
    #expect(t.tokens[2].newlineBefore)
    #expect(t.sentences.count == 3)
    // Breaks at the very start and past the end change nothing.
    let u = Tokenizer.tokenize("one two", breaks: [0, 7, 99])
    #expect(u.tokens.map(\.text) == ["one", "two"])
    #expect(u.sentences.count == 1)
  }

  @Test func aMalformedDCTFallsBackToTheDateLineWithAWarning() throws {
    let doc = try Fixture.read("baddct.tml")
    // "03-02-2009" is no ISO date; the date line is its own sentence and gives the date.
    #expect(doc.publication?.iso == "2009-02-03")
    #expect(doc.publication?.source != "metadata")
    #expect(doc.diagnostics.contains { $0.severity == .warning && $0.message.contains("03-02-2009") })
    #expect(!doc.diagnostics.contains { DocumentReader.isNoDateNote($0) })
  }

  @Test func aMalformedDCTWithNoDateInTheTextLeavesTheDocumentUndated() throws {
    let raw = "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"sometime\"/></DCT><TEXT><s>Nothing dated here.</s></TEXT></TimeML>"
    let doc = try DocumentReader.read(data: Array(raw.utf8), source: "n.tml", format: .timeML).get()
    #expect(doc.publication == nil)
    #expect(doc.diagnostics.contains { $0.message.contains("sometime") })
    #expect(doc.diagnostics.contains { DocumentReader.isNoDateNote($0) })
  }
}
