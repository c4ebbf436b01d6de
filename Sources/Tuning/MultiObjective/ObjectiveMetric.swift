import Foundation

/// One objective of a study: a metric the objective reports, and whether it is minimized or maximized.
///
/// A study has one or more (`StudyObjectives`); the first is the *primary* one, whose value is also the
/// trial's `value` (what pruners, single-objective samplers and the single-objective summaries read).
public struct ObjectiveMetric: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The metric's name, as the objective reports it (`accuracy` in `{"accuracy": 0.98}`).
    public var name: String
    public var direction: Direction

    public init(name: String, direction: Direction) {
        self.name = name
        self.direction = direction
    }

    /// `name:direction`, the form flags take (`--objective-metric accuracy:maximize`).
    public var description: String { "\(name):\(direction.rawValue)" }

    /// The longest metric name accepted.
    public static let maxNameLength = 64

    /// Checks a metric name: 1–64 characters, letters, digits, `_`, `-` and `.`, starting with a letter or `_`
    /// (names end up as CSV columns, JSON keys and HTML labels).
    public static func validateName(_ name: String) throws(MultiObjectiveError) {
        guard !name.isEmpty, name.count <= maxNameLength,
            let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || isNameSymbol($0)) })
        else { throw .invalidMetricName(name.escapingControlCharacters) }
    }

    private static func isNameSymbol(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || c == "_" || c == "-" || c == "."
    }

    /// Parses `name:minimize` / `name:maximize` (also `min`/`max`).
    public init(parsing text: String) throws(MultiObjectiveError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2 else { throw .invalidObjective(text.escapingControlCharacters) }
        let direction: Direction
        switch parts[1].lowercased() {
        case "minimize", "min": direction = .minimize
        case "maximize", "max": direction = .maximize
        default: throw .invalidObjective(text.escapingControlCharacters)
        }
        try Self.validateName(parts[0])
        self.init(name: parts[0], direction: direction)
    }
}
