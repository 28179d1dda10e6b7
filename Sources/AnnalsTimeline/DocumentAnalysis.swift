import AnnalsEvents
import AnnalsText
import AnnalsTime

/// Everything Annals found in one document: each stage's output, side by side.
public struct DocumentAnalysis: Sendable {
  public var id: String
  public var source: String
  public var title: String?
  public var text: String
  public var publication: PublicationDate?
  public var sentences: [TextSpan]
  public var timexes: [Timex]
  public var entities: [Entity]
  public var events: [Event]
  public var relations: [Relation]
  public var diagnostics: [Diagnostic]

  public init(
    id: String, source: String, title: String?, text: String, publication: PublicationDate?,
    sentences: [TextSpan], timexes: [Timex], entities: [Entity], events: [Event], relations: [Relation],
    diagnostics: [Diagnostic]
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.text = text
    self.publication = publication
    self.sentences = sentences
    self.timexes = timexes
    self.entities = entities
    self.events = events
    self.relations = relations
    self.diagnostics = diagnostics
    self.sentenceTexts = []
    let scalars = ScalarBuffer.scalars(of: text)
    sentenceTexts = sentences.map { ScalarBuffer.string(scalars, $0.start, $0.end) }
  }

  /// The text of each sentence, sliced once (evidence is looked up for every event and edge).
  public var sentenceTexts: [String]

  /// The sentence that holds `span`, as text (the evidence for an event). Binary search.
  public func sentenceText(containing span: TextSpan) -> String {
    var lo = 0
    var hi = sentences.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let s = sentences[mid]
      if span.start < s.start {
        hi = mid - 1
      } else if span.start >= s.end {
        lo = mid + 1
      } else {
        return mid < sentenceTexts.count ? sentenceTexts[mid] : slice(s)
      }
    }
    return ""
  }

  /// The text of a span, by Unicode-scalar offsets.
  public func slice(_ span: TextSpan) -> String {
    let scalars = text.unicodeScalars
    let lo = scalars.index(scalars.startIndex, offsetBy: max(0, span.start), limitedBy: scalars.endIndex) ?? scalars.endIndex
    let hi = scalars.index(lo, offsetBy: max(0, span.end - span.start), limitedBy: scalars.endIndex) ?? scalars.endIndex
    return String(scalars[lo..<hi])
  }
}

/// The analysis of a set of documents: each document, one timeline, one graph.
public struct Analysis: Sendable {
  public var documents: [DocumentAnalysis]
  public var timeline: Timeline
  public var graph: RelationGraph
  public init(documents: [DocumentAnalysis], timeline: Timeline, graph: RelationGraph) {
    self.documents = documents
    self.timeline = timeline
    self.graph = graph
  }
  public var diagnostics: [Diagnostic] { documents.flatMap(\.diagnostics) }
}
