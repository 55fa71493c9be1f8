#!/usr/bin/env python3
"""Blind evaluation set: travel-medicine clinic + international medical-assistance company.

All people, numbers, organisations and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import csv
import datetime
import html as htmlmod
import io
import os
import random
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 7802
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

COUNTERS = {}
ROWS = []

EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}


# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, tz=-5.0):
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tzinfo))


def _domain(addr):
    a = addr.split(",")[0]
    if "<" in a:
        a = a.split("<", 1)[1].split(">", 1)[0]
    return a.split("@")[-1].strip() or "localhost.example"


def msgid(domain):
    style = random.randint(0, 3)
    if style == 0:
        return "<%012x.%08x@%s>" % (random.getrandbits(48), random.getrandbits(32), domain)
    if style == 1:
        return "<%s%04d%s@mail.%s>" % (
            "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
            random.randint(0, 9999),
            "".join(random.choice("abcdef0123456789") for _ in range(16)), domain)
    if style == 2:
        return "<%d.%d.%d.JavaMail.svc@%s>" % (
            random.randint(10 ** 8, 10 ** 9), random.randint(1, 99), random.randint(10 ** 12, 10 ** 13), domain)
    return "<%08X-%04X-%04X-%04X-%012X@%s>" % (
        random.getrandbits(32), random.getrandbits(16), random.getrandbits(16),
        random.getrandbits(16), random.getrandbits(48), domain)


def text_to_html(body, font="Calibri, Arial, sans-serif"):
    paras = []
    for block in body.split("\n"):
        paras.append(htmlmod.escape(block) if block.strip() else "&nbsp;")
    inner = "<br>\n".join(paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n' % (font, inner))


def emit(label, kind, frm, to, subject, body, date, cc=None, html=None, atts=(),
         patient="", headers=None, reply_to=None, in_reply_to=None):
    key = (label, kind)
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTERS[key])
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid(_domain(frm))
    if in_reply_to:
        ref = msgid(_domain(to))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html is True:
        html = text_to_html(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for fn, data, mtype in atts:
        maintype, subtype = mtype.split("/", 1)
        if maintype == "text" and isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient))


ZDT = (2024, 6, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    x = htmlmod.escape
    srows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(str(v))))
        srows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)


def make_docx(paragraphs):
    x = htmlmod.escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ]
    return _zip(files)


def make_pdf(lines, title="Document"):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 760 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (PDF export) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_jpeg(n=None):
    n = n or random.randint(1800, 4200)
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(random.getrandbits(8) for _ in range(64)) +
            b"\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
            b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00")
    body = bytes(random.getrandbits(8) for _ in range(n)).replace(b"\xff", b"\xfe")
    return head + body + b"\xff\xd9"


def make_ics(uid, start, end, summary, location, description, organizer):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Calendar Export//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\n"
            "LOCATION:%s\r\nDESCRIPTION:%s\r\nORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start, start, end, summary, location, description.replace("\n", "\\n"), organizer))


# ---------------------------------------------------------------- common signatures
DISC_HGA = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
            "addressee(s) and may contain confidential or privileged information. If you are not the "
            "intended recipient, please notify the sender immediately and delete this message. "
            "Halcyon Global Assistance Ltd.")
DISC_LTM = ("This message is intended only for the use of the individual or entity to which it is "
            "addressed and may contain information that is confidential. If you received this in error, "
            "please notify the sender and destroy all copies.")
DISC_CC = ("Coralline Cruises Ltd. - This communication is confidential and intended for the named "
           "recipient only. Shipboard e-mail is transmitted via satellite and may be delayed.")

SIG_MARISOL = """Marisol Quintero
Medical Assistance Coordinator | Halcyon Global Assistance
24/7 Operations Centre: +1 617 555 0190 | Fax: +1 617 555 0199
ops@halcyonassist.net"""

SIG_NADIA = """Kind regards,

Nadia Kowalski
Case Manager, Medical Assistance
Halcyon Global Assistance
D: +44 20 7946 0312 | 24h: +44 20 7946 0300
n.kowalski@halcyonassist.net"""

SIG_RENEE = """Renee Castellano, RN
Travel Health Nurse
Larkspur Travel Medicine
2150 Hennepin Ave S, Suite 300, Minneapolis, MN 55405
T 612-555-0143 | F 612-555-0149"""

SIG_FERRARO = """Dr. Lucia Ferraro
Senior Physician, MS Coralline Aurora
Medical Centre Deck 3 | Ext. 911 / 3030
Sat phone +870 773 555 219"""

SIG_HADDAD = """dr. Samira Haddad, MBBS MRCGP
Medical Lead, Harbourview Expat Medical - Jakarta
Jl. Kemang Raya 41, Jakarta Selatan 12730
+62 21 5550 3319 | after hours +62 811 555 0921"""


# ================================================================ PHI: care
def phi_care():
    emit("phi", "care",
         "Marisol Quintero <m.quintero@halcyonassist.net>",
         "Special Assistance Desk LHR <specialassist@aerolinkhandling.com>",
         "Meet & assist request - LHR T5 arr 14 Nov - OKAFOR/DENNIS MR - our ref HGA-24-09877",
         """Hello team,

Please arrange the following for our client on arrival:

Pax:          OKAFOR/DENNIS MR
Flight:       BA2491 arriving LHR T5 14 Nov 06:35, seat 2A
Service:      WCHC - cannot walk the aircraft aisle, needs aisle chair at the door
Travelling:   daughter Ms Grace OKAFOR, seat 2B
Onward:       private car to Reading, booked by the family - please take him through
              to the T5 short stay pick-up and wait with him until the driver arrives

Medical oxygen on board has been cleared with the airline's medical desk (MEDIF
approved 11 Nov, confirmation attached). He has one small cabin bag and a folding
walking frame which should go in the hold with the wheelchair tag.

Please reply to confirm, quoting our reference HGA-24-09877. If the flight is
delayed the daughter will call our 24h line.

Many thanks,

""" + SIG_MARISOL + "\n\n" + DISC_HGA,
         dt(2024, 11, 12, 16, 41, 0),
         cc="Halcyon Operations <ops@halcyonassist.net>",
         atts=[("MEDIF_confirmation_OKAFOR.pdf", make_pdf([
             "PASSENGER MEDICAL CLEARANCE - CONFIRMATION",
             "Passenger: OKAFOR/DENNIS MR   Record locator: QZ7K4M",
             "Flight: BA2491 14NOV  Seat 2A",
             "Approved: Medical oxygen 2 L/min via nasal cannula, own POC not permitted",
             "Wheelchair: WCHC   Escort: daughter (non-medical)",
             "Clearance valid for the flight above only.",
         ], "MEDIF confirmation"), "application/pdf")],
         patient="Dennis Okafor")

    emit("phi", "care",
         "Tobias Lindgren <t.lindgren@halcyonassist.net>",
         "Anneke van der Berg <anneke.vdberg@zephyrmail.net>",
         "RE: Pieter - when is he coming home??",
         """Dear Mrs van der Berg,

Thank you for your message, and I am sorry nobody rang you yesterday as promised. That should not have happened.

I spoke with the ward doctor at RS Mentari this morning. Pieter had a comfortable night and was sitting in the chair when I called. The doctor wants to see him walk to the end of the corridor and back without help before she signs the fit-to-fly form, which may be on Friday.

If he is cleared, the plan is:
- Friday: our nurse Ingrid flies out to Bali to meet him
- Saturday night: she flies home with him on a normal flight, business class, via Singapore to Amsterdam. She will handle all the bags and his papers.
- At Schiphol an ambulance will take him straight home to Utrecht, and his own doctor will get a letter from us.

I will ring you tomorrow at 10:00 your time. If you need us before then, please call the 24h line and give our reference HGA-24-11402.

Kind regards,

Tobias Lindgren
Case Manager | Halcyon Global Assistance
+44 20 7946 0318

-----Original Message-----
From: Anneke van der Berg <anneke.vdberg@zephyrmail.net>
Sent: Wednesday, November 6, 2024 9:14 PM
To: Halcyon Operations <ops@halcyonassist.net>
Subject: Pieter - when is he coming home??

Hello,

my husband Pieter van der Berg is still in the hospital in Bali and nobody called me today like was promised. I have no idea when he is coming home or if somebody will fly with him, he can not manage the bags alone and he gets tired very fast.
Please can someone ring me +31 6 5550 2231

Anneke
""",
         dt(2024, 11, 7, 8, 52, 0),
         cc="Halcyon Operations <ops@halcyonassist.net>",
         in_reply_to=True,
         patient="Pieter van der Berg")

    emit("phi", "care",
         "Renee Castellano <r.castellano@larkspurtravelmed.com>",
         "Kelsey Dunn <k.dunn@larkspurtravelmed.com>",
         "can you book Hannah back in",
         """Hi Kels - can you get Hannah Lindqvist in for her next shot on day 7 (3/11) and then day 21 (3/25)? She flies to Kathmandu 3/28 so the 25th is the latest we can go.

She prefers before 9am, she works days at the hospital. ok to double book me at 8:00 if needed.

Also she lost her yellow card from 2019 - pull the old record and print a replacement for Dr. Mwangi to sign when she's in.

thx!
R
""",
         dt(2025, 3, 4, 11, 7, -6),
         patient="Hannah Lindqvist")

    emit("phi", "care",
         "Medical Centre MS Coralline Aurora <medical.aurora@corallinecruises.com>",
         "Cozumel Port Services - Ops <ops@cozumelportservices.com>",
         "Medical disembarkation - Cozumel 18/01 - cabin 7142",
         """Dear Mr. Ortega,

As discussed by phone, please find below the arrangements for our guest who will disembark tomorrow for care ashore.

Guest:        Mrs. Ruth ABERNATHY, DOB 02/05/1948, US passport
Cabin:        7142
Accompanied:  husband Mr. Walter ABERNATHY (same cabin), will disembark with her
Mobility:     wheelchair to the gangway. She cannot manage the tender, so we need
              the pier berth confirmed. Ambulance at the foot of the gangway 08:15 please.
Destination:  Clinica Medica Isla Azul, Dr. Paredes is expecting her
Luggage:      3 cases + 1 carry-on, left at the gangway by housekeeping at 07:45
Documents:    passports returned, onboard account settled. My medical report in a
              sealed envelope, handed to the ambulance crew by our nurse.
Insurer:      Bluewater Travel Insurance - guest has called them; assistance reference
              still pending, I will forward as soon as I have it.

Could you confirm the ambulance, and who from your office will go with them to the clinic? Mr. Abernathy will also need help finding a hotel close to the clinic for a few nights.

Best regards,

""" + SIG_FERRARO + "\n\n" + DISC_CC,
         dt(2025, 1, 17, 19, 22, -6),
         cc="Fleet Medical <fleetmedical@corallinecruises.com>, Guest Services Aurora <guestservices.aurora@corallinecruises.com>",
         patient="Ruth Abernathy")

    letter = make_docx([
        "Harbourview Expat Medical - Jakarta",
        "Jl. Kemang Raya 41, Jakarta Selatan 12730, Indonesia",
        "",
        "26 February 2025",
        "",
        "TO WHOM IT MAY CONCERN",
        "",
        "This is to confirm that Mr. Tomasz Wierzbicki, date of birth 17/09/1979, passport no. EM 4471902, "
        "is under my care and requires the following medicines for his personal use only:",
        "  - Levothyroxine 100 micrograms tablets, one daily - 90 tablets",
        "  - Ramipril 5 mg capsules, one daily - 90 capsules",
        "This is a 3 month supply. The medicines are not for resale.",
        "",
        "Please contact me if further information is needed.",
        "",
        "Dr. Samira Haddad, MBBS MRCGP",
        "Medical Lead",
    ])
    emit("phi", "care",
         "Samira Haddad <s.haddad@harbourviewexpat.com>",
         "Halcyon Pharmacy Logistics <pharmacy@halcyonassist.net>",
         "courier request - 3 months supply - T. Wierzbicki (Doha)",
         """Hi team,

Our member Tomasz Wierzbicki (Nordfjell Engineering, now seconded to the Doha office) cannot get his usual tablets locally - the pharmacy there says the import is delayed until at least April. He has about 10 days left.

Could you please courier from the UK hub:
  - Levothyroxine 100 mcg x 90
  - Ramipril 5 mg x 90
with a copy of the prescription and my letter for customs (attached, signed).

Deliver to his office: Nordfjell Engineering, Level 14, Tornado Tower, West Bay, Doha. Reception knows to expect it. He is travelling 3-6 March so please avoid those days, or leave with reception.

Cost to the corporate account as usual.

Thanks,
Samira

""" + SIG_HADDAD,
         dt(2025, 2, 26, 14, 3, 7),
         atts=[("Customs letter - Wierzbicki.docx", letter,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
         patient="Tomasz Wierzbicki")

    emit("phi", "care",
         "Ingrid Solberg <i.solberg@halcyonassist.net>",
         "Case Management <casemgmt@halcyonassist.net>",
         "Escort complete - HGA-25-00318 ALVAREZ",
         """Hi all, mission complete.

0640 picked up Hector Alvarez at Clinica Santa Lucia Quito, discharge letter + meds for the trip counted and signed
0715 ground amb to UIO, wheelchair through security, airline staff great
Leg 1 UIO-MIA: ate half his breakfast, slept most of the way, bathroom x1 with assist
MIA: 2h connection in the lounge, obs fine every hour
Leg 2 MIA-ORD: restless the last hour, settled after some water and a chat about his grandkids lol
ORD: son Rafael met us at arrivals, EMS took him to Lakeview Regional as planned, handover to ED charge RN at 2110

Belongings: 1 suitcase, cane, phone + charger. Passport handed to son (signed for).

Receipts for taxi + meals attached (photos). Formal report tomorrow, going to sleep now!!

Ingrid

Sent from my iPhone""",
         dt(2025, 1, 22, 22, 48, -6),
         cc="Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         atts=[("IMG_4471.jpg", make_jpeg(), "image/jpeg"), ("IMG_4472.jpg", make_jpeg(), "image/jpeg")],
         headers={"X-Mailer": "iPhone Mail (21F90)"},
         patient="Hector Alvarez")

    body7 = """Dear Authorisations team,

Update on Ms Priya RAMAN, policy BTI-5520-1187-02, our ref HGA-24-10985:

- Discharged from Andaman International Hospital, Phuket today at 12:30.
- The treating doctor wants her to stay close by for 2 more nights and come back Thursday morning so he can check her before she flies.
- She has to keep the leg up during the flight, so the doctor recommends business class (or 3 economy seats together). His letter is on file.

Costs requested for authorisation:
  Hotel 2 nights near the hospital      THB 4,800 / night
  Taxi hotel-hospital-airport           THB 1,200
  Business class HKT-BKK-LHR, Fri       approx. GBP 3,450 (quote attached)
Her original return ticket is non-changeable and non-refundable.

Please confirm by 17:00 UK time so that we can hold the seats.

""" + SIG_NADIA + "\n\n" + DISC_HGA
    emit("phi", "care",
         "Nadia Kowalski <n.kowalski@halcyonassist.net>",
         "Bluewater Authorisations <claims.authorisations@bluewatertravelins.com>",
         "Authorisation request - RAMAN, Priya - extra nights + return flight",
         body7,
         dt(2024, 10, 8, 10, 16, 1),
         html=True,
         atts=[("Quote_HKT-LHR_RAMAN.pdf", make_pdf([
             "FARE QUOTE - valid 24h",
             "Passenger: RAMAN/PRIYA MS",
             "11OCT HKT-BKK  J class 10:05-11:35",
             "11OCT BKK-LHR  J class 13:20-19:45",
             "Total fare incl. taxes: GBP 3,447.60",
             "Special service: extra legroom / leg rest requested",
         ], "Fare quote"), "application/pdf")],
         patient="Priya Raman")

    emit("phi", "care",
         "Carla Jimenez <c.jimenez@halcyonassist.net>",
         "Monique Baptiste <mbaptiste@letterbox-mail.com>",
         "Re: mom's flight changed",
         """Hi Monique,

No problem at all - I've moved the meet to Sunday, AA1042 arriving MIA 15:20. I'll be at the gate myself with a wheelchair, and I'll stay with your mum until you pick her up at arrivals (door 5, lower level). I'll bring her walker up from the jet bridge.

I'll text you when she's off the plane.

Carla Jimenez, RN
Halcyon Global Assistance - Miami
+1 305 555 0166

On Fri, Aug 15, 2025 at 7:58 PM Monique Baptiste <mbaptiste@letterbox-mail.com> wrote:
> mom's flight got changed to sunday - can your nurse still meet her at the gate in Miami? her name is Lucille Baptiste, she uses the walker and gets mixed up in big airports. flight is AA 1042 now
> thanks so much
> Monique
>
> Sent from my phone
""",
         dt(2025, 8, 16, 9, 12, -4),
         in_reply_to=True,
         patient="Lucille Baptiste")


# ================================================================ PHI: ids
def phi_ids():
    emit("phi", "ids",
         "HGA Guarantees Desk <gop@halcyonassist.net>",
         "International Patients Office <international@clinicasanmarcos-malaga.com>",
         "Guarantee of Payment - our ref HGA-24-118203 - your adm. 24/11832",
         """Dear Colleagues,

Further to your request received today, Halcyon Global Assistance, acting on behalf of Bluewater Travel Insurance, confirms a GUARANTEE OF PAYMENT for the patient below, subject to the conditions stated.

  Patient (initials):    M.K.
  Date of birth:         14/02/1961
  Policy no.:            BTI-7734-0291-55
  Your admission no.:    24/11832
  Date of admission:     03/11/2024
  Guarantee limit:       EUR 15,000.00 (fifteen thousand euros)

