"""The KPI figures of a period, their drill-downs, targets, JSON form and the meeting workbook."""
