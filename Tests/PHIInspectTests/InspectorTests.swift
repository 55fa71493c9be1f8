import Foundation
import PHIDetect
import PHITestSupport
import Testing
@testable import PHIInspect

@Suite("Inspector")
struct InspectorTests {
    @Test("the corpus is present and every category has at least eight messages")
    func corpusShape() {
        let messages = CorpusFixtures.messages
        #expect(messages.count >= 200)
        var byCategory: [String: Int] = [:]
        for m in messages { byCategory[m.category, default: 0] += 1 }
        #expect(byCategory.values.allSatisfy { $0 >= 8 }, "\(byCategory)")
    }

    @Test("every corpus message gives the same report at chunk sizes 1, 7, 4096 and 65535")
    func chunkInvariance() throws {
        let engine = try CorpusFixtures.engine()
        for message in CorpusFixtures.messages {
            let reference = CorpusFixtures.inspect(message.bytes, size: 1 << 22, engine: engine)
            for size in Chunking.sizes {
                let got = CorpusFixtures.inspect(message.bytes, size: size, engine: engine)
                #expect(got == reference, "\(message.file) at chunk size \(size)")
            }
        }
    }

    @Test("headers fed one by one, as a milter gets them, give the same report as the raw message")
    func milterFeeding() throws {
        let engine = try CorpusFixtures.engine()
        for message in CorpusFixtures.messages.prefix(60) {
            let raw = CorpusFixtures.inspect(message.bytes, size: 65_535, engine: engine)
            // Split header block and body at the first blank line.
            let text = message.bytes
            var split = 0
            for i in 0..<(text.count - 3) where text[i] == 13 && text[i + 1] == 10 && text[i + 2] == 13 && text[i + 3] == 10 {
                split = i + 2
                break
            }
            guard split > 0 else { continue }
            let inspector = Inspector(engine: engine)
            var lines: [[UInt8]] = []
            var current: [UInt8] = []
            for b in text[..<split] {
                current.append(b)
                if b == 10 { lines.append(current); current = [] }
            }
            // Unfold: continuation lines join the previous field, as libmilter delivers them.
            var fields: [(String, String)] = []
            for line in lines {
                let s = String(decoding: line.dropLast(2), as: UTF8.self)
                if let first = s.first, first == " " || first == "\t", !fields.isEmpty {
                    fields[fields.count - 1].1 += "\r\n" + s
                } else if let colon = s.firstIndex(of: ":") {
                    fields.append((String(s[..<colon]), String(s[s.index(after: colon)...])))
                }
            }
            for (name, value) in fields { inspector.header(name: name, value: value) }
            inspector.endOfHeaders()
            let body = Array(text[(split + 2)...])
            for chunk in Chunking.chunks(body, size: 65_535) {
                chunk.withUnsafeBytes { inspector.body($0) }
            }
            let fed = ScanReportSummary(inspector.finish())
            #expect(fed.findings == raw.findings, "\(message.file)")
            #expect(fed.unscannable == raw.unscannable, "\(message.file)")
        }
    }

    @Test("malformed messages give their expected unscannable reasons and never crash")
    func malformed() throws {
        let engine = try CorpusFixtures.engine()
        let malformed = CorpusFixtures.messages.filter { $0.category == "malformed" }
        #expect(malformed.count >= 8)
        for message in malformed {
            let report = CorpusFixtures.inspect(message.bytes, size: 4096, engine: engine)
            for reason in message.unscannable {
                #expect(report.unscannable.contains { $0.hasPrefix(reason + "@") }, "\(message.file): \(reason)")
            }
        }
    }

    @Test("a message over the size limit is unscannable past the limit, and what came before is scanned")
    func sizeLimit() throws {
        var limits = InspectorLimits()
        limits.maxMessageBytes = 2_000
        let engine = try CorpusFixtures.engine(limits: limits)
        let body = "Patient SSN: 536-90-4399\r\n" + String(repeating: "filler text line\r\n", count: 500)
        let message = Array(("Subject: x\r\nFrom: a@b.example\r\n\r\n" + body).utf8)
        let report = CorpusFixtures.inspect(message, size: 512, engine: engine)
        #expect(report.unscannable.contains { $0.hasPrefix("message.too_large") })
        #expect(report.findings.contains { $0.contains("|SSN|") })
    }

