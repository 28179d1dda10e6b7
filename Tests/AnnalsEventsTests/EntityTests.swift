import Testing
@testable import AnnalsEvents

@Suite("Entities")
struct EntityTests {
  @Test func titlesAreStrippedFromNames() {
    let l = Fixture.run("Prime Minister Jane Holloway visited the plant. Chief Executive Tom Reyes greeted her.")
    #expect(Fixture.entity(l, "Jane Holloway")?.type == .person)
    #expect(Fixture.entity(l, "Tom Reyes")?.type == .person)
    #expect(!l.entities.contains { $0.name.hasPrefix("Prime") || $0.name.hasPrefix("Chief") })
  }

  @Test func demonymBeforeTitleIsTheCountryNotThePerson() {
    let l = Fixture.run("Japanese Foreign Minister Akira Sato arrived on a quiet morning.")
    #expect(Fixture.entity(l, "Akira Sato")?.type == .person)
    let japan = Fixture.entity(l, "Japan")
    #expect(japan?.mentions.first?.kind == .demonym)
  }

  @Test func surnameMergesWithTheFullName() {
    let l = Fixture.run("Chancellor Martin Weber arrived in Paris. Weber later spoke to reporters.")
    let weber = l.entities.filter { $0.name.contains("Weber") }
    #expect(weber.count == 1)
    #expect(weber.first?.name == "Martin Weber")
    #expect(weber.first?.mentions.map(\.text).contains("Weber") == true)
  }

  @Test func shortNameBeforeTheFullNameStillMerges() {
    let l = Fixture.run("Weber spoke briefly. Later, Chancellor Martin Weber left the room.")
    #expect(l.entities.filter { $0.name.contains("Weber") }.count == 1)
  }

  @Test func acronymMergesWithItsExpansion() {
    let l = Fixture.run("The Northern Grain Council warned of shortages. The NGC said prices would rise.")
    let council = Fixture.entity(l, "Northern Grain Council")
    #expect(council?.type == .organization)
    #expect(council?.mentions.map(\.text).contains("NGC") == true)
  }

  @Test func newsAgencyAfterACountryPossessive() {
    let l = Fixture.run("The visit was confirmed, according to Russia's TASS news agency.")
    #expect(Fixture.entity(l, "TASS")?.type == .organization)
    #expect(Fixture.entity(l, "Russia") != nil)
  }

  @Test func demonymsMapToCountries() {
    let l = Fixture.run("Ukrainian forces crossed the river while Russian troops withdrew.")
    let ukraine = Fixture.entity(l, "Ukraine")
    #expect(ukraine?.type == .location)
    #expect(ukraine?.mentions.first?.kind == .demonym)
    #expect(Fixture.entity(l, "Russia")?.mentions.first?.text == "Russian")
  }

  @Test func capitalsStandForTheirGovernment() {
    let l = Fixture.run("Seoul protested the launch, and Washington agreed.")
    #expect(Fixture.entity(l, "South Korea")?.mentions.first?.text == "Seoul")
    #expect(Fixture.entity(l, "United States")?.mentions.first?.text == "Washington")
  }

  @Test func capitalAfterLocativeIsThePlace() {
    let l = Fixture.run("The delegates met in Seoul.")
    #expect(Fixture.entity(l, "Seoul")?.type == .location)
    #expect(Fixture.entity(l, "South Korea") == nil)
  }

  @Test func theKremlinIsRussia() {
    let l = Fixture.run("The Kremlin rejected the offer.")
    #expect(Fixture.entity(l, "Russia")?.mentions.first?.text == "Kremlin")
  }

  @Test func theNorthNeedsNorthKoreaInTheDocument() {
    let with = Fixture.run("North Korea tested a rocket. The North denied it.")
    #expect(Fixture.entity(with, "North Korea")?.mentions.contains { $0.text == "The North" } == true)
    let without = Fixture.run("The North was cold that winter.")
    #expect(without.entities.isEmpty)
  }

  @Test func pronounsResolveToTheSubject() {
    let l = Fixture.run("Jane Holloway arrived late. She said the talks went well.")
    let p = Fixture.entity(l, "Jane Holloway")
    #expect(p?.mentions.contains { $0.text == "She" && $0.kind == .pronoun } == true)
  }

  @Test func definiteDescriptionsResolveToACompatibleEntity() {
    let l = Fixture.run("Brightwave Corp reported higher sales. The company said demand was strong.")
    let c = Fixture.entity(l, "Brightwave Corp")
    #expect(c?.type == .organization)
    #expect(c?.mentions.contains { $0.text == "The company" && $0.kind == .nominal } == true)
  }

  @Test func sentenceInitialWordsAndCalendarNamesAreNotEntities() {
    let l = Fixture.run("Officials met on Monday in March. Meanwhile, analysts waited. However, nothing changed.")
    let named = l.entities.filter { !$0.descriptive }
    #expect(named.isEmpty, "\(named.map(\.name))")
    // The people are still mentions, as unresolved descriptions.
    #expect(l.entities.contains { $0.name == "analysts" && $0.type == .person && $0.descriptive })
  }

  @Test func pageFurnitureIsIgnored() {
    let l = Fixture.run("Topics : Harbor Works Fleet Review\nThe ferry sailed.")
    #expect(l.entities.isEmpty, "\(l.entities.map(\.name))")
  }

  @Test func mentionTextIsTheExactSlice() {
    let text = "Ünal Demir, the mayor, met Prime Minister Jane Holloway — and Holloway smiled."
    let l = Fixture.run(text)
    let scalars = Array(text.unicodeScalars)
    for e in l.entities {
      for m in e.mentions {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[m.span.start..<m.span.end])
        #expect(String(v) == m.text)
      }
    }
    #expect(!l.entities.isEmpty)
  }

  @Test func entityIdsFollowFirstMention() {
    let l = Fixture.run("Acme Corp sued Brightwave Corp. Brightwave Corp responded.")
    #expect(l.entities.map(\.id) == ["E1", "E2"])
    #expect(l.entities.first?.name == "Acme Corp")
  }
}

@Test func loneNameBecomesAPersonWhenAPronounNeedsOne() {
  let l = Fixture.run("Okonkwo arrived early. He said the vote was fair.")
  let p = Fixture.entity(l, "Okonkwo")
  #expect(p?.type == .person)
  #expect(p?.mentions.contains { $0.text == "He" } == true)
}

@Test func nominalWithDemonymResolvesToThePerson() {
  let l = Fixture.run("Kim Jong Un inspected a factory. The North Korean leader praised the workers.")
  let kim = Fixture.entity(l, "Kim Jong Un")
  #expect(kim?.mentions.contains { $0.text == "The North Korean leader" && $0.kind == .nominal } == true)
  // The demonym inside the description does not make North Korea the one who praised.
  let praised = Fixture.event(l, "praised")
  #expect(praised?.participants.first { $0.role == "agent" }?.entity == kim?.id)
}

@Test func headlineTitleCaseWordsAreNotPeople() {
  let l = Fixture.run("Rescue Teams Search Flooded Valley\nRescue teams searched the valley on foot.")
  #expect(l.entities.filter { !$0.descriptive }.isEmpty, "\(l.entities.map(\.name))")
  let named = Fixture.run("Harlow Mills Workers Strike Again\nWorkers at Harlow Mills walked out.")
  #expect(named.entities.filter { !$0.descriptive }.map(\.name) == ["Harlow Mills"])
}
