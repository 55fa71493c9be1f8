// swift-tools-version:6.0
import PackageDescription

/// The fuzz targets, each an executable `fuzz-<name>` in `Sources/fuzz-<name>/` that libFuzzer
/// drives. Built only with the sanitizers (see README.md and scripts/fuzz.sh); never by the
/// product build at the repository root.
let targets = [
    "mime", "base64", "quoted-printable", "header-text", "header-parameters", "html", "xml", "rtf", "csv",
    "text-tables", "office", "archive", "text", "scanner", "inspector", "session", "edm", "interchange",
]

let modules: Target.Dependency = .product(name: "PHIMilterModules", package: "phi-milter")

let package = Package(
    name: "phi-milter-fuzz",
    dependencies: [.package(name: "phi-milter", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [modules]),
    ] + targets.map { .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzSupport", modules]) },
    swiftLanguageModes: [.v6]
)
