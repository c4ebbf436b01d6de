import Foundation
import Randomness
import TestSupport
import Testing

/// Hostile batch files given to the built `tuner tell --file`, `enqueue --file` and `import --file`: it exits 0,
/// 1 or 2 (never by a signal), a failure is one line naming the file, and a refused batch changes nothing.
@Suite struct TunerBatchFileProperties {
    /// One hostile line of a batch: well formed or not, naming trials that exist or not.
    static func line(using rng: inout Xoshiro256StarStar) -> String {
        let trials = ["0", "1", "2", "7", "-1", "1.5", "\"0\"", "1e99", "null", "true"]
        let values = ["0.5", "-3", "NaN", "-Infinity", "1e308", "1e999", "\"x\"", "true", "null", "[1]", "{}"]
        let states = ["\"pruned\"", "\"failed\"", "\"complete\"", "\"done\"", "\"\"", "3"]
        let steps = ["\"1\"", "\"-1\"", "\"1e9\"", "\"x\"", "\"2147483648\"", "\"0\""]
        switch rng.int(0...5) {
        case 0: return "{\"trial\": \(rng.pick(trials)), \"value\": \(rng.pick(values))}"
        case 1: return "{\"trial\": \(rng.pick(trials)), \"state\": \(rng.pick(states)), \"reason\": \"a\\nb\"}"
        case 2:
            return "{\"trial\": \(rng.pick(trials)), \"value\": 1, \"intermediate\": {\(rng.pick(steps)): "
                + "\(rng.pick(values))}}"
        case 3: return "{\"x\": \(rng.pick(values)), \"y\": \(rng.pick(values))}"
        case 4: return rng.pick(["{", "}", "[", "trial,value", "\u{0}", "'; rm -rf", "{\"trial\": 0,,}", ""])
        default: return "{\"trial\": \(rng.int(0...2)), \"value\": \(rng.int(-3...3))}"
        }
    }

    @Test func batchFiles() throws {
        let report = Fuzz.forAll(
            "tuner tell/enqueue/import --file", cases: FuzzConfiguration.cases(default: 8),
            generate: { rng -> (String, String) in
                let lines = (0..<rng.int(1...5)).map { _ in Self.line(using: &rng) }
                return (rng.pick(["tell", "enqueue", "import"]), lines.joined(separator: "\n"))
            },
            describe: { "\($0.0): \($0.1)" },
            check: { command, text in
                guard let dir = try? TemporaryDirectory(prefix: "hostile-batch"),
                    let space = try? dir.write("space.yaml", "x: {type: float, low: -5, high: 5}\n"),
                    let file = try? dir.write("batch.jsonl", text)
                else { return "cannot write the files" }
                defer { dir.remove() }
                let study = ["--study", "s", "--storage", dir.sqlite]
                let ask = try? Tuner.run(["ask", "--count", "3", "--space", space] + study, in: dir.url)
                guard ask?.status == 0 else { return "ask failed: \(ask?.stderr ?? "")" }
                let (run, problem) = TunerInvariants.run(
                    [command, "--file", file] + study, in: dir.url, names: ["batch.jsonl"])
                if let problem { return problem }
                guard let run, run.status != 0 else { return nil }
                // A refused batch leaves the study as it was: three running trials, nothing else.
                let show = try? Tuner.run(["show", "--json"] + study, in: dir.url)
                let trials = (try? parseJSONObject(show?.stdout ?? ""))?["trials"] as? [[String: Any]] ?? []
                let states = trials.map { $0["state"] as? String ?? "" }
                return states == ["running", "running", "running"] ? nil : "refused, but the study has \(states)"
            })
        report.expectNoFailures()
    }
}
