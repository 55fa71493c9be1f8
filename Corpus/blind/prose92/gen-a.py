#!/usr/bin/env python3
"""Blind evaluation set: realistic mail for a nursing school's clinical placement
office and faculty. Everything here is invented. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, json, random, struct, zlib, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 9201
random.seed(SEED)

# ---------------------------------------------------------------- helpers
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
AREAS = ["413", "774", "508", "860", "401", "978", "603"]


def _tz(mo, d):
    if 3 < mo < 11 or (mo == 3 and d > 9) or (mo == 11 and d < 3):
        return TZ_EDT
    return TZ_EST


def dt(y, mo, d, h=None, mi=None):
    if h is None:
        h = random.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 21, 22])
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=_tz(mo, d))


def rdt(start=(2024, 8, 19), days=250):
    base = datetime.date(*start) + datetime.timedelta(days=random.randint(0, days))
    while base.weekday() >= 5 and random.random() < 0.85:
        base += datetime.timedelta(days=1)
    return dt(base.year, base.month, base.day)


def later(d, hours=0, minutes=0, days=0):
    return d + datetime.timedelta(days=days, hours=hours, minutes=minutes)


def phone():
    return f"({random.choice(AREAS)}) {random.randint(201, 989)}-{random.randint(0, 9999):04d}"


def ext():
    return f"x{random.randint(2000, 7999)}"


def student_id():
    return f"L00{random.randint(400000, 899999)}"


def mid(domain, style=None):
    style = style or random.choice(["hex", "outlook", "gm", "plain"])
    if style == "outlook":
        return "<%s%05dMB%04d%s@%s>" % (random.choice(["BN8PR", "SA1PR", "MN2PR", "CH3PR"]),
                                         random.randint(0, 99999), random.randint(0, 9999),
                                         "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
                                         "namprd%02d.prod.outlook.example.com" % random.randint(1, 20))
    if style == "gm":
        s = "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(40))
        return "<CA+%s@mail.%s>" % (s, domain)
    if style == "plain":
        return "<%d.%d.%d@%s>" % (random.randint(10**9, 10**10), random.randint(100, 999), random.randint(1, 99), domain)
    return "<%016x.%06x@%s>" % (random.getrandbits(64), random.getrandbits(24), domain)


def long_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def short_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.rstrip("\n").splitlines())


def on_wrote(d, who):
    return f"On {short_date(d)} {who[0]} <{who[1]}> wrote:"


def orig_block(d, frm, to, subject, body, cc=None):
    h = ["-----Original Message-----", f"From: {frm[0]} <{frm[1]}>", f"Sent: {long_date(d)}",
         f"To: {'; '.join(t[0] for t in to)}"]
    if cc:
        h.append(f"Cc: {'; '.join(c[0] for c in cc)}")
    h.append(f"Subject: {subject}")
    return "\n".join(h) + "\n\n" + body.rstrip("\n") + "\n"


def fwd_block(d, frm, to, subject, body):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm[0]} <{frm[1]}>\nDate: {short_date(d)}\nSubject: {subject}\n"
            f"To: {', '.join(f'{t[0]} <{t[1]}>' for t in to)}\n\n" + body.rstrip("\n") + "\n")


def addr(p):
    return formataddr((p[0], p[1])) if p[0] else p[1]


def build(frm, to, subject, body, date, cc=None, html=None, atts=(), reply=None, headers=None, bcc=None):
    m = EmailMessage()
    m["From"] = addr(frm)
    m["To"] = ", ".join(addr(t) for t in (to if isinstance(to, list) else [to]))
    if cc:
        m["Cc"] = ", ".join(addr(c) for c in (cc if isinstance(cc, list) else [cc]))
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(frm[1].split("@")[-1])
    if reply:
        rid = mid(reply.split("@")[-1] if "@" in reply else reply)
        m["In-Reply-To"] = rid
        m["References"] = rid
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, data, ctype = a
        mt, st = ctype.split("/")
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fname)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def html_wrap(text, font="Calibri, Arial, sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.splitlines()) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt;color:#1f1f1f">\n' + "\n".join(out) +
            "\n</div></body></html>\n")


# ----------------------------------------------------------- file formats
ZDATE = (2024, 9, 3, 10, 15, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
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
          f'<sheets><sheet name="{_xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xesc(v)}</t></is></c>')
        out.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          "".join(out) + "</sheetData></worksheet>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def make_docx(paragraphs):
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
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_xesc(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
           "".join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream_lines = ["BT", "/F1 10 Tf", "13 TL", "54 740 Td"]
    for l in lines:
        stream_lines.append(f"({esc(l)}) '")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (ScanDesk 4.2) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_png(w=120, h=40, bg=(255, 255, 255), fg=(30, 70, 120), bars=True):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            on = bars and (8 <= y < h - 8) and ((x // 6) % 3 == 0) and x < w // 2
            on = on or (bars and y in (h // 2, h // 2 + 1) and x >= w // 2 and x < w - 8)
            raw.extend(fg if on else bg)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def make_ics(summary, start, end, location, desc, uid_domain, organizer):
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur SON//Scheduler 2.1//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{random.getrandbits(48):012x}@{uid_domain}\r\nDTSTAMP:{f(start - datetime.timedelta(days=5))}\r\n"
            f"DTSTART:{f(start)}\r\nDTEND:{f(end)}\r\nSUMMARY:{summary}\r\nLOCATION:{location}\r\n"
            f"DESCRIPTION:{desc}\r\nORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def to_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# ------------------------------------------------------------------ people
SON = "larkspur-nursing.org"
STU = "students.larkspur-nursing.org"
UNI = "larkspur-univ.org"
SBR = "stbrendan-rmc.org"
MFH = "mercyfields-health.org"
OAK = "oakhaven-hospital.net"
HAL = "haldenchildrens.org"
BWB = "brightwaterbh.org"
CTC = "cleartrack-compliance.com"
VSL = "verityscreen.net"

# placement office
DANA = ("Dana Whitcombe", f"dwhitcombe@{SON}")
PRIYA = ("Priya Raman", f"praman@{SON}")
MARCUS = ("Marcus Oyelaran", f"moyelaran@{SON}")
GLORIA = ("Gloria Trevino", f"gtrevino@{SON}")
PLACE = ("Clinical Placement Office", f"clinicalplacement@{SON}")
# faculty
HELEN = ("Helen Fairbanks", f"hfairbanks@{SON}")
KEVIN = ("Kevin Lindqvist", f"klindqvist@{SON}")
ROSA = ("Rosa Albright", f"ralbright@{SON}")
TAMSIN = ("Tamsin Greer", f"tgreer@{SON}")
JOEL = ("Joel Amankwah", f"jamankwah@{SON}")
BETH = ("Beth Kowalczyk", f"bkowalczyk@{SON}")
MARITES = ("Marites Dizon", f"mdizon@{SON}")
LUCIANA = ("Luciana Ferraz", f"lferraz@{SON}")
IRINA = ("Irina Volkova", f"ivolkova@{SON}")
WEILIN = ("Wei Lin", f"wlin@{SON}")
SHEALTH = ("Larkspur Student Health Services", f"studenthealth@{UNI}")
SHNURSE = ("Monique Abernethy-Hall", f"mabernethyhall@{UNI}")
# hospital people
CARLA = ("Carla Mendes", f"cmendes@{SBR}")
AMY = ("Amy Sato", f"asato@{SBR}")
DEREK = ("Derek Paulson", f"dpaulson@{SBR}")
NORA = ("Nora Blackwood", f"nblackwood@{MFH}")
FELIX = ("Felix Arroyo", f"farroyo@{OAK}")
JUNE = ("June Castellanos", f"jcastellanos@{HAL}")

SIG = {
    DANA: "Dana Whitcombe, MSN, RN\nDirector of Clinical Placements\nLarkspur University School of Nursing\n1180 Quarry Hill Road, Holbrook Hall 210\nP: {p} | F: {f}",
    PRIYA: "Priya Raman\nClinical Placement Coordinator\nLarkspur University School of Nursing\nHolbrook Hall 212 | {p}",
    MARCUS: "Marcus Oyelaran\nCompliance Specialist, Clinical Placement Office\nLarkspur University School of Nursing\n{p} | clinicalplacement@" + SON,
    GLORIA: "Gloria Trevino\nAdministrative Assistant II\nClinical Placement Office | Holbrook 208\n{p}",
    HELEN: "Helen Fairbanks, PhD, RN, CNE\nAssociate Dean for Undergraduate Programs\nLarkspur University School of Nursing",
    KEVIN: "Kevin Lindqvist, MSN, RN, CCRN\nClinical Instructor, NUR 320 Adult Health I\ncell {p}",
    ROSA: "Rosa Albright, DNP, RN, PHN\nAssistant Professor | Course Lead, NUR 440 Community & Population Health\n{p}",
    TAMSIN: "Tamsin Greer, MSN, RN, CPN\nClinical Assistant Professor, Pediatrics",
    JOEL: "Joel Amankwah, MSN, PMHNP-BC\nClinical Instructor, NUR 350 Psychiatric-Mental Health Nursing",
    BETH: "Beth Kowalczyk, MSN, RN, CHSE\nSimulation & Skills Lab Coordinator\nBryce Simulation Center, Room B014 | {p}",
}


def sig(p):
    s = SIG.get(p, p[0])
    return s.format(p=phone(), f=phone())


SON_DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the use of the "
            "individual(s) named above and may contain information that is confidential, including student "
            "education records protected by FERPA. If you are not the intended recipient, please notify the "
            "sender and delete this message.")
SBR_DISC = ("This e-mail, including any attachments, is intended solely for the addressee and may contain "
            "confidential and/or privileged patient or business information. Any review, use, disclosure or "
            "distribution by persons other than the intended recipient is prohibited. St. Brendan Regional "
            "Medical Center, Holbrook, MA.")
MFH_DISC = ("Mercy Fields Health | The information in this message may be confidential. If you received it in "
            "error, please reply to the sender and delete all copies.")


# ================================================================ PHI: care
def care_1():
    d = dt(2024, 10, 15, 15, 42)
    body = f"""Hi Kevin,

Heads up for tomorrow - Mr. Halvorsen in 418 is going home around 1100. His daughter is picking him up, she's coming from work so it might slide to noon.

Could Aisha do his discharge teaching before then? Mainly the walker (PT already signed off on the stairs) and the new pill organizer. His wife asked for the med schedule in large print, I left a copy in the tray by the printer at the station. He also needs the follow up with Dr. Vasquez's office booked before he leaves - the unit clerk does the call but Aisha can sit in, it's good for her to see.

FYI he likes his coffee black and early, he'll be up at 0500 asking for it lol

Thanks!
Carla

Carla Mendes, BSN, RN
Charge Nurse / Preceptor, 4 West Med-Surg
St. Brendan Regional Medical Center
{phone()} | Vocera: "4 West Charge"

{SBR_DISC}
"""
    return build(CARLA, KEVIN, "418 going home tmrw - teaching for your student", body, d,
                 cc=[("Aisha Karimi", f"akarimi4@{STU}")]), "Mr. Halvorsen"


def care_2():
    d = dt(2024, 10, 9, 11, 5)
    st = ("Jordan Whitfield-Ames", f"jwhitfieldames@{STU}")
    body = f"""Hi Jordan,

This is a reminder that your second hepatitis B vaccine dose is scheduled for:

    Thursday, October 17, 2024 at 2:40 PM
    Larkspur Student Health Services, Caldwell Center Room 114

Please bring your student ID and your insurance card. The visit will be billed to your Larkspur Student Health Plan; there is no copay for vaccines.

Your third dose will be due in April. The Clinical Placement Office asked us to remind you that the titer has to be drawn 1-2 months after the last dose, so please plan for late May or early June.

If you need to reschedule, reply to this message or call {phone()}. Please do not reply with medical questions; use the patient portal instead.

Monique Abernethy-Hall, RN
Nurse Care Coordinator
Larkspur University Student Health Services
"""
    return build(SHNURSE, st, "Appointment reminder - Student Health Services", body, d,
                 cc=[MARCUS]), "Jordan Whitfield-Ames"


def care_3():
    d1 = dt(2024, 10, 28, 9, 12)
    d2 = later(d1, hours=2, minutes=41)
    orig = f"""Priya,

Quick logistics thing for the parish nurse placement. Mei Tanaka and Tomasz Wrobel are doing Tuesday 10:00 home visits with Mrs. Eleanor Pike on Linden St (the older lady near the library, you set this up with Pastor Gail in Sept).

1) She needs a ride to her eye appointment on 11/6 at 1:15. The parish van can take her but someone has to confirm with the church office, and I don't have the coordinator's number. Can you?
2) Her son called me from Ohio last week - he's worried she isn't eating much since she moved into the apartment. The students will bring the Meals on Wheels forms Tuesday and help her fill them out. He'd like a call back after the visit, his number is {phone()} (Daniel).
3) Students should NOT be carrying her mail/checks to the bank even if she asks. Please add to the orientation sheet for next group.

Thanks,
Rosa

{sig(ROSA)}
"""
    body = f"""Done - van is booked for 12:45 pickup on 11/6, driver is Ron. Church office # is {phone()} (Bev).
I'll add #3 to the orientation packet.

Priya

{on_wrote(d1, ROSA)}
{quote(orig)}
"""
    return build(PRIYA, ROSA, "RE: Tues home visits - ride + meals", body, d2, reply=f"x@{SON}"), "Eleanor Pike"


def care_4():
    d = dt(2024, 11, 13, 21, 48)
    st = ("Brianna Holt", f"bholt2@{STU}")
    body = """Hi Professor Lindqvist,

Here's my report for tomorrow on my pt so I'm ready for 0645 huddle:

Ms. Dolores Quintero - rm 6 (bed by window)
- turn q2h, she likes to be on her R side facing the door
- likes the lights low, hates the TV on
- glasses go on the L side of the tray, she can't find them otherwise
- pureed diet, nectar thick liquids, sit her all the way up to eat and 30 min after
- daughter Rosa comes at 5pm most days, she'll ask about the hearing aid (it's in the drawer in a blue case)
- needs her 0900 meds crushed in applesauce per the note on the MAR
- last BM 11/11

I'm going to ask the PCT if I can help with her bath at 0800 before PT comes.

Thanks!
Brianna
Sent from my iPhone"""
    return build(st, KEVIN, "care plan report - rm 6", body, d), "Dolores Quintero"


def care_5():
    d = dt(2025, 1, 22, 16, 3)
    st = ("Kendra Osei", f"kosei@{STU}")
    rx = random.randint(6000000, 6999999)
    body = f"""Hi KENDRA,

Your prescription is ready for pickup at Larkspur Campus Pharmacy.

  Rx #: {rx}
  Medication: FLUTICASONE-SALMETEROL 250-50 MCG INHALER
  Quantity: 1   Refills remaining: 4
  Copay: $10.00 (Larkspur Student Health Plan)

Pickup hours: Mon-Fri 9:00 AM - 5:30 PM, Caldwell Center, lower level.
Prescriptions not picked up within 10 days will be returned to stock.

Please do not reply to this automated message. Questions? Call the pharmacy at {phone()}.
"""
    html = html_wrap(body)
    return build(("Larkspur Campus Pharmacy", f"no-reply@pharmacy.{UNI}"), st,
                 "Your prescription is ready for pickup", body, d, html=html), "Kendra Osei"


def care_6():
    d = dt(2025, 2, 7, 7, 26)
    mom = ("Heidi Brandt", "heidi.brandt58@mailhaven.net")
    body = f"""Good morning,

