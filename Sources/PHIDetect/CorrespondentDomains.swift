/// The mail domains a message's correspondents write from, as the organisations they name.
///
/// A firm named for its founders reads as a person ("Halloran Reyes" at halloranreyes-law.com,
/// "Harlan Cross" at harlancross.com), and its newsletters and letters carry the care words of
/// the clients it serves. A name whose words, joined, open or close a label of one of the
/// message's address domains is that organisation's name, not a patient's.
///
/// Only names of two words or more, of at least ``minimumLetters`` letters together, are compared:
/// a one-word family name ("Reyes") is too often both a person and part of a domain.
public struct CorrespondentDomains: Sendable {
    /// Letters a name must have, its words joined, to be compared with a domain's labels.
    public static let minimumLetters = 8
    /// Domains kept at most (a message to a long list repeats a few domains).
    static let maximumLabels = 64

    /// Each label of the domains, lower-case ASCII letters only ("halloranreyes-law" → "halloranreyeslaw").
    private(set) var labels: Set<[UInt8]> = []

    public init() {}

    /// The domains of every address (`local@domain`) in `text`, an address header's value.
    public init(addressHeader text: String) {
        add(addressHeader: text)
    }

    public var isEmpty: Bool { labels.isEmpty }

    /// Adds the domains of the addresses in an address header's value.
    public mutating func add(addressHeader text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "@") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, Self.isDomainByte(bytes[j]) { j += 1 }
            addDomain(bytes[(i + 1)..<j])
            i = j
        }
    }

    private mutating func addDomain(_ domain: ArraySlice<UInt8>) {
        let parts = domain.split(separator: UInt8(ascii: "."))
        // The last label is the top-level domain; a name never stands there.
        for part in parts.dropLast() where labels.count < Self.maximumLabels {
            let letters = part.compactMap { b -> UInt8? in
                let lower = b | 0x20
                return lower >= 0x61 && lower <= 0x7A ? lower : nil
            }
            if letters.count >= Self.minimumLetters { labels.insert(letters) }
        }
    }

    /// Whether `name` (a NAME finding's value) is the name of one of these domains' organisations:
    /// two words or more whose letters, joined and folded to ASCII, open or close one of the labels.
    public func namesOrganisation(_ name: String) -> Bool {
        guard !labels.isEmpty else { return false }
        let words = Validators.foldLatin(name.lowercased()).split(whereSeparator: { !$0.isLetter })
        guard words.count >= 2 else { return false }
        let joined = Array(words.joined().utf8)
        guard joined.count >= Self.minimumLetters, joined.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return labels.contains { label in
            label.count >= joined.count
                && (label.starts(with: joined) || label.reversed().starts(with: joined.reversed()))
        }
    }

    private static func isDomainByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == UInt8(ascii: "-")
            || b == UInt8(ascii: ".")
    }
}
