import Foundation
import Tuning

/// `tuner studies`'s listing of the studies in a storage, as a text table or a JSON array.
extension StudyOverview {
    /// A table with one row per study (study, direction, trials, by state, best value), or "No studies.".
    public static func listingText(_ studies: [StudyOverview]) -> String {
        guard !studies.isEmpty else { return "No studies." }
        var rows = [["study", "direction", "trials", "by state", "best value"]]
        for o in studies {
            rows.append([
                o.name, o.direction.rawValue, "\(o.trialCount)", TrialFormat.counts(o),
                o.bestValue.map { "\(TrialFormat.value($0)) (#\(o.bestTrial!))" } ?? "-",
            ])
        }
        return TextTable.render(rows)
    }

    /// A JSON array with one `{"name","direction","trials","counts","best_value","best_trial"}` per study.
    public static func listingJSON(_ studies: [StudyOverview]) -> JSONValue {
        .array(
            studies.map { o in
                .object([
                    ("name", .string(o.name)), ("direction", .string(o.direction.rawValue)),
                    ("trials", .int(o.trialCount)), ("counts", TrialFormat.countsJSON(o)),
                    ("best_value", JSONValue(o.bestValue)),
                    ("best_trial", o.bestTrial.map(JSONValue.int) ?? .null),
                ])
            })
    }
}
