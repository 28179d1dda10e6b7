import AnnalsTimeline

extension TimelineSVG {
  /// Folds events that one sentence places on the same date ("dismissed", "desires",
  /// "restart diplomacy" ... in 2019) into one mark, so a picture of a long article stays
  /// one readable page. The mark's label and tooltip name every event it holds; its sources
  /// and conflicts are the union of theirs. Entries in different lanes never fold together.
  static func grouped(_ entries: [TimelineEntry], lanes: TimelineLanes) -> [(entry: TimelineEntry, names: [String])] {
    var out: [TimelineEntry] = []
    var members: [[TimelineEntry]] = []
    var slot: [String: Int] = [:]
    for e in entries {
      guard let r = e.range, !e.evidence.isEmpty else {
        out.append(e)
        members.append([e])
        continue
      }
      let key = [
        String(e.document), e.value ?? "", String(r.earliest.minutes), String(r.latest.minutes), e.evidence,
        bandKey(e, lanes: lanes),
      ].joined(separator: "\u{1F}")
      if let i = slot[key] {
        members[i].append(e)
      } else {
        slot[key] = out.count
        out.append(e)
        members.append([e])
      }
    }
    return out.indices.map { i in
      members[i].count > 1 ? fold(members[i]) : (out[i], [Chronology.eventName(out[i])])
    }
  }

  /// One entry standing for several: every event name, every entity, source and conflict.
  static func fold(_ group: [TimelineEntry]) -> (entry: TimelineEntry, names: [String]) {
    var e = group[0]
    var names: [String] = []
    for m in group {
      let n = Chronology.eventName(m)
      if !names.contains(n) { names.append(n) }
      for x in m.entities where !e.entities.contains(x) { e.entities.append(x) }
      for s in m.sources where !e.sources.contains(where: { $0.document == s.document && $0.event == s.event }) { e.sources.append(s) }
      for c in m.conflicts where !e.conflicts.contains(c) { e.conflicts.append(c) }
    }
    e.label = names.joined(separator: ", ")
    e.caption = names.joined(separator: "; ")
    e.negated = false
    return (e, names)
  }
}
