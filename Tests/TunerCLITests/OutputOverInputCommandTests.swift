import Foundation
import TestSupport
import Testing

/// `train --out`, `lr-find --out` and `predict --output` never replace a file the same command reads: the same
/// path, a relative spelling of it or a link to it is refused in one line naming both flags (exit 2), and the
/// input is left as it was.
@Suite("tuner train, lr-find and predict: an output onto the command's own input is refused")
struct OutputOverInputCommandTests {
    static let data = "a,y\n" + (0..<20).map { "\($0),\($0 % 2)\n" }.joined()

    /// Whether `run` is a one-line usage error naming both flags.
    static func refused(_ run: ProcessResult, _ output: String, _ input: String) -> Bool {
        run.status == 2 && run.stderrLines.count == 1 && run.stderr.contains(output) && run.stderr.contains(input)
    }

    @Test("train --out and lr-find --out onto the --dataset file, directly, relatively or through a link")
    func trainAndLRFindOntoDataset() throws {
        let directory = try TemporaryDirectory()
        try directory.write("data.csv", Self.data)
        try FileManager.default.createDirectory(
            atPath: directory.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("link.csv"), withDestinationPath: directory.path("data.csv"))
        for out in ["data.csv", "./sub/../data.csv", directory.path("data.csv"), "link.csv"] {
            let train = try Tuner.run(
                ["train", "--dataset", "data.csv", "--epochs", "1", "--out", out], in: directory.url)
            #expect(Self.refused(train, "--out", "--dataset"), "\(out): \(train.stderr)")
            let lrFind = try Tuner.run(
                ["lr-find", "--dataset", "data.csv", "--steps", "5", "--out", out], in: directory.url)
            #expect(Self.refused(lrFind, "--out", "--dataset"), "\(out): \(lrFind.stderr)")
        }
        #expect(try String(contentsOfFile: directory.path("data.csv"), encoding: .utf8) == Self.data)
        let fine = try Tuner.run(
            ["train", "--dataset", "data.csv", "--epochs", "1", "--out", "model.json"], in: directory.url)
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test("predict --output onto its --input or --model file is refused; both files stay")
    func predictOntoInputs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("data.csv", Self.data)
        let train = try Tuner.run(
            ["train", "--dataset", "data.csv", "--epochs", "1", "--out", "m.json"], in: directory.url)
        #expect(train.status == 0, "\(train.stderr)")
        let model = try String(contentsOfFile: directory.path("m.json"), encoding: .utf8)
        for (output, input) in [("data.csv", "--input"), ("./data.csv", "--input"), ("m.json", "--model")] {
            let run = try Tuner.run(
                ["predict", "--model", "m.json", "--input", "data.csv", "--output", output], in: directory.url)
            #expect(Self.refused(run, "--output", input), "\(output): \(run.stderr)")
        }
        #expect(try String(contentsOfFile: directory.path("data.csv"), encoding: .utf8) == Self.data)
        #expect(try String(contentsOfFile: directory.path("m.json"), encoding: .utf8) == model)
    }
}
