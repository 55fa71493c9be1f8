import Foundation

/// The words a sender puts in the Subject to ask for encryption (`policy.encrypt_trigger`).
///
/// Matched case-insensitively anywhere in the Subject as sent; a match forces encryption and
/// the trigger is removed (with the blanks around it collapsed) from the Subject.
public struct SubjectTrigger: Sendable, Equatable {
    let triggers: [String]

    public init(_ triggers: [String]) {
        self.triggers = triggers.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The Subject without its triggers when one occurs, else nil.
    public func strip(_ subject: String) -> String? {
        guard !triggers.isEmpty else { return nil }
        var out = subject
        var found = false
        for t in triggers {
            while let r = out.range(of: t, options: [.caseInsensitive]) {
                out.removeSubrange(r)
                found = true
            }
        }
        guard found else { return nil }
        let words = out.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.joined(separator: " ")
    }
}
