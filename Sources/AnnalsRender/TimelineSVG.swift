import AnnalsText
import AnnalsTimeline

/// Draws the dated timeline as SVG: day-precise events as points, coarser ones as bars,
/// labels in lanes so no two overlap, evidence in `<title>` tooltips. Pure Swift.
enum TimelineSVG {
  static let margin = 24.0
  static let headerHeight = 58.0
  /// Baseline of the legend row, under the title.
  static let legendY = 46.0
  static let laneHeight = 36.0
  static let fontSize = 11.0
  /// Advance of one terminal column in the monospace label font (0.6 em).
  static let columnWidth = 6.6
  static let labelPadding = 4.0
  static let labelColumns = 48
  static let laneGap = 8.0
  static let font = "ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace"

  /// One event as drawn.
  struct Mark {
    var entry: TimelineEntry
    var startDay: Int
    var endDay: Int
    var isPoint: Bool
    var x0: Double
    var x1: Double
    var label: String
    var labelWidth: Double
    var lane = 0
    /// Top of the row the mark sits in (set by the lane layout).
    var top = 0.0
    var extentStart: Double { x0 }
    var extentEnd: Double { max(x1, x0 + labelWidth) }
  }

  /// The widest picture drawn; a longer story is drawn as an overview and detail panels.
  static let maxWidth = 2000.0
  static let panelGap = 22.0

  /// One laid-out stretch of the timeline: its marks, bands, scale and ticks.
  struct Panel {
    var marks: [Mark]
    var bands: [Band]
    var scale: TimelineScale
    var ticks: [TimelineTicks.Tick]
    var publications: [Int]
    var axisY: Double
    var top: Double
    var right: Double
    var bottom: Double { axisY + 16 + 16 + 8 }
  }

  static func render(_ analysis: Analysis, lanes: TimelineLanes = .none, maxWidth: Double = maxWidth) -> String {
    let dated = analysis.timeline.dated.filter { $0.range != nil }
    let folded = grouped(dated, lanes: lanes)
    let allPublications = Set(analysis.documents.compactMap { $0.publication?.date.dayNumber }).sorted()
    let documents = analysis.documents.map(\.id)
    let legend = TimelineLegend.items(x: margin, y: legendY)
    let legendRight = legend.map(\.right).max() ?? 0
    let first = panel(folded, publications: allPublications, lanes: lanes, documents: documents, top: headerHeight + 8)
    var panels = [first]
    var overview: Overview? = nil
    if first.right + margin > maxWidth, folded.count > 1 {
      let chunks = split(folded, publications: allPublications, lanes: lanes, documents: documents, width: maxWidth - margin)
      let o = Overview.layout(chunks.map { $0.map(\.entry) }, x0: margin, x1: maxWidth - margin, top: headerHeight + 8)
      overview = o
      panels = []
      var top = o.bottom + panelGap + 16
      for c in chunks {
        let p = panel(c, publications: allPublications, lanes: lanes, documents: documents, top: top)
        panels.append(p)
        top = p.bottom + panelGap + 16
      }
    }
    let contentRight = max(panels.map(\.right).max() ?? 0, legendRight, overview.map { $0.x1 } ?? 0)
    let width = (contentRight + margin).rounded(.up)
    let undatedCount = analysis.timeline.undated.count
    let lastBottom = panels.last?.bottom ?? (headerHeight + 8)
    let height = (lastBottom + 8 + (undatedCount > 0 || analysis.timeline.omitted > 0 ? 20 : 0)).rounded(.up)

    let count = dated.count
    var svg = SVGWriter(width: width, height: height, font: font, title: "Annals timeline: \(count) dated events")
    var heading = "Timeline: \(count) dated event\(count == 1 ? "" : "s")"
    if !analysis.timeline.focus.isEmpty { heading = "Timeline of \(analysis.timeline.focus.joined(separator: ", ")): \(count) dated event\(count == 1 ? "" : "s")" }
    svg.text(x: margin, y: 26, DisplayWidth.truncate(heading, to: Int((width - 2 * margin) / (14 * 0.6))), size: 14, weight: "bold")
    TimelineLegend.draw(&svg, legend)
    if folded.isEmpty {
      svg.text(x: margin, y: (panels.first?.axisY ?? headerHeight + 40), "No dated events.", size: fontSize)
    }
    if let o = overview { o.draw(&svg, panels: panels) }
    for (n, p) in panels.enumerated() {
      if overview != nil { drawPanelHeading(&svg, p, index: n + 1, of: panels.count) }
      for (i, b) in p.bands.enumerated() where lanes != .none { drawBand(&svg, b, index: i, width: width) }
      drawAxis(&svg, p.scale, axisY: p.axisY, lanesTop: p.top, publications: p.publications)
      for t in p.ticks {
        svg.line(x1: t.x, y1: p.axisY, x2: t.x, y2: p.axisY + 4, stroke: "#444444", width: 1)
        svg.text(x: t.left, y: p.axisY + 16 + Double(t.row) * 16, t.text, size: fontSize - 1, cls: "tick")
      }
      // Guides and bands first, so every label box is drawn above them.
      for m in p.marks { drawGuide(&svg, m, axisY: p.axisY) }
      for m in p.marks { drawMark(&svg, m) }
    }
    var notes: [String] = []
    if undatedCount > 0 { notes.append("\(undatedCount) undated event\(undatedCount == 1 ? "" : "s") not shown") }
    if analysis.timeline.omitted > 0 {
      notes.append("\(analysis.timeline.omitted) less central event\(analysis.timeline.omitted == 1 ? "" : "s") left out (--all draws every one)")
    }
    if !notes.isEmpty {
      svg.text(x: margin, y: lastBottom + 14, notes.joined(separator: "; ") + ".", size: fontSize - 1, cls: "note")
    }
    return svg.finish()
  }

