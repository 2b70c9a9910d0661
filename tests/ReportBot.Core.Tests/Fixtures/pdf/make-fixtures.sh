#!/bin/sh
# Regenerates the PDF fixtures: real PDFs printed from the corpus's saved web pages (headless Chromium) and
# converted from ReportBot's own .docx of the seed report (LibreOffice), each with its pdftotext output without and
# with -layout. Needs chromium, soffice, pdftotext and the .NET SDK; CI does not run this, it reads the committed files.
# Run from the repository root: sh tests/ReportBot.Core.Tests/Fixtures/pdf/make-fixtures.sh
set -eu
here=tests/ReportBot.Core.Tests/Fixtures/pdf
corpus=../shared/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for name in 01-pingtan-quanqu-2025 02-pingtan-zrz-2023 03-pingtan-hzs-2024; do
  # No network: the saved pages load scripts and styles from the site, which must not hold the print up.
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --no-pdf-header-footer \
    --virtual-time-budget=2000 --print-to-pdf="$here/$name.pdf" "file://$(realpath "$corpus/$name.html")" 2>/dev/null
done

# The seed report typed into the chat, exported as the .docx ReportBot sends, converted as an office would.
dotnet run --project src/ReportBot -- chat --db "$work/seed.db" --documents "$work/docs" \
  < tests/ReportBot.Core.Tests/Fixtures/jiaozuo-2023.chat.txt > /dev/null
dotnet run --project src/ReportBot -- export --db "$work/seed.db" --report 1 --format docx --out "$work/seed-docx.docx"
soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$work/seed-docx.docx" > /dev/null
cp "$work/seed-docx.pdf" "$here/seed-docx.pdf"

for pdf in "$here"/*.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.txt"
  pdftotext -enc UTF-8 -layout "$pdf" "${pdf%.pdf}.layout.txt"
done
