import Foundation
import Randomness
import Testing

@testable import Tuning

/// Ranges at the edges of `Int` and `Double`: every sampler proposes valid, finite values spread over the range,
/// and nothing traps (a width high − low that overflows used to crash int ranges and give ±inf or NaN for floats).
@Suite struct ExtremeRangeTests {
    static let intDomains: [ParameterDomain] = [
        .int(low: 0, high: Int.max, step: 1, log: false),
        .int(low: Int.min, high: 0, step: 1, log: false),
        .int(low: Int.min, high: Int.max, step: 1, log: false),
        .int(low: Int.min, high: Int.max, step: 3, log: false),
        .int(low: 0, high: Int.max, step: 7, log: false),
        .int(low: 1, high: Int.max, step: 1, log: true),
    ]
    static let floatDomains: [ParameterDomain] = [
        .float(low: -1e308, high: 1e308, log: false),
        .float(low: -Double.greatestFiniteMagnitude, high: Double.greatestFiniteMagnitude, log: false),
        .float(low: 0, high: Double.greatestFiniteMagnitude, log: false),
        .float(low: 1e-300, high: 1e308, log: true),
    ]
    static let samplers = ["random", "sobol", "tpe", "bayes"]

    static func sampler(_ name: String) -> any Sampler {
        switch name {
        case "random": return RandomSampler()
        case "sobol": return SobolSampler()
        case "tpe":
            var options = TPESampler.Options()
            options.startupTrials = 4
            return TPESampler(options: options)
        default:
            var options = GPSampler.Options()
            options.startupTrials = 3
            options.candidates = 64
            return GPSampler(options: options)
        }
    }

