import Foundation
import Testing
import Tuning

@testable import TuningReport

/// What a running study prints per finished trial and in its status line.
@Suite struct StudyProgressTests {
    @Test func countsStatesAndKeepsTheBestForTheDirection() {
        var minimize = StudyProgress(direction: .minimize, totalTrials: 10, timeout: nil)
        var maximize = StudyProgress(direction: .maximize, totalTrials: 10, timeout: nil)
        for trial in StudyFixture.trials + [StudyFixture.trial(4, .complete, value: 0.5, params: ["lr": 0.003])] {
            minimize.record(trial)
            maximize.record(trial)
        }
        #expect((minimize.finished, minimize.pruned, minimize.failed) == (5, 1, 1))
        #expect(minimize.best?.number == 0)
        #expect(maximize.best?.number == 4)  // the pruned trial's 0.9 is not a result
    }

    @Test func resumedBestStaysUntilBeaten() {
        let resumed = StudyFixture.trial(9, .complete, value: 0.1, params: ["lr": 0.02])
        var progress = StudyProgress(direction: .minimize, totalTrials: nil, timeout: nil, resumedBest: resumed)
        progress.record(StudyFixture.trials[0])
        #expect(progress.best?.number == 9)
    }

    @Test func trialLinesShowValueDurationParametersAndBest() {
        var progress = StudyProgress(direction: .minimize, totalTrials: 4, timeout: nil)
        let trials = StudyFixture.trials
        progress.record(trials[0])
        #expect(progress.line(trials[0]) == "trial 0 value 0.25 (1.5s)  act=relu lr=0.001  best 0.25 (#0)")
        progress.record(trials[1])
        #expect(progress.line(trials[1]) == "trial 1 pruned at step 3 (0.2s)  act=tanh lr=0.01  best 0.25 (#0)")
        progress.record(trials[2])
        #expect(
            progress.line(trials[2]) == "trial 2 failed: out of memory (2.0s)  act=relu extra=3 lr=0.05  best 0.25 (#0)"
        )
        let fresh = StudyProgress(direction: .minimize, totalTrials: 4, timeout: nil)
        #expect(fresh.line(trials[3]) == "trial 3 running  act=tanh lr=0.002")
    }

    @Test func statusLineEstimatesTheRemainingTimeFromTheBudgetAndTimeout() {
        var progress = StudyProgress(direction: .minimize, totalTrials: 4, timeout: nil)
        #expect(progress.statusLine(elapsed: 5) == "[0/4 trials  elapsed 0:05  pruned 0  failed 0]")
        progress.record(StudyFixture.trials[0])
        progress.record(StudyFixture.trials[2])
        #expect(
            progress.statusLine(elapsed: 30)
                == "[2/4 trials  best 0.25 (#0)  elapsed 0:30  remaining ~0:30  pruned 0  failed 1]")
        var capped = StudyProgress(direction: .minimize, totalTrials: nil, timeout: 100)
        capped.record(StudyFixture.trials[1])
        #expect(capped.statusLine(elapsed: 40) == "[1 trials  elapsed 0:40  remaining ~1:00  pruned 1  failed 0]")
    }

    @Test func clockUsesHoursFromOneHourOn() {
        #expect(StudyProgress.clock(0) == "0:00")
        #expect(StudyProgress.clock(59.6) == "1:00")
        #expect(StudyProgress.clock(3599) == "59:59")
        #expect(StudyProgress.clock(3661) == "1:01:01")
    }

    @Test func trialJSONHasOptionalFieldsOnlyWhenPresent() {
        let trials = StudyFixture.trials
        #expect(
            StudyProgress.json(trials[0]).text
                == "{\"trial\":0,\"state\":\"complete\",\"value\":0.25,\"params\":{\"act\":\"relu\",\"lr\":0.001},"
                + "\"duration_s\":1.5,\"attributes\":{\"note\":\"a, \\\"quoted\\\" note\"}}")
        #expect(
            StudyProgress.json(trials[1]).text
                == "{\"trial\":1,\"state\":\"pruned\",\"value\":0.9,\"params\":{\"act\":\"tanh\",\"lr\":0.01},"
                + "\"duration_s\":0.25,\"intermediate\":{\"1\":0.8,\"3\":0.9}}")
        #expect(
            StudyProgress.json(trials[3]).text
                == "{\"trial\":3,\"state\":\"running\",\"value\":null,\"params\":{\"act\":\"tanh\",\"lr\":0.002}}")
    }
}
