// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "phi-milter",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "phi-milter", targets: ["phi-milter"]),
        // The libraries, for Fuzz/ (a package of its own that links them with the sanitizers).
        .library(name: "PHIMilterModules", targets: [
            "PHIText", "PHIMIME", "PHIExtract", "PHIDetect", "PHIEDM", "PHIPacks", "PHIInspect", "PHIPolicy", "PHIMilter",
            "PHITestSupport",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C libraries, each behind exactly one Swift wrapper target.
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .target(name: "CScan", cSettings: [.unsafeFlags(["-O3"])]),
        .target(name: "CMilter", linkerSettings: [.linkedLibrary("milter"), .linkedLibrary("pthread")]),

        // Libraries.
        .target(name: "PHIText", dependencies: ["CICU"]),
        .target(name: "PHIRegex", dependencies: ["CPCRE2"]),
        // The scanner's hot loops mutate class-held arrays; dynamic exclusivity checks cost ~2% there.
        .target(name: "PHIDetect", dependencies: ["PHIRegex", "PHIText", "CScan"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "PHIPacks", dependencies: ["PHIDetect", .product(name: "Yams", package: "Yams")]),
        // Exact data match: hashed rosters of the site's own patients, memory-mapped (issue 14).
        .target(name: "PHIEDM", dependencies: ["PHIDetect", "PHIText"]),
        .target(name: "PHIMIME", dependencies: ["PHIText"]),
        .target(name: "PHIExtract", dependencies: ["PHIMIME", "PHIText", "CArchive"]),
        .target(name: "PHIInspect", dependencies: ["PHIMIME", "PHIExtract", "PHIDetect", "PHIText", "PHIEDM"]),
        .target(name: "PHIPolicy", dependencies: ["PHIDetect"]),
        .target(name: "PHIMetrics", dependencies: ["PHIPolicy", "PHIDetect", .product(name: "Prometheus", package: "swift-prometheus")]),
        .target(name: "PHIMilter", dependencies: [
            "CMilter", "PHIInspect", "PHIPolicy", "PHIMetrics", .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "phi-milter", dependencies: [
            "PHIDetect", "PHIRegex", "PHIPacks", "PHIInspect", "PHIPolicy", "PHIMilter", "PHIMetrics", "PHIEDM",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PHITestSupport", dependencies: ["PHIDetect", "PHIPacks", "PHIInspect"]),

        // Tests: one test target per library.
        .testTarget(name: "PHITextTests", dependencies: ["PHIText"]),
        .testTarget(name: "PHIRegexTests", dependencies: ["PHIRegex"]),
        .testTarget(name: "PHIDetectTests", dependencies: ["PHIDetect", "PHITestSupport"]),
        .testTarget(name: "PHIPacksTests", dependencies: ["PHIPacks", "PHITestSupport"]),
        .testTarget(name: "PHIEDMTests", dependencies: ["PHIEDM", "PHIInspect", "PHIPolicy", "PHITestSupport"]),
        .testTarget(name: "PHIMIMETests", dependencies: ["PHIMIME", "PHITestSupport"]),
        .testTarget(name: "PHIExtractTests", dependencies: ["PHIExtract"], exclude: ["Fixtures"]),
        .testTarget(name: "PHIInspectTests", dependencies: ["PHIInspect", "PHIPolicy", "PHIPacks", "PHITestSupport"]),
        .testTarget(name: "PHIPolicyTests", dependencies: ["PHIPolicy", "PHITestSupport"]),
        .testTarget(name: "PHIMilterTests", dependencies: ["PHIMilter", "PHIMetrics", "PHITestSupport"]),
        .testTarget(name: "PHIMetricsTests", dependencies: ["PHIMetrics", "PHITestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
