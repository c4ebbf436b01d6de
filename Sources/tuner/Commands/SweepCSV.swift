import ArgumentParser
import Foundation
import TestProblems

/// The sweep's CSV format, shared with `scripts/compare-peers` (the peers write the same columns):
///
///     problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s
///
/// one row per trial: `trial` is the 1-based evaluation count n, `value` the observed (possibly noisy) value,
/// `best` the lowest observed value among the first n (the running minimum), `regret` the best-so-far regret
/// r_n = f_true(x̂_n) − f* of FUNCTIONS.md (for the MLP problems f is the validation error 1 − accuracy and
/// f* = 0), `elapsed_s` the wall-clock seconds since the run started and `proposal_s` the seconds the sampler
/// spent proposing this trial. Numbers are written in Swift's shortest round-trip form (`nan`, `inf` allowed).
enum SweepCSV {
    static let header = "problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s"
    static let columns = header.split(separator: ",").map(String.init)

    /// One trial's row.
    struct Row: Equatable {
        var problem: String, sampler: String, seed: Int, trial: Int
        var value: Double, best: Double, regret: Double, elapsed: Double, proposal: Double

        var run: RunKey { RunKey(problem: problem, sampler: sampler, seed: seed) }

        var line: String {
            [problem, sampler, "\(seed)", "\(trial)", "\(value)", "\(best)", "\(regret)", "\(elapsed)", "\(proposal)"]
                .joined(separator: ",")
        }

        init(problem: String, sampler: String, seed: Int, trial: Int, value: Double, best: Double, regret: Double,
             elapsed: Double, proposal: Double) {
            (self.problem, self.sampler, self.seed, self.trial) = (problem, sampler, seed, trial)
            (self.value, self.best, self.regret, self.elapsed, self.proposal) = (value, best, regret, elapsed, proposal)
        }

        /// A benchmark row relabelled with the sampler name the sweep was asked for (ablations share a type).
        init(_ row: BenchmarkRow, sampler: String) {
            self.init(problem: row.problem, sampler: sampler, seed: Int(row.seed), trial: row.trial, value: row.value,
                      best: row.bestSoFar, regret: row.regret, elapsed: row.elapsedSeconds, proposal: row.proposeSeconds)
        }

        /// Parses a data line; nil when it does not have the nine fields with numbers where numbers belong.
        init?(line: Substring) {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard f.count == 9, let seed = Int(f[2]), let trial = Int(f[3]) else { return nil }
            let numbers = f[4...8].map { SweepCSV.number($0) }
            guard numbers.allSatisfy({ $0 != nil }) else { return nil }
            let x = numbers.map { $0! }
            self.init(problem: f[0], sampler: f[1], seed: seed, trial: trial, value: x[0], best: x[1], regret: x[2],
                      elapsed: x[3], proposal: x[4])
        }
    }

    /// One (problem, sampler, seed) combination: a run of the sweep.
    struct RunKey: Hashable, Comparable {
        var problem: String, sampler: String, seed: Int

        static func < (a: RunKey, b: RunKey) -> Bool {
            (a.problem, a.sampler, a.seed) < (b.problem, b.sampler, b.seed)
        }

        /// A file-name-safe identifier.
        var slug: String {
            "\(problem)__\(sampler)__\(seed)".map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }
                .reduce(into: "") { $0.append($1) }
        }
    }

    /// Parses a number as written by Swift or Python (`nan`, `inf`, `-inf`, `NaN`, `Infinity`, empty = NaN).
    static func number(_ s: String) -> Double? {
        switch s.lowercased() {
        case "", "nan": return .nan
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return Double(s)
        }
    }

    /// The rows of `path` (which must start with the header); throws naming the file and line otherwise.
    /// A missing file has no rows. A last line without its newline (a writer killed mid-write) is ignored.
    static func read(_ path: String) throws -> [Row] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read file")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if !text.hasSuffix("\n") { lines.removeLast() }   // empty file, or a torn last line
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { return [] }
        guard first.trimmingCharacters(in: .whitespacesAndNewlines) == header else {
            throw ValidationError("\(path):1: expected the header '\(header)'")
        }
        var rows: [Row] = []
        for (i, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            guard let row = Row(line: line.hasSuffix("\r") ? line.dropLast() : line) else {
                throw ValidationError("\(path):\(i + 1): not a row of nine fields (\(header))")
            }
            rows.append(row)
        }
        return rows
    }

    /// The runs of `rows` that are complete for a budget of `trials`: exactly the trials 1…trials, once each.
    static func completeRuns(_ rows: [Row], trials: Int) -> Set<RunKey> {
        var seen: [RunKey: [Int]] = [:]
        for row in rows { seen[row.run, default: []].append(row.trial) }
        return Set(seen.filter { $0.value.sorted() == Array(1...max(trials, 1)) }.keys)
    }

    /// Whether `path` ends with a newline (false for a torn last line, which must be cut before appending).
    static func endsWithNewline(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return false }
        try? handle.seek(toOffset: size - 1)
        return (try? handle.readToEnd())?.first == 10
    }

    /// Rewrites `path` atomically with the header and `rows`.
    static func rewrite(_ path: String, rows: [Row]) throws {
        let text = ([header] + rows.map(\.line)).joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
