import AnnalsGraphviz
import AnnalsRender
import Testing

/// Real libgvc renders: these never skip; a machine without Graphviz plugins fails here loudly.
@Suite struct GraphvizTests {
  static let small = "digraph \"t\" { \"a\" -> \"b\" [label=\"x\"]; \"b\" -> \"c\"; }"

  @Test func rendersNamedGraphToSVG() throws {
    let svg = try Graphviz.render(dot: Self.small)
    let xml = XMLCheck.parse(svg)
    #expect(xml.error == nil)
    #expect(xml.elements.contains { $0.name == "svg" })
    #expect(xml.texts.contains("a") && xml.texts.contains("b") && xml.texts.contains("c"))
  }

  @Test func sameInputGivesSameBytes() throws {
    #expect(try Graphviz.render(dot: Self.small) == Graphviz.render(dot: Self.small))
  }

  @Test(arguments: Graphviz.layouts)
  func everyAllowedLayoutRenders(layout: String) throws {
    let svg = try Graphviz.render(dot: Self.small, layout: layout)
    #expect(XMLCheck.parse(svg).error == nil)
  }

  @Test func availableLayoutsIncludeDot() throws {
    let layouts = try Graphviz.availableLayouts()
    #expect(layouts.contains("dot"))
    #expect(layouts.allSatisfy { Graphviz.layouts.contains($0) })
  }

  @Test func unknownLayoutNamesTheAvailableOnes() {
    do {
      _ = try Graphviz.render(dot: Self.small, layout: "nop; rm -rf /")
      Issue.record("an unknown layout rendered")
    } catch let e as Graphviz.RenderError {
      #expect(e.kind == .unknownLayout)
      #expect(e.message.contains("unknown layout engine 'nop; rm -rf /'"))
      #expect(e.message.contains("dot, neato"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func syntaxErrorCarriesGraphvizMessage() {
    do {
      _ = try Graphviz.render(dot: "digraph g { a -> ; }")
      Issue.record("bad DOT rendered")
    } catch let e as Graphviz.RenderError {
      #expect(e.kind == .syntax)
      #expect(e.message.contains("syntax error"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func emptyInputIsAnError() {
    #expect(throws: Graphviz.RenderError.self) { try Graphviz.render(dot: "") }
  }

  @Test func unknownAndBinaryFormatsAreRefusedAsText() {
    #expect(throws: Graphviz.RenderError.self) { try Graphviz.render(dot: Self.small, format: "exe") }
    #expect(throws: Graphviz.RenderError.self) { try Graphviz.render(dot: Self.small, format: "png") }
  }

  @Test func pngBytesComeBackThroughRenderData() throws {
    let png = try Graphviz.renderData(dot: Self.small, format: "png")
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
  }

  @Test func renderWorksAgainAfterAnError() throws {
    _ = try? Graphviz.render(dot: "graph { -- }")
    #expect(try Graphviz.render(dot: Self.small).contains("<svg"))
  }

  @Test func concurrentRendersAreIdentical() async throws {
    let expected = try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions())
    let results = try await withThrowingTaskGroup(of: String.self) { group in
      for i in 0..<16 {
        group.addTask {
          // Mix in other work so calls really interleave.
          if i % 4 == 0 { _ = try Graphviz.render(dot: Self.small, layout: "neato") }
          return try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions())
        }
      }
      var all: [String] = []
      for try await r in group { all.append(r) }
      return all
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0 == expected })
  }
}

@Suite struct AnonymousGraphTests {
  @Test func anonymousGraphsRenderIdenticallyEveryTime() throws {
    let dot = "/* c */ strict digraph { a -> b }"
    let first = try Graphviz.render(dot: dot)
    _ = try Graphviz.render(dot: "graph { x -- y }")
    #expect(try Graphviz.render(dot: dot) == first)
    #expect(first.contains("<title>G</title>"))
  }

  @Test func namedGraphsKeepTheirName() throws {
    #expect(try Graphviz.render(dot: "digraph \"mine\" { a }").contains("<title>mine</title>"))
    #expect(try Graphviz.render(dot: "graph named { a }").contains("<title>named</title>"))
  }
}
