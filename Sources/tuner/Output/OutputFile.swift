import Tuning
import TuningSpec

/// The files of output flags (`--out`, `--output`), written through `SafeFileWriter`: never over a database or a
/// special file, complete or not at all. A refused target is a usage error (exit 2), a failed write a runtime
/// error (exit 1); both one line naming the flag and the file.
enum OutputFile {
    /// Refuses `path` for `flag` before any work is done (see `SafeFileWriter.check`), also when it is one of the
    /// command's input files, given as (flag, path).
    static func check(_ path: String, flag: String, inputs: [(flag: String, path: String)] = []) throws {
        let named = inputs.map { (name: "\($0.flag) \($0.path)", path: $0.path) }
        do { try SafeFileWriter.check(path, notOver: named) } catch { throw reported(error, flag: flag) }
    }

    /// Writes `text` to `path` for `flag`.
    static func write(_ text: String, to path: String, flag: String) throws {
        do { try SafeFileWriter.write(text, to: path) } catch { throw reported(error, flag: flag) }
    }

    /// `error` as `tuner` reports it for `flag`.
    static func reported(_ error: FileWriteError, flag: String) -> any Error {
        error.isRefusal
            ? SpecError(file: "", line: nil, field: flag, message: error.description)
            : RuntimeError("\(flag): \(error.description)")
    }
}
