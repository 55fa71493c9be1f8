import Testing
@testable import PHIMIME

/// Shapes real mail clients and servers send.
@Suite struct MIMEParserRealWorldTests {
    static let outlook: [UInt8] = Array(Feeding.crlf([
        "From: =?windows-1252?Q?Ren=E9e_M=FCller?= <rm@clinic.example>",
        "To: \"Front desk\" <desk@clinic.example>",
        "Subject: =?utf-8?B?UGF0aWVudCBsaXN0IOKAkyBKYW51YXJ5?=",
        "Content-Type: multipart/mixed;",
        "\tboundary=\"_004_BN6PR11MB_\"",
        "MIME-Version: 1.0",
        "",
        "--_004_BN6PR11MB_",
        "Content-Type: multipart/related;",
        "\tboundary=\"_003_BN6PR11MB_\";",
        "\ttype=\"multipart/alternative\"",
        "",
        "--_003_BN6PR11MB_",
        "Content-Type: multipart/alternative;",
        "\tboundary=\"_000_BN6PR11MB_\"",
        "",
        "--_000_BN6PR11MB_",
        "Content-Type: text/plain; charset=\"Windows-1252\"",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Hi =96 see the attached list.=20",
        "Thanks",
        "",
        "--_000_BN6PR11MB_",
        "Content-Type: text/html; charset=\"Windows-1252\"",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "<html><body><p>Hi =96 see the attached list.</p><img src=3D\"cid:image001.png\"></body></h=",
        "tml>",
        "",
        "--_000_BN6PR11MB_--",
        "",
        "--_003_BN6PR11MB_",
        "Content-Type: image/png; name=\"image001.png\"",
        "Content-Description: image001.png",
        "Content-Disposition: inline; filename=\"image001.png\"; size=4;",
        "\tcreation-date=\"Tue, 02 Jan 2024 10:00:00 GMT\"",
        "Content-ID: <image001.png@01DA3D.1C0B9F50>",
        "Content-Transfer-Encoding: base64",
        "",
        "iVBORw==",
        "",
        "--_003_BN6PR11MB_--",
        "",
        "--_004_BN6PR11MB_",
        "Content-Type: text/csv; name=\"=?utf-8?B?UGF0aWVudGVuIGxpc3RlLmNzdg==?=\"",
        "Content-Disposition: attachment;",
        "\tfilename*=utf-8''Patienten%20liste.csv",
        "Content-Transfer-Encoding: base64",
        "",
        "TmFtZSxET0INCkpvaG4gRG9lLDAxLzAyLzE5ODANCg==",
        "",
        "--_004_BN6PR11MB_--",
        "",
    ]).utf8)

