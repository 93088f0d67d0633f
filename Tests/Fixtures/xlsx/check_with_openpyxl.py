#!/usr/bin/env python3
"""Opens an .xlsx with openpyxl and prints what it finds, to check that files written by
YusuanXLSX open in another program:

    pip install openpyxl && python3 check_with_openpyxl.py workbook.xlsx

Exits non-zero if openpyxl cannot load the file. Not run by the Swift tests.
"""
import sys

from openpyxl import load_workbook


def main(path):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        print(f"== {ws.title!r} state={ws.sheet_state} dims={ws.dimensions}")
        print("   merged:", sorted(str(r) for r in ws.merged_cells.ranges))
        widths = {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth}
        print("   widths:", widths)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                f, a, b = cell.font, cell.alignment, cell.border
                print(f"   {cell.coordinate}: {cell.value!r} ({cell.data_type}) fmt={cell.number_format!r}"
                      f" bold={bool(f.b)} sz={f.sz} font={f.name} h={a.horizontal} v={a.vertical}"
                      f" wrap={bool(a.wrap_text)} border={b.left.style}/{b.right.style}/{b.top.style}/{b.bottom.style}")


if __name__ == "__main__":
    main(sys.argv[1])
