#!/usr/bin/env python3
"""Generate a blind evaluation set of healthcare-staffing-agency email.

Usage: python3 gen.py OUTDIR
Everything here is invented. Standard library only; deterministic.
"""
import sys, os, io, csv, json, zlib, struct, random, zipfile, datetime, html
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9902
random.seed(SEED)

AG = "harrowgatestaffing.com"
AGNAME = "Harrowgate Health Staffing"
AGADDR = "2250 Lindell Crossing Blvd, Suite 410, Columbus, OH 43215"
AGMAIN = "(614) 555-0140"
AGFAX = "(614) 555-0199"

DISC_AG = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
           "intended recipient(s) and may contain confidential and privileged information. Any "
           "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
           "intended recipient, please contact the sender by reply e-mail and destroy all copies "
           "of the original message.")
DISC_SB = ("This message is intended only for the use of the individual or entity to which it is "
           "addressed and may contain information that is privileged, confidential and exempt from "
           "disclosure under applicable law. St. Brendan Regional Medical Center.")
DISC_LV = ("Lakemont Valley Medical Center -- NOTICE: The information contained in this message may "
           "be confidential. If you received it in error, notify the sender and delete it.")

def P(name, user, dom=AG):
    return (name, "%s@%s" % (user, dom))

# agency people
DANA = P("Dana Whitcomb", "dwhitcomb")
MARCUS = P("Marcus Oyelaran", "moyelaran")
PRIYA = P("Priya Raman", "praman")
TERESA = P("Teresa Fenwick", "tfenwick")
JOEL = P("Joel Baptiste", "jbaptiste")
RENEE = P("Renee Castellano", "rcastellano")
KIM = P("Kim Albright", "kalbright")
HOWARD = P("Howard Lindqvist", "hlindqvist")
SHAUNA = P("Shauna McBride", "smcbride")
GERALD = P("Gerald Pike", "gpike")
LISA = P("Lisa Ngata", "lngata")
BRAD = P("Bradley Voss", "bvoss")
ANITA = P("Anita Goldberg", "agoldberg")
MARISOL = P("Marisol Vega", "mvega")
RAMI = P("Rami Haddad", "rhaddad")
LINH = P("Linh Tran", "ltran")
JOANNA = P("Joanna Pawlak", "jpawlak")
CARLA = P("Carla Mendes", "cmendes")
NADEGE = P("Nad\u00e8ge Pierre", "npierre")
JHO = P("Jhoanna Bautista", "jbautista")
OLGA = P("Olga Serova", "oserova")
LUIS = P("Luis Ocampo", "locampo")
TOM = P("Tom Reyes", "treyes")
HELPDESK = P("Harrowgate IT Help Desk", "helpdesk")
PAYROLL = P("Harrowgate Payroll", "payroll")
CRED = P("Credentialing Team", "credentialing")
TIMES = P("Timesheets", "timesheets")
ALLSTAFF = P("All Office Staff", "allstaff")
RECRUIT = P("Recruiting Team", "recruiting")

# client facilities
SB = "stbrendanrmc.org"
CH = "cedarhollowhealth.org"
LV = "lakemontvalley.org"
PB = "pinebrookbh.org"
CAROL = P("Carol Benning", "cbenning", SB)
HAROLD = P("Harold Quist", "hquist", SB)
SBPR = P("Patient Relations - St. Brendan", "patientrelations", SB)
DEREK = P("Derek Aucoin", "daucoin", CH)
PAM = P("Pam Greer", "pgreer", CH)
LYNN = P("Lynn Matsuda", "lmatsuda", LV)
LVSTAFF = P("LVMC Staffing Office", "staffingoffice", LV)
GINA = P("Gina Forsythe", "gforsythe", PB)
# vendors
WORKWELL = "workwellocc.com"
SUMMIT = "summitclaimsvc.com"
TAMARACK = "tamarackhp.com"
# clinicians (personal addresses)
JENNA = ("Jenna Kowalczyk", "jennak.rn@inboxly.net")
TYRELL = ("Tyrell Simmons", "tyrell.simmons@pinmail.com")
MAI = ("Nguy\u1ec5n Th\u1ecb Mai", "mai.nguyen88@example.com")
ROSA = ("Rosa Delgado", "rosadelgado.rn@inboxly.net")
IVAN = ("Ivan Petrov", "ivan.petrov.rrt@pinmail.com")
AMARA = ("Amara Okafor", "amara.okafor.md@example.org")
HALDANE = ("Stephen Haldane", "shaldane@halcyonmail.net")
PARK = ("Ji-hoon Park", "jhpark.em@example.com")
MARICEL = ("Maricel Santos", "maricel.santos@inboxly.net")
WADLEY = ("Wadl\u00e8y Jean-Baptiste", "wjeanbaptiste@pinmail.com")
AGA = ("Agnieszka Nowak", "aga.nowak.pt@example.net")
FATIMA = ("Fatima Al-Sayed", "fatima.alsayed@inboxly.net")
ABDI = ("Abdi Warsame", "abdi.warsame@pinmail.com")
LUIZA = ("Luiza Carvalho", "luiza.carvalho.ot@example.com")
KEISHA = ("Keisha Broadnax", "kbroadnax.cst@pinmail.com")
BRENT = ("Brent Ahlquist", "brent.ahlquist@example.net")

def fmt(p):
    name, mail = p
    if any(c in name for c in ',.;:()"'):
        return '"%s" <%s>' % (name, mail)
    return "%s <%s>" % (name, mail)

def fmtl(ps):
    return ", ".join(fmt(p) for p in ps)

TZS = [datetime.timezone(datetime.timedelta(hours=h)) for h in (-4, -5, -5, -4, -6, -7)]

def rdate(y0=2024, y1=2025, fix=None):
    if fix:
        dt = datetime.datetime(fix[0], fix[1], fix[2], random.randint(6, 19), random.randint(0, 59),
                               random.randint(0, 59))
        return dt.replace(tzinfo=random.choice(TZS[:4]))
    start = datetime.datetime(y0, 2, 1)
    end = datetime.datetime(y1, 5, 30)
    span = int((end - start).total_seconds())
    dt = start + datetime.timedelta(seconds=random.randrange(span))
    # business-ish hours most of the time
    if random.random() < 0.8:
        dt = dt.replace(hour=random.randint(7, 18))
    return dt.replace(tzinfo=random.choice(TZS), microsecond=0)

def before(dt, hours=None):
    if hours is None:
        hours = random.randint(2, 70)
    return dt - datetime.timedelta(hours=hours, minutes=random.randint(0, 59))

def on_line(dt, who):
    """Gmail/Apple style attribution line."""
    h = dt.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s, %s wrote:" % (
        dt.strftime("%a, %b ") + str(dt.day), dt.year, h, dt.strftime("%M"),
        dt.strftime("%p"), fmt(who) if isinstance(who, tuple) else who)

def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))

def outlook_block(frm, dt, to, subject, body, cc=None):
    h = dt.strftime("%I").lstrip("0")
    lines = ["-----Original Message-----",
             "From: %s" % (fmt(frm) if isinstance(frm, tuple) else frm),
             "Sent: %s, %s %d, %d %s:%s %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year,
                                             h, dt.strftime("%M"), dt.strftime("%p")),
             "To: %s" % (fmtl(to) if isinstance(to, list) else to)]
    if cc:
        lines.append("Cc: %s" % (fmtl(cc) if isinstance(cc, list) else cc))
    lines.append("Subject: %s" % subject)
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"

def fwd_block(frm, dt, to, subject, body):
    return ("---------- Forwarded message ---------\n"
            "From: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n" % (
                fmt(frm), dt.strftime("%a, %b %d, %Y at %I:%M %p"), subject,
                fmtl(to) if isinstance(to, list) else to, body.strip("\n")))

def sig_ag(p, title, direct=None, cell=None, fax=True, disc=True):
    lines = ["", "%s" % p[0], title, AGNAME]
    if direct:
        lines.append("Direct: %s" % direct)
    if cell:
        lines.append("Cell: %s" % cell)
    lines.append("Main: %s" % AGMAIN + ("  |  Fax: %s" % AGFAX if fax else ""))
    lines.append(p[1])
    if disc:
        lines += ["", DISC_AG]
    return "\n".join(lines)

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        esc = html.escape(para).replace("\n", "<br>\n")
        if para.startswith(">"):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % esc)
        else:
            out.append("<p>%s</p>" % esc)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")

# ---------------------------------------------------------------- attachments
ZDT = (2024, 1, 1, 0, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx_bytes(rows, sheet="Sheet1"):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_colname(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, html.escape(str(v), quote=False)))
        srows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(srows)))
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
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rels),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
         % (ns, rels, html.escape(sheet))),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rels),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip(files)

def docx_bytes(paragraphs):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % html.escape(p, quote=False) for p in paragraphs)
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
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (w, body)),
    ]
    return _zip(files)

def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    parts = ["BT", "/F1 10 Tf", "13 TL", "54 750 Td"]
    for l in lines:
        parts.append("(%s) Tj T*" % esc(l))
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
    out += str(xref).encode() + b"\n%%EOF\n"
    return out

