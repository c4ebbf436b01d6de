// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tuner",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Randomness", targets: ["Randomness"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "Optimize", targets: ["Optimize"]),
        .library(name: "GaussianProcess", targets: ["GaussianProcess"]),
        .library(name: "NeuralNetwork", targets: ["NeuralNetwork"]),
        .library(name: "Datasets", targets: ["Datasets"]),
        .library(name: "Tuning", targets: ["Tuning"]),
        .library(name: "TuningSQLite", targets: ["TuningSQLite"]),
        .library(name: "TuningPostgres", targets: ["TuningPostgres"]),
        .library(name: "TuningStorages", targets: ["TuningStorages"]),
        .executable(name: "tuner", targets: ["tuner"]),
        .executable(name: "linear-regression-example", targets: ["LinearRegressionExample"]),
        .executable(name: "study-ask-tell-example", targets: ["StudyAskTellExample"]),
    ],
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "PostgreSQL study storage (TuningPostgres) through PostgresNIO; adds SwiftNIO to the build.")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Layer 1: OpenBLAS / LAPACKE and the Swift layer over them.
        .systemLibrary(
            name: "COpenBLAS",
            path: "Modules/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "Randomness"),
        .target(name: "LinearAlgebra", dependencies: ["Randomness", "COpenBLAS"]),

        .target(name: "Charts"),

        // Layer 2: optimization, the Gaussian-process surrogate, datasets and neural networks.
        .target(name: "Optimize"),
        .target(name: "GaussianProcess", dependencies: ["LinearAlgebra", "Optimize", "Randomness"]),
        .target(name: "Datasets", dependencies: ["LinearAlgebra"], resources: [.copy("Resources")]),
        .target(
            name: "NeuralNetwork", dependencies: ["LinearAlgebra", "Randomness"],
            swiftSettings: [.unsafeFlags(["-Xcc", "-fno-math-errno"])]),  // lets squareRoot() vectorize (sqrtps)

        // Layer 3: tuning and the problems it is measured on.
        .target(name: "Tuning", dependencies: ["LinearAlgebra", "Optimize", "GaussianProcess", "Randomness"]),
        .target(name: "TuningSQLite", dependencies: ["Tuning", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "TuningPostgres",
            dependencies: [
                "Tuning",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]),
        .target(name: "TuningStorages", dependencies: ["Tuning", "TuningSQLite", "TuningPostgres"]),
        .target(
            name: "NetworkTraining",
            dependencies: [
                "NeuralNetwork", "Datasets", "Tuning", "LinearAlgebra", "Randomness", "Charts",
            ]),
        .target(name: "TuningSpec", dependencies: ["Tuning", "Datasets", .product(name: "Yams", package: "Yams")]),
        .target(name: "TuningReport", dependencies: ["Tuning", "Charts"]),
        .target(
            name: "Benchmarking",
            dependencies: [
                "Tuning", "NetworkTraining", "NeuralNetwork", "GaussianProcess", "Datasets", "LinearAlgebra",
                "Randomness",
            ]),

        // The command line.
        .executableTarget(
            name: "tuner",
            dependencies: [
                "LinearAlgebra", "Datasets", "NeuralNetwork",
                "Tuning", "Charts", "TuningSpec",
                "TuningReport", "TuningStorages", "Benchmarking", "NetworkTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Examples.
        .executableTarget(
            name: "LinearRegressionExample", dependencies: ["LinearAlgebra", "Randomness", "Charts"],
            path: "Examples/LinearRegression"),
        .executableTarget(name: "StudyAskTellExample", dependencies: ["Tuning"], path: "Examples/StudyAskTell"),

        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArchitectureTests", dependencies: ["TestSupport"]),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "RandomnessTests", dependencies: ["Randomness"]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "Randomness"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "TuningSpecTests", dependencies: ["TuningSpec", "Tuning", "Randomness"]),
        .testTarget(
            name: "NetworkTrainingTests",
            dependencies: [
                "NetworkTraining", "NeuralNetwork", "Datasets", "Tuning", "LinearAlgebra", "Randomness", "TestSupport",
                "Charts",
            ]),
        .testTarget(name: "ExamplesTests", dependencies: ["TestSupport"]),
        .testTarget(name: "OptimizeTests", dependencies: ["Optimize", "LinearAlgebra", "Randomness"]),
        .testTarget(
            name: "GaussianProcessTests", dependencies: ["GaussianProcess", "LinearAlgebra", "Randomness"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "LinearAlgebra", "Randomness", "TestSupport"]),
        .testTarget(
            name: "NeuralNetworkTests",
            dependencies: [
                "NeuralNetwork", "Datasets", "LinearAlgebra", "Randomness", "TestSupport",
            ]),
        .testTarget(
            name: "TuningStorageTests",
            dependencies: [
                "Tuning", "TuningSQLite", "TuningPostgres", "TuningStorages", "TestSupport", "Randomness",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]),
        .testTarget(
            name: "TunerWorkerTests",
            dependencies: [
                "Tuning", "TuningSQLite", "TuningPostgres", "TestSupport",
            ]),
        .testTarget(
            name: "TuningTests",
            dependencies: [
                "Tuning", "Benchmarking", "GaussianProcess", "LinearAlgebra", "Randomness", "TestSupport",
            ]),
        .testTarget(name: "TuningReportTests", dependencies: ["TuningReport", "Tuning", "Charts"]),
        .testTarget(
            name: "BenchmarkingTests",
            dependencies: [
                "Benchmarking", "Tuning", "Randomness", "TestSupport",
            ]),
        .testTarget(name: "TunerCLITests", dependencies: ["TuningSpec", "Tuning", "TestSupport", "Randomness"]),
        .testTarget(
            name: "HostileInputTests",
            dependencies: [
                "Tuning", "TuningSpec", "TuningStorages", "Datasets", "Randomness", "TestSupport",
            ]),
    ]
)
