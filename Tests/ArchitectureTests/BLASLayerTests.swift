import Foundation
import TestSupport
import Testing

/// OpenBLAS and LAPACKE are reached only through `LinearAlgebra`: no other module imports `COpenBLAS` or
/// declares it as a dependency.
@Suite("Only LinearAlgebra touches COpenBLAS")
struct BLASLayerTests {
    static let owner = "LinearAlgebra"
    static let cModule = "COpenBLAS"

    @Test("no module but LinearAlgebra imports or declares COpenBLAS")
    func onlyLinearAlgebraImportsCOpenBLAS() throws {
        let manifest = try ImportDeclarationTests.manifest.get()
        let root = BuiltProducts.packageRoot
        #expect(manifest.target(Self.owner)?.dependencies.contains(Self.cModule) == true)
        for target in manifest.targets where target.hasSwiftSources && target.name != Self.owner {
            let imports = try SwiftImports.modules(in: root.appendingPathComponent(target.path), relativeTo: root)
            if let file = imports[Self.cModule] {
                Issue.record("\(target.name): imports \(Self.cModule) (\(file)); only \(Self.owner) may")
            }
            if target.dependencies.contains(Self.cModule) {
                Issue.record("\(target.name): declares \(Self.cModule) in Package.swift; only \(Self.owner) may")
            }
        }
    }
}
