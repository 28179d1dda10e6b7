import AnnalsText
import AnnalsTime

/// Finds entities, events, participants and relations in one tokenized document.
///
/// Placeholder API: the engine fills this in (gazetteers and lexicons load from Resources/en).
public struct EventExtractor: Sendable {
  public init() {}

  public func extract(_ text: TokenizedText, timexes: [Timex], publication: PublicationDate?) -> EventLayer {
    EventLayer(entities: [], events: [], relations: [])
  }
}
