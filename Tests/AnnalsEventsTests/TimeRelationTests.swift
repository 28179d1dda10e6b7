import AnnalsText
import AnnalsTime
import Testing

@testable import AnnalsEvents

/// What a date means for the event it dates, read from the words before it: a corpus of
/// sentences with the publication date, the trigger, and the relation and interval expected.
@Suite("Event-to-date relations")
struct TimeRelationTests {
  static let published = PublicationDate(date: CivilDate(year: 2009, month: 10, day: 5), source: "flag")

  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var trigger: String
    var relation: TimeRelation
    var value: String
    /// The interval the event is placed in, as `TimePoint.iso` strings.
    var earliest: String
    var latest: String
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    // in/on/at: the event lies in the date.
    Case(sentence: "The store opened in 2003.", trigger: "opened", relation: .within, value: "2003",
      earliest: "2003-01-01", latest: "2003-12-31T23:59"),
    Case(sentence: "The union met on Friday.", trigger: "met", relation: .within, value: "2009-10-02",
      earliest: "2009-10-02", latest: "2009-10-02T23:59"),
    // since X: from X to the publication day.
    Case(sentence: "Sales have grown since 2005.", trigger: "grown", relation: .since, value: "2005",
      earliest: "2005-01-01", latest: "2009-10-05T23:59"),
    // until/by X: from publication up to X.
    Case(sentence: "The dockers will strike until March 2010.", trigger: "strike", relation: .until, value: "2010-03",
      earliest: "2009-10-05", latest: "2010-03-31T23:59"),
    Case(sentence: "The company will pay the loan by December.", trigger: "pay", relation: .until, value: "2009-12",
      earliest: "2009-10-05", latest: "2009-12-31T23:59"),
    // after X (in the past): from X to publication.
    Case(sentence: "Jobs returned to Apple after 1996.", trigger: "returned", relation: .after, value: "1996",
      earliest: "1996-12-31T23:59", latest: "2009-10-05T23:59"),
    // before X: the last minute before X begins (how long before is not said).
    Case(sentence: "The deal was signed before 2008.", trigger: "signed", relation: .before, value: "2008",
      earliest: "2007-12-31T23:59", latest: "2007-12-31T23:59"),
    Case(sentence: "The board will decide before March 2010.", trigger: "decide", relation: .before, value: "2010-03",
      earliest: "2009-10-05", latest: "2010-02-28T23:59"),
    Case(sentence: "The board will decide before the end of the year.", trigger: "decide", relation: .before,
      value: "2009", earliest: "2009-10-05", latest: "2009-12-31T23:59"),
    Case(sentence: "The talks collapsed before March 2009.", trigger: "collapsed", relation: .before, value: "2009-03",
      earliest: "2009-02-28T23:59", latest: "2009-02-28T23:59"),
    // "first ... since X": X is only compared with; the event is now.
    Case(sentence: "Apple reported its first annual loss since 1997.", trigger: "loss", relation: .comparison,
      value: "2009-10-05", earliest: "2009-10-05", latest: "2009-10-05T23:59"),
    Case(sentence: "Shares closed at their highest level since March.", trigger: "closed", relation: .comparison,
      value: "2009-10-05", earliest: "2009-10-05", latest: "2009-10-05T23:59"),
    Case(sentence: "Exports showed the sharpest fall since 1986.", trigger: "fall", relation: .comparison,
      value: "2009-10-05", earliest: "2009-10-05", latest: "2009-10-05T23:59"),
    // for/over a duration: present perfect runs up to publication.
    Case(sentence: "Jobs has led Apple for ten years.", trigger: "led", relation: .duration, value: "1999",
      earliest: "1999-10-05", latest: "2009-10-05T23:59"),
    Case(sentence: "Prices have risen over the past six months.", trigger: "risen", relation: .duration, value: "2009-04",
      earliest: "2009-04-05", latest: "2009-10-05T23:59"),
    // The verb, not the event noun it governs, lasts: "fought", not "war".
    Case(sentence: "Rebels have fought a civil war for 20 years.", trigger: "fought",
      relation: .duration, value: "1989", earliest: "1989-10-05", latest: "2009-10-05T23:59"),
    // "for" before a date places the event in it.
    Case(sentence: "The hearing is scheduled for March 12, 2010.", trigger: "scheduled", relation: .within,
      value: "2010-03-12", earliest: "2010-03-12", latest: "2010-03-12T23:59"),
    // Negatives: a cue far before "since" belongs to another phrase; the event began then.
    Case(sentence: "It was the first of several stores that the chain has opened since 2001.", trigger: "opened",
      relation: .since, value: "2001", earliest: "2001-01-01", latest: "2009-10-05T23:59"),
  ]

  static func layer(_ text: String) -> EventLayer {
    let tokens = Tokenizer.tokenize(text)
    let timexes = TemporalTagger().tag(tokens, publication: published)
    return EventExtractor().extract(tokens, timexes: timexes, publication: published)
  }

  @Test(arguments: cases) func relationAndInterval(_ c: Case) throws {
    let l = Self.layer(c.sentence)
    let time = try #require(Fixture.event(l, c.trigger)?.time, "\(Fixture.dump(l))")
    #expect(time.relation == c.relation)
    #expect(time.value == c.value)
    #expect(time.range?.earliest.iso == c.earliest)
    #expect(time.range?.latest.iso == c.latest)
  }

  @Test func theNounNextToADurationIsNotDatedByIt() {
    #expect(Fixture.event(Self.layer("Rebels have fought a civil war for 20 years."), "war")?.time == nil)
  }

  @Test func aDurationInThePastSaysHowLongNotWhen() throws {
    let l = Self.layer("The talks lasted for three days.")
    let time = try #require(Fixture.event(l, "lasted")?.time, "\(Fixture.dump(l))")
    #expect(time.relation == .duration && time.value == "P3D" && time.range == nil)
    // A date in the clause wins over the duration.
    let met = Self.layer("The union met for two hours on Friday.")
    #expect(Fixture.event(met, "met")?.time?.relation == .within)
  }

  @Test func noLaterThanIsNoAfter() throws {
    let l = Self.layer("The sale must close no later than June 2010.")
    #expect(Fixture.event(l, "close")?.time?.relation != .after)
  }

  @Test func signalWordsComeFromTheTable() {
    #expect(EventExtractor.lexiconErrors.isEmpty)
    let t = TimeSignalTable.shared
    #expect(t.relations["since"] == .since && t.relations["prior to"] == .before && t.relations["on"] == .within)
    #expect(t.comparisonCues.contains("first") && t.comparisonCues.contains("highest"))
  }

  // A reporting verb with no date of its own is dated at publication; other events are not.
  @Test func saidWithoutADateIsThePublicationDay() throws {
    let l = Self.layer("The mayor said the bridge was safe.")
    let said = try #require(Fixture.event(l, "said")?.time)
    #expect(said.timex == nil && said.basis == "publication-date" && said.value == "2009-10-05")
    #expect(said.relation == .within)
    #expect(Fixture.event(l, "was")?.time == nil)
  }

  @Test func negatedOrHypotheticalReportsStayUndated() {
    #expect(Fixture.event(Self.layer("The mayor did not say why."), "say")?.time == nil)
    #expect(Fixture.event(Self.layer("The mayor may announce a plan."), "announce")?.time == nil)
    #expect(Fixture.event(Self.layer("The bridge collapsed."), "collapsed")?.time == nil)
  }
}
