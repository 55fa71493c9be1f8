#!/usr/bin/env python3
"""Generate a blind evaluation set of outpatient-imaging e-mail (invented data).

Usage: python3 gen.py OUTDIR
"""
import sys, os, csv, io, random, zipfile, zlib, struct, datetime, json
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8601
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

# ----------------------------------------------------------------- helpers
EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def dt(y, m, d, h=9, mi=0, s=None):
    tz = EDT if 3 < m < 11 else EST
    if s is None:
        s = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, s, tzinfo=tz)


def on_wrote(d, who, style="gmail"):
    """Attribution line for a quoted reply."""
    if style == "gmail":
        hr = d.strftime("%I").lstrip("0")
        return "On %s, %s at %s:%s %s, %s wrote:" % (
            d.strftime("%a"), d.strftime("%b %d, %Y").replace(" 0", " "), hr,
            d.strftime("%M"), d.strftime("%p"), who)
    if style == "outlook":
        return "-----Original Message-----"
    return "On %s %s wrote:" % (d.strftime("%m/%d/%Y %H:%M"), who)


def outlook_hdr(frm, to, d, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subj
    return s


def fwd_hdr(frm, to, d, subj):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
            % (frm, d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), subj, to))


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n")) + "\n"


def msgid(domain):
    return "<%012x.%05d@%s>" % (random.getrandbits(48), random.randint(0, 99999), domain)


def dom(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1]


def build(frm, to, subj, date, body, cc=None, html=None, atts=(), hdrs=None,
          reply_to=None, in_reply=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(dom(frm))
    if in_reply:
        m["In-Reply-To"] = in_reply
        m["References"] = in_reply
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (hdrs or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, data, ctype = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str) and maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=fname)
        elif isinstance(data, str):
            m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype,
                             filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def html_wrap(body_html, footer=""):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">%s%s</body></html>" % (body_html, footer))


def txt2html(t):
    import html as _h
    paras = t.strip().split("\n\n")
    return "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in paras)


# ------------------------------------------------------- file builders
ZDT = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return bio.getvalue()


def _xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _xesc(v)))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xesc(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % "".join(ps))
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


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 750
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (KVI DocPrint 2.1) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(w=120, h=40, bg=(255, 255, 255), fg=(30, 90, 140), bar=True):
    """A plain logo (coloured band) or blank page; valid PNG via zlib+struct."""
    raw = bytearray()
    for yy in range(h):
        raw.append(0)
        for xx in range(w):
            if bar and (h // 4 <= yy < 3 * h // 4) and (w // 10 <= xx < w // 10 + h // 2):
                raw += bytes(fg)
            elif bar and yy in (h // 2,) and xx >= w // 10 + h // 2 + 4:
                raw += bytes(fg)
            else:
                raw += bytes(bg)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def make_ics(summary, start, end, location, desc, uid_dom="kestrelvalleyimaging.com"):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KVI//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%08x@%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (random.getrandbits(32), uid_dom, start.strftime(f), start.strftime(f),
               end.strftime(f), summary, location, desc.replace("\n", "\\n")))


# ------------------------------------------------------- organisation
ORG = "Kestrel Valley Imaging"
D = "kestrelvalleyimaging.com"

S = {  # staff: (display, email, title)
    "dana": ("Dana Whitfield", "dwhitfield@" + D, "Scheduling Supervisor"),
    "marisol": ("Marisol Ortega", "mortega@" + D, "Prior Authorization Specialist"),
    "kevin": ("Kevin Tran", "ktran@" + D, "Lead MRI Technologist, RT(R)(MR)"),
    "beth": ("Beth Lindqvist", "blindqvist@" + D, "RN, Interventional Radiology"),
    "rao": ("Anand Rao", "arao@" + D, "MD, Body Imaging & IR"),
    "houghton": ("Claire Houghton", "choughton@" + D, "MD, Director of Breast Imaging"),
    "tonya": ("Tonya Becker", "tbecker@" + D, "Breast Imaging Patient Navigator"),
    "greg": ("Greg Sullivan", "gsullivan@" + D, "PACS / RIS Administrator"),
    "renee": ("Renee Morales", "rmorales@" + D, "Release of Information Specialist"),
    "phil": ("Phil Jacobs", "pjacobs@" + D, "Revenue Cycle Manager"),
    "shauna": ("Shauna Price", "sprice@" + D, "Practice Administrator"),
    "omar": ("Omar Haddad", "ohaddad@" + D, "CT Lead Technologist, RT(R)(CT)"),
    "fischer": ("Lena Fischer", "lfischer@" + D, "MD, Neuroradiology / NightRead"),
    "jasmine": ("Jasmine Cole", "jcole@" + D, "Patient Access Rep, Elm Street"),
    "nadia": ("Nadia Petrova", "npetrova@" + D, "Lead Sonographer, RDMS RVT"),
    "carla": ("Carla Benson", "cbenson@" + D, "HR Generalist"),
    "luis": ("Luis Ferreira", "lferreira@" + D, "Patient Access Rep, Northgate"),
    "ming": ("Ming Zhao", "mzhao@" + D, "Interpreter Services Coordinator"),
}


def A(k):
    n, e, _ = S[k]
    return "%s <%s>" % (n, e)


def SIG(k, phone=True, site=None):
    n, e, t = S[k]
    s = "\n%s\n%s\n%s" % (n, t, ORG)
    if site:
        s += " | " + site
    if phone:
        s += "\nP 555-410-%04d | F 555-410-%04d" % (random.randint(2000, 2999), random.randint(3000, 3999))
    return s + "\n"


DISC = [
    ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
     "intended recipient(s) and may contain confidential information. Any unauthorized review, use, "
     "disclosure or distribution is prohibited. If you are not the intended recipient, please "
     "contact the sender by reply e-mail and destroy all copies of the original message."),
    ("This message is intended only for the addressee and may contain information that is "
     "privileged or confidential. If you received it in error please notify the sender and delete it."),
    ("The information in this transmission is confidential and intended only for the recipient "
     "named above. Kestrel Valley Imaging, 2200 Orchard Parkway, Suite 100."),
]


def disc(i=None):
    return "\n" + (DISC[i] if i is not None else random.choice(DISC)) + "\n"


SITES = {
    "riv": "Riverside MRI Center, 418 Riverside Dr",
    "elm": "Elm Street Women's Imaging, 77 Elm St",
    "ng": "Northgate CT, Ultrasound & IR, 1500 Northgate Blvd Bldg C",
}

REGISTRY = []  # (label, kind, msg, patient_name)


def add(label, kind, msg, patient=""):
    REGISTRY.append((label, kind, msg, patient))


# =================================================================== PHI: care
def care_1():
    d = dt(2024, 3, 4, 10, 12)
    body = """Hi Tricia,

Got Mr. Delgado (Ramon) on the books for Tuesday 3/12 at 7:40am at Riverside. His daughter Lucia
is driving him and she asked if he can have the first slot so she can still get to work, so that's
why it's so early. I told her to have him there by 7:10 to do paperwork and get the IV started.

Two things I still need from your side:
 - the order with Dr. Abeles' signature (the one we got Friday is unsigned)
 - his current med list, the one in our system is from 2021

He said he'd bring his own headphones, I told him that's fine.

Thanks!
""" + SIG("dana", site="Riverside") + disc(0)
    add("phi", "care", build(A("dana"), "Tricia Vaughn <tvaughn@maplehollowfm.com>",
                             "Delgado - Tues 3/12 7:40 Riverside", d, body), "Ramon Delgado")


def care_2():
    d = dt(2024, 4, 16, 21, 47)
    body = """Hello,

My mother Evelyn Shaw is scheduled at your Elm Street office on Thursday at 1:30 for the
procedure Dr. Houghton ordered after her mammogram. I am going to bring her but I have a couple
of questions nobody could answer on the phone today.

She takes a baby aspirin every morning, does she need to stop it and for how many days? Her
regular doctor is away this week. Also she doesn't drive anymore and I work in the afternoon
- how long will she be there, and can she go right back to her apartment at Willow Court after,
or should somebody stay with her that night?

She's pretty nervous about all of it, honestly we both are. If someone could call me
at 555-302-8816 that would be great, or just reply here.

Thank you,
Karen Shaw-Ellison
"""
    add("phi", "care", build("Karen Shaw-Ellison <kshawellison@skylinemail.net>",
                             "Elm Street Scheduling <elmscheduling@" + D + ">",
                             "Question about my mother's appointment Thursday", d, body),
        "Evelyn Shaw")


def care_3():
    d = dt(2024, 5, 9, 13, 5)
    body = """Handoff for the afternoon - I'm leaving at 1:30 for the thing at my kid's school.

Bay 2 - Mr. Okafor (Chidi), Dr. Rao did his liver core at 11:40. Vitals q15 x4 done, now q30.
All stable, last BP 132/78. Site dry, small amount of serous on the gauze at 12:50, circled it.
Has had crackers and juice, tolerated fine. Wife (Ngozi) is in the waiting room, she's his ride,
cell on the whiteboard. He can go at 2:40 if site still clean, d/c sheet printed and on the
clipboard. He asked about showering - I told him tomorrow.

Bay 4 - empty, Bay 5 prepped for Mrs. Harlan's 2pm drain check, her nephew is bringing her. She
needs a wheelchair from the front door, Luis knows.

Thanks Jen!!
Beth
"""
    add("phi", "care", build(A("beth"), "Jennifer Ames <james@" + D + ">",
                             "IR recovery handoff", d, body,
                             cc=A("rao")), "Chidi Okafor")


def care_4():
    d = dt(2024, 2, 21, 11, 33)
    body = """Good morning,

Requesting a return trip for a member, details below. The original pickup was booked by the member's
care manager but the return was left "will call" and we are now finished ahead of schedule.

Member: Gloria Pennington
Plan ID: HML-55720193
Pickup from: Northgate CT, Ultrasound & IR - 1500 Northgate Blvd, Bldg C, main entrance
Pickup time: 12:15 PM today (2/21)
Drop off: 2741 Tamarack Ln Apt 6, same as morning pickup
Mobility: wheelchair, she has her own chair; needs lift-equipped van
Escort: none

She is sitting in our lobby near the pharmacy window. Please call the front desk at 555-410-2257
if the driver can't find her.

""" + SIG("luis", site="Northgate") + disc(1)
    add("phi", "care", build(A("luis"), "Rides Desk <trips@valleyridesnemt.com>",
                             "Return ride request - today 12:15 Northgate", d, body), "Gloria Pennington")


def care_5():
    d1 = dt(2024, 6, 3, 9, 2)
    d2 = dt(2024, 6, 3, 15, 41)
    orig = """Hi Hannah,

We have Liam Carter booked for his brain MRI with sedation on Wednesday 6/12 at 8:00 at Riverside.
Anesthesia asked for a few things before then:

1. Current weight (the one on the order is from last fall)
2. Any snoring, recent colds or cough - if he gets sick that week we'd rather move it
3. Nothing to eat after midnight, clear juice ok until 6am

Mom mentioned on the phone that his little sister may have to come with them. That's fine but
only one parent can come back to the induction room.

Thanks,
Kevin"""
    body = """Kevin - weight at his visit last Thurs was 19.6 kg. No cold, mom says he's been fine. I
sent her the NPO instructions again through the portal and she read them back to me. She asked
if he can bring his blanket with the dinosaurs, I said probably yes??

Hannah Glick, RN
Carver Street Pediatrics
555-388-1420

""" + on_wrote(d1, "Kevin Tran <ktran@kestrelvalleyimaging.com>") + "\n" + quote(orig)
    add("phi", "care", build("Hannah Glick <hglick@carverstpeds.com>", A("kevin"),
                             "RE: Liam C - sedation MRI 6/12", d2, body), "Liam Carter")


def care_6():
    d = dt(2024, 1, 29, 16, 20)
    body = """Kim,

Our courier dropped off the disc for Dorothy Kimura at your front desk around 3:45 today - her
knee MRI from 1/18 plus the outside films from 2019 that she brought in. Signed for by "A. Ruiz".
The final report is also in the Bayridge inbox on the portal.

She called us asking if Dr. Ostrander had it yet because her appointment with him is tomorrow
morning, so I wanted to make sure it's in his hands before then. Let me know if it doesn't
load, the viewer is on the disc.

Renee
""" + SIG("renee") + disc(0)
    add("phi", "care", build(A("renee"), "Kim Palmer <kpalmer@bayridgeortho.net>",
                             "Disc delivered - Kimura", d, body), "Dorothy Kimura")


def care_7():
    d = dt(2024, 7, 10, 7, 58)
    body = """Dana - can you call Harold Finch back before he comes in Thursday? He's on for CT
abd/pelvis w contrast 10:20 at Northgate. Last kidney labs we have are from January and he's on
metformin. He needs a fingerstick at check-in or a lab draw before, your call. Also let him know
to hold the metformin for 48 hrs after, and push fluids. His wife usually handles his meds so
maybe ask for her (Marjorie).

Sent from my iPhone
Omar"""
    add("phi", "care", build(A("omar"), A("dana"), "Finch thurs CT", d, body), "Harold Finch")


def care_8():
    d1 = dt(2024, 3, 18, 10, 5)
    d2 = dt(2024, 3, 19, 16, 52)
    orig = """Tonya, did we ever reach Priya Raman? She's the one who needs the extra views on the right side.
Her letter went out last Monday. Dr. Houghton asked me at huddle.

Jasmine"""
    body = """Not yet. Called her cell twice (Mon 10:15, today 4:30) and left messages both times, and sent
the portal message. The number on file might be her work line, voicemail says "Raman, Sterling
Actuarial". I'll try the home number in the morning and then send the certified letter Friday if
nothing. I'll put a note in her chart so whoever picks up knows to put her through to me.

Tonya Becker
Breast Imaging Patient Navigator | Elm Street Women's Imaging
555-410-2290

""" + on_wrote(d1, "Jasmine Cole") + "\n" + quote(orig)
    add("phi", "care", build(A("tonya"), A("jasmine"), "RE: callback", d2, body,
                             cc=A("houghton")), "Priya Raman")


