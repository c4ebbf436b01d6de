import Foundation
import Randomness
import Testing

@testable import Tuning

/// NSGA-II's variation operators: simulated binary crossover and polynomial mutation against hand-worked values,
/// and children built on the unit-cube encoding of a space with conditional parameters.
@Suite struct NSGAIIVariationTests {
    @Test func simulatedBinaryCrossoverMatchesHandWorkedValues() {
        // y = (0.3, 0.7), η = 1, u = ¼: β = 1 + 2·0.3/0.4 = 2.5 on both sides, α = 2 − 2.5⁻² = 1.84,
        // u ≤ 1/α so β_q = √(¼·1.84) = √0.46, children ½·(1 ∓ 0.4·√0.46).
        let (c1, c2) = SimulatedBinaryCrossover.children(0.7, 0.3, eta: 1, uniform: 0.25)
        #expect(abs(c1 - 0.5 * (1 - 0.4 * 0.46.squareRoot())) < 1e-12)
        #expect(abs(c2 - 0.5 * (1 + 0.4 * 0.46.squareRoot())) < 1e-12)
        // u = ¾ > 1/α: β_q = (1/(2 − ¾·1.84))^½ = (1/0.62)^½, the children spread beyond the parents.
        let (d1, d2) = SimulatedBinaryCrossover.children(0.3, 0.7, eta: 1, uniform: 0.75)
        #expect(abs(d1 - 0.5 * (1 - 0.4 * (1 / 0.62).squareRoot())) < 1e-12 && d2 - 0.7 > 0)
        // u = ½ with η = 20 and parents far from the bounds: the children are the parents.
        let (e1, e2) = SimulatedBinaryCrossover.children(0.4, 0.6, eta: 20, uniform: 0.5)
        #expect(abs(e1 - 0.4) < 1e-9 && abs(e2 - 0.6) < 1e-9)
        // Equal parents stay.
        #expect(SimulatedBinaryCrossover.children(0.25, 0.25, eta: 20, uniform: 0.9) == (0.25, 0.25))
    }

    @Test func crossoverChildrenStayInTheCubeAndKeepTheMeanOfSymmetricParents() {
        for u in stride(from: 0.0, to: 1.0, by: 0.01) {
            for (a, b) in [(0.0, 1.0), (0.001, 0.002), (0.99, 0.2), (0.2, 0.8)] {
                let (c1, c2) = SimulatedBinaryCrossover.children(a, b, eta: 20, uniform: u)
                #expect((0...1).contains(c1) && (0...1).contains(c2) && c1 <= c2)
            }
            let (c1, c2) = SimulatedBinaryCrossover.children(0.2, 0.8, eta: 5, uniform: u)
            #expect(abs((c1 + c2) / 2 - 0.5) < 1e-12)
        }
    }

    @Test func polynomialMutationMatchesHandWorkedValues() {
        // y = ½, η = 1, r = ¼: (2·¼ + ½·(½)²)^½ − 1 = √0.625 − 1.
        #expect(abs(PolynomialMutation.mutate(0.5, eta: 1, uniform: 0.25) - (0.5 + 0.625.squareRoot() - 1)) < 1e-12)
        // r = ¾ mirrors it: 1 − (2·¼ + 2·¼·(½)²)^½ = 1 − √0.625.
        #expect(abs(PolynomialMutation.mutate(0.5, eta: 1, uniform: 0.75) - (1.5 - 0.625.squareRoot())) < 1e-12)
        for y in [0.0, 0.3, 1.0] {
            #expect(abs(PolynomialMutation.mutate(y, eta: 20, uniform: 0.5) - y) < 1e-12)
            #expect(PolynomialMutation.mutate(y, eta: 20, uniform: 0) == 0)
            #expect(abs(PolynomialMutation.mutate(y, eta: 20, uniform: 1) - 1) < 1e-12)
        }
        // Monotone in r, and a larger η makes a smaller step.
        let steps = stride(from: 0.0, through: 1.0, by: 0.05).map {
            PolynomialMutation.mutate(0.4, eta: 20, uniform: $0)
        }
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(
            abs(PolynomialMutation.mutate(0.4, eta: 50, uniform: 0.9) - 0.4)
                < abs(PolynomialMutation.mutate(0.4, eta: 5, uniform: 0.9) - 0.4))
    }

    @Test func childrenOfConditionalParentsAreValidAndInheritWhatIsActive() throws {
        let space = try SearchSpace([
            .categorical("kind", [.string("a"), .string("b")]),
            .float("alpha", 0, 1).when("kind", in: [.string("a")]),
            .int("beta", 1, 9).when("kind", in: [.string("b")]),
            .float("gamma", 1e-3, 1, log: true), .fixed("tag", .string("t")),
        ])
        var options = NSGAIISampler.Options()
        options.mutationProbability = 0
        let sampler = try NSGAIISampler(options: options)
        let variation = sampler.variation(for: space)
        #expect(variation.mutationProbability == 0 && variation.crossoverProbability == 0.9)
        #expect(try NSGAIISampler().variation(for: space).mutationProbability == 0.25, "1/d, d = 4 searched")
        let a: Parameters = ["kind": .string("a"), "alpha": .float(0.2), "gamma": .float(0.01), "tag": .string("t")]
        let b: Parameters = ["kind": .string("b"), "beta": .int(7), "gamma": .float(0.1), "tag": .string("t")]
        var rng = Xoshiro256StarStar(seed: 3)
        var kinds: Set<ParameterValue> = []
        for _ in 0..<300 {
            let child = variation.child(of: a, and: b, using: &rng)
            #expect(try space.validate(child) == child)
            kinds.insert(child["kind"]!)
            // Without mutation a parameter active in one parent only comes from that parent.
            if let alpha = child["alpha"] { #expect(alpha == .float(0.2)) }
            if let beta = child["beta"] { #expect(beta == .int(7)) }
            let gamma = child["gamma"]!.doubleValue!
            #expect(gamma >= 1e-3 && gamma <= 1)
        }
        #expect(kinds == [.string("a"), .string("b")])
        // Identical parents without mutation give themselves back.
        for _ in 0..<20 {
            let child = variation.child(of: a, and: a, using: &rng)
            #expect(child["kind"] == a["kind"] && child["alpha"] == a["alpha"] && child["tag"] == a["tag"])
            #expect(child.count == a.count && abs(child["gamma"]!.doubleValue! - 0.01) < 1e-12)
        }
    }
}
