import Testing
@testable import AnnalsEvents

@Suite("Lexicon data")
struct LexiconTests {
  @Test func dataFilesLoadWithoutErrors() {
    #expect(EventExtractor.lexiconErrors == [], "\(EventExtractor.lexiconErrors.joined(separator: "\n"))")
  }

  @Test(arguments: [
    ("held", "hold"), ("said", "say"), ("praised", "praise"), ("sent", "send"), ("fought", "fight"),
    ("discussed", "discuss"), ("signing", "sign"), ("supplied", "supply"), ("planned", "plan"), ("told", "tell"),
  ])
  func verbFormsFindTheirLemma(form: String, lemma: String) {
    #expect(Lexicon.shared.verb(form)?.lemma == lemma)
  }

  @Test func unlistedPastFormsUseTheSuffixRule() {
    #expect(Lexicon.shared.verb("annexed")?.shape == .pastOrParticiple)
    #expect(Lexicon.shared.verb("hundred") == nil)
    #expect(Lexicon.shared.verb("table") == nil)
  }

  @Test func eventNounsHavePlurals() {
    #expect(Lexicon.shared.nouns["summits"]?.lemma == "summit")
    #expect(Lexicon.shared.nouns["talks"]?.mutual == true)
    #expect(Lexicon.shared.nouns["invasion"]?.mutual == false)
  }

  @Test func gazetteersKnowCapitalsAndDemonyms() {
    #expect(Lexicon.shared.places["pyongyang"]?.country == "North Korea")
    #expect(Lexicon.shared.demonyms["north korean"] == "North Korea")
    #expect(Lexicon.shared.orgs["kcna"]?.name == "Korean Central News Agency")
  }
}
