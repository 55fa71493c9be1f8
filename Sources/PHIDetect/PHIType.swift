/// The canonical finding types (DESIGN §5): the only names a rule, a finding, a header or a
/// configuration list may use. A pack may not invent one; pack loading and the configuration
/// check refuse any other name, and both ask here.
public enum PHIType {
    /// Every type, in the documented order.
    public static let all: [String] = [
        "SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB", "DATE", "NAME", "PHONE", "FAX",
        "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL", "DEVICE_ID", "LICENSE", "DIAGNOSIS", "MEDICATION", "CARE",
    ]

    private static let known = Set(all)

    /// Whether `name` is a canonical type (exact, upper case).
    public static func isKnown(_ name: String) -> Bool { known.contains(name) }

    /// The list for an error text: `expected one of SSN, MRN, ...`.
    public static var expected: String { "expected one of " + all.joined(separator: ", ") }
}
