import AnnalsEvents
import Testing

@testable import AnnalsStory

@Suite struct StoryLexiconTests {
  @Test func dataFilesLoadCleanly() {
    #expect(Story.lexiconErrors.isEmpty, "\(Story.lexiconErrors)")
    let lx = StoryLexicon.shared
    #expect(lx.groupOf("talks") == lx.groupOf("meeting"))
    #expect(lx.groupOf("phone call") == lx.groupOf("call"))
    #expect(lx.groupOf("announce") != lx.groupOf("launch"))
    #expect(lx.nominalVerb["meeting"]?.verb == "meet")
    #expect(lx.nominalVerb["war"]?.preposition == "against")
    #expect(lx.speech.contains("say") && lx.speech.contains("according to"))
  }
}

@Suite struct CaptionWordTests {
  let b = CaptionBuilder()

  @Test(arguments: [
    ("hold", "holds"), ("praise", "praises"), ("carry", "carries"), ("go", "goes"), ("have", "has"), ("push", "pushes"),
    ("walk out", "walks out"), ("say", "says"), ("fix", "fixes"),
  ])
  func thirdPerson(_ base: String, _ form: String) {
    #expect(b.thirdPerson(base) == form)
  }

  @Test func lemmasCutShortGetTheirE() {
    #expect(CaptionBuilder.base("carv") == "carve")
    #expect(CaptionBuilder.base("handl") == "handle")
    #expect(CaptionBuilder.base("announc") == "announce")
    #expect(CaptionBuilder.base("send") == "send")
    #expect(CaptionBuilder.base("according to") == "according to")
  }

  @Test func lists() {
    #expect(b.list(["A"]) == "A")
    #expect(b.list(["A", "B"]) == "A and B")
    #expect(b.list(["A", "B", "C", "D"]) == "A, B and C")
  }

  @Test func shortNames() {
    #expect(ShortName.of("Vladimir Putin", type: .person, aliases: []) == "Putin")
    #expect(ShortName.of("George W. Bush", type: .person, aliases: []) == "Bush")
    #expect(ShortName.of("Kim Jong Un", type: .person, aliases: []) == "Kim Jong Un")
    #expect(ShortName.of("Apple Inc.", type: .organization, aliases: []) == "Apple")
    #expect(ShortName.of("Korean Central News Agency", type: .organization, aliases: ["KCNA"]) == "KCNA")
    #expect(ShortName.of("Apple Corps", type: .organization, aliases: []) == "Apple Corps")
    #expect(ShortName.description("around 15,000 troops") == "15,000 troops")
    #expect(ShortName.description("thousands of military construction workers") == "military construction workers")
  }
}

@Suite struct EntityFocusTests {
  static let entities = [
    StoryEntity(key: "n1", name: "Vladimir Putin", type: .person, aliases: ["Putin", "Russian President"]),
    StoryEntity(key: "n2", name: "iPhone", type: .product, aliases: ["iPhone 3G", "the phone"]),
    StoryEntity(key: "n3", name: "Apple Corps", type: .organization, aliases: []),
    StoryEntity(key: "n4", name: "Korean Central News Agency", type: .organization, aliases: ["KCNA"]),
    StoryEntity(key: "n5", name: "Apple Inc.", type: .organization, aliases: ["Apple"]),
  ]

  @Test func foldingIgnoresCaseDotsPossessivesAndCompanyForms() {
    #expect(EntityFocus.fold("The Apple Inc.") == EntityFocus.fold("apple"))
    #expect(EntityFocus.fold("Putin's") == "putin")
    #expect(EntityFocus.fold("Daimler Chrysler") == EntityFocus.fold("DaimlerChrysler"))
  }

  @Test func canonicalNamesAndShortFormsMeanTheEntity() {
    #expect(EntityFocus.matches("vladimir putin", in: Self.entities) == ["n1": .entity])
    #expect(EntityFocus.matches("Putin", in: Self.entities) == ["n1": .entity])
    #expect(EntityFocus.matches("KCNA", in: Self.entities) == ["n4": .entity])
    #expect(EntityFocus.matches("Apple", in: Self.entities) == ["n5": .entity])
  }

  @Test func aMoreSpecificAliasCountsOnlyWhereItIsUsed() {
    #expect(EntityFocus.matches("iPhone 3G", in: Self.entities) == ["n2": .alias("iphone3g")])
  }

  @Test func aLongerNameFindsTheEntityItContains() {
    #expect(EntityFocus.keys(matching: "Beatles Apple Corps", in: Self.entities) == ["n3"])
    #expect(EntityFocus.keys(matching: "Nobody", in: Self.entities).isEmpty)
  }
}

@Suite struct SalienceTests {
  @Test func theBudgetKeepsTheBestAboveTheFloorInTheirOrder() {
    let scores = [1.0, 5.0, 3.0, 4.0, 5.0, 2.0]
    #expect(Salience.select(scores, budget: 3, floor: 2.5) == [1, 3, 4])
    #expect(Salience.select(scores, budget: 10, floor: 2.5) == [1, 2, 3, 4])
    #expect(Salience.select(scores, budget: 0).isEmpty)
  }

  @Test func datedEventsWithParticipantsOutscoreStatements() {
    let base = Salience.Inputs(
      dating: .expression, named: 2, hasObject: true, mentions: 2, documents: 1, bestPosition: 1, speech: false,
      reporting: false, eventClass: .occurrence, negated: false, hypothetical: false, bareNoun: false, conflict: false)
    var said = base
    said.speech = true
    said.reporting = true
    var undated = base
    undated.dating = .undated
    #expect(Salience.score(base) > Salience.score(undated))
    #expect(Salience.score(undated) > Salience.score(said))
    #expect(Salience.score(base) >= Salience.floor)
    #expect(Salience.score(said) < Salience.floor)
  }
}
