/// A scan that failed; the code names what failed, never message content.
public struct ScanFailure: Error, Sendable, Equatable {
    public var code: String
    public var file: String
    public var line: Int

    public init(code: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.file = file
        self.line = line
    }
}
