#!/usr/bin/env python3
"""Generate a blind evaluation set of email for a regional blood & plasma
donation network. Everything here is invented. Standard library only.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zlib, struct, zipfile, datetime, json
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10201
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

PT = datetime.timezone(datetime.timedelta(hours=-8), "PST")
PDT = datetime.timezone(datetime.timedelta(hours=-7), "PDT")

ORG = "Cascadia Blood Network"
DOM = "cascadiablood.org"

# ---------------------------------------------------------------- people
S = {
    "whitcombe": ("Naomi Whitcombe, MD", "nwhitcombe@" + DOM, "Medical Director"),
    "ibarra": ("Rafael Ibarra", "ribarra@" + DOM, "Donor Counseling Nurse, RN"),
    "morrow": ("Keisha Morrow", "kmorrow@" + DOM, "Center Manager, Kent Plasma Center"),
    "lindgren": ("Tom Lindgren", "tlindgren@" + DOM, "Mobile Operations Manager"),
    "tran": ("Anh Tran", "atran@" + DOM, "Donor Care Technician II"),
    "sethi": ("Priyanka Sethi", "psethi@" + DOM, "Hospital Services Representative"),
    "albright": ("Gwen Albright", "galbright@" + DOM, "Quality Assurance Manager"),
    "delgado": ("Marcus Delgado", "mdelgado@" + DOM, "Account Manager, Schools & Employers"),
    "birch": ("Jolene Birch", "jbirch@" + DOM, "HR Generalist"),
    "kapoor": ("Dev Kapoor", "dkapoor@" + DOM, "Systems Analyst, Donor Systems"),
    "okonkwo": ("Sandra Okonkwo", "sokonkwo@" + DOM, "Billing Specialist, Patient Services"),
    "haskell": ("Lorraine Haskell", "lhaskell@" + DOM, "Supervisor, Reference Laboratory"),
    "carrow": ("Beth Carrow", "bcarrow@" + DOM, "Lookback & Recipient Tracing Coordinator"),
    "nguyen": ("Linh Nguyen", "lnguyen@" + DOM, "Donor Services Specialist"),
    "pruitt": ("Dale Pruitt", "dpruitt@" + DOM, "Distribution Supervisor"),
    "abara": ("Chidi Abara", "cabara@" + DOM, "Collections Supervisor, RN"),
    "ferreira": ("Ana Ferreira", "aferreira@" + DOM, "Charge Nurse, Eastgate Donor Center"),
    "vasquez": ("Yesenia Vasquez", "yvasquez@" + DOM, "Donor Recruitment Coordinator"),
    "kim": ("Grace Kim", "gkim@" + DOM, "Training & Development Specialist"),
    "sokolov": ("Irina Sokolov", "isokolov@" + DOM, "Phlebotomist, Bellbrook Donor Center"),
    "jeanbaptiste": ("Mireille Jean-Baptiste", "mjeanbaptiste@" + DOM, "Donor Advocate"),
    "santos": ("Maricel Santos", "msantos@" + DOM, "RN, Apheresis"),
    "hale": ("Corey Hale", "chale@" + DOM, "Facilities Coordinator"),
    "oduya": ("Femi Oduya", "foduya@" + DOM, "Controller"),
    "reyes": ("Luz Reyes", "lreyes@" + DOM, "Donor Center Supervisor, Southport"),
}

def addr(key):
    n, a, _ = S[key]
    return f"{n} <{a}>"

def sig(key, phone=None, fax=None, short=False):
    n, a, t = S[key]
    if short:
        return f"{n.split(',')[0].split()[0]}"
    ph = phone or f"(253) 555-01{random.randint(10, 99)}"
    lines = [n, t, ORG, f"Office {ph}"]
    if fax:
        lines.append(f"Fax {fax}")
    lines.append(a)
    return "\n".join(lines)

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
    "named recipient(s) and may contain confidential information. If you received it in "
    "error, please notify the sender by reply and delete it. Any other use, disclosure or "
    "copying is prohibited."
)
DISCLAIMER2 = (
    "This e-mail may contain privileged or confidential information of Cascadia Blood "
    "Network. If you are not the intended recipient, do not read, copy or forward it; "
    "tell the sender and destroy all copies."
)

# ---------------------------------------------------------------- dates
def rdate(start=(2024, 9, 3), days=290, hour=(7, 18)):
    d0 = datetime.datetime(*start, tzinfo=PT)
    d = d0 + datetime.timedelta(days=random.randint(0, days),
                                hours=random.randint(hour[0], hour[1]) - 0,
                                minutes=random.randint(0, 59))
    d = d.replace(second=random.randint(0, 59))
    # crude DST switch
    if (d.month, d.day) >= (3, 9) and (d.month, d.day) < (11, 3):
        d = d.replace(tzinfo=PDT)
    if d.weekday() == 6:
        d += datetime.timedelta(days=1)
    return d

def later(d, minutes=0, hours=0, days=0):
    return d + datetime.timedelta(minutes=minutes, hours=hours, days=days)

def on_wrote(d, who):
    h = d.strftime("%I").lstrip("0")
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h}:{d.strftime('%M %p')} {who} wrote:"

def outlook_hdr(frm, d, to, subj, cc=None):
    h = d.strftime("%I").lstrip("0")
    s = ["-----Original Message-----", f"From: {frm}",
         f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {h}:{d.strftime('%M %p')}",
         f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subj}")
    return "\n".join(s)

def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.splitlines())

def mdy(d):
    return f"{d.month}/{d.day}/{d.year}"

def mdy0(d):
    return d.strftime("%m/%d/%Y")

# ---------------------------------------------------------------- ids
def digits(n):
    return "".join(str(random.randint(0, 9)) for _ in range(n))

def din(year=24, fac="W0417"):
    # ISBT 128 style donation identification number
    return f"{fac} {year:02d} {digits(6)}"

def donor_id():
    return f"{random.choice('ABCDEFGHJKMNPRSTVW')}{digits(7)}"

def mrn():
    return digits(random.choice([7, 8]))

def phone(area="253"):
    return f"({area}) 555-01{random.randint(10, 99)}"

# ---------------------------------------------------------------- binaries
def png(w, h, bg=(190, 20, 40), fg=(255, 255, 255), pattern="cross"):
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            c = bg
            if pattern == "cross":
                if abs(x - w // 2) < max(2, w // 10) or abs(y - h // 2) < max(2, h // 10):
                    c = fg
            elif pattern == "blank":
                c = bg
                if y in (h // 8, h // 8 + 1) and w // 10 < x < w - w // 10:
                    c = fg
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

ZDT = (2025, 1, 15, 9, 0, 0)

def _zadd(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)

def _xesc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

def xlsx(rows, sheet="Sheet1"):
    def colname(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sd.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{colname(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                sd.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                sd.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xesc(v)}</t></is></c>')
        sd.append("</row>")
    sd.append("</sheetData></worksheet>")
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        _zadd(z, "[Content_Types].xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '</Types>')
        _zadd(z, "_rels/.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
              '</Relationships>')
        _zadd(z, "xl/workbook.xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              f'<sheets><sheet name="{_xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        _zadd(z, "xl/_rels/workbook.xml.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
        _zadd(z, "xl/worksheets/sheet1.xml", "".join(sd))
    return b.getvalue()

def docx(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_xesc(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        _zadd(z, "[Content_Types].xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '</Types>')
        _zadd(z, "_rels/.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
              '</Relationships>')
        _zadd(z, "word/document.xml", doc)
    return b.getvalue()

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 10 Tf", "12 TL", "50 750 Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (CBN DocGen 2.1) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)

def ics(summary, start, end, location, desc, organizer, uid):
    f = "%Y%m%dT%H%M%S"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cascadia Blood Network//Scheduler//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{start.astimezone(datetime.timezone.utc).strftime(f)}Z",
        f"DTSTART:{start.astimezone(datetime.timezone.utc).strftime(f)}Z",
        f"DTEND:{end.astimezone(datetime.timezone.utc).strftime(f)}Z",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
        "DESCRIPTION:" + desc.replace("\n", "\\n"),
        f"ORGANIZER:mailto:{organizer}", "END:VEVENT", "END:VCALENDAR", ""])

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

def html_of(text, brand=True):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in esc.split("\n\n"))
    head = ('<div style="background:#b3142b;color:#fff;padding:8px 12px;font-weight:bold">'
            'Cascadia Blood Network</div>') if brand else ""
    return ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            f'{head}{paras}</body></html>')

# ---------------------------------------------------------------- message
_msgn = [0]

def build(frm, to, subject, body, date, cc=None, html=None, atts=(), reply_to=None,
          in_reply_to=None, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    _msgn[0] += 1
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{random.getrandbits(40):010x}.{_msgn[0]}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in atts:
        fname, ctype, data = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m

def fake_ref(dom):
    return f"<{random.getrandbits(48):012x}@{dom}>"

# ================================================================ PHI: care
HOSP_MR = "mercyridge-med.org"
HOSP_LS = "lakeshoreregional.org"
HOSP_HP = "harborpineshealth.net"

def care1():
    d = rdate()
    name = "Harold Finch"
    did = donor_id()
    body = f"""Linh,

Can you call Harold Finch ({did}) and move his Thursday 2:15 at Eastgate to sometime next week? His daughter Carol is the one driving him and she can only do Tue or Wed after 3.

He's coming in for the arm recheck Dr. Whitcombe asked for, NOT to donate, so please don't book him a chair - put him in consult room B and let me know the time so I can be there. Best number is Carol's cell {phone()}, the home line just rings.

thx
Ana

--
{sig('ferreira', fax='(253) 555-0190')}
"""
    return build(addr("ferreira"), addr("nguyen"), f"reschedule - H. Finch Thurs 2:15", body, d,
                 cc=addr("ibarra")), name

def care2():
    d = rdate(hour=(19, 21))
    name = "Lupe Ortega"
    body = f"""Evening handoff - Kent Plasma - {d.strftime('%a %m/%d')}

- Lupe Ortega sat in recovery about 40 min after her donation, juice + pretzels, feet up, she was chatting by the end. Her husband Ramon came to drive her at 6:50. Please call her before noon tomorrow and chart the follow-up call. Number is in her profile, she said cell is better.
- Machine 7 threw a pressure alarm twice on the return cycle, tagged out, Biomed ticket is in.
- Saline down to 3 cases, Dale knows.
- Two no-shows from the 5pm block, both regulars, no calls made yet.
- Cooler 2 temp log signed, 3.9C at close.

