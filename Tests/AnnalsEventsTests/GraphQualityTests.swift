import AnnalsText
import AnnalsTime
import Testing
@testable import AnnalsEvents

/// Examples for the reader-facing graph: who is judged, whose body acts, which clause a
/// date belongs to, and short edge labels.
@Suite("Graph quality")
struct GraphQualityTests {
  private func directed(_ l: EventLayer, _ a: String, _ b: String, _ label: String) -> Bool {
    guard let x = Fixture.entity(l, a)?.id, let y = Fixture.entity(l, b)?.id else { return false }
    return l.relations.contains { $0.source == x && $0.target == y && $0.directed && $0.label == label }
  }

  @Test func evaluativeVerbReachesTheOneJudgedThroughADisplayedByPhrase() {
    let l = Fixture.run("Angela Merkel applauded the courage, skill and dedication shown by Italian rescuers at sea.")
    #expect(directed(l, "Angela Merkel", "Italy", "applauded"), "\(Fixture.dump(l))")
  }

  @Test func evaluativeVerbReachesTheOneJudgedThroughOf() {
    let l = Fixture.run("Emmanuel Macron criticized the handling of the crisis by Brazil.")
    #expect(directed(l, "Emmanuel Macron", "Brazil", "criticized"), "\(Fixture.dump(l))")
    let m = Fixture.run("Emmanuel Macron praised the generosity of Japan.")
    #expect(directed(m, "Emmanuel Macron", "Japan", "praised"), "\(Fixture.dump(m))")
  }

  @Test func evaluativeVerbTakesAPossessorAsTheOneJudged() {
    let l = Fixture.run("Joe Biden condemned Iran's decision.")
    #expect(directed(l, "Joe Biden", "Iran", "condemned"), "\(Fixture.dump(l))")
  }

  @Test func hisGovernmentIsTheLeadersCountry() {
    let l = Fixture.run(
      "Cuban President Miguel Diaz-Canel spoke on Monday. His government has rejected the proposals.")
    let e = Fixture.event(l, "rejected")
    let cuba = Fixture.entity(l, "Cuba")?.id
    #expect(cuba != nil)
    #expect(e?.participants.contains { $0.entity == cuba && $0.role == "agent" } == true, "\(Fixture.dump(l))")
  }

  @Test func aDateInALaterClauseDatesOnlyThatClause() {
    let text = "The minister rejected the plan, which collapsed in 2019 after a failed summit."
    let x = Fixture.timex(text, "2019", id: "t1", value: "2019",
      from: CivilDate(year: 2019, month: 1, day: 1), to: CivilDate(year: 2019, month: 12, day: 31))
    let l = Fixture.run(text, timexes: [x])
    #expect(Fixture.event(l, "rejected")?.time?.value != "2019", "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "collapsed")?.time?.value == "2019", "\(Fixture.dump(l))")
  }

  @Test func aRelativeClauseDatesOnlyTheNounRightBeforeIt() {
    let text = "The minister rejected demands for talks on the plan, which collapsed in 2019."
    let x = Fixture.timex(text, "2019", id: "t1", value: "2019",
      from: CivilDate(year: 2019, month: 1, day: 1), to: CivilDate(year: 2019, month: 12, day: 31))
    let l = Fixture.run(text, timexes: [x])
    #expect(Fixture.event(l, "talks")?.time == nil, "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "plan")?.time?.value == "2019", "\(Fixture.dump(l))")
  }

  @Test func aDateAfterANearerFiniteVerbDatesThatVerb() {
    let text = "Ottawa told Paris that both sides reviewed a trade pact they ratified at a meeting last year."
    let x = Fixture.timex(text, "last year", id: "t1", value: "2024",
      from: CivilDate(year: 2024, month: 1, day: 1), to: CivilDate(year: 2024, month: 12, day: 31))
    let l = Fixture.run(text, timexes: [x])
    #expect(Fixture.event(l, "told")?.time?.value != "2024", "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "reviewed")?.time?.value != "2024", "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "ratified")?.time?.value == "2024", "\(Fixture.dump(l))")
  }

