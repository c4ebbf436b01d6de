#if canImport(Glibc)
    import Glibc
#endif

/// How the learning rate η_e of epoch e = 1, 2, … follows from the base rate η (`TrainingConfig.learningRate`).
///
/// | case | η_e |
/// |---|---|
/// | `constant` | η |
/// | `step(every: k, factor: γ)` | η·γ^⌊(e−1)/k⌋ (step decay) |
/// | `exponential(decay: γ)` | η·γ^(e−1) |
/// | `cosine(epochs: T, minimum: η_min)` | η_min + ½(η − η_min)(1 + cos(π·min(e−1, T)/T)) (¹) |
/// | `warmup(epochs: W, then: s)` | η·e/W for e ≤ W (Goyal et al. 2017, §2.2), then s at epoch e − W |
/// | `reduceOnPlateau(factor: γ, patience: p, minDelta: δ, minimum: η_min)` | max(η·γ^k, η_min) (²) |
///
/// (¹) Loshchilov & Hutter, SGDR, ICLR 2017, eq. 5, one cycle.
/// (²) k = number of times the monitored loss failed to improve by more than δ for more than p epochs in a row.
///
/// Plateau reduction needs the monitored loss after each epoch: `LearningRateScheduler.observe(loss:)`.
public indirect enum LearningRateSchedule: Codable, Hashable, Sendable {
    case constant
    case step(every: Int, factor: Double)
    case exponential(decay: Double)
    case cosine(epochs: Int, minimum: Double = 0)
    case warmup(epochs: Int, then: LearningRateSchedule)
    case reduceOnPlateau(factor: Double = 0.1, patience: Int = 10, minDelta: Double = 1e-4, minimum: Double = 0)

    /// The names accepted by `init(name:epochs:)`.
    public static let names = ["constant", "step", "exponential", "cosine", "warmup-cosine", "plateau"]

    /// A schedule from a command-line name with default settings for a run of `epochs` epochs: `constant`,
    /// `step` (×0.5 every max(1, epochs/4) epochs), `exponential` (×0.95 per epoch), `cosine` (to 0 over the run),
    /// `warmup-cosine` (max(1, epochs/10) warm-up epochs, then cosine), `plateau` (×0.1 after 5 flat epochs).
    /// Throws naming `schedule` otherwise.
    public init(name: String, epochs: Int) throws(ConfigurationError) {
        let total = Swift.max(1, epochs)
        switch name.lowercased() {
        case "constant", "none": self = .constant
        case "step": self = .step(every: Swift.max(1, total / 4), factor: 0.5)
        case "exponential": self = .exponential(decay: 0.95)
        case "cosine": self = .cosine(epochs: total)
        case "warmup-cosine":
            let warm = Swift.max(1, total / 10)
            self = .warmup(epochs: warm, then: .cosine(epochs: Swift.max(1, total - warm)))
        case "plateau", "reduce-on-plateau": self = .reduceOnPlateau(factor: 0.1, patience: 5)
        default: throw .invalid(parameter: "schedule", reason: "unknown schedule '\(name)'; use one of \(Self.names)")
        }
    }

    /// Throws naming the first setting out of range.
    public func validate() throws(ConfigurationError) {
        func fail(_ name: String, _ reason: String) -> ConfigurationError {
            .invalid(parameter: "schedule.\(name)", reason: reason)
        }
        switch self {
        case .constant: return
        case .step(let every, let factor):
            if every < 1 { throw fail("every", "\(every) must be at least 1") }
            if !(factor > 0 && factor <= 1) { throw fail("factor", "\(factor) is not in (0, 1]") }
        case .exponential(let decay):
            if !(decay > 0 && decay <= 1) { throw fail("decay", "\(decay) is not in (0, 1]") }
        case .cosine(let epochs, let minimum):
            if epochs < 1 { throw fail("epochs", "\(epochs) must be at least 1") }
            if !(minimum >= 0) { throw fail("minimum", "\(minimum) must be ≥ 0") }
        case .warmup(let epochs, let then):
            if epochs < 1 { throw fail("epochs", "\(epochs) must be at least 1") }
            try then.validate()
        case .reduceOnPlateau(let factor, let patience, let minDelta, let minimum):
            if !(factor > 0 && factor < 1) { throw fail("factor", "\(factor) is not in (0, 1)") }
            if patience < 0 { throw fail("patience", "\(patience) must be ≥ 0") }
            if !(minDelta >= 0) { throw fail("minDelta", "\(minDelta) must be ≥ 0") }
            if !(minimum >= 0) { throw fail("minimum", "\(minimum) must be ≥ 0") }
        }
    }

    /// η_e for the stateless part of the schedule; `plateauScale` is γ^k from reduce-on-plateau.
    func rate(base: Double, epoch: Int, plateauScale: Double) -> Double {
        switch self {
        case .constant: return base
        case .step(let every, let factor): return base * power(factor, (epoch - 1) / every)
        case .exponential(let decay): return base * power(decay, epoch - 1)
        case .cosine(let epochs, let minimum):
            let progress = Double(Swift.min(epoch - 1, epochs)) / Double(epochs)
            return minimum + 0.5 * (base - minimum) * (1 + cos(Double.pi * progress))
        case .warmup(let epochs, let then):
            if epoch <= epochs { return base * Double(epoch) / Double(epochs) }
            return then.rate(base: base, epoch: epoch - epochs, plateauScale: plateauScale)
        case .reduceOnPlateau(_, _, _, let minimum): return Swift.max(base * plateauScale, minimum)
        }
    }

    /// The reduce-on-plateau settings inside this schedule (directly or after a warm-up), if any.
    var plateau: (factor: Double, patience: Int, minDelta: Double)? {
        switch self {
        case .reduceOnPlateau(let factor, let patience, let minDelta, _): return (factor, patience, minDelta)
        case .warmup(_, let then): return then.plateau
        default: return nil
        }
    }
}

/// A `LearningRateSchedule` in progress: the base rate plus the state reduce-on-plateau keeps.
public struct LearningRateScheduler: Sendable {
    public let schedule: LearningRateSchedule
    public let baseRate: Double
    private var plateauScale = 1.0
    private var best = Double.infinity
    private var badEpochs = 0

    public init(schedule: LearningRateSchedule, baseRate: Double) {
        self.schedule = schedule
        self.baseRate = baseRate
    }

    /// η_e for epoch e (1-based).
    public func rate(epoch: Int) -> Double {
        schedule.rate(base: baseRate, epoch: epoch, plateauScale: plateauScale)
    }

    /// Records the monitored loss at the end of an epoch (PyTorch's `ReduceLROnPlateau` rule: after more than
    /// `patience` epochs without an improvement larger than `minDelta`, multiply the rate by `factor`).
    public mutating func observe(loss: Double) {
        guard let plateau = schedule.plateau else { return }
        if loss < best - plateau.minDelta {
            best = loss
            badEpochs = 0
        } else {
            badEpochs += 1
            if badEpochs > plateau.patience {
                plateauScale *= plateau.factor
                badEpochs = 0
            }
        }
    }
}
