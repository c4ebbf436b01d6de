import Foundation
import Tuning

/// The report as one HTML5 document: inline CSS, the charts as inline SVG, no scripts and no external
/// resources, so it opens offline and can be mailed or archived as a single file.
extension StudyReport {
    /// The section titles, in page order (tests and the screenshot script look for them).
    public static let sectionTitles = [
        "Summary", "Optimization history", "Parallel coordinates",
        "Parameter importance", "Slice plots",
    ]

    /// The sections a study with several objectives adds after the summary.
    public static let paretoSectionTitles = ["Pareto front", "Hypervolume"]

    public func html() -> String {
        var page: [String] = []
        page.append(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Study \(Self.escape(spec.name))</title>
            <style>
            body { font-family: Helvetica, Arial, sans-serif; margin: 24px auto; max-width: 1320px; color: #222; }
            h1 { font-size: 24px; margin-bottom: 4px; } \
            h2 { font-size: 18px; border-bottom: 1px solid #ccc; padding-bottom: 4px; margin-top: 32px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
            th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .muted { color: #777; font-size: 13px; } .slices { display: flex; flex-wrap: wrap; gap: 10px; }
            .chart svg { max-width: 100%; height: auto; } \
            .columns { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }
            </style></head><body>
            <h1>Study “\(Self.escape(spec.name))”</h1>
            <p class="muted">\(Self.escape(objectivesText)) · seed \(spec.seed) · \
            \(trials.count) trials · generated \(Self.timestamp(generatedAt))</p>
            """)
        page.append(section(0, summaryHTML()))
        if spec.objectives.isMultiObjective {
            page.append(section(title: Self.paretoSectionTitles[0], paretoSectionHTML()))
            page.append(section(title: Self.paretoSectionTitles[1], hypervolumeSectionHTML()))
        }
        page.append(
            section(1, completeTrials.isEmpty ? emptyNote : "<div class=\"chart\">\(historyChart().svg())</div>"))
        page.append(
            section(
                2, completeTrials.isEmpty ? emptyNote : "<div class=\"chart\">\(parallelCoordinatesChart().svg())</div>"
            ))
        page.append(
            section(
                3,
                completeTrials.isEmpty
                    ? emptyNote
                    : """
                    <p class="muted">Fraction of the variance of the value explained by each parameter alone \
                    (Kelley's ε² over
                    rank bins: the main-effect term of functional ANOVA, Hutter, Hoos &amp; Leyton-Brown 2014, \
                    estimated from the
                    complete trials without a surrogate model). Interactions are not attributed.</p>
                    <div class="chart">\(importanceChart().svg())</div>
                    """))
        let slices =
            completeTrials.isEmpty
            ? emptyNote
            : "<div class=\"slices\">" + sliceCharts().map { "<div class=\"chart\">\($0.svg())</div>" }.joined()
                + "</div>"
        page.append(section(4, slices))
        page.append("</body></html>")
        return page.joined(separator: "\n")
    }

    private var emptyNote: String { "<p class=\"muted\">No complete trials yet.</p>" }

    private func section(_ index: Int, _ body: String) -> String { section(title: Self.sectionTitles[index], body) }

    private func section(title: String, _ body: String) -> String {
        "<section><h2>\(title)</h2>\n\(body)\n</section>"
    }

    /// A trial's parameters and user attributes (but the bookkeeping ones) under `heading` (HTML, escaped).
    private func trialTable(_ trial: Trial, heading: String) -> String {
        var html = "<table><tr><th colspan=\"2\">\(heading)</th></tr>"
        for name in trial.params.keys.sorted() {
            html +=
                "<tr><td>\(Self.escape(name))</td>"
                + "<td class=\"num\">\(Self.escape(ReportValues.describe(trial.params[name]!)))</td></tr>"
        }
        for (key, value) in TrialAttributeKeys.shown(trial.userAttributes) {
            html += "<tr><td><i>\(Self.escape(key))</i></td><td class=\"num\">\(Self.escape(value))</td></tr>"
        }
        return html + "</table>"
    }

    private func summaryHTML() -> String {
        var html = "<div class=\"columns\"><table><tr><th>State</th><th>Trials</th></tr>"
        for (state, count) in stateCounts {
            html += "<tr><td>\(state.rawValue)</td><td class=\"num\">\(count)</td></tr>"
        }
        html += "<tr><th>total</th><th class=\"num\">\(trials.count)</th></tr></table>"
        if let best = bestTrial, !spec.objectives.isMultiObjective {
            html += trialTable(
                best,
                heading: "Best trial #\(best.number): \(Self.escape(valueLabel)) = \(ReportValues.format(best.value))")
            if let recommended = recommendation, recommended.trial.number != best.number {
                html += trialTable(
                    recommended.trial,
                    heading: "Recommended trial #\(recommended.trial.number): \(Self.escape(valueLabel)) = "
                        + "\(ReportValues.format(recommended.trial.value)), predicted "
                        + "\(ReportValues.format(recommended.predictedValue)) (best GP posterior mean: the values "
                        + "are noisy)")
            }
        }
        html += "</div>"
        if spec.objectives.isMultiObjective { return html }
        let top = topTrials(10)
        guard !top.isEmpty else { return html + emptyNote }
        let names = searchedParameters.map(\.name)
        html +=
            "<table><tr><th>Rank</th><th>Trial</th><th>\(Self.escape(valueLabel))</th>"
            + names.map { "<th>\(Self.escape($0))</th>" }.joined() + "<th>Seconds</th></tr>"
        for (rank, t) in top.enumerated() {
            html +=
                "<tr><td class=\"num\">\(rank + 1)</td><td class=\"num\">\(t.number)</td>"
                + "<td class=\"num\">\(ReportValues.format(t.value))</td>"
            html += names.map { name in
                "<td class=\"num\">\(t.params[name].map { Self.escape(ReportValues.describe($0)) } ?? "–")</td>"
            }.joined()
            html += "<td class=\"num\">\(ReportValues.format(t.duration))</td></tr>"
        }
        return html + "</table>"
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
