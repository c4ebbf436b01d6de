import Foundation
import Randomness
import Testing

@testable import Tuning

@Suite struct UnitCubeEncodingTests {
    let space = try! SearchSpace([
        .float("lr", 1e-5, 1e-1, log: true),
        .float("dropout", 0, 0.5),
        .int("units", 16, 256, step: 16),
        .int("batch", 8, 512, log: true),
        .categorical("activation", ["relu", "tanh", "gelu"]),
        .categorical("optimizer", ["sgd", "adam"]),
        .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
        .fixed("epochs", 10),
    ])

    @Test func layoutHasOneColumnPerNumberAndOneHotBlocks() {
        let e = UnitCubeEncoding(space)
        #expect(e.dimension == 4 + 3 + 2 + 1)
        #expect(e.columns(of: "activation") == 4..<7)
        #expect(e.columns(of: "epochs").isEmpty)
        #expect(e.discreteColumns == [2, 3, 4, 5, 6, 7, 8])
    }

    @Test func decodeOfEncodeIsTheIdentityOnValidAssignments() {
        let e = UnitCubeEncoding(space)
        var rng = Xoshiro256StarStar(seed: 11)
        for _ in 0..<300 {
            let p = RandomSampler.sample(space, using: &rng)
            let u = e.encode(p)
            #expect(u.allSatisfy { $0 >= 0 && $0 <= 1 })
            let back = e.decode(u)
            #expect(back.keys == p.keys)
            for (k, v) in p {
                if case .float(let x) = v {
                    #expect(abs(back[k]!.doubleValue! - x) <= 1e-12 * max(1, abs(x)))
                } else {
                    #expect(back[k] == v)
                }
            }
        }
    }

    @Test func anyPointOfTheCubeDecodesToAValidAssignment() throws {
        let e = UnitCubeEncoding(space)
        var rng = Xoshiro256StarStar(seed: 5)
        for _ in 0..<300 {
            let u = (0..<e.dimension).map { _ in Double.random(in: 0...1, using: &rng) }
            let p = e.decode(u)
            #expect(try space.validate(p) == p)
            #expect(e.project(e.project(u)) == e.project(u))
        }
    }

    @Test func logScalesAreLinearInLogSpaceAndIntegersOwnEqualCells() {
        let e = UnitCubeEncoding(space)
        var p: Parameters = [
            "lr": 1e-3, "dropout": 0.25, "units": 16, "batch": 64, "activation": "tanh",
            "optimizer": "adam", "epochs": 10,
        ]
        let u = e.encode(p)
        #expect(abs(u[0] - 0.5) < 1e-12, "1e-3 is the log-midpoint of [1e-5, 1e-1]")
        #expect(abs(u[1] - 0.5) < 1e-12)
        #expect(abs(u[2] - 0.5 / 16) < 1e-12, "16 is the first of 16 cells")
        #expect(Array(u[4..<7]) == [0, 1, 0])
        #expect(u[9] == 0.5, "inactive momentum sits at the neutral point")
        p["units"] = 256
        #expect(abs(e.encode(p)[2] - 15.5 / 16) < 1e-12)
    }
}

@Suite struct EncodedHistoryTests {
    @Test func theHistoryIsEncodedWithLossesPendingAndVisitedPoints() throws {
        let space = try SearchSpace([.float("x", 0, 10), .categorical("c", ["a", "b"])])
        let trials = [
            Trial(number: 0, state: .complete, params: ["x": 5.0, "c": "a"], value: 3),
            Trial(number: 1, state: .failed, params: ["x": 10.0, "c": "b"]),
            Trial(number: 2, state: .running, params: ["x": 0.0, "c": "b"]),
            Trial(number: 3, state: .complete, params: ["x": 2.5, "c": "b"], value: 7),
        ]
        let h = SamplingContext(space: space, direction: .maximize, trials: trials).encodedHistory(
            UnitCubeEncoding(space))
        #expect(h.x == [[0.5, 1, 0], [1, 0, 1], [0.25, 0, 1]])
        #expect(h.y == [-3, -3, -7], "maximizing: losses are negated values; the failed trial gets the worst")
        #expect(h.pending == [[0, 0, 1]])
        #expect(h.visited.count == 4 && h.visited.contains([0, 0, 1]))
    }
}
