import Testing

@testable import AnnalsEval
@testable import AnnalsText

/// The scorer reads TimeML as te3score.py does and pairs timexes one-to-one.
@Suite struct TimexScorerTests {
  static let doc = """
    <?xml version="1.0" ?>
    <TimeML><DOCID>x</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3></DCT>
    <TEXT>Talks <EVENT eid="e1">resumed</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-06">on Tuesday</TIMEX3> &amp; ended <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> later.<!-- note --></TEXT>
    </TimeML>
    """

  @Test func readsTextDCTAndOffsets() {
    let g = TimeMLGold.parse(Self.doc, name: "x")
    #expect(g.text == "Talks resumed on Tuesday & ended three days later.")
    #expect(g.dct == "1998-01-08")
    #expect(g.timexes.map(\.text) == ["on Tuesday", "three days"])
    #expect(g.timexes.map(\.span) == [TextSpan(14, 24), TextSpan(33, 43)])
    #expect(g.timexes.map(\.value) == ["1998-01-06", "P3D"])
  }

  @Test func strictRelaxedAndAttributes() {
    let g = TimeMLGold.parse(Self.doc, name: "x")
    let system = [
      ScoredTimex(span: TextSpan(17, 24), text: "Tuesday", type: "DATE", value: "1998-01-06"),  // relaxed only
      ScoredTimex(span: TextSpan(33, 43), text: "three days", type: "DURATION", value: "P2D"),  // strict, wrong value
      ScoredTimex(span: TextSpan(0, 5), text: "Talks", type: "DATE", value: "X"),  // spurious
    ]
    var errors: [TimexError]? = []
    let c = TimexScorer.score(gold: g, system: system, errors: &errors)
    #expect(c == {
      var e = TimexCounts()
      e.gold = 2; e.system = 3; e.strict = 1; e.relaxed = 2; e.value = 1; e.type = 2
      return e
    }())
    #expect(Set(errors?.map(\.kind) ?? []) == ["EXTENT", "VALUE", "SPURIOUS"])
    let relaxed = c.prf(c.relaxed)
    #expect(abs(relaxed.p - 2.0 / 3.0) < 1e-9)
    #expect(relaxed.r == 1.0)
  }

  @Test func exactPairsWinOverEarlierOverlaps() {
    let gold = [
      GoldTimex(span: TextSpan(0, 10), text: "", type: "DATE", value: "a", attributes: [:]),
      GoldTimex(span: TextSpan(5, 15), text: "", type: "DATE", value: "b", attributes: [:]),
    ]
    let system = [
      ScoredTimex(span: TextSpan(5, 15), text: "", type: "DATE", value: "b"),
      ScoredTimex(span: TextSpan(0, 6), text: "", type: "DATE", value: "a"),
    ]
    let m = TimexScorer.match(gold: gold, system: system)
    #expect(m == [1: 0, 0: 1])
  }
}
