import Foundation
import Randomness

/// How many generated cases a run of the hostile-input properties tries, and from which seed.
///
/// Every case has a generator of its own, seeded from (run seed, property name, case index) through SplitMix64,
/// so a case is replayed from its seed alone whatever the number of cases around it:
///
/// - `TUNER_FUZZ_SEED=<n>` (decimal or `0x…`) changes the run seed (default `0x7E57_5EED`): another set of cases.
/// - `TUNER_FUZZ_CASES=<n>` sets the number of cases of each library-level property (default 300); the
///   binary-level properties, which start processes, scale their own defaults by the same factor.
/// - `TUNER_FUZZ_REPLAY=<case seed>` runs only that case in every property (the seed a failure prints).
/// - `TUNER_FUZZ_VERBOSE=1` prints every failing case, not only the shortest of each kind.
enum FuzzConfiguration {
    static let defaultSeed: UInt64 = 0x7E57_5EED
    static let defaultLibraryCases = 300

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The run seed.
    static var seed: UInt64 { environment["TUNER_FUZZ_SEED"].flatMap(parseSeed) ?? defaultSeed }

    /// Whether every failing case is printed.
    static var verbose: Bool { environment["TUNER_FUZZ_VERBOSE"].map { !$0.isEmpty && $0 != "0" } ?? false }

    /// The single case seed to replay, if any.
    static var replay: UInt64? { environment["TUNER_FUZZ_REPLAY"].flatMap(parseSeed) }

    /// The number of cases for a property whose default is `defaultCases` (at the default library count).
    static func cases(default defaultCases: Int) -> Int {
        guard let text = environment["TUNER_FUZZ_CASES"], let wanted = Int(text), wanted > 0 else {
            return defaultCases
        }
        return max(1, (defaultCases * wanted + defaultLibraryCases - 1) / defaultLibraryCases)
    }

    /// The seeds of the cases `property` runs: the replayed one, or `count` seeds derived from the run seed.
    static func caseSeeds(property: String, count: Int) -> [UInt64] {
        if let replay { return [replay] }
        var salt: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the name: a stable salt per property
        for byte in property.utf8 { salt = (salt ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var mix = SplitMix64(seed: seed ^ salt)
        return (0..<count).map { _ in mix.next() }
    }

    static func parseSeed(_ text: String) -> UInt64? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("0x") { return UInt64(t.dropFirst(2).replacingOccurrences(of: "_", with: ""), radix: 16) }
        return UInt64(t)
    }
}
