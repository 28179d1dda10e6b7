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
  /// Scalar offsets into `text` where the markup marked a break (`<s>`, `<p>`, `<br>`)
  /// that the text itself does not show: a token and a sentence end there. Sorted.
  public var breaks: [Int] = []

  public init(
    id: String, source: String, title: String? = nil, text: String,
    publication: PublicationDate? = nil, diagnostics: [Diagnostic] = [], breaks: [Int] = []
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.text = text
    self.publication = publication
    self.diagnostics = diagnostics
    self.breaks = breaks
  }
}
