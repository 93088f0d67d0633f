#!/usr/bin/env python3
"""Makes openpyxl-sample.xlsx, a budget workbook written by another program (openpyxl),
for YusuanXLSXTests.

    pip install openpyxl && python3 make_openpyxl_sample.py

openpyxl writes numbers with 16 significant digits ("1205.56", but also
"9616.338314000001") and all text as inline strings, rich text as runs. Excel itself writes the binary double's 17
digits ("1205.5599999999999"), phonetic runs and cached formula results, which openpyxl
does not; `excelify` below patches a few cells of the saved file to look like that, so
the reader is tested on both forms. Every patch is listed there.
"""
import re
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "openpyxl-sample.xlsx"

thin = Side(style="thin")
grid = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)


def header(ws, ref, text):
    ws[ref] = text
    ws[ref].font = bold
    ws[ref].alignment = centre
    ws[ref].border = grid


wb = Workbook()
ws = wb.active
ws.title = "收支总表"

# Table 1: a title row, a two-row header with merged cells, numbers as numbers.
ws["A1"] = "2026年部门收支总表"
ws["A1"].font = Font(bold=True, size=16)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:D1")
ws["D2"] = "单位：万元"
header(ws, "A3", "项目")
ws.merge_cells("A3:A4")
header(ws, "B3", "金额")
ws.merge_cells("B3:C3")
header(ws, "D3", "增长率")
ws.merge_cells("D3:D4")
header(ws, "B4", "预算数")
header(ws, "C4", "上年数")
rows = [
    ("一般公共预算拨款收入", 1205.56, 461.83, 0.125),
    ("政府性基金预算拨款收入", 20000000, 0, -0.0335),
    ("合计", 461.83 + 743.73, 0.1 + 0.2, 1),
]
for r, (name, budget, last, growth) in enumerate(rows, start=5):
    ws.cell(r, 1, name).border = grid
    for c, value in ((2, budget), (3, last)):
        cell = ws.cell(r, c, value)
        cell.number_format = "#,##0.00"
        cell.border = grid
    cell = ws.cell(r, 4, growth)
    cell.number_format = "0.00%"
    cell.border = grid

# Table 2 on the same sheet, after a blank row: numbers stored as text, rich text,
# sign-dependent formats, a boolean and an error value.
ws["A9"] = "表二 项目支出明细"
ws["A9"].font = bold
ws.merge_cells("A9:C9")
for ref, text in (("A10", "项目名称"), ("B10", "金额"), ("C10", "备注")):
    header(ws, ref, text)
ws["A11"] = CellRichText(["信访", TextBlock(InlineFont(b=True), "专项"), "经费"])
ws["B11"] = "1,205.56"          # a number stored as text
ws["C11"] = "461.83"            # also text
ws["A12"] = "退库"
ws["B12"] = -12.5
ws["B12"].number_format = "#,##0.00;[Red](#,##0.00)"
ws["C12"] = 0
ws["C12"].number_format = '#,##0.00;-#,##0.00;"-"'
ws["A13"] = "已审核"
ws["B13"] = True
ws["C13"] = "#DIV/0!"
ws["A14"] = "  前后留空  "
ws["B14"] = 9616.338314
ws["B14"].number_format = "#,##0.0000"
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 16.5

hidden = wb.create_sheet("隐藏参数")
hidden.sheet_state = "hidden"
hidden["A1"] = "口径"
hidden["B1"] = 3

chart = wb.create_chartsheet("图表")
bar = BarChart()
bar.add_data(Reference(ws, min_col=2, min_row=5, max_row=6))
chart.add_chart(bar)

wb.save(OUT)


def excelify(path):
    """Patches the saved file to carry what Excel writes and openpyxl does not."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                # Excel's 17 significant digits: 1205.56 is stored as 1205.5599999999999.
                xml = re.sub(r'(<c r="B5"[^>]*>)<v>1205.56</v>', r'\1<v>1205.5599999999999</v>', xml)
                # An exponent form of 461.83.
                xml = re.sub(r'(<c r="C5"[^>]*>)<v>461.83</v>', r'\1<v>4.6182999999999998E+02</v>', xml)
                # 461.83 + 743.73 is 1205.56 in decimal but 1205.5600000000002 as a double.
                xml = re.sub(r'(<c r="B7"[^>]*>)<v>[^<]*</v>', r'\1<v>1205.5600000000002</v>', xml)
                # A cell without an `r` attribute, after D7: it is E7.
                xml = xml.replace("</row><row r=\"9\"", '<c t="str"><f>"公式"&amp;"结果"</f><v>公式结果</v></c></row><row r="9"', 1)
                # A phonetic guide, which is not part of the text.
                xml = xml.replace("<is><t>退库</t></is>", '<is><t>退库</t><rPh sb="0" eb="2"><t>たいこ</t></rPh></is>', 1)
                data = xml.encode()
            dst.writestr(item, data)
    shutil.move(tmp, path)


excelify(OUT)
print(OUT, OUT.stat().st_size, "bytes")
