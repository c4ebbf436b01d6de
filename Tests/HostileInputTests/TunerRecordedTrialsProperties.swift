import Foundation
import Randomness
import TestSupport
import Testing

/// Nothing recorded is lost: a study with completed trials goes through hostile steps (export onto its own
/// database, a symlink to it or a directory; output to a full device; a resume with a hostile spec; a result
/// told twice, NaN, or for a trial number beyond Int), and afterwards every completed trial is still there
/// with its value. A step that cannot write what it was asked to exits non-zero.
@Suite struct TunerRecordedTrialsProperties {
    /// One hostile step, run in the study's directory with `db` as the storage URL and `file` as its path.
    enum Step: CaseIterable, Sendable {
        case exportOntoItsDatabase, exportOntoItsDatabaseRelative, exportOntoASymlinkToIt, exportOntoADirectory
        case exportToAFullDevice, showToAFullDevice, resumeWithAHostileSpec, tellTwice, tellNaN, tellHugeNumber

        var mustFail: Bool {
            switch self {
            case .resumeWithAHostileSpec, .tellNaN: return false
            default: return true
            }
        }
    }

    struct Case: Sendable {
        let steps: [Step]
        let spec: String
    }

    static func arguments(_ step: Step, dir: TemporaryDirectory, db: String, spec: String) throws -> [String] {
        let file = dir.path("s.db")
        let export = ["export", "--study", "s", "--storage", db, "--format", "csv", "--out"]
        switch step {
        case .exportOntoItsDatabase: return export + [file]
        case .exportOntoItsDatabaseRelative: return export + ["./s.db"]
        case .exportOntoASymlinkToIt:
            try? FileManager.default.removeItem(atPath: dir.path("link.csv"))
            try FileManager.default.createSymbolicLink(atPath: dir.path("link.csv"), withDestinationPath: file)
            return export + [dir.path("link.csv")]
        case .exportOntoADirectory:
            try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
            return export + [dir.path("out")]
        case .exportToAFullDevice: return ["export", "--study", "s", "--storage", db, "--format", "json"]
        case .showToAFullDevice: return ["show", "--study", "s", "--storage", db]
        case .resumeWithAHostileSpec:
            return ["random", "--config", try dir.write("spec.yaml", spec), "--study", "s", "--storage", db]
        case .tellTwice: return ["tell", "--study", "s", "--trial", "0", "--value", "1"]
        case .tellNaN: return ["tell", "--study", "s", "--trial", "1", "--value", "nan", "--storage", db]
        case .tellHugeNumber:
            return ["tell", "--study", "s", "--trial", "99999999999999999999", "--value", "1", "--storage", db]
        }
    }

    /// The completed trials (number → value) of `show --json`, or why they could not be read.
    static func completed(_ dir: TemporaryDirectory, db: String) -> Result<[Int: Double], Failure> {
        let (show, problem) = TunerInvariants.run(
            ["show", "--study", "s", "--storage", db, "--json"], in: dir.url, allowedStatuses: [0])
        if let problem { return .failure(Failure(problem)) }
        guard let show, let shown = try? parseJSON(show.stdout) as? [String: Any],
            let trials = shown["trials"] as? [[String: Any]]
        else { return .failure(Failure("show --json printed no trials")) }
        var values: [Int: Double] = [:]
        for t in trials where t["state"] as? String == "complete" {
            if let n = t["number"] as? Int ?? t["trial"] as? Int, let v = t["value"] as? Double { values[n] = v }
        }
        return .success(values)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func check(_ c: Case) -> String? {
        guard let dir = try? TemporaryDirectory(prefix: "hostile-loss") else { return "no temporary directory" }
        defer { dir.remove() }
        let db = "sqlite://" + dir.path("s.db")
        let (_, setup) = TunerInvariants.run(
            ["random", "--objective", "branin", "--trials", "3", "--study", "s", "--storage", db, "--seed", "1"],
            in: dir.url, allowedStatuses: [0])
        if let setup { return "setup: \(setup)" }
        let before: [Int: Double]
        switch completed(dir, db: db) {
        case .success(let values): before = values
        case .failure(let failure): return "setup: \(failure)"
        }
        if before.count != 3 { return "setup: \(before.count) complete trials, 3 expected" }
        for step in c.steps {
            guard var arguments = try? arguments(step, dir: dir, db: db, spec: c.spec) else {
                return "cannot prepare \(step)"
            }
            if step == .tellTwice { arguments += ["--storage", db] }
            let problem: String?
            switch step {
            case .exportToAFullDevice, .showToAFullDevice: problem = fullDevice(arguments, dir: dir)
            default:
                problem =
                    TunerInvariants.run(
                        arguments, in: dir.url, allowedStatuses: step.mustFail ? [1, 2] : [0, 1, 2]
                    ).1
            }
            if let problem { return "\(step): \(problem)" }
            switch completed(dir, db: db) {
            case .failure(let failure): return "after \(step): \(failure)"
            case .success(let after):
                for (n, v) in before where after[n] != v {
                    return
                        "after \(step): complete trial \(n) (value \(v)) is now \(after[n].map { "\($0)" } ?? "gone")"
                }
            }
        }
        return nil
    }

    /// Runs tuner with standard output on `/dev/full` (every write fails with ENOSPC): it must exit non-zero.
    static func fullDevice(_ arguments: [String], dir: TemporaryDirectory) -> String? {
        let line = "exec \"$0\" \"$@\" > /dev/full"
        guard
            let child = try? ChildProcess(
                URL(fileURLWithPath: "/bin/sh"), ["-c", line, TunerInvariants.binary.path] + arguments, in: dir.url)
        else { return "cannot start sh" }
        let (run, hung) = TunerInvariants.finish(child)
        if hung { return "tuner \(TunerInvariants.shown(arguments)) > /dev/full: still running (killed)" }
        if let problem = TunerInvariants.check(run, allowedStatuses: [1, 2]) {
            return "tuner \(TunerInvariants.shown(arguments)) > /dev/full: \(problem)"
        }
        return nil
    }

    @Test func completedTrialsSurviveHostileSteps() throws {
        let report = Fuzz.forAll(
            "completed trials survive hostile steps", cases: FuzzConfiguration.cases(default: 3),
            generate: { rng in
                var steps = Step.allCases
                steps.shuffle(using: &rng)
                return Case(steps: Array(steps.prefix(3)), spec: rng.hostileSpec())
            },
            describe: { "steps \($0.steps); spec: \($0.spec)" }, check: Self.check)
        report.expectNoFailures()
    }
}