My daughter Sofia Brandt is a junior in your program and she was sent home from her rotation at Mercy Fields yesterday after she fainted in the OR during a case. They took her down to their ER and kept her for about three hours, she is fine now and resting at home.

I have two questions and I couldn't find the answer on the website:

1. Does she need a note from a doctor before she can go back on Monday? Her own doctor can't see her until the 14th.
2. Who pays for the ER visit - the hospital, the school's accident insurance, or our insurance? She's still on my plan through my work. I don't want her getting a bill she can't pay.

She didn't want me to write to you, so please be gentle with her about it! She is very embarrassed.

Thank you,
Heidi Brandt
{phone()}
"""
    return build(mom, PLACE, "question about my daughter - sent home from clinical", body, d), "Sofia Brandt"


def care_7():
    d = dt(2025, 3, 4, 18, 20)
    body = f"""Hi Tamsin -

For your student tomorrow (Lexi, right?) - she has Mateo again in bed 12.

- Mom is rooming in tonight so she'll be there for am care; she likes to do the diaper changes herself, let her.
- 0900 feed: weigh first, same diaper, same scale (the one by the window). Log it on the I&O sheet taped to the crib.
- Child life is bringing the tablet at 1000.
- Please don't take him to the playroom, he's still on contact precautions, gown + gloves going in.
- Dad calls around lunch, mom will put him on speaker, just fyi so Lexi isn't surprised.

Thanks for sending good students this term. Lexi's been great with him.

June

June Castellanos, BSN, RN, CPN
Clinical Nurse III / Preceptor, 5 Tower Infant-Toddler
Halden Children's Hospital
{phone()}
"""
    return build(JUNE, TAMSIN, "bed 12 for tmrw", body, d,
                 cc=[("Alexis Romano", f"aromano@{STU}")]), "Mateo"


def care_8():
    d0 = dt(2024, 12, 2, 13, 30)
    d1 = later(d0, days=1, hours=2, minutes=5)
    ds = ("Office of Accessibility Services", f"accessibility@{UNI}")
    inner = f"""Dear Clinical Placement Office,

This letter confirms that the following student has approved academic and clinical accommodations for Spring 2025:

Student: Liam Petrosyan (ID {student_id()}), BSN Junior
Accommodations (clinical setting):
 - Scheduled for day shifts only (no shifts starting after 11:00 or ending after 19:30)
 - A 15-minute break approximately every 4 hours to take scheduled medication and eat
 - Permission to keep a snack and water at the nurses' station or break room

The student has been informed that he is responsible for letting his clinical instructor know when he steps away.

Please contact our office with questions.

Ana Ruiz-Castillo, M.Ed.
Accommodations Specialist
Office of Accessibility Services
"""
    body = f"""Priya - can you make sure Liam goes into one of the day groups at Oakhaven for spring (Tues/Wed 0630-1500)? I don't think Kevin's 1500-2330 group works with this. Please don't forward the letter to the site, just tell the instructor what he needs.

Dana

{fwd_block(d0, ds, [PLACE], "Accommodation letter - Spring 2025", inner)}"""
    return build(DANA, PRIYA, "Fwd: Accommodation letter - Spring 2025", body, d1), "Liam Petrosyan"


# ================================================================= PHI: ids
def ids_1():
    d = dt(2024, 9, 12, 3, 14)
    sid = student_id()
    order = f"CT-{random.randint(4000000, 4999999)}-LS"
    body = f"""ClearTrack Compliance - Requirement Review Notification

School: Larkspur University School of Nursing (LS-BSN)
Order #: {order}
Student: J. Morrow
Student ID: {sid}
Cohort: BSN Fall 2024 Junior

Requirement: Hepatitis B Series / Titer
Status: REJECTED
Reviewed: 09/12/2024 03:11 AM ET

Reviewer comments:
Anti-HBs quantitative result submitted (collected 08/29/2024) is 4.2 mIU/mL, which is below the
immune threshold (>= 10 mIU/mL). Per school requirements, please submit documentation of a
repeat series (1 dose, then repeat titer) or a non-responder statement signed by a provider.
Due: 10/11/2024

To view this requirement log in at https://portal.cleartrack-compliance.com/ls-bsn
Do not reply to this e-mail. This mailbox is not monitored.
"""
    return build(("ClearTrack Notifications", f"notifications@{CTC}"), MARCUS,
                 f"[ClearTrack] Requirement Rejected - {sid} - Hepatitis B Series / Titer", body, d), ""


def ids_2():
    d = dt(2024, 8, 23, 14, 50)
    spec = f"VS{random.randint(20000000, 29999999)}"
    donor = student_id()
    body = f"""Clinical Placement Office,

Please see the result below for a pre-placement donor from your account (Acct 71-0448, Larkspur SON).

Specimen ID:     {spec}
Donor ID:        {donor}
DOB:             02/17/2003
Collected:       08/21/2024 09:42 at Verity PSC #118 (Holbrook)
Panel:           10-panel urine w/ expanded opiates
Result:          NEGATIVE-DILUTE  (creatinine 14 mg/dL, SG 1.002)
MRO review:      completed 08/23/2024

Per your account policy a negative-dilute result requires a directly observed recollection within 48 hours of notification. Please have the donor present to any Verity PSC with the attached chain-of-custody form. A new order number is not needed.

Regards,
Tanya Okafor
Client Services, Verity Screening Labs
{phone()} | Fax {phone()}
"""
    coc = make_pdf(["VERITY SCREENING LABS - CHAIN OF CUSTODY / RECOLLECTION",
                    f"Account: 71-0448  Larkspur University School of Nursing",
                    f"Original Specimen: {spec}   Donor ID: {donor}",
                    "Reason for recollection: Negative-Dilute (directly observed)",
                    "Donor must present photo ID. Collection site to complete Step 2.",
                    "MRO: R. Feld, MD"], title="COC Recollect")
    return build(("Verity Client Services", f"clientservices@{VSL}"), [MARCUS], f"Result notification - {spec} - recollect required",
                 body, d, atts=[(f"COC_{spec}.pdf", coc, "application/pdf")]), ""


def ids_3():
    d0 = dt(2024, 10, 10, 8, 2)
    d1 = later(d0, hours=1, minutes=19)
    mrn = f"00{random.randint(4000000, 4999999)}"
    body0 = f"""Good morning Kevin,

One of your students uploaded her care plan to the shared unit folder (I think she meant to put it in your dropbox) and the header has the patient's full MRN and DOB on it. We've moved the file and deleted the copy, but she needs to take it off her laptop/flash drive as well.

The header reads:
   Pt: MRN {mrn}   DOB 03/12/1946   Rm 522   Adm 10/06/24
   Adm dx: CHF exacerbation, AKI on CKD 3b
   Allergies: PCN (rash), iodinated contrast

This is the gentleman the group had on 10/8. Could you please remind your group that care plans use initials or "Pt A" only, and no MRN/DOB/room?

Thank you!
Amy Sato, MSN, RN-BC
Clinical Education Specialist - Student Placements
St. Brendan Regional Medical Center

{SBR_DISC}
"""
    body = f"""Amy - so sorry about this. I'll talk to her today and have her show me it's deleted. Will re-cover it with the whole group in post-conference.

Kevin

{orig_block(d0, AMY, [KEVIN], "care plan in unit shared folder", body0)}"""
    return build(KEVIN, AMY, "RE: care plan in unit shared folder", body, d1, cc=[DANA]), ""


def ids_4():
    d = dt(2024, 10, 24, 10, 37)
    sid = student_id()
    acct = random.randint(88000000, 88999999)
    body = f"""Dana,

Follow-up on IR-2024-0317 (student sharps exposure, 4 West, 10/22 ~1415).

- Source patient acct #{acct}: source labs drawn 10/22 1630 per protocol, results routed to Employee Health. EH will communicate results to the student directly; we will not send them to the school.
- Student {sid}: baseline labs drawn at EH 10/22. Declined PEP after counseling per EH note (low-risk source per initial screen). Follow-up draws scheduled 12/03 (6 wk) and 01/21 (3 mo) at EH, 7:30 AM walk-in.
- Charges for the EH visit and labs are being billed to the school's student accident policy (policy # SA-55-0192), not to the student.

Root cause review on the 4W sharps container placement is next Tuesday. Your instructor is welcome to attend.

Nora Blackwood, BSN, RN, COHN
Employee & Occupational Health
Mercy Fields Health
{phone()}

{MFH_DISC}
"""
    return build(NORA, DANA, "IR-2024-0317 follow-up", body, d, cc=[KEVIN]), ""


def ids_5():
    d = dt(2024, 11, 20, 12, 9)
    st = ("Brianna", f"bcallahan3@{STU}")
    acct = f"{random.randint(5000, 5999)}-{random.randint(1000, 9999)}"
    mem = f"LSH-{random.randint(880000000, 889999999)}"
    claim = f"24-{random.randint(100, 330)}-{random.randint(10000, 99999):05d}"
    body = f"""Hi Brianna,

Thanks for calling earlier. Here is what I see on account {acct}:

  10/02/2024  QuantiFERON-TB Gold Plus   $89.00
  10/02/2024  Varicella IgG antibody     $54.00
  10/02/2024  Venipuncture               $18.00
                                  Total  $161.00

These were submitted to your Student Health Plan (member ID {mem}) under claim {claim}. The plan denied the varicella antibody and the venipuncture as "not medically necessary - screening for program requirement". The QuantiFERON was paid.

You can appeal (form attached on the portal) or we can move the $72.00 to your student account. Nursing students often get these covered through the School of Nursing clearance fund - I'd ask the Clinical Placement Office before you pay anything.

Best,
Carmen Duarte
Patient Accounts, Student Health Services
{phone()}
"""
    return build(("Carmen Duarte", f"cduarte@{UNI}"), st, "Your account - denied charges", body, d), "Brianna"


def ids_6():
    d = dt(2025, 1, 9, 9, 55)
    body = f"""Hi Priya,

Below is the occupational health clearance for the student starting on 6 East on 1/21. Please forward to her instructor if needed. We had to hand-key these since the roster came over without names.

  DOB:                11/02/2001
  SSN (last 4):       xxx-xx-4417
  Student ID:         {student_id()}
  Medical clearance questionnaire (respirator): reviewed 01/08/2025, CLEARED - no restrictions
  Fit test:           PASSED 01/08/2025, 3M 1870+ (regular); Halyard 46727 (small) FAILED
  TB screen:          QFT on file 08/2024 - negative; annual symptom screen due 08/2025
  Flu vaccine:        01/06/2025 (Larkspur SHS)

She will need to be re-fit if she is floated to a unit that stocks only the Halyard masks.

Thanks,
Felix Arroyo
Occupational Health Coordinator
Oakhaven Community Hospital
{phone()}
"""
    return build(FELIX, PRIYA, "OH clearance - 6E start 1/21", body, d), ""


def ids_7():
    d0 = dt(2025, 2, 3, 15, 22)
    d1 = later(d0, hours=18, minutes=4)
    sid = student_id()
    claim = f"UHX{random.randint(7000000000, 7999999999)}"
    q = f"""Hi SHS team,

Student {sid} says her titers were drawn at an outside urgent care (CityCare Express, Route 9) - date of service 01/14/2025, their claim # {claim}. She says she uploaded the lab report but ClearTrack only shows the MMR and HepB pages.

Can you confirm whether you received the results from CityCare? She says the varicella came back "equivocal" and the urgent care told her to get a booster. If so she has a deadline of 2/14 for the first dose.

Thanks,
Marcus
"""
    body = f"""Marcus,

We received the CityCare fax 1/28. Varicella IgG is equivocal (1.02 index). She is scheduled here 2/6 at 10:20 for dose 1 of varicella, dose 2 will be 3/6 or later. We'll send the immunization record through the portal after each dose.

MMR and HepB pages look complete to us.

-- SHS Records

{on_wrote(d0, MARCUS)}
{quote(q)}
"""
    return build(("SHS Medical Records", f"shsrecords@{UNI}"), MARCUS, f"Re: outside titers - {sid}", body, d1,
                 reply=f"x@{SON}"), ""


def ids_8():
    d = dt(2025, 2, 12, 17, 31)
    body = f"""Rosa - notes from today's Tuesday route for your files (the students already charted in our system):

Client Medicaid ID 4471829930 (DOB 1958-06-30)
  Visit 2/11 1000-1100, students T. Wrobel + M. Tanaka
  BP 152/90 L arm sitting, recheck 148/88. Pulse 84 reg.
  Med reconciliation done w/ pill bottles - found 2 bottles of the same water pill from different pharmacies, took the older one for disposal with client's OK.
  Next visit 2/25. Pharmacist call scheduled 2/18.

Client Medicaid ID 5102937745 (DOB 1949-12-04)
  Not home at 1115. Neighbor says she is staying with her sister this week. Will retry 2/18.

Both files are in the blue bin at the center. Please do not take them off site.

Jacqueline Moreau, RN
Parish Nurse Coordinator, Holy Family Community Outreach
{phone()}
"""
    return build(("Jacqueline Moreau", "jmoreau@holyfamilyoutreach.org"), ROSA, "Tues route 2/11", body, d), ""


# ================================================================ PHI: lang
def lang_1():  # Spanish
    d = dt(2025, 2, 20, 19, 44)
    body = f"""Buenas tardes profesora Albright,

Soy Lucía Ibarra, la hija de la señora Carmen Ibarra (calle Maple 41, apto 3). Usted me dio su tarjeta cuando vinieron los estudiantes.

Los muchachos que visitan a mi mamá los martes le tomaron la presión y me dijeron que estaba alta, 168/95, y que le avisara al doctor. Ya llamé a la clínica pero me dieron cita hasta el 10 de marzo. ¿Es muy tarde? Ella toma el losartán de 50 en la mañana pero a veces se le olvida, y dice que le duele la cabeza en las tardes.

¿Pueden venir los estudiantes otra vez el jueves a tomarle la presión? Yo trabajo hasta las 4 pero mi hijo Andrés está en la casa.

Muchas gracias por todo, mi mamá los quiere mucho.

Lucía Ibarra
{phone()}

Enviado desde mi Galaxy"""
    return build(("Lucia Ibarra", "lucia.ibarra77@postbox-mail.com"), ROSA, "Presion de mi mama - Carmen Ibarra", body, d), "Carmen Ibarra"


def lang_2():  # Tagalog / Taglish
    d = dt(2024, 11, 7, 6, 58)
    p = ("Rowena Santiago", f"rsantiago@{SBR}")
    body = f"""Hi Ate Marites,

Okay naman yung student mo kahapon si Kyle, masipag at mabilis matuto. Pero FYI lang, yung pasyente niya sa 407 si Lolo Benigno Santos, nag-desat kagabi mga 2300, 86% sa room air. Nilagyan namin ng 2L NC at umakyat naman sa 94%. Tinawagan na namin si Dr. Patel, nag-order ng CXR at ABG. Mukhang may konting fluid ulit kaya binigyan ng IV Lasix 40.

Pakisabi kay Kyle na i-update yung care plan niya bago siya bumalik ng Huwebes, kasi iba na yung priority (gas exchange na, hindi na lang mobility). Pinapahanap din ni Lolo yung "batang nurse na matangkad" hehe, na-miss daw niya.

