import Tuning
import Yams

/// A YAML (or JSON) node with the file it came from and its dotted path, so every typed read can fail with
/// a `SpecError` naming file, line and field.
struct SpecNode {
    let node: Node
    let file: String
    let path: String

    /// Parses `text` (YAML 1.1; JSON is read as YAML).
    static func parse(_ text: String, file: String) throws -> SpecNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw SpecError(file: file, line: nil, field: "", message: "the file is empty")
            }
            return SpecNode(node: node, file: file, path: "")
        } catch let error as SpecError {
            throw error
        } catch let error as YamlError {
            throw parseError(error, in: text, file: file)
        } catch {
            throw SpecError(file: file, line: nil, field: "", message: "not valid YAML or JSON: \(oneLine("\(error)"))")
        }
    }

    /// A Yams error as a one-line `SpecError`: the problem and its column, at the line Yams reports. Yams' own
    /// descriptions span several lines (a snippet of the file, a caret, a context block), so they are not used.
    private static func parseError(_ error: YamlError, in text: String, file: String) -> SpecError {
        func located(_ problem: String, line: Int?, column: Int?) -> SpecError {
            let at = column.map { " (column \($0))" } ?? ""
            return SpecError(
                file: file, line: line, field: "", message: "not valid YAML or JSON: \(oneLine(problem))\(at)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { "\($0.text) " } ?? ""
            return located(during + problem, line: mark.line, column: mark.column)
        case .reader(let problem, let offset, let value, _):
            // `offset` counts characters from the start of the text, as Yams' own description reads it.
            var line = 1
            var column = 1
            for character in text.prefix(max(0, offset ?? 0)) {
                if character.isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
            }
            let hex = String(value, radix: 16, uppercase: true)
            let code = value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
            return located("\(problem)\(code)", line: offset == nil ? nil : line, column: offset.map { _ in column })
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return located(
                "duplicate key \(keys) in the mapping starting here", line: context.mark.line,
                column: context.mark.column)
        default:
            return located("\(error)", line: nil, column: nil)
        }
    }

    /// `text` with every run of whitespace (newlines included) collapsed to one space; other control characters
    /// are escaped later by `SpecError.description`.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> SpecError { SpecError(file: file, line: line, field: path, message: message) }

    func child(_ key: String, _ node: Node) -> SpecNode {
        SpecNode(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The entries of a mapping, in document order. Throws when this is not a mapping or a key is not a string.
    func entries() throws -> [(key: String, value: SpecNode)] {
        guard case .mapping(let mapping) = node else { throw error("must be a mapping (key: value pairs)") }
        return try mapping.map { key, value in
            guard let name = key.string else {
                throw SpecNode(node: key, file: file, path: path).error("keys must be strings")
            }
            return (name, child(name, value))
        }
    }

    /// The entries of a mapping whose keys must all be among `allowed`.
    func entries(allowed: [String]) throws -> [String: SpecNode] {
        var result: [String: SpecNode] = [:]
        for (key, value) in try entries() {
            guard allowed.contains(key) else {
                throw value.error("unknown field (expected one of: \(allowed.joined(separator: ", ")))")
            }
            result[key] = value
        }
        return result
    }

    func string() throws -> String {
        guard case .scalar = node, let s = node.string else { throw error("must be a string") }
        return s
    }

    func double() throws -> Double {
        guard case .scalar = node, node.isTagged(.int) || node.isTagged(.float), let x = node.float, x.isFinite else {
            throw error("must be a finite number, got '\(node.string ?? "a structure")'")
        }
        return x
    }

    func int() throws -> Int {
        guard case .scalar = node, node.isTagged(.int), let i = node.int else {
            throw error("must be an integer, got '\(node.string ?? "a structure")'")
        }
        return i
    }

    func bool() throws -> Bool {
        guard case .scalar = node, node.isTagged(.bool), let b = node.bool else {
            throw error("must be true or false, got '\(node.string ?? "a structure")'")
        }
        return b
    }

    /// A scalar as a parameter value: integer, real, boolean or string, as YAML resolves it.
    func parameterValue() throws -> ParameterValue {
        guard case .scalar = node else { throw error("must be a single value (number, string or boolean)") }
        if node.isTagged(.int), let i = node.int { return .int(i) }
        if node.isTagged(.float), let x = node.float, x.isFinite { return .float(x) }
        if node.isTagged(.bool), let b = node.bool { return .bool(b) }
        if node.isTagged(.null) { throw error("must not be empty (null)") }
        return .string(node.string ?? "")
    }

    func sequence() throws -> [SpecNode] {
        guard case .sequence(let items) = node else { throw error("must be a list") }
        return items.enumerated().map { SpecNode(node: $1, file: file, path: "\(path)[\($0)]") }
    }
}

extension Node {
    /// Whether YAML resolved this node to the given type (plain `3` is an int, `3.0` a float, `yes` a bool).
    func isTagged(_ name: Tag.Name) -> Bool { tag.rawValue == name.rawValue }
}
