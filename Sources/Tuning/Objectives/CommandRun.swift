import Foundation

/// The supervision of one running command: a watcher thread that kills the process group on timeout or
/// cancellation, and termination for pruning. (Foundation's `Process.isRunning` is not updated while the
/// thread that started the process is blocked, so nothing here relies on it.) The child leads its own process group
/// (Foundation's `Process` puts it there), so `kill(−pid, …)` reaches the shell and everything it started.
final class CommandRun: @unchecked Sendable {
    enum StopReason { case pruned, timedOut, cancelled }

    private let lock = NSLock()
    private let process: Process
    private let grace: Double
    private var stopReason: StopReason?
    private var done = false

    init(process: Process, grace: Double) {
        self.process = process
        self.grace = grace
    }

    /// Why the command was stopped by us, if it was.
    var reason: StopReason? { lock.withLock { stopReason } }

    /// Marks the process as exited (the watcher stops).
    func finished() { lock.withLock { done = true } }

    /// Starts the watcher: every 50 ms, until `finished()`, checks the deadline and the study's cancellation,
    /// and whether the shell has exited while its output is still open: a background child that inherited the
    /// pipes (and Foundation's own exit-notification descriptor) would otherwise keep the trial waiting, so
    /// `grace` seconds after the shell's exit the rest of its process group is killed.
    func watch(timeout: Double?, isCancelled: @escaping @Sendable () -> Bool) {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        let pid = process.processIdentifier
        let thread = Thread { [self] in
            var exitedAt: Date?
            while !lock.withLock({ done }) {
                if exitedAt == nil && Self.hasExited(pid) { exitedAt = Date() }
                if let exitedAt, Date().timeIntervalSince(exitedAt) > grace {
                    killLeftovers()
                    return
                }
                if let deadline, Date() >= deadline {
                    terminate(.timedOut)
                    return
                }
                if isCancelled() {
                    terminate(.cancelled)
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        thread.start()
    }

    /// Whether process `pid` has exited: it is a zombie (state Z in /proc/<pid>/stat) or already reaped.
    static func hasExited(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.first == "Z" || fields.first == "X"
    }

    /// Kills whatever is left of the process group (background children still holding the output pipes).
    func killLeftovers() {
        let pid = process.processIdentifier
        if pid > 0 { kill(-pid, SIGKILL) }
    }

    /// SIGTERM to the process group, then SIGKILL after the grace period if it is still running.
    func terminate(_ reason: StopReason) {
        let pid = lock.withLock { () -> Int32? in
            guard stopReason == nil, !done else { return nil }
            stopReason = reason
            return process.processIdentifier
        }
        guard let pid, pid > 0 else { return }
        kill(-pid, SIGTERM)
        let grace = self.grace
        DispatchQueue.global().asyncAfter(deadline: .now() + grace) { [self] in
            if !lock.withLock({ done }) { kill(-pid, SIGKILL) }
        }
    }
}

/// Reads a pipe to its end on a background thread, keeping only the last `limit` bytes.
final class StderrTail: @unchecked Sendable {
    private let lock = NSLock()
    private var tail = Data()
    private let group = DispatchGroup()

    init(_ handle: FileHandle, limit: Int) {
        group.enter()
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock {
                    tail.append(chunk)
                    if tail.count > limit { tail.removeFirst(tail.count - limit) }
                }
            }
            group.leave()
        }
        thread.start()
    }

    /// Waits for end of file (at most 2 s after the process exited) and returns the tail as text.
    func finish() -> String {
        _ = group.wait(timeout: .now() + 2)
        return lock.withLock { String(decoding: tail, as: UTF8.self) }.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
