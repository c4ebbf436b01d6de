import ArgumentParser
import Foundation
import Tuning

/// `tuner export`: every trial of a study as CSV (one column per parameter and user attribute) or JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every trial of a study as CSV or JSON.",
        discussion: """
            CSV header: number,state,value,duration_s,<parameters…>,<user attributes…> (empty cells where a trial
            has no value, an inactive parameter or no such attribute). JSON: an array with one object per trial
            (number, state, value, duration_s, params, user_attrs, failure_reason, intermediate_values).

            Examples:
              tuner export --study branin-bayes --format csv --out trials.csv
              tuner export --study mlp --storage sqlite:///tmp/runs.db --format json > trials.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: ArgumentHelp("The study to export.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(help: "csv or json.")
    var format: Format

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        let storage = try storageOption.open(existing: true)
        let stored = try StoredStudy(named: study, in: storage, storageText: storageOption.storage)
        let text: String
        switch format {
        case .csv: text = Export.csv(stored)
        case .json: text = JSONValue.array(stored.trials.map(TrialFormat.json)).text + "\n"
        }
        guard let out else {
            print(text, terminator: "")
            return
        }
        do {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw RuntimeError("cannot write --out file '\(out)': \((error as NSError).localizedDescription)")
        }
    }

    /// The CSV table (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).
    static func csv(_ stored: StoredStudy) -> String {
        let params = stored.parameterNames
        let attributes = stored.userAttributeKeys
        var lines = [
            (["number", "state", "value", "duration_s"] + params + attributes).map(csvField).joined(separator: ",")
        ]
        for t in stored.trials {
            let value: String = t.value.map { "\($0)" } ?? ""
            let duration: String = t.duration.map { String(format: "%.3f", $0) } ?? ""
            var cells: [String] = ["\(t.number)", t.state.rawValue, value, duration]
            cells += params.map { (name: String) -> String in t.params[name]?.description ?? "" }
            cells += attributes.map { (key: String) -> String in t.userAttributes[key] ?? "" }
            lines.append(cells.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
