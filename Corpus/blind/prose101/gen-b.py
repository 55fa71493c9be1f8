#!/usr/bin/env python3
"""Generate a blind evaluation set of school-district special education email.
Usage: python3 gen.py OUTDIR
Everything here is invented."""
import sys, os, random, zipfile, zlib, struct, io, csv, json, datetime
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 10102
random.seed(SEED)

DOM = "cedarridgeusd.org"
DISTRICT = "Cedar Ridge Unified School District"

# ---------------------------------------------------------------- people
RENATA = "Renata Vasquez-Hill <rvasquezhill@cedarridgeusd.org>"
TOM = "Tom Albrecht <talbrecht@cedarridgeusd.org>"
MEGAN = "Megan O'Rourke <morourke@cedarridgeusd.org>"
DEV = "Dev Kapoor <dkapoor@cedarridgeusd.org>"
HANNAH = "Hannah Lindqvist <hlindqvist@cedarridgeusd.org>"
CORINNE = "Corinne Baptiste <cbaptiste@cedarridgeusd.org>"
ALANA = "Alana Whitfield <awhitfield@cedarridgeusd.org>"
MARISOL = "Marisol Ortega <mortega@cedarridgeusd.org>"
GREG = "Greg Tanaka <gtanaka@cedarridgeusd.org>"
DONNA = "Donna Fikes <dfikes@cedarridgeusd.org>"
KYLE = "Kyle Brandt <kbrandt@cedarridgeusd.org>"
LEAH = "Leah Sorensen <lsorensen@cedarridgeusd.org>"
RICK = "Rick Dubois <rdubois@cedarridgeusd.org>"
PAULA = "Paula Greer <pgreer@cedarridgeusd.org>"
SHAUNA = "Shauna Pell <spell@cedarridgeusd.org>"
JULIANA = "Juliana Costa <jcosta@cedarridgeusd.org>"
CARLA = "Carla Munoz <cmunoz@cedarridgeusd.org>"
KIM = "Kim Ostrowski <kostrowski@cedarridgeusd.org>"
SPEDLIST = "SpecialEd-AllStaff <sped-allstaff@cedarridgeusd.org>"

SIG = {
 "megan": "Megan O'Rourke, BSN, RN, NCSN\nLead District Nurse, Health Services\nCedar Ridge USD | 1400 Ridgeway Ave, Cedar Ridge\nOffice (715) 555-0140 | Fax (715) 555-0141",
 "tom": "Tom Albrecht\nProgram Coordinator, Special Education\nCedar Ridge Unified School District\n(715) 555-0122",
 "renata": "Renata Vasquez-Hill, Ed.D.\nDirector of Special Education & Student Services\nCedar Ridge Unified School District\n1400 Ridgeway Ave | Cedar Ridge\nP (715) 555-0120 | F (715) 555-0129",
 "dev": "Dev Kapoor, Ed.S., NCSP\nSchool Psychologist | Lakeview MS & Hillcrest ES\n(715) 555-0133",
 "hannah": "Hannah Lindqvist, PhD, NCSP\nSchool Psychologist | Cedar Ridge High School\n(715) 555-0135",
 "corinne": "Corinne Baptiste, M.S., CCC-SLP\nSpeech-Language Pathologist\nHillcrest ES / Birch Creek ES\n(715) 555-0151",
 "marisol": "Marisol Ortega, OTR/L\nOccupational Therapist, Related Services\nCedar Ridge USD\n(715) 555-0155",
 "greg": "Greg Tanaka, PT, DPT\nSchool Physical Therapist\nCedar Ridge USD | cell (715) 555-0157",
 "donna": "Donna Fikes\nMedicaid Billing Specialist, Special Education\nCedar Ridge USD\nPh (715) 555-0126 | Fax (715) 555-0129",
 "paula": "Paula Greer\nAdministrative Assistant, Special Education\n(715) 555-0121",
 "kyle": "Kyle Brandt\nSpecial Education Teacher / Case Manager\nLakeview Middle School",
 "leah": "Leah Sorensen, M.Ed.\nCross-Categorical Teacher, Birch Creek Elementary\nRoom 108 | ext. 4108",
}

CONF = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the "
        "person(s) to whom it is addressed and may contain confidential student information protected "
        "by FERPA and IDEA. If you are not the intended recipient, please notify the sender and delete "
        "this message. Cedar Ridge Unified School District.")

# ---------------------------------------------------------------- dates / ids
def tz_for(y, m, d):
    if (3 < m < 11) or (m == 3 and d >= 9) or (m == 11 and d < 3):
        return datetime.timezone(datetime.timedelta(hours=-5))
    return datetime.timezone(datetime.timedelta(hours=-6))

def dt(y, m, d, h=None, mi=None):
    if h is None:
        h = random.randint(7, 16)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=tz_for(y, m, d))

def ago(base, minutes):
    return base - datetime.timedelta(minutes=minutes)

def t12(d):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM")

def gmail_on(d, who):
    return "On %s, %s %d, %d at %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, t12(d), who)

def quote(text):
    return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))

def outlook(d, frm, to, subj, body, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\n" % (
        frm, d.strftime("%A"), d.strftime("%B"), d.day, d.year, t12(d), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subj, body)

def fwd_block(d, frm, to, subj, body):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, d.strftime("%a"), d.strftime("%b"), d.day, d.year, t12(d), subj, to, body))

def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def mid(domain, style=0):
    if style == 1:
        return "<%s%s@%s.namprd17.prod.outlook.com>" % ("SA1PR17MB", hexs(10).upper(), "SA1PR17MB" + hexs(4).upper())
    if style == 2:
        return "<CA+%s=%s@mail.%s>" % (hexs(12), hexs(10), domain)
    return "<%s.%d@%s>" % (hexs(16), random.randint(100000, 999999), domain)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def htmlize(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")

# ---------------------------------------------------------------- message builder
def mk(frm, to, subj, body, date, cc=None, html=None, atts=(), extra=(), style=0, domain=None, cte=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    if domain is None:
        domain = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = mid(domain, style)
    for k, v in extra:
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html is True:
        html = htmlize(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mtype in atts:
        maintype, subtype = mtype.split("/", 1)
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return m

# ---------------------------------------------------------------- attachment builders
def _chunk(t, data):
    return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)

def png(w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(pixel(x, y))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))

def logo_png():
    # green square with a white triangle "cedar" and a brown trunk
    def px(x, y):
        cx = 32
        if 10 <= y <= 44 and abs(x - cx) <= (y - 10) * 0.6:
            return (255, 255, 255)
        if 44 < y <= 54 and 28 <= x <= 36:
            return (120, 82, 45)
        return (34, 102, 68)
    return png(64, 64, px)

def scan_png():
    # off-white page with faint grey margin lines, like an empty scanned sheet
    def px(x, y):
        if y in (20, 21) or x in (12, 187):
            return (214, 214, 210)
        return (248, 247, 243)
    return png(200, 260, px)

ZDT = (2024, 9, 3, 8, 0, 0)

def _zput(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)

def docx(paras):
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        _zput(z, "[Content_Types].xml", ct)
        _zput(z, "_rels/.rels", rels)
        _zput(z, "word/document.xml", doc)
    return bio.getvalue()

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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(out) + '</sheetData></worksheet>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        _zput(z, "[Content_Types].xml", ct)
        _zput(z, "_rels/.rels", rels)
        _zput(z, "xl/workbook.xml", wb)
        _zput(z, "xl/_rels/workbook.xml.rels", wbrels)
        _zput(z, "xl/worksheets/sheet1.xml", ws)
    return bio.getvalue()

def pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 10 Tf\n14 TL\n50 760 Td\n" + "".join("(%s) '\n" % pesc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def ics(summary, start, minutes, location, desc, organizer, attendees=()):
    def z(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    start = start.replace(second=0)
    end = start + datetime.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (hexs(24), DOM), "DTSTAMP:%s" % z(start - datetime.timedelta(days=6)),
             "DTSTART:%s" % z(start), "DTEND:%s" % z(end), "SUMMARY:%s" % summary,
             "LOCATION:%s" % location, "DESCRIPTION:%s" % desc.replace("\n", "\\n"),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer.split(" <")[0], organizer.split("<")[1].rstrip(">"))]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=%s:mailto:%s" % (a.split(" <")[0], a.split("<")[1].rstrip(">")))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)

# ---------------------------------------------------------------- registry
REG = []
def reg(label, kind, patient=""):
    def w(f):
        REG.append((label, kind, patient, f))
        return f
    return w

# ================================================================ PHI: care
@reg("phi", "care", "Maddox Pruitt")
def care_1():
    d0 = dt(2025, 2, 19, 8, 12)
    d1 = dt(2025, 2, 19, 9, 47)
    orig = """Megan / Leah,

Got the call from Maddox Pruitt's mom this morning. He'll be in the wheelchair through at least spring break, so I'm moving him off Route 12 and onto lift bus 31 starting Mon 2/24. Pickup 7:05 at the house (4418 Sorrel Ln), drop at Birch Creek's side door by the gym ramp.

Couple things I need from you:
- Is someone from the health office meeting him at the door, or does the aide on 31 hand off to the classroom para?
- Mom asked if the chair can stay at school overnight on Fridays. Told her I'd ask.
- Any seating / tie-down stuff the driver should know? The chair is a loaner from the clinic so it's not the one we have on file.

Thanks,
Rick

Rick Dubois
Routing & Scheduling, Transportation
Cedar Ridge USD | (715) 555-0188 | fax (715) 555-0189"""
    body = """Rick - I'll meet him at the side door the first week so I can see how the transfer goes, then the para (Ms. Greenfield) will take over. Chair can stay in the OT room over the weekend, Marisol already said fine. Loaner has a 4-point tie-down, no tray. I'll get you the clinic's sheet.

Leah, can you let his teachers know he'll be ~10 min late to first hour the first few days while we figure out the door?

""" + SIG["megan"] + "\n\n" + gmail_on(d0, "Rick Dubois <rdubois@cedarridgeusd.org>") + "\n" + quote(orig)
    return mk(MEGAN, RICK, "Re: lift bus for Maddox P. starting Monday", body, d1, cc=LEAH, style=1)

@reg("phi", "care", "Aaliyah Brooks")
def care_2():
    body = """Hi Jen,

Aaliyah Brooks' mom came by this morning and dropped off a new bin of snacks + glucose tabs. They're in the blue bin in the health office with her name on the lid. Couple of reminders now that PE moved to right after lunch:

* 10:15 snack before she goes to specials, even if she says she isn't hungry
* if she says she feels shaky or "weird," send her down WITH a buddy. never alone.
* new meter came today too -- the old one is going home in the front pocket of her backpack, please don't let it get thrown out, mom needs it for the clinic.

She checks at 11:20 with me before lunch like usual. Thanks for keeping an eye out, she's been doing great with it.

Megan

""" + SIG["megan"] + "\n\n" + CONF
    return mk(MEGAN, "Jen Haller <jhaller@cedarridgeusd.org>", "Aaliyah - snack & supplies", body,
              dt(2024, 10, 2, 8, 41), cc="Tanya Greenfield <tgreenfield@cedarridgeusd.org>", html=True)

@reg("phi", "care", "Jonah Abernathy")
def care_3():
    body = """Hi Corey, thanks for covering tmrw!! here's Jonah's day, he's easy once you know the routine

8:10 - off bus 31 at side door, help w/ jacket + backpack, he goes straight to Rm 14
9:30-10:15 - stander (it's by the window). set timer, he'll tell you when he's done lol
11:30ish - change in the nurse's bathroom, supplies are in the bottom cabinet labeled JONAH A. use the lift, don't try to do it alone pls
12:00 lunch - cut everything small, thickened drinks ONLY (powder is in his bin, 1 scoop per 4 oz, stir and wait a minute)
1:20 - bring him to the front office w/ his AFOs on. mom is picking him up at 1:30 for his appt at Brightpath

if he gets upset the music on the ipad usually helps. Kyle knows all this too if you get stuck.

Tanya G.

Sent from my iPhone"""
    return mk("Tanya Greenfield <tgreenfield@cedarridgeusd.org>", "Corey Blake <cblake@cedarridgeusd.org>",
              "handover for tomorrow - Jonah", body, dt(2024, 11, 13, 20, 6), cc=KYLE)

@reg("phi", "care", "Sofia Delgado")
def care_4():
    d0 = dt(2024, 10, 1, 19, 22)
    d1 = dt(2024, 10, 2, 7, 55)
    dad = """Hi Ms. Baptiste,

Thank you for the note home. Thursday afternoons don't work anymore because Sofia has her appointment at the allergy clinic every other Thursday at 2 and I pick her up at 1:15. Could she do her speech in the morning? She is better in the morning anyway, she gets tired.

Thank you,
Luis Delgado"""
    body = """Hi Ms. Patel,

Quick heads up -- I'm moving Sofia Delgado's speech sessions to Tues/Thurs at 9:00 starting 10/8. Her dad asked for mornings (see below). That puts her out of the first 30 min of your reading block on those days; she'll be back by 9:30. If that's a problem for the reading group let me know and I can try 8:40.

Mr. Delgado -- thank you, 9:00 on Tues/Thurs it is. I'll update her schedule in SpedTrack and send a copy home in her folder.

""" + SIG["corinne"] + "\n\n" + gmail_on(d0, "Luis Delgado <ldelgado.home@example.net>") + "\n" + quote(dad)
    return mk(CORINNE, ["Anjali Patel <apatel@cedarridgeusd.org>", "Luis Delgado <ldelgado.home@example.net>"],
              "Re: Sofia speech time", body, d1)

@reg("phi", "care", "Ethan Marsh")
def care_5():
    d = dt(2024, 10, 28, 14, 3)
    mtg = dt(2024, 11, 19, 15, 15)
    body = """Kyle,

Ordered the slant board, a set of the fat pencil grips and a wobble cushion for Ethan Marsh -- they're coming to the Lakeview front office, should be there by Friday. I'd like to try the cushion during his writing block for 2 weeks and take data (on-task intervals, same sheet as last time) so I have something real to report at his annual.

Sending the invite for the annual separately -- it's attached here too in case Outlook eats it again. Mom confirmed 3:15 works; she'd like grandpa on speakerphone.

Marisol

""" + SIG["marisol"]
    cal = ics("IEP Annual Review - Ethan Marsh (Gr 7)", mtg, 60, "Lakeview MS Conference Rm B",
              "Annual IEP review for Ethan Marsh. Attendees: parent (Ms. Marsh), K. Brandt (case mgr), M. Ortega OTR/L, gen ed rep, LEA rep. Grandfather joining by phone 715-555-0176.",
              MARISOL, [KYLE, "Denise Marsh <dmarsh77@example.com>"])
    return mk(MARISOL, KYLE, "Ethan - equipment ordered + annual", body, d,
              atts=[("invite.ics", cal, "text/calendar")], style=1)

@reg("phi", "care", "Tyler Kessler")
def care_6():
    body = """Hello Mrs. O'Rourke,

This is Tyler Kessler's grandma, I have him during the week since his mother is working nights at the plant. I wanted to let you know the pharmacy gave us a different looking pill this month. They are white and round now not the yellow ones. Same doctor same amount, 1 at lunch like before. I did not want the nurse thinking it was the wrong thing and not giving it to him.

I will bring the new bottle Monday morning with the paper the doctor signed.

Also he has not been sleeping good and says some kids at lunch are bothering him. Could somebody check on him. He won't tell me much.

Thank you for all you do
Dorothy Kessler
715-555-0163"""
    return mk("Dorothy Kessler <dkessler1951@example.net>", MEGAN, "Tyler's pills at school", body,
              dt(2025, 1, 9, 18, 34))

@reg("phi", "care", "Cole Brennan")
def care_7():
    d0 = dt(2025, 1, 8, 10, 5)
    d1 = dt(2025, 1, 8, 13, 40)
    orig = outlook(d0, "Albrecht, Tom", "Sorensen, Leah; Tanaka, Greg", "Homebound - Cole Brennan",
"""Leah, Greg -

Got the physician's statement for Cole Brennan today. He'll be home for at least 6 weeks starting Mon 1/13, so we're setting up homebound instruction. Plan for now:

- Homebound teacher (Jill Marquez) Tues/Thurs 3:30-5:00 at the house, 1217 Quarry Rd
- Leah to send work packets Fri so Jill has them Mon
- Greg to send home the exercise sheet and do a check-in visit around week 3 if mom is OK with it
- Mom asks: no visit if he's had a rough night -- she'll text Jill by noon

I'll draft the IEP amendment for the change in placement. Let me know if I missed something.

Tom""")
    body = """Tom - sounds good. I'll send the exercise sheet home with his sister Friday and call mom to set up the week 3 visit. Can Jill text me if he's not able to do the standing part of the sheet? I can modify.

Greg

""" + SIG["greg"] + "\n\n" + orig
    return mk(GREG, TOM, "RE: Homebound - Cole Brennan", body, d1, cc=LEAH, style=1)