# =================================================================== PHI: ids
def ids_1():
    d = dt(2024, 2, 7, 14, 2)
    ref = "UM%08d" % random.randint(10000000, 99999999)
    body = """BLUEWATER HEALTH PLAN - UTILIZATION MANAGEMENT NOTIFICATION

This is an automated notice. Please do not reply to this message.

Reference #:        %s
Member ID:          BWH884217603
Requesting NPI:     1487362210
Servicing facility: Kestrel Valley Imaging - Riverside
Service requested:  72148 MRI lumbar spine w/o contrast  x1
Date received:      02/05/2024
Determination:      PENDED - ADDITIONAL INFORMATION REQUIRED

Reason: Documentation of at least 6 weeks of conservative therapy (physical therapy, chiropractic
or supervised home exercise) within the past 6 months was not included. Please upload clinical
notes through the provider portal within 14 calendar days of this notice or the request will be
closed administratively.

Bluewater Health Plan | Provider Services 1-800-555-0142 | bluewaterhp.com/providers
""" % ref
    add("phi", "ids", build("Bluewater UM Notices <um-noreply@bluewaterhp.com>", A("marisol"),
                            "Authorization %s - Additional Information Required" % ref, d, body))


def ids_2():
    d = dt(2024, 4, 2, 9, 40)
    body = """Phil,

Got a call from the guarantor on acct 00483921 - says her 3/14 US (pelvic) shouldn't have gone to
her, Granite Mutual was primary on that date. Looking at it we billed Granite, they denied CO-22
(other coverage primary) because their file has her on her husband's plan through
Lakeshore Freight. She says that plan ended Dec 31.

Claim # GM24077310452, billed $486.00. I rebilled Granite with a note but they probably need
the COB update from her side first. Can we put the account on hold 30 days so she doesn't get
another statement? She's pretty upset.

-Luis
"""
    add("phi", "ids", build(A("luis"), A("phil"), "acct 00483921 - COB issue", d, body))


def ids_3():
    d = dt(2024, 5, 21, 8, 17)
    body = """Good morning,

Could you please fax over the final report for the CT abdomen done last Tuesday 5/14?
Pt MRN KV0318842, DOB 04/11/1962. We have his follow-up on Thursday and it isn't in our inbox.

Fax: 555-602-4419 attn Dr. Abeles

Thanks so much,
Jeff Carmody
Office Manager, Lindenwood Internal Medicine
"""
    add("phi", "ids", build("Jeff Carmody <jcarmody@lindenwoodim.com>",
                            "Reports Desk <reports@" + D + ">", "Report request", d, body))


def ids_4():
    d = dt(2024, 8, 3, 2, 51)
    acc = random.randint(7700000, 7799999)
    body = """NightRead discrepancy notice

Accession:     %d
Exam:          CT head w/o contrast
Site:          Harlow County Medical Center ED
Pt DOB:        01/09/1958  (F)
Prelim by:     L. Fischer MD  0114
Final by:      (pending day reader)

Comment: prelim called negative. On second look there is a small subdural along the left
tentorium, ~3mm. Called ED physician Dr. Pratt at 02:44, read back confirmed. Please make sure
the day reader addends.

-- LF
""" % acc
    add("phi", "ids", build(A("fischer"), "NightRead QA <nr-qa@" + D + ">",
                            "Discrepancy acc %d" % acc, d, body, cc=A("rao")))


def ids_5():
    d1 = dt(2024, 9, 11, 11, 20)
    d2 = dt(2024, 9, 12, 8, 45)
    orig = """Can somebody check if this one is going to be covered? Medicare says DEXA every 2 years
but she thinks her last one was at the hospital.
MBI 5TK2-QF8-WN61, ordered 77080 for 9/30."""
    body = """Checked the eligibility response - last 77080 paid for this beneficiary was DOS 11/02/2022, so
she's past the 23 months. OK to keep 9/30. No ABN needed.

Marisol

""" + on_wrote(d1, "Jasmine Cole") + "\n" + quote(orig)
    add("phi", "ids", build(A("marisol"), A("jasmine"), "RE: DEXA frequency?", d2, body))


def ids_6():
    d = dt(2024, 6, 25, 15, 10)
    body = """Dear Provider,

Granite Mutual Health has completed its review of your appeal.

Appeal Number:        APL-2024-061893
Original Claim:       GM24031988207
Member ID:            GMH-20931774-02
Date(s) of Service:   03/08/2024
Procedure:            19083 Breast biopsy w/ device, US guided, first lesion
                      76942 (bundled)
Billed:               $2,140.00

Decision: OVERTURNED. The original denial for lack of prior authorization has been reversed
because the service was performed within 10 business days of a diagnostic mammogram (BI-RADS 4)
as allowed under Section 7.3 of the provider manual. The claim will be reprocessed within 30
days. Please allow time for payment to appear on your remittance.

Provider Appeals Unit
Granite Mutual Health
PO Box 4410, Concord Station
""" + disc(1)
    add("phi", "ids", build("Granite Mutual Provider Appeals <appeals@granitemutual-health.com>",
                            A("phil"), "Appeal Decision APL-2024-061893", d, body))


def ids_7():
    d = dt(2024, 10, 14, 12, 3)
    body = """Hi Renee,

I have a walk-in at the Elm St desk asking for copies of her images, but she doesn't have her ID
with her (she says it's in the car with her husband). She gave me DOB 07/22/1979 and last four
of SSN 4821 and both match the account. Mammo from 9/2024 and the breast ultrasound from the
same day. She wants them on disc today. Is that enough to release or do I need the photo ID
before I burn them?

Jasmine
Elm Street front desk x2257
"""
    add("phi", "ids", build(A("jasmine"), A("renee"), "ID verification for disc request", d, body))


def ids_8():
    d = dt(2024, 11, 6, 10, 28)
    body = """Good morning,

Sentinel Casualty has authorized the following for our claimant. Please schedule and send the
report directly to me and to the treating physician. Do not bill the claimant.

Claim No.:     WC-24-118806
Employer:      Ridgeline Distribution LLC
Date of injury: 09/27/2024
Authorized:    MRI right shoulder w/o contrast (73221), 1 study
Auth valid:    11/06/2024 - 12/06/2024
Bill to:       Sentinel Casualty, Attn WC Medical Bills, PO Box 7711

Claimant can be reached at 555-219-6643. Spanish-speaking; please arrange an interpreter.

Regards,

Dale Whitcombe
Senior Claims Adjuster, Workers' Compensation
Sentinel Casualty Insurance Co.
555-700-3312 | fax 555-700-3399
"""
    add("phi", "ids", build("Dale Whitcombe <dwhitcombe@sentinelcasualty.net>",
                            "Scheduling <scheduling@" + D + ">",
                            "WC-24-118806 authorization - MRI shoulder", d, body))


# =================================================================== PHI: lang
def lang_1():  # Spanish, staff reply with quoted patient message
    d1 = dt(2024, 3, 8, 18, 22)
    d2 = dt(2024, 3, 11, 9, 14)
    orig = """Buenas tardes,

Me llamo Rosa Villanueva, tengo una cita para la resonancia de la rodilla izquierda el jueves 14
a las 10:00 en Riverside. No voy a poder ir porque mi hijo trabaja ese dia y no tengo quien me
lleve. ¿Me la pueden cambiar para la otra semana, de preferencia en la tarde?

Mi fecha de nacimiento es 3 de mayo de 1958.
Gracias,
Rosa"""
    body = """Buenos días Sra. Villanueva,

Ya le cambié la cita. Ahora es el miércoles 20 de marzo a las 3:15 de la tarde, en el mismo lugar
(Riverside MRI Center, 418 Riverside Dr). Por favor llegue 20 minutos antes y no traiga joyas ni
nada de metal. Si su seguro le pide una nueva autorización nosotros nos encargamos.

Si necesita transporte, su plan Harborline le puede mandar un carro gratis; llame al número que
está atrás de su tarjeta por lo menos 3 días antes.

Saludos,
Luis Ferreira
Kestrel Valley Imaging
555-410-2257

""" + on_wrote(d1, "Rosa Villanueva <rosavilla58@postbox-mail.com>") + "\n" + quote(orig)
    add("phi", "lang", build(A("luis"), "Rosa Villanueva <rosavilla58@postbox-mail.com>",
                             "RE: cambio de cita resonancia", d2, body), "Rosa Villanueva")


def lang_2():  # Vietnamese
    d = dt(2024, 5, 2, 20, 3)
    body = """Chào chị,

Em là con gái của bà Trần Thị Hoa (ngày sinh 12/08/1961). Mẹ em mới nhận được thư của bên mình
nói là cần quay lại chụp nhũ ảnh thêm và siêu âm vú bên trái. Mẹ em không nói được tiếng Anh nên
em muốn hỏi mấy việc:

1. Bên mình có thông dịch viên tiếng Việt không ạ?
2. Mẹ em có thể đi vào sáng thứ Bảy được không? Ngày thường em phải đi làm, không chở mẹ được.
3. Có cần mang theo phim chụp năm ngoái ở bệnh viện Saint Brendan không?

Mẹ em lo lắm, cứ hỏi em hoài. Mong chị gọi lại giúp em, số của em là 555-231-0967.

Cảm ơn chị nhiều.
Linh Nguyễn
"""
    add("phi", "lang", build("Linh Nguyen <linh.nguyen.86@skylinemail.net>",
                             "Elm Street Women's Imaging <elmscheduling@" + D + ">",
                             "Hỏi về lịch chụp lại cho mẹ", d, body), "Trần Thị Hoa")


def lang_3():  # Chinese
    d = dt(2024, 11, 4, 10, 37)
    body = """您好，

我叫王建国，出生日期1955年6月2日。我上个月（10月8日）在你们Northgate中心做了胸部CT，
医生说肺上有个小结节，要三个月后再复查。

我下个月要回国看病，想把这次CT的影像刻成光盘，还需要一份英文报告。请问：
1. 需要填什么表格？可以用邮件发给我吗？
2. 我女儿王丽可以代我去取吗？
3. 要收费吗？

谢谢！

王建国
电话：555-647-2283
"""
    add("phi", "lang", build("Jianguo Wang <jgwang1955@inboxly.net>",
                             "Medical Records <records@" + D + ">",
                             "CT光盘和报告", d, body), "王建国")


def lang_4():  # Russian
    d = dt(2024, 4, 15, 12, 48)
    body = """Здравствуйте!

Меня зовут Галина Соколова, дата рождения 19.09.1964. У меня назначено МРТ брюшной полости с
контрастом на 22 апреля в 9:30 (Riverside).

В прошлый раз, года три назад в другой клинике, после контраста у меня была сыпь и сильный зуд,
давали таблетки. Нужно ли мне что-то принимать заранее? Мой врач — доктор Абелес, но она сказала
спросить у вас.

Пожалуйста, перезвоните мне по номеру 555-918-4470 после 14:00, до этого я на работе.

Спасибо,
Галина
"""
    add("phi", "lang", build("Galina Sokolova <g.sokolova@postbox-mail.com>",
                             "Scheduling <scheduling@" + D + ">",
                             "МРТ с контрастом 22 апреля - вопрос", d, body), "Галина Соколова")


def lang_5():  # Haitian Creole, from phone
    d = dt(2024, 7, 23, 6, 41)
    body = """Bonjou,

Se Marie-Claude Joseph. Mwen gen randevou pou ekografi nan vant mwen jodi a a 9è nan maten nan
Northgate. Yo te di m pa manje anyen apre minwi. Eske m ka bwè ti dlo? Epitou mwen konn pran
grenn pou tansyon m chak maten, eske m ka pran l?

Mèsi anpil
Marie-Claude
555-470-1198

Voye sou telefòn mwen
"""
    add("phi", "lang", build("Marie-Claude Joseph <mcjoseph@webmail-box.com>",
                             "Northgate Front Desk <northgate@" + D + ">",
                             "randevou ekografi jodi a", d, body), "Marie-Claude Joseph")


def lang_6():  # Portuguese
    d = dt(2024, 4, 9, 16, 5)
    body = """Boa tarde,

Recebi uma conta de US$ 238,00 referente ao exame de densitometria óssea que fiz no dia 5 de
março na unidade da Elm Street. O meu plano é o Bluewater (carteirinha BWH702254419) e esse
exame deveria estar coberto, porque foi pedido pela minha ginecologista, a Dra. Moreno.

Liguei duas vezes mas a ligação cai depois de 20 minutos de espera. Poderiam verificar e me
responder por aqui? Não quero que vá para cobrança.

Obrigada,
Fernanda Albuquerque Lima
Conta nº 00517730
"""
    add("phi", "lang", build("Fernanda Lima <fer.albuquerque@inboxly.net>",
                             "Billing Office <billing@" + D + ">",
                             "Conta da densitometria - cobrança indevida?", d, body),
        "Fernanda Albuquerque Lima")


def lang_7():  # Korean
    d = dt(2024, 9, 18, 22, 10)
    body = """안녕하세요.

저는 박성호의 아들 박준영입니다. 아버지(1949년 2월 14일생)께서 다음 주 화요일 오전 10시에
Northgate에서 CT 유도 폐 조직검사를 받으실 예정입니다.

몇 가지 여쭤보고 싶습니다.
- 아버지께서 아스피린과 와파린을 드시고 계신데, 며칠 전부터 끊어야 하나요? 주치의 선생님께도
  연락했는데 아직 답이 없습니다.
- 검사 후 당일 집에 가실 수 있나요? 운전은 제가 할 예정입니다.
- 한국어 통역사를 요청하고 싶습니다. 아버지께서 영어를 잘 못하십니다.

바쁘시겠지만 답장 부탁드립니다.
감사합니다.

박준영 드림
연락처: 555-283-7710
"""
    add("phi", "lang", build("Junyoung Park <jy.park@quickpost-mail.com>",
                             "Interventional Radiology <ir-scheduling@" + D + ">",
                             "아버지 조직검사 관련 문의 (박성호)", d, body), "박성호")


