import Randomness

/// How NSGA-II makes a child of two parents, on the unit-cube encoding of the space (`UnitCubeEncoding`).
extension NSGAIISampler {
    /// Crossover and mutation of two parents' assignments, parameter by parameter.
    ///
    /// With probability `crossoverProbability` the child is a crossover of the parents, else a copy of the first.
    /// - numeric parameters (floats and ints, one column each): simulated binary crossover of the parents'
    ///   columns (`SimulatedBinaryCrossover`), then, with probability `mutationProbability`, polynomial mutation
    ///   (`PolynomialMutation`); an int decodes to the value whose cell holds the column;
    /// - categorical parameters (one-hot blocks): uniform crossover (the block of either parent, with probability
    ///   ½ each), then, with probability `mutationProbability`, random reset (a choice drawn uniformly).
    ///
    /// Conditional parameters: a parameter active in only one parent is inherited from that parent, and one active
    /// in neither (its parent categorical changed by crossover or reset) is drawn from the domain's uniform
    /// measure; the child is decoded parents before children (`UnitCubeEncoding.decode`), so it holds exactly the
    /// parameters active under its own choices: always a valid assignment.
    struct Variation {
        let encoding: UnitCubeEncoding
        let crossoverProbability: Double
        let mutationProbability: Double
        let crossoverEta: Double
        let mutationEta: Double

        /// One child of `first` and `second` (valid assignments of the encoding's space).
        func child(
            of first: Parameters, and second: Parameters, using rng: inout Xoshiro256StarStar
        ) -> Parameters {
            let a = encoding.encode(first)
            let b = encoding.encode(second)
            let crosses = Double.random(in: 0..<1, using: &rng) < crossoverProbability
            var u = [Double](repeating: 0.5, count: encoding.dimension)
            for (i, p) in encoding.space.parameters.enumerated() {
                let o = encoding.offsets[i]
                let inFirst = first[p.name] != nil
                let inSecond = second[p.name] != nil
                switch (encoding.kinds[i], p.domain) {
                case (.none, _): continue
                case (.oneHot, .categorical(let choices)):
                    var k: Int
                    switch (inFirst, inSecond) {
                    case (true, true):
                        k = choice(in: crosses && Bool.random(using: &rng) ? b : a, at: o, count: choices.count)
                    case (true, false): k = choice(in: a, at: o, count: choices.count)
                    case (false, true): k = choice(in: b, at: o, count: choices.count)
                    case (false, false): k = Int.random(in: 0..<choices.count, using: &rng)
                    }
                    if Double.random(in: 0..<1, using: &rng) < mutationProbability {
                        k = Int.random(in: 0..<choices.count, using: &rng)
                    }
                    u[o + k] = 1
                default:
                    var x: Double
                    switch (inFirst, inSecond) {
                    case (true, true):
                        x = crosses ? SimulatedBinaryCrossover.child(a[o], b[o], eta: crossoverEta, using: &rng) : a[o]
                    case (true, false): x = a[o]
                    case (false, true): x = b[o]
                    case (false, false): x = Double.random(in: 0..<1, using: &rng)
                    }
                    if Double.random(in: 0..<1, using: &rng) < mutationProbability {
                        x = PolynomialMutation.mutate(x, eta: mutationEta, using: &rng)
                    }
                    u[o] = x
                }
            }
            return encoding.decode(u)
        }

        /// The index of the 1 in the one-hot block of `count` columns at `offset` of `point`.
        private func choice(in point: [Double], at offset: Int, count: Int) -> Int {
            (0..<count).first { point[offset + $0] == 1 } ?? 0
        }
    }

    /// The variation operators of these options for `space` (mutation probability 1/d by default, d = the
    /// number of searched, non-fixed, parameters).
    func variation(for space: SearchSpace) -> Variation {
        let searched = space.parameters.filter { if case .fixed = $0.domain { false } else { true } }.count
        return Variation(
            encoding: UnitCubeEncoding(space), crossoverProbability: options.crossoverProbability,
            mutationProbability: options.mutationProbability ?? 1 / Double(max(searched, 1)),
            crossoverEta: options.crossoverEta, mutationEta: options.mutationEta)
    }
}
