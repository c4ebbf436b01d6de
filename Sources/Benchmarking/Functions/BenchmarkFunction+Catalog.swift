import Foundation
import Tuning

extension BenchmarkFunction {
    /// The ten functions of docs/bench/FUNCTIONS.md, in its order.
    public static let all: [BenchmarkFunction] = [
        BenchmarkFunction(
            name: "branin", box: [-5...10, 0...15], optimum: 0.39788735772973816,
            minimizers: [[-Double.pi, 12.275], [Double.pi, 2.275], [3 * Double.pi, 2.475]],
            SyntheticFunctions.branin),
        BenchmarkFunction(
            name: "camel6", box: [-3...3, -2...2], optimum: -1.0316284534898774,
            minimizers: [
                [0.0898420136830133, -0.7126564032704135],
                [-0.0898420136830133, 0.7126564032704135],
            ],
            SyntheticFunctions.camel6),
        BenchmarkFunction(
            name: "hartmann3", box: Array(repeating: 0...1, count: 3), optimum: -3.862779787332663,
            minimizers: [[0.1145888823, 0.5556488941, 0.8525469856]], SyntheticFunctions.hartmann3),
        BenchmarkFunction(
            name: "hartmann6", box: Array(repeating: 0...1, count: 6), optimum: -3.3223680114155143,
            minimizers: [hartmann6Minimizer], SyntheticFunctions.hartmann6),
        BenchmarkFunction(
            name: "ackley5", box: Array(repeating: -32.768...32.768, count: 5), optimum: 0,
            minimizers: [Array(repeating: 0, count: 5)], SyntheticFunctions.ackley),
        BenchmarkFunction(
            name: "rosenbrock4", box: Array(repeating: -5...10, count: 4), optimum: 0,
            minimizers: [Array(repeating: 1, count: 4)], SyntheticFunctions.rosenbrock),
        BenchmarkFunction(
            name: "levy5", box: Array(repeating: -10...10, count: 5), optimum: 0,
            minimizers: [Array(repeating: 1, count: 5)], SyntheticFunctions.levy),
        BenchmarkFunction(
            name: "styblinski4", box: Array(repeating: -5...5, count: 4),
            optimum: -156.66466281508568,
            minimizers: [Array(repeating: -2.903534027771178, count: 4)],
            SyntheticFunctions.styblinskiTang),
        mixed,
        BenchmarkFunction(
            name: "hartmann6_noisy", box: Array(repeating: 0...1, count: 6),
            optimum: -3.3223680114155143,
            minimizers: [hartmann6Minimizer], noise: 0.1, SyntheticFunctions.hartmann6),
    ]

    static let hartmann6Minimizer = [0.2016895031, 0.1500106926, 0.4768739783, 0.2753324293, 0.311651617, 0.6573005342]

    /// `mixed`: x1, x2 ∈ [0, 1], k ∈ {1…8}, c ∈ {a, b, c}; f* = 0 at (0.7, 0.3, 6, b).
    static let mixed = BenchmarkFunction(
        name: "mixed",
        space: try! SearchSpace([
            .float("x1", 0, 1), .float("x2", 0, 1), .int("k", 1, 8), .categorical("c", ["a", "b", "c"]),
        ]),
        optimum: 0,
        minimizers: [["x1": 0.7, "x2": 0.3, "k": 6, "c": "b"]]
    ) { p in
        SyntheticFunctions.mixed(
            x1: p["x1"]?.doubleValue ?? .nan, x2: p["x2"]?.doubleValue ?? .nan,
            k: p["k"]?.intValue ?? 0, c: p["c"]?.stringValue ?? "a")
    }

    /// The function called `name` (a key of docs/bench/FUNCTIONS.md or its `_inert` variant), if any.
    public static func named(_ name: String) -> BenchmarkFunction? { catalog.first { $0.name == name } }
}
