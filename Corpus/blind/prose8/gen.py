#!/usr/bin/env python3
"""Deterministic generator for a blind PHI / clean email evaluation set (prose8).

Standard library only.  Writes <label>-<kind>-NNN.eml and labels.csv into the
current directory (or --out DIR).  Everything is invented; a fixed seed drives
both a private RNG (content) and Python's global RNG (MIME boundaries).
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 20250308
random.seed(SEED)
R = random.Random(SEED * 7 + 1)


def D(s):
    """Dedent a triple-quoted block (only single-line values interpolated)."""
    return textwrap.dedent(s).strip("\n") + "\n"


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Dale", "Wesley", "Curtis", "Glen", "Travis", "Harold", "Dwayne", "Kenneth", "Roy", "Bobby"],
           ["Linda", "Brenda", "Tammy", "Joanne", "Shirley", "Megan", "Darlene", "Kayla", "Bonnie", "Peggy"],
           ["Whitaker", "Pruitt", "Hollis", "Danner", "McCray", "Stoltz", "Barlow", "Tillman", "Gaskins",
            "Ridley", "Fenwick", "Ashby", "Kroll", "O'Sullivan", "Fitzgerald", "Vandermeer", "Lusk"]),
    "es": (["José", "Luis", "Ernesto", "Rafael", "Joaquín", "Héctor", "Rigoberto"],
           ["María Elena", "Guadalupe", "Rosa", "Yesenia", "Marisol", "Lucía", "Araceli"],
           ["Gutiérrez", "Zamora", "Villanueva", "Castañeda", "Ibarra", "Salcedo", "Ochoa", "Barrientos",
            "Gutiérrez-Olmos", "De la Garza"]),
    "zh": (["Wei", "Jianguo", "Hao", "Zhiqiang"], ["Mei", "Xiulan", "Lihua", "Yan"],
           ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"]),
    "vi": (["Thanh", "Minh", "Quang", "Duc"], ["Hoa", "Lan", "Thuy", "Ngoc"],
           ["Nguyen", "Tran", "Pham", "Le", "Vo", "Dang"]),
    "ko": (["Ji-hoon", "Sung-min", "Dong-hyun"], ["Eun-ji", "Min-seo", "Hye-jin"],
           ["Park", "Kim", "Choi", "Yoon", "Han"]),
    "tl": (["Rodel", "Jericho", "Ramil"], ["Maricel", "Analyn", "Rowena"],
           ["Dela Cruz", "Bautista", "Manalo", "Villareal", "Macaraeg", "Santos"]),
    "ar": (["Samir", "Khaled", "Yousef", "Omar"], ["Rania", "Layla", "Huda", "Noor"],
           ["Haddad", "Khoury", "Al-Masri", "Nasser", "Saleh", "Darwish"]),
    "ht": (["Jean-Robert", "Wilfrid", "Frantz", "Ti-Jean"], ["Marie-Carmelle", "Guerline", "Nadège", "Rose-Andrée"],
           ["Jean-Baptiste", "Dorvil", "Charles", "Toussaint", "Exantus", "Pierre-Louis"]),
    "pt": (["João", "Thiago", "Marcelo"], ["Ana Paula", "Fernanda", "Luciana"],
           ["Ferreira", "Oliveira", "Souza", "Carvalho", "Almeida"]),
    "pl": (["Krzysztof", "Tomasz", "Marek"], ["Agnieszka", "Katarzyna", "Halina"],
           ["Kowalczyk", "Nowak", "Wójcik", "Mazur", "Krawczyk"]),
    "hi": (["Rajesh", "Sanjay", "Vikram", "Anil"], ["Sunita", "Priya", "Kavita", "Meena"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Deshpande"]),
    "fr": (["Étienne", "Laurent", "Michel"], ["Geneviève", "Isabelle", "Chantal"],
           ["Lefebvre", "Dubois", "Moreau", "Gagnon", "Tremblay"]),
    "ja": (["Haruki", "Kenji", "Takeshi"], ["Yuko", "Aiko", "Emiko"],
           ["Sato", "Tanaka", "Watanabe", "Yamamoto", "Kobayashi"]),
    "so": (["Abdirahman", "Abdullahi", "Hassan", "Mahad"], ["Fadumo", "Hodan", "Ayaan", "Sahra"],
           ["Farah", "Warsame", "Abdi", "Osman", "Jama", "Hersi"]),
    "ng": (["Chukwuemeka", "Oluwaseun", "Babatunde"], ["Ngozi", "Adaeze", "Funmilayo"],
           ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu"]),
    "ru": (["Sergei", "Dmitri", "Vadim"], ["Olga", "Tatiana", "Svetlana"],
           ["Petrov", "Volkov", "Sokolov", "Morozov", "Lebedev"]),
}
CULTS = list(NAMES)


class P:
    def __init__(self, cult=None, sex=None):
        self.cult = cult or pick(CULTS)
        self.sex = sex or pick("MF")
        m, f, s = NAMES[self.cult]
        self.g = pick(m if self.sex == "M" else f)
        self.s = pick(s)
        if self.cult == "ru" and self.sex == "F":
            self.s += "a"

    @property
    def full(self):
        return f"{self.g} {self.s}"

    @property
    def title(self):
        return "Mr." if self.sex == "M" else pick(["Mrs.", "Ms."])

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    def LAST_First(self):
        return f"{self.s.upper()}, {self.g.upper()}"

    def hl7(self):
        return f"{self.s.upper()}^{self.g.upper()}"


# --------------------------------------------------------------------------
# Dates / identifiers
# --------------------------------------------------------------------------
BASE = dt.datetime(2025, 3, 3, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def when(days=0, spread=110):
    d = BASE + dt.timedelta(days=days + R.randint(0, spread), minutes=R.randint(0, 11 * 60))
    if d.weekday() >= 5 and chance(0.7):
        d += dt.timedelta(days=7 - d.weekday())
    return d


def fut(d, lo=2, hi=30):
    x = d + dt.timedelta(days=R.randint(lo, hi))
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def past(d, lo=2, hi=30):
    x = d - dt.timedelta(days=R.randint(lo, hi))
    while x.weekday() >= 5:
        x -= dt.timedelta(days=1)
    return x


def dob(lo=19, hi=92):
    y = 2025 - R.randint(lo, hi)
    return dt.date(y, R.randint(1, 12), R.randint(1, 28))


def age_of(b):
    return 2025 - b.year - (1 if (b.month, b.day) > (3, 15) else 0)


def us(d):
    return f"{d.month}/{d.day}/{d.year}"


def us0(d):
    return d.strftime("%m/%d/%Y")


def usy(d):
    return f"{d.month}/{d.day}/{str(d.year)[2:]}"


def iso(d):
    return d.strftime("%Y-%m-%d")


def longd(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def dayname(d):
    return d.strftime("%A")


def hl7d(d):
    return d.strftime("%Y%m%d")


def tm(d):
    h = R.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 15, 16])
    m = R.choice([0, 0, 15, 30, 30, 45])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def mrn():
    return str(R.randint(1, 9)) + digits(7)


def phone():
    return f"({R.choice(['312','414','608','262','920','773','630'])}) 555-01{R.randint(10, 99)}"


def phone_dash():
    return f"{R.choice(['312','414','608','262','920'])}-555-01{R.randint(10, 99)}"


STREETS = ["Larkspur Ln", "W Oneida St", "Calumet Ave", "N 47th St", "Fox Hollow Rd", "Birchwood Ct",
           "S Kinnickinnic Ave", "Prairie View Dr", "E Silver Spring Dr", "Willow Bend Cir", "County Rd JJ",
           "Mill Pond Rd", "Harbor Pointe Blvd", "W Greenfield Ave"]
CITIES = [("Harrowgate", "WI", "53"), ("Lakemont", "WI", "53"), ("Fond du Lac", "WI", "54"),
          ("Waukegan", "IL", "60"), ("Kenosha", "WI", "53"), ("Cedar Prairie", "WI", "53"),
          ("Elgin", "IL", "60"), ("Racine", "WI", "53")]


def addr():
    c, st, z = pick(CITIES)
    apt = pick(["", "", "", f" Apt {R.randint(1, 4)}{pick('ABCD')}", f" Unit {R.randint(101, 412)}", " Lot 17"])
    return f"{R.randint(100, 9899)} {pick(STREETS)}{apt}", f"{c}, {st} {z}{digits(3)}"


def mailaddr(p, dom=None):
    dom = dom or pick(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "charter.net", "att.net"])
    gg = asciiish(p.g.split()[0]).lower().replace("-", "")
    ss = asciiish(p.s).lower().replace(" ", "").replace("'", "").replace("-", "")
    base = gg + ss
    style = R.randint(0, 4)
    if style == 0:
        return f"{base}{R.randint(50, 99)}@{dom}"
    if style == 1:
        return f"{gg[0]}{ss}@{dom}"
    if style == 2:
        return f"{gg}.{ss}@{dom}"
    if style == 3:
        return f"{pick(['grandma', 'mama', 'papa', 'lucky', 'bigdog', 'sunshine', 'packerfan'])}{ss[:3]}{R.randint(1, 999)}@{dom}"
    return f"{ss}.{gg[0]}{R.randint(1, 9)}@{dom}"


def asciiish(s):
    tbl = str.maketrans("áéíóúñçãõèêôüłśżźćąęÁÉÍÓÚÑ", "aeiouncaoeeoulszzcaeAEIOUN")
    return s.translate(tbl)


# --------------------------------------------------------------------------
# Organisations, writers, disclaimers
# --------------------------------------------------------------------------
DISC = {
    "LH": ("CONFIDENTIALITY NOTICE: This message and any attachments are for the sole use of the intended "
           "recipient(s) and may contain confidential and privileged information, including protected health "
           "information (PHI) subject to HIPAA. Any unauthorized review, use, disclosure or distribution is "
           "prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and "
           "destroy all copies of the original message. Lakemont Health, 2200 Shoreline Pkwy, Lakemont WI."),
    "CM": ("This e-mail may contain Protected Health Information (PHI) or other confidential information of "
           "Cordell Mutual Health Plan. If you received it in error, notify the sender and delete it. "
           "Cordell Mutual will never ask for your password by e-mail."),
    "HC": ("NOTICE: Harrow County is subject to Wisconsin's Public Records Law. This communication may be "
           "subject to disclosure. Information that identifies individuals or contains protected health "
           "information is confidential under Wis. Stat. 252.05 and HIPAA."),
    "BW": ("Bellwether Senior Living | Caring Since 1987 -- This email may contain confidential resident "
           "information protected by state and federal privacy law. Do not forward outside Bellwether."),
    "BA": ("BrightArc Dental Partners - privileged & confidential. This email may contain protected health "
           "information. If you are not the intended recipient please delete it."),
    "NF": ("42 CFR PART 2 NOTICE: This information has been disclosed to you from records protected by federal "
           "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further "
           "disclosure of information in this record that identifies a patient as having or having had a "
           "substance use disorder unless further disclosure is expressly permitted by written consent."),
    "NF2": ("Northfork Behavioral Health -- If you are in crisis, call or text 988. This mailbox is not "
            "monitored after hours. Confidential; may contain PHI."),
    "KS": ("Keystone Medical Supply, Inc. | Accredited by ACHC | This message may contain confidential "
           "information intended only for the addressee."),
    "TD": ("Tessera Diagnostics CLIA #52D0998871 | CAP #7712094. This transmission may contain protected health "
           "information. If received in error, call Client Services at 1-800-555-0177 and destroy all copies."),
    "PU": ("Pinecrest University Student Health Services. Please do not send sensitive health information over "
           "unencrypted email. Use the secure patient portal (MyPinecrestHealth)."),
    "OF": ("PRIVILEGED & CONFIDENTIAL -- ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT. This message "
           "may contain protected health information disclosed pursuant to HIPAA authorization or court order. "
           "If you are not the intended recipient, please notify Oduya, Fairbanks & Lim LLP immediately."),
}


class W:
    def __init__(self, name, email, sig, org):
        self.name, self.email, self.sig, self.org = name, email, sig, org

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"

    @property
    def first(self):
        return self.name.split()[0]


WR = {
    "denise": W("Denise Kowalczyk", "dkowalczyk@lakemonthealth.org",
                "Denise K.\nScheduling Coordinator | GI Lab & Endoscopy\nLakemont Health | x4471", "LH"),
    "rv": W("Raj Venkataraman", "rvenkataraman@lakemonthealth.org", "-RV\n\nSent from my iPhone", "LH"),
    "tamika": W("Tamika Broadnax", "tbroadnax@lakemonthealth.org",
                "Tamika Broadnax, RN, BSN\nCharge Nurse - 6 West Med/Surg\nLakemont Health Main Campus\nVocera: \"6 West Charge\"", "LH"),
    "greg": W("Greg Ostrowski", "gostrowski@lakemonthealth.org",
              "Greg Ostrowski\nSr. Integration Analyst, IS Interfaces\nLakemont Health | 414-555-0190\n\"If it isn't in the ticket, it didn't happen.\"", "LH"),
    "colleen": W("Colleen Marsh", "cmarsh@lakemonthealth.org",
                 "Colleen Marsh, RHIT\nRelease of Information Specialist\nHealth Information Management\nLakemont Health\nPh 414-555-0132 | Fax 414-555-0133", "LH"),
    "priya": W("Priya Natarajan", "pnatarajan@cordellmutual.com",
               "Thanks so much!\nPriya Natarajan, RN, CCM\nUtilization Management | Cordell Mutual Health Plan\nDirect 262-555-0148", "CM"),
    "bart": W("Bart Hemming", "bhemming@cordellmutual.com",
              "Bart Hemming | EDI Operations | Cordell Mutual\n(o) 262-555-0160", "CM"),
    "lorraine": W("Lorraine Chu", "lchu@cordellmutual.com",
                  "Lorraine Chu\nSupervisor, Member Services\nCordell Mutual Health Plan", "CM"),
    "nkechi": W("Nkechi Obi", "nobi@harrowcountywi.gov",
                "Respectfully,\nNkechi Obi, MPH, RN\nCommunicable Disease Nurse Epidemiologist\nHarrow County Public Health Department\n(920) 555-0119", "HC"),
    "dale": W("Dale Ruehl", "druehl@harrowcountywi.gov",
              "Dale Ruehl\nImmunization Program Coordinator\nHarrow Co. Public Health", "HC"),
    "sharon": W("Sharon Pfeiffer", "spfeiffer@bellwetherliving.com",
                "Sharon Pfeiffer, RN, RAC-CT\nMDS Coordinator / ADON\nBellwether at Cedar Prairie", "BW"),
    "marco": W("Marco Benedetti", "mbenedetti@bellwetherliving.com",
               "Marco Benedetti, NHA\nExecutive Director, Bellwether at Cedar Prairie", "BW"),
    "jolene": W("Jolene Bauer", "jolene.bauer@brightarcdental.com",
                "Have a blessed day!\nJolene Bauer\nFront Office Lead, BrightArc Dental - Kenosha\n262-555-0171", "BA"),
    "azizi": W("Farid Azizi", "fazizi@brightarcdental.com", "Dr. Farid Azizi, DDS\nBrightArc Dental Partners", "BA"),
    "hannah": W("Hannah Lindqvist", "hlindqvist@northforkbh.org",
                "Hannah Lindqvist, LCSW (she/her)\nOutpatient Therapist, Northfork Behavioral Health", "NF"),
    "tony": W("Tony Reyes", "treyes@northforkbh.org", "Tony Reyes\nIntake Coordinator\nNorthfork Behavioral Health", "NF"),
    "kyle": W("Kyle Brandt", "kbrandt@keystonemedsupply.com",
              "Thanks,\nKyle Brandt\nCustomer Care | Keystone Medical Supply\n\"Delivering Independence\"", "KS"),
    "maureen": W("Maureen Tate", "mtate@keystonemedsupply.com",
                 "Maureen Tate\nReimbursement Specialist\nKeystone Medical Supply, Inc.", "KS"),
    "sven": W("Sven Aaberg", "saaberg@tesseradx.com",
              "Sven Aaberg\nLIS Administrator | Tessera Diagnostics\n1-800-555-0177 opt 4", "TD"),
    "okafor": W("Lucinda Okafor", "lokafor@tesseradx.com",
                "Lucinda Okafor, MD\nMedical Director, Clinical Pathology\nTessera Diagnostics", "TD"),
    "becca": W("Becca Thornquist", "rthornquist@pinecrest.edu",
               "Becca Thornquist, RN\nNurse Care Manager, Student Health Services\nPinecrest University", "PU"),
    "elliot": W("Elliot Samuelson", "esamuelson@pinecrest.edu",
                "Elliot Samuelson, MD\nMedical Director, Student Health Services", "PU"),
    "adaeze": W("Adaeze Oduya", "aoduya@ofllaw.com",
                "Adaeze N. Oduya\nPartner\nOduya, Fairbanks & Lim LLP\n330 E. Kilbourn Ave., Suite 1400, Milwaukee, WI 53202\nT 414-555-0102", "OF"),
    "renee": W("Renée Duchamp", "rduchamp@ofllaw.com",
               "Renée Duchamp\nSenior Paralegal | Oduya, Fairbanks & Lim LLP\nT 414-555-0105", "OF"),
}


def signed(w, body, disc=True, sep="\n\n"):
    out = body.rstrip("\n") + sep + w.sig + "\n"
    if disc and w.org in DISC:
        out += "\n" + textwrap.fill(DISC[w.org], 76) + "\n"
    return out


def quote(text, prefix="> "):
    return "".join((prefix + ln).rstrip() + "\n" if ln.strip() else prefix.rstrip() + "\n"
                   for ln in text.rstrip("\n").split("\n"))


def hdr_line(w, d):
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {tm(d)}, {w} wrote:"


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = f"From: {frm}\nSent: {sent.strftime('%A, %B')} {sent.day}, {sent.year} {tm(sent)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n"


def html_wrap(inner, font="Calibri, sans-serif"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body style=\"font-family: {font}; font-size: 11pt;\">\n{inner}\n</body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def table_html(head, rows, border=1):
    h = "<tr>" + "".join(f"<th style=\"background:#dde4ee;padding:3px\">{esc(c)}</th>" for c in head) + "</tr>\n"
    b = "".join("<tr>" + "".join(f"<td style=\"padding:3px\">{esc(str(c))}</td>" for c in r) + "</tr>\n" for r in rows)
    return f"<table border=\"{border}\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n{h}{b}</table>"


def table_text(head, rows):
    cols = list(zip(head, *rows))
    w = [max(len(str(x)) for x in c) for c in cols]
    line = lambda r: "  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return "\n".join([line(head), "  ".join("-" * x for x in w)] + [line(r) for r in rows]) + "\n"


# --------------------------------------------------------------------------
# MIME rendering
# --------------------------------------------------------------------------
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774.300.61.1.2)", "Mozilla Thunderbird 115.8.1",
           "iPhone Mail (21D61)", "Microsoft Outlook for Android", "Roundcube Webmail/1.6.5",
           "Epic In Basket Notification Relay 4.2", "Lotus Notes Release 9.0.1FP10"]


def mid(dom):
    return f"<{R.getrandbits(64):016x}.{R.randint(1000, 9999)}@{dom}>"


def _set_text(part_fn, text, subtype, charset, cte):
    try:
        part_fn(text, subtype=subtype, charset=charset, cte=cte)
    except (UnicodeError, LookupError):
        part_fn(text, subtype=subtype, charset="utf-8", cte=None if cte in ("7bit", None) else cte)


def render(s):
    m = EmailMessage()
    m["From"] = s["frm"]
    m["To"] = s["to"]
    if s.get("cc"):
        m["Cc"] = s["cc"]
    m["Subject"] = s["subject"]
    d = s.get("date") or when()
    m["Date"] = format_datetime(d)
    dom = s["frm"].split("@")[-1].strip(">").strip()
    m["Message-ID"] = mid(dom)
    if s["subject"].lower().startswith(("re:", "fw:", "fwd:", "aw:", "rv:", "tr:")) or s.get("reply"):
        ref = mid(pick(["lakemonthealth.org", "gmail.com", "cordellmutual.com", "outlook.com", dom]))
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    if s.get("mailer", pick(MAILERS + [None, None])):
        m["X-Mailer"] = s.get("mailer") or pick(MAILERS)
    for k, v in s.get("headers", []):
        m[k] = v
    charset = s.get("charset", "utf-8")
    cte = s.get("cte")
    mode = s.get("mode", "plain")
    text, html = s.get("text"), s.get("html")
    if mode == "html":
        _set_text(m.set_content, html, "html", charset, cte)
    elif mode == "alt":
        _set_text(m.set_content, text, "plain", charset, cte)
        m.add_alternative(html, subtype="html", charset=charset if charset != "us-ascii" else "utf-8",
                          cte=s.get("html_cte", pick([None, None, "base64"])))
    else:
        _set_text(m.set_content, text, "plain", charset, cte)
    for a in s.get("atts", []):
        fn, mt, data = a[0], a[1], a[2]
        acte = a[3] if len(a) > 3 else None
        maint, sub = mt.split("/")
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
        elif maint == "text":
            acs = a[4] if len(a) > 4 else "utf-8"
            m.add_attachment(data, subtype=sub, charset=acs, cte=acte, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    return m


def inner_msg(frm, to, subj, d, text, charset="utf-8", cte=None, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(d)
    m["Message-ID"] = mid(frm.split("@")[-1].strip(">"))
    if html:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html, subtype="html")
    else:
        m.set_content(text, charset=charset, cte=cte)
    return m


def carrier(s, i):
    """Pick a carrier variant when a builder does not insist on one."""
    if "mode" in s:
        return s
    v = i % 6
    if v in (0, 3) or not s.get("text"):
        s["mode"] = "plain"
        s.setdefault("cte", pick([None, "quoted-printable", None, "base64", "8bit"]))
    elif v in (1, 4):
        s["mode"] = "alt"
        s["html"] = html_wrap(text_to_html(s["text"]))
        s.setdefault("cte", pick([None, "quoted-printable"]))
    elif v == 2:
        s["mode"] = "html"
        s["html"] = html_wrap(text_to_html(s["text"]), font=pick(["Arial", "Verdana", "Segoe UI", "Times New Roman"]))
        s.setdefault("cte", pick(["quoted-printable", "base64", None]))
    else:
        s["mode"] = "plain"
        s.setdefault("cte", "quoted-printable")
    return s


# ==========================================================================
# PHI - care without diagnosis words
# ==========================================================================
def care_colonoscopy_prep(i):
    w = WR["denise"]
    p = P(pick(["en", "pl", "es"]))
    d = when()
    ap = fut(d, 10, 40)
    body = D(f"""
        hi {p.g.split()[0].lower()},

        got you on the books for {dayname(ap)} {us(ap)}, arrive 7:15am at the GI Lab (2nd floor, west elevators).
        you'll need a driver -- no uber/lyft/taxi unless someone rides WITH you, sorry thats the rule.

        prep: the Golytely jug was sent to the walgreens on {pick(['Calumet', 'Oneida', 'Green Bay Rd'])}. clear liquids all day before,
        start drinking at 5pm, second half at 2am. nothing red or purple!!

        if you take blood thinners call us back, dont just stop them on your own.

        thx!!
        """)
    return dict(frm=w.addr, to=f"{p.full} <{mailaddr(p)}>", subject="your procedure date + prep instructions",
                text=signed(w, body), date=d, patient=p.s)


def care_picc(i):
    w = WR["tamika"]
    p = P()
    d = when()
    rm = f"6{pick('WE')}-{R.randint(601, 640)}"
    body = D(f"""
        Night shift handoff items for {rm}, {p.title} {p.s}:

          - back from IR at 1540, PICC placed R basilic, 5Fr double lumen
          - needs portable CXR for tip confirmation BEFORE anyone uses it
          - IV team aware, consent in chart
          - daughter ({pick(['Carol', 'Renee', 'Dana', 'Mona'])}) is POA, wants a call if plan changes, # on whiteboard
          - PT/OT eval pending, ambulated 40 ft w/ walker this AM

        Please document the CXR read in the LDA before signing off.
        """)
    return dict(frm=w.addr, to="6W Night RNs <6west-nights@lakemonthealth.org>", subject=f"{rm} handoff - line placement",
                text=signed(w, body), date=d, patient=p.s)


def care_dme_bed(i):
    w = WR["kyle"]
    p = P(pick(["en", "ng", "ht", "pl"]))
    a1, a2 = addr()
    d = when()
    dl = fut(d, 1, 4)
    body = D(f"""
        Hi team,

        New delivery for {dayname(dl)} {us(dl)}, 8-12 window:

        Customer: {p.full}
        Address: {a1}, {a2}
        Phone: {phone()}  (ask for son, {pick(['Marcus', 'Tyrell', 'Pete', 'Andre'])})

        Items:
          1 x E0260 semi-electric hospital bed w/ half rails
          1 x E0910 trapeze bar, freestanding
          1 x E0184 dry pressure mattress (swap out the foam one that came w/ the bed)
          1 x E0165 commode chair, 3-in-1

        Order from Lakemont Home Health discharge planner, signed WOPD is in the portal. Bedroom is on the
        main floor, 2 steps at the front door, no ramp. Please bring the small dolly.
        """)
    return dict(frm=w.addr, to="Dispatch <dispatch@keystonemedsupply.com>", subject=f"Delivery add-on {us(dl)} - {p.s}",
                text=signed(w, body, disc=chance(0.5)), date=d, patient=p.s)


def care_dental_crown(i):
    w = WR["jolene"]
    p = P(pick(["en", "es", "ko", "hi"]), "F")
    d = when()
    ap = fut(d, 3, 14)
    text = D(f"""
        Hi {p.title} {p.s}!

        Just a friendly reminder that your crown seat on tooth #{pick([3, 14, 19, 30])} with Dr. Azizi is {dayname(ap)}, {longd(ap)} at {tm(ap)}.
        The lab sent your crown back early :) It should take about 45 minutes.

        Please bring your nightguard so we can check the fit afterward, and remember we'll be numbing the area so
        plan on a soft lunch. Your estimated portion after Delta Dental is ${R.randint(180, 460)}.{pick(['00', '50', '20'])}.

        Reply C to confirm or call us to reschedule.
        """)
    return dict(frm=w.addr, to=mailaddr(p), subject="Appointment reminder - BrightArc Dental Kenosha",
                text=signed(w, text), date=d, patient=p.s, mode="alt",
                html=html_wrap(text_to_html(signed(w, text)), font="Georgia"))


def care_24hr_urine(i):
    w = WR["sven"]
    p = P(sex="F")
    b = dob(30, 80)
    d = when()
    text = D(f"""
        Courier team / client services --

        Need an extra stop on Route 7 tomorrow: patient {p.s}, {p.g}  DOB {us0(b)} is returning a 24-hour urine
        collection jug to the Cedar Prairie draw station instead of the main lab. The jug has the orange
        label, kept on ice. Please log it under accession {R.randint(25, 25)}-{pick(['U', 'C'])}{digits(6)}.

        Also she was given the wrong requisition (creatinine clearance only) -- ordering office faxed the
        corrected one with protein/creat added. Make sure the draw station swaps it before pickup.
        """)
    return dict(frm=w.addr, to="clientservices@tesseradx.com, courier-dispatch@tesseradx.com",
                subject="Route 7 add stop - 24h urine return", text=signed(w, text), date=d, patient=p.s)


def care_wound_vac(i):
    w = WR["priya"]
    p = P(pick(["en", "es", "ar"]))
    mid_ = f"CMH{digits(9)}"
    d = when()
    text = D(f"""
        Hi Angela,

        Following up on the home health referral we discussed. Member {p.full} (ID {mid_}) is approved for:

          * Skilled nursing visits 3x/wk x 4 wks for negative pressure wound therapy dressing changes (M/W/F)
          * Wound vac rental (E2402) + canisters/dressings, 30 days, via Keystone Medical Supply
          * PT eval and treat, up to 6 visits

        Auth # UM-{digits(7)}, effective {us0(fut(d, 1, 3))}. Please send visit notes with the recert request; we'll need
        measurements from the last two visits to extend.
        """)
    return dict(frm=w.addr, to="Angela Ruiz <aruiz@lakemonthomehealth.org>", subject="RE: NPWT referral - auth approved",
                text=signed(w, text), date=d, patient=p.s)


def care_mri_auth(i):
    w = WR["denise"]
    p = P()
    d = when()
    text = D(f"""
        Hi Cordell UM,

        Faxed this twice, nobody called back. Resending by email per your rep (ref call # {digits(8)}).

        Pt: {p.LAST_First()}
        DOB: {usy(dob())}
        Member ID: {pick(['CMH', 'CMX'])}{digits(9)}
        Requested: MRI lumbar spine w/o contrast (CPT 72148), + MRI L hip w/o (73721)
        Ordering: Dr. {pick(['Heather Vogt', 'Samuel Ikeda', 'Nadia Bakr'])}, Lakemont Ortho
        Sched date: {us(fut(d, 5, 12))} -- will have to cancel if no auth by the 3rd

        clinicals attached in the portal upload (6 wks PT notes).

        thx
        """)
    return dict(frm=WR["denise"].addr.replace("Denise Kowalczyk", "Denise Kowalczyk (Lakemont Imaging)"),
                to="um-intake@cordellmutual.com", subject="prior auth pending 10+ days -- PLEASE READ",
                text=signed(w, text), date=d, patient=p.s)


def care_allergy_shots(i):
    w = WR["becca"]
    p = P(pick(["ko", "zh", "en", "so"]))
    d = when()
    text = D(f"""
        Hi {p.g.split()[0]},

        Welcome back from break! Your allergy extract vials arrived from Dr. {pick(['Lindgren', 'Oyelaran'])}'s office and are in
        our fridge. Injection clinic hours are Tue/Thu 1-4pm at Student Health (Marston Hall, lower level).

        Since it's been more than 3 weeks since your last dose, the nurse will step your dose back per the
        schedule your allergist sent. Plan to stay 30 minutes after each injection and bring your
        epinephrine auto-injector -- we can't give the shot without it.

        Your PUID {pick(['9', '8'])}{digits(7)} is already on the clinic list.
        """)
    return dict(frm=w.addr, to=f"{p.g.split()[0].lower()}.{asciiish(p.s).lower().replace(' ', '')}@students.pinecrest.edu",
                subject="Allergy injection clinic - spring", text=signed(w, text), date=d, patient=p.s)


def care_ltc_therapy(i):
    w = WR["sharon"]
    p = P(pick(["en", "pl", "fr"]), "F")
    d = when()
    rm = R.randint(101, 148)
    text = D(f"""
        Team,

        {p.g} {p.s} (Rm {rm}) returned from Lakemont this afternoon. Readmit paperwork done. Please note:

        - Therapy: PT 5x/wk, OT 5x/wk, ST eval ordered for swallow -- NPO except meds until ST sees her
        - Rehab potential good per hospital PT. Skilled start date {us(d)}, 5-day MDS ARD set for {us(fut(d, 4, 6))}
        - Hoyer x2 for transfers until PT clears
        - New O2 2L NC, concentrator being delivered by Keystone tonight
        - Family meeting with son Paul on Thursday 2:30 in the small conference room

        IDT please have your sections done by the ARD. THANK YOU!!
        """)
    return dict(frm=w.addr, to="cp-idt@bellwetherliving.com", subject=f"Readmit Rm {rm}",
                text=signed(w, text), date=d, patient=p.s)


def care_infusion(i):
    w = W("Infusion Center Scheduling", "infusion-sched@lakemonthealth.org", "Lakemont Health Infusion Center\n3rd Floor, Pavilion B\n414-555-0150", "LH")
    p = P()
    d = when()
    ds = [fut(d, 2, 5)]
    ds.append(fut(ds[0], 6, 8))
    text = D(f"""
        Dear {p.title} {p.s},

        This message confirms your iron infusion appointments (Venofer, 200 mg) at the Lakemont Health Infusion Center:

            Visit 1: {dayname(ds[0])}, {longd(ds[0])} - {tm(ds[0])} - Chair 11
            Visit 2: {dayname(ds[1])}, {longd(ds[1])} - {tm(ds[1])} - Chair 11

        Each visit takes about 90 minutes. Eat normally and drink plenty of water beforehand. Lab work
        (CBC, ferritin) will be drawn from your IV at the start of visit 2.

        To reschedule call 414-555-0150. Do not reply to this automated message.
        """)
    return dict(frm=w.addr, to=mailaddr(p), subject="Appointment Confirmation", text=signed(w, text), date=d, patient=p.s,
                mailer="Epic In Basket Notification Relay 4.2")


def care_pharmacy_refill(i):
    p = P(pick(["en", "ng", "hi"]))
    d = when()
    rx = R.randint(4100000, 4999999)
    html = html_wrap(f"""
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#00549f;color:#fff;padding:10px">
<b>Lakemont Health Outpatient Pharmacy</b></td></tr>
<tr><td style="padding:12px">
<p>Hello {esc(p.g)},</p>
<p>Your prescription is ready for pickup at <b>Lakemont Pharmacy - Pavilion A</b>.</p>
<table cellpadding="4">
<tr><td>Rx #</td><td>{rx}</td></tr>
<tr><td>Medication</td><td>Apixaban 5 mg tablet (60)</td></tr>
<tr><td>Rx #</td><td>{rx + R.randint(3, 99)}</td></tr>
<tr><td>Medication</td><td>Metoprolol succinate ER 25 mg (30)</td></tr>
<tr><td>Copay</td><td>${R.randint(5, 47)}.00</td></tr>
</table>
<p>Pickup by {esc(longd(fut(d, 7, 10)))} or the order will be returned to stock.</p>
<p style="font-size:9pt;color:#777">Reply STOP to opt out of pharmacy emails. {esc(DISC['LH'])}</p>
</td></tr></table>""", font="Arial")
    return dict(frm="Lakemont Pharmacy <noreply-pharmacy@lakemonthealth.org>", to=f"{p.full} <{mailaddr(p)}>",
                subject=f"{p.g}, your prescriptions are ready", html=html, mode="html", cte="quoted-printable",
                date=d, patient=p.s)


def care_sleep_study(i):
    w = W("Kristin Eckhart", "keckhart@lakemonthealth.org",
          "Kristin Eckhart, RPSGT\nLakemont Sleep Disorders Center", "LH")
    p = P(pick(["en", "ar", "ru", "tl"]), "M")
    d = when()
    ap = fut(d, 4, 20)
    text = D(f"""
        {p.title} {p.s},

        Thanks for calling back. You are scheduled for an in-lab overnight polysomnography (split night) on
        {dayname(ap)} {us(ap)}. Check in at 8:30 PM at the Sleep Center entrance on the north side of the Medical
        Office Building -- the main doors are locked after 8.

        - Wash your hair, no gels or oils
        - No caffeine after noon, no naps
        - Bring your usual evening medications and something comfortable to sleep in
        - If we start CPAP during the night, the technologist will fit a mask, you don't need to bring anything

        You'll be done by 6 AM. Your wife is welcome to stay until lights out.
        """)
    return dict(frm=w.addr, to=mailaddr(p), subject="Sleep study 1 night - what to bring", text=signed(w, text, sep="\n\n--\n"),
                date=d, patient=p.s)


def care_group_attendance(i):
    w = WR["hannah"]
    names = [P(pick(["en", "es", "ng", "pl", "so"])) for _ in range(3)]
    d = when()
    text = D(f"""
        Hi Tony,

        Quick attendance update for Tuesday night IOP group ({us(past(d, 1, 3))}) since the sign-in sheet got wet:

          {names[0].g} {names[0].s[0]}. -- present, left at break (ride)
          {names[1].g} {names[1].s} -- no call/no show, 2nd one this month
          {names[2].g} {names[2].s} -- present, did the UDS after group

        Can you have someone call {names[1].g} to re-engage before we discharge from the track? Per our
        consent on file we can leave a message at the cell number only.
        """)
    return dict(frm=w.addr, to=WR["tony"].addr, subject="IOP Tues attendance", text=signed(w, text),
                date=d, patient=names[1].s)


def care_records_request(i):
    w = WR["renee"]
    p = P(pick(["en", "es", "pl", "ng"]))
    b = dob(25, 70)
    d = when()
    inj = past(d, 200, 500)
    text = D(f"""
        Dear Ms. Marsh,

        Enclosed please find a HIPAA-compliant authorization signed by our client, {p.full} (DOB {us0(b)}),
        requesting a certified copy of the following records for dates of service {us0(inj)} through present:

          1. Emergency Department records, including triage notes and nursing flowsheets
          2. All imaging reports and films (CD acceptable) -- CT head and cervical spine from {us0(inj)}
          3. Physical therapy records, Lakemont Rehab - Elgin
          4. Itemized billing statement (UB-04 and CMS-1500 detail)

        We will pay reasonable copy charges per Wis. Stat. 146.83. Please reference our file no.
        OFL-{R.randint(21, 25)}-{digits(4)} on all correspondence.

        Thank you for your assistance.

        Sincerely,
        """)
    return dict(frm=w.addr, to=WR["colleen"].addr, subject=f"Records Request - {p.s}, {p.g} - OFL File",
                text=signed(w, text, sep="\n"), date=d, patient=p.s,
                atts=[("Authorization_signed.txt", "text/plain",
                       f"AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION\nPatient: {p.full}\nDOB: {us0(b)}\n"
                       f"Release to: Oduya, Fairbanks & Lim LLP\nPurpose: Legal\nExpires: one year from signature\n"
                       f"Signature: /s/ {p.full}   Date: {us0(past(d, 2, 9))}\n")])


def care_payment(i):
    w = WR["lorraine"]
    p = P(pick(["en", "vi", "es", "pt"]))
    d = when()
    dos = past(d, 30, 60)
    amt = R.randint(180, 2400)
    text = D(f"""
        Dear {p.g} {p.s},

        Thank you for contacting Cordell Mutual Member Services on {us(past(d, 1, 4))}. As promised, here is a summary of
        the claim you asked about:

          Provider:        Lakemont Health - Urgent Care Elgin
          Date of service: {us0(dos)}
          Billed:          ${amt}.00
          Plan paid:       ${int(amt * 0.62)}.{digits(2)}
          Your share:      ${int(amt * 0.38)}.{digits(2)} (applied to deductible)

        The claim was originally denied for "no referral on file"; we reprocessed it after confirming urgent
        care does not require a referral on your plan. A corrected Explanation of Benefits will be mailed to the
        address on file. Case reference MS-{digits(8)}.
        """)
    return dict(frm=w.addr, to=mailaddr(p), subject="Your recent call - claim reprocessed", text=signed(w, text),
                date=d, patient=p.s)


PHI_CARE = [care_colonoscopy_prep, care_picc, care_dme_bed, care_dental_crown, care_24hr_urine, care_wound_vac,
            care_mri_auth, care_allergy_shots, care_ltc_therapy, care_infusion, care_pharmacy_refill, care_sleep_study,
            care_group_attendance, care_records_request, care_payment]


# ==========================================================================
# PHI - names written every way
# ==========================================================================
def nm_title_surname(i):
    w = WR["sharon"]
    s = pick(["Okonkwo", "Gaskins", "Nowak", "Villanueva", "Haddad"])
    d = when()
    text = D(f"""
        Hi Audiology,

        Mrs. {s} in 12B keeps asking for her hearing aids -- the left one went out with the laundry again (I know...).
        Family found it but it's not working. Can someone come look at it or do we need to send it out?
        She can't participate in group activities without it and she's been refusing meals in the dining room.
        Her daughter will pay whatever the repair is.
        """)
    return dict(frm=w.addr, to="Lakemont Audiology <audiology@lakemonthealth.org>", subject="hearing aid - 12B",
                text=signed(w, text), date=d, patient=s)


def nm_relative_given(i):
    w = WR["denise"]
    rel = P("es", "F")
    mom = pick(["Rosa", "Guadalupe", "Esperanza", "Consuelo"])
    d = when()
    text = D(f"""
        hey Kim,

        {rel.g.split()[0]} from patient accounts stopped by -- her mom {mom} is on the cataract list for Dr. Hwang but the
        first opening is June. {mom} is 81 and driving w/ one good eye, {rel.g.split()[0]} is freaking out.
        any chance we can squeeze her into a cancellation slot? she can come on short notice, lives 5 min away.
        I told {rel.g.split()[0]} no promises.

        thx
        """)
    return dict(frm=WR["denise"].addr, to="Kim Lo <klo@lakemonthealth.org>", subject="favor?",
                text=signed(w, text, disc=False), date=d, patient=mom)


def nm_initials(i):
    w = WR["rv"]
    ini = "".join(pick("ABCDEGHJKLMRSTW") for _ in range(3))
    ini_dot = ".".join(ini) + "."
    b = dob(55, 85)
    d = when()
    text = D(f"""
        pt {ini_dot} ({b.strftime('%m/%d/%y')}) 5W-{R.randint(501, 532)}
        POD2 s/p R TKA. hgb 7.4 this am from 9.1 -- transfuse 1u, recheck at 1600.
        hold lovenox tonight, restart AM if stable. ortho aware.
        """)
    return dict(frm=w.addr, to="Tamika Broadnax <tbroadnax@lakemonthealth.org>", subject="5W",
                text=text + "\n" + w.sig + "\n", date=d, patient=ini, mailer="iPhone Mail (21D61)")


def nm_nickname(i):
    w = WR["kyle"]
    d = when()
    real = pick(["Robert", "Wendell", "Lawrence"])
    nick = pick(["Bubba", "Sarge", "Tiny", "Buck"])
    s = pick(["Tillman", "Hollis", "Pruitt", "Stoltz"])
    text = D(f"""
        Mo,

        {nick} called again lol. For the file: that's {real} "{nick}" {s} on Fox Hollow, the oxygen guy with the
        big dog. Says the concentrator is alarming at night and the backup E tanks are down to 2. Also
        his nasal cannulas are cracking. Sent a tech for tomorrow AM, ticket {R.randint(880000, 899999)}.

        He asked (again) whether Medicare will pay for the portable one. Can you check if his CMN was
        ever recertified?
        """)
    return dict(frm=w.addr, to=WR["maureen"].addr, subject=f"{nick} {s} - O2 again", text=signed(w, text),
                date=d, patient=s)


def nm_last_first_caps(i):
    w = WR["colleen"]
    p = P()
    d = when()
    text = D(f"""
        Dr. Lorentz,

        We received a subpoena duces tecum for {p.LAST_First()} from Harrow County Circuit Court. The request
        includes your office notes from the {pick(['pain management', 'neurology', 'orthopedic'])} visits in
        {longd(past(d, 300, 400))[:-6].split(' ')[0]} and {longd(past(d, 100, 200)).split(' ')[0]}. Per policy, we need the
        treating provider to review before release. Please sign the attached attestation by Friday.

        Regards,
        """)
    return dict(frm=w.addr, to="Dr. Anton Lorentz <alorentz@lakemonthealth.org>",
                subject=f"SUBPOENA - {p.LAST_First()} - provider review needed", text=signed(w, text, sep="\n"),
                date=d, patient=p.s.upper())


def nm_subject_only(i):
    w = WR["priya"]
    p = P(pick(["ar", "ru", "hi", "en"]))
    b = dob(30, 75)
    d = when()
    text = D(f"""
        Hi Dr. Feldmann,

        The lumbar fusion request was denied on first review -- criteria not met (less than 6 months of
        conservative care documented). You're welcome to request a peer to peer; the medical director has
        openings Tue and Thu afternoons this week. If you have additional PT or injection notes, please
        upload them and I'll send it back for re-review.
        """)
    return dict(frm=w.addr, to="Dr. Carl Feldmann <cfeldmann@lakemontortho.com>",
                subject=f"{p.s}, {p.g}  {us0(b)} - denial / P2P available", text=signed(w, text), date=d, patient=p.s)


def nm_japanese_san(i):
    w = W("Naomi Fujikawa", "nfujikawa@lakemonthealth.org",
          "Naomi Fujikawa, CHI\nInterpreter Services (Japanese/English)\nLakemont Health", "LH")
    s, g = pick([("Sato", "Haruki"), ("Tanaka", "Emiko"), ("Kobayashi", "Kenji"), ("Watanabe", "Yuko")])
    d = when()
    ap = fut(d, 2, 8)
    text = D(f"""
        Hello Cardiology front desk,

        I interpreted for {s} {g}-san today (family name first -- that is how the family wants it on the chart
        too -- registration has it entered as "{g} {s}"). {s}-san asked me to pass along:

        - The Holter monitor was returned to the front desk this morning with the diary.
        - The echo on {us(ap)} needs a Japanese interpreter; I put in the request, please attach it to the
          appointment.
        - The family asked whether the results can be mailed in writing because the portal is only in English.
        """)
    return dict(frm=w.addr, to="cardiology-frontdesk@lakemonthealth.org", subject=f"Interpreter note - {s}",
                text=signed(w, text), date=d, patient=s)


def nm_somali(i):
    w = WR["nkechi"]
    g = pick(["Hodan", "Fadumo", "Sahra"])
    f_ = pick(["Abdi", "Mohamed", "Hassan"])
    gf = pick(["Warsame", "Farah", "Jama"])
    d = when()
    text = D(f"""
        Team,

        For the {pick(['Tuesday', 'Wednesday'])} DOT visits: {g} {f_} {gf} (goes by {g}; the clinic has her as
        "{gf.upper()}, {g.upper()} A" -- same person, please don't make a duplicate in WEDSS). Week 9 of 26. She's
        doing the video DOT on weekdays now but the Somali interpreter line drops the call, so Saturday
        stays in person at the apartment on Calumet.

        Sputum x3 due next week. Courier slip is in the blue folder.
        """)
    return dict(frm=w.addr, to="tb-team@harrowcountywi.gov", subject="DOT schedule change", text=signed(w, text),
                date=d, patient=gf)


def nm_double_surname(i):
    w = WR["renee"]
    g = pick(["María Elena", "Ana Lucía", "José Luis"])
    s1, s2 = pick([("Castañeda", "Ibarra"), ("Gutiérrez", "Olmos"), ("Zamora", "Villanueva")])
    d = when()
    text = D(f"""
        Adaeze,

        Quick flag on the {s1} matter: the hospital indexed our client's records under "{s2}, {g.split()[0]}" (they
        dropped the first surname), so the first batch they sent was incomplete -- missing the second ED visit and
        the orthopedic follow-ups. I've sent a corrected request listing every variant: {g} {s1} {s2},
        {g} {s1}-{s2}, {s1}, {g.split()[0]}, and {s2}, {g.split()[0]}.

        The MRI report from the ortho follow-up is what we need before the IME, so I asked them to expedite.
        """)
    return dict(frm=w.addr, to=WR["adaeze"].addr, subject=f"{s1} - records gap", text=signed(w, text, sep="\n\nRenée\n\n"),
                date=d, patient=f"{s1} {s2}", charset=pick(["utf-8", "iso-8859-1"]))


def nm_korean(i):
    w = WR["becca"]
    s, g = pick([("Park", "Ji-hoon"), ("Kim", "Sung-min"), ("Choi", "Dong-hyun")])
    d = when()
    text = D(f"""
        Dr. S --

        FYI the exchange student you saw Friday, {g} {s} ("{g.replace('-', '')} {s.upper()}" on his passport and
        "{s} {g}" on the intake form, so the chart merged oddly), came back for the TB blood test draw. Result
        should be in Monday. His study-abroad office needs the completed form by the 20th.

        I fixed the name order in PyraMED and kept the old one as an alias.
        """)
    return dict(frm=w.addr, to=WR["elliot"].addr, subject="name order / chart fix", text=signed(w, text),
                date=d, patient=s)


def nm_lowercase(i):
    w = W("Dr. Glen Harnish", "gharnish@lakemontmedicalgroup.com", "g", "LH")
    s = pick(["ferreira", "mazur", "tran", "whitaker", "ochoa"])
    d = when()
    text = D(f"""
        saw mr {s} today. inr 3.8 so holding tonight, 2.5 tomorrow then back to 5 daily. recheck friday at the
        elgin lab. he says he's been eating less salad lol. wife has the new calendar.

        can you call him thurs to remind?
        """)
    return dict(frm=w.addr, to="Coumadin Clinic <anticoag@lakemonthealth.org>", subject="re: " + s,
                text=text + w.sig + "\n", date=d, patient=s, mailer="Microsoft Outlook for Android")


def nm_filename_only(i):
    w = W("Elgin Family Medicine", "referrals@elginfamilymed.com", "Elgin Family Medicine\nReferral Desk", "LH")
    s = pick(["Petrosyan", "Szymanski", "Abubakar", "Lindahl"])
    g = pick(["A", "M", "K", "T"])
    d = when()
    att = D(f"""
        REFERRAL - ENDOCRINOLOGY
        Referring: Dr. Oksana Melnyk, Elgin Family Medicine
        Reason: A1c trending up despite metformin 1000 BID, now 8.9. Pt interested in GLP-1.
        Please also evaluate thyroid nodule on US {us(past(d, 10, 40))}.
        Urgency: routine
        Insurance: Cordell Mutual PPO
        """)
    return dict(frm=w.addr, to="endo-referrals@lakemonthealth.org", subject="Referral",
                text="Please see attached referral. Records to follow by fax.\n\n" + w.sig + "\n",
                atts=[(f"Referral_{s}_{g}_{d.strftime('%m%d')}.txt", "text/plain", att)], date=d, patient=s)


def nm_haitian(i):
    w = WR["nkechi"]
    g = pick(["Guerline", "Nadège", "Marie-Carmelle"])
    s = pick(["Jean-Baptiste", "Dorvil", "Exantus"])
    d = when()
    text = D(f"""
        Hi Lakemont ID clinic,

        Madame {g} {s} ("Madan {s}" in the Kreyòl letter we sent) brought her grandson in for the window-period
        retest as planned. She asked me to let you know she cannot make the Friday appointment for her own
        follow-up chest film because she has no ride. Can it be moved to a Monday? She reads Kreyòl best; we
        used the Kreyòl line on the phone.
        """)
    return dict(frm=w.addr, to="idclinic@lakemonthealth.org", subject="contact follow-up / ride issue",
                text=signed(w, text), date=d, patient=s)


def nm_room_given(i):
    w = WR["marco"]
    g = pick(["Gus", "Ollie", "Bernie", "Walt", "Sonny"])
    rm = R.randint(201, 240)
    d = when()
    text = D(f"""
        Front desk / transport,

        Reminder: {g} in {rm} has dialysis M/W/F at the Lakemont unit, chair time 11:15. His ride (Care Cab) no-showed
        Monday so we're sending him in our van this week. Please have him at the door by 10:30 with his
        lunch bag and the blue binder. Do NOT let him leave without the binder -- they need the weights.
        """)
    return dict(frm=w.addr, to="frontdesk-cp@bellwetherliving.com", subject=f"{rm} dialysis transport", text=signed(w, text),
                date=d, patient=g)


def nm_suffix(i):
    w = WR["maureen"]
    d = when()
    g, s = pick([("Roy Lee", "Danner"), ("Curtis", "Ashby"), ("Wendell", "McCray")])
    text = D(f"""
        Hi Cordell provider relations,

        Claim {digits(11)} for {g} {s} Jr. (we billed as "{s.upper()} JR, {g.split()[0].upper()}") keeps rejecting
        as member not found. Your eligibility file has him as "{s}, {g.split()[0]} II"? Family says it's Jr.
        Equipment is a K0823 power wheelchair delivered {us(past(d, 20, 50))}, $4,118.22 outstanding.
        Which name do you want on the resubmission?
        """)
    return dict(frm=w.addr, to="provider.relations@cordellmutual.com", subject=f"member name mismatch - {s} Jr",
                text=signed(w, text), date=d, patient=s)


PHI_NAMES = [nm_title_surname, nm_relative_given, nm_initials, nm_nickname, nm_last_first_caps, nm_subject_only,
             nm_japanese_san, nm_somali, nm_double_surname, nm_korean, nm_lowercase, nm_filename_only, nm_haitian,
             nm_room_given, nm_suffix]


# ==========================================================================
# PHI - patients and relatives writing about themselves
# ==========================================================================
def self_terse(i):
    p = P("en", "F")
    d = when()
    ini = p.g[0]
    return dict(frm=f"{p.full} <{mailaddr(p)}>", to="Lakemont Elgin Clinic <elginclinic@lakemonthealth.org>",
                subject="labs", text=f"can i get my blood work results from tues, portal says pending still\n\n-{ini}\n",
                date=d, patient=p.s, mailer="iPhone Mail (21D61)", mode="plain", cte=None)


def self_billing_rant(i):
    p = P(pick(["en", "pl", "ng"]))
    d = when()
    ed = past(d, 40, 80)
    acct = f"{R.randint(10, 99)}{digits(8)}"
    text = D(f"""
        To whom it may concern,

        I am writing for the THIRD time about account #{acct}. On {longd(ed)} I took my son to your emergency room
        at Lakemont Main because he split his chin open at basketball. We waited 4 hours, he got 6 stitches and a
        tetanus shot, and we were out the door. Now I have a bill for $2,847.00 and a separate one from "Lakemont
        Emergency Physicians" for $612 that I was never told about.

        My insurance (Cordell Mutual, member ID on file) says the facility claim was coded as a level 5 visit.
        Six stitches is NOT a level 5. I want an itemized bill and a coding review. I have called 414-555-0122
        four times and been hung up on twice.

        I am not paying a penny until somebody calls me back. My cell is {phone()}. Do not call my work.

        {p.full}
        {addr()[0]}
        """)
    return dict(frm=f"{p.full} <{mailaddr(p)}>", to="patientaccounts@lakemonthealth.org",
                subject="THIRD REQUEST - itemized bill and coding review", text=text, date=d, patient=p.s)


def self_daughter_ltc(i):
    p = P(pick(["en", "fr", "pl"]), "M")
    dau = P(p.cult, "F")
    dau.s = pick([p.s, "Moreland", "Haugen"])
    d = when()
    text = D(f"""
        Hi Sharon,

        I visited Dad Sunday and he didn't know my name for the first time. I know that's the disease, but he also
        seemed really drowsy, more than usual, and the aide said he's been sleeping through lunch. Did anything
        change with his medications? The last care conference said they were going to start something for the
        agitation in the evenings. I'd like to know what it is and the dose before it continues.

        Also his glasses are missing again (tortoiseshell, name label on the arm).

        Thank you for everything you do. I know it's not easy.

        {dau.g}
        ({p.g} {p.s}'s daughter, Room {R.randint(101, 160)})
        """)
    return dict(frm=f"{dau.full} <{mailaddr(dau)}>", to=WR["sharon"].addr, subject="Dad - more sleepy lately?",
                text=text, date=d, patient=p.s, reply=True)


def self_student_sti(i):
    p = P(pick(["en", "es", "zh", "hi", "ng"]))
    d = when()
    tst = past(d, 3, 8)
    text = D(f"""
        Hi,

        I got tested at student health on {dayname(tst)} (the urine test and the blood draw for everything). My portal
        shows one result as "abnormal - see provider" but nobody has called me. I'm kind of panicking. Do I need to
        tell my partner right now? Can I get the treatment without an appointment? I have a lab final Thursday.

        My student ID is {pick(['9', '8'])}{digits(7)}.

        thanks,
        {p.g.split()[0]}
        """)
    return dict(frm=f"{p.g.split()[0].lower()}.{asciiish(p.s).lower().replace(' ', '')}@students.pinecrest.edu",
                to="shs-nurse@pinecrest.edu", subject="abnormal result?? please call", text=text, date=d,
                patient=p.g.split()[0])


def self_dental_temp(i):
    p = P(pick(["en", "ru", "tl"]))
    d = when()
    text = D(f"""
        Hello,
        my temporary crown came off last night eating a tootsie roll (I know). Its the top back one, Dr Azizi put it on
        2 weeks ago, permanent is supposed to go on the {pick(['18th', '22nd', '25th'])}. It doesnt hurt but cold water is zingy.
        I put it back with the Dentemp stuff from Walgreens. Do I need to come in before?
        {p.g} {p.s}
        {phone()}
        """)
    return dict(frm=mailaddr(p), to="kenosha@brightarcdental.com", subject="temp crown fell off", text=text,
                date=d, patient=p.s)


def self_bh_client(i):
    g = pick(["Jess", "Mike", "Dani", "Rob", "Tasha"])
    d = when()
    text = D(f"""
        Hannah - not gonna lie, I used saturday. just once, at my cousin's thing. I didnt go to the meeting sunday
        because I felt like garbage about it. I'm still coming tuesday if thats ok. I know I have to tell the group.
        please dont call my mom, she thinks I'm at 90 days.
        - {g}
        """)
    return dict(frm=f"{g.lower()}{R.randint(80, 99)}{pick(['_wi', 'x', ''])}@gmail.com", to=WR["hannah"].addr,
                subject="saturday", text=text, date=d, patient=g, mailer="iPhone Mail (21D61)")


def self_son_fall(i):
    p = P(pick(["en", "it", "en"]) if False else pick(["en", "pl", "es"]), "F")
    son = P(p.cult, "M")
    son.s = p.s
    d = when()
    text = D(f"""
        Mr. Benedetti,

        I'm writing about my mother, {p.g} {p.s}, in Room {R.randint(101, 148)}. When I visited yesterday she had a large
        bruise on her left forearm and a bandage on her elbow. No one called me. The aide said she "slid out
        of the wheelchair" on Tuesday. I am her healthcare POA and I should have been notified the same day.

        I'd like:
          1. A copy of the incident report
          2. To know if she was seen by the nurse practitioner and if she had an x-ray
          3. To know what you're doing so it doesn't happen again -- she was assessed as a fall risk at admission

        I can meet Thursday after 4.

        {son.full}
        {phone()}
        """)
    return dict(frm=f"{son.full} <{mailaddr(son)}>", to=WR["marco"].addr, cc=WR["sharon"].addr,
                subject=f"Unreported fall - {p.s}", text=text, date=d, patient=p.s)


def self_appeal(i):
    p = P(pick(["en", "vi", "hi", "ar"]))
    d = when()
    mid_ = f"CMH{digits(9)}"
    text = D(f"""
        Cordell Mutual Health Plan
        Appeals & Grievances Dept.

        RE: First-level appeal
        Member: {p.full}
        Member ID: {mid_}
        Claim/Reference: {digits(12)}

        I am appealing the denial of coverage for continuous glucose monitor sensors (Dexcom G7), denied on
        {longd(past(d, 10, 25))} as "not medically necessary."

        I have been on insulin since I was 14. My endocrinologist, Dr. Ruth Adeyemi at Lakemont, prescribed the CGM
        because I have had three low blood sugar episodes overnight in the last six months, one where my husband
        had to call 911. The fingerstick logs are attached. Your own medical policy MP-218 covers CGM for members
        on multiple daily injections, which I am (4 injections per day).

        Please reconsider. I have been paying out of pocket (${R.randint(280, 420)}/month) since January.

        Sincerely,
        {p.full}
        {' '.join(addr())}
        """)
    return dict(frm=f"{p.full} <{mailaddr(p)}>", to="appeals@cordellmutual.com", subject="Appeal - CGM denial",
                text=text, date=d, patient=p.s,
                atts=[("glucose_log.csv", "text/csv",
                       "date,time,reading_mg_dl,note\n" + "".join(
                           f"{iso(past(d, k, k))},{pick(['02:10', '03:40', '06:55', '22:15'])},{R.randint(38, 260)},\n"
                           for k in range(2, 30, 3)))])


def self_lab_bill(i):
    p = P(pick(["en", "pt", "es"]), "F")
    d = when()
    text = D(f"""
        Hi, I got a bill from Tessera Diagnostics for $1,980 for "genetic panel - hereditary cancer" that my OB ordered
        at my annual in {longd(past(d, 60, 120)).split(' ')[0]}. She said it would be covered or I'd pay $100 max. Invoice #TD{digits(8)}.
        Can you tell me if it was sent to my insurance? I have Cordell Mutual through my job. My birthday is {usy(dob(25, 45))}.

        {p.g}
        """)
    return dict(frm=f"{p.full} <{mailaddr(p)}>", to="billing@tesseradx.com", subject="bill question",
                text=text, date=d, patient=p.s)


def self_cpap_wife(i):
    p = P(pick(["en", "pl", "ru"]), "M")
    wife = P(p.cult, "F")
    wife.s = p.s
    d = when()
    text = D(f"""
        Good morning,
        My husband {p.g} {p.s} (DOB {us0(dob(55, 80))}) needs his CPAP supplies replaced, mask cushions, the tubing and filters.
        Last order was in {longd(past(d, 100, 200)).split(' ')[0]}. He uses the ResMed AirFit F20 medium. Your automated line
        keeps hanging up on me. Can you just send them? Same address on Larkspur.
        Thank you
        {wife.g}
        """)
    return dict(frm=f"{wife.full} <{mailaddr(wife)}>", to="orders@keystonemedsupply.com", subject="Re order cpap supplies",
                text=text, date=d, patient=p.s)


def self_parent_immun(i):
    par = P(pick(["so", "es", "en", "vi"]), "F")
    kid_g = pick(["Amina", "Yusuf", "Isabella", "Liam", "Bao", "Mateo"])
    kb = dob(4, 6)
    d = when()
    text = D(f"""
        Hello Harrow County Health,

        My son/daughter {kid_g} {par.s} (born {us0(kb)}) starts kindergarten at Lincoln Elementary in the fall and the school
        says they need the shot record. We got the shots at your clinic on Oneida St when we first came, I think
        2022. Can you email me the record or do I need to come in? Also does {kid_g} still need the chickenpox
        second shot? I cannot remember.

        Thank you,
        {par.full}
        """).replace("son/daughter", pick(["son", "daughter"]))
    return dict(frm=f"{par.full} <{mailaddr(par)}>", to="immunizations@harrowcountywi.gov",
                subject="shot record for school", text=text, date=d, patient=par.s)


def self_law_client(i):
    p = P(pick(["en", "es", "ng", "pl"]))
    d = when()
    text = D(f"""
        Ms. Oduya,

        Update like you asked. The surgeon at Lakemont Ortho (Dr. Ikeda) wants to do the shoulder surgery on
        {us(fut(d, 20, 40))}. He said the tear got worse since the accident. I have to take 8 weeks off, and my boss is
        not happy. Also I got two more bills, one from the MRI place and one from physical therapy, I put them in
        the folder you gave me. Do I give them to you or to the insurance of the other driver?

        The adjuster called me again. I did not talk to her like you said.

        {p.g} {p.s}
        """)
    return dict(frm=f"{p.full} <{mailaddr(p)}>", to=WR["adaeze"].addr, subject="surgery date and bills",
                text=text, date=d, patient=p.s)


def self_husband_typos(i):
    h = P(pick(["en", "es", "tl"]), "M")
    wife_g = pick(["Lori", "Marisa", "Connie", "Jackie"])
    d = when()
    text = D(f"""
        hi its {h.g} {h.s}, {wife_g}s husband. she cant do the 730am infusion on thrusday, the 2nd chemo
        knocked her out for 3 days last time and she cant get up that early. can we do afternoon? also
        the nausea med the dr gave isnt working, she threw up all weekend. who do i call about that
        """)
    return dict(frm=f"{h.full} <{mailaddr(h)}>", to="infusion-sched@lakemonthealth.org", subject="thrusday appt",
                text=text + "\nSent from my Galaxy\n", date=d, patient=h.s, mailer=None)


def self_note_to_self(i):
    p = P(pick(["en", "hi", "ko"]))
    d = when()
    text = D(f"""
        for dr appt {us(fut(d, 1, 5))} 9:40 w/ Dr Adeyemi
        - fasting sugars this week: {R.randint(150, 190)}, {R.randint(150, 210)}, {R.randint(140, 200)}, {R.randint(150, 190)}
        - ask about the rash on shins, started after new pill?
        - ask if can lower lisinopril, dizzy standing up
        - refill jardiance
        - bring insurance card (new one, Cordell, {pick(['CMH', 'CMX'])}{digits(9)})
        - pharmacy: walgreens calumet {phone()}
        """)
    e = mailaddr(p)
    return dict(frm=f"{p.full} <{e}>", to=e, subject="dr appt notes", text=text, date=d, patient=p.s)


PHI_SELF = [self_terse, self_billing_rant, self_daughter_ltc, self_student_sti, self_dental_temp, self_bh_client,
            self_son_fall, self_appeal, self_lab_bill, self_cpap_wife, self_parent_immun, self_law_client,
            self_husband_typos, self_note_to_self]


# ==========================================================================
# PHI - identifiers in unusual formats
# ==========================================================================
def id_spaced_mrn(i):
    w = W("Rhonda Gillespie", "rgillespie@lakemonthealth.org", "Rhonda G.\nPatient Access, Elgin", "LH")
    m = mrn()
    d = when()
    text = D(f"""
        Radiology -- patient called the Elgin desk, she's upset nobody has called her about her CT from last week.
        She read me her number off the card: M R N  {' '.join(m)} . Callback {phone()} after 3pm.
        She said the ordering doctor is out on leave. Who covers?
        """)
    return dict(frm=w.addr, to="rad-results@lakemonthealth.org", subject="CT result callback",
                text=signed(w, text), date=d, patient="")


def id_member_dob_military(i):
    w = WR["priya"]
    p = P()
    b = dob(40, 80)
    d = when()
    text = D(f"""
        Bart -- the 278 for this one keeps bouncing. Member {p.s.upper()} / DOB {b.strftime('%d%b%Y').upper()} /
        ID XJW {digits(3)} {digits(3)} {digits(2)} {digits(2)} (the old-style card has spaces, new cards don't). PT
        eval+treat, 12 visits, Lakemont Rehab Racine. AAA*72 on every resubmission. Can you see what's wrong in
        the subscriber loop?
        """)
    return dict(frm=w.addr, to=WR["bart"].addr, subject="278 rejects AAA72", text=signed(w, text), date=d, patient=p.s)


def id_mbi(i):
    w = WR["maureen"]
    s = pick(["Lusk", "Ashby", "Kroll", "Fenwick"])
    mbi = f"{R.randint(1, 9)}{pick('ACDEFGHJK')}{pick('ACDEFGHJK')}{R.randint(0, 9)}-{pick('ACDEFGHJK')}{pick('ACDEFGHJK')}{R.randint(0, 9)}-{pick('ACDEFGHJK')}{pick('ACDEFGHJK')}{R.randint(10, 99)}"
    d = when()
    text = D(f"""
        Kyle,
        {s} -- MBI {mbi} -- the nebulizer (E0570) and the albuterol unit doses were billed together and
        Noridian denied the drug. We need a separate order for the solution from the pulmonologist, not the PCP.
        Please call the office tomorrow. Don't ship the next month's supply until we have it.
        -M
        """)
    return dict(frm=w.addr, to=WR["kyle"].addr, subject="neb denial", text=text, date=d, patient=s)


def id_voicemail(i):
    d = when()
    b = dob(50, 75)
    g = pick(["Joanne", "Darlene", "Shirley", "Peggy"])
    text = D(f"""
        You have a new voicemail from {phone_dash()} (Wireless Caller), received {d.strftime('%m/%d/%Y %I:%M %p')}, length 0:48.

        Transcription (beta):
        "Hi this is {g} uh I'm calling about my biopsy from the breast center, they said somebody would call by
        Friday and nobody did. My birthday is {b.strftime('%B')} {b.day} {b.year} and the last four of my social
        is {digits(4)}. Please call me back at this number. Thanks bye."

        To listen, open the attached audio file or dial *86.
        """)
    return dict(frm="Lakemont Unified Messaging <vm-noreply@lakemonthealth.org>", to="breastcenter-rn@lakemonthealth.org",
                subject=f"Voice Mail from {phone_dash()[:3]}XXXXXXX (48 seconds)", text=text, date=d, patient=g,
                atts=[("voicemail.txt", "text/plain", "[audio placeholder: 48s, 8kHz]\n")], mode="plain")


def id_phone_only(i):
    d = when()
    ph = phone_dash()
    text = D(f"""
        Dr. A,

        Lady at {ph} called at lunch, said she was seen last Tues for the extraction and the socket is still bleeding
        a little and tastes bad. I told her salt water rinses and to call back if fever. She wants a call from
        you not me lol. Didn't leave a name, said "you have my number." Caller ID only.

        Jo
        """)
    return dict(frm=WR["jolene"].addr, to=WR["azizi"].addr, subject="callback pls", text=text, date=d, patient="")


def id_email_only(i):
    w = W("Portal Support", "mychart-support@lakemonthealth.org", "Lakemont Health Portal Support\nTicket queue: PORTAL-L2", "LH")
    e = f"{pick(['tulip.lady', 'mkeblues', 'crafty.nana', 'northwoods_fisher'])}{R.randint(1950, 1999)}@{pick(['yahoo.com', 'aol.com', 'gmail.com'])}"
    d = when()
    text = D(f"""
        L2 -- escalating PORTAL-{digits(6)}.

        Account {e} reports her mammogram and the follow-up ultrasound from {us(past(d, 5, 14))} are not visible in the
        portal even though the radiology letter said "results available online." Proxy access for her husband also
        shows nothing. Verified identity by DOB + last 4 on the phone. Looks like the results are held under the
        "release after provider review" rule. Please check the hold.
        """)
    return dict(frm=w.addr, to="portal-l2@lakemonthealth.org", subject="Escalation: results not visible",
                text=signed(w, text, disc=False), date=d, patient="")


def id_address_only(i):
    w = W("Route Driver 14", "driver14@keystonemedsupply.com", "Sent from Keystone RouteMate", "KS")
    a1, a2 = addr()
    d = when()
    text = D(f"""
        stop 6 {a1}, {a2}
        swapped 4 E tanks, picked up 2 empties. customer's oxygen concentrator making grinding noise, pulse ox on
        her finger read 86 while I was there, she said thats normal for her. told her call the doctor. left
        the service tag on the unit. needs a tech visit for the concentrator.
        """)
    return dict(frm=w.addr, to="dispatch@keystonemedsupply.com", subject="route 14 notes", text=text + "\n" + w.sig + "\n",
                date=d, patient="", mode="plain")


def id_url_log(i):
    w = WR["greg"]
    d = when()
    m = mrn()
    b = dob()
    text = D(f"""
        Security team,

        Found this in the reverse proxy log while chasing the 502s -- the old kiosk app is still putting identifiers
        in query strings. This needs to be fixed before the pen test.
        """) + "\n" + (
        f"10.44.8.21 - - [{d.strftime('%d/%b/%Y:%H:%M:%S')} -0500] \"GET /kiosk/api/v1/results?mrn={m}&dob={iso(b)}&test=HGBA1C&last=SHEPARD HTTP/1.1\" 200 1822\n"
        f"10.44.8.21 - - [{d.strftime('%d/%b/%Y:%H:%M:%S')} -0500] \"GET /kiosk/api/v1/appts?mrn={m}&dept=ENDO HTTP/1.1\" 200 611\n"
        f"10.44.8.21 - - [{d.strftime('%d/%b/%Y:%H:%M:%S')} -0500] \"GET /kiosk/static/logo.png HTTP/1.1\" 304 0\n\n"
        "Ticket INC0{digits(6)} opened. Please don't forward this outside the team.\n".replace("{digits(6)}", digits(6)))
    return dict(frm=w.addr, to="infosec@lakemonthealth.org", subject="identifiers in kiosk URLs",
                text=signed(w, text), date=d, patient="SHEPARD")


def id_accession(i):
    w = WR["sven"]
    d = when()
    b = dob()
    acc = f"{d.strftime('%y')}-C{digits(6)}"
    text = D(f"""
        Elgin draw station,

        Specimen {acc} (DOB {iso(b)}, collected {d.strftime('%m/%d %H:%M')}) came in grossly hemolyzed. Potassium was
        reported as "hemolyzed - unable to report" and the ordering office (Dr. Melnyk) is asking for a recollect today
        since she's on the new diuretic. Pt's callback number from the requisition is {phone()}.
        """)
    return dict(frm=w.addr, to="elgin-psc@tesseradx.com", subject=f"Recollect {acc}", text=signed(w, text),
                date=d, patient="")


def id_student_id(i):
    w = WR["becca"]
    d = when()
    sid = f"{pick(['9', '8'])}{digits(7)}"
    text = D(f"""
        Hi Res Life,

        Per the release form on file: student {sid} had their TB skin test read today at {R.randint(11, 15)} mm, so
        they will need a chest x-ray before move-in. They are cleared to stay in the residence hall in the meantime;
        please don't hold the room. The student asked us to communicate with you directly.
        """)
    return dict(frm=w.addr, to="housing-assign@pinecrest.edu", subject=f"Student {sid} - housing hold",
                text=signed(w, text), date=d, patient="")


def id_claim_compact(i):
    w = WR["bart"]
    d = when()
    p = P()
    b = dob()
    text = D(f"""
        Rejected claim dump (first 3 of 41), FYI for Monday's call with Lakemont PFS:

        CLM#{digits(13)}|MBR:CMH{digits(9)}|{p.s.upper()}|{hl7d(b)}|DOS:{hl7d(past(d, 20, 40))}|REV 0450 ED|99284|REJ:DOB MISMATCH
        CLM#{digits(13)}|MBR:CMH{digits(9)}|{P().s.upper()}|{hl7d(dob())}|DOS:{hl7d(past(d, 20, 40))}|REV 0320 DX XRAY|73030|REJ:NPI
        CLM#{digits(13)}|MBR:CMH{digits(9)}|{P().s.upper()}|{hl7d(dob())}|DOS:{hl7d(past(d, 20, 40))}|REV 0636 DRUG|J1885|REJ:NDC REQ
        """)
    return dict(frm=w.addr, to="edi-ops@cordellmutual.com", subject="rejects for Monday", text=signed(w, text),
                date=d, patient=p.s.upper())


def id_medicaid_initials(i):
    w = WR["tony"]
    d = when()
    ini = pick(["T.R.", "D.M.", "K.J.", "A.W."])
    fh = digits(10)
    text = D(f"""
        Hannah,
        New intake for your Thursday 2pm: {ini}, ForwardHealth ID {fh}, referred from Lakemont ED after an overdose
        {us(past(d, 3, 9))} (Narcan x2 per EMS). Wants MAT, was on Suboxone before through a telehealth place that
        closed. PDMP checked. Consent for Part 2 is signed, intake packet in your box.
        """)
    return dict(frm=w.addr, to=WR["hannah"].addr, subject="new intake thurs", text=signed(w, text), date=d,
                patient=ini.replace(".", ""))


def id_barcode(i):
    w = WR["tamika"]
    d = when()
    p = P()
    b = dob()
    m = mrn()
    text = D(f"""
        Pharmacy -- the scanner on the 6W Pyxis is reading wristbands weird. This is literally what it typed into
        the notepad when I scanned the band:

            LH|{m}|{p.s.upper()},{p.g.upper()}|{b.strftime('%m%d%Y')}|{p.sex}|RM6W-{R.randint(601, 640)}|ALG:PCN,SULFA

        So the MAR never finds the patient and we're overriding for everything. Her 0900 vanc was late because of
        it. Can somebody from pharmacy IT come up?
        """)
    return dict(frm=w.addr, to="pharmacy-it@lakemonthealth.org", subject="wristband scan issue 6W",
                text=signed(w, text), date=d, patient=p.s.upper())


def id_fax_ocr(i):
    d = when()
    acct = f"{R.randint(3000, 3999)}-{R.randint(100, 999)}-{R.randint(10, 99)}"
    b = dob()
    text = D(f"""
        RightFax Inbound - Page 1 of 3 - OCR text (auto-extracted)

        F A X   C O V E R
        TO: Lakemont HIM / Coding           FROM: Racine Ambulatory Surgery Ctr
        RE: pt acct {acct}   D0B {b.strftime('%m-%d-%y').replace('0', 'O', 1)}
        Operative report + path for cystoscopy w/ bx {us(past(d, 3, 10))}, missing from the
        bundle sent earlier. Please attach to encounter. Pathology: see p.3.
        """)
    return dict(frm="RightFax <rightfax@lakemonthealth.org>", to="him-coding@lakemonthealth.org",
                subject=f"Fax received from 2625550{R.randint(100, 199)} (3 pages)", text=text, date=d, patient="",
                mode="plain", mailer="RightFax 16.6")


PHI_IDS = [id_spaced_mrn, id_member_dob_military, id_mbi, id_voicemail, id_phone_only, id_email_only,
           id_address_only, id_url_log, id_accession, id_student_id, id_claim_compact, id_medicaid_initials,
           id_barcode, id_fax_ocr]


# ==========================================================================
# PHI - lists, tables, pasted spreadsheets
# ==========================================================================
def people(n, cults=None):
    out, seen = [], set()
    while len(out) < n:
        p = P(pick(cults) if cults else None)
        if p.s in seen:
            continue
        seen.add(p.s)
        out.append(p)
    return out


def ls_or_schedule(i):
    w = W("Perioperative Services", "periop-sched@lakemonthealth.org", "Periop Scheduling | x5520", "LH")
    d = when()
    ps = people(7)
    procs = ["Lap chole", "R TKA", "Cysto/stent exch", "L carpal tunnel release", "Hernia repair w/ mesh",
             "EGD/PEG", "ORIF L ankle", "Lumbar decompression L4-5", "Tonsillectomy"]
    rows = []
    t = 7 * 60 + 30
    for k, p in enumerate(ps):
        rows.append([f"OR {k % 4 + 1}", f"{t // 60:02d}:{t % 60:02d}", f"{p.s}, {p.g}", str(age_of(dob())),
                     pick(procs), pick(["Vogt", "Ikeda", "Bakr", "Lindahl", "Osei"]), pick(["GA", "MAC", "Spinal", "Regional"])])
        t += R.choice([60, 90, 120])
    text = (f"Tomorrow's board as of {d.strftime('%H:%M')}. Changes in caps go to the charge RN.\n\n"
            + table_text(["Room", "Start", "Patient", "Age", "Procedure", "Surgeon", "Anes"], rows)
            + "\nAdd-on pending: " + P().s.upper() + " - I&D R hand, ED hold, NPO since 0200.\n")
    return dict(frm=w.addr, to="periop-all@lakemonthealth.org", subject=f"OR schedule {us(fut(d, 1, 1))} (v3)",
                text=signed(w, text), date=d, patient=ps[0].s, mode="plain", cte="quoted-printable")


def ls_dental_noshow_tsv(i):
    w = WR["jolene"]
    d = when()
    ps = people(6, ["en", "es", "ng", "pl", "vi"])
    lines = ["Patient\tDOB\tAppt\tProvider\tType\tPhone"]
    for p in ps:
        lines.append(f"{p.s}, {p.g}\t{us0(dob(8, 80))}\t{us(past(d, 1, 6))} {tm(d)}\t{pick(['Azizi', 'Moua', 'RDH Kelsey'])}\t"
                     f"{pick(['Prophy', 'SRP UR/LR', 'Ext #32', 'Crown prep #19', 'Perio maint', 'Fillings #3,#14'])}\t{phone()}")
    text = ("Hi Dr. Azizi, here is last week's no-show list from Dentrix like you asked, pasted from Excel. "
            "The ones in the 2nd half have 3+ no-shows and per policy get a dismissal letter unless you say otherwise.\n\n"
            + "\n".join(lines) + "\n\nJo\n")
    return dict(frm=w.addr, to=WR["azizi"].addr, subject="no show list", text=signed(w, text, disc=True),
                date=d, patient=ps[0].s, cte="8bit")


def ls_tb_contacts_csv(i):
    w = WR["nkechi"]
    d = when()
    ps = people(8, ["so", "es", "vi", "en", "ht"])
    rows = ["contact_id,last_name,first_name,dob,relationship,setting,exposure_hrs,tst_igra_1,result_1,due_8wk"]
    for k, p in enumerate(ps):
        rows.append(f"C{k + 1:03d},{p.s},{p.g},{iso(dob(2, 70))},{pick(['household', 'coworker', 'household', 'carpool', 'church'])},"
                    f"{pick(['home', 'warehouse', 'home', 'vehicle'])},{R.randint(8, 200)},{pick(['IGRA', 'TST'])},"
                    f"{pick(['neg', 'neg', 'pos', 'pending', 'indeterminate', 'not done'])},{iso(fut(d, 40, 60))}")
    text = D(f"""
        Dr. Rasmussen,

        Attached is the contact line list for index case #2025-{R.randint(10, 40)} (pulmonary, smear positive). Eight
        contacts so far; the warehouse employer is sending the shift roster Monday so expect more. Two positives
        need CXR and clinical eval -- can the Lakemont ID clinic see them next week?
        """)
    return dict(frm=w.addr, to="Dr. Erik Rasmussen <erasmussen@lakemonthealth.org>",
                subject="Contact investigation line list (secure)", text=signed(w, text), date=d, patient=ps[0].s,
                atts=[(f"contacts_{d.strftime('%Y%m%d')}.csv", "text/csv", "\n".join(rows) + "\n", "base64")])


def ls_student_immun_html(i):
    w = WR["becca"]
    d = when()
    ps = people(6, ["en", "zh", "hi", "ko", "es", "ng"])
    rows = [[f"{pick(['9', '8'])}{digits(7)}", p.s, p.g, pick(["MMR #2", "Meningococcal ACWY", "Tdap", "TB screen", "Hep B series"]),
             pick(["No record", "Declined - no exemption form", "Scheduled " + us(fut(d, 2, 10)), "Incomplete"])] for p in ps]
    inner = ("<p>Registrar team,</p><p>Below are the students with a registration hold for immunization "
             "non-compliance as of today. Please do not release the hold until we clear them.</p>"
             + table_html(["PUID", "Last", "First", "Missing", "Status"], rows)
             + f"<p>{esc(w.sig).replace(chr(10), '<br>')}</p>")
    text = "Registrar team,\n\nStudents with an immunization hold:\n\n" + table_text(["PUID", "Last", "First", "Missing", "Status"], rows)
    return dict(frm=w.addr, to="registrar-holds@pinecrest.edu", subject="Immunization holds - weekly",
                text=text, html=html_wrap(inner), mode="alt", date=d, patient=ps[0].s)


def ls_ltc_census_diet(i):
    w = W("Yvette Marchand", "ymarchand@bellwetherliving.com", "Yvette M.\nDietary Manager, CDM, CFPP", "BW")
    d = when()
    ps = people(8, ["en", "pl", "fr", "es"])
    diets = ["Mech soft, nectar thick", "Regular, NAS", "CCHO 1800", "Puree, honey thick", "Renal 2g Na 1.2L FR",
             "Regular", "Mech soft, no straws", "Gluten free"]
    lines = ["| Rm  | Resident            | Diet order                | Notes                 |",
             "|-----|---------------------|---------------------------|-----------------------|"]
    for p in ps:
        lines.append(f"| {R.randint(101, 148)} | {(p.s + ', ' + p.g)[:19]:<19} | {pick(diets):<25} | "
                     f"{pick(['', 'feeder', 'pureed bread ok', 'dislikes fish', 'weekly wt', 'adaptive cup'])[:21]:<21} |")
    text = ("Updated diet roster for the Cedar Prairie dining room after this week's ST evals. Please print "
            "for the steam table binder and toss the old one.\n\n" + "\n".join(lines) + "\n")
    return dict(frm=w.addr, to="cp-dietary@bellwetherliving.com, cp-nursing@bellwetherliving.com",
                subject="Diet roster update", text=signed(w, text), date=d, patient=ps[0].s, mode="plain")


def ls_critical_log(i):
    w = WR["sven"]
    d = when()
    ps = people(5)
    tests = [("K", "6.9 mmol/L"), ("Glucose", "38 mg/dL"), ("Hgb", "5.8 g/dL"), ("Troponin I", "2.41 ng/mL"),
             ("INR", "7.2"), ("Na", "118 mmol/L"), ("Plt", "9 K/uL")]
    rows = []
    for p in ps:
        t, v = pick(tests)
        rows.append([d.strftime("%m/%d") + " " + f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}", f"{p.s.upper()}, {p.g[0]}",
                     f"{d.strftime('%y')}-C{digits(6)}", t, v, pick(["Dr Melnyk office", "Elgin UC", "Racine ASC", "Dr Harnish"]),
                     pick(["RN J.Kim", "MA Tori", "Dr answering svc", "NO ANSWER x3 - escalated"])])
    text = ("Critical call log for the overnight shift. Row 5 was never read back -- please follow up with the "
            "client first thing.\n\n" + table_text(["Time", "Patient", "Accession", "Test", "Value", "Client", "Read back by"], rows))
    return dict(frm=w.addr, to=WR["okafor"].addr + ", clientservices@tesseradx.com", subject="Overnight critical calls",
                text=signed(w, text), date=d, patient=ps[0].s.upper())


def ls_claims_csv(i):
    w = WR["maureen"]
    d = when()
    ps = people(7)
    rows = ["Patient,DOB,Payer,Member ID,DOS,HCPCS,Description,Billed,Status"]
    items = [("E0601", "CPAP device"), ("A7030", "Full face mask"), ("E1390", "O2 concentrator"), ("K0001", "Std wheelchair"),
             ("E0143", "Walker w/ wheels"), ("A4253", "Glucose strips 100"), ("E0260", "Hospital bed semi-elec")]
    for p in ps:
        h, ds = pick(items)
        rows.append(f"\"{p.s}, {p.g}\",{us0(dob(50, 90))},{pick(['Medicare', 'Cordell Mutual', 'WI Medicaid', 'Humana MA'])},"
                    f"{digits(9)},{us0(past(d, 20, 90))},{h},{ds},{R.randint(40, 1900)}.00,{pick(['Denied CO-50', 'Pending', 'Denied CO-16', 'Appeal sent'])}")
    text = "Aging >60 days for the Tuesday review, attached. The CO-50s need new detailed written orders.\n\n-Maureen\n"
    return dict(frm=w.addr, to="reimbursement-team@keystonemedsupply.com", subject="aging report",
                text=signed(w, text, disc=True), date=d, patient=ps[0].s,
                atts=[("aging_60plus.csv", "text/csv", "\r\n".join(rows) + "\r\n", "quoted-printable")])


def ls_route_sheet(i):
    w = WR["kyle"]
    d = when()
    ps = people(6)
    lines = []
    for k, p in enumerate(ps, 1):
        a1, a2 = addr()
        lines.append(f"{k}. {p.g} {p.s} - {a1}, {a2.split(',')[0]} - "
                     + pick(["CPAP setup + mask fitting", "O2 concentrator + 6 E tanks", "Hospital bed setup",
                             "Wheelchair delivery, measure seat", "Enteral pump + 30d supplies", "Nebulizer + teaching"])
                     + f" - {phone()}")
    text = f"Route 3 for {us(fut(d, 1, 1))}, Darnell driving, Kyle on call:\n\n" + "\n".join(lines) + \
           "\n\nStop 4 wants a call 30 min ahead. Stop 2 has a gate code: 4471#.\n"
    return dict(frm=w.addr, to="drivers@keystonemedsupply.com", subject="Route 3 tomorrow",
                text=signed(w, text), date=d, patient=ps[0].s)


def ls_dc_calls(i):
    w = W("Mae Lundgren", "mlundgren@lakemonthealth.org", "Mae Lundgren, RN\nTransitions of Care", "LH")
    d = when()
    ps = people(6)
    lines = []
    for p in ps:
        lines.append(f"  * {p.title} {p.s} ({p.g}) -- {phone()} -- d/c {usy(past(d, 1, 3))} -- "
                     + pick(["new insulin teaching, check pens picked up", "CHF, daily weights, f/u Dr Osei 7d",
                             "home O2, confirm Keystone delivered", "post-op, incision check, lives alone",
                             "new warfarin, INR Fri", "left AMA, re-offer f/u"]))
    text = "48-hr post-discharge call list for today. Please initial when done; 3 attempts then letter.\n\n" + "\n".join(lines) + "\n"
    return dict(frm=w.addr, to="toc-callers@lakemonthealth.org", subject="Post-DC calls", text=signed(w, text),
                date=d, patient=ps[0].s)


def ls_caseload_html(i):
    w = WR["tony"]
    d = when()
    ps = people(6, ["en", "es", "ng", "so", "pl"])
    rows = [[f"{p.g} {p.s}", pick(["Hannah L.", "Marcus P.", "Ines V."]), pick(["OP individual", "IOP", "MAT + OP", "DBT skills"]),
             us(past(d, 5, 60)), pick(["Active", "At risk - 2 no-shows", "Step down pending", "Transfer to Ines"])] for p in ps]
    inner = ("<p>Clinical team,</p><p>Caseload reassignments effective Monday. Please review before huddle.</p>"
             + table_html(["Client", "Clinician", "Program", "Last seen", "Status"], rows)
             + "<p>Tony</p><hr><p style=\"font-size:8pt\">" + esc(DISC["NF"]) + "</p>")
    return dict(frm=w.addr, to="clinical-team@northforkbh.org", subject="Caseload changes eff. Monday",
                html=html_wrap(inner, "Verdana"), mode="html", cte="base64", date=d, patient=ps[0].s)


def ls_flu_roster(i):
    w = WR["sharon"]
    d = when()
    ps = people(9, ["en", "pl", "fr"])
    lines = [f"{R.randint(101, 160):>4}  {p.s + ', ' + p.g:<24} {pick(['Y', 'Y', 'Y', 'N - declined', 'Y', 'pending POA'])}" for p in ps]
    text = ("Flu + COVID clinic on 2 East tomorrow, Walgreens LTC team coming at 9. Consent status below; "
            "'pending POA' means I still need a signature. Pneumococcal is due for the starred ones, ask the pharmacist.\n\n"
            " Rm   Resident                 Consent\n" + "\n".join(l + (" *" if chance(0.3) else "") for l in lines) + "\n")
    return dict(frm=w.addr, to="cp-2east@bellwetherliving.com", subject="vaccine clinic 2 East", text=signed(w, text),
                date=d, patient=ps[0].s, charset="iso-8859-1")


def ls_specials(i):
    w = WR["renee"]
    d = when()
    p = P()
    rows = [["Lakemont Health - ED", us0(past(d, 300, 320)), "ED visit, CT head/C-spine", "$8,412.00"],
            ["Lakemont Emergency Physicians", us0(past(d, 300, 320)), "ED physician", "$1,104.00"],
            ["Lakemont Ortho (Dr. Ikeda)", us0(past(d, 250, 290)), "Office visits x4", "$1,290.00"],
            ["Harbor Imaging", us0(past(d, 240, 260)), "MRI R shoulder", "$2,950.00"],
            ["Lakemont Rehab Racine", us0(past(d, 100, 230)), "PT 22 visits", "$6,380.00"],
            ["Walgreens #4471", us0(past(d, 100, 300)), "Rx (meloxicam, cyclobenzaprine)", "$214.37"]]
    text = (f"Adaeze -- medical specials summary for {p.full} for the demand package. Totals reconciled against the "
            "itemized bills in the file.\n\n" + table_text(["Provider", "DOS", "Service", "Charges"], rows)
            + "\nTotal: $20,350.37 (excludes the arthroscopy scheduled next month)\n\nRenée\n")
    return dict(frm=w.addr, to=WR["adaeze"].addr, subject=f"{p.s} specials", text=signed(w, text), date=d, patient=p.s)


def ls_snf_waitlist_semicolon(i):
    w = W("Case Management", "cm-6west@lakemonthealth.org", "6 West Case Management", "LH")
    d = when()
    ps = people(5)
    rows = ["Pt;Room;Payer;Referred to;Status;Barrier"]
    for p in ps:
        rows.append(f"{p.s.upper()} {p.g[0]};6W-{R.randint(601, 640)};{pick(['Medicare A', 'Cordell MA', 'Medicaid pending'])};"
                    f"{pick(['Bellwether CP', 'Lakeview SNF', 'Harbor Rehab'])};{pick(['Accepted', 'Reviewing', 'Declined'])};"
                    f"{pick(['bariatric bed', 'needs auth', 'trach', 'none', 'behaviors', 'IV abx thru 4/2'])}")
    text = "Pasted from the tracker (semicolons because the export is broken again):\n\n" + "\n".join(rows) + "\n"
    return dict(frm=w.addr, to="6west-leaders@lakemonthealth.org", subject="SNF waitlist", text=signed(w, text),
                date=d, patient=ps[0].s.upper())


def ls_lead(i):
    w = WR["dale"]
    d = when()
    ps = people(5, ["es", "en", "ht", "vi", "so"])
    lines = []
    for p in ps:
        kb = dob(1, 5)
        lines.append(f"{p.g} {p.s}   DOB {us0(kb)}   BLL {R.randint(5, 24)} ug/dL ({pick(['capillary', 'venous'])})   "
                     f"{addr()[0]}   {pick(['needs venous confirm', 'home visit sched', 'no contact yet', 'moved?'])}")
    text = ("Sara -- these came off the lead registry this week, all over the 3.5 reference value. Can you get "
            "nurse home visits started? the 2 on Calumet are the same building so maybe combine. i didnt get to "
            "the ones from last wk yet sory\n\n" + "\n".join(lines) + "\n")
    return dict(frm=w.addr, to="Sara Lindquist <slindquist@harrowcountywi.gov>", subject="lead f/u",
                text=signed(w, text), date=d, patient=ps[0].s)


PHI_LISTS = [ls_or_schedule, ls_dental_noshow_tsv, ls_tb_contacts_csv, ls_student_immun_html, ls_ltc_census_diet,
             ls_critical_log, ls_claims_csv, ls_route_sheet, ls_dc_calls, ls_caseload_html, ls_flu_roster, ls_specials,
             ls_snf_waitlist_semicolon, ls_lead]


# ==========================================================================
# PHI - structured: HL7 v2, X12, FHIR, CDA
# ==========================================================================
def hl7_pid(p, b, m, a=None):
    a1, a2 = a or addr()
    city, rest = a2.split(", ")
    st, z = rest.split(" ")
    return (f"PID|1||{m}^^^LKMT^MR~{digits(9)}^^^CMH^MB||{p.hl7()}^{pick('ABCDEJKLMR')}||{hl7d(b)}|{p.sex}||"
            f"{pick(['2106-3', '2054-5', '2028-9', '2131-1'])}|{a1.upper()}^^{city.upper()}^{st}^{z}||"
            f"{phone().replace('(', '').replace(') ', '').replace('-', '')}|||{pick(['M', 'S', 'W', 'D'])}||{digits(10)}")


def hl7_ts(d):
    return d.strftime("%Y%m%d%H%M%S")


def st_adt_body(i):
    w = WR["greg"]
    d = when()
    p, b, m = P(), dob(), mrn()
    ctl = digits(10)
    msg = "\n".join([
        f"MSH|^~\\&|EPIC|LKMT|CLOVERLEAF|LKMT|{hl7_ts(d)}||ADT^A01^ADT_A01|{ctl}|P|2.5.1",
        f"EVN|A01|{hl7_ts(d)}",
        hl7_pid(p, b, m),
        f"PV1|1|I|6W^{R.randint(601, 640)}^A^LKMT||||{digits(10)}^OSEI^KWAME^^^^MD|||MED||||1|||{digits(10)}^OSEI^KWAME|IN||CMH|||||||||||||||||||LKMT||A|||{hl7_ts(d)}",
        f"DG1|1||{pick(['J18.9', 'I50.23', 'N17.9', 'A41.9', 'K85.90'])}^^I10|||A",
        f"IN1|1|CMHPPO|{digits(5)}|CORDELL MUTUAL HEALTH PLAN|||||||||||{p.hl7()}|SEL|{hl7d(b)}"])
    text = ("Team -- the A01 below went to Meditech ancillary but never hit the bed board. Cloverleaf shows it "
            "delivered (ACK AA). I think the PV1-3 bed format with the trailing ^A is tripping the bed board parser. "
            "Raw message:\n\n" + msg + "\n\nCan someone on the bed board side check their inbound log for control ID "
            + ctl + "?\n")
    return dict(frm=w.addr, to="interface-team@lakemonthealth.org", subject="A01 not landing on bed board",
                text=signed(w, text), date=d, patient=p.s.upper(), cte="quoted-printable")


def st_oru_attach(i):
    w = WR["sven"]
    d = when()
    p, b, m = P(), dob(), mrn()
    acc = f"{d.strftime('%y')}-C{digits(6)}"
    seg = [
        f"MSH|^~\\&|SUNQUEST|TESSERA|EPIC|LKMT|{hl7_ts(d)}||ORU^R01|TD{digits(9)}|P|2.3",
        hl7_pid(p, b, m),
        f"ORC|RE|{digits(8)}|{acc}||CM",
        f"OBR|1|{digits(8)}|{acc}|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||{hl7_ts(past(d, 0, 1))}|||||||||{digits(10)}^MELNYK^OKSANA||||||{hl7_ts(d)}|||F",
        f"OBX|1|NM|2951-2^SODIUM^LN||{R.randint(128, 146)}|mmol/L|136-145|{pick(['', 'L'])}|||F",
        f"OBX|2|NM|2823-3^POTASSIUM^LN||{R.randint(30, 62) / 10}|mmol/L|3.5-5.1||||F",
        f"OBX|3|NM|2160-0^CREATININE^LN||{R.randint(7, 31) / 10}|mg/dL|0.6-1.3|H|||F",
        f"OBX|4|NM|33914-3^EGFR^LN||{R.randint(18, 95)}|mL/min/1.73m2|>60|L|||F",
        f"NTE|1||Specimen slightly lipemic."]
    text = ("Lakemont interfaces -- resending the ORU for accession " + acc + " as a file since your engine "
            "rejected it as a duplicate control ID yesterday. Please process manually and confirm.\n")
    return dict(frm=w.addr, to=WR["greg"].addr, subject=f"Manual resend {acc}", text=signed(w, text), date=d,
                patient=p.s.upper(), atts=[(f"{acc}.hl7", "application/hl7-v2", "\r".join(seg) + "\r")])


def st_log_lines(i):
    w = W("Cloverleaf Alerts", "cloverleaf-alerts@lakemonthealth.org", "-- automated alert, do not reply --", "LH")
    d = when()
    lines = []
    first = None
    for k in range(3):
        p, b, m = P(), dob(), mrn()
        first = first or p
        ts = d + dt.timedelta(seconds=R.randint(1, 900))
        lines.append(f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(100, 999)} ERROR [lab_results_in/xlate] "
                     f"Xlate failed: OBX-5 exceeds 200 chars; msg=MSH|^~\\&|SUNQUEST|TESSERA|EPIC|LKMT|{hl7_ts(ts)}||ORU^R01|TD{digits(9)}|P|2.3"
                     f"<CR>PID|1||{m}^^^LKMT^MR||{p.hl7()}||{hl7d(b)}|{p.sex}<CR>OBR|1|||{pick(['88305^SURG PATH', '87798^PCR', '88142^PAP'])}...")
    text = ("Thread lab_results_in has 3 errors in the last 15 minutes (threshold 2).\n\n" + "\n".join(lines)
            + "\n\nRecovery DB: 3 messages held. Resend from hci console after fix.\n")
    return dict(frm=w.addr, to="interface-oncall@lakemonthealth.org", subject="[CL-ALERT] lab_results_in xlate errors (3)",
                text=text + "\n" + w.sig + "\n", date=d, patient=first.s.upper(), mode="plain", mailer="hcimonitor 6.2")


def x12_env(d, gs, st_, body_segs, sender="KEYSTONEMED", recv="CORDELLMUT"):
    ctl = digits(9)
    segs = [f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{recv:<15}*{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:",
            f"GS*{gs}*{sender}*{recv}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl) % 10000}*X*005010X222A1",
            f"ST*{st_}*0001*005010X222A1"] + body_segs
    segs += [f"SE*{len(body_segs) + 2}*0001", f"GE*1*{int(ctl) % 10000}", f"IEA*1*{ctl}"]
    return segs


def st_837_attach(i):
    w = WR["maureen"]
    d = when()
    p, b = P(), dob(60, 90)
    a1, a2 = addr()
    city, rest = a2.split(", ")
    st_, z = rest.split(" ")
    mbr = digits(9)
    body = [f"BHT*0019*00*{digits(6)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*CH",
            "NM1*41*2*KEYSTONE MEDICAL SUPPLY*****46*KMS001", "PER*IC*MAUREEN TATE*TE*2625550199",
            "NM1*40*2*CORDELL MUTUAL*****46*CMHP1", "HL*1**20*1", "NM1*85*2*KEYSTONE MEDICAL SUPPLY*****XX*1427751093",
            "HL*2*1*22*0", "SBR*P*18*******CI",
            f"NM1*IL*1*{p.s.upper()}*{p.g.upper()}****MI*CMH{mbr}", f"N3*{a1.upper()}", f"N4*{city.upper()}*{st_}*{z}",
            f"DMG*D8*{hl7d(b)}*{p.sex}", "NM1*PR*2*CORDELL MUTUAL*****PI*CMHP1",
            f"CLM*KMS{digits(7)}*{R.randint(300, 4200)}.00***12:B:1*Y*A*Y*Y", f"HI*ABK:{pick(['G4733', 'J449', 'E119', 'I5022'])}",
            f"LX*1", f"SV1*HC:{pick(['E0601', 'E1390', 'K0823', 'E0260'])}:RR*{R.randint(90, 300)}.00*UN*1***1",
            f"DTP*472*D8*{hl7d(past(d, 5, 30))}"]
    x = "~\n".join(x12_env(d, "HC", "837", body)) + "~\n"
    text = ("Bart, per our call -- here is the 837P that your clearinghouse says is 'malformed'. It validates "
            "clean on our side. Would you run it through your edits and tell me which segment it hates?\n\nMaureen\n")
    return dict(frm=w.addr, to=WR["bart"].addr, subject="837P test file", text=signed(w, text), date=d, patient=p.s.upper(),
                atts=[(f"KMS_837P_{d.strftime('%Y%m%d')}.x12", "application/edi-x12", x)])


def st_271_body(i):
    w = WR["bart"]
    d = when()
    p, b = P(), dob()
    segs = ["ST*271*4322*005010X279A1", f"BHT*0022*11*{digits(8)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}",
            "HL*1**20*1", "NM1*PR*2*CORDELL MUTUAL HEALTH PLAN*****PI*CMHP1", "HL*2*1*21*1",
            "NM1*1P*2*LAKEMONT HEALTH*****XX*1891234567", "HL*3*2*22*0",
            f"NM1*IL*1*{p.s.upper()}*{p.g.upper()}****MI*CMH{digits(9)}", f"DMG*D8*{hl7d(b)}*{p.sex}",
            "EB*1*IND*30**CMH PPO GOLD", "EB*C*IND*30***23*1500.00", "EB*C*IND*30***29*212.40",
            "EB*B*IND*UC***27*75.00", "EB*A*IND*AL***27*.2",
            f"MSG*PRIOR AUTH REQUIRED FOR MRI. AUTH ON FILE UM{digits(7)} EXP {hl7d(fut(d, 30, 60))}",
            "SE*16*4322"]
    text = ("Priya, here's the raw 271 for the member you asked about -- the portal is showing 'inactive' but the "
            "271 clearly shows active coverage and the MRI auth. It's a portal caching problem, not eligibility.\n\n"
            + "~\n".join(segs) + "~\n")
    return dict(frm=w.addr, to=WR["priya"].addr, subject="RE: eligibility shows inactive??", text=signed(w, text),
                date=d, patient=p.s.upper())


def st_835_partial(i):
    w = W("PFS Cash Posting", "pfs-posting@lakemonthealth.org", "Lakemont PFS - Cash Posting Team", "LH")
    d = when()
    p = P()
    segs = [f"CLP*{digits(10)}*1*{R.randint(900, 4000)}.00*{R.randint(300, 800)}.00*{R.randint(20, 300)}.00*12*{digits(14)}*11*1",
            f"NM1*QC*1*{p.s.upper()}*{p.g.upper()}****MI*CMH{digits(9)}",
            f"NM1*82*1*OSEI*KWAME****XX*{digits(10)}", f"DTM*232*{hl7d(past(d, 30, 60))}",
            f"SVC*HC:99285*{R.randint(900, 2000)}.00*{R.randint(200, 500)}.00**1", "CAS*CO*45*612.00",
            "CAS*PR*1*150.00", f"SVC*HC:71046*{R.randint(150, 300)}.00*{R.randint(40, 90)}.00**1", "CAS*CO*45*104.00"]
    text = ("Found the underpayment -- this is the piece of the 835 for the ED claim. CO-45 on the 99285 is way more "
            "than contract. Pasting just the CLP loop (whole file is 4 MB):\n\n" + "~".join(segs) + "~\n\n"
            "Sending to the Cordell rep Monday.\n")
    return dict(frm=w.addr, to="pfs-denials@lakemonthealth.org", subject="835 underpayment example",
                text=signed(w, text), date=d, patient=p.s.upper())


def st_fhir_bundle(i):
    w = W("Jordan Whitcomb", "jwhitcomb@lakemonthealth.org", "Jordan Whitcomb\nFHIR API Developer, Digital Health", "LH")
    d = when()
    p, b, m = P(), dob(), mrn()
    a1, a2 = addr()
    bundle = {
        "resourceType": "Bundle", "type": "searchset", "total": 2,
        "entry": [
            {"resource": {"resourceType": "Patient", "id": f"e{digits(8)}",
                          "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.861", "value": m}],
                          "name": [{"family": p.s, "given": [p.g]}], "gender": "male" if p.sex == "M" else "female",
                          "birthDate": iso(b), "telecom": [{"system": "phone", "value": phone()}],
                          "address": [{"line": [a1], "city": a2.split(",")[0]}]}},
            {"resource": {"resourceType": "Observation", "id": f"o{digits(9)}", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
                          "subject": {"reference": f"Patient/e{digits(8)}", "display": p.full},
                          "effectiveDateTime": past(d, 2, 20).isoformat(),
                          "valueQuantity": {"value": R.randint(62, 114) / 10, "unit": "%"}}}]}
    text = ("Hey -- the sandbox is returning real prod data for this query, which it absolutely should not. Response "
            "attached. I've disabled the sandbox client ID; we need to figure out how the prod endpoint got wired in.\n")
    return dict(frm=w.addr, to="digital-health-eng@lakemonthealth.org, privacy@lakemonthealth.org",
                subject="URGENT sandbox returning prod patients", text=signed(w, text), date=d, patient=p.s,
                atts=[("response.json", "application/json", json.dumps(bundle, indent=2, ensure_ascii=False))])


def st_fhir_partial(i):
    w = W("Sam Oyelowo", "soyelowo@cordellmutual.com", "Sam O. | Interop | Cordell Mutual", "CM")
    d = when()
    p = P()
    frag = ("    },\n    \"resource\": {\n      \"resourceType\": \"Condition\",\n      \"clinicalStatus\": {\"coding\": [{\"code\": \"active\"}]},\n"
            f"      \"code\": {{\"coding\": [{{\"system\": \"http://hl7.org/fhir/sid/icd-10-cm\", \"code\": \"{pick(['F33.1', 'C50.911', 'E11.65', 'B20'])}\"}}]}},\n"
            f"      \"subject\": {{\"reference\": \"Patient/CMH{digits(9)}\", \"display\": \"{p.g} {p.s}\"}},\n"
            f"      \"onsetDateTime\": \"{iso(past(d, 200, 900))}\"\n    }}\n  }},\n  {{ ...")
    text = ("Payer-to-payer API is still leaking Condition resources for members who opted out. Snippet from "
            "the partner's complaint (they truncated it):\n\n" + frag + "\n\nOpt-out flag is set for this member in "
            "Facets. Can we get a fix in before the CMS attestation?\n")
    return dict(frm=w.addr, to="interop@cordellmutual.com", subject="P2P API opt-out leak", text=signed(w, text),
                date=d, patient=p.s)


def st_ccd_xml(i):
    w = WR["colleen"]
    d = when()
    p, b, m = P(), dob(), mrn()
    xml = D(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ClinicalDocument xmlns="urn:hl7-org:v3">
          <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
          <title>Continuity of Care Document</title>
          <recordTarget><patientRole>
            <id extension="{m}" root="1.2.840.114350.1.13.861.1.7.5.737384.14"/>
            <patient><name><given>{p.g}</given><family>{p.s}</family></name>
              <administrativeGenderCode code="{p.sex}"/><birthTime value="{hl7d(b)}"/></patient>
          </patientRole></recordTarget>
          <component><structuredBody>
            <component><section><title>Medications</title>
              <text><list><item>sertraline 100 mg daily</item><item>lisinopril 10 mg daily</item></list></text>
            </section></component>
            <component><section><title>Procedures</title>
              <text>Colonoscopy with polypectomy {us0(past(d, 30, 300))}</text>
            </section></component>
          </structuredBody></component>
        </ClinicalDocument>
        """)
    text = ("Ms. Duchamp,\n\nPer the authorization received, the electronic summary you requested is attached in CDA "
            "format (your office asked for electronic copies). Paper records follow via secure courier.\n\nRegards,\n")
    return dict(frm=w.addr, to=WR["renee"].addr, subject="Records release - electronic summary",
                text=signed(w, text, sep="\n"), date=d, patient=p.s,
                atts=[(f"CCD_{m}.xml", "application/xml", xml)])


def st_error_queue_csv(i):
    w = WR["greg"]
    d = when()
    rows = ["queue_id,received,msg_type,error,pid_5,pid_7,pid_3,obr_4"]
    first = None
    for k in range(6):
        p = P()
        first = first or p
        rows.append(f"{digits(7)},{(d - dt.timedelta(minutes=k * 7)).strftime('%Y-%m-%d %H:%M')},ORM^O01,"
                    f"{pick(['Unknown provider NPI', 'Missing PV1-19', 'Invalid OBR-4 code', 'Patient not found'])},"
                    f"{p.hl7()},{hl7d(dob())},{mrn()},{pick(['71046^XR CHEST 2V', '70450^CT HEAD WO', '93306^ECHO TTE', '77067^MAMMO SCREEN'])}")
    text = "Error queue export for radiology orders attached -- 6 stuck since midnight, all from the Racine ASC feed.\n"
    return dict(frm=w.addr, to="rad-it@lakemonthealth.org", subject="ORM error queue Racine", text=signed(w, text),
                date=d, patient=first.s.upper(), atts=[("orm_errors.csv", "text/csv", "\n".join(rows) + "\n")])


def st_hl7_fragment_fwd(i):
    w = WR["okafor"]
    d = when()
    p, b, m = P(), dob(), mrn()
    frag = (f"PID|1||{m}^^^LKMT^MR||{p.hl7()}||{hl7d(b)}|{p.sex}\n"
            f"OBX|1|FT|22637-3^PATH REPORT.FINAL DX^LN||RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY:~INVASIVE DUCTAL CARCINOMA, GRADE 2.~ER POSITIVE.||||||F\n"
            f"OBX|2|FT|22638-1^PATH REPORT.COMMENT^LN||Result called to Dr. Vogt's office {us(d)}.||||||F")
    inner_text = ("Lucinda -- the surg path result posted to the wrong encounter in Epic. Only the PID and OBX came "
                  "through in the screenshot so I typed them out:\n\n" + frag + "\n\nGreg\n")
    inner = inner_msg(WR["greg"].addr, w.addr, "wrong encounter - path result", past(d, 0, 1), inner_text)
    text = ("Sven, see below from Lakemont. Please correct the encounter number on our side and send a corrected "
            "report. This patient's surgeon is waiting on it.\n\nLO\n")
    return dict(frm=w.addr, to=WR["sven"].addr, subject="Fwd: wrong encounter - path result",
                text=text, date=d, patient=p.s.upper(), atts=[("forwarded.eml", "message/rfc822", inner)])


def st_278_oneline(i):
    w = W("Lakemont Auth Team", "auth-team@lakemonthealth.org", "Lakemont Central Authorizations", "LH")
    d = when()
    p, b = P(), dob()
    segs = x12_env(d, "HI", "278", [
        f"BHT*0007*13*{digits(9)}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}", "HL*1**20*1",
        "NM1*X3*2*CORDELL MUTUAL*****PI*CMHP1", "HL*2*1*21*1", "NM1*1P*2*LAKEMONT HEALTH*****XX*1891234567",
        "HL*3*2*22*1", f"NM1*IL*1*{p.s.upper()}*{p.g.upper()}****MI*CMH{digits(9)}", f"DMG*D8*{hl7d(b)}",
        "HL*4*3*EV*0", "UM*HS*I*2", f"HI*ABK:{pick(['M5416', 'M1711', 'G8929'])}",
        f"SV1*HC:{pick(['72148', '27447', '64483'])}*0*UN*1", f"DTP*472*D8*{hl7d(fut(d, 7, 21))}"],
        sender="LAKEMONT", recv="CORDELLMUT")
    blob = "~".join(segs) + "~"
    text = "Rejected 278 attached as received from our vendor (single line, as sent). TA1 says segment count off.\n"
    return dict(frm=w.addr, to=WR["bart"].addr, subject="278 TA1 reject", text=signed(w, text), date=d,
                patient=p.s.upper(), atts=[("req_278.txt", "text/plain", blob + "\n", "7bit")])


PHI_STRUCT = [st_adt_body, st_oru_attach, st_log_lines, st_837_attach, st_271_body, st_835_partial, st_fhir_bundle,
              st_fhir_partial, st_ccd_xml, st_error_queue_csv, st_hl7_fragment_fwd, st_278_oneline]


# ==========================================================================
# PHI - other languages, written natively
# ==========================================================================
def lang_es(i):
    d = when()
    g = pick(["Guadalupe", "Consuelo", "María Elena"])
    s = pick(["Zamora Ibarra", "Castañeda Ochoa", "Villanueva Salcedo"])
    hija = pick(["Yesenia", "Araceli", "Lucía"])
    b = dob(70, 85)
    text = D(f"""
        Buenos días,

        Le escribo de parte de mi mamá, {g} {s}, fecha de nacimiento {b.strftime('%d/%m/%Y')}. Ella va a
        hemodiálisis los lunes, miércoles y viernes a las 6:00 de la mañana en la unidad de Lakemont, pero yo
        empecé un trabajo nuevo y ya no la puedo llevar tan temprano. ¿Habrá algún espacio en el turno de la
        tarde?

        También quería preguntar: la enfermera le cambió la dieta y le dijo que no coma plátano ni jitomate,
        pero no nos dieron la hoja en español. ¿Me la pueden mandar por correo?

        Mi teléfono es {phone()}. Muchas gracias por su atención.

        Atentamente,
        {hija} {s.split()[0]}
        """)
    return dict(frm=f"{hija} {s.split()[0]} <{hija.lower()}.{asciiish(s.split()[0]).lower()}{R.randint(1, 99)}@hotmail.com>",
                to="dialysis-lakemont@lakemonthealth.org", subject="Cambio de horario de diálisis - " + g.split()[0],
                text=text, date=d, patient=s, charset="iso-8859-1", cte="quoted-printable", mode="plain")


def lang_zh(i):
    d = when()
    b = dob(68, 82)
    name = pick([("陈建国", "陈"), ("刘志强", "刘"), ("黄国华", "黄")])
    text = D(f"""
        您好，

        我是{name[0]}的儿子。我父亲出生日期是{b.year}年{b.month}月{b.day}日，病历号 {mrn()}。
        他上个月中风后从莱克蒙特医院出院，现在每周二和周四去做物理治疗和语言治疗。

        有两个问题想请教：
        1. 下周四的治疗能不能改到下午？我那天上午要上班，没办法开车送他。
        2. 他在家吃降压药以后经常头晕，治疗师说要告诉医生。请问我们应该打哪个电话？

        另外，父亲不会说英文，每次治疗都需要普通话翻译，请帮忙预约。

        谢谢！
        {name[0][0]}先生
        电话：{phone()}
        """)
    son = {"陈": "Chen Hao <chenhao%d@163.com>", "刘": "Liu Yang <liuyang.%d@qq.com>", "黄": "Huang Lei <hlei%d@126.com>"}[name[1]]
    return dict(frm=son % R.randint(70, 99),
                to="rehab-scheduling@lakemonthealth.org", subject="关于我父亲的康复治疗时间", text=text, date=d,
                patient=name[1], charset="gb18030", cte="base64", mode="plain")


def lang_vi(i):
    d = when()
    kid = pick([("Trần Minh Khôi", "Trần"), ("Phạm Gia Bảo", "Phạm"), ("Lê Anh Thư", "Lê")])
    text = D(f"""
        Chào phòng nha,

        Tôi là mẹ của cháu {kid[0]}, {R.randint(7, 12)} tuổi. Hôm thứ Sáu bác sĩ nhổ răng sữa cho cháu và trám hai răng hàm.
        Tối qua cháu bị sưng má bên trái và hơi sốt 38,2 độ. Cháu có cần uống thuốc kháng sinh không, hay tôi
        nên đưa cháu vào phòng khám lại?

        Bảo hiểm của cháu là BadgerCare, số thẻ {digits(10)}.

        Cảm ơn nhiều,
        Chị {pick(['Lan', 'Hoa', 'Thủy'])}
        {phone()}
        """)
    return dict(frm=f"{asciiish(pick(['lan', 'hoa', 'thuy']))}.{pick(['tran', 'pham', 'le'])}{R.randint(80, 99)}@yahoo.com",
                to="kenosha@brightarcdental.com", subject="Con tôi bị sưng sau khi nhổ răng", text=text, date=d,
                patient=kid[1], charset="utf-8", cte="quoted-printable")


def lang_tl(i):
    w = W("Maricel Bautista", "mbautista@bellwetherliving.com", "Maricel B., CNA", "BW")
    d = when()
    s = pick(["Hollis", "Danner", "Kroll", "Ridley"])
    text = D(f"""
        Ma'am Sharon,

        Si Mrs. {s} po sa Rm {R.randint(101, 148)}, ayaw po kumain ng breakfast at lunch kanina. Mataas din po BP niya nung
        2pm, 168/94, tapos sabi niya masakit daw ulo niya. Sinabihan ko na po si nurse Jay pero busy po sa admission.
        Yung anak niya tumawag din, gusto raw kausapin yung doctor tungkol sa bagong gamot.

        Pa-check na lang po please bago matapos shift ko. Salamat po!
        """)
    return dict(frm=w.addr, to=WR["sharon"].addr, subject=f"Mrs {s} - BP mataas", text=signed(w, text, disc=False),
                date=d, patient=s, charset="us-ascii")


def lang_ko(i):
    d = when()
    name = pick([("박지훈", "박"), ("김성민", "김"), ("최동현", "최")])
    text = D(f"""
        안녕하세요,

        저는 {name[0]}의 아내입니다. 남편의 회원번호는 CMH{digits(9)}이고 생년월일은 {dob(45, 65).strftime('%Y년 %m월 %d일')}입니다.

        남편이 지난달 레이크몬트 병원에서 무릎 수술(관절경)을 받았는데, 보험 청구가 거절되었다는 편지를 받았습니다.
        사전 승인이 필요하다고 하는데, 병원에서는 승인 번호를 받았다고 합니다. 어떻게 해야 하는지 알려 주세요.

        청구서 금액은 ${R.randint(4, 14)},{digits(3)}입니다. 영어가 서툴러서 이메일로 문의드립니다.
        한국어 통역 서비스가 가능한지도 알려 주시면 감사하겠습니다.

        감사합니다.
        """)
    return dict(frm=f"Hye-jin {pick(['Park', 'Kim', 'Choi'])} <hyejin{R.randint(60, 99)}@naver.com>",
                to="memberservices@cordellmutual.com", subject="보험 청구 거절 문의", text=text, date=d,
                patient=name[1], charset="euc-kr", mode="plain")


def lang_ru(i):
    d = when()
    name = pick([("Ольга Петровна Соколова", "Соколова"), ("Татьяна Ивановна Морозова", "Морозова")])
    text = D(f"""
        Здравствуйте!

        Пишу по поводу моей мамы, {name[0]}, дата рождения {dob(75, 90).strftime('%d.%m.%Y')}.
        Ваш кислородный концентратор у неё дома уже третий день пищит ночью и показывает ошибку.
        Баллонов осталось два. Врач сказал, что ей нужен кислород круглосуточно, 2 литра в минуту.

        Адрес: {addr()[0]}. Пожалуйста, пришлите техника как можно скорее. Мама плохо говорит
        по-английски, поэтому звоните мне: {phone()}.

        С уважением,
        {pick(['Светлана', 'Ирина', 'Наталья'])}
        """)
    return dict(frm=f"Svetlana <sveta{R.randint(1970, 1990)}@mail.ru>", to="orders@keystonemedsupply.com",
                subject="Срочно: кислородный концентратор", text=text, date=d, patient=name[1],
                charset="koi8-r", cte=pick(["8bit", "quoted-printable"]), mode="plain")


def lang_ar(i):
    d = when()
    name = pick([("سمير حداد", "حداد"), ("خالد ناصر", "ناصر"), ("يوسف صالح", "صالح")])
    text = D(f"""
        السلام عليكم،

        اسمي {name[0]}، وتاريخ ميلادي {dob(45, 70).strftime('%d/%m/%Y')}. أنا مريض عند الدكتورة أديمي في عيادة السكري.
        الصيدلية تقول إن وصفة الأنسولين انتهت ويجب على الطبيبة أن ترسل وصفة جديدة. بقي عندي قلمان فقط.
        أرجو إرسال الوصفة إلى صيدلية والغرينز في شارع كالوميت.

        وأيضاً، هل يمكن تأجيل موعد فحص العيون إلى الأسبوع القادم؟

        رقم هاتفي: {phone()}
        شكراً جزيلاً
        """)
    html = html_wrap(f"<div dir=\"rtl\" style=\"text-align:right\">{text_to_html(text)}</div>", "Tahoma")
    return dict(frm=f"S. Haddad <shaddad{R.randint(60, 90)}@gmail.com>", to="diabetes-clinic@lakemonthealth.org",
                subject="وصفة الأنسولين", text=text, html=html, mode="alt", date=d, patient=name[1],
                charset="utf-8", cte="base64")


def lang_ht(i):
    w = W("Wilfrid Charles", "wcharles@harrowcountywi.gov",
          "Wilfrid Charles\nCommunity Health Worker (Kreyòl / English)\nHarrow County Public Health", "HC")
    d = when()
    g, s = pick([("Nadège", "Dorvil"), ("Guerline", "Toussaint"), ("Rose-Andrée", "Exantus")])
    text = D(f"""
        Bonjou Madan {s},

        Se Wilfrid ki ekri w, travayè sante kominotè nan depatman sante Harrow County. Mwen jis vle raple w:

        - Kontinye pran grenn pou tibèkiloz yo chak maten, menm si ou santi w byen.
        - Randevou pou radyografi pwatrin ou se {dayname(fut(d, 3, 9))} a 10è nan klinik Oneida St.
        - Pa bliye pote ti kaye kote w ap ekri lè w pran grenn yo.

        Si w gen kè plen oswa je w vin jòn, rele m touswit nan {phone()}.

        Mèsi anpil, pran swen tèt ou.
        """)
    return dict(frm=w.addr, to=f"{g} {s} <{asciiish(g).lower().replace('-', '')}{R.randint(1, 99)}@yahoo.com>",
                subject="Rapèl: grenn ak randevou ou", text=signed(w, text), date=d, patient=s, charset="utf-8")


def lang_pt(i):
    d = when()
    g = pick(["Fernanda", "Luciana", "Ana Paula"])
    s = pick(["Carvalho", "Oliveira", "Almeida"])
    text = D(f"""
        Prezada Dra. Oduya,

        Estou enviando as informações que a senhora pediu sobre o meu tratamento depois do acidente:

        - Fiz 18 sessões de fisioterapia na Lakemont Rehab, ainda faltam 6.
        - O ortopedista pediu uma nova ressonância do ombro para {us(fut(d, 5, 20))}.
        - Continuo tomando o remédio para dor, mas só à noite, porque me dá sono.
        - Não consigo levantar minha filha no colo até agora.

        Recebi mais uma conta do pronto-socorro, de US$ 1.240. Devo pagar ou mandar para a senhora?

        Obrigada,
        {g} {s}
        """)
    return dict(frm=f"{g} {s} <{asciiish(g.split()[0]).lower()}.{s.lower()}@hotmail.com>", to=WR["adaeze"].addr,
                subject="Informações do meu tratamento", text=text, date=d, patient=s, charset="windows-1252",
                cte="quoted-printable", mode="plain")


def lang_pl(i):
    d = when()
    s = pick(["Wójcik", "Kowalczyk", "Mazur"])
    text = D(f"""
        Szanowna Pani,

        piszę w sprawie mojego ojca (Krzysztof {s}, pokój {R.randint(101, 148)}). Podczas ostatniej wizyty zauważyłem,
        że ojciec jest bardzo osłabiony i prawie nie chodzi. Fizjoterapeuta powiedział, że rehabilitacja
        została przerwana, bo ubezpieczenie Medicare przestało płacić. Nikt nas o tym nie poinformował.

        Proszę o informację:
        1. Dlaczego przerwano rehabilitację?
        2. Czy możemy złożyć odwołanie?
        3. Kiedy będzie następne spotkanie w sprawie planu opieki?

        Z poważaniem,
        Tomasz {s}
        tel. {phone()}
        """)
    return dict(frm=f"Tomasz {s} <t.{asciiish(s).lower()}@onet.pl>", to=WR["sharon"].addr,
                subject="Rehabilitacja ojca - pytanie", text=text, date=d, patient=s, charset="iso-8859-2",
                cte=pick(["quoted-printable", "8bit"]), mode="plain")


def lang_hi(i):
    d = when()
    name = pick([("रोहन देशपांडे", "देशपांडे"), ("आदित्य शर्मा", "शर्मा"), ("अनन्या अय्यर", "अय्यर")])
    text = D(f"""
        नमस्ते,

        मैं {name[0]} की माँ हूँ। वह आपकी यूनिवर्सिटी में दूसरे साल का छात्र है (Student ID {pick(['9', '8'])}{digits(7)})।
        कल रात उसे तेज़ बुखार और पेट दर्द की वजह से अस्पताल ले जाया गया और आज सुबह उसका अपेंडिक्स का ऑपरेशन हुआ।

        हम पुणे में हैं और तुरंत नहीं आ सकते। कृपया बताइए कि स्टूडेंट हेल्थ उसकी देखभाल में कैसे मदद कर सकता है,
        और क्या उसकी परीक्षाओं के लिए डॉक्टर का पत्र मिल सकता है।

        धन्यवाद,
        {pick(['सुनीता', 'कविता', 'मीना'])}
        """)
    return dict(frm=f"Sunita D <sunita.{R.randint(60, 80)}@rediffmail.com>", to="shs-nurse@pinecrest.edu",
                subject="मेरे बेटे का ऑपरेशन - सहायता चाहिए", text=text, date=d, patient=name[1], charset="utf-8", cte="base64")


def lang_fr(i):
    d = when()
    g = pick(["Geneviève", "Chantal", "Isabelle"])
    s = pick(["Tremblay", "Gagnon", "Lefebvre"])
    text = D(f"""
        Bonjour,

        Je m'appelle {g} {s}, née le {dob(55, 75).strftime('%d/%m/%Y')}. J'ai été hospitalisée à Lakemont du
        {past(d, 40, 50).strftime('%d/%m')} au {past(d, 30, 39).strftime('%d/%m')} pour une pneumonie pendant un séjour chez ma fille.

        Ma compagnie d'assurance voyage (Croix Bleue du Québec) demande une copie complète de mon dossier :
        résumé de sortie, radiographies et facture détaillée. Pourriez-vous me les envoyer à l'adresse
        ci-dessous ? Je peux signer un formulaire d'autorisation si nécessaire.

        {pick(['1245, rue Principale', '88, chemin du Lac'])}, {pick(['Sherbrooke', 'Trois-Rivières', 'Lévis'])} (Québec)

        Merci beaucoup,
        {g} {s}
        """)
    return dict(frm=f"{g} {s} <{asciiish(g).lower()}.{s.lower()}@videotron.ca>", to="roi@lakemonthealth.org",
                subject="Demande de dossier médical", text=text, date=d, patient=s, charset="iso-8859-15",
                cte="quoted-printable")


def lang_ja(i):
    d = when()
    name = pick([("田中健二", "田中"), ("渡辺武", "渡辺"), ("山本浩", "山本")])
    ap = fut(d, 5, 20)
    text = D(f"""
        レイクモント病院 消化器内科 御中

        いつもお世話になっております。{name[0]}の妻でございます。
        先日の健康診断で便潜血が陽性となり、大腸内視鏡検査を受けるよう言われました。

        予約は{ap.month}月{ap.day}日の午前と伺っておりますが、主人は英語があまり得意ではありませんので、
        日本語の通訳をお願いできますでしょうか。また、下剤の説明書の日本語版があれば送っていただけると助かります。

        主人の生年月日は{dob(50, 65).strftime('%Y年%m月%d日')}、患者番号は{mrn()}です。

        よろしくお願いいたします。
        """)
    return dict(frm=f"Yuko <yuko.{R.randint(10, 99)}@yahoo.co.jp>", to="gi-lab@lakemonthealth.org",
                subject="大腸内視鏡検査の通訳のお願い", text=text, date=d, patient=name[1], charset="iso-2022-jp",
                mode="plain")


def lang_so(i):
    d = when()
    s = pick(["Warsame", "Farah", "Jama"])
    kid = pick(["Yusuf", "Amina", "Khadar"])
    text = D(f"""
        Asc,

        Waxaan ahay Fadumo {s}. Wiilkayga {kid} {s} oo dhashay {dob(4, 6).strftime('%d/%m/%Y')} wuxuu u baahan yahay
        tallaalada dugsiga. Dugsiga ayaa ii sheegay in uu ka maqan yahay tallaalka MMR labaad iyo tallaalka
        busbuska. Goorma ayaan keeni karaa rugta caafimaadka ee Oneida St?

        Sidoo kale, {kid} wuxuu qabaa neef (asthma) wuxuuna isticmaalaa bam. Ma u baahan yahay inuu helo
        tallaalka hargabka?

        Mahadsanid,
        Fadumo
        {phone()}
        """)
    return dict(frm=f"Fadumo {s} <fadumo.{s.lower()}{R.randint(1, 99)}@gmail.com>", to="immunizations@harrowcountywi.gov",
                subject="Tallaalka wiilkayga", text=text, date=d, patient=s, charset="us-ascii")


PHI_LANG = [lang_es, lang_zh, lang_vi, lang_tl, lang_ko, lang_ru, lang_ar, lang_ht, lang_pt, lang_pl, lang_hi,
            lang_fr, lang_ja, lang_so]


# ==========================================================================
# PHI - long threads, PHI deep inside quotes / forwards
# ==========================================================================
def mx_printer_thread(i):
    d = when()
    p, b = P(), dob()
    t0 = past(d, 3, 6)
    m1 = signed(WR["tamika"], D(f"""
        Hi IS,
        The label printer at the 6W med room is printing everything shifted to the right, half the barcode is cut off.
        Pharmacy says it's our printer. Example of what printed (I typed what was readable):

           {p.s.upper()}, {p.g.upper()}   DOB {us0(b)}   MRN {mrn()}
           VANCOMYCIN 1,250 MG IVPB q12h  -- DUE 2100
           RM 6W-{R.randint(601, 640)}   Allergy: PCN

        Rest of the label is cut off. Please help, we're hand writing labels.
        """), disc=False)
    m2 = "Ticket INC0" + digits(6) + " created, assigned to Field Services.\n\nIS Service Desk\n"
    m3 = "Field Services here -- is this the Zebra ZD421 or the old GX? We replaced a bunch of them last month.\n\n- Brett\n"
    m4 = "It's the one with the sticker that says ZD. The white one.\n\nTamika\n"
    m5 = "Ok that's the ZD421. Calibration got reset by the firmware push. Can someone hold the feed button for 5 sec while I'm on the phone?\n\n- Brett\n"
    thread = (m5 + "\n" + hdr_line("Tamika Broadnax", past(d, 1, 1)) + "\n" + quote(
        m4 + "\n" + hdr_line("Brett Kaminski", past(d, 1, 2)) + "\n" + quote(
            m3 + "\n" + hdr_line("IS Service Desk", t0) + "\n" + quote(
                m2 + "\n" + hdr_line("Tamika Broadnax", t0) + "\n" + quote(m1)))))
    top = ("Closing this out. Printer recalibrated, firmware rollback scheduled for all ZD421s on the med/surg floors "
           "Thursday night. Thanks for your patience!\n\nBrett Kaminski\nField Services Tech II | Lakemont IS\n\n")
    return dict(frm="Brett Kaminski <bkaminski@lakemonthealth.org>", to=WR["tamika"].addr,
                cc="servicedesk@lakemonthealth.org", subject="RE: RE: RE: 6W label printer printing off center",
                text=top + thread, date=d, patient=p.s.upper())


def mx_committee_fwd(i):
    d = when()
    p = P(sex="M")
    t0 = past(d, 20, 30)
    deep = D(f"""
        To the patient relations office:

        My father, {p.g} {p.s}, was in your ICU from {us(past(t0, 10, 14))} to {us(past(t0, 3, 6))}. I want to commend the night nurse
        Alyssa who explained his ventilator and the sedation to us every single night. But I also want to complain
        that the day he was extubated nobody told us he was moved to a step-down unit, and we spent an hour looking
        for him. When we found him, his hearing aids and dentures were missing.

        He is home now with hospice. We would like the dentures found or replaced.

        {P(p.cult, 'F').g} {p.s}
        """)
    inner1 = inner_msg(f"{p.s} Family <{mailaddr(p)}>", "patientrelations@lakemonthealth.org",
                       "Compliment and complaint", t0, deep)
    inner2 = EmailMessage()
    inner2["From"] = "Patient Relations <patientrelations@lakemonthealth.org>"
    inner2["To"] = "Jill Sorensen <jsorensen@lakemonthealth.org>"
    inner2["Subject"] = "FW: Compliment and complaint"
    inner2["Date"] = format_datetime(fut(t0, 1, 2))
    inner2["Message-ID"] = mid("lakemonthealth.org")
    inner2.set_content("Jill -- for the Patient Experience Committee agenda (lost belongings item). Original attached.\n\nPR Office\n")
    inner2.add_attachment(inner1)
    top = D(f"""
        Committee members,

        Agenda for {dayname(fut(d, 2, 5))}'s Patient Experience Committee:

          1. Q1 HCAHPS top-box trends (Mark)
          2. Lost belongings process -- see the forwarded example below/attached (Jill)
          3. Daisy Award nominations
          4. Volunteer wayfinding pilot, main lobby

        Room 3B / Teams link in the invite. Lunch provided.

        Jill Sorensen
        Manager, Patient Experience
        """)
    return dict(frm="Jill Sorensen <jsorensen@lakemonthealth.org>", to="pe-committee@lakemonthealth.org",
                subject="Agenda - Patient Experience Committee", text=top, date=d, patient=p.s,
                atts=[("FW_ Compliment and complaint.eml", "message/rfc822", inner2)])


def mx_depo_thread(i):
    d = when()
    p = P()
    early = D(f"""
        Adaeze -- client called me after her appointment. Putting it in writing for the file:

        Dr. Ikeda reviewed the new MRI and says the rotator cuff tear is now full-thickness, surgery recommended.
        He also referred her to pain management for the neck (C5-6), and she started gabapentin 300 at night.
        She's missed 31 days of work to date. She's asking whether she should get a second opinion before the
        surgery -- I told her you'd call.

        Renée
        """)
    mid_msg = D(f"""
        Renée, thanks. Let's hold the surgery question until after the IME. Please calendar the deposition of
        Dr. Ikeda -- defense counsel (Marcus Hale at Brennan Whitlock) proposed three dates.

        A.
        """)
    late = D(f"""
        Counsel,

        Confirming the video deposition of Dr. Samuel Ikeda on {longd(fut(d, 20, 30))} at 1:00 PM Central, at Lakemont
        Orthopedics, 2nd floor conference room. Court reporter: Badger Reporting (Tina Ruiz). Videographer: Lakeshore
        Legal Video. Dr. Ikeda's office requires the $1,500 fee 10 days in advance.

        Marcus Hale
        Brennan Whitlock S.C.
        """)
    top = ("All -- works for us. We'll circulate exhibit numbers by Friday.\n\nAdaeze N. Oduya\nOduya, Fairbanks & Lim LLP\n\n")
    thread = (top + "-----Original Message-----\n" + outlook_hdr("Marcus Hale <mhale@brennanwhitlock.com>", past(d, 1, 2),
              "Adaeze Oduya; Renée Duchamp", f"{p.s} v. Northway Freight - Ikeda deposition") + "\n" + late
              + "\n-----Original Message-----\n" + outlook_hdr("Adaeze Oduya", past(d, 5, 8), "Renée Duchamp",
              f"RE: {p.s} - MRI / surgery") + "\n" + mid_msg + "\n-----Original Message-----\n"
              + outlook_hdr("Renée Duchamp", past(d, 9, 12), "Adaeze Oduya", f"{p.s} - MRI / surgery") + "\n" + early
              + "\n" + textwrap.fill(DISC["OF"], 76) + "\n")
    return dict(frm=WR["adaeze"].addr, to="Marcus Hale <mhale@brennanwhitlock.com>", cc=WR["renee"].addr,
                subject=f"RE: {p.s} v. Northway Freight - Ikeda deposition", text=thread, date=d, patient=p.s,
                charset="utf-8", cte="quoted-printable", mode="plain")


def mx_vendor_fwd(i):
    d = when()
    p = P()
    b = dob()
    note = D(f"""
        CALL NOTES {us0(past(d, 14, 20))} 10:42 -- Rep: Danielle K.
        Caller: member {p.full}, DOB {us0(b)}, ID CMH{digits(9)}. Verified 3 pt.
        Member upset re: transportation vendor (RideWell) no-show for chemo infusion at Lakemont Cancer Ctr. Missed
        cycle 3 day 1, had to reschedule. Second no-show this month. Member requests different vendor. Escalated
        to CM (Priya N.). Member also asked about OOP max -- advised $2,100 remaining.
        """)
    lvl1 = ("Lorraine -- this is the kind of thing I mentioned. Notes below.\n\nDanielle\n\n" + "-------- Original --------\n" + note)
    lvl2 = ("Forwarding to Procurement as an example for the RideWell performance review. Lorraine\n\n"
            "---------- Forwarded message ---------\nFrom: Danielle Kent <dkent@cordellmutual.com>\n"
            f"Date: {longd(past(d, 12, 13))}\nSubject: RideWell no-shows\nTo: Lorraine Chu <lchu@cordellmutual.com>\n\n" + lvl1)
    top = D(f"""
        Hi all,

        Ahead of the vendor review on the 14th: RideWell is at 91.2% on-time against a 97% SLA for Q1, with 38
        documented no-shows. Scorecard attached. I've included one member complaint thread from Member Services
        that Lorraine sent over (below) as illustration -- please don't circulate it further.

        Options: (a) corrective action plan with 60-day cure, (b) RFP for a secondary vendor in the north region.

        Greta Lindahl
        Vendor Management | Cordell Mutual
        """)
    body = top + "\n" + quote(lvl2)
    return dict(frm="Greta Lindahl <glindahl@cordellmutual.com>", to="vendor-review@cordellmutual.com",
                subject="RideWell Q1 review - prep", text=body, date=d, patient=p.s,
                atts=[("RideWell_Q1_scorecard.csv", "text/csv",
                       "metric,target,actual\non_time_pct,97,91.2\nno_shows,<10,38\ncomplaints,<15,27\n")])


def mx_student_extension(i):
    d = when()
    g, s = pick([("Maya", "Lindgren"), ("Jordan", "Okafor"), ("Priya", "Raman"), ("Ethan", "Vo")])
    s1 = D(f"""
        Dear Professor Halvorsen,

        I'm sorry for missing the last two labs. I've been in the partial hospitalization program at Rogers for my
        eating disorder since the 3rd and I'm only allowed out on weekends. My counselor at Student Health, Dr. Abebe,
        said she can send a letter. Is there any way I can make up the labs in April?

        {g} {s}
        """)
    s2 = ("Maya/Jordan -- thank you for telling me. I'm looping in the Disability Resource Center, who handle "
          "accommodations so you don't have to share details with every instructor.\n\nProf. H.").replace("Maya/Jordan", g)
    s3 = "Received, we'll reach out to the student directly. -- DRC intake\n"
    top = D(f"""
        Prof. Halvorsen,

        Quick process note for all CHEM 2210 sections: DRC accommodation letters will now come through the AIM portal,
        not email. For the student in the thread below we've already issued a letter (extended deadlines, lab
        make-ups). Please reply through AIM from now on.

        Thanks,
        Corinne Baptiste
        Access Consultant, Disability Resource Center
        """)
    body = (top + "\n" + hdr_line("DRC Intake", past(d, 2, 3)) + "\n" + quote(
        s3 + "\n" + hdr_line("Erik Halvorsen", past(d, 3, 4)) + "\n" + quote(
            s2 + "\n\n" + hdr_line(f"{g} {s}", past(d, 4, 6)) + "\n" + quote(s1))))
    return dict(frm="Corinne Baptiste <cbaptiste@pinecrest.edu>", to="Erik Halvorsen <ehalvorsen@pinecrest.edu>",
                subject="Re: Re: Re: missed labs", text=body, date=d, patient=s)


def mx_dental_holiday(i):
    d = when()
    p = P(pick(["en", "hi", "ng", "es"]), "M")
    deep = D(f"""
        Jo, can you move {p.title} {p.s}'s root canal (#30, second visit) off the 26th? I'll be at the implant CE.
        He's on the bisphosphonate so I want to do it myself, not the locum. Also his premed (amoxicillin 2 g)
        needs to be called in again, last Rx expired.

        FA
        """)
    mid_ = "Will do. Also Memorial Day -- are we closed Friday too or just Monday?\n\nJo\n"
    top = D(f"""
        Hi everyone!

        Holiday hours for the Kenosha + Racine offices:

          Memorial Day weekend: CLOSED Fri 5/23 and Mon 5/26
          July 4th: CLOSED Fri 7/4, open Thu 7/3 until 2pm
          Labor Day: CLOSED Mon 9/1

        Emergency line will forward to Dr. Moua's cell for the Memorial Day weekend. Please update your voicemail
        greetings and the Google listing. See thread below for the schedule questions.

        Have a blessed day!
        Jolene
        """)
    body = (top + "\n________________________________\nFrom: Jolene Bauer\nSent: " + longd(past(d, 1, 2)) + "\nTo: Farid Azizi\n"
            "Subject: RE: 26th\n\n" + mid_ + "\n________________________________\nFrom: Farid Azizi\nSent: "
            + longd(past(d, 3, 4)) + "\nTo: Jolene Bauer\nSubject: 26th\n\n" + deep)
    html = html_wrap("<div>" + text_to_html(top) + "</div><hr>" + "<div style=\"color:#555\">"
                     + text_to_html(body[len(top):]) + "</div>")
    return dict(frm=WR["jolene"].addr, to="staff-kenosha@brightarcdental.com, staff-racine@brightarcdental.com",
                subject="Holiday schedule 2025 (please read)", text=body, html=html, mode="alt", date=d, patient=p.s)


PHI_MIXED = [mx_printer_thread, mx_committee_fwd, mx_depo_thread, mx_vendor_fwd, mx_student_extension, mx_dental_holiday]


# ==========================================================================
# CLEAN - staff-only talk
# ==========================================================================
def cs_shift_swap(i):
    w = W("Kayla Ridley", "kridley@lakemonthealth.org", "Kayla R, RN", "LH")
    d = when()
    s1, s2 = fut(d, 5, 12), fut(d, 13, 20)
    text = D(f"""
        Hi Tamika,

        Jess Moreno and I want to swap: I'll take her 7p-7a on {dayname(s2)} {us(s2)} and she takes my {dayname(s1)} {us(s1)} 7p.
        We're both 0.9 FTE so no OT either way. Already put it in Kronos as a pending trade, just needs your approval.
        Jess is charge-trained so the {us(s1)} charge slot is still covered.

        Thx!
        """)
    return dict(frm=w.addr, to=WR["tamika"].addr, cc="Jess Moreno <jmoreno@lakemonthealth.org>",
                subject="shift trade request", text=signed(w, text, disc=False), date=d, patient="")


def cs_parking(i):
    d = when()
    text = D(f"""
        ATTENTION ALL MAIN CAMPUS STAFF

        The Pavilion B parking ramp (levels 3-5) will be closed {longd(fut(d, 7, 10))} through {longd(fut(d, 25, 30))}
        for concrete repair. Staff with B-ramp hang tags (tag #s 4000-5499) should park in the Lakeshore surface lot;
        shuttles run every 10 minutes from 5:30 AM to 12:30 AM.

        Patients and visitors will continue to use the front valet and ramp A. Please leave those spaces open.

        Questions: Parking Services, x2275.
        """)
    return dict(frm="Facilities Communications <facilities-news@lakemonthealth.org>", to="all-staff-main@lakemonthealth.org",
                subject="Ramp B partial closure - staff parking changes", text=text, date=d, patient="")


def cs_potluck(i):
    w = WR["jolene"]
    d = when()
    text = D(f"""
        Hi team!! :)

        Our spring potluck is {dayname(fut(d, 6, 12))} at noon in the break room (we're blocking 12-1 on both schedules).
        So far:
          - Dr. Azizi: his famous saffron rice (yes again, nobody complain)
          - Kelsey RDH: buffalo chicken dip
          - Marisol: tres leches
          - Dr. Moua: egg rolls
          - Me: paper plates + lemonade
        Still need salads and something healthy because we are a DENTAL office and the tres leches is going to be gone
        in 4 minutes. Reply with what you're bringing!
        """)
    return dict(frm=w.addr, to="staff-kenosha@brightarcdental.com", subject="POTLUCK!!", text=signed(w, text, disc=False),
                date=d, patient="")


def cs_downtime(i):
    w = WR["greg"]
    d = when()
    dd = fut(d, 4, 10)
    text = D(f"""
        Clinical leaders,

        Planned Epic downtime: {dayname(dd)} {us(dd)}, 01:00-04:30. During downtime:

          * BCA PCs on every unit will print the 24-hr MAR and census reports at 00:30 -- verify yours printed
          * Use paper downtime forms (orange folders) for orders, labs, and med administration
          * Lab will run STATs only; results will be phoned
          * After recovery, units have 4 hours to back-enter documentation

        Unit champions please confirm BCA test prints by Thursday. Reply to this message, not the whole list.
        """)
    return dict(frm=w.addr, to="clinical-leaders@lakemonthealth.org", subject=f"Planned Epic downtime {us(dd)}",
                text=signed(w, text), date=d, patient="")


def cs_staffing_grid(i):
    w = W("House Supervisor", "house-sup@lakemonthealth.org", "Nursing House Supervisor\nVocera: House Sup", "LH")
    d = when()
    rows = [[u, str(R.randint(18, 32)), str(R.randint(4, 8)), str(R.randint(4, 8)), pick(["0", "+1", "-1", "+2"])]
            for u in ["5W Ortho", "6W Med/Surg", "6E Tele", "4N ICU", "3S Peds", "L&D"]]
    text = ("1900 staffing for tonight. Float pool has 2 RNs and 1 PCT available. ED holding 7 admits.\n\n"
            + table_text(["Unit", "Census", "RNs sched", "RNs needed", "Var"], rows)
            + "\nIf your unit is -1 or worse call me before 1830. Incentive shifts posted.\n")
    return dict(frm=w.addr, to="charge-nurses@lakemonthealth.org", subject="1900 staffing", text=signed(w, text, disc=False),
                date=d, patient="")


def cs_pump_recall(i):
    w = W("Clinical Engineering", "biomed@lakemonthealth.org", "Clinical Engineering | x3300", "LH")
    d = when()
    sers = ", ".join(f"{R.randint(1, 9)}{digits(7)}" for _ in range(6))
    text = D(f"""
        URGENT - MEDICAL DEVICE CORRECTION

        The manufacturer has issued a correction for Alaris 8100 LVP modules (firmware 12.1.2). Affected modules must be
        pulled from service and brought to Clinical Engineering (B-level, room B140) by end of shift Friday.

        Our inventory shows these serials assigned to your units: {sers}

        Loaner Alaris modules are available at the equipment depot. Do not remove a module that is currently infusing;
        swap at the next bag change.
        """)
    return dict(frm=w.addr, to="nurse-managers@lakemonthealth.org", subject="URGENT: Alaris 8100 module correction - pull list",
                text=signed(w, text), date=d, patient="")


def cs_welcome(i):
    w = WR["azizi"]
    d = when()
    text = D(f"""
        Team,

        Please welcome Kelsey Moua, RDH, who joins us Monday from Northshore Family Dental. Kelsey has eight years of
        hygiene experience, is certified in local anesthesia and nitrous, and speaks Hmong. She'll be in op 4 Tue-Fri.
        Jolene is setting up her Dentrix login and badge (#1187).

        Welcome lunch Tuesday, my treat.

        FA
        """)
    return dict(frm=w.addr, to="staff-kenosha@brightarcdental.com", subject="Welcome Kelsey!", text=signed(w, text, disc=False, sep="\n"),
                date=d, patient="")


def cs_lab_qc(i):
    w = WR["sven"]
    d = when()
    text = D(f"""
        Chem techs,

        Cobas c503 #2 failed Level 2 QC for potassium at 0610 (5.92, limits 5.45-5.85). Recalibrated, reran L1/L2 -- in.
        Patient results from 0200-0610 on that analyzer were reviewed by Dr. Okafor; delta checks clean, no
        corrected reports needed. Lot change for the ISE reagent was at 0145, so I think it's the new lot.

        Documented on the QC log and in the deviation binder (DEV-{d.strftime('%y')}-{R.randint(100, 300)}).
        """)
    return dict(frm=w.addr, to="chem-techs@tesseradx.com", subject="c503 #2 K QC failure - resolved", text=signed(w, text),
                date=d, patient="")


def cs_supervision(i):
    w = WR["hannah"]
    d = when()
    text = D(f"""
        Hi clinicians,

        Group clinical supervision moves to Wednesdays 8:00-9:30 starting next month. Those of you working toward
        licensure (Marcus P. - APSW #{R.randint(10000, 19999)}-123, Ines V. - LPC-IT #{R.randint(10000, 19999)}-125) please
        bring your hour logs so I can sign them. CEU opportunity: the DBT webinar on the 19th counts for 3 hours of
        ethics.

        Please don't bring case details to the hallway huddle anymore -- save them for supervision.
        """)
    return dict(frm=w.addr, to="clinical-team@northforkbh.org", subject="Supervision schedule change",
                text=signed(w, text), date=d, patient="")


def cs_survey_prep(i):
    w = WR["marco"]
    d = when()
    text = D(f"""
        Department heads,

        We are inside our survey window. When the state surveyors arrive:

          1. Front desk calls me, Sharon and the DON immediately (overhead page "Dr. Brown to the lobby")
          2. Entrance conference packet is in the gray bin in my office -- census list, staffing, QAPI plan
          3. Med carts locked, treatment carts locked, no food in med rooms
          4. Hand hygiene, hand hygiene, hand hygiene
          5. Call lights answered within 3 minutes

        Mock survey results: 14 of 16 F-tags clean. Kitchen temps log and the oxygen storage signage were the two
        findings; both fixed. Great work everyone.
        """)
    return dict(frm=w.addr, to="cp-dept-heads@bellwetherliving.com", subject="Survey window - reminders",
                text=signed(w, text), date=d, patient="")


def cs_um_productivity(i):
    w = W("Denise Albrecht", "dalbrecht@cordellmutual.com", "Denise Albrecht, RN\nManager, Utilization Management", "CM")
    d = when()
    rows = [[n, str(R.randint(60, 140)), f"{R.randint(88, 100)}%", f"{R.randint(12, 30) / 10}"]
            for n in ["Priya N.", "Tom G.", "Alicia W.", "Samira H.", "Jenna B."]]
    text = ("Team -- March productivity below. Goal is 95% turnaround within 72 hrs for urgent requests. Nice "
            "work all around; Alicia we'll talk about the inpatient concurrent backlog 1:1.\n\n"
            + table_text(["Reviewer", "Reviews", "TAT met", "Avg days"], rows))
    return dict(frm=w.addr, to="um-nurses@cordellmutual.com", subject="March UM productivity", text=signed(w, text),
                date=d, patient="")


def cs_oncall(i):
    w = WR["nkechi"]
    d = when()
    wk = fut(d, 3, 7)
    rows = [[f"Week of {us(wk + dt.timedelta(days=7 * k))}", n, ph] for k, (n, ph) in enumerate(
        [("Nkechi Obi", "(920) 555-0119"), ("Sara Lindquist", "(920) 555-0124"), ("Wilfrid Charles", "(920) 555-0131"),
         ("Dr. Paula Engstrom (backup)", "(920) 555-0102")])]
    text = ("Communicable disease after-hours rotation for next month. Trade with each other and tell Dale so the "
            "answering service gets updated.\n\n" + table_text(["Week", "On call", "Cell"], rows))
    return dict(frm=w.addr, to="cd-team@harrowcountywi.gov", subject="After-hours CD on-call", text=signed(w, text),
                date=d, patient="")


def cs_flu_volunteers(i):
    w = WR["becca"]
    d = when()
    text = D(f"""
        Hi nursing faculty,

        Thank you for sending students to the campus flu clinic! Volunteer slots (2-hour shifts, Union Ballroom):

          Tue 9-11   Aubrey K., Tyler S. (needs a preceptor)
          Tue 11-1   Gabriela M., Noah P.
          Wed 1-3    Hana T., Isaiah W., Mckenna R.
          Thu 3-5    OPEN - 2 slots

        Students must complete the injection competency and bring their badge. We'll have 1,200 doses.
        """)
    return dict(frm=w.addr, to="nursing-faculty@pinecrest.edu", subject="Flu clinic volunteers", text=signed(w, text),
                date=d, patient="")


def cs_law_assignments(i):
    w = WR["adaeze"]
    d = when()
    text = D(f"""
        Team,

        Assignments for Q2 (matters by number only on this list, per our new policy):

          OFL-24-0412  Cordell Mutual subrogation audit ........ Lim / Nakamura
          OFL-24-0588  Lakemont Health payer contract dispute .. Oduya / Duchamp
          OFL-25-0031  Keystone Medical Supply Medicare audit .. Fairbanks / Ortiz
          OFL-25-0107  Bellwether vendor arbitration ........... Oduya / Nakamura

        Billing reminder: time entries by Friday noon. Kenji, please finish the CLE certificate upload.
        """)
    return dict(frm=w.addr, to="attorneys@ofllaw.com, paralegals@ofllaw.com", subject="Q2 matter assignments",
                text=signed(w, text), date=d, patient="")


CLEAN_STAFF = [cs_shift_swap, cs_parking, cs_potluck, cs_downtime, cs_staffing_grid, cs_pump_recall, cs_welcome,
               cs_lab_qc, cs_supervision, cs_survey_prep, cs_um_productivity, cs_oncall, cs_flu_volunteers,
               cs_law_assignments]


# ==========================================================================
# CLEAN - lookalikes: names + numbers, but no person's health care
# ==========================================================================
def lk_vet(i):
    p = P()
    pet = pick(["Biscuit", "Mochi", "Ranger", "Pepper", "Duke", "Luna"])
    sp = pick(["dog", "cat"])
    d = when()
    ap = fut(d, 2, 10)
    text = D(f"""
        Hi {p.g},

        This is a reminder that {pet} is scheduled for a dental cleaning with extractions as needed and pre-anesthetic
        bloodwork on {dayname(ap)}, {longd(ap)}. Drop-off is 7:30-8:00 AM.

          * No food after 10 PM the night before (water is fine)
          * Please bring {pet}'s current medications (Apoquel, heartworm prevention)
          * Estimate: ${R.randint(480, 1150)}.00 - ${R.randint(1200, 1900)}.00, deposit due at drop-off

        Client #{digits(6)} | Patient: {pet} ({pick(['Beagle mix', 'Domestic shorthair', 'Goldendoodle', 'Maine Coon'])}, {R.randint(3, 13)} yrs, {sp})

        Lakeshore Animal Hospital
        {phone()}
        """)
    return dict(frm="Lakeshore Animal Hospital <reminders@lakeshoreanimal.vet>", to=f"{p.full} <{mailaddr(p)}>",
                subject=f"{pet}'s dental procedure - reminder", text=text, date=d, patient="")


def lk_pet_ins(i):
    p = P()
    pet = pick(["Max", "Bella", "Cooper", "Nala"])
    d = when()
    text = D(f"""
        Dear {p.full},

        We've processed your claim for {pet}.

          Policy number:   PAW-{digits(8)}
          Claim number:    {digits(10)}
          Date of service: {us0(past(d, 10, 30))}
          Treatment:       Cranial cruciate ligament repair (TPLO), left hind leg
          Clinic:          Fox Valley Veterinary Specialists
          Claimed:         ${R.randint(4000, 6500)}.00
          Reimbursed:      ${R.randint(2800, 3900)}.{digits(2)} (90% after $250 deductible)

        Payment was sent by direct deposit to the account ending {digits(4)}. Wishing {pet} a speedy recovery!

        Northwoods Pet Insurance Co. -- Customer Care
        """)
    return dict(frm="Northwoods Pet Insurance <claims@northwoodspet.com>", to=mailaddr(p),
                subject=f"Your claim for {pet} has been paid", text=text, date=d, patient="")


def lk_gym(i):
    p = P()
    d = when()
    text = D(f"""
        Hi {p.g},

        Your membership freeze request has been approved.

          Member: {p.full}
          Member #: FF{digits(7)}
          Home club: FitForge Kenosha
          Freeze period: {us(fut(d, 1, 3))} - {us(fut(d, 55, 62))}
          Freeze fee: $10.00/month

        Your remaining personal training sessions (4 of 12 with coach Darnell) will be held until you return. Your
        access key fob will be deactivated during the freeze.

        See you soon!
        FitForge Member Services
        """)
    return dict(frm="FitForge Member Services <members@fitforgeclubs.com>", to=mailaddr(p),
                subject="Membership freeze confirmation", text=text, date=d, patient="")


def lk_airline(i):
    p = P()
    d = when()
    f = fut(d, 5, 30)
    html = html_wrap(f"""
<table width="600" style="font-family:Arial"><tr><td style="background:#0b2545;color:#fff;padding:14px">
<b>NORTHSTAR AIR</b> &nbsp; Your trip is confirmed</td></tr>
<tr><td style="padding:14px">
<p>{esc(p.title)} {esc(p.s.upper())}, thank you for booking with us.</p>
<p>Confirmation code: <b>{''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}</b><br>
SkyMiles-style account: NS{digits(9)} (Gold)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Flight</th><th>From</th><th>To</th><th>Seat</th></tr>
<tr><td>{us(f)}</td><td>NS 1442</td><td>MKE 06:05</td><td>DEN 07:41</td><td>3C</td></tr>
<tr><td>{us(fut(f, 3, 6))}</td><td>NS 1187</td><td>DEN 17:20</td><td>MKE 20:48</td><td>4A</td></tr>
</table>
<p>Known Traveler Number on file: ****{digits(4)}. Checked bags: 1 free (Gold).</p>
</td></tr></table>""", "Arial")
    return dict(frm="Northstar Air <noreply@northstarair.com>", to=mailaddr(p), subject=f"Trip confirmation - {p.s.upper()}/{p.g.upper().split()[0]}",
                html=html, mode="html", cte="quoted-printable", date=d, patient="")


def lk_bank(i):
    p = P()
    d = when()
    text = D(f"""
        {p.full},

        We noticed unusual activity on your Lakeshore Credit Union debit card ending in {digits(4)}:

            {d.strftime('%m/%d')}  $1,249.99  ELECTRONICS OUTLET ONLINE  Reno NV
            {d.strftime('%m/%d')}  $   49.00  STREAMPLUS SUBSCRIPTION

        If you recognize these, reply YES. If not, reply NO and we'll block the card and send a new one.
        Member number: {digits(8)}. We will never ask for your PIN.
        """)
    return dict(frm="Lakeshore CU Fraud Alerts <alerts@lakeshorecu.org>", to=mailaddr(p), subject="Did you make these purchases?",
                text=text, date=d, patient="", mode="plain")


def lk_utility(i):
    p = P()
    a1, a2 = addr()
    d = when()
    text = D(f"""
        Account holder: {p.full}
        Service address: {a1}, {a2}
        Account number: {digits(4)}-{digits(4)}-{digits(2)}

        Your We Energies-style statement is ready.
          Electric (712 kWh)   $ 118.42
          Natural gas (64 th)  $  71.09
          Amount due:          $ 189.51 by {us(fut(d, 18, 22))}

        You're enrolled in Budget Billing. Next meter read: {us(fut(d, 25, 30))}.
        """)
    return dict(frm="Lakeshore Energy <ebill@lakeshoreenergy.com>", to=mailaddr(p), subject="Your bill is ready",
                text=text, date=d, patient="")


def lk_auto_claim(i):
    p = P()
    d = when()
    text = D(f"""
        Dear {p.title} {p.s},

        Claim {digits(3)}-{digits(6)}-{digits(2)} -- hail damage, {R.randint(2015, 2023)} {pick(['Honda CR-V', 'Ford F-150', 'Subaru Outback', 'Toyota Camry'])}

        Our appraiser inspected your vehicle at Cedar Prairie Collision on {us(past(d, 1, 5))}. Estimate: $3,418.77,
        less your $500 comprehensive deductible. Payment of $2,918.77 will be issued jointly to you and the repair shop.
        Rental reimbursement is available up to $40/day for 10 days under policy WA-{digits(8)}.

        Badger Mutual Auto -- Claims
        """)
    return dict(frm="Badger Mutual Claims <claims@badgermutualauto.com>", to=mailaddr(p), subject="Claim estimate",
                text=text, date=d, patient="")


def lk_home_ins(i):
    p = P()
    a1, a2 = addr()
    d = when()
    text = D(f"""
        Hi {p.g},

        Your homeowners policy HO-{digits(9)} renews on {longd(fut(d, 30, 45))}.

          Property: {a1}, {a2}
          Dwelling coverage: $312,000 (+4% inflation guard)
          Personal liability: $300,000
          Medical payments to others: $5,000
          Annual premium: $1,486 (was $1,392)

        Your water backup endorsement and new roof discount have been applied. No action is needed.

        Your agent, Greg Bellamy | Bellamy Insurance Group
        """)
    return dict(frm="Greg Bellamy <greg@bellamyinsurance.com>", to=f"{p.full} <{mailaddr(p)}>", subject="Policy renewal",
                text=text, date=d, patient="")


def lk_school(i):
    par = P()
    kid = pick(["Emma", "Liam", "Sofia", "Mateo", "Aaliyah", "Noah"])
    d = when()
    text = D(f"""
        Dear {par.title} {par.s},

        {kid}'s 3rd-grade class at Lincoln Elementary is going to the Discovery World museum on {longd(fut(d, 10, 20))}.
        Please sign and return the permission slip by Friday with $8 for the bus. We need 4 more parent chaperones!

        Also, picture day retakes are {dayname(fut(d, 3, 6))}. Student ID for online orders: {digits(6)}.

        Mrs. Haugen
        Room 112
        """)
    return dict(frm="Karen Haugen <khaugen@kusd.edu>", to=mailaddr(par), subject="Field trip + picture retakes", text=text,
                date=d, patient="")


def lk_hr_payroll(i):
    p = P()
    d = when()
    text = D(f"""
        Hello {p.g},

        This confirms the change to your direct deposit made in Workday on {us(past(d, 0, 2))}:

          Employee ID: {R.randint(100000, 199999)}
          Department: 6 West Med/Surg (cost center 4410)
          New account: Lakeshore Credit Union, checking ending {digits(4)}
          Effective: pay date {us(fut(d, 7, 14))}

        If you did not make this change, call the HR Service Center at x4000 immediately.

        Lakemont Health Human Resources
        """)
    return dict(frm="HR Service Center <hrsc@lakemonthealth.org>", to=f"{p.full} <{mailaddr(p, 'lakemonthealth.org')}>",
                subject="Direct deposit change confirmation", text=text, date=d, patient="")


def lk_hr_review(i):
    p = P()
    d = when()
    text = D(f"""
        Hi {p.g},

        Your annual performance conversation with Tamika is scheduled for {dayname(fut(d, 3, 8))} at 2:00 in the 6W
        conference room. Please complete your self-evaluation in Workday beforehand (competencies: Teamwork, Clinical
        Excellence, Stewardship). Your license verification (RN #{R.randint(100000, 299999)}-30) and BLS card
        (exp {us(fut(d, 100, 300))}) are both current in the system.

        Thanks,
        Nursing Administration
        """)
    return dict(frm="Nursing Administration <nursing-admin@lakemonthealth.org>", to=mailaddr(p, "lakemonthealth.org"),
                subject="Performance review scheduled", text=text, date=d, patient="")


def lk_retail_stethoscope(i):
    p = P()
    a1, a2 = addr()
    d = when()
    html = html_wrap(f"""
<h2 style="color:#2a6f4e">Keystone Medical Supply - Shop</h2>
<p>Hi {esc(p.g)}, thanks for your order! Your student discount (Pinecrest Nursing) was applied.</p>
<table border="0" cellpadding="4">
<tr><td>Order #</td><td>KMS-W{digits(7)}</td></tr>
<tr><td>1 x Littmann Classic III Stethoscope, Raspberry, engraved "{esc(p.g.split()[0])} {esc(p.s[0])}., SN"</td><td>$94.95</td></tr>
<tr><td>2 x Scrub top, ceil blue, M</td><td>$39.98</td></tr>
<tr><td>1 x Penlight, pupil gauge</td><td>$6.49</td></tr>
<tr><td>1 x Retractable badge reel, "Future RN"</td><td>$18.00</td></tr>
<tr><td><b>Total</b></td><td><b>$159.42</b></td></tr>
</table>
<p>Ships to: {esc(p.full)}, {esc(a1)}, {esc(a2)}</p>""")
    return dict(frm="Keystone Shop <shop@keystonemedsupply.com>", to=mailaddr(p), subject="Order confirmation",
                html=html, mode="html", date=d, patient="")


def lk_license_renewal(i):
    d = when()
    g, s = pick([("Kwame", "Osei"), ("Heather", "Vogt"), ("Nadia", "Bakr"), ("Samuel", "Ikeda")])
    text = D(f"""
        Dr. {g} {s},

        Your Wisconsin Medical License #{R.randint(40000, 79999)}-20 expires on October 31. To renew, you must:

          1. Complete 30 hours of Category 1 CME (your CE Broker transcript shows 22.5)
          2. Complete the 2-hour opioid prescribing course
          3. Pay the $141 renewal fee online

        DEA registration {pick('ABF')}{s[0]}{digits(7)} and your NPI {digits(10)} are not affected by this renewal.

        Wisconsin DSPS - Medical Examining Board (automated notice)
        """)
    return dict(frm="DSPS Licensing <noreply@dsps.wi.gov>", to=f"{g.lower()}.{s.lower()}@lakemonthealth.org",
                subject="License renewal reminder", text=text, date=d, patient="")


def lk_caqh(i):
    w = W("Provider Enrollment", "enrollment@cordellmutual.com", "Cordell Mutual Provider Enrollment", "CM")
    d = when()
    g, s = pick([("Hannah", "Lindqvist"), ("Marcus", "Pruitt"), ("Ines", "Villanueva")])
    text = D(f"""
        Re: {g} {s}, LCSW -- CAQH ID {digits(8)}, NPI {digits(10)}

        The re-credentialing application for the provider above is on hold. Missing items:
          - Malpractice certificate of insurance (current one expired {us(past(d, 5, 30))})
          - Signed attestation (CAQH shows last attestation > 120 days)
          - Work history gap explanation (06/2019 - 01/2020)

        Once received, the committee will review at the next meeting. Group: Northfork Behavioral Health, TIN on file.
        """)
    return dict(frm=w.addr, to="credentialing@northforkbh.org", subject=f"Re-credentialing on hold - {s}",
                text=signed(w, text), date=d, patient="")


def lk_conference(i):
    p = P()
    d = when()
    text = D(f"""
        Registration confirmed - 2025 Midwest HIM & Coding Summit

        Attendee: {p.full}, RHIA, CCS
        Organization: Lakemont Health
        AHIMA member #: {digits(7)}
        Sessions: ICD-10-CM updates; Auditing E/M; Release of Information: What's New in 2025
        CEUs available: 12.5

        Hotel block: Pfister Hotel, code HIM25, by {us(fut(d, 10, 20))}. Bring this confirmation for badge pickup.
        """)
    return dict(frm="HIM Summit <registrar@midwesthimsummit.org>", to=mailaddr(p, "lakemonthealth.org"),
                subject="You're registered!", text=text, date=d, patient="")


def lk_rental(i):
    p = P()
    d = when()
    text = D(f"""
        {p.g}, your Lakeshore Car Rental reservation is confirmed.

          Reservation #: {digits(4)}-{digits(5)}
          Pick up: MKE Airport, {us(fut(d, 2, 9))} 11:00 AM
          Return:  MKE Airport, {us(fut(d, 10, 14))} 9:00 AM
          Car class: Midsize SUV (Ford Escape or similar)
          Rewards #: LR{digits(8)} -- Emerald tier
          Estimated total: $412.86

        Driver's license on file ending {digits(4)}. Additional driver fee waived for spouse.
        """)
    return dict(frm="Lakeshore Car Rental <reservations@lakeshorerent.com>", to=mailaddr(p),
                subject="Reservation confirmed", text=text, date=d, patient="", mode="alt",
                html=html_wrap(text_to_html(text), "Helvetica"))


CLEAN_LOOKALIKE = [lk_vet, lk_pet_ins, lk_gym, lk_airline, lk_bank, lk_utility, lk_auto_claim, lk_home_ins, lk_school,
                   lk_hr_payroll, lk_hr_review, lk_retail_stethoscope, lk_license_renewal, lk_caqh, lk_conference,
                   lk_rental]


# ==========================================================================
# CLEAN - health news, aggregate reports, pharma, recalls
# ==========================================================================
def nw_resp_surveillance(i):
    w = WR["nkechi"]
    d = when()
    wk = R.randint(8, 16)
    rows = [[ag, str(R.randint(3, 90)), str(R.randint(0, 40)), str(R.randint(0, 25)), str(R.randint(0, 6))]
            for ag in ["0-4", "5-17", "18-49", "50-64", "65+"]]
    text = (f"Harrow County Respiratory Virus Surveillance - MMWR Week {wk}, 2025\n\n"
            "Lab-confirmed cases reported this week, by age group:\n\n"
            + table_text(["Age", "Influenza A", "Influenza B", "RSV", "COVID-19 hosp."], rows)
            + f"\nED visits for ILI: {R.randint(21, 48) / 10}% (last week {R.randint(21, 48) / 10}%). Wastewater SARS-CoV-2 levels: LOW at both plants.\n"
            "Outbreaks in long-term care facilities this week: 2 (influenza A), both in the north region; no facility names are\n"
            "released in this report. Counts under 5 in any ZIP code are suppressed.\n")
    return dict(frm=w.addr, to="partners-list@harrowcountywi.gov", subject=f"Respiratory surveillance - week {wk}",
                text=signed(w, text), date=d, patient="",
                atts=[(f"resp_week{wk}.csv", "text/csv", "age,flu_a,flu_b,rsv,covid_hosp\n" + "".join(",".join(r) + "\n" for r in rows))])


def nw_pharma_rep(i):
    d = when()
    text = D(f"""
        Dr. Harnish,

        Great seeing you at the Elgin office last week. As promised, a couple of quick updates on MOUNJARO-style
        once-weekly therapy in your area:

          * Cordell Mutual moved it to preferred brand, Tier 2, effective April 1 (PA still required, step through
            metformin only)
          * Savings card: eligible commercially insured patients may pay as little as $25/month
          * New 2.5 mg starter pen now in stock at Walgreens and the Lakemont outpatient pharmacy

        I'd love to bring lunch for your team on {dayname(fut(d, 5, 12))} and do a 15-minute in-service on the new
        cardiovascular outcomes data. Let me know!

        Brittany Vance
        Executive Diabetes Sales Specialist | Novalis Pharmaceuticals
        Cell 630-555-0187

        Please see full Prescribing Information, including Boxed Warning, at novalis.example/pi. This email is intended
        for US healthcare professionals only.
        """)
    return dict(frm="Brittany Vance <bvance@novalis-pharma.com>", to="gharnish@lakemontmedicalgroup.com",
                subject="Formulary update + lunch?", text=text, date=d, patient="")


def nw_recall(i):
    d = when()
    lots = "\n".join(f"   {pick(['REF 2420-0500', 'REF 2420-0007'])}   LOT {R.randint(1, 9)}{digits(6)}   EXP {fut(d, 200, 600).strftime('%Y-%m')}" for _ in range(4))
    text = (D(f"""
        URGENT: MEDICAL DEVICE RECALL (Class II)

        Product: SmartSite-style extension sets with needle-free valve
        Reason: Potential for the valve to detach under high pressure, which may cause leakage or air entering the line.

        Affected lots:
        """) + lots + "\n\n" + D("""
        Actions required:
          1. Quarantine all affected inventory immediately
          2. Complete the attached response form even if you have zero inventory
          3. Replacement product will ship at no charge

        Keystone Medical Supply - Quality & Regulatory
        """))
    return dict(frm="Keystone Quality <quality@keystonemedsupply.com>", to="customers-hospital@keystonemedsupply.com",
                subject="URGENT Medical Device Recall - extension sets", text=text, date=d, patient="",
                atts=[("recall_response_form.txt", "text/plain", "Facility: ____\nQty on hand: ____\nSigned: ____\n")])


def nw_press_release(i):
    d = when()
    html = html_wrap(f"""
<p><b>FOR IMMEDIATE RELEASE</b><br>Media contact: Dana Pruitt, 414-555-0111</p>
<h2>Lakemont Health Performs 500th Robotic-Assisted Knee Replacement</h2>
<p>LAKEMONT, Wis. ({esc(longd(d))}) - Lakemont Health's Joint Replacement Center has completed its 500th robotic-assisted
knee replacement, less than two years after launching the program. Patients in the program have gone home on
average 1.2 days after surgery, compared with 2.6 days nationally.</p>
<p>"This milestone belongs to our whole team," said Dr. Samuel Ikeda, medical director of the center. "Nurses,
therapists and our pre-surgery education class are why people are walking the same afternoon."</p>
<p>The center also earned The Joint Commission's Advanced Certification for Total Hip and Total Knee Replacement.</p>
<p>###</p>""", "Georgia")
    return dict(frm="Lakemont Health Newsroom <news@lakemonthealth.org>", to="media-list@lakemonthealth.org",
                subject="NEWS: 500th robotic-assisted knee replacement", html=html, mode="html", date=d, patient="")


def nw_han_measles(i):
    d = when()
    text = D(f"""
        HEALTH ADVISORY - Harrow County Public Health Department
        {longd(d)}

        Measles exposure at public locations

        Two confirmed measles cases have been reported in Wisconsin residents with recent international travel. Members
        of the public may have been exposed at the following locations:

          - MKE Airport, Concourse D, {us(past(d, 5, 8))}, 2:00-6:30 PM
          - Fox Hollow Target, {us(past(d, 3, 5))}, 10:00 AM-1:00 PM

        Clinicians: consider measles in patients with fever and rash. Isolate on arrival, mask, and call the health
        department BEFORE sending specimens. Post-exposure MMR within 72 hours or IG within 6 days.

        Case details are not released. Call 920-555-0100 with questions.
        """)
    return dict(frm="Harrow County Public Health <han@harrowcountywi.gov>", to="han-clinicians@harrowcountywi.gov",
                subject="HEALTH ADVISORY: Measles exposure locations", text=text, date=d, patient="")


def nw_member_newsletter(i):
    d = when()
    html = html_wrap("""
<h1 style="color:#2b5797">Healthy You - Spring Edition</h1>
<p>Dear Member,</p>
<h3>5 small steps for healthier blood pressure</h3>
<ol><li>Know your numbers - under 130/80 is the goal for most adults.</li>
<li>Cut back on sodium: aim for less than 2,300 mg a day.</li>
<li>Move 30 minutes, 5 days a week.</li>
<li>Take medications as prescribed - ask your pharmacist about 90-day supplies.</li>
<li>Get your annual wellness visit - it's covered at no cost on all Cordell Mutual plans.</li></ol>
<h3>New: free virtual diabetes prevention program</h3>
<p>Members at risk for type 2 diabetes can join a 12-month online program at no cost. Learn more at cordellmutual.example/dpp.</p>
<p style="font-size:9pt">You are receiving this because you are a Cordell Mutual member. Unsubscribe | Privacy notice</p>""")
    return dict(frm="Cordell Mutual <healthyyou@news.cordellmutual.com>", to="members-spring@lists.cordellmutual.com",
                subject="Healthy You: 5 small steps for blood pressure", html=html, mode="html", cte="base64",
                date=d, patient="")


def nw_study_recruit(i):
    d = when()
    text = D("""
        Pinecrest University - Department of Kinesiology

        VOLUNTEERS NEEDED: Sleep and Exercise Study (IRB #2025-0419)

        We are looking for healthy adults aged 18-35 who:
          * sleep less than 7 hours on most nights
          * do not currently take sleep medication
          * can visit the lab 4 times over 6 weeks

        Participants wear an activity tracker and complete short questionnaires. Compensation: up to $150.

        Interested? Complete the screening survey at pinecrest.example/sleepstudy. Principal investigator:
        Dr. Amara Nwosu, Kinesiology. Questions: sleeplab@pinecrest.edu
        """)
    return dict(frm="Pinecrest Announcements <announce@pinecrest.edu>", to="all-students@pinecrest.edu",
                subject="Paid research study: sleep and exercise", text=text, date=d, patient="")


def nw_campus_mumps(i):
    w = WR["elliot"]
    d = when()
    text = D(f"""
        Dear Pinecrest community,

        Student Health Services has been notified of confirmed cases of mumps among students this month. Harrow County
        Public Health is investigating, and anyone identified as a close contact will be contacted directly.

        What you should do:
          * Check that you have had two doses of MMR (view your record in MyPinecrestHealth)
          * If you develop swollen glands near the jaw, fever or headache, stay home and call SHS at 920-555-0140
          * A free MMR clinic will be held {dayname(fut(d, 2, 5))} 10 AM - 3 PM in the Union

        For privacy reasons we will not share information about the students involved.
        """)
    return dict(frm=w.addr, to="all-campus@pinecrest.edu", subject="Mumps on campus - what to know",
                text=signed(w, text), date=d, patient="")


def nw_ltc_newsletter(i):
    d = when()
    text = D("""
        THE BELLWETHER BULLETIN - Family Newsletter

        June is Alzheimer's & Brain Awareness Month
        Our memory care neighborhoods will host a "Music & Memory" night on June 12. Families are welcome!

        Caregiver corner: 4 tips for visiting a loved one with dementia
          1. Introduce yourself, even if you think they know you
          2. Keep visits short and at their best time of day
          3. Bring a photo album or familiar music
          4. Look after yourself too -- our support group meets the 2nd Tuesday

        Staff spotlight: congratulations to Maricel Bautista, CNA, our Employee of the Quarter!

        Menu highlights, activity calendar and the new visiting hours are attached.
        """)
    return dict(frm="Bellwether Senior Living <families@bellwetherliving.com>", to="families-cp@bellwetherliving.com",
                subject="The Bellwether Bulletin - June", text=text, date=d, patient="",
                atts=[("activity_calendar.html", "text/html",
                       "<html><body><h3>June Activities</h3><ul><li>Mon: Chair yoga</li><li>Wed: Bingo</li>"
                       "<li>Thu 6/12: Music &amp; Memory night</li></ul></body></html>")])


def nw_dental_blog(i):
    d = when()
    text = D("""
        From the BrightArc Blog: Should you worry about fluoride in the water?

        You may have seen headlines about communities voting to stop adding fluoride to drinking water. Here's what
        our dentists want you to know:

          * Community water fluoridation at 0.7 mg/L has been studied for 75+ years and reduces cavities by about 25%.
          * The recent concerns involve levels at least twice that amount.
          * If your town stops fluoridating, ask us about fluoride varnish at cleanings for children.

        Dr. Pa Moua and Dr. Farid Azizi, BrightArc Dental Partners
        """)
    return dict(frm="BrightArc Dental <hello@brightarcdental.com>", to="newsletter@lists.brightarcdental.com",
                subject="Fluoride: what you need to know", text=text, date=d, patient="")


def nw_journal_toc(i):
    d = when()
    text = D(f"""
        Journal of Midwest Clinical Medicine -- Table of Contents Alert, Vol. 48, Issue {R.randint(2, 9)}

        ORIGINAL ARTICLES
          Once-weekly incretin therapy and cardiovascular events in rural adults: a cohort of 41,220 patients
            R. Adeyemi, K. Osei, et al.
          Home-based cardiac rehabilitation after myocardial infarction: a randomized trial
            L. Haugen, S. Park, et al.
          Outcomes of robotic-assisted vs conventional total knee arthroplasty
            S. Ikeda, H. Vogt

        CASE REPORTS
          An unusual presentation of Lyme carditis in a 34-year-old man
          Late-onset tuberculosis reactivation in an older adult on TNF inhibitors

        View the issue online. You are receiving this alert because you subscribed at jmcm.example.
        """)
    return dict(frm="JMCM Alerts <toc@jmcm.example.org>", to="osei.library@lakemonthealth.org",
                subject="JMCM TOC alert", text=text, date=d, patient="")


def nw_client_alert(i):
    d = when()
    text = D("""
        CLIENT ALERT | Oduya, Fairbanks & Lim LLP

        HIPAA Privacy Rule: What Changes for Reproductive Health Care Information

        The HHS final rule requires covered entities to obtain a signed attestation before using or disclosing PHI
        potentially related to reproductive health care for health oversight, judicial proceedings, law enforcement, or
        coroner purposes. Covered entities must also update their Notices of Privacy Practices.

        Practical steps:
          1. Update release-of-information workflows to capture attestations
          2. Train HIM and legal staff on the new prohibition
          3. Review business associate agreements

        This alert is for general information and is not legal advice. Contact Adaeze Oduya or Daniel Lim.
        """)
    return dict(frm="OFL Client Alerts <alerts@ofllaw.com>", to="clients-healthcare@ofllaw.com",
                subject="Client Alert: HIPAA reproductive health privacy rule", text=text, date=d, patient="")


CLEAN_NEWS = [nw_resp_surveillance, nw_pharma_rep, nw_recall, nw_press_release, nw_han_measles, nw_member_newsletter,
              nw_study_recruit, nw_campus_mumps, nw_ltc_newsletter, nw_dental_blog, nw_journal_toc, nw_client_alert]


# ==========================================================================
# CLEAN - training material with obviously fake sample data
# ==========================================================================
def tr_epic_tipsheet(i):
    w = W("Clinical Informatics Education", "ci-education@lakemonthealth.org",
          "Clinical Informatics Education Team\nLakemont Health", "LH")
    d = when()
    text = D("""
        TIP SHEET: Documenting a blood transfusion in the new flowsheet

        Practice in the PLAYGROUND environment only. Use the training patient assigned to you:

            Patient: ZZTEST, TRANSFUSION ONE     MRN: 99900001     DOB: 01/01/1950
            Patient: ZZTEST, TRANSFUSION TWO     MRN: 99900002     DOB: 01/01/1950

        1. Open the Blood Admin activity from the patient's storyboard.
        2. Scan the unit barcode (use the laminated sample barcodes in the training binder).
        3. Dual-verify with a second RN: both sign in the verification section.
        4. Document vitals at start, 15 minutes, and completion.

        Never practice on real patient charts. Playground data refreshes every Sunday night.
        """)
    return dict(frm=w.addr, to="nursing-educators@lakemonthealth.org", subject="Tip sheet: blood admin flowsheet (training)",
                text=signed(w, text, disc=True), date=d, patient="")


def tr_hl7_class(i):
    w = WR["greg"]
    d = when()
    sample = "\n".join([
        "MSH|^~\\&|SENDING_APP|EXAMPLE_HOSP|RECEIVING_APP|EXAMPLE_HOSP|20250101120000||ADT^A04|MSG00001|T|2.5.1",
        "EVN|A04|20250101120000",
        "PID|1||123456789^^^EXAMPLE^MR||DOE^JANE^Q^^^^L||19000101|F|||123 MAIN ST^^ANYTOWN^ZZ^00000||5555555555",
        "PV1|1|O|CLINIC^^^EXAMPLE||||0000000000^TEST^PROVIDER"])
    text = ("Interface 101 class materials -- homework for Thursday. Identify each field in the PID segment of this "
            "SAMPLE message (processing ID T = test; every value is made up):\n\n" + sample + "\n\n"
            "Questions:\n  1. What is the MRN and its assigning authority?\n  2. Which field holds the birth date?\n"
            "  3. Why does PID-5 have a trailing ^L?\n")
    return dict(frm=w.addr, to="interface-trainees@lakemonthealth.org", subject="HL7 101 homework", text=signed(w, text),
                date=d, patient="")


def tr_x12_companion(i):
    w = WR["bart"]
    d = when()
    text = D("""
        Companion guide excerpt for trading partners (837P, section 4.3 - Subscriber loop 2010BA)

        Example (illustrative only -- not a real member):

            NM1*IL*1*DOE*JOHN****MI*XYZ000000000~
            N3*123 ANY STREET~
            N4*ANYTOWN*ZZ*00000~
            DMG*D8*19000101*M~

        Notes:
          * Cordell Mutual member IDs are the 3-letter prefix plus 9 digits, no spaces or dashes.
          * DMG02 must match the eligibility file; mismatches reject with AAA*72 on the 271.
          * Do not send the subscriber SSN in REF*SY; it will be rejected.
        """)
    return dict(frm=w.addr, to="edi-partners@lists.cordellmutual.com", subject="Companion guide v4.3 - subscriber loop clarification",
                text=signed(w, text), date=d, patient="", atts=[("837P_example.x12", "application/edi-x12",
                "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*CORDELLMUT     *250101*1200*^*00501*000000001*0*T*:~\n"
                "NM1*IL*1*DOE*JOHN****MI*XYZ000000000~\nDMG*D8*19000101*M~\n")])


def tr_hipaa_quiz(i):
    d = when()
    text = D("""
        Annual Privacy Training -- Scenario Quiz (answers at the bottom)

        Scenario 1: A registrar hears that a celebrity, "Mickey Mouse," was admitted to 4N. She looks up his chart
        out of curiosity. Violation?

        Scenario 2: Nurse "Minnie" faxes a discharge summary for patient "Donald Duck" to the wrong number. What should
        she do first?

        Scenario 3: A physician posts "crazy night in the ED, you won't believe the guy in bed 7" with no name on
        social media. Violation?

        Answers: 1) Yes - no work-related need. 2) Report to the Privacy Office immediately. 3) Likely yes - details can
        identify a patient even without a name.
        """)
    return dict(frm="Privacy Office <privacy@lakemonthealth.org>", to="all-staff@lakemonthealth.org",
                subject="Privacy training - practice quiz", text=text, date=d, patient="")


def tr_coding_quiz(i):
    d = when()
    text = D("""
        CODING CHALLENGE OF THE WEEK

        Case: A 67-year-old female presents to the ED after a fall at home. X-ray shows a displaced fracture of the
        left distal radius. She undergoes closed reduction with cast application by the ED physician. History of type 2
        diabetes on insulin.

        Assign: ICD-10-CM codes (including external cause) and the CPT for the reduction.

        Reply to me by Friday -- the first correct answer wins a coffee card. Last week's answer: K35.80 + 44970.

        Tanya Ibsen, CCS, CPC
        Coding Education Lead
        """)
    return dict(frm="Tanya Ibsen <tibsen@lakemonthealth.org>", to="him-coders@lakemonthealth.org",
                subject="Coding challenge #37", text=text, date=d, patient="")


def tr_fhir_tutorial(i):
    w = W("Jordan Whitcomb", "jwhitcomb@lakemonthealth.org", "Jordan Whitcomb\nFHIR API Developer, Digital Health", "LH")
    d = when()
    example = {"resourceType": "Patient", "id": "example",
               "identifier": [{"use": "usual", "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
               "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}],
               "gender": "male", "birthDate": "1974-12-25",
               "text": {"status": "generated", "div": "<div>Example patient from the FHIR specification</div>"}}
    text = ("Lunch & learn follow-up: here's the canonical Patient/example resource straight from the HL7 FHIR spec "
            "(Peter Chalmers is the spec's fictional example person) that we used in the Postman demo. Try "
            "GET {{sandbox}}/Patient/example against the public HAPI test server, not our endpoints.\n\n"
            + json.dumps(example, indent=2) + "\n")
    return dict(frm=w.addr, to="dev-guild@lakemonthealth.org", subject="FHIR lunch & learn - sample resources",
                text=signed(w, text, disc=False), date=d, patient="", atts=[("patient-example.json", "application/json",
                json.dumps(example, indent=2))])


def tr_interpreter_roleplay(i):
    d = when()
    text = D("""
        Taller de intérpretes médicos -- práctica de rol (material de capacitación)

        Personajes ficticios:
          Paciente: Sra. Ejemplo Prueba (personaje de práctica)
          Médico: Dr. Modelo

        Dr. Modelo: "¿Desde cuándo tiene el dolor de pecho?"
        Paciente: "Desde anoche, doctor. Me duele cuando respiro profundo."

        Instrucciones: interprete en primera persona, mantenga el registro del hablante y pida aclaración si un
        término no está claro. Tiempo: 10 minutos por pareja.

        Interpreter Services Training -- Lakemont Health
        """)
    return dict(frm="Interpreter Services <interpreters@lakemonthealth.org>", to="interpreter-trainees@lakemonthealth.org",
                subject="Práctica de rol para el taller del jueves", text=text, date=d, patient="",
                charset="iso-8859-1", cte="quoted-printable")


def tr_phish_sim(i):
    d = when()
    html = html_wrap("""
<div style="border:3px solid #c00;padding:12px">
<h2>Oops! This was a simulated phishing email.</h2>
<p>You clicked a link in a message titled <i>"Your patient portal lab results are ready - click to view"</i>.
This was part of Lakemont Health's security awareness program. No harm done!</p>
<p><b>Red flags you could have spotted:</b></p>
<ul><li>Sender domain was lakemont-hea1th.com (number 1 instead of l)</li>
<li>Generic greeting "Dear Patient"</li><li>Urgent tone: "results expire in 24 hours"</li></ul>
<p>Please complete the 5-minute refresher in HealthStream by Friday.</p>
</div>""")
    return dict(frm="Security Awareness <security-awareness@lakemonthealth.org>", to="selected-staff@lakemonthealth.org",
                subject="You clicked a simulated phishing link", html=html, mode="html", date=d, patient="")


def tr_wristband(i):
    d = when()
    text = D("""
        NEW HIRE ORIENTATION -- Patient Identification (Module 4)

        Every wristband shows two identifiers: name and date of birth. Look at the sample band below:

            +------------------------------------------------+
            |  ZZTRAINING, ADULT F        DOB 01/01/1900     |
            |  MRN 00000000   ALLERGY: NONE (SAMPLE)          |
            |  ||||| |||| ||||| ||| (barcode - training only) |
            +------------------------------------------------+

        Red band = allergy; yellow = fall risk; purple = DNR. Room number is NEVER an identifier.
        Practice: ask a partner to state their name and DOB, then compare to the band.
        """)
    return dict(frm="Nursing Orientation <orientation@lakemonthealth.org>", to="new-hires-march@lakemonthealth.org",
                subject="Orientation Module 4 materials", text=text, date=d, patient="", mode="plain", cte="quoted-printable")


def tr_lab_labeling(i):
    w = WR["sven"]
    d = when()
    text = D("""
        Annual competency: specimen labeling (phlebotomy and PSC staff)

        Practice tubes are labeled with the training patient below. Label at the bedside, in front of the "patient":

            TRAINING, PATIENT A     DOB 01/01/1900     ACC 00-T000001
            TRAINING, PATIENT B     DOB 01/01/1900     ACC 00-T000002

        Common rejection reasons we see: label over the fill line, unlabeled aliquot tubes, time of collection missing.
        Complete the competency in MediaLab by the 30th; supervisors will observe two live draws.
        """)
    return dict(frm=w.addr, to="psc-staff@tesseradx.com", subject="Specimen labeling competency", text=signed(w, text),
                date=d, patient="")


def tr_dentrix_training(i):
    d = when()
    text = D("""
        Dentrix training database is live on the front-desk PCs (the icon with the orange "T").

        Use these demo records for the scheduling exercise:

          PATIENT, DEMO A   - chart # TRN0001 - practice booking a recall prophy
          PATIENT, DEMO B   - chart # TRN0002 - practice a crown prep + seat, 2 visits
          PATIENT, DEMO C   - chart # TRN0003 - practice a family appointment with DEMO A

        Anything you enter in the training database is wiped nightly. Please don't use real names, even as a joke!

        Jolene
        """)
    return dict(frm=WR["jolene"].addr, to="staff-racine@brightarcdental.com", subject="Dentrix practice database",
                text=text, date=d, patient="")


def tr_dap_note(i):
    w = WR["hannah"]
    d = when()
    text = D("""
        Documentation training -- sample DAP note (fictional client)

        Client: Jane Q. Sample   DOB: 01/01/2000   Client ID: SAMPLE-000
        Session: 53 min individual psychotherapy (90837), telehealth

        D: Client reported increased worry about work deadlines. Sleep 5-6 hrs. Denies SI/HI.
        A: Symptoms consistent with current treatment plan goals. Engaged, used CBT thought record in session.
        P: Continue weekly sessions. Homework: daily thought record. Reassess GAD-7 in 2 weeks.

        Notice what's missing: no third-party names, no details unrelated to the treatment plan. Please have your own
        notes within 24 hours of the session.
        """)
    return dict(frm=w.addr, to="new-clinicians@northforkbh.org", subject="Documentation training - DAP example",
                text=signed(w, text, disc=False), date=d, patient="")


CLEAN_TRAINING = [tr_epic_tipsheet, tr_hl7_class, tr_x12_companion, tr_hipaa_quiz, tr_coding_quiz, tr_fhir_tutorial,
                  tr_interpreter_roleplay, tr_phish_sim, tr_wristband, tr_lab_labeling, tr_dentrix_training, tr_dap_note]


# ==========================================================================
# CLEAN - admin: billing without patients, policy, contracts, schedules
# ==========================================================================
def ad_fee_schedule(i):
    w = WR["maureen"]
    d = when()
    rows = [[c, desc, f"{R.randint(20, 900)}.{digits(2)}", f"{R.randint(20, 900)}.{digits(2)}"] for c, desc in
            [("E0601", "CPAP device, rental/mo"), ("A7030", "Full face mask"), ("E1390", "O2 concentrator, rental/mo"),
             ("K0001", "Standard wheelchair"), ("E0260", "Hospital bed, semi-electric"), ("A4253", "Blood glucose strips /50")]]
    text = ("Team -- Cordell Mutual's 2025 DME fee schedule takes effect July 1. Changes vs 2024 below. Please "
            "update the pricing tables in Brightree before the 28th.\n\n"
            + table_text(["HCPCS", "Description", "2024 allowable", "2025 allowable"], rows))
    return dict(frm=w.addr, to="reimbursement-team@keystonemedsupply.com", subject="2025 Cordell fee schedule",
                text=signed(w, text), date=d, patient="",
                atts=[("cordell_dme_fee_2025.csv", "text/csv", "hcpcs,desc,allow_2024,allow_2025\n" + "".join(",".join(r) + "\n" for r in rows))])


def ad_contract_amend(i):
    d = when()
    text = D(f"""
        Dear Provider,

        This letter serves as notice of Amendment No. 4 to your Participating Provider Agreement with Cordell Mutual
        Health Plan, effective {longd(fut(d, 60, 90))}:

          1. Timely filing limit for corrected claims changes from 180 to 120 days from the original remittance.
          2. Prior authorization is no longer required for CPT 97110, 97140 and 97530 (first 12 visits per year).
          3. Reimbursement for E/M codes 99213-99215 increases 2.5%.

        If you do not object in writing within 30 days, the amendment is deemed accepted.

        Cordell Mutual Provider Contracting
        """)
    return dict(frm="Provider Contracting <contracting@cordellmutual.com>", to="managedcare@lakemonthealth.org",
                subject="Notice of Amendment No. 4", text=text, date=d, patient="")


def ad_roi_policy(i):
    w = WR["colleen"]
    d = when()
    text = D("""
        POLICY UPDATE: HIM-ROI-014 Release of Information Fees (rev. 2025)

        Summary of changes:
          * Copies for patients requesting their own records: flat $6.50 for electronic copies
          * Attorney and insurance requests: fees per Wis. Stat. 146.83(3f)
          * Requests citing reproductive health care now require the signed attestation form (HIM-ROI-022)
          * Turnaround target reduced from 30 to 15 calendar days

        Full policy is in PolicyStat. Staff must attest by the end of the month.
        """)
    return dict(frm=w.addr, to="him-staff@lakemonthealth.org", subject="Policy update: ROI fees", text=signed(w, text),
                date=d, patient="")


def ad_credentialing_agenda(i):
    d = when()
    rows = [["Kwame Osei, MD", "Hospitalist", "Reappointment", "Clean"],
            ["Nadia Bakr, MD", "Orthopedics", "Reappointment", "Clean"],
            ["Marcus Pruitt, APSW", "Behavioral Health", "Initial", "Supervision plan attached"],
            ["Heather Vogt, MD", "General Surgery", "Privileges: robotic", "Proctoring 5/5 complete"],
            ["Lena Marchetti, CRNA", "Anesthesia", "Initial", "NPDB query returned no reports"]]
    text = ("Credentials Committee -- agenda items for " + longd(fut(d, 3, 10)) + "\n\n"
            + table_text(["Practitioner", "Dept", "Action", "Notes"], rows)
            + "\nPacket is in the Credentialing SharePoint. Please review before the meeting.\n\nMedical Staff Office\n")
    return dict(frm="Medical Staff Office <medstaff@lakemonthealth.org>", to="credentials-committee@lakemonthealth.org",
                subject="Credentials Committee agenda", text=text, date=d, patient="")


def ad_hipaa_compliance(i):
    d = when()
    rows = [[dept, f"{R.randint(72, 100)}%", str(R.randint(0, 40))] for dept in
            ["Emergency Dept", "6 West", "Patient Access", "HIM", "Pharmacy", "Radiology", "Facilities"]]
    text = ("Annual HIPAA & Code of Conduct training is due " + longd(fut(d, 10, 20)) + ". Current completion by department:\n\n"
            + table_text(["Department", "Complete", "Outstanding"], rows)
            + "\nManagers: staff with incomplete training at the deadline will be removed from the schedule until done.\n\n"
            "Compliance & Privacy Office\n")
    return dict(frm="Compliance Office <compliance@lakemonthealth.org>", to="managers@lakemonthealth.org",
                subject="HIPAA training completion status", text=text, date=d, patient="")


def ad_baa_redlines(i):
    w = WR["adaeze"]
    d = when()
    text = D("""
        Daniel,

        Our redlines on the RideWell Business Associate Agreement for Cordell Mutual are attached. Main points:

          Sec. 4.2 - breach notification to Covered Entity within 5 business days of discovery (they proposed 60 days)
          Sec. 6.1 - subcontractor flow-down; they must disclose their dispatch software vendor
          Sec. 9   - we struck the limitation of liability cap for breaches of PHI
          Sec. 11  - return/destruction of PHI within 30 days of termination, with certificate

        Let me know if the client wants to soften 9 before we send.
        """)
    return dict(frm=w.addr, to="Daniel Lim <dlim@ofllaw.com>", subject="RideWell BAA redlines", text=signed(w, text),
                date=d, patient="", atts=[("RideWell_BAA_OFL_redline.txt", "text/plain",
                "4.2 Business Associate shall notify Covered Entity of any Breach of Unsecured PHI within five (5) business days...\n")])


def ad_change_notice(i):
    w = WR["greg"]
    d = when()
    dd = fut(d, 7, 14)
    text = D(f"""
        CHANGE NOTICE CHG00{digits(5)} -- Cloverleaf 2022.09 upgrade

        Window: {dayname(dd)} {us(dd)} 22:00 - 02:00
        Impact: All inbound/outbound HL7 queued for up to 4 hours; ADT, orders and results will be delayed.
        Not affected: Epic itself, Pyxis, PACS viewing.
        Rollback: snapshot restore, decision point at 00:30.

        Downstream owners please confirm your systems will re-process queued messages in order (ACK mode).
        """)
    return dict(frm=w.addr, to="change-advisory@lakemonthealth.org", subject=f"CAB: Cloverleaf upgrade {us(dd)}",
                text=signed(w, text), date=d, patient="")


def ad_par_levels(i):
    d = when()
    rows = [[f"{R.randint(100000, 999999)}", desc, str(R.randint(5, 40)), str(R.randint(10, 60))] for desc in
            ["IV start kit", "Saline flush 10 mL", "Foley tray 16Fr", "Chlorhexidine wipes", "ABD pad 8x10", "Blood culture bottles set"]]
    text = ("6W par level changes effective Monday (based on 90-day usage):\n\n"
            + table_text(["Item #", "Description", "Old par", "New par"], rows)
            + "\nSupply Chain - Materials Management\n")
    return dict(frm="Materials Management <supplychain@lakemonthealth.org>", to=WR["tamika"].addr,
                subject="6W PAR level update", text=text, date=d, patient="")


def ad_depo_schedule(i):
    w = WR["renee"]
    d = when()
    rows = [[us(fut(d, 10 + 5 * k, 12 + 5 * k)), n, role, loc] for k, (n, role, loc) in enumerate([
        ("Dr. Samuel Ikeda", "Treating orthopedic surgeon", "Lakemont Ortho, video"),
        ("Dr. Heather Vogt", "Defense expert", "Brennan Whitlock offices"),
        ("Dr. Kwame Osei", "Hospitalist (fact witness)", "Zoom"),
        ("Marcus Hale, Esq.", "Meet & confer (not a depo)", "Phone")])]
    text = ("Deposition schedule for matter OFL-25-0212 as agreed with defense counsel. Court reporter for all: "
            "Badger Reporting. Please block your calendars.\n\n" + table_text(["Date", "Deponent", "Role", "Location"], rows)
            + "\nAttending for OFL: Adaeze Oduya (lead), Kenji Nakamura. Expert fees per the stipulation.\n")
    return dict(frm=w.addr, to=WR["adaeze"].addr + ", Kenji Nakamura <knakamura@ofllaw.com>",
                cc="Marcus Hale <mhale@brennanwhitlock.com>", subject="Deposition schedule - OFL-25-0212",
                text=signed(w, text), date=d, patient="")


def ad_kpi(i):
    d = when()
    html = html_wrap("<h3>Claims Operations Dashboard - Weekly</h3>" + table_html(
        ["Metric", "This week", "Target"],
        [["Claims received", f"{R.randint(80, 120)},{digits(3)}", "-"], ["Auto-adjudication rate", f"{R.randint(78, 90)}.{R.randint(0, 9)}%", "85%"],
         ["Clean claim TAT (days)", f"{R.randint(5, 12)}.{R.randint(0, 9)}", "<10"], ["Pended > 30 days", str(R.randint(200, 900)), "<500"],
         ["Top denial", "CO-16 missing info", "-"]]) + "<p>Source: Facets warehouse, refreshed Monday 06:00.</p>")
    return dict(frm="Claims Analytics <claims-analytics@cordellmutual.com>", to="claims-leadership@cordellmutual.com",
                subject="Claims Ops dashboard - weekly", html=html, mode="html", date=d, patient="")


def ad_grant_budget(i):
    w = WR["dale"]
    d = when()
    text = D(f"""
        Paula,

        Draft budget for the immunization outreach grant renewal (July-June). Numbers are rounded, let me know if
        the mobile clinic line looks to high:

          Personnel (1.0 FTE PHN, 0.5 FTE CHW)   $ 118,400
          Mobile clinic van lease + fuel          $  22,800
          Vaccine storage (2 data loggers, fridge) $   6,150
          Outreach materials (6 languages)        $   4,900
          Indirect (10%)                          $  15,225
          TOTAL                                   $ 167,475

        Target: 2,400 doses administered at community sites, up from 1,870 this year. Due to the state the 15th.
        """)
    return dict(frm=w.addr, to="Dr. Paula Engstrom <pengstrom@harrowcountywi.gov>", subject="immz grant budget draft",
                text=signed(w, text), date=d, patient="")


def ad_agency_invoice(i):
    w = WR["marco"]
    d = when()
    rows = [[n, cred, str(R.randint(24, 72)), f"${R.randint(48, 92)}.00", pick(["OK", "Disputed - no-show 3/14", "OK", "Rate should be $62"])]
            for n, cred in [("Joy Adebayo", "RN"), ("Travis Lusk", "LPN"), ("Analyn Macaraeg", "CNA"), ("Renee Fortier", "CNA")]]
    text = ("CareStaff Solutions -- we're short-paying invoice #CS-" + digits(6) + " pending the corrections below:\n\n"
            + table_text(["Staff", "Cred", "Hours", "Rate", "Status"], rows)
            + "\nPlease send a corrected invoice. Time clock reports attached on request.\n")
    return dict(frm=w.addr, to="billing@carestaffsolutions.com", cc="ap@bellwetherliving.com",
                subject="Invoice dispute - February", text=signed(w, text), date=d, patient="")


CLEAN_ADMIN = [ad_fee_schedule, ad_contract_amend, ad_roi_policy, ad_credentialing_agenda, ad_hipaa_compliance,
               ad_baa_redlines, ad_change_notice, ad_par_levels, ad_depo_schedule, ad_kpi, ad_grant_budget,
               ad_agency_invoice]


# ==========================================================================
# Driver
# ==========================================================================
PLAN = [
    ("phi", "care", PHI_CARE, 15), ("phi", "names", PHI_NAMES, 15), ("phi", "self", PHI_SELF, 14),
    ("phi", "ids", PHI_IDS, 14), ("phi", "lists", PHI_LISTS, 14), ("phi", "struct", PHI_STRUCT, 12),
    ("phi", "lang", PHI_LANG, 14), ("phi", "mixed", PHI_MIXED, 6),
    ("clean", "staff", CLEAN_STAFF, 14), ("clean", "lookalike", CLEAN_LOOKALIKE, 16), ("clean", "news", CLEAN_NEWS, 12),
    ("clean", "training", CLEAN_TRAINING, 12), ("clean", "admin", CLEAN_ADMIN, 12),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=".")
    args = ap.parse_args()
    random.seed(SEED)
    R.seed(SEED * 7 + 1)
    os.makedirs(args.out, exist_ok=True)
    labels = []
    gi = 0
    for label, kind, builders, n in PLAN:
        for k in range(n):
            spec = builders[k % len(builders)](k)
            spec = carrier(spec, gi)
            msg = render(spec)
            fn = f"{label}-{kind}-{k + 1:03d}.eml"
            with open(os.path.join(args.out, fn), "wb") as fh:
                fh.write(msg.as_bytes())
            labels.append((fn, label, kind, spec.get("patient", "") if label == "phi" else ""))
            gi += 1
    with open(os.path.join(args.out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["file", "label", "kind", "patient_name"])
        wr.writerows(labels)
    print(f"wrote {len(labels)} messages to {os.path.abspath(args.out)}")


if __name__ == "__main__":
    main()
