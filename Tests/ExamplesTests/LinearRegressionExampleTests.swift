import Foundation
import TestSupport
import Testing

/// Runs the built `linear-regression-example` executable and checks what it prints and writes.
@Suite struct LinearRegressionExampleTests {
    @Test func fitsTheTrueLineAndWritesBothCharts() throws {
        let scratch = try TemporaryDirectory(prefix: "lr-example")
        defer { scratch.remove() }
        let output = scratch.url
        let run = try ChildProcess.run(BuiltProducts.executable("linear-regression-example"), [output.path])
        let text = run.stdout
        #expect(run.status == 0)

        #expect(text.contains("iteration 0 ") && text.contains("iteration 2000 "))
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("fitted w = ") })
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        let (w, b) = (numbers[0], numbers[1])
        #expect(abs(w - 3) < 0.1 && abs(b - 2) < 0.1, "fitted w = \(w), b = \(b)")
        for name in ["linear-regression-fit.svg", "linear-regression-loss.svg"] {
            let svg = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            #expect(svg.hasPrefix("<svg") && svg.contains("<polyline"))
        }
    }
}
