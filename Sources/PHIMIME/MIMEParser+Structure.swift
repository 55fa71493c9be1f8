/// The tree side of the walker: header blocks, part starts, boundaries and closing.
extension MIMEParser {
    /// Handles one complete header line (without its line end).
    func headerLine(_ line: ArraySlice<UInt8>, eol: [UInt8]) {
        header.lines += 1
        if let match = matchBoundary(line) {
            finishHeaders()
            boundary(match.index, close: match.close)
            return
        }
        if header.overflow {
            if line.isEmpty { finishHeaders() }  // past maxHeaderBytes: skip to the blank line
            return
        }
        let first = line.first
        let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if isBlank && (line.isEmpty || header.current.isEmpty) {
            finishHeaders()
            return
        }
        if (first == 0x20 || first == 0x09) && !header.current.isEmpty {
            addToBlock(line, fold: true)
            return
        }
        if HeaderBlock.isHeaderLine(line) {
            completeHeader()
            addToBlock(line, fold: false)
            return
        }
        if header.lines == 1 && header.context.headerPath == "" && line.starts(with: Array("From ".utf8)) {
            return  // an mbox separator before the first header
        }
        // Not a header: the header block is over and this line is the first of the body.
        finishHeaders()
        let again = Array(line) + eol
        again.withUnsafeBufferPointer { consume($0) }
    }

    private func addToBlock(_ line: ArraySlice<UInt8>, fold: Bool) {
        guard !header.overflow else { return }
        header.bytes += line.count + 2
        if header.bytes > limits.maxHeaderBytes {
            header.overflow = true
            problem("mime.header_too_long", header.context.headerPath ?? header.context.path)
            completeHeader()
            return
        }
        header.current.append(contentsOf: line)
    }

    /// Ends the current header: reports it and keeps the fields that shape the part.
    private func completeHeader() {
        guard !header.current.isEmpty else { return }
        let raw = header.current
        header.current.removeAll(keepingCapacity: true)
        guard let colon = raw.firstIndex(of: 0x3A) else { return }
        let name = HeaderText.string(raw[..<colon]).trimmingSpaces()
        let value = HeaderText.string(raw[(colon + 1)...]).trimmingSpaces()
        if let path = header.context.headerPath {
            emit(.header(name: name, value: HeaderText.decodeEncodedWords(value), path: path))
        }
        switch name.lowercased() {
        case "content-type": if header.contentType == nil { header.contentType = value }
        case "content-disposition": if header.disposition == nil { header.disposition = value }
        case "content-transfer-encoding": if header.transferEncoding == nil { header.transferEncoding = value }
        default: break
        }
    }

    /// The header block is over: start the entity it describes.
    func finishHeaders() {
        completeHeader()
        let block = header
        let ctx = block.context
        inHeaders = false
        header = HeaderBlock(context: ctx)
        atLineStart = true
        setSink(.discard)

        let ct = HeaderParameters(block.contentType ?? "")
        var type = ct.value
        if !type.contains("/") || type.hasPrefix("/") || type.hasSuffix("/") { type = ctx.defaultType }
        let disposition = block.disposition.map { HeaderParameters($0) }
        let cte = block.transferEncoding.map { HeaderParameters($0).value } ?? ""
        var filename = disposition?.parameters["filename"] ?? ct.parameters["name"]
        filename = filename.map { HeaderText.decodeEncodedWords($0) }
        var info = PartInfo(path: ctx.path, contentType: type, parameters: ct.parameters,
                            charset: ct.parameters["charset"], filename: filename,
                            disposition: disposition.flatMap { $0.value.isEmpty ? nil : $0.value },
                            transferEncoding: cte.isEmpty ? "7bit" : cte, depth: ctx.depth)

        guard partCount < limits.maxParts else {
            if !reportedTooManyParts { problem("mime.too_many_parts", ctx.path) }
            reportedTooManyParts = true
            return
        }
        if type.hasPrefix("multipart/") {
            // Trailing spaces are not part of a boundary (RFC 2046); boundary lines may carry them anyway.
            var boundary = Array((ct.parameters["boundary"] ?? "").utf8)
            while let last = boundary.last, last == 0x20 || last == 0x09 { boundary.removeLast() }
            if !boundary.isEmpty {
                partCount += 1
                info.path = ctx.containerPath
                emit(.partStart(info))
                push(MIMEContainer(boundary: boundary, path: ctx.containerPath, depth: ctx.depth,
                                   isDigest: type == "multipart/digest"))
                setSink(.preamble)
                return
            }
            problem("mime.missing_boundary", ctx.containerPath)
            info.contentType = "text/plain"
        }
        let identity = ["7bit", "8bit", "binary"].contains(info.transferEncoding)
        if (type == "message/rfc822" || type == "message/global") && identity {
            partCount += 1
            emit(.partStart(info))
            push(MIMEContainer(boundary: nil, path: ctx.path, depth: ctx.depth))
            let inner = EntityContext.messageRoot(ctx.path, depth: ctx.depth + 1)
            if inner.depth > limits.maxDepth {
                problem("mime.too_deep", inner.path)
            } else {
                inHeaders = true
                header = HeaderBlock(context: inner)
            }
            return
        }
        let encoded = info.transferEncoding == "base64" || info.transferEncoding == "quoted-printable"
        if !identity && !encoded {
            problem("mime.encoding_unknown", ctx.path)
        }
        partCount += 1
        emit(.partStart(info))
        var nested: MIMEParser?
        if type == "message/rfc822" || type == "message/global" {
            // An encoded message (not allowed, but sent): walk its decoded bytes with a parser of its own.
            if ctx.depth + 1 > limits.maxDepth {
                problem("mime.too_deep", EntityContext.childPath(ctx.path, 1))
                emit(.partEnd(path: ctx.path))
                return
            }
            var inner = limits
            inner.maxParts = max(0, limits.maxParts - partCount)
            nested = MIMEParser(limits: inner, messagePath: ctx.path, depth: ctx.depth + 1)
        }
        leaf = LeafDecoder(info: info, nested: nested)
        sink = .leaf
    }

