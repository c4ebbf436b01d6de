import Foundation

/// A shell command with `{name}` placeholders, e.g. `python train.py --lr {lr} --units {units}`.
///
/// Each placeholder is replaced by the trial's value of that parameter, *shell-quoted* (POSIX single quotes,
/// with `'` written as `'\''`) unless it consists only of characters that are safe unquoted
/// (letters, digits, `-_.,:/+=@%`), so a value can never inject shell syntax. `{{` and `}}` stand for literal
/// braces. A placeholder naming a parameter the trial lacks (unknown or inactive) substitutes nothing and is
/// reported by `validate` / `render`.
public struct CommandTemplate: Sendable, Hashable {
    public let text: String

    /// Errors of rendering.
    public enum TemplateError: Error, Equatable, CustomStringConvertible {
        case unknownPlaceholder(String)
        case unclosedPlaceholder
        public var description: String {
            switch self {
            case .unknownPlaceholder(let n): return "command template: no parameter '\(n)' for placeholder {\(n)}"
            case .unclosedPlaceholder: return "command template: '{' without a closing '}'"
            }
        }
    }

    public init(_ text: String) { self.text = text }

    /// The placeholder names, in order of appearance.
    public func placeholders() throws -> [String] {
        var names: [String] = []
        _ = try render { names.append($0); return "" }
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
        var out = "", i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c == "{" && next < text.endIndex && text[next] == "{" { out.append("{"); i = text.index(after: next); continue }
            if c == "}" && next < text.endIndex && text[next] == "}" { out.append("}"); i = text.index(after: next); continue }
            if c == "{" {
                guard let close = text[next...].firstIndex(of: "}") else { throw TemplateError.unclosedPlaceholder }
                let name = String(text[next..<close]).trimmingCharacters(in: .whitespaces)
                out += try substitute(name)
                i = text.index(after: close)
                continue
            }
            out.append(c)
            i = next
        }
        return out
    }

    /// `s` as one POSIX shell word.
    public static func shellQuote(_ s: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,:/+=@%")
        if !s.isEmpty && s.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
