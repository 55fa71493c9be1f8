import Testing
@testable import PHIExtract

@Suite("HTMLTextStream")
struct HTMLTextStreamTests {
    static let chunkSizes = [1, 7, 4096, 65535]

    static func run(_ html: String, chunk: Int) -> String {
        var stream = HTMLTextStream()
        var out: [UInt8] = []
        let bytes = html.bytes
        var i = 0
        while i < bytes.count {
            out += stream.feed(bytes[i..<min(i + chunk, bytes.count)])
            i += chunk
        }
        out += stream.finish()
        return String(decoding: out, as: UTF8.self)
    }

    @Test("joins inline tags without a space so identifiers stay whole")
    func inlineJoin() {
        #expect(HTMLTextStream.text(of: "<p>SSN: <b>123</b>-45-<span style='x'>6789</span></p>".bytes)
            == "SSN: 123-45-6789\n")
        #expect(HTMLTextStream.text(of: "<font color=red>536</font><i>90</i><a href='#'>4399</a>".bytes)
            == "536904399\n")
    }

    @Test("decodes named and numeric entities, nbsp included")
    func entities() {
        let text = HTMLTextStream.text(of: "A&amp;B&nbsp;C &lt;x&gt; &#53;&#x33;6 &eacute;&copy; &unknown; &amp &#150;".bytes)
        #expect(text == "A&B C <x> 536 é© &unknown; & –\n")
    }

    @Test("drops script, style and comments")
    func dropsHidden() {
        let html = "<html><head><style>p{color:red}</style><script>var s='<p>123-45-6789</p>';</script></head>"
            + "<body><!-- MRN 999 --><p>Visible</p><!--[if mso]><x>hidden</x><![endif]--></body></html>"
        #expect(HTMLTextStream.text(of: html.bytes) == "Visible\n")
    }

    @Test("turns blocks into lines and table cells into tabs")
    func blocks() {
        let html = "<div>Name</div><div>DOB</div>line<br>break<table><tr><th>SSN</th><th>MRN</th></tr>"
            + "<tr><td> 536-90-4399 </td><td>A123</td></tr></table><ul><li>one</li><li>two</li></ul><h1>T</h1>"
        #expect(HTMLTextStream.text(of: html.bytes) == "Name\nDOB\nline\nbreak\nSSN\tMRN\n536-90-4399\tA123\none\ntwo\nT\n")
    }

    @Test("collapses white space runs")
    func whitespace() {
        #expect(HTMLTextStream.text(of: "<p>  a \n\t b  </p>\n\n<p>c</p>".bytes) == "a b\nc\n")
    }

    @Test("gives the same text at every chunk size", arguments: chunkSizes)
    func chunkInvariance(chunk: Int) {
        let html = "<!DOCTYPE html><html><head><title>Lab</title><style>.a{}</style></head><body>"
            + "<p class=\"x\">Patient&nbsp;<b>Jane</b> Roe &#x2014; DOB <i>01</i>/02/1960</p><!-- c -- x -->"
            + "<table><tr><td>SSN</td><td>536&#45;90-4399</td></tr></table><script>if(a<b){x()}</script>"
            + "<p>caf&eacute; &amp;&amp; &lt;tag&gt;<![CDATA[raw]]></p><br/><img src=x alt=y>tail"
        let whole = HTMLTextStream.text(of: html.bytes)
        #expect(whole.contains("Patient Jane Roe — DOB 01/02/1960"))
        #expect(whole.contains("SSN\t536-90-4399"))
        #expect(!whole.contains("x()"))
        #expect(Self.run(html, chunk: chunk) == whole)
    }

    @Test("survives malformed markup")
    func malformed() {
        #expect(HTMLTextStream.text(of: "a < b and c<d <p unclosed".bytes) == "a < b and c\n")
        #expect(HTMLTextStream.text(of: "x &#xFFFFFFFF; &#0; &".bytes) == "x \u{FFFD} \u{FFFD} &\n")
        #expect(HTMLTextStream.text(of: "<p title='it\"s'>ok</p><p class=don't>fine</p>".bytes) == "it\"s\nok\nfine\n")
    }
}

@Suite("HTMLTextStream on mail client HTML")
struct HTMLMailShapesTests {
    @Test("reads Outlook's Word HTML: o:p, mso spans, conditional comments, downlevel-revealed lists")
    func outlook() {
        let html = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">\
            <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->\
            <style><!-- p.MsoNormal {margin:0in;} --></style></head><body lang=EN-US>\
            <div class=WordSection1><p class=MsoNormal>Pt DOB:<o:p></o:p></p>\
            <p class=MsoListParagraph style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]>\
            <span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>\
            <span style='color:#1F497D'>01/02/</span><span style='color:#1F497D'>1960<o:p></o:p></span></p></div></body></html>
            """
        #expect(HTMLTextStream.text(of: html.bytes) == "Pt DOB:\n· 01/02/1960\n")
    }

    @Test("reads Gmail's div-and-br HTML and quoted replies")
    func gmail() {
        let html = "<div dir=\"ltr\">MRN:&nbsp;<span class=\"gmail-il\">A123</span>4567<br><br></div>"
            + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">SSN 536-90-4399</blockquote></div>"
        #expect(HTMLTextStream.text(of: html.bytes) == "MRN: A1234567\nSSN 536-90-4399\n")
    }

    @Test("alt, title, value, placeholder and meta content are read as text at every chunk size")
    func textAttributes() {
        let html = #"<html><head><meta name="subject" content="Labs for Maria Lopez"></head><body>"#
            + #"<p>Scan:<img src="cid:1" alt="SSN 536-90-4399"> and <span title='DOB 03/14/1962'>hover</span></p>"#
            + #"<input type=text value="MRN &#48;0482913" placeholder="Name"><a href="x" style="color:red">go</a></body></html>"#
        for size in HTMLTextStreamTests.chunkSizes {
            let text = HTMLTextStreamTests.run(html, chunk: size)
            #expect(text.contains("Labs for Maria Lopez"), "\(size)")
            #expect(text.contains("Scan: SSN 536-90-4399 and DOB 03/14/1962 hover"), "\(size): \(text)")
            #expect(text.contains("MRN 00482913 Name"), "\(size): \(text)")
            #expect(!text.contains("color:red") && !text.contains("cid:1"), "\(size)")
        }
    }
}
