import ArgumentParser
import Foundation

/// `--quiet` and `--json`, the output flags of the commands that run trials (the study commands, `worker`).
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Print only the summary.")
    var quiet = false

    @Flag(help: "Print one JSON object per finished trial, then a JSON summary.")
    var json = false

    func validate() throws {
        if quiet && json { throw ValidationError("--quiet and --json cannot be combined") }
    }

    /// The progress mode the flags ask for: `--json` and `--quiet` win; otherwise live on a terminal, lines
    /// elsewhere.
    var mode: ProgressReporter.Mode {
        if json { return .json }
        if quiet { return .quiet }
        return isatty(STDOUT_FILENO) != 0 ? .live : .lines
    }
}