def png_bytes(w, h, kind="blank"):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if kind == "logo":
                # teal field with a white band and a darker square mark
                if 8 <= x < 8 + h - 16 and 8 <= y < h - 8:
                    px = (20, 78, 92)
                elif h // 2 - 3 <= y <= h // 2 + 3:
                    px = (255, 255, 255)
                else:
                    px = (32, 140, 150)
            else:
                px = (247, 247, 244)
                if (x + y * 7) % 97 == 0:
                    px = (236, 236, 232)
            row.extend(px)
        rows.append(b"\x00" + bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def csv_text(rows):
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        wr.writerow(r)
    return buf.getvalue()

def ics_text(uid, summary, start, end, location, organizer, attendees, description=""):
    def f(dt):
        return dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Harrowgate//Calendar 2.1//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % f(start - datetime.timedelta(days=3)),
             "DTSTART:%s" % f(start), "DTEND:%s" % f(end), "SUMMARY:%s" % summary,
             "LOCATION:%s" % location, "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    if description:
        lines.append("DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

# ---------------------------------------------------------------- registry
MESSAGES = []

def add(label, kind, frm, to, subject, body, cc=None, html_alt=False, atts=(), date=None,
        patient="", headers=None):
    MESSAGES.append(dict(label=label, kind=kind, frm=frm, to=to, subject=subject, body=body, cc=cc,
                         html_alt=html_alt, atts=list(atts), date=date or rdate(), patient=patient,
                         headers=headers or {}))

def mid(dom):
    return "<%s.%d@%s>" % ("".join(random.choice("0123456789abcdef") for _ in range(20)),
                           random.randint(100000, 999999), dom)

# ================================================================ PHI: care
def phi_care():
    d = rdate(fix=(2024, 7, 20))
    add("phi", "care", CAROL, [SHAUNA], "night shift 7/18 - thank you + one ask",
        """Hi Shauna,

Wanted to pass along some good feedback before the bad, because there's a lot more good.

Your traveler Tyrell was on 4W nights Thursday and basically sat with Mrs. Dorothy Frain in 418 most of the night. She kept trying to climb out of bed and wanted to "go home and feed the cat". He walked her to the bathroom every hour, got her a warm blanket, and put the TV on the old-movie channel, which settled her. Her daughter Lorraine called the desk at 3am worried sick and he took a good ten minutes with her on the phone. Lorraine called me yesterday just to say thank you.

The one thing: after the 4 o'clock bathroom trip the bed alarm didn't get turned back on and day shift found it off at 0700. Nothing happened, thank God, but with her that's exactly when things happen. Can you or Renee just do a quick reminder with him? I don't want it written up, I'd take him back any night.

He's on the schedule again 7/24-7/26 if that still works.

Carol

Carol Benning, RN, MSN
Nurse Manager, 4 West Medical-Surgical
St. Brendan Regional Medical Center
Office 419-555-0162 | Unit 419-555-0170

""" + DISC_SB, cc=[RENEE], date=d, patient="Dorothy Frain")

    d = rdate()
    body = """Hi Jenna,

Just checking in, I hope you're sleeping a little better this week.

Quick rundown of what's next for you:

1. Your 6-week blood draw at WorkWell is booked for Thursday 8/22 at 7:15 AM (1180 Brandt Rd, Suite B, Grove City). It's a walk-in lab line, just tell them you're a Harrowgate follow-up and give them the paperwork I handed you.
2. The last two weeks of your pills are ready at the CVS on High St. They're already billed to the workers' comp card so you shouldn't pay anything. If they try to charge you, call me from the counter.
3. Keep taking them with food like we talked about - and if the stomach upset gets worse, don't just stop, call me first.

Lakemont knows you're still fine to work your regular shifts. Nobody on the unit needs any details and they won't get any from us.

Call or text anytime.

Kim""" + sig_ag(KIM, "Kim Albright, RN, COHN-S\nEmployee Health Nurse", direct="(614) 555-0151", cell="(614) 555-0188")
    add("phi", "care", KIM, [JENNA], "your follow up next week", body, html_alt=True, date=d,
        patient="Jenna Kowalczyk")

    d = rdate()
    body = """Hi Maricel!

All set for your therapy rides. Here's what I booked:

  Tue & Thu mornings, starting this Tuesday 3/11
  Pickup 7:40 AM - Extended Suites lobby (the side door by the pool)
  Drop off: Riverside Rehab, 3300 Wexley Ave, 2nd floor
  Return pickup 9:15 AM

The driver texts you about 10 min before. If you need to cancel, please tell me 24 hrs ahead or we get charged.

I also talked to the front desk and they're moving you to a ground floor unit on Sunday (#112) so no more stairs with the cane. Your key will be at the desk after 3pm. I'll have housekeeping move your stuff over if you leave it packed on the bed.

Jhoanna said you're hoping to be back on the floor by the 31st - fingers crossed!

Marisol

Marisol Vega
Housing & Travel Coordinator
Harrowgate Health Staffing
(614) 555-0147
"""
    add("phi", "care", MARISOL, [MARICEL], "rides to Riverside + room change", body, cc=[JHO], date=d,
        patient="Maricel Santos")

    d = rdate()
    body = """Marcus,

This is Claire Haldane, Stephen's wife. He asked me to write to you because he can't really type right now.

He came home from Mercy on Saturday. They sent him home with a walker and he has therapy three mornings a week at the outpatient place by our house, plus the follow-up with his surgeon on the 14th. He is not allowed to drive until the surgeon says so, and realistically that's weeks.

So there is no way he can start at Lakemont on the 3rd. He feels terrible about leaving them short, he kept saying that in the hospital. Could you please let them know, and tell them he'd still like to do the block later in the spring if they'll have him?

He'll call you himself once he's off the strong pain medicine and making sense. Thank you for the flowers, that was very kind of your office.

Claire
(740) 555-0133 (cell, best number)

Sent from my iPad"""
    add("phi", "care", ("Claire Haldane", "claire.haldane@halcyonmail.net"), [MARCUS],
        "Stephen - Lakemont start date", body, date=d, patient="Stephen Haldane")

    d = rdate()
    d0 = before(d, 30)
    handoff = """Bed 7 - Tolliver, Raymond (81)
- turn q2h, heels floated, he'll tell you he's fine - he's not
- wife Bev comes ~1100 with lunch, he only really eats when she's here
- HEARING AID LEFT EAR ONLY - lives in the blue cup on the sink at night
- needs glasses on before you talk to him or he gets agitated
- daughter Pam is the contact for anything big, not Bev (see whiteboard)
- sleeps w/ 2 pillows, HOB up
- family wants chaplain visit Sunday"""
    body = """Renee,

Forwarding the handoff sheet from Tuesday night. Please read the 4th line.

Brent had bed 7 on 3/18-3/19 nights. Wednesday morning the hearing aid was gone - not in the cup, not in his ear. We found it in the linen bag after the wife made a very upset call to patient relations. $3,800 hearing aid. Bev says it's the second time it's been "lost" this stay.

I don't think Brent is a bad nurse. He's quiet and does his work. But he told my charge nurse he "didn't get that" in report and it's right there in writing. I need you to talk to him and I need a reply I can give to patient relations by Friday.

Lynn

Lynn Matsuda, BSN, RN, CCRN
Nurse Manager, Medical ICU
Lakemont Valley Medical Center
P 330-555-0184

""" + outlook_block(("Alicia Moran", "amoran@" + LV), d0, [("MICU Charge", "micucharge@" + LV)],
                    "handoff bed 7", handoff) + "\n" + DISC_LV
    add("phi", "care", LYNN, [RENEE], "FW: handoff bed 7", body, cc=[SHAUNA], date=d,
        patient="Raymond Tolliver")

    d = rdate()
    d0 = before(d, 20)
    q = """hi gerald, the pharmacy charged me $48 for the refill yesterday, is that right? i thought comp was paying. also do i still go to the appt next week or is that done
ivan"""
    body = """Ivan,

No, you shouldn't be paying anything. CVS ran it on your Tamarack card instead of the comp pharmacy card Summit mailed you (the white and green one). Keep the receipt - send me a photo and I'll get the $48 back to you through the adjuster. Next time hand them the comp card first and tell them it's a work injury.

Other news, mostly good:
- Adjuster approved 2 more weeks of light duty at Cedar Hollow. Same limits: nothing over 20 lbs, no patient transfers, no proning team. Derek's team knows.
- Yes, keep the appointment. Dr. Ferris, Wed 10/2 at 2:30. He'll decide if you go back to full duty.
- Mileage to and from the appointments is reimbursable. Use the log I sent in August, send it to me monthly.

Hang in there.

Gerald

Gerald Pike
Risk & Claims Coordinator
Harrowgate Health Staffing
(614) 555-0156 | Fax (614) 555-0199

""" + on_line(d0, IVAN) + "\n" + quote(q)
    add("phi", "care", GERALD, [IVAN], "RE: pharmacy", body, date=d, patient="Ivan Petrov")

    d = rdate()
    d0 = before(d, 1)
    req = """Need a 1:1 sitter tonight 1900-0730 for Mr. Gene Albers, 2 North rm 214. He has been trying to leave the unit through the fire door and needs someone within arm's reach at all times incl. bathroom. Family asks for a male aide if at all possible, he doesn't do well with women helping him undress.

Will need the same for at least Fri and Sat nights, I'll confirm tomorrow. PO to follow from Mike in finance.

Gina Forsythe, RN
House Supervisor
Pinebrook Behavioral Health
(937) 555-0120 ext 2"""
    body = """Gina - confirmed. Darnell Hughes, CNA will be there at 1845 to get report. He's done 1:1s for you before (2 South in Jan). I've tentatively put him on Fri/Sat too, just confirm by noon tomorrow so I don't lose him.

Priya

Priya Raman | Allied Health Recruiter | Harrowgate Health Staffing | (614) 555-0149

""" + on_line(d0, GINA) + "\n" + quote(req)
    add("phi", "care", PRIYA, [GINA], "RE: URGENT sitter tonight", body, cc=[("Darnell Hughes", "dhughes.cna@inboxly.net")],
        date=d, patient="Gene Albers")

    d = rdate(fix=(2024, 9, 4))
    appt = datetime.datetime(d.year, d.month, d.day, 8, 0, tzinfo=d.tzinfo) + datetime.timedelta(days=5)
    body = """Rosa,

You're on my schedule for Monday at 8:00 AM here at the office (suite 410, ring the bell by the elevator):

- flu shot
- TB skin placement (left forearm)

The skin read HAS to be Wednesday between 8 and 10 - 48 to 72 hours, no exceptions, or we start over. If Wednesday doesn't work with your drive, tell me now and we'll do the blood draw instead on Monday and skip the read.

Please also bring your vaccine card or whatever you have showing your MMR dates. Lakemont needs that before your 9/16 start on L&D and the copy in your file is cut off at the bottom.

Calendar invite attached.

Kim

Kim Albright, RN, COHN-S | Employee Health | (614) 555-0151
"""
    ics = ics_text("eh-%d@%s" % (random.randint(10000, 99999), AG), "Rosa Delgado - flu + TB placement",
                   appt, appt + datetime.timedelta(minutes=20), "Harrowgate Suite 410 - Employee Health room",
                   (KIM[0], KIM[1]), [(ROSA[0], ROSA[1])], "Bring MMR dates / vaccine card. Read Wed 8-10am.")
    add("phi", "care", KIM, [ROSA], "Mon appt - flu shot & TB placement", body,
        atts=[("invite.ics", "text", "calendar", ics)], date=d, patient="Rosa Delgado")

# ================================================================ PHI: ids
def phi_ids():
    d = rdate(fix=(2024, 6, 24))
    body = """Mr. Pike,

RE: Claim No. WC24-118837
Employer: Harrowgate Health Staffing
Claimant: Simmons
DOI: 05/29/2024

I have still not received the work status report from the 06/11/2024 visit at WorkWell Occupational Health. Temporary total disability payments are on hold until I receive it. Please forward a copy or ask the clinic to fax it directly to 866-555-0172, attention Brenda Kulick, and reference the claim number on every page.

If the claimant has been released to modified duty, please also send the offer letter for the light-duty position.

Thank you,

Brenda Kulick, AIC
Senior Claims Adjuster | Workers' Compensation
Summit Claims Services
P 866-555-0170 x4412 | F 866-555-0172
bkulick@summitclaimsvc.com

This communication may contain confidential claim information. If you are not the intended recipient, please notify the sender and delete."""
    add("phi", "ids", ("Brenda Kulick", "bkulick@" + SUMMIT), [GERALD],
        "Claim WC24-118837 / DOI 05/29/2024 - work status needed", body, date=d, patient="Simmons")

    d = rdate()
    body = """WorkWell Occupational Health - Employer Results Notification

A new result is available for one of your employees.

Employer account:   Harrowgate Health Staffing (Acct 20-7719)
Employee ID:        HHS-004471
Date of birth:      03/14/1989
Service:            QuantiFERON-TB Gold Plus (IGRA)
Collected:          04/02/2025   Site: Grove City
Status:             FINAL - review required

Sign in to the WorkWell Employer Portal to view and download the report:
https://portal.workwellocc.com/employer

This is an automated message. Replies to this address are not monitored.
WorkWell Occupational Health | 1180 Brandt Rd, Grove City, OH | 614-555-0300
"""
    add("phi", "ids", ("WorkWell Results", "no-reply@" + WORKWELL), [KIM],
        "Result available - HHS-004471", body, html_alt=True, date=d)

    d = rdate(fix=(2024, 6, 13))
    body = """Renee,

We're working event SE-2024-0612 (unwitnessed fall without injury, 4 West, 06/12 at approx. 0215). Patient MRN 00847321, DOB 02/27/1939, in case your system needs two identifiers to match.

The nurse assigned to that patient on the night of 6/11-6/12 was one of your travelers. Per our agreement, please have her complete the attached staff statement form and return it to me within 5 business days. The patient was on fall precautions in the chart; I need to know whether the bed alarm was on and when she last rounded.

This is part of our peer review / quality process and is privileged; please don't forward outside your quality team.

Harold

Harold Quist, MHA, CPHRM
Risk Manager
St. Brendan Regional Medical Center
419-555-0110

""" + DISC_SB
    form = docx_bytes(["St. Brendan Regional Medical Center", "CONTRACT STAFF STATEMENT - PATIENT SAFETY EVENT",
                       "Event #: SE-2024-0612", "Unit: 4 West", "Date/time of event: 06/12/2024 ~0215",
                       "Staff name: ____________________   Agency: Harrowgate Health Staffing",
                       "1. Describe your assignment and when you last saw the patient:",
                       "", "2. Describe what you observed / did after the event:", "",
                       "3. Bed/chair alarm status at last rounding:", "",
                       "Signature: ______________________  Date: __________",
                       "Privileged and confidential - patient safety work product."])
    add("phi", "ids", HAROLD, [RENEE], "Event SE-2024-0612 - MRN 00847321 - staff statement request", body,
        atts=[("Staff_Statement_SE-2024-0612.docx", "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document", form)], date=d)

    d = rdate()
    body = """Lisa -

Need your help on one. Tamarack denied claim 2024D0098812 for member ID THP884120377-02 (that's the dependent on Fatima's family plan) as "no coverage on date of service 03/07". It's because her March deduction didn't come out - the payroll import choked on the week she switched assignments.

Coverage was never actually terminated on our side. Can you send Tamarack the eligibility correction with a 3/1 effective date so they reprocess? I'll take the missed premium out over the next two checks, I already cleared that with her.

Thx
H

Howard Lindqvist
Payroll Manager, Harrowgate Health Staffing
(614) 555-0144"""
    add("phi", "ids", HOWARD, [LISA], "Tamarack claim denial - dependent -02", body, date=d)

    d = rdate(fix=(2025, 1, 17))
    body = """CRESTLINE LABORATORIES - MRO COMMUNICATION

To:          Harrowgate Health Staffing - Credentialing (DER)
Account:     CL-55102
Donor ID:    7734-2291-0
SSN:         XXX-XX-6612
DOB:         11/02/1978
Collected:   01/15/2025  Collection site: Crestline PSC #118
Reason:      Pre-placement
Panel:       10-panel urine w/ expanded opiates

RESULT:      NON-NEGATIVE - PENDING MRO REVIEW (opiates)

The Medical Review Officer is attempting to contact the donor for interview. A verified result will be issued after the interview or after 72 hours if the donor cannot be reached. Do not take employment action based on this notice alone.

Dr. Harlan Weiss, MD, MRO
Crestline Laboratories Medical Review
mro@crestlinelabs.net | 800-555-0119
"""
    pdf = pdf_bytes(["CRESTLINE LABORATORIES", "Custody and Control Form - Copy 3 (Employer)",
                     "Specimen ID: 7734-2291-0   Donor ID verified: Photo ID",
                     "Employer: Harrowgate Health Staffing  Acct CL-55102",
                     "Collected 01/15/2025 08:42  Temp in range: Y",
                     "Collector: R. Ybarra", "Forwarded to lab: 01/15/2025 via FedEx 7781 5520 1903"])
    add("phi", "ids", ("Crestline MRO", "mro@crestlinelabs.net"), [CRED],
        "MRO notice - Donor 7734-2291-0", body,
        atts=[("CCF_7734-2291-0.pdf", "application", "pdf", pdf)], date=d)

    d = rdate(fix=(2024, 7, 8))
    body = """Good afternoon Shauna,

Patient Relations has opened case PR-24-03391 concerning care on 4 West, room 426, night shift 07/02/2024 into 07/03/2024. Patient DOB 01/09/1941.

The family reports that the call light was not answered for approximately 40 minutes and that the patient was found soiled at the 0500 check. Our staffing records show the assigned RN for that room was contracted through Harrowgate.

Please provide:
  1. the name and credentials of the assigned agency nurse
  2. a written statement from that nurse
  3. any prior concerns on file for this nurse at other facilities

Our response to the family is due 07/19. We appreciate your help.

Regards,
Theresa Ocasio
Patient Relations Specialist
St. Brendan Regional Medical Center
419-555-0109

""" + DISC_SB
    add("phi", "ids", SBPR, [SHAUNA], "PR-24-03391 - request for information", body, cc=[CAROL, RENEE], date=d)

    d = rdate(fix=(2024, 3, 22))
    body = """Dr. Okafor,

Two items on your hospitalist encounters from the week of 3/11. Please complete in the EHR inbox - the coding hold is at day 9.

  FIN 77120045 | Medicare MBI 4TG7-RK2-MN83 | DOS 03/14
    - H&P is unsigned
    - Query: documentation states "SOB, on 4L NC, ABG pending" - please clarify in an addendum whether this represents acute respiratory failure, hypoxia, or other/unable to determine.

  FIN 77120311 | DOS 03/15
    - Discharge summary not started

Marcus, cc'ing you since Dr. Okafor's locum contract ends 3/29 and we need these closed before she leaves.

Thank you,
Monique Tate, CCS, CDIP
Clinical Documentation Integrity
Cedar Hollow Community Hospital
ext. 5521"""
    add("phi", "ids", ("Monique Tate", "mtate@" + CH), [AMARA], "Coding hold - FIN 77120045 query", body,
        cc=[MARCUS], date=d)

    d = rdate()
    d0 = before(d, 5)
    body = """Howard - yes, please code as STD starting w/e 7/13. No PTO integration, she opted out. The carrier pays her directly.

Lisa

""" + outlook_block(HOWARD, d0, [LISA], "EE 10488 leave status",
                    "Lisa, got the notice on STD claim 23-55810-07 for EE #10488. Approved through 8/30 per the letter. Do I stop the regular pay and code STD, and does she want PTO to top up? Her assignment at Cedar Hollow is on hold per Shauna.\n\nHoward")
    add("phi", "ids", LISA, [HOWARD], "RE: EE 10488 leave status", body, date=d)

# ================================================================ PHI: lang
def phi_lang():
    d = rdate(fix=(2024, 6, 27))
    stmt = """Statement - Rosa Delgado, RN (Harrowgate Health Staffing)
Unit: Labor & Delivery, Lakemont Valley Medical Center
Shift: 1900-0730

Assigned to room 6 (Cardona). Patient Spanish-speaking only. Video interpreter cart would not connect after 2200, IT ticket placed by charge RN. I interpreted for patient and husband with their agreement.
0205 BP 150/98, repeat 152/100 at 0215. Notified Dr. Ames at 0217 by phone. Orders received and carried out, charge RN aware.
0540 delivery, stable.
Husband expressed frustration at 0600 about wait time. I explained the timeline to him in Spanish. All times documented in the record.
"""
    body = """Hola Luis,

Perdona que te escriba tan temprano, pero quiero que sepas lo que pasó antes de que te llame la supervisora.

Anoche tuve a la señora Yesenia Cardona en la habitación 6 de Labor y Parto. Ella solo habla español y el intérprete por video no funcionaba, así que yo le estuve traduciendo toda la noche. Como a las 2 de la mañana le subió la presión (150/98) y le avisé a la doctora de guardia enseguida. Le pusieron el magnesio y todo salió bien, el bebé nació a las 5:40, una niña preciosa.

El problema es que el esposo se quejó con la supervisora de que yo "no le explicaba nada" y que me tardé en llamar al médico. No es verdad. Todo está en el expediente con la hora exacta. Ya escribí mi declaración en inglés y te la mando adjunta por si la necesitas.

No sé si esto va a afectar mi contrato en Lakemont. Estoy muy preocupada, llevo 3 semanas nada más.

Gracias,
Rosa

Enviado desde mi iPhone"""
    add("phi", "lang", ROSA, [LUIS], "lo de anoche en L&D", body,
        atts=[("declaracion_RDelgado.txt", "text", "plain", stmt)], date=d, patient="Yesenia Cardona")

    d = rdate()
    body = """Chị Linh ơi,

Em mới nhận kết quả xét nghiệm lao (QuantiFERON) từ phòng khám WorkWell, họ nói là dương tính. Em lo quá chị ơi.

Hồi nhỏ em có chích ngừa BCG ở Việt Nam, bác sĩ bên đó nói có thể là do vậy, nhưng vẫn phải chụp X-quang phổi cho chắc. Lịch chụp của em là thứ Sáu này 10 giờ sáng ở Mercy, em đã đặt rồi.

Em không ho, không sốt, không sụt cân gì hết. Nhưng em sợ Lakemont không cho em bắt đầu làm ngày 14. Chị hỏi giùm em chị Kim bên Employee Health là em cần nộp giấy tờ gì không? Nếu phải uống thuốc 3-4 tháng thì em vẫn đi làm được phải không chị?

Cám ơn chị nhiều nha.

Mai
Nguyễn Thị Mai, RN
(513) 555-0126"""
    add("phi", "lang", MAI, [LINH], "Kết quả xét nghiệm lao của em", body, date=d,
        patient="Nguy\u1ec5n Th\u1ecb Mai")

    d = rdate()
    body = """Hi Ate Jho,

Update lang po. Naka-4 sessions na ako ng therapy sa Riverside Rehab. Medyo okay na yung likod ko pero masakit pa rin pag matagal akong nakatayo, lalo na pag 12 hrs. Sabi ni PT (si Kevin) baka 2 more weeks pa bago ako ma-clear for full duty. May follow up ako kay Dr. Lacson sa April 2, dadalhin ko yung form ni Kim para sa light duty.

Nahihiya ako kay Carol sa 4 West kasi kulang na nga sila ng tao. Pwede po ba akong mag-light duty muna doon? Kahit desk lang or discharge phone calls, basta may sweldo pa rin po. Medyo hirap na din sa bills dito sa hotel kahit sagot ng agency yung room.

Salamat po sa lahat, pati kay Marisol sa mga rides, sobrang laking tulong.

Ingat po,
Maricel

Sent from Yahoo Mail on Android"""
    add("phi", "lang", MARICEL, [JHO], "update po", body, date=d, patient="Maricel Santos")

    d = rdate()
    body = """Bonjou Nadège,

M ap ekri w pou m fè w konnen sa k te pase yè swa sou 4 West nan St. Brendan, anvan moun lopital la rele w.

Te gen yon pasyan, Madan Odette Laguerre, chanm 431, ki pale kreyòl sèlman. Li te di m li gen doulè nan vant li depi 10è e pèsonn pa t ba l anyen pou doulè a. Mwen te di enfimyè a (Stacy) 3 fwa men li te twò okipe, li di m "in a minute". Madan an te kriye. Pitit fi l la, Marie-Ange, rive vè 1è di maten e li te fache anpil, li di l pral pote plent kont lopital la ak kont ajans lan.

Mwen pa vle gen pwoblèm. Mwen te fè travay mwen, mwen te ede l al nan twalèt 2 fwa e mwen te chanje dra yo. Mwen ekri tout sa nan kaye m ak lè yo.

Èske ou ka rele m jodi a apre 2è? M ap dòmi kounye a.

Mèsi anpil,
Wadlèy
(614) 555-0178"""
    add("phi", "lang", WADLEY, [NADEGE], "sa k te pase yè swa 4 West", body, date=d, patient="Odette Laguerre")

    d = rdate()
    body = """Oi Carla, tudo bem?

Queria te contar antes de todo mundo: estou grávida de 14 semanas! Ainda estou meio assustada, mas muito feliz.

A minha obstetra, Dra. Fontes, me deu uma carta com restrição de levantar no máximo 11 kg (25 lb) e para evitar pacientes em isolamento de contato, principalmente CMV. Na reabilitação do Cedar Hollow eu faço muita transferência de paciente pesado, então acho que preciso conversar com o Derek ou com a gerente da terapia sobre isso. Não quero perder o contrato, ele vai até agosto.

Também estou com muito enjoo de manhã e às vezes chego uns minutos atrasada. Você acha que dá pra mudar meu horário pra começar às 9h?

Mando a carta da médica em anexo (tirei foto no celular, desculpa a qualidade).

Por favor, não comenta com ninguém da equipe ainda, só com quem precisa saber.

Beijos,
Luiza"""
    add("phi", "lang", LUIZA, [CARLA], "novidade + restrição médica", body,
        atts=[("IMG_4471.png", "image", "png", png_bytes(170, 220, "blank"))], date=d,
        patient="Luiza Carvalho")

    d = rdate()
    body = """Cześć Joanna,

Muszę Ci zgłosić zdarzenie z dzisiejszego ranka w Lakemont.

Podczas ćwiczeń chodu na korytarzu pan Walter Brzeziński (sala 512, trzeci dzień po operacji biodra) osunął się na podłogę. Trzymałam go za pas, więc nie uderzył się głową, ale zgłaszał ból w prawym kolanie. Lekarz dyżurny go obejrzał i zlecili prześwietlenie kolana - bez złamania, dzięki Bogu.

Wypełniłam formularz zdarzenia w systemie szpitala (nr 24-3381). Pielęgniarka oddziałowa powiedziała, że zrobiłam wszystko jak trzeba, ale córka pana Brzezińskiego była bardzo zdenerwowana i pytała, czy fizjoterapeutka z agencji ma odpowiednie kwalifikacje i licencję w Ohio.

Czy mam napisać coś jeszcze dla Was? Wolę mieć wszystko na piśmie, zanim ktoś zadzwoni.

Pozdrawiam,
Aga

Agnieszka Nowak, PT, DPT
tel. 216-555-0137"""
    add("phi", "lang", AGA, [JOANNA], "zdarzenie - pacjent sala 512", body, date=d,
        patient="Walter Brzezi\u0144ski")

    d = rdate()
    body = """Здравствуйте, Ольга!

Пишу вам по поводу мужа, Ивана Петрова (он работает у вас респираторным терапевтом в Cedar Hollow).

Он сейчас не может работать полностью — после травмы спины на смене врач запретил поднимать больше 20 фунтов, и он ходит на физиотерапию три раза в неделю. Сегодня пришёл счёт из отделения неотложной помощи за 29 сентября на $1 840. Разве это не должна оплачивать страховка по производственной травме (workers' comp)? Иван говорит, что этим занимается Джеральд, но счёт пришёл на наш домашний адрес, и там написано "оплатить до 15 ноября".

И ещё: в последнем расчётном листке не было оплаты за неделю с 6 по 12 октября. Можно узнать, когда придут деньги? У нас ипотека.

Заранее спасибо,
Наталья Петрова
тел. (614) 555-0193"""
    add("phi", "lang", ("Наталья Петрова", "natalia.petrova@pinmail.com"), [OLGA],
        "Иван Петров - счёт из больницы и зарплата", body, cc=[IVAN], date=d, patient="Ivan Petrov")

    d = rdate()
    body = """مرحبا رامي،

أردت أن أخبرك قبل أن يتصل بك أحد من مستشفى سيدار هولو.

أمس في الصيدلية اكتشفت خطأ في جرعة الهيبارين للمريض السيد آرثر ويتمان في الغرفة 308. الطلب كان 5000 وحدة، لكن الكيس الذي حضّرته زميلتي كان مكتوبًا عليه 25000. أوقفتُ الكيس قبل أن يصل إلى الطابق، والحمد لله لم يحصل للمريض أي ضرر. كتبتُ تقرير الحادثة في نظام المستشفى وأبلغتُ الممرضة المسؤولة.

لكن مديرة الصيدلية طلبت اجتماعًا معي يوم الاثنين الساعة العاشرة، وأنا قلقة لأنني من الوكالة ولست موظفة عندهم. هل يمكنك أن تحضر معي أو تتصل بها قبل ذلك؟

شكرًا جزيلًا،
فاطمة

Fatima Al-Sayed, PharmD
(614) 555-0131"""
    add("phi", "lang", FATIMA, [RAMI], "موضوع الصيدلية - مهم", body, date=d, patient="Arthur Whitman")

# ================================================================ PHI: lists
def phi_lists():
    d = rdate()
    body = """Renee,

Below is the assignment sheet from Keisha's-- sorry, from BRENT's last shift with us (he floated to 4W from MICU on 2/9 days). I went through every chart. These are the gaps:

Rm  | Patient             | Age | What was going on                         | Missing
----+---------------------+-----+-------------------------------------------+------------------------------
412 | Hollins, Margaret   | 77  | going home w/ daughter, needed teaching    | discharge teaching not signed
414 | Strand, Edwin       | 68  | insulin before meals, NPO after midnight   | 1130 sugar not charted
415 | Ortega, Luz         | 54  | PICC dressing change due                   | dressing change not done
419 | Bylund, Chester     | 83  | turn q2, wound on sacrum                   | no turns charted 1000-1600
420 | Fitzpatrick, Nora   | 71  | pain 8/10 at 1300 per family               | no reassessment after dose

Five patients, five gaps. That isn't a bad day, that's a pattern. I'd like him off our float list until I hear from you.

Carol

Carol Benning, RN, MSN | Nurse Manager, 4 West | St. Brendan Regional Medical Center

""" + DISC_SB
    add("phi", "lists", CAROL, [RENEE], "Ahlquist - 2/9 assignment review", body, cc=[SHAUNA], date=d,
        patient="Margaret Hollins; Edwin Strand; Luz Ortega; Chester Bylund; Nora Fitzpatrick")

    d = rdate(fix=(2024, 7, 15))
    rows = [["Clinician", "DOB", "Discipline", "Facility", "Item", "Result / Status", "Due"],
            ["Kowalczyk, Jenna", "07/19/1991", "RN-ICU", "Lakemont Valley", "Hep B titer", "Non-reactive - series restarted 7/2", "09/02"],
            ["Ahlquist, Brent", "04/08/1987", "RN-ICU", "Lakemont Valley", "TB screen", "Annual overdue", "ASAP"],
            ["Broadnax, Keisha", "10/26/1994", "CST", "Cedar Hollow", "Flu", "Medical exemption - egg allergy, letter on file", "n/a"],
            ["Nguyen, Thi Mai", "05/30/1988", "RN-Tele", "Lakemont Valley", "TB screen", "IGRA positive, CXR clear 2/4, INH started", "CXR annual"],
            ["Simmons, Tyrell", "12/12/1990", "RN-ER", "St. Brendan", "Fit for duty", "Released full duty 7/1 (WC)", "done"],
            ["Al-Sayed, Fatima", "02/17/1985", "PharmD", "Cedar Hollow", "Varicella", "Titer equivocal - repeat drawn", "08/15"],
            ["Jean-Baptiste, Wadley", "08/01/1979", "CNA", "St. Brendan", "COVID", "Declined - religious", "n/a"],
            ["Warsame, Abdi", "03/03/1996", "ST", "Cedar Hollow", "MMR", "Dose 2 given 7/10", "done"],
            ["Carvalho, Luiza", "12/11/1993", "OTR", "Cedar Hollow", "Tdap", "Deferred per OB - pregnant", "post-partum"]]
    body = """Team,

Attached is this week's open health-clearance report. 9 rows. Recruiters, please look for your people and nudge - Lakemont and Cedar Hollow both audit us in August.

Two to call out:
 - Brent's TB is overdue and Lakemont will pull him from the schedule on the 1st without it.
 - Fatima needs her repeat varicella back before 8/15.

Don't paste the sheet into the VMS notes, just update the status fields.

Teresa

Teresa Fenwick
Credentialing Specialist
Harrowgate Health Staffing
(614) 555-0152
"""
    add("phi", "lists", TERESA, [RECRUIT], "Open health clearance items - wk of 7/15", body, cc=[KIM],
        atts=[("open_clearance_items_0715.csv", "text", "csv", csv_text(rows))], date=d,
        patient="Jenna Kowalczyk; Brent Ahlquist; Keisha Broadnax; Nguyen Thi Mai; Tyrell Simmons; Fatima Al-Sayed; Wadley Jean-Baptiste; Abdi Warsame; Luiza Carvalho")

    d = rdate(fix=(2024, 7, 5))
    rows = [["Event ID", "Date", "Facility", "Unit", "MRN", "Patient", "Event type", "Agency clinician", "Harm", "Status"],
            ["SE-2024-0612", "06/12/2024", "St. Brendan RMC", "4W", "00847321", "Gaffney, Irene", "Fall - unwitnessed", "D. Okonkwo RN", "No harm", "Statement pending"],
            ["LV-24-3381", "06/14/2024", "Lakemont Valley", "Ortho 5", "LV2290188", "Brzezinski, Walter", "Fall - assisted to floor (PT)", "A. Nowak PT", "Minor", "Closed"],
            ["CH-24-0771", "06/18/2024", "Cedar Hollow", "Pharmacy", "CH661045", "Whitman, Arthur", "Med error - near miss (heparin)", "F. Al-Sayed PharmD", "None", "Review 6/24"],
            ["SE-2024-0655", "06/21/2024", "St. Brendan RMC", "4W", "00851190", "Laguerre, Odette", "Complaint - pain not addressed", "W. Jean-Baptiste CNA", "n/a", "Open"],
            ["LV-24-3402", "06/27/2024", "Lakemont Valley", "L&D", "LV2291740", "Cardona, Yesenia", "Complaint - communication", "R. Delgado RN", "n/a", "Closed - unfounded"]]
    body = """Harold, Lynn -

As required under section 7.3 of our agreements, attached is the June event log for events involving Harrowgate clinicians at your facilities. Each of you only needs your own rows; I'm sending one file so the totals match what goes to our quality committee.

Summary: 5 events, 0 serious harm, 2 still open.

Please let me know if anything in your incident systems doesn't match.

Renee

Renee Castellano, MSN, RN, CPHQ
Director, Clinical Quality & Risk
Harrowgate Health Staffing
(614) 555-0146
"""
    add("phi", "lists", RENEE, [HAROLD, LYNN], "June 2024 agency event log", body, html_alt=True,
        atts=[("Harrowgate_event_log_2024-06.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes(rows, "June 2024"))],
        date=d, patient="Irene Gaffney; Walter Brzezinski; Arthur Whitman; Odette Laguerre; Yesenia Cardona")

    d = rdate(fix=(2024, 11, 1))
    body = """Brad, Anita,

Open workers' comp claims as of 10/31 for the Q4 broker call. Reserves from Summit's loss run.

Employee            Claim #        DOI         Injury                          Status                     Reserve
------------------  -------------  ----------  ------------------------------  -------------------------  --------
Simmons, Tyrell     WC24-118837    05/29/2024  R wrist fx - slipped, ED bay    Full duty 7/1, med only    $ 6,200
Petrov, Ivan        WC24-131902    09/29/2024  Lumbar strain - pt turn         Light duty thru 10/16      $14,500
Santos, Maricel     WC24-127554    08/30/2024  Low back - lift w/o device      PT 2x/wk, off work         $22,000
Kowalczyk, Jenna    WC24-120310    07/08/2024  Needlestick - source neg        PEP done, final draw 10/3  $ 1,900
Warsame, Abdi       WC24-133018    10/22/2024  Splash to eye - OR              Closed after 1 visit       $   450

Santos is the one to watch - no lift equipment on that unit, and she's been out 9 weeks. I'd like to talk about a safe-patient-handling clause in the St. Brendan renewal.

Gerald"""
    add("phi", "lists", GERALD, [BRAD, ANITA], "open WC claims 10/31", body, date=d,
        patient="Tyrell Simmons; Ivan Petrov; Maricel Santos; Jenna Kowalczyk; Abdi Warsame")

    d = rdate(fix=(2024, 8, 8))
    rows = [["Employee Name", "Employee ID", "DOB", "Visit Date", "Service", "Result", "Comment"],
            ["AHLQUIST, BRENT", "HHS-003980", "04/08/1987", "08/05/2024", "TB IGRA", "Negative", ""],
            ["BROADNAX, KEISHA", "HHS-004512", "10/26/1994", "08/05/2024", "Hep B Surface Ab", "Reactive (>10)", "Immune"],
            ["KOWALCZYK, JENNA", "HHS-004201", "07/19/1991", "08/06/2024", "HIV 1/2 Ag/Ab", "Nonreactive", "6-wk post exposure"],
            ["KOWALCZYK, JENNA", "HHS-004201", "07/19/1991", "08/06/2024", "Hep C Ab", "Nonreactive", "6-wk post exposure"],
            ["NOWAK, AGNIESZKA", "HHS-004388", "09/14/1990", "08/06/2024", "Respirator Fit", "Pass - 3M 1870+", ""],
            ["SANTOS, MARICEL", "HHS-004102", "06/22/1986", "08/07/2024", "Varicella IgG", "Positive", "Immune"],
            ["WARSAME, ABDI", "HHS-004655", "03/03/1996", "08/07/2024", "10-panel UDS", "Negative", "Pre-placement"]]
    body = """Kim,

Please find attached the weekly results batch for account 20-7719 (visits 08/05-08/07). Original reports are in the employer portal.

Thank you,
Danielle Cho
Client Services Coordinator
WorkWell Occupational Health
614-555-0300 ext 214
"""
    add("phi", "lists", ("Danielle Cho", "dcho@" + WORKWELL), [KIM], "Weekly results batch - Acct 20-7719", body,
        atts=[("Results_20-7719_0805-0807.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes(rows, "Results"))],
        date=d, patient="Brent Ahlquist; Keisha Broadnax; Jenna Kowalczyk; Agnieszka Nowak; Maricel Santos; Abdi Warsame")

    d = rdate()
    body = """Ji-hoon,

Thanks for picking up the weekend. Here's my list (pasted from my tracker). Sign-out by phone at 0645 Sat, my cell is below.

Rm\tName\tAge\tWhat's going on\tTo do
301\tBenavides, Hector\t62\tsepsis from UTI, improving, on cefepime\tcheck AM cultures, likely PO abx Sun
304\tKrauss, Delia\t88\tfall at home, hip pain, ortho says nonop\tPT eval, family mtg re: SNF Sat 2pm (daughter Ruth)
307\tOyelowo, Samuel\t45\tDKA resolved, new insulin regimen\tdiabetes teaching, d/c Sun if eating
309\tPrice, Albert "Bud"\t79\tCHF exacerbation, diuresing\tdaily wt, BMP, he's DNR/DNI
312\tLindahl, Mary\t71\tCOPD, on 3L\twean O2, may go Sat

Bud Price's son is a nurse at Mercy and will call asking for numbers. Be nice, he's been helpful.

Amara

Amara Okafor, MD
Locum Hospitalist - Cedar Hollow Community Hospital
cell (216) 555-0182"""
    add("phi", "lists", AMARA, [PARK], "weekend list - CH hospitalist", body,
        cc=[("Cedar Hollow Hospitalist Group", "hospitalists@" + CH)], date=d,
        patient="Hector Benavides; Delia Krauss; Samuel Oyelowo; Albert Price; Mary Lindahl")

    d = rdate()
    body = """Teresa,

Return-to-work / fit-for-duty clearances still pending as of today. Please don't submit any of these to a client as "cleared" until I sign off.

Santos, Maricel - 06/22/1986 - back strain (WC), needs full-duty release from Dr. Lacson, appt 4/2
Petrov, Ivan - 01/30/1981 - lumbar strain (WC), light duty only, recheck 10/2
Haldane, Stephen - 09/03/1962 - post-op knee, no driving, no release yet
Carvalho, Luiza - 12/11/1993 - pregnant, 25 lb lift limit per OB letter, can work with accommodation
Nguyen, Thi Mai - 05/30/1988 - positive IGRA, CXR clear, on treatment, OK to work

Kim"""
    add("phi", "lists", KIM, [TERESA], "pending RTW clearances", body, date=d,
        patient="Maricel Santos; Ivan Petrov; Stephen Haldane; Luiza Carvalho; Nguyen Thi Mai")

# ================================================================ PHI: names
def phi_names():
    d = rdate()
    body = """Dana,

Heads up before you talk to Danielle about her extension.

Mrs. Haverford's family called Carol again this morning. To recap: Danielle had her on days Tuesday, and her sugar wasn't checked before lunch. She was shaky and sweaty by 1300 and the daughter was the one who pushed the call light. They gave her juice and the sliding scale got held, she was fine within the hour, but the daughter is a retired nurse and she is not letting it go.

I've read Danielle's note and I believe her that the tray came early and she was in an isolation room. It's still a miss. I'm going to do a coaching conversation with her Thursday and document it. I don't think it should stop the extension, but St. Brendan may feel differently and Carol is the one who decides.

Don't bring up Mrs. Haverford by name with Danielle on the phone, let me handle that part.

Renee

Renee Castellano, MSN, RN, CPHQ
Director, Clinical Quality & Risk
Harrowgate Health Staffing
"""
    add("phi", "names", RENEE, [DANA], "Danielle O. - before you call her", body, date=d, patient="Haverford")

    d = rdate()
    d0 = before(d, 6)
    q = """Shauna,

I'm going to have to ask that we not schedule your aide on our obs unit again until we talk. The patient's daughter came in at 0700 and found him in a wet brief that, by the look of it, had not been changed since before midnight. He now has a new open area on his tailbone that wasn't there on admission. She has photos. He's 91 and can't use the call light himself, which is exactly why he had an aide.

I have already had one conversation with the family this morning that I don't want to have again.

Derek Aucoin, MSN, RN
Director of Emergency & Observation Services
Cedar Hollow Community Hospital
330-555-0140"""
    body = """Derek,

I'm so sorry, and thank you for telling me directly. I've taken her off the Cedar Hollow schedule effective now and Renee (our quality director, cc'd) will call you today to get the timeline. We'll do our own review and I'll share what we find.

If the family would like to hear from us as well, just say so.

Shauna

Shauna McBride
Client Account Manager | Harrowgate Health Staffing
(614) 555-0142 | cell (614) 555-0197

""" + on_line(d0, DEREK) + "\n" + quote(q)
    add("phi", "names", SHAUNA, [DEREK], "RE: Kessler - obs bed 4", body, cc=[RENEE], date=d, patient="Kessler")

    d = rdate(fix=(2024, 12, 4))
    d1 = before(d, 26)
    d2 = before(d1, 30)
    d3 = before(d2, 40)
    carol = """Hi Dana, please make sure Tyrell gets paid for the extra 2.25 hrs on 11/23 - he stayed past 0730 because Mr. Anton Pelletier in 409 went bad at 0640, we called a rapid response and he went with him to ICU and gave report. He was great. I signed the late-out in ShiftLedger but it kicked it back as "unapproved OT".

Carol"""
    tyrell = """dana did you see carols email. the 11/23 shift still shows 12.0 on my paystub not 14.25. also is thanksgiving day (11/28) holiday rate? thats what the contract says

thx
T"""
    dana = """Howard - can you look at this? Carol approved it in writing, below. And he's right about 11/28, the St. Brendan contract pays 1.5x on the 6 holidays.

""" + on_line(d1, TYRELL) + "\n" + quote(tyrell + "\n\n" + on_line(d2, CAROL) + "\n" + quote(carol))
    body = """Yep, the approval got stuck because the rapid-response OT came in after the weekly cutoff. I've added both to the 12/6 off-cycle: 2.25 hrs OT for 11/23 and holiday differential for 11/28 (12 hrs at 1.5x). Tyrell should see it Friday.

H

""" + outlook_block(DANA, d1 + datetime.timedelta(hours=2), [HOWARD], "FW: 11/23 late out - Simmons", dana, cc=[PAYROLL])
    add("phi", "names", HOWARD, [DANA], "RE: FW: 11/23 late out - Simmons", body, cc=[PAYROLL], date=d,
        patient="Anton Pelletier")

    d = rdate(fix=(2024, 12, 3))
    body = """Marcus,

I need to let you know we're sending one of Dr. Park's cases to peer review. This isn't a decision about his privileges, it's routine for any 72-hour return, but you should hear it from me.

Pruitt, Helen - 54 y/o woman he saw Sunday overnight with chest pressure. Two sets of enzymes negative, EKG read as nonspecific, discharged home with a stress test ordered. She came back by ambulance Tuesday afternoon with an MI and went to the cath lab. She's recovering, but her husband has asked for a meeting.

Dr. Park has been a good fit down here and I'd like to keep him on the schedule through January. The committee meets 12/12. Can you make sure he's reachable that week and that your malpractice carrier is notified if your agreement requires it?

Derek

Derek Aucoin, MSN, RN
Director of Emergency & Observation Services
Cedar Hollow Community Hospital
330-555-0140"""
    add("phi", "names", DEREK, [MARCUS], "Dr. Park - ED peer review", body, cc=[PAM], date=d, patient="Helen Pruitt")

    d = rdate()
    body = """Priya,

Just FYI, Darnell did great with Gene again last night. Gene's son came in this morning and told me it's the first full night his dad has slept since he got here. Please tell Darnell thank you from all of us on 2 North.

Another one coming. "Mrs. B" - Bernadette Oakes, 79, came over from St. Brendan yesterday. Sundowning badly, tries to pack her suitcase at 2am and gets combative when redirected. Family is asking for a female sitter this time, she's very modest. Nights only, 1900-0730, start tomorrow if you can. Same PO number as Gene, Mike says.

Gina

Gina Forsythe, RN
House Supervisor | Pinebrook Behavioral Health
(937) 555-0120 ext 2

Sent from my mobile device"""
    add("phi", "names", GINA, [PRIYA], "Gene + new 1:1 request", body, date=d,
        patient="Gene Albers; Bernadette Oakes")

    d = rdate(fix=(2024, 5, 29))
    body = """Shauna -

Bad news on Tyrell. He slipped on a wet floor in the ED bay at St. Brendan around 0300 and broke his right wrist. They splinted him there, he sees ortho Friday and they're talking about a plate. No patient care for at least 6 weeks either way, and he's right-handed.

I've already told Gerald so the comp claim gets started. Can you let St. Brendan know he won't make the rest of the block? They'll want to know today so they can fill 6/1 onward. Just tell them he's out with an injury, they don't need the details.

I'll see if Danielle or Brent can pick up any of his nights.

Dana

Dana Whitcomb
Senior Recruiter, Travel Nursing | Harrowgate Health Staffing
(614) 555-0141"""
    add("phi", "names", DANA, [SHAUNA], "Tyrell out - need to tell St. B", body, cc=[GERALD], date=d,
        patient="Tyrell Simmons")

    d = rdate()
    body = """Amara,

Handing your patients back, all quiet otherwise.

- Hector Benavides: cultures grew pan-sensitive E. coli, switched him to oral cipro Sunday AM. Eating, walking the halls. Should go home Monday.
- Delia Krauss: family meeting happened, Ruth and her brother both came. They agreed to Brookside for rehab, case management is working on the bed. Still needs help to the bathroom.
- Sam Oyelowo went home Sunday with his pens, teaching done.
- Bud Price: 2 kg down, breathing easier. Son called twice, as promised. Nice guy.
- Mary Lindahl left Saturday on 2L home O2.

One new one: I admitted a 39 y/o, Jessica Vaughn, Sat night for pancreatitis, alcohol related. Pain controlled, on fluids, SW consult placed. She's yours now.

Thanks for an easy weekend.
Ji-hoon

--
Ji-hoon Park, MD
Emergency Medicine / Hospital Medicine (locum)"""
    add("phi", "names", PARK, [AMARA], "handback", body, date=d,
        patient="Hector Benavides; Delia Krauss; Samuel Oyelowo; Albert Price; Mary Lindahl; Jessica Vaughn")

    d = rdate()
    d0 = before(d, 3)
    q = """Kim, can I run something by you, privately? Jenna called me last night after her shift. She told me she's been having panic attacks since the pediatric code on the 3rd - can't sleep, chest gets tight driving to work. She's been seeing a counselor through the EAP twice now. She asked me specifically NOT to tell Lynn or anyone at Lakemont. She wants to finish the contract.

Is there anything we're supposed to do here? I don't want to be the reason she loses this job and I also don't want her unsafe on the unit.

D"""
    body = """Dana,

You did the right thing telling me and not anyone else. Nothing about this goes to Lakemont - it's hers to share or not.

I'll call her today just to check in and remind her about the EAP number and that she can take a day if she needs one without explaining why. If she ever tells you she can't function at work, or you hear it from the unit, call me right away and we'll figure out a fitness-for-duty path together.

Please don't put any of this in the VMS or her recruiter notes.

Kim

Kim Albright, RN, COHN-S | Employee Health | (614) 555-0151

""" + on_line(d0, DANA) + "\n" + quote(q)
    add("phi", "names", KIM, [DANA], "RE: Jenna - confidential", body, date=d, patient="Jenna Kowalczyk")

# ================================================================ PHI: self
def phi_self():
    d = rdate()
    body = """hey dana, got my titers back today and the hep b one didnt take (non reactive??) so the clinic says i have to redo the whole series, 3 more shots. got the first one today. will that hold up my lakemont extension?? they said something about a declination form in the meantime

- jenna

Sent from my iPhone"""
    add("phi", "self", JENNA, [DANA], "titers", body, date=d, patient="Jenna Kowalczyk")

    d = rdate(fix=(2024, 5, 14))
    body = """Joel,

Regarding question 7 on the Lakemont Valley health attestation ("Are you currently being treated for any condition that could affect your ability to practice safely?"):

In March I was diagnosed with a deep vein thrombosis in my left leg after a long flight home from a conference. I'm on apixaban through September and have been cleared without restrictions by my hematologist, Dr. Kessler-Ward. Her letter is attached. I've answered "yes" on the form and referenced the letter, as I'd rather be transparent than have it come up later.

Please let me know if the medical staff office needs anything further from me. My start date is 6/3.

Best regards,

Amara Okafor, MD, FACP
Internal Medicine / Hospital Medicine
(216) 555-0182"""
    pdf = pdf_bytes(["North Shore Hematology Associates", "2100 Lakeview Ave, Suite 300",
                     "", "To Whom It May Concern:", "",
                     "Dr. Amara Okafor (DOB 08/21/1979) is under my care for a provoked left lower",
                     "extremity DVT diagnosed 03/2024. She is anticoagulated with apixaban 5 mg BID",
                     "with a planned 6-month course. She has no restrictions and is fit to perform",
                     "the full duties of a hospitalist physician, including overnight shifts.", "",
                     "Sincerely,", "L. Kessler-Ward, MD", "Hematology/Oncology"])
    add("phi", "self", AMARA, [JOEL], "Health attestation Q7 - Lakemont", body, date=d,
        atts=[("Hematology_letter_Okafor.pdf", "application", "pdf", pdf)], patient="Amara Okafor")

    d = rdate(fix=(2024, 6, 20))
    body = """Hi payroll

2 things.

1) I got a bill in the mail from St Brendan ER for $2,150 for when I broke my wrist on the job (5/29). Isnt that supposed to go to workers comp?? Gerald said it was approved. I dont want this going to collections.

2) My Tamarack medical deduction on the 6/14 check was $187.40, its usually $93.70. Did it double take?

Tyrell Simmons
RN, St Brendan ER
(419) 555-0124"""
    add("phi", "self", TYRELL, [PAYROLL], "ER bill + double deduction??", body, cc=[GERALD], date=d,
        patient="Tyrell Simmons")

    d = rdate()
    body = """Hi Gerald,

Kim gave me your email. I hurt my right shoulder yesterday at Cedar Hollow pulling a patient from the stretcher onto the OR table (case in OR 4 around 1:15). The slide board wasn't in the room and we were short a person. I felt a pop and it's been aching all night, I can't lift my arm above my head this morning and I have a case at 7 tomorrow.

I told the charge nurse (Jolene) right after and she said to call the agency. What do I do now? Do I go to WorkWell or can I see my own doctor? I don't want to lose shifts.

Thanks,
Keisha Broadnax, CST
(330) 555-0159"""
    add("phi", "self", KEISHA, [GERALD], "hurt my shoulder at work yesterday", body, cc=[KIM], date=d,
        html_alt=True, patient="Keisha Broadnax")

    d = rdate(fix=(2025, 3, 31))
    body = """Hi Lisa,

I'm scheduled to have my gallbladder out on 4/22 at Riverside (laparoscopic, outpatient if all goes well). Surgeon says 2 weeks before I can lift patients.

Couple questions:
- Am I eligible for FMLA as a traveler? I've been with Harrowgate since last February but switched assignments twice.
- Does my Tamarack plan cover this at the in-network rate? The surgeon's office said they'd verify but I'd like to hear it from you.
- Will my housing stipend stop while I'm off? I'm in a lease through June.

I've already told Lynn I'll be off 4/22 - 5/5, just said "surgery", nothing else.

Thanks
Brent

Brent Ahlquist, BSN, RN, CCRN
(614) 555-0116"""
    add("phi", "self", BRENT, [LISA], "time off for surgery 4/22 - FMLA?", body, date=d, patient="Brent Ahlquist")

    d = rdate()
    d0 = before(d, 48)
    q = """Hi Fatima - I'd call Tamarack first and ask for the denial reason code. If it's "no prior auth on file" the provider usually has to resubmit. Let me know what they say.
Lisa"""
    body = """Lisa,

I called. They say there's no prior authorization for the MRI of my left knee (claim 2025M0033410, date of service 01/28, $2,460). My orthopedist's office (Dr. Amsel) swears they faxed the request on 1/20 and they have a confirmation page. Tamarack says they never got it.

Now I'm stuck in the middle and the imaging center sent me a bill. Can HR or the broker escalate this? I'm still limping and was supposed to start PT but I'm afraid to schedule it until this is sorted out.

My member ID is THP884120377-01.

Thank you,
Fatima Al-Sayed, PharmD

""" + on_line(d0, LISA) + "\n" + quote(q)
    add("phi", "self", FATIMA, [LISA], "RE: MRI denied", body, date=d, patient="Fatima Al-Sayed")

    d = rdate()
    body = """hi kim and gerald

i got splashed in the eye with blood during a case at cedar hollow around 1030 today, left eye. no goggles, the face shield slipped. i washed it at the eye station like 15 min. charge nurse said call the agency. the patient is getting blood drawn for testing they said.

do i need to get blood test too? do i go somewhere today? im still at the hospital til 3

abdi
(330) 555-0107"""
    add("phi", "self", ABDI, [KIM, GERALD], "blood splash eye today", body, date=d, patient="Abdi Warsame")

# ================================================================ PHI: struct
def x12(segs, st_ctrl=None):
    """Fill SE segment count (ST..SE inclusive) and join with ~ newlines."""
    out = []
    count = None
    for s in segs:
        if s.startswith("ST*"):
            count = 0
        if count is not None:
            count += 1
        if s.startswith("SE*"):
            s = "SE*%d*%s" % (count, s.split("*")[2])
            count = None
        out.append(s + "~")
    return "\n".join(out) + "\n"

def phi_struct():
    d = rdate(fix=(2024, 10, 23))
    hl7 = "\r\n".join([
        "MSH|^~\\&|WWOH_LIS|WORKWELL|HHS_EHS|HARROWGATE|20241022153012||ORU^R01^ORU_R01|WW2410221530120077|P|2.5.1",
        "PID|1||HHS-004655^^^HARROWGATE^EI~WW-77120^^^WWOH^MR||WARSAME^ABDI^M||19960303|M|||744 Parkline Dr Apt 3^^Akron^OH^44310||^PRN^PH^^^330^5550107",
        "PV1|1|O|GROVECITY^^^WWOH||||1457398820^FERRIS^NATHAN^^^^MD",
        "ORC|RE|HHS88120|WW-L-558102||CM",
        "OBR|1|HHS88120|WW-L-558102|BBPEXP^Bloodborne Pathogen Exposure Panel^L|||20241022121500|||||||||1457398820^FERRIS^NATHAN||||||20241022152900|||F",
        "OBX|1|ST|75622-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||Nonreactive||Nonreactive|N|||F|||20241022121500",
        "OBX|2|ST|5196-1^Hepatitis B virus surface Ag^LN||Nonreactive||Nonreactive|N|||F|||20241022121500",
        "OBX|3|NM|16935-9^Hepatitis B virus surface Ab^LN||212|m[IU]/mL|>=10|N|||F|||20241022121500",
        "OBX|4|ST|13955-0^Hepatitis C virus Ab^LN||Nonreactive||Nonreactive|N|||F|||20241022121500",
        "NTE|1|L|Baseline draw - occupational exposure (mucous membrane, L eye) 10/22/2024 Cedar Hollow OR",
    ]) + "\r\n"
    body = """Kim,

The WorkWell results interface bounced this one overnight (error below). Looks like they're sending their own MR number in PID-3 as a second repetition and our engine is grabbing the wrong one. I've opened a ticket with their interface team, but in the meantime can you confirm HHS-004655 is the right employee so I can hand-file it?

Error: AE  PID-3 identifier not found in assigning authority HARROWGATE (WW-77120)

Raw message attached as received.

Tom

Tom Reyes
Systems & Integration Analyst | Harrowgate Health Staffing
(614) 555-0160 | Ticket INC-20417"""
    add("phi", "struct", TOM, [KIM], "WorkWell ORU reject - INC-20417", body, date=d,
        atts=[("WW2410221530120077.hl7", "application", "octet-stream", hl7.encode())],
        patient="Abdi Warsame")

    d = rdate(fix=(2024, 9, 13))
    segs = [
        "ISA*00*          *00*          *ZZ*RIVREHAB01     *ZZ*SUMMITCLM      *240912*1022*^*00501*000004471*0*P*:",
        "GS*HC*RIVREHAB01*SUMMITCLM*20240912*1022*4471*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*RR240912001*20240912*1022*CH",
        "NM1*41*2*RIVERSIDE REHAB LLC*****46*RIVREHAB01",
        "PER*IC*BILLING OFFICE*TE*6145550177",
        "NM1*40*2*SUMMIT CLAIMS SERVICES*****46*SUMMITCLM",
        "HL*1**20*1",
        "NM1*85*2*RIVERSIDE REHAB LLC*****XX*1649302718",
        "N3*3300 WEXLEY AVE FL 2",
        "N4*COLUMBUS*OH*43214",
        "REF*EI*311234567",
        "HL*2*1*22*0",
        "SBR*P*18*HARROWGATE HEALTH STAFFING******WC",
        "NM1*IL*1*SANTOS*MARICEL****MI*WC24127554",
        "N3*4010 MORSE CROSSING*RM 112",
        "N4*COLUMBUS*OH*43219",
        "DMG*D8*19860622*F",
        "REF*Y4*WC24-127554",
        "NM1*PR*2*SUMMIT CLAIMS SERVICES*****PI*SUMMT",
        "CLM*RR7712049*412***11:B:1*Y*A*Y*Y*P*EM:::OH",
        "DTP*439*D8*20240830",
        "HI*ABK:S39012A*ABF:M545",
        "NM1*82*1*KOVACS*KEVIN****XX*1730418826",
        "PRV*PE*PXC*225100000X",
        "LX*1",
        "SV1*HC:97110*206*UN*2***1",
        "DTP*472*D8*20240910",
        "LX*2",
        "SV1*HC:97140*206*UN*2***1",
        "DTP*472*D8*20240910",
        "SE*0*0001",
        "GE*1*4471",
        "IEA*1*000004471",
    ]
    edi = x12(segs)
    body = """Gerald,

The attached 837 from Riverside Rehab for your claimant on WC24-127554 rejected at our front end: the SBR employer name is populated but the provider never received the employer FEIN, and our adjuster system won't match it to the policy without it. Two more bills from the same provider (DOS 09/05 and 09/12) are queued behind it.

Can you reply with Harrowgate's FEIN and the policy number Summit has on file so I can key the match manually and tell Riverside to fix their setup?

Thanks,
Arturo Diaz
EDI Support, Summit Claims Services
866-555-0170 x4480 | edi@summitclaimsvc.com"""
    add("phi", "struct", ("Summit EDI Support", "edi@" + SUMMIT), [GERALD],
        "Rejected 837P - claim WC24-127554 - employer match", body, cc=[("Brenda Kulick", "bkulick@" + SUMMIT)],
        atts=[("RIVREHAB01_837P_000004471.txt", "text", "plain", edi)], date=d, patient="Maricel Santos")

    d = rdate(fix=(2024, 9, 6))
    bundle = {
        "resourceType": "Bundle", "type": "searchset", "total": 4,
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "ohreg-5582104",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9902.1", "value": "5582104"}],
                          "name": [{"family": "Delgado", "given": ["Rosa", "Isabel"]}],
                          "gender": "female", "birthDate": "1984-06-17",
                          "address": [{"line": ["1187 Caraway Ln"], "city": "Toledo", "state": "OH", "postalCode": "43611"}]}},
            {"resource": {"resourceType": "Immunization", "id": "imm-1", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
                          "patient": {"reference": "Patient/ohreg-5582104"}, "occurrenceDateTime": "1985-07-02",
                          "lotNumber": "M5R2K"}},
            {"resource": {"resourceType": "Immunization", "id": "imm-2", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
                          "patient": {"reference": "Patient/ohreg-5582104"}, "occurrenceDateTime": "1989-09-11"}},
            {"resource": {"resourceType": "Immunization", "id": "imm-3", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
                          "patient": {"reference": "Patient/ohreg-5582104"}, "occurrenceDateTime": "2021-03-30",
                          "performer": [{"actor": {"display": "Toledo Family Pharmacy"}}]}},
        ]}
    body = """Teresa - pulled Rosa's state registry record, both MMR doses are there (1985 and 1989), so we don't need the cut-off card. JSON export attached, the viewer PDF wouldn't generate. Can you upload to her file and mark MMR complete for Lakemont?

Kim"""
    add("phi", "struct", KIM, [TERESA], "Delgado - registry MMR", body, date=d,
        atts=[("immunization_record_5582104.json", "application", "json",
               json.dumps(bundle, indent=2, ensure_ascii=False).encode())], patient="Rosa Delgado")

    d = rdate()
    lines = ["CLIN_ID|LAST|FIRST|DOB|DISC|UNIT|TB_TYPE|TB_DATE|TB_RESULT|MMR|VARICELLA|HEPB|FLU_2024|COVID|FIT_TEST|FIT_DATE",
             "HHS-004201|KOWALCZYK|JENNA|19910719|RN|MICU|IGRA|20240211|NEG|IMMUNE-TITER|IMMUNE-TITER|SERIES IN PROGRESS|Y|Y|3M 1870+|20240211",
             "HHS-003980|AHLQUIST|BRENT|19870408|RN|MICU|IGRA|20240805|NEG|2 DOSES|HX DISEASE|IMMUNE-TITER|Y|N-DECL|3M 8210|20230915",
             "HHS-004417|NGUYEN|THI MAI|19880530|RN|TELE|IGRA+CXR|20250204|POS/CXR NEG|2 DOSES|2 DOSES|IMMUNE-TITER|Y|Y|HALYARD|20250204",
             "HHS-004390|DELGADO|ROSA|19840617|RN|L&D|TST|20240911|0MM|2 DOSES|IMMUNE-TITER|IMMUNE-TITER|Y|Y|3M 1870+|20240909",
             "HHS-004388|NOWAK|AGNIESZKA|19900914|PT|ORTHO5|IGRA|20240806|NEG|IMMUNE-TITER|IMMUNE-TITER|IMMUNE-TITER|Y|Y|3M 1870+|20240806"]
    body = """Good morning,

Per the compliance attestation in our MSA (Exhibit C), attached is the quarterly health clearance extract for Harrowgate clinicians currently assigned to LVMC. File is pipe-delimited, one row per clinician, same layout as last quarter.

Note for Employee Health: Nguyen row shows the positive IGRA with negative chest film; clearance letter from our employee health nurse is on file and available on request.

Thank you,

Joel Baptiste
Credentialing Coordinator
Harrowgate Health Staffing
(614) 555-0153 | Fax (614) 555-0199

""" + DISC_AG
    add("phi", "struct", JOEL, [LVSTAFF], "Q3 clearance extract - Harrowgate / LVMC", body,
        cc=[("LVMC Employee Health", "employeehealth@" + LV)],
        atts=[("HHS_LVMC_clearance_Q3.txt", "text", "plain", "\n".join(lines) + "\n")], date=d,
        patient="Jenna Kowalczyk; Brent Ahlquist; Nguyen Thi Mai; Rosa Delgado; Agnieszka Nowak")

    d = rdate(fix=(2025, 3, 6))
    payload = {
        "event": "incident.created",
        "delivery_id": "dlv_8f31c0a2e9",
        "incident": {
            "id": "HHS-IR-2025-0147",
            "created_at": "2025-03-06T04:12:37-05:00",
            "facility": {"name": "Cedar Hollow Community Hospital", "unit": "3 East Tele"},
            "reporter": {"name": "Danielle Okonkwo", "role": "RN", "employee_id": "HHS-004077"},
            "patient": {"name": "Leonard Hoefler", "mrn": "CH704412", "dob": "1950-11-04", "room": "3E-318"},
            "category": "medication",
            "severity": "no_harm",
            "description": "Pt received 0000 metoprolol 25mg PO; 2100 dose had already been given by prior RN but not scanned. HR 54 at 0100 recheck, BP 104/62, asymptomatic. Hospitalist notified, orders to hold AM dose.",
            "client_notified": True
        }
    }
    body = """SafeShift Incident Reporting - Webhook Delivery Failure

Endpoint:   https://hooks.harrowgatestaffing.com/quality/incidents
Attempts:   5 of 5
Last error: HTTP 502 Bad Gateway (upstream timeout after 30s)
Event:      incident.created

The payload for the failed delivery is shown below so it can be recovered manually. Deliveries for this endpoint are paused until re-enabled in Settings > Integrations.

--- payload ---
""" + json.dumps(payload, indent=2) + """
--- end payload ---

You are receiving this because you are listed as a technical contact for Harrowgate Health Staffing.
SafeShift, Inc. | support@safeshiftapp.net"""
    add("phi", "struct", ("SafeShift Notifications", "notifications@safeshiftapp.net"), [TOM],
        "[SafeShift] Webhook delivery failed: incident.created (HHS-IR-2025-0147)", body, cc=[RENEE], date=d,
        patient="Leonard Hoefler")

    d = rdate(fix=(2024, 10, 15))
    segs = [
        "ISA*00*          *00*          *30*311234567      *30*470556231      *241015*0900*^*00501*000000812*0*P*:",
        "GS*BE*311234567*470556231*20241015*0900*812*X*005010X220A1",
        "ST*834*0001*005010X220A1",
        "BGN*00*HHS20241015*20241015*0900****4",
        "REF*38*THP-GRP-20771",
        "DTP*303*D8*20241101",
        "N1*P5*HARROWGATE HEALTH STAFFING*FI*311234567",
        "N1*IN*TAMARACK HEALTH PLAN*FI*470556231",
        "INS*Y*18*021*28*A***FT",
        "REF*0F*HHS004512",
        "DTP*336*D8*20240805",
        "NM1*IL*1*BROADNAX*KEISHA****34*XXXXX4418",
        "N3*519 GLENWOOD TER",
        "N4*AKRON*OH*44313",
        "DMG*D8*19941026*F",
        "HD*021**HLT*PPO500*EMP",
        "DTP*348*D8*20241101",
        "INS*Y*18*001*AI*A***FT",
        "REF*0F*HHS004602",
        "NM1*IL*1*CARVALHO*LUIZA****34*XXXXX7021",
        "DMG*D8*19931211*F",
        "HD*001**HLT*PPO500*EMP",
        "DTP*348*D8*20241101",
        "INS*N*19*021*28*A",
        "REF*0F*HHS004602",
        "NM1*IL*1*CARVALHO*RAFAEL",
        "DMG*D8*19920403*M",
        "HD*021**HLT*PPO500*ESP",
        "DTP*348*D8*20241101",
        "INS*Y*18*024*07*A***TE",
        "REF*0F*HHS004102",
        "NM1*IL*1*SANTOS*MARICEL",
        "DMG*D8*19860622*F",
        "HD*024**HLT*PPO500*EMP",
        "DTP*349*D8*20241031",
        "SE*0*0001",
        "GE*1*812",
        "IEA*1*000000812",
    ]
    body = """Hi Tamarack eligibility team,

Attached is our 834 change file for the 11/1 effective date (group THP-GRP-20771). 4 member-level changes:

 - 1 new enrollment (new hire, benefits eligible after waiting period)
 - 1 spouse add (qualifying event: marriage) with the existing subscriber tier change to EE+SP
 - 1 termination effective 10/31 (COBRA notice going out from our side)

Please confirm receipt and send the 999/TA1 when processed. Our SFTP key expired last week, hence the email - the new key request is ticket 55120 with your team.

Lisa Ngata
HR Generalist - Benefits
Harrowgate Health Staffing
(614) 555-0148

""" + DISC_AG
    add("phi", "struct", LISA, [("Tamarack Eligibility", "eligibility@" + TAMARACK)],
        "834 change file - group THP-GRP-20771 - eff 11/1", body,
        atts=[("HHS_834_20241015.x12", "application", "edi-x12", x12(segs).encode())], date=d,
        patient="Keisha Broadnax; Luiza Carvalho; Rafael Carvalho; Maricel Santos")

    d = rdate(fix=(2025, 3, 17))
    siu = "\n".join([
        "MSH|^~\\&|WWOH_SCHED|WORKWELL|HHS_EHS|HARROWGATE|20250317091544||SIU^S12|WWS250317091544031|P|2.3",
        "SCH|A447102|A447102|||||PREPLC^Pre-placement exam||30|MIN|^^30^20250320080000^20250320083000|||||KALBRIGHT^ALBRIGHT^KIM",
        "NTE|1||Pre-placement physical + 10 panel UDS + IGRA + resp fit. Client: Lakemont Valley. Pt reports latex sensitivity.",
        "PID|1||HHS-004731^^^HARROWGATE||GRANT^HOLLIS^J||19920914|F|||2230 Avondale Rd^^Mansfield^OH^44903||(419)555-0188",
        "RGS|1",
        "AIS|1||PREPLC^Pre-placement exam",
        "AIL|1||GROVECITY^^^WWOH",
        "AIP|1||1457398820^FERRIS^NATHAN^^^^MD",
    ])
    body = """Tom,

These are still landing in my inbox as plain email instead of going into the EHS. Here's the one from this morning (pasted below). I've got three more from last week. Can you check the route?

Kim

""" + siu + """

---
Kim Albright, RN, COHN-S | Employee Health | (614) 555-0151"""
    add("phi", "struct", KIM, [TOM], "SIU msgs coming to email again", body, date=d, patient="Hollis Grant")

# ================================================================ CLEAN: admin
def clean_admin():
    d = rdate(fix=(2025, 2, 10))
    body = """Recruiters,

Lakemont Valley signed the renewal with their MSP yesterday. Changes that affect how you present and book travelers there, effective with assignments starting on or after 3/1:

  * Float policy - travelers float to like units only: MICU <-> SICU, Tele <-> PCU. No floats to L&D, NICU or Peds for anyone not credentialed there. If a unit floats someone outside this, they call me, not you.
  * Guaranteed hours - 36/wk for RN travel, 40/wk for allied. Client cancellations inside 12 hours are billable at 4 hrs.
  * Overtime - must be pre-approved by the unit manager in ShiftLedger BEFORE the shift. Retro approvals will be paid at straight time only.
  * Orientation - 8 hrs classroom + 2 precepted shifts, billed at 100% of base. Epic access request goes in 10 days before start (was 5).
  * Bill rate increase of 3.5% across RN specialties; allied flat.

Updated rate card is in the shared drive under Clients > Lakemont > 2025. Please don't send the rate card to clinicians.

Thanks,
Shauna""" + sig_ag(SHAUNA, "Client Account Manager", direct="(614) 555-0142")
    add("clean", "admin", SHAUNA, [RECRUIT], "Lakemont MSP renewal - what changes 3/1", body, cc=[BRAD], date=d,
        html_alt=True)

    d = rdate(fix=(2024, 6, 4))
    body = """Hello everyone,

This Saturday (6/8) between 6:00 AM and 10:00 AM we'll be moving the credentialing file share (the K: drive) to SharePoint. During that window you won't be able to open or save clearance documents, licenses or skills checklists.

What you need to do:
  1. Close any files from K:\\Credentialing before you leave Friday.
  2. Monday morning, use the new "Credentialing" tile in the Microsoft 365 app launcher.
  3. Your old shortcuts will stop working. Don't try to fix them - we'll push new ones.

MFA reminder: the Authenticator app is now required for VPN. If you're still getting text codes, stop by my desk or open a ticket.

Thanks for your patience,
Tom

Tom Reyes | Systems & Integration Analyst
Harrowgate Health Staffing | (614) 555-0160
Help Desk: helpdesk@harrowgatestaffing.com | ext 160"""
    add("clean", "admin", HELPDESK, [ALLSTAFF], "Sat 6/8 - K: drive moving to SharePoint", body, date=d)

    d = rdate()
    body = """Hi Mark,

Please place the following for our employee health room. Ship to Suite 410, attn Kim Albright. Account 88-41190.

  Qty  Item                                                         Your #
  4    Tuberculin PPD (Tubersol) 5 TU/0.1 mL, 1 mL vial (10 tests)  GMS-441873
  2    Influenza vaccine, quadrivalent PFS 0.5 mL, box of 10         GMS-502210
  6    Sharps container 1 qt, red                                    GMS-118004
  3    N95 respirator 1870+ regular, box of 20                       GMS-730115
  2    N95 respirator 1870+ small, box of 20                         GMS-730116
  1    Bitrex qualitative fit test kit + refill solution             GMS-730990
  2    Tuberculin syringes 27G x 1/2", box of 100                    GMS-210733
  1    Vaccine refrigerator digital data logger (replacement)        GMS-990041

The vaccine needs to ship cold Monday-Wednesday only, our suite isn't staffed on weekends.

Thanks!
Kim

Kim Albright, RN, COHN-S
Employee Health Nurse | Harrowgate Health Staffing
(614) 555-0151 | Fax (614) 555-0199"""
    add("clean", "admin", KIM, [("Mark Ellery", "mellery@granitemedsupply.com")],
        "order - employee health room supplies", body, date=d)

    d = rdate()
    start = (d + datetime.timedelta(days=9)).replace(hour=14, minute=0, second=0)
    body = """Quality & Safety Committee - Q2 meeting

Agenda
 1. Approve Q1 minutes
 2. Event trends Q2 (aggregate) - falls, medication events, patient complaints, by client and discipline
 3. Workers' comp and exposure summary (aggregate) - Gerald
 4. Joint Commission Health Care Staffing Services certification - readiness checklist, mock tracer plan
 5. Competency: skills checklist revisions for L&D and NICU travelers
 6. Client scorecards - St. Brendan, Lakemont, Cedar Hollow
 7. Open items / adjourn

Reminder: don't bring printed incident reports to the meeting. We'll review de-identified trend data on screen only.

Renee""" 
    ics = ics_text("qsc-q2@%s" % AG, "Quality & Safety Committee - Q2", start, start + datetime.timedelta(minutes=90),
                   "Conference Room B / Teams", (RENEE[0], RENEE[1]),
                   [(ANITA[0], ANITA[1]), (GERALD[0], GERALD[1]), (KIM[0], KIM[1]), (SHAUNA[0], SHAUNA[1]), (BRAD[0], BRAD[1])],
                   "Agenda attached in the invitation body.")
    add("clean", "admin", RENEE, [ANITA, GERALD, KIM, SHAUNA, BRAD], "Invitation: Quality & Safety Committee - Q2", body,
        atts=[("invite.ics", "text", "calendar", ics)], date=d)

    d = rdate()
    body = """Hi all,

Building management is replacing the flooring in the back hallway of Suite 410 next Tuesday and Wednesday. That includes the employee health exam room and the supply closet.

 - No TB placements, flu shots or fit tests Tuesday or Wednesday. Kim is moving anything already booked to Thursday/Friday.
 - The vaccine fridge stays plugged in; facilities will not unplug it. The temp alarm will page Kim if it does.
 - Badges won't work on the back door those two days. Use the main entrance.
 - Drug screen kits are moving to the front closet by reception.

Sorry for the noise, it'll look much better after.

Marisol (on behalf of the office committee)"""
    add("clean", "admin", MARISOL, [ALLSTAFF], "Suite 410 flooring Tue/Wed - exam room closed", body, date=d)

    d = rdate(fix=(2024, 11, 20))
    body = """Good afternoon,

As discussed at our quarterly business review, Harrowgate is making the following changes to invoicing effective January 1:

 1. Invoices will be issued weekly (Monday) for the prior work week, Sunday-Saturday, instead of bi-weekly.
 2. Payment terms remain Net 30. Late payment fee of 1.5%/month applies after 45 days per section 9.2 of the MSA.
 3. Orientation hours will appear as a separate line (billed at 100% of the base bill rate).
 4. On-call hours for OR/Cath Lab allied staff are billed at the flat on-call rate; call-back hours convert to the worked-hour rate with a 2-hour minimum.
 5. Holiday hours (6 recognized holidays) are billed at 1.5x.
 6. Remittance detail should reference the invoice number, not the clinician name.

Your PO numbers for 2025 should be sent to ar@harrowgatestaffing.com by 12/15 so invoices aren't held.

Thank you for your partnership.

Howard Lindqvist
Payroll & Billing Manager
Harrowgate Health Staffing
(614) 555-0144

""" + DISC_AG
    add("clean", "admin", HOWARD, [("St. Brendan Accounts Payable", "ap@" + SB), ("Cedar Hollow AP", "accountspayable@" + CH),
                                   ("LVMC Finance", "vendorpayments@" + LV)],
        "Invoicing changes effective 1/1", body, cc=[SHAUNA], date=d)

    d = rdate()
    body = """All,

A reminder of how we handle clinicians' health documents by email, since we've had a few slips this month:

  - Immunization records, TB results, titers, drug screen results and fit-for-duty letters go through the secure portal or encrypted email only. Type [secure] at the start of the subject line to encrypt.
  - Never paste a clearance result into the VMS notes field or a text message to a client.
  - Clients get a status ("complete / pending / exempt"), not the underlying result, unless the contract exhibit requires the document itself.
  - Don't include full SSNs anywhere. Last 4 only, and only when a vendor requires it.
  - If you receive anything about a patient at a client facility (incident reports, complaints), forward it to Renee and delete your copy.

Questions to me anytime. Annual privacy training opens next week in the LMS.

Anita Goldberg, JD, CHC
Compliance Officer
Harrowgate Health Staffing
(614) 555-0150"""
    add("clean", "admin", ANITA, [ALLSTAFF], "Reminder: sending clearance documents", body, date=d, html_alt=True)

# ================================================================ CLEAN: lookalike
def clean_lookalike():
    d = rdate(fix=(2024, 8, 12))
    lines = ["HARROWGATE HEALTH STAFFING", AGADDR, "Remit to: PO Box 30418, Columbus, OH 43230",
             "", "INVOICE  INV-2024-08812          Invoice date: 08/12/2024",
             "Bill to: Lakemont Valley Medical Center - Nursing Administration",
             "PO: 4500219987    Terms: Net 30    Week ending: 08/10/2024", "",
             "Clinician           Discipline  Unit   Reg hrs  Rate     OT hrs  OT rate   Amount",
             "Kowalczyk, J.       RN-ICU      MICU   36.00    98.50    4.00    147.75    4,137.00",
             "Ahlquist, B.        RN-ICU      MICU   36.00    98.50    0.00    147.75    3,546.00",
             "Delgado, R.         RN-L&D      L&D    36.00   101.00    0.00    151.50    3,636.00",
             "Nowak, A.           PT          Ortho  40.00    82.00    2.50    123.00    3,587.50",
             "Nguyen, T.          RN-Tele     3W     24.00    92.00    0.00    138.00    2,208.00", "",
             "                                                          Subtotal     17,114.50",
             "                                                          Tax              0.00",
             "                                                          TOTAL DUE    17,114.50",
             "", "Questions: ar@harrowgatestaffing.com  (614) 555-0144  Federal Tax ID 31-1234567"]
    body = """Hello,

Attached please find invoice INV-2024-08812 for week ending 08/10/2024 under PO 4500219987, total $17,114.50.

Remittance: ACH to account ending 4471 or check to PO Box 30418, Columbus, OH 43230. Please reference the invoice number on payment.

Thank you,
Accounts Receivable
Harrowgate Health Staffing
(614) 555-0144"""
    add("clean", "lookalike", ("Harrowgate Accounts Receivable", "ar@" + AG), [("LVMC Finance", "vendorpayments@" + LV)],
        "Invoice INV-2024-08812 - PO 4500219987 - w/e 08/10/2024", body,
        atts=[("INV-2024-08812.pdf", "application", "pdf", pdf_bytes(lines))], date=d)

    d = rdate(fix=(2024, 12, 5))
    body = """Pam,

Per your request for the January locum block, provider identifiers below. Copies of licenses, DEA registrations and board certificates are in the credentialing packet uploaded to your portal on 12/2 (confirmation #CP-771203).

Provider               Specialty            NPI          OH License     DEA (last 4)  Board cert exp
---------------------  -------------------  -----------  -------------  ------------  --------------
Ji-hoon Park, MD       Emergency Medicine   1538294067   35.141906      ...2218       12/31/2031
Amara Okafor, MD       Internal Medicine    1295837461   35.140772      ...6603       12/31/2029
Stephen Haldane, MD    Anesthesiology       1982470315   35.118240      ...0471       12/31/2027
Marta Quintero, CRNA   Nurse Anesthesia     1467720983   RN.450882/COA  ...9315       08/31/2026

Malpractice: claims-made, $1M/$3M, carrier Keystone Physicians Mutual, policy KPM-LT-20419, certificate attached to packet.

Privileging dates requested: 01/06/2025 - 03/29/2025.

Let me know if the MEC needs anything else before the 12/18 meeting.

Marcus

Marcus Oyelaran
Locum Tenens Recruiter | Harrowgate Health Staffing
(614) 555-0143 | Fax (614) 555-0199"""
    add("clean", "lookalike", MARCUS, [PAM], "Jan locum block - NPI / license info", body, cc=[JOEL], date=d)

    d = rdate(fix=(2024, 10, 7))
    body = """Your shipment is on its way.

Tracking number:   7781 5520 4417
Service:           Priority Overnight - Temperature Controlled
Ship date:         Mon 10/07/2024
Scheduled delivery: Tue 10/08/2024 by 10:30 AM
Ship to:           HARROWGATE HEALTH STAFFING, STE 410, COLUMBUS OH 43215
Reference:         SO-5521093 / PO HHS-24-0388

Package contents (as declared by shipper):
  Influenza vaccine quadrivalent PFS 0.5 mL  NDC 49281-0424-50   Lot UT8471AA  Exp 06/30/2025  Qty 20
  Tuberculin PPD 5 TU/0.1 mL 1 mL            NDC 49281-0752-21   Lot C5918DA   Exp 03/31/2026  Qty 4
  Temperature logger                          S/N TL-20-558812

Keep refrigerated 2-8 C upon receipt. Do not freeze.

Granite Medical Supply | Customer Service 800-555-0128 | Account 88-41190
This is an automated message; please do not reply."""
    add("clean", "lookalike", ("Granite Medical Supply", "shipping@granitemedsupply.com"), [KIM],
        "Shipped: SO-5521093 - tracking 7781 5520 4417", body, date=d, html_alt=True)

    d = rdate()
    body = """Dr. Okafor, Dr. Park -

Cedar Hollow's CDI team asked us to pass along their hospitalist tip sheet for the new block. Nothing patient-specific, just the codes and the documentation they're looking for.

E/M - inpatient
  99221 / 99222 / 99223   Initial hospital care (low / moderate / high MDM)
  99231 / 99232 / 99233   Subsequent hospital care
  99238 / 99239           Discharge day management (<=30 min / >30 min)
  99291                   Critical care, first 30-74 min

Diagnoses they query most often (document the specific term, not the abbreviation):
  J96.01   Acute respiratory failure with hypoxia    (not "SOB on O2")
  A41.9    Sepsis, unspecified organism              (state source + organ dysfunction)
  N17.9    Acute kidney failure, unspecified         (baseline creatinine)
  E87.1    Hypo-osmolality and hyponatremia
  D62      Acute posthemorrhagic anemia
  R65.20   Severe sepsis without septic shock
  I50.33   Acute on chronic diastolic (congestive) heart failure

Turnaround: H&P signed within 24 hrs, discharge summary within 48 hrs, queries answered within 72 hrs.

Marcus"""
    add("clean", "lookalike", MARCUS, [AMARA, PARK], "CH CDI tip sheet - codes & documentation", body, date=d)

    d = rdate(fix=(2025, 4, 8))
    rows = [["Metric", "Q1 2025", "Q4 2024", "Target"],
            ["Requests received", 412, 388, ""],
            ["Fill rate", "87.4%", "84.1%", ">=85%"],
            ["Median time to fill (days)", 11.2, 13.0, "<=12"],
            ["Clinicians on assignment (avg)", 164, 151, ""],
            ["Extensions", "61%", "58%", ">=60%"],
            ["Patient safety events per 10,000 hrs", 1.4, 1.9, "<=2.0"],
            ["Complaints per 10,000 hrs", 0.8, 1.1, "<=1.0"],
            ["OSHA recordables", 3, 5, ""],
            ["Bloodborne exposures", 2, 1, ""],
            ["TB conversions (annual screening)", "0.6%", "0.0%", ""],
            ["Credential files 100% complete at start", "98.2%", "96.5%", "100%"]]
    body = """Brad,

Q1 scorecard attached for the board packet. Headline: fill rate back above target (87.4%), time-to-fill down to 11.2 days, and safety events per 10k hours at 1.4, the lowest since we started tracking. Exposure and TB numbers are aggregate only - no names in the board version.

Happy to walk through it before Thursday.

Renee"""
    add("clean", "lookalike", RENEE, [BRAD], "Q1 2025 scorecard for board packet", body, cc=[ANITA], date=d,
        atts=[("HHS_Q1_2025_scorecard.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               xlsx_bytes(rows, "Q1 2025"))])

    d = rdate()
    body = """Welcome to Lakemont! Keep this handy for your first week.

LAKEMONT VALLEY MEDICAL CENTER - UNIT DIRECTORY (contract staff)
Main operator ............................ 330-555-0100
Staffing office (call-offs, 2 hrs notice) 330-555-0111  fax 330-555-0112
House supervisor (pager) ................. 330-555-0199  pin 4471
MICU charge .............................. 330-555-0184  vocera "MICU charge"
SICU charge .............................. 330-555-0186
3 West Tele / PCU ........................ 330-555-0188
Labor & Delivery desk .................... 330-555-0191
Ortho 5 .................................. 330-555-0193
Employee Health (LVMC) ................... 330-555-0120  M-F 0700-1530
Security / parking badge ................. 330-555-0105  Garage C, level 2
IT service desk (Epic access) ............ 330-555-0150  ticket: itservice@lakemontvalley.org

Harrowgate contacts
Dana Whitcomb (travel RN) ................ 614-555-0141
Priya Raman (allied) ..................... 614-555-0149
After-hours on-call line ................. 614-555-0190

Parking permit #: write yours here ______   Badge #: ______

Dana"""
    add("clean", "lookalike", DANA, [JENNA, BRENT, ROSA, MAI], "LVMC phone list - save this", body, date=d)

    d = rdate(fix=(2025, 3, 17))
    body = """Ticket INC-20455 has been updated.

Summary:    ShiftLedger timesheet import - batch rejected records
Requester:  Howard Lindqvist
Assigned:   Tom Reyes
Priority:   P2
Status:     Pending vendor

Update from Tom Reyes:
Batch SL-20250314-02 (412 records, week ending 03/15/2025) imported with 3 rejects:
  Row 118  Employee HHS-004201  Cost center 7720-MICU   reason: cost center closed 03/01
  Row 240  Employee HHS-003980  Cost center 7720-MICU   reason: cost center closed 03/01
  Row 377  Employee HHS-004077  Cost center 6140-3E     reason: duplicate punch 03/12 19:02
Vendor case 00881245 opened with ShiftLedger to remap the MICU cost center. Re-run scheduled 03/18 06:00.

Reply above this line to add a comment.
Harrowgate IT Service Desk"""
    add("clean", "lookalike", HELPDESK, [HOWARD], "[INC-20455] Updated: ShiftLedger timesheet import - batch rejected records",
        body, cc=[TOM], date=d)

# ================================================================ CLEAN: news
def clean_news():
    d = rdate(fix=(2024, 10, 1))
    body = """THE HARROWGATE CHART - Clinician Newsletter - October

IN THIS ISSUE
 * Flu season: where to get your shot this year
 * Two more states join the Nurse Licensure Compact
 * Referral bonus raised to $1,500
 * Housing tips: what to check before you sign a 13-week lease
 * Meet the team: Joanna Pawlak, Clinical Liaison

FLU SEASON
Every one of our client hospitals requires a 2024-25 flu vaccine or an approved exemption by November 15. You can get it free at our Suite 410 clinic (Tuesdays and Thursdays, 7-10 AM), at any WorkWell location, or at your own pharmacy - just upload the receipt in the app.

COMPACT NEWS
Two more states have enacted Nurse Licensure Compact legislation this year. Implementation dates vary; your recruiter can tell you when a multistate license will be honored at your next assignment.

REFERRAL BONUS
Refer an RN, RT, PT, OT or CST who completes 13 weeks and you'll receive $1,500 (up from $1,000). No limit.

HOUSING
Before you sign: ask for the cancellation clause in writing, check the parking situation for night shift, and never wire a deposit to someone you haven't verified. Marisol will review any lease for you.

MEET THE TEAM
Joanna joined us from ten years in orthopedic rehab. She speaks Polish and English, makes the best pierogi in Columbus, and is the person to call when something goes sideways on a shift.

You're receiving this because you're a Harrowgate clinician. Unsubscribe | Update preferences
Harrowgate Health Staffing | 2250 Lindell Crossing Blvd, Suite 410, Columbus, OH 43215"""
    add("clean", "news", ("The Harrowgate Chart", "news@" + AG), [("Harrowgate Clinicians", "clinicians@" + AG)],
        "The Harrowgate Chart - October: flu shots, compact news, $1,500 referrals", body, html_alt=True, date=d,
        atts=[("harrowgate_logo.png", "image", "png", png_bytes(96, 40, "logo"))])

    d = rdate()
    body = """TRI-COUNTY HEALTH DISTRICT - HEALTH ADVISORY
Measles - Healthcare Facility and Workforce Guidance
Distribution: hospitals, urgent care, long-term care, staffing agencies, occupational health

SUMMARY
As of this advisory, 14 confirmed measles cases have been reported across three counties in the district since the start of the month. Most cases are in unvaccinated children and young adults. Two exposures occurred in emergency department waiting rooms.

RECOMMENDATIONS FOR HEALTHCARE EMPLOYERS AND STAFFING AGENCIES
1. Verify presumptive evidence of measles immunity for all healthcare personnel, including contract and travel staff: written documentation of 2 doses of MMR, laboratory evidence of immunity, or laboratory confirmation of disease.
2. Personnel without presumptive evidence of immunity should be offered MMR and excluded from work from day 5 through day 21 after exposure.
3. Use N95 respirators regardless of immunity status when caring for suspected cases.
4. Report suspected cases immediately by phone; do not wait for lab confirmation.

Clinician questions: Epidemiology line 555-0177 (24/7).

This advisory is for public health and healthcare partners. Please share with your infection prevention and employee health leads."""
    add("clean", "news", ("Tri-County Health District", "advisories@tricountyhealthdistrict.org"), [KIM],
        "HEALTH ADVISORY: Measles - healthcare workforce guidance", body, cc=[TERESA], date=d)

    d = rdate()
    body = """STAFFPULSE WEEKLY - Travel & Per Diem Market Report

PAY RATES
Average weekly gross pay for 13-week travel RN contracts fell 2.1% quarter over quarter, to $2,284. ICU and ED remain the highest-paying specialties; L&D rates held steady while med-surg slipped for the fourth straight quarter. Allied rates are flat, with respiratory therapy up modestly heading into winter.

DEMAND
Open travel orders rose 6% in the Midwest and 3% nationally. Hospitals continue to convert travel orders to local contracts and internal float pools, which now account for an estimated 38% of contingent hours at systems with more than 1,000 beds.

LOCUM TENENS
Hospitalist and anesthesia remain the most requested locum specialties. Median time to fill for anesthesiology orders is 47 days.

REGULATORY WATCH
Several states are considering bills to cap agency bill rates or require rate disclosure. None has passed this session.

--
StaffPulse Weekly is an independent newsletter for healthcare staffing professionals.
You subscribed as bvoss@harrowgatestaffing.com. Manage subscription."""
    add("clean", "news", ("StaffPulse Weekly", "editor@staffpulse.net"), [BRAD],
        "StaffPulse Weekly: RN pay dips 2.1%, Midwest orders up", body, html_alt=True, date=d)

    d = rdate(fix=(2024, 9, 24))
    body = """Respiratory season is coming. Is your staffing plan ready?

Dear Nurse Leader,

Last winter, our client hospitals saw census surges of 20-30% in medical ICU, step-down and pediatrics between December and February. Harrowgate's Rapid Response Program puts pre-credentialed RNs, respiratory therapists and CNAs on your units in as little as 72 hours.

 - Clinicians with current flu, TB and fit-test clearance on file
 - 4-, 8- and 13-week blocks
 - One invoice, one account manager, no surprise fees
 - 24/7 on-call line for call-offs

Book a 15-minute planning call with your account manager before November 1 and we'll hold capacity for your organization through March.

Shauna McBride
Client Account Manager
(614) 555-0142
Harrowgate Health Staffing - Joint Commission certified Health Care Staffing Services

To stop receiving these emails, reply UNSUBSCRIBE."""
    add("clean", "news", SHAUNA, [("Nurse Leaders", "nurseleaders-list@" + AG)],
        "Respiratory season staffing - hold capacity now", body, html_alt=True, date=d)

    d = rdate()
    body = """NACSF MEMBER BULLETIN

1. LICENSURE
The Nurse Licensure Compact now covers a majority of states. Member firms should confirm each nurse's primary state of residence at every assignment change; a move of primary residence requires application for a new multistate license in the new home state.

2. JOINT COMMISSION
The Health Care Staffing Services certification manual update takes effect in January. Key change: documented verification of competency for each clinical area to which a clinician may float, not only the primary unit.

3. WORKFORCE DATA
Our annual member survey (n=212 firms) found median clinician turnover of 41% and median recruiter turnover of 29%. The full report is available in the member portal.

4. WEBINAR
"Handling Client Complaints About Contract Staff: Process, Documentation and Privacy" - Thursday 2:00 PM ET. Free for members.

National Association of Clinical Staffing Firms
1200 Rosalind Ave, Suite 700, Arlington, VA | www.nacsf.org"""
    add("clean", "news", ("NACSF Member Services", "bulletin@nacsf.org"), [ANITA],
        "NACSF Member Bulletin: NLC update, TJC manual changes, survey results", body, date=d)

    d = rdate()
    body = """OCCUPATIONAL HEALTH DIGEST - Research Roundup

TB screening of healthcare personnel: what the evidence says now

Serial annual TB testing of healthcare personnel without known exposure is no longer routinely recommended in the U.S. Current national guidance recommends baseline screening with an individual risk assessment and symptom evaluation at hire, then annual TB education, with serial testing reserved for specific settings or exposures.

A multicenter cohort of roughly 40,000 healthcare workers found annual test conversion rates below 1%, and most conversions on skin tests were not confirmed on repeat interferon-gamma release assays. Authors estimated that switching from annual skin testing to targeted testing could save more than $40 per worker per year.

What this means for staffing firms: client contracts frequently still require annual testing. Track client-specific requirements separately from the national baseline.

Also in this issue
 - Needlestick rates by device type (aggregate data, 2019-2023)
 - Respirator fit-testing: qualitative vs. quantitative pass rates

Occupational Health Digest | a free monthly summary for employee health professionals"""
    add("clean", "news", ("Occupational Health Digest", "digest@ohdigest.org"), [KIM],
        "Research roundup: rethinking annual TB testing for HCP", body, date=d)

# ================================================================ CLEAN: staff
def clean_staff():
    d = rdate(fix=(2024, 11, 15))
    body = """Team,

Holiday after-hours on-call rotation (the 614-555-0190 line). Calls forward to your cell from 5 PM to 8 AM and all day on the listed dates.

  Date             Primary             Backup
  Wed 11/27        Dana Whitcomb       Priya Raman
  Thu 11/28 (TG)   Marcus Oyelaran     Jhoanna Bautista
  Fri 11/29        Linh Tran           Dana Whitcomb
  Tue 12/24        Priya Raman         Rami Haddad
  Wed 12/25        Carla Mendes        Marcus Oyelaran
  Tue 12/31        Jhoanna Bautista    Linh Tran
  Wed 01/01        Rami Haddad         Carla Mendes

Swaps are fine, just update the shared calendar and tell me. Holiday on-call pays the $150 flat stipend plus any call-back time.

Shauna"""
    add("clean", "staff", SHAUNA, [RECRUIT], "holiday on-call rotation", body, date=d)

    d = rdate(fix=(2024, 9, 12))
    body = """Good afternoon,

Confirming the Harrowgate clinicians starting Monday 9/16. All files are complete in ShiftLedger and badges can be printed.

Name                   Discipline   Unit        License            Exp        BLS/ACLS/Other         Orientation
Rosa Delgado           RN           L&D         OH RN.512277       10/31/25   BLS, ACLS, NRP, AWHONN  Mon 0730 Classroom 2
Hollis Grant           RN           MICU        Multistate (KY)    06/30/26   BLS, ACLS, CCRN         Mon 0730 Classroom 2
Agnieszka Nowak        PT           Ortho 5     OH PT.019844       01/31/26   BLS                     Mon 0800 Rehab office
Marcus Feld            RRT          RT Dept     OH RCP.77410       06/30/25   BLS, ACLS, NRP          Mon 0700 RT office

Dana Whitcomb (RN) and Priya Raman (allied) are their recruiters. After-hours line 614-555-0190.

Thanks,
Teresa

Teresa Fenwick
Credentialing Specialist | Harrowgate Health Staffing | (614) 555-0152"""
    add("clean", "staff", TERESA, [LVSTAFF], "Starts 9/16 - Harrowgate roster", body, cc=[DANA, PRIYA, LYNN], date=d,
        html_alt=True)

    d = rdate(fix=(2024, 11, 12))
    body = """Hi everyone,

Holiday payroll schedule - please note the early cutoffs.

  Week ending   Timesheet due         Approval due (client)   Pay date
  11/23         Mon 11/25 10:00 AM    Mon 11/25 5:00 PM       Wed 11/27 (early - Thanksgiving)
  11/30         Mon 12/2 10:00 AM     Mon 12/2 5:00 PM        Fri 12/6
  12/21         Sun 12/22 8:00 PM     Mon 12/23 12:00 PM      Tue 12/24 (early)
  12/28         Mon 12/30 10:00 AM    Mon 12/30 5:00 PM       Thu 1/2

Late timesheets roll to the following week's payroll. Off-cycle checks are only for payroll errors.

W-2 address check: if you've moved this year, update your address in the employee portal by 12/31.

Thanks,
Olga Serova
Payroll Specialist | Harrowgate Health Staffing
(614) 555-0145"""
    add("clean", "staff", OLGA, [("Harrowgate Clinicians", "clinicians@" + AG)], "Holiday payroll schedule + early cutoffs",
        body, cc=[HOWARD], date=d)

    d = rdate()
    body = """Friends,

Next Friday marks TEN YEARS for Dana Whitcomb at Harrowgate! She started when we were six people in a borrowed conference room and has placed somewhere north of 900 nurses since.

Potluck lunch in the break room Friday at 12:30. Sign-up sheet is on the fridge - we have four desserts and zero mains so far, please fix that. Card is going around, Marisol has it.

And don't tell her. (Dana, if you're reading this, act surprised.)

Lisa"""
    add("clean", "staff", LISA, [ALLSTAFF], "Shhh - Dana's 10 years Friday", body, date=d)

    d = rdate(fix=(2024, 2, 26))
    body = """Hi all,

Lisa will be on leave from Monday 3/4 through Friday 4/12. While she's out:

  - Benefits questions, enrollment changes, COBRA: Olga Serova (ext 145)
  - New-hire paperwork, I-9s: Joel Baptiste (ext 153)
  - Anything HR-sensitive (complaints, investigations): Anita Goldberg (ext 150)

Please don't contact Lisa while she's out. We're all looking forward to having her back in April.

Bradley Voss
Chief Executive Officer
Harrowgate Health Staffing"""
    add("clean", "staff", BRAD, [ALLSTAFF], "Coverage while Lisa is out 3/4-4/12", body, date=d)

    d = rdate()
    body = """Please welcome Nadège Pierre to the Clinical Quality team!

Nadège joins us as Clinical Liaison, supporting our clinicians at St. Brendan and Pinebrook. She's a registered nurse with 12 years in med-surg and behavioral health, most recently as a charge nurse, and she speaks Haitian Creole, French and English.

She'll be reaching out to everyone assigned to St. Brendan over the next two weeks to introduce herself. Her desk is next to Renee's; stop by and say hi (she likes dark chocolate, I'm told).

Nadège Pierre, RN
Clinical Liaison
npierre@harrowgatestaffing.com | (614) 555-0157

Renee"""
    add("clean", "staff", RENEE, [ALLSTAFF], "Welcome Nadège Pierre, RN - Clinical Liaison", body, date=d, html_alt=True,
        atts=[("harrowgate_logo.png", "image", "png", png_bytes(96, 40, "logo"))])

    d = rdate(fix=(2025, 3, 23))
    body = """Hi Brent,

This is a reminder that your timesheet for week ending Saturday 03/22/2025 has not been submitted.

  Assignment:  Lakemont Valley Medical Center - MICU (RN)
  Scheduled:   3 shifts / 36.0 hours
  Due:         Monday 03/24/2025 at 10:00 AM ET

Submit in the Harrowgate app: Timesheets > Current week > Submit for approval.

Timesheets submitted after the deadline will be paid on the following pay cycle.

Questions? Reply to this email or call Payroll at (614) 555-0145.
Harrowgate Health Staffing - Payroll"""
    add("clean", "staff", TIMES, [BRENT], "Reminder: timesheet due Monday 10 AM (w/e 03/22)", body, date=d,
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

# ================================================================ CLEAN: training
def clean_training():
    d = rdate()
    body = """Hi Sam,

Welcome again! For Thursday's session, please work through the practice file below before we meet. It's a made-up clinician we use for training - nothing in it is real, and the file lives only in the TRAINING environment of ShiftLedger (the orange banner).

PRACTICE FILE - "Tessa Trainee, RN" (fictitious)
  Discipline: RN - Telemetry      Client: "Sample General Hospital"
  License: OH RN.000000 (practice)   exp 01/31/2026
  BLS: exp 03/2025        ACLS: exp 11/2024
  TB: IGRA dated 14 months ago
  MMR: 1 dose documented
  Hep B: declination signed
  Flu: none on file (assignment starts in December)
  Skills checklist: Tele - completed 2 years ago
  References: 1 of 2

Questions:
 1. Which items make this file NOT submittable to the client?
 2. Which expired items can be fixed with a document upload, and which need an appointment?
 3. What status would you show the client for the TB item, and what would you never show them?
 4. Who do you call if the clinician says she has a medical exemption?

Answers in the training binder, tab 3. Don't peek.

Teresa"""
    add("clean", "training", TERESA, [("Sam Whitaker", "swhitaker@" + AG)], "Thursday training - practice file", body,
        cc=[JOEL], date=d)

    d = rdate()
    rows = [["Step", "Action", "Test data", "Expected result", "Pass/Fail", "Tester"],
            [1, "Create clinician in TRAIN env", "TEST, NURSEONE / ID TST-000001", "Profile created, status Pending", "", ""],
            [2, "Upload TB result document", "sample_tb_neg.pdf (blank template)", "Item status Complete, doc hidden from client view", "", ""],
            [3, "Upload expired BLS card", "exp date 01/01/2020", "Item flagged Expired, red", "", ""],
            [4, "Submit to client", "Client: TEST HOSPITAL A", "Blocked - 1 expired item", "", ""],
            [5, "Renew BLS and resubmit", "exp date 12/31/2030", "Submission accepted", "", ""],
            [6, "Client views profile", "login testclient01", "Sees status only, no documents", "", ""],
            [7, "Enter timesheet 3x12", "w/e 01/04/2025", "36.0 hrs, routes to approver", "", ""],
            [8, "Delete test clinician", "TST-000001", "Record purged, audit log entry", "", ""]]
    body = """All,

UAT for the ShiftLedger 5.2 upgrade starts Monday. Attached is the test script for credentialing + timesheets. Use ONLY the test clinicians (TEST, NURSEONE through TEST, NURSEFIVE) in the TRAIN environment. Never use a real clinician's name or documents in UAT.

Mark pass/fail in the sheet and save it back to the UAT folder by Wednesday EOD. Defects go in the ticket queue with the tag UAT-5.2.

Tom"""
    add("clean", "training", TOM, [TERESA, JOEL, HOWARD, OLGA], "UAT test script - ShiftLedger 5.2", body, date=d,
        atts=[("UAT_ShiftLedger_5.2_cred_timesheets.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes(rows, "UAT"))])

    d = rdate()
    body = """Clinical liaisons - here's the scenario for Friday's incident-report practice. It's a composite case, de-identified and partly invented, so please don't try to match it to anything real.

SCENARIO
A travel RN on a 28-bed med-surg unit has five patients on day shift. At 1130, an older patient on fall precautions is found sitting on the floor beside the bed; the bed alarm is off. The patient says she "just slid down". No visible injury. The RN last rounded at 1045. The unit's charge nurse asks the traveler to "just chart it" and says the incident report isn't necessary since there's no injury.

DISCUSSION QUESTIONS
 1. Does the traveler file an incident report in the client's system, ours, or both?
 2. What should the statement include? What should it leave out?
 3. How do you handle the charge nurse's instruction?
 4. What do you send the client's risk manager, and what never leaves the client's system?
 5. When does this become a quality-committee item?

QUIZ (answer key at the session)
 a) True/False: An agency clinician should keep a personal copy of the incident report.
 b) Within how many hours must a client-reported event be logged in SafeShift?
 c) Name two identifiers you should NOT include in an email to the recruiter.

See you Friday.
Renee"""
    add("clean", "training", RENEE, [JOANNA, NADEGE, LUIS], "Friday practice - fall scenario + quiz", body, date=d)

    d = rdate()
    hl7 = "\n".join([
        "MSH|^~\\&|WWOH_LIS|WORKWELL|HHS_EHS|HARROWGATE|20250110090000||ORU^R01^ORU_R01|TEST0000000001|T|2.5.1",
        "PID|1||TST-999001^^^HARROWGATE^EI||TEST^EMPLOYEE^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000",
        "OBR|1|TST001|TSTL001|TBIGRA^TB IGRA^L|||20250110080000|||||||||0000000000^PROVIDER^TEST||||||20250110085900|||F",
        "OBX|1|ST|71774-4^M tuberculosis IFN-g bld^LN||Negative||Negative|N|||F",
        "OBX|2|ST|16935-9^Hepatitis B virus surface Ab^LN||TEST VALUE - IGNORE||>=10|N|||F",
    ])
    body = """Tom, Kim -

For next week's interface validation, here are the five test messages we'll send from our TEST environment (processing ID "T" in MSH-11). Synthetic records only: employee IDs in the TST-999xxx range, names TEST^EMPLOYEE^ONE through FIVE, DOB 01/01/1900. Please make sure your engine rejects anything with processing ID "T" from reaching production.

Sample 1 of 5 below; the rest are in the attached file.

""" + hl7 + """

Cutover checklist and timing to follow.

Raj Menon
Interface Analyst, WorkWell Occupational Health
614-555-0300 ext 260"""
    samples = "\n\n".join(hl7.replace("TST-999001", "TST-99900%d" % i).replace("ONE", n).replace("TEST0000000001", "TEST000000000%d" % i)
                          for i, n in zip(range(1, 6), ["ONE", "TWO", "THREE", "FOUR", "FIVE"]))
    add("clean", "training", ("Raj Menon", "rmenon@" + WORKWELL), [TOM, KIM], "Interface validation - test ORU samples",
        body, atts=[("WW_test_ORU_samples.txt", "text", "plain", samples + "\n")], date=d)

    d = rdate(fix=(2024, 11, 4))
    paras = ["Harrowgate Health Staffing - Annual Privacy Training, Module 3", "Scenarios (all names are fictitious)",
             "Scenario 1. A recruiter, \"Pat,\" gets a text from a traveler: a photo of a whiteboard showing room numbers and patient last names, asking which patient she'll have tomorrow. What should Pat do?",
             "Scenario 2. A client nurse manager emails a complaint that includes a patient's full name and date of birth. Who should receive it at Harrowgate, and how?",
             "Scenario 3. A clinician's positive drug screen arrives by email. A recruiter asks for \"the details\" so he can explain to the client. What can be shared?",
             "Scenario 4. A traveler tells her recruiter about a personal medical condition and asks that it stay private. Where may the recruiter document it?",
             "Scenario 5. An employee posts a picture from a unit celebration on social media; a patient's name is visible on a census board in the background.",
             "Answer key is provided to facilitators only."]
    body = """Hi all,

Module 3 of this year's privacy training is live in the LMS and due by 11/30. It's about 25 minutes. The facilitator version of the scenarios is attached for managers who want to run it as a group discussion instead.

Anita

Anita Goldberg, JD, CHC | Compliance Officer | (614) 555-0150"""
    add("clean", "training", ANITA, [ALLSTAFF], "Privacy training Module 3 - due 11/30", body, date=d,
        atts=[("Privacy_Module3_Scenarios_facilitator.docx", "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(paras))])

    d = rdate()
    body = """Dr. Park, Dr. Okafor,

For your locum onboarding at Cedar Hollow, the hospitalist group asked that new providers review this sample note. It's a de-identified teaching example built from a composite case (no names, dates shifted, ages rounded) that shows the documentation style their CDI team prefers.

SAMPLE PROGRESS NOTE (teaching example)
S: Patient in their 70s, hospital day 2, reports breathing "a little easier". Slept 4-5 hrs.
O: T 37.4, HR 96, BP 132/78, RR 22, SpO2 93% on 3 L NC (was 4 L). Crackles bilateral bases. Weight down 1.1 kg. Cr 1.4 (baseline ~1.0).
A: 1. Acute on chronic diastolic heart failure - improving with IV diuresis.
   2. Acute kidney injury, likely cardiorenal - monitor.
   3. Acute respiratory failure with hypoxia - improving.
P: Continue IV furosemide, daily BMP/weights, wean O2 to SpO2 >= 92%, PT eval, discuss goals of care with family.

Note the specific diagnosis terms in A. That's what gets you out of the query queue.

Marcus"""
    add("clean", "training", MARCUS, [PARK, AMARA], "CH onboarding - sample progress note (teaching)", body, date=d)

# ================================================================ build / write
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
    ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6, ("clean", "staff"): 7,
    ("clean", "training"): 6,
}

X_MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "iPhone Mail (21F90)", None, None,
             "Microsoft Outlook for Android", None]

def build(m):
    msg = EmailMessage()
    msg["From"] = fmt(m["frm"])
    msg["To"] = fmtl(m["to"])
    if m["cc"]:
        msg["Cc"] = fmtl(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"][1].split("@")[1]
    msg["Message-ID"] = mid(dom)
    if m["subject"].lower().startswith(("re:", "fw:", "fwd:")):
        ref = mid(random.choice([AG, SB, LV, CH, dom]))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    xm = random.choice(X_MAILERS)
    if xm and "Auto-Submitted" not in m["headers"]:
        msg["X-Mailer"] = xm
    for k, v in m["headers"].items():
        msg[k] = v
    msg.set_content(m["body"] if m["body"].endswith("\n") else m["body"] + "\n")
    if m["html_alt"]:
        msg.add_alternative(to_html(m["body"]), subtype="html")
    for fname, maintype, subtype, data in m["atts"]:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg

def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for f in (phi_care, phi_ids, phi_lang, phi_lists, phi_names, phi_self, phi_struct,
              clean_admin, clean_lookalike, clean_news, clean_staff, clean_training):
        f()
    counts = {}
    rows = []
    for m in MESSAGES:
        key = (m["label"], m["kind"])
        counts[key] = counts.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], counts[key])
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(build(m).as_bytes(policy=policy.SMTP))
        rows.append([fname, m["label"], m["kind"], m["patient"]])
    if counts != EXPECTED:
        sys.exit("count mismatch: %r" % counts)
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["file", "label", "kind", "patient_name"])
        wr.writerows(rows)
    total = 0
    for key in sorted(counts):
        print("%s-%s: %d" % (key[0], key[1], counts[key]))
        total += counts[key]
    print("total: %d" % total)

if __name__ == "__main__":
    main()
