/// The values a placeholder may take where a shell may read them as code.
///
/// Where a placeholder stands as data (an argument of a program, `ShellPlaceholderRewriter+Positions`) any
/// value is passed as itself. Where a shell may read the value again (`[[ {c} -eq 0 ]]`, `trap 'echo {c}' EXIT`,
/// `sh -s <<EOF`), only a plain word is accepted: ASCII letters, digits and `_ . , : + @ % / -`. In none of
/// the shells is such a word anything but itself: it holds no blank, quote, `$`, backquote, bracket, brace,
/// parenthesis, glob or operator character, no `=` (so it never assigns, `declare PATH=…`) and no `~` or
/// `#`. Numbers and booleans print as plain words, so only strings (categorical choices, fixed values) can be
/// refused, and the choices of a space are checked before anything runs (`validate(space:)`).
extension CommandTemplate {
    /// Whether `value` is a plain word: ASCII letters, digits and `_ . , : + @ % / -` only.
    public static func isPlainShellWord(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { c in
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
                || "_.,:+@%/-".unicodeScalars.contains(c)
        }
    }

    /// Checks the placeholders against the quoting they stand in, with any values, and the values `space`
    /// may give each placeholder standing where a shell may read it as code: refused placeholders and values
    /// are an error before anything runs (a non-number in `$((…))` is found only when a trial renders).
    public func validate(space: [Parameter] = []) throws {
        var params: Parameters = [:]
        for name in try placeholders() { params[name] = .int(0) }
        _ = try render(params)
        let positions = try rewrite(params, nil) { _, _ in "" }.codePositions
        for parameter in space {
            guard let position = positions.first(where: { $0.name == parameter.name })?.position else { continue }
            let values: [ParameterValue]
            switch parameter.domain {
            case .categorical(let choices): values = choices
            case .fixed(let value): values = [value]
            case .float, .int: values = []
            }
            for case .string(let value) in values where !Self.isPlainShellWord(value) {
                throw ShellPlaceholderError.codeInValue(parameter.name, value: value, position: position)
            }
        }
    }
}
