import AnnalsTimeline

extension TimelineSVG {
  /// One horizontal band of rows: every event of one entity, one document, or all of them.
  struct Band {
    var name: String
    var top: Double
    var height: Double
    var rows: Int
    /// Right edge of the band's name (0 when the name is not drawn).
    var labelRight: Double
  }

  /// At most this many bands; the rest share one "other" band.
  static let maxBands = 12
  static let bandHeader = 18.0
  static let bandGap = 6.0
  static let bandNameColumns = 48

  /// The band name of each entry: its first entity, or its document.
  static func bandKey(_ e: TimelineEntry, lanes: TimelineLanes) -> String {
    switch lanes {
    case .none: return ""
    case .entity: return e.entities.first ?? "(no entity)"
    case .document: return e.documentID
    }
  }

  /// Splits marks into bands, stacks rows inside each so labels never meet, and sets each
  /// mark's `top`. Bands follow timeline order (entities) or input order (documents).
  static func layoutBands(_ marks: inout [Mark], lanes: TimelineLanes, documents: [String], top: Double) -> [Band] {
    var order: [String] = []
    var members: [String: [Int]] = [:]
    if lanes == .document {
      for id in documents where members[id] == nil {
        order.append(id)
        members[id] = []
      }
    }
    for (i, m) in marks.enumerated() {
      let key = bandKey(m.entry, lanes: lanes)
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(i)
    }
    var groups = order.compactMap { k -> (String, [Int])? in
      guard let m = members[k], !m.isEmpty else { return nil }
      return (k, m)
    }
    if groups.count > maxBands {
      let rest = groups[(maxBands - 1)...].flatMap(\.1).sorted()
      groups = Array(groups.prefix(maxBands - 1)) + [("other (\(groups.count - maxBands + 1) more)", rest)]
    }
    let header = lanes == .none ? 0 : bandHeader
    var bands: [Band] = []
    var y = top
    for (name, indices) in groups {
      let rows = assignLanes(&marks, indices: indices)
      for i in indices { marks[i].top = y + header + Double(marks[i].lane) * laneHeight }
      let height = header + Double(max(1, rows)) * laneHeight + (lanes == .none ? 0 : bandGap)
      let shown = DisplayWidth.truncate(Chronology.oneLine(name), to: bandNameColumns)
      let right = lanes == .none ? 0 : margin + 4 + Double(DisplayWidth.of(shown)) * columnWidth
      bands.append(Band(name: shown, top: y, height: height, rows: rows, labelRight: right))
      y += height
    }
    return bands
  }

  /// A light background strip with the band's name in its top left corner.
  static func drawBand(_ svg: inout SVGWriter, _ b: Band, index: Int, width: Double) {
    svg.open("g", ["class": "lane"])
    svg.rect(
      x: margin / 2, y: b.top, w: width - margin, h: b.height - bandGap / 2, fill: index % 2 == 0 ? "#f4f6fa" : "#fbfbfb",
      stroke: nil, cls: "lane-band", opacity: 1)
    svg.text(x: margin, y: b.top + 13, b.name, size: fontSize, weight: "bold", cls: "lane-name", fill: "#3d4a5c")
    svg.close("g")
  }
}

/// The key to the timeline's marks, drawn in one row under the title.
enum TimelineLegend {
  enum Symbol { case point, bar, publication, gap, conflict, sources }

  struct Item {
    var symbol: Symbol
    var text: String
    var x: Double
    var y: Double
    var right: Double
  }

  static let entries: [(Symbol, String)] = [
    (.point, "exact day"), (.bar, "coarse or uncertain (span)"), (.sources, "several sources"),
    (.conflict, "dates conflict"), (.publication, "publication date"), (.gap, "gap, not to scale"),
  ]

  static func items(x: Double, y: Double) -> [Item] {
    var out: [Item] = []
    var cx = x
    let column = (TimelineSVG.fontSize - 1) * 0.6
    for (symbol, text) in entries {
      let right = cx + 18 + Double(DisplayWidth.of(text)) * column
      out.append(Item(symbol: symbol, text: text, x: cx, y: y, right: right))
      cx = right + 14
    }
    return out
  }

  static func draw(_ svg: inout SVGWriter, _ items: [Item]) {
    svg.open("g", ["class": "legend"])
    for it in items {
      let mid = it.y - 4
      switch it.symbol {
      case .point:
        svg.circle(cx: it.x + 6, cy: mid, r: 4.5, fill: "#3a6db5", stroke: "#3a6db5", cls: "legend-point")
      case .bar:
        svg.rect(x: it.x, y: mid - 4, w: 14, h: 8, fill: "#e3a23b", stroke: "#a86d12", cls: "legend-bar", opacity: 0.85)
      case .sources:
        svg.circle(cx: it.x + 6, cy: mid, r: 6.5, fill: "none", stroke: "#3a6db5", cls: "legend-ring")
        svg.circle(cx: it.x + 6, cy: mid, r: 3.5, fill: "#3a6db5", stroke: "#3a6db5", cls: "legend-point")
      case .conflict:
        svg.text(x: it.x + 4, y: it.y, "!", size: TimelineSVG.fontSize + 1, weight: "bold", cls: "legend-flag", fill: "#b03a2e")
      case .publication:
        svg.line(x1: it.x + 6, y1: mid - 7, x2: it.x + 6, y2: mid + 7, stroke: "#b03a2e", width: 1, dash: "4 3")
      case .gap:
        svg.line(x1: it.x, y1: mid + 5, x2: it.x + 5, y2: mid - 5, stroke: "#444444", width: 1.5)
        svg.line(x1: it.x + 7, y1: mid + 5, x2: it.x + 12, y2: mid - 5, stroke: "#444444", width: 1.5)
      }
      svg.text(x: it.x + 18, y: it.y, it.text, size: TimelineSVG.fontSize - 1, cls: "legend-text")
    }
    svg.close("g")
  }
}
