import LinearAlgebra
import Testing

/// The libm shim (`Double+Elementary.swift`): reference values and the accuracy that justifies each function.
@Suite struct ElementaryFunctionTests {
    func relativeError(_ x: Double, _ reference: Double) -> Double { abs(x - reference) / abs(reference) }

    @Test func exponentialAndLogarithmAreInverse() {
        #expect(relativeError(exponential(1), 2.718_281_828_459_045) < 1e-15)
        #expect(relativeError(logarithm(10), 2.302_585_092_994_046) < 1e-15)
        for x in [-30.0, -1, 0.5, 7, 200] {
            #expect(abs(logarithm(exponential(x)) - x) <= 1e-14 * max(1, abs(x)))
            #expect(x.exponential == exponential(x))
        }
        #expect(2.0.logarithm == logarithm(2))
        #expect(logarithm(0) == -.infinity && logarithm(-1).isNaN)
    }

    /// log(1 + x) and eˣ − 1 keep every digit where the naive forms cancel.
    @Test func smallArgumentFormsAreAccurate() {
        let x = 1e-12
        #expect(relativeError(logarithmOnePlus(x), x - x * x / 2) < 1e-15)
        #expect(relativeError(exponentialMinusOne(x), x + x * x / 2) < 1e-15)
        #expect(relativeError(logarithm(1 + x), x) > 1e-5)  // what the shim avoids
    }

    @Test func complementaryErrorFunctionMatchesReferenceValues() {
        // Abramowitz & Stegun, Table 7.1; erfc(5) from its asymptotic series.
        #expect(complementaryErrorFunction(0) == 1)
        #expect(relativeError(complementaryErrorFunction(1), 0.157_299_207_050_285_1) < 1e-14)
        #expect(relativeError(complementaryErrorFunction(-1), 1.842_700_792_949_715) < 1e-15)
        #expect(relativeError(complementaryErrorFunction(5), 1.537_459_794_428_035e-12) < 1e-13)
    }

    @Test func cosineOfSpecialAngles() {
        #expect(cosine(0) == 1)
        #expect(cosine(Double.pi) == -1)
        #expect(abs(cosine(Double.pi / 3) - 0.5) < 1e-15)
    }
}
