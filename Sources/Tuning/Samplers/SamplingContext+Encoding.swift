/// The history in the unit cube, as a GP-based sampler consumes it (see `UnitCubeEncoding`).
extension SamplingContext {
    /// Training data for a surrogate model of the loss on the unit cube.
    public struct EncodedHistory: Sendable {
        /// n × D: the encoded complete trials (and failed ones under `.worstObserved`), in number order.
        public var x: [[Double]]
        /// n losses (value, negated when maximizing; failed trials at the worst observed loss).
        public var y: [Double]
        /// The encoded running and waiting trials: condition on them (kriging believer, fantasies) so
        /// that parallel proposals spread out.
        public var pending: [[Double]]
        /// Every point already in the history (complete, failed, pruned, pending): a proposal equal to one
        /// of these (after `UnitCubeEncoding.project`) is a duplicate.
        public var visited: Set<[Double]>
    }

    /// The history encoded with `encoding`.
    public func encodedHistory(_ encoding: UnitCubeEncoding) -> EncodedHistory {
        let observations = completedObservations()
        let visited = Set(trials.filter { !$0.params.isEmpty }.map { encoding.encode($0.params) })
        return EncodedHistory(
            x: observations.map { encoding.encode($0.trial.params) }, y: observations.map(\.loss),
            pending: pendingTrials.map { encoding.encode($0.params) }, visited: visited)
    }
}
