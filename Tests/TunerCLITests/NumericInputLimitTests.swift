import Foundation
import TestSupport
import Testing

/// Numbers and sizes from users at the edges of what can be served: one line on standard error, the documented
/// exit status, and never a crash or an out-of-memory kill.
@Suite struct NumericInputLimitTests {
    func expectOneLineError(
        _ arguments: [String], in dir: TemporaryDirectory, status: Int32, mentions: [String]
    ) throws {
        let run = try Tuner.run(arguments, in: dir.url)
        #expect(run.status == status, "tuner \(arguments.joined(separator: " ")): status \(run.status), \(run.stderr)")
        #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)")
        for m in mentions { #expect(run.stderr.contains(m), "stderr '\(run.stderr)' does not mention '\(m)'") }
    }

    @Test func aTwoRowDatasetIsRefusedByTuningAsByTrain() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-tiny-dataset")
        defer { dir.remove() }
        try dir.write("tiny.csv", "x,y\n1,0\n2,1\n")
        let train = try Tuner.run(["train", "--dataset", "tiny.csv", "--epochs", "1", "--out", "m.json"], in: dir.url)
        #expect(train.status == 2 && train.stderr.contains("tiny.csv has 2 rows; at least 5 are needed"))
        try expectOneLineError(
            ["random", "--dataset", "tiny.csv", "--trials", "1", "--storage", "memory"], in: dir,
            status: train.status, mentions: ["dataset", "tiny.csv has 2 rows; at least 5 are needed"])
    }

    @Test func aHundredMillionUnitsAreRefusedNamingTheFlag() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-huge-layers")
        defer { dir.remove() }
        try expectOneLineError(
            ["train", "--dataset", "iris", "--layers", "100000000", "--epochs", "1", "--out", "m.json"], in: dir,
            status: 2, mentions: ["--layers", "over the limit of 50000000"])
    }

    @Test func aGridOfABillionPointsIsRefusedBeforeTheStudyStarts() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-huge-grid")
        defer { dir.remove() }
        try dir.write("space.yaml", "x: {type: int, low: 0, high: 1000000000}\n")
        try expectOneLineError(
            ["grid", "--space", "space.yaml", "--trials", "2", "--storage", "memory", "--", "echo", "1"], in: dir,
            status: 2, mentions: ["parameter 'x'", "10000000 points"])
    }

    @Test func extremeRangesAreSampledInsideTheirBounds() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-extreme-ranges")
        defer { dir.remove() }
        try dir.write(
            "space.yaml",
            "n: {type: int, low: -9223372036854775808, high: 9223372036854775807}\n"
                + "x: {type: float, low: -1e308, high: 1e308}\n")
        for sampler in ["random", "sobol", "tpe", "bayes"] {
            let run = try Tuner.run(
                [sampler, "--space", "space.yaml", "--trials", "3", "--storage", "memory", "--", "echo", "{x}"],
                in: dir.url)
            #expect(run.status == 0, "\(sampler): \(run.stderr)")
            let tokens = run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "=" })
            #expect(!tokens.contains { ["inf", "-inf", "nan", "-nan"].contains($0.lowercased()) }, "\(run.stdout)")
        }
    }

    @Test func aFeatureBeyondFloatRangeIsNamedAsSuch() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-float-range")
        defer { dir.remove() }
        try dir.write("big.csv", "a,b,y\n1,2,0\n3,1e39,1\n5,6,0\n7,8,1\n9,10,0\n11,12,1\n")
        try expectOneLineError(
            ["train", "--dataset", "big.csv", "--epochs", "1", "--out", "m.json"], in: dir,
            status: 2, mentions: ["big.csv:3:2", "'1e39' is out of the range of 32-bit floats"])
    }
}
