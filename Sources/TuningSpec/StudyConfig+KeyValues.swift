import Tuning

extension StudyConfig {
    /// Options given as `key=value` (the command line's `--sampler-option` and `--pruner-option`), each value
    /// read as a YAML scalar would be: an integer, else a number, else `true`/`false`, else a string. A pair
    /// without `=` gets the empty string; a later pair overrides an earlier one with the same key.
    public static func keyValueOptions(_ pairs: [String]) -> [String: ParameterValue] {
        var result: [String: ParameterValue] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let (key, text) = (parts[0], parts.count > 1 ? parts[1] : "")
            if let i = Int(text) {
                result[key] = .int(i)
            } else if let x = Double(text) {
                result[key] = .float(x)
            } else if text == "true" || text == "false" {
                result[key] = .bool(text == "true")
            } else {
                result[key] = .string(text)
            }
        }
        return result
    }
}
