import Tuning

/// Builds the pruner a spec names (`none | median | percentile | asha | hyperband`) from its options.
///
/// | pruner | options (defaults) |
/// |---|---|
/// | median | startup_trials (5), warmup_steps (0), interval_steps (1) |
/// | percentile | percentile (25), startup_trials (5), warmup_steps (0), interval_steps (1) |
/// | asha | min_resource (auto), reduction_factor (4), min_early_stopping_rate (0) |
/// | hyperband | min_resource (1), max_resource (auto), reduction_factor (3) |
public enum PrunerFactory {
    public static func make(_ name: String?, options: [String: ParameterValue], file: String = "spec") throws -> (
        any Pruner
    )? {
        var o = OptionReader(options, section: "pruner_options", file: file)
        let pruner: (any Pruner)?
        do {
            switch name ?? "none" {
            case "none":
                pruner = nil
            case "median":
                pruner = try MedianPruner(
                    startupTrials: o.int("startup_trials", default: 5, atLeast: 0),
                    warmupSteps: o.int("warmup_steps", default: 0, atLeast: 0),
                    intervalSteps: o.int("interval_steps", default: 1, atLeast: 1))
            case "percentile":
                pruner = try PercentilePruner(
                    percentile: o.double("percentile", default: 25, in: 0...100),
                    startupTrials: o.int("startup_trials", default: 5, atLeast: 0),
                    warmupSteps: o.int("warmup_steps", default: 0, atLeast: 0),
                    intervalSteps: o.int("interval_steps", default: 1, atLeast: 1))
            case "asha":
                pruner = try SuccessiveHalvingPruner(
                    minResource: o.optionalInt("min_resource", atLeast: 1),
                    reductionFactor: o.int("reduction_factor", default: 4, atLeast: 2),
                    minEarlyStoppingRate: o.int("min_early_stopping_rate", default: 0, atLeast: 0))
            case "hyperband":
                pruner = try HyperbandPruner(
                    minResource: o.int("min_resource", default: 1, atLeast: 1),
                    maxResource: o.optionalInt("max_resource", atLeast: 2),
                    reductionFactor: o.int("reduction_factor", default: 3, atLeast: 2))
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
