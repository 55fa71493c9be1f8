#!/usr/bin/env python3
"""Blind evaluation mail for a PEO (HR / payroll / leave / benefits outsourcing).

Everything here is invented: people, companies, numbers, domains.
Run:  python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, struct, zlib, zipfile, unicodedata
import datetime as dt
import html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr
from xml.sax.saxutils import escape as xesc

SEED = 10002
random.seed(SEED)

# --------------------------------------------------------------------------
# The firm, its clients and partners (all invented)
# --------------------------------------------------------------------------
PEO = "Meridale Workforce Partners"
PD = "meridalewp.com"
PEO_ADDR = "2150 Lakeshore Commons Dr, Suite 400, Brookfield, WI 53045"
PEO_MAIN = "(262) 781-4400"
PEO_FAX = "(262) 781-4499"
PEO_SECURE_FAX = "(262) 781-4488"


class P(dict):
    __getattr__ = dict.__getitem__


def staff(first, last, title, ext, user=None):
    user = user or (first[0] + last).lower()
    return P(first=first, last=last, name=f"{first} {last}", title=title,
             email=f"{user}@{PD}", phone=f"{PEO_MAIN} ext. {ext}", ext=ext,
             addr=formataddr((f"{first} {last}", f"{user}@{PD}")))


ST = {
    "leave": staff("Renee", "Castellano", "Leave & Disability Specialist", 231),
    "leave2": staff("Jordan", "Pike", "Leave & Disability Specialist", 236),
    "leavemgr": staff("Paula", "Szymanski", "Manager, Leave Administration", 229),
    "bil": staff("Marisol", "Ybarra", "Bilingual Leave Coordinator", 238),
    "wc": staff("Omar", "Haddad", "Workers' Compensation Coordinator", 245),
    "rn": staff("Colleen", "Ferraro", "RN, CCM | Nurse Case Manager", 247),
    "ben": staff("Lindsey", "Marsh", "Benefits Account Manager", 262),
    "benops": staff("Ben", "Adeyemi", "Benefits Operations Lead", 265),
    "benrep": staff("Tasha", "Greenwood", "Benefits Enrollment Specialist", 268),
    "pay": staff("Dev", "Patel", "Payroll Specialist", 281),
    "paymgr": staff("Carla", "Jorgensen", "Payroll Manager", 280),
    "tax": staff("Jamal", "Whitaker", "Payroll Tax Analyst", 288),
    "hrbp": staff("Hannah", "Bergstrom", "HR Business Partner", 214),
    "cs": staff("Theo", "Nakamura", "Director, Client Services", 205),
    "sales": staff("Kristen", "Doyle", "Senior Sales Executive", 302),
    "it": staff("Sam", "Okwuosa", "IT Support Analyst", 190),
    "ops": staff("Gwen", "Albright", "Office & Facilities Coordinator", 101),
    "comp": staff("Neil", "Fairbanks", "Compliance Counsel", 210),
    "trn": staff("Lauren", "Ashby", "Learning & Development Specialist", 218),
    "ceo": staff("Douglas", "Reinholt", "President", 200, "dreinholt"),
}

CLIENTS = [
    P(name="Tallgrass Freight & Logistics", short="Tallgrass", dom="tallgrassfreight.com",
      hr=("Megan", "Oyelaran", "HR Generalist"), city="Joliet", st="IL", cid="C-1042", ac=["815", "779"]),
    P(name="Oakmere Builders, Inc.", short="Oakmere", dom="oakmerebuilders.net",
      hr=("Rick", "Santangelo", "Office Manager"), city="Waukesha", st="WI", cid="C-1187", ac=["262"]),
    P(name="Bluewater Family Dental", short="Bluewater", dom="bluewaterfamilydental.com",
      hr=("Janelle", "Petrakis", "Practice Administrator"), city="Racine", st="WI", cid="C-1215", ac=["262"]),
    P(name="Pinecrest Brewing Company", short="Pinecrest", dom="pinecrestbrewco.com",
      hr=("Aaron", "Lindqvist", "People & Culture Lead"), city="Madison", st="WI", cid="C-1303", ac=["608"]),
    P(name="Riverbend Precision Machining", short="Riverbend", dom="riverbendprecision.com",
      hr=("Sandra", "Kowal", "HR Manager"), city="Rockford", st="IL", cid="C-0977", ac=["815", "779"]),
    P(name="Sunnyfield Senior Living", short="Sunnyfield", dom="sunnyfieldliving.org",
      hr=("Tiffany", "Burrell", "Director of Human Resources"), city="Appleton", st="WI", cid="C-1350", ac=["920"]),
    P(name="Copperline Auto Group", short="Copperline", dom="copperlineauto.com",
      hr=("Victor", "Mendez", "Controller"), city="Elgin", st="IL", cid="C-1121", ac=["847", "224"]),
    P(name="Greenleaf Landscape Services", short="Greenleaf", dom="greenleaflandscape.net",
      hr=("Kim", "Thao", "Office Administrator"), city="Green Bay", st="WI", cid="C-1398", ac=["920"]),
]
CL = {c.short: c for c in CLIENTS}

ZIPS = {"Joliet": "60435", "Waukesha": "53186", "Racine": "53403", "Madison": "53704",
        "Rockford": "61108", "Appleton": "54911", "Elgin": "60120", "Green Bay": "54303",
        "Kenosha": "53140", "Oshkosh": "54901", "Aurora": "60505", "Beloit": "53511"}

NORTHGATE = P(name="Northgate Mutual Life", dom="northgatemutual.com")
GRANITE = P(name="Granite Ridge Casualty", dom="graniteridgecasualty.com")
ALDER = P(name="Alder Valley Health Plan", dom="aldervalleyhealth.org")
WORKWELL = P(name="WorkWell Occupational Health", dom="workwellocc.net")
PERSONAL = ["postboxmail.com", "hometownnet.net", "skyridgemail.com", "brightinbox.com",
            "lakeviewcable.net", "fastmail.example.com", "owlpost.net", "prairiewave.net"]

FEMALE = ["Maria", "Jennifer", "Tanya", "Kayla", "Alicia", "Brenda", "Latoya", "Nicole",
          "Amber", "Rachel", "Heather", "Monique", "Crystal", "Erin", "Wendy", "Ashley",
          "Yolanda", "Krystal", "Donna", "Samantha", "Faith", "Rosa", "Stephanie", "Courtney",
          "Angela", "Tamika", "Lisa", "Carmen", "Bethany", "Danielle", "Renata", "Holly"]
MALE = ["Marcus", "Luis", "Dale", "Raymond", "Chris", "Jason", "Daniel", "Kevin", "Andre",
        "Brian", "Tyler", "Derek", "Jose", "Travis", "Curtis", "Anthony", "Shawn", "Eric",
        "Darnell", "Wade", "Jerome", "Kyle", "Hector", "Gary", "Nathan", "Terrence", "Ricky",
        "Dustin", "Troy", "Mitchell", "Leon", "Pete"]
LAST = ["Bell", "Ferris", "Roberts", "Ortega", "Kowalski", "Delgado", "Okafor", "Hollis",
        "Washington", "Lindgren", "Gallagher", "Brandt", "Moua", "Reyes", "Vang", "Kaminski",
        "Fitzgerald", "Crowley", "Banerjee", "Stroud", "Yoder", "Haugen", "McAllister", "Ruiz",
        "Schuster", "Pierce", "Coleman", "Abernathy", "Quintero", "Nowicki", "Ellison", "Dunleavy",
        "Gutierrez", "Mattson", "Lor", "Kessler", "Oduya", "Ramsey", "Voss", "Tremblay",
        "Hargrove", "Bautista", "Pfeiffer", "Simmons", "Carrasco", "Whitlock", "Lindahl", "Osei",
        "Brennan", "Rasmussen", "Xiong", "Jefferson", "Lundquist", "Porter", "Nakashima", "Greer"]
STREETS = ["Maple Ridge Rd", "Cedar Ln", "W Oklahoma Ave", "N Prospect St", "Birchwood Ct",
           "Meadowlark Dr", "S 27th St", "Harbor View Ln", "E Lincoln Ave", "Wren Hollow Dr",
           "Orchard St", "Kettle Moraine Dr", "Sycamore Pl", "Fox River Pkwy", "Elm Grove Rd",
           "Countryside Ln", "W Walnut St", "Pheasant Run", "Division St", "Hillcrest Ave"]

_used = set()


def pick(seq):
    return random.choice(seq)


def phone(ac=None):
    ac = ac or pick(["262", "414", "608", "920", "815", "847", "630", "779"])
    return f"({ac}) {random.randint(203, 987)}-{random.randint(1000, 9999):04d}"


def phone_dash(ac=None):
    p = phone(ac)
    return p.replace("(", "").replace(") ", "-")


def rand_ssn():
    return f"{random.randint(101, 665):03d}-{random.randint(10, 99):02d}-{random.randint(1000, 9999):04d}"


def rand_dob(lo=1961, hi=2002):
    return dt.date(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))


def person(sex=None, first=None, last=None, client=None, email_style=None):
    sex = sex or pick("fm")
    while True:
        f = first or pick(FEMALE if sex == "f" else MALE)
        l = last or pick(LAST)
        if (f, l) not in _used or (first and last):
            break
    _used.add((f, l))
    c = client or pick(CLIENTS)
    city = c.city if random.random() < 0.7 else pick(list(ZIPS))
    style = email_style if email_style is not None else random.randint(0, 4)
    dom = pick(PERSONAL)
    user = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{random.randint(2, 99)}",
            f"{f}_{l[:3]}{random.randint(70, 99)}", f"{l}{f[0]}"][style].lower()
    user = unicodedata.normalize("NFKD", user).encode("ascii", "ignore").decode()
    user = user.replace(" ", "").replace("'", "")
    return P(first=f, last=l, name=f"{f} {l}", sex=sex, dob=rand_dob(), ssn=rand_ssn(),
             eeid=str(random.randint(10000, 59999)), phone=phone(pick(c.ac)),
             street=f"{random.randint(102, 9870)} {pick(STREETS)}", city=city,
             st=c.st if city == c.city else ("IL" if city in ("Aurora", "Joliet", "Elgin", "Rockford") else "WI"),
             zip=ZIPS.get(city, "53000"), email=f"{user}@{dom}", client=c,
             he="she" if sex == "f" else "he", his="her" if sex == "f" else "his",
             him="her" if sex == "f" else "him")


def client_hr(c):
    f, l, t = c.hr
    user = (f + "." + l).lower() if c.short in ("Tallgrass", "Sunnyfield", "Pinecrest") else (f[0] + l).lower()
    return P(first=f, last=l, name=f"{f} {l}", title=t, email=f"{user}@{c.dom}",
             addr=formataddr((f"{f} {l}", f"{user}@{c.dom}")), phone=phone(c.ac[0]))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def tz_for(d):
    off = -5 if 3 <= d.month <= 10 else -6
    return dt.timezone(dt.timedelta(hours=off))


def rdt(lo=dt.date(2024, 9, 3), hi=dt.date(2025, 6, 27), h0=7, h1=17):
    span = (hi - lo).days
    while True:
        d = lo + dt.timedelta(days=random.randint(0, span))
        if d.weekday() < 5:
            break
    return dt.datetime(d.year, d.month, d.day, random.randint(h0, h1), random.randint(0, 59),
                       random.randint(0, 59), tzinfo=tz_for(d))


def later(t, minutes=None, hours=None, days=None):
    delta = dt.timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)
    n = t + delta
    return n.replace(tzinfo=tz_for(n))


def earlier(t, minutes=None, hours=None, days=None):
    delta = dt.timedelta(minutes=minutes or 0, hours=hours or 0, days=days or 0)
    n = t - delta
    return n.replace(tzinfo=tz_for(n))


def wkday_after(d, n):
    """n business days after date d"""
    d = d.date() if isinstance(d, dt.datetime) else d
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def next_monday(d):
    d = d.date() if isinstance(d, dt.datetime) else d
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 or 7)


def us(d):
    return f"{d.month}/{d.day}/{d.year}"


def us2(d):
    return d.strftime("%m/%d/%Y")


def md(d):
    return f"{d.month}/{d.day}"


def longd(d):
    return d.strftime("%B ") + f"{d.day}, {d.year}"


def hm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def outlook_sent(t):
    return t.strftime("%A, %B ") + f"{t.day}, {t.year} {hm(t)}"


def gmail_on(t):
    return f"On {t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {hm(t)}"


# --------------------------------------------------------------------------
# Quoting, signatures, disclaimers
# --------------------------------------------------------------------------
def q(text, pfx="> "):
    return "\n".join((pfx + l) if l else pfx.rstrip() for l in text.splitlines())


def gquote(t, who, text):
    return f"{gmail_on(t)} {who} wrote:\n{q(text)}"


def oquote(frm, t, to, subject, text, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {outlook_sent(t)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{text}"


def ohdr(frm, t, to, subject, text, cc=None):
    """newer Outlook style reply header"""
    s = f"________________________________\nFrom: {frm}\nSent: {outlook_sent(t)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{text}"


def fwd(frm, t, to, subject, text, cc=None):
    s = (f"---------- Forwarded message ---------\nFrom: {frm}\n"
         f"Date: {t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {hm(t)}\n"
         f"Subject: {subject}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n\n" + text


def sig(s, style="full"):
    if style == "full":
        return (f"{s.name}\n{s.title}\n{PEO}\n{s.phone} | Fax {PEO_FAX}\n{s.email}\n{PEO_ADDR}")
    if style == "mid":
        return f"{s.name} | {s.title}\n{PEO} | {s.phone}"
    if style == "short":
        return f"{s.first}"
    if style == "mobile":
        return f"{s.first}\n\nSent from my iPhone"
    return s.name


DISCLAIMERS = [
    ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
     "recipient(s) and may contain information that is confidential or legally privileged. If you "
     "received this message in error, please notify the sender and delete it. Any other use, "
     "disclosure or copying is prohibited."),
    ("This message may contain confidential employee, leave or benefits information. If you are not "
     "the intended recipient, please do not read, forward or retain it; notify the sender at "
     f"{PEO_MAIN} and delete all copies."),
    (f"{PEO} is a professional employer organization. Co-employment does not alter the client's "
     "control of its worksite. The contents of this email are confidential and intended only for "
     "the addressee."),
]


def disc(i=None):
    return DISCLAIMERS[random.randrange(len(DISCLAIMERS)) if i is None else i]


# --------------------------------------------------------------------------
# Message construction
# --------------------------------------------------------------------------
def msgid(dom):
    a = "".join(random.choice("0123456789abcdef") for _ in range(random.choice([16, 24, 32])))
    style = random.randint(0, 2)
    if style == 0:
        return f"<{a}@{dom}>"
    if style == 1:
        return f"<{a[:8]}.{random.randint(100000, 999999)}.{a[8:]}@mail.{dom}>"
    return f"<{a.upper()}@EXCH{random.randint(1, 4):02d}.{dom}>"


def dom_of(addr):
    return addr.split("@")[-1].strip(" >").lower()


CT = {"csv": ("text", "csv"), "txt": ("text", "plain"), "ics": ("text", "calendar"),
      "json": ("application", "json"), "xml": ("application", "xml"),
      "hl7": ("application", "hl7-v2"), "edi": ("application", "EDI-X12"),
      "x12": ("application", "EDI-X12"), "dat": ("application", "octet-stream"),
      "pdf": ("application", "pdf"), "png": ("image", "png"),
      "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


def attach(m, data, fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    mt, stp = CT[ext]
    if isinstance(data, str):
        if mt == "text":
            params = {"params": {"method": "REQUEST"}} if stp == "calendar" else {}
            m.add_attachment(data, subtype=stp, filename=fn, **params)
        else:
            m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=stp, filename=fn)
    else:
        m.add_attachment(data, maintype=mt, subtype=stp, filename=fn)


def to_html(text, font="Calibri"):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if lines and all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font},Arial,sans-serif;font-size:11pt;color:#1f1f1f">'
            + "\n".join(out) + "</div></body></html>")


def html_table(rows, head=True):
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        style = ' style="background:#dde6f0"' if tag == "th" else ""
        h.append("<tr>" + "".join(f"<{tag}{style}>{htmlmod.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def mk(frm, to, subject, body, date, cc=None, html=None, atts=(), irt=None, refs=None,
       headers=None, mid_dom=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(mid_dom or dom_of(frm))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html is True:
        html = to_html(body)
    if html:
        m.add_alternative(html, subtype="html")
    for data, fn in atts:
        attach(m, data, fn)
    return m


def html_with_table(body, block, rows):
    before, after = body.split(block, 1)
    a = to_html(before.rstrip())
    b = to_html(after.strip())
    inner_b = b.split('color:#1f1f1f">', 1)[1]
    return a.replace("</div></body></html>", "") + html_table(rows) + inner_b


def fake_ref(dom):
    return msgid(dom)


# --------------------------------------------------------------------------
# Hand-built attachments: xlsx, docx, pdf, png, ics, csv
# --------------------------------------------------------------------------
ZDATE = (2024, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
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


def xlsx(rows, sheet="Sheet1"):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        out.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(out) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) +
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, title="Document"):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10.5 Tf\n14 TL\n60 750 Td\n"
    for i, l in enumerate(lines):
        content += f"({esc(l)}) Tj T*\n"
    content += "ET\n"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (ScanDesk 4.2) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _png_chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)


def png_logo(w=180, h=48, fg=(23, 74, 122), bg=(255, 255, 255), accent=(86, 170, 80)):
    """Plain logo: a coloured block, a bar and a dot-ish square."""
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            if 6 <= x < 42 and 6 <= y < h - 6:
                c = fg
            elif 48 <= x < w - 8 and h // 2 - 4 <= y < h // 2 + 4:
                c = accent
            elif 24 <= x < 36 and 12 <= y < 24:
                c = accent
            else:
                c = bg
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def png_blank_scan(w=425, h=550):
    """Greyscale near-white page like a blank scanner page, with a faint edge shadow."""
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            v = 246
            if x < 3 or y < 3 or x >= w - 3 or y >= h - 3:
                v = 205
            elif (x * 7 + y * 13) % 97 == 0:
                v = 238
            row.append(v)
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def ics(summary, start, minutes, organizer, attendees, location="", description="", uid_dom=PD):
    def f(t):
        return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    end = start + dt.timedelta(minutes=minutes)
    uid = "".join(random.choice("0123456789ABCDEF") for _ in range(24))
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Meridale//Calendar 2.1//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}@{uid_dom}", f"DTSTAMP:{f(start - dt.timedelta(days=2))}",
             f"DTSTART:{f(start)}", f"DTEND:{f(end)}", f"SUMMARY:{summary}",
             f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a[1]}")
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def aligned(rows, gap=2):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append((" " * gap).join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def piped(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |")
        if k == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def claimno(prefix, n=7):
    return prefix + "".join(str(random.randint(0, 9)) for _ in range(n))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    r = random.choice
    s = f"{random.randint(1, 9)}{r(L)}{r(A)}{random.randint(0, 9)}{r(L)}{r(A)}{random.randint(0, 9)}{r(L)}{r(L)}{random.randint(0, 9)}{random.randint(0, 9)}"
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


# ==========================================================================
# PHI / care  -- what is being done for whom, in everyday words
# ==========================================================================
def care_1():
    c = CL["Tallgrass"]; hr = client_hr(c); s = ST["leave"]; pay = ST["pay"]
    p = person("m", client=c)
    t0 = rdt()
    back = next_monday(t0)
    full = back + dt.timedelta(days=14)
    orig = f"""Hi {s.first},

{p.first} {p.last} dropped off a note from his doctor this morning. He can come back {back:%A} {md(back)} but only 4 hours a day for the first two weeks, then full days starting {md(full)} if the follow up goes ok. No forklift or reach truck until he's cleared at that visit.

