import Foundation
import TestSupport
import Testing

/// The README's ask/tell example: `Examples/StudyAskTell/main.swift` is shown verbatim in README.md, and the
/// built `study-ask-tell-example` runs its study to a good point.
@Suite struct StudyAskTellExampleTests {
    static let examplePath = "Examples/StudyAskTell/main.swift"

    /// The contents of every ```swift block of `markdown`, each ending with a newline as a source file does.
    static func swiftBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil, line == "```swift" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append(lines.map { $0 + "\n" }.joined())
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func readmeShowsTheExampleFileVerbatim() throws {
        let root = BuiltProducts.packageRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: root.appendingPathComponent(Self.examplePath), encoding: .utf8)
        #expect(source.hasPrefix("import Tuning\n"))
        #expect(
            Self.swiftBlocks(in: readme).contains(source),
            "README.md must show \(Self.examplePath) exactly, as one ```swift block")
    }

    @Test func swiftBlocksAreExtractedWhole() {
        let markdown = "text\n```swift\nlet a = 1\n\nlet b = 2\n```\n```sh\nls\n```\n```swift\nprint(1)\n```\n"
        #expect(Self.swiftBlocks(in: markdown) == ["let a = 1\n\nlet b = 2\n", "print(1)\n"])
    }

    @Test func exampleRunsItsStudyToANearMinimum() throws {
        let result = try ChildProcess.run(BuiltProducts.executable("study-ask-tell-example"), [])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.lines.contains("trials: 60"))
        let best = try #require(result.lines.first { $0.hasPrefix("best trial: #") }, "output: \(result.stdout)")
        // "best trial: #N value V at x = X, y = Y": the bowl's minimum is 0 at (1, −2), on the box [−5, 5]².
        let numbers = best.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        #expect(numbers.count == 3, "\(best)")
        let (value, x, y) = (numbers[0], numbers[1], numbers[2])
        #expect(value >= 0 && value < 0.5, "\(best)")
        #expect(abs((x - 1) * (x - 1) + (y + 2) * (y + 2) - value) < 1e-9, "\(best)")
    }
}
