#!/usr/bin/env python3
"""Blind evaluation mail set: direct-to-consumer telemedicine (Mirren Health).
All people, numbers, organisations and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime
from datetime import timedelta
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr
from xml.sax.saxutils import escape as xesc

SEED = 8002
random.seed(SEED)

CO = "Mirren Health"
D = "mirrenhealth.com"
PH = "Bluestem Pharmacy Services"
PHD = "bluestemrx.net"
LAB = "Larkspur Diagnostics"
LABD = "larkspurdx.com"
PAYD = "tallywaypay.com"
SHIPD = "shipnorth-logistics.com"

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n"
              "the intended recipient(s) and may contain confidential and privileged information.\n"
              "Any unauthorized review, use, disclosure or distribution is prohibited. If you are\n"
              "not the intended recipient, please contact the sender by reply e-mail and destroy\n"
              "all copies of the original message.")

PH_DISCLAIMER = ("This message is from Bluestem Pharmacy Services, Inc. and may contain information that is\n"
                 "confidential or legally privileged. If you received it in error, notify the sender and\n"
                 "delete it. Bluestem Pharmacy Services | NABP Accredited | 1-800-555-0199")

STAFF = {
    'okafor': ("Adaeze Okafor", "MD", "Medical Director", "adaeze.okafor"),
    'pettis': ("Lauren Pettis", "MSN, FNP-C", "Nurse Practitioner", "lauren.pettis"),
    'whitaker': ("Sam Whitaker", "PA-C", "Physician Assistant", "sam.whitaker"),
    'menon': ("Rahul Menon", "MD", "Staff Physician", "rahul.menon"),
    'alvarado': ("Kristin Alvarado", "RN", "Clinical Operations Lead", "kristin.alvarado"),
    'feld': ("Jordan Feld", "", "Patient Support Team Lead", "jordan.feld"),
    'quintero': ("Marisol Quintero", "", "Patient Support Specialist II", "marisol.quintero"),
    'brandt': ("Theo Brandt", "", "Pharmacy Operations Manager", "theo.brandt"),
    'farouk': ("Nadia Farouk", "", "Payments & Disputes Analyst", "nadia.farouk"),
    'ashby': ("Colin Ashby", "", "Growth Marketing Manager", "colin.ashby"),
    'rao': ("Priyanka Rao", "", "Lifecycle Marketing Lead", "priyanka.rao"),
    'kowalczyk': ("Ben Kowalczyk", "", "Senior Software Engineer, Care Platform", "ben.kowalczyk"),
    'liu': ("Hannah Liu", "JD", "Privacy & Compliance Counsel", "hannah.liu"),
    'mbeki': ("Grace Mbeki", "", "People Operations Partner", "grace.mbeki"),
    'price': ("Devon Price", "", "Lab Partnerships Manager", "devon.price"),
    'castellano': ("Erin Castellano", "", "Workplace & Facilities", "erin.castellano"),
    'santos': ("Joy Santos", "RN", "Care Coordinator", "joy.santos"),
    'reyes': ("Mark Reyes", "RN", "Care Coordinator", "mark.reyes"),
    'hollis': ("Tanya Hollis", "", "Director of Patient Support", "tanya.hollis"),
    'ng': ("Victor Ng", "CPA", "Controller", "victor.ng"),
    'morales': ("Jenna Morales", "", "Senior Support Specialist", "jenna.morales"),
    'boateng': ("Kwame Boateng", "", "Revenue Cycle Manager", "kwame.boateng"),
    'sharma': ("Anjali Sharma", "", "QA Engineer", "anjali.sharma"),
    'fischer': ("Lena Fischer", "PharmD", "Clinical Pharmacist", "lena.fischer"),
}

USED_IDS = set()


def staff(k):
    n = STAFF[k]
    return formataddr((n[0], n[3] + "@" + D))


def sname(k):
    return STAFF[k][0]


def first(k):
    return STAFF[k][0].split()[0]


def phone(area=None):
    area = area or random.choice(["312", "415", "512", "617", "720", "646", "206", "404", "614", "503"])
    return "(%s) 555-01%02d" % (area, random.randint(0, 99))


def phone_dash(area=None):
    area = area or random.choice(["312", "415", "512", "617", "720", "646", "206", "404", "614", "503"])
    return "%s-555-01%02d" % (area, random.randint(0, 99))


def sig(k, ph=True, disc=False, short=False):
    n = STAFF[k]
    if short:
        s = "\n--\n%s\n%s, %s" % (n[0] + (", " + n[1] if n[1] else ""), n[2], CO)
    else:
        lines = ["", "--", n[0] + (", " + n[1] if n[1] else ""), n[2], CO]
        if ph:
            lines.append("d: %s | %s@%s" % (phone(), n[3], D))
        lines.append("mirrenhealth.com")
        s = "\n".join(lines)
    if disc:
        s += "\n\n" + DISCLAIMER
    return s


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v
    raise RuntimeError("id space")


def pid():
    return uniq(lambda: "MH-%07d" % random.randint(1000000, 9999999))


def oid():
    return uniq(lambda: "ORD-%08d" % random.randint(10000000, 99999999))


def rxn():
    return uniq(lambda: "%07d" % random.randint(6000000, 6999999))


def kit():
    return uniq(lambda: "LK-%05d-%s" % (random.randint(10000, 99999), random.choice("ABCDEFGH")))


def ticket():
    return uniq(lambda: "%06d" % random.randint(310000, 489999))


def hexid(n):
    return "".join(random.choices("0123456789abcdef", k=n))


def alnum(n):
    return "".join(random.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", k=n))


def dob(y0=1962, y1=2004):
    return datetime.date(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))


def mdY(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def trk():
    return uniq(lambda: "SN%012d" % random.randint(10**11, 10**12 - 1))


TZ = {
    'ET': datetime.timezone(timedelta(hours=-5)),
    'CT': datetime.timezone(timedelta(hours=-6)),
    'MT': datetime.timezone(timedelta(hours=-7)),
    'PT': datetime.timezone(timedelta(hours=-8)),
    'EDT': datetime.timezone(timedelta(hours=-4)),
    'UTC': datetime.timezone.utc,
}


def rdate(tz=None, start=(2024, 10, 1), days=240):
    base = datetime.datetime(start[0], start[1], start[2], 7, 0, 0)
    dt = base + timedelta(days=random.randint(0, days), minutes=random.randint(0, 12 * 60))
    tzv = TZ[tz] if tz else random.choice([TZ['ET'], TZ['CT'], TZ['MT'], TZ['PT'], TZ['ET']])
    return dt.replace(tzinfo=tzv)


def earlier(dt, hmin=1, hmax=30):
    return dt - timedelta(minutes=random.randint(hmin * 60, hmax * 60))


def _h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def fmt_g(dt):
    h, ap = _h12(dt)
    return "%s, %s %d, %d at %d:%02d %s" % (dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, h, dt.minute, ap)


def fmt_o(dt):
    h, ap = _h12(dt)
    return "%s, %s %d, %d %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year, h, dt.minute, ap)


def quote_g(text, who, dt):
    ql = []
    for l in text.rstrip("\n").split("\n"):
        ql.append(">" + ((" " + l) if l and not l.startswith(">") else l))
    return "On %s, %s wrote:\n" % (fmt_g(dt), who) + "\n".join(ql)


def quote_o(text, frm, to, subject, dt, cc=None):
    hdr = ["-----Original Message-----", "From: " + frm, "Sent: " + fmt_o(dt), "To: " + to]
    if cc:
        hdr.append("Cc: " + cc)
    hdr.append("Subject: " + subject)
    return "\n".join(hdr) + "\n\n" + text.rstrip("\n")


def fwd_block(text, frm, to, subject, dt):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n"
            % (frm, fmt_g(dt).replace(" at ", " at "), subject, to)) + text.rstrip("\n")


def build(frm, to, subject, body, date=None, cc=None, html=None, atts=(), extra=None,
          reply=False, related_png=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    date = date or rdate()
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = "<%s.%s@%s>" % (hexid(14), alnum(6), dom)
    if reply:
        ref = "<%s@%s>" % (hexid(20), dom if random.random() < 0.5 else "mail.example.com")
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
        if related_png:
            cid, data = related_png
            m.get_payload()[1].add_related(data, maintype="image", subtype="png", cid="<%s>" % cid,
                                           filename="logo.png", disposition="inline")
    for a in atts:
        fname, data, mt, st = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


# ---------------------------------------------------------------- attachment builders
ZDT = (2025, 1, 6, 9, 30, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(out))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paragraphs)
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    content = "BT /F1 10 Tf 54 750 Td 14 TL\n" + "".join("(%s) '\n" % _pdfesc(l) for l in lines) + "ET"
    cb = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(x).encode() + b"\n%%EOF\n"
    return out


def make_png(w, h, bg=(255, 255, 255), band=None, box=None):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            c = bg
            if band and band[0] <= y < band[1]:
                c = band[2]
            if box and box[0] <= x < box[2] and box[1] <= y < box[3]:
                c = box[4]
            raw.extend(c)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png():
    return make_png(160, 48, bg=(255, 255, 255), band=(40, 48, (46, 125, 96)), box=(8, 8, 40, 40, (46, 125, 96)))


def make_ics(summary, start, end, organizer, attendees, location, desc, uid):
    def f(dt):
        return dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Mirren Health//Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + f(start - timedelta(days=3)),
             "DTSTART:" + f(start), "DTEND:" + f(end), "SUMMARY:" + summary,
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, em))
    lines += ["LOCATION:" + location, "DESCRIPTION:" + desc.replace("\n", "\\n"), "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


FIRST_F = ["Dana", "Megan", "Alicia", "Brianna", "Kelsey", "Monique", "Hailey", "Rosa", "Courtney", "Amara",
           "Lindsay", "Noor", "Jasmine", "Tiffany", "Sierra", "Paige", "Destiny", "Lauren", "Erica", "Mei",
           "Shanice", "Gabriela", "Holly", "Farrah", "Ingrid", "Tori", "Valeria", "Bethany", "Keisha", "Naomi"]
FIRST_M = ["Marcus", "Tomas", "Jordan", "Gary", "Kyle", "Derek", "Leon", "Andre", "Caleb", "Dmitri", "Hector",
           "Raj", "Trevor", "Wesley", "Malik", "Owen", "Brandon", "Isaac", "Nolan", "Curtis", "Emeka", "Shane",
           "Lucas", "Fernando", "Grant", "Terrence", "Jared", "Vikram", "Colby", "Hugo"]
LAST = ["Whitcombe", "Castaneda", "Osterberg", "Varga", "McAllister",
        "Kaminski", "Iverson", "Beaumont", "Fitzgerald", "Yilmaz", "Achterberg",
        "Esposito", "Mwangi", "Santangelo", "Dunleavy",
        "Petrakis", "Ruiz", "Strand", "Kowal", "Thibodeaux", "Vance", "Greer", "Oyelaran", "Tamura",
        "Coughlin", "Baptiste", "Rasmussen", "Ferraro", "Dao", "Sandoval", "Whitley", "Aldana", "Crowder",
        "Bergstrom", "Delacruz", "Hargrove", "Szabo", "Mendoza", "Pellegrino", "Nwosu", "Gallagher",
        "Chowdhury", "Lachance", "Ibarra", "Holm", "Treadwell", "Kapoor", "Moreau", "Saldana", "Winslow", "Ortiz-Bell",
        "Faulkner", "Nakashima", "Rowe", "Catalano", "Brandvold", "Ekwueme", "Dimitrov", "Serrano", "Harlow", "Jablonski",
        "Villalobos", "Kearney", "Osborne", "Mahmoud", "Lundy", "Pacheco", "Riordan", "Sato", "Tillman", "Zapata"]
USED_NAMES = set()


def pname(sex=None):
    sex = sex or random.choice("FM")
    used_l = {x[1] for x in USED_NAMES}
    used_f = {x[0] for x in USED_NAMES}
    for tries in range(2000):
        f = random.choice(FIRST_F if sex == "F" else FIRST_M)
        l = random.choice(LAST)
        if tries < 1500 and (l in used_l or (tries < 400 and f in used_f)):
            continue
        if (f, l) not in USED_NAMES:
            USED_NAMES.add((f, l))
            return f, l
    raise RuntimeError("names")


STREETS = ["Maple Ridge Dr", "W Belmont Ave", "Harbor View Ln", "SE Division St", "Cedar Hollow Rd",
           "N Lamar Blvd", "Piedmont Ave NE", "Old Orchard Way", "E 14th St", "Sunset Terrace",
           "Willow Bend Ct", "Grand River Ave", "Larkin St", "Riverside Pkwy", "Copper Canyon Trl"]
CITIES = [("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Atlanta", "GA", "303"),
          ("Denver", "CO", "802"), ("Columbus", "OH", "432"), ("Seattle", "WA", "981"), ("Charlotte", "NC", "282"),
          ("Tampa", "FL", "336"), ("Minneapolis", "MN", "554"), ("Richmond", "VA", "232"), ("Boise", "ID", "837")]


def address():
    c = random.choice(CITIES)
    return ("%d %s" % (random.randint(100, 9899), random.choice(STREETS)), c[0], c[1], c[2] + "%02d" % random.randint(1, 99))


# ====================================================================== PHI: care
def care_1():
    dt = rdate()
    order = oid()
    ph = phone("520")
    body = f"""Hi team,

Bluestem flagged this one first thing. Dana Whitfield's box ({order}) sat at the ShipNorth hub in Phoenix over the weekend and the cold packs were long gone by the time it reached her yesterday afternoon. She sent photos through the app - the indicator strip on the insert is fully dark.

Her next dose is due Thursday, so the replacement has to go out TODAY, priority overnight, no signature required (she's at work during the day). Address hasn't changed:

  2218 E Calle Sombra
  Tucson, AZ 85716

Luis already voided the return label, so please do NOT ask her to mail the old pens back. She can toss them using the disposal sheet in the box.

Could someone on support call her after 3pm Arizona time at {ph}? This is the second warm box for her since January and she mentioned cancelling, so a one-month credit is pre-approved if it comes up.

Thanks,
Theo
""" + sig("brandt")
    m = build(staff("brandt"), "support-escalations@" + D,
              f"URGENT reship - Whitfield - box arrived warm ({order})", body, dt,
              cc=[formataddr(("Luis Ortega, PharmD", "luis.ortega@" + PHD))])
    return m, "Dana Whitfield"


def care_2():
    dt0 = rdate("ET")
    dt = dt0 + timedelta(hours=2, minutes=17)
    ph = phone("513")
    orig = f"""Hello,

My daughter Chloe Ramsey gets her pills from you every 3 months and she is away at college in Ohio right now. She called me last night upset because the new pack hasn't come and she only has 4 days left in the one she's on. She doesn't check her email much so I'm writing for her.

Her birthday is 8/19/2004 and her cell is {ph} if that helps you find her account. Could you please send it to her dorm instead of our house? It's

Chloe Ramsey
Kessler Hall Rm 412
1140 Lakeview Dr
Oxford OH 45056

I'm happy to pay for faster shipping. Thank you so much,
Karen Ramsey"""
    body = f"""Hi Karen,

Thanks for reaching out, and I completely understand wanting to get this sorted for her quickly.

Because the account belongs to Chloe, we're only able to change shipping details or talk about her orders with her directly. The fastest way is for Chloe to log in and update the address under Account > Shipping, or to reply to this email from the address on her account. As soon as she does, I'll make sure it goes out with expedited shipping at no charge.

Warmly,
Marisol
Mirren Health Patient Support
support@mirrenhealth.com | (888) 555-0147

{quote_g(orig, "Karen Ramsey <kramsey62@example.net>", dt0)}
"""
    m = build(formataddr(("Mirren Health Support", "support@" + D)), formataddr(("Karen Ramsey", "kramsey62@example.net")),
              "Re: my daughter's order", body, dt, reply=True)
    return m, "Chloe Ramsey"


def care_3():
    dt = rdate("CT", start=(2025, 3, 7), days=0)
    body = """Sam -

Two I couldn't close before I log off for the weekend, both in your state queue:

1) Jordan Pike - his follow-up video visit is booked with you Tues 4:30 your time (he asked for after work, so please don't move it earlier). He just needs the check-in before we renew the daily one for another 90 days. Last refill ships 3/22.

2) Abena Osei - still waiting on her to upload the home cuff reading. Once it's in she's good to go up to the next step on the pen, I already wrote the plan in her chart. She's called support twice today, so if you approve, please ping Joy so someone calls her back. Her cell is in the chart, she prefers texts.

Everything else is either signed or waiting on the patient. Have a good weekend!

L

Lauren Pettis, MSN, FNP-C
Nurse Practitioner | Mirren Health
"""
    m = build(staff("pettis"), staff("whitaker"), "weekend handoff - 2 open", body, dt, cc=staff("santos"))
    return m, "Jordan Pike; Abena Osei"


def care_4():
    dt = rdate("PT", start=(2025, 4, 28), days=6)
    t = ticket()
    order = oid()
    body = f"""## Please type your reply above this line ##

Marisol Quintero added an internal note to ticket #{t}

Requester: Gary Lindqvist (glindqvist@example.com)
Subject: pause request
Assignee: Pharmacy Ops

------------------------------------------------------------

Marisol Quintero (Mirren Health)
{fmt_o(dt)}

Internal note:
Called back Gary Lindqvist. He's traveling for work in Lisbon until 6/1 and asked us to pause his monthly refills so nothing sits on his porch. Moved next ship date from 5/9 to 6/2 and kept the same plan + price. He says he still has about 10 tablets left, enough to get him through.

@Pharmacy Ops please make sure {order} doesn't get released on the 9th - it was already in the batch queue when I changed the date. Also please suppress the "your refill is on its way" email until then, he was annoyed about getting it last time he paused.

