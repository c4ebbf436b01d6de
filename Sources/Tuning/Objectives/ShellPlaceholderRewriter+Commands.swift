/// The state of one command list (the whole script, or the inside of `$( … )`): the word being read and what
/// the words of the current simple command say (a shell name, then `-c`: the next word is a script).
struct CommandFrame {
    var inWord = false
    /// The current word after quote removal; nil once it holds an expansion or a placeholder.
    var wordLiteral: String? = ""
    var wordIsScript = false
    var shellSeen = false
    var scriptPending = false
    var evalSeen = false
    /// The literal start of the current word once it holds an expansion (`x=` of `x={c}`).
    var wordStart = ""
    /// The command name of the current simple command, and how many arguments it has had.
    var command = ShellCommandName.expected
    var arguments = 0
    var printfFormatIsPlain = false
    /// Where this list's output goes when a shell may read it as code (`[[ $(…) -eq 0 ]]`), else nil.
    var outputPosition: String?
    /// The placeholders passed as data in the current pipeline, and whether a `|` awaits its next command.
    var pipeline: [String] = []
    var pipedInto = false
    /// Whether a `|` feeds this simple command, and whether a shell name is among its words (`env sh …`).
    var piped = false
    var runsShell = false
    /// Whether the current word is the target of a redirection: a file, or the command's standard input.
    var redirection = Redirection.none

    enum Redirection: Equatable {
        case none, file
        /// `<`, `<<<`: read by the command, which a shell may run as code (`position`).
        case input(String?)
    }

    init(outputPosition: String?) { self.outputPosition = outputPosition }

    mutating func endSimpleCommand() {
        piped = false
        runsShell = false
        shellSeen = false
        scriptPending = false
        evalSeen = false
        command = .expected
        arguments = 0
        printfFormatIsPlain = false
        redirection = .none
    }

    /// The end of a pipeline (`;`, `&`, `&&`, `||`, a newline).
    mutating func endPipeline() {
        pipeline = []
        pipedInto = false
    }
}

/// The argument of a nested `sh -c` as the inner shell reads it, and the outer quoting of each placeholder in it.
struct ScriptWord {
    var pieces: [TemplatePiece] = []
    var contexts: [ShellQuoting] = []
}

extension ShellPlaceholderRewriter {
    /// Rewrites a command list up to the end of the script or, with `closedByParenthesis`, up to (not past) the
    /// `)` that closes it.
    func commands(closedByParenthesis: Bool, outputPosition: String?) throws {
        frames.append(CommandFrame(outputPosition: outputPosition))
        defer { frames.removeLast() }
        var depth = 0
        while index < pieces.count {
            guard let c = current else {
                guard case .placeholder(let name) = pieces[index] else { break }
                beginWord()
                try placeholder(name, .unquoted)
                index += 1
                continue
            }
            switch c {
            case " ", "\t":
                try endWord()
                emit(c)
                index += 1
            case "\n", ";", "&", "|", "(", ")":
                try endWord()
                if c == "|" && character(at: 1) != "|" && character(at: -1) != "|" {
                    frames[frames.count - 1].pipedInto = true
                } else if c != "(" && c != ")" {
                    frames[frames.count - 1].endPipeline()
                }
                if c == ")" {
                    if closedByParenthesis && depth == 0 { return }
                    depth -= 1
                }
                if c == "(" { depth += 1 }
                frames[frames.count - 1].endSimpleCommand()
                emit(c)
                index += 1
                if c == "(" && current == "(" {  // `(( … ))`: an arithmetic command
                    depth += 1
                    emit("(")
                    index += 1
                    frames[frames.count - 1].command = .named("((")
                }
                if c == "\n" { try hereDocumentBodies() }
            case "&" where character(at: 1) == ">":
                try endWord()
                emit(c)
                index += 1
                redirection()
            case "<", ">":
                let f = frames.count - 1
                if frames[f].inWord, let word = frames[f].wordLiteral, !word.isEmpty, word.allSatisfy(\.isNumber) {
                    frames[f].redirection = .file  // `2>…`: the digits are a file descriptor, not a word
                }
                try endWord()
                if character(at: 1) == "(" {
                    try processSubstitution()
                } else if c == "<" && character(at: 1) == "<" && character(at: 2) != "<" {
                    try hereDocumentOperator()
                } else {
                    redirection()
                }
            case "#" where !frames[frames.count - 1].inWord:
                try comment()
            default:
                beginWord()
                try wordPart(c)
            }
        }
        try endWord()
    }

    /// One part of a word in an unquoted context, starting with `c`.
    func wordPart(_ c: Character) throws {
        switch c {
        case "\\":
            emit(c)
            index += 1
            if let next = current {
                emit(next)
                if next != "\n" { literal(next) }
                index += 1
            } else if index < pieces.count {
                emit("\\")  // `\{x}`: a literal backslash before the value
            }
        case "'": try singleQuoted()
        case "\"": try doubleQuoted()
        case "`": try backquoted()
        case "$": try dollar(inDoubleQuotes: false)
        default:
            emit(c)
            literal(c)
            index += 1
        }
    }

    func beginWord() {
        let f = frames.count - 1
        guard !frames[f].inWord else { return }
        frames[f].inWord = true
        frames[f].wordLiteral = ""
        frames[f].wordIsScript = frames[f].scriptPending && script == nil
        if frames[f].wordIsScript { script = ScriptWord() }
    }

    /// Ends the current word: a script word is rewritten for its inner shell and its references quoted for
    /// this one; a plain word may name a shell, its `-c` option or `eval`.
    func endWord() throws {
        let f = frames.count - 1
        guard frames[f].inWord else { return }
        frames[f].inWord = false
        advanceCommand()
        if frames[f].wordIsScript, let word = script {
            script = nil
            let inner = ShellPlaceholderRewriter(
                pieces: word.pieces, text: text, number: number, definedNames: definedNames,
                outputPosition: frames[f].outputPosition)
            _ = try inner.rewrite()
            merge(inner)
            for (k, reference) in inner.references.enumerated() {
                let quoted = Self.quoted(reference, for: word.contexts[k])
                output = output.replacingOccurrences(of: Self.marker(k), with: quoted)
                references.append(quoted)
            }
            frames[f].shellSeen = false
            frames[f].scriptPending = false
            return
        }
        guard let word = frames[f].wordLiteral else { return }
        if word == "eval" { frames[f].evalSeen = true }
        let program = word.split(separator: "/").last.map(String.init) ?? word
        if Self.shells.contains(program) {
            frames[f].shellSeen = true
            shellNamed()
        } else if frames[f].shellSeen, word.hasPrefix("-"), !word.hasPrefix("--"), word.contains("c"),
            word.dropFirst().allSatisfy({ $0.isASCII && $0.isLetter })
        {
            frames[f].scriptPending = true
        }
    }

    /// `# …` to the end of the line; a placeholder there is written as a reference all the same.
    func comment() throws {
        while index < pieces.count, current != "\n" {
            switch pieces[index] {
            case .character(let c): emit(c)
            case .placeholder(let name):
                note(name, at: nil)
                try reference(try text(name, .comment))
            }
            index += 1
        }
    }
}
