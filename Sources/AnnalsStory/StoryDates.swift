import AnnalsEvents
import AnnalsText
import AnnalsTime

/// The date of a story event, chosen among its mentions', and the mentions that disagree.
///
/// Among mentions dated by an expression, the value most mentions give wins, then the
/// narrower interval, then the earlier mention. A mention from another article whose
/// interval does not meet the chosen one is a conflict. An event no expression dates is
/// placed at its article's publication date when its tense says it has happened or holds
/// by then (a past or present-tense report, not planned, not hypothetical); otherwise it
/// stays undated.
enum StoryDates {
  static func choose(
    _ members: [MentionRef], head: MentionRef, docs: [StoryDocument], facts: [[MentionFacts]]
  ) -> (StoryTime?, [StoryConflict]) {
    var candidates: [(ref: MentionRef, time: EventTime, range: TimeRange)] = []
    for m in members {
      guard let t = docs[m.document].events[m.event].time, let r = t.range else { continue }
      candidates.append((m, t, r))
    }
    // A date an expression gives beats one the event stage took from elsewhere.
    if candidates.contains(where: { $0.time.timex != nil }) { candidates.removeAll { $0.time.timex == nil } }
    guard !candidates.isEmpty else { return (placed(members, head: head, docs: docs, facts: facts), []) }
    var count: [String: Int] = [:]
    for c in candidates { count[c.time.value, default: 0] += 1 }
    let best = candidates.enumerated().min { a, b in
      let (x, y) = (a.element, b.element)
      let (cx, cy) = (count[x.time.value] ?? 0, count[y.time.value] ?? 0)
      if cx != cy { return cx > cy }
      let (wx, wy) = (x.range.latest.minutes - x.range.earliest.minutes, y.range.latest.minutes - y.range.earliest.minutes)
      if wx != wy { return wx < wy }
      return a.offset < b.offset
    }?.element ?? candidates[0]
    // The event stage dates a report with no expression at publication ("said"): placed, not expressed.
    let dating: StoryDating = best.time.timex == nil && best.time.basis == "publication-date" ? .publication : .expression
    let time = StoryTime(
      value: best.time.value, range: best.range, basis: best.time.basis, source: best.ref, timex: best.time.timex, dating: dating)
    var conflicts: [StoryConflict] = []
    for c in candidates where c.ref.document != best.ref.document && !EventCoreference.overlap(c.range, best.range) {
      guard !conflicts.contains(where: { $0.value == c.time.value && $0.source.document == c.ref.document }) else { continue }
      conflicts.append(StoryConflict(value: c.time.value, source: c.ref, timex: c.time.timex))
    }
    return (time, conflicts)
  }

  /// At most this many days before publication a narrative date may lie.
  static let narrativeDays = 10

  /// A place for an event no expression dates, from the first mention (head first) whose
  /// tense allows one: a past-tense report takes the day its article's narrative stands at
  /// (`narrative`); otherwise a past or present-tense one takes the publication day.
  static func placed(_ members: [MentionRef], head: MentionRef, docs: [StoryDocument], facts: [[MentionFacts]]) -> StoryTime? {
    for m in [head] + members.filter({ $0 != head }) {
      let doc = docs[m.document]
      let ev = doc.events[m.event]
      guard let p = doc.publication, ev.tense == "past" || ev.tense == "present", ev.modality == "actual" else { continue }
      if ev.tense == "past", let n = narrative(m, doc: doc, publication: p) { return n }
      return StoryTime(
        value: p.date.iso, range: TimeRange(day: p.date), basis: "publication-date", source: m, timex: nil, dating: .publication)
    }
    return nil
  }

  /// The day of the nearest earlier dated event when it is a past event dated to one day
  /// within `narrativeDays` before publication ("Apple unveiled the iPhone 4 on Monday. ... Jobs praised ...").
  static func narrative(_ m: MentionRef, doc: StoryDocument, publication p: PublicationDate) -> StoryTime? {
    let pub = TimePoint(p.date).minutes
    var j = m.event - 1
    while j >= 0 {
      let e = doc.events[j]
      // Only a date the event lies in sets the day: "before the weekend" names no day.
      if let t = e.time, t.timex != nil, t.relation == .within, let r = t.range, e.tense == "past" || e.tense == "none",
        e.modality == "actual"
      {
        let width = r.latest.minutes - r.earliest.minutes
        let days = (pub - r.earliest.minutes) / 1440
        if width < 1440, days >= 0, days <= narrativeDays {
          return StoryTime(
            value: r.earliest.date.iso, range: TimeRange(day: r.earliest.date), basis: "narrative", source: MentionRef(document: m.document, event: j),
            timex: t.timex, dating: .narrative)
        }
        // The nearest dated event sets the reference time; an older or vaguer one sets none.
        return nil
      }
      j -= 1
    }
    return nil
  }
}
