#!/usr/bin/env python3
"""Deterministic generator of a blind PHI / clean email evaluation set.

Usage: python3 gen.py [--out DIR]
Writes <label>-<kind>-NNN.eml files plus labels.csv (file,label,kind,patient_name).
All people, numbers and organisations are invented. Standard library only.
"""
import argparse
import csv
import datetime as dtm
import html as htmlmod
import json
import os
import random
import unicodedata
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime

SEED = 61706
R = random.Random(SEED)

# ----------------------------------------------------------------- pools
FEM = ["Maria", "Jennifer", "Aisha", "Mei", "Olga", "Priya", "Fatima", "Grace", "Linh",
       "Chiamaka", "Sofia", "Hannah", "Keisha", "Ana", "Yuki", "Ruth", "Beatriz", "Noor",
       "Tamara", "Leilani", "Deborah", "Carmen", "Imani", "Svetlana", "Esperanza", "Brenda",
       "Latoya", "Colleen", "Marisol", "Patricia", "Gloria", "Dolores", "Shanice", "Agnieszka",
       "Rochelle", "Wanda", "Margaret", "Teresa", "Lorraine", "Ngozi"]
MAS = ["James", "Miguel", "Kwame", "Wei", "Dmitri", "Rahul", "Omar", "Tomasz", "Luis", "Samuel",
       "Hiroshi", "Tevita", "Malik", "Andre", "Viktor", "Jorge", "Arjun", "Emeka", "Patrick",
       "Darnell", "Giovanni", "Hamza", "Bao", "Mateus", "Gerald", "Raymond", "Curtis", "Yusuf",
       "Ignacio", "Harold", "Terrence", "Dale", "Leon", "Frank", "Edwin", "Rashad"]
SUR = ["Alvarez", "Okafor", "Nguyen", "Kowalski", "Patel", "Haddad", "Johnson", "Whitfield",
       "Moreau", "Takahashi", "Mensah", "Brennan", "Castillo", "Delgado", "Fitzgerald",
       "Gallagher", "Hernandez", "Ibekwe", "Jablonski", "Kaminski", "Lindqvist", "McAllister",
       "Novak", "Oyelaran", "Pham", "Quintero", "Rasmussen", "Sandoval", "Thibodeaux",
       "Underwood", "Vasquez", "Washington", "Yamamoto", "Zielinski", "Abernathy", "Boateng",
       "Chaudhry", "Dubois", "Esposito", "Ferreira", "Greenberg", "Holloway", "Iyer", "Jenkins",
       "Kuznetsov", "Lombardi", "Mahmoud", "Nakamura", "Ortega", "Pruitt", "Reyes", "Sutherland",
       "Tran", "Valenzuela", "Yeboah", "Ashworth", "Bui", "Coleman", "Dunbar", "Kagame",
       "Mulligan", "Szabo", "Petrov", "Acheampong", "Hoang", "Gonsalves", "Rinaldi", "Moss",
       "Beaumont", "Oduya", "Farouk", "Lindgren", "Cardenas", "Wozniak", "Treadwell", "Begay",
       "Marchetti", "Aguilar", "Sokolov", "Tsosie", "Calloway", "Ruiz", "Hollis", "Eze"]
STAFF_F = ["Kim", "Jen", "Rachel", "Megan", "Tasha", "Nicole", "Amanda", "Lauren", "Sarah",
           "Erin", "Monique", "Alicia", "Heather", "Christine", "Vanessa", "Dana"]
STAFF_M = ["Mike", "Brian", "Kevin", "Chris", "Jason", "Ryan", "Eric", "Scott", "Aaron", "Tyler",
           "Nate", "Greg", "Sean", "Derek"]
STAFF_SUR = ["Amin", "Brandt", "Cho", "Desai", "Ellison", "Farrow", "Goldstein", "Hwang",
             "Ibarra", "Jorgensen", "Khatri", "Lin", "Okoro", "Park", "Reddy", "Stein", "Tanaka",
             "Voss", "Weller", "Zhou", "Marsh", "Kincaid", "Osei", "Lund", "Rourke", "Bhatt",
             "Castellano", "Pereira", "Sommers", "Halvorsen", "Nakashima", "Abrams", "Quinlan",
             "Mercer", "Ferris", "Daugherty", "Whitaker", "Yoon", "Kaur", "Ramos"]
CITIES = [("Dayton", "OH", "454"), ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"),
          ("Lowell", "MA", "018"), ("Macon", "GA", "312"), ("Joliet", "IL", "604"),
          ("Albuquerque", "NM", "871"), ("Erie", "PA", "165"), ("Lubbock", "TX", "794"),
          ("Rochester", "MN", "559"), ("Spokane", "WA", "992"), ("Trenton", "NJ", "086"),
          ("Shreveport", "LA", "711"), ("Flint", "MI", "485"), ("Provo", "UT", "846")]
STREETS = ["Elm St", "Maple Ave", "Kenwood Dr", "N 14th St", "Old Mill Rd", "Cedar Ln",
           "Riverside Blvd", "Pleasant Valley Rd", "Linden Ct", "W Grand Ave", "Harbor View Ter",
           "Juniper Way", "Calle Sol", "Greenbriar Cir", "Sycamore St", "E Main St"]
ORGS = [("Riverside Health", "riversidehealth.org"), ("St. Brigid Medical Center", "stbrigidmc.org"),
        ("Mercy Valley Health", "mercyvalley.org"), ("Lakeview Pediatrics", "lakeviewpeds.com"),
        ("Northgate Family Medicine", "northgatefm.com"), ("Summit Orthopedics", "summitortho.net"),
        ("Bayfront Regional Hospital", "bayfrontregional.org"), ("Cedar Hills Clinic", "cedarhillsclinic.com"),
        ("Prairie Kidney Center", "prairiekidney.org"), ("Harborview Community Health", "hvch.org")]
PAYERS = ["Crestline Health Plan", "BlueHarbor PPO", "Keystone Medicaid", "United Meridian",
          "Pinnacle Advantage (HMO)", "Tri-County Care Medicaid", "Evergreen Health Alliance"]
PMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
         "comcast.net", "att.net"]

_used_sur = set()


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace(" ", "")


def fem():
    return R.choice(FEM)


def mas():
    return R.choice(MAS)


def sur():
    for _ in range(50):
        s = R.choice(SUR)
        if s not in _used_sur:
            _used_sur.add(s)
            return s
    return R.choice(SUR)


def pt(g=None):
    g = g or R.choice("FM")
    return (fem() if g == "F" else mas()), sur()


def staff(g=None):
    g = g or R.choice("FM")
    return (R.choice(STAFF_F) if g == "F" else R.choice(STAFF_M)), R.choice(STAFF_SUR)


def doc():
    return R.choice(STAFF_SUR)


def org():
    return R.choice(ORGS)


def pmail(first, last):
    style = R.randint(0, 4)
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    local = [f"{f}.{l}", f"{f[0]}{l}{R.randint(1, 99)}", f"{f}{l}{R.randint(60, 99)}",
             f"{l}.{f}", f"{f}_{l[:4]}{R.randint(1, 9)}"][style]
    return f"{local}@{R.choice(PMAIL)}"


def smail(first, last, dom):
    return f"{ascii_fold(first).lower()[0]}{ascii_fold(last).lower()}@{dom}"


def addr():
    c, st, z = R.choice(CITIES)
    apt = R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}"])
    return f"{R.randint(12, 9899)} {R.choice(STREETS)}{apt}, {c}, {st} {z}{R.randint(10, 99)}"


def phone(style=None):
    a, b, c = R.randint(201, 989), R.randint(212, 987), R.randint(1000, 9999)
    style = style if style is not None else R.randint(0, 3)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}"][style]


def day(a=0, b=540):
    return dtm.date(2024, 1, 8) + dtm.timedelta(days=R.randint(a, b))


def dob(y0=1934, y1=2016):
    return dtm.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def us(d):
    return f"{d.month}/{d.day}/{d.year}"


def us2(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def md(d):
    return f"{d.month}/{d.day}"


def longd(d):
    return d.strftime("%A, %B ") + str(d.day)


def mon(d):
    return d.strftime("%B ") + str(d.day)


def tm():
    h = R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16])
    m = R.choice(["00", "15", "30", "45", "20", "40"])
    return f"{h if h <= 12 else h - 12}:{m} {'AM' if h < 12 else 'PM'}"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def mrn():
    return R.choice([digits(8), "E" + digits(7), f"{digits(3)}-{digits(3)}-{digits(3)}", "MR" + digits(6)])


def money(a, b):
    return f"{R.uniform(a, b):,.2f}"


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
    "the intended recipient(s) and may contain confidential and privileged information, including "
    "protected health information (PHI) protected by federal and state privacy laws (HIPAA). Any "
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
    "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.",
    "This message may contain protected health information. If you received it in error, please notify "
    "the sender immediately and delete it from your system. Thank you.",
    "The information contained in this transmission is confidential and may be legally privileged. It is "
    "intended only for the use of the individual or entity named above. If the reader of this message is "
    "not the intended recipient, you are hereby notified that any dissemination, distribution or copying "
    "is strictly prohibited. Please consider the environment before printing this e-mail.",
    "** External email: use caution with links and attachments. Never send PHI to personal accounts. **",
]


def sig(first, last, title, org_name, ph=None, disc=None):
    lines = ["", "--", f"{first} {last}, {title}" if title else f"{first} {last}", org_name]
    if ph:
        lines.append(f"P: {ph}  |  F: {phone(1)}")
    if disc is None:
        disc = R.random() < 0.5
    if disc:
        lines += ["", R.choice(DISCLAIMERS)]
    return "\n".join(lines)


def quote(text, depth=1):
    pre = ">" * depth + " "
    return "\n".join((pre + l) if l.strip() else ">" * depth for l in text.split("\n"))


def wrote(d, name, email):
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {tm()}, {name} <{email}> wrote:"


def to_html(text, font=None):
    font = font or R.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif",
                             "Verdana, sans-serif", "Times New Roman, serif"])
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "\n".join(l.lstrip("> ").rstrip() for l in p.split("\n"))
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">'
                       + htmlmod.escape(inner).replace("\n", "<br>\n") + "</blockquote>")
        else:
            out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) + "\n</div></body></html>\n")


