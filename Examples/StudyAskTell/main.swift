import Tuning

// The function to minimize: a bowl with its minimum 0 at (x, y) = (1, −2).
func bowl(x: Double, y: Double) -> Double { (x - 1) * (x - 1) + (y + 2) * (y + 2) }

let space = try SearchSpace([.float("x", -5, 5), .float("y", -5, 5)])
// The study's seed seeds every proposal of the sampler: the same seed gives the same trials.
let study = try Study(
    name: "bowl", space: space, direction: .minimize, sampler: TPESampler(), storage: InMemoryStorage(), seed: 7)

for _ in 0..<60 {
    // Ask: the sampler proposes parameters and the study records a running trial.
    guard let trial = try study.ask() else { break }
    let x = trial.params["x"]?.doubleValue ?? .nan
    let y = trial.params["y"]?.doubleValue ?? .nan
    // Tell: the value completes the trial (a NaN would mark it failed).
    try study.tell(trial.number, value: bowl(x: x, y: y))
}

if let best = try study.bestTrial, let value = best.value {
    let x = best.params["x"]?.doubleValue ?? .nan
    let y = best.params["y"]?.doubleValue ?? .nan
    print("trials: \(try study.trials.count)")
    print("best trial: #\(best.number) value \(value) at x = \(x), y = \(y)")
}