Covered: medically necessary inpatient treatment arising from the emergency for which the patient was admitted.
Not covered: personal items, telephone, TV, companion meals and bed, treatment of pre-existing conditions not related to the emergency.

Conditions:
 1. A medical report every 24 hours to medical@halcyonassist.net.
 2. Prior written authorisation for any single procedure above EUR 3,000.
 3. Final itemised invoice in EUR with the discharge report, addressed to Halcyon Global Assistance Ltd, quoting HGA-24-118203.
 4. The patient must not be asked for a deposit or for payment of covered items.

This guarantee is valid for 30 days from today and may be extended on request.

Yours faithfully,

Rui Tavares
Guarantees Desk | Halcyon Global Assistance
+351 21 555 0420 | gop@halcyonassist.net

""" + DISC_HGA,
         dt(2024, 11, 3, 15, 38, 1),
         cc="medical@halcyonassist.net",
         patient="")

    emit("phi", "ids",
         "Derek Hsu <d.hsu@bluewatertravelins.com>",
         "jmorales88@zephyrmail.net",
         "Claim TC-2025-004417 - documents needed",
         """Dear Mr. Morales,

Thank you for submitting your claim. We have received the request for the emergency room visit at Hospital Costa Azul, Cancun on 03/14/2025 and the pharmacy receipt dated 03/15/2025.

To continue processing we need:
 1. The itemized bill from the hospital (the document you sent is a card payment receipt only).
 2. The doctor's report or discharge note from the 3/14 visit.
 3. Proof of your travel dates (boarding passes or e-ticket itinerary).

Documents in Spanish are fine, we will have them translated.

Please upload them through the portal or reply to this e-mail, quoting claim number TC-2025-004417 and member ID BWT00938812. If we do not hear from you within 60 days the claim will be closed; it can be reopened at any time once the documents arrive.

Regards,

Derek Hsu
Claims Examiner, Travel Medical
Bluewater Travel Insurance Co.
Tel 1-800-555-0147 ext 2231 | Fax 1-800-555-0148
""",
         dt(2025, 3, 27, 13, 2, -4),
         patient="")

    emit("phi", "ids",
         "Dana Whitlock <billing@larkspurtravelmed.com>",
         "Front Desk <frontdesk@larkspurtravelmed.com>",
         "Acct 0048813 - JE balance",
         """Pt on acct 0048813 (DOB 07/22/1989) called about the $718 balance for the Ixiaro series - her plan denied it as a non-covered travel vaccine. She wants to do a 3 month payment plan.

Can you set it up at check-in on 4/2 when she comes in for dose 2? Plan form is in the shared drive > Billing > Forms. She also asked for a superbill so she can submit to her HSA, pls print one with the dx and CPT codes.

thanks
Dana

Dana Whitlock | Billing Specialist | Larkspur Travel Medicine | 612-555-0145
""",
         dt(2025, 3, 25, 10, 31, -5),
         patient="")

    emit("phi", "ids",
         "Kwame Mensah <ops.lead@halcyonassist.net>",
         "Skyline Medevac Quotes <quotes@skylinemedevac.net>",
         "RFQ air ambulance DPS-PER - case 25-0931-AE - URGENT",
         """Good morning,

Please quote for the following mission:

Case:            25-0931-AE
Patient:         68 y/o male, 92 kg, 181 cm
From:            Denpasar (DPS), currently ICU RS Mentari
To:              Perth (PER), bed confirmed at the receiving hospital, ICU to ICU
Clinical:        stretcher, on 2 L oxygen by nasal prongs, not ventilated, one IV line,
                 haemodynamically stable per this morning's report
Team:            doctor + nurse, ICU level
Earliest:        tomorrow 08:00 local
Passengers:      wife to travel, 1 pax + 15 kg luggage

Please include aircraft type, crew composition, ground ambulance both ends, permits, and how long the quote is valid.

We need the quote within 2 hours to go to the insurer.

Thanks,
Kwame Mensah
Operations Shift Lead | Halcyon Global Assistance
24h +1 617 555 0190
""",
         dt(2025, 9, 3, 21, 5, -4),
         cc="ops@halcyonassist.net",
         headers={"Importance": "High", "X-Priority": "1"},
         patient="")

    emit("phi", "ids",
         "Eligibility <eligibility@bluewatertravelins.com>",
         "Tamsin Greer <billing@skylinemedevac.net>",
         "RE: Coverage verification - member XQJ448201937",
         """Hi Tamsin,

Member is active 01/15/2025 - 02/28/2025, plan Voyager Plus. Emergency evacuation benefit up to USD 500,000, pre-authorised by Halcyon ref HGA-25-01522. Please submit the claim with the flight medical record attached (not separately).

Thanks,
Eligibility Team
Bluewater Travel Insurance Co.

-----Original Message-----
From: Tamsin Greer <billing@skylinemedevac.net>
Sent: Tuesday, February 18, 2025 11:40 AM
To: Eligibility <eligibility@bluewatertravelins.com>
Subject: Coverage verification - member XQJ448201937

Hello,

We transported your member on 02/09/2025 (Roatan RTB to Houston IAH, fixed wing, stretcher). Before we send the invoice can you please confirm active coverage and the evacuation benefit limit for:

Member ID:   XQJ 448 201 937
Group:       55102
DOB:         11/30/1957
SSN (last 4): 6621

Our invoice # SMA-25-0117, total USD 48,600.00.

Please also advise if you need the flight medical record with the claim or separately.

Thank you,
Tamsin Greer
Billing Coordinator, Skyline Medevac Air
Fort Lauderdale Executive Airport, Hangar 9
T +1 954 555 0137 | F +1 954 555 0138
""",
         dt(2025, 2, 19, 9, 24, -5),
         in_reply_to=True,
         patient="")

    txt6 = """Hello,

The status of your claim has changed.

Claim number:   77-3019-228
Status:         Pending - additional information required
Requested:      Medical records from Clinica del Sol, Arequipa
                for treatment dates 08/02/2025 - 08/05/2025

Please log in to My Claims to upload the document. Your claim will be reviewed within 10 business days after we receive it.

This is an automated message. Please do not reply to this e-mail.

Bluewater Travel Insurance Co. | 1-800-555-0147
"""
    html6 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d6dee6">
<tr><td style="background:#0b4f7c;color:#fff;padding:14px 20px;font-size:18px">Bluewater Travel Insurance</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p><p>The status of your claim has changed.</p>
<table cellpadding="4">
<tr><td><b>Claim number</b></td><td>77-3019-228</td></tr>
<tr><td><b>Status</b></td><td style="color:#b35900">Pending &ndash; additional information required</td></tr>
<tr><td><b>Requested</b></td><td>Medical records from Clinica del Sol, Arequipa<br>for treatment dates 08/02/2025 &ndash; 08/05/2025</td></tr>
</table>
<p><a href="https://myclaims.bluewatertravelins.com/claims/77-3019-228" style="background:#0b4f7c;color:#fff;padding:8px 16px;text-decoration:none">Upload document</a></p>
<p style="font-size:12px;color:#777">This is an automated message. Please do not reply to this e-mail.</p>
</td></tr></table></body></html>
"""
    emit("phi", "ids",
         "Bluewater Claims Portal <no-reply@bluewatertravelins.com>",
         "rkhan.travel@zephyrmail.net",
         "Claim 77-3019-228: additional information required",
         txt6, dt(2025, 8, 21, 6, 0, -5), html=html6,
         headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
         patient="")

    emit("phi", "ids",
         "Joseph Mwangi MD <j.mwangi@larkspurtravelmed.com>",
         "Medical Records <records@larkspurtravelmed.com>",
         "MRN 0072145 - YF waiver",
         """signed, pls scan into chart and give her the original at checkout. thx -JM

Sent from my iPad""",
         dt(2025, 3, 17, 12, 44, -5),
         atts=[("YF_waiver_0072145.pdf", make_pdf([
             "LARKSPUR TRAVEL MEDICINE - Designated Yellow Fever Vaccination Centre MN-0117",
             "MEDICAL WAIVER - YELLOW FEVER VACCINATION",
             "",
             "Patient: Eleanor R. Brandt-Whitfield        DOB: 06/11/1953        MRN: 0072145",
             "Destination: Tanzania (Zanzibar), departing 04/09/2025",
             "",
             "This is to certify that yellow fever vaccination is medically contraindicated",
             "for the above traveller because of a history of thymus disorder (thymectomy 1998)",
             "and age over 60 years. Please accept this in lieu of the International Certificate.",
             "",
             "Joseph Mwangi, MD     Date: 03/17/2025",
         ], "YF waiver"), "application/pdf")],
         patient="Eleanor Brandt-Whitfield")

    emit("phi", "ids",
         "Siam Hotel Doctor Service <billing@siamhoteldoctor.com>",
         "HGA Provider Invoices <invoices@halcyonassist.net>",
         "Invoice SHD-8812 / your case AS-5512",
         """Dear Sir/Madam,

Please find our invoice for the hotel visit requested by your office:

Date/time of visit:   22 Jan 2025, 21:40
Location:             The Riverside Grand Hotel, room 412
Patient passport:     C4X8812T1
Date of birth:        1955-09-30
Your case:            AS-5512

Consultation (night)            THB 2,500
IV fluid 1,000 ml + set         THB 1,900
Medicines (3 items)             THB 1,200
Transport                       THB   700
TOTAL                           THB 6,300 (approx. USD 180)

The medical report is attached. Kindly transfer to:
Bank: Krung Siam Commercial Bank, Silom branch
Account name: Siam Hotel Doctor Service Co., Ltd.
Account no.: 211-4-08873-5  SWIFT: KSCBTHBK

Best regards,
Ms. Pornthip S.
Accounts, Siam Hotel Doctor Service
Tel +66 2 555 0417 (24 hrs)
""",
         dt(2025, 1, 24, 10, 18, 7),
         atts=[("report_AS-5512.txt", """SIAM HOTEL DOCTOR SERVICE - MEDICAL REPORT
Case AS-5512     Visit 22/01/2025 21:40     Room 412
Passport C4X8812T1   DOB 30/09/1955   Male

C/O: vomiting and loose stool x 2 days, after street food. Unable to keep fluids.
O/E: T 37.9, BP 104/66, HR 104, dry mucosa, abdomen soft, mild diffuse tenderness.
Dx: Acute gastroenteritis with mild dehydration.
Tx: NSS 1000 ml IV, ondansetron 4 mg IV, ORS, loperamide prn, advised bland diet.
Advice: hospital if bloody stool, fever >38.5 or unable to drink. Follow-up call 23/01.

Dr. Anucha Phromsiri, MD  (Lic. 31877)
""", "text/plain")],
         patient="")


# ================================================================ PHI: lang
def phi_lang():
    emit("phi", "lang",
         "Dra. Veronica Salinas <v.salinas@hospitalcostaazul.com>",
         "Halcyon Medical Desk <medical@halcyonassist.net>",
         "Informe médico - paciente Gregory Whitman - hab. 305",
         """Buenas tardes,

Le envío la actualización del paciente Gregory Whitman, 71 años, ingresado el 9 de febrero por dolor torácico.

Evolución: estable, sin dolor desde ayer. El día 10 se realizó cateterismo con colocación de un stent en la descendente anterior. Tolera dieta, camina en el pasillo sin problema.

Plan: alta probable el jueves 13, con clopidogrel y aspirina. Para el vuelo de regreso a Chicago el cardiólogo, Dr. Ruiz, recomienda esperar al menos 7 días después del alta y viajar con oxígeno disponible a bordo.

Por favor confirmar la carta de garantía para el cateterismo (el presupuesto se envió ayer, MXN 285,000). Sin la carta, el área de caja no puede cerrar la cuenta.

Quedo atenta a sus comentarios.

Saludos cordiales,

Dra. Verónica Salinas
Coordinación de Pacientes Internacionales
Hospital Costa Azul Cancún
Tel. +52 998 555 0142 | Cel. +52 998 555 7730
""",
         dt(2025, 2, 11, 16, 5, -5),
         patient="Gregory Whitman")

    emit("phi", "lang",
         "Fernanda Albuquerque <fe.albuquerque@zephyrmail.net>",
         "Atendimento Halcyon <atendimento@halcyonassist.net>",
         "URGENTE meu marido esta internado em Orlando",
         """Olá, boa noite.

Meu marido, Rodrigo Albuquerque Santos, está internado no Orlando Lakeside Medical Center desde domingo (dia 16). Ele passou mal no parque, desmaiou e levaram ele de ambulância. Os médicos disseram que é um problema no coração e que ele precisa fazer um cateterismo amanhã cedo.

O hospital está pedindo cartão de crédito ou uma carta da seguradora para continuar o tratamento. Nosso seguro viagem é da Viaje Bem Seguros, apólice nº VB-2025-0043318, e no cartão diz pra ligar pra vocês. Já liguei duas vezes mas a ligação caiu.

Por favor alguém pode falar com o hospital? Estou sozinha aqui com as crianças e não falo bem inglês.

Quarto dele: 4112, ala de cardiologia
Data de nascimento dele: 22/07/1976
Meu WhatsApp: +55 11 95555-4102

Obrigada,
Fernanda Albuquerque

Enviado do meu iPhone""",
         dt(2025, 3, 17, 22, 41, -4),
         headers={"X-Mailer": "iPhone Mail (22D72)"},
         patient="Rodrigo Albuquerque Santos")

    emit("phi", "lang",
         "Olivier Marchetti <olivier.marchetti@kestrelmail.com>",
         "Assistance France <assistance.fr@halcyonassist.net>",
         "Rapatriement de mon père - M. Jean-Claude Marchetti",
         """Bonjour,

Je vous écris au sujet de mon père, M. Jean-Claude Marchetti, né le 12/04/1946, hospitalisé à la Clinique Al Mansour à Marrakech depuis le 3 mars après une chute dans l'escalier de son riad.

Le chirurgien sur place nous a dit qu'il s'agit d'une fracture du col du fémur et propose de l'opérer demain matin (prothèse). Ma sœur et moi préférerions qu'il soit rapatrié en France pour être opéré au CHU de Grenoble, près de chez lui, où il est déjà suivi pour son cœur (il prend du Kardégic et un traitement pour la tension).

Est-ce que le rapatriement est possible avant l'opération, et dans quel délai ? Son contrat d'assistance est rattaché à sa carte bancaire (contrat n° 40221-FR-778) et c'est votre numéro qui figure sur l'attestation.

Vous pouvez me joindre à tout moment au 06 55 51 23 84.

Merci par avance de votre aide.

Bien cordialement,
Olivier Marchetti
""",
         dt(2025, 3, 4, 18, 27, 1),
         patient="Jean-Claude Marchetti")

    emit("phi", "lang",
         "Joanna Dizon <crew.nurse.aurora@corallinecruises.com>",
         "Liza Manalo <medical@pacificstarcrewing.com>",
         "Sign off - Reynaldo Bautista (Asst Cook) - Barcelona 14 Nov",
         """Magandang araw po, Ma'am Liza,

Ipinapaalam ko lang po na si Reynaldo Bautista (Asst. Cook, crew ID C-44817, DOB 03/22/1987) ay ipapa-sign off po namin sa Barcelona sa Huwebes, 14 Nobyembre.

Hanggang ngayon po ay masakit pa rin ang kanyang likod at namamanhid ang kaliwang binti, hindi na po siya makapagbuhat sa galley. Nagpa-MRI po kami sa shore clinic sa Marseille noong Lunes at may nakitang herniated disc sa L4-L5. Ayon kay Dr. Ferraro, hindi po siya fit for duty at kailangan ng follow-up sa orthopedic pagdating sa Manila.

Paki-arrange na lang po ang flight niya pauwi (BCN-MNL), sana po aisle seat, at ang appointment sa accredited clinic ninyo. Ipapadala ko po mamaya ang medical report, MRI result at ang sign-off form. Alam na rin po ng kanyang asawa.

Maraming salamat po at ingat kayo.

Joanna Dizon, RN
Crew Nurse, MS Coralline Aurora
Ext. 3032

""" + DISC_CC,
         dt(2024, 11, 11, 9, 55, 1),
         cc="Dr. Lucia Ferraro <medical.aurora@corallinecruises.com>, Crew Office Aurora <crew.office.aurora@corallinecruises.com>",
         patient="Reynaldo Bautista")

    emit("phi", "lang",
         "Trần Minh Thư <thutran.home@inboxly.net>",
         "Larkspur Travel Medicine <info@larkspurtravelmed.com>",
         "Hỏi về tiêm phòng cho mẹ tôi trước khi về Việt Nam",
         """Chào phòng khám,

Tôi là con gái của bà Nguyễn Thị Hoa (ngày sinh 05/08/1952). Mẹ tôi sẽ về Huế thăm gia đình từ 10/6 đến 15/8. Bác sĩ gia đình nói mẹ cần tiêm phòng trước khi đi.

Mẹ tôi đang uống thuốc chống đông máu (warfarin) và thuốc tiểu đường, nên tôi muốn hỏi mẹ có tiêm được không, và có cần thuốc sốt rét không?

Mẹ không nói tiếng Anh nhiều, xin phòng khám cho một thông dịch viên tiếng Việt. Chúng tôi có thể đến vào buổi sáng thứ Ba hoặc thứ Năm.

Bảo hiểm của mẹ là Medicare và Medica.

Cảm ơn nhiều.
Thư
SĐT: 651-555-0178
""",
         dt(2025, 5, 6, 20, 14, -5),
         patient="Nguyễn Thị Hoa")

    emit("phi", "lang",
         "王磊 <wanglei.sh@kestrelmail.com>",
         "Halcyon Global Assistance 中文服务 <china.desk@halcyonassist.net>",
         "紧急：父亲在巴黎住院，医院要求担保函",
         """您好，

我父亲王建国（护照号 E58831207，1958年6月3日出生）跟旅行团在巴黎旅游，昨天（11月5日）下午在卢浮宫附近突然说话不清楚、右手没有力气，被救护车送到了圣日耳曼医院神经内科。医生说是脑梗，已经做了溶栓，现在在重症监护室观察。

医院今天要求提供担保函，或者先交一万欧元押金，不然可能要转院。我们的境外旅行险是在安途旅行保险买的，保单号 AT2025110048812，保单上写的紧急救援电话就是你们公司的。

我人在上海，明天才能拿到签证飞过去。我母亲在医院陪着，但是她不会说英语和法语。能不能请你们尽快联系医院，并且安排一位会说中文的人或者翻译？

我的电话/微信：+86 139 5550 2817

非常感谢！
王磊
""",
         dt(2025, 11, 6, 10, 3, 8),
         patient="王建国 (Wang Jianguo)")

    emit("phi", "lang",
         "أم يوسف <umyousef.h@inboxly.net>",
         "Harbourview Expat Medical Dubai <appointments.dxb@harbourviewexpat.com>",
         "موعد تطعيم قبل العمرة - يوسف الحمادي",
         """السلام عليكم ورحمة الله،

أرجو حجز موعد لابني يوسف أحمد الحمادي (تاريخ الميلاد 14/03/2009، رقم الملف لديكم 88213) لأخذ تطعيم الحمى الشوكية المطلوب للعمرة، حيث سنسافر في الأسبوع الأول من رمضان.

ابني عنده حساسية من البنسلين، وكان يعاني من الربو وهو صغير ولكنه لا يستخدم البخاخ الآن. هل يحتاج أيضاً إلى تطعيم الإنفلونزا قبل السفر؟ وهل يمكن إصدار الشهادة في نفس اليوم؟

الأوقات المناسبة لنا بعد الساعة الرابعة عصراً بسبب المدرسة.

وشكراً جزيلاً،
أم يوسف
050 555 7721
""",
         dt(2025, 2, 9, 17, 46, 4),
         patient="يوسف أحمد الحمادي (Yousef Ahmed Al Hammadi)")

    emit("phi", "lang",
         "Agnieszka Zielinska-Nowak <a.zielinska.nowak@letterbox-mail.com>",
         "Likwidacja szkód <szkody@bezpiecznapodroz.com>",
         "Zwrot kosztów leczenia - Marek Zieliński - polisa PZ/TR/2025/118804",
         """Dzień dobry,

piszę w imieniu mojego brata, Marka Zielińskiego (PESEL 85031204578), który jest jeszcze za granicą i ma słaby dostęp do internetu.

W czasie urlopu w Hurghadzie (Egipt) 18 sierpnia brat dostał wysokiej gorączki, wymiotów i biegunki. Lekarz hotelowy stwierdził zatrucie pokarmowe i odwodnienie i skierował go do szpitala Red Sea Care, gdzie leżał dwie doby pod kroplówkami. Za leczenie zapłacił na miejscu kartą 1 850 USD, do tego leki z apteki 64 USD.

W załączeniu przesyłam skany rachunków, wypis ze szpitala (po angielsku) oraz pełnomocnictwo podpisane przez brata. Proszę o informację, czy potrzebne są jeszcze jakieś dokumenty i na jaki numer konta ma być zwrot (konto brata czy moje?).

Z poważaniem,
Agnieszka Zielińska-Nowak
tel. 601 555 284
""",
         dt(2025, 8, 26, 19, 8, 2),
         atts=[("rachunek_szpital.jpg", make_jpeg(), "image/jpeg"),
               ("apteka.jpg", make_jpeg(), "image/jpeg"),
               ("wypis_szpital.pdf", make_pdf([
                   "RED SEA CARE HOSPITAL - HURGHADA",
                   "DISCHARGE SUMMARY",
                   "Patient: Marek Zielinski   Age: 40   Nationality: Polish",
                   "Admitted: 18/08/2025 23:10   Discharged: 20/08/2025 12:00",
                   "Diagnosis: Acute gastroenteritis, moderate dehydration",
                   "Treatment: IV fluids, antiemetics, ciprofloxacin 500 mg bid x 3 days",
                   "Condition on discharge: good, tolerating oral intake",
                   "Dr. Hany Mostafa, Internal Medicine",
               ], "Discharge summary"), "application/pdf")],
         patient="Marek Zieliński")


