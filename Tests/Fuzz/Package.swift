// swift-tools-version:5.4
// 5.4, not the root's 6.1: from 5.5 on SwiftPM links an executable with its `main`
// renamed to `<Target>_main`, a symbol a libFuzzer target (libFuzzer brings `main`)
// never defines, and the link fails. 5.4 is the first with executable targets.
import PackageDescription

// libFuzzer targets over the nareis modules, kept out of the main package so its
// build never sees the sanitizer flags. Each target is an executable without a
// main: libFuzzer's own main calls its `LLVMFuzzerTestOneInput`. Build and run
// them with scripts/fuzz (docs/fuzzing.md).
let package = Package(
    name: "NareisFuzz",
    dependencies: [
        .package(name: "nareis", path: "../.."),
    ],
    targets: [
        // What every target shares: the abort that libFuzzer records as a crash.
        .target(name: "FuzzSupport"),
    ] + ["FuzzCaseFile", "FuzzJSON", "FuzzTheme", "FuzzDates", "FuzzWorkstation"].map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "NareisFuzzable", package: "nareis")]
        )
    },
    swiftLanguageVersions: [.v5]
)