Salamat po! Ingat sa biyahe.

Weng
Rowena Santiago, RN
Night Charge, 4 East Telemetry
St. Brendan Regional Medical Center

{SBR_DISC}"""
    return build(p, MARITES, "re: student mo kahapon (407)", body, d), "Benigno Santos"


def lang_3():  # Vietnamese
    d = dt(2025, 2, 14, 20, 15)
    body = f"""Kính gửi phòng khám sinh viên điều dưỡng,

Tôi là Trần Minh Khôi, con trai của ông Trần Văn Phúc (sinh năm 1952). Bố tôi đã đến khám tại phòng khám miễn phí của các bạn sinh viên ở nhà thờ Saint Anne vào thứ Tư ngày 12/2. Các bạn đo đường huyết của bố tôi là 245 và huyết áp 160/92, và dặn bố tôi phải đi gặp bác sĩ trong tuần này.

Bố tôi không nói được tiếng Anh và đã hết thuốc Metformin từ tháng trước vì bảo hiểm Medicaid của ông bị gián đoạn. Xin hỏi các bạn có thể giúp giới thiệu bác sĩ nói tiếng Việt hoặc giúp làm lại hồ sơ bảo hiểm không? Tờ giấy các bạn đưa bị ướt nên tôi không đọc được số điện thoại.

Số điện thoại của tôi: {phone()}. Tôi làm việc ca đêm, xin gọi sau 2 giờ chiều.

Cảm ơn rất nhiều,
Trần Minh Khôi"""
    return build(("Khoi Tran", "khoi.tran.mk@inboxly.com"), ("Student-Run Free Clinic", f"freeclinic@{SON}"),
                 "Về việc khám bệnh của bố tôi - Trần Văn Phúc", body, d), "Trần Văn Phúc"


def lang_4():  # Haitian Creole
    d = dt(2025, 3, 12, 21, 2)
    body = f"""Bonjou Madam Albright,

Se Rosemène Pierre, madanm Jacques Pierre, ki rete sou Elm Street la. Etidyan enfimyè yo te vin lakay nou jedi pase pou chanje pansman nan pye dwat li. Yo te di m pou m rele si pye a vin wouj ankò.

Pye a vin wouj ankò depi yè swa, li cho e li anfle, e Jacques gen lafyèv 38.6 maten an. Li pa vle ale lopital. Sik li te 310 lè m tcheke l.

Èske etidyan yo ka vin demen maten olye de jedi? Oswa kisa pou m fè? M pa konn si m dwe mennen l nan ijans.

Mèsi anpil pou tout sa nou fè pou nou.
Rosemène
{phone()}"""
    return build(("Rosemene Pierre", "rosemenep@quickpost.net"), ROSA, "Pye Jacques la - Jacques Pierre", body, d), "Jacques Pierre"


def lang_5():  # Chinese
    d = dt(2024, 10, 25, 22, 37)
    body = f"""林老师您好：

我是陈思雨的妈妈。冒昧给您写信。思雨上周二（10月22日）在 Mercy Fields 医院实习的时候被用过的针头扎到了手指。她说医院的员工健康科已经给她抽了血，说要在六周后（12月3日）和三个月后再抽血复查。

她这几天晚上睡不好，很担心会不会感染乙肝或者艾滋病。她说病人的化验结果会直接告诉她，但是到现在还没有消息。请问学校这边能不能帮忙问一下？另外她的乙肝疫苗是2022年在国内打的三针，抗体不知道还有没有，需不需要再打一针加强？

医药费是学校的保险付还是我们自己付？我们的保险在中国，这边不能用。

谢谢您！麻烦您了。

陈思雨妈妈 王丽华
电话/微信：{phone()}"""
    return build(("Wang Lihua", "wanglihua1972@inboxly.com"), WEILIN, "关于陈思雨在医院被针扎的事情", body, d), "陈思雨"


def lang_6():  # Portuguese
    d = dt(2024, 11, 19, 16, 12)
    body = f"""Oi Luciana, tudo bem?

Preciso te contar uma coisa sobre a Fernanda (sua aluna das terças). Hoje ela ficou com o paciente do 415, o Sr. Osvaldo Teixeira, diabético, e administrou a insulina lispro das 11h sem checar a glicemia antes. Eu estava do lado e percebi na hora, checamos logo depois e estava 212, então não aconteceu nada com ele. Ele almoçou normal e a glicemia das 14h deu 168.

Já fiz o relatório no sistema (evento sem dano), e conversei com ela. Ela ficou muito abalada e chorou um pouco, mas entendeu. Acho que vale você conversar com ela também com calma, ela é boa aluna.

Se quiser eu te passo o número do relatório amanhã.

Beijos,
Carla

Carla Mendes, BSN, RN
Charge Nurse / Preceptor, 4 West
St. Brendan Regional Medical Center"""
    return build(CARLA, LUCIANA, "Fernanda - insulina 415", body, d), "Osvaldo Teixeira"


def lang_7():  # Russian
    d = dt(2024, 8, 27, 23, 51)
    st = ("Olga Mirzoeva", f"omirzoeva@{STU}")
    body = f"""Ирина Викторовна, добрый вечер!

Извините, что пишу так поздно и по-русски, мне так проще объяснить. Мне пришло письмо из лаборатории Verity, что мой анализ мочи на наркотики «требует проверки врачом» (MRO review). Я думаю, это из-за габапентина — я принимаю 300 мг три раза в день по рецепту невролога после операции на позвоночнике в марте. Ещё я пью сертралин 50 мг.

Врач из лаборатории должен мне позвонить, но я боюсь, что не успею до начала практики 3 сентября, и меня не допустят в больницу. Рецепты я загрузила в ClearTrack сегодня.

Скажите, пожалуйста, нужно ли мне сообщать об этом Марку из офиса практики, или это конфиденциально? Я не хочу, чтобы вся группа знала.

Спасибо большое,
Ольга Мирзоева
студентка 3 курса, группа B

Отправлено с iPhone"""
    return build(st, IRINA, "Вопрос по drug screen", body, d), "Olga Mirzoeva"


def lang_8():  # Korean
    d = dt(2024, 9, 18, 10, 4)
    st = ("Jihyun Park", f"jpark18@{STU}")
    body = f"""교수님 안녕하세요,

간호학과 3학년 박지현입니다. 결핵 검사(QuantiFERON) 결과가 양성으로 나와서 학생건강센터에서 9월 16일에 흉부 X-ray를 찍었습니다. 다행히 X-ray는 정상이라고 들었고, 잠복결핵으로 진단받아서 리팜핀을 4개월 동안 복용하기로 했습니다.

한국에서 어렸을 때 BCG 접종을 받아서 그런 것 같다고 하셨습니다. 학생건강센터에서 임상실습은 계속 나가도 된다는 소견서를 써주신다고 했는데, ClearTrack에 언제까지 올려야 하는지 궁금합니다. 9월 24일 Oakhaven 첫 실습 전에 필요한가요?

그리고 다른 학생들한테는 알리지 않았으면 좋겠습니다.

감사합니다.
박지현 드림
(Jihyun Park, {student_id()})"""
    return build(st, ("Sunhee Cho", f"scho@{SON}"), "결핵 검사 결과 관련 문의드립니다", body, d), "Jihyun Park"


# =============================================================== PHI: lists
def lists_1():
    d = dt(2024, 10, 1, 14, 20)
    rows = [("Aisha K.", "412", "Halloran, James", "71", "post-op R TKA POD1, PCA, PT today"),
            ("Brianna H.", "6", "Quintero, Dolores", "88", "CVA w/ dysphagia, pureed/nectar"),
            ("Devon M.", "415", "Teixeira, Osvaldo", "64", "DKA resolving, insulin gtt -> SQ"),
            ("Kiera D.", "420", "Dunleavy, Patrick", "79", "SBO, NG to LIS, NPO"),
            ("Mei T.", "418", "Halvorsen, Arne", "82", "CHF, d/c planning, walker"),
            ("Tomasz W.", "409", "Oduya, Grace", "56", "cellulitis L leg, IV cefazolin")]
    tbl = "Student      Rm   Patient              Age  Focus\n" + "-" * 78 + "\n"
    for r in rows:
        tbl += f"{r[0]:<12} {r[1]:<4} {r[2]:<20} {r[3]:<4} {r[4]}\n"
    body = f"""Group B -

Assignments for Wed 10/2 on 4 West are below. Look up your patient tonight (the unit lets you log in from the library workstations after 1600, NOT from home) and come with a draft of your med sheet. Remember: initials only on anything that leaves the unit.

{tbl}
Huddle at 0645 by the 4W clean utility room. Carla is charge.

Kevin

{sig(KEVIN)}
"""
    return build(KEVIN, ("NUR320 Clinical Group B", f"nur320-grpB@{STU}"), "Wed 10/2 assignments", body, d, cc=[CARLA]), \
        "; ".join(r[2] for r in rows)


def lists_2():
    d = dt(2024, 9, 6, 16, 45)
    names = [("Morrow", "Jasmine"), ("Whitfield-Ames", "Jordan"), ("Park", "Jihyun"), ("Nwosu", "Chiamaka"),
             ("Greenberg", "Eli"), ("Ruiz", "Daniela"), ("Fontaine", "Claire"), ("Baptiste", "Marc"),
             ("Hollis", "Ryan")]
    issues = [("Hepatitis B", "Non-immune titer 4.2 mIU/mL", "booster ordered, retiter 11/15"),
              ("Hepatitis B", "Series in progress", "dose 2 10/17 at SHS"),
              ("TB", "QFT positive", "CXR 9/16 neg, LTBI on rifampin; clearance letter pending"),
              ("MMR", "Mumps IgG equivocal", "MMR dose given 9/3; no retiter needed"),
              ("Drug screen", "MRO review", "Rx verified - cleared 9/5"),
              ("Influenza", "Medical exemption requested", "hx anaphylaxis to vaccine 2019; needs provider form"),
              ("Varicella", "No documentation", "titer drawn 9/4, pending"),
              ("TB", "QFT indeterminate", "redraw scheduled 9/10"),
              ("MMR", "Pregnant - live vaccine deferred", "site (Halden) notified; exemption letter on file")]
    rows = [["student_id", "last_name", "first_name", "cohort", "requirement", "status_detail", "action", "due"]]
    for (ln, fn), (req, st, act) in zip(names, issues):
        rows.append([student_id(), ln, fn, random.choice(["JR-F24", "SR-F24", "ABSN-F24"]), req, st, act,
                     f"{random.randint(9, 10)}/{random.randint(1, 30)}/2024"])
    body = f"""Dana,

Here is the open-items list as of this afternoon. 9 students still not cleared for the 9/23 start; the rest of the cohort (203) is green in ClearTrack. Marc and Ryan are the ones I'm worried about for timing.

Spreadsheet attached, please don't forward to instructors - I'll let each of them know who can't start.

Marcus
"""
    return build(MARCUS, DANA, "Fall compliance - open items", body, d,
                 atts=[("fall24_open_items_0906.csv", to_csv(rows), "text/csv")]), \
        "; ".join(f"{fn} {ln}" for ln, fn in names)


def lists_3():
    d = dt(2025, 1, 10, 11, 30)
    people = ["Abernathy, Cole", "Bautista, Jasmin", "Chen, Wesley", "Delacroix, Amelie", "Eberhardt, Lukas",
              "Farouk, Samira", "Gallagher, Nina", "Ibekwe, Tobi", "Jaramillo, Sergio", "Kaur, Harleen",
              "Lindgren, Maja", "Mirzoeva, Olga"]
    rows = [["Donor Name", "Donor ID", "DOB", "Specimen ID", "Collected", "Panel", "Result", "MRO Note"]]
    for i, p in enumerate(people):
        res, note = "NEGATIVE", ""
        if i == 3:
            res, note = "POSITIVE - AMP", "Pending MRO interview"
        if i == 8:
            res, note = "NEGATIVE-DILUTE", "Observed recollect required"
        if i == 11:
            res, note = "NEGATIVE", "Verified Rx (gabapentin) - reported as negative"
        rows.append([p, student_id(), f"{random.randint(1, 12):02d}/{random.randint(1, 28):02d}/{random.randint(1998, 2004)}",
                     f"VS{random.randint(20000000, 29999999)}", f"01/{random.randint(6, 9):02d}/2025", "10-panel", res, note])
    body = """Hi Marcus,

Attached is the batch report for the ABSN spring cohort collections 1/6-1/9. Two need action (highlighted in the MRO column). The remaining results are final.

Thank you,
Verity Client Services
"""
    return build(("Verity Client Services", f"clientservices@{VSL}"), MARCUS, "Batch results - Acct 71-0448 - ABSN SP25", body, d,
                 atts=[("Larkspur_ABSN_SP25_batch_0110.xlsx", make_xlsx(rows, "Results"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), \
        "; ".join(people)


def lists_4():
    d = dt(2025, 3, 18, 19, 5)
    census = [("1", "Albers, Ruth", "84", "F", "hip fx s/p ORIF POD2", "DNR/DNI", "confused at night, bed alarm"),
              ("2", "Mbeki, Thandiwe", "47", "F", "pancreatitis", "Full", "NPO, dilaudid PCA"),
              ("3", "Ricci, Salvatore", "76", "M", "COPD exac", "Full", "refuses heparin sq"),
              ("4", "Lowry, Devin", "33", "M", "cellulitis R hand (IVDU)", "Full", "CIWA/COWS q4"),
              ("5", "Sorensen, Inga", "91", "F", "UTI/AMS", "DNR", "daughter HCP, call w/ changes"),
              ("6", "Flores, Tomas", "59", "M", "new dx T2DM, foot ulcer", "Full", "diabetes ed, podiatry consult")]
    tsv = "Bed\tName\tAge\tSex\tDx\tCode\tNotes\n" + "\n".join("\t".join(r) for r in census)
    body = f"""hey guys, here's the census for thursday for the 3 of you coming. pasted from our handoff sheet so it's ugly, sorry. pick who you want and let Kevin know tonight. Please delete this email after you write down what you need

{tsv}

bed 4 is a tough one emotionally, would be good for someone who has psych done already

Derek
Sent from my iPhone"""
    return build(DEREK, [("Devon Marsh", f"dmarsh@{STU}"), ("Kiera Dolan", f"kdolan@{STU}"), ("Aisha Karimi", f"akarimi4@{STU}")],
                 "thurs pts", body, d, cc=[KEVIN]), "; ".join(r[1] for r in census)


def lists_5():
    d0 = dt(2024, 10, 3, 10, 10)
    d1 = later(d0, hours=3, minutes=12)
    lines = ["Ruiz, Daniela - 04/18/2002 - medical exemption, hx anaphylaxis to influenza vaccine (2019), allergist letter on file",
             "Baptiste, Marc - 09/30/1999 - religious exemption",
             "Fontaine, Claire - 12/11/2003 - medical, Guillain-Barre 2021 after vaccine, neuro letter on file",
             "Okonjo, Ifeoma - 06/02/2001 - medical, egg allergy w/ hx of airway swelling (provider form pending)",
             "Hsu, Kevin - 01/27/2000 - declined, will mask (site allows)"]
    q = f"""Amy,

As requested, here is the list of our students placed at St. Brendan this fall who will not have a flu vaccine by your 10/31 deadline, with DOB so your Employee Health can match them, and the reason:

""" + "\n".join(lines) + f"""

All five understand they must wear a surgical mask in patient care areas for the season per your policy.

Marcus Oyelaran
Compliance Specialist
"""
    body = f"""Got it, thank you. Matched all five in our system. Claire's file will need a second look by our medical director, I'll let you know.

Amy

{on_wrote(d0, MARCUS)}
{quote(q)}
"""
    return build(AMY, MARCUS, "Re: flu exemptions - fall students", body, d1, reply=f"x@{SON}"), \
        "Daniela Ruiz; Marc Baptiste; Claire Fontaine; Ifeoma Okonjo; Kevin Hsu"


def lists_6():
    d = dt(2024, 12, 16, 9, 15)
    log = [("09/26", "Aisha Karimi", "SBR 4W", "Pt fall w/ student present", "Pt J. Halloran, no injury; IR filed by unit"),
           ("10/22", "Chen Siyu", "MFH 4W", "Sharps exposure (student)", "EH baseline done; f/u 12/3, 1/21"),
           ("10/30", "Devon Marsh", "SBR ICU", "Student unwell on shift", "sent home; referred to counseling"),
           ("11/19", "Fernanda Lima", "SBR 4W", "Med error - insulin w/o BG check", "Pt O. Teixeira, no harm"),
           ("12/04", "Ryan Hollis", "OAK 6E", "Student back strain (lift)", "seen at OAK ED, 3 days off")]
    tbl = "| Date  | Student        | Site     | Event                            | Outcome / follow-up |\n|-------|----------------|----------|----------------------------------|---------------------|\n"
    for r in log:
        tbl += f"| {r[0]} | {r[1]:<14} | {r[2]:<8} | {r[3]:<32} | {r[4]} |\n"
    body = f"""Helen,

For Thursday's clinical committee - semester incident summary below. Details in the incident binder; please keep this to the committee.

{tbl}
Trend: 2 of 5 on SBR 4W; Kevin and Carla already met about supervision ratios during med pass.

Dana

{sig(DANA)}

{SON_DISC}
"""
    return build(DANA, HELEN, "Fall incident summary for clinical committee", body, d, cc=[PRIYA]), \
        "J. Halloran; O. Teixeira; Chen Siyu; Devon Marsh; Ryan Hollis"


def lists_7():
    d0 = dt(2025, 3, 3, 8, 40)
    d1 = later(d0, hours=5)
    d2 = later(d1, days=1, hours=1, minutes=17)
    clients = [("Ada Whitlock", "72", "174/98", phone(), "out of amlodipine 2 wks"),
               ("Hector Salas", "58", "162/101", phone(), "no PCP, uninsured"),
               ("Mary-Jo Keane", "66", "158/94", phone(), "on 3 meds, dizziness"),
               ("Ibrahim Yusuf", "49", "181/110", phone(), "HA today - advised ED, declined"),
               ("Loretta Banks", "80", "166/92", phone(), "lives alone, wants home visit")]
    lst = "\n".join(f"  {c[0]} ({c[1]}) - BP {c[2]} - {c[3]} - {c[4]}" for c in clients)
    first = f"""Rosa, from Saturday's BP screening at the food pantry - these five were over 160 systolic and said OK to a follow-up call from the students. We promised someone would call this week.

{lst}

Thanks - Jacqueline
"""
    mid_ = f"""Thanks Jacqueline. Priya, can we build a call list for the Thursday group from this? They'll need the phone script from the shared drive.

Rosa

{on_wrote(d0, ("Jacqueline Moreau", "jmoreau@holyfamilyoutreach.org"))}
{quote(first)}
"""
    body = f"""Thanks, got it - will split it between the 4 students and put the script in their folder.

Priya

{on_wrote(d1, ROSA)}
{quote(mid_)}
"""
    return build(PRIYA, ROSA, "Re: Fwd: pantry screening follow ups", body, d2,
                 cc=[("Jacqueline Moreau", "jmoreau@holyfamilyoutreach.org")], reply=f"x@{SON}"), \
        "; ".join(c[0] for c in clients)


# =============================================================== PHI: names
def names_1():
    d = dt(2024, 10, 2, 17, 55)
    body = """Rosa,

Did Kevin tell you about Kiera's patient today? Mr. Dunleavy (the SBO in 420) pulled his NG tube out while she was charting in the room - she'd turned to the computer for literally thirty seconds. He was pretty agitated, they ended up giving him haldol and the resident replaced the tube at the bedside. She handled it fine, called for help right away, but she was shaken in post-conference.

I'm going to use it (without his name obviously) for the delirium discussion next week if you don't mind me borrowing your slides.

Also - can we swap Monday office hours? I have a dentist thing.

Tamsin"""
    return build(TAMSIN, ROSA, "today on 4W", body, d), "Mr. Dunleavy"


def names_2():
    d = dt(2024, 11, 6, 12, 41)
    body = f"""Kevin,

Please have her delete the photos from her phone today and show you it's done. Wound photos can't go in a journal, even cropped, even without the face - the tattoo on the hip is visible in one of them. The reflection itself is excellent, she can describe the stage 3 and the dressing change in words.

Let me know if you want me to be there when you talk to her.

Helen

{sig(HELEN)}
"""
    return build(HELEN, KEVIN, "RE: Gutierrez, Ramona - wound photos in journal", body, d, reply=f"x@{SON}"), "Ramona Gutierrez"


def names_3():
    d0 = dt(2025, 3, 9, 22, 10)
    d1 = later(d0, days=2, hours=-6)
    st = ("Nina Gallagher", f"ngallagher@{STU}")
    journal = """Week 7 reflective journal - Hospice clinical (Evergreen House)

When I met Mrs. Abernathy she was sitting up in the chair by the window and she told me right away that she was scared of dying alone, because her son lives in Arizona and "won't make it in time." I didn't know what to say so I just held her hand. Her breathing was worse than last week and she was on 4L now. The nurse showed me how they give the morphine under the tongue when she gets air hungry.

I think I was scared too. It was the first time I thought about what I would want. Afterward I called my grandma.

Next time I want to ask her more about her husband. She keeps mentioning him and the garden."""
    body = f"""Nina,

This is a beautiful, honest reflection and exactly what this assignment is for. Holding her hand was the right thing - presence is an intervention. For next week try connecting it to Kübler-Ross or the hospice philosophy readings.

One correction: please go back and change her name to "Mrs. A" or "my patient" before you submit the final version to the portfolio. We never use patient names in journals, even in hospice.

8/10 - see rubric comments in the LMS.

Prof. Albright

{on_wrote(d0, st)}
{quote(journal)}
"""
    return build(ROSA, st, "Re: journal wk 7", body, d1, reply=f"x@{STU}"), "Mrs. Abernathy"


def names_4():
    d = dt(2025, 3, 21, 7, 50)
    body = """Kevin - quick one. Big Sal in bed 3 refused his heparin shot again last night and told Devon he'd "rather take his chances". Sal's been refusing since Tuesday. Devon documented the refusal correctly and told me, nice job by him. Attending wants SCDs on at least, but Sal keeps taking them off too.

Might be a good teaching moment on autonomy vs. risk for your post-conf. Sal doesn't mind students at all, he loves the attention.

D."""
    return build(DEREK, KEVIN, "big sal", body, d), "Big Sal (Salvatore Ricci)"


def names_5():
    d = dt(2024, 10, 30, 16, 25)
    body = f"""Dana,

Letting you know I sent Devon Marsh home from clinical around 1000 today. He came in clearly unwell - shaky, not sleeping, told me in private that he's been having panic attacks since the code he was in on the ICU last week and that his PCP just started him on sertraline on Monday. He was tearful and couldn't focus on his med pass.

I walked him to the counseling center myself and he saw the crisis counselor (Leah). He asked me not to tell the group, and I haven't.

He'll owe a make-up day. I'd like to talk about whether he should drop to part-time clinical for the rest of the term - he really doesn't want to fall behind.

Kevin
"""
    return build(KEVIN, DANA, "Devon - sent home today", body, d), "Devon Marsh"


def names_6():
    d0 = dt(2025, 2, 18, 14, 3)
    d1 = later(d0, hours=1, minutes=44)
    o = f"""Joel,

Heads up. During a 1:1 this morning your student Anna was talking with Okonkwo, Chidi (bed 14B) and he told her he'd been "thinking about ending it" and had a plan involving his mom's pills at home. Anna did exactly the right thing, stayed with him and got me. He's now on 1:1 observation and the psychiatrist has been updated. Treatment team meeting at 1530.

Anna is OK but a bit rattled. I told her you'd check in.

Sheila Ortiz, RN
Charge, Adult Unit B
Brightwater Behavioral Health
"""
    body = f"""Thanks Sheila. I'll call her tonight. Proud of her.

Dana - FYI only, no action from the office. I'll do the debrief.

Joel

-----Original Message-----
From: Sheila Ortiz <sortiz@{BWB}>
Sent: {long_date(d0)}
To: Joel Amankwah
Subject: your student today - 14B

{o}"""
    return build(JOEL, ("Sheila Ortiz", f"sortiz@{BWB}"), "RE: your student today - 14B", body, d1, cc=[DANA]), "Chidi Okonkwo"


def names_7():
    d0 = dt(2025, 1, 27, 11, 0)
    d1 = later(d0, days=1)
    o = """Beth,

You asked for ideas for the spring fall-prevention scenario. We had one last week that would make a great sim: Mrs. Winifred Coles, 91, on 5 North - got up to use the bathroom at 0300 with the bed alarm off, fell and hit her head, she was on apixaban. CT showed a small subdural and she went to neuro ICU. The family is very upset with us. Nights had two call-outs that night.

The bed alarm + anticoagulation + staffing angle is really good teaching.

Nora"""
    body = f"""Nora - thank you, really useful! Kevin, see below - can you help me build a fictional version for the NUR 320 sim? New name, different age, change the unit and the meds so nobody from 5N could recognize her. Please don't put any of the real details in the scenario file.

Beth

{on_wrote(d0, NORA)}
{quote(o)}
"""
    return build(BETH, KEVIN, "Fwd: idea for fall sim", body, d1, cc=[NORA]), "Winifred Coles"


def names_8():
    d = dt(2025, 4, 3, 9, 2)
    body = """Joel, can you let Nadia know when you see her at clinical today - her patient Bernie from last week (the gentleman on 3 South she did the life review with) passed early this morning around 0340. His daughter called the unit asking for "the student nurse with the braid" because the family wanted to thank her, and asked if she'd like to come to the service Saturday at St. Luke's.

Totally her choice obviously. Chaplain said she's welcome to stop by and see him/the family if she wants before he's picked up.

Priya"""
    return build(PRIYA, JOEL, "for Nadia", body, d), "Bernie"


# ================================================================ PHI: self
def self_1():
    d = dt(2025, 1, 14, 22, 47)
    body = """hi marcus, im 14 wks pregnant and my OB said no MMR booster until after i deliver (due in july). my mumps titer came back low. can i get some kind of exemption for halden? i really dont want to lose my peds spot. i can get a letter from dr. okafor's office this week

thanks
jess

Jessica Pratt
Sent from my iPhone"""
    return build(("Jessica Pratt", f"jpratt@{STU}"), MARCUS, "mmr exemption??", body, d), "Jessica Pratt"


def self_2():
    d = dt(2024, 8, 26, 10, 30)
    body = f"""Hello Mr. Oyelaran,

I received a call from the Verity medical review officer that my drug screen from 8/21 came back positive for amphetamines. I have a current prescription for Adderall XR 20 mg daily for ADHD from Dr. Renata Boyce (Holbrook Family Medicine), filled at the CVS on Main St on 8/9. I already gave the MRO the prescription number and pharmacy phone.

I have also uploaded a copy of the prescription label to ClearTrack under "Drug Screen - Supporting Docs". Is there anything else I need to do before 9/3? I'm assigned to Oakhaven 6E.

I'd appreciate if this stays between us and the MRO.

Thank you,
Amélie Delacroix
BSN Junior, Student ID {student_id()}
{phone()}"""
    return build(("Amelie Delacroix", f"adelacroix@{STU}"), MARCUS, "Drug screen - prescription documentation", body, d), "Amélie Delacroix"


def self_3():
    d = dt(2024, 11, 25, 13, 16)
    body = f"""Hi Dana,

I wanted to give you as much notice as I can: I'm having my left knee replaced on January 8 at Mercy Fields (Dr. Hamid). He says six weeks minimum before I can be on my feet for a 12-hour clinical day, so realistically I can't start my Tuesday/Wednesday groups until the week of Feb 24.

I've already spoken to HR about FMLA and short-term disability - they said you need to sign the department section of the form, which I'll drop off Wednesday. I can still do the online post-conferences and grade journals from home after the first week.

Sorry to leave you in a bind for spring.

Rosa
"""
    return build(ROSA, DANA, "spring - my surgery", body, d), "Rosa Albright"


def self_4():
    d = dt(2025, 4, 14, 18, 33)
    body = """To whoever is in charge of the nursing students,

My name is Gerald Fenwick and I was a patient at Oakhaven Community Hospital in March, room 310, after my gallbladder surgery on March 11. I had some complications (an infection and a drain) and was there for nine days.

A student nurse named Ty took care of me on three of those days. He is the reason I got out of bed and started walking again. He noticed my blood sugar readings were off before anyone else did and told the nurse, and he sat and explained my drain care so my wife would be able to do it at home. I still have the drain, and we're doing it just the way he showed us.

Please tell him thank you from me, and put this in his file or whatever you do. He is going to be a fine nurse.

Gerald Fenwick
Lowell Road, Holbrook"""
    return build(("Gerald Fenwick", "gfenwick1948@mailhaven.net"), PLACE, "Thank you to a student nurse", body, d), "Gerald Fenwick"


def self_5():
    d = dt(2024, 12, 2, 0, 12)
    body = f"""hi, i got a bill from student health for $212 for my titers and the TB blood work from september (acct {random.randint(5000, 5999)}-{random.randint(1000, 9999)}). i thought the student health plan covered that?? my member id is LSH-{random.randint(880000000, 889999999)}. i literally cant pay this right now, rent is due. the letter says it goes to collections after 60 days. who do i talk to?

-tobi ibekwe"""
    return build(("Tobi Ibekwe", "tobi.ibekwe@quickpost.net"), PLACE, "bill from student health??", body, d), "Tobi Ibekwe"


def self_6():
    d = dt(2024, 10, 22, 15, 3)
    body = f"""Professor Lin,

I'm sorry to email during clinical, I wasn't sure if you saw my text. At about 1415 I got stuck with a used insulin pen needle on 4W when I was disposing of it - the sharps container was full and the needle went through my glove into my left index finger. It bled. I washed it with soap and water for a long time and told the charge nurse right away.

Employee Health drew my blood at 1500 and they're getting the patient's blood too. The nurse practitioner said I probably don't need the HIV medicine because of the source but she'll call me when the patient's results are back. I have to go back in 6 weeks and 3 months. My hep B vaccines were in 2022 but I don't know my titer.

I'm okay but I'm really scared. Can I leave at 1530 instead of staying for post conference?

Siyu Chen"""
    return build(("Siyu Chen", f"schen27@{STU}"), WEILIN, "needle stick on 4W", body, d), "Siyu Chen"


def self_7():
    d = dt(2025, 1, 6, 9, 48)
    body = """Hi Priya,

