#!/usr/bin/env python3
"""Generate an evaluation mailbox for an IME / disability-claims review company."""
import sys, os, io, csv, random, zipfile, zlib, datetime, json
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 11201
random.seed(SEED)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
BASE = datetime.datetime(2024, 10, 7, 7, 30, tzinfo=TZ)

NG = "northgateime.example"
FOOT = ("Northgate Medical Evaluations, LLC\n2200 Quarry Bend Rd, Suite 310, Fenwick, OH 44090\n"
        "Main 330-555-0148 | Fax 330-555-0149 | www.northgateime.example")
DISC = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the "
        "use of the individual or entity to which it is addressed and may contain information that is "
        "privileged, confidential and exempt from disclosure under applicable law. If you are not the "
        "intended recipient, you are hereby notified that any dissemination, distribution or copying "
        "of this communication is strictly prohibited. If you received this in error, please notify "
        "the sender and delete the message.")

REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


def rdate(day=None, hour=None):
    d = BASE + datetime.timedelta(days=random.randint(0, 40) if day is None else day,
                                  minutes=random.randint(0, 590) if hour is None else hour * 60)
    return format_datetime(d)


def msgid(domain):
    return "<%012x.%06x@%s>" % (random.getrandbits(48), random.getrandbits(24), domain)


def dom_of(addr):
    a = addr.split("@")[-1]
    return a.strip().rstrip(">").strip() or NG


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.rstrip("\n").split("\n"))


def add_part(m, a):
    kind = a[0]
    if kind == "text":          # ('text', str, subtype, filename[, charset])
        m.add_attachment(a[1], subtype=a[2], filename=a[3],
                         charset=(a[4] if len(a) > 4 else "utf-8"))
    elif kind == "bin":         # ('bin', bytes, maintype, subtype, filename)
        m.add_attachment(a[1], maintype=a[2], subtype=a[3], filename=a[4])
    elif kind == "msg":         # ('msg', EmailMessage)
        m.add_attachment(a[1])
    else:
        raise ValueError(kind)


def mk(frm, to, subject, text=None, html=None, cc=None, date=None, charset="utf-8",
       cte=None, html_cte=None, attach=(), headers=None, reply_to_id=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date or rdate()
    m["Message-ID"] = msgid(dom_of(frm))
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if cte is None:
        body_s = text if text is not None else (html or "")
        if all(ord(ch) < 128 for ch in body_s):
            cte = random.choice(["7bit", "7bit", "quoted-printable", "base64", "8bit"])
            if cte == "8bit":
                cte = "7bit"
            if charset == "utf-8" and random.random() < 0.35:
                charset = "us-ascii"
        else:
            cte = random.choice(["quoted-printable", "base64", "8bit"])
    if text is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(text, **kw)
        if html is not None:
            hk = {"charset": charset}
            if html_cte:
                hk["cte"] = html_cte
            m.add_alternative(html, subtype="html", **hk)
    elif html is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(html, subtype="html", **kw)
    for a in attach:
        add_part(m, a)
    return m


# ---------------------------------------------------------------- file builders
ZDT = (2024, 10, 1, 9, 0, 0)


def _zw(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data)


def make_zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data in files:
            _zw(z, name, data)
    return b.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", "".join(out))])


def docx(paras, table=None, table_after=None):
    """paras: list of strings; table: list of rows inserted after paragraph index table_after."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')

    def p(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(t)

    def tbl(rows):
        s = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
        for row in rows:
            s.append("<w:tr>")
            for cell in row:
                s.append("<w:tc>%s</w:tc>" % p(cell))
            s.append("</w:tr>")
        s.append("</w:tbl>")
        return "".join(s)

    body = []
    for i, t in enumerate(paras):
        body.append(p(t))
        if table is not None and i == (table_after if table_after is not None else len(paras) - 1):
            body.append(tbl(table))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % "".join(body))
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Document"):
    per = 54
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    n_pages = len(pages)
    # object numbering: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    objs = {}
    kids = []
    for i, pl in enumerate(pages):
        pnum = 5 + 2 * i
        cnum = pnum + 1
        kids.append("%d 0 R" % pnum)
        content = "BT\n/F1 10 Tf\n13 TL\n50 750 Td\n"
        for ln in pl:
            content += "(%s) Tj T*\n" % _pesc(ln)
        content += "ET\n"
        raw = zlib.compress(content.encode("cp1252", "replace"))
        objs[pnum] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                      "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cnum).encode()
        objs[cnum] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw)) + raw + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Title (%s) /Producer (Northgate DocGen 2.3) /CreationDate (D:20241001090000-05'00') >>"
               % _pesc(title)).encode("cp1252", "replace")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    n = max(objs)
    offs = {}
    for i in range(1, n + 1):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    for i in range(1, n + 1):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, x)
    return bytes(out)


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def html_wrap(inner, font="Calibri, Arial, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>' % (font, inner))


def html_table(rows, border=1):
    s = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        s.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _x(c), tag) for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)


def text_to_html(t):
    return "<br>\n".join(_x(l) for l in t.split("\n"))


# ====================================================================== PHI: care
@reg("phi", "care")
def care1():
    body = """Hi Dr. Okafor,

Just a heads up that Darnell Whitaker did not show for his 9:30 this morning. This is the second
no-show on this file (first was 9/17). I called the number on the referral twice and left a
voicemail, no call back. Transportation vendor says the driver waited 20 min at the house and
nobody came out.

Brett at Harborline wants a non-appearance letter from you today if possible so they can move
forward on their end. I put the template in your queue. The 9:30 slot is open now if you want
to pull up the 10:15 (Ms. Pham) early, she's already in the lobby.

Thanks,
Dana

Dana Whitcomb | Scheduling Coordinator
""" + FOOT + "\n"
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "No-show 10/15 - Whitaker (2nd)", body, cte="7bit"), "Darnell Whitaker"


@reg("phi", "care")
def care2():
    text = """Brett,

Telephonic update on Teresa Holloway (your claim HM-WC-24-10377):

- Lumbar MRI was done 10/3 at Lakeshore Imaging, report requested, will forward when received.
- Dr. Sandoval's office confirmed PT 2x/wk x 6 wks was approved; she has done 4 visits so far.
- She stopped the oxycodone last week and is now taking meloxicam 15 mg daily plus
  cyclobenzaprine at bedtime. She reports sleeping better.
- Next follow-up with Dr. Sandoval is 10/29. He is anticipating release to modified duty
  (no lifting over 20 lbs, alternate sit/stand) starting 11/4.

Employer (Tri-County Freight) confirmed they can accommodate the restrictions in dispatch. I will
attend the 10/29 appointment with her if she agrees.

Renee

Renee Castellano, RN, CCM
Nurse Case Manager
Northgate Medical Evaluations
Direct 330-555-0163
"""
    html = html_wrap(
        "<p>Brett,</p><p>Telephonic update on <b>Teresa Holloway</b> (your claim HM-WC-24-10377):</p>"
        "<ul><li>Lumbar MRI was done 10/3 at Lakeshore Imaging, report requested, will forward when received.</li>"
        "<li>Dr. Sandoval's office confirmed PT 2x/wk x 6 wks was approved; she has done 4 visits so far.</li>"
        "<li>She stopped the oxycodone last week and is now taking meloxicam 15 mg daily plus cyclobenzaprine at bedtime. She reports sleeping better.</li>"
        "<li>Next follow-up with Dr. Sandoval is 10/29. He is anticipating release to modified duty (no lifting over 20 lbs, alternate sit/stand) starting 11/4.</li></ul>"
        "<p>Employer (Tri-County Freight) confirmed they can accommodate the restrictions in dispatch. I will attend the 10/29 appointment with her if she agrees.</p>"
        "<p>Renee</p><p style='color:#555;font-size:9pt'>Renee Castellano, RN, CCM<br>Nurse Case Manager<br>Northgate Medical Evaluations<br>Direct 330-555-0163</p>"
        "<p style='color:#999;font-size:8pt'>" + _x(DISC) + "</p>")
    return mk("Renee Castellano <rcastellano@northgateime.example>",
              "Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "Status update - HM-WC-24-10377", text + "\n" + DISC + "\n", html=html,
              cte="quoted-printable", html_cte="quoted-printable"), "Teresa Holloway"


@reg("phi", "care")
def care3():
    # long thread; the care detail is buried at the bottom
    m1 = """Hi Marisol,

Following up on the Szymanski exam set for 10/22 with Dr. Lindqvist. Claimant's wife called our
office this morning. Gregory was admitted to St. Brendan's on Saturday after a fall at home and
they are now saying he will go back to the OR Wednesday to have the hardware in the right ankle
taken out. She doesn't know when he will be discharged. Please take the 10/22 appointment off
the calendar and we will reschedule once he's home.

Regards,
Alicia Moreno
Paralegal | Feldman & Osei LLP
"""
    m2 = """Alicia - received, thank you. I've cancelled 10/22 with Dr. Lindqvist. Do you want us to
hold the records review portion or wait for the new hospital records as well?

Marisol
"""
    m3 = """Hold the review. We'll send the St. Brendan's records once we get them. Also, can you
send me the updated invoice for the cancelled slot? Our accounting needs it for the file.

Alicia
"""
    m4 = """Hi Alicia,

Attaching the updated invoice. We waived the late-cancellation fee given the circumstances.
Also FYI our office will be closed 11/11 for Veterans Day, so the earliest reschedule window
would be the week of 11/18 for Dr. Lindqvist. Let me know what works.

Marisol Ortega
Scheduling Lead
"""
    body = (m4 + "\n-----Original Message-----\nFrom: Alicia Moreno <amoreno@feldmanosei-law.example>\n"
            "Sent: Monday, October 21, 2024 2:14 PM\nTo: Marisol Ortega <mortega@northgateime.example>\n"
            "Subject: RE: Szymanski - 10/22 exam\n\n" + m3 +
            "\n-----Original Message-----\nFrom: Marisol Ortega <mortega@northgateime.example>\n"
            "Sent: Monday, October 21, 2024 11:02 AM\nTo: Alicia Moreno <amoreno@feldmanosei-law.example>\n"
            "Subject: RE: Szymanski - 10/22 exam\n\n" + m2 +
            "\n-----Original Message-----\nFrom: Alicia Moreno <amoreno@feldmanosei-law.example>\n"
            "Sent: Monday, October 21, 2024 9:47 AM\nTo: Marisol Ortega <mortega@northgateime.example>\n"
            "Subject: Szymanski - 10/22 exam\n\n" + m1)
    inv = pdf(["NORTHGATE MEDICAL EVALUATIONS, LLC", "INVOICE 24-118702", "",
               "Bill to: Feldman & Osei LLP, Attn: Accounts Payable",
               "Re: Szymanski, Gregory  |  Your file FO-22-4471", "",
               "10/21/2024  Records review (partial, 3.5 hrs)            $1,050.00",
               "10/22/2024  Late cancellation fee                        $   0.00 (waived)",
               "", "Total due                                            $1,050.00",
               "Terms: Net 30. Remit to PO Box 7710, Fenwick OH 44090"], "Invoice 24-118702")
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Alicia Moreno <amoreno@feldmanosei-law.example>",
              "RE: Szymanski - 10/22 exam", body,
              attach=[("bin", inv, "application", "pdf", "INV_24-118702.pdf")]), "Gregory Szymanski"


@reg("phi", "care")
def care4():
    html = html_wrap("""
<p>Tamsin,</p>
<p>Dictation for <b>Ms. Renata Kowalczyk</b> is uploaded (job #D-44718, 14 min). A few things the
audio may garble:</p>
<ul>
<li>Jamar grip, position 2, three trials: R 16/18/17 kg, L 31/32/30 kg.</li>
<li>Shoulder ROM right: flexion 110, abduction 95, ER 40, IR to L5. Left full.</li>
<li>Positive Hawkins and Neer on the right. Waddell signs 0/5.</li>
<li>She brought a bottle of tramadol 50 mg she takes "a couple times a day" and her
TENS unit. Note that she had the subacromial decompression 3/14 with Dr. Adebayo.</li>
</ul>
<p>Please put the review of records in the order I listed them, not chronological, the adjuster
asked for it that way. Report due to Cascadia by Friday.</p>
<p>Thanks!<br>PL</p>
<p style="font-size:9pt;color:#666">Peter Lindqvist, MD<br>Board Certified, Orthopaedic Surgery<br>
Northgate Medical Evaluations</p>
""")
    return mk("Peter Lindqvist MD <plindqvist@northgateime.example>",
              "Tamsin Boyle <tboyle@northgateime.example>",
              "Dictation uploaded - Kowalczyk", html=html, cte="base64"), "Renata Kowalczyk"


@reg("phi", "care")
def care5():
    body = """Marisol -

Simone from Cascadia called. Claimant Lionel Batiste passed away on 9/28. Please cancel the file
review with Dr. Feinberg that was set for 10/10 and close out the outstanding records requests
(Mercy Regional and the pain clinic). The family's attorney is sending the death certificate to
Cascadia directly.

No bill for the review since Dr. F hadn't started it. I already let him know.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Marisol Ortega <mortega@northgateime.example>",
              "cancel 10/10 review", body, cte="7bit"), "Lionel Batiste"


@reg("phi", "care")
def care6():
    inner_body = """Dr. Feinberg,

Please see the attached summary of records prepared for your file review. Referral questions
are at the bottom.

Claimant: Yvonne Castellanos-Reed
Employer: Midvale Unified School District (custodian)
Claim: CS-LTD-0091874

Chronology (abbreviated):
01/11/24  ED visit after lifting incident at work, x-rays, discharged with naproxen.
02/06/24  Started PT, 12 visits completed through 04/01.
03/18/24  Gabapentin started 300 mg qhs; titrated to 300 mg TID by 05/10, then 900 mg TID.
05/02/24  Transforaminal ESI L4-5 right (Dr. Iwu). Reported 40% relief x 3 weeks.
06/20/24  Repeat ESI L4-5 right. Minimal relief.
07/09/24  Surgical consult, Dr. Brandt. Not recommending surgery at this time.
08/15/24  FCE at Apex Rehab: sedentary to light capacity, valid effort, 2 of 2 consistency checks.
09/03/24  Attending physician statement: unable to return to own occupation; restrictions
          permanent.

Questions: (1) Are the restrictions supported by the records? (2) Is the claimant able to
perform sedentary work on a full-time basis? (3) Is further treatment reasonable?

Nina Greaves
Clinical Records Analyst
"""
    inner = mk("Nina Greaves <ngreaves@northgateime.example>",
               "Harold Feinberg MD <hfeinberg@northgateime.example>",
               "File review packet - Castellanos-Reed", inner_body, date=rdate(3, 3),
               cte="quoted-printable")
    outer = """Harold - forwarding Nina's summary again since you said the original didn't come
through on your iPad. Cascadia is asking for the report by Friday.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Harold Feinberg MD <hfeinberg@northgateime.example>",
              "Fwd: File review packet - Castellanos-Reed", outer,
              attach=[("msg", inner)]), "Yvonne Castellanos-Reed"


@reg("phi", "care")
def care7():
    body = """Hi there,

Could you move Howard Kessler's functional capacity eval from Tuesday 10/29 to Thursday 10/31?
His wife called us and said he has an injection scheduled Monday and the doctor told him to
take it easy for 48 hrs, so sitting through a 4 hour test on Tuesday is not going to happen.

Same start time is fine.

Thanks so much,
Kim

Kimberly Tran
Legal Assistant to Rafael Ruiz, Esq.
Ruiz Tanaka Law Group
(216) 555-0133
"""
    return mk("Kimberly Tran <ktran@ruiztanaka.example>",
              "scheduling@northgateime.example",
              "Reschedule request", body), "Howard Kessler"


@reg("phi", "care")
def care8():
    body = """Dr. Feinberg,

Harborline is requesting a peer review addendum on Anthony DiMarco (HM-WC-23-88410).

Background: UR non-certified the request for a second right knee arthroscopy on 9/30. The
treating surgeon has appealed. Adjuster would like you to address:

  1. Is the requested repeat arthroscopy medically necessary and causally related to the
     4/12/23 work event?
  2. Has the claimant reached MMI? If so, please provide the whole person impairment rating
     per the AMA Guides, 5th ed., and any apportionment.
  3. Are the current work restrictions (sedentary, no kneeling/squatting) reasonable?

Records added since your 6/2024 review: Dr. Kapoor's op note from the first scope (2/23), 18 PT
notes, the 8/2024 MRI and the UR determination letter. All are in the portal under the claim.

Due 11/8. Thanks.

Jules Mbeki
QA / Case Coordinator
Northgate Medical Evaluations
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Harold Feinberg MD <hfeinberg@northgateime.example>",
              "Addendum request - peer review DiMarco", body + "\n" + DISC + "\n",
              cte="quoted-printable"), "Anthony DiMarco"


