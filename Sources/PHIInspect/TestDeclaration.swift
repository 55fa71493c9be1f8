#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PHIDetect

/// A message that declares the records it carries test or sample data: training mail pastes HL7,
/// X12 and FHIR examples ("synthetic data from the implementation guide - not a real person", "the
/// standard's placeholder patient") whose values read like any patient's, and a record's own
/// segments are too far from those words for a rule's `test` evidence to see them.
///
/// When the Subject or the opening of the first text part holds one of the pack's declarations
/// (keyword list `test_declared`), the findings read from records (interchange documents and
/// tables inside a text part, and attachments) count at `low` at most, with evidence `test`
/// naming that list. Prose keeps its own reading: a patient named in the body is judged by the
/// words around them, as always.
enum TestDeclaration {
    /// Whether `text` holds one of `phrases` (lower case) as whole words, ASCII letters folded.
    static func declares(_ text: [UInt8], phrases: [String]) -> Bool {
        guard !phrases.isEmpty, !text.isEmpty else { return false }
        let lower = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        return lower.withUnsafeBytes { hay -> Bool in
            guard let base = hay.baseAddress else { return false }
            for phrase in phrases {
                let p = Array(phrase.utf8)
                guard !p.isEmpty, p.count <= hay.count else { continue }
                // memchr finds each place the phrase's first byte occurs; memcmp checks the rest.
                let found = p.withUnsafeBytes { needle -> Bool in
                    var from = 0
                    while from + p.count <= hay.count,
                          let hit = memchr(base + from, Int32(p[0]), hay.count - p.count + 1 - from) {
                        let i = base.distance(to: UnsafeRawPointer(hit))
                        if memcmp(base + i, needle.baseAddress!, p.count) == 0,
                           i == 0 || !isWordByte(hay[i - 1]), i + p.count == hay.count || !isWordByte(hay[i + p.count]) {
                            return true
                        }
                        from = i + 1
                    }
                    return false
                }
                if found { return true }
            }
            return false
        }
    }

    /// Whether a finding of part `part` was read from a record: an interchange document or a table
    /// inside a text part (`1#x12-line6`, `1#table-line3`) or an attachment (`2:claims.x12`).
    static func isRecordPart(_ part: String) -> Bool {
        part.contains("#") || part.contains(":")
    }

    /// `findings` with those read from records at `low` at most.
    static func demote(_ findings: [Finding]) -> [Finding] {
        findings.map { f in
            guard f.level > .low, isRecordPart(f.part) else { return f }
            var f = f
            f.level = .low
            f.evidence.append(Evidence(name: "test", source: RuleSet.testDeclarationList, distance: 0))
            return f
        }
    }
}
