import Dispatch
import Foundation

/// Turns SIGINT (Ctrl-C), SIGTERM and SIGHUP (the terminal closed) into a call of `handler` on a background
/// queue, so a study can end cleanly: running trials are recorded as failed ("interrupted"), completed ones are
/// kept, the summary is printed.
///
/// A second signal (of any of the three) stops at once, but still leaves no trial running: `abandon` (which
/// fails the process's running trials) is called, for at most `abandonTimeout` seconds (a storage that hangs
/// does not keep the process alive), then the process exits with 128 + the signal's number. Commands still
/// running die with it: each command's process group is killed when `tuner` exits (`CommandProcess`).
final class Interrupts: @unchecked Sendable {
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    static let abandonTimeout = 5.0

    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "tuner.signals")
    private let lock = NSLock()
    private var received: [Int32] = []

    init(abandon: @escaping @Sendable () -> Void = {}, _ handler: @escaping @Sendable (Int32) -> Void) {
        for signalNumber in Self.signals {
            signal(signalNumber, SIG_IGN)  // the dispatch source sees it instead of the default action
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in
                let isFirst = lock.withLock { () -> Bool in
                    received.append(signalNumber)
                    return received.count == 1
                }
                guard isFirst else { Self.stopNow(signalNumber, abandon: abandon) }
                handler(signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any: the exit status is 128 + its number (130 for SIGINT).
    var firstSignal: Int32? { lock.withLock { received.first } }

    /// Fails the running trials (bounded in time) and exits with 128 + `signalNumber`.
    private static func stopNow(_ signalNumber: Int32, abandon: @escaping @Sendable () -> Void) -> Never {
        let done = DispatchSemaphore(value: 0)
        Thread {
            abandon()
            done.signal()
        }.start()
        _ = done.wait(timeout: .now() + abandonTimeout)
        fflush(nil)
        exit(128 + signalNumber)
    }

    deinit {
        for s in sources { s.cancel() }
        for signalNumber in Self.signals { signal(signalNumber, SIG_DFL) }
    }
}
