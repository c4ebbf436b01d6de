import Foundation
import Randomness
import Testing
import Tuning

@testable import TuningSpec

/// Batch files: JSON lines, JSON arrays and CSV, told apart by their first character, with every error on one
/// line naming the file and the line.
@Suite struct InputRecordTests {
    @Test func jsonLinesKeepTheirLineNumbersAndSkipBlankLines() throws {
        let records = try InputRecord.records(
            in: "\n{\"trial\": 1}\n\n  {\"trial\": 2, \"x\": \"a\"}\n", file: "r.jsonl")
        #expect(records.map(\.line) == [2, 4])
        #expect(records[1]["x"] == .json(.string("a")))
        #expect(records[1].place == "r.jsonl:4")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try InputRecord.records(in: "\u{FEFF}{\"trial\": 1}\n", file: "b").map(\.line) == [1])
        #expect(try InputRecord.records(in: "\u{FEFF}trial\n1\n", file: "b")[0]["trial"] == .text("1"))
    }

    @Test func aJSONArrayIsReadWholeAndItsElementsAreNamedByIndex() throws {
        let records = try InputRecord.records(in: "[\n {\"number\": 0},\n {\"number\": 1}\n]\n", file: "e.json")
        #expect(records.map(\.index) == [0, 1])
        #expect(records[1].error("number", "bad").description == "e.json: [1].number: bad")
        #expect(throws: SpecError(file: "e.json", line: nil, field: "[1]", message: "must be an object")) {
            try InputRecord.records(in: "[{}, 3]", file: "e.json")
        }
    }

    @Test func csvCellsAreTextAndEmptyCellsAreAbsent() throws {
        let records = try InputRecord.records(in: "trial,value,state\n3,0.5,\n4,,failed\n", file: "r.csv")
        #expect(records.map(\.line) == [2, 3])
        #expect(records[0]["value"] == .text("0.5") && records[0]["state"] == nil)
        #expect(records[1]["value"] == nil)
    }

    @Test func malformedInputIsOneLineNamingFileAndLine() throws {
        let cases: [(String, String)] = [
            ("{\"trial\": 1}\n{\"trial\": 2\n", "r:2: not a JSON object on one line"),
            ("{\"trial\": 1}\n[1]\n", "r:2: not a JSON object on one line"),
            ("{\"trial\": 1e400}\n", "r:1: not a JSON object on one line"),
            ("a,b\n1,2,3\n", "r:2: 3 fields, but the header has 2"),
            ("a,a\n1,2\n", "r:1: a: column named twice in the header"),
            ("a,b\n\"1,2\n", "r:2:1: quoted field is never closed"),
        ]
        for (text, message) in cases {
            let error = try #require(throws: SpecError.self) { try InputRecord.records(in: text, file: "r") }
            #expect(error.description.hasPrefix(message), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func aHugeLineIsRefusedBeforeParsing() throws {
        let text = "{\"trial\": 1}\n" + String(repeating: "x", count: InputRecord.maximumLineBytes + 1) + "\n"
        #expect(throws: SpecError(file: "big", line: 2, field: "", message: "line longer than 1048576 bytes")) {
            try InputRecord.records(in: text, file: "big")
        }
    }

    @Test func pythonsNaNAndInfinityAreNumbers() throws {
        let record = try #require(try InputRecord.records(in: "{\"v\": NaN, \"w\": -Infinity}", file: "p").first)
        #expect(try record.number("v")?.isNaN == true)
        #expect(try record.number("w") == -.infinity)
        #expect(throws: SpecError.self) { try record.finiteNumber("v") }
    }

    @Test func aMissingFileOrADirectoryIsOneLine() throws {
        #expect(throws: SpecError(file: "/nonexistent/x.csv", line: nil, field: "", message: "no such file")) {
            try InputRecord.read(path: "/nonexistent/x.csv")
        }
        #expect(throws: SpecError(file: "/tmp", line: nil, field: "", message: "is a directory, not a file")) {
            try InputRecord.read(path: "/tmp")
        }
        #expect(throws: SpecError.self) { try InputRecord.read(path: "") }
    }

    /// Property: `--param` pairs with hostile values either give a configuration inside the space or throw a
    /// one-line `SpecError` that names `--param`.
    @Test func arbitraryParamPairsGiveValidConfigurationsOrOneLineErrors() throws {
        let space = try SearchSpace([.float("lr", 1e-4, 1e-1, log: true), .categorical("act", ["relu", 0.5])])
        let values = ["0.01", "1e-3", "nan", "-inf", "1e999", "", "relu", "0.50", "0.5", "\n", "'; rm", "0x10", " 1"]
        let names = ["lr", "act", "lr", "act", "x", "", "=", "lr=lr"]
        var rng = Xoshiro256StarStar(seed: 16)
        for _ in 0..<500 {
            let pairs = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                names.randomElement(using: &rng)! + "=" + values.randomElement(using: &rng)!
            }
            do {
                let batch = try ConfigurationBatch(pairs: pairs, space: space)
                #expect(try space.validate(batch.configurations[0]) == batch.configurations[0])
            } catch {
                #expect("\(error)".hasPrefix("--param") && !"\(error)".contains("\n"), "\(pairs): \(error)")
            }
        }
    }

    /// Property: any text made of JSON and CSV fragments either parses or throws a one-line `SpecError`; it never
    /// traps, and every record has a place.
    @Test func arbitraryTextParsesOrFailsOnOneLine() throws {
        let fragments = [
            "{", "}", "[", "]", "\"", ",", ":", "\n", "\r\n", " ", "trial", "1", "-1", "1e999", "NaN", "null",
            "true", "\"a\"", "é", "\u{0}", "\\", "//", "intermediate", "{\"trial\": 2}", "x,y\n",
        ]
        var rng = Xoshiro256StarStar(seed: 15)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...30, using: &rng)).map { _ in fragments.randomElement(using: &rng)! }
                .joined()
            do {
                for record in try InputRecord.records(in: text, file: "fuzz") {
                    #expect(record.line != nil || record.index != nil)
                    _ = try? TrialResult(record)
                }
            } catch {
                #expect(!"\(error)".contains("\n"), "\(text.debugDescription): \(error)")
            }
        }
    }
}
