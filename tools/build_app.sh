#!/usr/bin/env bash
# Build the one-folder app dist/kpidesk/ with PyInstaller and smoke-test it in a clean
# environment (no Python path, no virtualenv, an empty home): --version, demo, kpis --json, and
# the window (offscreen) saving a picture of itself.  Prints the size and start-up times.
#
#   tools/build_app.sh            build, then test
#   tools/build_app.sh --test     test an existing dist/kpidesk/ only
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--test" ]; then
  [ -f resources/icons/kpidesk.ico ] || python tools/make_icons.py  # committed; rebuild if gone
  python tools/i18n.py compile
  start=$(date +%s)
  pyinstaller --noconfirm --clean --log-level WARN pyinstaller.spec
  echo "build: $(( $(date +%s) - start )) s"
fi

app="$PWD/dist/kpidesk/kpidesk"
[ -x "$app" ] || { echo "no app at $app" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A clean environment: what a user's double-click gives, minus a display (offscreen here).
clean=(env -i "HOME=$tmp" "PATH=/usr/bin:/bin" "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8")

seconds() { python3 -c 'import sys,time; print(f"{time.time()-float(sys.argv[1]):.2f}")' "$1"; }
now() { python3 -c 'import time; print(time.time())'; }

t=$(now); version=$("${clean[@]}" "$app" --version); echo "--version: $version ($(seconds "$t") s)"
case "$version" in KPIDesk\ *) ;; *) echo "unexpected --version output" >&2; exit 1 ;; esac

t=$(now); "${clean[@]}" "$app" --db "$tmp/x.db" demo >"$tmp/demo.txt"
echo "demo: $(head -n1 "$tmp/demo.txt") ($(seconds "$t") s)"

t=$(now); "${clean[@]}" "$app" --db "$tmp/x.db" kpis --json >"$tmp/kpis.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d, "empty KPI output"' \
  "$tmp/kpis.json"
echo "kpis --json: $(wc -c <"$tmp/kpis.json") bytes of JSON ($(seconds "$t") s)"

"${clean[@]}" "$app" --lang nl --db "$tmp/x.db" kpis | head -n 3

t=$(now)
"${clean[@]}" "$app" --lang nl --db "$tmp/x.db" --view dashboard --screenshot "$tmp/window.png"
[ -s "$tmp/window.png" ] || { echo "the window did not draw itself" >&2; exit 1; }
echo "window: opened, drew the dashboard and closed ($(seconds "$t") s)"
mkdir -p build && cp "$tmp/window.png" build/smoke-window.png

# A team database: the bundle carries the PostgreSQL driver and opens a postgresql+psycopg://
# address (the local server in CI, which CI=true requires; skipped elsewhere without one).
PG_ADMIN="${KPIDESK_SMOKE_PG:-postgresql://postgres@localhost/postgres}"
if psql "$PG_ADMIN" -Atqc "SELECT 1" >/dev/null 2>&1; then
  team="kpidesk_smoke_$$"
  psql "$PG_ADMIN" -qc "CREATE DATABASE $team" >/dev/null
  trap 'psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $team WITH (FORCE)" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
  url="postgresql+psycopg://postgres@localhost/$team"
  t=$(now); "${clean[@]}" "$app" --db "$url" demo >"$tmp/team-demo.txt"
  "${clean[@]}" "$app" --db "$url" kpis --json >"$tmp/team-kpis.json"
  cmp -s <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("generated_at", None); print(json.dumps(d, sort_keys=True))' "$tmp/kpis.json") \
         <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("generated_at", None); print(json.dumps(d, sort_keys=True))' "$tmp/team-kpis.json") \
    || { echo "the team database gave other KPI figures than the file for the same demo" >&2; exit 1; }
  "${clean[@]}" "$app" --lang nl --db "$url" --view dashboard --screenshot "$tmp/team-window.png"
  [ -s "$tmp/team-window.png" ] || { echo "the window did not draw the team database" >&2; exit 1; }
  echo "team database: demo, kpis --json (the same figures as the file) and the window ($(seconds "$t") s)"
elif [ "${CI:-}" = "true" ]; then
  echo "no PostgreSQL server answers at $PG_ADMIN; CI needs one for the team database smoke test" >&2
  exit 1
else
  echo "team database: skipped (no PostgreSQL server at $PG_ADMIN)"
fi

echo "size: $(du -sh dist/kpidesk | cut -f1)"
for sub in resources/i18n resources/icons kpidesk/data/migrations; do
  find dist/kpidesk -path "*$sub*" -print -quit | grep -q . || { echo "missing $sub" >&2; exit 1; }
done
echo "smoke test passed"
