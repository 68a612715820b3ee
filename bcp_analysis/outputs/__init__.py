"""The outputs: charts, CSV tables, the workbook and the build that writes them all at once."""
