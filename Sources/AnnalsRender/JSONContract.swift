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
    w.put("id", id)
    w.put("published", orNull: publication?.iso)
    w.open("timexes", array: true)
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
    w.put("id", id)
    w.put("published", orNull: publication?.iso)
    w.open("timexes", array: true)
    for t in timexes { writeTimex(t, to: &w, withID: true) }
    w.endArray()
    writeEntities(layer.entities, to: &w, withKinds: false)
    w.open("events", array: true)
    // Fields read in place: a copy of each event would retain all its strings.
    let events = layer.events
    for i in events.indices {
      w.beginObject()
      w.put("id", events[i].id)
      w.put("start", events[i].span.start)
      w.put("end", events[i].span.end)
      w.put("text", events[i].text)
      w.put("class", events[i].eventClass.rawValue)
      if events[i].time != nil {
        w.open("time", array: false)
        w.put("value", events[i].time?.value ?? "")
        w.put("timex", orNull: events[i].time?.timex)
        w.put("relation", events[i].time?.relation.rawValue ?? "in")
        w.endObject()
      }
      JSONContract.writeParticipants(events[i].participants, to: &w)
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
    w.put("id", orNull: id)
    w.put("error", message)
    w.endObject()
    return w.out
  }

  /// `"entities": [...]`; the full analysis also says what kind each mention is.
  static func writeEntities(_ entities: [Entity], to w: inout JSONWriter, withKinds: Bool) {
    w.open("entities", array: true)
    for i in entities.indices {
      w.beginObject()
      w.put("id", entities[i].id)
      w.put("name", entities[i].name)
      w.put("type", entities[i].type.rawValue)
      w.open("mentions", array: true)
      let mentions = entities[i].mentions
      for k in mentions.indices {
        w.beginObject()
        w.put("start", mentions[k].span.start)
        w.put("end", mentions[k].span.end)
        w.put("text", mentions[k].text)
        if withKinds { w.put("kind", mentions[k].kind.rawValue) }
        w.endObject()
      }
      w.endArray()
      if withKinds && entities[i].descriptive { w.put("descriptive", true) }
      w.endObject()
    }
    w.endArray()
  }

  /// `"relations": [...]`, as both the contract and the full analysis write them.
  static func writeRelations(_ relations: [Relation], to w: inout JSONWriter) {
    w.open("relations", array: true)
    for i in relations.indices {
      w.beginObject()
      w.put("source", relations[i].source)
      w.put("target", relations[i].target)
      w.put("label", relations[i].label)
      w.put("event", relations[i].event)
      w.put("directed", relations[i].directed)
      w.endObject()
    }
    w.endArray()
  }

  /// An event's `"participants": [...]`.
  static func writeParticipants(_ participants: [Participant], to w: inout JSONWriter) {
    w.open("participants", array: true)
    for i in participants.indices {
      w.beginObject()
      w.put("entity", participants[i].entity)
      w.put("role", participants[i].role)
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
    if withID { w.put("id", t.id) }
    w.put("start", t.span.start)
    w.put("end", t.span.end)
    w.put("text", t.text)
    w.put("type", t.type.rawValue)
    w.put("value", t.value)
    w.put("mod", ifPresent: t.mod)
    w.put("quant", ifPresent: t.quant)
    w.put("freq", ifPresent: t.freq)
    w.put("zone", ifPresent: t.zone)
    w.put("utcOffset", ifPresent: t.utcOffset)
    // A range's begin and end: nested, since "end" at this level is the span's offset.
    if let b = t.begin, let e = t.end {
      w.open("interval", array: false)
      w.put("begin", b)
      w.put("end", e)
      w.endObject()
    }
  }
}