Front desk was slammed 4-6, we were short one DCT because Jason went home early (he's fine, family thing).

Kayla R.
Lead DCT, evenings
"""
    return build("Kayla Reinholt <kreinholt@" + DOM + ">", addr("morrow"),
                 "PM handoff Kent", body, d,
                 cc="kent-leads@" + DOM), name

def care3():
    d = rdate()
    name = "Walter Abernathy"
    first = f"""Hi Dale,

Standing request again for Mr. Walter Abernathy's clinic visit at the Harbor Pines infusion center this coming Tuesday 7:00 AM. Please hold 2 units RBC, irradiated, CMV-safe, O POS. He comes every two weeks and the clinic would like them here by 6:30 so they can start on time - last time the courier came at 7:40 and he waited in the chair over an hour.

If you can only get one irradiated unit by Monday, call me, we'll move him to the afternoon.

Carla Jenkins, MT(ASCP)
Transfusion Service Supervisor
Harbor Pines Health
Blood Bank 360-555-0133 | Fax 360-555-0134
"""
    d2 = later(d, hours=2, minutes=13)
    body = f"""Carla - both units are tagged and on the Monday night run, ETA 05:45 Tuesday. Driver will call the blood bank line on arrival.

Dale

{sig('pruitt')}

{on_wrote(d, 'Carla Jenkins <cjenkins@' + HOSP_HP + '>')}
{quote(first)}
"""
    return build(addr("pruitt"), "Carla Jenkins <cjenkins@" + HOSP_HP + ">",
                 "RE: Tuesday AM units - Abernathy", body, d2,
                 cc="Distribution Desk <distribution@" + DOM + ">",
                 in_reply_to=fake_ref(HOSP_HP)), name

def care4():
    d = rdate()
    name = "Eugene Castellanos"
    orig = f"""Hello,

My father, Eugene Castellanos, gave blood at the drive at Brightforge yesterday (he's retired but still goes to the plant lunches). He came home pale and slept all afternoon and this morning he says he's still woozy when he stands up. He is 71 and takes his blood pressure pills every morning.

Should he see someone? He would never call you himself, he'd just say he's fine. His number is {phone('360')} and mine is below. Thank you

Marisol Castellanos-Reed
{phone('360')}
"""
    d2 = later(d, hours=1, minutes=41)
    body = f"""Hi Marisol,

Thank you for letting us know - I'm glad you wrote. I tried your father's number and left a message; I'll try again at 2. For today please have him drink extra fluids, eat a proper meal, and sit up slowly before standing. Please keep him from driving until he feels completely normal. If he faints, has chest pain, or the dizziness gets worse, call 911 or take him to urgent care, and let us know afterwards.

I've made a note on his donor record so the team at the next drive knows about yesterday. Our medical director may want him to wait a bit longer before his next donation; I'll let you both know.

Warm regards,
{sig('ibarra', phone='(253) 555-0147')}

{on_wrote(d, 'Marisol Castellanos-Reed <mcreed@pinemail.net>')}
{quote(orig)}

{DISCLAIMER}
"""
    return build(addr("ibarra"), "Marisol Castellanos-Reed <mcreed@pinemail.net>",
                 "Re: my dad after the Brightforge blood drive", body, d2,
                 in_reply_to=fake_ref("pinemail.net")), name

def care5():
    d = rdate(start=(2025, 4, 28), days=10)
    name = "Renata Kowalczyk"
    body = f"""Mireille,

Booked Renata Kowalczyk for her phone call with Dr. Whitcombe on Wed 5/14 at 10:30. She prefers mornings and asked that we NOT leave any voicemail at the home number (she shares the line with her mother-in-law) - cell only, {phone()}.

Letter #2 went out certified on {mdy(later(d, days=-2))} to 41 Alder Ct, Puyallup WA 98371. If she asks, the in-person follow-up draw would be at Eastgate; the kit is in the consult room cabinet, second shelf.

She sounded nervous so please give her the extra time at the start of the call.

Rafael
"""
    return build(addr("ibarra"), addr("jeanbaptiste"),
                 "call booked 5/14 w/ Dr W", body, d, cc=addr("whitcombe")), name

def care6():
    d = rdate(start=(2025, 2, 3), days=60)
    name = "Jayden Morales"
    school = "ridgelinehs.org"
    orig = f"""Hi Ms. Albers,

Thanks again for hosting Thursday - 61 registered, 48 units, a great day.

I wanted to check in on Jayden Morales (11th grade). He got lightheaded after his donation and spent about 30 minutes with us in the canteen; his mom picked him up at 1:20. Our nurse called the house Friday afternoon and he was doing fine. Would you mind keeping an eye on him today and letting his teachers know he may need to step out for water?

His mom also asked for a copy of the signed parent consent form - I've attached it to his file and can send it to you or to her directly, whichever you prefer.

Marcus Delgado
Account Manager, Schools & Employers
Cascadia Blood Network | (253) 555-0161
"""
    d2 = later(d, hours=3)
    body = f"""Marcus,

Saw him in first period, he looks good, says he wants to do the spring drive too (mom may have something to say about that!). I'll tell his teachers. Please send the consent copy to me and I'll put it in his health file here.

Debbie Albers, RN
School Nurse, Ridgeline High School
(253) 555-0119

{on_wrote(d, 'Marcus Delgado <mdelgado@' + DOM + '>')}
{quote(orig)}
"""
    return build("Debbie Albers <dalbers@" + school + ">", addr("delgado"),
                 "Re: follow up from Thursday's blood drive", body, d2,
                 in_reply_to=fake_ref(DOM)), name

def care7():
    d = rdate(start=(2025, 4, 21), days=5)
    name = "Gloria Peña"
    clinic = "summitortho.net"
    orig = f"""Good morning,

We have a patient of Dr. Tamsin Ruiz who needs two autologous units collected before her surgery at Mercy Ridge on 6/3.

Patient: Gloria Peña
DOB: 08/22/1958
Phone: {phone()} (husband Luis answers, that's fine)

The signed physician order was faxed to your patient services fax this morning (4 pages). She uses a walker and her husband drives her, so ground floor and close parking please. Mornings are better for them.

Thank you,
Brianna Holt
Surgery Scheduler, Summit Orthopedic Associates
P 253-555-0178  F 253-555-0179
"""
    d2 = later(d, hours=5, minutes=20)
    body = f"""Hi Brianna,

Order received. I've booked Mrs. Peña at our Eastgate Donor Center (ground floor, 3 reserved spots by the side door):

  Draw 1 - Tue 5/13 at 9:00 AM
  Draw 2 - Tue 5/20 at 9:00 AM

Both units will be labeled for Mercy Ridge and shipped to their transfusion service by 5/30. I'll call Luis today to confirm and go over what to bring (photo ID, a list of her medications, a good breakfast).

Sandra

{sig('okonkwo', phone='(253) 555-0152', fax='(253) 555-0153')}

-----Original Message-----
From: Brianna Holt <bholt@{clinic}>
Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}
To: Patient Services <patientservices@{DOM}>
Subject: autologous request - Pena

{orig}"""
    return build(addr("okonkwo"), f"Brianna Holt <bholt@{clinic}>",
                 "RE: autologous request - Pena", body, d2,
                 cc="Patient Services <patientservices@" + DOM + ">"), name

def care8():
    d = rdate()
    name = "Thomas Greer"
    body = f"""Hi mailroom team,

Could you please send out the following today or tomorrow:

  1 bottle iron supplement (60 ct, the donor-giveaway stock in the closet)
  1 "Eating Well Between Donations" brochure
  1 handwritten-style thank you card (the blue ones)

To:
  Thomas Greer
  1190 Sumner Ave
  Tacoma, WA 98405

He's been turned away twice now at Southport and was pretty discouraged - Luz promised him we'd send this. Please put it on the Southport cost center (4410).

Thanks!!
Luz

Sent from my iPhone
"""
    return build(addr("reyes"), "Mailroom <mailroom@" + DOM + ">",
                 "mail out for a donor pls", body, d), name

# ================================================================ PHI: ids
def ids1():
    d = rdate()
    unit = din(24)
    case = f"LB-2025-0{random.randint(10, 40)}"
    m = "00" + digits(6)
    body = f"""Transfusion Service, Mercy Ridge Medical Center
Attn: Blood Bank Supervisor

Re: Recipient tracing {case}

A donor whose prior components were distributed to your facility has had a subsequent test result that requires lookback under 21 CFR 610.47/610.48. Our records show:

  DIN / product:     {unit} / E0336 RBC, AS-1, leukoreduced
  Shipped:           02/06/2024, invoice 24-0206-117
  Your disposition:  transfused 02/11/2024 to MRN {m}

Please confirm within 30 days:
  1. Recipient status (living / deceased, date if known)
  2. Name of the recipient's physician of record
  3. Whether the recipient or physician has been notified, and date

The attached response form can be faxed to (253) 555-0195 or returned by secure email. Please do not put the recipient's name in the subject line of any reply.

Thank you,
{sig('carrow', phone='(253) 555-0194', fax='(253) 555-0195')}

{DISCLAIMER}
"""
    form = f"""CASCADIA BLOOD NETWORK - RECIPIENT NOTIFICATION RESPONSE
Case: {case}
DIN: {unit}
Hospital MRN: {m}
Recipient status: [ ] living  [ ] deceased  Date: ________
Physician of record: ______________________
Physician notified on: ________  Recipient notified on: ________
Completed by: ______________  Title: __________  Phone: ____________
"""
    return build(addr("carrow"), "MRMC Blood Bank <bloodbank@" + HOSP_MR + ">",
                 f"Recipient tracing {case} - response requested", body, d,
                 atts=[(f"{case}_response_form.pdf", "application/pdf",
                        pdf(form.splitlines(), title=case))]), ""

def ids2():
    d = rdate()
    did = "D" + digits(7)
    body = f"""Dr. W,

Reentry request from donor {did}, DOB 04/17/1979. Deferred 11/2023 under code 14 (travel, malaria risk - 5 weeks in Ghana). Donor states no fever or illness since return, no antimalarials beyond the prophylaxis course. Return date was 10/28/2023, so the 12 mo window has passed but the system still shows the indefinite flag because it was keyed as 3 yr residence instead of travel.

Can you review and sign the override so I can correct the code? Form is in your tray, I also saved it to the Deferral Review folder as {did}_reentry.pdf.

Linh Nguyen
Donor Services Specialist | x4417
"""
    return build(addr("nguyen"), addr("whitcombe"), f"reentry review {did}", body, d), ""

def ids3():
    d = rdate(start=(2025, 4, 1), days=40)
    claim = "2025031400" + digits(3)
    mem = "EVM" + digits(9)
    payer = "evergreenmutual.com"
    orig = f"""Provider: Cascadia Blood Network - Patient Services  NPI 1{digits(9)}
Claim #: {claim}
Member ID: {mem}
DOS: 03/14/2025
CPT 99195 x1, ICD-10 E83.110
Status: DENIED - CARC 50 (not deemed a medical necessity)

To request reconsideration please submit the ordering physician's order and the last two ferritin / transferrin saturation results within 60 days of the remit date.

Provider Relations | Evergreen Mutual Health Plan
1-800-555-0112 opt 3
"""
    d2 = later(d, days=1, hours=2)
    body = f"""Hi,

Attached is the order from Dr. Mehta dated 01/06/2025 and the labs from 12/19/2024 and 02/27/2025 for this member. This is a standing therapeutic order (every 8 weeks) and the prior three visits under the same order were paid, so I think the denial came from the new modifier edit. Please reprocess claim {claim}.

Thank you,
{sig('okonkwo', phone='(253) 555-0152', fax='(253) 555-0153')}

> {orig.replace(chr(10), chr(10) + '> ')}
"""
    return build(addr("okonkwo"), f"Provider Relations <providerrelations@{payer}>",
                 f"Reconsideration - claim {claim}", body, d2,
                 atts=[(f"recon_{claim}.pdf", "application/pdf",
                        pdf([f"Reconsideration request claim {claim}", f"Member {mem}",
                             "DOS 03/14/2025  CPT 99195",
                             "Enclosed: physician order 01/06/2025; ferritin 12/19/2024 (612 ng/mL),",
                             "ferritin 02/27/2025 (488 ng/mL), TSAT 58%."], title="Reconsideration"))]), ""

def ids4():
    d = rdate()
    inv = f"INV-{d.strftime('%y%m%d')}-{random.randint(3000, 3999)}"
    acct = digits(7)
    body = f"""Hi CBN billing,

Question on {inv}, lines 14-17. You have 4 units of apheresis platelets charged on {mdy0(later(d, days=-9))} and all four are referenced to our patient account {acct}. Per our blood bank log only 3 were transfused to this patient - the 4th was returned to inventory inside the 30-minute window and later reissued to a different patient under acct {digits(7)} (that one is billed separately on line 22, so we're being charged twice).

Can you credit one unit (E3090 platelet, $612.00) and send a corrected invoice? Blood bank return slip attached.

Thanks,
Jerome Whitley
Revenue Integrity Analyst, Lakeshore Regional Hospital
(425) 555-0127
"""
    return build(f"Jerome Whitley <jwhitley@{HOSP_LS}>", "Accounts Receivable <ar@" + DOM + ">",
                 f"Billing dispute {inv}", body, d,
                 atts=[("return_slip.png", "image/png", png(120, 160, (250, 250, 250), (60, 60, 60), "blank"))]), ""

def ids5():
    d = rdate()
    case = f"EH-24-0{random.randint(100, 199)}"
    emp = digits(5)
    src = din(24)
    body = f"""Chidi,

Update on {case} (employee #{emp}), needlestick during teardown at the Bellbrook mobile on {mdy(later(d, days=-16))}.

- Source unit {src}: all markers nonreactive on routine testing, source follow-up complete.
- Employee baseline drawn at occupational health same day; they decided no PEP needed after the source results came back.
- 6-week and 12-week follow-up draws are booked; employee has the dates.
- Incident report and OSHA 300 log entry done.

Please keep this to you and Irina's supervisor only. The employee has asked that the crew not be told who it was.

Thanks,
Holly Sturgeon, RN, COHN
Employee Health
"""
    return build("Holly Sturgeon <hsturgeon@" + DOM + ">", addr("abara"),
                 f"{case} follow up", body, d), ""

def ids6():
    d = rdate()
    did = "N" + digits(7)
    body = f"""Team -

Certified letter #2 to donor {did} (DOB 12/02/1991) came back today marked UNCLAIMED / RETURN TO SENDER. Address on file: 2281 Fenwick Rd Apt 3, Lakewood WA 98499. This is the confirmatory results letter for the anti-HCV / HCV NAT from the {mdy(later(d, days=-41))} donation.

Phone on file {phone()} is disconnected (tried twice). Per SOP DS-112 the third attempt goes to the email on the donor record - Rafael, can you send the "please contact us" template (no results in the email!) and log it?

If no response in 14 days we close as unable to notify and the deferral stays in place.

Mireille
"""
    return build(addr("jeanbaptiste"), "Donor Notification <notification@" + DOM + ">",
                 f"returned mail - {did}", body, d, cc=addr("ibarra")), ""

def ids7():
    d = rdate(start=(2025, 1, 20), days=20)
    pl = f"PL-{random.randint(10, 99)}-{digits(5)}"
    ssn4 = digits(4)
    body = f"""Keisha,

Flagging donor {pl} (SSN ending {ssn4}) - total protein came back 5.7 g/dL on 1/8 and 5.9 g/dL on 1/22. Two in a row under 6.0 so per the plasma SOP they need a hold until the medical review. They're booked again Friday at 4:30 - please have the front desk pull them aside before screening and explain, nicely, they've been coming twice a week since July.

I put a note in the donor file but the hold has to be entered by a manager.

Maricel
RN, Apheresis
"""
    return build(addr("santos"), addr("morrow"), f"protein hold - {pl}", body, d), ""

def ids8():
    d = rdate()
    p1 = digits(9) + "WA"
    body = f"""Hi Sandra,

New therapeutic phlebotomy referral from Dr. Okafor's office (Harbor Pines Hematology).

ProviderOne ID: {p1}
DOB: 06/30/1964
Dx on order: D45 - remove 500 mL when Hct > 45%, check Hct each visit
Frequency: weekly x 4, then reassess

Eligibility checked this morning - active Apple Health managed care through 6/30, no PA required for 99195 per the plan grid. First visit penciled in for Wed 7/2 at Eastgate 8:30am, patient confirmed by phone.

Order scan attached.

Tiffany
Patient Services Intake
"""
    return build("Tiffany Mooers <tmooers@" + DOM + ">", addr("okonkwo"),
                 "new TP referral - eligibility ok", body, d,
                 atts=[("TP_order_scan.pdf", "application/pdf",
                        pdf(["HARBOR PINES HEMATOLOGY - THERAPEUTIC PHLEBOTOMY ORDER",
                             f"Medicaid ID: {p1}   DOB: 06/30/1964",
                             "Diagnosis: D45 Polycythemia vera",
                             "Remove 500 mL whole blood when Hct > 45%. Weekly x4 then reassess.",
                             "Ordering physician: Adaeze Okafor, MD   NPI 1" + digits(9)],
                            title="TP order"))]), ""

# ================================================================ PHI: lang
def lang1():
    d = rdate()
    name = "Julio Ramírez"
    back = later(d, days=56)
    body = f"""Estimado Sr. Ramírez:

Le escribo de parte del Centro de Plasma de Kent para darle seguimiento a su visita del sábado. Como le explicó la enfermera, su hemoglobina salió en 12.1 g/dL y el mínimo para donar es 13.0 para hombres, así que no pudo donar ese día. Esto no quiere decir que esté enfermo, pero le recomendamos que lo hable con su médico, sobre todo porque nos comentó que se ha sentido más cansado de lo normal.

Puede volver a intentarlo a partir del {back.day} de {['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][back.month-1]}. Mientras tanto, trate de comer alimentos con hierro (frijoles, lentejas, carne roja, espinacas) y tomar algo con vitamina C en las comidas.

Cancelé su cita del próximo miércoles a las 5:15 p. m. para que no venga en vano. Si gusta, le puedo agendar una nueva cita cuando ya pueda volver.

Cualquier duda me puede llamar o mandar un mensaje de texto al (253) 555-0163.

Atentamente,

Yesenia Vasquez
Coordinadora de Reclutamiento de Donantes
Cascadia Blood Network - Centro de Plasma de Kent

{DISCLAIMER}
"""
    return build(addr("vasquez"), "Julio Ramirez <jramirez.kent@sundial.net>",
                 "Seguimiento de su visita del sábado", body, d,
                 html=html_of(body)), name

def lang2():
    d = rdate(start=(2025, 2, 10), days=20)
    name = "Phạm Thị Hồng"
    orig = f"""Chào chị Linh,

Em là Phạm Thị Hồng, em hiến máu ở trung tâm Eastgate ngày 3 tháng 2. Hôm qua em nhận được thư nói là máu của em có kết quả xét nghiệm viêm gan B "phản ứng" và em không được hiến máu nữa. Em đọc không hiểu hết, em lo lắm.

Em đang có thai 4 tháng, như vậy có ảnh hưởng gì đến em bé không chị? Chị gọi lại cho em được không, số em là {phone('253')}. Em làm ca sáng, sau 2 giờ chiều là em nghe máy được.

Em cảm ơn chị nhiều.
Hồng
"""
    d2 = later(d, hours=2, minutes=5)
    body = f"""Chào Hồng,

Chị nhận được email của em rồi. Em đừng lo quá nhé. Kết quả "phản ứng" nghĩa là cần làm thêm xét nghiệm để xác nhận, chưa phải là chẩn đoán.

Vì em đang mang thai, em nên báo cho bác sĩ sản khoa của em trong tuần này để bác sĩ xét nghiệm lại và theo dõi cho em bé. Chị đã hẹn cho em nói chuyện qua điện thoại với bác sĩ Whitcombe (giám đốc y khoa của trung tâm) vào thứ Năm lúc 2 giờ 30 chiều, có thông dịch viên tiếng Việt. Chị sẽ gửi cho em bản sao kết quả để em mang đến bác sĩ.

Chiều nay sau 2 giờ chị sẽ gọi em.

Chị Linh
Linh Nguyen | Donor Services Specialist | Cascadia Blood Network
(253) 555-0144

{on_wrote(d, 'Hong Pham <hongpham.tt@pinemail.net>')}
{quote(orig)}
"""
    return build(addr("nguyen"), "Hong Pham <hongpham.tt@pinemail.net>",
                 "Re: thư kết quả xét nghiệm", body, d2, cc=addr("ibarra"),
                 in_reply_to=fake_ref("pinemail.net")), name

def lang3():
    d = rdate(start=(2025, 3, 3), days=8)
    name = "陈秀兰 (Chen Xiulan)"
    body = f"""您好，

我叫王建国。我母亲陈秀兰（Chen Xiulan，1951年出生）下周二（3月18日）要在Mercy Ridge医院做心脏搭桥手术，医生说手术中可能需要输血。

我和我弟弟都是O型血，身体都很好，想问一下能不能为母亲做"定向献血"？需要办什么手续？是不是要她的医生开证明？时间来得及吗？

另外，我母亲很怕输血，她十几年前输过一次血以后发烧、全身起疹子。这个情况需要告诉你们或者医院的血库吗？

我的电话：(425) 555-0181，白天随时可以打。

谢谢！
王建国
"""
    return build("Jianguo Wang <jgwang1975@examplemail.com>",
                 "Patient Services <patientservices@" + DOM + ">",
                 "关于为母亲定向献血的咨询", body, d), name

def lang4():
    d = rdate()
    name = "Виктор Мельников"
    body = f"""Лена, привет!

Вчера у донора Виктора Мельникова (плазма, кресло 4, вечерняя смена) после процедуры появилась большая гематома на левом локтевом сгибе, примерно 6 на 8 см. Жаловался, что немеют пальцы. Приложила холод, держали 20 минут, заполнила форму реакции (AR-{random.randint(400, 499)}). Сказала ему: если онемение не пройдёт до завтра, звонить нам и идти к врачу.

Можешь сегодня ему позвонить и узнать, как рука? Телефон в карте. И отметь, пожалуйста, чтобы в следующий раз кололи правую руку - он сказал, что левая у него всегда болит после сдачи.

Кейше я уже сказала.

Спасибо!
Ира

Отправлено с iPhone
"""
    return build(addr("sokolov"), "Elena Markova <emarkova@" + DOM + ">",
                 "донор с гематомой вчера", body, d), name

def lang5():
    d = rdate()
    name = "Roselène Joseph"
    body = f"""Bonjou Madanm Joseph,

Se Mireille Jean-Baptiste, mwen travay nan Cascadia Blood Network. Mwen te eseye rele w jodi a nan {phone()} men mwen pa t jwenn ou, kidonk m ap ekri w.

Apre dènye don san ou te fè nan sant Southport la ({mdy(later(d, days=-18))}), laboratwa a jwenn yon rezilta nan tès san ou ke nou bezwen esplike w. Pa pè, sa pa vle di ou malad, men nou bezwen fè yon dezyèm tès pou nou konfime. Pou kounye a ou pa ka bay san ankò jiskaske nou fin pale.

Tanpri rele m nan (253) 555-0156, lendi rive vandredi, 8è nan maten rive 4è nan apremidi. Si w prefere, nou ka pale an kreyòl oswa an franse. Tout sa nou pale rete konfidansyèl.

Mèsi anpil, e mèsi pou don ou yo.

Mireille Jean-Baptiste
Donor Advocate | Cascadia Blood Network
(253) 555-0156
"""
    return build(addr("jeanbaptiste"), "Roselene Joseph <rjoseph.tac@sundial.net>",
                 "Tanpri rele m - Cascadia Blood Network", body, d), name

def lang6():
    d = rdate(hour=(16, 19))
    name = "Ernesto Villanueva"
    body = f"""Ate Joy,

Pasensya na late na 'to. Yung donor natin kanina, si Mr. Ernesto Villanueva (yung matangkad, regular sa Tuesday), nahilo siya pagkatapos ng donation - bumaba BP niya 88/54 tapos pinagpawisan ng malamig. Pinahiga namin, tinaas yung paa, binigyan ng juice, after 25 mins okay na siya, 112/70 na. Sinundo siya ng anak niya.

Pakitawagan mo naman siya bukas ng umaga para i-check kung okay na siya, tapos i-document mo sa reaction log. Sabi ni Dr. W baka i-defer muna siya ng 8 weeks bago ulit mag-donate, hintayin natin yung sign off niya.

Salamat po!
Maricel

Sent from my Galaxy
"""
    return build(addr("santos"), "Joy Dimaculangan <jdimaculangan@" + DOM + ">",
                 "si Mr. Villanueva kanina", body, d), name

def lang7():
    d = rdate()
    name = "Fernanda Albuquerque"
    body = f"""Olá,

Meu nome é Fernanda Albuquerque, sou doadora no centro de Southport há uns 3 anos. Ontem fui recusada pela terceira vez seguida por causa da hemoglobina baixa (deu 11,9). A enfermeira falou para eu procurar meu médico e ele me receitou sulfato ferroso por 3 meses.

Queria saber: posso continuar agendando ou preciso esperar terminar o tratamento? E posso doar plasma em vez de sangue total enquanto isso?

Minha data de nascimento é 14/09/1988, caso precisem para achar meu cadastro. Meu telefone é (253) 555-0129.

Obrigada,
Fernanda

Enviado do meu celular
"""
    return build("Fernanda Albuquerque <fe.albuquerque@coolmail.org>",
                 "Donor Services <donorservices@" + DOM + ">",
                 "dúvida sobre doação - hemoglobina baixa", body, d), name

def lang8():
    d = rdate(start=(2025, 4, 1), days=30)
    name = "김민지"
    body = f"""안녕하세요,

저는 김민지라고 합니다 (생년월일 1997년 5월 3일). 작년부터 Eastgate 센터에서 정기적으로 헌혈하고 있습니다.

다음 주 토요일 오전 10시에 헌혈 예약이 되어 있는데, 3주 전부터 피부과에서 처방받은 이소트레티노인(여드름 약)을 먹고 있습니다. 이 약을 복용하는 중에는 헌혈하면 안 된다고 들었는데 맞나요? 약은 6월 말까지 먹을 예정입니다.

안 된다면 예약을 취소해 주시고, 언제부터 다시 헌혈할 수 있는지 알려주시면 감사하겠습니다.

감사합니다.
김민지 드림
(206) 555-0143
"""
    return build("Minji Kim <minji.kim97@examplemail.com>",
                 "Donor Services <donorservices@" + DOM + ">",
                 "헌혈 예약 관련 문의 (복용 중인 약)", body, d), name

# ================================================================ PHI: lists
def lists1():
    d = rdate(hour=(17, 19))
    rows = [
        ("08:12", "Tremblay, Josee",   donor_id(), "Hgb 12.2 (F min 12.5)",        "temp", "+8 wk"),
        ("08:40", "Okoro, Samuel",     donor_id(), "BP 186/104",                  "temp", "next visit"),
        ("09:05", "Lund, Patricia",    donor_id(), "new tattoo 3 wks, unlicensed", "temp", "+3 mo"),
        ("10:22", "Baptiste, Wesner",  donor_id(), "pulse 112 irregular",         "temp", "MD review"),
        ("11:47", "Castillo, Dana",    donor_id(), "on Eliquis",                  "temp", "2 d after last dose"),
        ("13:15", "Whitfield, Gary",   donor_id(), "Hgb 12.7 (M min 13.0)",       "temp", "+8 wk"),
        ("14:30", "Aydin, Selin",      donor_id(), "temp 100.4F, sore throat",    "temp", "when well"),
        ("15:58", "Pruitt-Lowe, Ken",  donor_id(), "hx hep B at 19 (self-report)", "PERM", "--"),
    ]
    lines = [f"{'Time':<6} {'Donor':<19} {'Donor ID':<10} {'Reason':<30} {'Type':<5} Re-elig"]
    lines.append("-" * 86)
    for r in rows:
        lines.append(f"{r[0]:<6} {r[1]:<19} {r[2]:<10} {r[3]:<30} {r[4]:<5} {r[5]}")
    table = "\n".join(lines)
    body = f"""Ana,

Eastgate deferrals for today below - 8 total out of 71 presenting. The Pruitt-Lowe one needs Dr W's sign off on the permanent code before the record locks, he was upset so I told him someone would call.

{table}

Also Samuel Okoro's BP was high on the recheck too (181/100), I told him to see his doctor this week.

Anh
"""
    names = "; ".join(r[1] for r in rows)
    return build(addr("tran"), addr("ferreira"),
                 f"Eastgate deferrals {d.strftime('%m/%d')}", body, d), names

def lists2():
    d = rdate()
    case = f"LB-2024-0{random.randint(50, 99)}"
    rows = [
        ("Greenleaf, Martin", "00" + digits(6), "03/02/1947", din(23), "11/14/2023", "Living - PCP notified 1/9"),
        ("Soto, Araceli",     "00" + digits(6), "07/21/1983", din(23), "11/20/2023", "Living - notif pending"),
        ("Hwang, Daniel",     "00" + digits(6), "12/05/2016", din(23), "12/01/2023", "Living - parents notified"),
        ("Boateng, Comfort",  "00" + digits(6), "05/30/1939", din(23), "12/03/2023", "Deceased 02/2024"),
    ]
    t = ["Recipient          | MRN       | DOB        | DIN              | Transfused | Status",
         "-------------------|-----------|------------|------------------|------------|---------------------------"]
    for r in rows:
        t.append(f"{r[0]:<19}| {r[1]:<10}| {r[2]} | {r[3]} | {r[4]} | {r[5]}")
    table = "\n".join(t)
    orig = f"""Please provide recipient disposition for the four components listed on the attached case sheet ({case}). Thank you. - Beth"""
    body = f"""Beth,

Here's what we have for {case}. Dr. Kessler (Peds Heme) called the Hwang family himself on the 12th. Ms. Soto has moved out of state; we're working with her new PCP's office and I'll update you when the letter is confirmed delivered.

{table}

Let me know if you need the transfusion administration records for any of these.

Ravi Bhattacharya, MLS(ASCP)SBB
Blood Bank Lead, Lakeshore Regional Hospital
425-555-0136

{outlook_hdr(addr('carrow'), later(d, days=-20), 'Blood Bank <bloodbank@' + HOSP_LS + '>', 'Recipient tracing ' + case)}

{orig}
"""
    return build(f"Ravi Bhattacharya <rbhattacharya@{HOSP_LS}>", addr("carrow"),
                 f"RE: Recipient tracing {case}", body, d), "; ".join(r[0] for r in rows)

def lists3():
    d = rdate(start=(2025, 3, 2), days=5)
    header = ["AR_ID", "Date", "Site", "Donor_Name", "Donor_ID", "DOB", "Procedure",
              "Reaction", "Severity", "Outcome", "Follow_up_by"]
    people = [("Helen Marchetti", "1962-04-11"), ("Jordan Pike", "2006-09-30"),
              ("Samira Haddad", "1994-01-18"), ("Tyrone Gaskins", "1978-06-02"),
              ("Bao Lam", "2001-12-25"), ("Kristin Ahlberg", "1985-03-07"),
              ("Devon Rourke", "2007-02-14")]
    reacts = [("WB", "vasovagal, no LOC", "mild", "recovered on site"),
              ("WB", "vasovagal w/ LOC, fall", "moderate", "ED visit, released"),
              ("Plasma", "citrate - perioral tingling", "mild", "Ca carbonate, completed"),
              ("DRBC", "hematoma L AC", "mild", "ice, resolved 5 d"),
              ("WB", "delayed faint at home", "moderate", "phone f/u, ok"),
              ("Plt", "nerve irritation, tingling fingers", "moderate", "referred PCP"),
              ("WB", "vasovagal, no LOC", "mild", "recovered on site")]
    sites = ["Eastgate", "Mobile - Ridgeline HS", "Kent Plasma", "Southport", "Mobile - Orca Logistics",
             "Eastgate", "Mobile - Ridgeline HS"]
    rows = [header]
    for i, (p, r, s) in enumerate(zip(people, reacts, sites)):
        dd = datetime.date(2025, 2, 3 + i * 3)
        rows.append([f"AR-25-{171 + i:04d}", dd.isoformat(), s, p[0], donor_id(), p[1], r[0], r[1], r[2], r[3],
                     random.choice(["R. Ibarra", "M. Santos", "C. Abara"])])
    body = f"""Gwen,

February adverse reaction log attached for the QA committee packet. 7 reactions, 2 moderate. The Ridgeline fall (AR-25-0172) already went through the serious-event review with Dr. Whitcombe; parent was notified same day.

Please strip the names/DOBs before it goes into the board slides.

Chidi

{sig('abara')}
"""
    return build(addr("abara"), addr("albright"), "Feb AR log", body, d,
                 atts=[("AR_log_2025-02.csv", "text/csv", csv_text(rows))]), "; ".join(p[0] for p in people)

def lists4():
    d = rdate()
    rows = [["Patient", "MRN", "DOB", "Diagnosis", "Antibodies", "Units must be neg for",
             "Next transfusion", "Units/visit"],
            ["Mensah, Kwame", "00" + digits(6), "2011-08-19", "Sickle cell (HbSS)", "anti-E, anti-K",
             "C, E, K, Jkb", "2025-0" + str(random.randint(3, 5)) + "-1" + str(random.randint(0, 9)), 2],
            ["Ellison, Tanisha", "00" + digits(6), "1996-02-03", "Sickle cell (HbSS)", "anti-Fya",
             "C, E, K, Fya", "2025-04-02", 3],
            ["Diallo, Aminata", "00" + digits(6), "2015-11-27", "Sickle cell (HbSC)", "none",
             "C, E, K", "2025-04-09", 1],
            ["Rowe, Marcus", "00" + digits(6), "1988-07-15", "Beta thal major", "anti-c, anti-Jka",
             "c, E, K, Jka", "2025-04-03", 2]]
    body = f"""Hi Lorraine,

Attached is the updated chronic transfusion list for April. Tanisha Ellison picked up a new anti-Fya last month so she's been added to the Fya-neg column. Kwame's dates may slide a week - his mom called about a school trip.

Can you confirm you'll have the antigen-negative units for the first two weeks? Marcus Rowe needs 2 units on the 3rd and last time we only got one in time.

Thanks,
Carla

Carla Jenkins, MT(ASCP)
Transfusion Service Supervisor, Harbor Pines Health
"""
    return build(f"Carla Jenkins <cjenkins@{HOSP_HP}>", addr("haskell"),
                 "April chronic tx list - antigen neg units", body, d,
                 cc=addr("sethi"),
                 atts=[("HPH_chronic_tx_April.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx(rows, "April"))]), "; ".join(r[0] for r in rows[1:])

def lists5():
    d = rdate()
    people = [("Dana Whitfield", "03/19/1990", "anti-HBc reactive x2, HBsAg neg"),
              ("Oscar Lindqvist", "11/02/1971", "HCV NAT reactive, anti-HCV reactive"),
              ("Tamika Rhodes", "08/08/1999", "T. pallidum Ab reactive, RPR pending"),
              ("Jae-won Seo", "01/26/1984", "anti-HTLV-I/II repeat reactive"),
              ("Caroline Beaumont", "05/14/1966", "Chagas (T. cruzi) screen reactive, confirm pending")]
    lines = "\n".join(f"{n} - {b} - {r}" for n, b, r in people)
    body = f"""Rafael,

Callbacks for this week (letters went out Monday, none have called in yet):

{lines}

Oscar Lindqvist called the front desk on Tuesday but hung up before transfer - can you try him first? Caroline Beaumont's letter may have gone to an old address, phone is current.

Thanks -
Mireille
"""
    return build(addr("jeanbaptiste"), addr("ibarra"), "callbacks this week", body, d), "; ".join(p[0] for p in people)

def lists6():
    d = rdate(start=(2025, 2, 20), days=30)
    rows = [("Student", "Grade", "Age", "What happened", "Parent contacted", "By"),
            ("Ava Lindholm", "11", "17", "fainted ~2 min after, brief LOC, no injury", "Y - mom 12:40", "RI"),
            ("Jayden Morales", "11", "16", "lightheaded, 30 min canteen", "Y - mom pickup", "RI"),
            ("Sofia Petrakis", "12", "18", "hematoma R arm", "n/a (18)", "AT"),
            ("Tyler Nwosu", "10", "16", "nausea, vomited x1", "Y - dad 1:15", "RI"),
            ("Lily Huang", "12", "17", "deferred - Hgb 11.8", "Y - voicemail", "AT"),
            ("Caleb Brandt", "11", "16", "deferred - wt under 110 lb w/ ht", "Y - mom", "AT")]
    table = "\n".join("\t".join(r) for r in rows)
    body = f"""Hi Debbie,

Pasting the follow up list from our sheet so you have it for your records (I know the formatting is weird from Excel sorry)

{table}

Everyone was doing fine by the time they left. Ava's mom said she'll take her to her doctor before the next drive, which we support. Let me know if any parents reach out to you with questions.

Thanks again for a great drive!
Marcus

Marcus Delgado | Account Manager, Schools & Employers
Cascadia Blood Network | (253) 555-0161
{DISCLAIMER2}
"""
    return build(addr("delgado"), "Debbie Albers <dalbers@ridgelinehs.org>",
                 "Ridgeline drive - student follow up list", body, d,
                 cc=addr("ibarra")), "; ".join(r[0] for r in rows[1:])

def lists7():
    d = rdate()
    wk = later(d, days=(7 - d.weekday()) % 7 or 7)
    sched = [
        ("Mon", "8:30", "Ostrander, Judith", "Dr. Mehta", "remove 500 mL if ferritin >100; last 212"),
        ("Mon", "9:30", "Fairbanks, Lloyd", "Dr. Okafor", "PV - Hct goal <45; last 47%"),
        ("Tue", "8:30", "Delgado-Ruiz, Hector", "Dr. Mehta", "HH - q8wk maintenance"),
        ("Wed", "8:30", "Szabo, Erika", "Dr. Lin", "HH - weekly induction, wk 6 of 12"),
        ("Wed", "10:00", "Quintero, Ray", "Dr. Okafor", "PV - new pt, 1st visit, needs consent"),
        ("Thu", "9:00", "Marsh, Eleanor", "Dr. Lin", "porphyria cutanea tarda, 450 mL"),
        ("Fri", "8:30", "Fairbanks, Lloyd", "Dr. Okafor", "PV - recheck Hct only unless >45"),
    ]
    lines = "\n".join(f"- {a} {b} -- {c} -- {e} -- {f}" for a, b, c, e, f in sched)
    body = f"""Eastgate therapeutic schedule, week of {mdy(wk)}:

{lines}

Reminders: TP units are NOT labeled for transfusion - red discard label, and log them on the TP sheet, not the donor log. Mr. Quintero's order came through Apple Health so Sandra needs the signed consent scanned same day.

Ana
"""
    return build(addr("ferreira"), "Eastgate RNs <eastgate-rn@" + DOM + ">",
                 f"TP schedule wk of {wk.month}/{wk.day}", body, d,
                 cc=addr("okonkwo")), "; ".join(sorted(set(s[2] for s in sched), key=[s[2] for s in sched].index))

# ================================================================ PHI: names
def names1():
    d = rdate()
    name = "Mrs. Delacroix"
    body = f"""Chidi,

FYI Mrs. Delacroix had the tingling around her lips again today during her platelet collection, about 45 minutes in - same as in January. Gave her 2 Tums, slowed the return rate, and she finished the procedure fine, no further symptoms. She's such a trooper, she was more worried about holding up the next donor.

That's twice now on the triple-platelet protocol. Do you want to ask Dr. W if we should switch her to double collections only, or add the calcium drip for her? I flagged her chart in the meantime so whoever's on Thursday knows.

Maricel
"""
    return build(addr("santos"), addr("abara"), "citrate again - Mrs D", body, d), name

def names2():
    d = rdate(start=(2025, 3, 24), days=10)
    name = "Bernard Quist"
    body = """he's past the 12 month wait from the transfusions he got after the car accident last March (discharged 3/29 per his letter from the hospital). ok to unlock? he has a platelet appt 4/9 and he's asked twice.

L
"""
    return build(addr("nguyen"), addr("abara"), "Bernard Quist", body, d), name

def names3():
    d = rdate()
    name = "Vivian Ng"
    orig = f"""Gwen - Quick question on the deferral queue. Ng, Vivian: anti-HBc repeat reactive on the {mdy(later(d, days=-30))} donation, and the prior one (about 14 months ago) was also anti-HBc reactive with nonreactive HBsAg/HBV NAT. Does that put her into permanent deferral under the 2 reactive anti-HBc rule, or does the old one not count because it was on a different assay?

Beth"""
    d2 = later(d, hours=4)
    body = f"""It counts - the rule is two anti-HBc reactive donations regardless of the manufacturer, as long as both were licensed screening tests. So Ms. Ng goes to permanent deferral and you can release the lookback on the first one as "no further action" since the HBV NAT on both was nonreactive.

Rafael should do the notification call, she's a 20-gallon donor and this is going to be hard news. Please make sure the letter uses the new wording about her own doctor checking her liver tests.

Gwen

Gwen Albright, MT(ASCP), CQA(ASQ)
Quality Assurance Manager | Cascadia Blood Network
(253) 555-0120

{on_wrote(d, 'Beth Carrow <bcarrow@' + DOM + '>')}
{quote(orig)}
"""
    return build(addr("albright"), addr("carrow"), "Re: deferral question", body, d2,
                 cc=addr("ibarra"), in_reply_to=fake_ref(DOM)), name

def names4():
    d = rdate()
    name = "Michael Torvik"
    emp = "orcalogistics.net"
    orig = f"""Hi Marcus, thanks for coming out yesterday, everyone loved the cookies lol.

Quick thing - Big Mike from the loading dock (Mike T., the guy with the Seahawks beard) told his lead this morning that he passed out in his truck in the parking lot after he donated, before he drove home. He says he's fine and didn't hit anything but his lead was pretty freaked out. I didn't know if your people knew. He's working today but on light duty.

Jess Romano
HR Coordinator | Orca Logistics
"""
    d2 = later(d, hours=1, minutes=20)
    body = f"""Jess,

Thank you for telling me - we didn't know. I've passed it to our nurse, Rafael Ibarra, who will call Michael Torvik today to check on him and document it. A faint after leaving the drive is something we track, and our medical director may ask him to wait longer before his next donation.

For your next drive we'll add a sign by the canteen reminding folks to sit 15 min before driving. If he has any lingering dizziness, he should see his doctor.

Marcus

{sig('delgado', phone='(253) 555-0161')}

{on_wrote(d, 'Jess Romano <jromano@' + emp + '>')}
{quote(orig)}
"""
    return build(addr("delgado"), f"Jess Romano <jromano@{emp}>", "Re: yesterday's drive", body, d2,
                 cc=addr("ibarra")), name

def names5():
    d0 = rdate(start=(2024, 9, 10), days=120)
    d1 = later(d0, hours=20)
    d2 = later(d1, hours=3)
    d3 = later(d2, days=1, hours=2)
    emp = "brightforge-mfg.com"
    name = "Denise Harlow"
    m0 = f"""Hi Tom,

Confirming the bloodmobile for Brightforge on the 22nd, 7am-1pm. Can the coach park in lot C? It's the only spot with a 20A outlet.

Also - Denise Harlow from accounting asked me to pass on that she won't be able to donate this time, she's back on chemo for the breast cancer, but she'd love to help at the canteen table again if that's ok. She wanted your team to know so no one calls to schedule her.

Rob Kettering
Facilities & Safety, Brightforge Manufacturing
"""
    m1 = f"""Rob - lot C works, we need 50 ft clear behind the coach for the lift. Denise is very welcome at canteen, I'll make sure recruitment takes her off the call list. -Tom"""
    m2 = f"""Tom, also can we get the shade tent this time? It was brutal in August. Rob"""
    body = f"""Yes, tent and 2 extra chairs are on the load list. Drivers arrive 6:15, please have the gate open.

Tom Lindgren
Mobile Operations Manager
Cascadia Blood Network
Cell (253) 555-0184

{on_wrote(d2, 'Rob Kettering <rkettering@' + emp + '>')}
> {m2}
>
> {on_wrote(d1, 'Tom Lindgren <tlindgren@' + DOM + '>')}
> > {m1}
> >
> > {on_wrote(d0, 'Rob Kettering <rkettering@' + emp + '>')}
{chr(10).join('> > > ' + l if l.strip() else '> > >' for l in m0.splitlines())}
"""
    return build(addr("lindgren"), f"Rob Kettering <rkettering@{emp}>",
                 "Re: Brightforge drive 10/22 - parking", body, d3,
                 cc=addr("delgado")), name

def names6():
    d = rdate()
    name = "Priya"
    body = f"""Hey Chidi - following up on Priya from the Brightforge drive on the 12th (the engineer with the purple scrubs joke, Priya S.). Her hematoma is still pretty big per her text to Marcus, yellow-green now, about the size of her palm, but she says no numbness. I told her warm compresses after 48h and to send a photo. Do we need an AR form if it's not on the log already? I don't see it under the 12th.

also she wants to know if she can still do the platelet appt next month, I said I'd ask.

Anh"""
    return build(addr("tran"), addr("abara"), "priya bruise f/u", body, d), name

def names7():
    d = rdate()
    name = "Mr. Halvorsen"
    body = f"""Dr. Whitcombe,

We have a suspected TRALI case and I'd like to start the donor investigation with you today.

Mr. Halvorsen, 67, in our CVICU after a valve repair, received 2 units of FFP and 1 unit of apheresis platelets between 14:10 and 16:30 yesterday. At about 17:15 he became acutely hypoxic (sat 78% on 4L), bilateral infiltrates on CXR, no signs of fluid overload (BNP normal, echo unchanged). He was intubated and is stable this morning.

Units involved (from our issue log):
  FFP      {din(25)}
  FFP      {din(25)}
  Plt apher {din(25)}

Could you quarantine any co-components from these donations and start HLA/HNA antibody testing on the donors? His family has asked for updates and the ICU team would appreciate knowing if a donor antibody is found.

Our transfusion reaction report is attached.

Stephen Akerman, MD
Medical Director, Transfusion Service & Transfusion Safety Officer
Lakeshore Regional Hospital | 425-555-0102 (pager 4471)

{DISCLAIMER}
"""
    return build(f"Stephen Akerman <sakerman@{HOSP_LS}>", addr("whitcombe"),
                 "Suspected TRALI - donor investigation request", body, d,
                 cc=[addr("albright"), addr("haskell")],
                 atts=[("TRX_report.pdf", "application/pdf",
                        pdf(["LAKESHORE REGIONAL HOSPITAL - TRANSFUSION REACTION REPORT",
                             "Patient: HALVORSEN, ERIK   Age 67   Unit: CVICU",
                             "Products: FFP x2, Apheresis platelet x1",
                             "Onset 17:15, SpO2 78% on 4L NC, bilateral infiltrates.",
                             "Impression: possible TRALI. Reported to supplier."],
                            title="Transfusion reaction report"))]), "Erik Halvorsen"

def names8():
    d = rdate(start=(2025, 5, 1), days=30)
    name = "Esther Lindqvist"
    body = f"""Yesenia,

Before the "Summer Heroes" call list goes out - please pull Esther Lindqvist off it. She called me directly last week; she's been deferred since March because of the new heart medication and she was upset to get the last two reminder texts. Her husband Carl is on dialysis three evenings a week now anyway so she said please stop calling after 5.

She said she'll let us know herself if her cardiologist ever clears her. I've added a note in the recruitment CRM but I don't think it suppresses the auto-texts.

Thanks,
Naomi

Naomi Whitcombe, MD
Medical Director | Cascadia Blood Network
"""
    return build(addr("whitcombe"), addr("vasquez"), "call list - please remove one donor", body, d), name

# ================================================================ PHI: self
def self1():
    d = rdate()
    name = "Dana Whitfield"
    body = f"""Hello,

I got a letter in the mail today from you saying something about my last donation and that I should call about "test results" and that I shouldn't give blood again until I talk to someone. I called the number and it went to voicemail. I've been donating since college and I'm really scared, I have two kids. Is it something contagious? Do I need to keep away from them?

Please can someone call me today. My cell is (253) 555-0117. My donor number on the card is {donor_id()}.

Dana Whitfield
"""
    return build("Dana Whitfield <dwhitfield@quickmail.net>", "Donor Services <donorservices@" + DOM + ">",
                 "letter about my donation - please call", body, d), name

def self2():
    d = rdate()
    name = "Terrell Banks"
    body = f"""To whoever is in charge at Kent,

I have donated plasma at your Kent location over 80 times. Yesterday the front desk told me I'm on "hold" for low protein and can't come back until some doctor reviews it. Nobody explained anything. I feel fine, I eat fine, I lift 4 days a week. If my protein was a little low that's probably because I went twice that week and you people encourage that with the bonus.

I'd like someone to actually call me and explain what the numbers were and what I'm supposed to do. I also had $75 on the loyalty card from the 8th donation bonus that I want honored.

Terrell Banks
Donor PL-{random.randint(10, 99)}-{digits(5)}
(253) 555-0186
"""
    return build("Terrell Banks <tbanks253@sundial.net>", addr("morrow"),
                 "complaint - protein hold", body, d), name

def self3():
    d = rdate(hour=(20, 22))
    name = "kev"
    body = """hey so the bruise on my arm from saturday is huge now, like the whole inside of my elbow is purple. and my fingers feel kind of numb/tingly sometimes esp when i type. is that normal?? i donated at the southport center around 10am. do i need to go to urgent care or just wait it out

-kev

Sent from my iPhone"""
    return build("Kevin Oyelaran <kev.oyelaran@coolmail.org>", "Donor Services <donorservices@" + DOM + ">",
                 "arm after donating", body, d), "Kevin Oyelaran"

def self4():
    d = rdate()
    name = "Judith Ostrander"
    acct = "TP-" + digits(6)
    body = f"""Dear Patient Services,

I received a bill from you dated {mdy(later(d, days=-12))} for $487.00 for my phlebotomy on March 14. I have hemochromatosis and come in every 8 weeks on Dr. Mehta's order, and until now my insurance (Evergreen Mutual) has always paid. They sent me a letter saying the claim was denied as "not medically necessary", which is absurd - my ferritin was over 600 in December.

Could you please resubmit it or tell me what I need to do? I am retired and can't pay this out of pocket every two months. My account number on the bill is {acct}.

Thank you,
Judith Ostrander
4418 N Pearl St
Tacoma, WA 98407
(253) 555-0123
"""
    return build("Judith Ostrander <jostrander@pinemail.net>", "Patient Services <patientservices@" + DOM + ">",
                 f"Question about my bill {acct}", body, d), name

def self5():
    d = rdate()
    name = "Jason Pham"
    body = f"""Hi Holly,

My QuantiFERON from the annual screening came back "indeterminate" - I got the notice in the portal last night. Do I need to redo the blood draw before I can go back on the mobile schedule? I'm supposed to be on the Ridgeline drive Thursday.

I feel totally fine and had the BCG as a kid in Vietnam if that matters. Also my hep B titer from last year was low, so while I'm there can I get the booster?

Thanks,
Jason Pham
DCT I, Mobile Team B
x4430
"""
    return build("Jason Pham <jpham@" + DOM + ">", "Holly Sturgeon <hsturgeon@" + DOM + ">",
                 "my TB result - indeterminate?", body, d), name

def self6():
    d = rdate()
    name = "Jenna Morrissey"
    body = f"""Hi! I need to cancel my next two platelet appointments ({mdy(later(d, days=9))} and {mdy(later(d, days=23))}) - I just found out I'm pregnant (8 weeks!!). How long after the baby is born can I come back? I know there's a wait after pregnancy for platelets, the nurse mentioned something about antibodies?

Also can you keep my points from expiring? I was 2 donations away from the jacket lol

Thanks,
Jenna Morrissey
"""
    return build("Jenna Morrissey <jennam.morrissey@examplemail.com>",
                 "Donor Services <donorservices@" + DOM + ">", "cancel my appts (good news!)", body, d), name

def self7():
    d = rdate(start=(2025, 2, 20), days=20)
    name = "Ava Lindholm"
    body = """hi this is ava lindholm from ridgeline hs. i passed out at the blood drive last thursday and they stopped it before the bag was full. do i still get the hoodie?? my friends all got one. also my mom says i cant donate again until i see my doctor, is that true or is she just saying that

thx
ava"""
    return build("ava lindholm <ava.lindholm08@coolmail.org>", "Donor Rewards <rewards@" + DOM + ">",
                 "hoodie??", body, d), name

# ================================================================ PHI: struct
def struct1():
    d = rdate()
    name = "Grant Holloway"
    ts = d.strftime("%Y%m%d%H%M%S")
    unit = din(25).replace(" ", "")
    did = "D" + digits(7)
    hl7 = "\n".join([
        f"MSH|^~\\&|NAT_LAB|CBN_TESTLAB|BECS|CBN|{ts}||ORU^R01^ORU_R01|TL{digits(10)}|P|2.5.1",
        f"PID|1||{did}^^^CBN^DN||HOLLOWAY^GRANT^T||19830617|M|||1412 ELM ST^^AUBURN^WA^98002||^PRN^PH^^1^253^5550131",
        f"OBR|1||{unit}|NATMPX^MPX NAT panel^L|||{(d - datetime.timedelta(hours=20)).strftime('%Y%m%d%H%M')}|||||||||||||||{ts}||LAB|F",
        "OBX|1|ST|HIV1NAT^HIV-1 RNA^L||Nonreactive||||||F",
        "OBX|2|ST|HCVNAT^HCV RNA^L||Reactive||||||F",
        "OBX|3|ST|HBVNAT^HBV DNA^L||Nonreactive||||||F",
        "OBX|4|ST|WNVNAT^WNV RNA^L||Nonreactive||||||F",
        "NTE|1||MPX reactive in pool of 6; individual sample reactive; discriminatory testing identified HCV. Unit and co-components quarantined per SOP TL-044; donor status set to DEFER-PENDING-CONF.",
    ])
    body = f"""Hi Nate,

One result is stuck in the BECS inbound error queue since 04:22 - error "OBX-5 length/NTE continuation". Raw message below so your team can look at the parser. This is a live reactive result so it's blocking the donor deferral update; I've entered it manually for now, so don't resend.

Ticket INC00{digits(5)}.

{hl7}

Thanks,
Dev Kapoor
Systems Analyst, Donor Systems | Cascadia Blood Network | x4402
"""
    return build(addr("kapoor"), "Nate Whelan <nwhelan@donorsoftsystems.com>",
                 "ORU stuck in error queue - parser issue", body, d,
                 cc="BECS Support <becs-support@" + DOM + ">"), name

def struct2():
    d = rdate()
    name = "Kwame Mensah"
    ts = d.strftime("%Y%m%d%H%M")
    m = "00" + digits(6)
    hl7 = "\r\n".join([
        f"MSH|^~\\&|HPH_BB|HARBORPINES|CBN_ORDERS|CBN|{ts}||OMB^O27^OMB_O27|HPH{digits(8)}|P|2.5",
        f"PID|1||{m}^^^HPH^MR||MENSAH^KWAME^A||20110819|M|||880 BAYVIEW TER^^GIG HARBOR^WA^98332||^PRN^PH^^1^253^5550166",
        "PV1|1|O|PEDINF^^^HPH|||||AKWEI^ROSE^^^^MD",
        f"ORC|NW|HPH-BO-{digits(6)}||||||||||AKWEI^ROSE^^^^MD",
        f"BPO|1|E0336^RBC AS-1 LR^ISBT128|2|||||{later(d, days=4).strftime('%Y%m%d')}0700|||N",
        "NTE|1||HbSS, chronic transfusion. Antibodies: anti-E, anti-K. Provide C-, E-, K-, Jkb- units, HbS negative, <7 days old preferred.",
        "DG1|1||D57.1^Sickle-cell disease without crisis^I10",
    ])
    body = f"""Hi Priyanka - our ordering portal is down (your side says maintenance), so per the downtime agreement I'm emailing the order file. It's the same OMB our LIS normally sends. Please call the blood bank to confirm receipt: 360-555-0133.

Carla
"""
    return build(f"Carla Jenkins <cjenkins@{HOSP_HP}>", addr("sethi"),
                 "DOWNTIME ORDER - antigen neg RBC x2", body, d,
                 cc="Hospital Orders <orders@" + DOM + ">",
                 atts=[(f"HPH_order_{ts}.hl7", "application/octet-stream", hl7.encode())]), name

def struct3():
    d = rdate(start=(2025, 4, 1), days=20)
    name = "Lloyd Fairbanks"
    mem = "EVM" + digits(9)
    npi1, npi2 = "1" + digits(9), "1" + digits(9)
    ctl = digits(9)
    segs = [
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*CBN{d.strftime('%m%d')}A*{d.strftime('%Y%m%d')}*0915*CH",
        "NM1*41*2*CASCADIA BLOOD NETWORK*****46*CBN001",
        "PER*IC*SANDRA OKONKWO*TE*2535550152",
        "NM1*40*2*EVERGREEN MUTUAL*****46*EVM01",
        "HL*1**20*1",
        f"NM1*85*2*CASCADIA BLOOD NETWORK*****XX*{npi1}",
        "N3*2200 S CEDARBROOK WAY",
        "N4*TACOMA*WA*98409",
        f"REF*EI*91{digits(7)}",
        "HL*2*1*22*0",
        "SBR*P*18*GRP4471******CI",
        f"NM1*IL*1*FAIRBANKS*LLOYD*R***MI*{mem}",
        "N3*77 CEDAR HOLLOW RD",
        "N4*GIG HARBOR*WA*98335",
        "DMG*D8*19580912*M",
        "NM1*PR*2*EVERGREEN MUTUAL*****PI*EVM01",
        f"CLM*TP{d.strftime('%y%m%d')}A*310***11:B:1*Y*A*Y*Y",
        "HI*ABK:D45",
        f"NM1*DK*1*OKAFOR*ADAEZE****XX*{npi2}",
        "LX*1",
        "SV1*HC:99195*310*UN*1***1",
        f"DTP*472*D8*{later(d, days=-3).strftime('%Y%m%d')}",
    ]
    segs.append(f"SE*{len(segs) + 1}*0001")
    x12 = "~\n".join(
        [f"ISA*00*          *00*          *ZZ*CBNPATSVC      *ZZ*CLEARHUB01     *{d.strftime('%y%m%d')}*0915*^*00501*{ctl}*0*P*:",
         f"GS*HC*CBNPATSVC*CLEARHUB01*{d.strftime('%Y%m%d')}*0915*4471*X*005010X222A1"]
        + segs + ["GE*1*4471", f"IEA*1*{ctl}"]) + "~\n"
    body = f"""Clearinghouse Notice - Claim Rejected (277CA)

Submitter: CBNPATSVC   Batch: {ctl}   Received: {d.strftime('%m/%d/%Y %H:%M')}
Patient control #: TP{d.strftime('%y%m%d')}A
Status: A7:164 - Entity's contract/member number invalid (Subscriber)

Please correct and resubmit. The original transaction set is attached for reference.

This is an automated message from ClearHub Claims Exchange. Do not reply to this address.
Support: support@clearhubexchange.net | 1-888-555-0140
"""
    return build("ClearHub Notifications <no-reply@clearhubexchange.net>",
                 "Patient Services Billing <tpbilling@" + DOM + ">",
                 f"[ClearHub] 277CA rejection - batch {ctl}", body, d,
                 atts=[(f"837P_{ctl}.txt", "text/plain", x12)]), name

def struct4():
    d = rdate()
    name = "Nadia Okereke"
    pid = "don-" + digits(6)
    bundle = {
        "resourceType": "Bundle", "type": "transaction",
        "timestamp": d.isoformat(),
        "entry": [
            {"fullUrl": f"urn:uuid:{pid}", "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "https://cascadiablood.org/donor-id", "value": "K" + digits(7)}],
                "name": [{"family": "Okereke", "given": ["Nadia", "C"]}],
                "gender": "female", "birthDate": "1992-10-04",
                "telecom": [{"system": "phone", "value": "253-555-0108"},
                            {"system": "email", "value": "nadia.okereke@quickmail.net"}],
                "address": [{"line": ["5120 S Juneau St Unit 12"], "city": "Tacoma", "state": "WA", "postalCode": "98409"}]},
             "request": {"method": "PUT", "url": f"Patient/{pid}"}},
            {"resource": {
                "resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "718-7",
                                     "display": "Hemoglobin [Mass/volume] in Blood"}]},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "effectiveDateTime": later(d, hours=-1).isoformat(),
                "valueQuantity": {"value": 11.9, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"},
                "interpretation": [{"coding": [{"code": "L"}]}]},
             "request": {"method": "POST", "url": "Observation"}},
            {"resource": {
                "resourceType": "Flag", "status": "active",
                "category": [{"text": "donor-deferral"}],
                "code": {"text": "Low hemoglobin - temporary deferral 56 days"},
                "subject": {"reference": f"urn:uuid:{pid}"},
                "period": {"start": d.date().isoformat()}},
             "request": {"method": "POST", "url": "Flag"}},
        ]}
    body = f"""Hi Dev,

Re ticket DL-{digits(5)}: here's one of the payloads from your prod tenant that our validator rejected last night. The Flag resource has no period.end, and our deferral profile now requires it (we compute re-eligibility from it). Looks like your BECS export is leaving it blank for temporary deferrals.

{json.dumps(bundle, indent=2)}

If you can have the export fill period.end = start + deferral days we'll reprocess the queue (31 bundles).

Thanks,
Arjun Mehra
Integration Engineer, DonorLink
"""
    return build("Arjun Mehra <amehra@donorlinkapp.com>", addr("kapoor"),
                 "FHIR validation failures - Flag.period.end", body, d), name

def struct5():
    d = rdate()
    rows = [("LOOKBACK_ID", "DIN", "PRODUCT", "SHIP_DT", "DISP", "DISP_DT", "PT_LAST", "PT_FIRST", "PT_DOB", "MRN", "ATTENDING"),
            ("LB24061", din(23).replace(" ", ""), "E0336", "20231103", "TRANSFUSED", "20231104", "PELLETIER", "RENEE", "19550312", "M" + digits(7), "GOLDMAN, S"),
            ("LB24061", din(23).replace(" ", ""), "E2555", "20231103", "TRANSFUSED", "20231107", "ABUBAKAR", "YUSUF", "19810128", "M" + digits(7), "TRAN, L"),
            ("LB24061", din(23).replace(" ", ""), "E0869", "20231110", "DISCARDED", "20231116", "", "", "", "", ""),
            ("LB24061", din(23).replace(" ", ""), "E3090", "20231115", "TRANSFUSED", "20231115", "KOVAC", "MILAN", "19490707", "M" + digits(7), "GOLDMAN, S")]
    txt = "\n".join("|".join(r) for r in rows) + "\n"
    body = f"""Beth - extract from our LIS for LB24061 attached (pipe delimited, one row per component). One FFP was discarded, not transfused. Chart review on the three recipients is in progress.

-Ravi
Blood Bank Lead, Lakeshore Regional
"""
    return build(f"Ravi Bhattacharya <rbhattacharya@{HOSP_LS}>", addr("carrow"),
                 "LB24061 extract", body, d,
                 atts=[("LB24061_lakeshore.txt", "text/plain", txt)]), "Renee Pelletier; Yusuf Abubakar; Milan Kovac"

def struct6():
    d = rdate(hour=(5, 5))
    recs = [("A" + digits(7), "MARCHETTI", "HELEN", "19620411", "EAST", "VVR1", "1", "N"),
            ("N" + digits(7), "PIKE", "JORDAN", "20060930", "MRID", "VVR3", "2", "Y"),
            ("T" + digits(7), "HADDAD", "SAMIRA", "19940118", "KENT", "CIT1", "1", "N"),
            ("W" + digits(7), "GASKINS", "TYRONE", "19780602", "SOUT", "HEM1", "1", "N")]
    lines = ["DONOR_ID  LAST_NAME      FIRST_NAME  DOB      SITE RXN  SEV FU",
             "--------  -------------- ----------- -------- ---- ---- --- --"]
    for r in recs:
        lines.append(f"{r[0]:<9} {r[1]:<14} {r[2]:<11} {r[3]} {r[4]:<4} {r[5]:<4} {r[6]:<3} {r[7]}")
    body = f"""*** AUTOMATED REPORT - DO NOT REPLY ***
Job: AR_DAILY_EXTRACT   Run: {d.strftime('%Y-%m-%d %H:%M')}   Host: becs-rpt02
Records: {len(recs)}   Window: previous 24 h

{chr(10).join(lines)}

Legend: VVR1/3 vasovagal (no LOC / LOC w/ injury), CIT1 citrate mild, HEM1 hematoma mild
FU = follow-up required

Distribution: hemovigilance@{DOM}
"""
    return build("BECS Reports <becs-reports@" + DOM + ">", "Hemovigilance <hemovigilance@" + DOM + ">",
                 f"AR_DAILY_EXTRACT {d.strftime('%Y-%m-%d')} ({len(recs)} records)", body, d), \
        "Helen Marchetti; Jordan Pike; Samira Haddad; Tyrone Gaskins"

def struct7():
    d = rdate()
    name = "Brandon Lysenko"
    payload = {
        "event": "dhq.submitted",
        "submission_id": f"qc_{random.getrandbits(48):012x}",
        "submitted_at": d.isoformat(),
        "donor": {"donor_id": "B" + digits(7), "first_name": "Brandon", "last_name": "Lysenko",
                  "dob": "2001-07-22", "mobile": "+12535550177", "appointment_id": f"apt_{digits(7)}",
                  "site": "EASTGATE"},
        "answers": {
            "feeling_well_today": True,
            "taking_antibiotics": False,
            "medications_list": "finasteride 1mg daily (hair loss), started 2 months ago",
            "tattoo_last_3_months": True,
            "tattoo_state_licensed": "unsure",
            "travel_outside_us_3y": "Mexico (Cancun) Dec 2024",
            "pregnant_now": None,
        },
        "auto_screen": {"result": "REFER_TO_STAFF",
                        "flags": ["MED_FINASTERIDE_1MO_DEFERRAL", "TATTOO_LICENSE_UNKNOWN"]},
    }
    body = f"""Hi CBN team,

Per your ticket (#{digits(6)}), here's the raw webhook body for the submission that showed "REFER_TO_STAFF" but didn't appear on the Eastgate tablet queue. We can see a 502 on your endpoint at that timestamp so it never got to you; we'll replay it once you confirm.

```
{json.dumps(payload, indent=2)}
```

Best,
Mia Castellano
Customer Success, QuickCheck Donor App
"""
    return build("Mia Castellano <support@quickcheckdonor.com>", addr("kapoor"),
                 "Re: missing DHQ on tablet queue", body, d,
                 cc=addr("ferreira")), name

# ================================================================ CLEAN: admin
def admin1():
    d = rdate()
    body = f"""All,

Heads up from the vendor call this morning: the double-red / plasma apheresis collection sets (cat. 80400) are on allocation through at least the end of next month. We'll receive 60% of our usual standing order.

What this means for your centers:
  - Eastgate and Southport: prioritize platelet and double-red collections for O neg / O pos and A pos donors with high platelet counts; book plasma-only collections on whole blood instead where possible.
  - Kent Plasma is not affected (different kit).
  - Please do NOT borrow kits between centers without telling me - it throws off the lot reconciliation.

Current on-hand (as of 7am):
  Eastgate   84 sets   lot 24K118
  Southport  51 sets   lot 24K118 / 24K121
  Bellbrook  33 sets   lot 24K121
  Warehouse  210 sets  lot 24M004

Whole blood quad bags, needles and saline are fine. Ferritin cuvettes are also on backorder but we have 6 weeks of stock.

Dale Pruitt
Distribution Supervisor
Cascadia Blood Network | (253) 555-0171
"""
    return build(addr("pruitt"), "Center Managers <center-managers@" + DOM + ">",
                 "Apheresis kit allocation - action needed", body, d, cc=addr("abara")), ""

def admin2():
    d = rdate()
    body = f"""Hi Tom,

Coach 3 (the 2019 with the 4 beds) goes into the shop Monday for the generator service and the wheelchair lift recert. Shop says 3-4 business days. That means the Orca Logistics drive on Thursday will need Coach 5 or an indoor setup.

Orca has offered their training room (second floor, elevator access, ~900 sq ft, 2 x 20A circuits). Jess says we can have it 6am-3pm. I think an indoor setup with 6 beds works better anyway - more room for the canteen and the post-donation area.

Need from you: sign-off on the indoor layout and 2 extra techs for load-in. I'll book the box truck.

Corey Hale
Facilities Coordinator | Cascadia Blood Network
(253) 555-0188
"""
    return build(addr("hale"), addr("lindgren"), "Coach 3 in shop next week - Orca drive", body, d,
                 cc=addr("delgado")), ""

def admin3():
    d = rdate()
    dt = later(d, days=(6 - d.weekday()) % 7 or 7)
    body = f"""PLANNED DOWNTIME - Donor Management System (BECS) and Donor Portal

When: Sunday {mdy(dt)}, 02:00 - 06:00 PT
Why: database upgrade and label printing module patch (vendor release 9.4.2)

During the window:
  - Eastgate and Kent open at 06:30, so impact should be minimal. If the system is not back by opening, follow the downtime procedure (SOP IT-007): paper DHQ forms, pre-printed downtime DIN labels from the red binder, manual donor lookup via the read-only report server.
  - The hospital ordering portal will be unavailable. Hospitals have been told to phone orders to Distribution at (253) 555-0170.
  - Interface queues (testing lab results, hospital orders) will hold and catch up automatically.

Please don't reboot label printers or tablets after the upgrade - we'll push the new driver remotely.

Questions: BECS Support, x4400 or becs-support@{DOM}

Dev Kapoor
Systems Analyst, Donor Systems
"""
    return build(addr("kapoor"), "All Staff <allstaff@" + DOM + ">",
                 f"Planned BECS downtime Sun {dt.month}/{dt.day} 2-6am", body, d,
                 html=html_of(body)), ""

def admin4():
    d = rdate()
    body = f"""Femi, Sandra -

Summary of the Evergreen Mutual amendment for therapeutic phlebotomy (effective 7/1), ahead of Thursday's call:

  CPT 99195 (phlebotomy, therapeutic)       $292.00 -> $310.00 per visit
  36415 (venipuncture, routine)            bundled - not separately payable
  85014/85018 point-of-care Hct/Hgb        bundled into 99195
  Place of service                          11 or 19 accepted; 22 no longer accepted
  Prior authorization                       not required for E83.11x or D45 with physician order on file
  Timely filing                             180 days from DOS (was 365)
  Appeals                                   60 days from remit

The timely filing cut is the big one - our median submit lag last quarter was 41 days but we had a tail past 200 for a handful of accounts. I'd like to get the weekly billing run moved to Tuesdays so nothing sits over a month.

The redline is in the Contracts folder (Evergreen_TP_Amend3_redline.docx). Legal has no comments on the indemnity section.

Ruth Abernethy-Cole
Director, Payer Contracting
"""
    return build("Ruth Abernethy-Cole <rabernethycole@" + DOM + ">",
                 [addr("oduya"), addr("okonkwo")],
                 "Evergreen TP amendment - key terms", body, d), ""

def admin5():
    d = rdate(hour=(2, 4))
    body = f"""Incident summary - Component Lab freezer F-04 (-30C plasma)

{d.strftime('%H:%M')} high temp alarm (-24.8C) on the central monitoring system; on-call tech responded within 14 minutes.
Cause: door gasket on the lower compartment torn, door not fully sealed after the 01:10 stock-in.
Action: all plasma moved to F-02 and F-06 by {later(d, minutes=35).strftime('%H:%M')}. Max product temp on the probe -26.1C; all units stayed below -18C so no product impact per SOP CL-031. F-04 tagged out.
Follow-up: Corey has a gasket on order (2 days). Deviation DV-{d.year}-{random.randint(100, 199)} opened for documentation only.

Temperature chart attached.

Night shift, Component Lab
"""
    return build("Component Lab <componentlab@" + DOM + ">", [addr("albright"), addr("hale")],
                 "F-04 freezer alarm overnight - no product impact", body, d,
                 atts=[("F04_temp_chart.png", "image/png", png(160, 90, (245, 245, 250), (30, 90, 200), "blank"))]), ""

def admin6():
    d = rdate()
    body = f"""Dear Hospital Partners,

Beginning the first of next month, the following changes to routine and STAT ordering take effect:

1. Routine order cutoff moves from 2:00 PM to 12:00 PM for same-day evening delivery.
2. STAT delivery fee (within 60 miles) increases from $95 to $110 per trip; ASAP (within 4 h) remains $60.
3. Antigen-negative RBC requests: please allow 48 h for 3 or more antigens; 72 h if a rare-donor search is needed.
4. Platelet orders must specify "pathogen-reduced" or "LVDS tested" if your facility has a preference; otherwise either may be shipped.
5. Returns: RBC units may be credited if returned within 24 h with an unbroken temperature indicator and an intact seal.

Your account manager will reach out to review your standing orders. Questions: Hospital Services, (253) 555-0170.

Thank you for partnering with us to serve patients in our region.

Priyanka Sethi
Hospital Services Representative
Cascadia Blood Network
"""
    html = html_of(body).replace("</body>", '<img src="cid:cbnlogo" alt="CBN" width="48" height="48"></body>')
    m = build(addr("sethi"), "Hospital Partners <hospital-partners@" + DOM + ">",
              "Ordering and delivery updates effective next month", body, d,
              html=html, reply_to="Hospital Services <hospitalservices@" + DOM + ">")
    m.get_payload()[1].add_related(png(48, 48), maintype="image", subtype="png", cid="<cbnlogo>")
    return m, ""

def admin7():
    d = rdate()
    start = later(d, days=8).replace(hour=10, minute=0, second=0)
    end = later(start, minutes=90)
    agenda = """Quality Committee - monthly

1. Minutes from last meeting (approve)
2. Deviation trend - 23 opened, 19 closed; labeling deviations down 40% since the scanner update
3. CAPA 24-011 (Trima weight check) - effectiveness review
4. Hemovigilance: donor reaction rate 2.8 per 1,000 collections (target < 3.0); fainting with injury rate at high school drives
5. FDA inspection readiness - mock audit schedule
6. Supplier qualification: new courier vendor
7. Open items / next meeting"""
    body = f"""Hi all,

Agenda for next week's Quality Committee is below and in the invite. Please send any additions by Friday.

{agenda}

Gwen
"""
    return build(addr("albright"),
                 [addr("whitcombe"), addr("abara"), addr("haskell"), addr("pruitt"), addr("carrow")],
                 "Quality Committee agenda", body, d,
                 atts=[("invite.ics", "text/calendar",
                        ics("Quality Committee", start, end, "HQ Conference Room 2 / Teams",
                            agenda, S["albright"][1], f"qc-{start.strftime('%Y%m%d')}@{DOM}"))]), ""

# ================================================================ CLEAN: lookalike
def look1():
    d = rdate()
    inv = f"INV-{d.strftime('%y%m%d')}-{random.randint(3000, 3999)}"
    po = f"PO-{random.randint(4500000, 4599999)}"
    lines = [("E0336", "RBC AS-1 LR", 120, 214.00), ("E3090", "Apheresis PLT LR", 18, 612.00),
             ("E2555", "FFP", 40, 58.00), ("E5165", "Cryo pooled", 6, 410.00),
             ("S4000", "STAT delivery", 3, 110.00), ("S1200", "Antigen typing per antigen", 14, 32.00)]
    tbl = "\n".join(f"  {c:<6} {desc:<28} {q:>4} x {p:>8,.2f} = {q * p:>10,.2f}" for c, desc, q, p in lines)
    total = sum(q * p for _, _, q, p in lines)
    body = f"""Invoice {inv}
Customer: Mercy Ridge Medical Center - Transfusion Service   Account # C-10{digits(4)}
Bill to PO: {po}
Terms: Net 30     Invoice date: {mdy0(d)}     Due: {mdy0(later(d, days=30))}

{tbl}
                                                  --------------
  Total                                            {total:>12,.2f}

Remit to: Cascadia Blood Network, Accounts Receivable, PO Box 40417, Tacoma WA 98401
ACH: routing 125000000 (for remittance details see portal)

Questions about this invoice: ar@{DOM} or (253) 555-0175

This is an automatically generated message.
"""
    return build("Accounts Receivable <ar@" + DOM + ">", "MRMC Accounts Payable <ap@" + HOSP_MR + ">",
                 f"Invoice {inv} / {po}", body, d,
                 atts=[(f"{inv}.pdf", "application/pdf", pdf(body.splitlines(), title=inv))]), ""

def look2():
    d = rdate()
    rows = ["Box    Destination            Carrier    Tracking              Logger S/N   Seal #    Contents",
            "-----  ---------------------  ---------  --------------------  -----------  --------  -------------------"]
    dests = ["Mercy Ridge MC", "Lakeshore Regional", "Harbor Pines Health", "Olympic Valley Hosp", "Lakeshore Regional"]
    conts = ["RBC x24", "PLT x6", "FFP x20", "RBC x12, FFP x8", "Cryo x10"]
    for i, (ds, c) in enumerate(zip(dests, conts), 1):
        rows.append(f"B{d.strftime('%m%d')}-{i:02d}  {ds:<21}  {random.choice(['ColdLine', 'MedRun']):<9}  "
                    f"1Z{digits(4)}X{digits(11)}  TL-{digits(6)}    {digits(6)}    {c}")
    body = f"""Evening manifest, {mdy(d)} - 5 boxes out, all validated shippers (lot VS-2291, pack-out per SOP DS-020, coolant lot 24C-77).

{chr(10).join(rows)}

All loggers started 17:40. Drivers signed 18:05. Please scan returns of loggers by Friday so calibration can run.

Distribution - evening shift
"""
    return build("Distribution <distribution@" + DOM + ">", "Distribution Leads <dist-leads@" + DOM + ">",
                 f"Manifest {d.strftime('%m/%d')} PM", body, d), ""

def look3():
    d = rdate()
    body = f"""Updated directory - please replace the laminated copy at each front desk.

CASCADIA BLOOD NETWORK - LOCATIONS & LINES
Location                   Main            Fax             After hours
HQ / Admin                 (253) 555-0100  (253) 555-0199  --
Distribution (24/7)        (253) 555-0170  (253) 555-0179  (253) 555-0170
Hospital Services          (253) 555-0172  (253) 555-0179  pager 4470
Reference Lab              (253) 555-0160  (253) 555-0169  on-call via Distribution
Donor Services / Scheduling 1-800-555-0150 --              --
Eastgate Donor Center      (253) 555-0130  (253) 555-0139  --
Southport Donor Center     (253) 555-0140  (253) 555-0149  --
Bellbrook Donor Center     (360) 555-0110  (360) 555-0119  --
Kent Plasma Center         (253) 555-0180  (253) 555-0189  --
Mobile Ops dispatch        (253) 555-0184  --              cell (253) 555-0185
Medical Director on call   via Distribution                 --
IT / BECS Support          x4400           --              (253) 555-0198

Corey Hale, Facilities Coordinator
"""
    return build(addr("hale"), "All Staff <allstaff@" + DOM + ">", "Phone/fax directory - updated", body, d), ""

def look4():
    d = rdate()
    eq = [("Trima Accel", "T" + digits(6), "Eastgate", "calib 2025-06-14"),
          ("Trima Accel", "T" + digits(6), "Eastgate", "calib 2025-06-14"),
          ("Trima Accel", "T" + digits(6), "Southport", "PM due 2025-05-02"),
          ("Aurora Xi", "AX" + digits(7), "Kent Plasma", "calib 2025-04-30"),
          ("Aurora Xi", "AX" + digits(7), "Kent Plasma", "OUT OF SERVICE - tkt 88213"),
          ("HemoCue Hb 301", "HC" + digits(8), "Mobile kit 3", "QC daily, cal n/a"),
          ("Blood mixer/scale", "BM" + digits(6), "Coach 5", "cal 2025-05-20"),
          ("Tube sealer", "TS" + digits(5), "Bellbrook", "cal 2025-07-01")]
    body = "Biomed quarterly equipment status\n\n" + "\n".join(
        f"{a:<18} S/N {b:<12} {c:<14} {e}" for a, b, c, e in eq) + f"""

Asset tags match the CMMS as of {mdy(d)}. Two units are overdue for PM - please schedule downtime with the center managers.

Ray Osei, CBET
Biomedical Technician
"""
    return build("Ray Osei <rosei@" + DOM + ">", addr("albright"), "Q2 equipment status / serials", body, d,
                 cc=addr("abara")), ""

def look5():
    d = rdate(start=(2025, 2, 3), days=5)
    body = f"""January operations dashboard (all sites)

Presenting donors ............. 14,812
Successful collections ........ 12,906   (87.1%)
First-time donors ............. 2,214    (17.2% of presenting)
Deferrals ..................... 1,906   (12.9%)
   low hemoglobin ............. 58.4%
   BP/pulse ................... 9.7%
   travel / residence ......... 6.1%
   medication ................. 5.5%
   other ...................... 20.3%
Donor reactions ............... 36      (2.8 / 1,000 collections)
Reactive screening tests ...... 19      (14.7 / 10,000 donations)
Hospital orders filled ........ 1,187   fill rate 98.2%, STAT 142
Mobile drives ................. 61 (schools 22, employers 29, community 10)

Inventory days on hand (1/31): O neg 2.1, O pos 3.4, A pos 4.8, B pos 6.0, AB 7+

No individual-level data in this report. Full deck on the Ops SharePoint.

Gwen Albright
Quality Assurance Manager
"""
    return build(addr("albright"), "Leadership <leadership@" + DOM + ">", "January dashboard", body, d), ""

def look6():
    d = rdate()
    prov = [("Naomi Whitcombe, MD", "1" + digits(9), "MD" + digits(8), "Medical Director"),
            ("Samuel Arnaud, MD", "1" + digits(9), "MD" + digits(8), "Associate Medical Director"),
            ("Rafael Ibarra, RN", "--", "RN" + digits(8), "Donor Counseling"),
            ("Chidi Abara, RN", "--", "RN" + digits(8), "Collections Supervisor"),
            ("Ana Ferreira, RN", "--", "RN" + digits(8), "Charge Nurse")]
    body = f"""Hi Ruth,

For the Evergreen recredentialing packet - our TP billing providers and supervising RNs. Group NPI 1{digits(9)}, TIN 91-{digits(7)}, CLIA 50D{digits(7)}.

{chr(10).join(f"{n:<24} NPI {p:<11} WA lic {l:<12} {r}" for n, p, l, r in prov)}

All licenses verified on the state DOH lookup {mdy(d)}; expiration dates are in the credentialing tracker. Malpractice COI attached separately.

Sandra
"""
    return build(addr("okonkwo"), "Ruth Abernethy-Cole <rabernethycole@" + DOM + ">",
                 "provider list for recredentialing", body, d), ""

def look7():
    d = rdate()
    body = f"""Billing reference - therapeutic phlebotomy coding (updated)

Use these combinations only; anything else goes to Sandra for review before submission.

CPT/HCPCS
  99195   Phlebotomy, therapeutic (separate procedure)
  36415   Routine venipuncture - do NOT bill with 99195 for Evergreen
  85014   Hematocrit (POC)  - bundled for Evergreen and Apple Health
  85018   Hemoglobin (POC)  - bundled for Evergreen and Apple Health
  82728   Ferritin - only if drawn and run at our reference lab

ICD-10-CM accepted by all three major payers
  E83.110  Hereditary hemochromatosis
  E83.111  Hemochromatosis due to repeated red blood cell transfusions
  E83.118  Other hemochromatosis
  E83.119  Hemochromatosis, unspecified
  D45      Polycythemia vera
  D75.1    Secondary polycythemia (needs physician order with Hct threshold)
  E80.1    Porphyria cutanea tarda

Modifiers: none required. POS 11 for donor centers, 19 not used.
Revenue code (if UB-04 requested): 0399.

Open system tickets related to the claim edits: INC0051882 (modifier edit), INC0052010 (POS default), CHG0004471 (scrubber rule update, scheduled 5/6).

Sandra Okonkwo
"""
    return build(addr("okonkwo"), "Patient Services Billing <tpbilling@" + DOM + ">",
                 "TP coding cheat sheet - updated", body, d,
                 atts=[("TP_coding_reference.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx(body.splitlines()))]), ""

# ================================================================ CLEAN: news
def news1():
    d = rdate(start=(2025, 6, 2), days=20)
    body = """SUMMER SHORTAGE: O NEGATIVE DONORS NEEDED NOW

Every summer, donations drop by about 20% while school is out and families travel - but trauma and surgery don't take a vacation. Right now our region has less than two days' supply of O negative blood, the type emergency crews use when there's no time to test.

How you can help this month:
 * Book a whole blood or double red donation at any donor center or at a community drive near you.
 * Already donated recently? Bring a first-time friend and you'll both earn 500 Hero Points.
 * Can't donate? Host a drive at your workplace, church or club - we bring everything.

New this summer: every donor who gives between June 15 and August 31 gets our limited "Summer Heroes" cooling towel, and all donors are entered in a weekly drawing for a $250 gas card.

Eligibility reminders: most people 16 and older who weigh at least 110 lb and feel well can donate. Eat a good meal and drink plenty of water before you come. Questions about medications or travel? Call Donor Services at 1-800-555-0150.

Thank you for keeping our hospitals' shelves stocked.

Cascadia Blood Network
2200 S Cedarbrook Way, Tacoma, WA 98409
You are receiving this because you are a registered donor. Update preferences or unsubscribe: https://www.cascadiablood.org/preferences
"""
    return build("Cascadia Blood Network <news@" + DOM + ">", "Donor <donor-newsletter@lists." + DOM + ">",
                 "O negative donors: we need you this summer", body, d,
                 html=html_of(body), headers={"List-Unsubscribe": "<https://www.cascadiablood.org/preferences>"}), ""

def news2():
    d = rdate()
    body = """STAFF BULLETIN - Donor Eligibility Update

What's changing: Following the FDA's final guidance on individual risk-based donor assessment, the donor history questionnaire now asks every donor the same questions about recent sexual history, regardless of sex or gender. Time-based deferrals tied only to MSM history have been removed.

What stays the same: donors who report new or multiple sexual partners in the past 3 months AND anal sex in that period are deferred for 3 months. Donors taking oral PrEP are deferred 3 months from the last dose; long-acting injectable PrEP, 2 years from the last injection. Donors taking medication for HIV remain ineligible.

Why it matters for you: some returning donors will be newly eligible and may have questions or strong feelings about past deferrals. Please use the scripted language in the Job Aid (DS-JA-31) and refer specific medical questions to the donor counseling nurse.

Training: a 20-minute LMS module is assigned to all screening staff; complete by the end of the month.

Donor Eligibility Committee
Cascadia Blood Network
"""
    return build("Staff Bulletin <bulletin@" + DOM + ">", "All Staff <allstaff@" + DOM + ">",
                 "Bulletin: individual donor assessment - DHQ changes", body, d, html=html_of(body)), ""

def news3():
    d = rdate(start=(2024, 9, 15), days=30)
    body = """Regional Infectious Disease Surveillance - Donor Testing Summary (Q3)

West Nile virus
  Individual-donation NAT triggered in 4 counties after 2 reactive minipools in July.
  Confirmed WNV-positive donations this season: 3 (2023 season: 7).
  Triggered ID-NAT will revert to minipool testing once county activity is quiet for 14 days.

Babesia
  Statewide NAT screening continues; 0 confirmed positives in Q3.

Syphilis
  Reactive T. pallidum screens rose modestly (0.9 to 1.2 per 10,000 donations), consistent with state health department trends. Most confirmed cases were in donors aged 20-34.

Dengue
  Travel-associated risk remains elevated for donors returning from the Caribbean and Central America. No changes to current deferrals.

The full summary with county-level rates is posted on the public health partners page. Figures are aggregate; no individual data are shared in this bulletin.

Naomi Whitcombe, MD, Medical Director
"""
    return build(addr("whitcombe"), "Public Health Partners <ph-partners@lists." + DOM + ">",
                 "Q3 donor testing surveillance summary", body, d), ""

def news4():
    d = rdate()
    body = """Introducing Hero Rewards 2.0

You give. We say thank you - now in more ways.

Silver (3 donations/yr): free Hero T-shirt + 10% off at partner cafes
Gold (5 donations/yr): everything in Silver + annual movie pass for two
Platinum (8+ donations/yr, platelets and plasma count double): everything in Gold + exclusive quarter-zip + VIP scheduling

Points never expire as long as you donate at least once every 18 months. Redeem in the app or at any donor center's front desk.

Download the app or log in at cascadiablood.org/rewards.

Cascadia Blood Network | 2200 S Cedarbrook Way, Tacoma, WA 98409
Unsubscribe | Privacy
"""
    return build("Hero Rewards <rewards@" + DOM + ">", "donor-marketing@lists." + DOM,
                 "New: Hero Rewards tiers are here", body, d,
                 html=html_of(body), headers={"List-Unsubscribe": "<mailto:unsubscribe@" + DOM + ">"}), ""

def news5():
    d = rdate(start=(2024, 9, 3), days=20)
    body = f"""Dear School Partners,

Welcome back! As we start the new school year, here's what's new for high school blood drives:

Leadership Scholarships - Student leaders who host a drive collecting 35+ units qualify their school for a $1,000 scholarship pool. Last year, 14 high schools in our region shared $38,000.

Parental consent - 16-year-old donors still need a signed parent/guardian consent form. The form is now available in English, Spanish, Vietnamese, Russian and Korean, and can be signed electronically.

Safety - We're adding a second canteen volunteer at every school drive and will ask all students to stay seated for at least 15 minutes after donating. Please help us by scheduling drives after students have eaten lunch.

Dates - Fall drive calendar requests are open until Sept 30. Contact your account manager to lock in a date.

Thank you for helping raise the next generation of donors!

Marcus Delgado
Account Manager, Schools & Employers
Cascadia Blood Network | (253) 555-0161
"""
    return build(addr("delgado"), "School Partners <school-partners@lists." + DOM + ">",
                 "Back to school: drive scholarships, consent forms & safety", body, d, html=html_of(body),
                 atts=[("cbn_logo.png", "image/png", png(64, 64))]), ""

def news6():
    d = rdate()
    body = """Research Brief: Iron status in teenage and young adult donors

Our research team, in partnership with the regional university's school of public health, analyzed ferritin results from 4,380 donors aged 16-22 collected over 24 months.

Key findings
 - 27% of female and 9% of male donors aged 16-18 had ferritin below 15 ng/mL by their third donation.
 - Donors who took a low-dose iron supplement (18-38 mg daily) for 60 days after donating had, on average, ferritin values 2.4x higher at their next visit.
 - Extending the inter-donation interval for whole blood from 8 to 12 weeks in this age group reduced low-hemoglobin deferrals by roughly a third.

What we are doing
 - From next quarter, donors aged 16-18 will be offered ferritin testing at every whole blood donation and free iron supplements.
 - Minimum interval for whole blood donors under 19 will move to 12 weeks.

The full paper (accepted, in press) will be linked from our website. All results are reported in aggregate.

Cascadia Blood Network Research Office
"""
    return build("Research Office <research@" + DOM + ">", "All Staff <allstaff@" + DOM + ">",
                 "Research brief: iron in young donors", body, d,
                 atts=[("research_brief_iron.pdf", "application/pdf", pdf(body.splitlines(), title="Research brief"))]), ""

# ================================================================ CLEAN: staff
def staff1():
    d = rdate()
    day = later(d, days=5)
    body = f"""Mobile Team B - {day.strftime('%A')} {mdy(day)} - Ridgeline High School (gym), 7:00 AM - 2:00 PM

Report 5:45 AM at Southport dock.

Role                 Name                    Cred
Team Lead            Tom Lindgren            --
Charge RN            Chidi Abara             RN
Screening            Jason Pham              DCT I
Screening            Anh Tran                DCT II
Phlebotomy           Irina Sokolov           CPT1
Phlebotomy           Kayla Reinholt          DCT II
Phlebotomy           Marco Vitale            DCT I (orientation - paired w/ Irina)
Canteen              Gladys Purcell          Volunteer
Canteen              Ray Tanaka              Volunteer
Driver / setup       Eddie Farrow            CDL-B

Goal 48 units, 61 appointments. Bring the extra cot - school asked for a separate recovery area.

Tom
"""
    return build(addr("lindgren"), "Mobile Team B <mobile-b@" + DOM + ">",
                 f"Roster - Ridgeline {day.month}/{day.day}", body, d), ""

def staff2():
    d = rdate()
    mo = later(d, days=20)
    body = f"""On-call schedule for {mo.strftime('%B %Y')}

Medical Director on call (24 h, via Distribution 253-555-0170)
  Wk 1  Dr. Naomi Whitcombe
  Wk 2  Dr. Samuel Arnaud
  Wk 3  Dr. Naomi Whitcombe
  Wk 4  Dr. Samuel Arnaud

Reference Lab on call (SBB)
  Wk 1  Lorraine Haskell, MLS(ASCP)SBB
  Wk 2  Tomasz Wrobel, MLS(ASCP)
  Wk 3  Lorraine Haskell
  Wk 4  Aisha Kamara, MLS(ASCP)SBB

Donor counseling nurse (weekday backup)
  Rafael Ibarra, RN / Maricel Santos, RN

Swaps: trade directly and tell Distribution; update the shared calendar.

Lorraine
"""
    return build(addr("haskell"), "On-call List <oncall@" + DOM + ">",
                 f"{mo.strftime('%B')} on-call schedule", body, d), ""

def staff3():
    d = rdate()
    body = f"""Hi everyone,

Reminder that timecards for the pay period ending Saturday must be approved by managers by Monday 10:00 AM. A few notes:

- Holiday pay: the holiday falls inside this period. Scheduled staff who work the holiday receive 1.5x plus holiday bank; the mobile shift differential ($2.25/h) still applies on top.
- Early-start differential (before 6:00 AM): $1.50/h, auto-calculated from punch time - please don't edit punches to add it.
- Missed punches need a reason code. "Forgot" is fine, but we need it in the system.
- Mileage for mobile travel from home goes on the expense form, not the timecard.

Payroll questions: payroll@{DOM} or x4120.

Thanks!
Jolene Birch
HR Generalist
"""
    return build(addr("birch"), "All Staff <allstaff@" + DOM + ">", "Timecards due Monday 10am + holiday pay", body, d), ""

def staff4():
    d = rdate()
    body = f"""Please join us in congratulating IRINA SOKOLOV, our Donor Care Technician of the Quarter!

Irina was nominated by six co-workers and two donors. She trained three new phlebotomists this quarter, kept Bellbrook's first-stick success rate above 97%, and volunteered for 9 extra mobile shifts during the holiday shortage.

Celebration: Friday 3:00 PM, Bellbrook break room - cake from Mama Rosa's and a potluck (sign-up sheet on the fridge). Remote folks, Teams link in the invite.

Also happy birthday this month to Dale, Kayla, and Femi!

The Recognition Committee
"""
    return build("Recognition Committee <recognition@" + DOM + ">", "All Staff <allstaff@" + DOM + ">",
                 "Congratulations Irina - DCT of the Quarter!", body, d, html=html_of(body),
                 atts=[("celebrate.png", "image/png", png(80, 40, (250, 200, 40), (190, 20, 40)))]), ""

def staff5():
    d = rdate(start=(2025, 5, 12), days=10)
    body = f"""Hi Eastgate team,

Ana will be out from 6/3 through 6/14 (back Monday 6/16). Coverage while she's out:

 - Charge RN: Maricel Santos Mon/Wed/Fri, Chidi Abara Tue/Thu
 - TP schedule: Maricel; Sandra has the billing side as usual
 - Saturday 6/7: Luz will cover from Southport

Please don't text Ana about work while she's off. Anything urgent goes to me.

Thanks,
Chidi
"""
    return build(addr("abara"), "Eastgate Staff <eastgate@" + DOM + ">", "Ana out 6/3-6/14 - coverage", body, d), ""

def staff6():
    d = rdate(start=(2024, 10, 21), days=14)
    body = f"""Open Enrollment is November 1-15

This is your annual chance to change your medical, dental and vision elections, add or remove dependents, and enroll in the FSA or dependent care account. If you do nothing, your current medical/dental/vision elections roll over, but FSA elections do NOT.

What's new for next year
 - New plan option: HSA-eligible high-deductible plan with a $750 employer HSA contribution
 - Vision: frame allowance increases to $200
 - EAP: now includes 8 free counseling sessions per issue per year
 - Premiums: employee-only premium on the PPO stays flat; family tier rises 4%

Benefits fair: Tuesday 11/5, HQ training room, 11:00-2:00, with reps from the carriers. Lunch provided.

Log in to the benefits portal from the intranet. Questions: benefits@{DOM}.

Jolene Birch
HR Generalist | Cascadia Blood Network
{DISCLAIMER2}
"""
    return build(addr("birch"), "All Staff <allstaff@" + DOM + ">", "Open Enrollment Nov 1-15", body, d,
                 html=html_of(body)), ""

def staff7():
    d = rdate()
    start = later(d, days=3).replace(hour=13, minute=30, second=0)
    end = later(start, minutes=45)
    body = f"""Hi Keisha and Maricel,

Panel interviews for the two Kent Plasma DCT I openings (req 25-0117):

  {start.strftime('%a %m/%d')} 1:30  - Brittany Sandoval (phlebotomy cert, 2 yrs at a hospital lab)
  {start.strftime('%a %m/%d')} 2:30  - Omar Haddad (new grad, CNA license)
  {later(start, days=1).strftime('%a %m/%d')} 10:00 - Lucia Ferro (plasma center experience, bilingual Spanish)

Please use the structured interview guide and scoring sheet in the hiring folder and send scores to me by end of day. Invites for the first slot attached.

Jolene
"""
    return build(addr("birch"), [addr("morrow"), addr("santos")], "DCT I interviews - Kent", body, d,
                 atts=[("interview.ics", "text/calendar",
                        ics("DCT I panel interview - B. Sandoval", start, end, "Kent Plasma - conference room",
                            "Req 25-0117 panel interview", S["birch"][1], f"int-{start.strftime('%Y%m%d%H%M')}@{DOM}"))]), ""

# ================================================================ CLEAN: training
def train1():
    d = rdate()
    body = f"""BECS 9.4.2 validation - test script TS-DON-014 (deferral carry-forward)

Environment: VAL (not production). Use ONLY the test donors below; they exist in VAL only.

Step  Action                                                      Expected
1     Look up donor ZZTEST, DEFERRAL A (T9990001, DOB 01/01/1900)   Profile opens, status ELIGIBLE
2     Enter Hgb 11.9, female                                        Auto-defer LOWHGB, 56 days
3     Look up ZZTEST, DEFERRAL B (T9990002)                         Status shows PERM - code TTI-HBC
4     Attempt to create donation for T9990002                       Hard stop, message DEF-0042
5     Override as supervisor role                                   Override NOT permitted for PERM
6     Look up ZZTEST, TRAVEL C (T9990003)                           Temp deferral expires {mdy(later(d, days=30))}
7     Advance VAL clock +31 days, refresh                           Status ELIGIBLE, audit trail entry

Record actual results and screenshots in the validation binder. Any failure -> log in the validation issue log, not in ServiceNow.

Dev Kapoor
"""
    return build(addr("kapoor"), "BECS Validation Team <becs-val@" + DOM + ">",
                 "TS-DON-014 test script for tomorrow", body, d), ""

def train2():
    d = rdate()
    body = """DCT Competency Quiz - Donor Eligibility (Module 3)
Answer key is with your trainer. 80% to pass.

1. A donor's hemoglobin is 12.4 g/dL. The donor is female. May she donate whole blood today?
   a) Yes   b) No

2. A donor reports a tattoo 5 weeks ago at a state-licensed shop using single-use needles. Deferral?
   a) None   b) 3 months   c) 12 months

3. A donor took aspirin yesterday and wants to donate apheresis platelets. What do you do?

4. A 16-year-old arrives at a school drive without a signed parental consent form. What do you do?

5. During a whole blood donation the donor says she feels warm and nauseated. List your first three actions.

6. True/False: A donor who received a blood transfusion 8 months ago may donate today.

7. Which of these requires a call to the medical director before proceeding? (select all)
   a) BP 182/98  b) pulse 48 in a marathon runner  c) donor reports starting a new insulin pump  d) temp 99.3 F

Return completed quizzes to Grace Kim by Friday.
"""
    return build(addr("kim"), "New Hires - March Cohort <newhires-mar@" + DOM + ">",
                 "Module 3 quiz - eligibility", body, d,
                 atts=[("Module3_quiz.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx(body.splitlines()))]), ""

def train3():
    d = rdate()
    body = """Case study for Thursday's huddle (de-identified, composite)

A 19-year-old first-time donor at a university drive completes a whole blood donation without difficulty. About four minutes after standing, at the canteen, the donor becomes pale, sweaty and briefly loses consciousness, sliding from the chair. The canteen volunteer catches the donor's head. The donor regains consciousness within 20 seconds; BP 86/50, pulse 52.

Discussion questions
1. Which risk factors for a vasovagal reaction were present?
2. What should the staff member have done when the donor first said "I feel a bit off"?
3. How do you document this - what severity category and what follow-up?
4. When would you call 911?
5. What could the drive layout have done differently?

Key teaching points: first-time, young, low estimated blood volume, standing too soon; applied muscle tension and pre-donation water (500 mL) reduce reactions; a fall with LOC is always a moderate reaction at minimum.

Grace Kim
Training & Development
"""
    return build(addr("kim"), "Collections Staff <collections@" + DOM + ">",
                 "Huddle case study - canteen reaction", body, d), ""

def train4():
    d = rdate()
    paras = ["[CBN LETTERHEAD]", "[DATE]", "[DONOR NAME]", "[ADDRESS LINE 1]", "[CITY, STATE ZIP]", "",
             "Dear [DONOR FIRST NAME],",
             "Thank you for your recent donation on [DONATION DATE]. As part of our routine testing, one of the "
             "tests performed on your donation was reactive for [TEST NAME]. A reactive result does not always mean "
             "infection. Additional testing [WAS / WILL BE] performed.",
             "Because of this result, you are [TEMPORARILY / PERMANENTLY] deferred from donating. Please call our "
             "Donor Counseling Nurse at (253) 555-0147 to discuss your results and next steps.",
             "Sincerely,", "[SIGNATURE]", "Naomi Whitcombe, MD, Medical Director"]
    body = f"""Hi all,

Attached is the revised SAMPLE notification letter (template v7) for review. Placeholders are in brackets - nothing in this file is a real donor. Changes from v6 are: plainer language in paragraph 2, removed the "do not worry" phrase per the ethics review, and added the counseling nurse's direct line.

Please send edits by the 15th. Once approved, Dev will load it into BECS as the merge template.

Rafael Ibarra, RN
Donor Counseling
"""
    return build(addr("ibarra"), [addr("whitcombe"), addr("jeanbaptiste"), addr("albright")],
                 "Notification letter template v7 - review", body, d,
                 atts=[("TEMPLATE_reactive_notification_v7.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(paras))]), ""

def train5():
    d = rdate()
    body = f"""New phlebotomist orientation - week 2 schedule

Mon  8:00  Skills lab: arm prep & venipuncture on training arms (Room 104)
     1:00  Mock screening: fictitious donor "Jane Sample" (DOB 01/01/1980, donor ID SAMPLE-0001) - practice the DHQ review
Tue  8:00  Shadow at Eastgate (assigned preceptors below)
Wed  8:00  Adverse reaction drills: simulated faint, simulated hematoma, simulated citrate reaction
     2:00  Labeling & DIN scanning - practice labels only, marked TRAINING
Thu  All day: mobile shadow, Orca Logistics drive
Fri  9:00  Competency check-off, Grace + Chidi

Preceptors: Irina Sokolov (Marco), Kayla Reinholt (Priscilla), Anh Tran (Devontae)

Please wear scrubs and closed-toe shoes every day. Lunch Friday is on us!

Grace Kim
Training & Development Specialist | Cascadia Blood Network
"""
    return build(addr("kim"), "Orientation Cohort <orientation@" + DOM + ">", "Week 2 orientation schedule", body, d,
                 cc=addr("abara")), ""

def train6():
    d = rdate()
    ts = d.strftime("%Y%m%d%H%M")
    hl7 = "\n".join([
        f"MSH|^~\\&|TEST_LIS|TESTHOSP|CBN_ORDERS|CBN|{ts}||OMB^O27^OMB_O27|TST0001|T|2.5",
        "PID|1||TEST00001^^^TESTHOSP^MR||TEST^PATIENT^ONE||19000101|U|||123 TEST ST^^TESTVILLE^WA^99999",
        "PV1|1|I|TEST^^^TESTHOSP",
        "ORC|NW|TEST-ORD-0001",
        "BPO|1|E0336^RBC AS-1 LR^ISBT128|1|||||202501010700|||N",
        "NTE|1||INTERFACE VALIDATION ONLY - NOT A REAL ORDER",
    ])
    body = f"""Hi Priyanka / Dev,

For the Olympic Valley interface go-live, here is validation message #1 from their test LIS (processing ID T). Please confirm it lands in the VAL order queue and does NOT create a distribution pick ticket.

{hl7}

Scripts 2-6 (cancel, modify, STAT, antigen-neg request, malformed segment) to follow tomorrow.

Thanks,
Noor Saleh
Interface Analyst, Olympic Valley Hospital
"""
    return build("Noor Saleh <nsaleh@olympicvalleyhosp.org>", [addr("sethi"), addr("kapoor")],
                 "Interface validation msg #1 (test env)", body, d), ""

# ================================================================ main
PLAN = [
    ("phi", "care", [care1, care2, care3, care4, care5, care6, care7, care8]),
    ("phi", "ids", [ids1, ids2, ids3, ids4, ids5, ids6, ids7, ids8]),
    ("phi", "lang", [lang1, lang2, lang3, lang4, lang5, lang6, lang7, lang8]),
    ("phi", "lists", [lists1, lists2, lists3, lists4, lists5, lists6, lists7]),
    ("phi", "names", [names1, names2, names3, names4, names5, names6, names7, names8]),
    ("phi", "self", [self1, self2, self3, self4, self5, self6, self7]),
    ("phi", "struct", [struct1, struct2, struct3, struct4, struct5, struct6, struct7]),
    ("clean", "admin", [admin1, admin2, admin3, admin4, admin5, admin6, admin7]),
    ("clean", "lookalike", [look1, look2, look3, look4, look5, look6, look7]),
    ("clean", "news", [news1, news2, news3, news4, news5, news6]),
    ("clean", "staff", [staff1, staff2, staff3, staff4, staff5, staff6, staff7]),
    ("clean", "training", [train1, train2, train3, train4, train5, train6]),
]

def main():
    rows = []
    counts = {}
    for label, kind, fns in PLAN:
        for i, fn in enumerate(fns, 1):
            msg, pname = fn()
            fname = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(OUT, fname), "wb") as f:
                f.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kind, pname])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
        total += n
    print(f"total: {total}")

if __name__ == "__main__":
    main()
