import Foundation
import Randomness
import Testing
import Tuning
import TuningStorages

/// Hostile storage URLs through the registry's parser: no password (nor a piece of one) in an error, in the
/// redacted URL, or in the name of a file the storage would create; scheme names in the wrong case or without
/// `//` are refused rather than taken as file names.
@Suite struct StorageURLProperties {
    static let cases = FuzzConfiguration.cases(default: 300)

    static func check(_ c: StorageURLCase) -> String? {
        func leaked(_ text: String) -> String? { c.secrets.first { text.contains($0) } }
        let location: StorageLocation
        do {
            location = try StorageRegistry.standard.location(parsing: c.text, environment: [:])
        } catch {
            let message = "\(error)"
            if let secret = leaked(message) { return "the error shows '\(secret)': \(message)" }
            return Fuzz.isOneLine(message) ? nil : "error of several lines: \(message)"
        }
        if c.mustBeRefused { return "accepted as \(location.scheme) storage \(location.redacted)" }
        for (what, text) in [("redacted URL", location.redacted), ("description", location.description)] {
            if let secret = leaked(text) { return "the \(what) shows '\(secret)': \(text)" }
        }
        if let file = location.localFile, let secret = leaked(file) {
            return "the password piece '\(secret)' becomes part of the file name \(file)"
        }
        return nil
    }

    @Test func storageURLsNeverShowAPassword() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("storage-urls") {
                Fuzz.forAll(
                    "storage URLs", cases: StorageURLProperties.cases, generate: { $0.hostileStorageURL() },
                    describe: { "\($0)" }, check: StorageURLProperties.check)
            }
        }
        CrashGuard.explain("storage-urls", property: "storage URLs")
    }
}
