"""The coaching summary as the seller reads it on screen: made in the core
(:mod:`fieldride.reports.screen_summary`) from the same data as the handout PDF, in the same
language (the seller's), so the screen carries exactly what the paper will."""

from __future__ import annotations

from fieldride.reports.screen_summary import level_text, summary_html

__all__ = ["level_text", "summary_html"]