Can you let payroll know so his hours come out right? He's hourly on 2nd shift, we'll put him on 3pm-7pm. I wasn't sure if his short term disability stops the day he comes back or if it goes partial.

Scanned the note, attached.

Thanks!
{hr.first}

{hr.name}
{hr.title} | {c.name}
{hr.phone}"""
    t1 = later(t0, minutes=47)
    body = f"""Hi {hr.first},

Thanks for sending this. I've let Northgate know he's returning {md(back)} on a reduced schedule. Under your plan the STD benefit goes partial while he's working less than 80% of his normal hours, so he should keep getting a reduced check for those two weeks. Northgate will want his actual hours, so please have his supervisor keep his timecards clean (no rounding to 8).

{pay.first} - copying you so his 2 weeks at 4 hrs/day don't get flagged as a missed punch / no-show. Regular hours only, no STD offset on our side; Northgate pays the partial directly.

Once he's seen on {md(full - dt.timedelta(days=3))} or so, send me whatever the doctor gives him and I'll close out the claim.

{sig(s)}

{oquote(hr.addr, t0, s.addr, f"{p.first} {p.last} - back to work Monday", orig)}"""
    atts = [(pdf([f"{pick(['Joliet Family Medicine', 'Prairie Oaks Clinic', 'Will County Physicians Group'])}",
                  "", "WORK STATUS REPORT", "",
                  f"Patient: {p.name}        DOB: {us2(p.dob)}",
                  f"Date of visit: {us2(t0.date() - dt.timedelta(days=1))}",
                  "",
                  f"May return to work on {us2(back)} with the following:",
                  "  - 4 hours per day for 2 weeks",
                  "  - No operation of powered industrial trucks",
                  "  - May lift up to 20 lbs occasionally",
                  f"Re-evaluate at follow up on or about {us2(full - dt.timedelta(days=3))}.",
                  "", "Provider signature on file", "A. Rosales, PA-C"], "Work status"),
             f"scan_{t0:%Y%m%d}_{random.randint(1000, 9999)}.pdf")]
    m = mk(s.addr, hr.addr, f"RE: {p.first} {p.last} - back to work Monday", body, t1,
           cc=pay.addr, atts=atts, irt=fake_ref(c.dom))
    return m, p.name


def care_2():
    c = CL["Oakmere"]
    p = person("m", first="Dale", last="Ferris", client=c)
    wife = person("f", last="Ferris", client=c, email_style=2)
    t0 = rdt(h0=20, h1=22)
    inbox = f"leave@{PD}"
    hosp = pick(["St. Brendan Medical Center", "Waukesha Lakes Hospital", "Froedtmore Regional"])
    body = f"""Hello,

My husband {p.first} {p.last} works for {c.short} Builders as a framer. He was taken to {hosp} Sunday night by ambulance and he is still there, they're saying at least another week and then probably some time at home after that. He asked me to email you because he can't really use his phone right now.

What do we need to do so he doesn't lose his job? Rick at the office gave me this email. Is there a form for the short term disability and do I fill it out or does he? I can bring papers to him at the hospital.

I think his employee number is {p.eeid}. He has been there 6 years.

Sorry if this is the wrong place.