def lang_8():  # Arabic, forwarded by interpreter services with English note
    d1 = dt(2024, 12, 2, 19, 30)
    d2 = dt(2024, 12, 3, 8, 55)
    orig = """السلام عليكم،

أنا سلمى، ابنة المريض خالد منصور، تاريخ ميلاده ٣ نوفمبر ١٩٥٢.
والدي لديه موعد للرنين المغناطيسي للظهر يوم السبت القادم الساعة الحادية عشرة صباحاً في مركز ريفرسايد.
هو يخاف جداً من الأماكن المغلقة، وفي المرة الماضية في مستشفى آخر لم يستطع إكمال الفحص وخرج من الجهاز.
هل يمكن إعطاؤه دواء مهدئ قبل الفحص، أو هل لديكم جهاز مفتوح؟
نحتاج أيضاً إلى مترجم عربي لأن والدي لا يتكلم الإنجليزية جيداً.

شكراً جزيلاً
سلمى منصور
٥٥٥-٦١٢-٠٤٨٣"""
    body = """Kevin / Dana - forwarding, this came to the interpreter inbox. Short version: daughter of Khaled
Mansour, lumbar MRI Sat 11am Riverside. He's very claustrophobic, couldn't finish last time at
another hospital. She's asking about something to calm him or the open magnet, and wants an
Arabic interpreter - I've booked Yousef for Saturday 10:30.

Ming

""" + fwd_hdr("Salma Mansour <salma.m@skylinemail.net>", "interpreters@" + D, d1,
              "موعد الرنين المغناطيسي لوالدي") + "\n" + orig + "\n"
    add("phi", "lang", build(A("ming"), "%s, %s" % (A("kevin"), A("dana")),
                             "Fwd: موعد الرنين المغناطيسي لوالدي", d2, body), "خالد منصور")


# =================================================================== PHI: lists
def lists_1():
    d = dt(2024, 6, 10, 16, 2)
    body = """Dr. Kaplan,

Tomorrow's sedation list at Riverside (magnet 2). Weights confirmed with families today except #4,
mom didn't pick up, will try again in the AM.

  Time   Patient               DOB         Wt(kg)  Exam                    Notes
  -----  --------------------  ----------  ------  ----------------------  -------------------------
  07:30  Carter, Liam          03/02/2020  19.6    MRI brain w/wo          dinosaur blanket, sister along
  08:45  Abdi, Hodan           11/17/2018  22.1    MRI L-spine w/o         Somali interp booked 8:15
  10:15  Pruitt, Mason         07/08/2021  13.0    MRI brain w/o           prior emergence delirium 2023
  12:00  Kowalczyk, Ava        01/30/2019  ??      MRI abd w/wo (MRCP)     wt pending
  13:30  Sandoval, Mateo       09/12/2017  27.4    MRI orbits w/wo         autism - quiet room, mom stays

NPO letters went out Friday. Child life is available until 11.

Kevin
""" + SIG("kevin", site="Riverside")
    add("phi", "lists", build(A("kevin"), "Ari Kaplan MD <akaplan@valleyanesthesiagroup.com>",
                              "Peds sedation list Tues 6/11", d, body, cc=A("dana")),
        "Liam Carter; Hodan Abdi; Mason Pruitt; Ava Kowalczyk; Mateo Sandoval")


def lists_2():
    d = dt(2024, 3, 22, 15, 30)
    rows = [
        ("Raman, Priya", "KV0401177", "3/11", "R focal asymmetry", "2 vm + portal; cert letter Fri"),
        ("Dubois, Annette", "KV0287734", "3/12", "L calcs", "sched 3/26 8:20 dx mammo"),
        ("Ochoa, Marisela", "KV0399250", "3/13", "R mass 10:00", "sched 3/25 US + possible bx"),
        ("Feld, Naomi", "KV0412096", "3/14", "L arch distortion", "wants Sat - none avail, offered 3/28"),
        ("Greenway, Patrice", "KV0388413", "3/15", "R asymmetry", "declined, wants to wait 6 mo - Dr H to call"),
    ]
    tbl = "| Patient           | MRN       | Screen | Finding             | Status                                  |\n"
    tbl += "|-------------------|-----------|--------|---------------------|-----------------------------------------|\n"
    for r in rows:
        tbl += "| %-17s | %-9s | %-6s | %-19s | %-39s |\n" % r
    body = """Dr. Houghton,

Weekly callback tracker - still open as of this afternoon:

""" + tbl + """
Everyone from the 3/4 week is scheduled or done. Ms. Greenway was the one I mentioned at huddle,
she was pretty firm on the phone. She's ok with you calling her.

Tonya
"""
    html = html_wrap("<p>Dr. Houghton,</p><p>Weekly callback tracker - still open as of this afternoon:</p>"
                     "<table border=1 cellpadding=3 style='border-collapse:collapse'>"
                     "<tr><th>Patient</th><th>MRN</th><th>Screen</th><th>Finding</th><th>Status</th></tr>" +
                     "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows) +
                     "</table><p>Everyone from the 3/4 week is scheduled or done. Ms. Greenway was the one I "
                     "mentioned at huddle, she was pretty firm on the phone. She's ok with you calling her.</p>"
                     "<p>Tonya</p>")
    add("phi", "lists", build(A("tonya"), A("houghton"), "Callback tracker wk of 3/11", d, body,
                              html=html),
        "; ".join(r[0] for r in rows))


def lists_3():
    d = dt(2024, 8, 19, 11, 5)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Last", "First", "DOB", "Payer", "Member ID", "CPT", "Exam", "Sched Date", "Submitted", "Status", "Ref #"])
    pts = [
        ("Hargrove", "Dennis", "02/14/1957", "Bluewater", "BWH310558720", "70553", "MRI brain w/wo", "08/22/2024", "08/12/2024", "Pending clinicals", "UM40118273"),
        ("Yilmaz", "Selin", "10/03/1988", "Granite Mutual", "GMH-40028817-01", "74177", "CT abd/pel w", "08/23/2024", "08/13/2024", "Pending", "GM-PA-883012"),
        ("Boateng", "Kwame", "06/21/1972", "Harborline Medicaid", "HML-66102458", "73721", "MRI knee w/o", "08/26/2024", "08/14/2024", "Peer-to-peer req", "HL2408-55102"),
        ("Castellano", "Irene", "12/09/1949", "Bluewater MA", "BWM118840390", "78815", "PET/CT", "08/27/2024", "08/15/2024", "Pending", "UM40121955"),
        ("Lindgren", "Oskar", "04/30/1966", "Granite Mutual", "GMH-19902231-00", "72156", "MRI C/T spine", "08/28/2024", "08/16/2024", "Denied - appeal?", "GM-PA-883540"),
        ("Moss", "Tanisha", "08/08/1993", "Bluewater", "BWH559012376", "76700", "US abd complete", "08/21/2024", "08/16/2024", "Not required", ""),
    ]
    for p in pts:
        w.writerow(p)
    body = """Dana,

Attached is where the auths stand for next week. The two I'm worried about are Boateng (Harborline
wants a peer-to-peer, I asked Dr. Rao's office to set it up) and Lindgren (denied Friday, I need to
know if Dr. Ostrander's office wants to appeal or if we should just reschedule).

Marisol
""" + SIG("marisol")
    add("phi", "lists", build(A("marisol"), A("dana"), "auth status next week", d, body,
                              atts=[("PA_status_0819.csv", out.getvalue(), "text/csv")]),
        "; ".join("%s %s" % (p[1], p[0]) for p in pts))