@reg("phi", "care", "Harper Nguyen")
def care_8():
    d0 = dt(2025, 2, 4, 11, 2)
    d1 = dt(2025, 2, 4, 15, 48)
    orig = """Leah,

Saw Harper Nguyen today -- first session since the cast came off. She's doing stairs step-to with the rail, about twice as slow as her classmates, and she's tired by the end of the hallway by the library. Recommend through end of Feb:
 - leave class 3 min early for passing periods
 - elevator key (I have one in my bag, I'll drop it with the office)
 - sit out of the running part of PE, she can do the stretching
I'll write it up as an amendment. Do we need a meeting or can mom just sign?

Greg"""
    body = """Mom said on the phone she's fine with signing without a meeting, I'll send the amendment home tomorrow. I told the PE teacher already. Thanks Greg!

Leah

""" + gmail_on(d0, "Greg Tanaka <gtanaka@cedarridgeusd.org>") + "\n" + quote(orig)
    return mk(LEAH, GREG, "Re: Harper - stairs/passing time", body, d1)

# ================================================================ PHI: ids
@reg("phi", "ids", "")
def ids_1():
    body = """This is an automated message from ClaimBridge School Solutions.

One or more claims submitted for Cedar Ridge USD (Billing NPI 1538204417) were DENIED by the state Medicaid agency and require action.

  Claim #:         24300118725
  Recipient ID:    700418832
  Dates of svc:    10/03/2024 - 10/31/2024
  Service:         Speech/Language Tx, individual (92507-GN)
  Units billed:    8
  Billed amount:   $342.40
  Denial:          N286 - Missing/incomplete/invalid referring provider primary identifier
                   CARC 16 - Claim/service lacks information needed for adjudication

Action: Update the prescription/referral on file for this recipient (referring practitioner NPI required) and resubmit within 30 days of this notice. Claims not corrected by 12/20/2024 will be moved to the write-off queue.

Log in to the ClaimBridge portal to view the claim detail. Please do not reply to this message.

ClaimBridge School Solutions | support@claimbridge-edu.com | 1-800-555-0192"""
    html = htmlize(body)
    return mk("ClaimBridge Notifications <noreply@claimbridge-edu.com>", DONNA,
              "Action required: Denied claim 24300118725", body, dt(2024, 11, 20, 6, 0), html=html)

@reg("phi", "ids", "")
def ids_2():
    body = """Pam,

The doctor's office faxed over new orders this morning for student #2048817 (DOB 04/12/2016) -- rescue med dose went up. I can't put them in the binder until the parent-signed med authorization comes back. Can you send the blue form home in her Friday folder? Until then staff follow the current plan, nothing changes.

Also please pull the old copy out of the sub binder in Rm 6 and give it to me, I don't want two versions floating around.

Thx
Megan

""" + SIG["megan"] + "\n\n" + CONF
    return mk(MEGAN, "Pam Ochoa <pochoa@cedarridgeusd.org>", "new med orders - need parent auth", body,
              dt(2024, 12, 4, 10, 26))

@reg("phi", "ids", "R. Castellanos")
def ids_3():
    body = """Dr. Lindqvist,

Attached is the signed authorization from the parent for the student referenced above (DOB 09/02/2012). I have been retained to complete an independent educational evaluation and am requesting:

  1. The district psychoeducational evaluation dated 02/14/2024, including protocols/score summaries
  2. The current IEP and the most recent progress report
  3. Any FBA/BIP data and discipline records from this school year
  4. Nursing/health office notes relevant to the ADHD medication trial

Please send through your secure file transfer rather than regular email if possible. My target date for the report is 12/13, so anything you can get me by 11/22 would be appreciated.

Regards,
Nadia Farouk, PsyD
Licensed Psychologist
Lakeshore Psychological Associates
2290 Harbor St, Suite 310 | P (715) 555-0114 | F (715) 555-0115"""
    rel = pdf(["LAKESHORE PSYCHOLOGICAL ASSOCIATES",
               "AUTHORIZATION FOR RELEASE OF EDUCATIONAL AND HEALTH RECORDS",
               "",
               "District case no.: SE-24-0317",
               "Student: R. Castellanos        DOB: 09/02/2012        Grade: 7",
               "School: Lakeview Middle School",
               "",
               "I authorize Cedar Ridge Unified School District to release to Nadia Farouk, PsyD:",
               "  [X] Psychoeducational evaluation(s)   [X] IEP / 504 plan   [X] Health office records",
               "  [X] Behavior data / FBA                [ ] Attendance",
               "Purpose: Independent educational evaluation",
               "",
               "Parent/Guardian signature: ____signed____      Date: 10/30/2024",
               "This authorization expires one year from the date signed."])
    return mk("Nadia Farouk <nfarouk@lakeshorepsych.com>", HANNAH, "Records request - Case SE-24-0317", body,
              dt(2024, 10, 31, 16, 12), cc=DEV, atts=[("ROI_SE-24-0317.pdf", rel, "application/pdf")])

@reg("phi", "ids", "")
def ids_4():
    body = """Kyle,

Student #304551 (your caseload, 8th gr) -- parental consent to bill is on file, but mom also wrote private insurance on the form: BlueMeadow Health, Subscriber ID XJH884920117, Group 55120. We don't bill private insurance so that part doesn't matter, BUT the Medicaid number she gave (5201038847) comes back inactive as of 9/30 when I run eligibility.

Can you ask her at Thursday's meeting whether his coverage lapsed or changed plans? If she has a new card, a photo is fine. I'm holding his Sept/Oct OT and speech sessions until I hear.

Thanks!
Donna

""" + SIG["donna"]
    return mk(DONNA, KYLE, "consent / Medicaid # question", body, dt(2024, 10, 22, 13, 51))

@reg("phi", "ids", "")
def ids_5():
    body = """Renata,

OCR notified us this morning that it has opened an investigation (OCR Complaint No. 05-25-1187) concerning the student at Lakeview MS with state student ID 6638201945. The allegation is that the district failed to implement the seizure response provisions of the student's Section 504 plan during the afternoon bus ride on January 22, and that the parent was not notified until the following morning.

Please put a litigation hold in place today and gather the following for me by February 14:

  - Bus 31 video for 1/22 (AM and PM runs)
  - The 504 plan and individualized health plan in effect on 1/22, with the dates each was shared with transportation
  - Health office logs for 1/15 through 1/31
  - Training records for the driver and aide on that route (seizure response / rescue medication)
  - Any emails or texts between staff about the incident

Do not discuss the matter with the family beyond ordinary school business until we talk. I am available Thursday afternoon.

Janet Morrow
Morrow Field LLP
Counsel to Cedar Ridge USD
(715) 555-0102

PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION"""
    return mk("Janet Morrow <jmorrow@morrowfieldlaw.com>", RENATA, "OCR Complaint No. 05-25-1187 - document hold",
              body, dt(2025, 1, 31, 9, 17), cc=TOM)

@reg("phi", "ids", "")
def ids_6():
    d0 = dt(2024, 9, 10, 9, 30)
    d1 = dt(2024, 9, 12, 14, 2)
    orig = outlook(d0, "O'Rourke, Megan", "Riverbend Pediatrics - Front Desk", "referral follow up - acct A00918273",
"""Hello,

Following up on the vision screening referral we sent home in the spring. Your patient account #A00918273 -- her 3/14 visit was supposed to include the eye exam. Did she get glasses? The IEP team meets 9/26 and we need the report for the vision section.

A copy of the fax coversheet is on our end if you need it. Please fax to (715) 555-0141.

Megan O'Rourke, RN""")
    body = """Hi Megan,

The 3/14 visit was a well check only; the eye exam was referred out to Clearview Optometry and we don't have their report. Mom would need to sign a release for them, or you can ask her directly. Sorry we don't have more on our end!

Brenda
Patient Services, Riverbend Pediatrics
P (715) 555-0170  F (715) 555-0171

""" + orig
    return mk("Riverbend Front Desk <frontdesk@riverbendpeds.net>", MEGAN, "RE: referral follow up - acct A00918273",
              body, d1, style=1)

@reg("phi", "ids", "")
def ids_7():
    body = """Rick,

ESY transportation adds -- one more for the Westbrook site:

  J.R.  SASID 1009384721   Route: ESY-3 (lift)
  Dates: 6/23 - 7/24, Mon-Thu
  Needs: nurse aide rides the bus (agency nurse, name TBD from Horizon Staffing)
         suction machine + bag travel with him, strap behind the driver seat
         no pickup before 7:30, he's on a schedule at home until then

Address and parent phone are in the transportation request in SpedTrack. Let me know if the lift bus can make 7:30 with the other two on that run.

""" + SIG["tom"]
    return mk(TOM, RICK, "ESY transport - 1 more for Westbrook", body, dt(2025, 5, 28, 11, 19))

@reg("phi", "ids", "")
def ids_8():
    body = """Good afternoon,

I'm the school liaison for the inpatient unit at Northfield Children's. I'm following up on our patient (MRN 00482291, DOB 07/19/2010), who is enrolled at Cedar Ridge High. Discharge is planned for 11/22. Her team recommends a school re-entry meeting before she returns, ideally the week of 11/25, with a reduced schedule for the first two weeks.

Parents have signed our release for the district. Could someone from the special education or 504 team call me to set a time? I can join by phone and bring the discharge school recommendations.

Thank you,
Colleen Ashby, M.Ed.
Hospital School Liaison | Northfield Children's Hospital
(715) 555-0182 | cashby@northfieldchildrens.org"""
    return mk("Colleen Ashby <cashby@northfieldchildrens.org>", [HANNAH, "CRHS Counseling <crhs-counseling@cedarridgeusd.org>"],
              "MRN 00482291 - re-entry meeting request", body, dt(2024, 11, 15, 13, 37))

# ================================================================ PHI: lang
@reg("phi", "lang", "Diego Ramírez")
def lang_1():
    d0 = dt(2024, 11, 6, 21, 14)
    d1 = dt(2024, 11, 7, 7, 36)
    mom = """Buenos días enfermera Megan,

Le escribo porque el doctor le cambió la dosis de insulina a mi hijo Diego Ramírez (3er grado, salón de la maestra Haller). Ahora son 6 unidades en el almuerzo en vez de 5, y si está arriba de 250 se le pone 1 unidad más. Le mando la orden nueva firmada mañana en su mochila.

También se le están acabando las tiras del glucómetro, el viernes le llevo una caja nueva a la oficina.

Otra cosa, el jueves 14 tiene cita con la endocrinóloga a las 10:30, lo voy a recoger a las 9:45.

Gracias por todo lo que hacen por él.
María Elena Ramírez
Cel. 715-555-0127"""
    body = """FYI - new lunch dose for Diego once the signed order is in hand. Do NOT change anything until I've seen the order, I'll put it in the binder myself. Lucía from family liaison is translating my reply to mom.

M.

""" + fwd_block(d0, "María Elena Ramírez <mramirez.familia@example.com>", MEGAN, "Diego - insulina nueva", mom)
    return mk(MEGAN, "Hillcrest Health Aide <hillcrest-health@cedarridgeusd.org>", "Fwd: Diego - insulina nueva", body, d1, cte="quoted-printable")

@reg("phi", "lang", "Nguyễn Minh Tuấn")
def lang_2():
    body = """Chào cô Corinne,

Tôi là mẹ của Nguyễn Minh Tuấn, lớp 2 cô Haller, trường Hillcrest. Tuần này máy trợ thính bên trái của cháu bị hỏng nên tôi đã gửi đi sửa, chắc khoảng 10 ngày mới có lại. Trong thời gian đó cô có thể cho cháu ngồi gần cô trong giờ học nói được không ạ? Cháu nghe bên trái rất kém.

Ngoài ra, thứ Sáu ngày 15 cháu có hẹn khám tai ở bệnh viện lúc 1 giờ chiều nên sẽ nghỉ buổi học nói chiều hôm đó.

Cảm ơn cô nhiều.
Phạm Thị Lan
ĐT: 715-555-0166"""
    return mk("Pham Lan <phamthilan88@example.com>", CORINNE, "Tuấn - máy trợ thính", body, dt(2024, 11, 11, 20, 2), style=2, domain="example.com")

@reg("phi", "lang", "王欣怡 (Emily Wang)")
def lang_3():
    body = """Dear Dr. Kapoor,

您好！我是王欣怡（Emily Wang，四年级，Birch Creek 小学，Sorensen 老师班）的妈妈。我们已经收到学校寄来的评估同意书，我和她爸爸都签好了，明天让孩子带回学校。

我们想补充一些情况：欣怡去年十二月在儿童医院做过注意力方面的检查，医生说可能是多动症（注意力不集中型），但是还没有开始吃药。她在家做作业很难集中注意力，一页数学要一个多小时。老师也说她上课经常走神。希望这次评估可以一起考虑这些情况。医院的报告我可以拍照发给您。

另外，IEP 会议能不能安排在下午三点以后？她爸爸上班走不开。我们还需要一位中文翻译，谢谢！

李静
手机：715-555-0158"""
    return mk("Li Jing <lijing.wang@example.net>", DEV, "关于欣怡的评估 / Emily Wang evaluation", body,
              dt(2024, 9, 24, 21, 47), cc=LEAH)

@reg("phi", "lang", "Артём Соколов")
def lang_4():
    body = """Здравствуйте, Меган!

Пишу по поводу моего сына Артёма Соколова (5 класс, Lakeview, учитель — г-жа Ruiz). Аллерголог обновил план действий при аллергии: теперь, кроме арахиса, в списке ещё кешью и фисташки. В прошлую пятницу у него была реакция на печенье с фисташками на дне рождения у друга, пришлось колоть EpiPen и ехать в больницу.

Новый план и два новых автоинъектора (EpiPen Jr 0,15 мг) я принесу в понедельник утром в медкабинет. Старые у вас истекают в марте — можете отдать их Артёму домой.

И ещё: в четверг у класса экскурсия в научный центр. Пожалуйста, проследите, чтобы учитель взяла с собой один автоинъектор.

Спасибо большое!
Ирина Соколова
тел. 715-555-0191"""
    return mk("Irina Sokolova <irina.sokolova@example.org>", MEGAN, "Артём — новый план по аллергии", body,
              dt(2025, 3, 2, 19, 5))

@reg("phi", "lang", "Naïka Pierre")
def lang_5():
    d0 = dt(2025, 1, 14, 17, 40)
    d1 = dt(2025, 1, 15, 8, 2)
    mom = """Bonjou Mis Megan,

Se manman Naïka Pierre ki ekri w (1ye ane, klas Madan Ruiz). Doktè newològ la chanje medikaman kriz la pou Naïka. Kounye a li pran Keppra 250 mg de fwa pa jou, maten ak aswè lakay, konsa li pa bezwen pran anyen lekòl ankò. Men si li fè yon kriz ki dire plis pase 5 minit, fòk nou ba li Diastat la epi rele 911 e rele m tou.

Semèn pase li te fè 2 ti kriz lakay, se pou sa doktè a ogmante dòz la. Li ka yon ti jan dòmi nan klas la premye semèn yo.

M ap pote nouvo papye doktè a siyen an vandredi maten.

Mèsi anpil pou tout sa nou fè pou li.
Roseline Pierre
Tel: 715-555-0149"""
    body = """Ana - Naïka's mom wrote (below, Creole). Short version: med change at home, nothing given at school anymore, but the rescue plan stays the same (5 min -> rescue med + 911 + call mom). She may be sleepy in class the first week. I'll have Jean-Robert call mom to confirm Friday drop-off.

Megan

""" + gmail_on(d0, "Roseline Pierre <rpierre.lakay@example.com>") + "\n" + quote(mom)
    return mk(MEGAN, "Ana Ruiz <aruiz@cedarridgeusd.org>", "Fwd: Naïka - medikaman", body, d1, cte="quoted-printable")

@reg("phi", "lang", "يوسف الحسيني (Yousef Al-Husseini)")
def lang_6():
    body = """السلام عليكم أستاذ غريغ،

أنا خالد الحسيني، والد يوسف الحسيني في الصف السادس بمدرسة ليكفيو. أردت أن أخبرك أن يوسف أجرى عملية في ركبته اليسرى يوم الاثنين الماضي في مستشفى نورثفيلد، والطبيب قال إنه يحتاج إلى كرسي متحرك لمدة أربعة أسابيع ثم العكازات.

هل يمكن أن تبدأ جلسات العلاج الطبيعي في المدرسة بعد أسبوعين كما قال الطبيب؟ أرسلت لك صورة تقرير الخروج من المستشفى في المرفق.

وأيضاً نرجو أن يُسمح له باستخدام المصعد وأن يخرج من الصف قبل الجرس بخمس دقائق. سيعود إلى المدرسة يوم الاثنين القادم إن شاء الله.

شكراً جزيلاً على اهتمامك،
خالد الحسيني
هاتف: 715-555-0138

Sent from my Galaxy"""
    return mk("Khaled Al-Husseini <k.alhusseini@example.com>", GREG, "يوسف - العلاج الطبيعي بعد العملية", body,
              dt(2025, 3, 12, 12, 51), cc=KYLE, atts=[("scan0001.png", scan_png(), "image/png")])