# ================================================================ PHI: lists
def phi_lists():
    names1 = ["Pieter van der Berg", "Marta Castillo", "Samuel Oduya", "Keiko Brandt", "Liam Fairweather",
              "Rosa Mendoza Vidal", "Arjun Sethuraman", "Liv Haugen", "Colm Mac an tSaoir"]
    emit("phi", "lists",
         "Kwame Mensah <ops.lead@halcyonassist.net>",
         "Ops All <ops-all@halcyonassist.net>",
         "Night shift handover 14/11 - open inpatient + evacs",
         """Handover night -> day, 14 Nov 07:00 EST. 7 open inpatient, 2 evacs in motion. Quiet night otherwise.

CASE          PATIENT               LOCATION                     STATUS / NEXT ACTION
------------  --------------------  ---------------------------  ---------------------------------------------
HGA-24-11402  van der Berg, Pieter  Denpasar, RS Mentari         fit-to-fly pending Fri, Ingrid booked as escort
HGA-24-11377  Castillo, Marta       Cusco, Clinica San Rafael    on O2, GOP USD 8k sent, chase med report 10:00
HGA-24-11390  Oduya, Samuel         Nairobi, Riverside MC        post-op day 2, wife asking for daily call
HGA-24-11395  Brandt, Keiko         Reykjavik, Nordurljos Clin.  wrist ORIF done, cast, commercial home Sat
HGA-24-11398  Fairweather, Liam     Queenstown NZ, Remarkables  head injury obs, CT clear, not before Tues
HGA-24-11405  Mendoza Vidal, Rosa   Madrid, Clinica San Jorge    insurer disputes pre-existing - DO NOT issue GOP
HGA-24-11409  Sethuraman, Arjun     Doha, Pearl Coast Hospital  dengue, platelets 41 -> 58, repeat today

EVACS IN MOTION
HGA-24-11351  Haugen, Liv           air amb ALC -> OSL            wheels up 04:10, ETA OSL 11:40 local, bed confirmed
HGA-24-11366  Mac an tSaoir, Colm   commercial DXB -> DUB         w/ nurse escort, landed 06:20, handover to son

Notes:
- Rosa Mendoza Vidal's daughter called twice overnight, upset about the deposit. Told her the insurer is reviewing. Please call her before 10 Madrid time.
- Fairweather's parents want to fly out, asked about cover for a family member's travel - check policy.

Kwame
""",
         dt(2024, 11, 14, 7, 3, -5),
         patient="; ".join(names1))

    emit("phi", "lists",
         "Kelsey Dunn <k.dunn@larkspurtravelmed.com>",
         "Providers <providers@larkspurtravelmed.com>",
         "Tues 3/18 schedule - heads up on the 10:30",
         """Morning all, here's tomorrow. The 10:30 needs the Vietnamese interpreter - booked via the video interpreter service, iPad is charged.

Time  | Patient                  | DOB        | Provider | Visit                          | Notes
------|--------------------------|------------|----------|--------------------------------|---------------------------
08:00 | Lindqvist, Hannah        | 04/19/1994 | RC       | rabies PrEP #2                 | must be out by 8:45
08:30 | Okonkwo, Chidera         | 02/28/1991 | JM       | pre-travel Nigeria VFR         | YF + malaria rx, kids too?
09:00 | Petersen, Anders         | 09/04/1978 | TI       | YF only                        | self-pay, quoted $210
09:30 | Halvorsen, Ingeborg + 2  | 11/30/1961 | JM       | group: Peru/Bolivia trek       | altitude rx x3
10:30 | Nguyen, Thi Hoa          | 08/05/1952 | HP       | pre-travel Vietnam             | on warfarin - INR?, interp
11:15 | Rasmussen, Tim           | 06/14/1990 | JM       | post-travel f/u                | see ED d/c from Sun
13:00 | Farah, Hodan             | 01/09/1986 | RC       | Hajj - MenACWY, cert           |
13:30 | Brandt-Whitfield, Elean. | 06/11/1953 | JM       | pick up YF waiver              | 5 min
14:00 | Oyelaran, Kemi           | 05/17/1990 | TI       | typhoid + hep A                | ins issue - see Dana first

Thanks!
Kelsey

Kelsey Dunn | Patient Services | Larkspur Travel Medicine | 612-555-0140
""",
         dt(2025, 3, 17, 16, 22, -5),
         patient="Hannah Lindqvist; Chidera Okonkwo; Anders Petersen; Ingeborg Halvorsen; Thi Hoa Nguyen; Tim Rasmussen; Hodan Farah; Eleanor Brandt-Whitfield; Kemi Oyelaran")

    rows3 = [
        ["case_ref", "policy_no", "patient_name", "dob", "from", "to", "mode", "escort", "date", "est_cost_usd", "status", "notes"],
        ["HGA-24-11214", "BTI-2281-0043-11", "Whitcombe, Adrian", "1949-03-02", "Malaga AGP", "Manchester MAN", "commercial stretcher", "doctor+nurse", "2024-11-11", "21800", "completed", "hip #, post-op day 6"],
        ["HGA-24-11233", "BTI-6612-9081-02", "Ferris, Jocelyn", "1957-10-19", "Tenerife TFS", "Glasgow GLA", "commercial seated J", "nurse", "2024-11-12", "6400", "completed", "post-CVA, mobile with frame"],
        ["HGA-24-11260", "BTI-3390-4172-07", "Ahmadi, Karim", "1983-06-30", "Bangkok BKK", "London LHR", "commercial seated Y+1", "none", "2024-11-13", "2150", "completed", "fit to fly, seat for leg"],
        ["HGA-24-11279", "BTI-0098-2215-40", "Doyle, Siobhan", "1966-01-08", "Faro FAO", "Dublin DUB", "air ambulance", "ICU team", "2024-11-14", "38900", "completed", "NSTEMI, post-PCI"],
        ["HGA-24-11301", "BTI-5521-0330-19", "Marchant, Geoffrey", "1941-12-24", "Larnaca LCA", "Birmingham BHX", "air ambulance", "doctor+nurse", "2024-11-15", "33700", "completed", "pneumonia, O2 2L"],
        ["HGA-24-11322", "BTI-7781-5530-26", "Osei, Abena", "1992-04-14", "Accra ACC", "London LHR", "commercial seated", "nurse", "2024-11-16", "7900", "completed", "malaria, treated, weak"],
        ["HGA-24-11344", "BTI-4410-8812-63", "Lindqvist, Per", "1955-08-05", "Alicante ALC", "Newcastle NCL", "commercial stretcher", "doctor+nurse", "2024-11-17", "19500", "completed", "spinal #, TLSO brace"],
        ["HGA-24-11351", "BTI-1802-6617-33", "Haugen, Liv", "1970-05-27", "Alicante ALC", "Oslo OSL", "air ambulance", "ICU team", "2024-11-14", "41200", "in progress", "SAH, coiled"],
        ["HGA-24-11398", "BTI-9903-1127-05", "Fairweather, Liam", "2001-02-16", "Queenstown ZQN", "London LHR", "TBC", "TBC", "", "", "pending", "head injury, not before 19/11"],
    ]
    sio = io.StringIO()
    csv.writer(sio, lineterminator="\r\n").writerows(rows3)
    emit("phi", "lists",
         "Nadia Kowalski <n.kowalski@halcyonassist.net>",
         "Paul Venter <p.venter@bluewatertravelins.com>",
         "Weekly repatriation report wk 46",
         """Hi Paul,

Attached is the weekly repat report for wk 46 - 8 completed/in progress, 1 pending. Costs are estimates until the invoices are in; the two air ambulance ones should land next week.

Let me know if you'd like the Fairweather one discussed at Thursday's call.

""" + SIG_NADIA + "\n\n" + DISC_HGA,
         dt(2024, 11, 18, 11, 40, 0),
         atts=[("HGA_BTI_repat_wk46.csv", sio.getvalue(), "text/csv")],
         patient="; ".join(r[2] for r in rows3[1:]))

    rows4 = [
        ["Invoice", "Patient", "DOB", "Admission", "Discharge", "Your ref", "Amount EUR", "Days overdue"],
        ["F24-03381", "OCAMPO RUIZ, BEATRIZ", "1972-11-03", "2024-10-02", "2024-10-09", "HGA-24-10211", 11842.60, 34],
        ["F24-03417", "KEANE, MICHAEL J.", "1958-07-21", "2024-10-06", "2024-10-07", "HGA-24-10298", 1480.00, 30],
        ["F24-03502", "SVENSSON, BRITT", "1946-02-14", "2024-10-12", "2024-10-20", "HGA-24-10402", 14960.35, 18],
        ["F24-03555", "MCALLISTER, RORY", "1989-09-09", "2024-10-15", "2024-10-15", "HGA-24-10457", 642.00, 15],
        ["F24-03590", "DE WINTER, FLOOR", "1966-05-30", "2024-10-19", "2024-10-26", "HGA-24-10533", 9210.80, 11],
        ["F24-03611", "BRENNAN, THERESA", "1951-12-01", "2024-10-22", "2024-10-23", "HGA-24-10560", 2315.00, 8],
    ]
    emit("phi", "lists",
         "Lucia Moreno - Facturacion <facturacion@clinicasanmarcos-malaga.com>",
         "HGA Guarantees Desk <gop@halcyonassist.net>",
         "Outstanding invoices - statement October 2024",
         """Dear colleagues,

Please find attached our statement of outstanding invoices for patients treated under your guarantees of payment. Kindly arrange payment or let us know the status of each.

Original invoices and medical reports were sent with each discharge; we can resend any of them on request.

Best regards / Un saludo,

Lucía Moreno
Departamento de Facturación - Pacientes Internacionales
Clínica San Marcos Málaga
Tel. +34 952 555 118
""",
         dt(2024, 11, 5, 12, 9, 1),
         atts=[("Statement_HGA_Oct2024.xlsx", make_xlsx(rows4, "Outstanding"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
         patient="; ".join(r[1] for r in rows4[1:]))

    emit("phi", "lists",
         "Medical Centre MS Coralline Aurora <medical.aurora@corallinecruises.com>",
         "Andreea Popescu <crew.office.aurora@corallinecruises.com>",
         "Crew medical appointments this week",
         """Hi Andreea,

Please send these crew to the medical centre during crew clinic hours (09:00-10:00 or 16:00-17:00) this week:

Joselito Ramos - 12/03/1988 - wound check and dressing change, left hand
Ketut Wirawan - 27/07/1992 - BP recheck, bring his own tablets
Anastasiya Horbenko - 05/11/1996 - blood results, please use the private room
Mohammed Rafiq - 19/01/1985 - fit for duty review after 5 days off
Carlos Mendes Pereira - 30/09/1990 - 2nd dose hep B
Priyanka Sethi - 14/02/1999 - annual PEME overdue, must be done before Cadiz

Please don't forward the list to the department heads, just tell them the crew member has a medical appointment.

Thanks,
Lucia

""" + SIG_FERRARO + "\n\n" + DISC_CC,
         dt(2024, 10, 28, 7, 15, 1),
         patient="Joselito Ramos; Ketut Wirawan; Anastasiya Horbenko; Mohammed Rafiq; Carlos Mendes Pereira; Priyanka Sethi")

    emit("phi", "lists",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Renee Castellano <r.castellano@larkspurtravelmed.com>, Tomas Ibarra <t.ibarra@larkspurtravelmed.com>",
         "Typhoid lot UJ448R - call list",
         """Manufacturer notice came in re: typhoid Vi lot UJ448R (potency, NOT a safety issue - letter in the binder). These are our patients who got that lot between 1/6 and 2/21. Pulled from the EHR report, pasted below.

Please call each one, offer a repeat dose at no charge, and document the call in the chart (use the "Lot notification" smart phrase). Split: Renee A-L, Tomas M-Z. Goal is done by Friday.

MRN	Last	First	DOB	Phone	Date given	Destination
0079012	Abdi	Hamdi	04/03/1979	612-555-0191	01/08/2025	Kenya
0081544	Petersen	Anders	09/04/1978	612-555-0121	01/15/2025	Brazil
0080223	Gutierrez	Lorena	12/19/1995	763-555-0107	01/22/2025	Mexico
0077810	Halvorsen	Ingeborg	11/30/1961	952-555-0188	01/29/2025	Peru
0081190	Okonkwo	Chidera	02/28/1991	612-555-0176	02/03/2025	Nigeria
0069931	Sorensen	Mads	07/07/1968	651-555-0114	02/11/2025	India
0081702	Tran	Duc Anh	03/25/2002	612-555-0133	02/14/2025	Vietnam
0081755	Yilmaz	Elif	10/10/1987	651-555-0159	02/21/2025	Pakistan

Thanks both,
Beth

Beth Carrow, MHA | Clinic Manager | Larkspur Travel Medicine | 612-555-0141
""",
         dt(2025, 3, 10, 8, 2, -5),
         patient="Hamdi Abdi; Anders Petersen; Lorena Gutierrez; Ingeborg Halvorsen; Chidera Okonkwo; Mads Sorensen; Duc Anh Tran; Elif Yilmaz")

    emit("phi", "lists",
         "Tomas Ibarra <t.ibarra@larkspurtravelmed.com>",
         "Dr. Rachel Obi <robi@westbrook-university.org>",
         "Ghana summer program - who still needs what",
         """Hi Dr. Obi,

As promised, here's where your group stands (all 12 students signed the release for us to share vaccine status with you as program lead). The ones not listed are fully done.

- Aiyana Brooks: YF done, still needs typhoid + hep A #1. Malaria rx sent to the pharmacy on Lake St but not picked up.
- Devon Kessler: YF booked 5/20. Has an egg allergy note - Dr. Mwangi wants to see him first, 15 min extra.
- Maribel Oquendo: all shots done, needs the YF card - she left it here! It's at the front desk.
- Theo Nakamura-Price: hep A #1 done 4/2, typhoid not yet, no malaria rx yet (wants to discuss doxy vs malarone).
- Sasha Whitlock-Aidoo: YF done but certificate not valid until 10 days after (5/28) - she flies 6/1 so ok, just.

Every student should bring the yellow card in carry-on, Accra checks on arrival.

Let me know if you want me to email the students directly instead.

Tomas

Tomas Ibarra, RN, CTH
Larkspur Travel Medicine | 612-555-0144

""" + DISC_LTM,
         dt(2025, 5, 14, 15, 30, -5),
         patient="Aiyana Brooks; Devon Kessler; Maribel Oquendo; Theo Nakamura-Price; Sasha Whitlock-Aidoo")


# ================================================================ PHI: names
def phi_names():
    emit("phi", "names",
         "Joseph Mwangi MD <j.mwangi@larkspurtravelmed.com>",
         "Renee Castellano <r.castellano@larkspurtravelmed.com>",
         "Mrs Kowalczyk - the arm",
         """Renee,

Mrs. Kowalczyk called the after-hours line last night - her left arm is red and hot around where she got the typhoid/hep A on Monday, about 8 cm across, no fever, can move it fine. I told her ice + ibuprofen and to draw a line around the edge with a pen.

Can you call her this morning and get her to send a photo through the portal? If it's spreading past the line, put her in at 1:00 with me. She flies to Lima on Saturday so she's pretty anxious about it.

J
""",
         dt(2025, 4, 9, 7, 21, -5),
         patient="Mrs. Kowalczyk")

    emit("phi", "names",
         "Kelsey Dunn <k.dunn@larkspurtravelmed.com>",
         "Renee Castellano <r.castellano@larkspurtravelmed.com>",
         "call back - Jorge",
         """Renee - Jorge called again (2nd time today). he's the one going to Tanzania w/ his wife next week. says the mefloquine is giving him crazy dreams and he wants to switch to the other one but he already started it last Thurs. also asking if his wife should stop hers too.

cb 612-555-0164 after 3pm, he's at work till then

K""",
         dt(2025, 1, 28, 13, 47, -6),
         patient="Jorge")

    emit("phi", "names",
         "Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         "Dr. Paula Esposito <p.esposito@halcyonassist.net>",
         "RE: Fitzgerald, Aoife - fit to fly?",
         """Paula,

Agree with you in principle, but I'd want a repeat scan before we commit. If that is fine and no more bleeding for 72 h, commercial with a midwife escort, aisle seat near the toilet, and we fly her no later than 31+6 - the airline cut-off is 32 weeks for a singleton but I don't want to run it close.

If the scan shows anything at all, she stays in Lisbon and we revisit. Husband can stay, I've asked Bluewater to approve his hotel.

Henrik

Dr. Henrik Aalto
Medical Director | Halcyon Global Assistance

-----Original Message-----
From: Dr. Paula Esposito <p.esposito@halcyonassist.net>
Sent: 22 May 2025 14:12
To: Dr. Henrik Aalto <h.aalto@halcyonassist.net>
Cc: Sofia Marin <s.marin@halcyonassist.net>
Subject: Fitzgerald, Aoife - fit to fly?

Henrik - Aoife is 29+3 today, admitted to Hospital Santa Maria do Tejo on Saturday with painless bleeding, now settled since Monday. The Lisbon OB report (attached to the case) says low-lying placenta, no contractions, baby fine on CTG. Hb 108.
She and her husband are desperate to get home to Cork before she gets too far along. Treating OB is happy for her to fly "with care".
I'm inclined to say yes with escort next week - your view?
P
""",
         dt(2025, 5, 22, 15, 3, 1),
         cc="Sofia Marin <s.marin@halcyonassist.net>",
         in_reply_to=True,
         patient="Aoife Fitzgerald")

    emit("phi", "names",
         "Dale Whitcombe <medic.site7@harbourviewexpat.com>",
         "Samira Haddad <s.haddad@harbourviewexpat.com>",
         "Big Mike again",
         """Doc,

Big Mike (Harrigan, the crane op on B shift) back in the clinic this morning, same chest thing as Tuesday, says it's just indigestion from the canteen. Pain on and off since 0400, doesn't go anywhere, no sweating.

BP 162/98, HR 88 reg, sats 97% RA, temp normal. Gave him the antacid, bit better. ECG attached - looks the same as Tues to me but I'm not the expert.

He does NOT want a medevac, says he has 9 days left on rotation and his crew needs him. I've stood him down from the crane for today anyway.

Your call. I'm on the sat phone all day.

Dale
Site Medic, Kalimantan Camp 7
Harbourview Expat Medical
Sat +870 776 555 310
""",
         dt(2024, 7, 18, 8, 33, 8),
         atts=[("ECG_0718_0745.jpg", make_jpeg(5200), "image/jpeg")],
         patient="Mike Harrigan")

    emit("phi", "names",
         "Sofia Marin <s.marin@halcyonassist.net>",
         "Duty Doctor <dutydoctor@halcyonassist.net>",
         "Delacroix",
         """sats still 91% on room air this morning, hospital doc says no flight before Tues.
family pushing hard for Sunday, the son has called 4 times.
can you call the treating dr at 3pm our time (their 9pm)? number is in the case notes.
thx
S""",
         dt(2025, 6, 13, 11, 2, 1),
         patient="Delacroix")

    emit("phi", "names",
         "Owen Pritchard <o.pritchard@halcyonassist.net>",
         "Lucia Moreno <facturacion@clinicasanmarcos-malaga.com>",
         "RE: RE: RE: Invoice F24-03381 - query",
         """Hi Lucia,

Thanks - payment released today, remittance advice attached. Should reach you in 2-3 working days.

Regards,
Owen Pritchard
Accounts Payable | Halcyon Global Assistance
+44 20 7946 0350

-----Original Message-----
From: Lucia Moreno <facturacion@clinicasanmarcos-malaga.com>
Sent: 12 November 2024 10:47
To: Owen Pritchard <o.pritchard@halcyonassist.net>
Subject: RE: RE: Invoice F24-03381 - query

Dear Owen,

We have issued a corrected invoice F24-03381-R1 for EUR 9,918.60 (attached). The ICU days have been changed to high dependency as per the medical report.

Regards,
Lucía

-----Original Message-----
From: Owen Pritchard <o.pritchard@halcyonassist.net>
Sent: 08 November 2024 16:20
To: Lucia Moreno <facturacion@clinicasanmarcos-malaga.com>
Cc: Dr. Paula Esposito <p.esposito@halcyonassist.net>
Subject: RE: Invoice F24-03381 - query

Hi Lucia, our medical team has reviewed (see Paula's note below). Could you please correct and reissue?
Owen

> From: Dr. Paula Esposito
> Sent: 08 November 2024 15:02
> To: Owen Pritchard
> Subject: Invoice F24-03381 - query
>
> Owen - invoice F24-03381 for Ms Beatriz Ocampo Ruiz, admitted 02/10 with a
> community-acquired pneumonia, charges 2 days ICU (EUR 1,962/day). The daily
> reports we received say she was on the ward on high-flow oxygen in the
> respiratory HDU, never intubated and never in ICU. HDU rate is EUR 1,000/day.
> Please ask them to correct - difference EUR 1,924.
> Paula
""",
         dt(2024, 11, 13, 9, 58, 0),
         html=True,
         atts=[("Remittance_HGA_20241113_SanMarcos.pdf", make_pdf([
             "HALCYON GLOBAL ASSISTANCE LTD - REMITTANCE ADVICE",
             "Payee: Clinica San Marcos Malaga   Payment date: 13/11/2024",
             "Payment ref: HGA-AP-24-77120",
             "Invoice F24-03381-R1 .......... EUR 9,918.60",
             "Total paid .................... EUR 9,918.60",
         ], "Remittance advice"), "application/pdf")],
         in_reply_to=True,
         patient="Beatriz Ocampo Ruiz")

    emit("phi", "names",
         "Samira Haddad <s.haddad@harbourviewexpat.com>",
         "Dr. Keiko Yamamoto <k.yamamoto@minatofamilyclinic.com>",
         "Referral - Mr Haruto Sato, returning to Tokyo",
         """Dear Dr Yamamoto,

Thank you for agreeing to see Mr Haruto Sato, 52, who is moving back to Tokyo at the end of this month after three years in Jakarta with his employer.

Background:
- Dengue twice (2022, and March 2024 - the second time admitted for 4 days, platelets down to 18, no bleeding). Fully recovered.
- Type 2 diabetes diagnosed here in June last year. On metformin 1000 mg twice daily. HbA1c 8.9 at diagnosis, 7.4 in May this year. He is trying hard with diet but finds it difficult with the travel.
- Mildly raised ALT on two occasions (58, 61), ultrasound showed fatty liver. Drinks socially, says 8-10 units/week.
- Non-smoker. Hep A and B vaccinated, typhoid 2023.

He would like to continue his diabetes care with you, and I think he would benefit from a repeat liver panel and a diabetic eye check, which he has never had. I have attached his last results.

His wife Mrs Emi Sato is also our patient and will contact you separately.

Please do not hesitate to contact me.

Kind regards,
Samira

""" + SIG_HADDAD,
         dt(2024, 9, 10, 15, 40, 7),
         atts=[("Sato_H_results_2024.pdf", make_pdf([
             "HARBOURVIEW EXPAT MEDICAL - LABORATORY SUMMARY",
             "Patient: SATO, Haruto   DOB: 1972-01-19   Member: NFE-JKT-0419",
             "2024-05-14  HbA1c 7.4 %   FPG 8.1 mmol/L   ALT 61 U/L   AST 39 U/L",
             "2024-05-14  LDL 3.6 mmol/L   HDL 1.0   TG 2.4   eGFR 92",
             "2023-11-02  HbA1c 8.1 %   ALT 58 U/L",
         ], "Results"), "application/pdf")],
         patient="Haruto Sato")

    emit("phi", "names",
         "Medical Centre MS Coralline Aurora <medical.aurora@corallinecruises.com>",
         "Fleet Medical <fleetmedical@corallinecruises.com>",
         "Incident report - guest fall on Deck 11 aft pool - 22/07",
         """Dear Dr. Holm,

For your information and the fleet incident log:

At 15:10 today guest Gennaro Russo (cabin 9020, 67) slipped on the wet deck near the aft pool on Deck 11 and hit his forehead on a sun lounger. Brought to the medical centre by wheelchair at 15:25. No loss of consciousness, alert and oriented, GCS 15 throughout.

4 cm laceration above the right eyebrow, cleaned and closed with 6 sutures. Neuro obs every 30 min for 2 hours, all normal. He takes a blood thinner (apixaban) so I have asked his wife, Angela, to wake him twice tonight and to call 911 onboard if he vomits or is confused. Review tomorrow 09:00.

Charges for today's care have been waived by the Guest Services Manager (Ms. Kim) because of the deck condition. Safety Officer's report SO-2207-03 is being sent separately.

He plans to continue the voyage. Sutures can come out on day 7 - we'll do it onboard if he is still with us (he disembarks 28/07 in Southampton), otherwise his GP.

Best regards,

""" + SIG_FERRARO + "\n\n" + DISC_CC,
         dt(2025, 7, 22, 18, 5, 2),
         cc="Guest Services Aurora <guestservices.aurora@corallinecruises.com>, Safety Officer Aurora <safety.aurora@corallinecruises.com>",
         patient="Gennaro Russo")


# ================================================================ PHI: self
def phi_self():
    emit("phi", "self",
         "brianna.koh@inboxly.net",
         "Halcyon Help <help@halcyonassist.net>",
         "need a doctor in lima",
         """hi, im in lima (miraflores) and have been throwing up since last night + diarrhea, cant keep water down and feel really dizzy when i stand. my policy # is BTI-6610-4420-18. which clinic can i go to that takes the insurance?? i dont speak much spanish. im at Hostal Bellavista on Calle Berlin, room 9. my phone is +1 206 555 0183 (whatsapp works)

thanks
Brianna Koh

Sent from my iPhone""",
         dt(2025, 7, 9, 3, 12, -5),
         headers={"X-Mailer": "iPhone Mail (22F76)"},
         patient="Brianna Koh")

    emit("phi", "self",
         "Sophie Akintola <sophie.akintola@zephyrmail.net>",
         "Larkspur Travel Medicine <info@larkspurtravelmed.com>",
         "Question before my appointment on the 12th",
         """Hi,

I have an appointment with you on June 12 at 2:30 for my Kenya trip (leaving July 3, Nairobi and then Kisumu to see my husband's family).

I just found out I'm pregnant - about 9 weeks. Can I still get the yellow fever vaccine and the malaria tablets? My OB (Dr. Hallstrom) said to ask you because she doesn't do travel stuff. Should I still come to the appointment or reschedule for when I know more?

Also I had the hep A shots in 2018 if that matters.

Thanks so much,
Sophie
""",
         dt(2025, 6, 4, 21, 33, -5),
         patient="Sophie Akintola")

    emit("phi", "self",
         "dmitri.volkov77@letterbox-mail.com",
         "Bluewater Claims <claims@bluewatertravelins.com>",
         "claim 558-21094 still nothing??",
         """hi. i submitted all my receipts for the hospital in phuket (appendix operation, 4 nights) three weeks ago and have heard nothing at all. i paid 187,000 baht on my credit card at discharge and its costing me interest every week. the portal just says "in review" since 2 june.

i also sent the discharge summary and the surgeon's report, and my boarding passes. can someone PLEASE tell me what is missing or when it will be paid.

claim 558-21094
dob 03/02/1991

dmitri volkov
""",
         dt(2025, 6, 24, 8, 50, -4),
         patient="Dmitri Volkov")

    emit("phi", "self",
         "Lena Fischer <lena.fischer@nordfjell-eng.com>",
         "Harbourview Member Care <membercare@harbourviewexpat.com>",
         "confidential question about counselling",
         """Hello,

I got this address from our HR induction pack. I moved to Jakarta four months ago with my job and I am honestly not coping very well. I am not sleeping, I cry most evenings and some days I can't make myself go to the office. I had something similar in 2019 at home and took sertraline for a year, which helped.

Two questions:
1. Does our company plan cover counselling, and is it confidential? I don't want my manager or HR to know.
2. Is it possible to have the sessions online in German?

I could also see a doctor about restarting the medication if that's easier.

Thank you,
Lena Fischer
+62 812 5550 6637
""",
         dt(2024, 10, 2, 22, 17, 7),
         patient="Lena Fischer")

    emit("phi", "self",
         "Marcus Oyelaran <marcus.oyelaran@kestrelmail.com>",
         "Medical Records <records@larkspurtravelmed.com>",
         "Copy of my yellow fever certificate",
         """Hello,

I had my yellow fever shot at your clinic in August 2019 (I think with Dr. Mwangi) before a trip to Uganda. I have lost my yellow card and I'm flying to Ghana on May 2 - they check it at the airport.

Could you please send me a copy of my record, or issue a replacement certificate?

My date of birth is 10/03/1985. At the time I lived at 4417 Chicago Ave, Minneapolis 55407; now I'm at 1290 Oak Grove St, Apt 5, Minneapolis, MN 55403.

I can come and pick it up if it needs a stamp.

Thanks,
Marcus Oyelaran
612-555-0188
""",
         dt(2025, 4, 14, 12, 5, -5),
         patient="Marcus Oyelaran")

    emit("phi", "self",
         "tim.r@kestrelmail.com",
         "Renee Castellano <r.castellano@larkspurtravelmed.com>",
         "fever after ghana",
         """Hi Renee, you saw me in January before my Ghana trip. Got back 10 days ago. Since Sunday I've had fever on and off with chills, worst in the evening, and a bad headache. Took the malarone every day while I was there but I probably missed 3 or 4 days at the end when I was travelling back.

Should I come in or go straight to the ER? I have work tomorrow.

Tim Rasmussen

Sent from my Galaxy""",
         dt(2025, 3, 13, 18, 45, -5),
         patient="Tim Rasmussen")

    body7 = """Dear Sir or Madam,

During our cruise on Coralline Aurora (sailing 5-19 October 2024, booking 7741-2290, cabin 8115) I was seen in the ship's medical centre three times for a chest infection and was charged US$1,642.50 to my onboard account.

My travel insurer (Bluewater Travel Insurance, policy BTI-3381-5542-09) requires an itemised invoice showing the diagnosis, the treatment given, each medicine with its price, and the doctor's report. The folio I received only shows "Medical Services" on 9, 10 and 12 October.

Please send these documents to me at this e-mail address, or by post to 14 Chantry Close, Harrogate HG2 7PL.

Yours faithfully,

Harold Pemberton
"""
    emit("phi", "self",
         "Harold Pemberton <hpemberton@zephyrmail.net>",
         "Guest Accounts <guestaccounts@corallinecruises.com>",
         "Itemised medical centre bill - booking 7741-2290",
         body7, dt(2024, 10, 30, 10, 22, 0),
         cc="Fleet Medical <fleetmedical@corallinecruises.com>",
         html=text_to_html(body7, "Georgia, serif"),
         patient="Harold Pemberton")


# ================================================================ PHI: struct
def phi_struct():
    import json

    adt = "\n".join([
        "MSH|^~\\&|LTMEHR|LARKSPUR|IIS|MNIIS|20250317091522||ADT^A04^ADT_A01|LTM20250317091522044|P|2.5.1",
        "EVN|A04|20250317091500",
        "PID|1||0081190^^^LTM^MR||OKONKWO^CHIDERA^A||19910228|F||X|2715 CEDAR AVE S APT 3^^MINNEAPOLIS^MN^55407^USA||^PRN^PH^^1^612^5550176|||S||LTM0081190-01",
        "NK1|1|OKONKWO^EMEKA|SPO|2715 CEDAR AVE S APT 3^^MINNEAPOLIS^MN^55407|^PRN^PH^^1^612^5550177",
        "PV1|1|O|TRAVEL^RM2^^LARKSPUR||||1457382910^MWANGI^JOSEPH^^^^MD|||TRV||||1|||1457382910^MWANGI^JOSEPH^^^^MD|OP|V20250317-0412",
        "IN1|1|NWH01|41178|NORTHWIND HEALTH PLAN|PO BOX 6400^^SAINT PAUL^MN^55164||||GRP55102||||||||OKONKWO^CHIDERA|SEL|19910228|||||||||||||||||NWH771093520",
    ])
    emit("phi", "struct",
         "Interface Engine <interface-alerts@larkspurtravelmed.com>",
         "EHR Support <ehr-support@larkspurtravelmed.com>",
         "[ALERT] ADT_to_IIS: message rejected (AE) - LTM20250317091522044",
         """Channel:      ADT_to_IIS (outbound)
Time:         2025-03-17 09:15:24 CDT
Status:       ERROR - ACK AE received
Error:        PID-10 value 'X' not found in table HL70005 (Race)
Retries:      3 of 3 - message moved to error queue

Original message:
""" + adt + """

ACK:
MSH|^~\\&|IIS|MNIIS|LTMEHR|LARKSPUR|20250317091524||ACK^A04^ACK|IIS88213407|P|2.5.1
MSA|AE|LTM20250317091522044
ERR||PID^1^10|103^Table value not found^HL70357|E

-- This is an automated alert. Do not reply. --""",
         dt(2025, 3, 17, 9, 15, -5),
         headers={"Auto-Submitted": "auto-generated", "X-Priority": "2"},
         patient="Chidera Okonkwo")

    def vxu(ctrl, mrn, last, first, mid, dob, sex, addr, phone, cvx, vname, lot, site):
        return "\r".join([
            "MSH|^~\\&|LTMEHR|LARKSPUR|IIS|MNIIS|20250314163001||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % ctrl,
            "PID|1||%s^^^LTM^MR||%s^%s^%s^^^^L||%s|%s|||%s||^PRN^PH^^^%s^%s" % (mrn, last, first, mid, dob, sex, addr, phone[:3], phone[3:]),
            "PD1|||||||||||02^Reminder/recall - any method^HL70215|N",
            "ORC|RE||LTM-IMM-%s^LARKSPUR" % ctrl[-5:],
            "RXA|0|1|20250314|20250314|%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|1457382910^MWANGI^JOSEPH|||||%s|20261130|PMC^^MVX|||CP|A" % (cvx, vname, lot),
            "RXR|C28161^Intramuscular^NCIT|%s^HL70163" % site,
            "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||20250314",
        ]) + "\r"
    batch = "".join([
        vxu("LTM0314-00981", "0081544", "PETERSEN", "ANDERS", "J", "19780904", "M",
            "3319 PENN AVE N^^MINNEAPOLIS^MN^55412", "6125550121", "37", "yellow fever", "UJ271AB", "LD^Left Deltoid"),
        vxu("LTM0314-00982", "0080223", "GUTIERREZ", "LORENA", "", "19951219", "F",
            "880 NICOLLET BLVD APT 12^^BURNSVILLE^MN^55337", "7635550107", "101", "typhoid, ViCPs", "UJ448R", "RD^Right Deltoid"),
        vxu("LTM0314-00983", "0081702", "TRAN", "DUC ANH", "", "20020325", "M",
            "1511 UNIVERSITY AVE SE^^MINNEAPOLIS^MN^55414", "6125550133", "52", "Hep A, adult", "AHAVB771CC", "LD^Left Deltoid"),
    ])
    emit("phi", "struct",
         "Arjun Mehta <it@larkspurtravelmed.com>",
         "IIS Help Desk <iis.helpdesk@mn-iis-support.org>",
         "Fwd: rejected VXU - 3 msgs from 3/14 batch",
         """Hi,

Three messages from our Friday 3/14 batch came back with "RXA-5 CVX code not valid for administration date". The codes look right to us (37, 101, 52). Raw messages attached as they left our engine. Could you check on your side? Our facility ID is LARKSPUR / MNIIS org 40917.

Thanks,
Arjun Mehta
IT & Systems, Larkspur Travel Medicine
612-555-0150

""" + DISC_LTM,
         dt(2025, 3, 17, 10, 40, -5),
         atts=[("VXU_20250314_rejected.hl7", batch.encode("utf-8"), "application/hl7-v2")],
         patient="Anders Petersen; Lorena Gutierrez; Duc Anh Tran")

    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LTM250318A*20250318*1422*CH",
        "NM1*41*2*LARKSPUR TRAVEL MEDICINE*****46*LTM00921",
        "PER*IC*DANA WHITLOCK*TE*6125550145",
        "NM1*40*2*CLEARPATH EDI*****46*CPEDI01",
        "HL*1**20*1",
        "NM1*85*2*LARKSPUR TRAVEL MEDICINE*****XX*1538206614",
        "N3*2150 HENNEPIN AVE S STE 300",
        "N4*MINNEAPOLIS*MN*55405",
        "REF*EI*411234567",
        "HL*2*1*22*0",
        "SBR*P*18*GRP55102******CI",
        "NM1*IL*1*OYELARAN*KEMI****MI*883104229",
        "N3*77 GRAND AVE APT 2",
        "N4*SAINT PAUL*MN*55102",
        "DMG*D8*19900517*F",
        "NM1*PR*2*NORTHWIND HEALTH PLAN*****PI*41178",
        "CLM*LTM250318-0042*372***11:B:1*Y*A*Y*Y",
        "HI*ABK:Z7184*ABF:Z23",
        "NM1*82*1*IBARRA*TOMAS****XX*1093374520",
        "PRV*PE*PXC*163W00000X",
        "LX*1",
        "SV1*HC:99203*185*UN*1***1",
        "DTP*472*D8*20250314",
        "LX*2",
        "SV1*HC:90691*142*UN*1***2",
        "DTP*472*D8*20250314",
        "LX*3",
        "SV1*HC:90471*45*UN*1***2",
        "DTP*472*D8*20250314",
    ]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    x12 = ["ISA*00*          *00*          *ZZ*LARKSPURTM     *ZZ*CLEARPATHEDI   *250318*1422*^*00501*000004471*0*P*:",
           "GS*HC*LARKSPURTM*CLEARPATHEDI*20250318*1422*4471*X*005010X222A1"] + segs + [
           "GE*1*4471", "IEA*1*000004471"]
    emit("phi", "struct",
         "Dana Whitlock <billing@larkspurtravelmed.com>",
         "ClearPath EDI Support <support@clearpathedi.com>",
         "Ticket CP-220914 - 837P rejected: subscriber ID invalid",
         """Hi,

Following up on ticket CP-220914. The attached claim (our claim # LTM250318-0042, DOS 3/14) was rejected at your front end with A7:164 "Subscriber primary identifier invalid". Northwind says the member ID on the card is 883104229 but their portal shows it with an NWH prefix. Which format should go in NM1*IL09?

Raw file attached exactly as sent.

Thanks,
Dana Whitlock
Billing Specialist, Larkspur Travel Medicine
612-555-0145 | fax 612-555-0149
""",
         dt(2025, 3, 19, 9, 8, -5),
         atts=[("LTM_837P_20250318_1422.txt", "~\n".join(x12) + "~\n", "text/plain")],
         patient="Kemi Oyelaran")

    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2025-04-02T19:44:10-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10",
             "resource": {"resourceType": "Patient", "id": "tl-55a81",
                          "name": [{"family": "Lindahl", "given": ["Maja", "Kristin"]}],
                          "gender": "female", "birthDate": "1988-12-07",
                          "telecom": [{"system": "phone", "value": "+1 612 555 0129"},
                                      {"system": "email", "value": "maja.lindahl@kestrelmail.com"}],
                          "address": [{"line": ["5020 Xerxes Ave S"], "city": "Minneapolis", "state": "MN", "postalCode": "55410"}]}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "37", "display": "yellow fever"}]},
                          "patient": {"reference": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10"},
                          "occurrenceDateTime": "2016-02-11", "lotNumber": "K1784-2", "performer": [{"actor": {"display": "Clinique du Voyageur, Lyon"}}]}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "101", "display": "typhoid, ViCPs"}]},
                          "patient": {"reference": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10"},
                          "occurrenceDateTime": "2023-01-19"}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "52", "display": "Hep A, adult"}]},
                          "patient": {"reference": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10"},
                          "occurrenceDateTime": "2016-01-28"}},
            {"resource": {"resourceType": "AllergyIntolerance", "clinicalStatus": {"coding": [{"code": "active"}]},
                          "code": {"text": "latex"}, "reaction": [{"manifestation": [{"text": "hives"}]}],
                          "patient": {"reference": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10"}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "medicationCodeableConcept": {"text": "sertraline 50 mg tablet"},
                          "subject": {"reference": "urn:uuid:7c1e2a9b-4f0d-4b5a-9e57-2d3c8a1f6b10"}}},
        ]}
    emit("phi", "struct",
         "TravelLedger <share@travelledger-app.com>",
         "Medical Records <records@larkspurtravelmed.com>",
         "A traveler shared their health record with Larkspur Travel Medicine",
         """Hello,

A TravelLedger user has shared their vaccination history with your clinic ahead of an appointment on 04/08/2025.

Shared by: Maja L.
Records:   3 immunizations, 1 allergy, 1 medication
Format:    HL7 FHIR R4 Bundle (attached)

You are receiving this because your clinic is listed in the TravelLedger provider directory. To stop receiving shared records, update your preferences at https://providers.travelledger-app.com.

TravelLedger, 400 Market Street, Suite 210, Denver CO 80202
""",
         dt(2025, 4, 2, 19, 44, -5),
         headers={"Auto-Submitted": "auto-generated"},
         atts=[("travelledger_share_tl-55a81.json", json.dumps(bundle, indent=2, ensure_ascii=False), "application/fhir+json")],
         patient="Maja Lindahl")

    feed = ["CASE_REF|POLICY_NO|LAST_NAME|FIRST_NAME|DOB|COUNTRY|FACILITY|ADMIT_DT|DX_CODE|DX_DESC|STATUS|RESERVE_USD",
            "HGA-24-11377|BTI-4471-2290-08|CASTILLO|MARTA|19640717|PE|CLINICA SAN RAFAEL CUSCO|20241111|T70.29|ALTITUDE SICKNESS|INPATIENT|8000",
            "HGA-24-11390|BTI-8810-3321-14|ODUYA|SAMUEL|19790302|KE|RIVERSIDE MEDICAL CENTRE|20241112|K35.80|ACUTE APPENDICITIS|INPATIENT|12500",
            "HGA-24-11395|BTI-2207-5518-90|BRANDT|KEIKO|19830611|IS|NORDURLJOS CLINIC|20241112|S52.501A|FX DISTAL RADIUS|INPATIENT|9400",
            "HGA-24-11398|BTI-9903-1127-05|FAIRWEATHER|LIAM|20010216|NZ|REMARKABLES HOSPITAL|20241113|S06.0X0A|CONCUSSION|INPATIENT|15000",
            "HGA-24-11405|BTI-6120-0047-33|MENDOZA VIDAL|ROSA|19520408|ES|CLINICA SAN JORGE|20241113|I50.9|HEART FAILURE|UNDER REVIEW|0",
            "HGA-24-11409|BTI-3355-7781-21|SETHURAMAN|ARJUN|19900925|QA|PEARL COAST HOSPITAL|20241113|A90|DENGUE FEVER|INPATIENT|6000",
            "HGA-24-11412|BTI-0071-6642-58|NAKASHIMA|REI|19971104|TH|ANDAMAN INTL HOSPITAL|20241114|S82.201A|FX TIBIA|ER|3000",
            "TRAILER|7"]
    emit("phi", "struct",
         "HGA Reporting <reporting@halcyonassist.net>",
         "Bluewater Medical Claims <medclaims@bluewatertravelins.com>",
         "HGA -> BTI daily open case feed 20241114",
         """Daily open inpatient case feed attached (pipe-delimited, layout v3.2, 7 records).

Please contact reporting@halcyonassist.net if the file fails validation.

""" + DISC_HGA,
         dt(2024, 11, 14, 6, 0, 0),
         headers={"Auto-Submitted": "auto-generated"},
         atts=[("HGA_BTI_OPEN_20241114.txt", "\r\n".join(feed) + "\r\n", "text/plain")],
         patient="Marta Castillo; Samuel Oduya; Keiko Brandt; Liam Fairweather; Rosa Mendoza Vidal; Arjun Sethuraman; Rei Nakashima")

    sos = {
        "event": "sos.created", "alert_id": "SOS-9F3A-22817", "created_at": "2025-10-19T05:48:12Z",
        "member": {"name": "Oliver Tran", "member_id": "4410-229-871", "dob": "1996-02-11",
                   "phone": "+1 415 555 0137", "policy": "BTI-2290-0417-66", "emergency_contact": {"name": "Linh Tran", "phone": "+1 415 555 0152", "relation": "mother"}},
        "location": {"lat": 27.8069, "lon": 86.7140, "accuracy_m": 35, "altitude_m": 3440, "place": "Namche Bazaar, Solukhumbu, NP"},
        "triage": {"reporter": "companion", "symptoms": ["severe headache", "breathless at rest", "vomiting", "unsteady walking"],
                   "ascent_last_48h_m": 900, "conscious": True, "medications_taken": ["acetazolamide 125 mg"]},
        "message": "my friend oliver cant walk straight and is coughing, we are at the lodge near the stupa, need helicopter pls",
        "device": {"platform": "android", "app_version": "5.12.1", "battery": 0.23},
    }
    emit("phi", "struct",
         "HalcyonGo SOS <sos-alerts@halcyonassist.net>",
         "Ops Duty <ops@halcyonassist.net>",
         "[SOS] New alert SOS-9F3A-22817 - member 4410-229-871 - NP",
         "New SOS alert received. Acknowledge in the console within 2 minutes.\n\n" +
         json.dumps(sos, indent=2) + "\n\n-- HalcyonGo alerting service --\n",
         dt(2025, 10, 19, 1, 48, -4),
         headers={"Auto-Submitted": "auto-generated", "Importance": "High", "X-Priority": "1"},
         patient="Oliver Tran")

    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="SG"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.702.1.77.4.1" extension="DS-2025-0081734"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20250612153000+0800"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.702.1.77.4.2" extension="SHH-00774120"/>
      <id root="2.16.840.1.113883.4.330.840" extension="568204417"/>
      <addr use="HP"><streetAddressLine>41 Birchwood Lane</streetAddressLine><city>Bellevue</city><state>WA</state><postalCode>98004</postalCode><country>US</country></addr>
      <telecom value="tel:+1-425-555-0196"/>
      <patient>
        <name><given>Gloria</given><given>M</given><family>Castellanos-Reid</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19590304"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20250612"/><assignedAuthor><id extension="M31207"/><assignedPerson><name>Dr. Tan Wei Ling</name></assignedPerson>
    <representedOrganization><name>Straits Harbour Hospital</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="46241-6" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital admission diagnosis"/>
      <title>Admission Diagnosis</title>
      <text>Left lower limb cellulitis with sepsis, onset during cruise (embarked Singapore 04/06/2025)</text>
    </section></component>
    <component><section>
      <code code="8648-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital course"/>
      <title>Hospital Course</title>
      <text>Admitted 06/06/2025 via ED. IV cefazolin then oral cefalexin. Blood cultures: Streptococcus pyogenes. Type 2 diabetes, glucose poorly controlled on admission, insulin sliding scale, back to metformin. Afebrile 72h. Mobilising independently.</text>
    </section></component>
    <component><section>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
      <title>Discharge Medications</title>
      <text><list><item>Cefalexin 500 mg PO QID x 7 days</item><item>Metformin 850 mg PO BD</item><item>Paracetamol 1 g PO QID PRN</item></list></text>
    </section></component>
    <component><section>
      <title>Fitness to Travel</title>
      <text>Fit to fly commercial, seated, from 14/06/2025. Compression stocking advised. Wound review by own physician within 5 days of return.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    emit("phi", "struct",
         "International Patient Centre <ipc@straitsharbourhospital.com>",
         "Halcyon Medical Desk <medical@halcyonassist.net>",
         "Discharge summary - your ref HGA-25-04410",
         """Dear Halcyon Medical Team,

Please find attached the discharge summary (CDA format, as requested by your system) for your client under reference HGA-25-04410, discharged today at 15:30. The final bill will follow from our finance department within 3 working days.

Kind regards,
Nur Aisyah Binte Rahman
International Patient Centre
Straits Harbour Hospital, Singapore
T +65 6555 0188 | ipc@straitsharbourhospital.com
""",
         dt(2025, 6, 12, 16, 2, 8),
         atts=[("DS-2025-0081734.xml", ccd, "application/xml")],
         patient="Gloria Castellanos-Reid")


