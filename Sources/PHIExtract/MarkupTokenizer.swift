/// An event from `MarkupTokenizer`.
enum MarkupEvent {
    /// Character data, entities already decoded (may arrive in several pieces).
    case text([UInt8])
    /// A start tag: local name (lowercased in HTML mode), raw attribute bytes, and whether it ends in `/>`.
    case start(name: [UInt8], attributes: [UInt8], selfClosing: Bool)
    /// An end tag: local name (lowercased in HTML mode).
    case end(name: [UInt8])
}

/// A streaming tokenizer for HTML and XML: tags, text with entities decoded; comments,
/// processing instructions and declarations dropped; CDATA kept as text.
///
/// Bytes may be fed in chunks split anywhere (inside tags, entities, comments); the events'
/// concatenated text and tag sequence do not depend on the split; only tags and chunk ends split
/// text (a comment or CDATA section does not). In HTML mode `<script>` and
/// `<style>` content is skipped and tag names are lowercased.
struct MarkupTokenizer {
    private enum State {
        case text, entity, tagOpen, tagName, attributes, endTagName, endTagRest
        case bang, comment, cdata, declaration, processing, rawText
    }

    let html: Bool
    private var state = State.text
    private var textBuffer: [UInt8] = []
    private var entity: [UInt8] = []
    private var name: [UInt8] = []
    private var attributes: [UInt8] = []
    private var quote: UInt8 = 0
    private var bang: [UInt8] = []
    private var dashes = 0
    private var rawEnd: [UInt8] = []
    private var rawMatched = 0
    private static let maxName = 128
    private static let maxAttributes = 65_536

    init(html: Bool) {
        self.html = html
    }

    /// Tokenizes the next chunk, calling `emit` for each event.
    mutating func feed(_ bytes: some Collection<UInt8>, _ emit: (MarkupEvent) -> Void) {
        for byte in bytes {
            step(byte, emit)
        }
        flushText(emit)
    }

    /// Ends the input: a dangling entity is emitted as written; an open tag is dropped.
    mutating func finish(_ emit: (MarkupEvent) -> Void) {
        if state == .entity {
            textBuffer.append(UInt8(ascii: "&"))
            textBuffer.append(contentsOf: entity)
            entity.removeAll()
        } else if state == .tagOpen {
            textBuffer.append(UInt8(ascii: "<"))
        }
        state = .text
        flushText(emit)
    }

    private mutating func flushText(_ emit: (MarkupEvent) -> Void) {
        if !textBuffer.isEmpty {
            emit(.text(textBuffer))
            textBuffer.removeAll(keepingCapacity: true)
        }
    }

