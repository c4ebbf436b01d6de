import Tuning

/// Builds the pruner a spec names (`none | median | percentile | asha | hyperband`) from its options.
///
/// | pruner | options (defaults) |
/// |---|---|
/// | median | startup_trials (5), warmup_steps (0), interval_steps (1) |
/// | percentile | percentile (25), startup_trials (5), warmup_steps (0), interval_steps (1) |
/// | asha | min_resource (auto), reduction_factor (4), min_early_stopping_rate (0) |
/// | hyperband | min_resource (1), max_resource (auto), reduction_factor (3) |
///
/// Every integer option has a range, checked here (`PrunerFactory.ranges`): steps and resources are steps a
/// trial can report (0…2³¹ − 1, `CommandOutputLine.maxStep`), counts of trials at most a million, and
/// `min_early_stopping_rate` at most 30, since the first rung, min_resource·η^s ≥ 2^s, is past every step from
/// s = 31 on.
public enum PrunerFactory {
    /// The smallest and largest value of each integer option, by name (the same for every pruner that has it).
    public static let ranges: [String: ClosedRange<Int>] = [
        "startup_trials": 0...maximumTrialCount,
        "warmup_steps": 0...CommandOutputLine.maxStep,
        "interval_steps": 1...CommandOutputLine.maxStep,
        "min_resource": 1...CommandOutputLine.maxStep,
        "max_resource": 2...CommandOutputLine.maxStep,
        "reduction_factor": 2...CommandOutputLine.maxStep,
        "min_early_stopping_rate": 0...30,
    ]

    /// The largest count of trials an option may name (`startup_trials`).
    public static let maximumTrialCount = 1_000_000

    public static func make(_ name: String?, options: [String: ParameterValue], file: String = "spec") throws -> (
        any Pruner
    )? {
        var o = OptionReader(options, section: "pruner_options", file: file)
        // An option missing from `ranges` accepts only its default, which the tests over every option catch.
        func int(_ key: String, default value: Int) throws -> Int {
            try o.int(key, default: value, in: ranges[key] ?? value...value)
        }
        func optionalInt(_ key: String) throws -> Int? { try o.optionalInt(key, in: ranges[key] ?? 0...0) }
        let pruner: (any Pruner)?
        do {
            switch name ?? "none" {
            case "none":
                pruner = nil
            case "median":
                pruner = try MedianPruner(
                    startupTrials: int("startup_trials", default: 5),
                    warmupSteps: int("warmup_steps", default: 0),
                    intervalSteps: int("interval_steps", default: 1))
            case "percentile":
                pruner = try PercentilePruner(
                    percentile: o.double("percentile", default: 25, in: 0...100),
                    startupTrials: int("startup_trials", default: 5),
                    warmupSteps: int("warmup_steps", default: 0),
                    intervalSteps: int("interval_steps", default: 1))
            case "asha":
                pruner = try SuccessiveHalvingPruner(
                    minResource: optionalInt("min_resource"),
                    reductionFactor: int("reduction_factor", default: 4),
                    minEarlyStoppingRate: int("min_early_stopping_rate", default: 0))
            case "hyperband":
                pruner = try HyperbandPruner(
                    minResource: int("min_resource", default: 1),
                    maxResource: optionalInt("max_resource"),
                    reductionFactor: int("reduction_factor", default: 3))
            default:
                throw SpecError(
                    file: file, line: nil, field: "pruner",
                    message: "'\(name!)' is not one of \(StudyConfig.pruners.joined(separator: ", "))")
            }
        } catch let error as StudyError {
            throw SpecError(file: file, line: nil, field: "pruner_options", message: "\(error)")
        }
        try o.rejectUnknown()
        return pruner
    }
}
