#!/usr/bin/env python3
"""Blind evaluation mail generator: patient financial services / charity care office.
Everything here is invented. Usage: python3 gen.py OUTDIR"""
import sys, os, random, csv, io, zipfile, zlib, struct, datetime, json, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 10701
random.seed(SEED)

ORG = "tallowmerehealth.org"
EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def dt(y, m, d, h=None, mi=None):
    if h is None:
        h = random.randint(7, 17)
    if mi is None:
        mi = random.randint(0, 59)
    summer = (3 < m < 11) or (m == 3 and d >= 9) or (m == 11 and d < 2)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=EDT if summer else EST)


def said(d, who):
    """Gmail/Outlook-web style attribution line."""
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s, %s wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ampm, who)


def outlook_hdr(frm, sent, to, subj, cc=None):
    h = sent.hour % 12 or 12
    ampm = "AM" if sent.hour < 12 else "PM"
    s = "-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n" % (
        frm, sent.strftime("%A"), sent.strftime("%B"), sent.day, sent.year, h, sent.minute, ampm, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subj
    return s


def fwd_hdr(frm, sent, to, subj, cc=None):
    h = sent.hour % 12 or 12
    ampm = "AM" if sent.hour < 12 else "PM"
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s\n" % (
        frm, sent.strftime("%a"), sent.strftime("%b"), sent.day, sent.year, h, sent.minute, ampm, subj, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s


def q(text, depth=1):
    p = ">" * depth
    return "\n".join((p + " " + ln) if ln.strip() else p for ln in text.strip("\n").split("\n"))


def hexid(n=12):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def domain_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1]


def msgid(dom, d):
    style = random.randint(0, 2)
    if style == 0:
        return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hexid(10), dom)
    if style == 1:
        return "<%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(12).upper(), dom)
    return "<CA%s%s@mail.%s>" % (hexid(16), hexid(8), dom)


def to_html(body, font="Calibri, Arial, sans-serif"):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n'
            % (font, "\n".join(out)))


