import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// An import never brings the attributes `tuner` reserves for the trials a study runs itself: bookkeeping is
/// dropped, and the source's `command` and `trial_dir` are kept as `imported_command` and `imported_trial_dir`,
/// so artifact cleanup and listings never take them for this study's own.
@Suite struct ReservedImportAttributesTests {
    static let space = try! SearchSpace([.float("x", 0, 1)])

    @Test func aForgedCSVRowKeepsItsRecordUnderRenamedKeys() throws {
        let csv = """
            number,state,value,duration_s,x,trial_dir,command,retry_of,gp_fitted_at,host
            0,complete,100,0.1,0.5,/data/art/s/trial-0,rm -rf data,7,3,a

            """
        let imported = try TrialImport(
            records: try InputRecord.records(in: csv, file: "f.csv"), space: Self.space, file: "f.csv")
        #expect(
            imported.trials[0].userAttributes == [
                "imported_trial_dir": "/data/art/s/trial-0", "imported_command": "rm -rf data", "host": "a",
                "imported_from": "f.csv#0",
            ])
    }

    @Test func anotherStudysRunRecordIsRenamedAndItsBookkeepingDropped() throws {
        var source = Trial(number: 0, state: .complete, params: ["x": .float(0.5)], value: 1)
        source.userAttributes = [
            "trial_dir": "/art/s/trial-0", "command": "train 0.5", "lease_until": "1", "gp_fitted_at": "4",
            "imported_command": "older", "seed": "3",
        ]
        let imported = try TrialImport(trials: [source], fromStudy: "s", space: Self.space)
        #expect(
            imported.trials[0].userAttributes == [
                "imported_trial_dir": "/art/s/trial-0", "imported_command": "older", "seed": "3",
                "imported_from": "study:s#0",
            ])
        #expect(!imported.trials[0].userAttributes.keys.contains(where: TrialAttributeKeys.isReserved))
    }
}

/// The spec's `study` field follows the rule of `--study` (`StudyName`), in an error naming file, line and field.
@Suite struct SpecStudyNameTests {
    @Test(arguments: ["'../x y'", "''", "a/b", "'.'", "'..'", String(repeating: "n", count: 200), "'a b'"])
    func invalidNamesAreRefused(name: String) {
        #expect {
            try StudyConfig(text: "objective: branin\nstudy: \(name)\ntrials: 1\n", file: "bad.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("bad.yaml:2: study: invalid study name") && !text.contains("\n")
        }
    }

    @Test func aValidNameIsKept() throws {
        #expect(try StudyConfig(text: "study: mnist-bayes_2.v1\n", file: "s.yaml").study == "mnist-bayes_2.v1")
    }
}
