// swift-tools-version: 6.0
import PackageDescription

// Dependencies point downward only: the CLI (and, later, the server) sit on top of pure
// modules that build without any server dependency.
let package = Package(
    name: "Yusuan",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "YusuanCore", targets: ["YusuanCore"]),
        .library(name: "YusuanDocuments", targets: ["YusuanDocuments"]),
        .library(name: "YusuanAudit", targets: ["YusuanAudit"]),
        .library(name: "YusuanReports", targets: ["YusuanReports"]),
        .executable(name: "yusuan", targets: ["yusuan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // The store and the server only; nothing below YusuanStore depends on these.
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The domain: numbers, money, catalogues, budget facts, table views. Foundation only.
        .target(
            name: "YusuanCore",
            resources: [.copy("Resources/Catalogues")]
        ),
        // OOXML workbooks (.xlsx) read and written with ZIPFoundation and an XML parser.
        .target(
            name: "YusuanXLSX",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Published documents (text, XLSX) into a typed `Document`.
        .target(
            name: "YusuanDocuments",
            dependencies: ["YusuanCore", "YusuanXLSX"]
        ),
        // The audit: rules over a document's tables, narrative and indicators, with findings.
        .target(
            name: "YusuanAudit",
            dependencies: ["YusuanCore", "YusuanDocuments"],
            resources: [.copy("Resources/Packs")]
        ),
        // Reports and publications: the audit report, and (later) the compiled disclosure
        // package in HTML, PDF, XLSX, Markdown and open data. Templates are resources a
        // region can override.
        .target(
            name: "YusuanReports",
            dependencies: [
                "YusuanCore", "YusuanDocuments", "YusuanAudit", "YusuanXLSX",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        // Storage: agencies, users, sessions, documents and history behind the `Store`
        // protocol, on SQLite or PostgreSQL through SQLKit, with versioned migrations. It keeps
        // documents and findings as JSON it does not interpret, so it needs no domain module.
        .target(
            name: "YusuanStore",
            dependencies: [
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The web application: a thin shell of routes and pages over the store and the same
        // functions the CLI calls.
        .target(
            name: "YusuanServer",
            dependencies: [
                "YusuanCore", "YusuanDocuments", "YusuanAudit", "YusuanReports", "YusuanStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Resources")]
        ),
        .executableTarget(
            name: "yusuan",
            dependencies: [
                "YusuanCore",
                "YusuanDocuments",
                "YusuanAudit",
                "YusuanReports",
                "YusuanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures for every test target: the committed seeds and samples.
        .target(name: "YusuanTestSupport", dependencies: ["YusuanCore"], path: "Tests/Support"),
        .testTarget(name: "YusuanCoreTests", dependencies: ["YusuanCore", "YusuanTestSupport"]),
        .testTarget(name: "YusuanXLSXTests", dependencies: ["YusuanXLSX", "YusuanTestSupport"]),
        .testTarget(name: "YusuanDocumentsTests", dependencies: ["YusuanDocuments", "YusuanXLSX", "YusuanTestSupport"]),
        .testTarget(name: "YusuanAuditTests", dependencies: ["YusuanAudit", "YusuanDocuments", "YusuanTestSupport"]),
        .testTarget(name: "YusuanReportsTests", dependencies: ["YusuanReports", "YusuanAudit", "YusuanDocuments", "YusuanTestSupport"]),
        // Scratch databases (SQLite, and PostgreSQL when YUSUAN_TEST_POSTGRES_URL is set) for the
        // store and server tests; not shipped with the store.
        .target(
            name: "YusuanStoreTestSupport",
            dependencies: [
                "YusuanStore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/StoreSupport"
        ),
        .testTarget(name: "YusuanStoreTests", dependencies: ["YusuanStore", "YusuanStoreTestSupport"]),
        .testTarget(
            name: "YusuanServerTests",
            dependencies: [
                "YusuanServer", "YusuanStore", "YusuanTestSupport", "YusuanStoreTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the built `yusuan` binary as a user would.
        .testTarget(name: "YusuanCLITests", dependencies: ["yusuan", "YusuanTestSupport"]),
    ]
)
