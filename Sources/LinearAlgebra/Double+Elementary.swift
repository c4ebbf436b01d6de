#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's elementary functions, for code in this module that must not depend on Foundation.
extension Double {
    @usableFromInline var logValue: Double { log(self) }
    @usableFromInline var cosValue: Double { cos(self) }
}