------------------------------------------------------------
View this ticket: https://help.{D}/agent/tickets/{t}

This email is a service from Mirren Health Support.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p style="color:#999">## Please type your reply above this line ##</p>
<p><b>Marisol Quintero</b> added an internal note to ticket <a href="https://help.{D}/agent/tickets/{t}">#{t}</a></p>
<table style="font-size:12px"><tr><td>Requester:</td><td>Gary Lindqvist (glindqvist@example.com)</td></tr>
<tr><td>Subject:</td><td>pause request</td></tr><tr><td>Assignee:</td><td>Pharmacy Ops</td></tr></table>
<div style="background:#fff8dc;border:1px solid #e8d88a;padding:10px;margin-top:10px">
<p>Called back Gary Lindqvist. He's traveling for work in Lisbon until 6/1 and asked us to pause his monthly refills so nothing sits on his porch. Moved next ship date from 5/9 to 6/2 and kept the same plan + price. He says he still has about 10 tablets left, enough to get him through.</p>
<p>@Pharmacy Ops please make sure {order} doesn't get released on the 9th - it was already in the batch queue when I changed the date. Also please suppress the "your refill is on its way" email until then, he was annoyed about getting it last time he paused.</p></div>
<p style="color:#999;font-size:11px">This email is a service from Mirren Health Support.</p></body></html>"""
    m = build(formataddr(("Mirren Health Support", "notifications@help." + D)), "pharmacy-ops@" + D,
              f"[Mirren Support] Internal note on #{t}: pause request", body, dt, html=html,
              extra={"Auto-Submitted": "auto-generated", "X-Mailer": "HelpDesk Notifications"})
    return m, "Gary Lindqvist"


def care_5():
    dt0 = rdate("ET", start=(2025, 2, 11), days=1)
    dt = dt0 + timedelta(hours=5, minutes=9)
    k = kit()
    acc = "A" + str(random.randint(2400000, 2499999))
    lab_note = f"""Hello Mirren team,

Please see the specimen status update below. Per our agreement, Larkspur does not contact patients directly.

Patient:        CASTILLO, RENEE
Kit ID:         {k}
Accession:      {acc}
Collected:      02/03/2025 (patient reported)
Received:       02/10/2025
Status:         REJECTED - QNS (quantity not sufficient) on 2 of 4 analytes

A replacement collection kit was mailed on 02/11/2025 to the address on the requisition via USPS First-Class. The patient will need to recollect; the original requisition remains valid for 60 days.

Regards,
Wendy Cho
Client Services | Larkspur Diagnostics
(800) 555-0163 option 2"""
    body = f"""Can someone on support reach out to Renee? Use the "recollect - replacement kit shipped" macro, and maybe mention filling the collection tube up to the line this time, that's what got her. No charge for the second kit.

Thx
Devon

{fwd_block(lab_note, "Larkspur Client Services <clientservices@" + LABD + ">", "labpartners@" + D, "Specimen status: " + k + " - REJECTED/QNS", dt0)}
""" + sig("price", short=True)
    m = build(staff("price"), "support-escalations@" + D, f"Fwd: Specimen status: {k} - REJECTED/QNS", body, dt)
    return m, "Renee Castillo"


def care_6():
    dt0 = rdate("PT")
    visit = dt0 + timedelta(days=4)
    visit = visit.replace(hour=18, minute=15)
    auto = f"""A video visit has been scheduled.

Patient:      Tomas Ferreira
Provider:     Rahul Menon, MD
When:         {fmt_o(visit)} (Pacific)
Visit type:   Follow-up, 20 min
Join link:    https://visit.{D}/v/{alnum(10)}

Reason (from patient): "check in about the dose, still getting the flushing"

Need to reschedule? Use the provider console. This is an automated message - do not reply."""
    body = f"""Rahul, FYI on your Wed evening slot - Tomas asked for a Portuguese interpreter when he booked, I put the request in with LanguageLine for 6:10 so they're on before you join. His English is ok but his wife usually helps and she won't be home that night.

Joy

{fwd_block(auto, "Mirren Scheduling <no-reply@visit." + D + ">", staff("menon"), "New video visit: Ferreira, Tomas", dt0)}
"""
    m = build(staff("santos"), staff("menon"), "Fwd: New video visit: Ferreira, Tomas", body, dt0 + timedelta(minutes=40))
    return m, "Tomas Ferreira"


def care_7():
    dt = rdate("MT", start=(2024, 11, 4), days=7)
    order = oid()
    body = f"""Hi Bluestem team,

Can you add a sharps container and an extra box of pen needles to Brandon Pruitt's next shipment ({order}, ships 11/14)? He says he ran out early because a couple of the needles bent. No charge to him - bill it to our supplies line.

Also he asked for it to be left with the front desk at his building (Halcyon Apartments, 700 S Logan St, Denver) rather than at his door.

Thanks!
Jenna
--
Jenna Morales
Senior Support Specialist, Mirren Health
"""
    m = build(staff("morales"), "mirren-orders@" + PHD, f"add supplies to {order}", body, dt,
              cc="pharmacy-ops@" + D)
    return m, "Brandon Pruitt"


def care_8():
    dt0 = rdate("ET")
    dt = dt0 + timedelta(minutes=52)
    orig = """Tanya - got a call I'm not sure how to handle. Mrs. Nakamura called on behalf of her husband Isaac Nakamura. He's been in the hospital since Sunday and she wants us to stop his shipments and cancel the subscription for him. She's not on the account and he can't come to the phone. She also asked if she should throw out the box that came Monday or bring it to the hospital.

I didn't cancel anything yet. Do we have a process for a family member when the patient can't call in?

Jenna"""
    body = f"""Jenna - good call not cancelling. For now:

- put a hold on the subscription (not a cancel), note who called and when
- don't discuss what's in the box. Tell her to keep it in the fridge and we'll sort it out once he's able to talk to us or she sends the authorized rep form
- send her the authorized representative form link from the macro

I'll add this to the Thursday agenda, we need a written process.

Tanya

{quote_o(orig, sname("morales"), sname("hollis"), "family member calling - Nakamura", dt0)}
""" + sig("hollis", disc=True)
    m = build(staff("hollis"), staff("morales"), "RE: family member calling - Nakamura", body, dt, reply=True)
    return m, "Isaac Nakamura"


# ====================================================================== PHI: ids
def ids_1():
    dt0 = rdate("UTC", start=(2025, 2, 4), days=8)
    dt = dt0.astimezone(TZ['CT']) + timedelta(hours=3)
    dp = "dp_" + alnum(24)
    ch = "ch_" + alnum(24)
    cus = "cus_" + alnum(14)
    p = pid()
    order = oid()
    auto = f"""A cardholder has disputed a payment to Mirren Health.

Dispute ID:        {dp}
Charge:            {ch}
Amount:            $237.00 USD
Reason:            subscription_canceled
Card:              Visa ending 4417
Customer:          {cus}
Statement desc.:   MIRRENHLTH*RX REFILL
Charge date:       Jan 27, 2025
Evidence due by:   Mar 3, 2025 11:59 PM UTC

Respond in the dashboard: https://dashboard.{PAYD}/disputes/{dp}"""
    body = f"""Theo, Jordan -

New one on the acne plan. Patient ID {p}, order {order} (3-month tretinoin 0.05% + clindamycin). She cancelled in the app on 1/29 but the refill was already released to Bluestem on 1/27 and delivered 1/31, so per policy this should be winnable.

Can I get by Friday:
- Bluestem proof of delivery for {order}
- the cancel confirmation email we sent her on 1/29 (support, can you export from the ticket?)

I'll pull the consult timestamps + signed terms myself.

Nadia

{fwd_block(auto, "Tallyway Disputes <disputes-noreply@" + PAYD + ">", "payments@" + D, "[Action required] New dispute " + dp, dt0)}
""" + sig("farouk")
    m = build(staff("farouk"), [staff("brandt"), staff("feld")], "Fwd: [Action required] New dispute " + dp, body, dt)
    return m, ""


def ids_2():
    dt = rdate("CT")
    rx = rxn()
    d = dob(1980, 1992)
    mem = "ZQH%09d" % random.randint(10**8, 10**9 - 1)
    body = f"""Mirren Pharmacy Ops,

Rx #{rx}  |  DOB {mdY(d)}  |  Prescriber: Pettis, Lauren NP
Drug: Zepbound (tirzepatide) 5 mg/0.5 mL pen, #4, 28 DS

Claim adjudicated 10:42 CT - REJECTED
  NCPDP 75  Prior Authorization Required
  NCPDP 569 Provide Notice: Medicare Part D Coverage... (N/A, commercial)
Member ID: {mem}   BIN 610494  PCN 9999  Group RX4471

Patient chose the insurance route at checkout. Do you want us to (a) hold and wait for a PA, or (b) convert to the cash/self-pay price? We'll hold 72 hrs then return to queue per SOP.

Rebecca Lunde, CPhT
Bluestem Pharmacy Services - Mirren Team
Direct (614) 555-0138 | Fax (614) 555-0139

{PH_DISCLAIMER}
"""
    m = build(formataddr(("Rebecca Lunde", "rebecca.lunde@" + PHD)), "pharmacy-ops@" + D,
              f"Claim rejection - Rx {rx} - DOB {mdY(d)}", body, dt)
    return m, ""


def ids_3():
    dt0 = rdate("ET", start=(2025, 3, 18), days=10)
    dt = dt0 + timedelta(hours=1, minutes=3)
    acct = "%08d" % random.randint(10000000, 99999999)
    t = ticket()
    orig = f"""hey billing team - member w/ acct {acct} (ticket #{t}) needs an itemized receipt for her HSA. she wants it to cover her 3/14 async visit ($39) and the hormone kit ($129), and her HSA admin is asking for the diagnosis code + clinician NPI on it, not just the stripe receipt.

can we generate one of those superbills? I don't see a macro for it.

ty!
Marisol"""
    body = f"""Yep we can - I'll run it from the billing console and attach to the ticket by EOD. Diagnosis code will pull from the visit note automatically. For future ones just tag the ticket "superbill" and it lands in our queue.

Kwame

{quote_g(orig, "Marisol Quintero <marisol.quintero@" + D + ">", dt0)}
""" + sig("boateng", ph=False)
    m = build(staff("boateng"), staff("quintero"), "Re: superbill request", body, dt, cc="billing@" + D, reply=True)
    return m, ""


def ids_4():
    dt = rdate("PT")
    pidn = random.randint(3000000, 3999999)
    o1, o2 = oid(), oid()
    t1, t2 = trk(), trk()
    body = f"""Ben Kowalczyk created INC-2291

Summary:  Duplicate order created on webhook retry
Priority: High   |   Component: orders-service   |   Status: Open

Description:
At 02:14 UTC the payment webhook for patient_id={pidn} was delivered twice (processor retry after our 504). Both deliveries created an order:

  {o1}  sildenafil 20mg tab x30   tracking {t1}   SHIPPED
  {o2}  sildenafil 20mg tab x30   tracking {t2}   SHIPPED

Only one charge captured. Bluestem filled both before the nightly dedupe job ran.

Asks:
  - CX: contact patient, offer return label or keep at no charge (Jordan to decide)
  - Pharmacy: void second fill in Bluestem system so refill count is correct
  - Eng: idempotency key on order creation (PR #4412)

View: https://mirren.tracker.example.com/browse/INC-2291
You're receiving this because you're watching orders-service.
"""
    m = build(formataddr(("Mirren Tracker", "tracker-noreply@" + D)), "eng-incidents@" + D,
              "[INC-2291] Duplicate order created on webhook retry", body, dt,
              cc=[staff("feld"), staff("brandt")], extra={"Auto-Submitted": "auto-generated"})
    return m, ""


def ids_5():
    dt = rdate("CT")
    claim = "LU-%02d-%07d" % (random.randint(22, 25), random.randint(1000000, 9999999))
    d = dob(1975, 1982)
    pdf = make_pdf([
        "GREAT PLAINS MUTUAL LIFE - UNDERWRITING SERVICES",
        "AUTHORIZATION TO OBTAIN AND DISCLOSE INFORMATION",
        "",
        "Reference / Application No.: " + claim,
        "Proposed Insured DOB: " + mdY(d) + "     SSN (last 4): XXX-XX-" + str(random.randint(1000, 9999)),
        "",
        "I authorize any physician, medical practitioner, hospital, clinic, pharmacy or other",
        "medical or medically related facility to give Great Plains Mutual Life or its",
        "reinsurers any information on diagnosis, treatment and prognosis, prescriptions and",
        "telehealth consultations with respect to any physical or mental condition.",
        "",
        "This authorization is valid for 24 months from the date signed.",
        "",
        "Signature of Proposed Insured: /s/ (on file)      Date: " + mdY(dt.date() - timedelta(days=9)),
    ])
    body = f"""To Whom It May Concern,

Great Plains Mutual Life is underwriting a life insurance application for one of your patients. Please find the signed authorization attached.

Application No.:   {claim}
Proposed insured:  DOB {mdY(d)}

We are requesting copies of all telehealth consultation notes, prescriptions issued and at-home laboratory results from 01/01/2023 to present, including any weight-management program records. Records may be returned by secure fax to (402) 555-0172 or via our portal.

Kindly reference the application number on all correspondence.

Sincerely,
Medical Records Retrieval Unit
Great Plains Mutual Life Insurance Company
"""
    m = build(formataddr(("GPML Records Retrieval", "apsrequests@greatplainsmutual-life.com")),
              "records@" + D, f"APS request - Ref {claim}", body, dt,
              atts=[("Authorization_" + claim + ".pdf", pdf, "application", "pdf")])
    return m, ""


def ids_6():
    dt = rdate("ET")
    k = kit()
    p = pid()
    acc = "A" + str(random.randint(2500000, 2599999))
    body = f"""LARKSPUR DIAGNOSTICS - PROVIDER PORTAL NOTIFICATION

Result requires provider review - CALLBACK REQUIRED

Client:        Mirren Health (acct 10447)
Patient ID:    {p}
Kit ID:        {k}
Accession:     {acc}
Panel:         Comprehensive Metabolic + A1c (at-home)
Released:      {dt.strftime('%m/%d/%Y')} 06:12 ET

One or more results meet your organization's critical-value notification threshold.
Per your notification agreement, results are held from the patient-facing report until a
clinician acknowledges them in the portal.

Log in to acknowledge: https://portal.{LABD}/results/{acc}

Do not reply to this message. Larkspur Diagnostics, CLIA 14D5550123.
"""
    m = build(formataddr(("Larkspur Provider Portal", "noreply@portal." + LABD)), "clinical-results@" + D,
              f"CALLBACK REQUIRED - {k} - Patient ID {p}", body, dt, extra={"Auto-Submitted": "auto-generated"})
    return m, ""


def ids_7():
    dt = rdate("CT", start=(2025, 1, 27), days=4)
    acct = pid()
    body = f"""Victor,

Need approval on a refund over the support limit:

  Account:        {acct}
  Item:           Weight program - initial async consult + first month ($39 visit + $199 program)
  Charged:        01/22/2025, Mastercard ending 4417
  Refund amount:  $238.00 (full)

Reason: clinician reviewed the intake and labs on 1/24 and the patient doesn't meet program criteria (BMI below threshold, no qualifying comorbidity), so no prescription was written. Our terms say the visit fee is non-refundable but Dr. Okafor asked us to refund in full since the intake should have screened her out before checkout (that bug is fixed now - ENG-3310).

OK to process?

Kwame
""" + sig("boateng")
    m = build(staff("boateng"), staff("ng"), "refund approval - " + acct, body, dt, cc=staff("okafor"))
    return m, ""


def ids_8():
    dt = rdate("ET")
    case = "PA-2025-%07d" % random.randint(1000000, 9999999)
    mem = "W%d %d" % (random.randint(1000, 9999), random.randint(10000, 99999))
    d = dob(1970, 1990)
    pdf = make_pdf([
        "CRESTLINE HEALTH PLAN - PHARMACY PRIOR AUTHORIZATION DETERMINATION",
        "",
        "Case number: " + case + "          Date of determination: " + dt.strftime("%m/%d/%Y"),
        "Member ID: " + mem + "          Member DOB: " + mdY(d),
        "Prescriber: Lauren Pettis, NP   NPI 1932550417",
        "Medication requested: WEGOVY 1.7 MG/0.75 ML PEN-INJECTOR",
        "",
        "DETERMINATION: DENIED",
        "",
        "Reason: The information submitted does not show that the member meets plan criteria.",
        "Criteria require documentation of a baseline BMI of 30 or greater, or 27 or greater with",
        "at least one weight-related condition, and participation in a lifestyle program.",
        "",
        "The prescriber may request a peer-to-peer review within 14 days at 1-866-555-0114.",
    ])
    body = f"""Fax received from 18665550115 to 18885550190

Pages: 2
Received: {fmt_o(dt)}
Caller ID: CRESTLINE RX PA

The fax is attached as a PDF.

--
FaxBridge Cloud Fax | This is an automated message.
"""
    m = build(formataddr(("FaxBridge", "fax@faxbridge-cloud.com")), "pa-team@" + D,
              f"Fax from CRESTLINE RX PA (2 pages) - Case {case}", body, dt,
              atts=[("fax_%s.pdf" % dt.strftime("%Y%m%d%H%M"), pdf, "application", "pdf")],
              extra={"Auto-Submitted": "auto-generated"})
    return m, ""


