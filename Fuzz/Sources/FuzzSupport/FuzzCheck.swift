#if canImport(Glibc)
import Glibc
#endif

/// Invariants a target checks beyond "does not crash": a broken one stops the run like a crash,
/// so libFuzzer saves the input.
public enum FuzzCheck {
    /// Stops the run when `a` and `b` differ, printing both (the inputs are synthetic, never mail).
    public static func same<T: Equatable>(_ a: T, _ b: T, _ what: @autoclosure () -> String) {
        guard a != b else { return }
        fail("\(what())\n--- whole:\n\(a)\n--- chunked:\n\(b)")
    }

    /// Stops the run with `message` on standard error.
    public static func fail(_ message: String) -> Never {
        let line = Array("fuzz invariant broken: \(message)\n".utf8)
        line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
