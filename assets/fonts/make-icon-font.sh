#!/usr/bin/env bash
# Makes assets/fonts/loket-icons.ttf: the dozen icons Loket draws, cut from Lucide's icon
# font (ISC licence, assets/fonts/LUCIDE-LICENSE.txt) with fontTools' subsetter. Embedded like
# the text font, the icons need no SVG renderer (which scanned the system fonts a second
# time at start-up). Run it again to change the set; src/ui/icons.rs names the code points.
# Needs npm and python3 (pip installs fonttools if missing).
set -euo pipefail
cd "$(dirname "$0")"
version=1.62.0
names=(circle-check clock circle-x video globe copy chevron-left mail triangle-alert info volume-2 printer phone smartphone)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "lucide-static@$version" >/dev/null && tar xzf "lucide-static-$version.tgz")
python3 -c "import fontTools" 2>/dev/null || pip install --quiet fonttools
unicodes=$(python3 - "$work/package/font/codepoints.json" "${names[@]}" <<'PY'
import json, sys
codes = json.load(open(sys.argv[1]))
print(",".join("U+%04X" % codes[name] for name in sys.argv[2:]))
PY
)
pyftsubset "$work/package/font/lucide.ttf" --unicodes="$unicodes" --layout-features='' \
    --no-hinting --output-file=loket-icons.ttf
cp "$work/package/LICENSE" LUCIDE-LICENSE.txt
echo "loket-icons.ttf: ${names[*]} ($unicodes)"
