/// One piece of a command template: a character of the command's own text, or a `{name}` placeholder.
///
/// Only `{identifier}` is a placeholder (a letter or `_`, then letters, digits, `_`, `-` or `.`); `{{` and `}}`
/// stand for literal braces, and a `{` right after `$` (shell `${HOME}`) or holding anything else (JSON such as
/// `{"step": 1}`, shell `{1..3}`) is kept as text.
enum TemplatePiece: Equatable, Sendable {
    case character(Character)
    case placeholder(String)

    /// The pieces of `text`.
    static func parse(_ text: String) -> [TemplatePiece] {
        let chars = Array(text)
        var pieces: [TemplatePiece] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "{" || c == "}") && i + 1 < chars.count && chars[i + 1] == c {
                pieces.append(.character(c))
                i += 2
                continue
            }
            if c == "{" && (i == 0 || chars[i - 1] != "$"), let close = chars[(i + 1)...].firstIndex(of: "}") {
                let name = String(chars[(i + 1)..<close])
                if isPlaceholderName(name) {
                    pieces.append(.placeholder(name))
                    i = close + 1
                    continue
                }
            }
            pieces.append(.character(c))
            i += 1
        }
        return pieces
    }

    /// A placeholder name: a letter or `_`, then letters, digits, `_`, `-` or `.`.
    static func isPlaceholderName(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }
}
