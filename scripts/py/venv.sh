# Sourced by scripts/compare-peers, scripts/plot and scripts/bench-kernels: the Python side lives in .venv/
# (git-ignored) at the repository root ($ROOT); paths given by the user stay relative to their directory.
# `ensure_venv` creates it; `ensure_module MODULE PIP-NAME...` installs
# the packages when MODULE does not import, and says so (without stopping) when they will not install;
# `ensure_torch` installs the CPU wheel of PyTorch from /opt/wheels (PyPI's torch is the CUDA build).
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
VENV_PYTHON="$ROOT/.venv/bin/python"
VENV_PIP="$ROOT/.venv/bin/pip"

ensure_venv() {
  if [ ! -x "$VENV_PYTHON" ]; then
    echo "creating .venv/ ..." >&2
    python3 -m venv "$ROOT/.venv" || { echo "error: python3 -m venv failed (install python3-venv)" >&2; exit 1; }
  fi
}

ensure_module() {
  local module="$1"; shift
  "$VENV_PYTHON" -c "import $module" 2>/dev/null && return 0
  echo "installing $* into .venv/ ..." >&2
  if ! "$VENV_PIP" install -q "$@" >&2 || ! "$VENV_PYTHON" -c "import $module" 2>/dev/null; then
    echo "WARNING: could not install $* ($module does not import); what needs it is skipped." >&2
    return 1
  fi
}

ensure_torch() {
  "$VENV_PYTHON" -c "import torch" 2>/dev/null && return 0
  echo "installing torch 2.13.0+cpu from /opt/wheels into .venv/ ..." >&2
  PIP_FIND_LINKS=/opt/wheels "$VENV_PIP" install -q --no-deps torch==2.13.0+cpu filelock typing-extensions \
    sympy mpmath networkx jinja2 markupsafe fsspec >&2 2>/dev/null || true
  if ! "$VENV_PYTHON" -c "import torch" 2>/dev/null; then
    echo "WARNING: PyTorch CPU could not be installed (needs the wheel in /opt/wheels); what needs it is skipped." >&2
    return 1
  fi
}
