/// The command names a shell runs itself rather than as a program, and which of them pass their arguments on
/// as plain text.
///
/// A shell gives the arguments of a program to `execve` and never looks at them again, so a value there is
/// data whatever it holds. A builtin or a keyword may read an argument as code: as an arithmetic expression
/// (`[[ x -eq 0 ]]`, `let`, `declare -i`, ksh93's `test` and `printf %d`), whose array subscripts run `$(…)`;
/// as a variable name (`read`, `printf -v`, `test -v`, `unset`, `declare`); or as a script (`trap`, `.`,
/// `eval`). Such positions are told apart by name: the union of the builtins and reserved words of bash, zsh,
/// ksh93, mksh, dash, yash and BusyBox ash, so that a name that is a builtin in any of them counts as one.
extension ShellPlaceholderRewriter {
    /// Builtins and reserved words of the common shells.
    static let builtins: Set<String> = [
        // POSIX special and regular builtins, and bash's
        ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen",
        "complete", "compopt", "continue", "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit",
        "export", "false", "fc", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let", "local",
        "logout", "mapfile", "popd", "printf", "pushd", "pwd", "read", "readarray", "readonly", "return", "set",
        "shift", "shopt", "source", "suspend", "test", "times", "trap", "true", "type", "typeset", "ulimit",
        "umask", "unalias", "unset", "wait",
        // reserved words
        "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in",
        "function", "time", "{", "}", "!", "[[", "]]", "coproc", "foreach", "end", "repeat", "nocorrect",
        "noglob", "namespace",
        // zsh
        "autoload", "bindkey", "bye", "cap", "chdir", "clone", "comparguments", "compcall", "compctl",
        "compdescribe", "compfiles", "compgroups", "compquote", "comptags", "comptry", "compvalues", "disable",
        "emulate", "float", "functions", "getcap", "getln", "integer", "limit", "log", "print", "private",
        "pushln", "r", "rehash", "sched", "setcap", "setopt", "stat", "unfunction", "unhash", "unlimit",
        "unsetopt", "vared", "whence", "where", "which", "zcompile", "zformat", "zftp", "zle", "zmodload",
        "zparseopts", "zprof", "zpty", "zregexparse", "zsocket", "zstyle", "ztcp", "strftime", "zcurses",
        "zselect", "zsystem", "syserror", "sysread", "syswrite", "sysopen", "sysseek", "zgetattr", "zsetattr",
        "zdelattr", "zlistattr", "ztie", "zuntie", "zgdbmpath",
        // ksh93, mksh, yash, BusyBox ash
        "getconf", "sleep", "nameref", "redirect", "builtins", "bin", "realpath", "rename", "inherit", "global",
        "array", "dot", "fork", "forkexec", "pids", "poll", "setvar", "shcomp", "stop",
    ]

    /// Builtins that treat every argument as plain text in every shell above (`printf` only with a format that
    /// converts nothing but strings, `isPlainPrintfFormat`), and `case`, whose subject is matched as text.
    static let plainTextBuiltins: Set<String> = ["echo", ":", "true", "false", "cd", "pwd", "case"]

    /// Reserved words after which the next word is again a command name.
    static let commandPrefixWords: Set<String> = [
        "if", "then", "else", "elif", "do", "while", "until", "!", "{", "time",
    ]

    /// Whether the arguments of the command named `name` reach a program as data: a plain-text builtin, or a
    /// program (a path or a plain name that is no builtin, no shell and no function or alias of the script).
    func passesArgumentsAsData(_ name: String) -> Bool {
        if Self.plainTextBuiltins.contains(name) { return true }
        if Self.builtins.contains(name) || definedNames.contains(name) { return false }
        let program = name.split(separator: "/").last.map(String.init) ?? name
        if Self.shells.contains(program) || program.hasPrefix("-") { return false }
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-")
        if name.contains("/") { return name.allSatisfy { plain.contains($0) || $0 == "/" || $0 == "~" } }
        return name.first != "." && name.allSatisfy { plain.contains($0) }
    }

    /// Whether a literal `printf` format converts only strings (`%s`, `%b`, `%c`, `%q`, `%%`, with flags, a
    /// literal width and precision), so that no shell evaluates its arguments as numbers.
    static func isPlainPrintfFormat(_ format: String) -> Bool {
        if format.hasPrefix("-") { return false }
        var characters = format.makeIterator()
        while let c = characters.next() {
            guard c == "%" else { continue }
            var conversion = characters.next()
            while let f = conversion, "-+ #0123456789.".contains(f) { conversion = characters.next() }
            guard let last = conversion, "sbcq%".contains(last) else { return false }
        }
        return true
    }

    /// The names the script defines as functions (`name()`, `function name`) or aliases (`alias name=…`),
    /// which run shell code of their own however they are named.
    static func definedNames(in pieces: [TemplatePiece]) -> Set<String> {
        var tokens: [String] = []
        var word = ""
        for piece in pieces {
            guard case .character(let c) = piece, !" \t\n;&|(){}'\"".contains(c) else {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                if case .character(let c) = piece, "()".contains(c) { tokens.append(String(c)) }
                continue
            }
            word.append(c)
        }
        if !word.isEmpty { tokens.append(word) }
        var names = Set<String>()
        for (k, token) in tokens.enumerated() where k + 1 < tokens.count {
            if k + 2 < tokens.count, tokens[k + 1] == "(", tokens[k + 2] == ")" { names.insert(token) }
            if token == "function" { names.insert(tokens[k + 1]) }
            if token == "alias" {
                for next in tokens[(k + 1)...] {
                    guard let equals = next.firstIndex(of: "=") else { continue }
                    names.insert(String(next[..<equals]))
                }
            }
        }
        return names
    }

    /// Whether `word` (its literal text before any expansion) is an assignment, `name=…`, `name+=…` or
    /// `name[…]=…`, which stands before a command name.
    static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "=") else { return false }
        var name = word[..<equals]
        if name.hasSuffix("+") { name = name.dropLast() }
        if let bracket = name.firstIndex(of: "[") { name = name[..<bracket] }
        guard let first = name.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
