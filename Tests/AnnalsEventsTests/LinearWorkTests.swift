import AnnalsText
import AnnalsTime
import Testing
@testable import AnnalsEvents

/// Work that must grow with the text, not with its square: one long "sentence" without
/// punctuation, as scraped pages sometimes give, counted in steps rather than seconds.
@Suite("Linear work")
struct LinearWorkTests {
  static let phrase = "the board met on Friday and said "

  /// The text, its tokens, a timex over every "Friday", and the events the triggers find.
  private func document(_ copies: Int) -> (Context, [Timex], [RawEvent]) {
    let text = String(repeating: Self.phrase, count: copies)
    let tokens = Tokenizer.tokenize(text)
    var timexes: [Timex] = []
    let fri = CivilDate(year: 2025, month: 8, day: 15)
    for t in tokens.tokens where t.text == "Friday" {
      timexes.append(
        Timex(
          id: "t\(timexes.count + 1)", span: t.span, text: t.text, type: .date, value: "2025-08-15",
          range: TimeRange(from: fri, to: fri), anchor: Anchor(kind: .publicationDate), signal: nil, rule: "test"))
    }
    let cx = Context(tokens, timexes: timexes, lexicon: Lexicon.shared)
    let events = TriggerFinder(cx: cx).find(covered: Array(repeating: false, count: cx.tokens.count))
    return (cx, timexes, events)
  }

  private func anchorWork(_ copies: Int) -> Int {
    let (cx, timexes, events) = document(copies)
    var work = 0
    _ = TimeAnchor(cx: cx, timexes: timexes, publication: Fixture.dct).anchor(events, work: &work)
    return work
  }

  @Test func oneLongSentenceHasOneSentenceAndManyEvents() {
    let (cx, timexes, events) = document(100)
    #expect(cx.text.sentences.count == 1)
    #expect(timexes.count == 100)
    #expect(events.count >= 200)
  }

  @Test func timeAnchorWorkGrowsLinearlyWithTheSentence() {
    let small = anchorWork(250)
    let large = anchorWork(1000)
    // Four times the text: about four times the steps (n log n allows a little more);
    // ranking every timex of the sentence for every event would take sixteen times.
    #expect(large < small * 6)
    #expect(large > small * 3)
  }

  @Test func searchAgreesWithTheExhaustiveRanking() {
    let texts = [
      String(repeating: Self.phrase, count: 40),
      "Kim Jong Un and Vladimir Putin held a phone call on Friday, state media reported Friday. "
        + "The talks, which are set for Friday, follow a summit that ended Friday and said nothing.",
      "Officials said Friday that the plant, which closed Friday, will reopen Friday; workers met Friday.",
    ]
    for text in texts {
      let tokens = Tokenizer.tokenize(text)
      var timexes: [Timex] = []
      for (k, t) in tokens.tokens.enumerated() where t.text == "Friday" {
        // Alternate past and future days so consistency with the tense matters.
        let d = k % 2 == 0 ? CivilDate(year: 2025, month: 8, day: 8) : CivilDate(year: 2025, month: 8, day: 22)
        timexes.append(
          Timex(
            id: "t\(timexes.count + 1)", span: t.span, text: t.text, type: .date, value: "2025-08",
            range: TimeRange(from: d, to: d), anchor: Anchor(kind: .publicationDate), signal: nil, rule: "test"))
      }
      let cx = Context(tokens, timexes: timexes, lexicon: Lexicon.shared)
      let events = TriggerFinder(cx: cx).find(covered: Array(repeating: false, count: cx.tokens.count))
      let anchor = TimeAnchor(cx: cx, timexes: timexes, publication: Fixture.dct)
      var w1 = 0
      var w2 = 0
      let fast = anchor.anchor(events, work: &w1)
      let slow = anchor.anchorExhaustive(events, work: &w2)
      #expect(fast == slow)
      #expect(fast.contains { $0 != nil })
    }
  }

  @Test func wholeExtractionOfALongSentenceFinishes() {
    let text = String(repeating: Self.phrase, count: 2000)
    let l = EventExtractor().extract(Tokenizer.tokenize(text), timexes: [], publication: Fixture.dct)
    #expect(l.events.count >= 4000)
  }
}
