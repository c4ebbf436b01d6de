import Foundation

/// The real datasets shipped as package resources (`Sources/Datasets/Resources/*.csv`), copied from
/// scikit-learn 1.9.1's bundled copies (BSD-3-Clause); see `Resources/SOURCES.md` and `docs/datasets.md`
/// for each dataset's origin, license and citation.
///
/// Every file is plain CSV with a header row of feature names and a last column `target` (class names as text
/// for classification, values for regression), so it also reads with `Dataset.csv(path:)`.
public struct BundledDataset: Sendable, Hashable {
    /// The name `Dataset.bundled(_:)` takes.
    public var name: String
    /// n, the number of samples.
    public var samples: Int
    /// d, the number of features.
    public var features: Int
    /// Classification or regression.
    public var task: TaskKind
    /// Class names in label order (empty for regression); label `i` is `classNames[i]`.
    public var classNames: [String]
    /// Where the data comes from, one line.
    public var source: String

    /// The catalog, in `Dataset.bundledNames` order.
    public static let all: [BundledDataset] = [
        BundledDataset(
            name: "digits", samples: 1797, features: 64, task: .classification,
            classNames: (0...9).map(String.init),
            source: "UCI Optical Recognition of Handwritten Digits (Alpaydin & Kaynak 1998), "
                + "test set, 8×8 pixels 0-16"),
        BundledDataset(
            name: "iris", samples: 150, features: 4, task: .classification,
            classNames: ["setosa", "versicolor", "virginica"],
            source: "Fisher (1936), UCI Iris"),
        BundledDataset(
            name: "wine", samples: 178, features: 13, task: .classification,
            classNames: ["class_0", "class_1", "class_2"],
            source: "UCI Wine recognition (Aeberhard, Coomans & de Vel 1992)"),
        BundledDataset(
            name: "breast-cancer", samples: 569, features: 30, task: .classification,
            classNames: ["malignant", "benign"],
            source: "UCI Breast Cancer Wisconsin (Diagnostic) (Street, Wolberg & Mangasarian 1993)"),
        BundledDataset(
            name: "diabetes", samples: 442, features: 10, task: .regression, classNames: [],
            source: "Efron, Hastie, Johnstone & Tibshirani (2004), Least Angle Regression; raw (unscaled) features"),
    ]

    /// The catalog entry called `name`, or `DatasetError.unknownDataset` listing the valid names.
    public static func named(_ name: String) throws(DatasetError) -> BundledDataset {
        guard let entry = all.first(where: { $0.name == name }) else {
            throw .unknownDataset(name: name, valid: all.map(\.name))
        }
        return entry
    }

    /// The environment variable naming a directory that holds the bundled CSV files, for binaries run away from
    /// their build directory (SwiftPM's resource bundle lives next to the executable it was built with).
    public static let directoryEnvironmentVariable = "TUNER_DATASETS_DIR"

    /// The path of the bundled CSV file: in `$TUNER_DATASETS_DIR` when that is set, else in the package's resource
    /// bundle.
    public var path: String {
        get throws(DatasetError) { try path(environment: ProcessInfo.processInfo.environment) }
    }

    /// The path of the bundled CSV file given the process environment `environment`.
    func path(environment: [String: String]) throws(DatasetError) -> String {
        if let directory = environment[Self.directoryEnvironmentVariable], !directory.isEmpty {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("\(name).csv").path
            guard FileManager.default.fileExists(atPath: path) else {
                throw .unreadable(file: path, reason: "no such file (\(Self.directoryEnvironmentVariable) is set)")
            }
            return path
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources") else {
            throw .unreadable(file: "\(name).csv", reason: "bundled resource not found in \(Bundle.module.bundlePath)")
        }
        return url.path
    }

    /// Reads the dataset from its bundled CSV file.
    public func load() throws(DatasetError) -> Dataset {
        let options = CSVOptions(
            target: .name("target"), task: task,
            classNames: task == .classification ? classNames : nil, name: name)
        let dataset = try Dataset.csv(path: path, options: options)
        guard dataset.count == samples, dataset.featureCount == features else {
            throw .mismatch(
                file: try path,
                reason: "expected \(samples)×\(features), read \(dataset.count)×\(dataset.featureCount)")
        }
        return dataset
    }
}

extension Dataset {
    /// The names of the bundled datasets: `["digits", "iris", "wine", "breast-cancer", "diabetes"]`.
    public static let bundledNames: [String] = BundledDataset.all.map(\.name)

    /// A bundled real dataset by name (see `BundledDataset`); an unknown name throws an error listing the valid ones.
    /// Each file is parsed once per process and cached.
    public static func bundled(_ name: String) throws(DatasetError) -> Dataset {
        try BundledDatasetCache.shared.dataset(for: BundledDataset.named(name))
    }
}
