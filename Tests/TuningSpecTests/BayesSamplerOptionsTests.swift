import Testing
import Tuning

@testable import TuningSpec

/// The `bayes` sampler's `sampler_options` reach `GPSampler.Options`: `warm_start`, `noise_floor` and every
/// `output_warping` choice (with `auto`), from a spec file and from `--sampler-option key=value` pairs (which the
/// CLI turns into the same `ParameterValue`s: ints, floats including inf and nan, booleans, strings).
@Suite struct BayesSamplerOptionsTests {
    static func options(_ values: [String: ParameterValue], file: String = "spec.yaml") throws -> GPSampler.Options {
        let space = try SearchSpace([.float("x", 0, 1)])
        let sampler = try SamplerFactory.make("bayes", options: values, space: space, file: file)
        return try #require(sampler as? GPSampler).options
    }

    @Test func noOptionsGiveTheSamplersOwnDefaults() throws {
        #expect(try Self.options([:]) == GPSampler.Options())
    }

    @Test(arguments: [true, false])
    func warmStartIsPassedOn(_ value: Bool) throws {
        let options = try Self.options(["warm_start": .bool(value)])
        #expect(options.warmStart == value)
        var expected = GPSampler.Options()
        expected.warmStart = value
        #expect(options == expected, "no other option changes")
    }

    @Test(arguments: [ParameterValue.float(1e-6), .float(2.5e-10), .float(0.5), .int(1)])
    func noiseFloorIsPassedOn(_ value: ParameterValue) throws {
        let options = try Self.options(["noise_floor": value])
        #expect(options.noiseFloor == value.doubleValue)
        var expected = GPSampler.Options()
        expected.noiseFloor = try #require(value.doubleValue)
        #expect(options == expected, "no other option changes")
    }

    @Test(arguments: OutputWarping.allCases)
    func everyOutputWarpingIsAccepted(_ warping: OutputWarping) throws {
        #expect(try Self.options(["output_warping": .string(warping.rawValue)]).outputWarping == warping)
    }

    @Test func autoIsTheSpecNameOfTheAutomaticWarping() throws {
        #expect(try Self.options(["output_warping": .string("auto")]).outputWarping == .automatic)
    }

    @Test func aSpecFileSetsTheNewOptions() throws {
        let yaml = """
            sampler: bayes
            sampler_options:
              warm_start: true
              noise_floor: 1.0e-6
              output_warping: auto
              startup_trials: 7
            """
        let config = try StudyConfig(text: yaml, file: "spec.yaml")
        let options = try Self.options(config.samplerOptions)
        #expect(options.warmStart && options.noiseFloor == 1e-6 && options.outputWarping == .automatic)
        #expect(options.startupTrials == 7)
        let limited = try Self.options(["max_model_points": .int(300)])
        var expected = GPSampler.Options()
        expected.maximumModelPoints = 300
        #expect(limited == expected)
    }

    @Test(arguments: [
        (ParameterValue.float(0), "spec.yaml: sampler_options.noise_floor: must be > 0, got 0.0"),
        (.int(0), "spec.yaml: sampler_options.noise_floor: must be > 0, got 0.0"),
        (.float(-1e-8), "spec.yaml: sampler_options.noise_floor: must be > 0, got -1e-08"),
        (.float(.infinity), "spec.yaml: sampler_options.noise_floor: must be a finite positive number, got inf"),
        (.float(.nan), "spec.yaml: sampler_options.noise_floor: must be a finite positive number, got nan"),
        (.string("tiny"), "spec.yaml: sampler_options.noise_floor: must be a positive number, got 'tiny'"),
        (.bool(true), "spec.yaml: sampler_options.noise_floor: must be a positive number, got 'true'"),
    ])
    func badNoiseFloorsGiveOneLineErrorsNamingTheOption(_ value: ParameterValue, _ expected: String) {
        do {
            _ = try Self.options(["noise_floor": value])
            Issue.record("no error for noise_floor \(value)")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test(arguments: [
        ("warm_start: 1", "spec.yaml: sampler_options.warm_start: must be true or false, got '1'"),
        ("warm_start: maybe", "spec.yaml: sampler_options.warm_start: must be true or false, got 'maybe'"),
        ("noise_floor: .inf", "spec.yaml: sampler_options.noise_floor: must be a positive number, got '.inf'"),
        ("noise_floor: -1.0e-6", "spec.yaml: sampler_options.noise_floor: must be > 0, got -1e-06"),
        (
            "output_warping: automatic",
            "spec.yaml: sampler_options.output_warping: 'automatic' is not one of none, log, boxcox, auto"
        ),
        ("startup_design: halton", "spec.yaml: sampler_options.startup_design: 'halton' is not one of random, sobol"),
        ("hyperparameter_samples: -1", "spec.yaml: sampler_options.hyperparameter_samples: must be ≥ 0, got -1"),
        (
            "hyperparameter_samples: 1000000000000",
            "spec.yaml: sampler_options.hyperparameter_samples: must be ≤ 1000, got 1000000000000"
        ),
        (
            "noisy_hyperparameter_samples: 2.5",
            "spec.yaml: sampler_options.noisy_hyperparameter_samples: must be an integer, got '2.5'"
        ),
        (
            "noisy_hyperparameter_samples: .nan",
            "spec.yaml: sampler_options.noisy_hyperparameter_samples: must be an integer, got '.nan'"
        ),
        ("max_model_points: 1", "spec.yaml: sampler_options.max_model_points: must be ≥ 2, got 1"),
        ("max_model_points: many", "spec.yaml: sampler_options.max_model_points: must be an integer, got 'many'"),
    ])
    func badValuesInASpecFileGiveOneLineErrors(_ option: String, _ expected: String) throws {
        let config = try StudyConfig(text: "sampler_options:\n  \(option)", file: "spec.yaml")
        do {
            _ = try Self.options(config.samplerOptions)
            Issue.record("no error for \(option)")
        } catch {
            #expect("\(error)" == expected)
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func aMisspelledOptionListsTheNewOnes() {
        do {
            _ = try Self.options(["noise_flor": .float(1e-6)], file: "--sampler-option")
            Issue.record("no error for a misspelled option")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("--sampler-option: sampler_options.noise_flor: unknown option"), "\(message)")
            #expect(message.contains("noise_floor") && message.contains("warm_start"), "\(message)")
        }
    }
}
