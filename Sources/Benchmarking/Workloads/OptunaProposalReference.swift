import Foundation

/// The peer side of `tuner bench bo --optuna`: Optuna's `GPSampler` timed on the same kind of history, through
/// the comparison virtual environment (scripts/setup-venv) and `scripts/py/bench_bo_optuna.py`.
///
/// For one history size n, the script builds a study of n uniformly random Hartmann-6 points and prints one JSON
/// line, {"op": "optuna-gp-propose", "observations": n, "seconds_per_proposal": warm median, "cold_seconds": cold
/// median}: cold is a fresh sampler's first proposal (kernel parameters fitted from scratch), warm the next one
/// (started from the parameters the sampler cached), as `ProposalBenchmark` times ours. The script runs as a child
/// process, its arguments passed as an argument vector (no shell), in the directory of the script.
public struct OptunaProposalReference: Sendable {
    /// What the reference could not do, in one line naming the interpreter or the script.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Optuna's median seconds per proposal at one history size.
    public struct Timing: Sendable, Equatable {
        public var warm: Double
        public var cold: Double
    }

    public var python: String
    public var script: String

    public init(python: String = ".venv/bin/python", script: String = "scripts/py/bench_bo_optuna.py") {
        (self.python, self.script) = (python, script)
    }

    /// Throws unless the interpreter is executable and the script exists.
    public func check() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.isExecutableFile(atPath: python),
            FileManager.default.fileExists(atPath: python, isDirectory: &isDirectory), !isDirectory.boolValue
        else {
            throw Failure(
                description: "--python: '\(python)' is not an executable file (scripts/setup-venv --require optuna "
                    + "--require torch makes .venv/bin/python)")
        }
        guard FileManager.default.fileExists(atPath: script) else {
            throw Failure(description: "--optuna-script: '\(script)' does not exist (run from the repository root)")
        }
    }

    /// Runs the script for one history size and returns its medians.
    public func timing(observations n: Int, repetitions: Int, seed: UInt64) throws -> Timing {
        try check()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        let scriptURL = URL(fileURLWithPath: script)
        process.currentDirectoryURL = scriptURL.deletingLastPathComponent()  // it imports functions.py beside it
        process.arguments = [
            scriptURL.path, "--observations", "\(n)", "--repetitions", "\(repetitions)", "--seed", "\(seed)",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(description: "--python: '\(python)' could not be started: \(error.localizedDescription)")
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lastError = String(decoding: complaints, as: UTF8.self).split(separator: "\n").last.map(String.init)
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(script) exited with status \(process.terminationStatus)"
                    + (lastError.map { ": \($0)" } ?? ""))
        }
        return try Self.parse(String(decoding: printed, as: UTF8.self), observations: n, script: script)
    }

    /// The timing of the line for `n` among the script's output lines; throws naming the script when there is
    /// none, or when its times are not positive finite numbers.
    static func parse(_ text: String, observations n: Int, script: String) throws -> Timing {
        for line in text.split(separator: "\n") {
            guard let data = line.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                object["op"] as? String == "optuna-gp-propose", (object["observations"] as? NSNumber)?.intValue == n
            else { continue }
            guard let warm = (object["seconds_per_proposal"] as? NSNumber)?.doubleValue,
                let cold = (object["cold_seconds"] as? NSNumber)?.doubleValue,
                warm.isFinite, cold.isFinite, warm > 0, cold > 0
            else {
                throw Failure(
                    description: "\(script): the line for n = \(n) has no positive times: \(line.prefix(200))")
            }
            return Timing(warm: warm, cold: cold)
        }
        throw Failure(description: "\(script) printed no optuna-gp-propose line for n = \(n)")
    }
}
