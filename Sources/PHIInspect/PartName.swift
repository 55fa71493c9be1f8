/// The rendering of a file or entry name in a part path: the name can itself be PHI
/// (`Smith John 512-48-7731.doc`), and part paths go into `scan` output, logs and audit records.
///
/// Each `/`-separated component keeps its extension and the first letter of each word; every other
/// letter and every digit becomes `*`. Separators and punctuation stay, so the shape is readable:
/// `Smith John 512-48-7731.doc` → `S**** J*** ***-**-****.doc`.
enum PartName {
    /// The masked rendering of a name or an archive path.
    static func masked(_ name: String) -> String {
        name.split(separator: "/", omittingEmptySubsequences: false).map { maskComponent(Substring($0)) }
            .joined(separator: "/")
    }

    private static func maskComponent(_ component: Substring) -> String {
        var stem = component
        var ext: Substring = ""
        if let dot = component.lastIndex(of: "."), dot != component.startIndex {
            let candidate = component[component.index(after: dot)...]
            if (1...5).contains(candidate.count), candidate.allSatisfy({ $0.isASCII && $0.isLetter || $0.isNumber }),
               candidate.contains(where: \.isLetter) {
                stem = component[..<dot]
                ext = component[dot...]
            }
        }
        var out = ""
        var atWordStart = true
        for ch in stem {
            if ch.isLetter || ch.isNumber {
                out.append(atWordStart && ch.isLetter && ch.isASCII ? ch : "*")
                atWordStart = false
            } else {
                out.append(ch.isWhitespace || ch.isASCII ? ch : "*")
                atWordStart = true
            }
        }
        return out + ext
    }
}
