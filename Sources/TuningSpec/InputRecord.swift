import Foundation

/// One record of a batch file: a JSON object (one line of JSON lines, or one element of a JSON array) or a CSV
/// row keyed by its header, with where it came from, so that every problem names its file and line.
///
/// Field names are the JSON keys or the CSV header's columns; an empty CSV cell is an absent field.
public struct InputRecord: Equatable, Sendable {
    /// One field's value: the text of a CSV cell, or a JSON value.
    public enum Value: Equatable, Sendable {
        case text(String)
        case json(JSONInputValue)
    }

    /// The file (`-` reads as `stdin`), as errors name it.
    public let file: String
    /// The 1-based line of the record (JSON lines, CSV), nil for an element of a JSON array.
    public let line: Int?
    /// The 0-based position of the element in a JSON array, nil otherwise.
    public let index: Int?
    /// The fields in file order (CSV: header order; JSON: sorted by key).
    public let fields: [(name: String, value: Value)]
    /// Put before a field's name in errors (`params.`: the record is an object inside another).
    public let prefix: String

    public init(file: String, line: Int?, index: Int?, fields: [(name: String, value: Value)], prefix: String = "") {
        self.file = file
        self.line = line
        self.index = index
        self.fields = fields
        self.prefix = prefix
    }

    /// The JSON object `object` held by field `name`, as a record at the same place whose errors name
    /// `name.key`.
    public func nested(_ name: String, _ object: [String: JSONInputValue]) -> InputRecord {
        InputRecord(
            file: file, line: line, index: index, fields: object.keys.sorted().map { ($0, .json(object[$0]!)) },
            prefix: prefix + name + ".")
    }

    /// The value of field `name`, if present.
    public subscript(name: String) -> Value? { fields.first { $0.name == name }?.value }

    /// `file:line` or `file: [index]`: where the record is, for messages.
    public var place: String {
        if let line { return "\(file.escapingControlCharacters):\(line)" }
        return "\(file.escapingControlCharacters): [\(index ?? 0)]"
    }

    /// A `SpecError` about field `field` of this record (exit status 2 in `tuner`).
    public func error(_ field: String, _ message: String) -> SpecError {
        var named = prefix + field
        if named.hasSuffix(".") { named.removeLast() }
        let path = index.map { "[\($0)]" + (named.isEmpty ? "" : ".\(named)") } ?? named
        return SpecError(file: file, line: line, field: path, message: message)
    }

    /// Throws when the record has a field that is not in `known` and not accepted by `alsoAccepted`.
    public func checkFields(known: [String], alsoAccepted: (String) -> Bool = { _ in false }) throws(SpecError) {
        for (name, _) in fields where !known.contains(name) && !alsoAccepted(name) {
            throw error(name, "unknown field (expected \(known.joined(separator: ", ")))")
        }
    }

    public static func == (a: InputRecord, b: InputRecord) -> Bool {
        a.file == b.file && a.line == b.line && a.index == b.index && a.fields.map(\.name) == b.fields.map(\.name)
            && a.fields.map(\.value) == b.fields.map(\.value) && a.prefix == b.prefix
    }
}
