import AnnalsText
import AnnalsTime

/// Entity types, as in the batch contract.
public enum EntityType: String, Sendable, Codable, CaseIterable {
  case person = "PERSON"
  case organization = "ORGANIZATION"
  case location = "LOCATION"
  case product = "PRODUCT"
  case financial = "FINANCIAL"
  case other = "OTHER"
}

/// One place in the text that refers to an entity.
public struct Mention: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable { case name, nominal, pronoun, demonym }
  public var span: TextSpan
  public var text: String
  public var kind: Kind
  public init(span: TextSpan, text: String, kind: Kind) {
    self.span = span
    self.text = text
    self.kind = kind
  }
}

/// A person, organization, place ... with all its mentions merged.
public struct Entity: Hashable, Sendable, Codable {
  /// `E1`, `E2`, ... in order of first mention.
  public var id: String
  /// Canonical name: titles stripped, the longest name form ("Vladimir Putin").
  public var name: String
  public var type: EntityType
  public var mentions: [Mention]
  /// True for an unresolved description ("developers", "the new laptop"): a real mention
  /// of something, but no named thing a graph should draw as a node.
  public var descriptive: Bool = false
  public init(id: String, name: String, type: EntityType, mentions: [Mention], descriptive: Bool = false) {
    self.id = id
    self.name = name
    self.type = type
    self.mentions = mentions
    self.descriptive = descriptive
  }
}

/// TimeML event classes.
public enum EventClass: String, Sendable, Codable, CaseIterable {
  case occurrence = "OCCURRENCE"
  case reporting = "REPORTING"
  case iAction = "I_ACTION"
  case iState = "I_STATE"
  case state = "STATE"
  case aspectual = "ASPECTUAL"
  case perception = "PERCEPTION"
}

/// The time an event is anchored to.
public struct EventTime: Hashable, Sendable, Codable {
  /// The governing timex (`t3`), or nil when dated from the publication date alone.
  public var timex: String?
  /// The TIMEX3 value the event takes (`2025-08-12`, `2024-FA`).
  public var value: String
  /// The interval the event is placed in ("since last fall": fall 2024 ... publication).
  public var range: TimeRange?
  /// How it was chosen: "timex", "since", "until", "publication-date", ...
  public var basis: String
  /// What the expression means for the event (see `TimeRelation`); `range` is the
  /// interval derived from it ("since 2005": 2005 ... publication).
  public var relation: TimeRelation = .within
  public init(timex: String?, value: String, range: TimeRange?, basis: String, relation: TimeRelation = .within) {
    self.timex = timex
    self.value = value
    self.range = range
    self.basis = basis
    self.relation = relation
  }
}

/// How an event stands to the time expression that dates it.
public enum TimeRelation: String, Sendable, Codable, CaseIterable {
  /// in/on/at/during: the event lies in the expression's interval.
  case within = "in"
  /// since X: began at X, runs to the publication date or later.
  case since
  /// until/by X: runs up to X.
  case until
  /// before X / after X: lies wholly before or after it.
  case before, after
  /// "the first loss since 1997": X is only a point of comparison; the event's time
  /// is the publication period.
  case comparison
  /// for/over a duration ("has led the company for ten years"): how long it lasts; placed
  /// as ending at publication only when the verb is present perfect.
  case duration = "for"
}

/// Who or what took part in an event, and how.
public struct Participant: Hashable, Sendable, Codable {
  /// agent, patient, theme, recipient, location, other
  public var entity: String
  public var role: String
  public init(entity: String, role: String) {
    self.entity = entity
    self.role = role
  }
}

/// A clause-level happening, found from its trigger word.
public struct Event: Hashable, Sendable, Codable {
  /// `ev1`, `ev2`, ... in document order.
  public var id: String
  /// The trigger (verb or event noun).
  public var span: TextSpan
  public var text: String
  public var lemma: String
  public var eventClass: EventClass
  /// past, present, future, none
  public var tense: String
  public var negated: Bool
  /// actual, hypothetical, planned
  public var modality: String
  /// The sentence it occurs in (the evidence).
  public var sentence: TextSpan
  public var time: EventTime?
  public var participants: [Participant]
  /// A short label for graph edges ("phone call", "praised", "talks").
  public var label: String
  /// True when the event tells a reader something on its own: it has a participant,
  /// its own date, or is a verb with content; false for bare nouns ("measures", "efforts").
  public var salient: Bool = true

  public init(
    id: String, span: TextSpan, text: String, lemma: String, eventClass: EventClass, tense: String,
    negated: Bool, modality: String, sentence: TextSpan, time: EventTime?, participants: [Participant],
    label: String, salient: Bool = true
  ) {
    self.id = id
    self.span = span
    self.text = text
    self.lemma = lemma
    self.eventClass = eventClass
    self.tense = tense
    self.negated = negated
    self.modality = modality
    self.sentence = sentence
    self.time = time
    self.participants = participants
    self.label = label
    self.salient = salient
  }
}

/// An edge between two entities that take part in the same event.
public struct Relation: Hashable, Sendable, Codable {
  public var source: String
  public var target: String
  /// The event's label ("phone call", "praised").
  public var label: String
  public var event: String
  /// True when the event has a direction (agent -> patient); false when mutual.
  public var directed: Bool
  public init(source: String, target: String, label: String, event: String, directed: Bool) {
    self.source = source
    self.target = target
    self.label = label
    self.event = event
    self.directed = directed
  }
}

/// Everything the event stage finds in one document.
public struct EventLayer: Sendable {
  public var entities: [Entity]
  public var events: [Event]
  public var relations: [Relation]
  public init(entities: [Entity], events: [Event], relations: [Relation]) {
    self.entities = entities
    self.events = events
    self.relations = relations
  }
}
