/// The quoted and expanded parts of a word: `'…'`, `"…"`, `` `…` ``, `$'…'`, `${…}`, `$(…)` and `$((…))`.
extension ShellPlaceholderRewriter {
    /// `'…'`: nothing inside is special; a placeholder closes the quotes around its reference.
    func singleQuoted() throws {
        emit("'")
        index += 1
        while index < pieces.count {
            switch pieces[index] {
            case .placeholder(let name): try placeholder(name, .singleQuoted)
            case .character("'"):
                emit("'")
                index += 1
                return
            case .character(let c):
                emit(c)
                literal(c)
            }
            index += 1
        }
    }

    /// `"…"`: `$` and backquotes expand, a backslash escapes `$`, `` ` ``, `"`, `\` and newline.
    func doubleQuoted() throws {
        emit("\"")
        index += 1
        while index < pieces.count {
            switch pieces[index] {
            case .placeholder(let name):
                try placeholder(name, .doubleQuoted)
                index += 1
            case .character("\""):
                emit("\"")
                index += 1
                return
            case .character("\\"):
                index += 1
                if let next = current {
                    emit("\\")
                    emit(next)
                    if "$`\"\\".contains(next) {
                        literal(next)
                    } else if next != "\n" {
                        literal("\\")
                        literal(next)
                    }
                    index += 1
                } else {
                    emit("\\\\")  // `\{x}`: a literal backslash before the value
                    literal("\\")
                }
            case .character("$"): try dollar(inDoubleQuotes: true)
            case .character("`"): try backquoted()
            case .character(let c):
                emit(c)
                literal(c)
                index += 1
            }
        }
    }

    /// `` `…` ``: its text is parsed again after backslash removal, so no reference can be written in it.
    func backquoted() throws {
        try raw(from: "`", to: "`", refusing: .backquotes)
    }

    /// `$…`: `$((…))`, `$(…)`, `${…}`, `$'…'` or a plain `$name`.
    func dollar(inDoubleQuotes: Bool) throws {
        let next = character(at: 1)
        if next == "(" && character(at: 2) == "(" {
            try arithmetic()
        } else if next == "(" {
            if script != nil {
                try raw(from: "$(", to: ")", refusing: .expansionInNestedScript)
                return
            }
            emit("$(")
            index += 2
            endLiteral()
            try commands(closedByParenthesis: true, outputPosition: wordPosition())
            if current == ")" {
                emit(")")
                index += 1
            }
        } else if next == "{" {
            if script != nil {
                try raw(from: "${", to: "}", refusing: .expansionInNestedScript)
                return
            }
            try parameterExpansion(inDoubleQuotes: inDoubleQuotes)
        } else if next == "'" && !inDoubleQuotes {
            try raw(from: "$'", to: "'", refusing: .dollarSingleQuotes)
        } else {
            emit("$")
            expansion("$")
            index += 1
        }
    }

    /// `${name…}`: a placeholder in its word (`${X:-{x}}`) is referred to as in the surrounding quoting. Only
    /// the word of `-`, `+`, `?` (with or without `:`) is data; elsewhere (a subscript, an offset, a pattern,
    /// the word of `=` that assigns it) a placeholder's value may be read as code.
    func parameterExpansion(inDoubleQuotes: Bool) throws {
        emit("${")
        expansion("${")
        index += 2
        let enclosing = expansionPosition
        defer { expansionPosition = enclosing }
        var head = ""
        while index < pieces.count {
            if enclosing == nil {
                let word = Self.isDataOperand(head)
                expansionPosition = word ? nil : "inside ${…} (a subscript, an offset or a pattern)"
            }
            if case .character(let c) = pieces[index] { head.append(c) } else { head.append("\u{0}") }
            switch pieces[index] {
            case .placeholder(let name):
                try placeholder(name, inDoubleQuotes ? .doubleQuoted : .unquoted)
                index += 1
            case .character("}"):
                emit("}")
                index += 1
                return
            case .character("'") where !inDoubleQuotes: try singleQuoted()
            case .character("\""): try doubleQuoted()
            case .character("$"): try dollar(inDoubleQuotes: inDoubleQuotes)
            case .character("\\"):
                emit("\\")
                index += 1
                if let next = current {
                    emit(next)
                    index += 1
                }
            case .character(let c):
                emit(c)
                index += 1
            }
        }
    }

    /// Whether the text after `${` so far is a name and then `-`, `+` or `?`, with or without `:` (`${x:-`).
    static func isDataOperand(_ head: String) -> Bool {
        var name = Substring(head)
        guard let last = name.popLast(), "-+?".contains(last) else { return false }
        if name.last == ":" { name = name.dropLast() }
        guard let first = name.first else { return false }
        if name.count == 1 && "@*#?-$!0123456789".contains(first) { return true }
        return (first.isLetter || first == "_")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `$((…))`: the text is evaluated as arithmetic, so only a number is written there, as itself.
    func arithmetic() throws {
        emit("$((")
        expansion("$((")
        index += 3
        var depth = 2
        while index < pieces.count, depth > 0 {
            switch pieces[index] {
            case .placeholder(let name):
                guard let value = number(name) else {
                    throw ShellPlaceholderError.unsafe(name, .arithmeticNonNumber)
                }
                if script != nil {
                    script!.pieces.append(.placeholder(name))
                    script!.contexts.append(.unquoted)
                    emit(Self.marker(script!.contexts.count - 1))
                } else {
                    try reference(value)
                }
            case .character(let c):
                if c == "(" { depth += 1 }
                if c == ")" { depth -= 1 }
                emit(c)
                expansion(String(c))
            }
            index += 1
        }
    }

    /// Copies text from `open` to the matching `close` as it is (nested pairs counted, backslash escapes
    /// skipped), refusing any placeholder in it.
    func raw(from open: String, to close: Character, refusing place: ShellPlaceholderError.Place) throws {
        emit(open)
        expansion(open)
        index += open.count
        let opening = open.last!
        var depth = 1
        while index < pieces.count {
            guard case .character(let c) = pieces[index] else {
                if case .placeholder(let name) = pieces[index] { throw ShellPlaceholderError.unsafe(name, place) }
                break
            }
            emit(c)
            expansion(String(c))
            index += 1
            if c == "\\", let next = current {
                emit(next)
                expansion(String(next))
                index += 1
            } else if c == close && (opening == close || depth == 1) {
                return
            } else if c == close {
                depth -= 1
            } else if c == opening {
                depth += 1
            }
        }
    }
}
