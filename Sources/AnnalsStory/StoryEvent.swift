import AnnalsEvents
import AnnalsText
import AnnalsTime

/// One event mention: an event of one document, by position.
public struct MentionRef: Hashable, Sendable, Comparable {
  /// Index into the story's documents.
  public var document: Int
  /// Index into that document's events.
  public var event: Int
  public init(document: Int, event: Int) {
    self.document = document
    self.event = event
  }
  public static func < (a: MentionRef, b: MentionRef) -> Bool { (a.document, a.event) < (b.document, b.event) }
}

/// How a story event got its place on the calendar.
public enum StoryDating: String, Sendable {
  /// A temporal expression governs one of its mentions.
  case expression
  /// No expression: a past-tense report placed on the day the article's narrative stands
  /// at (the last day-precise date before it in the text, within days of publication).
  case narrative
  /// No expression: placed at its article's publication date by its tense (a past or
  /// present-tense report with no other time is read as "by the time of publication").
  case publication = "publication-date"
  /// Not placed.
  case undated
}

/// The date chosen for a story event.
public struct StoryTime: Sendable, Hashable {
  /// The TIMEX3 value (`2025-08-12`, `2024-FA`).
  public var value: String
  public var range: TimeRange
  /// The event stage's basis ("timex", "since", ...) or "publication-date".
  public var basis: String
  /// The mention that carries it.
  public var source: MentionRef
  /// The timex that dates it (in the source's document), when one does.
  public var timex: String?
  public var dating: StoryDating
}

/// Another date for the same event, from a mention that disagrees with the chosen one.
public struct StoryConflict: Sendable, Hashable {
  public var value: String
  public var source: MentionRef
  public var timex: String?
}

/// One real event: every mention of it (within and across documents), its best date,
/// its caption, and how much it matters to the story.
public struct StoryEvent: Sendable {
  /// Every mention, in document then text order.
  public var mentions: [MentionRef]
  /// The mention the caption and the evidence come from.
  public var head: MentionRef
  public var time: StoryTime?
  public var conflicts: [StoryConflict]
  /// Entity keys of every participant of every mention, the head's first.
  public var participants: [String]
  /// The participants that act or are acted on in some mention (not only places or
  /// entities mentioned in passing).
  public var actors: Set<String> = []
  /// A short clause: "Putin and Kim Jong Un hold phone call".
  public var caption: String
  /// Higher is more central to the story (see `Salience`).
  public var salience: Double
  /// In the default selection (`--all` shows the others too).
  public var selected: Bool
  /// True when at least one mention is an event the event stage found worth listing.
  public var listed: Bool

  /// The documents that report it, in order, without repeats.
  public var documents: [Int] {
    var out: [Int] = []
    for m in mentions where out.last != m.document && !out.contains(m.document) { out.append(m.document) }
    return out
  }
}
