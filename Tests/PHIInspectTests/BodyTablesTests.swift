import PHIDetect
import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIInspect

/// Tables pasted into a text body get the header context of a CSV/TSV attachment. All data made up.
@Suite("Inspector: tables in text bodies")
struct BodyTablesTests {
    static let list = """
        Patient Name\tMRN\tDOB\tPhone\tPrimary Dx
        Garcia, Robert\t00731120\t02/11/1951\t773-555-0141\tHeart failure
        Nguyen, Linda\t00731458\t08/23/1966\t773-555-0142\tCOPD
        Miller, Donald\t00732019\t12/05/1948\t773-555-0143\tType 2 diabetes
        Lopez, Carmen\t00732377\t04/19/1972\t773-555-0144\tAsthma
        Harris, Dorothy\t00733004\t10/30/1939\t773-555-0145\tHypertension
        """

    /// A message of one part with `headers` and `body`, lines ending in `newline`.
    static func message(_ headers: String, _ body: String, newline: String) -> [UInt8] {
        let text = "From: a@example.org\nTo: b@example.org\nSubject: list\n\(headers)\n\n\(body)"
        return Array(text.replacing("\n", with: newline).utf8)
    }

    static func inspect(_ bytes: [UInt8], size: Int = 65_535) throws -> ScanReport {
        let inspector = Inspector(engine: try CorpusFixtures.engine())
        for chunk in Chunking.chunks(bytes, size: size) { inspector.raw(chunk) }
        return inspector.finish()
    }

    static func bulk(_ report: ScanReport) -> String? {
        Classifier().classify(report).reasons.first { $0.hasPrefix("bulk:") }
    }

    @Test("a list pasted into a plain-text body is PHI by the bulk rule, as the same list attached as CSV",
          arguments: ["\n", "\r\n"], ["call these patients:\n\n\(list)\n\nthanks\n", "call these patients:\n\(list)"])
    func listInBody(newline: String, body: String) throws {
        let attached = try Self.inspect(Self.message("""
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"
            """, "--b\nContent-Type: text/plain\n\nsee attached\n--b\nContent-Type: text/csv; name=\"list.csv\"\n\n\(Self.list)\n--b--\n",
            newline: newline))
        let attachedBulk = try #require(Self.bulk(attached))
        for size in [7, 65_535] {
            let report = try Self.inspect(Self.message("Content-Type: text/plain", body, newline: newline), size: size)
            #expect(Classifier().classify(report).verdict == .phi)
            #expect(Self.bulk(report) == attachedBulk, "chunk size \(size)")
            #expect(report.findings.contains { $0.part.hasPrefix("1#table-line") && $0.type == "MRN" })
        }
    }

