import ArgumentParser

/// A sampler a study subcommand is named after: its name and the one-line summary of its help.
protocol StudySampler {
    static var name: String { get }
    static var abstract: String { get }
}

/// The samplers of the study subcommands.
enum StudySamplers {
    enum Bayes: StudySampler {
        static let name = "bayes"
        static let abstract = "Tune with Gaussian-process Bayesian optimization (log expected improvement)."
    }

    enum TPE: StudySampler {
        static let name = "tpe"
        static let abstract = "Tune with the tree-structured Parzen estimator (Optuna's default algorithm)."
    }

    enum Random: StudySampler {
        static let name = "random"
        static let abstract = "Tune by random search."
    }

    enum Sobol: StudySampler {
        static let name = "sobol"
        static let abstract = "Tune by scrambled Sobol (quasi-random) search."
    }

    enum Grid: StudySampler {
        static let name = "grid"
        static let abstract = "Tune by exhaustive grid search (floats: --sampler-option points=N values each)."
    }

    enum NSGAII: StudySampler {
        static let name = "nsga2"
        static let abstract = "Tune with NSGA-II (evolutionary, several objectives and constraints)."
    }
}

/// `tuner bayes|tpe|random|sobol|grid|nsga2`: runs a study with one sampler (`StudyRunner`); the subcommands differ
/// only in the sampler and their help.
struct StudyCommand<Sampler: StudySampler>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Sampler.name, abstract: Sampler.abstract,
            discussion: """
                Examples:
                  tuner \(Sampler.name)                                   # tune the MLP on the bundled digits data
                  tuner \(Sampler.name) --objective branin --trials 40
                  tuner \(Sampler.name) --dataset breast-cancer --trials 20 --pruner median
                  tuner \(Sampler.name) --config study.yaml --jobs 2
                  tuner \(Sampler.name) --space space.yaml -- python train.py --lr {lr} --units {units}
                """)
    }

    @OptionGroup var options: StudyOptions

    @Argument(
        parsing: .postTerminator,
        help: ArgumentHelp(
            "After --: a command to tune, with {param} placeholders; "
                + "it prints its result as the last line (a number or JSON).",
            valueName: "command"))
    var command: [String] = []

    func run() throws { try StudyRunner(samplerName: Sampler.name, options: options, command: command).run() }
}
