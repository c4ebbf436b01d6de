import ArgumentParser
import Foundation
import Tuning
import TuningReport
import TuningSpec

/// `tuner ask`: starts the next trial of a study and prints its parameters, for optimization loops run by
/// another program (Optuna's `optuna ask`). The first call creates the study from `--space` or `--config`
/// (its sampler is remembered in the study's user attributes); later calls reopen it with its stored space,
/// direction and seed. Pair every ask with a `tuner tell`.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Start the next trial of a study and print it as {\"trial\": N, \"params\": {...}}.",
        discussion: """
            The first ask creates the study from --space or --config (direction: --direction, else the spec's, else
            minimize); later asks reopen it with its stored space, direction, seed and sampler. Finish each trial
            with `tuner tell`.

            Examples:
              tuner ask --study demo --space space.yaml --sampler tpe --storage sqlite:///tmp/demo.db
              tuner ask --study demo --storage sqlite:///tmp/demo.db          # the next trial of the same study
              tuner ask --study mlp --config study.yaml --direction maximize --seed 7
              tuner ask --study demo --count 8       # 8 trials for 8 parallel jobs
            """)

    @OptionGroup var studyOptions: AskedStudyOptions

    @Option(
        help: ArgumentHelp(
            "Start K trials, chosen jointly (each proposed with the ones before it as running trials); one JSON line "
                + "each (fewer when the sampler runs out).",
            valueName: "K"))
    var count: Int?

    @Option(
        help: ArgumentHelp(
            "Seconds the trial is reserved for its tell (default 86400, one day; at most a year): until then no "
                + "worker fails it as stale; a tell after it is refused.",
            valueName: "seconds"))
    var lease: Double?

    func validate() throws {
        if let lease, (try? TrialLease.validate(seconds: lease)) == nil {
            throw ValidationError(
                "--lease must be a positive number of seconds, at most 31622400 (a year), got \(lease)")
        }
        if let count, !(1...AskedStudy.maximumBatch).contains(count) {
            throw ValidationError("--count must be from 1 to \(AskedStudy.maximumBatch), got \(count)")
        }
    }

    func run() throws {
        let asked = try studyOptions.open()
        let trials = try asked.ask(count: count ?? 1, lease: lease ?? TrialLease.defaultSeconds)
        if trials.isEmpty {
            throw RuntimeError(
                "sampler '\(asked.samplerName)' has nothing left to propose for study '\(asked.study.name)' "
                    + "(every grid point is taken)")
        }
        for trial in trials {
            print(JSONValue.object([("trial", .int(trial.number)), ("params", JSONValue(trial.params))]).text)
        }
        if trials.count < count ?? 1 {
            FileHandle.standardError.write(
                Data(
                    "note: \(trials.count) of \(count!) trials: sampler '\(asked.samplerName)' has nothing left\n".utf8)
            )
        }
    }
}
