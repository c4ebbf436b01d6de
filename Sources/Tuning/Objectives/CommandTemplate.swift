import Foundation

/// A shell command with `{name}` placeholders, e.g. `python train.py --lr {lr} --units {units}`, run by
/// `/bin/sh -c`.
///
/// A parameter's value never reaches a shell as syntax. Every active parameter is passed to the command in an
/// environment variable, `TUNER_P_` followed by its name (characters other than ASCII letters, digits and `_`
/// written as `_`), and each placeholder becomes a reference to that variable written for the quoting it
/// stands in (`ShellPlaceholderRewriter`): `--act {c}` runs as `--act "${TUNER_P_c}"`, `"name: {c}"` as
/// `"name: ${TUNER_P_c}"`, `'name: {c}'` as `'name: '"${TUNER_P_c}"''`. The shell expands a reference
/// into exactly the value (one word, not split, not globbed) and never parses it. The script argument of a
/// nested shell (`sh -c '…'`, `bash -lc "…"`) gets the reference its inner shell needs. A placeholder where
/// no reference can be safe is refused with an error naming it: inside backquotes, `$'…'`, a here-document
/// with a quoted delimiter, the arguments of `eval`, or `$(…)` within a nested shell's script; inside
/// `$((…))` only a number is accepted. Where a shell may read the expanded value again as code (the operands of
/// `[[ … -eq … ]]`, `let`, `trap`, an assignment, a here-document read by `sh`: anything but an argument of a
/// program or of a plain-text builtin, `ShellPlaceholderRewriter+Positions`), a string value must be a plain
/// word (`isPlainShellWord`): `validate(space:)` refuses other choices before anything runs and `render`
/// refuses other values. Other programs that interpret an argument as code (`python -c`, `ssh`) get the value
/// as text inside that argument: let them read `TUNER_P_name` from the environment.
///
/// Only `{identifier}` is a placeholder: other braces (JSON such as `{"step": 1}`, shell `${HOME}` or
/// `{1..3}`) are kept as they are, and `{{` / `}}` stand for literal braces. `{trial}`, `{study}` and
/// `{trial_dir}` name the trial's identity (`TrialIdentity`: `TUNER_TRIAL`, `TUNER_STUDY`, `TUNER_TRIAL_DIR`)
/// unless the trial has a parameter of that name. A placeholder naming a parameter the trial lacks (unknown or
/// inactive), or `{trial_dir}` without an artifacts directory, is an error of `render`.
public struct CommandTemplate: Sendable, Hashable {
    public let text: String

    /// Errors of rendering.
    public enum TemplateError: Error, Equatable, CustomStringConvertible {
        case unknownPlaceholder(String)
        case sameVariable(String, String, variable: String)
        case nulInValue(String)
        case noTrialDirectory
        public var description: String {
            switch self {
            case .unknownPlaceholder(let n): return "command template: no parameter '\(n)' for placeholder {\(n)}"
            case .sameVariable(let a, let b, let v):
                return "command template: parameters '\(a)' and '\(b)' would both be passed as \(v); rename one"
            case .nulInValue(let n): return "command template: the value of '\(n)' holds a NUL character"
            case .noTrialDirectory:
                return "command template: {trial_dir} needs an artifacts directory (--artifacts DIR, spec artifacts:)"
            }
        }
    }

    /// What a rendered command runs: the script for `/bin/sh -c` and the variables holding the values.
    public struct Rendered: Equatable, Sendable {
        public var script: String
        public var environment: [String: String]
    }

    public init(_ text: String) { self.text = text }

    /// The placeholder names, in order of appearance.
    public func placeholders() throws -> [String] {
        TemplatePiece.parse(text).compactMap { if case .placeholder(let n) = $0 { return n } else { return nil } }
    }

    /// The environment variable of parameter `name`.
    public static func variableName(_ name: String) -> String {
        "TUNER_P_" + String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
    }

    /// The command for `params`: placeholders as references to environment variables, and those variables
    /// (with `identity`'s, `TrialIdentity.environment`, when given).
    public func render(_ params: Parameters, identity: TrialIdentity? = nil) throws -> Rendered {
        var environment: [String: String] = [:]
        var owners: [String: String] = [:]
        for (name, value) in params.sorted(by: { $0.key < $1.key }) {
            let variable = Self.variableName(name)
            if let other = owners[variable] { throw TemplateError.sameVariable(other, name, variable: variable) }
            let text = value.description
            if text.contains("\u{0}") { throw TemplateError.nulInValue(name) }
            owners[variable] = name
            environment[variable] = text
        }
        for name in ["study", "trial_dir"] where identity?.value(of: name)?.contains("\u{0}") == true {
            throw TemplateError.nulInValue(name)
        }
        environment.merge(identity?.environment ?? [:]) { value, _ in value }
        let rewriter = try rewrite(params, identity) { name, site in
            let variable = params[name] == nil ? TrialIdentity.variables[name] : nil
            return site.reference(to: variable ?? Self.variableName(name))
        }
        for (name, position) in rewriter.codePositions {
            if case .string(let value) = params[name], !Self.isPlainShellWord(value) {
                throw ShellPlaceholderError.codeInValue(name, value: value, position: position)
            }
        }
        return Rendered(script: rewriter.output, environment: environment)
    }

    /// The command with each value written in, quoted for where it stands: an equivalent command for people
    /// to read (progress, the trial's `command` attribute); the command run is `render`'s.
    public func display(_ params: Parameters, identity: TrialIdentity? = nil) throws -> String {
        try rewrite(params, identity) { name, site in
            site.literal(params[name]?.description ?? identity?.value(of: name) ?? "")
        }.output
    }

    func rewrite(
        _ params: Parameters, _ identity: TrialIdentity?,
        _ text: @escaping (String, ShellPlaceholderRewriter.Site) -> String
    ) throws -> ShellPlaceholderRewriter {
        let rewriter = ShellPlaceholderRewriter(
            pieces: TemplatePiece.parse(self.text),
            text: { name, site in
                if params[name] == nil, identity?.value(of: name) == nil {
                    if identity != nil && name == "trial_dir" { throw TemplateError.noTrialDirectory }
                    throw TemplateError.unknownPlaceholder(name)
                }
                return text(name, site)
            },
            number: { name in
                switch params[name] {
                case .int(let i): return "\(i)"
                case .float(let x) where x.isFinite: return "\(x)"
                case nil where name == "trial": return identity.map { "\($0.number)" }
                default: return nil
                }
            })
        _ = try rewriter.rewrite()
        return rewriter
    }

    /// `s` as one POSIX shell word.
    public static func shellQuote(_ s: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,:/+=@%")
        if !s.isEmpty && s.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
