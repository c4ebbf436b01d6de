import Foundation
import TestSupport
import Testing

/// The shared process runner: output captured in files whatever its size, exit status, signals, standard input.
@Suite struct ChildProcessTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func aChildThatFillsStderrBeforeWritingStdoutIsCapturedWhole() throws {
        // 1 MiB on stderr is far more than a pipe buffer holds: a pipe read in the wrong order would block here.
        let script = #"head -c 1048576 /dev/zero | tr '\0' e >&2; echo done; exit 3"#
        let run = try ChildProcess.run(Self.shell, ["-c", script])
        #expect(run.status == 3 && !run.terminatedBySignal)
        #expect(run.stderr.utf8.count == 1_048_576 && run.stderr.allSatisfy { $0 == "e" })
        #expect(run.stdout == "done\n" && run.lines == ["done"])
    }

    @Test func standardInputEnvironmentAndDirectoryReachTheChild() throws {
        let scratch = try TemporaryDirectory(prefix: "child-process")
        defer { scratch.remove() }
        let run = try ChildProcess.run(
            Self.shell, ["-c", "cat; echo \"$GREETING\"; pwd"], in: scratch.url,
            environment: ["GREETING": "hello"], stdin: "from stdin\n")
        let directory = URL(fileURLWithPath: run.stdoutLines.last.map(String.init) ?? "").resolvingSymlinksInPath()
        #expect(run.stdoutLines.prefix(2) == ["from stdin", "hello"])
        #expect(directory.path == scratch.url.resolvingSymlinksInPath().path)
        #expect(try ChildProcess.run(Self.shell, ["-c", "cat"]).stdout.isEmpty, "no stdin: the null device")
    }

    @Test func aSignalIsReportedAsSuch() throws {
        let run = try ChildProcess.run(Self.shell, ["-c", "kill -KILL $$"])
        #expect(run.terminatedBySignal && run.status == SIGKILL, "status \(run.status)")
    }

    @Test func jsonLinesOfStandardOutputAreParsed() throws {
        let run = try ChildProcess.run(Self.shell, ["-c", #"echo '{"a": 1}'; echo plain; echo '{"b": 2}'"#])
        #expect(run.jsonObjects.count == 2 && run.jsonObjects.last?["b"] as? Int == 2)
        #expect(try parseJSONObject(#"{"c": true}"#)["c"] as? Bool == true)
        #expect(throws: (any Error).self) { try parseJSONObject("[1]") }
    }

    @Test func aTemporaryDirectoryIsRemovedWithItsContents() throws {
        var scratch: TemporaryDirectory? = try TemporaryDirectory(prefix: "child-process")
        let path = try #require(scratch).url.path
        try #require(scratch).write("file.txt", "text")
        #expect(FileManager.default.fileExists(atPath: path + "/file.txt"))
        scratch = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
