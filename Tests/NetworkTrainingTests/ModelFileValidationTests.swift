import Foundation
import Testing

@testable import NetworkTraining

/// `TrainedModel.decode` checks the fields of a model file before it builds the network
/// (`TrainedModel+Validation`): sizes that overflow or exceed the caps, class lists that disagree with the
/// outputs, scalers of the wrong length; each refusal names the field.
@Suite("Model files: fields checked before the network is built")
struct ModelFileValidationTests {
    /// The version-1 iris fixture with `original` replaced by `replacement` (which must occur once).
    static func fixture(replacing original: String, with replacement: String) throws -> Data {
        let text = ModelFixture.irisVersion1
        #expect(text.components(separatedBy: original).count == 2, "\(original) occurs once in the fixture")
        return Data(text.replacingOccurrences(of: original, with: replacement).utf8)
    }

    /// The field `decode` names for the fixture with `original` replaced, or nil when it loads.
    static func refusedField(_ original: String, _ replacement: String) throws -> String? {
        let data = try fixture(replacing: original, with: replacement)
        do {
            _ = try TrainedModel.decode(data, path: "m.json")
            return nil
        } catch {
            guard case .invalidField(let path, let field, _) = error else {
                Issue.record("unexpected error \(error)")
                return nil
            }
            #expect(path == "m.json")
            return field
        }
    }

    @Test("the fixture itself loads")
    func fixtureLoads() throws {
        _ = try TrainedModel.decode(Data(ModelFixture.irisVersion1.utf8), path: "m.json")
    }

    @Test(
        "hidden layers that overflow a parameter count, exceed the caps or are not positive",
        arguments: ["[4611686018427387904,4]", "[9223372036854775807]", "[100000,100000]", "[1000000000]", "[0]"])
    func hiddenLayers(widths: String) throws {
        let field = try Self.refusedField(#""hiddenLayers":[2]"#, #""hiddenLayers":\#(widths)"#)
        #expect(field?.hasPrefix("network.spec.hiddenLayers") == true, "\(widths): \(String(describing: field))")
    }

    @Test("class names that disagree with the outputs or the task")
    func classNames() throws {
        let names = #""classNames":["setosa","versicolor","virginica"]"#
        #expect(try Self.refusedField(names, #""classNames":["setosa","versicolor"]"#) == "network.spec.outputSize")
        #expect(try Self.refusedField(names, #""classNames":["setosa"]"#) == "classNames")
        #expect(try Self.refusedField(names, #""classNames":null"#) == "classNames")
        #expect(try Self.refusedField(#""task":"classification""#, #""task":"regression""#) == "classNames")
    }

    @Test("a scaler whose scales are missing or not positive")
    func scaler() throws {
        let scale = #""scale":[0.7991037,"#
        #expect(try Self.refusedField(scale, #""scale":[0,"#) == "scaler.scale[0]")
        #expect(try Self.refusedField(#",0.7585]}"#, "]}") == "scaler.scale")
    }
}