# ====================================================================== PHI: names
@reg("phi", "names")
def names1():
    body = """Brett,

We received the outside films and the radiology CD for Mr. Nguyen today (Nguyễn Văn Minh on the
disc label, Nguyen, Van Minh in your referral). Dr. Lindqvist will review the cervical MRI
images himself before the exam on the 28th rather than rely on the read.

Minh's daughter will be interpreting unless you want us to book a certified Vietnamese
interpreter. For an IME we usually recommend a certified one; let me know.

Marisol
"""
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "Re: Nguyễn Văn Minh - records received", body, cte="quoted-printable"), "Nguyễn Văn Minh"


@reg("phi", "names")
def names2():
    body = """Hi Tamsin,

Dr. Okafor reviewed the draft for Adeyemi, Chukwuemeka and wants two changes before it goes out:

p.3 - "the claimant walked with an antalgic gait favoring the left" should be "favoring the right".
p.7 - under Discussion, add after the second paragraph: "Mr. Adeyemi's reported pain behaviors
were consistent with the objective findings on examination, including the measured thigh
circumference difference of 2.5 cm."

Also his first name is misspelled as "Chukwuemaka" in the header on pages 4-9. Please fix and
re-send the PDF to me and I will release it.

Thanks,
Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Tamsin Boyle <tboyle@northgateime.example>",
              "Adeyemi, Chukwuemeka - IME report corrections", body), "Chukwuemeka Adeyemi"


@reg("phi", "names")
def names3():
    html = html_wrap("""
<p>Simone,</p>
<p>Quick note on Priya Raghunathan's LTD claim (CS-LTD-0093302). Priya called again today asking
whether we have her FCE results. I explained that the report goes to Cascadia and not to her
directly, and that she should reach out to you. She was upset; she said she had to lie down for two days
after the testing and wanted to make sure the evaluator "wrote that down."</p>
<p>I did confirm with our evaluator that the post-test symptom report she called in on 10/9 was
added to the file as an addendum.</p>
<p>Thanks,<br>Renee</p>
""")
    text = ("Simone,\n\nQuick note on Priya Raghunathan's LTD claim (CS-LTD-0093302). Priya called again today "
            "asking whether we have her FCE results. I explained that the report goes to Cascadia and not to "
            "her directly, and that she should reach out to you. She was upset; she said she had to lie down for "
            "two days after the testing and wanted to make sure the evaluator \"wrote that down.\"\n\n"
            "I did confirm with our evaluator that the post-test symptom report she called in on 10/9 was "
            "added to the file as an addendum.\n\nThanks,\nRenee\n")
    return mk("Renee Castellano <rcastellano@northgateime.example>",
              "Simone Achterberg <sachterberg@cascadialtd.example>",
              "Claimant call", text, html=html), "Priya Raghunathan"


@reg("phi", "names")
def names4():
    body = """Good afternoon,

Report for the above-referenced exam is attached. Dr. Lindqvist noted inconsistent effort on
grip testing (CV 28%) and found no objective basis for the ongoing left wrist restrictions.
Please let us know if an addendum is needed once the EMG results are available.

Best regards,
Jules Mbeki
"""
    rpt = pdf(["INDEPENDENT MEDICAL EXAMINATION", "",
               "Examinee: José Ángel Fuentes-Ibarra        Date of exam: 03/12/2024",
               "Referral source: Granite Shield Casualty   Claim: GS-24-003318",
               "Examiner: Peter Lindqvist, MD", "",
               "HISTORY: Mr. Fuentes-Ibarra is a 44-year-old warehouse selector who reports a",
               "left wrist injury on 11/02/2023 while lifting a case of product.",
               "", "EXAMINATION: Grip (Jamar, pos. 2) R 40/42/41 kg; L 12/22/15 kg. CV 28%.",
               "Tinel and Phalen negative bilaterally. No atrophy. Full wrist ROM.",
               "", "OPINION: No objective basis for restrictions. MMI reached. 0% WPI.",
               "", "Peter Lindqvist, MD"], "IME Report")
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Leah Brandvold <lbrandvold@graniteshield.example>",
              "Fuentes-Ibarra, José Ángel 3/12 exam", body,
              attach=[("bin", rpt, "application", "pdf", "IME_Report_GS-24-003318.pdf")]), "José Ángel Fuentes-Ibarra"


@reg("phi", "names")
def names5():
    body = """Marisol,

Heads up on the new LTD referral from Cascadia: the claimant is Dr. Farah Al-Masri. She's a
dentist (own-occ policy) and is out on the claim for the tremor in her dominant hand. Please
don't book her with Dr. Okafor; they were on a hospital committee together years ago and Dr. O
asked to be conflicted out. Dr. Feinberg can do the neuro IME instead.

Also, the referral lists her as "Almasri, Farah" but her ID and the policy say Al-Masri with the
hyphen. Please use Al-Masri in the appointment letter or she will call about it (she already
did once).

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Marisol Ortega <mortega@northgateime.example>",
              "new referral - conflict check", body), "Farah Al-Masri"


@reg("phi", "names")
def names6():
    body = """Hi Dr. Okafor,

Re: Małgorzata Wiśniewska - psych/pain IME next Wednesday.

Pani Wiśniewska's son called to confirm and asked that we spell her name correctly this time
(last letter got dropped on the appointment letter: "Wiśniewsk"). He also mentioned that she
gets dizzy with the new medicine her psychiatrist started last month, so he will drive her and
would like to wait in the exam room. I told him that's at the examiner's discretion.

The Polish interpreter is booked (Agnieszka from LinguaBridge, 8:45 arrival).

Dana
"""
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "Wiśniewska - Wed", body, charset="iso-8859-2", cte="quoted-printable"), "Małgorzata Wiśniewska"


@reg("phi", "names")
def names7():
    body = """Brett,

Following up on our call. For O'Driscoll, Siobhán (you have her as "Siobhan ODriscoll" in the
claim system, which is why the portal search came up empty) we have the exam with Dr. Okafor
on 11/6 at 1:00.

Siobhán asked to go by "Shiv" and mentioned she can't sit for more than about 20 minutes since
the fusion, so we'll put her in Room 4 with the standing desk for the intake paperwork.

Dana
"""
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "O'Driscoll exam confirmed", body, cte="8bit"), "Siobhán O'Driscoll"


@reg("phi", "names")
def names8():
    m0 = """Per our call, Mr. ZHANG (surname) Wei (given) is scheduled with Dr. Lindqvist Nov 12.
Mandarin interpreter confirmed. Please note his records from Eastbay Medical list him as
"Wei Zhang" and from the clinic as "Zhang Wei" - same person, DOB matches."""
    body = """Thanks Dana. Forwarding to Dr. Lindqvist so he's aware of the name order.

Peter - Mr. Zhang is the forklift crush injury; he had the 3rd and 4th finger partial
amputations on the left, and the adjuster specifically wants an opinion on the hand therapy
going forward.

Jules

""" + quote("From: Dana Whitcomb\n" + m0)
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Peter Lindqvist MD <plindqvist@northgateime.example>",
              "FW: Zhang Wei 11/12", body, cc="Dana Whitcomb <dwhitcomb@northgateime.example>"), "Zhang Wei"


# ====================================================================== PHI: self
@reg("phi", "self")
def self1():
    body = """Hello,

I got the letter for my exam on Tuesday Oct 22 at 10:00 with Dr. Lindqvist. I don't think I can
make it. My back has been a lot worse since the injection two weeks ago and I can't drive the
hour and a half to Fenwick. My husband works days and can't take me.

Is there any way to do it closer to Ashland or can you set up a ride? The letter said something
about transportation but there was no number.

My claim number is on the letter but I can't find it right now. My date of birth is 7/2/1976 if
that helps.

Thank you,
Rhonda Pettigrew
"""
    return mk("Rhonda Pettigrew <rpettigrew76@mailbox.example>",
              "scheduling@northgateime.example",
              "appointment on tuesday", body), "Rhonda Pettigrew"


@reg("phi", "self")
def self2():
    html = html_wrap("""
<div>Mr. Halvorsen,</div>
<div><br></div>
<div>I want to file a complaint about the exam I went to on October 9th. The doctor spent maybe
8 minutes with me. He did not even have me take my shirt off. He had me raise my arms one time
and wrote something down.</div>
<div><br></div>
<div>I STILL cannot lift my right arm above my shoulder since the rotator cuff surgery in May.
I can't reach the top shelf at home, I can't do my hair, and I definitely can't load trucks. My
own surgeon Dr. Haddad says I need more therapy and now I'm being told my therapy is getting
cut off because of this report.</div>
<div><br></div>
<div>I want a copy of what he wrote.</div>
<div><br></div>
<div>Marcus Bell<br>Claim # HM-WC-24-09215</div>
<div><br></div>
<div style="color:#888">Sent from Mail for Windows</div>
""", font="Segoe UI, sans-serif")
    return mk("Marcus Bell <marcus.bell.1982@webmail.example>",
              "Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "complaint about the IME doctor", html=html,
              cc="scheduling@northgateime.example"), "Marcus Bell"


@reg("phi", "self")
def self3():
    body = """To whom it may concern,

I have an appointment at your office on November 4th for my disability exam. I need to let you
know a few things ahead of time:

1. I walk with a cane and can't do stairs. Please tell me if the office has an elevator.
2. I use oxygen at night and sometimes during the day if I have been walking. I will bring my
   portable tank.
3. I am hard of hearing in my left ear.
4. My sister will come with me.

If any of this is a problem please call me at 440-555-0119.

Thank you,
Eleanor Whitfield-Grant
"""
    return mk("Eleanor Grant <egrant.home@mailbox.example>",
              "info@northgateime.example",
              "Nov 4 appointment - need accommodations", body), "Eleanor Whitfield-Grant"


@reg("phi", "self")
def self4():
    body = """hi,

i was told by my lawyer i could ask you for a copy of the report from my exam last month. the
doctor asked me a lot of questions about my depression and the nightmares and i want to see
what he said about it because my LTD company is saying im fine to go back.

i dont have the claim number handy. the exam was sept 26 with the psychologist.

thanks
Tasha
"""
    return mk("Tasha Greer <tasha.m.greer@webmail.example>",
              "records@northgateime.example",
              "copy of my report", body), "Tasha Greer"


