import Foundation

extension StudyConfig {
    /// The values of `missing`: drop rows with a missing cell, impute by the training rows' mean or median, or stop.
    public static let missingPolicies = ["drop", "mean", "median", "error"]

    /// Reads `categorical`, `ignore_columns` and `missing_marker` (a list, or one comma-separated string:
    /// `[island, sex]`, `island,sex`; a marker list or one marker), `missing` and `max_categories` (checked by
    /// `firstViolation`).
    mutating func parseCSVHandling(_ f: [String: SpecNode]) throws {
        categorical = try f["categorical"].map { try StudyConfig.columnList($0) }
        ignoreColumns = try f["ignore_columns"].map { try StudyConfig.columnList($0) }
        missing = try f["missing"]?.string()
        if let m = f["missing_marker"] {
            if case .sequence = m.node {
                missingMarker = try m.sequence().map { try $0.string() }
            } else {
                missingMarker = [try m.string()]
            }
        }
        maxCategories = try f["max_categories"]?.int()
    }

    /// Column names or 0-based indices: a list, or one comma-separated string; spaces around a name are trimmed.
    /// An empty name is an error.
    static func columnList(_ node: SpecNode) throws -> [String] {
        let names: [String]
        if case .sequence = node.node {
            names = try node.sequence().map { try $0.string() }
        } else {
            names = try node.string().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let trimmed = names.map { $0.trimmingCharacters(in: .whitespaces) }
        if trimmed.contains(where: \.isEmpty) { throw node.error("an empty column name") }
        return trimmed
    }
}
