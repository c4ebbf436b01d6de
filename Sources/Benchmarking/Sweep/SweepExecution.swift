import Foundation

/// Executes runs of a sweep `jobs` at a time (`SweepScheduler`) through a `SweepLauncher`, appending each
/// finished run's rows to the CSV `out` in a single write under a lock, so rows of different runs never
/// interleave and a run is either wholly in the CSV or not at all. A failed run is reported and the others go on.
///
/// Progress lines, one per run as it ends: `[k/N] branin tpe seed 3: final regret 0.01 (2.1 s)` (for a
/// multi-objective problem `…: final regret 1.2, hypervolume 119.4 (2.1 s)`), or
/// `FAILED branin tpe seed 3: <reason>`.
public struct SweepExecution: Sendable {
    public let out: String
    public let trials: Int
    public let jobs: Int
    public let launcher: any SweepLauncher

    /// How one run ended.
    public enum Outcome: Sendable, Equatable {
        case finished(finalRegret: Double)
        case failed(String)
    }

    public init(out: String, trials: Int, jobs: Int, launcher: any SweepLauncher) {
        (self.out, self.trials, self.jobs, self.launcher) = (out, trials, jobs, launcher)
    }

    /// Where runs write scratch files: `<out>.parts`, removed at the end when empty.
    public var partsDirectory: String { out + ".parts" }

    /// Runs `runs`; returns their outcomes in the order of `runs`. `progress` is called once per run, serially.
    public func run(
        _ runs: [BenchmarkRunKey],
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> [Outcome] {
        try FileManager.default.createDirectory(atPath: partsDirectory, withIntermediateDirectories: true)
        let log = ProgressLog(total: runs.count, progress: progress)
        let outcomes = SweepScheduler(jobs: jobs).map(runs.count) { [self] i in execute(runs[i], log: log) }
        if (try? FileManager.default.contentsOfDirectory(atPath: partsDirectory))?.isEmpty ?? false {
            try? FileManager.default.removeItem(atPath: partsDirectory)
        }
        return outcomes
    }

    private func execute(_ run: BenchmarkRunKey, log: ProgressLog) -> Outcome {
        let start = Date()
        do {
            let rows = try launcher.rows(of: run, trials: trials, workDirectory: partsDirectory)
            guard rows.count == trials, let last = rows.last else {
                return log.failed("\(run.label): \(rows.count) rows instead of \(trials)")
            }
            try log.locked { try SweepFile.append(SweepFile.lines(rows), to: out) }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            let hypervolume = last.hypervolume.map { ", hypervolume \($0)" } ?? ""
            log.finished("\(run.label): final regret \(last.regret)\(hypervolume) (\(seconds) s)")
            return .finished(finalRegret: last.regret)
        } catch {
            return log.failed("\(run.label): \(error)")
        }
    }
}

/// Counts finished runs and serializes progress lines and appends.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let progress: @Sendable (String) -> Void
    private var finished = 0

    init(total: Int, progress: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.progress = progress
    }

    func locked<R>(_ body: () throws -> R) rethrows -> R { try lock.withLock(body) }

    func finished(_ line: String) {
        lock.withLock {
            finished += 1
            progress("[\(finished)/\(total)] " + line)
        }
    }

    func failed(_ line: String) -> SweepExecution.Outcome {
        lock.withLock {
            finished += 1
            progress("FAILED " + line)
        }
        return .failed(line)
    }
}