def lists_4():
    d = dt(2024, 8, 15, 6, 12)
    rows = [["Accession", "Patient Name", "MRN", "DOB", "Site", "Exam", "Prelim Time", "Prelim Reader", "Critical?", "Day Reader"]]
    data = [
        (7781204, "ESPINOZA, RAUL", "HCM-220481", "1961-05-02", "Harlow County ED", "CT head w/o", "23:14", "LF", "N", ""),
        (7781219, "MCCARTHY, DEIRDRE", "HCM-118327", "1944-12-19", "Harlow County ED", "CTA chest PE", "23:52", "LF", "Y - PE R lower lobe", "AR"),
        (7781233, "OYELARAN, TOLU", "HCM-310940", "1990-08-27", "Harlow County ED", "CT abd/pel w", "00:40", "LF", "N", ""),
        (7781260, "BRANDT, HELMUT", "STB-0092231", "1938-03-11", "St. Brendan ED", "CT head w/o", "01:18", "LF", "N", ""),
        (7781277, "PHAM, KEVIN", "STB-0104518", "2004-01-05", "St. Brendan ED", "CT c-spine w/o", "02:05", "LF", "N", ""),
        (7781291, "TILLMAN, RUTH", "HCM-207745", "1952-07-30", "Harlow County ED", "US RUQ", "03:31", "LF", "N", ""),
    ]
    rows += [list(r) for r in data]
    body = """Morning all,

Overnight NightRead log attached (6 studies). One critical, called and documented. Day readers
please finalize by 10:00 per contract with Harlow County.

- Lena
"""
    add("phi", "lists", build(A("fischer"), "NightRead Day Team <nr-day@" + D + ">",
                              "NightRead overnight log 8/14-8/15", d, body,
                              atts=[("NR_log_20240815.xlsx", make_xlsx(rows, "Overnight"),
                                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
        "; ".join(r[1] for r in data))


def lists_5():
    d = dt(2024, 10, 1, 8, 30)
    body = """Jasmine - discs in the pickup bin at Elm St this week, please make sure they sign the log and
show ID. Anybody not picked up by Friday goes back to Records.

Annette Dubois - 04/19/1971 - dx mammo + US 9/24, going to Summit OB/GYN herself
Charlene Matthews - 12/02/1958 - MRI breast 9/20, for her surgeon consult 10/3
Yvonne Ekwueme - 06/14/1980 - screening mammo 2021-2024 (4 yrs) moving out of state
Rita Castellanos - 02/27/1947 - DEXA 2022 + 2024, daughter picking up (Elena), authorization on file
Beatriz Solano - 09/09/1966 - stereo bx 9/26, path already sent to Dr. Whitman

Thanks!
Renee
"""
    add("phi", "lists", build(A("renee"), A("jasmine"), "discs for pickup this week", d, body),
        "Annette Dubois; Charlene Matthews; Yvonne Ekwueme; Rita Castellanos; Beatriz Solano")


def lists_6():
    d = dt(2024, 11, 15, 14, 44)
    rows = [
        ("11/18", "08:00", "Pettigrew, Alan", "KV0207718", "CT chest w", "eGFR 41 (9/2)", "needs repeat - >30d + CKD"),
        ("11/18", "10:40", "Sorensen, Ingrid", "KV0350092", "CT abd/pel w", "none on file", "age 71 + HTN, needs POC"),
        ("11/19", "09:20", "Mbeki, Thabo", "KV0391445", "CTA head/neck", "eGFR 68 (10/30)", "ok"),
        ("11/19", "13:00", "Quintero, Luz", "KV0188203", "CT abd/pel w", "eGFR 29 (11/1)", "call Dr Abeles - ?non-con"),
        ("11/20", "11:15", "Hale, Bernard", "KV0277160", "CT urogram", "none on file", "metformin - POC + hold"),
    ]
    tsv = "Date\tTime\tPatient\tMRN\tExam\tLast Cr/eGFR\tAction\n" + "\n".join("\t".join(r) for r in rows)
    body = """Omar, pasted from the contrast screening sheet - these are next week's contrast CTs that still
need something before they can go. I already called Pettigrew and Hale.

""" + tsv + """

Luz Quintero is the one I'd really like a radiologist to look at before Tuesday.

Dana
"""
    add("phi", "lists", build(A("dana"), A("omar"), "contrast screening - week of 11/18", d, body,
                              cc=A("rao")), "; ".join(r[2] for r in rows))


def lists_7():
    d1 = dt(2024, 2, 26, 17, 10)
    d2 = dt(2024, 2, 27, 7, 22)
    orig = """Here's what I have for IR Thursday 2/29, let me know if you want to move anything:

- 7:30  Okonkwo, Grace - US guided thyroid FNA R nodule - off aspirin since 2/24
- 8:30  Rudd, Tamara - CT guided R lung bx - INR 2/27 needed, on Eliquis held
- 10:00 Vasquez, Hector - paracentesis (recurring) - 3rd one this month
- 11:00 Whitlow, Jean - PICC exchange - husband transports
- 1:00  Harlan, Edith - drain check/upsize - nephew bringing, w/c
- 2:30  Kessler, Paul - US guided liver bx - wife needs Mandarin interp

Beth"""
    body = """Looks fine. Swap Rudd and Vasquez if her INR isn't back by 8. And I'd like the paracentesis
in the procedure room not bay 3, last time he was uncomfortable on the stretcher.

AR
Sent from my phone

""" + outlook_hdr("Beth Lindqvist", "Anand Rao", d1, "IR Thursday") + "\n" + orig + "\n"
    add("phi", "lists", build(A("rao"), A("beth"), "RE: IR Thursday", d2, body),
        "Grace Okonkwo; Tamara Rudd; Hector Vasquez; Jean Whitlow; Edith Harlan; Paul Kessler")


# =================================================================== PHI: names
def names_1():
    d = dt(2024, 2, 13, 11, 50)
    body = """Dr. Rao,

Mrs. Abernathy called again (3rd time today). She's the thyroid ultrasound from Monday. She saw the
report in the portal last night before Dr. Abeles' office called her and she's reading about the
"TR4" part online and is very worked up. She wants to know if she needs the biopsy and how soon.

I told her that's something her doctor will go over, but she asked if a radiologist could just call
her for two minutes. I know we don't usually do that. Can you let me know what you want me to tell
her? She's at 555-744-0219 all day.

Thanks,
Luis
"""
    add("phi", "names", build(A("luis"), A("rao"), "pt calling about her results", d, body),
        "Mrs. Abernathy")


def names_2():
    d = dt(2024, 4, 24, 9, 3)
    body = """She'll only do it in the open magnet - she got about 5 minutes into the hip on Monday in
magnet 1 and had to come out, was shaking. Can you find her something on magnet 3 next week?
Any day but Wednesday. Referring is aware, they'll send a new order if the protocol changes.

thx
K
"""
    add("phi", "names", build(A("kevin"), A("dana"), "Kowalski reschedule - needs open", d, body),
        "Kowalski")


def names_3():
    d = dt(2024, 6, 19, 14, 26)
    body = """Dr. Fischer,

Nguyen, Thomas - MRI brain w/wo, 1:30 today. He moved a lot during the DWI and the post-contrast
T1s, I repeated them once but they're still not great. He has bad back pain and couldn't stay flat
more than about 20 min, even with the wedge. He didn't want to try again today.

Do you want to read what we have or should I call him to come back with something for the pain
and do a short protocol? His son said he could bring him Friday.

Kevin Tran
Riverside MRI, magnet 2
"""
    add("phi", "names", build(A("kevin"), A("fischer"), "motion - Nguyen 1:30", d, body),
        "Thomas Nguyen")


def names_4():
    d = dt(2024, 9, 5, 15, 37)
    body = """Hey Beth,

Heads up, Big Jim from Cedar Hollow is on for his drain check Thursday at 10. Same guy who pulled
his tube halfway out in the van last time, so the nursing home is sending an aide with him this
time. They said his output's been about 30 a day and the skin around it is red again. Dr. Rao
wants a sinogram if it looks like it's moved.

Also he's a big fella so we need the wide stretcher in room 2.

Luis
"""
    add("phi", "names", build(A("luis"), A("beth"), "Thursday 10am drain check", d, body),
        "Jim")


def names_5():
    d1 = dt(2024, 10, 22, 16, 48)
    d2 = dt(2024, 10, 22, 17, 3)
    orig = """Hi Beth, can you add Paulette Greer to tomorrow's add-on list? Her home health nurse called, the
drain is leaking around the site and the dressing is soaked twice a day. Dr. Rao said to bring her
in. She can come any time after 11, her son drives her.

Thanks - Dana"""
    body = """Done, she's at 1:15.

B

""" + on_wrote(d1, "Dana Whitfield <dwhitfield@kestrelvalleyimaging.com>") + "\n" + quote(orig)
    add("phi", "names", build(A("beth"), A("dana"), "RE: add-on tomorrow", d2, body),
        "Paulette Greer")


def names_6():
    d = dt(2024, 12, 10, 15, 58)
    body = """Nadia - can you let Marcus know before he leaves (your 3:15, the scrotal US in room 4) that I
looked at the images while he was on the table and there's nothing worrying, just a small
varicocele. Final report will be in about an hour. He looked like he was about to pass out when you
went to get me, so I'd rather he not sit in the waiting room worrying for the weekend.

AR
"""
    add("phi", "names", build(A("rao"), A("nadia"), "room 4 3:15", d, body), "Marcus")


def names_7():
    d = dt(2024, 7, 30, 12, 14)
    body = """Ruth,

Quick call-ahead on your patient Sandra Whitcomb, the chest CT from this morning. There's a 9 mm
solid nodule in the right upper lobe that wasn't on her 2021 study, smooth margins. Nothing else
acute. Given her smoking history I've recommended a PET/CT or a 3-month follow-up CT per
Fleischner; the report's final now.

I didn't want you to find it in the inbox Friday afternoon. Happy to talk through it - cell is on
the report, or page me through the Northgate desk.

Anand

Anand Rao, MD
Body Imaging & Interventional Radiology
Kestrel Valley Imaging
""" + disc(0)
    add("phi", "names", build(A("rao"), "Ruth Abeles MD <rabeles@lindenwoodim.com>",
                              "Your patient's CT today", d, body), "Sandra Whitcomb")


def names_8():
    d1 = dt(2024, 5, 28, 13, 12)
    d2 = dt(2024, 5, 28, 15, 40)
    orig = """Patient Relations - new concern logged

Concern #:      PR-2024-0318
Received via:   phone (left with front desk), transcribed by L. Ferreira
Location:       Northgate - Ultrasound room 2
Date of visit:  05/24/2024

Summary: Mr. Teodoro Alvarez states the sonographer pressed very hard during his abdominal/renal
ultrasound and did not stop when he said it hurt on the right side near his kidney stone pain. He also
said he was left in the gown in the hallway for about 15 minutes afterwards. He is asking for a
call back from a manager and does not want the same sonographer for his follow-up scan in June."""
    body = """Nadia,

Can you and I sit down Thursday about this one before I call Mr. Alvarez back? I pulled the
schedule and it looks like Friday room 2 was Caleb. I'm not assuming anything happened but I want
to hear his side first, and let's make sure the June follow-up is booked with someone else either
way.

Shauna

Shauna Price
Practice Administrator, Kestrel Valley Imaging

""" + fwd_hdr("Patient Relations <patientrelations@" + D + ">", "sprice@" + D, d1,
              "New concern PR-2024-0318") + "\n" + orig + "\n"
    html = html_wrap(txt2html(body))
    add("phi", "names", build(A("shauna"), A("nadia"), "FW: New concern PR-2024-0318", d2, body,
                              html=html), "Teodoro Alvarez")


# =================================================================== PHI: self
def self_1():
    d = dt(2024, 1, 17, 21, 2)
    body = """hi, i had an mri of my lower back at your riverside place on dec 28 and i need a copy on cd for a
second opinion at the spine center on the 30th. can i pick it up or do you mail it? also do i need
to sign something. my dob is 8/3/85 if you need it

thanks
jordan pereira

Sent from my iPhone
"""
    add("phi", "self", build("Jordan Pereira <jpereira85@inboxly.net>",
                             "Medical Records <records@" + D + ">", "mri cd", d, body),
        "Jordan Pereira")


def self_2():
    d = dt(2024, 3, 27, 13, 19)
    body = """To whom it may concern,

I received a statement dated March 15 for $412.60 for an ultrasound done at your Northgate location
on January 9, 2024 (account 00471185). I called Granite Mutual and they tell me the claim was
processed as out-of-network because the ordering doctor's referral was never attached, but the
referral was faxed by Dr. Abeles' office on January 5 - I have the fax confirmation.

I am asking that you resubmit the claim with the referral and hold the balance until it is
reprocessed. I've attached the fax confirmation sheet and a photo of my insurance card.

I can be reached at 555-861-3304 during the day.

Sincerely,
Margaret O'Donnell
14 Whitby Court
"""
    atts = [("fax_confirmation.pdf",
             make_pdf(["LINDENWOOD INTERNAL MEDICINE - FAX TRANSMISSION REPORT",
                       "Date/Time: 01/05/2024 14:22", "To: 555-410-3308  KESTREL VALLEY IMAGING",
                       "Pages: 3   Result: OK", "Re: Referral - O'Donnell, Margaret - US abdomen complete",
                       "Auth/Referral #: GM-REF-2401-77813"], "Fax report"), "application/pdf"),
            ("card.png", make_png(240, 150, bg=(245, 245, 245), fg=(20, 60, 120)), "image/png")]
    add("phi", "self", build("Margaret O'Donnell <peggy.odonnell@postbox-mail.com>",
                             "Billing Office <billing@" + D + ">",
                             "Statement dispute - account 00471185", d, body, atts=atts),
        "Margaret O'Donnell")


def self_3():
    d = dt(2024, 6, 4, 12, 31)
    body = """Hi Carla,

Quick benefits question. I had my screening mammogram here at Elm St on 5/6 (employee
appointment) and then got called back for an ultrasound on 5/13. The EOB from Bluewater says the
ultrasound went toward my deductible, $318. I thought diagnostic imaging at our own centers was
covered at 100% for employees on the Gold plan? Or is that only the screening part?

Not urgent, just trying to figure out if I should pay it or wait. Everything came back fine, by
the way, so that part's done!

Thanks,
Nadia

Nadia Petrova, RDMS RVT
Lead Sonographer | Northgate
"""
    add("phi", "self", build(A("nadia"), A("carla"), "EOB question - employee plan", d, body),
        "Nadia Petrova")


def self_4():
    d = dt(2024, 8, 12, 23, 48)
    body = """Hello,

I got a letter today saying my mammogram from last week needs "additional imaging" and to call to
schedule. It was after 5 so nobody answered. Does this mean they found cancer? The letter doesn't
say anything about which side or what they saw. My mom had breast cancer at 52 and I'm 49 so I'm
really scared. I have not slept.

Can someone please call me first thing tomorrow? I can come in any day this week, I'll take off
work.

Shanice Goodwin
555-290-7731
"""
    add("phi", "self", build("Shanice Goodwin <shanice.goodwin@skylinemail.net>",
                             "Elm Street Women's Imaging <elmscheduling@" + D + ">",
                             "Letter about my mammogram - please call", d, body), "Shanice Goodwin")


def self_5():
    d = dt(2024, 10, 8, 10, 2)
    body = """Good morning,

I'm scheduled for a CT of my chest with contrast on Monday the 14th at 9:40 at Northgate. When I
filled out the form online there wasn't really a place to put this: the last time I had IV dye
(2019, at St. Brendan's) I broke out in hives all over my chest and arms about 10 minutes after,
and they gave me Benadryl. Nobody told me then what to do next time.

Do I need a prescription for steroids before? Do I need to come earlier? I'd rather know now
than find out when I'm on the table.

Thanks,
Robert Kessling
DOB 1/24/1968
"""
    add("phi", "self", build("Robert Kessling <rkessling@quickpost-mail.com>",
                             "Scheduling <scheduling@" + D + ">",
                             "Contrast allergy - CT on 10/14", d, body), "Robert Kessling")


def self_6():
    d1 = dt(2024, 9, 3, 10, 0)
    d2 = dt(2024, 9, 4, 17, 26)
    orig = """Kestrel Valley Imaging - Appointment Reminder

Dear Patient,
This is a reminder of your upcoming appointment:
  MRI - Shoulder (Right) without contrast
  Thursday, September 5, 2024 at 2:00 PM
  Riverside MRI Center, 418 Riverside Dr
Please arrive 20 minutes early. To cancel or reschedule reply C or call 555-410-2200.
"""
    body = """I just called Harborline and they said no authorization was ever sent for this MRI, and if I
go tomorrow I could get the whole bill. My doctor's office says they sent everything to you
two weeks ago. I've already taken the afternoon off work. Can somebody please check and let me
know TONIGHT if I should come or not?? I've been waiting 6 weeks for this and my shoulder is
getting worse, I can't lift my arm over my head.

Denise Wallace
member # HML-40937716

""" + on_wrote(d1, "Kestrel Valley Imaging <noreply@" + D + ">") + "\n" + quote(orig)
    add("phi", "self", build("Denise Wallace <dwallace1977@inboxly.net>",
                             "Kestrel Valley Imaging <noreply@" + D + ">",
                             "Re: Appointment Reminder", d2, body), "Denise Wallace")


def self_7():
    d = dt(2024, 11, 20, 5, 51)
    body = """can i eat before my ultrasound today? its at 8, the gallbladder one. i forgot to ask. also can i have coffee black

-Teresa

Sent from my Galaxy
"""
    add("phi", "self", build("teresa m <tmcallister.home@webmail-box.com>",
                             "Northgate Front Desk <northgate@" + D + ">", "ultrasound today", d, body),
        "Teresa M")


# =================================================================== PHI: struct
def _hl7(segs, sep="\r"):
    return sep.join(segs) + sep


def struct_1():  # ORM in body with cover note
    d = dt(2024, 3, 6, 10, 44)
    segs = [
        "MSH|^~\\&|ATHENA_LIM|LINDENWOOD_IM|KVI_RIS|KVI|20240306101922||ORM^O01|LIM2403061019220042|P|2.3",
        "PID|1||LIM-0058821^^^LIM^MR||HOLLOWAY^CURTIS^J||19590817|M|||88 BRANTLEY RD^^KESTREL VALLEY^ST^04417||5554481902|||M||LIM-0058821-01",
        "PV1|1|O|||||1396620841^ABELES^RUTH^^^MD",
        "IN1|1|GMH01|GMH01|GRANITE MUTUAL HEALTH|||||GRP40021|||||||HOLLOWAY^CURTIS^J|01|19590817|||||||||||||||||GMH-31188402-00",
        "ORC|NW|LIM7730021||||||||||1396620841^ABELES^RUTH^^^MD",
        "OBR|1|LIM7730021||CT ABD PELVIS W CONTRAST^^^74177|||20240306101500|||||||||1396620841^ABELES^RUTH^^^MD||||||||CT",
        "DG1|1|I10|R10.31^Right lower quadrant pain^I10",
        "DG1|2|I10|R19.7^Diarrhea, unspecified^I10",
    ]
    body = """Hi Priyanka,

Another one from Lindenwood bounced overnight - RIS rejects it because OBR-4 comes in as text^^^CPT
instead of our orderable code, same as the ones last week. Raw message below (segment breaks
converted to newlines so it's readable). Can you add 74177 -> CTAPW to the translation table on
your side? The patient is on the schedule for Friday so I entered the order by hand for now.

""" + _hl7(segs, "\n") + """
Thanks,
Greg
""" + SIG("greg")
    add("phi", "struct", build(A("greg"), "Priyanka Desai <pdesai@meshbridge-integration.com>",
                               "Lindenwood ORM rejects - OBR-4 mapping", d, body),
        "Curtis Holloway")


def struct_2():  # ORU attachment
    d = dt(2024, 5, 15, 7, 5)
    obx = [
        "EXAM: MRI LEFT KNEE WITHOUT CONTRAST",
        "CLINICAL HISTORY: Twisting injury playing soccer 4/20, medial pain, locking.",
        "COMPARISON: Radiographs 4/22/2024.",
        "FINDINGS: Complex tear of the posterior horn of the medial meniscus with a displaced fragment",
        "in the intercondylar notch. ACL and PCL intact. Grade 1 MCL sprain. Small joint effusion.",
        "IMPRESSION:",
        "1. Displaced complex medial meniscal tear (bucket-handle configuration).",
        "2. Low grade MCL sprain.",
        "Electronically signed: Anand Rao, MD 05/15/2024 06:58",
    ]
    segs = [
        "MSH|^~\\&|KVI_RIS|KVI|BAYRIDGE_EHR|BAYRIDGE|20240515065901||ORU^R01|KVR24051506590117|P|2.5.1",
        "PID|1||KV0415530^^^KVI^MR||STAVROS^NICHOLAS^A||19970214|M|||2290 LARKSPUR WAY APT 3^^KESTREL VALLEY^ST^04421||5553017744",
        "PV1|1|O|RIV^MR2||||1822049913^OSTRANDER^SAMUEL^^^MD",
        "ORC|RE|BRO66120|KV8823107",
        "OBR|1|BRO66120|KV8823107|73721^MRI KNEE W/O CONTRAST^CPT|||20240514183000|||||||||1822049913^OSTRANDER^SAMUEL^^^MD||||||20240515065800|||F",
    ]
    for i, t in enumerate(obx, 1):
        segs.append("OBX|%d|TX|73721^MRI KNEE W/O CONTRAST^CPT|%d|%s||||||F" % (i, i, t))
    body = """Kim,

Your interface was down from ~6 to 7 this morning (your vendor's maintenance window) so this one
didn't cross. Attaching the ORU we sent so your IT can replay it, and the report is also on the
portal. Dr. Ostrander asked for it before clinic.

Greg
"""
    add("phi", "struct", build(A("greg"), "Kim Palmer <kpalmer@bayridgeortho.net>",
                               "Result that didn't cross - resend", d, body,
                               cc="Bayridge IT <it@bayridgeortho.net>",
                               atts=[("KVR24051506590117.hl7", _hl7(segs).encode(), "application/hl7-v2")]),
        "Nicholas Stavros")


def _x12(segs):
    return "~\n".join(segs) + "~\n"


def struct_3():  # 837P in clearinghouse rejection
    d = dt(2024, 3, 13, 6, 2)
    isa = ("ISA*00*          *00*          *ZZ*%s*ZZ*%s*240312*1422*^*00501*000004417*0*P*:"
           % ("KVIMAGING".ljust(15), "CLEARHOUSE01".ljust(15)))
    st = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*KV4417*20240312*1422*CH",
        "NM1*41*2*KESTREL VALLEY IMAGING*****46*KVI0001",
        "PER*IC*PHIL JACOBS*TE*5554102300",
        "NM1*40*2*GRANITE MUTUAL HEALTH*****46*GMH01",
        "HL*1**20*1",
        "NM1*85*2*KESTREL VALLEY IMAGING*****XX*1487362210",
        "N3*2200 ORCHARD PARKWAY STE 100",
        "N4*KESTREL VALLEY*ST*04417",
        "REF*EI*861234567",
        "HL*2*1*22*0",
        "SBR*P*18*GRP77310******CI",
        "NM1*IL*1*FONTAINE*DELPHINE****MI*GMH-5540917-03",
        "N3*611 CRESTVIEW TER",
        "N4*KESTREL VALLEY*ST*04419",
        "DMG*D8*19760530*F",
        "NM1*PR*2*GRANITE MUTUAL HEALTH*****PI*GMH01",
        "CLM*KV24030877*1240***22:B:1*Y*A*Y*Y",
        "HI*ABK:N632",
        "NM1*DN*1*MORENO*ALICIA****XX*1669204417",
        "LX*1",
        "SV1*HC:76642:LT*310*UN*1***1",
        "DTP*472*D8*20240308",
        "LX*2",
        "SV1*HC:77065:LT*930*UN*1***1",
        "DTP*472*D8*20240308",
    ]
    st.append("SE*%d*0001" % (len(st) + 1))
    segs = [isa, "GS*HC*KVIMAGING*CLEARHOUSE01*20240312*1422*4417*X*005010X222A1"] + st + \
        ["GE*1*4417", "IEA*1*000004417"]
    body = """ClaimPath Clearinghouse - Front-End Rejection Report
Batch:        000004417   Received 03/12/2024 14:22
Submitter:    KVIMAGING
Accepted:     41   Rejected: 1

Claim KV24030877  Pat Ctrl #KV24030877  Payer GMH01
  ERROR A7:562 - Referring provider NPI 1669204417 not found in NPPES / inactive
  Loop 2310A NM1*DN

The rejected claim has been returned and is attached in X12 format for correction. Do not resubmit
the full batch.

This is an automated message from ClaimPath. Replies to this address are not monitored.
"""
    add("phi", "struct", build("ClaimPath Rejections <noreply@claimpath-edi.net>", A("phil"),
                               "REJECTED: batch 000004417 (1 claim)", d, body,
                               atts=[("rej_000004417_KV24030877.x12", _x12(segs), "text/plain")]),
        "Delphine Fontaine")


def struct_4():  # 271 in body
    d = dt(2024, 7, 17, 14, 20)
    segs = [
        "ISA*00*          *00*          *ZZ*%s*ZZ*%s*240717*1407*^*00501*000021983*0*P*:" % ("BLUEWATERHP".ljust(15), "KVIMAGING".ljust(15)),
        "GS*HB*BLUEWATERHP*KVIMAGING*20240717*1407*21983*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*KVE7731902*20240717*1407",
        "HL*1**20*1",
        "NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1",
        "HL*2*1*21*1",
        "NM1*1P*2*KESTREL VALLEY IMAGING*****XX*1487362210",
        "HL*3*2*22*0",
        "TRN*2*KVE7731902*9KVIMAGING",
        "NM1*IL*1*OKAFOR*CHIDI*E***MI*BWH660381247",
        "N3*45 HALSTEAD AVE",
        "N4*KESTREL VALLEY*ST*04418",
        "DMG*D8*19640309*M",
        "DTP*346*D8*20240101",
        "EB*1*IND*30**BLUEWATER GOLD PPO",
        "EB*C*IND*4*PT*23*1500",
        "EB*C*IND*4*PT*29*1212.40",
        "EB*A*IND*4*PT***.2",
        "MSG*ADVANCED IMAGING REQUIRES PRIOR AUTHORIZATION",
        "EB*CB*IND*4*PT",
        "SE*20*0001",
        "GE*1*21983",
        "IEA*1*000021983",
    ]
    body = """Phil - can you sanity check me on this one? Pasting the raw 271 because the portal view cut off.
Mr. Okafor is asking what he'll owe for the liver bx + CT guidance next week. I read it as
deductible $1500, $1212.40 left, then 20% coinsurance, and the CB line means we need auth (which
we have, UM40119866). Right?

""" + _x12(segs) + """
Marisol
"""
    add("phi", "struct", build(A("marisol"), A("phil"), "271 - patient estimate question", d, body),
        "Chidi Okafor")


def struct_5():  # FHIR bundle from teleradiology app
    d = dt(2024, 8, 29, 4, 13)
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2024-08-29T04:11:52-04:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "pt-hcm-330217",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "HCM-330217"}],
                "name": [{"family": "Brennan", "given": ["Colleen", "M"]}],
                "gender": "female", "birthDate": "1983-02-18",
                "telecom": [{"system": "phone", "value": "555-406-1187"}]}},
            {"resource": {
                "resourceType": "ImagingStudy", "id": "is-7784410", "status": "available",
                "subject": {"reference": "Patient/pt-hcm-330217"},
                "started": "2024-08-29T03:41:00-04:00",
                "identifier": [{"system": "urn:dicom:uid",
                                "value": "urn:oid:1.2.840.113619.2.55.3.604688119.981.1724917260.447"},
                               {"type": {"text": "Accession"}, "value": "7784410"}],
                "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"}],
                "description": "CT ABDOMEN PELVIS WITH IV CONTRAST",
                "numberOfSeries": 4, "numberOfInstances": 612}},
            {"resource": {
                "resourceType": "DiagnosticReport", "id": "dr-7784410", "status": "preliminary",
                "code": {"text": "CT ABDOMEN PELVIS WITH IV CONTRAST"},
                "subject": {"reference": "Patient/pt-hcm-330217"},
                "issued": "2024-08-29T04:11:30-04:00",
                "performer": [{"display": "Lena Fischer, MD"}],
                "conclusion": "Acute appendicitis with 11 mm dilated appendix and periappendiceal fat "
                              "stranding. No perforation or abscess. Called to Dr. Pratt 04:09."}},
        ],
    }
    body = """NightRead Connect - prelim delivery receipt

Accession 7784410 was delivered to Harlow County Medical Center (endpoint HCM-FHIR-PROD) at
04:11:52. The delivered payload is attached for your records.

Delivery status: 200 OK
Retry count: 0

-- NightRead Connect v3.4 (automated)
"""
    add("phi", "struct", build("NightRead Connect <nr-connect@" + D + ">", A("fischer"),
                               "Delivered: prelim 7784410 -> HCM", d, body,
                               atts=[("7784410_bundle.json", json.dumps(bundle, indent=2), "application/json")]),
        "Colleen Brennan")