@reg("phi", "self")
def self5():
    body = """Ms. Achterberg,

Attached is the note from my surgeon. I had the second surgery on my neck on 9/2 (the fusion
at C5-6 was extended to C6-7). He says I am out of work until at least January 15 and then
we will see. I am also doing physical therapy three times a week starting next Monday.

Please let me know if you need anything else for the claim. For your records my date of birth
is 04/17/1971.

Sincerely,
Gordon Reinholt
"""
    note = pdf(["VALLEY SPINE ASSOCIATES", "1180 Orchard Pkwy, Brookfield OH", "",
                "October 7, 2024", "", "RE: Gordon Reinholt   DOB 04/17/1971", "",
                "To whom it may concern:", "",
                "Mr. Reinholt underwent C5-7 anterior cervical discectomy and fusion on",
                "09/02/2024. He is unable to work in any capacity until 01/15/2025, at",
                "which point he will be re-evaluated.", "",
                "Amir Farouk, MD", "Orthopaedic Spine Surgery"], "Work note")
    return mk("Gordon Reinholt <greinholt@mailbox.example>",
              "Simone Achterberg <sachterberg@cascadialtd.example>",
              "Re: Request for updated medical - claim CS-LTD-0088154", body,
              attach=[("bin", note, "application", "pdf", "scan_20241007_0912.pdf")]), "Gordon Reinholt"


@reg("phi", "self")
def self6():
    body = """Here's my mileage form for August. I went to PT 14 times (it's 22 miles each way to
ProMotion in Medina) plus the 2 visits with Dr. Sandoval and the MRI on the 3rd.

Let me know if you need receipts for the parking at the hospital.

Teresa Holloway
"""
    csvt = csv_text([["Date", "Destination", "Purpose", "Round trip miles"],
                     ["08/01/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/05/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/07/2024", "Sandoval Ortho", "Follow-up", "31"],
                     ["08/08/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/12/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/15/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/19/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/22/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/26/2024", "ProMotion PT Medina", "Physical therapy", "44"],
                     ["08/28/2024", "Sandoval Ortho", "Follow-up", "31"],
                     ["08/29/2024", "ProMotion PT Medina", "Physical therapy", "44"]])
    return mk("Teresa Holloway <tholloway.oh@mailbox.example>",
              "Renee Castellano <rcastellano@northgateime.example>",
              "Re: mileage reimbursement", body,
              attach=[("text", csvt, "csv", "mileage_aug.csv")]), "Teresa Holloway"


@reg("phi", "self")
def self7():
    body = """hi its Dale Lutz, the pharmacy at Giant Eagle says my claim is denied for the
hydrocodone and the lyrica and i only have 2 days left. nobody at the insurance is calling me
back. the nurse lady gave me this email. can someone help, i cant sleep without them and the
pain in my foot is a 9 right now

Dale
330 555 0187

Sent from my iPhone
"""
    return mk("Dale <dlutz44@phonemail.example>",
              "Renee Castellano <rcastellano@northgateime.example>",
              "meds", body), "Dale Lutz"


# ====================================================================== PHI: ids
@reg("phi", "ids")
def ids1():
    body = """Records Department,
St. Brendan's Medical Center

Please accept this request for certified copies of medical records for the claimant below.
The claimant's signed authorization to release information is attached.

    Claimant:         Bernadette Okonkwo
    DOB:              03/09/1968
    SSN (last 4):     xxx-xx-4471
    Claim #:          HM-WC-2024-018834
    Date of injury:   01/22/2024
    Body part:        Left knee
    Dates requested:  01/22/2024 to present (ED, orthopedics, imaging, PT)

Please send records to records@northgateime.example or fax 330-555-0149, Attn: Nina Greaves.

Thank you,
Nina Greaves
Clinical Records Analyst
Northgate Medical Evaluations
"""
    return mk("Nina Greaves <ngreaves@northgateime.example>",
              "HIM Release of Information <roi@stbrendans.example>",
              "Records request - Okonkwo, Bernadette", body), "Bernadette Okonkwo"


@reg("phi", "ids")
def ids2():
    body = """Simone,

The claimant who called our main line this morning did not have her claim number handy. Here is
what she gave us so you can match her up:

Name: Lakshmi Venkataraman
Born 14 Feb 1959
Member ID CLT-88201457-02 (from her insurance card)
Group LTD policy GL-40021 (Orion Plastics)
Phone 614-555-0176

She is asking whether her psychiatric IME can be done by video because she has not been able to
leave the house alone since June. I told her we would check with you.

Dana
"""
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Simone Achterberg <sachterberg@cascadialtd.example>",
              "Claimant call - need match", body), "Lakshmi Venkataraman"


@reg("phi", "ids")
def ids3():
    body = """Nina,

The records from Mercy Regional came back split across three identifiers, so please make sure
they all get merged into Yvonne Castellanos-Reed's review packet:

  - MRN: 00482913 (ED visit 1/11 and imaging)
  - Acct# 7731-0042-19 (outpatient pain clinic, ESIs 5/2 and 6/20)
  - Chart No. K-55120 (Mercy Physicians Group, PCP notes)

There's also a PT discharge summary with a different DOB typo (1/3/1979 instead of 3/1/1979).
It's the same patient - same address on Hollins Ave. Please flag it in the packet so Dr.
Feinberg doesn't think it's commingled.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Nina Greaves <ngreaves@northgateime.example>",
              "Mercy records - 3 numbers", body), "Yvonne Castellanos-Reed"


@reg("phi", "ids")
def ids4():
    body = """Hi Dana,

For the exam on the 14th, the claimant cannot come to the office. Please arrange a mobile exam at
his home:

  Walter Oyelaran-Briggs
  418 Larkspur Ct, Apt 2B
  Millbrook, OH 44262
  Home: 330-555-0104

He's homebound since the below-knee amputation in August and his prosthesis isn't fitted yet.
Ground floor unit, ramp on the side of the building. His daughter Folake will be there.

Thanks,
Brett Halvorsen
Senior Claims Adjuster, Workers' Compensation
Harborline Mutual Insurance
"""
    return mk("Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Mobile exam - 11/14", body + "\n" + DISC + "\n",
              cte="quoted-printable"), "Walter Oyelaran-Briggs"


@reg("phi", "ids")
def ids5():
    body = """Dr. Lindqvist,

Following up on your report. The employer is disputing causation and has asked for a
supplemental opinion. Specifically: the claimant had a prior right shoulder claim in 2019
(Clm 19-40218-WC, settled) and the employer contends the current condition is a continuation
of that injury rather than a new one.

Please review the 2019 records (attached in the portal) and advise whether the 6/3/24 event
was a new injury, an aggravation, or a recurrence. Also please comment on whether the
proposed reverse total shoulder is related.

Thank you,
Leah Brandvold
Claims Specialist II | Granite Shield Casualty
"""
    return mk("Leah Brandvold <lbrandvold@graniteshield.example>",
              "Peter Lindqvist MD <plindqvist@northgateime.example>",
              "RE: Clm 24-77310-WC / EE Roberto Salas / DOI 6-3-24", body,
              cc="Jules Mbeki <jmbeki@northgateime.example>"), "Roberto Salas"


@reg("phi", "ids")
def ids6():
    html = html_wrap("""
<p>Renee,</p>
<p>Below is the return-to-work summary HR asked for. Please confirm the restrictions match
what Dr. Sandoval gave you.</p>
""" + html_table([["Field", "Value"],
                  ["Employee", "Keon Mabry"],
                  ["Employee ID", "E-20417"],
                  ["DOB", "1982-11-30"],
                  ["Dept", "Cross-dock / Second shift"],
                  ["Provider MRN", "SO-0077213"],
                  ["Status", "Released to modified duty 11/04/2024"],
                  ["Restrictions", "No lifting > 20 lb; no ladders; 15 min break q2h; follow-up 12/02"],
                  ["Medication note", "No forklift operation while on cyclobenzaprine"]]) + """
<p>Thanks,<br>Paula Jankowski<br>HR Generalist, Tri-County Freight</p>
""")
    return mk("Paula Jankowski <pjankowski@tricountyfreight.example>",
              "Renee Castellano <rcastellano@northgateime.example>",
              "RTW summary - Mabry", html=html, cte="quoted-printable"), "Keon Mabry"


@reg("phi", "ids")
def ids7():
    body = """Dana,

Reminder for tomorrow: Keisha Vaughn's psych IME with Dr. Okafor is at 1:00. Her cell is
(216) 555-0142, she prefers a text over a call. She asked that we not leave voicemails on the
home line because her ex-husband still has access to it.

She's been very anxious about the exam and asked twice whether she has to talk about the
assault. Please give Dr. O a heads-up.

Marisol
"""
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Vaughn tmrw", body), "Keisha Vaughn"


@reg("phi", "ids")
def ids8():
    text = """Counsel,

In response to the subpoena duces tecum served October 2, 2024, enclosed please find the
complete IME file for the individual identified below, together with our custodian of records
affidavit.

    Examinee:        Clarence T. Ambrose
    SSN:             412-58-9031
    Medicare MBI:    1EG4-TE5-MK73
    DOB:             September 5, 1957
    Exams:           IME 02/14/2023 (orthopedic); re-exam 08/21/2024 (orthopedic)
    Pages produced:  212 (Bates NG-000001 to NG-000212)

The production includes both examination reports, the intake questionnaires completed by
Mr. Ambrose, the grip and range of motion worksheets, and the records reviewed by the
examiner.

Very truly yours,

Lorraine Patel
Custodian of Records
Northgate Medical Evaluations
"""
    aff = docx(["AFFIDAVIT OF CUSTODIAN OF RECORDS", "",
                "I, Lorraine Patel, being first duly sworn, state as follows:",
                "1. I am the custodian of records for Northgate Medical Evaluations, LLC.",
                "2. The attached 212 pages are true and complete copies of the records pertaining "
                "to Clarence T. Ambrose (DOB 09/05/1957) maintained in the regular course of business.",
                "3. The records were made at or near the time of the examinations of 02/14/2023 and 08/21/2024.",
                "", "____________________________", "Lorraine Patel"])
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "Owen Feldman <ofeldman@feldmanosei-law.example>",
              "Subpoena response - Ambrose", text,
              attach=[("bin", aff, "application",
                       "vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "Custodian_Affidavit_Ambrose.docx")]), "Clarence T. Ambrose"


# ====================================================================== PHI: lists
@reg("phi", "lists")
def lists1():
    body = """Dr. Okafor - here's your schedule for Wednesday 10/23 (Suite B, Room 2). Files are on
your desk in this order.

Time   Claimant                  Claim #            Type            Body part       Interp
-----  ------------------------  -----------------  --------------  --------------  ----------
8:30   Pham, Thi Lan             HM-WC-24-11021     Ortho IME       L shoulder      Vietnamese
9:15   Rasmussen, Karl           GS-24-003877       PM&R IME        Lumbar          -
10:15  Oduya, Grace              CS-LTD-0094410     FCE review      Multiple        -
11:00  Delgado Ruiz, Marisela    HM-WC-24-10988     Ortho re-exam   R knee          Spanish
1:00   Vaughn, Keisha            CS-LTD-0093918     Psych IME       n/a             -
2:30   Brennan, Thomas J.        FO-22-4502 (atty)  Ortho IME       Cervical/R UE   -

Notes:
- Rasmussen: bringing his own imaging on CD.
- Delgado Ruiz: 2nd re-exam, prior report 4/2024 in file.
- Brennan: plaintiff attorney will have a nurse observer present.

Dana
"""
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "Wed 10/23 schedule", body), "Thi Lan Pham"


@reg("phi", "lists")
def lists2():
    rows = [["Date", "Claimant", "Client", "Examiner", "Exam", "Calls", "Notes"],
            ["10/14", "Darnell Whitaker", "Harborline", "Okafor", "PM&R IME", "2", "2nd no-show, non-appearance ltr sent"],
            ["10/15", "Svetlana Morozova", "Cascadia", "Feinberg", "Neuro IME", "3", "said she was in the ER the night before"],
            ["10/16", "Ricardo Almonte", "Granite", "Lindqvist", "Ortho IME", "1", "transport no-show, vendor error"],
            ["10/17", "Aisha Bello-Danjuma", "Harborline", "Okafor", "PM&R re-exam", "2", "rescheduled 10/30"],
            ["10/18", "Curtis Wayne Pruett", "Feldman Osei", "Lindqvist", "Ortho IME", "0", "atty says client hospitalized, awaiting confirmation"]]
    table = "\n".join("\t".join(r) for r in rows)
    body = ("Weekly no-show report, week of 10/14. Pasted from the tracker.\n\n" + table +
            "\n\nNo-show rate for the week: 5 of 61 scheduled (8.2%). Two of these are transport "
            "related so I'm raising it with the vendor again.\n\nMarisol\n")
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "No-show report wk 10/14", body, cte="quoted-printable"), "Darnell Whitaker"


@reg("phi", "lists")
def lists3():
    body = """Harold,

Your file review queue as of this morning. The two Cascadia files at the top are past the
client's 10-day turnaround, please prioritize.

| Due    | Claimant              | Client    | Claim           | Condition on referral          | Pages |
|--------|-----------------------|-----------|-----------------|--------------------------------|-------|
| 10/18  | Hollis, Bernard       | Cascadia  | CS-LTD-0090215  | Multiple sclerosis, fatigue    | 844   |
| 10/18  | Castellanos-Reed, Y.  | Cascadia  | CS-LTD-0091874  | Lumbar radiculopathy           | 612   |
| 10/25  | Eszterhas, Ildikó     | Harborline| HM-WC-24-07730  | CRPS right hand                | 390   |
| 10/28  | Mwangi, Joseph K.     | Granite   | GS-24-002961    | Post-concussion syndrome       | 275   |
| 11/01  | Dubois-Lafleur, Anne  | Cascadia  | CS-LTD-0094122  | Major depressive disorder      | 1,120 |
| 11/08  | DiMarco, Anthony      | Harborline| HM-WC-23-88410  | R knee, s/p arthroscopy        | 205   |

Let me know if you want any of these reassigned.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Harold Feinberg MD <hfeinberg@northgateime.example>",
              "Review queue", body, cte="8bit"), "Bernard Hollis"


