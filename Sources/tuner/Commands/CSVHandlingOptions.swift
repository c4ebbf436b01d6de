import ArgumentParser
import Foundation
import NetworkTraining
import TuningSpec

/// How a CSV dataset is read (`CSVHandling`): the flags of the study commands, `train` and `lr-find`, as the
/// spec fields of the same names (`categorical`, `ignore_columns`, `missing`, `missing_marker`, `max_categories`).
struct CSVHandlingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "CSV columns to one-hot encode although they look numeric (names or 0-based indices, comma-separated).",
            valueName: "cols"))
    var categorical: String?

    @Option(
        help: ArgumentHelp("CSV columns to leave out (names or 0-based indices, comma-separated).", valueName: "cols"))
    var ignoreColumns: String?

    @Option(
        help: ArgumentHelp(
            "Missing CSV cells: impute from the training rows by the column's mean (default) or median, drop the "
                + "rows, or stop with an error.",
            valueName: "drop|mean|median|error"))
    var missing: String?

    @Option(
        name: .customLong("missing-marker"),
        help: ArgumentHelp(
            "A CSV cell text meaning missing, besides NA, N/A, NaN, nan, ? and empty (repeatable).",
            valueName: "text"))
    var missingMarkers: [String] = []

    @Option(
        help: ArgumentHelp("The most categories a one-hot encoded CSV column may have (default 50).", valueName: "N"))
    var maxCategories: Int?

    /// The rules of the spec fields (`StudyConfig.firstViolation`).
    func validate() throws {
        var config = StudyConfig()
        fill(&config)
        if let broken = config.firstViolation() { throw ValidationError("\(broken.flag) \(broken.message)") }
    }

    /// Sets the spec fields of the flags that were given.
    func fill(_ config: inout StudyConfig) {
        config.categorical = categorical.map(CSVHandling.columns(parsing:))
        config.ignoreColumns = ignoreColumns.map(CSVHandling.columns(parsing:))
        config.missing = missing
        config.missingMarker = missingMarkers.isEmpty ? nil : missingMarkers
        config.maxCategories = maxCategories
    }

    /// The handling these flags give.
    var handling: CSVHandling {
        var config = StudyConfig()
        fill(&config)
        return CSVHandling(config)
    }
}

extension CSVHandling {
    /// The handling a spec's fields give (defaults for the absent ones; values checked by
    /// `StudyConfig.firstViolation`).
    init(_ config: StudyConfig) {
        self.init(
            categorical: config.categorical ?? [], ignoredColumns: config.ignoreColumns ?? [],
            missing: config.missing.flatMap(Missing.init(rawValue:)) ?? .mean,
            missingMarkers: config.missingMarker ?? [],
            maximumCategories: config.maxCategories ?? CSVHandling.defaultMaximumCategories)
    }
}