  @Test func reportingVerbsAndMeasureWordsKeepTheLabelShort() {
    let l = Fixture.run("Reuters said shares fell 5 percent. Germany sent engineers to Chile.")
    #expect(Fixture.event(l, "said")?.label == "said", "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "fell")?.label == "fell", "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "sent")?.label == "sent engineers", "\(Fixture.dump(l))")
    let m = Fixture.run("Norway reacted cautiously. The envoys came back.")
    #expect(Fixture.event(m, "reacted")?.label == "reacted", "\(Fixture.dump(m))")
    #expect(Fixture.event(m, "came")?.label == "came", "\(Fixture.dump(m))")
  }

  @Test func bareNounEventsAreNotSalient() {
    let text = "Kenya backed all measures. Kenya and Uganda held talks on Monday."
    let x = Fixture.timex(text, "Monday", id: "t1", value: "2025-08-11",
      from: CivilDate(year: 2025, month: 8, day: 11))
    let l = Fixture.run(text, timexes: [x])
    #expect(Fixture.event(l, "measures")?.salient == false, "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "talks")?.salient == true, "\(Fixture.dump(l))")
    #expect(Fixture.event(l, "backed")?.salient == true, "\(Fixture.dump(l))")
  }
}

@Suite("Directed with")
struct DirectedWithTests {
  @Test func sharingWithSomeoneIsDirected() {
    let l = Fixture.run("Justin Trudeau shared with Jacinda Ardern details of his plans.")
    guard let a = Fixture.entity(l, "Justin Trudeau")?.id, let b = Fixture.entity(l, "Jacinda Ardern")?.id else {
      Issue.record("names missing: \(Fixture.dump(l))")
      return
    }
    #expect(l.relations.contains { $0.source == a && $0.target == b && $0.directed }, "\(Fixture.dump(l))")
  }

  @Test func meetingWithSomeoneStaysMutual() {
    let l = Fixture.run("Justin Trudeau met with Jacinda Ardern.")
    let r = Fixture.related(l, "Justin Trudeau", "Jacinda Ardern")
    #expect(!r.isEmpty && r.allSatisfy { !$0.directed }, "\(Fixture.dump(l))")
  }
}

@Suite("Descriptions")
struct DescriptionTests {
  @Test func unresolvedDescriptionsAreMentionsButDrawNoEdges() {
    let l = Fixture.run("Developers praised the new laptop, which ships with a faster processor.")
    let devs = l.entities.first { $0.name == "Developers" }
    #expect(devs?.type == .person && devs?.descriptive == true, "\(Fixture.dump(l))")
    let laptop = l.entities.first { $0.name == "new laptop" }
    #expect(laptop?.type == .product, "\(Fixture.dump(l))")
    // ", which" refers to the laptop.
    #expect(laptop?.mentions.contains { $0.text == "which" && $0.kind == .pronoun } == true, "\(Fixture.dump(l))")
    #expect(l.relations.isEmpty, "\(Fixture.dump(l))")
  }

  @Test func aNameBeforeTheHeadKeepsThePhrase() {
    let l = Fixture.run("Vladimir Putin praised North Korean troops.")
    #expect(!l.entities.contains { $0.descriptive }, "\(Fixture.dump(l))")
  }

  @Test func aTitleBeforeANameIsADescriptionOfThePerson() {
    let l = Fixture.run("Acme Corp CEO Jane Doe resigned.")
    let jane = Fixture.entity(l, "Jane Doe")
    #expect(jane?.mentions.contains { $0.text == "Acme Corp CEO" && $0.kind == .nominal } == true, "\(Fixture.dump(l))")
  }

  @Test func theObjectDescriptionLabelsTheEdge() {
    let l = Fixture.run("Norway sent 300 engineers to Chile.")
    #expect(Fixture.event(l, "sent")?.label == "sent engineers", "\(Fixture.dump(l))")
  }
}

@Suite("Apposition")
struct AppositionTests {
  @Test func anAppositiveDescriptionJoinsAndTypesAnUnknownName() {
    let l = Fixture.run("Users downloaded Zephyr, the latest version of the editor, on launch day.")
    let z = l.entities.first { $0.name == "Zephyr" }
    #expect(z?.type == .product, "\(Fixture.dump(l))")
    #expect(z?.descriptive == false)
    #expect(z?.mentions.contains { $0.text == "the latest version" } == true, "\(Fixture.dump(l))")
  }
}