# ================================================================ CLEAN: admin
def clean_admin():
    temps = ["logger_id,timestamp,temp_c,alarm"]
    t0 = datetime.datetime(2025, 2, 11, 1, 30)
    vals = [4.8, 4.9, 5.1, 6.0, 7.4, 8.6, 9.3, 9.8, 9.6, 8.9, 8.1, 7.2, 6.1, 5.3, 4.9, 4.7]
    for i, v in enumerate(vals):
        ts = t0 + datetime.timedelta(minutes=8 * i)
        temps.append("FRIDGE-B-DL2291,%s,%.1f,%s" % (ts.strftime("%Y-%m-%d %H:%M"), v, "HIGH" if v > 8.0 else ""))
    emit("clean", "admin",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Clinical Staff <clinical@larkspurtravelmed.com>",
         "Fridge B temp excursion overnight - DO NOT USE bagged stock",
         """All,

Fridge B in the vaccine room alarmed at 02:14 this morning. Max temp 9.8 C, above 8 C for about 47 minutes (logger download attached). Cause looks like the door seal - facilities is on it.

What I've done:
- All stock from fridge B bagged, labelled DO NOT USE - QUARANTINE, and moved to the bottom two shelves of fridge A.
- Called the manufacturers' medical info lines for stability data; YF and rabies answers expected today, typhoid and Twinrix tomorrow.
- Excursion form filed with the state VFC coordinator (we have no VFC stock in B, but they like to know).

Until I clear it, please use only the stock on the top three shelves of fridge A. If you are short for a visit, come find me - don't open the bags.

Thanks,
Beth

Beth Carrow, MHA | Clinic Manager | Larkspur Travel Medicine | 612-555-0141
""",
         dt(2025, 2, 11, 7, 12, -6),
         atts=[("FridgeB_DL2291_20250211.csv", "\r\n".join(temps) + "\r\n", "text/csv")])

    template = make_docx([
        "HALCYON GLOBAL ASSISTANCE LTD",
        "GUARANTEE OF PAYMENT - TEMPLATE v4 (effective 1 December 2024)",
        "",
        "To: [HOSPITAL NAME] - [DEPARTMENT]",
        "Our reference: [HGA CASE REF]     Your reference: [HOSPITAL ADMISSION NO.]",
        "Patient: [INITIALS ONLY]     Date of birth: [DD/MM/YYYY]",
        "Guarantee limit: [CURRENCY] [AMOUNT] ([AMOUNT IN WORDS])",
        "Covered: [COVERED SERVICES]",
        "Not covered: [EXCLUSIONS]",
        "Conditions: [STANDARD CONDITIONS 1-4]",
        "Second signature (required above USD 25,000 or equivalent): ______________________",
        "Medical Director / Deputy",
    ])
    emit("clean", "admin",
         "Rui Tavares <r.tavares@halcyonassist.net>",
         "Case Management <casemgmt@halcyonassist.net>, HGA Guarantees Desk <gop@halcyonassist.net>",
         "New GOP template v4 + second sign-off above USD 25k from 1 Dec",
         """Hi all,

Two changes from 1 December, agreed at last week's governance meeting:

1. Any guarantee of payment above USD 25,000 (or equivalent in local currency at the day's rate) needs a second signature from the Medical Director or the deputy before it goes out. The case manager prepares it as usual and assigns the "GOP 2nd sign" task in the system.

2. Please use template v4 (attached). Main differences from v3:
   - patient initials only on the GOP; full name goes in the covering e-mail to the hospital's international office, never in the letter itself
   - new line for the hospital's own admission number
   - validity shortened from 60 to 30 days
   - the "no deposit" condition is now number 4 and in bold

Old templates will be removed from the shared drive on 30 November. Questions to me or Henrik.

Thanks,
Rui

Rui Tavares
Guarantees Desk Lead | Halcyon Global Assistance
+351 21 555 0420
""",
         dt(2024, 11, 22, 14, 30, 0),
         cc="Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         atts=[("HGA_GOP_template_v4.docx", template,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

    body3 = """Planned EHR downtime - Saturday 3/22, 06:00-10:00

What's happening: the EHR vendor is applying the spring upgrade. The EHR, patient portal, e-prescribing and the immunization registry interface will all be unavailable.

Saturday clinic (08:00-12:00) will run on downtime procedures:
- Use the paper visit forms and consent forms in the BLUE downtime binder at the nurses' station.
- Printed VIS sheets for all travel vaccines are in the binder's back pocket.
- Paper prescriptions only; the pad is locked in the manager's office - Beth will leave it out Friday.
- Record every vaccine (lot, site, expiry) on the downtime log so it can be back-entered Saturday afternoon.
- Registry messages will queue and send automatically when the interface comes back.

Read-only access to Friday's schedule will be on the downtime PC in Room 1 (the one with the red sticker).

Questions: it@larkspurtravelmed.com or 612-555-0150.

Larkspur IT"""
    emit("clean", "admin",
         "Larkspur IT <it@larkspurtravelmed.com>",
         "All Staff <allstaff@larkspurtravelmed.com>",
         "Planned EHR downtime Sat 3/22 06:00-10:00",
         body3, dt(2025, 3, 14, 15, 0, -5), html=True)

    emit("clean", "admin",
         "Malcolm Reyes <m.reyes@skylinemedevac.net>",
         "Procurement <procurement@halcyonassist.net>",
         "Skyline Medevac - 2025 rate sheet and contract terms",
         """Dear Halcyon Procurement team,

Ahead of the renewal of our framework agreement (current term ends 31 Dec 2024), please find our proposed 2025 terms. The full rate sheet is attached.

Aircraft (per flight hour, incl. fuel, crew, standard insurance):
  Learjet 45 (ICU config)        USD 7,950   (2024: 7,600)
  Challenger 604 (dual stretcher) USD 11,200  (2024: 10,900)
  King Air 350 (regional)        USD 4,400   (unchanged)

Medical team per mission day:
  Physician + flight nurse       USD 2,300
  Additional specialist (neonatal / ECMO) on request

Ground ambulance and landing/handling: passed through at cost + 8%.
Cancellation: free until crew call-out; 25% of quote after call-out; 50% after wheels-up.
Quotes valid 12 hours. Payment terms 45 days from invoice (currently 30).
Volume rebate: 3% over 60 missions per calendar year.

Happy to walk through these on a call - I'm free Tuesday or Thursday next week.

Best regards,
Malcolm Reyes
Commercial Director, Skyline Medevac Air
Fort Lauderdale Executive Airport, Hangar 9, FL 33309
T +1 954 555 0130 | M +1 954 555 0191
""",
         dt(2024, 11, 6, 10, 45, -5),
         cc="Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         atts=[("Skyline_Medevac_RateSheet_2025.pdf", make_pdf([
             "SKYLINE MEDEVAC AIR - RATE SHEET 2025 (CONFIDENTIAL)",
             "LJ45 ICU ........................ USD 7,950 / flight hour",
             "CL604 dual stretcher ............ USD 11,200 / flight hour",
             "BE350 regional .................. USD 4,400 / flight hour",
             "Medical team / mission day ...... USD 2,300",
             "Overnight crew (per night) ...... USD 1,150",
             "Oxygen beyond 6 h ............... USD 320",
             "Valid 01/01/2025 - 31/12/2025",
         ], "Rate sheet 2025"), "application/pdf")])

    emit("clean", "admin",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Dr. Joseph Mwangi <j.mwangi@larkspurtravelmed.com>, Dr. Hye-jin Park <h.park@larkspurtravelmed.com>",
         "YF centre registration renewal + moving YF storage to Rm 4",
         """Hi both,

Our yellow fever vaccination centre registration with the state is up for renewal on 6/30. They need:
- current state licence and DEA copies for each of you (I have Joseph's, need Hye-jin's renewed one)
- proof that both of you completed the YF training module in the last 2 years (certificates)
- the stamp log for the last 12 months (I'll pull it)
- a floor plan showing where the vaccine is stored

On the floor plan: we're moving YF storage from the hall fridge to the new pharmacy-grade unit in Room 4 the week of 5/12, so I'd like to submit with the new layout. Room 4 will be locked when not in use; key with the nurses.

Could you send me your pieces by 5/30? Thanks!

Beth
""",
         dt(2025, 5, 2, 9, 41, -5))

    emit("clean", "admin",
         "Dr. Anders Holm <fleetmedical@corallinecruises.com>",
         "Medical Centre MS Coralline Aurora <medical.aurora@corallinecruises.com>",
         "Medical stores order - Aurora turnaround Fort Lauderdale 02/02",
         """Dear Lucia,

Your stores order for the Fort Lauderdale turnaround has been approved with two changes (marked *). Delivery to the provisions door, 06:30-08:00; please have a nurse there to check the cold chain items.

  Item                                        Qty      Notes
  IV giving sets, standard                    40
  Sodium chloride 0.9% 1000 ml                60
  Ondansetron 4 mg ODT                        200
  Ceftriaxone 1 g vials                       40
  Adrenaline 1 mg/ml ampoules                 30
  AED pads, adult                             6 pr
  AED pads, paediatric                        2 pr
  Oxygen cylinders, size D                    6        exchange empties
  Suture kits 4-0 / 5-0                       25 / 25
  Rapid influenza/COVID combo kits            150 *    reduced from 300, shelf life
  Oseltamivir 75 mg caps                      10 x 10
  Meclizine 25 mg tabs                        2,000 *  increased - transatlantic leg
  Tetanus-diphtheria vaccine                  10       cold chain

Controlled drugs will come separately under the Master's signature as usual.

Kind regards,
Dr. Anders Holm
Fleet Medical Director, Coralline Cruises
Miami HQ | +1 305 555 0110

""" + DISC_CC,
         dt(2025, 1, 27, 13, 20, -5))

    ics = make_ics("hga-govern-20241212@halcyonassist.net", "20241212T140000Z", "20241212T153000Z",
                   "Clinical governance meeting - December",
                   "Teams / Boston Room 4B",
                   "Agenda in the e-mail. Dial-in: +1 617 555 0177, conf ID 448 201 93#",
                   "h.aalto@halcyonassist.net")
    emit("clean", "admin",
         "Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         "Medical Team <medteam@halcyonassist.net>",
         "Clinical governance meeting - 12 Dec - agenda",
         """Hi all,

Agenda for Thursday's clinical governance meeting (14:00-15:30 UTC, Teams + Boston Room 4B):

1. Minutes and actions from November (5 min)
2. Escort SOP v7 - final sign-off: oxygen calculations, lone-escort rest rules (Ingrid, 15 min)
3. Complaint trends Q4 - themes only, no individual cases (Sofia, 10 min)
4. KPIs: time to first medical contact, GOP turnaround, repat within 72h of fit-to-fly (Kwame, 15 min)
5. Partner hospital audits - Malaga, Cusco, Denpasar visit reports (Paula, 20 min)
6. New GOP second-signature rule - first 2 weeks (Rui, 10 min)
7. AOB

Please send any papers to me by Tuesday 17:00. Calendar invite attached.

Henrik

Dr. Henrik Aalto
Medical Director | Halcyon Global Assistance
""",
         dt(2024, 12, 5, 11, 30, 0),
         atts=[("invite.ics", ics, "text/calendar")])