@reg("phi", "lang", "Gabriel Souza")
def lang_7():
    body = """Olá, Sra. Adriana,

Tudo bem? Conversei hoje com a terapeuta ocupacional, Marisol Ortega, sobre a avaliação do Gabriel. Ela observou que ele tem dificuldade com a coordenação motora fina (segurar o lápis, recortar com a tesoura, abotoar o casaco) e também se cansa rápido quando escreve. Ela vai recomendar 30 minutos de terapia ocupacional por semana no IEP, dentro da sala de aula, e um lápis mais grosso e papel com linhas destacadas.

A reunião do IEP ficou marcada para terça-feira, 12 de novembro, às 15h30, na sala de reuniões da Birch Creek. Eu estarei lá como intérprete. Se precisar mudar o horário, é só me responder ou ligar no (715) 555-0147.

A senhora comentou que o pediatra pediu exames de vista para ele. Se tiver o resultado, pode trazer no dia da reunião?

Abraços,
Juliana Costa
Family Liaison / Intérprete - Português e Espanhol
Cedar Ridge USD

""" + CONF
    return mk(JULIANA, "Adriana Souza <adrianasouza.mg@example.net>", "Avaliação de TO do Gabriel - reunião 12/11", body,
              dt(2024, 10, 30, 15, 20), cc=MARISOL, cte="8bit")

@reg("phi", "lang", "김도윤 (Doyun Kim)")
def lang_8():
    body = """안녕하세요 린드크비스트 박사님,

저는 10학년 김도윤(Doyun Kim)의 엄마입니다. 도윤이가 요즘 학교 가기 전에 배가 아프다고 하고 밤에 잠을 잘 못 자요. 지난주 소아과 선생님께서 불안 증상이 심하다고 하시면서 상담을 받아보라고 하셨습니다.

학교에서 상담 서비스를 IEP에 추가할 수 있는지 궁금합니다. 그리고 시험 볼 때 조용한 별도 교실을 사용할 수 있을까요? 기말고사가 다가와서 걱정이 많이 됩니다.

다음 주 화요일이나 수요일 오후에 통화 가능하시면 알려주세요. 영어로 이메일은 괜찮지만 전화는 통역이 있으면 좋겠습니다.

감사합니다.
박수진 드림
715-555-0172"""
    return mk("Sujin Park <sujin.park.home@example.com>", HANNAH, "도윤이 상담 관련 문의", body,
              dt(2024, 12, 3, 22, 18), style=2, domain="example.com")

# ================================================================ PHI: lists
@reg("phi", "lists", "Liam Okafor; Naika Pierre; Diego Ramirez; Jonah Abernathy; Maddox Pruitt; Aaliyah Brooks")
def lists_1():
    body = """Drivers & aides on 22 and 31 -- here is the updated list of riders with health plans. Please print it and keep it in the clipboard behind the driver's seat, and shred the September one. Full plans are in the red bag.

Student            Gr  School       Plan        On the bus
-----------------  --  -----------  ----------  ---------------------------------------------
Okafor, Liam        3  Hillcrest    Allergy     epi auto-inj in red bag; give + call 911
Pierre, Naika       1  Hillcrest    Seizure     time it; >5 min rescue med in red bag, 911
Ramirez, Diego      3  Hillcrest    Diabetes    juice box in red bag if shaky/sweaty/pale
Brooks, Aaliyah     4  Hillcrest    Diabetes    has own kit in backpack, juice if low
Abernathy, Jonah    K  Birch Creek  G-tube      nothing by mouth on bus; aide sits w/ him
Pruitt, Maddox      4  Birch Creek  Mobility    loaner w/c, 4-pt tie-down, no tray

If anything happens on the route call dispatch first (715) 555-0180, then the school office. Any questions call me.

""" + SIG["megan"] + "\n\n" + CONF
    return mk(MEGAN, ["Transportation Dispatch <dispatch@cedarridgeusd.org>", RICK],
              "Routes 22 / 31 - riders w/ health plans (updated)", body, dt(2025, 2, 21, 14, 9))

@reg("phi", "lists", "Carter Bloom; Ximena Ortiz; Tuan Nguyen; Elijah Rhodes; Mia Santangelo; Kaden Frye; Amara Eze; Owen Talley")
def lists_2():
    rows = [["student_last", "student_first", "dob", "medicaid_id", "school", "dos", "cpt", "mod", "minutes", "units", "rendering_npi", "consent_on_file"],
            ["Bloom", "Carter", "2012-05-14", "700391846", "LAKEVIEW", "2024-10-02", "92507", "GN", "30", "1", "1861473095", "Y"],
            ["Bloom", "Carter", "2012-05-14", "700391846", "LAKEVIEW", "2024-10-09", "92507", "GN", "30", "1", "1861473095", "Y"],
            ["Ortiz", "Ximena", "2011-11-30", "700552107", "LAKEVIEW", "2024-10-03", "97530", "GO", "30", "2", "1295837740", "Y"],
            ["Nguyen", "Tuan", "2016-08-22", "700611934", "HILLCREST", "2024-10-04", "92507", "GN", "25", "1", "1861473095", "Y"],
            ["Rhodes", "Elijah", "2015-02-09", "700287455", "HILLCREST", "2024-10-07", "92508", "GN", "30", "1", "1861473095", "Y"],
            ["Santangelo", "Mia", "2012-07-01", "700774120", "LAKEVIEW", "2024-10-08", "97110", "GP", "30", "2", "1013986624", "Y"],
            ["Frye", "Kaden", "2016-01-17", "700403398", "HILLCREST", "2024-10-10", "97530", "GO", "30", "2", "1295837740", "Y"],
            ["Eze", "Amara", "2011-04-26", "700925561", "LAKEVIEW", "2024-10-15", "92507", "GN", "30", "1", "1861473095", "N - HOLD"],
            ["Talley", "Owen", "2015-09-12", "700118273", "HILLCREST", "2024-10-16", "97110", "GP", "30", "2", "1013986624", "Y"]]
    bio = io.StringIO()
    csv.writer(bio, lineterminator="\r\n").writerows(rows)
    body = """Hi Marcus,

October sessions for Lakeview and Hillcrest are attached (first batch, SLP/OT/PT). Eze is on hold -- consent isn't back yet, please don't submit that row. The rest are good to go.

Second batch (Birch Creek + Westbrook) should be ready Monday.

Thanks,
Donna

""" + SIG["donna"]
    return mk(DONNA, "Marcus Lee <mlee@claimbridge-edu.com>", "Oct sessions upload - Lakeview/Hillcrest (batch 1)", body,
              dt(2024, 11, 6, 10, 44), atts=[("CRUSD_Oct2024_batch1.csv", bio.getvalue(), "text/csv")])

@reg("phi", "lists", "Ruben Castellanos; Bella Whitcomb; DeShawn Harris; Emily Wang; Grayson Pike; Lucia Mendez")
def lists_3():
    body = """Tom,

My open evals as of today, in due-date order. The two reevals at Lakeview are the tight ones.

Castellanos, Ruben - 09/02/2012 - reeval (IEE pending, ADHD med trial per nurse) - due 11/08
Whitcomb, Bella - 03/17/2017 - initial, reading + attention, Tier 3 data in - due 11/15
Harris, DeShawn - 06/05/2011 - reeval, EBD, 2 hospitalizations last yr - due 11/22
Wang, Emily - 01/28/2015 - initial, attention/exec functioning, parent req Mandarin interp - due 12/04
Pike, Grayson - 10/11/2016 - initial, speech + fine motor, Corinne/Marisol doing their parts - due 12/10
Mendez, Lucia - 08/30/2012 - reeval, hearing loss (bilateral aids), need audiology rpt - due 01/09

I can do Ruben and Bella on time. DeShawn's mom keeps rescheduling the parent interview; I've documented 3 attempts. If DeShawn slips I may need you to sign off on the extension letter.

Dev

""" + SIG["dev"]
    return mk(DEV, TOM, "my open evals as of 10/21", body, dt(2024, 10, 21, 16, 27))

@reg("phi", "lists", "Lila Brenner; Tuan Nguyen; Marco Ruiz-Bell; Ava Lindholm; Isaiah Cole; Zoe Patterson; Kai Morita")
def lists_4():
    body = """Alana -- here's the Hillcrest part of my caseload for the handoff, pasted straight out of my tracking sheet. Goals are in SpedTrack, this is just the cheat sheet. Happy to do a walk-through Thursday after school.

Student\tGr\tTeacher\tMin/wk\tArea\tNotes
Lila Brenner\tK\tMoss\t60\tartic /r/ /s/\tshy first few sessions, likes stickers
Tuan Nguyen\t2\tHaller\t60\tlang + listening\thearing aids L+R, L aid in repair til ~11/25, seat close
Marco Ruiz-Bell\t3\tHaller\t90\tfluency\tparent wants updates every 2 wks (email)
Ava Lindholm\t1\tMoss\t60\tAAC - TouchChat\tdevice charger lives in Rm 4, dad is the contact
Isaiah Cole\t4\tPatel\t30\tpragmatics\tgroup w/ Kai, on a new ADHD med (mom says), watch afternoons
Zoe Patterson\t2\tPatel\t60\tartic + phonology\tcleft palate repair summer '24, ENT f/u in Jan
Kai Morita\t4\tPatel\t30\tpragmatics\tsee Isaiah

Annuals coming up: Ava 12/3, Zoe 1/14. Reevals: none til spring.

Corinne"""
    return mk(CORINNE, ALANA, "Hillcrest caseload handoff", body, dt(2024, 11, 12, 15, 58))

