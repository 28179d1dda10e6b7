import AnnalsStory
import AnnalsText
import AnnalsTimeline
import Testing

/// A short article written for these tests, shaped like a wire story: a headline, summary
/// lines that repeat the lede, a light verb with its event noun ("held a phone call") and a
/// later "the call on Tuesday", talks that "take place Friday", troops sent "since last fall".
enum CallArticle {
  static let text = """
    Norwegian, Swedish leaders in call pledge closer ties
    Published: 13 August 2025

    Peter Hansen during the call on Tuesday praised the courage of Swedish soldiers

    Peter Hansen also shared with Anna Lindqvist details of his upcoming talks with Thomas Berg scheduled to take place Friday in Geneva.

    Norwegian Prime Minister Peter Hansen and Swedish Prime Minister Anna Lindqvist held a phone call to discuss their deepening ties, state media said Wednesday.

    Peter Hansen during the call on Tuesday praised the courage of Swedish soldiers as they trained with Norwegian forces near the border, the agency said.

    Peter Hansen also shared with Anna Lindqvist details of his upcoming talks with Thomas Berg scheduled to take place Friday in Geneva, according to the news agency.

    Sweden has sent around 2,000 troops to Norway since last fall.

    The two leaders signed a defence agreement during a summit last year.

    """

  static let analysis: Analysis = {
    let doc: Document
    switch DocumentReader.read(data: Array(text.utf8), source: "call.txt", format: .plainText) {
    case .success(let d): doc = d
    case .failure: doc = Document(id: "call.txt", source: "call.txt", title: nil, text: text, publication: nil, diagnostics: [])
    }
    return Analyzer().analyze([doc])
  }()
}

@Suite struct StoryArticleTests {
  let timeline = CallArticle.analysis.timeline

  func entries(containing words: String) -> [TimelineEntry] {
    timeline.entries.filter { $0.caption.contains(words) }
  }

  @Test func thePhoneCallIsOneEventDatedTuesday() {
    let calls = entries(containing: "phone call")
    #expect(calls.count == 1, "\(timeline.entries.map(\.caption))")
    let call = calls.first
    #expect(call?.value == "2025-08-12")
    // "held a phone call" and "the call on Tuesday": several mentions, one entry.
    #expect((call?.sources.count ?? 0) >= 2)
    #expect(call?.caption.hasSuffix("hold phone call") == true || call?.caption.hasSuffix("holds phone call") == true)
  }

  @Test func aRepeatedSentenceIsOneEvent() {
    let praise = entries(containing: "praises")
    #expect(praise.count == 1, "\(timeline.entries.map(\.caption))")
    #expect(praise.first?.sources.count == 2)
    #expect(praise.first?.caption.hasPrefix("Hansen praises") == true)
    #expect(praise.first?.value == "2025-08-12")
  }

  @Test func theTalksAreOneEventOnFridayWithTheirParticipants() {
    let talks = entries(containing: "talks")
    #expect(talks.count == 1, "\(timeline.entries.map(\.caption))")
    #expect(talks.first?.value == "2025-08-15")
    #expect(talks.first?.caption.contains("Berg") == true)
    // Two copies of the sentence, and "take place" said of the talks.
    #expect((talks.first?.sources.count ?? 0) >= 3)
  }

  @Test func troopsAndSummitHaveClauses() {
    #expect(timeline.entries.contains { $0.caption == "Sweden sends troops to Norway" }, "\(timeline.entries.map(\.caption))")
    let summit = entries(containing: "summit")
    #expect(summit.count == 1)
    #expect(summit.first?.value == "2024")
    // The summit has no participant of its own; it borrows the signers of its sentence.
    #expect(summit.first?.caption.contains("leaders") == true)
  }

  @Test func noBareLemmaAndNoDuplicateDateAndCaption() {
    var seen = Set<String>()
    for e in timeline.dated {
      #expect(seen.insert((e.value ?? "") + "|" + e.caption).inserted, "twice: \(e.caption) on \(e.value ?? "")")
    }
    for e in timeline.entries {
      #expect(e.caption.split(separator: " ").count >= 2, "bare caption: \(e.caption)")
      #expect(e.caption.lowercased() != e.lemma && e.caption.lowercased() != e.label.lowercased(), "bare caption: \(e.caption)")
    }
  }

  @Test func datesOfTheExpressionsAreKept() {
    let values = Set(timeline.dated.filter { $0.dating == .expression }.compactMap(\.value))
    #expect(values.isSuperset(of: ["2024", "2024-FA", "2025-08-12", "2025-08-15"]))
  }

  @Test func theSelectionKeepsTheStory() {
    let shown = CallArticle.analysis.storySelection().timeline
    #expect(shown.omitted > 0)
    for words in ["phone call", "praises", "talks", "troops"] {
      #expect(shown.entries.contains { $0.caption.contains(words) }, "\(words) left out of \(shown.entries.map(\.caption))")
    }
    #expect(!shown.entries.contains { $0.caption == "Media says" })
  }

  @Test func entityFocusFollowsAnyOfItsNames() {
    let (focused, unmatched) = CallArticle.analysis.focused(on: ["Hansen"])
    #expect(unmatched.isEmpty)
    #expect(focused.timeline.focus == ["Peter Hansen"])
    #expect(!focused.timeline.entries.isEmpty)
    #expect(focused.timeline.entries.allSatisfy { $0.entities.contains("Peter Hansen") })
    #expect(focused.timeline.entries.contains { $0.caption.contains("praises") })
    // "Sweden has sent troops" is in Sweden's story; a bare "is" ("Sweden is a neighbour") is not.
    let copula = """
      Sweden is a neighbour
      Published: 13 August 2025

      Sweden is a close neighbour of Norway, officials said on Tuesday. Sweden sent 2,000 troops to Norway on Monday.

      """
    let doc: Document
    switch DocumentReader.read(data: Array(copula.utf8), source: "copula.txt", format: .plainText) {
    case .success(let d): doc = d
    case .failure:
      Issue.record("copula.txt did not read")
      return
    }
    let (sweden, _) = Analyzer().analyze([doc]).focused(on: ["Sweden"])
    #expect(sweden.timeline.entries.contains { $0.trigger == "sent" })
    #expect(!sweden.timeline.entries.contains { $0.trigger == "is" })
    let (_, none) = CallArticle.analysis.focused(on: ["Nobody Here"])
    #expect(none == ["Nobody Here"])
  }

  @Test func theGraphHasOneEdgePerPairWithCaptions() {
    let g = CallArticle.analysis.graph
    var pairs = Set<Set<String>>()
    for e in g.edges {
      #expect(pairs.insert([e.source, e.target]).inserted, "two edges between \(e.source) and \(e.target)")
      #expect(e.captions.allSatisfy { $0.contains(" ") })
      #expect(e.weight >= 1)
    }
  }
}
