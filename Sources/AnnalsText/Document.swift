/// One article as Annals reads it: plain text plus what is known about it.
public struct Document: Sendable {
  /// Stable identifier: the JSON Lines `id`, or the file path as given.
  public var id: String
  /// Where it came from, for messages and provenance (a path, `<stdin>`).
  public var source: String
  public var title: String?
  /// The article text. All offsets in Annals are Unicode-scalar offsets into it.
  public var text: String
  public var publication: PublicationDate?
  /// Problems met while reading (e.g. invalid UTF-8 replaced).
  public var diagnostics: [Diagnostic]

  public init(
    id: String, source: String, title: String? = nil, text: String,
    publication: PublicationDate? = nil, diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.text = text
    self.publication = publication
    self.diagnostics = diagnostics
  }
}
