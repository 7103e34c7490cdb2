"""Reference: the same full-text search as ``fieldride search`` in a bare sqlite3 script.

    python benchmarks/bare_search.py DB_FILE STATEMENTS.json

``STATEMENTS.json`` holds the SELECT statements FieldRide's search ran for the term, with their
parameters bound in (the harness captures them with sqlite3's trace callback). This script
imports nothing but the standard library, opens the file read-only, runs each statement,
fetches every row and prints one line per row, as the command does. On stderr, one JSON line:
the time of the statements alone (``query_ms``: the result time) and the row count.
"""

import json
import sqlite3
import sys
import time

db_file, statements_file = sys.argv[1], sys.argv[2]
with open(statements_file, encoding="utf-8") as fh:
    statements = json.load(fh)
con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
t0 = time.perf_counter()
rows = []
for sql in statements:
    rows.extend(con.execute(sql).fetchall())
query_ms = (time.perf_counter() - t0) * 1000
for row in rows:
    print(*row)
con.close()
print(json.dumps({"query_ms": query_ms, "rows": len(rows)}), file=sys.stderr)
