/// Guesses the headline of a plain-text article from its first line.
///
/// A headline is a short first line (at most 20 words) that does not end like a
/// sentence and is not a label or date line; a breadcrumb ("Home / World News /
/// Headline") gives its last part.
public enum HeadlineGuess {
  static let maxWords = 20

  /// The headline, or nil when the first line does not look like one.
  public static func title(of text: String) -> String? {
    guard let first = text.split(whereSeparator: { $0.isNewline }).first(where: { !TextDecoding.isBlank(String($0)) })
    else { return nil }
    var line = String(first).trimmingSpaces()
    if let last = line.components(separatedBy: " / ").last, line.contains(" / ") {
      line = last.trimmingSpaces()
    }
    guard let end = line.unicodeScalars.last, !".,;:".unicodeScalars.contains(end) else { return nil }
    let tokens = Tokenizer.tokenize(line).tokens
    let words = tokens.filter { $0.kind != .punctuation }.count
    guard words >= 2, words <= maxWords, tokens.first?.isCapitalized == true else { return nil }
    // A line that is a date, a label or a dateline is not a headline.
    if PublicationDateFinder.find(in: line) != nil { return nil }
    return line
  }
}
