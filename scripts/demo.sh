#!/usr/bin/env bash
# The README's first command: ingest the bundled demo reports into the embedded database,
# list the incidents, show the most reported one, and write current-events pages and the static site.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${DATELINE_DB:-./.dateline}"
OUT="${DATELINE_OUT:-./out/portal}"
SITE="${DATELINE_SITE:-./out/site}"

./bin/dateline ingest --db "$DB" --quiet demo/reports
echo
./bin/dateline incidents --db "$DB"
echo
top=$(./bin/dateline incidents --db "$DB" --json | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const list = JSON.parse(s).sort((a, b) => b.reports.length - a.reports.length || b.claims.length - a.claims.length);
    if (list[0]) console.log(list[0].id);
  });')
if [ -n "$top" ]; then
  ./bin/dateline show --db "$DB" "$top"
  echo
fi
./bin/dateline export --db "$DB" --format md --out "$OUT"
./bin/dateline export --db "$DB" --format html --out "$SITE"
echo "Current-events pages: $OUT/news (open $OUT/news/*/*/*/index.md)"
echo "Static site: $SITE/index.html (open it in a browser, from disk: incidents with their claims ledgers, stories)"
