import Testing
@testable import PHIMIME

/// Structured header values: quoted strings, leniency and RFC 2231.
@Suite struct HeaderParametersTests {
    @Test("value and parameters are lowercased where they should be")
    func basics() {
        let p = HeaderParameters("Text/HTML; CharSet=\"UTF-8\"; Format=Flowed")
        #expect(p.value == "text/html")
        #expect(p.parameters == ["charset": "UTF-8", "format": "Flowed"])
    }

    @Test("quoted strings keep semicolons and unescape backslashes")
    func quoted() {
        let p = HeaderParameters(#"attachment; filename="a;b \"c\" d.txt"; size=10"#)
        #expect(p.value == "attachment")
        #expect(p.parameters["filename"] == #"a;b "c" d.txt"#)
        #expect(p.parameters["size"] == "10")
    }

    @Test("missing quotes, extra semicolons, spaces and comments are tolerated")
    func lenient() {
        let p = HeaderParameters("multipart/mixed;; boundary = \"abc ;;; name=\"unterminated")
        #expect(p.value == "multipart/mixed")
        #expect(p.parameters["boundary"] == "abc ;;; name=")
        let q = HeaderParameters("text/plain (comment); name=my file.txt ;")
        #expect(q.value == "text/plain")
        #expect(q.parameters["name"] == "my file.txt")
        let r = HeaderParameters("attachment; filename=\"unterminated.pdf")
        #expect(r.parameters["filename"] == "unterminated.pdf")
        #expect(HeaderParameters("").value == "")
        #expect(HeaderParameters(";=;=x;a=").parameters == ["a": ""])
    }

    @Test("RFC 2231 continuations, charsets and percent-encoding decode")
    func rfc2231() {
        let p = HeaderParameters("attachment; filename*0*=UTF-8''%E6%97%A5%E6%9C; filename*1*=%AC.txt; filename*2=\" (1)\"")
        #expect(p.parameters["filename"] == "日本.txt (1)")
        let q = HeaderParameters("attachment; filename*=iso-8859-1'en'caf%E9.doc; filename=fallback.doc")
        #expect(q.parameters["filename"] == "café.doc")
        let r = HeaderParameters("application/x-stuff; title*1=\" world\"; title*0=hello")
        #expect(r.parameters["title"] == "hello world")
    }
}

/// Filenames as clients really send them, through the parser.
@Suite struct FilenameTests {
    static func filename(_ headers: String) -> String? {
        Feeding.parts(Feeding.events(headers + "\r\n\r\nx")).first?.filename
    }

    @Test("filenames: encoded words quoted or not, RFC 2231, Content-Type name as fallback")
    func filenames() {
        #expect(Self.filename("Content-Disposition: attachment; filename==?UTF-8?B?w6l0w6kucGRm?=") == "été.pdf")
        #expect(Self.filename("Content-Disposition: attachment; filename=\"=?iso-8859-1?Q?r=E9sum=E9.doc?=\"") == "résumé.doc")
        #expect(Self.filename("Content-Type: application/pdf; name=\"scan 01.pdf\"") == "scan 01.pdf")
        #expect(Self.filename("Content-Disposition: ATTACHMENT; FILENAME*0=\"long \"; FILENAME*1=\"name.txt\"") == "long name.txt")
        #expect(Self.filename("Content-Disposition: inline") == nil)
        let p = Feeding.parts(Feeding.events("Content-Disposition: ATTACHMENT; filename=a.txt\r\n\r\nx"))
        #expect(p.first?.disposition == "attachment")
    }
}

/// A missing semicolon between the value and its parameters.
@Suite struct HeaderParametersMissingSemicolonTests {
    @Test("\"text/plain charset=utf-8\" still finds the charset; spaces around \"/\" are tolerated")
    func missingSemicolon() {
        let p = HeaderParameters("text/plain charset=utf-8")
        #expect(p.value == "text/plain")
        #expect(p.parameters["charset"] == "utf-8")
        #expect(HeaderParameters("text / html").value == "text/html")
        #expect(HeaderParameters("text/plain (comment) ; charset=x").value == "text/plain")
    }
}
