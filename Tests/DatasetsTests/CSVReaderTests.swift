import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Datasets

/// Reads `text` as CSV, or returns the error thrown.
func readCSV(_ text: String, file: String = "data.csv", _ options: CSVOptions = .init()) -> Result<
    Dataset, DatasetError
> {
    Result { () throws(DatasetError) -> Dataset in try Dataset.csv(text: text, file: file, options: options) }
}

extension Result {
    var error: Failure? { if case .failure(let e) = self { e } else { nil } }
    var value: Success? { try? get() }
}

@Suite("CSV reader: well-formed files")
struct CSVReaderTests {
    @Test("header, numeric features, string labels sorted into classes with their names")
    func stringLabels() throws {
        let data = try #require(
            readCSV(
                """
                height,weight,species
                1.5,20,dog
                0.3,4,cat
                1.7,25,dog
                0.25,3.5,cat
                0.1,0.02,mouse
                """
            ).value)
        #expect(data.name == "data")
        #expect(data.featureNames == ["height", "weight"])
        #expect(data.features == Matrix([[1.5, 20], [0.3, 4], [1.7, 25], [0.25, 3.5], [0.1, 0.02]]))
        #expect(data.target == .classes(labels: [1, 0, 1, 0, 2], names: ["cat", "dog", "mouse"]))
    }

    @Test("integer targets with few values are classification, real or many-valued targets regression")
    func taskInference() throws {
        let few = try #require(readCSV("a,y\n1,2\n2,0\n3,2\n4,1\n").value)
        #expect(few.target == .classes(labels: [2, 0, 2, 1], names: ["0", "1", "2"]))
        let real = try #require(readCSV("a,y\n1,2.5\n2,0\n3,2\n").value)
        #expect(real.target == .values([2.5, 0, 2]))
        let many = (0..<30).map { "\($0),\($0 * 7)" }.joined(separator: "\n")
        #expect(readCSV("a,y\n" + many).value?.task == .regression)
        var forced = CSVOptions()
        forced.task = .regression
        #expect(readCSV("a,y\n1,2\n2,0\n", forced).value?.target == .values([2, 0]))
        forced.task = .classification
        #expect(
            readCSV("a,y\n1,2.5\n2,0\n3,2.5\n", forced).value?.target
                == .classes(labels: [1, 0, 1], names: ["0", "2.5"]))
    }

    @Test("target column by name or index; no header names columns x0, x1, …")
    func targetSelection() throws {
        let text = "y,a,b\n1,10,20\n0,30,40\n"
        let byName = try #require(readCSV(text, CSVOptions(target: .name("y"))).value)
        #expect(byName.featureNames == ["a", "b"])
        #expect(byName.target == .classes(labels: [1, 0], names: ["0", "1"]))
        let byIndex = try #require(readCSV(text, CSVOptions(target: .index(0))).value)
        #expect(byIndex == byName)
        let headerless = try #require(
            readCSV("1,10,20\n0,30,40\n", CSVOptions(hasHeader: false, target: .index(0))).value)
        #expect(headerless.featureNames == ["x1", "x2"])
        #expect(headerless.features == Matrix([[10, 20], [30, 40]]))
        let ignoring = try #require(readCSV(text, CSVOptions(target: .name("y"), ignoredColumns: [.name("a")])).value)
        #expect(ignoring.featureNames == ["b"])
    }

    @Test("quoted fields: delimiters, doubled quotes and line breaks inside quotes; spaces trimmed outside")
    func quotedFields() throws {
        let text = "\u{FEFF}\"size, cm\",\"note\",label\r\n 1.5 ,\"said \"\"hi\"\"\",\"a,b\"\r\n2,\"two\nlines\",c\r\n"
        let data = try #require(readCSV(text, CSVOptions(ignoredColumns: [.index(1)])).value)
        #expect(data.featureNames == ["size, cm"])
        #expect(data.features == Matrix([[1.5], [2]]))
        #expect(data.target == .classes(labels: [0, 1], names: ["a,b", "c"]))
        let records = try CSVTokenizer.records(in: Array(text.utf8), delimiter: UInt8(ascii: ","), file: "t")
        #expect(
            records.map(\.fields) == [
                ["size, cm", "note", "label"], ["1.5", "said \"hi\"", "a,b"], ["2", "two\nlines", "c"],
            ])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("tokenizer edge cases: CR line ends, blank lines, empty last field, quote inside an unquoted field")
    func tokenizerEdges() throws {
        let records = try CSVTokenizer.records(
            in: Array("a,b\r\r\n1,\r2,x\"y\n\n  \n3,".utf8),
            delimiter: UInt8(ascii: ","), file: "t")
        #expect(records.map(\.fields) == [["a", "b"], ["1", ""], ["2", "x\"y"], ["3", ""]])
        #expect(records.map(\.line) == [1, 3, 4, 7])
    }

    @Test("semicolon and tab delimiters", arguments: [";", "\t"])
    func otherDelimiters(delimiter: String) throws {
        let text =
            ["a", "b", "y"].joined(separator: delimiter) + "\n"
            + ["1.5", "2", "3.25"].joined(separator: delimiter) + "\n"
            + ["4", "5e-1", "6"].joined(separator: delimiter) + "\n"
        let data = try #require(readCSV(text, CSVOptions(delimiter: Character(delimiter), task: .regression)).value)
        #expect(data.features == Matrix([[1.5, 2], [4, 0.5]]))
        #expect(data.target == .values([3.25, 6]))
    }

    @Test("explicit class names fix the label order; numbers match by value")
    func explicitClassNames() throws {
        let data = try #require(
            readCSV("a,y\n1,benign\n2,malignant\n", CSVOptions(classNames: ["malignant", "benign"])).value)
        #expect(data.target == .classes(labels: [1, 0], names: ["malignant", "benign"]))
        let numeric = try #require(readCSV("a,y\n1,1.0\n2,0\n", CSVOptions(classNames: ["0", "1"])).value)
        #expect(numeric.target.labels == [1, 0])
    }

    @Test("non-numeric feature columns are one-hot encoded when asked, categories sorted")
    func oneHotFeatures() throws {
        let text = "color,size,y\nred,1,0\nblue,2,1\nred,3,0\ngreen,4,1\n"
        let data = try #require(readCSV(text, CSVOptions(nonNumericFeatures: .oneHot)).value)
        #expect(data.featureNames == ["color=blue", "color=green", "color=red", "size"])
        #expect(data.features == Matrix([[0, 0, 1, 1], [1, 0, 0, 2], [0, 0, 1, 3], [0, 1, 0, 4]]))
        let forced = try #require(
            readCSV(text, CSVOptions(nonNumericFeatures: .oneHot, categoricalColumns: [.name("size")])).value)
        #expect(forced.featureNames.count == 7)
    }

    @Test("reads from a file on disk, named after the file")
    func fromFile() throws {
        let scratch = try TemporaryDirectory(prefix: "datasets-test")
        defer { scratch.remove() }
        let path = try scratch.write("datasets-test.csv", "a,y\n1,2.5\n3,4.5\n")
        let data = try Dataset.csv(path: path)
        #expect(data.name == "datasets-test")
        #expect(data.target == .values([2.5, 4.5]))
    }
}
