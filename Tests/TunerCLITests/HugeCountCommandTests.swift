import Foundation
import TestSupport
import Testing

/// Huge counts on the command line are usage errors of one line naming what is wrong (exit 2), found before any
/// work: sampler and pruner options, `--jobs`, the number of objectives, and the `trial` column of a sweep CSV.
@Suite struct HugeCountCommandTests {
    static let huge = "9223372036854775807"

    static func expectUsageError(_ run: ProcessResult, naming text: String) {
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains(text), "\(run.stderr)")
    }

    @Test(arguments: [
        ("bayes", "--sampler-option", "candidates"), ("bayes", "--sampler-option", "restarts"),
        ("tpe", "--sampler-option", "ei_candidates"), ("random", "--pruner-option", "min_early_stopping_rate"),
        ("random", "--pruner-option", "max_resource"),
    ])
    func hugeSamplerAndPrunerOptionsNameTheOption(_ sampler: String, _ flag: String, _ option: String) throws {
        var arguments = [sampler, "--objective", "branin", "--trials", "2", "--storage", "memory"]
        if flag == "--pruner-option" { arguments += ["--pruner", option == "max_resource" ? "hyperband" : "asha"] }
        let run = try Tuner.run(arguments + [flag, "\(option)=\(Self.huge)"])
        Self.expectUsageError(run, naming: "_options.\(option): must be ≤")
    }

    @Test func jobsPastTheMaximumAreAUsageError() throws {
        let run = try Tuner.run([
            "random", "--objective", "branin", "--trials", "2", "--storage", "memory", "--jobs",
            "1000000",
        ])
        Self.expectUsageError(run, naming: "--jobs must be at most 1024, got 1000000")
        let worker = try Tuner.run(["worker", "--study", "s", "--storage", "memory", "--jobs", Self.huge])
        Self.expectUsageError(worker, naming: "--jobs must be at most 1024")
    }

    @Test func twelveObjectivesAreAUsageError() throws {
        let objectives = (0..<12).map { "m\($0):minimize" }.joined(separator: ",")
        let run = try Tuner.run([
            "random", "--objective", "command", "--trials", "2", "--storage", "memory", "--objectives", objectives,
            "--", "sh", "-c", "echo 1",
        ])
        Self.expectUsageError(run, naming: "at most 4 objectives, got 12")
    }

    @Test func aHugeTrialNumberInASweepCSVNamesFileLineAndField() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header = "problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s"
        let file = try dir.write(
            "sw.csv", header + "\nbranin,random,0,0,1,1,0.5,1,1\nbranin,random,0,2147483647,1,1,0.5,1,1\n")
        let run = try Tuner.run(["sweep", "summarize", file])
        Self.expectUsageError(run, naming: "sw.csv:3: trial: must be a whole number from 0 to 1000000, got 2147483647")
    }
}