@reg("phi", "lists", "Jamal Rivers; Sophie Kaminski; Brayden Holt; Grace Whitley; Mateo Alvarez; Hana Suzuki; Tristan Moore")
def lists_5():
    rows = [["Student", "SASID", "Gr (24-25)", "ESY site", "Services", "Nursing / health", "Transport", "Notes"],
            ["Rivers, Jamal", "1009381146", 3, "Westbrook", "SLP 60/wk, OT 30/wk", "none", "Curb (Rte ESY-1)", ""],
            ["Kaminski, Sophie", "1009377721", 5, "Westbrook", "SLP 60/wk", "Seizure plan - rescue med on site", "Lift (ESY-3)", "Nurse aide on bus"],
            ["Holt, Brayden", "1009402290", 1, "Westbrook", "OT 30/wk, PT 30/wk", "G-tube feed 11:30", "Lift (ESY-3)", "Feeding pump travels"],
            ["Whitley, Grace", "1009365518", 7, "Lakeview", "Reading 4x/wk", "Diabetes - CGM, check before lunch", "Curb (ESY-2)", ""],
            ["Alvarez, Mateo", "1009399037", 2, "Westbrook", "SLP 90/wk", "Asthma - inhaler self-carry", "Parent", ""],
            ["Suzuki, Hana", "1009412206", "K", "Westbrook", "SLP 60/wk, OT 30/wk", "Peanut allergy - epi x2", "Curb (ESY-1)", "Nut-free table"],
            ["Moore, Tristan", "1009358874", 9, "Lakeview", "Social work 30/wk", "Daily med 12:00 (health aide)", "Curb (ESY-2)", "Behavior plan in binder"]]
    body = """Hi Nicole,

Attached is the ESY roster with the related services and nursing flags, so you can plan staffing for the Westbrook and Lakeview sites. The nursing column is what Megan needs to cover -- she's already got the agency nurse for Sophie's bus.

Transport requests went to Rick last week. Let me know if any of these kids isn't on your class lists.

""" + SIG["tom"]
    return mk(TOM, "Nicole Fairbanks <nfairbanks@cedarridgeusd.org>", "ESY 2025 roster - services & nursing", body,
              dt(2025, 5, 30, 12, 6), cc=MEGAN,
              atts=[("ESY2025_roster_FINAL_v3.xlsx", xlsx(rows, "ESY 2025"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("phi", "lists", "Anika Shah; Grace Whitley; Dominic Reyes; Ben Caruso; Lily Ferraro")
def lists_6():
    d0 = dt(2025, 1, 16, 15, 31)
    d1 = dt(2025, 1, 17, 7, 12)
    orig = outlook(d0, "O'Rourke, Megan", "Kendra Sills (Sub RN - Horizon Staffing)", "Lakeview daily meds - who/what/when",
"""Kendra, thanks for covering Lakeview tomorrow. Daily med list below, everything is in the locked cart, MAR binder on top. Sign the MAR right after each one.

- 8:15 - Anika Shah, 8th - levothyroxine 50 mcg (she sometimes forgets, call down to Rm 210 by 8:30)
- 11:45 - Grace Whitley, 7th - CGM check, she doses herself w/ pen, you verify the number + units on the log
- 12:00 - Dominic Reyes, 7th - methylphenidate 10 mg, COUNT the card, controlled
- 12:00 - Ben Caruso, 6th - Lamictal 25 mg
- PRN - Lily Ferraro, 8th - albuterol 2 puffs before PE (3rd hr), she self-carries but log it if she comes in

Parents for all of them are in the emergency cards, front of the binder. Call me if anything's off.

Megan""")
    body = """got it, thanks Megan! I'll be there at 7:45.

Kendra

Sent from my iPhone

""" + orig
    return mk("Kendra Sills <ksills@horizonstaffingmed.com>", MEGAN, "RE: Lakeview daily meds - who/what/when", body, d1)

@reg("phi", "lists", "Aubrey Dalton; Finn Castillo; Maya Okonjo; Leo Brandvold; Ruby Anand; Sam Pettigrew")
def lists_7():
    body = """Team,

Annual reviews due Dec-Jan at Birch Creek. Please get the meeting notices out at least 10 days ahead and send me the date once it's set so I can get an LEA rep there. Related services folks, drafts to the case manager a week before.

 Student            | DOB        | Case mgr  | Category            | Annual due | Related svcs
--------------------+------------+-----------+---------------------+------------+----------------------
 Dalton, Aubrey     | 02/11/2017 | Sorensen  | OHI (seizures)      | 12/06/2024 | nursing plan, OT
 Castillo, Finn     | 07/23/2015 | Sorensen  | Autism              | 12/12/2024 | SLP, OT, BCBA consult
 Okonjo, Maya       | 11/02/2016 | Brandt    | SLI                 | 12/19/2024 | SLP
 Brandvold, Leo     | 04/30/2014 | Sorensen  | OI (CP, spastic)    | 01/10/2025 | PT, OT, adaptive PE
 Anand, Ruby        | 09/14/2016 | Brandt    | OHI (T1 diabetes)   | 01/17/2025 | nursing plan
 Pettigrew, Sam     | 05/05/2015 | Sorensen  | EBD                 | 01/24/2025 | social work 30/wk

Leo's mom asked for an afternoon slot and wants his outside PT (Brightpath) invited.

""" + SIG["tom"] + "\n\n" + CONF
    return mk(TOM, [LEAH, KYLE], "Birch Creek annuals Dec-Jan", body, dt(2024, 11, 18, 9, 3),
              cc=[CORINNE, MARISOL, GREG, MEGAN], html=True)

# ================================================================ PHI: names
@reg("phi", "names", "Marcus")
def names_1():
    body = """Kyle,

Finished testing with Marcus this morning. Quick preview before I write it up:

- WISC-V processing speed dropped a lot since 2022 (low 80s -> 71). Everything else about the same.
- BASC parent ratings have anxiety and depression both in the clinically significant range; teacher ratings only at-risk. Mom mentioned he started seeing a counselor at Lakeshore in September and the pediatrician is "talking about medication."
- He told me he hasn't been sleeping and hates lunch because "nobody sits with me."

I think we're looking at adding OHI or EBD as a secondary and definitely counseling minutes. Can we talk before the eval review meeting on the 14th? I don't want mom hearing "emotional disability" for the first time in a room of 8 people.

Dev

""" + SIG["dev"]
    return mk(DEV, KYLE, "Marcus - testing done", body, dt(2024, 11, 5, 12, 22))

@reg("phi", "names", "Noah Whitaker")
def names_2():
    body = """Corinne / Dr. Hale,

Mrs. Whitaker called again this morning (3rd time this week) about Noah's hearing aids. She says the FM system still isn't pairing with the new aids the audiologist fit him with over break, and he told her he can't hear Mr. Lutz in science at all. She's upset that nobody called her back Monday.

Can one of you call her today? 715-555-0194, she's off work after 2. She also asked whether the new aids mean his IEP has to change. I told her I'd pass it on.

Paula

""" + SIG["paula"]
    return mk(PAULA, [CORINNE, "Dr. Ellen Hale <ehale@cedarridgeusd.org>"], "Mrs. Whitaker - callback please", body,
              dt(2025, 1, 15, 10, 11))

@reg("phi", "names", "Daniel Okonkwo")
def names_3():
    paras = ["Section 504 - Health Summary (for team review)",
             "Student: Okonkwo, Daniel   Grade 10   Cedar Ridge High School",
             "Prepared by: M. O'Rourke, RN   Date: 03/10/2025",
             "Health history: Moderate persistent asthma since age 4. Two ED visits in the past 12 months (Oct 2024, Feb 2025). Seasonal allergies.",
             "Current medications: Symbicort 160/4.5 two puffs twice daily (home); albuterol HFA 2 puffs q4h PRN (self-carry at school).",
             "Health office use this year: 11 visits, 9 for shortness of breath / wheezing, most during or after PE or cross-country practice.",
             "Recommendations: Allow self-carry of inhaler at all times including athletics; pre-treat 15 minutes before PE; modified participation on high pollen / cold days; excused absences for specialist visits; updated Asthma Action Plan on file.",
             "Provider: Dr. R. Lund, Riverbend Pediatrics"]
    body = """Hi all,

Ahead of Thursday's 504 -- attached is my health summary. Short version: he's used his inhaler 4x in PE just last week, and mom says Dr. Lund started him on a new controller in Feb after the ER visit. I'd like pre-treating before PE written into the plan and coach needs to be looped in for XC.

See you at 2:45 in the counseling conference room.

Megan

""" + SIG["megan"]
    return mk(MEGAN, ["Lisa Tran <ltran@cedarridgeusd.org>", HANNAH], "Okonkwo, Daniel - 504 mtg Thursday", body,
              dt(2025, 3, 10, 15, 2), atts=[("504_health_summary.docx", docx(paras),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], style=1)

@reg("phi", "names", "Isabella Ferreira")
def names_4():
    body = """Hi Megan,

Bug (Isabella Ferreira) had another one of those staring spells in art today, right around 1:15. Maybe 10-15 seconds, she just stopped painting and didn't answer when I said her name, then went right back to it like nothing happened. That's 3 this week that I've seen, and Mrs. Abbott thinks she saw one Tuesday at recess.

Mom mentioned at conferences that her neurologist wants a log of these. Should I be writing them down somewhere? Is there a form? I don't want to miss something.

Thanks,
Rachel

Rachel Moss
Kindergarten, Room 4
Hillcrest Elementary"""
    return mk("Rachel Moss <rmoss@cedarridgeusd.org>", MEGAN, "staring spells again", body, dt(2024, 10, 17, 15, 44))

@reg("phi", "names", "Gracie W.")
def names_5():
    d0 = dt(2024, 9, 9, 7, 58)
    d1 = dt(2024, 9, 9, 12, 37)
    orig = """Are we back to the old schedule starting today? I have the pump set up in the nurse's office but the order in the binder is from May.

Tanya"""
    body = """Yes -- back on the school schedule as of today. New order came over from the GI clinic Friday:

11:00 -- 240 mL over 45 min via pump, then flush 30 mL water
1:30 -- water flush 60 mL only

Supplies came from Meridian Home Medical last week (extension sets, 60 mL syringes, formula for 2 weeks). The extension set in her bin is the new style with the purple clamp -- don't use the leftover ones from last year, they don't fit the new button. If the site looks red or leaky take a picture and text me, don't wait.

Also she can taste small bites at lunch per speech, but only what's on Corinne's list.

Megan

""" + gmail_on(d0, "Tanya Greenfield <tgreenfield@cedarridgeusd.org>") + "\n" + quote(orig)
    return mk(MEGAN, "Tanya Greenfield <tgreenfield@cedarridgeusd.org>", "Re: Gracie W.", body, d1, cc=CORINNE)

@reg("phi", "names", "Connor Haskins")
def names_6():
    d0 = dt(2025, 4, 7, 16, 50)
    d1 = dt(2025, 4, 8, 8, 14)
    d2 = dt(2025, 4, 8, 9, 2)
    leah = """Before Thursday -- Connor Haskins' mom emailed me last night that his psychiatrist started him on sertraline a week ago and he's been really flat and sleepy in the mornings. She wants us to watch for any change in mood or any talk about hurting himself and call her right away if we see anything. She also said he's been refusing breakfast.

Can we make sure Hannah is at the meeting? And maybe move it earlier so he's not in the room at the end of the day when he's most tired.

Leah"""
    tom = """Moved to 3:00 Thursday, Conf Rm A. Hannah confirmed. Updated invite coming.

Tom

""" + gmail_on(d0, "Leah Sorensen <lsorensen@cedarridgeusd.org>") + "\n" + quote(leah)
    body = """Sounds good, see everyone at 3.

Marisol

""" + gmail_on(d1, "Tom Albrecht <talbrecht@cedarridgeusd.org>") + "\n" + quote(tom)
    return mk(MARISOL, [TOM, LEAH], "Re: Thursday meeting time", body, d2, cc=HANNAH)

@reg("phi", "names", "Wyatt L.")
def names_7():
    body = """Team --

Rough week for Wyatt. Data summary:
  Mon: 0 incidents
  Tue: 1 (elopement from Rm 108 to the gym, 4 min)
  Wed: 2 (throwing materials, 1 hit toward para -- no injury)
  Thu: 3, all after 1:00

Mom told Leah at pickup that his Focalin went up to 15 mg last Monday and the pediatrician also added guanfacine at night. The afternoon pattern lines up with the morning dose wearing off, so I don't think it's all behavioral. I'm going to:
  1. add a 12:45 movement break to the BIP
  2. move his independent work to mornings
  3. ask Megan to call the pediatrician's office (release is on file) about timing

Let's touch base at Tuesday's team meeting. Please keep taking ABC data on the new sheets.

Shauna

Shauna Pell, M.S., BCBA
District Behavior Specialist
Cedar Ridge USD"""
    return mk(SHAUNA, [LEAH, "Tanya Greenfield <tgreenfield@cedarridgeusd.org>"], "Wyatt L - data this week", body,
              dt(2025, 2, 7, 15, 26), cc=MEGAN)

@reg("phi", "names", "Priya Raman")
def names_8():
    body = """Hi Ms. O'Rourke,

Priya Raman in my 3rd period chemistry has come to me twice this week with a migraine asking to go to your office. Her 504 says she can go rest in the health office with the lights off, and I'm fine with that, but she's now missed 3 labs in two weeks and the unit test is Friday. Is there anything in her plan about makeup time? I want to be fair to her, she clearly feels awful when it happens.

Also she mentioned her neurologist is changing her preventive medicine and it's making her dizzy, is that something I should know about for lab safety (burners)?

Thanks,
Brian Costa
Science Dept, Cedar Ridge High School"""
    return mk("Brian Costa <bcosta@cedarridgeusd.org>", MEGAN, "Priya - 504 / missed labs", body,
              dt(2025, 4, 23, 13, 8), cc=HANNAH, html=True)

# ================================================================ PHI: self
@reg("phi", "self", "Tanya Greenfield")
def self_1():
    note = pdf(["WorkWell Occupational Health - Cedar Ridge Clinic",
                "WORK STATUS REPORT",
                "",
                "Employee: Tanya Greenfield          DOB: 06/21/1986",
                "Employer: Cedar Ridge USD           Date of injury: 10/17/2024",
                "Claim #: pending",
                "",
                "Diagnosis: Lumbar strain (S39.012A)",
                "Treatment: cyclobenzaprine 5 mg HS, ibuprofen 600 mg TID with food, ice/heat",
                "Work status: MODIFIED DUTY 10/18/2024 through 10/31/2024",
                "  - No lifting, pushing or pulling over 10 lbs",
                "  - No patient/student transfers",
                "  - Change positions as needed",
                "Next visit: 10/24/2024 2:15 PM",
                "Provider: J. Whitman, PA-C"])
    body = """Hi,

I'm reporting an injury from today (10/17) at about 10:40 am. I was transferring a student from the wheelchair to the changing table in Rm 14 at Birch Creek and felt a pull in my lower back. Kyle was in the room. I finished the day but it got worse so I went to WorkWell after school like the form says.

They said it's a lumbar strain, gave me a muscle relaxer and ibuprofen, and put me on light duty for 2 weeks -- no lifting over 10 lbs and no transfers. Follow up is 10/24. The work status sheet they gave me is attached.

Can someone tell me what I'm supposed to do tomorrow? I can still do the reading groups and data sheets, just not the lifting.

Thank you,
Tanya Greenfield
Special Ed Paraprofessional, Birch Creek
(715) 555-0153 (cell)"""
    return mk("Tanya Greenfield <tgreenfield@cedarridgeusd.org>", "Risk Management <riskmgmt@cedarridgeusd.org>",
              "Injury report - 10/17 - Greenfield", body, dt(2024, 10, 17, 18, 22),
              cc="Anne Coyle <acoyle@cedarridgeusd.org>", atts=[("work_status_10172024.pdf", note, "application/pdf")])

@reg("phi", "self", "Leah Sorensen")
def self_2():
    body = """Hi Carla,

I'm scheduled for surgery on Thursday 2/6 (gallbladder removal at St. Anne's) and my surgeon expects me to be out 2-3 weeks depending on how recovery goes. I'd like to start the FMLA paperwork. My surgeon's office (Dr. Pruett, General Surgery Associates) said they'll fax the certification once you send them the form -- their fax is (715) 555-0197.

I've been having attacks for a couple of months so there's a chance it gets moved up if I end up in the ER again. I'll let you know right away if that happens.

For coverage: Kyle said he can cover my two IEP meetings that week, and I'll leave sub plans for the whole stretch.

Thanks,
Leah

""" + SIG["leah"]
    return mk(LEAH, CARLA, "FMLA - surgery 2/6", body, dt(2025, 1, 21, 16, 40), cc=RENATA)

@reg("phi", "self", "Jaylen M.")
def self_3():
    body = """hi ms k its jaylen. i cant come tues i got my neuro appt at northfield at 10. they changing my seizure meds again cause i had 2 last week, one at home one at the store. my mom said she can drive me to the job site after if i feel ok. tell mr d sorry i will be there wed for sure

jaylen

Sent from my phone"""
    return mk("jaylen m <jaylenm2006@example.com>", KIM, "tues", body, dt(2025, 3, 9, 21, 54), style=2, domain="example.com")

@reg("phi", "self", "Alana Whitfield")
def self_4():
    d0 = dt(2024, 12, 2, 15, 10)
    d1 = dt(2024, 12, 5, 10, 18)
    hr = """Hi Alana,

Thanks for meeting with me. As discussed, please send a written request describing the accommodations you're asking for, and the medical documentation form to your provider. I'll start the interactive process as soon as I have both.

Carla Munoz
HR Generalist / ADA Coordinator"""
    body = """Hi Carla,

Following up on our conversation. My audiologist (Dr. Soto, Clearwater Audiology) confirmed moderate bilateral sensorineural hearing loss at my appointment last week; her form is attached as a photo and she's sending the original. I'm being fitted for hearing aids on 12/19.

I'm requesting:
 - an amplified desk phone for my office at Hillcrest
 - live captioning turned on for Teams/Zoom IEP meetings (I'm in 6-10 of these a month)
 - seating at the near end of the table for in-person meetings
 - if possible, therapy sessions in the small room instead of the shared space by the gym, which is very loud

None of this changes what I can do with students, it just helps me hear parents clearly in meetings.

Thank you,
Alana Whitfield, M.A., CCC-SLP

""" + gmail_on(d0, "Carla Munoz <cmunoz@cedarridgeusd.org>") + "\n" + quote(hr)
    return mk(ALANA, CARLA, "Re: accommodation request", body, d1,
              atts=[("IMG_4471.png", scan_png(), "image/png")])

@reg("phi", "self", "Ray Holloway")
def self_5():
    body = """Benefits office,

My EOB from BlueMeadow came and it shows my physical therapy visits on 11/4 and 11/11 as denied, reason "no prior authorization." Member ID BMH448201937, group is the district's (55120). Dr. Ames referred me to Peak Motion PT after my rotator cuff repair in October and the PT office told me they had the auth.

I owe $412 now according to the bill. I've got 10 more visits ordered and I don't want to keep going if it's going to get denied. Who am I supposed to call, BlueMeadow or the PT office? I drive route 14 mornings so I can only call between 9 and 1.

Thanks
Ray Holloway
Bus Driver, Transportation
715-555-0131"""
    return mk("Ray Holloway <rholloway@cedarridgeusd.org>", "Benefits <benefits@cedarridgeusd.org>",
              "PT denied on my EOB", body, dt(2024, 12, 10, 13, 29))

@reg("phi", "self", "Nora Castillo")
def self_6():
    body = """Hi Dr. Lindqvist,

This is Nora Castillo from your Tuesday group. I wanted to ask about taking my finals in the small room. My anxiety has been really bad since my dad's surgery and my therapist at Lakeshore said I should ask the school if I can also take breaks during tests. I had a panic attack in the middle of the history quiz last week and had to leave.

Also I started a new medication (hydroxyzine) and it makes me really sleepy in first hour, so if my teachers think I'm not paying attention that's why.

Can we talk this week? I'm free 4th hour Wed or Thursday.

Thanks,
Nora"""
    return mk("Nora Castillo <ncastillo27@students.cedarridgeusd.org>", HANNAH, "finals + small room?", body,
              dt(2024, 12, 9, 20, 3))

@reg("phi", "self", "Deb Kowalczyk")
def self_7():
    body = """Hi Sue, my DOT medical card runs out 12/31. Dr gave me only a 1 yr card this time bc of my blood pressure, I'm on lisinopril now and it's under control (132/84 at the exam). Pic of the new card attached. Do you need the long form too or just the card? I'm still ok for route 31 aide + sub driving right?

Deb K

Sent from my iPhone"""
    return mk("Deb Kowalczyk <dkowalczyk@cedarridgeusd.org>", "Sue Hartman <shartman@cedarridgeusd.org>",
              "med card", body, dt(2024, 12, 16, 6, 47), atts=[("IMG_0932.png", scan_png(), "image/png")])

# ================================================================ PHI: struct
def x12(env_segs, inner, gs_code, ver, ctl, date8, time4, sender="CRUSD0417", receiver="MMISSTATE"):
    st = inner
    n = len(st) + 1
    st = st + ["SE*%d*0001" % n]
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:" % (sender, receiver, date8[2:], time4, ctl)
    gs = "GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_code, sender, receiver, date8, time4, ctl, ver)
    segs = [isa, gs] + st + ["GE*1*%d" % ctl, "IEA*1*%09d" % ctl]
    return "~\n".join(segs) + "~\n"

@reg("phi", "struct", "Brayden Holt; Ximena Ortiz")
def struct_1():
    inner = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*CRUSD20241204A*20241204*1022*CH",
        "NM1*41*2*CEDAR RIDGE UNIFIED SCHOOL DISTRICT*****46*CRUSD0417",
        "PER*IC*DONNA FIKES*TE*7155550126*FX*7155550129",
        "NM1*40*2*STATE MEDICAID MMIS*****46*MMISSTATE",
        "HL*1**20*1",
        "NM1*85*2*CEDAR RIDGE UNIFIED SCHOOL DISTRICT*****XX*1538204417",
        "N3*1400 RIDGEWAY AVE",
        "N4*CEDAR RIDGE*WI*549990000",
        "REF*EI*391234567",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*HOLT*BRAYDEN****MI*700402917",
        "N3*88 LINDEN CT",
        "N4*CEDAR RIDGE*WI*549990000",
        "DMG*D8*20170312*M",
        "NM1*PR*2*STATE MEDICAID MMIS*****PI*MMISSTATE",
        "CLM*CRU1124-0001*171.2***03:B:1*Y*A*Y*Y",
        "HI*ABK:R633*ABF:Q909",
        "NM1*DK*1*OKAFOR*CHIDI****XX*1467392015",
        "NM1*82*1*ORTEGA*MARISOL****XX*1295837740",
        "PRV*PE*PXC*225X00000X",
        "LX*1",
        "SV1*HC:97530:GO*85.6*UN*2***1",
        "DTP*472*D8*20241106",
        "LX*2",
        "SV1*HC:97530:GO*85.6*UN*2***1",
        "DTP*472*D8*20241113",
        "HL*3*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*ORTIZ*XIMENA****MI*700552107",
        "N3*2215 FALCON RIDGE DR APT 4",
        "N4*CEDAR RIDGE*WI*549990000",
        "DMG*D8*20111130*F",
        "NM1*PR*2*STATE MEDICAID MMIS*****PI*MMISSTATE",
        "CLM*CRU1124-0002*256.8***03:B:1*Y*A*Y*Y",
        "HI*ABK:F82*ABF:F909",
        "NM1*DK*1*LUND*RACHEL****XX*1730518846",
        "NM1*82*1*ORTEGA*MARISOL****XX*1295837740",
        "PRV*PE*PXC*225X00000X",
        "LX*1",
        "SV1*HC:97530:GO*85.6*UN*2***1",
        "DTP*472*D8*20241105",
        "LX*2",
        "SV1*HC:97530:GO*85.6*UN*2***1",
        "DTP*472*D8*20241112",
        "LX*3",
        "SV1*HC:97530:GO*85.6*UN*2***1",
        "DTP*472*D8*20241119",
    ]
    edi = x12(None, inner, "HC", "005010X222A1", 4417, "20241204", "1022")
    body = """Marcus,

November OT batch 1 attached as the 837P (2 claims, 5 lines). Sorry it's late, Marisol's notes for the week of the 18th didn't sync until yesterday. Let me know if the referring NPI on the second one kicks back again, I had Dr. Lund's office confirm it.

Donna

""" + SIG["donna"]
    return mk(DONNA, "Marcus Lee <mlee@claimbridge-edu.com>", "837P - Nov OT batch 1", body, dt(2024, 12, 4, 10, 31),
              atts=[("CRUSD_837P_20241204_4417.txt", edi, "text/plain")])

@reg("phi", "struct", "Carter Bloom; Tuan Nguyen; Amara Eze")
def struct_2():
    inner = [
        "ST*835*0001",
        "BPR*I*282.5*C*ACH*CCP*01*091000019*DA*40011823*1999999999**01*071000013*DA*88120345*20241213",
        "TRN*1*0004481920*1999999999",
        "DTM*405*20241211",
        "N1*PR*STATE MEDICAID PROGRAM",
        "N3*PO BOX 7710",
        "N4*CAPITOL CITY*WI*537070000",
        "N1*PE*CEDAR RIDGE UNIFIED SCHOOL DISTRICT*XX*1538204417",
        "LX*1",
        "CLP*CRU1024-0113*1*85.6*85.6**MC*2024310771203*03",
        "NM1*QC*1*BLOOM*CARTER****MR*700391846",
        "SVC*HC:92507:GN*42.8*42.8**1",
        "DTM*472*20241002",
        "SVC*HC:92507:GN*42.8*42.8**1",
        "DTM*472*20241009",
        "CLP*CRU1024-0117*1*196.9*196.9**MC*2024310771219*03",
        "NM1*QC*1*NGUYEN*TUAN****MR*700611934",
        "SVC*HC:92507:GN*42.8*42.8**1",
        "DTM*472*20241004",
        "SVC*HC:92507:GN*154.1*154.1**1",
        "DTM*472*20241018",
        "CLP*CRU1024-0120*4*42.8*0**MC*2024310771226*03",
        "NM1*QC*1*EZE*AMARA****MR*700925561",
        "SVC*HC:92507:GN*42.8*0**1",
        "DTM*472*20241015",
        "CAS*CO*16*42.8",
        "LQ*HE*N517",
    ]
    edi = x12(None, inner, "HP", "005010X221A1", 88214, "20241211", "0402", sender="MMISSTATE", receiver="CRUSD0417")
    body = """This is an automated message from ClaimBridge School Solutions.

A new electronic remittance advice (ERA) has been received for Cedar Ridge USD.

  Payer:          STATE MEDICAID PROGRAM
  EFT trace #:    0004481920
  Payment date:   12/13/2024
  Paid amount:    $282.50
  Claims:         3 (2 paid, 1 denied)

The raw 835 file is attached. Posted detail is available in the portal under Remittance > ERA History.

ClaimBridge School Solutions | support@claimbridge-edu.com"""
    return mk("ClaimBridge Notifications <noreply@claimbridge-edu.com>", DONNA, "ERA received - EFT 0004481920 - $282.50",
              body, dt(2024, 12, 11, 5, 12), atts=[("ERA_0004481920.835", edi, "text/plain")])

@reg("phi", "struct", "Grayson Pike; Lucia Mendez")
def struct_3():
    inner = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*CRU55812*20250106*0815",
        "HL*1**20*1",
        "NM1*PR*2*STATE MEDICAID MMIS*****PI*MMISSTATE",
        "HL*2*1*21*1",
        "NM1*1P*2*CEDAR RIDGE UNIFIED SCHOOL DISTRICT*****XX*1538204417",
        "HL*3*2*22*0",
        "TRN*2*CRU-000311*9CRUSD0417",
        "NM1*IL*1*PIKE*GRAYSON****MI*700588120",
        "N3*617 ASPEN WAY",
        "N4*CEDAR RIDGE*WI*549990000",
        "DMG*D8*20161011*M",
        "DTP*291*D8*20250106",
        "EB*1*IND*30*MC*BADGERCARE CHILD",
        "EB*1*IND*AD^AE^AF*MC",
        "MSG*SCHOOL BASED SERVICES BILLABLE WITH PARENTAL CONSENT",
        "HL*4*2*22*0",
        "TRN*2*CRU-000312*9CRUSD0417",
        "NM1*IL*1*MENDEZ*LUCIA****MI*700412566",
        "DMG*D8*20120830*F",
        "DTP*291*D8*20250106",
        "EB*6*IND*30",
        "DTP*347*D8*20241130",
        "MSG*COVERAGE TERMINATED - RENEWAL NOT RECEIVED",
    ]
    edi = x12(None, inner, "HB", "005010X279A1", 55812, "20250106", "0815", sender="MMISSTATE", receiver="CRUSD0417")
    body = """Eligibility batch job 55812 completed. 2 inquiries, 2 responses.

Response file follows.

""" + edi + """
--
Medicaid Provider Eligibility Service - automated notice
Do not reply. Questions: provider services 1-800-555-0110"""
    return mk("MMIS Eligibility <eligibility-noreply@mmis-portal.example.org>", DONNA, "Batch 271 response - job 55812",
              body, dt(2025, 1, 6, 8, 15))

@reg("phi", "struct", "Mila Haverford")
def struct_4():
    hl7 = "\r".join([
        "MSH|^~\\&|STATEIIS|STATEIIS|CRUSD_HEALTH|CRUSD|20240826101522||RSP^K11^RSP_K11|RSP20240826-0091|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS",
        "MSA|AA|QRY-0826-014",
        "QAK|QRY-0826-014|OK|Z34^Request Immunization History^CDCPHINVS",
        "QPD|Z34^Request Immunization History^CDCPHINVS|QRY-0826-014|^^^^MR|HAVERFORD^MILA^JUNE|||20190611|F",
        "PID|1||4471029^^^STATEIIS^SR||HAVERFORD^MILA^JUNE||20190611|F|||930 BIRCHWOOD LN^^CEDAR RIDGE^WI^54999||^PRN^PH^^^715^5550144",
        "NK1|1|HAVERFORD^CHELSEA|MTH^Mother^HL70063",
        "ORC|RE||9001^STATEIIS",
        "RXA|0|1|20190612|20190612|08^Hep B, adolescent or pediatric^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9002^STATEIIS",
        "RXA|0|1|20190815|20190815|110^DTaP-Hep B-IPV^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9003^STATEIIS",
        "RXA|0|1|20191017|20191017|110^DTaP-Hep B-IPV^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9004^STATEIIS",
        "RXA|0|1|20191219|20191219|110^DTaP-Hep B-IPV^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9005^STATEIIS",
        "RXA|0|1|20200615|20200615|03^MMR^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9006^STATEIIS",
        "RXA|0|1|20200615|20200615|21^varicella^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "ORC|RE||9007^STATEIIS",
        "RXA|0|1|20201002|20201002|20^DTaP^CVX|0.5|mL^^UCUM||01^Historical^NIP001",
        "OBX|1|CE|30979-9^Vaccines due next^LN|1|03^MMR^CVX||||||F",
        "OBX|2|DT|30980-7^Date vaccine due^LN|1|20230611||||||F",
        "OBX|3|CE|30979-9^Vaccines due next^LN|2|107^DTaP, unspecified^CVX||||||F",
        "OBX|4|DT|30980-7^Date vaccine due^LN|2|20230611||||||F",
    ]) + "\r"
    body = """Megan, this is what came back from the registry for the new K at Westbrook (she's the one coming in with the IEP from out of district, PT + SLP). Looks like she's missing the 2nd MMR, 2nd varicella and the 4-6 yr DTaP/IPV. Mom says she has a paper record from the old clinic showing more, I asked her to bring it. Want me to send the exclusion letter or hold til she brings it?

Raw message pasted below.

""" + hl7.replace("\r", "\n") + """
Gloria Acevedo
Health Aide, Westbrook Early Learning Center
ext. 6012"""
    return mk("Gloria Acevedo <gacevedo@cedarridgeusd.org>", MEGAN, "registry pull - new K student (Westbrook)", body,
              dt(2024, 8, 26, 10, 31))

@reg("phi", "struct", "Hana Suzuki")
def struct_5():
    bundle = {
        "resourceType": "Bundle",
        "id": "sch-ex-" + hexs(8),
        "type": "collection",
        "timestamp": "2025-04-02T14:11:05-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:pt-31f2", "resource": {
                "resourceType": "Patient", "id": "pt-31f2",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "RBP-0067731"}],
                "name": [{"family": "Suzuki", "given": ["Hana", "Emi"]}],
                "gender": "female", "birthDate": "2019-07-03",
                "address": [{"line": ["44 Orchard Hill Rd"], "city": "Cedar Ridge", "state": "WI", "postalCode": "54999"}],
                "contact": [{"relationship": [{"text": "Mother"}], "name": {"family": "Suzuki", "given": ["Aiko"]},
                             "telecom": [{"system": "phone", "value": "715-555-0161"}]}]}},
            {"fullUrl": "urn:uuid:al-1", "resource": {
                "resourceType": "AllergyIntolerance", "id": "al-1",
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
                "type": "allergy", "category": ["food"], "criticality": "high",
                "code": {"coding": [{"system": "http://snomed.info/sct", "code": "91935009", "display": "Allergy to peanut"}]},
                "patient": {"reference": "urn:uuid:pt-31f2"},
                "reaction": [{"manifestation": [{"text": "hives, lip swelling, vomiting"}], "severity": "severe"}]}},
            {"fullUrl": "urn:uuid:mr-1", "resource": {
                "resourceType": "MedicationRequest", "id": "mr-1", "status": "active", "intent": "order",
                "medicationCodeableConcept": {"text": "EPINEPHrine 0.15 mg/0.15 mL auto-injector"},
                "subject": {"reference": "urn:uuid:pt-31f2"},
                "authoredOn": "2025-04-02",
                "requester": {"display": "Rachel Lund, MD"},
                "dosageInstruction": [{"text": "Inject 0.15 mg IM into outer thigh for anaphylaxis; may repeat once in 5-15 min. Call 911."}],
                "dispenseRequest": {"numberOfRepeatsAllowed": 2, "quantity": {"value": 2, "unit": "auto-injector"}}}},
            {"fullUrl": "urn:uuid:mr-2", "resource": {
                "resourceType": "MedicationRequest", "id": "mr-2", "status": "active", "intent": "order",
                "medicationCodeableConcept": {"text": "cetirizine 1 mg/mL oral solution"},
                "subject": {"reference": "urn:uuid:pt-31f2"},
                "dosageInstruction": [{"text": "5 mL by mouth once for mild symptoms (hives only)"}]}},
        ]}
    body = """Hello Nurse O'Rourke,

Per Mrs. Suzuki's request and the signed release on file, attached is Hana's current allergy and medication record from our portal (FHIR export -- your health office software should be able to import it; if not, I can fax the printed version). The signed school medication authorization and the updated Food Allergy Action Plan were faxed this morning.

Thank you,
Teresa Gallo, RN
Riverbend Pediatrics
P (715) 555-0170 | F (715) 555-0171"""
    return mk("Teresa Gallo <tgallo@riverbendpeds.net>", MEGAN, "Records for school - Suzuki, Hana", body,
              dt(2025, 4, 2, 14, 20), atts=[("suzuki_hana_school_record.json", json.dumps(bundle, indent=2, ensure_ascii=False), "application/json")])

