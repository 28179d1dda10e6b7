import AnnalsText

/// Axis labels for the timeline, chosen for the span and placed so they never overlap:
/// row 0 names single days, row 1 gives months and years.
enum TimelineTicks {
  struct Tick {
    var x: Double
    var left: Double
    var right: Double
    var text: String
    var row: Int
  }

  private struct Candidate {
    var x: Double
    var text: String
    var row: Int
    var priority: Int
    var centered: Bool
    /// A shorter text to try when the full one does not fit (`12` for `12 Aug`).
    var short: String? = nil
  }

  static let spacing = 6.0

  static func place(scale: TimelineScale, intervals: [(start: Int, end: Int)], columnWidth: Double) -> [Tick] {
    var candidates: [Candidate] = []
    var namedMonths = Set<String>()
    for s in scale.segments {
      guard !s.isBreak, s.days == 1 else { continue }
      let d = CivilDate(dayNumber: s.startDay)
      if intervals.contains(where: { $0.start <= s.startDay && s.startDay < $0.end }) {
        candidates.append(
          Candidate(x: (s.x0 + s.x1) / 2, text: DateLabel.dayMonth(d), row: 0, priority: 1, centered: true, short: String(d.day)))
      }
      // Single days (a dense week) get their month and year under the first of them.
      let month = DateLabel.monthYear(d)
      if namedMonths.insert(month).inserted {
        candidates.append(Candidate(x: s.x0, text: month, row: 1, priority: 2, centered: false))
      }
    }
    for run in scale.runs {
      let d = CivilDate(dayNumber: run.startDay)
      let text = d.month == 1 && d.day == 1 ? String(d.year) : DateLabel.monthYear(d)
      candidates.append(Candidate(x: run.x0, text: text, row: 1, priority: 3, centered: false))
    }
    for s in scale.segments where !s.isBreak {
      for day in boundaries(in: s) {
        let d = CivilDate(dayNumber: day)
        let isYear = d.month == 1
        candidates.append(
          Candidate(x: scale.x(day), text: isYear ? String(d.year) : DateLabel.monthYear(d), row: 1, priority: isYear ? 2 : 1, centered: false))
      }
    }
    candidates.sort { ($0.priority, -$0.x) > ($1.priority, -$1.x) }
    var placed: [Tick] = []
    for c in candidates {
      for text in [c.text] + (c.short.map { [$0] } ?? []) {
        let w = Double(DisplayWidth.of(text)) * columnWidth
        let left = c.centered ? c.x - w / 2 : c.x + 2
        let tick = Tick(x: c.x, left: left, right: left + w, text: text, row: c.row)
        guard left >= 0 else { continue }
        let clash = placed.contains { $0.row == tick.row && $0.left < tick.right + spacing && tick.left < $0.right + spacing }
        if !clash {
          placed.append(tick)
          break
        }
      }
    }
    return placed.sorted { ($0.row, $0.x) < ($1.row, $1.x) }
  }

  /// Month starts (or only year starts, for long stretches) inside a segment, start included.
  private static func boundaries(in s: TimelineScale.Segment) -> [Int] {
    var out: [Int] = []
    let first = CivilDate(dayNumber: s.startDay)
    var m = CivilDate(year: first.year, month: first.month, day: 1)
    if m.dayNumber < s.startDay { m = m.adding(months: 1) }
    let yearsOnly = s.days > 800
    while m.dayNumber < s.endDay {
      if !yearsOnly || m.month == 1 { out.append(m.dayNumber) }
      m = m.adding(months: yearsOnly ? 12 - m.month + 1 : 1)
    }
    return out
  }
}
