import LinearAlgebra

extension Network {
    /// The mean `loss` and the task's metric — accuracy for classification, R² (over all outputs) for
    /// regression — of the network on `inputs` against an n×K target matrix in the loss's layout.
    func evaluate(_ inputs: Matrix<Scalar>, targetMatrix: Matrix<Scalar>, loss: Loss) -> (loss: Double, metric: Double)
    {
        let z = outputs(inputs)
        let value = z.withUnsafeBufferPointer { zp in
            targetMatrix.withUnsafeBufferPointer { tp in
                loss.evaluate(
                    output: zp.baseAddress!, target: tp.baseAddress!, rows: z.rows, columns: z.columns,
                    gradient: nil)
            }
        }
        switch spec.task {
        case .classification:
            let truth =
                outputSize == 1 ? targetMatrix.elements.map { $0 > 0.5 ? 1 : 0 } : classes(fromOutputs: targetMatrix)
            return (value, ClassificationMetrics.accuracy(predicted: classes(fromOutputs: z), actual: truth))
        case .regression:
            return (value, RegressionMetrics.r2(predicted: z.elements, actual: targetMatrix.elements))
        }
    }

    /// The mean loss (the spec's default loss unless given) and metric (accuracy or R²) on labelled data.
    public func evaluate(
        inputs: Matrix<Scalar>, targets: TrainingTargets<Scalar>,
        loss: Loss? = nil
    ) throws(ConfigurationError) -> (loss: Double, metric: Double) {
        precondition(inputs.rows == targets.count, "evaluate: \(inputs.rows) input rows but \(targets.count) targets")
        let matrix = try targets.matrix(outputs: outputSize, parameter: "targets")
        return evaluate(inputs, targetMatrix: matrix, loss: loss ?? spec.defaultLoss)
    }
}
