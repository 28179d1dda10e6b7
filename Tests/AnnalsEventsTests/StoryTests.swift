import AnnalsText
import AnnalsTime
import Foundation
import Testing
@testable import AnnalsEvents

/// A short report written for these tests, in the style of a wire story.
@Suite("A whole story")
struct StoryTests {
  static let text = """
    Leaders of North Korea and Russia speak by phone

    North Korean leader Kim Jong Un and Russian President Vladimir Putin held a phone call on Tuesday, the Korean Central News Agency reported Wednesday.

    Putin thanked Kim for the courage shown by North Korean soldiers, KCNA said.

    Putin also told Kim about his upcoming talks with US President Donald Trump, which are scheduled for Friday in Alaska, according to Russia's TASS news agency.

    Pyongyang will support every step taken by Moscow, Kim told Putin.

    North Korea has deployed thousands of soldiers to Russia since last autumn, South Korean officials say.

    The North did not comment on the Trump meeting.
    """

  static let layer: EventLayer = {
    let t = text
    let tue = CivilDate(year: 2025, month: 8, day: 12)
    let timexes = [
      Fixture.timex(t, "Tuesday", id: "t1", value: "2025-08-12", from: tue),
      Fixture.timex(t, "Wednesday", id: "t2", value: "2025-08-13", from: CivilDate(year: 2025, month: 8, day: 13)),
      Fixture.timex(t, "Friday", id: "t3", value: "2025-08-15", from: CivilDate(year: 2025, month: 8, day: 15)),
      Fixture.timex(
        t, "last autumn", id: "t4", value: "2024-FA", from: CivilDate(year: 2024, month: 9, day: 1),
        to: CivilDate(year: 2024, month: 11, day: 30), signal: "since"),
    ]
    return Fixture.run(t, timexes: timexes)
  }()

  @Test func oneEntityPerRealWorldThing() {
    let l = Self.layer
    for name in [
      "Vladimir Putin", "Kim Jong Un", "Donald Trump", "North Korea", "Russia", "Korean Central News Agency", "TASS",
      "United States", "South Korea",
    ] {
      #expect(l.entities.filter { $0.name == name }.count == 1, "\(name)\n\(Fixture.dump(l))")
    }
    #expect(!l.entities.contains { ["Kim", "Putin", "Trump", "KCNA", "Pyongyang", "Moscow"].contains($0.name) })
    #expect(Fixture.entity(l, "Korean Central News Agency")?.mentions.contains { $0.text == "KCNA" } == true)
    #expect(Fixture.entity(l, "North Korea")?.mentions.contains { $0.text == "Pyongyang" } == true)
    #expect(Fixture.entity(l, "North Korea")?.mentions.contains { $0.text == "The North" } == true)
  }

  @Test func putinAndKimHeldACallOnTuesday() {
    let l = Self.layer
    let r = Fixture.related(l, "Vladimir Putin", "Kim Jong Un").filter { $0.label == "phone call" }
    #expect(!r.isEmpty, "\(Fixture.dump(l))")
    let dates = r.compactMap { rel in l.events.first { $0.id == rel.event }?.time?.value }
    #expect(dates.contains("2025-08-12"))
  }

  @Test func putinAndTrumpTalksOnFriday() {
    let l = Self.layer
    let r = Fixture.related(l, "Vladimir Putin", "Donald Trump").filter { $0.label == "talks" }
    #expect(!r.isEmpty, "\(Fixture.dump(l))")
    let e = l.events.first { $0.id == r.first?.event }
    #expect(e?.time?.value == "2025-08-15")
    #expect(e?.modality == "planned")
  }

  @Test func northKoreaDeployedSoldiersToRussiaSinceAutumn() {
    let l = Self.layer
    let r = Fixture.related(l, "North Korea", "Russia").filter { $0.label == "deployed soldiers" }
    #expect(r.first?.directed == true, "\(Fixture.dump(l))")
    #expect(r.first?.source == Fixture.entity(l, "North Korea")?.id)
    let e = l.events.first { $0.id == r.first?.event }
    #expect(e?.time?.basis == "since")
    #expect(e?.time?.range?.latest.date == CivilDate(year: 2025, month: 8, day: 13))
  }

  @Test func theNorthDidNotComment() {
    let e = Fixture.event(Self.layer, "comment")
    #expect(e?.negated == true)
    #expect(e?.participants.first?.entity == Fixture.entity(Self.layer, "North Korea")?.id)
  }

  @Test func everyDateIsOnSomeEvent() {
    let anchored = Set(Self.layer.events.compactMap { $0.time?.timex })
    #expect(anchored == ["t1", "t2", "t3", "t4"])
  }

  /// The project's seed article, when the shared folder is present.
  @Test func seedArticle() throws {
    let path = "/work/shared/seeds/000_d7fbd3b75d1f8c81.txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      print("seedArticle: skipped, \(path) is not present")
      return
    }
    let l = EventExtractor().extract(Tokenizer.tokenize(text), timexes: [], publication: Fixture.dct)
    for name in ["Vladimir Putin", "Kim Jong Un", "Donald Trump", "North Korea", "Russia", "Ukraine", "TASS",
      "Korean Central News Agency"]
    {
      #expect(l.entities.filter { $0.name == name }.count == 1, "\(name)")
    }
    #expect(!l.entities.contains { ["Kim", "Putin", "Trump", "KCNA"].contains($0.name) })
    #expect(Fixture.related(l, "Vladimir Putin", "Kim Jong Un").contains { $0.label == "phone call" })
    #expect(Fixture.related(l, "Vladimir Putin", "Donald Trump").contains { $0.label == "talks" })
    #expect(Fixture.related(l, "North Korea", "Russia").contains { $0.label == "sent troops" })
  }
}
