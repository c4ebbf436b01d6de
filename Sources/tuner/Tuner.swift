import ArgumentParser

@main
struct Tuner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tuner",
        abstract: "Tune neural-network hyperparameters; fast linear algebra on OpenBLAS.",
        subcommands: [Bench.self]
    )
}
