#!/usr/bin/env python3
"""Blind evaluation mail set: medical interpreting & translation agency.
Run: python3 gen.py OUTDIR   (standard library only, deterministic)."""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9901
random.seed(SEED)

AG = "harborlinelang.com"
AGENCY = "Harborline Language Services"
AG_ADDR = "1140 Wharf Street, Suite 300, Port Calder, MA 02199"

# ---------------------------------------------------------------- helpers
def D(m, d, h=9, mi=None, y=2024, tz=-4):
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59),
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def fdate(dt):
    return format_datetime(dt)

def mid(domain):
    return "<%016x.%04d@%s>" % (random.getrandbits(64), random.randint(0, 9999), domain)

def dom(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1]

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))

def outlook_block(frm, sent, to, subj, body, cc=None):
    h = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n" % subj
    return h + body.strip("\n") + "\n"

def outlook_sent(dt):
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + \
        dt.strftime("%I:%M %p").lstrip("0")

def wrote(dt, who):
    return "On %s, %s wrote:" % (dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at ") +
                                 dt.strftime("%I:%M %p").lstrip("0"), who)

def html_of(text, font="Calibri, sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n'
            % font) + "\n".join(out) + "\n</body></html>\n"

AG_DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
           "use of the intended recipient(s) and may contain confidential and privileged information. "
           "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
           "intended recipient, please contact the sender by reply e-mail and destroy all copies of the "
           "original message.")
HOSP_DISC = ("This message and any attachments may contain protected health information or other "
             "information that is confidential under state and federal law. If you received it in "
             "error, notify the sender immediately and delete it. St. Aurelian Medical Center")
RB_DISC = ("Riverbend Health System | The information in this email is intended only for the named "
           "recipient. If you are not the intended recipient you are hereby notified that any "
           "disclosure, copying or distribution is strictly prohibited.")

def sig(name, title, phone=None, fax=None, org=AGENCY, email=None, extra=None):
    s = "\n--\n%s\n%s\n%s\n" % (name, title, org)
    if org == AGENCY:
        s += AG_ADDR + "\n"
    if phone:
        s += "Tel %s" % phone
        if fax:
            s += " | Fax %s" % fax
        s += "\n"
    if email:
        s += email + "\n"
    if extra:
        s += extra + "\n"
    return s

def ascii_ok(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False

def mk(frm, to, subj, date, body, cc=None, html=None, atts=(), headers=None, cte=None,
       reply_to=None, irt=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = fdate(date)
    m["Message-ID"] = mid(dom(frm))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if cte is None:
        cte = "7bit" if ascii_ok(body) and max(len(l) for l in body.split("\n")) < 900 else "quoted-printable"
    m.set_content(body, cte=cte)
    if html:
        hc = "quoted-printable" if (not ascii_ok(html) or cte != "7bit") else "7bit"
        if max(len(l) for l in html.split("\n")) > 900:
            hc = "quoted-printable"
        m.add_alternative(html, subtype="html", cte=hc)
    for a in atts:
        fn, data, mt = a
        mtype, sub = mt.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=sub, filename=fn,
                             cte="quoted-printable" if not ascii_ok(data) else "7bit")
        else:
            m.add_attachment(data, maintype=mtype, subtype=sub, filename=fn)
    return m

# ---------------------------------------------------------------- file builders
ZDT = (2024, 3, 1, 8, 0, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return bio.getvalue()

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
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    parts = ["BT /F1 10 Tf"]
    first = True
    for l in lines:
        if first:
            parts.append("50 %d Td (%s) Tj" % (y, esc(l)))
            first = False
        else:
            parts.append("0 -14 Td (%s) Tj" % esc(l))
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Harborline DocGen 2.1) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

def png(w, h, bg=(255, 255, 255), box=None, boxcol=(20, 70, 120)):
    raw = bytearray()
    for yy in range(h):
        raw.append(0)
        for xx in range(w):
            if box and box[0] <= xx < box[2] and box[1] <= yy < box[3]:
                raw += bytes(boxcol)
            else:
                raw += bytes(bg)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

def ics(uid, start, end, summary, location, desc, organizer):
    fmt = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborline//Booking 4.2//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20240301T120000Z\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" %
            (uid, start.strftime(fmt), end.strftime(fmt), summary, location,
             desc.replace("\n", "\\n"), organizer))

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

LOGO = png(120, 40, bg=(255, 255, 255), box=(6, 8, 34, 32), boxcol=(18, 92, 140))

# ---------------------------------------------------------------- people
SCHED = "Harborline Scheduling <schedule@%s>" % AG
DENISE = "Denise Okafor <dokafor@%s>" % AG
MARCO = "Marco Villanueva <mvillanueva@%s>" % AG
PRIYA = "Priya Raman <praman@%s>" % AG
TOMASZ = "Tomasz Wisniewski <twisniewski@%s>" % AG
GRACE = "Grace Liu <gliu@%s>" % AG
BILLING = "Harborline Billing <billing@%s>" % AG
HELEN = "Helen Abara <habara@%s>" % AG
JULES = "Jules Bernard <jbernard@%s>" % AG
HOA = "Hoa Nguyen <hoa.nguyen@%s>" % AG
KHADIJA = "Khadija Abdi <kabdi@%s>" % AG
JR = "Jean-Robert Auguste <jrauguste@%s>" % AG
SVETA = "Svetlana Morozova <smorozova.interp@quillmail.net>"
WEI = "Wei Zhang <wei.zhang.interp@quillmail.net>"
RANIA = "Rania Khoury <rania.khoury@%s>" % AG
MINJI = "Min-ji Seo <minji.seo@tidewaterpost.com>"
PAULO = "Paulo Andrade <pandrade.trad@tidewaterpost.com>"
MARICEL = "Maricel Santos <maricel.santos@%s>" % AG
AGNES = "Agnieszka Nowak <a.nowak.tlumacz@quillmail.net>"
LUCIA = "Lucia Ferreyra <lucia.ferreyra@%s>" % AG
DANA = "Dana Whitfield <dwhitfield.asl@signpostmail.net>"

BETH = "Beth Carrow <bcarrow@staurelian.org>"
SALANG = "SAMC Language Services <languageservices@staurelian.org>"
OMAR = "Omar Siddiqui <osiddiqui@riverbendhealth.org>"
RBAP = "Riverbend Accounts Payable <ap-invoices@riverbendhealth.org>"
YESENIA = "Yesenia Campos <ycampos@meadowlarkfhc.org>"
TAMMY = "Tammy Reyes <treyes@northgatechildrens.org>"
BAYVIEW = "Bayview Community Health Plan <provider.relations@bayviewchp.org>"

GENERATORS = []
def gen(label, kind):
    def deco(f):
        GENERATORS.append((label, kind, f))
        return f
    return deco

# ================================================================ PHI: care
@gen("phi", "care")
def care1():
    d = D(4, 9, 16, 12)
    body = """Hi Hoa,

Can you take a 2:30 tomorrow (Wed 4/10) at Riverbend, Infusion Suite B, 3rd floor of the Pavilion? Patient is Mr. Dang Van Phuc, he's a regular there. Usually runs 3 to 3.5 hrs so book yourself through 6.

Heads up from the charge nurse: his daughter normally drops him off but she can't tomorrow, so he's coming on the county van. Van drops at the Garage C entrance, not the main lobby. If you can meet him at Garage C around 2:10 and walk him up that would really help, last time he ended up at the ED desk and missed his slot.

Also he likes to bring his own blanket and they let him, don't let security give him a hard time lol.

Confirm when you can. Thanks!!

Marco""" + sig("Marco Villanueva", "Scheduler, On-Site Services", "(617) 555-0148 x212", "(617) 555-0199")
    return "Dang Van Phuc", mk(MARCO, HOA, "tmrw 2:30 Riverbend infusion - Vietnamese", d, body)

@gen("phi", "care")
def care2():
    d1 = D(5, 2, 10, 41)
    d2 = D(5, 2, 11, 5)
    orig = """Good morning,

I need a Somali interpreter in person for a family meeting on 6 Tower, Room 614, this Thursday 5/2 -- sorry, Thursday 5/9 -- at 10:00. Patient is Halimo Farah, 81 y/o. The team (Dr. Lindqvist, palliative NP Jo Brennan, SW Kerry Mott) wants to talk with the family about going home with hospice vs. staying. Her son Abdirahman and daughter Amina will be there, another son on speaker from Minneapolis.

Please send someone experienced, it will be a long meeting, 90 min minimum. Female interpreter preferred per the daughter.

Thank you,
Beth

Beth Carrow, CMI
Language Services Coordinator
St. Aurelian Medical Center
Phone 617-555-0311 | Pager 4471
""" + HOSP_DISC
    body = """Beth - confirmed. Khadija Abdi will be there at 9:45 and will check in at the 6 Tower desk. I booked her 10:00-12:00 so nobody is rushing.

Conf # HLS-240509-0173

Denise

""" + outlook_block(BETH, outlook_sent(d1), "schedule@harborlinelang.com",
                    "Somali in-person, family mtg 6 Tower Thurs", orig) + "\n" + AG_DISC
    return "Halimo Farah", mk(DENISE, BETH, "RE: Somali in-person, family mtg 6 Tower Thurs", d2, body,
                              cc=KHADIJA)

@gen("phi", "care")
def care3():
    d = D(3, 21, 17, 48)
    body = """Session note - 3/21 - Cedar Hollow Rehab outpatient

Pt: Rosa Quispe (Spanish)
Svc: PT eval + plan of care, 1:00-2:20pm, on-site
Interp: L. Ferreyra

Notes for scheduling:
- Pt asked if future visits can be mornings. Her son drives her and he starts work at 2. Therapist (Kyle) said mornings Tues/Thurs work on their end.
- They gave her a home exercise sheet in English only. I sight translated it but she asked for a written Spanish copy. Kyle will send the request to Priya's team?
- She needs a walker delivered to the house, PT said the order goes through today. She was worried about who pays, I told her to ask the front desk, didn't get into it.
- Next appt 3/26 9:00am. Please book me if possible, she asked for the same person.

Mileage 22 mi round trip, parking $0 (their lot).

Lucia""" + "\n\nSent from my iPhone"
    return "Rosa Quispe", mk(LUCIA, SCHED, "session note 3/21 Cedar Hollow - Quispe", d, body,
                             cc=PRIYA)

@gen("phi", "care")
def care4():
    d = D(4, 29, 20, 17)
    body = """Hello,

My father Park Hyun-woo (we write it Hyun-woo Park on his insurance card) has an appointment at Northgate Eye Associates on May 14 at 1:15 pm with Dr. Feld. Last time in March you sent an interpreter named Min-ji and he was very comfortable with her, she was patient with him and explained everything twice. Would it be possible to request her again?

He is 84 and hard of hearing in his left ear, so please ask the interpreter to sit on his right side. I will be driving him but I can't stay in the room the whole time because of my own work calls.

My phone is 617-555-0186 if anything changes.

Thank you so much,
Grace Park"""
    html = html_of(body, "Arial, sans-serif")
    return "Hyun-woo Park", mk("Grace Park <gracepark.home@tidewaterpost.com>", SCHED,
                               "Korean interpreter request for my father May 14", d, body, html=html)

@gen("phi", "care")
def care5():
    d = D(6, 3, 14, 2)
    body = """VRI booking - please confirm

Requester: Nadia Ferrante RN, 5 West, St. Aurelian
Callback: 617-555-0374
Language: Arabic (Levantine if available)
Modality: Video (cart #5W-2)
Date/time: Tue 6/4, 15:00-15:45
Patient: Samir Haddad, Rm 518
Purpose: discharge teaching. Nurse will go over the new pill schedule (pharmacy is printing a chart), how to use the home oxygen concentrator the vendor is dropping off tonight, and the follow-up visits. Wife will be in the room.

Notes: pt prefers male interpreter if possible. Please have the interpreter ask if family needs a ride home, case mgmt can set up transport.

-- submitted via SAMC Language Services request form"""
    return "Samir Haddad", mk(SALANG, SCHED, "VRI request 6/4 15:00 Arabic 5W Rm 518", d, body,
                              cc="Nadia Ferrante <nferrante@staurelian.org>")

@gen("phi", "care")
def care6():
    d1 = D(5, 16, 15, 30)
    d2 = D(5, 17, 8, 52)
    d3 = D(5, 17, 9, 20)
    hoa_msg = """Hi Denise,

Quick FYI from my 1:00 at Meadowlark today. After the visit Mrs. Nguyen Thi Thu (the one with the husband in the wheelchair) caught me in the hallway and asked me to call the pharmacy for her because her refills got moved to a different CVS and she can't find them. I told her that's not something I can do as the interpreter but that I'd let the clinic know. She was pretty upset, she's been out for 3 days.

Can someone pass this to Yesenia or the navigator there? She speaks no English at all and her son is out of state.

Hoa"""
    yes = """Thanks Denise. I called her with our phone line interpreter this morning, the pharmacy had them at the Main St store. Her son is picking them up at lunch and our navigator Luz set up auto refill + delivery for her so this doesn't happen again. We also put a flag in her chart that she needs a Vietnamese interpreter for all calls.

Tell Hoa thank you for letting us know!

Yesenia Campos
Patient Services Lead
Meadowlark Family Health Center
(617) 555-0452"""
    den = """Hi Yesenia, one of our interpreters passed this along from yesterday's visit, see below. Not urgent for us but sounded like it was for her.

Denise
"""
    body = ("Closing the loop, see Yesenia's note below. Nice job flagging it Hoa.\n\nDenise\n\n" +
            wrote(d3, "Yesenia Campos <ycampos@meadowlarkfhc.org>") + "\n" + quote(yes) + "\n>\n" +
            quote(wrote(d2, "Denise Okafor <dokafor@harborlinelang.com>")) + "\n" + quote(den, "> > ") +
            "\n> >\n" + quote("---------- Forwarded message ---------\nFrom: Hoa Nguyen <hoa.nguyen@harborlinelang.com>\n"
                               "Date: Thu, May 16, 2024 at 3:30 PM\nSubject: after visit\n\n" + hoa_msg, "> > "))
    return "Nguyen Thi Thu", mk(DENISE, HOA, "Re: Fwd: after visit", D(5, 17, 10, 3), body)

@gen("phi", "care")
def care7():
    d = D(4, 15, 7, 38)
    body = """Phone line note, 7:20am:

Husband of Olga Petrenko called the Russian line (he speaks a little English). She can't make the 9:00 at Meadowlark women's health today, their car won't start. He asked us to cancel and find something next week. I called the clinic front desk through the 3-way, they moved her to Mon 4/22 at 10:30 with Dr. Asante. Husband has the new time. Same interpreter requested (Svetlana).

Please cancel booking HLS-240415-0042 (no charge, clinic notified >1hr) and make a new one for 4/22.

- T. night/early line"""
    return "Olga Petrenko", mk("After-Hours Line <afterhours@%s>" % AG, SCHED,
                               "cxl/resched Petrenko 4/15 -> 4/22", d, body)

@gen("phi", "care")
def care8():
    d = D(5, 28, 13, 47)
    body = """running ~10 min late, bad accident on rt 9. pls call 5 West and tell them I'm coming for Mr Jean-Baptiste's 2pm dressing change teaching, his wife is the one who'll be doing it at home so they should wait for me before starting. thx

JR

Sent from my phone"""
    return "Jean-Baptiste", mk(JR, SCHED, "late", d, body)

