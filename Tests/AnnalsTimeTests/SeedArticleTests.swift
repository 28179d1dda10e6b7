import AnnalsText
import Testing

@testable import AnnalsTime

/// A paraphrase of the seed article (our own words), tagged as one document, checked value by value.
struct SeedArticleTests {
  static let text = """
    Pyongyang and Moscow restate their partnership in a phone call

    On Tuesday Putin praised the courage of the soldiers sent from the North during the call.
    Putin also told Kim about his upcoming meeting with Trump, which is scheduled to take place Friday in Alaska.
    The two leaders spoke by phone to discuss closer ties, state media in both countries said Wednesday.
    Kim said Pyongyang will back the Russian leadership in the future as well, recalling a treaty signed at a summit last year.
    Talks with Washington collapsed in 2019 after a failed summit.
    Seoul estimates that about 15,000 troops have gone to Russia since last fall.
    Officials believe a further deployment of builders could happen soon.

    First Published: Aug 13 2025 | 8:03 AM IST
    """

  @Test func everyDateComesOutRight() throws {
    let dct = PublicationDate(
      date: CivilDate(year: 2025, month: 8, day: 13), hour: 8, minute: 3, utcOffsetMinutes: 330, source: "test")
    let got = TemporalTagger().tag(Tokenizer.tokenize(Self.text), publication: dct)
    let expected: [(String, TimexType, String, String?)] = [
      ("Tuesday", .date, "2025-08-12", "on"),
      ("Friday", .date, "2025-08-15", nil),
      ("Wednesday", .date, "2025-08-13", nil),
      ("the future", .date, "FUTURE_REF", "in"),
      ("last year", .date, "2024", nil),
      ("2019", .date, "2019", "in"),
      ("last fall", .date, "2024-FA", "since"),
      ("soon", .date, "FUTURE_REF", nil),
      ("Aug 13 2025", .date, "2025-08-13", nil),
      ("8:03 AM IST", .time, "2025-08-13T08:03", nil),
    ]
    #expect(got.map(\.text) == expected.map(\.0), "got \(Support.describe(got))")
    for (e, t) in zip(expected, got) {
      #expect(
        t.type == e.1 && t.value == e.2,
        "[\(e.0)]: expected \(e.1.rawValue) \(e.2), got \(t.type.rawValue) \(t.value) (rule \(t.rule))")
      #expect(t.signal == e.3, "[\(e.0)]: signal \(t.signal ?? "none")")
      #expect(t.text == Tokenizer.tokenize(Self.text).text(t.span))
    }
    #expect(got.map(\.id) == (1...got.count).map { "t\($0)" })
    let fall = try #require(got.first { $0.text == "last fall" })
    #expect(
      fall.range
        == TimeRange(from: CivilDate(year: 2024, month: 9, day: 1), to: CivilDate(year: 2024, month: 11, day: 30)))
    #expect(fall.anchor.kind == .publicationDate && fall.anchor.value == "2025-08-13")
    let friday = try #require(got.first { $0.text == "Friday" })
    #expect(friday.anchor.direction == "after" && friday.anchor.cue != nil)
  }

  @Test func rangesFollowTheValue() {
    let dct = PublicationDate(date: CivilDate(year: 2025, month: 8, day: 13), source: "test")
    let cases: [(String, String, String)] = [
      ("It rose in the first quarter.", "2025-01-01T00:00", "2025-03-31T23:59"),
      ("Snow fell last winter.", "2024-12-01T00:00", "2025-02-28T23:59"),
      ("Sales rose this week.", "2025-08-11T00:00", "2025-08-17T23:59"),
      ("Music of the 1990s.", "1990-01-01T00:00", "1999-12-31T23:59"),
      ("They met this morning.", "2025-08-13T06:00", "2025-08-13T11:59"),
      ("Prices are now rising.", "2025-08-13T00:00", "2025-08-13T23:59"),
    ]
    for (s, from, to) in cases {
      let t = TemporalTagger().tag(Tokenizer.tokenize(s), publication: dct)
      let r = t.first?.range
      #expect(
        r.map { "\($0.earliest.iso)" == from.replacingOccurrences(of: "T00:00", with: "") || $0.earliest.iso == from }
          == true, "\(s): \(String(describing: r))")
      #expect(r?.latest.iso == to, "\(s): \(String(describing: r))")
    }
    let none = TemporalTagger().tag(Tokenizer.tokenize("The war lasted three years."), publication: dct)
    #expect(none.first?.range == nil && none.first?.value == "P3Y")
  }
}

/// Without a publication date nothing is read from the wall clock: deictic values keep placeholders.
struct UnresolvedTests {
  @Test func deicticValuesStayUnderspecified() {
    let got = Support.tag(
      "Putin praised the troops on Tuesday, and a summit last year failed, officials said yesterday.", dct: nil)
    #expect(got.map(\.value) == ["XXXX-WXX-2", "XXXX", "XXXX-XX-XX"], "got \(Support.describe(got))")
    #expect(got.allSatisfy { $0.anchor.kind == .unresolved && $0.range == nil })
  }

  @Test func absoluteDatesNeedNoAnchor() {
    let got = Support.tag("The deal closed on August 13, 2025 in Geneva.", dct: nil)
    #expect(got.first?.anchor.kind == .absolute)
    #expect(got.first?.range == TimeRange(day: CivilDate(year: 2025, month: 8, day: 13)))
  }

  @Test func sameInputSameOutput() {
    let text = "On Tuesday the minister said talks would resume next week, three years after they began."
    let dct = Support.dct("2025-08-13")
    #expect(Support.tag(text, dct: dct) == Support.tag(text, dct: dct))
  }
}

/// The anchor explains a deictic value: its cue and direction.
struct AnchorTests {
  @Test func weekdayOnThePublicationDayIsTheSameDay() throws {
    let got = Support.tag("State media said Wednesday that the leaders spoke.", dct: Support.dct("2025-08-13"))
    let t = try #require(got.first)
    #expect(t.value == "2025-08-13" && t.anchor.direction == "same" && t.anchor.kind == .publicationDate)
  }

  @Test func pastCueLooksBack() throws {
    let got = Support.tag("Putin during the call on Tuesday praised the troops.", dct: Support.dct("2025-08-13"))
    let t = try #require(got.first)
    #expect(t.anchor.cue == "praised" && t.anchor.direction == "before" && t.signal == "on" && t.rule == "weekday")
  }

  @Test func anaphoraNamesThePreviousValue() throws {
    let got = Support.tag(
      "The plant closed on March 5, 2024 and reopened the next day.", dct: Support.dct("2025-08-13"))
    let t = try #require(got.last)
    #expect(t.value == "2024-03-06" && t.anchor.kind == .previousExpression && t.anchor.value == "2024-03-05")
  }
}

/// Sets carry TIMEX3 quant and freq.
struct SetAttributeTests {
  @Test func quantAndFreq() {
    let dct = Support.dct("2025-08-13")
    let every = Support.tag("They meet every Friday in Alaska.", dct: dct).first
    #expect(every?.value == "XXXX-WXX-5" && every?.quant == "EVERY" && every?.range == nil)
    let twice = Support.tag("The board meets twice a year.", dct: dct).first
    #expect(twice?.value == "P1Y" && twice?.freq == "2X")
    let each = Support.tag("The board meets each week.", dct: dct).first
    #expect(each?.quant == "EACH")
  }
}