def mk(frm, to, subj, body, date, cc=None, html=None, atts=(), hdrs=None, reply=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(domain_of(frm), date)
    low = subj.lower()
    if reply or low.startswith("re:") or low.startswith("re: ") or low.startswith("aw:") or low.startswith("rv:"):
        ref = msgid(domain_of(m["To"].split(",")[0]), date - datetime.timedelta(hours=random.randint(2, 60)))
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (hdrs or {}).items():
        m[k] = v
    m.set_content(body)
    if html is True:
        m.add_alternative(to_html(body), subtype="html")
    elif html:
        m.add_alternative(html, subtype="html")
    for fn, mt, st, data in atts:
        if mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


# ---------------------------------------------------------------- attachments
ZDT = (2025, 1, 6, 9, 0, 0)


def _zput(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        srows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zput(z, "[Content_Types].xml", ct)
        _zput(z, "_rels/.rels", rels)
        _zput(z, "xl/workbook.xml", wb)
        _zput(z, "xl/_rels/workbook.xml.rels", wbrels)
        _zput(z, "xl/worksheets/sheet1.xml", sheet_xml)
    return buf.getvalue()


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zput(z, "[Content_Types].xml", ct)
        _zput(z, "_rels/.rels", rels)
        _zput(z, "word/document.xml", doc)
    return buf.getvalue()


def pdf(lines, size=10):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 %d Tf 54 750 Td %d TL\n" % (size, size + 4)
    content += "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += b"".join(("%010d 00000 n \n" % o).encode() for o in offs)
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def png(w, h, fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(fn(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    def f(x, y):
        if 8 <= y <= 52 and 8 <= x <= 52:
            return (0, 110, 120)          # teal square
        if 22 <= y <= 30 and 64 <= x <= 230:
            return (40, 60, 70)           # word bar
        if 36 <= y <= 40 and 64 <= x <= 180:
            return (120, 140, 150)        # tagline bar
        return (255, 255, 255)
    return png(240, 60, f)


def scan_png():
    def f(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (205, 205, 200)
        if 30 <= y <= 33 and 20 <= x <= 120:
            return (90, 90, 90)
        return (246, 245, 240)
    return png(200, 260, f)


def ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tallowmere Health//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20250101T120000Z\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER;CN=%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start.strftime(f), end.strftime(f), summary, location, desc.replace("\n", "\\n"), organizer))


def csvtext(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    w.writerows(rows)
    return b.getvalue()


# ---------------------------------------------------------------- people
PFS = "Patient Financial Services"
RENATA = "Renata Okafor <rokafor@%s>" % ORG
DALE = "Dale Brubaker <dbrubaker@%s>" % ORG
INES = "Ines Carvalho <icarvalho@%s>" % ORG
TOMASZ = "Tomasz Wielgus <twielgus@%s>" % ORG
SHAUNA = "Shauna Pettibone <spettibone@%s>" % ORG
MARCUS = "Marcus Oyelaran <moyelaran@%s>" % ORG
LUPE = "Guadalupe Tafolla <gtafolla@%s>" % ORG
HA = "Ha Nguyen <hnguyen2@%s>" % ORG
KIRAN = "Kiran Sethi <ksethi@%s>" % ORG
CUSTSVC = "Tallowmere Billing Customer Service <billingquestions@%s>" % ORG
FINCOUNSEL = "Financial Counseling <financialcounseling@%s>" % ORG
PFSALL = "PFS All Staff <pfs-all@%s>" % ORG

SIG_RENATA = """Renata Okafor, CRCR
Financial Counselor II | Patient Financial Services
Tallowmere Health | 200 Kestrel Avenue, Dunmore
P 570-555-0142 | F 570-555-0199"""
SIG_DALE = """Dale Brubaker
Manager, Patient Financial Services
Tallowmere Health
570-555-0120 (office) | 570-555-0187 (cell)"""
SIG_INES = """Ines Carvalho, CHAA
Charity Care Coordinator
Tallowmere Health - Patient Financial Services
Phone 570-555-0151  Fax 570-555-0199"""
SIG_TOMASZ = """Tomasz Wielgus
Billing Specialist, Customer Service
Tallowmere Health | 570-555-0137"""
SIG_SHAUNA = """Shauna Pettibone, MBA, CHFP
Director, Revenue Cycle
Tallowmere Health
200 Kestrel Avenue | Dunmore
570-555-0110"""
SIG_MARCUS = """Marcus Oyelaran
Denials & Recoupment Analyst | Revenue Integrity
Tallowmere Health  x5523"""
SIG_LUPE = """Guadalupe (Lupe) Tafolla
Bilingual Financial Counselor / Consejera Financiera
Tallowmere Health | 570-555-0158"""
SIG_KIRAN = """Kiran Sethi
Price Transparency & Estimates Analyst
Tallowmere Health Revenue Cycle
570-555-0165"""

DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message."""

DISCLAIMER2 = """This message and any attachment may contain information that is confidential and protected by
federal and state law. If you received it in error, notify the sender immediately and delete it.
Tallowmere Health will never ask for your password by e-mail."""

REG = []


def reg(label, kind):
    def deco(f):
        REG.append((label, kind, f))
        return f
    return deco


# ================================================================ PHI: care
@reg("phi", "care")
def care1():
    body = """Hi Carla,

Mr. Delano Ruiz is on your schedule Thursday 6/12 at 9:00, chair 4. Before he goes back could
someone walk him down to us (Financial Counseling, 1st floor, the door past the gift shop)? His
daughter Marisol is driving him and she is bringing the rest of the paperwork for his assistance
application. We still need her to sign the household page since he lives with her now.

If that messes up your morning I can just come up to 3 at 8:40 and meet them at the desk. He's
on a walker so the trip down and back up is not nothing.

DOB 03/30/1951 if you need to pull him up.

Thanks!
Renata

""" + SIG_RENATA + "\n\n" + DISCLAIMER + "\n"
    return mk(RENATA, "Infusion Center Front Desk <infusion.frontdesk@%s>" % ORG,
              "Thurs 9am chair 4 - Delano Ruiz - pls send to fin counseling first", body,
              dt(2025, 6, 9, 15, 47), cc="Carla Mendes <cmendes@%s>" % ORG, html=True), "Delano Ruiz"


@reg("phi", "care")
def care2():
    orig_d = dt(2025, 3, 17, 16, 5)
    orig = """Hi pharmacy team,

Odette Fairweather (5 West, bed 12) is going home tomorrow late morning. Her financial assistance
application is in and I expect an approval (she's around 140% FPL) but it will not post before
she leaves. Can we do her discharge meds through the assistance voucher so she isn't standing at
the outpatient window trying to come up with $212 in copays? Her case manager is Brenda Liu x4417.

I'll sign the voucher form whenever you send it over.

Ines

""" + SIG_INES
    body = """Ines - yes we can do it. She has 6 items on the discharge list, two are OTC (the stool
softener and the aspirin) so we'll just send those up with her, voucher covers the other 4.
Form attached, sign page 2 and fax back or scan to this mailbox. We'll deliver to the floor
by 10:30 so she's not waiting on us.

Pat
Patrick Dunleavy, PharmD
Outpatient Pharmacy / Meds-to-Beds | Tallowmere Health | x4460

""" + said(orig_d, "Ines Carvalho <icarvalho@%s>" % ORG) + "\n" + q(orig) + "\n"
    form = pdf(["TALLOWMERE HEALTH OUTPATIENT PHARMACY",
                "Medication Assistance Voucher - Charity Care Bridge",
                "",
                "Patient: Odette Fairweather        Unit/Bed: 5W-12",
                "Anticipated discharge: 03/18/2025",
                "Items covered: 4   Items OTC (not covered): 2",
                "Estimated patient copay waived: $212.00",
                "",
                "Approving PFS staff: ______________________  Date: ________",
                "Return by fax to 570-555-0466 or meds2beds@tallowmerehealth.org"])
    return mk("Meds to Beds <meds2beds@%s>" % ORG, INES, "RE: discharge meds voucher - Fairweather 5W-12",
              body, dt(2025, 3, 17, 16, 52), atts=[("M2B_voucher_Fairweather.pdf", "application", "pdf", form)]), "Odette Fairweather"


@reg("phi", "care")
def care3():
    orig_d = dt(2025, 7, 8, 11, 14)
    orig = """Dale,

Kwame Asante (MRN 30091876) can't keep making his Mon/Wed/Fri afternoon treatments at the
Riverside unit if he has to keep paying for the van, it's $38 round trip. Ines told me he's
approved for charity at 100% through 9/30. Is the transport vendor covered under that approval or
do I need to go through the community benefit ride fund? He's missed two sessions already this
month and his wife doesn't drive.

Thanks,
Joelle Marchetti, LCSW
Social Work - Riverside Outpatient
570-555-0177"""
    body = """Joelle,

Transport isn't a covered service under the FAP policy (it only covers services we bill), so the
approval won't touch the van charges. BUT the community benefit ride fund can pay for his rides
directly. Form is attached - fill in the schedule part and send it to Priscilla in Community
Health, she turns them around in 2-3 days. Put "FAP approved thru 9/30" in the notes box and she
won't ask for income docs again.

If the van company already sent him bills for this month let me know, we can try to get those
covered retroactively.

Dale

""" + SIG_DALE + "\n\n" + outlook_hdr("Marchetti, Joelle", orig_d, "Brubaker, Dale",
                                      "transport help - Kwame Asante") + "\n" + orig + "\n"
    form = docx(["Tallowmere Health Community Benefit Ride Fund - Request Form",
                 "Requester name / department: ____________________",
                 "Rider name: ____________________   Date of birth: ___________",
                 "Pickup address: ______________________________________",
                 "Destination / clinic: _________________________________",
                 "Days and times: _______________________________________",
                 "Notes: ______________________________________________",
                 "Submit to Community Health, Room B-114, or communityhealth@tallowmerehealth.org"])
    return mk(DALE, "Joelle Marchetti <jmarchetti@%s>" % ORG, "RE: transport help - Kwame Asante", body,
              dt(2025, 7, 8, 14, 2), cc=INES,
              atts=[("Ride_Fund_Request_Form_rev2024.docx", "application",
                     "vnd.openxmlformats-officedocument.wordprocessingml.document", form)]), "Kwame Asante"


@reg("phi", "care")
def care4():
    body = """Hello,

My mother is Agnes Whitlow, she lives at 44 Pembrook Lane Apt 2 in Dunmore. Since she came home
from your hospital in January she has had oxygen at home from your home medical equipment
department, the big machine in the living room and the little tanks she takes to church and to
my sister's on Sundays.

Now we got a letter that says after March the portable tanks are not covered anymore and she
owes $380 and it will be $95 a month from now on. Nobody told us this. She is 87 and on a fixed
income and she should not be worrying about this, she was up half the night over it.

Can someone please call me? I am her power of attorney, I can send the paper. Her account number
on the letter is 5518820344.

Gerald Whitlow
570-555-0163 (cell, leave a message, I work nights)
"""
    return mk("Gerald Whitlow <gwhitlow58@example.net>", CUSTSVC, "My mother's oxygen - who do I talk to",
              body, dt(2025, 4, 2, 6, 41)), "Agnes Whitlow"


@reg("phi", "care")
def care5():
    body = """Lupe --

Handover for while I'm out 7/14-7/25. Most of my worklist is routine and the notes are in each
account, but one needs watching:

Tran Van Minh, acct 4400918273. He's coming back for follow-up appts on 7/16 (2:15) and 7/23
(10:00) at the Cedar St clinic, the 7/23 one is with the surgeon. His son Kevin interprets and
usually drives, Kevin's number is in the account notes (the 717 one, not the old 570 one).

Medicaid retro app is in at the county, worker is Ms. Patrice Oduya. I promised the family we'd
hold statements until there's a decision, the hold is on through 8/31. If the clinic calls asking
about a self-pay deposit please tell them NOT to collect, he's under the hold. They've done it
once already and it took me a week to get the $150 refunded.

Everything else can wait till I'm back. Owe you a coffee (two).

R.

Sent from my iPhone"""
    return mk(RENATA, LUPE, "handover while I'm out", body, dt(2025, 7, 11, 17, 38)), "Tran Van Minh"


@reg("phi", "care")
def care6():
    body = """Kiran,

New self-pay GFE request:

Lorna Beckett, DOB 11/02/1979
Scheduled 8/21/2025, Ambulatory Surgery Center, upper endoscopy with Dr. Feld, anesthesia by
Keystone Anesthesia Partners (co-provider, we need their piece too)
No insurance - she said she lost coverage when she changed jobs in May
Prefers email: lornab@example.com
Mailing: 1187 Hollins Rd, Marlow Heights

She scheduled on 7/30 so I think we are inside the 3 business day window for anything scheduled
10+ days out, meaning it has to go out by Monday. She also asked whether she can pay in two
parts, I told her you or Fin Counseling would follow up.

Thanks
Deb

Debra Kowalczyk
Surgical Scheduling | Ambulatory Surgery Center
Tallowmere Health | 570-555-0126
"""
    return mk("Debra Kowalczyk <dkowalczyk@%s>" % ORG, KIRAN, "GFE needed - self pay - sched 8/21", body,
              dt(2025, 7, 31, 9, 12), cc=FINCOUNSEL), "Lorna Beckett"


@reg("phi", "care")
def care7():
    body = """Hi Tomasz,

Checking on this one again. Mrs. Hyun-joo Lim's home health nurse visits (Tuesdays and Fridays,
dressing changes and checking her blood sugar log) were put on hold by home health intake
because her account shows a self-pay balance over 90 days. Her daughter Grace called me this
morning very upset, the nurse didn't come Friday and Grace had to leave work to do the dressing
herself.

Mrs. Lim's balance is from last year's hospital stay, not from home health, and she has a payment
plan that is current as far as I can tell ($40/mo, last payment 5/1). Can you take whatever flag
this is off so intake will put the visits back on the schedule? Intake said they need "PFS
clearance" in writing.

Thank you,
Naomi

Naomi Feldstein
Patient Advocate | Office of Patient Experience
Tallowmere Health | 570-555-0108
"""
    html = to_html(body).replace("PFS\nclearance", "<b>PFS clearance</b>")
    return mk("Naomi Feldstein <nfeldstein@%s>" % ORG, TOMASZ,
              "Home health hold - Lim, Hyun-joo - please clear", body, dt(2025, 5, 12, 10, 3),
              cc="Home Health Intake <hhintake@%s>" % ORG, html=html,
              hdrs={"Importance": "High", "X-Priority": "2"}), "Hyun-joo Lim"


@reg("phi", "care")
def care8():
    d1 = dt(2025, 10, 3, 13, 20)
    m1 = """Hi Ines - quick question for Mr. Everett Pruitt on 4 North. He's going home Saturday and PT wants
him to have a rolling walker and a shower chair. I know he was approved for 100% charity last
week. Does that cover the walker and chair from our DME shop, or do I need to find a loaner?
Also he doesn't have a ride, his neighbor can't come until after 5 and he'll be discharged
around noon.

Thx
Marisol Quintero RN BSN, Case Management 4N x4021"""
    d2 = dt(2025, 10, 3, 14, 2)
    m2 = """Marisol - walker yes, we bill it so the approval applies, just have the DME shop tag it to his
inpatient account. Shower chair is a "convenience item" and isn't billable so FAP doesn't touch it,
but the Auxiliary has a loaner closet. Ride: I'll ask Dale about the ride fund.
Ines"""
    body = """Ride fund can do it. Put him down for a pickup at the 4N entrance around 12:15 Saturday
and give the driver the Glenwood Ave address. Priscilla will send you the confirmation.

Dale

""" + said(d2, "Ines Carvalho") + "\n" + q(m2) + "\n>\n" + q(said(d1, "Marisol Quintero") + "\n" + m1, 2) + "\n"
    return mk(DALE, "Marisol Quintero <mquintero@%s>" % ORG, "Re: Pruitt going home Sat - walker/chair/ride",
              body, dt(2025, 10, 3, 15, 40), cc=INES), "Everett Pruitt"


# ================================================================ PHI: ids
@reg("phi", "ids")
def ids1():
    body = """NORTHFOLD HEALTH PLAN
Provider Overpayment Recovery Unit
PO Box 80417, Harwick, PA 17780 | 1-800-555-0134 opt 4

NOTICE OF OVERPAYMENT AND INTENT TO OFFSET

Provider: TALLOWMERE HEALTH           Billing NPI: 1447298051
Notice date: 03/14/2025                Recovery ref: ORU-25-0311872

Claim number:        2025021400873
Member ID:           NFH884120937
Patient account #:   7002214589
Dates of service:    01/08/2025 - 01/10/2025 (inpatient)
Billed amount:       $18,420.00
Paid amount:         $4,812.33   (paid 02/14/2025)
Overpayment amount:  $1,284.50
Reason:              COB - member has other primary group coverage effective 11/01/2024.
                     Please bill the primary carrier.

If you do not dispute this finding within 30 days of the notice date, the overpayment will be
recovered by offset from a future remittance on or after 04/15/2025. To dispute, submit the
Overpayment Dispute Form with supporting documentation via the provider portal.

This is an automated message from an unmonitored mailbox. Please do not reply.
"""
    return mk("Northfold Provider Recovery <no-reply-recovery@northfoldhealth.com>",
              "Revenue Integrity <revintegrity@%s>" % ORG,
              "Overpayment Recovery Notice - Claim 2025021400873 - Offset scheduled",
              body, dt(2025, 3, 14, 2, 11)), ""


@reg("phi", "ids")
def ids2():
    body = """Good afternoon,

Regarding your account 600193384 (our acct KRG-2291047), placed 02/01/2025, balance $2,916.40.

The guarantor called today and states that the balance for DOS 11/08/2024 (emergency dept) is
from a car accident and should have been billed to her auto carrier, Summitline Auto, claim
SA-88-40193-P. She is disputing the debt. Per FDCPA we have ceased collection activity pending
verification.

Please advise whether you want us to:
  (a) hold the account pending your review of the auto claim, or
  (b) recall the account.

Please reply with your decision within 15 days. Thank you.

Terrence Halloway
Client Services Representative
Keelstone Recovery Group
P 888-555-0149 ext 212 | F 888-555-0150
This communication is from a debt collector.
"""
    return mk("Terrence Halloway <thalloway@keelstonerecovery.com>", "Agency Liaison <agencyliaison@%s>" % ORG,
              "Dispute - client acct 600193384 / KRG-2291047", body, dt(2025, 2, 26, 14, 30),
              cc=TOMASZ), ""


@reg("phi", "ids")
def ids3():
    body = """Ines,

MRN 00418837 -- charity app was approved 5/28 at 100% and the adjustment posted fine on HAR
512008871. But she came back through the ED on 6/2 and that visit is on a new HAR 512114406,
which didn't pick up the approval, so a statement for $1,180.75 dropped on 6/20. She called in
pretty upset, thought she was covered.

Approval period on the app is 5/1 - 10/31 so 6/2 should be in there. Can you extend the approval
to the new encounter and I'll do the adjustment + suppress the next cycle?

thx
T

""" + SIG_TOMASZ
    return mk(TOMASZ, INES, "MRN 00418837 - stmt went out after approval", body, dt(2025, 6, 23, 8, 55)), ""


@reg("phi", "ids")
def ids4():
    body = """Hi all,

Need a recall on this one please.

MBI 4TN7-QW2-HJ58, DOB 07/22/1948. The 271 response from 2/10 shows her as a QMB (qualified
Medicare beneficiary) so we're prohibited from billing her for Medicare deductible/coinsurance.
The $246.80 balance from the 2/11 - 3/6 outpatient PT visits was transferred to self pay and
went to Keelstone on 5/15 anyway.

Please:
1. recall from Keelstone
2. move balance back to the Medicaid secondary bucket, bill Medicaid for the crossover
3. anything Medicaid doesn't pay -> adjust to contractual, NOT bad debt

I'll put a note on the account. We need to look at why the QMB flag didn't stop the self-pay
transfer, this is the third one since March.

Marcus

""" + SIG_MARCUS + "\n\n" + DISCLAIMER + "\n"
    return mk(MARCUS, ["Agency Liaison <agencyliaison@%s>" % ORG, TOMASZ],
              "QMB billed in error - recall needed", body, dt(2025, 6, 4, 11, 19), cc=DALE, html=True), ""


@reg("phi", "ids")
def ids5():
    d0 = dt(2025, 3, 10, 9, 31)
    orig = """Call note - inbound 9:14am

Caller identified as guarantor, verified w/ DOB 01/03/1990 and last 4 SSN 4471.
Acct 6001755220. Says she faxed 4 pay stubs and her unemployment letter on 3/3 for the FAP
application (her surgery bills from Jan). We show nothing received and app is sitting in
"pending docs" -- will auto-deny 3/21 if nothing comes in.
She has the fax confirmation page. Told her we'd check the fax queue and call her back by Weds.
Callback # on file. -- TW"""
    body = """Ines/Renata - does anyone know if the e-fax to 0199 was down the first week of March? Ms. K.
swears she sent it and she has the confirmation sheet. If they're in the queue somewhere can
someone grab them before the 3/21 auto-deny? Note below.

Tomasz

""" + outlook_hdr("Wielgus, Tomasz", d0, "Wielgus, Tomasz", "call note acct 6001755220") + "\n" + orig + "\n"
    return mk(TOMASZ, [INES, RENATA], "FW: call note acct 6001755220", body, dt(2025, 3, 10, 9, 40)), ""


@reg("phi", "ids")
def ids6():
    body = """Good morning,

This is to let you know that the retroactive Medical Assistance application for case
MA-2025-0093317 has been approved.

Recipient ID: 880912744R
Eligibility begin date: 08/01/2025 (retroactive)
Category: MA-Adult, full coverage
Plan assignment: fee-for-service until MCO enrollment (approx. 45 days)

This covers the hospital admission from 08/19/2025 to 08/23/2025 that you referenced in your
letter dated 09/02/2025. You may now bill the Department directly for those dates. Please allow
3-5 business days for eligibility to show in the verification system.

Patrice Oduya
Income Maintenance Caseworker II
Ridge County Assistance Office
Phone 570-555-0191 | Fax 570-555-0192
"""
    return mk("Patrice Oduya <poduya@ridgecountyassist.org>", RENATA,
              "Re: case MA-2025-0093317 - retro approval", body, dt(2025, 9, 29, 8, 16)), ""


@reg("phi", "ids")
def ids7():
    text = """PAYMENT PLAN EXCEPTION - AUTO NOTIFICATION

Plan ID:            PP-0082219
Guarantor account:  600241187
Plan type:          Interest-free, 12 months
Monthly amount:     $95.00
Plan balance:       $1,140.00
Service(s):         Tallowmere Surgical Center, 09/30/2024; Anesthesia, 09/30/2024
Missed installments: 2 (04/15/2025, 05/15/2025)

Next action: plan will auto-default on 06/01/2025 and the remaining balance will return to the
standard statement cycle. Review the plan in the PFS work queue PP-EXCEPT before the default date
if a courtesy call is required.

-- Meridian Patient Accounting (do not reply to this message)
"""
    html = ("<html><body style='font-family:Arial;font-size:10pt'><h3 style='color:#00666e'>Payment Plan "
            "Exception</h3><table border='1' cellpadding='4' style='border-collapse:collapse'>"
            "<tr><td>Plan ID</td><td>PP-0082219</td></tr><tr><td>Guarantor account</td><td>600241187</td></tr>"
            "<tr><td>Monthly amount</td><td>$95.00</td></tr><tr><td>Plan balance</td><td>$1,140.00</td></tr>"
            "<tr><td>Service(s)</td><td>Tallowmere Surgical Center, 09/30/2024; Anesthesia, 09/30/2024</td></tr>"
            "<tr><td>Missed installments</td><td>2 (04/15/2025, 05/15/2025)</td></tr></table>"
            "<p>Next action: plan will auto-default on 06/01/2025.</p>"
            "<p style='color:#888'>Meridian Patient Accounting - do not reply</p></body></html>")
    return mk("Meridian Patient Accounting <meridian-noreply@%s>" % ORG, "PFS Payment Plans <pfs-plans@%s>" % ORG,
              "[PP-EXCEPT] PP-0082219 - 2 missed installments", text, dt(2025, 5, 16, 3, 0), html=html), ""


@reg("phi", "ids")
def ids8():
    d0 = dt(2025, 10, 22, 15, 3)
    orig = """Marcus,

Auth ref 2410FR00231 was denied for member W2281947702 - reason "no conservative therapy
documented". The MRI was done 10/3 anyway (ordering office said auth was pending, not denied).
Bayrock has processed the claim as member liability, $2,340, and our system moved it to self pay.

Can we appeal on medical necessity before it bills the patient? Ortho office says they have six
weeks of PT notes they never sent.

Becca Stahl
Utilization Review / Authorizations x4190"""
    body = """Becca - yes, hold it. I've put a 45-day billing hold on the account so nothing drops to the
member. Have ortho send the PT notes to me directly and I'll file the level 1 appeal with Bayrock
this week. Their window is 60 days from the denial so we're fine.

Marcus

""" + said(d0, "Rebecca Stahl <rstahl@%s>" % ORG) + "\n" + q(orig) + "\n"
    return mk(MARCUS, "Rebecca Stahl <rstahl@%s>" % ORG, "RE: W2281947702 / DOB 05-17-1966 - auth denied, MRI done",
              body, dt(2025, 10, 22, 16, 48)), ""


# ================================================================ PHI: lang
@reg("phi", "lang")
def lang1():
    body = """Buenas tardes señorita Lupe,

Le escribo para mandarle los papeles que me pidió para la solicitud de ayuda financiera. Le mando
los talones de cheque de mi esposo de las últimas 4 semanas (él trabaja en la empacadora, le
pagan cada semana) y la carta del Seguro Social de mi mamá porque ella vive con nosotros. Yo no
estoy trabajando desde la operación de la vesícula en marzo, el doctor me dijo que descansara 6
semanas pero todavía me duele cuando cargo cosas pesadas.

El número de cuenta que sale en el estado de cuenta es 7002318876. Me llegó otra carta diciendo
que debo $6,840 y me dio mucho miedo porque dice que lo pueden mandar a cobranza. Usted me dijo
que mientras la solicitud esté en proceso no la mandan, ¿verdad?

Las fotos salieron un poco oscuras, si no se ven bien me avisa y se las llevo en persona el jueves
cuando vaya a mi cita de revisión con el cirujano.

Muchas gracias por su ayuda, Dios la bendiga.

María Guadalupe Herrera
Tel. 570-555-0172

Enviado desde mi Galaxy"""
    atts = [("talon_1.png", "image", "png", scan_png()), ("talon_2.png", "image", "png", scan_png()),
            ("carta_seguro_social_mama.png", "image", "png", scan_png())]
    return mk("Maria G Herrera <mariagherrera77@example.com>", LUPE,
              "papeles para la ayuda financiera - Maria G. Herrera", body, dt(2025, 4, 22, 19, 7), atts=atts), "María Guadalupe Herrera"


@reg("phi", "lang")
def lang2():
    body = """Kính gửi Phòng Tài chính Bệnh nhân,

Tôi là Lê Thị Thu Hà, con gái của ông Lê Văn Hùng (ngày sinh 14/06/1956). Ba tôi nằm viện tại
bệnh viện Tallowmere từ ngày 12/2 đến 15/2 vì bị đau ngực và khó thở. Hôm qua gia đình tôi nhận
được hóa đơn $8,450. Ba tôi không có bảo hiểm, ông mới qua Mỹ được hai năm nên chưa có Medicare.

Tôi xin hỏi mấy việc:
1. Bệnh viện có chương trình hỗ trợ tài chính không? Nếu có, xin gửi cho tôi đơn bằng tiếng Việt.
2. Gia đình có thể trả góp mỗi tháng được không?
3. Trong lúc chờ xét đơn, hóa đơn này có bị chuyển qua công ty đòi nợ không?

Ba tôi không đọc được tiếng Anh, xin vui lòng liên lạc với tôi qua email này hoặc số điện thoại
570-555-0145 (sau 5 giờ chiều).

Số tài khoản trên hóa đơn: 7001662093

Xin chân thành cảm ơn,
Thu Hà
"""
    return mk("Le Thi Thu Ha <thuha.le88@example.com>", CUSTSVC, "Hóa đơn của ba tôi - Lê Văn Hùng",
              body, dt(2025, 3, 5, 21, 16)), "Lê Văn Hùng"


@reg("phi", "lang")
def lang3():
    d0 = dt(2025, 5, 19, 20, 44)
    orig = """您好，

我是王秀英的儿子王建国。我母亲今年78岁，2025年4月3日晚上在家里摔倒，到贵院急诊室看病，
拍了片子，当天晚上就回家了。

我们最近收到两张账单，一张是医院的$3,280，一张是急诊医生的$640。我母亲有Medicare和
Medicaid两种保险，以前看病从来没有收到过账单。请问为什么这次要我们自己付钱？是不是保险
没有登记好？

她的账户号码是 7002047719，出生日期是1947年1月9日。

我母亲不会说英语，有问题请跟我联系，电话 570-555-0138。谢谢！

王建国"""
    body = """王先生您好：

我们已经查看了您母亲的账户。4月3日急诊那次，Medicaid（第二保险）没有登记在系统里。我们
已经补上了保险资料，并重新向Medicaid提交了账单。医院那张$3,280的账单请不用支付，之后
会收到一张余额为$0的新账单。

急诊医生的$640账单是另外一家医生团体（Ridgeline Emergency Physicians）寄的，不是我们医院。
请打电话给他们：1-866-555-0117，告诉他们您母亲也有Medicaid。

Mr. Wang - summary in English for the account notes: Medicaid secondary added for DOS 4/3, claim
rebilled, statement suppressed. Referred to Ridgeline for the physician bill. - TW

""" + SIG_TOMASZ + "\n(中文回复由本院翻译服务协助)\n\n" + said(d0, "王建国 <wangjg.family@example.com>") + "\n" + q(orig) + "\n"
    return mk(TOMASZ, "王建国 <wangjg.family@example.com>", "Re: 关于我母亲王秀英的急诊账单", body,
              dt(2025, 5, 21, 11, 32)), "王秀英"


@reg("phi", "lang")
def lang4():
    body = """Здравствуйте!

Меня зовут Людмила Сергеевна Коваленко, номер счёта 7001984456, дата рождения 23.08.1961.

В ноябре прошлого года мне сделали операцию на колене в вашей больнице. После страховки осталось
заплатить $3 120. Мы договорились о рассрочке - $130 в месяц, и я плачу каждый месяц без
пропусков, последний платёж был 5 июня через ваш сайт.

Вчера я получила письмо от агентства Keelstone Recovery Group, что мой долг передан им на
взыскание. Я не понимаю, почему. Я всё плачу вовремя! Прошу проверить и отозвать счёт из
агентства, а также подтвердить, что мой план рассрочки действует.

Я плохо говорю по-английски, поэтому пишу по-русски. Если нужно, моя дочь Оксана может помочь
по телефону: 570-555-0129.

Заранее спасибо,
Людмила Коваленко
"""
    return mk("Людмила Коваленко <l.kovalenko1961@example.net>", CUSTSVC, "Рассрочка платежа, счёт 7001984456",
              body, dt(2025, 6, 18, 10, 25)), "Людмила Сергеевна Коваленко"


@reg("phi", "lang")
def lang5():
    body = """Bonjou,

Mwen rele Jean-Baptiste Michelet, dat nesans mwen se 02/11/1985. Mwen te resevwa yon bòdwo pou
vizit mwen te fè nan sal ijans lan 14 me, lè mwen te gen gwo doulè nan vant. Bòdwo a di mwen dwe
$1,975. Mwen pa gen asirans.

Mwen te ranpli fòm asistans finansye a epi mwen te voye l pa lapòs 2 jen, ak kopi fich peman mwen
yo (mwen fè $520 pa semèn) ak lèt pwopriyetè kay la. Jodi a mwen resevwa yon lòt bòdwo ankò ki di
"dènye avi". Èske nou te resevwa papye mwen yo?

Si nou bezwen lòt bagay, tanpri rele m nan 570-555-0114. Mwen pale kreyòl ak yon ti kras angle.
Si gen yon entèprèt sa t ap ede m anpil.

Mèsi anpil,
Jean-Baptiste Michelet
Nimewo kont: 7002155580
"""
    return mk("Jean-Baptiste Michelet <jbmichelet@example.org>", FINCOUNSEL, "Asistans finansye - Michelet",
              body, dt(2025, 6, 30, 12, 58)), "Jean-Baptiste Michelet"


@reg("phi", "lang")
def lang6():
    body = """السلام عليكم،

اسمي أحمد محمود الحسن، وأنا والد الطفل يوسف أحمد الحسن (تاريخ الميلاد ١٢/٠٣/٢٠١٦). أُجريت لابني
عملية استئصال الزائدة الدودية في مستشفاكم يوم ٢٢ يوليو ٢٠٢٥، وبقي في المستشفى ثلاثة أيام.

وصلتنا فاتورة بمبلغ ٤٬٢٦٠ دولارًا، مع أن ابني مشمول بتأمين Bayrock Community Plan (رقم العضوية
BCP-55102938). اتصلت بشركة التأمين فقالوا إن المستشفى لم يرسل المطالبة بشكل صحيح.

أرجو مراجعة الحساب (رقم الحساب 7002509341) وإعادة إرسال المطالبة إلى التأمين، وإيقاف أي
إجراءات تحصيل حتى يتم حل المشكلة.

يمكنكم التواصل معي على الرقم 570-555-0183. أفضّل التواصل باللغة العربية إن أمكن، أو عن طريق مترجم.

مع الشكر والتقدير،
أحمد الحسن
"""
    return mk("Ahmad Al-Hassan <ahmad.alhassan.fam@example.com>", CUSTSVC, "استفسار عن فاتورة ابني يوسف",
              body, dt(2025, 8, 27, 18, 3)), "يوسف أحمد الحسن"


@reg("phi", "lang")
def lang7():
    body = """Prezada Sra. Rosângela Pires,

Espero que esteja bem, e parabéns mais uma vez pelo nascimento do Davi!

Escrevo para informar que a sua solicitação de assistência financeira foi aprovada. A senhora
recebeu um desconto de 75% sobre o saldo de responsabilidade do paciente para os atendimentos
realizados entre 01/02/2025 e 31/07/2025, o que inclui as consultas de pré-natal, o parto em
18/06/2025 e a consulta de retorno pós-parto.

   Saldo anterior:     US$ 5.912,00
   Desconto (75%):     US$ 4.434,00
   Novo saldo:         US$ 1.478,00

Se preferir, podemos montar um plano de pagamento sem juros, por exemplo 12 parcelas de
US$ 123,17. É só responder a este e-mail ou me ligar no 570-555-0151.

A carta oficial (em inglês e em português) vai pelo correio para o endereço que consta no
cadastro: 52 Linden Street, apto 3, Dunmore.

Atenciosamente,

""" + SIG_INES + "\n\n" + DISCLAIMER + "\n"
    return mk(INES, "Rosangela Pires <rosangelapires.br@example.com>",
              "Resultado da sua solicitação de assistência financeira", body, dt(2025, 8, 12, 14, 20), html=True), "Rosângela Pires"


@reg("phi", "lang")
def lang8():
    body = """안녕하세요,

저는 박지훈이라고 합니다 (생년월일 1983년 9월 2일). 다음 달 14일 오전 8시에 Tallowmere
소화기내과에서 대장내시경 검사가 예약되어 있습니다. 담당 의사는 Dr. Ruth Amsel입니다.

현재 회사를 옮기는 중이라 보험이 없습니다. 그래서 검사 전에 병원비, 마취비, 그리고 조직검사를
할 경우 병리 검사비까지 포함한 예상 비용 견적서(Good Faith Estimate)를 받고 싶습니다.
현금으로 미리 내면 할인이 되는지도 궁금합니다.

견적서는 이메일로 보내주시면 됩니다. 영어로 보내주셔도 괜찮지만, 전화 통화는 한국어 통역이
있으면 좋겠습니다.

주소: 318 Birchwood Ct, Dunmore
전화: 570-555-0196

감사합니다.
박지훈 드림
"""
    return mk("Jihoon Park <jihoon.park.83@example.com>", "Price Estimates <estimates@%s>" % ORG,
              "예상 비용 견적 요청 (무보험) - 박지훈", body, dt(2025, 9, 8, 22, 47)), "박지훈"


# ================================================================ PHI: lists
@reg("phi", "lists")
def lists1():
    rows = [("7002318876", "Herrera, Maria G", "04/17/1977", "OP surg 3/11", "spouse pay stubs (rec'd 4/22, need review)"),
            ("7001755220", "Kessler, Amanda", "01/03/1990", "OP surg 1/28", "pay stubs - pt says faxed 3/3"),
            ("7002290114", "Boateng, Yaw", "09/14/1968", "IP 2/19-2/24", "2024 tax return, signature pg 3"),
            ("7002301987", "Lindqvist, Sara", "06/30/1995", "ED 3/30", "proof of zero income / support letter"),
            ("7002155580", "Michelet, Jean-Baptiste", "11/02/1985", "ED 5/14", "landlord letter - unreadable copy"),
            ("7001998731", "Dorsey, Raymond", "12/12/1959", "IP 1/6-1/9", "SS award letter 2025")]
    w = [12, 26, 12, 14, 44]
    lines = ["| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["Acct", "Patient", "DOB", "Svc", "Missing"])) + " |"]
    lines.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    for r in rows:
        lines.append("| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)) + " |")
    body = """Morning team,

Here's the pending-docs list for this week. These all auto-deny on the 30th day so please make
your outreach calls by Wednesday and note the account. Jean-Baptiste Michelet also needs a Creole
interpreter for the call (he wrote in asking for one).

""" + "\n".join(lines) + """

Raymond Dorsey's daughter says she'll drop the award letter at the window Tuesday.

Thanks all,
Ines

""" + SIG_INES
    names = "; ".join("%s %s" % (r[1].split(", ")[1], r[1].split(", ")[0]) for r in rows)
    return mk(INES, FINCOUNSEL, "FAP pending docs - week of 5/5", body, dt(2025, 5, 5, 7, 52),
              cc=DALE), names


@reg("phi", "lists")
def lists2():
    rows = [["ClientAcct", "LastName", "FirstName", "DOB", "Address1", "City", "ST", "Zip", "Phone",
             "DOS", "Facility", "ServiceDesc", "Balance"],
            ["600311902", "MCCLELLAN", "TRAVIS", "1988-02-14", "19 Orchard Hill Rd", "Dunmore", "PA", "18512", "5705550104", "2024-12-02", "TMH", "EMERGENCY DEPT VISIT LVL 4", "1422.60"],
            ["600312477", "ROSARIO", "BIANCA", "1993-07-08", "402 Cedar St Apt 1R", "Dunmore", "PA", "18512", "5705550118", "2024-11-19", "TMH", "OUTPATIENT IMAGING CT", "688.00"],
            ["600309815", "FENWICK", "HAROLD", "1954-10-30", "7 Millrace Ct", "Olyphant", "PA", "18447", "5705550133", "2024-10-27", "TMH", "INPATIENT 10/27-10/31", "4210.18"],
            ["600313050", "DUBOIS", "CELESTE", "1979-03-22", "88 Westgate Ave", "Scranton", "PA", "18504", "5705550147", "2024-12-15", "TSC", "AMB SURGERY", "2975.00"],
            ["600310276", "OKAFOR-BELL", "NNAMDI", "2001-05-05", "1310 N Main Ave #4", "Scranton", "PA", "18508", "5705550161", "2024-11-02", "TMH", "EMERGENCY DEPT VISIT LVL 3", "512.44"],
            ["600311388", "PRZYBYLSKI", "JOANNE", "1966-09-17", "55 Kettle Creek Ln", "Jessup", "PA", "18434", "5705550175", "2024-11-25", "TCL", "CLINIC VISIT + LAB", "243.90"],
            ["600312900", "HOLT", "DESMOND", "1972-01-29", "221 Ridge Row", "Dunmore", "PA", "18512", "5705550189", "2024-12-09", "TMH", "OBSERVATION 12/09-12/10", "3318.72"],
            ["600309442", "VARGAS", "LUCIA", "1985-12-03", "16 Pine Brook Dr", "Clarks Summit", "PA", "18411", "5705550193", "2024-10-14", "TMH", "OUTPATIENT PT X6", "410.00"]]
    body = """Hi Terrence,

Attached is placement batch 2025-06B (8 accounts, $13,780.84). All have completed the 120-day
notification period and the 30-day final notice, and none have a pending FAP application. Please
confirm receipt and load date.

Reminder per our agreement: if any of these guarantors mention financial hardship, send them the
FAP application link and return the account to us instead of working it.

Tomasz

""" + SIG_TOMASZ + "\n\n" + DISCLAIMER
    names = "; ".join("%s %s" % (r[2].title(), r[1].title()) for r in rows[1:])
    return mk(TOMASZ, "Terrence Halloway <thalloway@keelstonerecovery.com>", "Placement batch 2025-06B",
              body, dt(2025, 6, 11, 13, 5), cc="Agency Liaison <agencyliaison@%s>" % ORG,
              atts=[("TMH_KRG_placement_2025-06B.csv", "text", "csv", csvtext(rows))]), names


@reg("phi", "lists")
def lists3():
    rows = [["Patient", "MRN", "Service / dates", "Gross charges", "Pt resp balance", "Household", "% FPL", "Recommended", "Notes"],
            ["Chidi Okonkwo", "30155720", "IP ICU 2/03-2/14/25", 186420.00, 31402.18, 5, 310, "Catastrophic - 100%", "med debt > 25% of income"],
            ["Evelyn Marchand", "30098814", "IP 3/22-4/05/25 + SNF transfer", 97310.50, 97310.50, 1, 88, "100%", "uninsured, no assets over limit"],
            ["Rafael Quintanilla", "30201133", "OP chemo infusions Jan-Jun", 64200.00, 12840.00, 3, 245, "75%", "insured - high deductible"],
            ["Thomas Birchall", "30187790", "IP 5/08-5/12/25 + cardiac rehab", 58875.25, 58875.25, 2, 176, "100%", "Medicaid denied (assets)"],
            ["Ngozi Eze", "30219902", "L&D 6/02/25 + NICU 6/02-6/20", 142990.00, 28598.00, 4, 290, "Catastrophic - 100%", "NICU stay; spouse self-employed"]]
    body = """Shauna,

Attached are the five applications for Thursday's charity committee that are over the $25k
threshold and need director sign-off. Summary tab only; the full apps with income docs are in
the shared drive under Committee\\2025-07.

Two of them (Okonkwo and Eze) only qualify under the catastrophic provision, so I flagged those
in case the committee wants to discuss.

Ines

""" + SIG_INES
    names = "; ".join(r[0] for r in rows[1:])
    return mk(INES, SHAUNA, "Charity committee 7/17 - over-threshold apps", body, dt(2025, 7, 14, 16, 22),
              cc=DALE, atts=[("CharityCommittee_2025-07-17.xlsx", "application",
                              "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows, "Over 25k"))]), names


@reg("phi", "lists")
def lists4():
    body = """Hello Tallowmere PFS,

Your presumptive eligibility batch PE-20250804-01 (412 self-pay accounts submitted 08/04) has
finished processing. 9 accounts scored below the 200% FPL presumptive threshold and carry a high
confidence indicator. Per your policy these can be approved for 100% without an application.

Sanchez, Rosa - 04/11/1971 - ED visit 07/02, $1,284.00
Whitaker, Dale Jr - 10/29/1998 - ED visit 07/06, $896.50
Nakamura, Ken - 02/18/1960 - OP lab/imaging 06/27, $412.75
Abdi, Hodan - 08/08/1990 - L&D 06/19, $4,980.00
Lopez-Ortiz, Manuel - 12/01/1983 - ED + observation 07/11-07/12, $3,210.40
Greenleaf, Patricia - 05/25/1949 - OP PT 06/03-06/28, $640.00
Mbeki, Thandiwe - 01/14/2002 - ED visit 07/15, $1,015.20
Carrow, Joseph - 07/07/1977 - IP 06/22-06/25, $9,744.18
Fontaine, Lise - 03/03/1988 - clinic + lab 07/09, $188.30

The full scored file (all 412 accounts) is available on the SFTP in /outbound/PE-20250804-01.
Let us know if you have questions about any score.

Best,
Wen Li
Client Success Manager | Cleargauge Eligibility Services
wli@cleargauge.net | 844-555-0121
"""
    names = ("Rosa Sanchez; Dale Whitaker Jr; Ken Nakamura; Hodan Abdi; Manuel Lopez-Ortiz; "
             "Patricia Greenleaf; Thandiwe Mbeki; Joseph Carrow; Lise Fontaine")
    return mk("Wen Li <wli@cleargauge.net>", INES, "Presumptive eligibility results - PE-20250804-01",
              body, dt(2025, 8, 6, 10, 44), cc=DALE), names


@reg("phi", "lists")
def lists5():
    rows = [("Member", "Member ID", "Claim #", "DOS", "Recoup amt", "Reason"),
            ("HUANG, MEI", "BCP-40118273", "BR25011900412", "12/03/2024", "412.60", "Retro term - eligibility ended 11/30"),
            ("JEFFERSON, DARNELL", "BCP-38820145", "BR25012200977", "11/18/2024", "1,086.00", "Dup payment - paid on BR24122001331"),
            ("KOWALSKI, ANNA", "BCP-51902210", "BR25020300158", "01/07/2025", "2,740.15", "DRG downgrade 193->195 on audit"),
            ("OSEI, PRISCILLA", "BCP-47735019", "BR25020700640", "12/21/2024", "318.00", "Retro term - moved out of state"),
            ("REYES, ALEJANDRO", "BCP-29910384", "BR25021100203", "01/15/2025", "95.40", "Units exceed MUE - 96372 x4"),
            ("TAYLOR-NASH, BROOKE", "BCP-55287761", "BR25021400712", "01/22/2025", "6,120.00", "Readmit within 30 days - bundled"),
            ("VO, THANH", "BCP-60014492", "BR25021800388", "02/02/2025", "247.80", "COB - other primary"),
            ("ZIELINSKI, MARK", "BCP-33374108", "BR25022000911", "01/30/2025", "1,530.25", "Retro term - eligibility ended 01/15")]
    table = "\n".join("\t".join(r) for r in rows)
    body = """Marcus,

Pasting the recoupment list from Bayrock's portal below since their export button is broken again.
Total is $12,550.20 and they're taking it off the 3/28 remit. I think at least the two
eligibility ones (Huang, Zielinski) are wrong - we verified eligibility on the DOS for both and I
have the screenshots. The DRG one on Kowalski we should appeal too.

""" + table + """

Let me know which ones you want to dispute and I'll start the forms.

Jenna Whitcombe
Payment Posting Lead | Tallowmere Health
570-555-0156
"""
    names = "; ".join("%s %s" % (r[0].split(", ")[1].title(), r[0].split(", ")[0].title()) for r in rows[1:])
    return mk("Jenna Whitcombe <jwhitcombe@%s>" % ORG, MARCUS, "Bayrock recoupments on 3/28 remit", body,
              dt(2025, 3, 21, 11, 10)), names


@reg("phi", "lists")
def lists6():
    rows = [("Guarantor", "Patient", "Acct", "DOS", "Placed", "Bal at agency", "FAP result"),
            ("Bernal, Hector", "Bernal, Hector", "600288104", "08/14/24", "01/10/25", "$1,902.00", "100% (app 03/02/25)"),
            ("Coyle, Margaret", "Coyle, Margaret", "600279950", "07/30/24", "12/12/24", "$748.35", "100% (app 02/20/25)"),
            ("Ferraro, Anthony", "Ferraro, Anthony", "600291337", "09/02/24", "01/24/25", "$3,415.80", "100% (presumptive)"),
            ("Ngata, Wiremu", "Ngata, Aroha (minor)", "600284412", "08/21/24", "01/10/25", "$562.10", "75% (app 03/11/25)"),
            ("Stroud, Elaine", "Stroud, Elaine", "600277086", "07/09/24", "12/12/24", "$2,208.64", "100% (app 02/27/25)")]
    w = [18, 22, 11, 10, 10, 14, 20]
    tab = "\n".join("".join(v.ljust(w[i]) for i, v in enumerate(r)).rstrip() for r in rows)
    body = """Dale / Tomasz,

Compliance review of the Q1 FAP approvals against agency placements found 5 accounts where the
patient was approved for assistance within the 240-day application period AFTER the account had
already been placed with Keelstone. Under our 501(r) policy we have to reverse any extraordinary
collection action and refund anything paid above the discounted amount. Keelstone did report two
of these to the credit bureaus (Bernal and Stroud), so those need deletion requests too.

""" + tab + """

Please recall all five from Keelstone this week, post the FAP adjustments, and send me the
refund amounts (if any) so I can document it in the 501(r) log. I need this closed by 4/30.

Thank you,
Alana Reyes-Whitfield, JD, CHC
Compliance Officer - Revenue Cycle
Tallowmere Health | 570-555-0102

""" + DISCLAIMER
    names = "Hector Bernal; Margaret Coyle; Anthony Ferraro; Aroha Ngata; Elaine Stroud"
    return mk("Alana Reyes-Whitfield <areyeswhitfield@%s>" % ORG, [DALE, TOMASZ],
              "501(r) - ECA reversal needed - 5 accts", body, dt(2025, 4, 9, 15, 33), cc=SHAUNA,
              hdrs={"Sensitivity": "Company-Confidential"}), names


@reg("phi", "lists")
def lists7():
    d0 = dt(2025, 11, 3, 9, 12)
    orig = """Kiran,

From the October GFE reconciliation, these self-pay patients were billed at least $400 more than
their good faith estimate, which means they're eligible to start patient-provider dispute
resolution. We should look at them before they do:

- Amira Haddad - GFE 9/02 for MRI brain w/wo contrast $1,150 - billed $1,612 (contrast + radiologist read added)
- Colin Petrakis - GFE 9/10 for knee arthroscopy $6,480 - billed $7,395 (extra implant)
- Ruby Castellanos - GFE 9/15 for screening colonoscopy $1,890 - billed $2,960 (polypectomy + path)
- Samuel Okoro - GFE 9/19 for sleep study $2,100 - billed $2,540 (second night)
- Dana Fitzhugh - GFE 9/29 for ED follow-up CT abd/pelvis $980 - billed $1,455 (wrong CPT on GFE)

Sheila Moran
Revenue Cycle Analyst"""
    body = """Sheila - looked at all five.

Haddad, Okoro and Castellanos: the extra items were reasonably foreseeable so we should have put
them on the GFE. I'd just adjust all three down to GFE + $399 and send a letter. Petrakis: the
implant was a surgeon's decision in the OR, documented, I think we stand on it but we owe him an
explanation. Fitzhugh is on us, the estimate had the wrong code, adjust to the GFE amount.

Can you set up a 15 min with Dale this week?

Kiran

""" + SIG_KIRAN + "\n\n" + said(d0, "Sheila Moran <smoran@%s>" % ORG) + "\n" + q(orig) + "\n"
    names = "Amira Haddad; Colin Petrakis; Ruby Castellanos; Samuel Okoro; Dana Fitzhugh"
    return mk(KIRAN, "Sheila Moran <smoran@%s>" % ORG, "Re: Oct GFE variances > $400", body,
              dt(2025, 11, 4, 13, 27)), names


# ================================================================ PHI: names
@reg("phi", "names")
def names1():
    body = """Dale,

Mrs. Pham came to the window again this morning about her husband's bills from the heart cath
and the week in CCU in April. She brought his death certificate this time. She wants to know if
she personally has to pay the $14,200 or if it goes against his estate. She doesn't think there
is an estate, just the house which is in both names.

I told her I'd ask you and call her back. I also gave her the FAP application because honestly
I think she'd qualify on her own SS alone, and we can apply it to his accounts as the household.
Is that right?

She was really shaky, I had Khadija walk her out to the bus.

Tomasz"""
    return mk(TOMASZ, DALE, "widow at the window - estate question", body, dt(2025, 7, 1, 11, 44)), "Mr. Pham"


@reg("phi", "names")
def names2():
    body = """Dale,

Putting this one on your radar before committee. Chidi was in the ICU for 11 days in February
after the crash on 81, then rehab. 3 kids, wife lost her job in March. He has coverage through
his employer but after deductible and the out-of-network ambulance and the OON surgeon, patient
responsibility is $31,402.18.

Household income puts him at 310% FPL so he's over the 300% cutoff, but medical debt to us is
well over 25% of annual household income so the catastrophic provision applies. I'm recommending
100%.

He also mentioned his PT copays are $60 a visit 3x/week going forward. Those are with us too so
I'd like the approval to cover through 8/31 to catch them.

Ines"""
    return mk(INES, DALE, "Okonkwo, Chidi - hardship review", body, dt(2025, 4, 28, 17, 6)), "Chidi Okonkwo"


@reg("phi", "names")
def names3():
    d0 = dt(2025, 9, 15, 10, 2)
    orig = """Renata, can you check the foundation grant thing for this lady? She called me. I'm out of my
depth on the copay assistance stuff.
Naomi"""
    body = """Naomi,

Talked to her. Her chemo copays are running about $600 a month on the infusion days plus the
anti-nausea med at the pharmacy. She told me she'd rather skip a cycle than go to collections
again (which, no). I'm going to try the Lymphoma & Blood Cancer copay foundation first since her
drug is on their list, and if that doesn't come through we'll do a payment plan at $25/mo and
FAP for the rest.

Her oncologist's office is aware, I talked to Tammy there.

Will update you next week.
Renata

""" + SIG_RENATA + "\n\n" + said(d0, "Naomi Feldstein") + "\n" + q(orig) + "\n"
    return mk(RENATA, "Naomi Feldstein <nfeldstein@%s>" % ORG, "Re: Bernadette Szabo", body,
              dt(2025, 9, 15, 15, 41)), "Bernadette Szabo"


@reg("phi", "names")
def names4():
    body = """fyi - Tony F. is back in the ED tonight (Anthony Ferraro, the gentleman from the Eastside
shelter). third time this month, same thing, they're keeping him overnight for obs. his charity
approval is good through 12/31 so nothing should drop to him, but registration keeps putting the
shelter address in as "homeless" with no zip and the FAP flag doesn't attach. can someone on days
fix the address on the encounter (Eastside Community Shelter, 14 Arch St, Dunmore 18512) so it
links? last time it made a statement go to the shelter and they sent it back.

- Ha
night registration sup
"""
    return mk(HA, "PFS Day Shift <pfs-day@%s>" % ORG, "Tony F. again", body, dt(2025, 10, 18, 23, 52)), "Anthony Ferraro"


@reg("phi", "names")
def names5():
    d1 = dt(2025, 2, 3, 9, 15)
    m1 = """All,

Example of why we need a decision on this: Rosalind Ackerly (acct 7001890023) died 1/19 after
the stroke admission (12/28 - 1/15, then transferred to hospice). Total balance $22,615 after
Medicare. Her son called, he's the executor, estate attorney is Gregory Vance at Vance & Holm.
Son says there is a house. Do we file a claim against the estate, or do we send FAP first? Right
now the account will go to the standard cycle.

Tomasz"""
    d2 = dt(2025, 2, 3, 13, 48)
    m2 = """My understanding of the policy is that we have to make FAP available to the estate same as anyone
else, and we can't file a probate claim (that's an ECA) until the notification period is done.
But I'd want Alana to confirm.
Dale"""
    d3 = dt(2025, 2, 4, 8, 30)
    m3 = """Correct. Filing a claim against an estate isn't listed as an ECA in the regs but our policy treats
it like one. 120 days notification, FAP application offered to the executor, then probate claim
if no application. I'll draft language for the policy so it's explicit.
Alana"""
    body = """Thanks Alana. I'll hold off on any estate claims until your language is out, and I'll update
the deceased-patient workflow in the procedure manual to match.

Shauna

""" + SIG_SHAUNA + "\n\n" + said(d3, "Alana Reyes-Whitfield") + "\n" + q(m3) + "\n>\n" + q(
        said(d2, "Dale Brubaker") + "\n" + m2, 2) + "\n>>\n" + q(said(d1, "Tomasz Wielgus") + "\n" + m1, 3) + "\n"
    return mk(SHAUNA, ["Alana Reyes-Whitfield <areyeswhitfield@%s>" % ORG, DALE, TOMASZ],
              "Re: deceased patient accounts - estate claims policy", body, dt(2025, 2, 4, 10, 5)), "Rosalind Ackerly"


@reg("phi", "names")
def names6():
    body = """Yolanda called again re: the ambulance bill from her son's transfer to Children's in Philly.
Jaylen is 7, this was the helicopter in June when they moved him for the surgery. The air
ambulance is NOT us (it's SkyBridge Air Medical) but she thinks it is because our name is on the
EOB as the sending facility. I gave her SkyBridge's number again. She's frustrated, 4th call.

Our part for Jaylen (ED + the few hours before transfer) is covered by CHIP, balance $0.

Can we put a note on the account in big letters so the next person doesn't spend 20 min on it

K.

Khadija Rahman
Customer Service Rep | PFS | x5507
"""
    return mk("Khadija Rahman <krahman@%s>" % ORG, TOMASZ, "Yolanda Crest - air ambulance (not ours)", body,
              dt(2025, 8, 19, 14, 12)), "Jaylen Crest"


@reg("phi", "names")
def names7():
    body = """Team,

Heads up: Mr. Halvorsen's daughter Karin called the CEO's office this morning about the bill for
her father's last admission and the 9 days in our inpatient hospice unit before he passed in
March. She says nobody told them hospice room and board wasn't covered by his Medicare Advantage
plan once he elected the hospice benefit, and she got a statement for $7,850 addressed to him.
Mailed to a dead man, four months later. She is understandably angry.

Executive office wants a call back by end of day tomorrow. Ines, can you pull the account and see
if there's any FAP history? Tomasz, please put a hold on statements now. I'll make the call
myself once I know what happened.

And please, everyone, check the deceased indicator before you release cycle holds.

Dale

""" + SIG_DALE
    return mk(DALE, [INES, TOMASZ], "Halvorsen - exec office complaint", body, dt(2025, 7, 22, 9, 18),
              cc=SHAUNA, hdrs={"Importance": "High"}), "Mr. Halvorsen"


@reg("phi", "names")
def names8():
    body = """Hello Financial Counseling,

Dr. Amari asked me to reach out. Our patient Priya Venkataraman is about 14 weeks along and has
no insurance right now (she's waiting on her H-4 paperwork and doesn't qualify for Medicaid yet).
She's been skipping her prenatal visits because she can't pay and Dr. Amari is worried, she
missed the 12 week appointment and the ultrasound.

Are prenatal visits and the delivery covered under your charity care program? Can somebody call
her this week? Best number is 570-555-0179, she's home in the afternoons. Her next visit is
scheduled for 6/3 at 1:30 at the Westgate office.

Thank you so much,

Tanya Rivers, MA
Practice Coordinator | Westgate Women's Health (a Tallowmere Health practice)
P 570-555-0181 | F 570-555-0182
"""
    return mk("Tanya Rivers <trivers@westgatewomens.com>", FINCOUNSEL, "uninsured prenatal pt - Dr. Amari",
              body, dt(2025, 5, 27, 12, 20), html=True), "Priya Venkataraman"


# ================================================================ PHI: self
@reg("phi", "self")
def self1():
    body = """To whom it may concern,

I am writing for the THIRD time about account 7001739055. I had my gallbladder out at your
surgery center on January 14, 2025. Before the surgery I was given an estimate of $1,250 for my
share, which I paid in full at check-in (receipt #R-0114-2281, I have it).

Since then I have received a bill for $3,876.40 from the hospital, and a separate bill for $912
from anesthesia. My insurance (Northfold, member ID NFH556702183) says the claim was processed
as out of network because the facility was billed under the wrong tax ID. I called your billing
line twice and was told both times it would be fixed and the bill would be put on hold. Today I
got a final notice.

I want:
1. Written confirmation that the account is on hold and will not go to collections.
2. The claim resubmitted correctly to Northfold.
3. An itemized bill.

If this isn't resolved I will be filing a complaint with the state Insurance Department and the
Attorney General's health care section.

Sincerely,
Margaret A. Duffy
1402 Carriage Way
Clarks Summit, PA 18411
570-555-0124
"""
    return mk("Margaret Duffy <peggy.duffy@example.net>", CUSTSVC, "THIRD REQUEST - acct 7001739055 - billing error",
              body, dt(2025, 4, 14, 20, 33)), "Margaret A. Duffy"


@reg("phi", "self")
def self2():
    body = """hi i got a bill for $2,300 for my er visit in may, the one when i cut my hand at work and got
stitches. i thought medicaid covered it?? my card says bayrock. i can't pay that. can someone
call me 570 555 0107 after 3

dee

Sent from my iPhone"""
    return mk("dee jennings <deejay.jennings22@example.com>", CUSTSVC, "bill", body,
              dt(2025, 7, 9, 15, 2)), "Dee Jennings"


@reg("phi", "self")
def self3():
    body = """Hi Ms. Okafor,

Thank you for taking the time on the phone yesterday. As you asked I'm attaching my documents
for the financial assistance application:

- my last 2 pay stubs from before I went out on leave (I've been out of work since my back
  surgery on Feb 11, short-term disability ran out in May)
- the letter from my employer saying my position was eliminated
- my husband's pay stub (he's part time)
- a signed statement about our household

My account numbers are 7002010498 (the surgery and hospital stay) and 7002096651 (the
physical therapy). I still have PT twice a week through August, so I hope those can be included.

Please let me know if anything else is needed. I'm trying really hard not to fall behind on this.

Kind regards,
Sandra Lisowski
570-555-0168
"""
    stub = pdf(["BRENTWOOD LOGISTICS INC - EARNINGS STATEMENT",
                "Employee: SANDRA J LISOWSKI      Employee #: 004417",
                "Pay period: 01/20/2025 - 02/02/2025     Pay date: 02/07/2025",
                "",
                "Regular      80.00 hrs   @ 19.75     1,580.00",
                "Gross pay                            1,580.00",
                "Federal withholding                    118.20",
                "Social Security / Medicare             120.87",
                "State / local                           64.31",
                "Medical (employee + spouse)            142.50",
                "Net pay                              1,134.12",
                "",
                "YTD gross 3,160.00"])
    stmt = docx(["Household Statement - Financial Assistance Application",
                 "I, Sandra Lisowski, live at 63 Fairview Terrace, Dunmore PA 18512 with my husband "
                 "Paul Lisowski and our daughter Emily (age 15).",
                 "I have had no earned income since February 2025 because of my back surgery and recovery. "
                 "My short-term disability benefit ended May 9, 2025. My position was eliminated June 1.",
                 "Our only household income is my husband's part-time wages (about $1,450 per month).",
                 "I certify that the information above is true.",
                 "Signed: Sandra Lisowski    Date: 06/24/2025"])
    atts = [("paystub_0207.pdf", "application", "pdf", stub),
            ("household_statement.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", stmt),
            ("employer_letter_scan.png", "image", "png", scan_png())]
    return mk("Sandra Lisowski <sandylisowski@example.com>", RENATA, "Financial assistance documents - Sandra Lisowski",
              body, dt(2025, 6, 24, 20, 11), atts=atts), "Sandra Lisowski"


@reg("phi", "self")
def self4():
    body = """Hi,

I'm a Tallowmere employee (phlebotomy, Main campus lab, emp #51872) writing from my personal email
about a bill for my own care, I didn't want this going through work email.

I had my tonsils out at Main on 9/9. I'm on the employee plan, Tier 1, which I was told means I
pay the $250 deductible and then 10% for Tallowmere facilities. The statement I got says I owe
$1,912.60. It looks like the anesthesia and the pathology were processed as Tier 2? They're all
Tallowmere departments as far as I know.

Can someone look at it? Acct number 7002588120. And can it be put on hold while you check so it
doesn't take it out of my paycheck through the payroll deduction plan?

Thanks,
Brianna Szymanski
(570) 555-0116
"""
    return mk("Brianna S <bri.szymanski@example.net>", CUSTSVC, "employee plan bill question", body,
              dt(2025, 10, 6, 12, 29)), "Brianna Szymanski"


@reg("phi", "self")
def self5():
    body = """Hello,

I don't have health insurance right now and my doctor (Dr. Kessler at Riverside Family Medicine)
wants me to get an MRI of my right shoulder. It hasn't been scheduled yet because I want to know
what it will cost first.

Could you send me a good faith estimate for the MRI without contrast, including the radiologist
reading it? I read that I have a right to one. I'd also like to know if there is a self-pay
discount if I pay up front.

My name is Victor Aldana, date of birth 6/19/1987. Phone 570-555-0131.

Thank you,
Victor
"""
    return mk("Victor Aldana <v.aldana87@example.com>", "Price Estimates <estimates@%s>" % ORG,
              "Cost of shoulder MRI - no insurance", body, dt(2025, 2, 18, 7, 55)), "Victor Aldana"


@reg("phi", "self")
def self6():
    d0 = dt(2025, 5, 2, 10, 10)
    orig = """Dear Mr. Quarles,

Thank you for contacting Tallowmere Health. Your current balance is $1,866.00. We offer
interest-free payment plans of up to 24 months for balances over $1,000. Please reply with the
monthly amount you can afford and we will set up your plan.

Tomasz Wielgus
Billing Specialist, Customer Service"""
    body = """Thank you for getting back to me. I can do $60 a month. I know that's low but I'm still doing
PT for my hip 2x a week and those copays are $40 each time so it adds up fast, plus the
pharmacy. Once PT is done in July I can go up to $100.

Can the autopay come out on the 3rd? That's when my pension hits.

Thanks,
Leonard Quarles
acct 7001911274

""" + said(d0, "Tallowmere Billing Customer Service") + "\n" + q(orig) + "\n"
    return mk("Leonard Quarles <lquarles1951@example.net>", CUSTSVC, "Re: payment plan request", body,
              dt(2025, 5, 4, 18, 44)), "Leonard Quarles"


@reg("phi", "self")
def self7():
    body = """Keelstone Recovery Group,

I received your letter dated 10/20/2025 about account KRG-2318804 for $1,640.00 for
"Tallowmere Health - services 09/14/2024". I dispute this debt.

09/14/2024 is the day I gave birth to my daughter at Tallowmere. My insurance paid the hospital
and I paid my $1,500 deductible on a payment plan that I finished in June 2025. I have the
confirmation emails from Tallowmere for every payment and a statement showing $0.00 balance
dated 06/30/2025 (attached).

Please send me verification of this debt and stop contacting me until you do. I am copying
Tallowmere billing on this email so they can tell you this was paid.

Nicole Abernathy
DOB 02/08/1994
88 Sutton Place, Olyphant PA 18447
"""
    zero = pdf(["TALLOWMERE HEALTH - PATIENT STATEMENT",
                "Statement date: 06/30/2025",
                "Guarantor: NICOLE ABERNATHY       Account: 7001607745",
                "Service: Labor and delivery, admit 09/14/2024 - 09/16/2024",
                "",
                "Previous balance            $125.00",
                "Payment 06/03/2025         -$125.00",
                "Amount due                    $0.00",
                "",
                "Thank you for your payment. Questions? 570-555-0100"])
    return mk("Nicole Abernathy <nabernathy.home@example.com>", "Disputes <disputes@keelstonerecovery.com>",
              "Dispute of debt - KRG-2318804", body, dt(2025, 10, 24, 21, 5), cc=CUSTSVC,
              atts=[("Tallowmere_stmt_06302025.pdf", "application", "pdf", zero)]), "Nicole Abernathy"


# ================================================================ PHI: struct
def x12(segs, sender, receiver, date8, time4, ctrl, gs_code, version):
    isa = "ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:~" % (
        sender.ljust(15), receiver.ljust(15), date8[2:], time4, ctrl)
    gs = "GS*%s*%s*%s*%s*%s*%d*X*%s~" % (gs_code, sender, receiver, date8, time4, ctrl % 100000, version)
    body = ["ST*%s*0001~" % segs[0]] + segs[1:]
    body.append("SE*%d*0001~" % (len(body) + 1))
    return "\n".join([isa, gs] + body + ["GE*1*%d~" % (ctrl % 100000), "IEA*1*%09d~" % ctrl]) + "\n"


@reg("phi", "struct")
def struct1():
    segs = ["835",
            "BPR*I*3105.88*C*ACH*CCP*01*031000053*DA*8812004417*1234567890**01*043000096*DA*4400127781*20250328~",
            "TRN*1*EFT25087700412*1234567890~",
            "DTM*405*20250328~",
            "N1*PR*NORTHFOLD HEALTH PLAN~", "N3*PO BOX 80417~", "N4*HARWICK*PA*17780~",
            "PER*BL*PROVIDER SERVICES*TE*8005550134~",
            "N1*PE*TALLOWMERE HEALTH*XX*1447298051~", "N3*200 KESTREL AVENUE~", "N4*DUNMORE*PA*18512~",
            "LX*1~",
            "CLP*7002214589*22*-18420.00*-4812.33**12*2025021400873*11*1~",
            "CAS*CO*45*-13607.67~",
            "NM1*QC*1*DELACROIX*MAURICE*J***MI*NFH884120937~",
            "DTM*232*20250108~", "DTM*233*20250110~",
            "CLP*7002214589*2*18420.00*3527.83*0*12*2025032800119*11*1~",
            "CAS*CO*45*14892.17~",
            "NM1*QC*1*DELACROIX*MAURICE*J***MI*NFH884120937~",
            "REF*F8*2025021400873~",
            "DTM*232*20250108~", "DTM*233*20250110~",
            "CLP*7002230017*1*6210.00*4390.38*250.00*13*2025032800245*13*1~",
            "CAS*PR*1*250.00~", "CAS*CO*45*1569.62~",
            "NM1*QC*1*ESPINOZA*GABRIELA****MI*NFH771093316~",
            "DTM*232*20250219~"]
    edi = x12(segs, "NORTHFOLD", "TALLOWMERE", "20250328", "0215", 4417, "HP", "005010X221A1")
    body = """Jenna,

FYI on the Northfold COB offset we talked about. They didn't just take the $1,284.50 - they
reversed the whole Jan claim on 7002214589 (-4,812.33) and repaid it as secondary (3,527.83)
on the same 835. Net is the same -1,284.50 but the auto-poster will choke on the reversal
because the original payment was already moved to the bad-debt recovery bucket.

Please post this one by hand. 835 below; Delacroix is the one, Espinoza is a normal payment.

Marcus

""" + edi + "\n" + SIG_MARCUS + "\n"
    return mk(MARCUS, "Jenna Whitcombe <jwhitcombe@%s>" % ORG, "Northfold 835 3/28 - reversal/repay - post manually",
              body, dt(2025, 3, 28, 9, 5)), "Maurice Delacroix; Gabriela Espinoza"


@reg("phi", "struct")
def struct2():
    hl7 = "\r".join([
        "MSH|^~\\&|MERIDIAN|TMH|PFSCHG|TMH|20250602143011||DFT^P03^DFT_P03|MSG00087341|P|2.5.1",
        "EVN|P03|20250602143011",
        "PID|1||30227164^^^TMH^MR~7002541109^^^TMH^AN||BRANNIGAN^COLLEEN^M||19820411|F|||71 BRAMBLE WAY^^DUNMORE^PA^18512^USA||(570)555-0146|||||7002541109",
        "PV1|1|E|ED^ED12^01^TMH||||1093847261^OKONJO^FELIX^^^MD|||||||||||E|512127733|||||||||||||||||||||||||20250602094500|20250602135000",
        "FT1|1||BATCH0602|20250602|20250602|CG|0450^EMERGENCY ROOM^REV|ED VISIT LVL 3||1|812.00||||ED^^^TMH|||||1093847261^OKONJO^FELIX|||||99283^ED VISIT MOD^CPT4",
        "FT1|2||BATCH0602|20250602|20250602|CG|0300^LABORATORY^REV|CBC W AUTO DIFF||1|64.00||||LAB^^^TMH|||||1093847261^OKONJO^FELIX|||||85025^CBC^CPT4",
        "FT1|3||BATCH0602|20250602|20250602|CG|0320^DX XRAY^REV|XR WRIST 3V||1|288.00||||RAD^^^TMH|||||1093847261^OKONJO^FELIX|||||73110^XR WRIST^CPT4",
        "FT1|4||BATCH0602|20250602|20250602|CG|0636^DRUGS DETAIL CODE^REV|KETOROLAC 15MG INJ||1|41.00||||ED^^^TMH|||||1093847261^OKONJO^FELIX|||||J1885^KETOROLAC^HCPCS",
        "IN1|1|SELF^SELF PAY|SP|SELF PAY||||||||||||BRANNIGAN^COLLEEN^M|01|19820411"]) + "\r"
    body = """Hi PFS,

The charge interface rejected this DFT this morning with "FAP adjustment code not found for
financial class SP". Patient has an active 100% FAP approval on file so the interface tried to
apply FAP-100 at charge drop and that code was inactivated in the 5/30 CDM load. Charges are
sitting in the error queue ($1,205.00). Once Finance reactivates the code we can replay it.

Raw message below for reference.

""" + hl7.replace("\r", "\n") + """
Ticket INC0051877 is open with the interface team.

Owen Castellano
Integration Analyst | Tallowmere IT Clinical Interfaces
x6630
"""
    return mk("Owen Castellano <ocastellano@%s>" % ORG, "PFS Charge Review <pfs-chargereview@%s>" % ORG,
              "DFT reject - MSG00087341 - FAP adj code inactive", body, dt(2025, 6, 2, 15, 9),
              cc=DALE), "Colleen Brannigan"


@reg("phi", "struct")
def struct3():
    segs = ["271",
            "BHT*0022*11*EV2508140931*20250814*0931~",
            "HL*1**20*1~", "NM1*PR*2*PA DEPT OF HUMAN SERVICES*****PI*PADHS~",
            "HL*2*1*21*1~", "NM1*1P*2*TALLOWMERE HEALTH*****XX*1447298051~",
            "HL*3*2*22*0~", "TRN*2*PE20250814TMH0417*9447298051~",
            "NM1*IL*1*ABDI*HODAN****MI*4419820736~",
            "N3*1720 WYOMING AVE APT 3~", "N4*SCRANTON*PA*18509~",
            "DMG*D8*19900808*F~",
            "DTP*346*D8*20250601~",
            "EB*1*IND*30*MC*MEDICAL ASSISTANCE - CATEGORY PW~",
            "DTP*307*RD8*20250601-20260531~",
            "EB*1*IND*69^BY*MC*MATERNITY / DELIVERY~",
            "MSG*PRESUMPTIVE ELIGIBILITY CONVERTED TO FULL MA 07/30/2025~",
            "LS*2120~", "NM1*Y2*2*KEYSTONE FAMILY HEALTH PLAN*****PI*KFHP01~", "LE*2120~"]
    edi = x12(segs, "PADHS", "TALLOWMERE", "20250814", "0931", 88104, "HB", "005010X279A1")
    body = """Ines,

Ran the eligibility on the L&D patient from the Cleargauge presumptive list (acct 7002498803).
271 attached - she has full MA, pregnant women category, effective 6/1, so it covers the 6/19
delivery. That means she shouldn't be on the FAP list at all, we need to bill MA and pull her
out of the presumptive approval.

MCO assignment is Keystone Family but it started 7/1 so June is FFS.

Ha
"""
    return mk(HA, INES, "271 result - acct 7002498803 - has MA", body, dt(2025, 8, 14, 9, 40),
              atts=[("271_7002498803_20250814.txt", "text", "plain", edi)]), "Hodan Abdi"


@reg("phi", "struct")
def struct4():
    eob = {
        "resourceType": "ExplanationOfBenefit",
        "id": "eob-NF-2025-0612-77140",
        "status": "active",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
        "use": "claim",
        "patient": {"reference": "Patient/nf-mem-NFH640019852", "display": "Harriet Kowalczyk-Ames"},
        "billablePeriod": {"start": "2025-05-20", "end": "2025-05-20"},
        "created": "2025-06-12T04:11:09-04:00",
        "insurer": {"display": "Northfold Health Plan"},
        "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1447298051"},
                     "display": "Tallowmere Health"},
        "outcome": "complete",
        "insurance": [{"focal": True, "coverage": {"reference": "Coverage/cov-NFH640019852-01",
                                                    "display": "Northfold Choice PPO - member NFH640019852"}}],
        "item": [
            {"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "45378",
                                                              "display": "Colonoscopy, diagnostic"}]},
             "servicedDate": "2025-05-20",
             "adjudication": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 2960.00, "currency": "USD"}},
                              {"category": {"coding": [{"code": "eligible"}]}, "amount": {"value": 1415.00, "currency": "USD"}},
                              {"category": {"coding": [{"code": "deductible"}]}, "amount": {"value": 1000.00, "currency": "USD"}},
                              {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 332.00, "currency": "USD"}}]},
            {"sequence": 2, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "88305",
                                                              "display": "Tissue exam by pathologist"}]},
             "servicedDate": "2025-05-20",
             "adjudication": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 410.00, "currency": "USD"}},
                              {"category": {"coding": [{"code": "eligible"}]}, "amount": {"value": 118.40, "currency": "USD"}},
                              {"category": {"coding": [{"code": "coinsurance"}]}, "amount": {"value": 23.68, "currency": "USD"}}]}],
        "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 3370.00, "currency": "USD"}},
                  {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 426.72, "currency": "USD"}}],
        "processNote": [{"number": 1, "text": "Screening benefit not applied: diagnosis on claim indicates diagnostic procedure."}]
    }
    body = """Kiran,

Pulled the EOB from Northfold's API for the colonoscopy complaint Naomi sent over. As suspected,
the screening benefit wasn't applied because the claim went out with the diagnostic code once a
polyp was removed, so she got hit with the deductible. Her estimate said $0 as preventive.

Under the ACA rule, a polyp removal during a screening colonoscopy should still be screening
(modifier PT on the claim). I think coding can correct and rebill. JSON attached.

Marcus
"""
    return mk(MARCUS, KIRAN, "EOB JSON - screening vs diagnostic colonoscopy complaint", body,
              dt(2025, 6, 16, 11, 58), cc="Naomi Feldstein <nfeldstein@%s>" % ORG,
              atts=[("EOB_NFH640019852_20250520.json", "application", "json",
                     json.dumps(eob, indent=2).encode())]), "Harriet Kowalczyk-Ames"


