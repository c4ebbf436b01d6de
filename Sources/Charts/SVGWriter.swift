import Foundation

/// A minimal SVG writer: elements appended as text, attribute values escaped, numbers printed compactly.
/// Every chart in the project (the HTML report, `tuner lr-find`, the examples) is drawn through it, so the
/// output is self-contained SVG 1.1 with no scripts and no external resources.
struct SVGWriter {
    private(set) var body: [String] = []
    let width: Double
    let height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// `<tag a="…" …/>` (or with text content).
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil) {
        let attrs = attributes.map { " \($0.key)=\"\(SVGWriter.escape($0.value))\"" }.joined()
        if let text {
            body.append("<\(tag)\(attrs)>\(SVGWriter.escape(text))</\(tag)>")
        } else {
            body.append("<\(tag)\(attrs)/>")
        }
    }

    mutating func raw(_ markup: String) { body.append(markup) }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil
    ) {
        var attributes =
            "x1=\"\(fmt(x1))\" y1=\"\(fmt(y1))\" x2=\"\(fmt(x2))\" y2=\"\(fmt(y2))\""
            + " stroke=\"\(stroke)\" stroke-width=\"\(fmt(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        body.append("<line \(attributes)/>")
    }

    mutating func text(
        _ s: String, x: Double, y: Double, anchor: String = "middle", size: Double = 11,
        rotate: Double? = nil, weight: String = "normal", color: String = "#222"
    ) {
        var attributes =
            "x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\" font-size=\"\(fmt(size))\""
            + " font-weight=\"\(weight)\" fill=\"\(color)\""
        if let rotate { attributes += " transform=\"rotate(\(fmt(rotate)) \(fmt(x)) \(fmt(y)))\"" }
        body.append("<text \(attributes)>\(SVGWriter.escape(s))</text>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5, opacity: Double = 1) {
        guard points.count > 1 else { return }
        let p = points.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
        body.append(
            "<polyline points=\"\(p)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(fmt(width))\""
                + " stroke-opacity=\"\(fmt(opacity))\" stroke-linejoin=\"round\"/>"
        )
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, opacity: Double = 1, title: String? = nil) {
        let head =
            "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"\(fmt(r))\" fill=\"\(fill)\""
            + " fill-opacity=\"\(fmt(opacity))\""
        if let title {
            body.append(head + "><title>\(SVGWriter.escape(title))</title></circle>")
        } else {
            body.append(head + "/>")
        }
    }

    /// An unfilled circle.
    mutating func ring(_ x: Double, _ y: Double, r: Double, stroke: String, title: String? = nil) {
        let head =
            "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"\(fmt(r))\" fill=\"none\" stroke=\"\(stroke)\""
            + " stroke-width=\"1.5\""
        body.append(head + (title.map { "><title>\(SVGWriter.escape($0))</title></circle>" } ?? "/>"))
    }

    /// A diagonal cross (×) of half-width `r`, as one path.
    mutating func cross(_ x: Double, _ y: Double, r: Double, stroke: String, title: String? = nil) {
        let d =
            "M\(fmt(x - r)),\(fmt(y - r))L\(fmt(x + r)),\(fmt(y + r))"
            + "M\(fmt(x - r)),\(fmt(y + r))L\(fmt(x + r)),\(fmt(y - r))"
        let head = "<path d=\"\(d)\" stroke=\"\(stroke)\" stroke-width=\"1.5\" fill=\"none\""
        body.append(head + (title.map { "><title>\(SVGWriter.escape($0))</title></path>" } ?? "/>"))
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String = "none") {
        body.append(
            "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(max(0, w)))\" height=\"\(fmt(max(0, h)))\""
                + " fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
        )
    }

    /// The complete document.
    func document() -> String {
        let head =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\""
            + " viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" font-family=\"Helvetica, Arial, sans-serif\">"
        return ([head, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"] + body + ["</svg>"]).joined(
            separator: "\n")
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Compact number formatting for coordinates (two decimals, no trailing zeros).
func fmt(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let s = String(format: "%.2f", x)
    var t = s
    while t.contains(".") && (t.hasSuffix("0") || t.hasSuffix(".")) { t.removeLast() }
    return t == "-0" ? "0" : t
}
