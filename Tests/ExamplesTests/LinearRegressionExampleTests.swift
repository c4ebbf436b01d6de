import Foundation
import Testing

/// Runs the built `linear-regression-example` executable and checks what it prints and writes.
@Suite struct LinearRegressionExampleTests {
    @Test func fitsTheTrueLineAndWritesBothCharts() throws {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary = products.appendingPathComponent("linear-regression-example")
        if !FileManager.default.fileExists(atPath: binary.path) {
            // `swift test` runs from the package root; the products directory is .build/debug.
            binary = URL(fileURLWithPath: ".build/debug/linear-regression-example")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lr-example-\(getpid())")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }

        let process = Process()
        process.executableURL = binary
        process.arguments = [output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

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