def struct_6():  # SIU in interface alert
    d = dt(2024, 10, 30, 23, 5)
    segs = [
        "MSH|^~\\&|KVI_SCHED|KVI|SUMMIT_EHR|SUMMITOBGYN|20241030230412||SIU^S12|KVS2410302304120009|P|2.5",
        "SCH|KV9931822|SUM44109||||ROUTINE^Routine|DXMAMMO^Diagnostic mammogram bilateral|30|min|^^30^20241107093000^20241107100000",
        "PID|1||KV0422918^^^KVI^MR||ABERNETHY-COLE^TAMSIN^R||19810623|F|||503 QUARRY HILL RD^^KESTREL VALLEY^ST^04420||5553370912",
        "PV1|1|O|ELM^MAMMO2",
        "RGS|1",
        "AIS|1||77066^DIAGNOSTIC MAMMOGRAPHY BILATERAL^CPT|20241107093000|||30|min",
        "AIG|1||MAMMO2^ELM STREET MAMMO ROOM 2",
        "AIP|1||1669204417^MORENO^ALICIA^^^NP|REFERRING",
    ]
    body = """*** MeshBridge Interface Alert ***

Channel:     KVI_SCHED -> SUMMIT_EHR (outbound SIU)
Severity:    WARNING
Time:        2024-10-30 23:04:13
Error:       NACK received (AE) - "AIP-3 provider not found in Summit directory"
Action:      message queued for retry (attempt 3 of 3) - manual review required

Message content:
""" + _hl7(segs, "\n") + """
You are receiving this alert because you are listed as an owner of this channel.
"""
    add("phi", "struct", build("MeshBridge Alerts <alerts@meshbridge-integration.com>", A("greg"),
                               "[WARNING] KVI_SCHED->SUMMIT_EHR NACK AE", d, body),
        "Tamsin Abernethy-Cole")


def struct_7():  # CCD attachment
    d = dt(2024, 12, 12, 11, 30)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HL7_000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9901.2" extension="KVCCD-20241212-0117"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Kestrel Valley Imaging - Summary of Care</title>
  <effectiveTime value="20241212112600-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9901.1" extension="KV0199456"/>
      <addr use="HP"><streetAddressLine>1207 Pinecrest Dr</streetAddressLine><city>Kestrel Valley</city><state>ST</state><postalCode>04418</postalCode></addr>
      <telecom use="HP" value="tel:+1-555-719-2034"/>
      <patient>
        <name><given>Lorraine</given><given>E</given><family>Haskins</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19510409"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20241212112600-0500"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1487362210"/>
    <representedOrganization><name>Kestrel Valley Imaging</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1" extension="2015-08-01"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table border="1"><thead><tr><th>Study</th><th>Date</th><th>Result</th></tr></thead><tbody>
        <tr><td>DXA bone density, L1-L4</td><td>12/10/2024</td><td>T-score -2.7 (osteoporosis)</td></tr>
        <tr><td>DXA bone density, L femoral neck</td><td>12/10/2024</td><td>T-score -2.1 (osteopenia)</td></tr>
        <tr><td>FRAX 10-yr major osteoporotic fracture</td><td>12/10/2024</td><td>21%</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>Alendronate 70 mg PO weekly (discontinued 2022 per patient)</item><item>Vitamin D3 2000 IU daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Dear Summit OB/GYN team,

Please find attached a summary of care document for your patient's bone density study performed
at Kestrel Valley Imaging - Elm Street on 12/10/2024. The interpreted report has also been
delivered to your Direct address.

This message was sent via secure Direct messaging. If you received it in error, please notify
the sender and delete it.

Kestrel Valley Imaging - Health Information Management
"""
    add("phi", "struct", build("KVI HIM <him@direct.kestrelvalleyimaging.com>",
                               "Summit OB/GYN <intake@direct.summitobgyn.example.org>",
                               "Summary of Care - DXA 12/10/2024", d, body,
                               atts=[("KVCCD-20241212-0117.xml", ccd, "application/xml")]),
        "Lorraine Haskins")


# =================================================================== CLEAN: admin
def admin_1():
    d = dt(2024, 5, 13, 7, 45)
    body = """CT team (all sites),

Corridor called Friday afternoon - our iohexol allocation is being cut to 70% of last quarter's
usage through at least the end of June. Until further notice:

 1. Use Omnipaque 350 for CTA only. Routine abd/pelvis goes to 300, weight-based, max 100 mL.
 2. No more pulling a fresh 150 mL bottle for a 75 mL dose. Use the 100s; the 150/200/500s are
    for the injector pharmacy-bulk setup in CT2 only, and label the spike time.
 3. Dr. Rao has approved switching routine renal stone and appendicitis follow-ups to non-con
    where the protocol allows. New protocol cards will be on each scanner by Wednesday.
 4. Log every wasted bottle on the sheet taped to the contrast warmer. I need numbers for
    Shauna by the 31st.

We have about 3.5 weeks on hand at Northgate and a little less at Riverside. Do NOT borrow
between sites without telling me - last time we lost track of two cases.

Questions -> me or Anand.

Omar
""" + SIG("omar", site="Northgate") + disc(2)
    add("clean", "admin", build(A("omar"), "CT Technologists <ct-techs@" + D + ">",
                                "Contrast allocation - effective today", d, body,
                                cc="%s, %s" % (A("rao"), A("shauna"))))


def admin_2():
    d = dt(2024, 9, 9, 14, 12)
    body = """Dana,

Helionyx confirmed the visit for the magnet 2 head/neck coil and the cold head. They need the room
Thursday 9/19 from 6am until about 2pm, possibly 4 if they have to ramp down. Please block magnet 2
for the whole day just in case and move what you can to magnet 1 or 3. Magnet 3 (the open) can't do
the prostate or breast protocols, so those will have to go to next week.

Also we'll be running a helium top-off the same morning so there'll be a dewar truck at the back
dock around 7. Can you let the Riverside front desk know so they don't panic when the quench
alarm test goes off at ~8:15 - it's scheduled, not a real event.

Thanks,
Kevin
""" + SIG("kevin", site="Riverside")
    add("clean", "admin", build(A("kevin"), A("dana"), "Magnet 2 down Thurs 9/19 - service", d, body,
                                cc="Riverside Front Desk <riverside@" + D + ">"))


def admin_3():
    d = dt(2024, 4, 3, 16, 0)
    st = datetime.datetime(2024, 4, 13, 22, 0)
    en = datetime.datetime(2024, 4, 14, 4, 0)
    body = """ALL SITES - PLANNED PACS / RIS DOWNTIME

When:   Saturday 4/13, 10:00 PM - Sunday 4/14, 4:00 AM (approx.)
What:   PACS upgrade to 8.2 and RIS database patch
Impact: No image viewing or report signing in the primary system. Modalities will store locally.

