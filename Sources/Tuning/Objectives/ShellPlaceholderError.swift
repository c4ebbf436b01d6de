/// Why a placeholder of a shell command was refused.
public enum ShellPlaceholderError: Error, Equatable, CustomStringConvertible {
    public enum Place: Equatable, Sendable {
        case backquotes, dollarSingleQuotes, quotedHereDocument, evalArgument, expansionInNestedScript
        case arithmeticNonNumber
    }
    case unsafe(String, Place)
    case nulCharacter
    /// A value (of placeholder `{name}`) holding characters a shell treats specially, for a placeholder that
    /// stands where a shell may read its value as code (`position`, see `ShellPlaceholderRewriter+Positions`).
    case codeInValue(String, value: String, position: String)

    public var description: String { "command template: " + reason }

    /// The description without its `command template:` prefix.
    public var reason: String {
        switch self {
        case .nulCharacter: return "the command holds a NUL character"
        case .codeInValue(let name, let value, let position):
            return "placeholder {\(name)} stands \(position), where a shell may run its value as code; its value '"
                + value.escapingControlCharacters + "' may hold only ASCII letters, digits and _ . , : + @ % / -"
        case .unsafe(let name, let place):
            let why: String
            switch place {
            case .backquotes: why = "stands inside backquotes; write $(…) instead"
            case .dollarSingleQuotes: why = "stands inside $'…'; use '…' or \"…\" instead"
            case .quotedHereDocument: why = "stands in a here-document with a quoted delimiter"
            case .evalArgument: why = "is an argument of eval, which would run its value as shell code"
            case .expansionInNestedScript:
                why = "stands inside $(…) or ${…} within the script of a nested shell (sh -c)"
            case .arithmeticNonNumber: why = "stands inside $((…)) but its value is not a number"
            }
            return "placeholder {\(name)} \(why)"
        }
    }
}
