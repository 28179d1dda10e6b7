import AnnalsText

/// A piecewise-linear day -> x scale that gives each stretch between event boundaries a
/// width that grows with the log of its length, and squeezes empty stretches into breaks.
/// A dense week and a whole year therefore both stay readable on one page.
struct TimelineScale {
  /// One stretch `[startDay, endDay)` drawn from `x0` to `x1`.
  struct Segment {
    var startDay: Int
    var endDay: Int
    var x0: Double
    var x1: Double
    /// No event covers it and it is long: drawn as a break, not to scale.
    var isBreak: Bool
    /// A break that long spans run through (no event starts or ends inside it).
    var isCovered = false
    var days: Int { endDay - startDay }
  }

  static let breakWidth = 30.0
  static let dayWidth = 44.0
  static let logWidth = 22.0
  static let shortGapDayWidth = 12.0
  /// Empty stretches longer than this many days become breaks.
  static let breakAfterDays = 3
  /// Stretches longer than this that only longer spans run through become breaks too.
  static let coveredBreakAfterDays = 400
  static let coveredBreakWidth = 48.0

  var segments: [Segment]
  var start: Double { segments.first?.x0 ?? 0 }
  var end: Double { segments.last?.x1 ?? 0 }

  /// Builds the scale over half-open day intervals, starting at `origin` px.
  init(intervals: [(start: Int, end: Int)], extraKnots: [Int], origin: Double) {
    var knots = Set<Int>(extraKnots)
    for i in intervals {
      knots.insert(i.start)
      knots.insert(i.end)
    }
    let sorted = knots.sorted()
    var segments: [Segment] = []
    var x = origin
    for (a, b) in zip(sorted, sorted.dropFirst()) {
      let days = b - a
      let covering = intervals.filter { $0.start < b && a < $0.end }
      let covered = !covering.isEmpty
      let width: Double
      var isBreak = false
      if covered && days > Self.coveredBreakAfterDays && covering.allSatisfy({ $0.start < a || $0.end > b }) {
        width = Self.coveredBreakWidth
        isBreak = true
      } else if covered {
        width = Self.dayWidth + Self.logWidth * log2(Double(days))
      } else if days <= Self.breakAfterDays {
        width = Self.shortGapDayWidth * Double(days)
      } else {
        width = Self.breakWidth
        isBreak = true
      }
      segments.append(Segment(startDay: a, endDay: b, x0: x, x1: x + width, isBreak: isBreak, isCovered: isBreak && covered))
      x += width
    }
    self.segments = segments
  }

  /// The x of the start of `day` (a day boundary); clamped to the scale.
  func x(_ day: Int) -> Double {
    guard let first = segments.first, let last = segments.last else { return 0 }
    if day <= first.startDay { return first.x0 }
    if day >= last.endDay { return last.x1 }
    var lo = 0
    var hi = segments.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if segments[mid].endDay <= day { lo = mid + 1 } else { hi = mid }
    }
    let s = segments[lo]
    return s.x0 + (s.x1 - s.x0) * Double(day - s.startDay) / Double(s.days)
  }

  /// The middle of `day`.
  func center(_ day: Int) -> Double { (x(day) + x(day + 1)) / 2 }

  /// Runs of consecutive non-break segments (the parts of the axis drawn as a line).
  var runs: [(startDay: Int, endDay: Int, x0: Double, x1: Double)] {
    var out: [(startDay: Int, endDay: Int, x0: Double, x1: Double)] = []
    var current: (startDay: Int, endDay: Int, x0: Double, x1: Double)? = nil
    for s in segments {
      if s.isBreak {
        if let c = current { out.append(c) }
        current = nil
      } else if var c = current {
        c.endDay = s.endDay
        c.x1 = s.x1
        current = c
      } else {
        current = (s.startDay, s.endDay, s.x0, s.x1)
      }
    }
    if let c = current { out.append(c) }
    return out
  }
}

/// log2 without Foundation.
private func log2(_ x: Double) -> Double {
  guard x > 1 else { return 0 }
  var v = x
  var result = 0.0
  while v >= 2 {
    v /= 2
    result += 1
  }
  // ln(v)/ln(2) for v in [1, 2) by a short series on (v-1)/(v+1).
  let t = (v - 1) / (v + 1)
  var term = t
  var sum = 0.0
  var k = 1.0
  for _ in 0..<12 {
    sum += term / k
    term *= t * t
    k += 2
  }
  return result + 2 * sum / 0.6931471805599453
}