I was diagnosed with generalized anxiety disorder over break and my therapist and psychiatrist both recommend that I don't do night rotations while my medication is being adjusted (I just started buspirone). I've already applied to Accessibility Services but they said it can take 2-3 weeks and clinical starts on the 21st.

Is there any way I can be put in a day group in the meantime? I'd rather my instructor not know the reason if possible.

Thank you so much,
Harleen

Harleen Kaur
ABSN Cohort 7"""
    return build(("Harleen Kaur", f"hkaur3@{STU}"), PRIYA, "clinical group request - spring", body, d), "Harleen Kaur"


# ============================================================== PHI: struct
def struct_1():
    d = dt(2024, 9, 19, 8, 44)
    t = "20240918"
    sids = [student_id() for _ in range(2)]
    hl7 = "\n".join([
        f"MSH|^~\\&|SHSLAB|LARKSPUR_SHS|CTINTF|CLEARTRACK|{t}161204||ORU^R01^ORU_R01|SHS{random.randint(100000, 999999)}|P|2.5.1",
        f"PID|1||{sids[0]}^^^LSU^SID||MORROW^JASMINE^L||20020311|F|||88 Orchard Ln Apt 2^^Holbrook^MA^01745||(413)555-0187",
        f"ORC|RE|ORD{random.randint(10000, 99999)}|LAB{random.randint(10000, 99999)}",
        f"OBR|1|ORD{random.randint(10000, 99999)}|LAB{random.randint(10000, 99999)}|5196-1^Hepatitis B surface Ab^LN|||{t}0915|||||||||1447382910^REYES^ANA^^^^NP",
        "OBX|1|NM|16935-9^Hepatitis B virus surface Ab [Units/volume] in Serum^LN||4.2|m[IU]/mL|>=10|L|||F",
        "NTE|1||Non-immune. Recommend booster and repeat titer 4-8 weeks post dose.",
        f"MSH|^~\\&|SHSLAB|LARKSPUR_SHS|CTINTF|CLEARTRACK|{t}161207||ORU^R01^ORU_R01|SHS{random.randint(100000, 999999)}|P|2.5.1",
        f"PID|1||{sids[1]}^^^LSU^SID||NWOSU^CHIAMAKA^||20010724|F",
        f"OBR|1|ORD{random.randint(10000, 99999)}|LAB{random.randint(10000, 99999)}|22415-4^Mumps virus IgG Ab^LN|||{t}0940",
        "OBX|1|NM|22415-4^Mumps virus IgG Ab [Units/volume] in Serum^LN||0.98|ISR|>=1.10 immune|A|||F",
        "NTE|1||Equivocal. Consider MMR dose."])
    body = f"""Hi Marcus,

The interface rejected these two overnight (error: "PID-3 identifier type SID not mapped"). We fixed the mapping on our side; can you confirm the two students exist in your roster with these IDs so we can replay? Raw messages below.

{hl7}

Thanks,
Sunil Bhat
Integration Support, ClearTrack Compliance
Ticket CTS-{random.randint(40000, 49999)}
"""
    return build(("Sunil Bhat", f"sbhat@{CTC}"), MARCUS, "Rejected ORU messages from SHS lab - please confirm students", body, d,
                 cc=[("SHS Lab Interface", f"labinterface@{UNI}")]), "Jasmine Morrow; Chiamaka Nwosu"


def struct_2():
    d = dt(2024, 9, 3, 7, 15)
    recs = []
    people = [("Karimi", "Aisha", "2002-05-14"), ("Holt", "Brianna", "2003-01-30"), ("Dolan", "Kiera", "2001-11-08"),
              ("Marsh", "Devon", "2000-07-21"), ("Tanaka", "Mei", "2002-09-02")]
    for ln, fn, dob in people:
        recs.append({
            "studentId": student_id(), "lastName": ln, "firstName": fn, "dateOfBirth": dob,
            "cohort": "BSN-JR-F24", "site": random.choice(["SBR-4W", "SBR-ICU", "OAK-6E", "MFH-4W"]),
            "requirements": [
                {"code": "TB", "type": "QuantiFERON", "result": "NEGATIVE", "date": f"2024-08-{random.randint(1, 28):02d}", "status": "APPROVED"},
                {"code": "HEPB", "type": "Titer", "result": random.choice(["IMMUNE 86 mIU/mL", "IMMUNE 412 mIU/mL", "IMMUNE 23 mIU/mL"]), "status": "APPROVED"},
                {"code": "FLU", "type": "Vaccine", "result": None, "date": None, "status": "NOT_DUE"},
                {"code": "DS10", "type": "Drug screen 10-panel", "result": "NEGATIVE", "date": "2024-08-21", "status": "APPROVED"},
            ],
            "overallStatus": "COMPLIANT"})
    recs[3]["requirements"][0] = {"code": "TB", "type": "QuantiFERON", "result": "INDETERMINATE", "date": "2024-08-19", "status": "REJECTED",
                                  "comment": "Low mitogen response; redraw required"}
    recs[3]["overallStatus"] = "NON_COMPLIANT"
    payload = json.dumps({"export": "requirement_detail", "school": "LS-BSN", "generated": "2024-09-03T06:00:02-04:00",
                          "records": recs}, indent=2)
    body = """Your scheduled export "Weekly requirement detail - SBR/OAK/MFH" is ready and attached.

Rows: 5
Format: JSON

This is an automated message from ClearTrack Compliance."""
    return build(("ClearTrack Reports", f"reports@{CTC}"), [MARCUS, PRIYA], "Scheduled export: Weekly requirement detail - SBR/OAK/MFH", body, d,
                 atts=[("requirement_detail_20240903.json", payload, "application/json")]), \
        "; ".join(f"{fn} {ln}" for ln, fn, _ in people)


def struct_3():
    d = dt(2025, 1, 13, 6, 5)
    people = [("EBERHARDT", "LUKAS", "19990412"), ("FAROUK", "SAMIRA", "20011119"), ("JARAMILLO", "SERGIO", "20000303"),
              ("KAUR", "HARLEEN", "20020927"), ("LINDGREN", "MAJA", "20030615")]
    lines = ["H|VERITY|710448|LARKSPUR UNIV SON|20250113|0500|RESULTS"]
    res = ["NEG", "NEG", "NEGDIL", "NEG", "NEG"]
    for (ln, fn, dob), r in zip(people, res):
        lines.append(f"D|VS{random.randint(20000000, 29999999)}|{student_id()}|{ln}|{fn}|{dob}|2025010{random.randint(6, 9)}|10P|{r}|"
                     + ("RECOLLECT-OBS" if r == "NEGDIL" else "FINAL") + "|RFELD MD")
    lines.append(f"T|{len(people)}")
    txt = "\r\n".join(lines) + "\r\n"
    body = """Automated delivery: Verity result file for account 710448.
File: VRTY_710448_20250113.txt (pipe-delimited, layout v3)
Records: 5

Questions: clientservices@verityscreen.net"""
    return build(("Verity SFTP Relay", f"relay@{VSL}"), MARCUS, "VRTY_710448_20250113.txt", body, d,
                 atts=[("VRTY_710448_20250113.txt", txt, "text/plain")]), "; ".join(f"{fn.title()} {ln.title()}" for ln, fn, _ in people)


def struct_4():
    d = dt(2024, 10, 18, 20, 11)
    st = ("Jordan Whitfield-Ames", f"jwhitfieldames@{STU}")
    pid = f"shs-{random.randint(100000, 999999)}"
    ents = []
    for code, disp, date, lot in [("08", "Hep B, adolescent or pediatric", "2024-09-12", "HB7731K"),
                                  ("08", "Hep B, adolescent or pediatric", "2024-10-17", "HB7731K"),
                                  ("88", "Influenza, unspecified formulation", "2024-10-17", "FL2290A")]:
        ents.append({"resource": {"resourceType": "Immunization", "status": "completed",
                                  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": code, "display": disp}]},
                                  "patient": {"reference": f"Patient/{pid}"}, "occurrenceDateTime": date, "lotNumber": lot,
                                  "performer": [{"actor": {"display": "Larkspur Student Health Services"}}]}})
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": {"resourceType": "Patient", "id": pid,
                                      "name": [{"family": "Whitfield-Ames", "given": ["Jordan", "Reese"]}],
                                      "birthDate": "2003-04-09", "gender": "unknown",
                                      "telecom": [{"system": "email", "value": st[1]}]}}] + ents}
    body = """hi! the upload page in ClearTrack won't take this file (it says pdf/jpg only) but it's what the student health portal gave me when i clicked "export my immunizations". it has both hep b doses and my flu shot from yesterday. can you upload it for me or tell me what to do? 

thanks, Jordan"""
    return build(st, MARCUS, "immunization export from portal", body, d,
                 atts=[("immunizations_export.json", json.dumps(bundle, indent=1), "application/fhir+json")]), "Jordan Whitfield-Ames"


def struct_5():
    d = dt(2024, 9, 10, 11, 0)
    ctl = random.randint(100000000, 999999999)
    segs = [f"ISA*00*          *00*          *ZZ*LARKSPURUNIV   *ZZ*BAYSTATESHP    *240909*1630*^*00501*{ctl}*0*P*:",
            "GS*BE*LARKSPURUNIV*BAYSTATESHP*20240909*1630*4401*X*005010X220A1",
            "ST*834*0001*005010X220A1", "BGN*00*LSU20240909*20240909*1630****4",
            "N1*P5*LARKSPUR UNIVERSITY*FI*046112233", "N1*IN*BAYSTATE STUDENT HEALTH PLANS*FI*041998877"]
    mems = [("KAUR", "HARLEEN", "20020927", "F"), ("IBEKWE", "TOBI", "20010504", "M"), ("PRATT", "JESSICA", "20000218", "F")]
    for ln, fn, dob, sx in mems:
        mid_ = f"LSH{random.randint(880000000, 889999999)}"
        segs += ["INS*Y*18*021*28*A***FT", f"REF*0F*{mid_}", f"REF*1L*LSU-SHP-2425",
                 f"NM1*IL*1*{ln}*{fn}****34*{random.randint(100, 899)}{random.randint(10, 99)}{random.randint(1000, 9999)}",
                 f"DMG*D8*{dob}*{sx}", "HD*021**HLT*STUDENT PPO", "DTP*348*D8*20240815"]
    segs += [f"SE*{len(segs) - 1}*0001", "GE*1*4401", f"IEA*1*{ctl}"]
    x12 = "~\n".join(segs) + "~"
    body = f"""Dana / Marcus,

The three nursing students who asked about waiving back into the student plan are in this morning's add file to Baystate (below, as sent). Coverage is retro to 8/15, so their titer and QuantiFERON charges can be resubmitted. Cards will mail in ~10 days.

{x12}

Shanice Greaves
Student Insurance Coordinator, Bursar's Office
Larkspur University
"""
    return build(("Shanice Greaves", f"sgreaves@{UNI}"), [DANA, MARCUS], "SHP retro adds - nursing students (834 as sent)", body, d), \
        "Harleen Kaur; Tobi Ibekwe; Jessica Pratt"


def struct_6():
    d = dt(2024, 11, 4, 10, 22)
    ctl = random.randint(1000, 9999)
    segs = ["ISA*00*          *00*          *ZZ*MFHEALTH       *ZZ*SAFEGUARDACC   *241101*0912*^*00501*00000" + str(ctl) + "*0*P*:",
            "GS*HC*MFHEALTH*SAFEGUARDACC*20241101*0912*" + str(ctl) + "*X*005010X222A1",
            "ST*837*0001*005010X222A1", "BHT*0019*00*MFH241101A*20241101*0912*CH",
            "NM1*41*2*MERCY FIELDS HEALTH*****46*MFH001", "NM1*40*2*SAFEGUARD STUDENT ACCIDENT*****46*SGACC",
            "HL*1**20*1", "NM1*85*2*MERCY FIELDS EMPLOYEE HEALTH*****XX*1386049215",
            "N3*400 FIELDSTONE AVE", "N4*HOLBROOK*MA*01745", "REF*EI*041556677",
            "HL*2*1*22*0", "SBR*P*18*SA-55-0192******CI",
            "NM1*IL*1*CHEN*SIYU****MI*SA550192-0117", "N3*22 CAMPUS VIEW RD APT 4B", "N4*HOLBROOK*MA*01745",
            "DMG*D8*20030816*F",
            "NM1*PR*2*SAFEGUARD STUDENT ACCIDENT*****PI*SGACC",
            "CLM*IR20240317*486***11:B:1*Y*A*Y*Y", "DTP*439*D8*20241022",
            "HI*ABK:W461XXA*ABF:Z2081*ABF:Y92239",
            "LX*1", "SV1*HC:99203*210*UN*1***1", "DTP*472*D8*20241022",
            "LX*2", "SV1*HC:87389*96*UN*1***1", "DTP*472*D8*20241022",
            "LX*3", "SV1*HC:86803*74*UN*1***1", "DTP*472*D8*20241022",
            "LX*4", "SV1*HC:86706*58*UN*1***1", "DTP*472*D8*20241022",
            "LX*5", "SV1*HC:36415*48*UN*1***1", "DTP*472*D8*20241022"]
    segs += [f"SE*{len(segs) - 1}*0001", f"GE*1*{ctl}", f"IEA*1*00000{ctl}"]
    edi = "~".join(segs) + "~"
    body = f"""Dana - our billing office asked me to send this to you since the accident carrier kicked it back saying the policyholder (the school) has to confirm the student was on an approved clinical rotation on the date of service. The claim file is attached as sent. Can you send a one-line confirmation to the carrier at claims@safeguard-accident.com referencing policy SA-55-0192?

Nora Blackwood
Employee & Occupational Health, Mercy Fields Health

{MFH_DISC}
"""
    return build(NORA, DANA, "claim for student exposure 10/22 - school confirmation needed", body, d,
                 atts=[("MFH_837P_IR20240317.x12", edi, "application/edi-x12")]), "Siyu Chen"


def struct_7():
    d0 = dt(2025, 1, 17, 14, 40)
    d1 = later(d0, hours=2)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921.1" extension="CCD-{random.randint(100000, 999999)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document - Immunizations and Results</title>
  <effectiveTime value="20250115103000-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.2" extension="RMC{random.randint(1000000, 9999999)}"/>
      <addr use="HP"><streetAddressLine>310 Westgate Ave</streetAddressLine><city>Holbrook</city><state>MA</state><postalCode>01745</postalCode></addr>
      <telecom value="tel:+1-413-555-0163" use="MC"/>
      <patient>
        <name use="L"><given>Sergio</given><family>Jaramillo</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20000303"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20250115"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1720498833"/>
    <assignedPerson><name><given>Maureen</given><family>Tolliver</family><suffix>MD</suffix></name></assignedPerson>
    <representedOrganization><name>Riverbend Medical Clinic</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.2.1"/>
      <code code="11369-6" codeSystem="2.16.840.1.113883.6.1" displayName="History of immunizations"/>
      <title>Immunizations</title>
      <text><table><thead><tr><th>Vaccine</th><th>Date</th><th>Lot</th></tr></thead><tbody>
        <tr><td>Tdap</td><td>2023-06-02</td><td>TD4471B</td></tr>
        <tr><td>MMR</td><td>2006-03-14</td><td>unknown</td></tr>
        <tr><td>MMR</td><td>2004-02-20</td><td>unknown</td></tr>
        <tr><td>Varicella</td><td>2004-02-20</td><td>unknown</td></tr>
        <tr><td>Influenza, quadrivalent</td><td>2024-10-11</td><td>FQ8812</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests/laboratory data"/>
      <title>Results</title>
      <text><table><thead><tr><th>Test</th><th>Result</th><th>Date</th></tr></thead><tbody>
        <tr><td>QuantiFERON-TB Gold Plus</td><td>Negative</td><td>2025-01-15</td></tr>
        <tr><td>Hepatitis B surface Ab, quant</td><td>118 mIU/mL (immune)</td><td>2025-01-15</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Asthma, mild intermittent</item><item>Seasonal allergic rhinitis</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    inner = """Please find attached the requested records for the above patient, sent at the patient's request.

