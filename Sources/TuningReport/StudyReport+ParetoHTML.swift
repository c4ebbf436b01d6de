import Foundation
import Tuning

/// The HTML of the report's sections on a study with several objectives (charts: `StudyReport+Pareto.swift`).
extension StudyReport {
    /// `Direction: minimize value`, or for several objectives or constraints `Objectives: maximize accuracy,
    /// minimize latency_ms; constraints: latency_ms <= 20`.
    var objectivesText: String {
        let objectives = spec.objectives
        guard !objectives.isSingleValued else { return "Direction: \(spec.direction.rawValue) \(valueLabel)" }
        var text =
            "Objectives: " + objectives.objectives.map { "\($0.direction.rawValue) \($0.name)" }.joined(separator: ", ")
        if !objectives.constraints.isEmpty {
            text += "; constraints: " + objectives.constraints.map(\.description).joined(separator: ", ")
        }
        return text
    }

    /// The front as an HTML table: trial, every metric the study needs, every searched parameter.
    func paretoTableHTML() -> String {
        let objectives = spec.objectives
        let metrics = objectives.requiredMetrics
        let names = searchedParameters.map(\.name)
        var html =
            "<table><tr><th>Trial</th>" + metrics.map { "<th>\(Self.escape($0))</th>" }.joined()
            + names.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>"
        for t in pareto.front {
            html += "<tr><td class=\"num\">\(t.number)</td>"
            html += metrics.map {
                "<td class=\"num\">\(ReportValues.format(objectives.value(of: $0, in: t)))</td>"
            }.joined()
            html += names.map { name in
                "<td class=\"num\">\(t.params[name].map { Self.escape(ReportValues.describe($0)) } ?? "–")</td>"
            }.joined()
            html += "</tr>"
        }
        return html + "</table>"
    }

    /// The body of the "Pareto front" section: a note on what is plotted, the scatter plots and the table.
    func paretoSectionHTML() -> String {
        let pareto = pareto
        guard !pareto.front.isEmpty else { return "<p class=\"muted\">No feasible trial completed yet.</p>" }
        var note =
            "\(pareto.front.count) trial\(pareto.front.count == 1 ? "" : "s") on the front (complete, feasible, "
            + "not dominated by another)"
        if let line = pareto.feasibilityLine { note += ". " + line }
        let charts = paretoCharts().map { "<div class=\"chart\">\($0.svg())</div>" }.joined()
        // One scatter plot has the table beside it; the pairs of three objectives fill a row above it.
        let layout = objectivePairs.count == 1 ? "columns" : "slices"
        return "<p class=\"muted\">\(Self.escape(note)).</p>\n<div class=\"\(layout)\">"
            + charts + (objectivePairs.count == 1 ? paretoTableHTML() + "</div>" : "</div>\n" + paretoTableHTML())
    }

    /// The body of the "Hypervolume" section.
    func hypervolumeSectionHTML() -> String {
        guard pareto.reference != nil else { return "<p class=\"muted\">No feasible trial completed yet.</p>" }
        return """
            <p class="muted">The area (volume) of the objective space that the feasible trials so far dominate, \
            bounded by the reference point: the worst value of each objective among all complete feasible trials. \
            It never decreases; flat stretches are trials that did not improve the front.</p>
            <div class="chart">\(hypervolumeChart().svg())</div>
            """
    }
}