@reg("phi", "lists")
def lists4():
    body = """Hi Marisol,

Attached are October's new referrals from our unit. Please confirm receipt and send
appointment dates when available. Exam types and questions are in the portal.

Thanks,
Brett
"""
    rows = [["Referral Date", "Claim Number", "Claimant Last", "Claimant First", "DOB", "DOI",
             "Exam Type", "Accepted Body Parts", "Language", "Attorney"],
            ["10/01/2024", "HM-WC-24-11021", "Pham", "Thi Lan", "05/19/1981", "07/08/2024", "Ortho IME", "L shoulder", "Vietnamese", "N"],
            ["10/02/2024", "HM-WC-24-10988", "Delgado Ruiz", "Marisela", "12/02/1977", "01/15/2024", "Ortho re-exam", "R knee", "Spanish", "Y"],
            ["10/04/2024", "HM-WC-24-11130", "Kowalski", "Dennis", "09/30/1966", "08/21/2024", "PM&R IME", "Lumbar; L hip", "English", "N"],
            ["10/09/2024", "HM-WC-24-11202", "Abiodun", "Olumide", "03/11/1990", "09/02/2024", "Ortho IME", "R wrist; R elbow", "English", "Y"],
            ["10/11/2024", "HM-WC-24-11206", "Petrović", "Dragan", "06/19/1974", "08/12/2024", "Ortho IME", "L knee", "Serbian", "N"],
            ["10/17/2024", "HM-WC-24-11288", "Fairbanks", "Lorna", "02/27/1958", "05/30/2024", "Neuro IME", "Head; cervical", "English", "Y"],
            ["10/22/2024", "HM-WC-24-11345", "Al-Tamimi", "Yousef", "11/08/1985", "10/01/2024", "Ortho IME", "Bilateral hands (burns)", "Arabic", "N"]]
    return mk("Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "Marisol Ortega <mortega@northgateime.example>",
              "October referrals - Harborline WC", body,
              attach=[("text", csv_text(rows), "csv", "HM_WC_referrals_2024-10.csv")]), "Thi Lan Pham"


@reg("phi", "lists")
def lists5():
    body = """Gail,

Updated caseload attached for our 1:1 tomorrow. Three new assignments this week, two closures.
Mabry is going back to modified duty 11/4 so I expect to close him by mid-December.

Renee
"""
    rows = [["Claimant", "Claim", "Client", "Injury / condition", "Current treatment", "Next appt", "RTW status"],
            ["Teresa Holloway", "HM-WC-24-10377", "Harborline", "Lumbar strain w/ radiculopathy", "PT 2x/wk, meloxicam", "10/29/2024", "Mod duty 11/4 (anticipated)"],
            ["Keon Mabry", "HM-WC-24-09870", "Harborline", "L shoulder contusion / impingement", "PT, cyclobenzaprine", "12/02/2024", "Mod duty 11/4"],
            ["Dale Lutz", "GS-24-001442", "Granite Shield", "Crush injury R foot, CRPS workup", "Pain mgmt, hydrocodone, pregabalin", "11/12/2024", "Off work"],
            ["Francisca Obregón", "HM-WC-24-10512", "Harborline", "Carpal tunnel bilateral, s/p R release", "OT 2x/wk", "11/06/2024", "Full duty L hand only"],
            ["Viktor Hallgrímsson", "GS-24-002290", "Granite Shield", "Rib fractures x3, pneumothorax", "Pulm follow-up", "11/20/2024", "Off work"],
            ["Nkechi Eze", "HM-WC-24-11007", "Harborline", "Laceration L forearm, tendon repair", "Hand therapy", "10/31/2024", "Light duty"]]
    return mk("Renee Castellano <rcastellano@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "caseload update", body,
              attach=[("bin", xlsx(rows, "Caseload"), "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "RC_caseload_1024.xlsx")]), "Teresa Holloway"


@reg("phi", "lists")
def lists6():
    body = """Jules,

Batch log for yesterday's dictation is attached. Two reports are on hold, see notes (one has
an unclear drug name, the other the doctor cut off mid-sentence).

Tamsin
"""
    table = [["Job #", "Examiner", "Claimant", "Exam date", "Minutes", "Status", "Note"],
             ["D-44718", "Lindqvist", "Renata Kowalczyk", "10/16/2024", "14", "Done", ""],
             ["D-44721", "Okafor", "Grace Oduya", "10/16/2024", "22", "Done", ""],
             ["D-44722", "Okafor", "Karl Rasmussen", "10/16/2024", "18", "HOLD", "Med list: 'duloxetine' or 'dulcolax'? ~03:10"],
             ["D-44725", "Feinberg", "Bernard Hollis", "file review", "31", "Done", ""],
             ["D-44726", "Lindqvist", "Ricardo Almonte", "10/16/2024", "9", "HOLD", "Audio ends during physical exam section"],
             ["D-44730", "Okafor", "Svetlana Morozova", "10/16/2024", "16", "Done", ""]]
    d = docx(["Northgate Medical Evaluations - Transcription Batch Log",
              "Batch date: 10/17/2024   Transcriptionist: T. Boyle", ""], table=table, table_after=2)
    return mk("Tamsin Boyle <tboyle@northgateime.example>",
              "Jules Mbeki <jmbeki@northgateime.example>",
              "Batch log 10/17", body,
              attach=[("bin", d, "application",
                       "vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "BatchLog_20241017.docx")]), "Renata Kowalczyk"


@reg("phi", "lists")
def lists7():
    body = """Dr. Okafor, Dana -

Route sheet for Thursday's mobile exams is attached. Driver will pick you up at the office at
7:45. Equipment kit (portable table, goniometers, Jamar, BP cuff) will already be in the van.

Marisol
"""
    lines = ["MOBILE EXAM ROUTE - THURSDAY 11/14/2024", "Examiner: Adaeze Okafor, MD   Driver: R. Castillo",
             "", "STOP 1  9:00   Walter Oyelaran-Briggs   HM-WC-24-10655",
             "        418 Larkspur Ct, Apt 2B, Millbrook OH 44262   330-555-0104",
             "        BKA left (08/2024), no prosthesis yet. Ramp on side. Daughter present.",
             "", "STOP 2  11:00  Beatriz Conceição Lima   CS-LTD-0093550",
             "        2716 Fairmount Rd, Shaker Hts OH 44122   216-555-0158",
             "        Home oxygen. Portuguese interpreter meeting at address.",
             "", "STOP 3  1:30   Harlan Dewitt Sr.        GS-24-002118",
             "        95 County Rd 14, Lodi OH 44254   330-555-0182",
             "        Wheelchair since SCI (T10). Gravel drive - call on arrival.",
             "", "Return to office approx. 4:00 PM"]
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "Thursday mobile route", body, cc="Dana Whitcomb <dwhitcomb@northgateime.example>",
              attach=[("bin", pdf(lines, "Mobile route 11/14"), "application", "pdf",
                       "Mobile_Route_2024-11-14.pdf")]), "Walter Oyelaran-Briggs"


# ====================================================================== PHI: struct
def hl7(segs, sep="\r"):
    return sep.join(segs) + sep


@reg("phi", "struct")
def struct1():
    segs = ["MSH|^~\\&|LKSLAB|LAKESHORE|NGIME|NORTHGATE|202410171422||ORU^R01|LK88201734|P|2.5.1",
            "PID|1||LK4471920^^^LAKESHORE^MR||KUHLMANN^BRANDON^J||19880503|M|||2290 E 38TH ST^^LORAIN^OH^44055||^PRN^PH^^^440^5550125",
            "PV1|1|O|LKSCOL^^^LAKESHORE||||1962204443^OKAFOR^ADAEZE",
            "ORC|RE|NG24-UDS-0311|LK88201734",
            "OBR|1|NG24-UDS-0311|LK88201734|UDS10^URINE DRUG SCREEN 10 PANEL|||202410161105",
            "OBX|1|ST|3349-8^Amphetamines^LN||NEGATIVE||NEGATIVE||||F",
            "OBX|2|ST|3397-7^Cocaine metab^LN||NEGATIVE||NEGATIVE||||F",
            "OBX|3|ST|18282-4^Cannabinoids^LN||POSITIVE|ng/mL|NEGATIVE|A|||F",
            "OBX|4|ST|19295-5^Opiates^LN||POSITIVE||NEGATIVE|A|||F",
            "OBX|5|ST|19659-2^Oxycodone^LN||NEGATIVE||NEGATIVE||||F",
            "OBX|6|ST|3426-4^Benzodiazepines^LN||NEGATIVE||NEGATIVE||||F"]
    body = ("Dr. Okafor,\n\nLakeshore's interface dumped the raw result instead of the PDF again. Pasting it "
            "here so you have it before you finalize the Kuhlmann report - the opiate screen is positive "
            "and he told you at the exam he's only on the gabapentin.\n\n" + hl7(segs, "\n") +
            "\nIT has a ticket open with Lakeshore about the PDF.\n\nNina\n")
    return mk("Nina Greaves <ngreaves@northgateime.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "UDS result - Kuhlmann", body, cte="quoted-printable"), "Brandon Kuhlmann"


@reg("phi", "struct")
def struct2():
    segs = ["MSH|^~\\&|EPIC|STBRENDANS|HIE|NEOHIE|202410201930||ADT^A03|SB20241020193011|P|2.5",
            "EVN|A03|202410201925",
            "PID|1||SB20388417^^^STB^MR~MCD774410299^^^OHMCD^MA||YUSUF-BELLO^HALIMA^A||19820114|F|||61 DOVER PL^^PARMA^OH^44129||^PRN^PH^^^216^5550139|||||SB9921033104",
            "PV1|1|I|4W^412^B^STB||||2210398811^NAKAMURA^KEN|||ORT||||7|||2210398811^NAKAMURA^KEN|IN||||||||||||||||||||||||202410171205|202410201900",
            "DG1|1||S72.001A^Fracture of unspecified part of neck of right femur, initial^I10|||A",
            "PR1|1||0SRR0J9^Replacement of R femoral head with synth substitute^ICD10PCS||202410180830",
            "ZDS|HOME WITH HOME HEALTH PT/OT|WALKER"]
    body = """Nina,

The HIE sent St. Brendan's discharge for Ms. Yusuf-Bello as a raw message; the viewer won't
open it. File attached. You can read it in Notepad. It should go in the Granite Shield file
before Dr. Lindqvist's records review.

Kevin
IT Support
"""
    return mk("Kevin Ng <kng@northgateime.example>",
              "Nina Greaves <ngreaves@northgateime.example>",
              "HIE discharge message - attached", body,
              attach=[("bin", hl7(segs).encode(), "application", "hl7-v2",
                       "ADT_A03_SB20241020193011.hl7")]), "Halima Yusuf-Bello"


def x12(segs, ctrl="000004417", sender="NGIME0001", receiver="HARBML00", gs_code="HC",
        version="005010X222A1", date="241015", time="1030", tset="837"):
    st = ["ST*%s*0001*%s" % (tset, version)] + segs
    st.append("SE*%d*0001" % (len(st) + 1))
    isa = ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:"
           % (sender, receiver, date, time, ctrl))
    gs = "GS*%s*%s*%s*20%s*%s*%d*X*%s" % (gs_code, sender, receiver, date, time, int(ctrl), version)
    return "~\n".join([isa, gs] + st + ["GE*1*%d" % int(ctrl), "IEA*1*%s" % ctrl]) + "~\n"


@reg("phi", "struct")
def struct3():
    segs = ["BHT*0019*00*NG24101501*20241015*1030*CH",
            "NM1*41*2*NORTHGATE MEDICAL EVALUATIONS*****46*NGIME0001",
            "PER*IC*BILLING OFFICE*TE*3305550148",
            "NM1*40*2*HARBORLINE MUTUAL*****46*HARBML00",
            "HL*1**20*1",
            "NM1*85*2*NORTHGATE MEDICAL EVALUATIONS*****XX*1234567893",
            "N3*2200 QUARRY BEND RD STE 310",
            "N4*FENWICK*OH*44090",
            "REF*EI*341234567",
            "HL*2*1*22*0",
            "SBR*P*18*******WC",
            "NM1*IL*1*PETROVIC*DRAGAN****MI*HMWC2411206",
            "N3*77 WILLOW BEND DR",
            "N4*AKRON*OH*44310",
            "DMG*D8*19740619*M",
            "NM1*PR*2*HARBORLINE MUTUAL*****PI*HARBML00",
            "REF*Y4*HM-WC-24-11206",
            "CLM*NG24-0417*1850***11:B:1*Y*A*Y*Y",
            "DTP*439*D8*20240812",
            "HI*ABK:S83242A*ABF:M2332",
            "NM1*82*1*LINDQVIST*PETER****XX*1497758544",
            "LX*1",
            "SV1*HC:99456*1850*UN*1***1",
            "DTP*472*D8*20241010"]
    body = """Brett,

Your EDI team said the 837 for the Petrović exam rejected at the clearinghouse for a missing
claim reference. I've re-built it with the REF*Y4 segment. Resubmitting through the portal
today; copy attached for your records.

Thanks,
Carla Jimenez
Billing Specialist
"""
    return mk("Carla Jimenez <billing@northgateime.example>",
              "Brett Halvorsen <bhalvorsen@harborline-ins.example>",
              "837 resubmission NG24-0417", body,
              attach=[("bin", x12(segs).encode(), "application", "edi-x12", "NG24-0417_837P.x12")]), "Dragan Petrovic"


@reg("phi", "struct")
def struct4():
    segs = ["BPR*I*3700*C*ACH*CCP*01*041000124*DA*99887766*1234567890**01*041215032*DA*55443322*20241101",
            "TRN*1*EFT88213301*1234567890",
            "DTM*405*20241031",
            "N1*PR*HARBORLINE MUTUAL",
            "N3*400 HARBOR POINTE BLVD",
            "N4*CLEVELAND*OH*44114",
            "N1*PE*NORTHGATE MEDICAL EVALUATIONS*XX*1234567893",
            "LX*1",
            "CLP*NG24-0388*1*1850*1850**WC*HMWC2410102*11",
            "NM1*QC*1*KOVACS*ISTVAN****MI*HMWC2410102",
            "DTM*232*20241009",
            "SVC*HC:99456*1850*1850**1",
            "DTM*472*20241009",
            "CLP*NG24-0391*1*1850*1850**WC*HMWC2410377*11",
            "NM1*QC*1*ABERNATHY*JOLENE*R***MI*HMWC2410377",
            "DTM*232*20241011",
            "SVC*HC:99456*1850*1850**1",
            "DTM*472*20241011"]
    edi = x12(segs, ctrl="000005521", sender="HARBML00", receiver="NGIME0001", gs_code="HP",
              version="005010X221A1", date="241101", time="0900", tset="835")
    body = ("Gail - Harborline's remit for the 10/31 EFT ($3,700). Both IMEs paid in full, posting "
            "today. Pasting the 835 since their portal only lets me download it as text:\n\n" + edi +
            "\nCarla\n")
    return mk("Carla Jimenez <billing@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Harborline EFT 10/31 posted", body), "Istvan Kovacs"


@reg("phi", "struct")
def struct5():
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "mrc-6620193",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "6620193"}],
                          "name": [{"family": "Benavides", "given": ["Aurelio", "M."]}],
                          "gender": "male", "birthDate": "1969-08-27",
                          "address": [{"line": ["1403 Fulton Rd NW"], "city": "Canton", "state": "OH", "postalCode": "44703"}],
                          "telecom": [{"system": "phone", "value": "330-555-0171"}]}},
            {"resource": {"resourceType": "Condition", "id": "c1",
                          "subject": {"reference": "Patient/mrc-6620193"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G56.01",
                                               "display": "Carpal tunnel syndrome, right upper limb"}]},
                          "onsetDateTime": "2023-11-02"}},
            {"resource": {"resourceType": "Procedure", "id": "p1", "status": "completed",
                          "subject": {"reference": "Patient/mrc-6620193"},
                          "code": {"text": "Right open carpal tunnel release"},
                          "performedDateTime": "2024-02-14"}},
            {"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
                          "subject": {"reference": "Patient/mrc-6620193"},
                          "medicationCodeableConcept": {"text": "Gabapentin 300 mg capsule, 1 cap PO TID"}}}]}
    body = """Jules,

Mercy's patient-access API export for Benavides came through as FHIR JSON rather than a PDF
packet. It's attached; only 4 resources, so it's clearly not the complete chart. I've re-sent
the request asking for the full records in PDF.

Nina
"""
    return mk("Nina Greaves <ngreaves@northgateime.example>",
              "Jules Mbeki <jmbeki@northgateime.example>",
              "Mercy export (JSON) - Benavides", body,
              attach=[("bin", json.dumps(bundle, indent=2).encode(), "application", "fhir+json",
                       "mercy_export_6620193.json")]), "Aurelio Benavides"


