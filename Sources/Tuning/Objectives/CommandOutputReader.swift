import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a command's stdout line by line on its own thread while the command runs: reports intermediate
/// values to the trial, asks the pruner after each one (terminating the command when it says so), and keeps
/// the last result line (`CommandOutputLine`).
///
/// Reading is linear in the output's length: each byte is looked at once when its chunk arrives (a line's
/// start is remembered, the buffer is compacted once per chunk). A line longer than `maxLineBytes` is
/// dropped as it streams past, never buffered whole, with one warning per trial; refused lines (a step that
/// is not a whole number in range) are skipped with a warning each; an invalid line (a boolean where a number
/// belongs) stops the command and fails the trial.
final class CommandOutputReader: @unchecked Sendable {
    /// The longest line kept: 1 MiB.
    static let maxLineBytes = 1 << 20

    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var _result: Double?
    private var _metrics: [String: Double] = [:]
    private var _lastLine: String?
    private var _error: (any Error)?

    /// The last result line's value, the last non-intermediate line, and an error from reporting, if any.
    var result: Double? { lock.withLock { _result } }
    /// The last value of each metric named in `metrics` (studies with several objectives or constraints).
    var metrics: [String: Double] { lock.withLock { _metrics } }
    var lastLine: String? { lock.withLock { _lastLine } }
    var error: (any Error)? { lock.withLock { _error } }

    init(
        _ fd: Int32, metric: String?, metrics metricNames: [String] = [], trial: TrialContext, run: CommandRun,
        maxLineBytes: Int = maxLineBytes, warn: @escaping @Sendable (String) -> Void
    ) {
        let thread = Thread { [self] in
            var lines = LineSplitter(maxLineBytes: maxLineBytes)
            var pruned = false
            var warnedLong = false
            var lineNumber = 0
            var attributeKeys = Set<String>()
            func consume(_ line: String) throws {
                lineNumber += 1
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
                let attributes = CommandOutputAttributes(parsing: line)
                if let attributes {
                    let refused = Self.store(attributes, of: trial, keys: &attributeKeys)
                    if !refused.isEmpty {
                        warn("trial \(trial.number): output line \(lineNumber): attrs not stored: \(refused)")
                    }
                }
                switch CommandOutputLine.metrics(in: line, names: metricNames) {
                case .success(let values)?:
                    lock.withLock {
                        _metrics.merge(values) { $1 }
                        _lastLine = line
                    }
                case .failure(let error)?:
                    throw CommandObjective.CommandError.invalidOutput(line: lineNumber, reason: error.reason)
                case nil: break
                }
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
                case .refused(let why):
                    warn("trial \(trial.number): output line \(lineNumber) ignored: \(why)")
                case .invalid(let why):
                    throw CommandObjective.CommandError.invalidOutput(line: lineNumber, reason: why)
                case .other where attributes != nil: break  // an attributes line is not the output's last word
                case .other: lock.withLock { _lastLine = line }
                }
            }
            func dropped(_ bytes: Int) {
                lineNumber += 1
                guard !warnedLong else { return }
                warnedLong = true
                warn(
                    "trial \(trial.number): output line \(lineNumber) is longer than \(maxLineBytes) bytes "
                        + "(\(bytes) or more): dropped")
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            do {
                while true {
                    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    try lines.append(chunk[0..<n], line: consume, dropped: dropped)
                }
                try lines.finish(line: consume, dropped: dropped)
            } catch {
                lock.withLock { _error = error }
                run.terminate(.cancelled)
                // Drains the pipe so that the command is not blocked writing while it is being stopped.
                while chunk.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stores the accepted attributes of one line as user attributes of `trial` (`keys`: those this trial's output
    /// has set so far, at most `CommandOutputAttributes.maximumCount`), and returns why the others were not stored,
    /// as one line: the first three reasons and the count of the rest.
    static func store(_ attributes: CommandOutputAttributes, of trial: TrialContext, keys: inout Set<String>) -> String
    {
        var refused = attributes.refused
        for (key, value) in attributes.accepted {
            guard keys.contains(key) || keys.count < CommandOutputAttributes.maximumCount else {
                refused.append("'\(key)': more than \(CommandOutputAttributes.maximumCount) attributes in one trial")
                continue
            }
            do {
                try trial.setUserAttribute(key, value)
                keys.insert(key)
            } catch {
                refused.append("'\(key)': \(error)".escapingControlCharacters)
            }
        }
        let shown = refused.prefix(3).joined(separator: "; ")
        return refused.count > 3 ? shown + "; and \(refused.count - 3) more" : shown
    }

    /// Waits until end of file, at most `seconds`; whether the end was reached.
    func wait(seconds: Double) -> Bool {
        finished.wait(timeout: .now() + seconds) == .success
    }
}

/// Splits a byte stream into lines in linear time, holding at most `maxLineBytes` of an unfinished line.
struct LineSplitter {
    let maxLineBytes: Int
    private var pending: [UInt8] = []
    /// Bytes of the current line seen while it is being dropped (0: not dropping).
    private var droppedBytes = 0

    init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// Feeds `bytes`; calls `line` for each complete line kept and `dropped` for each overlong one.
    mutating func append(
        _ bytes: ArraySlice<UInt8>, line: (String) throws -> Void, dropped: (Int) -> Void
    ) throws {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? bytes.endIndex
            let piece = bytes[start..<end]
            if droppedBytes > 0 {
                droppedBytes += piece.count
            } else if pending.count + piece.count > maxLineBytes {
                droppedBytes = pending.count + piece.count
                pending.removeAll(keepingCapacity: false)
            } else {
                pending.append(contentsOf: piece)
            }
            guard newline != nil else { return }
            if droppedBytes > 0 {
                dropped(droppedBytes)
                droppedBytes = 0
            } else {
                let text = String(decoding: pending, as: UTF8.self)
                pending.removeAll(keepingCapacity: true)
                try line(text)
            }
            start = end + 1
        }
    }

    /// The last line, if the stream did not end with a newline.
    mutating func finish(line: (String) throws -> Void, dropped: (Int) -> Void) throws {
        if droppedBytes > 0 {
            dropped(droppedBytes)
        } else if !pending.isEmpty {
            try line(String(decoding: pending, as: UTF8.self))
        }
        pending = []
        droppedBytes = 0
    }
}