@reg("phi", "struct", "Aubrey Dalton; Liam Okafor; Aaliyah Brooks; Naika Pierre; Diego Ramirez; Zoe Patterson; Isabella Ferreira; Noah Whitaker")
def struct_6():
    rows = [
        "STUDENT_ID|LAST_NAME|FIRST_NAME|DOB|SCHOOL|GRADE|COND_CODE|CONDITION|SEVERITY|PLAN_ON_FILE|MED_AT_SCHOOL|LAST_UPDATED",
        "2051193|DALTON|AUBREY|20170211|BIRCH CREEK|02|SEIZ|Seizure disorder|HIGH|Y|Y - diazepam rectal PRN|20241018",
        "2046630|OKAFOR|LIAM|20160305|HILLCREST|03|ALGF|Food allergy - peanut/tree nut|HIGH|Y|Y - epinephrine 0.3 PRN|20240829",
        "2048011|BROOKS|AALIYAH|20150719|HILLCREST|04|DM1|Diabetes type 1|HIGH|Y|Y - insulin lispro|20241002",
        "2053376|PIERRE|NAIKA|20180122|HILLCREST|01|SEIZ|Seizure disorder|HIGH|Y|Y - diazepam rectal PRN|20250115",
        "2048904|RAMIREZ|DIEGO|20151208|HILLCREST|03|DM1|Diabetes type 1|HIGH|Y|Y - insulin lispro|20241107",
        "2049952|PATTERSON|ZOE|20170502|HILLCREST|02|CLFT|Cleft palate (repaired)|LOW|N|N|20240905",
        "2055420|FERREIRA|ISABELLA|20190130|HILLCREST|KG|SEIZ|Absence seizures - under evaluation|MED|N|N|20241017",
        "2047788|WHITAKER|NOAH|20130921|LAKEVIEW|06|HEAR|Hearing loss bilateral - aids|MED|Y|N|20250115",
    ]
    body = """Nightly extract completed successfully.

Job:        HEALTH_COND_EXTRACT (nightly)
Run:        2025-01-16 02:00:04
Filter:     Active students w/ health condition flag, schools = HILLCREST,BIRCH CREEK,LAKEVIEW (delta since last run)
Records:    8
Output:     health_conditions_delta_20250116.txt (pipe-delimited, attached)

This message was generated automatically by PowerRoster SIS. Do not reply.
"""
    return mk("PowerRoster SIS <sis-noreply@cedarridgeusd.org>", [MEGAN, "Health Services <healthservices@cedarridgeusd.org>"],
              "[PowerRoster] HEALTH_COND_EXTRACT completed - 8 records", body, dt(2025, 1, 16, 2, 0),
              atts=[("health_conditions_delta_20250116.txt", "\n".join(rows) + "\n", "text/plain")])

@reg("phi", "struct", "Kaden Frye")
def struct_7():
    export = {
        "export_version": "2.3",
        "generated_at": "2024-11-04T16:02:41Z",
        "provider": {"name": "Marisol Ortega", "credentials": "OTR/L", "npi": "1295837740"},
        "student": {"id": "TL-55821", "sis_id": "2050337", "first_name": "Kaden", "last_name": "Frye",
                    "dob": "2016-01-17", "school": "Hillcrest Elementary", "grade": "3",
                    "medicaid_id": "700403398", "iep_service": "OT 30 min x 2/week"},
        "sessions": [
            {"date": "2024-10-03", "start": "10:05", "end": "10:35", "minutes": 30, "setting": "pull-out", "cpt": "97530",
             "note": "Worked on pencil grasp w/ adaptive grip; copied 4/6 sentences legibly. Needed 3 verbal cues for spacing. Hand fatigue noted after 10 min.",
             "goal_progress": [{"goal": "G1 legible copying", "status": "progressing"}]},
            {"date": "2024-10-10", "start": "10:02", "end": "10:32", "minutes": 30, "setting": "pull-out", "cpt": "97530",
             "note": "Scissor skills: cut curved line within 1/4 in. Bilateral coordination improved. Mom reports new OT at Brightpath started 10/7 (1x/wk).",
             "goal_progress": [{"goal": "G2 scissor use", "status": "progressing"}]},
            {"date": "2024-10-17", "start": "", "end": "", "minutes": 0, "setting": "", "cpt": "",
             "note": "Absent - parent called, pediatrician appt.", "goal_progress": []},
            {"date": "2024-10-24", "start": "10:04", "end": "10:34", "minutes": 30, "setting": "push-in", "cpt": "97530",
             "note": "Classroom writing block, slant board trial. On-task 80% of intervals vs 55% baseline.",
             "goal_progress": [{"goal": "G1 legible copying", "status": "progressing"}]}
        ],
        "sync_status": "NOT_SYNCED_TO_BILLING"
    }
    body = """Donna -- Kaden's October sessions never made it over to billing (TheraLog says not synced, IT ticket is open). Here's the export so you can enter them by hand. 10/17 was an absence, don't bill that one.

Marisol

""" + SIG["marisol"]
    return mk(MARISOL, DONNA, "Fw: TheraLog export - Frye Oct", body, dt(2024, 11, 4, 10, 9),
              atts=[("theralog_export_TL-55821_2024-10.json", json.dumps(export, indent=2), "application/json")], style=1)

