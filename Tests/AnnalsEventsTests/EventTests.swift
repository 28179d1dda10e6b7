import Testing
@testable import AnnalsEvents

@Suite("Events")
struct EventTests {
  @Test func reportingAndOtherClasses() {
    let l = Fixture.run("Officials said the ministers want a deal and began talks.")
    #expect(Fixture.event(l, "said")?.eventClass == .reporting)
    #expect(Fixture.event(l, "want")?.eventClass == .iState)
    #expect(Fixture.event(l, "began")?.eventClass == .aspectual)
    #expect(Fixture.event(l, "talks") != nil)
  }

  @Test func accordingToIsReporting() {
    let l = Fixture.run("The plant closed, according to Acme Corp.")
    let e = Fixture.event(l, "according")
    #expect(e?.eventClass == .reporting)
    #expect(e?.participants.contains { $0.role == "agent" } == true)
  }

  @Test func auxiliariesAreNotTriggers() {
    let l = Fixture.run("The rebels have taken the town and will hold it.")
    #expect(Fixture.event(l, "have") == nil)
    #expect(Fixture.event(l, "will") == nil)
    #expect(Fixture.event(l, "taken")?.tense == "past")
  }

  @Test func copulaIsATriggerWhenNothingElseIs() {
    let l = Fixture.run("The prices were high.")
    #expect(Fixture.event(l, "were")?.eventClass == .state)
  }

  @Test func negation() {
    let l = Fixture.run("Kim Jong Un did not mention the summit with Donald Trump.")
    let e = Fixture.event(l, "mention")
    #expect(e?.negated == true)
    #expect(e?.tense == "past")
    #expect(!l.relations.contains { $0.event == e?.id })
  }

  @Test func futureIsPlannedAndModalsAreHypothetical() {
    let l = Fixture.run("Putin will visit Pyongyang. Trump could meet Kim. The upcoming summit drew interest.")
    #expect(Fixture.event(l, "visit")?.tense == "future")
    #expect(Fixture.event(l, "visit")?.modality == "planned")
    #expect(Fixture.event(l, "meet")?.modality == "hypothetical")
    #expect(Fixture.event(l, "summit")?.modality == "planned")
    #expect(Fixture.event(l, "drew")?.modality == "actual")
  }

  @Test func aBaseFormAfterADemonymIsANoun() {
    // "Croatian control", "Japanese trade", "Chinese rule": nouns; a plural name's verb stays one.
    #expect(Fixture.event(Fixture.run("The region returned to Croatian control on Monday."), "control") == nil)
    #expect(Fixture.event(Fixture.run("Shares were steady in Japanese trade on Friday."), "trade") == nil)
    #expect(Fixture.event(Fixture.run("Hong Kong returned to Chinese rule in 1997."), "rule") == nil)
    #expect(Fixture.event(Fixture.run("The Beatles sing on the album."), "sing") != nil)
  }

  @Test func nounReadingOfAmbiguousForms() {
    let l = Fixture.run("His plans changed after the talks.")
    let plans = Fixture.event(l, "plans")
    #expect(plans?.tense == "none")
    #expect(Fixture.event(l, "changed")?.tense == "past")
  }

  @Test func subjectAndObjectBecomeAgentAndPatient() {
    let l = Fixture.run("Acme Corp sued Brightwave Corp in Texas.")
    let e = Fixture.event(l, "sued")
    let acme = Fixture.entity(l, "Acme Corp")?.id
    let bright = Fixture.entity(l, "Brightwave Corp")?.id
    #expect(e?.participants.contains(Participant(entity: acme ?? "", role: "agent")) == true)
    #expect(e?.participants.contains(Participant(entity: bright ?? "", role: "patient")) == true)
    let r = Fixture.related(l, "Acme Corp", "Brightwave Corp")
    #expect(r.count == 1 && r.first?.directed == true && r.first?.source == acme && r.first?.label == "sued")
    // Locations are participants but make no edges.
    #expect(Fixture.related(l, "Acme Corp", "Texas").isEmpty)
  }

