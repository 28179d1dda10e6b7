/// Turns the bytes of an input into text, refusing what is clearly not text.
enum TextDecoding {
  /// Decodes UTF-8 (dropping a byte-order mark), replacing invalid sequences with U+FFFD.
  ///
  /// Fails for binary data (NUL bytes, or mostly control characters) and for input that
  /// holds nothing but whitespace. A repaired input gets a warning diagnostic.
  static func decode(_ bytes: [UInt8], source: String) -> Result<(text: String, diagnostics: [Diagnostic]), InputError> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if looksBinary(body) { return .failure(InputError(source, "looks like a binary file")) }
    var diagnostics: [Diagnostic] = []
    let text: String
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: body, as: UTF8.self)
      let count = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
      diagnostics.append(
        Diagnostic(.warning, source, "invalid UTF-8: \(count) replacement character(s) inserted"))
    }
    if isBlank(text) { return .failure(InputError(source, "file is empty")) }
    return .success((text, diagnostics))
  }

  /// True when the text holds no visible character.
  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || Tokenizer.isInvisible($0) }
  }

  /// NUL bytes, or more than 30% control bytes in the first 4 KiB.
  static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
    if bytes.contains(0) { return true }
    let sample = bytes.prefix(4096)
    guard !sample.isEmpty else { return false }
    var control = 0
    for b in sample where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F {
      control += 1
    }
    return control * 10 > sample.count * 3
  }
}
