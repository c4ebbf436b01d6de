#define HAVE_LAPACK_CONFIG_H
#define LAPACK_COMPLEX_STRUCTURE
#define FORCE_OPENBLAS_COMPLEX_STRUCT
#include <cblas.h>
#include <lapacke.h>
