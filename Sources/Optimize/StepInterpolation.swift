/// Trial steps for the line search from function values and slopes at two steps (N&W §3.5, "Interpolation").
enum StepInterpolation {
    /// The minimizer of the cubic that matches φ(a) = fa, φ′(a) = da, φ(b) = fb, φ′(b) = db (N&W eq. 3.59):
    ///
    ///     d₁ = φ′(a) + φ′(b) − 3 (φ(a) − φ(b)) / (a − b),   d₂ = sign(b − a) √(d₁² − φ′(a) φ′(b)),
    ///     t  = b − (b − a) (φ′(b) + d₂ − d₁) / (φ′(b) − φ′(a) + 2 d₂).
    ///
    /// Nil when the cubic has no local minimizer or the arithmetic is not finite. The radicand is scaled by the
    /// largest of |d₁|, |φ′(a)|, |φ′(b)| to avoid overflow, as in Moré & Thuente's `dcstep`.
    static func cubicMinimizer(a: Double, fa: Double, da: Double, b: Double, fb: Double, db: Double) -> Double? {
        guard a != b else { return nil }
        let d1 = da + db - 3 * (fa - fb) / (a - b)
        let scale = max(abs(d1), abs(da), abs(db))
        guard scale > 0, scale.isFinite else { return nil }
        let radicand = (d1 / scale) * (d1 / scale) - (da / scale) * (db / scale)
        guard radicand >= 0 else { return nil }
        let d2 = (b > a ? 1.0 : -1.0) * scale * radicand.squareRoot()
        let denominator = db - da + 2 * d2
        guard denominator != 0 else { return nil }
        let t = b - (b - a) * (db + d2 - d1) / denominator
        return t.isFinite ? t : nil
    }

    /// The minimizer of the parabola through φ(a) = fa with slope φ′(a) = da and through φ(b) = fb (N&W eq. 3.57,
    /// shifted to a): t = a − da (b − a)² / (2 (fb − fa − da (b − a))). Nil when the parabola opens downwards.
    static func quadraticMinimizer(a: Double, fa: Double, da: Double, b: Double, fb: Double) -> Double? {
        let h = b - a
        let curvature = fb - fa - da * h
        guard curvature > 0, h != 0 else { return nil }
        let t = a - da * h * h / (2 * curvature)
        return t.isFinite ? t : nil
    }

    /// A step strictly inside the bracket [min(lo, hi), max(lo, hi)] for the zoom phase: the cubic minimizer when
    /// both ends are finite, else the quadratic through lo's value and slope and hi's value, else bisection;
    /// clamped to keep a tenth of the bracket on either side so the bracket shrinks geometrically
    /// (N&W §3.5: "safeguards"). `fhi` = +∞ (a non-finite trial) gives bisection: the step backs off.
    static func zoomStep(lo: Double, flo: Double, dlo: Double, hi: Double, fhi: Double, dhi: Double) -> Double {
        let left = min(lo, hi)
        let right = max(lo, hi)
        let margin = 0.1 * (right - left)
        guard fhi.isFinite else { return lo + 0.5 * (hi - lo) }
        let candidate =
            cubicMinimizer(a: lo, fa: flo, da: dlo, b: hi, fb: fhi, db: dhi)
            ?? quadraticMinimizer(a: lo, fa: flo, da: dlo, b: hi, fb: fhi)
            ?? lo + 0.5 * (hi - lo)
        return min(max(candidate, left + margin), right - margin)
    }

    /// A step beyond `current` for the bracketing phase, when φ still decreases steeply at `current`: the cubic
    /// minimizer through (previous, current) if it lies ahead, kept within [current + 1.1 Δ, current + 4 Δ],
    /// Δ = current − previous (the extrapolation range of Moré & Thuente 1994); then capped at `maximum`.
    static func extrapolationStep(
        previous: Double, fPrevious: Double, dPrevious: Double,
        current: Double, fCurrent: Double, dCurrent: Double, maximum: Double
    ) -> Double {
        let delta = current - previous
        let low = current + 1.1 * delta
        let high = current + 4 * delta
        var candidate = high
        if let t = cubicMinimizer(a: previous, fa: fPrevious, da: dPrevious, b: current, fb: fCurrent, db: dCurrent),
            t > current
        {
            candidate = min(max(t, low), high)
        }
        return min(candidate, maximum)
    }
}
