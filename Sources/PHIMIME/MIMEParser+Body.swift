/// The body side of the walker: line-start lookahead for boundaries, streaming elsewhere.
extension MIMEParser {
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A
    private static let dash: UInt8 = 0x2D

    /// Walks body bytes until the chunk ends or a boundary switches to headers.
    func consumeBody(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = p.count
        while i < n && !inHeaders {
            if boundaryCount == 0 && lineBuf.isEmpty {
                // No boundary can end this body: everything is content.
                releaseHeld()
                if pendingCR { pendingCR = false; content([Self.cr]) }
                content(UnsafeBufferPointer(rebasing: p[i..<n]))
                return n
            }
            if atLineStart {
                if lineBuf.isEmpty && p[i] != Self.dash {
                    atLineStart = false
                    releaseHeld()
                    continue
                }
                let limit = min(n, i + max(1, lookahead - lineBuf.count))
                var j = i
                while j < limit && p[j] != Self.lf { j += 1 }
                if j < limit {
                    lineBuf.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...j]))
                    i = j + 1
                    completeBodyLine()
                } else {
                    lineBuf.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<limit]))
                    i = limit
                    if lineBuf.count >= lookahead || (lineBuf.count >= 2 && lineBuf[1] != Self.dash) {
                        releaseLine()
                    }
                }
                continue
            }
            // Mid-line: stream up to the line end.
            var j = i
            while j < n && p[j] != Self.lf { j += 1 }
            if j < n {
                var contentEnd = j
                var eol: [UInt8] = [Self.lf]
                if j > i && p[j - 1] == Self.cr {
                    contentEnd = j - 1
                    eol = [Self.cr, Self.lf]
                    if pendingCR { content([Self.cr]) }
                } else if j == i && pendingCR {
                    eol = [Self.cr, Self.lf]
                } else if pendingCR {
                    content([Self.cr])
                }
                pendingCR = false
                content(UnsafeBufferPointer(rebasing: p[i..<contentEnd]))
                heldEOL = eol
                atLineStart = true
                i = j + 1
            } else {
                if pendingCR { pendingCR = false; content([Self.cr]) }
                if p[n - 1] == Self.cr {
                    content(UnsafeBufferPointer(rebasing: p[i..<(n - 1)]))
                    pendingCR = true
                } else {
                    content(UnsafeBufferPointer(rebasing: p[i..<n]))
                }
                i = n
            }
        }
        return i
    }

    /// A whole line sits in `lineBuf` (with its line end): a boundary, or content.
    private func completeBodyLine() {
        var end = lineBuf.count
        if lineBuf.last == Self.lf { end -= 1 }
        if end > 0 && lineBuf[end - 1] == Self.cr { end -= 1 }
        if let match = matchBoundary(lineBuf[0..<end]) {
            lineBuf.removeAll(keepingCapacity: true)
            heldEOL.removeAll()
            boundary(match.index, close: match.close)
            return
        }
        releaseHeld()
        lineBuf.withUnsafeBufferPointer { content(UnsafeBufferPointer(rebasing: $0[0..<end])) }
        heldEOL = Array(lineBuf[end...])
        lineBuf.removeAll(keepingCapacity: true)
        atLineStart = true
    }

    /// The line in `lineBuf` cannot be a boundary: send it on and stream the rest of the line.
    private func releaseLine() {
        releaseHeld()
        var line = lineBuf
        lineBuf.removeAll(keepingCapacity: true)
        atLineStart = false
        if line.last == Self.cr {
            line.removeLast()
            pendingCR = true
        }
        content(line)
    }

    /// At the end of the message: a last line without line end may still be a boundary.
    func finishBodyLine() {
        if !lineBuf.isEmpty {
            var end = lineBuf.count
            if lineBuf.last == Self.cr { end -= 1 }
            if let match = matchBoundary(lineBuf[0..<end]) {
                lineBuf.removeAll()
                heldEOL.removeAll()
                boundary(match.index, close: match.close)
                return
            }
            releaseLine()
        }
        if pendingCR { pendingCR = false; content([Self.cr]) }
        releaseHeld()
    }

    /// Sends the held line end of the previous line: the next line is not a boundary.
    func releaseHeld() {
        if !heldEOL.isEmpty {
            let eol = heldEOL
            heldEOL.removeAll()
            content(eol)
        }
    }

    /// Finds the innermost open multipart whose boundary this line is: "--b" or "--b--",
    /// optionally followed by whitespace.
    func matchBoundary(_ line: ArraySlice<UInt8>) -> (index: Int, close: Bool)? {
        guard boundaryCount > 0, line.count >= 2, line.first == Self.dash,
              line[line.startIndex + 1] == Self.dash else { return nil }
        let body = line.dropFirst(2)
        for k in stride(from: containers.count - 1, through: 0, by: -1) {
            guard let b = containers[k].boundary, body.count >= b.count, body.starts(with: b) else { continue }
            var rest = body.dropFirst(b.count)
            if rest.first == 0x20 || rest.first == 0x09 {
                rest = rest.drop(while: { $0 == 0x20 || $0 == 0x09 })  // boundary parameters sent with trailing spaces
            }
            var close = false
            if rest.count >= 2 && rest.first == Self.dash && rest[rest.startIndex + 1] == Self.dash {
                close = true
                rest = rest.dropFirst(2)
            }
            if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == Self.cr }) { return (k, close) }
        }
        return nil
    }

    func content(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { content($0) }
    }

    /// Hands body bytes to the current sink.
    func content(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        switch sink {
        case .discard:
            return
        case .leaf:
            leaf?.feed(bytes)
        case .preamble:
            if preamble.count + bytes.count <= limits.maxPreambleBytes {
                preamble.append(contentsOf: bytes)
                return
            }
            // No boundary yet and a long preamble: walk it as text rather than lose it.
            startPreambleLeaf()
            leaf?.feed(bytes)
        }
    }
}