{wife.first} {wife.last} ({p.first}'s wife)
{wife.phone}

Sent from my iPhone"""
    m = mk(formataddr((f"{wife.first} {wife.last}", wife.email)), formataddr(("Meridale Leave Team", inbox)),
           f"{p.first} {p.last} in the hospital", body, t0)
    return m, p.name


def care_3():
    c = CL["Sunnyfield"]; hr = client_hr(c); s = ST["leave"]; s2 = ST["leave2"]
    p = person("f", first="Tanya", last="Roberts", client=c)
    t0 = rdt(lo=dt.date(2025, 5, 1), hi=dt.date(2025, 6, 20))
    back = wkday_after(t0, 7)
    body = f"""{s2.first},

Thanks again for covering next week. Only one of mine that should need anything while I'm out:

{p.first} {p.last} ({c.short}, CNA, nights) - intermittent FMLA to take her mom to her treatments. Tues and Thurs mornings, usually back by noon, sometimes the whole day if mom doesn't do well after. Approved through 9/30. She calls the absence line each time and Tiffany Burrell has been good about coding it FML, but last month two of the Thursdays got coded as call-ins and {p.first} got a point on her attendance. I had Tiffany reverse those. If you see it again just email Tiffany and cc me.

Her mom's schedule may change to 3x a week in July - if {p.first} calls about that, it's fine, the cert covers "up to 3 times per week." Recert isn't due until 8/1, I already mailed her the packet.

Everything else can wait for me. Back {longd(back)}.

Renee

{sig(s, 'mid')}"""
    m = mk(s.addr, s2.addr, "coverage while I'm out", body, t0)
    return m, p.name


def care_4():
    c = CL["Riverbend"]; hr = client_hr(c); w = ST["wc"]
    p = person("m", first="Luis", last="Ortega", client=c)
    adj = person("f", first="Heather", last="Voss")
    adj_addr = formataddr((f"{adj.first} {adj.last}", f"hvoss@{GRANITE.dom}"))
    claim = claimno("GRC-WC-", 7)
    t0 = rdt()
    t1 = later(t0, hours=1, minutes=12)
    inner = f"""Omar,

Quick scheduling update on {p.first} {p.last} (claim {claim}). His therapy visits are moving to 7:30 AM at the Eastside location starting next week, Mon/Wed/Fri for 4 more weeks. They should run about an hour plus the drive. He can go to work after, but he won't be in until about 10:00 on those days.

He has been told to give the front desk our claim number so the clinic bills us directly - he paid a copay at his first visit and I've asked them to refund it.

Please remind him the mileage log for last month has to be in by the 5th or it rolls to next month.

Thank you,
Heather Voss
Senior Claims Representative, Workers' Compensation
{GRANITE.name}
Direct {phone('414')}  |  Fax {phone('414')}"""
    body = f"""Hi {hr.first},

FYI see below from the adjuster. Can {p.first}'s supervisor plan on him coming in around 10 on M/W/F for the next month? Those hours don't need to be docked - they're covered under the comp claim, just have him punch in when he arrives and I'll handle the rest with Granite Ridge.

I'll drop the mileage form in his mailbox through you if that's easier than mailing it to his house.

Omar

{sig(w)}

{oquote(adj_addr, t0, w.addr, f"Claim {claim} - therapy schedule", inner)}"""
    m = mk(w.addr, hr.addr, f"FW: Claim {claim} - therapy schedule", body, t1, html=True)
    return m, p.name


def care_5():
    c = CL["Copperline"]; hr = client_hr(c); b = ST["hrbp"]
    p = person("f", first="Alicia", last="Banerjee", client=c)
    t0 = rdt()
    mtg = later(t0, days=6).replace(hour=14, minute=0, second=0)
    while mtg.weekday() > 4:
        mtg = later(mtg, days=1)
    body = f"""Victor,

Following up on our call. {p.first} brought in the paperwork from her provider yesterday for the parts counter. What they're asking for:

  - a sit/stand option at her station (a stool she can use at the counter is fine to start)
  - a 10 minute break every 2 hours to walk around
  - no more than 2 hours at a time out in the lot doing key runs

None of that seems hard for you. I'd suggest we meet with her next week to go over it and put it in writing (I sent the invite for {mtg:%A} {md(mtg)} at 2). Her provider's form stays with me - you don't need the medical part, just the list above.

Let me know if you want to order the stool through our Staples account or locally.

Hannah

{sig(b, 'mid')}"""
    cal = ics(f"Follow-up - accommodation request (A. {p.last})", mtg, 30, b,
              [(hr.name, hr.email), (p.name, f"{p.first[0].lower()}{p.last.lower()}@{c.dom}")],
              location=f"{c.short} - parts dept office / Teams",
              description=(f"Interactive meeting w/ {p.name}, parts counter. Review provider's "
                           "recommendations: stool at counter, 10 min walking break q2h, limit lot key runs to 2 hrs. "
                           "Bring signed accommodation letter."))
    m = mk(b.addr, hr.addr, f"{p.first} - parts counter set up", body, t0, atts=[(cal, "invite.ics")])
    return m, p.name


def care_6():
    c = CL["Bluewater"]; hr = client_hr(c); bn = ST["benrep"]
    p = person("f", first="Jenna", last="Kowalski", client=c)
    t0 = rdt(lo=dt.date(2025, 3, 3), hi=dt.date(2025, 5, 30))
    born = t0.date() - dt.timedelta(days=random.randint(5, 12))
    baby = pick(["Mason", "Eli", "Nora", "Hazel", "Owen"])
    back = born + dt.timedelta(weeks=10)
    orig = f"""Hi Tasha,

Jenna Kowalski (hygienist) had her baby on {md(born)} - {baby}! Everyone is doing great. She asked me to get {baby} added to her medical and dental. She's still out until about {md(back)}.

Also she wanted to know if she can have her premium for the family coverage taken out of her next check, she's worried about getting behind while she's out.

Janelle"""
    t1 = later(t0, hours=2)
    body = f"""Hi Janelle,

Congratulations to Jenna! I can do this as a birth qualifying event - the baby's coverage will go back to {us(born)}.

To finish it I need within 30 days of the birth:
  1. {baby}'s full legal name, DOB, and SSN when she gets the card (we can add him/her without the SSN for now)
  2. a copy of the birth certificate OR the hospital's proof-of-birth letter

She can reply to me directly or upload through the portal under Life Events. Switching her from Employee + Spouse to Family raises her medical per-check deduction by $142.18 and dental by $11.06.

On the premiums: since she's on unpaid leave after her STD ends, we'll set up arrears and take it from her first checks back, or she can pay by check monthly - her choice. I'll send her the form.

Thanks,
Tasha

{sig(bn)}

{disc(1)}

{gquote(t0, f"Janelle Petrakis <{hr.email}>", orig)}"""
    m = mk(bn.addr, hr.addr, f"Re: adding baby to Jenna's insurance", body, t1, irt=fake_ref(c.dom))
    return m, p.name


def care_7():
    bo = ST["benops"]; bn = ST["ben"]
    c = CL["Greenleaf"]
    p = person("m", first="Chris", last="Delgado", client=c)
    t0 = rdt(lo=dt.date(2025, 3, 10), hi=dt.date(2025, 4, 18))
    mem = "AVH" + str(random.randint(100000000, 999999999))
    body = f"""Lindsey -

Can you call your Alder Valley rep today? Chris Delgado (Greenleaf, crew lead) called our line twice this morning. His mail order refills were held because Alder Valley shows him termed 2/28.

That one's on us - his seasonal hours change went out on the 834 as a termination instead of a status change. I fixed it and he's reinstated back to 3/1 on tonight's file, but he says he's down to about 3 days of his pills and the mail order place told him it's 7-10 days once they release it.

What he needs:
  * eligibility pushed through manually today (member ID {mem})
  * the pharmacy order released, or an override so he can pick up a 7-day fill at his local pharmacy

His cell is {p.phone}, he said texting is fine. He was really nice about it but he's worried.

Thanks,
Ben

{sig(bo, 'mid')}"""
    m = mk(bo.addr, bn.addr, "URGENT - Greenleaf member refills held (our error)", body, t0,
           headers={"Importance": "high", "X-Priority": "1"})
    return m, p.name


def care_8():
    rn = ST["rn"]; w = ST["wc"]
    c = CL["Sunnyfield"]
    p = person("m", first="Raymond", last="Okafor", client=c)
    claim = claimno("GRC-WC-", 7)
    adj_addr = formataddr(("Brent Lindahl", f"blindahl@{GRANITE.dom}"))
    t0 = rdt(lo=dt.date(2024, 10, 14), hi=dt.date(2024, 11, 6))
    fu = wkday_after(t0, 8)
    body = f"""Brent / Omar,

Home visit with Ray Okafor today (claim {claim}), about 45 minutes, wife present.

- Getting around the house with the walker, went up and down the front steps with me watching, slow but steady.
- Sleeping in the recliner downstairs, bedroom is upstairs. Wife helping with showers; they'd like a shower chair and a raised toilet seat. I told them I'd ask - Brent, can you authorize? Approx $85 total from the medical supply on College Ave.
- Taking the pain pills at night only now, tylenol during the day. Says he's doing the home exercises "most days."
- Next follow up with Dr. Liang at Fox Valley Orthopedics {longd(fu)} at 9:15. I'll attend and ask about a light duty date. He asked me twice about going back to the maintenance job - he wants to get back.

Ride to the {md(fu)} appointment is set, same transport company as last time, pickup 8:20.

Colleen

Colleen Ferraro, RN, CCM
Nurse Case Manager | {PEO}
cell {phone('920')}"""
    m = mk(rn.addr, [adj_addr, w.addr], f"Okafor home visit {md(t0)}", body, later(t0, hours=3))
    return m, p.name


# ==========================================================================
# PHI / ids  -- an identifier carries the identification
# ==========================================================================
def ids_1():
    s = ST["leave"]
    t0 = rdt()
    cl = claimno("STD-", 8)
    eeid = random.randint(10000, 59999)
    due = wkday_after(t0, 10)
    exp = f"DLangford@{NORTHGATE.dom}"
    body = f"""Claim Number: {cl}
Policy/Group: 0074410-STD
Employer: {PEO} (co-employer) / Tallgrass Freight & Logistics
Employee ID: {eeid}

Dear {s.first},

We are still missing the Attending Physician Statement for the above claim. The records we received cover the office visit through the first week of disability but do not include the date of last treatment, the current restrictions and limitations, or an estimated return to work date.

Without that information we are unable to extend benefits past the currently approved date. We have faxed the provider twice (no response). Please remind the claimant that they may also obtain the form from their provider and upload it to the claimant portal.

If we do not receive the requested information by {longd(due)}, benefits will be closed at the last approved date and the claim may be reopened upon receipt.

Sincerely,

Dana Langford
Disability Claims Examiner
{NORTHGATE.name} | Disability Claims
P: {phone('630')} | F: {phone('630')}

This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. {NORTHGATE.name} will never ask for a password by e-mail."""
    m = mk(formataddr(("Dana Langford", exp)), s.addr, f"Claim {cl} - Outstanding Information Request", body, t0)
    return m, ""


def ids_2():
    w = ST["wc"]; pay = ST["pay"]
    t0 = rdt()
    ee = random.randint(10000, 59999)
    cl = claimno("GRC-WC-", 7)
    start = t0.date() - dt.timedelta(days=random.randint(15, 30))
    body = f"""Dev,

EE# {ee} (Copperline) - comp claim {cl}. TTD checks from Granite Ridge started {md(start)}. Copperline's policy is they don't let people collect PTO on top of comp, so please stop the PTO that's been paying her 8 hrs/day since {md(start)}. She can't get both.

Should we claw back the 2 weeks or just leave it and stop going forward? Victor said go forward only but I want to make sure that's fine from the payroll side.

O."""
    m = mk(w.addr, pay.addr, f"stop PTO - EE {ee}", body, t0)
    return m, ""


def ids_3():
    bo = ST["benops"]
    t0 = rdt()
    mem = "AVH" + str(random.randint(100000000, 999999999))
    dob = rand_dob(1975, 1995)
    grp = random.randint(40000, 49999)
    rep = formataddr(("Alder Valley Employer Services", f"employerservices@{ALDER.dom}"))
    body = f"""Hello,

Please confirm eligibility for the following member. Her pharmacy rejected two fills yesterday with "coverage terminated" but she is active with us and shows active on our side.

Group: {grp}
Member ID: {mem}
DOB: {us2(dob)}
Coverage: Medical / Rx, Employee + Child(ren), effective 01/01/2025

Our last 834 to you was accepted with no errors. If there's a term on your side, please reverse it and let me know the reference number so I can call the member back.

Thank you,
{sig(bo)}"""
    m = mk(bo.addr, rep, f"Eligibility check - member {mem}", body, t0, cc=ST["ben"].addr)
    return m, ""


def ids_4():
    c = CL["Pinecrest"]; hr = client_hr(c); bn = ST["ben"]
    t0 = rdt(lo=dt.date(2025, 4, 1), hi=dt.date(2025, 5, 30))
    cl = "2025" + "".join(str(random.randint(0, 9)) for _ in range(9))
    last4 = random.randint(1000, 9999)
    body = f"""Lindsey,

Can you look at this one? Employee came to me with an EOB, the 3/14 visit was denied and she got a bill for $2,340. The plan says her son isn't on file but he's been on since open enrollment.

Claim # on the EOB: {cl}
Subscriber SSN last 4: {last4}
Dependent DOB: 08/{random.randint(10, 28)}/2016

I told her not to pay it yet. Is this on our end or Alder Valley?

Thx
Aaron

Aaron Lindqvist
People & Culture Lead
{c.name}"""
    m = mk(hr.addr, bn.addr, f"Claim {cl}", body, t0)
    return m, ""


def ids_5():
    s = ST["leave2"]; c = CL["Pinecrest"]; hr = client_hr(c)
    t0 = rdt()
    case = f"FML-{t0.year}-{random.randint(10000, 19999)}"
    ee = random.randint(10000, 59999)
    cure = wkday_after(t0, 7)
    body = f"""Hi {hr.first},

Update on case {case} (EE {ee}, packaging): the certification came back but the provider left the frequency/duration section on page 3 blank, so it's incomplete. We can't approve intermittent time without it.

I'm sending the employee a 7-day cure letter today, response due {md(cure)}. Until then please keep marking the absences as "FMLA pending" and not as occurrences.

Jordan

{sig(s)}"""
    m = mk(s.addr, hr.addr, f"{case} - incomplete cert", body, t0)
    return m, ""


def ids_6():
    c = CL["Greenleaf"]; hr = client_hr(c); w = ST["wc"]
    adj_addr = formataddr(("Rob Pietrzak", f"rpietrzak@{GRANITE.dom}"))
    t0 = rdt(lo=dt.date(2025, 1, 20), hi=dt.date(2025, 2, 14))
    cl = f"{random.randint(10, 99)}-{random.randint(1000000, 9999999)}"
    doi = dt.date(2025, 1, random.randint(6, 10))
    a = f"""Omar,

Claim {cl} was denied today - we have no First Report of Injury from the employer and the employee told the clinic it happened at home. DOI {us2(doi)}. If the employer disputes that, we need the FROI and the supervisor's statement within 10 days and we'll reopen.

Rob Pietrzak
Claims Adjuster, {GRANITE.name}"""
    t1 = later(t0, hours=1)
    b = f"""Kim, do you have a first report on this one? I don't see it in our system either. Adjuster says he told the clinic it happened at home.

Omar"""
    t2 = later(t1, hours=3)
    body = f"""Omar - he told me it happened loading the trailer on the 7th, the mowers. I never filled a form out because he said he was fine. I'll do it now and get Jake (supervisor) to write something up. Sorry.

Kim

-----Original Message-----
From: {w.addr}
Sent: {outlook_sent(t1)}
To: {hr.addr}
Subject: FW: WC claim {cl} - denied, no FROI

{b}

{oquote(adj_addr, t0, w.addr, f"WC claim {cl} - denied, no FROI", a)}"""
    m = mk(hr.addr, w.addr, f"RE: WC claim {cl} - denied, no FROI", body, t2, irt=fake_ref(PD))
    return m, ""


def ids_7():
    w = ST["wc"]
    t0 = rdt()
    acct = "".join(str(random.randint(0, 9)) for _ in range(10))
    cl = claimno("GRC-WC-", 7)
    dos = t0.date() - dt.timedelta(days=random.randint(30, 50))
    to = formataddr(("Mercy Ridge Patient Financial Services", f"pfs@mercyridgehealth.org"))
    body = f"""Good afternoon,

I'm writing on behalf of an employee of one of our client companies regarding hospital account {acct}, date of service {us2(dos)}. The visit was for a work injury and should have been billed to the workers' compensation carrier, not to the employee's personal health plan. The employee has received a statement for a balance of $1,186.40.

Please rebill as follows:

  Carrier: {GRANITE.name}
  Claim number: {cl}
  Adjuster: Heather Voss, {phone('414')}
  Bill to: PO Box {random.randint(1000, 9999)}, Milwaukee, WI 53201

and place the patient balance on hold. A letter of authorization from the employee is attached to the fax I sent this morning to your billing office.

Thank you,

{sig(w)}"""
    m = mk(w.addr, to, f"Acct {acct} - please rebill to workers comp", body, t0)
    return m, ""


def ids_8():
    bn = ST["ben"]; bo = ST["benops"]
    t0 = rdt()
    ee = random.randint(10000, 59999)
    num = mbi()
    orig = f"""Ben,

EE {ee} (Riverbend, 65 last month) enrolled in Medicare Part B - she sent me her card, MBI {num}, Part B eff. {t0.month}/1/{t0.year}. She's still active full time and on our medical.

Her cardiology bills from last week went to Medicare first and got kicked back. Riverbend has way more than 20 employees so our plan is primary, right? Do we need to tell Alder Valley something so they stop sending it to Medicare?

Lindsey"""
    t1 = later(t0, minutes=35)
    body = f"""Right - active employee, 20+ employees, group plan is primary and Medicare is secondary. Alder Valley probably picked up the Medicare entitlement from the CMS data match and flipped the COB. I'll send them a COB update with the employer size attestation today and ask them to reprocess the cardiology claims as primary.

She should tell the doctor's office to bill Alder Valley first and Medicare second. Ben

{gquote(t0, f"Lindsey Marsh <{bn.email}>", orig)}"""
    m = mk(bo.addr, bn.addr, "Re: Medicare secondary question", body, t1, irt=fake_ref(PD))
    return m, ""


# ==========================================================================
# PHI / lang  -- other languages
# ==========================================================================
def lang_1():  # Spanish
    c = CL["Tallgrass"]; mb = ST["bil"]
    p = person("m", first="José", last="Barajas", client=c, email_style=3)
    t0 = rdt(lo=dt.date(2025, 4, 1), hi=dt.date(2025, 6, 6))
    appt = wkday_after(t0, 5)
    cl = claimno("GRC-WC-", 7)
    orig = f"""Buenas tardes señora Marisol

soy Jose Barajas trabajo en Tallgrass en el almacen de Joliet turno de la mañana. El lunes me lastime la espalda cargando cajas en el anden 4. Me mandaron a la clinica WorkWell y el doctor me dio trabajo ligero, no levantar mas de 10 libras por dos semanas. Pero mi supervisor dice que no hay trabajo ligero y que me vaya a mi casa. Me van a pagar esos dias? Tengo otra cita el {appt.day} y me dieron unas pastillas para el dolor y otras para el musculo.

gracias
Jose Barajas
{p.phone}"""
    t1 = later(t0, hours=2, minutes=10)
    body = f"""Hola José,

Gracias por escribirme, y siento mucho lo de su espalda. Le explico cómo funciona:

1. Si Tallgrass no tiene trabajo ligero dentro de sus restricciones, usted tiene derecho a pagos de compensación por incapacidad temporal (TTD) mientras esté en su casa. En Illinois se paga dos tercios de su salario promedio semanal.
2. Ya reporté el accidente a la aseguradora, {GRANITE.name}. Su número de reclamo es {cl}. Guárdelo y déselo a la clínica y a la farmacia para que no le cobren a usted las pastillas.
3. Vaya a su cita del {appt.day} y pida al doctor la hoja de "work status". Me puede mandar una foto por aquí mismo.

La ajustadora, Heather Voss, lo va a llamar esta semana. Ella habla inglés; si necesita intérprete, pídalo, es gratis.

Cualquier cosa me escribe o me llama.

Saludos,
Marisol

{mb.name}
Coordinadora de Ausencias (Bilingüe) | {PEO}
{mb.phone}

{gquote(t0, f"Jose Barajas <{p.email}>", orig)}"""
    m = mk(mb.addr, formataddr(("Jose Barajas", p.email)), "Re: pregunta trabajo ligero", body, t1,
           irt=fake_ref(dom_of(p.email)))
    return m, p.name


def lang_2():  # Vietnamese
    c = CL["Sunnyfield"]
    p = person("f", first="Hạnh", last="Nguyễn", client=c)
    p_email = f"hanhnguyen{random.randint(80, 99)}@{pick(PERSONAL)}"
    t0 = rdt(lo=dt.date(2025, 1, 6), hi=dt.date(2025, 2, 14))
    due = t0.date() + dt.timedelta(weeks=8)
    body = f"""Chào chị,

Em là Nguyễn Thị Hạnh, em làm ở Sunnyfield Senior Living (bộ phận nhà bếp, ca sáng). Bác sĩ nói em sẽ sinh khoảng ngày {due.day} tháng {due.month}. Hiện giờ em có thai 32 tuần. Tuần trước bác sĩ nói huyết áp của em hơi cao nên muốn em giảm giờ làm, chỉ làm 6 tiếng một ngày thôi, và không được đứng lâu.

Em muốn hỏi mấy điều:
1. Em có được nghỉ FMLA không? Em làm ở đây được 3 năm rồi.
2. Bảo hiểm ngắn hạn (short term disability) trả bao nhiêu và khi nào bắt đầu trả?
3. Em cần nộp giấy tờ gì? Em có giấy của bác sĩ, em chụp hình gửi qua email được không?

Tiếng Anh của em không giỏi lắm nên em viết tiếng Việt. Nếu chị cần gọi điện thì chồng em (anh Tuấn) có thể nói chuyện giúp em.

Cảm ơn chị nhiều.
Hạnh
ĐT: {phone('920')}"""
    m = mk(formataddr(("Hanh Nguyen", p_email)), formataddr(("Meridale Leave Team", f"leave@{PD}")),
           "hỏi về nghỉ sinh em bé", body, t0)
    return m, "Nguyễn Thị Hạnh"


def lang_3():  # Chinese
    c = CL["Pinecrest"]
    t0 = rdt()
    start = wkday_after(t0, 9)
    ee = random.randint(20000, 39999)
    em = f"lihua.chen{random.randint(1, 99)}@{pick(PERSONAL)}"
    body = f"""Hi, sorry my English is not good, I write in Chinese. Thank you.

您好，

我是Pinecrest Brewing的员工陈丽华（员工号 {ee}），在装瓶线工作。我母亲上周四中风住院，现在转到了康复医院。医生说她出院以后至少一个月需要有人在家照顾，她现在不能自己洗澡，也不能做饭，右手没有力气。

我想申请FMLA照顾家人的假期，大概从{start.month}月{start.day}日开始，六个星期左右。

请问：
1. 需要填哪些表格？医生的证明可以用中文写吗？她的医生会讲中文。
2. 这段时间有没有工资？我可以用我的带薪假（PTO）吗？
3. 我的医疗保险会不会停？我自己每个月要吃降压药。

谢谢您的帮助！

陈丽华
手机：{phone('608')}"""
    m = mk(formataddr(("Lihua Chen", em)), formataddr(("Leave Team", f"leave@{PD}")),
           "FMLA 申请 - 照顾母亲", body, t0, html=True)
    return m, "陈丽华 (Lihua Chen)"


def lang_4():  # Russian
    c = CL["Copperline"]; s = ST["leave"]
    t0 = rdt(lo=dt.date(2025, 2, 20), hi=dt.date(2025, 3, 7))
    cl = claimno("STD-", 8)
    dob = rand_dob(1968, 1985)
    em = f"olga.smirnova.{random.randint(60, 85)}@{pick(PERSONAL)}"
    body = f"""Здравствуйте, Рене!

Меня зовут Ольга Смирнова, я работаю в Copperline Auto Group (бухгалтерия, Элгин). С 3 февраля я нахожусь на краткосрочной нетрудоспособности после операции на щитовидной железе. Прошло уже почти три недели, а выплату я так и не получила. В Northgate мне сказали по телефону, что ждут от работодателя сведения о моей зарплате и последнем рабочем дне.

Номер моего заявления: {cl}
Дата рождения: {dob.strftime('%d.%m.%Y')}

Пожалуйста, проверьте, отправили ли вы им эту информацию. Мне нужно платить за квартиру и за лекарства, гормоны теперь придется принимать постоянно.

Если нужно, могу говорить по-английски по телефону, но писать мне проще по-русски.

Заранее спасибо,
Ольга Смирнова
тел. {phone('847')}

Отправлено с iPad"""
    m = mk(formataddr(("Olga Smirnova", em)), s.addr, f"Выплата по нетрудоспособности / claim {cl}", body, t0)
    return m, "Ольга Смирнова (Olga Smirnova)"


def lang_5():  # Haitian Creole
    c = CL["Sunnyfield"]; w = ST["wc"]
    t0 = rdt()
    inj = t0.date() - dt.timedelta(days=(t0.weekday() - 3) % 7 + 7)
    em = f"widlinepl{random.randint(10, 99)}@{pick(PERSONAL)}"
    body = f"""Bonjou Mesye Omar,

Mwen rele Widline Pierre-Louis, mwen travay nan Sunnyfield Senior Living kòm CNA sou chif lannwit. Jedi {inj.day}/{inj.month} la, mwen te blese zepòl dwat mwen pandan m t ap ede leve yon rezidan nan kabann li. Mwen te al nan klinik WorkWell lendi a. Doktè a di m pa ka leve anyen ki pi lou pase 5 liv pandan 3 semèn, epi m dwe fè terapi de fwa pa semèn.

Sipèvizè m nan di pa gen travay lejè pou mwen kounye a. Mwen bezwen konnen:
- Èske m ap jwenn chèk konpansasyon travayè a, e kilè l ap vini?
- Kiyès ki ap peye pou terapi a ak medikaman yo?
- Èske m ka pèdi travay mwen?

Mwen pale yon ti kras angle, men mwen pi konfòtab an kreyòl. Si w bezwen rele m, pitit fi m nan ka tradui pou mwen.

Mèsi anpil,
Widline Pierre-Louis
{phone('920')}"""
    m = mk(formataddr(("Widline Pierre-Louis", em)), w.addr, "Aksidan travay - zepòl mwen", body, t0)
    return m, "Widline Pierre-Louis"


def lang_6():  # Tagalog / Taglish
    c = CL["Sunnyfield"]; s = ST["leave"]; hr = client_hr(c)
    t0 = rdt()
    back = next_monday(t0)
    chk = back + dt.timedelta(days=15)
    em = f"maricel.dizon{random.randint(1, 30)}@{pick(PERSONAL)}"
    body = f"""Hi po Ma'am Renee,

Attached po yung return to work note ko galing kay Dr. Santos. Pwede na raw po akong bumalik sa trabaho sa Lunes ({md(back)}) pero light duty lang muna for 2 weeks - bawal po magbuhat o mag-transfer ng residents, dahil po sa operasyon ko sa tuhod. May check up po ulit ako sa {md(chk)} tapos doon na po ibibigay yung full duty kung okay na.

Pasensya na po kung malabo yung picture, cellphone lang po gamit ko. Kung kailangan po ng original, dadalhin ko na lang po sa office ni Ma'am Tiffany.

Tanong ko lang din po, yung STD ko po ba titigil na pag bumalik ako kahit 4 hours lang ako per day?

Salamat po!
Maricel Dizon
Sunnyfield - LPN, 2nd floor

Sent from Yahoo Mail on Android"""
    m = mk(formataddr(("Maricel Dizon", em)), s.addr, "RTW note po", body, t0,
           cc=hr.addr, atts=[(png_blank_scan(), f"IMG_{t0:%Y%m%d}_{random.randint(100000, 235959)}.png")])
    return m, "Maricel Dizon"


def lang_7():  # Portuguese
    c = CL["Oakmere"]; mb = ST["bil"]
    t0 = rdt(lo=dt.date(2024, 9, 9), hi=dt.date(2024, 11, 15))
    em = f"fernanda.souza{random.randint(10, 99)}@{pick(PERSONAL)}"
    body = f"""Olá, boa tarde.

Meu nome é Fernanda Souza, sou esposa do Rodrigo Souza, que trabalha na Oakmere Builders como carpinteiro. Na quarta-feira ele caiu da escada na obra em Pewaukee e quebrou o pulso esquerdo. Ele fez cirurgia ontem no Waukesha Lakes Hospital, colocaram uma placa e parafusos. O médico disse que ele vai ficar pelo menos 8 semanas sem poder trabalhar com essa mão e depois vai precisar de fisioterapia.

O Rick do escritório disse para falar com vocês sobre o seguro (workers comp). Tenho algumas dúvidas:
- Ele precisa assinar algum formulário? Ele não lê bem inglês, então eu ajudo ele com os papéis.
- O hospital vai mandar a conta para nós ou para o seguro?
- Quanto tempo demora o primeiro pagamento? Ele é a única renda da casa e temos dois filhos pequenos.

Meu telefone é {phone('262')} (pode ligar a qualquer hora, falo português e um pouco de espanhol).

Obrigada,
Fernanda Souza"""
    m = mk(formataddr(("Fernanda Souza", em)), mb.addr, "Acidente de trabalho - Rodrigo Souza (Oakmere)", body, t0)
    return m, "Rodrigo Souza"


def lang_8():  # Polish
    c = CL["Riverbend"]; pm = ST["leavemgr"]
    t0 = rdt(lo=dt.date(2025, 4, 14), hi=dt.date(2025, 4, 30))
    surg = dt.date(2025, 5, 12)
    em = f"k.nowak{random.randint(70, 89)}@{pick(PERSONAL)}"
    case = f"FML-2025-{random.randint(10000, 19999)}"
    orig = f"""Dzień dobry,

nazywam się Krzysztof Nowak, pracuję w Riverbend Precision na drugiej zmianie (operator CNC). {surg.day} maja mam zaplanowaną operację przepukliny pachwinowej w szpitalu w Rockford. Lekarz mówi, że będę na zwolnieniu około 4 tygodni, a potem przez jakiś czas nie mogę dźwigać więcej niż 10 kg.

Pani Sandra z kadr powiedziała, że Pani mówi po polsku. Czy muszę złożyć wniosek o FMLA? I czy dostanę pieniądze z ubezpieczenia krótkoterminowego (STD)? Od kiedy?

W załączniku przesyłam zaświadczenie od lekarza.

Pozdrawiam
Krzysztof Nowak
tel. {phone('815')}"""
    t1 = later(t0, hours=3)
    fax_due = wkday_after(t1, 15)
    body = f"""Dzień dobry Panie Krzysztofie,

dziękuję za wiadomość i zaświadczenie. Tak, kwalifikuje się Pan do urlopu FMLA - otworzyłam sprawę nr {case}. Wysyłam dziś formularz certyfikacji dla lekarza (po angielsku - lekarz musi go wypełnić i odesłać faksem na numer {PEO_SECURE_FAX} do {fax_due.day}.{fax_due.month:02d}).

Ubezpieczenie STD w Riverbend zaczyna płacić po 7 dniach kalendarzowych, czyli pierwsza wypłata będzie za okres od {surg.day + 7} maja. Świadczenie wynosi 60% wynagrodzenia podstawowego. Wniosek do Northgate złożę w Pana imieniu - proszę tylko dać mi znać po operacji, kiedy wyszedł Pan ze szpitala.

Na pierwsze 7 dni może Pan wykorzystać PTO, jeśli Pan chce.

Pozdrawiam serdecznie,
Paula Szymanski
{pm.title} | {PEO}
{pm.phone}

{gquote(t0, f"Krzysztof Nowak <{em}>", orig)}"""
    m = mk(pm.addr, formataddr(("Krzysztof Nowak", em)), "Re: operacja w maju - urlop", body, t1,
           irt=fake_ref(dom_of(em)))
    return m, "Krzysztof Nowak"


# ==========================================================================
# PHI / lists  -- several people at once
# ==========================================================================
LEAVE_TYPES = [
    ("STD", "knee surgery"), ("STD + FMLA", "maternity"), ("FMLA int.", "self - migraines"),
    ("FMLA int.", "care of spouse (chemo)"), ("STD", "cardiac - stent"), ("WC", "lumbar strain"),
    ("FMLA cont.", "bonding"), ("STD", "behavioral health"), ("FMLA int.", "child - PT appts"),
    ("STD", "hysterectomy"), ("LTD pending", "MS flare"), ("FMLA cont.", "care of parent - hospice"),
]


def lists_1():
    pm = ST["leavemgr"]
    t0 = rdt()
    rows = [["Employee", "Client", "Type", "Reason", "Start", "Est RTW", "Notes"]]
    names = []
    notes = ["APS rec'd", "cert due " , "RTW note pending", "recert sent", "approved", "extension req",
             "cure ltr out", "waiting on carrier", "closed Fri?", "IME sched"]
    for i in range(9):
        lt, rsn = LEAVE_TYPES[i]
        p = person("f" if rsn in ("maternity", "hysterectomy") else ("m" if "spouse" in rsn else None))
        st_ = t0.date() - dt.timedelta(days=random.randint(5, 70))
        rtw = t0.date() + dt.timedelta(days=random.randint(3, 50))
        n = notes[i]
        if n.endswith(" "):
            n += md(wkday_after(t0, random.randint(2, 9)))
        rows.append([f"{p.last}, {p.first}", p.client.short, lt, rsn, md(st_),
                     md(rtw) if "int." not in lt else "n/a", n])
        names.append(p.name)
    body = f"""Team,

Open leave report for this week is below (carrier-insured STD and our FMLA admin only, WC is on Omar's list). Anything with an RTW date in the next 10 days - please make sure the client has the RTW letter and payroll has a heads up.

{aligned(rows, 3)}

Two of these are over 8 weeks without a carrier decision - I'll escalate with Northgate on our Thursday call.

Thanks,
Paula

{sig(pm, 'mid')}"""
    html = html_with_table(body, aligned(rows, 3), rows)
    m = mk(pm.addr, [ST["leave"].addr, ST["leave2"].addr, ST["bil"].addr], f"Open leave report - week of {md(t0 - dt.timedelta(days=t0.weekday()))}",
           body, t0, cc=ST["pay"].addr, html=html)
    return m, "; ".join(names)


def lists_2():
    c = CL["Greenleaf"]; hr = client_hr(c); w = ST["wc"]
    t0 = rdt(lo=dt.date(2024, 10, 1), hi=dt.date(2024, 12, 13))
    rows = [["Claim #", "Employee", "DOI", "Job", "Body Part", "Nature", "Status", "Lost Days",
             "Paid to Date", "Reserve", "Notes"]]
    injuries = [("Hand - L", "Laceration", "Closed", 0, "mower blade, 6 stitches"),
                ("Low back", "Strain", "Open - TTD", 23, "PT 2x/wk, MRI neg"),
                ("Eye - R", "Foreign body", "Closed", 0, "mulch, flushed at UC"),
                ("Knee - R", "Sprain/meniscus", "Open - light duty", 9, "ortho says possible scope"),
                ("Wrist - L", "Fracture", "Open - TTD", 41, "ORIF 8/12; near MMI"),
                ("Multiple", "Heat exhaustion", "Closed", 1, "ER visit, fluids"),
                ("Shoulder - R", "Rotator cuff tear", "Open - TTD", 56, "surgery sched, IME req by carrier")]
    names = []
    for inj in injuries:
        p = person(client=c)
        doi = t0.date() - dt.timedelta(days=random.randint(20, 160))
        paid = round(random.uniform(300, 18000), 2) if inj[3] or inj[2] == "Closed" else round(random.uniform(200, 900), 2)
        rows.append([claimno("GRC-WC-", 7), f"{p.last}, {p.first}", us2(doi), pick(["Crew member", "Crew lead", "Irrigation tech", "Snow plow op"]),
                     inj[0], inj[1], inj[2], inj[3], f"{paid:.2f}",
                     "0.00" if inj[2] == "Closed" else f"{round(random.uniform(5000, 60000), -2):.2f}", inj[4]])
        names.append(p.name)
    body = f"""Hi Kim,

Attached is the open/closed claim list for Thursday's quarterly review with Granite Ridge. Two are getting close to MMI so we'll talk settlement strategy on those. Please don't forward the file outside of you and Jake.

Talk Thursday,
Omar

{sig(w)}

{disc(0)}"""
    m = mk(w.addr, hr.addr, f"Greenleaf WC claim review - {t0:%b %Y}", body, t0,
           atts=[(csv_text(rows), f"Greenleaf_WC_Loss_Run_{t0:%Y%m%d}.csv")])
    return m, "; ".join(names)


def lists_3():
    bo = ST["benops"]; bn = ST["benrep"]
    t0 = rdt(lo=dt.date(2025, 2, 3), hi=dt.date(2025, 5, 30))
    rows = [["Client", "EE ID", "Employee", "DOB", "Event", "Event Date", "Change Requested",
             "Dependent", "Dep DOB", "Docs Rec'd", "EOI", "Status"]]
    events = [("Birth", "Add child to Med/Den/Vis", "Y", "", "Pending 834"),
              ("Marriage", "Add spouse Med/Den", "N", "", "Waiting on cert"),
              ("Loss of other coverage", "Enroll EE+Sp Medical (spouse lost COBRA)", "Y", "", "Pending 834"),
              ("Divorce", "Drop spouse all plans", "Y", "", "Complete"),
              ("Birth", "Add child; increase Supp Life to 5x", "Y", "Required - questionnaire sent", "EOI pending"),
              ("Adoption", "Add child Med/Den", "N", "", "Waiting on placement letter"),
              ("Medicare entitlement (spouse)", "Drop spouse medical", "Y", "", "Complete"),
              ("Gain of coverage", "Waive medical (on spouse plan)", "Y", "", "Complete"),
              ("Birth", "Add child Med; start Dep Care FSA $5,000", "Y", "", "Pending 834")]
    names = []
    for ev in events:
        p = person()
        evd = t0.date() - dt.timedelta(days=random.randint(2, 28))
        dep, depdob = "", ""
        if ev[0] in ("Birth", "Adoption"):
            dep = pick(["Baby Boy", "Baby Girl", pick(["Liam", "Ava", "Nova", "Isaiah", "Luca", "Mia"])]) + " " + p.last
            depdob = us2(evd) if ev[0] == "Birth" else us2(rand_dob(2021, 2024))
        elif ev[0] in ("Marriage", "Loss of other coverage", "Divorce", "Medicare entitlement (spouse)"):
            sp = person("f" if p.sex == "m" else "m", last=p.last)
            dep = sp.name
            depdob = us2(rand_dob(1955, 1960) if "Medicare" in ev[0] else sp.dob)
        rows.append([p.client.short, p.eeid, f"{p.last}, {p.first}", us2(p.dob), ev[0], us2(evd), ev[1],
                     dep, depdob, ev[2], ev[3], ev[4]])
        names.append(p.name)
    body = f"""Tasha,

Here's the QLE tracker as of this morning. The 3 marked "Pending 834" go out on tonight's file - can you double check the births have the right coverage tier before I release it? The Supp Life one needs the EOI back before we increase anything; the employee is at the guaranteed issue limit now.

Ben"""
    m = mk(bo.addr, bn.addr, "QLE tracker", body, t0,
           atts=[(xlsx(rows, "QLE Open"), f"QLE_Tracker_{t0:%m%d%y}.xlsx")])
    return m, "; ".join(names)


def lists_4():
    c = CL["Sunnyfield"]; hr = client_hr(c); s = ST["leave"]
    t0 = rdt()
    reasons = ["back from shoulder surgery, needs full duty release to do transfers",
               "was out for her pregnancy, baby born last month, wants to come back early",
               "intermittent for her son's seizures - cert expired?",
               "out since the fall in the parking lot (WC) - ortho said 2 more wks?",
               "back from the psych hospital stay, Dr wants 6hr shifts",
               "out for chemo, asked about coming back part time"]
    names = []
    lines = []
    for r in reasons:
        sex = "f" if "her" in r or "pregnancy" in r else pick("fm")
        p = person(sex, client=c)
        lines.append(f"- {p.first} {p.last} - {us2(p.dob)} - {r}")
        names.append(p.name)
    body = f"""Renee,

Scheduler is building the June/July schedule and needs to know who's coming back. Can you tell me where these stand?

{chr(10).join(lines)}

I put DOBs because we have two of some of these names in the building.

Thank you!!
Tiffany

Tiffany Burrell, SHRM-CP
Director of Human Resources
Sunnyfield Senior Living | 1400 Wickersham Way, Appleton WI
{hr.phone}

Sunnyfield Senior Living - Where every day feels like home."""
    m = mk(hr.addr, s.addr, "who's coming back?", body, t0, html=True)
    return m, "; ".join(names)


def lists_5():
    s = ST["leave2"]; pay = ST["pay"]
    t0 = rdt()
    pe = t0.date() - dt.timedelta(days=t0.weekday() + 2)
    rows = [["EE#", "Name", "Client", "Date", "Hrs", "Code", "Reason (do not print on stub)"]]
    plan = [("f", "migraine"), ("m", "child's PT appt"), (None, "dialysis transport - father"),
            (None, "flare-up (Crohn's)"), ("f", "prenatal appt"), ("m", "wife's chemo")]
    people = [person(sx) for sx, _ in plan]
    entries = [(i, r) for i, (_, r) in enumerate(plan)] + [(0, "migraine"), (1, "child's PT appt"), (2, "dialysis transport - father")]
    names = []
    days = [pe - dt.timedelta(days=k) for k in range(0, 14) if (pe - dt.timedelta(days=k)).weekday() < 5]
    for j, (i, r) in enumerate(entries):
        p = people[i]
        d = pick(days)
        rows.append([p.eeid, f"{p.first} {p.last}", p.client.short, md(d), pick(["2.0", "4.0", "8.0", "3.5", "6.0"]),
                     "FML-U" if j % 3 else "FML-P", r])
        if p.name not in names:
            names.append(p.name)
    rows[1:] = sorted(rows[1:], key=lambda r: (r[1], r[3]))
    body = f"""Dev - intermittent FMLA usage for PE {md(pe)}. FML-P = paid from PTO bank, FML-U = unpaid. Reason column is just for you so you know it's legit if the client questions it - please don't put it in the payroll notes field, that prints on the check stub.

{piped(rows)}

J."""
    m = mk(s.addr, pay.addr, f"FMLA hrs PE {md(pe)}", body, t0)
    return m, "; ".join(names)


def lists_6():
    s = ST["benops"]
    nm = formataddr(("Group EOI Unit", f"eoi.underwriting@{NORTHGATE.dom}"))
    t0 = rdt()
    rows = [["Name", "SSN (last 4)", "Client", "Coverage", "Amount", "Rec'd", "Status", "Comment"]]
    items = [("Supp Life", "$150,000", "Approved", ""), ("Spouse Life", "$50,000", "Pending APS", "APS requested from Dr. Haas 3/3"),
             ("Supp Life", "$250,000", "Declined", "medical history - see letter"), ("LTD buy-up", "70%", "Pending", "need paramedic exam"),
             ("Supp Life", "$100,000", "Approved", ""), ("Spouse Life", "$30,000", "Pending", "incomplete - Q12 (tobacco)"),
             ("Supp Life", "$200,000", "Pending APS", "cardiology records")]
    names = []
    for it in items:
        p = person()
        rows.append([f"{p.first} {p.last}", p.ssn[-4:], p.client.short, it[0], it[1],
                     md(t0.date() - dt.timedelta(days=random.randint(10, 60))), it[2], it[3]])
        names.append(p.name)
    tsv = "\n".join("\t".join(r) for r in rows)
    orig = f"""Hi Ben,

Please see the status of your open Evidence of Insurability submissions as of today. Decision letters for approved and declined applicants were mailed to the applicants' home addresses.

{tsv}

Regards,
Monique Harlan
Group Underwriting Coordinator | {NORTHGATE.name}"""
    t1 = later(t0, days=1, hours=1)
    body = f"""Thanks Monique. For the declined one - can you confirm they stay at the guaranteed issue amount ($100k) and not $0? Client payroll needs to know which deduction to load. And for the two pending APS, is there anything we can do to speed up the doctors' offices, or is that on the applicants?

Ben Adeyemi
{s.title} | {PEO}

From: Monique Harlan <mharlan@{NORTHGATE.dom}>
Sent: {outlook_sent(t0)}
To: Ben Adeyemi <{s.email}>
Subject: EOI status - {PEO} groups

{orig}"""
    m = mk(s.addr, formataddr(("Monique Harlan", f"mharlan@{NORTHGATE.dom}")), f"RE: EOI status - {PEO} groups",
           body, t1, cc=nm, irt=fake_ref(NORTHGATE.dom))
    return m, "; ".join(names)


def lists_7():
    hb = ST["hrbp"]; cs = ST["cs"]
    t0 = rdt()
    names = []
    items = []
    txt = [("Tallgrass", "dock worker, asks for no overnight shifts - sleep apnea, CPAP"),
           ("Bluewater", "hygienist, wrist brace + fewer perio cleanings/day (carpal tunnel), 3 wks post-op"),
           ("Pinecrest", "brewer, service dog at work (PTSD) - facility has food safety questions"),
           ("Riverbend", "machinist, hearing aids / needs visual alarm on the line"),
           ("Copperline", "sales, leave extension 4 wks past FMLA exhaustion (cancer treatment)")]
    for cl_, t in txt:
        p = person(client=CL[cl_])
        items.append(f"- {p.first} {p.last} ({cl_}) - {t}")
        names.append(p.name)
    orig = f"""Hannah, where are we on the open ADA requests? Sandra called me about the hearing one and I didn't know what to tell her.

Theo"""
    body = f"""Theo,

Open accommodation requests as of today:

{chr(10).join(items)}

The Pinecrest one is the tricky one - I'm meeting with Aaron and their QA person Thursday. The Copperline extension I'd recommend approving; 4 weeks is reasonable and the carrier already has her on STD through then.

On the Riverbend one, I told Sandra yesterday the vendor is quoting the strobe. Sorry, should have looped you in.

Hannah

{sig(hb, 'mid')}

{gquote(earlier(t0, hours=2), f"Theo Nakamura <{cs.email}>", orig)}"""
    m = mk(hb.addr, cs.addr, "Re: open accommodations", body, t0, irt=fake_ref(PD))
    return m, "; ".join(names)


# ==========================================================================
# PHI / names  -- named in ordinary prose
# ==========================================================================
def names_1():
    c = CL["Sunnyfield"]; hr = client_hr(c); s = ST["leave"]
    t0 = rdt()
    p = person("f", first="Gloria", last="Alvarez", client=c)
    body = f"""Renee,

Mrs. Alvarez from housekeeping came to my office this morning crying. Her disability check is late again - she said the last one came 9 days after it should have. She has her radiation every day this week and next and she's been taking the bus there because she can't afford gas right now.

Is there anything you can do to push Northgate? I know it's not our money but she's been with us 14 years and I feel terrible.

Also she asked if she can come in and work a couple hours on days she feels ok. I told her I'd ask you because I didn't want to mess up her claim.

Tiffany

Sent from my iPhone"""
    m = mk(hr.addr, s.addr, "Mrs. Alvarez", body, t0)
    return m, "Gloria Alvarez"


def names_2():
    s = ST["leave"]; pm = ST["leavemgr"]; c = CL["Riverbend"]
    p = person("m", first="Daniel", last="Okonkwo", client=c)
    t0 = rdt(lo=dt.date(2025, 1, 27), hi=dt.date(2025, 2, 21))
    body = f"""Paula,

FYI - Northgate extended Daniel through 2/28 based on the cardiologist's updated note. Still no driving and no lifting over 15 lbs, cardiac rehab 3x a week. Next visit is 2/24 and I expect they'll release him to light duty.

Sandra at Riverbend says she can put him in the inspection area (seated) when he's cleared. He'll have used all 12 weeks of FMLA on 3/6, so if it goes past that we'll need to talk ADA/extension.

I updated the tracker.

Renee"""
    m = mk(s.addr, pm.addr, "Okonkwo, Daniel - STD extension", body, t0)
    return m, "Daniel Okonkwo"


def names_3():
    c = CL["Bluewater"]; hr = client_hr(c); s = ST["leave2"]
    p = person("f", first="Kayla", last="Stroud", client=c)
    t0 = rdt()
    orig = f"""Did Kayla send in her cert yet? She said her OB appointment got moved to Thursday and she'd bring the form then. Her due date is the 20th so I'm trying to figure out who covers her chair.

Janelle"""
    t1 = later(t0, minutes=25)
    body = f"""Not yet. The provider part is due on the {random.randint(10, 18)}th, so Thursday works. Once I have it I'll send you the designation letter with her dates. If the doctor puts her on bed rest before the 20th we'll just move the start date up, nothing extra she needs to do.

For scheduling, I'd plan on 12 weeks from whenever she starts.

Jordan

{gquote(t0, f"Janelle Petrakis <{hr.email}>", orig)}"""
    m = mk(s.addr, hr.addr, "Re: Kayla", body, t1, irt=fake_ref(c.dom))
    return m, "Kayla"


def names_4():
    s = ST["leave"]; pay = ST["pay"]
    t0 = rdt()
    p = person("m", first="Greg", last="Havel")
    end = t0.date() + dt.timedelta(days=random.randint(40, 70))
    body = f"""approved thru {md(end)}, reduced sched 6 hr days per neuro. pls code the missing 2 hrs/day as FML-U starting Mon. cert is in the portal.

r"""
    m = mk(s.addr, pay.addr, f"{p.first} {p.last}", body, t0)
    return m, p.name


def names_5():
    c = CL["Riverbend"]; w = ST["wc"]
    t0 = rdt(h0=6, h1=8)
    sup = person("m", client=c)
    sup_addr = formataddr((sup.name, f"{sup.first[0].lower()}{sup.last.lower()}@{c.dom}"))
    body = f"""Omar

Need to report one from last night. Big Mike (Michael Dempsey) on 3rd shift sliced his left hand on the band saw around 2:30am. Lead took him to urgent care on State St, 9 stitches, they gave him a tetanus shot. He's back today but they said no gloves-on work and keep it dry for a week so I've got him on the inspection bench.

Do I still need to do the first report if he didn't miss any time? Drug test was done at the urgent care, don't know results.

{sup.first}
3rd shift supervisor
{sup.phone}"""
    m = mk(sup_addr, w.addr, "injury last night - band saw", body, t0, cc=client_hr(c).addr)
    return m, "Michael Dempsey"


def names_6():
    pay = ST["pay"]; pm = ST["paymgr"]; c = CL["Pinecrest"]; hr = client_hr(c)
    p = person("f", first="Deborah", last="Sorensen", client=c)
    t0 = rdt()
    a = f"""Hi Dev,

Deb Sorensen will be off every other Friday for the next few months for her chemo, we're doing a 4-day week for her those weeks. Please make sure her medical and dental deductions still come out the full amount even when the check is smaller, she doesn't want to fall behind. She's going to use PTO for the Fridays when she has it.

Aaron"""
    t1 = later(t0, hours=4, minutes=random.randint(3, 50))
    b = f"""Aaron - will do. If her PTO runs out and the check can't cover the deductions I'll set up arrears and let you know before it happens.

Dev"""
    t2 = later(t1, days=12, minutes=-random.randint(60, 200))
    c_ = f"""Dev, does Pinecrest still need the arrears report or did that get resolved? Cleaning up my open items.

Carla"""
    t3 = later(t2, minutes=random.randint(20, 90))
    body = f"""Still open - nothing in arrears yet, I'll keep it on my list through the end of the quarter. Nothing you need to do.

Dev

{ohdr(pm.addr, t2, pay.addr, "RE: deductions - Pinecrest", c_)}

{ohdr(pay.addr, t1, hr.addr, "RE: deductions - Pinecrest", b)}

{ohdr(hr.addr, t0, pay.addr, "deductions - Pinecrest", a)}"""
    m = mk(pay.addr, pm.addr, "RE: deductions - Pinecrest", body, t3, irt=fake_ref(PD))
    return m, "Deborah Sorensen"


def names_7():
    c = CL["Pinecrest"]; hr = client_hr(c); s = ST["leave2"]
    p = person("m", first="Tomasz", last="Jablonski", client=c)
    t0 = rdt()
    surg = wkday_after(t0, 8)
    body = f"""Hey Jordan,

Heads up, Tomasz (cellar, 2nd shift) is going in for his knee replacement on the {surg.day}th. He told his supervisor yesterday, hasn't done any paperwork. He figures 6-8 weeks out and then PT.

Can you reach out to him about FMLA and the STD claim? I gave him your number but knowing Tomasz he won't call. His cell is {p.phone}.

Also he's worried his wife's insurance (she's on our plan through him) will lapse if he's out that long - I told him no but can you confirm that for him.

Thanks,
Aaron"""
    m = mk(hr.addr, s.addr, "Tomasz - surgery", body, t0)
    return m, "Tomasz Jablonski"


def names_8():
    s = ST["leave"]; s2 = ST["leave2"]; rn = ST["rn"]
    c = CL["Bluewater"]
    p = person("f", first="Shauna", last="Pruitt", client=c)
    t0 = rdt()
    orig = f"""Did anyone talk to Shauna P. today? Janelle called, said she's been put on bed rest at 29 weeks, BP numbers were bad and they're watching her for preeclampsia. She's supposed to start her FMLA in 6 weeks, not now.

R"""
    t1 = later(t0, minutes=55)
    body = f"""I talked to her around 2. She's home, doing ok, just scared. OB faxed a note saying bed rest until delivery. I moved her FMLA start to yesterday and started the STD claim with Northgate as pregnancy complication - prenatal claim, they'll want the OB records. She'll still get the 6 weeks post-delivery on top of whatever they approve now.

Colleen - can you give her a call this week? She asked about the home BP cuff and whether the plan covers it.

Jordan

{gquote(t0, f"Renee Castellano <{s.email}>", orig)}"""
    m = mk(s2.addr, [s.addr, rn.addr], "Re: Shauna P.", body, t1, irt=fake_ref(PD))
    return m, "Shauna Pruitt"


# ==========================================================================
# PHI / self  -- people writing about their own health, care, bills, benefits
# ==========================================================================
def self_1():
    c = CL["Copperline"]; s = ST["leave"]
    p = person("f", first="Maria", last="Quintero", client=c, email_style=0)
    t0 = rdt(h0=18, h1=21)
    body = f"""Hi this is Maria Quintero from Copperline (service advisor at the Elgin store). I had my gallbladder surgery last Thursday and my doctor says 6 weeks off no lifting. When does my disability pay start?? I already called Northgate and did the phone claim they gave me a number but I didnt write it down.

Also do I have to use my PTO first, I only have 22 hours left.

Thank you
Maria

Sent from my Galaxy"""
    m = mk(formataddr(("Maria Quintero", p.email)), s.addr, "disability question", body, t0)
    return m, p.name


def self_2():
    c = CL["Tallgrass"]; s = ST["leave"]
    p = person("m", first="Jason", last="Hollis", client=c, email_style=2)
    t0 = rdt(h0=6, h1=9)
    body = f"""hey its jason from tallgrass (dock, 1st shift). i sent the doctors note for my back to megan yesterday. it says i can come back monday with no lifting over 25 lbs and no bending/twisting for 2 weeks. can i come back like that or do i have to wait til im 100%? i really need the hours

also do i keep getting the disability check if i come back and they only give me part time

jason hollis
{phone_dash('815')}"""
    m = mk(formataddr(("", p.email)), s.addr, "back to work??", body, t0)
    return m, p.name


def self_3():
    c = CL["Pinecrest"]; w = ST["wc"]
    p = person("f", first="Renata", last="Kessler", client=c, email_style=0)
    t0 = rdt()
    dos = t0.date() - dt.timedelta(days=random.randint(40, 75))
    cl = claimno("GRC-WC-", 7)
    mem = "AVH" + str(random.randint(100000000, 999999999))
    body = f"""Dear Mr. Haddad,

I am writing about a bill I received from Lakeshore Emergency Physicians for my emergency room visit on {longd(dos)}.

I was injured at work that day - I slipped on the wet floor in the walk-in cooler at Pinecrest and hit the back of my head - and the visit should have been covered by workers' compensation under claim number {cl}. Instead, it was billed to my personal health insurance (Alder Valley, member ID {mem}). Alder Valley applied the charges to my deductible, and I now have a bill for $612.00 for the CT scan and the ER physician.

I have already paid my $150 ER copay at the time of the visit, which I also believe should be refunded.

Could you please:
1. Ask the hospital and the physician group to rebill Granite Ridge, and
2. Confirm in writing that I am not responsible for this balance while it is being corrected?

The statement is due on the 28th and I do not want it to go to collections. I've attached a copy of the statement and the EOB.

Thank you for your help.

Sincerely,
Renata Kessler
{p.street}
{p.city}, {p.st} {p.zip}
{p.phone}"""
    stmt = pdf(["LAKESHORE EMERGENCY PHYSICIANS, S.C.", "PATIENT STATEMENT", "",
                f"Patient: {p.name.upper()}      Account: LEP-{random.randint(1000000, 9999999)}",
                f"{p.street}", f"{p.city}, {p.st} {p.zip}", "",
                f"Date of service: {us2(dos)}   Place: Emergency Department",
                "99284  ED visit, moderate-high complexity           $ 1,042.00",
                "Insurance payment (Alder Valley)                    $  -358.40",
                "Contractual adjustment                              $  -71.60",
                "Patient responsibility (deductible)                 $   612.00", "",
                "AMOUNT DUE: $612.00       PLEASE PAY BY THE 28TH"], "Statement")
    m = mk(formataddr((p.name, p.email)), w.addr, "ER bill - work injury billed to my insurance", body, t0,
           atts=[(stmt, "LEP_statement.pdf")])
    return m, p.name


def self_4():
    c = CL["Bluewater"]; bn = ST["ben"]
    p = person("f", first="Bethany", last="Lundquist", client=c, email_style=0)
    t0 = rdt(h0=20, h1=22)
    body = f"""Hi Lindsey,

I hope it's OK to email you directly - Janelle said you're the benefits person for Bluewater.

My husband and I have been trying to have a baby for almost two years, and our doctor at the fertility clinic is recommending we move on to IVF. Before we start I want to understand what our plan covers (I'm on the Gold PPO, employee + spouse). The clinic's estimate is about $18,000 per cycle plus medications.

Specifically:
- Is IVF covered at all, or only the testing/diagnosis part?
- Do the fertility medications go through the regular pharmacy benefit?
- Is there a lifetime max?
- Would I need FMLA for the egg retrieval day and the transfer? I'd rather not tell my manager why I'm out.

Sorry for all the questions. Any help is appreciated!

Bethany Lundquist
(personal email - please reply here rather than work)"""
    m = mk(formataddr(("Bethany Lundquist", p.email)), bn.addr, "question about fertility coverage", body, t0)
    return m, p.name


def self_5():
    c = CL["Tallgrass"]; s = ST["leave2"]
    p = person("m", first="Kyle", last="Brennan", client=c, email_style=1)
    t0 = rdt()
    body = f"""Jordan,

I had to leave work on Tuesday and I haven't been back. My therapist and my psychiatrist both said I need to take a few weeks off. I've been dealing with depression and panic attacks for a while and it's gotten to where some days I can't make myself drive to work. They changed my meds last week.

I'm starting an intensive outpatient program on Monday, 3 hours a day, 4 days a week for about 4 weeks. The program said they can fill out whatever forms you need.

Please, please don't tell my manager the reason. What does my supervisor get told? Megan in HR is fine to know if she has to but I don't want it going around the dispatch office.

Kyle
{p.phone}"""
    m = mk(formataddr(("Kyle B", p.email)), s.addr, "need time off - private", body, t0)
    return m, p.name


def self_6():
    c = CL["Riverbend"]; hb = ST["hrbp"]
    p = person("m", first="Derek", last="Lindgren", client=c)
    t0 = rdt(lo=dt.date(2025, 4, 7), hi=dt.date(2025, 6, 20))
    body = f"""Hello,

Sandra told me to email you about an accommodation.

I was diagnosed with type 1 diabetes in March and I'm on an insulin pump and a sensor now. I need to be able to check my sugar and eat something fast if it goes low, which right now means a short break about every 2 hours and keeping juice or glucose tabs at my station. My line lead says no food or drinks on the floor, and he wrote me up last week for leaving the cell without relief.

My endocrinologist wrote a letter, I can send it. I'm not asking for anything big, just want to not get in trouble for this. Last Thursday my sugar dropped to 52 and I almost passed out at the machine.

Derek Lindgren
2nd shift, Cell 3
{p.phone}"""
    m = mk(formataddr((p.name, p.email)), hb.addr, "accommodation - diabetes", body, t0)
    return m, p.name


def self_7():
    c = CL["Greenleaf"]; bo = ST["benops"]
    p = person("f", first="Wendy", last="Crowley", client=c, email_style=0)
    t0 = rdt(lo=dt.date(2025, 1, 13), hi=dt.date(2025, 1, 31))
    mem = "AVH" + str(random.randint(100000000, 999999999))
    body = f"""To whom it may concern,

I'm on COBRA since leaving Greenleaf in October. I paid my January premium on 1/10 (check #1184, it cleared 1/14) but when I called to order my insulin pump supplies the supplier said my coverage shows terminated as of 12/31.

I have about 4 days of infusion sets and cartridges left. Without them I have to go back to shots, which I haven't done in years and I don't have pens at home.

Member ID: {mem}
DOB: {us2(p.dob)}

Please call me as soon as you can, {p.phone}.

Wendy Crowley

Sent from my iPhone"""
    html = ('<html><body><div dir="ltr">' + "".join(
        f"<div>{htmlmod.escape(l) if l else '<br>'}</div>" for l in body.splitlines()) + "</div></body></html>")
    m = mk(formataddr((p.name, p.email)), formataddr(("COBRA Administration", f"cobra@{PD}")),
           "COBRA paid but coverage terminated - urgent", body, t0, html=html)
    return m, p.name


# ==========================================================================
# PHI / struct  -- EDI, HL7, FHIR, extracts
# ==========================================================================
def isa(sender, receiver, t, ctl, gs_code):
    return (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{t:%y%m%d}*{t:%H%M}*^*00501*{ctl:09d}*0*P*:~",
            f"GS*{gs_code}*{sender.strip()}*{receiver.strip()}*{t:%Y%m%d}*{t:%H%M}*{ctl}*X*")


def struct_1():  # 834
    bo = ST["benops"]
    t0 = rdt()
    ctl = random.randint(400, 900)
    isa_, gs = isa("MERIDALEWP", "ALDERVALLEY", t0, ctl, "BE")
    seg = [isa_, gs + "005010X220A1~", "ST*834*0001*005010X220A1~",
           f"BGN*00*MWP{t0:%Y%m%d}{ctl}*{t0:%Y%m%d}*{t0:%H%M}****4~",
           "REF*38*44710~", f"DTP*007*D8*{t0:%Y%m%d}~",
           "N1*P5*MERIDALE WORKFORCE PARTNERS*FI*391847226~",
           "N1*IN*ALDER VALLEY HEALTH PLAN*FI*416022873~"]
    names = []
    eff = (t0.date().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    recs = [("021", "28", "EMP", None), ("021", "02", "FAM", "child"), ("024", "07", "ESP", None),
            ("001", "25", "ECH", None), ("021", "32", "ESP", "spouse")]
    for mt, rsn, lvl, dep in recs:
        p = person()
        names.append(p.name)
        sx = "F" if p.sex == "f" else "M"
        seg += [f"INS*Y*18*{mt}*{rsn}*A***FT~", f"REF*0F*{p.ssn.replace('-', '')}~", "REF*1L*44710~",
                f"DTP*336*D8*{rand_dob(2014, 2024):%Y%m%d}~",
                f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****34*{p.ssn.replace('-', '')}~",
                f"PER*IP**TE*{''.join(ch for ch in p.phone if ch.isdigit())}~",
                f"N3*{p.street.upper()}~", f"N4*{p.city.upper()}*{p.st}*{p.zip}~",
                f"DMG*D8*{p.dob:%Y%m%d}*{sx}~",
                f"HD*{mt}**HLT*PPO500GOLD*{lvl}~",
                f"DTP*{'349' if mt == '024' else '348'}*D8*{eff:%Y%m%d}~"]
        if dep:
            d = person(pick("fm"), last=p.last)
            dob = rand_dob(2023, 2025) if dep == "child" else d.dob
            if dep == "child":
                dob = t0.date() - dt.timedelta(days=random.randint(5, 25))
            rel = "19" if dep == "child" else "01"
            seg += [f"INS*N*{rel}*021*{rsn}*A~", f"REF*0F*{p.ssn.replace('-', '')}~",
                    f"NM1*IL*1*{d.last.upper()}*{d.first.upper()}~",
                    f"DMG*D8*{dob:%Y%m%d}*{'F' if d.sex == 'f' else 'M'}~",
                    f"HD*021**HLT*PPO500GOLD*{lvl}~", f"DTP*348*D8*{dob:%Y%m%d}~"]
            names.append(d.name)
    n = len(seg) - 2 + 1
    seg += [f"SE*{n}*0001~", f"GE*1*{ctl}~", f"IEA*1*{ctl:09d}~"]
    edi = "\n".join(seg) + "\n"
    body = f"""Hi EDI team,

Attached is a manual 834 (changes only) for group 44710 - our automated job failed last night and I don't want these to wait until Monday. One is a newborn add and one is a marriage add that need to be loaded before the members go to the pharmacy. Please do NOT load it as a full file - it's changes only.

Control number {ctl}. Let me know if you get a 999 rejection.

Ben Adeyemi
{bo.title}
{PEO}
{bo.phone}"""
    m = mk(bo.addr, formataddr(("Alder Valley EDI Enrollment", f"edi.enrollment@{ALDER.dom}")),
           f"Manual 834 - group 44710 - ctl {ctl}", body, t0,
           atts=[(edi, f"MWP_44710_834_{t0:%Y%m%d}_{ctl}.x12")])
    return m, "; ".join(names)


def struct_2():  # HL7 ORU from occ health clinic
    c = CL["Riverbend"]
    t0 = rdt()
    p = person("m", client=c)
    ts = t0 - dt.timedelta(hours=20)
    mrn = f"WW{random.randint(10000000, 99999999)}"
    ctl = f"WW{t0:%Y%m%d%H%M%S}{random.randint(10, 99)}"
    panel = [("3349-9", "Amphetamines"), ("3397-8", "Cocaine metabolite"), ("3427-3", "Marijuana metabolite"),
             ("3879-5", "Opiates"), ("3937-1", "Phencyclidine")]
    seg = [f"MSH|^~\\&|WWOH_LAB|WORKWELL|MERIDALE|MWP|{t0:%Y%m%d%H%M%S}||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
           f"PID|1||{mrn}^^^WORKWELL^MR||{p.last.upper()}^{p.first.upper()}^J||{p.dob:%Y%m%d}|M|||{p.street}^^{p.city}^{p.st}^{p.zip}||{p.phone}|||||||{p.ssn}",
           f"PV1|1|O|WW-ROCK^^^WORKWELL||||1467503982^HAAS^MARTIN^^^MD|||||||||||V{random.randint(1000000, 9999999)}",
           f"ORC|RE|ORD{random.randint(100000, 999999)}|LAB{random.randint(100000, 999999)}||CM",
           f"OBR|1|ORD{random.randint(100000, 999999)}|LAB{random.randint(100000, 999999)}|DOT5^Post-accident 5 panel urine drug screen^L|||{ts:%Y%m%d%H%M}|||||||{ts:%Y%m%d%H%M}|URINE|1467503982^HAAS^MARTIN^^^MD||||||{t0:%Y%m%d%H%M}||LAB|F"]
    for i, (code, name) in enumerate(panel, 1):
        seg.append(f"OBX|{i}|ST|{code}^{name}^LN||Negative||||||F|||{t0:%Y%m%d%H%M}")
    seg.append(f"OBX|{len(panel) + 1}|NM|BAT^Breath alcohol^L||0.000|g/210L|<0.020||||F|||{ts:%Y%m%d%H%M}")
    seg.append(f"NTE|1||Reason: Post-accident. Employer: RIVERBEND PRECISION MACHINING c/o MERIDALE WORKFORCE PARTNERS. Laceration L hand treated same visit.")
    hl7 = "\r".join(seg) + "\r"
    body = f"""This is an automated message from WorkWell Occupational Health.

You have 1 new result available for employer account RIVERBEND PRECISION MACHINING (via {PEO}).

Result type: Drug & Alcohol - Non-DOT
Collection site: WorkWell - Rockford East
Status: Final

The result file is attached in HL7 format for your HRIS import. You can also view this result in the WorkWell Employer Portal.

Please do not reply to this message. Questions: employer.services@{WORKWELL.dom} or {phone('815')}.

This message and its attachment contain confidential information intended only for the designated employer representative."""
    m = mk(formataddr(("WorkWell Results", f"noreply@{WORKWELL.dom}")), ST["wc"].addr,
           "New result available - RIVERBEND PRECISION MACHINING", body, t0,
           atts=[(hl7, f"ORU_{ctl}.hl7")], headers={"Auto-Submitted": "auto-generated"})
    return m, p.name


def struct_3():  # 837P pasted in body
    w = ST["wc"]
    c = CL["Oakmere"]
    t0 = rdt()
    p = person("m", client=c)
    dos = t0.date() - dt.timedelta(days=random.randint(6, 20))
    cl = claimno("GRC-WC-", 7)
    ctl = random.randint(1000, 9999)
    pcn = f"WW{random.randint(100000, 999999)}"
    seg = [f"ISA*00*          *00*          *ZZ*WORKWELLOCC    *ZZ*MERIDALEWP     *{t0:%y%m%d}*{t0:%H%M}*^*00501*{ctl:09d}*0*P*:~",
           f"GS*HC*WORKWELLOCC*MERIDALEWP*{t0:%Y%m%d}*{t0:%H%M}*{ctl}*X*005010X222A1~",
           "ST*837*0001*005010X222A1~", f"BHT*0019*00*{pcn}*{t0:%Y%m%d}*{t0:%H%M}*CH~",
           "NM1*41*2*WORKWELL OCCUPATIONAL HEALTH*****46*WWOH01~", "PER*IC*BILLING*TE*8155553021~",
           "NM1*40*2*GRANITE RIDGE CASUALTY*****46*GRC77~",
           "HL*1**20*1~", "NM1*85*2*WORKWELL OCCUPATIONAL HEALTH*****XX*1730288415~",
           "N3*4410 E STATE ST~", "N4*ROCKFORD*IL*61108~", "REF*EI*364419027~",
           "HL*2*1*22*0~", "SBR*P*18*******WC~",
           f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{p.ssn.replace('-', '')}~",
           f"N3*{p.street.upper()}~", f"N4*{p.city.upper()}*{p.st}*{p.zip}~",
           f"DMG*D8*{p.dob:%Y%m%d}*M~",
           "NM1*PR*2*GRANITE RIDGE CASUALTY*****PI*GRC77~",
           f"CLM*{pcn}*412***11:B:1*Y*A*Y*Y**EM:::WI~", f"DTP*439*D8*{dos:%Y%m%d}~",
           f"REF*Y4*{cl}~", "HI*ABK:S61412A*ABF:W312XXA~",
           "NM1*82*1*HAAS*MARTIN****XX*1467503982~",
           "LX*1~", "SV1*HC:99203*185*UN*1***1:2~", f"DTP*472*D8*{dos:%Y%m%d}~",
           "LX*2~", "SV1*HC:12002*172*UN*1***1~", f"DTP*472*D8*{dos:%Y%m%d}~",
           "LX*3~", "SV1*HC:90715*55*UN*1***1~", f"DTP*472*D8*{dos:%Y%m%d}~"]
    seg.append(f"SE*{len(seg) - 1}*0001~")
    seg += [f"GE*1*{ctl}~", f"IEA*1*{ctl:09d}~"]
    adj_addr = formataddr(("Heather Voss", f"hvoss@{GRANITE.dom}"))
    body = f"""Heather,

WorkWell's clearinghouse sent this 837 to our SFTP instead of yours (they have us set up as the receiver for the Oakmere account - I've asked them to fix it). Pasting it below so you can key it or have them resend. It's for claim {cl}, DOS {us2(dos)}.

{chr(10).join(seg)}

Thanks,
Omar

{sig(w, 'mid')}"""
    m = mk(w.addr, adj_addr, f"837 sent to us in error - claim {cl}", body, t0)
    return m, p.name


def struct_4():  # FHIR JSON
    it = ST["it"]; bo = ST["benops"]
    t0 = rdt()
    p = person("f")
    mem = "AVH" + str(random.randint(100000000, 999999999))
    tk = f"INC{random.randint(100000, 999999)}"
    bundle = {
        "resourceType": "Bundle", "id": "".join(random.choice("0123456789abcdef") for _ in range(32)),
        "type": "searchset", "total": 2,
        "entry": [
            {"fullUrl": f"https://api.{ALDER.dom}/fhir/R4/Patient/{mem}",
             "resource": {"resourceType": "Patient", "id": mem,
                          "identifier": [{"system": f"https://{ALDER.dom}/member-id", "value": mem}],
                          "name": [{"use": "official", "family": p.last, "given": [p.first]}],
                          "gender": "female", "birthDate": p.dob.isoformat(),
                          "address": [{"line": [p.street], "city": p.city, "state": p.st, "postalCode": p.zip}],
                          "telecom": [{"system": "phone", "value": p.phone, "use": "mobile"}]}},
            {"fullUrl": f"https://api.{ALDER.dom}/fhir/R4/Coverage/cov-{mem}-01",
             "resource": {"resourceType": "Coverage", "id": f"cov-{mem}-01", "status": "cancelled",
                          "subscriberId": mem, "beneficiary": {"reference": f"Patient/{mem}"},
                          "relationship": {"coding": [{"code": "self"}]},
                          "period": {"start": "2025-01-01", "end": f"{t0.year}-{t0.month:02d}-01"},
                          "payor": [{"display": ALDER.name}],
                          "class": [{"type": {"coding": [{"code": "group"}]}, "value": "44710", "name": "Meridale WP - Pool 2"},
                                    {"type": {"coding": [{"code": "plan"}]}, "value": "PPO500GOLD", "name": "Gold PPO 500"},
                                    {"type": {"coding": [{"code": "rxgroup"}]}, "value": "AVRX44"}]}}]}
    body = f"""Ben,

Re ticket {tk}: here's the raw response from the Alder Valley eligibility API for the member the portal keeps showing as "cancelled". Their side definitely has Coverage.status = cancelled with an end date of the 1st, so our portal is just displaying what they send. Looks like a carrier data problem, not ours.

JSON attached. I'll close the ticket on our side unless you want me to keep it open while you work it with them.

Sam

{sig(it, 'mid')}"""
    m = mk(it.addr, bo.addr, f"{tk} - eligibility API response", body, t0,
           atts=[(json.dumps(bundle, indent=2), f"{tk}_coverage_response.json")])
    return m, p.name


def struct_5():  # leave app webhook / notification
    t0 = rdt()
    c = CL["Tallgrass"]
    p = person(client=c)
    case = f"LV-{random.randint(100000, 999999)}"
    start = wkday_after(t0, random.randint(3, 10))
    payload = {
        "event": "leave_request.created", "event_id": "evt_" + "".join(random.choice("abcdef0123456789") for _ in range(20)),
        "occurred_at": t0.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "case": {
            "case_number": case, "client_id": c.cid, "client_name": c.name,
            "employee": {"employee_id": p.eeid, "first_name": p.first, "last_name": p.last,
                         "date_of_birth": p.dob.isoformat(), "work_location": "Joliet DC",
                         "personal_phone": p.phone, "personal_email": p.email},
            "leave": {"type": "continuous", "reason_code": "OWN_SHC",
                      "reason_label": "Employee's own serious health condition",
                      "expected_start": start.isoformat(),
                      "expected_end": (start + dt.timedelta(weeks=6)).isoformat(),
                      "intake_notes": "EE states scheduled for lumbar fusion L4-L5 at Silver Cross area hospital; surgeon advised 6 wks off then PT. Has applied for STD."},
            "certification": {"required": True, "due_date": wkday_after(t0, 15).isoformat(),
                              "provider_name": "Dr. Anil Mehra", "provider_fax": phone("815")},
            "flags": ["std_referral", "benefits_continuation"]}}
    body = f"""LeaveLink | New leave request

A new leave request has been submitted and assigned to your queue.

Case: {case}
Client: {c.name}
Submitted via: Employee self-service

Webhook delivery to your HRIS endpoint failed (HTTP 503). The payload is included below so it can be entered manually. Delivery will be retried 3 more times.

----- BEGIN PAYLOAD -----
{json.dumps(payload, indent=2)}
----- END PAYLOAD -----

You are receiving this because you are the assigned specialist. Manage notifications: https://app.leavelink-hr.com/settings/notifications"""
    m = mk(formataddr(("LeaveLink Notifications", "notifications@leavelink-hr.com")), ST["leave"].addr,
           f"[LeaveLink] New request {case} - delivery failed", body, t0,
           headers={"Auto-Submitted": "auto-generated", "X-LeaveLink-Event": "leave_request.created"})
    return m, p.name


def struct_6():  # pipe-delimited STD status extract
    t0 = rdt(h0=5, h1=6)
    hdr = "REC|CLAIM_NO|GROUP|EMP_ID|LAST_NAME|FIRST_NAME|DOB|DISAB_DATE|STATUS|APPROVED_THRU|DIAG_CAT|WKLY_BENEFIT|LAST_PMT_DT|EXAMINER"
    lines = [f"H|NORTHGATE STD DAILY STATUS|{t0:%Y%m%d}|0074410|MERIDALE WORKFORCE PARTNERS", hdr]
    cats = ["MUSCULOSKELETAL", "PREGNANCY", "CARDIOVASCULAR", "MENTAL/NERVOUS", "NEOPLASM", "DIGESTIVE",
            "MUSCULOSKELETAL", "INJURY", "PREGNANCY", "RESPIRATORY", "NERVOUS SYSTEM"]
    stat = ["APPROVED", "APPROVED", "PENDING", "APPROVED", "APPROVED", "CLOSED-RTW", "DENIED", "APPROVED", "PENDING", "APPROVED", "PENDING"]
    names = []
    for i, cat in enumerate(cats):
        p = person("f" if cat == "PREGNANCY" else None)
        names.append(p.name)
        dd = t0.date() - dt.timedelta(days=random.randint(7, 80))
        thru = "" if stat[i] in ("PENDING", "DENIED") else f"{t0.date() + dt.timedelta(days=random.randint(-3, 40)):%Y%m%d}"
        lpd = "" if stat[i] in ("PENDING", "DENIED") else f"{t0.date() - dt.timedelta(days=random.randint(1, 7)):%Y%m%d}"
        lines.append("|".join(["D", claimno("STD-", 8), "0074410", p.eeid, p.last.upper(), p.first.upper(),
                               f"{p.dob:%Y%m%d}", f"{dd:%Y%m%d}", stat[i], thru, cat,
                               f"{random.randint(380, 1200)}.{random.randint(0, 99):02d}", lpd,
                               pick(["DLANGFORD", "TOKAFOR", "MBRUNS"])]))
    lines.append(f"T|{len(cats)}")
    body = f"""Your scheduled report is ready.

Report: STD Daily Claim Status (pipe-delimited)
Policyholder: {PEO} - 0074410
Records: {len(cats)}
Run date: {t0:%m/%d/%Y %H:%M} CT

The file is attached. For security, files are retained in the Employer Portal for 30 days.

{NORTHGATE.name} | Employer Reporting
This is an automated message; replies are not monitored."""
    m = mk(formataddr(("Northgate Employer Reporting", f"employer.reports@{NORTHGATE.dom}")),
           [ST["leavemgr"].addr, ST["leave"].addr],
           f"Scheduled report: STD Daily Claim Status {t0:%m/%d/%Y}", body, t0,
           atts=[("\r\n".join(lines) + "\r\n", f"0074410_STD_STATUS_{t0:%Y%m%d}.txt")],
           headers={"Auto-Submitted": "auto-generated"})
    return m, "; ".join(names)


def struct_7():  # fixed-width third-party sick pay file
    tx = ST["tax"]; pm = ST["paymgr"]
    t0 = rdt(lo=dt.date(2025, 1, 6), hi=dt.date(2025, 1, 17))
    layout = [("EMP_SSN", 9), ("LAST_NAME", 18), ("FIRST_NAME", 12), ("CLIENT", 6), ("CLAIM_TYPE", 4),
              ("CLAIM_NO", 12), ("DISAB_FROM", 8), ("DISAB_TO", 8), ("GROSS_PAID", 10), ("FED_WH", 9),
              ("SS_WH", 8), ("MED_WH", 8)]
    rows = []
    names = []
    for i in range(8):
        p = person()
        names.append(p.name)
        typ = pick(["STD ", "STD ", "STD ", "LTD "])
        fr = dt.date(2024, random.randint(1, 11), random.randint(1, 28))
        to = fr + dt.timedelta(days=random.randint(14, 120))
        if to.year > 2024:
            to = dt.date(2024, 12, 31)
        gross = random.uniform(1500, 14000)
        fed = gross * 0.1
        ss = gross * 0.062
        med = gross * 0.0145
        vals = [p.ssn.replace("-", ""), p.last.upper(), p.first.upper(), p.client.cid.replace("-", ""), typ,
                claimno(typ.strip() + "-", 8), f"{fr:%Y%m%d}", f"{to:%Y%m%d}",
                f"{int(round(gross * 100)):010d}", f"{int(round(fed * 100)):09d}",
                f"{int(round(ss * 100)):08d}", f"{int(round(med * 100)):08d}"]
        rows.append("".join(str(v)[:w].ljust(w) if not str(v).isdigit() else str(v)[:w].rjust(w, "0")
                            for v, (_, w) in zip(vals, layout)))
    lay = "\n".join(f"  {n:<12} {w:>3}" for n, w in layout)
    body = f"""Carla,

Northgate's 2024 third-party sick pay file came in (attached, fixed width, layout below). These need to go on the W-2s for the employees who were on STD/LTD last year - Northgate withheld FICA but we're the ones reporting it since they're not doing the W-2s. I'll load it into the year-end adjustment batch Thursday unless you see a problem.

Layout (positions in order):
{lay}

Amounts are implied 2 decimals.

Heads up - 2 of these people are termed, so their W-2s go to the last address on file.

Jamal

{sig(tx)}"""
    body_lines = "\n".join(rows) + "\n"
    m = mk(tx.addr, pm.addr, "2024 third-party sick pay file - Northgate", body, t0,
           atts=[(body_lines, "NMG_TPSP_2024_0074410.txt")])
    return m, "; ".join(names)


# ==========================================================================
# CLEAN / admin  -- operations, no patient
# ==========================================================================
def admin_1():
    o = ST["ops"]; bn = ST["ben"]
    c = CL["Riverbend"]; hr = client_hr(c)
    t0 = rdt(lo=dt.date(2024, 9, 3), hi=dt.date(2024, 9, 27))
    day = wkday_after(t0, 12)
    start = dt.datetime(day.year, day.month, day.day, 6, 30, tzinfo=tz_for(day))
    body = f"""Lindsey,

Confirming the logistics for Riverbend's open enrollment day + flu shot clinic on {day:%A} {md(day)}:

Rooms
- Training Room B (main plant): benefits tables, 6:30-9:30 AM for 3rd shift coming off and 1st shift before start, then 2:00-4:00 PM for 2nd shift.
- Nurse's office next door: flu shots. ShotCare Mobile is bringing 2 nurses, vaccine, their own sharps containers and the consent forms. They need one table, two chairs, a trash can and an outlet for the vaccine fridge.

Carrier reps
- Alder Valley (medical/Rx): 1 rep, confirmed
- Northgate (STD/LTD/life): 1 rep AM only
- Dental/vision: we'll cover from our side

Supplies I'm shipping Monday: 150 enrollment guides (English), 40 Spanish, 25 Polish, the HSA/FSA flyers, pens, and the QR code stand for online enrollment. Sandra asked for a box of the blood pressure flyers from the wellness program too.

ShotCare bills the plan directly, so employees just need their insurance card. Anyone not on our medical plan is $38 cash/card, or Riverbend said they'll cover those - I'll confirm with Sandra.

Gwen

{sig(o)}"""
    cal = ics("Riverbend - Open Enrollment + Flu Clinic", start, 570, o,
              [(bn.name, bn.email), (hr.name, hr.email)], location="Riverbend Precision - Training Room B",
              description="OE tables 6:30-9:30 and 2:00-4:00. Flu clinic (ShotCare Mobile) in nurse's office all day.")
    return mk(o.addr, bn.addr, f"Riverbend OE + flu clinic {md(day)} - logistics", body, t0, cc=hr.addr,
              atts=[(cal, "Riverbend_OE.ics")]), ""


def admin_2():
    it = ST["it"]
    t0 = rdt()
    sat = t0.date() + dt.timedelta(days=(5 - t0.weekday()) % 7 or 7)
    body = f"""All,

Scheduled maintenance this weekend:

  System:   LeaveLink (leave case management) + the document upload portal
  Window:   {sat:%A} {md(sat)}, 10:00 PM - Sunday 2:00 AM Central
  Impact:   Employees and providers will not be able to upload medical certifications, return-to-work notes or claim forms during the window. Case notes will be read-only.

The secure fax line ({PEO_SECURE_FAX}) stays up and faxes received during the window will be queued and indexed Sunday morning.

The payroll system, benefits enrollment portal and email are NOT affected.

If you have a provider who says they were told to upload "by Sunday," please give them the fax number instead.

Thanks,
Sam Okwuosa
IT Support | {PEO}
helpdesk@{PD} | ext. 190"""
    return mk(it.addr, f"allstaff@{PD}", f"[Maintenance] LeaveLink + upload portal - {md(sat)} 10 PM to 2 AM", body, t0,
              html=True), ""


def admin_3():
    cs = ST["cs"]
    t0 = rdt(lo=dt.date(2024, 10, 1), hi=dt.date(2024, 11, 15))
    body = f"""Account Managers,

Reminder on the billing changes going out with the renewal letters next week. Please be ready to answer questions on your calls.

1. ACA reporting (1095-C): Beginning with the 2024 forms (filed in early 2025), the per-form fee moves from $6.00 to $7.50. Clients with fewer than 50 forms still pay the $300 minimum.
2. Leave administration: Clients on the Essentials tier will be billed $85 per FMLA case opened (previously included). Intermittent cases are billed once per certification period, not per absence. Premier tier is unchanged - unlimited cases.
3. Workers' comp admin fee: stays at 1.1% of gross wages for pay-as-you-go clients. No change.
4. COBRA: the 2% admin fee continues to be added to the COBRA premium the qualified beneficiary pays. We do not bill the client for it.

Billing will NOT charge for RTW letters, ADA accommodation reviews or medical certification follow-ups - those are part of the case fee.

Talking points and the FAQ are in the Client Services Teams channel. If a client pushes back on #2, loop me in before offering any credit.

Theo

{sig(cs)}"""
    return mk(cs.addr, f"accountmanagers@{PD}", "2025 billing changes - talking points", body, t0), ""


def admin_4():
    bn = ST["ben"]; cs = ST["cs"]
    t0 = rdt(lo=dt.date(2024, 9, 9), hi=dt.date(2024, 10, 25))
    rep = formataddr(("Alan Gorski", f"agorski@{NORTHGATE.dom}"))
    body = f"""Theo,

Northgate's renewal for the pooled STD/LTD came in. Summary below; full proposal attached to the Teams file.

Short Term Disability (pool 0074410)
  Rate: $0.41 per $10 of weekly benefit (currently $0.38) - +7.9%
  Benefit: 60% of weekly earnings to $1,500/week max (no change)
  Elimination period: 7 days accident / 7 days sickness (no change)
  Max duration: 12 weeks
  Pre-existing condition limitation: 3/12 - Northgate agreed to REMOVE for 1/1
  Rate guarantee: 2 years if we sign by 11/15

Long Term Disability
  Rate: $0.27 per $100 of covered payroll (no change)
  60% to $8,000/month, 90-day elimination, own-occ 24 months
  Mental/nervous and self-reported conditions: 24-month limitation (unchanged)

They're justifying the STD increase on the pool's loss ratio (81% for the last 24 months) and the number of maternity claims running longer than 6 weeks because of the new state leave programs stacking.

My recommendation is we accept the STD increase in exchange for dropping the pre-ex and the 2-year guarantee. I'd like to tell Alan by Friday.

Lindsey

{sig(bn, 'mid')}"""
    return mk(bn.addr, cs.addr, "Northgate STD/LTD renewal terms", body, t0, cc=ST["benops"].addr), ""


def admin_5():
    o = ST["ops"]; w = ST["wc"]
    t0 = rdt()
    po = f"PO-{t0.year}-{random.randint(1000, 9999)}"
    body = f"""Omar,

I put in the quarterly order for the client safety supplies under {po}. Shipping direct to sites:

  Qty  Item                                      Ship to
  6    Class B first aid cabinet refill kit      Oakmere (2 job trailers), Greenleaf (4 trucks)
  4    AED pads, adult (exp. 2027)               Tallgrass Joliet DC, Riverbend, Sunnyfield x2
  2    AED pads, pediatric                       Sunnyfield (family visiting areas)
  3    Eyewash station saline cartridges         Riverbend, Pinecrest
  10   Burn gel packets (box of 25)              Pinecrest (brewhouse), Copperline (service bays)
  2    Bloodborne pathogen spill kits            Sunnyfield, Bluewater
  1    Heat stress kit (cooling towels, electrolyte) Greenleaf

Total $1,184.62 before shipping. Charged to the loss-control budget line.

Sunnyfield asked about replacing one of their AEDs entirely (the 2015 unit) - that's a capital item, they'll need to buy it themselves but I can send them our vendor's quote.

Gwen"""
    return mk(o.addr, w.addr, f"Safety supply order {po}", body, t0), ""


def admin_6():
    pm = ST["leavemgr"]
    t0 = rdt()
    eff = wkday_after(t0, 10)
    body = f"""Hello,

Starting {longd(eff)}, we're asking all client contacts to stop emailing medical documentation to our team - that includes doctors' notes, FMLA certifications, work status reports, return-to-work releases and accommodation forms.

Instead, please:
  1. Have the employee upload it themselves at the LeaveLink portal (they'll get a link when a case is opened), or
  2. Fax it to our secure line: {PEO_SECURE_FAX}, or
  3. If you've already received a paper note, drop it in the locked envelope we'll be sending each site and mail it to us, or scan it directly to the fax number from your copier.

Why: your supervisors and HR staff shouldn't be keeping copies of medical paperwork in personnel files or inboxes, and email isn't the right place for it. You'll still get everything you need from us - approval letters, dates, and any restrictions or accommodations - without the medical detail.

If you receive a note that just says "excused from work X-Y" with no medical information, you can keep handling those as you do today under your attendance policy.

Questions? Reply to this email or call me at {pm.phone}.

Thank you,
Paula Szymanski
{pm.title}
{PEO}

{disc(2)}"""
    return mk(pm.addr, formataddr(("Meridale Leave Administration", f"leave@{PD}")),
              "Change: how to send us medical paperwork", body, t0,
              html=True), ""


def admin_7():
    w = ST["wc"]; rn = ST["rn"]; cs = ST["cs"]
    t0 = rdt()
    body = f"""Thanks everyone for the time today. Recap of the quarterly WC program meeting with Granite Ridge:

Attendees: Omar Haddad, Colleen Ferraro RN, Theo Nakamura (Meridale); Brent Lindahl, Heather Voss, Pam Oduya (Granite Ridge)

1. Nurse triage line - launches {md(wkday_after(t0, 20))}. Supervisors call the 24/7 line before sending anyone to a clinic for a non-emergency injury. Granite Ridge will send the wallet cards and the poster (English/Spanish/Polish). Colleen to push to clients.
2. Modified duty - we'll build a standard transitional duty offer letter template for all clients. Heather to share Granite Ridge's version; Omar to adapt.
3. Clinic network - WorkWell remains the preferred occ med provider in Rockford and Joliet. Adding a second option in the Fox Valley.
4. Reserve review - Granite Ridge will send reserve changes over $10,000 to Omar before posting.
5. First reports - lag time is the big issue: our average was 6.2 days from injury to FROI this quarter vs. a target of 2. Theo will raise it at the client advisory meeting.

Next meeting: mid-quarter, Teams.

Omar

{sig(w, 'mid')}"""
    return mk(w.addr, [rn.addr, cs.addr, formataddr(("Brent Lindahl", f"blindahl@{GRANITE.dom}")),
                       formataddr(("Heather Voss", f"hvoss@{GRANITE.dom}"))],
              "Recap - quarterly WC program meeting", body, t0), ""


# ==========================================================================
# CLEAN / lookalike  -- numbers that look like PHI but are not
# ==========================================================================
def look_1():
    bn = ST["ben"]
    t0 = rdt(lo=dt.date(2025, 1, 2), hi=dt.date(2025, 5, 20))
    inv = f"AV{random.randint(10000000, 99999999)}"
    per = (t0.date().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    lines = [("Medical - Gold PPO 500", 412, 1188.34), ("Medical - Silver HDHP", 287, 842.10),
             ("Medical - Bronze HDHP", 96, 611.75), ("Pharmacy rider", 795, 0.0)]
    total = sum(n * r for _, n, r in lines)
    body = f"""{ALDER.name} - Premium Invoice

Group: {PEO} - Pool 2 (Group 44710)
Invoice #: {inv}
Coverage period: {per:%m/01/%Y} - {(per + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1):%m/%d/%Y}
Invoice date: {t0:%m/%d/%Y}
Due date: {per - dt.timedelta(days=1):%m/%d/%Y}
Your PO #: MWP-AVH-{t0.year}-{random.randint(10, 99)}

Line                        Subscribers   Rate        Amount
Medical - Gold PPO 500      412           blended     ${412 * 1188.34:,.2f}
Medical - Silver HDHP       287           blended     ${287 * 842.10:,.2f}
Medical - Bronze HDHP       96            blended     ${96 * 611.75:,.2f}
Retro adjustments (14)                                 $-8,472.16
TOTAL DUE                                              ${total - 8472.16:,.2f}

Remit ACH to: First Lakes Bank, ABA 075912648, Acct ****4471, reference {inv}.
Retro detail by subscriber is available in the Employer Billing portal (Reports > Reconciliation).

Questions: billing@{ALDER.dom} | {phone('608')} option 3

This is an automated notice from {ALDER.name} Employer Billing."""
    pdfb = pdf([f"{ALDER.name.upper()}", "PREMIUM INVOICE", "", f"Invoice # {inv}", "Group 44710 - Meridale Workforce Partners",
                f"Period: {per:%m/%Y}", "", f"TOTAL DUE: ${total - 8472.16:,.2f}", "", "Remit: First Lakes Bank ABA 075912648"], "Invoice")
    return mk(formataddr(("AVHP Employer Billing", f"billing@{ALDER.dom}")), bn.addr,
              f"Invoice {inv} - Group 44710 - {per:%B %Y}", body, t0, atts=[(pdfb, f"{inv}.pdf")],
              headers={"Auto-Submitted": "auto-generated"}), ""


def look_2():
    w = ST["wc"]
    t0 = rdt(lo=dt.date(2024, 12, 2), hi=dt.date(2025, 1, 24))
    rows = [["CPT", "Description", "2024 Max", "2025 Max", "Chg"],
            ["99203", "New pt office visit, low MDM", "$182.00", "$189.40", "+4.1%"],
            ["99213", "Est pt office visit, low MDM", "$118.50", "$123.10", "+3.9%"],
            ["97110", "Therapeutic exercise, 15 min", "$52.80", "$54.20", "+2.7%"],
            ["97140", "Manual therapy, 15 min", "$48.60", "$49.90", "+2.7%"],
            ["12002", "Simple repair 2.6-7.5 cm", "$168.00", "$172.00", "+2.4%"],
            ["72148", "MRI lumbar spine w/o contrast", "$1,104.00", "$1,131.60", "+2.5%"],
            ["29881", "Knee arthroscopy/meniscectomy", "$2,840.00", "$2,911.00", "+2.5%"],
            ["99455", "Work-related disability exam", "$210.00", "$216.30", "+3.0%"]]
    icd = """Most common ICD-10 codes on our book's first reports this year (for coding review only):
  S39.012A  Strain of muscle/tendon of lower back, initial
  S61.412A  Laceration w/o FB, left hand, initial
  S83.241A  Other tear of medial meniscus, right knee, initial
  S46.011A  Strain of rotator cuff, right shoulder, initial
  T67.5XXA  Heat exhaustion, unspecified, initial
  W01.0XXA  Fall on same level from slipping, tripping (external cause)"""
    body = f"""Team,

The 2025 WC medical fee schedule updates are effective for dates of service on or after 1/1. Granite Ridge applies the state schedule automatically, but clinics sometimes bill us by mistake - if you see a bill, these are the max allowable amounts for the codes we see most:

{aligned(rows, 3)}

{icd}

None of this changes how we handle claims - it's just so you can sanity check when a clinic calls about a short payment. Full schedule is on the shared drive under WC > Fee Schedules > 2025.

Omar"""
    return mk(w.addr, [ST["rn"].addr, ST["bil"].addr, ST["leave"].addr], "2025 WC fee schedule - common codes", body, t0), ""


def look_3():
    rn = ST["rn"]
    t0 = rdt()
    clinics = [("WorkWell Occupational Health - Rockford East", "4410 E State St, Rockford IL 61108", "(815) 398-2210", "(815) 398-2219", "1730288415", "M-F 7a-7p, Sat 8a-12p"),
               ("WorkWell Occupational Health - Joliet", "2205 W Jefferson St, Joliet IL 60435", "(815) 741-6620", "(815) 741-6629", "1730288423", "M-F 7a-6p"),
               ("Fox Valley Industrial Medicine", "3110 N Ballard Rd, Appleton WI 54911", "(920) 731-4480", "(920) 731-4489", "1548362091", "M-F 7:30a-5p"),
               ("Lakeshore Occupational Health Partners", "N14 W23777 Stone Ridge Dr, Waukesha WI 53188", "(262) 522-7130", "(262) 522-7139", "1295817734", "M-F 7a-5:30p"),
               ("Capital City Occ Med", "1 Fen Oak Ct, Madison WI 53718", "(608) 221-9040", "(608) 221-9049", "1861470255", "M-F 7a-5p; after hours -> UW urgent care")]
    txt = []
    for n, a, ph, fx, npi, hrs in clinics:
        txt.append(f"{n}\n  {a}\n  Phone {ph}  |  Fax {fx}\n  NPI {npi}  |  {hrs}")
    body = f"""Hi all,

Updated occupational health clinic list for 2025 attached and below. Please post it next to your first report forms and give a copy to every supervisor. For a non-life-threatening work injury, call the nurse triage line first: 1-866-472-8830 (24/7).

{chr(10).join(txt)}

Emergencies: call 911 / nearest ER, then notify us within 24 hours at {PEO_MAIN} or wc@{PD}.

Colleen Ferraro, RN, CCM
Nurse Case Manager | {PEO}
License RN 221873-30 (WI)"""
    rows = [["Clinic", "Address", "Phone", "Fax", "NPI", "Hours"]] + [list(c) for c in clinics]
    return mk(rn.addr, formataddr(("Meridale Client HR Contacts", f"clienthr-list@{PD}")),
              "2025 Occupational Health Clinic Directory", body, t0,
              atts=[(xlsx(rows, "Clinics"), "Occ_Health_Clinics_2025.xlsx")]), ""


def look_4():
    o = ST["ops"]
    t0 = rdt(lo=dt.date(2024, 9, 16), hi=dt.date(2024, 10, 11))
    tr = [f"7{random.randint(10000000000, 99999999999)}" for _ in range(6)]
    body = f"""Lindsey / Tasha -

OE packets shipped today via FedEx Ground:

  Tallgrass Joliet      2 boxes   {tr[0]}
  Riverbend Rockford    3 boxes   {tr[1]}
  Sunnyfield Appleton   2 boxes   {tr[2]}
  Pinecrest Madison     1 box     {tr[3]}
  Oakmere Waukesha      1 box     {tr[4]}
  Greenleaf Green Bay   1 box     {tr[5]}

Also got the paperwork from ShotCare for the onsite flu clinics so we have it on file:
  Vaccine: Fluzone-type quadrivalent, 0.5 mL PFS
  NDC 49281-0424-50   Lot UT8123BA   Exp 06/30/2025
  NDC 49281-0424-50   Lot UT8127CA   Exp 06/30/2025
  Storage log serial (fridge) DL-88214-C

They'll bring VIS sheets in English and Spanish. Invoice #SC-24-11873 to follow after the last clinic.

Gwen
ext. 101"""
    return mk(o.addr, [ST["ben"].addr, ST["benrep"].addr], "OE packets shipped + flu clinic lot info", body, t0), ""


def look_5():
    pm = ST["leavemgr"]; cs = ST["cs"]
    t0 = rdt(lo=dt.date(2024, 10, 7), hi=dt.date(2024, 10, 25))
    rows = [["Client", "Headcount", "New FMLA", "Intermittent", "STD claims", "Avg STD days", "WC claims", "Lost-time WC"],
            ["Tallgrass", 412, 19, 7, 11, 41.2, 9, 3],
            ["Riverbend", 286, 12, 5, 8, 36.8, 6, 2],
            ["Sunnyfield", 230, 17, 9, 10, 44.5, 7, 4],
            ["Pinecrest", 118, 5, 2, 3, 29.0, 2, 0],
            ["Copperline", 164, 6, 1, 4, 33.3, 1, 0],
            ["Oakmere", 75, 3, 0, 2, 52.0, 4, 2],
            ["Greenleaf", 96, 2, 0, 1, 28.0, 7, 2],
            ["Bluewater", 42, 4, 1, 3, 47.7, 0, 0]]
    body = f"""Theo,

Q3 leave and claims numbers for the client advisory deck (Jul 1 - Sep 30). Counts only, no case detail.

{aligned([[str(x) for x in r] for r in rows], 3)}

Book totals: 68 new FMLA cases (up 9% vs Q2), 25 intermittent, 42 STD claims with an average duration of 40.1 days; 36 WC claims, 13 lost-time. FMLA approval rate 91%; 6% incomplete/cure, 3% denied (mostly eligibility - under 1,250 hours).

Average days from leave request to designation notice: 3.8 (target 5). Oakmere's STD duration is skewed by a small number of long claims - I'd show them the median (38) if it comes up.

Paula"""
    return mk(pm.addr, cs.addr, "Q3 leave/claims stats for advisory deck", body, t0,
              html=html_with_table(body, aligned([[str(x) for x in r] for r in rows], 3), rows)), ""


def look_6():
    t0 = rdt()
    tk = f"INC{random.randint(100000, 999999)}"
    body = f"""Ticket {tk} has been updated.

Requester: Dev Patel (Payroll)
Category: Hardware > Workstation
Priority: P3 - Normal
Status: Resolved
Assigned to: Sam Okwuosa

Short description: Check printer (MICR) on PAY-WS-014 jamming, "toner low" error

Asset tag: MWP-00418     Serial: CNB7K2P4QD     IP: 10.20.14.57
Printer: MICR LaserJet, Serial VNB3R48120, firmware 2409.1

Resolution notes:
Replaced MICR toner cartridge (PN CF258X-M, lot 24-0917-B). Cleared jam in tray 2, ran 3 alignment test checks on blank stock, voided and shredded per payroll control procedure (check stock #s 0048812-0048814 logged as VOID in the check register). Confirmed with requester.

Time spent: 0h 45m

To reopen this ticket, reply to this email within 7 days.
{PEO} IT Service Desk | helpdesk@{PD} | ext. 190"""
    return mk(formataddr(("Meridale IT Service Desk", f"helpdesk@{PD}")), ST["pay"].addr,
              f"[{tk}] Resolved: Check printer (MICR) on PAY-WS-014", body, t0,
              headers={"Auto-Submitted": "auto-generated"}), ""


def look_7():
    tx = ST["tax"]
    c = CL["Copperline"]; hr = client_hr(c)
    t0 = rdt(lo=dt.date(2024, 12, 9), hi=dt.date(2025, 1, 17))
    body = f"""Victor,

Illinois IDES sent the 2025 unemployment insurance contribution rate notice for Copperline. Because you're in our PEO, we report under our account but IDES still issues an experience rate for your company, and we bill you at that rate.

  Employer account (IDES):   {random.randint(1000000, 9999999)}-{random.randint(0, 9)}
  FEIN on file:              {random.randint(10, 99)}-{random.randint(1000000, 9999999)}
  2025 contribution rate:    3.175% (2024: 3.525%)
  Taxable wage base:         $14,250 (2024: $13,916)
  Notice date:               {md(t0.date() - dt.timedelta(days=6))}/{t0.year}
  Protest deadline:          30 days from notice date

Estimated 2025 SUI cost at current headcount (164): $74,200 vs. $80,450 in 2024.

Also, the Q4 941 and IL-941 were filed on our consolidated return - confirmation #s 2025-0113-88410 (federal EFTPS) and IL-{random.randint(100000000, 999999999)}. Nothing needed from you.

Jamal Whitaker
{tx.title} | {PEO}
{tx.phone}"""
    return mk(tx.addr, hr.addr, "2025 IL SUI rate notice - Copperline", body, t0, cc=ST["paymgr"].addr), ""


# ==========================================================================
# CLEAN / news  -- newsletters, bulletins, aggregate summaries
# ==========================================================================
def news_1():
    t0 = rdt(lo=dt.date(2024, 12, 2), hi=dt.date(2024, 12, 20))
    body = f"""THE MERIDALE INSIDER - Client Edition | {t0:%B %Y}

IN THIS ISSUE
 1. 2025 benefit limits at a glance
 2. Compliance corner: paid leave laws keep spreading
 3. Open enrollment wrap-up
 4. Holiday payroll calendar

1. 2025 BENEFIT LIMITS AT A GLANCE
 - HSA contribution limit: $4,300 self-only / $8,550 family (+$1,000 catch-up at 55+)
 - Health FSA: $3,300; carryover up to $660
 - 401(k) deferral: $23,500; catch-up $7,500 (ages 60-63: $11,250)
 - ACA affordability threshold: 9.02% of household income

2. COMPLIANCE CORNER
Illinois' Paid Leave for All Workers Act is in its first full year, and we're seeing questions about how it stacks with FMLA and short-term disability. The short version: paid leave under the state law can run at the same time as FMLA if the reason qualifies for both, and STD benefits may be offset depending on your policy. Your HR Business Partner can walk you through your handbook language.

If you have employees in Minnesota, paid family and medical leave benefits start January 1, 2026, with premium contributions beginning in 2026 as well. We'll be in touch with affected clients early next year.

3. OPEN ENROLLMENT WRAP-UP
Thank you to everyone who hosted an enrollment day. Across our clients, 87% of employees completed enrollment online, up from 74% last year. Flu clinics delivered more than 600 vaccinations at client sites.

4. HOLIDAY PAYROLL CALENDAR
Payrolls with a 12/25 or 1/1 check date will be paid the prior business day. Please submit hours by 10 AM two business days before your check date.

Questions? Contact your Account Manager or call {PEO_MAIN}.

{PEO} | {PEO_ADDR}
You are receiving this because you are a client contact. Unsubscribe: https://{PD}/prefs"""
    logo = png_logo()
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">'
            '<table width="640" align="center" style="background:#fff;padding:16px">'
            '<tr><td><img src="cid:logo" alt="Meridale" width="180" height="48"></td></tr><tr><td>'
            + "".join(f"<p>{htmlmod.escape(p_).replace(chr(10), '<br>')}</p>" for p_ in body.split("\n\n")) +
            "</td></tr></table></body></html>")
    m = mk(formataddr(("The Meridale Insider", f"news@{PD}")), f"clientcontacts@{PD}",
           f"The Meridale Insider - {t0:%B %Y}", body, t0, html=html,
           headers={"List-Unsubscribe": f"<https://{PD}/prefs>", "Precedence": "bulk"})
    m.get_payload()[1].add_related(logo, maintype="image", subtype="png", cid="<logo>", filename="meridale_logo.png")
    return m, ""


def news_2():
    t0 = rdt(lo=dt.date(2025, 1, 27), hi=dt.date(2025, 2, 7))
    body = f"""WELLNESS BULLETIN - February

Heart Month: Know Your Numbers
February is American Heart Month. Heart disease remains the leading cause of death for adults in the U.S. Blood pressure, cholesterol and blood sugar screenings are covered at 100% as preventive care on every medical plan we offer - no copay, no deductible, at an in-network provider.

Five things worth doing this month:
  1. Book your annual physical if it's been more than a year.
  2. Try the free blood pressure kiosks at participating pharmacies.
  3. Take the stairs once a day - small changes add up.
  4. Use the Alder Valley app's telehealth for $0 on the Gold and Silver plans.
  5. If stress is getting to you, your Employee Assistance Program offers 6 free, confidential counseling sessions per issue. Call 1-877-303-4460, 24/7.

Flu is still circulating
State health departments are reporting elevated flu and RSV activity. It's not too late to get a flu shot - covered at 100% at in-network pharmacies.

Questions about your benefits? Call the Meridale Benefits Center at {PEO_MAIN}, option 2.

This bulletin is for general information and isn't medical advice."""
    return mk(formataddr(("Meridale Benefits Center", f"benefits@{PD}")), f"allemployees-worksite@{PD}",
              "Wellness Bulletin: Know your numbers this February", body, t0, html=True,
              headers={"Precedence": "bulk"}), ""


def news_3():
    t0 = rdt()
    body = f"""Introducing ReturnWell(SM) from {NORTHGATE.name}

Dear Partner,

We're pleased to announce ReturnWell, a return-to-work program now included at no additional cost with all Northgate group disability policies of 50 lives or more.

What's included
 - Early intervention: a vocational rehabilitation consultant contacts claimants with musculoskeletal and surgical conditions within 5 business days of claim intake.
 - Workplace modification fund: up to $2,500 per claim for equipment or workstation changes that help an employee return sooner.
 - Employer toolkit: transitional duty templates, job analysis forms and a supervisor training video.

Results from our pilot
In our 2023-2024 pilot across 212 employer groups, claims with a ReturnWell referral closed a median of 11 days sooner than comparable claims, and 68% of participants returned to their own occupation. Employers reported fewer lapsed claims transitioning to LTD.

Learn more in our 30-minute webinar on the last Thursday of the month at 11 AM CT. Register at https://www.{NORTHGATE.dom}/returnwell

{NORTHGATE.name} | Group Benefits
To unsubscribe from broker and partner communications, visit https://www.{NORTHGATE.dom}/preferences."""
    return mk(formataddr((f"{NORTHGATE.name}", f"partners@{NORTHGATE.dom}")), ST["ben"].addr,
              "Introducing ReturnWell - return-to-work support for your clients", body, t0, html=True,
              headers={"Precedence": "bulk"}), ""


def news_4():
    rn = ST["rn"]
    t0 = rdt(lo=dt.date(2025, 5, 12), hi=dt.date(2025, 6, 6))
    body = f"""SAFETY BULLETIN - Heat Illness Prevention for Outdoor Crews

Summer is coming, and with it the highest-risk months for heat-related illness among landscaping, construction and warehouse workers. Federal data show heat is a leading weather-related cause of death in the U.S., and a large share of heat illness cases at work happen in the first few days on the job, before workers are acclimatized.

WATER. REST. SHADE.
 - Water: at least 1 cup every 15-20 minutes, even if not thirsty.
 - Rest: build in breaks, longer and more frequent as the heat index rises.
 - Shade: provide shade or air-conditioned space for breaks.

ACCLIMATIZATION
New and returning workers should start with no more than 20% of a normal workload in the heat on day one, increasing gradually over 1-2 weeks.

KNOW THE SIGNS
Heat exhaustion: heavy sweating, dizziness, headache, nausea, weakness. Move to a cool place, loosen clothing, sip water.
Heat stroke: confusion, slurred speech, hot dry skin or profuse sweating, seizures, loss of consciousness. CALL 911. Cool the worker immediately with water or ice.

Supervisor checklist, posters (English/Spanish/Hmong) and a 10-minute toolbox talk are on the client portal under Safety > Heat.

Colleen Ferraro, RN, CCM | Meridale Loss Control"""
    return mk(rn.addr, f"clientsafety-list@{PD}", "Safety Bulletin: Heat illness prevention", body, t0,
              cc=ST["wc"].addr, html=True), ""


def news_5():
    t0 = rdt(lo=dt.date(2025, 3, 3), hi=dt.date(2025, 3, 28))
    body = f"""Meridale Research Brief | What our 2024 data says about return to work

Each year we look back at our whole book of leave and disability cases to see what's working. A few findings from 2024 (all figures are aggregate across client companies; no individual case data is shared):

- 1,240 short-term disability claims closed in 2024. Median duration was 38 days; the longest durations were in musculoskeletal and behavioral health claims.
- Employees offered a transitional / light duty assignment returned a median of 9 days sooner than those who were not.
- Claims where the employer contacted the employee within the first week (a simple check-in call, no medical questions) were 23% less likely to transition to long-term disability.
- Intermittent FMLA made up 31% of new FMLA cases but 58% of HR questions to our team - mostly about tracking and coding time.

What this means for you
1. Have a light duty plan before you need it.
2. A supportive call from a manager matters - just keep it about the person, not the diagnosis.
3. Let us handle the paperwork; you handle the welcome back.

Full report (PDF, 12 pages) available on the client portal.

{PEO} Client Insights Team"""
    return mk(formataddr(("Meridale Client Insights", f"insights@{PD}")), f"clientcontacts@{PD}",
              "Research brief: 2024 return-to-work trends", body, t0, html=True,
              headers={"Precedence": "bulk"}), ""


def news_6():
    cm = ST["comp"]
    t0 = rdt(lo=dt.date(2024, 9, 9), hi=dt.date(2024, 10, 4))
    body = f"""Regulatory Update - Leave & Accommodation ({t0:%B %Y})

To: HR Business Partners, Leave Administration, Client Services

1. Pregnant Workers Fairness Act (PWFA) - final regulations
The EEOC's final rule is in effect. Key points for our team: employers must provide reasonable accommodations for known limitations related to pregnancy, childbirth or related medical conditions, even for temporary inability to perform an essential function. Documentation requests should be limited; for certain simple modifications (extra breaks, water, sitting/standing, food and drink) employers generally should not require supporting documentation. We've updated the accommodation intake script accordingly.

2. FMLA forms
The DOL's model certification and notice forms (WH-380-E, WH-380-F, WH-381, WH-382) carry an updated expiration date. LeaveLink templates have been refreshed; please discard any locally saved copies.

3. Illinois and Wisconsin updates
No changes to Wisconsin FMLA this quarter. Illinois employers: reminder that the state paid leave law's notice poster must be displayed and provided electronically where employees don't regularly visit a worksite.

4. ADA interactive process
Recent guidance continues to stress timely, documented, good-faith dialogue. Our 10-business-day target from request to first meeting stands.

Questions to me directly.

Neil Fairbanks
{cm.title} | {PEO}

Attorney-client privileged and confidential. For internal use only."""
    return mk(cm.addr, [f"hrbp@{PD}", f"leave@{PD}", f"clientservices@{PD}"],
              f"Regulatory update - leave & accommodation ({t0:%b %Y})", body, t0), ""


# ==========================================================================
# CLEAN / staff  -- schedules, rosters, HR, celebrations
# ==========================================================================
def staff_1():
    pm = ST["leavemgr"]
    t0 = rdt(lo=dt.date(2024, 12, 2), hi=dt.date(2024, 12, 13))
    rows = [["Date", "Primary", "Backup", "Absence line / queue"],
            ["Mon 12/23", "Renee Castellano, CLMS", "Jordan Pike", "Marisol Ybarra"],
            ["Tue 12/24 (half day)", "Jordan Pike", "Paula Szymanski, CLMS, SHRM-SCP", "Jordan Pike"],
            ["Thu 12/26", "Marisol Ybarra", "Renee Castellano, CLMS", "Marisol Ybarra"],
            ["Fri 12/27", "Paula Szymanski, CLMS, SHRM-SCP", "Marisol Ybarra", "Paula Szymanski"],
            ["Mon 12/30", "Renee Castellano, CLMS", "Jordan Pike", "Renee Castellano"],
            ["Tue 12/31 (half day)", "Jordan Pike", "Marisol Ybarra", "Jordan Pike"],
            ["Thu 1/2", "All hands", "", ""]]
    body = f"""Leave team,

Holiday coverage is below. Office closed 12/25 and 1/1. Colleen (RN, CCM) is covering clinical questions remotely on the 26th and 27th; Omar has WC both weeks with Colleen as his backup.

{aligned(rows, 3)}

If you need to swap, work it out between you and just let me know. Please put your out-of-office on with the leave@ box and the main line {PEO_MAIN} ext. 230 - not your cell.

Thank you all for a great year.
Paula"""
    return mk(pm.addr, [ST["leave"].addr, ST["leave2"].addr, ST["bil"].addr], "Holiday coverage - leave team",
              body, t0, cc=[ST["rn"].addr, ST["wc"].addr], html=html_with_table(body, aligned(rows, 3), rows)), ""


def staff_2():
    ceo = ST["ceo"]
    t0 = rdt(lo=dt.date(2025, 4, 7), hi=dt.date(2025, 4, 25))
    fri = t0.date() + dt.timedelta(days=(4 - t0.weekday()) % 7 or 7)
    body = f"""Team,

Please join me in congratulating our April work anniversaries:

  Colleen Ferraro, RN, CCM - 10 years (!)
  Dev Patel - 5 years
  Tasha Greenwood - 3 years
  Sam Okwuosa - 1 year

Colleen built our nurse case management program from scratch - a lot of our clients' injured workers got back to their jobs sooner because of her. Thank you, Colleen.

We'll celebrate at the potluck in the 4th floor break room {fri:%A} {md(fri)} at noon. Sign-up sheet is on the fridge - Gwen has plates, cake is on me. Vegetarian and gluten-free options will be labeled.

Doug

Douglas Reinholt
President | {PEO}"""
    return mk(ceo.addr, f"allstaff@{PD}", "April anniversaries + potluck Friday", body, t0, html=True,
              atts=[(png_logo(240, 64, fg=(200, 80, 40), accent=(240, 190, 40)), "celebrate.png")]), ""


def staff_3():
    pm = ST["leavemgr"]
    t0 = rdt()
    st_ = wkday_after(t0, 6)
    en = st_ + dt.timedelta(weeks=6)
    body = f"""Hi all,

Jordan will be out on leave starting {longd(st_)}, returning on or around {longd(en)}.

While Jordan is out:
  - Bluewater, Pinecrest and Copperline cases -> Renee
  - Tallgrass intermittent cases -> Marisol
  - Jordan's payroll coding emails -> Dev will get them from me directly

Jordan's out-of-office and voicemail will point to the leave@ box. Please don't contact Jordan about work while out - if something comes up that only Jordan would know, come to me.

Thanks for pitching in.
Paula"""
    return mk(pm.addr, [ST["leave"].addr, ST["bil"].addr, ST["pay"].addr], "Coverage - Jordan out starting " + md(st_),
              body, t0), ""


def staff_4():
    pm = ST["paymgr"]
    t0 = rdt(lo=dt.date(2024, 11, 4), hi=dt.date(2024, 11, 15))
    body = f"""Meridale staff,

Because of Thanksgiving, internal timesheet and PTO deadlines move up:

  Week ending 11/24 - submit timesheets by Friday 11/22, 3:00 PM
  Week ending 12/1  - submit by Tuesday 11/26, 12:00 PM (office closes at noon Wed 11/27)
  Managers approve by 9:00 AM the next business day

Our own payroll (not client payroll) for check date 11/29 will be direct deposited on 11/27. PTO requests for 11/29 need to be in the system by 11/20 so they show on the right pay period.

Holiday pay: 11/28 and 11/29 are paid holidays for full-time staff. Part-time staff receive holiday pay pro-rated per the handbook.

Carla Jorgensen
{pm.title} | {PEO}"""
    return mk(pm.addr, f"allstaff@{PD}", "Thanksgiving week - timesheet & PTO deadlines", body, t0), ""


def staff_5():
    rn = ST["rn"]; cs = ST["cs"]
    t0 = rdt()
    st_ = next_monday(t0) + dt.timedelta(days=7)
    body = f"""Everyone,

I'm very happy to announce that Priya Raman, BSN, RN, CCM, joins us on {longd(st_)} as our second Nurse Case Manager.

Priya spent 8 years in orthopedic and post-surgical nursing at a Milwaukee-area hospital and the last 4 years as a field case manager for a workers' compensation carrier, where she covered southeastern Wisconsin and northern Illinois. She's certified in case management (CCM) and is finishing her Certified Occupational Health Nurse (COHN) credential this year.

Priya will take the Illinois clients (Tallgrass, Riverbend, Copperline) and I'll keep the Wisconsin clients. She'll shadow me for the first two weeks.

Her desk is 4-112, ext. 249, and email priya.raman@{PD} is already set up. Please stop by and say hello.

Colleen

Colleen Ferraro, RN, CCM
Nurse Case Manager"""
    return mk(rn.addr, f"allstaff@{PD}", "Welcome Priya Raman, RN, CCM", body, t0, cc=cs.addr), ""


def staff_6():
    w = ST["wc"]
    t0 = rdt(lo=dt.date(2025, 2, 17), hi=dt.date(2025, 2, 28))
    people = [("Omar Haddad", phone("262")), ("Colleen Ferraro, RN", phone("920")),
              ("Hannah Bergstrom", phone("414")), ("Theo Nakamura", phone("262"))]
    rows = [["Week (Fri 5p - Fri 8a)", "On call", "Cell", "Backup"]]
    d = dt.date(2025, 3, 7)
    for i in range(8):
        a = people[i % 4]; b = people[(i + 1) % 4]
        rows.append([f"{md(d)} - {md(d + dt.timedelta(days=7))}", a[0], a[1], b[0]])
        d += dt.timedelta(days=7)
    body = f"""All,

After-hours injury / emergency line rotation for March and April. The answering service pages the on-call person for: serious workplace injuries, fatalities or hospitalizations (OSHA reportable), and workplace violence. Routine "someone cut their finger" calls go to the nurse triage line, not to you.

{aligned(rows, 3)}

Reminder: OSHA requires reporting an in-patient hospitalization, amputation or loss of an eye within 24 hours and a fatality within 8 hours - that's the client's obligation, but we walk them through it.

Omar"""
    return mk(w.addr, [ST["rn"].addr, ST["hrbp"].addr, ST["cs"].addr], "After-hours on-call rotation Mar-Apr",
              body, t0, atts=[(csv_text(rows), "oncall_MarApr.csv")]), ""


def staff_7():
    tr = ST["trn"]
    t0 = rdt(lo=dt.date(2025, 1, 6), hi=dt.date(2025, 2, 14))
    body = f"""Hi all,

Certification renewal reminders for 2025 - please check yours and let me know if any dates are wrong:

  Colleen Ferraro     CCM       renews 06/30/2025   80 CE hrs needed (62 logged)
  Colleen Ferraro     RN (WI)   renews 02/28/2026
  Paula Szymanski     CLMS      renews 09/30/2025
  Renee Castellano    CLMS      renews 03/31/2026
  Lindsey Marsh       CEBS      annual CE by 12/31
  Hannah Bergstrom    SHRM-CP   renews 11/30/2025   60 PDCs (41 logged)
  Jamal Whitaker      CPP       renews 01/31/2026
  Dev Patel           FPC       renews 05/31/2025   exam or 60 RCHs

Reminder: the company reimburses exam and renewal fees and up to $1,200/yr of CE courses. Submit receipts through Concur under "Professional Certification." DMEC and APA conference sessions count toward most of these.

Lauren Ashby
{tr.title} | {PEO}"""
    return mk(tr.addr, [ST["rn"].addr, ST["leavemgr"].addr, ST["leave"].addr, ST["ben"].addr,
                        ST["hrbp"].addr, ST["tax"].addr, ST["pay"].addr],
              "2025 certification renewals", body, t0), ""


# ==========================================================================
# CLEAN / training  -- fictional / test / de-identified material
# ==========================================================================
def train_1():
    tr = ST["trn"]
    t0 = rdt()
    body = f"""New hire cohort - here's the case study for Thursday's FMLA session. Read it before class; we'll work through it in groups.

CASE STUDY 3 (fictional)
"Employee A" has worked for a 140-person client company for 14 months and worked 1,410 hours in the last 12 months. Employee A calls the absence line on a Monday and says they'll be out "for a while" to take care of a parent who was just discharged from the hospital and can't be left alone. Employee A's supervisor emails you asking what's wrong with the parent and whether Employee A is "actually coming back."

Questions:
 1. Is Employee A eligible for FMLA? Show your math.
 2. What notice(s) do we send, and by when?
 3. What can you tell the supervisor? What can't you tell them?
 4. The certification comes back listing "3 days per week" of care. Employee A is out 5 days the first week. What do you do?
 5. Employee A asks whether their own health insurance continues. Answer in plain language.

Bring your laptop - we'll practice entering this case in the LeaveLink training environment (training.leavelink-hr.com, not production).

Lauren"""
    return mk(tr.addr, f"newhire-cohort@{PD}", "Pre-read: FMLA case study 3 (Thursday)", body, t0,
              atts=[(docx(["**Case Study 3 - Fictional - For Training Only**",
                            "Employee A: 14 months of service, 1,410 hours in last 12 months, 140 employees within 75 miles.",
                            "Reason: care of a parent after a hospital discharge.",
                            "Work through questions 1-5 in your group. There are no real employees in this case."]),
                     "FMLA_Case_Study_3.docx")]), ""


def train_2():
    tr = ST["trn"]
    t0 = rdt()
    body = f"""Answer key for last week's Benefits 101 quiz. Average score was 84% - nice work.

1. Which of these is a qualifying life event that allows a mid-year medical change?
   a) getting married  b) deciding the deductible is too high  c) a new year's resolution
   ANSWER: a

2. How many days does an employee generally have to request a change after a birth?
   ANSWER: 30 days (our plans); HIPAA special enrollment rights require at least 30.

3. True/False: A spouse losing coverage through their own employer is a qualifying event.
   ANSWER: True

4. Which form do we send within 14 days after the plan is notified of a COBRA event?
   ANSWER: The COBRA election notice.

5. An employee on unpaid FMLA leave stops paying premiums. What happens?
   ANSWER: We follow the plan's grace period (30 days) and send written notice 15 days before coverage would end. See Leave SOP 4.2.

6. Where do evidence-of-insurability forms go?
   ANSWER: Directly to the carrier's underwriting unit - never to the client.

Retakes are open through Friday in the LMS.

Lauren Ashby
{tr.title}"""
    return mk(tr.addr, f"newhire-cohort@{PD}", "Benefits 101 quiz - answer key", body, t0), ""


def train_3():
    it = ST["it"]; s = ST["leave"]
    t0 = rdt()
    rows = [["Step", "Action", "Test record", "Expected result", "Pass/Fail"],
            ["1", "Create leave request via ESS", "TESTEMP, ALPHA (EE 999001)", "Case created, webhook fires", ""],
            ["2", "Attach sample cert PDF", "TESTEMP, ALPHA", "Doc indexed to case", ""],
            ["3", "Approve continuous leave 6 wks", "TESTEMP, ALPHA", "Payroll code FML-U posted to test payroll", ""],
            ["4", "Create intermittent case", "TESTEMP, BRAVO (EE 999002)", "Case + usage tracker created", ""],
            ["5", "Log 4 hrs usage", "TESTEMP, BRAVO", "Hours deducted from 480 bank", ""],
            ["6", "Close case w/ RTW", "TESTEMP, ALPHA", "RTW letter generated, payroll code removed", ""],
            ["7", "Verify no data sent to PROD HRIS", "all", "Zero records in PROD", ""]]
    body = f"""Renee,

UAT for the LeaveLink -> HRIS integration is scheduled for Wednesday in the TEST tenant. Script below. All records are test records created in the sandbox (SSNs 999-xx-xxxx, DOB 01/01/1990, address 123 Test St) - please don't use any real employee in the sandbox.

{aligned(rows, 2)}

Mark pass/fail in the attached sheet and I'll collect them Thursday.

Sam"""
    return mk(it.addr, s.addr, "UAT script - LeaveLink/HRIS integration (TEST tenant)", body, t0,
              cc=ST["leave2"].addr, atts=[(xlsx(rows, "UAT"), "UAT_LeaveLink_HRIS_v3.xlsx")]), ""


def train_4():
    bo = ST["benops"]
    t0 = rdt()
    seg = ["ISA*00*          *00*          *ZZ*MERIDALEWP     *ZZ*NEWCARRIER     *250101*0900*^*00501*000000001*0*T*:~",
           "GS*BE*MERIDALEWP*NEWCARRIER*20250101*0900*1*X*005010X220A1~",
           "ST*834*0001*005010X220A1~", "BGN*00*SAMPLE001*20250101*0900****4~",
           "N1*P5*MERIDALE WORKFORCE PARTNERS*FI*000000000~",
           "INS*Y*18*021*28*A***FT~", "REF*0F*999000001~",
           "NM1*IL*1*SAMPLE*MEMBER*A***34*999000001~", "N3*123 TEST ST~", "N4*ANYTOWN*WI*00000~",
           "DMG*D8*19900101*F~", "HD*021**HLT*TESTPLAN*EMP~", "DTP*348*D8*20250101~",
           "INS*Y*18*021*28*A***FT~", "REF*0F*999000002~",
           "NM1*IL*1*SAMPLE*SUBSCRIBER*B***34*999000002~", "N3*456 TEST AVE~", "N4*ANYTOWN*WI*00000~",
           "DMG*D8*19850615*M~", "HD*021**HLT*TESTPLAN*ESP~", "DTP*348*D8*20250101~",
           "INS*N*01*021*28*A~", "REF*0F*999000002~", "NM1*IL*1*SAMPLE*SPOUSE*B~",
           "DMG*D8*19870320*F~", "HD*021**HLT*TESTPLAN*ESP~", "DTP*348*D8*20250101~"]
    seg += [f"SE*{len(seg) - 1}*0001~", "GE*1*1~", "IEA*1*000000001~"]
    body = f"""Hi,

As part of onboarding, attached is our SAMPLE 834 test file for your EDI team to validate against your companion guide. This file is flagged as a test interchange (ISA15 = T) and contains only fictitious sample members (all SSNs in the 999 range, "SAMPLE" last names, address 123 Test St, Anytown WI 00000). Nothing in it represents a real person.

Once you return a clean 999 and a TA1, we'll schedule the parallel test with real data through SFTP only - never email.

Ben Adeyemi
{bo.title} | {PEO}"""
    return mk(bo.addr, formataddr(("Carrier Implementation", "implementation@summitdentalplan.com")),
              "Onboarding - SAMPLE 834 test file", body, t0,
              atts=[("\n".join(seg) + "\n", "MWP_SAMPLE_834_TEST.x12")]), ""


def train_5():
    tr = ST["trn"]; rn = ST["rn"]
    t0 = rdt()
    paras = ["**Lunch & Learn: Return to Work That Works - a de-identified case study**",
             "All identifying details have been removed or changed. This case is a composite used for training.",
             "**Background**",
             "A warehouse worker in their 40s strained their lower back lifting at work. Initial restrictions: no lifting over 10 lbs, change position every 30 minutes. The employer initially said no light duty existed.",
             "**What happened**",
             "Week 1-2: off work, receiving wage replacement. Week 3: the nurse case manager and the employer built a transitional duty assignment (cycle counting with a scanner, seated as needed). Week 6: restrictions raised to 25 lbs. Week 9: full duty.",
             "**Discussion questions**",
             "1. What made the employer comfortable offering transitional duty?",
             "2. How should the supervisor talk to the worker without asking about medical details?",
             "3. What would you document, and where?",
             "**Takeaways**",
             "Have a transitional duty menu ready for each job family. Keep medical information with the nurse case manager; supervisors need restrictions, not diagnoses."]
    body = f"""Hi everyone,

Materials for Wednesday's lunch & learn with Colleen are attached - a short de-identified case study on transitional duty. Please skim before you come. Lunch is from the Thai place; reply with any dietary needs.

Lauren"""
    return mk(tr.addr, f"allstaff@{PD}", "Lunch & Learn Wednesday - RTW case study", body, t0,
              cc=rn.addr, atts=[(docx(paras), "RTW_case_study_deidentified.docx")]), ""


def train_6():
    tr = ST["trn"]
    t0 = rdt()
    sample = pdf(["SAMPLE - FOR TRAINING ONLY - FICTITIOUS PATIENT", "",
                  "Anytown Family Clinic (fictitious)", "",
                  "Patient: Jane Sample      DOB: 01/01/1990 (sample)",
                  "Date: 01/02/2025", "",
                  "Jane Sample was seen in clinic today.",
                  "She may return to work on 01/06/2025 with no lifting over 20 lbs for 2 weeks.",
                  "Diagnosis: (redacted for training)", "",
                  "Signed: Dr. Example, MD (fictitious)"], "SAMPLE work note")
    body = f"""Team,

For Friday's refresher on handling doctors' notes, attached is a SAMPLE work note (fictitious patient "Jane Sample" - not a real person). We'll practice:

  1. What to pull from the note: dates, restrictions, provider signature.
  2. What NOT to pass to the client: diagnosis, treatment, medications.
  3. How to write the RTW letter to the supervisor using only restrictions.
  4. Where the original goes (LeaveLink case file - never a shared drive or email folder).

Exercise: draft the supervisor letter for "Jane Sample" using the template and bring it to class.

Lauren Ashby
{tr.title} | {PEO}"""
    return mk(tr.addr, [f"leave@{PD}", f"hrbp@{PD}"], "Refresher Friday - handling doctors' notes (sample attached)",
              body, t0, atts=[(sample, "SAMPLE_work_note_training.pdf")]), ""


# ==========================================================================
# Main
# ==========================================================================
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
    for label, kind, funcs in PLAN:
        for i, fn in enumerate(funcs, 1):
            msg, patient = fn()
            name = f"{label}-{kind}-{i:03d}.eml"
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.SMTP))
            rows.append([name, label, kind, patient if label == "phi" else ""])
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__":
    main()
