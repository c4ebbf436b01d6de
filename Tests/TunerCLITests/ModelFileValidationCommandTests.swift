import Foundation
import TestSupport
import Testing

/// `tuner predict --model` on edited model files: layer sizes that overflow, networks no machine can hold,
/// class lists that disagree with the outputs. Each is refused in one line naming the file and the field
/// (exit 2), before the network is built.
@Suite("tuner predict on hostile model files")
struct ModelFileValidationCommandTests {
    /// A directory with `good.json` (trained on iris for one epoch) and `flowers.csv` to predict.
    static func trainedModel() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let run = try Tuner.run(
            ["train", "--dataset", "iris", "--layers", "4", "--epochs", "1", "--out", "good.json"], in: directory.url)
        #expect(run.status == 0, "\(run.stderr)")
        try directory.write("flowers.csv", TrainPredictCommandTests.irisRows)
        return directory
    }

    /// Writes `good.json` changed by `edit` to `name`.
    static func edited(
        _ directory: TemporaryDirectory, _ name: String, _ edit: (inout [String: Any]) -> Void
    ) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory.path("good.json")))
        var model = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&model)
        try JSONSerialization.data(withJSONObject: model).write(to: URL(fileURLWithPath: directory.path(name)))
    }

    /// Sets `network.spec.<key>` of a model object.
    static func setSpec(_ model: inout [String: Any], _ key: String, _ value: Any) {
        var network = model["network"] as? [String: Any] ?? [:]
        var spec = network["spec"] as? [String: Any] ?? [:]
        spec[key] = value
        network["spec"] = spec
        model["network"] = network
    }

    @Test("hidden layers that overflow or exceed the size caps are refused naming the file and field")
    func hugeHiddenLayers() throws {
        let directory = try Self.trainedModel()
        let layers: [[Int]] = [[4_611_686_018_427_387_904, 4], [Int.max], [100_000, 100_000], [1_000_000_000], [0]]
        for (i, widths) in layers.enumerated() {
            try Self.edited(directory, "bad\(i).json") { Self.setSpec(&$0, "hiddenLayers", widths) }
            let run = try Tuner.run(
                ["predict", "--model", "bad\(i).json", "--input", "flowers.csv"], in: directory.url)
            #expect(
                run.status == 2 && !run.terminatedBySignal && run.stderrLines.count == 1, "\(widths): \(run.stderr)")
            #expect(
                run.stderr.contains("bad\(i).json") && run.stderr.contains("network.spec.hiddenLayers"),
                "\(widths): \(run.stderr)")
        }
    }

    @Test("class names that disagree with the outputs, or a single class, are refused naming the field")
    func inconsistentClasses() throws {
        let directory = try Self.trainedModel()
        try Self.edited(directory, "short.json") { $0["classNames"] = ["setosa", "versicolor"] }
        try Self.edited(directory, "one.json") {
            $0["classNames"] = ["setosa"]
            Self.setSpec(&$0, "outputSize", 1)
        }
        for (file, field) in [("short.json", "network.spec.outputSize"), ("one.json", "classNames")] {
            let run = try Tuner.run(["predict", "--model", file, "--input", "flowers.csv"], in: directory.url)
            #expect(run.status == 2 && !run.terminatedBySignal && run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.contains(file) && run.stderr.contains(field), "\(run.stderr)")
        }
        let good = try Tuner.run(["predict", "--model", "good.json", "--input", "flowers.csv"], in: directory.url)
        #expect(good.status == 0, "\(good.stderr)")
    }
}
