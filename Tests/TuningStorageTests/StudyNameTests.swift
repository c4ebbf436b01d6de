import Testing
import Tuning

@Suite("Study names")
struct StudyNameTests {
    @Test("study names: [A-Za-z0-9_.-]{1,128}")
    func studyNames() {
        for good in ["a", "mnist-bayes_2024.v1", String(repeating: "x", count: 128)] {
            #expect(StudyName.isValid(good))
        }
        let bad = [
            "", ".", "..", "has space", "semi;colon", "quote'", "slash/", "tab\t", "ünï",
            String(repeating: "x", count: 129),
        ]
        for name in bad {
            #expect(!StudyName.isValid(name))
            #expect(throws: StorageInputError.self) { try StudyName.validate(name) }
        }
        #expect(
            throws: StorageInputError.invalidStudyName(
                "a b", reason: "character ' ' is not allowed (use A-Z a-z 0-9 _ . -)")
        ) {
            try StudyName.validate("a b")
        }
    }
}
