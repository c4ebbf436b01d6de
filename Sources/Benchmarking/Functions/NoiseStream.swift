import Foundation
import Randomness

/// A generator shared by the trials of one study (evaluations draw in the order they run).
final class NoiseStream: @unchecked Sendable {
    private let lock = NSLock()
    private var rng: Xoshiro256StarStar
    init(_ rng: Xoshiro256StarStar) { self.rng = rng }
    func next<R>(_ body: (inout Xoshiro256StarStar) -> R) -> R { lock.withLock { body(&rng) } }
}
