// Gaussian-process regression for Bayesian optimization. See ARCHITECTURE.md.