    private mutating func step(_ b: UInt8, _ emit: (MarkupEvent) -> Void) {
        switch state {
        case .text:
            if b == UInt8(ascii: "<") {
                state = .tagOpen
            } else if b == UInt8(ascii: "&") {
                state = .entity
                entity.removeAll(keepingCapacity: true)
            } else {
                textBuffer.append(b)
            }
        case .entity:
            if b == UInt8(ascii: ";") {
                if let decoded = EntityDecoder.decode(entity, html: html) {
                    textBuffer.append(contentsOf: decoded)
                } else {
                    textBuffer.append(UInt8(ascii: "&"))
                    textBuffer.append(contentsOf: entity)
                    textBuffer.append(b)
                }
                state = .text
            } else if (Self.isNameByte(b) || b == UInt8(ascii: "#")) && entity.count < 32 {
                entity.append(b)
            } else {
                if html, let decoded = EntityDecoder.decodeLegacy(entity) {
                    textBuffer.append(contentsOf: decoded)
                } else {
                    textBuffer.append(UInt8(ascii: "&"))
                    textBuffer.append(contentsOf: entity)
                }
                state = .text
                step(b, emit)
            }
        case .tagOpen:
            if b == UInt8(ascii: "/") {
                state = .endTagName
                name.removeAll(keepingCapacity: true)
            } else if b == UInt8(ascii: "!") {
                state = .bang
                bang.removeAll(keepingCapacity: true)
            } else if b == UInt8(ascii: "?") {
                state = .processing
                dashes = 0
            } else if Self.isLetter(b) || (!html && (b == UInt8(ascii: "_") || b >= 0x80)) {
                state = .tagName
                name.removeAll(keepingCapacity: true)
                attributes.removeAll(keepingCapacity: true)
                appendName(b)
            } else {
                textBuffer.append(UInt8(ascii: "<"))
                state = .text
                step(b, emit)
            }
        case .tagName:
            if Self.isSpace(b) || b == UInt8(ascii: "/") {
                state = .attributes
                quote = 0
                attributes.append(b)
            } else if b == UInt8(ascii: ">") {
                endStartTag(emit)
            } else {
                appendName(b)
            }
        case .attributes:
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"))
                        && attributes.last(where: { !Self.isSpace($0) }) == UInt8(ascii: "=") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                endStartTag(emit)
                return
            }
            if attributes.count < Self.maxAttributes { attributes.append(b) }
        case .endTagName:
            if b == UInt8(ascii: ">") {
                endEndTag(emit)
            } else if Self.isSpace(b) {
                state = .endTagRest
            } else {
                appendName(b)
            }
        case .endTagRest:
            if b == UInt8(ascii: ">") { endEndTag(emit) }
        case .bang:
            bang.append(b)
            if bang == [UInt8(ascii: "-"), UInt8(ascii: "-")] {
                state = .comment
                dashes = 0
            } else if bang == Array("[CDATA[".utf8) {
                state = .cdata
                dashes = 0
            } else if !(Array("--".utf8).starts(with: bang) || Array("[CDATA[".utf8).starts(with: bang)) {
                state = b == UInt8(ascii: ">") ? .text : .declaration
            }
        case .comment:
            if b == UInt8(ascii: "-") {
                dashes += 1
            } else if b == UInt8(ascii: ">") && dashes >= 2 {
                state = .text
            } else {
                dashes = 0
            }
        case .cdata:
            if b == UInt8(ascii: "]") {
                dashes += 1
            } else if b == UInt8(ascii: ">") && dashes >= 2 {
                textBuffer.append(contentsOf: repeatElement(UInt8(ascii: "]"), count: dashes - 2))
                state = .text
                dashes = 0
            } else {
                textBuffer.append(contentsOf: repeatElement(UInt8(ascii: "]"), count: dashes))
                dashes = 0
                textBuffer.append(b)
            }
        case .declaration:
            if b == UInt8(ascii: ">") { state = .text }
        case .processing:
            if b == UInt8(ascii: ">") && dashes == 1 {
                state = .text
            } else {
                dashes = b == UInt8(ascii: "?") ? 1 : 0
            }
        case .rawText:
            let want = rawEnd[rawMatched]
            if Self.lower(b) == want {
                rawMatched += 1
                if rawMatched == rawEnd.count {
                    name = Array(rawEnd.dropFirst(2))
                    state = .endTagRest
                }
            } else {
                rawMatched = Self.lower(b) == rawEnd[0] ? 1 : 0
            }
        }
    }

    private mutating func appendName(_ b: UInt8) {
        if b == UInt8(ascii: ":") && !html {
            name.removeAll(keepingCapacity: true)
            return
        }
        if name.count < Self.maxName { name.append(html ? Self.lower(b) : b) }
    }

    private mutating func endStartTag(_ emit: (MarkupEvent) -> Void) {
        flushText(emit)
        var selfClosing = false
        if let last = attributes.last(where: { !Self.isSpace($0) }), last == UInt8(ascii: "/") {
            selfClosing = true
        }
        emit(.start(name: name, attributes: attributes, selfClosing: selfClosing))
        if selfClosing && !html { emit(.end(name: name)) }
        state = .text
        if html && !selfClosing && (name == Array("script".utf8) || name == Array("style".utf8)) {
            rawEnd = Array("</".utf8) + name
            rawMatched = 0
            state = .rawText
        }
    }

    private mutating func endEndTag(_ emit: (MarkupEvent) -> Void) {
        flushText(emit)
        emit(.end(name: name))
        state = .text
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) }
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The value of attribute `wanted` (local name, prefix ignored, any case) in raw attribute bytes.
    static func attribute(_ wanted: String, in raw: [UInt8]) -> String? {
        let key = wanted.lowercased()
        return attributes(in: raw).first { $0.name.lowercased() == key }?.value
    }

    /// All attributes in raw attribute bytes: local names and values with entities decoded.
    static func attributes(in raw: [UInt8]) -> [(name: String, value: String)] {
        var found: [(name: String, value: String)] = []
        var i = 0
        let n = raw.count
        while i < n {
            while i < n && (isSpace(raw[i]) || raw[i] == UInt8(ascii: "/")) { i += 1 }
            let nameStart = i
            while i < n && raw[i] != UInt8(ascii: "=") && !isSpace(raw[i]) && raw[i] != UInt8(ascii: "/") { i += 1 }
            var attrName = Array(raw[nameStart..<i])
            if let colon = attrName.lastIndex(of: UInt8(ascii: ":")) { attrName = Array(attrName[(colon + 1)...]) }
            while i < n && isSpace(raw[i]) { i += 1 }
            var value: [UInt8] = []
            if i < n && raw[i] == UInt8(ascii: "=") {
                i += 1
                while i < n && isSpace(raw[i]) { i += 1 }
                if i < n && (raw[i] == UInt8(ascii: "\"") || raw[i] == UInt8(ascii: "'")) {
                    let q = raw[i]
                    i += 1
                    let start = i
                    while i < n && raw[i] != q { i += 1 }
                    value = Array(raw[start..<i])
                    i += 1
                } else {
                    let start = i
                    while i < n && !isSpace(raw[i]) { i += 1 }
                    value = Array(raw[start..<i])
                }
            } else if i == nameStart {
                i += 1
                continue
            }
            if !attrName.isEmpty {
                found.append((String(decoding: attrName, as: UTF8.self),
                              String(decoding: EntityDecoder.decodeAll(value), as: UTF8.self)))
            }
        }
        return found
    }
}