@reg("phi", "struct")
def struct5():
    def rec(acct, last, first, dob, dos, bal, code, note):
        return "D%-12s%-20s%-15s%8s%8s%010d%-2s%-30s" % (acct, last, first, dob, dos, int(round(bal * 100)), code, note)
    lines = ["H%-10s%-30s%8s%06d" % ("KRG", "RETURN/RECALL TO CLIENT TMH", "20250912", 3)]
    dets = [rec("600288104", "BERNAL", "HECTOR", "19770302", "20240814", 1902.00, "FA", "FAP 100 PCT - CLIENT RECALL"),
            rec("600300517", "WAINWRIGHT", "GEORGE", "19410125", "20241003", 3388.15, "DC", "DECEASED 07/28/25 PROBATE"),
            rec("600307761", "LUNDGREN", "KRISTA", "19860917", "20241111", 927.40, "BK", "CH 7 FILED 08/19/25 CASE 5-25"),
            ]
    total = 1902.00 + 3388.15 + 927.40
    lines += dets
    lines.append("T%06d%012d" % (len(dets), int(round(total * 100))))
    layout = """RECORD LAYOUT (KRG return file v3)
H: rec type(1) agency(10) description(30) file date(8) record count(6)
D: rec type(1) client acct(12) last(20) first(15) DOB(8) DOS(8) balance cents(10) return code(2) note(30)
T: rec type(1) detail count(6) total cents(12)
Return codes: FA financial assistance  DC deceased  BK bankruptcy  DS dispute  SK skip
"""
    body = """Attached is the weekly return file. 3 accounts this week - one FAP recall at your request, one
deceased (estate info in the note field, we have the executor's address if you want it) and one
bankruptcy. Balances returned $6,217.55.

Keelstone Recovery Group | Client Services
clientservices@keelstonerecovery.com | 888-555-0149
This communication is from a debt collector.
"""
    return mk("KRG Client Services <clientservices@keelstonerecovery.com>", "Agency Liaison <agencyliaison@%s>" % ORG,
              "KRG return file 09/12/2025", body, dt(2025, 9, 12, 6, 30),
              atts=[("KRG_TMH_RTN_20250912.txt", "text", "plain", "\n".join(lines) + "\n"),
                    ("KRG_return_layout_v3.txt", "text", "plain", layout)]), "Hector Bernal; George Wainwright; Krista Lundgren"


