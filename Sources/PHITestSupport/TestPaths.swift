import Foundation
import PHIDetect
import PHIPacks

/// Locations in the source tree and the shipped packs, for tests.
public enum TestPaths {
    /// The repository root (found from this file's path).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var patterns: String { root + "/Patterns" }
    public static var corpus: String { root + "/Corpus" }
}

/// The shipped packs, loaded once per test process.
public enum TestPacks {
    private static let loaded: Result<PackLibrary, PackError> = Result { () throws(PackError) in
        try PackLibrary.load(directory: TestPaths.patterns)
    }

    /// The default rule set; fails the test process loudly when the packs do not load.
    public static func library() throws -> PackLibrary {
        try loaded.get()
    }

    /// A fixed key so fingerprints are stable in tests.
    public static let fingerprinter = Fingerprinter(key: Array("phi-milter-tests".utf8))
}

/// Feeds data in fixed-size chunks.
public enum Chunking {
    /// Splits `bytes` into chunks of `size` (the last may be shorter).
    public static func chunks(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
        stride(from: 0, to: bytes.count, by: max(1, size)).map { bytes[$0..<min(bytes.count, $0 + max(1, size))] }
    }

    /// Scans `text` fed in chunks of `size` bytes.
    public static func scan(_ text: String, size: Int, rules: RuleSet, part: String = "") -> [Finding] {
        let scanner = Scanner(rules: rules, fingerprinter: TestPacks.fingerprinter, part: part)
        for chunk in chunks(Array(text.utf8), size: size) { scanner.feed(chunk) }
        return scanner.finish()
    }

    /// The chunk sizes every streaming test uses.
    public static let sizes = [1, 7, 4096, 65_535]
}
