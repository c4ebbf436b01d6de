/// A model file of format version 1, byte for byte as `tuner train --dataset iris --layers 2 --epochs 1 --seed 0`
/// writes it (JSON with sorted keys, on one line; cut into pieces here only to keep the source narrow).
enum ModelFixture {
    static let irisVersion1 = [
        #"{"classNames":["setosa","versicolor","virginica"],"dataset":"iris","featureNames":["sepal length"#,
        #" (cm)","sepal width (cm)","petal length (cm)","petal width (cm)"],"formatVersion":1,"network":{""#,
        #"formatVersion":1,"parameters":[-0.65019625,0.93445694,-0.43789986,1.0723876,0.14177988,-0.107578"#,
        #"72,0.65119797,1.554739,-1.3755459,-1.6971064,1.4214606,1.2423826,0.16593473,0.38911498,-0.001989"#,
        #"6012,-0.0019823248,-0.0019463135,0.0020009894,-0.001956524],"spec":{"activation":{"relu":{}},"ba"#,
        #"tchNorm":false,"dropout":0,"hiddenLayers":[2],"initializer":"he-normal","inputSize":4,"outputSiz"#,
        #"e":3,"task":"classification"},"state":[]},"scaler":{"mean":[5.84,3.0491667,3.7608333,1.1966667],"#,
        #""scale":[0.7991037,0.43665314,1.7460096,0.7585]},"targetName":"target","training":{"batchSize":6"#,
        #"4,"epochs":1,"l1":0,"l2":0,"learningRate":0.001,"optimizer":{"adam":{"beta1":0.9,"beta2":0.999,""#,
        #"epsilon":1e-08}},"schedule":{"constant":{}},"seed":0}}"#,
    ].joined()
}
