import Testing

@testable import Tuning

/// The grid's size is counted without building it, conditional parameters included, so a study can refuse a
/// grid of more than `GridSampler.maximumPoints` points before it is created.
@Suite struct GridPointCountTests {
    @Test func theCountIsThePointsBuiltForConditionalSpaces() throws {
        let spaces = [
            try SearchSpace([.int("a", 0, 3), .categorical("c", ["x", "y", "z"]), .int("b", 1, 5)]),
            try SearchSpace([
                .categorical("kind", ["mlp", "cnn", "none"]),
                .int("layers", 1, 4).when("kind", in: ["mlp"]),
                .categorical("act", ["relu", "tanh"]).when("kind", in: ["mlp", "cnn"]),
                .int("width", 1, 3).when("act", in: ["tanh"]),
                .float("lr", 0.001, 0.1),
            ]),
        ]
        for space in spaces {
            let grid = GridSampler(values: ["lr": [.float(0.01), .float(0.05)]])
            #expect(try grid.pointCount(of: space) == grid.points(of: space).count)
        }
    }

    @Test func threeIntRangesWhoseProductPassesTheLimitAreRefusedNamingTheThird() throws {
        let space = try SearchSpace([.int("a", 0, 1000), .int("b", 0, 1000), .int("c", 0, 1000)])
        #expect(throws: GridSampler.GridError.tooLarge(parameter: "c", limit: GridSampler.maximumPoints)) {
            try GridSampler().checkAxes(of: space)
        }
    }

    @Test func evenlySpacedFloatsAreCountedBeforeTheirValuesAreMade() throws {
        let space = try SearchSpace([.float("x", 0, 1), .categorical("c", ["a", "b"]), .float("y", 0, 1)])
        #expect(throws: GridSampler.GridError.tooLarge(parameter: "y", limit: GridSampler.maximumPoints)) {
            try GridSampler().checkSize(of: space, floatPoints: 10_000)
        }
        try GridSampler().checkSize(of: space, floatPoints: 2000)
        #expect(throws: GridSampler.GridError.floatNeedsValues(parameter: "x")) {
            try GridSampler().checkAxes(of: space)
        }
    }

    @Test func conditionalBranchesAreAddedNotMultiplied() throws {
        // 2 × 5000 × 5000 = 50 million combinations, but only 10 000 points: each child lives in its own branch.
        let space = try SearchSpace([
            .categorical("branch", ["a", "b"]),
            .int("p", 1, 5000).when("branch", in: ["a"]),
            .int("q", 1, 5000).when("branch", in: ["b"]),
        ])
        #expect(try GridSampler().pointCount(of: space) == 10_000)
    }
}