    @Test("an Outlook message with related, alternative, inline image and CSV attachment")
    func outlook() {
        for size in Feeding.chunkSizes {
            let ev = Feeding.events(Self.outlook, chunk: size)
            let parts = Feeding.parts(ev)
            #expect(parts.map(\.path) == ["", "1", "1.1", "1.1.1", "1.1.2", "1.2", "2"])
            #expect(parts.map(\.contentType) == ["multipart/mixed", "multipart/related", "multipart/alternative",
                                                 "text/plain", "text/html", "image/png", "text/csv"])
            #expect(parts[5].disposition == "inline")
            #expect(parts[5].filename == "image001.png")
            #expect(parts[6].filename == "Patienten liste.csv")
            #expect(parts[6].disposition == "attachment")
            let h = Feeding.headers(ev)
            #expect(h[0].1 == "Renée Müller <rm@clinic.example>")
            #expect(h[2].1 == "Patient list \u{2013} January")
            let t = Feeding.texts(ev)
            #expect(t["1.1.1"] == "Hi \u{2013} see the attached list. \r\nThanks\r\n")
            #expect(t["1.1.2"] == "<html><body><p>Hi \u{2013} see the attached list.</p><img src=\"cid:image001.png\"></body></html>\r\n")
            #expect(t["2"] == "Name,DOB\r\nJohn Doe,01/02/1980\r\n")
            #expect(Feeding.data(ev)["1.2"] == [0x89, 0x50, 0x4E, 0x47])
            #expect(Feeding.problems(ev).isEmpty)
        }
    }

    @Test("a delivery status notification with the returned message")
    func dsn() {
        let msg = Feeding.crlf([
            "From: MAILER-DAEMON@mx.example",
            "Content-Type: multipart/report; report-type=delivery-status;",
            "    boundary=\"8C4B2240.1700000000/mx.example\"",
            "",
            "This is a MIME-encapsulated message.",
            "",
            "--8C4B2240.1700000000/mx.example",
            "Content-Description: Notification",
            "Content-Type: text/plain; charset=us-ascii",
            "",
            "I'm sorry to have to inform you that your message could not be delivered.",
            "",
            "--8C4B2240.1700000000/mx.example",
            "Content-Description: Delivery report",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.example",
            "",
            "Final-Recipient: rfc822; nobody@example.org",
            "Action: failed",
            "",
            "--8C4B2240.1700000000/mx.example",
            "Content-Description: Undelivered Message",
            "Content-Type: message/rfc822",
            "",
            "From: doctor@clinic.example",
            "Subject: Lab results",
            "",
            "Results for patient attached.",
            "",
            "--8C4B2240.1700000000/mx.example--",
        ])
        let ev = Feeding.events(msg, chunk: 7)
        #expect(Feeding.parts(ev).map(\.path) == ["", "1", "2", "3", "3.1"])
        #expect(Feeding.parts(ev)[2].contentType == "message/delivery-status")
        #expect(Feeding.headers(ev).filter { $0.2 == "3" }.map(\.0) == ["From", "Subject"])
        #expect(Feeding.texts(ev)["3.1"] == "Results for patient attached.\r\n")
        #expect(String(decoding: Feeding.data(ev)["2"] ?? [], as: UTF8.self).hasPrefix("Reporting-MTA"))
    }

    @Test("an S/MIME signed message keeps the signed text and the signature as data")
    func signed() {
        let msg = Feeding.crlf([
            "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256;",
            " boundary=\"----=_Part_1_2.3\"",
            "",
            "This is an S/MIME signed message",
            "",
            "------=_Part_1_2.3",
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Signed text with ü",
            "------=_Part_1_2.3",
            "Content-Type: application/pkcs7-signature; name=smime.p7s",
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment; filename=\"smime.p7s\"",
            "",
            "MIAGCSqGSIb3DQEHAqCAMIACAQEx",
            "------=_Part_1_2.3--",
        ])
        let ev = Feeding.events(msg, chunk: 1)
        #expect(Feeding.texts(ev) == ["1": "Signed text with ü"])
        #expect(Feeding.parts(ev)[1].parameters["format"] == "flowed")
        #expect(Feeding.parts(ev)[2].filename == "smime.p7s")
        #expect(Feeding.data(ev)["2"]?.count == 21)
    }

    @Test("a forward of a forward numbers 2.2.1 and reports both header blocks")
    func doubleForward() {
        let msg = Feeding.crlf([
            "Subject: Fwd: Fwd", "Content-Type: multipart/mixed; boundary=a", "", "--a", "", "top", "--a",
            "Content-Type: message/rfc822", "", "Subject: Fwd", "Content-Type: multipart/mixed; boundary=b", "",
            "--b", "", "middle", "--b", "Content-Type: message/rfc822", "", "Subject: original", "",
            "original body", "--b--", "--a--",
        ])
        let ev = Feeding.events(msg)
        #expect(Feeding.parts(ev).map(\.path) == ["", "1", "2", "2", "2.1", "2.2", "2.2.1"])
        #expect(Feeding.headers(ev).map(\.2) == ["", "", "2", "2", "2.2"])
        #expect(Feeding.texts(ev) == ["1": "top", "2.1": "middle", "2.2.1": "original body"])
        #expect(Feeding.problems(ev).isEmpty)
        let ends = ev.compactMap { if case .partEnd(let p) = $0 { p } else { nil } }
        #expect(ends == ["1", "2.1", "2.2.1", "2.2", "2", "2", ""])
    }
}