    @Test("the time budget stops inspection with time.budget")
    func timeBudget() throws {
        var limits = InspectorLimits()
        limits.timeBudgetSeconds = 0.000_001
        let engine = try CorpusFixtures.engine(limits: limits)
        let message = Array(("Subject: x\r\n\r\n" + String(repeating: "some text 123-45-6789\r\n", count: 2000)).utf8)
        let report = CorpusFixtures.inspect(message, size: 4096, engine: engine)
        #expect(report.unscannable.contains { $0.hasPrefix("time.budget") })
    }

    @Test("Subject, file names and TLS-Required are read from the headers")
    func headersAndNames() throws {
        let engine = try CorpusFixtures.engine()
        let message = """
            Subject: =?utf-8?q?Labs_for_Maria_Lopez_DOB_03/14/1962?=\r
            TLS-Required: No\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            see attached\r
            --b\r
            Content-Type: application/octet-stream; name="SSN_536-90-4399.txt"\r
            Content-Transfer-Encoding: base64\r
            \r
            aGVsbG8K\r
            --b--\r

            """
        let report = CorpusFixtures.inspect(Array(message.utf8), size: 7, engine: engine)
        #expect(report.tlsRequiredNo)
        #expect(report.findings.contains { $0.hasPrefix("subject|DOB|") })
        #expect(report.findings.contains { $0.hasPrefix("2:S**_***-**-****.txt#filename|SSN|") })
        #expect(!report.findings.contains { $0.contains("536-90") })
    }

    @Test("an XML attachment is read as the text of its elements, a CDA's patient with labels")
    func xmlAttachment() throws {
        let engine = try CorpusFixtures.engine()
        let message = """
            Subject: referral\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            CCD export attached.\r
            --b\r
            Content-Type: application/xml; name="CCD_export.xml"\r
            \r
            <ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole>\r
            <id extension="NBH-220914" root="2.16.840.1.113883.3.7712"/>\r
            <patient><name><given>Margaret</given><family>Hollander</family></name>\r
            <birthTime value="19870322"/></patient></patientRole></recordTarget></ClinicalDocument>\r
            --b--\r

            """
        let report = CorpusFixtures.inspect(Array(message.utf8), size: 7, engine: engine)
        #expect(report.findings.contains { $0.hasPrefix("2:C**_e*****.xml|NAME|") })
        #expect(report.findings.contains { $0.hasPrefix("2:C**_e*****.xml|DOB|") })
    }

    @Test("PHI in free-text headers and display names is found", arguments: [
        "X-Patient: Maria Lopez SSN 536-90-4399", "Comments: SSN 536-90-4399 for the referral",
        "Keywords: SSN 536-90-4399", "Thread-Topic: ssn 536-90-4399",
        "From: \"SSN 536-90-4399\" <clinic@example.test>",
    ])
    func freeTextHeaders(header: String) throws {
        let engine = try CorpusFixtures.engine()
        let message = "\(header)\r\nTo: b@example.test\r\nSubject: hello\r\n\r\nsee you Thursday\r\n"
        for size in Chunking.sizes {
            let report = CorpusFixtures.inspect(Array(message.utf8), size: size, engine: engine)
            #expect(report.findings.contains { $0.contains("|SSN|us.ssn|high|") }, "\(header) at \(size)")
        }
    }

    @Test("machine headers are not scanned and a correspondent's display name is not a patient NAME")
    func machineHeadersAndNames() throws {
        let engine = try CorpusFixtures.engine()
        let message = """
            Received: from mx (SSN 536-90-4399) by relay\r
            DKIM-Signature: v=1; b=SSN 536-90-4399\r
            From: "Lopez, Maria" <maria@example.test>\r
            To: Dr. John Smith <js@example.test>\r
            Subject: lunch\r
            \r
            see you Thursday\r

            """
        let report = CorpusFixtures.inspect(Array(message.utf8), size: 4096, engine: engine)
        #expect(!report.findings.contains { $0.contains("|SSN|") })
        #expect(!report.findings.contains { $0.contains("|NAME|") })
    }

    @Test("pauses between chunks do not count against the time budget")
    func clientPausesAreFree() throws {
        var limits = InspectorLimits()
        limits.timeBudgetSeconds = 0.2
        let engine = try CorpusFixtures.engine(limits: limits)
        let inspector = Inspector(engine: engine)
        inspector.raw(Array("Subject: x\r\n\r\nfirst line\r\n".utf8))
        usleep(400_000)
        inspector.raw(Array("second line\r\n".utf8))
        let report = inspector.finish()
        #expect(report.unscannable.isEmpty)
    }
}
