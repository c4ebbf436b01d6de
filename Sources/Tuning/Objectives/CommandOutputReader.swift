import Foundation

/// Reads a command's stdout line by line on its own thread while the command runs: reports intermediate
/// values to the trial, asks the pruner after each one (terminating the command when it says so), and keeps
/// the last result line (`CommandOutputLine`).
final class CommandOutputReader: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var _result: Double?
    private var _lastLine: String?
    private var _error: (any Error)?

    /// The last result line's value, the last non-intermediate line, and an error from reporting, if any.
    var result: Double? { lock.withLock { _result } }
    var lastLine: String? { lock.withLock { _lastLine } }
    var error: (any Error)? { lock.withLock { _error } }

    init(_ handle: FileHandle, metric: String?, trial: TrialContext, run: CommandRun) {
        let thread = Thread { [self] in
            var buffer = Data()
            var pruned = false
            func consume(_ line: String) throws {
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
                switch CommandOutputLine(parsing: line, metric: metric) {
                case .intermediate(let step, let value):
                    try trial.report(value, step: step)
                    if !pruned, try trial.shouldPrune() {
                        pruned = true
                        run.terminate(.pruned)
                    }
                case .result(let v):
                    lock.withLock {
                        _result = v
                        _lastLine = line
                    }
                case .other: lock.withLock { _lastLine = line }
                }
            }
            do {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                    while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                        buffer.removeSubrange(buffer.startIndex...newline)
                        try consume(line)
                    }
                }
                if !buffer.isEmpty { try consume(String(decoding: buffer, as: UTF8.self)) }
            } catch {
                lock.withLock { _error = error }
                run.terminate(.cancelled)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Waits until end of file, at most `seconds`; whether the end was reached.
    func wait(seconds: Double) -> Bool {
        finished.wait(timeout: .now() + seconds) == .success
    }
}
