import AnnalsEvents
import AnnalsText
import AnnalsTime

/// Test helpers: run the extractor on a sentence with hand-made timexes.
enum Fixture {
  static let dct = PublicationDate(date: CivilDate(year: 2025, month: 8, day: 13), source: "flag")

  /// A DATE timex over the first occurrence of `phrase` in `text`, valued `value` for day `day`.
  static func timex(
    _ text: String, _ phrase: String, id: String, value: String, from: CivilDate, to: CivilDate? = nil,
    signal: String? = nil
  ) -> Timex {
    let scalars = Array(text.unicodeScalars)
    let p = Array(phrase.unicodeScalars)
    var start = 0
    for i in 0...(scalars.count - p.count) where Array(scalars[i..<(i + p.count)]) == p {
      start = i
      break
    }
    return Timex(
      id: id, span: TextSpan(start, start + p.count), text: phrase, type: .date, value: value,
      range: TimeRange(from: from, to: to ?? from), anchor: Anchor(kind: .publicationDate), signal: signal,
      rule: "test")
  }

  static func run(_ text: String, timexes: [Timex] = []) -> EventLayer {
    EventExtractor().extract(Tokenizer.tokenize(text), timexes: timexes, publication: dct)
  }

  static func entity(_ layer: EventLayer, _ name: String) -> Entity? { layer.entities.first { $0.name == name } }

  static func event(_ layer: EventLayer, _ trigger: String) -> Event? { layer.events.first { $0.text == trigger } }

  static func related(_ layer: EventLayer, _ a: String, _ b: String) -> [Relation] {
    guard let x = entity(layer, a)?.id, let y = entity(layer, b)?.id else { return [] }
    return layer.relations.filter { ($0.source == x && $0.target == y) || ($0.source == y && $0.target == x) }
  }

  static func dump(_ l: EventLayer) -> String {
    var s = ""
    for e in l.entities { s += "\(e.id) \(e.name) \(e.type.rawValue) \(e.mentions.map(\.text))\n" }
    for e in l.events {
      s += "\(e.id) \(e.text) \(e.eventClass.rawValue) \(e.label) t=\(e.tense) m=\(e.modality) neg=\(e.negated) "
      s += "time=\(e.time?.value ?? "-")/\(e.time?.basis ?? "-") \(e.participants.map { "\($0.entity):\($0.role)" })\n"
    }
    for r in l.relations { s += "REL \(r.source) -> \(r.target) \(r.label) \(r.event) \(r.directed)\n" }
    return s
  }
}
