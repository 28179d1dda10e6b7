import AnnalsEvents
import AnnalsText
import AnnalsTime

/// What the story stage reads from one analyzed document. The event stage's models are
/// read only through this type and `StoryEntity`, so changes there stay in one place.
public struct StoryDocument: Sendable {
  public var id: String
  public var title: String?
  public var text: String
  public var publication: PublicationDate?
  public var sentences: [TextSpan]
  public var timexes: [Timex]
  public var entities: [Entity]
  public var events: [Event]
  /// The cross-document key (graph node id) of each named entity, by entity id.
  /// Descriptions ("officials", "15,000 troops") have none.
  public var entityKeys: [String: String]

  public init(
    id: String, title: String?, text: String, publication: PublicationDate?, sentences: [TextSpan], timexes: [Timex],
    entities: [Entity], events: [Event], entityKeys: [String: String]
  ) {
    self.id = id
    self.title = title
    self.text = text
    self.publication = publication
    self.sentences = sentences
    self.timexes = timexes
    self.entities = entities
    self.events = events
    self.entityKeys = entityKeys
  }
}

/// One real-world entity across the documents (a graph node), as the story names it.
public struct StoryEntity: Sendable, Hashable {
  public var key: String
  /// The canonical name ("Vladimir Putin", "Apple Inc.").
  public var name: String
  public var type: EntityType
  /// Every surface form it was mentioned by, in every document ("Putin", "the Kremlin leader").
  public var aliases: [String]
  public init(key: String, name: String, type: EntityType, aliases: [String]) {
    self.key = key
    self.name = name
    self.type = type
    self.aliases = aliases
  }
}

/// A word or punctuation mark of a document, by Unicode-scalar offsets.
struct Word {
  var start: Int
  var end: Int
  /// Lower-cased text.
  var lower: String
  /// Letters, digits, apostrophes or hyphens; false for punctuation.
  var isWord: Bool
  var capitalized: Bool
}

/// A document's words, found once, for looking around event triggers.
struct WordScan {
  var words: [Word]

  init(_ text: String) {
    var out: [Word] = []
    var i = 0
    var current: [Unicode.Scalar] = []
    var start = 0
    func flush() {
      guard !current.isEmpty else { return }
      let s = String(String.UnicodeScalarView(current))
      let cap = current.first.map { $0.value < 128 ? ($0.value >= 0x41 && $0.value <= 0x5A) : $0.properties.isUppercase } ?? false
      out.append(Word(start: start, end: start + current.count, lower: s.lowercased(), isWord: true, capitalized: cap))
      current.removeAll(keepingCapacity: true)
    }
    for c in text.unicodeScalars {
      let v = c.value
      // ASCII without the property tables; the rest by Unicode properties.
      let letterOrDigit: Bool
      let space: Bool
      if v < 128 {
        letterOrDigit = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        space = v == 0x20 || (v >= 0x09 && v <= 0x0D)
      } else {
        let p = c.properties
        letterOrDigit = p.isAlphabetic || p.numericType != nil
        space = p.isWhitespace
      }
      let inWord = letterOrDigit || (!current.isEmpty && (c == "'" || c == "’" || c == "-"))
      if inWord {
        if current.isEmpty { start = i }
        current.append(c)
      } else {
        flush()
        if !space {
          out.append(Word(start: i, end: i + 1, lower: String(c), isWord: false, capitalized: false))
        }
      }
      i += 1
    }
    flush()
    words = out
  }

  /// Index of the first word that ends after `offset` (binary search).
  func index(at offset: Int) -> Int {
    var lo = 0
    var hi = words.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if words[mid].end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The words inside `span`.
  func range(_ span: TextSpan) -> Range<Int> {
    let a = index(at: span.start)
    var b = a
    while b < words.count && words[b].start < span.end { b += 1 }
    return a..<b
  }
}

/// The sentence index that holds `offset` (binary search), or nil.
func sentenceIndex(_ sentences: [TextSpan], _ offset: Int) -> Int? {
  var lo = 0
  var hi = sentences.count - 1
  while lo <= hi {
    let mid = (lo + hi) / 2
    let s = sentences[mid]
    if offset < s.start {
      hi = mid - 1
    } else if offset >= s.end {
      lo = mid + 1
    } else {
      return mid
    }
  }
  return nil
}