@Suite("Plural pronouns")
struct PluralPronounTests {
  @Test func theyAfterTwoNamedPeopleIsBothOfThem() {
    let l = Fixture.run("Angela Merkel told Emmanuel Macron that Berlin would help, as they reviewed a pact they drafted.")
    let e = Fixture.event(l, "drafted")
    let a = Fixture.entity(l, "Angela Merkel")?.id
    let b = Fixture.entity(l, "Emmanuel Macron")?.id
    #expect(e?.participants.contains { $0.entity == a && $0.role == "agent" } == true, "\(Fixture.dump(l))")
    #expect(e?.participants.contains { $0.entity == b && $0.role == "agent" } == true, "\(Fixture.dump(l))")
    #expect(Fixture.entity(l, "Germany")?.mentions.contains { $0.text == "they" } != true, "\(Fixture.dump(l))")
  }

  @Test func theyAfterADemonymGroupStaysWithTheGroup() {
    let l = Fixture.run("Angela Merkel thanked Emmanuel Macron for the help of Dutch engineers as they rebuilt the bridge.")
    let nl = Fixture.entity(l, "Netherlands")
    #expect(nl?.mentions.contains { $0.text == "they" } == true, "\(Fixture.dump(l))")
  }
}

@Suite("Typing unknown names")
struct UnknownNameTypeTests {
  @Test func aHeadNounBeforeAnUnknownNameGivesItsType() {
    let l = Fixture.run("The suite ships with the web browser Zephyr.")
    #expect(Fixture.entity(l, "Zephyr")?.type == .product, "\(Fixture.dump(l))")
  }
}

@Suite("Coordination and relatives")
struct CoordinationTests {
  @Test func everyCoordinatedObjectIsAPatient() {
    let l = Fixture.run("Justin Trudeau praised Jacinda Ardern and Angela Merkel.")
    let e = Fixture.event(l, "praised")
    for name in ["Jacinda Ardern", "Angela Merkel"] {
      let id = Fixture.entity(l, name)?.id
      #expect(e?.participants.contains { $0.entity == id && $0.role == "patient" } == true, "\(Fixture.dump(l))")
    }
  }

  @Test func thatBeforeAVerbIsARelativePronoun() {
    let l = Fixture.run("Acme Corp sold a laptop that runs on solar power.")
    let laptops = l.entities.first { $0.name == "laptop" }
    #expect(laptops?.mentions.contains { $0.text == "that" } == true, "\(Fixture.dump(l))")
    let run = Fixture.event(l, "runs")
    #expect(run?.participants.contains { $0.entity == laptops?.id && $0.role == "agent" } == true, "\(Fixture.dump(l))")
  }

  @Test func thatAfterAReportingVerbsObjectIsNoPronoun() {
    let l = Fixture.run("Kim Jong Un told Vladimir Putin that Pyongyang will help.")
    #expect(!l.entities.contains { $0.mentions.contains { $0.text == "that" } }, "\(Fixture.dump(l))")
  }
}

@Suite("Head-matched descriptions")
struct HeadMatchTests {
  @Test func theHeadOfADescriptionFindsTheNameEndingInIt() {
    let l = Fixture.run("Harbor Music Store opened in May. Acme Corp later sued the store.")
    let store = l.entities.first { $0.name == "Harbor Music Store" }
    #expect(store?.mentions.contains { $0.text == "the store" } == true, "\(Fixture.dump(l))")
  }
}

@Suite("Gerund modifiers")
struct GerundModifierTests {
  @Test func aGerundBetweenPossessorAndNounKeepsThePossessor() {
    let l = Fixture.run("Angela Merkel and Emmanuel Macron praised their growing partnership.")
    let e = Fixture.event(l, "partnership")
    let a = Fixture.entity(l, "Angela Merkel")?.id
    #expect(e?.participants.contains { $0.entity == a && $0.role == "agent" } == true, "\(Fixture.dump(l))")
  }
}

@Suite("Plural descriptions")
struct PluralDescriptionTests {
  @Test func theyPrefersTheNearestPluralDescription() {
    let l = Fixture.run("Acme Corp opened its store, and shoppers praised their new gadgets.")
    let shoppers = l.entities.first { $0.name == "shoppers" }
    #expect(shoppers?.mentions.contains { $0.text == "their" } == true, "\(Fixture.dump(l))")
  }
}
