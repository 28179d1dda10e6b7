import AnnalsEvents
import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// The JSON Lines batch contract read by the scorers (shared/eval/CONTRACT.md).
public enum JSONContract {
  /// `annals tag --jsonl`: one line with the document's temporal expressions.
  public static func tagLine(id: String, publication: PublicationDate?, timexes: [Timex]) -> String {
    var w = JSONWriter()
    writeTagDocument(id: id, publication: publication, timexes: timexes, to: &w)
    return w.out
  }

  /// One document's temporal expressions as a JSON object (a line of `tag --jsonl`).
  public static func writeTagDocument(id: String, publication: PublicationDate?, timexes: [Timex], to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", id)
    w.field("published", orNull: publication?.iso)
    w.beginArray("timexes")
    for t in timexes { writeTimex(t, to: &w, withID: false) }
    w.endArray()
    w.endObject()
  }

  /// `annals extract --jsonl`: one line with the whole analysis of a document.
  public static func extractLine(_ doc: DocumentAnalysis) -> String {
    let layer = EventLayer(entities: doc.entities, events: doc.events, relations: doc.relations)
    return extractLine(id: doc.id, publication: doc.publication, timexes: doc.timexes, layer: layer)
  }

  /// The same line from the parts (`Analyzer.extract`), with no `DocumentAnalysis` built.
  public static func extractLine(id: String, publication: PublicationDate?, timexes: [Timex], layer: EventLayer) -> String {
    var w = JSONWriter(capacity: 4096)
    w.beginObject()
    w.field("id", id)
    w.field("published", orNull: publication?.iso)
    w.beginArray("timexes")
    for t in timexes { writeTimex(t, to: &w, withID: true) }
    w.endArray()
    writeEntities(layer.entities, to: &w, withKinds: false)
    w.beginArray("events")
    for ev in layer.events {
      w.beginObject()
      w.field("id", ev.id)
      w.field("start", ev.span.start)
      w.field("end", ev.span.end)
      w.field("text", ev.text)
      w.field("class", ev.eventClass.rawValue)
      if let time = ev.time {
        w.beginObject("time")
        w.field("value", time.value)
        w.field("timex", orNull: time.timex)
        w.endObject()
      }
      JSONContract.writeParticipants(ev.participants, to: &w)
      w.endObject()
    }
    w.endArray()
    JSONContract.writeRelations(layer.relations, to: &w)
    w.endObject()
    return w.out
  }

  /// The line for an input line that could not be used; the run goes on.
  public static func errorLine(id: String?, message: String) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.field("id", orNull: id)
    w.field("error", message)
    w.endObject()
    return w.out
  }

  /// `"entities": [...]`; the full analysis also says what kind each mention is.
  static func writeEntities(_ entities: [Entity], to w: inout JSONWriter, withKinds: Bool) {
    w.beginArray("entities")
    for e in entities {
      w.beginObject()
      w.field("id", e.id)
      w.field("name", e.name)
      w.field("type", e.type.rawValue)
      w.beginArray("mentions")
      for m in e.mentions {
        w.beginObject()
        w.field("start", m.span.start)
        w.field("end", m.span.end)
        w.field("text", m.text)
        if withKinds { w.field("kind", m.kind.rawValue) }
        w.endObject()
      }
      w.endArray()
      w.endObject()
    }
    w.endArray()
  }

  /// `"relations": [...]`, as both the contract and the full analysis write them.
  static func writeRelations(_ relations: [Relation], to w: inout JSONWriter) {
    w.beginArray("relations")
    for r in relations {
      w.beginObject()
      w.field("source", r.source)
      w.field("target", r.target)
      w.field("label", r.label)
      w.field("event", r.event)
      w.field("directed", r.directed)
      w.endObject()
    }
    w.endArray()
  }

  /// An event's `"participants": [...]`.
  static func writeParticipants(_ participants: [Participant], to w: inout JSONWriter) {
    w.beginArray("participants")
    for p in participants {
      w.beginObject()
      w.field("entity", p.entity)
      w.field("role", p.role)
      w.endObject()
    }
    w.endArray()
  }

  static func writeTimex(_ t: Timex, to w: inout JSONWriter, withID: Bool) {
    w.beginObject()
    writeTimexFields(t, to: &w, withID: withID)
    w.endObject()
  }

  /// The contract's fields of a timex, inside an object the caller opened (the full
  /// analysis adds signal, range, anchor and rule after them).
  static func writeTimexFields(_ t: Timex, to w: inout JSONWriter, withID: Bool) {
    if withID { w.field("id", t.id) }
    w.field("start", t.span.start)
    w.field("end", t.span.end)
    w.field("text", t.text)
    w.field("type", t.type.rawValue)
    w.field("value", t.value)
    w.field("mod", ifPresent: t.mod)
    w.field("quant", ifPresent: t.quant)
    w.field("freq", ifPresent: t.freq)
  }
}
