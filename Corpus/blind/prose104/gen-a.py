#!/usr/bin/env python3
"""Generate a blind evaluation set of email for an organ and tissue donation
organisation (OPO).  Everything here is invented.  Standard library only.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, re, csv, json, random, zipfile, zlib, struct, textwrap, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 10401
random.seed(SEED)

# ---------------------------------------------------------------- helpers
def D(s):
    t = textwrap.dedent(s)
    end = "\n\n" if t.endswith("\n\n") else "\n"
    return t.strip("\n") + end

def tzfor(month, day=15, year=2024):
    # US Pacific: daylight time from the 2nd Sunday of March to the 1st Sunday of November
    def nth_sunday(y, m, n):
        first = datetime.date(y, m, 1)
        return first + datetime.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    dd = datetime.date(year, month, day)
    dst = nth_sunday(year, 3, 2) <= dd < nth_sunday(year, 11, 1)
    return datetime.timezone(datetime.timedelta(hours=-7 if dst else -8))

def dt(y, mo, d, h=9, mi=0):
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tzfor(mo, d, y))

def rdate(start=(2024, 1, 8), end=(2025, 5, 30), night=False):
    a = datetime.date(*start); b = datetime.date(*end)
    day = a + datetime.timedelta(days=random.randint(0, (b - a).days))
    if night:
        h = random.choice([0, 1, 2, 3, 4, 5, 22, 23])
    else:
        h = random.randint(7, 18)
    return dt(day.year, day.month, day.day, h, random.randint(0, 59))

def later(d, minutes=0, hours=0, days=0):
    n = d + datetime.timedelta(minutes=minutes, hours=hours, days=days)
    return n.replace(tzinfo=tzfor(n.month, n.day, n.year))

def fmt_outlook(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")

def fmt_gmail(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")

def mdy(d):
    return f"{d.month}/{d.day}/{d.year}"

def msgid(domain, style=None):
    style = style or random.choice(["plain", "outlook", "gmail", "app"])
    if style == "outlook":
        core = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
        return f"<{core}@{random.choice(['BY5PR','SJ0PR','CO1PR','MW4PR'])}{random.randint(10,19)}MB{random.randint(1000,9999)}.namprd{random.randint(10,19)}.prod.outlook.com>"
    if style == "gmail":
        core = "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(40))
        return f"<CA+{core}@mail.gmail.com>"
    if style == "app":
        return f"<{random.getrandbits(48):012x}.{random.randint(100000,999999)}.notify@{domain}>"
    return f"<{random.getrandbits(64):016x}.{random.randint(1000,9999)}@{domain}>"

def phone(area=None):
    area = area or random.choice(["360", "253", "509", "503", "541", "425"])
    return f"({area}) {random.randint(202,989)}-{random.randint(1000,9999)}"

def phone_dash(area=None):
    area = area or random.choice(["360", "253", "509", "503"])
    return f"{area}-{random.randint(202,989)}-{random.randint(1000,9999)}"

def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))

def letters(n):
    return "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

def dob(age_lo=18, age_hi=80, ref=2024):
    y = ref - random.randint(age_lo, age_hi)
    return datetime.date(y, random.randint(1, 12), random.randint(1, 28))

def dstr(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"

# ---------------------------------------------------------------- names
FEM = ["Lorraine", "Teresa", "Marisol", "Beatriz", "Gloria", "Janet", "Colleen", "Nadia", "Priya", "Kendra",
       "Roxanne", "Shauna", "Yolanda", "Imelda", "Bethany", "Delphine", "Hannah", "Ruth", "Corinne", "Leticia",
       "Monique", "Tamsin", "Adaeze", "Ingrid", "Valerie", "Rosalind", "Keiko", "Antoinette", "Darlene", "Fiona",
       "Gwendolyn", "Paloma", "Renata", "Svetlana", "Wendy", "Ximena", "Joelle", "Margit", "Opal", "Lucinda"]
MAS = ["Ruben", "Walter", "Dwayne", "Marcus", "Harold", "Kyle", "Tobias", "Desmond", "Emeka", "Anselm",
       "Brandon", "Curtis", "Douglas", "Everett", "Garrett", "Hector", "Isaac", "Jerome", "Lyle", "Mateo",
       "Nolan", "Orville", "Percy", "Quentin", "Rashad", "Stellan", "Terrence", "Ulysses", "Vaughn", "Wendell",
       "Alistair", "Bertrand", "Cormac", "Dariusz", "Elliot", "Fitzgerald", "Gideon", "Hollis", "Ignacio", "Jasper"]
LAST = ["Delgado", "Okafor", "Pruitt", "Whitfield", "Hennessy", "Oyelaran", "Benning", "Lang", "Vance", "Abernathy",
        "Sorensen", "Kowalczyk", "Hargrove", "Pierce", "Farris", "Nakashima", "Castellanos", "Ambrose", "Birchall",
        "Coulter", "Drummond", "Eberhardt", "Fairweather", "Galloway", "Halvorsen", "Iverson", "Jablonski", "Kittredge",
        "Lindqvist", "Marchetti", "Nyberg", "Oduya", "Pendergast", "Quintero", "Rasmussen", "Stavros", "Thibodeaux",
        "Underhill", "Valderrama", "Wexler", "Yardley", "Zielinski", "Achterberg", "Brannigan", "Cuthbert", "Dunleavy",
        "Esposito", "Fenwick", "Gallardo", "Haverford", "Ingersoll", "Juarez", "Kirkpatrick", "Loftus", "Mwangi",
        "Northcott", "Ostrowski", "Prescott", "Rademacher", "Sandoval", "Trevino", "Vandermeer", "Whitcombe", "Yilmaz"]
LAST += ["Ashby-Cole", "Bergstrom", "Caldwell", "Delacroix", "Ellingson", "Forsythe", "Gutierrez", "Hoang",
         "Ibarra", "Jorgensen", "Kaminski", "Lachance", "McAllister", "Navarro", "Okonjo", "Park", "Quigley", "Rosales",
         "Schaefer", "Tanaka", "Umeh", "Vasquez", "Winslow", "Yamada", "Zamora", "Albright", "Boateng", "Cheng",
         "Dominguez", "Estrada", "Fitzhugh", "Gorski", "Holmberg", "Isaksen", "Jimenez", "Kessler", "Lowry", "Mercer",
         "Novak", "Ortega", "Petrov", "Reinholt", "Sato-Burke", "Tolliver", "Urquhart", "Voss", "Wojcik", "Youngblood",
         "Ashworth", "Baptiste", "Corcoran", "Dziedzic", "Everly", "Ferrante", "Greenlee", "Hutchins", "Kowal", "Lombardi",
         "Moreau", "Nwosu", "Oliveira", "Pham-Lowe", "Rutledge", "Salcedo", "Tembo", "Villanueva", "Whitaker", "Zhou"]
LAST += ["Aldridge", "Bancroft", "Castaneda", "Dempsey", "Eastman", "Falkner", "Gromek", "Hadley", "Ishikawa", "Janssen",
         "Kovacs", "Ledbetter", "Munoz", "Nilsen", "Oyama", "Pacheco", "Quaid", "Redfern", "Sorrell", "Tierney",
         "Uchida", "Vickery", "Wardlaw", "Xiong", "Yoder", "Zajac", "Atwater", "Brightman", "Cisneros", "Doherty",
         "Engstrom", "Fairbanks", "Garrow", "Hinojosa", "Ivanova", "Jankowski", "Keane", "Lindgren", "Marsh", "Nakamura",
         "Obi", "Pruett-Lowe", "Ruelas", "Stroud", "Truong", "Ueda", "Varga", "Weatherby", "Yusuf", "Zaragoza",
         "Arbuckle", "Beauchamp", "Chavira", "Duckworth", "Ekwueme", "Fonseca", "Gebremedhin", "Hallett", "Inman",
         "Kwiatkowski", "Larkspur", "Montague", "Nakagawa", "Ochoa", "Pelletier", "Radcliffe", "Sheffield", "Tollefson"]
FEM += ["Abigail", "Bernadette", "Camila", "Daphne", "Esther", "Francesca", "Georgia", "Harriet", "Iris", "Josephine",
        "Kirsten", "Lorena", "Maribel", "Noreen", "Olivia", "Penelope", "Rhiannon", "Sabrina", "Thea", "Ursula",
        "Vivian", "Willa", "Yesenia", "Zora", "Anika", "Brigid", "Celeste", "Dolores"]
MAS += ["Ambrose", "Benedict", "Calvin", "Dominic", "Edgar", "Felix", "Grant", "Howard", "Irwin", "Julian",
        "Kenji", "Leon", "Malcolm", "Nathaniel", "Oscar", "Pablo", "Raymond", "Silas", "Thaddeus", "Victor",
        "Warren", "Xavier", "Yusuf", "Zachary", "Arjun", "Bruno", "Clifford", "Dmitri"]
# first names used by scripted patients, families and named contacts: not handed out at random
AVOID_FIRST = {"Ruben", "Gloria", "Janet", "Kyle", "Theresa", "Harold", "Lyle", "Shauna", "Marcus", "Beatrice", "Walter",
               "Mateo", "Everett", "Jolene", "Corinne", "Michael", "Dariusz", "Hollis", "Yolanda", "Tyler", "Dwayne",
               "Rosalind", "Valerie", "Gideon", "Marisol", "Renata", "Tamsin", "Darlene", "Leticia", "Fabienne", "Joy",
               "Marivic", "Carla", "Irina", "Priya", "Jenna", "Dawn", "Raj", "Paige", "Andres"}
UNIQUE_FIRST = [True]
# surnames reserved for scripted patients and named third parties: never handed out at random
SCRIPTED = {"Delgado", "Okafor", "Pruitt", "Whitfield", "Hennessy", "Oyelaran", "Benning", "Lang", "Vance", "Abernathy",
            "Sorensen", "Kowalczyk", "Hargrove", "Pierce", "Farris", "Quintero", "Galloway", "Fairweather", "Iverson",
            "Achterberg", "Kittredge", "Rasmussen", "Nyberg", "Sandoval", "Whitcombe", "Valderrama", "Thibodeaux",
            "Coulter", "Drummond", "Esposito", "Nakashima", "Volkova", "Macaraeg", "Dalisay", "Nguyen-Park", "Desir",
            "Bautista", "Ferreira", "Alvarez", "Okonkwo", "Albrecht", "Venkataraman", "Pham", "Halverson"}
_used = set()
_used_last = set()

def newname(sex=None):
    s = sex or random.choice("FM")
    firsts = [x for x in (FEM if s == "F" else MAS) if x not in AVOID_FIRST]
    f = random.choice(firsts)
    pool = [l for l in LAST if l not in SCRIPTED and l not in _used_last]
    if not pool:
        pool = [l for l in LAST if l not in SCRIPTED]
    for _ in range(200):
        l = random.choice(pool)
        if (f, l) not in _used:
            break
        f = random.choice(firsts)
    _used.add((f, l))
    _used_last.add(l)
    if UNIQUE_FIRST[0]:
        AVOID_FIRST.add(f)
    return f, l

def reserve(f, l):
    _used.add((f, l))
    return f, l

# ---------------------------------------------------------------- organisations
ORG = "Cascadia Lifeshare Alliance"
ORGD = "cascadialifeshare.org"
ORG_ADDR = "2250 Harbor Loop Drive, Suite 400, Fircrest Landing, WA 98466"
ORG_LINE = "Donor Referral Line 1-800-555-0144 (24/7)"

HOSP = {
    "mercy":   dict(name="Mercy Ridge Medical Center", dom="mercyridgemed.org", mrn=lambda: "MR" + digits(7)),
    "brendan": dict(name="St. Brendan Regional Hospital", dom="stbrendanhealth.org", mrn=lambda: digits(8)),
    "valley":  dict(name="Valley Crest Trauma Center", dom="valleycrest-health.net", mrn=lambda: "V" + digits(6)),
    "cfalls":  dict(name="Columbia Falls Community Hospital", dom="cfch-wa.org", mrn=lambda: digits(7)),
    "harlow":  dict(name="Harlow County Medical Center", dom="harlowcountymc.org", mrn=lambda: "HC-" + digits(6)),
}
TXC = dict(name="Northbrook University Transplant Institute", dom="northbrookhealth.org")
HEART = dict(name="Pacific Summit Heart & Lung Program", dom="pacificsummitmed.org")
LAB = dict(name="Allogen Histocompatibility Laboratory", dom="allogenlab.net")
EYE = dict(name="Clearview Eye Bank of the Northwest", dom="clearvieweyebank.org")
TISSUE = dict(name="Meridian Biologics", dom="meridianbiologics.com")
ME = dict(name="Harlow County Medical Examiner", dom="harlowcounty-me.net")

def donor_id():
    return letters(3) + digits(3)

def case_no(year=24):
    return f"CLA-{year}-{random.randint(100, 1999):04d}"

# ---------------------------------------------------------------- people
class P:
    def __init__(self, title, creds="", dom=ORGD, sex=None, style=None, name=None, dept=None):
        self.first, self.last = reserve(*name) if name else newname(sex)
        self.title, self.creds, self.dom, self.dept = title, creds, dom, dept
        style = style or "flast"
        if style == "flast":
            local = (self.first[0] + self.last).lower()
        elif style == "first.last":
            local = f"{self.first}.{self.last}".lower()
        else:
            local = style
        self.email = f"{local}@{dom}"
        self.phone = phone()
        self.cell = phone_dash()

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def addr(self):
        return formataddr((self.name, self.email))

    def sig(self, org=ORG, cell=False, fax=False, short=False):
        n = self.name + (", " + self.creds if self.creds else "")
        if short:
            return f"\n{self.first}\n"
        lines = ["", "--", n, self.title]
        if self.dept:
            lines.append(self.dept)
        lines.append(org)
        lines.append(f"Office {self.phone}" + (f" | Cell {self.cell}" if cell else ""))
        if fax:
            lines.append(f"Fax {phone()}")
        return "\n".join(lines) + "\n"

# Cascadia staff roster
S = dict(
    orc1=P("Organ Recovery Coordinator", "RN, CPTC", sex="F"),
    orc2=P("Organ Recovery Coordinator", "BSN, RN", sex="M"),
    orc3=P("Senior Organ Recovery Coordinator", "RN, CCRN, CPTC", sex="F"),
    fsc1=P("Family Services Coordinator", "MSW", sex="F"),
    fsc2=P("Family Services Coordinator", "", sex="M"),
    after=P("Donor Family Aftercare Coordinator", "", sex="F"),
    after2=P("Aftercare Program Assistant", "", sex="M"),
    hdev=P("Hospital Development Liaison", "RN", sex="F"),
    hdev2=P("Hospital Services Manager", "MHA", sex="M"),
    edu=P("Clinical Educator", "MSN, RN, CPTC", sex="F"),
    md=P("Medical Director", "MD", sex="M"),
    refer=P("Donor Referral Specialist", "", sex="F", dept="Donor Referral Line"),
    refer2=P("Referral Line Supervisor", "", sex="M", dept="Donor Referral Line"),
    tissue=P("Tissue Recovery Supervisor", "CTBS", sex="M"),
    tech=P("Tissue Recovery Technician", "", sex="F"),
    qa=P("Quality & Regulatory Manager", "RN, CPTC", sex="F"),
    hr=P("Human Resources Generalist", "SHRM-CP", sex="F", dept="People & Culture"),
    pay=P("Payroll Specialist", "", sex="M", dept="Finance"),
    fin=P("Controller", "CPA", sex="F", dept="Finance"),
    it=P("IT Systems Administrator", "", sex="M", dept="Information Technology"),
    fac=P("Facilities & Fleet Coordinator", "", sex="M"),
    comms=P("Communications Manager", "", sex="F", dept="Community Relations"),
    lab=P("Donor Lab Coordinator", "MLS(ASCP)", sex="F"),
    ops=P("Director of Clinical Operations", "RN, MSN, CPTC", sex="M"),
    ceo=P("President & CEO", "", sex="F"),
)
UNIQUE_FIRST[0] = False
ALLSTAFF = formataddr(("All Staff", "allstaff@" + ORGD))
CLIN = formataddr(("Clinical Operations", "clinops@" + ORGD))

DISC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
        "recipient(s) and may contain confidential and privileged information. Any unauthorized review, "
        "use, disclosure or distribution is prohibited. If you are not the intended recipient, please "
        "contact the sender by reply e-mail and destroy all copies of the original message.")
DISC_SHORT = "This message may contain confidential information. If received in error, please notify the sender and delete."
HOSP_DISC = ("This electronic message is intended only for the addressee and may contain information that is "
             "privileged and confidential under state and federal law. If you received this in error, notify the "
             "sender immediately and delete it.")

def quote_gmail(text, who, d):
    q = "\n".join(("> " + l) if l.strip() else ">" for l in text.rstrip("\n").split("\n"))
    return f"\nOn {fmt_gmail(d)} {who} wrote:\n{q}\n"

def quote_outlook(text, frm, to, d, subj, cc=None):
    h = f"\n-----Original Message-----\nFrom: {frm}\nSent: {fmt_outlook(d)}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    h += f"Subject: {subj}\n\n"
    return h + text

def fwd_block(text, frm, to, d, subj):
    return (f"\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {fmt_gmail(d)}\n"
            f"Subject: {subj}\nTo: {to}\n\n" + text)

def html_wrap(body_text, sig_color="#2a6f4e"):
    esc = body_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p style=\"margin:0 0 10px 0\">{p.replace(chr(10), '<br>')}</p>" for p in esc.split("\n\n"))
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            f"font-size:11pt;color:#1f1f1f\">{paras}<hr style=\"border:0;border-top:1px solid {sig_color}\">"
            f"<p style=\"font-size:8pt;color:#777\">{ORG} &middot; {ORG_ADDR}</p></body></html>")

# ---------------------------------------------------------------- message builder
def mk(frm, to, subj, date, body, cc=None, html=None, atts=(), headers=None, mid_dom=None, mid_style=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    dom = mid_dom or (frm.split("@")[-1].rstrip(">") if "@" in frm else ORGD)
    if mid_style is None:
        if dom in ("gmail.com",):
            mid_style = "gmail"
        elif dom.endswith(".org") or dom.endswith(".net"):
            mid_style = random.choice(["plain", "outlook", "outlook"])
        else:
            mid_style = random.choice(["plain", "outlook"])
    m["Message-ID"] = msgid(dom, mid_style)
    for k, v in (headers or {}).items():
        m[k] = v
    body = re.sub(r"\n{3,}", "\n\n", body)
    m.set_content(body)
    if html is True:
        m.add_alternative(html_wrap(body), subtype="html")
    elif html:
        m.add_alternative(html, subtype="html")
    for fn, ctype, data in atts:
        mt, st = ctype.split("/")
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

def reply_headers(parent_domain=ORGD):
    ref = msgid(parent_domain, random.choice(["plain", "outlook"]))
    return {"In-Reply-To": ref, "References": ref}

# ---------------------------------------------------------------- file formats
ZDT = (2024, 6, 1, 12, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
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
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])

def docx(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
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

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 10 Tf", "13 TL", "50 760 Td"]
    for i, l in enumerate(lines):
        content.append(f"({esc(l)}) Tj" if i == 0 else f"T* ({esc(l)}) Tj")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (PDF writer 1.2) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()

def png(w=120, h=40, bg=(255, 255, 255), band=None, border=None):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            c = bg
            if band and band[0] <= y < band[1]:
                c = band[2]
            if border and (x < 2 or y < 2 or x >= w - 2 or y >= h - 2):
                c = border
            raw.extend(c)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))

LOGO = png(160, 48, bg=(255, 255, 255), band=(30, 40, (42, 111, 78)), border=(42, 111, 78))

def ics(summary, start, end, location, desc, organizer, uid_dom=ORGD):
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Cascadia Lifeshare//Scheduler 3.1//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{random.getrandbits(64):016x}@{uid_dom}\r\nDTSTAMP:{f(start)}\r\nDTSTART:{f(start)}\r\nDTEND:{f(end)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()

# ---------------------------------------------------------------- registry
REG = []

def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# =====================================================================
# PHI - care
# =====================================================================
@reg("phi", "care")
def care_honor_walk():
    h = HOSP["mercy"]
    pf, pl = reserve("Ruben", "Delgado")
    wife = "Marisela"
    cn = P("Charge Nurse, ICU 4 West", "RN", dom=h["dom"], sex="F", style="first.last")
    d = rdate()
    body = D(f"""
    {S['orc1'].first},

    Quick update on Mr. Delgado in 4W bed 11 before you head over.

    His wife {wife} and the two daughters are driving up from Yakima and should be at Mercy Ridge around 7pm.
    {cn.first} ({cn.title}) is holding the family consult room on 4 West for them - it's the one past the
    nourishment room, not the big waiting area. Chaplain Rev. Osei is on tonight and said he'll come up as
    soon as they arrive. The older daughter asked if they can bring his guitar in. I said yes, please let
    the bedside RN know so nobody stops them at the desk.

    They'd like the honor walk. I told them we're looking at around 0530 but nothing is locked until
    they've had their time with him, and that we'll come find them before anything moves. Please keep
    OR 6 as tentative with the house sup until I text you. Son-in-law (Andres) is the one to call with
    logistics questions, {phone('509')} - {wife} has asked not to get calls overnight.

    I'll be back on site by 0430. Call me if anything changes.
    """) + S['fsc1'].sig(cell=True) + "\n" + DISC + "\n"
    m = mk(S['fsc1'].addr, S['orc1'].addr, "Delgado family - arrival tonight / honor walk", d, body,
           cc=[cn.addr], mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_recipient_ride():
    pf, pl = reserve("Gloria", "Whitfield")
    sw = P("Transplant Social Worker", "LICSW", dom=TXC["dom"], sex="F", style="first.last",
           dept="Abdominal Transplant Clinic")
    d = rdate()
    appt = later(d, days=6)
    body = D(f"""
    Hi Evergreen scheduling team,

    Requesting round-trip transportation for one of our patients:

    Name: {pf} {pl}
    Pickup: 4417 Sparrow Hill Rd, Apt 2B, Enumclaw WA 98022
    Phone: {phone('360')} (she may not pick up an unknown number - please leave a voicemail)
    Appointment: {appt.strftime('%A')} {mdy(appt)}, check in 8:15 AM, Northbrook Transplant Clinic, Pavilion C, 3rd floor
    Return: approx 12:30 PM, she'll have labs first and then clinic

    She is not allowed to drive yet and her husband works days. She needs a front seat ride if possible,
    and please no long shared routes - she gets tired quickly and has to keep a small cooler with her
    (it's her water and pill organizer, nothing that needs special handling).

    This will be a standing ride: twice weekly for the next 4 weeks, then weekly. I'll send the full
    schedule once clinic confirms it. Billing goes to her Apple Health managed care plan as before.

    Thank you,
    """) + sw.sig(org=TXC["name"], fax=True)
    m = mk(sw.addr, formataddr(("Evergreen Medical Rides", "scheduling@evergreenmedrides.com")),
           f"Ride request - {pl}, {pf} - starting {mdy(appt)}", d, body, mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_aftercare_packet():
    mf, ml = reserve("Janet", "Pruitt")
    d = rdate()
    a, b = S['after'], S['after2']
    body = D(f"""
    {b.first} -

    can you put together a packet for Janet Pruitt today? She's Kyle's mom (donated in October, Valley Crest).
    She called this morning pretty upset - she never got the 30-day letter and she thought we'd forgotten about
    him. Looks like it went to the old address on Cedar.

    New mailing address:
      Janet Pruitt
      88 Orchard Street
      Wenatchee, WA 98801

    Please include:
      - the 30-day letter (reprint, change the date line)
      - the memorial quilt square kit + return envelope
      - Healing Hearts support group flyer (the Wenatchee one meets 2nd Tuesdays)
      - the "writing to recipients" guide - she wants to write to the people who got his kidneys and liver

    I told her someone would call her back before Friday about the recipient updates. I'll do that call
    myself, just put it on my calendar for Thursday afternoon. Her cell is {phone('509')}.

    Also please update the address in iTransplant/the aftercare tracker so the 6-month mailing goes to the
    right place.

    thx
    {a.first}
    """)
    m = mk(a.addr, b.addr, "Pruitt packet - new address", d, body)
    return m, f"Kyle {ml}; {mf} {ml}"

@reg("phi", "care")
def care_overnight_handover():
    h = HOSP["brendan"]
    pf, pl = reserve("Theresa", "Nguyen-Park")
    d = rdate(night=True)
    mrn = h["mrn"]()
    body = D(f"""
    Handoff for overnight - St. Brendan MICU

    Pt: Theresa Nguyen-Park, MICU bed 12, MRN {mrn}
    Status: on hold, NOT approached yet. Family meeting tomorrow 1000 w/ Dr. Alvarez (intensivist) + palliative.
    Her sister Linh is flying in from Denver, lands ~0800. Husband wants to wait for her before any conversations.
    Please don't go in the room unless the bedside RN invites you.

    Bedside RN tonight is Kim (ext 4471). Check in with her q4h by phone, you don't need to be on site.
    Last vitals I got were stable on current drips. Charge RN knows we're following.

    Registry search came back - she IS on the state registry (signed up at DOL 2019). Hold that until the
    family meeting. {S['fsc2'].first} is covering the 1000 meeting with me.

    Paperwork started in the chart folder, referral # in the log. I'll pick it back up at 0700.
    """) + S['orc3'].sig(cell=True)
    m = mk(S['orc3'].addr, S['orc2'].addr, "handoff - St B MICU 12", d, body, cc=[S['fsc2'].addr])
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_tissue_recovery_me():
    pf, pl = reserve("Harold", "Benning")
    t = S['tissue']
    d = rdate().replace(hour=12, minute=random.randint(0, 40))
    start = d.replace(hour=15, minute=30, second=0)
    end = later(start, hours=4)
    body = D(f"""
    Team,

    We're on for Harold Benning at the Harlow County ME facility this afternoon.

      ME release: 1400 (Investigator Pham confirmed)
      Team on site: 1530 - {S['tech'].first}, Marco, and me
      Van: #4, loaded with long bone and skin kits + 2 cardiac kits (heart for valves is in)
      Family: authorization by his wife, Darlene, recorded phone call at 1115

    Mrs. Benning asked that his wedding ring stay on him and that his tattoo on the left forearm (his kids'
    names) not be disturbed. Please note it on the recovery sheet and brief everyone before we start.
    She's also asked for a hand impression kit for the grandkids - I put one in the van.

    Funeral home is Larkin & Sons, they want him by 2100. Let's keep it tight.

    Invite attached so it's on everyone's calendar.
    """) + t.sig(cell=True)
    inv = ics(f"Tissue recovery - Benning - Harlow Co ME", start, end,
              "Harlow County ME, 1900 Depot St, Bay B",
              "Release 1400. Ring stays on. Forearm tattoo - do not disturb. Hand impression kit in van.",
              t)
    m = mk(t.addr, [S['tech'].addr, formataddr(("Tissue Recovery Team", "tissueteam@" + ORGD))],
           "Recovery today - Benning @ Harlow ME 1530", d, body,
           atts=[("invite.ics", "text/calendar", inv)])
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_daughter_worry():
    pf, pl = reserve("Lyle", "Galloway")
    dau_f, _ = reserve("Shauna", "Galloway")
    c = S['fsc2']
    d = rdate(night=True)
    prev = later(d, hours=-9)
    earlier = D(f"""
    Hi Shauna,

    It was good to meet you and your brother this afternoon. As we talked about, your dad will stay in the
    ICU at St. Brendan while we do the next steps, and the nurses will keep caring for him the same way they
    have been. You can visit any time - you don't need to call ahead. My cell is {c.cell} if you have
    questions day or night.

    {c.first}
    """)
    body = D(f"""
    hi {c.first} sorry its so late. is anyone with my dad tonight? Ricky wanted to go back up and see him
    one more time but he works at 6 and can't get there til tomorrow after 3. will dad still be there
    then? nobody told us what time things are happening and I don't want him to be alone. also my aunt
    Pat wants to come from Spokane, can she go in without us there or does she need one of us

    thank you for everything today. i know i wasn't making much sense

    Shauna
    Sent from my iPhone
    """) + quote_gmail(earlier, f"{c.name} <{c.email}>", prev)
    m = mk(formataddr(("Shauna G", "shaunag1984@gmail.com")), c.addr, "Re: Your dad - next steps", d, body,
           headers=reply_headers(), mid_style="gmail")
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_pharmacy_delivery():
    pf, pl = reserve("Marcus", "Oyelaran")
    rn = P("Post-Transplant Nurse Coordinator", "RN, CCTC", dom=TXC["dom"], sex="F", style="first.last")
    d = rdate()
    b = dob(30, 60)
    body = D(f"""
    Hi Coastal Specialty team,

    Please change the delivery address for {pf} {pl} (DOB {dstr(b)}) for his next three fills. He is
    staying with his sister for the first month after discharge so she can help him:

        c/o Abena Oyelaran-Reyes
        1207 Kestrel Ct
        Puyallup, WA 98374

    He was discharged yesterday afternoon. All of his new meds went to his home address on Monday, so the
    sister's place needs the full box - he'll bring his pill organizer with him but not the bottles. Please
    include the blue cooler bag again, he liked that. Signature required, sister or patient only.

    Also his copay card info changed; financial counselor is sending it separately.

    Call me at {rn.phone} if anything is on hold. Thank you!
    """) + rn.sig(org=TXC["name"], fax=True) + "\n" + HOSP_DISC + "\n"
    m = mk(rn.addr, formataddr(("Coastal Specialty Pharmacy", "intake@coastalspecialtyrx.com")),
           "Delivery address change - Oyelaran", d, body, mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "care")
def care_aftercare_task():
    sf, sl = reserve("Beatrice", "Lang")
    a = S['after']
    d = rdate()
    due = later(d, days=3)
    body = D(f"""
    AFTERCARE TRACKER - TASK REMINDER
    ---------------------------------
    Assigned to: {a.name}
    Due: {mdy(due)}
    Task type: 6-Month Anniversary Call
    Case: {case_no()}

    Contact: Beatrice Lang (spouse)
    Donor: Walter Lang
    Date of donation: {mdy(later(d, days=-180))}
    Preferred contact: Phone (mornings before 11) - {phone('253')}
    Alt: email bealang.writes@outlook.com
    Language: English
    Notes from last contact: Prefers not to receive the group invitations. Asked for an update on the
    recipients at the 6-month call. Recipient letter (left kidney recipient) received {mdy(later(d, days=-12))},
    pending review.

    Open this task: https://aftercare.{ORGD}/tasks/{random.randint(40000, 49999)}

    This is an automated message from Aftercare Tracker. Do not reply.
    """)
    m = mk(formataddr(("Aftercare Tracker", "no-reply@" + ORGD)), a.addr,
           f"Task due {mdy(due)}: 6-Month Anniversary Call - Lang", d, body,
           headers={"Auto-Submitted": "auto-generated", "X-Mailer": "AftercareTracker/2.4"}, mid_style="app")
    return m, f"Walter {sl}; {sf} {sl}"

# =====================================================================
# PHI - ids
# =====================================================================
@reg("phi", "ids")
def ids_serology_repeat():
    h = HOSP["valley"]
    did = donor_id()
    mrn = h["mrn"]()
    d = rdate(night=True)
    body = D(f"""
    {S['orc2'].first} - repeat on {did} is back.

    HBcAb total: REACTIVE (repeat, same specimen pre-transfusion draw {d.strftime('%m/%d')} 1840)
    HBsAg: NR
    HBV NAT: NR
    HCV Ab / NAT: NR / NR
    HIV-1/2 Ag/Ab / NAT: NR / NR

    Please update DonorNet and let the centers that already accepted know before they fly. Hospital MRN on
    the tube labels was {mrn} - Valley Crest lab confirmed it matches the pre-transfusion sample, so no
    hemodilution issue.

    Final printed report to follow from the lab.
    """) + S['lab'].sig()
    m = mk(S['lab'].addr, S['orc2'].addr, f"{did} - HBcAb repeat REACTIVE", d, body, cc=[S['ops'].addr])
    return m, ""

@reg("phi", "ids")
def ids_referral_page():
    h = HOSP["cfalls"]
    d = rdate(night=True)
    mrn = h["mrn"]()
    b = dob(40, 75)
    ref = f"R-{d.strftime('%y')}-{random.randint(10000, 19999)}"
    body = D(f"""
    NEW REFERRAL  {ref}
    Received: {d.strftime('%m/%d/%Y %H:%M')}
    Hospital: {h['name']} - ICU
    Caller: Paige (RN)  cb {phone('509')}
    Pt MRN: {mrn}   DOB: {dstr(b)}   Sex: M   Wt: 94 kg
    Vent: Y   GCS: 3T   Trigger: GCS<=5 / plan to discuss withdrawal
    Admit: fall from ladder, intubated in ED
    Family at bedside: Y   Family aware of referral: N
    Meds: norepi 6 mcg/min
    Next step: on-site eval requested - ORC on call paged

    Reply 1 to accept, 2 to request callback.
    """)
    m = mk(formataddr(("Referral Line", "referrals@" + ORGD)), S['orc1'].addr,
           f"REF {ref} CFCH ICU - GCS 3T", d, body,
           headers={"X-Priority": "1", "Auto-Submitted": "auto-generated"}, mid_style="app")
    return m, ""

@reg("phi", "ids")
def ids_hospital_account():
    h = HOSP["harlow"]
    pfs = P("Patient Financial Services Rep", "", dom=h["dom"], sex="F", style="first.last")
    d = rdate()
    acct = digits(8)
    mem = "XQH" + digits(9)
    b = dob(25, 60)
    decl = later(d, days=-21)
    body = D(f"""
    Hello,

    I'm following up on account {acct} (patient DOB {dstr(b)}, date of death {mdy(decl)}). Charges
    from {mdy(decl)} 16:42 forward were billed in error to the patient's commercial plan, member ID
    {mem}, and the family received an EOB showing $38,412.60 in pending charges. The widow called our
    office very upset.

    Per our agreement, those post-declaration charges (ICU room, labs, pharmacy, OR time) should come to
    Cascadia Lifeshare. I have reversed the claim with the payer. Can you confirm you want me to send the
    itemized bill to your finance address, and the PO or donor reference we should use? Our system shows
    "Lifeshare case" but no number.

    Thank you,
    """) + pfs.sig(org=h["name"]) + "\n" + HOSP_DISC + "\n"
    m = mk(pfs.addr, S['fin'].addr, f"Acct {acct} - donor charges billed to family insurance", d, body,
           cc=[formataddr(("Accounts Payable", "ap@" + ORGD))], mid_style="outlook")
    return m, ""

@reg("phi", "ids")
def ids_center_decline():
    did = donor_id()
    mr = random.randint(1500000, 1999999)
    wl = digits(8)
    sc = P("Liver Transplant Surgeon on call", "MD", dom=TXC["dom"], sex="M", style="first.last")
    d = rdate(night=True)
    body = D(f"""
    Confirming by email as requested:

    Donor {did}, match run {mr}, liver.
    Candidate WL ID {wl} (seq #3) - DECLINE, code 830 (donor age/quality), per Dr. {sc.last}.
    Candidate at seq #7 is ours as well, same code - please bypass.

    Our candidate's MELD went up this afternoon and he was admitted to 7 North, so we would take a look
    at a different offer for him, just not this one.

    Northbrook Transplant Coordinator on call
    {phone('206')}
    """)
    m = mk(formataddr(("NUTI Liver Coordinator", "livercoord@" + TXC["dom"])),
           formataddr(("Organ Placement", "placement@" + ORGD)), f"Decline - {did} liver - seq 3/7", d, body)
    return m, ""

@reg("phi", "ids")
def ids_me_release():
    inv = P("Medicolegal Death Investigator", "D-ABMDI", dom=ME["dom"], sex="M", style="first.last")
    d = rdate()
    caseno = f"ME{d.strftime('%y')}-{random.randint(1000, 2999):05d}"
    b = dob(19, 45)
    body = D(f"""
    Lifeshare tissue team,

    Case {caseno} (DOB {dstr(b)}, pronounced {d.strftime('%m/%d')} 0312 at residence) is released for tissue
    recovery with the following restrictions from Dr. Faulk:

      - no recovery from the LEFT lower extremity (documented injuries)
      - blood and vitreous for tox to be drawn by us first; do not draw femoral
      - photos of the torso before incision, send to this email

    Body is in cooler bay 3. Autopsy is scheduled for tomorrow 0800 so recovery needs to be complete by
    2200 tonight. Next of kin contact info is on the release form (fax sent to your referral line).

    {inv.first} {inv.last}
    {inv.title}
    {ME['name']}
    {inv.phone}
    """)
    m = mk(inv.addr, formataddr(("Tissue Recovery Team", "tissueteam@" + ORGD)),
           f"Release - {caseno}", d, body, cc=[S['tissue'].addr])
    return m, ""

@reg("phi", "ids")
def ids_crossmatch():
    did = donor_id()
    d = rdate(night=True)
    acc = "X" + digits(7)
    rows = []
    for i in range(3):
        rows.append((digits(8), random.choice(["NEG", "NEG", "NEG", "POS (weak, DTT-treated NEG)"]),
                     random.choice(["NEG", "NEG", "POS"])))
    tbl = "\n".join(f"  {r[0]}    T-cell FCXM: {r[1]:<28} B-cell FCXM: {r[2]}" for r in rows)
    body = D(f"""
    Final flow crossmatch, donor {did} (accession {acc}), ABO O, specimen LN + peripheral blood received
    {d.strftime('%m/%d %H:%M')}.

    Recipient candidate IDs (Northbrook kidney list):
    """) + tbl + "\n\n" + D(f"""
    Donor HLA typing was uploaded to DonorNet at {later(d, hours=-2).strftime('%H:%M')}. Virtual crossmatch
    for the 2 pancreas candidates was already reported. Signed report attached in the portal.

    Allogen Histocompatibility Laboratory - on call technologist
    {phone('206')}
    """)
    m = mk(formataddr(("Allogen HLA On-Call", "oncall@" + LAB["dom"])),
           [formataddr(("Organ Placement", "placement@" + ORGD)), formataddr(("NUTI Kidney Coordinator", "kidneycoord@" + TXC["dom"]))],
           f"FCXM final {did}", d, body)
    return m, ""

@reg("phi", "ids")
def ids_aftercare_optout():
    a2 = S['after2']
    d = rdate()
    cs = case_no()
    wrong = dob(30, 70)
    right = wrong.replace(day=min(28, wrong.day + 4))
    body = D(f"""
    Hi {S['after'].first},

    Two things on {cs}:

    1) The donor's wife called and asked to be taken off the 1-year anniversary mailing and the
    Donate Life walk invitations. She still wants to get letters from the recipients if any come in.
    I flagged it "correspondence only" in the tracker.

    2) She also said the DOB on the certificate of life we sent is wrong. We have {dstr(wrong)}, she says it
    should be {dstr(right)}. I checked the donor chart in iTransplant and it shows {dstr(right)}, so the
    error is in the aftercare tracker only. Can you fix it before the certificate gets reprinted?

    {a2.first}
    """)
    m = mk(a2.addr, S['after'].addr, f"{cs} - opt out + DOB fix", d, body)
    return m, ""

@reg("phi", "ids")
def ids_medicare_rebill():
    fc = P("Transplant Financial Coordinator", "", dom=TXC["dom"], sex="M", style="first.last")
    d = rdate()
    tx = later(d, days=-40)
    mbi = f"{random.randint(1,9)}{letters(1)}{letters(1)}{random.randint(0,9)}-{letters(2)}{random.randint(0,9)}-{letters(2)}{random.randint(10,99)}"
    mcd = digits(9) + "WA"
    clm = tx.strftime("%Y%m%d") + digits(5)
    body = D(f"""
    Jenna,

    For the kidney recipient transplanted {mdy(tx)}:

    Primary: Medicare Part A/B, MBI {mbi}
    Secondary: Apple Health (Medicaid) ProviderOne ID {mcd}

    Claim {clm} was denied by the secondary because they didn't have the primary EOB. Medicare paid
    on the DRG 652 inpatient claim last week; I've attached the remit info in Epic. Please re-bill
    secondary with the MSP and the Part A payment. The organ acquisition line (rev code 0812) should stay
    on the claim, do not drop it.

    Also note his immunosuppressant Part B coverage starts from the transplant date, so pharmacy should
    be billing Part B for the tacrolimus, not Part D.

    Thanks,
    """) + fc.sig(org=TXC["name"])
    m = mk(fc.addr, formataddr(("Jenna Albrecht", "jenna.albrecht@" + TXC["dom"])),
           f"Rebill secondary - claim {clm}", d, body, mid_style="outlook")
    return m, ""

# =====================================================================
# PHI - lang
# =====================================================================
@reg("phi", "lang")
def lang_spanish_family():
    pf, pl = reserve("Mateo", "Quintero")
    coord = P("Coordinadora de Servicios Familiares", "", sex="F", name=("Leticia", "Valderrama"))
    d = rdate()
    prev = later(d, days=-2, hours=-3)
    earlier = D(f"""
    Estimada familia Quintero:

    Les escribo para darles mi información de contacto, como hablamos en el hospital. Mi celular es
    {coord.cell}. Pueden llamarme o escribirme en cualquier momento si tienen preguntas sobre la donación
    de Mateo o sobre los siguientes pasos con la funeraria.

    Con mucho cariño,
    Leticia Valderrama
    Cascadia Lifeshare Alliance
    """)
    body = D(f"""
    Buenas tardes Leticia,

    Le escribo de parte de mi mamá. Queremos saber cuándo van a entregar el cuerpo de mi hermano Mateo a
    la funeraria. El padre de la iglesia quiere hacer la misa el sábado y en la funeraria Hernández nos
    dicen que todavía no tienen fecha. Mi mamá está muy preocupada porque quiere verlo antes y vestirlo
    ella misma con la camisa que le compró para su graduación.

    También, ¿nos pueden mandar una copia del papel que firmó mi mamá (la autorización)? En el hospital no
    nos dieron copia. Y mi tía pregunta si es verdad que le van a quitar los ojos - yo le expliqué que son
    solo las córneas y que no se va a notar, pero ella no me cree. ¿Usted podría hablar con ella? Se llama
    Socorro y su número es {phone('509')}.

    El número de mi mamá es {phone('509')} pero ella solo habla español. Mi número es el mismo de antes.

    Gracias por todo lo que hicieron por Mateo en el Valley Crest. Las enfermeras fueron muy buenas con él.

    Rocío Quintero

    Enviado desde mi Galaxy
    """) + quote_gmail(earlier, f"Leticia Valderrama <{coord.email}>", prev)
    m = mk(formataddr(("Rocio Quintero", "rocioq.77@yahoo.com")), coord.addr,
           "Re: Información de contacto - familia Quintero", d, body, headers=reply_headers())
    return m, f"{pf} {pl}"

@reg("phi", "lang")
def lang_vietnamese_letter():
    a = S['after']
    d = rdate()
    body = D(f"""
    Chào chị {a.first},

    Tôi là Trần Thị Hoa, mẹ của Trần Văn Minh. Con tôi hiến tạng ở bệnh viện St. Brendan vào tháng Tư năm
    ngoái. Con gái tôi giúp tôi gõ thư này vì tôi không biết viết tiếng Anh.

    Chị có nói là tôi có thể viết thư cho người đã nhận quả tim của Minh. Đây là thư của tôi. Nhờ chị dịch
    và gửi giúp tôi. Tôi không ghi họ tên đầy đủ hay địa chỉ trong thư như chị dặn.

    ----------------------------------------

    Gửi người đã nhận được quả tim của con tôi,

    Tôi là mẹ của Minh. Con tôi mất khi mới 27 tuổi, sau tai nạn xe máy trên đường đi làm về. Gia đình tôi
    quyết định hiến tạng vì Minh luôn muốn giúp đỡ người khác. Cháu đã đăng ký hiến tạng khi lấy bằng lái xe.

    Minh là một đứa con hiếu thảo. Sáng Chủ nhật nào cháu cũng nấu phở bò cho cả nhà, và cháu chơi đàn
    ghi-ta rất hay. Cháu thích đi câu cá với bố ở hồ.

    Tôi mong bạn đang khỏe mạnh. Nếu bạn muốn, tôi rất muốn biết bạn có khỏe không, bạn có gia đình không.
    Mỗi ngày tôi đều thắp nhang và cầu nguyện cho Minh và cho bạn.

    Thương mến,
    Mẹ của Minh

    ----------------------------------------

    Dạo này tôi ngủ không được và hay bị đau đầu. Bác sĩ gia đình cho tôi thuốc ngủ nhưng tôi không muốn
    uống nhiều. Chị có biết nhóm hỗ trợ nào cho người Việt không?

    Cảm ơn chị nhiều.
    Trần Thị Hoa
    ĐT: {phone('253')}
    """)
    m = mk(formataddr(("Kim Tran", "kimtran.family88@gmail.com")), a.addr, "Thư gửi người nhận tim của Minh",
           d, body, mid_style="gmail")
    return m, "Trần Văn Minh; Trần Thị Hoa"

@reg("phi", "lang")
def lang_chinese_son():
    h = HOSP["brendan"]
    d = rdate()
    liaison = S['hdev']
    body = D(f"""
    {liaison.first}女士，您好：

    我是王建国的儿子王磊。我父亲现在在St. Brendan医院的重症监护室（ICU 8床），病历号 {h['mrn']()}。
    昨天神经科医生说他的脑部损伤非常严重，护士说你们机构的协调员会来和我们谈器官捐献的事情。

    我母亲英语不太好，她希望谈话的时候有普通话翻译，最好不要用电话翻译。另外，我姐姐从上海回来，
    后天（星期四）晚上才到西雅图，我们希望等她到了以后再做决定。

    有几个问题想先问一下：
    1. 如果捐献的话，会影响办葬礼吗？我们希望能开棺瞻仰遗容。
    2. 费用方面，家里需要付钱吗？医院的账单会不会寄给我们？
    3. 我父亲有二十多年的糖尿病，一直在打胰岛素，肾脏也不太好，他还可以捐吗？

    谢谢您的帮助。

    王磊
    电话：{phone('425')}
    微信：wanglei_sea
    """)
    m = mk(formataddr(("Lei Wang", "lei.wang.sea@outlook.com")), liaison.addr,
           "关于我父亲王建国（ICU 8床）的器官捐献问题", d, body, mid_style="outlook")
    return m, "王建国 (Wang Jianguo)"

@reg("phi", "lang")
def lang_russian_widow():
    coord = P("Family Services Specialist", "", dom=EYE["dom"], sex="F", name=("Irina", "Volkova"), style="first.last")
    d = rdate()
    dod = later(d, days=-63)
    body = D(f"""
    Здравствуйте, Ирина!

    Пишу вам по поводу моего мужа, Сорокина Андрея Викторовича ({dstr(dob(55, 70))} г.р.). Он умер
    {dod.day}.{dod.month:02d}.{dod.year} в больнице Mercy Ridge после инсульта, и мы с сыном дали согласие на
    донорство роговицы и тканей. Вы звонили мне в прошлом месяце, спасибо вам большое, ваш звонок мне очень
    помог.

    Прошло уже два месяца, и я хотела бы узнать, помогли ли его роговицы кому-нибудь. Медсестра в больнице
    сказала, что вы можете прислать письмо с информацией о реципиентах (без имён, я понимаю).

    Также мне нужна копия документа о согласии на донорство - её требует страховая компания для выплаты по
    полису страхования жизни. Можно ли отправить по почте на адрес:
    Людмила Сорокина, 3318 Alder Creek Rd, Spokane Valley, WA 99216

    И ещё вопрос: в свидетельстве о смерти указано другое время смерти, чем нам сказали в больнице. Это
    может быть связано с донорством?

    С уважением,
    Людмила Сорокина
    тел. {phone('509')}
    """)
    m = mk(formataddr(("Lyudmila Sorokina", "l.sorokina1961@mail.com")), coord.addr,
           "Сорокин А.В. - роговица, копия согласия", d, body)
    return m, "Сорокин Андрей Викторович"

@reg("phi", "lang")
def lang_creole_meeting():
    coord = P("Family Services Coordinator", "", sex="F", name=("Fabienne", "Thibodeaux"))
    d = rdate()
    body = D(f"""
    Bonjou Madan Desir,

    Se Fabienne, kowòdonatè sèvis fanmi nan Cascadia Lifeshare. Mwen te kontan rankontre w jodi a nan
    lopital Harlow County, menm si se nan yon moman ki difisil anpil pou fanmi an.

    Mwen vle konfime sa nou te pale:

    - Reyinyon fanmi an ap fèt demen maten a 10è nan ti sal fanmi an, 3yèm etaj, bò kote ICU a.
    - Doktè Mensah ap la tou pou li eksplike rezilta dezyèm egzamen newolojik Jean-Robert la.
    - Yon entèprèt kreyòl ap la an moun, pa nan telefòn, jan ou te mande a.

    Si fanmi an deside di wi pou donasyon an, nou ka fè yon "honor walk" pou Jean-Robert anvan li desann nan
    sal operasyon an. Fanmi ak zanmi l yo ka kanpe nan koridò a. Pastè Legagneur ka vin priye avè l nenpòt
    ki lè, li pa bezwen mande pèmisyon.

    Pitit gason w lan te mande si yo ka pran anprent men papa l pou timoun yo. Wi, mwen pral pote twous la
    demen.

    Si w gen nenpòt kesyon, rele m nan {coord.cell}, lajounen kou lannwit.

    Avèk tout senpati nou,
    Fabienne Thibodeaux
    Family Services Coordinator / Kowòdonatè Sèvis Fanmi
    Cascadia Lifeshare Alliance
    """)
    m = mk(coord.addr, formataddr(("Marie-Claude Desir", "mcdesir@comcast.net")),
           "Reyinyon fanmi demen 10è - Jean-Robert", d, body, cc=[S['orc3'].addr])
    return m, "Jean-Robert Desir"

@reg("phi", "lang")
def lang_tagalog_nurse():
    h = HOSP["harlow"]
    coord = P("Organ Recovery Coordinator", "RN", sex="F", name=("Joy", "Macaraeg"))
    rn = P("Staff RN, ICU", "RN", dom=h["dom"], sex="F", name=("Marivic", "Dalisay"), style="first.last")
    d = rdate(night=True)
    body = D(f"""
    Hi Ate Joy,

    Pasensya na late na ako nag-email. Yung pasyente namin sa ICU bed 5, si Mr. Rodrigo Bautista, 62 y/o,
    na-refer na namin sa referral line kaninang 2am. GCS 3 na siya, wala nang corneal at gag reflex nung
    nag-assess si Dr. Lim kanina. Naka-levophed pa rin, tinataasan namin kasi bumababa BP niya.

    Yung asawa niya, si Tita Nene, nandito pa rin sa waiting area, hindi pa umuuwi simula kahapon. Tagalog
    lang talaga siya komportable, konti lang English. Pwede bang ikaw na lang yung pumunta para kausapin
    siya pag dumating na yung oras? Mas gagaan loob niya kung Pinoy din ang kausap niya. Sabi ko sa
    supervisor ko na kilala kita.

    Yung panganay nila nasa Cebu pa, papunta na raw dito sa Sabado. Gusto ni Tita na hintayin siya.

    Off na ako ng 7am pero babalik ako bukas ng gabi. Text mo lang ako {rn.cell}.

    Salamat ng marami, ingat ka sa biyahe.

    Marivic
    ICU, Harlow County Medical Center
    """)
    m = mk(rn.addr, coord.addr, "pasyente bed 5 - Bautista", d, body, mid_style="outlook")
    return m, "Rodrigo Bautista"

@reg("phi", "lang")
def lang_portuguese_recipient():
    rn = P("Post-Transplant Nurse Coordinator", "RN", dom=TXC["dom"], sex="F", name=("Carla", "Esposito"), style="first.last")
    d = rdate()
    tx = later(d, days=-19)
    body = D(f"""
    Olá enfermeira Carla,

    Sou a filha do Sr. Antônio Ferreira da Silva, que fez o transplante de rim aí no Northbrook no dia
    {tx.day}/{tx.month:02d}. Meu pai não fala inglês, então sou eu que estou ajudando com as consultas e os
    remédios.

    Desde domingo ele está com a perna esquerda um pouco inchada, e a pressão hoje de manhã deu 158/96.
    Ele não teve febre. Está tomando todos os remédios certinho, o tacrolimo às 8h e às 20h, e está
    anotando tudo no caderno que vocês deram. A urina está clara e ele está bebendo bastante água.

    A consulta de retorno está marcada para quinta-feira às 9h30, mas eu trabalho nesse horário. Seria
    possível mudar para a tarde? Se não der, meu marido leva ele.

    Também precisamos de uma nova receita do micofenolato, só restam 4 comprimidos. A farmácia disse que
    precisa de autorização de vocês.

    Data de nascimento dele: {dstr(dob(55, 68))}

    Muito obrigada,
    Juliana Ferreira
    {phone('206')}
    """)
    m = mk(formataddr(("Juliana Ferreira", "ju.ferreira.silva@gmail.com")), rn.addr,
           "Antônio Ferreira da Silva - perna inchada / receita", d, body, mid_style="gmail")
    return m, "Antônio Ferreira da Silva"

@reg("phi", "lang")
def lang_arabic_brother():
    coord = S['fsc2']
    d = rdate()
    body = D(f"""
    السلام عليكم ورحمة الله،

    أنا سامر الحداد، أخو المريض خالد منصور الحداد الموجود في وحدة العناية المركزة في مستشفى فالي كريست
    (سرير ١٤). تحدثنا أمس مع منسقة التبرع بخصوص التبرع بالأعضاء بعد أن أخبرنا الأطباء بنتيجة فحص موت الدماغ.

    عائلتنا موافقة من حيث المبدأ، ولكن لدينا بعض الأسئلة المهمة قبل التوقيع:

    ١- حسب ديننا يجب أن يتم الدفن في أسرع وقت ممكن. كم من الوقت ستستغرق العملية بالضبط؟
    ٢- هل يمكن أن يحضر إمام المسجد ويصلي عليه في الغرفة قبل نقله إلى غرفة العمليات؟
    ٣- نريد أن يتم غسل الجثمان في المسجد، فهل سيتم تسليمه للمغسلة مباشرة بعد العملية؟
    ٤- أخي كان يعاني من ارتفاع ضغط الدم ويأخذ الدواء منذ سنوات، هل هذا يمنع التبرع بالكلى؟

    والدتي لا تتكلم الإنجليزية، ونرجو أن يكون هناك مترجم عربي حاضر في الاجتماع غداً الساعة الحادية عشرة صباحاً.

    جزاكم الله خيراً،
    سامر الحداد
    {phone('253')}
    """)
    m = mk(formataddr(("Samer Alhaddad", "samer.haddad@yahoo.com")), coord.addr,
           "بخصوص أخي خالد الحداد - أسئلة قبل الموافقة", d, body)
    return m, "خالد منصور الحداد (Khaled Alhaddad)"

# =====================================================================
# PHI - lists
# =====================================================================
DISPOS = ["Ruled out - age/hx (metastatic ca)", "Tissue only - sent to tissue triage", "On-site eval - ORC dispatched",
          "DCD candidate - follow", "Ruled out - no vent/card death >24h", "Eye only - Clearview notified",
          "Follow - family meeting AM", "Ruled out - sepsis w/ MDRO, med dir consult"]

@reg("phi", "lists")
def lists_overnight_log():
    sup = S['refer2']
    d = rdate()
    d = d.replace(hour=7, minute=12)
    rows = []
    names = []
    hk = list(HOSP.keys())
    for i in range(8):
        f, l = newname()
        names.append(f"{f} {l}")
        h = HOSP[random.choice(hk)]
        t = f"{random.choice([22,23,0,1,2,3,4,5,6]):02d}{random.randint(0,59):02d}"
        rows.append((t, h["name"].split()[0] + " " + h["name"].split()[1], f"{l}, {f}", h["mrn"](),
                     str(random.randint(19, 84)), random.choice(["Y", "Y", "N"]), DISPOS[i]))
    rows.sort(key=lambda r: (int(r[0][:2]) + 24) % 24 if int(r[0][:2]) >= 12 else int(r[0][:2]) + 24)
    hdr = ("Time", "Hospital", "Patient", "MRN", "Age", "Vent", "Disposition")
    w = [max(len(r[i]) for r in rows + [hdr]) for i in range(7)]
    line = lambda r: "| " + " | ".join(r[i].ljust(w[i]) for i in range(7)) + " |"
    tbl = "\n".join([line(hdr), "|" + "|".join("-" * (w[i] + 2) for i in range(7)) + "|"] + [line(r) for r in rows])
    body = D(f"""
    Good morning,

    Overnight referral summary ({(d - datetime.timedelta(days=1)).strftime('%m/%d')} 1900 - {d.strftime('%m/%d')} 0700). 8 calls, 1 on-site,
    1 DCD follow, 2 tissue/eye only. No timely-referral misses. Valley Crest called the Kirkland
    trauma patient at 0340 - {S['orc2'].first} is on site.

    """) + tbl + "\n\n" + D(f"""
    Line staffing: {S['refer'].first} + float. Avg answer time 14 sec. One dropped call from CFCH at 0212,
    called back within 2 min.

    """) + sup.sig() + "\n" + DISC + "\n"
    m = mk(sup.addr, [S['ops'].addr, S['md'].addr], f"Overnight referral summary {d.strftime('%m/%d')}", d, body,
           cc=[CLIN], html=None)
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_remembrance_csv():
    a = S['after']
    d = rdate(start=(2024, 9, 1), end=(2024, 10, 20))
    rows = [["contact_first", "contact_last", "relationship", "donor_name", "donation_date", "address1", "city", "state", "zip", "language"]]
    names = []
    cities = [("Yakima", "98901"), ("Tacoma", "98405"), ("Olympia", "98501"), ("Spokane", "99205"),
              ("Bellingham", "98225"), ("Kennewick", "99336"), ("Everett", "98201"), ("Longview", "98632")]
    for i in range(9):
        cf, cl = newname()
        df = random.choice([x for x in FEM + MAS if x not in AVOID_FIRST])
        rel = random.choice(["Mother", "Father", "Spouse", "Daughter", "Son", "Sister", "Partner"])
        dd = later(d, days=-random.randint(60, 400))
        c = random.choice(cities)
        rows.append([cf, cl, rel, f"{df} {cl}", dd.strftime("%Y-%m-%d"),
                     f"{random.randint(100, 9999)} {random.choice(['Maple', 'Fir', 'Larch', 'Spruce', 'Riverside', 'Hillcrest', 'Summit'])} {random.choice(['St', 'Ave', 'Dr', 'Ln', 'Ct'])}",
                     c[0], "WA", c[1], random.choice(["EN", "EN", "EN", "ES", "VI"])])
        names.append(f"{df} {cl}")
    body = D(f"""
    Hi Dawn,

    Attached is the first batch for the Holiday Remembrance Ceremony invitations - 9 families for now, I'll
    send the rest by Friday once {S['after2'].first} finishes the address checks. Same layout as last year:
    the donor's name goes in the line "In loving memory of ___" on the inside card. Spanish and
    Vietnamese versions for the ones marked ES/VI please.

    Please don't keep the file after the print run - delete it from your server once the proofs are
    approved, per our agreement.

    Thank you!
    """) + a.sig() + "\n" + DISC + "\n"
    m = mk(a.addr, formataddr(("Dawn Pickering", "dawn@sundialprintmail.com")),
           "Remembrance invites - mail merge batch 1", d, body,
           atts=[("remembrance_batch1.csv", "text/csv", csv_text(rows))], mid_style="outlook")
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_me_reconciliation_xlsx():
    t = S['tissue']
    d = rdate()
    mon = later(d, days=-15)
    rows = [["ME Case #", "Decedent", "DOB", "Date of Death", "Recovery Date", "Tissues Recovered", "Eyes", "Notes"]]
    names = []
    for i in range(6):
        f, l = newname()
        names.append(f"{f} {l}")
        dd = later(mon, days=-random.randint(0, 25))
        rows.append([f"ME{dd.strftime('%y')}-{random.randint(1000, 2999):05d}", f"{l.upper()}, {f.upper()}",
                     dstr(dob(20, 70)), dd.strftime("%m/%d/%Y"), later(dd, hours=14).strftime("%m/%d/%Y"),
                     random.choice(["Skin, bone (LE), saph veins", "Heart for valves, bone (UE/LE)", "Bone (LE), tendons",
                                    "Skin, bone, heart valves", "Bone (UE) only - LE restricted"]),
                     random.choice(["Y", "Y", "N"]), random.choice(["", "", "Tox drawn by ME first", "Photos sent pre-incision"])])
    body = D(f"""
    Hi Investigator Pham,

    Attached is our {mon.strftime('%B')} reconciliation of tissue recoveries from Harlow County ME cases (6
    cases). Can you check against your log and let me know if anything doesn't match before the quarterly
    meeting? Last quarter we were off by one because of the case that transferred to Pierce County.

    Thanks,
    """) + t.sig(cell=True)
    m = mk(t.addr, formataddr(("Investigator Pham", "t.pham@" + ME["dom"])),
           f"{mon.strftime('%B')} ME/tissue reconciliation", d, body,
           atts=[(f"ME_recon_{mon.strftime('%Y_%m')}.xlsx", XLSX, xlsx(rows, "Recoveries"))])
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_huddle_cases():
    ops = S['ops']
    d = rdate()
    d = d.replace(hour=8, minute=5)
    lines = []
    names = []
    statuses = [
        ("Mercy Ridge 4W", "BD declared 0215, auth obtained (1st person reg), DM day 1, Na 158 -> on D5W, offers out: heart/lungs/liver/kidneys"),
        ("Valley Crest TICU", "DCD eval - family approached last night, auth for organs + tissue; OR tentative 1900, liver declined x4"),
        ("St B MICU", "on hold - family meeting 1000, sister arriving from out of state"),
        ("CFCH ICU", "2nd BD exam at 1400, apnea test after; ORC en route"),
        ("Harlow CMC", "family declined - debrief w/ hospital today 1300"),
    ]
    for hname, st in statuses:
        f, l = newname()
        names.append(f"{f} {l}")
        b = dob(18, 72)
        lines.append(f"{l.upper()}, {f} - {dstr(b)} - {hname} - {st}")
    body = D(f"""
    Huddle notes {d.strftime('%a %m/%d')}

    Active cases:
    """) + "\n".join("  " + x for x in lines) + "\n\n" + D(f"""
    Coverage: {S['orc1'].first} (Mercy) until relieved at 1900, {S['orc2'].first} (Valley Crest),
    {S['orc3'].first} floating/CFCH. {S['fsc1'].first} for Harlow debrief.

    Reminders: OR times to ops channel, not text. Lab draws for the Mercy case need to be on the 1200 courier.
    """) + ops.sig(short=True)
    m = mk(ops.addr, CLIN, f"Huddle {d.strftime('%m/%d')} - active cases", d, body)
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_recipient_followup_tsv():
    qa = S['qa']
    tc = P("Transplant Outcomes Analyst", "", dom=TXC["dom"], sex="M", style="first.last")
    d = rdate()
    hdr = ["Recipient", "DOB", "Organ", "Donor ID", "Tx Date", "Graft Status", "Last Cr/Bili", "Notes"]
    rows = []
    names = []
    for i in range(7):
        f, l = newname()
        names.append(f"{f} {l}")
        org = ["KI-L", "LI", "KI-R", "KI/PA", "KI-L", "LI", "KI-R"][i]
        gst = ["Functioning", "Functioning", "DGF - resolved", "Functioning", "Failed - relisted", "Functioning", "Functioning"][i]
        note = {"Functioning": random.choice(["", "", "readmit x1 (rejection, tx'd)", "lost to f/u 9 mo"]),
                "DGF - resolved": "HD x2 post-op", "Failed - relisted": "back on HD since 8/2024"}[gst]
        val = f"Cr {random.uniform(0.9, 2.4):.1f}" if org.startswith("KI") else f"Tbili {random.uniform(0.4, 1.8):.1f}"
        rows.append([f"{l}, {f}", dstr(dob(25, 70)), org, donor_id(), mdy(later(d, days=-random.randint(360, 380))), gst, val,
                     note])
    tsv = "\t".join(hdr) + "\n" + "\n".join("\t".join(r) for r in rows)
    inner = D(f"""
    Hi {qa.first},

    Here are the 1-year outcomes for recipients of Cascadia donors from this time last year - pasted from our
    registry pull. The SRTR forms were submitted already; this is just for your donor family updates and
    your quality review.

    """) + tsv + "\n\n" + tc.sig(org=TXC["name"])
    prev = later(d, hours=-20)
    body = D(f"""
    {S['after'].first} - see below from Northbrook. Use only graft status for the family letters
    (no names obviously). The failed one is the Drummond case donor kidney, let's talk before that letter goes out.

    """) + qa.sig(short=True) + quote_outlook(inner, tc.addr, qa.addr, prev, "1-yr outcomes - Cascadia donors")
    m = mk(qa.addr, S['after'].addr, "FW: 1-yr outcomes - Cascadia donors", d, body, mid_style="outlook")
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_death_record_review():
    h = HOSP["cfalls"]
    qm = P("Quality & Patient Safety Manager", "RN, CPHQ", dom=h["dom"], sex="F", style="first.last")
    hd = S['hdev']
    d = rdate()
    mon = later(d, days=-20)
    entries = []
    names = []
    for i in range(5):
        f, l = newname()
        names.append(f"{f} {l}")
        dd = later(mon, days=-random.randint(0, 25))
        entries.append(f"{f} {l} -- {h['mrn']()} -- {random.choice(['ICU', 'ED', 'PCU', 'Med/Surg 3'])} -- "
                       f"DOD {dd.strftime('%m/%d')} -- {random.choice(['cardiac arrest', 'ICH', 'septic shock', 'respiratory failure', 'GI bleed'])} -- "
                       f"{random.choice(['not referred', 'referred late (>1h after death)', 'referred, no callback documented', 'not referred - vent'])}")
    body = D(f"""
    Hi {hd.first},

    Per our death record review agreement, here are the {mon.strftime('%B')} deaths that did NOT show a timely
    referral in our system. I pulled 41 total deaths; 36 were referred within the hour. The 5 below are the
    exceptions:

    """) + "\n".join(entries) + "\n\n" + D(f"""
    The ED one bothers me most - we had a new travel nurse that night who didn't know the referral line
    number. Can you come do a 10-minute huddle with ED night shift? Any Tuesday or Thursday at 0645 works.

    Thanks,
    """) + qm.sig(org=h["name"]) + "\n" + HOSP_DISC + "\n"
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Hi " + hd.first + ",</p>"
            f"<p>Per our death record review agreement, here are the {mon.strftime('%B')} deaths that did NOT show a "
            "timely referral in our system.</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>Patient</th><th>MRN</th><th>Unit</th><th>DOD</th><th>Cause</th><th>Referral</th></tr>"
            + "".join("<tr>" + "".join(f"<td>{_x(c.strip())}</td>" for c in e.split("--")) + "</tr>" for e in entries)
            + "</table><p>The ED one bothers me most. Can you come do a 10-minute huddle with ED night shift?</p>"
            f"<p>Thanks,<br>{qm.name}, {qm.creds}<br>{qm.title}<br>{h['name']}</p></body></html>")
    m = mk(qm.addr, hd.addr, f"DRR {mon.strftime('%b %Y')} - missed/late referrals", d, body, html=html,
           cc=[formataddr(("Dr. Naveen Rao", "nrao@" + h["dom"]))], mid_style="outlook")
    return m, "; ".join(names)

@reg("phi", "lists")
def lists_cornea_schedule():
    dist = P("Tissue Distribution Coordinator", "CEBT", dom=EYE["dom"], sex="M", style="first.last")
    d = rdate()
    rows = []
    names = []
    for i in range(6):
        f, l = newname()
        names.append(f"{f} {l}")
        sd = later(d, days=7 - d.weekday() + random.randint(0, 4))
        rows.append((sd.strftime("%a %m/%d"), f"{l}, {f[0]}.", "MRN " + digits(7), random.choice(["OD", "OS"]),
                     random.choice(["DMEK", "DSAEK", "PK", "DMEK"]), f"CV{d.strftime('%y')}-{random.randint(1000, 9999)}-{random.choice('LR')}",
                     random.choice(["Dr. Sato", "Dr. Oberlin", "Dr. Achebe"])))
    rows.sort(key=lambda r: r[0][4:])
    tbl = "\n".join(f"{r[0]:<10} {r[1]:<16} {r[2]:<13} {r[3]:<3} {r[4]:<6} {r[5]:<16} {r[6]}" for r in rows)
    body = D(f"""
    Hi Cascade Eye Surgery Center scheduling,

    Tissue assignments for next week below. Pre-cut DMEK tissue will arrive the day before surgery by
    courier before 3 PM. Please confirm the patients/eyes against your schedule and let me know of any
    cancellations ASAP so we can reassign.

    Date       Patient          MRN           Eye Proc   Tissue ID        Surgeon
    ---------- ---------------- ------------- --- ------ ---------------- ------------
    """) + tbl + "\n\n" + D(f"""
    Reminder: the 2 PK cases are the ones on the waitlist for emergent tissue - if your patient's
    status changes, call the distribution line at {phone('206')}.

    """) + dist.sig(org=EYE["name"], fax=True)
    m = mk(dist.addr, formataddr(("CESC Scheduling", "scheduling@cascadeeyesurgery.com")),
           "Tissue assignments - next week", d, body)
    return m, "; ".join(names)

# =====================================================================
# PHI - names
# =====================================================================
@reg("phi", "names")
def names_abernathy_dcd():
    pf, pl = reserve("Everett", "Abernathy")
    orc, md = S['orc2'], S['md']
    d = rdate(night=True)
    prev = later(d, minutes=-50)
    first = D(f"""
    Dr. {md.last},

    Need your input on Mr. Abernathy at Valley Crest. 71 y/o, family is asking for DCD. He had a CABG in
    2015 and his creatinine has been climbing since admit (1.1 -> 2.3). Liver numbers fine. Nobody is going
    to want the kidneys but the liver might get a look from Northbrook given the age. The family is very
    clear this is what he wanted - his wife said he talked about it after his brother got a liver.

    Hospital wants to extubate at 0900 if we don't pursue. Do we go forward with a full workup and
    run the liver, or talk to the family about tissue only?

    {orc.first}
    """)
    body = D(f"""
    {orc.first},

    Go forward. Run the liver with a short acceptance window and put the kidneys out for research if
    nobody bites by 0400 - the family should hear that we tried. Get a lactate and a repeat LFT panel, and
    make sure the warm ischemia explanation is done with Mrs. Abernathy before they set the time. If he
    doesn't progress within 90 min after extubation, he goes back to the unit for comfort care, they
    need to hear that from us clearly.

    I'm awake, call if Northbrook wants to talk to me.

    {md.first[0]}.{md.last[0]}.
    Sent from my iPhone
    """) + quote_gmail(first, f"{orc.name} <{orc.email}>", prev)
    m = mk(md.addr, orc.addr, "Re: Mr. Abernathy - DCD?", d, body, headers=reply_headers())
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_jolene_first_only():
    pf, pl = reserve("Jolene", "Fairweather")
    a, a2 = S['after'], S['after2']
    d = rdate()
    prev = later(d, days=-5)
    inner = D(f"""
    {a.first},

    Flagging a file for you: Jolene Fairweather, 19, donated at Mercy Ridge in August (heart, liver,
    both kidneys, corneas). Mom is Tamsin Fairweather, dad not involved. Mom has called the referral line
    three times after hours asking for "the people who got her heart." She sounds like she's not doing
    well - last call she said she hasn't been able to go back to work.

    {a2.first}
    """)
    body = D(f"""
    Jolene's mom called again this morning and I talked with her for about 40 min. She is really
    struggling. I gently suggested the grief counselor list and she said she'd think about it. I also
    offered to help her write a letter to the heart recipient and she liked that idea a lot.

    Can you pull the recipient letter guidelines in Spanish too? Her mother (Jolene's grandma) wants to
    write something as well.

    Also I'm going to send her the 1-month recipient update now rather than waiting for the 6-month one -
    heart recipient is home and back to walking his dog per Pacific Summit. I think she needs to hear that.

    """) + a.sig(short=True) + quote_outlook(inner, a2.addr, a.addr, prev, "Fairweather file")
    m = mk(a.addr, a2.addr, "RE: Fairweather file", d, body, headers=reply_headers(), mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_last_first_debrief():
    pf, pl = reserve("Corinne", "Iverson")
    qa = S['qa']
    d = rdate()
    body = D(f"""
    Team,

    Scheduling a case debrief for Iverson, Corinne (St. Brendan, MICU) - family declined on the 2nd
    approach yesterday afternoon.

    Short version of what happened: she was not on the registry. First conversation was done by the
    intensivist together with our FSC, which was fine, but the husband had been told by a resident that
    morning that "her organs probably can't be used anyway because of the chemo," so he was confused
    about why we were asking. She did finish treatment for breast cancer in 2019 and had been cancer-free
    since. By the 2nd approach, her adult son had arrived and said she "didn't want to be cut up." Family
    agreed to eye donation only, which was recovered by Clearview this morning.

    Not looking for blame here - I want us to look at how the early hospital messaging went and whether
    we should have asked for a huddle before the first approach.

    Debrief Thursday 2:00, conference room B / Teams link in invite. {S['fsc1'].first}, please bring
    your notes. {S['hdev'].first}, can you reach out to the St. B residency coordinator about the resident
    comment?
    """) + qa.sig()
    m = mk(qa.addr, [S['fsc1'].addr, S['orc3'].addr, S['hdev'].addr], "Case debrief - Iverson, Corinne (declined)",
           d, body, cc=[S['ops'].addr])
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_big_mike():
    h = HOSP["brendan"]
    pf, pl = reserve("Michael", "Sorensen")
    rn = P("Charge Nurse, Neuro ICU", "RN", dom=h["dom"], sex="F", style="first.last")
    hd = S['hdev']
    d = rdate()
    body = D(f"""
    Hey {hd.first},

    Giving you a heads up, not an official referral (we already called the line at 1340). Big Mike from
    Plant Ops - Mike Sorensen, everybody here knows him, he's been fixing our beds for 20 years - came in
    through the ED last night and is in our unit now. Collapsed at home, big bleed. Neurosurgery isn't
    offering anything.

    A lot of staff are going to be emotional about this one. His wife Darla told me Mike always said he'd
    donate "every last part" and he's got the heart on his license. She wants to know if the staff can
    line the hallway when it's time.

    Could whoever comes over be extra mindful? Maybe we can set up a debrief for staff afterward too,
    like you did for the nurse's husband last year.

    Thanks,
    """) + rn.sig(org=h["name"])
    m = mk(rn.addr, hd.addr, "heads up - one of ours in NICU", d, body, mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_subject_only():
    pf, pl = reserve("Dariusz", "Kowalczyk")
    d = rdate()
    body = D(f"""
    fam meeting moved to 1500 (daughter stuck on I-5). 2nd exam 1800 by Dr Reyes, apnea after if
    he tolerates. lytes at noon were ok, Na 149. holding off on T4 until after 2nd exam per {S['md'].first[0]}.

    will update after the meeting
    """)
    m = mk(S['orc1'].addr, [S['orc3'].addr, S['fsc1'].addr], "Kowalczyk", d, body,
           headers={"X-Mailer": "iPhone Mail (21E236)"})
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_deep_quote():
    pf, pl = reserve("Hollis", "Hargrove")
    h = HOSP["cfalls"]
    hd, hd2 = S['hdev'], S['hdev2']
    cno = P("Chief Nursing Officer", "DNP, RN", dom=h["dom"], sex="F", style="first.last")
    d = rdate()
    d1 = later(d, days=-6, minutes=-random.randint(30, 300))
    d2 = later(d, days=-4, minutes=random.randint(-200, 200))
    d3 = later(d, days=-1, minutes=-random.randint(10, 240))
    m1 = D(f"""
    {hd.first},

    Following up from our call. I'd like to propose changes to our end-of-life policy so the referral to
    Cascadia happens before any conversation about withdrawal. I think we've been inconsistent. Honestly,
    the Hargrove case in March is what's driving this for me - Hollis Hargrove, the 58-year-old from the
    mill accident, was extubated on 3 East before anyone called you, and his daughter later wrote to our
    patient relations office asking why nobody offered donation when he was a registered donor. That
    complaint is still open with our risk manager.

    Can you send me sample policy language from other hospitals in your area?

    {cno.first} {cno.last}, {cno.creds}
    {cno.title}
    """)
    m2 = D(f"""
    {cno.first}, thanks - absolutely. I'm looping in {hd2.first}, our hospital services manager, who has
    the policy templates. We can also do a quick look-back at the last 12 months of vented deaths for you.
    """) + hd.sig(short=True)
    m3 = D(f"""
    Attached are two sample policies (tracked changes) and our standard "Clinical Triggers" card. Happy
    to present at your Critical Care Committee.
    """) + hd2.sig(short=True)
    body = D(f"""
    Hi all,

    Critical Care Committee confirmed for the 2nd Tuesday, 7:30 AM, Board Room (2nd floor admin). 20
    minutes on the agenda. I'll bring printed trigger cards for the charge nurses.

    """) + hd2.sig() + quote_gmail(m3 + quote_gmail(m2 + quote_gmail(m1, f"{cno.name} <{cno.email}>", d1),
                                                        f"{hd.name} <{hd.email}>", d2), f"{hd2.name} <{hd2.email}>", d3)
    m = mk(hd2.addr, [cno.addr, hd.addr], "Re: End of life policy / referral timing", d, body, headers=reply_headers())
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_recipient_update():
    pf, pl = reserve("Yolanda", "Pierce")
    surg = P("Transplant Surgeon", "MD, FACS", dom=TXC["dom"], sex="M", style="first.last")
    d = rdate()
    body = D(f"""
    Hi {S['qa'].first} and {S['after'].first},

    Wanted to close the loop on the kidneys from your donor last week (the Mercy Ridge case). Mrs. Yolanda
    Pierce, who received the right kidney, is off dialysis - creatinine down to 1.4 this morning and she's
    making great urine. She was on HD for 6 years, so this is a big deal for her family. She's going home
    Thursday.

    The left kidney went to a younger man here who had some delayed function and needed two runs of
    dialysis, but he turned the corner yesterday.

    Feel free to share a general update with the donor family. Mrs. Pierce has already asked how she can
    write to them - our social worker will send you her letter once it's ready.

    Best,
    """) + surg.sig(org=TXC["name"])
    m = mk(surg.addr, [S['qa'].addr, S['after'].addr], "Kidney recipients update - Mercy Ridge donor", d, body,
           mid_style="outlook")
    return m, f"{pf} {pl}"

@reg("phi", "names")
def names_letter_review():
    pf, pl = reserve("Tyler", "Vance")
    a, a2 = S['after'], S['after2']
    d = rdate()
    body = D(f"""
    {a2.first},

    I read through the letter Tyler Vance's dad sent in for the heart recipient. It's beautiful, but it
    includes Tyler's full name, the name of his high school in Moses Lake, and a photo of him in his
    football uniform with the number showing. Under our policy we can't forward identifying info unless
    both sides have signed the release.

    Pacific Summit told me the recipient (Mr. Coulter, 54, transplanted in June) has already said he
    would like direct contact, but the paperwork isn't back yet. So two options:

      1. call Mr. Vance, explain, and ask if he wants to edit the letter now, or
      2. hold it until Mr. Coulter's signed release comes back and then send it as is.

    I lean toward #2, since Mr. Vance said on the phone he wants to meet him someday. Can you call him
    this week and ask? His number is in the tracker. Be gentle - the 1-year anniversary is in two weeks.

    {a.first}
    """)
    m = mk(a.addr, a2.addr, "letter review - Vance to heart recipient", d, body)
    return m, f"{pf} {pl}"

# =====================================================================
# PHI - self
# =====================================================================
@reg("phi", "self")
def self_recipient_letter():
    pf, pl = reserve("Dwayne", "Achterberg")
    a = S['after']
    d = rdate()
    letter = [
        "To the family of my donor,",
        "",
        "My name is Dwayne. I am 52 years old and I live in a small town in eastern Washington with my wife and our two dogs.",
        "For almost five years I went to dialysis three mornings a week, four hours each time. I missed my daughter's college graduation because of a clotted fistula.",
        "Last June I got the call at 2 in the morning. Because of your loved one, I have not been on a dialysis machine since.",
        "I went back to work in September. I walked my daughter down the aisle in October.",
        "I think about your family every day, especially when I take my pills at 8 in the morning and 8 at night.",
        "I don't know anything about the person who gave me this gift, but if you ever want to write back, I would be honored to know about them.",
        "",
        "With all my gratitude,",
        "Dwayne",
    ]
    body = D(f"""
    Hello,

    My transplant coordinator at Northbrook (Carla) told me I could send a letter to my donor's family
    through you. I had my kidney transplant on June 11 last year. I've attached my letter as a Word file.
    I only used my first name like the guidelines said.

    A couple of questions - is it ok that I mentioned my dialysis and my daughter's wedding? And my
    creatinine has been steady at 1.3 at my last two clinic visits, would the family want to know
    something like that or is that too medical?

    Thank you for what you do. I didn't know organizations like yours existed until I needed one.

    Dwayne Achterberg
    {phone('509')}
    """)
    m = mk(formataddr(("Dwayne Achterberg", "dachterberg64@gmail.com")),
           formataddr(("Donor Family Services", "familyservices@" + ORGD)),
           "Letter to my donor family", d, body,
           atts=[("Letter to donor family - Dwayne.docx", DOCX, docx(letter))], mid_style="gmail")
    return m, f"{pf} {pl}"

@reg("phi", "self")
def self_registry_cancer():
    pf, pl = reserve("Rosalind", "Kittredge")
    d = rdate()
    body = D(f"""
    Hello,

    I registered as a donor years ago when I renewed my license. Last month I was diagnosed with stage 2
    breast cancer and I start chemo at the Swedish-Evergreen cancer clinic next week. I'm also on
    tamoxifen after that for 5 years, supposedly.

    Should I take myself off the registry? I don't want my family to be put in an awkward spot if
    something happens and nobody can use my organs. I'd still like to help somehow - can I still donate my
    corneas or donate to research? Or whole body donation?

    My registry info: Rosalind M. Kittredge, DOB {dstr(dob(45, 58))}, WA driver license WDL{letters(2)}{digits(7)}.

    Thank you,
    Rosalind Kittredge
    Olympia, WA
    """)
    m = mk(formataddr(("Rosalind Kittredge", "rkittredge@pugetnet.com")),
           formataddr(("Registry Questions", "registry@" + ORGD)),
           "Should I stay on the donor registry?", d, body)
    return m, f"{pf} {pl}"

@reg("phi", "self")
def self_employee_leave():
    emp = S['orc1']
    hr = S['hr']
    d = rdate()
    surg = later(d, days=17)
    body = D(f"""
    Hi {hr.first},

    I need to start the FMLA paperwork. I'm having a hysterectomy on {mdy(surg)} at Mercy Ridge (Dr.
    Okonkwo) - they found fibroids and my iron has been low for months, which is why I've been so wiped out
    on the long cases lately. Expected recovery is 6 weeks, no lifting over 10 lbs, so no recoveries or
    OR time until I'm cleared.

    I'd like to use PTO for the first two weeks and then short-term disability if that's possible. Can
    you tell me what forms Dr. Okonkwo's office needs to fill out and where to fax them? I'd rather the
    details not go to {S['ops'].first} - I'll tell him I'm out for surgery but that's it.

    Also, I'm on call the weekend of the {later(surg, days=-2).day}th. I'll try to swap.

    Thanks,
    {emp.first}
    """)
    m = mk(emp.addr, hr.addr, "FMLA - need to start paperwork", d, body)
    return m, emp.name

@reg("phi", "self")
def self_cornea_phone():
    pf, pl = reserve("Valerie", "Rasmussen")
    d = rdate()
    body = D(f"""
    hi there. i had a cornea transplant on my right eye oct 14 with dr sato at cascade eye. i want to
    write to the family of my donor, my nurse said to email you guys. how do i do that

    also my vision is still really blurry in that eye and kind of foggy in the mornings, is that normal
    at 6 weeks?? i have my follow up on the 2nd but i'm worried. still doing the drops 4x a day

    thank you so much
    valerie rasmussen

    Sent from my Verizon, Samsung Galaxy smartphone
    """)
    m = mk(formataddr(("Valerie", "valr.photos@gmail.com")),
           formataddr(("Clearview Eye Bank", "info@" + EYE["dom"])), "cornea donor letter?", d, body,
           mid_style="gmail")
    return m, f"{pf} {pl}"

@reg("phi", "self")
def self_recipient_bill():
    pf, pl = reserve("Gideon", "Nyberg")
    fin = S['fin']
    d = rdate()
    acct = digits(9)
    prev = later(d, days=-1, hours=2)
    reply_txt = D(f"""
    Mr. Nyberg,

    Thank you for reaching out, and congratulations on your transplant. Cascadia Lifeshare does not bill
    recipients or their insurance directly - the organ acquisition cost is part of the hospital's bill
    and is normally paid by your insurance as part of the transplant admission. I'd recommend calling
    Northbrook's patient financial services line (on the back of the statement) and asking them to
    review what your plan paid. If they have questions for us, they can reach me directly.

    """) + fin.sig()
    body = D(f"""
    Thank you. I called them and they said my Regence plan applied the whole thing to my out of
    pocket max, so I only owe $2,850 instead of the $61,000. Still a lot after being off work for 3 months
    with the liver transplant and the readmission for the rejection episode, but I can do a payment plan.

    Sorry to bother you with this, I just panicked when I saw "organ acquisition" on there. I thought I
    was being billed for my donor.

    Gideon
    """) + quote_gmail(reply_txt + quote_gmail(D(f"""
    Hello, I got a statement from Northbrook University Hospital, account {acct}, and one of the lines says
    "ORGAN ACQUISITION - CADAVER" $61,240.00. My transplant was in January. Why am I paying for this? Is
    Cascadia billing me? Please help, I don't know who to call.

    Gideon Nyberg
    """), f"Gideon Nyberg <gnyberg.woodworks@outlook.com>", later(prev, days=-1, minutes=-random.randint(60, 500))),
        f"{fin.name} <{fin.email}>", prev)
    m = mk(formataddr(("Gideon Nyberg", "gnyberg.woodworks@outlook.com")), fin.addr,
           "Re: bill from Northbrook - organ acquisition??", d, body, headers=reply_headers())
    return m, f"{pf} {pl}"

@reg("phi", "self")
def self_heartiversary():
    pf, pl = reserve("Marisol", "Sandoval")
    d = rdate()
    body = D(f"""
    hi its marisol!! today is my 1 year heart-iversary 💗 cant believe it. i walked 3 miles this morning
    with my sister, last year i couldnt walk to the mailbox. my last biopsy was 0R no rejection and dr
    chen says my echo looks great. still on the tacro and cellcept, and the prednisone is finally gone

    can you please pass this to my donors family:

    "to my donor's family - one year ago your person gave me their heart. i think about them every time
    i feel it beating fast when i run up the stairs at work. i am a 2nd grade teacher and i went back to
    my classroom in april. thank you for saying yes on the worst day of your lives. i will take care of
    it i promise."

    thank u for everything
    marisol sandoval

    Sent from my iPhone
    """)
    m = mk(formataddr(("marisol sandoval", "marisol.s.teaches@icloud.com")),
           formataddr(("Donor Family Services", "familyservices@" + ORGD)), "1 year!!!", d, body,
           headers={"X-Mailer": "iPhone Mail (21F90)"})
    return m, f"{pf} {pl}"

@reg("phi", "self")
def self_donor_mom_counseling():
    pf, pl = reserve("Renata", "Whitcombe")
    a = S['after']
    d = rdate()
    body = D(f"""
    Hi {a.first},

    You mentioned on the phone that Cascadia has a benefit for grief counseling for donor families. I
    think I need it. Since Evan died I've been having panic attacks - mostly at night and when I'm
    driving past the hospital. My doctor started me on sertraline two weeks ago and wants me to see a
    therapist, but the one she referred me to isn't in network with my Premera plan and it's $180 a
    session.

    Does your program cover sessions with any counselor or only specific ones? And how many? I'd
    rather see someone near Bellevue since I can't really drive long distances right now.

    Thank you for checking on me. It means a lot that someone still says his name.

    Renata Whitcombe
    """)
    m = mk(formataddr(("Renata Whitcombe", "renata.whitcombe@comcast.net")), a.addr,
           "grief counseling benefit", d, body)
    return m, f"{pf} {pl}"

# =====================================================================
# PHI - struct
# =====================================================================
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")

@reg("phi", "struct")
def struct_hl7_oru_labs():
    h = HOSP["valley"]
    f, l = newname("M")
    mrn = h["mrn"]()
    b = dob(22, 55)
    d = rdate(night=True)
    acc = digits(10)
    obx = [
        ("NM", "2744-1^pH Art^LN", "7.41", "", "7.35-7.45", "N"),
        ("NM", "2019-8^pCO2 Art^LN", "38", "mm[Hg]", "35-45", "N"),
        ("NM", "2703-7^pO2 Art^LN", "412", "mm[Hg]", "80-100", "H"),
        ("NM", "2951-2^Sodium^LN", "156", "mmol/L", "136-145", "H"),
        ("NM", "2823-3^Potassium^LN", "3.3", "mmol/L", "3.5-5.1", "L"),
        ("NM", "3094-0^BUN^LN", "14", "mg/dL", "7-20", "N"),
        ("NM", "2160-0^Creatinine^LN", "0.9", "mg/dL", "0.7-1.3", "N"),
        ("NM", "1920-8^AST^LN", "88", "U/L", "10-40", "H"),
        ("NM", "1742-6^ALT^LN", "61", "U/L", "7-56", "H"),
        ("NM", "1975-2^Bilirubin Total^LN", "0.8", "mg/dL", "0.1-1.2", "N"),
        ("NM", "2524-7^Lactate^LN", "1.6", "mmol/L", "0.5-2.2", "N"),
        ("NM", "718-7^Hemoglobin^LN", "10.2", "g/dL", "13.5-17.5", "L"),
    ]
    segs = [
        f"MSH|^~\\&|SUNQUEST|VCTC|DONORTRAC|CLA|{hl7ts(d)}||ORU^R01^ORU_R01|VC{digits(9)}|P|2.5.1",
        f"PID|1||{mrn}^^^VCTC^MR||{l.upper()}^{f.upper()}^{random.choice('ABCDEJKLMR')}||{b.strftime('%Y%m%d')}|M|||"
        f"{random.randint(100, 9999)} {random.choice(['Tamarack', 'Cascade', 'Orchard'])} Rd^^Moses Lake^WA^98837||{phone('509')}",
        f"PV1|1|I|TICU^07^A^VCTC||||{digits(10)}^Okafor^Chidi^^^^MD",
        f"ORC|RE|{acc}|{acc}||CM",
        f"OBR|1|{acc}|{acc}|DMP^Donor Management Panel^L|||{hl7ts(later(d, minutes=-45))}|||||||{hl7ts(later(d, minutes=-40))}|Blood&Arterial||||||||{hl7ts(d)}||LAB|F",
    ]
    for i, (t, code, val, u, rng, flag) in enumerate(obx, 1):
        segs.append(f"OBX|{i}|{t}|{code}||{val}|{u}|{rng}|{flag}|||F|||{hl7ts(d)}")
    msg = "\r".join(segs) + "\r"
    body = D(f"""
    {S['orc2'].first} - the interface dropped again so I'm forwarding the 0200 panel manually from the
    Valley Crest lab feed. File attached (raw HL7). Na is up to 156, they started D5W at 150/hr. Next
    panel at 0600.

    """) + S['lab'].sig()
    m = mk(S['lab'].addr, S['orc2'].addr, "FW: 0200 labs VCTC TICU 7 (interface down)", d, body,
           atts=[(f"ORU_{acc}.hl7", "application/hl7-v2", msg.encode("ascii"))])
    return m, f"{f} {l}"

@reg("phi", "struct")
def struct_hl7_adt_autoreferral():
    h = HOSP["mercy"]
    f, l = newname("F")
    mrn = h["mrn"]()
    b = dob(30, 70)
    d = rdate(night=True)
    vis = digits(9)
    npi = digits(10)
    segs = [
        f"MSH|^~\\&|EPIC|MRMC|CLA_REFERRAL|CLA|{hl7ts(d)}||ADT^A01^ADT_A01|MR{digits(10)}|P|2.5.1|||AL|NE",
        f"EVN|A01|{hl7ts(d)}|||{digits(6)}^BRANDT^KELSEY^^^^RN",
        f"PID|1||{mrn}^^^MRMC^MR~{digits(3)}-{digits(2)}-{digits(4)}^^^SSA^SS||{l.upper()}^{f.upper()}^L||{b.strftime('%Y%m%d')}|F||2106-3|"
        f"{random.randint(100, 9999)} Wren Hollow Ln^^Selah^WA^98942^USA||{phone('509')}|||M||{vis}",
        f"NK1|1|{l.upper()}^GARRETT|SPO^Spouse|same as patient||{phone('509')}",
        f"PV1|1|I|4W^11^B^MRMC||||{npi}^ALVAREZ^DIEGO^^^^MD|||MED||||1|||{npi}^ALVAREZ^DIEGO^^^^MD|IN|{vis}|||||||||||||||||||||||||{hl7ts(later(d, hours=-6))}",
        f"PV2|||^Cardiac arrest, anoxic brain injury",
        f"OBX|1|NM|9269-2^Glasgow coma score total^LN||3|{{score}}|||||F",
        f"OBX|2|ST|VENT^Mechanical ventilation^L||Y||||||F",
        f"OBX|3|ST|TRIG^Clinical trigger^L||GCS<=5; loss of brainstem reflex (pupils fixed)||||||F",
        f"DG1|1||I46.9^Cardiac arrest, cause unspecified^I10|||A",
        f"DG1|2||G93.1^Anoxic brain damage, NEC^I10|||A",
    ]
    raw = "\n".join(segs)
    body = ("AUTOMATED CLINICAL TRIGGER REFERRAL - Mercy Ridge Medical Center\n"
            "A patient meeting referral criteria was admitted/updated. Referral line has been notified.\n"
            "Do not reply to this mailbox.\n\n" + raw + "\n")
    m = mk(formataddr(("MRMC Interface Engine", "hl7-noreply@" + h["dom"])),
           formataddr(("Referral Line", "referrals@" + ORGD)), f"ADT A01 trigger - 4W-11 - {mrn}", d, body,
           headers={"Auto-Submitted": "auto-generated"}, mid_style="app")
    return m, f"{f} {l}"

@reg("phi", "struct")
def struct_fhir_referral():
    h = HOSP["brendan"]
    f, l = newname("M")
    mrn = h["mrn"]()
    b = dob(18, 40)
    d = rdate()
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt1",
                          "identifier": [{"system": f"urn:oid:2.16.840.1.113883.3.{random.randint(1000, 9999)}.1", "value": mrn,
                                          "type": {"text": "MRN"}}],
                          "name": [{"family": l, "given": [f, random.choice(["James", "Lee", "Ray"])]}],
                          "gender": "male", "birthDate": b.isoformat(),
                          "address": [{"line": [f"{random.randint(100, 9999)} Beacon Ridge Dr"], "city": "Lacey", "state": "WA", "postalCode": "98503"}],
                          "telecom": [{"system": "phone", "value": phone_dash('360')}]}},
            {"resource": {"resourceType": "Encounter", "id": "enc1", "status": "in-progress",
                          "class": {"code": "IMP"}, "subject": {"reference": "Patient/pt1"},
                          "location": [{"location": {"display": "St. Brendan Neuro ICU Bed 3"}}],
                          "period": {"start": later(d, hours=-30).isoformat()}}},
            {"resource": {"resourceType": "Observation", "id": "gcs", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "9269-2", "display": "Glasgow coma score total"}]},
                          "subject": {"reference": "Patient/pt1"}, "effectiveDateTime": later(d, minutes=-20).isoformat(),
                          "valueQuantity": {"value": 3, "unit": "{score}"}}},
            {"resource": {"resourceType": "Condition", "id": "c1", "clinicalStatus": {"text": "active"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S06.5X9A",
                                               "display": "Traumatic subdural hemorrhage w LOC of unsp duration, init"}]},
                          "subject": {"reference": "Patient/pt1"}}},
            {"resource": {"resourceType": "ServiceRequest", "id": "ref1", "status": "active", "intent": "order",
                          "code": {"text": "Referral to organ procurement organization"},
                          "subject": {"reference": "Patient/pt1"}, "authoredOn": d.isoformat(),
                          "note": [{"text": "Family at bedside. Neurosurgery: non-survivable. Plan for family meeting 1500."}]}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = D(f"""
    {S['it'].first},

    This is one of the bundles from the St. Brendan FHIR referral pilot that failed validation on our
    side last night (error: "Encounter.location missing reference"). Payload attached as received.
    Referral line took it by phone so no impact, but can you look at whether we need to relax the
    validator or ask St. B's integration team to fix their side? Please delete the file when done.

    """) + S['refer2'].sig()
    m = mk(S['refer2'].addr, S['it'].addr, "FHIR referral pilot - failed bundle", d, body,
           atts=[("referral_bundle.json", "application/json", js.encode("utf-8"))])
    return m, f"{f} {l}"

@reg("phi", "struct")
def struct_x12_837i():
    f, l = newname("M")
    b = dob(50, 74)
    d = rdate()
    adm = later(d, days=-35)
    dis = later(adm, days=8)
    mbi = f"{random.randint(1, 9)}{letters(1)}{letters(1)}{random.randint(0, 9)}{letters(2)}{random.randint(0, 9)}{letters(2)}{random.randint(10, 99)}"
    pacct = "NB" + digits(9)
    ctl = digits(9)
    segs = [
        f"ISA*00*          *00*          *ZZ*NUTI4471       *ZZ*WAMACJF        *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:",
        f"GS*HC*NUTI4471*WAMACJF*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl) % 100000}*X*005010X223A2",
        "ST*837*0001*005010X223A2",
        f"BHT*0019*00*{pacct}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*CH",
        "NM1*41*2*NORTHBROOK UNIVERSITY HOSPITAL*****46*NUTI4471",
        "PER*IC*BILLING OFFICE*TE*2065550188",
        "NM1*40*2*NORIDIAN JF*****46*WAMACJF",
        "HL*1**20*1",
        f"NM1*85*2*NORTHBROOK UNIVERSITY HOSPITAL*****XX*{digits(10)}",
        "N3*1400 UNIVERSITY WAY NE",
        "N4*SEATTLE*WA*981950001",
        f"REF*EI*{digits(9)}",
        "HL*2*1*22*0",
        "SBR*P*18*******MA",
        f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mbi}",
        f"N3*{random.randint(100, 9999)} LOWER VALLEY RD",
        "N4*SUNNYSIDE*WA*98944",
        f"DMG*D8*{b.strftime('%Y%m%d')}*M",
        "NM1*PR*2*MEDICARE PART A*****PI*WAMACJF",
        f"CLM*{pacct}*412886.50***11:A:1**A*Y*Y",
        f"DTP*434*RD8*{adm.strftime('%Y%m%d')}-{dis.strftime('%Y%m%d')}",
        f"DTP*435*DT*{adm.strftime('%Y%m%d')}0340",
        "CL1*1*1*01",
        "HI*ABK:N186*ABF:Z992*ABF:I120",
        f"HI*BBR:0TY10Z0:D8:{adm.strftime('%Y%m%d')}",
        f"NM1*71*1*HALVERSON*PETRA****XX*{digits(10)}",
        "LX*1", "SV2*0812**186400.00*UN*1",
        "LX*2", "SV2*0360**97650.00*UN*1",
        "LX*3", "SV2*0200**61200.00*DA*4",
        "LX*4", "SV2*0250**38712.50*UN*1",
        "LX*5", "SV2*0300**28924.00*UN*1",
    ]
    segs.append(f"SE*{len(segs) - 2 + 1}*0001")
    segs += [f"GE*1*{int(ctl) % 100000}", f"IEA*1*{ctl}"]
    x12 = "~\n".join(segs) + "~\n"
    body = D(f"""
    Hi Raj,

    Attaching the 837I for the kidney recipient we discussed - it rejected at the clearinghouse with
    "2300 HI principal procedure date outside statement period". I think the issue is the transplant
    was 0340 on admit day but the OR record was charted with the prior day. I corrected the DTP 435
    and left the procedure date as is. Can you take a look before I resubmit? Acquisition line 0812
    is at the full SAC.

    File is also in the shared billing folder under /rejects/{d.strftime('%Y%m')}.

    Thanks
    Priya
    Hospital Billing - Transplant
    """)
    m = mk(formataddr(("Priya Nakashima", "priya.nakashima@" + TXC["dom"])),
           formataddr(("Raj Venkataraman", "raj.venkataraman@" + TXC["dom"])), "837I reject - kidney tx claim", d, body,
           atts=[(f"837I_{pacct}.txt", "text/plain", x12)], mid_style="outlook")
    return m, f"{f} {l}"

@reg("phi", "struct")
def struct_pipe_export():
    d = rdate()
    hdr = "REF_ID|RECV_DTTM|HOSP_CODE|UNIT|PT_LAST|PT_FIRST|DOB|MRN|AGE|SEX|VENT|GCS|TRIGGER|DISPO|ORC"
    lines = [hdr]
    names = []
    codes = {"mercy": "MRMC", "brendan": "SBRH", "valley": "VCTC", "cfalls": "CFCH", "harlow": "HCMC"}
    for i in range(10):
        k = random.choice(list(HOSP.keys()))
        sx = random.choice("MF")
        f, l = newname(sx)
        names.append(f"{f} {l}")
        t = later(d, hours=-random.randint(1, 23))
        b = dob(18, 88)
        lines.append("|".join([f"R-{d.strftime('%y')}-{random.randint(10000, 19999)}", t.strftime("%Y-%m-%d %H:%M"), codes[k],
                               random.choice(["ICU", "ED", "NICU", "TICU", "CVICU", "4W"]), l.upper(), f.upper(),
                               b.strftime("%Y%m%d"), HOSP[k]["mrn"](), str(d.year - b.year), sx,
                               random.choice(["Y", "N"]), random.choice(["3T", "4T", "5", "15", ""]),
                               random.choice(["CARDIAC_DEATH", "GCS<=5", "WLST_DISCUSS", "BD_TESTING"]),
                               random.choice(["RULEOUT_MED", "TISSUE", "EYE", "ONSITE", "FOLLOW", "RULEOUT_AGE"]),
                               random.choice(["", "", S['orc1'].last.upper(), S['orc2'].last.upper(), ""])]))
    body = D(f"""
    Attached is the daily referral extract for {d.strftime('%m/%d/%Y')} (pipe-delimited, {len(lines) - 1} rows).
    This file is generated automatically by ReferralLink at 23:55.

    Questions: IT Help Desk, ext 2200.
    """)
    m = mk(formataddr(("ReferralLink Reports", "reports@" + ORGD)), [S['qa'].addr, S['refer2'].addr],
           f"Daily Referral Extract {d.strftime('%Y-%m-%d')}", d, body,
           atts=[(f"referral_extract_{d.strftime('%Y%m%d')}.txt", "text/plain", "\n".join(lines) + "\n")],
           headers={"Auto-Submitted": "auto-generated"}, mid_style="app")
    return m, "; ".join(names)

@reg("phi", "struct")
def struct_ccd_xml():
    h = HOSP["harlow"]
    f, l = newname("F")
    mrn = h["mrn"]()
    b = dob(35, 65)
    d = rdate()
    xml = D(f"""
    <?xml version="1.0" encoding="UTF-8"?>
    <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <realmCode code="US"/>
      <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
      <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
      <id root="2.16.840.1.113883.19.5.{random.randint(1000, 9999)}" extension="{digits(12)}"/>
      <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
      <title>Continuity of Care Document</title>
      <effectiveTime value="{hl7ts(d)}-0700"/>
      <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
      <recordTarget>
        <patientRole>
          <id root="2.16.840.1.113883.19.5.77" extension="{mrn}"/>
          <addr use="HP"><streetAddressLine>{random.randint(100, 9999)} Pheasant Run Rd</streetAddressLine><city>Chehalis</city><state>WA</state><postalCode>98532</postalCode></addr>
          <telecom value="tel:+1-360-{random.randint(202, 989)}-{digits(4)}" use="HP"/>
          <patient>
            <name><given>{f}</given><family>{l}</family></name>
            <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
            <birthTime value="{b.strftime('%Y%m%d')}"/>
          </patient>
        </patientRole>
      </recordTarget>
      <component><structuredBody>
        <component><section>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
          <title>Problems</title>
          <text><list>
            <item>Hypertension, essential (I10) - since 2011</item>
            <item>Type 2 diabetes mellitus without complication (E11.9) - since 2016</item>
            <item>Nontraumatic intracerebral hemorrhage, intraventricular (I61.5) - current admission</item>
            <item>Tobacco use, former (Z87.891)</item>
          </list></text>
        </section></component>
        <component><section>
          <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
          <title>Medications</title>
          <text><list>
            <item>Lisinopril 20 mg PO daily</item>
            <item>Metformin 1000 mg PO BID</item>
            <item>Atorvastatin 40 mg PO nightly</item>
          </list></text>
        </section></component>
        <component><section>
          <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests"/>
          <title>Results</title>
          <text>HbA1c 7.1% ({(later(d, days=-90)).strftime('%m/%Y')}); Creatinine 1.0 mg/dL; CXR: no infiltrate.</text>
        </section></component>
        <component><section>
          <code code="29762-2" codeSystem="2.16.840.1.113883.6.1" displayName="Social history"/>
          <title>Social History</title>
          <text>Former smoker, quit 2014 (20 pack-years). Alcohol: occasional. No IV drug use documented.</text>
        </section></component>
      </structuredBody></component>
    </ClinicalDocument>
    """)
    body = D(f"""
    Attached is the CCD from Harlow County for the ICU 9 referral - pulled through CareEverywhere.
    Med/soc history for the DRAI. PCP notes say she quit smoking 2014, 20 pk-yr, for the lungs.
    """) + S['orc3'].sig(short=True)
    m = mk(S['orc3'].addr, formataddr(("Organ Placement", "placement@" + ORGD)), "CCD - HCMC ICU 9", d, body,
           atts=[(f"CCD_{mrn}.xml", "application/xml", xml.encode("utf-8"))])
    return m, f"{f} {l}"

@reg("phi", "struct")
def struct_app_json():
    h = HOSP["cfalls"]
    f, l = newname("M")
    d = rdate(night=True)
    did = donor_id()
    vitals = []
    t = later(d, hours=-6)
    for i in range(6):
        vitals.append({"ts": later(t, hours=i).isoformat(), "hr": random.randint(78, 118),
                       "map": random.randint(58, 82), "cvp": random.randint(5, 12), "temp_c": round(random.uniform(35.4, 37.6), 1),
                       "uo_ml_hr": random.randint(60, 420), "spo2": random.randint(95, 100)})
    payload = {
        "app": "DonorTrack Mobile", "version": "5.8.2", "exported_by": S['orc1'].email, "exported_at": d.isoformat(),
        "case": {"donor_id": did, "opo_case": case_no(), "hospital": h["name"], "unit": "ICU 2",
                 "patient": {"name": f"{l}, {f}", "mrn": h["mrn"](), "dob": dob(20, 50).isoformat(), "abo": "A POS",
                             "weight_kg": 82.4, "height_cm": 180},
                 "declaration": {"type": "DNC", "time": later(d, hours=-8).isoformat(), "by": "Dr. Hollander"},
                 "infusions": [{"drug": "norepinephrine", "rate": "4 mcg/min"}, {"drug": "vasopressin", "rate": "0.03 units/min"},
                               {"drug": "levothyroxine", "rate": "10 mcg/hr"}, {"drug": "insulin", "rate": "3 units/hr"}],
                 "vitals": vitals,
                 "notes": "Echo EF 55%, no WMA. Bronch: scant clear secretions. PF ratio 410 on PEEP 5."}}
    body = "Exported from DonorTrack Mobile.\n\n" + json.dumps(payload, indent=2) + "\n"
    m = mk(S['orc1'].addr, [S['md'].addr, formataddr(("Organ Placement", "placement@" + ORGD))],
           f"DonorTrack export {did}", d, body, mid_style="app")
    return m, f"{f} {l}"

# =====================================================================
# CLEAN - admin
# =====================================================================
@reg("clean", "admin")
def admin_supply_restock():
    sup = P("Clinical Supply Coordinator", "", sex="F")
    d = rdate()
    body = D(f"""
    Hi all,

    Recovery supply inventory from this morning's count (Fircrest main storeroom + Van 2 and Van 4):

      Item                                   Par   On hand   Order
      Belzer UW cold storage solution 1L      60      22       40
      Custodiol HTK 1L                         24      18        6
      Del Nido / cardioplegia (pharmacy)       12      12        0
      Back-table kits (kidney)                 10       4        6
      Organ bags, sterile triple                80      31       50
      Sterile slush machine drapes             20       6       14
      Lymph node / spleen kits                 15      15        0
      Serology tube packs (red/lav/gold)       40      12       30

    We went through UW much faster than usual after the three multi-organ cases last week. PO is going
    out today, delivery Thursday. Until then please don't pull from Van 4's stock for local cases - it's
    earmarked for the fly-outs.

    Reminder: if you use the last of anything on a case, write it on the whiteboard in the storeroom,
    not on a sticky note on the door.

    Thanks!
    """) + sup.sig() + "\n" + DISC_SHORT + "\n"
    return mk(sup.addr, CLIN, "Recovery supply count / UW low", d, body, cc=[S['ops'].addr], html=True), ""

@reg("clean", "admin")
def admin_quarterly_meeting():
    hd2 = S['hdev2']
    d = rdate()
    st = later(d, days=12).replace(hour=10, minute=0, second=0)
    en = later(st, hours=2)
    body = D(f"""
    Hi team,

    Q{(st.month - 1) // 3 + 1} Hospital Services meeting is scheduled - invite attached.

    When: {st.strftime('%A, %B')} {st.day}, 10:00 - 12:00
    Where: Rainier Conference Room (2nd floor) + Teams for the eastern WA liaisons

    Agenda
      1. Timely referral rates by hospital - Q review (10 min)
      2. New clinical trigger cards - printing and distribution plan
      3. Hospital Development Council: recognition awards for 2 partner hospitals
      4. DCD policy alignment - status at Mercy Ridge and Columbia Falls
      5. Education calendar: ICU nurse in-services, ED grand rounds, chaplain training
      6. Open items / round robin

    Lunch provided (sandwiches from Corner Deli). Let {S['comms'].first} know about dietary restrictions by
    Friday.
    """) + hd2.sig()
    inv = ics("Q Hospital Services Meeting", st, en, "Rainier Conference Room / Teams",
              "Quarterly Hospital Services meeting. Agenda in email.", hd2)
    return mk(hd2.addr, [S['hdev'].addr, formataddr(("Hospital Services", "hospitalservices@" + ORGD))],
              "Q Hospital Services meeting - agenda", d, body,
              atts=[("meeting.ics", "text/calendar", inv)]), ""

@reg("clean", "admin")
def admin_it_maintenance():
    it = S['it']
    d = rdate()
    mw = later(d, days=4).replace(hour=1, minute=0)
    body = D(f"""
    All,

    Planned maintenance this {mw.strftime('%A')} night / {later(mw, days=1).strftime('%A')} morning:

      01:00 - 03:30  ReferralLink application server patching (v7.2 -> v7.3)
      02:00 - 02:30  VPN concentrator firmware update - remote access will drop for ~15 min
      03:00 - 04:00  Email archive migration (no impact expected)

    During the ReferralLink window the Referral Line will log calls on the paper downtime forms (blue
    binder at each workstation) and back-enter them after. On-call ORCs: if you need the case
    record during the window, call the Referral Line and they'll read it to you from the read-only
    replica. DonorNet and iTransplant are NOT affected.

    Downtime procedure: https://intranet.{ORGD}/it/downtime
    Ticket reference: CHG0004417

    Please make sure your laptop is plugged in and on the network {mw.strftime('%A')} evening so the
    endpoint agent update installs. If it doesn't, you'll get a reboot prompt Monday.
    """) + it.sig()
    return mk(it.addr, ALLSTAFF, f"Maintenance window {mw.strftime('%m/%d')} 0100-0400 - ReferralLink/VPN", d, body), ""

@reg("clean", "admin")
def admin_sac_update():
    fin = S['fin']
    d = rdate(start=(2024, 11, 1), end=(2024, 12, 20))
    body = D(f"""
    Dear transplant program finance partners,

    Cascadia Lifeshare Alliance's Standard Acquisition Charges (SAC) for calendar year 2025 have been
    approved by our Board Finance Committee. New rates take effect for organs recovered on or after
    January 1, 2025 at 00:00 Pacific.

      Organ                     2024 SAC      2025 SAC      Change
      Kidney (each)             $41,800       $44,250       +5.9%
      Liver                     $58,400       $61,900       +6.0%
      Heart                     $67,200       $70,100       +4.3%
      Lung (single / en bloc)   $62,900       $65,800       +4.6%
      Pancreas                  $39,750       $41,200       +3.6%
      Intestine                 $39,750       $41,200       +3.6%

    Drivers: air transport contract renewal (+11%), perfusion solution pricing, and NRP equipment
    amortization. Imported organ pass-through charges are unchanged. Invoices continue to be net 45
    days; organs recovered but not transplanted are billed per Section 4.2 of your Organ Acquisition
    Agreement.

    Please update your Medicare cost report worksheets accordingly. Contact me with questions.

    Regards,
    """) + fin.sig(fax=True) + "\n" + DISC + "\n"
    return mk(fin.addr, formataddr(("Transplant Finance Partners", "txfinance-partners@" + ORGD)),
              "2025 Standard Acquisition Charges", d, body, html=True), ""

@reg("clean", "admin")
def admin_fleet():
    fac = S['fac']
    d = rdate()
    body = D(f"""
    Fleet update:

    - Van #7 (the Transit with the recovery cabinet) is at Sound Ford for the transmission recall.
      Estimated back {mdy(later(d, days=5))}. Until then, Van #2 and #4 are the recovery vans. If both
      are out, use the Enterprise account (code CLA-FLEET, instructions in the glovebox binder).
    - Van #4 needs its cooler plug looked at - it trips the inverter if the slush machine and cooler
      are on at the same time. Please don't run both until the electrician comes Thursday.
    - Fuel cards: new WEX cards are in the dispatch office. Old cards stop working on the 1st.
    - Generator test this Saturday 0700. The lab freezers and -80 will switch over automatically;
      the tissue processing room alarm may chirp, that's expected.

    Mileage logs are due by the 5th. No log, no reimbursement - sorry, auditor's orders.
    """) + fac.sig(cell=True)
    return mk(fac.addr, ALLSTAFF, "Fleet: Van 7 in shop / Van 4 cooler / generator test", d, body), ""

@reg("clean", "admin")
def admin_courier_contract():
    ops = S['ops']
    vend = P("Account Executive", "", dom="coldchainmedlogistics.com", sex="M", style="first.last")
    d = rdate()
    prev = later(d, days=-2)
    vend_txt = D(f"""
    {ops.first},

    Following up on our call - revised terms for the 2025 ground courier renewal:

    - STAT organ transport (local, <60 mi): $385 flat, $3.10/mi beyond
    - Blood/serology specimen runs: $145 flat within metro, 90-min guaranteed pickup
    - Tissue shipments to Meridian Biologics: scheduled daily 1600 pickup, $95 per shipper
    - After-hours surcharge waived for organ and specimen runs
    - SLA: 98% on-time; credit of 25% for any missed window
    - Chain-of-custody: driver photo at handoff + GPS trail, available on portal within 1 hour

    Term 24 months, 60-day termination for convenience. Draft attached for your legal review.

    {vend.name}
    Coldchain Medical Logistics
    """)
    body = D(f"""
    {vend.first},

    Thanks. Two changes before I send to legal: we need the SLA credit to apply per-run, not monthly
    average, and the temperature logger data (not just GPS) needs to be on the portal for specimen runs -
    our CLIA lab needs it for specimen acceptance. Also confirm your drivers complete our biohazard and
    chain-of-custody training annually.

    If you can turn that around by Friday we can get it to the board in time.
    """) + ops.sig() + quote_gmail(vend_txt, f"{vend.name} <{vend.email}>", prev)
    return mk(ops.addr, vend.addr, "Re: 2025 courier renewal - revised terms", d, body, cc=[S['fin'].addr],
              headers=reply_headers("coldchainmedlogistics.com")), ""

@reg("clean", "admin")
def admin_dcd_policy_review():
    md = S['md']
    d = rdate()
    paras = [
        "Cascadia Lifeshare Alliance - Clinical Policy CP-114",
        "Donation after Circulatory Death (DCD): Recovery Procedures - DRAFT rev. 7",
        "1. Purpose. To describe OPO responsibilities before, during and after withdrawal of life-sustaining treatment (WLST) in DCD.",
        "2. Scope. Applies to all organ recovery coordinators, family services staff and contracted recovery surgeons.",
        "3. The OPO will not participate in the decision to withdraw, the timing of withdrawal, or the declaration of death.",
        "4. The observation period after circulatory arrest before declaration will follow hospital policy, not less than 5 minutes.",
        "5. Normothermic regional perfusion (NRP) may be used only at hospitals with an approved NRP addendum; aortic arch vessels must be occluded before perfusion begins.",
        "6. If death does not occur within the agreed window (default 90 minutes, up to 120 minutes with center agreement), the patient returns to the unit for comfort care.",
        "7. Heparin administration pre-withdrawal requires hospital approval and family authorization specific to pre-mortem medications.",
        "Review history: rev 6 approved by Medical Advisory Committee; rev 7 changes in sections 5 and 6.",
    ]
    body = D(f"""
    Colleagues,

    Attached is revision 7 of CP-114 (DCD recovery procedures) for comment before the Medical Advisory
    Committee meeting. Main changes:

      - Section 5: NRP language updated to require documented arch vessel occlusion before pump start,
        and hospital ethics committee sign-off on the NRP addendum.
      - Section 6: progression window clarified - 90 min default, up to 120 with center agreement,
        and return-to-unit plan must be agreed with the hospital before WLST.

    Please send comments by the 15th. Tracked changes only, please, no PDFs with comments - they're
    impossible to merge.

    Thanks,
    """) + md.sig()
    return mk(md.addr, [S['ops'].addr, S['qa'].addr, S['orc3'].addr], "CP-114 DCD policy rev 7 - comments by 15th",
              d, body, atts=[("CP-114_DCD_rev7_DRAFT.docx", DOCX, docx(paras))]), ""

# =====================================================================
# CLEAN - lookalike
# =====================================================================
@reg("clean", "lookalike")
def look_invoice():
    d = rdate()
    inv = f"INV-{digits(7)}"
    po = f"PO-{d.strftime('%y')}{digits(5)}"
    items = [
        ("BLZ-UW-1000", "Belzer UW Cold Storage Solution 1 L", "0338-" + digits(4) + "-" + digits(2), f"L{digits(6)}", mdy(later(d, days=300)), 40, 112.50),
        ("HTK-CUST-1000", "Custodiol HTK Solution 1 L", "66017-" + digits(3) + "-" + digits(2), f"H{digits(6)}", mdy(later(d, days=260)), 6, 189.00),
        ("MPS-KDN-1000", "Machine perfusion solution, kidney, 1 L", "N/A (device)", f"M{digits(6)}", mdy(later(d, days=330)), 20, 131.25),
        ("LP-CASS-01", "LifePort Kidney Transporter disposable cassette", "N/A", f"C{digits(7)}", mdy(later(d, days=700)), 12, 415.00),
    ]
    lines = [f"{'Item':<14} {'Description':<47} {'NDC':<14} {'Lot':<9} {'Exp':<11} {'Qty':>4} {'Unit':>9} {'Ext':>10}"]
    total = 0
    for it in items:
        ext = it[5] * it[6]
        total += ext
        lines.append(f"{it[0]:<14} {it[1]:<47} {it[2]:<14} {it[3]:<9} {it[4]:<11} {it[5]:>4} {it[6]:>9.2f} {ext:>10.2f}")
    lines.append(f"{'':>100} Subtotal {total:>10.2f}")
    lines.append(f"{'':>100} Freight  {62.40:>10.2f}")
    lines.append(f"{'':>100} TOTAL    {total + 62.40:>10.2f}")
    pdf_lines = [f"Perfusa Solutions, Inc.  Invoice {inv}", f"Bill to: Cascadia Lifeshare Alliance, Accounts Payable",
                 f"Customer #: C-{digits(6)}   PO: {po}   Terms: Net 30   Invoice date: {mdy(d)}", ""] + lines + ["",
                 "Remit to: Perfusa Solutions, PO Box 4471, Minneapolis MN 55480", f"Questions: ar@perfusasolutions.com / 1-888-555-0172"]
    body = D(f"""
    Dear Customer,

    Please find attached invoice {inv} for purchase order {po}, shipped {mdy(later(d, days=-2))} via FedEx
    Priority Overnight, tracking 7{digits(11)}.

    Invoice total: ${total + 62.40:,.2f}   Due date: {mdy(later(d, days=30))}

    Lot-level certificates of analysis are available on the customer portal. For temperature excursion
    reports, reference the shipment ID SHP-{digits(8)}.

    Thank you for your business.
    Perfusa Solutions Accounts Receivable
    """)
    return mk(formataddr(("Perfusa Solutions AR", "ar@perfusasolutions.com")),
              formataddr(("Accounts Payable", "ap@" + ORGD)), f"Invoice {inv} / {po}", d, body,
              atts=[(f"{inv}.pdf", "application/pdf", pdf(pdf_lines, f"Invoice {inv}"))], mid_style="app"), ""

@reg("clean", "lookalike")
def look_tracking():
    d = rdate()
    rows = []
    for i in range(7):
        rows.append((f"{random.choice(['1Z', '7'])}{digits(15) if random.random() < .5 else letters(3) + digits(12)}",
                     random.choice(["Spokane satellite office", "Yakima satellite office", "Bellingham staging", "Meridian Biologics receiving"]),
                     random.choice(["Validated shipper (empty) x4", "Dry ice 20 lb", "Recovery instrument tray #T-" + digits(3),
                                    "Label printer + stock", "Serology tube packs x40", "Cooler return x2"]),
                     random.choice(["Delivered", "In transit", "Out for delivery", "Label created"])))
    tbl = "\n".join(f"{r[0]:<20} {r[1]:<30} {r[2]:<34} {r[3]}" for r in rows)
    body = D(f"""
    Shipping log for the week of {mdy(later(d, days=-d.weekday()))}:

    Tracking #           Destination                    Contents                           Status
    -------------------- ------------------------------ ---------------------------------- ------------
    """) + tbl + "\n\n" + D(f"""
    Note: the 2 instrument trays going to Yakima are for the sterilization contract with Yakima Valley
    Memorial's SPD - tray IDs T-114 and T-115, count sheets inside. Please sign the receipt and send back
    the copy.

    Return shipper account for FedEx: 4471-{digits(4)}-{digits(1)}
    """) + S['fac'].sig()
    return mk(S['fac'].addr, [S['tissue'].addr, S['ops'].addr], "Shipping log - this week", d, body), ""

@reg("clean", "lookalike")
def look_directory():
    d = rdate()
    ent = []
    for prog, dom in [("Northbrook Kidney/Pancreas", TXC["dom"]), ("Northbrook Liver", TXC["dom"]),
                      ("Pacific Summit Heart", HEART["dom"]), ("Pacific Summit Lung", HEART["dom"])]:
        f, l = newname()
        ent.append(f"{prog:<28} Dr. {f} {l:<14} NPI {digits(10)}  WA MD{digits(8)}  Coord line {phone('206')}  Pager {phone_dash('206')}")
    body = D(f"""
    Updated transplant center contact directory, effective {mdy(d)}. Replaces the {later(d, days=-90).strftime('%B')} version -
    please recycle the old printouts in the ORC workroom and the Referral Line.

    """) + "\n".join(ent) + "\n\n" + D(f"""
    Center on-call numbers (24/7):
      Northbrook Transplant Coordinator ..... {phone('206')}
      Pacific Summit Thoracic Coordinator ... {phone('206')}
      Allogen HLA Lab on call ............... {phone('206')}
      Clearview Eye Bank distribution ....... {phone('206')}
      Meridian Biologics receiving .......... {phone('253')}

    Organ Center fax: {phone('253')}   UNet help desk: 1-800-555-0168

    If a number is wrong, tell the Referral Line supervisor, not me - they own the master list.
    """) + S['refer2'].sig()
    return mk(S['refer2'].addr, CLIN, "Transplant center directory - updated", d, body,
              atts=[("logo.png", "image/png", LOGO)]), ""

@reg("clean", "lookalike")
def look_code_list():
    hd2 = S['hdev2']
    d = rdate()
    body = D(f"""
    Hi all,

    For next week's billing in-service with the Harlow County revenue cycle team, here's the code
    reference I'll hand out. Please check my work before I print 40 copies.

    Revenue codes (UB-04) - organ acquisition
      0810  Acquisition of body components - general
      0811  Living donor
      0812  Cadaver donor
      0813  Unknown donor
      0814  Unsuccessful organ search - donor bank charges
      0819  Other donor

    ICD-10-CM codes frequently seen on the donor side
      Z52.4     Kidney donor
      Z52.6     Liver donor
      Z00.5     Encounter for exam of potential donor of organ and tissue
      R40.2432  GCS score 3-8, at hospital admission
      G93.82    Brain death

    CPT - recovery procedures (billed by OPO/centers, NOT hospital)
      50300  Donor nephrectomy, cadaver, with preparation
      47133  Donor hepatectomy, cadaver
      33930  Donor cardiectomy-pneumonectomy
      33940  Donor cardiectomy
      32850  Donor pneumonectomy
      48550  Donor pancreatectomy, cadaver

    Main message for the hospital: once death is declared and authorization obtained, charges go to
    Cascadia, never to the family's insurance. Our AP contact is ap@{ORGD}, tax ID 91-{digits(7)}.
    """) + hd2.sig()
    return mk(hd2.addr, [S['fin'].addr, S['hdev'].addr], "code reference handout - please review", d, body), ""

@reg("clean", "lookalike")
def look_dashboard():
    qa = S['qa']
    d = rdate()
    mon = later(d, days=-10)
    refs = random.randint(380, 460)
    body = D(f"""
    {mon.strftime('%B %Y')} Performance Dashboard (preliminary)

    Referrals received ......................... {refs}
      Timely (<=1 hr of trigger) ............... {random.randint(88, 96)}.{random.randint(0, 9)}%
    On-site evaluations ........................ {random.randint(30, 45)}
    Approaches ................................. {random.randint(22, 30)}
      Authorization rate ....................... {random.randint(58, 72)}.{random.randint(0, 9)}%
      First-person authorization (registry) .... {random.randint(35, 48)}%
    Organ donors ............................... {random.randint(13, 19)} (DBD {random.randint(8, 11)} / DCD {random.randint(4, 8)})
    Organs transplanted ........................ {random.randint(40, 58)}
      Organs transplanted per donor ............ {random.uniform(2.7, 3.4):.2f}
    Tissue donors .............................. {random.randint(60, 85)}
    Eye donors (Clearview) ..................... {random.randint(70, 95)}

    CMS OPO metric (rolling 12 mo)
      Donation rate per 100 deaths ............. {random.uniform(10.5, 13.5):.2f}  (Tier 2)
      Transplant rate per 100 deaths ........... {random.uniform(33, 41):.2f}

    Hospital with biggest improvement: Columbia Falls (timely referral 71% -> 94%).
    Full deck with hospital-level breakdown goes to the board on the 3rd Thursday.
    """) + qa.sig()
    return mk(qa.addr, [S['ceo'].addr, S['ops'].addr, S['md'].addr], f"Dashboard - {mon.strftime('%B')} prelim", d, body,
              html=True), ""

@reg("clean", "lookalike")
def look_it_ticket():
    d = rdate()
    inc = f"INC00{random.randint(40000, 49999)}"
    body = D(f"""
    Incident {inc} has been updated.

    Short description: Label printer in Donor Lab not printing specimen labels
    Caller: {S['lab'].name}
    Location: Fircrest HQ - Donor Lab, Room 118
    Configuration item: ZEBRA-ZD421-LAB01  Asset tag CLA-{digits(5)}  S/N 52J{digits(9)}
    MAC: 00:07:4D:{random.randint(16, 255):02X}:{random.randint(16, 255):02X}:{random.randint(16, 255):02X}   IP: 10.14.{random.randint(2, 40)}.{random.randint(10, 250)}
    Priority: 2 - High    State: In Progress
    Assigned to: {S['it'].name}

    Work notes ({d.strftime('%Y-%m-%d %H:%M')}):
    Driver re-installed, print queue cleared. Test print OK from workstation LAB-WS03; still failing from
    LAB-WS01. Suspect stale printer mapping in the ReferralLink label profile. Loaner printer
    (ZEBRA-ZD421-SPARE, S/N 52J{digits(9)}) placed in room 118 in the meantime.

    View: https://servicedesk.{ORGD}/nav_to.do?uri=incident.do?sys_id={random.getrandbits(128):032x}

    You are receiving this because you are the caller on this incident.
    """)
    return mk(formataddr(("Service Desk", "servicedesk@" + ORGD)), S['lab'].addr,
              f"Incident {inc} updated - Label printer Donor Lab", d, body,
              headers={"Auto-Submitted": "auto-generated"}, mid_style="app"), ""

@reg("clean", "lookalike")
def look_lifeport_serials():
    fac = S['fac']
    d = rdate()
    rows = [["Asset", "Model", "Serial", "Location", "Last PM", "Next PM", "Battery", "Status"]]
    for i in range(8):
        pm = later(d, days=-random.randint(30, 330))
        rows.append([f"LP-{i + 1:02d}", random.choice(["LifePort Kidney Transporter 1.1", "LifePort Kidney Transporter 1.2"]),
                     f"KT{digits(6)}", random.choice(["HQ storeroom", "Van 2", "Van 4", "Spokane office", "Northbrook OR loan"]),
                     pm.strftime("%Y-%m-%d"), later(pm, days=365).strftime("%Y-%m-%d"), f"{random.randint(78, 100)}%",
                     random.choice(["In service", "In service", "In service", "Out - cassette sensor fault"])])
    body = D(f"""
    {S['ops'].first},

    Attached is the kidney pump asset list for the biomed audit. Two units are due for preventive
    maintenance next month (LP-03 and LP-06) - the vendor tech can do both on the same visit on the 18th
    if we get them back to HQ. Serial numbers match the vendor's service contract list (contract
    SC-{digits(6)}), except LP-08 which was swapped under warranty in the spring; new serial is in the sheet.
    """) + fac.sig()
    return mk(fac.addr, S['ops'].addr, "LifePort asset list for biomed audit", d, body,
              atts=[("lifeport_assets.xlsx", XLSX, xlsx(rows, "Assets"))]), ""

# =====================================================================
# CLEAN - news
# =====================================================================
@reg("clean", "news")
def news_newsletter():
    c = S['comms']
    d = rdate(start=(2025, 3, 20), end=(2025, 3, 31))
    text = D(f"""
    LIFELINES - Cascadia Lifeshare Alliance monthly staff & partner newsletter
    April is National Donate Life Month

    FLAG RAISINGS
    Twelve partner hospitals will raise the Donate Life flag on April 1. Mercy Ridge, St. Brendan and
    Valley Crest will hold ceremonies at 10 AM; a staff member from Cascadia will attend each one. If
    you'd like to go, sign up on the intranet events page.

    BLUE & GREEN DAY - April 11
    Wear blue and green and post a photo with #DonateLifeMonth. Registry table in the lobby from 11-1.

    BY THE NUMBERS (last calendar year)
      1,412,000  Washingtonians registered as donors (54% of adults 18+)
      228        organ donors in our service area
      711        organs transplanted
      1,050      tissue donors
      9          partner hospitals reached 100% timely referral for at least one quarter

    MEET THE TEAM
    Our Referral Line answered more than 5,100 calls last year with an average answer time of 12
    seconds. Stop by and say thanks - they're the first voice every hospital hears.

    DONOR FAMILY RECOGNITION CEREMONY
    Save the date: Saturday, June 7, Point Defiance pavilion. Invitations to families go out in May.

    Questions or story ideas: {c.email}
    """)
    html = ("<html><body style=\"margin:0;background:#f3f6f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;"
            "font-family:Georgia,serif\"><tr><td style=\"background:#2a6f4e;color:#fff;padding:18px\"><img src=\"cid:lifelines-logo\" "
            "alt=\"Lifelines\" width=\"160\" height=\"48\"><h1 style=\"margin:6px 0 0 0\">Lifelines</h1>"
            "<p style=\"margin:0\">April is National Donate Life Month</p></td></tr><tr><td style=\"padding:18px\">"
            + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")[1:])
            + "</td></tr><tr><td style=\"font-size:9pt;color:#777;padding:10px\">" + _x(ORG_ADDR)
            + " &middot; You are receiving this as a Cascadia staff member or hospital partner. "
              "<a href=\"https://" + ORGD + "/unsubscribe\">Unsubscribe</a></td></tr></table></body></html>")
    m = mk(formataddr(("Cascadia Lifeshare Lifelines", "news@" + ORGD)),
           formataddr(("Lifelines subscribers", "lifelines@lists." + ORGD)),
           "Lifelines | April: Donate Life Month, flag raisings & Blue/Green Day", d, text, html=html,
           headers={"List-Unsubscribe": f"<https://{ORGD}/unsubscribe>", "Precedence": "bulk"}, mid_style="app")
    # attach logo as related image on the html part
    for part in m.walk():
        if part.get_content_type() == "text/html":
            part.add_related(LOGO, maintype="image", subtype="png", cid="<lifelines-logo>", filename="logo.png")
            break
    return m, ""

@reg("clean", "news")
def news_research_digest():
    md = S['md']
    d = rdate()
    body = D(f"""
    Clinical Research Digest - {d.strftime('%B %Y')}
    Compiled by the Office of the Medical Director. For internal education; summaries are not a
    substitute for reading the papers.

    1. Normothermic regional perfusion in DCD liver recovery
       Multicenter retrospective cohort, 612 DCD livers (NRP n=240 vs super-rapid recovery n=372).
       Ischemic cholangiopathy at 12 months: 2.1% vs 9.8%. One-year graft survival 93% vs 87%.
       Take-away: supports continued NRP expansion where hospital agreements allow; ethics debate
       about arch vessel occlusion continues - see editorial in the same issue.

    2. Donor hypothermia and delayed graft function
       Follow-up analysis of the mild hypothermia (34-35 C) trial in brain-dead donors; no significant
       DGF reduction overall, possible benefit in extended criteria kidneys. Not enough to change our
       donor management protocol at this time.

    3. Family authorization and timing of the approach
       Survey of 1,140 next-of-kin across 9 OPOs. Authorization was higher when the approach was
       "decoupled" from the death notification (68% vs 52%) and when a trained requestor led the
       conversation. Consistent with our current practice.

    4. Cornea: DMEK outcomes with pre-loaded tissue
       Endothelial cell loss at 6 months was comparable between pre-loaded and surgeon-prepared grafts.

    Journal club: 3rd Wednesday, noon, Rainier room. Dr. {md.last} presenting #1.
    """) + md.sig()
    return mk(md.addr, CLIN, f"Research digest - {d.strftime('%B')}", d, body, cc=[formataddr(("Medical Advisory Committee", "mac@" + ORGD))]), ""

@reg("clean", "news")
def news_hospital_bulletin():
    hd = S['hdev']
    d = rdate(start=(2025, 2, 1), end=(2025, 2, 28))
    body = D(f"""
    PARTNER HOSPITAL BULLETIN - Winter edition

    Thank you, partners. Last year, 9 of our hospitals earned the Donate Life Hospital Challenge gold
    award and 3 earned platinum. Platinum hospitals: Columbia Falls Community Hospital, Harlow County
    Medical Center, and Valley Crest Trauma Center.

    Service area results, calendar year
      - Timely referral rate: 91.8% (up from 87.4%)
      - Authorization rate: 66.2%
      - DCD donors: 38% of all organ donors
      - Tissue donors helped an estimated 75,000 people through grafts and corneal transplants

    Clinical triggers reminder (call within 1 hour, 24/7, 1-800-555-0144):
      - Ventilated patient with GCS 5 or less, OR
      - Plan to discuss withdrawal of life-sustaining therapy or DNR with family, OR
      - Brain death testing planned, OR
      - Any cardiac death (for tissue and eye donation)

    Education opportunities this spring
      - ICU "Donation 101" in-service (30 min, CE provided) - request through your liaison
      - ED grand rounds: "The first hour" - mechanics of timely referral
      - Chaplain and social work training on supporting families in donation conversations

    Please do not discuss donation with families before speaking with us - our trained staff will
    partner with your team on the approach.
    """) + hd.sig()
    return mk(hd.addr, formataddr(("Partner Hospital Contacts", "partners@lists." + ORGD)),
              "Partner Hospital Bulletin - Winter", d, body, html=True, headers={"Precedence": "bulk"}), ""

@reg("clean", "news")
def news_5k():
    c = S['comms']
    d = rdate(start=(2024, 7, 1), end=(2024, 8, 15))
    body = D(f"""
    Lace up for the 8th annual Run for Life 5K & Family Walk!

    Saturday, September 14 - Ruston Waterfront Park
    7:30 AM check-in | 8:30 AM 5K start | 9:00 AM family walk | 10:00 AM remembrance garden

    Every registration supports donor family aftercare programs and community education about organ,
    eye and tissue donation. Register at runforlife.{ORGD} - $35 adults, $15 kids under 12, free for
    donor families, transplant recipients and people waiting.

    New this year:
      - Team challenge: hospitals, schools and workplaces compete for the Donate Life trophy
      - Registry station: sign up or update your registration on site
      - Recipient & donor family tent with coffee and quiet space

    Volunteers needed for water stations and the finish line - sign up on the same page.

    See you at the start line!
    Cascadia Lifeshare Alliance | Donate Life Washington partner
    """)
    return mk(formataddr(("Cascadia Lifeshare Alliance", "events@" + ORGD)),
              formataddr(("Community Supporters", "supporters@lists." + ORGD)),
              "Run for Life 5K - registration is open!", d, body, html=True,
              headers={"Precedence": "bulk", "List-Unsubscribe": f"<mailto:unsubscribe@{ORGD}>"}, mid_style="app"), ""

@reg("clean", "news")
def news_policy_bulletin():
    qa = S['qa']
    d = rdate()
    body = D(f"""
    Regulatory & Policy Update - {d.strftime('%B %Y')}

    What changed nationally this month, and what it means for us. (Summaries - see the attached
    tracking sheet and the source documents on the Quality SharePoint.)

    1. Allocation out-of-sequence reporting
       Effective next quarter, OPOs must document a reason code within 24 hours for any organ placed
       out of sequence. Our Organ Placement team already logs these; Quality will add a weekly audit.

    2. HOPE Act rule change for kidney and liver
       Transplants from donors with HIV to recipients with HIV no longer require an IRB research
       protocol for kidney and liver. Centers must still meet the clinical criteria. No change to
       our donor evaluation workflow - serologies and NAT already reported as now.

    3. CMS OPO Conditions for Coverage - recertification cycle
       Reminder that the current performance period closes at the end of the year. Our rolling tier
       is shown on the monthly dashboard.

    4. State legislation
       A bill to add donor registration to state ID renewals online passed committee. No action needed.

    Staff education on item 1 will be included in the next skills day.
    """) + qa.sig()
    return mk(qa.addr, ALLSTAFF, f"Regulatory & Policy Update - {d.strftime('%B')}", d, body), ""

@reg("clean", "news")
def news_registry_trends():
    c = S['comms']
    d = rdate()
    rows = [["County", "Adults 18+", "Registered", "Pct", "Change YoY"]]
    for cty in ["King", "Pierce", "Snohomish", "Spokane", "Clark", "Thurston", "Yakima", "Whatcom", "Benton", "Kitsap"]:
        a = random.randint(150000, 1800000)
        p = random.uniform(44, 64)
        rows.append([cty, a, int(a * p / 100), f"{p:.1f}%", f"{random.uniform(-0.4, 2.1):+.1f} pts"])
    body = D(f"""
    Hi everyone,

    Here's the quarterly registry trends summary from the state registry data share (aggregate, by
    county). Highlights:

      - Statewide designation rate is 54.2%, up 0.9 points year over year.
      - Yakima and Benton counties saw the biggest gains after the Spanish-language DMV campaign.
      - 18-24 year olds register at the highest rate (61%) - most at first license.
      - Online registrations are now 23% of new sign-ups, up from 15%.

    Spreadsheet attached. Feel free to use the numbers in presentations, but please cite "Donate Life
    Washington registry data, Q{(d.month - 1) // 3 + 1}".
    """) + c.sig()
    return mk(c.addr, [S['hdev'].addr, S['hdev2'].addr, S['ceo'].addr], "Registry trends - quarterly", d, body,
              atts=[("registry_trends_by_county.xlsx", XLSX, xlsx(rows, "By County"))]), ""

# =====================================================================
# CLEAN - staff
# =====================================================================
@reg("clean", "staff")
def staff_oncall():
    ops = S['ops']
    d = rdate()
    mon = later(d, days=14)
    orcs = [S['orc1'], S['orc2'], S['orc3']] + [P("Organ Recovery Coordinator", random.choice(["RN", "BSN, RN", "RN, CPTC", "CPTC"]))
                                                 for _ in range(3)]
    lines = []
    start = mon.replace(day=1)
    for wk in range(4):
        a, b = random.sample(orcs, 2)
        fs = random.choice([S['fsc1'], S['fsc2']])
        ws = later(start, days=7 * wk)
        pa, pb = f"{a.name}, {a.creds}", f"{b.name}, {b.creds}"
        lines.append(f"Wk of {ws.strftime('%m/%d')}   {pa:<40} {pb:<40} {fs.name}")
    body = D(f"""
    Team,

    {mon.strftime('%B')} on-call schedule is posted in QGenda and below. Primary ORC takes first page
    from the Referral Line; backup covers the 2nd simultaneous on-site and fly-outs.

    """) + f"{'':<12} {'Primary ORC':<40} {'Backup ORC':<40} FSC\n" + "\n".join(lines) + "\n\n" + D(f"""
    Administrator on call: {ops.name} (wks 1, 3), {S['md'].name}, MD (wks 2, 4)
    Medical director on call: {S['md'].name}, MD - all month

    Swaps: trade in QGenda and cc me, no verbal swaps. Remember the 16-hour rest rule after a
    recovery over 12 hours - tell the Referral Line supervisor if you need to be pulled from the rotation.
    """) + ops.sig()
    return mk(ops.addr, CLIN, f"{mon.strftime('%B')} on-call schedule", d, body), ""

@reg("clean", "staff")
def staff_payroll():
    pay = S['pay']
    d = rdate(start=(2024, 11, 18), end=(2024, 11, 22))
    body = D(f"""
    Hi everyone,

    Because of the Thanksgiving holiday, timecards for the pay period ending Saturday 11/23 are due
    by 10:00 AM Monday 11/25 (normally Tuesday). Managers, please approve by 3:00 PM Monday.

    Reminders:
      - Call-back pay: code on-call hours as OC and hours worked on a case as CB. If you were called
        in and worked a recovery, both codes go on the same day.
      - Holiday premium (1.5x) applies to hours worked on Thursday 11/28 and Friday 11/29.
      - Mileage and per diem from out-of-area recoveries go through Concur, not the timecard.
      - Paychecks dated 12/6 will be deposited as usual.

    Questions? Email payroll@{ORGD} or call me at {pay.phone}.
    """) + pay.sig()
    return mk(pay.addr, ALLSTAFF, "Timecards due early - Thanksgiving week", d, body), ""

@reg("clean", "staff")
def staff_cptc_congrats():
    ceo = S['ceo']
    d = rdate()
    a, b = P("Organ Recovery Coordinator", "RN, CPTC", sex="F"), P("Family Services Coordinator", "CPTC", sex="M")
    body = D(f"""
    Please join me in congratulating {a.name} and {b.name}, who both passed the Certified Procurement
    Transplant Coordinator (CPTC) exam this month! That brings our certified clinical staff to 19.

    {a.first} joined us from the Valley Crest trauma ICU two years ago and {b.first} started on the
    Referral Line before moving to family services. Both studied through the ABTC review course and
    our Tuesday study group - thank you {S['edu'].name} for running it.

    There's cake in the 2nd floor break room at 3:00 today (lemon, by request). Come by!

    {ceo.first}
    """)
    return mk(ceo.addr, ALLSTAFF, "Congratulations to our newest CPTCs!", d, body, html=True), ""

@reg("clean", "staff")
def staff_leave_coverage():
    mgr = S['hdev2']
    d = rdate()
    away = S['hdev']
    st = later(d, days=10)
    en = later(st, days=29)
    body = D(f"""
    Hi partners,

    {away.first} {away.last}, your hospital development liaison, will be out of the office from
    {mdy(st)} through {mdy(en)}. During that time:

      - Mercy Ridge, St. Brendan: {mgr.name}, {mgr.cell}
      - Columbia Falls, Harlow County: {S['edu'].name}, {S['edu'].cell}
      - Death record reviews will be pulled as scheduled; results may be a week late.

    For referrals, nothing changes - always call the Referral Line, 1-800-555-0144.

    Thank you for your patience,
    """) + mgr.sig()
    return mk(mgr.addr, formataddr(("Partner Hospital Contacts", "partners@lists." + ORGD)),
              f"Out of office coverage - {away.first} {away.last} {st.strftime('%m/%d')}-{en.strftime('%m/%d')}", d, body,
              cc=[away.addr]), ""

@reg("clean", "staff")
def staff_open_enrollment():
    hr = S['hr']
    d = rdate(start=(2024, 10, 14), end=(2024, 10, 25))
    body = D(f"""
    Open Enrollment for 2025 benefits runs November 1 - November 15.

    What's new:
      - Medical: Premera PPO and Kaiser HMO premiums increase 4.1% (employee share); HDHP premium
        unchanged and Cascadia's HSA contribution goes up to $1,200 individual / $2,400 family.
      - Dental & vision: no changes.
      - EAP: now includes 8 free counseling sessions per issue (was 6), available 24/7.
      - New: pet insurance voluntary benefit.

    Benefits fair: Wednesday Nov 6, 11:00-1:30, Rainier room. Carrier reps will be there. Remote and
    eastern WA staff can join the 12:00 Teams walkthrough.

    If you don't make changes, your current elections roll over EXCEPT FSA - you must re-enroll in the
    FSA every year.

    Log in: https://benefits.{ORGD}
    """) + hr.sig()
    return mk(hr.addr, ALLSTAFF, "Open Enrollment Nov 1-15 - what's new for 2025", d, body, html=True), ""

@reg("clean", "staff")
def staff_new_hire():
    t = S['tissue']
    d = rdate()
    nh = P("Tissue Recovery Technician", "CTBS", sex=random.choice("FM"))
    body = D(f"""
    Team,

    Please welcome {nh.name}, who joins the tissue recovery team on Monday. {nh.first} comes to us from
    Meridian Biologics, where they spent four years in processing and cleanroom work, and holds the
    AATB CTBS certification. Before that, {nh.first} was a surgical tech at Harlow County.

    Orientation week:
      Mon - HR + badge + fleet orientation with {S['fac'].first}
      Tue - Donor lab / specimen handling with {S['lab'].first}
      Wed-Fri - shadowing recoveries with {S['tech'].first}

    {nh.first} will join the on-call rotation in about 6 weeks once competencies are signed off.
    Say hi if you see them in the lab!
    """) + t.sig()
    return mk(t.addr, [formataddr(("Tissue Recovery Team", "tissueteam@" + ORGD)), CLIN],
              f"Welcome {nh.first} {nh.last} - tissue recovery", d, body), ""

@reg("clean", "staff")
def staff_holiday_swaps():
    o1, o2, o3 = S['orc1'], S['orc2'], S['orc3']
    d = rdate(start=(2024, 12, 2), end=(2024, 12, 10))
    prev = later(d, hours=-5)
    prev2 = later(d, hours=-20)
    m1 = D(f"""
    Looking to swap Christmas Eve (12/24 0700 - 12/25 0700) for any New Year's shift. My
    in-laws are flying in on the 23rd. Anyone?
    {o2.first}
    """)
    m2 = D(f"""
    I can take 12/24 if you take my 12/31 1900 - 1/1 0700. I'm covering both holidays otherwise.
    """) + o3.sig(short=True)
    body = D(f"""
    If that falls through I can also do 12/24 days only (0700-1900) - then one of you covers the
    overnight. Just let me know before {S['ops'].first} finalizes on Friday.

    {o1.first}
    """) + quote_gmail(m2 + quote_gmail(m1, f"{o2.name} <{o2.email}>", prev2), f"{o3.name} <{o3.email}>", prev)
    return mk(o1.addr, [o2.addr, o3.addr], "Re: holiday swap?", d, body, cc=[S['ops'].addr],
              headers=reply_headers()), ""

# =====================================================================
# CLEAN - training
# =====================================================================
@reg("clean", "training")
def train_case_study():
    edu = S['edu']
    d = rdate()
    body = D(f"""
    New coordinator cohort -

    Case study for Thursday's session. This is a de-identified composite built from several cases;
    details have been changed and it does not describe any real donor. Please read before class and
    come ready to discuss.

    CASE 3: "The second exam"
    A man in his mid-40s is admitted to a community hospital ICU after a cardiac arrest at his
    workplace with about 25 minutes of downtime. On hospital day 2 he has no brainstem reflexes off
    sedation. The referral was made on admission (GCS 3T). The first brain death exam is done by the
    intensivist at 1000. The hospital policy requires two exams 6 hours apart for adults. At 1430 his
    blood pressure drops and he develops diabetes insipidus (urine output 600 mL/hr, Na 154 rising).

    Discussion questions
      1. What donor management priorities apply BEFORE death is declared, and what is the OPO's role?
      2. The family asks, "Is he already dead?" after the first exam. How do you answer?
      3. The apnea test is aborted at minute 4 for SBP 78. What now? Which ancillary tests are options?
      4. List three things to document in the chart and in iTransplant at declaration.

    Reading: our Donor Management Guideline DM-02 (pages 4-9) and the adult brain death determination
    guideline summary on the training SharePoint.
    """) + edu.sig()
    return mk(edu.addr, formataddr(("New Coordinator Cohort", "newcoord-cohort@" + ORGD)),
              "Thursday class - Case 3 (de-identified composite)", d, body), ""

@reg("clean", "training")
def train_quiz():
    edu = S['edu']
    d = rdate()
    body = D(f"""
    Skills Day - Brain Death Determination quiz (answer key for preceptors - do not forward to orientees)

    1. Prerequisites before a brain death evaluation include all EXCEPT:
       a) core temp >= 36 C   b) SBP >= 100 or MAP >= 60   c) serum Na 100-170   d) EEG within 24 h
       ANSWER: d

    2. During the apnea test, the target PaCO2 is:
       a) >= 45 mmHg   b) >= 60 mmHg AND >= 20 above baseline   c) any rise above 50   d) pH < 7.35
       ANSWER: b

    3. Which is an acceptable ancillary test when the apnea test cannot be completed?
       a) CT head   b) nuclear cerebral blood flow study   c) MRI spine   d) serum lactate
       ANSWER: b

    4. True/False: The OPO coordinator may perform the clinical brain death exam if the physician is
       unavailable.   ANSWER: False

    5. A sample patient, "Patient X", 38 y/o, has pupils 5 mm non-reactive, absent corneals, absent
       cough, but spontaneous breaths at 4/min over the vent. Can the determination proceed?
       ANSWER: No - spontaneous respiration is incompatible with brain death; reassess.

    Passing score: 4/5. Remediation with {edu.first} for anyone below.
    """) + edu.sig()
    return mk(edu.addr, formataddr(("Preceptors", "preceptors@" + ORGD)), "Skills Day quiz - BD determination (key)",
              d, body, atts=[("BD_quiz_key.pdf", "application/pdf",
                              pdf([l for l in body.split("\n")[:30]], "BD quiz key"))]), ""

@reg("clean", "training")
def train_test_script():
    it = S['it']
    d = rdate()
    body = D(f"""
    UAT - ReferralLink 7.3, test script RL-UAT-12 (Referral intake)

    Environment: RL-TEST (https://rl-test.{ORGD}) - NOT production. All records are fictitious test
    patients created for this script; delete after sign-off.

    Step  Action                                                   Expected result
    ----  -------------------------------------------------------  -------------------------------------
    1     Create referral: hospital TEST HOSPITAL A, unit ICU      Referral # R-TEST-0001 generated
    2     Patient: ZZTEST, ALPHA; DOB 01/01/1950; MRN TEST000001   Age calculates to 74/75 correctly
    3     Enter GCS 3T, vent Y, trigger "GCS<=5"                   Clinical trigger flag = TRUE
    4     Add second patient ZZTEST, BRAVO; MRN TEST000002          Duplicate check does NOT fire
    5     Re-enter ZZTEST, ALPHA with same MRN                      Duplicate warning shown
    6     Disposition "Tissue only"                                Auto-email to tissue triage (test inbox)
    7     Run daily extract job manually                           Extract contains 2 test rows, pipe-delim

    Testers: {S['refer'].name} (steps 1-5), {S['tissue'].name} (step 6), {it.name} (step 7).
    Log defects in the UAT tracker with screenshots. Sign-off deadline: {mdy(later(d, days=7))}.
    """) + it.sig()
    return mk(it.addr, [S['refer'].addr, S['tissue'].addr, S['refer2'].addr], "UAT script RL-UAT-12 - referral intake (test env)",
              d, body), ""

@reg("clean", "training")
def train_roleplay():
    fsc = S['fsc1']
    d = rdate()
    paras = [
        "FAMILY APPROACH ROLE-PLAY - Scenario B (fictitious)",
        "Setting: A fictitious Level II trauma center. Names and details are invented for training only.",
        "Patient (fictitious): 'Sam Example', 22, motorcycle crash, declared dead by neurologic criteria at 0900.",
        "Family present: mother ('Mrs. Example'), who is angry with the hospital; older brother who is quiet; patient's girlfriend, who is not legal next of kin.",
        "Registry: Sam is a registered donor (first-person authorization).",
        "Trainee goals: (1) confirm the family understands death; (2) share the registration as his decision, not a question; (3) manage the girlfriend's role respectfully; (4) handle the question 'Will they take everything?'",
        "Actor notes (mother): push back twice - 'You people just want his organs' and 'He was only 22, he didn't know what he was signing.' Soften if the trainee acknowledges your anger without defending the hospital.",
        "Debrief prompts: What did the trainee say in the first 60 seconds? Did they use the word 'dead'? Did they pause?",
    ]
    body = D(f"""
    Hi actors and trainees,

    Attached is Scenario B for Friday's role-play lab. Everything in it is fictitious - please don't
    bring real case details into the lab, even anonymized.

    Schedule: 9:00 warm-up, 9:30-11:30 rotations (3 trainees per actor), 11:30 group debrief.
    Location: Training room 2, camera on for self-review (recordings deleted after 30 days).

    Thank you to our volunteer actors from the donor family council for coming back again!
    """) + fsc.sig()
    return mk(fsc.addr, [formataddr(("Role-play lab", "roleplay@" + ORGD)), S['edu'].addr],
              "Friday role-play lab - Scenario B", d, body,
              atts=[("Scenario_B_fictitious.docx", DOCX, docx(paras))]), ""

@reg("clean", "training")
def train_inservice():
    hd = S['hdev']
    h = HOSP["mercy"]
    edu_h = P("ICU Clinical Nurse Educator", "MSN, RN, CCRN", dom=h["dom"], sex="F", style="first.last")
    d = rdate()
    body = D(f"""
    Hi {edu_h.first},

    Here is the outline for the 30-minute "Donation 101" in-service for ICU nights on the 22nd. CE is
    approved for 0.5 contact hours.

    1. Why timely referral matters (5 min) - the 1-hour rule and your clinical triggers
    2. Making the call (10 min) - practice with a SAMPLE referral:
         "Hi, this is RN Test from 4 West. I'm calling about a sample patient, 60-year-old male,
          ventilated, GCS 4, family discussing comfort care tomorrow."
       What the Referral Line will ask: height, weight, admit diagnosis, vent status, meds, labs,
       whether family is present. No need to have everything - call anyway.
    3. Do's and don'ts (10 min) - don't mention donation to families first; do keep the patient on
       the vent; do call before any withdrawal conversation
    4. Q&A (5 min)

    I'll bring trigger badge cards and the laminated referral quick guide. Could you reserve the ICU
    conference room and print the sign-in sheet for CE?

    Thanks!
    """) + hd.sig()
    return mk(hd.addr, edu_h.addr, "Donation 101 in-service outline - ICU nights", d, body), ""

@reg("clean", "training")
def train_sandbox():
    edu = S['edu']
    d = rdate()
    body = D(f"""
    Sandbox accounts for the DonorNet / iTransplant training module are ready.

    Training environment: https://train-itx.{ORGD}  (data resets every Sunday night)
    Your login: first initial + last name + "_trn" (e.g. jsmith_trn). Temporary password in Teams chat.

    Training donors loaded (all fictional):
      TRN0001  "Training Donor One"   ABO A   DBD  - use for match run exercise
      TRN0002  "Training Donor Two"   ABO O   DCD  - use for organ offer/decline practice
      TRN0003  "Training Donor Three" ABO B   DBD  - incomplete serologies on purpose (find the gaps)

    Exercises (due before the next skills day):
      1. Enter donor management vitals for TRN0001 (q1h x 4) and a full lab panel.
      2. Run a kidney match run for TRN0001 and document 2 provisional yeses.
      3. For TRN0002, enter a decline with refusal code 830 and the free-text reason.
      4. For TRN0003, list which infectious disease results are missing.

    Screenshots to {edu.email}. Questions at office hours, Tuesdays 2-3.
    """) + edu.sig()
    return mk(edu.addr, formataddr(("New Coordinator Cohort", "newcoord-cohort@" + ORGD)),
              "iTransplant training sandbox - accounts & exercises", d, body), ""

# =====================================================================
# main
# =====================================================================
EXPECTED = {("phi", "care"): 8, ("phi", "ids"): 8, ("phi", "lang"): 8, ("phi", "lists"): 7, ("phi", "names"): 8,
            ("phi", "self"): 7, ("phi", "struct"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
            ("clean", "news"): 6, ("clean", "staff"): 7, ("clean", "training"): 6}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = [["file", "label", "kind", "patient_name"]]
    for label, kind, fn in REG:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        msg, pname = fn()
        fname = f"{label}-{kind}-{n:03d}.eml"
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, pname])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    for k, v in EXPECTED.items():
        if counts.get(k) != v:
            print(f"WARNING: {k} has {counts.get(k)} expected {v}")
    total = 0
    for (label, kind), v in counts.items():
        print(f"{label}-{kind}: {v}")
        total += v
    print(f"total: {total}")

if __name__ == "__main__":
    main()
