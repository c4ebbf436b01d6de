import Foundation

/// The dependency list of ARCHITECTURE.md: the section `## Dependencies` holds a markdown table
/// `| target | depends on |` with one row per target that is not test code, its direct dependencies
/// (targets and products, as in `Package.swift`) comma-separated in backticks; an empty cell or `—` for none.
struct DocumentedDependencies {
    /// Target → its documented direct dependencies, in the order written.
    let rows: [String: [String]]
    /// Targets with more than one row.
    let duplicates: [String]

    /// Parses the section out of the whole document; throws when the section or its table is missing.
    init(markdown: String) throws {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let heading = lines.firstIndex(of: "## Dependencies") else {
            throw DocumentError.missingSection("no '## Dependencies' heading")
        }
        let section = lines[(heading + 1)...].prefix { !$0.hasPrefix("## ") && !$0.hasPrefix("# ") }
        let tableRows = section.filter { $0.hasPrefix("|") }
        guard let header = tableRows.first,
            Self.cells(header).map({ $0.lowercased() }) == ["target", "depends on"]
        else { throw DocumentError.missingSection("no '| target | depends on |' table under '## Dependencies'") }
        var rows: [String: [String]] = [:]
        var duplicates: [String] = []
        for row in tableRows.dropFirst() {
            let cells = Self.cells(row)
            guard cells.count == 2, !cells[0].allSatisfy({ $0 == "-" || $0 == ":" }) else { continue }
            let target = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            if rows[target] != nil { duplicates.append(target) }
            rows[target] = Self.codeSpans(cells[1])
        }
        self.rows = rows
        self.duplicates = duplicates
    }

    /// The trimmed cells of a table row `| a | b |`.
    static func cells(_ row: String) -> [String] {
        var parts = row.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The texts between pairs of backticks.
    static func codeSpans(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }.filter { !$0.isEmpty }
    }
}

enum DocumentError: Error, CustomStringConvertible {
    case missingSection(String)
    var description: String {
        switch self {
        case .missingSection(let reason): return "ARCHITECTURE.md: \(reason)"
        }
    }
}
