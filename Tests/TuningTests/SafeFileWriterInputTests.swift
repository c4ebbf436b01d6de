import Foundation
import TestSupport
import Testing
import Tuning

/// `SafeFileWriter.check(_:notOver:)`: an output is refused when it is one of the command's inputs, however
/// the path spells it.
@Suite("Safe file writer: an output onto an input is refused")
struct SafeFileWriterInputTests {
    @Test("the same path, a relative spelling, a symbolic link and a hard link are the input; other files not")
    func sameFileByIdentity() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("data.csv", "a,y\n1,0\n")
        try directory.write("other.csv", "a,y\n1,0\n")
        try FileManager.default.createSymbolicLink(atPath: directory.path("link.csv"), withDestinationPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: directory.path("hard.csv"))
        let inputs = [(name: "--dataset data.csv", path: input)]
        for spelling in [
            input, directory.url.path + "/./data.csv", directory.path("link.csv"), directory.path("hard.csv"),
        ] {
            #expect(throws: FileWriteError.sameAsInput(path: spelling, input: "--dataset data.csv")) {
                try SafeFileWriter.check(spelling, notOver: inputs)
            }
        }
        for fine in [directory.path("other.csv"), directory.path("new.json")] {
            #expect(throws: Never.self) { try SafeFileWriter.check(fine, notOver: inputs) }
        }
        let error = FileWriteError.sameAsInput(path: "d.csv", input: "--dataset d.csv")
        #expect(
            error.isRefusal
                && error.description == "d.csv: is the same file as --dataset d.csv; refusing to overwrite an input")
    }
}
