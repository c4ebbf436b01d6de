import Foundation
import Tuning

extension StudyConfig {
    /// The spec in the file `config` (if any) with the space of the file `space` (if any) in place of its own;
    /// an empty spec when neither is given. Unreadable files are a `SpecError` naming the file and the flag
    /// (`--config`, `--space`) that gave it.
    public static func load(config: String?, space: String?) throws -> StudyConfig {
        var result = StudyConfig()
        if let config {
            result = try StudyConfig(text: try readText(config, what: "--config"), file: config)
        }
        if let space {
            result.space = try StudyConfig.space(text: try readText(space, what: "--space"), file: space)
        }
        return result
    }

    /// The text of a user's file, with a one-line error naming it.
    static func readText(_ path: String, what: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SpecError(
                file: path, line: nil, field: "",
                message: "cannot read \(what) file (\((error as NSError).localizedDescription))")
        }
    }

    /// The `command:` of a spec from the arguments of a command line (after `--`), joined by spaces: arguments
    /// made only of letters, digits and `-_./=:,+@%{}` stay as they are (so `{name}` placeholders survive),
    /// others are single-quoted for the shell (`'` written as `'\''`).
    public static func commandLine(_ arguments: [String]) -> String {
        arguments.map(shellQuoteUnlessTemplate).joined(separator: " ")
    }

    static func shellQuoteUnlessTemplate(_ argument: String) -> String {
        let safe = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%{}")
        if !argument.isEmpty && argument.unicodeScalars.allSatisfy(safe.contains) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