    @Test("an HTML table converted to text gets the same header context")
    func htmlTable() throws {
        let rows = Self.list.split(separator: "\n").map { line in
            "<tr>" + line.split(separator: "\t").map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        let html = "<html><body><p>call these patients:</p><table>\(rows.joined(separator: "\n"))</table></body></html>"
        let report = try Self.inspect(Self.message("Content-Type: text/html", html, newline: "\r\n"))
        #expect(Self.bulk(report) != nil)
        #expect(report.findings.contains { $0.part.hasPrefix("1#table-line") && $0.type == "DOB" })
    }

    @Test("the body is still scanned as it is: its own findings are those of the text alone")
    func bodyKept() throws {
        let engine = try CorpusFixtures.engine()
        let body = "call these patients:\n\(Self.list)\n"
        let report = try Self.inspect(Self.message("Content-Type: text/plain", body, newline: "\n"))
        let alone = Scanner.scan(body, rules: engine.rules, fingerprinter: engine.fingerprinter, part: "1")
        #expect(!alone.isEmpty)
        #expect(report.findings.filter { $0.part == "1" } == alone)
    }

    @Test("prose with commas and tabs is not read as a table")
    func prose() throws {
        let body = """
            Hi Dana,

            thanks, as always, for covering Thursday. The plan, roughly:
            \tmorning: staff meeting, then the vendor call
            \tafternoon: badge audit, supply order
            \tevening: nothing, for once
            Room\t412\tfree
            Phone:\t312-555-0100
            Fax:\t312-555-0101

            Best, Ana
            """
        let report = try Self.inspect(Self.message("Content-Type: text/plain", body, newline: "\r\n"))
        #expect(!report.findings.contains { $0.part.contains("#table") })
        #expect(Classifier().classify(report).verdict == .clean)
    }

    // MARK: every table form, in a body and attached

    static let people = [("LOPEZ, MARIA", "03/14/1962", "00482913"), ("NGUYEN, LINDA", "08/23/1966", "00731458"),
                         ("MILLER, DONALD", "12/05/1948", "00732019"), ("HARRIS, DOROTHY", "10/30/1939", "00733004"),
                         ("OKAFOR, JAMES", "01/17/1975", "00733188")]

    /// The five people as a table with header `Pt`, `D.O.B.`, `Med Rec #` in one textual form.
    static func table(_ form: String) -> String {
        let header = ["Pt", "D.O.B.", "Med Rec #"]
        let rows = [header] + people.map { [$0.0, $0.1, $0.2] }
        switch form {
        case "tab": return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        case "pipe": return rows.map { $0.joined(separator: " | ") }.joined(separator: "\n")
        case "markdown":
            let lines = rows.map { "| " + $0.joined(separator: " | ") + " |" }
            return ([lines[0], "|---|---|---|"] + lines.dropFirst()).joined(separator: "\n")
        case "semicolon": return rows.map { $0.joined(separator: ";") }.joined(separator: "\n")
        case "comma": return rows.map { $0.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(separator: "\n")
        case "fixed": return rows.map { $0[0].padding(18) + $0[1].padding(12) + $0[2] }.joined(separator: "\n")
        case "quoted": return rows.map { "> " + $0.joined(separator: " | ") }.joined(separator: "\n")
        default: return ""
        }
    }

    static let forms = ["tab", "pipe", "markdown", "semicolon", "comma", "fixed", "quoted"]

    static func verdict(_ report: ScanReport) -> Classification { Classifier().classify(report) }

    @Test("a patient list typed into a body in any form is a bulk patient list with typed columns", arguments: forms)
    func bodyForms(form: String) throws {
        let body = "Please call these patients today:\n\n\(Self.table(form))\n\nThanks, Ana\n"
        for size in [1, 7, 4096, 65_535] {
            let report = try Self.inspect(Self.message("Content-Type: text/plain", body, newline: "\r\n"), size: size)
            let result = Self.verdict(report)
            #expect(result.verdict == .phi, "\(form), chunk size \(size)")
            #expect(Self.bulk(report) != nil, "\(form), chunk size \(size)")
            // The table's findings add to the body's own: each person's name, DOB and MRN at medium or above.
            #expect(report.findings.contains { $0.part.hasPrefix("1#table-line") && $0.type == "MRN" && $0.level == .high })
            for type in ["NAME", "DOB", "MRN"] {
                #expect(Set(report.findings.filter { $0.type == type && $0.level >= .medium }.map(\.fingerprint)).count == 5,
                        "\(form) \(type), chunk size \(size)")
            }
        }
    }

    /// A message with a neutral body and `data` attached with `type` and `name`, base64-encoded.
    static func attached(_ data: [UInt8], type: String?, name: String?) -> [UInt8] {
        var part = "--b\r\n"
        if let type { part += "Content-Type: \(type)\(name.map { "; name=\"\($0)\"" } ?? "")\r\n" }
        if let name { part += "Content-Disposition: attachment; filename=\"\(name)\"\r\n" }
        part += "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.encode(data) + "\r\n--b--\r\n"
        let head = "From: a@example.org\r\nTo: b@example.org\r\nSubject: list\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        return Array((head + part).utf8)
    }

    static func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    @Test("a patient CSV attached under a generic, wrong or missing type, in UTF-8 or UTF-16, is a bulk list", arguments: [
        ("application/octet-stream", "list.csv"), ("application/octet-stream", nil), ("application/x-download", "export"),
        ("text/plain", "list.txt"), ("text/plain", "list.csv"), ("application/vnd.ms-excel", "list.xls"), (nil, "list.csv"),
    ] as [(String?, String?)])
    func attachedCSV(type: String?, name: String?) throws {
        let csv = Self.table("comma").replacing("\n", with: "\r\n") + "\r\n"
        for (label, data) in [("utf-8", Array(csv.utf8)), ("utf-16 BOM", [0xFF, 0xFE] + Self.utf16(csv)), ("utf-16", Self.utf16(csv))] {
            // A part typed text/plain, or untyped (text/plain by default), is decoded by the MIME walker's charset.
            if (type == nil || type == "text/plain") && label != "utf-8" { continue }
            for size in [7, 65_535] {
                let report = try Self.inspect(Self.attached(data, type: type, name: name), size: size)
                #expect(Self.bulk(report) != nil, "\(type ?? "-") \(name ?? "-") \(label)")
                #expect(report.findings.contains { $0.type == "NAME" && $0.level == .high }, "\(type ?? "-") \(name ?? "-") \(label)")
            }
        }
    }

