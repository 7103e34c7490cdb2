"""Scorecards: the team's definition of good (model, storage, loaders, validation, export)."""