# ====================================================================== PHI: lang
def lang_1():
    dt0 = rdate("MT")
    dt = dt0 + timedelta(hours=4, minutes=26)
    order = oid()
    orig = f"""hola buenas tardes, les escribo porque mi pedido de las pastillas anticonceptivas no me ha llegado y ya se me acabaron el domingo. el numero de orden es {order}.
tambien me cambie de casa, mi nueva direccion es 3907 W Pershing Ave Apt 2, Phoenix AZ 85029. me lo pueden mandar alli??
y otra pregunta, me tengo que cuidar con condon mientras llega el paquete? es que no quiero salir embarazada otra vez jaja

gracias
Yesenia Gutiérrez

Enviado desde mi celular"""
    body = f"""Hola Yesenia,

Gracias por escribirnos. Ya actualicé tu dirección a 3907 W Pershing Ave Apt 2, Phoenix AZ 85029 y tu paquete nuevo sale hoy con envío express (llega en 1-2 días hábiles). El paquete anterior lo vamos a cancelar con la paquetería.

Sobre tu pregunta: le pasé tu mensaje a la enfermera del equipo clínico. Mientras tanto, te recomendamos usar un método de respaldo (como el condón) hasta que hayas tomado 7 pastillas activas seguidas del paquete nuevo. Si tuviste relaciones sin protección en los últimos 5 días, respóndenos y te ayudamos.

Un saludo,
Marisol
Soporte al Paciente | Mirren Health
(888) 555-0147

{quote_g(orig, "Yesenia Gutiérrez <yesegtz88@example.com>", dt0)}
"""
    m = build(formataddr(("Marisol | Mirren Health", "support@" + D)), formataddr(("Yesenia Gutiérrez", "yesegtz88@example.com")),
              "Re: no me ha llegado mi pedido", body, dt, reply=True)
    return m, "Yesenia Gutiérrez"


def lang_2():
    dt = rdate("ET")
    order = oid()
    body = f"""Olá, boa noite.

Meu nome é Rodrigo Almeida, sou cliente de vocês desde outubro (plano de queda de cabelo, finasterida 1 mg + minoxidil). Pedido atual: {order}.

Desde mais ou menos a quarta semana tomando a finasterida estou sentindo diminuição da libido e um pouco de dificuldade de ereção, coisa que eu nunca tive. Li na internet que isso pode acontecer mas fiquei preocupado. Gostaria de:

1) falar com um médico sobre isso, de preferência por vídeo, depois das 18h;
2) suspender o envio do próximo mês da finasterida até conversar com o médico, mas manter o minoxidil.

Minha data de nascimento é 11/05/1991 (dia/mês/ano) e meu telefone é (978) 555-0129.

Obrigado pela atenção,
Rodrigo Almeida
Lowell, MA
"""
    m = build(formataddr(("Rodrigo Almeida", "rodrigo.almeida.br@example.net")), "support@" + D,
              "Efeito colateral da finasterida - pedido " + order, body, dt)
    return m, "Rodrigo Almeida"


def lang_3():
    dt = rdate("PT")
    p = pid()
    ph = phone("714")
    body = f"""Chào anh chị,

Em là con gái của bà Nguyễn Thị Lan (ngày sinh 14/03/1962), mã bệnh nhân {p}. Mẹ em đang tiêm thuốc giảm cân semaglutide của bên mình được 5 tuần rồi. Từ khi tăng liều lên 0,5 mg tuần trước, mẹ em bị buồn nôn và ói nhiều, ăn uống không được, người mệt lắm. Mẹ em không rành tiếng Anh nên em viết thư thay mẹ.

Em muốn hỏi bác sĩ:
- Mẹ em có nên giảm liều lại 0,25 mg không, hay ngưng một tuần?
- Mẹ em có uống thuốc huyết áp mỗi sáng, có sao không ạ?

Còn nữa, lần giao thuốc tới (ngày 22) xin giao vào buổi chiều vì buổi sáng nhà không có ai, thuốc phải để tủ lạnh. Địa chỉ vẫn như cũ: 9182 Bolsa Ave, Westminster, CA 92683.

Số điện thoại của em: {ph} (em tên Hân). Anh chị gọi em giùm nha.

Cảm ơn anh chị nhiều.
Trần Ngọc Hân

Sent from my iPhone
"""
    m = build(formataddr(("Han Tran", "hantran.ngoc@example.com")), "support@" + D,
              "Hỏi về thuốc của mẹ em - Nguyễn Thị Lan", body, dt)
    return m, "Nguyễn Thị Lan"


def lang_4():
    dt0 = rdate("ET")
    dt = dt0 + timedelta(hours=20)
    k = kit()
    orig = f"""您好，

我是王丽，出生日期1994年7月2日，账户邮箱就是这个。上个月我在你们这里做了居家激素检测（试剂盒编号 {k}），报告上显示睾酮偏高，医生说可能跟我下巴的痘痘有关，给我开了螺内酯每天50mg，还有外用的维A酸乳膏。

我想问一下：
1. 吃这个药需要定期抽血查血钾吗？要去哪里查？
2. 我下个月要回国两个月，可以一次寄三个月的药吗？寄到我纽约的地址：41-22 Main St Apt 6C, Flushing, NY 11355。

谢谢！
王丽"""
    body = f"""王丽您好，

谢谢您的来信。我是患者支持团队的 Amy，会说中文，由我来回复您。

1. 关于血钾：我问了您的医生。45岁以下、身体健康的患者服用螺内酯每天50mg，一般不需要定期抽血查血钾。如果以后加量，我们会再给您寄一个居家采血盒，不用去外面的化验所。
2. 关于回国：可以。我已经通知药房在您出发前把三个月的螺内酯和维A酸乳膏一起寄到您法拉盛的地址，预计下周二到。乳膏请避免高温保存。

如果回国期间有任何副作用，可以直接在 App 里给医生留言。

祝好，
Amy Zhou
Mirren Health 患者支持 | (888) 555-0147

{quote_g(orig, "Wang Li <wangli.ny94@example.com>", dt0)}
"""
    m = build(formataddr(("Amy Zhou | Mirren Health", "support@" + D)), formataddr(("Wang Li", "wangli.ny94@example.com")),
              "Re: 关于螺内酯和检测结果的问题", body, dt, reply=True)
    return m, "王丽 (Wang Li)"


def lang_5():
    dt = rdate("PT", start=(2025, 3, 4), days=5)
    order = oid()
    body = f"""안녕하세요,

이번 달 실데나필 정기배송 요금이 두 번 결제되었습니다 (3월 3일, $60 x 2). 주문번호는 {order} 입니다. 한 건은 환불 부탁드립니다.

그리고 지난번 상담 때 의사 선생님이 용량을 50mg으로 올려도 된다고 하셨는데, 이번에도 20mg 알약으로 왔어요. 처방이 바뀌었는지 확인해 주실 수 있을까요? 20mg 다섯 알씩 먹어야 하는 건지 헷갈립니다.

배송지는 그대로입니다: 3345 W 6th St #1208, Los Angeles, CA 90020
연락처: (213) 555-0186 (문자 선호)

감사합니다.
김민준 드림
"""
    html = "<div style=\"font-family:'Malgun Gothic',sans-serif\">" + body.replace("\n", "<br>\n") + "</div>"
    m = build(formataddr(("김민준", "minjun.kim.la@example.net")), "support@" + D,
              "이중 결제 및 처방 용량 문의 (" + order + ")", body, dt, html=html)
    return m, "김민준 (Kim Min-jun)"


def lang_6():
    dt = rdate("CT")
    body = """Bonjour,

Je m'appelle Amélie Dubois (née le 23/11/1990). Je prends la spironolactone 100 mg prescrite par votre médecin pour l'acné depuis janvier, avec la crème de trétinoïne le soir.

Lors de la dernière consultation, on m'a demandé de faire une prise de sang pour vérifier le potassium, mais je n'ai toujours pas reçu le kit à domicile. Pouvez-vous me le renvoyer ? Mon adresse : 812 Rue Royal, Apt B, New Orleans, LA 70116.

Autre question : mes règles sont irrégulières depuis environ un mois (deux fois en trois semaines). Est-ce normal avec ce traitement ou dois-je consulter ?

Je préfère être contactée par e-mail, je travaille de nuit.

Merci d'avance,
Amélie Dubois
"""
    m = build(formataddr(("Amélie Dubois", "amelie.dubois.nola@example.org")), "support@" + D,
              "Kit prise de sang non reçu + question traitement", body, dt)
    return m, "Amélie Dubois"


def lang_7():
    dt = rdate("CT", start=(2025, 3, 12), days=8)
    ph = phone_dash("313")
    body = f"""Mark,

Pa-follow up naman si Mr. Andre Calloway bukas ng umaga. Tumawag siya kanina mga 4pm, nahihilo daw siya at parang hihimatayin after niya inumin yung tadalafil 20 kasabay ng maintenance niya sa BP (amlodipine + yung bagong reseta ng cardio niya, hindi niya maalala pangalan, baka nitrate?? pinapa-check ko sa kanya yung bote).

Sinabihan ko na huwag muna niyang inumin yung tadalafil hanggang makausap niya si Dr. Menon, at pumunta agad sa ER kung may chest pain. Na-message ko na si doc sa console pero wala pang sagot.

Number niya {ph}, mas okay daw tawagan after 10am kasi night shift siya. Na-pause ko na rin yung next shipment niya (3/28).

Salamat! Ikaw na bahala, off ako bukas.
Joy

Joy Santos, RN
Care Coordinator | Mirren Health
"""
    m = build(staff("santos"), staff("reyes"), "pa-follow up - Calloway (tadalafil + BP meds)", body, dt, cc=staff("menon"))
    return m, "Andre Calloway"


def lang_8():
    dt = rdate("ET")
    k = kit()
    body = f"""Здравствуйте!

Меня зовут Ирина Смирнова, дата рождения 05.09.1978. Две недели назад я сдала у вас домашний тест на гормоны щитовидной железы (набор № {k}). Результаты пришли вчера: ТТГ 6,8, Т4 свободный в норме. В письме написано, что результат «вне референсного диапазона» и нужно обсудить с врачом.

Подскажите, пожалуйста:
1. Можно ли записаться на видеоконсультацию с русским переводчиком? Мне удобно по вторникам и четвергам после 17:00.
2. Влияет ли это на мой текущий препарат для снижения веса (тирзепатид 5 мг)? Продолжать уколы?

Мой телефон: (718) 555-0147. Адрес для посылок прежний: 2830 Ocean Pkwy, кв. 5F, Brooklyn, NY 11235.

Спасибо большое,
Ирина Смирнова
"""
    m = build(formataddr(("Irina Smirnova", "irina.smirnova78@example.com")), "support@" + D,
              "Результаты теста ТТГ - нужна консультация", body, dt)
    return m, "Ирина Смирнова (Irina Smirnova)"


