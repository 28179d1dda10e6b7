import AnnalsText
import AnnalsTime

/// The ranked choice of `TimeAnchor`, found by binary search instead of ranking every
/// timex of the sentence for every event: clauses run in text order, so the nearest
/// candidate before and after an event decide (one long unpunctuated "sentence" stays
/// n log n).
extension TimeAnchor {
  struct Search {
    let ta: TimeAnchor
    let st: Setup
    /// Per sentence with a usable timex, by consistency category (see `category`): the
    /// unbound consistent timexes, and those of them in clauses without an event; by first token.
    var any: [[[Int]]]
    var idle: [[[Int]]]
    /// True for a sentence with a usable timex.
    var dated: [Bool]
    /// True when a timex may date a past event, and a future or planned one.
    var okPast: [Bool]
    var okFuture: [Bool]
    /// The timexes bound to each reporting verb.
    var boundOf: [[Int]]
    /// The first finite verb at or after each token (`Int.max` for none).
    var nextFinite: [Int]

    init(_ st: Setup) {
      ta = st.ta
      self.st = st
      let finite = st.finite
      let n = finite.count
      nextFinite = Array(repeating: Int.max, count: n + 1)
      for k in stride(from: n - 1, through: 0, by: -1) { nextFinite[k] = finite[k] ? k : nextFinite[k + 1] }
      okPast = Array(repeating: true, count: ta.timexes.count)
      okFuture = okPast
      if let pub = ta.publication {
        let start = TimePoint(pub.date)
        let end = TimePoint(minutes: start.minutes + 1439)
        for (x, t) in ta.timexes.enumerated() {
          guard let r = t.range else { continue }
          okPast[x] = !(r.earliest > end)
          okFuture[x] = !(r.latest < start)
        }
      }
      // Plain arrays, not `st.` in the loops: Setup is large and closures would copy it.
      let first = st.first
      let boundTo = st.boundTo
      let busy = st.busy
      let clause = st.clause
      let okPast = okPast
      let okFuture = okFuture
      boundOf = Array(repeating: [], count: st.events.count)
      for (x, e) in boundTo.enumerated() where e >= 0 { boundOf[e].append(x) }
      let sentences = (st.bySentence.keys.max() ?? -1) + 1
      any = Array(repeating: [], count: sentences)
      idle = any
      dated = Array(repeating: false, count: sentences)
      for (s, xs) in st.bySentence {
        dated[s] = true
        let byPosition = xs.sorted { first[$0] < first[$1] }
        var a: [[Int]] = Array(repeating: [], count: 4)
        var b: [[Int]] = Array(repeating: [], count: 4)
        for x in byPosition where boundTo[x] < 0 {
          for cat in 0..<4 where (cat & 1 == 0 || okPast[x]) && (cat & 2 == 0 || okFuture[x]) {
            a[cat].append(x)
            if !busy[clause[first[x]]] { b[cat].append(x) }
          }
        }
        any[s] = a
        idle[s] = b
      }
    }

    /// Bit 1: a past event; bit 2: a future or planned one (`TimeAnchor.consistent`).
    static func category(_ e: RawEvent) -> Int {
      (e.tense == "past" ? 1 : 0) | (e.tense == "future" || e.modality == "planned" ? 2 : 0)
    }

    func consistent(_ cat: Int, _ x: Int) -> Bool { (cat & 1 == 0 || okPast[x]) && (cat & 2 == 0 || okFuture[x]) }

