/// A configuration error: where (file, line, dotted key) and what is wrong, in one line.
///
/// `run` exits with `exitCode` (78 EX_CONFIG; 67 EX_NOUSER for a user or group this host lacks);
/// `config check` exits 78 for every refusal.
struct ConfigError: Error, CustomStringConvertible {
    var key: String
    var problem: String
    var file: String? = nil
    var line: Int? = nil
    var exitCode: Int32 = 78

    /// `FILE:LINE: KEY: PROBLEM`; `config: KEY: PROBLEM` without a file; the key is left out for
    /// the file as a whole (`(file)`).
    var description: String {
        var place = file ?? "config"
        if file != nil, let line { place += ":\(line)" }
        return key == "(file)" ? "\(place): \(problem)" : "\(place): \(key): \(problem)"
    }

    /// This error with `file` set (when not already).
    func `in`(file: String?) -> ConfigError {
        var e = self
        if e.file == nil { e.file = file }
        return e
    }

    /// This error with the line of its key (or of the nearest enclosing key) from `lines`.
    func at(_ lines: [String: Int]) -> ConfigError {
        var e = self
        guard e.line == nil else { return e }
        var key = self.key
        while !key.isEmpty {
            if let line = lines[key] {
                e.line = line
                break
            }
            guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            key = String(key[..<cut])
        }
        return e
    }

    /// This error placed in the file `config` was read from, at the line of its key.
    func located(in config: Configuration) -> ConfigError {
        self.at(config.keyLines).in(file: config.file)
    }
}
