import AnnalsText
import Foundation

/// Finds and normalizes the temporal expressions of a document (TimeML TIMEX3).
///
/// Cheap to create: the lexicons and rules under Resources/en are compiled once per process.
public struct TemporalTagger: Sendable {
  /// The order of numeric dates that read either way ("03/04/2025"); nil: from evidence in the document, else mdy.
  public var dateOrder: DateOrder?

  public init(dateOrder: DateOrder? = nil) { self.dateOrder = dateOrder }

  /// The data error that kept the lexicons or rules from loading, if any (the tagger then finds nothing).
  public static var loadError: String? {
    if case .failure(let e) = TimeEngine.shared { return e.description }
    return nil
  }

  /// Tags `text` and resolves every expression against `publication` (nil: leave
  /// deictic values underspecified, e.g. `XXXX-WXX-2`).
  public func tag(_ text: TokenizedText, publication: PublicationDate?) -> [Timex] {
    guard case .success(let engine) = TimeEngine.shared else { return [] }
    let tense = TenseFinder(engine: engine, text: text)
    var resolver = Resolver(dct: publication?.date)
    if let h = publication?.hour { resolver.dctMinutes = h * 60 + (publication?.minute ?? 0) }
    var out: [Timex] = []
    let (order, orderReason) = dateOrder.map { ($0, "given by --date-order") } ?? DateOrder.evidence(in: text, months: engine.lexicon.months)
    let found = engine.find(text, dayFirst: order == .dmy)
    for n in found.indices {
      // Fields are read in place: a copy of a found expression costs a retain per field of its rule.
      let (start, matchStart, matchEnd) = (found[n].start, found[n].match.start, found[n].match.end)
      let span = TextSpan(text.tokens[start].start, text.tokens[matchEnd - 1].end)
      let draft = found[n].draft
      var r = resolver.resolve(draft.spec) { tense.direction(start: matchStart, end: matchEnd) }
      if let cut = draft.split, case .between(let a, let b) = draft.spec {
        // TimeML tags each end of "between 1994 and 1997" on its own; both carry the range's begin and end.
        let (ra, rb) = resolver.ends(a, b) { tense.direction(start: matchStart, end: matchEnd) }
        for (part, (from, to)) in [(ra, (start, cut.lowerBound)), (rb, (cut.upperBound, matchEnd))] {
          let s = TextSpan(text.tokens[from].start, text.tokens[to - 1].end)
          if let c = part.calendar, part.movesReference { resolver.remember(c) }
          out.append(
            Timex(
              id: "t\(out.count + 1)", span: s, text: text.text(s), type: part.calendar?.isTime == true ? .time : .date,
              value: part.value, mod: from == start ? found[n].mod : nil, range: part.range, anchor: part.anchor,
              signal: engine.signal(before: from, text), rule: found[n].match.rule.name, begin: r.begin, end: r.end,
              spanReason: (r.reason ?? "") + "; TimeML tags each end on its own"))
        }
        continue
      }
      // TIMEX3 years have four digits: "9999 years from now" is only the far future.
      if let rg = r.range, !(1...9999).contains(rg.earliest.date.year) || !(1...9999).contains(rg.latest.date.year) {
        let future = rg.earliest.date.year > 9999
        r = Resolver.Resolved(
          value: future ? "FUTURE_REF" : "PAST_REF", range: nil, anchor: Anchor(kind: .none), calendar: nil)
      }
      var type = draft.type
      // TimeBank keeps "Tuesday night" a DATE in news; a plan ("sunday afternoon" alone) is a TIME, as TimeML says.
      if type == .date, r.calendar?.isTime == true, !draft.fixedType || tense.isPlan { type = .time }
      if type == .time, let c = r.calendar, !c.isTime { type = .date }
      if let c = r.calendar, r.movesReference { resolver.remember(c) }
      let signal = engine.signal(before: start, text)
      let arg = found[n].match.rule.argument
      let note = arg == "mdy" || arg == "dmy" ? "day-month order \(order.rawValue), \(orderReason)" : nil
      var (begin, end, why) = (r.begin, r.end, r.reason)
      if begin == nil, let reach = Self.reach(draft, signal: signal, tense: { tense.direction(start: matchStart, end: matchEnd) }),
        let e = resolver.ends(of: reach)
      {
        (begin, end, why) = (e.begin, e.end, e.reason)
      }
      out.append(
        Timex(
          id: "t\(out.count + 1)", span: span, text: text.text(span), type: type, value: r.value,
          mod: found[n].mod ?? draft.mod, quant: draft.quant, freq: draft.freq, range: r.range, anchor: r.anchor,
          signal: signal, rule: found[n].match.rule.name, begin: begin, end: end, spanReason: why, note: note))
      // Set in place: a copy of a Timex costs a retain per field.
      if let z = found[n].match.captures.first(where: { $0.tokenClass == .tz }) {
        out[out.count - 1].zone = text.tokens[z.first].text
      }
    }
    joinDayAndTime(&out, text)
    linkRanges(&out, text)
    return out
  }

