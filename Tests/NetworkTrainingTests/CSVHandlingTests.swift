import Datasets
import Foundation
import TestSupport
import Testing

@testable import NetworkTraining

/// `CSVHandling`: the reader's options it gives, and errors whose hints name the option that avoids them.
@Suite("CSV handling: options, defaults and errors that name flags")
struct CSVHandlingTests {
    @Test func columnListsAreCommaSeparatedNamesOrIndices() {
        #expect(CSVHandling.columns(parsing: " island, sex ,,") == ["island", "sex"])
        #expect(CSVHandling.columns(parsing: "") == [])
        let options = CSVHandling(categorical: ["3"], ignoredColumns: ["id"]).options(target: .last)
        #expect(options.categoricalColumns == [.index(3)] && options.ignoredColumns == [.name("id")])
    }

    @Test func theDefaultsOneHotEncodeAndImputeFromTrainingRowsWithACategoryLimit() {
        let options = CSVHandling().options(target: .name("species"))
        #expect(options.nonNumericFeatures == .oneHot && options.missing == .imputeFromTrainingRows(.mean))
        #expect(options.maximumCategories == 50 && options.target == .name("species"))
        #expect(options.missingMarkers == CSVOptions.defaultMissingMarkers)
        let policies = CSVHandling.Missing.allCases.map { CSVHandling(missing: $0).options(target: .last).missing }
        #expect(policies == [.dropRows, .imputeFromTrainingRows(.mean), .imputeFromTrainingRows(.median), .error])
        #expect(CSVHandling(missingMarkers: ["-"]).options(target: .last).missingMarkers.contains("-"))
    }

    func readError(_ text: String, _ handling: CSVHandling = CSVHandling()) throws -> String {
        let directory = try TemporaryDirectory(prefix: "csv-handling")
        defer { directory.remove() }
        let path = try directory.write("d.csv", text)
        do {
            _ = try DatasetSource(path, target: nil, handling: handling).read()
            return "no error"
        } catch {
            return "\(error)".replacingOccurrences(of: path, with: "d.csv")
        }
    }

    @Test func tooManyCategoriesNamesTheColumnAndTheFlags() throws {
        var text = "name,x,y\n"
        for i in 0..<60 { text += "n\(i),\(i),\(i % 2)\n" }
        #expect(
            try readError(text)
                == "d.csv: column 'name' has 60 distinct values, more than the 50 categories allowed; "
                + "leave it out with --ignore-columns name or raise --max-categories")
        #expect(try readError(text, CSVHandling(maximumCategories: 60)) == "no error")
    }

    @Test func unknownColumnsOfAnOptionNameIt() throws {
        let text = "a,b,y\n1,2,0\n3,4,1\n"
        #expect(
            try readError(text, CSVHandling(ignoredColumns: ["c"]))
                == "invalid --ignore-columns: unknown column 'c' in d.csv; columns are 'a', 'b', 'y'")
        #expect(
            try readError(text, CSVHandling(categorical: ["7"]))
                .hasPrefix("invalid --categorical: unknown column index 7 (0-based, 3 columns) in d.csv"))
        #expect(try readError(text, CSVHandling(ignoredColumns: ["y"])).hasPrefix("invalid --ignore-columns: includes"))
        #expect(try readError(text, CSVHandling(ignoredColumns: ["a"])) == "no error")
    }

    @Test func aMissingCellUnderMissingErrorNamesTheOtherChoices() throws {
        let message = try readError("a,y\n1,0\nNA,1\n", CSVHandling(missing: .error))
        #expect(message.hasPrefix("d.csv:3:1: column 'a': missing value; remove the row or fill in the value"))
        #expect(message.hasSuffix("or choose --missing mean, median or drop"))
    }

    @Test func hostileColumnsAreLeftOutOrReportedOnOneLine() throws {
        let directory = try TemporaryDirectory(prefix: "csv-handling")
        defer { directory.remove() }
        // An all-missing column is left out; a target of NA cells drops its rows.
        var text = "empty,x,y\n"
        for i in 0..<20 { text += "NA,\(i),\(i % 4 == 0 ? "NA" : "\(Double(i) * 1.5)")\n" }
        let path = try directory.write("h.csv", text)
        let (dataset, note) = try DatasetSource(path, target: nil).read()
        #expect(dataset.featureNames == ["x"] && dataset.count == 15 && dataset.task == .regression)
        #expect(note == "note: \(path): dropped 5 rows with a missing target; left out 'empty' (no values)")
    }
}

/// CSV settings name a CSV file: with a bundled dataset they are refused, naming the first one given.
@Suite struct CSVHandlingOnBundledDataTests {
    @Test func settingsOtherThanTheDefaultsAreRefusedForABundledDataset() throws {
        #expect(CSVHandling().firstChangedField == nil)
        #expect(CSVHandling(missingMarkers: ["-"]).firstChangedField == "missing_marker")
        #expect(CSVHandling(maximumCategories: 3).firstChangedField == "max_categories")
        #expect {
            try NetworkObjective.loadDataset("iris", target: nil, csv: CSVHandling(ignoredColumns: ["0"]))
        } throws: { error in
            (error as? NetworkStudyError)?.field == "ignore_columns"
        }
        #expect(try NetworkObjective.loadDataset("iris", target: nil).dataset.count == 150)
    }
}
