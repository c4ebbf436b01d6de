import Foundation

/// Times `subject` and `reference` alternately (so both see the same machine load) until each has run for about
/// `budget` seconds and at least `minimumRepetitions` times (at most 200), after one warm-up call each.
/// Returns the best (minimum) seconds per call of each: the least-disturbed run on a shared, noisy machine.
public func interleavedBestSeconds(
    budget: Double, minimumRepetitions: Int = 3, _ subject: () -> Void,
    reference: () -> Void
) -> (subject: Double, reference: Double) {
    subject()
    reference()
    var best = (subject: Double.infinity, reference: Double.infinity)
    var spent = (subject: 0.0, reference: 0.0)
    var repetitions = 0
    while repetitions < minimumRepetitions || spent.subject < budget || spent.reference < budget {
        let s = secondsTaken(subject)
        let r = secondsTaken(reference)
        best = (min(best.subject, s), min(best.reference, r))
        spent = (spent.subject + s, spent.reference + r)
        repetitions += 1
        if repetitions >= 200 { break }
    }
    return best
}

/// Wall-clock seconds one call of `body` takes (monotonic clock).
public func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
