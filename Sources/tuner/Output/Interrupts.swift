import Dispatch
import Foundation

/// Turns SIGINT (Ctrl-C) and SIGTERM into a call of `handler` on a background queue, so a study can end cleanly:
/// running trials are recorded as failed ("interrupted"), completed ones are kept, the summary is printed.
/// A second signal of the same kind exits at once with status 130 (SIGINT) or 143 (SIGTERM).
final class Interrupts: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "tuner.signals")
    private var received: Set<Int32> = []

    init(_ handler: @escaping @Sendable (Int32) -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)  // the dispatch source sees it instead of the default action
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in
                if self.received.contains(signalNumber) { exit(128 + signalNumber) }
                self.received.insert(signalNumber)
                handler(signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
