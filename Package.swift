// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tuner",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .executable(name: "tuner", targets: ["tuner"]),
        .executable(name: "linear-regression-example", targets: ["LinearRegressionExample"]),
    ],
    traits: [
        .trait(name: "PostgreSQL",
               description: "PostgreSQL study storage (TuningPostgres) through PostgresNIO; adds SwiftNIO to the build."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // Layer 1: OpenBLAS / LAPACKE and the Swift layer over them.
        .systemLibrary(
            name: "COpenBLAS",
            path: "Modules/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["COpenBLAS"]),

        .target(name: "Charts"),

        // Layer 2: optimization, the Gaussian-process surrogate, datasets and neural networks.
        .target(name: "Optimize"),
        .target(name: "GaussianProcess", dependencies: ["LinearAlgebra", "Optimize", "COpenBLAS"]),
        .target(name: "Datasets", dependencies: ["LinearAlgebra"], resources: [.copy("Resources")]),
        .target(name: "NeuralNetwork", dependencies: ["LinearAlgebra", "COpenBLAS"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-fno-math-errno"])]),   // lets squareRoot() vectorize (sqrtps)

        // Layer 3: tuning and the problems it is measured on.
        .target(name: "Tuning", dependencies: ["LinearAlgebra", "Optimize", "GaussianProcess"]),
        .target(name: "TuningSQLite", dependencies: ["Tuning", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "TuningPostgres", dependencies: [
            "Tuning",
            .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
        ]),
        .target(name: "TestProblems", dependencies: ["Tuning", "NeuralNetwork", "Datasets", "LinearAlgebra"]),
        .target(name: "TuningSpec", dependencies: ["Tuning", "TestProblems", .product(name: "Yams", package: "Yams")]),
        .target(name: "TuningReport", dependencies: ["Tuning", "Charts"]),

        // The command line.
        .executableTarget(
            name: "tuner",
            dependencies: [
                "LinearAlgebra", "COpenBLAS", "Optimize", "GaussianProcess", "Datasets", "NeuralNetwork",
                "Tuning", "TestProblems", "Charts", "TuningSpec", "TuningSQLite", "TuningPostgres",
                "TuningReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Examples.
        .executableTarget(name: "LinearRegressionExample", dependencies: ["LinearAlgebra", "Charts"],
                          path: "Examples/LinearRegression"),

        // Tests.
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "COpenBLAS"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "TuningSpecTests", dependencies: ["TuningSpec", "Tuning"]),
        .testTarget(name: "ExamplesTests", dependencies: []),
        .testTarget(name: "TunerLRFindTests", dependencies: []),
        .testTarget(name: "OptimizeTests", dependencies: ["Optimize", "LinearAlgebra"]),
        .testTarget(name: "GaussianProcessTests", dependencies: ["GaussianProcess", "LinearAlgebra", "Optimize"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "LinearAlgebra"]),
        .testTarget(name: "NeuralNetworkTests", dependencies: ["NeuralNetwork", "Datasets", "LinearAlgebra"]),
        .testTarget(name: "TuningStorageTests", dependencies: [
            "Tuning", "TuningSQLite", "TuningPostgres", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "TunerWorkerTests", dependencies: ["Tuning", "TuningSQLite", "TuningPostgres"]),
        .testTarget(name: "TuningTests", dependencies: ["Tuning", "TestProblems", "LinearAlgebra", "Datasets"]),
        .testTarget(name: "TunerReportTests", dependencies: ["TuningReport", "Tuning", "Charts"]),
        .testTarget(name: "TunerCLITests", dependencies: ["TuningSpec", "Tuning"]),
    ]
)
