import AnnalsStory
import AnnalsTimeline

/// Pieces of a timeline entry that the chronology formats (text, Markdown, CSV) share.
enum Chronology {
  /// The event's name: its caption ("Putin and Kim Jong Un hold phone call"), which says
  /// "does not" itself when negated; the label or trigger for an entry built without one.
  static func eventName(_ e: TimelineEntry) -> String {
    if !e.caption.isEmpty && e.caption != e.label && e.caption != e.trigger { return e.caption }
    let base = e.label.isEmpty ? e.trigger : e.label
    return e.negated ? "not " + base : base
  }

  /// What the expression column says: the expression, or how the date was found without one.
  static func expression(_ e: TimelineEntry) -> String {
    switch e.dating {
    case .narrative: return "(\(e.expression ?? "earlier"))"
    case .publication: return "by publication"
    default: return e.expression ?? ""
    }
  }

  /// "20 of 47 events (the story's selection; --all shows every one)" or "47 events".
  static func count(_ tl: Timeline) -> String {
    let n = tl.dated.count + tl.undated.count
    let noun = "event\(n == 1 ? "" : "s")"
    guard tl.omitted > 0 else { return "\(n) \(noun)" }
    return "\(n) of \(n + tl.omitted) events (the story's selection; --all shows every one)"
  }

  /// The evidence sentence on one line.
  static func evidence(_ e: TimelineEntry) -> String { oneLine(e.evidence) }

  /// Any text on one line with whitespace runs folded (labels, tooltips, cells).
  static func oneLine(_ s: String) -> String {
    s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
  }

  /// Consecutive dated entries that share one normalized value, in timeline order.
  static func groups(_ entries: [TimelineEntry]) -> [(value: String, entries: [TimelineEntry])] {
    var out: [(value: String, entries: [TimelineEntry])] = []
    for e in entries {
      let v = e.value ?? ""
      if let last = out.last, last.value == v {
        out[out.count - 1].entries.append(e)
      } else {
        out.append((v, [e]))
      }
    }
    return out
  }

  /// `doc-id (published 2025-08-13, header)`-style source line parts.
  static func publication(_ d: DocumentAnalysis) -> String {
    guard let p = d.publication else { return "publication date unknown" }
    return "published \(DateLabel.day(p.date)) (\(p.iso), \(p.source))"
  }
}
