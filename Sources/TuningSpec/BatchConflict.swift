/// A batch record that is well formed but cannot be applied to the study as it is (an unknown trial, a trial
/// already finished with another result, an expired lease): a run-time error (exit status 1 in `tuner`), one line
/// naming the record: `results.jsonl:4: trial 9 is not in study 'demo'`.
public struct BatchConflict: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where the record is (`file:line`, `file: [index]`).
    public var place: String
    public var message: String

    public init(place: String, message: String) {
        self.place = place
        self.message = message
    }

    public var description: String {
        let message = message.escapingControlCharacters
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
