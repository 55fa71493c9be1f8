import Foundation
import Testing
@testable import PHIExtract

/// A mail message carried as a file is walked part by part, not read as plain text.
@Suite("Messages as files")
struct MessageExtractorTests {
    static let inner = Array("""
        From: a@clinic.test\r
        To: b@clinic.test\r
        Subject: Labs for the patient\r
        Message-ID: <1@clinic.test>\r
        MIME-Version: 1.0\r
        Content-Type: multipart/mixed; boundary="Q"\r
        \r
        --Q\r
        Content-Type: text/plain; charset=iso-8859-1\r
        Content-Transfer-Encoding: quoted-printable\r
        \r
        see attached, Jos=E9\r
        --Q\r
        Content-Type: text/plain; name="labs.txt"\r
        Content-Transfer-Encoding: base64\r
        \r
        \(Data("Patient SSN 536-90-4399, DOB 03/14/1962".utf8).base64EncodedString())\r
        --Q--\r

        """.utf8)

    @Test("an .eml inside a zip: base64 and quoted-printable parts decoded, the inner Subject read")
    func emlInZip() {
        let zip = ArchiveBuilder.make(.zip, [("fwd.eml", Self.inner)])
        let result = Extractor.extract(zip, contentType: "application/zip", filename: "m.zip")
        let text = result.segments.map(\.text).joined(separator: "\n")
        #expect(text.contains("536-90-4399"))
        #expect(text.contains("see attached, José"))
        #expect(result.segments.contains { $0.path.hasSuffix("fwd.eml#subject") && $0.text == "Labs for the patient" })
    }

    @Test("a message sent as octet-stream without a name is known by its header lines")
    func sniffed() {
        #expect(Extractor.looksLikeMessage(Self.inner))
        #expect(!Extractor.looksLikeMessage(Array("Name: Maria\nDOB: 03/14/1962\n\nnotes".utf8)))
        let result = Extractor.extract(Self.inner, contentType: "application/octet-stream", filename: nil)
        #expect(result.segments.map(\.text).joined().contains("536-90-4399"))
    }

    @Test("message/rfc822 and .eml are messages")
    func declared() {
        #expect(Extractor.declaredKind(contentType: "message/rfc822", filename: nil) == .message)
        #expect(Extractor.declaredKind(contentType: "application/octet-stream", filename: "fwd.eml") == .message)
    }
}
