// swift-tools-version: 6.0
import PackageDescription

// Dependencies point downward only: the CLI and (later) the server sit on top of
// pure modules that build without any server dependency.
let package = Package(
    name: "Yusuan",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "YusuanCore", targets: ["YusuanCore"]),
        .executable(name: "yusuan", targets: ["yusuan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "YusuanCore",
            resources: [.copy("Resources/Catalogues")]
        ),
        .executableTarget(
            name: "yusuan",
            dependencies: [
                "YusuanCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "YusuanCoreTests",
            dependencies: ["YusuanCore"]
        ),
        // Runs the built `yusuan` binary as a user would.
        .testTarget(
            name: "YusuanCLITests",
            dependencies: ["yusuan"]
        ),
    ]
)
