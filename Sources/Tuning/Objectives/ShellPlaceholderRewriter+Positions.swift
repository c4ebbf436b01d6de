/// Where a placeholder's value goes once the shell has expanded its reference: to a program as data, or to a
/// place where a shell may read it as code.
///
/// Expanding `"${TUNER_P_x}"` never parses the value, but some commands read an argument again: bash
/// evaluates the operands of `[[ … -eq … ]]`, `(( … ))`, `let` and `declare -i` as arithmetic, where a subscript
/// `a[$(cmd)]` runs `cmd`; `read`, `printf -v`, `test -v` and `declare` take a variable name with a subscript;
/// `trap`, `.` and a shell reading standard input run text as a script. Rather than list such contexts, a
/// placeholder counts as data only where that is known: an argument of a program or of a plain-text builtin
/// (`passesArgumentsAsData`), in a here-document read by one, in `${x:-…}`'s word, in `$(…)` whose output is
/// itself data, in a comment. Everywhere else (a command name, an assignment, a builtin's or a shell's
/// argument, a here-document read by a shell, a pipe into one) its position is recorded, and
/// `CommandTemplate` accepts there only values without any character a shell treats specially.
enum ShellCommandName: Equatable {
    /// No command name read yet in this simple command (assignments and `if`, `do`, … may come first).
    case expected
    /// The command name, a literal word.
    case named(String)
    /// A command name holding an expansion (`$cmd`), whatever it may run.
    case unknown
}

extension ShellPlaceholderRewriter {
    /// Where a placeholder in the current word stands, when a shell may read its value as code; nil when the
    /// value reaches a program as data.
    func wordPosition() -> String? {
        if let expansionPosition { return expansionPosition }
        let frame = frames[frames.count - 1]
        switch frame.redirection {
        case .file: return nil
        case .input(let position): return position
        case .none: break
        }
        if let position = frame.outputPosition { return position }
        if frame.runsShell { return "in the arguments of a shell" }
        switch frame.command {
        case .expected: return "as a command name or an assignment"
        case .unknown: return "in the arguments of a command named by an expansion"
        case .named("printf"):
            if frame.arguments > 0 && frame.printfFormatIsPlain { return nil }
            return "in the arguments of printf with a format that converts more than strings"
        case .named(let name): return passesArgumentsAsData(name) ? nil : "in the arguments of \(name)"
        }
    }

    /// Where the body of a here-document announced now goes (the standard input of the current command).
    func hereDocumentPosition() -> String? {
        let frame = frames[frames.count - 1]
        switch frame.command {
        case .named(let name) where passesArgumentsAsData(name): return frame.outputPosition
        case .named(let name): return "in a here-document read by \(name)"
        default: return "in a here-document read by a command not named yet"
        }
    }

    /// Records placeholder `name` standing at `position` (nil: as data).
    func note(_ name: String, at position: String?) {
        guard let position else {
            dataPlaceholders.append(name)
            for f in frames.indices { frames[f].pipeline.append(name) }
            return
        }
        if !codePositions.contains(where: { $0.name == name }) { codePositions.append((name, position)) }
    }

    /// The simple command's name has just been read: if the pipeline feeds it placeholders as data and it is
    /// not a program that takes them as data (`echo {c} | sh`), they stand where a shell may read them.
    func commandNamed() {
        let f = frames.count - 1
        guard frames[f].pipedInto else { return }
        frames[f].pipedInto = false
        frames[f].piped = true
        let position: String
        switch frames[f].command {
        case .named(let name) where passesArgumentsAsData(name): return
        case .named(let name): position = "in the output of a pipeline into \(name)"
        default: position = "in the output of a pipeline into a command whose name is an expansion"
        }
        for name in frames[f].pipeline { note(name, at: position) }
    }

    /// A word of the current simple command names a shell (`env sh …`, `timeout 5 bash …`): its arguments
    /// and what a pipe feeds it stand where a shell reads them.
    func shellNamed() {
        let f = frames.count - 1
        guard !frames[f].runsShell else { return }
        frames[f].runsShell = true
        if frames[f].piped {
            for name in frames[f].pipeline { note(name, at: "in the output of a pipeline into a shell") }
        }
    }

    /// A word just ended in the current simple command: the command name once read, the arguments counted.
    func advanceCommand() {
        let f = frames.count - 1
        if frames[f].redirection != .none {
            frames[f].redirection = .none
            return
        }
        let literal = frames[f].wordLiteral
        switch frames[f].command {
        case .expected:
            if Self.isAssignment(literal ?? frames[f].wordStart) { return }
            if let literal, Self.commandPrefixWords.contains(literal) { return }
            frames[f].command = literal.map { .named($0) } ?? .unknown
            commandNamed()
        case .named("printf") where frames[f].arguments == 0:
            frames[f].printfFormatIsPlain = literal.map(Self.isPlainPrintfFormat) ?? false
            frames[f].arguments += 1
        default:
            frames[f].arguments += 1
        }
    }

    /// Takes in the positions found by the rewriter of a nested shell's script.
    func merge(_ inner: ShellPlaceholderRewriter) {
        for (name, position) in inner.codePositions { note(name, at: position) }
        for name in inner.dataPlaceholders { note(name, at: nil) }
    }
}
