import LinearAlgebra

extension Dataset {
    /// A classification dataset from an IDX image file (`n × h × w`, or any `n × …`) and an IDX label file (`n`
    /// integer labels ≥ 0), the MNIST layout. Row i of X is image i flattened row-major; features keep their file
    /// values (0…255 for MNIST pixels; scale them with `MinMaxScaler` or `StandardScaler`). Classes are
    /// `0…max label`, named `"0"`, `"1"`, ….
    public static func idx(images: String, labels: String) throws(DatasetError) -> Dataset {
        try idx(
            images: IDXArray(contentsOf: images), labels: IDXArray(contentsOf: labels),
            imagesFile: images, labelsFile: labels, name: FileAccess.stem(of: images))
    }

    /// The same from arrays already in memory; the file names only label errors.
    public static func idx(
        images: IDXArray, labels: IDXArray, imagesFile: String = "<images>", labelsFile: String = "<labels>",
        name: String = "idx"
    ) throws(DatasetError) -> Dataset {
        guard images.shape.count >= 1 else {
            throw .mismatch(file: imagesFile, reason: "images need at least one dimension (the item count)")
        }
        guard labels.shape.count == 1 else {
            throw .mismatch(file: labelsFile, reason: "labels must be one-dimensional, shape is \(labels.shape)")
        }
        let n = images.shape[0]
        guard labels.shape[0] == n else {
            throw .mismatch(file: labelsFile, reason: "\(labels.shape[0]) labels for \(n) images in \(imagesFile)")
        }
        var classLabels: [Int] = []
        classLabels.reserveCapacity(n)
        for (i, value) in labels.values.enumerated() {
            guard value >= 0, value == value.rounded(), value < 1e6 else {
                throw .mismatch(file: labelsFile, reason: "label \(i) is \(value), not a non-negative integer")
            }
            classLabels.append(Int(value))
        }
        let classes = (classLabels.max() ?? -1) + 1
        let d = images.shape.dropFirst().reduce(1, *)
        let features = Matrix<Float>(rows: n, columns: d, elements: images.values)
        let featureNames =
            images.shape.count == 3
            ? (0..<d).map { "pixel_\($0 / images.shape[2])_\($0 % images.shape[2])" }
            : (0..<d).map { "x\($0)" }
        return Dataset(
            name: name, features: features, featureNames: featureNames,
            target: .classes(labels: classLabels, names: (0..<classes).map(String.init)))
    }
}
