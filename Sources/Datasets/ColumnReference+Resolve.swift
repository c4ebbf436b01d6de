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
                throw .unknownColumn(
                    file: file, column: "index \(index) (0-based, \(names.count) columns)", available: names)
            }
            return index
        }
    }
}