# ================================================================ CLEAN: lookalike
def clean_lookalike():
    body1 = """ORDER CONFIRMATION / INVOICE

Sales order:     SO-2025-118842
Your PO:         LTM-0325-07
Invoice no.:     INV-7730194
Customer acct:   C-22871
Invoice date:    03/21/2025      Terms: Net 30      Due: 04/20/2025

Ship to:  Larkspur Travel Medicine, 2150 Hennepin Ave S, Suite 300, Minneapolis MN 55405
Carrier:  2nd Day Air, cold chain      Tracking: 1Z 8A4 F29 03 4417 2291

NDC             Product                               Lot          Exp        Qty   Unit      Ext
49281-0915-01   Yellow fever vaccine, 1 dose vial     UJ271AB      11/30/26   10    178.40    1,784.00
49281-0790-20   Typhoid Vi polysaccharide, syringe    UJ602TC      08/31/26   20    98.15     1,963.00
58160-0826-11   Hepatitis A vaccine, adult syringe    AHAVB771CC   02/28/27   20    71.90     1,438.00
42515-0002-01   Japanese encephalitis vaccine         JEV24K118    06/30/26   5     341.25    1,706.25
63851-0501-01   Rabies vaccine, 1 dose kit            RA9931D      09/30/26   6     389.00    2,334.00

Subtotal 9,225.25   Shipping 0.00   Tax 0.00   TOTAL USD 9,225.25

Remit to: Northstar Vaccine Distribution, PO Box 77201, Chicago IL 60673-7201
Questions: 1-888-555-0162 or orders@northstarvaccinedist.com"""
    emit("clean", "lookalike",
         "Northstar Vaccine Distribution <orders@northstarvaccinedist.com>",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Order confirmation SO-2025-118842 / PO LTM-0325-07",
         body1, dt(2025, 3, 21, 16, 4, -5),
         html=text_to_html(body1, "Courier New, monospace"),
         headers={"Auto-Submitted": "auto-generated"})

    emit("clean", "lookalike",
         "Dana Whitlock <billing@larkspurtravelmed.com>",
         "Providers <providers@larkspurtravelmed.com>, Nurses <nurses@larkspurtravelmed.com>",
         "2025 travel visit coding cheat sheet (updated)",
         """Hi all - updated cheat sheet for 2025. Please keep next to the workstations. Biggest denial reason in Q4 was missing admin codes, so please double-check those.

DIAGNOSIS
  Z71.84    Encounter for health counseling related to travel  (primary for every pre-travel visit)
  Z23       Encounter for immunization
  Z29.8     Encounter for other specified prophylactic measures (malaria rx only)
  Z20.828   Contact with/exposure to other viral communicable disease (post-exposure rabies only)

E/M (new / established)
  99202-99205 / 99212-99215   by MDM or total time
  99401-99404  preventive counseling, 15-60 min (some plans only - check)

VACCINE PRODUCT
  90717 Yellow fever          90691 Typhoid Vi            90690 Typhoid oral
  90632 Hep A adult           90636 Hep A/Hep B (adult)   90746 Hep B adult
  90675 Rabies IM             90738 Japanese encephalitis 90734 MenACWY
  90707 MMR                   90715 Tdap                  90586 BCG (rare)

ADMIN
  90471  first injection      90472  each additional
  90473  first oral/nasal     90474  each additional oral

Modifier 25 on the E/M when a separate counseling service is documented.

Reminder: most commercial plans do NOT cover 90717, 90738, 90675 or 90691 - quote self-pay at scheduling (fee schedule on the shared drive).

Dana
""",
         dt(2025, 1, 6, 9, 15, -6))

    emit("clean", "lookalike",
         "Leilani Kahale <network@halcyonassist.net>",
         "Case Management <casemgmt@halcyonassist.net>, Ops All <ops-all@halcyonassist.net>",
         "Provider network update - Latin America - Q1",
         """Hi all,

Network changes for Latin America this quarter. The directory in the case system is updated; please use it rather than old e-mails.

NEW / UPDATED PROVIDERS
Hospital Costa Azul Cancun (MX) - direct billing, GOP accepted
   24h int'l desk +52 998 555 0142 | Licencia COFEPRIS 23-AM-0410-117
   Contact: Dra. Veronica Salinas, Ced. Prof. 7781204
Clinica San Rafael Cusco (PE) - direct billing, altitude unit, hyperbaric chamber
   24h +51 84 555 0190 | RUC 20455120987
   Contact: Dr. Julio Huaman, CMP 40812
Clinica del Sol Arequipa (PE) - NO direct billing, patient pays and claims
   +51 54 555 0231
Clinica Santa Lucia Quito (EC) - direct billing; new ground ambulance partner
   24h +593 2 555 0176 | ACESS reg. 17-0288-H

REMOVED
Hospital Maritimo de Puerto Vallarta - stopped accepting GOPs from 1 March.

US RECEIVING / AIR PARTNERS (for reference)
Skyline Medevac Air - medical director Dr. Nina Castro, NPI 1639257781, FL lic. ME 118473
Lakeview Regional (Chicago) - transfer center 1-773-555-0100

Leilani Kahale
Provider Network Manager | Halcyon Global Assistance
+1 617 555 0155
""",
         dt(2025, 1, 15, 10, 2, -5))

    body4 = """Ticket INC0048213 has been updated.

Short description: Label printer Room 4 printing blank labels
Caller:            Kelsey Dunn (Patient Services)
Assigned to:       Arjun Mehta
Priority:          3 - Moderate
State:             Resolved

Asset tag:         LTM-PRN-0031
Model:             Thermal label printer, serial ZT41-2207-55813
Location:          Room 4, Larkspur Travel Medicine, 2150 Hennepin Ave S

Work notes (03/19/2025 14:22):
Replaced ribbon (part RB-110-4471), recalibrated media sensor, printed 20 check labels OK. Driver updated to 8.4.1.
Related: INC0048190 (same model, Room 2) - monitoring.

If the issue is not resolved, reply to this e-mail within 5 days to reopen the ticket.

-- Larkspur IT Service Desk | ext. 150 --"""
    emit("clean", "lookalike",
         "Larkspur IT Service Desk <servicedesk@larkspurtravelmed.com>",
         "Kelsey Dunn <k.dunn@larkspurtravelmed.com>",
         "INC0048213 resolved - Label printer Room 4 printing blank labels",
         body4, dt(2025, 3, 19, 14, 23, -5), html=True,
         headers={"Auto-Submitted": "auto-generated"})

    emit("clean", "lookalike",
         "HGA Reporting <reporting@halcyonassist.net>",
         "Leadership <leadership@halcyonassist.net>",
         "October operations dashboard",
         """October 2024 - operations summary (all clients)

CASES
  New cases opened ............. 4,127   (Sep 3,860, +6.9%)
  Inpatient cases .............. 412
  Outpatient / advice only ..... 3,346
  Air ambulance missions ....... 37      (Europe 21, Asia-Pac 9, Americas 7)
  Commercial repatriations ..... 58      (escorted 41, unescorted 17)
  Deaths abroad / mortal remains 9

GUARANTEES OF PAYMENT
  Issued ....................... 389
  Average initial GOP .......... EUR 6,210
  Median turnaround ............ 2 h 48 min (target 4 h)
  Over USD 25k ................. 22

CALL CENTRE
  Calls offered ................ 31,904
  Answered < 20 s .............. 97.3%
  Abandonment rate ............. 1.1%
  Time to first medical contact  median 4 min 12 s

TOP 5 COUNTRIES BY NEW CASES: Spain 612, Thailand 401, Mexico 366, USA 301, Indonesia 219

Full dashboard on the reporting site, page 2 has the per-client split.
""",
         dt(2024, 11, 4, 7, 30, -5),
         headers={"Auto-Submitted": "auto-generated"})

    emit("clean", "lookalike",
         "Skyline Flight Ops <flightops@skylinemedevac.net>",
         "Ops Duty <ops@halcyonassist.net>",
         "Empty leg availability 22-24 Nov",
         """Good afternoon,

The following positioning legs are available at reduced rates (empty leg, subject to crew duty limits):

Date     Tail     Type    Route        ETD (L)   Pax/Strt   Rate
22 Nov   N415SM   LJ45    FLL - TGU    09:00     4/1        USD 9,800
22 Nov   N415SM   LJ45    TGU - FLL    15:30     4/1        USD 11,500 (medical crew available)
23 Nov   N602SM   CL604   FLL - GRU    07:00     6/2        USD 31,000
24 Nov   N602SM   CL604   GRU - FLL    12:00     6/2        USD 33,400

Crew on N415SM: Capt. Brent Lowry (ATP 3318720), F/O Dana Kimura (CPL 4410982); flight nurse on standby.
Slot and permit numbers: TGU permit HN-OPS-24-11873, GRU ANAC authorisation pending.

Hold requests close 18:00 EST the day before departure. Reference EL-2411-22 when booking.

Skyline Flight Operations
+1 954 555 0133 (24h)
""",
         dt(2024, 11, 20, 15, 10, -5))

    emit("clean", "lookalike",
         "Immunization Program - YF Centres <yfcentres@mn-immunization-program.org>",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "ICVP booklet shipment - serials 0045001-0045500 - centre MN-0117",
         """Dear Yellow Fever Vaccination Centre,

Your order of International Certificates of Vaccination or Prophylaxis (ICVP) has shipped.

Centre:            MN-0117 Larkspur Travel Medicine
Order no.:         YF-ORD-25-0412
Quantity:          500 booklets (5 packs of 100)
Serial range:      0045001 - 0045500
Uniform stamp:     MN-0117 (no change)
Shipped:           04/08/2025 via USPS Priority, tracking 9405 5118 9956 2241 7730 18

Please sign the attached receipt and return by fax to 651-555-0100 within 10 days. Booklets are controlled documents - keep them locked and record each serial issued in your stamp log. Unused serials from the previous range (0041201-0041700) should be reported on the annual return by 01/31.

Immunization Program - Yellow Fever Centres
651-555-0102
""",
         dt(2025, 4, 8, 11, 26, -5),
         atts=[("ICVP_receipt_YF-ORD-25-0412.pdf", make_pdf([
             "ICVP SHIPMENT RECEIPT",
             "Order YF-ORD-25-0412   Centre MN-0117",
             "Serials 0045001 - 0045500  (500)",
             "Received by: ____________________   Date: ___________",
             "Return by fax: 651-555-0100",
         ], "ICVP receipt"), "application/pdf")])


