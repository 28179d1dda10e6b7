import AnnalsText
import AnnalsTimeline

extension TimelineSVG {
  /// The whole story on one calendar-true strip above the detail panels: years (or months)
  /// as ticks, each event as a dot or a thin bar, and the stretch each detail panel covers
  /// shaded and numbered.
  struct Overview {
    struct Dot {
      var x0: Double
      var x1: Double
      var row: Int
      var entry: TimelineEntry
    }

    var x0: Double
    var x1: Double
    var top: Double
    var firstDay: Int
    var lastDay: Int
    var dots: [Dot]
    /// Day range of each detail panel.
    var spans: [(start: Int, end: Int)]
    var rows: Int
    static let rowHeight = 7.0
    static let maxRows = 6
    static let header = 16.0

    var axisY: Double { top + Self.header + Double(max(rows, 1)) * Self.rowHeight + 8 }
    var bottom: Double { axisY + 18 }

    func x(_ day: Int) -> Double {
      let span = Double(max(1, lastDay - firstDay))
      return x0 + (x1 - x0) * Double(day - firstDay) / span
    }

    static func layout(_ chunks: [[TimelineEntry]], x0: Double, x1: Double, top: Double) -> Overview {
      var spans: [(start: Int, end: Int)] = []
      var all: [(entry: TimelineEntry, start: Int, end: Int)] = []
      for c in chunks {
        var lo = Int.max
        var hi = Int.min
        for e in c {
          guard let r = e.range else { continue }
          let s = r.earliest.date.dayNumber
          let t = max(s + 1, r.latest.date.dayNumber + 1)
          lo = min(lo, s)
          hi = max(hi, t)
          all.append((e, s, t))
        }
        if lo <= hi { spans.append((lo, hi)) }
      }
      let first = all.map(\.start).min() ?? 0
      let last = max(first + 1, all.map(\.end).max() ?? 1)
      var o = Overview(x0: x0, x1: x1, top: top, firstDay: first, lastDay: last, dots: [], spans: spans, rows: 1)
      // Dots stack upwards where they would touch.
      var rowEnds: [Double] = []
      for item in all {
        let a = o.x(item.start)
        let b = max(o.x(item.end), a + 4)
        var row = rowEnds.firstIndex { $0 + 1 <= a } ?? rowEnds.count
        if row >= maxRows { row = maxRows - 1 }
        if row == rowEnds.count { rowEnds.append(b) } else { rowEnds[row] = max(rowEnds[row], b) }
        o.dots.append(Dot(x0: a, x1: b, row: row, entry: item.entry))
      }
      o.rows = max(1, rowEnds.count)
      return o
    }

    /// Year ticks (every year or every few), or month ticks for a short story.
    func ticks() -> [(x: Double, text: String)] {
      let a = CivilDate(dayNumber: firstDay)
      let b = CivilDate(dayNumber: lastDay - 1)
      let column = (TimelineSVG.fontSize - 1) * 0.6
      var out: [(Double, String)] = []
      if b.year - a.year >= 2 {
        let years = b.year - a.year + 1
        let room = (x1 - x0) / Double(years)
        let step = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * room >= 5 * column + 8 } ?? 100
        var y = a.year
        while y <= b.year + 1 {
          if y % step == 0 {
            let d = CivilDate(year: y, month: 1, day: 1).dayNumber
            if d >= firstDay && d <= lastDay { out.append((x(d), String(y))) }
          }
          y += 1
        }
        if out.isEmpty { out.append((x0, String(a.year))) }
      } else {
        var m = CivilDate(year: a.year, month: a.month, day: 1)
        let months = (b.year - a.year) * 12 + b.month - a.month + 1
        let room = (x1 - x0) / Double(max(1, months))
        let step = [1, 2, 3, 6, 12].first { Double($0) * room >= 9 * column + 8 } ?? 12
        var k = 0
        while m.dayNumber <= lastDay {
          if k % step == 0, m.dayNumber >= firstDay { out.append((x(m.dayNumber), DateLabel.monthYear(m))) }
          m = m.adding(months: 1)
          k += 1
        }
        if out.isEmpty { out.append((x0, DateLabel.monthYear(a))) }
      }
      return out
    }

    func draw(_ svg: inout SVGWriter, panels: [Panel]) {
      svg.open("g", ["class": "overview"])
      let from = DateLabel.monthYear(CivilDate(dayNumber: firstDay))
      let to = DateLabel.monthYear(CivilDate(dayNumber: lastDay - 1))
      svg.text(
        x: x0, y: top + 10, "Overview: \(from) – \(to), \(dots.count) events in \(spans.count) detail panels below",
        size: TimelineSVG.fontSize, weight: "bold", cls: "overview-name", fill: "#3d4a5c")
      for (i, s) in spans.enumerated() {
        let a = x(s.start)
        let b = max(x(s.end), a + 2)
        svg.open("g", ["class": "overview-span"])
        svg.title("Details \(i + 1): \(DateLabel.day(CivilDate(dayNumber: s.start))) – \(DateLabel.day(CivilDate(dayNumber: s.end - 1)))")
        svg.rect(
          x: a, y: top + Self.header - 2, w: b - a, h: axisY - top - Self.header + 2, fill: i % 2 == 0 ? "#eef2f8" : "#f7f0e4",
          stroke: nil, cls: "overview-band", opacity: 1)
        svg.close("g")
      }
      for d in dots {
        let y = axisY - 6 - Double(d.row) * Self.rowHeight
        svg.open("g", ["class": "overview-event"])
        svg.title(DateLabel.format(d.entry.value ?? "") + " — " + Chronology.eventName(d.entry))
        if d.x1 - d.x0 <= 5 {
          svg.circle(cx: d.x0, cy: y, r: 2.5, fill: "#3a6db5", stroke: "#3a6db5", cls: "overview-point")
        } else {
          svg.rect(x: d.x0, y: y - 2, w: d.x1 - d.x0, h: 4, fill: "#e3a23b", stroke: nil, cls: "overview-bar", opacity: 0.8)
        }
        svg.close("g")
      }
      svg.line(x1: x0, y1: axisY, x2: x1, y2: axisY, stroke: "#444444", width: 1.5, cls: "axis")
      var lastRight = -Double.infinity
      let column = (TimelineSVG.fontSize - 1) * 0.6
      for t in ticks() {
        let w = Double(DisplayWidth.of(t.text)) * column
        guard t.x + 2 > lastRight + 6, t.x + 2 + w <= x1 + TimelineSVG.margin else { continue }
        svg.line(x1: t.x, y1: axisY, x2: t.x, y2: axisY + 4, stroke: "#444444", width: 1)
        svg.text(x: t.x + 2, y: axisY + 15, t.text, size: TimelineSVG.fontSize - 1, cls: "tick")
        lastRight = t.x + 2 + w
      }
      svg.close("g")
    }
  }
}
