#!/usr/bin/env python3
"""Generate a blind evaluation set of congregational-care / parish-nurse email.

Usage: python3 gen.py OUTDIR
Everything here is invented: people, numbers, organisations, addresses.
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 8901
random.seed(SEED)

MSGS = []   # (label, kind, patient_name, EmailMessage)

# ----------------------------------------------------------------- dates
def tzfor(y, mo, d):
    # rough US Eastern: EDT mid-Mar .. early Nov
    if (mo > 3 and mo < 11) or (mo == 3 and d >= 10) or (mo == 11 and d < 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))

def dt(y, mo, d, h=None, mi=None):
    if h is None:
        h = random.choice([6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22])
    if mi is None:
        mi = random.randint(0, 59)
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tzfor(y, mo, d))

def rdt(y, mo, d0=1, d1=28):
    return dt(y, mo, random.randint(d0, d1))

def back(d, hours=0, minutes=0, days=0):
    return d - datetime.timedelta(days=days, hours=hours, minutes=minutes)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")

def gmail_date(d):   # Tue, Oct 8, 2024 at 9:14 AM
    return "%s, %s %d, %d at %s" % (DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year, h12(d))

def outlook_date(d):  # Tuesday, October 8, 2024 9:14 AM
    return "%s, %s %d, %d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12(d))

def short_date(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)

# ----------------------------------------------------------------- quoting
def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))

def on_wrote(d, who):
    return "On %s, %s wrote:" % (gmail_date(d), who)

def orig(frm, d, to, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, outlook_date(d), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subj
    return s

def fwd_block(frm, d, to, subj, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        frm, gmail_date(d), subj, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s

# ----------------------------------------------------------------- ids
def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def alnum(n):
    return "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

def msgid(d, domain, style=None):
    style = style or random.choice(["plain", "outlook", "phone", "app"])
    if style == "outlook":
        return "<%s%s@%s>" % (alnum(4), hexs(28).upper(), domain)
    if style == "phone":
        return "<%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(), hexs(12).upper(), domain)
    if style == "app":
        return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hexs(10), domain)
    return "<%s.%s@%s>" % (hexs(12), hexs(6), domain)

# ----------------------------------------------------------------- builder
def mk(frm, to, subj, body, d, cc=None, html=None, atts=(), headers=None,
       reply=None, domain=None, mid_style=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subj
    m["Date"] = format_datetime(d)
    if domain is None:
        addr = frm.split("<")[-1].rstrip(">").strip()
        domain = addr.split("@")[-1]
    m["Message-ID"] = msgid(d, domain, mid_style)
    if reply:
        rid = msgid(back(d, hours=5), reply, "plain")
        m["In-Reply-To"] = rid
        m["References"] = rid
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, mt, st, data in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

def htmlize(body, font="Calibri, Arial, sans-serif"):
    import html as _h
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n'
            % font) + "\n".join(out) + "\n</body></html>\n"

# ----------------------------------------------------------------- attachments
ZDT = (2024, 10, 1, 9, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

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

def make_xlsx(rows, sheet="Sheet1"):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def make_docx(paras):
    body = []
    for p in paras:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
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
    stream = "BT /F1 10 Tf 54 760 Td 13 TL\n"
    for l in lines:
        stream += "(%s) '\n" % esc(l.encode("latin-1", "replace").decode("latin-1"))
    stream += "ET\n"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
        ("<< /Title (%s) /Producer (Ridgeview Office Scan) >>" % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def _png_chunk(t, data):
    c = struct.pack(">I", len(data)) + t + data
    return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)

def make_png(kind="logo", w=160, h=48):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if kind == "logo":
                # deep green band with a white cross on the left
                r, g, b = 34, 87, 64
                cx, cy = 24, h // 2
                if (abs(x - cx) <= 3 and abs(y - cy) <= 16) or (abs(y - (cy - 5)) <= 3 and abs(x - cx) <= 11):
                    r, g, b = 255, 255, 255
                elif x > 48 and 14 <= y <= 17 and x < w - 12:
                    r, g, b = 200, 220, 205
                elif x > 48 and 28 <= y <= 31 and x < w - 40:
                    r, g, b = 200, 220, 205
            else:  # blank scan page, faint grey noise-free edges
                r = g = b = 250 if 4 < x < w - 5 and 4 < y < h - 5 else 215
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))

def make_ics(uid, start, end, summary, location, desc, organizer):
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Ridgeview Covenant Church//Office Calendar//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART;TZID=America/New_York:%s\r\n"
            "DTEND;TZID=America/New_York:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\n"
            "ORGANIZER;CN=%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") % (
        uid, start.strftime(f) + "Z", start.strftime(f), end.strftime(f), summary, location,
        desc.replace("\n", "\\n"), organizer)

def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

# ----------------------------------------------------------------- cast
CH = "ridgeviewcovenant.org"
TOM = '"Rev. Tom Aldridge" <taldridge@%s>' % CH
RENEE = '"Renee Castellanos" <rcastellanos@%s>' % CH
MARLENE = '"Marlene Okafor" <mokafor@%s>' % CH
PARK = '"Pastor Jae-won Park" <jpark@%s>' % CH
LUIS = '"Luis Ortega" <lortega@%s>' % CH
EMMANUEL = '"Emmanuel Joseph" <ejoseph@%s>' % CH
CAROL = '"Carol Whitcomb" <cwhitcomb@%s>' % CH
OFFICE = '"Ridgeview Church Office" <office@%s>' % CH
BRENDA = '"Brenda Lutz" <blutz@%s>' % CH
KYLE = '"Kyle Dempsey" <kdempsey@%s>' % CH
CARETEAM = '"Care Team" <careteam@%s>' % CH
DEACONS = '"Deacons" <deacons@%s>' % CH
PRAYER = '"Prayer Chain" <prayerchain@%s>' % CH
HEALTHMIN = '"Health Ministry" <healthministry@%s>' % CH
RON = '"Ron Pettibone" <ron.pettibone@brightlinemail.net>'
GLORIA = '"Gloria Haynes" <ghaynes1957@quillmail.com>'
PHIL = '"Phil Turnquist" <pturnquist@lakeshore-net.net>'
LINDA = '"Linda Fairweather" <lindafairweather@quillmail.com>'
GARY = '"Gary Tompkins" <gtompkins.rides@brightlinemail.net>'
RUTH = '"Ruth Abernathy" <ruth.abernathy@harborview-counsel.com>'
SAM = '"Sam Whitfield" <swhitfield.md@lakeshore-net.net>'
JOY = '"Joy Nakamura" <joy.nakamura@quillmail.com>'
DEB = '"Deb Sorensen" <debsorensen@brightlinemail.net>'

SIG = {
    "marlene": "Marlene Okafor, RN, BSN\nFaith Community Nurse | Congregational Care\nRidgeview Covenant Church\n4100 Harmon Mill Road, Marlow Springs, OH 43310\nOffice (740) 382-6140 ext. 217 | Cell (740) 819-2274",
    "renee": "Rev. Renee Castellanos\nPastor of Congregational Care\nRidgeview Covenant Church\n(740) 382-6140 ext. 212",
    "tom": "Tom\n\nRev. Dr. Thomas Aldridge\nSenior Pastor, Ridgeview Covenant Church",
    "carol": "Carol Whitcomb\nOffice Manager\nRidgeview Covenant Church | 4100 Harmon Mill Rd | Marlow Springs, OH 43310\np (740) 382-6140  f (740) 382-6155",
    "brenda": "Brenda Lutz\nFinance & Benefits Administrator\nRidgeview Covenant Church\n(740) 382-6140 ext. 205",
    "kyle": "Kyle Dempsey\nCommunications & IT\nRidgeview Covenant Church | ext. 221",
    "gary": "Gary Tompkins\nRides Ministry Coordinator\ncell 740-555-0143",
    "linda": "Linda F.\nMeal Ministry",
    "luis": "Pastor Luis Ortega\nMinisterio Hispano / Hispanic Ministry\nRidgeview Covenant Church\n(740) 382-6140 ext. 230",
    "park": "박재원 목사 / Pastor Jae-won Park\nRidgeview Covenant Church 한인부\n(740) 382-6140 ext. 233",
}

DISC = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the person(s) "
        "named above and may contain pastoral, personal or otherwise confidential information. If you "
        "received it in error, please notify the sender and delete it. Ridgeview Covenant Church does not "
        "share prayer requests or care information without the consent of the member or family.")

DISC_HOSP = ("This e-mail, including attachments, may contain information that is confidential and protected "
             "under state and federal law. It is intended solely for the use of the addressee. If you are not "
             "the intended recipient, any review, disclosure, copying or distribution is prohibited. Please "
             "notify the sender immediately and destroy all copies.")

PHONE_SIGS = ["Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy", "Sent from Yahoo Mail for iPhone",
              "Get Outlook for Android"]

# =================================================================== PHI: care
def gen_care():
    # 1 ride request to a driver
    d = dt(2024, 10, 11, 16, 42)
    body = """Hi Walt,

Thanks for saying yes on Sunday. Here's your first one:

