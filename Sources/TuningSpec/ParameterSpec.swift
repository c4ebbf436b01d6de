import Tuning

/// One entry of a space file: `name: {type: float|int|categorical|fixed, low, high, log, step, choices, value,
/// when: {parent: [values]}}`.
enum ParameterSpec {
    static let fields = ["type", "low", "high", "log", "step", "choices", "value", "when"]

    static func parameter(named name: String, from node: SpecNode) throws -> Parameter {
        let f = try node.entries(allowed: fields)
        guard let typeNode = f["type"] else { throw node.error("needs a type (float, int, categorical or fixed)") }
        let type = try typeNode.choice(["float", "int", "categorical", "fixed"])
        func require(_ key: String) throws -> SpecNode {
            guard let v = f[key] else { throw node.error("a \(type) parameter needs '\(key)'") }
            return v
        }
        func forbid(_ keys: [String]) throws {
            for key in keys { if let v = f[key] { throw v.error("does not apply to a \(type) parameter") } }
        }
        let log = try f["log"]?.bool() ?? false
        var parameter: Parameter
        switch type {
        case "float":
            try forbid(["choices", "value", "step"])
            let (low, high) = (try require("low").double(), try require("high").double())
            parameter = .float(name, low, high, log: log)
        case "int":
            try forbid(["choices", "value"])
            let (low, high) = (try require("low").int(), try require("high").int())
            parameter = .int(name, low, high, step: try f["step"]?.int() ?? 1, log: log)
        case "categorical":
            try forbid(["low", "high", "log", "step", "value"])
            parameter = .categorical(name, try require("choices").sequence().map { try $0.parameterValue() })
        default:
            try forbid(["low", "high", "log", "step", "choices"])
            parameter = .fixed(name, try require("value").parameterValue())
        }
        if let when = f["when"] {
            let conditions = try when.entries()
            guard conditions.count == 1, let (parent, values) = conditions.first else {
                throw when.error("must name exactly one parent parameter, e.g. {optimizer: [sgd]}")
            }
            let allowed: [ParameterValue]
            if case .sequence = values.node {
                allowed = try values.sequence().map { try $0.parameterValue() }
            } else {
                allowed = [try values.parameterValue()]
            }
            parameter = parameter.when(parent, in: allowed)
        }
        return parameter
    }
}
