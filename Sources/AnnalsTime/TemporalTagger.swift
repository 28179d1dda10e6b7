import AnnalsText

/// Finds and normalizes the temporal expressions of a document.
///
/// Placeholder API: the engine fills this in (lexicons and rules load from Resources/en).
public struct TemporalTagger: Sendable {
  public init() {}

  /// Tags `text` and resolves every expression against `publication` (nil: leave
  /// deictic values underspecified, e.g. `XXXX-WXX-2`).
  public func tag(_ text: TokenizedText, publication: PublicationDate?) -> [Timex] {
    []
  }
}