# ================================================================ CLEAN: admin
@reg("clean", "admin")
def admin_1():
    body = """Hi everyone,

A few reminders about booking space for IEP, 504 and eval review meetings now that we're in the busy season:

1. Conference Rooms A and B at the district office are booked through the shared "SpEd Rooms" calendar ONLY. Please don't ask the front desk to pencil you in -- it's causing double bookings.
2. Interpreter requests need 5 school days' notice through the Family Liaison form. For Mandarin, Vietnamese, Arabic and Haitian Creole we use the contracted agency and they need the meeting length and whether it's in person or phone.
3. If a parent needs the meeting on Teams, put the link in the notice itself, not a separate email.
4. Room B's speakerphone is fixed (IT replaced the unit Tuesday). The projector cable is still missing -- if you borrowed it, please bring it back.
5. Meetings running past 4:30 need to let the custodian know so the building isn't locked.

Thank you!

""" + SIG["paula"] + "\n\n" + CONF
    return mk(PAULA, SPEDLIST, "Booking rooms + interpreters for IEP meetings", body, dt(2024, 9, 18, 8, 30), html=True)

@reg("clean", "admin")
def admin_2():
    body = """Related Services staff,

Effective January 1, the state is changing several school-based Medicaid documentation requirements. Summary:

- Session notes must include actual START and STOP times (not just minutes). "30 min" alone will be denied on audit.
- Group sessions (92508, 97150) must list the number of students in the group.
- Notes must be signed within 5 business days of the date of service. TheraLog will lock unsigned notes after 7 days.
- A current prescription/referral with the referring practitioner's NPI is required for OT and PT (not SLP with CCC). Referrals expire after 12 months.
- Parental consent to bill is a one-time consent under IDEA, but we must send the annual written notification. Those go out with progress reports in January.
- RMTS: random moment notifications must be answered within 2 school days. Our Q1 response rate was 81%; the state minimum is 85%.

Reminder: we never bill for services that aren't in the IEP, and families are never charged anything. If you have questions, come to the Medicaid office hours Thursday 3:30-4:30 in Room 112.

Thanks,
Donna

""" + SIG["donna"]
    return mk(DONNA, "Related Services <relatedservices@cedarridgeusd.org>", "Medicaid documentation changes - Jan 1",
              body, dt(2024, 12, 2, 9, 5), cc=RENATA)

@reg("clean", "admin")
def admin_3():
    body = """Hi Joyce,

Please put in the health services reorder for the spring. Budget line 10-2150-0610 (Health Supplies). Ship to district office, attn Health Services, we'll distribute.

 Qty  Item                                                   Vendor
 ---  -----------------------------------------------------  ----------------
  12  AED pads, adult (replacement, exp < 6/25 at 6 sites)    Zoll via SchoolHealth
   6  AED pads, pediatric                                    Zoll via SchoolHealth
  10  Epinephrine auto-injector 0.3 mg, 2-pk (stock)         through the free program - I'll submit
   8  Epinephrine auto-injector 0.15 mg, 2-pk (stock)        same
  12  Naloxone 4 mg nasal, 2-pk                              county health dept (free), I'll pick up
   4  Sharps container 1 qt                                  SchoolHealth
  20  Nitrile gloves M, box 100                              SchoolHealth
  10  Nitrile gloves L, box 100                              SchoolHealth
   6  Disposable thermometers, box 100                       SchoolHealth
   3  Stock glucose gel, 3-pk                                SchoolHealth

Westbrook and Birch Creek are out of gloves now, so if those can ship first that would be great.

Thanks!
Megan

""" + SIG["megan"]
    return mk(MEGAN, "Joyce Lambert <jlambert@cedarridgeusd.org>", "spring health supplies reorder", body,
              dt(2025, 1, 27, 11, 48))

@reg("clean", "admin")
def admin_4():
    body = """SCHEDULED MAINTENANCE - SpedTrack IEP System

When:    Saturday, March 15, 2025, 6:00 AM - 2:00 PM CDT
Impact:  SpedTrack will be unavailable. Drafts open at 6:00 AM will NOT be saved.
Why:     Annual state reporting update (new Indicator 13 transition fields, updated eligibility category list, and the new Medicaid service log integration).

What you need to do:
  - Save and close any IEP drafts by Friday 5:00 PM.
  - Print any meeting documents you need for Saturday meetings ahead of time.
  - After the update, clear your browser cache if the new progress report screen doesn't load.

Questions: IT Service Desk, ext. 5000 or helpdesk@cedarridgeusd.org

Cedar Ridge USD Technology Services"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<table width="600" cellpadding="8" style="border:1px solid #c8c8c8"><tr><td style="background:#1f4e79;color:#fff"><b>SCHEDULED MAINTENANCE &ndash; SpedTrack IEP System</b></td></tr>
<tr><td><p><b>When:</b> Saturday, March 15, 2025, 6:00 AM &ndash; 2:00 PM CDT<br><b>Impact:</b> SpedTrack will be unavailable. Drafts open at 6:00 AM will <u>not</u> be saved.<br>
<b>Why:</b> Annual state reporting update (new Indicator 13 transition fields, updated eligibility category list, and the new Medicaid service log integration).</p>
<p><b>What you need to do:</b></p><ul><li>Save and close any IEP drafts by Friday 5:00 PM.</li><li>Print any meeting documents you need for Saturday meetings ahead of time.</li>
<li>After the update, clear your browser cache if the new progress report screen doesn't load.</li></ul>
<p>Questions: IT Service Desk, ext. 5000 or helpdesk@cedarridgeusd.org</p><p style="color:#666">Cedar Ridge USD Technology Services</p></td></tr></table></body></html>"""
    return mk("Technology Services <techservices@cedarridgeusd.org>", SPEDLIST, "[Planned outage] SpedTrack - Sat 3/15",
              body, dt(2025, 3, 10, 7, 0), html=html)

@reg("clean", "admin")
def admin_5():
    walk = dt(2025, 4, 9, 15, 30)
    cal = ics("Walkthrough - Birch Creek sensory room / OT room", walk, 45, "Birch Creek ES - Rm 112 (meet at main office)",
              "Walkthrough with Facilities before summer work. Sensory room renovation scope, OT room HVAC, ceiling lift annual inspection.",
              TOM, [MARISOL, GREG, "Dale Porter <dporter@cedarridgeusd.org>"])
    body = """Marisol, Greg, Dale --

Sending an invite for a walkthrough at Birch Creek on 4/9 so we can lock in the summer work orders. What's on the list:

 - Sensory room (Rm 112): new flooring, dimmable lights, remove the old swing frame; Marisol to confirm the ceiling mount spec for the new platform swing (needs engineer sign-off, 450 lb rating)
 - OT room: the HVAC unit has been blowing warm since February, work order #WO-25-0311 still open
 - Ceiling track lift in the Rm 108 bathroom: annual inspection due in June, Dale please schedule with the vendor
 - PT storage: we need 2 more wall racks for the standers and gait trainer

Budget is coming out of the IDEA capital line, so I need everything priced by May 1.

""" + SIG["tom"]
    return mk(TOM, [MARISOL, GREG, "Dale Porter <dporter@cedarridgeusd.org>"], "Birch Creek sensory room + OT room - summer work",
              body, dt(2025, 3, 31, 14, 22), atts=[("invite.ics", cal, "text/calendar")], style=1)

@reg("clean", "admin")
def admin_6():
    d0 = dt(2025, 5, 6, 9, 41)
    d1 = dt(2025, 5, 6, 16, 2)
    orig = outlook(d0, "Hollis, Gwen <ghollis@brightpathpeds.com>", "Vasquez-Hill, Renata", "2025-26 contract renewal - Brightpath",
"""Dr. Vasquez-Hill,

Attached for review is our proposed 2025-26 services agreement. Changes from this year:
  - PT/OT hourly rate $82.00 (from $78.00); SLP $85.00 (from $80.00)
  - Evaluation flat rate $395 (includes report and one meeting)
  - Mileage between sites at the IRS rate
  - Documentation entered in TheraLog within 5 business days (no change)
  - 30-day cancellation by either party

Please let me know if you'd like to meet. We'd like to confirm staffing levels for August by June 15.

Gwen Hollis
Director of School Contracts, Brightpath Pediatric Therapy""")
    body = """Kevin,

Forwarding Brightpath's renewal terms. I'm OK with the rate increase -- we couldn't fill the PT vacancy and we're already paying agency rates on top of this for Westbrook. I'd like legal to look at two things before I sign: the cancellation clause (I want 60 days on their side) and indemnification. Also need their updated certificate of insurance and licence verification for each assigned therapist before 8/15.

Can this go on the June 9 board consent agenda?

""" + SIG["renata"] + "\n\n" + orig
    return mk(RENATA, "Kevin Strand <kstrand@cedarridgeusd.org>", "FW: 2025-26 contract renewal - Brightpath", body, d1,
              cc=TOM, style=1)

@reg("clean", "admin")
def admin_7():
    mtg = dt(2024, 10, 15, 8, 0)
    cal = ics("SpEd Leadership Team", mtg, 90, "District Office Conf Rm A / Teams",
              "Agenda: child find timelines, caseload review, Medicaid Q1, due process update, PD day planning",
              RENATA, [TOM, MEGAN, DEV, HANNAH, DONNA])
    body = """Leadership team -- agenda for Tuesday.

1. Child find / initial eval timelines (Tom) - 41 initial referrals since Aug 26; 6 currently past day 45 of the 60-day window
2. Caseload review - SLP caseloads average 52 (target 45); psych eval load by building; OT at 1.6 FTE vs 2.0 budgeted
3. Medicaid Q1 (Donna) - claims submitted, denial rate, RMTS compliance
4. Nursing (Megan) - health plan training status for transportation, delegation sign-offs
5. Due process / complaints - 1 open state complaint, 1 mediation scheduled (no details by email please, we'll discuss in the room)
6. Nov 8 PD day planning - breakout options

Please bring your building numbers. Invite attached.

""" + SIG["renata"]
    return mk(RENATA, [TOM, MEGAN, DEV, HANNAH, DONNA], "Agenda - SpEd Leadership 10/15", body, dt(2024, 10, 11, 15, 5),
              atts=[("meeting.ics", cal, "text/calendar")])

# ================================================================ CLEAN: lookalike
@reg("clean", "lookalike")
def look_1():
    body = """INVOICE

Therapy Source Direct
8800 Commerce Pkwy, Suite 200
Customer service 1-800-555-0174 | orders@therapysourcedirect.com

Invoice #:      TSD-0091847
Invoice date:   10/31/2024
Customer #:     CRUSD-22871
PO #:           PO 25-004418
Terms:          Net 30
Ship to:        Lakeview Middle School, Attn: Marisol Ortega OTR/L, 3300 Lakeview Dr

 Item #      Description                                  Qty   Unit     Ext
 ----------  -------------------------------------------  ---  -------  --------
 TS-44120    Writing slant board, 12 in                     1    29.95     29.95
 TS-10877    Pencil grips, assorted (pk/36)                 1    18.50     18.50
 TS-22904    Wobble cushion, 13 in, blue                    1    24.99     24.99
 TS-77302    Therapy putty set, 5 resistances               2    21.00     42.00
 SH-FRT      Freight                                        1     9.95      9.95
                                                                   --------
                                                     Subtotal       125.39
                                                     Tax (exempt)     0.00
                                                     TOTAL DUE     $125.39

Shipped 10/29/2024 via UPS Ground, tracking 1Z9X41W80372615504
Remit to: Therapy Source Direct, Lockbox 77120

Thank you for your order!"""
    return mk("Therapy Source Direct AR <ar@therapysourcedirect.com>", "Accounts Payable <ap@cedarridgeusd.org>",
              "Invoice TSD-0091847 for PO 25-004418", body, dt(2024, 10, 31, 4, 18), cc=MARISOL,
              atts=[("tsd_logo.png", logo_png(), "image/png"),
                    ("TSD-0091847.pdf", pdf(["Therapy Source Direct - INVOICE TSD-0091847", "PO 25-004418  Customer CRUSD-22871",
                                             "TS-44120 Writing slant board 12in  1 x 29.95", "TS-10877 Pencil grips pk/36  1 x 18.50",
                                             "TS-22904 Wobble cushion 13in  1 x 24.99", "TS-77302 Therapy putty set  2 x 21.00",
                                             "Freight 9.95", "TOTAL DUE $125.39  Net 30",
                                             "UPS 1Z9X41W80372615504"]), "application/pdf")])

@reg("clean", "lookalike")
def look_2():
    rows = [["Last", "First", "Credential", "Discipline", "NPI", "State License #", "License Exp", "Medicaid Provider ID", "Sites"],
            ["Baptiste", "Corinne", "M.S., CCC-SLP", "SLP", "1861473095", "SLP-0028814", "2025-12-31", "44718230", "Hillcrest; Birch Creek"],
            ["Whitfield", "Alana", "M.A., CCC-SLP", "SLP", "1588204361", "SLP-0031207", "2026-06-30", "44718244", "Hillcrest; Westbrook"],
            ["Ortega", "Marisol", "OTR/L", "OT", "1295837740", "OT-0019952", "2025-09-30", "44718251", "All"],
            ["Tanaka", "Greg", "PT, DPT", "PT", "1013986624", "PT-0024416", "2026-03-31", "44718269", "All"],
            ["Kapoor", "Dev", "Ed.S., NCSP", "Psych", "1942217583", "PSY-SCH-7721", "2027-06-30", "44718277", "Lakeview; Hillcrest"],
            ["Lindqvist", "Hannah", "PhD, NCSP", "Psych", "1356690412", "PSY-4410", "2026-01-31", "44718285", "CRHS"],
            ["O'Rourke", "Megan", "BSN, RN, NCSN", "Nursing", "1720455198", "RN-310447", "2026-02-28", "44718293", "All"]]
    bio = io.StringIO()
    csv.writer(bio, lineterminator="\r\n").writerows(rows)
    body = """Marcus,

Here's our updated rendering provider roster for the ClaimBridge provider file. Changes since August: Alana Whitfield added (start date 11/4, NPI and licence verified on the state board lookup 11/1), and Megan's RN licence renewed through 2/28/2026.

Greg's PT licence number was mistyped on the old file (PT-0024461 -> correct is PT-0024416). That might explain the two rejected PT batches in September.

Donna

""" + SIG["donna"]
    return mk(DONNA, "Marcus Lee <mlee@claimbridge-edu.com>", "Provider roster update - NPIs / licences", body,
              dt(2024, 11, 4, 9, 12), atts=[("CRUSD_rendering_providers_2024-11.csv", bio.getvalue(), "text/csv")])

@reg("clean", "lookalike")
def look_3():
    body = """All,

Quick reference for which codes to pick in TheraLog for school-based Medicaid. Print and keep near your desk. This list replaces the one from 2022.

SPEECH-LANGUAGE
  92507  Tx of speech, language, voice, communication; individual   (GN)
  92508  Same, group (2+ students)                                     (GN)
  92523  Eval of speech sound production w/ language comprehension    (GN)
  92521  Eval of speech fluency                                       (GN)
  92610  Eval of oral and pharyngeal swallowing function              (GN)

OCCUPATIONAL / PHYSICAL THERAPY
  97165 / 97166 / 97167   OT eval low / moderate / high complexity   (GO)
  97161 / 97162 / 97163   PT eval low / moderate / high complexity   (GP)
  97530  Therapeutic activities, each 15 min                          (GO/GP)
  97110  Therapeutic exercise, each 15 min                            (GP)
  97150  Therapeutic procedure, group                                 (GO/GP)

PSYCH / COUNSELING
  96130  Psychological testing eval services, first hour
  96131  each additional hour
  90832  Psychotherapy, 30 min

Common ICD-10 codes on referrals (use what's on the referral, don't pick your own):
  F80.0  phonological disorder          F80.2  mixed receptive-expressive
  F80.81 childhood-onset fluency        F82    developmental coordination disorder
  F84.0  autistic disorder              F90.2  ADHD, combined type
  R62.50 unsp. lack of expected normal physiological development
  H90.3  sensorineural hearing loss, bilateral

Questions: Donna, ext. 0126.

""" + SIG["donna"]
    return mk(DONNA, "Related Services <relatedservices@cedarridgeusd.org>", "CPT / ICD quick reference for TheraLog (updated)",
              body, dt(2024, 9, 5, 13, 30))