@reg("phi", "struct")
def struct6():
    body = """*** NEW IME REFERRAL - SUBMITTED VIA CLIENT PORTAL ***

Referral ID:              R-2024-10-4471
Submitted:                10/24/2024 16:02
Client:                   Granite Shield Casualty
Adjuster:                 Leah Brandvold (lbrandvold@graniteshield.example)

Claimant Name:            Tomasz Grabowski
Claimant DOB:             08-22-1985
Claimant Phone:           330-555-0191
Claimant Address:         5120 Ridgewood Ave, North Canton, OH 44720
Claim Number:             GS-24-004102
Date of Injury:           07/19/2024
Jurisdiction:             OH
Employer:                 Brightline Roofing Co.

Exam Type:                Orthopedic IME
Body Parts Accepted:      Lumbar spine
Body Parts Disputed:      Right hip
Current Treatment:        Chiropractic 3x/wk; tramadol; referred for hip MRI
Treating Physician:       Dr. Lena Moravec, DC
Interpreter Needed:       Polish
Represented:              Yes - Rafael Ruiz, Ruiz Tanaka Law Group

Questions for Examiner:
1. Diagnosis(es) causally related to the 07/19/2024 injury.
2. Is the right hip condition related?
3. Is continued chiropractic care reasonable and necessary?
4. Work capacity / restrictions.

--
This is an automated message from the Northgate Client Portal. Do not reply.
"""
    return mk("Northgate Client Portal <no-reply@portal.northgateime.example>",
              "scheduling@northgateime.example",
              "New referral R-2024-10-4471 (Granite Shield)", body), "Tomasz Grabowski"


@reg("phi", "struct")
def struct7():
    def fw(*cols):
        widths = [16, 18, 14, 10, 10, 8, 8, 10]
        return "".join(str(c).ljust(w)[:w] for c, w in zip(cols, widths)).rstrip()
    hdr = fw("CLAIM_NO", "LAST_NAME", "FIRST_NAME", "DOB", "DIS_DATE", "ICD10", "STATUS", "NEXT_REV")
    rows = [fw("CS-LTD-0088154", "REINHOLT", "GORDON", "19710417", "20240315", "M4802", "OPEN", "20250115"),
            fw("CS-LTD-0090215", "HOLLIS", "BERNARD", "19760902", "20230611", "G35", "OPEN", "20241118"),
            fw("CS-LTD-0091874", "CASTELLANOS-REED", "YVONNE", "19790301", "20240111", "M5416", "OPEN", "20241125"),
            fw("CS-LTD-0093302", "RAGHUNATHAN", "PRIYA", "19840713", "20240402", "M797", "OPEN", "20241202"),
            fw("CS-LTD-0093918", "VAUGHN", "KEISHA", "19900126", "20240520", "F4312", "OPEN", "20241209"),
            fw("CS-LTD-0094122", "DUBOIS-LAFLEUR", "ANNE", "19730518", "20240618", "F332", "OPEN", "20241216")]
    data = hdr + "\r\n" + "\r\n".join(rows) + "\r\n"
    readme = ("CASCADIA LTD - VENDOR EXTRACT\r\nFile layout: fixed width, see header. Dates CCYYMMDD.\r\n"
              "Generated 2024-10-31 02:00 by job LTDVEND07.\r\n")
    z = make_zip([("LTD_vendor_extract_20241031.txt", data), ("README.txt", readme)])
    body = """Hi Jules,

Attached is the monthly open-claims extract for the claims currently assigned to Northgate for
review. Please reconcile against your open file list and let me know of discrepancies.

Simone Achterberg
Senior Claims Specialist, LTD
Cascadia LTD Group
"""
    return mk("Simone Achterberg <sachterberg@cascadialtd.example>",
              "Jules Mbeki <jmbeki@northgateime.example>",
              "Monthly extract - October", body + "\n" + DISC + "\n",
              attach=[("bin", z, "application", "zip", "Northgate_extract_202410.zip")]), "Gordon Reinholt"


# ====================================================================== PHI: lang
@reg("phi", "lang")
def lang1():
    es = """Buenos días,

Soy Guadalupe Reyes Montoya, tengo cita para el examen médico el jueves 24 de octubre a las 9:15
con el Dr. Lindqvist. Quería avisarles que el 10 de octubre me operaron otra vez de la rodilla
derecha y todavía ando con muletas. El doctor Salgado me dijo que no puedo manejar por seis
semanas. ¿Pueden mandarme transporte o cambiar la cita? También necesito intérprete porque no
hablo bien inglés.

Mi número de reclamo es HM-WC-24-10754.

Gracias,
Guadalupe
"""
    body = ("Marisol, can you read this one and call her back? I think she's saying she had another "
            "surgery and can't drive. Her number is in the referral.\n\nThanks - Dana\n\n"
            "-------- Forwarded message --------\nFrom: Guadalupe Reyes <lupita.reyes@mailbox.example>\n"
            "Date: Mon, 21 Oct 2024 07:12:40 -0400\nSubject: cita 24 de octubre\n"
            "To: scheduling@northgateime.example\n\n" + es)
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Marisol Ortega <mortega@northgateime.example>",
              "Fwd: cita 24 de octubre", body, charset="iso-8859-1",
              cte="quoted-printable"), "Guadalupe Reyes Montoya"


@reg("phi", "lang")
def lang2():
    body = """Sorry for writing in Russian, my English writing is not good.

Здравствуйте,

Пишу по поводу моей матери. У неё назначен осмотр у доктора Фейнберга 5 ноября.
ФИО: Кузнецова Ольга Степановна, дата рождения 12.03.1954.

После инсульта в августе у неё нарушена речь и слабость в правой руке, и она плохо
понимает по-английски. Можно ли, чтобы я присутствовал на осмотре и переводил? Также она
принимает варфарин, у неё легко появляются синяки - пожалуйста, предупредите врача.

С уважением,
Дмитрий Кузнецов
тел. 440-555-0166
"""
    return mk("Дмитрий Кузнецов <d.kuznetsov@mailbox.example>",
              "scheduling@northgateime.example",
              "Осмотр 5 ноября - Кузнецова О.С.", body, charset="koi8-r",
              cte="base64"), "Кузнецова Ольга Степановна"


@reg("phi", "lang")
def lang3():
    body = """Chào chị Dana,

Em là Trần Thị Bích Ngọc, claim number HM-WC-24-11409. Em muốn đổi lịch khám ngày 30/10
vì em phải đi chụp MRI cổ ở bệnh viện vào sáng hôm đó. Bác sĩ nói tay phải của em bị tê
nhiều hơn trước và có thể phải mổ.

Sorry em viết tiếng Việt, con gái em sẽ gọi lại để nói bằng tiếng Anh.

Cảm ơn chị,
Ngọc
SĐT: 216-555-0112
"""
    return mk("Ngoc Tran <ngoc.tran.btt@webmail.example>",
              "Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Lịch hẹn khám - Trần Thị Bích Ngọc", body, charset="utf-8",
              cte="base64"), "Trần Thị Bích Ngọc"


@reg("phi", "lang")
def lang4():
    body = """Dana 您好，

以下是今天口译的备注（王秀英女士，索赔号 GS-24-003990，Dr. Okafor 检查）：

- 王女士说她右手腕疼痛，晚上睡不着，每天吃两次布洛芬。
- 她说上个月在社区医院打了一次类固醇注射，效果不明显。
- 做握力测试的时候她哭了，说很痛，第三次没有做完。

Dr. Okafor asked me to write these down and send them so they can go in the file with the
report.

谢谢，
李慧 (Hui Li)
Certified Mandarin Interpreter
LinguaBridge Language Services
"""
    return mk("Hui Li <hli@linguabridge.example>",
              "Dana Whitcomb <dwhitcomb@northgateime.example>",
              "口译备注 / interpreter notes 10/25 - Wang Xiuying", body, charset="gb2312",
              cte="base64"), "王秀英"


@reg("phi", "lang")
def lang5():
    body = """السلام عليكم،

أنا يوسف التميمي، رقم المطالبة HM-WC-24-11345. موعد الفحص الطبي يوم 7 نوفمبر.
يداي ما زالتا مضمدتين بعد عملية ترقيع الجلد بسبب الحروق، ولا أستطيع الكتابة أو ملء
الاستمارات. أرجو أن يساعدني أحد في تعبئة الأوراق يوم الموعد، وأحتاج مترجماً للغة العربية.

شكراً جزيلاً،
يوسف
Yousef Al-Tamimi
"""
    return mk("Yousef Al-Tamimi <y.altamimi@mailbox.example>",
              "scheduling@northgateime.example",
              "موعد الفحص 7 نوفمبر", body, charset="windows-1256",
              cte="quoted-printable"), "Yousef Al-Tamimi"


@reg("phi", "lang")
def lang6():
    body = """Boa tarde,

Sou o marido da Beatriz Conceição Lima (sinistro CS-LTD-0093550). A visita do médico em casa
está marcada para quinta-feira, 14/11. Queria informar que a Beatriz usa oxigênio 24 horas
desde a internação em setembro e não consegue ficar em pé por muito tempo. Ela toma
furosemida de manhã, então talvez precise ir ao banheiro durante o exame.

O portão da garagem fica aberto, podem entrar pelo lado.

Atenciosamente,
Antônio Lima
216-555-0158
"""
    return mk("Antonio Lima <antonio.lima@mailbox.example>",
              "scheduling@northgateime.example",
              "Visita domiciliar 14/11 - Beatriz Lima", body, charset="iso-8859-1",
              cte="quoted-printable"), "Beatriz Conceição Lima"


@reg("phi", "lang")
def lang7():
    body = """Bonjou Renee,

Se Jean-Baptiste Louissaint (claim GS-24-002744). Mwen te al wè doktè a jodi a pou do mwen.
Li ban m yon lòt piki epi li di m pou m pa travay pandan 2 semèn ankò. Medikaman pou doulè a
fini, famasi a di asirans lan pa peye. Tanpri rele m.

Sorry my english not good, my nephew can call you if you need.

Mèsi anpil,
Jean-Baptiste
216-555-0193
"""
    return mk("Jean-Baptiste Louissaint <jb.louissaint@mailbox.example>",
              "Renee Castellano <rcastellano@northgateime.example>",
              "doktè jodi a", body, charset="iso-8859-1", cte="8bit"), "Jean-Baptiste Louissaint"


@reg("phi", "lang")
def lang8():
    html = html_wrap("""
<p>Hi Ma'am Simone,</p>
<p>Good morning po. Ako po si Ma. Cristina Dela Cruz, claim CS-LTD-0094577. Gusto ko lang po
i-update kayo na na-admit po ako ulit sa ospital last week dahil sa chemo, kaya hindi po ako
nakapunta sa FCE noong Oct 18. Sabi po ng oncologist ko, may 3 cycles pa po ako bago matapos.</p>
<p>Pwede po bang i-reschedule after December? Pasensya na po sa abala.</p>
<p>Salamat po,<br>Cristina<br>0917-555-0102 / 216-555-0145</p>
""")
    return mk("Cristina Dela Cruz <macris.delacruz@webmail.example>",
              "Simone Achterberg <sachterberg@cascadialtd.example>",
              "Re: FCE schedule", html=html, cte="quoted-printable"), "Ma. Cristina Dela Cruz"


