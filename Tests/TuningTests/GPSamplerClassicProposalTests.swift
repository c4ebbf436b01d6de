import Benchmarking
import Testing

@testable import Tuning

/// The classic (one objective, no constraints) path of the `bayes` sampler is untouched by the multi-objective one.
@Suite struct GPSamplerClassicProposalTests {
    static func fingerprint(_ p: Parameters) -> String {
        p.keys.sorted().map { key in
            if case .float(let x) = p[key]! { return "\(key)=\(x)" }
            return "\(key)=\(p[key]!)"
        }.joined(separator: ",")
    }

    /// Proposals and notes of classic studies, recorded before the multi-objective path existed: a classic study
    /// (one objective, no constraints) must propose exactly the same points.
    @Test func classicStudiesProposeWhatTheyProposedBefore() throws {
        let branin = try #require(BenchmarkFunction.named("branin"))
        let study = try Study(space: branin.space, sampler: GPSamplerTests.fastSampler(), seed: 11)
        try study.optimize(branin.objective(), trials: 9)
        let a = try #require(try study.ask())
        let b = try #require(try study.ask())
        #expect([a.params, b.params].map(Self.fingerprint) == ["x1=-5.0,x2=15.0", "x1=10.0,x2=0.0"])
        #expect(
            try study.trials.prefix(9).map { Self.fingerprint($0.params) } == [
                "x1=-2.552822917408286,x2=14.150291071501359", "x1=7.722168155124725,x2=3.257361740321042",
                "x1=3.6736496952613216,x2=8.631595126097208", "x1=0.9115904291071306,x2=5.022628105811266",
                "x1=-1.1868481260042008,x2=11.126891807941519", "x1=5.4260353455842605,x2=7.210249987674816",
                "x1=3.8134843358245245,x2=15.0", "x1=-4.18500795862065,x2=15.0",
                "x1=-5.0,x2=3.0521526618789094",
            ])
        #expect(
            try study.trials[8].userAttributes == [
                "gp_fitted_at": "8", "gp_lml_per_point": "-1.1770453632807336",
                "gp_log_marginal_likelihood": "-9.41636", "gp_output_warping": "boxcox",
                "gp_theta_boxcox": "1.5711294993646767,-0.8272657939441576,0.30815200179990854,-5.927208818394992",
                "gp_theta_none": "1.0806804197178919,-0.766025669077017,-0.5539568092006577,-5.7683916274125036",
            ])
        let mixed = try #require(BenchmarkFunction.named("mixed"))
        let second = try Study(space: mixed.space, sampler: GPSamplerTests.fastSampler(startup: 5), seed: 4)
        try second.optimize(mixed.objective(), trials: 9)
        #expect(
            try second.trials.map { Self.fingerprint($0.params) } == [
                "c=a,k=6,x1=0.5811771121126033,x2=0.38825474146500927",
                "c=b,k=3,x1=0.010541167240362137,x2=0.9630832984245286",
                "c=a,k=8,x1=0.4165577547956556,x2=0.152934839894332",
                "c=c,k=1,x1=0.9876910402709849,x2=0.6984666569248421",
                "c=c,k=4,x1=0.8228378166776658,x2=0.013230927988346464",
                "c=c,k=2,x1=1.0,x2=0.9526743746033314", "c=c,k=1,x1=0.9922350224715246,x2=0.5715862881419433",
                "c=c,k=1,x1=1.0,x2=0.3848779009141285", "c=c,k=1,x1=0.7283368328798302,x2=0.5655354437598249",
            ])
    }
}
