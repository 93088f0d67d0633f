import Testing
@testable import YusuanXLSX

@Suite struct NumberFormatTests {
    @Test(arguments: [
        ("General", "1205.56", "1205.56"),
        ("General", "0.30000000000000004", "0.3"),       // Excel shows 15 significant digits
        ("General", "1205.5600000000002", "1205.56"),
        ("General", "-20000000", "-20000000"),
        ("0", "1205.56", "1206"),
        ("0", "-0.4", "-0"),
        ("0.00", "0", "0.00"),
        ("0.00", "2.675", "2.68"),
        ("0.00", "1.005", "1.01"),
        ("#,##0", "20000000", "20,000,000"),
        ("#,##0.00", "20000000", "20,000,000.00"),
        ("#,##0.00", "1205.56", "1,205.56"),
        ("#,##0.00", "-1686.52", "-1,686.52"),
        ("#,##0.00", "999.995", "1,000.00"),
        ("#,##0.00", "0.5", "0.50"),
        ("#,##0.00", "123", "123.00"),
        ("#,##0.0000", "9616.338314", "9,616.3383"),
        ("0%", "0.125", "13%"),
        ("0.00%", "0.125", "12.50%"),
        ("0.00%", "-0.0335", "-3.35%"),
        ("0.0%", "1", "100.0%"),
        ("@", "1205.56", "1205.56"),
        ("#,##0.00;[Red](#,##0.00)", "-12.5", "(12.50)"),
        ("#,##0.00;[Red](#,##0.00)", "12.5", "12.50"),
        ("#,##0.00_);(#,##0.00)", "12.5", "12.50"),
        ("#,##0.00;-#,##0.00;\"-\"", "0", "-"),
        ("#,##0.00;-#,##0.00;\"-\"", "-3", "-3.00"),
        ("0.00;;", "-3", ""),                            // an empty negative section hides the value
        ("\"¥\"#,##0.00", "1205.56", "¥1,205.56"),
        ("[$¥-804]#,##0.00", "-5", "-¥5.00"),
        ("0.00\"万元\"", "461.83", "461.83万元"),
        ("#,##0.00,", "1205560", "1,205.56"),           // a trailing comma scales by 1000
        ("#,##0.##", "5", "5."),
        ("#,###", "0", ""),
        ("[Red][>100]0.0;0.00", "5", "5.0"),
        ("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)", "1205.56", "1,205.56"),
        ("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)", "0", "-"),
        ("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)", "-1205.56", "(1,205.56)"),
        ("yyyy\"年\"m\"月\"d\"日\"", "46000", "46000"),        // dates show the serial number
        ("0.00E+00", "1205.56", "1205.56"),
        ("General", "not a number", "not a number"),
    ])
    func formatsLikeExcel(_ code: String, _ number: String, _ shown: String) {
        #expect(NumberFormat(code: code).format(number) == shown, "\(code) \(number)")
    }

    @Test func cellsShowTheirFormat() {
        #expect(WorksheetCell(number: "20000000", format: "#,##0.00").displayText == "20,000,000.00")
        #expect(WorksheetCell(number: "0.0335", format: "0.00%").displayText == "3.35%")
        #expect(WorksheetCell(text: "项目").displayText == "项目")
        #expect(WorksheetCell(boolean: true).displayText == "TRUE")
        #expect(WorksheetCell(value: .empty).displayText == "")
    }

    @Test func builtInIdsHaveTheirCodes() {
        #expect(BuiltinNumberFormats.code(for: 0) == "General")
        #expect(BuiltinNumberFormats.code(for: 4) == "#,##0.00")
        #expect(BuiltinNumberFormats.code(for: 10) == "0.00%")
        #expect(BuiltinNumberFormats.code(for: 49) == "@")
        #expect(BuiltinNumberFormats.code(for: 163) == "General")
    }
}
