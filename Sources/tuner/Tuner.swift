import ArgumentParser
import Foundation
import Tuning
import TuningSpec

@main
struct Tuner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tuner",
        abstract: "Tune neural-network hyperparameters: Bayesian optimization, TPE, random, Sobol and grid search.",
        discussion: """
            Examples:
              tuner bayes                                  # tune an MLP on the bundled digits data (about 2 minutes)
              tuner bayes --objective hartmann6 --trials 60
              tuner tpe --dataset breast-cancer --trials 30 --pruner median
              tuner random --space space.yaml -- python train.py --lr {lr} --units {units}
              tuner bench linalg
            """,
        subcommands: [
            StudyCommand<StudySamplers.Bayes>.self, StudyCommand<StudySamplers.TPE>.self,
            StudyCommand<StudySamplers.Random>.self,
            StudyCommand<StudySamplers.Sobol>.self, StudyCommand<StudySamplers.Grid>.self,
            StudyCommand<StudySamplers.NSGAII>.self,
            Worker.self, Studies.self, Show.self, Export.self, Ask.self, Tell.self, Enqueue.self, Import.self,
            Train.self, LRFind.self, Predict.self, Report.self, Bench.self, Sweep.self,
        ]
    )

    /// Exit status 2 and one line for every usage error (flags, spec and space files); 1 for runtime failures.
    static func main() {
        do {
            var command = try parseAsRoot()
            try OwnArguments.checkStudyName()
            try command.run()
            try StandardOutput.finish()
        } catch let error as SpecError {
            fail("error: \(error)", status: 2)
        } catch let error as StorageInputError {
            fail("error: \(error)", status: 2)
        } catch let error as FileWriteError {
            fail("error: \(error)", status: error.isRefusal ? 2 : 1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                fail("error: \(message(for: error))", status: 2)
            } else if code == .success || error is ExitCode || error is CleanExit {
                exit(withError: error)
            } else {
                fail("error: \(message(for: error))", status: 1)
            }
        }
    }

    /// Prints the first line of `message`, scrubbed of the passwords of `--storage` and `PGPASSWORD` and of any
    /// URL password (`SecretRedaction`), and exits with `status`.
    static func fail(_ message: String, status: Int32) -> Never {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        let safe = SecretRedaction.redact(message: line, secrets: OwnArguments.secrets)
        FileHandle.standardError.write(Data(safe.utf8 + [10]))
        Foundation.exit(status)
    }
}
