extension LBFGSB {
    /// Minimizes f over the box lower ≤ x ≤ upper (−∞/+∞ for unbounded coordinates; lower == upper fixes a
    /// coordinate), starting from x0 projected into the box. `objective(x, &gradient)` returns f(x) and writes
    /// ∇f(x) into `gradient` (same count as x). It may return NaN or ±∞ where f is undefined: the line search
    /// then backs off, and such a value is never returned as the minimum; a non-finite value (or gradient) at
    /// the projected start ends the call at once with `.nonFiniteValue` (without any evaluation when a start
    /// coordinate is NaN, or ±∞ in an unbounded direction).
    ///
    /// Mismatched counts, NaN bounds or lower > upper are programmer errors (precondition failures).
    /// Deterministic: the same inputs give the same result.
    public func minimize(
        from x0: [Double], lower: [Double], upper: [Double],
        objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> MinimizationResult {
        let n = x0.count
        BoxConstraints.validate(count: n, lower: lower, upper: upper)
        precondition(options.memory >= 1, "L-BFGS-B: options.memory must be ≥ 1, got \(options.memory)")
        precondition(
            options.maxIterations >= 0, "L-BFGS-B: options.maxIterations must be ≥ 0, got \(options.maxIterations)")
        precondition(
            options.maxEvaluations >= 1, "L-BFGS-B: options.maxEvaluations must be ≥ 1, got \(options.maxEvaluations)")

        var x = BoxConstraints.project(x0, lower: lower, upper: upper)
        var g = [Double](repeating: 0, count: n)
        if x.contains(where: { !$0.isFinite }) {
            // A NaN or infinite start coordinate (in an unbounded direction): nothing sensible to evaluate.
            return MinimizationResult(
                x: x, value: .nan, gradient: g, projectedGradientNorm: .nan,
                status: .nonFiniteValue, iterations: 0, evaluations: 0)
        }
        var f = objective(x, &g)
        var evaluations = 1
        var iterations = 0
        precondition(g.count == n, "L-BFGS-B objective changed the gradient's count from \(n) to \(g.count)")
        var pgNorm = BoxConstraints.projectedGradientNorm(x: x, gradient: g, lower: lower, upper: upper)

        func finish(_ status: MinimizationStatus) -> MinimizationResult {
            MinimizationResult(
                x: x, value: f, gradient: g, projectedGradientNorm: pgNorm, status: status,
                iterations: iterations, evaluations: evaluations)
        }

        if !f.isFinite || !g.allSatisfy(\.isFinite) { return finish(.nonFiniteValue) }
        if pgNorm <= options.gradientTolerance { return finish(.converged(.gradientTolerance)) }

        let constrained = lower.contains { $0.isFinite } || upper.contains { $0.isFinite }
        let boxed = lower.allSatisfy(\.isFinite) && upper.allSatisfy(\.isFinite)
        var memory = LimitedMemoryMatrix(dimension: n, capacity: options.memory)
        var cauchy = CauchyPointSearch(dimension: n, memory: options.memory)
        var subspace = SubspaceMinimizer(dimension: n, memory: options.memory)
        var lineSearch = WolfeLineSearch(dimension: n)
        var xCauchy = x
        var xBar = x
        var direction = g
        var s = g
        var y = g

        while true {
            if iterations >= options.maxIterations { return finish(.iterationLimit) }
            if evaluations >= options.maxEvaluations { return finish(.evaluationLimit) }

            // 1–2. Cauchy point, then subspace minimization over its free coordinates (BLNZ §4–5).
            if !constrained && memory.count > 0 {
                cauchy.skip(x: x, memory: memory, into: &xCauchy)
            } else {
                cauchy.compute(x: x, gradient: g, lower: lower, upper: upper, memory: memory, into: &xCauchy)
            }
            if memory.count > 0 {
                guard
                    subspace.minimize(
                        x: x, gradient: g, lower: lower, upper: upper, cauchyPoint: xCauchy,
                        cauchy: cauchy, memory: memory, into: &xBar)
                else {
                    memory.reset()
                    continue
                }
            } else {
                for i in 0..<n { xBar[i] = xCauchy[i] }
            }

            var slope = 0.0
            var squaredNorm = 0.0
            for i in 0..<n {
                direction[i] = xBar[i] - x[i]
                slope += direction[i] * g[i]
                squaredNorm += direction[i] * direction[i]
            }
            guard slope < 0, slope.isFinite, squaredNorm.isFinite else {
                // Not a (finite) descent direction (rounding in B): restart from steepest descent, once.
                if memory.count > 0 {
                    memory.reset()
                    continue
                }
                return finish(.lineSearchFailed)
            }

            // 3. Line search; step limits as in Algorithm 778's `lnsrlb`.
            var maximumStep = 1e10
            if constrained {
                maximumStep =
                    iterations == 0
                    ? 1
                    : min(
                        maximumStep, BoxConstraints.maximumStep(from: x, along: direction, lower: lower, upper: upper))
            }
            let initialStep = iterations == 0 && !boxed ? min(1 / squaredNorm.squareRoot(), maximumStep) : 1
            let outcome = lineSearch.search(
                from: x, value: f, slope: slope, direction: direction, initialStep: initialStep,
                maximumStep: maximumStep, lower: lower, upper: upper,
                evaluations: &evaluations, maxEvaluations: options.maxEvaluations, objective: objective)
            if lineSearch.bestStep == 0 {
                if outcome == .evaluationLimit { return finish(.evaluationLimit) }
                if memory.count > 0 {
                    memory.reset()
                    continue
                }
                return finish(.lineSearchFailed)
            }

            // Accept the step.
            var sy = 0.0
            var gs = 0.0
            for i in 0..<n {
                s[i] = lineSearch.bestX[i] - x[i]
                y[i] = lineSearch.bestGradient[i] - g[i]
                sy += s[i] * y[i]
                gs += g[i] * s[i]
            }
            let fOld = f
            lineSearch.exchangeBest(x: &x, gradient: &g)
            f = lineSearch.bestValue
            iterations += 1
            pgNorm = BoxConstraints.projectedGradientNorm(x: x, gradient: g, lower: lower, upper: upper)

            // Stopping rules.
            if pgNorm <= options.gradientTolerance { return finish(.converged(.gradientTolerance)) }
            if fOld - f <= options.relativeReduction * max(abs(fOld), abs(f), 1) {
                return finish(.converged(.relativeReduction))
            }
            if outcome == .evaluationLimit { return finish(.evaluationLimit) }

            // 4. Keep the pair only with enough curvature (Algorithm 778: sᵀy > ε·(−gᵀs)).
            if sy > Double.ulpOfOne * -gs {
                _ = memory.append(s: s, y: y)
            }
        }
    }
}

extension LBFGSB {
    /// Minimizes f without bounds (every coordinate in (−∞, +∞)): plain L-BFGS with the same line search and
    /// stopping rules.
    public func minimize(
        from x0: [Double], objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> MinimizationResult {
        minimize(
            from: x0, lower: [Double](repeating: -.infinity, count: x0.count),
            upper: [Double](repeating: .infinity, count: x0.count), objective: objective)
    }
}