# ================================================================ CLEAN: news
def clean_news():
    txt1 = """LARKSPUR TRAVEL HEALTH BULLETIN - April 2025

1. Measles before summer travel
Measles continues to circulate in several popular destinations in Europe, Asia and Africa. Adults born after 1957 without two documented doses of MMR should get one before international travel. Infants 6-11 months travelling abroad can receive an early dose - ask us.

2. Dengue season
Dengue activity is high across Latin America and South-East Asia this year. There is no vaccine we routinely offer to travellers; the best protection is day-biting mosquito avoidance: DEET 20-50% or picaridin, permethrin-treated clothing, and screened or air-conditioned rooms.

3. Chikungunya vaccine now available
We now stock a chikungunya vaccine for travellers to areas with current outbreaks. It's a single dose; talk to your travel nurse about whether it's right for your trip.

4. Book early for yellow fever
Certificates become valid 10 days after vaccination. Please book at least 4 weeks before departure.

5. Summer hours
From June 2 we're open until 7pm on Tuesdays and Thursdays.

Larkspur Travel Medicine | 2150 Hennepin Ave S, Suite 300, Minneapolis MN 55405 | 612-555-0140
You are receiving this because you subscribed at larkspurtravelmed.com. Unsubscribe: https://larkspurtravelmed.com/unsubscribe"""
    html1 = """<html><body style="margin:0;background:#f2f5f3">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#283b30">
<tr><td style="background:#3d6b4f;color:#fff;padding:18px 24px;font-size:22px">Larkspur Travel Health Bulletin <span style="font-size:14px">April 2025</span></td></tr>
<tr><td style="padding:18px 24px">
<h3>1. Measles before summer travel</h3><p>Measles continues to circulate in several popular destinations in Europe, Asia and Africa. Adults born after 1957 without two documented doses of MMR should get one before international travel. Infants 6&ndash;11 months travelling abroad can receive an early dose &ndash; ask us.</p>
<h3>2. Dengue season</h3><p>Dengue activity is high across Latin America and South-East Asia this year. The best protection is day-biting mosquito avoidance: DEET 20&ndash;50% or picaridin, permethrin-treated clothing, and screened or air-conditioned rooms.</p>
<h3>3. Chikungunya vaccine now available</h3><p>We now stock a chikungunya vaccine for travellers to areas with current outbreaks. Talk to your travel nurse.</p>
<h3>4. Book early for yellow fever</h3><p>Certificates become valid 10 days after vaccination. Please book at least 4 weeks before departure.</p>
<h3>5. Summer hours</h3><p>From June 2 we&rsquo;re open until 7pm on Tuesdays and Thursdays.</p>
<p style="text-align:center"><a href="https://larkspurtravelmed.com/book" style="background:#3d6b4f;color:#fff;padding:10px 20px;text-decoration:none">Book a pre-travel visit</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#789;padding:12px 24px">Larkspur Travel Medicine &middot; 2150 Hennepin Ave S, Suite 300, Minneapolis MN 55405 &middot; <a href="https://larkspurtravelmed.com/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    emit("clean", "news",
         "Larkspur Travel Medicine <newsletter@larkspurtravelmed.com>",
         "subscribers@larkspurtravelmed.com",
         "Travel Health Bulletin - April 2025: measles, dengue, new vaccine",
         txt1, dt(2025, 4, 3, 8, 0, -5), html=html1,
         headers={"List-Unsubscribe": "<https://larkspurtravelmed.com/unsubscribe>", "Precedence": "bulk"})

    txt2 = """HALCYON CLIENT BRIEFING - Atlantic hurricane season 2025

