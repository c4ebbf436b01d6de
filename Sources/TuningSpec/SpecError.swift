import Tuning

/// A problem in a study spec or space file, located precisely enough to fix it without searching:
/// `spec.yaml:12: space.lr.low: must be a number, got 'abc'`.
public struct SpecError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file the text came from (or a label such as `--space`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// Dotted path of the offending field (`space.lr.low`), empty for the document itself.
    public var field: String
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message` on one line: control characters in the file name, the field path (which
    /// echoes user-given parameter names) and the message are escaped Swift-style (`\n`), see
    /// `String.escapingControlCharacters`.
    public var description: String {
        let file = file.escapingControlCharacters
        let place = line.map { "\(file):\($0)" } ?? file
        let message = message.escapingControlCharacters
        let located = field.isEmpty ? message : "\(field.escapingControlCharacters): \(message)"
        return place.isEmpty ? located : "\(place): \(located)"
    }
}
