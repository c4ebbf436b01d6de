import Foundation

extension NetworkArchitecture {
    /// Hidden layer widths from their text form (`tuner train --layers`): positive integers separated by commas,
    /// spaces around them allowed (`"128"`, `"64, 32"`); blank text means no hidden layer. Nil when any part is
    /// not a positive integer (including empty parts such as `"64,,32"`).
    public static func hiddenLayers(parsing text: String) -> [Int]? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let widths = parts.compactMap { Int($0) }
        guard widths.count == parts.count, widths.allSatisfy({ $0 >= 1 }) else { return nil }
        return widths
    }
}