# ====================================================================== CLEAN: staff
@reg("clean", "staff")
def staff1():
    rows = [["Examiner", "Specialty", "Mon", "Tue", "Wed", "Thu", "Fri"],
            ["Peter Lindqvist, MD", "Orthopaedic Surgery", "Fenwick", "Fenwick", "-", "Akron (PM)", "Depositions"],
            ["Adaeze Okafor, MD", "PM&R", "-", "Fenwick", "Fenwick", "Mobile", "Fenwick (AM)"],
            ["Harold Feinberg, MD", "Neurology", "Reviews", "Reviews", "Akron", "Reviews", "-"],
            ["Miriam Szabo, PsyD", "Psychology", "Fenwick", "-", "Fenwick", "Fenwick", "Testing only"],
            ["Rohan Mehta, DO", "Occupational Med", "Akron", "Akron", "Akron", "-", "Akron"]]
    text = ("All,\n\nNovember examiner availability is below. Dr. Lindqvist is out 11/25-11/29. Dr. Mehta "
            "starts Saturday clinics in Akron on 11/16 (8-12, 4 slots).\n\n" +
            "\n".join("  ".join(c.ljust(22) for c in r).rstrip() for r in rows) +
            "\n\nPlease don't book past 12/20 yet; December templates are still being finalized.\n\nMarisol\n")
    html = html_wrap("<p>All,</p><p>November examiner availability is below. Dr. Lindqvist is out 11/25-11/29. "
                     "Dr. Mehta starts Saturday clinics in Akron on 11/16 (8-12, 4 slots).</p>" + html_table(rows) +
                     "<p>Please don't book past 12/20 yet; December templates are still being finalized.</p><p>Marisol</p>")
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "Scheduling Team <scheduling-team@northgateime.example>",
              "November examiner availability", text, html=html), ""


@reg("clean", "staff")
def staff2():
    body = """Team,

After-hours line coverage for November. The after-hours line forwards to the on-call cell
below from 5:30 PM to 8:00 AM and all weekend. Please swap directly with each other and just
cc me so I can update the forwarding.

Week of       On call            Cell            Backup
11/04         Dana Whitcomb      330-555-0121    Marisol Ortega
11/11         Jules Mbeki        330-555-0124    Dana Whitcomb
11/18         Marisol Ortega     330-555-0127    Nina Greaves
11/25         Nina Greaves       330-555-0129    Jules Mbeki

Reminder: after-hours calls are mostly claimants asking about tomorrow's appointment, transport
or directions. Anything clinical goes to the examiner's office the next business day; anything
urgent, the caller should be directed to 911 or their own doctor.

Gail Summerfield
Operations Manager
"""
    return mk("Gail Summerfield <gsummerfield@northgateime.example>",
              "Scheduling Team <scheduling-team@northgateime.example>",
              "November after-hours on-call", body), ""


@reg("clean", "staff")
def staff3():
    rows = [["Name", "Title", "Credentials", "Ext", "Direct", "Email"],
            ["Gail Summerfield", "Operations Manager", "", "101", "330-555-0161", "gsummerfield@northgateime.example"],
            ["Marisol Ortega", "Scheduling Lead", "", "114", "330-555-0162", "mortega@northgateime.example"],
            ["Dana Whitcomb", "Scheduling Coordinator", "", "115", "330-555-0121", "dwhitcomb@northgateime.example"],
            ["Renee Castellano", "Nurse Case Manager", "RN, CCM", "131", "330-555-0163", "rcastellano@northgateime.example"],
            ["Jules Mbeki", "QA / Case Coordinator", "", "120", "330-555-0124", "jmbeki@northgateime.example"],
            ["Nina Greaves", "Clinical Records Analyst", "RHIT", "122", "330-555-0129", "ngreaves@northgateime.example"],
            ["Tamsin Boyle", "Medical Transcriptionist", "RHDS", "140", "", "tboyle@northgateime.example"],
            ["Peter Lindqvist", "Examining Physician", "MD, FAAOS", "201", "", "plindqvist@northgateime.example"],
            ["Adaeze Okafor", "Examining Physician", "MD, CIME", "202", "", "aokafor@northgateime.example"],
            ["Harold Feinberg", "Reviewing Physician", "MD", "203", "", "hfeinberg@northgateime.example"],
            ["Miriam Szabo", "Examining Psychologist", "PsyD, ABPP", "204", "", "mszabo@northgateime.example"],
            ["Rohan Mehta", "Examining Physician", "DO, MPH", "205", "330-555-0168", "rmehta@northgateime.example"]]
    body = """Hi all,

Updated staff directory attached (v. Oct 2024). Changes: Dr. Mehta added, Renee's direct line
changed, and the fax number for the Akron office is now 330-555-0150.

Please delete any older copies saved to your desktop.

Lorraine
HR & Administration
"""
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "Staff directory - October update", body,
              attach=[("bin", xlsx(rows, "Directory"), "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Northgate_Staff_Directory_Oct2024.xlsx")]), ""


@reg("clean", "staff")
def staff4():
    body = """Colleagues,

Notes from Thursday's peer-review huddle, for those who couldn't make it:

1. Grip strength: when you report a coefficient of variation above 15%, please state in the
   report that CV alone is not a validated measure of effort. Two recent reports went out saying
   "CV > 15% indicates submaximal effort" and a defense attorney flagged it. Use the language in
   the QA style sheet.

2. AMA Guides, 6th ed.: for lumbar ratings, remember the diagnosis-based impairment grid is the
   default. The ROM method is only for the limited circumstances in the upper extremity chapter.
   Also cite the edition the jurisdiction requires; Ohio WC is still 5th for some claim dates.

3. Waddell signs: report the number positive out of five, do not use the phrase "malingering."
   Non-organic signs are not a measure of honesty.

4. Causation: address new injury vs. aggravation vs. recurrence explicitly whenever the referral
   mentions a prior claim. Several addenda this quarter were avoidable.

Next huddle Thursday 11/21, 7:30 AM, conference room B. Dr. Szabo will present on validity
testing in psych IMEs.

Harold Feinberg, MD
Medical Director
"""
    return mk("Harold Feinberg MD <hfeinberg@northgateime.example>",
              "Examiners <examiners@northgateime.example>",
              "Peer review huddle notes", body, cc="Jules Mbeki <jmbeki@northgateime.example>"), ""


@reg("clean", "staff")
def staff5():
    body = """Gail,

Transcription turnaround for September, as requested for the vendor comparison:

| Transcriptionist  | Reports | Audio min | Avg TAT (hrs) | Returned for edits |
|-------------------|---------|-----------|---------------|--------------------|
| Tamsin Boyle      | 148     | 2,316     | 19.4          | 3                  |
| Deepa Raman       | 121     | 1,947     | 22.1          | 5                  |
| Marguerite Olsen  | 96      | 1,508     | 26.8          | 2                  |
| Vendor (Scribix)  | 212     | 3,610     | 41.5          | 17                 |

Internal average 22.3 hrs vs. vendor 41.5. Vendor returns were mostly formatting and drug-name
spelling. I'd recommend we keep the psych IMEs in-house.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Sept transcription TAT", body), ""


@reg("clean", "staff")
def staff6():
    html = html_wrap("""
<p>Gail,</p>
<p>Credentialing renewals coming due in the next 120 days. Ohio license verifications are
printed and in the credentialing binder. Dr. Lindqvist's board recert exam is scheduled.</p>
""" + html_table([["Examiner", "License", "State", "Expires", "Board cert", "Cert expires", "CIME/ABIME"],
                  ["Peter Lindqvist, MD", "35.088214", "OH", "01/01/2025", "ABOS", "12/31/2024", "n/a"],
                  ["Adaeze Okafor, MD", "35.097730", "OH", "07/01/2025", "ABPMR", "12/31/2027", "CIME 03/2026"],
                  ["Harold Feinberg, MD", "35.061902", "OH", "01/01/2025", "ABPN", "Lifetime", "n/a"],
                  ["Miriam Szabo, PsyD", "P.7712", "OH", "01/31/2025", "ABPP", "n/a", "n/a"],
                  ["Rohan Mehta, DO", "34.011487", "OH", "10/01/2026", "ABPM (OM)", "12/31/2029", "CIME 11/2025"]]) + """
<p>I'll send reminders at 60 and 30 days.</p>
<p>Lorraine Patel<br>HR &amp; Administration</p>
""")
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Credentialing - upcoming renewals", html=html), ""


@reg("clean", "staff")
def staff7():
    m1 = """Can we get Room 4 back for Dr. Szabo on Wednesdays? The testing room next to the
break room is too loud for the timed tests.

Miriam"""
    body = """Sure - here's the room plan starting 11/4:

Room 1 - Dr. Lindqvist (Mon/Tue), Dr. Mehta overflow
Room 2 - Dr. Okafor
Room 3 - FCE lab (treadmill, lift station, Jamar and pinch gauges)
Room 4 - Dr. Szabo on Mon/Wed/Thu; standing desk stays in there
Room 5 - Intake / interpreter room

Also the Jamar dynamometers and pinch gauges go out for annual calibration 11/12-11/15. We'll
have two loaners from the vendor; serial numbers are taped to the case.

Gail

""" + quote(m1)
    return mk("Gail Summerfield <gsummerfield@northgateime.example>",
              "Miriam Szabo PsyD <mszabo@northgateime.example>",
              "RE: Room 4 on Wednesdays", body,
              cc="Scheduling Team <scheduling-team@northgateime.example>"), ""


# ====================================================================== CLEAN: admin
@reg("clean", "admin")
def admin1():
    inv = pdf(["SCRIBIX TRANSCRIPTION SERVICES, INC.", "4410 Commerce Way, Suite 12, Dayton OH 45402", "",
               "INVOICE SX-2024-0931            Date: 10/01/2024", "Bill to: Northgate Medical Evaluations, LLC",
               "Account: NGME-0042", "",
               "Description                                   Qty        Rate        Amount",
               "Transcription, standard TAT (per line)        48,220     $0.11       $5,304.20",
               "Transcription, STAT TAT (per line)            3,115      $0.16         $498.40",
               "Verbatim psych dictation (per audio min)      214        $1.75         $374.50",
               "Platform fee (monthly)                        1          $150.00       $150.00",
               "", "                                              Subtotal            $6,327.10",
               "                                              Total due           $6,327.10",
               "", "Payment terms: Net 30. ACH preferred. Questions: ar@scribix.example"], "Invoice SX-2024-0931")
    body = """Hello,

Please find attached invoice SX-2024-0931 for September services. Line count detail by job is
available in the client portal.

Thank you for your business,
Accounts Receivable
Scribix Transcription Services
"""
    return mk("Scribix AR <ar@scribix.example>",
              "Accounts Payable <ap@northgateime.example>",
              "Invoice SX-2024-0931 - September 2024", body,
              attach=[("bin", inv, "application", "pdf", "SX-2024-0931.pdf")]), ""


@reg("clean", "admin")
def admin2():
    html = html_wrap("""
<h3 style="color:#1f4e79">Scheduled maintenance: CaseTrack upgrade</h3>
<p>CaseTrack (scheduling and report management) will be unavailable <b>Saturday 11/9 from
6:00 AM to 2:00 PM</b> while we upgrade to version 8.2.</p>
<p>What changes for you:</p>
<ul>
<li>New login page. Your username stays the same; you will be prompted to re-enroll MFA.</li>
<li>The "Claimant" search now matches on claim number and partial last name.</li>
<li>Report PDFs will be watermarked DRAFT until QA releases them.</li>
</ul>
<p>If you have Saturday clinics, print the day's schedule and intake packets on Friday.</p>
<p>Questions: helpdesk@northgateime.example or ext. 150.</p>
<p>Kevin Ng<br>IT Support</p>
""")
    return mk("Kevin Ng <kng@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "[Maintenance] CaseTrack unavailable Sat 11/9 6AM-2PM", html=html, cte="quoted-printable"), ""


@reg("clean", "admin")
def admin3():
    body = """Good morning,

A few building items:

- HVAC in Suite B (exam rooms 1-5) is being serviced Tuesday 10/29 between 7 and 9 AM. Exam
  rooms may be warm until about 10. Space heaters are NOT permitted in exam rooms.
- The elevator annual inspection is Thursday 10/31 from 1-3 PM. If you have a claimant who
  needs the elevator during that window, please let the front desk know so we can use the
  freight elevator on the east side.
- Parking lot C will be resurfaced the weekend of 11/9. Staff please use lot A Monday 11/11.

Thanks,
Facilities - Quarry Bend Office Park
Management office: 330-555-0190
"""
    return mk("Quarry Bend Facilities <facilities@quarrybendpark.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Building notices - late October", body), ""


@reg("clean", "admin")
def admin4():
    body = """Hi everyone,

Open enrollment for 2025 benefits runs November 4 through November 22. You must make an active
election this year if you want to contribute to an FSA or HSA; those elections do not roll over.

What's new for 2025:
  - Medical: the PPO deductible goes from $1,000 to $1,250; the HDHP deductible stays $3,200.
  - Dental and vision premiums are unchanged.
  - Employer HSA seed: $750 single / $1,500 family.
  - New: voluntary accident and hospital indemnity plans.

Benefits fair: Wednesday 11/6, 11:30-1:30 in conference room B, lunch provided. Reps from
Buckeye Health Plan and Lumen Dental will be there.

