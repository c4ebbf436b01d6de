import Foundation

/// JSON for the columns that hold structured values (spec, params), with sorted keys so equal values are
/// equal text, and NaN/±∞ spelled as strings. Shared by the persistent backends; a column that does not
/// decode is reported as `StorageError.backend`, not crashed on.
public enum StorageJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String, what: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw StorageError.backend(
                "cannot decode the \(what): \(error)".split(whereSeparator: \.isNewline)
                    .joined(separator: " "))
        }
    }
}
