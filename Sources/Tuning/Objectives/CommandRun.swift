import Foundation

/// The supervision of one running command (`CommandProcess`): a watcher thread that terminates the process
/// group on timeout or cancellation, and termination for pruning. The command leads its own process group, so
/// `kill(−pid, …)` reaches the shell and everything it started.
final class CommandRun: @unchecked Sendable {
    enum StopReason { case pruned, timedOut, cancelled }

    private let lock = NSLock()
    private let pid: pid_t
    private let grace: Double
    private var stopReason: StopReason?
    private var done = false

    init(pid: pid_t, grace: Double) {
        self.pid = pid
        self.grace = grace
    }

    /// Why the command was stopped by us, if it was.
    var reason: StopReason? { lock.withLock { stopReason } }

    /// Marks the process as exited (the watcher stops).
    func finished() { lock.withLock { done = true } }

    /// Starts the watcher: every 50 ms, until `finished()`, checks the deadline and the study's cancellation.
    func watch(timeout: Double?, isCancelled: @escaping @Sendable () -> Bool) {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        let thread = Thread { [self] in
            while !lock.withLock({ done }) {
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

    /// Kills whatever is left of the process group (background children still holding the output pipes).
    func killLeftovers() {
        if pid > 0 { kill(-pid, SIGKILL) }
    }

    /// SIGTERM to the process group, then SIGKILL after the grace period if it is still running.
    func terminate(_ reason: StopReason) {
        let go = lock.withLock { () -> Bool in
            guard stopReason == nil, !done else { return false }
            stopReason = reason
            return true
        }
        guard go, pid > 0 else { return }
        let pid = self.pid
        kill(-pid, SIGTERM)
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
