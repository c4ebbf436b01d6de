import ArgumentParser

/// A subcommand that runs a study with one sampler; they differ only in the sampler and their help.
protocol StudySubcommand: ParsableCommand {
    static var samplerName: String { get }
    var options: StudyOptions { get }
    var command: [String] { get }
}

extension StudySubcommand {
    func run() throws { try StudyRunner(samplerName: Self.samplerName, options: options, command: command).run() }
}

struct RandomSearch: StudySubcommand {
    static let samplerName = "random"
    static let configuration = CommandConfiguration(
        commandName: "random", abstract: "Tune by random search.",
        discussion: StudyHelp.examples("random"))
    @OptionGroup var options: StudyOptions
    @Argument(parsing: .postTerminator, help: StudyHelp.commandHelp) var command: [String] = []
}

struct SobolSearch: StudySubcommand {
    static let samplerName = "sobol"
    static let configuration = CommandConfiguration(
        commandName: "sobol", abstract: "Tune by scrambled Sobol (quasi-random) search.",
        discussion: StudyHelp.examples("sobol"))
    @OptionGroup var options: StudyOptions
    @Argument(parsing: .postTerminator, help: StudyHelp.commandHelp) var command: [String] = []
}

struct GridSearch: StudySubcommand {
    static let samplerName = "grid"
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Tune by exhaustive grid search (floats: --sampler-option points=N values each).",
        discussion: StudyHelp.examples("grid"))
    @OptionGroup var options: StudyOptions
    @Argument(parsing: .postTerminator, help: StudyHelp.commandHelp) var command: [String] = []
}

enum StudyHelp {
    static let commandHelp = ArgumentHelp(
        "After --: a command to tune, with {param} placeholders; "
            + "it prints its result as the last line (a number or JSON).",
        valueName: "command")

    static func examples(_ sub: String) -> String {
        """
        Examples:
          tuner \(sub)                                   # tune the MLP on the bundled digits data
          tuner \(sub) --objective branin --trials 40
          tuner \(sub) --dataset breast-cancer --trials 20 --pruner median
          tuner \(sub) --config study.yaml --jobs 2
          tuner \(sub) --space space.yaml -- python train.py --lr {lr} --units {units}
        """
    }
}

struct TPESearch: StudySubcommand {
    static let samplerName = "tpe"
    static let configuration = CommandConfiguration(
        commandName: "tpe", abstract: "Tune with the tree-structured Parzen estimator (Optuna's default algorithm).",
        discussion: StudyHelp.examples("tpe"))
    @OptionGroup var options: StudyOptions
    @Argument(parsing: .postTerminator, help: StudyHelp.commandHelp) var command: [String] = []
}

struct BayesSearch: StudySubcommand {
    static let samplerName = "bayes"
    static let configuration = CommandConfiguration(
        commandName: "bayes",
        abstract: "Tune with Gaussian-process Bayesian optimization (log expected improvement).",
        discussion: StudyHelp.examples("bayes"))
    @OptionGroup var options: StudyOptions
    @Argument(parsing: .postTerminator, help: StudyHelp.commandHelp) var command: [String] = []
}