# ================================================================ PHI: ids
@gen("phi", "ids")
def ids1():
    d1 = D(4, 2, 11, 20)
    d2 = D(4, 3, 9, 14)
    ap = """Hello,

We are holding invoice HLS-INV-24-03118 (March services, $14,882.50) pending correction of line 37.

Line 37: on-site Portuguese, Riverbend Cancer Center, 3/14/2024, billed 90 min (2 x 45 min blocks). Encounter MRN 00873321. Our clinic check-in/check-out record shows the interpreter signed out at 11:47 for a session that started at 11:00, so 47 minutes. Please reissue with 1 block or send the interpreter's signed verification sheet.

The rest of the invoice is approved and can go to the April payment run once we get the corrected version.

Regards,
Teresa Walsh
Accounts Payable Specialist
Riverbend Health System
ap-invoices@riverbendhealth.org | 617-555-0520
""" + RB_DISC
    body = """Hi Teresa,

I pulled the session record for line 37. Interpreter signed out at 11:47 on the clinic sheet but was held at the oncology infusion desk afterwards for the chemo teaching with the same patient until 12:31 (nurse initials on our verification form, attached). So it is 91 min total under our 2-block minimum for on-site.

If you'd rather we split it as 2 lines (consult + teaching) I can reissue that way, just let me know.

Thanks,
Grace

Grace Liu
Billing Specialist | Harborline Language Services
(617) 555-0148 x230 | billing@harborlinelang.com

""" + outlook_block("Riverbend Accounts Payable", outlook_sent(d1), "billing@harborlinelang.com",
                    "Invoice HLS-INV-24-03118 - line 37 discrepancy", ap)
    ver = pdf(["HARBORLINE LANGUAGE SERVICES - SESSION VERIFICATION",
               "Booking: HLS-240314-0388   Language: Portuguese (BR)",
               "Facility: Riverbend Cancer Center   Unit: Infusion / Clinic 2",
               "MRN: 00873321",
               "Date: 03/14/2024   Start: 11:00   End: 12:31",
               "Services: MD consult; chemotherapy teaching (RN)",
               "Interpreter: P. Andrade  ID HL-0417",
               "Verified by: R.N. initials  MK   time 12:32"], "Verification HLS-240314-0388")
    return "", mk(GRACE, RBAP, "RE: Invoice HLS-INV-24-03118 - line 37 discrepancy", d2, body,
                  atts=[("verification_HLS-240314-0388.pdf", ver, "application/pdf")])

@gen("phi", "ids")
def ids2():
    d = D(3, 27, 6, 2)
    body = """BAYVIEW COMMUNITY HEALTH PLAN
Provider Claim Status Notification

Provider: HARBORLINE LANGUAGE SERVICES LLC   NPI 1902847715   TIN XX-XXX6642

Claim number:     24081-7730042
Member ID:        BCH448201937
Member DOB:       07/19/1958
Date of service:  02/07/2024
Billed:           T1013 U3  x 4 units  $72.00
Status:           DENIED
Reason:           CARC 197 - Precertification/authorization absent.
                  RARC N54 - Claim information is inconsistent with pre-certified/authorized services.
Remark:           Interpreter services require the rendering PCP visit on the same DOS. No matching
                  E/M claim found for this member on 02/07/2024.

You may submit a corrected claim or reconsideration within 90 days of this notice through the
provider portal. Do not reply to this automated message.

Bayview Community Health Plan | Provider Relations | 1-800-555-0163"""
    return "", mk("Bayview Provider Portal <noreply-claims@bayviewchp.org>", BILLING,
                  "Claim status update - 24081-7730042", d, body)

@gen("phi", "ids")
def ids3():
    d = D(5, 6, 15, 33)
    body = """Priya,

New rush request from SAMC HIM. Russian translation of discharge paperwork:

  Acct #: 5521987
  DOB: 04/11/1949
  Docs: discharge summary (3 pp), med list (1 p), f/u appointment letter (1 p)
  Due: Fri 5/10 noon, they want it before the home health nurse's first visit

Files are in the secure portal under job SAMC-0506-02. They redacted the name on the scanned copy for some reason but left the acct # and DOB on every page header. Can you assign Svetlana for translation and Agnieszka can't do Russian so maybe Yuri for review?

Rush rate approved by Beth (email in the job folder).

M."""
    return "", mk(MARCO, PRIYA, "rush RU translation - SAMC-0506-02", d, body)

@gen("phi", "ids")
def ids4():
    d = D(4, 18, 14, 10)
    body = """Good afternoon,

Keystone Mutual requests a certified Spanish interpreter for the following:

Claim #:          WC-3387-221-04
Claimant DOB:     11/02/1979
Appointment:      Independent Medical Examination
Date/Time:        Monday, May 6, 2024, 9:00 AM (arrive 8:45)
Location:         Calder Occupational Medicine, 410 Mill Pond Rd, Suite 2, Port Calder
Examiner:         Raymond Okoro, MD (orthopedics)
Est. duration:    2 hours

Please bill Keystone Mutual directly referencing the claim number above. The claimant's attorney has been notified and may attend.

Kindly confirm the assigned interpreter's name and certification number.

Sincerely,

Monique Desrosiers
Claims Coordinator, Workers' Compensation
Keystone Mutual Casualty
Tel 617-555-0638 | Fax 617-555-0639"""
    return "", mk("Monique Desrosiers <mdesrosiers@keystonemutual.example.com>", SCHED,
                  "Interpreter request - WC-3387-221-04 - IME 5/6", d, body)

@gen("phi", "ids")
def ids5():
    d = D(3, 19, 22, 41)
    body = """[Harborline VRI] Call quality report submitted

Call ID:        VRI-7F3A-22918
Started:        2024-03-19 21:58 ET
Duration:       00:23:41
Language:       Haitian Creole
Interpreter:    #HC-112
Endpoint:       RBH-ED-CART-03 (Riverbend ED)
Patient MRN (entered by clinician): 01147762
Reason for call (entered): triage / pain assessment

Rating: 2/5
Clinician comment: "video froze twice during the pain scale questions, had to switch to audio. pt got frustrated"

This report has been routed to QA. Reference QA-2024-0319-07.
--
Harborline VRI Platform - automated message. Please do not reply."""
    return "", mk("Harborline VRI <noreply@vri.harborlinelang.com>", JULES,
                  "Call quality report VRI-7F3A-22918 (2/5)", d, body, cc="it-support@harborlinelang.com")

@gen("phi", "ids")
def ids6():
    d1 = D(3, 22, 10, 4)
    d2 = D(3, 22, 13, 51)
    q = """Hi, I am calling for authorization for interpreter at specialist. Member ID ZXH449203817, she has a visit 3/14 with GI and you sent interpreter but now we get a bill?

Thank you"""
    body = """Hello,

Thank you for reaching out. I looked up member ZXH449203817. The 3/14 visit at Riverbend GI was billed by the clinic and interpreter services for that date are covered under the member's Bayview plan (no prior auth needed for in-network interpreting). The statement the member received is from the clinic for her copay only ($25.00), not for the interpreter.

If the member received a separate bill from Harborline Language Services, please forward a copy to us at provider.relations@bayviewchp.org and reference ticket CS-118274.

Kind regards,
Member Services Team
Bayview Community Health Plan
1-800-555-0163 (TTY 711)

-----Original Message-----
From: web-form@bayviewchp.org
Sent: """ + outlook_sent(d1) + """
To: memberservices@bayviewchp.org
Subject: Contact Us - Billing question

""" + q
    return "", mk("Bayview Member Services <memberservices@bayviewchp.org>",
                  "daughter.helper88@tidewaterpost.com", "RE: Contact Us - Billing question [CS-118274]", d2, body)

@gen("phi", "ids")
def ids7():
    d = D(5, 21, 16, 20)
    body = """Beth,

Flagging a labeling problem on job SAMC-0517-04 before it goes any further. The Vietnamese surgical consent we delivered Friday has MRN 3340912 in the header but the English source we were given says 3340921 (digits transposed). Our translator copied the header from the cover sheet HIM sent, which is where the error is.

The procedure (laparoscopic cholecystectomy) and the date (5/23) match the source, so I think this is only the header. I've put a corrected version in the portal. Please make sure the floor prints the new one and destroys the old one - we don't want a consent in the wrong chart.

Sorry for the scramble,
Priya

Priya Raman
Translation Project Manager
Harborline Language Services
(617) 555-0148 x240

""" + AG_DISC
    return "", mk(PRIYA, BETH, "URGENT - MRN mismatch on translated consent SAMC-0517-04", d, body,
                  cc=TOMASZ)

@gen("phi", "ids")
def ids8():
    d = D(6, 11, 9, 26)
    body = """Mr. Wisniewski,

This office represents the plaintiff in Case No. 2384-CV-01172 (Suffolk Superior Court). We request copies of any interpreter session notes, booking records and invoices related to interpreting services provided to our client at Riverbend Health System between January 1, 2023 and March 31, 2024.

Client identifiers:
  DOB 09/30/1971
  Riverbend MRN 00519046
  Last four SSN: 4471

A HIPAA-compliant authorization signed by our client is attached. We would appreciate production within 30 days. Please contact me with any questions regarding reasonable copying costs.

Very truly yours,

Elaine Marchetti, Paralegal
Brandt & Osei LLP
99 Court Square, 4th Floor, Boston MA 02108
617-555-0791"""
    auth = pdf(["AUTHORIZATION FOR RELEASE OF RECORDS",
                "Patient DOB: 09/30/1971   MRN (Riverbend): 00519046",
                "I authorize Harborline Language Services to release interpreter booking records,",
                "session notes and invoices for services between 01/01/2023 and 03/31/2024",
                "to Brandt & Osei LLP for purposes of litigation.",
                "Signature on file.   Date: 06/03/2024"], "Authorization")
    return "", mk("Elaine Marchetti <emarchetti@brandtosei.example.com>", TOMASZ,
                  "Records request - Case No. 2384-CV-01172", d, body,
                  atts=[("Authorization_signed.pdf", auth, "application/pdf")])

# ================================================================ PHI: lang
@gen("phi", "lang")
def lang1():
    d = D(5, 30, 21, 5)
    body = """Buenas noches,

Mi nombre es Carmen Ruiz. Mi hijo Mateo Ruiz Delgado (9 años) tiene cita en la clínica Northgate Children's el miércoles 12 de junio a las 3:30 de la tarde con la doctora de los pulmones, por el asma. La última vez no había intérprete y la doctora le pidió a Mateo que me tradujera a mí todo lo de las medicinas y el inhalador. Él es un niño, no entiende esas cosas y yo me quedé con muchas dudas.

Por favor, ¿pueden mandar un intérprete en persona esta vez? Si no se puede en persona, por video está bien, pero no quiero que mi hijo tenga que traducir.

También quisiera el plan de acción del asma por escrito en español, porque en la escuela me pidieron una copia.

Mi teléfono es 617-555-0129 (me pueden mandar mensaje de texto).

Muchas gracias,
Carmen Ruiz

Enviado desde mi Galaxy"""
    return "Mateo Ruiz Delgado", mk("Carmen Ruiz <carmenruiz.82@tidewaterpost.com>", SCHED,
                                    "Intérprete para la cita de mi hijo 12 de junio", d, body, cte="quoted-printable")

@gen("phi", "lang")
def lang2():
    d = D(5, 8, 19, 44)
    body = """Chào anh chị ở Harborline,

Tôi tên là Trần Văn Minh, sinh năm 1951. Tôi mới xuất viện ở bệnh viện St. Aurelian ngày 3 tháng 5. Giấy xuất viện và toa thuốc toàn bằng tiếng Anh. Cô y tá nói giấy tờ sẽ được dịch sang tiếng Việt và gửi cho tôi trong vòng một tuần, nhưng tới nay tôi vẫn chưa nhận được.

Tôi không hiểu cách uống thuốc huyết áp mới (bác sĩ đổi thuốc) và thuốc loãng máu, uống buổi sáng hay buổi tối. Con gái tôi đi làm xa nên không ai đọc giúp.

Ngày 20 tháng 5 tôi có hẹn tái khám với bác sĩ tim mạch, xin cho tôi thông dịch viên tiếng Việt, nếu được thì cô Hoa như lần trước.

Số điện thoại của tôi: 617-555-0167.

Cảm ơn anh chị nhiều.
Trần Văn Minh"""
    return "Trần Văn Minh", mk("Minh Tran <tranvanminh51@quillmail.net>", SCHED,
                              "Xin giúp dịch giấy xuất viện", d, body, cte="base64")

@gen("phi", "lang")
def lang3():
    d1 = D(4, 24, 14, 12)
    d2 = D(4, 24, 16, 40)
    orig = """王老师好，

附件是李国华出院小结的中文译稿（任务号 RB-0423-11），请帮忙审校。有几个地方我不太确定：

1. "hold metformin until creatinine rechecked" 我译成"暂停服用二甲双胍，待复查肌酐后再定"，这样可以吗？
2. 出院后随访：5月2日上午9:30 肾内科，地址是 Riverbend Pavilion 4楼。原文写的是 nephrology clinic，我加了"肾内科门诊"。
3. 饮食部分原文说 "low sodium, 2 g/day"，我译成"低盐饮食，每天钠摄入不超过2克"。

客户要求周五前交稿，病人下周一要见家庭护士。

谢谢！
张伟"""
    body = """张伟，

看过了，整体很好。几点意见：

1. 可以，不过建议改成"暂停服用二甲双胍（Metformin），等复查肌酐结果出来后由医生决定是否恢复"，让病人更清楚下一步要等医生通知。
2. 没问题。建议把门诊电话也加上，原文第二页底部有。
3. 好。另外第3页"furosemide 40 mg daily"你漏译了一行，请补上：呋塞米（速尿）40毫克，每天一次。

改完直接交给 Priya 就行。

王静
审校"""
    body = body + "\n\n" + wrote(d1, "Wei Zhang <wei.zhang.interp@quillmail.net>") + "\n" + quote(orig)
    return "李国华", mk("Wang Jing <wangjing.review@tidewaterpost.com>", WEI,
                       "Re: 李国华 出院小结 审校 RB-0423-11", d2, body, cc=PRIYA, cte="base64")

@gen("phi", "lang")
def lang4():
    d = D(5, 27, 11, 18)
    body = """Здравствуйте!

Меня зовут Людмила Ковальчук. 3 июня у меня операция в больнице Riverbend — замена коленного сустава (правое колено), хирург доктор Бекер. Мне сказали, что я должна быть в больнице в 6 утра.

Я плохо понимаю английский, особенно медицинские слова. Прошу вас прислать переводчика на утро операции, чтобы я могла понять, что подписываю, и поговорить с анестезиологом. Если можно, женщину. В прошлом году у меня была Светлана, она очень хорошо переводила.

И ещё вопрос: после операции я буду в реабилитации в Cedar Hollow, там тоже будет переводчик или нужно заказывать отдельно?

Мой телефон: 617-555-0193. Дочь Ирина тоже может ответить: 617-555-0194.

С уважением,
Людмила Ковальчук"""
    return "Людмила Ковальчук", mk("Ludmila Kovalchuk <l.kovalchuk@quillmail.net>", SCHED,
                                  "Переводчик на операцию 3 июня", d, body)

@gen("phi", "lang")
def lang5():
    d = D(5, 13, 18, 3)
    body = """Bonjou,

Mwen se pitit fi Madan Marie-Claude Pierre. Manman m gen randevou ak doktè kè a (kadyològ la) jedi 16 me a 11è nan maten, nan Riverbend, etaj 2. Li gen 76 an, li pa pale angle ditou.

Dènye fwa a yo te mete l nan telefòn ak yon entèprèt e li pa t tande byen, li pa t konprann anyen sou nouvo grenn yo. Li te vin ak presyon l wo apre sa paske li pa t pran medikaman an jan pou l pran l.

Tanpri, èske nou ka voye yon entèprèt kreyòl ki vin la an pèsòn? Si se Jean-Robert li pi bon, manman m konnen l.

Nimewo telefòn mwen: 617-555-0158.

Mèsi anpil,
Nadège Pierre"""
    return "Marie-Claude Pierre", mk("Nadege Pierre <nadege.pierre@tidewaterpost.com>", SCHED,
                                     "Randevou manman m 16 me - entèprèt kreyòl", d, body)

