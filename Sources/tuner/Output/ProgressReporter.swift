import Foundation
import Tuning
import TuningReport

/// Prints a running study's progress (`StudyProgress` formats it):
/// - `live`: one progress line redrawn in place on a terminal (trial i/N, best so far, elapsed and remaining
///   time, pruned and failed counts), with finished trials scrolling above it;
/// - `lines`: one plain line per finished trial (when stdout is not a terminal);
/// - `json`: one JSON object per finished trial, then a summary object;
/// - `quiet`: only the summary.
/// Called from the study's worker threads, so every method takes a lock.
final class ProgressReporter: @unchecked Sendable {
    enum Mode { case live, lines, json, quiet }

    let mode: Mode
    private let start = Date()
    private let lock = NSLock()
    private var progress: StudyProgress

    init(
        mode: Mode, direction: Direction, totalTrials: Int?, timeout: Double?, resumedBest: Trial? = nil,
        objectives: StudyObjectives? = nil
    ) {
        self.mode = mode
        progress = StudyProgress(
            direction: direction, totalTrials: totalTrials, timeout: timeout, resumedBest: resumedBest,
            objectives: objectives)
    }

    func trialFinished(_ trial: Trial) {
        lock.withLock {
            progress.record(trial)
            switch mode {
            case .quiet: break
            case .json: emit(StudyProgress.json(trial).text)
            case .lines: emit(progress.line(trial))
            case .live:
                emit("\r\u{1B}[2K" + progress.line(trial))
                emit(progress.statusLine(elapsed: Date().timeIntervalSince(start)), terminator: "")
            }
        }
    }

    /// Ends the live line so the summary starts on a fresh one.
    func close() {
        lock.withLock { if mode == .live && progress.finished > 0 { emit("") } }
    }

    private func emit(_ s: String, terminator: String = "\n") {
        Swift.print(s, terminator: terminator)
        fflush(nil)
    }

}
