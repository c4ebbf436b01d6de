import LinearAlgebra
import Randomness

/// Mini-batch training of a `Network` under a `TrainingConfig`.
///
/// One epoch: shuffle the row order with the seeded shuffle stream; for each mini-batch of B rows (the last one
/// may be shorter): gather X_B and T_B into preallocated buffers, forward, loss and ∂L/∂Z, backward (GEMMs into the
/// layers' workspaces), add the L1/L2 gradient terms on the weight prefix, clip by global norm, optimizer step.
/// Nothing in that loop allocates: every buffer is sized once, before the first epoch, for the full batch size
/// (checked with valgrind: `tuner bench nn --case digits --warmup 0 --all-features --epochs 1` and `--epochs 3`
/// differ by 4 heap allocations, all per-epoch bookkeeping, for 46 more mini-batches).
///
/// After each epoch: validation loss and metric (when validation data is given), the learning-rate schedule and
/// early stopping observe the monitored loss, and the callback may stop training. A NaN or infinite loss ends
/// training with `.diverged(epoch:)`. The OpenBLAS thread count is left as the caller set it.
///
/// Random streams, all derived from `config.seed`: weights (via `Network(spec:seed:)`), shuffling and dropout.
public struct Trainer<Scalar: NetworkScalar> {
    public let config: TrainingConfig

    /// A trainer for a validated `config` (throws naming the bad field).
    public init(config: TrainingConfig) throws(ConfigurationError) {
        try config.validate()
        self.config = config
    }

    /// Builds `Network(spec:seed: config.seed)` and trains it; the tuner and CLI build networks only this way.
    public static func fit(
        spec: NetworkSpec, config: TrainingConfig, inputs: Matrix<Scalar>,
        targets: TrainingTargets<Scalar>,
        validation: (inputs: Matrix<Scalar>, targets: TrainingTargets<Scalar>)? = nil,
        onEpoch: (EpochReport) -> TrainingDecision = { _ in .continue }
    ) throws(ConfigurationError) -> (network: Network<Scalar>, result: TrainingResult) {
        let trainer = try Trainer(config: config)
        let network = try Network<Scalar>(spec: spec, seed: config.seed)
        let result = try trainer.train(
            network, inputs: inputs, targets: targets, validation: validation,
            onEpoch: onEpoch)
        return (network, result)
    }

    /// Trains `network` in place on `inputs` (n×d) and `targets` (n rows); see the type's documentation.
    public func train(
        _ network: Network<Scalar>, inputs: Matrix<Scalar>, targets: TrainingTargets<Scalar>,
        validation: (inputs: Matrix<Scalar>, targets: TrainingTargets<Scalar>)? = nil,
        onEpoch: (EpochReport) -> TrainingDecision = { _ in .continue }
    ) throws(ConfigurationError) -> TrainingResult {
        precondition(
            inputs.columns == network.inputSize,
            "Trainer: inputs are \(inputs.rows)×\(inputs.columns), the network takes \(network.inputSize) "
                + "columns")
        precondition(
            targets.count == inputs.rows,
            "Trainer: \(inputs.rows) input rows but \(targets.count) targets")
        guard inputs.rows > 0 else { throw .invalid(parameter: "inputs", reason: "no training rows") }
        guard inputs.withUnsafeBufferPointer({ Scalar._allFinite($0.baseAddress!, count: $0.count) }) else {
            throw .invalid(parameter: "inputs", reason: "inputs contain NaN or infinity")
        }
        let (n, d, k) = (inputs.rows, network.inputSize, network.outputSize)
        let loss = config.loss ?? network.spec.defaultLoss
        let targetMatrix = try targets.matrix(outputs: k, parameter: "targets")
        let validationData = try validation.map { v throws(ConfigurationError) in
            precondition(
                v.inputs.columns == d && v.targets.count == v.inputs.rows,
                "Trainer: validation inputs \(v.inputs.rows)×\(v.inputs.columns), \(v.targets.count) targets")
            return (inputs: v.inputs, targets: try v.targets.matrix(outputs: k, parameter: "validation.targets"))
        }

        // Everything the batch loop touches is allocated here, once.
        let batchSize = Swift.min(config.batchSize, n)
        let optimizer: any Optimizer<Scalar> = config.optimizer.make(parameterCount: network.parameterCount)
        var order = Array(0..<n)
        var streams = Xoshiro256StarStar(seed: config.seed ^ 0x7472_6169_6E65_72)  // "trainer"
        var shuffleRNG = streams.split()
        var dropoutRNG = streams.split()
        var scheduler = LearningRateScheduler(schedule: config.schedule, baseRate: config.learningRate)
        var monitor = EarlyStoppingMonitor(config.earlyStopping)
        let restore = config.earlyStopping?.restoreBestWeights ?? false
        let best =
            restore
            ? (
                ScalarBuffer<Scalar>(count: network.parameterCount),
                ScalarBuffer<Scalar>(count: network.state.count)
            ) : nil
        let pass = MiniBatchPass(
            network: network, loss: loss, batchSize: batchSize,
            step: RegularizedStep(
                l1: config.l1, l2: config.l2, clipNorm: config.gradientClipNorm,
                network: network, optimizer: optimizer))

        var history: [EpochReport] = []
        var status = TrainingStatus.completed
        epochs: for epoch in 1...config.epochs {
            let started = GEMMStopwatch.now()
            let learningRate = scheduler.rate(epoch: epoch)
            order.shuffle(using: &shuffleRNG)
            let meanLoss = pass.run(
                inputs: inputs, targets: targetMatrix, order: order,
                learningRate: Scalar(learningRate), dropout: &dropoutRNG)
            guard let meanLoss, Scalar._allFinite(network.parameters.pointer, count: network.parameterCount) else {
                status = .diverged(epoch: epoch)
                break epochs
            }
            var report = EpochReport(
                epoch: epoch, trainingLoss: meanLoss, validationLoss: nil,
                validationMetric: nil, learningRate: learningRate, seconds: 0)
            if let v = validationData {
                let evaluation = network.evaluate(v.inputs, targetMatrix: v.targets, loss: loss)
                guard evaluation.loss.isFinite else {
                    status = .diverged(epoch: epoch)
                    break epochs
                }
                (report.validationLoss, report.validationMetric) = (evaluation.loss, evaluation.metric)
            }
            report.seconds = GEMMStopwatch.now() - started
            history.append(report)

            let monitored = report.validationLoss ?? report.trainingLoss
            scheduler.observe(loss: monitored)
            let (improved, stopEarly) = monitor.record(loss: monitored, epoch: epoch)
            if improved, let best {
                best.0.pointer.update(from: network.parameters.pointer, count: network.parameterCount)
                best.1.pointer.update(from: network.state.pointer, count: network.state.count)
            }
            let decision = onEpoch(report)
            if stopEarly {
                status = .earlyStopped(epoch: epoch)
                break
            }
            if decision == .stop {
                status = .stopped(epoch: epoch)
                break
            }
        }

        var restored = false
        if let best, let bestEpoch = monitor.bestEpoch, bestEpoch != history.last?.epoch || status != .completed {
            network.parameters.pointer.update(from: best.0.pointer, count: network.parameterCount)
            network.state.pointer.update(from: best.1.pointer, count: network.state.count)
            restored = true
        }
        return TrainingResult(
            status: status, history: history, bestEpoch: monitor.bestEpoch,
            bestLoss: monitor.bestEpoch == nil ? nil : monitor.bestLoss,
            restoredBestWeights: restored)
    }
}
