import Foundation
import Randomness
import Testing

@testable import Tuning

/// The proposals of classic studies (one objective, no constraints), pinned: the multi-objective and constrained
/// splits of TPE must leave them bit for bit as they were. The expectations were recorded from the sampler before
/// those splits existed; a change here changes every single-objective TPE result and benchmark.
@Suite struct TPEClassicProposalTests {
    static let space: SearchSpace = try! SearchSpace([
        .categorical("optimizer", ["sgd", "adam"]),
        .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
        .float("lr", 1e-5, 1, log: true), .int("units", 8, 512, log: true), .int("layers", 1, 4),
        .float("x", -3, 3),
    ])

    /// A proposal's parameters as `name=value` in name order (Swift prints doubles exactly).
    static func fingerprint(_ params: Parameters) -> String {
        params.keys.sorted().map { "\($0)=\(params[$0]!)" }.joined(separator: ",")
    }

    /// A maximized study run to 30 trials, every fifth trial failing (failed trials count at the worst value).
    @Test func aClassicStudyProposesWhatItAlwaysHas() throws {
        let study = try Study(space: Self.space, direction: .maximize, sampler: TPESampler(), seed: 7)
        try study.optimize(
            ClosureObjective { t in
                if t.number % 5 == 4 { throw StudyError.invalidArgument(name: "x", reason: "fails") }
                let lr = log10(try t.float("lr")) + 2
                let x = try t.float("x") - 1
                return -lr * lr - x * x - Double(try t.int("layers")) / 4
            }, trials: 30)
        let trials = try study.trials
        let actual = [trials[28], trials[29]].map { Self.fingerprint($0.params) }
        #expect(actual == Self.expectedStudy)
    }

    /// Hand-made history of complete, failed, pruned, running and waiting trials, proposed from four seeds.
    @Test func aClassicHistoryProposesWhatItAlwaysHas() throws {
        var rng = Xoshiro256StarStar(seed: 11)
        var trials: [Trial] = []
        for i in 0..<24 {
            let params = RandomSampler.sample(Self.space, using: &rng)
            let x = params["x"]!.doubleValue!
            switch i % 8 {
            case 3: trials.append(Trial(number: i, state: .failed, params: params, failureReason: "boom"))
            case 5:
                trials.append(
                    Trial(number: i, state: .pruned, params: params, value: x, intermediateValues: [0: x * 2, 1: x]))
            case 6: trials.append(Trial(number: i, state: .running, params: params))
            case 7 where i == 15: trials.append(Trial(number: i, state: .waiting, params: params))
            default: trials.append(Trial(number: i, state: .complete, params: params, value: x * x))
            }
        }
        let context = SamplingContext(space: Self.space, direction: .minimize, trials: trials, seed: 3)
        var actual: [String] = []
        for seed in 0..<4 as Range<UInt64> {
            var sampler = TPESampler()
            var generator = Xoshiro256StarStar(seed: seed)
            guard case .parameters(let p, _) = try sampler.propose(context, using: &generator) else {
                Issue.record("no proposal")
                return
            }
            actual.append(Self.fingerprint(p))
        }
        #expect(actual == Self.expectedHistory)
    }

    static let expectedStudy = [
        "layers=3,lr=0.0122460986875688,momentum=0.8231857263679601,optimizer=sgd,units=180,x=0.6054454090543453",
        "layers=3,lr=0.005840526111763358,momentum=0.8679854757104506,optimizer=sgd,units=171,x=1.5908391685326775",
    ]
    static let expectedHistory = [
        "layers=4,lr=6.396686407635207e-05,optimizer=adam,units=23,x=-0.2934403400453586",
        "layers=3,lr=1.373954144667154e-05,optimizer=adam,units=65,x=0.008372485412158542",
        "layers=2,lr=1.1459502830051027e-05,optimizer=adam,units=59,x=0.3045603679294658",
        "layers=3,lr=5.9827749958259483e-05,optimizer=adam,units=43,x=0.031804501236819965",
    ]
}
