import Foundation
import TestSupport
import Testing

/// Datasets no network can learn from: a classification target of one class, and a file without feature
/// columns. `train`, `lr-find` and a study refuse them in one line naming the file (exit 2) before any training,
/// instead of stopping with a runtime trap or running trials that all fail.
@Suite("tuner train, lr-find and studies on a one-class or feature-less dataset")
struct NetworkDatasetErrorCommandTests {
    /// `a,y` with `rows` rows, every target `label`.
    static func oneClass(rows: Int = 20, label: String = "0") -> String {
        "a,y\n" + (0..<rows).map { "\($0),\(label)\n" }.joined()
    }

    /// Whether `run` is a one-line usage error holding every piece of `expected`.
    static func isUsageError(_ run: ProcessResult, _ expected: [String]) -> Bool {
        run.status == 2 && !run.terminatedBySignal && run.stderrLines.count == 1
            && expected.allSatisfy(run.stderr.contains)
    }

    @Test("train on a one-class target is a one-line error naming the file and column, for every seed")
    func trainOnOneClass() throws {
        let directory = try TemporaryDirectory()
        try directory.write("one.csv", Self.oneClass())
        // Integers beyond 2^24 that one Float holds: three distinct cells, one class after reading.
        try directory.write(
            "huge.csv", "a,y\n" + (0..<20).map { "\($0),\(9_223_372_036_854_775_807 - $0 % 3)\n" }.joined())
        for (file, seed) in [("one.csv", "0"), ("one.csv", "1"), ("one.csv", "2"), ("huge.csv", "1")] {
            let run = try Tuner.run(
                ["train", "--dataset", file, "--epochs", "1", "--seed", seed, "--out", "m.json"], in: directory.url)
            #expect(
                Self.isUsageError(run, ["--dataset", file, "'y'", "at least 2 classes"]),
                "\(file) \(seed): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: directory.path("m.json")))
        }
        let lrFind = try Tuner.run(
            ["lr-find", "--dataset", "one.csv", "--steps", "20", "--out", "lr.svg"], in: directory.url)
        #expect(Self.isUsageError(lrFind, ["one.csv", "at least 2 classes"]), "\(lrFind.stderr)")
    }

    @Test("train and a study on a file without feature columns name the file (and the delimiter), exit 2")
    func noFeatureColumns() throws {
        let directory = try TemporaryDirectory()
        try directory.write("onecol.csv", "y\n" + (0..<20).map { "\($0 % 2)\n" }.joined())
        try directory.write("semicolon.csv", "a;b;y\n" + (0..<20).map { "\($0);1;\($0 % 2)\n" }.joined())
        try directory.write("empty.csv", "a,y\n" + (0..<20).map { ",\($0 % 2)\n" }.joined())
        for file in ["onecol.csv", "semicolon.csv", "empty.csv"] {
            let run = try Tuner.run(
                ["train", "--dataset", file, "--epochs", "1", "--out", "m.json"], in: directory.url)
            #expect(Self.isUsageError(run, ["--dataset", file, "no feature columns"]), "\(file): \(run.stderr)")
            #expect(!run.stderr.contains("inputSize"), "\(run.stderr)")
        }
        let semicolon = try Tuner.run(["train", "--dataset", "semicolon.csv", "--epochs", "1"], in: directory.url)
        #expect(semicolon.stderr.contains("';'"), "\(semicolon.stderr)")
        let study = try Tuner.run(
            ["random", "--dataset", "onecol.csv", "--trials", "2", "--storage", "memory"], in: directory.url)
        #expect(Self.isUsageError(study, ["onecol.csv", "no feature columns"]), "\(study.stderr)")
        #expect(!study.stdout.contains("trial 0"), "\(study.stdout)")
    }
}
