import Foundation
import Testing

@testable import TuningSpec

/// `cv: auto | K` in spec files and stored specs.
@Suite struct CrossValidationSettingTests {
    @Test func specFilesTakeAutoOrANumberOfFolds() throws {
        #expect(try StudyConfig(text: "cv: auto", file: "s.yaml").cv == .automatic)
        #expect(try StudyConfig(text: "cv: 1", file: "s.yaml").cv == .folds(1))
        #expect(try StudyConfig(text: "{\"cv\": 5}", file: "s.json").cv == .folds(5))
        #expect(CrossValidationSetting(parsing: "Auto") == nil && CrossValidationSetting(parsing: "3.5") == nil)
        for text in ["cv: [1]", "cv: {k: 3}", "cv: .nan", "cv: 99999999999999999999999"] {
            #expect {
                try StudyConfig(text: text, file: "s.yaml")
            } throws: { error in
                "\(error)" == "s.yaml:1: cv: must be auto or a number of folds (1: no cross-validation)"
            }
        }
    }

    @Test func storedSpecsRoundTripAndOldOnesStillRead() throws {
        var config = StudyConfig()
        config.cv = .automatic
        #expect(try StudyConfig.decodeJSON(StudyConfig.encodeJSON(config)).cv == .automatic)
        config.cv = .folds(3)
        let text = try StudyConfig.encodeJSON(config)
        #expect(text.contains("\"cv\":3"), "a number, as specs stored before `auto` existed: \(text)")
        #expect(try StudyConfig.decodeJSON(text).cv == .folds(3))
    }
}
