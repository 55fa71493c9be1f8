import Foundation
import PHIPolicy

/// Postfix's queue tools run for the quarantine commands: `postqueue -j`, `postcat`, `postsuper`.
///
/// Arguments are passed as a list (no shell); queue ids are checked with
/// ``HeldMessage/isQueueID(_:)`` before they reach a tool.
struct PostfixQueue {
    /// Postfix configuration directory (`-c DIR`); empty means the system default.
    var configDir: String

    struct ToolError: Error, CustomStringConvertible {
        let tool: String
        let status: Int32
        let output: String
        var description: String { "\(tool) exited \(status)\(output.isEmpty ? "" : ": " + output)" }
    }

    /// Runs `tool` with `args` (and `-c DIR` first when set); returns standard output.
    func run(_ tool: String, _ args: [String]) throws -> String { try runWithErrors(tool, args).out }

    /// Runs `tool` like ``run(_:_:)``; returns standard output and standard error (postsuper reports there).
    func runWithErrors(_ tool: String, _ args: [String]) throws -> (out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: PostfixQueue.locate(tool))
        p.arguments = (configDir.isEmpty ? [] : ["-c", configDir]) + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes to the end before waiting, so a large message cannot fill a pipe and stall.
        let errData = SyncBox()
        let reader = Thread { errData.value = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !errData.done { usleep(1_000) }
        let stderrText = String(decoding: errData.value ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard p.terminationStatus == 0 else { throw ToolError(tool: tool, status: p.terminationStatus, output: stderrText) }
        return (String(decoding: data, as: UTF8.self), stderrText)
    }

    /// The held messages, oldest first.
    func held() throws -> [HeldMessage] {
        HeldMessage.parseQueue(try run("postqueue", ["-j"])).sorted { ($0.arrival, $0.queueID) < ($1.arrival, $1.queueID) }
    }

    /// `message` with its verdict, encryption flag and content filter read from the queue file.
    func inspect(_ message: HeldMessage, actions: ActionsConfig) throws -> HeldMessage {
        var m = message
        m.read(postcat: try run("postcat", ["-e", "-h", "-q", message.queueID]), scanHeader: actions.scanHeader,
               encryptHeaders: actions.encryptHeaders.map(\.name))
        return m
    }

    /// The tool in the first of /usr/sbin, /usr/bin, /usr/local/sbin that has it (Postfix tools
    /// are rarely on a user's PATH); `/usr/sbin/NAME` when none does (the run then fails naming it).
    static func locate(_ name: String) -> String {
        for dir in ["/usr/sbin", "/usr/bin", "/usr/local/sbin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        return "/usr/sbin/\(name)"
    }
}

/// A value one thread fills and another reads once `done` is set.
private final class SyncBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _value: Data?
    private var _done = false
    var value: Data? {
        get { lock.withLock { _value } }
        set { lock.withLock { _value = newValue; _done = true } }
    }
    var done: Bool { lock.withLock { _done } }
}
