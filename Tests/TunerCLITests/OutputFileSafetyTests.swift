import Foundation
import TestSupport
import Testing

/// Files that `tuner` writes (`--out`, `--output`) never replace a database or a special file, and a failed
/// write of standard output is an error: no command loses data with exit status 0.
@Suite("tuner output files and standard output: no lost data")
struct OutputFileSafetyTests {
    /// A directory holding a study `s` of two trials in `study.db`.
    func studyDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let run = try Tuner.run(
            ["random", "--objective", "branin", "--trials", "2", "--quiet", "--study", "s", "--storage", "study.db"],
            in: directory.url)
        #expect(run.status == 0, "\(run.stderr)")
        return directory
    }

    /// Whether `study.db` is still an SQLite database holding study `s` with its two trials (SQLite may move
    /// its write-ahead log into the file when it is opened, so its bytes are not compared).
    func studyIsIntact(_ directory: TemporaryDirectory) throws -> Bool {
        let header = FileManager.default.contents(atPath: directory.path("study.db"))?.prefix(15)
        let export = try Tuner.run(
            ["export", "--study", "s", "--storage", "study.db", "--format", "csv"], in: directory.url)
        return header == Data("SQLite format 3".utf8) && export.status == 0 && export.stdoutLines.count == 3
    }

    @Test("export --out onto the study's own database, or any SQLite database, is refused and changes nothing")
    func exportOntoDatabase() throws {
        let directory = try studyDirectory()
        for format in ["csv", "json"] {
            let run = try Tuner.run(
                ["export", "--study", "s", "--storage", "study.db", "--format", format, "--out", "study.db"],
                in: directory.url)
            #expect(run.status == 2 && run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.contains("--out") && run.stderr.contains("SQLite database"), "\(run.stderr)")
        }
        #expect(try studyIsIntact(directory))
        let report = try Tuner.run(
            ["report", "--study", "s", "--storage", "study.db", "--out", "study.db"], in: directory.url)
        #expect(report.status == 2 && report.stderr.contains("SQLite database"), "\(report.stderr)")
        #expect(try studyIsIntact(directory))
    }

    /// The device is reached through a link in the scratch directory, never named itself: a `tuner` without
    /// the fix replaces the link, not the device.
    @Test("--out onto a device (through a link), a named pipe or a directory is refused, and nothing is replaced")
    func exportOntoSpecialFiles() throws {
        let directory = try studyDirectory()
        let fifo = directory.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let device = directory.path("device")
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/null")
        for target in [device, fifo, directory.url.path] {
            let run = try Tuner.run(
                ["export", "--study", "s", "--storage", "study.db", "--format", "csv", "--out", target],
                in: directory.url)
            #expect(run.status == 2 && run.stderrLines.count == 1, "\(target): \(run.stderr)")
            #expect(run.stderr.contains("not a regular file"), "\(run.stderr)")
        }
        var info = stat()
        #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("export --out to a regular file replaces it whole and leaves no temporary file")
    func exportToFile() throws {
        let directory = try studyDirectory()
        try directory.write("out.csv", "old contents\n")
        let run = try Tuner.run(
            ["export", "--study", "s", "--storage", "study.db", "--format", "csv", "--out", "out.csv"],
            in: directory.url)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: directory.path("out.csv"), encoding: .utf8)
        #expect(text.hasPrefix("number,state,value") && text.split(separator: "\n").count == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(names.contains("out.csv") && !names.contains { $0.contains(".tmp-") }, "\(names)")
    }

    @Test("commands that print data exit 1 with one line when standard output cannot be written (/dev/full)")
    func standardOutputFull() throws {
        let directory = try studyDirectory()
        let commands = [
            "export --study s --storage study.db --format csv", "export --study s --storage study.db --format json",
            "show --study s --storage study.db", "show --study s --storage study.db --json",
            "studies --storage study.db", "ask --study s --storage study.db",
        ]
        for command in commands {
            let run = try ChildProcess.run(
                URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \(command) > /dev/full", Tuner.binary.path],
                in: directory.url)
            #expect(run.status == 1, "\(command): status \(run.status), \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("standard output"), "\(command): \(run.stderr)")
        }
    }

    @Test("train --out, predict --output, lr-find --out and sweep --out refuse a database too")
    func otherWritersRefuseDatabases() throws {
        let directory = try studyDirectory()
        let runs = [
            ["train", "--dataset", "iris", "--layers", "4", "--epochs", "1", "--out", "study.db"],
            ["lr-find", "--dataset", "iris", "--layers", "4", "--steps", "20", "--out", "study.db"],
            [
                "sweep", "--problems", "branin", "--samplers", "random", "--seeds", "1", "--trials", "2",
                "--out", "study.db",
            ],
        ]
        for arguments in runs {
            let run = try Tuner.run(arguments, in: directory.url)
            #expect(run.status == 2 && run.stderrLines.count == 1, "\(arguments[0]): \(run.stderr)")
            #expect(run.stderr.contains("SQLite database"), "\(arguments[0]): \(run.stderr)")
        }
        let trained = try Tuner.run(
            ["train", "--dataset", "iris", "--layers", "4", "--epochs", "1", "--out", "m.json"], in: directory.url)
        #expect(trained.status == 0, "\(trained.stderr)")
        try directory.write("rows.csv", TrainPredictCommandTests.irisRows)
        let predicted = try Tuner.run(
            ["predict", "--model", "m.json", "--input", "rows.csv", "--output", "study.db"], in: directory.url)
        #expect(predicted.status == 2 && predicted.stderr.contains("SQLite database"), "\(predicted.stderr)")
        #expect(try studyIsIntact(directory))
    }
}
