#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a helper program (pdftotext, pdftoppm, tesseract, tnef, antiword…) out of process,
/// bounded in wall time, address space and the size of each file it writes.
///
/// The child is started with `posix_spawn` under `/bin/sh`, which sets `ulimit -v` (address
/// space) and `ulimit -f` (bytes per written file, in 512-byte blocks) and then `exec`s the
/// program. The child:
/// - gets standard input from `/dev/null`, standard output and error into the given
///   descriptors (or `/dev/null`), and no other descriptor (closefrom 3);
/// - leads its own process group, which is killed with SIGKILL when the timeout passes;
/// - starts with an **empty signal mask and default dispositions**: the daemon blocks every
///   signal in every thread (a thread of its own takes them with `sigwaitinfo`), and a spawned
///   child would inherit that mask; with SIGXFSZ blocked, a program at its `ulimit -f` limit
///   sees `write` fail with EFBIG and may exit 0 with silently truncated output;
/// - is wrapped in `setpriv --pdeathsig KILL` when util-linux's `setpriv` is installed, so it
///   is killed if the thread that started it (which waits for it) dies with the process. Without
///   `setpriv` (not Linux, or a minimal system) only the timeout's process-group kill bounds it:
///   `posix_spawn` offers no hook to call `prctl(PR_SET_PDEATHSIG)` in the child, and `fork` in
///   a multi-threaded daemon is not safe.
///
/// SECURITY: parsers of hostile files run here, outside the daemon, so a crash, hang or memory
/// blow-up in one costs that part only (reported unscannable), never the process.
struct ChildProcess {
    /// The program: a full path (see `locate`).
    var program: String
    /// Its arguments, without the program name.
    var arguments: [String]
    /// The descriptor that becomes the child's standard output; nil means `/dev/null`.
    var standardOutput: Int32?
    /// The descriptor that becomes the child's standard error; nil means `/dev/null`.
    var standardError: Int32?
    /// Address space limit in bytes (`ulimit -v`).
    var memoryBytes: Int
    /// Size limit of each file the child writes, in bytes (`ulimit -f`, rounded up to 512).
    var fileBytes: Int
    /// Wall time in seconds; past it the process group is killed with SIGKILL.
    var timeout: Double
    /// Variables added to (or replacing those of) the inherited environment.
    var environment: [String: String] = [:]

    /// Describes one run; see the properties.
    init(program: String, arguments: [String], standardOutput: Int32? = nil, standardError: Int32? = nil,
         memoryBytes: Int, fileBytes: Int, timeout: Double, environment: [String: String] = [:]) {
        self.program = program
        self.arguments = arguments
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.memoryBytes = memoryBytes
        self.fileBytes = fileBytes
        self.timeout = timeout
        self.environment = environment
    }

    /// How the child ended.
    enum Outcome: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it (SIGXFSZ: it reached `fileBytes`; SIGKILL/SIGSEGV: memory or a crash).
        case signaled(Int32)
        /// It ran past `timeout` and was killed.
        case timedOut
        /// It could not be started.
        case failedToStart
    }

    /// The full path of `program` (as given when it has a slash, else found in `PATH`), if executable.
    static func locate(_ program: String) -> String? {
        if program.isEmpty { return nil }
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        let search = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in search.split(separator: ":") {
            let candidate = String(dir) + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// util-linux's `setpriv`, when installed and able to set a parent-death signal.
    static let setpriv: String? = {
        #if os(Linux)
        for candidate in ["/usr/bin/setpriv", "/bin/setpriv"] where access(candidate, X_OK) == 0 {
            return candidate
        }
        #endif
        return nil
    }()

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), looked up at run time.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// The argument vector: `/bin/sh -c SCRIPT [setpriv --pdeathsig KILL --] PROGRAM ARGS…`.
    var argv: [String] {
        let script = "ulimit -v \(max(1, memoryBytes / 1024)) 2>/dev/null; "
            + "ulimit -f \(max(1, (fileBytes + 511) / 512)) 2>/dev/null; exec \"$0\" \"$@\""
        var args = ["/bin/sh", "-c", script]
        if let setpriv = Self.setpriv { args += [setpriv, "--pdeathsig", "KILL", "--"] }
        return args + [program] + arguments
    }

    /// Starts the child, waits for it (killing it at the timeout) and says how it ended.
    func run() -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let standardOutput {
            posix_spawn_file_actions_adddup2(&actions, standardOutput, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if let standardError {
            posix_spawn_file_actions_adddup2(&actions, standardError, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)

        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }
        var cEnv: [UnsafeMutablePointer<CChar>?] = Self.environment(adding: environment).map { strdup($0) }
        cEnv.append(nil)
        defer { for p in cEnv { free(p) } }

        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArgs, cEnv) == 0 else { return .failedToStart }
        return wait(for: pid)
    }

    /// Polls the child until it ends or the timeout passes (then kills its process group).
    private func wait(for pid: pid_t) -> Outcome {
        let clock = ContinuousClock()
        let millis = timeout.isFinite ? Int64(max(0, min(timeout, 86_400)) * 1000) : 86_400_000
        let limit = clock.now.advanced(by: .milliseconds(millis))
        var pause: UInt32 = 1_000
        while true {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                let signal = status & 0x7F
                return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
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

    /// The inherited environment with `extra` set.
    private static func environment(adding extra: [String: String]) -> [String] {
        var out: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if extra[name] == nil { out.append(text) }
            index += 1
        }
        for (name, value) in extra.sorted(by: { $0.key < $1.key }) { out.append(name + "=" + value) }
        return out
    }
}
