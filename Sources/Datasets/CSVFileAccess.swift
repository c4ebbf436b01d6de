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

extension ColumnReference {
    /// The 0-based column index this reference designates among `names`.
    func resolve(in names: [String], file: String) throws(DatasetError) -> Int {
        switch self {
        case .last:
            return names.count - 1
        case .name(let name):
            guard let index = names.firstIndex(of: name) else {
                throw .unknownColumn(file: file, column: "'\(name)'", available: names)
            }
            return index
        case .index(let index):
            guard index >= 0 && index < names.count else {
                throw .unknownColumn(file: file, column: "index \(index) (0-based, \(names.count) columns)", available: names)
            }
            return index
        }
    }
}

extension CSVOptions {
    /// The delimiter as one byte, or `invalidParameter("delimiter")`.
    func delimiterByte() throws(DatasetError) -> UInt8 {
        guard let ascii = delimiter.asciiValue, delimiter != "\"", delimiter != "\n", delimiter != "\r" else {
            throw .invalidParameter(name: "delimiter",
                                    reason: "'\(delimiter)' must be one ASCII character other than a quote or line break")
        }
        return ascii
    }
}