Tuesday 10/15 - pick up Dorothy Pfeiffer at 302 Linden St (green house, use the side door, the front steps are bad). She needs to be at Westgate Medical Plaza, Suite 240 (Dr. Amari's office) by 9:00, so leave her place around 8:20.

She uses a walker and will need a hand getting in and out of the car. It folds, goes in the trunk. She says the appointment usually runs about an hour and she'd like you to wait rather than come back if that's ok - there's a coffee place in the lobby. Afterwards she may ask to stop at Kessler Pharmacy on Route 9 to pick up what the doctor orders; that's fine, it's on the way.

Her phone is (740) 382-9917. Call her Monday evening to confirm, she likes that. Her daughter Karen (in Columbus) is the back-up contact, 614-555-0178.

Log your miles on the sheet in the church office mailbox for reimbursement.

Thanks again!
""" + SIG["gary"]
    add("phi", "care", "Dorothy Pfeiffer", mk(GARY, '"Walt Brenneman" <wbrenneman@lakeshore-net.net>',
        "Ride Tues 10/15 - Dorothy P.", body, d, cc=MARLENE))

    # 2 meal train kickoff to volunteers
    d = dt(2024, 11, 1, 7, 55)
    body = """Good morning meal team!

Grace Okonkwo comes home Saturday and Emeka has asked us to help with dinners for the next two weeks. Sign-up link is on the usual page, but here are the details so you don't have to dig:

  * Deliver between 5:00 and 5:30 pm, Mon/Wed/Fri (family covering weekends)
  * 2117 Oberlin Ct -- drop at the SIDE door, there's a cooler on the step. Please don't ring the bell, Grace will be resting.
  * NO nuts of any kind (their youngest, Chidi, is allergic)
  * Grace has to keep things soft and mild for a while, so soups, pasta, mashed potatoes, baked chicken are great. Nothing spicy please.
  * Family of 5, kids are 14, 11 and 7

Emeka said the biggest help after the first week will be someone taking Grace to her follow-up on the 14th since he can't get off work. I've passed that to Gary for the rides team.

Thank you all, you are such a blessing to people.

""" + SIG["linda"] + "\n"
    add("phi", "care", "Grace Okonkwo", mk(LINDA, '"Meal Team" <mealteam@%s>' % CH, "Meals for the Okonkwos starting Monday",
        body, d, cc=RENEE, html=htmlize(body, "Georgia, serif")))

    # 3 home communion handover
    d = dt(2024, 11, 20, 21, 13)
    body = """Gloria,

Would you be able to take communion to Frank and Alice Dubois tomorrow (Thursday) instead of me? I'm stuck at the Presbytery thing all afternoon.

A few things so you're not surprised: Frank is on oxygen around the clock now, the tubing runs through the whole living room so watch your step, and please no candles this time (I usually light one, skip it). He tires fast -- 20 minutes is plenty. He likes the 23rd Psalm and "Abide with Me" if you want to read/sing.

Alice will probably want to talk once Frank dozes off. She's trying to decide whether to move him to Brookside or keep him home with more help, and she's worn out. Just listen -- if she wants to talk to me about it, tell her I'll call Friday morning.

Key is under the frog by the garage if no one answers. 1846 Walnut Ridge Dr.

Thank you, friend.
Renee

Sent from my iPhone"""
    add("phi", "care", "Frank Dubois", mk(RENEE, GLORIA, "tomorrow - Dubois home communion", body, d, mid_style="phone"))

    # 4 daughter worried about mother
    d = dt(2024, 12, 3, 22, 48)
    prev = back(d, days=1, hours=3)
    body = """Marlene -- thank you for getting back to me so quickly. Yes, please, if you or someone could stop by this week that would be a huge relief. I'm in Denver until the 18th and I can only do so much by phone.

Since she came home from the hospital she just isn't eating. She says she's "not hungry" and the fridge is full of the meals the church brought, untouched. She's also sleeping in the recliner instead of her bed. Her home health nurse comes Tuesdays but I can't get a straight answer from the agency about what they're seeing.

Her address is 55 Carroll Ave, unit 6B. Door code is 4471#. She'll be more honest with you than with me, I think.

Helen's cell is 740-382-5512, landline 740-382-0936 (she answers the landline more).

Many thanks,
Theresa Grabowski-Lind
720-555-0162

""" + on_wrote(prev, "Marlene Okafor <mokafor@ridgeviewcovenant.org>") + "\n" + q(
        """Hi Theresa,

Thanks for reaching out. I'm so sorry you're far away while your mom is recovering. I'd be glad to visit -- I have Thursday afternoon or Friday morning open. Can you send me her address and the best number for her? I also want to make sure she's ok with me coming.

Blessings,
""" + SIG["marlene"])
    add("phi", "care", "Helen Grabowski", mk('"Theresa Grabowski-Lind" <tgrabowskilind@peakviewmail.com>', MARLENE,
        "Re: My mom Helen Grabowski", body, d, reply=CH))

    # 5 prescription pickup
    d = dt(2024, 10, 17, 10, 5)
    body = """Hi Phil,

Could you swing by Kessler Family Pharmacy (Route 9) on Friday after 11 and pick up Walt Holloway's refills? There should be three bags. They're already paid for -- just give the name Holloway and his birthday, 3/22/41. Bring them to the house (812 Ashgrove Ln) and please put them on the kitchen table, not the counter, so Jean sees them. She's been filling his pill boxes on Sundays and gets confused if things move.

Let me know if Friday doesn't work and I'll ask someone else.

Thanks,
Marlene

""" + SIG["marlene"] + "\n\n" + DISC
    add("phi", "care", "Walt Holloway", mk(MARLENE, PHIL, "pharmacy pick up Friday", body, d))

    # 6 equipment loan closet
    d = dt(2025, 1, 8, 13, 30)
    prev = back(d, hours=2, minutes=10)
    body = """Done -- I have the transport chair and the shower bench in my truck. Will drop at the Mendozas' around 4.

I'll also grab a raised toilet seat from the closet since she'll need one and we have two. Signing them out on the clipboard.

Ron

""" + orig("Marlene Okafor", prev, "Ron Pettibone; Care Team", "Loan closet - Consuelo Mendoza") + """
Ron (or anyone on the team with a truck today),

Consuelo Mendoza is coming home from Brookside this afternoon and the family needs a transport chair and a shower bench from the loan closet. They'll keep them about 6 weeks while she rebuilds strength. Her son Rafael will meet you -- 417 Pine Hollow Rd, 740-555-0190.

Closet code is the usual. Please sign them out on the clipboard with today's date.

Marlene
"""
    add("phi", "care", "Consuelo Mendoza", mk(RON, [MARLENE, CARETEAM], "RE: Loan closet - Consuelo Mendoza", body, d, reply=CH))

    # 7 vacation handover (care only, one person)
    d = dt(2024, 12, 20, 15, 2)
    body = """Joy,

Thank you again for covering while I'm away. Only one person I really need you to stay on top of:

Arne Lindqvist (Wed 12/25 is a holiday, so please call him Tuesday 12/24 instead). Things to check:
 - did the home health nurse come on Monday? He sometimes doesn't hear the door.
 - is the weekly pill organizer filled? His niece Karin fills it Sundays but she's traveling on the 22nd. If it's empty, the bottles are in the basket on top of the fridge and the list is taped inside the cabinet door. Call me if anything on the list doesn't match the bottles.
 - is he getting out of the chair and walking to the mailbox? The PT wants him doing that twice a day.
 - make sure the Lifeline button is on his wrist and not on the nightstand.

His number: 740-382-3384. Karin's cell: 740-555-0121.

Everything else can wait until January 6. I'll have my phone for emergencies.

Merry Christmas!
M.
"""
    add("phi", "care", "Arne Lindqvist", mk(MARLENE, JOY, "while I'm out - Arne", body, d, cc=RENEE))

    # 8 hospital visit timing
    d = dt(2025, 2, 11, 8, 40)
    body = """Pastor Tom,

Ines Carvalho's family called the office this morning. She's at St. Aldric, 5th floor, room 512. Her daughter Paula asked if you could come Wednesday after 2:00 -- she has therapy in the mornings and is wiped out until lunch. Paula will be there from 3 on and would like to meet you.

Paula's number: 740-555-0137.

They also asked to have her put on the Sunday prayer list (first name only, please, per Paula).

Carol
""" + "\n" + SIG["carol"]
    add("phi", "care", "Ines Carvalho", mk(CAROL, TOM, "visit request - Ines Carvalho", body, d, cc=RENEE))


# =================================================================== PHI: ids
def gen_ids():
    # 1 hospital chaplain: MRN only
    d = dt(2024, 10, 4, 11, 20)
    body = """Pastor Castellanos,

Following up on your call Tuesday. The patient you asked about (MRN 00482219, admitted 9/28 under your church's clergy notification) was discharged yesterday afternoon to Brookside Rehabilitation & Nursing for short-term rehab. Our discharge planner noted she is agreeable to visitors from her church.

If you need anything from us, our spiritual care office is staffed 8-4:30 weekdays.

Peace,
Chaplain Daniel Reyes, M.Div., BCC
Spiritual Care Services
Marlow Springs Regional Medical Center
Phone (740) 382-7700 x4410 | Pager 2218

""" + DISC_HOSP
    add("phi", "ids", "", mk('"Reyes, Daniel (Chaplain)" <dreyes@msrmc-health.org>', RENEE,
        "Follow up - MRN 00482219", body, d, mid_style="outlook"))

    # 2 benevolence payment of a hospital bill
    d = dt(2024, 11, 12, 14, 7)
    body = """Renee,

Benevolence committee approved $640.00 toward the R. family's ER bill last night. I'm cutting the check today, payable to Marlow Springs Regional Medical Center, and mailing it directly (we never pay the family). Details I'm putting on the stub:

  Guarantor acct #: 7731-0042-88
  Patient acct #:   HB20240922-5518
  Date of service:  09/22/2024 (Emergency Dept)
  Balance after ins: $1,284.37

Can you let Mrs. R. know so she can call billing and ask for the other half to go on a payment plan? The billing office number on her statement is 740-382-7790.

Brenda
""" + SIG["brenda"]
    add("phi", "ids", "Mrs. R.", mk(BRENDA, RENEE, "benevolence check - acct 7731-0042-88", body, d))

    # 3 paratransit booking with DOB and Medicaid ID
    d = dt(2024, 10, 23, 9, 12)
    body = """Good morning,

I'm the rides coordinator at Ridgeview Covenant Church and I'm calling (well, emailing) on behalf of one of our members who needs standing transportation. Your website said to send the following to this address:

  Rider DOB: 04/17/1938
  Ohio Medicaid ID: 1093 4482 7715
  Pickup: 1420 Tillman Ct, Apt 3, Marlow Springs 43310
  Destination: Valley Kidney Center, 88 Commerce Pkwy
  Days: Tuesday, Thursday, Saturday, chair time 6:15 am (needs pickup 5:40)
  Mobility: walker, can transfer, no wheelchair needed
  Start date: as soon as possible -- our volunteers have been covering but 5:40 am three days a week is hard for them to keep up

Rider's name and phone are on the form I faxed yesterday (fax conf. 10/22 3:41 pm). Please call me at 740-555-0143 if anything is missing.

Thank you,
""" + SIG["gary"]
    add("phi", "ids", "", mk(GARY, '"Scheduling" <scheduling@tricountymobility.org>', "Standing ride request - DOB 04/17/1938",
        body, d))

    # 4 staff health plan claim (employee dependent) to broker
    d = dt(2025, 1, 21, 10, 45)
    prev = back(d, days=1, hours=4)
    body = """Hi Mark,

Forwarding below. This is one of our staff members' dependents. The claim was denied as "out of network" but the provider is listed as in-network on the carrier's own directory (I have a screenshot). Can you open a broker escalation?

  Group #: 88104-RVC
  Subscriber ID: W7731450021
  Member ID: W7731450021-02 (dependent)
  Claim #: 2024-1187-33409
  DOS: 12/06/2024
  Billed: $2,460.00   Allowed: $0.00

Please don't reply-all to the staff member; send everything through me.

Thanks,
Brenda

""" + SIG["brenda"] + "\n\n" + orig("Staff member", prev, "Brenda Lutz", "claim denied??") + """
Brenda, the EOB for the 12/6 appointment came back denied. It says out of network but I checked before we went. Can you help? I don't even know who to call. Subscriber W7731450021, it was for our son (-02).
"""
    add("phi", "ids", "", mk(BRENDA, '"Mark Sheffield" <msheffield@cornerstonebenefits-grp.com>',
        "FW: claim 2024-1187-33409 denied", body, d))

    # 5 pharmacy: Medicare number on flu clinic consent
    d = dt(2024, 10, 8, 15, 55)
    body = """Hi Marlene,

Two of the consent forms from Sunday's clinic came back from Medicare roster billing with errors. Could you check with the members or look at your copies?

Form #37 - Mr. D. - MBI written as 1EG4-TE5-MK72, DOB 06/02/1944. Medicare says no match on the MBI + DOB combination. Maybe the DOB is off by a digit?

Form #52 - MBI is blank, they wrote their old Medicare number with the SSN in it (xxx-xx-6093A). We can't use that anymore. DOB on the form is 11/30/1939.

No rush, we have 12 months to bill, but sooner is easier.

Thanks!
Priya Desai, PharmD
Kessler Family Pharmacy
2200 State Route 9, Marlow Springs OH 43310
Ph 740-382-4418 | Fax 740-382-4420
"""
    add("phi", "ids", "Mr. D.", mk('"Priya Desai" <pdesai@kesslerfamilyrx.com>', MARLENE, "consent forms #37 and #52", body, d))

    # 6 hospice referral number
    d = dt(2024, 11, 26, 16, 18)
    body = """Dear Pastor Renee,

I'm the social worker with Evergreen Hospice & Palliative Care. Our new patient (Referral #HSP-24-03318, DOB 11/09/1931) lists Ridgeview Covenant as her church home, and her family has requested that her own pastor be involved rather than our hospice chaplain. She was admitted to our home program on 11/25 and is at her daughter's residence.

With the family's permission, the best contact is the daughter at (740) 555-0104. Visits are welcome any time but the family asks for a call first. Our nurse visits Mon/Wed/Fri mornings.

Please let me know if you would like to join a family meeting -- we are planning one for next week.

Warmly,
Janelle Freeman, LSW
Evergreen Hospice & Palliative Care
Office 740-382-5050 | Fax 740-382-5051
"""
    add("phi", "ids", "", mk('"Janelle Freeman" <jfreeman@evergreenhospicecare.org>', RENEE,
        "Referral HSP-24-03318 - pastoral care request", body, d))

    # 7 area agency on aging case number, address
    d = dt(2024, 11, 14, 11, 2)
    body = """Ms. Okafor,

Re: Case No. AAA-2024-11872

The home-delivered meals (5/week, renal-friendly menu) and homemaker services (2 hrs/week) for the client at 1420 Tillman Ct, Apt 3 are approved starting Monday 11/18. Meals arrive between 10:30 and noon. The client should be home or leave the insulated bag on the porch hook.

Thank you for the referral and for the information from your visit notes; they were very helpful for the assessment. The next reassessment is due in May 2025.

Regards,
Denise Whitaker
Care Coordinator, Area Agency on Aging Region 9
(740) 382-2900 ext. 318
"""
    add("phi", "ids", "", mk('"Denise Whitaker" <dwhitaker@aaa9-ohio-region.org>', MARLENE,
        "Case No. AAA-2024-11872 services approved", body, d))

    # 8 office faxing Extra Help application, SSN + application #
    d = dt(2025, 2, 4, 14, 33)
    body = """Marlene,

Fax went through to Social Security at 2:21 pm -- confirmation attached. Pages: 6 (cover + 5).

For your notes:
  Applicant SSN: 412-73-4471
  Extra Help (LIS) application #: LIS-0093-2215-8
  Part D plan on the form: WellCare Value Script (member ID 88H220491)
  Prescription cost estimate she wrote in: about $310/month

The originals are in a sealed envelope in your mailbox. I did not keep a copy.

Carol
"""
    pdf = make_pdf(["FAX TRANSMISSION REPORT", "", "Date/Time: %s 14:21" % short_date(d),
                    "From: Ridgeview Covenant Church  (740) 382-6155",
                    "To: SSA  1-877-555-0199", "Pages: 6   Result: OK   Duration: 02:48",
                    "", "Re: Application for Extra Help with Medicare Prescription Drug Plan Costs",
                    "SSN on file: 412-73-4471", "Application #: LIS-0093-2215-8"], "Fax confirmation")
    add("phi", "ids", "", mk(CAROL, MARLENE, "fax confirmation - Extra Help app", body, d,
        atts=[("FaxConfirm_0204.pdf", "application", "pdf", pdf)]))


# =================================================================== PHI: lang
def gen_lang():
    # 1 Spanish
    d = dt(2024, 10, 21, 19, 25)
    prev = back(d, hours=7)
    body = """Hermana Maribel,

Gracias por avisarme. Mañana martes paso al hospital después de las 3 y le llevo la santa cena a doña Esperanza. Ya hablé con Gary del ministerio de transporte; él me dice que sí pueden ayudar con los viajes a la terapia, pero necesita saber los días y la hora cuando le den el alta. Estamos orando por ella y por ustedes.

Un abrazo,
""" + SIG["luis"] + "\n\n" + on_wrote(prev, "Maribel Quintero <mquintero.fam@riverbendmail.net>") + "\n" + q(
        """Pastor Luis, bendiciones.

Le escribo para pedirle oración por mi mamá, doña Esperanza Quintero. El viernes la internaron en el St. Aldric porque se cayó en la casa y se fracturó la cadera. La operaron ayer y los doctores dicen que salió bien, pero está muy confundida por la anestesia y a ratos no nos reconoce. Está en el cuarto 318.

Ella quisiera que usted la visite y le lleve la santa cena si se puede. También, cuando le den de alta, va a necesitar quien la lleve a la terapia tres veces por semana porque mi esposo y yo trabajamos. ¿Será que el ministerio de transporte nos puede ayudar?

Mi número es 740-555-0186.

Dios le bendiga,
Maribel""")
    add("phi", "lang", "Esperanza Quintero", mk(LUIS, '"Maribel Quintero" <mquintero.fam@riverbendmail.net>',
        "Re: Oración por mi mamá", body, d, reply="riverbendmail.net"))

    # 2 Korean
    d = dt(2024, 11, 6, 9, 48)
    body = """목사님, 안녕하세요.

이정숙 권사님 소식 전해드립니다. 어제(화) 세인트 알드릭 병원에서 오른쪽 무릎 인공관절 수술을 받으셨고 수술은 잘 끝났다고 합니다. 3~4일 입원하신 후에 Brookside 재활센터로 옮기실 예정이라고 하네요. 병실은 421호입니다.

따님(이은혜 집사) 말씀으로는 퇴원 후 당분간 식사 준비가 어려우시니 여선교회에서 반찬을 좀 준비해 주시면 좋겠다고 합니다. 권사님이 당뇨가 있으셔서 너무 짜거나 단 음식은 피해 주시면 감사하겠습니다. 병문안은 금요일 이후가 좋겠다고 하십니다. 진통제 때문에 많이 주무신다고 해요.

수요예배 때 중보기도 부탁드립니다.

김수진 집사 드림
740-555-0166

Sent from my Galaxy"""
    add("phi", "lang", "이정숙 (Lee Jung-sook)", mk('"김수진" <soojin.kim77@hanbitmail.net>', PARK,
        "이정숙 권사님 수술 소식", body, d, mid_style="phone"))

    # 3 Vietnamese, forwarded with a short English note
    d = dt(2025, 1, 15, 20, 5)
    prev = back(d, hours=26)
    body = """Gary - can the rides team help with this one? Quick summary: Phuc's dad is at Brookside after a stroke, needs a ride this Saturday 10am to the neuro doctor at Westgate. I can ride along to translate.
- Mai

""" + fwd_block("Phuc Nguyen <phuc.nguyen.work@crestlinemail.com>", prev, "Mai Tran <maitran.vnfellowship@quillmail.com>",
                "Nhờ chị giúp ba em") + """
Chị Mai ơi,

Em là Phúc, con trai ông Nguyễn Văn Hòa. Ba em bị đột quỵ hôm thứ Ba tuần trước, hiện đang ở trung tâm phục hồi chức năng Brookside, phòng 14B. Bác sĩ nói ba bị yếu nửa người bên phải và nói chưa rõ, nhưng ba vẫn hiểu hết mọi người nói.

Ba rất muốn có người trong hội thánh đến thăm và cầu nguyện bằng tiếng Việt. Ba hỏi hoài về nhóm thông công.

Thứ Bảy này (18/1) ba có lịch tái khám với bác sĩ thần kinh lúc 10 giờ sáng ở phòng khám Westgate. Trung tâm không có xe đưa đón ngày cuối tuần, mà em phải đi làm nên không chở ba đi được. Chị có thể hỏi ban đưa đón của nhà thờ giúp em không? Ba cần xe có chỗ để xe lăn.

Cảm ơn chị nhiều lắm.
Phúc
(740) 555-0159
"""
    add("phi", "lang", "Nguyễn Văn Hòa", mk('"Mai Tran" <maitran.vnfellowship@quillmail.com>', GARY,
        "Fwd: Nhờ chị giúp ba em", body, d))

    # 4 Haitian Creole (self)
    d = dt(2024, 11, 9, 6, 52)
    body = """Bonjou Pastè Emmanuel,

Mwen espere ou byen ansanm ak fanmi w. Mwen ekri w pou m mande priyè.

Doktè a di m sik mwen twò wo, A1C a te 9.2, e li vle m kòmanse pran ensilin. Mwen pè anpil, paske manman m te pèdi yon janm akoz dyabèt. Mwen gen randevou nan klinik Westgate la jedi 14 novanm a 2è apremidi pou yo montre m kijan pou m pike tèt mwen.

Èske gen yon sè nan legliz la ki ka vin avè m? Mwen pa konprann tout sa doktè a di an angle, e mwen pa vle bay pitit mwen yo pwoblèm.

Mèsi anpil. Bondye beni w.
Marie-Ange Célestin
740-555-0131
"""
    add("phi", "lang", "Marie-Ange Célestin", mk('"Marie-Ange Celestin" <mariange.celestin@riverbendmail.net>', EMMANUEL,
        "Demann priyè", body, d))

    # 5 Tagalog / Taglish
    d = dt(2024, 9, 24, 21, 37)
    body = """Ate Cora,

Kumusta po? Yung kay Tita Luz Manalo po pala noong Linggo sa BP screening -- 178/102 ang reading niya, inulit ko after 10 minutes, 172/98 pa rin. Sabi niya hindi daw niya naiinom yung maintenance niya (amlodipine 10mg) kasi naubos na noong isang linggo at wala pa siyang pambili hanggang sa susunod na pension.

Nag-aalala ako kasi nahihilo daw siya minsan pag tumatayo at masakit daw ulo niya sa umaga. Sinabihan ko siyang pumunta sa ER kung lumala, pero alam n'yo naman si Tita, ayaw pumunta.

Pwede po ba kayong dumaan sa kanila this week? Nasa 77 Briar Ln pa rin sila. Nasabihan ko na rin si Marlene para sa benevolence fund para sa gamot niya.

Salamat po, ingat!
Weng
(Rowena Dizon, RN)
"""
    add("phi", "lang", "Luz Manalo", mk('"Rowena Dizon" <wengdizon.rn@pinecrestmail.com>', '"Cora Villanueva" <coravillanueva@quillmail.com>',
        "Tita Luz BP", body, d, cc=MARLENE))

    # 6 Portuguese, forwarded by office with English note
    d = dt(2025, 1, 16, 9, 20)
    prev = back(d, hours=15)
    body = """Gary,

This came in to the office last night. Per Google Translate: her husband is having gallbladder surgery Tuesday the 21st at MSRMC, can't drive for two weeks, she doesn't drive, they need rides -- especially to his follow-up Feb 4 at 9:30 with Dr. Hallett. I think Pastor Renee knows them from the Alpha class. Her number is at the bottom.

Carol

""" + fwd_block("Fernanda Albuquerque <fe.albuquerque@solarmail.net>", prev,
                "office@ridgeviewcovenant.org", "Pedido de ajuda - transporte") + """
Olá, boa noite.

Desculpem escrever em português, meu inglês escrito não é muito bom.

Meu marido, Rogério Albuquerque, vai fazer cirurgia de vesícula na próxima terça-feira (dia 21) no Marlow Springs Regional. O médico disse que ele vai ficar sem dirigir por duas semanas e eu não tenho carteira de motorista aqui nos Estados Unidos.

Ele tem consulta de retorno no dia 4 de fevereiro às 9h30 com o Dr. Hallett, e talvez precise tirar os pontos antes disso. Vocês têm voluntários que poderiam nos levar? Moramos no Parkside Apartments, bloco C, apto 12.

Também pedimos oração pela cirurgia. Ele está bem nervoso.

Obrigada e Deus abençoe,
Fernanda
(740) 555-0172
"""
    add("phi", "lang", "Rogério Albuquerque", mk(CAROL, GARY, "FW: Pedido de ajuda - transporte", body, d))

    # 7 Polish
    d = dt(2025, 2, 19, 18, 4)
    body = """Szanowna Pani Halino,

Piszę w sprawie mojego taty, Stanisława Wiśniewskiego. Od zeszłego czwartku jest w domu opieki Brookside (pokój 22, skrzydło B), po tym jak upadł w łazience i złamał nadgarstek. Lekarz mówi też, że to początki demencji i że tata nie powinien już mieszkać sam. Szukamy dla niego miejsca na stałe, ale na razie zostaje tam na rehabilitacji.

Tata bardzo przeżywa, że nie może chodzić do kościoła, i pyta o Panią i o pastora. Czy mogłaby Pani albo ktoś z diakonów przynieść mu komunię w niedzielę po nabożeństwie? Najlepiej po 13:00, bo rano ma ćwiczenia. Proszę mówić do niego po polsku, po angielsku ostatnio się gubi.

Bardzo proszę też o modlitwę za niego i za moją mamę, która jest tym wszystkim bardzo zmęczona.

Z poważaniem,
Tomasz Wiśniewski
tel. 740-555-0115
"""
    add("phi", "lang", "Stanisław Wiśniewski", mk('"Tomasz Wisniewski" <t.wisniewski@northgatemail.net>', '"Halina Nowak" <halina.nowak@brightlinemail.net>',
        "Tata - komunia w Brookside", body, d, cc=RENEE))

    # 8 Chinese
    d = dt(2024, 12, 9, 12, 31)
    body = """王姐妹您好：

我是陈丽，上次在团契聚会见过您。我母亲刘秀英上个月被诊断为阿尔茨海默症（早期）。她现在常常忘记吃药，有两次晚上自己走出家门，被邻居送回来。我和我先生白天都上班，很担心她一个人在家。

请问教会有没有会说中文（普通话或者广东话都可以）的弟兄姐妹，可以每周来探访她一两次，陪她聊天、读经、祷告？她以前在教会很活跃，现在不太愿意出门了。

她住在 Maple Terrace 老年公寓 2楼 208室。下周三（12月18日）上午10点她要去 Westgate 看神经科医生，如果有人能陪她去就更好了，我那天实在请不了假。

谢谢您！愿主赐福。

陈丽
电话：740-555-0129

从我的 iPhone 发送"""
    add("phi", "lang", "刘秀英 (Liu Xiuying)", mk('"Chen Li" <chenli.home@lotusmail.net>', '"Grace Wang" <gracewang.fellowship@quillmail.com>',
        "关于我母亲刘秀英的探访", body, d, mid_style="phone"))


# =================================================================== PHI: lists
def gen_lists():
    # 1 weekly prayer chain list
    d = dt(2024, 10, 28, 6, 30)
    body = """Prayer Chain -- week of October 28

Please hold these requests in confidence. Share only with your prayer partner, not at small group.

PRAISES
 - Bill Odegaard home from the hospital Thursday, walking with a cane already
 - Lena Marsh (Evelyn's granddaughter) -- baby girl born Friday, mom and baby doing well

ONGOING
 - Evelyn Marsh -- still at Brookside after her fall, more confused this week; family meeting Wed
 - Walt Holloway -- heart doctor adjusting his meds, tired and short of breath
 - Sandy Koenig -- round 3 of 6 chemo this Tuesday, nausea has been rough
 - Tyler Brandt (Mike & Kristen's son) -- leg surgery #2 scheduled 11/4
 - Frank Dubois -- on hospice now, Alice asks for prayers for peace

NEW
 - Judy Amsel -- biopsy Thursday, waiting on results, anxious
 - Marcus Greer -- asking for prayer for his depression and a new counselor; he gave permission to share his name
 - Pearl Whitley -- moved to memory care at Maple Terrace, family grieving the change

Unspoken requests: 3

"The prayer of a righteous person is powerful and effective." James 5:16

Deb Sorensen
Prayer Chain Coordinator
"""
    add("phi", "lists", "Bill Odegaard; Evelyn Marsh; Walt Holloway; Sandy Koenig; Tyler Brandt; Frank Dubois; Judy Amsel; Marcus Greer; Pearl Whitley",
        mk(DEB, PRAYER, "Prayer Chain 10/28", body, d, headers={"Precedence": "list", "List-Id": "<prayerchain.ridgeviewcovenant.org>"}))

    # 2 deacon visit list with pipes
    d = dt(2024, 11, 17, 20, 12)
    body = """Deacons,

Visit assignments for this week. Please reply-all when done so I can update the care log. Remember: call first, 20 min max in hospital, hand sanitizer in/out.

 Member               | Where                        | Why / notes                                  | Deacon
----------------------+------------------------------+----------------------------------------------+---------
 Evelyn Marsh         | Brookside Rehab, rm 109      | fall 10/28, confused PM, daughter Jan visits | Gloria
 Bill Odegaard        | home, 930 Elm Crest          | post knee, PT 3x/wk, wants communion         | Phil
 Sandy Koenig         | home, 14 Quarry Rd           | chemo wk, no visits Tue/Wed, card instead    | Ron
 Frank Dubois         | home, 1846 Walnut Ridge      | hospice, oxygen, short visit, support Alice  | Renee
 Harold Jeffries      | MSRMC 3E rm 327              | admitted Fri, chest pain, tests Mon          | Ron
 Pearl Whitley        | Maple Terrace memory care    | new move, bring photo album from family      | Gloria
 Vern & Ada Schott    | home, 2 Cedar Ln             | Ada's hearing worse, Vern not driving        | Phil

Thanks, all.
Ron Pettibone
Chair, Board of Deacons
"""
    add("phi", "lists", "Evelyn Marsh; Bill Odegaard; Sandy Koenig; Frank Dubois; Harold Jeffries; Pearl Whitley; Vern Schott; Ada Schott",
        mk(RON, DEACONS, "Visits wk of 11/18", body, d, cc=RENEE))

    # 3 meal train schedule pasted from spreadsheet (tabs)
    d = dt(2025, 1, 27, 15, 44)
    body = """Here's what I have for February so far -- copied out of the master sheet. Blanks still need a cook. Please check your names!

Date\tRecipient\tAddress\tReason\tDiet\tCook
Mon 2/3\tAlbuquerque, Rogerio\t12 Parkside Apts C\tpost gallbladder surgery\tlow fat\tNancy H.
Wed 2/5\tAlbuquerque, Rogerio\t12 Parkside Apts C\tpost gallbladder surgery\tlow fat\t
Mon 2/3\tGreer, Marcus\t808 Hollis St\trough season, counselor suggested support\tnone\tBob & Ellen
Tue 2/4\tKoenig, Sandy\t14 Quarry Rd\tchemo week\tbland, no strong smells\tLinda F.
Thu 2/6\tKoenig, Sandy\t14 Quarry Rd\tchemo week\tbland, no strong smells\t
Fri 2/7\tWhitlock, Dana\t5 Orchard Way\thip replacement 1/29\tlow sodium\tThe Parks
Mon 2/10\tWhitlock, Dana\t5 Orchard Way\thip replacement 1/29\tlow sodium\t
Wed 2/12\tOkonkwo family\t2117 Oberlin Ct\tGrace's 2nd surgery\tNO NUTS\tJoy N.

Drop-off 5-5:30 unless noted. Disposable containers please!

Linda
"""
    add("phi", "lists", "Rogerio Albuquerque; Marcus Greer; Sandy Koenig; Dana Whitlock; Grace Okonkwo",
        mk(LINDA, '"Meal Team" <mealteam@%s>' % CH, "Feb meal schedule - please check", body, d))

    # 4 BP Sunday log CSV attachment
    d = dt(2024, 10, 13, 14, 2)
    rows = [["Date", "Name", "Age", "Systolic", "Diastolic", "Pulse", "Arm", "On BP meds", "Follow-up / notes", "Screener"],
            ["10/13/2024", "Harold Jeffries", 74, 162, 96, 88, "L", "Y", "2nd reading 158/94. Says he skipped pills this am. Urged to call Dr today", "JN"],
            ["10/13/2024", "Luz Manalo", 69, 148, 90, 76, "L", "Y", "better than Sept (178/102); got refill via benevolence", "RD"],
            ["10/13/2024", "Ken Oyelaran", 52, 124, 78, 70, "R", "N", "", "JN"],
            ["10/13/2024", "Dottie Pfeiffer", 88, 136, 70, 64, "L", "Y", "seated in chair, walker", "SW"],
            ["10/13/2024", "Marcus Greer", 41, 138, 92, 102, "L", "N", "HR high, anxious; talked about sleep. Refer to Marlene", "SW"],
            ["10/13/2024", "Bev Tannehill", 77, 128, 74, 72, "R", "Y", "", "RD"],
            ["10/13/2024", "Arne Lindqvist", 91, 110, 58, 60, "L", "Y", "dizzy on standing, pale. Called niece. Marlene to visit Tue", "JN"],
            ["10/13/2024", "Gwen Pruitt", 63, 184, 108, 84, "L", "N", "!!! repeat 180/104 - no sx, declined ER, will see PCP Mon - CALL MON", "SW"],
            ["10/13/2024", "Ray Castellano", 58, 132, 84, 68, "R", "N", "", "RD"]]
    body = """Marlene,

Attached is today's BP Sunday log (22 total screened, I only typed the ones with notes or repeats, the rest are on the paper sheets in the health ministry file drawer).

Please look at Gwen Pruitt especially. Sam talked with her for a while and she promised she'd call her doctor first thing Monday but I'm not sure she will.

Joy
"""
    add("phi", "lists", "Harold Jeffries; Luz Manalo; Ken Oyelaran; Dottie Pfeiffer; Marcus Greer; Bev Tannehill; Arne Lindqvist; Gwen Pruitt; Ray Castellano",
        mk(JOY, MARLENE, "BP Sunday 10/13 log", body, d, cc=SAM,
           atts=[("BP_Sunday_2024-10-13.csv", "text", "csv", csv_text(rows))]))

    # 5 flu clinic roster XLSX to pharmacy
    d = dt(2024, 10, 2, 16, 25)
    rows = [["Last", "First", "DOB", "Phone", "Insurance", "Medicare MBI / Member ID", "Vaccine", "Egg allergy", "Notes"],
            ["Odegaard", "William", "05/14/1946", "740-382-1177", "Medicare B", "3TK9-QR2-WN54", "High-dose", "N", "recent knee surgery, sits"],
            ["Odegaard", "Marilyn", "09/02/1948", "740-382-1177", "Medicare B", "7HJ2-AC8-XP11", "High-dose", "N", ""],
            ["Jeffries", "Harold", "02/27/1950", "740-382-6630", "Medicare Adv - Humana", "H49221873", "High-dose", "N", "on blood thinner"],
            ["Koenig", "Sandra", "12/19/1961", "740-382-4402", "Anthem PPO", "YRK448812905", "Standard", "N", "chemo - check w/ oncologist first"],
            ["Tannehill", "Beverly", "07/07/1947", "740-382-2219", "Medicare B", "5PW8-KM4-TD30", "High-dose", "Y - mild", "hx hives w/ eggs; flucelvax?"],
            ["Pruitt", "Gwen", "03/30/1961", "740-382-8841", "Medicaid", "1098 7741 2204", "Standard", "N", ""],
            ["Schott", "Vernon", "01/11/1939", "740-382-0054", "Medicare B", "2XE6-FH7-RA93", "High-dose", "N", "homebound - at home visit"],
            ["Schott", "Ada", "06/25/1941", "740-382-0054", "Medicare B", "9GM3-YV5-CK28", "High-dose", "N", "homebound - at home visit"]]
    body = """Priya,

Here's the pre-registration list for Sunday's clinic so far (8 people -- we'll have walk-ins too). The Schotts are the homebound couple we talked about; could your tech come by their house after the clinic? I'll go along.

Bev Tannehill has the egg question -- can you bring an egg-free option?

See you at 8:30 Sunday in Fellowship Hall.

""" + SIG["marlene"] + "\n\n" + DISC
    add("phi", "lists", "William Odegaard; Marilyn Odegaard; Harold Jeffries; Sandra Koenig; Beverly Tannehill; Gwen Pruitt; Vernon Schott; Ada Schott",
        mk(MARLENE, '"Priya Desai" <pdesai@kesslerfamilyrx.com>', "Flu clinic pre-registration 10/6", body, d,
           atts=[("FluClinic_PreReg_Oct6.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  make_xlsx(rows, "PreReg"))]))

    # 6 rides schedule aligned with spaces
    d = dt(2024, 12, 6, 17, 50)
    body = """Drivers -- next week's rides. Text me if you can't make yours and I'll find a sub.

DAY   TIME    RIDER               FROM                    TO                              DRIVER
----  ------  ------------------  ----------------------  ------------------------------  ---------
Mon   8:20a   Dorothy Pfeiffer    302 Linden St           Westgate Med Plaza ste 240      Walt B.
Mon   1:00p   Arne Lindqvist      61 Fairhaven Rd         MSRMC lab (fasting blood draw)  Dave K.
Tue   5:40a   Hattie Simms        1420 Tillman Ct #3      Valley Kidney Ctr (dialysis)    Gary
Wed   10:15a  Vern Schott         2 Cedar Ln              Eye Associates - cataract L     Phil T.
Thu   5:40a   Hattie Simms        1420 Tillman Ct #3      Valley Kidney Ctr (dialysis)    Ron P.
Thu   2:30p   Consuelo Mendoza    417 Pine Hollow Rd      Marlow PT & Rehab               Nancy H.
Fri   9:00a   Gwen Pruitt         88 Summit Ave           Dr. Odom (BP recheck)           Walt B.
Sat   5:40a   Hattie Simms        1420 Tillman Ct #3      Valley Kidney Ctr (dialysis)    ** NEED **

Paratransit should take over Hattie's dialysis rides starting the 16th, so hang in there one more week.

""" + SIG["gary"]
    add("phi", "lists", "Dorothy Pfeiffer; Arne Lindqvist; Hattie Simms; Vern Schott; Consuelo Mendoza; Gwen Pruitt",
        mk(GARY, '"Rides Team" <ridesteam@%s>' % CH, "rides next week (12/9-12/14)", body, d))

    # 7 grief group follow-up docx
    d = dt(2024, 12, 13, 10, 10)
    paras = ["**Seasons of Grief - Fall session follow-up notes (Ruth A.) - confidential**",
             "Group met 10 weeks, 9/12 - 11/14. 11 participants started, 9 finished.",
             "**Needs pastoral follow-up before Christmas:**",
             "Sharon Beale (husband Don d. 7/2024) - not sleeping, lost 15 lbs, started sertraline in Oct per her PCP. First Christmas alone. Would welcome a call from Pastor Renee.",
             "Walter \"Bud\" Kimmel (wife Joan d. 5/2024) - drinking more since the summer by his own report. Gave him the Harbor Counseling number. Lives alone, no family nearby.",
             "Marisol Ortiz (son Danny d. 3/2024, overdose) - seeing a counselor weekly. Asked that her name NOT go on any prayer list.",
             "Lyle Patterson (wife Carol d. 9/2023) - hospitalized 10/30 for chest pain, missed last 2 sessions. Home now.",
             "**Doing OK / no follow-up needed:**",
             "Nancy Herrold, Phyllis Dunn, Jim & Deb Carver, Arlene Soto.",
             "Next session starts Jan 16. Sharon and Bud both said they want to repeat."]
    body = """Renee,

Attached are my follow-up notes from the fall session. Please keep them to yourself and Marlene -- they're not for the deacons' list. The four at the top are the ones I'm most concerned about going into the holidays.

I'm available to co-lead again in January if you'd like.

Ruth

Ruth Abernathy, LCSW
Harborview Counseling Associates
"""
    add("phi", "lists", "Sharon Beale; Walter Kimmel; Marisol Ortiz; Lyle Patterson",
        mk(RUTH, RENEE, "grief group follow-up", body, d, cc=MARLENE,
           atts=[("Grief group follow-up Dec 2024.docx", "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(paras))]))


# =================================================================== PHI: names
def gen_names():
    # 1 pastor-to-pastor prose
    d = dt(2024, 10, 30, 17, 36)
    body = """Tom,

Quick update since you asked Sunday. I saw Evelyn Marsh at Brookside yesterday. Honestly she's more confused than last week -- she thought I was her sister for the first few minutes, then came around. The PT told her daughter she isn't bearing weight on the left side yet after the fall, so they're talking about a longer stay. Jan is struggling with whether Evelyn can ever go back to the apartment.

I told Jan you'd try to stop by before the family meeting Wednesday. Evelyn lights up when she sees you -- she still talks about you doing Harold's funeral.

Also, Bill Odegaard is home and doing great. Marilyn says he's already bossing the PT around.

R
"""
    add("phi", "names", "Evelyn Marsh", mk(RENEE, TOM, "Evelyn", body, d))

    # 2 deacon report in prose
    d = dt(2024, 11, 4, 21, 58)
    body = """Renee and fellow deacons,

Visits from this past week:

Stopped in on Mr. Kowalczyk Tuesday. His chemo starts next Monday at the cancer center -- every other week for six rounds. He was in good spirits but Irene is scared, she kept following me out to the car with questions I couldn't answer. Marlene, could you give her a call? She wants to know what to expect with the port and whether he'll lose his hair.

Took communion to the Schotts. Vern's left eye surgery got moved to Dec 11. Ada can't hear the phone at all now, so calling them is pointless -- go by.

Couldn't get in to see Harold J. (no visitors, he was down for a heart cath). Left a card with the nurse.

Phil
"""
    add("phi", "names", "Stan Kowalczyk", mk(PHIL, [RENEE, DEACONS], "my visits", body, d, cc=MARLENE))

    # 3 name only in subject
    d = dt(2025, 1, 9, 23, 11)
    body = """Still in ICU. Family only right now, no visitors please. They're hoping to take her off the ventilator tomorrow if her oxygen holds.

Keep praying. I'll update when I know more.

Renee
Sent from my iPhone"""
    add("phi", "names", "Bev Tannehill", mk(RENEE, [TOM, CARETEAM], "Re: Bev Tannehill", body, d, reply=CH, mid_style="phone"))

    # 4 voicemail transcription, Last, First
    d = dt(2025, 2, 24, 13, 9)
    body = """You have a new voicemail.

From:     HASKINS LORETTA  (740) 382-5820
Mailbox:  217 (Okafor, Marlene)
Received: %s
Length:   1 min 22 sec

Transcription (may not be accurate):
"Hi Marlene this is Loretta Haskins, um, I'm calling because I got home from the hospital Friday after the uh the mastectomy and the surgeon's office said to call you about the, the drain, I'm supposed to empty it and write down the amounts and I'm not sure I'm doing it right, and also I'd like somebody from church to come see me if that's, if that's possible. My number is 740 382 5820. Thank you honey, bye."

To listen, dial ext. 8000 or open the attached audio file in the RingLine app.
--
RingLine Business Voice | Ridgeview Covenant Church
""" % outlook_date(back(d, minutes=2))
    add("phi", "names", "Loretta Haskins", mk('"RingLine Voicemail" <voicemail@ringline-voice.com>', MARLENE,
        "New voicemail from HASKINS LORETTA (740) 382-5820", body, d, mid_style="app",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}))

    # 5 nickname
    d = dt(2024, 9, 17, 7, 12)
    body = """Renee - FYI, Big Jim called me last night from the hospital. They put in a pacemaker yesterday afternoon, he's at MSRMC on the cardiac floor, probably home Thursday. He says he's "fine" (of course) but he can't lift his left arm over his shoulder for 6 weeks, which means no ushering and no mowing. Somebody on the men's breakfast crew should probably cut his grass for a while -- I'll mention it Saturday.

Don't put him on the prayer list by name, he'll be mad. "A brother in our men's group" is fine.

T
"""
    add("phi", "names", "Jim Ostrowski (\"Big Jim\")", mk(TOM, RENEE, "Jim O.", body, d))

    # 6 PHI deep in a quoted thread about a room change
    d = dt(2025, 1, 10, 11, 48)
    p1 = back(d, hours=1, minutes=20)
    p2 = back(d, days=1, hours=2)
    p3 = back(d, days=2, hours=5)
    body = """Projector and screen are set up in 204 and I left the HDMI adapter in the top drawer. Wi-Fi network is RVC-Guest, password is on the whiteboard. Ticket closed.

Kyle

""" + SIG["kyle"] + "\n\n" + orig("Carol Whitcomb", p1, "Kyle Dempsey", "RE: Grief group room Jan 16") + """
Kyle, can you get a projector into 204 for the grief group starting Thursday the 16th? They're out of the Fellowship Hall because of the Women's retreat setup.

Carol

""" + orig("Ruth Abernathy", p2, "Carol Whitcomb", "RE: Grief group room Jan 16", cc="Renee Castellanos") + """
Room 204 is fine. We'll need the video on the first night and about 14 chairs in a circle, not rows. Can someone make sure the door can close? It's a tender group.

One more thing, for Renee -- Norma Vick called me. She told me she's been having panic attacks since Earl died and her doctor started her on something last week that makes her drowsy. She wants to come but asked to sit near the door in case she needs to step out. Please don't mention it to anyone else; she's embarrassed.

Ruth

""" + orig("Carol Whitcomb", p3, "Ruth Abernathy", "Grief group room Jan 16") + """
Hi Ruth, FYI Fellowship Hall isn't available Jan 16-Feb 6. I can give you Room 204 or the Library. Which would you prefer?

Carol
"""
    add("phi", "names", "Norma Vick", mk(KYLE, CAROL, "RE: Grief group room Jan 16", body, d, cc=RUTH, reply=CH))

    # 7 parish nurse to retired doctor about Mrs. Adeyemi
    d = dt(2024, 12, 11, 16, 20)
    body = """Sam,

Can I pick your brain? Mrs. Adeyemi (Folake, the tall lady who sits near the front on the left) has been coming to BP Sundays every month. Readings since August: 152/94, 158/90, 146/88, and Sunday 132/70 but she said she'd been dizzy all week. Her doctor added hydrochlorothiazide in November on top of the amlodipine.

She's 79 and lives alone. I'm wondering if I should encourage her to call the office about the dizziness before it turns into a fall, or if that's just adjustment. I'm visiting her Thursday anyway to help her set up the pill organizer.

Thanks for always being willing to answer my questions.

Marlene
"""
    add("phi", "names", "Folake Adeyemi", mk(MARLENE, SAM, "question about Mrs. Adeyemi", body, d))

    # 8 prayer chain urgent
    d = dt(2024, 9, 29, 22, 41)
    body = """URGENT PRAYER REQUEST

Please pray for Tyler Brandt, 17 (son of Mike and Kristen Brandt). Tyler was in a car accident on Route 33 tonight coming home from the football game. He was taken by helicopter to Ohio Valley Trauma Center in Columbus. He has a broken femur and they're watching for bleeding in his abdomen. He is conscious and talking.

Kristen asked me to send this out. They know you love them. Please don't call the family tonight; Pastor Tom is on his way to the hospital.

Deb
Prayer Chain
"""
    add("phi", "names", "Tyler Brandt", mk(DEB, PRAYER, "URGENT - please pray for Tyler", body, d,
        headers={"Importance": "High", "X-Priority": "1", "Precedence": "list"}))


# =================================================================== PHI: self
def gen_self():
    # 1 prayer request before own surgery
    d = dt(2024, 11, 3, 15, 47)
    body = """Pastor Renee,

I'm having my left knee replaced on Tuesday the 12th at St. Aldric (have to be there at 5:30 am, ugh). Would you put me on the prayer list? You can use my name, I don't mind. I'm more nervous about the anesthesia than the surgery since I had a bad reaction the last time.

Connie says I'll be home by Friday and then PT three times a week for 6 weeks. She's going to need some help getting me to PT since she doesn't drive on the highway.

Thanks,
Doug Farnsworth
"""
    add("phi", "self", "Doug Farnsworth", mk('"Doug Farnsworth" <dfarnsworth55@lakeshore-net.net>', RENEE,
        "prayer for my knee surgery", body, d))

    # 2 lowercase phone, ride request
    d = dt(2024, 11, 25, 6, 14)
    body = """hi gary its bev tannehill. i have the catarac surgery on my right eye dec 4 at eye associates, have to be there 7 am and they say i cant drive home after and need someone to stay for the eye drops instructions. my neighbor cant do it this time. can the rides people help?? also the next morning at 8:30 for the check up. thank you so much

bev

""" + PHONE_SIGS[0]
    add("phi", "self", "Bev Tannehill", mk('"Beverly Tannehill" <bevtannehill47@pinecrestmail.com>', GARY, "ride", body, d,
        mid_style="phone"))

    # 3 benevolence request, own hospital bill
    d = dt(2025, 2, 7, 23, 2)
    body = """Dear Pastor Renee and Benevolence Committee,

I'm embarrassed to write this but my small group leader said I should. In December I had to have emergency surgery for my appendix and I was in the hospital 3 days. I was laid off from the warehouse in November so I didn't have insurance yet through my new job. The bill from Marlow Springs Regional is $14,860 and I also got a separate bill from the surgeon's group for $3,200.

I applied for the hospital's financial assistance program (application #FA-25-00417) and they said they would take off part of it but I don't know how much yet. My account number is 8820-1173-02. I'm back to work now and I can pay something every month but I can't pay all of it.

I'm not asking for the whole thing, anything would help. I can bring the statements to the office.

Thank you and God bless,
Andre Whitfield-Moss
740-555-0147
"""
    add("phi", "self", "Andre Whitfield-Moss", mk('"Andre W-M" <andre.wmoss@crestlinemail.com>', RENEE,
        "benevolence request", body, d, cc=BRENDA))

    # 4 staff member about own claim
    d = dt(2025, 3, 4, 12, 15)
    prev = back(d, hours=3)
    body = """Thanks Brenda. Here's the info you asked for:

Member ID: W7731450033-01 (me)
Claim: 2025-0214-77120
Date: 2/14/25, MRI lumbar spine at Westgate Imaging
Denied for "no prior authorization" -- but Dr. Kaplan's office told me they got the auth. I have a reference number from them: PA-88123.

I've been off the pain meds for a week now and the PT is helping, so at least that's good. Just don't want to get stuck with $1,900.

Jenna

Jenna Collier
Director of Youth Ministries
Ridgeview Covenant Church

""" + on_wrote(prev, "Brenda Lutz <blutz@ridgeviewcovenant.org>") + "\n" + q(
        """Jenna, send me your member ID and claim number and I'll get Mark at Cornerstone on it. Don't pay anything yet.
B""")
    add("phi", "self", "Jenna Collier", mk('"Jenna Collier" <jcollier@%s>' % CH, BRENDA, "Re: my MRI claim", body, d, reply=CH))

    # 5 grief group member, own meds
    d = dt(2024, 10, 16, 19, 3)
    body = """Ruth,

I'm not going to make it to group tomorrow night. My doctor changed my anxiety medicine last week (off the one that wasn't working, onto something new) and I've been dizzy and foggy all week and I don't trust myself to drive after dark. I hope I'll be better by next Thursday.

I'm sorry. Thursday nights are the only thing I look forward to right now.

Phyllis
"""
    add("phi", "self", "Phyllis Dunn", mk('"Phyllis Dunn" <phyllisdunn@northgatemail.net>', RUTH, "tomorrow", body, d))

    # 6 flu shot question
    d = dt(2024, 10, 1, 20, 20)
    body = """Hello Marlene,

I saw in the bulletin that the flu shot clinic is Sunday. I'd like to get one but I wanted to ask first. I'm allergic to eggs (I get hives, not anything worse) and back in 2009 I had Guillain-Barré after a flu shot and spent two weeks in the hospital. My doctor at the time told me not to get them again but that was a long time ago and I'm 71 now and I worry about getting the flu.

Is it safe for me? Should I just skip it?

Thank you,
Carolyn Voss
(740) 382-7264
"""
    html = htmlize(body, "Verdana, sans-serif")
    add("phi", "self", "Carolyn Voss", mk('"Carolyn Voss" <cvoss1953@pinecrestmail.com>', MARLENE,
        "Question about the flu shot", body, d, html=html))

    # 7 after BP Sunday, first name only, phone
    d = dt(2024, 11, 13, 12, 58)
    prev = back(d, days=2, hours=1)
    body = """Marlene - you were right. My reading Sunday was 168/100 and I went to Dr. Odom Monday like you said. She put me on lisinopril 10 mg and wants me to check it at home twice a day for two weeks. I bought a cuff at Kessler's but I'm not sure I'm doing it right, the numbers jump all over. Can I bring it Sunday and have you check it against yours?

Thanks for pushing me.
Ray

Sent from my iPhone

""" + on_wrote(prev, "Marlene Okafor <mokafor@ridgeviewcovenant.org>") + "\n" + q(
        """Ray, great to see you at BP Sunday. Just following up -- please do call your doctor this week about that reading. Let me know how it goes.
Marlene""")
    add("phi", "self", "Ray Castellano", mk('"Ray Castellano" <raycastellano@brightlinemail.net>', MARLENE,
        "Re: Sunday", body, d, reply=CH, mid_style="phone"))


# =================================================================== PHI: struct
def gen_struct():
    # 1 HL7 ADT^A01 from hospital clergy notification feed
    d = dt(2024, 10, 14, 9, 3)
    hl7 = "\r".join([
        "MSH|^~\\&|EPICADT|MSRMC|CLERGYNOTIFY|RVCC|20241014083211||ADT^A01^ADT_A01|MSG0048812|P|2.5.1",
        "EVN|A01|20241014081900|||RN2231^SALAZAR^MONICA",
        "PID|1||MR00731946^^^MSRMC^MR||HOLLOWAY^WALTER^JAMES||19410322|M||2106-3|812 ASHGROVE LN^^MARLOW SPRINGS^OH^43310^USA||(740)382-6611|||M|CHR|ACCT55120834",
        "NK1|1|HOLLOWAY^JEAN^M|SPO|812 ASHGROVE LN^^MARLOW SPRINGS^OH^43310^USA|(740)382-6611||EC",
        "PV1|1|I|3E^327^A^MSRMC||||1336172844^ODOM^PATRICIA^L^^^MD|||CAR||||7|||1336172844^ODOM^PATRICIA^L^^^MD|IN||MCR|||||||||||||||||||MSRMC||ADM|||20241014075500",
        "PV2|||^SHORTNESS OF BREATH, LEG SWELLING",
        "DG1|1||I50.9^HEART FAILURE, UNSPECIFIED^I10||20241014|A",
        "ZCL|Y|RIDGEVIEW COVENANT CHURCH|PATIENT CONSENTS TO CLERGY NOTIFICATION",
    ]) + "\r"
    body = """Kyle,

The hospital's clergy notification came through like this again instead of the PDF summary. Can you call their interface people? It's happened three times this month. The raw message is below and attached.

(Renee -- FYI it's Walt Holloway, admitted to 3 East this morning. I'll go by after lunch.)

Marlene

""" + hl7.replace("\r", "\n")
    add("phi", "struct", "Walter Holloway", mk(MARLENE, KYLE, "clergy notification came in raw again", body, d, cc=RENEE,
        atts=[("MSG0048812.hl7", "application", "hl7-v2", hl7.encode())]))

    # 2 FHIR bundle from BP kiosk app
    d = dt(2024, 11, 10, 13, 27)
    bundle = {
        "resourceType": "Bundle", "id": "cufflog-export-20241110-RVC", "type": "collection",
        "timestamp": "2024-11-10T12:58:41-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:5e1c0a9e-7f42-4b8e-9d61-2f0c7a3b8e14",
             "resource": {"resourceType": "Patient", "id": "rvc-0419",
                          "identifier": [{"system": "https://cufflog.app/site/ridgeview-covenant/participant", "value": "RVC-0419"}],
                          "name": [{"family": "Fenwick", "given": ["Doris", "May"]}],
                          "gender": "female", "birthDate": "1952-08-14",
                          "telecom": [{"system": "phone", "value": "740-382-1930", "use": "home"}],
                          "address": [{"line": ["26 Kingsbury Pl"], "city": "Marlow Springs", "state": "OH", "postalCode": "43310"}]}},
            {"fullUrl": "urn:uuid:9b7d4c21-0e3a-4f55-a0c9-61d2e8f7b305",
             "resource": {"resourceType": "Observation", "status": "final",
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
                          "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
                          "subject": {"reference": "urn:uuid:5e1c0a9e-7f42-4b8e-9d61-2f0c7a3b8e14"},
                          "effectiveDateTime": "2024-11-10T10:41:12-05:00",
                          "component": [
                              {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6", "display": "Systolic"}]},
                               "valueQuantity": {"value": 171, "unit": "mmHg"}},
                              {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4", "display": "Diastolic"}]},
                               "valueQuantity": {"value": 99, "unit": "mmHg"}}],
                          "interpretation": [{"coding": [{"code": "H", "display": "High"}]}],
                          "note": [{"text": "Repeat after 5 min seated: 168/97. Participant reports headache x2 days. Advised to contact PCP today."}]}},
            {"fullUrl": "urn:uuid:1a2f6d3e-44c8-4d0b-b6a7-8c9e0f1d2a3b",
             "resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
                          "subject": {"reference": "urn:uuid:5e1c0a9e-7f42-4b8e-9d61-2f0c7a3b8e14"},
                          "effectiveDateTime": "2024-11-10T10:41:12-05:00",
                          "valueQuantity": {"value": 92, "unit": "/min"}}}]}
    body = """Marlene, the kiosk flagged one from this morning and the app only lets me export it in this format. Doris said she'd call her doctor tomorrow but she had a headache the last two days, so I'd like you to follow up. File attached.

Joy
"""
    add("phi", "struct", "Doris Fenwick", mk(JOY, MARLENE, "CuffLog flag - Doris F.", body, d,
        atts=[("cufflog_RVC-0419_20241110.json", "application", "fhir+json", json.dumps(bundle, indent=2).encode())]))

    # 3 X12 837P flu roster claims
    d = dt(2024, 10, 22, 10, 33)
    seg = [
        "ISA*00*          *00*          *ZZ*KESSLERRX      *ZZ*MEDCLRHOUSE    *241018*1422*^*00501*000004417*0*P*:",
        "GS*HC*KESSLERRX*MEDCLRHOUSE*20241018*1422*4417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*FLU241006HB*20241018*1422*CH",
        "NM1*41*2*KESSLER FAMILY PHARMACY*****46*KFP0193",
        "PER*IC*PRIYA DESAI*TE*7403824418",
        "NM1*40*2*CGS ADMINISTRATORS*****46*15202",
        "HL*1**20*1",
        "NM1*85*2*KESSLER FAMILY PHARMACY*****XX*1487702235",
        "N3*2200 STATE ROUTE 9",
        "N4*MARLOW SPRINGS*OH*43310",
        "REF*EI*311884720",
        "HL*2*1*22*0",
        "SBR*P*18*******MB",
        "NM1*IL*1*SCHOTT*VERNON****MI*2XE6FH7RA93",
        "N3*2 CEDAR LN",
        "N4*MARLOW SPRINGS*OH*43310",
        "DMG*D8*19390111*M",
        "NM1*PR*2*CGS ADMINISTRATORS*****PI*15202",
        "CLM*FLU1006-0041*55.40***12:B:1*Y*A*Y*Y",
        "HI*ABK:Z23",
        "LX*1",
        "SV1*HC:90662*40.06*UN*1***1",
        "DTP*472*D8*20241006",
        "LX*2",
        "SV1*HC:G0008*15.34*UN*1***1",
        "DTP*472*D8*20241006",
        "HL*3*1*22*0",
        "SBR*P*18*******MB",
        "NM1*IL*1*SCHOTT*ADA****MI*9GM3YV5CK28",
        "N3*2 CEDAR LN",
        "N4*MARLOW SPRINGS*OH*43310",
        "DMG*D8*19410625*F",
        "NM1*PR*2*CGS ADMINISTRATORS*****PI*15202",
        "CLM*FLU1006-0042*55.40***12:B:1*Y*A*Y*Y",
        "HI*ABK:Z23",
        "LX*1",
        "SV1*HC:90662*40.06*UN*1***1",
        "DTP*472*D8*20241006",
        "LX*2",
        "SV1*HC:G0008*15.34*UN*1***1",
        "DTP*472*D8*20241006",
    ]
    st_count = len(seg) - 2 + 1
    seg += ["SE*%d*0001" % st_count, "GE*1*4417", "IEA*1*000004417"]
    x12 = "~\n".join(seg) + "~\n"
    body = """Hi Marlene,

The two homebound claims from 10/6 (the Schotts) came back rejected at the clearinghouse -- "subscriber name does not match MBI." I've attached the 837 we sent. Is it possible the card says VERN rather than VERNON, or that Ada's card has a middle initial? If you're at their house this week, a photo of the front of both red-white-blue cards would solve it.

Thanks,
Priya

Priya Desai, PharmD
Kessler Family Pharmacy
Ph 740-382-4418 | Fax 740-382-4420
"""
    add("phi", "struct", "Vernon Schott; Ada Schott", mk('"Priya Desai" <pdesai@kesslerfamilyrx.com>', MARLENE,
        "rejected - homebound flu claims 10/6", body, d,
        atts=[("837P_FLU1006_HB_resubmit.x12", "application", "edi-x12", x12.encode())]))

    # 4 HL7 VXU immunization registry copy
    d = dt(2024, 10, 25, 15, 40)
    vxu = "\n".join([
        "MSH|^~\\&|KFPRX|KESSLER FAMILY PHARMACY|OHIO-IIS|ODH|20241025151802||VXU^V04^VXU_V04|KFP20241025-0331|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
        "PID|1||KFP0088217^^^KFP^PI||PFEIFFER^DOROTHY^ANN^^^^L|SCHILLING^^^^^^M|19360709|F||2106-3^White^CDCREC|302 LINDEN ST^^MARLOW SPRINGS^OH^43310^USA^L||^PRN^PH^^^740^3829917",
        "PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|20241025|||A|20241025|20241025",
        "NK1|1|PFEIFFER-ROSS^KAREN^^^^^L|CHD^Child^HL70063|||^PRN^PH^^^614^5550178",
        "ORC|RE||KFP-IMM-77120^KFP|||||||RD4471^DIZON^ROWENA^^^^^^^^^^RN|||||",
        "RXA|0|1|20241023143000|20241023143000|197^Influenza, high-dose, quadrivalent^CVX|0.7|mL^mL^UCUM||00^New immunization record^NIP001|RD4471^DIZON^ROWENA^^^^^^^^^^RN|^^^KESSLER FAMILY PHARMACY||||UT7741BA|20250630|PMC^Sanofi Pasteur^MVX|||CP|A",
        "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163",
        "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||20241023",
        "OBX|2|CE|30956-7^vaccine type^LN|2|88^Influenza, unspecified formulation^CVX||||||F",
        "OBX|3|TS|29768-9^Date vaccine information statement published^LN|2|20230808||||||F",
        "OBX|4|TS|29769-7^Date vaccine information statement presented^LN|2|20241023||||||F",
    ])
    ack = "MSH|^~\\&|OHIO-IIS|ODH|KFPRX|KESSLER FAMILY PHARMACY|20241025151809||ACK^V04^ACK|ODH8841205|P|2.5.1\nMSA|AA|KFP20241025-0331"
    body = """Marlene -- you asked for proof that Dorothy's shot got to the state registry (her daughter needed it for the assisted living paperwork). Here's our outbound message and the registry's ACK. "AA" = accepted. If the facility needs a printed record, Karen can get one from the ODH portal, or I can print one here.

Priya

--- outbound ---
""" + vxu + "\n\n--- ack ---\n" + ack + "\n"
    add("phi", "struct", "Dorothy Pfeiffer", mk('"Priya Desai" <pdesai@kesslerfamilyrx.com>', MARLENE,
        "registry confirmation - home visit shot 10/23", body, d))

    # 5 C-CDA discharge CCD forwarded by daughter
    d = dt(2024, 12, 4, 21, 15)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="DS-20241126-448190"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary - St. Aldric Hospital</title>
  <effectiveTime value="20241126141500-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="SAH-1187342"/>
      <addr use="HP"><streetAddressLine>55 Carroll Ave Unit 6B</streetAddressLine><city>Marlow Springs</city><state>OH</state><postalCode>43310</postalCode></addr>
      <telecom value="tel:+1-740-382-0936" use="HP"/>
      <patient>
        <name use="L"><given>Helen</given><given>R</given><family>Grabowski</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19380215"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.24"/>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge diagnosis"/>
      <title>Discharge Diagnosis</title>
      <text><list><item>Community-acquired pneumonia, right lower lobe</item><item>Acute kidney injury, resolving</item><item>Hypertension</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.11.1"/>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
      <title>Discharge Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Instructions</th></tr></thead><tbody>
        <tr><td>amoxicillin-clavulanate 875-125 mg tablet</td><td>1 tab by mouth twice daily x 5 more days</td></tr>
        <tr><td>metoprolol succinate 25 mg</td><td>1 tab daily</td></tr>
        <tr><td>lisinopril 20 mg</td><td>HOLD until seen by PCP (kidney function)</td></tr>
        <tr><td>acetaminophen 500 mg</td><td>1-2 tabs every 6 h as needed, max 3 g/day</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="8653-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge instructions"/>
      <title>Follow-up</title>
      <text>PCP Dr. M. Hallett within 7 days. Home health nursing 1x/week x 4 weeks. Encourage fluids and nutrition; weigh daily.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Marlene,

Here's the discharge file from Mom's patient portal -- it downloaded as this XML thing, I hope you can open it. It has her medicine list. I noticed one of her blood pressure pills says HOLD and I don't think she understood that, she might still be taking it. Could you look when you're there Thursday?

Theresa

Sent from my iPad"""
    add("phi", "struct", "Helen Grabowski", mk('"Theresa Grabowski-Lind" <tgrabowskilind@peakviewmail.com>', MARLENE,
        "Mom's discharge papers", body, d,
        atts=[("DischargeSummary_CCD.xml", "application", "xml", ccd.encode())]))

    # 6 pipe-delimited church-management export
    d = dt(2024, 11, 4, 5, 0, )
    lines = ["RECID|MEMBER_ID|LAST|FIRST|DOB|PHONE|CARE_TYPE|OPENED|STATUS|ASSIGNED|NOTE",
             "C-3301|M10442|MARSH|EVELYN|1931-04-03|740-382-2266|FACILITY|2024-10-28|OPEN|GHAYNES|Brookside rm 109; hip fx after fall; confusion worse PMs",
             "C-3302|M08817|ODEGAARD|WILLIAM|1946-05-14|740-382-1177|HOME|2024-10-25|OPEN|PTURNQUIST|post TKR; wants communion; PT 3x/wk",
             "C-3305|M11203|KOENIG|SANDRA|1961-12-19|740-382-4402|HOME|2024-09-02|OPEN|RPETTIBONE|chemo cycle 3/6; no visits Tue-Wed",
             "C-3307|M05519|DUBOIS|FRANK|1937-02-08|740-382-7048|HOSPICE|2024-11-01|OPEN|RCASTELLANOS|Evergreen hospice; O2 continuous; support spouse",
             "C-3309|M12090|JEFFRIES|HAROLD|1950-02-27|740-382-6630|HOSPITAL|2024-11-01|OPEN|RPETTIBONE|MSRMC 3E-327; cardiac cath 11/4",
             "C-3310|M09936|GREER|MARCUS|1983-06-30|740-382-4715|PASTORAL|2024-10-27|OPEN|RCASTELLANOS|depression; new counselor; ok to share name",
             "C-3311|M07781|WHITLEY|PEARL|1934-11-22|740-382-8059|FACILITY|2024-10-30|OPEN|GHAYNES|moved to Maple Terrace memory care"]
    body = """Scheduled export "Care Log - Open Items (weekly)" completed.

Records: 7
Format: pipe-delimited text (UTF-8)
Run at: 11/04/2024 05:00 AM
Requested by: rcastellanos

The file is attached. This export contains member information marked Confidential - Care Team. Do not forward outside the care team.

To change or stop this export: Admin > Reports > Scheduled Exports.

-- CongreTrack ChMS (do not reply to this message)
"""
    add("phi", "struct", "Evelyn Marsh; William Odegaard; Sandra Koenig; Frank Dubois; Harold Jeffries; Marcus Greer; Pearl Whitley",
        mk('"CongreTrack" <noreply@congretrack.com>', [RENEE, MARLENE], "[CongreTrack] Scheduled export: Care Log - Open Items", body, d,
           headers={"Auto-Submitted": "auto-generated"}, mid_style="app",
           atts=[("carelog_open_20241104.txt", "text", "plain", "\n".join(lines) + "\n")]))

    # 7 JSON webhook payload from meal-train app
    d = dt(2025, 1, 28, 18, 2)
    payload = {
        "event": "train.created", "delivery_id": "whd_9f21c07e4a", "attempt": 3,
        "organization": {"id": "org_ridgeview_cov", "name": "Ridgeview Covenant Church"},
        "train": {
            "id": "tr_44817", "title": "Meals for Dana Whitlock", "created_by": "lindafairweather@quillmail.com",
            "recipient": {"name": "Dana Whitlock", "phone": "740-382-6094", "email": "dwhitlock.home@riverbendmail.net",
                          "address": "5 Orchard Way, Marlow Springs, OH 43310"},
            "reason": "Recovering from hip replacement surgery on 1/29; can't stand at the stove for ~3 weeks",
            "dietary": ["low sodium", "diabetic-friendly", "no shellfish"],
            "adults": 1, "children": 0, "dropoff_instructions": "Leave in cooler on porch, text when dropped. She uses a walker, give her time to get to the door.",
            "start_date": "2025-02-03", "end_date": "2025-02-21", "days": ["Mon", "Wed", "Fri"]}}
    body = """Webhook delivery failed after 3 attempts.

Endpoint: https://ridgeviewcovenant.org/hooks/suppershare
Response: 404 Not Found
Event: train.created

Payload:
""" + json.dumps(payload, indent=2) + """

You're receiving this because you're listed as the technical contact for Ridgeview Covenant Church on SupperShare. Manage integrations at suppershare.net/settings/integrations.
"""
    add("phi", "struct", "Dana Whitlock", mk('"SupperShare" <notifications@suppershare.net>', KYLE, "Webhook delivery failed: train.created", body, d,
        headers={"Auto-Submitted": "auto-generated"}, mid_style="app"))


# =================================================================== CLEAN: admin
DALE = '"Dale Ruehle" <druehle@%s>' % CH

def gen_admin():
    # 1 BP Sunday moving location
    d = dt(2024, 10, 22, 10, 2)
    body = """Hi Dale,

Starting with the November 10 BP Sunday, the health ministry would like to move the blood pressure screening table from the Library to the east end of the Gathering Area. The Library stairs have been a problem for folks with walkers and canes, and we lose people who don't want to make the trip.

What we'd need each second Sunday, 8:45-12:30:
 - 2 six-foot tables and 8 chairs (4 with arms, please -- easier to get up from)
 - 1 power strip / extension cord for the automatic cuff and the laptop
 - the folding privacy screen from the nursery storage closet
 - a small trash can for used wipes (no sharps -- we don't do glucose checks)

We'll set up and tear down ourselves. Let me know if the east end works with the coffee cart traffic.

Thanks!
""" + SIG["marlene"]
    add("clean", "admin", "", mk(MARLENE, DALE, "BP Sunday - moving to Gathering Area starting 11/10", body, d, cc=HEALTHMIN))

    # 2 supply order approval
    d = dt(2024, 9, 12, 14, 44)
    prev = back(d, hours=4)
    body = """Approved. Please use budget line 5120 (Health Ministry - Supplies); you have $1,148 left for the year after this. Send the packing slip to me when it arrives.

Brenda

""" + on_wrote(prev, "Marlene Okafor <mokafor@ridgeviewcovenant.org>") + "\n" + q(
        """Brenda,

Requesting approval for the fall health ministry order before flu season:

  2  adult large BP cuffs (for the Omron unit)          $38.00
  1  adult thigh cuff                                   $44.50
  6  boxes alcohol prep pads (200 ct)                   $29.70
  4  boxes nitrile exam gloves, M and L                 $47.96
  1  sharps container pickup/replacement (MedWaste)     $65.00
  2  digital thermometers + probe covers                $52.40
  1  box hand sanitizer refills                         $31.25
                                                 ----------
                                                   $308.81

The sharps container is for the flu clinic -- the pharmacy brings their own but asked us to have a spare on hand.

Thanks,
Marlene""")
    add("clean", "admin", "", mk(BRENDA, MARLENE, "Re: health ministry supply order", body, d, reply=CH))

    # 3 flu clinic logistics with pharmacy
    d = dt(2024, 9, 18, 11, 30)
    body = """Marlene,

Thanks for the call yesterday. Confirming plans for Sunday, October 6:

Time: 8:30 am setup, vaccinating 9:00-12:30 (between and after services)
Location: Fellowship Hall, north wall
Staff from us: 2 pharmacists, 1 certified technician
Vaccines: standard quadrivalent, high-dose for 65+, and an egg-free cell-based option
Billing: we bill Medicare Part B and most commercial plans directly. Anyone without coverage is $35 and the church has said it will cover those, invoice to the church after. No one will be turned away.

What we'll need from the church:
 - 3 tables, 8 chairs, and an area where people can sit 15 minutes afterward
 - someone at a welcome table handing out the consent forms and current CDC Vaccine Information Statements (I'll drop off 150 of each on the 2nd)
 - a volunteer nurse in the observation area if possible; we bring epinephrine and the anaphylaxis kit

We'll also do up to 6 home visits after the clinic for homebound members. Just send me the list by Oct 2 so we can verify coverage ahead of time.

Priya Desai, PharmD
Kessler Family Pharmacy
"""
    add("clean", "admin", "", mk('"Priya Desai" <pdesai@kesslerfamilyrx.com>', MARLENE, "Flu clinic 10/6 - logistics", body, d, cc=CAROL))

    # 4 IT: prayer request form
    d = dt(2024, 12, 2, 9, 5)
    body = """Care team,

Heads up: as of this Friday (12/6) the "Request Prayer or Care" form on the website will move off the old form plugin and into CongreTrack's secure forms.

What changes for you:
 1. Submissions will no longer come to your email as plain text. You'll get a notice with a link, and you'll need to log in to CongreTrack to read the request.
 2. Only people in the "Care Team" security group can open them (currently: Renee, Tom, Marlene, Carol, and the deacon chair).
 3. Two-factor sign-in is now required for that group. If you haven't set it up, you'll be prompted on next login. Authenticator app or text message both work.
 4. The old form entries (2019-2024) will be purged from the website server after we confirm the migration. Ticket #IT-2024-0412 if you want to follow along.

Why: the old plugin stored everything on the web host unencrypted, and the insurance carrier's cyber questionnaire flagged it this year.

Questions to me. Thanks!

""" + SIG["kyle"]
    add("clean", "admin", "", mk(KYLE, CARETEAM, "Prayer request form moving to CongreTrack (Fri 12/6)", body, d,
        html=htmlize(body)))

    # 5 van insurance / lift inspection
    d = dt(2025, 1, 13, 13, 17)
    body = """Gary and Carol,

The church van policy renews 2/1. A few things the carrier needs this year (per our agent at Halvorsen Insurance):

 - Updated driver list for anyone who drives the 15-passenger or the wheelchair van. Drivers must be 21+, have had a license for 3+ years, and we need a signed MVR authorization on file. Current list has 14 names; I believe 3 are no longer driving.
 - Annual wheelchair lift inspection certificate for the Ford Transit (last one was 1/24/2024, expires 1/24/2025 -- Gary, can you book that this week? Midwest Mobility does it in about an hour.)
 - Confirmation that the rides ministry volunteers using their OWN cars understand that their personal auto policy is primary. We have a sign-off sheet; please make sure new drivers have signed it.

Premium is going up about 9% ($4,812 -> $5,245). It's in the 2025 budget.

Brenda
""" + SIG["brenda"]
    add("clean", "admin", "", mk(BRENDA, [GARY, CAROL], "Van insurance renewal - what we need by 1/31", body, d))

    # 6 prayer chain confidentiality guideline
    d = dt(2025, 2, 3, 16, 0)
    body = """Prayer Chain volunteers,

The elders approved the revised prayer chain guidelines last Tuesday. Most of it is what you're already doing, but please read these carefully:

1. We only send what the person (or their family, if they can't speak for themselves) has approved. When Carol or I take a request, we ask "What would you like us to share?" and we send exactly that.

2. No diagnoses, test results, medication names, or room numbers unless the family specifically asks us to include them. "Surgery Tuesday" is plenty. People can ask the family directly if they want details.

3. Don't forward prayer chain emails. Don't post them on Facebook, the church app, or group texts. Pray, and delete.

4. Children and youth requests go through their parents, always.

5. If someone mentions something to you in person ("don't tell anyone, but..."), that stays with you. If you think they need care, encourage them to call Pastor Renee or Marlene.

6. Requests are removed from the list after 4 weeks unless renewed.

Thank you for the way you hold people in prayer. It is a real ministry.

Pastor Renee
""" + "\n" + SIG["renee"] + "\n\n" + DISC
    add("clean", "admin", "", mk(RENEE, PRAYER, "Updated prayer chain guidelines - please read", body, d,
        headers={"Precedence": "list"}))

    # 7 care team meeting agenda + ics
    d = dt(2025, 3, 5, 10, 12)
    start = datetime.datetime(2025, 3, 13, 18, 30)
    end = datetime.datetime(2025, 3, 13, 20, 0)
    ics = make_ics("rvc-careteam-20250313@ridgeviewcovenant.org", start, end, "Congregational Care Team - monthly",
                   "Room 110 (Conference Room)", "Agenda attached in email. Zoom link: https://example.com/j/88120431", "Renee Castellanos")
    body = """Team,

Monthly care team meeting next Thursday, 3/13, 6:30-8:00 in the conference room (Zoom for anyone who can't come).

Agenda
 1. Opening prayer / devotion (Gloria)
 2. Visitation training update -- 6 new visitation volunteers starting in April
 3. Rides ministry: paratransit partnership, driver recruiting, mileage budget (Gary)
 4. Meal ministry: disposable container costs, freezer meals pilot (Linda)
 5. Health ministry: spring BP Sundays, CPR/AED class date, hearing screening idea (Marlene)
 6. Grief group spring session and facilitator coverage (Ruth)
 7. Care log review -- we will NOT go through individuals by name this month; just counts and follow-up process
 8. Holy Week: homebound communion schedule and volunteers

Please send me anything to add by Monday.

Renee
"""
    add("clean", "admin", "", mk(RENEE, CARETEAM, "Care Team meeting 3/13 - agenda", body, d,
        atts=[("invite.ics", "text", "calendar", ics)]))


# =================================================================== CLEAN: lookalike
def gen_lookalike():
    # 1 medical supply invoice with PDF
    d = dt(2024, 9, 27, 8, 2)
    lines = ["MIDSTATE CLINICAL SUPPLY CO.", "1180 Industrial Pkwy, Dayton OH 45414   (937) 555-0420",
             "", "INVOICE  #INV-2024-118402          Date: 09/26/2024", "Customer #: 004417-RVC      PO #: RVC-HM-0912",
             "Bill to: Ridgeview Covenant Church, Attn: Accounts Payable", "Ship to: Health Ministry, 4100 Harmon Mill Rd, Marlow Springs OH 43310",
             "", "Item       Description                          Lot          Qty   Unit     Ext",
             "BPC-AL22   Adult large cuff 32-42cm             L24-0883     2     19.00    38.00",
             "BPC-TH42   Thigh cuff 42-50cm                   L24-1120     1     44.50    44.50",
             "APP-200    Alcohol prep pad 200ct               AP240611     6      4.95    29.70",
             "NGL-M100   Nitrile glove M 100ct                NG8841-2     2     11.99    23.98",
             "NGL-L100   Nitrile glove L 100ct                NG8841-3     2     11.99    23.98",
             "THM-DIG2   Digital thermometer w/ 50 covers     TD23-7719    2     26.20    52.40",
             "HSR-1L     Hand sanitizer refill 1L (6)         HS0524B      1     31.25    31.25",
             "", "Subtotal 243.81   Tax exempt (cert #EX-31-77201)   Shipping 0.00", "TOTAL DUE: $243.81    Terms: Net 30",
             "Shipped 09/26/2024 UPS Ground  1Z 88A 4W1 03 4419 2750"]
    body = """Hello,

Please find attached invoice INV-2024-118402 for PO RVC-HM-0912. Your order shipped 9/26 via UPS Ground, tracking 1Z88A4W10344192750.

Note: sharps container service (line 5 on your PO) is billed separately by MedWaste Partners.

Thank you for your business!
Accounts Receivable
Midstate Clinical Supply Co. | ar@midstateclinicalsupply.com | (937) 555-0420 opt 3
"""
    add("clean", "lookalike", "", mk('"Midstate Clinical Supply AR" <ar@midstateclinicalsupply.com>', BRENDA,
        "Invoice INV-2024-118402 / PO RVC-HM-0912", body, d, cc=MARLENE,
        atts=[("INV-2024-118402.pdf", "application", "pdf", make_pdf(lines, "Invoice INV-2024-118402"))]))

    # 2 flu clinic dose reconciliation & billing summary
    d = dt(2024, 10, 31, 16, 5)
    body = """Marlene and Brenda,

Final reconciliation for the 10/6 clinic and the homebound visits (10/6-10/23). Aggregate only -- individual records stay with us.

VACCINE USED
  Product                               NDC             Lot        Exp        Doses
  Quadrivalent, standard (0.5 mL PFS)   49281-0424-50   UT8120DA   06/30/25      58
  High-dose quadrivalent (0.7 mL PFS)   49281-0124-65   UT7741BA   06/30/25      71
  Cell-based, egg-free (0.5 mL PFS)     70461-0424-03   P224187    06/30/25       9
  Wasted / drawn not given                                                         1
                                                                         Total    139

BILLING (by CPT/HCPCS)
  90686  IIV4 standard, preservative free      39 claims
  90662  IIV high-dose                          71 claims
  90674  ccIIV4                                  9 claims
  G0008  Medicare admin                         64 claims
  90471  Commercial admin                       55 claims
  ICD-10 on all claims: Z23 (encounter for immunization)

  Self-pay / uninsured (invoiced to church):  19 x $35.00 = $665.00   Invoice #KFP-INV-4471

Homebound visits completed: 6 of 6.
Adverse events reported: 0. VAERS submissions: 0.

Thank you -- this was our best church clinic yet.
Priya
"""
    add("clean", "lookalike", "", mk('"Priya Desai" <pdesai@kesslerfamilyrx.com>', [MARLENE, BRENDA],
        "10/6 clinic reconciliation + invoice KFP-INV-4471", body, d))

    # 3 BP Sunday aggregate stats
    d = dt(2025, 1, 6, 11, 11)
    body = """Health ministry team -- here's the 2024 year-end summary for the elders' report. Numbers only, no names.

BP SUNDAYS 2024 (second Sunday, 11 sessions; no session in July)

  Month   Screened  New*   >=140/90   >=180/110   Referred to PCP   Referred to ER
  Jan        41      6        12          1              9                 0
  Feb        38      4        10          0              8                 0
  Mar        44      7        13          1             11                 1
  Apr        36      3         9          0              6                 0
  May        40      5        11          0              7                 0
  Jun        33      2         8          0              5                 0
  Aug        29      4         7          1              6                 0
  Sep        47      9        15          2             12                 0
  Oct        52     11        17          1             14                 0
  Nov        45      5        12          0              9                 0
  Dec        31      2         8          0              6                 0
  -----    ----    ---      ----        ---            ---               ---
  Total     436     58       122          6             93                 1
  (*first-time participants)

Average systolic 134.2, diastolic 81.6. Median age of participants 68.
Flu clinic: 139 doses (see Priya's report). Home visits by parish nurse: 212. Hospital visits (all care team): 167.

Marlene
"""
    add("clean", "lookalike", "", mk(MARLENE, HEALTHMIN, "2024 numbers for the elders' report", body, d, cc=RENEE))

    # 4 care team phone directory
    d = dt(2024, 9, 3, 9, 0)
    body = """Updated Care Team contact list -- September 2024. Please delete older versions.

CHURCH OFFICE                        (740) 382-6140   fax (740) 382-6155
  Rev. Dr. Tom Aldridge, Senior Pastor             ext. 210   cell 740-819-3306
  Rev. Renee Castellanos, Congregational Care      ext. 212   cell 740-819-4471
  Marlene Okafor, RN, Faith Community Nurse        ext. 217   cell 740-819-2274
  Pastor Luis Ortega, Hispanic Ministry            ext. 230   cell 740-819-5012
  Pastor Jae-won Park, Korean Ministry             ext. 233   cell 740-819-6680
  Carol Whitcomb, Office Manager                   ext. 201
  Brenda Lutz, Finance & Benefits                  ext. 205
  After-hours pastoral emergency line              (740) 382-6199

DEACONS
  Ron Pettibone (chair)     740-555-0101
  Gloria Haynes             740-555-0118
  Phil Turnquist            740-555-0126
  Nancy Herrold             740-555-0139
  Dave Kowalski             740-555-0153

MINISTRY COORDINATORS
  Rides - Gary Tompkins           740-555-0143
  Meals - Linda Fairweather       740-555-0164
  Prayer Chain - Deb Sorensen     740-555-0177
  Grief Group - Ruth Abernathy    740-555-0182

HOSPITALS / FACILITIES
  Marlow Springs Regional Med Ctr    main 740-382-7700   spiritual care x4410
  St. Aldric Hospital                main 740-386-2000   chaplain office x2150
  Brookside Rehab & Nursing          740-382-9100
  Maple Terrace Senior Living        740-382-3350
  Evergreen Hospice                  740-382-5050
"""
    add("clean", "lookalike", "", mk(CAROL, CARETEAM, "Care Team phone list - Sept 2024", body, d,
        atts=[("CareTeam_Contacts_2024-09.txt", "text", "plain", body)]))

    # 5 AED monthly check + IT ticket
    d = dt(2024, 11, 1, 7, 46)
    body = """[Ticket #FAC-2024-0877] AED monthly inspection - November

Status: Closed
Submitted by: Dale Ruehle
Category: Facilities > Safety Equipment

Unit 1 - Gathering Area (cabinet by east doors)
  Model: ZOLL AED Plus   Serial: X17H118402   Status indicator: OK (green check)
  Pads: CPR-D-padz  Lot 24C0413  Exp 03/2029
  Batteries (10x 123A): installed 04/11/2023
  Alarm on cabinet: tested, working

Unit 2 - Gym
  Model: Philips HeartStart OnSite   Serial: A23F-08841   Status: OK (blinking green)
  Pads: Adult SMART pads  Lot 8819224  Exp 07/2026
  Infant/child key: present
  Battery: M5070A  Install 09/2022  Exp 09/2026

Rescue kits (gloves, razor, shears, CPR mask) present in both. Next inspection due 12/1/2024.
CPR/AED class for ushers and care team: Sat 1/25, 9am-1pm, Room 110, cap 12.

-- Ridgeview Facilities Helpdesk
"""
    add("clean", "lookalike", "", mk('"Ridgeview Helpdesk" <helpdesk@%s>' % CH, [DALE, MARLENE], "[Ticket #FAC-2024-0877] AED monthly inspection - November - Closed", body, d,
        headers={"Auto-Submitted": "auto-generated"}, mid_style="app"))

    # 6 licence / NPI verification for volunteer clinicians
    d = dt(2024, 9, 20, 15, 30)
    body = """Priya,

For your records, here are the volunteer clinicians for the 10/6 clinic observation area. I verified each license on the Ohio eLicense lookup today (all active, no discipline).

  Name                  Credential   Ohio License #    NPI           Expires
  Marlene Okafor        RN, BSN      RN.412877         1730495128    10/31/2025
  Joy Nakamura          RN           RN.388104         1164820937    10/31/2025
  Rowena Dizon          RN           RN.455920         1942306715    10/31/2025
  Samuel Whitfield      MD (ret.)    35.061884         1508839461    01/01/2026 (emeritus)
  Cora Villanueva       LPN          PN.170336         --            10/31/2025

CPR cards (BLS) on file for all five, earliest expiration 02/2025.

Marlene
""" + SIG["marlene"]
    add("clean", "lookalike", "", mk(MARLENE, '"Priya Desai" <pdesai@kesslerfamilyrx.com>', "Volunteer clinician licenses - 10/6 clinic", body, d))

    # 7 rides mileage reimbursement summary (drivers only)
    d = dt(2024, 12, 2, 12, 40)
    rows = [["Driver", "Trips", "Miles", "Rate", "Amount", "Check #", "Date paid"],
            ["Brenneman, Walt", 14, 312, 0.21, 65.52, 20451, "11/29/2024"],
            ["Herrold, Nancy", 9, 188, 0.21, 39.48, 20452, "11/29/2024"],
            ["Kowalski, Dave", 6, 141, 0.21, 29.61, 20453, "11/29/2024"],
            ["Pettibone, Ron", 11, 257, 0.21, 53.97, 20454, "11/29/2024"],
            ["Turnquist, Phil", 8, 166, 0.21, 34.86, 20455, "11/29/2024"],
            ["Tompkins, Gary", 17, 403, 0.21, 84.63, 20456, "11/29/2024"],
            ["TOTAL", 65, 1467, "", 308.07, "", ""]]
    body = """Gary,

November mileage reimbursements went out Friday. Summary below and attached. Rate is the IRS charitable rate ($0.14) plus the church's $0.07 supplement = $0.21/mile. Trip logs are filed in the finance office under 2024-RIDES-11.

YTD: 611 trips, 13,842 miles, $2,906.82 reimbursed against a $3,500 budget.

Brenda
"""
    add("clean", "lookalike", "", mk(BRENDA, GARY, "Nov mileage reimbursements", body, d,
        atts=[("Rides_Mileage_Nov2024.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(rows, "Nov 2024"))]))


# =================================================================== CLEAN: news
def gen_news():
    # 1 Care Connections newsletter with inline logo (HTML)
    d = dt(2024, 11, 15, 6, 0)
    body = """CARE CONNECTIONS -- November 2024
Congregational Care Ministry | Ridgeview Covenant Church

BY THE NUMBERS (October)
 * 58 meals delivered to 9 households
 * 61 rides to medical appointments (1,420 miles!)
 * 47 hospital and facility visits
 * 139 flu shots at our clinic with Kessler Family Pharmacy
 * 52 people at BP Sunday -- our biggest yet

WELCOME, NEW VOLUNTEERS
Seven people completed visitation training this fall. Thank you for saying yes.

COMING UP
 * Nov 17 -- "Surviving the Holidays" grief seminar, 2:00 pm, Room 204
 * Dec 8 -- BP Sunday, now in the Gathering Area (east end)
 * Dec 15 -- Blue Christmas service, 7:00 pm, Chapel
 * Dec 22 -- Homebound communion Sunday: we need 10 teams of two

HOW TO ASK FOR CARE
Call the church office at (740) 382-6140 or use the "Request Prayer or Care" form on our website. If it's an emergency after hours, call (740) 382-6199.

"Carry each other's burdens." Galatians 6:2

You are receiving this because you serve on a care ministry team. Unsubscribe: reply with UNSUBSCRIBE.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:620px">
<img src="cid:rvclogo" alt="Ridgeview Covenant Church" width="160" height="48">
<h2 style="color:#225740">Care Connections &mdash; November 2024</h2>
<h3>By the numbers (October)</h3>
<ul><li>58 meals delivered to 9 households</li><li>61 rides to medical appointments (1,420 miles!)</li>
<li>47 hospital and facility visits</li><li>139 flu shots at our clinic with Kessler Family Pharmacy</li>
<li>52 people at BP Sunday &mdash; our biggest yet</li></ul>
<h3>Welcome, new volunteers</h3><p>Seven people completed visitation training this fall. Thank you for saying yes.</p>
<h3>Coming up</h3><ul><li>Nov 17 &mdash; &ldquo;Surviving the Holidays&rdquo; grief seminar, 2:00 pm, Room 204</li>
<li>Dec 8 &mdash; BP Sunday, now in the Gathering Area (east end)</li><li>Dec 15 &mdash; Blue Christmas service, 7:00 pm, Chapel</li>
<li>Dec 22 &mdash; Homebound communion Sunday: we need 10 teams of two</li></ul>
<h3>How to ask for care</h3><p>Call the church office at (740) 382-6140 or use the &ldquo;Request Prayer or Care&rdquo; form on our website.
After-hours emergencies: (740) 382-6199.</p>
<p><i>&ldquo;Carry each other's burdens.&rdquo; Galatians 6:2</i></p>
<p style="font-size:9pt;color:#777">You are receiving this because you serve on a care ministry team.</p>
</body></html>
"""
    m = mk('"Ridgeview Congregational Care" <care@%s>' % CH, '"Care Ministry Volunteers" <carevolunteers@%s>' % CH,
           "Care Connections - November 2024", body, d, headers={"Precedence": "bulk"})
    # attach the logo as a related part of the HTML alternative
    m.add_alternative(html, subtype="html")
    html_part = m.get_payload()[-1]
    html_part.add_related(make_png("logo"), maintype="image", subtype="png", cid="<rvclogo>", filename="rvc-logo.png")
    add("clean", "news", "", m)

    # 2 health ministry bulletin insert
    d = dt(2024, 12, 19, 14, 12)
    body = """HEALTH MINISTRY CORNER -- for the Dec 22 & 29 bulletins

Winter Wellness

Cold & slippery: Most winter falls happen on the first few steps out of the house. Keep a bucket of sand or kitty litter by the door, wear boots with tread, and use the railings. The church parking lot is salted by 7:30 am on Sundays; the drop-off lane by the Gathering Area doors is the safest entrance.

It's not too late for a flu shot. Flu activity in our county usually peaks in January and February. Most pharmacies offer walk-in shots, and most insurance covers them at no cost. COVID-19 and RSV vaccines are also available for those eligible -- ask your doctor or pharmacist.

Know your numbers. A blood pressure reading of 130/80 or higher is considered high. Many people have no symptoms at all. BP Sundays are the second Sunday of each month, 9-12:30, in the Gathering Area.

Warning signs of stroke -- BE FAST: Balance, Eyes, Face drooping, Arm weakness, Speech difficulty, Time to call 911.

Questions? Marlene Okafor, RN, Faith Community Nurse, ext. 217.
"""
    add("clean", "news", "", mk(MARLENE, '"Bulletin" <bulletin@%s>' % CH, "Health corner for 12/22 and 12/29 bulletins", body, d,
        cc=CAROL))

    # 3 county health dept update forwarded
    d = dt(2025, 1, 24, 8, 55)
    prev = back(d, hours=20)
    body = """FYI for the care team -- sounds like a good time to remind visitors to stay home if sick and to use the sanitizer at Brookside and Maple Terrace. Both facilities have asked for masks in common areas for now.

Marlene

""" + fwd_block("Marlow County Health Dept <updates@marlowcountyhealth.org>", prev, "Community Partners <partners@marlowcountyhealth.org>",
                "Respiratory Virus Update - Week 3") + """
MARLOW COUNTY HEALTH DEPARTMENT
Respiratory Virus Surveillance -- Week ending January 18, 2025

Influenza
  Lab-confirmed cases this week: 412 (previous week 338)
  Influenza-associated hospitalizations: 37 (previous week 29)
  Predominant strain: Influenza A(H1N1)pdm09
  Activity level: HIGH and increasing

COVID-19
  Emergency department visits with COVID-19 diagnosis: 1.4% (stable)
  Hospital admissions: 11 (previous week 13)

RSV
  Pediatric ED visits: decreasing for 3rd consecutive week

Long-term care facilities reporting outbreaks: 4 (influenza 3, COVID-19 1)

Recommendations: Everyone 6 months and older should get a flu vaccine. Adults 75+ and adults 60-74 at increased risk are eligible for RSV vaccine. Stay home when sick. Visitors to long-term care facilities should follow facility masking guidance.

Data are provisional and subject to change. Full dashboard: marlowcountyhealth.org/respiratory
"""
    add("clean", "news", "", mk(MARLENE, CARETEAM, "Fwd: Respiratory Virus Update - Week 3", body, d))

    # 4 grief seminar announcement
    d = dt(2024, 11, 4, 10, 0)
    body = """You're invited

SURVIVING THE HOLIDAYS
A seminar for anyone grieving the death of someone they love

Sunday, November 17, 2:00-4:00 pm
Room 204, Ridgeview Covenant Church
Free. Childcare available with RSVP. Light refreshments.

The holidays can be some of the hardest days after a loss. In this two-hour seminar we'll talk honestly about what to expect, how to handle family gatherings and traditions, and where to find hope. You'll go home with a small guidebook and a plan for the weeks ahead.

Led by Ruth Abernathy, LCSW, and Pastor Renee Castellanos.

Our 10-week Seasons of Grief group begins again Thursday, January 16, at 7:00 pm.

RSVP to the church office, (740) 382-6140, or just come. Please share this with a friend or neighbor who might need it.
"""
    add("clean", "news", "", mk(OFFICE, '"Ridgeview Weekly" <weekly@%s>' % CH, "You're invited: Surviving the Holidays (Nov 17)", body, d,
        html=htmlize(body, "Georgia, serif"), headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@ridgeviewcovenant.org>"}))

    # 5 blood drive marketing
    d = dt(2025, 2, 10, 9, 30)
    body = """Hi Ridgeview friends,

Thank you for hosting! Your spring blood drive is confirmed:

  Sunday, March 16, 2025  |  8:30 am - 1:30 pm  |  Fellowship Hall
  Goal: 40 donors (your fall drive collected 36 units -- amazing!)

Every donation can help up to three patients in our 14 regional hospitals. Winter storms cancelled 23 drives across our region in January and our O-negative supply is under a 2-day level.

Donors must be 16+ (16 with parent consent), weigh at least 110 lbs, and feel well on the day of donation. Bring a photo ID. Eat a good breakfast and drink extra water.

Schedule at tricountyblood.org/sponsor/RVC2025 (sponsor code RVC2025) or call 1-800-555-0147.

Every presenting donor gets a T-shirt and a coupon for a free pint of Hollander's ice cream.

With gratitude,
Megan Tolliver
Donor Recruitment Representative
Tri-County Blood Alliance
"""
    add("clean", "news", "", mk('"Tri-County Blood Alliance" <drives@tricountyblood.org>', [CAROL, HEALTHMIN],
        "Your blood drive is confirmed - March 16", body, d, html=htmlize(body), headers={"Precedence": "bulk"}))

    # 6 Medicare / fall-prevention seminar
    d = dt(2024, 9, 30, 11, 15)
    body = """Ridgeview Health Ministry presents

TWO FREE SEMINARS THIS OCTOBER -- Fellowship Hall, after second service

Oct 13: "Medicare Open Enrollment Without the Headache"
Open enrollment runs October 15 - December 7. A certified volunteer counselor from the Ohio Senior Health Insurance Information Program (OSHIIP) will explain Part D drug plan changes for 2025, including the new $2,000 annual out-of-pocket cap, and how to compare plans. Bring your list of medications (not your card -- no personal information needed). No one will sell you anything.

Oct 27: "Stand Strong: Preventing Falls at Home"
One in four adults over 65 falls each year. A physical therapist from Marlow PT & Rehab will demonstrate simple balance exercises and walk through a home-safety checklist. Wear comfortable shoes.

Coffee and cookies provided. Both sessions are wheelchair accessible and will have a hearing loop.
Questions: healthministry@ridgeviewcovenant.org
"""
    add("clean", "news", "", mk(HEALTHMIN, '"Ridgeview Weekly" <weekly@%s>' % CH, "Oct health seminars: Medicare open enrollment & fall prevention", body, d,
        headers={"Precedence": "bulk"}))


# =================================================================== CLEAN: staff
def gen_staff():
    # 1 on-call rotation
    d = dt(2024, 10, 29, 15, 20)
    body = """Deacons and pastors,

Here is the after-hours on-call rotation for November and December. The on-call person carries the pastoral emergency phone (740-382-6199) from Monday 9 am to the following Monday 9 am. Hand off the phone at staff meeting.

  Week of     Primary              Backup
  Nov 4       Renee Castellanos    Ron Pettibone
  Nov 11      Tom Aldridge         Gloria Haynes
  Nov 18      Luis Ortega          Phil Turnquist
  Nov 25      Renee Castellanos    Nancy Herrold   (Thanksgiving)
  Dec 2       Jae-won Park         Dave Kowalski
  Dec 9       Tom Aldridge         Ron Pettibone
  Dec 16      Emmanuel Joseph      Gloria Haynes
  Dec 23      Renee Castellanos    Phil Turnquist  (Christmas)
  Dec 30      Luis Ortega          Nancy Herrold

Swaps are fine -- just tell Carol so the voicemail greeting gets updated.

Renee
"""
    add("clean", "staff", "", mk(RENEE, [DEACONS, TOM, LUIS, PARK, EMMANUEL], "On-call rotation Nov-Dec", body, d, cc=CAROL))

    # 2 parish nurse vacation coverage
    d = dt(2024, 12, 16, 9, 40)
    body = """Hi all,

I'll be away from Monday 12/23 through Friday 1/3, back in the office Monday 1/6. Joy Nakamura, RN, has graciously agreed to cover health ministry questions while I'm out: joy.nakamura@quillmail.com or 740-555-0188. She'll check the health ministry voicemail (ext. 217) each afternoon.

There is no BP Sunday in January because of the schedule; we'll resume February 9.

Home visits that are already scheduled have been handed over individually. Anything urgent should go to the on-call pastor as usual.

Merry Christmas!
""" + SIG["marlene"]
    add("clean", "staff", "", mk(MARLENE, [CARETEAM, CAROL], "Out of office 12/23 - 1/3: coverage", body, d,
        headers={"X-Auto-Response-Suppress": "OOF"}))

    # 3 payroll
    d = dt(2024, 11, 18, 8, 15)
    body = """Staff,

Because of Thanksgiving, timesheets for the pay period ending 11/24 are due by NOON Friday 11/22 (not Monday). Payday is Wednesday 11/27 instead of Friday.

Other reminders:
 - Holiday pay: Thanksgiving Thursday and Friday are paid holidays for all staff working 20+ hrs/week.
 - Mileage: submit October and November mileage on the new form (Finance > Forms > Mileage 2024 v2). Old forms will be returned.
 - Open enrollment for the staff health, dental and vision plans closes 11/30. If you do nothing, your current elections roll over. The HSA contribution election does NOT roll over -- you must re-elect.
 - W-4 and address changes must be in by 12/13 to show on your W-2.

Thanks!
""" + SIG["brenda"]
    add("clean", "staff", "", mk(BRENDA, '"All Staff" <staff@%s>' % CH, "Timesheets due early - Thanksgiving week", body, d))

    # 4 staff celebration
    d = dt(2025, 2, 26, 10, 50)
    body = """Shhh -- don't reply-all, Carol is on the staff list!

Our Carol Whitcomb celebrates 20 YEARS as office manager on March 14. We're throwing a surprise lunch after staff meeting on Tuesday 3/11 in the conference room. Potluck style -- sign up on the sheet in the copy room (hidden behind the toner boxes).

We're also collecting for a gift card to The Blue Heron (her favorite) and a framed photo collage. $10-20 suggested, envelope is with Brenda. Please send me any fun photos of Carol from over the years by 3/5.

Tom has agreed to keep her busy at 11:45.

Kyle
"""
    add("clean", "staff", "", mk(KYLE, ['"Staff (minus Carol)" <staff-surprise@%s>' % CH], "Carol's 20th - surprise lunch 3/11", body, d))

    # 5 flu clinic volunteer roster with credentials (xlsx)
    d = dt(2024, 10, 3, 19, 45)
    rows = [["Role", "Name", "Credential", "Shift", "Phone", "CPR exp"],
            ["Observation nurse", "Marlene Okafor", "RN, BSN", "8:30-12:45", "740-819-2274", "06/2025"],
            ["Observation nurse", "Joy Nakamura", "RN", "8:30-11:00", "740-555-0188", "02/2025"],
            ["Observation nurse", "Rowena Dizon", "RN", "10:45-12:45", "740-555-0191", "09/2025"],
            ["Physician on site", "Samuel Whitfield", "MD (retired)", "8:30-12:45", "740-555-0105", "04/2025"],
            ["Welcome table", "Cora Villanueva", "LPN", "8:30-11:00", "740-555-0114", "11/2025"],
            ["Welcome table", "Nancy Herrold", "", "10:45-12:45", "740-555-0139", ""],
            ["Runner / forms", "Kyle Dempsey", "", "8:30-12:45", "ext. 221", ""],
            ["Spanish interpreter", "Luis Ortega", "", "9:00-11:00", "ext. 230", ""],
            ["Korean interpreter", "Soo-jin Kim", "", "11:00-12:45", "740-555-0166", ""]]
    body = """Team, attached is the volunteer roster for Sunday's flu clinic. Please arrive 15 minutes before your shift and check in with me at the observation area. Name badges will be at the welcome table. Thank you!

Marlene
"""
    add("clean", "staff", "", mk(MARLENE, HEALTHMIN, "Sunday flu clinic volunteer roster", body, d,
        atts=[("FluClinic_Volunteers_Oct6.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(rows, "Volunteers"))]))

    # 6 background checks / training renewals
    d = dt(2025, 1, 7, 13, 5)
    body = """Hi Gary,

Per the church's Safe Ministry policy, the following rides and visitation volunteers have items expiring in Q1. They can't be scheduled after the expiration date until renewed.

  Volunteer            Item                                 Expires
  Walt Brenneman       Background check (renew every 3 yr)  02/14/2025
  Dave Kowalski        Safe Ministry online course           01/31/2025
  Nancy Herrold        MVR / driving record authorization    03/01/2025
  Phil Turnquist       Background check                      03/22/2025
  Gloria Haynes        Safe Ministry online course           02/28/2025

Background check links have been emailed to each person from our screening vendor. The online course is at the same link as last time (takes about 45 minutes).

I also scanned the blank driver sign-off sheet (personal auto policy is primary) so new drivers can print it -- attached.

Thanks for helping me nudge them!
""" + SIG["carol"]
    add("clean", "staff", "", mk(CAROL, GARY, "Q1 volunteer renewals - rides/visitation", body, d, cc=RENEE,
        atts=[("Scan_0107_001.png", "image", "png", make_png("blank", 170, 220))]))

    # 7 staff leave without details
    d = dt(2024, 10, 31, 16, 45)
    body = """Dear staff and deacons,

Pastor Luis Ortega will be on leave from Monday, November 4 through Monday, December 2. He is well supported and we look forward to his return.

During this time:
 - Hispanic ministry care requests (visits, hospital calls, prayer requests) should go to Pastor Renee, who will coordinate with Hermana Rosa Delgado for Spanish-language visits.
 - Sunday 12:30 worship: Rev. Alma Fuentes will preach Nov 10 and 24; the worship team leads Nov 17 with a lay reader.
 - His email will auto-reply with these instructions.

Please respect his time away and do not contact him about church business. Cards are welcome through the church office.

Tom

""" + SIG["tom"].split("\n\n", 1)[1]
    add("clean", "staff", "", mk(TOM, ['"All Staff" <staff@%s>' % CH, DEACONS], "Pastor Luis - leave Nov 4 - Dec 2", body, d))


# =================================================================== CLEAN: training
def gen_training():
    # 1 visitation training case study (docx)
    d = dt(2024, 9, 10, 20, 30)
    paras = ["**Visitation Ministry Training - Session 3: Hospital and Home Visits**",
             "Case study (fictional -- composite of common situations; any resemblance to real people is unintended)",
             "\"Mrs. A\" is an 82-year-old widow who has attended the church for 40 years. She fell at home three weeks ago and is now in a rehabilitation facility. Her son lives out of state. When you arrive, she is sitting up in a wheelchair, the TV is loud, and her lunch tray is untouched. She says, \"I don't know why God is keeping me here.\"",
             "Discussion questions:",
             "1. What do you do first when you enter the room? (Hand hygiene, introduce yourself, ask permission to turn the TV down.)",
             "2. How would you respond to her statement? What would you avoid saying?",
             "3. She asks you to call her son because she thinks the staff aren't telling him anything. What is your role? Who do you involve?",
             "4. After the visit, what do you write in the care log? What do you NOT write?",
             "Remember: we are not the medical team. We don't give advice about medications or treatment. We listen, pray if invited, and report concerns to the parish nurse or pastor.",
             "Role play: pair up. One person plays Mrs. A; the other is the visitor. Switch after 8 minutes."]
    body = """Hi visitation trainees,

Attached is the handout for Tuesday's session. Please read the case study before you come -- we'll do the role play in pairs.

Reminder that this is our last session before you start shadowing experienced visitors in October.

Pastor Renee
"""
    add("clean", "training", "", mk(RENEE, '"Visitation Trainees" <visit-training@%s>' % CH, "Session 3 handout - case study", body, d,
        atts=[("Visitation_Session3_CaseStudy.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(paras))]))

    # 2 confidentiality quiz
    d = dt(2025, 2, 12, 14, 0)
    body = """Prayer Chain & Care Team -- Confidentiality refresher quiz (10 minutes)

Please answer and bring to the Feb 20 meeting, or reply to me by email. Answers at the bottom -- no peeking!

1. A friend at Bible study asks why a certain member has been missing church. You know from the prayer chain she is in the hospital. You:
   a) tell them, since it's a prayer request anyway
   b) say "I'm not sure, you could give her a call"
   c) say "I can't say"
2. True or false: it's fine to forward a prayer chain email to your spouse so they can pray too.
3. A family asks that a request be shared "first name only." Which is acceptable?
   a) "Please pray for J., surgery Tuesday"
   b) "Please pray for John (Mary's husband), heart surgery Tuesday at St. Aldric"
4. True or false: if someone tells you about a health concern after church and you think they need help, you can let the parish nurse know.
5. How long do requests stay on the list unless renewed?

ANSWER KEY
1-b. 2-False (they can join the chain). 3-a. 4-True, but tell the person you'd like to and encourage them to call her themselves. 5-Four weeks.

Thanks,
Deb
"""
    add("clean", "training", "", mk(DEB, PRAYER, "quick confidentiality quiz before 2/20", body, d))

    # 3 church-management system test script
    d = dt(2024, 11, 26, 15, 10)
    body = """Renee, Marlene -- before we turn on the new Care module for everyone on 12/6, could you each run through this test script in the SANDBOX site (sandbox.congretrack.com/rvc)? It should take 20 minutes. Please do NOT enter real members in the sandbox.

TEST SCRIPT - Care Module v2 (sandbox)

Step 1. Log in with your sandbox account (username = your email + "-sbx"). Confirm 2FA prompt appears.
Step 2. Create a care record for test person "TEST, CAREPERSON ONE" (Member ID T-0001, DOB 01/01/1900).
        Care type: Hospital. Location: "Test General Hospital rm 000". Note: "Sample note - hospital visit requested."
Step 3. Assign the record to "Test Deacon" and confirm that Test Deacon receives the notification email.
Step 4. Add a follow-up task due tomorrow. Confirm it appears on your dashboard.
Step 5. Change care type to Home. Confirm history shows the change.
Step 6. Log in as sandbox user "viewer-sbx" (password in the IT vault). Confirm the note text is HIDDEN and only "Care record exists" shows.
Step 7. Create "TEST, CAREPERSON TWO" with the "Do not share on prayer list" flag. Run the Prayer List report. Confirm #TWO does not appear.
Step 8. Close both records. Run "Care Log - Open Items" export. Expected result: 0 records.

Record PASS/FAIL for each step in the attached sheet and send it back to me. Known issue: step 3 notification can take up to 5 minutes.

Kyle
"""
    rows = [["Step", "Expected", "Renee P/F", "Marlene P/F", "Notes"]] + [[i, "", "", "", ""] for i in range(1, 9)]
    add("clean", "training", "", mk(KYLE, [RENEE, MARLENE], "Care module test script (sandbox) - please run by 12/4", body, d,
        atts=[("CareModule_TestScript_Results.csv", "text", "csv", csv_text(rows))]))

    # 4 BP measurement training for new volunteers
    d = dt(2024, 8, 27, 18, 30)
    body = """New health ministry volunteers -- here are the notes from Saturday's training on taking blood pressures. Thanks for coming!

TECHNIQUE CHECKLIST
 [ ] Person seated 5 minutes, back supported, feet flat, legs uncrossed
 [ ] No caffeine, exercise or smoking in the last 30 min (ask!)
 [ ] Bare upper arm, cuff 1 inch above the elbow crease, artery marker over the brachial artery
 [ ] Right cuff size -- the bladder should circle 80% of the arm. Too small reads falsely HIGH.
 [ ] Arm supported at heart level
 [ ] No talking during the reading
 [ ] Take two readings 1-2 minutes apart and record both

PRACTICE SHEET (fictitious participants -- for practice only)
  Participant        Reading 1   Reading 2   What do you do?
  Sample Member A    118/76      116/74      Normal. Encourage to come back.
  Sample Member B    142/88      138/86      Elevated. Encourage PCP follow-up within a month.
  Sample Member C    186/112     182/110     No symptoms? Urge same-day call to PCP; notify nurse on duty.
  Sample Member D    176/104 + chest pain    Call 911. Do not drive them.

Remember: we screen and educate. We never diagnose, adjust medications, or tell anyone to stop a medicine.

Marlene & Sam
"""
    add("clean", "training", "", mk(MARLENE, '"New Health Ministry Volunteers" <hm-new@%s>' % CH, "BP training notes + practice sheet", body, d, cc=SAM))

    # 5 mental health first aid scenarios
    d = dt(2025, 3, 3, 9, 25)
    body = """Care team,

For Saturday's Mental Health First Aid for Congregations workshop, we'll practice with these scenarios. All characters are FICTIONAL -- please don't try to guess who they are, they aren't anyone.

Scenario 1 -- "Dan," 40s, usher. Lost his job in the fall. Lately he's irritable, skipping Sunday school, and made a comment at men's breakfast that "everybody would be better off" without him.
  Practice: the ALGEE steps. How do you ask directly about suicide? What resources do you give? (988 Suicide & Crisis Lifeline; County Crisis Line 740-555-0100.)

Scenario 2 -- "Priscilla," 70s, recently widowed. Her neighbor says she hasn't left the house in two weeks and the mail is piling up.
  Practice: a welfare check visit. When is it appropriate to call for help?

Scenario 3 -- "Kai," 16, youth group. Tells a leader he's been cutting and asks them not to tell his parents.
  Practice: what can and can't a volunteer promise? Mandatory reporting policy review.

Bring your copy of the Care Team handbook. Workshop runs 9-3, lunch provided.

Ruth Abernathy, LCSW (facilitator)
"""
    add("clean", "training", "", mk(RUTH, CARETEAM, "MHFA workshop Saturday - practice scenarios (fictional)", body, d, cc=RENEE))

    # 6 meal train coordinator onboarding with sample family
    d = dt(2025, 1, 20, 19, 55)
    body = """Hi Nancy and Bob,

Welcome to the meal coordinator team! To practice, I set up a pretend meal train in SupperShare's practice area. It's for the "Sampleton Family (FICTITIOUS - practice only)" so nobody gets a real notice.

Try these:
 1. Open the train "PRACTICE - Sampleton Family" and sign yourself up for Wed 1/29.
 2. Add a dietary note (e.g., "no dairy") and see how it shows up for cooks.
 3. Change the drop-off window to 4:30-5:00 and send the "update" message to the practice group.
 4. Close the train and check the thank-you note template.

Things to remember for REAL trains:
 - Only put in what the family says we can share. "Recovering from surgery" is enough -- no need for details.
 - Address and phone are visible only to people who sign up.
 - Always ask about allergies, kids' ages and whether they want visitors at drop-off.

Call me with any questions -- it's easier than it looks!
""" + SIG["linda"] + "\n"
    add("clean", "training", "", mk(LINDA, ['"Nancy Herrold" <nherrold@lakeshore-net.net>', '"Bob Carver" <bobcarver@brightlinemail.net>'],
        "practice meal train in SupperShare", body, d))


# =================================================================== main
def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    for g in (gen_care, gen_ids, gen_lang, gen_lists, gen_names, gen_self, gen_struct,
              gen_admin, gen_lookalike, gen_news, gen_staff, gen_training):
        g()
    counts = {}
    rows = []
    for label, kind, patient, msg in MSGS:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fn = "%s-%s-%03d.eml" % (label, kind, counts[key])
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fn, label, kind, patient])
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
