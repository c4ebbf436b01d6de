import Foundation

extension MultiObjectiveProblem {
    /// The keyword that names every problem of `all` (as `all` names the single-objective functions).
    public static let groupKeyword = "multiobjective"

    /// The problems of docs/bench/FUNCTIONS.md, "Multi-objective problems", in its order, at their default
    /// dimensions: zdt1, zdt2, zdt3 (d = 6), dtlz2 (d = 6, 3 objectives), bnh (d = 2), c2dtlz2 (d = 6).
    public static let all: [MultiObjectiveProblem] = [
        // The default dimensions meet every minimum, so none of these throws.
        try! zdt1(), try! zdt2(), try! zdt3(), try! dtlz2(), bnh, try! c2dtlz2(),
    ]

    /// The problem called `name` (a key of docs/bench/FUNCTIONS.md), if any.
    public static func named(_ name: String) -> MultiObjectiveProblem? { all.first { $0.name == name } }
}
