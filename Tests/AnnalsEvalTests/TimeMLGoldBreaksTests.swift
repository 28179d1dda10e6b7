import Testing

@testable import AnnalsEval
@testable import AnnalsText

/// The scorer's TimeML reading keeps sentence elements as breaks, as the document reader does.
@Test func goldTextKeepsSentenceElementsAsBreaks() {
  let raw = "<TimeML><TEXT><s id=\"0\">Harbor plan delayed</s><s id=\"1\">March 04 , 2009</s></TEXT></TimeML>"
  let gold = TimeMLGold.parse(raw, name: "s")
  #expect(gold.text == "Harbor plan delayedMarch 04 , 2009")
  #expect(gold.breaks == [19])
  let t = Tokenizer.tokenize(gold.text, breaks: gold.breaks)
  #expect(t.tokens.map(\.text).contains("delayed") && t.sentences.count == 2)
}

@Test func inlineTimeMLTagsMakeNoBreaks() {
  let raw = """
    <TimeML><TEXT>Prices <EVENT eid="e1">rose</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.
    </TEXT></TimeML>
    """
  let gold = TimeMLGold.parse(raw, name: "i")
  #expect(gold.breaks.isEmpty)
  #expect(gold.timexes.map(\.text) == ["Friday"])
}
