import Randomness

/// Hyperband (Li et al. 2018, "Hyperband: a novel bandit-based approach to hyperparameter optimization") on
/// top of asynchronous successive halving, with Optuna's `HyperbandPruner` semantics.
///
/// With R = `maxResource`, r = `minResource` and η = `reductionFactor` there are
/// n = ⌊log_η(R/r)⌋ + 1 brackets; bracket i runs ASHA with early-stopping rate i (its first rung at r·η^i),
/// so bracket 0 prunes most aggressively and the last one barely. A trial is assigned to bracket i with
/// probability proportional to the bracket's budget ⌈n·η^(n−1−i)/(n−i)⌉, by a hash of its number (Optuna
/// hashes "study name_number" with CRC-32; here SplitMix64 of the number, the same for every worker), and
/// competes only with the trials of its bracket. `maxResource` nil means "auto": the last step of the
/// longest complete trial + 1 (no pruning until a trial has completed).
public struct HyperbandPruner: Pruner {
    public var minResource: Int
    public var maxResource: Int?
    public var reductionFactor: Int
    public var bootstrapCount: Int

    /// - Throws: `StudyError.invalidArgument` naming the bad field.
    public init(minResource: Int = 1, maxResource: Int? = nil, reductionFactor: Int = 3, bootstrapCount: Int = 0) throws
    {
        guard minResource >= 1 else { throw StudyError.invalidArgument(name: "minResource", reason: "must be ≥ 1") }
        if let m = maxResource, m <= minResource {
            throw StudyError.invalidArgument(name: "maxResource", reason: "must exceed minResource")
        }
        guard reductionFactor >= 2 else {
            throw StudyError.invalidArgument(name: "reductionFactor", reason: "must be ≥ 2")
        }
        guard bootstrapCount >= 0 else {
            throw StudyError.invalidArgument(name: "bootstrapCount", reason: "must be ≥ 0")
        }
        self.minResource = minResource
        self.maxResource = maxResource
        self.reductionFactor = reductionFactor
        self.bootstrapCount = bootstrapCount
    }

    /// The number of brackets for a maximum resource R: ⌊log_η(R/r)⌋ + 1 (at most 63, as r·η^n ≤ R < 2⁶³).
    public func bracketCount(maxResource R: Int) -> Int {
        var n = 1
        var x = minResource
        while true {
            let next = x.multipliedReportingOverflow(by: reductionFactor)
            guard !next.overflow, next.partialValue <= R else { break }
            x = next.partialValue
            n += 1
        }
        return n
    }

    /// The budget of each of `n` brackets, ⌈n·η^s/(s+1)⌉ with s = n − 1 − i, each capped at 2⁵⁶ so that their
    /// sum stays below 2⁶³ (only brackets whose budget is already astronomically larger than the others' differ).
    func bracketBudgets(_ n: Int) -> [Int] {
        let cap = 1 << 56
        return (0..<n).map { i -> Int in
            let s = n - 1 - i
            var product = n
            for _ in 0..<s {
                let next = product.multipliedReportingOverflow(by: reductionFactor)
                if next.overflow || next.partialValue > cap { return cap }
                product = next.partialValue
            }
            return min((product + s) / (s + 1), cap)  // ⌈n·η^s/(s+1)⌉
        }
    }

    /// The bracket of trial `number` among `n` brackets.
    public func bracket(ofTrial number: Int, brackets n: Int) -> Int {
        let budgets = bracketBudgets(n)
        var mix = SplitMix64(seed: UInt64(number))
        var ticket = Int(mix.next() % UInt64(budgets.reduce(0, +)))
        for (i, b) in budgets.enumerated() {
            ticket -= b
            if ticket < 0 { return i }
        }
        return n - 1
    }

    public func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool {
        let R: Int
        if let maxResource {
            R = maxResource
        } else {
            guard let longest = trials.filter({ $0.state == .complete }).compactMap(\.lastStep).max() else {
                return false
            }
            R = longest == .max ? .max : longest + 1
        }
        let n = bracketCount(maxResource: R)
        let b = bracket(ofTrial: trial.number, brackets: n)
        guard
            let asha = try? SuccessiveHalvingPruner(
                minResource: minResource, reductionFactor: reductionFactor,
                minEarlyStoppingRate: b, bootstrapCount: bootstrapCount)
        else {
            return false
        }
        return asha.shouldPrune(trial, among: trials, direction: direction) {
            bracket(ofTrial: $0.number, brackets: n) == b
        }
    }
}
