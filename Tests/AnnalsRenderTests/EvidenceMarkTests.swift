import AnnalsRender
import Testing

/// Event triggers marked inside the report's evidence quotes.
@Suite struct EvidenceMarkTests {
  static let page = Report.html(Story.analysis)

  @Test func triggerIsMarkedInItsSentence() {
    #expect(Self.page.contains("<blockquote>Putin and Kim held a phone <mark>call</mark> on Tuesday.</blockquote>"))
    #expect(Self.page.contains("<blockquote>Diplomacy <mark>derailed</mark> in 2019 after a collapsed summit with Trump.</blockquote>"))
  }

  @Test func hostileSentenceIsFoldedEscapedAndMarked() {
    // The newline is folded to a space; the markup stays escaped on both sides of the mark.
    #expect(
      Self.page.contains(
        "Officials at &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; --&gt; Ltd <mark>said</mark> =HYPERLINK(&quot;x&quot;)"))
    #expect(Self.page.contains("on Monday; then # left: here.</blockquote>"))
    #expect(XMLCheck.parse(Self.page).error == nil)
  }

  @Test func marksFollowTheFoldedText() {
    let html = Report.html(TimelineGroupingTests.analysis())
    // Fixture offsets are synthetic: without sentences the quote comes unmarked, never misplaced.
    #expect(!html.contains("<mark>"))
    #expect(html.contains("<blockquote>His government dismissed desires to restart diplomacy, which derailed in 2019.</blockquote>"))
  }
}