For HR, travel managers and security leads at our corporate clients.

The Atlantic hurricane season runs 1 June - 30 November. Forecasters expect an above-average season. What this means for your travellers and assignees:

BEFORE A STORM
- Make sure every traveller has the Halcyon app installed and location sharing switched on for the trip.
- Confirm your crisis contact list with us - we will call the first name on it when a watch is issued.
- Assignees in the Caribbean, Gulf Coast and Central America should keep 7 days of regular medicines and a printed copy of their prescriptions.

DURING
- Our security desk issues alerts at 72, 48 and 24 hours before projected landfall.
- Evacuation by commercial flight is far cheaper and more reliable than waiting for charter; we will advise when to leave.

AFTER
- Hospitals and pharmacies may be closed or overloaded. Use the 24h line for advice before going to an emergency department.

Webinar: "Hurricane readiness for mobile workforces", Wednesday 21 May, 11:00 EDT. Register at halcyonassist.net/webinars.

Halcyon Global Assistance | 24/7 +1 617 555 0190"""
    emit("clean", "news",
         "Halcyon Global Assistance <briefings@halcyonassist.net>",
         "Corporate Clients <clients-americas@halcyonassist.net>",
         "Client briefing: Atlantic hurricane season 2025",
         txt2, dt(2025, 5, 12, 9, 0, -4), html=True,
         headers={"Precedence": "bulk"})

    emit("clean", "news",
         "Dr. Hye-jin Park <h.park@larkspurtravelmed.com>",
         "Clinical Staff <clinical@larkspurtravelmed.com>",
         "Journal club notes - malaria prophylaxis adherence in VFR travellers",
         """Hi all, notes from Thursday's journal club for those who couldn't make it.

Paper: multi-site prospective cohort of travellers visiting friends and relatives (VFR) in sub-Saharan Africa, recruited at 11 travel clinics, follow-up by text message during and 4 weeks after travel.

Headline numbers:
- 1,214 travellers enrolled, 1,037 completed follow-up (85%).
- Full adherence (every dose, incl. post-travel doses) was 41% overall: 58% with atovaquone-proguanil vs 29% with doxycycline vs 33% with mefloquine.
- Most common reasons for stopping: "felt it wasn't needed because I grew up there" (38%), side effects (22%), ran out (17%).
- Trips over 28 days had half the adherence of trips under 14 days.
- 9 malaria cases in the cohort, all in non-adherent or partially adherent travellers.

