import Testing
import Tuning

@testable import TuningSpec

/// Every spec error is one line naming file, line and field, whatever the file contains.
@Suite struct OneLineSpecErrorTests {
    private func error(_ yaml: String) -> SpecError? {
        do {
            _ = try StudyConfig.space(text: yaml, file: "s.yaml")
            return nil
        } catch let error as SpecError {
            return error
        } catch {
            Issue.record("not a SpecError: \(error)")
            return nil
        }
    }

    @Test func controlCharacterInTheFileIsOneLineWithItsPosition() throws {
        let e = try #require(error("x: {type: float, low: 0, high: 1}\ny: \u{1}\n"))
        #expect(!e.description.contains("\n"))
        #expect(e.description.hasPrefix("s.yaml:2: not valid YAML or JSON: "))
    }

    @Test func duplicateKeyIsOneLineNamingTheKey() throws {
        let e = try #require(error("x: {type: float, low: 0, high: 1}\nx: {type: float, low: 0, high: 2}\n"))
        #expect(!e.description.contains("\n"))
        #expect(e.description.hasPrefix("s.yaml:"))
        #expect(e.description.contains("duplicate key 'x'"))
    }

    @Test func parameterNameWithANewlineIsEscapedInTheFieldPath() throws {
        let e = try #require(error("\"p0\\n\": {type: float, low: x, high: 1}\n"))
        #expect(e.description == "s.yaml:1: p0\\n.low: must be a finite number, got 'x'")
    }

    @Test func scannerErrorIsOneLine() throws {
        let e = try #require(error("x: [1, 2\ny: {a: \n"))
        #expect(!e.description.contains("\n"))
        #expect(e.description.hasPrefix("s.yaml:"))
    }
}