@reg("phi", "struct")
def struct6():
    hl7 = "\n".join([
        "MSH|^~\\&|REGADT|TMH|FINSCREEN|CLEARGAUGE|20251104183422||ADT^A04^ADT_A01|ADT20251104183422881|P|2.3",
        "EVN|A04|20251104183422|||HNGUYEN2",
        "PID|1||30240518^^^TMH^MR||OYELOWO^BABATUNDE^A||19710630|M|||2214 PROSPECT ST^^SCRANTON^PA^18505||(570)555-0197||EN|M||7002633091|XXX-XX-6629",
        "PV1|1|O|TCL^CARDIO^^TMH||||1326047815^VANTERPOOL^ANNA^^^MD||||||||||||7002633091|||||||||||||||||||||||||20251104180000",
        "GT1|1||OYELOWO^BABATUNDE^A||2214 PROSPECT ST^^SCRANTON^PA^18505|(570)555-0197||19710630|M||SE|||||UNEMPLOYED",
        "IN1|1|SELFPAY^SELF PAY|SP||||||||||||OYELOWO^BABATUNDE^A|01|19710630"])
    body = """*** Presumptive Financial Screening - new self-pay registration ***

A self-pay outpatient registration was received and sent for presumptive screening.

Account:        7002633091
Location:       Tallowmere Cardiology Clinic
Scheduled:      11/04/2025 18:00  (echocardiogram + clinic visit)
Screening ID:   PSC-1104-00917
Status:         QUEUED - result expected within 24h

Source message:

""" + hl7 + """

This notification was generated automatically by the Tallowmere registration interface.
Do not reply. Questions: PFS Systems, x5590.
"""
    return mk("Registration Interface <reg-interface@%s>" % ORG, FINCOUNSEL,
              "[Presumptive Screening] New self-pay OP registration 7002633091", body,
              dt(2025, 11, 4, 18, 34)), "Babatunde Oyelowo"


