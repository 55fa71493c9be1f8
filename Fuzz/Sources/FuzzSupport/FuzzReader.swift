/// Reads one fuzzer input as a few leading choice bytes, length-prefixed fields and a body.
///
/// Every read succeeds: past the end a byte reads as 0 and a field as empty, so any input is a
/// valid program for a target and the fuzzer never wastes runs on rejected inputs.
public struct FuzzReader {
    /// The bytes not read yet.
    public private(set) var remaining: ArraySlice<UInt8>

    /// Reads the bytes libFuzzer hands to `LLVMFuzzerTestOneInput`.
    public init(_ data: UnsafeRawPointer, _ size: Int) {
        remaining = Array(UnsafeRawBufferPointer(start: data, count: size))[...]
    }

    /// Reads `bytes` (for tests of the helpers and for replaying a crash by hand).
    public init(_ bytes: [UInt8]) {
        remaining = bytes[...]
    }

    /// True when every byte has been read.
    public var isAtEnd: Bool { remaining.isEmpty }

    /// The next byte, or 0 at the end.
    public mutating func byte() -> UInt8 {
        remaining.popFirst() ?? 0
    }

    /// The next two bytes as a little-endian number, 0 past the end.
    public mutating func uint16() -> Int {
        Int(byte()) | Int(byte()) << 8
    }

    /// The next `count` bytes (fewer at the end).
    public mutating func take(_ count: Int) -> [UInt8] {
        let n = min(max(0, count), remaining.count)
        let out = Array(remaining.prefix(n))
        remaining = remaining.dropFirst(n)
        return out
    }

    /// A field of up to 255 bytes: a length byte, then that many bytes.
    public mutating func field() -> [UInt8] {
        take(Int(byte()))
    }

    /// A field read as text (invalid UTF-8 repaired, as the milter receives C strings).
    public mutating func string() -> String {
        String(decoding: field(), as: UTF8.self)
    }

    /// One of `choices`, picked by the next byte.
    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int(byte()) % choices.count]
    }

    /// Everything not read yet.
    public mutating func rest() -> [UInt8] {
        take(remaining.count)
    }
}
