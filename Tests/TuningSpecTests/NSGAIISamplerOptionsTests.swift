import Testing
import Tuning

@testable import TuningSpec

/// The `nsga2` sampler in the registry: its `sampler_options` reach `NSGAIISampler.Options`, from a spec file and
/// from `--sampler-option key=value` pairs, and every bad value is a one-line error naming the option.
@Suite struct NSGAIISamplerOptionsTests {
    static func options(_ values: [String: ParameterValue], file: String = "spec.yaml") throws -> NSGAIISampler.Options
    {
        let space = try SearchSpace([.float("x", 0, 1)])
        let sampler = try SamplerFactory.make("nsga2", options: values, space: space, file: file)
        #expect(sampler.name == "nsga2")
        return try #require(sampler as? NSGAIISampler).options
    }

    @Test func theRegistryKnowsNSGAIIAndASweepNamesItExplicitly() throws {
        #expect(StudyConfig.samplers.contains("nsga2") && SamplerFactory.sweepNames.contains("nsga2"))
        #expect(!SamplerFactory.sweepAllNames.contains("nsga2"), "`all` in a sweep stays the five it was")
        #expect(try SamplerFactory.make(named: "nsga2", space: SearchSpace([.float("x", 0, 1)])).name == "nsga2")
        #expect(try StudyConfig(text: "sampler: nsga2", file: "spec.yaml").sampler == "nsga2")
    }

    @Test func noOptionsGiveTheSamplersOwnDefaults() throws {
        let options = try Self.options([:])
        #expect(options == NSGAIISampler.Options())
        #expect(options.populationSize == 50 && options.crossoverProbability == 0.9)
        #expect(options.mutationProbability == nil && options.crossoverEta == 20 && options.mutationEta == 20)
    }

    @Test func aSpecFileSetsEveryOption() throws {
        let yaml = """
            sampler: nsga2
            sampler_options:
              population_size: 12
              crossover_probability: 0.8
              mutation_probability: 0.25
            """
        let config = try StudyConfig(text: yaml, file: "spec.yaml")
        let options = try Self.options(config.samplerOptions)
        #expect(options.populationSize == 12 && options.crossoverProbability == 0.8)
        #expect(options.mutationProbability == 0.25)
        // Integers are numbers too (`--sampler-option mutation_probability=1`).
        #expect(try Self.options(["mutation_probability": .int(1)]).mutationProbability == 1)
        #expect(try Self.options(["crossover_probability": .int(0)]).crossoverProbability == 0)
    }

    @Test(arguments: [
        ("population_size", ParameterValue.int(1), "spec.yaml: sampler_options.population_size: must be ≥ 2, got 1"),
        ("population_size", .float(2.5), "spec.yaml: sampler_options.population_size: must be an integer, got '2.5'"),
        (
            "crossover_probability", .float(1.5),
            "spec.yaml: sampler_options.crossover_probability: must be in [0.0, 1.0], got 1.5"
        ),
        (
            "mutation_probability", .float(-0.1),
            "spec.yaml: sampler_options.mutation_probability: must be in [0.0, 1.0], got -0.1"
        ),
        (
            "mutation_probability", .float(.nan),
            "spec.yaml: sampler_options.mutation_probability: must be in [0.0, 1.0], got nan"
        ),
        (
            "mutation_probability", .string("1/d"),
            "spec.yaml: sampler_options.mutation_probability: must be a number, got '1/d'"
        ),
        (
            "seed", .int(3),
            "spec.yaml: sampler_options.seed: unknown option "
                + "(expected one of: crossover_probability, mutation_probability, population_size)"
        ),
    ])
    func badOptionsGiveOneLineErrorsNamingTheOption(_ key: String, _ value: ParameterValue, _ expected: String) {
        do {
            _ = try Self.options([key: value])
            Issue.record("no error for \(key) = \(value)")
        } catch {
            #expect("\(error)" == expected)
            #expect(!"\(error)".contains("\n"))
        }
    }
}
