import AnnalsText
import AnnalsTime
import Testing
@testable import AnnalsEvents

@Suite("Time anchoring")
struct TimeAnchorTests {
  let tue = CivilDate(year: 2025, month: 8, day: 12)
  let wed = CivilDate(year: 2025, month: 8, day: 13)
  let fri = CivilDate(year: 2025, month: 8, day: 15)

  @Test func eventTakesTheTimexOfItsClause() {
    let t = "Kim Jong Un and Vladimir Putin held a phone call on Tuesday, state media reported Wednesday."
    let l = Fixture.run(t, timexes: [
      Fixture.timex(t, "Tuesday", id: "t1", value: "2025-08-12", from: tue),
      Fixture.timex(t, "Wednesday", id: "t2", value: "2025-08-13", from: wed),
    ])
    #expect(Fixture.event(l, "held")?.time?.value == "2025-08-12")
    #expect(Fixture.event(l, "phone call")?.time?.timex == "t1")
    #expect(Fixture.event(l, "reported")?.time?.value == "2025-08-13")
  }

  @Test func sinceWidensTheRangeToPublication() {
    let t = "North Korea has sent soldiers to Russia since last fall."
    let fall = Fixture.timex(
      t, "last fall", id: "t1", value: "2024-FA", from: CivilDate(year: 2024, month: 9, day: 1),
      to: CivilDate(year: 2024, month: 11, day: 30), signal: "since")
    let l = Fixture.run(t, timexes: [fall])
    let time = Fixture.event(l, "sent")?.time
    #expect(time?.value == "2024-FA")
    #expect(time?.basis == "since")
    #expect(time?.range?.earliest == TimePointFixture.start(2024, 9, 1))
    #expect(time?.range?.latest.date == wed)
  }

  @Test func sinceClauseWithANumberAndASecondVerb() {
    let t = "North Korea has sent around 12,000 soldiers to Russia since last fall and also supplied shells."
    let fall = Fixture.timex(
      t, "last fall", id: "t1", value: "2024-FA", from: CivilDate(year: 2024, month: 9, day: 1),
      to: CivilDate(year: 2024, month: 11, day: 30))
    let l = Fixture.run(t, timexes: [fall])
    #expect(Fixture.event(l, "sent")?.time?.basis == "since")
    #expect(Fixture.event(l, "supplied")?.time?.timex == "t1")
  }

  @Test func timexInAnotherBusyClauseDoesNotDateTheEvent() {
    let t = "Kim told Putin that the plan stands, as they signed a pact last year."
    let l = Fixture.run(t, timexes: [
      Fixture.timex(t, "last year", id: "t1", value: "2024", from: CivilDate(year: 2024, month: 1, day: 1),
        to: CivilDate(year: 2024, month: 12, day: 31))
    ])
    // Not dated by the other clause's year; a report with no date is the publication day's.
    #expect(Fixture.event(l, "told")?.time?.timex == nil)
    #expect(Fixture.event(l, "told")?.time?.basis == "publication-date")
    #expect(Fixture.event(l, "signed")?.time?.value == "2024")
  }

  @Test func pastEventIsNotDatedToAFutureDay() {
    let t = "Vladimir Putin shared details about his upcoming talks with Trump scheduled for Friday."
    let l = Fixture.run(t, timexes: [Fixture.timex(t, "Friday", id: "t1", value: "2025-08-15", from: fri)])
    #expect(Fixture.event(l, "shared")?.time == nil)
    #expect(Fixture.event(l, "talks")?.time?.value == "2025-08-15")
    #expect(Fixture.related(l, "Vladimir Putin", "Trump").contains { $0.label == "talks" })
  }

  @Test func sentencesWithoutTimexAreUndated() {
    let l = Fixture.run("Officials said the plant closed.")
    // Only the report takes the publication day; what it reports has no date.
    #expect(l.events.filter { $0.eventClass != .reporting }.allSatisfy { $0.time == nil })
    #expect(Fixture.event(l, "closed") != nil)
    #expect(Fixture.event(l, "said")?.time?.basis == "publication-date")
    #expect(Fixture.event(l, "said")?.time?.timex == nil)
  }

  @Test func everyDatedSentenceAnchorsAnEvent() {
    let t = "Putin praised the soldiers. The decision came on Tuesday."
    let l = Fixture.run(t, timexes: [Fixture.timex(t, "Tuesday", id: "t1", value: "2025-08-12", from: tue)])
    #expect(l.events.contains { $0.time?.timex == "t1" })
    #expect(Fixture.event(l, "praised")?.time == nil)
  }
}

enum TimePointFixture {
  static func start(_ y: Int, _ m: Int, _ d: Int) -> AnnalsTime.TimePoint {
    AnnalsTime.TimePoint(CivilDate(year: y, month: m, day: d))
  }
}
