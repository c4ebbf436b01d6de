import Datasets
import Foundation
import Randomness
import Testing

/// Hostile CSV files through the dataset reader: a one-line `DatasetError` that names the file and a line of
/// it, never "not a number" for a cell that is a finite number, or a dataset of finite numbers.
@Suite struct CSVProperties {
    static let cases = FuzzConfiguration.cases(default: 300)
    static let file = "hostile.csv"

    struct Case: Sendable {
        let text: String
        let missing: MissingValuePolicy
        let oneHot: Bool
    }

    static func generate(_ rng: inout Xoshiro256StarStar) -> Case {
        Case(
            text: rng.hostileCSV(),
            missing: rng.pick([
                .error, .error, .dropRows, .imputeMean, .imputeMedian, .imputeFromTrainingRows(.mean),
                .imputeFromTrainingRows(.median),
            ]),
            oneHot: rng.chance(0.3))
    }

    static func check(_ c: Case) -> String? {
        let options = CSVOptions(
            missing: c.missing, nonNumericFeatures: c.oneHot ? .oneHot : .error, maximumCategories: 50)
        let dataset: Dataset
        do {
            dataset = try Dataset.csv(text: c.text, file: file, options: options)
        } catch {
            let text = "\(error)"
            if !Fuzz.isOneLine(text) { return "error of several lines: \(text)" }
            if error.file != nil && !text.contains(file) { return "error does not name the file: \(text)" }
            let lineCount = c.text.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
            if let line = error.line, line < 1 || line > lineCount { return "error names line \(line) of \(lineCount)" }
            if case .notANumber(_, _, _, _, let cell) = error,
                let x = Double(cell.trimmingCharacters(in: .whitespaces)), x.isFinite
            {
                return "the finite number '\(cell)' is reported as not a number: \(text)"
            }
            return nil
        }
        if dataset.count < 1 { return "a dataset without rows" }
        var features = dataset.features
        // Cells left for imputation are NaN until an imputer fitted on (here: all) rows fills them.
        if let encoding = dataset.encoding, let strategy = encoding.imputation {
            features = MissingValueImputer(
                fitting: features, categoricalGroups: encoding.categoricalFeatureRanges, strategy: strategy
            ).transform(features)
        }
        if let bad = features.elements.first(where: { !$0.isFinite }) { return "a feature is \(bad)" }
        if case .values(let y) = dataset.target, let bad = y.first(where: { !$0.isFinite }) {
            return "a target value is \(bad)"
        }
        return nil
    }

    @Test func hostileCSVFilesGiveOneLineErrorsOrFiniteDatasets() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("csv") {
                Fuzz.forAll(
                    "CSV files", cases: CSVProperties.cases, generate: CSVProperties.generate,
                    describe: { "missing \($0.missing), one-hot \($0.oneHot): \($0.text)" },
                    check: CSVProperties.check)
            }
        }
        CrashGuard.explain("csv", property: "CSV files")
    }
}