    /// Index of the first timex in `list` whose first token is at or after `token`.
    static func lowerBound(_ list: [Int], _ token: Int, _ first: [Int], _ work: inout Int) -> Int {
      var lo = 0
      var hi = list.count
      while lo < hi {
        work += 1
        let mid = (lo + hi) / 2
        if first[list[mid]] < token { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }

    func run(_ work: inout Int) -> [EventTime?] {
      let events = st.events
      let first = st.first
      let clause = st.clause
      let relative = st.relative
      let busy = st.busy
      let clauseStart = st.clauseStart
      let boundTo = st.boundTo
      let bySentence = st.bySentence
      var out: [EventTime?] = Array(repeating: nil, count: events.count)
      var used = Array(repeating: false, count: ta.timexes.count)
      for i in events.indices {
        work += 1
        guard events[i].sentence < dated.count, dated[events[i].sentence] else { continue }
        let e = events[i]
        let a = any[e.sentence]
        let b = idle[e.sentence]
        let cat = Search.category(e)
        let own = clause[e.token]
        let nf = nextFinite[min(e.token + 1, nextFinite.count - 1)]
        var mine: (Int, Int)?
        var other: (Int, Int)?
        func offer(_ x: Int, own isOwn: Bool) {
          let key = (abs(first[x] - e.token), x)
          if isOwn {
            if mine.map({ key < $0 }) ?? true { mine = key }
          } else if other.map({ key < $0 }) ?? true {
            other = key
          }
        }
        // The own clause: the nearest before, and the nearest after unless a finite verb comes first.
        let p = Search.lowerBound(a[cat], e.token, first, &work)
        if p > 0, clause[first[a[cat][p - 1]]] == own { offer(a[cat][p - 1], own: true) }
        if p < a[cat].count, clause[first[a[cat][p]]] == own, !(nf < first[a[cat][p]]) { offer(a[cat][p], own: true) }
        // Timexes bound to this very event, checked one by one.
        let nextEvent = i + 1 < events.count ? events[i + 1].token : Int.max
        for x in boundOf[i] {
          work += 1
          let c = clause[first[x]]
          let relativeToNoun = e.isNoun && c == own + 1 && relative[c] && nextEvent >= clauseStart[c]
          guard c == own || !busy[c] || relativeToNoun, !(c == own && nf < first[x]), consistent(cat, x) else {
            continue
          }
          offer(x, own: c == own)
        }
        if mine == nil {
          // Clauses without an event, and a relative clause right after an event noun.
          let q = Search.lowerBound(b[cat], e.token, first, &work)
          if q > 0 { offer(b[cat][q - 1], own: false) }
          if q < b[cat].count { offer(b[cat][q], own: false) }
          let next = own + 1
          if e.isNoun, next < relative.count, relative[next], busy[next], nextEvent >= clauseStart[next] {
            let r = Search.lowerBound(a[cat], clauseStart[next], first, &work)
            if r < a[cat].count, clause[first[a[cat][r]]] == next { offer(a[cat][r], own: false) }
          }
        }
        if let (_, x) = mine ?? other {
          out[i] = ta.time(x, first[x])
          used[x] = true
        }
      }
      // Every dated sentence shows its date: the nearest event takes an unused timex.
      var eventsOf: [Int: [Int]] = [:]
      for i in events.indices where events[i].sentence < dated.count && dated[events[i].sentence] {
        eventsOf[events[i].sentence, default: []].append(i)
      }
      for s in bySentence.keys.sorted() {
        let evs = eventsOf[s] ?? []
        for x in bySentence[s] ?? [] where !used[x] {
          work += 1
          var best: Int?
          if boundTo[x] >= 0 {
            if events[boundTo[x]].sentence == s { best = boundTo[x] }
          } else if !evs.isEmpty {
            // Events run in text order: the nearest is next to the timex; a tie goes to the earlier.
            var lo = 0
            var hi = evs.count
            while lo < hi {
              work += 1
              let mid = (lo + hi) / 2
              if events[evs[mid]].token < first[x] { lo = mid + 1 } else { hi = mid }
            }
            if lo == 0 {
              best = evs[0]
            } else if lo == evs.count {
              best = evs[lo - 1]
            } else {
              let before = first[x] - events[evs[lo - 1]].token
              let after = events[evs[lo]].token - first[x]
              best = before <= after ? evs[lo - 1] : evs[lo]
            }
          }
          if let b = best { out[b] = ta.time(x, first[x]) }
        }
      }
      return out
    }
  }
}
