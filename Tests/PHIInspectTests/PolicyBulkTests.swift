import Foundation
import PHIDetect
import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIInspect

/// Generated mail for bulk escalation: a patient list attached as CSV, and a one-patient referral.
enum BulkMail {
    static let first = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tomasz", "Fatima", "Kenji",
                        "Grace", "Mateo", "Leila", "Samuel", "Ingrid", "Omar", "Chloe", "Dmitri", "Nadia", "Hugo",
                        "Sofia", "Kwame", "Elena", "Rahul", "Hannah"]
    static let last = ["Lopez", "Nguyen", "Okafor", "Schmidt", "Kowalski", "Haddad", "Petrov", "Garcia", "Jensen",
                       "Tanaka", "Moreau", "Silva", "Kaplan", "Osei", "Lindqvist", "Rossi", "Brennan", "Novak",
                       "Mensah", "Fischer", "Duarte", "Ivanova", "Oconnor", "Yilmaz"]

    /// A message with a CSV of `rows` patients: MRN, name, date of birth, diagnosis code.
    static func list(rows: Int) -> [UInt8] {
        var csv = "MRN,Last Name,First Name,DOB,Diagnosis\r\n"
        for i in 0..<rows {
            let mrn = String(10_000_000 + i * 7919 % 89_999_999)
            let dob = String(format: "%02d/%02d/%04d", 1 + i % 12, 1 + i % 28, 1940 + i % 60)
            csv += "\(mrn),\(last[i % last.count]),\(first[(i / last.count) % first.count]),\(dob),E11.9\r\n"
        }
        return Array(message(body: "Attached is the patient list for the quarterly review.\r\n", csv: csv).utf8)
    }

    static func message(body: String, csv: String?) -> String {
        var m = "From: a@hospital.test\r\nTo: b@remote.test\r\nSubject: review\r\nMIME-Version: 1.0\r\n"
        guard let csv else { return m + "Content-Type: text/plain\r\n\r\n" + body }
        m += "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n\(body)"
        m += "--b1\r\nContent-Type: text/csv; name=\"patients.csv\"\r\nContent-Disposition: attachment; filename=\"patients.csv\"\r\n\r\n"
        return m + csv + "--b1--\r\n"
    }

    static let referral = Array(message(body: """
        Dear Dr. Brennan,\r
        I am referring Maria Lopez (DOB 03/14/1962, MRN 00482913) for evaluation of her type 2\r
        diabetes (E11.9) with worsening neuropathy. Please see her within two weeks.\r
        """, csv: nil).utf8)
}

@Suite("Bulk escalation through the Inspector")
struct PolicyBulkTests {
    func decide(_ bytes: [UInt8], _ policy: Policy) throws -> Decision {
        let inspector = Inspector(engine: try CorpusFixtures.engine())
        for chunk in Chunking.chunks(bytes, size: 4096) { inspector.raw(chunk) }
        return policy.decide(report: inspector.finish(), envelope: Envelope(sender: "a@hospital.test", recipients: ["b@remote.test"]))
    }

    @Test("a 600-row patient list is rejected while a one-patient referral is encrypted")
    func bulk() throws {
        var config = PolicyConfig()
        config.policy.bulk.over = 500
        let policy = Policy(config: config)
        let list = try decide(BulkMail.list(rows: 600), policy)
        #expect(list.verdict == .phi)
        #expect(list.classification.records >= 600)
        #expect(list.disposition == .reject)
        #expect(list.auditRecord.applied?.contains { $0.hasPrefix("bulk:") } == true)
        let referral = try decide(BulkMail.referral, policy)
        #expect(referral.verdict == .phi)
        #expect(referral.classification.records < 5)
        #expect(referral.actions == [.encrypt, .tag])
        // A list under the bar is encrypted, not rejected.
        let small = try decide(BulkMail.list(rows: 300), policy)
        #expect(small.verdict == .phi && small.disposition == .encrypt)
    }
}
