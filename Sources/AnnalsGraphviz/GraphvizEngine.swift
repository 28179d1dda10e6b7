import CGraphviz
import Foundation

/// Messages cgraph reports through `agseterrf`; touched only while the engine lock is held.
nonisolated(unsafe) private var pendingMessages: [String] = []

/// The one process-wide Graphviz context and the one lock every call goes through.
final class GraphvizEngine: @unchecked Sendable {
  static let shared = GraphvizEngine()

  static let fixHint = """
    . Graphviz found no usable plugins: install them with `apt-get install -y libgraphviz-dev` \
    and, as root, rebuild the plugin list with `libgvc6-config-update -c`
    """

  private let lock = NSLock()
  private var context: OpaquePointer?
  private var failure: String?
  /// How the plugins were found, once the context exists.
  private(set) var source: Graphviz.PluginSource?

  /// Runs `body` with the shared context while holding the lock.
  func withContext<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(try ensureContext())
  }

  /// Creates the context once: config6a first, then a dlopen'ed plugin table.
  private func ensureContext() throws -> OpaquePointer {
    if let context { return context }
    if let failure { throw Graphviz.RenderError(.missingPlugins, failure) }
    _ = agseterrf { message in
      if let message { pendingMessages.append(String(cString: message)) }
      return 0
    }
    if let gvc = gvContext() {
      if Self.usable(gvc) {
        context = gvc
        source = .config
        return gvc
      }
      _ = gvFreeContext(gvc)
    }
    if let gvc = annals_gv_context_without_config() {
      if Self.usable(gvc) {
        context = gvc
        source = .pluginTable
        return gvc
      }
      _ = gvFreeContext(gvc)
    }
    let message = "Graphviz has no 'dot' layout or no 'svg' renderer" + Self.fixHint
    failure = message
    throw Graphviz.RenderError(.missingPlugins, message)
  }

  private static func usable(_ gvc: OpaquePointer) -> Bool {
    annals_gv_has_plugin(gvc, "layout", "dot") != 0 && annals_gv_has_plugin(gvc, "device", "svg") != 0
  }

  /// Clears cgraph's error state before a render (call under the lock).
  static func resetMessages() {
    _ = agreseterrors()
    pendingMessages.removeAll()
  }

  /// The messages since the last reset, trimmed and joined (call under the lock).
  static func takeMessages() -> String {
    let text = pendingMessages
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
      .joined(separator: "; ")
    pendingMessages.removeAll()
    return text
  }
}