@reg("clean", "lookalike")
def look_4():
    body = """School nurses / health aides,

Stock epinephrine check is done. Current inventory by building (NOT student-specific devices -- those are tracked on each student's MAR):

 Site            Strength  NDC            Lot      Exp       Qty
 --------------  --------  -------------  -------  --------  ---
 Hillcrest       0.3 mg    49502-0500-02  3HK772   08/2025    2
 Hillcrest       0.15 mg   49502-0501-02  3HK809   07/2025    2
 Birch Creek     0.3 mg    49502-0500-02  4AB115   02/2026    2
 Birch Creek     0.15 mg   49502-0501-02  4AB121   01/2026    2
 Lakeview        0.3 mg    49502-0500-02  3HK772   08/2025    4
 CRHS            0.3 mg    49502-0500-02  4CD030   04/2026    4
 Westbrook       0.15 mg   49502-0501-02  4AB121   01/2026    2
 Transition Ac.  0.3 mg    49502-0500-02  4CD030   04/2026    2

Lot 3HK772 IS included in the manufacturer's voluntary notice (ref. MFR-2025-014, possible delayed needle extension). Hillcrest and Lakeview: replacements are coming from the free school program; swap them out the day they arrive, put the old ones in the return bag, and log the swap on the stock sheet. Don't toss them in sharps.

Next monthly check due 3/3.

""" + SIG["megan"]
    return mk(MEGAN, "School Health Staff <schoolhealth@cedarridgeusd.org>", "Stock epi - Feb check + lot 3HK772 notice",
              body, dt(2025, 2, 6, 12, 40), html=True)

@reg("clean", "lookalike")
def look_5():
    body = """SPECIAL EDUCATION & STUDENT SERVICES - STAFF DIRECTORY 2024-25
District Office, 1400 Ridgeway Ave | Main (715) 555-0120 | Fax (715) 555-0129

Name                     Title                              Phone            Ext   Cell
-----------------------  ---------------------------------  ---------------  ----  --------------
Renata Vasquez-Hill      Director                           (715) 555-0120   0120
Tom Albrecht             Program Coordinator                (715) 555-0122   0122  (715) 555-0123
Paula Greer              Administrative Assistant           (715) 555-0121   0121
Donna Fikes              Medicaid Billing Specialist        (715) 555-0126   0126
Megan O'Rourke           Lead District Nurse                (715) 555-0140   0140  (715) 555-0142
Dev Kapoor               School Psychologist                (715) 555-0133   0133
Hannah Lindqvist         School Psychologist                (715) 555-0135   0135
Corinne Baptiste         Speech-Language Pathologist        (715) 555-0151   0151
Alana Whitfield          Speech-Language Pathologist        (715) 555-0152   0152
Marisol Ortega           Occupational Therapist             (715) 555-0155   0155
Greg Tanaka              Physical Therapist                 (715) 555-0157   0157  (715) 555-0159
Shauna Pell              Behavior Specialist (BCBA)         (715) 555-0160   0160
Juliana Costa            Family Liaison / Interpreter       (715) 555-0147   0147

Health Services fax (secure):            (715) 555-0141
Transportation dispatch:                 (715) 555-0180
After-hours nurse line (events only):    (715) 555-0199

Please report changes to Paula. Updated 9/3/2024."""
    return mk(PAULA, SPEDLIST, "Department phone/fax directory 2024-25", body, dt(2024, 9, 3, 10, 0),
              atts=[("SpEd_directory_2024-25.pdf", pdf(body.split("\n")), "application/pdf")])

@reg("clean", "lookalike")
def look_6():
    body = """Ticket INC0048213 has been RESOLVED.

Requested for:   Alana Whitfield (Speech-Language Pathology)
Opened:          11/04/2024 08:12
Resolved:        11/05/2024 14:37
Category:        Hardware > Laptop > New hire setup
Assignment:      Field Services - South

Resolution notes:
  Imaged laptop asset tag CR-LT-10447 (serial 5CG3214KXW) with SpEd standard image 24.2.
  Installed TheraLog desktop agent v4.1.8 and SpedTrack client certificate.
  Headset asset CR-HS-2291 issued. Docking station CR-DK-0873 at Hillcrest Rm 9.
  Related: INC0048190 (TheraLog account creation), REQ0011942 (phone ext 0152).

If your issue is not resolved, reply to this email within 5 days to reopen the ticket.

Cedar Ridge USD IT Service Desk | ext. 5000"""
    return mk("IT Service Desk <servicedesk@cedarridgeusd.org>", ALANA, "INC0048213 resolved - New hire laptop setup",
              body, dt(2024, 11, 5, 14, 37), extra=[("Auto-Submitted", "auto-generated")])

@reg("clean", "lookalike")
def look_7():
    body = """Board report draft - Special Education December 1 Child Count, 2024

Total students with IEPs (ages 3-21):      1,284   (14.6% of enrollment; state avg 14.1%)
  Specific learning disability               402
  Speech or language impairment              281
  Other health impairment                    196
  Autism                                     164
  Emotional behavioral disability             71
  Intellectual disability                     58
  Significant developmental delay (3-9)       67
  Hearing impairment                          14
  Orthopedic impairment                       11
  Visual impairment                            6
  Traumatic brain injury                       5
  Deaf-blind                                   0
  Other (multiple)                             9

Initial evaluations completed within 60 days, 7/1-11/30:   94.2%  (target 100%)
Students with individualized health plans (district):       612
Students receiving school-based nursing delegation:          48
Medicaid school-based services revenue, Jul-Nov:            $186,412  (prior year same period $171,930)

Key dates: Child count certification due to state 12/20; Board presentation 1/13/2025; Parent Advisory Council 1/21.

Tom -- can you double-check the OHI number against SpedTrack before I send this to the superintendent's office Monday?

R."""
    return mk(RENATA, TOM, "Dec 1 child count - board draft", body, dt(2024, 12, 6, 17, 15))

# ================================================================ CLEAN: news
@reg("clean", "news")
def news_1():
    body = """CEDAR RIDGE USD - SPECIAL EDUCATION PARENT CONNECTION
November 2024

PARENT ADVISORY COUNCIL
Our next SEPAC meeting is Tuesday, November 19, 6:00-7:30 PM in the Cedar Ridge High School library (childcare and Spanish/Mandarin interpretation provided). Topic: "Understanding your child's progress report." Bring questions!

TRANSITION FAIR - SAVE THE DATE
Families of students 14-21: meet with adult service agencies, vocational rehabilitation, local colleges and employers. Thursday, February 6, 4:00-7:00 PM, CRHS gym.

NEW THIS YEAR: RELATED SERVICES OFFICE HOURS
Our speech, OT and PT staff are hosting drop-in virtual office hours on the first Wednesday of each month, 3:30-4:30. Links are on the district website under Student Services.

HEALTH OFFICE REMINDERS
If your child needs medication at school, a new medication authorization form signed by the prescriber and parent is required each school year. Forms are available at every front office and online. Flu vaccine clinics are being offered by the county health department on Saturday mornings through December.

DID YOU KNOW?
You can request a copy of your child's IEP in your home language at any time. Contact our Family Liaison office at (715) 555-0147.

Questions? Contact Special Education at (715) 555-0120.
To unsubscribe from district newsletters, update your preferences in the parent portal."""
    html = """<html><body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#226644;padding:16px;color:#fff"><img src="cid:crlogo" width="48" height="48" alt="Cedar Ridge USD" style="vertical-align:middle">
<span style="font-size:20px;margin-left:10px">Special Education Parent Connection</span><br><span style="font-size:13px">November 2024</span></td></tr>
<tr><td style="padding:18px">
<h2 style="color:#226644">Parent Advisory Council</h2><p>Our next SEPAC meeting is <b>Tuesday, November 19, 6:00&ndash;7:30 PM</b> in the Cedar Ridge High School library (childcare and Spanish/Mandarin interpretation provided). Topic: &ldquo;Understanding your child's progress report.&rdquo; Bring questions!</p>
<h2 style="color:#226644">Transition Fair &ndash; Save the Date</h2><p>Families of students 14&ndash;21: meet with adult service agencies, vocational rehabilitation, local colleges and employers. Thursday, February 6, 4:00&ndash;7:00 PM, CRHS gym.</p>
<h2 style="color:#226644">New This Year: Related Services Office Hours</h2><p>Our speech, OT and PT staff are hosting drop-in virtual office hours on the first Wednesday of each month, 3:30&ndash;4:30.</p>
<h2 style="color:#226644">Health Office Reminders</h2><p>If your child needs medication at school, a new medication authorization form signed by the prescriber and parent is required each school year. Flu vaccine clinics are offered by the county health department on Saturday mornings through December.</p>
<h2 style="color:#226644">Did you know?</h2><p>You can request a copy of your child's IEP in your home language at any time. Contact our Family Liaison office at (715) 555-0147.</p>
<p style="font-size:12px;color:#777">Questions? Special Education (715) 555-0120. To unsubscribe, update your preferences in the parent portal.</p>
</td></tr></table></body></html>"""
    m = EmailMessage()
    m["From"] = "Cedar Ridge USD Student Services <news@cedarridgeusd.org>"
    m["To"] = "SpEd Families <sped-families@lists.cedarridgeusd.org>"
    m["Subject"] = "Parent Connection - November 2024"
    m["Date"] = format_datetime(dt(2024, 11, 4, 16, 0))
    m["Message-ID"] = mid("lists.cedarridgeusd.org")
    m["List-Unsubscribe"] = "<https://parents.cedarridgeusd.org/prefs/unsubscribe>"
    m.set_content(body)
    m.add_alternative(html, subtype="html")
    m.get_payload()[1].add_related(logo_png(), maintype="image", subtype="png", cid="<crlogo>", filename="logo.png")
    return m

@reg("clean", "news")
def news_2():
    body = """STATE DEPARTMENT OF EDUCATION
Special Education Team Bulletin - Vol. 12, No. 4 (February 2025)

SCHOOL-BASED MEDICAID: EXPANSION TO ALL MEDICAID-ENROLLED STUDENTS
Following federal guidance, the state plan amendment approved in January allows districts to bill Medicaid for covered health services provided to any Medicaid-enrolled student, not only services written in an IEP, beginning July 1, 2025. Services must still be medically necessary, provided by qualified practitioners, and documented. Statewide, districts claimed $48.3 million in 2023-24 for IEP services; the department estimates the expansion could add 20-30%.

Webinar series:
  Feb 20 - Overview of the state plan amendment
  Mar 6  - Documentation for nursing and behavioral health services
  Mar 20 - Third-party liability and parental notification

INDICATOR 11 (TIMELY INITIAL EVALUATIONS)
Statewide compliance was 96.8% in 2023-24. Common reasons for delay: staff shortages among school psychologists (38% of delayed evaluations) and scheduling of related-service evaluations.

DATA REMINDERS
December 1 child count corrections close March 1. Discipline and restraint/seclusion reporting window opens May 15.

Subscribe / unsubscribe: sped-bulletin@doe-sped.example.org"""
    return mk("DOE Special Education Team <sped-bulletin@doe-sped.example.org>", RENATA,
              "SPED Bulletin Feb 2025: Medicaid expansion, Indicator 11", body, dt(2025, 2, 10, 10, 0),
              extra=[("Precedence", "bulk")], html=True)

@reg("clean", "news")
def news_3():
    body = """HEALTH ADVISORY - County Health Department
To: School nurses, school administrators, child care directors
Date: March 4, 2025
Subject: Increase in pertussis (whooping cough) cases in school-age children

Summary
- 27 confirmed and probable pertussis cases have been reported in the county since January 1, compared with 6 in the same period of 2024.
- 19 of the cases are in children ages 5-14; cases have been reported from 7 schools.
- Most cases were in children who were not up to date on DTaP/Tdap.

Recommendations for schools
1. Review immunization compliance for students and ensure exclusion letters are issued per state law.
2. Staff who are pregnant, or who work with infants or medically fragile students, should confirm their Tdap status with their provider.
3. Students and staff with a cough lasting 2 weeks or longer, or coughing fits followed by a "whoop" or vomiting, should be referred to their health care provider and stay home until evaluated.
4. Report clusters of 2 or more cases in a classroom to the Communicable Disease program.

Communicable Disease Program: (715) 555-0108 | After hours: (715) 555-0109
This advisory contains no individual case information."""
    return mk("County Health Dept - Communicable Disease <cd-alerts@countyhealth.example.org>",
              "School Nurses Distribution <schoolnurses-dl@countyhealth.example.org>",
              "HEALTH ADVISORY: Pertussis increase in school-age children", body, dt(2025, 3, 4, 11, 30),
              extra=[("Precedence", "bulk")])

@reg("clean", "news")
def news_4():
    body = """STATE SPEECH-LANGUAGE-HEARING ASSOCIATION - RESEARCH DIGEST
Spring 2025

1) AAC in the general education classroom
A multi-site study of 212 elementary students who use speech-generating devices found that students whose classroom teachers received 6 hours of AAC coaching used their devices for peer interaction nearly twice as often as those whose teachers did not. Effects were largest when paraprofessionals were included in the coaching.

2) Telepractice for school-age articulation
A randomized comparison of in-person and telepractice articulation therapy (n=148, grades K-5) found no significant difference in percent consonants correct after 12 weeks. Attendance was slightly higher in the telepractice group.

3) Caseload vs. workload
Our member survey (n=611 school SLPs) found a median caseload of 54. Members using a workload model reported more time for collaboration and fewer missed sessions.

Conference: Annual Convention, April 24-26, Lakeside Convention Center. CEUs available: up to 1.8 ASHA CEUs.

You are receiving this because you are a member of SSLHA. Manage preferences at members.sslha-example.org."""
    return mk("SSLHA Research Digest <digest@sslha-example.org>", CORINNE, "Research Digest - Spring 2025",
              body, dt(2025, 3, 18, 6, 30), html=True, extra=[("Precedence", "bulk")])

@reg("clean", "news")
def news_5():
    body = """Hi Renata,

Staffing shortages shouldn't mean missed IEP minutes.

ClearVoice Teletherapy provides licensed SLPs, OTs, school psychologists and counselors who deliver services live over a secure video platform -- fully integrated with the IEP systems your team already uses.

Why districts choose ClearVoice:
  * 98% of scheduled sessions delivered in 2023-24
  * Clinicians licensed in your state, with ASHA / AOTA / NASP credentials
  * Built-in Medicaid-ready session documentation
  * Remote psychoeducational evaluations with on-site facilitator training

Join our free webinar, "Closing the Related Services Gap," on Thursday, April 10 at 3:00 PM CT, or reply to book a 20-minute demo.

Best,
Jordan Ellis
Partnerships Manager, ClearVoice Teletherapy
(888) 555-0134 | clearvoicetherapy.com

You're receiving this email because you attended a ClearVoice session at a state conference. Unsubscribe | 410 Market St, Suite 900"""
    html = htmlize(body).replace("<body", '<body bgcolor="#ffffff"')
    return mk("Jordan Ellis <jellis@clearvoicetherapy.com>", RENATA, "Renata, never miss IEP minutes again",
              body, dt(2025, 3, 25, 9, 14), html=html)

@reg("clean", "news")
def news_6():
    body = """THE RELATED SERVICES SPOTLIGHT - April 2025
(internal newsletter for Cedar Ridge SpEd staff)

HAPPY OT MONTH!
April is Occupational Therapy Month. Marisol and our Brightpath contract OTs supported students in every building this year. Stop by the district office Thursday for cupcakes and see the new fine-motor station display.

WELCOME
Please welcome Alana Whitfield, CCC-SLP, who joined us in November and is now serving Hillcrest and Westbrook. Alana comes from a hospital outpatient clinic and has lots of AAC experience -- she'd love to collaborate.

BY THE NUMBERS (district-wide, Aug-Mar)
  Speech sessions delivered: 9,412
  OT sessions: 3,106
  PT sessions: 1,288
  Evaluations completed: 367

TIP OF THE MONTH - Documentation
Start/stop times, every session. Donna says thank you to the 90% of you who are already doing it!

UPCOMING
  Apr 11 - Related services PLC: sensory strategies in gen ed (Rm 112)
  Apr 24-26 - SSLHA convention (3 of us presenting!)
  May 2 - ESY referrals due

Have news to share? Email Paula by the 20th of the month."""
    return mk(PAULA, SPEDLIST, "Related Services Spotlight - April", body, dt(2025, 4, 1, 7, 45), html=True)

# ================================================================ CLEAN: staff
@reg("clean", "staff")
def staff_1():
    body = """All,

Final SLP and related services building assignments for 2024-25. Changes from last year in CAPS.

 Building                     SLP                                     OT                 PT
 ---------------------------  --------------------------------------  -----------------  ----------------
 Hillcrest ES                 Corinne Baptiste, CCC-SLP (0.5)          Marisol Ortega     Greg Tanaka
                              ALANA WHITFIELD, CCC-SLP (0.5, from 11/4)
 Birch Creek ES               Corinne Baptiste, CCC-SLP (0.5)          Marisol Ortega     Greg Tanaka
 Westbrook ELC                ALANA WHITFIELD, CCC-SLP (0.5)           BRIGHTPATH (contract)  Greg Tanaka
 Lakeview MS                  Priya Desai, CCC-SLP (1.0)               Marisol Ortega     Greg Tanaka
 Cedar Ridge HS               Priya Desai (consult)                    BRIGHTPATH         BRIGHTPATH
 Transition Academy           Consult only                             Marisol Ortega     --

Psychologists: Dev Kapoor, Ed.S. (Lakeview, Hillcrest); Hannah Lindqvist, PhD (CRHS, Transition Academy); Birch Creek + Westbrook split until the vacancy is filled.

Supervision: Corinne supervises our CF-SLP (starting 1/6). Greg remains the PT clinical contact for Brightpath.

""" + SIG["tom"]
    return mk(TOM, SPEDLIST, "2024-25 related services assignments (final)", body, dt(2024, 10, 25, 13, 0))