    @Test("three rows of name and date of birth, or name and diagnosis, in mail about care, are PHI")
    func shortList() throws {
        let dob = "Pt | DOB\nLOPEZ, MARIA | 03/14/1962\nNGUYEN, LINDA | 08/23/1966\nMILLER, DONALD | 12/05/1948"
        let dx = "Pt Name;Dx\nLopez, Maria;asthma\nNguyen, Linda;COPD\nMiller, Donald;heart failure"
        for table in [dob, dx] {
            let report = try Self.inspect(Self.message("Content-Type: text/plain", "Clinic follow-up list:\n\(table)\n", newline: "\r\n"))
            #expect(Self.verdict(report).verdict == .phi, "\(table)")
        }
    }

    @Test("tables without patients stay clean", arguments: [
        "Item | Unit Price | Qty\nGauze pads 4x4 | $12.50 | 10\nNitrile gloves M | $8.99 | 40\nSaline 0.9% 1L | $3.10 | 24\nTape 1in | $1.25 | 60\nSwabs | $4.00 | 12",
        "Date\tOn call\tPager\n03/04/2024\tDr. Ana Ruiz\t4417\n03/05/2024\tDr. Ben Cho\t4418\n03/06/2024\tDr. Cara Diaz\t4419\n03/07/2024\tDr. Dan Evans\t4420\n03/08/2024\tDr. Eve Ford\t4421",
        "SKU,Description,Qty on hand,Reorder at\nA-1001,Exam gloves,400,100\nA-1002,Face masks,900,200\nA-1003,Gowns,150,50\nA-1004,Syringes 5ml,1200,300\nA-1005,Alcohol pads,3000,500",
        "Name            Department   Extension  Phone\nAna Ruiz        Facilities   4417       312-555-0100\nBen Cho         Billing      4418       312-555-0101\nCara Diaz       IT           4419       312-555-0102\nDan Evans       HR           4420       312-555-0103\nEve Ford        Payroll      4421       312-555-0104",
        "| Code | Description |\n|---|---|\n| E11.9 | Type 2 diabetes mellitus without complications |\n| I10 | Essential (primary) hypertension |\n| J45.909 | Unspecified asthma, uncomplicated |\n| N18.3 | Chronic kidney disease, stage 3 |\n| F32.9 | Major depressive disorder, single episode |",
        "The meeting, which ran long, covered budgets, staffing, parking, and the new badge readers, among other things.\nWe agreed, after some debate, to revisit parking, badges, and budgets in April, with Dana, Luis, and Kim leading.\nIn the meantime, please send comments, corrections, or questions to me, to Dana, or to the list, by Friday.",
        "Order #,Date,Amount,Status\n100482913,03/14/2024,$120.00,Shipped\n100731458,03/15/2024,$80.50,Shipped\n100732019,03/15/2024,$42.00,Pending\n100733004,03/16/2024,$310.75,Shipped\n100733188,03/17/2024,$19.99,Cancelled",
    ])
    func negatives(table: String) throws {
        let report = try Self.inspect(Self.message("Content-Type: text/plain", "Hi all,\n\n\(table)\n\nThanks\n", newline: "\r\n"))
        #expect(Self.verdict(report).verdict == .clean, "\(Self.verdict(report).reasons)")
        let csv = try Self.inspect(Self.attached(Array(table.utf8), type: "application/octet-stream", name: nil))
        #expect(Self.verdict(csv).verdict == .clean, "attached: \(Self.verdict(csv).reasons)")
    }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(2, width - count)) }
}

/// Base64 for building test messages.
private enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = Int(bytes[i]), b1 = n > 1 ? Int(bytes[i + 1]) : 0, b2 = n > 2 ? Int(bytes[i + 2]) : 0
            out.append(table[b0 >> 2])
            out.append(table[(b0 & 3) << 4 | b1 >> 4])
            out.append(n > 1 ? table[(b1 & 15) << 2 | b2 >> 6] : UInt8(ascii: "="))
            out.append(n > 2 ? table[b2 & 63] : UInt8(ascii: "="))
            i += 3
            if i % 57 == 0 { out += [0x0D, 0x0A] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
