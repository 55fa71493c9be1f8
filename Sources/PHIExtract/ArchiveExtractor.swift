/// Walks the entries of one archive (zip, tar, gzip, bzip2, xz, 7z, rar) and extracts each by kind.
///
/// Limits are checked while data streams, block by block, so a bomb is stopped early: entries per
/// message, expanded bytes per message, expanded : compressed ratio per archive and per entry,
/// bytes per entry. Binary entries other than images are skipped after their first block.
struct ArchiveExtractor {
    let run: ExtractionRun
    let spool: Spool
    let kind: ContentKind
    let path: String
    let depth: Int

    /// What reading one entry's data ended in.
    enum EntryRead {
        case spooled(Spool)
        case skipped
        case stopArchive
    }

    func extract() {
        let compressed = kind == .gzip || kind == .bzip2 || kind == .xz
        if walk(formats: []) == .emptyButCompressed && compressed {
            // A stream that opens with zero blocks reads as an empty tar; read it as one raw member instead.
            _ = walk(formats: ["raw"])
        }
    }

    /// How a walk over the entries ended.
    enum WalkEnd {
        case done
        case emptyButCompressed
    }

    private func walk(formats: Set<String>) -> WalkEnd {
        let compressed = kind == .gzip || kind == .bzip2 || kind == .xz
        guard let reader = ArchiveReader(spool: spool, raw: compressed, formats: formats) else {
            run.unscannable("archive.corrupt", path)
            return .done
        }
        var meter = RatioMeter(compressed: spool.count)
        var sawEntry = false
        while !run.timeIsUp(path) {
            switch reader.next() {
            case .end:
                if !sawEntry && compressed && reader.filterCount > 1 && !reader.isRaw { return .emptyButCompressed }
                if !sawEntry && spool.count > 0 && !reader.isRaw { run.unscannable("archive.corrupt", path) }
                return .done
            case .failed(let code):
                run.unscannable(code, path)
                return .done
            case .entry(let entry):
                sawEntry = true
                guard entry.isFile else { continue }
                if reader.isRaw && reader.filterCount < 2 {
                    // Nothing decompressed it: the stream is not what its signature claimed.
                    run.unscannable("archive.corrupt", path)
                    return .done
                }
                let name = reader.isRaw ? rawName() : entry.path
                let entryPath = ExtractionRun.join(path, name)
                if entry.isEncrypted {
                    run.unscannable("archive.encrypted", entryPath)
                    _ = reader.skip()
                    continue
                }
                run.budget.files += 1
                if run.budget.files > run.limits.maxFiles {
                    run.unscannable("archive.too_many_files", path)
                    return .done
                }
                switch Self.read(reader, name: name, path: entryPath, meter: &meter, run: run, archivePath: path) {
                case .stopArchive:
                    return .done
                case .skipped:
                    continue
                case .spooled(let child):
                    let prefix = child.prefix(1024)
                    let childKind = Extractor.kind(contentType: "", filename: name, prefix: prefix)
                    if childKind == .unknownBinary {
                        run.problem("binary.skipped", entryPath)
                        continue
                    }
                    run.extract(child, kind: childKind, contentType: "", path: entryPath, depth: depth + 1)
                }
            }
        }
        return .done
    }

    /// Reads the current entry's data into a spool, enforcing every limit as blocks arrive.
    ///
    /// A binary entry that is not an image (known from its name and first block) is skipped after that block.
    static func read(_ reader: ArchiveReader, name: String, path: String, meter: inout RatioMeter,
                     run: ExtractionRun, archivePath: String, sniffBinary: Bool = true) -> EntryRead {
        let limits = run.limits
        let child = Spool(memoryLimit: limits.spoolMemoryBytes)
        var entryBytes = 0
        var first = true
        var blocks = 0
        var entryMeter = RatioMeter(compressed: 0)
        let consumedAtStart = reader.consumedBytes
        while true {
            switch reader.readBlock() {
            case .end:
                return .spooled(child)
            case .failed(let code):
                run.unscannable(code, code == "archive.encrypted" ? path : archivePath)
                return code == "archive.encrypted" ? .skipped : .stopArchive
            case .data(let block):
                blocks += 1
                if blocks % 16 == 0 && run.timeIsUp(archivePath) { return .stopArchive }
                entryBytes += block.count
                run.budget.expandedBytes += block.count
                meter.expanded += block.count
                entryMeter.expanded = entryBytes
                entryMeter.compressed = reader.consumedBytes - consumedAtStart
                if run.budget.expandedBytes > limits.maxExpandedBytes {
                    run.unscannable("archive.too_large", archivePath)
                    return .stopArchive
                }
                if meter.isBomb(limits) || (entryMeter.compressed > 0 && entryMeter.isBomb(limits)) {
                    run.unscannable("archive.bomb", archivePath)
                    return .stopArchive
                }
                if entryBytes > limits.maxPartBytes {
                    run.unscannable("part.too_large", path)
                    return reader.skip() ? .skipped : .stopArchive
                }
                do {
                    try child.append(block)
                } catch {
                    run.problem("spool.failed", path)
                    return reader.skip() ? .skipped : .stopArchive
                }
                if first && sniffBinary {
                    first = false
                    let k = Extractor.kind(contentType: "", filename: name, prefix: child.prefix(1024))
                    if k == .unknownBinary {
                        run.problem("binary.skipped", path)
                        return reader.skip() ? .skipped : .stopArchive
                    }
                }
            }
        }
    }

    /// The name of the lone member of a gzip stream: from its header, else the file name minus its suffix.
    private func rawName() -> String {
        if kind == .gzip, let name = Self.gzipName(spool.prefix(1024)) { return name }
        let base = path.split(separator: "/").last.map(String.init) ?? ""
        for suffix in [".gz", ".tgz", ".bz2", ".xz", ".z"] where base.lowercased().hasSuffix(suffix) {
            let stem = String(base.dropLast(suffix.count))
            return suffix == ".tgz" ? stem + ".tar" : stem
        }
        return base.isEmpty ? "data" : base + ".data"
    }

    /// The FNAME field of a gzip header, if present.
    static func gzipName(_ header: [UInt8]) -> String? {
        guard header.count > 10, header[0] == 0x1F, header[1] == 0x8B else { return nil }
        let flags = header[3]
        guard flags & 0x08 != 0 else { return nil }
        var i = 10
        if flags & 0x04 != 0 {
            guard header.count > 12 else { return nil }
            i += 2 + Int(header[10]) + Int(header[11]) << 8
        }
        guard i < header.count, let end = header[i...].firstIndex(of: 0), end > i else { return nil }
        let name = String(decoding: header[i..<end], as: UTF8.self)
        return name.split(separator: "/").last.map(String.init)
    }
}

/// Expanded versus compressed bytes, for bomb detection.
struct RatioMeter {
    var compressed: Int
    var expanded = 0

    /// True when past the floor and over the ratio.
    func isBomb(_ limits: ExtractLimits) -> Bool {
        expanded > limits.ratioFloorBytes && expanded / max(compressed, 1) > limits.maxRatio
    }
}
