import Foundation

extension SecretRedaction {
    /// The secrets `text` (a storage URL or anything passed as one) holds, as written: the password of its user
    /// information and the value of every secret key (see `SecretRedaction`). Give them, with any password from
    /// the environment, to `redact(message:secrets:)` to scrub a message that may quote them out of context (a
    /// driver or server error).
    public static func secrets(inURL text: String) -> [String] {
        var found: [String] = []
        let characters = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var start = 0
        while start < characters.count {
            if start == 0 || "?&; \t,".contains(characters[start - 1]) {
                var end = start
                while end < characters.count, characters[end].isASCII,
                    characters[end].isLetter || characters[end].isNumber || "_-".contains(characters[end])
                {
                    end += 1
                }
                if end > start, end < characters.count, characters[end] == "=" {
                    let key = String(characters[start..<end]).lowercased()
                    if secretKeyWords.contains(where: key.contains) {
                        // The value ends at the end of the text or at one of the separators inside it.
                        let value = characters[(end + 1)...]
                        found.append(String(value))
                        for cut in value.indices where "&; \t".contains(value[cut]) {
                            found.append(String(value[..<cut]))
                        }
                    }
                }
            }
            start += 1
        }
        found += userInformationSecrets(in: characters)
        return found.filter { !$0.isEmpty && $0 != mask }
    }

    /// The password part of the user information, found by the rules of `hidingUserInformation`.
    private static func userInformationSecrets(in characters: [Character]) -> [String] {
        guard let span = UserInformationSpan(characters) else { return [] }
        let information = characters[span.start..<span.end]
        var found: [String] = []
        if let colon = information.firstIndex(of: ":") { found.append(String(characters[(colon + 1)..<span.end])) }
        if span.followsBareScheme { found.append(String(information)) }
        return found
    }
}
