import Foundation

/// A shell command with `{name}` placeholders, e.g. `python train.py --lr {lr} --units {units}`.
///
/// Each placeholder is replaced by the trial's value of that parameter, *shell-quoted* (POSIX single quotes,
/// with `'` written as `'\''`) unless it consists only of characters that are safe unquoted
/// (letters, digits, `-_.,:/+=@%`), so a value can never inject shell syntax. Only `{identifier}` is a
/// placeholder: other braces (JSON such as `{"step": 1}`, shell `${HOME}` or `{1..3}`) are kept as they are,
/// and `{{` / `}}` stand for literal braces. A placeholder naming a parameter the trial lacks (unknown or
/// inactive) is an error of `render`.
public struct CommandTemplate: Sendable, Hashable {
    public let text: String

    /// Errors of rendering.
    public enum TemplateError: Error, Equatable, CustomStringConvertible {
        case unknownPlaceholder(String)
        public var description: String {
            switch self {
            case .unknownPlaceholder(let n): return "command template: no parameter '\(n)' for placeholder {\(n)}"
            }
        }
    }

    public init(_ text: String) { self.text = text }

    /// The placeholder names, in order of appearance.
    public func placeholders() throws -> [String] {
        var names: [String] = []
        _ = try render {
            names.append($0)
            return ""
        }
        return names
    }

    /// The command for `params`, values shell-quoted.
    public func render(_ params: Parameters) throws -> String {
        try render { name in
            guard let v = params[name] else { throw TemplateError.unknownPlaceholder(name) }
            return Self.shellQuote(v.description)
        }
    }

    private func render(_ substitute: (String) throws -> String) throws -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "{" || c == "}") && i + 1 < chars.count && chars[i + 1] == c {
                out.append(c)
                i += 2
                continue
            }
            if c == "{" && (i == 0 || chars[i - 1] != "$"), let close = chars[(i + 1)...].firstIndex(of: "}") {
                let name = String(chars[(i + 1)..<close])
                if Self.isPlaceholderName(name) {
                    out += try substitute(name)
                    i = close + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// A placeholder name: a letter or `_`, then letters, digits, `_`, `-` or `.`.
    static func isPlaceholderName(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }

    /// `s` as one POSIX shell word.
    public static func shellQuote(_ s: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,:/+=@%")
        if !s.isEmpty && s.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
