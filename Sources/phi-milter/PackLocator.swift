import Foundation

/// Finds the pattern packs when neither the config nor `--packs` names a directory.
enum PackLocator {
    /// `$PHI_MILTER_PACKS` when it names a directory (an explicit choice, whatever packs it holds);
    /// else the first candidate holding `hipaa-core.yaml`: `./Patterns`, the source tree of a development
    /// build (`.build/<config>/phi-milter` → `Patterns`), `<prefix>/share/phi-milter/Patterns`,
    /// `/usr/share/phi-milter/Patterns`.
    static func defaultDirectory() -> String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["PHI_MILTER_PACKS"], !env.isEmpty {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: env, isDirectory: &isDir), isDir.boolValue { return env }
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Patterns")
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let dir = exe.deletingLastPathComponent()
        candidates.append(dir.appendingPathComponent("../../../Patterns").standardized.path)
        candidates.append(dir.appendingPathComponent("../../Patterns").standardized.path)
        candidates.append(dir.appendingPathComponent("../share/phi-milter/Patterns").standardized.path)
        candidates.append("/usr/share/phi-milter/Patterns")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/hipaa-core.yaml") }
    }
}
