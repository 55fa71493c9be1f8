/// An error starting the daemon; the code names the step (`milter.socket`, `milter.user`, ...).
public struct MilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var file: String
    public var line: Int

    public init(code: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.file = file
        self.line = line
    }

    public var description: String { "\(code) (\(file):\(line))" }
}