  /// Lays out `folded` entries on one compressed axis whose lanes start at `top`.
  static func panel(
    _ folded: [(entry: TimelineEntry, names: [String])], publications allPublications: [Int], lanes: TimelineLanes,
    documents: [String], top: Double
  ) -> Panel {
    let intervals = folded.compactMap { f -> (start: Int, end: Int)? in
      guard let r = f.entry.range else { return nil }
      let s = r.earliest.date.dayNumber
      return (s, max(s + 1, r.latest.date.dayNumber + 1))
    }
    let lo = intervals.map(\.start).min() ?? 0
    let hi = intervals.map(\.end).max() ?? 0
    // Publication days are marked where day-precise events sit near them; a long bar alone
    // does not stretch its panel for every article published under it.
    let days = intervals.filter { $0.end - $0.start <= 1 }.map(\.start)
    let publications = allPublications.filter { p in p >= lo && p < hi && days.contains { abs($0 - p) <= 31 } }
    let knots = intervals.isEmpty ? [] : publications.flatMap { [$0, $0 + 1] }
    let scale = TimelineScale(intervals: intervals, extraKnots: knots, origin: margin)
    var marks = zip(folded, intervals).map { f, i in mark(f.entry, names: f.names, i, scale) }
    let bands = layoutBands(&marks, lanes: lanes, documents: documents, top: top)
    let bandsBottom = bands.last.map { $0.top + $0.height } ?? (top + laneHeight)
    let axisY = max(bandsBottom, top + laneHeight) + 10
    let ticks = TimelineTicks.place(scale: scale, intervals: intervals, columnWidth: (fontSize - 1) * 0.6)
    let right = max(scale.end, marks.map(\.extentEnd).max() ?? 0, ticks.map(\.right).max() ?? 0, bands.map(\.labelRight).max() ?? 0)
    return Panel(marks: marks, bands: bands, scale: scale, ticks: ticks, publications: publications, axisY: axisY, top: top, right: right)
  }

