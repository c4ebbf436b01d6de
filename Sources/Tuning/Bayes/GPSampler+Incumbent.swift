import GaussianProcess

extension GPSampler {
    /// The incumbent loss that expected improvement (and PI) measure improvement over, in the units the model was
    /// fitted in. Noiseless: the best observed loss min yᵢ. Noisy (fitted σ²ₙ at least
    /// `Recommendation.negligibleNoise` of the standardized variance) and `Options.noisyIncumbent`: the best
    /// posterior mean at the evaluated points, min μ(xᵢ), the "plug-in" incumbent of Picheny, Wagner & Ginsbourger,
    /// "A benchmark of kriging-based infill criteria for noisy optimization" (Struct. Multidisc. Optim. 2013), a
    /// cheap relative of noisy EI: a lucky observation no longer sets a bar that only more luck can pass.
    func incumbentLoss(_ model: GaussianProcess, fittedLosses y: [Double]) -> Double {
        let observed = y.min()!
        guard options.noisyIncumbent, model.noiseVariance >= Recommendation.negligibleNoise else { return observed }
        let means = model.predict(model.inputs).mean.filter(\.isFinite)
        return means.min() ?? observed
    }
}
