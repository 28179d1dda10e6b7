import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML and records elements, attributes and text, or the parse error.
final class XMLCheck: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
  }

  var elements: [Element] = []
  var texts: [String] = []
  var error: String?
  private var current = ""
  private var inText = false

  static func parse(_ xml: String) -> XMLCheck {
    let check = XMLCheck()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = check
    if !parser.parse() && check.error == nil {
      check.error = parser.parserError.map { "\($0)" } ?? "unknown XML error"
    }
    return check
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    elements.append(Element(name: name, attributes: attributes))
    if name == "text" {
      inText = true
      current = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" {
      texts.append(current)
      inText = false
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    error = "\(parseError) line \(parser.lineNumber)"
  }

  func elements(_ name: String, class cls: String) -> [Element] {
    elements.filter { $0.name == name && $0.attributes["class"] == cls }
  }
}
