import Foundation

extension SafeFileWriter {
    /// `check(_:)`, and also refuses `path` when it is one of `inputs`, the files the same command reads
    /// (`tuner train --out` the `--dataset` file): two paths are the same file when they name the same device
    /// and inode once symbolic links are followed, so a relative path, a `./` prefix, a link or a hard link to
    /// an input is caught. An output that does not exist yet is no input. Each input is a name for the error
    /// (`--dataset data.csv`) and its path.
    public static func check(_ path: String, notOver inputs: [(name: String, path: String)]) throws(FileWriteError) {
        try check(path)
        for input in inputs where isSameFile(path, input.path) {
            throw .sameAsInput(path: path, input: input.name)
        }
    }

    /// Whether `a` and `b` are the same existing file (same device and inode, links followed).
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
