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

# Markdown as a PDF converter writes it (headings, paragraphs, pipe tables), from the corpus's tab-separated text of
# 自然资源与生态环境局 2023 (the same report as 02's web page): every run of table rows one pipe table.
# The derived text has only the article's body: the title, as the page shows it, leads the markdown.
python3 - "$corpus/05-pingtan-zrz-2023.tsv.txt" "$here/02-pingtan-zrz-2023.md" "平潭综合实验区自然资源与生态环境局2023年政府信息公开工作年度报告" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[2:]
out, in_table = ["# " + sys.argv[3]], False
for line in lines:
    if "\t" in line:
        cells = [c.strip().replace("|", "\\|") for c in line.split("\t")]
        if not in_table:
            out += ["", "| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]
            in_table = True
        else:
            out.append("| " + " | ".join(cells) + " |")
        continue
    in_table = False
    text = line.strip()
    if not text:
        continue
    heading = re.match(r"^[一二三四五六]、", text) and len(text) < 30
    out += ["", ("## " if heading else "") + text]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).lstrip("\n") + "\n")
PY