During downtime:
 - Techs: keep scanning. Studies queue on the modality and will auto-send when PACS returns.
   Write the accession on the paper downtime log at each console.
 - NightRead: use the downtime viewer link (bookmark "DT Viewer" on the reading workstations).
   Dictate prelims into the downtime template; they'll be reconciled Sunday morning.
 - Front desk (Sat night = Northgate ED-overflow CT only): use the paper requisitions in the
   red binder.

I'll send an all-clear when we're back. Calendar hold attached.

Greg Sullivan
PACS / RIS Administrator
555-410-2118 (cell on call list)
"""
    html = html_wrap("<h3 style='color:#b00'>ALL SITES - PLANNED PACS / RIS DOWNTIME</h3>" +
                     txt2html(body.split("\n", 2)[2]))
    ics = make_ics("PACS/RIS downtime (all sites)", st, en, "All sites",
                   "PACS 8.2 upgrade and RIS patch. Follow downtime procedures.")
    add("clean", "admin", build(A("greg"), "All Staff <allstaff@" + D + ">",
                                "PLANNED DOWNTIME Sat 4/13 10pm-4am: PACS/RIS", d, body, html=html,
                                atts=[("downtime.ics", ics, "text/calendar")]))


def admin_4():
    d = dt(2024, 10, 17, 10, 30)
    pdf = make_pdf([
        "BLUEWATER HEALTH PLAN - PROVIDER AGREEMENT AMENDMENT NO. 4 (SUMMARY)",
        "Provider: Kestrel Valley Imaging   Effective: January 1, 2025",
        "",
        "1. Advanced imaging (CT, MRI, PET, nuclear cardiology) reimbursed at 142% of CMS",
        "   Medicare Physician Fee Schedule, locality 99 (was 138%).",
        "2. Screening mammography incl. DBT (77067, 77063) 155% of CMS.",
        "3. Prior authorization via Bluewater UM portal; RBM vendor removed.",
        "4. Timely filing reduced from 180 to 120 days from date of service.",
        "5. Claims-level appeals: 60 days from remittance date.",
        "6. Term: 3 years; 90-day without-cause termination notice.",
    ], "Bluewater Amendment 4 summary")
    body = """Shauna, Dr. Houghton, Dr. Rao,

Bluewater's redline came back. Summary attached (full amendment is in the contracts folder). The
short version:

- Advanced imaging goes from 138% to 142% of Medicare - good, about what we asked for.
- They're dropping the radiology benefit manager and doing auth themselves. Marisol thinks that
  will be faster, but she wants the portal training before January.
- Timely filing drops from 180 days to 120. That's the one I'd push back on. We're at an
  average of 9 days to bill but our secondary/COB rebills routinely go past 120.
- Screening mammo/tomo at 155% stays flat.

I'd like to sign by 11/15 if we're okay with everything except timely filing. Can we discuss at
Monday's ops meeting?

Phil
""" + SIG("phil") + disc(0)
    add("clean", "admin", build(A("phil"), "%s, %s, %s" % (A("shauna"), A("houghton"), A("rao")),
                                "Bluewater amendment #4 - summary", d, body,
                                atts=[("Bluewater_Amend4_summary.pdf", pdf, "application/pdf")]))


def admin_5():
    d = dt(2024, 2, 27, 12, 0)
    doc = make_docx([
        "**Kestrel Valley Imaging - Quality & Safety Committee**",
        "Tuesday, March 5, 2024, 7:00-8:00 AM, Northgate conference room B / video link",
        "**Agenda**",
        "1. Approval of January minutes",
        "2. CT dose index monitoring - Q4 outliers by protocol (O. Haddad)",
        "3. ACR accreditation - MRI Riverside renewal timeline, phantom images due 4/1 (K. Tran)",
        "4. Mammography MQSA inspection readiness - Elm Street (C. Houghton)",
        "5. Contrast reaction drill results, Q1 (B. Lindqvist)",
        "6. Peer review: discrepancy rate trend, NightRead vs. day readers (L. Fischer)",
        "7. Patient experience survey - wait-time comments (S. Price)",
        "8. Open items / next meeting",
    ])
    body = """Good afternoon,

Agenda for next Tuesday's Quality & Safety Committee is attached. Please send any slides to me by
Friday noon so I can put them into one deck. If you can't attend please send a delegate.

Breakfast will be in the room.

Shauna
"""
    add("clean", "admin", build(A("shauna"), "Quality Committee <qsc@" + D + ">",
                                "QSC agenda - Tues 3/5", d, body,
                                atts=[("QSC_agenda_2024-03-05.docx", doc,
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))


def admin_6():
    d1 = dt(2024, 7, 8, 8, 10)
    d2 = dt(2024, 7, 8, 9, 42)
    orig = """Mammo 2 was 81 degrees when I came in and the unit threw the detector temp warning twice
before 8. We took it offline and moved the 8:00 and 8:20 to room 1. Room 3 is fine.
Jasmine"""
    body = """Ray,

Forwarding what Jasmine sent this morning. This is the third Monday in a row the HVAC in the Elm
Street mammo wing has been off over the weekend - I think the building's setback schedule is
still on the old settings. The vendor spec for the detector is 59-86F operating but it starts
warning above 80. We can't keep losing a room on Monday mornings.

Can you get the building engineer to look at the schedule for zone 4 and call me?

Thanks,
Dr. Claire Houghton
Director of Breast Imaging

""" + on_wrote(d1, "Jasmine Cole") + "\n" + quote(orig)
    add("clean", "admin", build(A("houghton"), "Ray Mendez <rmendez@orchardpropertymgmt.com>",
                                "Elm St mammo wing - HVAC weekend setback", d2, body,
                                cc=A("shauna")))


def admin_7():
    d = dt(2024, 1, 8, 9, 0)
    body = """Front desk, scheduling and billing teams -

Effective January 15 the following changes apply to self-pay patients and patients who choose
not to use insurance:

 * A Good Faith Estimate must be given for every self-pay or uninsured exam scheduled 3 or more
   business days out, no later than 1 business day after scheduling. The RIS now creates the GFE
   automatically when "Self-pay" is selected as the financial class - do not override it.
 * Self-pay package prices (includes professional read):
      MRI without contrast ........ $575
      MRI with/without ........... $825
      CT without contrast ......... $350
      Ultrasound, single region ... $225
      DEXA ........................ $95
      Screening mammogram w/ tomo . $190
 * Payment in full at time of service, or a payment plan of up to 6 months with no interest.
 * If the final bill exceeds the estimate by $400 or more, the patient can dispute it. Send any
   questions about this to me rather than adjusting at the desk.

Updated scripts and the price sheet are on the shared drive under Billing > Self Pay 2024.

Phil Jacobs
Revenue Cycle Manager
"""
    add("clean", "admin", build(A("phil"), "Patient Access <patientaccess@" + D + ">",
                                "Self-pay pricing & Good Faith Estimate - updated 1/15", d, body,
                                cc="Billing <billing@" + D + ">"))


# =================================================================== CLEAN: lookalike
def look_1():
    d = dt(2024, 6, 18, 5, 30)
    inv = random.randint(4400000, 4499999)
    body = """CORRIDOR MEDICAL SUPPLY - INVOICE

Invoice #:     INV-%d          Invoice date: 06/17/2024
Customer #:    C-0028841              Ship-to:      KVI Northgate, Dock 2
PO #:          KVI-PO-24-01183        Terms:        Net 30
Ship date:     06/17/2024             Carrier:      ParcelSwift Freight, PRO 7741-0092-3315

Line  Item       Description                              NDC            Lot        Exp      Qty  Unit      Ext
1     OMN300-100 Omnipaque 300 mgI/mL 100 mL bottle       0407-1413-59   L84422B    03/2026  60   $38.90  $2,334.00
2     OMN350-100 Omnipaque 350 mgI/mL 100 mL bottle       0407-1414-59   L84517A    05/2026  40   $41.75  $1,670.00
3     GAD-15     Gadoterate meglumine 15 mL vial          67684-2000-3   G22109     11/2026  25   $62.10  $1,552.50
4     SYR-200    Injector syringe kit 200 mL (50/cs)      n/a            S2404-771  --       4    $212.00   $848.00
5     US-GEL-5L  Ultrasound gel 5 L refill                n/a            UG0317     08/2027  12   $18.45    $221.40

                                                                            Subtotal  $6,625.90
                                                                            Freight     $145.00
                                                                            Total     $6,770.90

Remit to: Corridor Medical Supply, PO Box 99210. Questions: ar@corridormedsupply.com, 555-800-4410
""" % inv
    add("clean", "lookalike", build("Corridor AR <ar@corridormedsupply.com>", "Accounts Payable <ap@" + D + ">",
                                    "Invoice INV-%d / PO KVI-PO-24-01183" % inv, d, body,
                                    cc=A("omar")))


def look_2():
    d = dt(2024, 9, 20, 15, 2)
    body = """Helionyx MR Services - Field Service Report