@reg("phi", "struct")
def struct7():
    est = {
        "estimateId": "EST-2025-0918-00412",
        "status": "DELIVERED",
        "type": "GOOD_FAITH_ESTIMATE",
        "createdAt": "2025-09-18T10:02:44-04:00",
        "patient": {"name": "Lorna Beckett", "dob": "1979-11-02", "mrn": "30233871",
                    "email": "lornab@example.com", "address": "1187 Hollins Rd, Marlow Heights, PA 18519"},
        "coverage": {"selfPay": True, "reason": "uninsured"},
        "scheduledService": {"date": "2025-10-02", "location": "Tallowmere Ambulatory Surgery Center",
                             "primaryCpt": "43239", "description": "Upper GI endoscopy with biopsy"},
        "lineItems": [
            {"provider": "Tallowmere ASC (facility)", "npi": "1447298051", "cpt": "43239", "amount": 1840.00},
            {"provider": "Keystone Anesthesia Partners", "npi": "1609876543", "cpt": "00731", "amount": 620.00},
            {"provider": "Tallowmere Pathology", "npi": "1447298051", "cpt": "88305", "amount": 148.00},
            {"provider": "Dr. Nathan Feld", "npi": "1285730946", "cpt": "43239", "amount": 545.00}],
        "selfPayDiscountPct": 40,
        "totalEstimate": 3153.00,
        "deliveredVia": "email",
        "disputeRightsNoticeIncluded": True
    }
    body = """Estimate EST-2025-0918-00412 was delivered to the patient.

Event payload:
""" + json.dumps(est, indent=2) + """

-- Tallowmere Estimates (automated). Manage notification settings in the Estimates admin console.
"""
    return mk("Tallowmere Estimates <estimates-noreply@%s>" % ORG, KIRAN,
              "Estimate delivered: EST-2025-0918-00412", body, dt(2025, 9, 18, 10, 3)), "Lorna Beckett"


# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin1():
    body = """All,

Facilities has confirmed the PFS move to the 3rd floor of the Kestrel Ave annex is happening the
weekend of 3/15. What you need to know:

- Pack your desk by 3pm Friday 3/14. Crates will be dropped at each cube Wednesday. Label every
  crate with your name and NEW cube number (list attached to the crate delivery email).
- Phones move with you - same extensions. IT will be on site Saturday to re-patch.
- The financial counseling interview rooms (3 of them) will be on 1 by the ED entrance, NOT on
  3. Patients should never have to come up to the annex.
- Shred bins: empty yours before Thursday. Anything with account info goes in the locked console,
  not the recycling.
- Parking passes for the annex lot will be in your mailbox Monday.

First day in the new space is Monday 3/17. Coffee and bagels on me.

Dale

""" + SIG_DALE
    return mk(DALE, PFSALL, "PFS move to 3rd floor annex - weekend of 3/15", body, dt(2025, 3, 3, 8, 2),
              html=True), ""


@reg("clean", "admin")
def admin2():
    body = """Team,

The Board approved the revised Financial Assistance Policy (FIN-204, rev. 7) at its June meeting.
Changes take effect for applications received on or after August 1, 2025:

1. Free care threshold goes from 200% to 250% of the Federal Poverty Guidelines.
2. Discounted care (sliding scale) now extends to 400% FPL (was 300%).
3. Catastrophic provision: medical debt to Tallowmere exceeding 20% of annual household income
   (was 25%) qualifies regardless of income.
4. Amounts Generally Billed (AGB) percentage updated to 31.4% using the look-back method
   (Medicare FFS + all private insurers, claims allowed 7/1/2024 - 6/30/2025).
5. Presumptive eligibility now accepted for patients enrolled in SNAP, WIC, LIHEAP, or
   homeless at time of service.
6. Application period remains 240 days from the first post-discharge statement.

The plain language summary, application, and Spanish/Vietnamese/Chinese/Arabic/Russian/
Haitian Creole translations are being updated and will be posted to the website and printed
for registration, ED, and the clinics by 7/25. Please recycle the old pamphlets once the new
ones arrive.

Training session on the changes: Tuesday 7/22, 2-3pm, Kestrel B conference room and on Teams.

Shauna

""" + SIG_SHAUNA + "\n\n" + DISCLAIMER
    pol = pdf(["TALLOWMERE HEALTH - POLICY FIN-204 rev. 7",
               "Financial Assistance Policy (summary of changes)",
               "Effective: 08/01/2025    Approved: Board of Directors 06/19/2025",
               "",
               "Free care: household income at or below 250% FPG",
               "Discounted care: 251% - 400% FPG, sliding scale 80% / 60% / 40%",
               "Catastrophic: medical debt > 20% of household income",
               "AGB: 31.4% of gross charges (look-back method)",
               "Presumptive: SNAP, WIC, LIHEAP, homelessness",
               "Application period: 240 days from first post-discharge billing statement"])
    return mk(SHAUNA, [PFSALL, "Patient Access Leadership <pa-leaders@%s>" % ORG],
              "FAP revision effective 8/1 - what's changing", body, dt(2025, 7, 7, 13, 15),
              atts=[("FIN-204_rev7_summary.pdf", "application", "pdf", pol)]), ""


@reg("clean", "admin")
def admin3():
    d0 = dt(2025, 1, 28, 16, 40)
    orig = """Shauna,

Attached is the redline of Amendment 4 to the Northfold participating provider agreement. The
main changes on our side from the last draft:

- Timely filing stays at 180 days from DOS for institutional claims (they wanted 90).
- Overpayment recovery: Northfold must give 45 days written notice before offset (was 30), and
  no recoupment on claims older than 18 months except fraud.
- Observation stays over 48 hours convert to inpatient DRG rate.
- Prior auth for advanced imaging: retro auth allowed within 2 business days for ED-originated
  studies.
- Rate escalator 3.1% on 7/1/2025, 3.4% on 7/1/2026.

Their counsel wants signature by 2/14.

Gary Lindemann
Director, Managed Care Contracting"""
    body = """Gary,

Looks good from a revenue cycle standpoint. Two asks before we sign:

1. The 45-day notice should also require the overpayment notice to be sent to the revintegrity@
   mailbox, not just the portal. We miss portal letters.
2. Can we add that recoupments show up on the 835 with the original claim number in REF*F8?
   Right now they just show as PLB adjustments with a reference we have to look up.

Otherwise I'm fine with it.

Shauna

""" + said(d0, "Gary Lindemann <glindemann@%s>" % ORG) + "\n" + q(orig) + "\n"
    return mk(SHAUNA, "Gary Lindemann <glindemann@%s>" % ORG, "RE: Northfold Amendment 4 redline", body,
              dt(2025, 1, 29, 9, 22), cc=MARCUS), ""


@reg("clean", "admin")
def admin4():
    body = """PLANNED DOWNTIME - MERIDIAN PATIENT ACCOUNTING

When:   Saturday, April 26, 2025, 10:00 PM - Sunday, April 27, 2025, 4:00 AM
What:   Quarterly upgrade (v24.3 -> v25.1) and database maintenance
Impact: - Patient Accounting, Claims Scrubber and the payment portal will be unavailable
        - Online bill pay will show a maintenance page; card payments will queue and post
          Sunday morning
        - Statement extract normally run Saturday night will run Sunday 6:00 AM instead
        - Registration and clinical systems are NOT affected

Downtime procedures: cashiers at the ED and main lobby use the paper receipt book (red binder).
Enter receipts into Meridian after the system comes back.

Questions: IT Service Desk x4357 or servicedesk@tallowmerehealth.org. Reference change CHG0019344.

Tallowmere Health Information Technology
"""
    return mk("IT Change Management <it-change@%s>" % ORG, ["Revenue Cycle All <revcycle-all@%s>" % ORG],
              "[Planned Downtime] Meridian Patient Accounting - Sat 4/26 10pm-4am", body, dt(2025, 4, 18, 11, 0),
              html=True), ""


@reg("clean", "admin")
def admin5():
    body = """hi Rita,

can you put in an order with Quillmark for the following, we're running low ahead of the
month-end statement run:

- #10 double window envelopes (the ones with the security tint) - 20 cases
- remit envelopes (#9 BRE, our permit) - 15 cases
- FAP application packets, English - 2,000; Spanish - 500
- toner for the Lexmark in the counseling rooms (the MS823, 2 carts)

also the postage meter says it needs a refill before the 28th. Pitney account is under
Revenue Cycle cost center 7410.

thx!
Tomasz"""
    return mk(TOMASZ, "Rita Gallo <rgallo@%s>" % ORG, "supply order - envelopes / FAP packets / toner", body,
              dt(2025, 9, 22, 10, 14)), ""


@reg("clean", "admin")
def admin6():
    body = """Revenue Cycle Monthly Operations Meeting
Thursday, October 16, 2025 | 8:00-9:00 AM | Kestrel B / Teams

Agenda
1. September close (Shauna) - cash 101.4% of target, A/R days 44.8 (goal < 45)
2. Denials (Marcus) - initial denial rate 9.2%; top 3 reasons: auth missing, COB, medical
   necessity for imaging. Recoupments YTD vs. last year.
3. Charity care (Ines) - volume up since the 8/1 policy change; avg days to decision 11;
   presumptive approvals now 38% of total
4. Price transparency (Kiran) - machine-readable file refresh due 1/1; GFE turnaround metrics
5. Collections agency scorecard (Tomasz) - Keelstone Q3 liquidation rate; complaints
6. Open floor

Please send updates to your slides by Tuesday noon.

Calendar invite attached.
"""
    invite = ics("revcycle-ops-20251016@%s" % ORG, datetime.datetime(2025, 10, 16, 8, 0),
                 datetime.datetime(2025, 10, 16, 9, 0), "Revenue Cycle Monthly Operations",
                 "Kestrel B Conference Room / Microsoft Teams", "Agenda in email body.",
                 "Shauna Pettibone:mailto:spettibone@%s" % ORG)
    return mk(SHAUNA, "Revenue Cycle Leadership <revcycle-leads@%s>" % ORG, "Agenda - RC Ops 10/16", body,
              dt(2025, 10, 10, 15, 48), atts=[("invite.ics", "text", "calendar", invite)]), ""


@reg("clean", "admin")
def admin7():
    body = """Dale,

As part of the annual vendor security review for our agreement (Master Services Agreement dated
3/1/2022, SOW #3), we are rotating the SFTP credentials for placement and return files.

- New host key fingerprint (ED25519): SHA256:q7Lw2cK9dXvB1mR0sTz4yHe8uNfA6pJ3gV5iO2kWbQc
- New account: tmh_placements_2025 (the old account tmh_place will be disabled 11/15)
- Your team will receive the one-time password setup link separately, from our security team,
  NOT by email from me.

Also attaching our 2025 SOC 2 Type II bridge letter and updated certificate of insurance for your
files. Please let me know who on your side should receive the quarterly compliance attestation
(FDCPA/Reg F, complaint log, call recording sampling).

Regards,
Celia Brandt
Vice President, Client Relationships
Keelstone Recovery Group
cbrandt@keelstonerecovery.com | 888-555-0149 ext 101
"""
    return mk("Celia Brandt <cbrandt@keelstonerecovery.com>", DALE, "SFTP credential rotation + annual vendor review docs",
              body, dt(2025, 10, 28, 14, 5), cc="IT Security <itsecurity@%s>" % ORG,
              atts=[("KRG_SOC2_bridge_letter_2025.pdf", "application", "pdf",
                     pdf(["KEELSTONE RECOVERY GROUP", "SOC 2 Type II Bridge Letter",
                          "Period covered by bridge: 07/01/2025 - 12/31/2025",
                          "Management is not aware of any material changes to the system of internal",
                          "controls since the end of the most recent examination period (06/30/2025).",
                          "", "Signed: R. Okonkwo-Lyle, Chief Information Security Officer"]))]), ""


# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look1():
    body = """Quillmark Print & Mail
INVOICE

Invoice #:        QPM-2025-118044
Invoice date:     06/30/2025
Customer acct:    TMH-004417
PO #:             4500219876
Terms:            Net 30 (due 07/30/2025)
Remit to:         Quillmark Print & Mail, PO Box 4410, Allentown PA 18105

Job 25-0611  Patient statements, June cycle 1    41,822 pcs @ 0.0865    $3,617.60
Job 25-0618  Patient statements, June cycle 2    39,507 pcs @ 0.0865    $3,417.36
Job 25-0625  Final notice letters                 6,114 pcs @ 0.1120      $684.77
Job 25-0627  FAP plain-language summary insert   80,000 pcs @ 0.0210    $1,680.00
             Postage (presort first class, passed through)               $39,512.44
                                                               Subtotal   $48,912.17
                                                               Tax            $0.00
                                                               TOTAL      $48,912.17

Questions about this invoice: billing@quillmarkprint.com | 610-555-0170
"""
    return mk("Quillmark Billing <billing@quillmarkprint.com>", "Accounts Payable <ap@%s>" % ORG,
              "Invoice QPM-2025-118044 - PO 4500219876", body, dt(2025, 7, 1, 5, 30), cc=TOMASZ,
              atts=[("QPM-2025-118044.pdf", "application", "pdf",
                     pdf(body.strip().split("\n"), size=8))]), ""


