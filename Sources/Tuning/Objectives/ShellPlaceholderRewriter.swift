/// Rewrites the placeholders of a shell script into references to environment variables, each written for the
/// quoting context it stands in, so that the shell expands a parameter's value as data and never parses it:
///
/// | where `{x}` stands | becomes | the shell sees |
/// |---|---|---|
/// | unquoted: `--x {x}` | `"${TUNER_P_x}"` | one word, neither split nor globbed |
/// | in double quotes: `"x={x}"` | `${TUNER_P_x}` | text inside the quotes |
/// | in single quotes: `'x={x}'` | `'"${TUNER_P_x}"'` | the quotes closed, the value, the quotes reopened |
/// | in `$(( … ))` | the number itself | a number (a parameter that is not a number is refused) |
/// | the script of `sh -c`, `bash -c` | the inner reference, quoted for the outer shell | the inner shell expands it |
///
/// POSIX shells never parse the result of a parameter expansion again (XCU 2.6), so a value such as
/// `relu; touch /tmp/x #`, `$(id)` or a newline stays one piece of data. Where no reference can be written
/// safely the placeholder is refused (`ShellPlaceholderError`): inside backquotes, inside `$'…'`, in a
/// here-document with a quoted delimiter, in the arguments of `eval`, and inside a command substitution or
/// parameter expansion within the script argument of a nested shell. Where a shell may read the expanded
/// value again as code (`[[ {x} -eq 0 ]]`, `trap`, `sh -s <<EOF`) the placeholder is recorded in
/// `codePositions` (`ShellPlaceholderRewriter+Positions`), and `CommandTemplate` accepts only plain words there.
final class ShellPlaceholderRewriter {
    /// The programs whose `-c` argument is a shell script.
    static let shells: Set<String> = ["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "yash", "posh"]

    let pieces: [TemplatePiece]
    /// The text written for a placeholder where it stands (`Site`): a reference to the environment variable
    /// holding the value to run the command, the value itself quoted for that site to show it.
    let text: (String, Site) throws -> String
    /// A parameter's value as a number literal, nil when it is not a number.
    let number: (String) -> String?

    var index = 0
    var output = ""
    /// The text that replaced each placeholder, in order of appearance.
    var references: [String] = []
    var frames: [CommandFrame] = []
    /// The argument of `sh -c` being collected, as the inner shell will read it.
    var script: ScriptWord?
    var hereDocuments: [HereDocument] = []
    /// The functions and aliases the script defines (`definedNames(in:)`): never taken for programs.
    let definedNames: Set<String>
    /// Where the output of the whole script goes, when that is a place the shell reads as code.
    let outputPosition: String?
    /// The placeholders standing where a shell may read their value as code, each with the first such place.
    var codePositions: [(name: String, position: String)] = []
    /// The placeholders whose value reaches a program as data, in order (with repeats).
    var dataPlaceholders: [String] = []
    /// Where a `${…}` being read puts a placeholder when that is not its word (`${x:-{c}}`): a subscript or
    /// an offset, which bash evaluates as arithmetic.
    var expansionPosition: String?

    init(
        pieces: [TemplatePiece], text: @escaping (String, Site) throws -> String,
        number: @escaping (String) -> String?, definedNames: Set<String> = [], outputPosition: String? = nil
    ) {
        self.pieces = pieces
        self.text = text
        self.number = number
        self.definedNames = definedNames.union(Self.definedNames(in: pieces))
        self.outputPosition = outputPosition
    }

    /// The rewritten script.
    func rewrite() throws -> String {
        if pieces.contains(.character("\u{0}")) { throw ShellPlaceholderError.nulCharacter }
        try commands(closedByParenthesis: false, outputPosition: outputPosition)
        return output
    }

    // MARK: Emitting

    func emit(_ text: String) { output += text }
    func emit(_ c: Character) { output.append(c) }

    var current: Character? {
        guard index < pieces.count, case .character(let c) = pieces[index] else { return nil }
        return c
    }

    func character(at offset: Int) -> Character? {
        guard index + offset >= 0, index + offset < pieces.count, case .character(let c) = pieces[index + offset]
        else { return nil }
        return c
    }

    /// A character of the current word as the shell will see it after quote removal.
    func literal(_ c: Character) {
        script?.pieces.append(.character(c))
        frames[frames.count - 1].wordLiteral?.append(c)
    }

    /// Text of an expansion within the current word: the word is no longer a plain literal.
    func expansion(_ text: String) {
        for c in text { script?.pieces.append(.character(c)) }
        endLiteral()
    }

    /// The current word is no longer a plain literal: its literal start is kept (`x=` of `x=$y`).
    func endLiteral() {
        let f = frames.count - 1
        if let start = frames[f].wordLiteral { frames[f].wordStart = start }
        frames[f].wordLiteral = nil
    }

    // MARK: Placeholders

    /// Writes the reference for placeholder `name` standing in `context`.
    func placeholder(_ name: String, _ context: ShellQuoting) throws {
        if frames.last?.evalSeen == true { throw ShellPlaceholderError.unsafe(name, .evalArgument) }
        endLiteral()
        if script != nil {
            let k = script!.contexts.count
            script!.pieces.append(.placeholder(name))
            script!.contexts.append(context)
            emit(Self.marker(k))
            return
        }
        note(name, at: wordPosition())
        try reference(try text(name, Site(context)))
    }

    /// Writes `text` in place of a placeholder (outside a nested script word).
    func reference(_ text: String) throws {
        references.append(text)
        emit(text)
    }

    static func marker(_ k: Int) -> String { "\u{0}\(k)\u{0}" }

    /// `text` written so that the shell reading it in `context` passes it on unchanged.
    static func quoted(_ text: String, for context: ShellQuoting) -> String {
        switch context {
        case .unquoted: return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        case .singleQuoted: return text.replacingOccurrences(of: "'", with: "'\\''")
        case .doubleQuoted:
            var escaped = ""
            for c in text {
                if c == "\\" || c == "$" || c == "`" || c == "\"" { escaped.append("\\") }
                escaped.append(c)
            }
            return escaped
        }
    }
}

/// The quoting in force where a placeholder stands within a word.
enum ShellQuoting: Equatable, Sendable {
    case unquoted, doubleQuoted, singleQuoted
}

extension ShellPlaceholderRewriter {
    /// Where a placeholder stands: in a word (with its quoting), in a here-document's body, or in a comment.
    enum Site: Equatable, Sendable {
        case unquoted, doubleQuoted, singleQuoted, hereDocument, comment

        init(_ quoting: ShellQuoting) {
            switch quoting {
            case .unquoted: self = .unquoted
            case .doubleQuoted: self = .doubleQuoted
            case .singleQuoted: self = .singleQuoted
            }
        }

        /// The reference to variable `v` for this site.
        func reference(to v: String) -> String {
            switch self {
            case .unquoted: return "\"${\(v)}\""
            case .doubleQuoted, .hereDocument, .comment: return "${\(v)}"
            case .singleQuoted: return "'\"${\(v)}\"'"
            }
        }

        /// `value` written for this site so that the shell reads exactly it (for display).
        func literal(_ value: String) -> String {
            switch self {
            case .unquoted, .comment: return CommandTemplate.shellQuote(value)
            case .doubleQuoted: return ShellPlaceholderRewriter.quoted(value, for: .doubleQuoted)
            case .singleQuoted: return "'" + CommandTemplate.shellQuote(value) + "'"
            case .hereDocument:
                var escaped = ""
                for c in value {
                    if c == "\\" || c == "$" || c == "`" { escaped.append("\\") }
                    escaped.append(c)
                }
                return escaped
            }
        }
    }
}
