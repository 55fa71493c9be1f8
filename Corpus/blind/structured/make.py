#!/usr/bin/env python3
"""Deterministic generator for the BLIND structured-data PHI evaluation set.

Everything here is invented: people, organisations, identifiers, addresses.
Organisations live on .example / .test domains.  SSNs, MBIs, NPIs, DEA numbers
are random strings that merely follow the public format rules.

Run:  python3 make.py          (rewrites the category folders and labels.jsonl)

Only the Python standard library is used; Office/ODF attachments are written
by hand with zipfile (fixed timestamps) so that output is byte-for-byte
reproducible.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["struct-delimited", "struct-attach", "struct-hl7", "struct-x12", "struct-fhir"]
VOCAB = {"SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB",
         "DATE", "NAME", "PHONE", "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL",
         "DEVICE_ID", "LICENSE", "DIAGNOSIS", "MEDICATION", "CARE"}

# ---------------------------------------------------------------------------
# invented reference data
# ---------------------------------------------------------------------------
FEMALE = ["Chiamaka", "Renée", "Inés", "Siobhán", "Priya", "Mei-Ling", "Fatima", "Agnieszka",
          "Dagný", "Hana", "Lakshmi", "Yesenia", "Margaret", "Dorothy", "Keisha", "Linh",
          "Ana Lucía", "Zoë", "Marguerite", "Oluwaseun", "Thandiwe", "Esperanza", "Noor",
          "Ingrid", "Beatriz", "Kateřina", "Aaliyah", "Rosalind", "Yuki", "Sunita", "Gwendolyn",
          "Consuelo", "Bronwyn", "Adaeze", "Leilani"]
MALE = ["José", "François", "Tomás", "Kwame", "Rahul", "Dmitri", "Wei", "Mohammed", "Jürgen",
        "Kenji", "Arjun", "Thaddeus", "DeShawn", "Raymond", "Harold", "Óscar", "Mateus", "Emeka",
        "Lars", "Giovanni", "Bartholomew", "Nikolaos", "Tevita", "Santiago", "Hamid", "Cormac",
        "Bogdan", "Jean-Luc", "Minh", "Rafael", "Ezekiel", "Wendell", "Anselm", "Takoda"]
LAST = ["Okonkwo", "Martínez-Ávila", "Nguyen", "Van der Berg", "O'Sullivan", "Kowalczyk",
        "Haddad", "Raghunathan", "Müller", "Smith-Jones", "Castañeda", "Papadopoulos",
        "Thorvaldsdóttir", "Yamamoto", "Abernathy", "Delacroix", "Mbatha", "Al-Sayed",
        "Ferreira da Silva", "St. Clair", "MacLeod", "Żukowski", "Øvrebø", "Ramírez",
        "Chukwuma", "Ishikawa", "Brennan", "Whitfield", "Lindqvist", "Petrosyan",
        "Goldberg-Hayes", "Dubois", "Sánchez", "Kaur", "Achterberg", "Novák", "Tran",
        "Halvorsen", "Fitzgerald", "Oyelaran", "Jiménez", "Pham", "Kapoor", "Schäfer",
        "Villanueva", "Ó Briain", "Mahlangu", "Dziedzic", "Esposito", "Lê", "Quigley",
        "Bergstrom", "Hollingsworth", "Amankwah", "Szabó", "Doležal", "Pereira-Lund"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

STREETS = ["Larkspur Ln", "Old Mill Rd", "Cedar Ave", "W 14th St", "Magnolia Ct", "Harbor View Dr",
           "Juniper Way", "Ridgeline Rd", "Saint Anne St", "Prairie Rose Blvd", "Kettle Creek Rd",
           "N Lincoln Ave", "Quarry Hill Rd", "Birchwood Ter", "Elm St", "Foxglove Cir",
           "Tanager Trl", "S Water St", "Bramblewood Dr", "Orchard Pkwy"]
REGIONS = {
    "OH": ("937", [("Dayton", "OH", "45409"), ("Kettering", "OH", "45429"), ("Xenia", "OH", "45385"),
                   ("Beavercreek", "OH", "45431"), ("Centerville", "OH", "45459")]),
    "GA": ("478", [("Macon", "GA", "31201"), ("Warner Robins", "GA", "31093"), ("Forsyth", "GA", "31029"),
                   ("Perry", "GA", "31069")]),
    "WA": ("253", [("Tacoma", "WA", "98405"), ("Lakewood", "WA", "98499"), ("Puyallup", "WA", "98371"),
                   ("Fife", "WA", "98424")]),
    "WI": ("715", [("Eau Claire", "WI", "54701"), ("Chippewa Falls", "WI", "54729"),
                   ("Menomonie", "WI", "54751"), ("Altoona", "WI", "54720")]),
    "ME": ("207", [("Portland", "ME", "04101"), ("South Portland", "ME", "04106"),
                   ("Westbrook", "ME", "04092"), ("Gorham", "ME", "04038")]),
}

# (ICD-10-CM, description, typical medication, ICD-9-CM)
DX = [
    ("E11.9", "Type 2 diabetes mellitus without complications", "metformin 500 mg PO BID", "250.00"),
    ("I10", "Essential (primary) hypertension", "lisinopril 10 mg PO daily", "401.9"),
    ("J44.1", "COPD with (acute) exacerbation", "prednisone 40 mg PO daily x5d", "491.21"),
    ("I50.9", "Heart failure, unspecified", "furosemide 40 mg PO BID", "428.0"),
    ("N18.30", "Chronic kidney disease, stage 3 unspecified", "calcitriol 0.25 mcg PO daily", "585.3"),
    ("F32.9", "Major depressive disorder, single episode, unspecified", "sertraline 50 mg PO daily", "296.20"),
    ("J18.9", "Pneumonia, unspecified organism", "ceftriaxone 1 g IV q24h", "486"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee", "meloxicam 15 mg PO daily", "715.16"),
    ("A41.9", "Sepsis, unspecified organism", "vancomycin 1.25 g IV q12h", "038.9"),
    ("I48.91", "Unspecified atrial fibrillation", "apixaban 5 mg PO BID", "427.31"),
    ("J45.909", "Unspecified asthma, uncomplicated", "albuterol HFA 2 puffs q4h PRN", "493.90"),
    ("E03.9", "Hypothyroidism, unspecified", "levothyroxine 75 mcg PO daily", "244.9"),
    ("N39.0", "Urinary tract infection, site not specified", "nitrofurantoin 100 mg PO BID", "599.0"),
    ("G40.909", "Epilepsy, unspecified, not intractable", "levetiracetam 500 mg PO BID", "345.90"),
    ("I63.9", "Cerebral infarction, unspecified", "atorvastatin 80 mg PO nightly", "434.91"),
    ("K35.80", "Unspecified acute appendicitis", "piperacillin-tazobactam 3.375 g IV q6h", "540.9"),
    ("B20", "Human immunodeficiency virus [HIV] disease", "bictegravir/emtricitabine/tenofovir AF 1 tab daily", "042"),
    ("F10.20", "Alcohol dependence, uncomplicated", "naltrexone 50 mg PO daily", "303.90"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast", "anastrozole 1 mg PO daily", "174.9"),
    ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter", "oxycodone 5 mg PO q4h PRN", "820.8"),
    ("U07.1", "COVID-19", "nirmatrelvir/ritonavir 300/100 mg PO BID", "079.89"),
    ("E66.01", "Morbid (severe) obesity due to excess calories", "semaglutide 0.5 mg SC weekly", "278.01"),
    ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled", "none (diet)", "648.83"),
    ("F20.9", "Schizophrenia, unspecified", "risperidone 2 mg PO BID", "295.90"),
]
SHORT_DX = {"E11.9": "DM2", "I10": "HTN", "J44.1": "COPD exac", "I50.9": "CHF", "N18.30": "CKD 3",
            "F32.9": "MDD", "J18.9": "CAP", "M17.11": "OA R knee", "A41.9": "sepsis", "I48.91": "AFib",
            "J45.909": "asthma", "E03.9": "hypothyroid", "N39.0": "UTI", "G40.909": "seizure d/o",
            "I63.9": "CVA", "K35.80": "appy", "B20": "HIV", "F10.20": "EtOH dep", "C50.911": "breast CA R",
            "S72.001A": "R hip fx", "U07.1": "COVID", "E66.01": "morbid obesity", "O24.410": "GDM",
            "F20.9": "schizophrenia"}
PROCS = ["Colonoscopy w/ biopsy", "Lap cholecystectomy", "TTE echocardiogram", "MRI L-spine w/o contrast",
         "Cataract extraction w/ IOL, OD", "Total knee arthroplasty, right", "EGD", "Left heart cath",
         "Carpal tunnel release, L", "Port-a-cath placement", "Inguinal hernia repair", "Excision skin lesion, back",
         "Nuclear stress test", "Cystoscopy", "ORIF distal radius, R", "Screening mammogram", "DEXA scan"]
VISITS = ["New pt", "F/U 15", "Annual wellness", "Post-op check", "Med refill", "Telehealth F/U",
          "INR check", "Diabetic foot exam", "Well child 4y", "Prenatal 28wk", "Physical", "Sick visit"]
PROVIDERS = [("Alan", "Whitcombe", "MD"), ("Nadia", "Farouk", "MD"), ("Samuel", "Okafor-Reyes", "DO"),
             ("Helena", "Brandt", "MD"), ("Vikram", "Sethi", "MD"), ("Colleen", "Marsh", "MD"),
             ("Tobias", "Lindgren", "MD"), ("Rosa", "Quintanilla", "MD"), ("Kerry", "Abernethy", "NP"),
             ("Javier", "Portillo", "PA-C"), ("Imogen", "Tattersall", "MD"), ("Desmond", "Achebe-Kline", "MD")]
LABS = [("Potassium", "6.4", "mmol/L", "HH"), ("Hemoglobin", "6.1", "g/dL", "LL"), ("Troponin I", "2.31", "ng/mL", "HH"),
        ("Glucose", "38", "mg/dL", "LL"), ("INR", "5.8", "", "HH"), ("Sodium", "118", "mmol/L", "LL"),
        ("Lactate", "4.9", "mmol/L", "HH"), ("Platelets", "14", "K/uL", "LL"), ("WBC", "0.4", "K/uL", "LL"),
        ("Calcium", "13.9", "mg/dL", "HH")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------------------
# identifier helpers (format-valid, invented)
# ---------------------------------------------------------------------------
def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi(rng):
    base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def make_dea(rng, last_name):
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = rng.choice("ABFGM")
    ln = fold(last_name).upper()
    return first + ln[0] + "".join(map(str, d)) + str(chk)


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng):
    an = MBI_ALPHA + "0123456789"
    n = lambda: str(rng.randint(0, 9))
    a = lambda: rng.choice(MBI_ALPHA)
    x = lambda: rng.choice(an)
    return str(rng.randint(1, 9)) + a() + x() + n() + a() + x() + n() + a() + a() + n() + n()


def fmt_mbi(m, dashed=False):
    return m[:4] + "-" + m[4:7] + "-" + m[7:] if dashed else m


def fold(s):
    s = s.replace("Ø", "O").replace("ø", "o").replace("ß", "ss").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# patients
# ---------------------------------------------------------------------------
class Patient:
    pass


def mrn_fmt(kind, rng):
    if kind == "n8":
        return "%08d" % rng.randint(100000, 9999999)
    if kind == "n7":
        return "%07d" % rng.randint(1000000, 9999999)
    if kind == "E":
        return "E%07d" % rng.randint(100000, 9999999)
    if kind == "CH":
        return "CH-%06d" % rng.randint(10000, 999999)
    if kind == "RB":
        return "RB%09d" % rng.randint(10000000, 999999999)
    if kind == "n10":
        return "%010d" % rng.randint(10000000, 999999999)
    raise ValueError(kind)


def member_fmt(kind, rng):
    if kind == "BSH":
        return "BSH%09d" % rng.randint(1, 999999999)
    if kind == "XQJ":
        return "XQJ%08d%s" % (rng.randint(1, 99999999), rng.choice("0123456789"))
    if kind == "ZGP":
        return "ZGP%010d" % rng.randint(1, 9999999999)
    if kind == "W":
        return "W%09d" % rng.randint(1, 999999999)
    if kind == "MCD":
        return "%012d" % rng.randint(100000000000, 999999999999)
    raise ValueError(kind)


def make_patient(rng, region="OH", mrn="n8", member="BSH", age=(18, 94), dx_pool=None):
    p = Patient()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FEMALE if p.sex == "F" else MALE)
    mids = (["Adaeze", "Beatrix", "Carmen", "Elena", "Grace", "June", "Louise", "Marie", "Paz", "Rose", "Tess",
             "Wren", "Noor", "Hélène"] if p.sex == "F" else
            ["Andrés", "Benedict", "Cole", "Daniel", "Emil", "Finn", "Hugo", "James", "Kai", "Luis", "Noel",
             "Seth", "Tariq", "Wade"])
    p.middle_name = rng.choice(mids) if rng.random() < 0.7 else ""
    p.middle = fold(p.middle_name[0]) if p.middle_name else ""
    p.last = rng.choice(LAST)
    today = dt.date(2025, 1, 1)
    years = rng.randint(age[0], age[1])
    p.dob = today - dt.timedelta(days=int(years * 365.25) + rng.randint(0, 364))
    p.mrn = mrn_fmt(mrn, rng)
    p.ssn = make_ssn(rng)
    ac, cities = REGIONS[region]
    p.city, p.state, p.zip = rng.choice(cities)
    p.ac = ac
    p.phone = ac + str(rng.choice([555, rng.randint(201, 989)])) + "%04d" % rng.randint(100, 9999)
    p.street = "%d %s" % (rng.randint(11, 9899), rng.choice(STREETS))
    p.apt = rng.choice(["", "", "", "Apt 3B", "Unit 12", "#204", "Apt 1"])
    p.email = "%s.%s%d@%s" % (fold(p.first).lower().replace(" ", "").replace("-", ""),
                              fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", ""),
                              rng.randint(1, 99), rng.choice(["mailbox.example", "inbox.test", "webmail.example"]))
    p.member = member_fmt(member, rng)
    p.mbi = make_mbi(rng)
    p.acct = "%d" % rng.randint(10000000, 99999999)
    pool = dx_pool or DX
    agey = (dt.date(2024, 6, 1) - p.dob).days // 365
    if p.sex == "M":
        pool = [d for d in pool if d[0] not in ("C50.911", "O24.410")] or pool
    if not (p.sex == "F" and 18 <= agey <= 44):
        pool = [d for d in pool if d[0] != "O24.410"] or pool
    if agey < 18:
        pool = [d for d in pool if d[0] in ("J45.909", "N39.0", "U07.1", "J18.9", "G40.909", "K35.80")] or pool
    p.dx = rng.choice(pool)
    return p


def patients(rng, n, **kw):
    out, seen = [], set()
    while len(out) < n:
        p = make_patient(rng, **kw)
        if (p.first, p.last) in seen:
            continue
        seen.add((p.first, p.last))
        out.append(p)
    return out


def nm(p, style="lf"):
    mi = (p.middle + ".") if p.middle else ""
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "lfm":
        return ("%s, %s %s" % (p.last, p.first, mi)).strip()
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "fml":
        return " ".join(x for x in (p.first, mi, p.last) if x)
    if style == "LF":
        return ("%s, %s" % (p.last, p.first)).upper()
    if style == "LFM":
        return ("%s, %s %s" % (p.last, p.first, p.middle)).strip().upper()
    if style == "LFA":  # all caps, accents folded (mainframe style)
        return fold(("%s, %s %s" % (p.last, p.first, p.middle)).strip()).upper()
    if style == "FLA":
        return fold("%s %s" % (p.first, p.last)).upper()
    raise ValueError(style)


def fd(d, style="us"):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "DMY":
        return ("%02d%s%d" % (d.day, MON[d.month - 1], d.year)).upper()
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def fp(digits, style="paren"):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": digits, "intl": "+1 %s %s %s" % (a, b, c)}[style]


def addr1(p):
    return p.street + (" " + p.apt if p.apt else "")


def full_addr(p):
    return "%s, %s, %s %s" % (addr1(p), p.city, p.state, p.zip)


def provider(rng, style="dr"):
    f, l, cred = rng.choice(PROVIDERS)
    if style == "dr":
        return ("Dr. %s" % l) if cred in ("MD", "DO") else "%s %s, %s" % (f[0] + ".", l, cred)
    if style == "full":
        return "%s %s, %s" % (f, l, cred)
    if style == "last":
        return l
    return (f, l, cred)


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------
def t_delim(rows, sep, header=None, space=False):
    j = (" %s " % sep) if space else sep
    out = []
    if header:
        out.append(j.join(header))
    out += [j.join(r) for r in rows]
    return "\n".join(out)


def t_csv(rows, header=None, delimiter=",", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=quoting)
    if header:
        w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().rstrip("\n")


def t_md(rows, header, align=None):
    out = ["| " + " | ".join(header) + " |"]
    out.append("|" + "|".join(align or ["---"] * len(header)) + "|")
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def t_fixed(rows, header=None, gap=2, rule=None):
    allr = ([header] if header else []) + rows
    w = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    lines = []
    if header:
        lines.append((" " * gap).join(h.ljust(w[i]) for i, h in enumerate(header)).rstrip())
        if rule:
            lines.append((" " * gap).join(rule * w[i] for i in range(len(w))))
    for r in rows:
        lines.append((" " * gap).join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def t_html(rows, header, style=True):
    th = "".join("<th style=\"border:1px solid #999;padding:2px 6px;background:#dde4ee\">%s</th>" % xesc(h)
                 if style else "<th>%s</th>" % xesc(h) for h in header)
    body = []
    for r in rows:
        tds = "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % xesc(c)
                      if style else "<td>%s</td>" % xesc(c) for c in r)
        body.append("<tr>%s</tr>" % tds)
    return ("<table style=\"border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt\">"
            "<thead><tr>%s</tr></thead><tbody>\n%s\n</tbody></table>" % (th, "\n".join(body)))


# ---------------------------------------------------------------------------
# office documents (hand written, deterministic)
# ---------------------------------------------------------------------------
ZDATE = (2024, 3, 12, 8, 0, 0)


def _zip(files, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def docx_bytes(before, header, rows, after=(), title="Document", author="Front Desk", landscape=False):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return "<w:p><w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (rpr, xesc(t))

    def row(cells, bold=False):
        tcs = "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % para(c, bold)
                      for c in cells)
        return "<w:tr>%s</w:tr>" % tcs

    b = ("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>")
    grid = "".join("<w:gridCol w:w=\"1800\"/>" for _ in (header or rows[0]))
    tbl = ("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>%s</w:tblBorders></w:tblPr>"
           "<w:tblGrid>%s</w:tblGrid>%s%s</w:tbl>" % (
               b, grid, row(header, True) if header else "", "".join(row(r) for r in rows)))
    sect = ("<w:sectPr><w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/>"
            "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\"/></w:sectPr>"
            if landscape else
            "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
            "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>")
    body = "".join(para(t, i == 0) for i, t in enumerate(before)) + tbl + "".join(para(t) for t in after)
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"%s\"><w:body>%s%s</w:body></w:document>" % (W, body, sect))
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            "</Relationships>")
    core = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<dc:title>%s</dc:title><dc:creator>%s</dc:creator>"
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-12T08:00:00Z</dcterms:created>"
            "</cp:coreProperties>" % (xesc(title), xesc(author)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets):
    """sheets: list of (name, rows); a cell is str, int/float, or ('date', date)."""
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    sheet_xml = []
    for name, rows in sheets:
        out = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if v is None or v == "":
                    continue
                if isinstance(v, tuple) and v[0] == "date":
                    serial = (v[1] - dt.date(1899, 12, 30)).days
                    cells.append("<c r=\"%s\" s=\"1\"><v>%d</v></c>" % (ref, serial))
                elif isinstance(v, (int, float)):
                    cells.append("<c r=\"%s\"%s><v>%s</v></c>" % (ref, " s=\"2\"" if isinstance(v, float) else "", v))
                else:
                    cells.append("<c r=\"%s\" t=\"s\"%s><v>%d</v></c>" % (ref, " s=\"3\"" if r == 0 else "", si(v)))
            out.append("<row r=\"%d\">%s</row>" % (r + 1, "".join(cells)))
        sheet_xml.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<sheetData>%s</sheetData></worksheet>" % "".join(out))
    sst = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%d\" uniqueCount=\"%d\">%s</sst>"
           % (len(strings), len(strings), "".join("<si><t xml:space=\"preserve\">%s</t></si>" % xesc(s) for s in strings)))
    styles = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
              "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
              "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
              "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
              "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
              "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
              "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
              "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
              "</styleSheet>")
    wb = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>%s</sheets></workbook>"
          % "".join("<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>" % (xesc(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets)))
    n = len(sheets)
    wbrels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%s"
              "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
              "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
              "</Relationships>" % ("".join(
                  "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet%d.xml\"/>"
                  % (i + 1, i + 1) for i in range(n)), n + 1, n + 2))
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "%s"
          "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          "</Types>" % "".join(
              "<Override PartName=\"/xl/worksheets/sheet%d.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              % (i + 1) for i in range(n)))
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            "</Relationships>")
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    files += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheet_xml)]
    return _zip(files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, content_xml, title):
    manifest = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"%s\"/>"
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                "</manifest:manifest>" % mimetype)
    meta = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %s><office:meta>"
            "<dc:title>%s</dc:title><meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>"
            % (ODF_NS, xesc(title)))
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content_xml),
                 ("meta.xml", meta)], first_stored="mimetype")


def _ods_cell(v):
    if isinstance(v, tuple) and v[0] == "date":
        return ("<table:table-cell office:value-type=\"date\" office:date-value=\"%s\"><text:p>%s</text:p></table:table-cell>"
                % (v[1].isoformat(), fd(v[1], "us")))
    if isinstance(v, (int, float)):
        return ("<table:table-cell office:value-type=\"float\" office:value=\"%s\"><text:p>%s</text:p></table:table-cell>"
                % (v, v))
    if v is None or v == "":
        return "<table:table-cell/>"
    return "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>" % xesc(v)


def odt_bytes(before, header, rows, after=(), title="Document"):
    ncol = len(header or rows[0])
    tbl = ("<table:table table:name=\"Table1\"><table:table-column table:number-columns-repeated=\"%d\"/>" % ncol
           + ("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>"
              % "".join(_ods_cell(h) for h in header) if header else "")
           + "".join("<table:table-row>%s</table:table-row>" % "".join(_ods_cell(c) for c in r) for r in rows)
           + "</table:table>")
    paras = lambda ts: "".join("<text:p>%s</text:p>" % xesc(t) for t in ts)
    content = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %s><office:body><office:text>"
               "%s%s%s</office:text></office:body></office:document-content>" % (ODF_NS, paras(before), tbl, paras(after)))
    return _odf("application/vnd.oasis.opendocument.text", content, title)


def ods_bytes(sheets, title="Sheet"):
    tabs = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        tabs.append("<table:table table:name=\"%s\"><table:table-column table:number-columns-repeated=\"%d\"/>%s</table:table>"
                    % (xesc(name), ncol,
                       "".join("<table:table-row>%s</table:table-row>" % "".join(_ods_cell(c) for c in r) for r in rows)))
    content = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %s><office:body><office:spreadsheet>"
               "%s</office:spreadsheet></office:body></office:document-content>" % (ODF_NS, "".join(tabs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content, title)


# ---------------------------------------------------------------------------
# e-mail helpers
# ---------------------------------------------------------------------------
def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)


def when(y, mo, d, h, mi, tz=-5):
    return dt.datetime(y, mo, d, h, mi, (y * mo * d) % 60, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def new_msg(key, frm, to, subject, date, cc=None, reply_to_key=None, xmailer=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = mid(key, dom)
    if reply_to_key:
        m["In-Reply-To"] = mid(reply_to_key, to.split("@")[-1].rstrip(">"))
        m["References"] = m["In-Reply-To"]
    if xmailer:
        m["X-Mailer"] = xmailer
    return m


def sig(name, title, org, phone=None, ext=None):
    lines = ["", "--", name, title, org]
    if phone:
        lines.append("Tel %s%s" % (phone, (" x" + ext) if ext else ""))
    lines.append("CONFIDENTIALITY: This message may contain protected information intended only for the addressee.")
    return "\n".join(lines)


def short_sig(name, org):
    return "\n".join(["", "Thanks,", name, org])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def set_body(m, text, cte=None):
    """Set the text body choosing a deterministic, varied transfer encoding."""
    if cte is None:
        h = int(hashlib.md5(text.encode("utf-8")).hexdigest()[:4], 16) % 10
        longest = max(len(l.encode("utf-8")) for l in text.split("\n"))
        if longest > 990:
            cte = "base64" if h < 3 else "quoted-printable"
        elif h < 6:
            try:
                text.encode("ascii")
                cte = "7bit"
            except UnicodeEncodeError:
                cte = "8bit"
        elif h < 9:
            cte = "quoted-printable"
        else:
            cte = "base64"
    m.set_content(text, cte=cte)


def visit_for(p, rng, ref=dt.date(2024, 6, 1)):
    age = (ref - p.dob).days // 365
    if age < 18:
        return rng.choice(["Well child %dy" % max(age, 1), "Sick visit", "Sports physical", "F/U 15"])
    opts = ["New pt", "F/U 15", "Annual wellness" if age >= 65 else "Physical", "Post-op check", "Med refill",
            "Telehealth F/U", "INR check", "Diabetic foot exam", "Sick visit"]
    if p.sex == "F" and 18 <= age <= 42:
        opts.append("Prenatal 28wk")
    return rng.choice(opts)


def unit_for(p, rng, adult, peds, ob, ref=dt.date(2024, 12, 1)):
    age = (ref - p.dob).days // 365
    if age < 18:
        return peds
    if p.sex == "F" and 18 <= age <= 44 and rng.random() < 0.5:
        return ob
    return rng.choice(adult)


def to_bytes(m):
    # deterministic MIME boundaries (the stdlib would pick random ones)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            h = hashlib.sha1(("%s/%d" % (m["Message-ID"], i)).encode()).hexdigest()
            part.set_boundary(("----=_NextPart_%s" if i % 2 == 0 else "_%s_") % h[:24].upper())
            i += 1
    raw = m.as_bytes(policy=policy.SMTP)
    return crlf(raw)


def crlf(raw):
    # normalise any stray bare LF to CRLF (base64 / qp bodies are unaffected)
    return re.sub(rb"(?<!\r)\n", b"\r\n", raw)


REGISTRY = []  # (category, builder)


def reg(cat):
    def deco(fn):
        REGISTRY.append((cat, fn))
        return fn
    return deco


# ===========================================================================
# struct-delimited : lists typed in the body
# ===========================================================================
D = "struct-delimited"


@reg(D)
def d_pipe_clinic_schedule(rng, key):
    ps = patients(rng, 9, region="GA", mrn="CH")
    times = ["08:00", "08:15", "08:30", "09:00", "09:20", "09:40", "10:00", "10:30", "11:00"]
    rows = [[times[i], nm(p, "lf"), fd(p.dob, "us"), p.mrn, visit_for(p, rng), rng.choice(["Marsh", "Portillo PA"])]
            for i, p in enumerate(ps)]
    body = ("Hi team,\n\nTomorrow's schedule for Dr. Marsh / J. Portillo is below. Please pre-chart anyone "
            "coming in for a refill and flag the diabetics for foot exams.\n\n"
            + t_delim(rows, "|", ["Appt", "Patient", "DOB", "MRN", "Visit Type", "Provider"], space=True)
            + "\n\nTwo add-ons may still come in from the triage line; I'll send an update at 4."
            + sig("Tamika Greer", "Front Desk Lead", "Cedar Hollow Family Practice", "(478) 555-0113"))
    m = new_msg(key, "Tamika Greer <tgreer@cedarhollowfp.example>", "clinical-team@cedarhollowfp.example",
                "Schedule for tomorrow - Marsh/Portillo", when(2024, 3, 13, 15, 42))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MRN", "CARE"]


@reg(D)
def d_semicolon_critical_labs(rng, key):
    ps = patients(rng, 6, region="OH", mrn="n8")
    rows = []
    for p in ps:
        t, v, u, f = rng.choice(LABS)
        rows.append([nm(p, "LF"), fd(p.dob, "eu"), p.mrn, t, (v + " " + u).strip(), f])
    body = ("Overnight critical values that were called but still need a provider acknowledgement in the chart. "
            "Export pasted as it came out of the LIS (semicolon separated):\n\n"
            + t_csv(rows, ["Name", "Birth Date", "Med Rec #", "Test", "Result", "Flag"], delimiter=";")
            + "\n\nPlease sign off before 10:00 so we stay inside the CAP window."
            + sig("Bernadette Yoo, MLS(ASCP)", "Night Shift Supervisor, Core Lab", "Northwind Regional Medical Center",
                  "(937) 555-0160", "4417"))
    m = new_msg(key, "Bernadette Yoo <byoo@nwrmc.example>", "hospitalist-group@nwrmc.example",
                "Unacknowledged critical values 0300-0700", when(2024, 4, 2, 7, 5, -4))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MRN", "CARE"]


@reg(D)
def d_comma_or_bookings(rng, key):
    ps = patients(rng, 7, region="WA", mrn="n7")
    rows = []
    for i, p in enumerate(ps):
        day = dt.date(2024, 5, 6 + (i % 3))
        rows.append([nm(p, "lf"), fd(p.dob, "usn"), p.mrn, rng.choice(PROCS[:12]), provider(rng, "last"), fd(day, "usn")])
    body = ("Karen,\n\nHere are next week's add-on bookings for Lakeshore. CSV so you can paste it into the OR "
            "scheduling sheet:\n\n"
            + t_csv(rows, ["Last, First", "D.O.B.", "Chart #", "Procedure", "Surgeon", "Date"])
            + "\n\nConsents are signed for all but the last two."
            + short_sig("Phil", "Lakeshore Orthopedic Associates - Surgery Scheduling"))
    m = new_msg(key, "Phil Drummond <pdrummond@lakeshore-ortho.test>", "Karen Ivey <kivey@tacoma-surgcenter.example>",
                "add-ons for week of 5/6", when(2024, 5, 2, 11, 18, -7))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MRN", "CARE", "DATE"]


@reg(D)
def d_tab_census(rng, key):
    ps = patients(rng, 12, region="OH", mrn="E", age=(22, 96))
    rows = []
    for i, p in enumerate(ps):
        admit = dt.date(2024, 6, 10) - dt.timedelta(days=rng.randint(0, 9))
        age = (dt.date(2024, 6, 11) - p.dob).days // 365
        rows.append(["5E-%d%s" % (501 + i, rng.choice("AB")), nm(p, "lfm"), "%d%s" % (age, p.sex), p.mrn,
                     fd(admit, "us2"), SHORT_DX[p.dx[0]], provider(rng, "last")])
    body = ("Attached is today's census -- actually pasted below since the printer is down. Tab delimited "
            "straight from the unit report.\n\n"
            + t_delim(rows, "\t", ["Room", "Pt Name", "Age/Sex", "MRN", "Admit", "Dx", "Attending"])
            + "\n\n5E-512 is a hold for the ED, not on this list yet."
            + sig("Lorraine Ekwueme RN", "Charge Nurse, 5 East", "Northwind Regional Medical Center"))
    m = new_msg(key, "Lorraine Ekwueme <lekwueme@nwrmc.example>", "5east-nursing@nwrmc.example",
                "5E census 06/11 AM", when(2024, 6, 11, 6, 48, -4), cc="bedboard@nwrmc.example")
    set_body(m, body)
    return m, True, ["NAME", "MRN", "DATE", "DIAGNOSIS", "CARE"]


@reg(D)
def d_md_high_risk(rng, key):
    ps = patients(rng, 8, region="ME", mrn="n10", age=(45, 92))
    rows = [[nm(p, "fl"), p.mrn, fd(p.dob, "iso"), p.dx[1], p.dx[0]] for p in ps]
    body = ("Hi all,\n\nHere is the high-risk panel for the May care-management huddle. I pulled everyone with "
            "2+ ED visits in 90 days.\n\n"
            + t_md(rows, ["Patient", "MRN", "DOB", "Dx", "ICD-10"])
            + "\n\nPlease claim your patients in the tracker by Friday."
            + sig("Aurelia Fontaine, RN CCM", "Care Manager", "Casco Bay Primary Care Network"))
    m = new_msg(key, "Aurelia Fontaine <afontaine@cascobaypcn.example>", "care-mgmt@cascobaypcn.example",
                "High-risk panel for May huddle", when(2024, 4, 29, 13, 3, -4))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "DOB", "DIAGNOSIS", "ICD10"]


@reg(D)
def d_neg_price_list(rng, key):
    items = [("99202", "Office visit, new patient, straightforward", "118.00"),
             ("99213", "Office visit, established, low complexity", "96.00"),
             ("99214", "Office visit, established, moderate complexity", "142.00"),
             ("80053", "Comprehensive metabolic panel", "38.00"),
             ("85025", "CBC with automated differential", "22.00"),
             ("83036", "Hemoglobin A1c", "29.00"),
             ("71046", "Chest X-ray, 2 views", "85.00"),
             ("93000", "ECG, 12-lead with interpretation", "55.00"),
             ("90686", "Influenza vaccine, quadrivalent, preservative free", "34.00"),
             ("G0439", "Annual wellness visit, subsequent", "128.00")]
    rows = [[c, d, "$" + p] for c, d, p in items]
    body = ("Hello,\n\nAs requested, our 2024 self-pay price list for the most common services. These are the "
            "cash prices before any prompt-pay discount.\n\n"
            + t_delim(rows, "|", ["CPT/HCPCS", "Description", "Self-pay price"], space=True)
            + "\n\nFull chargemaster is posted on the website per the price transparency rule."
            + sig("Dwayne Ostrowski", "Revenue Cycle Analyst", "Cedar Hollow Family Practice", "(478) 555-0121"))
    m = new_msg(key, "Dwayne Ostrowski <dostrowski@cedarhollowfp.example>", "benefits@macon-employers.test",
                "Self-pay price list 2024", when(2024, 2, 7, 10, 12))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_pipe_noshow_noheader(rng, key):
    ps = patients(rng, 5, region="WI", mrn="n7")
    rows = [[nm(p, "LF"), fd(p.dob, "us"), p.mrn, fp(p.phone, "dash")] for p in ps]
    body = ("These folks no-showed last week. Format is name|dob|mrn|phone. Can you call and reschedule? "
            "Two of them are overdue for their A1c.\n\n"
            + t_delim(rows, "|")
            + "\n" + short_sig("Mandy", "Chippewa Valley Internal Medicine"))
    m = new_msg(key, "Mandy Kreuger <mkreuger@cvim.example>", "scheduling@cvim.example",
                "no shows to call", when(2024, 7, 15, 9, 2, -5))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MRN", "PHONE", "CARE"]


@reg(D)
def d_comma_flu_outreach_noheader(rng, key):
    ps = patients(rng, 8, region="OH", age=(65, 93))
    rows = [[nm(p, "fl"), fd(p.dob, "us"), fp(p.phone, "paren"), full_addr(p)] for p in ps]
    body = ("Sherry --\n\nSeniors on the Xenia panel still without a flu shot this season. Pasting from the registry "
            "(name, DOB, phone, address). The mobile van can hit the ones close together.\n\n"
            + t_csv(rows)
            + "\n\nThanks!\n" + "Gil Pacheco\nPopulation Health, Greene County Clinics")
    m = new_msg(key, "Gil Pacheco <gpacheco@greenecountyclinics.example>", "Sherry Vaughn <svaughn@greenecountyclinics.example>",
                "flu vaccine outreach - Xenia seniors", when(2024, 11, 4, 14, 27))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "PHONE", "ADDRESS", "ZIP", "CARE"]


@reg(D)
def d_neg_oncall(rng, key):
    docs = ["Farouk", "Sethi", "Brandt", "Whitcombe", "Lindgren", "Quintanilla", "Okafor-Reyes"]
    rows = []
    for i in range(7):
        day = dt.date(2024, 9, 2) + dt.timedelta(days=i)
        rows.append([day.strftime("%a %m/%d"), "Cardiology", docs[i], "Dr. " + docs[(i + 3) % 7],
                     "pgr %d" % (4400 + i * 7)])
    body = ("All,\n\nCardiology call for Labor Day week. Swap requests go through Deb, not the operators.\n\n"
            + t_delim(rows, "\t", ["Date", "Service", "Primary", "Backup", "Pager"])
            + "\n\nCath lab team call is on the separate STEMI schedule."
            + sig("Deb Halloran", "Medical Staff Office", "Northwind Regional Medical Center", "(937) 555-0104"))
    m = new_msg(key, "Deb Halloran <dhalloran@nwrmc.example>", "switchboard@nwrmc.example",
                "Cardiology on-call 9/2 - 9/8", when(2024, 8, 28, 16, 30, -4))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_tab_endo_noheader(rng, key):
    ps = patients(rng, 10, region="WA", mrn="n8", age=(40, 80))
    times = ["07:30", "08:00", "08:30", "09:00", "09:45", "10:30", "11:15", "12:30", "13:15", "14:00"]
    procs = ["Colonoscopy", "Colonoscopy w/ biopsy", "EGD", "EGD + colonoscopy", "Flex sig"]
    rows = [[p.mrn, nm(p, "lfm"), times[i], rng.choice(procs)] for i, p in enumerate(ps)]
    body = ("Endo list for Room 2 tomorrow (MRN / name / time / procedure). Prep instructions went out to all of them.\n\n"
            + t_delim(rows, "\t") + "\n\n-- Ruth, GI pre-procedure")
    m = new_msg(key, "Ruth Kamakau <rkamakau@pugetgi.example>", "endo-rn@pugetgi.example",
                "Rm 2 list", when(2024, 10, 8, 15, 55, -7))
    set_body(m, body)
    return m, True, ["MRN", "NAME", "CARE"]


@reg(D)
def d_fixed_dialysis(rng, key):
    ps = patients(rng, 8, region="GA", mrn="n7", age=(35, 88), dx_pool=[d for d in DX if d[0] in ("N18.30", "E11.9", "I10", "I50.9")])
    rows = [["Chair %d" % (i + 1), nm(p, "lf"), fd(p.dob, "us"), p.mrn, rng.choice(["06:00", "06:30", "11:00", "11:30"]),
             rng.choice(["Mon/Wed/Fri", "Tue/Thu/Sat"])] for i, p in enumerate(ps)]
    body = ("Updated chair assignments for the Perry unit starting Monday:\n\n"
            + t_fixed(rows, ["Chair", "Name", "DOB", "MRN", "Start", "Days"], rule="-")
            + "\n\nNew admit in Chair 6 needs hep B titer on first treatment."
            + sig("Grace Ndlovu, RN", "Nurse Manager", "Middle Georgia Kidney Care", "(478) 555-0188"))
    m = new_msg(key, "Grace Ndlovu <gndlovu@mgkidneycare.example>", "perry-staff@mgkidneycare.example",
                "Chair assignments - Perry", when(2024, 8, 23, 12, 10, -4))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MRN", "CARE"]


@reg(D)
def d_fixed_adt_caps_noheader(rng, key):
    ps = patients(rng, 14, region="WI", mrn="n8", age=(1, 95))
    rows = []
    for p in ps:
        adm = dt.datetime(2024, 12, 2, rng.randint(0, 23), rng.choice([0, 15, 30, 45]))
        rows.append([p.mrn, nm(p, "LFA"), fd(p.dob, "DMY"), p.sex, adm.strftime("%m%d%y %H%M"),
                     unit_for(p, rng, ["3N", "4S", "ICU", "OBS"], "PEDS", "L&D")])
    body = ("Mike, this is what the overnight ADT extract looked like before it blew up at 0214. Lines are cut "
            "straight from the spool file, no header:\n\n"
            + t_fixed(rows, gap=1)
            + "\n\nEverything after the 14th line is missing, which matches the interface queue depth. "
              "Can you replay from 0200?\n\nTodd\nIS Application Support")
    m = new_msg(key, "Todd Brekke <tbrekke@sacredpinehealth.example>", "Mike Ostrander <mostrander@sacredpinehealth.example>",
                "ADT extract truncated overnight", when(2024, 12, 3, 7, 26, -6))
    set_body(m, body)
    return m, True, ["MRN", "NAME", "DOB", "DATE", "CARE"]


@reg(D)
def d_neg_inventory(rng, key):
    items = [("IV-20G-1.0", "IV catheter 20G x 1 in", "B24118", "340", "2026-03-31"),
             ("SYR-10ML-LL", "Syringe 10 mL Luer-lock", "K7730", "1200", "2027-10-31"),
             ("GLV-NIT-M", "Nitrile exam gloves, medium", "GL0925", "48", "2027-06-30"),
             ("DRS-4X4-ST", "Gauze 4x4 sterile 12-ply", "D55102", "610", "2028-01-31"),
             ("NS-1000", "Sodium chloride 0.9% 1000 mL", "J24C08", "96", "2025-09-30"),
             ("ETT-7.5", "Endotracheal tube 7.5 cuffed", "T1183", "24", "2026-12-31"),
             ("ECG-ELEC", "ECG electrodes, foam, adult", "E902", "1500", "2026-05-31")]
    body = ("Par count for the 3N supply room after Tuesday's restock (item, description, lot, qty on hand, expiry):\n\n"
            + t_csv([list(i) for i in items], ["Item #", "Description", "Lot", "Qty", "Expiry"])
            + "\n\nNS 1000s are still on allocation, please don't over-pull."
            + sig("Ken Abara", "Materials Management", "Northwind Regional Medical Center", "(937) 555-0177"))
    m = new_msg(key, "Ken Abara <kabara@nwrmc.example>", "3north-mgr@nwrmc.example",
                "3N par count", when(2024, 5, 15, 10, 40, -4))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_md_prior_auth(rng, key):
    ps = patients(rng, 6, region="OH", member="BSH")
    cpts = [("72148", "MRI L-spine", ["M51.16", "M54.50", "M48.062"]), ("64483", "TFESI L-spine", ["M54.16", "M51.16"]),
            ("62323", "Lumbar ESI", ["M48.062", "M54.50"]), ("64635", "RF ablation facet L", ["M47.816"]),
            ("72141", "MRI C-spine", ["M50.122", "M54.12"]), ("97110", "PT x12", ["M54.50", "M62.830"])]
    rows = []
    for p in ps:
        c = rng.choice(cpts)
        rows.append([nm(p, "lf"), p.member, fd(p.dob, "us"), "%s %s" % c[:2], rng.choice(c[2]),
                     rng.choice(["Pending", "Pended - need notes", "Approved", "Denied"])])
    body = ("Hello Bluestem UM team,\n\nFollowing up on the open prior authorization requests from our office. "
            "Status as we have it:\n\n"
            + t_md(rows, ["Member", "Subscriber #", "DOB", "CPT", "ICD-10", "Status"])
            + "\n\nClinical notes for the pended ones were faxed this morning."
            + sig("Rochelle Adeyemi", "Prior Authorization Coordinator", "Miami Valley Spine & Pain", "(937) 555-0135"))
    m = new_msg(key, "Rochelle Adeyemi <radeyemi@mvspine.example>", "um-requests@bluestemhealth.example",
                "Open PA requests - Miami Valley Spine", when(2024, 3, 20, 11, 5, -4))
    set_body(m, body)
    return m, True, ["NAME", "MEMBER_ID", "DOB", "CARE", "ICD10"]


@reg(D)
def d_semicolon_home_health(rng, key):
    ps = patients(rng, 6, region="ME", age=(60, 97))
    rows = [[nm(p, "fl"), full_addr(p), fp(p.phone, "dot"), rng.choice(["SN wound care", "PT eval", "SN med set-up",
                                                                          "OT", "SN INR draw", "HHA bath"]),
             rng.choice(["09:00", "10:30", "13:00", "14:30"])] for p in ps]
    body = ("Hi Jess, your route for Thursday. Patient;Address;Home Phone;Visit;Time\n\n"
            + t_csv(rows, delimiter=";")
            + "\n\nMrs. on the Gorham stop has a dog, call from the driveway.\n\nDenise\nMeridian Home Health scheduling")
    m = new_msg(key, "Denise Labrecque <dlabrecque@meridianhh.example>", "Jess Ouellette <jouellette@meridianhh.example>",
                "Thursday route", when(2024, 2, 14, 16, 2))
    set_body(m, body)
    return m, True, ["NAME", "ADDRESS", "ZIP", "PHONE", "CARE"]


@reg(D)
def d_neg_staff_directory(rng, key):
    staff = [("Abara, Ken", "Materials Mgmt", "4177", "937-555-0177"),
             ("Ekwueme, Lorraine RN", "5 East", "4510", "937-555-0142"),
             ("Halloran, Deb", "Medical Staff Office", "4104", "937-555-0104"),
             ("Yoo, Bernadette", "Core Lab", "4417", "937-555-0160"),
             ("Nakashima, Roy", "Pharmacy", "4300", "937-555-0130"),
             ("Pryce-Edwards, Alma", "Case Management", "4622", "937-555-0166"),
             ("Villarreal, Tomasz", "Biomed", "4099", "937-555-0199"),
             ("Whitcombe, Alan MD", "Hospitalist", "4800", "937-555-0150")]
    body = ("Updated internal phone list for the Wednesday managers' meeting. Please correct your own line if wrong.\n\n"
            + t_fixed([list(s) for s in staff], ["Name", "Department", "Ext", "Cell"], rule="=")
            + "\n\nOperator: 0   Security: 4911   IT help desk: 4357"
            + sig("Pauline Marsh", "Administrative Assistant, Nursing Admin", "Northwind Regional Medical Center"))
    m = new_msg(key, "Pauline Marsh <pmarsh@nwrmc.example>", "nursing-managers@nwrmc.example",
                "Managers phone list (updated)", when(2024, 1, 9, 9, 15))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_pipe_billing_ssn(rng, key):
    ps = patients(rng, 5, region="GA")
    rows = []
    for p in ps:
        dos = dt.date(2024, 1, rng.randint(3, 28))
        rows.append([nm(p, "LF"), p.ssn, fd(p.dob, "us"), p.acct, fd(dos, "us"), "$%d.%02d" % (rng.randint(40, 2400), rng.randint(0, 99))])
    body = ("Hi Marcus,\n\nThese guarantor accounts bounced from the collection agency because the SSN didn't match "
            "their skip-trace. Can you verify against registration?\n\n"
            + t_delim(rows, "|", ["Patient Name", "SSN", "DOB", "Acct #", "DOS", "Balance"])
            + "\n\nI need them back by the 15th to resubmit."
            + sig("Yvette Carrasco", "Patient Financial Services", "Oconee Valley Hospital", "(478) 555-0127"))
    m = new_msg(key, "Yvette Carrasco <ycarrasco@oconeevalleyhosp.example>", "Marcus Bell <mbell@oconeevalleyhosp.example>",
                "SSN mismatches from agency", when(2024, 3, 6, 13, 44))
    set_body(m, body)
    return m, True, ["NAME", "SSN", "DOB", "ACCOUNT", "DATE"]


@reg(D)
def d_md_controlled_refills(rng, key):
    ps = patients(rng, 5, region="WA", age=(25, 85))
    meds = ["oxycodone 5 mg #30", "alprazolam 0.5 mg #60", "methylphenidate ER 36 mg #30",
            "hydrocodone/APAP 5/325 #20", "buprenorphine/naloxone 8/2 mg film #14", "lorazepam 1 mg #30"]
    rows = []
    for p in ps:
        f, l, c = rng.choice(PROVIDERS[:8])
        rows.append([nm(p, "lf"), fd(p.dob, "us"), rng.choice(meds), "Dr. " + l, make_dea(rng, l)])
    body = ("PDMP reconciliation for last week's controlled-substance fills that didn't match the prescriber's "
            "e-Rx log. Please review before the board audit.\n\n"
            + t_md(rows, ["Patient", "DOB", "Medication", "Prescriber", "DEA #"], align=[":---"] * 5)
            + "\n" + sig("Priscilla Huang, PharmD", "Pharmacy Compliance", "Tahoma Community Pharmacy", "(253) 555-0172"))
    m = new_msg(key, "Priscilla Huang <phuang@tahomarx.example>", "compliance@tahomarx.example",
                "PDMP mismatches wk 22", when(2024, 6, 3, 8, 37, -7))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "MEDICATION", "DEA"]


@reg(D)
def d_neg_icd_reference(rng, key):
    codes = [d for d in DX if d[0] in ("E11.9", "E11.65", "I10", "I50.9", "J44.1", "N18.30", "E66.01", "I48.91")]
    rows = [[c, desc, {"E11.9": "use E11.65 if hyperglycemia documented", "I10": "not with I11/I13",
                       "I50.9": "specify systolic/diastolic when possible", "J44.1": "code also infection",
                       "N18.30": "use N18.31/N18.32 for 3a/3b", "E66.01": "add Z68 BMI code",
                       "I48.91": "prefer I48.0-I48.2 specific"}.get(c, "")] for c, desc, _, _ in codes]
    body = ("For the coder education session, here is the quick-reference table of the chronic condition codes "
            "we keep getting queries on:\n\n"
            + t_md(rows, ["Code", "Description", "Notes"])
            + "\n\nRemember HCC capture requires the condition to be MEAT-supported in the note."
            + sig("Lydia Forsberg, CCS CRC", "Coding Educator", "Riverbend Health System"))
    m = new_msg(key, "Lydia Forsberg <lforsberg@riverbend-health.example>", "coding-team@riverbend-health.example",
                "Quick ref - chronic condition codes", when(2024, 7, 10, 12, 0))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_comma_tcm_mbi(rng, key):
    ps = patients(rng, 7, region="OH", age=(66, 95))
    rows = []
    for p in ps:
        dc = dt.date(2024, 8, rng.randint(1, 9))
        rows.append([nm(p, "lf"), fmt_mbi(p.mbi, rng.random() < 0.4), fd(p.dob, "us"), fd(dc, "us"), p.dx[1],
                     provider(rng, "dr")])
    body = ("Transitional care list from the ACO feed -- Medicare discharges this week that need the 2-business-day "
            "contact call:\n\n"
            + t_csv(rows, ["Name", "MBI", "DOB", "Discharge Date", "Dx", "PCP"])
            + "\n\nPlease document the call in the TCM template so we can bill 99496."
            + sig("Heather Lindahl, RN", "ACO Care Coordinator", "Greene County Clinics"))
    m = new_msg(key, "Heather Lindahl <hlindahl@greenecountyclinics.example>", "tcm-nurses@greenecountyclinics.example",
                "TCM calls needed - ACO discharges", when(2024, 8, 9, 15, 20, -4))
    set_body(m, body)
    return m, True, ["NAME", "MBI", "DOB", "DATE", "DIAGNOSIS", "CARE"]


@reg(D)
def d_neg_prose_commas(rng, key):
    body = ("Hi everyone,\n\nQuick recap of Thursday's facilities meeting, for those who couldn't make it. "
            "The parking garage resurfacing will start on level 2, then level 3, then the roof deck, weather "
            "permitting, and should wrap by mid-October. Dietary is switching vendors for coffee, tea, creamer, "
            "and the grab-and-go salads, which means the cafe will be closed Saturday, Sunday, and Monday morning. "
            "Environmental services asked, again, that we stop propping open the stairwell doors on 2, 4, and 6, "
            "because it sets off the alarm, annoys security, and, frankly, violates fire code. Biomed will be "
            "rotating the IV pumps on 3N, 4S, 5E, and the ICU during nights, so expect a tech, a cart, and some "
            "noise. Finally, the holiday party committee, which is Ana, Rob, Keisha, and me, is looking for "
            "volunteers, raffle prizes, and ideas.\n\nThanks,\nMarlene\nFacilities Coordinator, "
            "Northwind Regional Medical Center")
    m = new_msg(key, "Marlene Sato <msato@nwrmc.example>", "all-managers@nwrmc.example",
                "Facilities meeting recap", when(2024, 9, 13, 10, 22, -4))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_fixed_icd9_registry(rng, key):
    ps = patients(rng, 9, region="ME", age=(40, 95))
    rows = [[nm(p, "LFM"), fd(p.dob, "us"), p.dx[3], p.dx[1][:44]] for p in ps]
    body = ("Found these in the 2013 tumor/chronic disease registry extract we're migrating. Codes are still "
            "ICD-9 -- do you want them mapped before or after load?\n\n"
            + t_fixed(rows, ["NAME", "BIRTH DT", "ICD-9", "DESCRIPTION"], rule="-")
            + "\n\nThere are ~4,000 more rows like this in the archive.\n\nOwen\nData Migration Team")
    m = new_msg(key, "Owen Pelletier <opelletier@cascobaypcn.example>", "hie-migration@cascobaypcn.example",
                "legacy registry rows - ICD-9", when(2024, 10, 1, 11, 47, -4))
    set_body(m, body)
    return m, True, ["NAME", "DOB", "ICD9", "DIAGNOSIS"]


@reg(D)
def d_neg_aggregate_census(rng, key):
    rows = [["3N", "28", "24", "6", "5", "4.1"], ["4S", "32", "30", "9", "8", "3.6"], ["5E", "30", "27", "7", "6", "4.4"],
            ["ICU", "16", "14", "3", "2", "5.2"], ["OBS", "12", "9", "11", "12", "1.1"], ["L&D", "10", "6", "4", "5", "2.0"]]
    body = ("Weekly capacity snapshot (unit-level counts only):\n\n"
            + t_csv(rows, ["Unit", "Staffed beds", "Midnight census", "Admits", "Discharges", "ALOS"], delimiter=";")
            + "\n\nOverall occupancy 86.7%, down from 91.2% last week."
            + sig("Ivan Rudnick", "Decision Support", "Northwind Regional Medical Center"))
    m = new_msg(key, "Ivan Rudnick <irudnick@nwrmc.example>", "exec-team@nwrmc.example",
                "Weekly capacity snapshot", when(2024, 11, 18, 8, 3))
    set_body(m, body)
    return m, False, []


@reg(D)
def d_tab_quoted_reply_portal(rng, key):
    ps = patients(rng, 6, region="WI", mrn="n7")
    rows = [[nm(p, "fl"), p.email, p.mrn] for p in ps]
    orig = ("Can you send portal invites to these? They asked at check-in but the kiosk was down.\n\n"
            + t_delim(rows, "\t", ["Name", "Email", "MRN"]) + "\n\nThx, Bea")
    body = ("Done for all except the second one -- that address bounced. Can you re-verify at the next visit?\n\n"
            "Corey\n\nOn Mon, Jul 22, 2024 at 10:14 AM Bea Lindqvist <blindqvist@cvim.example> wrote:\n"
            + quote(orig))
    m = new_msg(key, "Corey Hatch <chatch@cvim.example>", "Bea Lindqvist <blindqvist@cvim.example>",
                "RE: portal invites", when(2024, 7, 22, 11, 51, -5), reply_to_key=key + "-orig")
    set_body(m, body)
    return m, True, ["NAME", "EMAIL", "MRN"]


@reg(D)
def d_pipe_hicn_legacy(rng, key):
    ps = patients(rng, 4, region="GA", age=(70, 95))
    rows = []
    for p in ps:
        adm = dt.date(2017, rng.randint(1, 12), rng.randint(1, 28))
        rows.append([nm(p, "LF"), p.ssn.replace("-", "") + rng.choice(["A", "B", "B1", "D"]), fd(p.dob, "us"),
                     fd(adm, "us"), SHORT_DX[p.dx[0]]])
    body = ("RAC request 2024-0931 asks for these 2017 stays. They're still keyed by HICN in the old billing system, "
            "so I've listed that instead of MBI:\n\n"
            + t_delim(rows, "|", ["Beneficiary", "HICN", "DOB", "Admit", "Dx"])
            + "\n\nRecords due to the RAC portal by 10/30."
            + sig("Norma Whitlock", "HIM Release of Information", "Oconee Valley Hospital", "(478) 555-0190"))
    m = new_msg(key, "Norma Whitlock <nwhitlock@oconeevalleyhosp.example>", "him-roi@oconeevalleyhosp.example",
                "RAC request 2024-0931 - 2017 stays", when(2024, 10, 7, 9, 31, -4))
    set_body(m, body)
    return m, True, ["NAME", "HICN", "DOB", "DATE", "DIAGNOSIS"]


@reg(D)
def d_md_wound_roster_nodash_space(rng, key):
    ps = patients(rng, 4, region="OH", mrn="E", age=(50, 95))
    rows = [[nm(p, "lf"), p.mrn, "%s-%d" % (rng.choice(["3N", "4S"]), rng.randint(301, 340)),
             rng.choice(["Stage 3 sacral PI", "R heel unstageable", "Venous stasis ulcer L leg", "Surgical wound dehiscence"]),
             rng.choice(["wet-to-dry BID", "foam dressing q3d", "NPWT change M/W/F"])] for p in ps]
    body = ("Wound rounds for Thursday:\n\n"
            + t_md(rows, ["Name", "Patient ID", "Room", "Wound", "Tx"], align=[" :-- "] * 5)
            + "\n\nPhotos are in the media tab.\n\n-- Wound/Ostomy team")
    m = new_msg(key, "WOC Nursing <woc@nwrmc.example>", "3north-charge@nwrmc.example, 4south-charge@nwrmc.example",
                "Wound rounds Thursday", when(2024, 4, 17, 17, 5, -4))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "CARE", "DIAGNOSIS"]


# ===========================================================================
# struct-attach : the same kind of lists as attachments
# ===========================================================================
A = "struct-attach"


def csv_text(rows, header=None, delimiter=",", crlf_lines=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf_lines else "\n")
    if header:
        w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


@reg(A)
def a_csv_census(rng, key):
    ps = patients(rng, 16, region="OH", mrn="n8", age=(19, 97))
    rows = []
    for i, p in enumerate(ps):
        adm = dt.date(2024, 2, 20) - dt.timedelta(days=rng.randint(0, 12))
        f, l, c = rng.choice(PROVIDERS[:8])
        rows.append([p.mrn, p.last, p.first, fd(p.dob, "us"), rng.choice(["4S", "5E", "ICU"]),
                     str(401 + i), fd(adm, "us"), "%s %s %s" % (f, l, c), p.dx[1]])
    data = csv_text(rows, ["MRN", "Last Name", "First Name", "DOB", "Unit", "Room", "Admit Date", "Attending", "Diagnosis"])
    m = new_msg(key, "Bed Management <bedboard@nwrmc.example>", "case-management@nwrmc.example",
                "Daily census 02/20/2024", when(2024, 2, 20, 5, 30))
    set_body(m, "Attached is today's census for 4S, 5E and ICU.\n\nThis is an automated message from the bed "
                  "management system. Do not reply.\n")
    m.add_attachment(data, subtype="csv", filename="census_20240220.csv")
    return m, True, ["MRN", "NAME", "DOB", "CARE", "DATE", "DIAGNOSIS"]


@reg(A)
def a_csv_octet_noshow(rng, key):
    ps = patients(rng, 11, region="WA", mrn="n7")
    rows = []
    for p in ps:
        d = dt.date(2024, 9, rng.randint(3, 13))
        rows.append([p.mrn, nm(p, "lf"), fp(p.phone, "paren"), fd(d, "us") + " " + rng.choice(["8:30 AM", "10:15 AM", "1:45 PM", "3:00 PM"]),
                     provider(rng, "dr")])
    data = csv_text(rows, ["Patient ID", "Patient Name", "Home Phone", "Appt Date", "Provider"]).encode("utf-8")
    m = new_msg(key, "Rosalie Kim <rkim@pugetgi.example>", "Outreach Team <outreach@pugetgi.example>",
                "No-show report Sept 3-13", when(2024, 9, 16, 8, 14, -7))
    set_body(m, "Hi,\n\nNo-show report attached. Please work it by Wednesday; anyone with 3+ no-shows goes to "
                  "the manager for the dismissal letter review.\n\nRosalie\n")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename="noshow_0903_0913.csv")
    return m, True, ["MRN", "NAME", "PHONE", "DATE", "CARE"]


@reg(A)
def a_csv_textplain_referrals(rng, key):
    ps = patients(rng, 8, region="GA", member="XQJ")
    specs = ["Cardiology", "Endocrinology", "Pulmonology", "Nephrology", "Orthopedics", "Behavioral Health"]
    rows = [[nm(p, "fl"), fd(p.dob, "iso"), p.member, p.dx[0], rng.choice(specs), rng.choice(["Routine", "Urgent"])]
            for p in ps]
    data = csv_text(rows, ["Name", "DOB", "Member ID", "Referring Dx (ICD-10)", "Specialty", "Priority"])
    m = new_msg(key, "Referral Desk <referrals@cedarhollowfp.example>", "intake@middlegaspecialists.example",
                "Referrals for authorization - batch 14", when(2024, 4, 10, 14, 5, -4))
    set_body(m, "Good afternoon,\n\nPlease see the attached referral batch. Office notes will follow by fax for "
                  "the urgent ones.\n\nThank you,\nReferral Desk\nCedar Hollow Family Practice\n")
    m.add_attachment(data, subtype="plain", filename="referrals_batch14.csv")
    return m, True, ["NAME", "DOB", "MEMBER_ID", "ICD10", "CARE"]


@reg(A)
def a_txt_pipe_labs(rng, key):
    ps = patients(rng, 10, region="ME", mrn="n10")
    tests = [("HbA1c", "%", lambda: "%.1f" % rng.uniform(5.2, 11.8)), ("LDL-C", "mg/dL", lambda: str(rng.randint(60, 210))),
             ("eGFR", "mL/min/1.73m2", lambda: str(rng.randint(18, 95))), ("TSH", "uIU/mL", lambda: "%.2f" % rng.uniform(0.1, 9.5)),
             ("Vit D 25-OH", "ng/mL", lambda: str(rng.randint(9, 60)))]
    lines = ["PATIENT|MRN|DOB|TEST|RESULT|UNITS|COLLECTED"]
    for p in ps:
        t, u, f = rng.choice(tests)
        c = dt.datetime(2024, 5, rng.randint(1, 10), rng.randint(7, 16), rng.randint(0, 59))
        lines.append("|".join([nm(p, "LFM"), p.mrn, fd(p.dob, "hl7"), t, f(), u, c.strftime("%Y-%m-%d %H:%M")]))
    m = new_msg(key, "Harbor Point Results <results@harborpointlab.test>", "Clinic Inbox <inbox@cascobaypcn.example>",
                "Outreach panel results 05/01-05/10", when(2024, 5, 11, 2, 0, -4))
    set_body(m, "Results file for your outreach panel is attached (pipe-delimited).\n\nHarbor Point Clinical Lab - "
                  "Client Services\n")
    m.add_attachment("\r\n".join(lines) + "\r\n", subtype="plain", filename="HPCL_results_20240510.txt")
    return m, True, ["NAME", "MRN", "DOB", "CARE", "DATE"]


@reg(A)
def a_tsv_discharge_calls(rng, key):
    ps = patients(rng, 9, region="WI", age=(30, 92))
    rows = []
    for p in ps:
        dc = dt.date(2024, 10, rng.randint(14, 18))
        rows.append([nm(p, "lf"), fd(p.dob, "us"), fp(p.phone, "dash"), fd(dc, "us"), p.dx[1], p.dx[2]])
    data = csv_text(rows, ["Pt Name", "DOB", "Phone", "Discharged", "Principal Dx", "New Med"], delimiter="\t")
    m = new_msg(key, "Kristen Haugen <khaugen@sacredpinehealth.example>", "callback-nurses@sacredpinehealth.example",
                "Post-discharge calls 10/14-10/18", when(2024, 10, 19, 9, 0, -5))
    set_body(m, "Call list for last week's discharges attached (TSV, opens in Excel). Focus on the new "
                  "anticoagulant and insulin starts first.\n\nKristen\n")
    m.add_attachment(data.encode("utf-8"), maintype="text", subtype="tab-separated-values",
                     filename="dc_calls_wk42.tsv", params={"charset": "utf-8"})
    return m, True, ["NAME", "DOB", "PHONE", "DATE", "DIAGNOSIS", "MEDICATION"]


@reg(A)
def a_utf16_csv_interpreter(rng, key):
    ps = patients(rng, 7, region="WA", mrn="n8")
    langs = ["Spanish", "Vietnamese", "Tongan", "Russian", "Somali", "Korean", "Ukrainian"]
    rows = []
    for p in ps:
        d = dt.datetime(2024, 11, rng.randint(4, 8), rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 30]))
        agey = (dt.date(2024, 11, 4) - p.dob).days // 365
        clinic = "Peds" if agey < 18 else rng.choice(["Women's Health", "Internal Med", "Ortho"] if p.sex == "F"
                                                      else ["Internal Med", "Ortho", "Cardiology"])
        rows.append([nm(p, "lf"), fd(p.dob, "us"), p.mrn, rng.choice(langs), d.strftime("%m/%d/%Y %H:%M"), clinic])
    text = csv_text(rows, ["Patient", "DOB", "MRN", "Language", "Appt", "Clinic"])
    data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    m = new_msg(key, "Language Services <interpreters@tahomahealth.example>", "Inés Castellano <icastellano@tahomalang.test>",
                "Interpreter requests week of 11/4", when(2024, 11, 1, 12, 22, -7))
    set_body(m, "Hola Inés,\n\nAttached are next week's in-person interpreter requests. Excel saved it as "
                  "Unicode so the accents should come through.\n\nGracias,\nLanguage Services\n")
    m.add_attachment(data, maintype="text", subtype="csv", filename="interpreter_requests_1104.csv",
                     params={"charset": "utf-16"})
    return m, True, ["NAME", "DOB", "MRN", "DATE", "CARE"]


@reg(A)
def a_neg_price_xlsx(rng, key):
    rows = [["CPT", "Description", "Gross Charge", "Cash Price", "Min Negotiated", "Max Negotiated"]]
    items = [("27447", "Total knee arthroplasty", 48250.0), ("29881", "Knee arthroscopy/meniscectomy", 9800.0),
             ("64721", "Carpal tunnel release", 5400.0), ("73721", "MRI knee w/o contrast", 2100.0),
             ("20610", "Arthrocentesis, major joint", 310.0), ("99204", "New patient visit, moderate", 365.0),
             ("97110", "Therapeutic exercise, 15 min", 95.0), ("L1833", "Knee orthosis, prefabricated", 420.0)]
    for c, d, g in items:
        rows.append([c, d, g, round(g * 0.55, 2), round(g * 0.38, 2), round(g * 0.71, 2)])
    data = xlsx_bytes([("Shoppable services", rows)])
    m = new_msg(key, "Phil Drummond <pdrummond@lakeshore-ortho.test>", "transparency@wa-hospitals-assoc.example",
                "Lakeshore shoppable services file", when(2024, 1, 30, 10, 45, -8))
    set_body(m, "Attached is our shoppable services list for the association's price comparison page.\n\nPhil\n")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="Lakeshore_shoppable_services_2024.xlsx")
    return m, False, []


@reg(A)
def a_docx_surgery(rng, key):
    ps = patients(rng, 8, region="WA", mrn="n7", age=(25, 85))
    times = ["07:30", "08:45", "10:00", "11:30", "12:45", "14:00", "15:15", "16:30"]
    rows = [[times[i], nm(p, "fml"), fd(p.dob, "us"), p.mrn, rng.choice(PROCS[:11]), "Dr. " + provider(rng, "last"),
             "OR %d" % rng.randint(1, 4)] for i, p in enumerate(ps)]
    data = docx_bytes(["Lakeshore Surgery Center - OR Schedule", "Date: Tuesday, June 18, 2024"],
                      ["Time", "Patient", "DOB", "MRN", "Procedure", "Surgeon", "Room"], rows,
                      ["Anesthesia: Dr. Pettibone (OR 1-2), Dr. Carvalho (OR 3-4)"],
                      title="OR Schedule 06-18-2024", author="Surgery Scheduling", landscape=True)
    m = new_msg(key, "Surgery Scheduling <orsched@lakeshore-ortho.test>", "periop-staff@lakeshore-ortho.test",
                "Final OR schedule Tue 6/18", when(2024, 6, 17, 16, 58, -7))
    set_body(m, "Final schedule for tomorrow attached. Changes after this go through the charge nurse.\n")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="OR_Schedule_2024-06-18.docx")
    return m, True, ["NAME", "DOB", "MRN", "CARE", "DATE"]


@reg(A)
def a_odt_home_visits(rng, key):
    ps = patients(rng, 6, region="ME", age=(70, 98))
    reasons = ["Post-hospital f/u, CHF", "Fall risk assessment", "Wound check, L shin", "Medication reconciliation",
               "Hospice eligibility eval", "Diabetic foot check"]
    rows = [[nm(p, "lf"), full_addr(p), fp(p.phone, "paren"), rng.choice(reasons)] for p in ps]
    data = odt_bytes(["Home visit list - Dr. Tattersall", "Friday afternoon block"],
                     ["Patient", "Address", "Phone", "Visit reason"], rows, ["Bring the portable INR meter."],
                     title="Home visits")
    m = new_msg(key, "Imogen Tattersall <itattersall@cascobaypcn.example>", "Jonah Reilly <jreilly@cascobaypcn.example>",
                "Friday home visits", when(2024, 3, 21, 18, 40, -4))
    set_body(m, "Jonah -- here's Friday's list in LibreOffice format (sorry, home laptop). Can you map a route?\n\nIT\n")
    m.add_attachment(data, maintype="application", subtype="vnd.oasis.opendocument.text", filename="home_visits_fri.odt")
    return m, True, ["NAME", "ADDRESS", "ZIP", "PHONE", "CARE", "DIAGNOSIS"]


@reg(A)
def a_xlsx_eligibility(rng, key):
    ps = patients(rng, 14, region="OH", member="ZGP")
    rows = [["Subscriber #", "Last Name", "First Name", "DOB", "Payer", "DOS", "CPT", "Elig Status"]]
    for p in ps:
        rows.append([p.member, p.last, p.first, ("date", p.dob), rng.choice(["Great Lakes Mutual PPO", "Great Lakes Mutual HMO", "GLM Medicare Advantage"]),
                     ("date", dt.date(2024, 7, rng.randint(8, 12))), rng.choice(["99213", "99214", "99396", "93000"]),
                     rng.choice(["Active", "Active", "Termed", "Not found"])])
    data = xlsx_bytes([("Worklist", rows)])
    m = new_msg(key, "Eligibility Team <elig@clearpathbilling.test>", "frontdesk@mvspine.example",
                "Eligibility worklist 7/8-7/12", when(2024, 7, 5, 15, 0, -4))
    set_body(m, "Attached is next week's eligibility worklist. Please collect new cards for anyone showing "
                  "'Termed' or 'Not found'.\n\nClearPath Billing Services\n")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="elig_worklist_0708.xlsx")
    return m, True, ["MEMBER_ID", "NAME", "DOB", "DATE", "CARE"]


@reg(A)
def a_ods_vaccine(rng, key):
    ps = patients(rng, 12, region="WI", age=(5, 80))
    vax = [("Influenza (IIV4)", "FL4412"), ("COVID-19 2024-25", "CV9081"), ("Tdap", "TD2207"), ("MMR", "MM5531"),
           ("Hep B dose 2", "HB7713")]
    rows = [["Name", "Birth Date", "Vaccine", "Lot", "Dose #"]]
    for p in ps:
        v, lot = rng.choice(vax)
        rows.append([nm(p, "lf"), ("date", p.dob), v, lot, rng.randint(1, 2)])
    data = ods_bytes([("Roster", rows)], title="Vaccine clinic roster")
    m = new_msg(key, "Public Health Nurse <phn@eauclairecounty-health.example>", "Sacred Pine Pharmacy <rx@sacredpinehealth.example>",
                "Saturday vaccine clinic roster", when(2024, 10, 12, 17, 25, -5))
    set_body(m, "Roster from Saturday's community clinic attached (.ods). Please enter into WIR by Tuesday.\n")
    m.add_attachment(data, maintype="application", subtype="vnd.oasis.opendocument.spreadsheet",
                     filename="vax_clinic_roster_1012.ods")
    return m, True, ["NAME", "DOB", "MEDICATION", "CARE"]


@reg(A)
def a_neg_oncall_docx(rng, key):
    rows = []
    docs = ["Brandt", "Sethi", "Whitcombe", "Farouk", "Lindgren", "Quintanilla", "Achebe-Kline"]
    for i in range(14):
        d = dt.date(2024, 12, 16) + dt.timedelta(days=i)
        rows.append([d.strftime("%a %b %d"), "Dr. " + docs[i % 7], "Dr. " + docs[(i + 2) % 7],
                     "Dr. " + docs[(i + 4) % 7], "x%d" % (4800 + i)])
    data = docx_bytes(["Hospitalist Holiday Coverage", "December 16 - December 29, 2024"],
                      ["Date", "Day admitter", "Night admitter", "Backup", "Pager"], rows,
                      ["Swaps must be approved by the section chief."], title="Holiday coverage")
    m = new_msg(key, "Deb Halloran <dhalloran@nwrmc.example>", "hospitalists@nwrmc.example",
                "Holiday coverage schedule (final)", when(2024, 12, 2, 11, 5))
    set_body(m, "Final holiday schedule attached. Thank you all for the flexibility this year.\n\nDeb\n")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="Hospitalist_Holiday_Coverage_2024.docx")
    return m, False, []


@reg(A)
def a_html_body_ed_board(rng, key):
    ps = patients(rng, 9, region="GA", mrn="n8", age=(2, 90))
    complaints = ["chest pain", "SOB", "abd pain RLQ", "fall, hip pain", "fever/cough", "syncope", "lac L hand",
                  "SI, passive", "hyperglycemia"]
    rows = [["ED%02d" % (i + 1), nm(p, "LF"), str((dt.date(2024, 8, 1) - p.dob).days // 365), p.mrn, rng.choice(complaints),
             "ESI %d" % rng.randint(1, 4)] for i, p in enumerate(ps)]
    hdr = ["Bed", "Patient", "Age", "MRN", "Chief Complaint", "Triage"]
    html = ("<html><body style=\"font-family:Calibri,sans-serif\"><p>Board snapshot at 14:00 for the surge huddle:</p>"
            + t_html(rows, hdr) + "<p>Admit holds: ED03, ED07. Waiting room: 14.</p>"
            "<p>-- ED Charge RN, Oconee Valley Hospital</p></body></html>")
    plain = ("Board snapshot at 14:00 for the surge huddle:\n\n" + t_delim(rows, "\t", hdr)
             + "\n\nAdmit holds: ED03, ED07. Waiting room: 14.\n\n-- ED Charge RN, Oconee Valley Hospital\n")
    m = new_msg(key, "ED Charge RN <edcharge@oconeevalleyhosp.example>", "house-supervisor@oconeevalleyhosp.example",
                "ED board 1400", when(2024, 8, 1, 14, 3, -4), xmailer="Microsoft Outlook 16.0")
    set_body(m, plain)
    m.add_alternative(html, subtype="html")
    return m, True, ["NAME", "MRN", "CARE", "DIAGNOSIS"]


@reg(A)
def a_neg_inventory_csv(rng, key):
    rows = [["NDC", "Drug", "Strength", "Form", "On hand", "Par", "Reorder"],
            ["0409-4888-02", "Heparin sodium", "5,000 units/mL", "vial", "140", "200", "Y"],
            ["0641-6142-25", "Ondansetron", "2 mg/mL", "vial", "85", "120", "Y"],
            ["63323-0262-01", "Ketorolac", "30 mg/mL", "vial", "60", "50", "N"],
            ["0338-0049-04", "Dextrose 5% in water", "1000 mL", "bag", "310", "300", "N"],
            ["25021-0147-10", "Cefazolin", "1 g", "vial", "44", "100", "Y"],
            ["0143-9875-10", "Metoprolol tartrate", "5 mg/5 mL", "vial", "22", "40", "Y"]]
    data = csv_text(rows[1:], rows[0])
    m = new_msg(key, "Roy Nakashima <rnakashima@nwrmc.example>", "purchasing@nwrmc.example",
                "ADC pharmacy restock - main OR", when(2024, 5, 28, 7, 50, -4))
    set_body(m, "Restock counts for the main OR cabinets attached. Please expedite the cefazolin.\n\nRoy\n")
    m.add_attachment(data, subtype="csv", filename="or_adc_restock_0528.csv")
    return m, False, []


@reg(A)
def a_xlsx_two_sheets_collections(rng, key):
    ps = patients(rng, 10, region="GA")
    summary = [["Aging bucket", "Accounts", "Balance"], ["0-30", 41, 18822.5], ["31-60", 27, 12440.0],
               ["61-90", 19, 9311.75], ["91-120", 10, 6021.4]]
    detail = [["Guarantor", "SSN", "DOB", "Account", "Address", "City", "State", "ZIP", "Balance"]]
    for p in ps:
        detail.append([nm(p, "LF"), p.ssn, fd(p.dob, "us"), p.acct, addr1(p), p.city, p.state, p.zip,
                       round(rng.uniform(120, 3800), 2)])
    data = xlsx_bytes([("Summary", summary), ("Placement 91-120", detail)])
    m = new_msg(key, "Yvette Carrasco <ycarrasco@oconeevalleyhosp.example>", "placements@peachstate-recovery.example",
                "Oconee Valley placement file - March", when(2024, 3, 29, 16, 12, -4))
    set_body(m, "Attached is this month's placement file. Second tab has the account-level detail.\n\nYvette\n"
                  "Patient Financial Services\n")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="OVH_placement_2024-03.xlsx")
    return m, True, ["NAME", "SSN", "DOB", "ACCOUNT", "ADDRESS", "ZIP"]


@reg(A)
def a_csv_semicolon_vndmsexcel_noheader(rng, key):
    ps = patients(rng, 13, region="OH", mrn="E")
    rows = [[nm(p, "LF"), fd(p.dob, "eu"), p.mrn, p.dx[0]] for p in ps]
    data = csv_text(rows, delimiter=";").encode("cp1252", errors="replace")
    m = new_msg(key, "Anja Vogel <avogel@nwrmc.example>", "Coding Audit <coding-audit@riverbend-health.example>",
                "Audit sample Q2", when(2024, 7, 2, 9, 9, -4))
    set_body(m, "Hi,\n\nHere is the Q2 audit sample you asked for (no header, columns are name; DOB; MRN; principal "
                  "ICD-10). It came out of the German-locale Excel so it's semicolons.\n\nAnja\n")
    m.add_attachment(data, maintype="application", subtype="vnd.ms-excel", filename="audit_sample_Q2.csv")
    return m, True, ["NAME", "DOB", "MRN", "ICD10"]


@reg(A)
def a_neg_staff_ods(rng, key):
    rows = [["Name", "Title", "Department", "Ext", "Pager", "Email"],
            ["Abara, Ken", "Buyer II", "Materials Management", 4177, "", "kabara@nwrmc.example"],
            ["Forsberg, Lydia", "Coding Educator", "HIM", 4233, "", "lforsberg@riverbend-health.example"],
            ["Nakashima, Roy", "Pharmacy Supervisor", "Pharmacy", 4300, "2210", "rnakashima@nwrmc.example"],
            ["Okafor-Reyes, Samuel", "Hospitalist", "Medicine", 4801, "2288", "sokaforreyes@nwrmc.example"],
            ["Sato, Marlene", "Facilities Coordinator", "Facilities", 4050, "", "msato@nwrmc.example"],
            ["Villarreal, Tomasz", "Biomed Tech", "Clinical Engineering", 4099, "2301", "tvillarreal@nwrmc.example"],
            ["Yoo, Bernadette", "Night Supervisor", "Core Lab", 4417, "2140", "byoo@nwrmc.example"]]
    data = ods_bytes([("Directory", rows)], title="Department directory")
    m = new_msg(key, "Pauline Marsh <pmarsh@nwrmc.example>", "new-hires@nwrmc.example",
                "Who's who - department contacts", when(2024, 2, 5, 13, 30))
    set_body(m, "Welcome aboard! Attached is the department contact list you'll need in your first weeks.\n\nPauline\n")
    m.add_attachment(data, maintype="application", subtype="vnd.oasis.opendocument.spreadsheet",
                     filename="department_contacts.ods")
    return m, False, []


@reg(A)
def a_htm_attachment_wounds(rng, key):
    ps = patients(rng, 5, region="WA", mrn="n8", age=(55, 95))
    rows = [[nm(p, "lf"), p.mrn, "%d%s" % (rng.randint(200, 450), rng.choice("AB")),
             rng.choice(["Stage 2 sacrum", "DFU R great toe", "Arterial ulcer L lat malleolus", "Skin tear R forearm"]),
             rng.choice(["Mepilex q3d", "Santyl + gauze daily", "Offloading boot, vascular consult"])] for p in ps]
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Wound report</title></head><body>"
            "<h3>Weekly wound report</h3>" + t_html(rows, ["Name", "Med Rec #", "Room", "Wound", "Plan"], style=False)
            + "</body></html>")
    m = new_msg(key, "Skilled Nursing Reports <reports@tahomasnf.example>", "wound-md@tahomasnf.example",
                "Weekly wound report", when(2024, 9, 27, 6, 0, -7))
    set_body(m, "The weekly wound report is attached.\n")
    m.add_attachment(html, subtype="html", filename="wound_report_wk39.htm")
    return m, True, ["NAME", "MRN", "CARE", "DIAGNOSIS"]


@reg(A)
def a_txt_fixed_mainframe_qp(rng, key):
    ps = patients(rng, 18, region="WI", mrn="n8", age=(1, 99))
    rows = []
    for p in ps:
        a = dt.date(2024, 12, rng.randint(1, 9))
        rows.append([p.mrn, nm(p, "LFA"), fd(p.dob, "us"), p.sex, fd(a, "us"), unit_for(p, rng, ["MED", "MED", "SURG", "PSY"], "PED", "OB"),
                     rng.choice(["INP", "OBS", "SDS"])])
    hdr = ["MRN", "PATIENT NAME", "BIRTH DATE", "SX", "ADM DATE", "SVC", "PT TYPE"]
    rep = ("SACRED PINE HEALTH                 ADT0410 - ACTIVE INPATIENT LISTING                PAGE    1\n"
           "RUN DATE 12/10/24 05:00\n\n" + t_fixed(rows, hdr, gap=3, rule="-") + "\n\n*** END OF REPORT - %d RECORDS ***\n" % len(rows))
    m = new_msg(key, "Batch Scheduler <batch@sacredpinehealth.example>", "utilization-review@sacredpinehealth.example",
                "ADT0410 Active inpatient listing", when(2024, 12, 10, 5, 1, -6))
    set_body(m, "Report ADT0410 completed normally. Output attached.\n")
    m.add_attachment(rep, subtype="plain", filename="ADT0410.TXT", cte="quoted-printable")
    return m, True, ["MRN", "NAME", "DOB", "DATE", "CARE"]


@reg(A)
def a_neg_quality_tsv(rng, key):
    rows = [["Measure", "Numerator", "Denominator", "Rate", "Benchmark"],
            ["HbA1c poor control (>9%)", "212", "1840", "11.5%", "<15%"],
            ["Controlling high blood pressure", "2903", "4120", "70.5%", ">68%"],
            ["Breast cancer screening", "1877", "2511", "74.7%", ">73%"],
            ["Colorectal cancer screening", "3010", "4762", "63.2%", ">67%"],
            ["Depression screening & follow-up", "2244", "3390", "66.2%", ">60%"]]
    data = csv_text(rows[1:], rows[0], delimiter="\t")
    m = new_msg(key, "Quality Dept <quality@cascobaypcn.example>", "board-quality@cascobaypcn.example",
                "Q3 HEDIS-style measure summary", when(2024, 10, 22, 10, 0, -4))
    set_body(m, "Network-level Q3 rates attached. No patient-level data in this file; drill-downs are on the "
                  "secure dashboard.\n")
    m.add_attachment(data, subtype="tab-separated-values", filename="q3_measures.tsv")
    return m, False, []


@reg(A)
def a_no_content_type_part(rng, key):
    """Built by hand: the attachment part has a filename but no Content-Type header."""
    ps = patients(rng, 6, region="ME", mrn="n7", age=(1, 12))
    rows = [[nm(p, "lf"), fd(p.dob, "us"), p.mrn, fp(p.phone, "dash")] for p in ps]
    data = csv_text(rows, ["Name", "DOB", "Chart #", "Phone"]).encode("utf-8")
    b64 = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:16]
    hdrs = [
        "From: Scanner Relay <scan-relay@westbrookpeds.example>",
        "To: Front Office <frontoffice@westbrookpeds.example>",
        "Subject: Callback list",
        "Date: " + format_datetime(when(2024, 6, 27, 12, 4, -4)),
        "Message-ID: " + mid(key, "westbrookpeds.example"),
        "MIME-Version: 1.0",
        "X-Mailer: LegacyRelay 2.1",
        "Content-Type: multipart/mixed; boundary=\"%s\"" % boundary,
    ]
    body = ("Please call these families back about rescheduling their well-child visits; Dr. Achebe-Kline "
            "is out next week.")
    raw = "\r\n".join(hdrs) + "\r\n\r\n" + "This is a multi-part message in MIME format.\r\n\r\n"
    raw += "--%s\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n%s\r\n\r\n" % (boundary, body)
    raw += ("--%s\r\nContent-Disposition: attachment; filename=\"callbacks.csv\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--%s--\r\n" % (boundary, b64.rstrip("\r\n"), boundary))
    return raw.encode("ascii"), True, ["NAME", "DOB", "MRN", "PHONE", "CARE"]


# ===========================================================================
# struct-hl7
# ===========================================================================
H = "struct-hl7"


def seg(name, fields):
    n = max(fields) if fields else 0
    return name + "|" + "|".join(fields.get(i, "") for i in range(1, n + 1))


def msh(send_app, send_fac, recv_app, recv_fac, ts, mtype, ctrl, ver="2.5.1", extra=None):
    f = {3: send_app, 4: send_fac, 5: recv_app, 6: recv_fac, 7: ts, 9: mtype, 10: ctrl, 11: "P", 12: ver}
    if extra:
        f.update(extra)
    n = max(f)
    return "MSH|^~\\&|" + "|".join(f.get(i, "") for i in range(3, n + 1))


def hl7_name(p, caps=True):
    s = "%s^%s^%s" % (p.last, p.first, p.middle_name or p.middle)
    return s.upper() if caps else s


def hl7_addr(p, caps=True):
    s = "%s^%s^%s^%s^%s^USA^H" % (p.street, p.apt, p.city, p.state, p.zip)
    return s.upper() if caps else s


def hl7_phone(p):
    return "^PRN^PH^^1^%s^%s" % (p.phone[:3], p.phone[3:])


def pid(p, fac, ids=("MR",), caps=True, acct=None, ssn19=True, dl=None, email=False, alias=None):
    reps = []
    for t in ids:
        if t == "MR":
            reps.append("%s^^^%s^MR" % (p.mrn, fac))
        elif t == "SS":
            reps.append("%s^^^SSA^SS" % p.ssn.replace("-", ""))
        elif t == "MB":
            reps.append("%s^^^%s^MB" % (p.member, "PCH" if p.member.startswith("XQJ") else "BSHP"))
        elif t == "MA":
            reps.append("%s^^^OHMCD^MA" % ("%012d" % (int(p.acct) * 7 % 10 ** 12)))
        elif t == "MC":
            reps.append("%s^^^CMS^MC" % p.mbi)
        elif t == "PI":
            reps.append("%s^^^%s^PI" % (p.acct[::-1], fac))
    tel = hl7_phone(p)
    if email:
        tel += "~^NET^Internet^%s" % p.email
    f = {1: "1", 3: "~".join(reps), 5: hl7_name(p, caps), 7: fd(p.dob, "hl7"), 8: p.sex,
         10: rng_choice_race(p), 11: hl7_addr(p, caps), 13: tel, 15: "ENG", 16: "M" if p.dob.year < 1980 else "S"}
    if alias:
        f[6] = alias
    if acct:
        f[18] = "%s^^^%s^AN" % (acct, fac)
    if ssn19:
        f[19] = p.ssn
    if dl:
        f[20] = dl
    return seg("PID", f)


def rng_choice_race(p):
    return ["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
            "2131-1^Other Race^CDCREC"][len(p.last) % 4]


def xcn(rng, npi=True):
    f, l, c = rng.choice(PROVIDERS)
    num = make_npi(rng) if npi else "%d" % rng.randint(1000, 9999)
    return "%s^%s^%s^^^%s^^^NPI" % (num, l.upper(), f.upper(), "DR") if npi else "%s^%s^%s" % (num, l.upper(), f.upper())


def dg1(i, d, ts, typ="A"):
    return seg("DG1", {1: str(i), 3: "%s^%s^I10" % (d[0], d[1]), 5: ts, 6: typ})


def in1(rng, p, plan="BSHPPO^Bluestem PPO", payer="BSH01^^^^^NAIC", pname="Bluestem Health Plan", rel="18^Self^HL70063"):
    return seg("IN1", {1: "1", 2: plan, 3: payer, 4: pname, 5: ("PO Box 4410^^Omaha^NE^68103" if "Bluestem" in pname else
                          "PO Box 2290^^Atlanta^GA^30301" if "Peach" in pname else "PO Box 18020^^Columbus^OH^43218"), 7: "^WPN^PH^^1^800^5550177",
                       8: "GRP%05d" % rng.randint(100, 99999), 12: "20240101", 15: "PPO", 16: hl7_name(p),
                       17: rel, 18: fd(p.dob, "hl7"), 19: hl7_addr(p), 36: p.member, 49: p.member})


@reg(H)
def h_adt_a01_body(rng, key):
    p = make_patient(rng, region="OH", mrn="n8")
    ts = "20240312083015"
    segs = [msh("EPICADT", "NWRMC", "RHAPSODY", "RIVERBEND", ts, "ADT^A01^ADT_A01", "NW%08d" % rng.randint(1, 10 ** 8),
                extra={15: "AL", 16: "NE", 18: "UNICODE UTF-8"}),
            seg("EVN", {1: "A01", 2: ts, 5: "JSMITH^Smith^Jane"}),
            pid(p, "NWRMC", ids=("MR", "SS"), acct="40%08d" % rng.randint(1, 10 ** 8)),
            seg("NK1", {1: "1", 2: "%s^%s" % (p.last.upper(), rng.choice(MALE + FEMALE).upper()), 3: "SPO^Spouse^HL70063",
                        5: hl7_phone(p)}),
            seg("PV1", {1: "1", 2: "I", 3: "4S^412^B^NWRMC^^^^^4 SOUTH", 4: "E", 7: xcn(rng), 10: "MED", 14: "7",
                        19: "V%09d" % rng.randint(1, 10 ** 9), 44: ts}),
            dg1(1, p.dx, ts),
            in1(rng, p)]
    body = ("Hi Raj,\n\nThe A01 below came through at 08:30 but never created the encounter on the Riverbend side. "
            "The PV1 looks fine to me -- could the SS repetition in PID-3 be confusing the MPI match?\n\n"
            + "\n".join(segs) + "\n\nThanks,\nLeah Okafor\nInterface Analyst, Northwind Regional Medical Center\n")
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "Raj Venkataraman <rvenkat@riverbend-health.example>",
                "A01 not creating encounter", when(2024, 3, 12, 9, 2, -4))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "SSN", "DOB", "ADDRESS", "ZIP", "PHONE", "ACCOUNT", "DIAGNOSIS", "ICD10",
                     "MEMBER_ID", "CARE", "DATE", "NPI"]


@reg(H)
def h_adt_a03_attach_hl7v2(rng, key):
    p = make_patient(rng, region="GA", mrn="n7", age=(60, 90))
    adm, dis = "20240401141200", "20240405103000"
    d2 = rng.choice([d for d in DX if d[0] != p.dx[0]])
    segs = [msh("MEDITECH", "OVH", "HIE_GW", "GAHIN", "20240405103512", "ADT^A03^ADT_A03", "OVH%07d" % rng.randint(1, 10 ** 7)),
            seg("EVN", {1: "A03", 2: "20240405103500"}),
            pid(p, "OVH", ids=("MR",), caps=True, ssn19=False),
            seg("PV1", {1: "1", 2: "I", 3: "3W^318^A^OVH", 7: xcn(rng), 10: "MED", 36: "01^Discharged to home^HL70112",
                        19: "%010d" % rng.randint(1, 10 ** 10), 44: adm, 45: dis}),
            dg1(1, p.dx, adm, "F"), dg1(2, d2, adm, "F")]
    data = ("\r".join(segs) + "\r").encode("utf-8")
    m = new_msg(key, "OVH Interfaces <interfaces@oconeevalleyhosp.example>", "onboarding@gahin-hie.example",
                "Sample A03 for HIE validation", when(2024, 4, 5, 13, 20, -4))
    set_body(m, "Attached is a production A03 from this morning for your validation step, as requested on the "
                  "onboarding call. Let us know if the PV1-36 values map correctly.\n\nOVH Interface Team\n")
    m.add_attachment(data, maintype="application", subtype="hl7-v2", filename="OVH_A03_sample.hl7")
    return m, True, ["NAME", "MRN", "DOB", "ADDRESS", "ZIP", "PHONE", "DIAGNOSIS", "ICD10", "DATE", "CARE", "NPI"]


@reg(H)
def h_adt_a08_octet(rng, key):
    p = make_patient(rng, region="WA", mrn="RB")
    dl = "WDL%s^WA^%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)), "20290215")
    segs = [msh("CERNER", "TAHOMA", "CLOVERLEAF", "RBHS", "20240619154401", "ADT^A08^ADT_A01", "Q%09d" % rng.randint(1, 10 ** 9),
                ver="2.3"),
            seg("EVN", {1: "A08", 2: "20240619154400"}),
            pid(p, "TAHOMA", ids=("MR", "MB"), acct="%09d" % rng.randint(1, 10 ** 9), dl=dl, email=True),
            seg("PV1", {1: "1", 2: "O", 3: "ORTHO^^^TAHOMA", 7: xcn(rng), 19: "%09d" % rng.randint(1, 10 ** 9),
                        44: "20240619130000"}),
            in1(rng, p)]
    data = ("\r\n".join(segs) + "\r\n").encode("utf-8")
    m = new_msg(key, "Nils Gunderson <ngunderson@tahomahealth.example>", "hl7-support@cloverleaf-vendor.test",
                "Case 118204 - A08 rejected by translation", when(2024, 6, 19, 16, 5, -7))
    set_body(m, "Attaching the A08 that the TAHOMA_IN route rejected with 'PID-20 component overflow'. "
                  "It's the raw message from the inbound queue.\n\nNils Gunderson\nTahoma Health IT\n")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename="rejected_A08_118204.hl7")
    return m, True, ["NAME", "MRN", "MEMBER_ID", "SSN", "DOB", "ADDRESS", "ZIP", "PHONE", "EMAIL", "ACCOUNT",
                     "LICENSE", "CARE", "DATE", "NPI"]


def oru_segs(rng, p, fac, app, ts, panel, with_ssn=False, ids=("MR",)):
    segs = [msh(app, fac, "EHR", "CLINIC", ts, "ORU^R01^ORU_R01", "%s%08d" % (fac[:2], rng.randint(1, 10 ** 8))),
            pid(p, fac, ids=ids, ssn19=with_ssn),
            seg("PV1", {1: "1", 2: "O", 3: "LAB^^^" + fac, 7: xcn(rng)}),
            seg("ORC", {1: "RE", 2: "ORD%06d" % rng.randint(1, 10 ** 6), 3: "F%07d" % rng.randint(1, 10 ** 7)}),
            seg("OBR", {1: "1", 2: "ORD%06d" % rng.randint(1, 10 ** 6), 3: "F%07d" % rng.randint(1, 10 ** 7),
                        4: panel[0], 7: ts[:12], 16: xcn(rng), 22: ts[:12], 25: "F"})]
    for i, (code, name, val, unit, rng_, flag) in enumerate(panel[1]):
        segs.append(seg("OBX", {1: str(i + 1), 2: "NM", 3: "%s^%s^LN" % (code, name), 5: val, 6: unit, 7: rng_,
                                8: flag, 11: "F", 14: ts[:12]}))
    return segs


CBC = ("58410-2^CBC panel - Blood by Automated count^LN",
       [("6690-2", "WBC", "13.8", "10*3/uL", "4.0-11.0", "H"), ("718-7", "Hemoglobin", "9.1", "g/dL", "12.0-16.0", "L"),
        ("4544-3", "Hematocrit", "28.4", "%", "36-46", "L"), ("777-3", "Platelets", "412", "10*3/uL", "150-400", "H")])
BMP = ("51990-0^Basic metabolic panel - Blood^LN",
       [("2951-2", "Sodium", "131", "mmol/L", "135-145", "L"), ("2823-3", "Potassium", "5.6", "mmol/L", "3.5-5.1", "H"),
        ("2160-0", "Creatinine", "2.4", "mg/dL", "0.6-1.2", "H"), ("2345-7", "Glucose", "248", "mg/dL", "70-99", "H")])


@reg(H)
def h_oru_body(rng, key):
    p = make_patient(rng, region="ME", mrn="n10", dx_pool=[d for d in DX if d[0] in ("N18.30", "E11.9")])
    segs = oru_segs(rng, p, "HPCL", "SUNQUEST", "20240508071522", BMP)
    body = ("Dr. Tattersall,\n\nThe BMP below crossed into the wrong chart (same last name, different DOB). We have "
            "corrected it in the LIS; please make sure the result is removed from the other patient's record.\n\n"
            + "\n".join(segs) + "\n\nHarbor Point Clinical Lab - Client Services\n(207) 555-0116\n")
    m = new_msg(key, "Client Services <clientservices@harborpointlab.test>", "Imogen Tattersall <itattersall@cascobaypcn.example>",
                "Misfiled result - corrective action", when(2024, 5, 8, 10, 44, -4))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "DOB", "ADDRESS", "ZIP", "PHONE", "CARE", "DATE", "NPI"]


@reg(H)
def h_oru_attach_txt(rng, key):
    p = make_patient(rng, region="OH", mrn="n8")
    segs = oru_segs(rng, p, "NWRMC", "BEAKER", "20240711062010", CBC, with_ssn=True, ids=("MR", "SS"))
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "lab-interfaces@greenecountyclinics.example",
                "ORU from this AM - OBX-8 flags", when(2024, 7, 11, 8, 15, -4))
    set_body(m, "Here's the ORU you asked about, saved as text. Note OBX-8 is populated with H/L only -- we "
                  "don't send HH/LL from Beaker.\n\nLeah\n")
    m.add_attachment("\r\n".join(segs) + "\r\n", subtype="plain", filename="ORU_R01_0711.txt")
    return m, True, ["NAME", "MRN", "SSN", "DOB", "ADDRESS", "ZIP", "PHONE", "CARE", "DATE", "NPI"]


@reg(H)
def h_siu_body(rng, key):
    p = make_patient(rng, region="WI", mrn="n7")
    ts = "20240902101500"
    segs = [msh("ATHENA", "CVIM", "MIRTH", "SPH", ts, "SIU^S12^SIU_S12", "S%08d" % rng.randint(1, 10 ** 8)),
            seg("SCH", {1: "%08d" % rng.randint(1, 10 ** 8), 6: "NEW^New appointment", 7: "FU^Follow-up",
                        8: "FU30^Follow-up 30 min", 9: "30", 10: "MIN", 11: "^^30^20240910143000^20240910150000",
                        16: xcn(rng), 25: "BOOKED"}),
            pid(p, "CVIM", ids=("MR",), ssn19=False),
            seg("RGS", {1: "1", 2: "A"}),
            seg("AIS", {1: "1", 2: "A", 3: "99214^Office visit est moderate^CPT", 4: "20240910143000", 7: "30", 8: "MIN"}),
            seg("AIP", {1: "1", 2: "A", 3: xcn(rng), 4: "MD"}),
            seg("AIL", {1: "1", 2: "A", 3: "CVIM-EC^EXAM 4^^Chippewa Valley Internal Medicine"})]
    body = ("Mirth channel SIU_IN is throwing 'AIL-3 invalid location' on every booking from athena since the "
            "upgrade. Example from this morning:\n\n" + "\n".join(segs)
            + "\n\nCan you check whether the location mapping table got reset?\n\n-- Corey Hatch, CVIM IT\n")
    m = new_msg(key, "Corey Hatch <chatch@cvim.example>", "integration@sacredpinehealth.example",
                "SIU S12 failing on AIL-3", when(2024, 9, 2, 10, 40, -5))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "DOB", "ADDRESS", "ZIP", "PHONE", "CARE", "DATE", "NPI"]


@reg(H)
def h_orm_quoted_reply(rng, key):
    p = make_patient(rng, region="GA", mrn="n8", member="XQJ")
    ts = "20241015091233"
    segs = [msh("ECW", "CHFP", "RIS", "MGIMAGING", ts, "ORM^O01^ORM_O01", "CH%07d" % rng.randint(1, 10 ** 7), ver="2.3.1"),
            pid(p, "CHFP", ids=("MR", "MB"), ssn19=False),
            seg("PV1", {1: "1", 2: "O", 7: xcn(rng)}),
            in1(rng, p, plan="XQJHMO^Peach Care HMO", payer="PCH77^^^^^NAIC", pname="Peach Care Health Plan"),
            seg("ORC", {1: "NW", 2: "CH%06d" % rng.randint(1, 10 ** 6), 9: ts, 12: xcn(rng)}),
            seg("OBR", {1: "1", 2: "CH%06d" % rng.randint(1, 10 ** 6), 4: "71046^XR CHEST 2 VIEWS^CPT4", 6: ts,
                        13: "r/o pneumonia, productive cough x 2 wks", 27: "^^^^^R"}),
            seg("DG1", {1: "1", 3: "R05.1^Acute cough^I10", 6: "W"})]
    orig = ("The order below went out at 09:12 and we never got the ORR back. Is it sitting in your queue?\n\n"
            + "\n".join(segs) + "\n\nTamika\nCedar Hollow Family Practice")
    body = ("Found it -- the IN1 plan code XQJHMO isn't in our payer table so it parked in the error queue. "
            "I've added the plan and resubmitted; you should see the ORR now.\n\nBrett Mayhew\nMiddle Georgia Imaging, PACS/RIS admin\n\n"
            "On Tue, Oct 15, 2024 at 9:20 AM Tamika Greer <tgreer@cedarhollowfp.example> wrote:\n" + quote(orig))
    m = new_msg(key, "Brett Mayhew <bmayhew@mgimaging.example>", "Tamika Greer <tgreer@cedarhollowfp.example>",
                "Re: chest xray order not acknowledged", when(2024, 10, 15, 11, 2, -4), reply_to_key=key + "-o")
    set_body(m, body)
    return m, True, ["NAME", "MRN", "MEMBER_ID", "DOB", "ADDRESS", "ZIP", "PHONE", "DIAGNOSIS", "ICD10", "CARE", "DATE", "NPI"]


@reg(H)
def h_neg_mapping_discussion(rng, key):
    body = ("Hi all,\n\nSummary of the field-mapping decisions from today's interface design session for the "
            "Riverbend ADT feed (no production data discussed):\n\n"
            "1. PID-3 should carry the MR type code for the enterprise MRN, with assigning authority RBHS. Repetitions "
            "with type code SS will be stripped by the engine before delivery to downstream systems.\n"
            "2. PID-5 stays LAST^FIRST^MIDDLE; we will not populate the suffix or degree components.\n"
            "3. PID-7 is date-only (YYYYMMDD). Anything with a time component gets truncated.\n"
            "4. PV1-3 location: POC^ROOM^BED^FACILITY. The facility component maps from our table LOC_XREF.\n"
            "5. DG1-3 uses CWE with coding system I10; DG1-6 must be A, W or F.\n"
            "6. IN1-36 is the policy number; IN1-49 is dropped.\n\n"
            "Template for the test harness (placeholders only):\n\n"
            "MSH|^~\\&|<SENDAPP>|<SENDFAC>|RHAPSODY|RBHS|<YYYYMMDDHHMMSS>||ADT^A01^ADT_A01|<CTRLID>|T|2.5.1\n"
            "PID|1||<MRN>^^^RBHS^MR||<LAST>^<FIRST>^<MIDDLE>||<YYYYMMDD>|<SEX>\n"
            "PV1|1|<CLASS>|<POC>^<ROOM>^<BED>^RBHS\n\n"
            "Next session Thursday: ORU OBX-5 data types and the SIU resource segments.\n\n"
            "Raj Venkataraman\nIntegration Architect, Riverbend Health System\n")
    m = new_msg(key, "Raj Venkataraman <rvenkat@riverbend-health.example>", "interface-team@riverbend-health.example",
                "ADT mapping decisions - session 3", when(2024, 2, 22, 17, 10))
    set_body(m, body)
    return m, False, []


@reg(H)
def h_batch_cr_only(rng, key):
    ps = patients(rng, 4, region="OH", mrn="n8")
    segs = ["FHS|^~\\&|EPICADT|NWRMC|HIE|OHIE|20240820020000||NWRMC_ADT_20240820.hl7",
            "BHS|^~\\&|EPICADT|NWRMC|HIE|OHIE|20240820020000"]
    for i, p in enumerate(ps):
        ev = rng.choice(["A01", "A03", "A08"])
        t = "202408191%d%02d00" % (rng.randint(0, 9), rng.randint(0, 59))
        segs += [msh("EPICADT", "NWRMC", "HIE", "OHIE", t, "ADT^%s^ADT_A01" % ev, "B%06d" % (i + 1)),
                 seg("EVN", {1: ev, 2: t}),
                 pid(p, "NWRMC", ids=("MR", "SS"), ssn19=True),
                 seg("PV1", {1: "1", 2: "I", 3: "5E^5%02d^A^NWRMC" % rng.randint(1, 30), 7: xcn(rng), 44: t}),
                 dg1(1, p.dx, t)]
    segs += ["BTS|%d" % len(ps), "FTS|1"]
    data = ("\r".join(segs) + "\r").encode("utf-8")
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "support@ohie-exchange.example",
                "Nightly batch file - BTS count mismatch?", when(2024, 8, 20, 8, 33, -4))
    set_body(m, "Your portal reports a BTS count mismatch on last night's file but I count 4 messages and BTS|4. "
                  "File attached exactly as sent (CR segment terminators).\n\nLeah\n")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename="NWRMC_ADT_20240820.hl7")
    return m, True, ["NAME", "MRN", "SSN", "DOB", "ADDRESS", "ZIP", "PHONE", "DIAGNOSIS", "ICD10", "CARE", "DATE", "NPI"]


@reg(H)
def h_adt_a01_medicaid_body(rng, key):
    p = make_patient(rng, region="OH", mrn="E", member="MCD", age=(0, 12))
    guardian = make_patient(rng, region="OH")
    guardian.last = p.last
    ts = "20241103224510"
    segs = [msh("EPICADT", "NWRMC", "BUCKEYEMCO", "BMCO", ts, "ADT^A01^ADT_A01", "NW%08d" % rng.randint(1, 10 ** 8)),
            seg("EVN", {1: "A01", 2: ts}),
            pid(p, "NWRMC", ids=("MR", "MA", "MB"), ssn19=False),
            seg("NK1", {1: "1", 2: hl7_name(guardian), 3: "MTH^Mother^HL70063", 4: hl7_addr(p), 5: hl7_phone(guardian)}),
            seg("PV1", {1: "1", 2: "I", 3: "PEDS^208^A^NWRMC", 4: "E", 7: xcn(rng), 10: "PED", 44: ts}),
            seg("PV2", {3: "^Asthma exacerbation, status asthmaticus"}),
            seg("DG1", {1: "1", 3: "J45.52^Severe persistent asthma with status asthmaticus^I10", 5: ts, 6: "A"}),
            in1(rng, p, plan="BMCO^Buckeye Medicaid MCO", pname="Buckeye Medicaid MCO", rel="19^Child^HL70063"),
            seg("IN2", {1: guardian.ssn.replace("-", ""), 2: guardian.ssn})]
    body = ("Buckeye UM nurse line,\n\nPer your notification requirement, pediatric admission notice below (ADT as "
            "generated). Auth request to follow within 24h.\n\n" + "\n".join(segs)
            + "\n\nUtilization Management\nNorthwind Regional Medical Center\nFax (937) 555-0109\n")
    m = new_msg(key, "UM Department <um@nwrmc.example>", "admit-notify@buckeyemco.example",
                "Admission notification - PEDS", when(2024, 11, 3, 23, 15))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "MEMBER_ID", "DOB", "ADDRESS", "ZIP", "PHONE", "SSN", "DIAGNOSIS", "ICD10",
                     "CARE", "DATE", "NPI"]


@reg(H)
def h_path_oru_cr_txt(rng, key):
    p = make_patient(rng, region="WA", mrn="n8", age=(40, 80))
    while p.sex != "F":
        p = make_patient(rng, region="WA", mrn="n8", age=(40, 80))
    ts = "20240927143000"
    segs = [msh("COPATH", "TAHOMA", "EHR", "TAHOMA", ts, "ORU^R01^ORU_R01", "P%08d" % rng.randint(1, 10 ** 8)),
            pid(p, "TAHOMA", ids=("MR", "MC"), ssn19=False, caps=False),
            seg("OBR", {1: "1", 3: "S24-%05d" % rng.randint(1, 99999), 4: "88305^Surgical pathology^CPT4", 7: "20240924101500",
                        16: xcn(rng), 25: "F"}),
            seg("OBX", {1: "1", 2: "TX", 3: "22634-0^Path report.gross^LN", 5: "Received in formalin labeled with the patient's name, "
                        "a 2.1 x 1.4 x 0.8 cm core biopsy, right breast 10 o'clock.", 11: "F"}),
            seg("OBX", {1: "2", 2: "TX", 3: "22637-3^Path report.final diagnosis^LN",
                        5: "Invasive ductal carcinoma, grade 2. ER positive (95%), PR positive (60%), HER2 1+ (negative).", 11: "F"}),
            seg("NTE", {1: "1", 3: "Results called to Dr. Brandt 09/27/2024 14:20 by pathologist."})]
    data = ("\r".join(segs) + "\r").encode("utf-8")
    m = new_msg(key, "Pathology IT <path-it@tahomahealth.example>", "Helena Brandt <hbrandt@tahoma-onc.example>",
                "Copy of final path report message", when(2024, 9, 27, 15, 5, -7))
    set_body(m, "Dr. Brandt, as discussed, the final report didn't cross to your EHR because of the TX/FT "
                  "mismatch. The raw message is attached so your IT can compare.\n")
    m.add_attachment(data, maintype="text", subtype="plain", filename="path_report_S24.txt")
    return m, True, ["NAME", "MRN", "MBI", "DOB", "ADDRESS", "ZIP", "PHONE", "DIAGNOSIS", "CARE", "DATE", "NPI"]


@reg(H)
def h_neg_ack_heartbeat(rng, key):
    segs = ["MSH|^~\\&|RHAPSODY|RBHS|EPICADT|NWRMC|20240506000500||ACK^A01^ACK|ACK00451277|P|2.5.1",
            "MSA|AA|NW00451277|Message accepted"]
    hb = ["MSH|^~\\&|HEARTBEAT|RBHS|MONITOR|RBHS|20240506000600||ADT^A01|HB000001|P|2.5.1",
          "EVN|A01|20240506000600"]
    body = ("FYI -- the overnight monitor showed a 22-minute gap in ACKs around midnight. The engine recovered on "
            "its own. First ACK after the gap and the heartbeat we inject every minute, for reference:\n\n"
            + "\n".join(segs) + "\n\n" + "\n".join(hb)
            + "\n\nNo messages lost per the sequence log. Closing the alert.\n\n-- Integration on-call\n")
    m = new_msg(key, "Integration On-call <integration-oncall@riverbend-health.example>",
                "interface-team@riverbend-health.example", "ACK gap 23:43-00:05 - resolved", when(2024, 5, 6, 7, 12, -4))
    set_body(m, body)
    return m, False, []


@reg(H)
def h_rde_pharmacy_body(rng, key):
    p = make_patient(rng, region="ME", mrn="n10", dx_pool=[d for d in DX if d[0] in ("I48.91", "B20", "G40.909", "E03.9")])
    ts = "20240118200411"
    f, l, c = rng.choice(PROVIDERS[:8])
    dea = make_dea(rng, l)
    segs = [msh("EPICRX", "CASCO", "OMNICELL", "CASCO", ts, "RDE^O11^RDE_O11", "RX%07d" % rng.randint(1, 10 ** 7)),
            pid(p, "CASCO", ids=("MR",), ssn19=False),
            seg("PV1", {1: "1", 2: "I", 3: "MED2^221^B^CASCO"}),
            seg("ORC", {1: "NW", 2: "RX%06d" % rng.randint(1, 10 ** 6), 12: "%s^%s^%s^^^DR^^^DEA" % (dea, l.upper(), f.upper())}),
            seg("RXE", {1: "^BID&0900,2100^^20240118", 2: "RX1^%s^LOCAL" % p.dx[2], 3: "1", 5: "TAB",
                        21: {"I48.91": "Hold for signs of bleeding", "E03.9": "Give on empty stomach",
                             "B20": "Do not crush", "G40.909": "Do not skip doses"}[p.dx[0]]}),
            seg("RXR", {1: "PO^Oral^HL70162"}),
            seg("DG1", {1: "1", 3: "%s^%s^I10" % p.dx[:2], 6: "W"})]
    body = ("Pharmacy informatics -- the Omnicell profile is not picking up the RXE-1 timing from this order (shows "
            "as 'once'). Message:\n\n" + "\n".join(segs) + "\n\nNurse had to override at 21:00.\n\nMegan Tully RN, "
            "Med 2 Charge\n")
    m = new_msg(key, "Megan Tully <mtully@cascobaypcn.example>", "rx-informatics@cascobaypcn.example",
                "RDE timing not loading to cabinet", when(2024, 1, 18, 21, 30))
    set_body(m, body)
    return m, True, ["NAME", "MRN", "DOB", "ADDRESS", "ZIP", "PHONE", "MEDICATION", "DIAGNOSIS", "ICD10", "CARE", "DEA"]


@reg(H)
def h_vxu_attach_txt_lf(rng, key):
    p = make_patient(rng, region="WI", mrn="n7", age=(0, 3))
    ts = "20240611101000"
    segs = [msh("EHR", "WESTPEDS", "WIR", "WIDHS", ts, "VXU^V04^VXU_V04", "V%07d" % rng.randint(1, 10 ** 7),
                extra={21: "Z22^CDCPHINVS"}),
            pid(p, "WESTPEDS", ids=("MR",), ssn19=False),
            seg("ORC", {1: "RE", 3: "IZ%06d" % rng.randint(1, 10 ** 6)}),
            seg("RXA", {1: "0", 2: "1", 3: "20240611", 5: "08^Hep B, adolescent or pediatric^CVX", 6: "0.5", 7: "mL^mL^UCUM",
                        15: "HB%05d" % rng.randint(1, 99999), 17: "MSD^Merck^MVX"}),
            seg("RXR", {1: "C28161^Intramuscular^NCIT", 2: "RT^Right thigh^HL70163"})]
    m = new_msg(key, "Westbrook Pediatrics <it@westbrookpeds.example>", "wir-support@widhs-registry.example",
                "VXU rejected - RXA-5 code", when(2024, 6, 11, 12, 0, -5))
    set_body(m, "Registry returned AE on this VXU. Saved the outbound message as a text file (LF line ends, sorry).\n")
    m.add_attachment(("\n".join(segs) + "\n").encode("utf-8"), maintype="text", subtype="plain",
                     filename="vxu_0611.txt", params={"charset": "utf-8"})
    return m, True, ["NAME", "MRN", "DOB", "ADDRESS", "ZIP", "PHONE", "MEDICATION", "CARE", "DATE"]


# ===========================================================================
# struct-x12
# ===========================================================================
X = "struct-x12"


def isa_seg(sender, receiver, d, ctrl, elem="*", rep="^", comp=":", usage="P"):
    f = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", sender.ljust(15), "ZZ", receiver.ljust(15),
         d.strftime("%y%m%d"), d.strftime("%H%M"), rep, "00501", "%09d" % ctrl, "0", usage, comp]
    s = elem.join(f)
    assert len(s) + 1 == 106, len(s)
    return s


def x12_render(isa, segs, elem="*", comp=":", rep="^", term="~", nl="\n"):
    """segs are written canonically with '*' element and ':' component separators."""
    out = [isa]
    for s in segs:
        els = s.split("*")
        els = [comp.join(e.split(":")) if ":" in e else e for e in els]
        out.append(elem.join(els))
    return (term + nl).join(out) + term + (nl if nl else "")


def interchange(txs, sender, receiver, gs_code, impl, d, ctrl, elem="*", comp=":", rep="^", term="~", nl="\n", usage="P"):
    """txs: list of (st_id, body_segments)."""
    segs = ["GS*%s*%s*%s*%s*%s*%d*X*%s" % (gs_code, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctrl, impl)]
    for i, (st_id, body) in enumerate(txs):
        stc = "%04d" % (i + 1)
        st = "ST*%s*%s*%s" % (st_id, stc, impl)
        segs += [st] + body + ["SE*%d*%s" % (len(body) + 2, stc)]
    segs += ["GE*%d*%d" % (len(txs), ctrl), "IEA*1*%09d" % ctrl]
    return x12_render(isa_seg(sender, receiver, d, ctrl, elem, rep, comp, usage), segs, elem, comp, rep, term, nl)


def xn(s):
    return fold(s).upper().replace(".", "")


def xdx(code):
    return code.replace(".", "")


BILLERS = {
    "CHFP": ("CEDAR HOLLOW FAMILY PRACTICE", "400 ORCHARD WAY", "MACON", "GA", "312014410", "581234567"),
    "MVSP": ("MIAMI VALLEY SPINE AND PAIN", "2200 FAR HILLS AVE STE 300", "KETTERING", "OH", "454291877", "311987654"),
    "LOA": ("LAKESHORE ORTHOPEDIC ASSOCIATES", "1500 S UNION AVE", "TACOMA", "WA", "984051122", "911234321"),
    "OVH": ("OCONEE VALLEY HOSPITAL", "1 HOSPITAL DR", "MACON", "GA", "312013300", "582223344"),
}
PAYERS = {"BSH": ("BLUESTEM HEALTH PLAN", "BSHP1"), "XQJ": ("PEACH CARE HEALTH PLAN", "PCH77"),
          "MCR": ("CAPSTONE MEDICARE SERVICES", "10211"), "ZGP": ("GREAT LAKES MUTUAL", "GLM42")}


def billing_loop(rng, key, npi, taxonomy="207Q00000X"):
    n, a, c, s, z, ein = BILLERS[key]
    return ["HL*1**20*1", "PRV*BI*PXC*%s" % taxonomy, "NM1*85*2*%s*****XX*%s" % (n, npi), "N3*%s" % a,
            "N4*%s*%s*%s" % (c, s, z), "REF*EI*%s" % ein]


def sub_loop(p, payer, idval, hl="2", child=False, ssn=False, sbr="SBR*P*18*******CI"):
    segs = ["HL*%s*1*22*%d" % (hl, 1 if child else 0), sbr if not child else sbr.replace("*18*", "**"),
            "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, idval),
            "N3*%s" % xn(addr1(p)), "N4*%s*%s*%s" % (xn(p.city), p.state, p.zip),
            "DMG*D8*%s*%s" % (fd(p.dob, "hl7"), p.sex)]
    if ssn:
        segs.append("REF*SY*%s" % p.ssn.replace("-", ""))
    segs.append("NM1*PR*2*%s*****PI*%s" % PAYERS[payer])
    return segs


def claim_837p(rng, p, dos, lines, rend, mrn=True, pa=None, pos="11"):
    total = sum(l[1] for l in lines)
    segs = ["CLM*%s*%s***%s:B:1*Y*A*Y*Y" % (p.acct, ("%.2f" % total).rstrip("0").rstrip("."), pos),
            "DTP*431*D8*%s" % fd(dos - dt.timedelta(days=rng.randint(3, 40)), "hl7")]
    if pa:
        segs.append("REF*G1*%s" % pa)
    if mrn:
        segs.append("REF*EA*%s" % p.mrn)
    d2 = rng.choice([d for d in DX if d[0] != p.dx[0]])
    segs.append("HI*ABK:%s*ABF:%s" % (xdx(p.dx[0]), xdx(d2[0])))
    f, l, c = rend
    segs += ["NM1*82*1*%s*%s****XX*%s" % (xn(l), xn(f), make_npi(rng)), "PRV*PE*PXC*207Q00000X"]
    for i, (cpt, amt) in enumerate(lines):
        segs += ["LX*%d" % (i + 1), "SV1*HC:%s*%s*UN*1***1:2" % (cpt, ("%.2f" % amt).rstrip("0").rstrip(".")),
                 "DTP*472*D8*%s" % fd(dos, "hl7")]
    return segs


def hdr_837(ref, d):
    return ["BHT*0019*00*%s*%s*%s*CH" % (ref, d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "NM1*41*2*CLEARPATH BILLING SERVICES*****46*CPB7781", "PER*IC*EDI DESK*TE*5555550142",
            "NM1*40*2*APEX CLAIMS EXCHANGE*****46*APX001"]


P837_TYPES = ["NAME", "MEMBER_ID", "DOB", "ADDRESS", "ZIP", "ICD10", "ACCOUNT", "DATE", "CARE", "NPI"]


@reg(X)
def x_837p_body_lines(rng, key):
    p = make_patient(rng, region="GA", mrn="CH", member="XQJ")
    d = dt.datetime(2024, 3, 15, 10, 23)
    body = hdr_837("244579", d) + billing_loop(rng, "CHFP", make_npi(rng)) + sub_loop(p, "XQJ", p.member)
    body += claim_837p(rng, p, dt.date(2024, 3, 12), [("99214", 185.0), ("83036", 29.0)], PROVIDERS[5])
    edi = interchange([("837", body)], "CPB7781", "APX001", "HC", "005010X222A1", d, 1001)
    text = ("Hi Apex support,\n\nThis claim rejected at the clearinghouse with 'Subscriber Primary Identifier "
            "invalid' (loop 2010BA, NM109). The member ID matches the card on file. Can you tell me what format "
            "Peach Care expects? Full transaction below:\n\n" + edi
            + "\nThanks,\nDana Whitlow\nClearPath Billing Services\n")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "support@apexclaims.example",
                "2010BA NM109 rejection - Peach Care", when(2024, 3, 15, 11, 2, -4))
    set_body(m, text)
    return m, True, P837_TYPES + ["MRN"]


@reg(X)
def x_837p_txt_oneline_multi(rng, key):
    ps = patients(rng, 3, region="OH", mrn="n8", member="BSH")
    d = dt.datetime(2024, 5, 2, 16, 40)
    body = hdr_837("0502A17", d) + billing_loop(rng, "MVSP", make_npi(rng), "208VP0014X")
    hl = 2
    for p in ps:
        segs = sub_loop(p, "BSH", p.member, hl=str(hl))
        body += segs + claim_837p(rng, p, dt.date(2024, 4, rng.randint(22, 30)),
                                  [(rng.choice(["99214", "99204"]), 240.0), ("64483", 1150.0)], PROVIDERS[4],
                                  pa="PA%08d" % rng.randint(1, 10 ** 8))
        hl += 1
    edi = interchange([("837", body)], "CPB7781", "APX001", "HC", "005010X222A1", d, 1187, nl="")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "edi-team@bluestemhealth.example",
                "Batch 1187 - 3 claims missing from 277CA", when(2024, 5, 6, 9, 18, -4))
    set_body(m, "Hello,\n\nWe got a 999 accept for batch 1187 but the 277CA only lists one of the three claims. "
                  "Original file attached as sent (single line, no CR/LF). Can you trace the other two?\n\nDana Whitlow\n"
                  "ClearPath Billing Services\n")
    m.add_attachment(edi, subtype="plain", filename="CPB_837P_1187.txt")
    return m, True, P837_TYPES + ["MRN", "CARE"]


@reg(X)
def x_837i_x12_attach(rng, key):
    p = make_patient(rng, region="GA", mrn="n7", age=(68, 92), dx_pool=[d for d in DX if d[0] in ("J18.9", "I50.9", "A41.9")])
    d = dt.datetime(2024, 4, 12, 2, 15)
    adm, dis = dt.date(2024, 4, 1), dt.date(2024, 4, 5)
    f, l, c = PROVIDERS[0]
    body = hdr_837("OVH041201", d) + billing_loop(rng, "OVH", make_npi(rng), "282N00000X")
    body += sub_loop(p, "MCR", p.mbi, sbr="SBR*P*18*******MA")
    body += ["CLM*%s*18452.75***11:A:1**A*Y*Y" % p.acct, "DTP*096*TM*1030",
             "DTP*434*RD8*%s-%s" % (fd(adm, "hl7"), fd(dis, "hl7")), "DTP*435*DT*%s1415" % fd(adm, "hl7"),
             "CL1*1*7*01", "REF*EA*%s" % p.mrn, "HI*ABK:%s" % xdx(p.dx[0]), "HI*ABJ:R0602",
             "HI*ABF:I10*ABF:E119*ABF:N1830", "HI*BE:80:::4",
             "NM1*71*1*%s*%s****XX*%s" % (xn(l), xn(f), make_npi(rng))]
    lines = [("0120", "", "6800", "DA", "4"), ("0250", "", "1240.5", "UN", "22"), ("0300", "HC:80053", "412.25", "UN", "3"),
             ("0320", "HC:71046", "385", "UN", "2"), ("0450", "HC:99285", "2815", "UN", "1"), ("0636", "HC:J0696", "6800", "UN", "4")]
    for i, (rev, hc, amt, u, q) in enumerate(lines):
        body += ["LX*%d" % (i + 1), "SV2*%s*%s*%s*%s*%s" % (rev, hc, amt, u, q)]
    edi = interchange([("837", body)], "OVH0001", "CAPSTONEMAC", "HC", "005010X223A2", d, 41201)
    m = new_msg(key, "Marcus Bell <mbell@oconeevalleyhosp.example>", "Apex Support <support@apexclaims.example>",
                "837I returned - CL1 / HI value code edit", when(2024, 4, 12, 10, 31, -4))
    set_body(m, "Apex team,\n\nThe MAC returned this inpatient claim with reason 'invalid value code'. I believe "
                  "HI*BE is formatted correctly. Interchange attached.\n\nMarcus Bell\nPatient Financial Services\n")
    m.add_attachment(edi.encode("ascii"), maintype="application", subtype="edi-x12", filename="OVH_837I_41201.x12")
    return m, True, ["NAME", "MBI", "DOB", "ADDRESS", "ZIP", "ICD10", "ACCOUNT", "MRN", "DATE", "CARE", "NPI"]


def amt(v):
    s = "%.2f" % v
    return s.rstrip("0").rstrip(".") if "." in s else s


def remit_835(rng, ps, d, npi):
    total = 0.0
    claims = []
    for p in ps:
        dos = dt.date(2024, 2, rng.randint(5, 28))
        chg = rng.choice([185.0, 240.0, 96.0, 142.0])
        paid = round(chg * rng.uniform(0.55, 0.8), 2)
        pr = rng.choice([0, 20, 25, 40])
        paid = max(0, round(paid - pr, 2))
        co = round(chg - paid - pr, 2)
        total += paid
        cpt = rng.choice(["99213", "99214", "99204"])
        claims += ["CLP*%s*1*%s*%s*%s*12*%s*11*1" % (p.acct, amt(chg), amt(paid), amt(pr), "BSH24%09d" % rng.randint(1, 10 ** 9)),
                   "NM1*QC*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, p.member),
                   "NM1*82*1*MARSH*COLLEEN****XX*%s" % npi,
                   "DTM*232*D8*%s" % fd(dos, "hl7"),
                   "SVC*HC:%s*%s*%s**1" % (cpt, amt(chg), amt(paid)), "DTM*472*D8*%s" % fd(dos, "hl7")]
        if pr:
            claims.append("CAS*PR*%d*%s" % (1 if pr == 40 else 3, amt(pr)))
        claims += ["CAS*CO*45*%s" % amt(co), "AMT*B6*%s" % amt(chg - co)]
    head = ["BPR*I*%.2f*C*ACH*CCP*01*011000015*DA*0048213377*1470012345**01*061000104*DA*8810042291*%s"
            % (total, d.strftime("%Y%m%d")),
            "TRN*1*EFT%07d*1470012345" % rng.randint(1, 10 ** 7), "DTM*405*%s" % d.strftime("%Y%m%d"),
            "N1*PR*BLUESTEM HEALTH PLAN", "N3*PO BOX 4410", "N4*OMAHA*NE*68103", "PER*BL*PROVIDER SERVICES*TE*8005550177",
            "N1*PE*CEDAR HOLLOW FAMILY PRACTICE*XX*%s" % npi, "REF*TJ*581234567", "LX*1"]
    return head + claims


@reg(X)
def x_835_edi_attach(rng, key):
    ps = patients(rng, 5, region="GA", member="BSH")
    d = dt.datetime(2024, 3, 20, 4, 0)
    edi = interchange([("835", remit_835(rng, ps, d, make_npi(rng)))], "BSHP1", "CPB7781", "HP", "005010X221A1", d, 77120)
    m = new_msg(key, "ERA Delivery <era@bluestemhealth.example>", "remits@clearpathbilling.test",
                "ERA 77120 - Cedar Hollow Family Practice", when(2024, 3, 20, 4, 5, -4))
    set_body(m, "An electronic remittance advice is attached for payee CEDAR HOLLOW FAMILY PRACTICE.\n"
                  "This mailbox is not monitored.\n")
    m.add_attachment(edi.encode("ascii"), maintype="application", subtype="octet-stream", filename="ERA_77120.edi")
    return m, True, ["NAME", "MEMBER_ID", "ACCOUNT", "DATE", "CARE", "NPI"]


def eligibility_270(rng, ps, d, npi, payer="BSH"):
    segs = ["BHT*0022*13*%s*%s*%s" % ("E%07d" % rng.randint(1, 10 ** 7), d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "HL*1**20*1", "NM1*PR*2*%s*****PI*%s" % PAYERS[payer], "HL*2*1*21*1",
            "NM1*1P*2*MIAMI VALLEY SPINE AND PAIN*****XX*%s" % npi]
    hl = 3
    for p in ps:
        segs += ["HL*%d*2*22*0" % hl, "TRN*1*%s*9311987654" % ("93175-%06d" % rng.randint(1, 10 ** 6)),
                 "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, p.member),
                 "DMG*D8*%s*%s" % (fd(p.dob, "hl7"), p.sex), "DTP*291*D8*%s" % d.strftime("%Y%m%d"), "EQ*30"]
        hl += 1
    return segs


@reg(X)
def x_270_body(rng, key):
    ps = patients(rng, 3, region="OH", member="ZGP")
    d = dt.datetime(2024, 7, 8, 6, 30)
    edi = interchange([("270", eligibility_270(rng, ps, d, make_npi(rng), "ZGP"))], "MVSP0001", "GLM42", "HS",
                      "005010X279A1", d, 5531)
    text = ("Hi Great Lakes EDI,\n\nOur real-time 270s have been timing out since Friday. Here's one of this "
            "morning's batch requests so you can test on your side:\n\n" + edi
            + "\nWe're on the 005010X279A1 companion guide v3.2.\n\nRochelle Adeyemi\nMiami Valley Spine & Pain\n")
    m = new_msg(key, "Rochelle Adeyemi <radeyemi@mvspine.example>", "edi-support@greatlakesmutual.example",
                "270 timeouts since Friday", when(2024, 7, 8, 8, 2, -4))
    set_body(m, text)
    return m, True, ["NAME", "MEMBER_ID", "DOB", "NPI"]


@reg(X)
def x_271_txt_attach(rng, key):
    p = make_patient(rng, region="OH", member="BSH")
    d = dt.datetime(2024, 1, 8, 7, 12)
    segs = ["BHT*0022*11*E0031197*20240108*0712", "HL*1**20*1", "NM1*PR*2*BLUESTEM HEALTH PLAN*****PI*BSHP1",
            "HL*2*1*21*1", "NM1*1P*2*MIAMI VALLEY SPINE AND PAIN*****XX*%s" % make_npi(rng),
            "HL*3*2*22*0", "TRN*2*93175-004411*9311987654",
            "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, p.member),
            "REF*6P*GRP44120*MIAMI VALLEY SCHOOLS", "N3*%s" % xn(addr1(p)), "N4*%s*%s*%s" % (xn(p.city), p.state, p.zip),
            "DMG*D8*%s*%s" % (fd(p.dob, "hl7"), p.sex), "INS*Y*18*001*25", "DTP*346*D8*20240101",
            "EB*1*IND*30**BLUESTEM GOLD PPO", "EB*C*IND*30***23*1500*****Y", "EB*C*IND*30***29*1500*****Y",
            "EB*G*IND*30***23*4000*****Y", "EB*B*IND*98***27*40*****Y", "EB*A*IND*AL***27**.2****Y",
            "MSG*PRIOR AUTHORIZATION REQUIRED FOR ADVANCED IMAGING"]
    edi = interchange([("271", segs)], "BSHP1", "MVSP0001", "HB", "005010X279A1", d, 90311, nl="\r\n")
    m = new_msg(key, "Rochelle Adeyemi <radeyemi@mvspine.example>", "Dana Whitlow <dwhitlow@clearpathbilling.test>",
                "271 shows deductible met = 1500 but patient says otherwise", when(2024, 1, 8, 9, 44, -5))
    set_body(m, "Dana, see the attached 271. EB*C with 29 (remaining) shows the full 1500 remaining on Jan 8, "
                  "which makes sense, but the front desk collected against 'met'. Am I reading the qualifiers right?\n\n"
                  "Rochelle\n")
    m.add_attachment(edi, subtype="plain", filename="271_response_0108.txt")
    return m, True, ["NAME", "MEMBER_ID", "ADDRESS", "ZIP", "DOB", "NPI"]


@reg(X)
def x_276_body_oneline(rng, key):
    p = make_patient(rng, region="WA", mrn="n7", member="W")
    d = dt.datetime(2024, 6, 22, 13, 19)
    dos = dt.date(2024, 5, 14)
    segs = ["BHT*0010*13*LOA276%05d*%s*%s" % (rng.randint(1, 99999), d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "HL*1**20*1", "NM1*PR*2*GREAT LAKES MUTUAL*****PI*GLM42",
            "HL*2*1*21*1", "NM1*41*2*CLEARPATH BILLING SERVICES*****46*CPB7781",
            "HL*3*2*19*1", "NM1*1P*2*LAKESHORE ORTHOPEDIC ASSOCIATES*****XX*%s" % make_npi(rng),
            "HL*4*3*22*0", "DMG*D8*%s*%s" % (fd(p.dob, "hl7"), p.sex),
            "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, p.member),
            "TRN*1*%s" % ("CS%08d" % rng.randint(1, 10 ** 8)), "REF*BLT*131", "REF*EJ*%s" % p.acct,
            "AMT*T3*4820", "DTP*472*RD8*%s-%s" % (fd(dos, "hl7"), fd(dos, "hl7"))]
    edi = interchange([("276", segs)], "CPB7781", "GLM42", "HR", "005010X212", d, 6202, nl="")
    text = ("Team, the 276 below has gone unanswered for 3 business days. It's an outpatient surgery claim "
            "(bill type 131). Raw transaction:\n\n" + edi + "\n\nDana\n")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "edi-support@greatlakesmutual.example",
                "No 277 for claim status request", when(2024, 6, 25, 14, 0, -4))
    set_body(m, text)
    return m, True, ["NAME", "MEMBER_ID", "DOB", "ACCOUNT", "DATE", "CARE", "NPI"]


@reg(X)
def x_277_x12_attach(rng, key):
    ps = patients(rng, 2, region="WA", member="W")
    d = dt.datetime(2024, 6, 26, 5, 2)
    npi = make_npi(rng)
    segs = ["BHT*0010*08*GLM277%05d*%s*%s*DG" % (rng.randint(1, 99999), d.strftime("%Y%m%d"), d.strftime("%H%M")),
            "HL*1**20*1", "NM1*PR*2*GREAT LAKES MUTUAL*****PI*GLM42", "HL*2*1*21*1",
            "NM1*41*2*CLEARPATH BILLING SERVICES*****46*CPB7781", "HL*3*2*19*1",
            "NM1*1P*2*LAKESHORE ORTHOPEDIC ASSOCIATES*****XX*%s" % npi]
    hl = 4
    for i, p in enumerate(ps):
        dos = dt.date(2024, 5, rng.randint(1, 28))
        segs += ["HL*%d*3*22*0" % hl, "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(p.last), xn(p.first), p.middle, p.member),
                 "TRN*2*CS%08d" % rng.randint(1, 10 ** 8),
                 ("STC*F1:65*20240624**4820*3120.44*20240624**20240625*EFT88120" if i == 0 else
                  "STC*P2:35*20240626**1150"),
                 "REF*1K*GLM24%08d" % rng.randint(1, 10 ** 8), "REF*EJ*%s" % p.acct,
                 "DTP*472*RD8*%s-%s" % (fd(dos, "hl7"), fd(dos, "hl7"))]
        hl += 1
    edi = interchange([("277", segs)], "GLM42", "CPB7781", "HN", "005010X212", d, 7731)
    m = new_msg(key, "EDI Support <edi-support@greatlakesmutual.example>", "Dana Whitlow <dwhitlow@clearpathbilling.test>",
                "RE: No 277 for claim status request", when(2024, 6, 26, 9, 10, -5))
    set_body(m, "Dana,\n\nThe responses were generated this morning; attaching the 277 since your mailbox "
                  "rejected the SFTP drop. The second claim is pended for records.\n\nGreat Lakes Mutual EDI Support\n")
    m.add_attachment(edi.encode("ascii"), maintype="application", subtype="edi-x12", filename="277_7731.x12")
    return m, True, ["NAME", "MEMBER_ID", "ACCOUNT", "DATE", "CARE", "NPI"]


@reg(X)
def x_837p_pipe_delims_body(rng, key):
    p = make_patient(rng, region="WI", mrn="n7", member="BSH")
    d = dt.datetime(2024, 9, 4, 14, 7)
    body = hdr_837("SPH090401", d) + [
        "HL*1**20*1", "NM1*85*2*CHIPPEWA VALLEY INTERNAL MEDICINE*****XX*%s" % make_npi(rng),
        "N3*770 BRIDGE ST", "N4*CHIPPEWA FALLS*WI*547291414", "REF*EI*391122334"] + sub_loop(p, "BSH", p.member, ssn=True)
    body += claim_837p(rng, p, dt.date(2024, 8, 28), [("99396", 265.0), ("90686", 34.0), ("G0008", 28.0)], PROVIDERS[2])
    edi = interchange([("837", body)], "CPB7781", "APX001", "HC", "005010X222A1", d, 2290, elem="|", rep="^", comp=":")
    text = ("Apex,\n\nAfter your parser upgrade our submissions using | as the element separator (4th character of the ISA) "
            "and ^ as the repetition separator (ISA11) are being rejected as 'malformed ISA'. The spec says delimiters "
            "are whatever appears in the ISA, so this should be legal. Example:\n\n" + edi
            + "\nPlease escalate.\n\nDana Whitlow\nClearPath Billing Services\n")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "support@apexclaims.example",
                "ISA delimiter rejection after upgrade", when(2024, 9, 4, 14, 30, -5))
    set_body(m, text)
    return m, True, P837_TYPES + ["MRN", "SSN"]


@reg(X)
def x_837p_dependent_oneline_gt(rng, key):
    sub = make_patient(rng, region="ME", member="BSH", age=(30, 50))
    kid = make_patient(rng, region="ME", mrn="n7", age=(2, 15), dx_pool=[d for d in DX if d[0] in ("J45.909", "N39.0", "U07.1")])
    kid.last, kid.street, kid.apt, kid.city, kid.zip, kid.acct = sub.last, sub.street, sub.apt, sub.city, sub.zip, kid.acct
    d = dt.datetime(2024, 2, 27, 18, 51)
    body = hdr_837("WP022701", d) + [
        "HL*1**20*1", "NM1*85*2*WESTBROOK PEDIATRICS*****XX*%s" % make_npi(rng), "N3*12 MAIN ST",
        "N4*WESTBROOK*ME*040921199", "REF*EI*010998877"]
    body += ["HL*2*1*22*1", "SBR*P********CI",
             "NM1*IL*1*%s*%s*%s***MI*%s" % (xn(sub.last), xn(sub.first), sub.middle, sub.member),
             "NM1*PR*2*BLUESTEM HEALTH PLAN*****PI*BSHP1",
             "HL*3*2*23*0", "PAT*19",
             "NM1*QC*1*%s*%s" % (xn(kid.last), xn(kid.first)), "N3*%s" % xn(addr1(kid)),
             "N4*%s*%s*%s" % (xn(kid.city), kid.state, kid.zip), "DMG*D8*%s*%s" % (fd(kid.dob, "hl7"), kid.sex)]
    body += claim_837p(rng, kid, dt.date(2024, 2, 20), [("99213", 148.0), ("87880", 32.0)], PROVIDERS[11])
    edi = interchange([("837", body)], "WPEDS01", "APX001", "HC", "005010X222A1", d, 318, comp=">", nl="")
    m = new_msg(key, "Westbrook Pediatrics Billing <billing@westbrookpeds.example>", "support@apexclaims.example",
                "Dependent claim - 2010CA loop question", when(2024, 2, 28, 8, 0, -5))
    set_body(m, "Hello,\n\nFor dependents we send the patient in 2010CA (NM1*QC) under the 2000C HL and leave "
                  "2010BA for the subscriber, but this one was denied 'patient not covered'. Our component separator "
                  "is '>' per ISA16. File attached.\n\nWestbrook Pediatrics Billing Office\n")
    m.add_attachment(edi.encode("ascii"), maintype="application", subtype="octet-stream", filename="wp_837p_0318.edi")
    return m, True, ["NAME", "MEMBER_ID", "DOB", "ADDRESS", "ZIP", "ICD10", "ACCOUNT", "MRN", "DATE", "CARE", "NPI"]


@reg(X)
def x_835_quoted_reply(rng, key):
    ps = patients(rng, 3, region="GA", member="BSH")
    d = dt.datetime(2024, 4, 17, 4, 0)
    edi = interchange([("835", remit_835(rng, ps, d, make_npi(rng)))], "BSHP1", "CPB7781", "HP", "005010X221A1", d, 77488)
    orig = ("Yvette, the three CLPs below were paid but our posting shows zero. Can you check whether the "
            "CAS*CO*45 adjustments were posted as write-offs?\n\n" + edi + "\nDana")
    text = ("Dana -- found it. The posting rule treated CAS*PR*3 as a denial. Fixed and reposted; balances look "
            "right now.\n\nYvette\n\n-----Original Message-----\nFrom: Dana Whitlow <dwhitlow@clearpathbilling.test>\n"
            "Sent: Wednesday, April 17, 2024 10:12 AM\nSubject: 835 posting issue\n\n" + quote(orig))
    m = new_msg(key, "Yvette Carrasco <ycarrasco@oconeevalleyhosp.example>", "Dana Whitlow <dwhitlow@clearpathbilling.test>",
                "RE: 835 posting issue", when(2024, 4, 17, 15, 40, -4), reply_to_key=key + "-o")
    set_body(m, text)
    return m, True, ["NAME", "MEMBER_ID", "ACCOUNT", "DATE", "CARE", "NPI"]


@reg(X)
def x_neg_companion_guide(rng, key):
    text = ("All,\n\nNotes from the Bluestem 5010 companion guide v4.1 review (no member data here):\n\n"
            "- Loop 2010BA (Subscriber Name): NM108 must be 'MI' and NM109 the 12-character member ID including "
            "the BSH prefix. REF*SY (SSN) in 2010BA is no longer accepted and will trigger a 999 rejection.\n"
            "- Loop 2010CA (Patient) is only sent when the patient is not the subscriber; PAT01 carries the "
            "relationship code.\n"
            "- Loop 2300: REF*EA (medical record number) is optional but recommended for appeals; REF*G1 is "
            "required when a prior auth exists.\n"
            "- HI01 must use ABK for the principal diagnosis; no decimal points in ICD-10 codes.\n"
            "- Segment template they gave us (placeholders only):\n\n"
            "  NM1*IL*1*{LAST}*{FIRST}*{MI}***MI*{MEMBER_ID}~\n"
            "  DMG*D8*{CCYYMMDD}*{GENDER}~\n"
            "  HI*ABK:{DX1}*ABF:{DX2}~\n\n"
            "- Test files go to ISA15 = 'T' until certification; production switch targeted for 10/1.\n\n"
            "Let me know if you want the full PDF.\n\nDana Whitlow\nEDI Lead, ClearPath Billing Services\n")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "edi-team@clearpathbilling.test",
                "Bluestem companion guide v4.1 - key changes", when(2024, 8, 14, 12, 20, -4))
    set_body(m, text)
    return m, False, []


@reg(X)
def x_neg_999_ack(rng, key):
    d = dt.datetime(2024, 3, 15, 10, 26)
    body = ["AK1*HC*1001*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*A", "AK9*A*1*1*1"]
    edi = interchange([("999", body)], "APX001", "CPB7781", "FA", "005010X231A1", d, 880412)
    m = new_msg(key, "Apex Claims Exchange <noreply@apexclaims.example>", "edi-team@clearpathbilling.test",
                "Functional acknowledgement for GS 1001", when(2024, 3, 15, 10, 27, -4))
    set_body(m, "Your batch was received and accepted.\n\n" + edi + "\nApex Claims Exchange - automated notice\n")
    return m, False, []


@reg(X)
def x_837p_crlf_octet_refsy(rng, key):
    ps = patients(rng, 2, region="OH", mrn="E", member="ZGP")
    d = dt.datetime(2024, 10, 30, 22, 0)
    body = hdr_837("NWPB1030", d) + billing_loop(rng, "MVSP", make_npi(rng), "208VP0014X")
    hl = 2
    for p in ps:
        body += sub_loop(p, "ZGP", p.member, hl=str(hl), ssn=True)
        body += claim_837p(rng, p, dt.date(2024, 10, rng.randint(14, 25)), [("99214", 240.0), ("20552", 310.0)],
                           PROVIDERS[4], pos="22")
        hl += 1
    edi = interchange([("837", body)], "CPB7781", "GLM42", "HC", "005010X222A1", d, 3090, nl="\r\n")
    m = new_msg(key, "Dana Whitlow <dwhitlow@clearpathbilling.test>", "claims-edi@greatlakesmutual.example",
                "Resubmission - 2 claims rejected 10/29", when(2024, 10, 31, 8, 45, -4))
    set_body(m, "Attached are the two claims you rejected on 10/29, corrected and resubmitted. We are still "
                  "sending REF*SY in 2010BA and REF*EA in 2300 -- please confirm that's acceptable.\n\nDana\n")
    m.add_attachment(edi.encode("ascii"), maintype="application", subtype="octet-stream", filename="resub_837P_3090.x12")
    return m, True, P837_TYPES + ["MRN", "SSN"]


# ===========================================================================
# struct-fhir
# ===========================================================================
F = "struct-fhir"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
SSN_OID = "urn:oid:2.16.840.1.113883.4.1"


def fid(rng, prefix=""):
    return prefix + "".join(rng.choice("abcdef0123456789") for _ in range(8)) + "-" + \
        "".join(rng.choice("abcdef0123456789") for _ in range(4))


def fhir_patient(rng, p, org_sys, ids=("MR",), telecom=True, email=False, address=True, pid=None, gp=None):
    idents = []
    for t in ids:
        if t == "MR":
            idents.append({"use": "usual", "type": {"coding": [{"system": V2_0203, "code": "MR", "display": "Medical record number"}]},
                           "system": org_sys, "value": p.mrn})
        elif t == "SS":
            idents.append({"type": {"coding": [{"system": V2_0203, "code": "SS", "display": "Social Security number"}]},
                           "system": SSN_OID, "value": p.ssn})
        elif t == "MB":
            idents.append({"type": {"coding": [{"system": V2_0203, "code": "MB", "display": "Member Number"}]},
                           "system": "https://bluestemhealth.example/fhir/sid/member-id", "value": p.member})
        elif t == "MC":
            idents.append({"type": {"coding": [{"system": V2_0203, "code": "MC", "display": "Patient's Medicare number"}]},
                           "system": "http://hl7.org/fhir/sid/us-mbi", "value": p.mbi})
    r = {"resourceType": "Patient", "id": pid or fid(rng),
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
         "identifier": idents, "active": True,
         "name": [{"use": "official", "family": p.last, "given": [p.first] + ([p.middle_name] if p.middle_name else [])}]}
    tel = []
    if telecom:
        tel.append({"system": "phone", "value": fp(p.phone, "paren"), "use": "home"})
    if email:
        tel.append({"system": "email", "value": p.email})
    if tel:
        r["telecom"] = tel
    r["gender"] = "female" if p.sex == "F" else "male"
    r["birthDate"] = p.dob.isoformat()
    if address:
        r["address"] = [{"use": "home", "line": [x for x in (p.street, p.apt) if x], "city": p.city, "state": p.state,
                         "postalCode": p.zip, "country": "US"}]
    if gp:
        r["generalPractitioner"] = [{"reference": "Practitioner/%s" % gp[0], "display": gp[1]}]
    return r


def fj(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


@reg(F)
def f_patient_body(rng, key):
    p = make_patient(rng, region="OH", mrn="n8")
    f, l, c = PROVIDERS[0]
    res = fhir_patient(rng, p, "urn:oid:2.16.840.1.113883.3.9921.1", ids=("MR", "SS"), email=True,
                       gp=("pr-1190", "Dr. %s %s" % (f, l)))
    text = ("Raj,\n\nThis is what our Patient read returns for the test case that failed MPI matching. Note the SSN "
            "identifier is coming through with dashes; do you strip them before matching?\n\n" + fj(res)
            + "\n\nLeah\n")
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "Raj Venkataraman <rvenkat@riverbend-health.example>",
                "Patient read - SSN format", when(2024, 4, 23, 10, 5, -4))
    set_body(m, text)
    return m, True, ["NAME", "MRN", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "ZIP"]


@reg(F)
def f_bundle_json_attach(rng, key):
    p = make_patient(rng, region="ME", mrn="n10", dx_pool=[d for d in DX if d[0] == "E11.9"])
    pid_ = fid(rng)
    enc_id, cond_id, obs_id = fid(rng), fid(rng), fid(rng)
    pt = fhir_patient(rng, p, "https://cascobaypcn.example/fhir/sid/mrn", ids=("MR", "MB"), pid=pid_)
    disp = "%s %s" % (p.first, p.last)
    bundle = {"resourceType": "Bundle", "id": fid(rng), "type": "collection", "timestamp": "2024-06-04T14:22:05-04:00",
              "entry": [
                  {"fullUrl": "urn:uuid:" + pid_, "resource": pt},
                  {"fullUrl": "urn:uuid:" + enc_id, "resource": {
                      "resourceType": "Encounter", "id": enc_id, "status": "finished",
                      "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB", "display": "ambulatory"},
                      "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99214"}]}],
                      "subject": {"reference": "urn:uuid:" + pid_, "display": disp},
                      "period": {"start": "2024-06-03T09:40:00-04:00", "end": "2024-06-03T10:05:00-04:00"},
                      "serviceProvider": {"display": "Casco Bay Primary Care Network"}}},
                  {"fullUrl": "urn:uuid:" + cond_id, "resource": {
                      "resourceType": "Condition", "id": cond_id,
                      "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.65",
                                           "display": "Type 2 diabetes mellitus with hyperglycemia"}]},
                      "subject": {"reference": "urn:uuid:" + pid_, "display": disp},
                      "encounter": {"reference": "urn:uuid:" + enc_id}, "onsetDateTime": "2019-02-11"}},
                  {"fullUrl": "urn:uuid:" + obs_id, "resource": {
                      "resourceType": "Observation", "id": obs_id, "status": "final",
                      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
                      "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
                      "subject": {"reference": "urn:uuid:" + pid_, "display": disp},
                      "effectiveDateTime": "2024-06-03T09:15:00-04:00",
                      "valueQuantity": {"value": 9.6, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"},
                      "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "H"}]}]}}]}
    m = new_msg(key, "Owen Pelletier <opelletier@cascobaypcn.example>", "fhir-onboarding@mainehie.example",
                "Sample collection bundle for HIE onboarding", when(2024, 6, 4, 15, 0, -4))
    set_body(m, "Attached is a sample encounter bundle generated from production for your validator run, as "
                  "agreed on the onboarding call.\n\nOwen Pelletier\nCasco Bay PCN Integration\n")
    m.add_attachment(fj(bundle).encode("utf-8"), maintype="application", subtype="json", filename="encounter_bundle.json")
    return m, True, ["NAME", "MRN", "MEMBER_ID", "PHONE", "DOB", "ADDRESS", "ZIP", "ICD10", "DIAGNOSIS", "CARE", "DATE"]


@reg(F)
def f_searchset_fhirjson(rng, key):
    ps = patients(rng, 6, region="WA", mrn="RB")
    base = "https://fhir.riverbend-health.example/r4"
    entries = []
    for p in ps:
        i = "pt-" + "".join(rng.choice("0123456789") for _ in range(7))
        entries.append({"fullUrl": "%s/Patient/%s" % (base, i),
                        "resource": fhir_patient(rng, p, "https://riverbend-health.example/fhir/sid/mrn", pid=i,
                                                 address=rng.random() < 0.7),
                        "search": {"mode": "match", "score": 1}})
    bundle = {"resourceType": "Bundle", "id": fid(rng), "type": "searchset", "total": len(entries),
              "link": [{"relation": "self", "url": base + "/Patient?address-city=Tacoma&birthdate=le1950-01-01&_count=50"}],
              "entry": entries}
    m = new_msg(key, "Nils Gunderson <ngunderson@tahomahealth.example>", "fhir-dev@riverbend-health.example",
                "Search returns unexpected matches", when(2024, 8, 13, 13, 33, -7))
    set_body(m, "The search in the attached response should only return patients born before 1950, but several "
                  "don't match. Response body attached as returned by the server.\n\nNils\n")
    m.add_attachment(fj(bundle).encode("utf-8"), maintype="application", subtype="fhir+json", filename="patient_search.json")
    return m, True, ["NAME", "MRN", "PHONE", "DOB", "ADDRESS", "ZIP", "URL"]


@reg(F)
def f_medreq_body(rng, key):
    p = make_patient(rng, region="GA", mrn="CH", dx_pool=[d for d in DX if d[0] in ("I48.91", "F32.9", "E03.9", "G40.909")])
    f, l, c = PROVIDERS[5]
    mr = {"resourceType": "MedicationRequest", "id": fid(rng), "status": "active", "intent": "order",
          "medicationCodeableConcept": {"text": p.dx[2]},
          "subject": {"reference": "Patient/%s" % fid(rng), "display": "%s, %s" % (p.last, p.first)},
          "authoredOn": "2024-09-18T11:02:00-04:00",
          "requester": {"reference": "Practitioner/%s" % fid(rng, "pr-"),
                        "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": make_npi(rng)},
                        "display": "Colleen Marsh, MD"},
          "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.dx[0], "display": p.dx[1]}]}],
          "dosageInstruction": [{"text": p.dx[2]}],
          "dispenseRequest": {"numberOfRepeatsAllowed": 3, "quantity": {"value": 90, "unit": "tablet"}}}
    text = ("Pharmacy vendor says our MedicationRequest is missing the dispense pharmacy extension. Here's exactly "
            "what we sent this morning:\n\n" + fj(mr) + "\n\nCan you confirm which extension URL they expect?\n\nTamika\n")
    m = new_msg(key, "Tamika Greer <tgreer@cedarhollowfp.example>", "eRx support <erx-support@scriptbridge.test>",
                "MedicationRequest rejected - extension", when(2024, 9, 18, 13, 10, -4))
    set_body(m, text)
    return m, True, ["NAME", "MEDICATION", "DIAGNOSIS", "ICD10", "DATE", "NPI"]


def patient_xml(p, pid, mrn_sys, ssn=False, member=False):
    ids = ["  <identifier>\n    <use value=\"usual\"/>\n    <type><coding><system value=\"%s\"/><code value=\"MR\"/></coding></type>\n"
           "    <system value=\"%s\"/>\n    <value value=\"%s\"/>\n  </identifier>" % (V2_0203, mrn_sys, p.mrn)]
    if ssn:
        ids.append("  <identifier>\n    <type><coding><system value=\"%s\"/><code value=\"SS\"/></coding></type>\n"
                   "    <system value=\"%s\"/>\n    <value value=\"%s\"/>\n  </identifier>" % (V2_0203, SSN_OID, p.ssn.replace("-", "")))
    if member:
        ids.append("  <identifier>\n    <type><coding><system value=\"%s\"/><code value=\"MB\"/></coding></type>\n"
                   "    <system value=\"https://bluestemhealth.example/fhir/sid/member-id\"/>\n    <value value=\"%s\"/>\n  </identifier>"
                   % (V2_0203, p.member))
    given = "\n".join("    <given value=\"%s\"/>" % xesc(g) for g in [p.first] + ([p.middle_name] if p.middle_name else []))
    return ("<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"%s\"/>\n%s\n  <active value=\"true\"/>\n"
            "  <name>\n    <use value=\"official\"/>\n    <family value=\"%s\"/>\n%s\n  </name>\n"
            "  <telecom>\n    <system value=\"phone\"/>\n    <value value=\"%s\"/>\n    <use value=\"mobile\"/>\n  </telecom>\n"
            "  <gender value=\"%s\"/>\n  <birthDate value=\"%s\"/>\n"
            "  <address>\n    <line value=\"%s\"/>\n    <city value=\"%s\"/>\n    <state value=\"%s\"/>\n"
            "    <postalCode value=\"%s\"/>\n  </address>\n</Patient>"
            % (pid, "\n".join(ids), xesc(p.last), given, fp(p.phone, "dash"), "female" if p.sex == "F" else "male",
               p.dob.isoformat(), xesc(addr1(p)), xesc(p.city), p.state, p.zip))


@reg(F)
def f_patient_xml_attach(rng, key):
    p = make_patient(rng, region="WI", mrn="n7")
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + patient_xml(p, fid(rng), "urn:oid:2.16.840.1.113883.3.7702.1",
                                                                      ssn=True) + "\n"
    m = new_msg(key, "Corey Hatch <chatch@cvim.example>", "integration@sacredpinehealth.example",
                "XML Patient failing schema validation", when(2024, 11, 12, 9, 48, -6))
    set_body(m, "Our old interface still produces FHIR XML. The attached Patient fails your validator at "
                  "/Patient/identifier[2] -- is the SSN OID wrong?\n\nCorey\n")
    m.add_attachment(xml.encode("utf-8"), maintype="application", subtype="fhir+xml", filename="Patient_export.xml")
    return m, True, ["NAME", "MRN", "SSN", "PHONE", "DOB", "ADDRESS", "ZIP"]


@reg(F)
def f_bundle_xml_textxml(rng, key):
    p = make_patient(rng, region="GA", mrn="n8", member="BSH", dx_pool=[d for d in DX if d[0] in ("I50.9", "J44.1", "N18.30")])
    pid_ = fid(rng)
    cond = ("<Condition xmlns=\"http://hl7.org/fhir\">\n  <id value=\"%s\"/>\n  <clinicalStatus><coding>"
            "<system value=\"http://terminology.hl7.org/CodeSystem/condition-clinical\"/><code value=\"active\"/></coding></clinicalStatus>\n"
            "  <code><coding><system value=\"http://hl7.org/fhir/sid/icd-10-cm\"/><code value=\"%s\"/><display value=\"%s\"/></coding></code>\n"
            "  <subject><reference value=\"urn:uuid:%s\"/><display value=\"%s %s\"/></subject>\n"
            "  <recordedDate value=\"2024-02-09\"/>\n</Condition>" % (fid(rng), p.dx[0], xesc(p.dx[1]), pid_, xesc(p.first), xesc(p.last)))
    enc = ("<Encounter xmlns=\"http://hl7.org/fhir\">\n  <id value=\"%s\"/>\n  <status value=\"finished\"/>\n"
           "  <class><system value=\"http://terminology.hl7.org/CodeSystem/v3-ActCode\"/><code value=\"IMP\"/></class>\n"
           "  <subject><reference value=\"urn:uuid:%s\"/></subject>\n"
           "  <period><start value=\"2024-02-06T18:40:00-05:00\"/><end value=\"2024-02-09T12:00:00-05:00\"/></period>\n"
           "  <hospitalization><dischargeDisposition><text value=\"Home with home health\"/></dischargeDisposition></hospitalization>\n"
           "</Encounter>" % (fid(rng), pid_))

    def entry(uuid, res):
        return "  <entry>\n    <fullUrl value=\"urn:uuid:%s\"/>\n    <resource>\n%s\n    </resource>\n  </entry>" % (
            uuid, "\n".join("      " + l for l in res.split("\n")))
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bundle xmlns=\"http://hl7.org/fhir\">\n  <type value=\"document\"/>\n"
           + entry(pid_, patient_xml(p, pid_, "https://oconeevalleyhosp.example/fhir/sid/mrn", member=True)) + "\n"
           + entry(fid(rng), enc) + "\n" + entry(fid(rng), cond) + "\n</Bundle>\n")
    m = new_msg(key, "OVH Interfaces <interfaces@oconeevalleyhosp.example>", "Meridian Intake <intake@meridianhh.example>",
                "Discharge summary bundle (XML)", when(2024, 2, 9, 13, 15, -5))
    set_body(m, "Discharge bundle for the home health referral is attached in FHIR XML. The PDF summary will "
                  "follow through Direct.\n\nOVH Interface Team\n")
    m.add_attachment(xml, subtype="xml", filename="discharge_bundle.xml")
    return m, True, ["NAME", "MRN", "MEMBER_ID", "PHONE", "DOB", "ADDRESS", "ZIP", "ICD10", "DIAGNOSIS", "CARE", "DATE"]


@reg(F)
def f_identifier_systems_body(rng, key):
    p = make_patient(rng, region="OH", mrn="E", member="BSH", age=(66, 90))
    res = fhir_patient(rng, p, "urn:oid:2.16.840.1.113883.3.9921.1", ids=("MR", "SS", "MB", "MC"), telecom=False,
                       address=False)
    text = ("Hi Bluestem FHIR team,\n\nFor the Patient Access API mapping, we're sending four identifiers. Can you "
            "confirm your matcher uses the member ID system rather than the SSN OID (2.16.840.1.113883.4.1)? "
            "Here's a live example from the failing match:\n\n" + fj(res)
            + "\n\nThanks,\nLeah Okafor\nNorthwind Regional Medical Center\n")
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "fhir-api@bluestemhealth.example",
                "Identifier system question - failing match", when(2024, 5, 29, 16, 41, -4))
    set_body(m, text)
    return m, True, ["NAME", "MRN", "SSN", "MEMBER_ID", "MBI", "DOB"]


@reg(F)
def f_neg_capability(rng, key):
    cs = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-07-01", "kind": "instance",
          "software": {"name": "Riverbend FHIR Gateway", "version": "3.4.2"},
          "implementation": {"description": "Riverbend R4 endpoint", "url": "https://fhir.riverbend-health.example/r4"},
          "fhirVersion": "4.0.1", "format": ["json", "xml"],
          "rest": [{"mode": "server",
                    "security": {"service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}]}]},
                    "resource": [
                        {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                         "searchParam": [{"name": "identifier", "type": "token"}, {"name": "family", "type": "string"},
                                         {"name": "birthdate", "type": "date"}]},
                        {"type": "Condition", "interaction": [{"code": "read"}, {"code": "search-type"}],
                         "searchParam": [{"name": "patient", "type": "reference"}, {"name": "code", "type": "token"}]},
                        {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}],
                         "searchParam": [{"name": "patient", "type": "reference"}, {"name": "category", "type": "token"},
                                         {"name": "date", "type": "date"}]},
                        {"type": "MedicationRequest", "interaction": [{"code": "read"}, {"code": "search-type"}]}]}]}
    m = new_msg(key, "Raj Venkataraman <rvenkat@riverbend-health.example>", "partners-dev@tahomahealth.example",
                "Riverbend FHIR endpoint - capability statement", when(2024, 7, 2, 10, 0, -4))
    set_body(m, "Hi all,\n\nOur R4 endpoint is live in the partner sandbox. The CapabilityStatement (GET /metadata) "
                  "is attached; note we only support search by identifier, family and birthdate on Patient for now.\n\n"
                  "Raj\n")
    m.add_attachment(fj(cs).encode("utf-8"), maintype="application", subtype="fhir+json", filename="metadata.json")
    return m, False, []


@reg(F)
def f_neg_valueset_discussion(rng, key):
    vs = {"resourceType": "ValueSet", "id": "nwrmc-diabetes-dx", "url": "https://nwrmc.example/fhir/ValueSet/nwrmc-diabetes-dx",
          "version": "2024.1", "name": "NwrmcDiabetesDx", "status": "draft",
          "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "concept": [
              {"code": "E11.9", "display": "Type 2 diabetes mellitus without complications"},
              {"code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"},
              {"code": "E11.22", "display": "Type 2 diabetes mellitus with diabetic chronic kidney disease"},
              {"code": "E10.9", "display": "Type 1 diabetes mellitus without complications"},
              {"code": "O24.410", "display": "Gestational diabetes mellitus in pregnancy, diet controlled"}]}]}}
    text = ("Team,\n\nFor the diabetes registry profile, I propose we bind Condition.code (extensible) to the ValueSet "
            "below, and tighten the StructureDefinition so that Condition.subject is 1..1 and must reference a "
            "US Core Patient. Observation.code for HbA1c should be fixed to LOINC 4548-4.\n\n"
            + fj(vs) + "\n\nOpen question: do we slice Condition.category to require 'problem-list-item'? "
            "Comments by Friday please.\n\nLeah\n")
    m = new_msg(key, "Leah Okafor <lokafor@nwrmc.example>", "fhir-profiles@nwrmc.example",
                "Diabetes registry profile - ValueSet binding proposal", when(2024, 3, 5, 11, 11))
    set_body(m, text)
    return m, False, []


@reg(F)
def f_ndjson_export(rng, key):
    ps = patients(rng, 8, region="OH", mrn="n8", age=(66, 94))
    lines = []
    for p in ps:
        r = fhir_patient(rng, p, "urn:oid:2.16.840.1.113883.3.9921.1", ids=("MR", "MC"), telecom=rng.random() < 0.6)
        lines.append(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
    m = new_msg(key, "ACO Analytics <aco-analytics@greenecountyclinics.example>", "Heather Lindahl <hlindahl@greenecountyclinics.example>",
                "Bulk export - attributed beneficiaries (Patient.ndjson)", when(2024, 9, 3, 7, 30, -4))
    set_body(m, "Heather, here is the Patient file from last night's $export for the new attribution list. "
                  "One resource per line.\n")
    m.add_attachment(("\n".join(lines) + "\n").encode("utf-8"), maintype="application", subtype="fhir+ndjson",
                     filename="Patient.ndjson")
    return m, True, ["NAME", "MRN", "MBI", "PHONE", "DOB", "ADDRESS", "ZIP"]


@reg(F)
def f_device_udi(rng, key):
    p = make_patient(rng, region="WA", mrn="n8", age=(60, 88))
    pid_ = fid(rng)
    serial = "PJN%07d" % rng.randint(1, 10 ** 7)
    udi_di = "0%013d" % rng.randint(10 ** 12, 10 ** 13 - 1)
    dev = {"resourceType": "Device", "id": fid(rng),
           "udiCarrier": [{"deviceIdentifier": udi_di, "carrierHRF": "(01)%s(11)230814(17)330813(21)%s" % (udi_di, serial)}],
           "status": "active", "manufacturer": "Cardiorhythm Devices Inc.", "serialNumber": serial,
           "deviceName": [{"name": "Dual-chamber pacemaker", "type": "user-friendly-name"}],
           "type": {"coding": [{"system": "http://snomed.info/sct", "code": "14106009", "display": "Cardiac pacemaker"}]},
           "patient": {"reference": "Patient/" + pid_, "display": "%s %s" % (p.first, p.last)}}
    ptr = fhir_patient(rng, p, "https://tahomahealth.example/fhir/sid/mrn", pid=pid_, address=False)
    m = new_msg(key, "Device Clinic <deviceclinic@tahomahealth.example>", "remote-monitoring@cardiorhythm.test",
                "Enrollment for remote monitoring", when(2024, 8, 16, 14, 25, -7))
    set_body(m, "Please enroll the attached patient/device in remote monitoring. Implant was 08/14; "
                  "transmitter shipped to the patient's home.\n\nTahoma Health Device Clinic\n")
    m.add_attachment(fj({"resourceType": "Bundle", "type": "collection",
                         "entry": [{"resource": ptr}, {"resource": dev}]}).encode("utf-8"),
                     maintype="application", subtype="fhir+json", filename="device_enrollment.json")
    return m, True, ["NAME", "MRN", "PHONE", "DOB", "DEVICE_ID", "CARE", "DATE"]


@reg(F)
def f_coverage_json(rng, key):
    p = make_patient(rng, region="GA", member="XQJ")
    pid_ = fid(rng)
    cov = {"resourceType": "Coverage", "id": fid(rng), "status": "active",
           "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HMO"}]},
           "subscriber": {"reference": "Patient/" + pid_, "display": "%s %s" % (p.first, p.last)},
           "subscriberId": p.member,
           "beneficiary": {"reference": "Patient/" + pid_, "display": "%s %s" % (p.first, p.last)},
           "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]},
           "period": {"start": "2024-01-01", "end": "2024-12-31"},
           "payor": [{"display": "Peach Care Health Plan"}],
           "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group"}]},
                      "value": "GRP20931", "name": "Macon Public Schools"}]}
    ptr = fhir_patient(rng, p, "https://cedarhollowfp.example/fhir/sid/mrn", pid=pid_, ids=("MR", "MB"))
    ptr["identifier"][1]["system"] = "https://peachcare.example/fhir/sid/member-id"
    text = ("Attached are the Patient and Coverage resources our registration app produced. The payer's API says "
            "subscriberId doesn't match their records -- can you compare against the card?\n\nTamika\n")
    m = new_msg(key, "Tamika Greer <tgreer@cedarhollowfp.example>", "provider-api@peachcare.example",
                "Coverage mismatch", when(2024, 5, 14, 10, 20, -4))
    set_body(m, text)
    m.add_attachment(fj({"resourceType": "Bundle", "type": "collection",
                         "entry": [{"resource": ptr}, {"resource": cov}]}).encode("utf-8"), maintype="application",
                     subtype="json", filename="coverage_check.json")
    return m, True, ["NAME", "MRN", "MEMBER_ID", "PHONE", "DOB", "ADDRESS", "ZIP"]


# ===========================================================================
# driver
# ===========================================================================
def main():
    for c in CATS:
        d = os.path.join(HERE, c)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = []
    counters = {c: 0 for c in CATS}
    for cat, fn in REGISTRY:
        counters[cat] += 1
        rel = "%s/%03d.eml" % (cat, counters[cat])
        seed = int(hashlib.sha256(("%s:%s" % (cat, fn.__name__)).encode()).hexdigest()[:12], 16)
        rng = random.Random(seed)
        out, phi, types = fn(rng, "%s-%s" % (cat, fn.__name__))
        raw = out if isinstance(out, bytes) else to_bytes(out)
        assert b"\n" not in raw.replace(b"\r\n", b""), rel
        bad = set(types) - VOCAB
        assert not bad, (rel, bad)
        assert phi == bool(types), rel
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(raw)
        seen = []
        for t in types:
            if t not in seen:
                seen.append(t)
        labels.append({"file": rel, "phi": phi, "types": sorted(seen), "category": cat})
    labels.sort(key=lambda r: r["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for c in CATS:
        rows = [r for r in labels if r["category"] == c]
        print("%-18s %3d  phi=%d clean=%d" % (c, len(rows), sum(r["phi"] for r in rows), sum(not r["phi"] for r in rows)))
    print("total", len(labels))


if __name__ == "__main__":
    main()
