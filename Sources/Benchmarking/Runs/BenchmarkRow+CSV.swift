import Foundation

extension BenchmarkRow {
    /// The header of the sweep CSV: the twelve columns of `BenchmarkRow`, in this order.
    public static let csvHeader =
        "problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s,hypervolume,log_hv_gap,feasible_share"
    public static let csvColumns = csvHeader.split(separator: ",").map(String.init)

    /// The largest `trial` number a sweep CSV may hold: a million evaluations of one run, far past any sweep, and
    /// small enough that a summary (checkpoints every 10 trials up to the longest run) stays small.
    public static let maximumTrial = 1_000_000

    /// The first nine columns: the whole header of files written before the multi-objective columns existed,
    /// which are still read (their rows have no multi-objective measures).
    public static let legacyCSVColumns = Array(csvColumns.prefix(9))

    /// The row as a CSV line (without the newline). Numbers are in Swift's shortest round-trip form, so reading
    /// the line back gives the same doubles; `nan`, `inf` and `-inf` are written as such. An absent
    /// multi-objective measure is an empty field.
    public var csvLine: String {
        let optional = [hypervolume, logHypervolumeGap, feasibleShare].map { $0.map { "\($0)" } ?? "" }
        return [
            problem, sampler, "\(seed)", "\(trial)", "\(value)", "\(best)", "\(regret)", "\(elapsedSeconds)",
            "\(proposalSeconds)",
        ].joined(separator: ",") + "," + optional.joined(separator: ",")
    }

    /// The row of twelve CSV fields (or of the nine of a file without the multi-objective columns), or nil when
    /// the count is another or a number is not where one belongs. An empty multi-objective field is nil.
    public init?(csvFields f: [String]) {
        guard f.count == Self.csvColumns.count || f.count == Self.legacyCSVColumns.count,
            let seed = Int(f[2]), let trial = Int(f[3])
        else { return nil }
        let numbers = f[4...8].compactMap(Self.csvNumber)
        guard numbers.count == 5 else { return nil }
        var optional: [Double?] = [nil, nil, nil]
        for (i, field) in f.dropFirst(9).enumerated() where !field.isEmpty {
            guard let number = Self.csvNumber(field) else { return nil }
            optional[i] = number
        }
        self.init(
            problem: f[0], sampler: f[1], seed: seed, trial: trial, value: numbers[0], best: numbers[1],
            regret: numbers[2], elapsedSeconds: numbers[3], proposalSeconds: numbers[4], hypervolume: optional[0],
            logHypervolumeGap: optional[1], feasibleShare: optional[2])
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
