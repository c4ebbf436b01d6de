/// The xoshiro256** pseudo-random generator (Blackman & Vigna, "Scrambled Linear Pseudorandom Number
/// Generators", 2021): 256 bits of state, period 2²⁵⁶ − 1, fast and statistically strong.
///
/// This is the generator every random choice in the project takes (`using: &rng`): weight initialization,
/// shuffles, dropout masks, samplers. The same seed always gives the same sequence, on every platform.
/// The state is seeded from one `UInt64` through SplitMix64, as the authors recommend.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable, Codable {
    @usableFromInline var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose whole sequence is determined by `seed`.
    public init(seed: UInt64) {
        var splitMix = SplitMix64(seed: seed)
        state = (splitMix.next(), splitMix.next(), splitMix.next(), splitMix.next())
    }

    @inlinable
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotl(state.3, 45)
        return result
    }

    /// An independent generator for a sub-task (a parallel trial, a restart), derived from this one's stream.
    public mutating func split() -> Xoshiro256StarStar { Xoshiro256StarStar(seed: next()) }

    public static func == (a: Self, b: Self) -> Bool {
        a.state.0 == b.state.0 && a.state.1 == b.state.1 && a.state.2 == b.state.2 && a.state.3 == b.state.3
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0)
        hasher.combine(state.1)
        hasher.combine(state.2)
        hasher.combine(state.3)
    }

    private enum CodingKeys: String, CodingKey { case state }
    public init(from decoder: any Decoder) throws {
        let s = try decoder.container(keyedBy: CodingKeys.self).decode([UInt64].self, forKey: .state)
        guard s.count == 4 else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "state needs 4 words"))
        }
        state = (s[0], s[1], s[2], s[3])
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode([state.0, state.1, state.2, state.3], forKey: .state)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator used to expand one seed into a larger state.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable, Codable {
    @usableFromInline var state: UInt64
    public init(seed: UInt64) { state = seed }
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