@gen("phi", "lang")
def lang6():
    d = D(5, 14, 12, 29)
    body = """السلام عليكم ورحمة الله،

اسمي فاطمة الزهراء بن علي، وتاريخ ميلادي ٣ مارس ١٩٩٢. عندي موعد متابعة في عيادة النساء والولادة في مركز ميدولارك الصحي يوم الاثنين ٢٠ مايو الساعة ٩:٣٠ صباحاً. أنا حامل في الشهر السابع، والطبيبة طلبت تحليل السكر مرة ثانية.

أرجو منكم توفير مترجمة امرأة (عربي) حضورياً إذا أمكن، لأن زوجي لا يستطيع أن يأخذ إجازة من العمل، والمرة الماضية كان المترجم رجلاً على الهاتف ولم أرتح.

رقم هاتفي: ٦١٧-٥٥٥-٠١٤٤

شكراً جزيلاً،
فاطمة"""
    html = ('<html><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma,Arial">'
            + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>")
    return "فاطمة الزهراء بن علي", mk("Fatima Benali <fatima.benali92@quillmail.net>", SCHED,
                                      "طلب مترجمة - موعد ٢٠ مايو", d, body, html=html, cte="base64")

@gen("phi", "lang")
def lang7():
    d = D(4, 8, 10, 55)
    body = """Olá, bom dia.

Meu marido, Rogério Alves da Silva, fez cirurgia de vesícula no hospital Riverbend no dia 12 de março. Ontem chegou uma conta em casa de US$ 240,00 que diz "interpreter services - Harborline". O número da conta é HLS-PT-0312-556.

Nós achávamos que o intérprete era de graça, no hospital falaram que era um direito do paciente. O plano dele é o Bayview (carteirinha BCH 5530 2281 09). Ele ainda está se recuperando e não está trabalhando, então não temos como pagar isso agora.

Vocês podem verificar se essa cobrança está certa? Se precisar de algum documento, eu mando.

Obrigada,
Juliana Alves
(617) 555-0172"""
    return "Rogério Alves da Silva", mk("Juliana Alves <ju.alves.silva@tidewaterpost.com>", BILLING,
                                        "Cobrança de intérprete - Rogério Alves da Silva", d, body,
                                        cte="quoted-printable")

@gen("phi", "lang")
def lang8():
    d = D(6, 6, 8, 14)
    body = """Hi Ate Joy!

Good morning po. Yung patient natin kahapon sa 4 North, si Lola Remedios Bautista (bed 12), nagtanong siya sa akin pagkatapos ng rounds kung kailan daw siya pwedeng umuwi. Sabi ni Dr. Chen baka Monday pa daw, kailangan pa daw tingnan ulit yung dugo niya (yung potassium). Hindi niya masyadong naintindihan kasi mabilis magsalita yung doctor, kaya inulit ko na lang sa kanya.

Also po, yung apo niya (si Jerome) ang magsusundo sa kanya, pero wala daw siyang wheelchair sa bahay. Pwede po bang i-refer sa case management para sa wheelchair at yung commode? Nahihiya daw siyang magtanong.

Babalik ako mamayang 2pm for the discharge teaching kung matutuloy. Text mo lang ako.

Salamat po!
Maricel

Maricel Santos, CHI
Staff Interpreter - Tagalog/Ilocano
Harborline Language Services | (617) 555-0148 x305"""
    return "Remedios Bautista", mk(MARICEL, "Joy Dela Cruz <jdelacruz@staurelian.org>",
                                   "si Lola Remedios - 4N bed 12", d, body)

# ================================================================ PHI: lists
@gen("phi", "lists")
def lists1():
    d = D(4, 11, 16, 55)
    rows = [
        ("07:30", "Tran, Lan", "RB 01220934", "VIE", "Riverbend Dialysis East, chair 12", "H. Nguyen", "standing"),
        ("08:45", "Gomez Pena, Ana", "SA 3318820", "SPA", "SAMC Pre-Op, 2nd fl", "L. Ferreyra", "consent + anesthesia"),
        ("09:00", "Warsame, Ifrah", "MFHC 77120", "SOM", "Meadowlark peds", "K. Abdi", "well child 4yo + shots"),
        ("10:15", "Kowalczyk, Jan", "SA 2290417", "POL", "SAMC Neuro clinic", "A. Nowak", "f/u after stroke"),
        ("11:00", "Louis, Rosemene", "RB 00988126", "HAT", "Riverbend Women's", "J-R Auguste", "US + OB visit"),
        ("13:00", "Chen, Mei Ling", "RB 01344502", "YUE", "Riverbend Cardiology", "W. Zhang", "echo results"),
        ("14:30", "Ali, Hodan", "SA 3401177", "SOM", "SAMC 6 Tower 611", "K. Abdi", "discharge"),
        ("15:30", "Oliveira, Marcos", "RB 00873321", "POR", "Riverbend Cancer Ctr", "P. Andrade", "chemo teaching"),
    ]
    hdr = ("Time", "Patient", "MRN", "Lang", "Location", "Interpreter", "Notes")
    w = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(7)]
    line = lambda r: "| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(7)) + " |"
    table = "\n".join([line(hdr), "|" + "|".join("-" * (x + 2) for x in w) + "|"] + [line(r) for r in rows])
    body = """All,

On-site board for FRIDAY 4/12 below. Please double check your slots and reply ONLY if something is wrong. Parking passes for SAMC are at the front desk, Khadija yours is in your mailbox.

""" + table + """

Open / unfilled:
- 12:00 Dari, Riverbend ortho (pt Ahmadzai, RB 01402218) - still looking, phone backup arranged
- 16:00 ASL, SAMC ED - Dana tentative

Thanks,
Denise""" + sig("Denise Okafor", "Scheduling Supervisor", "(617) 555-0148 x210", "(617) 555-0199")
    names = "; ".join(r[1] for r in rows) + "; Ahmadzai"
    return names, mk(DENISE, "onsite-interpreters@%s" % AG, "Fri 4/12 on-site board", d, body)

