import Foundation

/// A CSV file shaped like the Palmer penguins data (Horst, Hill & Gorman, 2020): three species with their
/// islands, bill, flipper and body-mass measurements drawn around each species' published means, a `sex` text
/// column and a `year`, with missing cells written as `NA`, as empty cells and as `?`. The species are learnable
/// from the measurements. Drawn from the generator the caller gives, so a seed gives the same file.
public enum PenguinsLikeCSV {
    public static let header = "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year"

    /// Per species: its islands, and mean and standard deviation of bill length, bill depth, flipper length and
    /// body mass.
    static let species: [(name: String, islands: [String], means: [Double], deviations: [Double])] = [
        ("Adelie", ["Torgersen", "Biscoe", "Dream"], [38.8, 18.3, 190, 3700], [2.6, 1.2, 6.5, 450]),
        ("Chinstrap", ["Dream"], [48.8, 18.4, 196, 3733], [3.3, 1.1, 7.1, 380]),
        ("Gentoo", ["Biscoe"], [47.5, 15.0, 217, 5076], [3.1, 1.0, 6.5, 500]),
    ]

    /// `rows` data rows after the header; each numeric or `sex` cell is missing with probability `missingRate`
    /// (as `NA`, empty or `?` in turn), the species never.
    public static func text(rows: Int, missingRate: Double = 0.05, using rng: inout some RandomNumberGenerator)
        -> String
    {
        let markers = ["NA", "", "?"]
        var markerIndex = 0
        func uniform() -> Double { Double(rng.next() >> 11) * 0x1p-53 }
        func normal() -> Double {
            let u = max(uniform(), 0x1p-53)
            return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * uniform())
        }
        func maybeMissing(_ cell: String) -> String {
            guard uniform() < missingRate else { return cell }
            defer { markerIndex += 1 }
            return markers[markerIndex % markers.count]
        }
        var lines = [header]
        for i in 0..<rows {
            let s = species[i % species.count]
            let island = s.islands[Int(uniform() * Double(s.islands.count)) % s.islands.count]
            var fields = [s.name, island]
            for (j, (mean, deviation)) in zip(s.means, s.deviations).enumerated() {
                let value = mean + deviation * normal()
                fields.append(maybeMissing(j < 2 ? String(format: "%.1f", value) : String(Int(value.rounded()))))
            }
            fields.append(maybeMissing(uniform() < 0.5 ? "male" : "female"))
            fields.append(String(2007 + i % 3))
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
