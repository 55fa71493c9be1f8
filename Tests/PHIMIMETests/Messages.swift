/// Built messages shared by the tests.
enum Messages {
    static let mixed: [UInt8] = Array(Feeding.crlf([
        "From: a@example.com",
        "Subject: =?UTF-8?Q?mixed?=",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed;",
        "\tboundary=\"=_outer_1\"",
        "",
        "This is the preamble.",
        "--=_outer_1",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Plain body",
        "line two",
        "--=_outer_1  ",
        "Content-Type: text/html; charset=\"ISO-8859-1\"",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "<p>caf=e9</p>",
        "--=_outer_1",
        "Content-Type: application/pdf; name=\"ignored.pdf\"",
        "Content-Disposition: attachment; filename=\"report.pdf\"",
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0x",
        "LjQ=",
        "--=_outer_1--",
        "This is the epilogue.",
        "",
    ]).utf8)

    static let forwarded: [UInt8] = Array(Feeding.crlf([
        "Subject: Fwd",
        "Content-Type: multipart/mixed; boundary=outer",
        "",
        "--outer",
        "",
        "see below",
        "--outer",
        "Content-Type: message/rfc822",
        "",
        "Subject: Inner subject",
        "Content-Type: multipart/alternative; boundary=inner",
        "",
        "--inner",
        "Content-Type: text/plain",
        "",
        "inner plain",
        "--inner",
        "Content-Type: text/html",
        "",
        "<b>inner html</b>",
        "--inner--",
        "",
        "--outer--",
    ]).utf8)

    /// Inner boundary "frontier" is a prefix of the outer "frontier-outer".
    static let prefixBoundaries: [UInt8] = Array(Feeding.crlf([
        "Content-Type: multipart/mixed; boundary=\"frontier-outer\"",
        "",
        "--frontier-outer",
        "Content-Type: multipart/alternative; boundary=frontier",
        "",
        "--frontier",
        "",
        "alt one",
        "--frontier",
        "",
        "alt two",
        "--frontier-outer",
        "",
        "after",
        "--frontier-outer--",
    ]).utf8)

    /// Bare LF line ends, base64 text with a charset, QP soft breaks.
    static let bareLF: [UInt8] = Array([
        "Content-Type: multipart/alternative; boundary=\"b\"",
        "",
        "--b",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        "SMOpbGxvIHfDtnJsZAo=",
        "--b",
        "Content-Type: text/plain; charset=windows-1252",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "soft=",
        "break and =93quotes=94 =3d equals, =zz kept",
        "--b--",
    ].joined(separator: "\n").utf8)

    static let all: [[UInt8]] = [mixed, forwarded, prefixBoundaries, bareLF, Array("plain body, no headers".utf8),
                                 Array("Subject: only headers\r\n".utf8), Malformed.truncated, Malformed.nested(60)]
}

/// Hostile shapes.
enum Malformed {
    static let truncated: [UInt8] = Array(Feeding.crlf([
        "Content-Type: multipart/mixed; boundary=t",
        "",
        "--t",
        "Content-Type: text/plain; charset=x-no-such-charset",
        "Content-Transfer-Encoding: base64",
        "",
        "SGVsbG8gV29y",
        "bGQ",
    ]).utf8)

    /// `depth` multiparts nested inside each other, a text leaf at the bottom.
    static func nested(_ depth: Int) -> [UInt8] {
        var lines = ["Subject: deep"]
        for d in 0..<depth {
            lines += ["Content-Type: multipart/mixed; boundary=\"b\(d)\"", "", "--b\(d)"]
        }
        lines += ["Content-Type: text/plain", "", "bottom"]
        for d in stride(from: depth - 1, through: 0, by: -1) { lines.append("--b\(d)--") }
        return Array(Feeding.crlf(lines).utf8)
    }
}
