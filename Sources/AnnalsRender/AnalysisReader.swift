import AnnalsEvents
import AnnalsText
import AnnalsTime
import AnnalsTimeline
import Foundation

/// Reads an `annals.analysis/1` document (what `JSONAnalysisRenderer` writes) back into
/// the per-document models, so a saved analysis renders without re-reading articles:
/// the story, timeline and graph are rebuilt from the documents by the same code
/// (`Analyzer.combine`), which makes them what a direct run gives.
public enum AnalysisReader {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The documents of one analysis (one JSON document; a JSON Lines line is one too).
  public static func documents(_ data: Data, source: String) throws -> [DocumentAnalysis] {
    let file: FileJSON
    do { file = try JSONDecoder().decode(FileJSON.self, from: data) } catch {
      throw Failure(description: "\(source): not an \(JSONAnalysisRenderer.schema) analysis (\(Self.why(error)))")
    }
    guard file.schema == JSONAnalysisRenderer.schema else {
      throw Failure(description: "\(source): schema '\(file.schema)', expected \(JSONAnalysisRenderer.schema)")
    }
    return try file.documents.map { try $0.model(source: source) }
  }

  /// The analysis rebuilt from a file's documents.
  public static func analysis(_ data: Data, source: String) throws -> Analysis {
    Analyzer().combine(try documents(data, source: source))
  }

  static func why(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let k, let c): return "missing '\(k.stringValue)' at \(path(c))"
    case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c): return "wrong type at \(path(c))"
    case DecodingError.dataCorrupted(let c): return c.codingPath.isEmpty ? "invalid JSON" : "bad value at \(path(c))"
    default: return "\(error)"
    }
  }

  static func path(_ c: DecodingError.Context) -> String {
    c.codingPath.isEmpty
      ? "the top level" : c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }

  /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (`TimePoint.iso`).
  static func timePoint(_ s: String) -> TimePoint? {
    let u = Array(s.utf8)
    var i = 0
    var sign = 1
    if u.first == UInt8(ascii: "-") {
      sign = -1
      i = 1
    }
    func number(_ stop: UInt8?) -> Int? {
      var v = 0
      var n = 0
      while i < u.count, u[i] >= 48, u[i] <= 57 {
        v = v * 10 + Int(u[i] - 48)
        i += 1
        n += 1
      }
      if let stop {
        guard i < u.count, u[i] == stop else { return nil }
        i += 1
      }
      return n > 0 ? v : nil
    }
    guard let y = number(UInt8(ascii: "-")), let m = number(UInt8(ascii: "-")) else { return nil }
    if let t = u.firstIndex(of: UInt8(ascii: "T")) {
      guard let d = number(nil), i == t else { return nil }
      i += 1
      guard let h = number(UInt8(ascii: ":")), let mi = number(nil), i == u.count else { return nil }
      return TimePoint(CivilDate(year: sign * y, month: m, day: d), hour: h, minute: mi)
    }
    guard let d = number(nil), i == u.count else { return nil }
    return TimePoint(CivilDate(year: sign * y, month: m, day: d))
  }
}

// The JSON's shapes, field for field; `model` turns each into the model type.

private struct FileJSON: Decodable {
  var schema: String
  var documents: [DocumentJSON]
}

private struct RangeJSON: Decodable {
  var earliest: String
  var latest: String
  func model() throws -> TimeRange {
    guard let a = AnalysisReader.timePoint(earliest), let b = AnalysisReader.timePoint(latest) else {
      throw AnalysisReader.Failure(description: "bad range \(earliest)...\(latest)")
    }
    return TimeRange(earliest: a, latest: b)
  }
}

private struct PublishedJSON: Decodable {
  var value: String
  var source: String
  var evidence: String?
}

private struct DocumentJSON: Decodable {
  var id: String
  var source: String
  var title: String?
  var published: PublishedJSON?
  var text: String?
  var sentences: [[Int]]?
  var timexes: [TimexJSON]
  var entities: [EntityJSON]
  var events: [EventJSON]
  var relations: [Relation]
  var diagnostics: [Diagnostic]

  func model(source file: String) throws -> DocumentAnalysis {
    guard let text, let sentences else {
      throw AnalysisReader.Failure(
        description: "\(file): document '\(id)' has no text and sentences (written by an older annals; extract it again)")
    }
    var publication: PublicationDate?
    if let p = published {
      guard var d = PublicationDateFinder.parseISO(p.value, source: p.source) else {
        throw AnalysisReader.Failure(description: "\(file): document '\(id)': bad published value '\(p.value)'")
      }
      d.evidence = p.evidence
      publication = d
    }
    do {
      return DocumentAnalysis(
        id: id, source: source, title: title, text: text, publication: publication,
        sentences: try sentences.map(span), timexes: try timexes.map { try $0.model() },
        entities: entities.map { $0.model() }, events: try events.map { try $0.model() }, relations: relations,
        diagnostics: diagnostics)
    } catch let f as AnalysisReader.Failure {
      throw AnalysisReader.Failure(description: "\(file): document '\(id)': \(f.description)")
    }
  }
}

private func span(_ pair: [Int]) throws -> TextSpan {
  guard pair.count == 2 else { throw AnalysisReader.Failure(description: "a span is [start, end]") }
  return TextSpan(pair[0], pair[1])
}

private struct TimexJSON: Decodable {
  struct Interval: Decodable {
    var begin: String
    var end: String
  }
  var id: String
  var start: Int
  var end: Int
  var text: String
  var type: TimexType
  var value: String
  var mod: String?
  var quant: String?
  var freq: String?
  var interval: Interval?
  var signal: String?
  var range: RangeJSON?
  var anchor: Anchor
  var rule: String
  var spanReason: String?
  var note: String?
  var zone: String?

  func model() throws -> Timex {
    var t = Timex(
      id: id, span: TextSpan(start, end), text: text, type: type, value: value, mod: mod, quant: quant, freq: freq,
      range: try range?.model(), anchor: anchor, signal: signal, rule: rule, begin: interval?.begin,
      end: interval?.end, spanReason: spanReason, note: note)
    t.zone = zone
    return t
  }
}

private struct EntityJSON: Decodable {
  struct MentionJSON: Decodable {
    var start: Int
    var end: Int
    var text: String
    var kind: Mention.Kind
  }
  var id: String
  var name: String
  var type: EntityType
  var mentions: [MentionJSON]
  var descriptive: Bool?

  func model() -> Entity {
    Entity(
      id: id, name: name, type: type,
      mentions: mentions.map { Mention(span: TextSpan($0.start, $0.end), text: $0.text, kind: $0.kind) },
      descriptive: descriptive ?? false)
  }
}

private struct EventJSON: Decodable {
  struct TimeJSON: Decodable {
    var value: String
    var timex: String?
    var basis: String
    var relation: TimeRelation
    var range: RangeJSON?
  }
  var id: String
  var start: Int
  var end: Int
  var text: String
  var lemma: String
  var label: String
  var `class`: EventClass
  var tense: String
  var negated: Bool
  var modality: String
  var time: TimeJSON?
  var participants: [Participant]
  var sentence: [Int]?
  var salient: Bool?

  func model() throws -> Event {
    let t = try time.map {
      EventTime(timex: $0.timex, value: $0.value, range: try $0.range?.model(), basis: $0.basis, relation: $0.relation)
    }
    return Event(
      id: id, span: TextSpan(start, end), text: text, lemma: lemma, eventClass: `class`, tense: tense,
      negated: negated, modality: modality, sentence: try sentence.map(span) ?? TextSpan(0, 0), time: t,
      participants: participants, label: label, salient: salient ?? true)
  }
}
