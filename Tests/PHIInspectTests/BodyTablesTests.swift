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
}