# ====================================================================== PHI: lists
def lists_1():
    dt = rdate("ET")
    rows = []
    issues = ["Address undeliverable - no apt #", "Card declined at release", "DUR: possible interaction, needs RPh/prescriber",
              "Carrier delay >48h - reship?", "Rx expired - needs renewal", "Qty exceeds plan limit"]
    drugs = ["Finasteride 1mg tab #90", "Norgestimate-EE 0.25/35 3x28", "Semaglutide 1mg/0.5mL pen x4",
             "Sildenafil 20mg tab #60", "Spironolactone 50mg tab #30", "Tretinoin 0.05% crm 45g", "Tadalafil 5mg tab #30"]
    names = []
    for i, iss in enumerate(issues):
        dr = random.choice(drugs)
        sex = "F" if dr.startswith(("Norg", "Spiro")) else ("M" if dr.startswith(("Fin", "Sild", "Tad")) else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        rows.append(("%s, %s" % (l, f), mdY(dob()), oid(), dr, iss))
    lines = ["%-22s %-11s %-13s %-30s %s" % ("PATIENT", "DOB", "ORDER", "DRUG", "EXCEPTION"),
             "%-22s %-11s %-13s %-30s %s" % ("-" * 21, "-" * 10, "-" * 12, "-" * 29, "-" * 30)]
    for r in rows:
        lines.append("%-22s %-11s %-13s %-30s %s" % r)
    body = f"""Good morning,

Below is today's exception list for the Mirren account ({dt.strftime('%m/%d/%Y')}). These orders are on hold and will not ship until we hear back. Please reply-all with a disposition for each line by 2:00 PM ET to make today's carrier pickup.

{chr(10).join(lines)}

Orders not dispositioned by 5:00 PM roll to tomorrow's list.

Thank you,
Bluestem Exceptions Desk
(614) 555-0131

{PH_DISCLAIMER}
"""
    m = build(formataddr(("Bluestem Exceptions", "exceptions@" + PHD)), "pharmacy-ops@" + D,
              "Mirren - Daily Exception Report - " + dt.strftime("%m/%d/%Y"), body, dt,
              cc=formataddr(("Tamsin Reed", "tamsin.reed@" + PHD)))
    return m, "; ".join(names)


def lists_2():
    dt = rdate("CT")
    rows = [["dispute_id", "opened", "patient_name", "patient_id", "plan", "amount_usd", "reason", "status", "evidence_due"]]
    plans = ["Hair - fin+min 3mo", "ED - sildenafil 20 monthly", "Weight - GLP-1 monthly", "Skin - custom cream 2mo",
             "BC - 3 pack", "Weight - GLP-1 monthly", "ED - tadalafil daily 3mo", "Lab - hormone panel kit"]
    reasons = ["fraudulent", "subscription_canceled", "product_not_received", "unrecognized", "credit_not_processed"]
    names = []
    for i in range(8):
        sex = "M" if plans[i][:2] in ("Ha", "ED") else ("F" if plans[i][:2] == "BC" else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        opened = (dt - timedelta(days=random.randint(1, 6))).strftime("%Y-%m-%d")
        due = (dt + timedelta(days=random.randint(10, 20))).strftime("%Y-%m-%d")
        plan = plans[i]
        amt = {"Hair": "89.00", "ED -": random.choice(["60.00", "120.00"]), "Weig": "299.00", "Skin": "58.00",
               "BC -": "45.00", "Lab ": "129.00"}[plan[:4]]
        rows.append(["dp_" + alnum(14), opened, f + " " + l, pid(), plan, amt, random.choice(reasons),
                     random.choice(["needs_response", "needs_response", "under_review"]), due])
    body = f"""Hi all,

Attached is this week's dispute batch (8 new). Two of them are "fraudulent" on the weight program - both patients had completed video visits so I'm going to fight those with the visit log. The product_not_received ones I need Bluestem POD for - Theo, can you have those by Wed?

Dispute rate is at 0.61% for the month, still under the 0.75% threshold but trending up.

Nadia
""" + sig("farouk", disc=True)
    m = build(staff("farouk"), [staff("brandt"), staff("feld"), staff("ng")], "weekly disputes batch - wk of " + dt.strftime("%-m/%-d"),
              body, dt, atts=[("disputes_%s.csv" % dt.strftime("%Y%m%d"), csv_text(rows), "text", "csv")])
    return m, "; ".join(names)


def lists_3():
    dt = rdate("PT")
    hdr = ["Patient", "DOB", "State", "Program", "Requested", "Days waiting", "Blocker"]
    progs = [("Weight", "semaglutide dose step-up"), ("ED", "tadalafil 5mg daily renewal"), ("Hair", "add oral minoxidil 2.5"),
             ("BC", "switch to drospirenone-EE"), ("Skin", "spironolactone 50->100"), ("Weight", "tirzepatide 7.5 step-up"),
             ("BC", "renewal - annual check-in due"), ("ED", "sildenafil 20 -> 50"), ("Weight", "hold - GI side effects f/u")]
    blockers = ["needs BP reading", "photo upload missing", "no blocker - needs sign", "labs pending", "pt msg unanswered",
                "needs BP reading", "no blocker - needs sign", "interaction review", "needs video visit"]
    rows = [hdr]
    names = []
    for i, (prog, req) in enumerate(progs):
        sex = "F" if (prog == "BC" or "spironolactone" in req) else random.choice("FM")
        if prog in ("ED", "Hair"):
            sex = "M"
        f, l = pname(sex)
        names.append(f + " " + l)
        rows.append(["%s, %s" % (l, f), mdY(dob()), random.choice(["CA", "TX", "FL", "NY", "WA", "IL", "GA", "AZ"]),
                     prog, req, random.randint(2, 9), blockers[i]])
    body = f"""Hi clinicians,

Attached is the refill/renewal queue that's been sitting >48 hrs as of this morning. Sorted by days waiting. The ones marked "no blocker - needs sign" can be cleared in a minute each - please grab those first.

Sam and Lauren, the CA/WA ones are yours since you hold those licenses.

Thanks!
Kristin

Kristin Alvarado, RN
Clinical Operations Lead | Mirren Health
"""
    m = build(staff("alvarado"), "clinicians@" + D, "Renewal queue >48h - please clear by EOD", body, dt,
              atts=[("renewal_queue_%s.xlsx" % dt.strftime("%m%d"), make_xlsx(rows, "Queue"),
                     "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "; ".join(names)


def lists_4():
    dt = rdate("ET")
    names = []
    rows = []
    panels = ["Female Fertility (AMH/FSH/E2)", "Male Hormone (TT/FT/SHBG)", "STI 5-panel", "Metabolic + A1c", "Thyroid (TSH/FT4)"]
    for i in range(5):
        pn = panels[i]
        sex = "F" if pn.startswith("Female") else ("M" if pn.startswith("Male") else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        rows.append((f"{l.upper()}, {f.upper()}", kit(), (dt - timedelta(days=random.randint(3, 9))).strftime("%m/%d"), pn))
    tbl = ["| Patient (as written on tube) | Kit ID        | Collected | Panel ordered                 |",
           "|------------------------------|---------------|-----------|-------------------------------|"]
    for r in rows:
        tbl.append("| %-28s | %-13s | %-9s | %-29s |" % r)
    body = f"""Hi Devon,

We received the following specimens without a matching electronic requisition from Mirren. The tubes are labeled and in stability, but we can't accession until the order comes through. Stability window is 7 days from collection for most analytes.

{chr(10).join(tbl)}

Could your team re-send the orders via the interface or upload manual reqs in the portal? Please let us know by Thursday.

Thank you,
Wendy Cho
Client Services | Larkspur Diagnostics
(800) 555-0163 opt 2
"""
    m = build(formataddr(("Wendy Cho", "wendy.cho@" + LABD)), staff("price"),
              "Specimens received - no requisition (5)", body, dt, cc="clientservices@" + LABD)
    return m, "; ".join(names)


def lists_5():
    dt = rdate("CT")
    reasons = ["wants to cancel weight program, says nausea too much",
               "asked if ok to take sildenafil with his new heart meds - NEEDS CLINICIAN not CX",
               "missed 3 pills, asking about backup method",
               "box damaged, pen cracked",
               "charged after cancel, very upset, mentioned BBB",
               "rash on face after starting the custom cream"]
    lines = []
    names = []
    for r in reasons:
        sex = "M" if "his" in r else ("F" if "pills" in r else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        lines.append("%s %s - %s - %s - %s" % (f, l, mdY(dob()), phone_dash(), r))
    body = """Voicemails from overnight that need a callback today. Split between whoever's on phones this morning, please reply with your initials next to the ones you take so we don't double up.

""" + "\n".join(lines) + """

The 2nd one is priority - please warm transfer to a nurse, don't answer the question yourself.

thx
Jordan

Jordan Feld | Patient Support Team Lead
Mirren Health
"""
    m = build(staff("feld"), "support-team@" + D, "VM callbacks - " + dt.strftime("%a %-m/%-d"), body, dt)
    return m, "; ".join(names)


def lists_6():
    dt = rdate("ET", start=(2025, 3, 10), days=5)
    names = []
    rows = ["Member\tDOB\tPlan\tMember ID\tDrug\tSubmitted\tStatus\tNotes"]
    plans = ["Crestline", "Northwind BCBS", "Aetra", "Crestline", "UnityCare", "Northwind BCBS", "Aetra"]
    st = ["Approved", "Denied", "Pending", "More info", "Approved", "Pending", "Denied"]
    notes = ["12 mo, qty 4 pens/28d", "BMI 28.1 no comorb documented", "", "need 6mo lifestyle attestation",
             "6 mo only", "peer-to-peer sched 3/18", "excluded benefit - weight loss drugs"]
    for i in range(7):
        f, l = pname()
        names.append(f + " " + l)
        rows.append("\t".join([f + " " + l, mdY(dob(1965, 1998)), plans[i], "%s%09d" % (random.choice("WXZ"), random.randint(10**8, 10**9 - 1)),
                               random.choice(["Wegovy 0.25", "Zepbound 2.5", "Wegovy 1.0", "Zepbound 5"]),
                               (dt - timedelta(days=random.randint(2, 20))).strftime("%m/%d/%Y"), st[i], notes[i]]))
    body = """Pasting from the PA tracker so you don't have to open it. These are the ones that changed status this week. Can you let the approved ones know and switch their orders off cash pricing? The denied ones get the "PA denied - self pay options" macro.

""" + "\n".join(rows) + """

Thanks,
Kwame
""" + sig("boateng", ph=False)
    m = build(staff("boateng"), [staff("feld"), staff("brandt")], "PA status changes this week (GLP-1)", body, dt)
    return m, "; ".join(names)


def lists_7():
    dt0 = rdate("CT", start=(2025, 3, 10), days=4)
    dt1 = dt0 + timedelta(hours=3)
    dt = dt1 + timedelta(hours=1, minutes=12)
    names = []
    lines = []
    items = ["Finasteride 1mg", "Sildenafil 20mg", "Tretinoin crm", "Norethindrone .35", "Tadalafil 5mg", "Minoxidil 5% sol"]
    random.shuffle(items)
    for i in range(6):
        it = items[i]
        sex = "F" if it.startswith("Noreth") else ("M" if it.startswith(("Fin", "Sild", "Tad")) else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        a = address()
        lines.append("%-18s %-20s %-34s %-17s %s" % (trk(), f + " " + l, "%s, %s %s" % (a[0], a[1], a[2]),
                                                   it,
                                                   random.choice(["ADDRESSEE UNKNOWN", "INSUFFICIENT ADDRESS", "REFUSED", "UNCLAIMED"])))
    orig0 = """Mirren team - the following packages were returned to sender and are back at our facility. Per our RTS policy these will be destroyed/quarantined after 10 business days unless you request a reship.

TRACKING           PATIENT              SHIP-TO                            ITEM              RTS REASON
""" + "\n".join(lines) + """

Bluestem Returns"""
    orig1 = """Jordan can your team reach out to these and get updated addresses? we can reship at no cost if we hear back by the 20th.

Theo"""
    body = f"""sure, we'll take these - Jenna and Marisol will split them. I'll reply here with new addresses as they come in.

{quote_g(orig1 + chr(10) + chr(10) + quote_g(orig0, "Bluestem Returns <returns@" + PHD + ">", dt0), "Theo Brandt <theo.brandt@" + D + ">", dt1)}
"""
    m = build(staff("feld"), staff("brandt"), "Re: Fwd: RTS packages - week 11", body, dt,
              cc=[staff("morales"), staff("quintero")], reply=True)
    return m, "; ".join(names)


# ====================================================================== PHI: names
def names_1():
    dt = rdate("CT", start=(2025, 3, 5), days=0)
    body = """Hi Dr. O,

Could you take a look at Mrs. Holloway's photos when you get a sec? Uploaded yesterday, they're in her chart under 3/4.

Quick background: 6 weeks into spironolactone 50 + tretinoin 0.025 at night. Jawline/chin still flaring, a few deeper ones that look cystic to me. BP was fine at the last check-in. She wants to go up on the spiro.

I'm leaning toward 100 mg but she mentioned she and her husband might start trying for a baby "sometime next year," so I wanted a second set of eyes before I bump it vs. switching her to something else. Would you also recommend the OCP add-on?

Thanks so much,
Lauren

Lauren Pettis, MSN, FNP-C
Nurse Practitioner | Mirren Health
"""
    m = build(staff("pettis"), staff("okafor"), "second opinion - acne pt, spiro dose", body, dt)
    return m, "Mrs. Holloway"


def names_2():
    dt0 = rdate("ET")
    dt = dt0 + timedelta(hours=6)
    orig = """Hi Sam - he messaged again asking to switch from the as-needed to the daily one. Says planning around the 1 hr window isn't working and he'd rather have something steady. No new meds on his updated intake, no chest pain, BP from last month was 124/78. Can you take a look when you're on?

Kristin"""
    body = f"""Approved - switched him to tadalafil 5 mg daily, #30 with 5 refills. Told him in the message thread to stop the sildenafil and not take them together.

Please cancel the sildenafil subscription so he doesn't get both next month.

Sam

{quote_g(orig, "Kristin Alvarado <kristin.alvarado@" + D + ">", dt0)}
"""
    m = build(staff("whitaker"), staff("alvarado"), "RE: Brennan, Kyle", body, dt, reply=True)
    return m, "Kyle Brennan"


def names_3():
    dt = rdate("PT")
    body = """Hi clinical team,

Flagging Bobby Tran again (chart name is Robert Tran, he goes by Bobby - the one in Sacramento). He wrote in for the 4th time this month about the nausea and says he basically can't eat dinner the day after his shot. He's asking to stay on the starting dose another 4 weeks instead of moving up next week, and says if he has to go up he'd rather cancel.

Can someone approve the hold so the pharmacy sends the same strength? His next box releases Monday.

He was super nice about it btw, just frustrated.

Tanya
""" + sig("hollis")
    m = build(staff("hollis"), "clinical-escalations@" + D, "Bobby Tran - dose hold request (4th contact)", body, dt)
    return m, "Robert (Bobby) Tran"


def names_4():
    dt = rdate("CT")
    body = """fyi for whoever picks up tasha's thread tomorrow -

her BP came back 152/98 on the home cuff photo she uploaded, and 148/96 on the recheck. I'm not comfortable renewing her combined pill with those numbers. called her this afternoon and switched her to the mini-pill (norethindrone 0.35), she was fine with it, just bummed. told her it has to be taken the same time every day and to use condoms for the first 48 hrs.

also told her to see her PCP about the BP in the next couple weeks. she doesn't have one, so I gave her the list of clinics near her.

no action needed unless she writes back.

-L
"""
    m = build(staff("pettis"), "bc-team@" + D, "tasha - switched to POP", body, dt)
    return m, "Tasha"


def names_5():
    dt0 = rdate("ET")
    dt1 = dt0 + timedelta(hours=2)
    dt = dt1 + timedelta(minutes=35)
    orig0 = """Hi Rahul,

Leon Abernathy (the hair patient who did the video visit with you last week) is asking whether he can add the minoxidil foam to his finasteride. He's 8 months in, says the crown is better but the temples are still thinning and he wants to "throw everything at it." He also asked about the oral minoxidil he saw on TikTok.

Can you reply in his thread or let me know what to tell him?

Marisol"""
    orig1 = """Sure - I'll write him. Fine to add the 5% foam once daily. Not starting oral minoxidil without a BP check, he's never uploaded one. Tell him I'll send a note.

R"""
    body = f"""Done, thanks!

{quote_g(orig1 + chr(10) + chr(10) + quote_g(orig0, "Marisol Quintero <marisol.quintero@" + D + ">", dt0), "Rahul Menon <rahul.menon@" + D + ">", dt1)}
"""
    m = build(staff("quintero"), staff("menon"), "Re: add-on question", body, dt, reply=True)
    return m, "Leon Abernathy"


def names_6():
    dt = rdate("ET")
    body = """Adaeze, Hannah -

Heads up on a social post that's getting traction (about 2k reposts since last night). The poster is Katarzyna Nowak, she's a current weight-program patient - we matched her by the order photo she posted, name on the label is visible.

Her post says she was "hospitalized for 3 days with pancreatitis" after her third dose and that "nobody from Mirren ever called her back." Looking at the chart: she messaged on 2/11 about severe stomach pain, the auto-triage sent her the go-to-ER message, and there is no clinician follow-up note after that. She's still subscribed and her next box ships on the 28th.

Suggested plan:
1. Clinical reaches out to her directly today (Adaeze - you or Rahul?)
2. We hold the next shipment
3. Comms drafts a reply but we DON'T reply publicly with any details of her care
4. Hannah - does this need an adverse event report / anything on our side?

I've screenshotted the post and the thread in case it's deleted.

Colin
""" + sig("ashby")
    m = build(staff("ashby"), [staff("okafor"), staff("liu")], "Social escalation - patient post re: weight program", body, dt,
              cc=staff("hollis"))
    return m, "Katarzyna Nowak"


def names_7():
    dt0 = rdate("PT")
    dt = dt0 + timedelta(hours=26)
    orig = """Hannah - Derek Olsen emailed support the most glowing note about his results on the finasteride + topical minoxidil combo (11 months in) and attached before/after photos of his crown. He literally said "feel free to share this." Attaching the photos he sent.

Can we use these in the spring hair campaign? Thinking paid social + the landing page, first name and age only ("Derek, 34").

Colin"""
    body = f"""Colin,

Short answer: not yet. "Feel free to share" in a support email isn't enough for us to use his photos or the fact that he's a patient in an ad. We need the signed marketing authorization (the DocuSign template "Patient testimonial release v3"), and he has to be told what it'll be used for and that he can revoke it.

Also, please take the photos out of the shared Growth drive until the release is signed - they should only live in his chart and in the legal folder.

If he signs, we're fine with "Derek, 34" plus the standard "individual results vary" line.

Hannah

{quote_g(orig, "Colin Ashby <colin.ashby@" + D + ">", dt0)}
""" + sig("liu", disc=True)
    before = make_png(120, 90, bg=(214, 199, 186), box=(30, 20, 90, 70, (120, 96, 80)))
    after = make_png(120, 90, bg=(214, 199, 186), box=(34, 24, 86, 66, (92, 70, 58)))
    m = build(staff("liu"), staff("ashby"), "RE: testimonial - can we use these?", body, dt, cc=staff("rao"), reply=True,
              atts=[("derek_olsen_month0.png", before, "image", "png"), ("derek_olsen_month11.png", after, "image", "png")])
    return m, "Derek Olsen"


def names_8():
    dt = rdate("CT", start=(2025, 1, 20), days=40)
    body = f"""To: Drug Safety / Pharmacovigilance
From: Kristin Alvarado, RN - Clinical Operations

Please log the following possible adverse event reported by a patient.

Patient: Jamie Solis
Program: Weight management
Reported: {dt.strftime('%m/%d/%Y')} via app message + phone follow-up by Joy Santos, RN

Summary: Jamie started compounded semaglutide in December, stepped up to 1.0 mg two weeks ago. Reports severe nausea and vomiting x 4 days, unable to keep fluids down for ~24 hrs, lightheaded when standing. Went to urgent care on Sunday, received IV fluids and was sent home. No hospital admission. Advised to hold further doses until reviewed by Dr. Menon.

Product: semaglutide 2.5 mg/mL vial (Bluestem compounded), lot 24K1187

Outcome: improving per patient as of this morning. Next shipment on hold.

Kristin
""" + sig("alvarado", disc=True)
    m = build(staff("alvarado"), "drugsafety@" + D, "Possible AE report - Solis, Jamie - GI", body, dt,
              cc=[staff("menon"), staff("fischer")])
    return m, "Jamie Solis"


# ====================================================================== PHI: self
def self_1():
    dt = rdate("CT")
    body = """hey can u cancel my subscription. the blue pills gave me crazy headaches every time and honestly i dont need them anymore. pls dont charge me again on the 15th

thx
ty

Sent from my iPhone
"""
    m = build(formataddr(("Ty Quarles", "tquarles55@example.com")), "support@" + D, "cancel", body, dt)
    return m, "Ty Quarles"


def self_2():
    dt = rdate("ET")
    order = oid()
    body = f"""Hello,

I started the drospirenone/ethinyl estradiol pill you prescribed at the beginning of last month (order {order}), switching over from the Sprintec generic. I'm in the middle of my second pack now and I've had light spotting almost every day for the past 10 days. No pain, I haven't missed any pills, and I take it around 9pm every night.

Is this normal while my body adjusts, or should I switch back? I have a trip coming up in three weeks and would really rather not be dealing with this.

Also - I'm on sertraline 50 mg, not sure if I put that on the intake form.

Thank you,
Megan Lindgren
(617) 555-0123
"""
    m = build(formataddr(("Megan Lindgren", "megan.lindgren@example.org")), "care@" + D,
              "Question about spotting on new pill", body, dt)
    return m, "Megan Lindgren"


def self_3():
    dt = rdate("PT", start=(2025, 4, 1), days=14)
    body = """Hi Grace,

I wanted to give you a heads-up and ask about the process. I'm having surgery on May 6 (gallbladder removal - they found stones on an ultrasound after a couple of bad attacks) and my surgeon says I'll need about 2 weeks off, maybe 3 if it's not laparoscopic.

A few questions:
1. Do I need to file for FMLA or is this short enough for regular PTO + sick time? I have about 9 days of PTO.
2. Does our Aetra plan need a pre-approval for the surgery or is that on the hospital? The surgery center is Valley Ridge in Fresno.
3. Is there anything my manager needs to sign? (Tanya knows I'll be out but not why, I'd like to keep it that way.)

Thanks,
Ryan

Ryan Delacroix
Patient Support Specialist | Mirren Health
"""
    m = build(formataddr(("Ryan Delacroix", "ryan.delacroix@" + D)), staff("mbeki"), "Leave question - private", body, dt)
    return m, "Ryan Delacroix"


def self_4():
    dt0 = rdate("CT")
    dt = dt0 + timedelta(days=1, hours=3)
    order = oid()
    receipt = f"""Mirren Health - Receipt

Thanks for your order, Caleb!

Order {order}
Finasteride 1 mg, 90 tablets (3-month supply)      $66.00
Shipping                                           $0.00
Total charged to Visa ending 0932                  $66.00

Your order will ship from Bluestem Pharmacy within 2 business days."""
    body = f"""Hi,

I got charged twice for this - once on the 2nd and again on the 3rd, both $66 on my Visa. I only have one order in my account. Can you refund the second one?

Also I moved, can you update to 455 Grand River Ave #3, Detroit MI 48201 before it ships?

Caleb Sorensen

{quote_g(receipt, "Mirren Health <receipts@" + D + ">", dt0)}
"""
    m = build(formataddr(("Caleb Sorensen", "csorensen.det@example.net")), formataddr(("Mirren Health", "receipts@" + D)),
              "Re: Your Mirren Health receipt - " + order, body, dt, reply=True)
    return m, "Caleb Sorensen"


def self_5():
    dt = rdate("ET")
    k = kit()
    body = f"""Hi there,

I got my results back from the fertility hormone kit ({k}) and I'm a bit confused. My AMH came back at 0.6 ng/mL and the report says "below expected range for age." I'm 33. My FSH was 11.2.

Does this mean I can't get pregnant? I was planning to wait a couple of years. The report says to talk to a clinician but I'm not sure if that's included or if I need to book separately. Can someone explain what this means or set me up with a call?

I'd also like a copy of the results as a PDF to bring to my OB.

Thanks,
Noor Haddad
DOB 02/09/1991
"""
    m = build(formataddr(("Noor Haddad", "noor.haddad@example.com")), "support@" + D,
              "Questions about my AMH result", body, dt)
    return m, "Noor Haddad"


def self_6():
    dt = rdate("CT")
    body = """To Mirren Health Records,

Please send a copy of my records from your weight management program to my primary care doctor. I've been on your program since last June and she wants to see my starting weight, the dose changes and any lab results.

My info:
  Name: Wesley Prescott
  Date of birth: 10/30/1977
  Phone: (615) 555-0104
  Address: 2709 Belmont Blvd, Nashville, TN 37212

Send to:
  Dr. Monica Hale, Belle Meade Family Practice
  Fax: (615) 555-0177

I signed the release form in the app yesterday. Let me know if you need anything else.

Thank you,
Wes Prescott
"""
    m = build(formataddr(("Wes Prescott", "wes.prescott77@example.net")), "records@" + D,
              "Records request - send to my PCP", body, dt)
    return m, "Wesley Prescott"


def self_7():
    dt0 = rdate("PT", start=(2025, 3, 1), days=5)
    dt = dt0 + timedelta(hours=30)
    reminder = """Hi Alicia,

Your next refill is coming up! We'll send your 60-day supply of Spironolactone 50 mg and your custom cream (tretinoin 0.025% / clindamycin 1%) on March 14.

Need to make changes? You can skip, pause or update your plan in the app any time before your ship date.

- The Mirren Health team

You're receiving this because you have an active Mirren Health subscription. Manage notifications in the app."""
    body = f"""please hold my next shipment - I just found out I'm pregnant (6 weeks). I stopped the spironolactone and the cream as soon as I got the positive. Do I need to do anything else? My OB appointment isn't until the 28th.

thank you,
alicia marchetti

{quote_g(reminder, "Mirren Health <hello@" + D + ">", dt0)}
"""
    m = build(formataddr(("alicia marchetti", "aliciam.sd@example.com")), formataddr(("Mirren Health", "hello@" + D)),
              "Re: Your refill ships March 14", body, dt, reply=True)
    return m, "Alicia Marchetti"


# ====================================================================== PHI: struct
def struct_1():
    dt = rdate("CT")
    ts = dt.strftime("%Y%m%d%H%M%S")
    k = kit()
    p = pid()
    acc = "A" + str(random.randint(2600000, 2699999))
    coll = (dt - timedelta(days=5)).strftime("%Y%m%d") + "0730"
    segs = [
        "MSH|^~\\&|LARKSPUR_LIS|LARKSPURDX|MIRREN_EHR|MIRRENHEALTH|%s||ORU^R01^ORU_R01|LKD%s|P|2.5.1|||AL|NE" % (ts, ts[2:]),
        "PID|1||%s^^^MIRREN^MR~%s^^^LARKSPUR^PI||HALVORSEN^ERIK^J||19860317|M|||4471 N WINSLOW AVE^^MILWAUKEE^WI^53211^USA||^PRN^PH^^1^414^5550142" % (p, acc),
        "ORC|RE|%s|%s||CM||||%s|||1932550417^PETTIS^LAUREN^^^^NP" % (oid(), acc, ts),
        "OBR|1|%s|%s|MHP1^Male Hormone Panel^L|||%s|||||||%s|BLDC^Capillary blood^HL70487|1932550417^PETTIS^LAUREN^^^^NP||||||%s|||F" % (k, acc, coll, coll, ts),
        "OBX|1|NM|2986-8^Testosterone [Mass/volume] in Serum or Plasma^LN||212|ng/dL|264-916|L|||F|||%s" % coll,
        "OBX|2|NM|2991-6^Testosterone Free [Mass/volume] in Serum or Plasma^LN||4.1|ng/dL|4.6-22.4|L|||F|||%s" % coll,
        "OBX|3|NM|13967-5^Sex hormone binding globulin [Moles/volume] in Serum or Plasma^LN||38|nmol/L|10-57|N|||F|||%s" % coll,
        "OBX|4|NM|2243-4^Estradiol [Mass/volume] in Serum or Plasma^LN||24|pg/mL|8-35|N|||F|||%s" % coll,
        "OBX|5|NM|2842-3^Prolactin [Mass/volume] in Serum or Plasma^LN||9.8|ng/mL|4.0-15.2|N|||F|||%s" % coll,
        "NTE|1|L|Specimen collected by patient at home. Recommend repeat morning collection to confirm low testosterone.",
    ]
    hl7 = "\r".join(segs) + "\r"
    body = f"""Devon,

Interface was down between 02:00 and 05:40 ET this morning, so a handful of results didn't cross. Per our downtime procedure, we're sending the raw ORU for each one so your team can manually file. This is 1 of 4; the others follow separately.

The message is attached as {acc}.hl7 and also pasted below.

{chr(10).join(segs)}

Regards,
Interface Support | Larkspur Diagnostics
interfaces@{LABD} | (800) 555-0163 opt 4
"""
    m = build(formataddr(("Larkspur Interface Support", "interfaces@" + LABD)), staff("price"),
              "Downtime resend 1 of 4 - ORU " + acc, body, dt, cc="clinical-results@" + D,
              atts=[(acc + ".hl7", hl7.encode("ascii"), "application", "hl7-v2")])
    return m, "Erik Halvorsen"


def seg_join(segs):
    return "~".join(segs) + "~"


def struct_2():
    dt = rdate("ET")
    d = dt.strftime("%y%m%d")
    D8 = dt.strftime("%Y%m%d")
    t = dt.strftime("%H%M")
    ctl = "%09d" % random.randint(1, 999999999)
    claims = [("MEHTA", "PRIYA", "F", "19880212", "XCR%09d" % random.randint(10**8, 10**9 - 1), "1815 W CHICAGO AVE", "CHICAGO", "IL", "60622",
               "E669", "Z6831", "99213", "95.00"),
              ("ADEYEMI", "KOLA", "M", "19790604", "XCR%09d" % random.randint(10**8, 10**9 - 1), "77 SPRING GARDEN ST", "PHILADELPHIA", "PA", "19123",
               "N529", "", "99422", "62.00")]
    segs = ["ISA*00*          *00*          *ZZ*MIRRENHLTH     *ZZ*CLRHOUSE01     *%s*%s*^*00501*%s*0*P*:" % (d, t, ctl),
            "GS*HC*MIRRENHLTH*CLRHOUSE01*%s*%s*%d*X*005010X222A1" % (D8, t, int(ctl[-4:])),
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*%s*%s*%s*CH" % (ctl[-6:], D8, t),
            "NM1*41*2*MIRREN HEALTH PC*****46*MIRRENHLTH",
            "PER*IC*REVENUE CYCLE*TE*8885550190",
            "NM1*40*2*CLRHOUSE01*****46*CLRHOUSE01",
            "HL*1**20*1",
            "NM1*85*2*MIRREN HEALTH PC*****XX*1528550312",
            "N3*220 N GREEN ST STE 400", "N4*CHICAGO*IL*60607",
            "REF*EI*874455012"]
    hl = 2
    names = []
    for c in claims:
        names.append(c[1].title() + " " + c[0].title())
        segs += ["HL*%d*1*22*0" % hl, "SBR*P*18*GRP7781******CI",
                 "NM1*IL*1*%s*%s****MI*%s" % (c[0], c[1], c[4]),
                 "N3*%s" % c[5], "N4*%s*%s*%s" % (c[6], c[7], c[8]),
                 "DMG*D8*%s*%s" % (c[3], c[2]),
                 "NM1*PR*2*CRESTLINE HEALTH PLAN*****PI*60054",
                 "CLM*%s*%s***10:B:1*Y*A*Y*Y" % (oid().replace("ORD-", "MH"), c[12]),
                 "HI*ABK:%s" % c[9] + ("*ABF:%s" % c[10] if c[10] else ""),
                 "NM1*82*1*PETTIS*LAUREN****XX*1932550417",
                 "LX*1", "SV1*HC:%s:95*%s*UN*1***1" % (c[11], c[12]),
                 "DTP*472*D8*%s" % (dt - timedelta(days=random.randint(3, 12))).strftime("%Y%m%d")]
        hl += 1
    n_st = len(segs) - 2 + 1
    segs += ["SE*%d*0001" % n_st, "GE*1*%d" % int(ctl[-4:]), "IEA*1*%s" % ctl]
    edi = seg_join(segs)
    body = f"""Hi Kwame,

Two claims from yesterday's batch came back with a 999 rejection (IK5*R) on the clearinghouse side - looks like the POS/modifier combo for the telehealth visits. I've pulled the original 837P file for that batch so you can compare against what the billing engine generated. Attached as-is.

Once you confirm the POS 10 + modifier 95 mapping I'll resubmit tonight.

Best,
Alyssa Grant
Billing Analyst, Claimwell RCM (for Mirren Health)
(312) 555-0188
"""
    m = build(formataddr(("Alyssa Grant", "agrant@claimwell-rcm.com")), staff("boateng"),
              "837P batch %s - 999 rejection on 2 claims" % ctl, body, dt,
              atts=[("MIRREN_837P_%s_%s.x12" % (D8, ctl), edi.encode("ascii"), "application", "edi-x12")])
    return m, "; ".join(names)


def struct_3():
    dt = rdate("PT")
    p = pid()
    rxid = "mr-" + hexid(12)
    bundle = {
        "resourceType": "Bundle", "type": "transaction",
        "entry": [
            {"fullUrl": "urn:uuid:pt-" + p, "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "https://mirrenhealth.com/fhir/patient-id", "value": p}],
                "name": [{"family": "Orozco", "given": ["Valeria", "Luz"]}],
                "gender": "female", "birthDate": "1993-04-27",
                "telecom": [{"system": "phone", "value": "512-555-0166", "use": "mobile"}],
                "address": [{"line": ["6005 Manchaca Rd Apt 214"], "city": "Austin", "state": "TX", "postalCode": "78745"}]},
             "request": {"method": "PUT", "url": "Patient?identifier=" + p}},
            {"fullUrl": "urn:uuid:" + rxid, "resource": {
                "resourceType": "MedicationRequest", "status": "active", "intent": "order",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                          "code": "2553506", "display": "tirzepatide 2.5 MG in 0.5 ML Auto-Injector"}]},
                "subject": {"reference": "urn:uuid:pt-" + p},
                "authoredOn": dt.strftime("%Y-%m-%dT%H:%M:%S-08:00"),
                "requester": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1639550281"}, "display": "Sam Whitaker, PA-C"},
                "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E66.9", "display": "Obesity, unspecified"}]}],
                "dosageInstruction": [{"text": "Inject 2.5 mg subcutaneously once weekly"}],
                "dispenseRequest": {"quantity": {"value": 4, "unit": "pen"}, "numberOfRepeatsAllowed": 0,
                                    "expectedSupplyDuration": {"value": 28, "unit": "days"}}},
             "request": {"method": "POST", "url": "MedicationRequest"}}]}
    err = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                                                          "diagnostics": "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed: value 0 not permitted for program GLP1-STEP; expected >= 1",
                                                          "expression": ["Bundle.entry[1].resource.dispenseRequest"]}]}
    body = f"""Hey Ben,

The Bluestem intake endpoint started rejecting some of our GLP-1 step orders after their deploy last night - 14 failures so far, all the same OperationOutcome. Here's one request/response pair from the logs (prod, so please don't paste it into the public channel):

POST https://api.{PHD}/fhir/R4/ -> 422

Request:
{json.dumps(bundle, indent=2)}

Response:
{json.dumps(err, indent=2)}

Looks like they now require refills >= 1 for that program code, but our starting-dose Rx is intentionally 0 refills. I've asked Tamsin whether this was intended. Holding the retry queue for now.

Anjali
"""
    m = build(staff("sharma"), staff("kowalczyk"), "Bluestem FHIR 422s on GLP-1 step orders", body, dt, cc=staff("brandt"))
    return m, "Valeria Orozco"


