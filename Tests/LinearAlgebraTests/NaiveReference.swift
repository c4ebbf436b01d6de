@testable import LinearAlgebra

/// Textbook loops, independent of BLAS: the oracle every routine is compared with.
enum Naive {
    static func product<S: BLASScalar>(_ a: Matrix<S>, _ b: Matrix<S>) -> Matrix<S> {
        var c = Matrix<S>(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var s: S = 0
                for k in 0..<a.columns { s += a[i, k] * b[k, j] }
                c[i, j] = s
            }
        }
        return c
    }

    static func transpose<S: BLASScalar>(_ a: Matrix<S>) -> Matrix<S> {
        var t = Matrix<S>(rows: a.columns, columns: a.rows)
        for i in 0..<a.rows { for j in 0..<a.columns { t[j, i] = a[i, j] } }
        return t
    }

    static func op<S: BLASScalar>(_ a: Matrix<S>, _ t: Transpose) -> Matrix<S> { t == .transpose ? transpose(a) : a }

    static func matrixVector<S: BLASScalar>(_ a: Matrix<S>, _ x: [S]) -> [S] {
        (0..<a.rows).map { i in (0..<a.columns).reduce(S(0)) { $0 + a[i, $1] * x[$1] } }
    }

    static func lowerTriangle<S: BLASScalar>(_ a: Matrix<S>) -> Matrix<S> {
        var l = a
        for i in 0..<a.rows { for j in 0..<a.columns where j > i { l[i, j] = 0 } }
        return l
    }

    static func upperTriangle<S: BLASScalar>(_ a: Matrix<S>) -> Matrix<S> { transpose(lowerTriangle(transpose(a))) }
}

/// Tolerances scaled to the scalar type.
func tolerance<S: BLASScalar>(_: S.Type) -> S { S.self == Float.self ? 2e-4 : 1e-10 }

func approxEqual<S: BLASScalar>(_ a: [S], _ b: [S], tol: S) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * Swift.max(1, abs($0), abs($1)) }
}

func close<S: BLASScalar>(_ a: Matrix<S>, _ b: Matrix<S>) -> Bool {
    a.isApproximatelyEqual(to: b, absoluteTolerance: tolerance(S.self), relativeTolerance: tolerance(S.self))
}