    /// The values `sampler` proposes over `trials` trials of a one-parameter study on `domain`, after checking
    /// that the space accepts every proposal.
    static func proposals(_ sampler: String, _ domain: ParameterDomain, trials: Int = 10) throws -> [ParameterValue] {
        let space = try SearchSpace([Parameter(name: "x", domain: domain)])
        let study = try Study(space: space, sampler: Self.sampler(sampler), seed: 7)
        try study.optimize(
            ClosureObjective { t in
                let u = domain.unit(of: t.value("x")!)
                return (u - 0.3) * (u - 0.3)
            }, trials: trials)
        let params = try study.trials.map(\.params)
        for p in params { #expect((try? space.validate(p)) == p, "\(sampler) proposed \(p) outside \(domain)") }
        return params.map { $0["x"]! }
    }

    @Test(arguments: samplers, intDomains)
    func intRangesReachingIntMinOrIntMaxGiveValidSpreadValues(sampler: String, domain: ParameterDomain) throws {
        guard case .int(let low, let high, _, _) = domain else { return }
        let values = try Self.proposals(sampler, domain).map { $0.intValue! }
        #expect(values.allSatisfy { $0 >= low && $0 <= high })
        #expect(Set(values).count > 1, "\(sampler) proposed only \(Set(values)) on \(domain)")
    }

    @Test(arguments: samplers, floatDomains)
    func floatRangesWhoseWidthOverflowsGiveFiniteSpreadValues(sampler: String, domain: ParameterDomain) throws {
        guard case .float(let low, let high, _) = domain else { return }
        let values = try Self.proposals(sampler, domain).map { $0.doubleValue! }
        #expect(values.allSatisfy { $0.isFinite && $0 >= low && $0 <= high }, "\(sampler): \(values)")
        #expect(Set(values).count > values.count / 2, "\(sampler) proposed \(values) on \(domain)")
    }

    @Test(arguments: samplers)
    func randomAndQuasiRandomDrawsCoverBothHalvesOfAHugeFloatRange(sampler: String) throws {
        let values = try Self.proposals(sampler, .float(low: -1e308, high: 1e308, log: false), trials: 12)
            .map { $0.doubleValue! }
        #expect(values.contains { $0 < -1e307 } && values.contains { $0 > 1e307 }, "\(sampler): \(values)")
    }

    @Test func unitMapsRoundTripAtTheEdgesOfIntWithinDoublePrecision() {
        for domain in Self.intDomains {
            guard case .int(let low, let high, _, _) = domain else { continue }
            #expect(domain.value(atUnit: 0) == .int(low))
            #expect(domain.value(atUnit: 1) == .int(high))
            for u in [0.0, 0.25, 0.5, 0.999, 1.0] {
                let v = domain.value(atUnit: u)
                let back = domain.value(atUnit: domain.unit(of: v))
                #expect(domain.contains(v) && domain.contains(back))
                // 2⁶⁴ values cannot all be told apart by a Double position; 1e-12 of the range can.
                let error = abs(Double(back.intValue!) - Double(v.intValue!))
                #expect(error <= 1e-12 * (Double(high) - Double(low)), "\(domain) at \(u)")
            }
        }
        #expect(ParameterDomain.int(low: Int.min, high: Int.max, step: 1, log: false).cardinality == Int.max)
        #expect(ParameterDomain.int(low: 0, high: Int.max, step: 1, log: false).cardinality == Int.max)
        #expect(ParameterDomain.int(low: 1, high: Int.max, step: 1, log: false).cardinality == Int.max)
        #expect(ParameterDomain.int(low: 2, high: Int.max, step: 1, log: false).cardinality == Int.max - 1)
    }

    @Test func floatUnitMapsStayFiniteWhenTheWidthOverflows() {
        let domain = ParameterDomain.float(low: -1e308, high: 1e308, log: false)
        #expect(domain.value(atUnit: 0) == .float(-1e308))
        #expect(domain.value(atUnit: 1) == .float(1e308))
        #expect(domain.value(atUnit: 0.5) == .float(0))
        #expect(domain.unit(of: .float(0)) == 0.5)
        #expect(domain.unit(of: .float(1e308)) == 1)
        #expect(abs(domain.unit(of: .float(5e307)) - 0.75) < 1e-12)
    }

    @Test func membershipAndStepChecksDoNotOverflow() throws {
        let whole = ParameterDomain.int(low: Int.min, high: Int.max, step: 3, log: false)
        #expect(whole.contains(.int(Int.min)) && whole.contains(.int(Int.max)))
        #expect(!whole.contains(.int(Int.min + 1)))
        _ = try SearchSpace([.int("x", Int.min, Int.max, step: 3)])
        #expect(throws: SearchSpaceError.self) { try SearchSpace([.int("x", Int.min, Int.max, step: 2)]) }
    }

    @Test func theGridServesSmallStepRangesAtTheEdgesOfInt() throws {
        let space = try SearchSpace([
            .int("top", Int.max - 20, Int.max, step: 10), .int("bottom", Int.min, Int.min + 2),
        ])
        let points = try GridSampler().points(of: space)
        #expect(points.count == 9)
        #expect(Set(points.map { $0["top"]! }) == [.int(Int.max - 20), .int(Int.max - 10), .int(Int.max)])
        #expect(Set(points.map { $0["bottom"]! }) == [.int(Int.min), .int(Int.min + 1), .int(Int.min + 2)])
    }

    @Test func theGridCountsCombinationsBeforeBuildingThem() throws {
        let space = try SearchSpace([.int("a", 1, 5000), .int("b", 1, 5000)])
        #expect(throws: GridSampler.GridError.tooLarge(parameter: "b", limit: GridSampler.maximumPoints)) {
            try GridSampler().points(of: space)
        }
        // Each axis alone is fine, and the check that runs before a study starts counts the combinations too.
        #expect(throws: GridSampler.GridError.tooLarge(parameter: "b", limit: GridSampler.maximumPoints)) {
            try GridSampler().checkAxes(of: space)
        }
        try GridSampler().checkAxes(of: SearchSpace([.int("a", 1, 5000)]))
    }

    @Test func theGridRefusesWholeIntRangesNamingTheParameter() {
        for domain in Self.intDomains {
            let space = try! SearchSpace([Parameter(name: "x", domain: domain)])
            #expect(throws: GridSampler.GridError.tooLarge(parameter: "x", limit: GridSampler.maximumPoints)) {
                try GridSampler().points(of: space)
            }
        }
    }
}
