#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attachments and body of a TNEF stream (`winmail.dat`, `application/ms-tnef`): Outlook's
/// wrapper that otherwise hides every attachment of a message from the scan.
///
/// Debian's `tnef` unpacks the stream out of process, through `ChildProcess` under the converter
/// limits (time, address space, and `ulimit -f` plus `tnef --maxsize` at the part size limit),
/// into a private temp directory: `tnef --save-body --number-backups -C DIR -f FILE`. Paths
/// inside the stream are ignored (tnef's default), so every file lands directly in the
/// directory. Each file is then extracted by its kind like an archive entry, one level deeper and
/// under the same per-message budget (file count, expanded bytes); the body comes out as
/// `message.txt`, `message.rtf` or `message.html`. A missing `tnef` is unscannable
/// `tnef.unavailable`; a failure is `tnef.failed` (what was unpacked before it is still read).
struct TNEFExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String
    let depth: Int

    func extract() {
        let limits = run.limits
        guard let program = ChildProcess.locate(limits.tnefPath) else {
            run.unscannable("tnef.unavailable", path)
            return
        }
        guard let input = spool.fileCopy(suffix: ".tnef"), let dir = TempDirectory() else {
            run.unscannable("tnef.failed", path)
            return
        }
        defer { if input.owned { unlink(input.path) } }
        let (timeout, deadlineBound) = run.timeLimit(limits.converterTimeoutSeconds)
        let child = ChildProcess(program: program,
                                 arguments: ["--save-body", "--number-backups", "--maxsize=\(limits.maxPartBytes)",
                                             "-C", dir.path, "-f", input.path],
                                 memoryBytes: limits.converterMemoryBytes, fileBytes: limits.maxPartBytes, timeout: timeout)
        switch child.run() {
        case .exited(0):
            break
        case .timedOut:
            run.unscannable(deadlineBound ? "time.budget" : "tnef.failed", path)
        case .failedToStart:
            run.unscannable("tnef.unavailable", path)
        case .exited, .signaled:
            run.unscannable("tnef.failed", path)
        }
        for file in dir.files() {
            if run.timeIsUp(path) { return }
            let entryPath = ExtractionRun.join(path, file.name)
            run.budget.files += 1
            if run.budget.files > limits.maxFiles {
                run.unscannable("archive.too_many_files", path)
                return
            }
            guard let entry = dir.spool(of: file, memoryLimit: limits.spoolMemoryBytes, maxBytes: limits.maxPartBytes + 1) else {
                run.unscannable("tnef.failed", entryPath)
                continue
            }
            run.budget.expandedBytes += entry.count
            if run.budget.expandedBytes > limits.maxExpandedBytes {
                run.unscannable("archive.too_large", path)
                return
            }
            let kind = Extractor.kind(contentType: "", filename: file.name, prefix: entry.prefix(1024))
            run.extract(entry, kind: kind, contentType: "", path: entryPath, depth: depth + 1)
        }
    }
}
