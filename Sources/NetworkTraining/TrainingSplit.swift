import Datasets
import Randomness

/// The split every network of this module trains on: a seeded partition of a dataset's rows into train,
/// validation and test parts (`Dataset.split`: stratified by class for classification, shuffled for
/// regression).
///
/// The test part is always `testFraction` (20 %) of the rows; `validationFraction` of the remaining 80 % is held
/// out for validation (0 without one). The tuning objective holds out 20 %, giving 64 / 16 / 20 %, and so does
/// `tuner train --patience` by default, so both see the same rows for the same seed. The generator is
/// `Xoshiro256StarStar(seed: seed ^ seedSalt)`.
public enum TrainingSplit {
    /// Mixed into the seed so the split's stream differs from the other streams a seed drives ("SPLIT").
    public static let seedSalt: UInt64 = 0x5350_4C49_54
    /// The share of the rows held out for testing.
    public static let testFraction = 0.2
    /// The validation share of the non-test rows used by the tuning objective.
    public static let objectiveValidationFraction = 0.2

    /// The train and validation fractions of the whole dataset for `validationFraction` of the non-test rows.
    /// Rounded to 12 decimals, so that 0.8 · (1 − 0.2) is exactly the 0.64 the literal gives and the
    /// stratified allocation never sees a last-bit difference.
    public static func fractions(validationFraction: Double?) -> (train: Double, validation: Double) {
        func rounded(_ x: Double) -> Double { (x * 1e12).rounded() / 1e12 }
        let kept = rounded(1 - testFraction)
        let train = rounded(kept * (1 - (validationFraction ?? 0)))
        return (train, rounded(kept - train))
    }

    /// The row indices of each part of `dataset` for `seed`.
    public static func rows(of dataset: Dataset, validationFraction: Double?, seed: UInt64)
        -> (train: [Int], validation: [Int], test: [Int])
    {
        var rng = Xoshiro256StarStar(seed: seed ^ seedSalt)
        let (train, validation) = fractions(validationFraction: validationFraction)
        return dataset.splitIndices(trainFraction: train, validationFraction: validation, using: &rng)
    }
}