    /// A boundary line of the container at `index`: close what is inside it, then start its next
    /// child or, for "--b--", close it.
    func boundary(_ index: Int, close: Bool) {
        let firstDelimiter = !close && index == containers.count - 1 && sink == .preamble
        closeAbove(index, recoverPreamble: !firstDelimiter)
        if close {
            popContainer(closed: true)
            setSink(.discard)
            atLineStart = true
            return
        }
        containers[index].childCount += 1
        let parent = containers[index]
        let path = EntityContext.childPath(parent.path, parent.childCount)
        let ctx = EntityContext(path: path, containerPath: path, depth: parent.depth + 1, headerPath: nil,
                                defaultType: parent.isDigest ? "message/rfc822" : "text/plain")
        atLineStart = true
        if ctx.depth > limits.maxDepth {
            problem("mime.too_deep", path)
            setSink(.discard)
            return
        }
        inHeaders = true
        header = HeaderBlock(context: ctx)
    }

    /// Ends everything open at the end of the message.
    func closeAll() {
        closeAbove(-1, recoverPreamble: true)
    }

    /// Ends the open entity and every container above `index`.
    private func closeAbove(_ index: Int, recoverPreamble: Bool) {
        var guardCount = 0
        while inHeaders && guardCount < limits.maxDepth + 4 {
            finishHeaders()
            guardCount += 1
        }
        inHeaders = false
        endSink(recoverPreamble: recoverPreamble)
        while containers.count > index + 1 {
            popContainer(closed: false)
        }
    }

    /// Ends the current sink: a leaf's decoders are flushed; an unused preamble may be kept as text.
    private func endSink(recoverPreamble: Bool) {
        if sink == .preamble && recoverPreamble, let top = containers.last, top.childCount == 0,
           preamble.contains(where: { $0 > 0x20 }) {
            startPreambleLeaf()
        }
        setSink(.discard)
    }

    /// Turns the held preamble of the innermost multipart into its first child, a text part.
    func startPreambleLeaf() {
        guard let top = containers.indices.last else { return }
        problem("mime.missing_boundary", containers[top].path)
        containers[top].childCount += 1
        let path = EntityContext.childPath(containers[top].path, containers[top].childCount)
        let info = PartInfo(path: path, depth: containers[top].depth + 1)
        partCount += 1
        emit(.partStart(info))
        let held = preamble
        preamble = []
        leaf = LeafDecoder(info: info)
        sink = .leaf
        held.withUnsafeBufferPointer { leaf?.feed($0) }
    }

    /// Switches the body sink, ending a leaf part or dropping a preamble.
    func setSink(_ next: Sink) {
        if let current = leaf {
            current.drain(end: true, into: &events)
            emit(.partEnd(path: current.info.path))
            leaf = nil
        }
        preamble = []
        pendingCR = false
        heldEOL.removeAll()
        sink = next
    }

    private func push(_ container: MIMEContainer) {
        containers.append(container)
        updateBoundaries()
    }

    private func popContainer(closed: Bool) {
        guard let top = containers.popLast() else { return }
        if top.boundary != nil && !closed { problem("mime.missing_boundary", top.path) }
        emit(.partEnd(path: top.path))
        updateBoundaries()
    }

    private func updateBoundaries() {
        var count = 0
        var longest = 0
        for c in containers {
            if let b = c.boundary {
                count += 1
                longest = max(longest, b.count)
            }
        }
        boundaryCount = count
        lookahead = longest + 2 + 2 + 256 + 2
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