def struct_4():
    dt = rdate("ET", start=(2025, 3, 6), days=10)
    sub = "sub_" + hexid(16)
    payload = {
        "event": "intake.submitted", "version": "2024-11-01",
        "submission_id": sub, "program": "ed",
        "patient": {"id": random.randint(3000000, 3999999), "first_name": "Curtis", "last_name": "Ebright",
                    "dob": "1969-08-14", "sex_at_birth": "M", "state": "GA", "email": "cebright69@example.com"},
        "answers": {
            "q_ed_frequency": "most_of_the_time",
            "q_nitrates": "yes",
            "q_nitrates_detail": "nitroglycerin spray as needed for chest pain",
            "q_bp_last_reading": "138/88",
            "q_current_meds": ["metoprolol 25mg", "atorvastatin 40mg", "nitroglycerin 0.4mg SL prn"],
            "q_preferred_med": "sildenafil"},
        "risk_flags": [],
        "routing": {"queue": "async_auto_approve_eligible", "clinician_review_required": False}}
    body = f"""Severity: P1 - patient safety

This intake was routed to the auto-approve-eligible queue with NO risk flags even though the patient answered YES to nitrates (nitroglycerin). That should be a hard stop for ED meds. Caught manually by Dr. Menon during spot check, no Rx was written.

Raw webhook payload from the intake service:

{json.dumps(payload, indent=2)}

Suspect: the new answer key "q_nitrates" (was "q_nitrate_use" in v3.1 of the questionnaire). The rules engine is still looking for the old key, so the flag never fires.

Please treat as urgent - we need to check every ED intake since the v3.2 release (3/4) for the same pattern.

Anjali Sharma | QA Engineer | Mirren Health
"""
    m = build(staff("sharma"), ["eng-care-platform@" + D, staff("kowalczyk")], "[P1] nitrate answer not flagging on ED intake v3.2",
              body, dt, cc=[staff("okafor"), staff("menon")])
    return m, "Curtis Ebright"


def struct_5():
    dt = rdate("ET")
    hdr = "RECTYPE|SHIPDATE|ORDER_ID|MIRREN_PT_ID|LAST|FIRST|DOB|ADDR1|CITY|ST|ZIP|RX_NO|NDC|DRUG|QTY|DS|CARRIER|TRACKING|COLDCHAIN"
    lines = ["H|%s|MIRREN|BLUESTEM|SHIPCONF|v2.3" % dt.strftime("%Y%m%d"), hdr]
    drugs = [("00093-7214-56", "FINASTERIDE 1MG TAB", "90", "90", "N"), ("59762-0033-03", "SILDENAFIL 20MG TAB", "30", "30", "N"),
             ("00169-4525-14", "WEGOVY 0.5MG/0.5ML PEN", "4", "28", "Y"), ("00378-6605-93", "SPIRONOLACTONE 50MG TAB", "60", "60", "N"),
             ("00603-7663-17", "NORETHINDRONE 0.35MG TAB", "84", "84", "N"), ("00002-1506-80", "ZEPBOUND 5MG/0.5ML PEN", "4", "28", "Y"),
             ("00172-5728-60", "TADALAFIL 5MG TAB", "30", "30", "N")]
    names = []
    for dr in drugs:
        sex = "F" if ("NORETH" in dr[1] or "SPIRO" in dr[1]) else ("M" if ("SILD" in dr[1] or "FINA" in dr[1] or "TADA" in dr[1]) else None)
        f, l = pname(sex)
        names.append(f + " " + l)
        a = address()
        d = dob()
        lines.append("|".join(["D", dt.strftime("%Y%m%d"), oid(), pid(), l.upper(), f.upper(), d.strftime("%Y%m%d"),
                               a[0].upper(), a[1].upper(), a[2], a[3], rxn(), dr[0], dr[1], dr[2], dr[3], "SHIPNORTH", trk(), dr[4]]))
    lines.append("T|%d" % len(drugs))
    body = """Attached is today's ship confirmation file (partial - 2nd wave). Full file posts to SFTP at 21:00 as usual; sending this one by email because the 2nd-wave SFTP push failed.

Bluestem Integrations
integrations@bluestemrx.net
"""
    m = build(formataddr(("Bluestem Integrations", "integrations@" + PHD)), ["pharmacy-ops@" + D, "data-eng@" + D],
              "SHIPCONF %s wave 2 (SFTP push failed)" % dt.strftime("%Y%m%d"), body, dt,
              atts=[("MIRREN_SHIPCONF_%s_W2.txt" % dt.strftime("%Y%m%d"), "\n".join(lines) + "\n", "text", "plain")])
    return m, "; ".join(names)


def struct_6():
    dt = rdate("CT")
    p = pid()
    doc_id = hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)
    ts = dt.strftime("%Y%m%d%H%M%S-0600")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="{doc_id}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Mirren Health - Continuity of Care Document</title>
  <effectiveTime value="{ts}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id extension="{p}" root="2.16.840.1.113883.3.9911.1"/>
      <addr use="HP"><streetAddressLine>2709 Belmont Blvd</streetAddressLine><city>Nashville</city><state>TN</state><postalCode>37212</postalCode></addr>
      <telecom value="tel:+1-615-555-0104" use="MC"/>
      <patient>
        <name use="L"><given>Wesley</given><family>Prescott</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19771030"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Obesity, class II (E66.812) - onset 2024-06</item><item>Prediabetes (R73.03)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><table><thead><tr><th>Medication</th><th>Dose</th><th>Start</th></tr></thead><tbody>
        <tr><td>Semaglutide pen</td><td>1.7 mg SC weekly</td><td>2024-06-18</td></tr>
        <tr><td>Lisinopril</td><td>10 mg PO daily (reported)</td><td>-</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.4.1"/>
      <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
      <title>Vital Signs (patient-reported)</title>
      <text><table><thead><tr><th>Date</th><th>Weight</th><th>BMI</th></tr></thead><tbody>
        <tr><td>2024-06-12</td><td>284 lb</td><td>37.5</td></tr>
        <tr><td>2025-01-09</td><td>246 lb</td><td>32.5</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = """Hi Mark,

Generated the CCD for the records request that came in on the 3rd (records@ inbox, patient signed the release in-app). Attached for your QA before I fax it to the PCP. The A1c from the Larkspur kit didn't pull into the results section, so I'll add the PDF report as a second attachment when I send.

Thanks,
Dee
--
Deandra Wilkes
Health Information Specialist, Mirren Health
"""
    m = build(formataddr(("Deandra Wilkes", "deandra.wilkes@" + D)), staff("reyes"), "CCD for QA before release", body, dt,
              atts=[("CCD_%s.xml" % p, xml, "text", "xml")])
    return m, "Wesley Prescott"


