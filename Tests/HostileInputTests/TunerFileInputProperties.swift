import Foundation
import Randomness
import TestSupport
import Testing
import Tuning
import TuningSpec

/// Hostile space, spec and CSV files given to the built `tuner`: it exits 0, 1 or 2 (never by a signal), and
/// a failure is one line naming the file. A study that runs reports every trial it ran.
@Suite struct TunerFileInputProperties {
    static let samplers = ["random", "sobol", "tpe", "grid", "bayes"]

    @Test func spaceFiles() throws {
        let report = Fuzz.forAll(
            "tuner --space files", cases: FuzzConfiguration.cases(default: 6),
            generate: { rng -> (String, String) in
                var draft = rng.extremeSpace()
                while draft.gridSize > 1e4 && draft.gridSize < 1e12 || draft.encodedDimensions > 12 {
                    draft = rng.extremeSpace()
                }
                return (rng.pick(Self.samplers), draft.yaml(using: &rng))
            },
            describe: { "\($0.0): \($0.1)" },
            check: { sampler, text in
                guard let dir = try? TemporaryDirectory(prefix: "hostile-space") else {
                    return "no temporary directory"
                }
                defer { dir.remove() }
                guard let space = try? dir.write("space.yaml", text) else { return "cannot write the space" }
                let (run, problem) = TunerInvariants.run(
                    [sampler, "--space", space, "--trials", "4", "--storage", "memory", "--json", "--", "echo", "1"],
                    in: dir.url, names: ["space.yaml"])
                if let problem { return problem }
                guard let run, run.status == 0 else { return nil }
                return Self.allTrialsReported(run, expected: 4) ?? Self.spread(run, space: text, sampler: sampler)
            })
        report.expectNoFailures()
    }

    /// A successful study's JSON lines: one object per trial and a summary that counts them.
    static func allTrialsReported(_ run: ProcessResult, expected: Int) -> String? {
        let objects = run.jsonObjects
        guard let summary = objects.last, summary["summary"] as? Bool == true else {
            return "exit 0 without a JSON summary: \(TunerInvariants.tail(run.stdout))"
        }
        let trials = objects.filter { $0["summary"] == nil }
        if summary["trials"] as? Int != trials.count {
            return "the summary counts \(summary["trials"] ?? "nil") trials, \(trials.count) were printed as JSON"
        }
        return nil
    }

    /// A parameter of many values that took one value in every trial of a sampler that draws at random: a
    /// range it cannot spread over (low + u·(high − low) overflowing).
    static func spread(_ run: ProcessResult, space: String, sampler: String) -> String? {
        guard sampler != "grid", let parameters = try? StudyConfig.space(text: space, file: "space.yaml") else {
            return nil
        }
        let trials = run.jsonObjects.filter { $0["summary"] == nil && $0["state"] as? String == "complete" }
        guard trials.count >= 3 else { return nil }
        for p in parameters where SearchSpaceProperties.hasManyValues(p.domain) {
            let values = trials.compactMap { ($0["params"] as? [String: Any])?[p.name].map { "\($0)" } }
            if values.count == trials.count && Set(values).count == 1 {
                return "\(sampler) gave \(p.name) the value \(values[0]) in all \(values.count) complete trials"
            }
        }
        return nil
    }

    /// An error `'1e39' is not a number` about a cell that is a finite number, if any.
    static func finiteNumberCalledNotANumber(_ stderr: String) -> String? {
        guard let range = stderr.range(of: "' is not a number") else { return nil }
        let before = stderr[..<range.lowerBound]
        guard let open = before.lastIndex(of: "'") else { return nil }
        let cell = before[before.index(after: open)...]
        guard let x = Double(cell), x.isFinite else { return nil }
        return "the finite number '\(cell)' is called not a number: \(stderr.prefix(300))"
    }

    @Test func specFiles() throws {
        let report = Fuzz.forAll(
            "tuner --config files", cases: FuzzConfiguration.cases(default: 4),
            generate: { rng -> String in
                var text = rng.hostileSpec()
                while text.contains("mlp") || text.contains("objective") { text = rng.hostileSpec() }
                return text
            },
            describe: { $0 },
            check: { text in
                guard let dir = try? TemporaryDirectory(prefix: "hostile-spec") else { return "no temporary directory" }
                defer { dir.remove() }
                guard let spec = try? dir.write("spec.yaml", text) else { return "cannot write the spec" }
                let (_, problem) = TunerInvariants.run(
                    ["random", "--config", spec, "--objective", "branin", "--trials", "2", "--storage", "memory"],
                    in: dir.url, names: ["spec.yaml", "--objective", "--config"])
                return problem
            })
        report.expectNoFailures()
    }

    /// `train` and a tuning study read a CSV file the same way: a file `train` refuses is refused by the study
    /// too (with exit status ≠ 0), instead of tuning to a meaningless score.
    @Test func csvFiles() throws {
        let report = Fuzz.forAll(
            "tuner train/random --dataset CSV files", cases: FuzzConfiguration.cases(default: 3),
            generate: { $0.hostileCSV(numeric: true) }, describe: { $0 },
            check: { text in
                guard let dir = try? TemporaryDirectory(prefix: "hostile-csv") else { return "no temporary directory" }
                defer { dir.remove() }
                guard let data = try? dir.write("data.csv", text) else { return "cannot write the CSV" }
                let (train, trainProblem) = TunerInvariants.run(
                    ["train", "--dataset", data, "--epochs", "1", "--layers", "4"], in: dir.url, names: ["data.csv"])
                if let trainProblem { return trainProblem }
                let (study, studyProblem) = TunerInvariants.run(
                    ["random", "--dataset", data, "--trials", "1", "--storage", "memory"], in: dir.url,
                    names: ["data.csv"])
                if let studyProblem { return studyProblem }
                for run in [train, study].compactMap({ $0 }) {
                    if let finite = Self.finiteNumberCalledNotANumber(run.stderr) { return finite }
                }
                if let train, let study, train.status != 0, study.status == 0 {
                    return "train refuses the file (\(train.stderr.prefix(200))) but a study on it exits 0"
                }
                return nil
            })
        report.expectNoFailures()
    }
}
