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

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let located = field.isEmpty ? message : "\(field): \(message)"
        return place.isEmpty ? located : "\(place): \(located)"
    }
}
