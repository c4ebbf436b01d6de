import Foundation

/// Reading files and resolving column references, shared by the CSV and IDX readers.
enum FileAccess {
    /// The bytes of the file at `path`, or `DatasetError.unreadable` saying why not.
    static func bytes(at path: String) throws(DatasetError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "permission denied or read error")
        }
        return [UInt8](data)
    }

    /// The file name without directories and without its last extension: `data/iris.csv` → `iris`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
