"""PDF documents built with reportlab from plain data (no Qt, no SQL here except in ``data``).

Modules: ``deferred`` (reportlab's HarfBuzz and Pillow, loaded when a document first uses
them), ``fonts`` (the bundled DejaVu Sans family, registered once), ``styles`` (the one
stylesheet), ``text`` (the one escaping function), ``layout`` (page templates, branding, page
numbers, private output files), ``data`` (gathers plain dataclasses from the core), and one module
per document: ``summary``, ``brief``, ``blank_scorecard``, ``seller_report``.

Import cost: reportlab is heavy (~120 ms); only the document modules import it, and the CLI and
UI import those inside the action that needs them.
"""

from fieldride.reports import deferred

deferred.defer()  # before any document module imports reportlab (see fieldride.reports.deferred)