Riverbend Medical Clinic - Health Information Management"""
    body = f"""Marcus, this came to our general inbox from the student's own doctor. It's the full CCD, not just the immunization page, so it has his problem list too. Can you pull what ClearTrack needs (TB + HepB titer + MMR dates) and delete the rest? I didn't open it beyond checking the name.

Gloria

{fwd_block(d0, ("Riverbend HIM", "him@riverbendmedclinic.org"), [PLACE], "Records request - JARAMILLO, SERGIO", inner)}"""
    return build(GLORIA, MARCUS, "Fwd: Records request - JARAMILLO, SERGIO", body, d1,
                 atts=[("CCD_Jaramillo_S_20250115.xml", xml, "application/xml")]), "Sergio Jaramillo"


# ============================================================ clean: admin
def admin_1():
    d = dt(2024, 9, 30, 10, 5)
    start = dt(2024, 10, 14, 8, 0)
    body = f"""Hi all,

Sim lab bookings for NUR 320 skills check-offs are confirmed:

  Mon 10/14  0800-1200  SL-2 (med-surg bays 1-4)   Lindqvist, groups A/B
  Mon 10/14  1300-1700  SL-2                       Albright, groups C/D
  Tue 10/15  0800-1600  SL-3 (peds/OB)             Greer
  Wed 10/16  0800-1200  SL-1 (ICU)                 open - first come

Heads up that the SimMan 3G in bay 3 is out for its annual service 10/21-10/25 (Laerdal tech visit, PO already sent). Bay 3 can still be used with the static manikin.

Please reset bays after use: beds flat, linens in the hamper, sharps closed, IV arms drained. The moulage kit is back in cabinet C.

Calendar invite attached for the Wednesday open slot.

{sig(BETH)}
"""
    ics = make_ics("NUR 320 open practice - SL-1", later(start, days=2), later(start, days=2, hours=4),
                   "Bryce Simulation Center SL-1", "Open practice block for skills check-offs. Sign up on the door sheet.", SON, BETH)
    return build(BETH, [KEVIN, ROSA, TAMSIN], "Sim lab schedule - check-off week", body, d, cc=[PRIYA],
                 atts=[("invite.ics", ics, "text/calendar")]), ""


def admin_2():
    d0 = dt(2025, 2, 4, 14, 12)
    d1 = later(d0, days=1, hours=-3)
    q = f"""Dana,

Attached is the redline of the affiliation agreement for 2025-2028. Main changes from our side:

 - Section 4.2: school to maintain professional liability for students and faculty of $1M per occurrence / $3M aggregate (was $1M/$2M)
 - Section 5.1: background check look-back extended to 7 years
 - Section 6: students must complete our online orientation modules (4 hrs) before the first shift; we will provide a roster template
 - Section 9: 90-day termination without cause (was 60)
 - New Exhibit C: our sharps exposure workflow (Employee Health first, then ED after hours)

Legal would like to finalize by March 15 so it can go to the board on the 27th.

Nora Blackwood
on behalf of Clinical Affiliations, Mercy Fields Health
"""
    body = f"""Nora,

Thanks. We can accept 4.2, 5.1 and Exhibit C. For 6 we'd ask that the orientation hours count toward the students' clinical hours (our board requires documentation). On 9, 90 days is fine as long as currently placed students can finish the semester.

I've copied our contracts office (Jim Alvarado) for the certificate of insurance.

Dana

{sig(DANA)}

{orig_block(d0, NORA, [DANA], "Affiliation agreement renewal 2025-2028", q)}
{SON_DISC}
"""
    return build(DANA, NORA, "RE: Affiliation agreement renewal 2025-2028", body, d1,
                 cc=[("Jim Alvarado", f"jalvarado@{UNI}")]), ""


def admin_3():
    d = dt(2024, 12, 10, 9, 30)
    body = f"""Spring 2025 St. Brendan students and instructors,

Before your first clinical day please complete the following:

1. BADGE PHOTOS - Security Office, Garage C level 1, Jan 13-16, 0800-1100 and 1300-1500. Bring your Larkspur ID. Badges are ready 48 hours later at the same window.
2. PARKING - Students park in Garage D (levels 4-6) ONLY. Your badge opens the gate. Cars parked in the visitor garage will be ticketed ($45).
3. EHR TRAINING - CareLink student module (3 hrs, online). Access codes go out by email from it-training@{SBR} on Jan 6. Your login will not be activated until the module is complete.
4. LOCKERS - none available on the units; the Education Center (2nd floor) has day lockers, bring your own lock.
5. DRESS CODE - navy Larkspur scrubs, school patch, closed-toe shoes, no acrylic nails.

Questions to your clinical instructor or to me.

Priya Raman
Clinical Placement Coordinator
"""
    html = html_wrap(body)
    return build(PRIYA, ("SBR Spring 2025 - students", f"sbr-sp25@{STU}"), "St. Brendan spring onboarding - badges, parking, CareLink", body, d,
                 cc=[KEVIN, AMY], html=html), ""


def admin_4():
    d = dt(2025, 1, 2, 13, 48)
    body = f"""Gloria,

Can you put this through on the skills lab budget line (SON-4410-220) before the 1/15 cutoff? I need it here before the ABSN cohort starts the IV unit on 1/27.

  - IV start kits (practice, non-sterile)           40
  - 20G and 22G safety catheters (training)        200 each
  - Foley insertion trainer, female                 2
  - Injection pads (4-layer)                       30
  - Nitrile gloves S/M/L                            10 cases each, extra M please
  - Sharps containers 2 gal                         12
  - Practi-Saline flushes                           4 boxes

Quote from SimWorks is attached (they honored last year's pricing). Ship to Bryce Sim Center, loading dock B.

Thanks!
Beth
"""
    quote_pdf = make_pdf(["SimWorks Medical Supply - QUOTE Q-88142", "Bill to: Larkspur University School of Nursing",
                          "Ship to: Bryce Simulation Center, Dock B", "Valid through 01/31/2025",
                          "Training products only - not for human or animal use", "Subtotal: $6,412.80  Freight: $145.00",
                          "Total: $6,557.80"], title="Quote Q-88142")
    return build(BETH, GLORIA, "skills lab order for ABSN IV unit", body, d,
                 atts=[("SimWorks_Q-88142.pdf", quote_pdf, "application/pdf")]), ""


def admin_5():
    d = dt(2024, 9, 16, 15, 0)
    body = """Clinical Committee - agenda, Thursday 9/19, 1200-1330, Holbrook 305 / Zoom

1. Approval of minutes (8/22)
2. Clinical hours audit: direct care hours by course vs. 2025 board requirement (Dana)
     NUR 320: 135 h  | NUR 350: 90 h | NUR 360 (OB): 90 h | NUR 370 (Peds): 90 h | NUR 440: 112 h | Capstone: 144 h
3. Simulation substitution - proposal to count up to 25% of NUR 350 hours as sim (Beth)
4. New sites: Brightwater BH adolescent unit (2 groups), Holy Family Outreach (community)
5. Preceptor orientation module - revision timeline (Priya)
6. Clinical evaluation tool - feedback from adjuncts on the new competencies
7. Other business

Lunch is provided - please RSVP to Gloria by Wednesday noon for a headcount.

Helen
"""
    return build(HELEN, ("Clinical Committee", f"clinical-committee@{SON}"), "Clinical Committee agenda 9/19", body, d), ""


def admin_6():
    d = dt(2025, 4, 21, 8, 0)
    body = f"""To: All BSN and ABSN students with clinical placements in 2025-2026

The clinical requirements for the 2025-2026 academic year have been updated to match our partner hospitals. Please review these now; ClearTrack will be updated on May 15.

 - Influenza vaccine: due by October 31, 2025 (was November 15). Exemptions must be submitted by September 30 on the site-specific form.
 - TB: annual QuantiFERON or two-step skin screen. Students with a history of a positive result submit a symptom questionnaire annually instead.
 - Hepatitis B: series plus a positive titer, or a documented non-responder statement.
 - N95 fit testing: now required annually for ALL sites (previously only St. Brendan).
 - COVID-19 vaccination: no longer required by any current partner; some units may require masking.
 - Drug screen and background check: once at program entry; repeat only if you leave the program for more than one semester.

Students are responsible for the cost of requirements not covered by their insurance. The School's clearance fund can help with up to $150 per student per year; apply through the placement office.

Clinical Placement Office
Larkspur University School of Nursing
clinicalplacement@{SON}

{SON_DISC}
"""
    return build(PLACE, ("BSN all students", f"bsn-all@{STU}"), "2025-26 clinical requirements - please read", body, d,
                 html=html_wrap(body)), ""


def admin_7():
    d = dt(2025, 3, 28, 16, 40)
    body = """Hi everyone,

Two IT changes affecting the placement office next week:

1) ClearTrack single sign-on moves to Larkspur SSO on Tuesday 4/1 at 0600. Your old ClearTrack password stops working at that time. Students will get the same notice from ClearTrack on Monday. If a student calls saying they're locked out, send them to the IT Service Desk, not to ClearTrack.

2) The shared drive folder "Placements\\Compliance" is being moved to the restricted SharePoint site "SON Clinical Compliance" on Friday 4/4. Only Dana, Marcus, Gloria and I will have access. Instructors will keep access to "Placements\\Rosters" and "Placements\\Site Orientation".

Please close any open files in the old folder by Thursday 5 pm.

Priya
"""
    return build(PRIYA, [DANA, MARCUS, GLORIA], "IT changes next week - ClearTrack SSO + shared drive", body, d,
                 html=html_wrap(body)), ""


# ======================================================== clean: lookalike
def look_1():
    d = dt(2024, 10, 1, 5, 30)
    inv = f"INV-2024-{random.randint(10000, 99999)}"
    body = f"""ClearTrack Compliance - Invoice {inv}

Bill to: Larkspur University School of Nursing, Attn: Accounts Payable
Customer #: LS-BSN-0448     PO #: 4500{random.randint(100000, 999999)}
Invoice date: 10/01/2024    Terms: Net 30    Due: 10/31/2024

  Qty  Item                                              Unit      Amount
  142  Background check - 7 yr county/state/federal     $42.00   $5,964.00
  142  10-panel drug screen (collection + lab + MRO)   $38.50   $5,467.00
  142  Immunization tracker - annual subscription      $15.00   $2,130.00
    6  Observed recollection                           $38.50     $231.00
                                                   Subtotal  $13,792.00
                                                   Tax (exempt)    $0.00
                                                   TOTAL     $13,792.00

Remit to: ClearTrack Compliance LLC, PO Box 77120, Dept 4419, Columbus, OH 43207
ACH: routing 041000{random.randint(100, 999)}, account ending {random.randint(1000, 9999)}
Questions: billing@{CTC} or {phone()}
"""
    pdf = make_pdf(body.splitlines()[:20], title=inv)
    return build(("ClearTrack Billing", f"billing@{CTC}"), [("Accounts Payable", f"ap@{UNI}")], f"Invoice {inv} - Larkspur University School of Nursing",
                 body, d, cc=[GLORIA], atts=[(f"{inv}.pdf", pdf, "application/pdf")]), ""


def look_2():
    d = dt(2025, 1, 21, 11, 2)
    body = f"""Your SimWorks order has shipped!

Order #: SW-{random.randint(300000, 399999)}    Your PO: 4500{random.randint(100000, 999999)}
Carrier: UPS Ground     Tracking: 1Z{random.randint(100, 999)}E{random.randint(10, 99)}0{random.randint(100000000, 999999999)}
Est. delivery: 01/24/2025

Item                                   Lot          Exp        Qty
Practi-Saline 10 mL flush (TRAINING)   PS24-1187    2027-03    4 bx
Practi-Heparin 5000 u/mL (TRAINING)    PH24-0921    2026-11    2 bx
Practi-Insulin vial 10 mL (TRAINING)   PI24-4410    2026-08    24 ea
IV start kit, practice                 IVK-55203    n/a        40
Safety IV catheter 20G                 BD-4K2210    2028-01    200
Safety IV catheter 22G                 BD-4K2214    2028-01    200
Foley trainer insert, female           FT-0098      n/a        2

Practi-products carry simulated NDC-style codes (e.g., 9999-0101-10) for barcode scanning practice only. NOT FOR HUMAN OR ANIMAL USE.

SimWorks Medical Supply | orders@simworks-supply.com | {phone()}
"""
    return build(("SimWorks Orders", "orders@simworks-supply.com"), BETH, "Shipped: SimWorks order for Larkspur Univ SON", body, d), ""


def look_3():
    d = dt(2024, 7, 29, 10, 15)
    body = f"""Hi Carmen,

For the new "nursing clearance" fee schedule, these are the codes we expect SHS to bill for program requirements. The School will cover the ones marked * through the clearance fund (billed to cost center SON-4410-310 instead of the student).

CPT    Description                                    Fee
86480* QuantiFERON-TB Gold Plus                       $89.00
86580  TB skin test (PPD), placement                  $22.00
86706* Hepatitis B surface antibody                   $41.00
86735* Mumps antibody                                  $38.00
86762* Rubella antibody                                $36.00
86765* Measles (rubeola) antibody                      $36.00
86787* Varicella-zoster antibody                       $54.00
36415  Venipuncture                                   $18.00
90686  Influenza vaccine, quadrivalent, preservative free  $0 (state supply)
94150* N95 fit (qualitative)                           $25.00

Diagnosis codes for the encounter: Z02.1 (pre-employment examination), Z11.1 (screening for respiratory TB), Z23 (immunization encounter).

Let me know if SHS needs anything else before the August rush.

Marcus
"""
    return build(MARCUS, ("Carmen Duarte", f"cduarte@{UNI}"), "clearance fee schedule - codes for FY25", body, d, cc=[DANA]), ""


def look_4():
    d = dt(2025, 1, 8, 15, 35)
    rows = [("Carla Mendes, BSN, RN", "SBR 4 West", "RN2281457", "03/31/2026", ""),
            ("Derek Paulson, BSN, RN, CCRN", "SBR ICU", "RN2309981", "11/30/2025", ""),
            ("Rowena Santiago, RN", "SBR 4 East", "RN2190444", "06/30/2025", ""),
            ("June Castellanos, BSN, RN, CPN", "Halden 5 Tower", "RN2277310", "09/30/2026", ""),
            ("Ama Boateng, MSN, FNP-BC", "Holy Family clinic", "RN2201176 / NP1188", "05/31/2026", "1669473258"),
            ("Samuel Ortiz-Reyes, DNP, PMHNP", "Brightwater", "RN2254402 / NP1320", "02/28/2027", "1437291006")]
    tbl = "\n".join(f"{r[0]:<34}{r[1]:<20}{r[2]:<21}{r[3]:<12}{r[4]}" for r in rows)
    body = f"""Dana,

