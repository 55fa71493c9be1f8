#!/usr/bin/env python3
"""Generate a blind set of senior-living wellness / resident services email.
Usage: python3 gen.py OUTDIR
All people, numbers, organisations and addresses are invented."""
import sys, os, io, csv, random, zipfile, zlib, struct, datetime, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10702
random.seed(SEED)

ORG = "Maple Terrace at Brookfield"
DOM = "mapleterraceliving.com"
ADDR = "4100 Meadowlark Lane, Brookfield, WI 53005"
MAIN = "(262) 555-0140"

# key: (display name, email local part, title, direct phone)
STAFF = {
    'dana':    ("Dana Okafor", "dokafor", "RN, Wellness Director", "(262) 555-0148"),
    'marisol': ("Marisol Quintero", "mquintero", "LPN, Wellness Nurse", "(262) 555-0152"),
    'tomasz':  ("Tomasz Wrobel", "twrobel", "CMA / Med Tech", "(262) 555-0153"),
    'greg':    ("Greg Haldane", "ghaldane", "Resident Services Coordinator", "(262) 555-0144"),
    'patricia':("Patricia Lindqvist", "plindqvist", "Executive Director", "(262) 555-0141"),
    'bonnie':  ("Bonnie Fairweather", "bfairweather", "Life Enrichment Director", "(262) 555-0157"),
    'luis':    ("Luis Arcenas", "larcenas", "Director of Dining Services", "(262) 555-0161"),
    'ray':     ("Ray Dumont", "rdumont", "Maintenance Supervisor", "(262) 555-0163"),
    'keisha':  ("Keisha Brandt", "kbrandt", "Community Relations Director", "(262) 555-0145"),
    'nora':    ("Nora Feld", "nfeld", "Business Office Manager", "(262) 555-0142"),
    'ama':     ("Ama Boateng", "aboateng", "Lead Caregiver", "(262) 555-0154"),
    'jerome':  ("Jerome Pickett", "jpickett", "Transportation", "(262) 555-0166"),
    'yvette':  ("Yvette Saint-Louis", "ysaintlouis", "Caregiver", "(262) 555-0154"),
    'rowena':  ("Rowena Dizon", "rdizon", "CMA / Med Tech", "(262) 555-0153"),
    'carla':   ("Carla Whitfield", "cwhitfield", "HR Generalist", "(262) 555-0143"),
    'wellness':("Wellness Office", "wellness", "", "(262) 555-0148"),
    'front':   ("Maple Terrace Concierge", "concierge", "", MAIN),
}

def A(key):
    n, local, _, _ = STAFF[key]
    return f"{n} <{local}@{DOM}>"

def E(name, email):
    if ',' in name or '.' in name:
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"

def sig(key, short=False, cell=None):
    n, local, title, ph = STAFF[key]
    if short:
        return f"{n.split()[0]}\n{title}" if title else n
    cred, role = "", title
    if title.startswith(("RN,", "LPN,", "CMA /")):
        cred, role = title.split(", ", 1) if "," in title else (title, "")
        if title.startswith("CMA"):
            cred, role = "CMA", "Medication Technician"
    lines = [n + (", " + cred if cred else "")]
    if role:
        lines.append(role)
    lines.append(ORG)
    lines.append(ADDR)
    if key in ('dana', 'marisol', 'tomasz', 'rowena', 'wellness'):
        lines.append(f"P {ph} | F (262) 555-0149")
    else:
        lines.append(f"P {ph}")
    if cell:
        lines.append(f"C {cell}")
    lines.append(f"{local}@{DOM}")
    return "\n".join(lines)

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the "
              "use of the individual or entity to which it is addressed and may contain information that "
              "is privileged, confidential or exempt from disclosure under applicable law. If you are not "
              "the intended recipient, please notify the sender immediately and delete this message. "
              "Maple Terrace at Brookfield is managed by Harborline Senior Communities, LLC.")

DISCLAIMER2 = ("This message and any attachment are confidential. If you received it in error, "
               "do not read, copy or forward it; reply to the sender and delete it.")

def tzfor(month, day):
    # US Central: CDT from 2nd Sun of March (3/10/2024) to 1st Sun Nov (11/3/2024)
    dst = (month > 3 and month < 11) or (month == 3 and day >= 10) or (month == 11 and day < 3)
    return datetime.timezone(datetime.timedelta(hours=-5 if dst else -6))

def D(month=None, day=None, hour=None, minute=None):
    if month is None:
        month = random.randint(1, 10)
    if day is None:
        day = random.randint(1, 28)
    if hour is None:
        hour = random.choice([6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 19, 21])
    if minute is None:
        minute = random.randint(0, 59)
    return datetime.datetime(2024, month, day, hour, minute, random.randint(0, 59),
                             tzinfo=tzfor(month, day))

def later(d, minutes):
    n = d + datetime.timedelta(minutes=minutes)
    return n.replace(tzinfo=tzfor(n.month, n.day))

def msgid(domain):
    h = ''.join(random.choice('0123456789abcdef') for _ in range(16))
    style = random.randint(0, 2)
    if style == 0:
        return f"<{h}.{random.randint(1000, 99999)}@{domain}>"
    if style == 1:
        return f"<CAF{h.upper()}{random.randint(10,99)}+q@mail.{domain}>"
    return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:].upper()}@{domain}>"

def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip('0')

def gmail_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip('0')

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def onwrote(d, who, text):
    return f"On {gmail_date(d)} {who} wrote:\n{quote(text)}"

def original(d, frm, to, subj, text, cc=None):
    h = ["-----Original Message-----", f"From: {frm}", f"Sent: {outlook_date(d)}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subj}")
    return "\n".join(h) + "\n\n" + text.strip("\n")

def fwd(d, frm, to, subj, text):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {gmail_date(d)}\nSubject: {subj}\nTo: {to}\n\n" + text.strip("\n"))