Service Request:   SR-00771934
Customer:          Kestrel Valley Imaging - Riverside (Site ID 44-10872)
System:            Helionyx Aurion 1.5T   Serial # HX15-2218-0417
Date/time on site: 09/19/2024 06:05 - 13:40
Field engineer:    M. Castellanos (FE #3390), cell 555-772-0148

Problem reported:  Intermittent "coil element 7 open" on 20ch head/neck coil; cold head noise
Work performed:
  - Replaced head/neck coil, P/N 10-44781-02, old S/N HN20-0931 -> new S/N HN20-1588
  - Replaced cold head, P/N 10-20017-11, S/N CH-77104
  - Helium fill 212 L, level 68.4% -> 91.2%
  - Ran SNR and uniformity QA on new coil: PASS (SNR 142.7, spec >= 120)
  - Quench button test (scheduled): PASS
System status:     Returned to clinical use 13:40
Follow-up:         none. PM #3 of 4 scheduled 11/14/2024.

Customer signature: K. Tran  09/19/2024
"""
    add("clean", "lookalike", build("Helionyx Service <fsr@helionyx-service.com>", A("kevin"),
                                    "FSR SR-00771934 closed - Riverside", d, body,
                                    cc="Biomed <biomed@" + D + ">"))


def look_3():
    d = dt(2024, 11, 4, 13, 15)
    codes = [
        ("70551", "MRI brain w/o", "412.00"), ("70553", "MRI brain w/wo", "588.00"),
        ("72141", "MRI C-spine w/o", "398.00"), ("72148", "MRI L-spine w/o", "398.00"),
        ("73221", "MRI UE joint w/o", "402.00"), ("73721", "MRI LE joint w/o", "402.00"),
        ("74177", "CT abd/pelvis w", "310.00"), ("71250", "CT chest w/o", "198.00"),
        ("76700", "US abdomen complete", "142.00"), ("76642", "US breast limited", "118.00"),
        ("77067", "Screening mammo bilat", "165.00"), ("77063", "Screening DBT add-on", "58.00"),
        ("77065", "Dx mammo unilat", "152.00"), ("77080", "DXA axial", "61.00"),
        ("19083", "Breast bx US guided", "890.00"), ("10005", "FNA w/ US first lesion", "245.00"),
        ("49083", "Paracentesis w/ imaging", "285.00"),
    ]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["CPT", "Description", "Proposed 2025 global ($)", "Requires PA (Y/N)"])
    for c in codes:
        w.writerow([c[0], c[1], c[2], "N" if c[0] in ("77067", "77063", "77080", "76642", "76700") else "Y"])
    body = """Marisol, Phil -

Here's the code list Granite sent with the 2025 proposal (CSV attached). A few notes:

 - 77063 is finally paid separately, not bundled.
 - They want PA on 10005 (thyroid FNA). That's new. Most of those are same-week add-ons from
   Dr. Rao's list so that's going to be a problem.
 - ICD-10 list for the Dx mammo medical necessity policy: N63.10-N63.25, R92.0-R92.8, N64.4,
   Z85.3, Z80.3. Nothing changed there.

Please review by Friday.

Shauna
"""
    add("clean", "lookalike", build(A("shauna"), "%s, %s" % (A("marisol"), A("phil")),
                                    "Granite 2025 fee schedule - code list", d, body,
                                    atts=[("Granite_2025_codes.csv", out.getvalue(), "text/csv")]))


def look_4():
    d = dt(2024, 1, 22, 11, 11)
    rads = [
        ("Anand Rao, MD", "Body / IR", "1487362210", "MD-41882", "555-410-2401"),
        ("Claire Houghton, MD", "Breast", "1306591147", "MD-38110", "555-410-2402"),
        ("Lena Fischer, MD", "Neuro / NightRead", "1578023391", "MD-50247", "555-410-2403"),
        ("Gabriel Osei, MD", "MSK", "1932218806", "MD-47731", "555-410-2404"),
        ("Hye-jin Lim, MD", "Body / US", "1154470923", "MD-52019", "555-410-2405"),
        ("Victor Almeida, DO", "General / DEXA", "1720609558", "DO-11926", "555-410-2406"),
    ]
    lines = "\n".join("  %-22s %-18s NPI %s  Lic %s  Reading room %s" % r for r in rads)
    body = """Hi all,

Updated radiologist directory for 2024 credentialing packets - please replace the one on your
referral desk. Reading room direct lines ring through to the radiologist on duty at that site
after 5pm.

""" + lines + """

Main scheduling:   555-410-2200   Fax 555-410-3308
Prior auth line:   555-410-2215   Fax 555-410-3312
Reports/records:   555-410-2230   Fax 555-410-3320
Group NPI 1487362210 | TIN 86-1234567

Shauna Price
Practice Administrator
"""
    add("clean", "lookalike", build(A("shauna"), "Referral Coordinators <referral-partners@" + D + ">",
                                    "Kestrel Valley Imaging - 2024 radiologist directory", d, body))


def look_5():
    d = dt(2024, 8, 6, 8, 0)
    body = """KVI Operations Dashboard - July 2024 (auto-generated)

Volume by modality          Jul-24    Jun-24    Jul-23    YoY
  MRI                        2,314     2,208     2,091   +10.7%
  CT                         3,102     3,040     2,877    +7.8%
  Ultrasound                 2,880     2,912     2,705    +6.5%
  Mammography (scr+dx)       3,455     3,311     3,240    +6.6%
  DEXA                         612       588       551   +11.1%
  IR procedures                188       176       160   +17.5%
  NightRead (teleradiology)  1,947     1,880     1,522   +27.9%

Report turnaround (median, order complete -> final)
  Outpatient routine          3.8 h    (goal < 8 h)
  NightRead prelim            22 min   (contract < 30 min)
  STAT                        41 min   (goal < 60 min)

Screening mammography
  Recall rate                 9.4%     (ACR target 5-12%)
  Biopsies performed          71
  PPV2 (rolling 12 mo)        31%
  Callback letters mailed within 5 days   98.6%

No-show rate 6.1% | Same-day cancellations 3.3% | Avg lead time MRI 8.2 days
Patient satisfaction (top box) 88.2% (n=1,406)

Data as of 08/05/2024 23:59. Dashboard ID RPT-OPS-0114.
"""
    add("clean", "lookalike", build("KVI Reports <reports-noreply@" + D + ">", "Leadership <leadership@" + D + ">",
                                    "[Dashboard] Operations - July 2024", d, body))


def look_6():
    d = dt(2024, 3, 19, 17, 44)
    body = """Your order has shipped!

Order #:        DS-20240319-88417
Account:        KESTREL VALLEY IMAGING (acct 550092)
Ship to:        Attn: Renee Morales, Medical Records, 2200 Orchard Pkwy Ste 100

Item                                   Qty   SKU
Printable CD-R 700MB, white, 100/spindle  6   MD-CDR-700W
DVD-R 4.7GB printable, 50/spindle          2   MD-DVDR-47W
Slim jewel cases, clear, 200/case          1   MD-JC-SLIM200
Disc publisher ink cartridge, color        3   RP-4100-CLR

Tracking:   ParcelSwift 1ZP4 7781 0392 5510 (2 boxes)
            ParcelSwift 1ZP4 7781 0392 5527
Estimated delivery: Thursday 03/21/2024

Need help? Call 555-880-1200 and reference your order number.
DiscSource Office Products
"""
    add("clean", "lookalike", build("DiscSource Orders <orders@discsource-office.com>", A("renee"),
                                    "Shipped: order DS-20240319-88417", d, body))


def look_7():
    d = dt(2024, 3, 28, 16, 30)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Site", "Unit", "Serial", "Date", "Test", "Result", "Limit", "Pass"])
    rows = [
        ("Riverside", "MR1 Aurion 1.5T", "HX15-2218-0392", "2024-03-25", "ACR large phantom - geometric accuracy", "148.0 mm", "148 +/- 2", "Y"),
        ("Riverside", "MR1 Aurion 1.5T", "HX15-2218-0392", "2024-03-25", "High-contrast resolution", "0.9 mm", "<= 1.0", "Y"),
        ("Riverside", "MR2 Aurion 1.5T", "HX15-2218-0417", "2024-03-25", "Image intensity uniformity (PIU)", "91.3%", ">= 87.5%", "Y"),
        ("Riverside", "MR2 Aurion 1.5T", "HX15-2218-0417", "2024-03-25", "Low-contrast detectability", "38 spokes", ">= 37", "Y"),
        ("Riverside", "MR3 Open 1.2T", "OP12-0077-1140", "2024-03-26", "Percent signal ghosting", "0.6%", "<= 2.5%", "Y"),
        ("Elm St", "DXA unit 1", "DXA-61024", "2024-03-27", "Spine phantom BMD CV", "0.41%", "< 1.5%", "Y"),
    ]
    for r in rows:
        w.writerow(r)
    body = """Kevin, Dr. Houghton,

Phantom results for the ACR MRI renewal and the quarterly DXA phantom are attached. All within
limits. MR3 is the only one I'd watch - ghosting is fine but it's up from 0.3% last quarter.
I'll upload the phantom images to the ACR portal under application #MRAP-447102 by Monday.

Sofia Lindahl, MS, DABR
Consulting Medical Physicist
Lindahl Physics Consulting | 555-931-2207
"""
    add("clean", "lookalike", build("Sofia Lindahl <sofia@lindahlphysics.net>",
                                    "%s, %s" % (A("kevin"), A("houghton")),
                                    "Q1 phantom QC results - all units", d, body,
                                    atts=[("Q1_2024_phantom_QC.csv", out.getvalue(), "text/csv")]))


# =================================================================== CLEAN: news
def news_1():
    d = dt(2024, 5, 1, 7, 0)
    body = """THE VIEWBOX - Kestrel Valley Imaging staff newsletter - May 2024

3T IS HERE
The new 3 Tesla magnet at Riverside scanned its first clinical studies on April 22. Thanks to
Kevin Tran and the MR team for the weeks of applications training, and to Greg Sullivan for
getting the protocols into PACS hanging protocols on day one. Neuro, prostate and MSK cartilage
protocols move to 3T first; breast MRI follows in June.

TOMO IN EVERY ROOM
All three Elm Street mammography rooms now offer digital breast tomosynthesis for screening.
Screening volume was up 6% in Q1, and the team kept the callback-letter turnaround under 5 days.

ACR REACCREDITATION
Riverside MRI's application went in on time. Physics phantom images passed with room to spare.

WELCOME
Please welcome Priscilla Nakamura, RN (IR), and Devon Ashby, RT(R)(CT), who joined Northgate in
April.

SAVE THE DATE
Summer picnic: Saturday, July 13, Orchard Park pavilion 2. Families welcome.
"""
    html = html_wrap("<h2>THE VIEWBOX</h2>" + txt2html(body.split("\n", 2)[2]))
    add("clean", "news", build("KVI Communications <communications@" + D + ">", "All Staff <allstaff@" + D + ">",
                               "The Viewbox - May 2024", d, body, html=html,
                               atts=[("kvi_logo.png", make_png(160, 48), "image/png")]))


def news_2():
    d = dt(2024, 5, 8, 9, 30)
    body = """Dear referring colleagues,

As you may have seen, the U.S. Preventive Services Task Force has finalized its updated
recommendation on breast cancer screening: biennial screening mammography for women aged 40 to
74 (grade B), lowering the starting age from 50. The Task Force continues to find insufficient
evidence to recommend for or against supplemental screening with ultrasound or MRI for women with
dense breasts on an otherwise negative mammogram.

What this means for ordering at Kestrel Valley Imaging:

 - No order is needed for a screening mammogram for women 40 and older; patients may self-refer.
   We will send results to the primary care provider they name.
 - Our practice continues to support annual screening from age 40 in line with ACR and SBI
   guidance; we will schedule annual or biennial screening per your preference.
 - Higher-risk patients (lifetime risk >= 20%) should still be referred for risk assessment and
   consideration of supplemental MRI.
 - Dense breast notification language in our reports now follows the FDA MQSA rule effective
   September 2024.

Questions? Contact Dr. Claire Houghton, Director of Breast Imaging, at 555-410-2402.

Kestrel Valley Imaging | Elm Street Women's Imaging
To unsubscribe from provider updates reply "remove".
"""
    add("clean", "news", build("KVI Provider Updates <providerupdates@" + D + ">",
                               "Referring Providers <referral-partners@" + D + ">",
                               "Provider update: new breast screening recommendations", d, body))


def news_3():
    d = dt(2024, 9, 3, 10, 0)
    body = """NOW AT ELM STREET: SAME-DAY DEXA & SATURDAY SCREENING MAMMOGRAPHY

Your patients asked, we listened.

* Same-day bone density (DEXA) appointments Monday-Friday when ordered before noon.
* Walk-in screening mammograms with 3D tomosynthesis every Saturday, 8 AM - 1 PM.
* Free parking, evening hours Tuesdays and Thursdays until 7 PM.
* Results to your EHR inbox within 1 business day for screening exams.

To schedule: 555-410-2200 | Fax orders: 555-410-3308 | Online ordering through your EHR
(interfaces available for most major EHR vendors).

Kestrel Valley Imaging - Elm Street Women's Imaging, 77 Elm St
"""
    html = html_wrap("<div style='background:#1e5a8c;color:#fff;padding:12px'><h2>Same-day DEXA &amp; "
                     "Saturday screening mammography</h2></div>" + txt2html(body.split("\n", 2)[2]))
    add("clean", "news", build("Kestrel Valley Imaging <marketing@" + D + ">",
                               "Tricia Vaughn <tvaughn@maplehollowfm.com>",
                               "Now offering same-day DEXA + Saturday mammograms", d, body, html=html))


def news_4():
    d = dt(2024, 10, 21, 12, 0)
    body = """Research Brief - KVI Quality & Research Office

AI-assisted triage of non-contrast head CT in an overnight teleradiology service:
a 12-month retrospective review

Background: NightRead began using a commercial intracranial hemorrhage triage algorithm in
September 2023. We reviewed all overnight non-contrast head CTs read by NightRead between
September 2023 and August 2024 (n = 8,214 studies from 4 client emergency departments).

Results (aggregate):
 - Algorithm flagged 11.2% of studies; hemorrhage confirmed on final read in 7.9% of all studies.
 - Sensitivity 93.1% (95% CI 91.0-94.8), specificity 96.4%.
 - Median time to prelim for flagged studies fell from 24 to 13 minutes.
 - No change in overall prelim-final discrepancy rate (1.8% vs 1.9%).

Conclusion: Triage reprioritization shortened time-to-read for positive studies without a
measurable effect on accuracy. The algorithm missed small subdural collections under 4 mm more
often than other hemorrhage types; readers should not rely on the flag for these.

Presented at the state radiological society fall meeting. Full poster on the intranet under
Research > 2024.
"""
    add("clean", "news", build("KVI Quality & Research <research@" + D + ">", "Radiologists <radiologists@" + D + ">",
                               "Research brief: AI head CT triage - 12-month results", d, body,
                               cc=A("fischer")))


def news_5():
    d = dt(2024, 2, 15, 11, 0)
    body = """Kestrel Valley Imaging - Patient Newsletter, Winter 2024

GETTING READY FOR YOUR MRI

- Wear comfortable clothes without metal (no zippers, underwire, or athletic wear with silver
  threads). We'll give you scrubs if needed.
- Tell us about any implants, pacemakers, stimulators, shrapnel, or metalworking history. Bring
  your implant card if you have one.
- Feeling anxious in tight spaces? Ask about our open MRI at Riverside, music, or a prism mirror.
  If your doctor prescribes something to help you relax, bring a driver.
- Most MRIs take 20 to 45 minutes. You can eat and take your usual medicines unless we tell you
  otherwise.

YOUR IMAGES, YOUR WAY
You can view your reports and images on the patient portal, usually within 2 business days.
Need a disc for another doctor? Request it online or at any front desk - most are ready the
same day.

WE SPEAK YOUR LANGUAGE
Free interpreters are available in person or by video for every appointment. Just ask when you
schedule.

You are receiving this because you opted in to patient newsletters. Unsubscribe anytime.
"""
    add("clean", "news", build("Kestrel Valley Imaging <newsletter@" + D + ">",
                               "undisclosed-recipients:;", "Winter newsletter: getting ready for your MRI",
                               d, body, html=html_wrap(txt2html(body))))


def news_6():
    d = dt(2024, 11, 8, 9, 0)
    body = """RADIATION SAFETY BULLETIN - November 2024 (Radiology Tech Week edition)

This year's theme: Image Gently, Image Wisely.

1. Pediatric CT: Use the weight-based protocols on the scanner (the "PEDS-WT" folder). Across
   all sites, our median pediatric head CT CTDIvol dropped 18% after the protocol update in
   March. Thank you.
2. Shielding: Per current AAPM and ACR guidance we no longer routinely use gonadal or fetal
   shielding for diagnostic radiography and CT. Signage in the rooms has been updated so patients
   and families understand why.
3. Pregnancy screening: The screening question stays on every form for patients 12-55. If
   unsure, ask the radiologist before scanning.
4. Dosimetry badges: Q3 badges are due back by 11/15. Please exchange at your site's badge board.
5. Fluoroscopy time: IR average fluoro time per procedure this year is 6.2 minutes, well under
   our investigation level.

Questions: Radiation Safety Officer, Sofia Lindahl, MS, DABR, 555-931-2207.
"""
    add("clean", "news", build("Radiation Safety <rso@" + D + ">", "All Staff <allstaff@" + D + ">",
                               "Radiation Safety Bulletin - Nov 2024", d, body))


# =================================================================== CLEAN: staff
def staff_1():
    d = dt(2024, 6, 14, 15, 20)
    body = """Radiologist call - July 2024 (final)

Week        Day body/IR (pager 4410)   Day neuro/MSK (4411)   Breast (Elm St)      NightRead
7/1-7/7     Rao                        Osei                   Houghton             Fischer
7/8-7/14    Lim                        Fischer                Houghton             Almeida*
7/15-7/21   Rao                        Osei                   Lim (Tue/Thu)        Fischer
7/22-7/28   Almeida                    Fischer                Houghton             Osei*
7/29-8/4    Lim                        Osei                   Houghton             Fischer

* = locums backup (Dr. T. Brandvold) available 0000-0700 that week
July 4 holiday: Rao covers all sites 0700-1700, Fischer NightRead.

Swaps after today have to be approved by me and entered in the call app by both parties.

Anand Rao, MD
Chief of Radiology
"""
    add("clean", "staff", build(A("rao"), "Radiologists <radiologists@" + D + ">",
                                "July call schedule - FINAL", d, body, cc=A("shauna")))


def staff_2():
    d = dt(2024, 8, 23, 13, 10)
    rows = [
        ["Name", "Credentials", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        ["Kevin Tran", "RT(R)(MR)", "6a-2:30p", "6a-2:30p", "OFF", "6a-2:30p", "6a-2:30p", ""],
        ["Maya Feldstein", "RT(R)(MR) MRSO", "2p-10:30p", "2p-10:30p", "2p-10:30p", "OFF", "2p-10:30p", ""],
        ["Andre Boucher", "RT(MR)", "OFF", "6a-2:30p", "6a-2:30p", "6a-2:30p", "OFF", "7a-3:30p"],
        ["Tessa Ormsby", "RT(R)(MR)(CT)", "10a-6:30p", "OFF", "10a-6:30p", "10a-6:30p", "10a-6:30p", ""],
        ["Jamal Whitaker", "MR tech (ARRT eligible)", "6a-2:30p", "10a-6:30p", "6a-2:30p", "2p-10:30p", "6a-2:30p", ""],
        ["Rosa Quintanilla", "CNMT, RT(MR)", "2p-10:30p", "2p-10:30p", "OFF", "2p-10:30p", "2p-10:30p", "7a-3:30p"],
    ]
    body = """Riverside MR team - schedule for 9/2-9/7 attached (Labor Day Monday is a normal scan day for us
this year, holiday pay applies). Jamal is shadowing on 3T evenings Thursday. Please check your
lines and let me know by Tuesday if anything's wrong.

Kevin
"""
    add("clean", "staff", build(A("kevin"), "Riverside MR <riverside-mr@" + D + ">",
                                "MR schedule wk of 9/2", d, body,
                                atts=[("Riverside_MR_0902.xlsx", make_xlsx(rows, "Week 36"),
                                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))


def staff_3():
    d = dt(2024, 10, 28, 8, 0)
    body = """Open Enrollment for 2025 benefits runs November 1 - November 15.

This year's changes:
  - Medical: Bluewater Gold PPO and Silver HDHP remain. Employee premiums rise 3.5%.
  - Imaging at KVI centers remains $0 for employees and covered dependents for screening exams;
    diagnostic exams apply to the deductible on the HDHP only.
  - HSA employer contribution increases to $750 (single) / $1,500 (family).
  - New: voluntary pet insurance and identity-theft protection.
  - Dental and vision: no change.

You must log in to the benefits portal and make an active election if you want to contribute to
an FSA or HSA in 2025. Medical/dental/vision elections roll over if you do nothing.

Benefits fair: Tuesday 11/5, 11:30-1:30, Northgate conference room B, and Thursday 11/7, same
time, Riverside break room. Bluewater reps will be there.

Questions? Carla Benson, HR, ext. 2120.
"""
    add("clean", "staff", build(A("carla"), "All Staff <allstaff@" + D + ">",
                                "Open Enrollment starts Nov 1", d, body, html=html_wrap(txt2html(body))))


def staff_4():
    d1 = dt(2024, 10, 30, 10, 5)
    d2 = dt(2024, 10, 30, 11, 48)
    orig = """Hi everyone!! Rad Tech Week is Nov 3-9. Plan so far:
Mon - breakfast burritos at all 3 sites (thank you Dr. Rao!)
Wed - potluck at Northgate, sign-up sheet in the break room
Fri - ugly scrub contest + voting, prize is a $100 gift card
Please send me your baby pictures for "guess the tech" by Friday!!
Nadia"""
    body = """Love it. I'll bring my mom's pancit for Wednesday. Also can we do something for the front desk and
schedulers too? They take every angry phone call for us. Maybe donuts Thursday?

- Omar

""" + on_wrote(d1, "Nadia Petrova") + "\n" + quote(orig)
    add("clean", "staff", build(A("omar"), "%s, Northgate Staff <northgate-staff@%s>" % (A("nadia"), D),
                                "RE: Rad Tech Week!!", d2, body))


def staff_5():
    d = dt(2024, 5, 17, 16, 40)
    body = """Team,

Janelle Ortiz will be out on leave starting Monday 6/3 and returning on or about 7/15. Please
don't reach out to her with work questions while she's out.

Coverage while she's away:
  - Mammography scheduling queue: Jasmine (mornings), Luis (afternoons)
  - Callback letters: Tonya
  - Elm Street opening checklist: Jasmine
  - Janelle's Tuesday DEXA reminders: RIS auto-calls are turned on for those weeks

Thanks for pitching in. If anything falls through the cracks, come to me.

Dana
"""
    add("clean", "staff", build(A("dana"), "Patient Access <patientaccess@" + D + ">",
                                "Coverage 6/3 - 7/15", d, body))


def staff_6():
    d = dt(2024, 12, 9, 9, 15)
    body = """Payroll reminders for the holidays:

1. Timesheets for the pay period ending 12/21 are due Thursday 12/19 by noon (early because of
   the holiday). Supervisors approve by 5pm Thursday.
2. Holiday pay: 12/25 and 1/1 are paid holidays. If you work the holiday you get 1.5x plus
   holiday pay.
3. Shift differentials effective 1/1/2025:
      Evening (3p-11p)      +$2.25/hr  (was $2.00)
      Night (11p-7a)        +$3.75/hr  (was $3.50)
      Weekend               +$1.50/hr
      Call-back (IR, CT)    2-hr minimum at 1.5x
4. W-2s will be available in the payroll portal by January 24. Check that your address is
   current.

Carla Benson
HR Generalist | ext. 2120
""" + disc(1)
    add("clean", "staff", build(A("carla"), "All Staff <allstaff@" + D + ">",
                                "Payroll: holiday deadlines + 2025 shift differentials", d, body))


def staff_7():
    d = dt(2024, 4, 1, 8, 20)
    body = """Hi IR and Northgate folks,

Please welcome Priscilla Nakamura, RN, BSN, CRN, who starts with us today! Priscilla comes to us
from eight years in the cath lab and interventional suite at Harlow County Medical Center and has
her moderate sedation and ACLS/PALS. She'll be orienting with Beth for the next four weeks and
then joining the IR nursing rotation.

She loves trail running and has a very large dog named Biscuit. Please stop by the IR nursing
station and say hi. Her extension is 2331.

Welcome, Priscilla!

Beth Lindqvist, RN
IR Nurse Lead
"""
    add("clean", "staff", build(A("beth"), "Northgate Staff <northgate-staff@" + D + ">",
                                "Welcome Priscilla Nakamura, RN!", d, body, cc="Priscilla Nakamura <pnakamura@" + D + ">"))


# =================================================================== CLEAN: training
def train_1():
    d = dt(2024, 4, 10, 15, 0)
    body = """RIS 11.4 upgrade - UAT script, scheduling module (TRAIN environment only)

Use ONLY the test patients below in RIS-TRAIN. Do not search for real patients in TRAIN.

Test patient        MRN         DOB         Payer on file
ZZTEST, MRIONE      TST000101   01/01/1950  TEST PAYER A (auth req)
ZZTEST, CTTWO       TST000102   02/02/1960  TEST PAYER B
ZZTEST, MAMMOTHREE  TST000103   03/03/1970  SELF PAY
ZZTEST, PEDSFOUR    TST000104   04/04/2018  TEST MEDICAID

Steps
 1. Schedule ZZTEST, MRIONE for MRI brain w/wo on magnet 2 next Tuesday 0800.
    Expected: auth-required banner appears, status = "Pending Auth".
 2. Enter auth # TEST-AUTH-0001. Expected: status changes to "Scheduled".
 3. Schedule ZZTEST, MAMMOTHREE as self pay. Expected: GFE generated automatically.
 4. Schedule ZZTEST, PEDSFOUR for sedation MRI. Expected: sedation checklist required before save.
 5. Cancel ZZTEST, CTTWO with reason "Patient request". Expected: SIU^S15 generated in the
    interface monitor.

Record pass/fail and screenshots in the UAT tracker. Testing window closes 4/19.

Greg
"""
    add("clean", "training", build(A("greg"), "UAT Testers <uat@" + D + ">",
                                   "UAT script - scheduling (TRAIN)", d, body, cc=A("dana")))


def train_2():
    d = dt(2024, 3, 1, 12, 0)
    body = """Contrast reaction drill - pre-quiz (answers at the bottom, no peeking)

1. A 45-year-old develops a few hives on the arm 5 minutes after IV iodinated contrast. Vitals
   normal. First step?
   a) Epinephrine IM  b) Observe, consider diphenhydramine  c) Call 911  d) Albuterol