Spring preceptor licence verification done against the Board of Registration lookup on 1/8. All active, no discipline. NPIs verified on NPPES for the two NPs.

{'Preceptor':<34}{'Site':<20}{'Licence #':<21}{'Expires':<12}NPI
{tbl}

Rowena's licence renews 6/30 - I'll re-verify in July. Screenshots saved to Placements\\Rosters\\Preceptor Verification\\SP25.

Gloria
"""
    return build(GLORIA, DANA, "SP25 preceptor licence verification", body, d), ""


def look_5():
    d = dt(2024, 8, 28, 12, 0)
    body = f"""St. Brendan Regional Medical Center - Unit Directory for Student Groups (Fall 2024)
Main: (413) 555-0100 | Education Center: {phone()} | Security: ext 4444

Unit                       Ext     Fax              Charge phone / Vocera
4 West Med-Surg            5410    (413) 555-0141   "4 West Charge"
4 East Telemetry           5420    (413) 555-0142   "4 East Charge"
5 North Ortho/Neuro        5510    (413) 555-0151   "5N Charge"
ICU (3rd floor)            3300    (413) 555-0133   pager 7301
Labor & Delivery           2200    (413) 555-0122   "L&D Charge"
Pharmacy (inpatient)       2050    (413) 555-0120   -
Employee Health            1190    (413) 555-0119   after hours: House Supervisor pager 7000
IT Service Desk            6000    -                ticket portal: help.{SBR}

Rapid Response: dial 55 from any hospital phone. Code Blue: 22.
Students never take verbal or telephone orders.
"""
    return build(AMY, ("SBR Fall 2024 - students", f"sbr-fa24@{STU}"), "Unit phone directory for students - print and keep in your badge holder",
                 body, d, cc=[PRIYA]), ""


def look_6():
    d = dt(2024, 10, 7, 9, 0)
    body = """Fall 2024 clearance summary (as of 10/04/2024)

                          BSN Jr   BSN Sr   ABSN   Total
Students placed            88       79       45     212
Fully compliant            80       72       35     187   (88.2%)
Pending titers               4        2        3       9
Pending TB follow-up         1        1        1       3
Pending flu (due 10/31)      3        4        6      13
Drug screen recollects       0        0        2       2 (both complete)

Median days from offer to full clearance: 19 (last fall: 26)
Average out-of-pocket cost per student: $96 (clearance fund paid $11,240 total)
Sites reporting an uncleared student on the unit: 0

Key dates: 10/31 flu deadline | 11/15 spring roster to sites | 12/01 spring compliance deadline

Marcus Oyelaran, Compliance Specialist
"""
    return build(MARCUS, [DANA, HELEN], "Fall clearance dashboard - week 6", body, d), ""


def look_7():
    d = dt(2025, 1, 16, 14, 22)
    inc = f"INC00{random.randint(48000, 49999)}"
    body = f"""Incident {inc} has been RESOLVED.

Short description: Student CareLink accounts not provisioned - Larkspur SP25 roster (OAK)
Caller: Priya Raman (Larkspur Univ SON)
Assignment group: EHR Access Management
Opened: 01/13/2025 08:14    Resolved: 01/16/2025 14:20
Related: RITM00{random.randint(210000, 219999)}, CHG00{random.randint(31000, 31999)}

Resolution notes:
Roster file received 1/10 had the start-date column formatted as text, so 31 of 34 accounts failed the automated import. Accounts recreated manually with role STUDENT_NURSE_LS (view + document, no order entry). User IDs follow lsXXXXX format. Temporary passwords sent to the students' school email.

If this did not resolve your issue, reply to this email within 5 days to reopen.

Oakhaven Community Hospital IT Service Desk | {phone()}
"""
    return build(("Oakhaven IT Service Desk", f"servicedesk@{OAK}"), PRIYA, f"{inc} Resolved - Student CareLink accounts not provisioned", body, d), ""


# ============================================================== clean: news
def news_1():
    d = dt(2024, 11, 1, 7, 0)
    text = """THE LARKSPUR LAMP - School of Nursing News, November 2024

NCLEX RESULTS
Our May 2024 BSN graduates posted a 94.6% first-time NCLEX-RN pass rate (state average 88.1%). The ABSN cohort reached 96.8%.

BRYCE SIMULATION CENTER TURNS ONE
In its first year the center hosted 4,180 student simulation hours, 212 standardized patient encounters and three interprofessional disaster drills with the School of Pharmacy. A second high-fidelity ICU bay opens in January.

NEW CLINICAL PARTNERS
Welcome to Brightwater Behavioral Health (adolescent unit) and Holy Family Community Outreach, which join our network of 14 partner sites this year.

FACULTY NEWS
Dr. Rosa Albright received the state Public Health Nursing Association's Educator of the Year award. Beth Kowalczyk earned her CHSE certification. Kevin Lindqvist presented "Med-pass interruptions and the student nurse" at the regional nursing education conference.

DATES
Nov 15 - Spring clinical rosters to sites | Dec 6 - Pinning ceremony, Larkspur Chapel, 2 pm | Jan 21 - Spring clinicals begin

Want to share news? Email lamp@larkspur-nursing.org.
You are receiving this because you are a student, faculty or staff member of the School of Nursing. Unsubscribe: https://lists.larkspur-nursing.org/u/lamp
"""
    html = html_wrap(text, font="Georgia, serif").replace("<body>", '<body><img src="cid:lamplogo" alt="The Larkspur Lamp"><br>')
    m = build(("The Larkspur Lamp", f"lamp@{SON}"), ("SON community", f"son-all@{SON}"), "The Larkspur Lamp - November 2024", text, d, html=html)
    png = make_png(160, 48, bg=(250, 246, 235), fg=(92, 60, 140))
    m.get_payload()[1].add_related(png, maintype="image", subtype="png", cid="<lamplogo>", filename="lamp.png")
    return m, ""


def news_2():
    d = dt(2025, 2, 26, 16, 10)
    body = f"""HEALTH ADVISORY - Measles exposure risk for healthcare personnel and students
Holbrook County Department of Public Health | Advisory 2025-07 | February 26, 2025

Summary: Three confirmed measles cases have been reported in the county since February 10, all linked to international travel or household contacts. Exposure sites have included two emergency departments and one urgent care center. No cases have been reported in healthcare workers.

Actions for schools of nursing and clinical placement coordinators:
 1. Verify presumptive evidence of measles immunity (2 documented MMR doses or positive IgG) for ALL students on clinical rotation. Equivocal results should be treated as non-immune.
 2. Non-immune students should not be placed in emergency, urgent care, pediatric or ambulatory settings until immunity is documented.
 3. Exposed non-immune personnel are excluded from day 5 through day 21 after exposure.
 4. Report suspected cases immediately by phone, 24/7: {phone()}.

Clinical features: fever, cough, coryza, conjunctivitis, followed by a maculopapular rash beginning on the face 3-5 days after symptom onset.

Resources: county measles page, MMR clinic schedule (walk-in Tues/Thurs 1-4 pm, 120 Court St).

This advisory is distributed to hospitals, clinics, schools of nursing and long-term care facilities in Holbrook County.
"""
    body2 = "Forwarding to all instructors - please make sure your groups see item 2. Marcus is checking MMR status for everyone placed in EDs and peds this week.\n\nDana\n\n" + \
        fwd_block(later(d, hours=-2), ("HCDPH Health Alert Network", "han@holbrookcountyhealth.org"), [("Distribution", "han-list@holbrookcountyhealth.org")],
                  "HEALTH ADVISORY 2025-07 - Measles", body)
    return build(DANA, ("SON clinical faculty", f"clinical-faculty@{SON}"), "Fwd: HEALTH ADVISORY 2025-07 - Measles", body2, later(d, hours=1)), ""


def news_3():
    d = dt(2025, 3, 14, 11, 45)
    body = """Research Brief | Larkspur SON Office of Nursing Research | March 2025

Does replacing clinical hours with simulation change readiness for practice? Early results from our two-year cohort comparison

Background: The state board permits up to 25% of required clinical hours in a course to be replaced by high-quality simulation. We compared two NUR 320 cohorts: 2022-23 (0% substitution, n=96) and 2023-24 (20% substitution, n=101).

Results (aggregate, de-identified):
 - Clinical evaluation tool final scores: mean 3.41 vs 3.46 (p=0.38)
 - Preceptor-rated readiness (5-point scale): 3.9 vs 4.0
 - Student self-efficacy (NGSE): 31.2 vs 33.0 (p=0.04)
 - NCLEX-RN first-time pass: 93.8% vs 95.0%

Conclusions: Substituting 20% of med-surg clinical hours with structured simulation (pre-brief, scenario, debrief with PEARLS) was not associated with lower performance and was associated with higher self-efficacy. Limitations include a single site and non-randomized design.

The full poster will be presented at the regional nursing research day on April 11. Study approved by the Larkspur IRB (exempt, protocol 2023-114).

Questions: nursingresearch@larkspur-nursing.org
"""
    return build(("Office of Nursing Research", f"nursingresearch@{SON}"), ("SON faculty", f"son-faculty@{SON}"), "Research Brief: simulation substitution in NUR 320", body, d,
                 html=html_wrap(body)), ""


def news_4():
    d = dt(2024, 9, 20, 6, 30)
    body = """NURSING NEWS @ ST. BRENDAN | September 2024

MAGNET REDESIGNATION: WE DID IT AGAIN
St. Brendan has been redesignated a Magnet hospital for the third consecutive time. The appraisers called out our shared governance councils and the nurse residency program, which has retained 91% of new graduates at one year.

THE WEST TOWER IS OPEN
Our new 96-bed West Tower opened on September 9, with all private rooms, ceiling lifts in every room and a dedicated 12-bed step-down unit. Thank you to the 140 nurses who helped design the unit layouts.

WELCOME, STUDENTS
This fall we welcome 310 nursing students from five schools across 22 units. Preceptors: the preceptor development workshop is October 3, 0800-1200, Education Center room 2B (4 CE contact hours).

DAISY AWARDS
Congratulations to this quarter's DAISY honorees from 4 East, ICU and Labor & Delivery.

Questions or story ideas: nursingnews@stbrendan-rmc.org
"""
    return build(("St. Brendan Nursing News", f"nursingnews@{SBR}"), ("Academic Partners", f"academic-partners@{SBR}"), "Nursing News @ St. Brendan - September", body, d,
                 html=html_wrap(body)), ""


def news_5():
    d = dt(2025, 1, 30, 10, 0)
    body = """BOARD OF REGISTRATION IN NURSING - EDUCATION BULLETIN, Winter 2025

1. Clinical faculty-to-student ratio: Effective Fall 2025, the maximum ratio for direct-care clinical groups is 1:8 (1:6 in critical care and pediatric acute settings). Programs using precepted models must document preceptor qualifications annually.

2. Simulation: Programs may substitute up to 25% of clinical hours per course with simulation meeting the INACSL Healthcare Simulation Standards of Best Practice. Annual reporting of substituted hours will begin with the 2025 program report.

3. NCLEX: The 2024 national first-time pass rate for US-educated BSN candidates was 91.2%. Programs below 80% for two consecutive years will receive a site visit.

4. Program annual reports are due June 30. The new online form is available on the Board portal.

This bulletin is sent to deans and directors of approved nursing education programs.
"""
    return build(("Board of Registration in Nursing", "education-bulletin@nursingboard-region1.org"), HELEN, "Education Bulletin - Winter 2025", body, d), ""


def news_6():
    d = dt(2025, 3, 4, 13, 0)
    text = """Hi Dana,

Placement season is coming - is your team still chasing titers by email?

Join our 30-minute webinar "Clearance in half the time" on Thursday, March 20 at 1 PM ET and see what's new in ClearTrack 9:
  - Auto-reminders by text message at 30/14/3 days
  - Site-specific requirement packets (one student, many hospitals)
  - Live dashboards for deans: compliance rate by cohort and site
  - New integrations with student health EHRs

Schools using auto-reminders cut average time-to-clearance from 24 to 11 days.

Register: https://www.cleartrack-compliance.com/webinars/clearance-half-time

See you there,
The ClearTrack Team

ClearTrack Compliance LLC, 200 Polaris Pkwy, Columbus, OH. You received this email because you are a ClearTrack customer contact. Manage preferences or unsubscribe."""
    return build(("ClearTrack", f"news@{CTC}"), DANA, "Webinar: clearance in half the time (Mar 20)", text, d, html=html_wrap(text)), ""


# ============================================================= clean: staff
def staff_1():
    d = dt(2024, 12, 3, 10, 20)
    rows = [("Kevin Lindqvist, MSN, RN, CCRN", "NUR 320", "SBR 4 West", "Tue/Wed 0630-1500", "8"),
            ("Marites Dizon, MSN, RN", "NUR 320", "SBR 4 East", "Tue/Wed 0630-1500", "8"),
            ("Luciana Ferraz, MSN, RN", "NUR 320", "SBR 4 West", "Thu/Fri 0630-1500", "8"),
            ("Tamsin Greer, MSN, RN, CPN", "NUR 370", "Halden 5 Tower", "Mon/Tue 0645-1515", "6"),
            ("Joel Amankwah, MSN, PMHNP-BC", "NUR 350", "Brightwater Adult B", "Wed/Thu 0800-1600", "8"),
            ("Wei Lin, MSN, RN", "NUR 320", "MFH 4 West", "Mon/Tue 0630-1500", "8"),
            ("Irina Volkova, MSN, RN", "NUR 360", "Oakhaven L&D / M-B", "Thu/Fri 0645-1515", "7"),
            ("Rosa Albright, DNP, RN, PHN", "NUR 440", "Holy Family Outreach", "Tue 0900-1600", "10")]
    tbl = "\n".join(f"{r[0]:<32} {r[1]:<8} {r[2]:<22} {r[3]:<20} {r[4]}" for r in rows)
    body = f"""All,

Draft spring clinical instructor assignments below. Please reply by Friday if something doesn't work - rosters go to the sites 12/13.

{'Instructor':<32} {'Course':<8} {'Site/Unit':<22} {'Days/Hours':<20} Students
{tbl}

Rosa's NUR 440 group will be covered by Tamsin for the first five weeks; details to follow separately.

Thanks,
Priya
"""
    return build(PRIYA, ("SON clinical faculty", f"clinical-faculty@{SON}"), "DRAFT spring instructor assignments", body, d, cc=[DANA]), ""


def staff_2():
    d = dt(2024, 10, 28, 9, 5)
    body = f"""Good morning adjunct clinical faculty,

Reminder: October timesheets are due in Workday by Friday 11/1 at noon for the 11/15 pay date.

 - Enter clinical hours on the actual dates worked; post-conference counts as clinical time.
 - Orientation and the 10/3 preceptor workshop are paid at the non-instructional rate ($32/hr); code them "ADJ-NONINST".
 - Mileage for sites more than 25 miles from campus: submit through Concur with the site address.

Late timesheets roll to the next pay period. If Workday gives you an "unassigned position" error, email me the screenshot and I'll fix the position code.