def struct_7():
    dt = rdate("ET")
    d = dt.strftime("%y%m%d")
    D8 = dt.strftime("%Y%m%d")
    ctl = "%09d" % random.randint(1, 999999999)
    mem = "NWB%09d" % random.randint(10**8, 10**9 - 1)
    segs = ["ISA*00*          *00*          *ZZ*NWBCBS         *ZZ*MIRRENHLTH     *%s*1412*^*00501*%s*0*P*:" % (d, ctl),
            "GS*HB*NWBCBS*MIRRENHLTH*%s*1412*%d*X*005010X279A1" % (D8, int(ctl[-5:])),
            "ST*271*0001*005010X279A1",
            "BHT*0022*11*%s*%s*1412" % (hexid(10).upper(), D8),
            "HL*1**20*1", "NM1*PR*2*NORTHWIND BLUE CROSS BLUE SHIELD*****PI*00931",
            "HL*2*1*21*1", "NM1*1P*2*MIRREN HEALTH PC*****XX*1528550312",
            "HL*3*2*22*0", "TRN*2*%s*9MIRRENHLT" % hexid(8).upper(),
            "NM1*IL*1*OKONJO*ADAORA*N***MI*%s" % mem,
            "N3*1420 PEACHTREE ST NE APT 1804", "N4*ATLANTA*GA*30309",
            "DMG*D8*19850722*F",
            "DTP*346*D8*20250101",
            "EB*1*IND*30*HM*NWB OPEN ACCESS PPO",
            "EB*C*IND*30***23*1500*****Y",
            "EB*G*IND*30***23*5000*****Y",
            "EB*1*IND*88***23",
            "EB*I*IND*88****::::::::J3490*****Y",
            "MSG*GLP-1 AGENTS FOR WEIGHT LOSS EXCLUDED UNDER PLAN. DIABETES INDICATION REQUIRES PA.",
            "EB*B*IND*98***27*25*****Y", "MSG*TELEHEALTH PCP VISIT COPAY",
            ]
    segs += ["SE*%d*0001" % (len(segs) - 1), "GE*1*%d" % int(ctl[-5:]), "IEA*1*%s" % ctl]
    body = """Kwame - here's the raw 271 for the member Joy asked about (Atlanta, weight program, wants to use insurance). The MSG segment is pretty clear, weight-loss GLP-1s are excluded on her plan. Telehealth visit copay $25.

Can you confirm I'm reading the EB*I line right before we tell her it's self-pay only?

""" + "\n".join(s + "~" for s in segs) + """

thx
Mark
"""
    m = build(staff("reyes"), staff("boateng"), "271 for GLP-1 coverage check - pls confirm", body, dt, cc=staff("santos"))
    return m, "Adaora Okonjo"


# ====================================================================== CLEAN: admin
def admin_1():
    dt = rdate("CT")
    body = """Hi all,

Heads-up on two changes to the provider console this month:

1) SSO + hardware keys. Starting Monday the 17th, clinician logins to the console (charting, e-prescribing, lab result review) will require SSO through Okta plus a hardware security key. Keys were mailed to everyone on the clinical roster last week - if you haven't received yours, open an IT ticket today. EPCS signing for controlled substances keeps its existing two-factor flow, nothing changes there.

2) Maintenance window. The console, the async visit queue and the Bluestem e-Rx interface will be down Saturday 2:00-4:00 AM CT for the database upgrade. Patient messages sent during the window will queue and deliver afterward. Auto-triage for urgent symptom keywords (chest pain, trouble breathing, etc.) stays up on the patient side and will still show the go-to-ER banner.

Questions -> #it-help or reply here.

Thanks,
Ben
""" + sig("kowalczyk", ph=False)
    m = build(staff("kowalczyk"), "clinical-all@" + D, "Console: SSO/hardware keys Monday + Sat maintenance window", body, dt,
              cc="it@" + D)
    return m, ""


