import AnnalsText
import Testing
@testable import AnnalsEvents

@Suite("Odd inputs")
struct RobustnessTests {
  @Test(arguments: ["", "   \n\n  ", "...!!!???", "\"", "'s", "A", "the", "Mr.", "12,000", "iPhone 4"])
  func tinyInputsDoNotCrash(_ text: String) {
    let l = Fixture.run(text)
    #expect(l.events.count <= 2)
    #expect(l.relations.isEmpty)
  }

  @Test func withoutPublicationDateEventsStillAnchor() {
    let t = "Acme Corp opened a plant on Tuesday."
    let x = Fixture.timex(t, "Tuesday", id: "t1", value: "2025-08-12", from: CivilDate(year: 2025, month: 8, day: 12))
    let l = EventExtractor().extract(Tokenizer.tokenize(t), timexes: [x], publication: nil)
    #expect(Fixture.event(l, "opened")?.time?.value == "2025-08-12")
  }

  @Test func timexThatCoversNoTokenIsIgnored() {
    let t = "Acme Corp opened a plant."
    var x = Fixture.timex(t, "plant", id: "t1", value: "2025-08-12", from: CivilDate(year: 2025, month: 8, day: 12))
    x.span = TextSpan(500, 507)
    let l = Fixture.run(t, timexes: [x])
    #expect(!l.events.isEmpty)
    #expect(l.events.allSatisfy { $0.time == nil })
  }

  @Test func theyCanReferToADemonymGroup() {
    let l = Fixture.run("Vladimir Putin praised North Korean troops as they fought near the border.")
    let nk = Fixture.entity(l, "North Korea")
    #expect(nk?.mentions.contains { $0.text == "they" && $0.kind == .pronoun } == true)
  }

  @Test func longDocumentsStayFast() {
    let one = "Kim Jong Un told Vladimir Putin that North Korea will support Russia. He praised the troops. "
    let text = String(repeating: one, count: 400)
    let tokens = Tokenizer.tokenize(text)
    let l = EventExtractor().extract(tokens, timexes: [], publication: Fixture.dct)
    #expect(l.entities.filter { !$0.descriptive }.count == 4)
    #expect(l.events.count >= 1200)
  }
}
