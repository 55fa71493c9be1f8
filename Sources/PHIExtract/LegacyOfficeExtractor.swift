#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from legacy (OLE compound file) Office documents: Word `.doc` through `antiword -w 0`
/// (a paragraph on one line, so that phrases are not split by wrapping; then `catdoc` when
/// antiword refuses the file), Excel `.xls` through `xls2csv` and PowerPoint `.ppt`
/// through `catppt` (both from catdoc), each out of process through `ChildProcess` under the
/// converter limits.
///
/// What the file is comes from the names of its streams (`WordDocument`, `Workbook`/`Book`,
/// `PowerPoint Document`, `__substg1.0_…` for an Outlook `.msg`), not from its file name. An
/// `EncryptedPackage` stream (a password-protected OOXML file), or antiword saying the document
/// is encrypted, is unscannable `office.encrypted`. Outlook `.msg` files, other OLE files, and a
/// document no converter could read are unscannable `office.legacy`. Spreadsheet sheets (xls2csv
/// ends each with a form feed) are read as tables with their header row, like CSV.
struct LegacyOfficeExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String

    /// What an OLE compound file holds.
    enum Kind: Equatable {
        case word, excel, powerPoint, outlook, encrypted, unknown
    }

    /// The kind of OLE file in `spool`, from its stream names (UTF-16LE in the directory).
    static func sniff(_ spool: Spool) -> Kind {
        func has(_ name: String) -> Bool { spool.contains(Array(name.utf8).flatMap { [$0, 0] }) }
        if has("EncryptedPackage") { return .encrypted }
        if has("WordDocument") { return .word }
        if has("Workbook") { return .excel }
        if has("PowerPoint Document") { return .powerPoint }
        if has("__substg1.0_") { return .outlook }
        if has("Book") { return .excel }
        return .unknown
    }

    func extract() {
        let kind = Self.sniff(spool)
        switch kind {
        case .encrypted:
            run.unscannable("office.encrypted", path)
            return
        case .outlook, .unknown:
            run.unscannable("office.legacy", path)
            return
        default:
            break
        }
        guard let input = spool.fileCopy(suffix: ".ole") else {
            run.unscannable("office.legacy", path)
            return
        }
        defer { if input.owned { unlink(input.path) } }
        let limits = run.limits
        switch kind {
        case .word:
            let antiword = convert(limits.antiwordPath, ["-w", "0", "-m", "UTF-8.txt", input.path])
            if let text = antiword.text {
                run.segment(path, text)
            } else if antiword.encrypted {
                run.unscannable("office.encrypted", path)
            } else if let text = convert(limits.catdocPath, ["-d", "utf-8", input.path]).text {
                run.segment(path, text)
            } else {
                run.unscannable(antiword.failure ?? "office.legacy", path)
            }
        case .excel:
            guard let csv = convert(limits.xls2csvPath, ["-d", "utf-8", input.path]).text else {
                run.unscannable("office.legacy", path)
                return
            }
            let sheets = csv.split(separator: 0x0C).filter { $0.contains(where: { !MarkupTokenizer.isSpace($0) }) }
            for (i, sheet) in sheets.enumerated() {
                let rows = DelimitedText.parse(String(decoding: sheet, as: UTF8.self), delimiter: 0x2C)
                run.segment(sheets.count == 1 ? path : ExtractionRun.join(path, "sheet\(i + 1)"), Array(TableText.render(rows).utf8))
            }
        default:
            guard let text = convert(limits.catpptPath, ["-d", "utf-8", input.path]).text else {
                run.unscannable("office.legacy", path)
                return
            }
            run.segment(path, text)
        }
    }

    /// What one converter run gave.
    struct Conversion {
        /// The text, when the program exited 0 (or reached the output limit) and wrote some.
        var text: [UInt8]?
        /// True when the program said the document is encrypted.
        var encrypted = false
        /// `time.budget` when the run's deadline ended it.
        var failure: String?
    }

    /// Runs one converter on the document; its standard output is the text.
    private func convert(_ tool: String, _ arguments: [String]) -> Conversion {
        let limits = run.limits
        guard let program = ChildProcess.locate(tool),
              let (outFD, outPath) = try? Spool.makeTempFile(suffix: ".txt"),
              let (errFD, errPath) = try? Spool.makeTempFile(suffix: ".err") else { return Conversion() }
        defer {
            close(outFD)
            unlink(outPath)
            close(errFD)
            unlink(errPath)
        }
        let (timeout, deadlineBound) = run.timeLimit(limits.converterTimeoutSeconds)
        let child = ChildProcess(program: program, arguments: arguments, standardOutput: outFD, standardError: errFD,
                                 memoryBytes: limits.converterMemoryBytes, fileBytes: limits.maxSegmentBytes + (1 << 20),
                                 timeout: timeout)
        let outcome = child.run()
        let complaint = String(decoding: readAll(errFD, limit: 4096), as: UTF8.self).lowercased()
        var conversion = Conversion(encrypted: complaint.contains("encrypt"))
        switch outcome {
        case .exited(0):
            break
        case .signaled(let signal) where signal == SIGXFSZ:
            run.problem("text.truncated", path)
        case .timedOut:
            conversion.failure = deadlineBound ? "time.budget" : nil
            return conversion
        default:
            return conversion
        }
        let text = TextDecoding.utf8(readAll(outFD, limit: limits.maxSegmentBytes + 1)).bytes
        if text.contains(where: { !MarkupTokenizer.isSpace($0) }) { conversion.text = text }
        return conversion
    }
}
