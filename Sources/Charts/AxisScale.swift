import Foundation

/// How data values map onto an axis: linearly or by their base-10 logarithm.
public enum AxisScale: Sendable, Hashable {
    case linear, logarithmic

    /// The value on the drawing axis (log₁₀ for a logarithmic scale; nil for values a log axis cannot show).
    func transform(_ v: Double) -> Double? {
        switch self {
        case .linear: return v.isFinite ? v : nil
        case .logarithmic: return v > 0 && v.isFinite ? log10(v) : nil
        }
    }
}

/// A data range [low, high] on one axis and its tick marks.
struct Axis {
    let scale: AxisScale
    /// Range in transformed units (log₁₀ for a log axis).
    let low: Double
    let high: Double
    let ticks: [(value: Double, label: String)]

    /// An axis covering `values`, padded slightly, with "nice" ticks (Heckbert, "Nice numbers for graph labels",
    /// Graphics Gems, 1990) or powers of ten on a log axis.
    init(values: [Double], scale: AxisScale, padding: Double = 0.04, tickCount: Int = 6) {
        self.scale = scale
        let t = values.compactMap { scale.transform($0) }
        var lo = t.min() ?? 0
        var hi = t.max() ?? 1
        if lo == hi {
            lo -= scale == .linear ? max(1, abs(lo) * 0.1) : 0.5
            hi += scale == .linear ? max(1, abs(hi) * 0.1) : 0.5
        }
        let pad = (hi - lo) * padding
        lo -= pad
        hi += pad
        self.low = lo
        self.high = hi
        switch scale {
        case .linear:
            let step = Axis.niceNumber((hi - lo) / Double(max(tickCount - 1, 1)), round: true)
            let first = (lo / step).rounded(.up) * step
            ticks = stride(from: first, through: hi + step * 1e-9, by: step).map { ($0, Axis.label($0, step: step)) }
        case .logarithmic:
            let decades = Int(hi.rounded(.down)) - Int(lo.rounded(.up)) + 1
            let every = max(1, decades / tickCount + (decades % tickCount == 0 ? 0 : 1))
            ticks = stride(from: Int(lo.rounded(.up)), through: Int(hi.rounded(.down)), by: every).map {
                (Double($0), "1e\($0)")
            }
        }
    }

    /// Position in [0, 1] along the axis, for a data value (nil if it cannot be shown).
    func fraction(_ v: Double) -> Double? {
        guard let t = scale.transform(v) else { return nil }
        return (t - low) / (high - low)
    }

    static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0 && x.isFinite else { return 1 }
        let exponent = floor(log10(x))
        let fraction = x / pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }

    static func label(_ v: Double, step: Double) -> String {
        if abs(v) < step * 1e-6 { return "0" }
        let magnitude = max(abs(v), step)
        if magnitude >= 1e5 || magnitude < 1e-3 { return String(format: "%.1e", v) }
        let decimals = max(0, Int(-floor(log10(step)) + (step / pow(10, floor(log10(step))) == 1 ? 0 : 1)))
        return String(format: "%.\(min(decimals, 6))f", v)
    }
}
