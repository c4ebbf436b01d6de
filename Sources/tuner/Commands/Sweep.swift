import ArgumentParser

/// `tuner sweep`: benchmark sweeps of samplers × problems × seeds into one CSV (`Benchmarking`'s `SweepFile`),
/// and their summary.
/// Without a subcommand it runs a sweep (`SweepRun`); `summarize` tabulates a CSV (ours, the peers', or both).
struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: """
            Run samplers × problems × seeds into a CSV (resumable, in parallel processes), and summarize it.
            """,
        discussion: """
            Examples:
              tuner sweep --problems all --samplers bayes,tpe,random,sobol,grid \
            --seeds 10 --trials 60 --out results.csv --jobs 2
              tuner sweep --problems branin,mixed,mlp-iris --samplers tpe --seeds 3 --trials 30 --out small.csv
              tuner sweep summarize results.csv --checkpoints 10,30,60 --markdown
            """,
        subcommands: [SweepRun.self, SweepSummarize.self, SweepRunOne.self],
        defaultSubcommand: SweepRun.self
    )
}
