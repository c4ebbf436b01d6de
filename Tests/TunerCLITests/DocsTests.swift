import Foundation
import TestSupport
import Testing
import Tuning
import TuningSpec

/// The examples in docs/ stay valid: the study-spec examples parse and build, the ask/tell loop of docs/cli.md runs.
@Suite struct DocsTests {
    /// The fenced code block between `<!-- marker -->` and `<!-- end marker -->` of a file under docs/.
    static func block(_ marker: String, in file: String) throws -> String {
        let text = try String(contentsOf: Tuner.packageRoot.appendingPathComponent("docs/\(file)"), encoding: .utf8)
        let start = try #require(text.range(of: "<!-- \(marker) -->"), "no marker \(marker) in \(file)")
        let end = try #require(text.range(of: "<!-- end \(marker) -->"), "no end marker \(marker) in \(file)")
        let lines = text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        return lines.filter { !$0.hasPrefix("```") }.joined(separator: "\n")
    }

    /// Parses a spec and builds its space, sampler and pruner as the CLI does.
    static func build(_ text: String, file: String) throws -> StudyConfig {
        let config = try StudyConfig(text: text, file: file)
        let space = try SearchSpace(try #require(config.space))
        _ = try SamplerFactory.make(
            try #require(config.sampler), options: config.samplerOptions, space: space, file: file)
        _ = try PrunerFactory.make(config.pruner, options: config.prunerOptions, file: file)
        return config
    }

    @Test func completeExampleSpecIsValid() throws {
        let config = try Self.build(try Self.block("example-spec", in: "study-spec.md"), file: "study-spec.md")
        #expect(config.objective == "mlp" && config.dataset == "digits" && config.metric == "accuracy")
        #expect(config.direction == "maximize" && config.sampler == "bayes" && config.pruner == "median")
        #expect(config.trials == 60 && config.timeout == 600 && config.jobs == 1 && config.seed == 0)
        #expect(config.samplerOptions["startup_trials"] == .int(10))
        #expect(config.prunerOptions["warmup_steps"] == .int(5))
        let names = try #require(config.space).map(\.name)
        #expect(
            names == ["lr", "units", "layers", "activation", "optimizer", "momentum", "dropout", "l2", "batch_size"])
        let space = try SearchSpace(try #require(config.space))
        #expect(space.parameters.first { $0.name == "momentum" }?.condition?.parent == "optimizer")
    }

    @Test func commandExampleSpecIsValid() throws {
        let config = try Self.build(try Self.block("example-command-spec", in: "study-spec.md"), file: "study-spec.md")
        #expect(config.objective == "command" && config.command?.contains("{lr}") == true)
        #expect(config.sampler == "tpe" && config.pruner == "asha" && config.trials == 40 && config.seed == 7)
        #expect(try #require(config.space).map(\.name) == ["lr", "units", "act"])
    }

    @Test func askTellLoopOfTheCLIReferenceRuns() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let script = try dir.write("loop.sh", try Self.block("ask-tell-loop", in: "cli.md"))
        let path =
            Tuner.binary.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try ChildProcess.run(
            URL(fileURLWithPath: "/bin/bash"), [script],
            environment: ["PATH": path, "DIR": dir.url.path])
        let text = run.stdout
        #expect(run.status == 0, "\(text)")
        #expect(text.contains("Study 'loop': minimize, 5 trials (5 complete, 0 pruned, 0 failed)"), "\(text)")
        #expect(text.contains("Best trial #"))
    }
}
