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

    mutating func endSimpleCommand() {
        shellSeen = false
        scriptPending = false
        evalSeen = false
    }
}

/// The argument of a nested `sh -c` as the inner shell reads it, and the outer quoting of each placeholder in it.
struct ScriptWord {
    var pieces: [TemplatePiece] = []
    var contexts: [ShellQuoting] = []
}

/// A here-document announced by `<<` whose body starts after the next newline.
struct HereDocument {
    var delimiter: String
    var quoted: Bool
    var stripsTabs: Bool
}

extension ShellPlaceholderRewriter {
    /// Rewrites a command list up to the end of the script or, with `closedByParenthesis`, up to (not past) the
    /// `)` that closes it.
    func commands(closedByParenthesis: Bool) throws {
        frames.append(CommandFrame())
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
                if c == ")" {
                    if closedByParenthesis && depth == 0 { return }
                    depth -= 1
                }
                if c == "(" { depth += 1 }
                frames[frames.count - 1].endSimpleCommand()
                emit(c)
                index += 1
                if c == "\n" { try hereDocumentBodies() }
            case "<", ">":
                try endWord()
                if c == "<" && character(at: 1) == "<" && character(at: 2) != "<" {
                    try hereDocumentOperator()
                } else {
                    emit(c)
                    index += 1
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
        if frames[f].wordIsScript, let word = script {
            script = nil
            let inner = ShellPlaceholderRewriter(pieces: word.pieces, text: text, number: number)
            _ = try inner.rewrite()
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
            case .placeholder(let name): try reference(try text(name, .comment))
            }
            index += 1
        }
    }

    /// `<<DELIM` or `<<-DELIM`: the delimiter word (quoted when any part of it is quoted) is remembered.
    func hereDocumentOperator() throws {
        emit("<<")
        index += 2
        var stripsTabs = false
        if current == "-" {
            stripsTabs = true
            emit("-")
            index += 1
        }
        while let c = current, c == " " || c == "\t" {
            emit(c)
            index += 1
        }
        var delimiter = ""
        var quoted = false
        while let c = current, !" \t\n;&|<>()".contains(c) {
            if c == "'" || c == "\"" || c == "\\" { quoted = true } else { delimiter.append(c) }
            emit(c)
            index += 1
        }
        hereDocuments.append(HereDocument(delimiter: delimiter, quoted: quoted, stripsTabs: stripsTabs))
    }

    /// The bodies of the here-documents announced on the line just ended. In a body with an unquoted
    /// delimiter the shell expands parameters, so `{x}` becomes `${TUNER_P_x}`; with a quoted one nothing
    /// is expanded and a placeholder is refused.
    func hereDocumentBodies() throws {
        let documents = hereDocuments
        hereDocuments = []
        for document in documents {
            while index < pieces.count {
                var line = ""
                var plain = true
                var end = index
                while end < pieces.count, pieces[end] != .character("\n") {
                    if case .character(let c) = pieces[end] { line.append(c) } else { plain = false }
                    end += 1
                }
                let bare = document.stripsTabs ? String(line.drop(while: { $0 == "\t" })) : line
                for piece in pieces[index..<end] {
                    switch piece {
                    case .character(let c): emit(c)
                    case .placeholder(let name):
                        if document.quoted { throw ShellPlaceholderError.unsafe(name, .quotedHereDocument) }
                        try reference(try text(name, .hereDocument))
                    }
                }
                index = end
                if index < pieces.count {
                    emit("\n")
                    index += 1
                }
                if plain && bare == document.delimiter { break }
            }
        }
    }
}