Also, the 2025 holiday calendar is attached to the HR page. The office will be closed 11/28-11/29
and 12/24-12/25.

Lorraine Patel
HR & Administration
"""
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "2025 Open Enrollment - Nov 4 to Nov 22", body, cte="quoted-printable"), ""


@reg("clean", "admin")
def admin5():
    rows = [["Service", "CPT / code", "2024 fee", "2025 proposed", "Notes"],
            ["Independent medical exam, single specialty", "99456", 1850, 1925, "Includes up to 500 pp. records"],
            ["IME re-examination", "99456-RE", 1200, 1250, ""],
            ["Records review, per hour", "RR-HR", 300, 315, "2 hr minimum"],
            ["Addendum", "ADD", 350, 375, ""],
            ["Late cancellation (<48 hrs)", "LC", 500, 500, ""],
            ["No-show", "NS", 650, 650, "Non-appearance letter included"],
            ["Functional capacity evaluation", "97750", 1100, 1150, "4-hour protocol"],
            ["Interpreter coordination", "INT", 0, 0, "Passed through at cost"]]
    body = """Simone,

As discussed, attached is our proposed 2025 fee schedule for the Cascadia vendor agreement
renewal (current agreement expires 12/31/2024). Increases average 3.9%. Turnaround commitments
stay at 10 business days for IMEs and 7 for record reviews.

Happy to get on a call with procurement. Redlines to the MSA will follow from our counsel.

Gail Summerfield
Operations Manager
Northgate Medical Evaluations
"""
    return mk("Gail Summerfield <gsummerfield@northgateime.example>",
              "Simone Achterberg <sachterberg@cascadialtd.example>",
              "2025 fee schedule - vendor agreement renewal", body,
              cc="Vendor Management <vendormgmt@cascadialtd.example>",
              attach=[("bin", xlsx(rows, "Fees 2025"), "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Northgate_Fee_Schedule_2025_proposed.xlsx")]), ""


@reg("clean", "admin")
def admin6():
    body = """Ops meeting - 10/24/2024
Attendees: Gail, Marisol, Jules, Renee, Nina, Kevin, Carla

1. Volume: 261 exams scheduled in September (+7% vs Aug). Harborline 41%, Cascadia 28%,
   Granite Shield 19%, attorney-referred 12%.
2. No-show rate 7.6% (target < 6%). 38% of no-shows were transport-related. Marisol to meet
   with the transport vendor 11/1.
3. Report TAT: median 8.1 business days. Psych IMEs are the outlier at 12.4.
4. Records: average packet 640 pages; Nina piloting the OCR indexing tool on file reviews.
5. IT: CaseTrack 8.2 upgrade 11/9. Kevin to send the staff notice.
6. Billing: Harborline 837 rejections down to 2 in October after the REF segment fix.

Action items:
- Marisol: transport vendor meeting, report back 11/7
- Jules: draft psych TAT improvement plan
- Carla: AR aging review with Gail

Next meeting 11/7.
"""
    return mk("Gail Summerfield <gsummerfield@northgateime.example>",
              "Ops Leads <opsleads@northgateime.example>",
              "Ops meeting notes 10/24", body), ""


@reg("clean", "admin")
def admin7():
    rows = [["Client", "Current", "31-60", "61-90", "91-120", "120+", "Total"],
            ["Harborline Mutual", "48,150.00", "12,400.00", "1,850.00", "0.00", "0.00", "62,400.00"],
            ["Cascadia LTD Group", "31,275.00", "9,900.00", "4,200.00", "1,850.00", "0.00", "47,225.00"],
            ["Granite Shield Casualty", "22,900.00", "3,700.00", "0.00", "0.00", "650.00", "27,250.00"],
            ["Feldman & Osei LLP", "4,150.00", "1,050.00", "0.00", "0.00", "0.00", "5,200.00"],
            ["Ruiz Tanaka Law Group", "3,700.00", "0.00", "0.00", "1,850.00", "0.00", "5,550.00"],
            ["TOTAL", "110,175.00", "27,050.00", "6,050.00", "3,700.00", "650.00", "147,625.00"]]
    body = """Gail,

AR aging as of 10/31 attached (by client). Ruiz Tanaka's 91-120 balance is a single invoice
they say they never received; I re-sent it yesterday. Granite's 120+ is the disputed no-show
fee from June - recommend we write it off.

Carla
"""
    return mk("Carla Jimenez <billing@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "AR aging 10/31", body,
              attach=[("text", csv_text(rows), "csv", "AR_aging_20241031.csv")]), ""


# ====================================================================== CLEAN: lookalike
@reg("clean", "lookalike")
def look1():
    html = html_wrap("""
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#0b5a3c;color:#fff;padding:12px">
<b>Fenwick Community Credit Union</b></td></tr><tr><td style="padding:12px">
<p>Hello NINA GREAVES,</p>
<p>Your October eStatement is ready to view in Online Banking.</p>
<p>Member #: ****8812<br>Statement period: 10/01/2024 - 10/31/2024<br>
Auto loan (Share 70) next payment: $312.48 due 11/15/2024</p>
<p>Reminder: our Holiday Skip-a-Pay program opens November 1. Members in good standing may skip
one loan payment in December for a $25 fee.</p>
<p style="font-size:8pt;color:#777">Federally insured by NCUA. Fenwick Community Credit Union,
PO Box 440, Fenwick OH 44090. Routing 241079938. Do not reply to this email.</p>
</td></tr></table>
""", font="Arial, sans-serif")
    return mk("Fenwick Community CU <estatements@fenwickccu.example>",
              "ngreaves@northgateime.example",
              "Your October eStatement is ready", html=html, cte="base64"), ""


@reg("clean", "lookalike")
def look2():
    body = """Gail,

Confirming the details on the fleet claim for the Transit van (unit 3):

  Policy:            CAP-7719204-03 (Commercial Auto, Buckeye Mutual)
  Claim #:           AU-24-556120
  Date of loss:      10/16/2024
  Location:          Lot A, Quarry Bend Office Park
  Vehicle:           2021 Ford Transit 250, VIN 1FTBR1C80MKA00000, plate NGM-3318
  Damage:            Rear bumper and right taillight; backed into bollard
  Estimate:          $2,184.60 (Fenwick Collision, est. #FC-10941)
  Deductible:        $500

Appraiser Tom Keel will look at it Monday. The mobile exam route on 10/24 will need the
rental; I've reserved a minivan from Enterprise under the corporate account.

Carla
"""
    return mk("Carla Jimenez <billing@northgateime.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Fleet claim AU-24-556120 - van unit 3", body), ""


@reg("clean", "lookalike")
def look3():
    text = """ORDER CONFIRMATION

Thank you for your order, Northgate Medical Evaluations!

Order #:         MS-20241018-77431
PO #:            NG-PO-2210
Ship to:         Attn: Gail Summerfield, 2200 Quarry Bend Rd Ste 310, Fenwick OH 44090

Qty  Item                                                  Unit       Ext
2    Jamar Plus+ Digital Hand Dynamometer  (SKU 12-0605)   $489.00    $978.00
1    Baseline Pinch Gauge 60 lb (SKU 12-0235)              $172.50    $172.50
1    Hydraulic 3-section exam table, dove gray              $3,910.00  $3,910.00
4    Disposable paper table roll, 21" x 225' (case of 12)   $54.00     $216.00
1    Goniometer set, 6-piece                                $38.95     $38.95
                                                  Subtotal            $5,315.45
                                                  Shipping (freight)    $225.00
                                                  Total               $5,540.45

Shipped via FedEx Freight, PRO# 4128870015. Small parcels via UPS 1Z9X84W20341772650.

Questions? 1-800-555-0177 or orders@medsupplydirect.example
"""
    html = html_wrap("<pre style='font-family:Consolas,monospace'>" + _x(text) + "</pre>")
    return mk("MedSupply Direct <orders@medsupplydirect.example>",
              "Gail Summerfield <gsummerfield@northgateime.example>",
              "Your order MS-20241018-77431 has shipped", text, html=html), ""


@reg("clean", "lookalike")
def look4():
    m1 = """Hi Lorraine,

Quick question for open enrollment. If I switch from the PPO to the HDHP for 2025, can I still
keep the same primary care doctor, and does the HSA seed money come in January or spread over the
year? Also my husband is coming off his employer's plan in March - can I add him mid-year or do
I have to wait until next enrollment?

Thanks!
Marisol"""
    body = """Hi Marisol,

1. Yes, both plans use the same Buckeye Health Plan network, so any in-network PCP stays
   in-network.
2. The seed is split: half in the first January paycheck, half in July.
3. Loss of other coverage is a qualifying life event. You have 30 days from his coverage end
   date to add him. Just send me the letter from his employer showing the end date.

Lorraine

""" + quote(m1)
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "Marisol Ortega <mortega@northgateime.example>",
              "RE: HDHP question", body), ""


@reg("clean", "lookalike")
def look5():
    body = """Kevin,

UAT for CaseTrack 8.2 is finished. Please purge the test data before go-live. I created the
following in the training environment AND (by mistake) in production:

  ZZTEST, PATIENT         DOB 01/01/1900   Claim TEST-0000001   Ortho IME 11/05 9:00 Rm 1
  ZZTEST, CLAIMANT TWO    DOB 01/01/1900   Claim TEST-0000002   Psych IME 11/05 1:00 Rm 4
  ZZTEST, INTERPRETER     DOB 01/01/1900   Claim TEST-0000003   FCE 11/06 8:00 Rm 3

They are all under the dummy client "ZZ Test Insurance Co." so they shouldn't be billed, but
the production appointments are holding real slots on Dr. Lindqvist's and Dr. Szabo's calendars.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Kevin Ng <kng@northgateime.example>",
              "Please delete ZZTEST appointments in prod", body), ""


@reg("clean", "lookalike")
def look6():
    body = """Dr. Lindqvist,

Your travel for the deposition in Columbus is booked:

Flight:   Skyline Air 2214, CAK -> CMH, Thu 11/21 depart 6:40 AM, arrive 7:35 AM
          Confirmation: QK7RZP   Seat 4C   SkyMiles # 2214 8890 13
Return:   Skyline Air 2291, CMH -> CAK, Thu 11/21 depart 5:55 PM
Hotel:    none needed
Car:      Enterprise at CMH, confirmation 1183340927, Emerald Club # 551290041

Deposition: 10:00 AM, court reporter's office, 65 E State St, Suite 1400. Attorney Owen Feldman
will meet you in the lobby at 9:30. The per diem and mileage form is attached to your
calendar invite.

Dana
"""
    return mk("Dana Whitcomb <dwhitcomb@northgateime.example>",
              "Peter Lindqvist MD <plindqvist@northgateime.example>",
              "Travel - Columbus 11/21", body), ""


@reg("clean", "lookalike")
def look7():
    body = """Hello Rohan,

Welcome to IronWorks Fitness through the Northgate corporate partnership!

  Member ID:      7720-1184
  Home club:      IronWorks Fenwick, 18 Main St
  Plan:           Corporate Flex ($24.99/mo, payroll deduction)
  Start date:     11/01/2024
  Key fob #:      F-004417

Your complimentary orientation session with a trainer is available any time in your first
30 days. Book it in the IronWorks app under "Intro Session".

Questions? Call the front desk at 330-555-0114.

See you at the gym!
IronWorks Member Services
"""
    return mk("IronWorks Fitness <members@ironworksfit.example>",
              "Rohan Mehta DO <rmehta@northgateime.example>",
              "Welcome to IronWorks - your member details", body), ""