def to_html(text, font="Calibri, sans-serif"):
    out = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    return (f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>")

def mk(frm, to, subj, body, date=None, cc=None, html=None, atts=None, extra=None, cte=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ", ".join(cc)
    m['Subject'] = subj
    d = date or D()
    m['Date'] = format_datetime(d)
    dom = frm.rsplit('@', 1)[-1].strip().rstrip('>')
    m['Message-ID'] = msgid(dom)
    for k, v in (extra or {}).items():
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html is True:
        html = to_html(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts or []:
        data, mt, st, fn = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

# ---------------------------------------------------------------- attachments
ZDATE = (2024, 1, 1, 0, 0, 0)

def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xesc(s):
    return htmlmod.escape(str(s), quote=False)

def xlsx(rows, sheet="Sheet1"):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>')
        sd.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
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
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(sd) + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])

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
    body = []
    for p in paras:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = "BT /F1 10 Tf 54 740 Td 13 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    sb = stream.encode('latin-1', 'replace')
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
        b"<< /Title (" + esc(title).encode('latin-1', 'replace') + b") /Producer (Harborline DocPrint 3.2) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

def png(w, h, kind="logo"):
    rows = []
    for y in range(h):
        r = bytearray([0])
        for x in range(w):
            if kind == "logo":
                # green field, white leaf-ish diamond, dark band at the bottom
                cx, cy = w // 4, h // 2
                if abs(x - cx) + abs(y - cy) < h // 3:
                    px = (250, 250, 245)
                elif y > h - h // 6:
                    px = (40, 70, 50)
                else:
                    px = (70, 125, 80)
            else:  # blank scanned page: off-white with faint grey border
                if x < 3 or y < 3 or x >= w - 3 or y >= h - 3:
                    px = (200, 200, 200)
                else:
                    px = (246, 246, 243)
            r.extend(px)
        rows.append(bytes(r))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def ics(summary, start, end, location, organizer, attendees, desc, uid):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;CN={n};RSVP=TRUE:mailto:{e}")
    lines += [f"DESCRIPTION:{desc}", f"DTSTART;TZID=Central Standard Time:{start.strftime(fmt)}",
              f"DTEND;TZID=Central Standard Time:{end.strftime(fmt)}", f"LOCATION:{location}",
              f"SUMMARY:{summary}", f"UID:{uid}", "DTSTAMP:20240101T120000Z", "SEQUENCE:0",
              "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

def csvtext(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

REG = {}
def reg(label, kind):
    def deco(fn):
        REG.setdefault((label, kind), []).append(fn)
        return fn
    return deco

# ====================================================================== PHI: care
@reg('phi', 'care')
def care_rides():
    d = D(3, 20, 15, 42)
    body = f"""Jerome,

Here are the runs for tomorrow (Thu 3/21). Please double check the van lift before the first one, Ray said it was sticking again.

8:40  pick up Lloyd Whitcombe, apt 226 -> Lakeshore Geriatrics, 2250 Bluemound Rd, Suite 310. Appt 9:15 with Dr. Amsel. He goes in his wheelchair, not the walker. His daughter Carol is meeting you there and will ride back with him. Bring the folder from the wellness office (med list + the form the doctor needs signed).

10:30  Virginia Holcomb, apt 141 -> Brookfield Dental Arts for her denture fitting. She'll need help with the seat belt. Call the front desk when you're on the way back so someone can walk her in, she gets tired.

1:15  grocery run (regular group, 6 signed up)

If Dr. Amsel's office runs long with Lloyd, don't leave Virginia waiting - call me and we'll figure it out.

Thanks!
{sig('greg', cell='(414) 555-0199')}
"""
    m = mk(A('greg'), A('jerome'), "van runs Thu 3/21", body, date=d, cc=A('wellness'))
    return m, "Lloyd Whitcombe; Virginia Holcomb"

@reg('phi', 'care')
def care_blisterpack():
    d1 = D(2, 6, 18, 12)
    d2 = later(d1, 38)
    fam = E("Susan Pemberton-Hill", "susanph@pinemail.net")
    q = f"""Hi Dana,

The pharmacy dropped off Mom's new blister packs today (Dorothy Pemberton, apt 214) and I was sorting her mail and noticed the evening bubble has a little white pill that wasn't there before. Nobody told us about anything new. Can someone check before the aide gives it tonight? I don't want her getting something that was meant for someone else.

Also she says her feet have been cold at night - could the aides put the extra socks on her when they help her get ready for bed?

Thank you,
Susan
(cell 262-555-0187)
"""
    body = f"""Hi Susan,

Thanks for flagging it. I checked with Tomasz and with the pharmacy - the white tablet is the new one Dr. Amsel's office called in on Friday after her visit, it's the right pack and it has her name on every row. I should have let you know, that's on me. I've put a note on her chart that you want a call for any change going forward.

I asked the evening aides about the socks, they'll add it to her bedtime routine.

Dana

{sig('dana')}

{onwrote(d1, fam, q)}
"""
    m = mk(A('dana'), fam, "Re: Mom's pills", body, date=d2, cc=A('tomasz'))
    return m, "Dorothy Pemberton"

@reg('phi', 'care')
def care_handover():
    d = D(2, 9, 22, 51)
    body = """Evening handoff 2/9 - AL 1st floor

118 Harold G - refused his 8pm meds twice, took them at 9:15 with applesauce. ate about half his dinner. daughter Linda called at 7, wants someone to call her back tmrw about getting his walker replaced (wheel is wobbly). her # 414-555-0123
122 - empty, Mildred still out
131 Stan - up a lot tonight, toileted x3. no issues otherwise
141 Virginia - asked for her showers to move to Tue/Fri instead of Mon/Thu. I told her day shift would update the schedule
146 Mr. Kessler - PT came today, left sheet on the desk. he wants his 2nd pillow back

Cart counts correct. Narc count signed w/ Rowena.

-Tomasz
"""
    m = mk(A('tomasz'), [A('marisol'), A('dana')], "shift notes 2/9", body, date=d)
    return m, "Harold Gustafson; Stanley Novak; Virginia Holcomb; Raymond Kessler"

@reg('phi', 'care')
def care_pt_sched():
    d = D(4, 11, 10, 5)
    frm = E("Kelsey Marchand, PT, DPT", "kmarchand@brightpathhh.net")
    body = f"""Good morning Marisol,

Confirming the plan for Raymond Kessler (apt 146): BrightPath PT will see him 2x/week for 4 weeks starting Monday 4/15. I'll be his therapist Mondays and our PTA, Josh Ramírez, will do Thursdays. We'll aim for 9:30 so we're done before lunch seating.

A few asks from our side:
- Could the aides have him dressed with shoes on (not slippers) by 9:30?
- He should use the 4-wheeled walker for all hallway walking, not the cane. I put a sticky note on the cane in his room.
- OT will call you separately about a shower chair and a reacher.

His daughter Elaine asked to be updated after the first visit - I'll call her Monday afternoon unless you'd rather do it.

Thanks so much,
Kelsey

Kelsey Marchand, PT, DPT
BrightPath Home Health - Waukesha County
Office (262) 555-0311 | Fax (262) 555-0312
"""
    m = mk(frm, A('marisol'), "Kessler - PT starting 4/15", body, date=d, cc="intake@brightpathhh.net",
           html=True)
    return m, "Raymond Kessler"

@reg('phi', 'care')
def care_diet():
    d = D(5, 2, 13, 20)
    body = f"""Luis,

Starting with dinner tonight, please change Beatrice Tolliver (AL 208) to:

  - minced & moist for all meals
  - nectar-thick liquids (no thin water, coffee or juice unless it's thickened)
  - no bread, crackers or rice
  - set-up help: cut, open containers, and someone sits with her at breakfast

Speech therapy did her evaluation this morning and the written order is in the binder at the wellness desk. Her tray card needs updating and please let the servers at the 2nd floor dining room know, she likes to sit with Irene and the two of them share desserts.

Her son is bringing in her own thickener this weekend but until then we have the kitchen supply.

Thanks
Marisol

{sig('marisol')}
"""
    m = mk(A('marisol'), A('luis'), "Diet change - Beatrice T 208 effective tonight", body, date=d,
           cc=[A('dana'), A('ama')])
    return m, "Beatrice Tolliver"

@reg('phi', 'care')
def care_podiatry():
    d1 = D(6, 3, 20, 44)
    d2 = D(6, 4, 9, 12)
    fam = E("Mark Penhallow", "mpenhallow@northwoodsmail.com")
    q = """Hello,

Can you add my dad (Arthur Penhallow, 312) to the list for the foot doctor when she comes on the 14th? His toenails are really long and he can't reach them anymore. We can pay for it if Medicare doesn't.

Also - we dropped off a pack of hearing aid batteries (size 312, ha) at the front desk on Sunday. Could someone check that he's actually changing them? Every time I call he can't hear the phone.

Thanks
Mark

Sent from my iPhone
"""
    body = f"""Hi Mark,

Arthur is on the list for Dr. Ferreira on Friday 6/14, morning round. She'll bill Medicare first; if anything isn't covered it comes on his monthly statement as a line item, usually $45.

Batteries: got them, they're at the wellness desk now. The med techs will check his hearing aids at the morning med pass on Mondays and swap batteries when they're low. I added it to his service plan so it doesn't get lost.

Have a great week,
{sig('greg')}

{onwrote(d1, fam, q)}
"""
    m = mk(A('greg'), fam, "RE: foot doctor / batteries for Dad", body, date=d2, cc=A('wellness'))
    return m, "Arthur Penhallow"

@reg('phi', 'care')
def care_workorder():
    d = D(7, 8, 11, 2)
    frm = "FixFlow Notifications <no-reply@fixflow-notify.com>"
    body = f"""FixFlow Work Order Notification
-----------------------------------------
Work Order #:   WO-4471
Facility:       Maple Terrace at Brookfield
Location:       Building A / Apt 122
Priority:       HIGH - needed by 07/11/2024
Category:       Resident Room / Safety Equipment
Requested by:   Dana Okafor
Assigned to:    Ray Dumont

Description:
Install 2 grab bars (toilet + shower) and raised toilet seat w/ arms in apt 122 for Mildred Sato. She is coming back Thursday from Brookfield Health & Rehab and the therapist said she can't go home without them. Also move the bed so the right side is open - she gets out on the right now. Family (son Kenji 262-555-0130) OK'd drilling into tile.

Status: OPEN
Created: 07/08/2024 10:58 AM

View this work order: https://app.fixflow-notify.com/wo/4471

You are receiving this message because you are a watcher on this work order.
Manage notification settings in your FixFlow profile.
"""
    m = mk(frm, [A('ray'), A('dana')], "[FixFlow] New HIGH priority work order WO-4471 - Bldg A Apt 122", body,
           date=d)
    return m, "Mildred Sato"

@reg('phi', 'care')
def care_outing():
    d1 = D(8, 13, 9, 30)
    d2 = later(d1, 95)
    d3 = later(d2, 22)
    q1 = f"""Dana - quick one. Vernon signed up for the Thursday boat trip on Lake Geneva (leave 9am, back about 3:30). Is he OK to go? Last time he got pretty winded on the walk from the parking lot.

Bonnie
"""
    q2 = f"""He can go. He'll need the portable oxygen (the small concentrator, not the tank) and a fully charged spare battery - Ama's team will charge both Wednesday night. Please send a caregiver with him, and use the wheelchair from the bus to the dock so he isn't walking the lot.

Don't let him carry his own pill case. Tomasz will send his noon dose in a labeled envelope with whoever goes with him.

Dana
"""
    body = f"""Perfect, thank you. I'll put Ama on the trip roster and grab the wheelchair from storage.

B.

{onwrote(d2, A('dana'), q2 + chr(10) + onwrote(d1, A('bonnie'), q1))}
"""
    m = mk(A('bonnie'), A('dana'), "Re: Re: Vernon H - boat trip Thursday", body, date=d3, cc=A('ama'))
    return m, "Vernon Hale"

# ====================================================================== PHI: ids
@reg('phi', 'ids')
def ids_ltc_claim():
    d = D(4, 5, 14, 10)
    to = E("Sentinel Mutual LTC Claims", "ltcclaims@sentinelltc.com")
    body = f"""To the claims team,

Please find attached the March 2024 invoice and updated service plan for the policyholder below. The previous invoice (February) was paid on 3/22; this one follows the same level of care.

  Claim #:         LTC-88204517
  Policy #:        4410-229-871
  Insured DOB:     04/11/1937
  Service period:  03/01/2024 - 03/31/2024
  Level of care:   Assisted Living Level 2 (medication administration, bathing/dressing assist, 2-person transfer as needed)
  Amount:          $7,465.00

Our nurse's 90-day reassessment was completed 3/28 and is included in the packet. Benefit payments can continue to be sent to the community by direct deposit on file.

Please let me know if you need the daily care log as well.

Regards,
{sig('nora')}

{DISCLAIMER}
"""
    pdfl = ["Maple Terrace at Brookfield - Statement of Services", "", "Claim LTC-88204517   Policy 4410-229-871",
            "Insured DOB 04/11/1937   Apt 305   Resident ID MTB-0305", "Period 03/01/2024 - 03/31/2024", "",
            "Base rent (private studio)                       4,125.00",
            "AL Level 2 care fee                              2,890.00",
            "Medication administration (incl. in Level 2)         0.00",
            "Incontinence supplies                              186.00",
            "Escort to appointments (3 @ $40)                   120.00",
            "Pendant call system                                 144.00", "",
            "TOTAL DUE                                        7,465.00", "",
            "Service plan reviewed 03/28/2024 by D. Okafor, RN"]
    m = mk(A('nora'), to, "Claim # LTC-88204517 - March invoice and service plan", body, date=d,
           atts=[(pdf(pdfl, "Statement of Services"), 'application', 'pdf', "LTC-88204517_Mar2024.pdf")])
    return m, ""

@reg('phi', 'ids')
def ids_pharmacy_refill():
    d = D(1, 17, 16, 3)
    frm = E("Tri-County LTC Pharmacy", "refills@tricountyltcrx.com")
    body = """** Refill Exception Notice **  Tri-County Long Term Care Pharmacy

Facility:      MAPLE TERRACE AT BROOKFIELD (Acct 30418)
Resident ID:   00427718
Facility MR#:  MTB-0218
DOB:           09/02/1931
Rx #:          6618042
Drug:          METOPROLOL TARTRATE 25 MG TAB  - 1 tab PO BID
Reason:        REFILL TOO SOON - plan will pay on or after 01/22/2024
Part D ID:     XK4720019   BIN 004336  PCN MEDDADV

Action needed: resident has 4 days on hand per last fill. If the facility needs
doses before 01/22 please reply with the reason (e.g., dropped/lost doses, LOA
supply) and we will request an override.

Pharmacy hours M-F 8a-8p, Sat 9a-1p. After hours: (262) 555-0399
Do not reply to this email with questions about other residents.
"""
    m = mk(frm, [A('tomasz'), A('rowena')], "Refill exception - Res ID 00427718 Rx 6618042", body, date=d)
    return m, ""

@reg('phi', 'ids')
def ids_hospital_dc():
    d = D(2, 21, 15, 47)
    frm = E("Renee Castillo, RN CM", "rcastillo@stalbansregional.org")
    body = f"""Hi Dana,

Following up on our call. Patient MRN 7730194 (DOB 12/03/1934), your resident from apt 118, is medically ready for discharge tomorrow 2/22 after 11:00. PT recommends return to assisted living with increased assist for transfers; no skilled needs other than home health PT/OT, which we've referred to BrightPath.

Before we finalize, can your team do the readmission assessment? Our discharge summary, med rec and PT notes are faxed to (262) 555-0149 as of 3:30 today - 14 pages, please confirm receipt.

Transport: family (daughter) will drive. Please let me know if she should come to the 4th floor or if you'd rather we use a wheelchair van.

Renee Castillo, RN
Care Management, 4 West
St. Albans Regional Medical Center
P (262) 555-0720 ext 4418 | F (262) 555-0721

This electronic message and any attached files contain information intended for the exclusive use of the addressee and may be confidential.
"""
    m = mk(frm, A('dana'), "discharge back to your community - MRN 7730194", body, date=d)
    return m, ""

@reg('phi', 'ids')
def ids_waiver():
    d = D(3, 26, 9, 18)
    frm = E("Tamika Lowery", "tlowery@lakelandfamilycare.org")
    body = f"""Good morning,

I'm the care manager assigned to the member below. Her annual reassessment (long-term care functional screen) is due and I'd like to schedule it at the community.

  Case #:        CW-2024-01187
  Medicaid ID:   3104577218
  Current tier:  Assisted living - CBRF, Tier 3
  Proposed:      Tuesday 4/9 at 1:00 pm, in her apartment

Could someone from nursing sit in for the last 15 minutes? I will need copies of the current MAR, the last 3 months of the fall log, and any hospital or ER visits since her last screen (I have the 11/14 ER visit on file).

If 4/9 doesn't work, 4/10 or 4/11 afternoon would also be fine.

Thank you,
Tamika Lowery, MSW
Care Manager | Lakeland Family Care
(262) 555-0860 | Fax (262) 555-0861

IMPORTANT: This email contains confidential member information. If you are not the intended recipient please notify the sender and destroy all copies.
"""
    m = mk(frm, A('wellness'), "Annual reassessment - Case # CW-2024-01187", body, date=d, cc=A('greg'))
    return m, ""

@reg('phi', 'ids')
def ids_facesheet():
    d = D(5, 14, 8, 7)
    body = """Nora - face sheet for rm 207 says DOB 3/18/1929, pharmacy profile has 3/18/1939. Which one is right? MBI on our sheet is 4TW9-KD2-MX71 if that helps you look it up. Pharmacy won't release her Friday delivery until it matches.

Tomasz
"""
    m = mk(A('tomasz'), A('nora'), "face sheet mismatch rm 207", body, date=d)
    return m, ""

@reg('phi', 'ids')
def ids_lab():
    d = D(2, 28, 7, 2)
    frm = E("Precision Mobile Lab - Results", "results-noreply@precisionmobilelab.com")
    body = """RESULT NOTIFICATION - ACTION REQUIRED

Requisition #:   55120983
Patient acct:    6604172
DOB:             07/22/1940
Collected:       02/27/2024 06:41 at MAPLE TERRACE AT BROOKFIELD
Ordering:        AMSEL, LEONARD MD (NPI on file)

One or more results are CRITICAL:
   POTASSIUM      6.1 mmol/L   (3.5-5.1)   CRIT HIGH
   CREATININE     1.9 mg/dL    (0.6-1.2)   HIGH

The ordering provider's office was called at 06:58 (spoke with answering service).
Facility nurse: please confirm provider notification and document per your policy.

Full report: log in to the Precision Provider Portal. This mailbox is not monitored.
"""
    m = mk(frm, A('wellness'), "CRITICAL result - Req# 55120983", body, date=d,
           extra={"X-Priority": "1", "Importance": "high"})
    return m, ""

@reg('phi', 'ids')
def ids_statement_poa():
    d1 = D(4, 8, 21, 30)
    d2 = D(4, 9, 10, 15)
    fam = E("Denise Abernathy-Cole", "dcole1958@brightlink.net")
    q = """Hello,

I'm the POA for my aunt, resident account 2193-04. The April statement has a charge for "Level 3 care" that jumped from $1,980 to $2,640, and a new line "incontinence supplies - $186." Nobody called me about a change in her care level. Before I pay can someone explain what changed and when the assessment was done? Also, is the supply charge something her long-term care policy (Genworth? I'll have to look) would reimburse?

Denise Abernathy-Cole
"""
    body = f"""Hi Denise,

You're right, you should have been called first - I'm sorry about that. The level change on account 2193-04 came from the 3/27 reassessment: she now needs staff to give all of her medications (she was doing her own morning pills before) and help with toileting at night, which is what moved her into Level 3. Dana Okafor, our wellness director, would like to go through the assessment with you by phone; she'll call you tomorrow.

The supplies are itemized so they can be submitted to an LTC policy. If you send me the policy number I can add it to her account and send the March and April invoices directly.

Nora

{sig('nora')}

{onwrote(d1, fam, q)}
"""
    m = mk(A('nora'), fam, "RE: statement question acct 2193-04", body, date=d2, cc=A('dana'))
    return m, ""

@reg('phi', 'ids')
def ids_hospice():
    d = D(9, 11, 12, 40)
    frm = E("Heartwood Hospice Intake", "intake@heartwoodhospice.org")
    body = """Referral received - thank you.

Referral #:    24-0911-07
Referring MD:  Dr. Leonard Amsel
Patient:       apt 330, Maple Terrace (AL)
DOB:           05/05/1930
SSN (last 4):  7781
Payer:         Medicare A - MBI on file

Our admissions nurse, Colleen Baptiste, RN, will come for the eligibility visit tomorrow 9/12 between 10 and 11 am. Please have the POLST, the current medication list and the face sheet ready, and let the family know - the referral lists a son as POA.

Questions: Heartwood Intake (262) 555-0901, option 2.
"""
    m = mk(frm, A('dana'), "Heartwood referral 24-0911-07 - eligibility visit 9/12", body, date=d,
           cc="cbaptiste@heartwoodhospice.org")
    return m, ""

# ====================================================================== PHI: lang
@reg('phi', 'lang')
def lang_es():
    d1 = D(1, 29, 7, 55)
    d2 = later(d1, 140)
    fam = E("Claudia Maldonado", "claudia.maldonado@veridianmail.com")
    q = """Hola Marisol,

Te escribo porque mi mamá (Rosa Elena Maldonado, apto 133) me llamó anoche muy asustada. Dice que se cayó en el baño y que nadie vino cuando apretó el botón. ¿Es cierto? ¿La revisó la enfermera? Me dijo que le duele la cadera izquierda y que hoy no quiere bajar al comedor.

También quería preguntarte si ya llegó la receta nueva de la presión que le mandó el doctor Amsel. Ella dice que las pastillas de la mañana ahora son diferentes y que la marean.

Por favor llámame cuando puedas, estoy en el trabajo hasta las 5 pero contesto mensajes.

Gracias,
Claudia
414-555-0176
"""
    body = f"""Hola Claudia,

Sí, tu mamá tuvo una caída anoche como a las 11:40. La cuidadora llegó en menos de cinco minutos después de la alarma del pendiente (revisé el registro del sistema esta mañana) y la encontró sentada en el piso del baño. No se golpeó la cabeza.

La revisé a las 7: tiene un moretón en la cadera izquierda pero camina con la andadera y aguanta su peso sin problema. De todas formas avisamos al Dr. Amsel y pidió una radiografía portátil que viene hoy a las 2 de la tarde. Te llamo en cuanto tengamos el resultado.

La pastilla nueva es el losartán 25 mg, empezó el lunes en lugar de la anterior. Voy a tomarle la presión sentada y de pie dos veces al día esta semana para ver si eso es lo que la marea, y le voy a pedir a las cuidadoras que la acompañen al baño en la noche.

Un abrazo,
Marisol

Marisol Quintero, LPN
Enfermera de bienestar | Maple Terrace at Brookfield
(262) 555-0152

{onwrote(d1, fam, q)}
"""
    m = mk(A('marisol'), fam, "RE: mi mamá - caída anoche", body, date=d2, cc=A('dana'), cte='quoted-printable')
    return m, "Rosa Elena Maldonado"

@reg('phi', 'lang')
def lang_vi():
    d = D(3, 13, 20, 17)
    fam = E("Pham Minh Tuan", "tuan.pham.wi@pinemail.net")
    body = """Sorry my English not good, please ask Hoa to read this. Thank you.

Chào chị Hoa,

Tôi là Tuấn, con trai của bà Nguyễn Thị Lan ở phòng 215. Tuần này mẹ tôi nói bà bị đau bụng và ăn không được, mấy ngày nay chỉ ăn cháo. Nhờ chị hỏi y tá Dana xem có cần đưa mẹ đi bác sĩ không. Thứ Sáu tôi có thể xin nghỉ làm để chở mẹ đi khám.

Ngoài ra, thuốc tiểu đường buổi sáng (metformin) mẹ nói uống xong thì bị buồn nôn. Có phải mẹ uống thuốc lúc bụng đói không? Nhờ chị nhắc nhân viên cho mẹ uống thuốc sau khi ăn sáng.

Tuần trước em gái tôi mang lên một hộp trà gừng, nếu mẹ muốn uống thì nhờ các cô pha giúp.

Cám ơn chị nhiều.
Tuấn
262-555-0192
"""
    m = mk(fam, A('wellness'), "Me toi - ba Nguyen Thi Lan phong 215", body, date=d)
    return m, "Nguyễn Thị Lan"

@reg('phi', 'lang')
def lang_zh():
    d = D(6, 19, 8, 26)
    fam = E("李静 Jing Li", "jingli.family@example.com")
    body = """Dana护士您好，

我是陈美华（Meihua Chen，304室）的女儿李静。昨天晚上接到电话说妈妈被送到St. Albans医院急诊，因为血压很低、头晕。今天早上医生说可以出院了，下午两点左右我会开车送她回来。

医院给她停了一种降压药（氨氯地平 amlodipine），新的药单在出院单上，我会一起带过去。请你们确认一下药房有没有收到新的医嘱，不要再给她吃原来的药。

另外，她这几天走路不太稳，晚上能不能帮她把床边的小灯开着？如果需要我签什么表格，我下午到了再签。

谢谢！
李静
手机：262-555-0118

发自我的iPhone
"""
    m = mk(fam, A('dana'), "妈妈今天下午出院回来", body, date=d, cc=A('wellness'), cte='8bit')
    return m, "Meihua Chen"

@reg('phi', 'lang')
def lang_ru():
    d = D(7, 22, 19, 3)
    fam = E("Mikhail Feldshtein", "m.feldshtein@northwoodsmail.com")
    body = """Здравствуйте, Грег!

Пишу по поводу моего отца, Бориса Фельдштейна (кв. 408, независимое проживание). После того как он упал в прошлом месяце, ему стало трудно самому принимать лекарства — он путает утренние и вечерние таблетки, а на прошлой неделе два дня подряд не принял таблетку от давления. Врач (д-р Амсель) советует перевести его на уровень assisted living.

Можно ли назначить оценку уровня ухода (assessment) с медсестрой на следующей неделе? Я могу приехать в понедельник или в среду после 16:00. Папа хочет остаться в своей квартире, если это возможно, — можно ли получать помощь с лекарствами прямо там?

И ещё: сколько будет стоить уровень 2 в месяц, и покрывает ли это его страховка по долгосрочному уходу (Sentinel)?

Спасибо,
Михаил Фельдштейн
+1 (262) 555-0124
"""
    m = mk(fam, A('greg'), "Оценка для папы (Борис Фельдштейн, кв. 408)", body, date=d)
    return m, "Boris Feldshtein"

@reg('phi', 'lang')
def lang_ht():
    d = D(10, 4, 9, 12)
    frm = A('yvette')
    to = E("Fabienne Desrosiers", f"fdesrosiers@{DOM}")
    body = """Bonjou Fabienne,

Mwen vle di w Madan Joseph nan chanm 127 pa t byen ditou maten an. Li pa t vle manje, li di tèt li fè l mal epi li te cho anpil. Mwen pran tanperati li a 8è: 100.4. Mwen ba l dlo epi mwen kite l nan kabann li.

Li di m tou li gen doulè lè l ap pipi, e li leve 4 fwa nan nwit la pou l al nan twalèt. Pitit fi li a, Nadège, te rele, li di l ap vin wè manman l apre travay vè 5è.

Tanpri èske ou ka pase wè l anvan midi? Mwen pa konnen si Marisol deja konnen.

Mèsi anpil,
Yvette

Voye soti nan telefòn mwen
"""
    m = mk(frm, to, "Madan Joseph 127", body, date=d, cc=A('wellness'))
    return m, "Marie-Claire Joseph"

@reg('phi', 'lang')
def lang_tl():
    d1 = D(8, 2, 18, 40)
    d2 = later(d1, 200)
    fam = E("Liza Dimaculangan-Reyes", "lizareyes@example.net")
    q = """Hi Rowena,

Salamat ulit sa pag-alaga kay Mama. Tanong ko lang, nakainom na ba siya ng bagong gamot para sa ubo? Yung binigay ni Dr. Amsel noong Martes. Sabi niya kasi hindi pa daw siya binibigyan. Tsaka pwede bang pakisabi sa kitchen na wag na siyang bigyan ng kape sa gabi, hindi siya makatulog.

Dadalaw kami sa Sabado with the kids, pwede ba namin siyang ilabas para mag-lunch? Kailangan ko bang pumirma ng LOA form para sa meds niya?

Salamat po,
Liza
(anak ni Corazon Dimaculangan, apt 219)
"""
    body = f"""Hi Ate Liza!

Oo, nasimulan na yung gamot sa ubo noong Miyerkules ng gabi - capsule siya (benzonatate), 3x a day, kaya baka hindi niya napansin na bago. Nasa MAR na at pinipirmahan namin bawat bigay. Mas kaunti na daw ang ubo niya kagabi sabi ng night shift.

Sinabi ko na kay Chef Luis, decaf na lang sa dinner simula ngayon.

Sa Sabado, okay lang! Pirmahan mo lang yung LOA sheet sa front desk paglabas ninyo. Ihahanda ko yung noon meds niya sa envelope na may pangalan niya, ibibigay ko sayo bago kayo umalis. Basta balik kayo bago 4pm para sa afternoon dose.

Ingat po,
Rowena

Rowena Dizon, CMA
Maple Terrace at Brookfield

{onwrote(d1, fam, q)}
"""
    m = mk(A('rowena'), fam, "Re: si Mama - gamot sa ubo at Sabado", body, date=d2)
    return m, "Corazon Dimaculangan"

@reg('phi', 'lang')
def lang_ko():
    d = D(5, 15, 22, 8)
    fam = E("박준호", "junho.park77@example.org")
    body = """안녕하세요,

저는 김순자 씨(302호)의 아들 박준호입니다. 어머니께서 다음 주 화요일(5월 21일) 오전 10시에 치과 예약이 있습니다 (Brookfield Dental Arts). 교통편(밴)을 예약할 수 있을까요? 제가 직장 때문에 모시고 갈 수가 없습니다.

그리고 요즘 어머니께서 밤에 잠을 잘 못 주무시고 식사도 많이 안 하신다고 들었습니다. 간호사님께서 한번 확인해 주시면 감사하겠습니다. 혈압약은 계속 아침에 드시고 계신지, 지난달에 새로 바뀐 약은 잘 맞는지도 알고 싶습니다.

영어로 쓰지 못해서 죄송합니다. 답장은 영어로 주셔도 괜찮습니다.

감사합니다.
박준호 드림
262-555-0133
"""
    m = mk(fam, [A('greg'), A('wellness')], "어머니 김순자 (302호) 치과 예약 및 건강 문의", body, date=d)
    return m, "Kim Soon-ja"

@reg('phi', 'lang')
def lang_pl():
    d1 = D(9, 23, 12, 5)
    d2 = later(d1, 310)
    fam = E("Agnieszka Nowicka", "a.nowicka@pinemail.net")
    q = """Cześć Tomasz,

Piszę w sprawie babci (Zofia Kowalczyk, mieszkanie 224). Mama mówi, że babcia od kilku dni skarży się na ból w kolanie i nie chce schodzić na obiad. Czy pielęgniarka mogłaby ją obejrzeć? Czy dostaje tabletki przeciwbólowe, które doktor przepisał w zeszłym miesiącu - te "w razie potrzeby" (Tylenol 500)? Babcia mówi, że nikt jej nie proponuje, a ona sama nie poprosi, bo nie chce robić kłopotu.

Jeszcze jedno: w piątek ma wizytę u okulisty o 14:00, czy transport jest już zamówiony?

Dziękuję bardzo,
Agnieszka (wnuczka)
tel. 414-555-0158
"""
    body = f"""Dzień dobry Pani Agnieszko,

Marisol (pielęgniarka) obejrzała dziś kolano babci - jest trochę spuchnięte, ale babcia chodzi z balkonikiem. Marisol zadzwoniła do gabinetu dr. Amsela i na razie mamy przykładać lód 2 razy dziennie i obserwować.

Tylenol: od dzisiaj proponujemy go przy każdym podawaniu leków rano i wieczorem i zapisujemy w MAR, czy wzięła. Babcia rzeczywiście nie prosiła ani razu, więc dobrze, że Pani napisała.

Transport na piątek 14:00 do okulisty jest zamówiony, kierowca Jerome będzie o 13:20 przy recepcji.

Pozdrawiam,
Tomasz Wrobel
Med Tech, Maple Terrace
(262) 555-0153

{onwrote(d1, fam, q)}
"""
    m = mk(A('tomasz'), fam, "Re: babcia - kolano / okulista w piątek", body, date=d2, cc=A('marisol'))
    return m, "Zofia Kowalczyk"

# ====================================================================== PHI: lists
@reg('phi', 'lists')
def lists_falls():
    d = D(3, 4, 8, 15)
    rows = [("Resident", "Apt", "Date", "Time", "Where", "Injury", "Sent out"),
            ("Columbo, Harriet", "AL 203", "2/26", "0210", "bathroom", "none", "N"),
            ("Lambright, Ted", "AL 117", "2/27", "1745", "hallway by dining", "skin tear L forearm", "N"),
            ("Ybarra, Clarence", "IL 412", "2/28", "0630", "bedroom", "c/o hip pain", "Y - St. Albans ER, returned 2/28"),
            ("Lambright, Ted", "AL 117", "3/1", "2320", "bedroom", "none", "N"),
            ("Marchetti, Edith", "MC 04", "3/2", "1510", "activity room", "bump R forehead", "N - neuro checks x72h"),
            ("Dunbar, Loretta", "AL 238", "3/3", "0455", "bathroom", "lac to chin, 4 sutures", "Y - urgent care")]
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows[:1])
    table += "\n" + "  ".join("-" * w[i] for i in range(7))
    table += "\n" + "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows[1:])
    body = f"""Patricia,

Falls for the week of 2/26 - 3/3. 6 falls, 5 residents, 2 sent out. Ted accounts for 2 again - I've asked for a PT screen and we're trialing a bed alarm starting tonight. Clarence's x-ray was negative, back same day.

{table}

All families notified same shift. Incident reports are in the binder and entered in the portal. I'll bring the monthly trend to QAPI on the 14th.

Dana

{sig('dana')}
"""
    th = "".join(f"<th style='border:1px solid #999;padding:2px 6px'>{htmlmod.escape(c)}</th>" for c in rows[0])
    trs = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{htmlmod.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    html = (f"<html><body style='font-family:Calibri,sans-serif;font-size:11pt'><p>Patricia,</p>"
            "<p>Falls for the week of 2/26 - 3/3. 6 falls, 5 residents, 2 sent out. Ted accounts for 2 again - I've asked for a PT screen and we're trialing a bed alarm starting tonight. Clarence's x-ray was negative, back same day.</p>"
            f"<table style='border-collapse:collapse'><tr>{th}</tr>{trs}</table>"
            "<p>All families notified same shift. Incident reports are in the binder and entered in the portal. I'll bring the monthly trend to QAPI on the 14th.</p><p>Dana</p>"
            f"<p style='color:#555'>{htmlmod.escape(sig('dana')).replace(chr(10), '<br>')}</p></body></html>")
    m = mk(A('dana'), A('patricia'), "Weekly falls 2/26-3/3", body, date=d, html=html)
    return m, "Harriet Columbo; Ted Lambright; Clarence Ybarra; Edith Marchetti; Loretta Dunbar"

@reg('phi', 'lists')
def lists_flu_csv():
    d = D(9, 30, 13, 44)
    to = E("Community Clinics - Northpoint Pharmacy", "clinics@northpointrx.com")
    body = f"""Hi Brianna,

Attached is our roster for the on-site flu clinic next Tuesday 10/8 (9:00-12:00, Garden Room). 24 residents so far, consents signed and in the folder you'll pick up at the wellness office. High-dose requested for everyone 65+ per your note; one resident is asking for the regular dose, flagged in the file.

We'll have two staff to escort memory care residents down at 10:30.

Thanks,
Marisol

{sig('marisol')}
"""
    roster = [("last_name", "first_name", "dob", "apt", "medicare_mbi", "secondary_ins", "consent", "vaccine", "notes")]
    people = [("Abernathy", "June", "1941-06-02", "IL 109", "2KQ4-WX7-TT18", "AARP Medsupp", "Y", "HD", ""),
              ("Benavides", "Gloria", "1938-11-19", "AL 221", "5HN2-RP3-CK40", "", "Y", "HD", "egg allergy - check brand"),
              ("Brandvold", "Sylvia", "1945-02-27", "IL 406", "7DE9-JM1-QA62", "Medica", "Y", "HD", ""),
              ("Castellano", "Roy", "1936-08-08", "AL 110", "3GF6-UY8-PL05", "", "Y", "HD", "thrombocytopenia - hold pressure 2 min"),
              ("Drummond", "Cecil", "1939-04-14", "IL 402", "8TR1-NB5-XE93", "Tricare for Life", "Y", "HD", ""),
              ("Haverford", "Lucille", "1933-12-30", "AL 236", "1MC7-HV2-RS27", "", "Y", "HD", ""),
              ("Inge", "Herbert", "1944-07-07", "IL 318", "6PL3-ZD9-KW81", "", "Y", "STD", "wants standard dose"),
              ("Kettering", "Doris", "1930-03-15", "MC 07", "9AW5-TQ4-MJ26", "", "Y (POA)", "HD", "escort 10:30"),
              ("Lowenstein", "Albert", "1937-09-21", "AL 229", "4XY8-CE6-GH50", "BCBS Medsupp", "Y", "HD", ""),
              ("Oyelaran", "Frances", "1942-01-04", "IL 311", "2RB9-LK3-VN74", "", "Y", "HD", "")]
    roster += people
    m = mk(A('marisol'), to, "Maple Terrace flu clinic 10/8 - roster", body, date=d, cc=A('dana'),
           atts=[(csvtext(roster), 'text', 'csv', "MapleTerrace_FluClinic_2024-10-08.csv")])
    return m, "; ".join(f"{p[1]} {p[0]}" for p in people)

@reg('phi', 'lists')
def lists_podiatry():
    d = D(6, 10, 16, 20)
    frm = E("Dr. Lucia Ferreira DPM office", "frontdesk@ferreirafootcare.com")
    body = f"""Hi Greg, here is the confirmed list for Friday 6/14. Dr. Ferreira arrives 8:30, please have the clinic room open and residents with socks off if possible. Nail-only visits are Medicare-covered only when a qualifying condition is documented; those are marked.

NAME                   | APT  | REASON                                   | COVERAGE
-----------------------|------|------------------------------------------|----------------
Penhallow, Arthur      | 312  | nail debridement, thick nails            | Medicare (PCP cert on file)
Skaggs, Wilma          | 114  | callus R heel, diabetic foot check       | Medicare
Whitaker, Eugene       | 233  | ingrown L great toe f/u                  | Medicare
Renfro, Opal           | 120  | routine nail care                        | self-pay $45
Quist, Bernard         | 408A | wound check L 2nd toe (from 5/31 visit)  | Medicare
Purcell, Nadine        | 227  | new - heel pain                          | Medicare + Medsupp

Please send back the signed orders for Whitaker and Quist from Dr. Amsel if you have them.

Thank you!
Angela
Ferreira Foot & Ankle | (262) 555-0450 | fax (262) 555-0451
"""
    m = mk(frm, A('greg'), "Fri 6/14 Maple Terrace visit list", body, date=d, cc=A('wellness'))
    return m, "Arthur Penhallow; Wilma Skaggs; Eugene Whitaker; Opal Renfro; Bernard Quist; Nadine Purcell"

@reg('phi', 'lists')
def lists_transfers():
    d1 = D(5, 1, 9, 2)
    d2 = later(d1, 47)
    pasted = "\n".join("\t".join(r) for r in [
        ("Date", "Resident", "Apt", "Level", "Sent to", "Reason", "Admitted?", "Back"),
        ("4/3", "Gustafson, Harold", "118", "AL2", "St. Albans ED", "fall, unable to bear wt", "Y - 3 days", "4/6"),
        ("4/9", "Benavides, Gloria", "221", "AL1", "St. Albans ED", "chest pain", "N", "4/9"),
        ("4/15", "Fairbanks, Agnes", "139", "AL2", "Aurora Brookfield", "low blood sugar 41, unresponsive", "Y - 2 days", "4/17"),
        ("4/22", "Ostrowski, Gene", "IL 404", "IL", "St. Albans ED", "SOB", "Y - 5 days -> rehab", "not yet"),
        ("4/28", "Columbo, Harriet", "203", "AL2", "St. Albans ED", "confusion, UTI?", "N", "4/29")])
    q = f"""Dana - can you send me April transfers for the regional report? Just paste from your tracker, doesn't need to be pretty.

Patricia

{sig('patricia')}
"""
    body = f"""here you go. 5 out, 3 admits. Gene is still at Ridgeview rehab, they're saying another 10-14 days.

{pasted}

D.

{original(d1, A('patricia'), A('dana'), 'April transfers', q)}
"""
    m = mk(A('dana'), A('patricia'), "RE: April transfers", body, date=d2)
    return m, "Harold Gustafson; Gloria Benavides; Agnes Fairbanks; Gene Ostrowski; Harriet Columbo"

@reg('phi', 'lists')
def lists_loc_xlsx():
    d = D(8, 26, 11, 31)
    body = f"""Greg, Nora,

Attached is the list of level-of-care reassessments coming due in September. I've assigned them between me and Marisol. Anyone whose level is likely to change is highlighted in the notes column - Nora, those families will need the 30-day rate letter.

Greg, please help with scheduling the family calls.

Thanks,
Dana

{sig('dana')}

{DISCLAIMER}
"""
    rows = [["Resident", "Apt", "DOB", "Current Level", "Last Assessed", "Due", "Nurse", "Notes"],
            ["Lindahl, Margaret (Peggy)", "AL 210", "1935-05-19", "AL 1", "2024-03-04", "2024-09-04", "DO", "likely L2 - memory, missing meals"],
            ["Rasmussen, Evelyn", "AL 215", "1940-10-02", "AL 2", "2024-03-11", "2024-09-11", "MQ", ""],
            ["Tolliver, Beatrice", "AL 208", "1931-07-25", "AL 2", "2024-03-12", "2024-09-12", "DO", "likely L3 - diet, feeding assist"],
            ["Caldwell, Ruth Ann", "AL 216", "1937-02-13", "AL 1", "2024-03-18", "2024-09-18", "MQ", "BP monitoring"],
            ["Hale, Vernon", "AL 126", "1934-12-01", "AL 2", "2024-03-20", "2024-09-20", "DO", "O2 - no change expected"],
            ["Mabry, Irene", "AL 305", "1932-04-11", "AL 2", "2024-03-25", "2024-09-25", "MQ", ""],
            ["Feldshtein, Boris", "IL 408", "1938-06-30", "IL + med mgmt", "2024-07-29", "2024-09-27", "DO", "60-day f/u after move to med mgmt"]]
    m = mk(A('dana'), [A('greg'), A('nora')], "September LOC reassessments", body, date=d,
           atts=[(xlsx(rows, "Sept LOC"), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  "LOC_reassessments_Sept2024.xlsx")])
    return m, "Margaret Lindahl; Evelyn Rasmussen; Beatrice Tolliver; Ruth Ann Caldwell; Vernon Hale; Irene Mabry; Boris Feldshtein"

@reg('phi', 'lists')
def lists_cyclefill():
    d = D(7, 30, 15, 5)
    body = f"""Hi Tri-County team,

Checked in the August cycle fill this afternoon. Discrepancies below, please correct and deliver with tonight's run if possible.

Haverford, Lucille - 12/30/1933 - donepezil 10mg - packs say 5mg, order changed 7/18
Lowenstein, Albert - 09/21/1937 - furosemide 20mg - missing entirely (only 3 days left from last fill)
Mabry, Irene - 04/11/1932 - sertraline 50mg - 28 days sent, need 31
Castellano, Roy - 08/08/1936 - warfarin 2.5mg - was d/c'd 7/25 by Dr. Amsel, still in packs, please pull
Skaggs, Wilma - 02/02/1940 - insulin glargine pen - no pen needles sent

Everything else counted and matched. Signed manifest is scanned and attached.

Thanks,
Rowena Dizon, CMA
Maple Terrace at Brookfield
(262) 555-0153
"""
    m = mk(A('rowena'), E("Tri-County LTC Pharmacy", "customercare@tricountyltcrx.com"),
           "August cycle fill - 5 discrepancies (Maple Terrace acct 30418)", body, date=d, cc=A('dana'),
           atts=[(png(170, 220, "blank"), 'image', 'png', "manifest_scan_0730.png")])
    return m, "Lucille Haverford; Albert Lowenstein; Irene Mabry; Roy Castellano; Wilma Skaggs"

@reg('phi', 'lists')
def lists_diets():
    d0 = D(10, 14, 10, 12)
    d1 = later(d0, 60 * 26)
    d2 = later(d1, 35)
    inner = f"""Luis - updated special diet list for the fall menu cycle. Please replace what's posted in both serveries.

Last, First       Apt    Texture / diet                Allergies / notes
Tolliver, Beatrice 208   minced & moist, nectar thick  -
Sato, Mildred     122    regular, low sodium           shellfish
Skaggs, Wilma     114    consistent carb               -
Fairbanks, Agnes  139    consistent carb, HS snack     peanuts (EpiPen in wellness)
Goldfarb, Marvin  IL 320 no added sugar (per him)      -
Columbo, Harriet  203    regular, finger foods pm      -
Marchetti, Edith  MC 04  mechanical soft               lactose

Marisol
"""
    mid = f"""Luis - can you check whether the new soup base is OK for Mildred's low sodium? I think it's 780mg a serving.

Dana

{original(d0, A('marisol'), A('luis'), 'special diets - fall cycle', inner, cc=A('dana'))}
"""
    body = f"""Chef Dominic - see Marisol's list below for the fall cycle, please print it for the line and the 2nd floor. Nobody gets the regular soup base from the list; I'm ordering the low-sodium one.

Luis

{fwd(d1, A('dana'), A('luis'), 'RE: special diets - fall cycle', mid)}
"""
    m = mk(A('luis'), E("Dominic Farrow", f"dfarrow@{DOM}"), "Fwd: RE: special diets - fall cycle", body, date=d2)
    return m, "Beatrice Tolliver; Mildred Sato; Wilma Skaggs; Agnes Fairbanks; Marvin Goldfarb; Harriet Columbo; Edith Marchetti"

# ====================================================================== PHI: names
@reg('phi', 'names')
def names_harriet():
    d = D(4, 29, 9, 40)
    body = f"""Patricia - fyi on Mrs. Columbo before her son calls you (he said he would).

Harriet was confused again last night - she was in the hallway at 2 am looking for her husband and didn't know which apartment was hers. Third time in two weeks. We sent her to St. Albans ED on the 28th and they found a UTI, started her on an antibiotic and sent her back the next morning. She's better today but still not herself.

I told her son that if this doesn't clear up once the antibiotic is done, we need to talk about whether she's safe on the AL floor or whether memory care is the right place. He was not happy to hear that. I'm going to do a cognitive screen next week and bring him in for a care conference.

Dana
"""
    m = mk(A('dana'), A('patricia'), "Harriet C", body, date=d)
    return m, "Harriet Columbo"

@reg('phi', 'names')
def names_subject_only():
    d = D(1, 12, 17, 33)
    body = f"""Back from St. Albans at 4:10 by wheelchair van. 3 days inpatient, pneumonia - on amoxicillin-clavulanate thru Sunday, first dose here at 8 pm tonight (pharmacy delivering on the 6:30 run). Using the walker, a little weak, O2 sat 93% on room air. Discharge papers scanned into the chart. Wants his meals in the room tonight and tomorrow.

Please do vitals q shift x 72 hrs and call me if temp over 100.

-M
"""
    m = mk(A('marisol'), [A('tomasz'), A('rowena'), A('ama')], "Brzezinski", body, date=d)
    return m, "Walter Brzezinski"

@reg('phi', 'names')
def names_quoted():
    d1 = D(8, 19, 15, 5)
    d2 = later(d1, 18)
    q = f"""Dana, Peggy Lindahl's daughter stopped by my office. She's worried her mom's memory is getting worse - she got lost going to the dining room twice last week and she's been calling her daughter at 5 am thinking it's dinner time. Daughter asked whether Peggy still should be doing her own pills. I said I'd pass it on and you'd call her. Her number is 262-555-0171 (Kristin).

Greg
"""
    body = f"""Thanks Greg. I'll call Kristin today and move Peggy's reassessment up to this week. I'll update the care plan after.

Dana

{original(d1, A('greg'), A('dana'), 'Peggy L - daughter concerned', q)}
"""
    m = mk(A('dana'), A('greg'), "RE: Peggy L - daughter concerned", body, date=d2)
    return m, "Margaret Lindahl"

@reg('phi', 'names')
def names_lastfirst():
    d = D(9, 13, 16, 48)
    body = f"""Team,

Novak, Stanley (AL 131) - Heartwood hospice eval went well today and he is admitted to hospice service as of this afternoon. Son Daniel is POA and was here. Plan:

- Heartwood RN visits Tues/Fri, aide 3x/wk for baths (our caregivers still do everything else)
- comfort meds box delivered to the wellness office, locked in the med room. Do NOT give from the box without calling the hospice nurse line first: (262) 555-0905
- POLST is DNR / comfort-focused, copy on the fridge in his apt and in the chart
- he's still eating a little, offer his favorites - Luis knows (butterscotch pudding)

Please treat this as a full change of condition for charting. I'll update the service plan tonight.

Dana Okafor, RN
Wellness Director
"""
    m = mk(A('dana'), [A('marisol'), A('tomasz'), A('rowena'), A('ama'), A('luis')],
           "Novak, Stanley - hospice admit today", body, date=d)
    return m, "Stanley Novak"

@reg('phi', 'names')
def names_nickname():
    d = D(6, 27, 6, 58)
    frm = E("Fabienne Desrosiers", f"fdesrosiers@{DOM}")
    body = """Morning Dana,

Ted fell again around 0315, found on floor next to bed, bed alarm went off but he was already down when Ama got there. Skin tear on L forearm about 3 cm, cleaned and steri-stripped, covered with Tegaderm. No head strike per him. Neuro checks started anyway since he's on Eliquis - all normal so far. Vitals ok, BP 132/78.

Left msg for his wife (she's in IL 401) - she doesn't answer before 8. Incident report is in the portal.

He keeps trying to get up without his walker to go to the bathroom. Could we think about a scheduled toileting at 2 am?

Fabienne
night LPN
"""
    m = mk(frm, A('dana'), "Ted - fall overnight", body, date=d)
    return m, "Ted Lambright"

@reg('phi', 'names')
def names_assessment():
    d = D(2, 15, 16, 12)
    body = f"""Dana, Keisha -

Met with Mrs. Agnes Fairbanks and her son Paul today for the pre-move-in assessment (target move-in 3/1, apt 139).

Quick summary:
- insulin twice a day (pens) - she draws it up herself but Paul says she's missed doses at home and had two low sugars in January, one with an ambulance
- walker for anything longer than the room; unsteady on turns
- mild memory issues - repeated the same story 3x in 40 min, but oriented
- needs help in and out of the shower, otherwise dresses herself
- peanut allergy, carries an EpiPen

My recommendation is AL Level 2 with med administration (we give the insulin) and a consistent carb diet. I'd like Dr. Amsel to send orders and a TB test result before move-in. Full assessment form is in the move-in folder.

Marisol
"""
    m = mk(A('marisol'), [A('dana'), A('keisha')], "Fairbanks move-in assessment", body, date=d, html=True)
    return m, "Agnes Fairbanks"

@reg('phi', 'names')
def names_grievance():
    d1 = D(5, 20, 20, 12)
    d2 = D(5, 21, 8, 2)
    fam = E("Carol Bledsoe-Nunez", "cbnunez@veridianmail.com")
    q = """Ms. Lindqvist,

I am writing to formally complain. My father Howard Bledsoe did not get his blood thinner (Eliquis) on Saturday night and nobody told us until I noticed the full bubble in his pack on Sunday. He has had a stroke before and this is exactly what his cardiologist told us could not happen. I want to know who was responsible and what you are doing about it.

Carol Bledsoe-Nunez
"""
    body = f"""Dana, Tomasz -

See below from Mr. Bledsoe's daughter. Please pull the MAR for Saturday 5/18 and the staffing for the evening med pass, and let's meet at 10 before I call her back. We also need a medication error report and a call to Dr. Amsel documented if that hasn't happened.

Patricia

{onwrote(d1, fam, q)}
"""
    m = mk(A('patricia'), [A('dana'), A('tomasz')], "FW: complaint - missed dose", body, date=d2)
    return m, "Howard Bledsoe"

@reg('phi', 'names')
def names_md_bp():
    d = D(10, 9, 14, 27)
    to = E("Lakeshore Geriatrics - Dr. Amsel's nurse", "nurseline@lakeshoregeriatrics.com")
    body = f"""Hello,

Requesting orders for Dr. Amsel's patient Ruth Ann Caldwell, a resident here (apt 216).

Her blood pressure has been running high this week on our twice-daily checks:
  10/3  172/94, 168/90
  10/4  176/92, 170/88
  10/5  165/91, 174/96
  10/7  178/98, 169/92
No headache, no chest pain, no change in vision per resident. She's taking the lisinopril 10 mg every morning (we give it, all doses documented). She mentioned she has been salting her food a lot since her taste changed.

Would Dr. Amsel like to increase the dose or see her? Please fax orders to (262) 555-0149.

Thank you,
{sig('marisol')}
"""
    m = mk(A('marisol'), to, "BP readings / order request - Caldwell", body, date=d)
    return m, "Ruth Ann Caldwell"

# ====================================================================== PHI: self
@reg('phi', 'self')
def self_june():
    d = D(10, 10, 7, 12)
    frm = E("June Abernathy", "juneabernathy41@pinemail.net")
    body = """dana can i still get my flu shot friday, i missed the clinic tuesday because of my eye appt. also my left knee is acting up again since the weather turned, is the knee doctor coming this month or do i need to call his office myself

june abernathy apt 109

Sent from my iPad
"""
    m = mk(frm, A('dana'), "flu shot", body, date=d)
    return m, "June Abernathy"

@reg('phi', 'self')
def self_norman_bill():
    d = D(3, 7, 10, 41)
    frm = E("Norman Feeney", "nfeeney@northwoodsmail.com")
    body = """To the Business Office,

I received my statement for February and I have a question about two charges.

1. "Wellness clinic nurse visit x4 - $140." I stopped in to have my blood pressure checked because Dr. Amsel asked me to keep a log after he started me on the new water pill. I was told in the independent living orientation that blood pressure checks were free for IL residents. Was I misinformed?

2. "Medication reminder - $95." I signed up for the reminder calls in January when I came home from the hospital but I cancelled them by phone on February 2nd (I spoke to a young man at the front desk). I'd like that charge removed.

I'm happy to come by the office. I am usually in the library after lunch.

Sincerely,
Norman Feeney
Apt 314 (Independent Living)
262-555-0109
"""
    m = mk(frm, A('nora'), "Question on February statement - apt 314", body, date=d)
    return m, "Norman Feeney"

@reg('phi', 'self')
def self_employee_wc():
    d1 = D(5, 28, 21, 50)
    d2 = D(5, 29, 9, 5)
    frm = E("Tanya Moorehouse", "tanya.moorehouse@example.com")
    q = f"""Hi Tanya,

I hope you're feeling better. I've opened your workers' comp claim with Badger Mutual - claim # WC-2405-33918. The adjuster, Phil Dorsey, will call you this week. Please send me any paperwork from your doctor visit as soon as you have it so we can set up light duty.

Carla

{sig('carla')}
"""
    body = f"""Hi Carla,

Thank you. I saw Dr. Fenske at Brookfield Occupational Health today. She said it's a lumbar strain from the transfer in 126 on Friday and I have muscle spasms on the right side. She gave me a muscle relaxer (cyclobenzaprine) I can only take at night, and ibuprofen. I start physical therapy next Tuesday 2x a week for 3 weeks at the Capitol Drive clinic.

Restrictions until 6/18: no lifting over 15 lbs, no resident transfers, no pushing wheelchairs, can work 8 hr shifts. I'm attaching the work status form she signed.

Can I do the med tech shadowing or the front desk while I'm on light duty? I really don't want to lose hours.

Thanks,
Tanya Moorehouse, CNA
(personal email - my work one isn't loading on my phone)

{onwrote(d1, A('carla'), q)}
"""
    pdfl = ["Brookfield Occupational Health - WORK STATUS REPORT", "",
            "Patient: Tanya Moorehouse     DOB: 08/14/1991", "Employer: Maple Terrace at Brookfield",
            "Claim #: WC-2405-33918   Date of injury: 05/24/2024", "Visit date: 05/29/2024", "",
            "Diagnosis: Lumbar strain (S39.012A), muscle spasm of back (M62.830)", "",
            "Work status: MODIFIED DUTY 05/29/2024 through 06/18/2024",
            " - No lifting > 15 lbs     - No patient/resident transfers",
            " - No pushing/pulling > 20 lbs     - May work up to 8 hours/day", "",
            "Treatment: PT 2x/week x 3 weeks; cyclobenzaprine 5 mg HS; ibuprofen 600 mg TID with food",
            "Follow-up: 06/17/2024 10:20 AM", "", "Provider: Rachel Fenske, MD"]
    m = mk(frm, A('carla'), "Re: workers comp claim", body, date=d2,
           atts=[(pdf(pdfl, "Work Status"), 'application', 'pdf', "work_status_0529.pdf")])
    return m, "Tanya Moorehouse"

@reg('phi', 'self')
def self_cecil():
    d = D(7, 2, 15, 20)
    frm = E("Cecil Drummond", "cdrummond39@brightlink.net")
    body = """Greg,

I have been thinking about our talk last week. My eyes are getting worse (the macular degeneration - the shots aren't holding it back like they did) and I am having real trouble reading the labels on my pill bottles. Twice this month I think I took my evening pills in the morning. My daughter in Minneapolis thinks I should move over to the assisted side, but I would rather stay in 402 if someone could just come give me my medications.

Can you tell me what that would cost and who I would talk to? I don't need help with anything else. I still walk to the dining room on my own and I do my own laundry, thank you very much.

Cecil Drummond
IL 402
"""
    m = mk(frm, A('greg'), "medication help", body, date=d)
    return m, "Cecil Drummond"

@reg('phi', 'self')
def self_phyllis():
    d = D(8, 21, 19, 44)
    frm = E("Phyllis Tanaka", "ptanaka@example.net")
    body = """Hello wellness office,

Two things.

I am having cataract surgery on my right eye on Tuesday September 3rd at the Brookfield Eye Surgery Center (arrive 7:15 AM). My son Glenn is driving me and bringing me home. After surgery I will have 3 different eye drops, 4 times a day for a week and then fewer. I don't think I can manage them myself with my arthritis. Can the nurses put them in for me? I will bring the drops and the instructions.

Also, I lost my left hearing aid. I think it went to the laundry in my bathrobe pocket on Monday. If anyone finds a small beige hearing aid please let me know. If it's gone I'll need to make an appointment with Dr. Voss to order a new one.

Thank you!
Phyllis Tanaka, AL 231
"""
    m = mk(frm, A('wellness'), "eye drops after surgery + lost hearing aid", body, date=d)
    return m, "Phyllis Tanaka"

@reg('phi', 'self')
def self_marvin():
    d1 = D(6, 5, 11, 15)
    d2 = D(6, 5, 14, 2)
    frm = E("Marvin Goldfarb", "marvgoldfarb@northwoodsmail.com")
    q = """Dear Chef Luis,

My doctor gave me a talking-to yesterday. My A1c is 8.2 and he wants it under 7.5 by September or he's adding a shot to my pills. So - please no more desserts on my tray on the nights I do room service, and can you tell me which of the soups have the least carbohydrate? I'm also supposed to keep to about 45 grams at a meal. I don't know what that looks like.

I'm not giving up the Friday cheesecake completely. Half a slice.

Marvin Goldfarb (IL 320)
"""
    body = f"""Hi Luis,

one more thing - my daughter says I should also ask about the sugar-free syrup at Sunday brunch. Thank you for being so nice about all this.

Marv

{onwrote(d1, frm, q)}
"""
    m = mk(frm, A('luis'), "Re: my diet", body, date=d2)
    return m, "Marvin Goldfarb"

@reg('phi', 'self')
def self_shirley():
    d = D(10, 22, 13, 37)
    frm = E("Shirley Pettibone", "shirleyp1936@example.org")
    body = """Hi Nora and Tomasz,

I'm switching my drug plan during open enrollment. The new one is Clearwater Rx Saver (PDP), starts January 1. My new member ID is CWR88142077, group RXSAVER, and the card says BIN 610591. I'll bring the card to the office.

Will Tri-County pharmacy take it? My heart pills (the Entresto) are costing me $147 a month on the old plan and the new plan says $47 at a preferred pharmacy. If Tri-County is not preferred, can you fill my blister packs from somewhere else or do I have to use Tri-County because I live here?

Thanks a bunch,
Shirley (apt 322)

Sent from my Galaxy
"""
    m = mk(frm, [A('nora'), A('tomasz')], "new drug plan for January", body, date=d)
    return m, "Shirley Pettibone"

# ====================================================================== PHI: struct
@reg('phi', 'struct')
def struct_adt():
    d = D(1, 12, 15, 58)
    frm = "St. Albans Encounter Notifications <ens-noreply@stalbansregional.org>"
    hl7 = "\n".join([
        "MSH|^~\\&|EPIC|STALBANS|ENS|HARBORLINE_MTB|20240112155502||ADT^A03^ADT_A03|MSG00088412|P|2.5.1",
        "EVN|A03|20240112154800",
        "PID|1||7726458^^^STALBANS^MR||BRZEZINSKI^WALTER^J^^^^L||19360315|M|||4100 MEADOWLARK LN APT 124^^BROOKFIELD^WI^53005^USA||^PRN^PH^^^262^5550140||POL|W||440200771",
        "PV1|1|I|4W^412^B^STALBANS||||1740233851^NGUYEN^THANH^^^MD|||MED||||1|||1740233851^NGUYEN^THANH^^^MD|IN||MCR||||||||||||||||01|ASSISTED LIVING||STALBANS|||||20240109183000|20240112154800",
        "DG1|1||J18.9^Pneumonia, unspecified organism^I10||20240109|F",
        "DG1|2||I10^Essential (primary) hypertension^I10||20240109|F",
        "IN1|1|MCR|MEDICARE|MEDICARE PART A AND B|||||||||||BRZEZINSKI^WALTER^J|01|19360315|||||||||||||||||||1EG4TE5MK72",
    ])
    body = f"""This is an automated encounter notification from St. Albans Regional Medical Center.
A patient who lists your community as their residence has been DISCHARGED.

Event:     A03 - Discharge
Facility:  St. Albans Regional Medical Center, 4 West
Discharge: 01/12/2024 15:48   Disposition: 01 (Home / Assisted Living)

--- HL7 v2.5.1 ---
{hl7}
--- end ---

Notifications are sent to care partners under your data sharing agreement (DSA-2022-118).
Do not reply to this address. Questions: hie-support@stalbansregional.org
"""
    m = mk(frm, A('wellness'), "ENS: Discharge notification (A03) 01/12/2024", body, date=d)
    return m, "Walter Brzezinski"

@reg('phi', 'struct')
def struct_oru():
    d = D(10, 8, 9, 41)
    segs = [
        "MSH|^~\\&|PMLAB|PRECISION|MTB_EMAR|MAPLETERRACE|20241008093012||ORU^R01^ORU_R01|PML5512201|P|2.5.1",
        "PID|1||6604198^^^PML^PI||CALDWELL^RUTH^ANN||19370213|F|||4100 MEADOWLARK LN APT 216^^BROOKFIELD^WI^53005||2625550140",
        "ORC|RE|55121877|55121877||CM",
        "OBR|1|55121877|55121877|80048^BASIC METABOLIC PANEL^CPT4|||20241008064000|||||||||1356402287^AMSEL^LEONARD^^^MD||||||20241008092900|||F",
        "OBX|1|NM|2951-2^Sodium^LN||134|mmol/L|136-145|L|||F",
        "OBX|2|NM|2823-3^Potassium^LN||4.4|mmol/L|3.5-5.1|N|||F",
        "OBX|3|NM|2075-0^Chloride^LN||99|mmol/L|98-107|N|||F",
        "OBX|4|NM|2028-9^CO2^LN||25|mmol/L|22-29|N|||F",
        "OBX|5|NM|3094-0^BUN^LN||24|mg/dL|8-23|H|||F",
        "OBX|6|NM|2160-0^Creatinine^LN||1.1|mg/dL|0.6-1.2|N|||F",
        "OBX|7|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F",
        "NTE|1||Specimen drawn at facility by mobile phlebotomist B. Ochoa.",
    ]
    body = f"""Marisol - the BMP Dr. Amsel ordered for Mrs. Caldwell came back this morning. eMAR didn't pick up the interface file again so I'm attaching what the lab sent. Sodium a little low. Can you send it over with the BP log?

Rowena
"""
    m = mk(A('rowena'), A('marisol'), "lab result didn't cross over - 216", body, date=d,
           atts=[(("\r".join(segs) + "\r").encode(), 'application', 'octet-stream', "PML5512201.hl7")])
    return m, "Ruth Ann Caldwell"

def _isa(ctrl, date6, time4):
    return ("ISA*00*" + " " * 10 + "*00*" + " " * 10 + "*ZZ*" + "MAPLETERR01".ljust(15) + "*ZZ*" +
            "LAKELANDFC".ljust(15) + f"*{date6}*{time4}*^*00501*{ctrl:09d}*0*P*:~")

@reg('phi', 'struct')
def struct_837():
    d = D(6, 12, 10, 40)
    st = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*MT240612A*20240612*1022*CH",
        "NM1*41*2*MAPLE TERRACE AT BROOKFIELD*****46*MAPLETERR01",
        "PER*IC*NORA FELD*TE*2625550142*FX*2625550149",
        "NM1*40*2*LAKELAND FAMILY CARE*****46*LAKELANDFC",
        "HL*1**20*1",
        "NM1*85*2*MAPLE TERRACE AT BROOKFIELD*****XX*1467093825",
        "N3*4100 MEADOWLARK LANE",
        "N4*BROOKFIELD*WI*53005",
        "REF*EI*391882046",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*MABRY*IRENE****MI*3104982264",
        "N3*4100 MEADOWLARK LANE APT 305",
        "N4*BROOKFIELD*WI*53005",
        "DMG*D8*19320411*F",
        "NM1*PR*2*LAKELAND FAMILY CARE*****PI*LFC01",
        "CLM*MTB0524305*4650***13:B:1*Y*A*Y*Y",
        "HI*ABK:F03.90*ABF:Z91.81*ABF:R26.81",
        "LX*1",
        "SV1*HC:T2031:U2*4650*UN*31***1",
        "DTP*472*RD8*20240501-20240531",
    ]
    st.append(f"SE*{len(st) + 1}*0001")
    x12 = "\n".join([_isa(4417, "240612", "1022"),
                     "GS*HC*MAPLETERR01*LAKELANDFC*20240612*1022*4417*X*005010X222A1~"]
                    + [s + "~" for s in st] + ["GE*1*4417~", "IEA*1*000004417~"]) + "\n"
    body = f"""Hi Support,

Our May claim for one of our Family Care members came back on the 277CA as rejected (A7:562 - entity's identifier, subscriber). I've checked the member ID against the authorization letter and it matches, so I'm not sure what's wrong. The file we sent is attached, unchanged.

Can you tell me if it's our submitter setup or the MCO's? We have 11 other claims in the same batch that went through.

Thanks,
{sig('nora')}

{DISCLAIMER}
"""
    m = mk(A('nora'), E("ClaimBridge Support", "support@claimbridge-edi.com"),
           "Rejected 837 - batch 4417 / claim MTB0524305", body, date=d,
           atts=[(x12, 'text', 'plain', "MTB_837P_20240612_4417.txt")])
    return m, "Irene Mabry"

@reg('phi', 'struct')
def struct_fhir():
    d = D(4, 23, 17, 12)
    frm = "Tri-County RxConnect <rxconnect-alerts@tricountyltcrx.com>"
    payload = """{
  "resourceType": "Bundle",
  "id": "b7f3c2e1-ord-20240423-0198",
  "type": "message",
  "timestamp": "2024-04-23T17:08:44-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "MessageHeader",
        "eventCoding": {"system": "urn:tricounty:events", "code": "new-order"},
        "source": {"name": "RxConnect", "endpoint": "https://rxconnect.tricountyltcrx.com/fhir"},
        "destination": [{"name": "MTB eMAR", "endpoint": "https://emar.harborlinesenior.com/fhir/30418"}]
      }
    },
    {
      "resource": {
        "resourceType": "Patient",
        "id": "tc-00427795",
        "identifier": [
          {"system": "urn:tricounty:resident", "value": "00427795"},
          {"system": "urn:harborline:mrn", "value": "MTB-0221"}
        ],
        "name": [{"family": "Benavides", "given": ["Gloria", "M"]}],
        "gender": "female",
        "birthDate": "1938-11-19",
        "address": [{"line": ["4100 Meadowlark Ln Apt 221"], "city": "Brookfield", "state": "WI", "postalCode": "53005"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "rx-6624410",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "197381", "display": "atenolol 25 MG Oral Tablet"}]
        },
        "subject": {"reference": "Patient/tc-00427795"},
        "authoredOn": "2024-04-23",
        "requester": {"display": "Leonard Amsel, MD"},
        "dosageInstruction": [{"text": "Take 1 tablet by mouth once daily. Hold if pulse < 55 or SBP < 100.",
                               "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d", "timeOfDay": ["08:00:00"]}}}],
        "dispenseRequest": {"quantity": {"value": 30, "unit": "tablet"}, "numberOfRepeatsAllowed": 5},
        "note": [{"text": "New start after ED visit 4/9. Start 4/24 AM pass."}]
      }
    }
  ]
}"""
    body = f"""RxConnect could not deliver an order to your eMAR.

Facility:   Maple Terrace at Brookfield (30418)
Error:      422 Unprocessable Entity - eMAR rejected "timeOfDay" (no matching med pass at 08:00; facility passes are 07:30/12:00/17:00/20:00)
Action:     Enter this order manually in the eMAR or map the administration time, then click Retry in RxConnect.

Payload:
{payload}

-- RxConnect by Tri-County Long Term Care Pharmacy. Automated message; do not reply.
"""
    m = mk(frm, [A('wellness'), A('tomasz')], "[RxConnect] Order delivery failed - new order rx-6624410", body, date=d)
    return m, "Gloria Benavides"

@reg('phi', 'struct')
def struct_ccd():
    d = D(5, 13, 13, 55)
    frm = E("Ridgeview Rehabilitation - Medical Records", "hirecords@ridgeviewrehab.com")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7719.1" extension="RVR-CCD-20240513-0447"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Ridgeview Rehabilitation - Transition of Care Summary</title>
  <effectiveTime value="20240513120000-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7719.2" extension="RV-208834"/>
      <addr use="HP"><streetAddressLine>4100 Meadowlark Lane Apt 404</streetAddressLine><city>Brookfield</city><state>WI</state><postalCode>53005</postalCode></addr>
      <telecom value="tel:+1-262-555-0106" use="HP"/>
      <patient>
        <name><given>Eugene</given><given>F</given><family>Ostrowski</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19390822"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Chronic obstructive pulmonary disease with acute exacerbation (J44.1) - resolving</item>
        <item>Heart failure with preserved ejection fraction (I50.32)</item>
        <item>Deconditioning / generalized weakness (R53.81)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Discharge Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Directions</th></tr></thead><tbody>
        <tr><td>tiotropium 18 mcg inhaler</td><td>1 capsule inhaled daily</td></tr>
        <tr><td>albuterol HFA 90 mcg</td><td>2 puffs q4h PRN wheeze</td></tr>
        <tr><td>furosemide 20 mg</td><td>1 tab daily; weigh daily, call if gain &gt; 3 lb</td></tr>
        <tr><td>prednisone 10 mg</td><td>taper: 2 tabs x 3 days then 1 tab x 3 days then stop</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>Sulfa antibiotics - rash</text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan</title>
      <text>Return to Maple Terrace independent living with home health PT/OT and nursing. Oxygen 2 L/min with exertion and at night. Follow up Dr. Amsel within 7 days.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Please find the transition of care document attached for your resident returning today.
Sent via Ridgeview Secure Records. If you received this in error, notify hirecords@ridgeviewrehab.com and delete it.

Ridgeview Rehabilitation & Skilled Care | HIM Department | (262) 555-0620
"""
    m = mk(frm, A('dana'), "Transition of Care document - RVR-CCD-20240513-0447", body, date=d,
           atts=[(xml, 'text', 'xml', "RVR-CCD-20240513-0447.xml")])
    return m, "Eugene Ostrowski"

@reg('phi', 'struct')
def struct_emar():
    d = D(3, 18, 6, 0)
    frm = "CareTrack eMAR <reports@caretrack-emar.net>"
    rows = [
        "FAC|RES_ID|RESIDENT|RM|MEDICATION|SCHED|STATUS|REASON|STAFF",
        "30418|MTB-0118|GUSTAFSON, HAROLD|118|DONEPEZIL 10MG TAB|03/17 20:00|REFUSED|RES REFUSED X2, GIVEN 21:10|TWROBEL",
        "30418|MTB-0203|COLUMBO, HARRIET|203|NITROFURANTOIN 100MG CAP|03/17 20:00|NOT GIVEN|ASLEEP, REATTEMPT 21:00 GIVEN|TWROBEL",
        "30418|MTB-0126|HALE, VERNON|126|FUROSEMIDE 40MG TAB|03/17 07:30|LATE|GIVEN 09:05 - AT APPT|RDIZON",
        "30418|MTB-0238|DUNBAR, LORETTA|238|OXYCODONE 5MG TAB PRN|03/17 14:20|PRN GIVEN|PAIN 6/10 CHIN/JAW, F/U 15:20 3/10|RDIZON",
        "30418|MTB-0231|TANAKA, PHYLLIS|231|LATANOPROST 0.005% OPH|03/17 20:00|MISSED|NOT DOCUMENTED|-",
    ]
    body = ("CareTrack eMAR - Daily Exception Report\n"
            "Facility 30418 Maple Terrace at Brookfield | Period 03/17/2024 00:00 - 23:59\n"
            "Generated 03/18/2024 06:00 CDT\n\n"
            + "\n".join(rows) +
            "\n\n5 exceptions (1 missed, 1 refused, 1 late, 1 not given, 1 PRN)\n"
            "Open in CareTrack to document follow-up. You are subscribed to this report as Wellness Director.\n")
    m = mk(frm, [A('dana'), A('marisol')], "CareTrack Daily Exception Report - 03/17/2024", body, date=d)
    return m, "Harold Gustafson; Harriet Columbo; Vernon Hale; Loretta Dunbar; Phyllis Tanaka"

@reg('phi', 'struct')
def struct_pendant():
    d = D(9, 6, 4, 19)
    frm = "SafeStep Alerts <alerts@safestep-monitoring.com>"
    body = """{
  "event_id": "evt_01J7B9QK4M2T",
  "type": "fall.detected",
  "community": {"id": "MTB-30418", "name": "Maple Terrace at Brookfield"},
  "resident": {
    "id": "r_5521",
    "name": "Opal Renfro",
    "unit": "AL 120",
    "dob": "1936-01-29",
    "care_level": "AL1",
    "notes": "uses rollator; hard of hearing L ear"
  },
  "device": {"type": "pendant", "serial": "SS-PD4-0091732", "battery_pct": 64},
  "detected_at": "2024-09-06T04:16:51-05:00",
  "location": "bathroom",
  "fall_confidence": 0.93,
  "vitals_at_event": {"heart_rate": 104},
  "escalation": [
    {"at": "2024-09-06T04:16:55-05:00", "to": "caregiver-app", "status": "delivered"},
    {"at": "2024-09-06T04:18:02-05:00", "to": "caregiver-app", "status": "acknowledged", "by": "A. Boateng"},
    {"at": "2024-09-06T04:19:40-05:00", "to": "nurse-on-call", "status": "paged"}
  ]
}
"""
    m = mk(frm, [A('wellness'), A('dana')], "[SafeStep] fall.detected - AL 120 - 04:16", body, date=d,
           extra={"X-SafeStep-Event": "fall.detected"})
    return m, "Opal Renfro"

# ====================================================================== CLEAN: admin
@reg('clean', 'admin')
def admin_supplies():
    d = D(2, 20, 11, 5)
    to = E("Harborline Purchasing", "purchasing@harborlinesenior.com")
    body = f"""Hi Purchasing,

Please add the following to our Thursday order (Maple Terrace, cost center 30418-410 Wellness):

  12 cs   nitrile exam gloves, M (we're out of M, L is fine)
   6 cs   nitrile exam gloves, L
  10 cs   adult briefs, L/XL (the tab style, not pull-ups)
   4 cs   underpads 30x36
   2      adult BP cuffs, large adult size, for the wellness office
   1      digital thermometer probe covers, 2000 ct
   3 bx   alcohol prep pads
   2      sharps containers, 2 gal
   1      pulse oximeter (fingertip) - the one in the 2nd floor med cart is cracked

We're also almost out of the med cup sleeves and the tamper-evident bags the pharmacy wants for controlled returns. If those are still on backorder can you tell me the ETA?

Thanks!
Ama Boateng
Lead Caregiver
{ORG}
(262) 555-0154
"""
    m = mk(A('ama'), to, "Thursday supply order - wellness / caregiving", body, date=d, cc=A('nora'))
    return m, ""

@reg('clean', 'admin')
def admin_fridge():
    d = D(6, 24, 14, 30)
    body = f"""Med techs and nurses,

Two reminders after the pharmacy consultant's visit on Friday:

1. Med room refrigerator temps must be logged twice a day (start of day shift and start of evening shift), on the sheet taped to the door. Range is 36-46 F. If it's out of range: do not use the insulin or eye drops in it, move everything to the backup fridge in the wellness office, call Ray for the unit, and call me. We had three blank days in June.

2. Pharmacy delivery times changed as of 7/1: the regular run is now 4:30-6:00 pm (not 2 pm) and STAT deliveries are within 4 hours if called in before 5 pm. Check the tote against the manifest before the driver leaves and put the manifest in the tray, not the trash.

Also please stop storing staff lunches in the med fridge. You know who you are.

Dana

{sig('dana')}
"""
    m = mk(A('dana'), [A('marisol'), A('tomasz'), A('rowena'), E("Fabienne Desrosiers", f"fdesrosiers@{DOM}")],
           "med fridge temps + new pharmacy delivery times", body, date=d)
    return m, ""

@reg('clean', 'admin')
def admin_it_downtime():
    d = D(9, 17, 15, 0)
    frm = "Harborline IT Service Desk <servicedesk@harborlinesenior.com>"
    body = """PLANNED DOWNTIME - CareTrack eMAR and Resident Portal

When:     Saturday, September 21, 2:00 AM - 4:00 AM Central
Affects:  CareTrack eMAR (all communities), med cart tablets, resident/family portal
Why:      Vendor upgrade to CareTrack 8.4 (new PRN effectiveness prompts, faster barcode scanning)

What you need to do:
  * Night shift med techs: print the downtime MAR report for your hall by 1:30 AM (Reports > Downtime > 24h MAR).
  * Document any doses given 2:00-4:00 AM on the paper downtime MAR and enter them after the system is back, with the actual administration time.
  * Controlled substance counts continue on paper as usual.
  * Do not restart the med cart tablets during the window.

After the upgrade, every user will be asked to sign in again with their network password. Badge tap will work from Monday.

Questions: Service Desk (888) 555-0177 or reply to ticket CHG0012209.

Harborline Senior Communities - Information Technology
"""
    m = mk(frm, "All Community Clinical Staff <clinical-all@harborlinesenior.com>",
           "[Planned Downtime] CareTrack eMAR - Sat 9/21 2-4 AM", body, date=d, html=True)
    return m, ""

@reg('clean', 'admin')
def admin_facilities():
    d = D(4, 15, 7, 45)
    body = f"""Good morning all,

Facilities notes for this week:

- Elevator B (by the bistro) is out of service Tue 4/16 8 am - 3 pm for the state inspection. Use Elevator A. Residents who use wheelchairs on 3 may need an escort - Bonnie's team will station someone at the A landing from 11:15 to 1 for lunch.
- Generator load test Wednesday 4/17 at 10:00, about 20 minutes. Lights in the hallways will flicker and the call system will reset once. The call system panel will beep when it comes back; nursing, please do a quick hall sweep afterwards.
- Fire drill (unannounced to residents, but you all know now) sometime this week on second shift.
- The 2nd floor tub room whirlpool is fixed. New heater element installed Friday.
- Please don't prop the memory care courtyard door. The mag lock alarm has gone off 6 times this month.

Work orders through FixFlow as always, or radio channel 3 for urgent stuff.

Ray Dumont
Maintenance Supervisor
{ORG}
(262) 555-0163 | cell (414) 555-0102
"""
    m = mk(A('ray'), f"All Staff <allstaff@{DOM}>", "Elevator B, generator test, fire drill this week", body, date=d)
    return m, ""

@reg('clean', 'admin')
def admin_qapi():
    d = D(3, 7, 10, 0)
    start = datetime.datetime(2024, 3, 14, 14, 0)
    end = datetime.datetime(2024, 3, 14, 15, 30)
    att = [(STAFF[k][0], f"{STAFF[k][1]}@{DOM}") for k in ('dana', 'marisol', 'nora', 'luis', 'ray', 'bonnie', 'greg')]
    cal = ics("QAPI Committee - Q1", start, end, "Conference Room B", ("Patricia Lindqvist", f"plindqvist@{DOM}"),
              att, "Agenda: falls trend and bed alarm trial\\, hospital transfers and readmissions\\, infection log"
              " (respiratory season)\\, med error rate\\, dining temp logs\\, call light response times.",
              "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@mapleterraceliving.com")
    body = f"""Hi everyone,

Q1 QAPI meeting is Thursday 3/14, 2:00-3:30 in Conference Room B. Please bring:

- Dana: falls trend (Jan-Feb + first half of March), transfer/readmission numbers, infection log summary, med error rate
- Luis: food temp logs and the dietary audit results
- Ray: call light response report from the nurse call system, and the work order backlog
- Greg: resident council concerns and grievance log summary
- Bonnie: participation numbers for the exercise classes

Aggregate numbers only on the slides please, no resident names - this packet goes to regional.

Thanks,
Patricia

{sig('patricia')}
"""
    m = mk(A('patricia'), [f"{STAFF[k][0]} <{STAFF[k][1]}@{DOM}>" for k in ('dana', 'marisol', 'nora', 'luis', 'ray', 'bonnie', 'greg')],
           "QAPI Committee - Q1 - Thu 3/14 2:00", body, date=d,
           atts=[(cal, 'text', 'calendar', "invite.ics")])
    return m, ""

@reg('clean', 'admin')
def admin_rates():
    d = D(9, 3, 16, 22)
    doc = docx(["**Maple Terrace at Brookfield", "**Notice of 2025 Rate and Care Fee Changes", "",
                "[Date]", "", "Dear [Resident / Responsible Party],",
                "As required by your residency agreement, we are giving at least 30 days' notice of changes to our monthly rates effective January 1, 2025.",
                "Independent Living base rent will increase 4.5%. Assisted Living base rent will increase 4.9%.",
                "Assisted Living care levels: Level 1 $1,150 -> $1,210; Level 2 $1,980 -> $2,080; Level 3 $2,640 -> $2,770; Level 4 $3,410 -> $3,580.",
                "Medication management for Independent Living residents: $395 -> $415 per month. Medication reminder calls: $95 -> $100 per month.",
                "Blood pressure and weight checks at the wellness office remain free of charge for all residents.",
                "Incontinence supplies continue to be billed at cost plus 10%.",
                "If you have questions, please contact the Business Office at (262) 555-0142.",
                "Sincerely,", "Patricia Lindqvist, Executive Director"])
    body = f"""Patricia,

Draft of the 2025 rate letter attached, numbers from the budget regional approved on 8/28. Mail-merge fields are in brackets. I need to mail by 11/25 at the latest for the 30-day notice but I'd like to get it out 10/31 so families have it before the holidays.

Two things to decide:
1. Do we grandfather the 3 IL residents who signed up for med management in the last 90 days at the old rate?
2. Do we call out the BP checks as free again? Some residents were charged for clinic visits in Q1 before we fixed the billing code.

{sig('nora')}
"""
    m = mk(A('nora'), A('patricia'), "2025 rate letter - draft for review", body, date=d,
           atts=[(doc, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                  "2025_Rate_Letter_DRAFT_v2.docx")])
    return m, ""

@reg('clean', 'admin')
def admin_contract():
    d1 = D(10, 1, 13, 10)
    d2 = D(10, 2, 9, 20)
    frm = E("Marcus Oyelowo", "moyelowo@lakelandfamilycare.org")
    q = f"""Dear Provider,

Lakeland Family Care is issuing Amendment 4 to the Residential Services Agreement (Agreement No. LFC-RSA-2021-0318), effective January 1, 2025:

1. Monthly CBRF rates by tier: Tier 1 $3,215; Tier 2 $3,780; Tier 3 $4,650 (unchanged); Tier 4 $5,290.
2. Room and board remains the member's responsibility and is not included in the rates above.
3. Claims must be submitted on the 837P within 90 days of the last date of service. Claims beyond 365 days will be denied without appeal.
4. Providers must notify the member's care team within 24 hours of any ER visit, hospital admission, fall with injury, or medication error (Section 7.2, revised).
5. Bed-hold days for hospital stays: up to 14 days per calendar year paid at 75% of the tier rate.

Please sign and return the signature page by November 15, 2024 via the provider portal.

Marcus Oyelowo
Provider Network Specialist | Lakeland Family Care
(262) 555-0870
"""
    body = f"""Patricia - the Family Care amendment. Tier 3 stays flat, which is most of our waiver residents, so net it's basically a wash. The 24-hour notification is the big change - that means the nurse on duty calls the MCO care team for every ER send-out, not just admits. Dana will need to build that into the transfer checklist.

OK to sign?

Nora

{fwd(d1, frm, A('nora'), 'Amendment 4 - Residential Services Agreement LFC-RSA-2021-0318', q)}
"""
    m = mk(A('nora'), A('patricia'), "Fwd: Amendment 4 - Residential Services Agreement LFC-RSA-2021-0318", body,
           date=d2, cc=A('dana'))
    return m, ""

# ====================================================================== CLEAN: lookalike
@reg('clean', 'lookalike')
def look_invoice():
    d = D(3, 1, 6, 14)
    frm = "Crestline Medical Supply <ar-invoices@crestlinemed.com>"
    body = """INVOICE 0091-448217                          Invoice date: 02/29/2024
Bill to:  Harborline Senior Communities (Acct 771203)
Ship to:  Maple Terrace at Brookfield, 4100 Meadowlark Ln, Brookfield WI 53005
Customer PO: HSC-30418-24-0227     Terms: Net 30     Due: 03/30/2024

Line  Item #       Description                              Qty  UOM   Unit      Ext
 1    NGL-42104    Nitrile exam glove, medium, 200/bx       12   CS    64.80    777.60
 2    NGL-42105    Nitrile exam glove, large, 200/bx         6   CS    64.80    388.80
 3    BRF-88310    Adult brief, L/XL, tab closure, 72/cs    10   CS    58.25    582.50
 4    UPD-30361    Underpad 30x36, heavy, 150/cs             4   CS    41.10    164.40
 5    BPC-1127L    BP cuff, large adult, 2-tube               2   EA    18.95     37.90
 6    TPC-2000     Thermometer probe cover, 2000 ct           1   BX    22.40     22.40
 7    SHP-0200     Sharps container 2 gal, red                2   EA     6.35     12.70
                                                                   Subtotal  1,986.30
                                                                   Freight      42.00
                                                                   Total     2,028.30

Shipped 02/28/2024 via FedEx Ground, tracking 7749 2210 4481 0367 (2 pallets)
Lot numbers on request. Backordered: TEB-0450 tamper-evident bags, ETA 03/15.

Pay online at pay.crestlinemed.com or remit to PO Box 88120, Milwaukee WI 53288-0120.
Questions: AR (800) 555-0163, ext 2.
"""
    m = mk(frm, "ap@harborlinesenior.com", "Invoice 0091-448217 / PO HSC-30418-24-0227", body, date=d,
           cc=A('nora'),
           atts=[(pdf(body.split("\n"), "Invoice 0091-448217"), 'application', 'pdf', "INV_0091-448217.pdf")])
    return m, ""

@reg('clean', 'lookalike')
def look_vaccine():
    d = D(9, 24, 12, 3)
    frm = E("Brianna Koenig, PharmD", "bkoenig@northpointrx.com")
    body = f"""Hi Marisol,

Shipment for the 10/8 clinic is confirmed. Here's what's coming so you can check it in:

Product                               NDC             Lot        Exp         Doses
Fluzone High-Dose 2024-25 (PFS)       49281-0124-65   UT8214HA   06/30/2025  30
Flucelvax 2024-25 (PFS)               70461-0654-03   413877B    06/30/2025  10
Arexvy (RSV) - on request only        58160-0848-11   K7X29      02/28/2026   0

Cold chain: shipper SN CC-44-2019377, data logger SN TLG-80155214. Logger starts at pack-out; please leave it in the box and we'll read it at the clinic. Tracking (UPS Next Day Air): 1Z 4F7 W21 01 8840 1276.

Store at 36-46 F. Do not freeze. We'll bring 2 pharmacists, the VIS sheets, and the Medicare billing forms.

Brianna Koenig, PharmD, Immunizing Pharmacist
Northpoint Pharmacy - Community Clinics
NPI 1184725093 | WI RPh Lic. 18842-40
(262) 555-0480

{DISCLAIMER2}
"""
    m = mk(frm, A('marisol'), "Vaccine shipment details - 10/8 clinic", body, date=d)
    return m, ""

@reg('clean', 'lookalike')
def look_directory():
    d = D(1, 8, 9, 30)
    body = f"""All,

Updated visiting provider directory for 2024 below, also posted at the wellness desk and in the med room. Please shred the old one (the Dec 2023 version still had Dr. Pruitt's old fax).

PROVIDER                      SPECIALTY        NPI          WI LIC #     PHONE            FAX              DAYS ON SITE
Leonard Amsel, MD             Geriatrics       1356402287   54871-20     (262) 555-0210   (262) 555-0211   Tue AM
Priya Venkataraman, NP        Geriatrics       1609287745   12204-33     (262) 555-0210   (262) 555-0211   Thu
Lucia Ferreira, DPM           Podiatry         1427190386   1398-41      (262) 555-0450   (262) 555-0451   2nd Fri
Howard Pruitt, DDS            Dentistry        1881640273   5520-15      (262) 555-0530   (262) 555-0532   monthly
Anita Voss, AuD               Audiology        1720058194   2207-159     (262) 555-0545   (262) 555-0546   by appt
Kelsey Marchand, PT, DPT      BrightPath PT    1992874450   4410-24      (262) 555-0311   (262) 555-0312   per referral
Tri-County LTC Pharmacy       Pharmacy         1548263071   NCPDP 5193366 (262) 555-0390  (262) 555-0391   M-Sat
Heartwood Hospice             Hospice          1033682915   -            (262) 555-0901   (262) 555-0902   24/7

After hours physician line (Lakeshore Geriatrics answering service): (262) 555-0299

{sig('wellness')}
"""
    m = mk(A('dana'), f"Clinical Staff <clinical@{DOM}>", "2024 visiting provider directory", body, date=d,
           html=True)
    return m, ""

@reg('clean', 'lookalike')
def look_codes():
    d = D(2, 2, 11, 47)
    frm = E("Sheila Brandauer", "sbrandauer@lakeshoregeriatrics.com")
    body = f"""Hi Dana,

As promised, the codes Dr. Amsel and Priya bill for the on-site clinic days, so your team knows what the forms mean. This is our cheat sheet, no resident info on it.

Visits (place of service 13 - assisted living)
  99334 / 99335 / 99336 / 99337   (2023+: 99341-99350 home/residence visit family)
  99349  established, moderate MDM
  99350  established, high MDM
  G0438  Annual Wellness Visit, initial
  G0439  Annual Wellness Visit, subsequent
  99497  Advance care planning, first 30 min  (+99498 each addl 30)
  G2211  complexity add-on
  99490  chronic care management, 20 min/mo

Common dx pointers we see on the AL side
  Z00.00 / Z00.01  general exam
  Z91.81  history of falling
  R26.81  unsteadiness on feet
  Z79.01  long-term anticoagulant use
  Z71.89  counseling, other

Orders forms: please use the v2024.1 fax cover (has the new fax # 262-555-0211) - the old cover page sends to a disconnected line.

Sheila Brandauer
Practice Manager, Lakeshore Geriatrics
(262) 555-0212
"""
    m = mk(frm, A('dana'), "billing codes for on-site clinic days", body, date=d)
    return m, ""

@reg('clean', 'lookalike')
def look_ticket():
    d = D(7, 17, 10, 22)
    frm = "Harborline IT Service Desk <servicedesk@harborlinesenior.com>"
    body = """Your incident has been updated.

Incident:        INC0048213
Caller:          Tomasz Wrobel (twrobel)
Location:        Maple Terrace at Brookfield - 2nd floor med room
Category:        Clinical Devices > Med Cart Tablet
Short desc:      Barcode scanner on med cart #2 not reading wristbands/blister packs
Asset tag:       HSC-MT-01877      Serial: R52T90AXK4L      Model: Zebra DS2278
Paired tablet:   HSC-MT-01544 (Galaxy Tab Active4 Pro), SN R9PW41C0M7J
Priority:        3 - Moderate
State:           Awaiting Parts
Assigned to:     Dwayne Hollister (Field Services)

Work notes (07/17/2024 10:19):
Re-paired scanner; fails on 2D codes only. Cradle contacts corroded. Replacement cradle ordered, PO 55-88710, ETA 07/19. Loaner scanner HSC-MT-00411 left with med tech. Please return loaner when replacement installed.

To view or respond, reply to this email keeping "INC0048213" in the subject, or call (888) 555-0177.
"""
    m = mk(frm, A('tomasz'), "Incident INC0048213 has been updated - Awaiting Parts", body, date=d,
           cc=A('dana'))
    return m, ""

@reg('clean', 'lookalike')
def look_stats():
    d = D(7, 10, 17, 5)
    body = f"""Patricia,

Q2 clinical numbers for the regional dashboard. Census and resident days from Nora's occupancy report.

                              Apr     May     Jun     Q2     Q1
AL census (avg)               62      63      61      62     60
IL census (avg)               88      87      89      88     86
MC census (avg)               14      14      15      14     14
Resident days (AL+MC)        2,280   2,387   2,280   6,947  6,734
Falls                         14      11       9      34     41
  falls w/ injury              4       3       2       9     12
  falls / 1,000 res days      6.1     4.6     3.9    4.9    6.1
ED transfers                   5       4       3      12     15
Hospital admissions            3       2       2       7      9
30-day readmissions            1       0       1       2      3
Med errors (reported)          3       2       1       6      8
Call light avg response      4:12    3:48    3:31   3:50   4:35  (min:sec)
Flu/COVID cases (res)          0       0       0       0      7

Falls down 17% quarter over quarter, which lines up with the bed alarm trial and the tai chi class (Bonnie says avg 18 per session). Readmissions are small numbers so I wouldn't read much into it.

Dana
"""
    rows = [["Metric", "Apr", "May", "Jun", "Q2", "Q1"], ["Falls", 14, 11, 9, 34, 41], ["Falls with injury", 4, 3, 2, 9, 12],
            ["Falls per 1000 resident days", 6.1, 4.6, 3.9, 4.9, 6.1], ["ED transfers", 5, 4, 3, 12, 15],
            ["Hospital admissions", 3, 2, 2, 7, 9], ["30-day readmissions", 1, 0, 1, 2, 3], ["Med errors", 3, 2, 1, 6, 8]]
    m = mk(A('dana'), A('patricia'), "Q2 clinical dashboard numbers", body, date=d,
           atts=[(xlsx(rows, "Q2"), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  "MTB_Q2_2024_clinical.xlsx")])
    return m, ""

@reg('clean', 'lookalike')
def look_license():
    d = D(8, 6, 14, 55)
    body = f"""Hi all - just so everyone has the numbers in one place for the survey binder (the state DQA window opens in September):

  CBRF license #:            0041882 (capacity 78), renewal due 11/30/2024
  RCAC certification #:      RCAC-2209 (IL apartments, 96 units)
  CLIA Certificate of Waiver: 52D2118407, exp 05/31/2025 (glucometers, urine dipsticks, COVID/flu rapid)
  Food license:              FSL-WA-24-00712, inspected 06/12/2024, no violations
  Elevator permits:          A - WI-ELV-66104 / B - WI-ELV-66105, inspected 04/16/2024
  Fire inspection:           03/22/2024, 1 correction (exit sign bulb) - closed 03/25
  Last full survey:          10/17/2022 - 10/19/2022; plan of correction accepted 11/30/2022
  Employer FEIN:             39-1882046

Dana's nursing license (RN 194620-30) and Marisol's (LPN 38811-31) are posted in the wellness office; med tech registry printouts are in the HR binder. Please check your own badge photo is current.

Patricia

{sig('patricia')}

{DISCLAIMER}
"""
    m = mk(A('patricia'), [A('dana'), A('nora'), A('ray'), A('luis'), A('carla')],
           "License / cert numbers for survey binder", body, date=d)
    return m, ""

# ====================================================================== CLEAN: news
@reg('clean', 'news')
def news_terrace_times():
    d = D(10, 1, 8, 0)
    frm = f"The Terrace Times <news@{DOM}>"
    text = f"""THE TERRACE TIMES - October 2024
News for residents, families and friends of {ORG}

FLU & COVID CLINIC - TUESDAY, OCTOBER 8
Northpoint Pharmacy will be in the Garden Room from 9:00 to noon. Bring your Medicare and drug plan cards. Sign up at the wellness desk by Friday 10/4. Can't make it? The wellness office will help you find another date.

FALL INTO FITNESS
Tai Chi for Better Balance meets Monday, Wednesday and Friday at 10:30 in the Fitness Studio. Chair Yoga moves to Tuesdays at 2:00. Our group walks the Meadowlark loop every morning at 9 - weather permitting - and we have new walking poles to borrow.

FROM THE WELLNESS OFFICE
Blood pressure and weight checks are free Monday-Friday, 1:00-3:00. October is a great time to update the "File of Life" on your refrigerator. If your medications have changed since spring, stop by and we'll print a new list for you.

DINING
Chef Luis's harvest menu starts October 14: butternut squash bisque, apple-cider glazed pork loin and a pumpkin cheesecake (there will be a no-sugar-added version). Resident Dining Committee meets October 17 at 3:00.

OUTINGS
Oct 10 - Apple orchard and cider mill (bus leaves 9:30)
Oct 19 - Milwaukee Symphony matinee (bus leaves 12:45)
Oct 31 - Halloween parade with the Little Sprouts preschool, front lobby 10:00

FROM THE MAINTENANCE TEAM
Furnace filters are being changed in all apartments the week of October 21. Ray's team will knock and announce themselves.

Questions? Concierge desk {MAIN}.
You are receiving this because you signed up for the Terrace Times. To unsubscribe, reply with UNSUBSCRIBE.
"""
    html = f"""<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<img src="cid:mtlogo01@mapleterraceliving.com" alt="Maple Terrace" width="240" height="80">
<h1 style="color:#3c6e47">The Terrace Times &ndash; October 2024</h1>
<p><i>News for residents, families and friends of {ORG}</i></p>
<h2>Flu &amp; COVID clinic &ndash; Tuesday, October 8</h2>
<p>Northpoint Pharmacy will be in the Garden Room from 9:00 to noon. Bring your Medicare and drug plan cards. Sign up at the wellness desk by Friday 10/4.</p>
<h2>Fall into fitness</h2>
<p>Tai Chi for Better Balance meets Monday, Wednesday and Friday at 10:30 in the Fitness Studio. Chair Yoga moves to Tuesdays at 2:00.</p>
<h2>From the wellness office</h2>
<p>Blood pressure and weight checks are free Monday&ndash;Friday, 1:00&ndash;3:00. October is a great time to update the &ldquo;File of Life&rdquo; on your refrigerator.</p>
<h2>Dining</h2><p>Chef Luis's harvest menu starts October 14.</p>
<h2>Outings</h2><ul><li>Oct 10 &ndash; Apple orchard and cider mill</li><li>Oct 19 &ndash; Milwaukee Symphony matinee</li><li>Oct 31 &ndash; Halloween parade with the Little Sprouts preschool</li></ul>
<p style="font-size:9pt;color:#777">Concierge desk {MAIN}. To unsubscribe, reply with UNSUBSCRIBE.</p>
</body></html>"""
    m = mk(frm, f"Terrace Times Subscribers <terrace-times@{DOM}>", "The Terrace Times - October 2024", text,
           date=d, html=html, extra={"List-Unsubscribe": f"<mailto:news@{DOM}?subject=UNSUBSCRIBE>"})
    hp = m.get_body(('html',))
    hp.add_related(png(240, 80, "logo"), 'image', 'png', cid="<mtlogo01@mapleterraceliving.com>",
                   filename="mt_logo.png")
    return m, ""

@reg('clean', 'news')
def news_county():
    d = D(9, 12, 10, 30)
    frm = "Waukesha Valley Health Department <bulletins@wvhealthdept.org>"
    body = """HEALTH ADVISORY BULLETIN - Respiratory Virus Season 2024-2025
For: long-term care, assisted living (CBRF/RCAC) and adult day programs

Summary
- Updated 2024-2025 COVID-19 vaccines are recommended for everyone 6 months and older; adults 65+ should plan for a second dose 6 months after the first.
- Influenza vaccination is recommended for all residents and staff; high-dose or adjuvanted vaccine is preferred for adults 65+.
- A single dose of RSV vaccine is recommended for all adults 75+ and for adults 60-74 at increased risk, including residents of long-term care facilities. RSV vaccine is not an annual vaccine.

Outbreak reporting
Facilities must report suspected outbreaks to the health department within 24 hours: 3 or more residents or staff with new respiratory symptoms within 72 hours on the same unit, or any lab-confirmed influenza in a resident. Call the Communicable Disease line at (262) 555-0800.

Regional data (through week 36)
Influenza positivity 0.8%; COVID-19 positivity 9.4% (declining for 3 weeks); RSV positivity 0.3%. Last season the county recorded 41 LTC respiratory outbreaks; 68% were COVID-19.

Resources: vaccine ordering, outbreak toolkits and signage at wvhealthdept.org/ltc

You are subscribed to the Waukesha Valley Health Department partner bulletin list.
"""
    m = mk(frm, "ltc-partners@lists.wvhealthdept.org", "Health Advisory: Respiratory Virus Season 2024-25 for LTC/AL",
           body, date=d, extra={"List-Id": "LTC Partners <ltc-partners.lists.wvhealthdept.org>"})
    return m, ""

@reg('clean', 'news')
def news_vendor():
    d = D(5, 7, 9, 15)
    frm = "SafeStep Monitoring <hello@safestep-monitoring.com>"
    body = """Introducing SafeStep Room Sense: fall detection without a pendant

Hi Dana,

Residents forget pendants. They take them off in the shower, they leave them on the nightstand. Room Sense is a wall-mounted radar sensor (no camera) that detects falls, long bathroom visits and nighttime wandering - and sends alerts to the same caregiver app your team already uses.

What communities are seeing*
 - 31% fewer unwitnessed falls after 6 months
 - Median time-to-assist down from 11 minutes to 3.5 minutes
 - 22% fewer ED transfers after falls

Pilot offer for existing SafeStep partners: 10 rooms free for 90 days, installation included.

Book a 20-minute demo: safestep-monitoring.com/roomsense

*Aggregate results from 14 partner communities, 2023. Individual results vary.

SafeStep Monitoring, Inc. | 1200 Commerce Pkwy, Suite 400, Madison, WI 53718
Unsubscribe | Update preferences
"""
    m = mk(frm, A('dana'), "Dana, fall detection that works without a pendant", body, date=d, html=True)
    return m, ""

@reg('clean', 'news')
def news_association():
    d = D(2, 27, 7, 0)
    frm = "Badger State Senior Living Association <updates@bsslassociation.org>"
    body = """BSSLA Regulatory Update - February 2024

1. DQA CBRF rule revisions (DHS 83) - public comment period
The Department has opened comment on proposed revisions to medication administration training requirements. Highlights: an increase from 6 to 8 hours of supervised skills practice for unlicensed staff, annual competency re-verification, and a new requirement for a written PRN effectiveness follow-up policy. Comments due March 29. BSSLA will submit a member letter; send input to policy@bsslassociation.org.

2. Staffing survey results
86 member communities responded. Median caregiver starting wage $17.25/hr (up 6% from 2023). Median turnover 48%. 71% of communities use agency staff at least weekly.

3. Family Care rates
The MCO rate workgroup meets March 12. BSSLA is asking for a 5% increase across tiers.

4. Upcoming education
- Mar 14 webinar: Survey readiness - the top 10 CBRF citations of 2023
- Apr 9-10: Spring Conference, Wisconsin Dells
- May 2 webinar: Dementia care staffing models

Members-only resources at bsslassociation.org/members.
"""
    m = mk(frm, A('patricia'), "BSSLA Regulatory Update - February 2024", body, date=d, cc=None,
           extra={"List-Id": "BSSLA Members <members.bsslassociation.org>"})
    return m, ""

@reg('clean', 'news')
def news_research():
    d = D(8, 15, 12, 0)
    frm = "Harborline Clinical Quality <clinicalquality@harborlinesenior.com>"
    body = """CLINICAL QUALITY BRIEF - August 2024
Harborline Senior Communities | for wellness directors and executive directors

This month: what the evidence says about exercise and falls in assisted living

- A 2023 meta-analysis of 59 randomized trials in older adults living in the community found that exercise programs reduced the rate of falls by about 23%. Programs that combined balance and functional exercise, and tai chi, showed the most consistent effect.
- Effects in long-term care settings are smaller and less certain, especially for residents with moderate-to-severe dementia.
- Benefit depends on dose: programs delivering roughly 3 hours per week, sustained for 12 weeks or more, performed best.

Harborline data
Across our 11 communities, falls per 1,000 resident days dropped from 6.4 (H2 2023) to 5.2 (H1 2024). The 4 communities that added 3x-weekly balance classes saw a 24% decline vs. 9% in the others. This is observational data and not adjusted for case mix.

Action items
- Offer at least one balance-focused class 3x per week (tai chi, Otago-style, or chair-based balance).
- Track attendance monthly; report in QAPI.
- Pair with medication review for residents on 4+ fall-risk-increasing drugs.

Questions: Jeanette Morrow, RN, VP Clinical Services - (888) 555-0150
"""
    m = mk(frm, "Wellness Directors <wellness-directors@harborlinesenior.com>",
           "Clinical Quality Brief - exercise and falls", body, date=d, cc="Executive Directors <eds@harborlinesenior.com>")
    return m, ""

@reg('clean', 'news')
def news_heat():
    d = D(7, 15, 11, 45)
    frm = E("Jeanette Morrow, RN", "jmorrow@harborlinesenior.com")
    body = """All communities,

The National Weather Service has issued a heat advisory for southeast Wisconsin Tuesday through Thursday, with heat index values up to 103 F. Older adults are at higher risk of heat illness, especially those on diuretics, some blood pressure and psychiatric medications, and anyone with limited mobility.

Please:
- Offer fluids at every contact and at every med pass; put pitchers and cups in common areas.
- Move outdoor activities before 10 am or cancel; no outings to non-air-conditioned venues.
- Check apartments where residents control their own AC - some residents turn it off to save money.
- Monitor for early signs: dizziness, headache, confusion, nausea, decreased urine, flushed or very dry skin. Call the nurse for any change.
- Check walk-in cooler and med fridge temps more often if the building load is high.
- Review your generator plan with maintenance in case of power loss.

Thank you for keeping everyone safe.

Jeanette Morrow, RN
VP Clinical Services, Harborline Senior Communities
"""
    m = mk(frm, "All Community EDs and Wellness <community-leaders@harborlinesenior.com>",
           "Heat advisory Tue-Thu: resident safety reminders", body, date=d,
           extra={"X-Priority": "2"})
    return m, ""

# ====================================================================== CLEAN: staff
@reg('clean', 'staff')
def staff_schedule():
    d = D(3, 22, 16, 10)
    body = f"""Hi team,

Med tech / nurse schedule for the next two weeks (3/25 - 4/7). Trades go through me, in writing, by Wednesday of the week before. The AM med pass still needs 2 on weekdays.

            DAY (6a-2:30p)             EVE (2p-10:30p)         NIGHT (10p-6:30a)
Mon 3/25    Tomasz CMA, Rowena CMA    Kayla CMA               Fabienne LPN
Tue 3/26    Tomasz CMA, Rowena CMA    Kayla CMA               Fabienne LPN
Wed 3/27    Rowena CMA, Deshawn CMA   Tomasz CMA              Fabienne LPN
Thu 3/28    Rowena CMA, Deshawn CMA   Tomasz CMA              agency (requested)
Fri 3/29    Tomasz CMA, Deshawn CMA   Kayla CMA               Hannah LPN
Sat 3/30    Deshawn CMA               Kayla CMA               Hannah LPN
Sun 3/31    Rowena CMA                Kayla CMA               Hannah LPN
Mon 4/1     Tomasz CMA, Rowena CMA    Deshawn CMA             Fabienne LPN
Tue 4/2     Tomasz CMA, Rowena CMA    Deshawn CMA             Fabienne LPN
Wed 4/3     Rowena CMA, Kayla CMA     Tomasz CMA              Fabienne LPN
Thu 4/4     Rowena CMA, Kayla CMA     Tomasz CMA              Fabienne LPN
Fri 4/5     Tomasz CMA, Kayla CMA     Deshawn CMA             Hannah LPN
Sat 4/6     Kayla CMA                 Deshawn CMA             Hannah LPN
Sun 4/7     Tomasz CMA                Deshawn CMA             Hannah LPN

Nurse on site M-F: Dana RN 8-4:30, Marisol LPN 7-3:30 (Marisol out 4/1-4/26, see separate email). Weekend on-call is on the on-call sheet.

Thanks,
Dana
"""
    m = mk(A('dana'), f"Med Techs and Nurses <medtechs@{DOM}>", "Schedule 3/25 - 4/7", body, date=d)
    return m, ""

@reg('clean', 'staff')
def staff_oncall():
    d = D(6, 28, 12, 15)
    body = f"""Nurse on-call rotation for July. On-call covers 4:30 pm - 8 am weekdays and all weekend. If you can't be reached within 15 minutes the med tech calls the next name, then me.

Weekend          Primary               Backup
Jul 5-7          Marisol Quintero LPN  Dana Okafor RN
Jul 12-14        Dana Okafor RN        Fabienne Desrosiers LPN
Jul 19-21        Fabienne Desrosiers   Marisol Quintero LPN
Jul 26-28        Hannah Lutz LPN       Dana Okafor RN

Weeknights: Mon/Wed Marisol, Tue/Thu Dana, Fri-Sun per weekend above.

On-call phone: (262) 555-0199 (pass the phone at the Friday huddle). On-call stipend is $3.50/hr; on-call hours go on your timecard under code OC.

Dana Okafor, RN
Wellness Director
"""
    m = mk(A('dana'), [A('marisol'), E("Fabienne Desrosiers", f"fdesrosiers@{DOM}"), E("Hannah Lutz", f"hlutz@{DOM}")],
           "July on-call", body, date=d, cc=A('patricia'))
    return m, ""

@reg('clean', 'staff')
def staff_enrollment():
    d = D(10, 21, 9, 0)
    frm = "Harborline Benefits <benefits@harborlinesenior.com>"
    body = """Open Enrollment is November 1 - November 15

All benefits-eligible employees (30+ hours/week) must log in to the benefits portal and make their elections for 2025, even if you're keeping the same plans. If you do nothing, your medical coverage will continue but your FSA will NOT.

What's new for 2025
- Medical: Choice PPO premium increases 3%; HSA Saver plan premium stays flat and the company HSA contribution goes up to $750 (single) / $1,500 (family).
- Dental and vision: no change.
- New: Employee Assistance Program now includes 6 free counseling sessions per topic per year, and free legal/financial consults.
- Tuition assistance for CNA-to-LPN and LPN-to-RN programs: up to $5,250/year.

Benefits fairs
- Maple Terrace at Brookfield: Tue Nov 5, 1:30-3:30, Conference Room B (and 10:30 pm for night shift)
- Regional office: Thu Nov 7, 11-1

Portal: benefits.harborlinesenior.com | Questions: Benefits Team (888) 555-0188
"""
    m = mk(frm, "All Harborline Employees <allemployees@harborlinesenior.com>",
           "Open Enrollment starts Nov 1 - action required", body, date=d, html=True)
    return m, ""

@reg('clean', 'staff')
def staff_celebration():
    d = D(6, 3, 14, 40)
    body = f"""Hi everyone!!

It's National Assisted Living Week-ish... no wait, that's September. THIS is Caregiver Appreciation Week (June 10-14) and we're doing it up:

Mon - breakfast burritos in the staff lounge, all 3 shifts (night shift, yours will be there at 5 am)
Tue - massage chairs in the Wellness Studio 1-4 pm, sign up with Ama
Wed - potluck! Sign-up sheet on the lounge fridge. Rowena already promised lumpia. Tomasz, we're expecting pierogi.
Thu - residents' "thank you card" wall goes up in the lobby
Fri - $25 gift cards in your paycheck envelope + the Caregiver of the Year announcement at the 2:00 huddle

Congratulations in advance to Ama Boateng on 10 years with Maple Terrace!

Bonnie & Patricia
"""
    m = mk(A('bonnie'), f"All Staff <allstaff@{DOM}>", "Caregiver Appreciation Week June 10-14!!", body, date=d,
           cc=A('patricia'), html=True)
    return m, ""

@reg('clean', 'staff')
def staff_leave():
    d = D(3, 21, 15, 5)
    body = f"""Hi all,

Marisol will be on a leave of absence from Monday 4/1 through Friday 4/26. While she's out:

- Dana covers the wellness office 7 am - 4:30 pm
- Assessments and move-in visits go to Dana; Keisha, please check with her before booking
- Medication order faxes: the wellness fax as usual, Dana will process
- Fabienne picks up two extra day shifts (4/9 and 4/23)

Please don't contact Marisol about work while she's out. Questions go to Dana or me.

Thanks,
Carla Whitfield
HR Generalist | {ORG}
(262) 555-0143
"""
    m = mk(A('carla'), [A('dana'), A('keisha'), A('greg'), A('tomasz'), A('rowena'),
                        E("Fabienne Desrosiers", f"fdesrosiers@{DOM}")],
           "Coverage 4/1 - 4/26", body, date=d, cc=A('patricia'))
    return m, ""

@reg('clean', 'staff')
def staff_payroll():
    d1 = D(8, 29, 10, 2)
    d2 = later(d1, 61)
    q = """Reminder: payroll closes Monday 9/2 at noon because of the holiday. All missed punches and timecard corrections must be approved by your supervisor before then.

Holiday pay: Labor Day is time-and-a-half for hours worked 12:00 am - 11:59 pm 9/2. PTO requests for the week of Thanksgiving are due by 10/1 (first come, first served, max 3 per department per day).

Carla
"""
    body = f"""Carla - I've got 4 missed punches from last week on the 2nd floor (Kayla 8/24 out, Deshawn 8/25 in and out, Hannah 8/27 in). I approved them in the timeclock this morning. Deshawn also picked up a 4-hour shift on 8/28 that should go to the agency-fill cost center, not regular.

Dana

{onwrote(d1, A('carla'), q)}
"""
    m = mk(A('dana'), A('carla'), "Re: payroll closes Monday noon - holiday", body, date=d2)
    return m, ""

@reg('clean', 'staff')
def staff_certs():
    d = D(1, 30, 13, 12)
    body = f"""Dana,

Attached and below is the certification tracker for the wellness/caregiving team. Red = expires in the next 60 days. Please have these folks sign up for the Feb 22 CPR class (Garden Room, 9-1, instructor from Brookfield Fire).

Name                  Role        CPR/BLS exp   Med admin cert   Dementia trng   Bkgd check
Deshawn Price         CMA         02/28/2024    current          current         renew 03/2024
Kayla Morrissey       CMA         06/30/2025    current          due 3/15        current
Hannah Lutz           LPN         02/14/2024    n/a (licensed)   current         current
Tomasz Wrobel         CMA         11/30/2025    current          current         current
Rowena Dizon          CMA         08/31/2024    current          current         current
Ama Boateng           Lead CG     03/15/2024    n/a              current         current
Yvette Saint-Louis    CG          10/31/2025    n/a              current         current
Brenda Kowalski       CG (new)    pending       n/a              in progress     cleared 1/22

Welcome to Brenda, who started Monday on evenings. Her orientation buddy is Yvette.

Carla
"""
    rows = [["Name", "Role", "CPR/BLS exp", "Med admin cert", "Dementia training", "Background check"],
            ["Deshawn Price", "CMA", "2024-02-28", "current", "current", "renew 03/2024"],
            ["Kayla Morrissey", "CMA", "2025-06-30", "current", "due 3/15", "current"],
            ["Hannah Lutz", "LPN", "2024-02-14", "n/a", "current", "current"],
            ["Tomasz Wrobel", "CMA", "2025-11-30", "current", "current", "current"],
            ["Rowena Dizon", "CMA", "2024-08-31", "current", "current", "current"],
            ["Ama Boateng", "Lead CG", "2024-03-15", "n/a", "current", "current"],
            ["Yvette Saint-Louis", "CG", "2025-10-31", "n/a", "current", "current"],
            ["Brenda Kowalski", "CG", "pending", "n/a", "in progress", "cleared 1/22"]]
    m = mk(A('carla'), A('dana'), "cert tracker - CPR renewals due", body, date=d,
           atts=[(csvtext(rows), 'text', 'csv', "cert_tracker_jan2024.csv")])
    return m, ""

# ====================================================================== CLEAN: training
@reg('clean', 'training')
def train_emar_script():
    d = D(9, 10, 13, 30)
    frm = E("Priscilla Adeyemi", "padeyemi@harborlinesenior.com")
    body = """Hi Dana and Tomasz,

Thanks for volunteering Maple Terrace as a pilot site for CareTrack 8.4. Below is the UAT script for Thursday's session in the TRAIN environment (https://train.caretrack-emar.net/30418). Please use ONLY the test residents below - they exist in TRAIN only and are not real people.

Test residents (TRAIN)
  ZZTEST, ALPHA     Rm T-101   DOB 01/01/1930   MRN TST-0001   (scheduled meds + 1 PRN)
  ZZTEST, BRAVO     Rm T-102   DOB 02/02/1940   MRN TST-0002   (insulin sliding scale, controlled substance)
  ZZTEST, CHARLIE   Rm T-103   DOB 03/03/1950   MRN TST-0003   (LOA status, hold parameters)

Script
 1. Log in as trainmedtech1 / (password in Teams). Open 08:00 pass for Rm T-101.
 2. Scan the sample blister card barcode TST-RX-7001. Expected: "Lisinopril 10 mg - 1 tab" matches, green check.
 3. Scan TST-RX-7099 (wrong med). Expected: red hard stop "Medication not ordered for this resident."
 4. T-101: give PRN acetaminophen 650 mg. Expected: PRN effectiveness prompt fires at +60 min (new in 8.4).
 5. T-102: enter blood glucose 245. Expected: sliding scale calculates 4 units; requires second-person witness sign.
 6. T-102: sign out controlled substance TST-RX-7302 (oxycodone 5 mg, test). Expected: count decrements 30 -> 29.
 7. T-103: set LOA 10:00-16:00. Expected: 12:00 dose shows "LOA - sent with resident", not "missed".
 8. T-103: enter pulse 52 before metoprolol. Expected: hold parameter alert "Hold if HR < 55".
 9. Run Reports > Exceptions for TRAIN facility. Expected: 1 PRN, 1 LOA, 1 held.

Record pass/fail and screenshots in the UAT sheet. Anything that fails, note the step number.

Priscilla Adeyemi, RN, BSN
Clinical Informatics | Harborline Senior Communities
"""
    m = mk(frm, [A('dana'), A('tomasz')], "CareTrack 8.4 UAT script - Thursday (TRAIN env)", body, date=d)
    return m, ""

@reg('clean', 'training')
def train_falls_quiz():
    d = D(2, 12, 10, 15)
    doc = docx(["**Falls Prevention In-Service - Post-Test", "Maple Terrace at Brookfield | February 2024", "",
                "1. Name three medication classes that increase fall risk.",
                "2. A resident is found on the floor. What is the FIRST thing you do?",
                "   a) help them up  b) check for injury and call the nurse  c) fill out the incident report",
                "3. True or False: a bed alarm replaces hourly rounding.",
                "4. Which of these is a 'post-fall huddle' question? a) Who is to blame? b) What was different this time? c) Why didn't the family call?",
                "5. Orthostatic blood pressure: how many minutes standing before the second reading?",
                "6. List 4 environmental hazards you can fix on the spot.",
                "", "**Answer key (instructor copy)",
                "1. Sedatives/sleep aids, opioids, blood pressure meds/diuretics, antipsychotics/antidepressants",
                "2. b", "3. False", "4. b", "5. 1 and 3 minutes", "6. Clutter, cords, poor lighting, wet floor, bed too high, call light out of reach"])
    body = f"""Hi all - the falls in-service is Wednesday 2/14 at 2:15 (and 10:30 pm for nights). It counts toward your 12 annual hours. Post-test attached; pass is 5/6. Please don't share the answer key page, Carla has the student copies.

We'll use the "Mrs. B" scenario from the Harborline deck - she's a made-up resident so we can talk through the whole post-fall huddle.

Marisol
"""
    m = mk(A('marisol'), f"All Caregivers <caregivers@{DOM}>", "Falls in-service Wed 2/14 + post-test", body,
           date=d, cc=A('carla'),
           atts=[(doc, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                  "Falls_PostTest_Feb2024.docx")])
    return m, ""

@reg('clean', 'training')
def train_case_study():
    d = D(5, 8, 15, 40)
    frm = E("Jeanette Morrow, RN", "jmorrow@harborlinesenior.com")
    body = """Wellness Directors,

For this month's nurse huddle (May 22, Teams), please read the de-identified case below. It's a composite of events from several communities; details have been changed and it does not describe any one resident.

CASE: "Resident A"
An 84-year-old woman in assisted living, Level 2, with a history of heart failure, takes 11 scheduled medications. Over one weekend the evening med tech notices her ankles are more swollen and she is sleeping in her recliner. She says she "just feels tired." The weekend weight log shows a 4 lb gain since Wednesday, but the weights were not reviewed until Monday. On Monday she is short of breath at breakfast and is sent to the ED, where she is admitted for 4 days.

Discussion questions
1. Where in our current process could the weight gain have been caught?
2. What should the med tech have been empowered to do on Saturday?
3. Which of these changes would you adopt: (a) daily weight parameters on the eMAR with auto-alert, (b) a "stoplight" symptom card in the room, (c) weekend nurse phone review of all HF residents?
4. How would you explain the plan to a family member who wants to know why no one called?

Please come ready with one example (no names) from your own building.

Jeanette Morrow, RN
VP Clinical Services
"""
    m = mk(frm, "Wellness Directors <wellness-directors@harborlinesenior.com>",
           "Nurse huddle 5/22 - case study (Resident A, de-identified)", body, date=d)
    return m, ""

@reg('clean', 'training')
def train_competency():
    d = D(7, 24, 11, 0)
    doc = docx(["**Medication Administration Skills Check-Off", "Sample MAR - FOR TRAINING USE ONLY - fictitious resident", "",
                "Resident: Jane Sample (fictitious)   Room: TRAINING   DOB: 01/01/1900",
                "Allergies: Penicillin (sample)", "",
                "Metformin 500 mg - 1 tab by mouth twice daily with meals - 07:30 / 17:00",
                "Amlodipine 5 mg - 1 tab by mouth daily - 07:30 - HOLD if SBP < 100",
                "Acetaminophen 500 mg - 2 tabs by mouth every 6 hours as needed for pain (max 3 g/day)",
                "Timolol 0.5% eye drops - 1 drop each eye twice daily",
                "", "**Evaluator checklist",
                "[ ] Hand hygiene  [ ] Verifies 6 rights  [ ] Checks hold parameter  [ ] Eye drop technique, 5 min between drops",
                "[ ] Documents PRN reason and follow-up  [ ] Secures cart when leaving", "",
                "Candidate: ____________   Evaluator: ____________   Date: ________   Pass / Retrain"])
    body = f"""Kayla, Deshawn - your annual med pass check-offs are Monday 7/29 with me, 9:00 and 9:45 in the training room. We'll use the sample MAR attached (Jane Sample is the pretend resident in every training binder). Bring your own pen, and yes, I'll be timing the eye drops.

Marisol
"""
    m = mk(A('marisol'), [E("Kayla Morrissey", f"kmorrissey@{DOM}"), E("Deshawn Price", f"dprice@{DOM}")],
           "med pass check-offs Mon 7/29", body, date=d, cc=A('dana'),
           atts=[(doc, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                  "MedPass_CheckOff_SampleMAR.docx")])
    return m, ""

@reg('clean', 'training')
def train_interface():
    d = D(10, 15, 14, 5)
    frm = E("Dev Ramaswamy", "dramaswamy@harborlinesenior.com")
    body = """Hi Dana,

Interface testing for the St. Albans ENS feed into CareTrack goes live in the TEST environment next week. Here's a sample message we'll send to confirm mapping. It's a synthetic test patient - all fields are fake and the MRN range 9999xxx is reserved for testing.

MSH|^~\\&|EPIC|STALBANS_TST|ENS|HARBORLINE_MTB_TST|20241015140000||ADT^A03^ADT_A03|TST0000001|T|2.5.1
EVN|A03|20241015135500
PID|1||9999001^^^STALBANS^MR||ZZTEST^ENSPATIENT^A||19000101|U|||1 TEST ST^^TESTVILLE^WI^00000||^PRN^PH^^^000^0000000
PV1|1|I|TST^000^A^STALBANS_TST||||0000000000^TEST^PROVIDER|||MED||||1|||||IN||SELF

Please confirm when a "ZZTEST, ENSPATIENT" discharge alert shows up in the TEST wellness inbox (it should NOT appear in production). Note the processing ID is T, which our router drops in prod.

Dev Ramaswamy
Integration Engineer, Harborline IT
"""
    m = mk(frm, A('dana'), "ENS interface - test message for mapping check", body, date=d)
    return m, ""

@reg('clean', 'training')
def train_dementia():
    d = D(1, 22, 9, 20)
    body = f"""Hi everyone,

Our dementia care training series for 2024 starts in February. All direct care staff need 4 of the 6 modules by June 30; new hires need module 1 within 30 days of hire.

Module 1  Feb 7    Understanding dementia: types, stages, what the brain is doing
Module 2  Feb 21   Communication: approach from the front, one step at a time, validation
Module 3  Mar 6    Responding to distress: what is the behavior telling us?
Module 4  Mar 20   Bathing without a battle
Module 5  Apr 3    Eating and drinking: finger foods, contrast plates, cueing
Module 6  Apr 17   Sundowning, wandering and safe exits

All sessions 2:15-3:15 in the Garden Room, repeated 10:15 pm for night shift. Role-plays use made-up residents ("Mr. Green", "Mrs. Blue") - please don't bring real examples with names.

Sign up on the sheet outside the wellness office or reply to this email.

Bonnie Fairweather & Marisol Quintero, LPN
"""
    m = mk(A('bonnie'), f"All Staff <allstaff@{DOM}>", "2024 Dementia Care Training Series - sign up", body,
           date=d, cc=A('marisol'), html=True)
    return m, ""

# ====================================================================== main
ORDER = [('phi', 'care'), ('phi', 'ids'), ('phi', 'lang'), ('phi', 'lists'), ('phi', 'names'), ('phi', 'self'),
         ('phi', 'struct'), ('clean', 'admin'), ('clean', 'lookalike'), ('clean', 'news'), ('clean', 'staff'),
         ('clean', 'training')]
EXPECT = {('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7, ('phi', 'names'): 8,
          ('phi', 'self'): 7, ('phi', 'struct'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
          ('clean', 'news'): 6, ('clean', 'staff'): 7, ('clean', 'training'): 6}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for key in ORDER:
        fns = REG.get(key, [])
        if len(fns) != EXPECT[key]:
            raise SystemExit(f"{key}: have {len(fns)} generators, expected {EXPECT[key]}")
        label, kind = key
        for i, fn in enumerate(fns, 1):
            msg, pname = fn()
            name = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, name), "wb") as f:
                f.write(msg.as_bytes(policy=policy.SMTP))
            rows.append((name, label, kind, pname))
            counts[key] = counts.get(key, 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for key in ORDER:
        print(f"{key[0]}-{key[1]}: {counts[key]}")
        total += counts[key]
    print(f"total: {total}")

if __name__ == "__main__":
    main()
