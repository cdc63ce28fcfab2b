#!/usr/bin/env bash
# Renders the September 2017 key-work bulletin of the worked example to PNG pages, to look at the
# .docx layout: a fresh temp SQLite with the example and September activity
# (seed-bulletin-example.ts), `duban report bulletin --issue 2017-10-09` (第1期, signed and printed
# on 9 October 2017) to .docx, LibreOffice to PDF, pdftoppm to .tmp/bulletin-png/page-N.png at
# 60 dpi. Prints the page count. Needs LibreOffice (soffice) and poppler-utils (pdfinfo, pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.tmp/bulletin-png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DATABASE_URL="sqlite:$work/bulletin.sqlite"

plan=$(npx tsx scripts/seed-bulletin-example.ts)
# The sources, not a possibly stale dist/ build.
node --import tsx src/cli/main.ts report bulletin --plan "$plan" --month 2017-09 \
  --kind key-work --issue 2017-10-09 --format docx -o "$work/bulletin.docx"

soffice=$(command -v soffice || command -v libreoffice)
rm -rf "$out" && mkdir -p "$out"
"$soffice" --headless -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "$work/bulletin.docx" >/dev/null 2> >(grep -v javaldx >&2)
pdftoppm -png -r 60 "$work/bulletin.pdf" "$out/page"
cp "$work/bulletin.docx" "$work/bulletin.pdf" "$out/"
ls "$out"
echo "pages: $(pdfinfo "$work/bulletin.pdf" | awk '/^Pages:/ { print $2 }')"