def html_table(rows, header=True):
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        h.append("<tr>" + "".join(f"<{tag}>{htmlmod.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def fixed(rows, widths):
    return "\n".join("".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


# ----------------------------------------------------------------- message record + builder
def M(subject, frm, to, text=None, html=None, carrier=None, charset="utf-8", cc=None, atts=None,
      patient="", fwd=None, headers=None, date=None):
    return dict(subject=subject, frm=frm, to=to, text=text, html=html, carrier=carrier, charset=charset,
                cc=cc, atts=atts or [], patient=patient, fwd=fwd, headers=headers or {}, date=date)


CARRIERS = ["plain", "plain", "plain", "qp", "qp", "b64", "alt", "alt", "alt", "html"]
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", "iPhone Mail (21E236)",
           "Mozilla Thunderbird 115.9.0", None, None, "Microsoft Outlook for iOS", "Epic Secure Chat Relay"]
_msgno = [0]


def msg_date():
    base = dtm.datetime(2024, 1, 2, 6, 0, tzinfo=dtm.timezone(dtm.timedelta(hours=R.choice([-4, -5, -6, -7, -8, 0, 1, 2]))))
    return base + dtm.timedelta(days=R.randint(0, 520), minutes=R.randint(0, 14 * 60))


def domain_of(addr_hdr):
    a = addr_hdr.split("<")[-1].rstrip(">")
    return a.split("@")[-1] if "@" in a else "mail.local"


def _cte_for(text, charset, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit"


def build(rec):
    m = EmailMessage()
    m["From"] = rec["frm"]
    m["To"] = rec["to"]
    if rec["cc"]:
        m["Cc"] = rec["cc"]
    m["Subject"] = rec["subject"]
    d = rec["date"] or msg_date()
    m["Date"] = format_datetime(d)
    _msgno[0] += 1
    m["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M')}.{R.randint(10**8, 10**9)}.{_msgno[0]}@{domain_of(rec['frm'])}>"
    m["MIME-Version"] = "1.0"
    mailer = R.choice(MAILERS)
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in rec["headers"].items():
        m[k] = v
    carrier = rec["carrier"] or R.choice(CARRIERS)
    cs = rec["charset"]
    text, html = rec["text"], rec["html"]
    if carrier in ("html", "alt") and html is None:
        html = to_html(text or "")
    if carrier in ("plain", "qp", "b64", "8bit") and text is None:
        carrier = "html"
    if carrier == "plain":
        m.set_content(text, charset=cs, cte=_cte_for(text, cs, None))
    elif carrier == "8bit":
        m.set_content(text, charset=cs, cte="8bit")
    elif carrier == "qp":
        m.set_content(text, charset=cs, cte="quoted-printable")
    elif carrier == "b64":
        m.set_content(text, charset=cs, cte="base64")
    elif carrier == "html":
        m.set_content(html, subtype="html", charset=cs, cte=R.choice(["quoted-printable", "base64", None]) or _cte_for(html, cs, None))
    elif carrier == "alt":
        m.set_content(text, charset=cs, cte=R.choice(["quoted-printable", None]) or _cte_for(text, cs, None))
        m.add_alternative(html, subtype="html", charset=cs, cte=R.choice(["quoted-printable", "base64"]))
    else:
        raise ValueError(carrier)
    for a in rec["atts"]:
        fname, content, ctype = a[0], a[1], a[2]
        maint, subt = ctype.split("/")
        if isinstance(content, str) and maint == "text":
            m.add_attachment(content, subtype=subt, filename=fname, charset=(a[3] if len(a) > 3 else "utf-8"),
                             cte=R.choice(["base64", "quoted-printable"]))
        else:
            if isinstance(content, str):
                content = content.encode("utf-8")
            m.add_attachment(content, maintype=maint, subtype=subt, filename=fname)
    if rec["fwd"] is not None:
        m.add_attachment(rec["fwd"])
    return m


def inner_msg(subject, frm, to, text, date=None, charset="utf-8"):
    """A message used as a message/rfc822 forwarded part."""
    im = EmailMessage()
    im["From"] = frm
    im["To"] = to
    im["Subject"] = subject
    im["Date"] = format_datetime(date or msg_date())
    im["MIME-Version"] = "1.0"
    im.set_content(text, charset=charset, cte=R.choice(["quoted-printable", "7bit" if text.isascii() else "8bit"]))
    return im


# ----------------------------------------------------------------- template registry
TEMPLATES = {}


def T(label, kind):
    def deco(f):
        TEMPLATES.setdefault((label, kind), []).append(f)
        return f
    return deco


def mobile():
    return R.choice(["\n\nSent from my iPhone", "\n\nSent from my Galaxy", "\n\nGet Outlook for Android", "", ""])

# =================================================================== PHI: care (no diagnosis words)
@T("phi", "care")
def care_echo():
    o, dom = org()
    f, l = pt("F")
    nf, nl = staff("F")
    sf, sl = staff()
    d = day()
    txt = (f"hi {sf},\n\npt {f} {l} (DOB {us(dob(1940, 1975))}) needs f/u echo before her {md(d)} appt w/ Dr. {doc()}. "
           f"she can only do mornings, husband drives her. pls call her at {phone()} - she doesnt check the portal\n\nthx\n"
           f"{nf} {nl} RN\n{o} Cardiology")
    return M("f/u echo needed", f"{nf} {nl} <{smail(nf, nl, dom)}>", f"{sf} {sl} <{smail(sf, sl, dom)}>", txt, patient=l)


@T("phi", "care")
def care_mri_resched():
    o, dom = org()
    f, l = pt("F")
    fd, fl = staff("F")
    d1, d2 = day(), day()
    txt = (f"Mrs. {l} called this AM, wants to move her MRI L-spine w/o contrast from {d1.strftime('%a')} {md(d1)} 9:40 "
           f"to {d2.strftime('%a')} {md(d2)} afternoon if anything is open. She asked for the open MRI again like last time "
           f"(she did not do well in the tube). Callback {phone()}, ok to leave msg.\n\n- {fd}\nFront Desk, {o} Imaging")
    return M(f"resched request - {l}", f"{fd} {fl} <{smail(fd, fl, dom)}>", f"imaging-scheduling@{dom}", txt, patient=l)


@T("phi", "care")
def care_dialysis_family():
    f, l = pt("M")
    cf = fem()
    txt = (f"Hello,\n\nI'm writing for my father, {f} {l}. He currently has the 6:15 am chair Mon/Wed/Fri at the "
           f"Prairie Kidney Center east unit. Now that I'm back at work I can't get him there before 7. Is there any chance "
           f"he could move to the 11:30 shift? His ride through Access Van can pick him up any time after 10.\n\n"
           f"He's been going there 2 years and really likes the staff in pod C, so same pod would be great if possible.\n\n"
           f"Thank you,\n{cf} {l}\n{phone()}")
    return M("Question about my dad's chair time", f"{cf} {l} <{pmail(cf, l)}>", "eastunit@prairiekidney.org", txt,
             patient=l, carrier="qp")


@T("phi", "care")
def care_pharmacy_pickup():
    f, l = pt()
    ph, pl = staff()
    txt = (f"Hi {f},\n\nThis is {ph} at Harbor Pharmacy (Linden St). Your prescriptions are ready for pickup:\n\n"
           f"  - metoprolol succinate ER 25 mg, #90\n  - atorvastatin 40 mg, #90\n  - Rx {digits(7)}: ondansetron 4 mg ODT, #12\n\n"
           f"Your copay total is ${money(8, 40)}. We hold filled prescriptions for 10 days. If you'd like free delivery, "
           f"just reply to this email or call us at {phone(0)}.\n\nThank you,\n{ph} {pl}, PharmD\nHarbor Pharmacy #0412")
    return M("Your prescriptions are ready", f"Harbor Pharmacy <noreply@harborpharmacy.com>", f"{f} {l} <{pmail(f, l)}>",
             txt, patient=l, carrier="alt")


@T("phi", "care")
def care_dme():
    o, dom = org()
    f, l = pt("M")
    cf = fem()
    cm, cl = staff("F")
    d = day()
    txt = (f"Please deliver the following to the pt's home before discharge {md(d)} (afternoon discharge planned):\n\n"
           f"- hospital bed, semi-electric, w/ half rails\n- overbed table\n- O2 concentrator 2L NC continuous + portable E tanks x6\n"
           f"- rolling walker\n\nPt: {l}, {f}\nDOB: {us2(dob(1930, 1960))}\nAddress: {addr()}\nContact: daughter {cf} {phone()}\n"
           f"Ins: {R.choice(PAYERS)}\n\nOrders signed by Dr. {doc()}, faxed at 14:10. Please confirm delivery window.\n\n"
           f"{cm} {cl}, RN CCM\nCase Management | {o}\n{phone(1)}")
    return M(f"DME delivery - {l}, {f}", f"{cm} {cl} <{smail(cm, cl, dom)}>", "intake@lincarehome-dme.com", txt, patient=l)


@T("phi", "care")
def care_transport():
    f, l = pt("F")
    o, dom = org()
    d = day()
    conf = digits(8)
    txt = (f"TRIP CONFIRMATION #{conf}\n\nRider: {f} {l}\nTrip date: {longd(d)}, {d.year}\nPick-up: 7:45 AM from {addr()}\n"
           f"Destination: {o} Outpatient Rehab, 2nd floor (physical therapy)\nReturn: will-call\nMobility: wheelchair (own), "
           f"needs assist down 3 front steps\nEscort: none\nFunding: {R.choice(PAYERS)} ID {R.choice('ABKMT')}{digits(9)}\n\n"
           f"Please be ready 15 minutes before pick-up. To cancel call 1-800-{R.randint(200,999)}-{R.randint(1000,9999)} at least 24h ahead.\n\n"
           f"MetroRide NEMT Dispatch")
    return M(f"Trip confirmed {md(d)} - {l.upper()}", "MetroRide Dispatch <dispatch@metroride-nemt.com>",
             f"{f} {l} <{pmail(f, l)}>", txt, patient=l, carrier="plain")


@T("phi", "care")
def care_dental():
    f, l = pt()
    dn, dl = staff()
    d = day()
    txt = (f"Case for {l}, {f} -- #14 PFM crown prep done today, impressions going out w/ courier this afternoon, "
           f"shade A2 (stump shade ND3). Temp in place. Pt travelling after the {d.day}th so need it back by {md(d)} if at all possible.\n"
           f"Also #19 MOD composite booked same visit.\n\nthanks\nDr. {dl}\nBluecrest Family Dental")
    return M(f"Rx / case {l} #14", f"Dr. {dn} {dl} <{smail(dn, dl, 'bluecrestdental.com')}>", "cases@precisiondentallab.com",
             txt, patient=l)


@T("phi", "care")
def care_school_nurse():
    kid = R.choice(["Jayden", "Amara", "Luca", "Zoe", "Mateo", "Aaliyah", "Kai", "Nia"])
    l = sur()
    nn, nl = staff("F")
    mom = fem()
    d = day()
    txt = (f"Dear Parent/Guardian of {kid} {l},\n\nThis is to let you know that {kid} came to the health office today at 10:40 "
           f"during recess. Per the medication authorization on file, {kid} received 2 puffs of albuterol with spacer, rested "
           f"for 15 minutes, and returned to class. No further visits today.\n\nPlease send in a refill of the inhaler: "
           f"the one we keep in the office expires {us(d)}.\n\nThank you,\nNurse {nl}, RN\nWillow Creek Elementary Health Office\n{phone(0)}")
    return M(f"Health office visit - {kid} {l} (Gr 3)", f"{nn} {nl} <{smail(nn, nl, 'wcusd.k12.org')}>",
             f"{mom} {l} <{pmail(mom, l)}>", txt, patient=l, carrier="html")


@T("phi", "care")
def care_occ_health():
    f, l = pt()
    o, dom = org()
    d = day()
    eid = digits(6)
    form = (f"OCCUPATIONAL HEALTH CLEARANCE\n\nEmployee: {f} {l}      Emp ID: {eid}\nPosition: Patient Care Tech, 5 North\n"
            f"Exam date: {us2(d)}\n\nPost-offer physical ..... completed\nTB skin test ............ placed {md(d)}, read "
            f"{md(d + dtm.timedelta(days=2))}: 0 mm\nHep B surface Ab ........ drawn, pending\nN95 fit test ............ 3M 1870+ PASS\n"
            f"Lift test ............... PASS\n\nStatus: CLEARED for duty, no restrictions.\nExaminer: {staff('F')[1]}, NP")
    txt = (f"Hi, attached is the occ health clearance for {f} {l} (ID {eid}). Cleared to start {md(d + dtm.timedelta(days=7))} orientation. "
           f"Hep B titer still pending, we will forward if she needs the booster series.\n\nEmployee Health | {o}")
    return M(f"Clearance - {l} {eid}", f"Employee Health <employeehealth@{dom}>", f"onboarding@{dom}", txt,
             atts=[(f"clearance_{l}.txt", form, "text/plain")], patient=l)


@T("phi", "care")
def care_hospice():
    f, l = pt("M")
    rn, rl = staff("F")
    sw = staff()[1]
    txt = (f"Team - visit plan for {f} {l} this week:\n\n* RN {rn} Mon + Thu\n* aide (Yolanda) M-W-F for bathing\n"
           f"* chaplain Thurs 2pm -- family asked for a Catholic priest for anointing, can we coordinate w/ St. Anne's?\n"
           f"* SW {sw} to f/u on DPOA paperwork\n* comfort kit delivered Sat, not opened yet\n\nWife is primary caregiver, "
           f"gate code 4471#, park in back. Please keep visits short, he tires fast.\n\n{rn} {rl}, RN\nCompassus Valley Hospice")
    return M(f"{l} - visit plan wk of {md(day())}", f"{rn} {rl} <{smail(rn, rl, 'valleyhospice.org')}>",
             "idt-team-north@valleyhospice.org", txt, patient=l, carrier="qp")


@T("phi", "care")
def care_pt_progress():
    f, l = pt()
    p1, p2 = staff()
    b = dob(1950, 1990)
    poc = (f"PLAN OF CARE - RECERTIFICATION\nPatient: {f} {l}    DOB: {us2(b)}\nReferring: Dr. {doc()}\nVisits: 8 of 12 used\n"
           f"Goals: (1) knee flex >= 115 (met 112) (2) stairs reciprocal w/o rail (partially met) (3) return to work on feet 8h\n"
           f"Plan: 2x/wk x 3 wks, therex, manual, gait, HEP progression\nTherapist: {p1} {p2}, PT, DPT\n\nPhysician signature: ______________ Date: ______")
    txt = (f"Dr. {doc()},\n\nRe: {f} {l}, DOB {us(b)}.\n\nPt has completed 8 of 12 authorized visits. Knee ROM 5-112 deg "
           f"(from 15-85 at eval), ambulating w/o AD in clinic, stairs reciprocal w/ rail. Requesting recert for 6 add'l visits 2x/wk. "
           f"Updated plan of care attached for your signature -- please fax back to {phone(1)}.\n\nThank you,\n{p1} {p2}, PT, DPT\nSummit Orthopedics Rehab")
    return M(f"POC recert - {l}", f"{p1} {p2} <{smail(p1, p2, 'summitortho.net')}>", "referrals@northgatefm.com", txt,
             atts=[("POC_recert.txt", poc, "text/plain")], patient=l)


@T("phi", "care")
def care_home_draw():
    f, l = pt("F")
    d = day()
    txt = (f"schedule change for tmrw:\n\n{f} {l} moved to {md(d)} 8:00 (fasting). orders: CBC, CMP, lipid, TSH, mag.\n"
           f"{addr()}\nkey under the mat per pt, dog is friendly. she'll have the urine cup ready.\n\n- dispatch" + mobile())
    return M("route chg", "Mobile Phleb Dispatch <dispatch@homedrawlabs.com>", "route7@homedrawlabs.com", txt, patient=l)


@T("phi", "care")
def care_vaccine():
    f, l = pt("F")
    ph, pl = staff()
    d = day()
    txt = (f"{f} {l} ({us(dob(1945, 1970))}) got her 2nd Shingrix today, L deltoid, lot {R.choice('AMKT')}{digits(3)}{R.choice('XYZ')}{digits(1)}, "
           f"exp {md(d)}/26. VIS given, entered in state registry. 15 min obs, no issues. Declined flu shot today, wants to come back "
           f"w/ husband next wk. Tdap due 2026 per registry.\n\n{ph}")
    return M("shingrix #2 documented", f"{ph} {pl} <{smail(ph, pl, 'harborpharmacy.com')}>", "rph-store0412@harborpharmacy.com",
             txt, patient=l, carrier="plain")


@T("phi", "care")
def care_imaging_result():
    o, dom = org()
    f, l = pt("M")
    rd = doc()
    d = day()
    m = mrn()
    txt = (f"Dr. {doc()},\n\nFor your records: CT chest without contrast for your patient {f} {l} (MRN {m}) was performed on "
           f"{mon(d)}, {d.year} and read by Dr. {rd}. Impression: no acute findings; 4 mm right upper lobe nodule unchanged "
           f"from prior study. No further imaging follow-up recommended.\n\nThe full report is available in the portal and has "
           f"been faxed to your office.\n\nSincerely,\n\nRadiology Results Management\n{o}")
    return M(f"CT result - {l}, {f} (MRN {m})", f"Radiology Results <rad-results@{dom}>", "frontoffice@cedarhillsclinic.com",
             txt, patient=l, carrier="alt")


@T("phi", "care")
def care_biller():
    f, l = pt()
    b1, b2 = staff("F")
    d = day()
    acct = digits(9)
    txt = (f"Spoke w/ {f} {l} (guarantor acct {acct}) re: bal ${money(180, 420)} for DOS {us(d)} -- colonoscopy facility fee "
           f"after {R.choice(PAYERS)} paid. Pt agreed to pymt plan $40/mo starting {md(d + dtm.timedelta(days=40))}, autopay card ending "
           f"{digits(4)}. Hold from collections placed. Note added to acct.\n\n- {b1}, PFS")
    return M(f"pymt plan {acct}", f"{b1} {b2} <{smail(b1, b2, 'stbrigidmc.org')}>", "pfs-supervisors@stbrigidmc.org", txt,
             patient=l)

# =================================================================== PHI: names written many ways
@T("phi", "names")
def nm_title_only():
    l = R.choice(["Okonkwo", "Adeyemi", "Oduya"])
    rn, rl = staff("F")
    txt = (f"Mr. {l} in 12 refused his 0600 labs again, 3rd day in a row. Dr {doc()} aware. can nights try drawing at 0400 "
           f"before he's fully awake? he's fine w/ the IV team, just not the phleb.\n\n{rn}")
    return M("bed 12 labs", f"{rn} {rl} <{smail(rn, rl, 'bayfrontregional.org')}>", "4west-charge@bayfrontregional.org",
             txt, patient=l, carrier="plain")


@T("phi", "names")
def nm_relative_first():
    sf, sl = mas(), R.choice(["Ibarra", "Salcedo", "Mejía"])
    d = day()
    txt = (f"hello, my mother Rosa has the appt with cardiology on {md(d)} at {tm()}. she is confused about the new pills, "
           f"she was taking the white one two times a day and now the bottle says one time. can somebody call me at {phone()}? "
           f"she does not hear well on the phone so pls call me not her.\nthank you\n{sf}" + mobile())
    return M("my mom pills question", f"{sf} {sl} <{pmail(sf, sl)}>", "nurseline@northgatefm.com", txt, patient="Rosa")


@T("phi", "names")
def nm_last_first_caps():
    f, l = R.choice([("Mateo", "QUISPE"), ("Ximena", "HUAMANI"), ("Wilfredo", "CONDORI")])
    txt = (f"{l}, {f} -- add-on for tomorrow 0800, PICC placement, IR rm 2. consent signed, INR this AM 1.1. NPO after MN. "
           f"transport ordered for 0730. pls add to the board.\n\n- IR nurse desk x4471")
    return M("IR add-on", "IR Nursing <ir-nursing@mercyvalley.org>", "ir-schedulers@mercyvalley.org", txt, patient=l, carrier="b64")


@T("phi", "names")
def nm_initials_hyphen():
    l = R.choice(["Mensah-Bonsu", "Owusu-Ansah", "Asante-Darko"])
    ini = R.choice(["J.K.", "K.A.", "E.O."])
    txt = (f"Pt {ini} {l} -- path from the breast bx on the {R.randint(2, 27)}th is back and signed out. Please schedule f/u "
           f"w/ Dr {doc()} this week to go over results (in person, not phone, per Dr). She prefers after 3pm. "
           f"Thx\n\n{staff('F')[0]} | Breast Health Center")
    return M("f/u needed - results visit", "Breast Health Center <bhc@riversidehealth.org>", "bhc-scheduling@riversidehealth.org",
             txt, patient=l)


@T("phi", "names")
def nm_nickname():
    l = R.choice(["Villanueva", "Dimaculangan", "Sarmiento"])
    wf = fem()
    d = day()
    txt = (f"Hi, I'm calling--well, writing--about Bobby's sleep study. His chart is under Roberto {l} but everyone calls him Bobby "
           f"so when the lady called the house I didn't realise it was about him. Is the overnight study still on for {mon(d)}? "
           f"What time should he arrive and can he bring his own pillow? He takes his night meds at 9, should he take them there?\n\n"
           f"Thanks, {wf} (his wife)\n{phone()}")
    return M("Re: Sleep lab appointment", f"{wf} {l} <{pmail(wf, l)}>", "sleeplab@stbrigidmc.org", txt, patient=l, carrier="alt")


@T("phi", "names")
def nm_de_la():
    d = day()
    txt = (f"Mrs. de la Cruz (Ana Lucía) in 7B is asking again when her daughter can bring in food from home. She's on "
           f"a consistent-carb diet, I told her I'd check w/ dietary. Also her first PT eval is set for {md(d)} 10am, "
           f"can someone let the family know? Daughter's # is on the facesheet.\n\n{staff('F')[0]}, RN 7 Bravo")
    return M("7B de la Cruz", "7 Bravo Nursing <7b-nursing@hvch.org>", "dietary-clinical@hvch.org", txt, patient="de la Cruz",
             carrier="qp")


@T("phi", "names")
def nm_van_der():
    f = R.choice(["Pieter", "Willem", "Joost"])
    d = day()
    txt = (f"Dear Dr. {doc()},\n\nThank you for referring Mr. {f} van der Berg. He was seen in our hand clinic on {mon(d)}. "
           f"We performed a steroid injection to the right ring finger A1 pulley under ultrasound guidance; he tolerated it well. "
           f"He will return in six weeks. If there is no improvement we will discuss a release procedure.\n\nKind regards,\n\n"
           f"Dr. {staff()[1]}\nHand & Upper Extremity Service, Summit Orthopedics")
    return M("Consult letter - van der Berg", "Summit Ortho Hand Clinic <handclinic@summitortho.net>",
             "referrals@northgatefm.com", txt, patient="van der Berg", carrier="html")


@T("phi", "names")
def nm_bin_al():
    txt = (f"Two for tomorrow's infusion chairs:\n\n1) Ahmad bin Yusof - iron sucrose #3 of 5, chair 4, 0900\n"
           f"2) Mrs. Layla Al-Hashimi - first IVIG, chair 7, 1000, pre-meds at 0930, interpreter (Arabic) booked\n\n"
           f"Both auths on file. Pharmacy pls mix Al-Hashimi's after she's in the chair and vitals ok.\n\n- infusion charge")
    return M("chairs 4 + 7 tmrw", "Infusion Center <infusion@bayfrontregional.org>", "ip-pharmacy@bayfrontregional.org",
             txt, patient="Al-Hashimi", carrier="plain")


@T("phi", "names")
def nm_nunez():
    f = R.choice(["José Luis", "Ramón", "Héctor"])
    d = day()
    txt = (f"Hi Kim - Sr. Núñez ({f}) came by the window, he lost his appt card. He's due for the "
           f"retinal photos + foot check on {md(d)}, confirmed w/ him. His son will come to translate. Can you send the reminder "
           f"text in Spanish this time?\n\n{staff('F')[0]}")
    return M("Núñez appt", f"Front Desk <frontdesk@hvch.org>", "kim.scheduling@hvch.org", txt, patient="Núñez", charset="iso-8859-1",
             carrier="8bit")


@T("phi", "names")
def nm_simkova():
    d = day()
    txt = (f"Yes she's OK for the 9:15 pickup Friday. Mrs. Šimková uses a walker, 2nd floor walk-up, building has no elevator. "
           f"Her daughter Jana will ride along. Appointment is 10:30 at the wound clinic, return trip should be around 12.\n\n"
           f"thanks -\n{staff('F')[0]} (care coordinator)")
    return M("Re: Šimková – transport on Friday", "Care Coordination <carecoord@riversidehealth.org>",
             "dispatch@metroride-nemt.com", txt, patient="Šimková", carrier="qp")


@T("phi", "names")
def nm_nguyen():
    d = day()
    txt = (f"Chart note for today's call:\n\nSpoke w/ pt's son re: Nguyễn Văn Hùng, DOB {us(dob(1938, 1950))}. Son reports "
           f"dad is taking the new BP med in the morning w/ breakfast as directed. Home readings averaging 130s/80s. "
           f"Next visit {md(d)} w/ Dr. {doc()}. Son asked for Vietnamese interpreter again - added to appt notes.\n\n"
           f"{staff('F')[0]} LPN")
    return M("tel note - Mr. Nguyễn", "Northgate Nurse Line <nurseline@northgatefm.com>", "dr-inbox-pool@northgatefm.com",
             txt, patient="Nguyễn", carrier="alt")


@T("phi", "names")
def nm_venkataraman():
    d = day()
    txt = (f"VENKATARAMAN, Lakshmi  (she goes by 'Mrs. V')\n\nBooked for screening colonoscopy {us(d)} 7:30 arrival, "
           f"Dr. {doc()}. Prep sent (split-dose). Husband Srinivasan will drive. Pt asked whether she can continue her "
           f"aspirin -- routed to the MD.\n\n- endo scheduling")
    return M("endo booking confirmation", "Endoscopy Scheduling <endo@mercyvalley.org>", "preop-nurses@mercyvalley.org",
             txt, patient="VENKATARAMAN")


@T("phi", "names")
def nm_east_asian():
    txt = (f"Quick handoff: Park Ji-hoon (Mr. Park, 54M) in bay 6 -- s/p cardiac cath this AM via R radial, band off at 1400, "
           f"site clean. Wife is at bedside and speaks Korean mostly, interpreter line used. Zhang Wei in bay 8 is still waiting "
           f"on his ride, d/c paperwork done.\n\n{staff('M')[0]}")
    return M("cath recovery handoff", "Cath Lab Recovery <cathrecovery@stbrigidmc.org>", "cvu-charge@stbrigidmc.org", txt,
             patient="Park", carrier="plain")


@T("phi", "names")
def nm_subject_only():
    d = day()
    txt = (f"he called asking if he can have jello the day before -- told him clear only, no red or purple. also asked if his "
           f"wife can drive him home, yes. arrival {md(d)} 6:45, pls confirm he got the reminder text.\n" + mobile())
    return M("Tupou, Sione - colonoscopy prep qs", "GI Nurse Line <ginurse@riversidehealth.org>",
             "endo-scheduling@riversidehealth.org", txt, patient="Tupou")


@T("phi", "names")
def nm_double_surname():
    d = day()
    txt = (f"Buenos días Dra. {doc()} (writing in English for the chart),\n\nMaría José Gutiérrez Ramírez, 34, came in for her "
           f"20-week anatomy scan today. Scan complete, images sent to MFM. She asked to move her glucose tolerance test to "
           f"{md(d)} because of work. Her partner's name for the birth plan is Andrés.\n\nSaludos,\n{staff('F')[0]}, RDMS")
    return M("Gutiérrez Ramírez - 20 wk scan", "OB Ultrasound <obus@hvch.org>", "mfm-pool@hvch.org", txt,
             patient="Gutiérrez Ramírez", charset="windows-1252", carrier="qp")

# =================================================================== PHI: patients writing about themselves
@T("phi", "self")
def self_terse_colo():
    f, l = "Deanna", "Whitlock"
    txt = "can I move my colonoscopy? something came up at work. any day next wk is fine\n- Dee" + mobile()
    return M("colonoscopy", f"{f} {l} <{pmail(f, l)}>", "gi-scheduling@riversidehealth.org", txt, patient=l, carrier="plain")


@T("phi", "self")
def self_appeal():
    f, l = pt("F")
    b = dob(1960, 1990)
    mid = f"{R.choice(['XKH', 'BHP', 'CRM'])}{digits(9)}"
    d = day()
    clm = digits(12)
    txt = (f"To: {R.choice(PAYERS)} Appeals Department\n\nRe: Member {f} {l}\nMember ID: {mid}\nDate of birth: {mon(b)}, {b.year}\n"
           f"Claim number: {clm}\nDate of service: {us2(d)}\n\nDear Appeals Reviewer,\n\nI am writing to formally appeal the denial "
           f"of coverage for the MRI of my right shoulder performed at Summit Orthopedics on the date above. The denial letter states "
           f"that prior authorization was not obtained. My physician's office, Dr. {doc()}, submitted the request on "
           f"{us2(d - dtm.timedelta(days=9))} and I have the reference number they gave me (PA-{digits(7)}).\n\nI had completed six weeks "
           f"of physical therapy before the MRI, as your policy requires, and I continued to have pain and weakness lifting my arm. "
           f"I am attaching the PT discharge summary and the referral.\n\nPlease reconsider this decision. I can be reached at "
           f"{phone(0)} or at this email address.\n\nSincerely,\n\n{f} {l}\n{addr()}")
    return M(f"Appeal - claim {clm}", f"{f} {l} <{pmail(f, l)}>", "appeals@crestlinehealthplan.com", txt, patient=l, carrier="alt")


@T("phi", "self")
def self_refill():
    f, l = "Marcus", R.choice(["Bell", "Prewitt", "Oakes"])
    txt = (f"hi this is {f} {l} dob 4/12/1979 need a refill on my lisinopril 20 and the metformin 500, I'm going out of "
           f"town friday. Walgreens on 5th & Vine. dr {doc()} said last time it was ok to do 90 days\nthanks")
    return M("refill", f"{f} {l} <{pmail(f, l)}>", "refills@northgatefm.com", txt, patient=l, carrier="plain")


@T("phi", "self")
def self_rash():
    f, l = pt("F")
    b = dob(1975, 2000)
    txt = (f"Hello,\n\nI started the amoxicillin on Tuesday that Dr. {doc()} gave me for my ear and since last night I have an "
           f"itchy red rash on my arms and stomach. No trouble breathing, no swelling in my lips. Should I stop taking it? "
           f"I have 4 days left.\n\n{f} {l}\nDOB {us2(b)}\n{phone()}")
    return M("rash after antibiotic", f"{f} {l} <{pmail(f, l)}>", "portal-messages@cedarhillsclinic.com", txt, patient=l,
             carrier="b64")


@T("phi", "self")
def self_records():
    f, l = pt("M")
    b = dob(1955, 1985)
    txt = (f"Health Information Management\n{org()[0]}\n\nTo whom it may concern,\n\nI am requesting a copy of my medical records "
           f"related to my left knee replacement surgery in {R.choice(['March', 'June', 'October'])} 2022, including the operative "
           f"report, discharge summary and all physical therapy notes. Please send them to my new orthopedic surgeon:\n\n"
           f"Dr. {staff()[1]}\nSummit Orthopedics\nFax {phone(1)}\n\nMy information:\nName: {f} {l}\nDate of Birth: {us2(b)}\n"
           f"Address: {addr()}\nPhone: {phone(0)}\n\nThe signed authorization form is attached as a scan. Thank you for your help.\n\n"
           f"Regards,\n{f} {l}")
    return M("Medical records request", f"{f} {l} <{pmail(f, l)}>", "him-requests@stbrigidmc.org", txt, patient=l,
             atts=[("authorization_signed.txt", f"AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION\nPatient: {f} {l}  DOB: {us2(b)}\n"
                    f"Release to: Summit Orthopedics\nInformation: operative report, discharge summary, PT notes (2022)\n"
                    f"Purpose: continuity of care\nSigned: /s/ {f} {l}   Date: {us2(day())}\n", "text/plain")])


@T("phi", "self")
def self_billing():
    f, l = pt("F")
    acct = digits(8)
    d = day()
    txt = (f"Hi, I got my statement for account #{acct} and I was charged twice for my visit on {md(d)} (the physical + blood work). "
           f"Both charges say $185.00. My insurance EOB only shows one visit. Can someone fix this before it goes to collections? "
           f"I already paid my $30 copay at the front desk that day.\n\nthanks,\n{f} {l}")
    return M(f"double charge acct {acct}", f"{f} {l} <{pmail(f, l)}>", "billing@northgatefm.com", txt, patient=l)


@T("phi", "self")
def self_late():
    f, l = "Jorge", "Castillo"
    txt = f"running 10 min late for my 2:30 w/ Dr Amin, sorry!!\n- J. Castillo"
    return M("late", f"{f} {l} <{pmail(f, l)}>", "frontdesk@cedarhillsclinic.com", txt, patient=l, carrier="plain")


@T("phi", "self")
def self_therapy():
    f, l = "Priya", R.choice(["Raman", "Subramanian", "Kulkarni"])
    th = fem()
    txt = (f"Hi {th},\n\nI need to cancel Thursday's session, work thing came up that I can't get out of. Could we do next week "
           f"same time? Sorry for the late notice, I know the policy is 24h. I've been doing the breathing exercises and the thought "
           f"log, will bring it.\n\nPriya")
    return M("Thursday", f"{f} {l} <{pmail(f, l)}>", f"{th} <{th.lower()}@mindfulpathcounseling.com>", txt, patient=l,
             carrier="alt")


@T("phi", "self")
def self_prenatal():
    f, l = pt("F")
    txt = (f"I'm 32 weeks and the baby hasn't been moving as much since last night. I did the kick count after dinner and only "
           f"got 5 in 2 hours. Should I come in or go to L&D? My OB is Dr. {doc()}.\n\n{f}\n{phone()}" + mobile())
    return M("baby moving less", f"{f} {l} <{pmail(f, l)}>", "ob-nurse@hvch.org", txt, patient=l, carrier="plain")


@T("phi", "self")
def self_a1c():
    f, l = pt("M")
    mid = f"W{digits(9)}"
    txt = (f"Hello, I got my A1c back in the app, 7.9 -- it was 7.2 in the spring. Is that bad? Do I need to change anything before "
           f"my appointment on the {R.randint(2, 28)}th? I've been walking more so not sure what happened.\n\nMember ID {mid}\n{f} {l}")
    return M("lab question", f"{f} {l} <{pmail(f, l)}>", "nurse-advice@unitedmeridian.com", txt, patient=l, carrier="qp")


@T("phi", "self")
def self_pa():
    f, l = pt("F")
    b = dob(1965, 1992)
    txt = (f"Hi,\nMy insurance says the prior auth for Ozempic was never received. Pharmacy can't fill it. Can you resend it to "
           f"{R.choice(PAYERS)}? Their fax is on the back of my card: {phone(1)}.\nMember ID {R.choice('ABCXZ')}{digits(10)}, DOB {us(b)}.\n"
           f"This is the 2nd time, I've been without it 2 weeks now.\n\n{f} {l}")
    return M("prior auth AGAIN", f"{f} {l} <{pmail(f, l)}>", "rx-requests@northgatefm.com", txt, patient=l)


@T("phi", "self")
def self_fmla():
    f, l = pt("M")
    d = day()
    txt = (f"Good afternoon,\n\nI need the FMLA paperwork completed for my surgery on {md(d)} (Dr. {doc()} is doing my hernia repair). "
           f"My employer needs it by the end of next week. I've attached the form my HR sent me; sections 1 and 2 are filled in. "
           f"Expected time off is 2 weeks then light duty.\n\nThank you,\n{f} {l}\n{phone()}")
    form = (f"CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION\nSECTION I (employer): Employee: {f} {l}  "
            f"Job title: Warehouse Lead\nSECTION II (employee): Surgery date {us(d)}\nSECTION III (provider): ______________________\n")
    return M("FMLA forms for surgery", f"{f} {l} <{pmail(f, l)}>", "forms@summitortho.net", txt, patient=l,
             atts=[("FMLA_WH380E_partial.txt", form, "text/plain")])


@T("phi", "self")
def self_eye():
    f, l = pt("F")
    txt = (f"Hello! I'd like to book my annual eye exam plus a contact lens fitting (I want to try dailies this time). "
           f"I'm covered under VSP through my husband's job, member ID {digits(11)}. Saturdays work best. "
           f"Last exam was with Dr. {doc()} in {R.choice(['January', 'April', 'August'])}.\n\nThanks so much,\n{f} {l}")
    return M("eye exam appt", f"{f} {l} <{pmail(f, l)}>", "appointments@clearviewoptometry.com", txt, patient=l, carrier="html")


@T("phi", "self")
def self_address():
    f, l = pt()
    d = day()
    txt = (f"Hi - I moved last month. Please update my address and phone before my home sleep study on {mon(d)} so the kit "
           f"goes to the right place:\n\n{addr()}\ncell {phone()}\n\nold address was on Maple. Thanks,\n{f} {l}, DOB {us(dob(1960, 1995))}")
    return M("address change before sleep study", f"{f} {l} <{pmail(f, l)}>", "sleeplab@stbrigidmc.org", txt, patient=l)

# =================================================================== PHI: identifiers in odd formats
@T("phi", "ids")
def ids_dotted_dob():
    f, l = pt()
    b = dob(1960, 1995)
    m = f"{digits(2)}-{digits(3)}-{digits(3)}"
    txt = (f"pls add to Thurs ortho clinic:\n{l}, {f}  {b.month}.{b.day}.{str(b.year)[2:]}  MRN: {m}\ncast removal + 2 view xray L wrist\n"
           f"mom will bring him after school ~3:30\n\nty")
    return M("add on", "Peds Ortho Front Desk <pedsortho@summitortho.net>", "xray-tech@summitortho.net", txt, patient=l,
             carrier="plain")


@T("phi", "ids")
def ids_compact_dob():
    f, l = pt("F")
    b = dob(1950, 1990)
    txt = (f"Please register for outpatient lab:\n\nNAME: {l.upper()} {f.upper()}\nDOB: {b.strftime('%Y%m%d')}\nMed Rec # A{digits(7)}\n"
           f"Tests: hemoglobin A1c, urine microalbumin, lipid panel\nOrdering: {doc().upper()} MD\nDx codes on order\n")
    return M("lab reg", "Cedar Hills Clinic <orders@cedarhillsclinic.com>", "labreg@mercyvalley.org", txt, patient=l.upper(),
             carrier="b64")


@T("phi", "ids")
def ids_dmy_member():
    f, l = pt("M")
    b = dob(1945, 1980)
    mid = f"{R.choice(['XJH', 'QKM', 'BRT'])} {digits(3)} {digits(3)} {digits(3)}"
    txt = (f"Eligibility verified for {f} {l}, DOB {b.day} {b.strftime('%b')} {b.year}, member ID {mid}, group {digits(6)}.\n"
           f"Plan active, PCP on file matches. Cardiac rehab (93798) covered after $40 copay per session, 36 sessions/yr. "
           f"OK to schedule first session.\n\n{staff('F')[0]} - insurance verification")
    return M("elig ok - cardiac rehab", "Insurance Verification <iv-team@bayfrontregional.org>",
             "cardiacrehab@bayfrontregional.org", txt, patient=l)


@T("phi", "ids")
def ids_ordinal_dob_claim():
    f, l = pt("F")
    b = dob(1960, 1999)
    suf = {1: "st", 2: "nd", 3: "rd"}.get(b.day if b.day < 20 else b.day % 10, "th")
    clm = f"CLM-{R.randint(2023, 2025)}-{digits(7)}"
    txt = (f"Hi {staff('F')[0]},\n\nFollowing up on claim {clm} for {f} {l} (born {b.strftime('%B')} {b.day}{suf}, '{str(b.year)[2:]}). "
           f"It's the physical therapy visits from last spring, 8 units 97110. The payer says timely filing but we have the clearinghouse "
           f"acceptance report from within 30 days. Can you pull it and send it over so I can file the reconsideration?\n\nthanks,\n"
           f"{staff('M')[0]}\nAR follow-up")
    return M(f"timely filing - {clm}", "AR Follow-up <ar@summitortho.net>", "edi-support@summitortho.net", txt, patient=l)


@T("phi", "ids")
def ids_statement():
    f, l = pt()
    acct = f"{digits(4)}-{digits(6)}"
    d = day()
    rows = [("DOS", "Description", "Charges", "Ins paid", "Adj", "You owe"),
            (us2(d), "Office visit, established", "210.00", "128.40", "41.60", "40.00"),
            (us2(d), "Venipuncture", "25.00", "9.12", "15.88", "0.00"),
            (us2(d), "Comprehensive metabolic panel", "88.00", "14.39", "53.61", "20.00"),
            (us2(d + dtm.timedelta(days=14)), "X-ray chest 2 views", "160.00", "37.80", "62.20", "60.00")]
    body = (f"NORTHGATE FAMILY MEDICINE - PATIENT STATEMENT\n\nStatement date: {us2(d + dtm.timedelta(days=45))}\n"
            f"Account number: {acct}\nGuarantor: {f} {l}\n{addr()}\n\nPatient: {f} {l}\n\n"
            + fixed(rows, [12, 32, 10, 10, 8, 8]) +
            f"\n\nAMOUNT DUE: $120.00   Due by {us2(d + dtm.timedelta(days=75))}\n\nPay online at northgatefm.com/pay or call "
            f"{phone(0)}. Thank you!")
    return M(f"Your statement is ready - account {acct}", "Northgate Billing <statements@northgatefm.com>",
             f"{f} {l} <{pmail(f, l)}>", body, patient=l, carrier="plain")


@T("phi", "ids")
def ids_home_health_intake():
    f, l = pt("F")
    txt = (f"New HH referral:\n\n{f} {l}\n{addr()}\nhome {phone(0)}  cell {phone(2)}\nDOB {us(dob(1930, 1950))}\n"
           f"Medicare\nSN 2x/wk x 4 wks (med mgmt, wound care sacral), PT eval & treat\nSOC requested {md(day())}\n"
           f"Lives alone, niece checks in daily.\n\nReferring: Dr {doc()} / d/c from 6N today\n")
    return M("HH referral", "Case Mgmt 6N <cm6n@stbrigidmc.org>", "intake@brightstarhomehealth.com", txt, patient=l)


@T("phi", "ids")
def ids_fax_cover():
    f, l = pt("M")
    b = dob(1950, 1985)
    txt = (f"FAX COVER / EMAIL-TO-FAX\n\nTO: Prior Authorization Dept, {R.choice(PAYERS)}\nFROM: Cedar Hills Clinic\nPAGES: 6 incl. cover\n\n"
           f"RE: pt acct #{digits(7)} -- {l.upper()}, {f.upper()} -- DOB {b.strftime('%m-%d-%Y')}\nREQUEST: MRI brain w/ and w/o contrast (70553)\n"
           f"Clinical notes and neuro consult attached. URGENT - please review within 72h.\n")
    return M("fax: PA request", "efax-out@cedarhillsclinic.com", f"fax+1{digits(10)}@efax-gateway.net", txt, patient=l.upper(),
             carrier="plain")


@T("phi", "ids")
def ids_spaced_mrn():
    f, l = pt()
    m = f"{digits(4)} {digits(4)}"
    fin = digits(10)
    txt = (f"Can someone merge these? Same pt registered twice:\n\n{l}, {f}   MRN {m}   FIN {fin}  (ED visit {md(day())})\n"
           f"{l}, {f[0]}     MRN {digits(4)} {digits(4)}   FIN {digits(10)}  (lab only)\n\nSame DOB and address, looks like typo in first name at "
           f"lab reg. ED encounter has the CT and the ortho consult.\n\n- HIM data integrity")
    return M("possible duplicate MRN", "HIM Data Integrity <him-di@bayfrontregional.org>", "mpi-team@bayfrontregional.org", txt,
             patient=l)


@T("phi", "ids")
def ids_mbi():
    f, l = pt("F")
    letters = "ACDEFGHJKMNPQRTUVWXY"
    mbi = f"{R.randint(1, 9)}{R.choice(letters)}{R.choice(letters)}{R.randint(0, 9)}-{R.choice(letters)}{R.choice(letters)}{R.randint(0, 9)}-{R.choice(letters)}{R.choice(letters)}{R.randint(10, 99)}"
    txt = (f"Annual wellness visit done today for {f} {l}, MBI {mbi}. Billed G0439 + 99497 (ACP discussion, 18 min). "
           f"Pt also got pneumococcal vaccine, lot entered. Please make sure the ACP form is scanned before claim drops.\n\n"
           f"{staff('F')[0]}, MA")
    return M("AWV charges", "Clinic MA <ma-team@northgatefm.com>", "coding@northgatefm.com", txt, patient=l)


@T("phi", "ids")
def ids_medicaid_ssn4():
    f, l = pt("M")
    mid = f"{R.choice(['KM', 'TC'])}{digits(8)}"
    txt = (f"{f} {l} - Medicaid {mid}, SSN xxx-xx-{digits(4)}. Transportation benefit showed inactive when we called for his "
           f"dialysis rides. Pt says he re-certified last month. Can you check the state portal and let me know before Friday? "
           f"Otherwise we'll set him up with the county van.\n\n{staff('F')[0]}, SW\nPrairie Kidney Center")
    return M("medicaid check", "Social Work <sw@prairiekidney.org>", "financial-counselor@prairiekidney.org", txt, patient=l)


@T("phi", "ids")
def ids_patient_email():
    f, l = pt("F")
    em = pmail(f, l)
    d = day()
    txt = (f"Portal activation issue: pt {f} {l} says she never got the activation link. Email on file is {em} -- she says "
           f"it should be {em.split('@')[0]}@{R.choice(PMAIL)}. Corrected and resent. She needs portal access for her telehealth "
           f"visit {md(d)} with behavioral health.\n\nticket #{digits(6)}")
    return M("portal activation", "Patient Access Help Desk <pahelpdesk@riversidehealth.org>", "it-servicedesk@riversidehealth.org",
             txt, patient=l, carrier="html")


@T("phi", "ids")
def ids_subscriber_group():
    f, l = pt("F")
    cf = mas()
    txt = (f"Dependent: {f} {l}, DOB {dob(2008, 2018).isoformat()}\nSubscriber: {cf} {l}\nSubscriber ID: {R.choice('HU')}{digits(8)}-02\n"
           f"Group #: {digits(5)}-{R.choice('ABCD')}\n\nCoverage active. Orthodontic benefit: 50% to $1,500 lifetime, none used. "
           f"Braces consult on file {us(day())}, treatment plan est. $5,400.\n")
    return M("benefits check - ortho", "Bright Smiles Orthodontics <office@brightsmilesortho.com>",
             "billing@brightsmilesortho.com", txt, patient=l, carrier="plain")


@T("phi", "ids")
def ids_rx_iso():
    f, l = pt()
    b = dob(1940, 2000)
    txt = (f"Transfer request\n\nPatient: {f} {l}\nDOB: {b.isoformat()}\nRx#: {digits(7)} levothyroxine 75 mcg, 2 refills left\n"
           f"Rx#: {digits(7)} sertraline 50 mg, 4 refills left\nTransfer to: Harbor Pharmacy #0412, NPI {digits(10)}, ph {phone(0)}\n"
           f"Pt requests transfer effective today.\n")
    return M("Rx transfer", "Harbor Pharmacy #0412 <store0412@harborpharmacy.com>", "rx-transfers@valuemart-pharmacy.com",
             txt, patient=l)


@T("phi", "ids")
def ids_har_csn():
    f, l = pt("M")
    txt = (f"Referral received:\n\nHAR {digits(9)} / CSN {digits(10)}\nPt: {l}, {f} {R.choice('ABCDEFJKLMR')}\nPhone {phone(2)}\n"
           f"Referred by Dr. {doc()} for outpatient cardiac monitoring (14-day patch). Device to be mailed to home address on file. "
           f"Pt prefers text contact.\n\nReferral Coordinator, Heart & Vascular")
    return M("ref rcvd", "Heart & Vascular Referrals <hv-referrals@mercyvalley.org>", "device-clinic@mercyvalley.org", txt,
             patient=l)

# =================================================================== PHI: lists / plain-text tables
def _names(n, g=None):
    return [pt(g) for _ in range(n)]


@T("phi", "lists")
def ls_fixed_schedule():
    d = day()
    ps = _names(9)
    times = ["08:00", "08:20", "08:40", "09:00", "09:30", "10:00", "10:20", "10:40", "11:00"]
    vt = ["NEW PT", "F/U", "F/U", "PHYSICAL", "F/U", "AWV", "NEW PT", "PROC - SKIN BX", "F/U"]
    rows = [("TIME", "PATIENT", "DOB", "VISIT", "PROVIDER")]
    for t, (f, l), v in zip(times, ps, vt):
        rows.append((t, f"{l.upper()}, {f}", us2(dob(1940, 2020)), v, R.choice(["AMIN", "DESAI", "KAUR"])))
    txt = (f"Tomorrow's AM schedule for Suite B ({us(d)}), pls pull charts/pre-visit planning:\n\n"
           + fixed(rows, [8, 26, 13, 15, 8]) + "\n\n-Front desk")
    return M(f"AM sched {md(d)} suite B", "Northgate Front Desk <frontdesk@northgatefm.com>", "ma-team@northgatefm.com", txt,
             patient=ps[0][1].upper(), carrier="plain")


@T("phi", "lists")
def ls_pipe_bedboard():
    ps = _names(8)
    rows = ["| Rm  | Patient              | Age | Attending | Status            |",
            "|-----|----------------------|-----|-----------|-------------------|"]
    stat = ["d/c pending ride", "NPO for EGD", "PT eval today", "tele, stable", "awaiting SNF bed", "new admit 0300",
            "d/c'd 1100", "IV abx q8h"]
    for i, ((f, l), s) in enumerate(zip(ps, stat)):
        rows.append(f"| {401 + i:<3} | {(l + ', ' + f[0] + '.'):<20} | {R.randint(24, 96):<3} | {doc():<9} | {s:<17} |")
    txt = "4W bed board as of 0700:\n\n" + "\n".join(rows) + "\n\n2 beds open after 1100. ED holding 3.\n"
    return M("4W board 0700", "4West Charge <4west-charge@bayfrontregional.org>", "bed-management@bayfrontregional.org",
             txt, patient=ps[0][1], carrier="qp")


@T("phi", "lists")
def ls_tab_rounding():
    ps = _names(6)
    lines = ["Bed\tName\tMRN\tPlan"]
    plans = ["wean O2, ambulate", "f/u cx, narrow abx", "cards c/s, echo today", "PT/OT, d/c planning", "trend trop, NPO",
             "pain ctrl, IS"]
    for i, ((f, l), p) in enumerate(zip(ps, plans)):
        lines.append(f"{R.randint(501, 530)}{R.choice('AB')}\t{l}, {f}\t{mrn()}\t{p}")
    txt = "rounding list for gen med team B, copy/pasted from the EHR:\n\n" + "\n".join(lines) + "\n\nstart at 0830 on 5S"
    return M("team B list", f"{staff()[0]} <resident-genmed@stbrigidmc.org>", "genmed-teamb@stbrigidmc.org", txt,
             patient=ps[0][1])


@T("phi", "lists")
def ls_csv_noshow_body():
    d = day()
    ps = _names(7)
    lines = ["last_name,first_name,phone,appt_date,appt_type,provider"]
    for f, l in ps:
        lines.append(f"{l},{f},{phone(1)},{us2(d)},{R.choice(['MAMMO SCREEN', 'DEXA', 'US PELVIS', 'MAMMO DIAG'])},{doc()}")
    txt = f"No-shows from {us(d)}, please call to reschedule\n\n" + "\n".join(lines)
    return M(f"no shows {md(d)}", "Imaging Scheduling <imaging-scheduling@riversidehealth.org>",
             "callcenter@riversidehealth.org", txt, patient=ps[0][1])


@T("phi", "lists")
def ls_csv_callback_attach():
    ps = _names(10)
    lines = ["Patient,DOB,Phone,Reason for call back,Result"]
    reasons = ["abnormal lab - needs visit", "Rx ready to pick up", "vaccine due", "referral approved", "results normal - letter",
               "colonoscopy overdue", "needs fasting labs", "imaging auth approved", "refill denied - needs appt", "BP recheck"]
    for (f, l), r in zip(ps, reasons):
        lines.append(f"\"{l}, {f}\",{us2(dob(1940, 2005))},{phone(0)},{r},")
    txt = "Attached is this week's call-back list. Please fill in the Result column and send back by Friday. Thanks!\n\nKeisha"
    return M("call back list wk", "Keisha <keisha.ops@northgatefm.com>", "float-ma@northgatefm.com", txt,
             atts=[("callbacks.csv", "\r\n".join(lines) + "\r\n", "text/csv")], patient=ps[0][1], carrier="alt")


@T("phi", "lists")
def ls_txt_attach_dialysis():
    ps = _names(12)
    out = ["PRAIRIE KIDNEY CENTER - EAST  CHAIR ASSIGNMENTS  MWF", ""]
    shifts = ["06:15", "11:30", "16:30"]
    for i, (f, l) in enumerate(ps):
        out.append(f"Chair {i % 4 + 1:>2}  {shifts[i // 4]}  {l:<14} {f:<10}  EDW {R.randint(55, 110)}.{R.randint(0, 9)} kg  "
                   f"{R.choice(['AVF L arm', 'AVG R arm', 'CVC'])}")
    txt = "Updated chair sheet attached, effective Monday. Note 2 shift changes in the afternoon.\n\n- charge RN"
    return M("chair assignments MWF", "East Unit Charge <eastunit@prairiekidney.org>", "eastunit-staff@prairiekidney.org",
             txt, atts=[("chairs_MWF.txt", "\n".join(out) + "\n", "text/plain")], patient=ps[0][1])


@T("phi", "lists")
def ls_no_header():
    ps = _names(5)
    items = ["post chole POD1, clears, ambulate", "s/p ORIF L ankle, NWB, PT today", "appy POD2, advance diet, d/c am?",
             "SBO, NGT to LIWS, serial exams", "hernia repair, d/c after void"]
    txt = "\n".join(f"rm {R.randint(300, 340)} - {l} - {it}" for (f, l), it in zip(ps, items))
    txt += "\n\nthat's all for gen surg tonight. pager on me til 7\n"
    return M("signout", f"{staff('M')[0]} <night-surg@mercyvalley.org>", "gensurg-residents@mercyvalley.org", txt,
             patient=ps[0][1], carrier="plain")


@T("phi", "lists")
def ls_html_vaccine_roster():
    ps = _names(8)
    rows = [("Name", "DOB", "Vaccine", "Dose", "Lot", "Given by")]
    for f, l in ps:
        rows.append((f"{f} {l}", us2(dob(1950, 2010)), R.choice(["Influenza (quad)", "COVID-19 2024-25", "Tdap", "Hep B"]),
                     R.choice(["1", "2", "booster"]), f"{R.choice('ABEFK')}{digits(5)}", R.choice(["JP RN", "MK LPN", "TS RN"])))
    html = ("<html><body><p>Roster from Saturday's community vaccine clinic at St. Luke's parish hall. Please enter into the "
            "registry by Weds.</p>\n" + html_table(rows) + "\n<p>Thanks,<br>Outreach team</p></body></html>")
    return M("vaccine clinic roster Sat", "Community Outreach <outreach@hvch.org>", "registry-entry@hvch.org", html=html,
             carrier="html", patient=ps[0][1])


@T("phi", "lists")
def ls_discharge_transport():
    ps = _names(5)
    lines = ["Discharges needing transport today:"]
    for f, l in ps:
        lines.append(f"  {l}, {f} / {R.choice(['6N', '5S', '4W', 'ICU stepdown'])} / {R.choice(['BLS stretcher', 'w/c van', 'ambulatory - taxi voucher'])}"
                     f" / to {R.choice(['home', 'Maple Grove SNF', 'Sunrise ALF', 'home w/ HH'])} / ready {R.choice(['1000', '1130', '1300', '1500'])}")
    txt = "\n".join(lines) + "\n\nPls confirm ETAs in the transport log.\n"
    return M("d/c transport list", "Patient Flow <patientflow@stbrigidmc.org>", "transport-dispatch@stbrigidmc.org", txt,
             patient=ps[0][1])


@T("phi", "lists")
def ls_lab_recall_csv():
    ps = _names(9)
    lines = ["MRN|Patient|Last INR|Date|Due"]
    for f, l in ps:
        dd = day(0, 300)
        lines.append(f"{mrn()}|{l} {f}|{R.randint(15, 38) / 10}|{us2(dd)}|{us2(dd + dtm.timedelta(days=28))}")
    txt = ("Anticoag clinic - overdue INR list. Pipe-delimited export pasted below because the attachment kept bouncing.\n\n"
           + "\n".join(lines) + "\n")
    return M("overdue INR recall", "Anticoag Clinic <anticoag@mercyvalley.org>", "anticoag-rn@mercyvalley.org", txt,
             patient=ps[0][1], carrier="b64")


@T("phi", "lists")
def ls_home_route():
    ps = _names(6)
    lines = []
    for i, (f, l) in enumerate(ps, 1):
        lines.append(f"{i}. {tm()}  {f} {l}  -  {addr()}  -  {R.choice(['wound vac change', 'INR draw', 'med set-up', 'SN visit + teaching', 'foley change', 'recert OASIS'])}")
    txt = "Your route for tomorrow:\n\n" + "\n".join(lines) + "\n\nCall office if any cancels. Mileage sheets due Fri."
    return M("route - tomorrow", "BrightStar Home Health Scheduling <sched@brightstarhomehealth.com>",
             f"{staff('F')[0].lower()}.rn@brightstarhomehealth.com", txt, patient=ps[0][1])


@T("phi", "lists")
def ls_or_board():
    d = day()
    ps = _names(6)
    procs = ["LAP CHOLE", "TKA R", "CYSTO/URETEROSCOPY", "CABG x3", "LAP APPY", "CARPAL TUNNEL REL L"]
    rows = [("OR", "START", "PATIENT", "AGE", "PROCEDURE", "SURGEON")]
    for i, ((f, l), p) in enumerate(zip(ps, procs)):
        rows.append((str(i + 1), R.choice(["0730", "0745", "1000", "1215", "1330"]), f"{l.upper()}, {f.upper()}",
                     str(R.randint(18, 88)), p, doc().upper()))
    txt = f"OR schedule {us(d)} -- FINAL\n\n" + fixed(rows, [4, 7, 24, 5, 24, 10])
    return M(f"OR sched {md(d)} final", "OR Scheduling <or-sched@bayfrontregional.org>", "periop-all@bayfrontregional.org",
             txt, patient=ps[0][1].upper(), carrier="plain")


@T("phi", "lists")
def ls_pa_worklist():
    ps = _names(6)
    rows = ["Pt name | Payer | Service | Submitted | Status"]
    for f, l in ps:
        rows.append(f"{f} {l} | {R.choice(PAYERS)} | {R.choice(['MRI L-spine', 'CT abd/pelvis', 'sleep study', 'Humira', 'PET/CT', 'knee scope'])} | "
                    f"{md(day())} | {R.choice(['pending', 'pended-need notes', 'approved', 'denied - P2P'])}")
    txt = "PA worklist, anything pended needs clinicals by EOD\n\n" + "\n".join(rows)
    return M("PA worklist", "Prior Auth Team <pa-team@summitortho.net>", "pa-team@summitortho.net", txt, patient=ps[0][1])


@T("phi", "lists")
def ls_html_clinic_tsv_attach():
    d = day()
    ps = _names(7)
    lines = []
    for f, l in ps:
        lines.append("\t".join([tm(), f"{l}, {f}", R.choice(["WELL CHILD 12M", "SICK", "WELL CHILD 4Y", "ADHD F/U", "NEWBORN"]),
                                f"{R.choice('MF')}", us2(dob(2012, 2024))]))
    txt = (f"Hi all, Dr. {doc()} is out {us(d)} -- these kids need to be moved to the NP or rescheduled. TSV attached "
           f"(no header, cols: time / name / visit / sex / dob).\n\nThanks!")
    return M(f"moves needed {md(d)}", "Lakeview Peds Office Mgr <office@lakeviewpeds.com>", "frontdesk@lakeviewpeds.com", txt,
             atts=[("moves.tsv", "\n".join(lines) + "\n", "text/tab-separated-values")], patient=ps[0][1], carrier="html")

# =================================================================== PHI: HL7 / X12 / FHIR
def _ts(d=None, hm=True):
    d = d or day()
    return d.strftime("%Y%m%d") + (f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}" if hm else "")


def _pid(f, l, b, sex, m):
    c, st, z = R.choice(CITIES)
    return (f"PID|1||{m}^^^MVH^MR~{digits(9)}^^^SSA^SS||{l.upper()}^{f.upper()}^{R.choice('ABCDEJKLMR')}||{b.strftime('%Y%m%d')}|{sex}|||"
            f"{R.randint(10, 9999)} {R.choice(STREETS).upper()}^^{c.upper()}^{st}^{z}{R.randint(10, 99)}^USA||^PRN^PH^^^{R.randint(201, 989)}^{digits(7)}"
            f"|||{R.choice(['M', 'S', 'W', 'D'])}||{digits(10)}")


@T("phi", "struct")
def st_adt_a01_body():
    f, l = pt()
    b = dob()
    ts = _ts()
    segs = [f"MSH|^~\\&|EPIC|MVH|CLOVERLEAF|MVH|{ts}||ADT^A01^ADT_A01|{digits(9)}|P|2.5.1",
            f"EVN|A01|{ts}",
            _pid(f, l, b, R.choice("MF"), digits(8)),
            f"PV1|1|I|6N^612^B^MVH^^^^^6 NORTH||||{digits(6)}^{doc().upper()}^{R.choice(['ANIL', 'SARAH', 'DAVID'])}^^^^MD|||MED||||7|||"
            f"{digits(6)}^{doc().upper()}^JOHN^^^^MD|IN||{R.choice(['MCR', 'BCB', 'MCD'])}|||||||||||||||||||MVH||ADM|||{ts}",
            f"IN1|1|{digits(5)}|{digits(6)}|{R.choice(PAYERS).upper()}|||||||||||{l.upper()}^{f.upper()}|SEL|{b.strftime('%Y%m%d')}"]
    txt = ("This A01 hit the error queue at 08:45 with 'PV1-3 unknown bed'. Bed 612B was just added to the build - can you "
           "reprocess?\n\n" + "\n".join(segs) + "\n\nthanks\n" + staff()[0] + " - Integration Team")
    return M("ADT A01 stuck in error queue", "Integration Team <integration@mercyvalley.org>", "cloverleaf-support@mercyvalley.org",
             txt, patient=l.upper(), carrier="plain")


@T("phi", "struct")
def st_oru_attach():
    f, l = pt("F")
    b = dob()
    ts = _ts()
    m = digits(8)
    res = [("WBC", "6.8", "10*3/uL", "4.0-11.0", "N"), ("HGB", "10.9", "g/dL", "12.0-15.5", "L"), ("PLT", "244", "10*3/uL", "150-400", "N"),
           ("NA", "139", "mmol/L", "135-145", "N"), ("K", "5.4", "mmol/L", "3.5-5.1", "H"), ("CREAT", "1.38", "mg/dL", "0.57-1.00", "H")]
    segs = [f"MSH|^~\\&|SUNQUEST|RVHLAB|EPIC|RVH|{ts}||ORU^R01|{digits(8)}|P|2.3.1",
            _pid(f, l, b, "F", m),
            f"ORC|RE|{digits(9)}|{digits(9)}||CM",
            f"OBR|1|{digits(9)}|{digits(9)}|80048^BMP+CBC^L|||{ts}|||||||{ts}|BLD|{digits(6)}^{doc().upper()}^MARK"]
    for i, (c, v, u, rr, fl) in enumerate(res, 1):
        segs.append(f"OBX|{i}|NM|{c}^{c}^L||{v}|{u}|{rr}|{fl}|||F|||{ts}")
    txt = (f"Attached is the ORU that didn't file to the chart for MRN {m}. Resulted in Sunquest at {ts[8:10]}:{ts[10:12]} but "
           f"nothing in Epic. Provider is asking for the K+.\n")
    return M("ORU not filing", f"{staff('F')[0]} <lab-is@riversidehealth.org>", "interface-team@riversidehealth.org", txt,
             atts=[(f"oru_{m}.hl7", "\r".join(segs) + "\r", "application/hl7-v2")], patient=l.upper())


@T("phi", "struct")
def st_siu_body():
    f, l = pt("M")
    b = dob()
    d = day()
    segs = [f"MSH|^~\\&|CADENCE|NFM|ATHENA|NFM|{_ts()}||SIU^S12|{digits(10)}|P|2.4",
            f"SCH|{digits(8)}|{digits(8)}|||||FOLLOWUP^Follow Up Visit|ROUTINE|20|MIN|^^20^{d.strftime('%Y%m%d')}1040^{d.strftime('%Y%m%d')}1100",
            _pid(f, l, b, "M", "NFM" + digits(6)),
            f"PV1|1|O|NFM-SUITE-B||||{digits(6)}^{doc().upper()}^PRIYA^^^^MD",
            f"AIS|1||99214^OFFICE VISIT EST|{d.strftime('%Y%m%d')}1040|||20|MIN",
            f"AIP|1||{digits(6)}^{doc().upper()}^PRIYA|ATTENDING"]
    return M("SIU sample from prod for mapping", "Interfaces <interfaces@northgatefm.com>", "athena-onboarding@athenaimpl.com",
             "\n".join(segs) + "\n", patient=l.upper(), carrier="qp")


@T("phi", "struct")
def st_hl7_fragment_log():
    f, l = pt()
    b = dob()
    ts = _ts()
    log = (f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} 03:12:44,118 ERROR [ib_rad_in] segment validation failed\n"
           f"  PID|1||{digits(7)}^^^BRH^MR||{l.upper()}^{f.upper()}||{b.strftime('%Y%m%d')}|{R.choice('MF')}|||{addr().upper().replace(', ', '^')}\n"
           f"  PV1|1|E|ED^12^01\n  ORC|NW|{digits(8)}\n  OBR|1|{digits(8)}||CTHEAD^CT HEAD WO CONTRAST|STAT||{ts}\n"
           f"  OBX|1|TX|IMP^Impression||No acute intracranial hemorrhage. ||||||F\n"
           f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} 03:12:44,120 WARN  [ib_rad_in] message moved to /err/rad\n")
    return M("rad inbound errors overnight", "ops-alerts <ops-alerts@bayfrontregional.org>", "integration-oncall@bayfrontregional.org",
             log, patient=l.upper(), carrier="plain")


def _isa(sender, receiver, ctrl):
    d = day()
    return (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{d.strftime('%y%m%d')}*{R.randint(10, 23)}{R.randint(10, 59)}*^*00501*{ctrl}*0*P*:~", d)


@T("phi", "struct")
def st_837p_attach():
    f, l = pt("F")
    b = dob(1950, 1995)
    ctrl = digits(9)
    isa, d = _isa("NFM01", "CLRHOUSE", ctrl)
    c, st, z = R.choice(CITIES)
    acct = "PA" + digits(7)
    segs = [isa, f"GS*HC*NFM01*CLRHOUSE*{d.strftime('%Y%m%d')}*1105*{ctrl[-4:]}*X*005010X222A1~", "ST*837*0001*005010X222A1~",
            f"BHT*0019*00*{digits(6)}*{d.strftime('%Y%m%d')}*1105*CH~", "NM1*41*2*NORTHGATE FAMILY MEDICINE*****46*NFM01~",
            "NM1*40*2*CLRHOUSE*****46*CLRHOUSE~", "HL*1**20*1~",
            f"NM1*85*2*NORTHGATE FAMILY MEDICINE*****XX*{digits(10)}~", f"N3*{R.randint(100, 999)} {R.choice(STREETS).upper()}~",
            f"REF*EI*{digits(9)}~", "HL*2*1*22*0~", "SBR*P*18*******CI~",
            f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{R.choice('XWH')}{digits(9)}~",
            f"N3*{R.randint(10, 9999)} {R.choice(STREETS).upper()}~", f"N4*{c.upper()}*{st}*{z}{R.randint(10, 99)}~",
            f"DMG*D8*{b.strftime('%Y%m%d')}*F~", f"NM1*PR*2*{R.choice(PAYERS).upper()}*****PI*{digits(5)}~",
            f"CLM*{acct}*245***11:B:1*Y*A*Y*Y~", "HI*ABK:M545*ABF:M6283~", "LX*1~", "SV1*HC:99214*165*UN*1***1:2~",
            f"DTP*472*D8*{d.strftime('%Y%m%d')}~", "LX*2~", "SV1*HC:97140*80*UN*2***1~", f"DTP*472*D8*{d.strftime('%Y%m%d')}~",
            "SE*27*0001~", f"GE*1*{ctrl[-4:]}~", f"IEA*1*{ctrl}~"]
    txt = (f"Claim {acct} rejected at the clearinghouse (999 says 2010BA). File attached as sent. Can you see anything wrong "
           f"with the subscriber loop?\n\n{staff('F')[0]}\nBilling")
    return M(f"rejected 837 {acct}", "NFM Billing <billing@northgatefm.com>", "support@clrhouse-edi.com", txt,
             atts=[(f"{acct}.x12", "\n".join(segs) + "\n", "application/edi-x12")], patient=l.upper())


@T("phi", "struct")
def st_835_body():
    ps = _names(2)
    ctrl = digits(9)
    isa, d = _isa("CRESTLINE", "SUMMITORTHO", ctrl)
    segs = [isa, f"GS*HP*CRESTLINE*SUMMITORTHO*{d.strftime('%Y%m%d')}*0800*{ctrl[-3:]}*X*005010X221A1~", "ST*835*0001~",
            f"BPR*I*{money(300, 900).replace(',', '')}*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*{digits(10)}**01*{digits(9)}*DA*{digits(8)}*{d.strftime('%Y%m%d')}~",
            f"TRN*1*{digits(10)}*{digits(10)}~", "N1*PR*CRESTLINE HEALTH PLAN~", "N1*PE*SUMMIT ORTHOPEDICS*XX*" + digits(10) + "~"]
    for f, l in ps:
        segs += [f"CLP*SO{digits(6)}*1*{R.randint(200, 900)}*{R.randint(80, 400)}*{R.randint(0, 60)}*12*{digits(13)}*11*1~",
                 f"NM1*QC*1*{l.upper()}*{f.upper()}****MI*{digits(11)}~",
                 f"SVC*HC:{R.choice(['20610', '99213', '73721', '29881'])}*{R.randint(150, 600)}*{R.randint(60, 300)}~",
                 f"DTM*472*{day().strftime('%Y%m%d')}~", f"CAS*CO*45*{R.randint(20, 200)}~", f"CAS*PR*2*{R.randint(10, 60)}~"]
    segs += ["SE*20*0001~", f"GE*1*{ctrl[-3:]}~", f"IEA*1*{ctrl}~"]
    txt = "posting this ERA manually since the auto-post choked on it:\n\n" + "\n".join(segs)
    return M("ERA manual post", "Cash Posting <cashposting@summitortho.net>", "pm-support@summitortho.net", txt,
             patient=ps[0][1].upper())


@T("phi", "struct")
def st_270_271():
    f, l = pt("M")
    b = dob()
    mid = f"H{digits(8)}"
    ctrl = digits(9)
    isa, d = _isa("BAYFRONT", "KEYSTONEMCD", ctrl)
    req = "\n".join([isa, "ST*270*0001*005010X279A1~", f"BHT*0022*13*{digits(8)}*{d.strftime('%Y%m%d')}*0915~",
                     "HL*1**20*1~", "NM1*PR*2*KEYSTONE MEDICAID*****PI*KSMCD~", "HL*2*1*21*1~",
                     f"NM1*1P*2*BAYFRONT REGIONAL HOSPITAL*****XX*{digits(10)}~", "HL*3*2*22*0~",
                     f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mid}~", f"DMG*D8*{b.strftime('%Y%m%d')}~",
                     f"DTP*291*D8*{d.strftime('%Y%m%d')}~", "EQ*30~", "SE*12*0001~"])
    resp = "\n".join(["ST*271*0001*005010X279A1~", f"NM1*IL*1*{l.upper()}*{f.upper()}****MI*{mid}~",
                      f"N3*{R.randint(10, 9999)} {R.choice(STREETS).upper()}~", f"DMG*D8*{b.strftime('%Y%m%d')}*M~",
                      "EB*1*IND*30**MEDICAID FULL~", "EB*B*IND*98***27*3~", "EB*R*IND*30*HM*TRI-COUNTY CARE~", "SE*9*0001~"])
    txt = (f"Registration is getting 'active' in the 271 but the MCO name isn't mapping to a plan. Request and response below "
           f"(ED visit this morning).\n\n--- 270 ---\n{req}\n\n--- 271 ---\n{resp}\n")
    return M("271 plan mapping", "Patient Access <patientaccess@bayfrontregional.org>", "eligibility-vendor@realtimeelig.com",
             txt, patient=l.upper())


@T("phi", "struct")
def st_834():
    ps = _names(3)
    ctrl = digits(9)
    isa, d = _isa("ACMEMFG", "EVERGREENHA", ctrl)
    segs = [isa, "ST*834*0001*005010X220A1~", f"BGN*00*{digits(6)}*{d.strftime('%Y%m%d')}*1200****4~", "N1*P5*ACME MANUFACTURING*FI*" + digits(9) + "~",
            "N1*IN*EVERGREEN HEALTH ALLIANCE*FI*" + digits(9) + "~"]
    for i, (f, l) in enumerate(ps):
        b = dob(1960, 2015)
        segs += [f"INS*{'Y' if i == 0 else 'N'}*{'18' if i == 0 else '19'}*021*28*A***FT~", f"REF*0F*{digits(9)}~",
                 f"NM1*IL*1*{l.upper()}*{f.upper()}~", f"N3*{R.randint(10, 9999)} {R.choice(STREETS).upper()}~",
                 f"DMG*D8*{b.strftime('%Y%m%d')}*{R.choice('MF')}~", f"HD*021**HLT*PPO500*EMP~", f"DTP*348*D8*{d.strftime('%Y%m%d')}~"]
    segs += ["SE*25*0001~"]
    return M("834 file - Jan adds", "Benefits EDI <benefits-edi@acmemfg.com>", "enrollment@evergreenha.com",
             "See attached 834 adds for the January open enrollment batch.\n",
             atts=[("ACME_834_adds.x12", "~\n".join(s.rstrip("~") for s in segs) + "~\n", "text/plain")], patient=ps[0][1].upper(),
             carrier="plain")


@T("phi", "struct")
def st_fhir_bundle_attach():
    f, l = pt("F")
    b = dob()
    d = day()
    pid = digits(6)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": pid,
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4521.1", "value": "RVH" + digits(7)}],
                      "name": [{"family": l, "given": [f]}], "gender": "female", "birthDate": b.isoformat(),
                      "telecom": [{"system": "phone", "value": phone(1)}],
                      "address": [{"line": [f"{R.randint(10, 9999)} {R.choice(STREETS)}"], "city": R.choice(CITIES)[0]}]}},
        {"resource": {"resourceType": "Encounter", "id": "enc-" + digits(6), "status": "finished",
                      "class": {"code": "AMB"}, "subject": {"reference": f"Patient/{pid}"},
                      "period": {"start": d.isoformat() + "T09:10:00-05:00", "end": d.isoformat() + "T09:40:00-05:00"},
                      "type": [{"text": "Prenatal visit"}]}},
        {"resource": {"resourceType": "Observation", "id": "obs-" + digits(6), "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "8480-6", "display": "Systolic blood pressure"}]},
                      "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": d.isoformat(),
                      "valueQuantity": {"value": R.randint(104, 150), "unit": "mm[Hg]"}}}]}
    txt = "FHIR bundle from the sandbox pull against prod (oops) - please delete after you look at the Encounter.type mapping."
    return M("bundle for mapping review", f"{staff()[0]} <dev-team@riversidehealth.org>", "hie-onboarding@statehie.org", txt,
             atts=[("bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False), "application/fhir+json")], patient=l)


@T("phi", "struct")
def st_fhir_obs_body():
    f, l = pt("M")
    pid = digits(7)
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
           "subject": {"reference": f"Patient/{pid}", "display": f"{f} {l}"},
           "effectiveDateTime": day().isoformat() + "T07:55:00Z",
           "valueQuantity": {"value": round(R.uniform(5.4, 9.8), 1), "unit": "%"},
           "performer": [{"display": "Mercy Valley Lab"}]}
    txt = ("This one came through the API with the display name populated but no identifier; the app shows it under the wrong chart.\n\n"
           + json.dumps(obs, indent=2) + "\n")
    return M("FHIR obs w/o identifier", "API Support <api-support@mercyvalley.org>", "vendor-tickets@glucotrack-app.com", txt,
             patient=l, carrier="alt")


@T("phi", "struct")
def st_x12_fragment():
    f, l = pt()
    b = dob()
    txt = (f"from the clearinghouse rejection log, claim #2 in batch {digits(5)}:\n\n"
           f"NM1*IL*1*{l.upper()}*{f.upper()}*{R.choice('ABCDEK')}***MI*{digits(9)}A~\nDMG*D8*{b.strftime('%Y%m%d')}*{R.choice('MF')}~\n"
           f"CLM*{digits(8)}*1250***22:B:1*Y*A*Y*Y~\nHI*ABK:Z3A28~\nSV1*HC:59425*1250*UN*1***1~\nDTP*472*RD8*{day().strftime('%Y%m%d')}-{day().strftime('%Y%m%d')}~\n\n"
           f"rejection: 'Subscriber ID invalid for DOS'.")
    return M("rejection batch", "Billing <billing@hvch.org>", "billing-lead@hvch.org", txt, patient=l.upper(), carrier="qp")


@T("phi", "struct")
def st_adt_a08_b64():
    f, l = pt("F")
    b = dob()
    segs = [f"MSH|^~\\&|REG|SBMC|PACS|SBMC|{_ts()}||ADT^A08|{digits(9)}|P|2.3",
            f"EVN|A08|{_ts()}", _pid(f, l, b, "F", digits(8)),
            f"PV1|1|O|RAD^^^SBMC||||{digits(6)}^{doc().upper()}^LEE|||RAD", f"AL1|1|DA|^PENICILLIN|SV|HIVES"]
    return M("A08 sample (ticket INC" + digits(7) + ")", "Radiology IS <rad-is@stbrigidmc.org>", "pacs-vendor-support@imagingsys.com",
             "Per our call, sample A08 attached.\n", atts=[("a08_sample.hl7", "\r".join(segs) + "\r", "application/octet-stream")],
             patient=l.upper(), carrier="plain")

# =================================================================== PHI: other languages
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


@T("phi", "lang")
def lang_es():
    f, l = R.choice([("Ernesto", "Villalobos"), ("Aurelio", "Zamora"), ("Rigoberto", "Cárdenas")])
    hija = R.choice(["Guadalupe", "Yesenia", "Maricela"])
    d = day()
    b = dob(1940, 1960)
    txt = (f"Buenas tardes,\n\nLes escribo porque a mi papá, {f} {l}, le programaron una colonoscopía para el {d.day} de "
           f"{MESES[d.month - 1]} en la Clínica San Rafael y todavía no nos llegan las instrucciones de la preparación. "
           f"¿Me las pueden mandar por este medio? Él no usa correo.\n\nSu fecha de nacimiento es {b.day}/{b.month}/{b.year}. "
           f"También quería preguntar si tiene que dejar de tomar la pastilla de la presión ese día.\n\nMuchas gracias,\n{hija} {l}\n{phone()}")
    return M("Preparación colonoscopía - " + f"{f} {l}", f"{hija} {l} <{pmail(hija, l)}>", "citas@clinicasanrafael.mx", txt,
             patient=l, charset="iso-8859-1", carrier=R.choice(["8bit", "qp"]))


@T("phi", "lang")
def lang_pt():
    f, l = R.choice([("Rosângela", "Albuquerque"), ("Luzia", "Nascimento"), ("Cleide", "Figueiredo")])
    p = digits(7)
    txt = (f"Oi Fernanda,\n\na paciente {f} {l} (prontuário {p}) faltou de novo à sessão de fisioterapia de hoje, é a terceira falta "
           f"seguida. Pode ligar pra ela no ({R.randint(11, 99)}) 9{digits(4)}-{digits(4)} e remarcar? Se faltar mais uma vez a gente "
           f"vai ter que dar alta administrativa, conforme o contrato do convênio.\n\nBjs,\nCamila\nRecepção - Fisioterapia")
    return M("Falta fisio - " + l, "Camila Recepção <recepcao@clinicamovimento.com.br>", "fernanda@clinicamovimento.com.br", txt,
             patient=l, carrier="qp")


@T("phi", "lang")
def lang_fr():
    f, l = R.choice([("Geneviève", "Lefèvre"), ("Martine", "Rousseau"), ("Françoise", "Gauthier")])
    b = dob(1935, 1960)
    txt = (f"Cher confrère,\n\nJe vous adresse Mme {l.upper()} {f}, née le {b.day:02d}/{b.month:02d}/{b.year}, pour une échographie "
           f"abdominale de contrôle et avis sur la suite de la prise en charge. Elle est actuellement sous Kardégic 75 mg et "
           f"Bisoprolol 2,5 mg. Je vous joins le compte rendu de la dernière consultation ainsi que le bilan biologique du mois dernier.\n\n"
           f"Je vous remercie de bien vouloir me tenir informé.\n\nBien confraternellement,\n\nDr {R.choice(['Benoît Marchand', 'Hélène Caron', 'Yves Poulain'])}\n"
           f"Médecin généraliste - 12 rue des Tilleuls, 69003 Lyon")
    return M(f"Adressage Mme {l}", "Cabinet médical des Tilleuls <cabinet.tilleuls@medecin-lyon.fr>", "secretariat-radiologie@clinique-rhone.fr",
             txt, patient=l.upper(), charset="windows-1252", carrier=R.choice(["8bit", "qp"]))


@T("phi", "lang")
def lang_tl():
    l = R.choice(["Dizon", "Manalo", "Bautista"])
    d = day()
    txt = (f"Hi po ma'am,\n\nSi Jomar {l} po ito, anak ni Gng. Erlinda {l}. Gusto ko lang po itanong kung pwede pong ilipat yung "
           f"schedule ng dialysis ni Nanay sa Huwebes imbes na Martes ({md(d)}), kasi wala pong maghahatid sa kanya sa Martes. "
           f"Pwede din po ba sa hapon? Tsaka po pala, naubos na po yung gamot niya na pang-dugo, pa-refill na lang po sa doktor.\n\n"
           f"Salamat po!\nJomar\n09{digits(9)}")
    return M("Schedule ni Nanay", f"Jomar {l} <{pmail('Jomar', l)}>", "dialysis.unit@sanjuandedios-hosp.ph", txt, patient=l)


@T("phi", "lang")
def lang_vi():
    d = day()
    txt = (f"Chào chị,\n\nEm là Trần Minh Thư, con gái của bà Nguyễn Thị Lan (sinh năm {R.randint(1945, 1958)}). Mẹ em có lịch tái khám "
           f"ở phòng khám tim mạch ngày {d.day}/{d.month} lúc {R.choice(['8', '9', '10'])} giờ sáng với bác sĩ {doc()}. Em muốn hỏi là mẹ em "
           f"có cần nhịn ăn trước khi thử máu không ạ? Và mẹ em có nên uống thuốc huyết áp buổi sáng hôm đó không?\n\n"
           f"Cảm ơn chị nhiều.\nThư - {phone()}")
    return M("Hỏi về lịch tái khám của mẹ", "Tran Minh Thu <thu.tran.minh88@gmail.com>", "vietnamese-line@hvch.org", txt,
             patient="Nguyễn", carrier="b64")


@T("phi", "lang")
def lang_pl():
    d = day()
    pesel = digits(11)
    txt = (f"Dzień dobry,\n\nw nawiązaniu do rozmowy telefonicznej przesyłam skierowanie na rezonans magnetyczny kolana dla mojego męża. "
           f"Termin, który Pani zaproponowała ({d.day:02d}.{d.month:02d}, godz. 7:40), nam odpowiada.\n\nPacjent: Krzysztof Wójcik\n"
           f"PESEL: {pesel}\nTel.: 6{digits(2)} {digits(3)} {digits(3)}\n\nCzy mąż musi być na czczo? Ma w kolanie śruby po operacji "
           f"sprzed 10 lat - czy to nie przeszkadza w badaniu?\n\nZ poważaniem,\nAnna Wójcik")
    return M("Skierowanie MRI - Krzysztof Wójcik", "Anna Wójcik <anna.wojcik74@wp.pl>", "rejestracja@medcentrum-krakow.pl", txt,
             patient="Wójcik", charset="iso-8859-2", carrier=R.choice(["8bit", "qp"]))


@T("phi", "lang")
def lang_de():
    l = R.choice(["Hoffmann", "Schäfer", "Köhler"])
    b = dob(1945, 1970)
    d = day()
    txt = (f"Sehr geehrte Frau Dr. Brandt,\n\nanbei erhalten Sie den Befund der Koloskopie vom {d.day:02d}.{d.month:02d}.{d.year} "
           f"Ihres Patienten Herrn {R.choice(['Werner', 'Klaus', 'Dieter'])} {l}, geb. {b.day:02d}.{b.month:02d}.{b.year}.\n\n"
           f"Die Untersuchung verlief komplikationslos. Es wurden zwei kleine Polypen im Sigma abgetragen; die Histologie steht noch aus "
           f"und wird nachgereicht. Eine Kontrollkoloskopie empfehlen wir in 3 Jahren.\n\nMit freundlichen Grüßen\n\n"
           f"Dr. med. S. Krüger\nGastroenterologische Praxis am Markt")
    return M(f"Befund Koloskopie - {l}", "Praxis am Markt <praxis@gastro-ammarkt.de>", "praxis.brandt@hausarzt-online.de", txt,
             patient=l, charset="iso-8859-1", carrier=R.choice(["qp", "8bit", "alt"]))


@T("phi", "lang")
def lang_it():
    l = R.choice(["Bianchi", "Colombo", "Ferraro"])
    d = day()
    txt = (f"Gentile Sig.ra {l},\n\nle ricordiamo l'appuntamento per il prelievo ematico presso il Centro Prelievi di via Manzoni "
           f"il giorno {d.day:02d}/{d.month:02d}/{d.year} alle ore 7:30.\n\nSi presenti a digiuno da almeno 8 ore, munita di tessera "
           f"sanitaria e dell'impegnativa del medico curante (dott. {R.choice(['Rossi', 'Galli', 'Conti'])}). Per la raccolta delle urine "
           f"utilizzi il contenitore sterile consegnato in accettazione.\n\nIn caso di impossibilità la preghiamo di disdire almeno 48 ore prima "
           f"al numero 02 {digits(4)} {digits(4)}.\n\nCordiali saluti\nPoliambulatorio San Luca - Ufficio Prenotazioni")
    return M("Promemoria appuntamento prelievo", "Poliambulatorio San Luca <prenotazioni@poliambsanluca.it>",
             f"Maria {l} <{pmail('maria', l)}>", txt, patient=l, carrier="html")


@T("phi", "lang")
def lang_ru():
    d = day()
    txt = (f"Здравствуйте, Ирина Викторовна!\n\nПишу по поводу моей мамы.\nПациент: Петрова Галина Ивановна, {R.randint(1940, 1952)} г.р.\n\n"
           f"Ей назначили МРТ головного мозга на {d.day:02d}.{d.month:02d} в 14:20, но после больницы она плохо ходит, только с "
           f"ходунками. Можно ли перенести исследование на утро и заказать кресло-коляску на входе? И нужно ли брать с собой "
           f"выписку из стационара?\n\nЗаранее спасибо,\nОльга Петрова\n+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}")
    return M("Перенос МРТ — Петрова Г.И.", "Ольга Петрова <olga.petrova.1975@mail.ru>", "mrt@medcenter-zdorovie.ru", txt,
             patient="Петрова", carrier=R.choice(["b64", "qp"]))


@T("phi", "lang")
def lang_ar():
    fn = digits(6)
    txt = ("السلام عليكم ورحمة الله،\n\nأرجو تأكيد موعد والدي السيد خالد الحربي لجلسة العلاج الطبيعي يوم الأحد القادم الساعة "
           "العاشرة صباحاً. رقم الملف الطبي " + fn + ".\n\nكما أرجو إبلاغ الأخصائي بأن الوالد يستخدم الكرسي المتحرك بعد العملية، "
           "ويحتاج إلى مساعدة عند الدخول.\n\nشكراً لكم،\nسارة الحربي\n05" + digits(8))
    return M("تأكيد موعد العلاج الطبيعي - خالد الحربي", "Sarah Alharbi <sarah.alharbi@outlook.sa>", "physio@almashfa-hospital.sa",
             txt, patient="الحربي", carrier=R.choice(["b64", "alt"]))


@T("phi", "lang")
def lang_hi():
    fno = digits(5)
    txt = ("नमस्ते डॉक्टर साहब,\n\nमेरी माँ श्रीमती सुनीता शर्मा (फ़ाइल नंबर " + fno + ") की डायलिसिस हफ्ते में तीन बार होती है — "
           "सोमवार, बुधवार और शुक्रवार सुबह 8 बजे। अगले हफ्ते बुधवार को हमें शादी में जाना है, क्या बुधवार वाला सेशन गुरुवार को "
           "शिफ्ट हो सकता है?\n\nऔर उनकी खून की जाँच की रिपोर्ट भी व्हाट्सऐप पर भेज दीजिए।\n\nधन्यवाद,\nराहुल शर्मा\n+91 98"
           + digits(8))
    return M("माँ की डायलिसिस का समय", "Rahul Sharma <rahul.sharma.delhi@gmail.com>", "dialysis@jeevanhospital.in", txt,
             patient="शर्मा", carrier=R.choice(["qp", "b64"]))


@T("phi", "lang")
def lang_tr():
    tc = digits(11)
    txt = (f"Merhaba,\n\nAnnem Ayşe Yılmaz'ın (TC: {tc}) {R.randint(1, 28)} Mart'ta verdiği kan tahlili sonuçlarını e-posta ile "
           f"gönderebilir misiniz? Dahiliye'den Doktor Bey kontrol için sonuçları bekliyor, e-Nabız'da henüz görünmüyor.\n\n"
           f"İyi çalışmalar,\nMehmet Yılmaz\n05{digits(2)} {digits(3)} {digits(2)} {digits(2)}")
    return M("Kan tahlili sonuçları - Ayşe Yılmaz", "Mehmet Yılmaz <mehmetyilmaz81@hotmail.com>", "sonuc@ozelsifahastanesi.com.tr",
             txt, patient="Yılmaz", charset=R.choice(["utf-8", "iso-8859-9"]), carrier="qp")


@T("phi", "lang")
def lang_sw():
    fno = digits(5)
    txt = (f"Habari Daktari,\n\nMgonjwa Bw. Juma Mwangi (namba ya faili {fno}) amepangiwa kliniki ya kisukari Jumanne ijayo saa tatu "
           f"asubuhi. Tafadhali hakikisha anakuja na kadi yake ya NHIF na dawa zake zote za sasa. Pia apimwe sukari akiwa hajala "
           f"chochote tangu usiku.\n\nAsante,\nSista Wanjiku\nKituo cha Afya Kariobangi")
    return M("Kliniki ya Jumanne - J. Mwangi", "Sista Wanjiku <wanjiku.n@kariobangihc.or.ke>", "clinic-desk@kariobangihc.or.ke",
             txt, patient="Mwangi")


@T("phi", "lang")
def lang_nl():
    b = dob(1935, 1950)
    txt = (f"Beste collega,\n\nHierbij de overdracht van mevr. J. van den Broek, geb. {b.day:02d}-{b.month:02d}-{b.year}. Zij is gisteren "
           f"geopereerd aan haar heup en gaat morgen naar huis. Thuiszorg is ingeschakeld: wondverzorging 1x daags, hechtingen verwijderen "
           f"op dag 12. Fraxiparine 1x daags s.c. gedurende 6 weken; de dochter is geïnstrueerd.\n\nMet vriendelijke groet,\n\n"
           f"M. de Jong, verpleegkundige afd. Orthopedie")
    return M("Overdracht mevr. van den Broek", "Afdeling Orthopedie <orthopedie@ziekenhuis-rijnland.nl>", "planning@thuiszorg-delfland.nl",
             txt, patient="van den Broek", charset="iso-8859-1", carrier=R.choice(["8bit", "alt"]))

# =================================================================== PHI: long threads, PHI deep in quotes/forwards
@T("phi", "mixed")
def mx_reply_chain():
    f, l = pt("F")
    a, al = staff("F")
    b, bl = staff("M")
    c, cl = staff("F")
    dom = "riversidehealth.org"
    d = day()
    m = mrn()
    orig = (f"Hi {b},\n\nCan we get {f} {l} (MRN {m}) onto the infusion schedule for her Remicade loading doses? Wk 0 would ideally "
            f"be {md(d)}. Auth came through today (ref {digits(8)}). She works nights so late morning is best.\n\n{c}\n{sig(c, cl, 'RN', 'Riverside GI', disc=True)}")
    r1 = (f"{c} - I can do wk 0 on {md(d)} 11:00 chair 9, wk 2 and wk 6 pending template release. Will confirm.\n\n{b}\n"
          f"{sig(b, bl, '', 'Riverside Infusion Scheduling', disc=False)}")
    r2 = f"Thanks both, cc'ing {a} so she has it for the template meeting.\n\n{c}"
    top = (f"Sounds good, thanks!! I'll bring it up Thurs. Also reminder that the new template goes live on the 1st so anything "
           f"after that needs to be rebooked in the new build.\n\n{a}\n{sig(a, al, 'MSN, RN, Nurse Manager', 'Riverside Infusion Center', phone(0), True)}")
    txt = (top + "\n\n" + wrote(d - dtm.timedelta(days=1), f"{c} {cl}", smail(c, cl, dom)) + "\n" + quote(r2) + "\n>\n"
           + quote(wrote(d - dtm.timedelta(days=2), f"{b} {bl}", smail(b, bl, dom)) + "\n" + quote(r1) + "\n>\n"
                   + quote(wrote(d - dtm.timedelta(days=3), f"{c} {cl}", smail(c, cl, dom)) + "\n" + quote(orig))))
    return M("RE: RE: infusion sched", f"{a} {al} <{smail(a, al, dom)}>", f"{c} {cl} <{smail(c, cl, dom)}>", txt,
             cc=f"{b} {bl} <{smail(b, bl, dom)}>", patient=l, headers={"In-Reply-To": f"<{digits(12)}@{dom}>"})


@T("phi", "mixed")
def mx_inline_forward():
    f, l = pt("M")
    x, xl = staff()
    b = dob(1950, 1980)
    d = day()
    inner = (f"Hello,\n\nI had bloodwork done on {md(d)} and the portal says my PSA came back 6.1. Last year it was 3.9. Nobody has called me. "
             f"Should I be worried? Do I need to see a urologist? My DOB is {us(b)}.\n\n{f} {l}\n{phone()}")
    txt = (f"fyi see below - can you route to Dr. {doc()}'s pool? the portal msg came to the general inbox.\n\n{x}\n\n"
           f"---------- Forwarded message ---------\nFrom: {f} {l} <{pmail(f, l)}>\nDate: {longd(d + dtm.timedelta(days=3))}, {d.year}\n"
           f"Subject: question about my results\nTo: info@northgatefm.com\n\n{inner}\n\n" + sig(x, xl, "Practice Manager", "Northgate Family Medicine", phone(0), True))
    return M("Fwd: question about my results", f"{x} {xl} <{smail(x, xl, 'northgatefm.com')}>", "triage-rn@northgatefm.com",
             txt, patient=l)


@T("phi", "mixed")
def mx_rfc822_attached():
    f, l = pt("F")
    x, xl = staff("F")
    d = day()
    inner_txt = (f"Dear Dr. {doc()},\n\nThank you for seeing my son Caleb {l} on Tuesday. Since starting the new ADHD medication "
                 f"he has not been eating lunch at school and is having trouble falling asleep. His teacher says his focus is much better. "
                 f"Should we adjust the dose before his follow-up on {md(d)}?\n\nBest,\n{f} {l}")
    inner = inner_msg("Caleb - after new med", f"{f} {l} <{pmail(f, l)}>", "info@lakeviewpeds.com", inner_txt)
    txt = (f"Forwarding - parent message that came to the info@ box. Please handle.\n\nThanks,\n{x}\n"
           + sig(x, xl, "Office Coordinator", "Lakeview Pediatrics", phone(0), True))
    return M("FW: Caleb - after new med", f"{x} {xl} <{smail(x, xl, 'lakeviewpeds.com')}>", "nurse-pool@lakeviewpeds.com", txt,
             fwd=inner, patient=l, carrier=R.choice(["plain", "alt"]))


@T("phi", "mixed")
def mx_template_thread():
    a, al = staff("F")
    b, bl = staff("M")
    c, cl = staff("F")
    dom = "bayfrontregional.org"
    d = day()
    l = R.choice(["Haddad", "Saliba", "Khoury"])
    l4 = (f"Also heads up - Mrs. {l}'s iron infusion got dropped from the 8am slot when the template rebuilt, she showed up today and we "
          f"squeezed her in at 11. Her next one is {md(d)}, please double-check it survived.\n\n{c}")
    l3 = f"We need the 8am slot back for add-ons. Otherwise template looks fine.\n\n{b}"
    l2 = f"Attached is v3 of the template. Changes: chairs 10-12 become 4h chairs, lunch block 12-12:30 for staff.\n\n{a}"
    l1 = f"Thanks. Approved from my side, go ahead and release for the 15th.\n\n{b}"
    top = f"Done - released. Closing this thread.\n\n{a}\n" + sig(a, al, "Scheduling Systems Analyst", "Bayfront Regional", phone(1), True)
    txt = top
    parts = [(l1, b, bl), (l2, a, al), (l3, b, bl), (l4, c, cl)]
    acc = ""
    for depth, (body, n, nl) in enumerate(parts, 1):
        acc += "\n\n" + quote(wrote(d - dtm.timedelta(days=depth), f"{n} {nl}", smail(n, nl, dom)) + "\n" + body, depth)
    txt += acc
    return M("RE: RE: RE: RE: Infusion template v3", f"{a} {al} <{smail(a, al, dom)}>", f"{b} {bl} <{smail(b, bl, dom)}>", txt,
             cc=f"{c} {cl} <{smail(c, cl, dom)}>", patient=l, carrier="qp")


@T("phi", "mixed")
def mx_outlook_html():
    f, l = pt()
    a, al = staff("M")
    b, bl = staff("F")
    d = day()
    quoted = (f"From: {b} {bl}\nSent: {longd(d)}, {d.year} 4:52 PM\nTo: {a} {al}\nSubject: referral\n\n"
              f"{a}, can you squeeze in {f} {l} for a sleep consult? PCP says snoring + daytime sleepiness, wife reports pauses. "
              f"DOB {us(dob(1960, 1985))}, ph {phone()}. Insurance is {R.choice(PAYERS)}.\nThanks! {b}")
    html = ("<html><body><div style='font-family:Calibri'>"
            f"<p>Yes I have a new-pt slot on {md(d + dtm.timedelta(days=9))} at 1pm, booked. Lmk if that doesn't work.</p>"
            f"<p>{a}<br>{a} {al} | Sleep Medicine Scheduling | Mercy Valley Health</p>"
            f"<p style='font-size:8pt;color:#777'>{htmlmod.escape(DISCLAIMERS[0])}</p>"
            "<hr><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
            + htmlmod.escape(quoted).replace("\n", "<br>\n") + "</div></div></body></html>")
    text = (f"Yes I have a new-pt slot on {md(d + dtm.timedelta(days=9))} at 1pm, booked. Lmk if that doesn't work.\n\n{a}\n\n"
            + "_" * 32 + "\n" + quoted)
    return M("RE: referral", f"{a} {al} <{smail(a, al, 'mercyvalley.org')}>", f"{b} {bl} <{smail(b, bl, 'mercyvalley.org')}>",
             text, html=html, carrier="alt", patient=l)


@T("phi", "mixed")
def mx_nested_fwd_disclaimer():
    f, l = pt("M")
    a, al = staff("F")
    b, bl = staff("M")
    d = day()
    deep = (f"---------- Original Message ----------\nFrom: Intake <intake@brightstarhomehealth.com>\nSent: {us(d)}\n"
            f"Subject: SOC delayed\n\nSOC for {f} {l} ({addr()}) delayed to {md(d + dtm.timedelta(days=2))} - pt's son asked to wait until "
            f"he's off work. Wound care supplies already delivered. Please update the face-to-face date.\n\n"
            + "\n".join(DISCLAIMERS[:3]))
    mid = (f"-----Original Message-----\nFrom: {b} {bl}\nSent: {us(d + dtm.timedelta(days=1))}\nTo: Case Mgmt 6N\nSubject: FW: SOC delayed\n\n"
           f"see below, does this affect the readmit-risk follow up call?\n\n{deep}")
    txt = (f"No it doesn't, we'll call after SOC. Closing the loop.\n\n{a}\n"
           + sig(a, al, "RN, Case Manager", "St. Brigid Medical Center", phone(0), True) + "\n\n" + mid)
    return M("RE: FW: SOC delayed", f"{a} {al} <{smail(a, al, 'stbrigidmc.org')}>", f"{b} {bl} <{smail(b, bl, 'stbrigidmc.org')}>",
             txt, patient=l, carrier=R.choice(["b64", "qp"]))

# =================================================================== CLEAN: staff-only talk
def _dr():
    return f"Dr. {R.choice(STAFF_F + STAFF_M)} {R.choice(STAFF_SUR)}"


@T("clean", "staff")
def cs_call_schedule():
    d = day()
    rows = [("Date", "Primary", "Backup")]
    for i in range(10):
        dd = d + dtm.timedelta(days=i)
        rows.append((f"{dd.strftime('%a')} {md(dd)}", _dr(), _dr()))
    txt = ("Call schedule for the next 10 days below. Swaps need to go through me AND be updated in AMiON by Friday noon.\n\n"
           + fixed(rows, [12, 26, 26]) + f"\n\nThanks,\n{staff('F')[0]}\nMedical Staff Office")
    return M("Hospitalist call - next 10 days", "Medical Staff Office <medstaff@mercyvalley.org>", "hospitalists@mercyvalley.org", txt)


@T("clean", "staff")
def cs_rsv_update():
    n, nl = staff()
    txt = (f"Team,\n\nWe are seeing a lot more RSV this week - positivity across our sites was {R.randint(14, 24)}% vs {R.randint(4, 9)}% two weeks ago, "
           f"and flu A is starting to climb too. Reminders:\n\n- masks for all staff in patient care areas starting Monday\n- contact + droplet "
           f"for any pt with RSV/flu-like illness until tested\n- offer masks at check-in, signage is going up today\n- bronchiolitis pathway "
           f"(nasal suction, no routine albuterol) is posted on the intranet\n\nPlease reach out with questions.\n\n{n} {nl}, RN, CIC\n"
           f"Infection Prevention, Lakeview Pediatrics")
    return M("RSV uptick - precautions", f"{n} {nl} <{smail(n, nl, 'lakeviewpeds.com')}>", "allstaff@lakeviewpeds.com", txt)


@T("clean", "staff")
def cs_staffing():
    k, kl = staff("F")
    d = day()
    txt = (f"4W is short 2 RNs for nights Sat {md(d)} and 1 CNA for Sun days. Incentive pay ($15/hr on top of OT) is approved. "
           f"Reply to me or sign up in the staffing app. Float pool has already been tapped.\n\n{k} {kl}, BSN, RN\nNurse Manager 4 West")
    return M("OPEN SHIFTS 4W this wknd - incentive", f"{k} {kl} <{smail(k, kl, 'bayfrontregional.org')}>", "4west-rn@bayfrontregional.org",
             txt, carrier="plain")


@T("clean", "staff")
def cs_pt_committee():
    txt = (f"P&T Committee - Minutes (draft)\nDate: {us(day())}\nPresent: {_dr()} (chair), {_dr()}, {staff()[1]} PharmD, "
           f"{staff('F')[1]} RN, {staff()[1]} PharmD\n\n1. Formulary: enoxaparin - switch to generic supplier effective next month. Approved.\n"
           f"2. Formulary addition: IV ferric carboxymaltose for outpatient infusion only. Approved with restriction to heme/nephrology.\n"
           f"3. Medication safety: 4 reported insulin events in Q2 (no harm). Action: double-check for IV insulin drips, education in Sept.\n"
           f"4. Antibiotic stewardship: fluoroquinolone use down 22% YoY. Continue prospective audit & feedback.\n5. Next meeting: 2nd Tuesday.\n")
    return M("P&T minutes draft - please review", "Pharmacy Admin <pharmacy-admin@stbrigidmc.org>", "pt-committee@stbrigidmc.org",
             txt, atts=[("PT_minutes_draft.txt", txt, "text/plain")])


@T("clean", "staff")
def cs_pumps():
    j, jl = staff("F")
    txt = (f"Hi all - the new infusion pumps arrive {md(day())}. In-services (45 min, in the 3rd floor classroom):\n\n"
           f"  Mon 0700, 1500, 1930\n  Tue 0700, 1500\n  Wed 1930 (nights)\n\nSuper users: {staff('F')[0]} {staff('F')[1]} RN (5S), "
           f"{staff('M')[0]} {staff('M')[1]} RN (ICU), {j} {jl} RN (4W). Competency must be done before go-live. Drug library v12 loaded.\n\nClinical Education")
    return M("New pump in-services", "Clinical Education <clined@riversidehealth.org>", "nursing-all@riversidehealth.org", txt)


@T("clean", "staff")
def cs_grand_rounds():
    spk = _dr()
    txt = (f"Medicine Grand Rounds - Thursday 12:00-1:00, Auditorium B and Teams\n\n{spk}, MD, FACC\n"
           f"\"Updates in Heart Failure Management: SGLT2 inhibitors, GDMT titration, and the role of remote monitoring\"\n\n"
           f"Objectives: (1) describe the four pillars of GDMT (2) recognise barriers to titration (3) discuss remote hemodynamic monitoring.\n\n"
           f"1.0 AMA PRA Category 1 Credit. Text the session code to the CME line to claim credit. Lunch provided.")
    return M("Grand Rounds Thursday", "CME Office <cme@mercyvalley.org>", "medstaff-all@mercyvalley.org", txt, carrier="html")


@T("clean", "staff")
def cs_fall_policy():
    txt = (f"Policy NUR-214 Fall Risk Assessment and Prevention has been revised, effective {us(day())}.\n\nKey changes:\n"
           f"- Morse Fall Scale score of 45 or higher = high risk (was 51)\n- bed alarm required for all high-risk patients on admission\n"
           f"- post-fall huddle within 1 hour, documented in the safety event system\n- yellow socks + wristband for high risk\n\n"
           f"Please review and attest in the learning system by the end of the month.\n\nPatient Safety Committee")
    return M("Revised policy NUR-214 - attestation required", "Policy Office <policy@hvch.org>", "clinical-staff@hvch.org", txt)


@T("clean", "staff")
def cs_swap():
    f, l = "Marisol", "Ortega"
    d = day()
    txt = (f"can anyone swap my Sat clinic {md(d)}? I'll take any Fri in the next 2 months. kid's tournament :/\n\n"
           f"{f} {l}, NP" + mobile())
    return M("swap Sat?", f"{f} {l} <{smail(f, l, 'northgatefm.com')}>", "providers@northgatefm.com", txt, carrier="plain")


@T("clean", "staff")
def cs_mm():
    txt = (f"M&M conference is Tuesday 7am. Three cases from January (surgery x2, anesthesia x1). Presenters: {_dr()}, {_dr()}.\n\n"
           f"Reminder: slides must be fully de-identified -- no names, MRNs, dates of service, room numbers or images with burned-in "
           f"demographics. Send slides to me by Monday noon for review. Peer review protected, do not forward.\n\n"
           f"{staff('F')[0]}, Quality")
    return M("M&M Tuesday - slides due Mon", "Surgical Quality <surg-quality@bayfrontregional.org>", "surgery-faculty@bayfrontregional.org", txt)


@T("clean", "staff")
def cs_stroke_qi():
    txt = (f"Stroke QI - Q{R.randint(1, 4)} summary\n\nCode strokes: {R.randint(80, 140)}\nTPA given: {R.randint(15, 30)}\n"
           f"Door-to-needle median: {R.randint(33, 52)} min (goal <45)\n% DTN <60 min: {R.randint(80, 96)}%\nThrombectomy transfers: {R.randint(5, 15)}\n\n"
           f"Biggest delay remains CT-to-decision time on nights. {_dr()} will present ideas at the next stroke committee.\n")
    return M("Stroke QI quarterly", "Stroke Program <stroke@stbrigidmc.org>", "stroke-committee@stbrigidmc.org", txt)


@T("clean", "staff")
def cs_welcome():
    a, al = staff()
    txt = (f"Please join me in welcoming {a} {al}, RN to 5 South! {a} comes to us from the cardiac step-down unit at a Level I "
           f"trauma center and has 6 years of telemetry experience. {a} will be on nights after orientation with "
           f"{staff('F')[0]} {staff('F')[1]}, RN as preceptor. Say hi!\n\n{staff('F')[0]}, Nurse Manager")
    return M(f"Welcome {a}!", "5 South Manager <5s-manager@riversidehealth.org>", "5south-all@riversidehealth.org", txt, carrier="alt")


@T("clean", "staff")
def cs_staff_flu():
    rows = [("Department", "Vaccinated", "Declined", "Pending")]
    for dep in ["Emergency", "ICU", "4 West", "5 South", "Radiology", "Lab", "Environmental Svcs", "Dietary"]:
        rows.append((dep, f"{R.randint(82, 99)}%", f"{R.randint(0, 6)}%", f"{R.randint(0, 12)}%"))
    txt = ("Staff influenza campaign status (percentages only). Deadline is Nov 30 - staff who decline must mask through flu season.\n\n"
           + fixed(rows, [22, 12, 10, 8]) + "\n\nEmployee Health")
    return M("Staff flu campaign - dept status", "Employee Health <employeehealth@mercyvalley.org>", "dept-managers@mercyvalley.org", txt)


@T("clean", "staff")
def cs_contrast_shortage():
    txt = (f"Due to the national iodinated contrast shortage, effective immediately:\n\n1. CT with contrast limited to emergent/inpatient "
           f"and oncology staging\n2. Consider non-contrast CT, US or MRI where clinically appropriate\n3. Radiologist approval needed for "
           f"outpatient contrast CTs\n\nQuestions to {_dr()}, Chief of Radiology.")
    return M("URGENT: contrast conservation", "Radiology Administration <rad-admin@bayfrontregional.org>", "medstaff-all@bayfrontregional.org",
             txt, carrier="plain")


@T("clean", "staff")
def cs_residents():
    rows = []
    for t in ["Mon 7:00 Morning report", "Tue 12:00 Noon conf - ECG reading", "Wed 8:00 Board review - renal", "Thu 12:00 Grand rounds",
              "Fri 7:30 Journal club"]:
        rows.append(f"{t} -- {_dr()}")
    txt = "Conference schedule next week:\n\n" + "\n".join(rows) + "\n\nAttendance >70% required for PGY1s.\nChief residents"
    return M("conf schedule", "IM Chiefs <im-chiefs@stbrigidmc.org>", "im-residents@stbrigidmc.org", txt)


@T("clean", "staff")
def cs_sepsis_lunch():
    txt = (f"Lunch & learn Weds 12:15 in 4W break room, pizza provided.\n\nTopic: SEP-1 bundle refresher -- lactate within 3h, "
           f"blood cultures before abx, 30 mL/kg fluids for hypotension or lactate >=4, repeat lactate if initial >2. Our compliance "
           f"dropped to {R.randint(55, 70)}% last month mostly from missed repeat lactates.\n\nPresented by {staff('F')[0]} {staff('F')[1]}, "
           f"MSN, RN, sepsis coordinator, and {_dr()}, ED.")
    return M("Lunch & learn - sepsis bundle", "Sepsis Coordinator <sepsis@bayfrontregional.org>", "4west-rn@bayfrontregional.org", txt)

# =================================================================== CLEAN: lookalikes (identifiers, no health care)
@T("clean", "lookalike")
def cl_credit_union():
    f, l = pt()
    mem = digits(9)
    txt = (f"Dear {f} {l},\n\nYour {R.choice(['June', 'July', 'October'])} e-statement for member number {mem[:3]}-{mem[3:]} is now available "
           f"in online banking.\n\nShare Savings (ending {digits(2)}): ${money(100, 9000)}\nShare Draft Checking (ending {digits(2)}): ${money(100, 4000)}\n"
           f"Auto Loan (ending {digits(2)}): next payment ${money(200, 600)} due {us(day())}\n\nMailing address on file: {addr()}\n\n"
           f"Questions? Call Member Services at {phone(0)}.\n\nRiverbend Federal Credit Union - Federally insured by NCUA")
    return M("Your e-statement is ready", "Riverbend FCU <estatements@riverbendfcu.org>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_grocery():
    f, l = pt()
    txt = (f"Hi {f}!\n\nYou earned {R.randint(120, 900)} points on your last trip (card ending {digits(4)}). Your balance: "
           f"{R.randint(1000, 9000)} points = ${R.randint(2, 20)} off your next order.\n\nThis week's picks for you: Greek yogurt, "
           f"organic spinach, whole-grain bread, and 20% off vitamins & supplements aisle-wide.\n\nFreshWay Rewards Member #{digits(11)}")
    return M(f"{f}, you've got {R.randint(2, 20)} dollars in rewards", "FreshWay Rewards <rewards@freshway-market.com>",
             f"{f} {l} <{pmail(f, l)}>", txt, carrier="html")


@T("clean", "lookalike")
def cl_airline():
    f, l = pt()
    d = day()
    txt = (f"{l.upper()}/{f.upper()} MR\nSkyPoints #: {digits(10)}  Status: Gold Medallion\n\nConfirmation: {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}\n"
           f"{d.strftime('%a %d %b')}  SPK-SEA  Flight 2281  dep 06:10 arr 07:05  Seat 14C\n{d.strftime('%a %d %b')}  SEA-BOS  Flight 418   dep 08:30 arr 16:58  Seat 3A (upgrade confirmed)\n\n"
           f"Need special assistance (wheelchair, medical device)? Add it under Manage Trip.\n\nPacific Crest Airlines")
    return M("Your trip confirmation and receipt", "Pacific Crest Airlines <reservations@pacificcrestair.com>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_gym():
    f, l = pt()
    txt = (f"Hi {f},\n\nYour membership freeze request has been processed.\n\nMember ID: {digits(8)}\nHome club: IronWorks Fitness - Northside\n"
           f"Freeze: {us(day())} through {us(day())}\nFreeze fee: $10.00/month\n\nYour next regular dues payment of $39.99 will draft on the 1st "
           f"after your freeze ends. Your 2 remaining personal training sessions with coach {staff()[0]} will be kept on your account.\n\nStay strong,\nIronWorks Member Services")
    return M("Membership freeze confirmed", "IronWorks Fitness <members@ironworksfit.com>", f"{f} {l} <{pmail(f, l)}>", txt, carrier="alt")


@T("clean", "lookalike")
def cl_auto_insurance():
    f, l = pt()
    txt = (f"Policyholder: {f} {l}\nPolicy number: AUT-{digits(3)}-{digits(7)}\nRenewal effective: {us(day())}\nVehicle: 2019 Honda CR-V, VIN 5J6RW2H5{digits(9)}\n"
           f"Garaging address: {addr()}\n\nCoverages: Bodily injury liability 100/300, property damage 100, uninsured motorist 100/300, "
           f"medical payments $5,000, collision $500 deductible, comprehensive $250 deductible.\n\n6-month premium: ${money(500, 1100)}\n\n"
           f"Summit Mutual Auto Insurance")
    return M("Your auto policy renewal", "Summit Mutual <policyservice@summitmutual.com>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_utility():
    f, l = pt()
    txt = (f"Account holder: {f} {l}\nAccount number: {digits(4)} {digits(4)} {digits(2)}\nService address: {addr()}\n\n"
           f"Billing period: {us(day())} - {us(day())}\nElectric usage: {R.randint(400, 1400)} kWh\nGas usage: {R.randint(10, 90)} therms\n"
           f"Amount due: ${money(60, 340)}   Due date: {us(day())}\n\nEnroll in AutoPay and get a $5 credit.\nValley Gas & Electric")
    return M("Your bill is ready", "Valley Gas & Electric <billing@valleyge.com>", f"{f} {l} <{pmail(f, l)}>", txt, carrier="b64")


@T("clean", "lookalike")
def cl_school_newsletter():
    kids = [f"{R.choice(['Ava', 'Liam', 'Sofia', 'Noah', 'Mia', 'Elijah', 'Zara', 'Diego'])} {sur()}" for _ in range(6)]
    txt = (f"WILLOW CREEK ELEMENTARY - WEEKLY NEWS\n\nStudents of the Month: {', '.join(kids[:4])}.\nSpelling bee finalists: "
           f"{kids[4]} and {kids[5]}.\n\nPicture day is {longd(day())}. Field trip to the science museum on the {R.randint(2, 28)}th "
           f"-- permission slips and $8 due Friday.\n\nHealth office reminder: flu season is here! Remind kids to wash hands and cover coughs. "
           f"Students with a fever should stay home until fever-free for 24 hours.\n\nPTA meeting Tuesday 6:30pm in the library.\n\nGo Wildcats!")
    return M("Willow Creek Weekly News", "Willow Creek Elementary <news@wcusd.k12.org>", "wce-families@wcusd.k12.org", txt,
             carrier="html")


@T("clean", "lookalike")
def cl_vet_reminder():
    f, l = pt()
    pet = R.choice(["Biscuit", "Max", "Luna", "Pepper"])
    txt = (f"Dear {f} {l},\n\nOur records show that {pet} (canine, Labrador mix) is due for the following:\n\n"
           f"  - Rabies vaccine (3 yr)     due {us(day())}\n  - DHPP booster             due {us(day())}\n  - Heartworm test           overdue\n\n"
           f"Patient ID: {digits(6)}   Client #: {digits(5)}\nDr. Harpreet Kaur, DVM\n\nCall {phone(0)} or book online. "
           f"Remember to bring a fresh stool sample!\n\nMaple Grove Animal Hospital")
    return M(f"{pet} is due for vaccines", "Maple Grove Animal Hospital <reminders@maplegrovevet.com>", f"{f} {l} <{pmail(f, l)}>", txt,
             carrier="alt")


@T("clean", "lookalike")
def cl_vet_discharge():
    f, l = pt()
    txt = (f"Discharge instructions - Luna ({l}), feline, DSH, 4.2 kg\n\nLuna had her dental cleaning today with 2 extractions (lower premolars). "
           f"Anesthesia went smoothly and she recovered well.\n\nMedications:\n- buprenorphine 0.2 mL by mouth every 12 hours for 3 days\n"
           f"- Onsior 6 mg once daily for 3 days with food\n\nSoft food only for 7 days. Recheck in 10-14 days. Call if she isn't eating by tomorrow.\n\n"
           f"Dr. {staff()[1]}, DVM\nOwner: {f} {l}, {phone()}")
    return M("Luna's discharge instructions", "Whisker Clinic <frontdesk@whiskerclinic.vet>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_hr_onboarding():
    f, l = pt()
    txt = (f"Welcome to Mercy Valley Health, {f}!\n\nEmployee ID: {digits(6)}\nStart date: {longd(day())}\nDepartment: Revenue Cycle - Patient Accounts\n"
           f"Manager: {staff()[0]} {staff()[1]}\n\nPlease bring two forms of ID for your I-9 to New Employee Orientation (8:00 AM, Education Center Rm 2). "
           f"Parking: Lot C, your hang tag will be at the badge office. Set up direct deposit in the HR portal before your first payday.\n\n"
           f"Talent Acquisition")
    return M("Your first day at Mercy Valley Health", "Talent Acquisition <ta@mercyvalley.org>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_hotel():
    f, l = pt()
    txt = (f"Guest: {f} {l}\nHarborlight Rewards #: {digits(9)} (Platinum)\nConfirmation: {digits(8)}\nArrival: {us(day())}  Departure: 2 nights\n"
           f"Room: King, high floor, non-smoking\nRate: ${money(120, 260)}/night\n\nSpa & wellness center open 6am-10pm. Parking $22/night.")
    return M("Reservation confirmed", "Harborlight Hotels <reservations@harborlighthotels.com>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_phone_bill():
    f, l = pt()
    txt = (f"Hi {f}, your Brightwave Wireless bill is ready.\nAccount: {digits(9)}\nLines: ({R.randint(201, 989)}) ***-{digits(4)}, ({R.randint(201, 989)}) ***-{digits(4)}\n"
           f"Amount due: ${money(60, 220)} on {us(day())}\nBilling address: {addr()}")
    return M("Your bill is ready", "Brightwave Wireless <bills@brightwave-wireless.com>", f"{f} {l} <{pmail(f, l)}>", txt, carrier="html")


@T("clean", "lookalike")
def cl_registrar():
    f, l = pt()
    txt = (f"Student: {l}, {f}\nStudent ID: {digits(8)}\nTerm: Fall\n\nFinal grades:\n  BIO 241 Anatomy & Physiology II   A-\n"
           f"  NUR 110 Foundations of Nursing     B+\n  CHEM 121 General Chemistry        B\n  PSY 201 Lifespan Development     A\n\n"
           f"Term GPA 3.52. Congratulations, you're on the Dean's List!\nOffice of the Registrar, Cascade Community College")
    return M("Final grades posted", "Registrar <registrar@cascadecc.edu>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_rental():
    f, l = pt()
    txt = (f"{f} {l}, your rental is confirmed.\nSwift Rewards #{digits(8)}\nPick up: {us(day())} 10:00, Airport location\nVehicle: Midsize SUV or similar\n"
           f"Driver license on file: ****{digits(4)}\nEstimated total: ${money(150, 500)}")
    return M("Rental confirmation", "SwiftCar Rental <noreply@swiftcar.com>", f"{f} {l} <{pmail(f, l)}>", txt, carrier="plain")


@T("clean", "lookalike")
def cl_pet_insurance():
    f, l = pt()
    txt = (f"Hello {f},\n\nWe've processed claim #{digits(9)} for Rocky (canine, age 7).\n\nCondition: cranial cruciate ligament rupture, right hind\n"
           f"Treatment: TPLO surgery at Cascade Veterinary Specialists\nInvoice total: $5,840.00\nDeductible applied: $250.00\nReimbursement (90%): $5,031.00\n\n"
           f"Direct deposit to account ending {digits(4)} within 3 business days.\n\nPolicy #: PP-{digits(8)}\nPawPlan Pet Insurance")
    return M("Claim processed for Rocky", "PawPlan <claims@pawplan.com>", f"{f} {l} <{pmail(f, l)}>", txt)


@T("clean", "lookalike")
def cl_race():
    f, l = pt()
    txt = (f"You're registered! {f} {l}, Bib #{R.randint(100, 4999)}\nTurkey Trot 5K - benefiting the Children's Hospital Foundation\n"
           f"Packet pickup: Wed-Fri at RunWorks, bring photo ID. Wave 2 start 8:15am. Age group: {R.choice(['30-34', '40-44', '50-54'])}\n"
           f"Shirt size: M. Medical tent and water stations at miles 1 and 2.")
    return M("Turkey Trot registration confirmed", "RaceDay Registration <noreply@racedayreg.com>", f"{f} {l} <{pmail(f, l)}>", txt)

# =================================================================== CLEAN: news / newsletters / public notices
@T("clean", "news")
def cn_measles():
    d = day()
    txt = (f"HEALTH ALERT - Measles exposure locations\n\nThe County Health Department has confirmed a case of measles in an unvaccinated "
           f"adult visitor. People who were at the following locations may have been exposed:\n\n- Eastgate Mall food court, {longd(d)}, 12:00-3:30 PM\n"
           f"- Bayfront Regional Hospital Emergency Department waiting room, {longd(d + dtm.timedelta(days=1))}, 7:00-11:00 PM\n"
           f"- Route 9 bus, {longd(d + dtm.timedelta(days=2))}, morning\n\nAnyone exposed who is not immune should watch for fever, cough, runny nose "
           f"and rash for 21 days, and CALL AHEAD before visiting a clinic. MMR vaccine within 72 hours of exposure may prevent illness.\n\n"
           f"Media contact: {staff('F')[0]} {staff('F')[1]}, Public Information Officer")
    return M("HEALTH ALERT: measles exposure sites", "County Health Dept <alerts@countyhealth.gov>", "healthcare-partners@lists.countyhealth.gov",
             txt, carrier="alt")


@T("clean", "news")
def cn_recall():
    lots = ", ".join(f"{R.choice('ABKMT')}{digits(5)}" for _ in range(5))
    txt = (f"URGENT: VOLUNTARY DRUG RECALL - Lorvastin (losartan-like) 50 mg tablets, NDC 7{digits(4)}-{digits(3)}-{digits(2)}\n\n"
           f"Lots: {lots}\nReason: detection of a nitrosamine impurity above the acceptable daily intake.\n\nPharmacies should quarantine "
           f"affected lots and return via the recall portal. Patients should not stop taking their medication without talking to "
           f"their pharmacist or prescriber. Contact Vireo Pharmaceuticals recall line 1-888-{R.randint(200, 999)}-{digits(4)}.")
    return M("Drug recall notice - Lorvastin 50 mg", "Wholesaler Notices <recalls@medsupplyco.com>", "pharmacy-buyers@harborpharmacy.com", txt)


@T("clean", "news")
def cn_journal_club():
    txt = (f"Journal club summary - {mon(day())}\n\nArticle: {R.choice(STAFF_SUR)} A, {R.choice(STAFF_SUR)} B, et al. \"Early mobilization after "
           f"hip fracture surgery in older adults: a randomized trial.\" 2024.\n\nN = 412, mean age 82. Mobilization within 24h vs usual care. "
           f"Primary outcome (30-day ambulation independence) 61% vs 49%, p=0.01. Delirium lower in the intervention arm. Limitations: "
           f"single-country, unblinded assessors.\n\nBottom line: supports our existing day-0 mobility protocol.\n\nPresented by {_dr()}, PGY-3")
    return M("Journal club summary", "Ortho Residency <ortho-residency@summitortho.net>", "ortho-residents@summitortho.net", txt)


@T("clean", "news")
def cn_newsletter():
    txt = ("Your Health - Monthly Wellness Newsletter\n\n5 small habits for a healthier heart\n1. Walk 30 minutes a day.\n2. Swap salty snacks "
           "for nuts and fruit.\n3. Know your numbers: blood pressure, cholesterol, blood sugar.\n4. Sleep 7-9 hours.\n5. Don't smoke.\n\n"
           "Upcoming free events: diabetes prevention class (Tuesdays), blood pressure screenings at the farmers market, Saturdays 9-12.\n\n"
           "Riverside Health Community Education. To unsubscribe click here.")
    return M("5 small habits for a healthier heart", "Riverside Health <newsletter@riversidehealth.org>", "subscriber-list@riversidehealth.org",
             txt, carrier="html")


@T("clean", "news")
def cn_job():
    txt = (f"Now hiring: Registered Nurse - Dialysis (full time, days)\n\nPrairie Kidney Center is seeking an RN for our east unit. "
           f"Requirements: active RN license, BLS, 1 yr acute care experience; dialysis experience preferred (we train!). CDN certification "
           f"reimbursed. Sign-on bonus $7,500. Schedule: M/W/F or T/Th/Sat, no nights, no call.\n\nApply by {us(day())}. Contact recruiter "
           f"{staff('F')[0]} {staff('F')[1]} at {phone(0)}. EOE.")
    return M("Job posting: RN - Dialysis", "Prairie Kidney Careers <careers@prairiekidney.org>", "nursing-jobs@jobboard-list.com", txt)


@T("clean", "news")
def cn_conference():
    txt = ("Regional Primary Care Summit - Program\n\n08:00 Registration & breakfast\n08:30 Keynote: The future of team-based care - "
           f"{_dr()}, MD, MPH\n09:30 Obesity pharmacotherapy in 2025 - {_dr()}, MD\n10:45 Break / exhibits\n11:00 Hypertension: what changed "
           f"in the guidelines - {_dr()}, MD\n12:00 Lunch\n13:00 Workshops: dermoscopy basics / joint injections / motivational interviewing\n"
           "16:00 Adjourn. 6.5 CME credits.")
    return M("Summit program and registration", "Regional Primary Care Summit <info@rpcsummit.org>", "members@rpcsummit.org", txt, carrier="alt")


@T("clean", "news")
def cn_press():
    txt = (f"FOR IMMEDIATE RELEASE\n\nSt. Brigid Medical Center names {R.choice(STAFF_F + STAFF_M)} {R.choice(STAFF_SUR)} President and CEO\n\n"
           f"The Board of Trustees today announced the appointment following a national search. The new CEO previously led a 400-bed "
           f"academic hospital and oversaw the opening of its cancer institute. State Senator Linda Farrell praised the choice at today's "
           f"ribbon cutting for the new cardiac catheterization lab.\n\nMedia contact: communications@stbrigidmc.org")
    return M("Press release: new CEO named", "SBMC Communications <communications@stbrigidmc.org>", "media-list@stbrigidmc.org", txt)


@T("clean", "news")
def cn_han():
    txt = ("Health Advisory: Avian influenza A(H5N1) - guidance for clinicians\n\nSummary: sporadic human infections have been reported among "
           "dairy and poultry workers. Clinicians should ask about animal exposures in patients with conjunctivitis or respiratory illness, "
           "collect specimens for influenza A subtyping, and start oseltamivir promptly without waiting for results. Report suspected "
           "cases to the state health department within 24 hours.\n\nThis is an official health advisory. Please distribute to emergency, "
           "infection control and laboratory staff.")
    return M("Health Advisory: H5N1 guidance", "State Health Alert Network <han@statehealth.gov>", "han-subscribers@statehealth.gov", txt,
             carrier="qp")


@T("clean", "news")
def cn_foundation():
    donors = [f"{R.choice(FEM + MAS)} and {R.choice(FEM + MAS)} {sur()}" for _ in range(4)]
    txt = (f"Thank you to our Gala sponsors! This year's event raised $1.2 million for the new pediatric wing.\n\nPlatinum: {donors[0]}, "
           f"{donors[1]}\nGold: {donors[2]}, {donors[3]}, Eastgate Savings Bank\n\nSave the date for the Golf Classic in June. Volunteers "
           "needed for the holiday toy drive.\n\nMercy Valley Health Foundation")
    return M("Gala thank you + save the date", "MVH Foundation <foundation@mercyvalley.org>", "friends@mercyvalley.org", txt, carrier="html")


@T("clean", "news")
def cn_epi_report():
    rows = [("County", "Flu A", "Flu B", "RSV", "COVID-19")]
    for c in ["Adams", "Benton", "Clark", "Douglas", "Grant"]:
        rows.append((c, str(R.randint(5, 200)), str(R.randint(0, 30)), str(R.randint(5, 120)), str(R.randint(5, 90))))
    txt = f"Weekly respiratory surveillance, week {R.randint(1, 52)}: lab-confirmed cases by county\n\n" + fixed(rows, [10, 8, 8, 8, 10]) + \
          "\n\nICU occupancy statewide 78%. Data are provisional."
    return M("Weekly respiratory surveillance", "Epi Unit <epi@statehealth.gov>", "epi-weekly@lists.statehealth.gov", txt,
             atts=[("resp_surveillance.csv", "\n".join(",".join(r) for r in rows) + "\n", "text/csv")])


@T("clean", "news")
def cn_pharma_rep():
    txt = (f"Hi Dr. {R.choice(STAFF_SUR)},\n\nGreat news - the FDA has approved Cardezza (invented) for heart failure with preserved ejection "
           f"fraction. Dosing: 10 mg once daily, no titration needed; monitor eGFR and potassium at baseline and 4 weeks. Samples and "
           f"copay cards available for commercially insured patients. I'd love 10 minutes at your next lunch.\n\n{staff('F')[0]} {staff('F')[1]}\n"
           f"Territory Manager, Alderon Pharma")
    return M("New approval - Cardezza", f"{staff('F')[0]} <territory12@alderonpharma.com>", "drs-office@cedarhillsclinic.com", txt)


@T("clean", "news")
def cn_webinar():
    txt = (f"Join us {longd(day())} at noon ET: \"Long COVID two years on: what the cohort data show\" with {_dr()}, Professor of "
           f"Epidemiology, and {_dr()}, Director of the Post-COVID Recovery Program. Free; 1.0 CME. Register at the link below.")
    return M("Webinar: Long COVID two years on", "Health Policy Forum <events@healthpolicyforum.org>", "list@healthpolicyforum.org", txt,
             carrier="alt")


# =================================================================== CLEAN: training / specs / templates with fake data
@T("clean", "training")
def ct_ehr_train():
    txt = ("EHR 201 - Order Entry practice exercise\n\nLog into the TRAIN environment (not PROD!). Open patient ZZTEST, DEMO "
           "(MRN 99990001, DOB 01/01/1950).\n\n1. Place an order for CBC and BMP, priority Routine.\n2. Add a medication order: acetaminophen "
           "650 mg PO q6h PRN pain.\n3. Sign the orders and check the Results Review tab.\n4. Discharge the encounter.\n\nThe TRAIN environment is "
           "refreshed every night, so don't worry about mistakes.\n\nClinical Informatics Education")
    return M("EHR 201 homework", "Clinical Informatics <informatics-ed@riversidehealth.org>", "ehr-trainees@riversidehealth.org", txt)


@T("clean", "training")
def ct_hl7_spec():
    msg = ("MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB, INC.|GOOD HEALTH HOSPITAL|198808181126|SECURITY|ADT^A01^ADT_A01|MSG00001|P|2.8||\n"
           "EVN|A01|200708181123||\nPID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR^GOOD HEALTH HOSPITAL^^^USSSA^SS||EVERYMAN^ADAM^A^III||19610615|M||C|"
           "2222 HOME STREET^^GREENSBORO^NC^27401-1020|GL|(555) 555-2004|(555)555-2004||S||PATID12345001^2^M10^ADT1^AN^A|444333333|987654^NC|\n"
           "NK1|1|NUCLEAR^NELDA^W|SPO^SPOUSE||||NK^NEXT OF KIN\nPV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|")
    txt = ("For the interface kickoff, here is the example A01 straight out of the HL7 v2 standard (chapter 3) that we'll use to walk "
           "through the field mapping. Note the placeholder names (EVERYMAN^ADAM, NUCLEAR^NELDA) - please use the spec examples or our "
           "synthetic test patients only, no production data in the mapping workbook.\n\n" + msg + "\n")
    return M("Mapping kickoff - spec example", "Interfaces <interfaces@northgatefm.com>", "athena-onboarding@athenaimpl.com", txt, carrier="plain")


@T("clean", "training")
def ct_x12_companion():
    seg = ("NM1*IL*1*DOE*JOHN*T***MI*123456789~\nN3*123 MAIN STREET~\nN4*ANYTOWN*PA*17111~\nDMG*D8*19000101*M~\n"
           "CLM*TEST0001*100***11:B:1*Y*A*Y*Y~\nSV1*HC:99213*100*UN*1***1~\nDTP*472*D8*20240101~")
    txt = ("Companion Guide excerpt - 837P Loop 2010BA example (all data fictitious):\n\n" + seg + "\n\nSubmitters must send the member ID "
           "exactly as shown on the ID card, including alpha prefix. Test files go to the TEST ISA15 indicator 'T'.")
    return M("837P companion guide v4.2", "EDI Services <edi-services@crestlinehealthplan.com>", "trading-partners@crestlinehealthplan.com",
             txt, atts=[("837P_example_2010BA.x12", seg + "\n", "text/plain")])


@T("clean", "training")
def ct_blank_form():
    txt = ("Please use the updated referral form below starting Monday. Copy/paste into your note or print.\n\n"
           "REFERRAL REQUEST\nPatient name: ______________________   DOB: __/__/____   MRN: __________\nInsurance: ______________  "
           "Member ID: ______________\nReferred to (specialty): ____________   Urgency: [ ] routine [ ] urgent [ ] STAT\n"
           "Reason for referral: ____________________________________________\nPertinent history / meds: ______________________________\n"
           "Referring provider: ______________  Signature: __________  Date: ______\n\nThanks, Referral Office")
    return M("new referral form", "Referral Office <referrals@northgatefm.com>", "clinical-staff@northgatefm.com", txt, carrier="alt")


@T("clean", "training")
def ct_release_notes():
    txt = ("Release 24.3 - what's new for schedulers\n\n- The appointment desk now shows a warning when booking outside a provider's "
           "template (see screenshot: TEST, PATIENT booked into a blocked slot).\n- 'Recall' activity lets you search by overdue date.\n"
           "- Wait list auto-offers open slots by text (pilot clinics only).\n\nIn the examples, all patients are from the demo database "
           "(TEST, PATIENT; TEST, INFANT; DEMO, GERIATRIC).\n\nQuestions: ehr-support ticket, category 'Scheduling'.")
    return M("Release 24.3 notes", "EHR Support <ehr-support@mercyvalley.org>", "schedulers@mercyvalley.org", txt, carrier="html")


@T("clean", "training")
def ct_fhir_example():
    ex = {"resourceType": "Patient", "id": "example", "meta": {"tag": [{"code": "SYNTH", "display": "synthetic test data"}]},
          "identifier": [{"system": "urn:oid:1.2.3.4.5", "value": "TEST-000001"}],
          "name": [{"use": "official", "family": "Testpatient", "given": ["Demo"]}], "gender": "unknown", "birthDate": "1900-01-01"}
    txt = ("Sandbox credentials are in the vault. Use the synthetic patient below to test the Patient read; it's tagged SYNTH so it will "
           "never match a real chart.\n\n" + json.dumps(ex, indent=2) + "\n")
    return M("FHIR sandbox - test patient", "API Team <api-support@mercyvalley.org>", "dev@glucotrack-app.com", txt)


@T("clean", "training")
def ct_tip_sheet():
    txt = ("TIP SHEET: Documenting a telephone encounter\n\n1. From the patient's chart (example: John Q. Sample, DOB 01/01/1900) click "
           "Telephone Call.\n2. Choose the reason, e.g. 'Medication question'.\n3. Type the note using the .PHONENOTE smartphrase.\n4. Route to the "
           "provider pool if action is needed.\n\nScreenshots attached use the demo patient only.")
    return M("Tip sheet - phone encounters", "Clinical Informatics <informatics-ed@riversidehealth.org>", "ma-team@riversidehealth.org", txt,
             atts=[("tip_sheet_phone_encounter.html", to_html(txt), "text/html")])


@T("clean", "training")
def ct_hipaa_quiz():
    txt = ("Annual privacy training - practice questions\n\n1. A nurse discusses Patient X's test results in the elevator. Is this a "
           "privacy violation? (a) yes (b) no\n2. You receive a fax meant for another clinic containing a patient's lab results. What "
           "should you do first?\n3. True or false: a patient's name alone, with no health information, is always PHI.\n4. Which of these "
           "is NOT one of the 18 HIPAA identifiers? (a) ZIP code (b) device serial number (c) favorite color\n\nAnswers are in the module.")
    return M("Privacy training practice quiz", "Compliance <compliance@stbrigidmc.org>", "all-workforce@stbrigidmc.org", txt)


@T("clean", "training")
def ct_superuser_drill():
    txt = ("Downtime drill Thursday 2pm. Super users: register these test patients on paper, then back-enter after recovery:\n\n"
           "  TEST, ALPHA     DOB 01/01/1980  MRN 99990011\n  TEST, BRAVO     DOB 02/02/1975  MRN 99990012\n  TEST, CHARLIE   DOB 03/03/2001  "
           "MRN 99990013\n\nUse the downtime forms in the red binder. Do NOT use real patient labels.\n\nIT Business Continuity")
    return M("Downtime drill Thurs - test pts", "IT Business Continuity <bc@bayfrontregional.org>", "superusers@bayfrontregional.org", txt)


@T("clean", "training")
def ct_interface_test():
    msg = ("MSH|^~\\&|LAB|TEST|EHR|TEST|20240101120000||ORU^R01|TEST0001|T|2.5.1\r"
           "PID|1||ZZ999001^^^TEST^MR||ZZZTEST^INTERFACE^ONE||19000101|U\r"
           "OBR|1|T001|T001|CBC^CBC|||20240101120000\r"
           "OBX|1|NM|WBC^WBC||99.9|10*3/uL|||||T\r")
    return M("test msgs for validation (TEST env)", "Lab IS <lab-is@riversidehealth.org>", "interface-team@riversidehealth.org",
             "Test ORU with the ZZZTEST patient attached, processing ID = T. Please confirm it lands in the TEST inbox and not prod.\n",
             atts=[("zztest_oru.hl7", msg, "application/hl7-v2")])


@T("clean", "training")
def ct_consent_template():
    html = ("<html><body><h2>Consent for Treatment - TEMPLATE v7</h2>"
            "<p>I, <u>&nbsp;&nbsp;[PATIENT NAME]&nbsp;&nbsp;</u>, date of birth <u>[DOB]</u>, consent to the procedure "
            "<u>[PROCEDURE]</u> to be performed by <u>[PHYSICIAN]</u>.</p><p>Risks discussed: ______________</p>"
            "<p>Signature: ____________ Date: ________ Witness: ____________</p>"
            "<p><i>Merge fields are populated by the EHR at print time. Do not edit this template directly.</i></p></body></html>")
    return M("Consent template v7 for review", "Forms Committee <forms@hvch.org>", "forms-reviewers@hvch.org", html=html, carrier="html",
             atts=[("consent_template_v7.html", html, "text/html")])


@T("clean", "training")
def ct_835_sample():
    seg = ("CLP*SAMPLE001*1*500*400*100*12*9999999999*11*1~\nNM1*QC*1*PATIENT*TEST****MI*XXX000000000~\nSVC*HC:99214*500*400~\n"
           "CAS*PR*1*100~\nDTM*472*20240101~")
    txt = ("In the ERA training session we used the sample below. PATIENT*TEST is the standard dummy; note how CAS*PR*1 is the "
           "deductible (patient responsibility).\n\n" + seg + "\n\nHomework: post it in the TRAIN billing system.")
    return M("ERA posting training - sample", "Revenue Cycle Education <rc-education@summitortho.net>", "cash-posters@summitortho.net", txt,
             carrier="qp")

# =================================================================== CLEAN: admin / billing / IT without patients
@T("clean", "admin")
def ca_contract():
    txt = (f"Summary of the Crestline Health Plan amendment (effective {us(day())}):\n\n- Professional services: {R.randint(105, 125)}% of current-year "
           f"Medicare RBRVS\n- Outpatient lab: {R.randint(60, 80)}% of CLFS\n- Timely filing: 90 days from DOS (was 120)\n- Corrected claims: 180 days\n"
           f"- PA list updated quarterly, posted on the provider portal\n- Escalator: 2.5% annually years 2-3\n\nRedline attached in the contract "
           f"folder. Please send comments to {staff()[0]} in Managed Care by Friday.")
    return M("Crestline amendment - summary", "Managed Care <managedcare@stbrigidmc.org>", "rev-cycle-leaders@stbrigidmc.org", txt)


@T("clean", "admin")
def ca_fee_schedule():
    codes = [("99202", "New pt office visit, 15-29 min"), ("99203", "New pt office visit, 30-44 min"), ("99213", "Est pt office visit, 20-29 min"),
             ("99214", "Est pt office visit, 30-39 min"), ("20610", "Arthrocentesis, major joint"), ("73721", "MRI lower extremity joint w/o contrast"),
             ("97110", "Therapeutic exercise, each 15 min"), ("36415", "Venipuncture"), ("80053", "Comprehensive metabolic panel"), ("G0439", "Annual wellness visit, subsequent")]
    lines = ["CPT,Description,Self-pay price,Crestline allowed"]
    for c, dsc in codes:
        lines.append(f"{c},\"{dsc}\",{R.randint(25, 900)}.00,{R.randint(15, 600)}.{digits(2)}")
    return M("2025 fee schedule", "Finance <finance@summitortho.net>", "billing-team@summitortho.net",
             "Updated fee schedule attached. Self-pay prices are also published on the price transparency page.\n",
             atts=[("fee_schedule_2025.csv", "\n".join(lines) + "\n", "text/csv")])


@T("clean", "admin")
def ca_claim_volume():
    rows = [("Payer", "Claims", "Paid", "Denied", "Pending")]
    for p in PAYERS[:6]:
        n = R.randint(300, 3000)
        rows.append((p, str(n), str(int(n * .8)), str(int(n * .08)), str(n - int(n * .8) - int(n * .08))))
    txt = f"Claim volume MTD:\n\n" + fixed(rows, [28, 8, 8, 8, 8]) + "\n\nDenial rate 8.1%, top reason CO-197 (no auth)."
    return M("claim volume MTD", "Rev Cycle Analytics <rc-analytics@mercyvalley.org>", "rev-cycle-leaders@mercyvalley.org", txt, carrier="html")


@T("clean", "admin")
def ca_downtime():
    d = day()
    txt = (f"PLANNED DOWNTIME: The EHR will be unavailable {longd(d)} from 01:00 to 04:00 for an upgrade.\n\n- Use downtime forms and "
           f"the read-only BCA workstations (red sticker) for medication administration records\n- Lab results will print to unit printers\n"
           f"- Pharmacy will deliver first doses on paper MAR\n\nCommand center: x5500. Please share with night shift.")
    return M("Planned EHR downtime", "IT Communications <it-comms@bayfrontregional.org>", "all-staff@bayfrontregional.org", txt, carrier="alt")


@T("clean", "admin")
def ca_parking():
    txt = (f"Garage B will close for resurfacing {us(day())} through {us(day())}. Employees with B permits park in Lot F and take the shuttle "
           f"(every 10 min, 5:30am-8pm). Patient and visitor parking is unchanged. Badge access to the tunnel from Lot F is enabled for "
           f"all active badges; if yours doesn't work, visit Security with your employee ID.\n\nFacilities & Security")
    return M("Garage B closure", "Facilities <facilities@riversidehealth.org>", "all-staff@riversidehealth.org", txt)


@T("clean", "admin")
def ca_denial_trend():
    rows = [("CARC", "Description", "Count", "$")]
    for c, dsc, _x in [("CO-197", "Precert/auth absent", ""), ("CO-16", "Missing info", ""), ("CO-50", "Not medically necessary", ""),
                   ("CO-29", "Timely filing", ""), ("PR-1", "Deductible", "")]:
        rows.append((c, dsc, str(R.randint(10, 400)), money(2000, 90000)))
    txt = "Denials by reason code, last 30 days:\n\n" + fixed(rows, [8, 28, 8, 12]) + "\n\nCO-197 up 30% - mostly imaging."
    return M("denial trend 30d", "Denials Mgmt <denials@summitortho.net>", "pa-team@summitortho.net", txt)


@T("clean", "admin")
def ca_phishing():
    txt = ("Security alert: we're seeing phishing emails pretending to be from 'HR Benefits' asking you to 're-verify your direct deposit'. "
           "Do not click. Report using the Phish Alert button. IT will never ask for your password. If you entered credentials, call the "
           "service desk immediately at x4357.\n\nInformation Security")
    return M("Phishing alert - fake HR emails", "Information Security <infosec@hvch.org>", "all-workforce@hvch.org", txt, carrier="qp")


@T("clean", "admin")
def ca_credentialing():
    rows = []
    for _ in range(4):
        rows.append(f"{_dr()} - DEA exp {us(day())}, state license exp {us(day())}, board cert ok")
    txt = "Upcoming credentialing expirations, please upload renewals to the portal:\n\n" + "\n".join(rows) + "\n\nMedical Staff Services"
    return M("credentialing expirations", "Medical Staff Services <mss@mercyvalley.org>", "dept-chairs@mercyvalley.org", txt)


@T("clean", "admin")
def ca_kpi():
    txt = (f"Rev cycle KPIs for {R.choice(['March', 'August', 'November'])}:\n  Days in A/R: {R.randint(38, 55)}\n  Clean claim rate: {R.randint(88, 97)}%\n"
           f"  Cash collected: ${money(1e6, 9e6)}\n  Bad debt: {R.randint(1, 4)}.{R.randint(0, 9)}%\n  Point-of-service collections: ${money(5e4, 3e5)}\n")
    return M("Monthly KPI dashboard", "Rev Cycle Analytics <rc-analytics@stbrigidmc.org>", "finance-committee@stbrigidmc.org", txt, carrier="b64")


@T("clean", "admin")
def ca_clearinghouse():
    txt = (f"Enrollment for ERA/EFT with Keystone Medicaid is complete.\nGroup NPI: {digits(10)}\nTax ID: {digits(2)}-{digits(7)}\n"
           f"Submitter ID: NFM01\nEffective: {us(day())}\n\nFirst 835 should arrive after the next payment cycle. Contact EDI support with questions.")
    return M("ERA enrollment complete", "ClearPath EDI <enrollment@clrhouse-edi.com>", "billing@northgatefm.com", txt)


@T("clean", "admin")
def ca_pa_policy():
    txt = (f"Effective {us(day())}, Crestline Health Plan requires prior authorization for advanced imaging: CPT 70551-70553 (MRI brain), "
           f"72141-72158 (MRI spine), 74176-74178 (CT abd/pelvis). Requests go through the RadAuth portal. Retro auths will not be accepted. "
           f"Please update the order-entry hard stops.\n\nPayer Relations")
    return M("Payer update: imaging PA", "Payer Relations <payer-relations@riversidehealth.org>", "imaging-scheduling@riversidehealth.org", txt)


@T("clean", "admin")
def ca_coding_update():
    txt = ("FY2025 ICD-10-CM updates relevant to our clinics:\n\n- New codes for hypoglycemia levels in diabetes (E11.649 expansions)\n"
           "- Expanded codes for obesity class and pediatric BMI\n- New Z-codes for social determinants (housing instability)\n- Sickle cell "
           "crisis codes revised\n\nCoding education sessions on Oct 2 and Oct 9. Updated cheat sheets in the shared drive.\n\nHIM Coding")
    return M("ICD-10 FY2025 updates", "HIM Coding <him-coding@hvch.org>", "providers@hvch.org", txt)


# =================================================================== main
ORDER = [("phi", "care", 15), ("phi", "names", 15), ("phi", "self", 14), ("phi", "ids", 14), ("phi", "lists", 14),
         ("phi", "struct", 12), ("phi", "lang", 14), ("phi", "mixed", 6),
         ("clean", "staff", 15), ("clean", "lookalike", 16), ("clean", "news", 12), ("clean", "training", 12), ("clean", "admin", 12)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    random.seed(SEED)  # email.generator draws MIME boundaries from the global random module
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for label, kind, n in ORDER:
        tpls = TEMPLATES[(label, kind)]
        for i in range(n):
            rec = tpls[i % len(tpls)]()
            if label == "clean":
                rec["patient"] = ""
            msg = build(rec)
            fname = f"{label}-{kind}-{i + 1:03d}.eml"
            with open(os.path.join(a.out, fname), "wb") as fh:
                fh.write(msg.as_bytes(policy=POLICY))
            rows.append((fname, label, kind, rec["patient"]))
    with open(os.path.join(a.out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {os.path.abspath(a.out)}")


if __name__ == "__main__":
    main()
