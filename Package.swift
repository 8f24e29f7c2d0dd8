// swift-tools-version:6.1
import PackageDescription

// Dependencies flow one way (docs/architecture.md has the picture):
//   nareis (composition root) -> NareisTUI -> NareisCasework -> NareisOutputs -> NareisCore,
//   and NareisStore -> NareisCasework (it implements the casework layer's `CaseStorage`).
// NareisCore imports Foundation only. Why each package is here: docs/decisions.md.
let package = Package(
    name: "nareis",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nareis", targets: ["nareis"]),
        .executable(name: "nareis-store-probe", targets: ["StoreProbe"]),
        // The team commands (`nareis team …`, `nareis sync` hand over to it): a program of
        // its own, so the PostgreSQL client never weighs on the start-up of the others.
        .executable(name: "nareis-team", targets: ["TeamCommand"]),
        // Only for the fuzz package (Tests/Fuzz): another package sees a package's
        // modules through its library products alone.
        .library(name: "NareisFuzzable", targets: ["NareisCore", "NareisCasework", "NareisStore", "NareisTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        // Test-only: reads the CSV exports back as a spreadsheet would.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // The team server: PostgreSQL's wire protocol, TLS and SCRAM, without libpq.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // SHA-256 for the audit trail's chain; X25519, HKDF, ChaCha20-Poly1305 and scrypt for
        // the sealed files that leave a laptop (backups, handovers). Already resolved for
        // postgres-nio's TLS, so no new code comes in.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        .target(name: "NareisCore"),
        .testTarget(
            name: "NareisCoreTests",
            dependencies: [
                "NareisCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // What a counsellor does to a case, once for both front ends; owns the store protocol.
        .target(name: "NareisCasework", dependencies: ["NareisCore", "NareisOutputs", "NareisSealing"]),
        // Sealed files that leave a laptop (backups, case handovers): X25519 recipients,
        // ChaCha20-Poly1305 in segments, passphrase-sealed private keys (docs/security.md).
        .target(
            name: "NareisSealing",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "NareisSealingTests", dependencies: ["NareisSealing"]),
        .testTarget(
            name: "NareisCaseworkTests",
            dependencies: ["NareisCasework", "NareisStore", "NareisOutputs", "NareisCore", "NareisSealing"]
        ),
        .target(
            name: "NareisStore",
            dependencies: [
                "NareisCore",
                "NareisCasework",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // What the test targets share: child processes started without Foundation's
        // `Process`, and one scratch directory per test process.
        .target(name: "NareisTestSupport", path: "Tests/Support"),
        .testTarget(
            name: "NareisStoreTests",
            dependencies: ["NareisStore", "NareisCasework", "NareisCore", "NareisTestSupport"]
        ),
        // What leaves the workstation: summaries, the COA e-mail, iCalendar and CSV.
        .target(name: "NareisOutputs", dependencies: ["NareisCore"]),
        .testTarget(
            name: "NareisOutputsTests",
            dependencies: [
                "NareisOutputs",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "NareisCLITests",
            // Runs the built `nareis` binary (found next to the test bundle, or NAREIS_BIN);
            // NareisCore only for its seeded generator.
            dependencies: ["NareisCore", "NareisTestSupport"]
        ),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "NareisTUI",
            dependencies: ["NareisCore", "NareisCasework", "CNcursesw"]
        ),
        .testTarget(
            name: "NareisTUITests",
            dependencies: ["NareisTUI", "NareisCasework", "NareisStore", "NareisCore", "NareisTestSupport"],
            exclude: ["Snapshots"]
        ),
        // The user's settings file (language, team server), for both programs.
        .target(name: "NareisSettings", dependencies: ["NareisCore"]),
        .executableTarget(
            name: "nareis",
            dependencies: [
                "NareisSettings",
                "NareisCore",
                "NareisCasework",
                "NareisStore",
                "NareisOutputs",
                "NareisTUI",
                "NareisSealing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A team's shared caseload on PostgreSQL: implements the casework layer's `TeamServer`.
        .target(
            name: "NareisTeam",
            dependencies: [
                "NareisCasework",
                "NareisCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Starts a private PostgreSQL cluster (initdb, pg_ctl) per test run.
        .testTarget(
            name: "NareisTeamTests",
            dependencies: ["NareisTeam", "NareisCasework", "NareisStore", "NareisCore", "NareisTestSupport"]
        ),
        // `nareis-team`: join, migrate, sync, the team's deadlines.
        .executableTarget(
            name: "TeamCommand",
            dependencies: [
                "NareisTeam",
                "NareisSettings",
                "NareisStore",
                "NareisOutputs",
                "NareisCasework",
                "NareisCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Reads every target's import lines against the allowed dependencies.
        .testTarget(name: "ArchitectureTests"),
        // Maintainers' probes of a store: the writer the durability tests kill, the
        // search timing of scripts/bench-store.
        .executableTarget(
            name: "StoreProbe",
            dependencies: [
                "NareisCasework",
                "NareisCore",
                "NareisStore",
                // `pages`: where a table's rows lie in the file, for the damaged-page tests.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
