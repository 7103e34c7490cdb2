"""Reference: the same export as ``fieldride export`` in a bare sqlite3 + csv / openpyxl script.

    python benchmarks/bare_export.py csv|xlsx DB_FILE STATEMENTS.json OUT

``STATEMENTS.json`` maps each table (rides, observations, commitments) to its column titles
and the SELECT statement FieldRide's export ran for it, parameters bound in (the harness
captures them with sqlite3's trace callback), so the rows and their order are the same. This
script imports nothing of FieldRide: it opens the file read-only and writes each row as SQLite
returns it, streaming: CSV as three files ``OUT-<table>.csv`` (UTF-8 with BOM), XLSX as one
write-only workbook with a sheet per table. What it leaves out on purpose is what the app adds
per cell: labels for codes, formula neutralisation, control characters removed for XLSX, the
partial file renamed into place.
"""

import csv
import json
import sqlite3
import sys

fmt, db_file, statements_file, out = sys.argv[1:5]
with open(statements_file, encoding="utf-8") as fh:
    tables = json.load(fh)
con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
if fmt == "csv":
    for name, table in tables.items():
        with open(f"{out}-{name}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(table["columns"])
            writer.writerows(con.execute(table["sql"]))
else:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, table in tables.items():
        sheet = wb.create_sheet(name.capitalize())
        sheet.append(table["columns"])
        for row in con.execute(table["sql"]):
            sheet.append(row)
    wb.save(out)
con.close()