@reg("clean", "staff")
def staff_2():
    rows = [["Date", "Building", "Room", "Absent staff", "Sub/coverage", "Hours", "Confirmed"],
            ["Mon 1/27", "Birch Creek", "108", "T. Greenfield (para)", "Corey Blake", "7:45-3:15", "Y"],
            ["Mon 1/27", "Lakeview", "214", "K. Brandt (teacher)", "L. Vaughn (cert sub)", "7:30-3:00", "Y"],
            ["Tue 1/28", "Hillcrest", "6", "J. Haller", "internal - R. Moss aide", "8:00-12:00", "Y"],
            ["Wed 1/29", "Birch Creek", "108", "T. Greenfield (para)", "Corey Blake", "7:45-3:15", "Y"],
            ["Thu 1/30", "Westbrook", "ECSE 2", "M. Fairbanks", "OPEN", "7:45-2:45", "N"],
            ["Fri 1/31", "CRHS", "Life skills", "PD day - 2 paras", "S. Ahmed, D. Wu", "7:30-2:30", "Y"]]
    bio = io.StringIO()
    csv.writer(bio, lineterminator="\r\n").writerows(rows)
    body = """Hi all -- para/sub coverage for next week attached. Thursday at Westbrook is still open, if anyone knows a sub who's done ECSE before please send them my way. Reminder that subs covering Rm 108 need the lift training sign-off before they start (Corey has it).

Paula"""
    return mk(PAULA, ["SpEd Building Leads <sped-leads@cedarridgeusd.org>"], "sub coverage wk of 1/27", body,
              dt(2025, 1, 23, 14, 50), atts=[("coverage_wk0127.csv", bio.getvalue(), "text/csv")])

@reg("clean", "staff")
def staff_3():
    body = """Team,

Marisol will be out on leave starting Monday 3/3 and is expected back Monday 4/14. Please direct OT questions during that time as follows:

  - Hillcrest / Birch Creek: Brightpath contract OT (Janelle Ward, OTR/L), Tue/Thu
  - Lakeview: Brightpath (Sam Okoro, COTA/L, supervised by Janelle), Mon/Wed
  - Transition Academy: consult only, email Tom
  - OT evaluations due in March: Tom is reassigning, you'll hear from him by Friday

Marisol has left session notes and equipment lists in the shared OT folder. Please don't contact her about work while she's out.

Thanks for pitching in,
Renata

""" + SIG["renata"]
    return mk(RENATA, SPEDLIST, "OT coverage 3/3 - 4/14", body, dt(2025, 2, 26, 16, 5), cc=TOM)

@reg("clean", "staff")
def staff_4():
    body = """Reminder from Payroll:

ESY 2025 STIPENDS AND TIMESHEETS
- ESY teachers, therapists and paras are paid at the extended-year rate on the 2024-25 salary schedule (teachers/therapists $42.50/hr, paras $19.75/hr, RN $46.00/hr).
- Timesheets are due every Friday by noon in TimeClock; late timesheets roll to the next pay period.
- ESY pay dates: July 3, July 18, August 1.
- IEP meetings held outside contract hours during ESY are paid at the meeting rate ($35/hr) -- code them MTG-ESY.

EXTENDED DAY / EVALUATION STIPENDS
School psychologists and SLPs who completed evaluations beyond contract days in May: submit the extra-duty form with your supervisor's signature by June 13.

Questions: payroll@cedarridgeusd.org or ext. 2210.

Cedar Ridge USD Payroll Office

""" + CONF
    return mk("Payroll Office <payroll@cedarridgeusd.org>", SPEDLIST, "ESY 2025 pay rates & timesheet deadlines", body,
              dt(2025, 6, 2, 8, 15))

@reg("clean", "staff")
def staff_5():
    d0 = dt(2025, 5, 12, 10, 12)
    d1 = dt(2025, 5, 12, 10, 40)
    orig = """Friends,

After 31 years with Cedar Ridge -- the last 19 as a school psychologist at Birch Creek and Westbrook -- Dr. Ellen Hale is retiring in June! Please join us to celebrate:

  Thursday, May 29, 3:45-5:30 PM
  Birch Creek library
  Potluck appetizers + cake (sign-up sheet in the office)

We're collecting for a gift (a bench for her garden). Drop cash or Venmo-equivalent in the envelope in Paula's office by 5/23. Cards are circulating in each building.

Shauna"""
    body = """I'm in! Bringing my famous spinach dip. Ellen trained half of us, it won't be the same.

Dev

""" + gmail_on(d0, "Shauna Pell <spell@cedarridgeusd.org>") + "\n" + quote(orig)
    return mk(DEV, SPEDLIST, "Re: Celebrating Dr. Hale's retirement!", body, d1)

@reg("clean", "staff")
def staff_6():
    body = """Nurse on-call for after-school & summer events (June-August 2025)

Week of     On call                       Cell             Backup
----------  ----------------------------  ---------------  --------------------
 6/9        Megan O'Rourke, RN            (715) 555-0142   Kelly Ruiz, LPN
 6/16       Tara Benson, RN               (715) 555-0165   Megan O'Rourke, RN
 6/23       Kendra Sills, RN (Horizon)    (715) 555-0177   Tara Benson, RN
 6/30       Tara Benson, RN               (715) 555-0165   Kendra Sills, RN
 7/7        Megan O'Rourke, RN            (715) 555-0142   Kelly Ruiz, LPN
 7/14       Kendra Sills, RN (Horizon)    (715) 555-0177   Tara Benson, RN
 7/21       Tara Benson, RN               (715) 555-0165   Megan O'Rourke, RN
 8/4-8/22   Megan O'Rourke, RN            (715) 555-0142   Tara Benson, RN

On-call stipend is paid per week (see the payroll memo). ESY sites have a nurse on site during program hours, so on-call is for evenings, athletic camps and the Transition Academy summer job program. Swap weeks between yourselves and just let me know.

""" + SIG["megan"]
    return mk(MEGAN, ["Tara Benson <tbenson@cedarridgeusd.org>", "Kelly Ruiz <kruiz@cedarridgeusd.org>",
                      "Kendra Sills <ksills@horizonstaffingmed.com>"], "summer on-call schedule", body, dt(2025, 5, 20, 15, 31))

@reg("clean", "staff")
def staff_7():
    body = """Panel,

Thanks for agreeing to sit on interviews for the District BCBA position (posting #2025-SE-014). Schedule for Wednesday 4/16, District Office Conf Rm B:

  9:00  Candidate 1 - Morgan Ellery, M.Ed., BCBA
  10:00 Candidate 2 - Tasha Whitmore, M.S., BCBA
  11:00 Candidate 3 - Julian Park, M.A., BCBA-eligible (exam in May)
  12:00 Panel debrief / scoring

Panel: Renata (chair), Shauna Pell, Leah Sorensen, Kyle Brandt, and a parent rep from SEPAC.

Questions and the scoring rubric are in the shared HR folder. Please do not share candidate materials outside the panel. Lunch will be provided.

Carla Munoz
HR Generalist, Cedar Ridge USD"""
    return mk(CARLA, [RENATA, SHAUNA, LEAH, KYLE], "BCBA interviews 4/16 - schedule", body, dt(2025, 4, 9, 11, 0))

# ================================================================ CLEAN: training
@reg("clean", "training")
def training_1():
    body = """Hi new staff!

Your SpedTrack TRAINING environment login is ready. The training site (train.spedtrack-cloud.example.com) is a copy of the system with fake data only -- nothing you do there touches real student files. Please do NOT type real student info into it.

For Thursday's session, open these sample records:
  - TEST, STUDENTA   (ID 9999001, DOB 01/01/2015) - practice an annual IEP
  - TEST, STUDENTB   (ID 9999002, DOB 01/01/2012) - practice a reevaluation consent + eval report
  - SAMPLE, KIDDO    (ID 9999003, DOB 01/01/2019) - practice an initial with speech-only eligibility

Your tasks:
  1. Draft present levels for STUDENTA using the sample data sheet.
  2. Add a related service (OT 30 min/wk) and a health plan accommodation.
  3. Generate the prior written notice and the meeting notice.
  4. Finalize and lock the IEP (training site only!).

Session: Thursday 9/12, 3:30-5:00, Computer Lab 2.

""" + SIG["tom"]
    return mk(TOM, "New SpEd Staff 24-25 <sped-newstaff@cedarridgeusd.org>", "SpedTrack training logins + sample records",
              body, dt(2024, 9, 9, 12, 0))

@reg("clean", "training")
def training_2():
    body = """Seizure Response Training - Bus Drivers & Aides
Post-training quiz (10 questions). Submit on the Google form by Friday.

1. A student is having a convulsive seizure on the bus. What is the FIRST thing you should do?
   a) Put something in their mouth  b) Note the time and keep them safe  c) Hold them down
2. True/False: You should stop the bus in a safe location if a student has a seizure.
3. At what length does a seizure typically become an emergency requiring rescue medication / 911 (unless the student's plan says otherwise)?
   a) 1 minute  b) 5 minutes  c) 15 minutes
4. Where do you find a specific student's seizure action plan on your route?
5. Name two things to report to the school nurse after any seizure.
6. True/False: After a seizure, a student may be sleepy or confused. This is expected.
7. Which position is recommended once convulsions stop? ______
8. Who can give rescue medication on the bus?
   a) Anyone  b) Only staff trained and delegated by the school nurse  c) Only the driver
9. List the three calls to make in order (dispatch / 911 / parent / school).
10. Scenario (fictional): "A 4th grader on your route suddenly stops responding and her arm is jerking. The bus is moving." Describe your steps.

Answer key is kept by Health Services. Passing score: 8/10.

Megan O'Rourke, RN"""
    return mk(MEGAN, "Transportation Staff <transportation-staff@cedarridgeusd.org>", "Seizure training quiz - due Fri",
              body, dt(2024, 8, 28, 13, 15), cc=RICK,
              atts=[("seizure_quiz.docx", docx(body.split("\n")), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

@reg("clean", "training")
def training_3():
    body = """Psych PLC - case study for Friday (de-identified, composite case -- details changed, please don't try to guess who)

"Student A" is a 9-year-old in 3rd grade referred for an initial evaluation for reading concerns. Tier 2 reading intervention for 14 weeks with minimal growth (ORF 38 -> 44 wcpm). Teacher reports good oral vocabulary and strong math. Parent reports a family history of reading difficulty. Vision and hearing screenings passed.

Scores (composite example):
  Cognitive: FSIQ 104; WMI 88; PSI 91
  Achievement: Basic reading 76, Reading fluency 72, Reading comprehension 89, Math calc 101
  Phonological processing: Elision 5 (ss), Blending 6 (ss), RAN 78

Discussion questions:
  1. Does this profile support SLD eligibility under our state criteria (pattern of strengths & weaknesses vs. RTI)?
  2. What additional data would you want?
  3. How would you explain the results to a parent in plain language?
  4. What goals and service minutes would you propose?

Bring your own de-identified case if you have one -- remove names, DOBs, school, and anything unusual enough to identify the student.

Hannah"""
    return mk(HANNAH, "School Psych PLC <psych-plc@cedarridgeusd.org>", "PLC Friday - case study (de-identified)", body,
              dt(2025, 1, 29, 14, 20))

@reg("clean", "training")
def training_4():
    rows = [["test_id", "scenario", "student_last", "student_first", "dob", "medicaid_id", "dos", "cpt", "mod", "units", "expected_result"],
            ["T01", "clean claim SLP", "TESTCASE", "ALPHA", "2015-01-01", "TEST000001", "2025-07-07", "92507", "GN", "1", "ACCEPT"],
            ["T02", "missing referral NPI (OT)", "TESTCASE", "BRAVO", "2014-01-01", "TEST000002", "2025-07-07", "97530", "GO", "2", "REJECT N286"],
            ["T03", "no parental consent flag", "TESTCASE", "CHARLIE", "2016-01-01", "TEST000003", "2025-07-08", "92507", "GN", "1", "HOLD - CONSENT"],
            ["T04", "service not in IEP", "TESTCASE", "DELTA", "2013-01-01", "TEST000004", "2025-07-08", "97110", "GP", "2", "HOLD - NO IEP SVC"],
            ["T05", "inactive eligibility", "TESTCASE", "ECHO", "2012-01-01", "TEST000005", "2025-07-09", "92507", "GN", "1", "REJECT ELIG"],
            ["T06", "group session count missing", "TESTCASE", "FOXTROT", "2015-01-01", "TEST000006", "2025-07-09", "92508", "GN", "1", "REJECT"]]
    body = """Team,

UAT for the TheraLog -> ClaimBridge integration starts Monday in the TEST environment. All records in the attached script are fictitious test students created by ClaimBridge (last name TESTCASE, IDs TEST0000xx). Please run each scenario, record actual vs. expected, and screenshot any errors.

Do NOT use any real student in the test environment. If you need another scenario, ask me and I'll have them create a test record.

Sign-off target: 7/18 so the interface can go live for fall.

Thanks,
Donna

""" + SIG["donna"]
    return mk(DONNA, [MARISOL, CORINNE, GREG, "Marcus Lee <mlee@claimbridge-edu.com>"], "UAT script - TheraLog/ClaimBridge interface",
              body, dt(2025, 7, 2, 10, 0), atts=[("UAT_script_v2.xlsx", xlsx(rows, "UAT"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

@reg("clean", "training")
def training_5():
    body = """Diabetes Care Training for School Staff - sign up

Health Services is offering the annual training for staff who will be trained and delegated to assist students with diabetes (glucose checks, recognizing and treating lows, glucagon/baqsimi, CGM alerts). This is required before you can be delegated by the school nurse.

Sessions (choose one):
  Tue 8/20  1:00-3:30  District Office Rm 112
  Wed 8/21  8:30-11:00  Lakeview MS Library
  Thu 9/5   3:30-6:00  Hillcrest ES Library

You'll practice with training meters, a demo insulin pen (saline) and a glucagon trainer. We'll walk through a fictional student scenario:
  "Jordan, a sample 5th grader, comes back from recess saying he feels shaky. His (pretend) CGM reads 62 with a down arrow." -- What do you do?

Bring a pen and your staff badge. CEUs available for RNs/LPNs.

Sign up: reply to this email with your session choice.

""" + SIG["megan"]
    return mk(MEGAN, SPEDLIST, "Diabetes care training - sign up (required for delegation)", body, dt(2024, 8, 12, 9, 30), html=True)

@reg("clean", "training")
def training_6():
    body = """CPI Verbal Intervention / Safety Care Refresher - Cohort 3

Thanks for registering. Details:
  Date:     Friday, November 8 (PD day)
  Time:     8:00 AM - 3:00 PM (lunch on your own, 11:30-12:15)
  Location: Cedar Ridge HS, Room 140 (wear comfortable clothes and closed-toe shoes)
  Trainers: Shauna Pell, BCBA; Kyle Brandt

Agenda
  - Crisis development model / de-escalation
  - Decision making: when is a physical hold permitted (and when it isn't)
  - Practice scenarios (all fictional): "a middle-schooler who refuses to leave the gym," "a kindergartner who bolts toward the parking lot"
  - Documentation and parent notification requirements under state restraint/seclusion law
  - Written test (80% to pass) and physical skills check-off

Please complete the 45-minute online pre-module before the 8th. Certificates are good for one year.

Shauna Pell, M.S., BCBA
District Behavior Specialist"""
    return mk(SHAUNA, "CPI Cohort 3 <cpi-cohort3@cedarridgeusd.org>", "CPI refresher 11/8 - details", body, dt(2024, 10, 28, 15, 0))

# ================================================================ main
EXPECTED = {
    ("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7,
    ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "struct"): 7,
    ("clean", "admin"): 7, ("clean", "lookalike"): 7, ("clean", "news"): 6,
    ("clean", "staff"): 7, ("clean", "training"): 6,
}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        name = "%s-%s-%03d.eml" % (label, kind, counts[key])
        msg = fn()
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([name, label, kind, patient])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for key in EXPECTED:
        print("%s-%s: %d" % (key[0], key[1], counts[key]))
    print("total: %d" % sum(counts.values()))

if __name__ == "__main__":
    main()