def admin_2():
    dt0 = rdate("ET", start=(2024, 10, 1), days=30)
    dt = dt0 + timedelta(days=1, hours=2)
    orig = """Theo,

Following our QBR, attached is the redline for Amendment No. 4 to the Pharmacy Services Agreement. Summary of the changes:

- Dispensing fee for non-refrigerated maintenance fills moves from $4.25 to $3.90 at >40k fills/month
- Cold-chain: SLA for refrigerated GLP-1 shipments tightened to 99.0% "in-range on arrival" measured by indicator strips; carrier-caused excursions remain a Bluestem cost
- Compounded products: Bluestem will provide a certificate of analysis per lot on request within 2 business days
- DSCSA: serialized product data exchange moves to the EPCIS feed by 11/27
- Term extended to 36 months with a 90-day termination-for-convenience

Happy to walk through with your legal team.

Tamsin Reed
Strategic Account Manager | Bluestem Pharmacy Services
(614) 555-0140"""
    body = f"""Thanks Tamsin - looping in Hannah for legal review and Victor on the fee schedule. Our main concern is the measurement method for in-range on arrival; we'd like photos from a sample of deliveries rather than relying only on patient-reported strips. Let's discuss on Thursday's call.

Theo

{quote_o(orig, "Tamsin Reed <tamsin.reed@" + PHD + ">", sname("brandt") + " <theo.brandt@" + D + ">", "PSA Amendment No. 4 - redline", dt0)}
""" + sig("brandt", disc=True)
    doc = make_docx(["AMENDMENT NO. 4 TO PHARMACY SERVICES AGREEMENT",
                     "Between Mirren Health PC and Bluestem Pharmacy Services, Inc.",
                     "1. Section 5.2 (Dispensing Fees) is amended to read: ...",
                     "2. Exhibit C (Cold-Chain Service Levels) is replaced in its entirety with the attached Exhibit C-1.",
                     "3. Section 9.4 (Certificates of Analysis) is added.",
                     "4. Section 12.1 (Term) is amended to thirty-six (36) months.",
                     "All other terms of the Agreement remain in full force and effect."])
    m = build(staff("brandt"), formataddr(("Tamsin Reed", "tamsin.reed@" + PHD)), "RE: PSA Amendment No. 4 - redline", body, dt,
              cc=[staff("liu"), staff("ng")], reply=True,
              atts=[("Bluestem_PSA_Amendment4_redline.docx", doc, "application",
                     "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


def admin_3():
    dt = rdate("CT", start=(2025, 3, 10), days=12)
    body = """Team,

Effective April 1, we're changing how we handle disputes and refunds. Please read before your next shift.

WHAT'S CHANGING
- Refunds up to $75 can be issued by any support specialist without approval. $75-$250 needs a team lead. Over $250 goes to Finance.
- We no longer issue refunds on an order once a dispute is open for that charge. Doing both means we pay twice. If a patient says they've "called their bank," check the disputes view first.
- "Product not received" disputes: Payments will request carrier POD from Bluestem automatically. Support does not need to open a pharmacy ticket.
- Cancellations inside 24 hours of a refill release now trigger an automatic carrier intercept request for non-refrigerated items. Refrigerated items cannot be intercepted or returned - offer a credit instead.

WHY
Our dispute ratio crept up to 0.61% last month. Visa's monitoring threshold is 0.9% and Mastercard's is 1.5%, but our processor contract flags us at 0.75%.

Training slides are in the Support wiki under Payments > Disputes 2025. Nadia will do a 20-min walkthrough at Tuesday's huddle.

Thanks,
Tanya
""" + sig("hollis")
    m = build(staff("hollis"), "support-team@" + D, "Policy update: refunds & disputes (effective 4/1)", body, dt,
              cc=[staff("farouk"), staff("ng")])
    return m, ""


def admin_4():
    dt = rdate("CT")
    start = (dt + timedelta(days=5)).replace(hour=11, minute=0, second=0, microsecond=0)
    end = start + timedelta(minutes=45)
    att = [(sname(k), STAFF[k][3] + "@" + D) for k in ("okafor", "pettis", "whitaker", "menon", "fischer", "alvarado")]
    ics = make_ics("Clinical QA Huddle (weekly)", start, end, (sname("alvarado"), "kristin.alvarado@" + D), att,
                   "Zoom - https://mirren.zoom.example.com/j/8815550123",
                   "Agenda:\n1. Chart audit results - async ED and BC visits (10% sample)\n2. Turnaround times: renewal queue\n3. Updated BP thresholds for combined hormonal contraception\n4. Open AE reports - status only",
                   hexid(24) + "@" + D)
    body = """Moving the weekly QA huddle to Tuesdays at 11 CT starting next week so the West coast folks can make it.

Agenda:
1. Chart audit results - async ED and BC visits (10% sample)
2. Turnaround times on the renewal queue
3. Updated BP thresholds for combined hormonal contraception (Lena's summary of the CDC MEC changes)
4. Open AE reports - status only, no case discussion in this meeting

Kristin
"""
    m = build(staff("alvarado"), ", ".join(formataddr(a) for a in att[:-1]), "Invitation: Clinical QA Huddle (weekly) - Tue 11:00 CT",
              body, dt, atts=[("invite.ics", ics, "text", "calendar")])
    return m, ""


def admin_5():
    dt = rdate("ET")
    body = """Hi Erin,

Can you place the Q2 supplies order with PakCold? Current on-hand at the Columbus packout room vs. what we need for May-June volume:

  Item                               On hand    Need     Order
  Insulated mailer, 8x6x4 (GLP-1)      2,300    9,000     6,700
  Gel packs 16 oz, frozen              5,100   18,000    13,000
  Temp indicator strips (2-8C)         3,900    9,000     5,100
  Sharps containers 1 qt               1,150    2,500     1,400
  Pen needles 32G 4mm (box of 100)       610    1,200       600
  Patient insert - injection guide     4,000    9,000     5,000 (print shop)

Pen needles and sharps go through Medline on our account, not PakCold. Inserts are the v7 version (updated disposal instructions), please make sure the print shop doesn't use the old file.

Thanks!
Theo
""" + sig("brandt")
    m = build(staff("brandt"), staff("castellano"), "Q2 packout supplies order", body, dt)
    return m, ""


def admin_6():
    dt = rdate("ET")
    body = """Kwame, Victor,

Notes from today's call with Crestline on the telehealth contract renewal:

- They'll reimburse asynchronous (store-and-forward) visits for the ED, hair and BC programs at the e-visit rate, not the E/M rate. Synchronous video visits stay at 100% of the in-person fee schedule with POS 10 and modifier 95.
- Weight-program visits are covered only when billed with a qualifying comorbidity; pharmacy benefit for GLP-1 agents for weight loss remains excluded on most fully insured groups.
- Timely filing goes from 180 to 90 days. We need to tighten our claim lag.
- Credentialing: they'll accept our delegated credentialing file quarterly instead of individual applications for each new NP/PA.
- Rate increase: 3% year 1, 2.5% year 2. They want a 3-year term.

Action items: Kwame to model the e-visit rate impact; Hannah to review the delegated credentialing addendum. Next call is the 24th.

Anjali M.
Payer Contracting | Mirren Health
"""
    m = build(formataddr(("Anjali Mistry", "anjali.mistry@" + D)), [staff("boateng"), staff("ng")],
              "Crestline renewal - call notes", body, dt, cc=staff("liu"))
    return m, ""


def admin_7():
    dt = rdate("CT", start=(2025, 3, 4), days=0)
    body = """Clinicians,

ED intake questionnaire v3.2 is live as of this morning. Summary of clinical changes (full protocol in Confluence > Clinical Protocols > ED v3.2):

- Nitrate/riociguat question split into three: daily nitrates, PRN nitroglycerin, and "any medicine for chest pain". Any YES is a hard stop for PDE5 inhibitors, route to decline + PCP referral.
- Alpha-blocker users: now routed to clinician review instead of auto-approve; start tadalafil/sildenafil at lowest dose.
- BP: self-reported BP now requires a reading from the past 6 months; > 170/110 or < 90/50 routes to decline.
- New cardiac screen: "Do you get chest pain or shortness of breath climbing two flights of stairs?" YES -> clinician review.
- Age >= 65: synchronous visit required.

Please use the updated decline macro ("ED - cardiac risk - see PCP") for hard stops.

Thanks,
Adaeze

Adaeze Okafor, MD
Medical Director | Mirren Health
"""
    m = build(staff("okafor"), "clinicians@" + D, "ED intake v3.2 is live - protocol changes", body, dt, cc="clinical-ops@" + D)
    return m, ""


# ====================================================================== CLEAN: lookalike
def lk_1():
    dt = rdate("ET")
    inv = "INV-%06d" % random.randint(100000, 999999)
    po = "PO-MH-%05d" % random.randint(10000, 99999)
    pdf = make_pdf(["PAKCOLD PACKAGING SOLUTIONS, LLC", "4410 Industrial Pkwy, Groveport, OH 43125 | (614) 555-0190",
                    "", "INVOICE " + inv + "        Invoice date: " + dt.strftime("%m/%d/%Y") + "        Terms: Net 45",
                    "Bill to: Mirren Health PC, Accounts Payable, 220 N Green St Ste 400, Chicago IL 60607",
                    "Ship to: Bluestem Pharmacy Services - Mirren packout, 3100 Alum Creek Dr, Columbus OH 43207",
                    "Customer PO: " + po + "      Customer acct: 100-44817", "",
                    "Line  SKU          Description                           Qty      Unit     Ext",
                    "1     PC-IM-864    Insulated mailer 8x6x4, EPS liner     6,700    1.84     12,328.00",
                    "2     PC-GP-16F    Gel pack 16oz, refrigerant            13,000   0.41     5,330.00",
                    "3     PC-TI-28     Temp indicator 2-8C, 72h              5,100    0.62     3,162.00",
                    "4     FRT          Freight LTL (BOL 77120455)            1        486.50   486.50",
                    "", "Subtotal 21,306.50    Tax 0.00 (resale/exempt cert on file)    TOTAL DUE 21,306.50",
                    "Remit to: PakCold Packaging, Lockbox 88127, Cleveland OH 44193. ACH routing on file."])
    body = f"""Please find attached invoice {inv} for PO {po}.

Invoice total: $21,306.50
Due date: {(dt + timedelta(days=45)).strftime('%m/%d/%Y')}

Shipped in 2 pallets on BOL 77120455, PRO# 0446187723. Signed delivery receipt available on request.

Thank you for your business!
PakCold Accounts Receivable
ar@pakcold-packaging.com | (614) 555-0190 x2
"""
    m = build(formataddr(("PakCold AR", "ar@pakcold-packaging.com")), "ap@" + D, f"Invoice {inv} / PO {po}", body, dt,
              cc=staff("castellano"), atts=[(inv + ".pdf", pdf, "application", "pdf")])
    return m, ""


def lk_2():
    dt = rdate("ET")
    body = """Pharmacy Ops,

Formulary/lot update for the Mirren account, effective with tomorrow's first wave. No action needed unless noted.

NDC             Product                                 Lot        Exp       Note
00093-7214-56   Finasteride 1 mg tab, 90 ct (Teva)      3K44712    09/2026   new lot
59762-0033-03   Sildenafil 20 mg tab, 90 ct (Greenstone) GS2291A   04/2027   new lot
00172-5728-60   Tadalafil 5 mg tab, 30 ct               T5C0198    01/2027   -
00378-6605-93   Spironolactone 50 mg tab, 100 ct        M24K3301   11/2026   -
00603-7663-17   Norethindrone 0.35 mg, 3x28             NR44019    06/2026   mfr change
00169-4525-14   Wegovy 0.5 mg/0.5 mL pen, 4 ct          PZ7F112    03/2026   -
00002-1506-80   Zepbound 5 mg/0.5 mL pen, 4 ct          D881245A   02/2026   limited alloc.
(compounded)    Tretinoin 0.025%/Clinda 1% cream 30 g   24L0337    BUD 90d   CoA on file

Zepbound 5 mg is on allocation through end of month (max 1,200 units/week to the account). Please don't open new starts on 5 mg; step-ups only.

Recall/market withdrawal check: none affecting the above lots as of this morning.

Luis Ortega, PharmD
Pharmacist in Charge | Bluestem Pharmacy Services
Ohio TDDD 02-1455870 | (614) 555-0133
""" + "\n" + PH_DISCLAIMER
    m = build(formataddr(("Luis Ortega, PharmD", "luis.ortega@" + PHD)), "pharmacy-ops@" + D,
              "Lot/formulary update eff. " + (dt + timedelta(days=1)).strftime("%m/%d"), body, dt)
    return m, ""


def lk_3():
    dt = rdate("CT")
    rows = [["Clinician", "Credential", "NPI", "State", "License #", "Expires", "DEA (state)", "Collab. physician"]]
    data = [("Adaeze Okafor", "MD", "1487550219", [("IL", "036.155012"), ("TX", "R5512"), ("FL", "ME155802")], "Self"),
            ("Rahul Menon", "MD", "1275550643", [("CA", "A155043"), ("NY", "315502"), ("WA", "MD61055021")], "Self"),
            ("Lauren Pettis", "FNP-C", "1932550417", [("CA", "95512 / NP 95578"), ("WA", "AP60155542"), ("OR", "201555631NP")], "Okafor"),
            ("Sam Whitaker", "PA-C", "1639550281", [("TX", "PA11552"), ("GA", "PA015578"), ("AZ", "6155")], "Menon")]
    for name, cred, npi, lic, collab in data:
        for st, num in lic:
            rows.append([name, cred, npi, st, num, "%02d/%02d/%d" % (random.randint(1, 12), 28, random.choice([2025, 2026, 2027])),
                         "Active" if st in ("CA", "TX", "IL", "FL") else "N/A", collab])
    body = """Hi Kristin,

Attached is the updated licensure roster after this month's renewals. Highlights:

- Sam's AZ license renewed through 2027
- Lauren's OR license is pending the collaborative agreement update - do not route OR patients to her until I confirm
- Dr. Menon's WA renewal needs CME attestation by the 28th

The NPI registry and state boards were both checked on """ + dt.strftime("%m/%d") + """; verification screenshots are in the credentialing folder.

Thanks,
Paula Kim
Credentialing Specialist | Mirren Health
"""
    m = build(formataddr(("Paula Kim", "paula.kim@" + D)), staff("alvarado"), "Licensure roster - updated", body, dt,
              atts=[("licensure_roster_%s.csv" % dt.strftime("%Y%m"), csv_text(rows), "text", "csv")])
    return m, ""


def lk_4():
    dt = rdate("ET")
    lines = []
    total = 0.0
    for i in range(9):
        amt = random.choice([45.0, 66.0, 89.0, 120.0, 299.0, 349.0])
        total += amt
        lines.append("%-16s %-10s %-24s %8.2f   %s" % (trk(), (dt - timedelta(days=random.randint(5, 30))).strftime("%m/%d/%Y"),
                                                     random.choice(["Damaged - crushed", "Lost in transit", "Late - cold chain",
                                                                    "Damaged - wet", "Lost in transit"]), amt,
                                                     random.choice(["PAID", "PAID", "DENIED - no scan", "PENDING"])))
    body = f"""Mirren Health - ShipNorth claims statement, account 7700-41882

Claims filed in the period {(dt - timedelta(days=30)).strftime('%m/%d/%Y')} - {dt.strftime('%m/%d/%Y')}:

Tracking         Ship date  Claim type               Declared  Status
{chr(10).join(lines)}

Total declared: ${total:,.2f}
Claims paid are credited to your next invoice. Denied claims may be appealed within 30 days at claims.{SHIPD}.

Period service metrics (account level):
  Packages shipped:        41,822
  On-time delivery:        96.4%
  Cold-chain on-time:      98.1% (target 99.0%)
  Claims rate:             0.07%

ShipNorth Logistics | Commercial Accounts
"""
    m = build(formataddr(("ShipNorth Claims", "claims@" + SHIPD)), "shipping@" + D, "Claims statement - acct 7700-41882", body, dt,
              cc=staff("brandt"))
    return m, ""


def lk_5():
    dt = rdate("CT")
    wk = dt.isocalendar()[1]
    body = f"""Support weekly - wk {wk}

Volume
  Tickets created          8,914   (+6% WoW)
  Phone                    2,208
  Chat                     3,377
  Email/web form           3,329
  First response (median)  1h 42m  (goal < 2h)
  Full resolution (median) 19h 05m
  CSAT                     88.7%   (n=1,412)

Top contact reasons
  1. Where is my order              22.4%
  2. Cancel / pause subscription    17.9%
  3. Billing - charge question      12.2%
  4. Side effects / clinical Q*      9.6%
  5. Lab kit status                  6.1%
  * routed to care team, not handled by CX

Largest tickets by reopen count: #{ticket()}, #{ticket()}, #{ticket()} (all carrier delays in the Denver hub - ShipNorth incident SN-INC-44821)

Macro changes this week: "GLP-1 shortage - delay" retired; "Cold box - reship" updated with the new credit amount.

Staffing: 41 agents scheduled, 3.5 FTE short on Monday AM. Overtime approved for Mon/Tue.

Tanya
"""
    m = build(staff("hollis"), "support-leads@" + D, f"Support weekly - wk {wk}", body, dt, cc=staff("ng"))
    return m, ""


def lk_6():
    dt = rdate("ET")
    body = """Anjali, Ben -

For the billing engine config (ticket BILL-882), here is the code mapping for insurance-billed visits. Self-pay visits don't generate claims so they're out of scope.

Visit type                         CPT      Mod  POS  Typical ICD-10
Async e-visit, 5-10 min            99421    -    10   -
Async e-visit, 11-20 min           99422    -    10   -
Async e-visit, 21+ min             99423    -    10   -
Video visit, new, low MDM          99202    95   10   -
Video visit, est., low MDM         99212    95   10   -
Video visit, est., moderate MDM    99213    95   10   -
Audio-only (est.)                  98008    93   10   -

Program -> default diagnosis list offered to the clinician:
  ED:          N52.9, N52.01
  Hair:        L64.9, L65.9
  Acne:        L70.0, L70.8
  Contracep.:  Z30.011, Z30.41
  Weight:      E66.9, E66.811, E66.812, Z68.30-Z68.45 (BMI), plus comorbidity
  Lab review:  Z01.89, Z13.220

Clinicians must pick the diagnosis themselves; the engine should never default one onto a claim.

Kwame
""" + sig("boateng", ph=False)
    m = build(staff("boateng"), [formataddr(("Anjali Mistry", "anjali.mistry@" + D)), staff("kowalczyk")],
              "BILL-882 code mapping for claims", body, dt)
    return m, ""


def lk_7():
    dt = rdate("CT", start=(2025, 2, 26), days=8)
    body = """Updated escalation directory - please save to your phone. Replaces the January version.

PHARMACY (Bluestem)
  Mirren team line              (614) 555-0130   7a-9p ET
  Exceptions desk               (614) 555-0131
  Pharmacist on call (after hrs)(614) 555-0135   pager 4471
  Account mgr - Tamsin Reed     (614) 555-0140

LAB (Larkspur)
  Client services               (800) 555-0163 opt 2
  Interfaces / downtime         (800) 555-0163 opt 4
  Critical value line           (800) 555-0163 opt 9   acct 10447

CARRIER (ShipNorth)
  Commercial support            (888) 555-0109   acct 7700-41882
  Cold-chain desk               (888) 555-0111

PAYMENTS (Tallyway)
  Risk / disputes               (855) 555-0152   merchant ID 44820017

INTERNAL
  Clinical on-call (pager)      (312) 555-0100
  Security incident             (312) 555-0102   security@mirrenhealth.com
  Privacy officer - Hannah Liu  (312) 555-0161
  Facilities - Erin Castellano  (312) 555-0118

Jordan
""" + sig("feld")
    m = build(staff("feld"), "support-all@" + D, "Escalation phone directory - March update", body, dt)
    return m, ""


# ====================================================================== CLEAN: news
def news_1():
    dt = rdate("CT")
    text = """THE MIRREN MONTHLY - internal newsletter

Hi Mirreners,

A few highlights from the month:

BY THE NUMBERS
- 212,000 active subscribers across all programs (+4% MoM)
- Median time from intake to clinician decision: 3.1 hours (down from 4.6)
- Cold-chain in-range on arrival: 98.7%
- Support CSAT: 88.7%

LAUNCHES
- Topical finasteride spray is now available in 41 states.
- The at-home metabolic kit (A1c + lipids) launched with Larkspur. Kits ship in two days and results typically post within five days of the lab receiving the sample.

CARE TEAM
Welcome to our three new clinicians, bringing us to 38 NPs, PAs and physicians licensed across all 50 states + DC. Dr. Okafor's team also finished the annual protocol review for contraception - thanks to everyone who contributed.

SHOUT-OUTS
Huge thanks to the Pharmacy Ops crew, who rerouted 3,000+ refrigerated shipments around the Denver hub closure with zero spoiled boxes.

EVENTS
- All-hands: first Thursday, 1pm CT
- Chicago office happy hour on the 21st, rooftop if it's warm

See you around,
Internal Comms"""
    html = """<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f4f6f5">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><img src="cid:mirrenlogo" alt="Mirren Health" width="160" height="48"></td></tr>
<tr><td><h1 style="color:#2e7d60">The Mirren Monthly</h1><p>Hi Mirreners,</p>
<h3>By the numbers</h3><ul><li>212,000 active subscribers across all programs (+4% MoM)</li><li>Median time from intake to clinician decision: 3.1 hours</li>
<li>Cold-chain in-range on arrival: 98.7%</li><li>Support CSAT: 88.7%</li></ul>
<h3>Launches</h3><p>Topical finasteride spray is now available in 41 states. The at-home metabolic kit (A1c + lipids) launched with Larkspur.</p>
<h3>Care team</h3><p>Welcome to our three new clinicians, bringing us to 38 NPs, PAs and physicians licensed across all 50 states + DC.</p>
<h3>Shout-outs</h3><p>Huge thanks to Pharmacy Ops for rerouting 3,000+ refrigerated shipments around the Denver hub closure with zero spoiled boxes.</p>
<h3>Events</h3><p>All-hands: first Thursday, 1pm CT &middot; Chicago office happy hour on the 21st</p>
<p>See you around,<br>Internal Comms</p></td></tr></table></body></html>"""
    m = build(formataddr(("Mirren Internal Comms", "comms@" + D)), "everyone@" + D, "The Mirren Monthly - " + dt.strftime("%B %Y"),
              text, dt, html=html, related_png=("mirrenlogo", logo_png()))
    return m, ""


def news_2():
    dt = rdate("ET")
    text = """Mirren Health

Your goals, backed by real clinicians.

Our medical weight program pairs licensed clinicians with prescription treatment (when appropriate), coaching and at-home labs - all from your phone.

- Online assessment in about 10 minutes
- If prescribed, medication ships in insulated packaging to your door
- Message your care team any time, at no extra cost
- Plans from $149/month (medication cost depends on the option your clinician prescribes and whether you use insurance)

Get started: https://mirrenhealth.com/weight?utm_source=email&utm_campaign=spring_wl

Prescription products require an online consultation with a licensed provider who will determine if a prescription is appropriate. Results vary. Not available in all states. See important safety information at mirrenhealth.com/safety.

You're receiving this email because you subscribed to updates from Mirren Health. Unsubscribe: https://mirrenhealth.com/u/manage
Mirren Health PC, 220 N Green St Ste 400, Chicago, IL 60607"""
    html = """<html><body style="font-family:Georgia,serif;background:#fbfaf7;margin:0">
<div style="max-width:560px;margin:auto;padding:32px;background:#fff">
<img src="cid:mh" alt="Mirren Health" width="160" height="48">
<h1 style="font-weight:normal">Your goals, backed by real clinicians.</h1>
<p>Our medical weight program pairs licensed clinicians with prescription treatment (when appropriate), coaching and at-home labs &mdash; all from your phone.</p>
<ul><li>Online assessment in about 10 minutes</li><li>If prescribed, medication ships in insulated packaging to your door</li>
<li>Message your care team any time</li><li>Plans from $149/month</li></ul>
<p><a href="https://mirrenhealth.com/weight?utm_source=email&amp;utm_campaign=spring_wl" style="background:#2e7d60;color:#fff;padding:12px 20px;text-decoration:none">Get started</a></p>
<p style="font-size:11px;color:#777">Prescription products require an online consultation with a licensed provider who will determine if a prescription is appropriate. Results vary. Not available in all states.<br>
<a href="https://mirrenhealth.com/u/manage">Unsubscribe</a> &middot; Mirren Health PC, 220 N Green St Ste 400, Chicago, IL 60607</p></div></body></html>"""
    m = build(formataddr(("Mirren Health", "hello@news." + D)), "subscriber@example.com",
              "Spring into a plan that fits you", text, dt, html=html, related_png=("mh", logo_png()),
              extra={"List-Unsubscribe": "<https://mirrenhealth.com/u/manage>", "Precedence": "bulk"})
    return m, ""


def news_3():
    dt = rdate("ET")
    body = """Regulatory bulletin - for Clinical, Pharmacy Ops, Growth, Support

1. FDA drug shortage list: tirzepatide and semaglutide injection products are no longer listed as in shortage. The FDA has set end dates for the enforcement discretion that allowed 503A and 503B pharmacies to compound "essentially copies" of these products. Our compounded semaglutide program will wind down per the plan Dr. Okafor shared; no new starts on compounded product from the 1st.

2. DEA telemedicine flexibilities for prescribing controlled substances without an in-person visit have been extended again through the end of the calendar year. This does not affect any current Mirren program (none of our programs prescribe controlled substances), but matters for the testosterone product discussions.

3. FTC: The "click-to-cancel" rule would require cancellation to be as easy as sign-up. Our in-app cancel already meets this; phone-only cancellation paths should be retired.

4. State updates: two more states now allow NPs full practice authority after a transition period; credentialing will update the collaborative agreement list.

Marketing reminder: all weight-program ads must avoid saying or implying that compounded products are FDA-approved or "the same as" brand products.

Hannah
""" + sig("liu", disc=True)
    m = build(staff("liu"), "regulatory-updates@" + D, "Regulatory bulletin: shortage list, DEA, FTC, state scope", body, dt)
    return m, ""


def news_4():
    dt = rdate("CT")
    body = """Clinical research digest - this month's reads (summaries by Lena; full papers in the shared drive)

1) Topical vs oral finasteride for androgenetic alopecia
Meta-analysis of 7 RCTs (n=1,091). Topical finasteride showed hair-count improvements similar to oral at 24 weeks, with serum DHT reductions of roughly 30-50% vs ~60-70% for oral. Sexual adverse events were numerically lower with topical, but the trials weren't powered for that.
Takeaway: reasonable option for patients worried about systemic side effects; counsel that long-term data are limited.

2) Low-dose oral minoxidil
Retrospective cohort (n=1,404) at 0.25-5 mg daily. Most common AEs were hypertrichosis (15%) and lightheadedness (1.7%); discontinuation due to AEs was 1.7%. Supports our protocol requiring a BP check before starting.

3) GLP-1 discontinuation and weight regain
Extension study: participants who stopped semaglutide regained about two-thirds of lost weight within a year. Useful for our "what happens when I stop" patient education piece.

4) Spironolactone for acne and potassium monitoring
Large claims-based study found hyperkalemia rates in healthy young women on spironolactone similar to baseline; routine potassium monitoring has low yield in this group. Consistent with our current protocol.

Journal club is Wednesday at noon - #4 is up for discussion.
""" + sig("fischer", ph=False)
    m = build(staff("fischer"), "clinicians@" + D, "Research digest - hair, GLP-1, acne", body, dt)
    return m, ""


def news_5():
    dt = rdate("PT", start=(2025, 1, 8), days=12)
    body = """Growth quarterly - Q4 summary (aggregate, internal)

Acquisition
  New subscribers            61,300   (+12% QoQ)
  Blended CAC                $142     (-6%)
  Paid social share          44%
  Organic/SEO share          27%      <- "acne myths" cluster drove 1.9M sessions

Program mix of new subscribers
  Weight        38%
  Hair          21%
  ED            17%
  Skin          13%
  Birth control  8%
  Lab kits       3%

Retention
  Month-3 retention: Hair 71%, ED 58%, BC 76%, Skin 49%, Weight 62%
  Top cancel reasons (survey): price (31%), "goal achieved" (18%), side effects (14%), switching to insurance (9%)

Experiments that shipped
  - Shorter ED intake (v3.2) improved completion +7 pts with no change in decline rate
  - Price-anchor test on Weight landing page: no significant lift; reverted

Q1 priorities: lab-kit cross-sell, Spanish-language funnel, referral program.

Colin & Priyanka
"""
    m = build(staff("ashby"), "leadership@" + D, "Growth quarterly - Q4 summary", body, dt, cc=staff("rao"))
    return m, ""


def news_6():
    dt = rdate("ET")
    text = """TELEHEALTH POLICY WEEKLY
from the Digital Care Policy Forum

This week:

* Congress passed another short-term extension of Medicare telehealth flexibilities, including the waiver of geographic and originating-site requirements. Providers should continue to use POS 02/10 with modifier 95 for Medicare claims.

* Interstate licensure: the Nurse Licensure Compact now covers 43 jurisdictions. The PA Licensure Compact is operational in several states, with privileges expected to start issuing later this year.

* Compounding: State boards of pharmacy in three states issued guidance on advertising compounded GLP-1 products. Common themes: no claims of FDA approval, no comparative efficacy claims, and clear labeling as compounded.

* Consumer protection: A multistate attorney-general letter asked direct-to-consumer telehealth companies to review auto-renewal disclosures and cancellation flows.

* Research: A national survey found 38% of US adults used telehealth in the past year; use was highest for behavioral health and prescription renewals.

Read more at dcpforum.org/weekly. You are receiving this because you are a member of the Digital Care Policy Forum. Manage preferences: dcpforum.org/prefs"""
    m = build(formataddr(("DCP Forum", "weekly@dcpforum.org")), staff("liu"), "Telehealth Policy Weekly: extensions, compacts, compounding",
              text, dt, extra={"List-Unsubscribe": "<https://dcpforum.org/prefs>", "Precedence": "bulk"})
    return m, ""


# ====================================================================== CLEAN: staff
def staff_1():
    dt = rdate("CT")
    mon = (dt + timedelta(days=(7 - dt.weekday()))).date()
    days = [mon + timedelta(days=i) for i in range(7)]
    rota = [("okafor", "menon"), ("menon", "pettis"), ("pettis", "whitaker"), ("whitaker", "okafor"),
            ("okafor", "pettis"), ("menon", "whitaker"), ("whitaker", "menon")]
    lines = ["%-10s %-32s %-32s" % ("Date", "Primary (pager 312-555-0100)", "Backup")]
    for d, (a, b) in zip(days, rota):
        lines.append("%-10s %-32s %-32s" % (d.strftime("%a %m/%d"), sname(a) + ", " + STAFF[a][1], sname(b) + ", " + STAFF[b][1]))
    body = """Clinical on-call for next week is below and in the shared calendar. On-call covers urgent patient messages flagged by auto-triage, pharmacist calls from Bluestem, and critical-value callbacks from Larkspur.

""" + "\n".join(lines) + """

Swaps: please arrange between yourselves and reply-all so I can update the pager schedule. Lena Fischer, PharmD is pharmacist backup all week for interaction questions.

Thanks,
Kristin
""" + sig("alvarado", ph=False)
    m = build(staff("alvarado"), "clinicians@" + D, "On-call schedule - week of " + mon.strftime("%m/%d"), body, dt)
    return m, ""


def staff_2():
    dt = rdate("ET")
    body = """Team,

Please join me in welcoming Maya Oyelowo, MSN, APRN, FNP-BC, who joins the care team on Monday as a Nurse Practitioner!

Maya spent the last six years in urgent care and women's health in Atlanta and was most recently a lead NP at a community health center. She's licensed in 14 states (GA, FL, TN, NC, SC, AL, TX, AZ, CO, NY, NJ, PA, OH, MI) and will be working primarily in our BC and weight programs.

Her first two weeks: shadowing with Lauren, console training with Ben's team, and protocol review with me. Her first solo shifts start the 24th.

Fun facts: she's a competitive rower and makes a legendary peach cobbler.

Welcome, Maya!

Adaeze

Adaeze Okafor, MD
Medical Director
"""
    m = build(staff("okafor"), "care-team@" + D, "Welcome Maya Oyelowo, FNP-BC!", body, dt, cc=staff("mbeki"))
    return m, ""


def staff_3():
    dt = rdate("CT")
    body = """Hi everyone,

Quick payroll reminders for this period:

- Hourly staff (Support, Pharmacy Ops packout liaisons): timesheets must be approved by your manager by Monday 10am CT. Unapproved timesheets will be paid on the next cycle.
- Overtime for the Mon/Tue coverage push was pre-approved - please code it as OT-COVERAGE, not regular OT.
- Per-visit clinicians: your visit counts from the console are exported Sunday night. If you see a discrepancy, email payroll@ with the visit dates (not patient details) by Tuesday.
- W-2 address changes go through the HR portal, not through email.

Pay date is Friday the 28th.

Thanks,
Grace
""" + sig("mbeki")
    m = build(staff("mbeki"), "all-staff@" + D, "Payroll reminders - timesheets due Monday", body, dt)
    return m, ""


def staff_4():
    dt = rdate("CT", start=(2025, 3, 14), days=10)
    body = """Hi team,

Jenna Morales will be out on leave from April 1 through April 28. She's back on the 29th.

Coverage while she's out:
- Escalations queue: Marisol (mornings), Ryan (afternoons)
- Jenna's Bluestem supplies tickets: Theo's team will pick these up directly
- Weekly macro review: paused until she's back

Please don't reach out to Jenna with work questions while she's away - send them to me.

Thanks,
Tanya
""" + sig("hollis", ph=False)
    m = build(staff("hollis"), "support-team@" + D, "Coverage plan - Jenna out 4/1-4/28", body, dt, cc=staff("brandt"))
    return m, ""


def staff_5():
    dt = rdate("CT")
    body = """🎉 Happy work-iversary! 🎉

This week we're celebrating:

  Theo Brandt - 4 years (Pharmacy Ops)
  Marisol Quintero - 3 years (Patient Support)
  Dr. Rahul Menon - 2 years (Care Team)
  Anjali Sharma - 1 year (Engineering)

And happy birthday to Kwame Boateng on Thursday!

Cake is in the 4th floor kitchen Thursday at 3 - remote folks, keep an eye out for a DoorDash credit in your inbox.

People Ops
"""
    html = "<html><body style='font-family:Arial'><h2>&#127881; Happy work-iversary! &#127881;</h2><ul><li>Theo Brandt &ndash; 4 years (Pharmacy Ops)</li><li>Marisol Quintero &ndash; 3 years (Patient Support)</li><li>Dr. Rahul Menon &ndash; 2 years (Care Team)</li><li>Anjali Sharma &ndash; 1 year (Engineering)</li></ul><p>And happy birthday to Kwame Boateng on Thursday!</p><p>Cake is in the 4th floor kitchen Thursday at 3.</p><p>People Ops</p></body></html>"
    m = build(formataddr(("People Ops", "peopleops@" + D)), "everyone@" + D, "Celebrating this week 🎂", body, dt, html=html)
    return m, ""


def staff_6():
    dt0 = rdate("PT", start=(2025, 3, 17), days=3)
    dt = dt0 + timedelta(minutes=48)
    orig = """Hey Jordan, any chance I can swap my Sat 3/22 8a-4p phone shift with Ryan's Sun 3/23 10a-6p? He said he's ok with it. I have a family thing Saturday.

Marisol"""
    body = f"""Approved - updated in the WFM schedule. Updated weekend roster:

Sat 3/22
  8a-4p   Ryan Delacroix (phones)
  8a-4p   Devi Patel (chat)
  12p-8p  Jenna Morales (escalations)

Sun 3/23
  10a-6p  Marisol Quintero (phones)
  10a-6p  Chris Yoon (chat)
  Lead on call: Jordan Feld (312) 555-0127

Jordan

{quote_g(orig, "Marisol Quintero <marisol.quintero@" + D + ">", dt0)}
"""
    m = build(staff("feld"), staff("quintero"), "Re: shift swap 3/22", body, dt,
              cc=formataddr(("Ryan Delacroix", "ryan.delacroix@" + D)), reply=True)
    return m, ""


def staff_7():
    dt = rdate("ET", start=(2024, 10, 21), days=10)
    body = """Hi all,

Open enrollment for 2025 benefits runs November 4-18. If you don't make changes, your current medical, dental and vision elections roll over, but FSA/HSA contributions do NOT - you have to re-elect them.

What's new:
- Aetra PPO and HDHP premiums are flat for employees; dependent tiers up 3%
- The HDHP employer HSA contribution increases to $1,000 (single) / $2,000 (family)
- New fertility and family-building benefit through Bloomwell, up to $15,000 lifetime
- Mirren programs: employees continue to get any Mirren subscription free (the visit fee is waived, medication at cost)
- EAP: 8 free counseling sessions per issue per year

Info sessions: Tue 11/5 at noon CT and Thu 11/7 at 4pm CT (recorded). Elect in the HR portal > Benefits > Open Enrollment.

Questions about your own situation? Email benefits@ or book time with me - please don't reply-all.

Grace
""" + sig("mbeki")
    m = build(staff("mbeki"), "all-staff@" + D, "Open enrollment: Nov 4-18", body, dt,
              atts=[("2025_Benefits_Guide.pdf", make_pdf(["Mirren Health 2025 Benefits Guide", "", "Medical: Aetra PPO, Aetra HDHP with HSA",
                                                         "Dental: Keystone Dental PPO", "Vision: ClearView Vision",
                                                         "Fertility: Bloomwell, $15,000 lifetime maximum",
                                                         "EAP: 8 sessions per issue per year", "Open enrollment: November 4-18"]),
                     "application", "pdf")])
    return m, ""


# ====================================================================== CLEAN: training
def tr_1():
    dt = rdate("CT", start=(2025, 2, 25), days=1)
    rows = [["case_id", "env", "first_name", "last_name", "dob", "state", "program", "key_answers", "expected_route"],
            ["TC-ED-01", "staging", "TEST", "Zzpatient-Alpha", "1990-01-01", "IL", "ed", "nitrates=no; bp=118/76", "async_review"],
            ["TC-ED-02", "staging", "TEST", "Zzpatient-Bravo", "1990-01-01", "IL", "ed", "nitrates=yes (daily)", "hard_stop_decline"],
            ["TC-ED-03", "staging", "TEST", "Zzpatient-Charlie", "1990-01-01", "TX", "ed", "prn_ntg=yes", "hard_stop_decline"],
            ["TC-ED-04", "staging", "TEST", "Zzpatient-Delta", "1955-06-15", "FL", "ed", "age>=65", "sync_visit_required"],
            ["TC-ED-05", "staging", "TEST", "Zzpatient-Echo", "1990-01-01", "CA", "ed", "alpha_blocker=tamsulosin", "clinician_review"],
            ["TC-ED-06", "staging", "TEST", "Zzpatient-Foxtrot", "1990-01-01", "WA", "ed", "bp=176/112", "hard_stop_decline"],
            ["TC-ED-07", "staging", "TEST", "Zzpatient-Golf", "1990-01-01", "NY", "ed", "chest_pain_stairs=yes", "clinician_review"]]
    body = """Regression test plan for ED intake v3.2 is attached - please run on staging before Thursday's release. All records are synthetic test patients in the staging tenant (last names start with "Zzpatient" so they sort to the bottom and are excluded from reporting). Do NOT create these in prod.

Steps for each case:
1. Start an ED intake on staging.mirrenhealth.com with the test identity in the sheet
2. Enter the key answers, leave everything else at the default "no"
3. Submit and confirm the routing in the admin view matches expected_route
4. Confirm a risk flag appears for every hard_stop_decline case (this is the INC from last week)
5. Mark pass/fail in the sheet

Use card 4242 4242 4242 4242 (sandbox) for checkout.

Anjali
QA Engineering | Mirren Health
"""
    m = build(staff("sharma"), ["qa@" + D, staff("kowalczyk")], "ED intake v3.2 regression - test plan", body, dt,
              atts=[("ed_v32_regression_cases.csv", csv_text(rows), "text", "csv")])
    return m, ""


def tr_2():
    dt = rdate("ET")
    doc = make_docx([
        "Mirren Health - New Clinician Onboarding",
        "Case Study 4: Contraception renewal with new blood pressure reading (de-identified teaching case)",
        "A 34-year-old woman requests renewal of a combined oral contraceptive she has used for 6 years. She reports no migraines with aura and does not smoke. Her uploaded home BP readings are 146/94 and 142/92.",
        "Questions:",
        "1. Using the CDC US MEC, what category applies to combined hormonal contraception at this BP?",
        "2. What alternatives can be offered through the async program?",
        "3. What counseling is required when switching to a progestin-only pill?",
        "4. When should the patient be referred to in-person care?",
        "Discussion points and answers are in the facilitator guide.",
    ])
    body = """Hi Maya,

Here's the case pack for your second week. These are teaching cases written by the clinical team - de-identified composites, not real patients - so feel free to print them or work on them anywhere.

Start with Case 4 (contraception + BP), and we'll go over it together on Wednesday. Cases 5-7 (ED with cardiac history, GLP-1 GI side effects, acne + pregnancy planning) are in the Onboarding folder.

Lauren
"""
    m = build(staff("pettis"), formataddr(("Maya Oyelowo", "maya.oyelowo@" + D)), "Onboarding case pack - week 2", body, dt,
              cc=staff("okafor"), atts=[("Case4_Contraception_BP_teaching.docx", doc, "application",
                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, ""


def tr_3():
    dt = rdate("CT")
    body = """Annual privacy refresher - support team quiz (10 min, due Friday)

Answer in the LMS; this email is just a preview. All scenarios are fictional.

1. A caller says she's the wife of a patient and asks what medication was in the box that arrived today. The patient isn't on the call and there's no authorized rep form. What do you do?
   a) Confirm the medication since she's his wife
   b) Tell her you can't share account details and offer the authorized rep form
   c) Read her the order summary but not the dose

2. A patient emails from an address that's not on the account asking to change their shipping address. What's the first step?

3. True or false: It's OK to paste a screenshot of a patient's chart into the #support-help Slack channel if you blur the name.

4. Growth asks you for "a few nice patient reviews with photos" from tickets for an ad. What do you tell them?

5. Where do you report a misdirected package containing someone else's medication?

Answer key is released to team leads only.

Tanya
""" + sig("hollis", ph=False)
    m = build(staff("hollis"), "support-team@" + D, "Privacy refresher quiz - due Friday", body, dt, cc=staff("liu"))
    return m, ""


def tr_4():
    dt = rdate("PT")
    sample = {
        "_comment": "SYNTHETIC SAMPLE - fictitious patient for sandbox integration only",
        "event": "order.created", "environment": "sandbox",
        "order": {"id": "ORD-SANDBOX-0001", "program": "hair", "items": [{"sku": "FIN-1MG-90", "qty": 1}]},
        "patient": {"id": "sandbox_pt_000123", "first_name": "Jane", "last_name": "Sample",
                    "dob": "1980-01-01", "address": {"line1": "123 Test St", "city": "Anytown", "state": "IL", "zip": "00000"}},
        "prescriber": {"name": "Dr. Demo Prescriber", "npi": "0000000000"},
        "signature": "t=1700000000,v1=" + hexid(64)}
    body = f"""Hi Tamsin / Bluestem integrations,

For the new order webhook (v2), here's a sample payload from our sandbox so your team can build the consumer. Everything in it is dummy data - the patient, address and prescriber are made up, NPI is zeroed. Sandbox signing secret is in the 1Password share I sent separately.

{json.dumps(sample, indent=2)}

Sandbox base URL: https://sandbox-api.{D}/v2
Rate limit in sandbox: 10 req/s.

Let me know when you're ready to start end-to-end testing.

Ben
""" + sig("kowalczyk", ph=False)
    m = build(staff("kowalczyk"), [formataddr(("Tamsin Reed", "tamsin.reed@" + PHD)), "integrations@" + PHD],
              "Order webhook v2 - sandbox sample payload", body, dt, cc=staff("sharma"))
    return m, ""


def tr_5():
    dt = rdate("CT")
    body = """New hire class - role-play scripts for Thursday

Pairs: one of you plays the agent, the other plays the caller. Callers are fictional - please don't use real tickets.

SCENARIO A - "The warm box"
Caller: "Alex," a weight-program member whose refrigerated box arrived warm. Alex is frustrated and mentions cancelling.
Agent goals: verify identity (name + DOB + ZIP on the account), apologize, use the "Cold box - reship" macro, offer the credit, do NOT give dosing advice.

SCENARIO B - "Double charge"
Caller: "Sam," charged twice for a hair subscription.
Agent goals: check disputes view first; if no dispute, refund the duplicate; explain 5-10 business days.

SCENARIO C - "Side effect question"
Caller: "Jordan," asking if headaches are normal on an ED medication.
Agent goals: don't answer clinically; create a care-team task; if chest pain or vision changes, direct to 911/ER.

SCENARIO D - "Not the account holder"
Caller: a parent asking about their adult child's birth control order.
Agent goals: explain we can only discuss with the account holder; offer the authorized rep form.

Debrief after each round: what went well, what you'd say differently.

Jordan
""" + sig("feld", ph=False)
    m = build(staff("feld"), "support-newhire-0317@" + D, "Thursday role-play scripts", body, dt)
    return m, ""


def tr_6():
    dt = rdate("ET")
    ts = dt.strftime("%Y%m%d%H%M%S")
    segs = ["MSH|^~\\&|LARKSPUR_LIS|LARKSPURDX_TEST|MIRREN_EHR|MIRRENHEALTH_STG|%s||ORU^R01^ORU_R01|TST%s|T|2.5.1" % (ts, ts[4:]),
            "PID|1||TEST000001^^^MIRREN^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST WAY^^TESTVILLE^IL^00000",
            "ORC|RE|TESTORD0001|TESTACC0001||CM",
            "OBR|1|TESTKIT-0001|TESTACC0001|MHP1^Male Hormone Panel^L|||%s" % ts,
            "OBX|1|NM|2986-8^Testosterone^LN||999|ng/dL|264-916|H|||F",
            "OBX|2|ST|TESTFLAG^Interface test^L||THIS IS A TEST RESULT - DO NOT FILE||||||F"]
    body = """Devon, Ben -

Larkspur's interface team will send the attached test message to your staging endpoint tomorrow at 10:00 ET to validate the new OBX mappings. Note processing ID is T (test) and the patient is the standard ZZTEST dummy; it should file to the staging test chart only.

""" + "\n".join(segs) + """

Expected result on your side: ACK AA, result appears under ZZTEST, PATIENT ONE in staging with the H flag on OBX-1.

Thanks,
Larkspur Interface Support
(800) 555-0163 opt 4
"""
    m = build(formataddr(("Larkspur Interface Support", "interfaces@" + LABD)), [staff("price"), staff("kowalczyk")],
              "Staging validation - ORU test message 10:00 ET", body, dt,
              atts=[("ZZTEST_ORU_staging.hl7", ("\r".join(segs) + "\r").encode(), "application", "hl7-v2")])
    return m, ""


# ====================================================================== main
PLAN = [
    ("phi", "care", [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]),
    ("phi", "ids", [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]),
    ("phi", "lang", [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]),
    ("phi", "lists", [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]),
    ("phi", "names", [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]),
    ("phi", "self", [self_1, self_2, self_3, self_4, self_5, self_6, self_7]),
    ("phi", "struct", [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]),
    ("clean", "admin", [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]),
    ("clean", "lookalike", [lk_1, lk_2, lk_3, lk_4, lk_5, lk_6, lk_7]),
    ("clean", "news", [news_1, news_2, news_3, news_4, news_5, news_6]),
    ("clean", "staff", [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]),
    ("clean", "training", [tr_1, tr_2, tr_3, tr_4, tr_5, tr_6]),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    rows = []
    counts = {}
    for label, kind, funcs in PLAN:
        for i, fn in enumerate(funcs, 1):
            msg, patient = fn()
            fname = "%s-%s-%03d.eml" % (label, kind, i)
            with open(os.path.join(out, fname), "wb") as f:
                f.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([fname, label, kind, patient])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counts.items():
        print("%-6s %-10s %d" % (label, kind, n))
        total += n
    print("total %d" % total)


if __name__ == "__main__":
    main()
