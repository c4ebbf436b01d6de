/// Order statistics for benchmark summaries.
public enum Quantiles {
    /// The q-quantile (q ∈ [0, 1]) of the non-NaN values with linear interpolation between order statistics
    /// (NumPy's default, Hyndman & Fan's definition 7): with s the sorted values and h = q·(m − 1),
    /// Q(q) = s_⌊h⌋ + (h − ⌊h⌋)·(s_⌊h⌋+1 − s_⌊h⌋). NaN when no value is left.
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        let s = values.filter { !$0.isNaN }.sorted()
        guard !s.isEmpty else { return .nan }
        let position = q * Double(s.count - 1)
        let i = Int(position.rounded(.down))
        let j = min(i + 1, s.count - 1)
        return s[i] + (s[j] - s[i]) * (position - Double(i))
    }

    /// The 0.5-quantile.
    public static func median(_ values: [Double]) -> Double { quantile(values, 0.5) }
}