  /// Splits entries (in time order) into runs whose panel fits `width`.
  static func split(
    _ folded: [(entry: TimelineEntry, names: [String])], publications: [Int], lanes: TimelineLanes, documents: [String],
    width: Double
  ) -> [[(entry: TimelineEntry, names: [String])]] {
    var chunks: [[(entry: TimelineEntry, names: [String])]] = []
    var current: [(entry: TimelineEntry, names: [String])] = []
    for f in folded {
      let candidate = current + [f]
      if !current.isEmpty, panel(candidate, publications: publications, lanes: lanes, documents: documents, top: 0).right > width {
        chunks.append(current)
        current = [f]
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { chunks.append(current) }
    return chunks
  }

  /// "Details 2 of 5: Mar 2006 – Jan 2007", above a detail panel.
  static func drawPanelHeading(_ svg: inout SVGWriter, _ p: Panel, index: Int, of count: Int) {
    let days = p.marks.map(\.startDay)
    let ends = p.marks.map(\.endDay)
    guard let a = days.min(), let b = ends.max() else { return }
    let from = DateLabel.monthYear(CivilDate(dayNumber: a))
    let to = DateLabel.monthYear(CivilDate(dayNumber: b - 1))
    let span = from == to ? from : "\(from) – \(to)"
    svg.text(x: margin, y: p.top - 6, "Details \(index) of \(count): \(span)", size: fontSize, weight: "bold", cls: "panel-name", fill: "#3d4a5c")
  }

  static func mark(_ e: TimelineEntry, names: [String], _ i: (start: Int, end: Int), _ scale: TimelineScale) -> Mark {
    // The caption; several events of one sentence show the first and how many more.
    var label = names.first ?? Chronology.eventName(e)
    if names.count > 1 { label = DisplayWidth.truncate(Chronology.oneLine(label), to: labelColumns - 4) + " +\(names.count - 1)" }
    label = DisplayWidth.truncate(Chronology.oneLine(label), to: labelColumns)
    let labelWidth = Double(DisplayWidth.of(label)) * columnWidth + 2 * labelPadding
    if i.end - i.start <= 1 {
      let cx = scale.center(i.start)
      return Mark(entry: e, startDay: i.start, endDay: i.end, isPoint: true, x0: cx - 5, x1: cx + 5, label: label, labelWidth: labelWidth)
    }
    let a = scale.x(i.start)
    let b = max(scale.x(i.end), a + 4)
    return Mark(entry: e, startDay: i.start, endDay: i.end, isPoint: false, x0: a, x1: b, label: label, labelWidth: labelWidth)
  }

  /// Greedy first-fit: each mark goes to the first row whose last extent ends before it.
  static func assignLanes(_ marks: inout [Mark], indices: [Int]) -> Int {
    let order = indices.sorted { (marks[$0].extentStart, $0) < (marks[$1].extentStart, $1) }
    var laneEnds: [Double] = []
    for i in order {
      if let lane = laneEnds.firstIndex(where: { $0 + laneGap <= marks[i].extentStart }) {
        marks[i].lane = lane
        laneEnds[lane] = marks[i].extentEnd
      } else {
        marks[i].lane = laneEnds.count
        laneEnds.append(marks[i].extentEnd)
      }
    }
    return laneEnds.count
  }

  static func drawAxis(_ svg: inout SVGWriter, _ scale: TimelineScale, axisY: Double, lanesTop: Double, publications: [Int]) {
    for run in scale.runs {
      svg.line(x1: run.x0, y1: axisY, x2: run.x1, y2: axisY, stroke: "#444444", width: 1.5, cls: "axis")
    }
    for s in scale.segments where s.isBreak {
      let from = DateLabel.day(CivilDate(dayNumber: s.startDay))
      let to = DateLabel.day(CivilDate(dayNumber: s.endDay - 1))
      svg.open("g", ["class": "axis-break"])
      if s.isCovered {
        svg.title("Only longer spans run from \(from) to \(to) (\(s.days) days, not to scale)")
      } else {
        svg.title("No events from \(from) to \(to) (\(s.days) days, not to scale)")
      }
      let m = (s.x0 + s.x1) / 2
      svg.line(x1: m - 7, y1: axisY + 6, x2: m - 1, y2: axisY - 6, stroke: "#444444", width: 1.5)
      svg.line(x1: m + 1, y1: axisY + 6, x2: m + 7, y2: axisY - 6, stroke: "#444444", width: 1.5)
      svg.close("g")
    }
    for p in publications where !scale.segments.isEmpty {
      svg.open("g", ["class": "publication"])
      svg.title("Published \(DateLabel.day(CivilDate(dayNumber: p)))")
      let x = scale.center(p)
      svg.line(x1: x, y1: lanesTop - 4, x2: x, y2: axisY, stroke: "#b03a2e", width: 1, dash: "4 3")
      svg.close("g")
    }
  }

  /// A faint line from a point down to the axis, or a band on the axis under a bar.
  static func drawGuide(_ svg: inout SVGWriter, _ m: Mark, axisY: Double) {
    let top = m.top
    if m.isPoint {
      let cx = (m.x0 + m.x1) / 2
      svg.line(x1: cx, y1: top + 14, x2: cx, y2: axisY, stroke: "#c8c8c8", width: 1, cls: "guide")
    } else {
      svg.rect(x: m.x0, y: axisY - 3, w: m.x1 - m.x0, h: 6, fill: "#e3a23b", stroke: nil, cls: "event-band", opacity: 0.3)
    }
  }

  static func drawMark(_ svg: inout SVGWriter, _ m: Mark) {
    let top = m.top
    let e = m.entry
    let value = e.value ?? ""
    var tip = DateLabel.format(value)
    if tip != value { tip += " (\(value))" }
    if let x = e.expression, !x.isEmpty { tip += " — “\(x)”" }
    tip += " — " + Chronology.eventName(e)
    if !e.entities.isEmpty { tip += " — with " + e.entities.joined(separator: ", ") }
    if !e.evidence.isEmpty { tip += "\n" + Chronology.evidence(e) }
    if e.documentIDs.count > 1 { tip += "\nReported by: " + e.documentIDs.joined(separator: ", ") }
    for c in e.conflicts {
      tip += "\nConflict: \(c.documentID) dates it \(DateLabel.format(c.value))"
      if let x = c.expression, !x.isEmpty { tip += " (“\(Chronology.oneLine(x))”)" }
    }
    var cls = m.isPoint ? "event day" : "event span"
    if e.documentIDs.count > 1 { cls += " multi-source" }
    if !e.conflicts.isEmpty { cls += " conflict" }
    svg.open("g", ["class": cls])
    svg.title(tip)
    if m.isPoint {
      let cx = (m.x0 + m.x1) / 2
      if e.documentIDs.count > 1 {
        svg.circle(cx: cx, cy: top + 9, r: 7.5, fill: "none", stroke: "#3a6db5", cls: "source-ring")
      }
      svg.circle(cx: cx, cy: top + 9, r: 5, fill: e.negated ? "#ffffff" : "#3a6db5", stroke: "#3a6db5", cls: "event-point")
    } else {
      svg.rect(x: m.x0, y: top + 5, w: m.x1 - m.x0, h: 8, fill: "#e3a23b", stroke: "#a86d12", cls: "event-bar", opacity: 0.85)
    }
    svg.rect(x: m.x0, y: top + 17, w: m.labelWidth, h: 16, fill: "#ffffff", stroke: "#dddddd", cls: "label-box", opacity: 0.9)
    svg.text(x: m.x0 + labelPadding, y: top + 29, m.label, size: fontSize, cls: "label")
    if !e.conflicts.isEmpty {
      svg.text(x: m.x1 + 3, y: top + 13, "!", size: fontSize + 1, weight: "bold", cls: "conflict-flag", fill: "#b03a2e")
    }
    svg.close("g")
  }
}
