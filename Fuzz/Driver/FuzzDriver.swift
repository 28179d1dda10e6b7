import AnnalsFuzzEntries

#if canImport(Glibc)
  import Glibc
#endif

/// The target this process fuzzes, from ANNALS_FUZZ_TARGET (scripts/fuzz.sh sets it).
let fuzzTarget: String = {
  let name = getenv("ANNALS_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  guard FuzzTargets.names.contains(name) else {
    let message = "set ANNALS_FUZZ_TARGET to one of: \(FuzzTargets.names.joined(separator: ", "))\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(2)
  }
  return name
}()

/// libFuzzer's entry point: one input per call.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) } ?? []
  FuzzTargets.run(fuzzTarget, bytes)
  return 0
}

/// libFuzzer's driver loop (part of the runtime -sanitize=fuzzer links in).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// SwiftPM names an executable's entry point after its target and points `main` at it;
/// this one hands control to libFuzzer.
@_cdecl("annals_fuzz_main")
public func annalsFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var vector = argv
  return runFuzzerDriver(&count, &vector) { data, size in fuzzOne(data, size) }
}
