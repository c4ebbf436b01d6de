/// A here-document announced by `<<` whose body starts after the next newline.
struct HereDocument {
    var delimiter: String
    var quoted: Bool
    var stripsTabs: Bool
    /// Where its body goes when a shell may read it as code (`sh -s <<EOF`), else nil.
    var position: String?
}

/// Redirections: here-documents (`<<DELIM`, whose bodies expand placeholders unless the delimiter is quoted),
/// redirection operators and their targets, and process substitution `<(…)`, `>(…)`. Where the text or file
/// they name goes decides whether a placeholder there is data (`ShellPlaceholderRewriter+Positions`).
extension ShellPlaceholderRewriter {
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
        hereDocuments.append(
            HereDocument(
                delimiter: delimiter, quoted: quoted, stripsTabs: stripsTabs, position: hereDocumentPosition()))
    }

    /// A redirection operator (`<`, `>`, `>>`, `>&`, `&>`, `<>`, `<<<`, …): the next word names a file or
    /// descriptor, or with `<<<` is the command's standard input.
    func redirection() {
        let input = current == "<"
        while let c = current, "<>&|".contains(c) {
            emit(c)
            index += 1
        }
        frames[frames.count - 1].redirection = input ? .input(hereDocumentPosition()) : .file
    }

    /// `<(…)` or `>(…)`: a command list whose output (or input) is a file named in the current command.
    func processSubstitution() throws {
        beginWord()
        let position = wordPosition()
        emit(current!)
        emit("(")
        expansion("<(")
        index += 2
        try commands(closedByParenthesis: true, outputPosition: position)
        if current == ")" {
            emit(")")
            index += 1
        }
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
                        note(name, at: document.position)
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
