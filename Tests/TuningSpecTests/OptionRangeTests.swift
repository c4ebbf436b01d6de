import Testing
import Tuning

@testable import TuningSpec

/// Every option of every sampler and pruner refuses huge and hugely negative integers at parse time, with one
/// line naming the option: nothing reaches an allocation, a loop or an arithmetic overflow of the algorithm.
@Suite struct OptionRangeTests {
    static let space = try! SearchSpace([.float("x", 0, 1), .int("n", 1, 5)])
    /// Real-valued scales with no natural upper end: a huge number is a valid (if odd) choice.
    static let unboundedReals: Set = ["noise_floor", "refit_growth", "refit_likelihood_drop"]
    static let hugeValues: [Int] = [Int.max, Int.min, 1 << 40, -(1 << 40), 9_223_372_036_854_775_806]

    /// The option names the factory knows, read from its "unknown option (expected one of: …)" error.
    static func optionNames(_ make: ([String: ParameterValue]) throws -> Void) -> [String] {
        do {
            try make(["zz_not_an_option": 1])
        } catch let error as SpecError {
            let prefix = "unknown option (expected one of: "
            guard error.message.hasPrefix(prefix) else { return [] }
            return error.message.dropFirst(prefix.count).dropLast().split(separator: ", ").map(String.init)
        } catch {}
        return []
    }

    static func sampler(_ name: String) -> @Sendable ([String: ParameterValue]) throws -> Void {
        { options in _ = try SamplerFactory.make(name, options: options, space: space, file: "spec.yaml") }
    }

    static func pruner(_ name: String) -> @Sendable ([String: ParameterValue]) throws -> Void {
        { options in _ = try PrunerFactory.make(name, options: options, file: "spec.yaml") }
    }

    static let factories: [(section: String, name: String, make: @Sendable ([String: ParameterValue]) throws -> Void)] =
        StudyConfig.samplers.map { ("sampler_options", $0, sampler($0)) }
        + StudyConfig.pruners.filter { $0 != "none" }.map { ("pruner_options", $0, pruner($0)) }

    @Test func everyFactoryListsItsOptions() {
        for factory in Self.factories where factory.name != "random" {
            #expect(!Self.optionNames(factory.make).isEmpty, "\(factory.name)")
        }
        #expect(Self.optionNames(Self.sampler("bayes")).contains("candidates"))
        #expect(Self.optionNames(Self.pruner("asha")).contains("min_early_stopping_rate"))
    }

    @Test func everyOptionRefusesHugeIntegersWithOneLineNamingIt() {
        for factory in Self.factories {
            for option in Self.optionNames(factory.make) where !Self.unboundedReals.contains(option) {
                for value in Self.hugeValues {
                    do {
                        try factory.make([option: .int(value)])
                        Issue.record("\(factory.name) \(option)=\(value) was accepted")
                    } catch let error as SpecError {
                        #expect(error.field == "\(factory.section).\(option)", "\(factory.name): \(error)")
                        #expect(!"\(error)".contains("\n"))
                    } catch {
                        Issue.record("\(factory.name) \(option)=\(value): \(error)")
                    }
                }
            }
        }
    }

    @Test func theDocumentedBoundsAreInclusive() throws {
        let bounds: [(String, String, Int)] = [
            ("bayes", "candidates", 1_000_000), ("bayes", "restarts", 100), ("bayes", "local_starts", 1000),
            ("bayes", "startup_trials", 1_000_000), ("bayes", "max_model_points", 1_000_000),
            ("bayes", "full_refit_below", 1_000_000), ("bayes", "hyperparameter_samples", 1000),
            ("bayes", "stagnation_trials", 1_000_000),
            ("tpe", "ei_candidates", 1_000_000), ("tpe", "startup_trials", 1_000_000),
            ("nsga2", "population_size", 1_000_000),
        ]
        for (name, option, maximum) in bounds {
            try Self.sampler(name)([option: .int(maximum)])
            #expect(throws: SpecError.self, "\(name) \(option)") { try Self.sampler(name)([option: .int(maximum + 1)]) }
        }
        for (option, range) in PrunerFactory.ranges {
            for name in StudyConfig.pruners where Self.optionNames(Self.pruner(name)).contains(option) {
                try Self.pruner(name)([option: .int(range.upperBound)])
                try Self.pruner(name)([option: .int(range.lowerBound)])
                #expect(throws: SpecError.self) { try Self.pruner(name)([option: .int(range.upperBound + 1)]) }
                #expect(throws: SpecError.self) { try Self.pruner(name)([option: .int(range.lowerBound - 1)]) }
            }
        }
    }
}