Discussion points:
- Cost was a big driver - our cash price for A-P for a long trip is a real barrier. Beth is looking at a cheaper generic supplier.
- Consider a text reminder at day 3 and day 14 of the trip (we'd need consent at the visit).
- The "I'm immune" belief came up a lot - worth a specific line in our counseling script.

Slides are in the Teams channel. Next month: rabies PEP access abroad (Tomas presenting).

Hye-jin
""",
         dt(2025, 2, 24, 12, 15, -6))

    txt4 = """Summer's coming - is your travel health sorted?

Book a pre-travel consultation at Larkspur Travel Medicine before 31 May and get:
- 15% off group consultations for 3 or more travellers on the same trip
- Free printed travel health summary for every destination
- Same-week appointments for last-minute trips

Our certified travel nurses will review your itinerary, vaccines and medicines, and give you practical advice for food, water, insects and altitude.

Book online at larkspurtravelmed.com/book or call 612-555-0140.

Larkspur Travel Medicine, 2150 Hennepin Ave S, Suite 300, Minneapolis MN 55405
Offer not valid with insurance-billed visits. Unsubscribe: larkspurtravelmed.com/unsubscribe"""
    html4 = """<html><body style="font-family:Verdana,sans-serif;background:#fffaf0">
<div style="max-width:560px;margin:auto;border:2px solid #f0a500;padding:20px">
<h1 style="color:#d35400">Summer&rsquo;s coming &#9728;</h1>
<h2>Is your travel health sorted?</h2>
<p>Book a pre-travel consultation before <b>31 May</b> and get:</p>
<ul><li><b>15% off</b> group consultations for 3+ travellers on the same trip</li>
<li>Free printed travel health summary for every destination</li>
<li>Same-week appointments for last-minute trips</li></ul>
<p><a href="https://larkspurtravelmed.com/book" style="font-size:18px;color:#fff;background:#d35400;padding:10px 24px;text-decoration:none;border-radius:4px">Book now</a></p>
<p style="font-size:10px;color:#888">Offer not valid with insurance-billed visits. <a href="https://larkspurtravelmed.com/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""
    emit("clean", "news",
         "Larkspur Travel Medicine <hello@larkspurtravelmed.com>",
         "subscribers@larkspurtravelmed.com",
         "15% off group travel consults - book before May 31",
         txt4, dt(2025, 4, 22, 10, 30, -5), html=html4,
         atts=[("summer_banner.jpg", make_jpeg(3000), "image/jpeg")],
         headers={"List-Unsubscribe": "<https://larkspurtravelmed.com/unsubscribe>", "Precedence": "bulk"})

    emit("clean", "news",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Clinical Staff <clinical@larkspurtravelmed.com>",
         "FW: Health Alert Network - Yellow fever vaccine supply update",
         """FYI - nothing changes for us yet, we have 10 doses on hand and the order in. Please keep quoting 4 weeks lead time.

Beth

---------- Forwarded message ---------
From: Regional Health Alert Network <alerts@regional-han.org>
Date: Mon, Jan 13, 2025 at 3:02 PM
Subject: Health Alert Network - Yellow fever vaccine supply update
To: <b.carrow@larkspurtravelmed.com>

HEALTH ADVISORY - Yellow fever vaccine supply

Summary: The national distributor reports constrained supply of yellow fever vaccine through the end of Q1 2025 because of a delayed release of two lots. Orders will be filled at up to 50% of the usual monthly allocation.

Recommendations for YF vaccination centres:
1. Prioritise travellers to countries that require proof of vaccination at entry and travellers to areas with active transmission.
2. Do not stockpile. Use first-expiring lots first.
3. Remind travellers that for most, a single dose gives lifelong protection; check records before revaccinating.
4. A medical waiver letter may be issued where vaccination is contraindicated, but not because of supply.

For questions contact the Immunization Program at 651-555-0102.

This message was distributed to YF vaccination centres in the region.
""",
         dt(2025, 1, 14, 8, 40, -6))

    emit("clean", "news",
         "HGA Internal Comms <comms@halcyonassist.net>",
         "All Halcyon Staff <allstaff@halcyonassist.net>",
         "Halcyon Horizons - Q3 2025",
         """HALCYON HORIZONS - the quarter in brief

Numbers
Q3 was our busiest summer yet: 12,940 new cases (up 9% on last year), 118 air ambulance missions and 171 commercial repatriations. Call answer time stayed under 20 seconds for 97% of calls - thank you, Ops.

New partners
We welcomed 14 new partner hospitals, including Hospital Costa Azul in Cancun, Straits Harbour Hospital in Singapore and Andaman International in Phuket. Leilani's team completed 22 on-site audits.

Lisbon office
Our new Lisbon hub opened on 1 September with the guarantees desk, finance and a 12-seat ops room. Rui Tavares leads the site.

App
HalcyonGo 5.12 launched with offline SOS (SMS fallback) and a redesigned clinic finder. 41,000 members now have it installed.

People
- Welcome to flight nurses Amara Diallo, Kenji Ota and Marta Lindholm.
- Congratulations to Kwame Mensah on 10 years with Halcyon!
- Ingrid Solberg passed her CFRN exam.

Wellbeing
Mental health first aiders are now in every office. The EAP number is on the intranet home page.

See you at the winter party - details next month.
""",
         dt(2025, 10, 6, 9, 0, 0), html=True)


# ================================================================ CLEAN: staff
def clean_staff():
    emit("clean", "staff",
         "Dr. Henrik Aalto <h.aalto@halcyonassist.net>",
         "Medical Team <medteam@halcyonassist.net>",
         "Medical director on-call - weekend 15-17 Nov",
         """Weekend on-call for medical sign-off (GOPs > USD 25k, air ambulance approvals, fitness to fly disputes):

Fri 15 Nov 18:00 - Sat 16 Nov 08:00   Dr. Paula Esposito, MD FACEP       +1 617 555 0121
Sat 16 Nov 08:00 - Sun 17 Nov 08:00   Dr. Henrik Aalto, MD PhD           +44 7700 900 412
Sun 17 Nov 08:00 - Mon 18 Nov 08:00   Dr. Olumide Adeyemi, MBBS FRCA     +44 7700 900 587

Backup (all weekend): Dr. Mei-Ling Cho, MD MPH, +1 617 555 0129
Nursing lead on call: Ingrid Solberg, RN CFRN, +47 555 41 288

Please page through the ops console first, phone second. Handover at 08:00 by Teams call.

Henrik
""",
         dt(2024, 11, 14, 16, 0, 0))

    rows = [["Week", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["2-8 Dec", "Solberg", "Solberg", "Diallo", "Diallo", "Ota", "Ota", "Lindholm"],
            ["9-15 Dec", "Lindholm", "Jimenez", "Jimenez", "Solberg", "Solberg", "Diallo", "Diallo"],
            ["16-22 Dec", "Ota", "Ota", "Lindholm", "Lindholm", "Jimenez", "Jimenez", "Solberg"],
            ["23-29 Dec", "Diallo", "Diallo", "Ota (BH)", "Ota (BH)", "Lindholm", "Lindholm", "Jimenez"],
            ["30 Dec-5 Jan", "Jimenez", "Solberg (BH)", "Solberg (BH)", "Diallo", "Diallo", "Ota", "Ota"]]
    emit("clean", "staff",
         "Ingrid Solberg <i.solberg@halcyonassist.net>",
         "Flight Nurses <flightnurses@halcyonassist.net>",
         "December escort rotation - first-call nurse",
         """Hi team,

December first-call rotation attached (and pasted below). First call = available for departure within 6 hours, passport and go-bag ready. BH = bank holiday, double rate applies.

If you need to swap, arrange it between yourselves and tell me and ops before the day - not on the day please.

Reminders:
- Go-bag check by 30 Nov (oxygen calculator card, pulse ox, spare batteries)
- Yellow fever and rabies status on your staff file must be current
- Amara and Kenji: your supervised missions count towards sign-off, keep your logbooks up to date

Thanks everyone, and happy holidays in advance!

Ingrid Solberg, RN CFRN
Nursing Lead, Escort Services | Halcyon Global Assistance

Week          Mon       Tue           Wed           Thu       Fri       Sat       Sun
2-8 Dec       Solberg   Solberg       Diallo        Diallo    Ota       Ota       Lindholm
9-15 Dec      Lindholm  Jimenez       Jimenez       Solberg   Solberg   Diallo    Diallo
16-22 Dec     Ota       Ota           Lindholm      Lindholm  Jimenez   Jimenez   Solberg
23-29 Dec     Diallo    Diallo        Ota (BH)      Ota (BH)  Lindholm  Lindholm  Jimenez
30 Dec-5 Jan  Jimenez   Solberg (BH)  Solberg (BH)  Diallo    Diallo    Ota       Ota
""",
         dt(2024, 11, 25, 12, 10, 1),
         atts=[("Escort_rotation_Dec2024.xlsx", make_xlsx(rows, "December"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    emit("clean", "staff",
         "Nadia Kowalski <n.kowalski@halcyonassist.net>",
         "Case Management <casemgmt@halcyonassist.net>",
         "Sofia out 4-29 March - case cover",
         """Hi all,

Sofia will be on leave from Tuesday 4 March and back on Monday 31 March. I'm covering her active caseload, with Tobias taking any new cases from her corporate clients.

Her out-of-office points to me. Please don't contact her while she's away.

Thanks,
Nadia

Sent from Outlook for Android""",
         dt(2025, 2, 27, 17, 35, 0))

    emit("clean", "staff",
         "HGA Payroll <payroll@halcyonassist.net>",
         "Flight Nurses <flightnurses@halcyonassist.net>, Escort Physicians <escortdocs@halcyonassist.net>",
         "Escort per diem rates from 1 January + timesheet deadline",
         """Hello,

New per diem rates for escort missions apply to missions starting on or after 1 January 2025:

  Mission day (on duty with patient)       GBP 340 nurse / GBP 520 physician
  Travel day without patient               GBP 180 / GBP 260
  Standby day abroad (hotel, waiting)      GBP 120 / GBP 160
  Bank holiday uplift                      x 2.0
  Meal allowance (receipts not required)   GBP 55 per day abroad

Mileage to and from the airport: 45p per mile, or parking up to GBP 25/day with receipt.

December timesheets and expense claims must be in the payroll system by Friday 3 January, 17:00 UK, to be paid on 24 January. Anything later will go in the February run.

Questions: payroll@halcyonassist.net or ext. 4410.

HGA Payroll
""",
         dt(2024, 12, 16, 10, 0, 0))

    body5 = """Hi everyone!

After 22 years with Larkspur, Dr. Margaret Ingersoll is retiring at the end of June. Margaret started the travel clinic out of one exam room and a borrowed fridge in 2003, and she's trained half the nurses in the state on yellow fever.

Please join us for cake and a few words:
  Friday June 27, 3:30pm, break room (clinic closes to walk-ins at 3)

We're collecting for a gift (a guidebook collection and a voucher for her trip to Patagonia!) - envelope is with Kelsey at the front desk until the 24th. There's also a card to sign.

Kelsey & Beth"""
    emit("clean", "staff",
         "Kelsey Dunn <k.dunn@larkspurtravelmed.com>",
         "All Staff <allstaff@larkspurtravelmed.com>",
         "Margaret's retirement party - Fri 6/27",
         body5, dt(2025, 6, 9, 11, 45, -5), html=True,
         atts=[("margaret_2003_clinic.jpg", make_jpeg(3500), "image/jpeg")])

    emit("clean", "staff",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Clinical Staff <clinical@larkspurtravelmed.com>",
         "Credential check - renewals due by 9/30",
         """Hi all, quarterly credential check. The following renewals are due before 9/30 - please send me the new card/certificate when done (scan is fine).

Name                  Credential              Number          Expires
Renee Castellano RN   BLS                     eCard 2219-4471 08/31/2025
Renee Castellano RN   RN licence (MN)         R 188203        09/30/2025
Tomas Ibarra RN CTH   CTH (ISTM)              CTH-44120       09/15/2025
Hye-jin Park MD       DEA registration        FP4471203       09/30/2025
Joseph Mwangi MD      ACLS                    eCard 9930-1172 08/20/2025
Kelsey Dunn           CPR (non-clinical)      AHA-HS 55120    09/01/2025

The clinic pays for BLS/ACLS classes - the next on-site session is 8/14, 1-5pm, sign up with me. Licence fees are reimbursed through expenses.

Thanks!
Beth
""",
         dt(2025, 7, 21, 9, 30, -5))

    ics = make_ics("ltm-interviews-20250515@larkspurtravelmed.com", "20250515T140000Z", "20250515T200000Z",
                   "Travel nurse interviews (panel)", "Conference room B",
                   "Candidates: 9:00 C. Arnaud, 10:15 P. Mbeki-Lowe, 1:00 S. Varga", "b.carrow@larkspurtravelmed.com")
    emit("clean", "staff",
         "Beth Carrow <b.carrow@larkspurtravelmed.com>",
         "Dr. Joseph Mwangi <j.mwangi@larkspurtravelmed.com>, Tomas Ibarra <t.ibarra@larkspurtravelmed.com>",
         "Travel nurse interviews Thu 5/15 - panel schedule",
         """Hi Joseph and Tomas,

Thanks for being on the panel. Thursday 5/15, conference room B:

 9:00-10:00   Claire Arnaud, RN - 6 yrs ED, CTH candidate, bilingual French
10:15-11:15   Precious Mbeki-Lowe, RN BSN - 4 yrs occupational health, did travel clinic PRN at a university health service
 1:00-2:00    Steven Varga, RN - 9 yrs public health immunization program, wants 0.8 FTE

Resumes and the scoring sheet are in the Hiring folder. Please score independently before we discuss at 2:15. Standard questions are on page 2 - Tomas, can you take the clinical scenario (the VFR family with a 9 month old)?

Beth
""",
         dt(2025, 5, 12, 8, 50, -5),
         atts=[("interviews.ics", ics, "text/calendar")])


# ================================================================ CLEAN: training
def clean_training():
    emit("clean", "training",
         "Sofia Marin <s.marin@halcyonassist.net>",
         "New Coordinators Cohort 11 <cohort11@halcyonassist.net>",
         "Induction week 2 - case study for Thursday",
         """Hi cohort 11,

Please read this before Thursday's session and come ready to talk through your answers. The case is made up, based loosely on a few real situations with every detail changed.

CASE STUDY: "The call from the ski resort"
It's 23:40 on a Saturday. A woman in her 50s calls the 24h line from a ski resort in the Alps. Her husband (early 60s) fell on a red run that afternoon, was taken to a small local clinic by the piste rescue team, and has now been told he needs surgery on his leg at a larger hospital 90 km away. The clinic wants a credit card before transferring him. She doesn't know the policy number, only that they booked the trip through a travel agent with "the insurance included". She is upset and her phone battery is at 15%.

Questions
1. What are the first three things you do in the first two minutes of this call?
2. How do you identify the policy if she doesn't have the number?
3. The clinic wants EUR 2,000 before transfer. What can you offer, and who do you need to involve?
4. What do you tell her about the surgery - and what do you NOT tell her?
5. What's your plan if her phone dies?
6. Which tasks do you create in the case system before you hand over at 07:00?

Model answers will be shared after the session.

Sofia Marin
Senior Case Manager & Induction Lead
""",
         dt(2025, 1, 13, 16, 20, 0))

    emit("clean", "training",
         "Tomas Ibarra <t.ibarra@larkspurtravelmed.com>",
         "Nurses <nurses@larkspurtravelmed.com>",
         "Quiz answers - vaccine schedules (the one from staff meeting)",
         """As promised, answers to Tuesday's quiz. Scores were great - average 8.4/10!

1. Minimum interval between dose 1 and 2 of the JE vaccine (standard schedule)? -> 28 days (accelerated 7 days for adults 18-65)
2. Rabies PrEP current schedule? -> 2 doses, day 0 and day 7
3. How long before travel must YF be given for the certificate to be valid? -> 10 days
4. Oral typhoid: how many capsules and what's the catch? -> 4 capsules every other day; no antibiotics 72h before/after, keep refrigerated
5. Hep A single dose before travel: protective? -> yes, for most healthy adults, give as soon as possible
6. Minimum age for YF vaccine (routine)? -> 9 months
7. MMR before travel in infants: from what age? -> 6 months (early dose does not count toward routine series)
8. Malaria: which option needs to start 2-3 weeks before travel? -> mefloquine
9. Atovaquone-proguanil: how long after leaving the risk area? -> 7 days
10. Doxycycline: how long after? -> 28 days

Bonus: live vaccines not given same day must be separated by -> 28 days

Next quiz in May: altitude and travellers' diarrhea.

Tomas
""",
         dt(2025, 3, 6, 14, 2, -6))

    emit("clean", "training",
         "Priya Natarajan <p.natarajan@halcyonassist.net>",
         "CaseSys UAT Team <uat-casesys@halcyonassist.net>",
         "UAT round 3 - test scripts and test records (CaseSys 4.0)",
         """Hi UAT team,

Round 3 starts Monday in the UAT environment (uat.casesys.halcyonassist.net - NOT production). Use only the test records below; they are synthetic and exist only in UAT.

TEST RECORDS
  ZZTEST, ALPHA       DOB 01/01/1900   Policy TEST-0000-0001   Case TST-000101
  ZZTEST, BRAVO       DOB 02/02/1902   Policy TEST-0000-0002   Case TST-000102
  ZZTEST, CHARLIE     DOB 03/03/1903   Policy TEST-0000-0003   Case TST-000103 (corporate client TEST CORP)

SCRIPTS (detail in the attached sheet)
  UAT-31  Open new inpatient case for ZZTEST, ALPHA, add hospital from directory, issue GOP EUR 5,000
  UAT-32  GOP above USD 25k for ZZTEST, BRAVO - confirm second-signature task is created and blocks sending
  UAT-33  Log air ambulance quote x3 for ZZTEST, CHARLIE, select one, check the cost reserve updates
  UAT-34  Close case, check the closure letter template pulls initials only
  UAT-35  Export daily feed - confirm ZZTEST records are EXCLUDED from the insurer file

Log defects in the tracker with the script number. Sign-off meeting Friday 15:00.

Thanks,
Priya Natarajan
Business Analyst, CaseSys 4.0 Programme
""",
         dt(2025, 4, 25, 13, 5, -4),
         atts=[("UAT_round3_scripts.csv",
                "script_id,step,action,expected_result,test_record\r\n"
                "UAT-31,1,Create case,Case number TST-* issued,ZZTEST ALPHA\r\n"
                "UAT-31,2,Add hospital from directory,Hospital contact auto-filled,ZZTEST ALPHA\r\n"
                "UAT-31,3,Issue GOP EUR 5000,PDF generated with initials Z.A.,ZZTEST ALPHA\r\n"
                "UAT-32,1,Issue GOP USD 30000,Task 'GOP 2nd sign' created; send blocked,ZZTEST BRAVO\r\n"
                "UAT-33,1,Add 3 quotes,Quotes listed; reserve = selected quote,ZZTEST CHARLIE\r\n"
                "UAT-34,1,Close case,Closure letter shows initials only,ZZTEST ALPHA\r\n"
                "UAT-35,1,Run daily export,No TST-* cases in output file,ALL\r\n", "text/csv")])

    emit("clean", "training",
         "Dr. Anders Holm <fleetmedical@corallinecruises.com>",
         "Ship Medical Teams <shipmedical@corallinecruises.com>",
         "Tabletop exercise pack - mass casualty (MCI) - Q2 drills",
         """Dear colleagues,

Attached and below is the tabletop pack for this quarter's MCI drill. Run it with your medical team, the Staff Captain and the Hotel Director before the end of June and send the debrief form back to me.

SCENARIO (fictitious - for exercise only)
Day 4 of a 7-night Caribbean sailing, sea day, 14:20. A glass balustrade on the Deck 12 buffet terrace gives way in a gust. Guests fall to the Deck 11 pool area below. Bridge reports "multiple injured". The nearest port is 9 hours away.

EXERCISE CASUALTY CARDS (all names and details invented)
  Card 1  "Guest A", adult male ~40   - open lower leg fracture, conscious
  Card 2  "Guest B", adult female ~70 - head injury, GCS dropping 14 -> 11
  Card 3  "Crew C", pool attendant    - lacerations forearm, bleeding controlled
  Card 4  "Guest D", child ~8         - wrist deformity, distressed, parent missing
  Card 5  "Guest E", adult male ~55   - chest pain after the event, no injury
  Card 6  "Guest F", adult female ~30 - pregnant ~30 weeks, abdominal pain

INJECTS
  +10 min  Medical centre has 2 beds; the second nurse is off duty and asleep in her cabin
  +20 min  Helicopter evacuation possible for 2 patients only at +3 h
  +30 min  Social media post from a guest with photos

Questions: triage order, use of crew first-aid team, who goes on the helicopter, communications with fleet medical and with families.

Kind regards,
Dr. Anders Holm
Fleet Medical Director

""" + DISC_CC,
         dt(2025, 4, 1, 10, 0, -4),
         atts=[("MCI_tabletop_Q2_2025.docx", make_docx([
             "CORALLINE CRUISES - FLEET MEDICAL",
             "Mass Casualty Tabletop Exercise - Q2 2025",
             "All casualties in this pack are fictitious and for exercise use only.",
             "Card 1: Guest A, adult male ~40, open lower leg fracture, conscious.",
             "Card 2: Guest B, adult female ~70, head injury, GCS 14 falling to 11.",
             "Card 3: Crew C, pool attendant, forearm lacerations, bleeding controlled.",
             "Card 4: Guest D, child ~8, wrist deformity, parent not located.",
             "Card 5: Guest E, adult male ~55, chest pain after the event.",
             "Card 6: Guest F, adult female ~30, ~30 weeks pregnant, abdominal pain.",
             "Debrief form: page 4.",
         ]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

    emit("clean", "training",
         "Rui Tavares <r.tavares@halcyonassist.net>",
         "Lisbon Guarantees Team <gop-lisbon@halcyonassist.net>",
         "Worked example - GOP v4 (SAMPLE, do not send)",
         """Hi team,

For Monday's training, here's a filled-in SAMPLE of the v4 guarantee so you can see what good looks like. Everything in it is invented - the patient, hospital and numbers don't exist. Please don't copy it into a real case.

-------------------------------- SAMPLE --------------------------------
To: Sample General Hospital - International Office
Our reference: HGA-00-000000 (SAMPLE)     Your reference: ADM-0000 (SAMPLE)
Patient: J.S. (sample: "Jane Sample")     Date of birth: 01/01/1980
Guarantee limit: EUR 10,000.00 (ten thousand euros)
Covered: medically necessary inpatient treatment arising from the emergency
Not covered: personal items, telephone, companion costs, pre-existing conditions
Conditions: 1-4 standard
Second signature: not required (below USD 25,000)
------------------------------------------------------------------------

Points to notice:
- initials only in the letter
- amount in figures AND words
- the hospital's own reference filled in - this is what their finance team searches on
- valid 30 days, not 60

Exercise: in pairs, complete a v4 letter for the scenario on the handout (also fictional), then swap and check each other's against the checklist.

Rui
""",
         dt(2024, 12, 6, 9, 12, 0))

    hl7 = "\n".join([
        "MSH|^~\\&|LTMEHR_TRN|LARKSPUR_TRN|IIS_TRN|MNIIS_TRN|20250110100000||VXU^V04^VXU_V04|TRN-0001|T|2.5.1",
        "PID|1||TRN900001^^^LTM^MR||ZZTRAIN^PATIENT^ONE||20000101|U|||1 TRAINING WAY^^NOWHERE^MN^00000",
        "ORC|RE||TRN-IMM-0001",
        "RXA|0|1|20250110|20250110|37^yellow fever^CVX|0.5|mL^mL^UCUM||00^New record^NIP001||||||TRAINLOT1||PMC^^MVX|||CP|A",
        "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163",
    ])
    emit("clean", "training",
         "Arjun Mehta <it@larkspurtravelmed.com>",
         "EHR Super Users <superusers@larkspurtravelmed.com>",
         "Training env: registry interface exercise for super users",
         """Hi super users,

For Friday's session we'll practise reading interface messages and fixing the common registry rejections. Everything happens in the TRAINING environment (processing ID "T" in MSH-11) with synthetic ZZTRAIN patients - nothing goes to the state.

Here's the sample we'll start with:

""" + hl7 + """

Exercise:
1. Which segment holds the vaccine code? Which field?
2. Change the administration date to a date BEFORE the birth date, resend, and read the error.
3. Remove RXR and resend - what does the registry say?
4. Find the ZZTRAIN patient in the training EHR and check the vaccine shows in the history tab.

Bring your laptop, training logins were e-mailed separately.

Arjun
""",
         dt(2025, 1, 8, 15, 30, -6))


# ================================================================ main
def main():
    phi_care()
    phi_ids()
    phi_lang()
    phi_lists()
    phi_names()
    phi_self()
    phi_struct()
    clean_admin()
    clean_lookalike()
    clean_news()
    clean_staff()
    clean_training()

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in ROWS:
            w.writerow(r)

    ok = True
    for key in sorted(EXPECTED):
        n = COUNTERS.get(key, 0)
        flag = "" if n == EXPECTED[key] else "   <-- expected %d" % EXPECTED[key]
        ok = ok and not flag
        print("%-6s %-10s %3d%s" % (key[0], key[1], n, flag))
    print("total  %d" % len(ROWS))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
