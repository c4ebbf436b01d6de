import ArgumentParser
import Foundation
import Tuning

/// The `--storage` option of the commands that read or change an existing study (`studies`, `show`, `export`,
/// `ask`, `tell`).
struct StorageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Where the studies live: sqlite:///path.db (default: tuner.db here), memory, or postgresql://user@host:port/db.", valueName: "url"))
    var storage: String?

    /// Opens the storage. With `existing`, an SQLite file that does not exist is an error instead of being
    /// created empty (commands that only read or finish trials should not leave a `tuner.db` behind).
    func open(existing: Bool = false) throws -> any StudyStorage {
        if existing, case let .sqlite(path)? = try? StorageURL(parsing: storage ?? StorageOpener.defaultURL),
           !FileManager.default.fileExists(atPath: path) {
            throw RuntimeError("no study storage at '\(path)' (run a study there first, or pass --storage)")
        }
        return try StorageOpener.open(storage)
    }
}

/// A study read back from storage: its spec and every trial, by number.
struct StoredStudy {
    let spec: StudySpec
    let trials: [Trial]

    /// Reads study `name`; a missing study is a runtime error (exit 1) naming the study and the storage.
    init(named name: String, in storage: any StudyStorage, storageText: String?) throws {
        guard let spec = try storage.study(named: name) else {
            let place = (try? StorageURL(parsing: storageText ?? StorageOpener.defaultURL).redacted) ?? "the storage"
            throw RuntimeError("study '\(name)' not found in \(place) (`tuner studies` lists the studies there)")
        }
        self.spec = spec
        self.trials = try storage.trials(in: name)
    }

    var overview: StudyOverview { StudyOverview(spec: spec, trials: trials) }

    /// The parameter columns: the space's parameters in declaration order, then any other names found in
    /// trials (imported history), sorted.
    var parameterNames: [String] {
        let declared = spec.space.parameters.map(\.name)
        let extra = Set(trials.flatMap(\.params.keys)).subtracting(declared).sorted()
        return declared + extra
    }

    /// Every user-attribute key found in the trials, sorted.
    var userAttributeKeys: [String] { Set(trials.flatMap(\.userAttributes.keys)).sorted() }

    /// The best complete trial, if any.
    var bestTrial: Trial? { overview.bestTrial.flatMap { n in trials.first { $0.number == n } } }
}

/// How the commands show one trial as JSON and as text.
enum TrialFormat {
    /// `{"number","state","value","duration_s","params","user_attrs","failure_reason","intermediate_values"}`.
    static func json(_ t: Trial) -> JSONValue {
        let steps = t.intermediateValues.keys.sorted()
        return .object([
            ("number", .int(t.number)), ("state", .string(t.state.rawValue)), ("value", JSONValue(t.value)),
            ("duration_s", JSONValue(t.duration)), ("params", JSONValue(t.params)),
            ("user_attrs", .object(t.userAttributes.keys.sorted().map { ($0, .string(t.userAttributes[$0]!)) })),
            ("failure_reason", t.failureReason.map(JSONValue.string) ?? .null),
            ("intermediate_values", .object(steps.map { ("\($0)", JSONValue(t.intermediateValues[$0])) })),
        ])
    }

    /// A value with six significant digits, or "-" when absent.
    static func value(_ x: Double?) -> String { x.map { String(format: "%.6g", $0) } ?? "-" }

    /// A parameter for a table cell: floats with six significant digits, other values as they are.
    static func param(_ v: ParameterValue) -> String {
        if case let .float(x) = v { return String(format: "%.6g", x) }
        return v.description
    }

    /// A duration as seconds with two decimals, or "-" when the trial has not finished.
    static func duration(_ seconds: Double?) -> String { seconds.map { String(format: "%.2f s", $0) } ?? "-" }

    /// Counts per state as `4 complete, 1 pruned, 0 failed` (running and waiting only when present).
    static func counts(_ o: StudyOverview) -> String {
        var parts = [TrialState.complete, .pruned, .failed].map { "\(o.counts[$0] ?? 0) \($0.rawValue)" }
        for s in [TrialState.running, .waiting] where (o.counts[s] ?? 0) > 0 { parts.append("\(o.counts[s]!) \(s.rawValue)") }
        return parts.joined(separator: ", ")
    }

    /// Counts per state as a JSON object with every state.
    static func countsJSON(_ o: StudyOverview) -> JSONValue {
        .object(TrialState.allCases.map { ($0.rawValue, .int(o.counts[$0] ?? 0)) })
    }
}

/// Left-aligned text columns separated by two spaces.
func textTable(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    let widths = (0..<first.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { c, cell in c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n")
}
