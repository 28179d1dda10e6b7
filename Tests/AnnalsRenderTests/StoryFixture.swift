import AnnalsEvents
import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// One story told by three articles, built by hand and combined by the real `Analyzer`
/// (so the timeline merges shared events and flags conflicting dates):
/// - `seed` (published 13 Aug 2025): the call on Tuesday, the summit last year, 2019,
///   troops sent since last fall, talks on Friday, and an undated dismissal;
/// - `second` (published 14 Aug 2025): the same call (merged), talks dated Saturday (a conflict);
/// - `hostile` (no publication date): text that breaks naive escaping, an unresolved expression.
enum Story {
  /// Builds one document: sentences appended one by one, events and timexes placed in them.
  struct Builder {
    var id: String
    var title: String?
    var publication: PublicationDate?
    var text = ""
    var sentences: [TextSpan] = []
    var entities: [Entity] = []
    var events: [Event] = []
    var timexes: [Timex] = []
    var relations: [Relation] = []
    var diagnostics: [Diagnostic] = []

    init(_ id: String, title: String?, published: CivilDate?) {
      self.id = id
      self.title = title
      publication = published.map { PublicationDate(date: $0, source: "header", evidence: "Published: \($0.iso)") }
    }

    mutating func entity(_ name: String, _ type: EntityType = .person) -> String {
      if let e = entities.first(where: { $0.name == name }) { return e.id }
      let id = "E\(entities.count + 1)"
      entities.append(Entity(id: id, name: name, type: type, mentions: [Mention(span: TextSpan(0, 1), text: name, kind: .name)]))
      return id
    }

    /// Adds a sentence holding `trigger` (and `expression`, when given), with an event dated
    /// `value` over `from ... to`, and a relation between its first two participants.
    mutating func event(
      _ sentence: String, trigger: String, label: String, value: String?, from: CivilDate? = nil, to: CivilDate? = nil,
      expression: String? = nil, signal: String? = nil, with names: [String] = [], eventClass: EventClass = .occurrence
    ) {
      let start = text.unicodeScalars.count
      text += sentence + " "
      let span = TextSpan(start, start + sentence.unicodeScalars.count)
      sentences.append(span)
      let at = offset(of: trigger, in: sentence) + start
      let ids = names.map { entity($0) }
      var timexID: String? = nil
      if let expression, let value {
        let t = offset(of: expression, in: sentence) + start
        timexID = "t\(timexes.count + 1)"
        timexes.append(
          Timex(
            id: timexID ?? "", span: TextSpan(t, t + expression.unicodeScalars.count), text: expression, type: .date, value: value,
            range: from.map { TimeRange(from: $0, to: to ?? $0) }, anchor: Anchor(kind: .publicationDate), signal: signal,
            rule: "fixture"))
      }
      let time = value.map { v in
        EventTime(timex: timexID, value: v, range: from.map { TimeRange(from: $0, to: to ?? $0) }, basis: "timex")
      }
      let evID = "ev\(events.count + 1)"
      events.append(
        Event(
          id: evID, span: TextSpan(at, at + trigger.unicodeScalars.count), text: trigger, lemma: label, eventClass: eventClass,
          tense: "past", negated: false, modality: "actual", sentence: span, time: time,
          participants: ids.map { Participant(entity: $0, role: "agent") }, label: label))
      if ids.count >= 2 {
        relations.append(Relation(source: ids[0], target: ids[1], label: label, event: evID, directed: false))
      }
    }

    mutating func unresolved(_ sentence: String, expression: String, value: String) {
      let start = text.unicodeScalars.count
      text += sentence + " "
      sentences.append(TextSpan(start, start + sentence.unicodeScalars.count))
      let t = offset(of: expression, in: sentence) + start
      timexes.append(
        Timex(
          id: "t\(timexes.count + 1)", span: TextSpan(t, t + expression.unicodeScalars.count), text: expression, type: .date,
          value: value, anchor: Anchor(kind: .unresolved), rule: "fixture"))
    }

    private func offset(of part: String, in sentence: String) -> Int {
      guard let r = sentence.range(of: part) else { return 0 }
      return sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: r.lowerBound)
    }

