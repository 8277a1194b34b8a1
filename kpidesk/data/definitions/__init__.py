"""The KPI families, each defined once: which rows count, as SQL conditions and row sets.

Every figure, drill-down, workbook sheet, export and list reads its rows through these modules,
so changing a definition (what a qualified lead is, when a deal counts as won) changes all of
them.  Callers import the module (``from kpidesk.data.definitions import leads``) and call
``leads.qualified_in(...)`` at the time they build a query.
"""
