import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("ChildProcess")
struct ChildProcessTests {
    /// Runs `script` under the runner with standard output into a temp file; returns the outcome and the output.
    func shell(_ script: String, fileBytes: Int = 1 << 20, timeout: Double = 10) throws -> (ChildProcess.Outcome, String) {
        let (fd, path) = try Spool.makeTempFile(suffix: ".out")
        defer {
            close(fd)
            unlink(path)
        }
        let child = ChildProcess(program: "/bin/sh", arguments: ["-c", script], standardOutput: fd,
                                 memoryBytes: 256 << 20, fileBytes: fileBytes, timeout: timeout)
        let outcome = child.run()
        return (outcome, String(decoding: readAll(fd, limit: 1 << 20), as: UTF8.self))
    }

    @Test("starts the child with an empty signal mask even when the parent thread blocks every signal")
    func signalMask() throws {
        var all = sigset_t()
        sigfillset(&all)
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &all, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let (outcome, output) = try shell("grep SigBlk /proc/self/status")
        #expect(outcome == .exited(0))
        #expect(output == "SigBlk:\t0000000000000000\n")
    }

    @Test("a child past its file-size limit is ended by SIGXFSZ, not truncated silently")
    func fileSizeLimit() throws {
        var all = sigset_t()
        sigfillset(&all)
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &all, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let (outcome, output) = try shell("exec head -c 100000 /dev/zero", fileBytes: 4096)
        #expect(outcome == .signaled(SIGXFSZ))
        #expect(output.utf8.count == 4096)
    }

    @Test("reports the exit status and standard output")
    func exitStatus() throws {
        let (outcome, output) = try shell("echo hello; exit 3")
        #expect(outcome == .exited(3))
        #expect(output == "hello\n")
    }

    @Test("kills the child's whole process group at the timeout")
    func timeout() throws {
        let start = ContinuousClock.now
        let (outcome, _) = try shell("sleep 30 & sleep 30", timeout: 0.2)
        #expect(outcome == .timedOut)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("gives the child no descriptor above standard error")
    func closesDescriptors() throws {
        let (fd, path) = try Spool.makeTempFile(suffix: ".keep")
        defer {
            close(fd)
            unlink(path)
        }
        let (_, output) = try shell("ls /proc/self/fd")
        #expect(output.split(separator: "\n").sorted() == ["0", "1", "2", "3"])  // 3 is ls's own directory handle
    }

    @Test("wraps the program in a parent-death signal when setpriv is installed")
    func parentDeath() throws {
        let child = ChildProcess(program: "/bin/true", arguments: [], memoryBytes: 1 << 20, fileBytes: 1, timeout: 1)
        if let setpriv = ChildProcess.setpriv {
            #expect(child.argv.contains(setpriv))
            let (outcome, output) = try shell("grep -c . /proc/self/status >/dev/null; echo ok")
            #expect(outcome == .exited(0))
            #expect(output == "ok\n")
        } else {
            #expect(child.argv.last == "/bin/true")
        }
    }

    @Test("finds programs in PATH and refuses missing ones")
    func locate() {
        #expect(ChildProcess.locate("sh") != nil)
        #expect(ChildProcess.locate("/nonexistent/tool") == nil)
        #expect(ChildProcess.locate("") == nil)
    }
}