    var analysis: DocumentAnalysis {
      DocumentAnalysis(
        id: id, source: id, title: title, text: text, publication: publication, sentences: sentences, timexes: timexes,
        entities: entities, events: events, relations: relations, diagnostics: diagnostics)
    }
  }

  static func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day) }

  static let hostileName = "<script>alert(\"x\")</script> ]]> --> Ltd"
  static let hostileSentence =
    "Officials at \(hostileName) said =HYPERLINK(\"x\") \u{202E}gnidaer\u{202C} zero\u{200B}width on Monday;\nthen # left: here."

  static var seed: DocumentAnalysis {
    var b = Builder("seed", title: "North Korean, Russian leaders in call reaffirm their alignment", published: d(2025, 8, 13))
    b.event(
      "Putin and Kim held a phone call on Tuesday.", trigger: "call", label: "phone call", value: "2025-08-12",
      from: d(2025, 8, 12), expression: "Tuesday", signal: "on", with: ["Vladimir Putin", "Kim Jong Un"])
    b.event(
      "KCNA said Wednesday that the call took place.", trigger: "said", label: "said", value: "2025-08-13", from: d(2025, 8, 13),
      expression: "Wednesday", with: ["KCNA"], eventClass: .reporting)
    b.event(
      "They signed a partnership agreement during a summit last year.", trigger: "signed", label: "signed", value: "2024",
      from: d(2024, 1, 1), to: d(2024, 12, 31), expression: "last year", with: ["Kim Jong Un", "Vladimir Putin"])
    b.event(
      "Diplomacy derailed in 2019 after a collapsed summit with Trump.", trigger: "derailed", label: "derailed", value: "2019",
      from: d(2019, 1, 1), to: d(2019, 12, 31), expression: "2019", signal: "in", with: ["Kim Jong Un", "Donald Trump"])
    b.event(
      "North Korea has sent troops to Russia since last fall.", trigger: "sent", label: "sent troops", value: "2024-FA",
      from: d(2024, 9, 1), to: d(2025, 8, 13), expression: "last fall", signal: "since", with: ["North Korea", "Russia"])
    b.event(
      "Putin will hold talks with Trump on Friday in Alaska.", trigger: "talks", label: "talks", value: "2025-08-15",
      from: d(2025, 8, 15), expression: "Friday", signal: "on", with: ["Vladimir Putin", "Donald Trump"])
    b.event(
      "His government has dismissed calls to restart diplomacy.", trigger: "dismissed", label: "dismissed", value: nil,
      with: ["Kim Jong Un"])
    return b.analysis
  }

  static var second: DocumentAnalysis {
    var b = Builder("second", title: "Kim and Putin talk by phone", published: d(2025, 8, 14))
    b.event(
      "On Tuesday Putin spoke with Kim in a phone call.", trigger: "call", label: "phone call", value: "2025-08-12",
      from: d(2025, 8, 12), expression: "Tuesday", signal: "On", with: ["Putin", "Kim Jong Un"])
    b.event(
      "Putin meets Trump for talks on Saturday.", trigger: "talks", label: "talks", value: "2025-08-16", from: d(2025, 8, 16),
      expression: "Saturday", signal: "on", with: ["Putin", "Donald Trump"])
    return b.analysis
  }

  static var hostile: DocumentAnalysis {
    var b = Builder("hostile \"doc\" <b>", title: "A <b>bold</b> & \"quoted\" title", published: nil)
    b.event(
      hostileSentence, trigger: "said", label: "=cmd|' /C calc'!A0", value: "2025-08-11", from: d(2025, 8, 11),
      expression: "Monday", signal: "on", with: [hostileName, "+Trump"])
    b.event("Nobody knows when it ended.", trigger: "ended", label: "ended", value: nil)
    b.unresolved("They will meet on Friday.", expression: "Friday", value: "XXXX-WXX-5")
    b.diagnostics.append(Diagnostic(.warning, "hostile \"doc\" <b>", "invalid UTF-8 replaced <here>"))
    return b.analysis
  }

  static var analysis: Analysis { Analyzer().combine([seed, second, hostile]) }
}
