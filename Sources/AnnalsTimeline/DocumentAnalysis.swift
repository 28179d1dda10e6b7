import AnnalsEvents
import AnnalsStory
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
    self.offsets = ScalarOffsets(text)
    let scalars = ScalarBuffer.scalars(of: text)
    sentenceTexts = sentences.map { ScalarBuffer.string(scalars, $0.start, $0.end) }
  }

  /// Where every 64th scalar of `text` lies (as of `init`), so slices cost the same anywhere.
  private var offsets: ScalarOffsets

  /// Evidence longer than this many scalars is cut to a window around the event.
  public static let maxEvidence = 400

  /// The text of each sentence, sliced once (evidence is looked up for every event and edge).
  public var sentenceTexts: [String]

  /// The sentence that holds `span`, as text (the evidence for an event). Binary search.
  ///
  /// A sentence longer than `maxEvidence` scalars (a text without punctuation) gives a
  /// window around `span`, cut at spaces and marked with `…`, so output stays linear.
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
        if s.length > Self.maxEvidence { return window(span, in: s) }
        return mid < sentenceTexts.count ? sentenceTexts[mid] : slice(s)
      }
    }
    return ""
  }

  /// About `maxEvidence` scalars of sentence `s` around `span`, with `…` where cut.
  func window(_ span: TextSpan, in s: TextSpan) -> String {
    let side = max(0, (Self.maxEvidence - span.length) / 2)
    var start = max(s.start, span.start - side)
    var end = min(s.end, max(span.end, span.start) + side)
    let scalars = Array(slice(TextSpan(start, end)).unicodeScalars)
    // Move the cuts to word boundaries when one is near.
    var a = 0
    var b = scalars.count
    if start > s.start, let sp = scalars.prefix(40).firstIndex(of: " ") { a = sp + 1 }
    if end < s.end, let sp = scalars.suffix(40).lastIndex(of: " ") { b = sp }
    if a >= b || span.start - start < a || span.end - start > b {
      a = 0
      b = scalars.count
    }
    start += a
    end = start + (b - a)
    var out = String(String.UnicodeScalarView(scalars[a..<b]))
    if start > s.start { out = "…" + out }
    if end < s.end { out += "…" }
    return out
  }

  /// The text of a span, by Unicode-scalar offsets.
  public func slice(_ span: TextSpan) -> String {
    let scalars = text.unicodeScalars
    let lo = offsets.index(max(0, span.start), in: scalars)
    let hi = scalars.index(lo, offsetBy: max(0, span.end - max(0, span.start)), limitedBy: scalars.endIndex) ?? scalars.endIndex
    return String(scalars[lo..<hi])
  }
}

/// Checkpoints into a text's scalars: the index of every 64th scalar.
struct ScalarOffsets: Sendable {
  private var marks: [String.Index] = []

  init(_ text: String) {
    var i = 0
    var k = text.unicodeScalars.startIndex
    marks.reserveCapacity(text.utf8.count / 64 + 1)
    while k < text.unicodeScalars.endIndex {
      if i % 64 == 0 { marks.append(k) }
      text.unicodeScalars.formIndex(after: &k)
      i += 1
    }
  }

  /// The index of scalar `offset` (the end index when past the end).
  func index(_ offset: Int, in scalars: String.UnicodeScalarView) -> String.Index {
    let m = offset / 64
    guard m < marks.count else { return scalars.endIndex }
    return scalars.index(marks[m], offsetBy: offset % 64, limitedBy: scalars.endIndex) ?? scalars.endIndex
  }
}

/// The analysis of a set of documents: each document, the story, one timeline, one graph.
public struct Analysis: Sendable {
  public var documents: [DocumentAnalysis]
  public var timeline: Timeline
  public var graph: RelationGraph
  /// Every real event with its mentions, date, caption and salience (`AnnalsStory`).
  public var story: Story
  public init(documents: [DocumentAnalysis], timeline: Timeline, graph: RelationGraph, story: Story? = nil) {
    self.documents = documents
    self.timeline = timeline
    self.graph = graph
    self.story = story ?? Story(events: [], eventOf: [:], entities: [:])
  }
  public var diagnostics: [Diagnostic] { documents.flatMap(\.diagnostics) }
}
