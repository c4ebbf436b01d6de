import Foundation

/// A sequential color map from [0, 1] to colors: piecewise-linear interpolation in sRGB between the stops of
/// viridis (van der Walt & Smith, matplotlib 1.5, 2015), which is perceptually uniform, readable in grey scale
/// and by color-blind viewers. The report colors parallel-coordinate lines by objective value with it.
public struct ColorScale: Sendable, Hashable {
    /// The stops, evenly spaced over [0, 1], as (red, green, blue) in 0...255.
    public var stops: [(Int, Int, Int)]

    public init(stops: [(Int, Int, Int)]) {
        precondition(stops.count >= 2, "ColorScale needs at least 2 stops, got \(stops.count)")
        self.stops = stops
    }

    /// Nine samples of viridis, from dark purple (0) through teal to yellow (1).
    public static let viridis = ColorScale(stops: [
        (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
        (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
    ])

    /// The color at `t` (clamped to [0, 1]; NaN gives the first stop) as `#rrggbb`.
    public func color(at t: Double) -> String {
        let u = t.isNaN ? 0 : Swift.min(Swift.max(t, 0), 1)
        let position = u * Double(stops.count - 1)
        let i = Swift.min(Int(position.rounded(.down)), stops.count - 2)
        let f = position - Double(i)
        let (a, b) = (stops[i], stops[i + 1])
        func mix(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * f).rounded()) }
        return String(format: "#%02x%02x%02x", mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    public static func == (a: ColorScale, b: ColorScale) -> Bool {
        a.stops.count == b.stops.count && zip(a.stops, b.stops).allSatisfy { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        for s in stops {
            hasher.combine(s.0)
            hasher.combine(s.1)
            hasher.combine(s.2)
        }
    }
}
