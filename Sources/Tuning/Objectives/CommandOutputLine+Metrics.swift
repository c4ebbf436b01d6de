import Foundation

/// The metrics of a study with several objectives or constraints, as a command prints them.
extension CommandOutputLine {
    /// What a line says about the metrics `names`: nil when it is not a JSON object without `step` holding at
    /// least one of them; otherwise their values (`{"accuracy": 0.98, "latency_ms": 12.5}`), or why the line is
    /// invalid (a boolean where a number belongs). A line may carry some of the metrics; a command may print
    /// them on several lines, and the last value of each counts.
    public static func metrics(in line: String, names: [String]) -> Result<[String: Double], MetricsLineError>? {
        guard !names.isEmpty else { return nil }
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("{"), let object = jsonObject(text), object["step"] == nil else { return nil }
        var values: [String: Double] = [:]
        for name in names {
            switch object[name] {
            case .number(let v): values[name] = v
            case .boolean(let b): return .failure(MetricsLineError("\"\(name)\" is a boolean (\(b)), not a number"))
            case .other, nil: continue
            }
        }
        return values.isEmpty ? nil : .success(values)
    }

    /// Why a metrics line is invalid.
    public struct MetricsLineError: Error, Equatable, Sendable {
        public var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