# ====================================================================== CLEAN: news
@reg("clean", "news")
def news1():
    html = html_wrap("""
<h2 style="color:#1f4e79">The Northgate Note - November 2024</h2>
<h3>Akron office is open!</h3>
<p>Our second location at 1 Cascade Plaza, Suite 900 saw its first exams on October 14. Dr. Mehta
and Dr. Feinberg will be there most weeks; Saturday clinics start 11/16.</p>
<h3>Welcome</h3>
<p>Please welcome <b>Rohan Mehta, DO</b> (occupational medicine) and <b>Deepa Raman</b>
(transcription). Stop by and say hi.</p>
<h3>Anniversaries</h3>
<p>Marisol Ortega - 10 years! Jules Mbeki - 5 years. Renee Castellano - 3 years.</p>
<h3>Volunteer spotlight</h3>
<p>Dana Whitcomb spent three Saturdays in October sorting donations at the Fenwick Area Food
Bank, and rounded up 14 coworkers for the November 9 shift. Sign-up sheet is in the break room.</p>
<h3>By the numbers</h3>
<p>Q3: 742 exams, 318 file reviews, 96% of reports delivered within the client's turnaround.</p>
""")
    return mk("Northgate Communications <news@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "The Northgate Note - November 2024", html=html), ""


@reg("clean", "news")
def news2():
    body = """WORKERS' COMP BRIEFING - Week of October 21, 2024
A newsletter for claims professionals from Hartwell & Pryce, LLP

1. IME notice period extended. Effective January 1, 2025, the state administrative rule on
   employer-requested medical examinations extends the minimum notice to the injured worker from
   14 to 21 days and requires the notice to state whether an interpreter will be provided.
   Examination reports must be served on the worker's representative within 7 days of receipt.

2. Telehealth IMEs. The agency's pilot allowing psychological IMEs by video has been extended
   through 2025. In the pilot's first year, 412 video exams were completed; 6% were converted to
   in-person because of connectivity problems.

3. Mileage rate. Reimbursement for travel to medical exams rises to 67 cents per mile for
   2025.

4. Case note. An appellate panel held last month that an examiner's failure to review the
   prior claim file went to the weight, not the admissibility, of the opinion.

This newsletter is for general information and is not legal advice.
To unsubscribe, reply REMOVE.
"""
    return mk("Hartwell & Pryce Briefing <briefing@hartwellpryce.example>",
              "jmbeki@northgateime.example",
              "WC Briefing: IME notice period extended to 21 days", body,
              headers={"List-Unsubscribe": "<mailto:briefing@hartwellpryce.example?subject=REMOVE>"}), ""


@reg("clean", "news")
def news3():
    html = html_wrap("""
<p><b>Free flu shots for staff - Tuesday, November 12</b></p>
<p>Buckeye Health Plan's mobile team will be in conference room B from 9 AM to 1 PM. No appointment
needed; bring your insurance card. Staff not on our plan are welcome too.</p>
<p><b>Desk ergonomics reminders</b> (from our own FCE team!):</p>
<ul>
<li>Top of the monitor at or slightly below eye level, about an arm's length away.</li>
<li>Elbows at roughly 90 degrees, wrists neutral; the keyboard tray can be adjusted by facilities.</li>
<li>Stand or walk for a couple of minutes every 30-45 minutes.</li>
<li>Headsets are available for anyone on the phone more than two hours a day - ask Kevin.</li>
</ul>
<p>Wellness Committee</p>
""")
    text = ("Free flu shots for staff - Tuesday, November 12\n\nBuckeye Health Plan's mobile team will be in "
            "conference room B from 9 AM to 1 PM. No appointment needed; bring your insurance card. Staff not on "
            "our plan are welcome too.\n\nDesk ergonomics reminders (from our own FCE team!):\n"
            "- Top of the monitor at or slightly below eye level, about an arm's length away.\n"
            "- Elbows at roughly 90 degrees, wrists neutral; the keyboard tray can be adjusted by facilities.\n"
            "- Stand or walk for a couple of minutes every 30-45 minutes.\n"
            "- Headsets are available for anyone on the phone more than two hours a day - ask Kevin.\n\n"
            "Wellness Committee\n")
    return mk("Wellness Committee <wellness@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "Flu shot clinic 11/12 + ergonomics tips", text, html=html), ""


@reg("clean", "news")
def news4():
    body = """Research roundup for the examiners' journal club (November)

"Early functional capacity evaluation and duration of long-term disability claims: a
retrospective cohort" (J Occup Rehabil Stud, 2024)

- 1,214 LTD claims for musculoskeletal conditions from three carriers, 2017-2021.
- Claims with an FCE within 90 days of the elimination period had a median claim duration of
  11.2 months vs. 16.9 months without (adjusted HR for return to work 1.38, 95% CI 1.19-1.60).
- Effect was smallest for cervical and largest for upper extremity conditions.
- Limitations: non-random assignment; FCE protocols varied; no data on claimant-reported
  outcomes.

Discussion question: does early FCE change outcomes, or do carriers send the claimants who were
already likely to return to work?

Journal club: Tuesday 11/19, 12:15, conference room B. Lunch provided.

Harold
"""
    return mk("Harold Feinberg MD <hfeinberg@northgateime.example>",
              "Examiners <examiners@northgateime.example>",
              "Journal club - early FCE and LTD duration", body), ""


@reg("clean", "news")
def news5():
    body = """Thank you, Northgate!

The 2024 Quarry Bend 5K raised $18,460 for the Fenwick Children's Library literacy fund.
Special thanks to our volunteers and sponsors:

Volunteers: Dana Whitcomb, Carla Jimenez, Kevin Ng, Tamsin Boyle, Jules Mbeki and his daughter
Amara (water station champions), and Dr. Okafor, who ran the whole course in a library-card
costume.

Sponsors: Northgate Medical Evaluations (Gold), Harborline Mutual (Silver), Fenwick Community
Credit Union (Silver), Quarry Bend Office Park (Bronze).

Race photos are posted at quarrybend5k.example/photos. Mark your calendars for next year:
October 11, 2025.

- The Quarry Bend 5K Committee
"""
    return mk("Quarry Bend 5K <hello@quarrybend5k.example>",
              "All Staff <allstaff@northgateime.example>",
              "Thank you volunteers & sponsors - $18,460 raised!", body, cte="quoted-printable"), ""


@reg("clean", "news")
def news6():
    html = html_wrap("""
<p><b>Society of Impairment Rating Professionals</b> - Member Webinar</p>
<h3>What changed in the 2024 update to the AMA Guides (Digital)</h3>
<p>Thursday, December 5, 2024 | 12:00-1:30 PM ET | 1.5 CME credits</p>
<p>Presenter: Corinne Ashby-Vale, MD, MPH</p>
<ul>
<li>Revised upper extremity chapter: new grids for peripheral nerve impairment</li>
<li>Spine: clarifications on diagnosis-based impairment and radiculopathy criteria</li>
<li>Mental and behavioral disorders: updated rating approach</li>
<li>Case examples using fictional examinees and Q&amp;A</li>
</ul>
<p>Members: free | Non-members: $95. Register at sirp.example/webinars.</p>
<p style="font-size:8pt">You are receiving this because you are a SIRP member.
Manage preferences at sirp.example/prefs.</p>
""")
    return mk("SIRP Education <education@sirp.example>",
              "Adaeze Okafor MD <aokafor@northgateime.example>",
              "Webinar Dec 5: 2024 AMA Guides update (1.5 CME)", html=html), ""


# ====================================================================== CLEAN: training
@reg("clean", "training")
def train1():
    body = """Welcome to scheduling training, week 2!

Today we'll walk through a referral from start to finish. The referral below is a
made-up training example; the person, claim and numbers do not exist.

  ---------------- TRAINING EXAMPLE - FICTITIOUS ----------------
  Client:            Example Insurance Co.
  Claimant:          Jane Q. Sample
  DOB:               01/01/1970
  Claim #:           EX-0000-0000
  Exam type:         Orthopedic IME
  Body part:         Right shoulder
  Interpreter:       Spanish
  -----------------------------------------------------------------

Exercise:
 1. Which examiner(s) can take an orthopedic IME at the Akron office?
 2. How many days' notice do we need to give the claimant under the new rule?
 3. Where in CaseTrack do you request the interpreter, and what's the vendor's cutoff?
 4. What do you do if the claimant calls to say they've had surgery since the referral?

Bring your answers Thursday. Reminder: never practice in production. Use the training
environment (training.casetrack.northgateime.example).

Marisol
"""
    return mk("Marisol Ortega <mortega@northgateime.example>",
              "New Schedulers <newschedulers@northgateime.example>",
              "Training wk 2 - referral walkthrough", body), ""


@reg("clean", "training")
def train2():
    paras = ["INDEPENDENT MEDICAL EXAMINATION - REPORT TEMPLATE (v. 2024-10)", "",
             "Examinee: [CLAIMANT NAME]        DOB: [DOB]        Claim #: [CLAIM NUMBER]",
             "Date of exam: [DATE]        Examiner: [EXAMINER NAME, CREDENTIALS]",
             "Referral source: [CLIENT]        Jurisdiction: [STATE]", "",
             "IDENTIFICATION AND CONSENT: [Examinee] was advised that no physician-patient relationship "
             "is created by this examination ... [standard language - do not edit].",
             "HISTORY OF INJURY: [Narrative as reported by examinee.]",
             "RECORDS REVIEWED: [List in order requested by referral source.]",
             "EXAMINATION: [Vitals] [Inspection] [ROM table] [Strength] [Sensation] [Special tests] [Grip: 3 trials]",
             "DIAGNOSES: [List, with ICD-10 codes if requested.]",
             "RESPONSES TO REFERRAL QUESTIONS: [Answer each question verbatim as numbered.]",
             "ATTESTATION: I declare that I personally performed this examination ... [signature block]"]
    body = """All,

Attached is the updated IME report template. Changes: attestation language per the new rule,
and the grip section now asks for all three trials rather than the average. Placeholders are in
[BRACKETS]; please don't save over the template, use File > New from template.

Jules
"""
    return mk("Jules Mbeki <jmbeki@northgateime.example>",
              "Examiners <examiners@northgateime.example>",
              "Updated IME report template (Oct 2024)", body,
              cc="Tamsin Boyle <tboyle@northgateime.example>",
              attach=[("bin", docx(paras), "application",
                       "vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "IME_Report_Template_2024-10.docx")]), ""


@reg("clean", "training")
def train3():
    html = html_wrap("""
<h3>Annual privacy refresher - quiz (10 questions)</h3>
<p>All names below are fictional and used for training only.</p>
<ol>
<li>A claimant's attorney emails asking for a copy of the IME report. Who may release it?<br>
a) the scheduler b) the examiner c) only per the client's instructions and our release policy d) anyone</li>
<li>You need to send the daily schedule to Dr. Okafor while she's at the Akron office. What is the
approved method?<br>a) personal Gmail b) encrypted internal mail / CaseTrack c) text photo d) fax to the lobby</li>
<li>"Mr. Example" (fictional) calls and asks what his diagnosis was in the report. What do you say?</li>
<li>True or false: a claim number alone, with no name, is never sensitive.</li>
<li>Which of these can go in an email subject line? a) claim number only b) claimant full name and
exam type c) date of birth d) none of the above unless encrypted</li>
</ol>
<p>Complete the full quiz in the learning portal by November 30. Passing score 80%.</p>
<p>Lorraine Patel, Privacy Officer</p>
""")
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "Privacy refresher quiz - due 11/30", html=html), ""


@reg("clean", "training")
def train4():
    lines = ["NORTHGATE MEDICAL EVALUATIONS, LLC", "POLICY ADM-14: RECORDS RETENTION AND MINIMUM NECESSARY",
             "Effective: 11/01/2024     Owner: Privacy Officer     Review: annually", "",
             "1. PURPOSE", "   To define how long examination files are kept and what information",
             "   staff may access, use or disclose.", "",
             "2. RETENTION", "   2.1 IME and file review reports: 10 years from report date.",
             "   2.2 Records received from providers: returned or destroyed 90 days after",
             "       final report unless the client instructs otherwise in writing.",
             "   2.3 Audio dictation: deleted 30 days after report release.",
             "   2.4 Litigation hold overrides all of the above.", "",
             "3. MINIMUM NECESSARY", "   3.1 Schedulers access demographics, claim number, exam type, body part.",
             "   3.2 Transcriptionists access the dictation and report draft only.",
             "   3.3 Email subject lines must not contain claimant names or dates of birth.",
             "   3.4 Records packets are transmitted only via CaseTrack or encrypted mail.", "",
             "4. DESTRUCTION", "   Paper: locked shred bins, vendor certificate of destruction retained.",
             "   Electronic: purged per IT-07.", "", "Approved: Gail Summerfield, Operations Manager"]
    body = """All staff,

The revised records retention and minimum necessary policy (ADM-14) takes effect November 1.
Please read it and acknowledge in the learning portal by 11/15. Key change: subject lines may no
longer include claimant names.

Lorraine Patel
Privacy Officer
"""
    return mk("Lorraine Patel <lpatel@northgateime.example>",
              "All Staff <allstaff@northgateime.example>",
              "Policy ADM-14 revised - please acknowledge by 11/15", body,
              attach=[("bin", pdf(lines, "ADM-14"), "application", "pdf", "ADM-14_Records_Retention.pdf")]), ""


@reg("clean", "training")
def train5():
    body = """Transcription style guide - excerpt for new transcriptionists

Below is a SAMPLE dictation and how it should be formatted. The claimant is fictional ("John
Doe") and the numbers are invented for the exercise.

SAMPLE AUDIO (as dictated):
  "this is doctor example dictating an IME on john doe sample claim number zero zero zero one
  ... grip jamar position two right thirty two thirty four thirty three left forty forty one
  forty ... new paragraph impression period"

SAMPLE OUTPUT:
  Examinee: John Doe (SAMPLE)    Claim #: 0001 (SAMPLE)
  Grip strength (Jamar, position 2): Right 32/34/33 kg; Left 40/41/40 kg.
  IMPRESSION:

Rules illustrated:
  - Numbers for measurements are always numerals with units.
  - "New paragraph" and "period" are commands, not text.
  - Drug names: verify against the drug reference; flag with [?] and timestamp if unclear.
  - Never guess a name spelling; use the referral.

Tamsin Boyle, RHDS
Lead Transcriptionist
"""
    return mk("Tamsin Boyle <tboyle@northgateime.example>",
              "Deepa Raman <draman@northgateime.example>",
              "Style guide excerpt + sample", body,
              attach=[("text", body, "plain", "style_guide_sample.txt")]), ""


@reg("clean", "training")
def train6():
    sample = hl7(["MSH|^~\\&|TRAINSYS|TRAINING|NGIME|NORTHGATE|202401010000||ADT^A04|TRAIN0001|T|2.5",
                  "PID|1||TEST123^^^TRAINING^MR||SAMPLE^PATIENT^A||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000",
                  "PV1|1|O|TRAIN^^^TRAINING"], "\n")
    body = """Hi Nina,

For the interface training on Friday, here's the sample message we'll use. Everything in it is
dummy data from the vendor's test kit (processing ID "T", patient SAMPLE^PATIENT, DOB 1900).

""" + sample + """
We'll cover:
  - MSH-9 message type and what A04 vs A03 means
  - PID-3 identifier list and assigning authority
  - Why MSH-11 = T messages never post to production

Kevin
"""
    return mk("Kevin Ng <kng@northgateime.example>",
              "Nina Greaves <ngreaves@northgateime.example>",
              "HL7 training sample for Friday", body), ""


# ====================================================================== main
EXPECTED = {("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
            ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
            ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
            ("clean", "news"): 6, ("clean", "training"): 6}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REGISTRY:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        msg, patient = fn()
        name = "%s-%s-%03d.eml" % (label, kind, n)
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([name, label, kind, patient])
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, k), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, k), v in counts.items() if l == "clean") == 33
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), v in EXPECTED.items():
        print("%s-%s: %d" % (label, kind, counts[(label, kind)]))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
