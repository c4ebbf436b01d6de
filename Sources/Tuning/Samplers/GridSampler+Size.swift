/// The size of a grid, counted before any point is built, so that an unservable grid is refused before a study
/// is created or anything runs.
extension GridSampler {
    /// Checks the grid for `space` without building any point: listed values inside their domain, every float
    /// listed, no int range of more than `maximumPoints` values, and at most `maximumPoints` points in all
    /// (`pointCount(of:)`). Lets a caller refuse an unservable grid before a study is created or anything runs.
    public func checkAxes(of space: SearchSpace) throws {
        _ = try pointCount(of: space)
    }

    /// The number of points of the grid for `space`, counted without building them: the count `points(of:)`
    /// returns. A parameter multiplies the count of the assignments where it is active by its axis' size, so
    /// only the values of condition parents (categoricals) need to be told apart: the partial assignments are
    /// kept projected on the parents, each with its multiplicity, and never exceed `maximumPoints` in number.
    /// - Throws: `GridError.tooLarge` naming the first parameter that takes the count past `maximumPoints`,
    ///   and the errors of the axes (`checkAxes`).
    public func pointCount(of space: SearchSpace) throws -> Int {
        try pointCount(of: space, floatPoints: nil)
    }

    /// `checkAxes` for this grid once every float parameter without listed values gets `points` values (the
    /// `points` option of the sampler registry), before those values are made: a float is never a condition's
    /// parent, so only its number of values counts.
    public func checkSize(of space: SearchSpace, floatPoints points: Int) throws {
        _ = try pointCount(of: space, floatPoints: points)
    }

    /// `pointCount(of:)`, a float without listed values counting `floatPoints` values when given.
    private func pointCount(of space: SearchSpace, floatPoints: Int?) throws -> Int {
        let axes = try self.axes(of: space, floatPoints: floatPoints)
        let parents = Set(space.parameters.compactMap { $0.condition?.parent })
        var partial: [Parameters: Int] = [[:]: 1]
        for p in space.parameters {
            let axis = axes[p.name]!
            var next: [Parameters: Int] = [:]
            var count = 0
            for (assignment, multiplicity) in partial {
                let active = space.isActive(p, in: assignment)
                let (product, overflow) = multiplicity.multipliedReportingOverflow(by: active ? axis.count : 1)
                count += product
                guard !overflow, count <= Self.maximumPoints else {
                    throw GridError.tooLarge(parameter: p.name, limit: Self.maximumPoints)
                }
                guard active, parents.contains(p.name) else {
                    next[assignment, default: 0] += product
                    continue
                }
                for v in axis.values {
                    var a = assignment
                    a[p.name] = v
                    next[a, default: 0] += multiplicity
                }
            }
            partial = next
        }
        return partial.values.reduce(0, +)
    }
}
