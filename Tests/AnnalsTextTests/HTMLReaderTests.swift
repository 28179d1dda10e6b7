import Foundation
import Testing

@testable import AnnalsText

@Test func articlePageWithMetadata() throws {
  let doc = try Fixture.read("page.html")
  #expect(doc.title == "Library reopens after flood repairs")
  #expect(doc.publication?.iso == "2025-03-18T09:45:00-04:00")
  #expect(doc.publication?.source == "metadata")
  let lines = doc.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  // The article's own header (headline, byline) stays; the headline is not repeated.
  #expect(lines.first == "Library reopens after flood repairs")
  #expect(doc.text.components(separatedBy: "Library reopens").count == 2)
  #expect(lines.contains("By Mara Lind · March 18"))
  // Block elements become blank lines or line breaks; white space is collapsed.
  #expect(lines.contains("The Eastbrook public library reopened on Monday, six months after a burst main flooded its basement archive."))
  #expect(doc.text.hasSuffix("Open Tuesday to Saturday\nClosed on Sundays"))
  // Entities decoded.
  #expect(doc.text.contains("“We lost almost nothing,” said director Paul Okafor — thanks"))
  #expect(doc.text.contains("Fees: $0 & fines — waived."))
  // Navigation, asides, scripts, styles and the page footer are dropped.
  for dropped in ["Home", "Related", "console", "color", "2001", "©", "Valley Courier"] {
    #expect(!doc.text.contains(dropped), "\(dropped) should not be in the text")
  }
}

@Test func jsonLDDatePublishedAndBodyText() throws {
  let doc = try Fixture.read("jsonld.html")
  #expect(doc.publication?.iso == "2024-06-02T18:30:00+01:00")
  #expect(doc.publication?.evidence?.contains("datePublished") == true)
  #expect(doc.text.hasPrefix("Rail line to close for summer works\n\nThe coastal line"))
  #expect(doc.text.contains("Replacement buses will run every 20 minutes.\nTickets stay valid."))
  #expect(!doc.text.contains("Contact us"))
  #expect(!doc.text.contains("schema.org"))
}

@Test func timeElementInsideTheArticle() throws {
  let doc = try Fixture.read("timetag.html")
  #expect(doc.publication?.iso == "2023-10-09")
  #expect(doc.title == nil)
}

@Test func malformedHTMLIsReadTolerantly() throws {
  let doc = try Fixture.read("malformed.html")
  #expect(doc.title == "Storm & warnings issued")
  #expect(doc.text.hasPrefix("Storm & warnings issued\n\nWind gusts reached 90 km/h on Friday."))
  #expect(doc.text.contains("Schools closed early < 3pm, officials said. 5 > 4 is true."))
  // The unclosed <nav> ends with the <div> around it.
  #expect(!doc.text.contains("Menu"))
  #expect(doc.text.contains("Crews cleared roads by Sunday &unknown; \u{1F600} \u{FFFD} ok. Power returned."))
}

@Test("truncated and odd HTML never crashes", arguments: [
  "<", "<p", "<p class=\"x", "<!--", "<!-- open comment <p>text", "<script>never closed", "</", "<a href='x>y",
  "<p>Text</p><title>", "<<<>>>", "&#xFFFFFFFF; &#99999999; &; &#; &#x;", "<article><article>Nested</article>",
  "<div><nav><nav>Deep</nav>", "<br/><br /><hr>Line", "<p>Ok</p></body></html></html>",
])
func truncatedHTML(_ html: String) {
  let result = DocumentReader.read(data: Array(html.utf8), source: "t.html", format: .html)
  switch result {
  case .success(let doc): #expect(!doc.text.isEmpty)
  case .failure(let e): #expect(e.message == "HTML page has no text" || e.message == "file is empty")
  }
}

@Test("entities", arguments: [
  ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
  ("caf&eacute; &ndash; na&iuml;ve", "café – naïve"),
  ("&#8220;quote&#8221; &#x2019;", "“quote” ’"),
  ("&#146;90s", "’90s"),
  ("AT&T and R&D", "AT&T and R&D"),
  ("&notanentity; stays", "&notanentity; stays"),
  ("&amp stays decoded", "& stays decoded"),
  ("&#0; null", "\u{FFFD} null"),
])
func entities(_ input: String, _ expected: String) {
  let out = String(String.UnicodeScalarView(HTMLEntities.decode(input.unicodeScalars)))
  #expect(out == expected)
}

@Test func xmlOnlyEntitiesLeaveHTMLNamesAlone() {
  let out = String(String.UnicodeScalarView(HTMLEntities.decode("&amp; &nbsp; &#46;".unicodeScalars, xmlOnly: true)))
  #expect(out == "& &nbsp; .")
}

@Test func titleIsPrependedWhenTheBodyLacksIt() throws {
  let html = "<html><head><title>Dam gates opened</title></head><body><p>Water levels fell on Monday.</p></body></html>"
  let doc = try DocumentReader.read(data: Array(html.utf8), source: "d.html", format: .html).get()
  #expect(doc.text == "Dam gates opened\n\nWater levels fell on Monday.")
  #expect(doc.title == "Dam gates opened")
}

@Test func metaNameDateAndTextFallback() throws {
  let dated = "<meta name=\"date\" content=\"2022-12-01\"><body><p>Snow fell.</p></body>"
  #expect(try DocumentReader.read(data: Array(dated.utf8), source: "m.html", format: .html).get().publication?.iso == "2022-12-01")
  let spelled = "<meta name=\"pubdate\" content=\"Wed, 13 Aug 2025 08:03 GMT\"><body><p>Snow fell.</p></body>"
  let p = try DocumentReader.read(data: Array(spelled.utf8), source: "s.html", format: .html).get().publication
  #expect(p?.iso == "2025-08-13T08:03:00+00:00")
  #expect(p?.source == "metadata")
  let inText = "<body><h1>Snow closes passes</h1><p>Published: 3 January 2023</p><p>Snow fell.</p></body>"
  let doc = try DocumentReader.read(data: Array(inText.utf8), source: "n.html", format: .html).get()
  #expect(doc.publication?.iso == "2023-01-03")
  #expect(doc.publication?.source == "header")
}

@Test("every truncation of a fixture reads without crashing", arguments: ["page.html", "malformed.html", "doc.tml"])
func everyTruncation(_ name: String) throws {
  let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path(name))))
  let format = DocumentReader.Format(path: name)
  var read = 0
  for end in stride(from: 1, through: bytes.count, by: 3) {
    if case .success(let doc) = DocumentReader.read(data: Array(bytes[0..<end]), source: name, format: format) {
      read += 1
      #expect(!doc.text.isEmpty)
    }
  }
  #expect(read > 0)
}
