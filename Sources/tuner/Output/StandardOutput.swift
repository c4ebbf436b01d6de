import Foundation

/// Standard output of every command, flushed and checked when the command ends: a write error (`> /dev/full`,
/// a full disk, a closed pipe) is an error (exit 1) rather than data lost with exit status 0.
///
/// `print` writes through the C stream `stdout`, whose buffer keeps the bytes a failed write could not pass on,
/// so flushing at the end fails again for a lasting error (full disk, closed pipe, bad descriptor) even when an
/// earlier flush failed first. `fflush(nil)` flushes every output stream (Swift 6 cannot name `stdout`, a C
/// global variable, safely).
enum StandardOutput {
    /// Flushes standard output; throws `RuntimeError` naming the reason when a write failed.
    static func finish() throws {
        errno = 0
        guard fflush(nil) == 0 else {
            let code = errno
            let reason = code == 0 ? "write error" : String(cString: strerror(code))
            throw RuntimeError("cannot write to standard output: \(reason)")
        }
    }
}

/// A line for standard error: a note of what was done to the data (`note: data.csv: one-hot encoded …`).
enum StandardError {
    static func line(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
