import Foundation
import Tuning
import TuningSpec

/// The arguments of `tuner` itself: those before a `--` (what follows belongs to the user's command). They give
/// the secrets every error line is scrubbed of, and the `--study` name checked before anything is opened.
enum OwnArguments {
    /// The arguments before the first `--`.
    static var all: [String] { Array(CommandLine.arguments.dropFirst().prefix { $0 != "--" }) }

    /// The last value given to `flag` (`--flag value` or `--flag=value`), if any.
    static func value(of flag: String) -> String? {
        let arguments = all
        var found: String?
        for (index, argument) in arguments.enumerated() {
            if argument == flag, index + 1 < arguments.count { found = arguments[index + 1] }
            if argument.hasPrefix(flag + "=") { found = String(argument.dropFirst(flag.count + 1)) }
        }
        return found
    }

    /// The passwords of `--storage` and `--from-storage` (as `SecretRedaction` finds them) and of `PGPASSWORD`.
    static var secrets: [String] {
        let storage = ["--storage", "--from-storage"].flatMap {
            value(of: $0).map(SecretRedaction.secrets(inURL:)) ?? []
        }
        let environment = ProcessInfo.processInfo.environment["PGPASSWORD"].map { [$0] } ?? []
        return storage + environment
    }

    /// Throws a usage error (exit 2) naming `--study` when its value breaks `StudyName`'s rule.
    static func checkStudyName() throws {
        guard let name = value(of: "--study") else { return }
        do {
            try StudyName.validate(name)
        } catch {
            throw SpecError(file: "", line: nil, field: "--study", message: "\(error)")
        }
    }
}
