import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a library-level property in a child process (a Swift Testing exit test), so that a trap in the code
/// under test (an overflow, a failed allocation) fails that property with the case that caused it instead of
/// killing the whole test run.
///
/// The child bounds itself: at most `memoryLimit` bytes of data (a grid that tries to allocate gigabytes fails
/// at once instead of swapping the machine) and `timeLimit` seconds (SIGALRM ends a property that hangs). It
/// announces every case in a log file before checking it (the file survives a crash; an exit test's standard
/// error is only returned when it passes), writes its report there, and exits 0 when every case held, 3 when
/// some failed.
enum CrashGuard {
    static let memoryLimit: rlim_t = 3 << 30
    static let timeLimit: UInt32 = 240
    static let reportMarker = "FUZZ-REPORT "

    /// The log of property `slug` run by a child of the test process `parent`.
    static func logURL(_ slug: String, parent: pid_t) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hostile-input-\(slug)-\(parent).log")
    }

    /// The body of an exit test: runs `property` under the limits and exits with its verdict.
    static func runChild(_ slug: String, _ property: () -> FuzzReport) -> Never {
        var limit = rlimit(rlim_cur: memoryLimit, rlim_max: memoryLimit)
        _ = setrlimit(Int32(RLIMIT_DATA.rawValue), &limit)
        alarm(timeLimit)
        let url = logURL(slug, parent: getppid())
        FileManager.default.createFile(atPath: url.path, contents: nil)
        Fuzz.caseLog = try? FileHandle(forWritingTo: url)
        let report = property()
        for line in report.summary.split(separator: "\n") { Fuzz.log(reportMarker + line) }
        Fuzz.log("FUZZ-DONE \(report.property): \(report.cases) cases, \(report.failures.count) failing")
        exit(report.failures.isEmpty ? 0 : 3)
    }

    /// Records what the child's log says went wrong: the report of failing cases, or, when the child died, the
    /// last case it announced (the case that crashed it).
    static func explain(_ slug: String, property: String) {
        let url = logURL(slug, parent: getpid())
        defer { try? FileManager.default.removeItem(at: url) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("\(property): the child left no log")
            return
        }
        let lines = text.split(separator: "\n").map(String.init)
        if FuzzConfiguration.verbose { for line in lines where line.hasPrefix("FUZZ-FAIL ") { print(line) } }
        if let done = lines.last(where: { $0.hasPrefix("FUZZ-DONE ") }) {
            print("fuzz \(done.dropFirst(10))")
            let report = lines.filter { $0.hasPrefix(reportMarker) }.map { String($0.dropFirst(reportMarker.count)) }
            if report.count > 1 { Issue.record(Comment(rawValue: report.joined(separator: "\n"))) }
            return
        }
        let announced = lines.filter { $0.hasPrefix("FUZZ-CASE ") }
        Issue.record(
            Comment(
                rawValue: "\(property): the process died at case \(announced.count) (a trap, a failed allocation "
                    + "or the \(timeLimit) s alarm); the case it was checking:\n  "
                    + (announced.last ?? "none announced")))
    }
}
