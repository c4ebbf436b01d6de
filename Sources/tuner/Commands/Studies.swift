import ArgumentParser
import Foundation
import Tuning
import TuningReport

/// `tuner studies`: one line per study in a storage, with its direction, trials by state and best value.
struct Studies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studies",
        abstract: "List the studies in a storage: direction, trials by state, best value.",
        discussion: """
            Examples:
              tuner studies                                  # the studies in ./tuner.db
              tuner studies --storage sqlite:///tmp/runs.db
              tuner studies --json                           # a JSON array, one object per study
            """)

    @OptionGroup var storageOption: StorageOption

    @Flag(
        help: "Print a JSON array with one object per study (name, direction, trials, counts, best_value, best_trial).")
    var json = false

    func run() throws {
        let storage = try storageOption.open(existing: true)
        guard let listing = storage as? any StudyListing else {
            throw RuntimeError("this storage cannot list its studies")
        }
        let studies = try StudyOverview.all(in: listing)
        print(json ? StudyOverview.listingJSON(studies).text : StudyOverview.listingText(studies))
    }
}
