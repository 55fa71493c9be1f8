/// An error opening an audit destination; names the code only.
public struct AuditError: Error, Sendable, Equatable, CustomStringConvertible {
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
