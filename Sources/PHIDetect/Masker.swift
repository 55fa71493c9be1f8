/// Renders a matched value with most characters replaced by `*`, keeping separators.
enum Masker {
    static func mask(_ text: String, style: RuleDefinition.MaskStyle) -> String {
        let chars = Array(text)
        let alnumCount = chars.filter { $0.isLetter || $0.isNumber }.count
        var out = ""
        out.reserveCapacity(chars.count)
        switch style {
        case .all:
            for c in chars { out.append(c.isLetter || c.isNumber ? "*" : c) }
        case .initials:
            var atWordStart = true
            for c in chars {
                if c.isLetter || c.isNumber {
                    out.append(atWordStart ? c : "*")
                    atWordStart = false
                } else {
                    out.append(c)
                    atWordStart = true
                }
            }
        case .last4:
            let keepFrom = alnumCount >= 8 ? alnumCount - 4 : Int.max
            var seen = 0
            for c in chars {
                if c.isLetter || c.isNumber {
                    let keep = alnumCount >= 8 ? seen >= keepFrom : seen == 0
                    out.append(keep ? c : "*")
                    seen += 1
                } else {
                    out.append(c)
                }
            }
        }
        return out
    }
}
