#!/usr/bin/env bash
# A new user's first minute: in a brand-new virtual environment (no extras, no test tools),
# run the README's first command exactly as written, on an empty data folder, and check that
# the window opened on the welcome page with no traceback anywhere (output or log file).
#
# The window quits by itself once its first page is up (KPIDESK_STARTUP_QUIT, see
# kpidesk/ui/startup_trace.py); Qt draws offscreen unless DISPLAY is set.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python -m venv "$tmp/venv"
command=$(python .ci/readme_command.py 1)
echo "in a new virtual environment: $command"

(
  # Only what a user's shell has: the new environment first on PATH, nothing of ours imported.
  unset PYTHONPATH VIRTUAL_ENV
  export PATH="$tmp/venv/bin:$PATH"
  export HOME="$tmp/home" KPIDESK_DATA_DIR="$tmp/data"
  export KPIDESK_STARTUP_TRACE="$tmp/trace.txt" KPIDESK_STARTUP_QUIT=1
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  mkdir -p "$HOME"
  timeout 600 bash -c "$command"
) >"$tmp/output.txt" 2>&1 || {
  status=$?
  tail -n 40 "$tmp/output.txt" >&2
  echo "fresh install: the README's first command failed (exit $status); output above" >&2
  exit 1
}

problems=0
if grep -nE "Traceback|ModuleNotFoundError|ImportError" "$tmp/output.txt" >&2; then
  echo "fresh install: a traceback or a missing module in the output (above)" >&2
  problems=1
fi
log=$(find "$tmp/home" -name kpidesk.log -print -quit)
if [ -n "$log" ] && grep -nE "Traceback|ERROR" "$log" >&2; then
  echo "fresh install: errors in the log file $log (above)" >&2
  problems=1
fi
if ! grep -q "^mapped " "$tmp/trace.txt" 2>/dev/null || ! grep -q "^welcome " "$tmp/trace.txt"; then
  echo "fresh install: the window did not show the welcome page (trace: $(cat "$tmp/trace.txt" 2>/dev/null))" >&2
  problems=1
fi
[ -s "$tmp/data/kpidesk.db" ] || { echo "fresh install: no database in the empty data folder" >&2; problems=1; }
[ "$problems" = 0 ] || exit 1
echo "fresh install: the window opened on the welcome page of a new database; no traceback"
