import ArgumentParser
import NeuralNetwork

/// Parses `--schedule` into a `LearningRateSchedule`:
///
/// | text                         | schedule                                              |
/// |------------------------------|-------------------------------------------------------|
/// | `constant`                   | η                                                     |
/// | `step:EVERY:FACTOR`          | η · FACTOR^⌊(e − 1) / EVERY⌋                          |
/// | `exponential:DECAY`          | η · DECAY^(e − 1)                                     |
/// | `cosine[:MIN]`               | cosine annealing to MIN over --epochs (Loshchilov & Hutter 2017) |
/// | `plateau[:FACTOR:PATIENCE]`  | × FACTOR after PATIENCE epochs without improvement (default 0.1, 10) |
enum ScheduleOption {
    static func parse(_ text: String, epochs: Int) throws -> LearningRateSchedule {
        let parts = text.lowercased().split(separator: ":").map(String.init)
        func number(_ i: Int, _ what: String) throws -> Double {
            guard parts.count > i, let x = Double(parts[i]), x.isFinite else {
                throw ValidationError(
                    "--schedule '\(text)': \(what) must be a number (forms: constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN], plateau[:FACTOR:PATIENCE])"
                )
            }
            return x
        }
        let schedule: LearningRateSchedule
        switch parts.first ?? "" {
        case "constant" where parts.count == 1:
            schedule = .constant
        case "step" where parts.count == 3:
            schedule = .step(every: Int(try number(1, "EVERY")), factor: try number(2, "FACTOR"))
        case "exponential" where parts.count == 2:
            schedule = .exponential(decay: try number(1, "DECAY"))
        case "cosine" where parts.count <= 2:
            schedule = .cosine(epochs: epochs, minimum: parts.count == 2 ? try number(1, "MIN") : 0)
        case "plateau" where parts.count == 1 || parts.count == 3:
            schedule =
                parts.count == 3
                ? .reduceOnPlateau(factor: try number(1, "FACTOR"), patience: Int(try number(2, "PATIENCE")))
                : .reduceOnPlateau()
        default:
            throw ValidationError(
                "--schedule '\(text)' is not one of constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN], plateau[:FACTOR:PATIENCE]"
            )
        }
        do {
            try schedule.validate()
        } catch {
            throw ValidationError("--schedule '\(text)': \(error)")
        }
        return schedule
    }
}
