/// An array read from (or to be written as) an IDX file, the format of the MNIST database (LeCun, Cortes &
/// Burges, http://yann.lecun.com/exdb/mnist/, section "File formats for the MNIST database").
///
/// Layout, all integers big-endian:
/// ```
/// bytes 0-1   0x00 0x00
/// byte  2     element type: 0x08 UInt8, 0x09 Int8, 0x0B Int16, 0x0C Int32, 0x0D Float32, 0x0E Float64
/// byte  3     number of dimensions r
/// 4 · r bytes the sizes of dimensions 0 … r−1 (UInt32 each)
/// then        the elements in row-major order (last index fastest), big-endian
/// ```
/// MNIST images are `60000 × 28 × 28` UInt8, labels `60000` UInt8. Elements are held as `Float`
/// (exact for every type but large Int32 and Float64 values).
public struct IDXArray: Sendable, Equatable {
    /// The element type codes of the format.
    public enum ElementType: UInt8, Sendable, CaseIterable {
        case uint8 = 0x08
        case int8 = 0x09
        case int16 = 0x0B
        case int32 = 0x0C
        case float32 = 0x0D
        case float64 = 0x0E

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .uint8, .int8: return 1
            case .int16: return 2
            case .int32, .float32: return 4
            case .float64: return 8
            }
        }
    }

    /// The dimension sizes, outermost first (`[n, 28, 28]` for MNIST images).
    public var shape: [Int]
    /// The element type stored in (or to write to) the file.
    public var elementType: ElementType
    /// The elements in row-major order; `values.count` is the product of `shape`.
    public var values: [Float]

    public init(shape: [Int], elementType: ElementType, values: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "IDXArray: negative dimension in shape \(shape)")
        precondition(
            values.count == shape.reduce(1, *),
            "IDXArray: shape \(shape) needs \(shape.reduce(1, *)) values, got \(values.count)")
        self.shape = shape
        self.elementType = elementType
        self.values = values
    }

    /// Parses IDX bytes; `file` names the source in errors (bad magic, unknown type, truncation, trailing bytes).
    public init(bytes: [UInt8], file: String = "<bytes>") throws(DatasetError) {
        guard bytes.count >= 4 else { throw .truncated(file: file, expectedBytes: 4, foundBytes: bytes.count) }
        let magic = Array(bytes[0..<4])
        guard magic[0] == 0, magic[1] == 0, let type = ElementType(rawValue: magic[2]) else {
            let hint =
                magic[0] == 0x1F && magic[1] == 0x8B
                ? "the file is gzip-compressed: decompress it first (gunzip)"
                : "expected 00 00 <type 08|09|0b|0c|0d|0e> <dimensions>"
            throw .badMagic(file: file, found: magic, hint: hint)
        }
        let rank = Int(magic[3])
        guard rank >= 1 else {
            throw .badMagic(file: file, found: magic, hint: "the array must have at least one dimension")
        }
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw .truncated(file: file, expectedBytes: headerSize, foundBytes: bytes.count)
        }
        let shape = (0..<rank).map { Int(Self.bigEndianUInt32(bytes, at: 4 + 4 * $0)) }
        let (count, overflow) = shape.reduce((1, false)) { acc, size in
            let (product, o) = acc.0.multipliedReportingOverflow(by: size)
            return (product, acc.1 || o)
        }
        let (dataSize, overflow2) = count.multipliedReportingOverflow(by: type.size)
        guard !overflow, !overflow2, bytes.count == headerSize + dataSize else {
            throw .truncated(
                file: file, expectedBytes: overflow || overflow2 ? Int.max : headerSize + dataSize,
                foundBytes: bytes.count)
        }
        var values = [Float](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { raw in
            values.withUnsafeMutableBufferPointer { out in
                let data = UnsafeBufferPointer(rebasing: raw[headerSize...])
                // One loop per type, so the element conversion is not re-dispatched per element.
                switch type {
                case .uint8: for k in 0..<count { out[k] = Float(data[k]) }
                case .int8: for k in 0..<count { out[k] = Float(Int8(bitPattern: data[k])) }
                case .int16:
                    for k in 0..<count {
                        out[k] = Float(Int16(bitPattern: UInt16(data[2 &* k]) << 8 | UInt16(data[2 &* k &+ 1])))
                    }
                case .int32:
                    for k in 0..<count { out[k] = Float(Int32(bitPattern: Self.bigEndianUInt32(data, at: 4 &* k))) }
                case .float32: for k in 0..<count { out[k] = Float(bitPattern: Self.bigEndianUInt32(data, at: 4 &* k)) }
                case .float64:
                    for k in 0..<count {
                        let bits =
                            UInt64(Self.bigEndianUInt32(data, at: 8 &* k)) << 32
                            | UInt64(Self.bigEndianUInt32(data, at: 8 &* k &+ 4))
                        out[k] = Float(Double(bitPattern: bits))
                    }
                }
            }
        }
        self.init(shape: shape, elementType: type, values: values)
    }

    /// Reads the IDX file at `path`.
    public init(contentsOf path: String) throws(DatasetError) {
        try self.init(bytes: FileAccess.bytes(at: path), file: path)
    }

    /// The IDX encoding of this array. Values are converted to `elementType`; for integer types every value must
    /// be an integer in the type's range (a programmer error otherwise).
    public var bytes: [UInt8] {
        var out: [UInt8] = [0, 0, elementType.rawValue, UInt8(shape.count)]
        for size in shape { Self.appendBigEndian(UInt32(size), to: &out) }
        for value in values {
            switch elementType {
            case .uint8: out.append(Self.exactInteger(value))
            case .int8: out.append(UInt8(bitPattern: Self.exactInteger(value)))
            case .int16:
                let bits = UInt16(bitPattern: Self.exactInteger(value))
                out += [UInt8(bits >> 8), UInt8(bits & 0xFF)]
            case .int32: Self.appendBigEndian(UInt32(bitPattern: Self.exactInteger(value)), to: &out)
            case .float32: Self.appendBigEndian(value.bitPattern, to: &out)
            case .float64:
                let bits = Double(value).bitPattern
                Self.appendBigEndian(UInt32(bits >> 32), to: &out)
                Self.appendBigEndian(UInt32(bits & 0xFFFF_FFFF), to: &out)
            }
        }
        return out
    }

    static func exactInteger<T: FixedWidthInteger>(_ value: Float) -> T {
        guard let integer = T(exactly: value) else {
            preconditionFailure("IDXArray: \(value) is not representable as \(T.self)")
        }
        return integer
    }

    static func bigEndianUInt32<C: RandomAccessCollection>(_ bytes: C, at i: Int) -> UInt32
    where C.Element == UInt8, C.Index == Int {
        UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
    }

    static func appendBigEndian(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