@gen("phi", "lists")
def lists2():
    d = D(4, 3, 13, 20)
    rows = [["Invoice", "Line", "DOS", "Patient Name", "MRN", "Dept", "Language", "Modality", "Minutes", "Units", "Amount"]]
    data = [
        ("3/01", "Hernandez, Luis", "SA 3012284", "Cardiology", "Spanish", "On-site", 60),
        ("3/01", "Pham, Quoc Bao", "SA 2877106", "Endoscopy", "Vietnamese", "On-site", 120),
        ("3/04", "Mahamud, Sahra", "SA 3350921", "L&D", "Somali", "On-site", 180),
        ("3/05", "Dorsainvil, Jacques", "SA 1984433", "ED", "Haitian Creole", "VRI", 22),
        ("3/05", "Zielinski, Halina", "SA 2654008", "Ortho", "Polish", "Phone", 14),
        ("3/07", "Abou Khalil, Nour", "SA 3388172", "Oncology", "Arabic", "On-site", 90),
        ("3/08", "Hernandez, Luis", "SA 3012284", "Cardiology", "Spanish", "On-site", 60),
        ("3/11", "Santos, Maria Lourdes", "SA 2219954", "4 North", "Tagalog", "VRI", 35),
        ("3/12", "Ivanova, Tamara", "SA 3102267", "Surgery pre-op", "Russian", "On-site", 120),
        ("3/13", "Kim, Soon-ja", "SA 2770319", "Ophthalmology", "Korean", "On-site", 60),
    ]
    for i, (dos, nm, mrn, dept, lang, mod, mins) in enumerate(data, 1):
        if mod == "On-site":
            units = max(2, -(-mins // 60)); amt = units * 65.0
        elif mod == "VRI":
            units = mins; amt = round(mins * 1.95, 2)
        else:
            units = mins; amt = round(mins * 1.45, 2)
        rows.append(["HLS-INV-24-03107", i, dos + "/2024", nm, mrn, dept, lang, mod, mins, units, "%.2f" % amt])
    body = """Hi Beth,

Attached is the line detail for March (partial - first two weeks) that you asked for, for the language access committee reconciliation. Full month invoice to follow after close.

Let me know if you need it split by department.

Grace

Grace Liu | Billing Specialist
Harborline Language Services
(617) 555-0148 x230

""" + AG_DISC
    return "; ".join(sorted(set(r[1] for r in data))), mk(
        GRACE, BETH, "March detail - SAMC (1-15)", d, body,
        atts=[("SAMC_March_1-15_detail.csv", csv_text(rows), "text/csv")])

@gen("phi", "lists")
def lists3():
    d = D(5, 20, 9, 2)
    rows = [["Job #", "Client", "Patient", "MRN / Acct", "Document", "Target lang", "Pages", "Received", "Due", "Translator", "Status"],
            ["SAMC-0513-01", "SAMC", "Abdullahi, Fadumo", "3391820", "Discharge instr. + med list", "Somali", 4, "5/13", "5/17", "K. Abdi", "In review"],
            ["SAMC-0514-03", "SAMC", "Nguyen, Thi Hanh", "3104775", "Surgical consent", "Vietnamese", 2, "5/14", "5/16", "H. Nguyen", "Delivered"],
            ["RB-0515-02", "Riverbend", "Castro Morales, Elvia", "00917732", "Lab letter - A1c / lipid", "Spanish", 1, "5/15", "5/20", "L. Ferreyra", "Late - QA"],
            ["RB-0516-01", "Riverbend", "Wojcik, Zofia", "01288450", "Cardiac rehab instructions", "Polish", 6, "5/16", "5/23", "A. Nowak", "Translating"],
            ["MFHC-0516-02", "Meadowlark", "Jean-Louis, Widline", "MF-55210", "Prenatal visit summary", "Haitian Creole", 3, "5/16", "5/22", "J-R Auguste", "Translating"],
            ["RB-0517-05", "Riverbend", "Park, Hyun-woo", "01011985", "Cataract surgery pre-op", "Korean", 2, "5/17", "5/21", "M. Seo", "Not started"],
            ["SAMC-0517-04", "SAMC", "Tran, Duc Long", "3340921", "Surgical consent (CORRECTED)", "Vietnamese", 2, "5/17", "5/20", "H. Nguyen", "Re-delivered"],
            ["NCC-0520-01", "Northgate", "Haidari, Mariam", "NG-20931", "Allergy action plan", "Dari", 1, "5/20", "5/24", "(vendor)", "Quote sent"]]
    body = """Morning team - backlog as of this morning is attached. RB-0515-02 is late (lab letter), Lucia can you give me an ETA today? Client is asking.

Reminder that the Northgate job is going to our Dari partner vendor, don't assign internally.

P."""
    return "; ".join(r[2] for r in rows[1:]), mk(
        PRIYA, "translation-team@%s" % AG, "Translation backlog 5/20", d, body,
        atts=[("Backlog_2024-05-20.xlsx", xlsx(rows, "Backlog"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@gen("phi", "lists")
def lists4():
    d = D(6, 4, 15, 7)
    body = """Hi Marco!

Here are next week's patients who need interpreters at our Eastside site. All in-person please unless noted. I put the DOB so your people can find them at check-in (we have 2 Maria Lopez's lol).

Mon 6/10
 - Maria Lopez Garcia - 02/14/1988 - prenatal 28wk + glucose drink, 8:30 (allow 2.5 hrs)
 - Abdi Hassan Nur - 10/01/1960 - diabetes f/u, foot check, 10:00
Tue 6/11
 - Luong Thi Kim - 06/22/1947 - memory clinic w/ daughter, 1:00, Vietnamese - phone OK
 - Maria Lopez Reyes - 12/03/1991 - IUD insertion, 2:15 - FEMALE interp pls
Wed 6/12
 - Gerline Metellus - 08/09/2001 - postpartum visit + baby weight check, 9:15, Creole
 - Yusuf Abdirahman - 03/30/2019 - 5yo well child + vaccines, 11:00, Somali
Thu 6/13
 - Ewa Sadowska - 11/11/1955 - depression screening f/u w/ BH, 3:00, Polish - video OK

Thanks a million,
Yesenia

Yesenia Campos
Patient Services Lead
Meadowlark Family Health Center - Eastside
(617) 555-0452 | fax (617) 555-0453"""
    names = "Maria Lopez Garcia; Abdi Hassan Nur; Luong Thi Kim; Maria Lopez Reyes; Gerline Metellus; Yusuf Abdirahman; Ewa Sadowska"
    return names, mk(YESENIA, MARCO, "Eastside interpreter needs wk of 6/10", d, body, cc=SCHED)

@gen("phi", "lists")
def lists5():
    d = D(3, 29, 12, 40)
    pasted = "\n".join([
        "Date\tTime\tPatient\tDOB\tClinic\tLang\tInterp\tNote",
        "3/25\t09:00\tHaile, Tigist\t05/05/1979\tRB Rheum\tAmharic\tvendor\tpt no show, interp waited 30 min",
        "3/25\t13:30\tSoto, Ramon\t01/17/1966\tRB GI\tSpanish\tL. Ferreyra\tno show - colonoscopy prep not done per RN",
        "3/26\t10:00\tBui, Van Thanh\t09/09/1958\tSAMC Urology\tVietnamese\tH. Nguyen\tpt came 1 hr late, visit done w/ phone interp",
        "3/27\t08:00\tPetit-Frere, Edline\t07/21/1994\tMFHC OB\tHaitian Creole\tJ-R Auguste\tno show",
        "3/28\t14:00\tWarsame, Ifrah\t04/02/2020\tMFHC Peds\tSomali\tK. Abdi\tno show, mom called after (sick sibling)",
    ])
    body = """Omar,

Per our call, these are the late cancels / no-shows from last week at Riverbend, SAMC and Meadowlark that we billed at the 2-hr minimum. I pasted straight from our tracker, sorry about the formatting.

""" + pasted + """

For the Riverbend ones can you confirm whether clinic wants these on the April invoice or credited? The contract says no-show = billable but I know you wanted to review the Soto one since it was the clinic that canceled it.

Thanks
Tomasz

Tomasz Wisniewski
Director of Operations, Harborline Language Services
(617) 555-0148 x201 | cell (617) 555-0107

""" + AG_DISC
    names = "Haile, Tigist; Soto, Ramon; Bui, Van Thanh; Petit-Frere, Edline; Warsame, Ifrah"
    return names, mk(TOMASZ, OMAR, "no-shows wk of 3/25", d, body, cc=GRACE)

@gen("phi", "lists")
def lists6():
    d = D(4, 1, 23, 11)
    paras = ["**INVOICE - Svetlana Morozova, Independent Interpreter (Russian/Ukrainian)",
             "Bill to: Harborline Language Services, Accounts Payable",
             "Invoice #: SM-2024-013     Period: March 18 - March 29, 2024",
             "Contractor ID: HL-C-0288",
             "",
             "**Sessions",
             "03/18  Riverbend Oncology     Pt: V. Melnyk  MRN 01199027   10:00-11:30  1.5 h",
             "03/19  SAMC Pre-op            Pt: T. Ivanova MRN 3102267    07:00-09:00  2.0 h (min)",
             "03/20  Cedar Hollow PT        Pt: B. Kravets acct CH-40112  13:00-14:00  2.0 h (min)",
             "03/22  Riverbend Neuro        Pt: O. Sydorenko MRN 01377841 09:00-11:15  2.25 h  (EEG results, family mtg)",
             "03/25  Meadowlark OB          Pt: O. Petrenko MFHC 61034    09:00-10:00  2.0 h (min)",
             "03/27  SAMC Psych outpt       Pt: D. Kuznetsov MRN 2960018  15:00-16:00  2.0 h (min)",
             "",
             "Total hours: 11.75 x $58.00 = $681.50",
             "Mileage: 148 mi x $0.67 = $99.16",
             "Parking: $32.00 (receipts attached separately)",
             "**TOTAL DUE: $812.66",
             "",
             "Payment via direct deposit on file. Thank you!"]
    body = """Hi Helen, attached is my invoice for the last 2 weeks of March. Sorry it's late, I was out of town. Parking receipts will come in a separate email (phone photos).

Svetlana"""
    return ("V. Melnyk; T. Ivanova; B. Kravets; O. Sydorenko; O. Petrenko; D. Kuznetsov",
            mk(SVETA, "ap@%s" % AG, "invoice SM-2024-013", d, body, cc=HELEN,
               atts=[("SM-2024-013.docx", docx(paras),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

@gen("phi", "lists")
def lists7():
    d1 = D(5, 23, 9, 40)
    d2 = D(5, 23, 11, 2)
    omar = """Denise - can you send me the current list of standing/recurring bookings you have for us? We're re-doing the block schedule for summer and I want to make sure nobody drops off.

Omar Siddiqui
Manager, Interpreter Services
Riverbend Health System
617-555-0502"""
    standing = """PATIENT                 MRN        LANG   WHERE                     WHEN              SINCE
Tran Lan                01220934   VIE    Dialysis East chair 12    M/W/F 07:30       01/2023
Said Mohamed Abdi       01305561   SOM    Dialysis East chair 4     T/Th/Sa 11:00     08/2023
Rosales Benitez, Ines   00788120   SPA    Cancer Ctr infusion       q2wk Tue 09:00    02/2024
Oliveira Marcos         00873321   POR    Cancer Ctr infusion       q3wk Thu 11:00    03/2024
Desir Yvon              01066210   HAT    Wound clinic              weekly Mon 14:00  11/2023
Kovacs, Ilona           01290774   HUN*   Behavioral Health         weekly Fri 10:00  09/2023
Dang Van Phuc           01154987   VIE    Infusion Suite B          monthly 2nd Wed   06/2022
* Hungarian via partner vendor (LinguaNord)"""
    body = """Here you go Omar. Plain text since your mail strips my tables.

""" + standing + """

Dang Van Phuc's is the one that changes the most, they move him around, so I confirm it week by week with the infusion charge nurse.

Denise

""" + wrote(d1, "Omar Siddiqui <osiddiqui@riverbendhealth.org>") + "\n" + quote(omar)
    names = "Tran Lan; Said Mohamed Abdi; Rosales Benitez, Ines; Oliveira Marcos; Desir Yvon; Kovacs, Ilona; Dang Van Phuc"
    return names, mk(DENISE, OMAR, "Re: standing bookings for summer block schedule", d2, body)

# ================================================================ PHI: names
@gen("phi", "names")
def names1():
    d = D(4, 17, 17, 22)
    body = """Jules,

Wanted to get this on record while it's fresh. Interpreted for Mrs. Castillo at Riverbend cardiology this afternoon (Dr. Ames). Dr. was explaining the warfarin and the INR blood checks and was going really fast, and when I did the teach-back with her at the end she thought she takes the pill "only when the heart feels fast". I flagged it to the doctor and he went over it again but I don't think he loved being interrupted.

She also said she has been taking her husband's leftover metoprolol when she runs out. Dr. heard that (I interpreted it) but didn't really respond.

I didn't step out of role, just interpreted + one intervention for cultural/comprehension. But I'm worried about her. Is there anything on our side besides the session note?

Lucia"""
    return "Mrs. Castillo", mk(LUCIA, JULES, "concern from today's cardiology session", d, body)

@gen("phi", "names")
def names2():
    d1 = D(5, 1, 10, 3)
    d2 = D(5, 1, 14, 47)
    orig = """Priya, the ortho surgeons want the knee replacement consent in Arabic for Mr. Haddad by Monday, surgery is 5/7. Can you turn around 3 pages? Source attached in portal (job RB-0501-03).

Omar"""
    body = """Omar,

Yes, Rania has it and will deliver Friday afternoon. One question from her: the source consent lists "right total knee arthroplasty" on page 1 but "left" in the risks section on page 2. Can someone from the surgeon's office confirm which side before we finalize? We don't want to put the wrong side in writing.

Thanks,
Priya

""" + outlook_block("Siddiqui, Omar", outlook_sent(d1), "Raman, Priya", "Haddad, Samir - consent translation", orig)
    return "Samir Haddad", mk(PRIYA, OMAR, "RE: Haddad, Samir - consent translation", d2, body, cc=RANIA)

@gen("phi", "names")
def names3():
    d1 = D(3, 12, 9, 0)
    d2 = D(3, 12, 12, 30)
    d3 = D(3, 13, 8, 41)
    tammy1 = """Hi Marco, quick question on your cancellation policy. If we cancel a Vietnamese in-person with less than 24 hrs notice because the family already left, do we still get charged? It happened yesterday with the Pham boy's hearing test -- the audiologist called in sick and we rebooked him for 3/20 but your interpreter was already on the way.

Tammy Reyes
Front Office Supervisor
Northgate Children's Clinic
617-555-0610"""
    marco1 = """Hi Tammy, yes unfortunately under 24 hrs is billable at the 2 hr minimum for on-site. I'll ask Denise if we can waive this one since it was on your side. For 3/20 I'll keep the same interpreter for Bao so the family sees a familiar face.

Marco"""
    body = """Hi Tammy,

Denise approved a one-time courtesy waiver, you'll see it as a $0 line on the March invoice. Going forward, if you call our main line as soon as you know, we can usually catch the interpreter before they leave.

The policy for reference:
 - Cancel 24+ hrs before: no charge
 - Cancel under 24 hrs / no-show: 2-hr minimum on-site, 30 min VRI
 - Interpreter arrives and appointment runs late: billed in 15-min increments after the first hour

Marco

""" + wrote(d2, "Marco Villanueva <mvillanueva@harborlinelang.com>") + "\n" + quote(marco1) + "\n>\n" + \
        quote(wrote(d1, "Tammy Reyes <treyes@northgatechildrens.org>")) + "\n" + quote(tammy1, "> > ")
    return "Bao Pham", mk(MARCO, TAMMY, "Re: cancellation question", d3, body)

@gen("phi", "names")
def names4():
    d = D(4, 4, 16, 30)
    body = """Hey Denise,

Just an FYI from Northgate this morning. Little Joey (Jose Ortiz Ramirez, the 3 y/o, mom is Sandra) had his ear tubes put in at the surgery center and it went fine, he was already eating popsicles when I left. The ENT wants to see him in 2 weeks and mom asked specifically for me again, so if you can put me on that when they call, great.

Mom also mentioned they're moving to Worcester next month so they might transfer care. Just so we know for the standing list.

Lucia"""
    return "Jose Ortiz Ramirez", mk(LUCIA, DENISE, "Joey O. update", d, body)

@gen("phi", "names")
def names5():
    d = D(5, 22, 18, 16)
    body = """Interpreter feedback form - submitted 05/22/2024 18:16

Interpreter: Khadija Abdi (SOM)
Assignment: Riverbend Breast Health Center, 5/22 2:00pm, on-site
Category: Provider communication / patient experience

Description:
The patient, Fatuma, was given her biopsy results today (it is cancer). The radiologist delivered the news in about 4 minutes standing at the door and left, saying the surgeon's office would call. Fatuma was crying and did not understand what "the surgeon's office will call" meant or when. Nobody stayed with her. I stayed in my role but I asked the nurse at the desk if someone could come talk with her, and the nurse navigator (Carol) came after 20 min and gave her a date (5/29) for the surgical consult.

Requested follow-up: Please let Riverbend interpreter services know. I would like to be scheduled for the 5/29 consult if possible for continuity; she asked for me.

Confidential - internal QA use only."""
    return "Fatuma", mk("Harborline Forms <forms@%s>" % AG, JULES,
                        "Interpreter feedback: Riverbend Breast Health 5/22", d, body, cc=DENISE)

@gen("phi", "names")
def names6():
    d = D(6, 7, 11, 38)
    body = """Tomasz,

I need to raise a concern about the Polish interpreter who covered the stroke team evaluation yesterday afternoon in our ED (Mr. Kowalski, the 70-year-old brought in by his son around 1:40). The neurologist reports that the interpreter answered two of the NIH stroke scale questions for the patient instead of interpreting them, and at one point told the son "don't worry, he's fine" in Polish, which the son repeated back to us in English.

We rely on those answers for the tPA decision. I'm sure you understand why this is serious. I'd like a call today to discuss and I'd ask that this interpreter not be sent to our ED until we've talked.

Beth

Beth Carrow, CMI
Language Services Coordinator
St. Aurelian Medical Center
617-555-0311

""" + HOSP_DISC
    return "Mr. Kowalski", mk(BETH, TOMASZ, "Interpreter concern - ED 6/6", d, body, cc=JULES)

@gen("phi", "names")
def names7():
    d = D(5, 3, 19, 52)
    body = """Jules, I'm not sure what I'm supposed to do with this so I'm writing it down.

Prenatal visit this morning at Meadowlark, Dari. Mrs. Ahmadi's husband insisted on staying in the room and kept answering for her and wanted to "help" interpret even though I was there. When he stepped out to move the car she told me quickly that she doesn't want another baby so soon and that she's afraid of him. I interpreted that to the midwife right away, word for word, and the midwife did the screening questions and gave her a number. Then he came back and we finished the visit like nothing happened.

Did I do the right thing interpreting it directly? I keep thinking about it.

- Zahra

Zahra Karimi
Dari/Farsi interpreter (contract)"""
    return "Mrs. Ahmadi", mk("Zahra Karimi <zkarimi.interp@signpostmail.net>", JULES,
                             "need to talk about today", d, body)

@gen("phi", "names")
def names8():
    d = D(5, 15, 10, 12)
    body = """Svetlana, Yuri -

Caught in final QA on RB-0510-07 (Ivan Sokolov's discharge instructions, Russian): the insulin glargine dose on page 2 was rendered as 10 единиц at bedtime, the English source says 18 units. Also "check your sugar before meals and at bedtime" became "before meals" only.

The patient goes home tomorrow and his wife does the injections. I've fixed both and re-delivered, but please, on anything with doses, read numbers back against the source line by line. This is exactly the kind of error that puts someone back in the ED.

Priya

Priya Raman
Translation Project Manager
Harborline Language Services
(617) 555-0148 x240"""
    return "Ivan Sokolov", mk(PRIYA, "%s, Yuri Belov <ybelov.translations@quillmail.net>" % SVETA,
                              "dose error caught in QA - RB-0510-07", d, body, cc=TOMASZ)

# ================================================================ PHI: self
@gen("phi", "self")
def self1():
    d = D(5, 24, 13, 9)
    body = """Hello,

My name is Darnell Hughes. I am Deaf and my first language is ASL. I have an MRI of my lower back at Riverbend Imaging on Monday June 3 at 7:15 am and then I see the spine doctor (Dr. Patel) after at 9:00.

When I called (relay) the hospital told me to email you directly to request the interpreter. I need an in-person ASL interpreter, NOT video. The MRI room can't have the video cart and last time at the follow up the video kept freezing and I couldn't follow anything the doctor said about the injection.

If possible a Deaf interpreter (CDI) team too, because I will be on medication for the pain and it's hard for me to focus.

Thank you,
Darnell Hughes
Text only: 617-555-0115"""
    return "Darnell Hughes", mk("Darnell Hughes <dhughes.asl@signpostmail.net>", SCHED,
                                "ASL interpreter for my MRI June 3", d, body)

@gen("phi", "self")
def self2():
    d1 = D(6, 17, 9, 15)
    d2 = D(6, 17, 15, 40)
    rania = """Hi Helen,

I wanted to let you know ahead of time: I'm scheduled for carpal tunnel release surgery on my right hand on July 15 at Riverbend (day surgery). The surgeon says 4-6 weeks with no typing and limited writing, so no translation work for that period and I can't take notes during on-site sessions.

Could I be moved to phone/VRI only from 7/16 through the end of August? I can still interpret verbally. If that's not possible, what do I need to fill out for leave? I have my doctor's note with the restrictions if you need it.

Thanks,
Rania

Rania Khoury, CMI
Staff Interpreter/Translator - Arabic
Harborline Language Services"""
    body = """Hi Rania,

Thank you for the notice, and I hope it goes smoothly. Yes, please send me the restrictions note (to me only, not the scheduling inbox). I'll talk with Denise about a VRI-only schedule for 7/16 - 8/30 and we'll keep your hours whole. You don't need leave paperwork if you're working modified duty, but if you end up needing time off after surgery we'll do the FMLA forms then.

Helen

Helen Abara
HR & Payroll Manager
Harborline Language Services
(617) 555-0148 x205

""" + wrote(d1, "Rania Khoury <rania.khoury@harborlinelang.com>") + "\n" + quote(rania)
    return "Rania Khoury", mk(HELEN, RANIA, "Re: surgery in July - modified duty?", d2, body)

@gen("phi", "self")
def self3():
    d = D(4, 12, 22, 31)
    body = """To whom it may concern,

I received a statement from your company for $180.00 (account HLS-SP-0219-104) for "on-site interpreter services - 2/19/2024 - Riverbend Breast Imaging". That was my mammogram and follow-up ultrasound. I did not ask to be billed and nobody told me there would be a charge. My insurance is Bayview, member ID BCH 612 044 871, and they told me on the phone that interpreting is covered and the provider should bill them, not me.

Please correct this and send me a new statement showing $0. I have already been very stressed about the results and do not need a collections letter on top of it.

Ana Lucia Mendes
42 Thornbury Lane, Apt 3
Port Calder, MA 02199
617-555-0176"""
    return "Ana Lucia Mendes", mk("Ana Mendes <analucia.mendes@tidewaterpost.com>", BILLING,
                                  "billing error - account HLS-SP-0219-104", d, body)

@gen("phi", "self")
def self4():
    d = D(6, 20, 22, 48)
    body = """hi this is marisol vega, i have my c section scheduled 7/9 at st aurelian at 7am. can i request lucia again?? she was with me for all my prenatal visits and i want her there, my husband doesnt speak english either. also they said i need to be there at 5am is that ok for her lol

thank u!!
marisol

Sent from my iPhone"""
    return "Marisol Vega", mk("Marisol Vega <mvega2290@tidewaterpost.com>", SCHED, "interpreter 7/9", d, body)

@gen("phi", "self")
def self5():
    d = D(3, 6, 14, 44)
    body = """Bonjour / Hello,

I'd like a quote for a certified translation of my immunization record into French. I've been admitted to Université Laval for the fall and they require a translated vaccination history with a certificate of accuracy.

The document is a 2-page printout from my pediatrician's office (Northgate Children's) plus my college health portal record (MMR x2, Tdap 2021, hep B series, varicella titer positive, meningococcal ACWY 2019 + booster 2023, COVID x3). My name on the documents is Sophie Anne Belanger, DOB 08/27/2005.

I've attached a scan of page 1 so you can see the format. How much would it be and how long does it take?

Merci!
Sophie Bélanger"""
    scan = png(170, 220, bg=(250, 250, 247), box=(12, 10, 158, 18), boxcol=(60, 60, 60))
    return "Sophie Anne Belanger", mk("Sophie Belanger <sophie.belanger05@quillmail.net>",
                                      "Translation Quotes <translations@%s>" % AG,
                                      "Quote - translate vaccination record to French", d, body,
                                      atts=[("immunization_record_p1.png", scan, "image/png")])

@gen("phi", "self")
def self6():
    d1 = D(4, 26, 10, 0)
    d2 = D(4, 26, 21, 37)
    survey = """Hi Gloria,

Thank you for using Harborline interpreting at your recent visit. How did we do? Reply to this email or click the link to rate your interpreter.

Visit: 04/25/2024, Riverbend Primary Care (video interpreting, Spanish)

https://survey.harborlinelang.com/r/8QX2MZ

Harborline Language Services - Patient Experience"""
    body = """the interpreter was nice but the video kept freezing and the doctor was telling me about changing my insulin and I missed half of it. I had to call the nurse line after and wait 40 min. now I'm taking 22 units at night instead of 15 but I'm not sure if the morning one changed too. next time I want a person in the room please, my diabetes visits are every 3 months.

gloria ramirez

""" + wrote(d1, "Harborline Patient Experience <feedback@harborlinelang.com>") + "\n" + quote(survey)
    return "Gloria Ramirez", mk("gloria ramirez <gloriar1964@tidewaterpost.com>",
                                "Harborline Patient Experience <feedback@%s>" % AG,
                                "Re: How was your interpreter?", d2, body)

@gen("phi", "self")
def self7():
    d = D(3, 4, 8, 3)
    body = """Good morning Helen,

For my onboarding file: my TB skin test came back positive (14 mm) on 2/26 - I had the BCG vaccine as a child in Poland so my doctor expected it. The chest x-ray on 2/29 was clear and she says no treatment needed, just the annual symptom questionnaire. The clearance letter from Dr. Hartley is attached.

Does SAMC need the x-ray report itself or is the letter enough for badging? I don't want to hold up my start date on 3/11.

Thank you,
Agnieszka Nowak
tel. 617-555-0181"""
    letter = pdf(["Port Calder Family Medicine - 88 Elm Street, Port Calder MA",
                  "March 1, 2024",
                  "RE: Agnieszka Nowak   DOB 10/14/1987",
                  "To whom it may concern:",
                  "Ms. Nowak had a positive tuberculin skin test (14 mm) on 02/26/2024,",
                  "consistent with prior BCG vaccination. Chest radiograph 02/29/2024 shows",
                  "no evidence of active tuberculosis. She is cleared to work in clinical settings.",
                  "Annual symptom screening recommended.",
                  "Sincerely, Laura Hartley, MD"], "TB clearance")
    return "Agnieszka Nowak", mk(AGNES, HELEN, "TB clearance for onboarding", d, body,
                                 atts=[("TB_clearance_Nowak.pdf", letter, "application/pdf")])

# ================================================================ PHI: struct
@gen("phi", "struct")
def struct1():
    d = D(4, 16, 6, 12)
    hl7 = "\n".join([
        "MSH|^~\\&|EPIC|SAMC|HLSBOOK|HARBORLINE|20240416061103||SIU^S12|SAMC8812045|P|2.5.1",
        "SCH|A77120983|A77120983|||||ROUTINE^Routine||30|MIN|^^30^20240417093000^20240417100000|||||||||||||||BOOKED",
        "PID|1||3318820^^^SAMC^MR||GOMEZ PENA^ANA^L||19870304|F|||77 Sumner Ave^Apt 2^Port Calder^MA^02199||(617)555-0133|||||S004418822",
        "PV1|1|O|PREOP^^^SAMC||||1447812907^LINDQVIST^ERIK",
        "OBX|1|CE|INTERP^Interpreter needed||Y",
        "OBX|2|CE|LANG^Preferred language||SPA^Spanish^ISO639",
        "RGS|1",
        "AIL|1||PREOP^2ND FL^^SAMC",
        "AIP|1||1447812907^LINDQVIST^ERIK|ATTENDING",
    ])
    body = """HLSBOOK Interface Engine - ERROR

Channel:   SAMC_SIU_IN
Message:   SAMC8812045 (SIU^S12)
Received:  2024-04-16 06:11:03
Error:     AIL-3 location "PREOP^2ND FL" not mapped to a Harborline site code. Message held in queue.
Action:    Map location or reprocess manually. Booking NOT created.

Raw message:
""" + hl7 + """

--
This is an automated message from the HLSBOOK integration engine. Queue: held (1)."""
    return "Ana Gomez Pena", mk("HLSBOOK Interface <interface-alerts@%s>" % AG,
                                "it-support@%s" % AG, "[HELD] SAMC_SIU_IN SAMC8812045 - unmapped location", d, body,
                                cc=MARCO)

@gen("phi", "struct")
def struct2():
    d = D(3, 14, 15, 22)
    hl7 = "\r".join([
        "MSH|^~\\&|MEDITECH|RBH|HLSBOOK|HARBORLINE|202403141502||ADT^A01|RBH0314150233|T|2.3",
        "EVN|A01|202403141500",
        "PID|1||01220934^^^RBH^MR~S002938471^^^RBH^AN||TRAN^LAN^THI||19520816|F||A|19 Cottage Row^^Port Calder^MA^02199||(617)555-0162||VIE^Vietnamese|W|BUD|S002938471|031-55-8821",
        "NK1|1|TRAN^KIM^||(617)555-0163|||EC",
        "PV1|1|I|4N^412^B^RBH||||2209981147^OSEI^KWAME|||MED||||7|||2209981147^OSEI^KWAME|IN||BAYVIEW|||||||||||||||||||RBH|||||202403141445",
        "DG1|1||N18.6^END STAGE RENAL DISEASE^I10|||A",
        "IN1|1|BCHP1|77|BAYVIEW COMMUNITY HEALTH PLAN|||||||||||TRAN^LAN^THI|SEL|19520816|||||||||||||||||||BCH771204456",
        "ZIN|Y|VIE|IN-PERSON PREFERRED",
    ]) + "\r"
    body = """Hi Marco / IT,

As discussed, we're turning on the ADT feed to your booking system next week so admitted patients with an interpreter flag show up on your side automatically. Attached is a sample message from our TEST environment (MSH-11 = T) -- it was generated from a real admission this afternoon so please treat it accordingly and delete once you've validated parsing.

Things to check on your end:
 - PID-15 primary language (we send ISO 639-2 / our local table)
 - ZIN custom segment: ZIN-1 interpreter needed Y/N, ZIN-2 language, ZIN-3 modality preference
 - Segment terminator is <CR> only

Let me know by Friday if anything fails.

Kevin Marsh
Integration Analyst, IS Department
Riverbend Health System
617-555-0544

""" + RB_DISC
    return "Lan Thi Tran", mk("Kevin Marsh <kmarsh@riverbendhealth.org>", "it-support@%s" % AG,
                              "ADT feed sample for validation", d, body, cc=MARCO,
                              atts=[("ADT_A01_sample.hl7", hl7.encode("ascii"), "application/octet-stream")])

def _isa(sender, receiver, ctrl, date="240405", time="1030"):
    return "ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:~" % (
        sender.ljust(15), receiver.ljust(15), date, time, ctrl)

@gen("phi", "struct")
def struct3():
    d = D(4, 5, 10, 41)
    segs = [
        _isa("HARBORLINE", "BAYVIEWCHP", 417),
        "GS*HC*HARBORLINE*BAYVIEWCHP*20240405*1030*417*X*005010X222A1~",
        "ST*837*0001*005010X222A1~",
        "BHT*0019*00*HLS0405A*20240405*1030*CH~",
        "NM1*41*2*HARBORLINE LANGUAGE SERVICES LLC*****46*HLS77410~",
        "PER*IC*GRACE LIU*TE*6175550148*EX*230~",
        "NM1*40*2*BAYVIEW COMMUNITY HEALTH PLAN*****46*BCHP1~",
        "HL*1**20*1~",
        "NM1*85*2*HARBORLINE LANGUAGE SERVICES LLC*****XX*1902847715~",
        "N3*1140 WHARF STREET STE 300~",
        "N4*PORT CALDER*MA*02199~",
        "REF*EI*837716642~",
        "HL*2*1*22*0~",
        "SBR*P*18*******MC~",
        "NM1*IL*1*ADEN*HAMDI*M***MI*BCH330918274~",
        "N3*204 FOUNDRY ST APT 5~",
        "N4*PORT CALDER*MA*02199~",
        "DMG*D8*19900611*F~",
        "NM1*PR*2*BAYVIEW COMMUNITY HEALTH PLAN*****PI*BCHP1~",
        "CLM*HLS240328A*54***11:B:1*Y*A*Y*Y~",
        "HI*ABK:Z3A28*ABF:O24419~",
        "NM1*DN*1*ASANTE*KOFI****XX*1770554210~",
        "LX*1~",
        "SV1*HC:T1013:U3*54*UN*3***1~",
        "DTP*472*D8*20240328~",
        "SE*24*0001~",
        "GE*1*417~",
        "IEA*1*000000417~",
    ]
    x12 = "\n".join(segs) + "\n"
    body = """Resubmitting the corrected 837P for the 3/28 Meadowlark OB session (rendering/referring provider added per Bayview's rejection 277CA). Batch 417, 1 claim. Please upload to the clearinghouse this afternoon, I'm out at 2.

- Grace"""
    return "Hamdi Aden", mk(GRACE, "Finance <finance@%s>" % AG, "837P batch 417 - resubmission", d, body,
                            atts=[("HLS_837P_batch417.txt", x12, "text/plain")])

@gen("phi", "struct")
def struct4():
    d = D(4, 19, 5, 30)
    segs = [
        _isa("BAYVIEWCHP", "HARBORLINE", 88231, "240419", "0501"),
        "GS*HP*BAYVIEWCHP*HARBORLINE*20240419*0501*88231*X*005010X221A1~",
        "ST*835*0001~",
        "BPR*I*126.9*C*ACH*CCP*01*011000138*DA*00992831*1445566778**01*021200339*DA*4450091266*20240419~",
        "TRN*1*EFT240419004471*1445566778~",
        "DTM*405*20240418~",
        "N1*PR*BAYVIEW COMMUNITY HEALTH PLAN~",
        "N1*PE*HARBORLINE LANGUAGE SERVICES LLC*XX*1902847715~",
        "LX*1~",
        "CLP*HLS240207B*4*72*0*0*MC*240817730042*11*1~",
        "NM1*QC*1*NGUYEN*THANH*V***MI*BCH448201937~",
        "DTM*232*20240207~",
        "SVC*HC:T1013:U3*72*0**4~",
        "CAS*CO*197*72~",
        "LQ*HE*N54~",
        "CLP*HLS240312C*1*90*90*0*MC*240997110018*11*1~",
        "NM1*QC*1*ALVES DA SILVA*ROGERIO****MI*BCH553022810~",
        "DTM*232*20240312~",
        "SVC*HC:T1013:U3*90*90**5~",
        "DTM*472*20240312~",
        "CLP*HLS240321D*1*36.9*36.9*0*MC*241012330077*11*1~",
        "NM1*QC*1*FARAH*HALIMO****MI*BCH208811563~",
        "SVC*HC:T1013:U3*36.9*36.9**2~",
        "DTM*472*20240321~",
        "SE*24*0001~",
        "GE*1*88231~",
        "IEA*1*000088231~",
    ]
    body = """Electronic remittance advice available.

Payer: BAYVIEW COMMUNITY HEALTH PLAN
Payee: HARBORLINE LANGUAGE SERVICES LLC (NPI 1902847715)
EFT trace: EFT240419004471   Amount: $126.90   Date: 04/19/2024
Claims: 3 (2 paid, 1 denied)

The 835 file is attached. Log in to ClearPath Exchange to view or download additional remittances.

ClearPath Exchange | automated notice"""
    return "Thanh V Nguyen; Rogerio Alves da Silva; Halimo Farah", mk(
        "ClearPath Exchange <era-notify@clearpathexchange.example.net>", BILLING,
        "ERA available - BAYVIEWCHP - EFT240419004471", d, body,
        atts=[("ERA_BAYVIEW_20240419.835", "\n".join(segs) + "\n", "text/plain")])

@gen("phi", "struct")
def struct5():
    d = D(5, 29, 14, 7)
    bundle = {
        "resourceType": "Bundle", "type": "collection", "id": "b-55a1e0c2",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "samc-3401177",
                          "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.555.2.7.5.737384.14", "value": "3401177"}],
                          "name": [{"family": "Ali", "given": ["Hodan", "Mohamed"]}],
                          "gender": "female", "birthDate": "1974-01-09",
                          "telecom": [{"system": "phone", "value": "617-555-0139", "use": "mobile"}],
                          "address": [{"line": ["310 Harbor View Rd", "Unit 7"], "city": "Port Calder", "state": "MA", "postalCode": "02199"}],
                          "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "so", "display": "Somali"}]},
                                             "preferred": True}]}},
            {"resource": {"resourceType": "Appointment", "id": "appt-99180422", "status": "booked",
                          "serviceType": [{"text": "Post-discharge follow-up - Endocrinology"}],
                          "reasonCode": [{"text": "Hyperglycemia, new insulin start"}],
                          "start": "2024-06-05T13:30:00-04:00", "end": "2024-06-05T14:10:00-04:00",
                          "participant": [{"actor": {"reference": "Patient/samc-3401177"}, "status": "accepted"},
                                          {"actor": {"display": "Holt, Andrea MD"}, "status": "accepted"}],
                          "extension": [{"url": "http://staurelian.org/fhir/StructureDefinition/interpreter-required",
                                         "valueBoolean": True}]}}]}
    body = """Denise, Marco,

Our FHIR subscription posted this bundle to your webhook at 13:58 and got back HTTP 422 ("communication.language.coding[0].code: expected ISO 639-2"). We send BCP-47 ("so") per the spec we agreed on. The appointment is real and is next Wednesday so please book it manually for now. Payload below.

""" + json.dumps(bundle, indent=2) + """

Raj Pillai
Interoperability Engineer
St. Aurelian Medical Center IS
617-555-0388

""" + HOSP_DISC
    return "Hodan Mohamed Ali", mk("Raj Pillai <rpillai@staurelian.org>", "%s, %s" % (DENISE, MARCO),
                                   "webhook 422 - appt-99180422 needs manual booking", d, body,
                                   cc="it-support@%s" % AG)

@gen("phi", "struct")
def struct6():
    d = D(3, 18, 11, 15)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-RB-20240315-00917732"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Riverbend Health System - Continuity of Care Document</title>
  <effectiveTime value="20240315164500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="00917732" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>58 Orchard Terrace</streetAddressLine><city>Port Calder</city><state>MA</state><postalCode>02199</postalCode></addr>
      <telecom value="tel:+1-617-555-0147" use="MC"/>
      <patient>
        <name use="L"><given>Elvia</given><family>Castro Morales</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19690402"/>
        <languageCommunication><languageCode code="es"/><preferenceInd value="true"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Type 2 diabetes mellitus with hyperglycemia (E11.65)</item><item>Hyperlipidemia (E78.5)</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>metformin 1000 mg PO twice daily</item><item>atorvastatin 40 mg PO nightly</item><item>semaglutide 0.5 mg subcut weekly (new)</item></list></text>
    </section></component>
    <component><section>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table><tr><th>Test</th><th>Value</th><th>Date</th></tr>
        <tr><td>Hemoglobin A1c</td><td>9.4 %</td><td>03/12/2024</td></tr>
        <tr><td>LDL cholesterol</td><td>162 mg/dL</td><td>03/12/2024</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Priya - the clinic sent the CCD instead of a PDF for the Spanish lab letter job (RB-0515-02 is the follow-up to this one). Can your team work from the XML? They only need the Problems, Medications and Results sections translated into a patient-friendly letter, not the whole document.

Omar"""
    return "Elvia Castro Morales", mk(OMAR, PRIYA, "CCD for Spanish patient letter", d, body,
                                      atts=[("CCD_00917732.xml", ccd, "application/xml")])

@gen("phi", "struct")
def struct7():
    d = D(6, 12, 20, 3)
    payload = {
        "event": "booking.request.created",
        "source": "harborline-patient-app/ios 3.4.1",
        "request_id": "req_01HZX4K9QW2",
        "submitted_at": "2024-06-12T23:59:41Z",
        "requester": {"type": "patient", "name": "Yeon-hee Choi", "dob": "1962-09-18",
                      "phone": "+16175550121", "email": "yeonhee.choi62@tidewaterpost.com"},
        "appointment": {"facility": "Riverbend Health - Gastroenterology", "date": "2024-06-24",
                        "time": "08:00", "type": "Colonoscopy (procedure)", "notes": "need someone for prep instructions call too, and ride home rule - my son is driving"},
        "language": {"code": "ko", "name": "Korean"},
        "modality_pref": ["in_person", "video"],
        "insurance": {"payer": "Bayview Community Health Plan", "member_id": "BCH660418273"},
        "consent_sms": True,
    }
    body = """Webhook delivery failed after 5 attempts (HTTP 503 from https://book.harborlinelang.com/hooks/app).
The payload has been parked in the dead-letter queue. Payload:

""" + json.dumps(payload, indent=2, ensure_ascii=False) + """

Retry from the console: DLQ id dlq-7731-aa9.
-- Harborline App Platform (automated)"""
    return "Yeon-hee Choi", mk("App Platform <platform-alerts@%s>" % AG, "it-support@%s" % AG,
                               "[DLQ] booking.request.created req_01HZX4K9QW2", d, body)

# ================================================================ CLEAN: admin
@gen("clean", "admin")
def admin1():
    d = D(4, 22, 14, 5)
    body = """Hello partners,

Effective Monday, May 6, the SAMC Language Services office is moving from the basement of the Main Building (room B-114) to the 2nd floor of the Wellness Pavilion, room 2-208, next to Pastoral Care.

What this means for agency interpreters:
 - Check-in for on-site assignments will be at 2-208. The B-114 sign-in binder will be removed on 5/3.
 - Vendor badges will need to be re-activated for the Pavilion doors. Please have your interpreters stop at Security (Main lobby) between 5/1 and 5/3, 7am-7pm, with their current badge.
 - The VRI carts will be stored in the 2-208 alcove. Units still call ext. 4-7700 to request a cart.
 - Parking for vendors stays in Garage C, levels 3-4.

The ED, L&D and Behavioral Health workflows do not change: interpreters go straight to the unit and call us from there.

Thank you for your patience during the move!

Beth Carrow, CMI
Language Services Coordinator
St. Aurelian Medical Center
617-555-0311

""" + HOSP_DISC
    return "", mk(BETH, "Interpreter Vendors <samc-lang-vendors@staurelian.org>",
                  "Language Services office moving 5/6 - new check-in location", d, body,
                  cc=DENISE, html=html_of(body))

@gen("clean", "admin")
def admin2():
    d = D(3, 11, 18, 30)
    body = """Team,

IT is pushing the VRI app update (v5.8.2) to all Harborline-owned iPads tonight between 11pm and 1am. If you have a loaner iPad at home, leave it plugged in and on Wi-Fi overnight.

Changes in this version:
 - Fixes the audio echo on the Riverbend ED carts
 - Adds the "hold for provider" button so you don't get bounced back into the queue while the nurse goes to get the doctor
 - Language queue for Dari and Pashto split (was combined)
 - Session timer now shows in the corner

Known issue: the first login after the update asks for the 6-digit MFA code again. Have your authenticator app handy.

Hospital-owned carts (SAMC 5W-1 to 5W-4, Riverbend ED 01-04, Meadowlark 1-2) are updated by their own IT, not us. If a hospital cart is on the old version, let us know the cart number and we'll open a ticket with them.

Thanks,
Harborline IT
it-support@harborlinelang.com | ext 250"""
    return "", mk("Harborline IT <it-support@%s>" % AG, "all-staff@%s" % AG,
                  "VRI iPad update tonight 11pm-1am (v5.8.2)", d, body)

@gen("clean", "admin")
def admin3():
    d = D(6, 3, 9, 0)
    body = """Dear clients,

Our 2024-2025 service terms take effect on July 1, 2024. The main changes from the current schedule:

ON-SITE INTERPRETING
 - 2-hour minimum per assignment (unchanged); billed in 15-minute increments after
 - After-hours (6pm-7am), weekends and holidays: 1.5x
 - Cancellation under 24 hours: billed at minimum (unchanged)
 - Mileage beyond 25 miles from the interpreter's base: IRS rate

VIDEO / PHONE
 - Per-minute billing, no minimum; rare languages (list on our website) +$0.50/min
 - Connection times under 60 seconds in Spanish, Portuguese, Haitian Creole, Vietnamese, Mandarin, Cantonese, Arabic, Russian, Somali; under 2 minutes for all others 8am-8pm

TRANSLATION
 - Patient-facing clinical documents (discharge instructions, consent forms, lab letters, med lists): per-word rate with a $75 minimum per document
 - Rush (under 48 hours): +35%
 - All clinical translations go through translation + independent review; certificate of accuracy on request at no charge

We will send each client a countersignature copy in the next two weeks. Questions can go to your account manager or to me directly.

Tomasz Wisniewski
Director of Operations
Harborline Language Services
(617) 555-0148 x201

""" + AG_DISC
    return "", mk(TOMASZ, "clients@%s" % AG, "Harborline service terms effective July 1, 2024", d, body,
                  html=html_of(body), atts=[("logo.png", LOGO, "image/png")])

@gen("clean", "admin")
def admin4():
    d1 = D(2, 27, 15, 12)
    d2 = D(2, 28, 10, 30)
    bay = """Tomasz,

Following up on our call. Bayview's proposed language services amendment for the Medicaid line of business is below. Please review and let me know if your team has questions before I send the signature copy.

 1. Reimbursement: HCPCS T1013 (sign language or oral interpretive services, per 15 minutes), $18.00/unit in-person, $13.50/unit with modifier GT (telehealth/video). Phone interpreting not billable to the plan under T1013; reimbursed through the clinic's per-member arrangement.
 2. Same-day rule: T1013 is payable only when billed for the same date of service as a covered professional visit by an in-network provider.
 3. Documentation: the agency must retain start/end times, interpreter ID and language for each unit, for 7 years; available for audit within 30 days of request.
 4. Interpreter qualifications: CCHI or NBCMI certification, or documented 40-hour medical interpreter training plus language proficiency assessment.
 5. Timely filing: 120 days from date of service.

Regards,
Sandra Bui
Provider Contracting Manager
Bayview Community Health Plan
617-555-0660"""
    body = """Sandra,

Thanks. Two items on our side:

 - Item 2: many of our sessions are for RN-only visits (discharge teaching, infusion education, diabetes education) that aren't billed as a professional E/M. Can the same-day rule include nurse visits and DSMES?
 - Item 5: can we get 180 days? Corrected claims for the same-day rule are taking us 60+ days to match.

Otherwise items 1, 3 and 4 are fine.

Tomasz

""" + outlook_block("Sandra Bui", outlook_sent(d1), "Tomasz Wisniewski", "Bayview language services amendment - draft terms", bay)
    return "", mk(TOMASZ, "Sandra Bui <sbui@bayviewchp.org>", "RE: Bayview language services amendment - draft terms",
                  d2, body, cc=GRACE)

@gen("clean", "admin")
def admin5():
    d = D(5, 10, 12, 0)
    start = datetime.datetime(2024, 6, 13, 15, 0)
    end = datetime.datetime(2024, 6, 13, 16, 30)
    agenda = """Language Access Committee - Q2 meeting
Thursday June 13, 3:00-4:30 pm, Riverbend Pavilion Conference Room 4B / Teams

Agenda
1. Q1 data review (Omar) - encounters by language, VRI vs on-site share, average connect time, unfilled requests
2. Translated vital documents - status of the discharge instruction template project (Priya, Harborline)
3. Consent process: when must an on-site interpreter be used vs. video? Draft policy from Nursing Practice Council
4. Bilingual staff qualification testing - pass rates, next testing dates
5. Signage: "Free interpreter" posters in 22 languages for the new ED waiting room
6. Open items / next meeting

Please send any data requests to Omar by 6/6."""
    body = """Hi all - calendar invite attached for the Q2 Language Access Committee. Agenda below.

""" + agenda + """

Thanks,
Danielle Fox
Executive Assistant, Office of Patient Experience
Riverbend Health System
617-555-0501"""
    inv = ics("lac-q2-2024@riverbendhealth.org", start, end, "Language Access Committee - Q2",
              "Riverbend Pavilion Conf Rm 4B / Teams", agenda, "dfox@riverbendhealth.org")
    return "", mk("Danielle Fox <dfox@riverbendhealth.org>",
                  "%s, %s, Language Access Committee <lac@riverbendhealth.org>" % (OMAR, TOMASZ),
                  "Invitation: Language Access Committee - Q2 @ Thu Jun 13 3pm", d, body, cc=PRIYA,
                  atts=[("invite.ics", inv, "text/calendar")])

@gen("clean", "admin")
def admin6():
    d1 = D(1, 29, 9, 15)
    d2 = D(1, 29, 11, 48)
    q = """Helen - the SAMC contract now requires our on-site interpreters on inpatient units to be fit-tested for N95s annually (new infection prevention policy after the winter surge). Can you set this up? Riverbend says their employee health will do it for vendors at no cost, SAMC says we have to arrange our own.

Tomasz"""
    body = """Tomasz,

Done - booked with Bayside Occupational Health for two group sessions at our office:

  Tue 2/13, 9:00-12:00 (conference room)
  Thu 2/15, 1:00-4:00

$38/person for qualitative fit test, 3M 1870+ and Halyard small/regular. I'll send calendar slots to on-site interpreters this week. Contractors are invited too, we cover the cost.

I also ordered 10 boxes of surgical masks and 4 boxes of N95s (both sizes) for the supply closet, and restocked the hand sanitizer and face shields in the on-site kit bags.

Helen

""" + wrote(d1, "Tomasz Wisniewski <twisniewski@harborlinelang.com>") + "\n" + quote(q)
    return "", mk(HELEN, TOMASZ, "Re: N95 fit testing for on-site team", d2, body)

@gen("clean", "admin")
def admin7():
    d = D(3, 25, 16, 45)
    body = """Translators and reviewers,

A few housekeeping items for clinical translation work:

1. Termbase update. The Spanish, Vietnamese, Haitian Creole and Somali termbases in our CAT tool now include the approved discharge-instruction vocabulary from the SAMC/Riverbend template project (about 340 terms per language: "incentive spirometer", "blood thinner", "incision", "fasting", "follow-up appointment", etc.). Please sync before starting new jobs.

2. Style reminders for patient-facing documents:
   - Target 6th-grade reading level; short sentences.
   - Always keep drug names as in source, with the common name in parentheses where one exists.
   - Numbers (doses, times, dates) are never rewritten from memory. Copy them from the source and read them back at review.
   - Dates in the target-language format, month spelled out.

3. Licenses. We have 3 floating licences for the CAT tool; please log out at the end of your day so they're freed up.

4. Certificate of accuracy template updated (v2024-03). The old one had the wrong office address.

Thanks,
Priya"""
    return "", mk(PRIYA, "translation-team@%s" % AG, "Termbase update + style reminders", d, body)

# ================================================================ CLEAN: lookalike
@gen("clean", "lookalike")
def look1():
    d = D(4, 9, 10, 22)
    body = """INVOICE  INV-2024-118845
ClearVoice Audio Supply, Inc.
2210 Commerce Pkwy, Unit 14, Nashua NH 03063 | 603-555-0180

Bill to: Harborline Language Services, Attn: Accounts Payable
PO #: HLS-PO-24-0312        Customer #: CV-009117       Terms: Net 30
Ship date: 04/08/2024       Carrier: UPS Ground
Tracking: 1Z 8V9 41A 03 6618 2204

QTY  ITEM          DESCRIPTION                                     UNIT      EXT
 12  CV-H500D      Dual-ear USB headset, noise cancelling         $64.00   $768.00
     Serials: H5D2403-0411 through H5D2403-0422
  4  CV-SPK20      Conference speakerphone, USB-C                 $119.00  $476.00
     Serials: SPK20-88172, SPK20-88173, SPK20-88190, SPK20-88191
 20  CV-EC10       Replacement ear cushions (pair)                  $6.50   $130.00
  1  SHIP          Freight                                         $24.75    $24.75

                                                     Subtotal    $1,398.75
                                                     Tax (0%)        $0.00
                                                     TOTAL       $1,398.75

Remit to: ClearVoice Audio Supply, PO Box 4471, Nashua NH 03061
ACH: routing 011400495, acct ending 7720

Thank you for your business!"""
    return "", mk("ClearVoice Billing <ar@clearvoiceaudio.example.com>", "ap@%s" % AG,
                  "Invoice INV-2024-118845 / PO HLS-PO-24-0312", d, body,
                  atts=[("INV-2024-118845.pdf", pdf(body.split("\n"), "INV-2024-118845"), "application/pdf")])

@gen("clean", "lookalike")
def look2():
    d = D(2, 14, 13, 30)
    body = """Hi Grace,

Per your question, the codes clinics in our network most often use when they document interpreter use. None of these are billed by the agency except T1013; listing them so your team recognizes them on remits and clinic reports.

HCPCS
  T1013        Sign language or oral interpretive services, per 15 min
  T1013-GT     Same, via interactive audio/video (plan-specific)
  T1013-U3     Bayview local modifier - Medicaid managed care

CPT (professional, not interpreter)
  99211-99215  Office/outpatient visit, established
  99202-99205  Office/outpatient visit, new
  +99417       Prolonged service, each 15 min
  G2212        Prolonged service (Medicare)

ICD-10-CM Z codes clinics add for context
  Z60.3        Acculturation difficulty
  Z55.0        Illiteracy and low-level literacy
  Z75.8        Other problems related to medical facilities and other health care
  Z71.89       Other specified counseling

Place of service: 11 office, 19/22 outpatient hospital, 21 inpatient, 23 ED, 02/10 telehealth.

Paper reference: Bayview Provider Manual 2024, section 14.6, pages 212-215.

Sandra Bui
Provider Contracting Manager
Bayview Community Health Plan"""
    return "", mk("Sandra Bui <sbui@bayviewchp.org>", GRACE, "codes reference for interpreter billing", d, body)

@gen("clean", "lookalike")
def look3():
    d = D(3, 1, 9, 40)
    rows = [["Interpreter", "Language(s)", "Credential", "Cert #", "Issued", "Expires", "CEUs logged (cycle)"],
            ["Lucia Ferreyra", "Spanish", "CHI-Spanish (CCHI)", "CHI-2231-0418", "2019-05-14", "2027-05-14", "22.5"],
            ["Hoa Nguyen", "Vietnamese", "CoreCHI (CCHI)", "CoreCHI-7781-22", "2022-02-01", "2026-02-01", "11.0"],
            ["Rania Khoury", "Arabic", "CMI-Arabic (NBCMI)", "NBCMI-66120", "2020-09-30", "2025-09-30", "28.0"],
            ["Maricel Santos", "Tagalog, Ilocano", "CoreCHI (CCHI)", "CoreCHI-8120-19", "2019-11-12", "2027-11-12", "16.0"],
            ["Jean-Robert Auguste", "Haitian Creole, French", "CoreCHI (CCHI)", "CoreCHI-5529-21", "2021-06-20", "2025-06-20", "30.0"],
            ["Khadija Abdi", "Somali", "CoreCHI (CCHI)", "CoreCHI-9041-23", "2023-03-08", "2027-03-08", "6.0"],
            ["Dana Whitfield", "ASL", "NIC (RID); MA MCDHH", "RID 103384 / MCDHH 2210", "2016-08-01", "2024-06-30", "7.2 CEU"],
            ["Svetlana Morozova", "Russian, Ukrainian", "CMI-Russian (NBCMI)", "NBCMI-51877", "2017-04-18", "2025-04-18", "29.5"]]
    body = """Beth,

As requested for the annual vendor credentialing packet, attached is the credential roster for Harborline interpreters assigned to SAMC. Copies of each certificate are in the shared folder (SAMC_Vendor_2024/credentials).

Two renewals coming up: Dana's RID cycle ends 6/30 (she's completed CEUs, paperwork pending) and Svetlana's NBCMI renewal is due 4/18.

Our organizational NPI is 1902847715 and our state vendor registration is MA-VEN-0044172.

Jules Bernard
Quality & Training Lead
Harborline Language Services
(617) 555-0148 x260"""
    return "", mk(JULES, BETH, "Vendor credentialing 2024 - interpreter credential roster", d, body,
                  atts=[("Harborline_credential_roster_2024.xlsx", xlsx(rows, "Credentials"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@gen("clean", "lookalike")
def look4():
    d = D(1, 8, 8, 20)
    body = """UPDATED JANUARY 2024 - please print and keep in your on-site kit

ST. AURELIAN MEDICAL CENTER - QUICK NUMBERS FOR INTERPRETERS
Main operator ........................ 617-555-0300
Language Services (2-208) ............ 617-555-0311   ext 4-7700
Security / badge office .............. 617-555-0320   ext 4-2000
Emergency Dept charge RN ............. 617-555-0330   ext 4-3301
Labor & Delivery desk ................ 617-555-0341   ext 4-3410
5 West (Med/Surg) .................... 617-555-0350   ext 4-3550
6 Tower (Oncology/Palliative) ........ 617-555-0361   ext 4-3610
Pre-Op / Same Day Surgery ............ 617-555-0372   ext 4-3720
Behavioral Health intake ............. 617-555-0383   ext 4-3830
Fax - Language Services .............. 617-555-0312

RIVERBEND HEALTH
Interpreter Services (Omar Siddiqui) . 617-555-0502
Cancer Center front desk ............. 617-555-0515
Dialysis East ........................ 617-555-0533
ED registration ...................... 617-555-0540

HARBORLINE
Scheduling (7a-7p) ................... 617-555-0148 x1
After-hours line ..................... 617-555-0100
Denise Okafor (cell, urgent only) .... 617-555-0109
IT / VRI help ........................ x250

Pager format at SAMC: dial 4-PAGE, enter 4-digit pager, then your callback."""
    return "", mk(SCHED, "onsite-interpreters@%s" % AG, "Updated phone list - SAMC / Riverbend", d, body,
                  atts=[("Quick_Numbers_Jan2024.txt", body, "text/plain")])

@gen("clean", "lookalike")
def look5():
    d = D(4, 8, 7, 30)
    body = """Omar,

Q1 2024 summary for Riverbend (all sites). Aggregate counts only, no encounter detail.

                     Jan      Feb      Mar     Q1 total
Encounters         4,118    3,902    4,377      12,397
  On-site          1,206    1,141    1,298       3,645
  Video (VRI)      1,877    1,790    2,044       5,711
  Phone            1,035      971    1,035       3,041
Minutes (VRI+OPI) 61,204   58,330   66,918     186,452
Avg connect (s)       24       27       22          24
Fill rate on-site  97.1%    96.4%    98.0%       97.2%
Late cancels          41       38       52         131

Top languages (share of encounters): Spanish 41.2%, Portuguese 12.8%, Haitian Creole 10.1%, Vietnamese 8.7%, Cantonese 4.9%, Arabic 4.1%, Somali 3.8%, Russian 3.0%, ASL 2.4%, other (37 languages) 9.0%.

Translation: 214 documents, 188,400 words; median turnaround 3.1 business days; 9 rush.

Unfilled on-site requests by language: Dari 11, Amharic 6, Nepali 4, K'iche' 3, Pashto 3.

Happy to walk through at the LAC meeting.

Tomasz"""
    return "", mk(TOMASZ, OMAR, "Q1 utilization summary - Riverbend", d, body, cc=GRACE,
                  html=html_of(body, "Consolas, monospace"))

@gen("clean", "lookalike")
def look6():
    d = D(5, 14, 9, 3)
    body = """Ticket INC0048812 has been RESOLVED.

Short description: VRI cart RBH-ED-CART-03 audio dropping during calls
Caller: Omar Siddiqui (Riverbend Interpreter Services)
Assignment group: Harborline IT - Field Devices
Opened: 2024-05-09 14:22   Resolved: 2024-05-14 08:58
Asset tag: HLS-AST-002187   Device: iPad Pro 12.9 (6th gen)  S/N DMPX31QK0F7
Peripheral: Jabra Speak 750 S/N 02471Q8H11

Resolution notes:
Replaced USB-C hub (asset HLS-AST-002311, S/N UH7-220914-0087). Firmware on speakerphone updated from 2.24.0 to 2.29.1. Ran 3 calls of 10 min each with the Spanish and Haitian Creole queues, no drops. Cart returned to ED alcove at 08:40.

Related: INC0048790 (same cart, 05/02), CHG0011204 (VRI v5.8.2 rollout).

If the issue recurs, reply to this email within 7 days to reopen. After 7 days a new ticket will be required.

Harborline IT Service Desk | x250"""
    return "", mk("Harborline IT Service Desk <servicedesk@%s>" % AG, OMAR,
                  "INC0048812 resolved - VRI cart RBH-ED-CART-03 audio", d, body, cc="it-support@%s" % AG)

@gen("clean", "lookalike")
def look7():
    d = D(2, 20, 11, 11)
    rows = [["Doc ID", "Title", "Revision", "Source words", "Languages", "Words x langs", "Rate", "Subtotal"]]
    docs = [("SAMC-FRM-0114", "General Consent for Treatment", "rev 03/2023", 1240),
            ("SAMC-FRM-0221", "Consent for Anesthesia", "rev 11/2022", 980),
            ("SAMC-FRM-0230", "Consent for Blood Transfusion", "rev 06/2023", 712),
            ("SAMC-PE-0402", "Discharge Instructions - General Surgery (template)", "rev 01/2024", 1655),
            ("SAMC-PE-0417", "Your Lab Results Letter (template)", "rev 01/2024", 310),
            ("SAMC-ADM-0009", "Notice of Privacy Practices", "rev 09/2023", 2890)]
    langs = 9
    total = 0
    for did, t, r, w in docs:
        wx = w * langs; sub = round(wx * 0.21, 2); total += sub
        rows.append([did, t, r, w, "SPA POR HAT VIE ZHO ARA RUS SOM KOR", wx, "$0.21", "%.2f" % sub])
    body = """Beth,

Quote Q-2024-0077 for the vital documents refresh is attached. Summary:

 - 6 template documents, 7,787 source words, 9 languages = 70,083 words
 - $0.21/word (translation + independent review + DTP), total $%s
 - Delivery: 15 business days from PO; consent forms first (day 8)
 - Glossary from the SAMC termbase will be applied; one round of client review included

These are blank templates only, no patient-specific content, so standard (non-rush) workflow.

PO can reference Q-2024-0077. Valid 60 days.

Priya Raman
Translation Project Manager
Harborline Language Services""" % ("{:,.2f}".format(total))
    return "", mk(PRIYA, BETH, "Quote Q-2024-0077 - vital documents refresh (9 languages)", d, body,
                  atts=[("Q-2024-0077.csv", csv_text(rows), "text/csv")])

# ================================================================ CLEAN: news
@gen("clean", "news")
def news1():
    d = D(5, 1, 8, 0)
    body = """THE HARBORLINE BRIDGE - May 2024 staff & interpreter newsletter

NEW LANGUAGES ON VIDEO
Starting May 15, our video queue adds Mam and K'iche' (Mayan languages of Guatemala) through our partner network, 9am-5pm weekdays. Providers asking for "Spanish" for Guatemalan patients should be prompted to confirm the patient's preferred language - many patients are more comfortable in their first language.

INTERPRETER SPOTLIGHT: JEAN-ROBERT AUGUSTE
Jean-Robert has been with Harborline for 6 years and covers Haitian Creole and French across all three hospital partners. He mentors our new Creole interpreters and co-wrote our Creole glossary for oncology. Outside work he coaches a youth soccer team in Mattapan. Mèsi JR!

CE CORNER
 - May 16, 12-1pm: "Interpreting for palliative care conversations" (1.0 CCHI CE hour)
 - May 30, 12-1pm: "Sight translation of consent forms: when to say no" (1.0 CE hour)
Register in the training portal.

BY THE NUMBERS (April)
 14,870 encounters | 62 languages | 97% on-site fill rate | 241 translated documents

REMINDERS
 - Summer parking at SAMC Garage C is changing (see Beth's email of 4/22)
 - Timesheets due by the 2nd business day of the month

Have a story or a photo for next month? Send it to newsletter@harborlinelang.com.
"""
    html = html_of(body, "Georgia, serif").replace("<body", '<body bgcolor="#f5f7fa"')
    return "", mk("The Harborline Bridge <newsletter@%s>" % AG, "all-staff@%s" % AG,
                  "The Harborline Bridge - May 2024", d, body, html=html,
                  atts=[("harborline_header.png", LOGO, "image/png")])

@gen("clean", "news")
def news2():
    d = D(3, 20, 10, 15)
    body = """MA Office of Health Equity - Language Access Data Brief, March 2024
(distributed to health care language access partners)

Key findings from the 2022 American Community Survey 5-year estimates and state hospital reporting:

 - 9.4% of state residents age 5+ report speaking English less than "very well" (limited English proficiency, LEP), up from 8.9% in 2017.
 - The five most common non-English languages among LEP residents are Spanish (43%), Portuguese (12%), Chinese languages (9%), Haitian Creole (7%) and Vietnamese (5%).
 - Acute care hospitals reported 2.1 million interpreted encounters in FY2023, a 14% increase over FY2022. Video remote interpreting accounted for 46% of encounters, on-site 31%, telephone 23%.
 - 71% of hospitals reported translating discharge instructions into at least 5 languages; 29% into 10 or more.
 - Hospitals identified Dari, Pashto, Amharic, Tigrinya and Mayan languages as the hardest to staff for on-site requests.

Recommendations include routine collection of preferred language at registration, tracking of interpreter use by encounter, and prioritizing translation of consent forms and medication instructions.

Full report and county tables: health-equity.example.org/lep-2024"""
    return "", mk("Office of Health Equity <ohe-bulletin@health-equity.example.org>",
                  "language-access-partners@lists.health-equity.example.org",
                  "Data brief: Language access in MA health care, March 2024", d, body)

@gen("clean", "news")
def news3():
    d = D(4, 2, 9, 30)
    body = """Is your clinic still waiting 3 minutes for a phone interpreter?

Harborline Video Interpreting connects your care team to a qualified medical interpreter in under 30 seconds for Spanish, Portuguese, Haitian Creole, Vietnamese, Mandarin, Cantonese, Arabic, Russian and Somali - and to 200+ languages including ASL in under 2 minutes.

 * Works on the devices you already have (iPad, laptop, Epic-integrated launch)
 * Every interpreter trained in medical terminology, HIPAA privacy and interpreter ethics
 * Per-minute pricing, no monthly minimums for clinics under 5 providers
 * Real-time usage reports by department

"Our average wait for an interpreter went from 4 minutes to 22 seconds, and our nurses stopped using family members to interpret." - Nurse Manager, community health center, Worcester County

Book a 15-minute demo: harborlinelang.com/demo
Or call 617-555-0148 and ask for client services.

Harborline Language Services, 1140 Wharf Street, Suite 300, Port Calder, MA 02199
You received this because you attended our booth at the 2024 Community Health Center Conference. Unsubscribe: harborlinelang.com/unsub"""
    html = ('<html><body style="font-family:Arial,sans-serif;max-width:600px">'
            '<h2 style="color:#125c8c">Is your clinic still waiting 3 minutes for a phone interpreter?</h2>'
            + html_of(body).split("<body", 1)[1].split(">", 1)[1])
    return "", mk("Harborline Language Services <hello@%s>" % AG, "Clinic Managers <clinic-leads@lists.%s>" % AG,
                  "Interpreters in under 30 seconds - book a demo", d, body, html=html)

@gen("clean", "news")
def news4():
    d = D(2, 6, 7, 0)
    body = """NEW ENGLAND MEDICAL INTERPRETERS GUILD - Member Bulletin #2024-02

1. Annual conference: "Voice, Ethics, Access" - October 18-19, Providence. Call for presentations closes April 30. Tracks: mental health interpreting, pediatric settings, remote interpreting ergonomics, Indigenous languages of Latin America.

2. Advocacy: the Guild submitted comments supporting the proposed state rule requiring qualified interpreters (not family members or minors) for informed consent discussions. Read our letter on the member site.

3. Rates survey: thank you to the 412 members who responded. Median reported contractor rate for on-site medical interpreting in the region: $52/hour (Spanish), $60/hour (languages of lesser diffusion), $75/hour (ASL). Full breakdown in the members area.

4. Self-care: free peer support circles for interpreters working in oncology, palliative care and trauma, first Tuesday of each month, virtual.

5. Welcome to our 38 new members this quarter!

NEMIG | nemig.example.org | You are receiving this as a Guild member."""
    return "", mk("NEMIG Bulletin <bulletin@nemig.example.org>", "lucia.ferreyra@%s" % AG,
                  "NEMIG Member Bulletin - February 2024", d, body)

@gen("clean", "news")
def news5():
    d = D(3, 5, 14, 20)
    body = """Sharing for the committee's reading list - a nice summary of the evidence on professional interpreters and outcomes. All aggregate/published data.

Research roundup (from the Journal of Health Care Language Access, Vol 12 Issue 1):

 - A multi-site cohort of 18,000 adult discharges found LEP patients who received professional interpretation at both admission and discharge had a 30-day readmission rate of 12.1%, versus 16.4% for LEP patients with no documented interpreter use (adjusted OR 0.71).
 - In pediatric EDs, use of ad hoc interpreters (family, bilingual staff without testing) was associated with twice the rate of clinically significant interpretation errors compared with professional interpreters.
 - Video vs. on-site: no significant difference in patient-reported comprehension for routine visits; on-site preferred by patients for end-of-life and mental health conversations.
 - Length of stay for LEP patients was 0.75 to 1.5 days longer in hospitals without a formal language services program.

Limitations noted: documentation of interpreter use in EHRs is inconsistent, which likely underestimates effects.

Omar Siddiqui
Manager, Interpreter Services, Riverbend Health System"""
    return "", mk(OMAR, "Language Access Committee <lac@riverbendhealth.org>",
                  "FW: research roundup - interpreters and readmissions", d, body)

@gen("clean", "news")
def news6():
    d = D(9, 26, 8, 45)
    body = """SAMC Language Services Bulletin - September 2024

Happy International Translation Day (September 30)!

This month we celebrate the 60+ interpreters and translators - staff and agency partners - who help our patients and families every day. Stop by the Wellness Pavilion lobby on Monday 9/30, 11am-2pm, for coffee, pastries and a photo wall of "hello" in 40 languages.

What's new:
 - "I Speak" cards are now in every registration area in 24 languages. Patients can point to their language and registration will request an interpreter.
 - The discharge instruction templates are now available in 9 languages in the EHR (Spanish, Portuguese, Haitian Creole, Vietnamese, Chinese, Arabic, Russian, Somali, Korean).
 - Reminder: family members, friends and minors should not be used as interpreters for clinical conversations. Use the VRI cart (ext 4-7700) or call us.

Quarterly numbers (Jul-Sep): 11,205 interpreted encounters, 54 languages, 96% of on-site requests filled.

Beth Carrow, CMI and the Language Services team"""
    return "", mk(SALANG, "SAMC All Staff <allstaff@staurelian.org>", "Language Services Bulletin - Sept 2024",
                  d, body, html=html_of(body), cc="samc-lang-vendors@staurelian.org")

# ================================================================ CLEAN: staff
@gen("clean", "staff")
def staff1():
    d = D(5, 31, 15, 0)
    body = """Weekend on-site/VRI roster - Sat 6/1 & Sun 6/2

SATURDAY 6/1
  07:00-15:00  Lucia Ferreyra, CHI-Spanish ......... SAMC on-site (ED/L&D)
  07:00-15:00  Hoa Nguyen, CoreCHI ................. VRI hub (Vietnamese/Cantonese backup)
  11:00-19:00  Jean-Robert Auguste, CoreCHI ........ Riverbend on-site
  15:00-23:00  Maricel Santos, CoreCHI ............. VRI hub
  On-call (phone): Khadija Abdi (Somali) 617-555-0124

SUNDAY 6/2
  07:00-15:00  Rania Khoury, CMI-Arabic ............ VRI hub
  09:00-17:00  Paulo Andrade (contract) ............ Riverbend on-site (Portuguese)
  15:00-23:00  Lucia Ferreyra, CHI-Spanish ......... SAMC on-site
  On-call (phone): Svetlana Morozova (Russian) 617-555-0131

Supervisor on call: Denise Okafor 617-555-0109 (Sat), Marco Villanueva 617-555-0110 (Sun)

Swaps need to go through Denise by Friday 5pm. Have a good weekend!"""
    return "", mk(DENISE, "interpreters@%s" % AG, "Weekend roster 6/1-6/2", d, body)

@gen("clean", "staff")
def staff2():
    d = D(6, 25, 11, 30)
    body = """Hi everyone,

Payroll reminders for the end of the quarter:

 - June timesheets are due in the portal by Tuesday 7/2 at noon. Staff interpreters: make sure VRI hub hours and on-site hours are on separate lines.
 - Mileage reimbursement: submit the mileage log with start/end addresses of each assignment (facility addresses only). Rate is $0.67/mile. Anything older than 60 days can't be reimbursed.
 - Parking receipts: photos are fine, one PDF per month please.
 - Contractors: invoices for June services due by 7/5 to ap@harborlinelang.com. Payments go out on the 15th.
 - July 4th is a paid holiday for staff. If you're scheduled on the VRI hub that day, holiday pay is 1.5x.

Direct deposit changes must be made by 6/28 to take effect for the 7/15 payroll.

Thanks!
Helen

Helen Abara
HR & Payroll Manager
Harborline Language Services
(617) 555-0148 x205

""" + AG_DISC
    return "", mk(HELEN, "all-staff@%s" % AG, "Payroll: end-of-quarter reminders (timesheets due 7/2)", d, body)

@gen("clean", "staff")
def staff3():
    d = D(4, 26, 16, 10)
    body = """Hi all!!

As most of you know, Friday 5/10 is Ana Costa's last day with us after 8 years on the scheduling desk (she's moving to Lisbon to be closer to family - so jealous). 

We're doing a potluck in the big conference room on Thursday 5/9 from 12-2. Sign up sheet is on the kitchen fridge, or just reply to me with what you're bringing. So far we have pastel de nata (Paulo), pancit (Maricel), sambusa (Khadija) and JR is bringing his famous diri ak djon djon.

There's also a card going around, and we're collecting for a gift (suggested $10, Venmo or cash to me).

Interpreters in the field that day, stop by between assignments if you can!

Marco"""
    return "", mk(MARCO, "all-staff@%s" % AG, "Farewell potluck for Ana - Thurs 5/9", d, body,
                  html=html_of(body, "Verdana, sans-serif"))

@gen("clean", "staff")
def staff4():
    d = D(6, 28, 17, 5)
    body = """After-hours phone line on-call - July 2024

Week of      Primary (6pm-11pm)           Overnight (11pm-7am)        Supervisor backup
7/1-7/7      Jean-Robert Auguste x4411    Hoa Nguyen x4412            Denise Okafor 617-555-0109
7/8-7/14     Lucia Ferreyra x4413         Maricel Santos x4414        Marco Villanueva 617-555-0110
7/15-7/21    Khadija Abdi x4415           Rania Khoury x4416*         Denise Okafor
7/22-7/28    Hoa Nguyen x4412             Jean-Robert Auguste x4411   Tomasz Wisniewski 617-555-0107
7/29-8/4     Maricel Santos x4414         Lucia Ferreyra x4413        Marco Villanueva

* Rania is VRI/phone only in July-August per her schedule.

Forwarding numbers update automatically at 6pm. If you can't take your week, find a swap and tell scheduling by the Thursday before."""
    return "", mk(SCHED, "interpreters@%s" % AG, "July on-call schedule - after-hours line", d, body,
                  atts=[("oncall_july2024.csv", csv_text([[x.strip() for x in l.split("  ") if x.strip()]
                                                           for l in body.split("\n")[2:8]]), "text/csv")])

@gen("clean", "staff")
def staff5():
    d = D(4, 30, 10, 44)
    body = """Hi Beth and Omar,

Heads up that Khadija Abdi will be out of the office May 6 through May 17 (personal leave). She'll be back on Monday 5/20.

For Somali during those two weeks:
 - On-site: Abdirizak Yusuf (contract, CoreCHI) will cover SAMC Tue/Thu and Riverbend Mon/Wed/Fri.
 - VRI/phone: Somali queue is staffed normally through our partner network.
 - Recurring Somali bookings at Riverbend stay on the schedule and move to Abdirizak.

If you need a female Somali interpreter on-site during that window, please give us 48 hours' notice so we can arrange it through the partner network.

Thanks,
Denise

Denise Okafor
Scheduling Supervisor
Harborline Language Services
(617) 555-0148 x210"""
    return "", mk(DENISE, "%s, %s" % (BETH, OMAR), "Somali coverage May 6-17", d, body)

@gen("clean", "staff")
def staff6():
    d = D(3, 7, 13, 12)
    body = """Welcome to the team, Widlyne!

Please join me in welcoming Widlyne Charles, our new staff interpreter for Haitian Creole and French. Widlyne holds the CoreCHI credential and comes to us from a community health center in Brockton where she was a bilingual medical assistant for five years.

Her first two weeks:
 - 3/11-3/12: orientation with Helen (HR, payroll, IT setup, badge photos at SAMC and Riverbend)
 - 3/13-3/15: shadowing Jean-Robert on-site at Riverbend (Cancer Center, Women's, ED)
 - 3/18-3/19: VRI hub training with Jules (platform, protocols, documentation)
 - 3/20-3/22: shadowing at SAMC, then solo assignments with JR as her point person

Her email is wcharles@harborlinelang.com and her desk is next to the VRI hub.

Byenvini, Widlyne!

Tomasz"""
    return "", mk(TOMASZ, "all-staff@%s" % AG, "Welcome Widlyne Charles (Haitian Creole/French)", d, body)

@gen("clean", "staff")
def staff7():
    d1 = D(2, 12, 8, 55)
    d2 = D(2, 12, 9, 20)
    body = """ok thanks, I'll move Paulo's 1pm Riverbend to Lucia (she's Portuguese-certified too) and ask the clinic if they're ok with VRI for the 3:30.

M

""" + wrote(d1, "Denise Okafor <dokafor@harborlinelang.com>") + "\n" + quote("""Marco - Paulo called, his kid's daycare closed for the snow so he can only do the morning today. Can you reshuffle his afternoon? He's fine doing VRI from home after 1 if we need him.

Also reminder that the office closes at 3 today because of the storm, drive safe everyone.

D""")
    return "", mk(MARCO, DENISE, "Re: Paulo this afternoon", d2, body)

# ================================================================ CLEAN: training
@gen("clean", "training")
def train1():
    d = D(2, 1, 10, 0)
    script = """ROLE-PLAY 4B - Emergency Department, abdominal pain (FICTITIOUS SCENARIO)
For use in the 40-hour medical interpreter course, Module 4. All names and details are invented.

Roles: Provider (Dr. Sample), Patient ("Maria Ejemplo", 34), Interpreter (trainee)

PROVIDER: Hi, I'm Dr. Sample. What brings you in today?
PATIENT: Me duele mucho aquí, del lado derecho, desde anoche.
PROVIDER: On a scale of 0 to 10, how bad is the pain?
PATIENT: Como un ocho. Y vomité dos veces.
PROVIDER: Any chance you could be pregnant?
PATIENT: (pauses) No sé... mi periodo está atrasado.
PROVIDER: We'll do a urine test and an ultrasound. ...

Trainer notes: watch for (1) first-person interpretation, (2) managing the pause without adding words, (3) register - "atrasado" vs "late", (4) intervention if the provider uses "NPO" without explaining."""
    body = """Hi trainees,

Attached is the role-play for Thursday's session. Please read it through once in both directions; we will rotate roles in groups of three. The scenario is fictitious - please do not bring real cases from your work into the role-plays.

Bring your glossary notebooks.

Jules Bernard
Quality & Training Lead"""
    return "", mk(JULES, "training-cohort-24a@%s" % AG, "Role-play 4B for Thursday (ED scenario)", d, body,
                  atts=[("RolePlay_4B_ED_fictitious.docx", docx(script.split("\n")),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

@gen("clean", "training")
def train2():
    d = D(2, 8, 16, 30)
    body = """Module 5 terminology quiz - cardiology & diabetes (Spanish)
20 minutes, open glossary not allowed. Answers at the bottom - no peeking!

1. atrial fibrillation
2. blood thinner
3. stress test
4. shortness of breath
5. fasting blood sugar
6. swelling in the ankles
7. pacemaker
8. heart attack
9. insulin pen
10. "take one tablet by mouth twice a day with food"

Bonus: how would you handle a provider who says "we'll titrate your metoprolol"?

...
...
...

Answers: 1. fibrilación auricular  2. anticoagulante ("medicina para hacer la sangre más fina" as a patient-friendly explanation, only if the provider agrees)  3. prueba de esfuerzo  4. falta de aire / dificultad para respirar  5. glucosa (azúcar) en ayunas  6. hinchazón en los tobillos  7. marcapasos  8. ataque al corazón / infarto  9. pluma de insulina  10. "tome una tableta por vía oral dos veces al día con comida"
Bonus: interpret "titrate" faithfully and, if needed, intervene to ask the provider to clarify for the patient ("ajustar la dosis poco a poco")."""
    return "", mk(JULES, "training-cohort-24a@%s" % AG, "Module 5 terminology quiz (Spanish) + answer key", d, body,
                  cte="quoted-printable")

@gen("clean", "training")
def train3():
    d = D(5, 2, 17, 40)
    body = """UAT script - HLSBOOK 4.3 (scheduling platform upgrade) - round 2

Environment: https://uat-book.harborlinelang.com  (UAT only - do NOT use production)
Testers: Marco, Ana, Denise. Log results in the UAT tracker (tab "Round 2").

Use ONLY these test records:
  TEST, PATIENTONE    MRN 99900001  DOB 01/01/1900  Lang SPA  Facility "UAT Clinic A"
  TEST, PATIENTTWO    MRN 99900002  DOB 01/01/1900  Lang SOM  Facility "UAT Clinic B"
  ZZTEST, INTERP      Interpreter ID HL-9999

Cases
 TC-01  Create on-site booking for PATIENTONE, 2 hrs, Spanish. Expect: conf # generated, interpreter match list shows HL-9999 only.
 TC-02  Cancel TC-01 booking with 23h notice. Expect: late-cancel flag = Y, billable minimum applied.
 TC-03  Import sample SIU^S12 (file uat_siu_01.hl7, fake data) for PATIENTTWO. Expect: booking created, location mapped to UAT Clinic B.
 TC-04  Import SIU with unmapped location. Expect: message held, alert email to it-support.
 TC-05  Run "daily board" export. Expect: CSV with test rows only.
 TC-06  Invoice preview for UAT Clinic A. Expect: 2-hr minimum line for TC-02.

Sign-off needed by 5/9 for the 5/18 cutover.

- Harborline IT"""
    return "", mk("Harborline IT <it-support@%s>" % AG, "%s, %s, Ana Costa <acosta@%s>" % (MARCO, DENISE, AG),
                  "UAT round 2 - HLSBOOK 4.3 test script", d, body,
                  atts=[("uat_siu_01.hl7",
                         ("MSH|^~\\&|UAT|UATCLINIC|HLSBOOK|HARBORLINE|20240502120000||SIU^S12|UAT0001|T|2.5.1\r"
                          "SCH|UAT-A1|UAT-A1|||||ROUTINE||60|MIN|^^60^20240510090000^20240510100000\r"
                          "PID|1||99900002^^^UAT^MR||TEST^PATIENTTWO||19000101|U\r"
                          "OBX|1|CE|LANG^Preferred language||SOM^Somali\r"
                          "AIL|1||UATB^^^UATCLINIC\r").encode(), "application/octet-stream")])

@gen("clean", "training")
def train4():
    d = D(3, 14, 12, 15)
    body = """Ethics discussion - case for next Tuesday's staff meeting (de-identified, composite)

An interpreter is assigned to a routine follow-up visit for an older adult. Before the provider enters, the patient asks the interpreter, in their shared language, whether the interpreter can "help make the doctor understand" that the patient stopped taking a medication months ago because of side effects, but doesn't want the doctor to be upset. The patient also asks the interpreter not to mention it to the adult daughter, who is in the waiting room.

Questions to discuss:
 1. What does the interpreter say to the patient while alone? (NCIHC standards: transparency, role boundaries)
 2. Should the interpreter be alone with the patient at all before the visit? What's our policy?
 3. When the provider enters, how does the interpreter handle the pre-session conversation?
 4. What, if anything, changes if the medication is a blood thinner vs. a vitamin?

This case is a composite built from several common situations; it does not describe any real patient or visit. Please don't add details from your own assignments in the discussion.

Jules"""
    return "", mk(JULES, "interpreters@%s" % AG, "Ethics case for Tuesday", d, body)

@gen("clean", "training")
def train5():
    d = D(4, 4, 9, 5)
    sample = ["SAMPLE - FOR TRAINING ONLY - FICTITIOUS PATIENT",
              "Riverbend Health System - Discharge Instructions (sight translation practice)",
              "Patient: SAMPLE, JANE   MRN: 000000000   DOB: XX/XX/XXXX",
              "",
              "You had surgery to remove your appendix (laparoscopic appendectomy).",
              "Keep your incisions clean and dry. You may shower after 48 hours.",
              "Do not lift more than 10 pounds for 2 weeks.",
              "Take acetaminophen 650 mg every 6 hours as needed for pain. Do not take more than",
              "3,000 mg in 24 hours.",
              "Call your surgeon if you have a fever over 101 F, redness or drainage from the",
              "incisions, or pain that gets worse.",
              "Follow-up: General Surgery Clinic in 2 weeks. Call 617-555-0000 to schedule."]
    body = """Hi all,

For Friday's sight translation practice: the attached discharge instructions are a sample document (fictitious patient, placeholder MRN/DOB). Time yourself - target is under 4 minutes, then we'll compare how each of you handled "as needed", the dose limit, and "drainage".

Reminder of our policy: sight translation of short documents during a session is OK; anything longer than a page or any consent form should be sent for written translation.

Jules"""
    return "", mk(JULES, "training-cohort-24a@%s" % AG, "Sight translation practice - Friday", d, body,
                  atts=[("SAMPLE_discharge_appendectomy.pdf", pdf(sample, "SAMPLE discharge"), "application/pdf")])

@gen("clean", "training")
def train6():
    d = D(6, 10, 14, 0)
    body = """Hi everyone,

Materials for the June CE webinar "Interpreting in behavioral health settings" (1.5 CCHI CE hours, ACCME not applicable) are posted in the training portal:

 - Slides (PDF, 38 pp)
 - Pre-reading: NCIHC "Standards of Practice" sections on accuracy and impartiality; the article "Interpreting for suicide risk assessments: first-person vs. third-person" (J. Interp. Stud., 2021)
 - Glossary handout: PHQ-9 and GAD-7 items in Spanish, Portuguese, Haitian Creole, Vietnamese and Arabic (published validated versions)
 - Self-care and vicarious trauma worksheet

Session: Thursday June 20, 12:00-1:30. The post-webinar quiz (10 questions, 80% to pass) unlocks at 1:30 and closes June 27. Certificates are issued automatically.

Jules Bernard
Quality & Training Lead
Harborline Language Services"""
    return "", mk(JULES, "interpreters@%s" % AG, "June CE webinar: behavioral health interpreting - materials", d, body,
                  html=html_of(body))

# ================================================================ main
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
            ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
            ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
            ("clean", "staff"): 7, ("clean", "training"): 6}

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in GENERATORS:
        patient, msg = fn()
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, patient if label == "phi" else ""])
    assert counts == EXPECTED, counts
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counts.items():
        print("%s-%s: %d" % (label, kind, n))
        total += n
    print("total: %d" % total)

if __name__ == "__main__":
    main()
