#!/usr/bin/env bash
# Renders the September 2017 key-work bulletin of the worked example to PNG pages, to look at the
# .docx layout: a fresh temp SQLite with the example and September activity
# (seed-bulletin-example.ts), `duban report bulletin` to .docx, LibreOffice to PDF, pdftoppm to
# .tmp/bulletin-png/page-N.png at 60 dpi. Needs libreoffice and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.tmp/bulletin-png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DATABASE_URL="sqlite:$work/bulletin.sqlite"

plan=$(npx tsx scripts/seed-bulletin-example.ts)
# The sources, not a possibly stale dist/ build.
node --import tsx src/cli/main.ts report bulletin --plan "$plan" --month 2017-09 \
  --kind key-work --format docx -o "$work/bulletin.docx"

rm -rf "$out" && mkdir -p "$out"
libreoffice --headless -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "$work/bulletin.docx" >/dev/null
pdftoppm -png -r 60 "$work/bulletin.pdf" "$out/page"
cp "$work/bulletin.docx" "$work/bulletin.pdf" "$out/"
ls "$out"
