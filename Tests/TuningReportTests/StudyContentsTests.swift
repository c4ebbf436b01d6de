import Foundation
import Testing
import Tuning

@testable import TuningReport

/// `tuner export`'s CSV and JSON and `tuner show`'s views, on a hand-made study.
@Suite struct StudyContentsTests {
    static func contents() throws -> StudyContents {
        StudyContents(spec: try StudyFixture.spec(), trials: StudyFixture.trials)
    }

    @Test func columnsAreTheSpaceThenExtraParametersAndSortedAttributes() throws {
        let contents = try Self.contents()
        #expect(contents.parameterNames == ["lr", "act", "extra"])
        #expect(contents.userAttributeKeys == ["note"])
        #expect(contents.bestTrial?.number == 0)
    }

    @Test func csvHasOneRowPerTrialWithEmptyCellsAndQuotedFields() throws {
        let lines = try Self.contents().csv().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines == [
                "number,state,value,duration_s,lr,act,extra,note",
                "0,complete,0.25,1.500,0.001,relu,,\"a, \"\"quoted\"\" note\"",
                "1,pruned,0.9,0.250,0.01,tanh,,",
                "2,failed,,2.000,0.05,relu,3,",
                "3,running,,,0.002,tanh,,",
                "",
            ])
    }

    @Test func csvFieldQuotesOnlyWhatNeedsIt() {
        #expect(StudyContents.csvField("plain") == "plain")
        #expect(StudyContents.csvField("a,b") == "\"a,b\"")
        #expect(StudyContents.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(StudyContents.csvField("two\nlines") == "\"two\nlines\"")
    }

    @Test func exportJSONHasEveryFieldOfEveryTrial() throws {
        let json = try Self.contents().exportJSON()
        #expect(json.hasSuffix("]\n"))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 4)
        let keys = [
            "number", "state", "value", "duration_s", "params", "user_attrs", "failure_reason", "intermediate_values",
        ]
        for object in array { #expect(Set(object.keys) == Set(keys)) }
        #expect(json.hasPrefix("[{\"number\":0,\"state\":\"complete\",\"value\":0.25,\"duration_s\":1.5,"))
        #expect(json.contains("\"failure_reason\":\"out of memory\""))
        #expect(json.contains("\"intermediate_values\":{\"1\":0.8,\"3\":0.9}"))
        #expect(json.contains("\"user_attrs\":{\"note\":\"a, \\\"quoted\\\" note\"}"))
        #expect(json.contains("{\"number\":3,\"state\":\"running\",\"value\":null,\"duration_s\":null,"))
    }

    @Test func showLinesHaveHeadlineTableFailuresAndBest() throws {
        let lines = try Self.contents().showLines()
        #expect(lines[0] == "Study 'demo': minimize, 4 trials (1 complete, 1 pruned, 1 failed, 1 running)")
        let table = lines[1].split(separator: "\n")
        #expect(table[0] == "#  state     value  duration  lr     act   extra")
        #expect(table[1] == "0  complete  0.25   1.50 s    0.001  relu  -")
        #expect(table[4] == "3  running   -      -         0.002  tanh  -")
        #expect(lines[2] == "trial 2 failed: out of memory")
        #expect(lines[3] == "Best trial #0: value 0.25")
        #expect(
            lines[4...] == ["  lr   0.001", "  act  relu", "  user attributes:", "    note  a, \"quoted\" note"])
    }

    /// The best trial's attributes follow its parameters, without bookkeeping keys, one line each.
    @Test func showListsTheBestTrialsAttributesButNotTheBookkeeping() throws {
        var best = StudyFixture.trials[0]
        best.userAttributes = [
            "model": "out/m.bin", "params": "12345", "lease_until": "1", "retry_of": "2", "gp_jitter": "1e-6",
            "two\nlines": "a\u{1B}[31m\nb",
        ]
        let lines = StudyContents(spec: try StudyFixture.spec(), trials: [best]).showLines()
        let start = try #require(lines.firstIndex(of: "  user attributes:"))
        #expect(
            lines[(start + 1)...] == [
                "    model       out/m.bin", "    params      12345", #"    two\nlines  a\u{1B}[31m\nb"#,
            ])
        let none = StudyContents(spec: try StudyFixture.spec(), trials: [StudyFixture.trials[1]]).showLines()
        #expect(!none.contains("  user attributes:"))
    }

    @Test func showWithoutCompleteTrialsSaysSo() throws {
        let empty = StudyContents(spec: try StudyFixture.spec(), trials: [])
        #expect(empty.showLines() == ["Study 'demo': minimize, 0 trials (0 complete, 0 pruned, 0 failed)"])
        let failedOnly = StudyContents(spec: try StudyFixture.spec(), trials: [StudyFixture.trials[2]])
        #expect(failedOnly.showLines().last == "No trial completed.")
    }

    @Test func showJSONHasCountsTrialsAndBest() throws {
        let text = try Self.contents().showJSON().text
        #expect(text.hasPrefix("{\"study\":\"demo\",\"direction\":\"minimize\",\"seed\":7,\"counts\":{"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["waiting": 0, "running": 1, "complete": 1, "pruned": 1, "failed": 1])
        #expect((object["trials"] as? [Any])?.count == 4)
        #expect((object["best_trial"] as? [String: Any])?["number"] as? Int == 0)
    }

    @Test func listingShowsEveryStudyOrSaysThereIsNone() throws {
        #expect(StudyOverview.listingText([]) == "No studies.")
        #expect(StudyOverview.listingJSON([]).text == "[]")
        let overview = try Self.contents().overview
        let text = StudyOverview.listingText([overview]).split(separator: "\n")
        #expect(text[0].hasPrefix("study  direction  trials  by state "))
        #expect(text[1] == "demo   minimize   4       1 complete, 1 pruned, 1 failed, 1 running  0.25 (#0)")
        let header = String(text[0])
        let row = String(text[1])
        #expect(header.hasSuffix("best value"))
        #expect(header.count - "best value".count == row.count - "0.25 (#0)".count)
        #expect(
            StudyOverview.listingJSON([overview]).text
                == "[{\"name\":\"demo\",\"direction\":\"minimize\",\"trials\":4,\"counts\":{\"waiting\":0,"
                + "\"running\":1,\"complete\":1,\"pruned\":1,\"failed\":1},\"best_value\":0.25,\"best_trial\":0}]")
    }
}
