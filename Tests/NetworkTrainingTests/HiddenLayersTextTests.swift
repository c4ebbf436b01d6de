import Testing

@testable import NetworkTraining

/// The text form of hidden layer widths (`tuner train --layers`).
@Suite struct HiddenLayersTextTests {
    @Test func widthsAreCommaSeparatedPositiveIntegers() {
        #expect(NetworkArchitecture.hiddenLayers(parsing: "128") == [128])
        #expect(NetworkArchitecture.hiddenLayers(parsing: " 64, 32 ,16") == [64, 32, 16])
        #expect(NetworkArchitecture.hiddenLayers(parsing: "") == [])
        #expect(NetworkArchitecture.hiddenLayers(parsing: "   ") == [])
    }

    @Test func anythingElseIsRejected() {
        for text in ["64,,32", "64,", "0", "-8", "1.5", "a", "64;32"] {
            #expect(NetworkArchitecture.hiddenLayers(parsing: text) == nil, "\(text)")
        }
    }
}
