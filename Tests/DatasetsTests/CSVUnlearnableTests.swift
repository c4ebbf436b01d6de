import Testing

@testable import Datasets

/// Files no model can learn from are errors of the reader, naming the file: no feature column besides the
/// target, or a classification target of fewer than two classes.
@Suite("CSV reader: no feature columns, one class")
struct CSVUnlearnableTests {
    static let deferred = CSVOptions(missing: .imputeFromTrainingRows(.mean))

    @Test("a file whose only column is the target, or whose features are all ignored or missing")
    func noFeatureColumns() {
        let files: [(String, CSVOptions)] = [
            ("y\n0\n1\n0\n", CSVOptions()),
            ("a,y\n1,0\n2,1\n", CSVOptions(ignoredColumns: [.name("a")])),
            ("a,y\n,0\nNA,1\n", Self.deferred),
        ]
        for (text, options) in files {
            #expect(throws: DatasetError.noFeatureColumns(file: "f.csv", hint: "")) {
                try Dataset.csv(text: text, file: "f.csv", options: options)
            }
        }
    }

    @Test("a header holding another delimiter than the one read with gives a hint")
    func delimiterHint() {
        let hint = "the header holds ';': the file must be separated by ','"
        #expect(throws: DatasetError.noFeatureColumns(file: "f.csv", hint: hint)) {
            try Dataset.csv(text: "a;b;y\n1;2;0\n3;4;1\n", file: "f.csv")
        }
        #expect(Dataset.delimiterHint(header: ["a\tb\ty"], delimiter: ",").contains("a tab"))
        #expect(Dataset.delimiterHint(header: ["a;b"], delimiter: ";").isEmpty)
        #expect(
            DatasetError.noFeatureColumns(file: "f.csv", hint: hint).description
                == "f.csv: no feature columns besides the target; \(hint)")
    }

    @Test("a classification target of one class, also when distinct integers collapse to one Float")
    func oneClass() {
        #expect(throws: DatasetError.tooFewClasses(file: "f.csv", column: "y", classes: ["0"])) {
            try Dataset.csv(text: "a,y\n1,0\n2,0\n3,0\n", file: "f.csv")
        }
        #expect(throws: DatasetError.tooFewClasses(file: "f.csv", column: "y", classes: ["cat"])) {
            try Dataset.csv(text: "a,y\n1,cat\n2,cat\n", file: "f.csv")
        }
        let huge = "a,y\n1,9223372036854775807\n2,9223372036854775806\n3,9223372036854775805\n"
        #expect(throws: DatasetError.self) { try Dataset.csv(text: huge, file: "f.csv") }
        #expect(
            DatasetError.tooFewClasses(file: "f.csv", column: "y", classes: ["0"]).description
                == "f.csv: target column 'y' has only the class '0'; a classification target needs at least 2 classes")
        // Two classes, or a regression target of one value, read as before.
        #expect(throws: Never.self) { try Dataset.csv(text: "a,y\n1,0\n2,1\n", file: "f.csv") }
        #expect(throws: Never.self) {
            try Dataset.csv(text: "a,y\n1,0.5\n2,0.5\n", file: "f.csv", options: CSVOptions(task: .regression))
        }
    }
}