@reg("clean", "lookalike")
def look2():
    rows = [["Shoppable service", "CPT/HCPCS", "Rev code", "Gross charge", "Cash price", "Min negotiated", "Max negotiated"],
            ["Office visit, new patient, moderate", "99204", "0510", 412.00, 247.20, 168.50, 351.00],
            ["Basic metabolic panel", "80048", "0301", 96.00, 38.40, 9.61, 61.00],
            ["Complete blood count w/ diff", "85025", "0305", 64.00, 25.60, 7.77, 41.30],
            ["Lipid panel", "80061", "0301", 118.00, 47.20, 13.39, 72.00],
            ["X-ray chest 2 views", "71046", "0324", 288.00, 115.20, 32.14, 190.00],
            ["CT head/brain w/o contrast", "70450", "0351", 1620.00, 648.00, 133.80, 1050.00],
            ["MRI lumbar spine w/o contrast", "72148", "0610", 2340.00, 936.00, 244.60, 1520.00],
            ["Screening colonoscopy", "45378", "0750", 2960.00, 1184.00, 612.00, 1880.00],
            ["Upper GI endoscopy w/ biopsy", "43239", "0750", 3066.00, 1226.40, 640.10, 1990.00],
            ["Vaginal delivery", "59400", "0720", 11850.00, 4740.00, 2980.00, 7700.00],
            ["Physical therapy evaluation", "97161", "0424", 245.00, 98.00, 81.20, 160.00]]
    body = """Kiran,

Here's the refreshed shoppable services list for the estimator, with the 7/1 CDM prices and
negotiated rate ranges from the contract load. No changes to the code set except 97161 (PT eval)
which replaces the retired code. Please spot check 72148 - the max looks high vs last year.

Thanks,
Dev Raghunathan
Charge Master Analyst | Finance
"""
    return mk("Dev Raghunathan <draghunathan@%s>" % ORG, KIRAN, "Shoppable services refresh - 7/1 CDM", body,
              dt(2025, 7, 2, 14, 25), atts=[("shoppable_services_20250701.xlsx", "application",
                                             "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             xlsx(rows, "Shoppable"))]), ""


@reg("clean", "lookalike")
def look3():
    body = """Hi Kiran,

For the co-provider section of the GFE template, here's the list of rendering providers that
need to be loaded with their NPIs and state licence numbers. All credentialed through 2027.

Provider                      NPI          PA licence      Specialty
Nathan Feld, MD               1285730946   MD-441829       Gastroenterology
Ruth Amsel, MD                1730582264   MD-452017       Gastroenterology
Felix Okonjo, MD              1093847261   MD-438815       Emergency Medicine
Anna Vanterpool, MD           1326047815   MD-460392       Cardiology
Priyanka Desai, CRNA          1972604418   RN-719934/CRNA  Anesthesia
Hollis Brandvold, DO          1548819320   OS-017742       Radiology
Keystone Anesthesia Partners  1609876543   (group)         Anesthesia, group TIN 23-4419870

Credentialing contact if anything changes: credentialing@tallowmerehealth.org x3390.

Maya
Maya Lindholm
Medical Staff Services Coordinator
"""
    return mk("Maya Lindholm <mlindholm@%s>" % ORG, KIRAN, "NPI / licence list for GFE co-provider template",
              body, dt(2025, 8, 20, 10, 50)), ""


@reg("clean", "lookalike")
def look4():
    body = """PATIENT FINANCIAL SERVICES - DEPARTMENT DIRECTORY (updated 10/01/2025)

Main billing line (patients) ........................ 570-555-0100
Billing fax ......................................... 570-555-0199
Financial Counseling (walk-in, 1st fl by ED) ........ 570-555-0150
Price estimates ..................................... 570-555-0165
Collections agency liaison .......................... 570-555-0138
Self-pay / payment plans ............................ 570-555-0139

Staff                      Title                             Ext     Direct
Dale Brubaker              Manager, PFS                      5120    570-555-0120
Ines Carvalho              Charity Care Coordinator          5151    570-555-0151
Renata Okafor              Financial Counselor II            5142    570-555-0142
Guadalupe Tafolla          Bilingual Financial Counselor     5158    570-555-0158
Tomasz Wielgus             Billing Specialist                5137    570-555-0137
Khadija Rahman             Customer Service Rep              5507    570-555-0107
Kiran Sethi                Estimates Analyst                 5165    570-555-0165
Marcus Oyelaran            Denials & Recoupment Analyst      5523    570-555-0123

Interpreter line (24/7) ............................. 1-800-555-0115, access code 44170
Lockbox / bank deposit questions (Treasury) ......... x2201
IT Service Desk ..................................... x4357

Please keep a printed copy at your desk for downtime.
"""
    return mk(DALE, PFSALL, "Updated PFS phone directory", body, dt(2025, 10, 1, 8, 30), html=True), ""


@reg("clean", "lookalike")
def look5():
    body = """Incident INC0052214 has been updated.

Short description:  Check scanner at ED cashier window not reading MICR line
Caller:             Tomasz Wielgus
Location:           Main Campus - ED Registration, cashier window 2
Configuration item: Panini Vision X scanner, asset TMH-EQ-078812, serial VX1A-2210-44871
Priority:           3 - Moderate
Assignment group:   Desktop Support - Main
State:              Resolved

Work notes (Jun 19, 2025 14:22):
Replaced scanner with loaner asset TMH-EQ-078830, serial VX1A-2210-45102. Original unit shipped to
vendor for depot repair, RMA 55190374, FedEx tracking 7781 4420 9913. Driver updated to 4.8.2.
Test deposit batch scanned OK (batch 0619-ED-02, 3 items).

If your issue is not resolved, reply to this email within 5 days to reopen.

Tallowmere IT Service Desk | x4357
"""
    return mk("IT Service Desk <servicedesk@%s>" % ORG, TOMASZ, "INC0052214 resolved - check scanner ED window 2",
              body, dt(2025, 6, 19, 14, 24)), ""


@reg("clean", "lookalike")
def look6():
    body = """Charity Care Dashboard - Q2 FY2025 (Apr-Jun)

Applications received ..................... 1,284   (Q1: 1,102)
  Approved, 100% .......................... 702     (54.7%)
  Approved, partial discount .............. 213     (16.6%)
  Denied - over income .................... 119     (9.3%)
  Denied - incomplete ..................... 171     (13.3%)
  Pending at quarter end .................. 79
Presumptive approvals (no application) .... 466
Average days to decision .................. 12.4    (goal 14)
Charity care at cost ...................... $4.82M
Bad debt at cost .......................... $2.11M
Accounts recalled from agency after FAP ... 37
ECA reversals ............................. 5
Patients by language (applications): English 71%, Spanish 18%, Vietnamese 3%, Arabic 2%,
  Russian 2%, Haitian Creole 2%, other 2%
Age 65+ share ............................. 21%
Top service lines: ED (41%), inpatient medical (18%), L&D (9%), oncology infusion (6%)

Full report on the Revenue Cycle SharePoint. Data as of 07/08/2025.
"""
    return mk(INES, ["Revenue Cycle Leadership <revcycle-leads@%s>" % ORG], "Q2 charity care dashboard", body,
              dt(2025, 7, 9, 9, 3), cc=DALE), ""


@reg("clean", "lookalike")
def look7():
    body = """Hello Tallowmere Treasury,

Lockbox deposit summary for 08/15/2025:

Lockbox #       Batch     Items   Amount        Deposit ID
TMH-22874       001       148     $21,406.17    DEP-0815-000931
TMH-22874       002       131     $18,992.40    DEP-0815-000932
TMH-22874       003        97     $12,118.05    DEP-0815-000933
TMH-22875 (PO)  001        12     $84,310.92    DEP-0815-000934
Correspondence (no check)  41     $0.00         COR-0815-0041

Total checks: 388   Total deposited: $136,827.54
Exceptions: 6 items (unreadable coupon / no account ref), images available in the portal under
exception queue EXQ-0815.

Image file and 823 remittance file have been delivered to SFTP /tmh/outbound/20250815.

Ridgeline Bank Treasury Services
Lockbox Operations | 800-555-0160
"""
    return mk("Ridgeline Bank Lockbox <lockbox-ops@ridgelinebank.com>", "Treasury <treasury@%s>" % ORG,
              "Lockbox daily summary 08/15/2025", body, dt(2025, 8, 15, 17, 45), cc="Cash Posting <cashposting@%s>" % ORG), ""


# ================================================================ CLEAN: news
@reg("clean", "news")
def news1():
    body = """THE PFS PULSE | Patient Financial Services newsletter | Spring 2025

NEW: "What will my care cost?" estimator goes live April 1
Patients can now get a personalized estimate online for 300+ services, from lab work to MRIs to
joint replacement. Insured patients see their estimated out-of-pocket based on their plan's
deductible and coinsurance; self-pay patients automatically get the cash discount and a Good
Faith Estimate they can save as a PDF. Kiran Sethi and the estimates team tested it for three
months with the Patient and Family Advisory Council.

Charity care by the numbers
In 2024 Tallowmere provided $18.7 million in financial assistance at cost to 9,412 patients.
Presumptive screening now approves about a third of those without a paper application.

Shout-outs
Congratulations to Lupe Tafolla on passing her CRCR exam, and to the customer service team for
hitting a 94% first-call resolution rate in February.

Reminder
Every patient who says "I can't afford this" gets the FAP plain-language summary. Every time.
Pamphlets in 7 languages are at every registration desk.

Questions or story ideas: pfs-newsletter@tallowmerehealth.org
"""
    return mk("PFS Newsletter <pfs-newsletter@%s>" % ORG, "Revenue Cycle All <revcycle-all@%s>" % ORG,
              "The PFS Pulse - Spring 2025", body, dt(2025, 3, 25, 7, 0), html=True,
              atts=[("pulse_header.png", "image", "png", logo_png())]), ""


@reg("clean", "news")
def news2():
    body = """POLICY BRIEF | Keystone Hospital & Health Association | Government Relations Update

Medical debt bill signed into law

On Tuesday the Governor signed HB 1840, the Medical Debt Relief and Transparency Act. Key
provisions for hospitals and health systems:

* Interest on medical debt capped at 3% per year; no interest for the first 180 days.
* Hospitals must screen uninsured patients for public coverage and financial assistance before
  any extraordinary collection action.
* Wage garnishment and liens on a primary residence are prohibited for medical debt of patients
  under 400% FPL.
* Credit reporting of medical debt under $1,000 is prohibited.
* The Department of Health will publish an annual report of each hospital's charity care spending.

Effective dates: most provisions take effect 180 days after signing; the screening requirement
takes effect January 1. The association will host a member webinar on implementation on the
18th and will circulate a compliance checklist.

Contact: Government Relations, govrelations@khha-example.org
"""
    return mk("KHHA Government Relations <govrelations@khha-example.org>", "Shauna Pettibone <spettibone@%s>" % ORG,
              "Policy Brief: Medical debt bill signed - what it means for members", body, dt(2025, 7, 16, 16, 10),
              hdrs={"List-Unsubscribe": "<mailto:unsubscribe@khha-example.org>"}), ""


@reg("clean", "news")
def news3():
    text = """Is bad debt eating your margin?

Join Ashford Revenue Analytics for a free 45-minute webinar:
"Propensity-to-Pay Scoring: Getting the right patients to charity care - and everyone else to a plan"

Thursday, May 8 | 1:00 PM ET

You'll learn:
- How hospitals cut bad debt 22% by screening for presumptive eligibility before the first statement
- Why 1 in 4 accounts sent to collections actually qualified for financial assistance
- How to stay on the right side of 501(r) and the No Surprises Act while improving cash

Speakers: Dr. Lena Marsh, former CFO, and Robert Quaye, VP Product

Register: https://www.ashfordrevenue-example.com/webinars/ptp-may

Ashford Revenue Analytics, 100 Commerce Dr, Suite 400, Pittsburgh PA 15222
You are receiving this because you subscribed to Ashford updates. Unsubscribe | Preferences
"""
    html = ("<html><body style='font-family:Helvetica,Arial;background:#f3f5f7'><table width='600' align='center' "
            "style='background:#fff;padding:24px'><tr><td><h2 style='color:#1b4d72'>Is bad debt eating your margin?"
            "</h2><p>Join Ashford Revenue Analytics for a free 45-minute webinar:<br><b>Propensity-to-Pay Scoring: "
            "Getting the right patients to charity care</b></p><p>Thursday, May 8 | 1:00 PM ET</p><ul><li>How hospitals "
            "cut bad debt 22%</li><li>Why 1 in 4 accounts sent to collections actually qualified for financial "
            "assistance</li><li>501(r) and the No Surprises Act</li></ul><p><a href='https://www.ashfordrevenue-example.com/"
            "webinars/ptp-may' style='background:#1b4d72;color:#fff;padding:10px 18px;text-decoration:none'>Register"
            "</a></p><p style='font-size:10px;color:#777'>Ashford Revenue Analytics, 100 Commerce Dr, Suite 400, "
            "Pittsburgh PA 15222. Unsubscribe | Preferences</p></td></tr></table></body></html>")
    return mk("Ashford Revenue Analytics <events@ashfordrevenue-example.com>", DALE,
              "Webinar: Propensity-to-Pay Scoring (May 8)", text, dt(2025, 4, 24, 10, 0), html=html,
              hdrs={"List-Unsubscribe": "<https://www.ashfordrevenue-example.com/unsub>"}), ""


@reg("clean", "news")
def news4():
    body = """Journal club - this month's article summary (for Thursday's PFS leadership huddle)

"Medical Debt and Hospital Financial Assistance Eligibility: A National Cross-Sectional Study"
(summary prepared by Sheila Moran)

What they did: Linked credit-bureau data on medical collections with hospital financial assistance
policies for ~2,000 nonprofit hospitals, 2019-2022.

What they found:
- An estimated 29% of patients with hospital medical debt in collections had incomes low enough
  to qualify for free care under the hospital's own policy.
- Hospitals using presumptive eligibility had 15-20% fewer accounts in collections per 1,000
  discharges.
- Median charity care spending was 1.9% of operating expenses; the median value of tax exemption
  was 5.6%.
- Plain-language summaries on statements were associated with more applications, but only when
  printed on the first statement.

Why it matters for us: our presumptive rate is above the study median, but we still print the
FAP summary only on the second statement. Worth discussing.

Limitations: observational; credit-bureau data misses debt not reported after the 2023 bureau
changes.
"""
    return mk("Sheila Moran <smoran@%s>" % ORG, "PFS Leadership <pfs-leaders@%s>" % ORG,
              "journal club summary - medical debt & FAP eligibility study", body, dt(2025, 9, 29, 16, 37)), ""


@reg("clean", "news")
def news5():
    body = """TALLOWMERE HEALTH COMMUNITY BENEFIT REPORT 2024 - NOW AVAILABLE

Dear colleagues and community partners,

Our 2024 Community Benefit Report is now posted at tallowmerehealth.org/community. Highlights:

  Financial assistance (charity care) at cost ........ $18.7 million
  Unreimbursed cost of Medicaid ....................... $41.2 million
  Community health programs ........................... $3.4 million
  Health professions education ........................ $6.9 million
  Subsidized services (behavioral health, NICU) ....... $9.8 million
  Total community benefit ............................. $80.0 million (9.7% of expenses)

The Community Benefit Ride Fund provided 6,140 rides to treatment, and our financial counselors
met with more than 11,000 patients and families at our hospitals and clinics.

Thank you to everyone whose work made this possible.

Office of Community Health
Tallowmere Health
"""
    return mk("Office of Community Health <communityhealth@%s>" % ORG, "All Tallowmere Staff <allstaff@%s>" % ORG,
              "2024 Community Benefit Report now available", body, dt(2025, 5, 6, 9, 0), html=True,
              atts=[("tallowmere_logo.png", "image", "png", logo_png())]), ""


@reg("clean", "news")
def news6():
    body = """NORTHEAST CHAPTER NEWS | Revenue Cycle Professionals Association

From the chapter president
Fall already! Our October education day drew 140 members to Wilkes-Barre. Slides from all
sessions are on the chapter site.

Upcoming
- Nov 13: Virtual session - "Good Faith Estimates two years in: what CMS is actually enforcing"
- Dec 4: Holiday networking + CRCR study group kickoff (Scranton)
- Jan 22: Annual payer panel - recoupments, prior auth reform, and the 2026 fee schedules

Certification corner
Congratulations to 11 chapter members who earned the CRCR this quarter and 4 who earned the
CHFP. The chapter will reimburse exam fees for the first 10 members who register for the spring
window.

Volunteer
We're looking for two members to join the Education Committee. Contact the chapter secretary.

You are receiving this as a chapter member. Update your preferences at the member portal.
"""
    return mk("RCPA Northeast Chapter <news@rcpa-northeast.org>", RENATA, "Northeast Chapter News - October",
              body, dt(2025, 10, 21, 6, 15), hdrs={"List-Unsubscribe": "<mailto:leave@rcpa-northeast.org>"}), ""


# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff1():
    body = """Hi all,

Here's call center / window coverage for Thanksgiving week. Phones open 8-4:30 Wed, CLOSED Thu,
8-4:30 Fri with a skeleton crew. Swaps must be approved by me before Friday 11/14.

Day        Phones (8-12)            Phones (12-4:30)          Window / walk-ins
Mon 11/24  Khadija, Tomasz, Jerome  Khadija, Paula, Jerome     Lupe
Tue 11/25  Paula, Tomasz, Amber     Jerome, Amber, Tomasz      Renata
Wed 11/26  Khadija, Amber           Jerome, Paula              Lupe (till 2), Renata (2-4:30)
Thu 11/27  CLOSED - voicemail greeting updated by Tomasz Wed
Fri 11/28  Jerome, Paula            Jerome, Khadija            Renata

ED financial counselor on call Thu 11/27: Lupe (cell in the on-call binder).

Thank you, and enjoy the holiday!
Dale

""" + SIG_DALE
    return mk(DALE, PFSALL, "Thanksgiving week coverage", body, dt(2025, 11, 6, 12, 12)), ""


@reg("clean", "staff")
def staff2():
    rows = [["Staff", "Title", "Credential", "Issued", "Expires", "CEUs due"],
            ["Renata Okafor", "Financial Counselor II", "CRCR", "2021-03-10", "2026-03-10", 6],
            ["Guadalupe Tafolla", "Bilingual Financial Counselor", "CRCR", "2025-02-14", "2027-02-14", 0],
            ["Ines Carvalho", "Charity Care Coordinator", "CHAA", "2019-09-05", "2025-12-31", 12],
            ["Tomasz Wielgus", "Billing Specialist", "CRCR", "2023-06-22", "2025-06-22", 0],
            ["Khadija Rahman", "Customer Service Rep", "CHAA (in progress)", "", "", ""],
            ["Kiran Sethi", "Estimates Analyst", "CRCR, CSPR", "2022-11-01", "2026-11-01", 4],
            ["Marcus Oyelaran", "Denials & Recoupment Analyst", "CRCR, CCS", "2020-04-15", "2026-04-15", 8],
            ["Dale Brubaker", "Manager", "CHFP", "2018-07-30", "2026-07-30", 10]]
    body = """Dale,

Annual credential audit for PFS attached. Two items:
- Tomasz's CRCR lapsed 6/22 - he needs to recertify within 90 days to stay in grade.
- Ines's CHAA renewal is due by 12/31; she has 12 CEUs still to log.
Khadija is scheduled for the CHAA exam on 9/18.

Reimbursement for exam fees goes through the tuition assistance form as usual.

Thanks,
Monique Albright
HR Business Partner - Finance & Revenue Cycle
"""
    return mk("Monique Albright <malbright@%s>" % ORG, DALE, "PFS credential audit 2025", body,
              dt(2025, 8, 4, 13, 44), atts=[("PFS_credentials_2025.xlsx", "application",
                                             "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             xlsx(rows, "Credentials"))]), ""


@reg("clean", "staff")
def staff3():
    body = """Open Enrollment is November 3 - November 21

This is your once-a-year chance to change your Tallowmere benefits for 2026 - medical, dental,
vision, flexible spending and life insurance. If you don't make changes, your current medical,
dental and vision elections roll over, but FSA elections do NOT - you must re-enroll.

What's new for 2026:
- Employee medical premiums increase 3% for the Tier 1 (Tallowmere Network) plan; no increase
  for the HSA plan.
- Tier 1 deductible stays at $250 individual / $500 family.
- New: virtual physical therapy benefit with no copay.
- Dependent eligibility verification is required for newly added spouses and children.

Enroll at the Benefits portal (from any Tallowmere computer or at home). Benefits fair: Nov 5,
11am-2pm, main cafeteria. Night shift session: Nov 6, 2am, Kestrel B.

Questions: Benefits Service Center, 570-555-0105, benefits@tallowmerehealth.org

""" + DISCLAIMER2
    return mk("Tallowmere Benefits <benefits@%s>" % ORG, "All Tallowmere Staff <allstaff@%s>" % ORG,
              "Open Enrollment starts Nov 3 - action needed for FSA", body, dt(2025, 10, 27, 7, 30), html=True), ""


@reg("clean", "staff")
def staff4():
    body = """Reminder - because of the Labor Day holiday, timecards for pay period ending 8/30 must be
approved by managers by 10:00 AM Tuesday 9/2 (not Monday). Employees, please review and sign off
on your timecard by end of day Friday 8/29.

Holiday pay: if you are scheduled off on 9/1 you will get 8 hrs holiday pay automatically (pro-rated
for part-time). If you work the holiday, code the hours as HOLW, not REG.

Missing punches need a Time Adjustment form with your manager's signature.

Payroll Department | x2250 | payroll@tallowmerehealth.org
"""
    return mk("Payroll <payroll@%s>" % ORG, "Timekeeping Managers <timekeeping-mgrs@%s>" % ORG,
              "Early timecard approval - Labor Day", body, dt(2025, 8, 25, 9, 0), cc=PFSALL), ""


@reg("clean", "staff")
def staff5():
    body = """Friends,

After 31 years with Tallowmere (she started in 1994 keying charges off paper superbills!),
Gloria Ambrose is retiring at the end of the month. Gloria has trained half of this department,
knows every payer's phone tree by heart, and has never once let a patient leave the window
without a FAP pamphlet.

Please join us:
  Friday, June 27, 2:30-4:00pm
  Kestrel B conference room
  Cake, Gloria's famous pierogi (she insisted on bringing them to her own party), and stories

We're collecting for a gift (she wants to take the grandkids to the shore). Envelope is at
Tomasz's desk, or Venmo Paula. Card is going around too - sign it before Wednesday.

Amber
"""
    return mk("Amber Steele <asteele@%s>" % ORG, PFSALL, "Gloria's retirement party - Fri 6/27!!", body,
              dt(2025, 6, 16, 11, 2), html=True, atts=[("party_banner.png", "image", "png", logo_png())]), ""


@reg("clean", "staff")
def staff6():
    body = """ED / inpatient financial counselor on-call - December

Weekends and holidays, 8am-4:30pm, respond within 30 min to pages from ED registration or case
management. Cell numbers are in the on-call binder and in the paging directory.

Dec 6-7      Renata Okafor
Dec 13-14    Guadalupe Tafolla
Dec 20-21    Ines Carvalho
Dec 24 (half day)  Renata Okafor
Dec 25       no coverage - ED registration hands out FAP packets
Dec 27-28    Guadalupe Tafolla
Jan 1        Ines Carvalho

Back-up for all dates: Dale Brubaker.

Swaps: email me and the person you're swapping with, and update the paging directory yourself.
"""
    return mk(DALE, [FINCOUNSEL, "ED Registration Leads <ed-reg-leads@%s>" % ORG], "Dec on-call - fin counseling",
              body, dt(2025, 11, 20, 15, 55)), ""


@reg("clean", "staff")
def staff7():
    d0 = dt(2025, 2, 25, 8, 10)
    orig = """Dale, as discussed, I'll be out on leave from 3/4 through about 4/15. HR has the paperwork.
I've cleaned up my worklist as much as I could.
Denise"""
    body = """Team,

Denise Harkavy will be on a leave of absence starting Tuesday 3/4, expected back mid-April. Please
don't contact her about work while she's out.

Her queues will be covered as follows:
- Payment plan exceptions (PP-EXCEPT): Paula
- Agency disputes: Tomasz
- Her callback list: split between Khadija and Jerome, I'll assign Monday

If a patient asks for Denise, just say she's out of the office and take care of them.

Thanks all - and thanks Denise for leaving things in such good shape.

Dale

""" + said(d0, "Denise Harkavy") + "\n" + q(orig) + "\n"
    return mk(DALE, PFSALL, "Re: coverage while Denise is out", body, dt(2025, 2, 27, 16, 20)), ""


# ================================================================ CLEAN: training
@reg("clean", "training")
def train1():
    body = """New Hire Training - Module 4: Financial Assistance Screening
Practice scenario (training environment only - TRN Meridian)

Log into Meridian TRAIN (not PROD!) with the training ID on your badge sheet. Open the practice
account below and complete a FAP screening.

  Patient:     ZZTEST, FAPSCREEN ONE   (fictitious training patient)
  Account:     TRN-900001
  DOB:         01/01/1980 (training default)
  Service:     ED visit, self-pay, charges $2,450.00
  Household:   3 people, gross monthly income $3,100

Questions to answer in the module quiz:
1. What is this household's % of FPL using the 2025 guidelines?
2. Is the patient eligible for free care, discounted care, or neither under FIN-204 rev. 7?
3. What is the maximum the patient can be charged (hint: AGB)?
4. Which documents would you request if the patient said they were paid in cash?

When you finish, post your screening result on the account so your trainer can review it.
Do not use real patient accounts for practice under any circumstances.

Renata (Module 4 trainer)
"""
    return mk(RENATA, "PFS New Hires - Sept cohort <pfs-newhire@%s>" % ORG, "Module 4 practice scenario (TRAIN env)",
              body, dt(2025, 9, 10, 8, 15)), ""


@reg("clean", "training")
def train2():
    quiz = """No Surprises Act / Good Faith Estimate - Knowledge Check (10 questions)

1. A self-pay patient schedules a service 12 business days out. The GFE must be provided within:
   a) 1 business day  b) 3 business days  c) 10 business days  d) before the service
2. True/False: A GFE must include reasonably expected items from co-providers and co-facilities.
3. A patient's bill exceeds the GFE by $410 for one provider. Can they start patient-provider
   dispute resolution?
4. How long must we keep a copy of each GFE?
5. True/False: If the patient asks verbally about cost, that counts as a request for a GFE.
6. Which of these must a GFE include? (select all) diagnosis codes / service codes / NPI and TIN
   of providers / patient's insurance ID / expected charges
7. How long after receiving the bill does a patient have to start the dispute process?
8. Name two things that change a GFE and require a new one be issued.
9. True/False: A GFE is a contract and the patient cannot be charged more than the estimate.
10. Where in the estimator do you attach the dispute rights notice?

ANSWER KEY (trainers only): 1-b, 2-True, 3-Yes (>= $400), 4-6 years, 5-True, 6-service codes,
NPI/TIN, expected charges (diagnosis codes where applicable), 7-120 calendar days, 8-change in
scheduled service/provider/date, 9-False, 10-Delivery step, "Notices" tab.
"""
    body = """Hi all, attached is the GFE knowledge check for Thursday's in-service. Print one per person,
the answer key is on the last page so pull that off before handing out!

Kiran
"""
    return mk(KIRAN, FINCOUNSEL, "GFE quiz for Thurs in-service", body, dt(2025, 2, 11, 15, 30),
              atts=[("GFE_knowledge_check.docx", "application",
                     "vnd.openxmlformats-officedocument.wordprocessingml.document", docx(quiz.split("\n")))]), ""


@reg("clean", "training")
def train3():
    script = [["Step", "Test case", "Test record", "Action", "Expected result", "Pass/Fail", "Tester"],
              [1, "PP-01 create plan", "ZZTEST,PAYPLAN A (acct 999000101)", "Create 12-mo plan $1,200", "Plan PP status ACTIVE, $100/mo", "", ""],
              [2, "PP-02 autopay", "ZZTEST,PAYPLAN A", "Add test card 4111 1111 1111 1111", "Card tokenized, last 4 shown", "", ""],
              [3, "PP-03 missed pmt", "ZZTEST,PAYPLAN B (acct 999000102)", "Run missed-pmt batch w/ date 30 days out", "PP-EXCEPT notification generated", "", ""],
              [4, "PP-04 FAP overrides plan", "ZZTEST,PAYPLAN C (acct 999000103)", "Post FAP-100 adj", "Plan auto-closes, balance $0", "", ""],
              [5, "PP-05 agency block", "ZZTEST,PAYPLAN B", "Attempt agency placement while plan active", "Placement blocked w/ error PP-ACTIVE", "", ""],
              [6, "PP-06 statement", "ZZTEST,PAYPLAN A", "Run statement extract", "Statement shows plan amount due, not full balance", "", ""]]
    body = """UAT for the Meridian 25.1 payment plan changes starts Monday in the TST environment. Test script
attached - all records are the ZZTEST synthetic patients loaded by IT, nothing from production.
Please record pass/fail and screenshots in the shared folder by Wednesday EOD.

Use only the gateway test card numbers listed in the script; the TST gateway will reject real cards.

Thanks!
Paula Vinci
Revenue Cycle Systems Analyst
"""
    return mk("Paula Vinci <pvinci@%s>" % ORG, ["Payment Plan UAT <pp-uat@%s>" % ORG], "UAT - payment plan module test script",
              body, dt(2025, 4, 4, 16, 1), cc=DALE,
              atts=[("PP_UAT_script_v2.xlsx", "application",
                     "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(script, "UAT"))]), ""


@reg("clean", "training")
def train4():
    body = """Case study for Friday's counselor huddle (composite case, details changed - no real patient)

A 54-year-old self-employed contractor with no insurance comes through the ED with chest pain and
is admitted for 3 days. Charges are $38,000. He tells the ED registrar he "makes good money" and
doesn't want charity. His prior-year tax return shows $61,000 net business income for a household
of 2 (about 290% FPL for 2025). He has $12,000 in a business checking account.

Discussion questions:
1. Does he qualify for anything under FIN-204? Free care, discount, catastrophic?
2. Do business assets count under our asset test?
3. He was scheduled for a follow-up stress test in 2 weeks - what does he need before that visit?
4. How would you approach the conversation when the patient says he doesn't want "a handout"?
5. What if he's eligible for a marketplace special enrollment period?

Come with answers, we'll talk it through.

Ines
"""
    return mk(INES, FINCOUNSEL, "Friday huddle case study", body, dt(2025, 5, 14, 12, 47)), ""


@reg("clean", "training")
def train5():
    body = """All,

The updated letter templates are in the Meridian letter library as of today. For reference, the
approval letter text is below. Fields in [brackets] merge automatically - do NOT type over them.

------------------------------------------------------------
[Letter Date]

[Patient Name]
[Address Line 1]
[City], [State] [ZIP]

Account number: [Account Number]

Dear [Guarantor Name],

We are pleased to tell you that your application for financial assistance has been approved.
Your approval is for [Discount Percent]% of your balance for services received from
[Approval Start Date] through [Approval End Date].

Your new balance is $[New Balance]. If you cannot pay this amount in full, please call us at
570-555-0150 to set up an interest-free payment plan.

Sincerely,
Financial Counseling, Tallowmere Health
------------------------------------------------------------

Denial and incomplete-application templates are also updated (FAP-DEN-03, FAP-INC-02). Please
review the Spanish versions with Lupe before using them.

Ines
"""
    return mk(INES, FINCOUNSEL, "FAP letter templates updated", body, dt(2025, 7, 30, 10, 36), html=True), ""


@reg("clean", "training")
def train6():
    body = """Role-play scripts for the de-escalation class (all characters are fictional)

SCENARIO A - "The surprise bill"
Caller: Jane Sample (fictional). Says she got a bill for $1,100 after being told her visit was
covered. She's angry and says she'll post about us online.
Rep goals: acknowledge, verify identity (use the practice account TRN-900014), explain what the
statement shows, offer FAP screening, offer a billing hold while the claim is reviewed.

SCENARIO B - "The collection letter"
Caller: John Doe-Example (fictional). Just received a letter from our collection agency and says
he never got a statement. Rep goals: check address history, explain options (recall, dispute),
do NOT argue about whether the statement was mailed.

SCENARIO C - "The grieving spouse"
Caller: Pat Specimen (fictional). Her spouse passed away; she's calling about his bills. Rep goals:
condolences first; explain estate basics in plain words; offer FAP; warm transfer to a counselor.

Pair up, switch roles after each scenario. Observers use the checklist on page 2.
"""
    return mk("Learning & Development <learning@%s>" % ORG, "PFS Customer Service <pfs-cs@%s>" % ORG,
              "De-escalation class - role-play scripts", body, dt(2025, 1, 21, 9, 45),
              atts=[("roleplay_scripts.pdf", "application", "pdf", pdf(body.strip().split("\n"), size=8))]), ""


# ================================================================ main
EXPECT = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
          ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
          ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
          ("clean", "staff"): 7, ("clean", "training"): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        msg, pname = fn()
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(out, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k in EXPECT:
        if counts.get(k) != EXPECT[k]:
            print("WARNING count mismatch", k, counts.get(k), "expected", EXPECT[k])
    for (label, kind), n in sorted(counts.items()):
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
