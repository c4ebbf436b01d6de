import Benchmarking
import Testing

@testable import Tuning

/// Batch proposals of `bayes` (`tuner ask --count K`): each proposal conditions on the running ones with the kriging
/// believer, whose believed values also count for the incumbent, so a batch spreads out instead of piling up at
/// one maximum of the acquisition function.
@Suite struct GPSamplerBatchTests {
    @Test func aBatchOfProposalsIsSpreadOut() throws {
        let hartmann = try #require(BenchmarkFunction.named("hartmann6"))
        var options = GPSampler.Options()
        options.candidates = 512
        options.localStarts = 3
        let study = try Study(space: hartmann.space, sampler: GPSampler(options: options), seed: 2)
        try study.optimize(hartmann.objective(), trials: 16)
        let batch = try (0..<6).map { _ in try #require(try study.ask()) }
        let encoding = UnitCubeEncoding(hartmann.space)
        let points = batch.map { encoding.encode($0.params) }
        for i in points.indices {
            for j in points.indices where j > i {
                let distance = zip(points[i], points[j]).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
                #expect(distance > 0.02, "proposals \(i) and \(j) of the batch are \(distance) apart")
            }
        }
    }
}
