import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Datasets

/// Big-endian IDX bytes written by hand (the test's own encoder, independent of `IDXArray.bytes`).
func idxBytes(type: UInt8, shape: [UInt32], payload: [UInt8]) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, type, UInt8(shape.count)]
    for size in shape {
        bytes += [UInt8(size >> 24), UInt8((size >> 16) & 0xFF), UInt8((size >> 8) & 0xFF), UInt8(size & 0xFF)]
    }
    return bytes + payload
}

func parseIDX(_ bytes: [UInt8]) -> Result<IDXArray, DatasetError> {
    Result { () throws(DatasetError) -> IDXArray in try IDXArray(bytes: bytes, file: "f.idx") }
}

@Suite("IDX reader")
struct IDXTests {
    @Test("ubyte images and labels from hand-written bytes become a dataset")
    func imagesAndLabels() throws {
        // Three 2×3 images; pixel (r, c) of image i is 10·i + 3·r + c.
        var pixels: [UInt8] = []
        for i in 0..<3 { for k in 0..<6 { pixels.append(UInt8(10 * i + k)) } }
        let images = try IDXArray(bytes: idxBytes(type: 0x08, shape: [3, 2, 3], payload: pixels))
        let labels = try IDXArray(bytes: idxBytes(type: 0x08, shape: [3], payload: [2, 0, 2]))
        #expect(images.shape == [3, 2, 3] && images.elementType == .uint8)
        let data = try Dataset.idx(images: images, labels: labels)
        #expect(data.count == 3 && data.featureCount == 6)
        #expect(data.features.row(1) == [10, 11, 12, 13, 14, 15])
        #expect(data.featureNames[4] == "pixel_1_1")
        #expect(data.target == .classes(labels: [2, 0, 2], names: ["0", "1", "2"]))
    }

    @Test("big-endian float32, int16 and int32 elements decode")
    func otherTypes() throws {
        let floats = try IDXArray(
            bytes: idxBytes(type: 0x0D, shape: [2], payload: [0x3F, 0xC0, 0, 0, 0xC1, 0x20, 0, 0]))
        #expect(floats.values == [1.5, -10])
        let shorts = try IDXArray(bytes: idxBytes(type: 0x0B, shape: [2], payload: [0x01, 0x02, 0xFF, 0xFE]))
        #expect(shorts.values == [258, -2])
        let ints = try IDXArray(bytes: idxBytes(type: 0x0C, shape: [1], payload: [0, 1, 0, 0]))
        #expect(ints.values == [65536])
    }

    @Test(
        "writing and reading back gives the same array, for every element type",
        arguments: IDXArray.ElementType.allCases)
    func roundTrip(type: IDXArray.ElementType) throws {
        let values: [Float] = [0, 1, 2, 100, 7, 3]
        let array = IDXArray(shape: [2, 3], elementType: type, values: values)
        #expect(try IDXArray(bytes: array.bytes) == array)
        #expect(array.bytes.count == 4 + 8 + 6 * type.size)
    }

    @Test("files on disk: images and labels read through Dataset.idx")
    func fromFiles() throws {
        let scratch = try TemporaryDirectory(prefix: "idx-test")
        defer { scratch.remove() }
        let dir = scratch.url
        let imagesPath = dir.appendingPathComponent("train-images.idx3-ubyte").path
        let labelsPath = dir.appendingPathComponent("train-labels.idx1-ubyte").path
        try Data(idxBytes(type: 0x08, shape: [2, 2, 2], payload: [0, 255, 128, 1, 9, 8, 7, 6])).write(
            to: URL(fileURLWithPath: imagesPath))
        try Data(idxBytes(type: 0x08, shape: [2], payload: [1, 0])).write(to: URL(fileURLWithPath: labelsPath))
        let data = try Dataset.idx(images: imagesPath, labels: labelsPath)
        #expect(data.name == "train-images")
        #expect(data.features == Matrix([[0, 255, 128, 1], [9, 8, 7, 6]]))
        #expect(data.target.labels == [1, 0])
    }

    @Test("bad magic numbers are reported, with a hint for gzip files")
    func badMagic() {
        let error = parseIDX([0x1F, 0x8B, 0x08, 0x00, 1, 2, 3]).error
        #expect(error?.description.contains("gzip") == true)
        #expect(error?.description.hasPrefix("f.idx: bad IDX magic number 1f 8b 08 00") == true)
        if case .badMagic? = parseIDX(idxBytes(type: 0x07, shape: [1], payload: [0])).error {
        } else {
            Issue.record("unknown element type 0x07 must be a bad magic number")
        }
        if case .badMagic? = parseIDX([1, 0, 8, 1, 0, 0, 0, 0]).error {} else { Issue.record("first byte must be 0") }
    }

    @Test("truncated and oversized files report expected and found sizes")
    func truncation() {
        #expect(parseIDX([0, 0]).error == .truncated(file: "f.idx", expectedBytes: 4, foundBytes: 2))
        #expect(
            parseIDX([0, 0, 8, 3, 0, 0, 0, 2]).error == .truncated(file: "f.idx", expectedBytes: 16, foundBytes: 8))
        let short = idxBytes(type: 0x08, shape: [2, 3], payload: [1, 2, 3, 4, 5])
        #expect(parseIDX(short).error == .truncated(file: "f.idx", expectedBytes: 18, foundBytes: 17))
        #expect(parseIDX(short + [6, 7]).error == .truncated(file: "f.idx", expectedBytes: 18, foundBytes: 19))
        let huge = idxBytes(type: 0x0E, shape: [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], payload: [])
        if case .truncated? = parseIDX(huge).error {} else { Issue.record("an overflowing size must be reported") }
    }

    @Test("labels that disagree with the images are rejected")
    func mismatchedLabels() throws {
        let images = IDXArray(shape: [2, 1], elementType: .uint8, values: [1, 2])
        let three = IDXArray(shape: [3], elementType: .uint8, values: [0, 1, 0])
        let error = Result { () throws(DatasetError) in try Dataset.idx(images: images, labels: three) }.error
        #expect(error?.description == "<labels>: 3 labels for 2 images in <images>")
        let negative = IDXArray(shape: [2], elementType: .int8, values: [0, -1])
        #expect(Result { () throws(DatasetError) in try Dataset.idx(images: images, labels: negative) }.error != nil)
        let twoD = IDXArray(shape: [2, 1], elementType: .uint8, values: [0, 1])
        #expect(Result { () throws(DatasetError) in try Dataset.idx(images: images, labels: twoD) }.error != nil)
    }
}
