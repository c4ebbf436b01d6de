import Foundation

/// The trials one `Study` object is evaluating right now (in `Study.run(_:on:)`), so that the process can
/// tell its own live trials from those of other workers, and fail its own when it must stop at once
/// (`Study.abandonRunningTrials(reason:)`).
final class RunningTrialSet: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: Set<Int> = []

    func insert(_ number: Int) { lock.withLock { _ = numbers.insert(number) } }
    func remove(_ number: Int) { lock.withLock { _ = numbers.remove(number) } }
    func contains(_ number: Int) -> Bool { lock.withLock { numbers.contains(number) } }
    var all: [Int] { lock.withLock { numbers.sorted() } }
}
