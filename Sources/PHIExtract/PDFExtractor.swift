#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from a PDF through poppler's `pdftotext`, run in a subprocess with time, memory and
/// output-size limits.
///
/// The PDF is written to a private temp file (0600, removed afterwards) unless the spool already
/// lives in one; the text goes to another private temp file. The child runs under `/bin/sh` with
/// `ulimit -v` (address space) and `ulimit -f` (output size), with descriptors above 2 closed,
/// and is killed with SIGKILL when the time limit or the run's deadline passes.
/// SECURITY: the PDF parser runs outside this process, so a crash or hang there costs one part.
struct PDFExtractor {
    let run: ExtractionRun
    let spool: Spool
    let path: String

    func extract() {
        guard let program = Self.locate(run.limits.pdftotextPath) else {
            run.unscannable("pdf.unavailable", path)
            return
        }
        var inputPath = spool.filePath ?? ""
        var ownInput = false
        if spool.filePath == nil {
            guard let (fd, tempPath) = try? Spool.makeTempFile(suffix: ".pdf") else {
                run.unscannable("pdf.failed", path)
                return
            }
            let written = (try? spool.withMemory { memory -> Bool in
                guard let memory else { return false }
                try writeAll(fd, memory)
                return true
            }) ?? false
            close(fd)
            inputPath = tempPath
            ownInput = true
            if !written {
                unlink(tempPath)
                run.unscannable("pdf.failed", path)
                return
            }
        }
        defer { if ownInput { unlink(inputPath) } }
        guard let (outFD, outPath) = try? Spool.makeTempFile(suffix: ".txt") else {
            run.unscannable("pdf.failed", path)
            return
        }
        defer {
            close(outFD)
            unlink(outPath)
        }
        var timeout = run.limits.pdfTimeoutSeconds
        var deadlineBound = false
        if let deadline = run.deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
            if seconds < timeout {
                timeout = max(0, seconds)
                deadlineBound = true
            }
        }
        let outcome = Self.spawnAndWait(program: program, input: inputPath, outputFD: outFD,
                                        memoryBytes: run.limits.pdfMemoryBytes,
                                        outputBytes: run.limits.maxSegmentBytes, timeout: timeout)
        switch outcome {
        case .timedOut:
            run.unscannable(deadlineBound ? "time.budget" : "pdf.timeout", path)
        case .failedToStart:
            run.unscannable("pdf.unavailable", path)
        case .exited(let code) where code == 0:
            readOutput(outFD)
        case .signaled(let signal) where signal == SIGXFSZ:
            run.problem("text.truncated", path)
            readOutput(outFD)
        case .exited, .signaled:
            run.unscannable(spool.contains(Array("/Encrypt".utf8)) ? "pdf.encrypted" : "pdf.failed", path)
        }
    }

    private func readOutput(_ fd: Int32) {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var offset: off_t = 0
        while out.count < run.limits.maxSegmentBytes {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n <= 0 { break }
            out += buffer[0..<n]
            offset += off_t(n)
        }
        addText(out)
    }

    /// Makes `pdftotext` output the part's text: decoded as a text part is (`TextDecoding`), form feeds
    /// (page breaks) dropped; output without visible text is problem `pdf.no_text`.
    func addText(_ out: [UInt8]) {
        let text = TextDecoding.utf8(out).bytes.filter { $0 != 0x0C }
        if text.contains(where: { !MarkupTokenizer.isSpace($0) }) {
            run.segment(path, text)
        } else {
            run.problem("pdf.no_text", path)
        }
    }

    /// How the child ended.
    enum Outcome {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
        case failedToStart
    }

    /// The full path of `program` (as given when it has a slash, else found in `PATH`).
    static func locate(_ program: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        let search = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in search.split(separator: ":") {
            let candidate = String(dir) + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), looked up at run time.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    static func spawnAndWait(program: String, input: String, outputFD: Int32, memoryBytes: Int, outputBytes: Int,
                             timeout: Double) -> Outcome {
        let script = "ulimit -v \(max(1, memoryBytes / 1024)) 2>/dev/null; "
            + "ulimit -f \(max(1, (outputBytes + (1 << 20)) / 512)) 2>/dev/null; "
            + "exec \"$0\" -q -enc UTF-8 -eol unix \"$1\" -"
        let args = ["/bin/sh", "-c", script, program, input]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputFD, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArgs, environ)
        guard status == 0 else { return .failedToStart }
        let clock = ContinuousClock()
        let limit = clock.now.advanced(by: .milliseconds(Int64(timeout * 1000)))
        var pause: UInt32 = 1_000
        while true {
            var wstatus: Int32 = 0
            let r = waitpid(pid, &wstatus, WNOHANG)
            if r == pid {
                let signal = wstatus & 0x7F
                if signal == 0 { return .exited((wstatus >> 8) & 0xFF) }
                return .signaled(signal)
            }
            if r < 0 && errno != EINTR { return .failedToStart }
            if clock.now >= limit {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                var ignored: Int32 = 0
                while waitpid(pid, &ignored, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }
}
