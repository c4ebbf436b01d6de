import Randomness

/// The Sobol' low-discrepancy sequence (Sobol' 1967) in base 2 with the direction numbers of Joe & Kuo
/// (2008, "Constructing Sobol sequences with better two-dimensional projections", file new-joe-kuo-6.21201),
/// in Gray-code order (Antonov & Saleev 1979), randomized by a *random linear matrix scramble plus digital
/// shift* (Matoušek 1998; Owen 2003, "Variance and discrepancy with alternative scramblings"): every
/// dimension's generator matrix C_j is multiplied by a random lower-triangular binary matrix M_j (unit
/// diagonal) and the points are XOR-ed with a random 52-bit shift e_j. This is the scrambling SciPy's
/// `qmc.Sobol(scramble=True)` uses; each scrambled point is uniform on [0, 1)^d and the set keeps its
/// (t, m, s)-net structure. Dimensions beyond the table (57) are out of range (precondition).
public struct SobolSequence: Sendable {
    /// Bits per coordinate.
    static let bits = 52
    /// Direction numbers for dimensions 2…57 as "s a m_1 … m_s" (dimension 1 is van der Corput).
    static let joeKuo: [[Int]] = """
        1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 13|5 2 1 1 5 5 17|5 4 1 1 5 5 5|5 7 1 1 7 11 19|\
        5 11 1 1 5 1 1|5 13 1 1 1 3 11|5 14 1 3 5 5 31|6 1 1 3 3 9 7 49|6 13 1 1 1 15 21 21|6 16 1 3 1 13 27 49|\
        6 19 1 1 1 15 7 5|6 22 1 3 1 15 13 25|6 25 1 1 5 5 19 61|7 1 1 3 7 11 23 15 103|7 4 1 3 7 13 13 15 69|\
        7 7 1 1 3 13 7 35 63|7 8 1 3 5 9 1 25 53|7 14 1 3 1 13 9 35 107|7 19 1 3 1 5 27 61 31|\
        7 21 1 1 5 11 19 41 61|7 28 1 3 5 3 3 13 69|7 31 1 1 7 13 1 19 1|7 32 1 3 7 5 13 19 59|\
        7 37 1 1 3 9 25 29 41|7 41 1 3 5 13 23 1 55|7 42 1 3 7 3 13 59 17|7 50 1 3 1 3 5 53 69|\
        7 55 1 1 5 5 23 33 13|7 56 1 1 7 7 1 61 123|7 59 1 1 7 9 13 61 49|7 62 1 3 3 5 3 55 33|\
        8 14 1 3 1 15 31 13 49 245|8 21 1 3 5 15 31 59 63 97|8 22 1 3 1 11 11 11 77 249|8 38 1 3 1 11 27 43 71 9|\
        8 47 1 1 7 15 21 11 81 45|8 49 1 3 7 3 25 31 65 79|8 50 1 3 1 1 19 11 3 205|8 52 1 1 5 9 19 21 29 157|\
        8 56 1 3 7 11 1 33 89 185|8 67 1 3 3 3 15 9 79 71|8 70 1 3 7 11 15 39 119 27|8 84 1 1 3 1 11 31 97 225|\
        8 97 1 1 1 3 23 43 57 177|8 103 1 3 7 7 17 17 37 71|8 115 1 3 1 5 27 63 123 213|8 122 1 1 3 5 11 43 53 133|\
        9 8 1 3 5 5 29 17 47 173 479|9 13 1 3 3 11 3 1 109 9 69|9 16 1 1 1 5 17 39 23 5 343|\
        9 22 1 3 1 5 25 15 31 103 499
        """.split(separator: "|").map { $0.split(separator: " ").map { Int($0)! } }

    /// The largest supported dimension.
    public static var maximumDimension: Int { joeKuo.count + 1 }

    public let dimension: Int
    /// directions[j][k]: the k-th (scrambled) direction number of dimension j, as a 52-bit integer.
    private let directions: [[UInt64]]
    private let shift: [UInt64]

    /// The sequence in `dimension` dimensions; `scrambleSeed` nil gives the unscrambled sequence.
    public init(dimension: Int, scrambleSeed: UInt64?) {
        precondition(
            dimension >= 1 && dimension <= Self.maximumDimension,
            "Sobol dimension \(dimension) outside 1…\(Self.maximumDimension)")
        self.dimension = dimension
        let b = Self.bits
        var dirs: [[UInt64]] = []
        for j in 0..<dimension {
            var v = [UInt64](repeating: 0, count: b)
            if j == 0 {
                for k in 0..<b { v[k] = 1 << UInt64(b - 1 - k) }
            } else {
                let row = Self.joeKuo[j - 1]
                let s = row[0]
                let a = row[1]
                for k in 0..<min(s, b) { v[k] = UInt64(row[2 + k]) << UInt64(b - 1 - k) }
                if s < b {
                    for k in s..<b {
                        var x = v[k - s] ^ (v[k - s] >> UInt64(s))
                        for l in 1..<s where (a >> (s - 1 - l)) & 1 == 1 { x ^= v[k - l] }
                        v[k] = x
                    }
                }
            }
            dirs.append(v)
        }
        var shift = [UInt64](repeating: 0, count: dimension)
        if let seed = scrambleSeed {
            var rng = SplitMix64(seed: seed)
            let mask: UInt64 = (1 << UInt64(b)) - 1
            for j in 0..<dimension {
                // Rows of the lower-triangular scramble M (row r acts on output bit r counted from the top).
                var rows = [UInt64](repeating: 0, count: b)
                for r in 0..<b {
                    let below = r == 0 ? 0 : rng.next() >> UInt64(64 - r)  // r random bits above the diagonal
                    rows[r] = (below << UInt64(b - r)) | (1 << UInt64(b - 1 - r))
                }
                dirs[j] = dirs[j].map { v in
                    var out: UInt64 = 0
                    for r in 0..<b where (rows[r] & v).nonzeroBitCount & 1 == 1 { out |= 1 << UInt64(b - 1 - r) }
                    return out
                }
                shift[j] = rng.next() & mask
            }
        }
        self.directions = dirs
        self.shift = shift
    }

    /// The point with index `n` (0, 1, 2, …) in [0, 1)^dimension.
    public func point(_ n: Int) -> [Double] {
        let gray = UInt64(n) ^ (UInt64(n) >> 1)
        let scale = 1.0 / Double(UInt64(1) << UInt64(Self.bits))
        return (0..<dimension).map { j in
            var x = shift[j]
            var g = gray
            var k = 0
            while g != 0 {
                if g & 1 == 1 { x ^= directions[j][k] }
                g >>= 1
                k += 1
            }
            return Double(x) * scale
        }
    }
}
