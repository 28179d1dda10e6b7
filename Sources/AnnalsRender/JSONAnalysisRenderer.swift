import AnnalsEvents
import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// The full analysis as one JSON document, schema `annals.analysis/1` (see README).
public struct JSONAnalysisRenderer: Renderer {
  public static let schema = "annals.analysis/1"
  public init() {}
  public var name: String { "json" }
  public var extensions: [String] { ["json"] }
  public var summary: String { "the whole analysis (documents, timeline, graph), schema annals.analysis/1" }

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    var w = JSONWriter(capacity: 16384)
    w.beginObject()
    w.field("schema", Self.schema)
    w.beginArray("documents")
    for doc in analysis.documents { Self.writeDocument(doc, to: &w) }
    w.endArray()
    w.beginObject("timeline")
    w.beginArray("dated")
    for e in analysis.timeline.dated { Self.writeEntry(e, analysis: analysis, to: &w) }
    w.endArray()
    w.beginArray("undated")
    for e in analysis.timeline.undated { Self.writeEntry(e, analysis: analysis, to: &w) }
    w.endArray()
    w.endObject()
    Self.writeGraph(analysis.graph, analysis: analysis, to: &w)
    w.endObject()
    return w.out + "\n"
  }

  static func writeRange(_ r: TimeRange?, to w: inout JSONWriter) {
    guard let r else { return }
    w.beginObject("range")
    w.field("earliest", r.earliest.iso)
    w.field("latest", r.latest.iso)
    w.endObject()
  }

  static func writeDocument(_ doc: DocumentAnalysis, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", doc.id)
    w.field("source", doc.source)
    w.field("title", orNull: doc.title)
    if let p = doc.publication {
      w.beginObject("published")
      w.field("value", p.iso)
      w.field("date", p.date.iso)
      w.field("source", p.source)
      w.field("evidence", ifPresent: p.evidence)
      w.endObject()
    } else {
      w.field("published", orNull: nil)
    }
    w.beginArray("timexes")
    for t in doc.timexes {
      w.beginObject()
      JSONContract.writeTimexFields(t, to: &w, withID: true)
      w.field("signal", ifPresent: t.signal)
      writeRange(t.range, to: &w)
      w.beginObject("anchor")
      w.field("kind", t.anchor.kind.rawValue)
      w.field("value", ifPresent: t.anchor.value)
      w.field("cue", ifPresent: t.anchor.cue)
      w.field("direction", ifPresent: t.anchor.direction)
      w.endObject()
      w.field("rule", t.rule)
      w.field("spanReason", ifPresent: t.spanReason)
      w.field("note", ifPresent: t.note)
      w.endObject()
    }
    w.endArray()
    JSONContract.writeEntities(doc.entities, to: &w, withKinds: true)
    w.beginArray("events")
    for ev in doc.events {
      w.beginObject()
      w.field("id", ev.id)
      w.field("start", ev.span.start)
      w.field("end", ev.span.end)
      w.field("text", ev.text)
      w.field("lemma", ev.lemma)
      w.field("label", ev.label)
      w.field("class", ev.eventClass.rawValue)
      w.field("tense", ev.tense)
      w.field("negated", ev.negated)
      w.field("modality", ev.modality)
      if let time = ev.time {
        w.beginObject("time")
        w.field("value", time.value)
        w.field("timex", orNull: time.timex)
        w.field("basis", time.basis)
        w.field("relation", time.relation.rawValue)
        writeRange(time.range, to: &w)
        w.endObject()
      }
      JSONContract.writeParticipants(ev.participants, to: &w)
      w.field("evidence", doc.sentenceText(containing: ev.span))
      writeSpan("sentence", ev.sentence, to: &w)
      if !ev.salient { w.field("salient", false) }
      w.endObject()
    }
    w.endArray()
    JSONContract.writeRelations(doc.relations, to: &w)
    w.beginArray("diagnostics")
    for d in doc.diagnostics {
      w.beginObject()
      w.field("severity", d.severity.rawValue)
      w.field("source", d.source)
      w.field("message", d.message)
      w.endObject()
    }
    w.endArray()
    // What `AnalysisReader` needs to rebuild the story without the article (`--from`).
    w.field("text", doc.text)
    w.beginArray("sentences")
    for s in doc.sentences {
      w.beginArray()
      w.element(s.start)
      w.element(s.end)
      w.endArray()
    }
    w.endArray()
    w.endObject()
  }

  static func writeSpan(_ key: String, _ s: TextSpan, to w: inout JSONWriter) {
    w.beginArray(key)
    w.element(s.start)
    w.element(s.end)
    w.endArray()
  }

  static func writeEntry(_ e: TimelineEntry, analysis: Analysis, to w: inout JSONWriter) {
    w.beginObject()
    w.field("document", analysis.documents[e.document].id)
    w.field("event", e.event)
    w.field("caption", e.caption)
    w.field("trigger", e.trigger)
    w.field("label", e.label)
    w.field("class", e.eventClass.rawValue)
    w.field("negated", e.negated)
    w.field("modality", e.modality)
    w.field("value", orNull: e.value)
    writeRange(e.range, to: &w)
    w.field("expression", orNull: e.expression)
    w.field("basis", orNull: e.basis)
    w.field("relation", orNull: e.relation?.rawValue)
    w.field("dating", e.dating.rawValue)
    w.field("salience", number: e.salience)
    w.field("selected", e.selected)
    w.beginArray("entities")
    for n in e.entities { w.element(n) }
    w.endArray()
    w.field("evidence", e.evidence)
    w.field("start", e.span.start)
    w.field("end", e.span.end)
    w.beginArray("sources")
    for s in e.sources {
      w.beginObject()
      w.field("document", s.documentID)
      w.field("event", s.event)
      w.field("start", s.span.start)
      w.field("end", s.span.end)
      w.field("expression", orNull: s.expression)
      w.field("evidence", s.evidence)
      w.endObject()
    }
    w.endArray()
    w.beginArray("conflicts")
    for c in e.conflicts {
      w.beginObject()
      w.field("value", c.value)
      w.field("document", c.documentID)
      w.field("expression", orNull: c.expression)
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }

  static func writeGraph(_ g: RelationGraph, analysis: Analysis, to w: inout JSONWriter) {
    w.beginObject("graph")
    w.beginArray("nodes")
    for n in g.nodes {
      w.beginObject()
      w.field("id", n.id)
      w.field("name", n.name)
      w.field("type", n.type.rawValue)
      w.field("mentions", n.mentions)
      w.beginArray("members")
      for m in n.members {
        w.beginObject()
        w.field("document", analysis.documents[m.document].id)
        w.field("entity", m.entity)
        w.endObject()
      }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.beginArray("edges")
    for e in g.edges {
      w.beginObject()
      w.field("source", e.source)
      w.field("target", e.target)
      w.field("label", e.label)
      w.beginArray("captions")
      for c in e.captions { w.element(c) }
      w.endArray()
      w.field("directed", e.directed)
      w.field("weight", e.weight)
      w.beginArray("dates")
      for d in e.dates { w.element(d) }
      w.endArray()
      w.beginArray("evidence")
      for s in e.evidence { w.element(s) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }
}
