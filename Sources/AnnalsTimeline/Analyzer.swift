import AnnalsEvents
import AnnalsStory
import AnnalsText
import AnnalsTime

/// The pipeline's front door: documents in, analysis out. Never prints.
public struct Analyzer: Sendable {
  public var tagger: TemporalTagger
  public var extractor: EventExtractor

  public init(tagger: TemporalTagger = TemporalTagger(), extractor: EventExtractor = EventExtractor()) {
    self.tagger = tagger
    self.extractor = extractor
  }

  /// Temporal expressions only (the `tag` subcommand).
  public func tag(_ document: Document) -> (TokenizedText, [Timex]) {
    let tokens = Tokenizer.tokenize(document.text, breaks: document.breaks)
    return (tokens, tagger.tag(tokens, publication: document.publication))
  }

  /// Timexes and the event layer of one document, without the sentence texts that
  /// `DocumentAnalysis` slices for evidence (the `extract --jsonl` line needs none).
  public func extract(_ document: Document) -> (timexes: [Timex], layer: EventLayer) {
    let (tokens, timexes) = tag(document)
    return (timexes, extractor.extract(tokens, timexes: timexes, publication: document.publication))
  }

  /// The whole analysis of one document.
  public func analyze(_ document: Document) -> DocumentAnalysis {
    let (tokens, timexes) = tag(document)
    let layer = extractor.extract(tokens, timexes: timexes, publication: document.publication)
    return DocumentAnalysis(
      id: document.id, source: document.source, title: document.title, text: document.text,
      publication: document.publication, sentences: tokens.sentences.map(\.span), timexes: timexes,
      entities: layer.entities, events: layer.events, relations: layer.relations,
      diagnostics: document.diagnostics)
  }

  /// Analyzes each document, then orders the timeline and builds the graph over all.
  public func analyze(_ documents: [Document]) -> Analysis {
    combine(documents.map(analyze))
  }

  /// The story over analyzed documents: entities merged across them, coreferent events
  /// joined (`AnnalsStory`), then the timeline and the graph built from that story.
  public func combine(_ analyses: [DocumentAnalysis]) -> Analysis {
    var graph = RelationGraph.nodes(analyses)
    let story = StoryBridge.story(analyses, graph: graph)
    graph.edges = RelationGraph.edges(analyses, story: story, graph: graph)
    let timeline = Timeline.build(analyses, story: story, graph: graph)
    return Analysis(documents: analyses, timeline: timeline, graph: graph, story: story)
  }
}