  /// "tomorrow at 5pm", "June 5th at 3pm", "monday 9am", "5pm tomorrow": a day and a clock time side by
  /// side are one TIME on that day.
  private func joinDayAndTime(_ out: inout [Timex], _ text: TokenizedText) {
    guard out.count >= 2 else { return }
    var k = 1
    var joined = false
    while k < out.count {
      let (a, b) = (out[k - 1], out[k])
      let gap = b.span.start - a.span.end
      guard gap <= 8, a.begin == nil, b.begin == nil else {
        k += 1
        continue
      }
      let between = text.text(TextSpan(a.span.end, b.span.start)).trimmingCharacters(in: .whitespaces).lowercased()
      let dayFirst = Self.isDay(a) && Self.isClock(b) && ["", "at", ",", "around", "about"].contains(between)
      let clockFirst = Self.isClock(a) && Self.isDay(b) && ["", "on", ","].contains(between)
      guard dayFirst || clockFirst else {
        k += 1
        continue
      }
      let (day, clock) = dayFirst ? (a, b) : (b, a)
      let time = clock.value.suffix(6)  // "T17:00"
      let value = day.value + time
      var t = a
      t.span = TextSpan(a.span.start, b.span.end)
      t.text = text.text(t.span)
      t.type = .time
      t.value = value
      t.mod = a.mod ?? b.mod
      t.zone = clock.zone ?? day.zone
      t.anchor = day.anchor
      t.rule = "\(a.rule)+\(b.rule)"
      if let r = day.range, let h = Int(time.dropFirst().prefix(2)), let m = Int(time.suffix(2)) {
        let p = TimePoint(r.earliest.date, hour: h, minute: m)
        t.range = TimeRange(earliest: p, latest: p)
      }
      out[k - 1] = t
      out.remove(at: k)
      joined = true
    }
    if joined { for i in out.indices { out[i].id = "t\(i + 1)" } }
  }

  /// A DATE that is one day ("2025-08-14").
  private static func isDay(_ t: Timex) -> Bool {
    t.type == .date && t.value.utf8.count == 10 && t.value.first?.isNumber == true && t.range != nil
  }

  /// A TIME at a clock time ("2025-08-14T17:00").
  private static func isClock(_ t: Timex) -> Bool {
    t.type == .time && t.value.utf8.count == 16 && t.value.first?.isNumber == true
  }

  /// Words that join the two ends of a range; "to", "until" and "and" only after "from" or "between".
  private static let rangeJoiners: Set<String> = ["-", "–", "—", "through", "thru"]
  private static let rangeJoinersAfterFrom: Set<String> = ["to", "until", "till", "and", "-", "–", "—", "through", "thru"]

  /// "from mid-2019 to early 2020", "between last spring and March": two expressions that no single rule reads
  /// as a range still are one; both keep their TIMEX3 values and get the range's begin and end.
  private func linkRanges(_ out: inout [Timex], _ text: TokenizedText) {
    guard out.count >= 2 else { return }
    for k in 1..<out.count {
      let (a, b) = (out[k - 1], out[k])
      guard a.begin == nil, b.begin == nil, a.type == .date || a.type == .time, b.type == .date || b.type == .time,
        let ra = a.range, let rb = b.range, rb.latest >= ra.earliest, b.span.start - a.span.end <= 9
      else { continue }
      let joiner = text.text(TextSpan(a.span.end, b.span.start)).trimmingCharacters(in: .whitespaces).lowercased()
      let opened = a.signal == "from" || a.signal == "between"
      guard Self.rangeJoiners.contains(joiner) || (opened && Self.rangeJoinersAfterFrom.contains(joiner)),
        joiner != "and" || a.signal == "between"
      else { continue }
      // A fuzzy value ("now": PRESENT_REF) gives its day instead.
      let from = a.value.first?.isNumber == true ? a.value : ra.earliest.date.iso
      let to = b.value.first?.isNumber == true ? b.value : rb.latest.date.iso
      let why = "from \(from) (\(a.id)) to \(to) (\(b.id)), joined by \"\(joiner)\""
      for i in [k - 1, k] {
        out[i].begin = from
        out[i].end = to
        out[i].spanReason = why
      }
    }
  }

  /// How an anchored duration reaches: as its rule says ("the past 3 weeks"), else from the
  /// preposition before it ("within ten days"; "in three hours" unless the sentence looks back,
  /// as in "the worst drop in ten years").
  static func reach(_ draft: Draft, signal: String?, tense: () -> (Direction, String)?) -> Reach? {
    if let r = draft.reach { return r }
    guard draft.type == .duration, case .literal(let v) = draft.spec, let (unit, n) = TimeUnit.parse(duration: v) else {
      return nil
    }
    switch signal {
    case "within": return .within(unit, n)
    case "in":
      if tense()?.0 == .past { return nil }
      return .after(unit, n)
    default: return nil
    }
  }
}
