import Foundation

/// Runs the sweep's runs in child processes, `jobs` at a time: each child (`tuner sweep run-one`) writes its
/// rows to a file in `<out>.parts/`; when it exits successfully the parent appends that file's rows to the CSV
/// in a single write under a lock (so rows of different runs never interleave and a run is either wholly in
/// the CSV or not at all), then deletes it. A failed child is reported with the last line of its standard error
/// and the others go on. Children get OPENBLAS_NUM_THREADS=1: the cores are divided between jobs, not threads.
final class SweepScheduler: @unchecked Sendable {
    let out: String
    let trials: Int
    let jobs: Int
    let partsDirectory: String
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var failures: [String] = []

    init(out: String, trials: Int, jobs: Int) {
        self.out = out
        self.trials = trials
        self.jobs = jobs
        self.partsDirectory = out + ".parts"
    }

    /// The path of this executable, for spawning children.
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Runs `runs`; returns one message per failed run.
    func run(_ runs: [SweepCSV.RunKey]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: partsDirectory, withIntermediateDirectories: true)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, runs.count) {
            group.enter()
            Thread { [self] in
                while let run = take(runs) { execute(run, total: runs.count) }
                group.leave()
            }.start()
        }
        group.wait()
        if (try? FileManager.default.contentsOfDirectory(atPath: partsDirectory))?.isEmpty ?? false {
            try? FileManager.default.removeItem(atPath: partsDirectory)
        }
        return failures
    }

    private func take(_ runs: [SweepCSV.RunKey]) -> SweepCSV.RunKey? {
        lock.withLock {
            guard next < runs.count else { return nil }
            defer { next += 1 }
            return runs[next]
        }
    }

    private func execute(_ run: SweepCSV.RunKey, total: Int) {
        let rowsFile = "\(partsDirectory)/\(run.slug).csv", errFile = "\(partsDirectory)/\(run.slug).err"
        try? FileManager.default.removeItem(atPath: rowsFile)
        let label = "\(run.problem) \(run.sampler) seed \(run.seed)"
        let start = Date()
        do {
            _ = FileManager.default.createFile(atPath: errFile, contents: nil)
            let process = Process()
            process.executableURL = Self.executable
            process.arguments = ["sweep", "run-one", "--problem", run.problem, "--sampler", run.sampler,
                                 "--seed", "\(run.seed)", "--trials", "\(trials)", "--rows-file", rowsFile]
            var environment = ProcessInfo.processInfo.environment
            environment["OPENBLAS_NUM_THREADS"] = "1"
            environment["OMP_NUM_THREADS"] = "1"
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
            try process.run()
            process.waitUntilExit()
            let errText = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
            guard process.terminationStatus == 0, let rowsText = try? String(contentsOfFile: rowsFile, encoding: .utf8) else {
                let last = errText.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
                report(failure: "\(label): \(last)")
                return
            }
            let rows = rowsText.split(separator: "\n").compactMap { SweepCSV.Row(line: $0) }
            guard rows.count == trials else {
                report(failure: "\(label): \(rows.count) rows instead of \(trials)")
                return
            }
            try append(rowsText)
            try? FileManager.default.removeItem(atPath: rowsFile)
            try? FileManager.default.removeItem(atPath: errFile)
            let seconds = Date().timeIntervalSince(start)
            progress("\(label): final regret \(rows.last!.regret) (\(String(format: "%.1f", seconds)) s)", total: total)
        } catch {
            report(failure: "\(label): \(error)")
        }
    }

    /// Appends `text` (whole lines) to the CSV with one write, then flushes it to disk.
    private func append(_ text: String) throws {
        try lock.withLock {
            guard let handle = FileHandle(forWritingAtPath: out) else { throw SweepError("cannot write \(out)") }
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
        }
    }

    private func report(failure: String) {
        lock.withLock { failures.append(failure) }
        progress("FAILED \(failure)", total: nil)
    }

    private func progress(_ line: String, total: Int?) {
        lock.withLock {
            finished += 1
            let prefix = total.map { "[\(finished)/\($0)] " } ?? ""
            FileHandle.standardError.write(Data((prefix + line + "\n").utf8))
        }
    }
}
