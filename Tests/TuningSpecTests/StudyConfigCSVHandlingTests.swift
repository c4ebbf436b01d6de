import Testing

@testable import TuningSpec

/// The spec fields of CSV handling: `categorical`, `ignore_columns`, `missing`, `missing_marker`,
/// `max_categories`.
@Suite struct StudyConfigCSVHandlingTests {
    func error(_ text: String) -> String {
        do {
            _ = try StudyConfig(text: text, file: "s.yaml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func listsOrCommaSeparatedStringsAndTheirChoices() throws {
        let yaml = """
            dataset: penguins.csv
            target: species
            categorical: [year, 2]
            ignore_columns: "id, notes"
            missing: median
            missing_marker: [-, missing]
            max_categories: 80
            """
        let config = try StudyConfig(text: yaml, file: "s.yaml")
        #expect(config.categorical == ["year", "2"] && config.ignoreColumns == ["id", "notes"])
        #expect(config.missing == "median" && config.missingMarker == ["-", "missing"] && config.maxCategories == 80)
        #expect(try StudyConfig(text: "missing_marker: '-'", file: "s.yaml").missingMarker == ["-"])
        let stored = try StudyConfig.decodeJSON(try StudyConfig.encodeJSON(config))
        #expect(stored == config)
        var flags = StudyConfig()
        flags.missing = "drop"
        let merged = config.overridden(by: flags)
        #expect(merged.missing == "drop" && merged.categorical == ["year", "2"])
    }

    @Test func badValuesAreOneLineErrorsNamingFileLineAndField() {
        #expect(error("missing: zero") == "s.yaml:1: missing: 'zero' is not one of drop, mean, median, error")
        #expect(error("max_categories: 0") == "s.yaml:1: max_categories: must be at least 1, got 0")
        #expect(error("max_categories: many").hasPrefix("s.yaml:1: max_categories: must be an integer"))
        #expect(error("ignore_columns: 'a,,b'") == "s.yaml:1: ignore_columns: an empty column name")
        #expect(error("categorical: {a: 1}").hasPrefix("s.yaml:1: categorical: must be a string"))
        #expect(StudyConfig.missingPolicies == ["drop", "mean", "median", "error"])
    }
}
