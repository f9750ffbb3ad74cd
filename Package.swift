// swift-tools-version:6.0
import PackageDescription

// One library target per pipeline stage; the `gazette` executable only parses arguments.
// Heavy dependencies stay in the stage that needs them (Hummingbird only in GazetteServe).
let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc_trim (no library to link).
        .systemLibrary(name: "CMalloc"),

        // Stages.
        .target(name: "GazetteCore", dependencies: ["CMalloc"]),
        .target(name: "GazetteMarkdown", dependencies: ["CCmarkGFM"]),
        .target(
            name: "GazetteIngest",
            dependencies: [
                "GazetteCore", "GazetteMarkdown", "CLibXML2",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "GazetteAnalysis", dependencies: ["GazetteCore"]),
        .target(
            name: "GazetteSite",
            dependencies: [
                "GazetteCore", "GazetteIngest", "GazetteAnalysis", "GazetteMarkdown",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "GazetteServe",
            dependencies: [
                "GazetteCore", "GazetteSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteCore", "GazetteIngest", "GazetteAnalysis", "GazetteSite", "GazetteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Tests: one target per stage.
        .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore"]),
        .testTarget(name: "GazetteMarkdownTests", dependencies: ["GazetteMarkdown"]),
        .testTarget(name: "GazetteIngestTests", dependencies: ["GazetteIngest", "GazetteCore"]),
        .testTarget(name: "GazetteAnalysisTests", dependencies: ["GazetteAnalysis", "GazetteCore"]),
        .testTarget(
            name: "GazetteSiteTests",
            dependencies: ["GazetteSite", "GazetteCore", "GazetteIngest", "GazetteAnalysis", "GazetteMarkdown"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GazetteServeTests",
            dependencies: [
                "GazetteServe", "GazetteSite",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