Thank you!
Gloria Trevino
Administrative Assistant II, Clinical Placement Office
{phone()}
"""
    return build(GLORIA, ("SON adjunct clinical faculty", f"adjunct-clinical@{SON}"), "October timesheets due Friday noon", body, d), ""


def staff_3():
    d = dt(2024, 12, 18, 15, 50)
    body = f"""Team -

Coverage for the winter break (office closed 12/23-1/1). Sites know to call the on-call line for anything urgent about students on post-semester practicum or the ABSN immersion.

  12/23-12/26   Priya      {phone()}
  12/27-12/29   Marcus     {phone()}
  12/30-1/1     Dana       {phone()}

The on-call phone forwards to whoever is listed. Please don't answer compliance questions from students over break - tell them to email and we'll reply Jan 2.

Happy holidays, and thank you for an amazing fall. Cookies in the break room until they're gone.

Dana
"""
    return build(DANA, [PRIYA, MARCUS, GLORIA], "break on-call schedule", body, d), ""


def staff_4():
    d = dt(2025, 4, 8, 12, 15)
    body = """Dear colleagues,

After 31 years at Larkspur - as a clinical instructor, course lead, department chair and, for the last nine years, associate dean - Dr. Helen Fairbanks will retire at the end of June.

Please join us to celebrate Helen:
   Friday, May 16, 3:30-5:30 pm
   Holbrook Hall Atrium
   Light refreshments; remarks at 4:15

We are collecting stories and photos for a memory book. Send them to Gloria by May 2 (funny ones especially welcome - we hear there is a story about the 1998 SimMan and a fire alarm).

A gift collection envelope is in the dean's office (Holbrook 300).

With gratitude,
The Office of the Dean
"""
    return build(("Office of the Dean", f"deansoffice@{SON}"), ("SON faculty and staff", f"son-all@{SON}"), "Celebrating Helen Fairbanks - May 16", body, d,
                 html=html_wrap(body)), ""


def staff_5():
    d = dt(2025, 1, 6, 8, 30)
    body = """Hi all,

Rosa Albright will be on leave from Jan 6 through Feb 21. Please do not contact her about course matters while she's out.

Coverage:
 - NUR 440 Tuesday clinical group: Tamsin Greer (Jan 21 - Feb 18)
 - NUR 440 course lead duties and LMS: Joel Amankwah
 - Holy Family Outreach site contact: Priya Raman
 - Journal grading for weeks 1-6: Tamsin and Joel will split

Rosa's return date is Monday Feb 24.

Thanks for pitching in.
Dana
"""
    return build(DANA, [TAMSIN, JOEL, PRIYA, HELEN], "coverage for Rosa - spring", body, d), ""


def staff_6():
    d = dt(2025, 5, 5, 14, 0)
    rows = [("Carla Mendes, BSN, RN", "SBR 4 West", "6"), ("Derek Paulson, BSN, RN, CCRN", "SBR ICU", "4"),
            ("Rowena Santiago, RN", "SBR 4 East", "5"), ("June Castellanos, BSN, RN, CPN", "Halden 5 Tower", "3"),
            ("Sheila Ortiz, RN", "Brightwater Adult B", "4"), ("Ama Boateng, MSN, FNP-BC", "Holy Family clinic", "2")]
    lines = "\n".join(f"  {r[0]} - {r[1]} - {r[2]} students this year" for r in rows)
    body = f"""Hi Gloria,

For Preceptor Appreciation Week (May 12-16), please order $50 gift cards and the thank-you certificates for the following preceptors. Certificates should list 2024-2025 and the number of students precepted.

{lines}

Plus cookies for each unit on Wednesday (4W, 4E, ICU, 5 Tower, Brightwater B, Holy Family). Dana approved the spend from the site relations budget.

Thank you!
Priya
"""
    return build(PRIYA, GLORIA, "preceptor appreciation - gift cards + certificates", body, d, cc=[DANA]), ""


def staff_7():
    d = dt(2025, 3, 10, 11, 5)
    start = dt(2025, 3, 18, 10, 0, )
    body = """Search committee members,

Three finalists for the Clinical Placement Coordinator II position will interview next week. All interviews are in Holbrook 305 with a Zoom link for Nora (site representative).

  Tue 3/18  10:00-11:30   Candidate A - currently placement coordinator at a community college ADN program
  Wed 3/19  13:00-14:30   Candidate B - RN, 8 yrs med-surg, nurse educator certificate
  Thu 3/20  09:00-10:30   Candidate C - internal applicant (University Registrar's office)

Each visit includes a 20-minute exercise: building a rotation schedule for 3 cohorts across 4 sites. Materials and the scoring rubric are in the Teams folder. Please keep candidate materials confidential and submit scores by 3/24.

Dana
"""
    ics = make_ics("Interview - Clinical Placement Coordinator II (Candidate A)", start, later(start, minutes=90),
                   "Holbrook 305 / Zoom", "Search committee interview", SON, DANA)
    return build(DANA, [HELEN, PRIYA, BETH, NORA], "Interview schedule - Clinical Placement Coordinator II", body, d,
                 atts=[("interview_A.ics", ics, "text/calendar")]), ""


# ========================================================== clean: training
def train_1():
    d = dt(2024, 10, 8, 13, 25)
    body = """Faculty,

Scenario file for next week's NUR 320 sim is attached. Reminder: everything in the chart is FICTITIOUS and built for simulation only - please do not add real cases to it.

SIM SCENARIO 320-07: Post-op day 1, sepsis recognition
Simulated patient: "Walter Greywood" (SimMan 3G, bay 2), 68 y/o, fictitious SIM-MRN 000-SIM-3207
Background: POD1 after open bowel resection. At 0700 report: HR 96, BP 118/70, T 37.9.
Progression:
  State 1 (0-5 min): HR 112, BP 102/64, RR 24, T 38.6, new confusion
  State 2 (5-12 min, if no fluids/provider call): HR 128, BP 86/50, lactate 4.1 (available on request)
  State 3 (after 30 mL/kg bolus + cultures + antibiotics): HR 104, BP 108/66
Learning objectives: SIRS/qSOFA recognition, SBAR to provider, sepsis bundle timing, closed-loop communication.
Roles: primary RN, secondary RN, family member (confederate: Beth), provider on phone (facilitator).
Debrief: PEARLS, 30 minutes.

Beth
"""
    doc = make_docx(["**SIM SCENARIO 320-07 - FICTITIOUS PATIENT - FOR SIMULATION USE ONLY**",
                     "Patient: Walter Greywood (simulated)  SIM-MRN 000-SIM-3207  DOB: 01/01/1956 (sim)",
                     "Allergies: sulfa (scenario)", "Orders: LR 125 mL/h, cefoxitin (pre-op), hydromorphone PCA",
                     "Expected actions: recognize deterioration, call rapid response, obtain cultures before antibiotics",
                     "Debrief questions: What cues did you notice first? What would you do differently?"])
    return build(BETH, [KEVIN, MARITES, LUCIANA, WEILIN], "Sim 320-07 scenario (sepsis) - fictitious chart attached", body, d,
                 atts=[("SIM_320-07_Greywood_scenario.docx", doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]), ""


def train_2():
    d = dt(2024, 9, 24, 17, 0)
    body = """NUR 320 - Dosage calculation practice quiz #3 (not graded). Answers at the bottom - try first!

1. Ordered: heparin 18 units/kg/h. Weight 80 kg. Supply: 25,000 units in 250 mL. Rate in mL/h?
2. Ordered: vancomycin 1.25 g IV in 250 mL over 2 h. Rate in mL/h?
3. Ordered: potassium chloride 20 mEq PO. Supply: 40 mEq/15 mL. How many mL?
4. A 22-kg child is ordered amoxicillin 45 mg/kg/day divided q12h. Supply 400 mg/5 mL. mL per dose?
5. Ordered: 1,000 mL NS over 8 h, drop factor 15 gtt/mL. gtt/min?

...
...

Answers: 1) 14.4 mL/h  2) 125 mL/h  3) 7.5 mL  4) 6.2 mL  5) 31 gtt/min

Passing the proctored dosage exam (90%) is required before your first med pass. Retakes: Thursdays 4 pm, Bryce B012.

Kevin
"""
    return build(KEVIN, ("NUR320 all sections", f"nur320-all@{STU}"), "practice dosage calc quiz 3 (answers at bottom)", body, d), ""


def train_3():
    d = dt(2025, 2, 10, 8, 15)
    body = """Case study for Thursday's seminar (de-identified composite - not a real patient; details changed for teaching).

A woman in her mid-50s is admitted through the ED with shortness of breath and bilateral leg swelling that have worsened over a week. She has a history of hypertension and type 2 diabetes. She tells the nurse she stopped one of her "water pills" because she was running to the bathroom at work. Vital signs: BP 168/94, HR 104, RR 26, SpO2 89% on room air. Crackles at both bases. Weight is up 4 kg from her last clinic visit.

Questions:
1. What are your three priority nursing problems? Write one as a NANDA-I diagnosis with related-to and as-evidenced-by.
2. Which assessment findings would you trend every shift, and why?
3. What teaching would you plan before discharge, and how would you check understanding (teach-back)?
4. What social determinants might be relevant to her stopping the medication?

Bring your answers to seminar; we'll build the care plan together on the whiteboard.

Dr. Albright
"""
    return build(ROSA, ("NUR440 Seminar", f"nur440-sem@{STU}"), "Thursday case study - HF composite", body, d), ""


def train_4():
    d = dt(2024, 8, 12, 10, 40)
    body = f"""Hi Beth,

The academic EHR sandbox is refreshed for fall. Below are the test patients for your validation script - please run steps 1-12 and mark pass/fail in the attached sheet by 8/16.

Environment: CareLink ACADEMIC (TRN), https://trn.carelink-academic.example.com
Login: lsfac01 / temporary password sent separately

Test patients (all fictitious, TRN environment only):
  TEST, ALPHA      MRN TRN9990001   DOB 01/01/1950   scenario: med-surg, insulin sliding scale
  TEST, BRAVO      MRN TRN9990002   DOB 02/02/1988   scenario: L&D, oxytocin titration
  TEST, CHARLIE    MRN TRN9990003   DOB 03/03/2019   scenario: peds, weight-based dosing
  ZZTEST, DELTA    MRN TRN9990004   DOB 04/04/1940   scenario: hospice, PRN morphine

Script highlights:
  Step 4  - scan TEST, ALPHA wristband barcode, verify "right patient" alert fires on BRAVO
  Step 7  - document an I&O on CHARLIE, confirm totals calculate per shift
  Step 11 - attempt an order as a student user (should be blocked)

Ping me with any defects - ticket queue is "Academic EHR".

Rahul Menon
Clinical Applications Analyst, Larkspur IT
"""
    rows = [["Step", "Description", "Test patient", "Expected", "Pass/Fail", "Notes"]]
    steps = ["Log in as faculty", "Open patient list", "Select TEST, ALPHA", "Scan wristband / wrong-patient alert",
             "Document vitals", "Give sliding scale insulin (sim)", "Document I&O on TEST, CHARLIE", "Print MAR",
             "Sign off note", "Log in as student", "Attempt order entry", "Log out / session timeout"]
    for i, s in enumerate(steps, 1):
        rows.append([i, s, "TEST, ALPHA" if i < 7 else "TEST, CHARLIE", "As designed", "", ""])
    return build(("Rahul Menon", f"rmenon@{UNI}"), BETH, "Academic EHR sandbox - fall validation script + test patients", body, d,
                 atts=[("TRN_validation_fall24.xlsx", make_xlsx(rows, "Script"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), ""


def train_5():
    d = dt(2024, 9, 4, 19, 30)
    body = """Hi everyone,

Attached is the concept-map care plan template for the semester, with a completed SAMPLE so you can see the expected level of detail. The sample patient "Jane Sample" is made up - use her only as a model for format.

Rules for your own care plans:
 - Patient identified as "Pt" + your initials-based code (e.g., Pt AK-1). No names, initials, room numbers, MRNs, dates of birth, or admission dates.
 - Age can be given as a decade (70s).
 - Save to the LMS dropbox only, never to the unit computers or personal cloud drives.

Due Sunday at 2359 after each clinical week.

Kevin
"""
    doc = make_docx(["**NUR 320 CONCEPT MAP CARE PLAN - SAMPLE (fictitious)**",
                     "Patient: Jane Sample (SAMPLE - not a real person), age 70s",
                     "Priority problem 1: Impaired gas exchange r/t alveolar fluid AEB SpO2 88% RA, crackles bilat bases",
                     "Goal: SpO2 >= 92% on <= 2 L NC by end of shift",
                     "Interventions: HOB 45 deg, IS q1h while awake, daily weight, strict I&O, administer diuretic as ordered",
                     "Evaluation: (complete at end of shift)",
                     "Priority problem 2: Risk for falls r/t diuresis and generalized weakness",
                     "Priority problem 3: Deficient knowledge r/t new medication regimen"])
    return build(KEVIN, ("NUR320 all sections", f"nur320-all@{STU}"), "care plan template + SAMPLE", body, d,
                 atts=[("NUR320_careplan_template_SAMPLE.docx", doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]), ""


def train_6():
    d = dt(2025, 3, 24, 10, 0)
    body = """Standardized patient team,

Thank you for signing up for the NUR 350 OSCE on April 2-3. Your character script is below. Please memorize the key facts; you may improvise the rest in character.

CHARACTER: "Mr. Daniel Lopez" (fictional), 42, construction foreman
SETTING: outpatient mental health intake, day 1
OPENING LINE: "My wife made me come. I'm fine, I just don't sleep."
KEY FACTS (reveal only if asked):
 - Sleeping 3-4 hours a night for 2 months since a job-site accident (you were not injured; a coworker was)
 - Drinking 4-5 beers most nights "to shut my brain off"
 - Denies thoughts of self-harm if asked directly; becomes quiet, then says "sometimes I think everyone would be better off" if the student asks a follow-up
 - Protective factors: two kids (8 and 11), coaches Little League
AFFECT: guarded, irritable at first, softens if the student is empathetic

Students are graded on: therapeutic communication, safety screening (C-SSRS), and SBAR handoff to the faculty "provider".

Arrival 0730 for briefing, Bryce B014. Parking pass attached to your confirmation email. SP pay is $22/hr.

Beth Kowalczyk, CHSE
"""
    return build(BETH, ("SP program", f"sp-program@{SON}"), "OSCE 4/2-4/3 - SP character script (Lopez)", body, d, cc=[JOEL]), ""


# ==================================================================== main
PLAN = [
    ("phi", "care", [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]),
    ("phi", "ids", [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]),
    ("phi", "lang", [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]),
    ("phi", "lists", [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]),
    ("phi", "names", [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]),
    ("phi", "self", [self_1, self_2, self_3, self_4, self_5, self_6, self_7]),
    ("phi", "struct", [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]),
    ("clean", "admin", [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]),
    ("clean", "lookalike", [look_1, look_2, look_3, look_4, look_5, look_6, look_7]),
    ("clean", "news", [news_1, news_2, news_3, news_4, news_5, news_6]),
    ("clean", "staff", [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]),
    ("clean", "training", [train_1, train_2, train_3, train_4, train_5, train_6]),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for label, kind, fns in PLAN:
        for i, fn in enumerate(fns, 1):
            m, patient = fn()
            name = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, name), "wb") as f:
                f.write(m.as_bytes(policy=policy.SMTP))
            rows.append([name, label, kind, patient])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