  @Test func passiveSwapsRoles() {
    let l = Fixture.run("Kim Jong Un was praised by Vladimir Putin.")
    let r = Fixture.related(l, "Kim Jong Un", "Vladimir Putin")
    #expect(r.count == 1)
    #expect(r.first?.source == Fixture.entity(l, "Vladimir Putin")?.id)
    #expect(r.first?.directed == true)
  }

  @Test func coordinatedSubjectsAreCoAgents() {
    let l = Fixture.run("Kim Jong Un and Vladimir Putin held a phone call.")
    let r = Fixture.related(l, "Kim Jong Un", "Vladimir Putin")
    #expect(!r.isEmpty)
    #expect(r.allSatisfy { !$0.directed && $0.label == "phone call" })
  }

  @Test func appositiveIsSkippedWhenFindingTheSubject() {
    let l = Fixture.run("Jane Holloway, the envoy of Canada, praised Tom Reyes.")
    let r = Fixture.related(l, "Jane Holloway", "Tom Reyes")
    #expect(r.first?.source == Fixture.entity(l, "Jane Holloway")?.id)
    #expect(Fixture.related(l, "Canada", "Tom Reyes").isEmpty)
  }

  @Test func eventNounWithPossessorAndWith() {
    let l = Fixture.run("Reporters gathered ahead of Putin's planned meeting with Trump.")
    let r = Fixture.related(l, "Putin", "Trump")
    #expect(r.first?.label == "meeting")
    #expect(r.first?.directed == false)
  }

  @Test func invasionOfIsDirected() {
    let l = Fixture.run("Since Russia's invasion of Ukraine, prices have climbed.")
    let r = Fixture.related(l, "Russia", "Ukraine")
    #expect(r.first?.label == "invasion")
    #expect(r.first?.source == Fixture.entity(l, "Russia")?.id)
  }

  @Test func nounCompoundMakesOneEdge() {
    let l = Fixture.run("The shells went to Vladimir Putin's war efforts against Ukraine.")
    let r = Fixture.related(l, "Vladimir Putin", "Ukraine")
    #expect(r.count == 1)
    #expect(r.first?.label == "war efforts")
  }

  @Test func labelTakesAShortObjectNoun() {
    let l = Fixture.run("North Korea has sent around 12,000 soldiers to Russia.")
    let r = Fixture.related(l, "North Korea", "Russia")
    #expect(r.first?.label == "sent soldiers")
    #expect(r.first?.source == Fixture.entity(l, "North Korea")?.id)
  }

  @Test func infinitiveSharesTheSubject() {
    let l = Fixture.run("Kim has agreed to send workers to Russia.")
    let send = Fixture.event(l, "send")
    #expect(send?.participants.contains { $0.role == "agent" && $0.entity == Fixture.entity(l, "Kim")?.id } == true)
  }

  @Test func definiteEventNounRefersBack() {
    let l = Fixture.run("Kim Jong Un and Vladimir Putin held a phone call. Putin during the call praised the troops.")
    // "phone call" spans both words; the later "the call" is the same lemma.
    let calls = l.events.filter { $0.lemma == "call" }
    #expect(calls.count == 2)
    #expect(calls.last?.label == "phone call")
    #expect(calls.last?.participants.count == 2)
  }

  @Test func eventIdsAreInTextOrderAndTextIsTheSlice() {
    let text = "Acme Corp bought Brightwave Corp and later sold its plant."
    let l = Fixture.run(text)
    #expect(l.events.map(\.id) == l.events.indices.map { "ev\($0 + 1)" })
    #expect(l.events.map(\.span.start) == l.events.map(\.span.start).sorted())
    let scalars = Array(text.unicodeScalars)
    for e in l.events {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[e.span.start..<e.span.end])
      #expect(String(v) == e.text)
    }
  }
}