2. A patient becomes hypotensive (80/40) with a heart rate of 48 after contrast. Most likely?
   a) Anaphylaxis  b) Vasovagal reaction  c) Contrast extravasation  d) Panic attack

3. Adult IM epinephrine dose for anaphylaxis?
   a) 0.01 mg  b) 0.1 mg  c) 0.3 mg (1 mg/mL)  d) 1 mg IV push

4. Where is the contrast reaction kit in your room? Who checks it and how often?

5. True/False: a shellfish allergy is a specific contraindication to iodinated contrast.

Answers: 1-b  2-b (treat with legs up, IV fluids, atropine if needed)  3-c  4-site-specific
5-False

Drill dates: Northgate 3/12, Riverside 3/14, Elm Street 3/19. Sign-up with Beth.
"""
    add("clean", "training", build(A("beth"), "CT Technologists <ct-techs@" + D + ">",
                                   "Contrast reaction drill - pre-quiz", d, body,
                                   cc="MR Technologists <mr-techs@" + D + ">"))


def train_3():
    d = dt(2024, 9, 26, 17, 0)
    pdf = make_pdf([
        "KVI TEACHING FILE - CASE 2024-17 (de-identified)",
        "",
        "History: Adult female, 60s. Incidental finding on outside chest CT.",
        "Images: Axial CT chest, lung windows; PET/CT fused, 2 key images.",
        "",
        "Question 1: Describe the dominant lesion.",
        "Question 2: What Fleischner category applies and what is the recommendation?",
        "Question 3: What is the significance of the SUVmax?",
        "",
        "Discussion: 14 mm part-solid nodule, solid component 7 mm, RUL.",
        "Key teaching point: measure the solid component separately on lung windows.",
        "All identifiers removed; dates shifted. For education use only.",
    ], "Teaching case 2024-17")
    body = """Residents / fellows,

Case of the week for Tuesday conference is attached (de-identified, dates shifted). Please look at
it before noon conference and come ready to describe it. We'll go through the Lung-RADS vs.
Fleischner decision and why it matters which one you use.

AR
"""
    add("clean", "training", build(A("rao"), "Trainees <trainees@" + D + ">",
                                   "Case of the week 2024-17", d, body,
                                   atts=[("TF_2024-17_deid.pdf", pdf, "application/pdf")]))


def train_4():
    d = dt(2024, 7, 2, 10, 30)
    doc = make_docx([
        "**Mammography Callback Workflow - Training Scenario (fictitious patient)**",
        "Patient: Jane Sample (SAMPLE - not a real person), MRN TRN-000777, DOB 01/01/1975",
        "Day 0: Screening mammogram read as BI-RADS 0, right breast, focal asymmetry.",
        "Day 1: Navigator opens the callback task in RIS. Attempt 1 by phone. Document outcome.",
        "Day 2: Attempt 2 by phone + portal message. Letter generated automatically.",
        "Day 5: If no contact, certified letter. Notify radiologist.",
        "Day 10: Escalate to Director of Breast Imaging.",
        "Exercise: Using the TRAIN environment, complete each step for Jane Sample and compare",
        "your documentation with the answer key on the last page.",
    ])
    body = """New schedulers and navigators -

Attached is the callback workflow scenario we'll walk through in Thursday's training (1-3pm,
Elm St conference room). It uses the fictitious patient Jane Sample in the TRAIN system, so you
can click everything without worrying.

Tonya
"""
    add("clean", "training", build(A("tonya"), "New Hire Training <newhire-training@" + D + ">",
                                   "Thursday training - callback workflow scenario", d, body,
                                   atts=[("Callback_scenario_JaneSample.docx", doc,
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))


def train_5():
    d = dt(2024, 11, 12, 14, 15)
    segs = [
        "MSH|^~\\&|KVI_RIS|KVI|CARVER_EHR|CARVERPEDS|20241112140100||ORU^R01|TESTMSG0001|T|2.5.1",
        "PID|1||TEST99001^^^KVI^MR||TEST^PATIENT^ONE||20100101|U|||123 TEST ST^^TESTVILLE^ST^00000",
        "OBR|1|TESTORD01|TESTACC01|76700^US ABDOMEN COMPLETE^CPT|||20241112130000|||||||||9999999999^TEST^PROVIDER||||||20241112135500|||F",
        "OBX|1|TX|76700^US ABDOMEN COMPLETE^CPT|1|THIS IS A TEST REPORT. NOT FOR CLINICAL USE.||||||F",
    ]
    body = """Hi Tom,

Here's the first validation message for the Carver Street results interface. Processing ID is T
(training), patient is our standard TEST^PATIENT^ONE. Please confirm it lands in your test
provider's inbox and send me the ACK. Once we have 10 clean test messages we'll schedule the
go-live.

""" + _hl7(segs, "\n") + """
Greg Sullivan
PACS / RIS Administrator
"""
    add("clean", "training", build(A("greg"), "Tom Reyes <treyes@carverstpeds.com>",
                                   "Results interface validation - test msg 1", d, body,
                                   cc="Priyanka Desai <pdesai@meshbridge-integration.com>"))


def train_6():
    d = dt(2024, 1, 25, 9, 45)
    body = """MRI Safety - Level 1 annual training, scenario section

Read each scenario and decide: SCAN, DO NOT SCAN, or NEED MORE INFO. (Fictional cases.)

Scenario A: A sample patient reports a "heart device" but can't name it. No card. Referring
office closed.
Scenario B: Patient had a knee replacement 10 years ago and a cardiac stent 2 years ago.
Scenario C: A visitor wants to accompany a child into Zone IV wearing a hair clip and a fitness
watch.
Scenario D: A welder reports possible metal fragment in the eye years ago; no orbit x-ray on
file.
Scenario E: Patient has a programmable VP shunt.

Completion is due by 2/29 in the learning portal. Level 2 staff (MR techs, MRSOs) also need to
complete the quench and fire drill module.

Maya Feldstein, RT(R)(MR), MRSO
"""
    add("clean", "training", build("Maya Feldstein <mfeldstein@" + D + ">", "All Staff <allstaff@" + D + ">",
                                   "MRI safety annual training - scenarios due 2/29", d, body))


# =================================================================== main
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}

FUNCS = {
    "care": [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8],
    "ids": [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8],
    "lang": [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8],
    "lists": [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7],
    "names": [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8],
    "self": [self_1, self_2, self_3, self_4, self_5, self_6, self_7],
    "struct": [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7],
    "admin": [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7],
    "lookalike": [look_1, look_2, look_3, look_4, look_5, look_6, look_7],
    "news": [news_1, news_2, news_3, news_4, news_5, news_6],
    "staff": [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7],
    "training": [train_1, train_2, train_3, train_4, train_5, train_6],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for kind, fns in FUNCS.items():
        for f in fns:
            f()
    counts = {}
    rows = []
    for label, kind, msg, patient in REGISTRY:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        fname = "%s-%s-%03d.eml" % (label, kind, counts[(label, kind)])
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print("%s-%s: %d" % (label, kind, n))
    print("total: %d" % len(rows))


if __name__ == "__main__":
    main()
