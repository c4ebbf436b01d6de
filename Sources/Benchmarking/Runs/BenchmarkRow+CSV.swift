import Foundation

extension BenchmarkRow {
    /// The header of the sweep CSV: the nine columns of `BenchmarkRow`, in this order.
    public static let csvHeader = "problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s"
    public static let csvColumns = csvHeader.split(separator: ",").map(String.init)

    /// The row as a CSV line (without the newline). Numbers are in Swift's shortest round-trip form, so reading
    /// the line back gives the same doubles; `nan`, `inf` and `-inf` are written as such.
    public var csvLine: String {
        [
            problem, sampler, "\(seed)", "\(trial)", "\(value)", "\(best)", "\(regret)", "\(elapsedSeconds)",
            "\(proposalSeconds)",
        ].joined(separator: ",")
    }

    /// The row of nine CSV fields, or nil when there are not nine or a number is not where one belongs.
    /// Columns after the ninth are not read (a later version may add some).
    public init?(csvFields f: [String]) {
        guard f.count == Self.csvColumns.count, let seed = Int(f[2]), let trial = Int(f[3]) else { return nil }
        let numbers = f[4...8].compactMap(Self.csvNumber)
        guard numbers.count == 5 else { return nil }
        self.init(
            problem: f[0], sampler: f[1], seed: seed, trial: trial, value: numbers[0], best: numbers[1],
            regret: numbers[2], elapsedSeconds: numbers[3], proposalSeconds: numbers[4])
    }

    /// A number as Swift or Python writes it: `nan`, `NaN` or an empty field is NaN; `inf`, `+inf`,
    /// `Infinity` and their negatives are ±∞; anything else must parse as a `Double`.
    public static func csvNumber(_ text: String) -> Double? {
        switch text.lowercased() {
        case "", "nan": return .nan
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return Double(text)
        }
    }
}
