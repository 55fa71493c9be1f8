#!/usr/bin/env python3
"""Deterministic generator for a blind PHI / clean email evaluation set (prose7).

Usage: python3 gen.py [--out DIR]
Writes <label>-<kind>-NNN.eml files plus labels.csv.  Standard library only.
All people, identifiers and dates are invented.
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

SEED = 20240707
random.seed(SEED)            # the email package draws multipart boundaries from here
R = random.Random(SEED)      # all content randomness
CTE_RNG = random.Random(SEED + 1)   # transfer-encoding variety

OUT = []                     # (label, kind, patient_name, EmailMessage)

# ---------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def letters(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def phone(sep='paren'):
    a, b, c = R.randint(201, 989), R.randint(201, 989), digits(4)
    if sep == 'paren':
        return f"({a}) {b}-{c}"
    if sep == 'dot':
        return f"{a}.{b}.{c}"
    if sep == 'dash':
        return f"{a}-{b}-{c}"
    return f"{a}{b}{c}"


TZ = dt.timezone(dt.timedelta(hours=-5))
BASE = dt.datetime(2024, 2, 5, 7, 0, tzinfo=TZ)


def when():
    return BASE + dt.timedelta(days=R.randint(0, 240), minutes=R.randint(0, 660))


def rdate(y0=2024, y1=2024):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def dob(y0=1932, y1=2004):
    return rdate(y0, y1)


def us(d):
    return f"{d.month}/{d.day}/{d.year}"


def us2(d):
    return d.strftime('%m/%d/%Y')


def ymd(d):
    return d.strftime('%Y%m%d')


def mbi():
    a = 'ACDEFGHJKMNPQRTUVWXY'
    an = a + '0123456789'
    return (str(R.randint(1, 9)) + R.choice(a) + R.choice(an) + str(R.randint(0, 9)) +
            R.choice(a) + R.choice(an) + str(R.randint(0, 9)) + R.choice(a) + R.choice(a) +
            digits(2))


def ssn():
    return f"{R.randint(101, 665)}-{R.randint(10, 99)}-{digits(4)}"


def npi():
    return '1' + digits(9)


def street():
    return f"{R.randint(12, 9870)} {pick(['Wrenfield Ct', 'Osage Ave', 'N Halsted Rd', 'Cedar Bluff Dr', 'Mill Race Ln', 'Tamarack St', 'Old Post Rd', 'Keel Ave NE', 'Sycamore Hollow', 'W 43rd St', 'Juniper Loop', 'Bramblewood Way'])}"


CITIES = [('Duluth', 'MN', '55806'), ('Lowell', 'MA', '01852'), ('Fresno', 'CA', '93722'),
          ('Columbus', 'OH', '43224'), ('Tacoma', 'WA', '98405'), ('Gallup', 'NM', '87301'),
          ('Dearborn', 'MI', '48126'), ('Hialeah', 'FL', '33012'), ('St. Paul', 'MN', '55106'),
          ('Flushing', 'NY', '11355'), ('Silver Spring', 'MD', '20904'), ('Lancaster', 'PA', '17603')]


def city():
    c, s, z = pick(CITIES)
    return f"{c}, {s} {z}"


_mid = [0]


def msgid(domain):
    _mid[0] += 1
    return f"<{R.getrandbits(48):012x}.{_mid[0]:04d}@{domain}>"


def dom(addr):
    return addr.split('@')[-1].rstrip('>').strip()


def build(subject, frm, to, text=None, html=None, charset='utf-8', cte=None,
          atts=(), cc=None, date=None, headers=None, html_charset=None, html_cte=None):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = format_datetime(date or when())
    m['Message-ID'] = msgid(dom(frm))
    for k, v in (headers or {}).items():
        m[k] = v
    if cte is None:
        body = (text or '') + (html or '')
        choice = CTE_RNG.choice([None, None, None, '8bit', 'base64'])
        if choice == '8bit' and (charset.lower() in ('iso-2022-jp',) or max(len(x) for x in body.split('\n')) > 900):
            choice = None
        cte = choice
    hc = html_charset or charset
    hcte = html_cte if html_cte is not None else cte
    if text is not None and html is not None:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html, subtype='html', charset=hc, cte=hcte)
    elif html is not None:
        m.set_content(html, subtype='html', charset=hc, cte=hcte)
    else:
        m.set_content(text if text is not None else '', charset=charset, cte=cte)
    for a in atts:
        attach(m, *a)
    return m


def attach(m, filename, content, ctype='text/plain', charset='utf-8', cte=None):
    if isinstance(content, EmailMessage):
        m.add_attachment(content)
        return
    maintype, subtype = ctype.split('/')
    if isinstance(content, str) and maintype == 'text':
        m.add_attachment(content, subtype=subtype, filename=filename, charset=charset, cte=cte)
    else:
        if isinstance(content, str):
            content = content.encode(charset)
        m.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)


def inner(subject, frm, to, text, date=None, charset='utf-8', atts=(), html=None, cte=None):
    """A message to be forwarded as message/rfc822."""
    return build(subject, frm, to, text=text, html=html, date=date, charset=charset, atts=atts, cte=cte)


def add(label, kind, pname, msg):
    OUT.append((label, kind, pname, msg))


def html_table(rows, header=None, style=True):
    st = ' border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Calibri,Arial;font-size:11pt"' if style else ''
    out = [f'<table{st}>']
    if header:
        out.append('<tr>' + ''.join(f'<th style="background:#dde6f0">{h}</th>' for h in header) + '</tr>')
    for r in rows:
        out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def fixed(rows, widths):
    return '\n'.join(''.join(str(c)[:w - 1].ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def csv_text(rows, delim=','):
    buf = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if delim in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        buf.append(delim.join(cells))
    return '\r\n'.join(buf) + '\r\n'


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
              "intended recipient(s) and may contain confidential and privileged information, including "
              "protected health information (PHI) subject to HIPAA. Any unauthorized review, use, disclosure "
              "or distribution is prohibited. If you are not the intended recipient, please contact the "
              "sender by reply e-mail and destroy all copies of the original message.")

DISCLAIMER2 = ("This message and any attachments may contain information that is privileged, confidential "
               "and exempt from disclosure under applicable law (including 45 CFR Parts 160 and 164). If "
               "you received this in error, notify the sender immediately and delete it. Thank you.")

# name pools for list rows (mixed cultures, mixed formats)
GIVEN = ['Meron', 'Pa Nhia', 'Abdirahman', 'Wiktoria', 'Jae-won', 'Xiuying', 'Anand', 'Rosalind', 'Teodoro',
         'Leilani', 'Darnell', 'Fenella', 'Nkechi', 'Ignatius', 'Marisol', 'Hoang', 'Evgenia', 'Tupe',
         'Dorothea', 'Khalid', 'Bao', 'Siobhan', 'Yusuf', 'Imelda', 'Cornelius', 'Ayaan', 'Genevieve',
         'Tsegaye', 'Lucinda', 'Wendell', 'Kiele', 'Odalys', 'Piotr', 'Mahalia', 'Rustam', 'Consuelo']
SURN = ['Tesfaye', 'Xiong', 'Warsame', 'Kowalczyk', 'Baek', 'Liang', 'Subramanian', 'Achterberg', 'Villanueva',
        'Kealoha', 'Pettaway', 'Mulcahy', 'Eze', 'Szymanski', 'Quiroga', 'Tran', 'Belousova', 'Faleolo',
        'Lindqvist', 'Haddad', 'Vo', "O'Driscoll", 'Demir', 'Dela Pena', 'Vanterpool', 'Sharma', 'Beaulieu',
        'Gebremariam', 'Hollins', 'Ashby', 'Kahananui', 'Ybarra', 'Wozniak', 'Jean-Baptiste', 'Nazarov',
        'Sandoval-Rios', 'Yellowhorse', 'Moua', 'Ferreira', 'Nakamura']


PAIRS = [('Meron', 'Tesfaye'), ('Pa Nhia', 'Xiong'), ('Abdirahman', 'Warsame'), ('Wiktoria', 'Kowalczyk'),
         ('Jae-won', 'Baek'), ('Xiuying', 'Liang'), ('Anand', 'Subramanian'), ('Rosalind', 'Achterberg'),
         ('Teodoro', 'Villanueva'), ('Leilani', 'Kealoha'), ('Darnell', 'Pettaway'), ('Fenella', 'Mulcahy'),
         ('Nkechi', 'Eze'), ('Ignatius', 'Szymanski'), ('Marisol', 'Quiroga'), ('Hoang', 'Tran'),
         ('Evgenia', 'Belousova'), ('Tupe', 'Faleolo'), ('Dorothea', 'Lindqvist'), ('Khalid', 'Haddad'),
         ('Bao', 'Vo'), ('Siobhan', "O'Driscoll"), ('Yusuf', 'Demir'), ('Imelda', 'Dela Pena'),
         ('Cornelius', 'Vanterpool'), ('Ayaan', 'Sharma'), ('Genevieve', 'Beaulieu'), ('Tsegaye', 'Gebremariam'),
         ('Lucinda', 'Hollins'), ('Wendell', 'Ashby'), ('Kiele', 'Kahananui'), ('Odalys', 'Ybarra'),
         ('Piotr', 'Wozniak'), ('Mahalia', 'Jean-Baptiste'), ('Rustam', 'Nazarov'), ('Consuelo', 'Sandoval-Rios'),
         ('Delbert', 'Yellowhorse'), ('Kou', 'Moua'), ('Thiago', 'Ferreira'), ('Emi', 'Nakamura'),
         ('Fatuma', 'Abdi'), ('Guadalupe', 'Ruiz Salas'), ('Oluwaseun', 'Adebayo'), ('Agnieszka', 'Nowak'),
         ('Minh Chau', 'Pham'), ('Tallulah', 'Redcloud'), ('Reuben', 'Ashkenazi'), ('Priyanka', 'Iyer'),
         ('Mercedes', 'Santiago'), ('Hamza', 'Qureshi'), ('Eulalie', 'Fontenot'), ('Sione', 'Taufa')]


def person():
    return pick(PAIRS)


# ================================================================ phi-care
def phi_care():
    K = 'care'
    # 1 dental
    d = when()
    add('phi', K, 'Halvorsen', build(
        "crown seat moved - Halvorsen",
        formataddr(('Front Desk - Lakeshore Family Dental', 'frontdesk@lakeshorefamilydental.com')),
        'tammy.r@lakeshorefamilydental.com',
        text=f"""Tammy -

Ingrid Halvorsen called, her crown seat on #14 is moved from Tues to Thurs {d.month}/{d.day} 2:40 w/ Dr. Pham. she needs premed before any appt per her surgeon (amox 2g 1 hr prior) - can you make sure there's an Rx on file or call it in to the Walgreens on Superior St. she said last time nobody had it ready and she sat in the lot for 45 min waiting.

also she wants the temp looked at, says it "clicks".

thx
Bev
Lakeshore Family Dental | 218-555-0142"""))

    # 2 optometry, html only
    add('phi', K, 'Pruitt', build(
        "CL fitting f/u - D. Pruitt",
        formataddr(('Marisa Quan, OD', 'mquan@brightlineeyecare.net')),
        formataddr(('Optical', 'optical@brightlineeyecare.net')),
        html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>hi team,</p>
<p>Deshawn Pruitt picked up his trial toric lenses today. Parameters below, please order the 6-mo supply once he confirms comfort at the 1 wk f/u (he's booked Wed 4:15).</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th></th><th>BC</th><th>DIA</th><th>SPH</th><th>CYL</th><th>AXIS</th></tr>
<tr><td>OD</td><td>8.7</td><td>14.5</td><td>-2.25</td><td>-0.75</td><td>180</td></tr>
<tr><td>OS</td><td>8.7</td><td>14.5</td><td>-2.50</td><td>-1.25</td><td>170</td></tr>
</table>
<p>VSP auth is good through end of month. He asked about the dilation fee again, I told him it's covered w/ the exam.</p>
<p>-- Dr. Quan</p>
</body></html>"""))

    # 3 audiology, iso-8859-1 qp
    add('phi', K, 'Abernathy', build(
        "Abernathy fitting - loaner",
        'Kristin Sølvberg <ksolvberg@northfieldhearing.com>',
        'scheduling@northfieldhearing.com',
        text="""Please move Mr. Abernathy's fitting to next Friday 10am, the receivers for his new RICs didn't come in (back-ordered per Phonak rep, maybe 6 business days).

He'll need the loaner pair to carry him over - set #L-07 is charged and cleaned. Please call his daughter Noëlle at 608-555-0190 since he doesn't hear the phone well; she drives him.

Also flag the chart: real-ear measurement needs to be redone at the fitting, last REM was on the old domes.

Kristin Sølvberg, Au.D.
Northfield Hearing & Balance""", charset='iso-8859-1', cte='quoted-printable'))

    # 4 pharmacy prior auth
    b = dob(1950, 1968)
    key = letters(4) + digits(2) + letters(2)
    add('phi', K, 'Kubiak', build(
        f"PA submitted - Kubiak, L",
        'rx0417@mercyhillpharmacy.com',
        formataddr(('Dr. Ahmed office', 'nurse.line@ahmedfamilymed.com')),
        text=f"""Mercy Hill Pharmacy #0417
Prior Authorization Notice

Patient: Lorraine Kubiak   DOB {us2(b)}
Drug: semaglutide 0.25mg/0.5mg pen (Ozempic) #1 pen
Prescriber: Nadia Ahmed MD

The claim rejected 75 - PA required. We started the request in CoverMyMeds, key {key}. Please complete the clinical questions on your side; the plan (Priority Health) usually turns these around in 72 hrs.

Patient has been notified and knows the Rx is on hold. She asked whether a 90-day fill is possible once approved.

Phone 616-555-0177  Fax 616-555-0178
"""))

    # 5 pharmacy pickup, automated to patient, multipart
    add('phi', K, 'Wróblewski', build(
        "Your prescription is ready for pickup",
        formataddr(('Harbor Drug Notifications', 'noreply@notify.harbordrug.com')),
        'tomek.wroblewski@gmail.com',
        text="""Hi TOMASZ WRÓBLEWSKI,

1 prescription is ready at Harbor Drug #228 (1410 Lake Ave).

  Rx 6620194   ATORVASTATIN 40 MG TAB   Qty 90   Copay $4.50

Please pick up by 06/21. Items not picked up within 10 days are returned to stock.

Reply STOP to opt out of pickup emails.
""",
        html="""<html><body><p>Hi TOMASZ WRÓBLEWSKI,</p>
<p><b>1 prescription is ready</b> at Harbor Drug #228 (1410 Lake Ave).</p>
<table><tr><td>Rx 6620194</td><td>ATORVASTATIN 40 MG TAB</td><td>Qty 90</td><td>Copay $4.50</td></tr></table>
<p>Please pick up by 06/21. Items not picked up within 10 days are returned to stock.</p>
<p style="font-size:8pt;color:#888">Reply STOP to opt out of pickup emails.</p></body></html>"""))

    # 6 DME delivery ticket, multipart alternative
    addr = street()
    add('phi', K, 'Marchetti', build(
        "Delivery ticket #D-" + digits(6),
        'dispatch@keystonehomemedical.com',
        'drivers@keystonehomemedical.com',
        text=f"""DELIVERY - SAME DAY
Pt: Eunice Marchetti
Addr: {addr}, {city()}  (side door, ramp on left)
Contact: daughter Carla {phone('dash')}

Items:
 - E0260 semi-electric hosp bed w/ rails
 - E0277 alternating pressure mattress
 - E0163 commode, 3-in-1
 - overbed table

Set up bed in front room, Carla is moving the couch. Hospice RN (Gail) will be there ~2pm, try to arrive before. Pickup old rental walker.""",
        html=None))

    # 7 home infusion
    add('phi', K, 'Achterberg', build(
        "RE: SOC tomorrow - Achterberg",
        formataddr(('Jenna Morrow RN', 'jmorrow@cardinalinfusion.com')),
        'intake@cardinalinfusion.com',
        text="""confirmed w/ pt's wife, SOC visit tmrw 0900. I'll do PICC dressing chg + teach. pharmacy pls have ertapenem 1g q24h x 14d ready for courier by 7am, elastomeric pumps not CADD. first dose was given inpt at 2200 so next due ~2200 tomorrow - wife will hang it after teach.

Raymond Achterberg, 6811 Juniper Loop, gate code 4471#. dog is friendly.

labs weekly CBC/CMP Mondays, results to Dr. Osei.

Jenna"""))

    # 8 hospice
    add('phi', K, 'Lindgren', build(
        "IDT update - Mr. Lindgren",
        formataddr(('Paula Everts, RN CM', 'peverts@evergladeshospice.org')),
        'idt-team-b@evergladeshospice.org',
        text="""Team B,

Arvid Lindgren (Rm at home, 14 Cedar Bluff Dr) - moved to continuous care at 0200, family at bedside. Comfort kit was opened last night; please have pharmacy send a refill of the morphine concentrate and lorazepam SL since we used most of it.

Chaplain: his wife Marit asked for a visit Thursday, Lutheran, would like communion if possible.
Social work: son flying in from Oslo Fri, needs a letter for the airline.
Aide visits: bump to BID.

Paula
""" + "\n" + DISCLAIMER))

    # 9 SNF admission, QP
    add('phi', K, 'Delgado-Ruiz', build(
        "accepting - Delgado-Ruiz from St. Brendan's",
        'admissions@maplecrestrehab.com',
        'unit2@maplecrestrehab.com, therapy@maplecrestrehab.com',
        text="""We accepted Mrs. Graciela Delgado-Ruiz from St. Brendan's, arriving tomorrow between 1-3pm via Lifeline wheelchair van. Medicare A day 1 = tomorrow, 3 midnight stay verified (admitted 5/2).

Needs: bariatric bed (already ordered from Medline), PT/OT eval within 24h, dietitian consult, Spanish-speaking staff if possible for her first night - her son Rafael (contact 305-555-0116) will be there in the evening.

Meds: hospital is faxing the MAR + discharge orders, Rx for the Eliquis is being sent to Omnicare.

Thank you!
Nicole Brandt, Admissions Coordinator
Maplecrest Rehabilitation & Nursing""", cte='quoted-printable'))

    # 10 behavioral health group
    add('phi', K, 'Whitcomb', build(
        "group attendance - Jonah W.",
        formataddr(('Devin Saldana, LCSW', 'dsaldana@riverbendcounseling.org')),
        formataddr(('Dr. Ferris', 'kferris@riverbendcounseling.org')),
        text="""Kate - Jonah Whitcomb missed tues DBT skills group again (2nd in a row). left VM for him and his mom. his individual is still on for Fri 3pm with me. can we touch base about his med mgmt appt w/ you, I think he said he ran out of something 2 wks ago but wasn't sure what it was called.

Devin"""))

    # 11 pediatrics
    d = when()
    add('phi', K, 'Obi', build(
        "school form + shots for Amara",
        'nurse.kayla@sprucepeds.com',
        'frontdesk@sprucepeds.com',
        text=f"""Amara Obi (4y) had her well visit today w/ Dr. Lund. Given: DTaP-IPV (Kinrix), MMRV, flu #1. Next flu dose in 4 wks - pls schedule nurse-only visit ~{(d + dt.timedelta(days=28)).strftime('%m/%d')}.

Kindergarten health form is signed and in the pick-up bin, mom (Chioma) will come get it tmrw after 10. Copy of the vaccine record is stapled to it. Please also scan into media tab.

Kayla"""))

    # 12 occ health
    add('phi', K, 'Treviño', build(
        "Results - Trevino, Marcus (Gulf Coast Rigging)",
        formataddr(('WorkWell Occupational Health', 'results@workwellocchealth.com')),
        'safety@gulfcoastrigging.com',
        text="""Employer: Gulf Coast Rigging LLC   Account 40117
Donor: Marcus Treviño   Employee ID GCR-2281

Service                          Date        Status
DOT 5-panel urine, CCF 8812045   06/03/2024  Collected, MRO review pending
Breath alcohol                   06/03/2024  Negative (0.000)
Respirator fit test (quant.)     06/03/2024  PASS - 3M 1870+ size std, FF 1420
DOT physical (CME)               06/03/2024  Certified 1 yr

The MRO will contact the donor directly before any result is reported. Invoice will follow.

WorkWell Occupational Health - Port Arthur Clinic"""))

    # 13 sleep lab html
    d = when()
    add('phi', K, 'Nwosu', build(
        "Your sleep study appointment",
        formataddr(('Summit Sleep Center', 'appointments@summitsleepcenter.com')),
        'gerald.nwosu@outlook.com',
        html=f"""<html><body style="font-family:Arial">
<p>Dear Gerald Nwosu,</p>
<p>This confirms your overnight <b>split-night polysomnogram</b> on <b>{d.strftime('%A, %B %d')}</b>. Please check in at 8:30 PM at Summit Sleep Center, 2200 Ridgeview Pkwy, Suite 140.</p>
<ul><li>No caffeine after noon</li><li>Bring your pillow and comfortable sleepwear</li><li>Bring your current medication list</li><li>Wash your hair; no gels or oils</li></ul>
<p>If CPAP titration is started during the night, a technologist will fit your mask. Checkout is 6:00 AM.</p>
<p>Questions: 720-555-0133</p>
</body></html>"""))

    # 14 wound clinic
    add('phi', K, 'Fairweather', build(
        "Fairweather - HBO 12/40, vac chg fri",
        'woundcare@stlukeswoundcenter.org',
        'homehealth.intake@amedisynergy.com',
        text="""Hi, following up on your shared pt Mrs. Opal Fairweather.

HBO tx 12 of 40 completed today, tolerated well, 2.0 ATA x 90 min. Next wound VAC change is due Fri - can your RN do it at home or should she come here? We'd like measurements sent after each change (L x W x D + photo).

Dr. Baptiste wants pre-albumin drawn w/ next labs.

St. Luke's Wound & Hyperbaric Center
ph 405-555-0169 / fax 405-555-0170"""))

    # 15 imaging + EMS transfer
    add('phi', K, 'Greaves', build(
        "ETA - Medic 14 transfer",
        'medic14.crew@tricountyems.org',
        'ed.charge@riversidegeneral.org',
        text="""Medic 14 en route from Riverside SNF to your ED bay, ETA 25 min.
pt Walter Greaves 88M, DNR/POLST w/ us, facility sent med list + face sheet. SpO2 91 2L NC, BP 104/62, alert to self. son meeting at ED.
sent from mobile"""))

    # 16 interpreter booking
    d = when()
    add('phi', K, 'Tzoc', build(
        "Interpreter request: Mam - Tzoc",
        'languageservices@valleycommunityhealth.org',
        'vendor.bookings@interpretlink.com',
        text=f"""Request #LS-{digits(5)}
Language: Mam (Guatemala) - Spanish NOT acceptable per pt
Date/time: {d.strftime('%m/%d/%Y')} 10:30-11:30
Mode: in person (video OK as backup)
Dept: Women's Health, 3rd floor, Room 312
Patient: Ms. Rosalina Tzoc  MRN 00618823
Visit type: prenatal visit + glucose tolerance draw (allow extra time for lab)
Provider: Hana Okafor, CNM

Please confirm interpreter name by end of day."""))


# ================================================================ phi-names
def phi_names():
    K = 'names'
    # 1 surname only after title (Hmong)
    add('phi', K, 'Vang', build(
        "callback pls",
        'gi.scheduling@northstargi.com',
        'gi.nurses@northstargi.com',
        text="""can someone call Mrs. Vang back re: her colonoscopy prep, she's confused about the split dose and whether she takes the 2nd jug at 3am or 5am. procedure is 8:15 thurs. her grandson translates, he's the one who called - 651-555-0108.
- Lisa (sched)"""))

    # 2 given name only with relative and room
    add('phi', K, 'Fartun', build(
        "Fartun - mom called",
        formataddr(('Abdi Hersi', 'ahersi@cedarriverclinic.org')),
        formataddr(('Radiology Scheduling', 'radsched@cedarriverclinic.org')),
        text="""Fartun's mom called again, she wants the MRI moved to after Eid since they'll be traveling to Columbus the week before. any opening the week of the 22nd? she prefers female tech if possible.
also she asked if the sedation means Fartun can't eat breakfast - I said someone from your team would call her.

Abdi, Patient Navigator
Somali line: ext 4410"""))

    # 3 LAST, First (Ethiopian)
    add('phi', K, 'Tesfaye', build(
        "TESFAYE, Meron - BMP before d/c",
        'hospitalist.pager@stmarysmed.org',
        'mcgee.rn@stmarysmed.org',
        text="""TESFAYE, Meron  rm 612-B
needs repeat BMP this AM before d/c, K was 3.2 yesterday. if ok d/c home after lunch, ride is her brother Dawit. pls give her the amharic d/c packet, not the english one.
-RS"""))

    # 4 initials + surname (Haitian)
    add('phi', K, 'Désir', build(
        "INR tmrw",
        'coumadin.clinic@bayfrontmed.org',
        'lab.draw@bayfrontmed.org',
        text="""J.-P. Désir is coming in for INR at 8:00 tomorrow, he's on the walk-in list, no appt. last value was 3.4, Dr. Calixte held 1 dose. results to me pls, not the general pool.

Merci,
Rose-Marie (anticoag RN)""", charset='iso-8859-1'))

    # 5 nickname in quotes (Polish)
    add('phi', K, 'Kowalczyk', build(
        'Re: Bobby K',
        formataddr(('Sheila Dunn', 'sdunn@southsidecardio.com')),
        'echo.lab@southsidecardio.com',
        text="""Robert "Bobby" Kowalczyk is on the echo schedule for Tuesday as Robert Kowalczyk Jr. - his dad is also our pt, same address, DON'T mix them up. Junior's DOB is 1979, senior is 1951. Junior needs the stress echo, senior is only here for the device check next month.

Sheila"""))

    # 6 particles
    add('phi', K, 'de la Fuente', build(
        'dialysis chair change',
        'charge.rn@northlakedialysis.com',
        'transport@northlakedialysis.com',
        text="""Mr. Luis de la Fuente is moving from MWF 2nd shift to TTS 1st shift starting next week (his job changed). Please update his MTM ride, pickup will now be 5:30am at home. Wife's cell is on the face sheet.
Also Mrs. van der Berg said her daughter will bring her on Saturday so cancel her ride for Sat only.

thx"""))

    # 7 double surname (Mexican)
    add('phi', K, 'HERNANDEZ OCHOA', build(
        'Ana Lucía - lab ordenes',
        formataddr(('Clinica del Pueblo', 'citas@clinicadelpueblo-ca.org')),
        'labcorp.liaison@clinicadelpueblo-ca.org',
        text="""Patient: HERNANDEZ OCHOA, ANA LUCIA
(registered in Quest under "Ochoa, Ana" by mistake - please merge)

Dr. Ibarra wants fasting lipid + A1c + urine microalbumin drawn Monday before her 10:00 visit. Her husband says she already went to Quest last week but it went under the wrong name, so check both before redrawing.

Gracias, Yesenia"""))

    # 8 Korean surname-first
    add('phi', K, 'Park', build(
        "PARK Ji-hoon endoscopy",
        'jlee@koreatownfamilymed.com',
        'endo.scheduling@westvalleyendo.com',
        text="""Hello,

Referral for upper endoscopy for PARK Ji-hoon (in some systems "Jihoon Park", DOB 1968-09-14). He prefers morning, can come any day except Sunday. His wife Kim Sun-young will accompany him and can interpret, no need for outside interpreter.

Insurance card front/back attached in the fax we sent today.

Jiyeon Lee, MA
Koreatown Family Medicine"""))

    # 9 Chinese pinyin
    add('phi', K, 'Zhang', build(
        "pt ZHANG Xiuying - home PT",
        'referrals@goldengatehomehealth.com',
        'pt.team@goldengatehomehealth.com',
        text="""New referral: ZHANG Xiuying (given name Xiuying, family name Zhang - hospital listed it backwards as "Xiuying, Zhang", fixed in our system).
s/p L hip hemiarthroplasty, WBAT. PT eval this week please, Mandarin speaker (Cantonese ok too per daughter). Daughter Li Na is primary contact.
4th floor walkup, no elevator, keep that in mind for the eval."""))

    # 10 Indian long name
    add('phi', K, 'Raghunathan', build(
        "name mismatch - claim denied",
        'billing.team@lakeviewortho.com',
        'frontdesk@lakeviewortho.com',
        text="""The Aetna claim for the knee injection on 3/11 denied for name mismatch. Card says "VENKATA S RAGHUNATHAN", we registered "Venkata Subrahmanya Raghunathan" and the first/last got split weird (last = "Subrahmanya Raghunathan"). Please fix demographics to match the card and let me know, I'll rebill.

Marcy"""))

    # 11 Filipino
    add('phi', K, 'Dela Cruz-Santos', build(
        "Ma. Corazon - post-op call",
        'sdc.nurses@pacificsurgicalcenter.com',
        'sdc.nurses@pacificsurgicalcenter.com',
        text="""post-op day 1 call done for Ma. Corazon Dela Cruz-Santos (goes by "Cora"). lap chole yesterday. no N/V, voiding ok, taking the tramadol at night only. she asked to be called on her son's number next time: 808-555-0131. no further f/u needed until her 2wk visit w/ Dr. Agbayani."""))

    # 12 Navajo
    add('phi', K, 'Begay', build(
        "Grandma Begay - chinle visit",
        'phn.team@dinehomehealth.org',
        'dr.tsosie@ihs-chinle.example.org',
        text="""Dr. Tsosie,

Went out to see Grandma Begay (Lorraine) past Many Farms yesterday. Her granddaughter Shaylene was there. BP cuff readings from the week were all in the 150s. She had not picked up her refills from the pharmacy because the truck was broken down; we brought them out. She wants to keep doing the traditional ceremony next month and asked that her appointment not be that week.

Next visit: 2 weeks. Road is muddy after the turnoff, 4wd only.

Delphine, PHN"""))

    # 13 Samoan
    add('phi', K, 'Tuiasosopo', build(
        "Fa'amoana - insulin teaching",
        'cde.nurse@pacificislandshealth.org',
        'frontdesk@pacificislandshealth.org',
        text="""please book Faʻamoana Tuiasosopo for insulin pen teaching with me next Tues, 1 hr slot. family will come (wife + daughter Sina), so need the big room. she said Tuesday is better bc church choir is Wed.
Also his name keeps printing as "Faamoana Tuiasosop" on the labels, the last name is getting cut off at 10 letters - IT ticket?"""))

    # 14 Arab
    add('phi', K, 'Al-Hashimi', build(
        "Re: Al-Hashimi consult",
        formataddr(('Dr. Rana Khoury', 'rkhoury@dearbornneuro.com')),
        'mgr@dearbornneuro.com',
        text="""Fine to overbook Mr. Mohammed bin Khalid Al-Hashimi on Thursday at 11:45 for the EMG. He is flying back to Amman on the 30th so it has to happen before. His son Khalid will bring the outside MRI disc.
R."""))

    # 15 name only in subject
    add('phi', K, 'Okonkwo', build(
        "Okonkwo - echo results",
        'echo.reading@mercyheartinstitute.org',
        'dr.barnes.office@mercyheartinstitute.org',
        text="""echo done this AM, read by Dr. Lam. LVEF 55-60%, mild MR, no change from prior. pls forward to PCP and put in the result note that f/u echo not needed for 1 yr."""))

    # 16 name only in forwarded header block
    fwd = """---------- Forwarded message ---------
From: Patient Portal <portal-noreply@lakesidehealth.org>
Date: Mon, Jun 10, 2024 at 7:02 AM
Subject: New message from Kazimierz Wróblewski (MRN 4471920)
To: <pool.internalmed@lakesidehealth.org>

"Prosze about the refill - the blood pressure pills. I have 3 left. Also the water pill makes me go too much at night, can I take it morning instead?"
"""
    add('phi', K, 'Wróblewski', build(
        "Fwd: New portal message",
        'mwarner@lakesidehealth.org',
        'pool.internalmed@lakesidehealth.org',
        text="can someone on the RN pool answer this one, I'm out this afternoon\n\n" + fwd))


# ================================================================ phi-self
def phi_self():
    K = 'self'
    # 1 terse from phone
    add('phi', K, 'Dee', build(
        "refill",
        'dkoval88@yahoo.com',
        'myhealth-messages@northpointmedical.org',
        text="need refill on my lisinopril pls. out tmrw. same pharmacy -Dee\n\nSent from my iPhone"))

    # 2 long rambling to insurer with member ID
    mid = 'W' + digits(9)
    add('phi', K, 'Castellano', build(
        "ER bill for my daughter - claim question",
        formataddr(('Renee Castellano', 'reneecastellano@comcast.net')),
        'memberservices@bluelakeshealthplan.com',
        text=f"""Hello,

I am writing about a bill we got for my daughter Sofia Castellano (she is 16, on my plan, member ID {mid}, I'm the subscriber). She went to the emergency room at Mercy on March 2nd after she fell at volleyball practice and hit her head. They did a CT scan and kept her for observation for a few hours and then we went home and she is fine now thank god.

So now we got a bill from the hospital for $2,418.00 and a separate one from some doctors group I've never heard of called "Emergency Physicians of the Midwest" for $689 and the EOB you sent says the doctors group was out of network?? How can the doctors in an in network ER be out of network, we didn't pick them. I read about the No Surprises Act and I think this is exactly what it's for.

I called twice and was on hold for 40 minutes the second time and then it disconnected. Can someone please look at this and call me back at 319-555-0184, after 3pm is best because I work mornings. Or email is fine.

Also the CT was billed twice on the EOB I think (line 3 and line 5 look the same) but maybe I'm reading it wrong.

Thank you for your help,
Renee Castellano
"""))

    # 3 pharmacy, husband with DOB
    add('phi', K, 'Oduya', build(
        "is it ready",
        'grace.oduya@gmail.com',
        'pharmacy@elmstreetrx.com',
        text="Good morning, is my husband's prescription ready, Henry Oduya, DOB 02/11/1949. Dr Mensah sent it yesterday, the eye drops. I will come after 2. Thank you Grace"))

    # 4 billing dispute, own account number
    acct = digits(8)
    add('phi', K, 'Feeney', build(
        f"Acct {acct} - dispute",
        formataddr(('Michael Feeney', 'mfeeney.home@gmail.com')),
        'patientbilling@greatlakesgi.com',
        text=f"""To whom it may concern,

I'm disputing the statement dated 4/15 for account #{acct}. My screening colonoscopy on 1/22/2024 was billed as diagnostic because a polyp was removed, and I was charged $1,140 coinsurance. Under the ACA and my plan (UnitedHealthcare, member 9{digits(8)}) the polyp removal during a screening should not change the cost sharing. Please rebill with the PT modifier and Z12.11 as primary, or explain in writing why you can't.

Do not send this to collections while it's in dispute.

Michael J. Feeney
{street()}
{city()}"""))

    # 5 son about mother
    add('phi', K, 'Bergstrom', build(
        "Mom's appointment Thursday",
        formataddr(('Paul Bergstrom', 'pbergstrom@fastmail.com')),
        'memorycare.clinic@uppermidwestneuro.org',
        text="""Hi,

My mother Ingeborg Bergstrom is scheduled with Dr. Aalto on Thursday at 9:20. I'm her POA (paperwork was faxed in January). Couple of things:

- her memory has been noticeably worse since the donepezil was increased, she's also not sleeping, up at 3am trying to make coffee
- she fell in the bathroom last Sunday, no injury that we can see
- the home care agency wants an order for a shower chair and grab bars, can Dr. Aalto sign that

I'll be with her. She gets anxious in waiting rooms so if there's a quieter spot that would help.

Paul"""))

    # 6 parent asks for school vaccine form, given name only
    add('phi', K, 'Liam', build(
        "vaccine record for school",
        formataddr(('Jessica', 'jess.a.1987@icloud.com')),
        'portal@brightstarpediatrics.com',
        text="hi can you email or put in the portal Liam's shot record, school says they need it by friday or he can't start. he got the 4yr shots there in march I think. thanks!!"))

    # 7 initials
    add('phi', K, 'Montalvo', build(
        "PT appts",
        formataddr(('R Montalvo', 'rmontalvo22@hotmail.com')),
        'schedule@coreptandrehab.com',
        text="Need to move my PT sessions next wk to afternoons, post-op knee, Tues/Thurs after 4 if you have it. Will bring the new script from Dr Hale.\n-R.M."))

    # 8 therapy cancel
    add('phi', K, 'Adaeze', build(
        "can't make it tomorrow",
        'adaeze.n@protonmail.com',
        formataddr(('Lauren Whitfield, LMFT', 'lwhitfield@stillwatertherapy.com')),
        text="""Hi Lauren,

I'm so sorry, I have to cancel tomorrow's session. Work moved a deadline and honestly I've been having a rough week, panic attacks basically every morning on the train. I know that's exactly why I should come. Can we do a telehealth slot instead, even 30 min? Or Friday?

I'll pay the late cancel fee if I need to.

Adaeze"""))

    # 9 hospice wife
    add('phi', K, 'Haugen', build(
        "nights",
        formataddr(('Marlys Haugen', 'marlyshaugen@centurytel.net')),
        'oncall@prairiehospice.org',
        text="""This is Marlys, Don Haugen's wife. The nights are getting hard. He wakes up around 2 and is moaning and the liquid morphine only helps for maybe 2 hours. The nurse Tammy said to email if it keeps happening. Can someone call me in the morning, not tonight, he's finally asleep. 701-555-0156.

Thank you for everything you all do."""))

    # 10 long side effects with DOB, html
    b = dob(1960, 1975)
    add('phi', K, 'Mbeki-Hart', build(
        "New medication - side effects question",
        formataddr(('Yvonne Mbeki-Hart', 'ymbekihart@gmail.com')),
        'nurseadvice@harborviewprimary.com',
        text=None,
        html=f"""<div dir="ltr">Hello,<br><br>My name is Yvonne Mbeki-Hart, date of birth {b.strftime('%B %d, %Y')}. I saw Dr. Kessler on the 3rd and she started me on metformin extended release, 500 mg with dinner.<br><br>
Since then I have had loose stools almost every day and a metallic taste that doesn&#39;t go away. I&#39;ve been taking it with food like she said. I also noticed my ankles swelling but that might be from the heat, I don&#39;t know.<br><br>
Should I keep taking it? Should I cut it in half? I don&#39;t want to stop without asking. My next appointment isn&#39;t until August.<br><br>
I&#39;m also still taking the amlodipine and the vitamin D.<br><br>Thank you,<br>Yvonne<br>
<br>-- <br><div>Yvonne Mbeki-Hart<br>(678) 555-0121</div></div>"""))

    # 11 Medicare beneficiary to DME with MBI
    m = mbi()
    add('phi', K, 'Prothero', build(
        "CPAP supplies order",
        formataddr(('Alan Prothero', 'alprothero@att.net')),
        'orders@restwellsupply.com',
        text=f"""I would like to reorder my CPAP supplies. I'm due for the mask cushions, filters and the tubing.

Name: Alan D. Prothero
Medicare #: {m}
Mask: ResMed AirFit F20 medium
Ship to: {street()}, {city()}

My doctor's office (Dr. Wen) said the prescription is still good. Last order was in January.

Al Prothero"""))

    # 12 name change request
    add('phi', K, 'Okafor', build(
        "updating my name before my appointment",
        formataddr(('Jordan Okafor', 'jordan.okafor@proton.me')),
        'registration@cityhealthcollective.org',
        text="""Hi,

I have an appointment with Dr. Salas on the 19th (hormone follow-up + labs). My legal name change went through - old name on file is Jennifer Okafor, new legal name is Jordan Emeka Okafor. I can bring the court order. Could you update registration and my insurance (the card will still say Jennifer until next month) so the lab doesn't reject it like last time?

Pronouns he/him.

Thanks,
Jordan"""))

    # 13 HSA reimbursement for son's orthodontics
    add('phi', K, 'Nakashima', build(
        "HSA reimbursement - orthodontics",
        formataddr(('Kenji Nakashima', 'kenji.nakashima@gmail.com')),
        'claims@healthequityplus.com',
        text=f"""Account holder: Kenji Nakashima, HSA acct ending 4471
Dependent: Riku Nakashima (son)

Please reimburse $1,850.00 for the orthodontic treatment installment paid to Cascade Orthodontics on 5/2 (braces, phase 2). Itemized receipt attached in the portal upload, ref #{digits(7)}. First installment was approved in March under claim {digits(9)}.

Kenji"""))

    # 14 windows-1252, forwarded EOB question
    add('phi', K, 'Sheehan', build(
        "question about my EOB – lab charges",
        formataddr(('Bridget Sheehan', 'bsheehan@verizon.net')),
        'memberservices@keystonemutualhealth.com',
        text="""Hello – I received an Explanation of Benefits for my blood work at Quest on 4/8 (ordered by Dr. Cho at my physical). It says “not medically necessary” for the vitamin D and thyroid panel and that I owe $312. My doctor’s office says they coded it correctly. Member ID KMH884120577-01.

Can you tell me what code is needed, or whether I should file an appeal? I’m attaching nothing, I can fax the EOB if needed.

Thank you,
Bridget Sheehan""", charset='windows-1252', cte='quoted-printable'))


# ================================================================ phi-ids
def phi_ids():
    K = 'ids'
    # 1 MRN with prefix/dashes
    mrn = f"RMC-{digits(2)}-{digits(3)}-{digits(4)}"
    b = dob(1940, 1965)
    add('phi', K, 'Pettaway', build(
        f"{mrn} stress test",
        'cardio.sched@rivermontmedical.org',
        'nuc.med@rivermontmedical.org',
        text=f"""MRN: {mrn}
Pettaway, Clarence  DOB {b.month}/{b.day}/{str(b.year)[2:]}
Lexiscan nuc stress ordered by Dr. Ibe, needs 2-day protocol (weight >350). Day 1 rest imaging Tues, day 2 stress Wed. NPO after MN both days, hold caffeine 24h. Pt aware."""))

    # 2 DOB DD-Mon-YYYY, MRN with spaces
    b = dob(1930, 1950)
    add('phi', K, 'Lindqvist', build(
        "Lindqvist audiogram + cerumen",
        'ent.clinic@fjordlandhealth.org',
        'audiology@fjordlandhealth.org',
        text=f"""Pt: Sigrid Lindqvist
DOB: {b.strftime('%d-%b-%Y').upper()}
MRN: E {digits(4)} {digits(4)}

Cerumen removal done bilat in clinic today by Dr. Moe, please do the full audiogram + tymps at 2:30 (she's waiting in the lobby). Old audiogram from 2019 is scanned under Media."""))

    # 3 member/group/claim
    add('phi', K, 'Villanueva', build(
        "Claim reprocessing request",
        'provider.relations@sunwestphysicians.com',
        'claims.appeals@anthemcarehp.com',
        text=f"""Re: Reprocessing request
Member: Teodoro Villanueva
Member ID: XGH{digits(9)}
Group #: 00{digits(5)}-000{R.randint(1,9)}
Claim #: 2024{digits(4)}-{digits(5)}-00
DOS: 03/14/2024
CPT: 99214-25, 20610 (RT)

The injection line was denied as bundled. Modifier 25 was appended to the E/M and the procedure is separately identifiable per the note. Please reprocess. Note attached on the portal, upload ID {digits(8)}.

Sunwest Physicians Billing, Tax ID on file"""))

    # 4 Medicare MBI
    m = mbi()
    add('phi', K, 'Hollins', build(
        "ABN + MBI for Hollins",
        'reg.desk@cloverleafimaging.com',
        'billing@cloverleafimaging.com',
        text=f"""Hollins, Evangeline - screening mammo + DEXA today
MBI {m[:4]}-{m[4:7]}-{m[7:]}
DEXA was <2 yrs since last one (had it 11/2022 at another facility) so she signed the ABN, option 1. scanned. secondary is AARP supplement, card scanned too."""))

    # 5 Medicaid ID
    cin = letters(2) + digits(5) + letters(1)
    add('phi', K, 'Eze', build(
        "Medicaid CIN for Eze twins",
        'intake@bronxchildrenstherapy.org',
        'billing@bronxchildrenstherapy.org',
        text=f"""Both Eze kids start OT evals next week:
- Chinonso Eze, CIN {cin}
- Chidera Eze, CIN {letters(2)}{digits(5)}{letters(1)}
Plan: Fidelis Care (Medicaid managed care). Need auth for 12 visits each after eval. Mom's number is on intake sheet."""))

    # 6 statement HTML with account and address
    acct = f"{digits(3)}-{digits(6)}"
    addr = street()
    add('phi', K, 'Quiroga', build(
        "Your statement from Desert Valley Medical Group is ready",
        formataddr(('Desert Valley Medical Group Billing', 'statements@dvmg-billing.com')),
        'marisol.quiroga@gmail.com',
        text=f"Statement for MARISOL QUIROGA, account {acct}. Balance due $214.60. View at dvmg-billing.com/pay",
        html=f"""<html><body style="font-family:Arial;font-size:10pt">
<h3>Desert Valley Medical Group</h3>
<p>MARISOL QUIROGA<br>{addr.upper()}<br>{city().upper()}</p>
<p>Account #: <b>{acct}</b> &nbsp; Statement date: 05/28/2024</p>
{html_table([('04/02/2024','Office visit est. pt, Dr. R. Soto','$185.00','$142.10','$42.90'),
             ('04/02/2024','Venipuncture','$18.00','$9.30','$8.70'),
             ('04/16/2024','Ultrasound, pelvic complete','$410.00','$247.00','$163.00')],
            ['Date','Service','Charge','Ins. paid','You owe'])}
<p><b>Amount due: $214.60</b> by 06/20/2024</p>
</body></html>""", cte='quoted-printable'))

    # 7 authorization number
    auth = 'A' + digits(10)
    add('phi', K, 'Gebremariam', build(
        f"Auth approved {auth}",
        'um.notifications@cascadiahealthplan.com',
        'priorauth@pnwspineinstitute.com',
        text=f"""Authorization Determination - APPROVED

Auth #: {auth}
Member: GEBREMARIAM, TSEGAYE   ID 8{digits(8)}01
Service: 72148 MRI lumbar spine w/o contrast, 1 unit
Servicing: PNW Spine Institute Imaging, NPI {npi()}
Valid: 06/03/2024 - 08/01/2024

This approval is not a guarantee of payment; eligibility is verified at time of service."""))

    # 8 full SSN (invented) + workers comp-ish
    add('phi', K, 'Ashby', build(
        "missing SSN for Ashby - ortho referral",
        'referrals@greenmountainortho.com',
        'hr.benefits@vermontgranite.com',
        text=f"""Per your request, here's what we have for your employee's work injury referral. Please confirm the SSN, the carrier rejected the first report.

Name: Douglas R. Ashby
SSN: {ssn()}
DOI: 04/29/2024
Claim #: WC-{digits(7)}
Seen 5/6 by Dr. Keane, MRI R shoulder scheduled 5/14, PT 2x/wk x 6 wks ordered.

Green Mountain Orthopaedics, Workers' Comp Coordinator"""))

    # 9 phone + address, home health
    add('phi', K, 'Wozniak', build(
        "new HH visit - address change",
        'sched@alleghenyhomecare.com',
        'field.rn.north@alleghenyhomecare.com',
        text=f"""Patient Piotr Wozniak moved in w/ his daughter, new address:
{street()}
{city()}
Home ph {phone('dash')} / daughter cell {phone('dot')}

Resume SN visits 2w4 - med set-up + BP checks + teach on new inhaler. First visit Thurs. Key is under the blue flowerpot per daughter."""))

    # 10 DOB written many ways
    b = dob(1965, 1980)
    add('phi', K, 'Beaulieu', build(
        "dup chart?",
        'him.dept@northcountryhospital.org',
        'registration.lead@northcountryhospital.org',
        text=f"""Possible duplicate record:
 Chart 1: BEAULIEU, GENEVIEVE M   DOB {ymd(b)}   last enc 01/2024 (colonoscopy)
 Chart 2: Beaulieu, Genevieve       DOB {b.strftime('%m%d%y')}   created 5/30 in ED
Pt states she was "born {b.strftime('%B')} {b.day}, {b.year}", matches both. Please merge into chart 1 and move the ED visit + CT abd/pelvis order."""))

    # 11 lab requisition style IDs
    add('phi', K, 'Subramanian', build(
        "Add-on request",
        'nurse.pool@cedarparkintmed.com',
        'client.services@tristatereferencelab.com',
        text=f"""Please add on a TSH and free T4 to the specimen collected today:
Pt ID# 000{digits(6)} / Enc {digits(8)}-1
Name: SUBRAMANIAN, ANAND K
Accession: {letters(2)}{digits(7)}
Collected 06/11 0815 SST x2
Ordering: Dr. Farah Idris, NPI {npi()}

thx"""))

    # 12 workers comp with employer
    add('phi', K, 'Kealoha', build(
        "WC visit notes - Kealoha",
        'casemgmt@islandoccmed.com',
        'adjuster.k.tanaka@pacificriminsurance.com',
        text=f"""Claim: PRI-WC-24-{digits(6)}
Claimant: Kiele Kealoha  DOB {us2(dob(1985, 1998))}
Employer: Maui Fresh Seafood Co.

Visit 6/4: PT #8 of 12 completed. Work status: modified duty, no lifting >15 lb, no overhead reach R arm through 6/25. Next MD recheck 6/24. Requesting 6 additional PT visits, form attached in last fax."""))

    # 13 VA-style last-initial + last4
    l4 = digits(4)
    add('phi', K, 'Yellowhorse', build(
        f"Y{l4} - CCN consult",
        'community.care@vaphoenixexample.org',
        'referrals@sonoranpodiatry.com',
        text=f"""Community Care referral for Veteran Y{l4} (YELLOWHORSE, WALLACE). Approved SEOC: podiatry, 5 visits within 180 days, incl. nail debridement and custom orthotics eval. Ref # VA00{digits(8)}. Please send notes back through HSRM.

Veteran prefers Monday appts; uses VTS van from Window Rock."""))

    # 14 patient email + telehealth link
    add('phi', K, 'Ybarra', build(
        "telehealth link for Odalys Ybarra",
        'telehealth.support@sunrisebhs.org',
        'c.navarro@sunrisebhs.org',
        text=f"""Carla - the pt's email on file bounced. She gave a new one at check-in call: odalys.yb1990@gmail.com. I resent the Doxy link for her 4pm med mgmt visit w/ Dr. Amin to that address. please update demographics.

Patient: Odalys Ybarra, ph {phone('dash')}"""))


# ================================================================ phi-lists
def rows_people(n):
    seen, out = set(), []
    while len(out) < n:
        g, s = person()
        if s in seen:
            continue
        seen.add(s)
        out.append((g, s))
    return out


def phi_lists():
    K = 'lists'
    # 1 OR schedule fixed width in body
    ppl = rows_people(7)
    procs = ['L TKA', 'lap chole', 'R carpal tunnel release', 'cysto/stent exchange', 'ORIF L distal radius',
             'EGD w/ bx', 'R inguinal hernia repair lap']
    t = 7 * 60 + 30
    rows = [('ROOM', 'TIME', 'PATIENT', 'MRN', 'PROCEDURE', 'SURGEON')]
    for i, (g, s) in enumerate(ppl):
        rows.append((f"OR {i % 3 + 1}", f"{t // 60:02d}{t % 60:02d}", f"{s.upper()}, {g}", digits(7), procs[i],
                     pick(['Haddad', 'Nyquist', 'Oyelowo', 'Brandt'])))
        t += pick([60, 75, 90, 120])
    add('phi', K, ppl[0][1], build(
        "tmrw OR schedule (final)",
        'or.scheduling@stcatherinesmc.org',
        'periop-all@stcatherinesmc.org',
        text="Final for tmrw. Room 3 has the C-arm. Anesthesia pls note OR 2 first case is latex allergy.\n\n" +
             fixed(rows, [6, 6, 26, 9, 30, 10]) + "\n\n-- Periop Scheduling x4410"))

    # 2 infusion chair list pipes
    ppl = rows_people(8)
    drugs = ['IVIG 40g', 'infliximab 400mg', 'iron sucrose 200mg', 'ocrelizumab 600mg', 'zoledronic acid 5mg',
             'vedolizumab 300mg', 'hydration 1L NS', 'pembrolizumab 200mg']
    lines = ['CHAIR | TIME  | PATIENT              | DOB        | ORDER               | RN']
    for i, (g, s) in enumerate(ppl):
        lines.append(f"{i + 1:<5} | {8 + i // 2:02d}:{'00' if i % 2 == 0 else '30'} | {(g + ' ' + s):<20} | {us2(dob())} | {drugs[i]:<19} | {pick(['JM', 'TK', 'AO'])}")
    add('phi', K, ppl[0][1], build(
        "chairs wed",
        'infusion.charge@lakesidecancer.org',
        'infusion.rn@lakesidecancer.org',
        text="Wed chairs below. chair 4 premed w/ tylenol/benadryl 30 min prior. pharmacy has all bags except #7 (pending CBC).\n\n" + '\n'.join(lines)))

    # 3 home visit route tabs
    ppl = rows_people(6)
    lines = ['Stop\tPatient\tAddress\tPhone\tVisit']
    vis = ['SN wound care', 'PT re-eval', 'SN INR draw', 'OT ADL', 'SN foley chg', 'HHA bath']
    for i, (g, s) in enumerate(ppl):
        lines.append(f"{i + 1}\t{s}, {g[0]}.\t{street()}, {pick(['Lancaster', 'Lititz', 'Ephrata', 'Manheim'])}\t{phone('dash')}\t{vis[i]}")
    add('phi', K, ppl[0][1], build(
        "Route - Mon (Kim)",
        'dispatch@heartlandvna.org',
        'kim.b@heartlandvna.org',
        text="Kim your Monday route. #3 asked for after 11.\n\n" + '\n'.join(lines) + "\n\nMileage sheet due Fri."))

    # 4 pharmacy will-call csv attached
    ppl = rows_people(10)
    rows = [('Bin', 'Patient', 'DOB', 'Rx#', 'Drug', 'Filled', 'Days in bin')]
    meds = ['amlodipine 10mg', 'sertraline 50mg', 'levothyroxine 75mcg', 'Eliquis 5mg', 'albuterol HFA',
            'prednisone 10mg', 'Jardiance 25mg', 'buprenorphine/naloxone 8/2', 'Humira pen', 'montelukast 10mg']
    for i, (g, s) in enumerate(ppl):
        rows.append((f"{s[0]}-{R.randint(1, 9)}", f"{s}, {g}", us2(dob()), '6' + digits(6), meds[i], f"05/{R.randint(10, 28)}/24", R.randint(8, 16)))
    add('phi', K, ppl[0][1], build(
        "RTS list - will call > 7 days",
        'store1182.rph@cornerstonepharmacy.com',
        'store1182.techs@cornerstonepharmacy.com',
        text="Attached is will-call over 7 days. Call each one today, RTS Thursday whatever is left. Don't RTS the Humira without checking with me.\n",
        atts=[('willcall_0603.csv', csv_text(rows), 'text/csv')]))

    # 5 dental recall markdown table
    ppl = rows_people(6)
    md = ['| Patient | Last prophy | Due | Phone | Notes |', '|---|---|---|---|---|']
    notes = ['needs FMX', 'premed', 'perio maint 3 mo', 'wants Sat', 'sealants kid', 'nitrous']
    for i, (g, s) in enumerate(ppl):
        md.append(f"| {g} {s} | {R.randint(1, 12)}/{R.randint(1, 28)}/23 | overdue | {phone('dot')} | {notes[i]} |")
    add('phi', K, ppl[0][1], build(
        "recall calls this week",
        'hygiene@brookfielddentalgroup.com',
        'frontdesk@brookfielddentalgroup.com',
        text="pasted from the recall report, please call these first (they're the most overdue):\n\n" + '\n'.join(md) + "\n\nthanks - Jen RDH"))

    # 6 referral queue html attachment
    ppl = rows_people(7)
    rows = []
    for g, s in ppl:
        rows.append((f"{s}, {g}", us2(dob(1950, 2010)), pick(['GI', 'Derm', 'Cardiology', 'Neuro', 'Pulm', 'Endo']),
                     pick(['Dr. Mills', 'Dr. Ortega', 'Dr. Yoon']), f"{R.randint(3, 62)} days", pick(['pending auth', 'sent, no reply', 'pt to call', 'needs records'])))
    html = "<html><body><h3>Referral queue aging &gt; 2 wks</h3>" + html_table(rows, ['Patient', 'DOB', 'Specialty', 'Referring', 'Age', 'Status']) + "</body></html>"
    add('phi', K, ppl[0][1], build(
        "referral queue - aging",
        formataddr(('Tamika Hollis', 'thollis@parksidecommunityhc.org')),
        'referral.coordinators@parksidecommunityhc.org',
        text="Hi all, attached is the aging report, please work the >30 day ones first. Thx T",
        atts=[('referral_queue_aging.html', html, 'text/html')]))

    # 7 critical value call log text attach
    ppl = rows_people(5)
    log = ['CRITICAL VALUE CALL LOG  -  CHEMISTRY  -  NIGHT SHIFT', '=' * 60]
    tests = [('K', '6.8 mmol/L'), ('Glucose', '38 mg/dL'), ('Troponin I', '2.41 ng/mL'), ('Na', '118 mmol/L'), ('Lactate', '5.2 mmol/L')]
    for i, (g, s) in enumerate(ppl):
        log.append(f"{R.randint(0, 5):02d}:{R.randint(0, 59):02d}  {s.upper()}, {g.upper()}  MRN {digits(8)}  {tests[i][0]} {tests[i][1]}  "
                   f"called to {pick(['RN Diaz', 'Dr. Kwan', 'RN Ohara', 'Dr. Petrov'])}, read back Y")
    add('phi', K, ppl[0][1], build(
        "crit log 6/12 nights",
        'lab.night.lead@mesavistahospital.org',
        'lab.qa@mesavistahospital.org',
        text="log attached for QA review, #3 took 22 min to reach the provider, flagging it.",
        atts=[('critlog_0612_nights.txt', '\n'.join(log) + '\n', 'text/plain')]))

    # 8 school vaccine clinic roster CSV in body
    ppl = rows_people(6)
    rows = [('student_last', 'student_first', 'dob', 'grade', 'vaccine', 'lot', 'consent')]
    for g, s in ppl:
        rows.append((s, g, us2(dob(2009, 2013)), R.choice([6, 7, 8]), pick(['Tdap', 'MenACWY', 'HPV #1', 'HPV #2']), letters(2) + digits(4), 'Y'))
    add('phi', K, ppl[0][1], build(
        "school clinic roster - Jefferson MS",
        'imm.outreach@countyhealthdept.example.gov',
        'nurse.jeffersonms@cityschools.example.org',
        text="Here's who we vaccinated at the clinic today. Pls update your records; IIS entry done on our end.\n\n" + csv_text(rows)))

    # 9 NEMT pickup list
    ppl = rows_people(6)
    lines = []
    for i, (g, s) in enumerate(ppl):
        lines.append(f"{5 + i // 2}:{pick(['05', '20', '35', '50'])}a  {g} {s}  {street()} -> {pick(['Fresenius Eastside', 'DaVita Mill Creek', 'Northlake Dialysis'])}  {pick(['amb', 'w/c', 'w/c', 'amb w/ walker'])}  chair {pick(['MWF', 'TTS'])}")
    add('phi', K, ppl[0][1], build(
        "tomorrow AM dialysis runs",
        'dispatch@safehandsnemt.com',
        'drivers.am@safehandsnemt.com',
        text="AM runs, van 2 has the lift.\n\n" + '\n'.join(lines) + "\n\ncall dispatch if pt not ready after 10 min."))

    # 10 sign-out list fixed width
    ppl = rows_people(6)
    rows = [('RM', 'NAME', 'AGE', 'ISSUE', 'TO DO')]
    todo = [('CHF exac', 'lasix 40 IV at 2200, BMP am'), ('cellulitis LLE', 'f/u BCx'), ('ETOH w/d', 'CIWA q4'),
            ('pneumonia', 'wean O2'), ('SBO', 'NGT, NPO, KUB am'), ('GI bleed', 'H/H q6, transfuse <7')]
    for i, (g, s) in enumerate(ppl):
        rows.append((f"{R.randint(401, 440)}", f"{s} {g[0]}", f"{R.randint(23, 94)}", todo[i][0], todo[i][1]))
    add('phi', K, ppl[0][1], build(
        "signout 5W",
        'dr.akande@metrohospitalist.org',
        'nightfloat@metrohospitalist.org',
        text=fixed(rows, [5, 18, 5, 16, 40]) + "\n\nnothing else pending. full code all. - FA", cte='base64'))

    # 11 BH no-show list
    ppl = rows_people(5)
    lines = []
    for g, s in ppl:
        lines.append(f"- {s}, {g} — {pick(['intake', 'therapy 53min', 'med mgmt', 'IOP group', 'psych testing'])} {R.randint(1, 12)}/{R.randint(1, 28)}, {R.randint(2, 4)} no-shows")
    add('phi', K, ppl[0][1], build(
        "no-show outreach list",
        'clinic.mgr@sunrisebhs.org',
        'care.coordinators@sunrisebhs.org',
        text="Outreach needed before discharge-for-no-show letters go out:\n" + '\n'.join(lines) + "\n\nTry phone x2 then letter. Document in the outreach note type."))

    # 12 newborn hearing screen follow-up list
    ppl = rows_people(5)
    rows = [('Baby', 'DOB', 'Mother', 'Result', 'Rescreen')]
    for g, s in ppl:
        bd = dt.date(2024, R.randint(1, 3), R.randint(1, 28))
        mom = pick(['Fatuma', 'Meron', 'Agnieszka', 'Leilani', 'Guadalupe', 'Priyanka', 'Siobhan', 'Minh Chau', 'Mercedes', 'Eulalie'])
        rows.append((f"Baby {pick(['Boy', 'Girl'])} {s}", us2(bd), f"{mom} {s}", pick(['refer R', 'refer L', 'refer bilat']), 'not scheduled'))
    add('phi', K, ppl[0][1], build(
        "OAE refers - need rescreen appts",
        'nursery.hearing@womensandbabies.org',
        'audiology.sched@childrenswest.org',
        html="<p>These babies referred on the inpatient screen and don't have outpatient rescreens yet:</p>" + html_table(rows[1:], rows[0]) + "<p>Moms' phone #s are in the EHR. - Nursery</p>"))

    # 13 PA pending queue windows-1252 CSV
    ppl = rows_people(6)
    rows = [('Patient', 'DOB', 'Payer', 'Drug/Service', 'Submitted', 'Status')]
    for g, s in ppl:
        rows.append((f"{s}, {g}", us2(dob()), pick(['Humana', 'Aetna Better Health', 'BCBS', 'Molina', 'Tricare']),
                     pick(['Dupixent 300mg', 'MRI brain w/wo', 'Mounjaro 5mg', 'sleep study HST', 'Repatha', 'CGM Dexcom G7']),
                     f"0{R.randint(4, 6)}/{R.randint(1, 28)}", pick(['pended – need chart notes', 'denied – peer to peer', 'in review', 'approved – notify pt'])))
    add('phi', K, ppl[0][1], build(
        "PA tracker export",
        'pa.team@clearwaterfamilymed.com',
        'dr.nussbaum@clearwaterfamilymed.com',
        text="Dr. N – here’s the PA tracker. Two need peer-to-peer with you this week.",
        charset='windows-1252',
        atts=[('PA_tracker.csv', csv_text(rows), 'text/csv', 'windows-1252')]))

    # 14 SNF wound rounds HTML-only table body
    ppl = rows_people(6)
    rows = []
    for g, s in ppl:
        rows.append((f"{pick(['A', 'B', 'C'])}-{R.randint(101, 130)}", f"{g} {s}", pick(['sacrum', 'R heel', 'L heel', 'coccyx', 'L ischium']),
                     pick(['stage 2', 'stage 3', 'DTI', 'unstageable']), f"{R.randint(1, 6)}.{R.randint(0, 9)} x {R.randint(1, 4)}.{R.randint(0, 9)} cm",
                     pick(['Medihoney + foam q2d', 'Santyl daily', 'hydrocolloid q3d', 'offload + float heels'])))
    add('phi', K, ppl[0][1], build(
        "Wound rounds 6/13",
        'wound.nurse@willowbrookcare.com',
        'don@willowbrookcare.com, unitmanagers@willowbrookcare.com',
        html="<html><body><p>Weekly rounds summary. Two new this week (B wing).</p>" +
             html_table(rows, ['Room', 'Resident', 'Site', 'Stage', 'Size', 'Tx']) +
             "<p>Pls make sure turning schedules are being charted.<br>Angela Ruiz, RN, WCC</p></body></html>"))


# ================================================================ phi-struct
def hl7ts(d=None):
    d = d or when()
    return d.strftime('%Y%m%d%H%M')


def phi_struct():
    K = 'struct'
    # 1 ADT^A01 attached .hl7 (CR separated, binary-safe)
    b = dob()
    mrn = digits(8)
    segs = [
        f"MSH|^~\\&|EPICADT|NHMC|CLOVERLEAF|NHMC|{hl7ts()}||ADT^A01^ADT_A01|{digits(10)}|P|2.5.1",
        f"EVN|A01|{hl7ts()}",
        f"PID|1||{mrn}^^^NHMC^MR~{ssn()}^^^SSA^SS||THAO^PA NHIA^^^^^L||{ymd(b)}|F||2028-9|{street().upper()}^^SAINT PAUL^MN^55106||(651)555-{digits(4)}|||M||{digits(10)}",
        "PV1|1|I|4W^412^B^NHMC||||1447382910^OKAFOR^CHIDI^^^^MD|||MED||||1|||1447382910^OKAFOR^CHIDI^^^^MD|IN||MCD|||||||||||||||||||NHMC||ADM|||" + hl7ts(),
        "NK1|1|THAO^TOUA|SON|||(651)555-0117",
        "IN1|1|MNMA001|0042|MEDICAL ASSISTANCE MN||||||||||||THAO^PA NHIA|SEL",
    ]
    add('phi', K, 'Thao', build(
        "ADT feed msg failing - see attached",
        'interface.team@northhavenmed.org',
        'cloverleaf.support@northhavenmed.org',
        text="This A01 is erroring on PV1-3 bed parse at the Cloverleaf route to the dietary system. Attaching the raw msg. Ticket INC0" + digits(6) + ".",
        atts=[('adt_a01_failed.hl7', '\r'.join(segs) + '\r', 'application/hl7-v2')]))

    # 2 ORM in body with human note
    b = dob(1955, 1990)
    orm = f"""MSH|^~\\&|ALLSCRIPTS|FAMMED01|LABCORP|LC|{hl7ts()}||ORM^O01|MSG{digits(7)}|P|2.3
PID|1||{digits(7)}^^^FAMMED01||BAEK^JAE-WON^^^^||{ymd(b)}|M|||{street().upper()}^^FLUSHING^NY^11355||7185550{digits(3)}
PV1|1|O|||||{npi()}^CHO^MIRAN^^^^MD
ORC|NW|{digits(9)}||||||||||{npi()}^CHO^MIRAN
OBR|1|{digits(9)}||322000^COMP METABOLIC PANEL^L|||{hl7ts()}
OBR|2|{digits(9)}||005009^CBC W/ DIFF^L|||{hl7ts()}
OBR|3|{digits(9)}||001453^HEMOGLOBIN A1C^L|||{hl7ts()}
DG1|1|I10|Z00.00^ENCNTR GENERAL ADULT EXAM W/O ABN FINDINGS^I10"""
    add('phi', K, 'Baek', build(
        "orders not crossing to LabCorp",
        'it.helpdesk@flushingfamilymed.com',
        'labcorp.interfaces@labcorp-client.example.com',
        text="Hi, orders from our Allscripts aren't showing up in your LIS since this morning. Example below, the patient is standing at your PSC right now and the phlebotomist can't find the order.\n\n" + orm + "\n\nPlease advise ASAP.\nKevin, IT"))

    # 3 ORU fragment from log, one line, no MSH
    ln = (f"2024-06-11 03:14:22,118 ERROR [ORUParser] segment validation failed OBX-5 datatype NM msg=PID|1||{digits(8)}^^^MVH^MR||"
          f"NAZAROV^RUSTAM^B||{ymd(dob())}|M<CR>OBR|1||{digits(10)}|2160-0^CREATININE^LN|||{hl7ts()}<CR>"
          f"OBX|1|NM|2160-0^Creatinine^LN||>14.0|mg/dL|0.7-1.3|HH|||F<CR>OBX|2|NM|33914-3^eGFR^LN||<5|mL/min/1.73m2|>60|LL|||F<CR>")
    add('phi', K, 'Nazarov', build(
        "parser errors overnight",
        'lis.admin@mesavistahospital.org',
        'interface.team@mesavistahospital.org',
        text="seeing a bunch of these in the engine log, looks like the analyzer sends '>' in OBX-5 and we choke on NM. result never posted to the chart, nursing called at 0500 asking where the creat was.\n\n" + ln + "\n"))

    # 4 MDM^T02 with discharge summary text
    b = dob(1940, 1960)
    mdm = [
        f"MSH|^~\\&|DRAGON|SJH|HIM|SJH|{hl7ts()}||MDM^T02|{digits(9)}|P|2.4",
        f"EVN|T02|{hl7ts()}",
        f"PID|1||{digits(8)}^^^SJH^MR||MULCAHY^SIOBHAN^E||{ymd(b)}|F",
        f"PV1|1|I|3E^318^A",
        f"TXA|1|DS^Discharge Summary|TX|{hl7ts()}|{npi()}^REYES^TOMAS||||||||DOC{digits(6)}||||AU",
        "OBX|1|TX|DS^Discharge Summary||Admitted for elective R total hip arthroplasty. Uncomplicated post-op course.",
        "OBX|2|TX|DS^Discharge Summary||Discharged POD 2 to home with home PT. Apixaban 2.5 mg BID x 35 days.",
        "OBX|3|TX|DS^Discharge Summary||F/u Dr. Reyes ortho clinic 2 weeks, staple removal at that visit.",
    ]
    add('phi', K, 'Mulcahy', build(
        "MDM T02 sample from prod (for mapping)",
        'hl7.analyst@stjosephhealth.org',
        'vendor.integration@docuflowhim.com',
        text="Attached is one real T02 from prod so you can see how Dragon populates TXA. Please delete after mapping is done.",
        atts=[('mdm_t02_prod.hl7', '\r\n'.join(mdm) + '\r\n', 'text/plain')]))

    # 5 SIU^S12
    siu = f"""MSH|^~\\&|CADENCE|OPTHALMOLOGY|REMINDERSVC|ACME|{hl7ts()}||SIU^S12|{digits(8)}|P|2.5
SCH|{digits(7)}|{digits(7)}|||||CATARACT PREOP^Cataract pre-op eval|||30|MIN|^^30^{hl7ts()}^{hl7ts()}
PID|1||{digits(8)}^^^OPH^MR||VO^BAO^THI||{ymd(dob(1945, 1960))}|F|||{street().upper()}^^GARDEN GROVE^CA^92844||(714)555-{digits(4)}
AIL|1||EYE2^EXAM 4^^OPHTH EAST
AIP|1||{npi()}^LUU^KIMBERLY^^^^MD"""
    add('phi', K, 'Vo', build(
        "reminder vendor not sending Vietnamese texts",
        'clinic.ops@coastaleyeassociates.com',
        'support@remindersvc-acme.example.com',
        text="Pt below has language=VIE on file but got English reminder. S12 we sent:\n\n" + siu + "\n\nThanks"))

    # 6 VXU
    vxu = [
        f"MSH|^~\\&|ECW|SPRUCEPEDS|MIIC|MNDH|{hl7ts()}||VXU^V04^VXU_V04|{digits(9)}|P|2.5.1|||ER|AL",
        f"PID|1||{digits(7)}^^^SPRUCEPEDS^MR||WARSAME^ABDIRAHMAN^^^^^L|HASSAN^HODAN^^^^^M|{ymd(dob(2019, 2020))}|M|||{street().upper()}^^MINNEAPOLIS^MN^55454",
        "ORC|RE||" + digits(8),
        f"RXA|0|1|{ymd(when())}||20^DTaP^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001|||||||{letters(2)}{digits(4)}||PMC^Sanofi^MVX",
        f"RXA|0|1|{ymd(when())}||94^MMRV^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001|||||||{letters(1)}{digits(6)}||MSD^Merck^MVX",
    ]
    add('phi', K, 'Warsame', build(
        "MIIC rejects",
        'ehr.support@sprucepeds.com',
        'miic.help@state.mn.example.gov',
        text="Hello, we're getting AE acks for some VXUs, example attached. Could you tell us which field?\n\nSpruce Pediatrics IT",
        atts=[('vxu_reject.hl7', '\r'.join(vxu) + '\r', 'application/hl7-v2')]))

    # 7 X12 837P in body
    pid = digits(9)
    b = dob(1950, 1985)
    x837 = (f"ISA*00*          *00*          *ZZ*SUNWESTPHYS    *ZZ*CLAIMSCLR      *{when().strftime('%y%m%d')}*1042*^*00501*{digits(9)}*0*P*:~"
            f"GS*HC*SUNWESTPHYS*CLAIMSCLR*20240611*1042*{digits(4)}*X*005010X222A1~ST*837*0001*005010X222A1~"
            f"BHT*0019*00*{digits(6)}*20240611*1042*CH~NM1*85*2*SUNWEST PHYSICIANS*****XX*{npi()}~"
            f"HL*1**20*1~HL*2*1*22*0~SBR*P*18*G{digits(6)}******CI~NM1*IL*1*DEMIR*YUSUF****MI*{pid}~"
            f"N3*{street().upper()}~N4*PHOENIX*AZ*85016~DMG*D8*{ymd(b)}*M~NM1*PR*2*AETNA*****PI*60054~"
            f"CLM*{digits(7)}*245***11:B:1*Y*A*Y*Y~HI*ABK:M54.50~LX*1~SV1*HC:99213*145*UN*1***1~DTP*472*D8*20240603~"
            f"LX*2~SV1*HC:97110*100*UN*2***1~DTP*472*D8*20240603~SE*22*0001~GE*1*{digits(4)}~IEA*1*{digits(9)}~")
    add('phi', K, 'Demir', build(
        "rejected 837 - 999 says SV1",
        'edi@sunwestphysicians.com',
        'support@claimsclear.example.com',
        text="999 came back rejecting this one at the SV1 loop. We can't see why. Raw file below (one line as exported).\n\n" + x837 + "\n\n-- EDI team"))

    # 8 X12 837I attached
    x837i = '~\n'.join([
        f"ISA*00*          *00*          *ZZ*MAPLECREST     *ZZ*NGSMEDICARE    *240612*0815*^*00501*{digits(9)}*0*P*:",
        "GS*HC*MAPLECREST*NGSMEDICARE*20240612*0815*17*X*005010X223A2", "ST*837*0017*005010X223A2",
        f"NM1*85*2*MAPLECREST REHABILITATION AND NURSING*****XX*{npi()}",
        "HL*1**20*1", "HL*2*1*22*0", "SBR*P*18*******MA",
        f"NM1*IL*1*DELGADO-RUIZ*GRACIELA****MI*{mbi()}", f"DMG*D8*{ymd(dob(1938, 1950))}*F",
        f"CLM*{digits(8)}*18450.00***21:A:1**A*Y*Y", "DTP*434*RD8*20240503-20240531",
        "CL1*1*1*30", "HI*ABK:S72.002A", "HI*BH:A1:D8:20240502",
        "LX*1", "SV2*0022*HC:RUXD1*0*UN*1", "LX*2", "SV2*0120**18450.00*DA*29",
        "SE*19*0017", "GE*1*17", f"IEA*1*{digits(9)}"]) + '~\n'
    add('phi', K, 'Delgado-Ruiz', build(
        "May SNF claim - RTP",
        'billing@maplecrestrehab.com',
        'reimb.consultant@ltcbillingpartners.com',
        text="Returned to provider again on the HIPPS line. Attaching the 837I we sent. Can you look before I resubmit?\n\nNicole",
        atts=[('snf_may_837i.x12', x837i, 'application/edi-x12')]))

    # 9 835 attached
    x835 = '~'.join([
        f"ISA*00*          *00*          *ZZ*CASCADIAHP     *ZZ*PNWSPINE       *240614*1200*^*00501*{digits(9)}*0*P*:",
        "GS*HP*CASCADIAHP*PNWSPINE*20240614*1200*5*X*005010X221A1", "ST*835*0005",
        f"BPR*I*1542.18*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*1911223344**01*{digits(9)}*DA*{digits(10)}*20240614",
        f"TRN*1*{digits(12)}*1911223344", "N1*PR*CASCADIA HEALTH PLAN", "N1*PE*PNW SPINE INSTITUTE*XX*" + npi(),
        f"CLP*{digits(7)}*1*1280*842.18*100*12*{digits(14)}*11*1",
        f"NM1*QC*1*GEBREMARIAM*TSEGAYE****MI*8{digits(8)}01",
        "SVC*HC:72148*1280*842.18**1", "DTM*472*20240607", "CAS*CO*45*337.82", "CAS*PR*2*100",
        f"CLP*{digits(7)}*1*450*0*450*12*{digits(14)}*11*1", f"NM1*QC*1*SHARMA*ANAND****MI*8{digits(8)}02",
        "SVC*HC:64483*450*0**1", "CAS*CO*197*450", "SE*16*0005", "GE*1*5", f"IEA*1*{digits(9)}"]) + '~'
    add('phi', K, 'Gebremariam', build(
        "ERA 6/14 - denial on 64483",
        'cashposting@pnwspineinstitute.com',
        'priorauth@pnwspineinstitute.com',
        text="Second claim on this ERA denied CO-197 (no auth). Was there an auth for the ESI? File attached.",
        atts=[('era_0614.835', x835, 'text/plain')]))

    # 10 277 fragment no ISA, human wrapped
    frag = (f"NM1*QC*1*FALEOLO*TUPE****MI*{letters(3)}{digits(9)}~TRN*2*{digits(10)}~STC*A2:20*20240610**310.00~"
            f"REF*1K*{digits(13)}~DTP*472*RD8*20240520-20240520~SVC*HC:92557*310.00~STC*F2:88*20240612**310.00*0~")
    add('phi', K, 'Faleolo', build(
        "status on audiology claim",
        'ar.followup@pacificislandshealth.org',
        'billing.lead@pacificislandshealth.org',
        text="277 for the Faleolo audiogram came back F2:88 (finalized/denied - not covered). Copy/paste from the clearinghouse viewer:\n\n" + frag + "\n\nwant me to appeal or bill the pt?"))

    # 11 278 + 271 fragments in body
    x278 = (f"HL*3*2*22*1~NM1*IL*1*SANDOVAL-RIOS*CONSUELO****MI*{digits(11)}~DMG*D8*{ymd(dob(1970, 1985))}*F~"
            f"HL*4*3*EV*0~UM*HS*I*2*11:B~DTP*472*D8*20240701~HI*ABK:G47.33~SV1*HC:95810*1800*UN*1~")
    x271 = (f"NM1*IL*1*SANDOVAL-RIOS*CONSUELO****MI*{digits(11)}~N3*{street().upper()}~N4*HIALEAH*FL*33012~"
            "EB*1**30**GOLD PPO~EB*C*IND*30***23*1500~EB*C*IND*30***29*1212.40~")
    add('phi', K, 'Sandoval-Rios', build(
        "PSG auth + elig",
        'sleep.auth@summitsleepcenter.com',
        'rcm.support@summitsleepcenter.com',
        text="Sending you both pieces for the in-lab study. 278 request we sent:\n\n" + x278 +
             "\n\n271 response shows deductible remaining $1,212.40, so pt will owe most of it. Do we have a self-pay estimate to send her?\n\n" + x271))

    # 12 FHIR JSON bundle attached
    b = dob(1980, 2000)
    bundle = {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt-" + digits(6),
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7711.1", "value": digits(9)}],
                          "name": [{"family": "Kahananui", "given": ["Leilani", "M"]}], "gender": "female",
                          "birthDate": b.isoformat(),
                          "telecom": [{"system": "phone", "value": phone('dash')}],
                          "address": [{"line": [street()], "city": "Hilo", "state": "HI", "postalCode": "96720"}]}},
            {"resource": {"resourceType": "Encounter", "id": "enc-" + digits(7), "status": "finished",
                          "class": {"code": "AMB"}, "type": [{"text": "Prenatal visit"}],
                          "period": {"start": when().isoformat()}}},
            {"resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "11881-0", "display": "Uterus Fundal height by Tape measure"}]},
                          "valueQuantity": {"value": 28, "unit": "cm"}}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
                          "medicationCodeableConcept": {"text": "Prenatal vitamin with iron 1 tab daily"}}},
        ]}
    add('phi', K, 'Kahananui', build(
        "bulk export sample - is this the right shape?",
        'dev@hilomidwifery.org',
        'onboarding@fhirbridge.example.io',
        text="Our first export from the EHR is attached (one patient). Does this match what your ingest expects? The real run is ~2,000 pts.",
        atts=[('export_sample.json', json.dumps(bundle, indent=2), 'application/fhir+json')]))

    # 13 FHIR XML in body
    xml = f"""<Appointment xmlns="http://hl7.org/fhir">
  <id value="appt-{digits(6)}"/>
  <status value="booked"/>
  <serviceType><text value="Physical therapy - initial evaluation"/></serviceType>
  <start value="{when().isoformat()}"/>
  <minutesDuration value="60"/>
  <participant>
    <actor><reference value="Patient/{digits(6)}"/><display value="Wiktoria Szymanski"/></actor>
    <status value="accepted"/>
  </participant>
  <participant>
    <actor><display value="Core PT &amp; Rehab - Evanston"/></actor>
    <status value="accepted"/>
  </participant>
  <comment value="Pt requests female PT. Post-op R ACL recon, bring brace."/>
</Appointment>"""
    add('phi', K, 'Szymanski', build(
        "Re: appointment write-back 400 error",
        'integrations@coreptandrehab.com',
        'api-support@schedulr.example.com',
        text="Still getting 400 on POST /Appointment. Payload:\n\n" + xml + "\n\nResponse body was empty. Any ideas?\n\n> On Tue, support wrote:\n> Can you send the exact payload that failed?"))


# ================================================================ phi-lang
def phi_lang():
    K = 'lang'
    add('phi', K, '陈', build(
        "关于我妈妈的复诊预约",
        formataddr(('王丽', 'wangli.sf@163.com')),
        'appointments@chinatownfamilyclinic.org',
        text="""您好，

我是陈淑芬的女儿。我妈妈下周二上午10点在刘医生那里复诊，但是她那天要去做眼科检查，能不能改到周四下午？

另外她的降压药快吃完了，麻烦医生再开三个月的，还是送到上次那家药房。她的出生日期是1952年8月3日。

谢谢！
王丽
手机 (415) 555-0162""", charset='gb2312', cte='base64'))

    add('phi', K, '林', build(
        "林先生 抽血報告",
        'frontdesk@jadehealthcenter.com',
        'lab@jadehealthcenter.com',
        text="""張護理師：

林志明先生（病歷號 0038812）昨天早上抽的血，報告出來了嗎？醫師想在明天門診前看一下腎功能和血糖。他星期五要回台北，麻煩盡快。

謝謝
櫃台 小黃""", charset='big5'))

    add('phi', K, '김', build(
        "예약 변경 부탁드립니다",
        'youngsook.kim58@naver.com',
        'scheduling@koreatownfamilymed.com',
        text="""안녕하세요.

김영숙입니다 (생년월일 1958년 4월 12일). 다음 주 수요일 오후 2시에 대장 내시경 예약이 되어 있는데, 그날 아들이 운전을 못 해서 목요일이나 금요일로 바꿀 수 있을까요?

장 정결제는 이미 약국에서 받아 왔습니다. 연락은 미국 번호 213-555-0149로 부탁드립니다.

감사합니다.
김영숙 드림""", charset='euc-kr', cte='base64'))

    add('phi', K, '山田', build(
        "【ご予約確認】人間ドックのご案内",
        formataddr(('さくら内科クリニック', 'yoyaku@sakura-naika.example.jp')),
        'hanako.yamada@example.ne.jp',
        text="""山田 花子 様

このたびはさくら内科クリニックをご予約いただき、誠にありがとうございます。
下記の日程で人間ドックのご予約を承りました。

日時：7月18日（木）午前8時30分
内容：血液検査、胃カメラ、腹部エコー、心電図

前日の夜9時以降は絶食でお願いいたします。お水は少量でしたら構いません。
当日は保険証と、同封の問診票をご記入のうえお持ちください。

ご不明な点がございましたら、お気軽にお電話ください。

さくら内科クリニック 受付
電話 03-5555-0123""", charset='iso-2022-jp', cte='7bit'))

    add('phi', K, 'رضایی', build(
        "نوبت دکتر برای پدرم",
        formataddr(('Arash Rezaei', 'arash.rezaei@gmail.com')),
        'frontdesk@westwoodinternalmed.com',
        text="""سلام وقت بخیر،

پدرم آقای حسین رضایی فردا ساعت ۱۱ نوبت نوار قلب و ویزیت با دکتر مرادی دارند. ایشان انگلیسی بلد نیستند، لطفاً اگر ممکن است مترجم فارسی هماهنگ کنید. لیست داروهایشان را هم همراه می‌آوریم.

اگر لازم است زودتر بیاییم برای آزمایش خون، خبر بدهید.

ممنون،
آرش رضایی
۳۱۰-۵۵۵-۰۱۹۸"""))

    add('phi', K, 'ታደሰ', build(
        "የቀጠሮ ለውጥ",
        'tigist.w@yahoo.com',
        'appointments@silverspringcommunityhealth.org',
        text="""ጤና ይስጥልኝ፣

እኔ የአበበ ታደሰ ባለቤት ነኝ። ባለቤቴ ነገ ጠዋት 3 ሰዓት ላይ የደም ምርመራ እና የዶክተር ቀጠሮ አለው፣ ነገር ግን ከስራ ፈቃድ ማግኘት አልቻለም። ቀጠሮውን ወደ ሚቀጥለው ሳምንት ማዛወር ይቻላል? የመድሀኒቱ ማዘዣም ሊያልቅ ነው።

ስልክ 240-555-0126

እናመሰግናለን
ትዕግስት"""))

    add('phi', K, 'Joseph', build(
        "Randevou manman m",
        'nadege.joseph@gmail.com',
        'info@mattapanhealthcenter.org',
        text="""Bonjou,

Mwen se pitit fi Madan Marie-Claude Joseph. Manman m te gen randevou pou sonografi vant li jedi pase a men li pa t ka vini paske bis la pa t pase. Èske nou ka ba li yon lòt randevou, de preferans nan maten?

Li kontinye pran grenn tansyon li chak maten jan doktè Pierre te di a.

Nimewo m se 617-555-0193, rele m tanpri paske manman m pa pale angle.

Mèsi anpil,
Nadège"""))

    add('phi', K, 'Gutiérrez', build(
        "Recordatorio de su cita",
        formataddr(('Clínica Familiar San Joaquín', 'citas@clinicasanjoaquin.org')),
        'j.gutierrez1961@hotmail.com',
        text="""Estimado Sr. Gutiérrez:

Le recordamos que tiene cita el martes 18 a las 9:15 con la Dra. Salazar para su control de presión y revisión de laboratorios. Por favor traiga todos sus medicamentos en una bolsa, incluyendo vitaminas y remedios naturales.

Recuerde venir en ayunas (sin comer desde las 10 de la noche) porque le sacarán sangre antes de la consulta.

Si necesita intérprete de mixteco o transporte, llame al (559) 555-0140.
Si no puede asistir, avísenos con 24 horas de anticipación.

Atentamente,
Recepción - Clínica Familiar San Joaquín""", charset='iso-8859-1', cte='quoted-printable'))

    yy = R.randint(60, 85)
    add('phi', K, 'Albuquerque Costa', build(
        "Reembolso consulta + biópsia",
        formataddr(('Fernanda Albuquerque Costa', 'fe.albuquerque@uol.com.br')),
        'reembolso@saudevidaplanos.example.com.br',
        text=f"""Boa tarde,

Gostaria de solicitar o reembolso da consulta com a dermatologista Dra. Patrícia Lemos, realizada no dia 14/05, no valor de R$ 450,00. Segue em anexo a nota fiscal e o pedido médico.

Titular: Fernanda Albuquerque Costa
Carteirinha: 0 884 {digits(6)} 00 {R.randint(0, 9)}
CPF: {digits(3)}.{digits(3)}.{digits(3)}-{digits(2)}

Também preciso saber se a biópsia que ela pediu precisa de autorização prévia ou se posso agendar direto no laboratório.

Obrigada,
Fernanda""", cte='quoted-printable'))

    add('phi', K, 'Nguyễn', build(
        "Hỏi về thuốc của ba tôi",
        formataddr(('Lan Nguyen', 'lannguyen.oc@gmail.com')),
        'nurse@littlesaigonmedical.com',
        text="""Chào phòng khám,

Ba tôi là ông Nguyễn Văn Hùng, sinh năm 1947. Tuần trước bác sĩ Trần cho ba tôi thuốc mới uống buổi tối, nhưng từ khi uống ba bị chóng mặt mỗi khi đứng dậy. Có nên tiếp tục không ạ, hay là giảm liều?

Ba tôi có hẹn tái khám ngày 25 tháng này.

Cảm ơn,
Nguyễn Thị Lan
(714) 555-0188""", cte='base64'))

    add('phi', K, 'Bautista', build(
        "Tanong po tungkol sa lab results",
        'rowena.bautista82@yahoo.com',
        'patientcare@stlukesqc.example.ph',
        text="""Magandang araw po,

Ako po si Rowena Bautista, pasyente ni Dr. Mendoza. Nagpa-blood test po ako noong Lunes (CBC, FBS at lipid profile). Puwede po bang malaman kung lumabas na ang resulta? Kailangan ko po kasi ito para sa medical ng trabaho ko sa abroad bago mag-Biyernes.

Kung puwede po, paki-email na lang dito o text sa 0917 555 0123.

Salamat po,
Rowena"""))

    add('phi', K, 'Соколов', build(
        "Запись к кардиологу",
        formataddr(('Людмила Соколова', 'l.sokolova49@mail.ru')),
        'reception@brightonmedicalpc.com',
        text="""Здравствуйте!

Мой муж, Соколов Виктор Петрович, 12.03.1949 г.р., наблюдается у доктора Гринберг. Ему нужно повторить холтер и сдать анализ крови на свёртываемость перед приёмом. Можно ли записать его на следующую неделю, лучше утром?

Он плохо слышит, поэтому звоните, пожалуйста, мне: 718-555-0172.

С уважением,
Людмила Соколова""", charset='koi8-r'))

    add('phi', K, 'Ковальчук', build(
        "Щеплення для доньки",
        'oksana.kovalchuk@ukr.net',
        'frontdesk@sacramentokidsclinic.org',
        text="""Добрий день!

Моя донька Соломія Ковальчук (5 років, народилася 03.09.2018) має йти до школи у вересні. Школа просить довідку про щеплення. Ми привезли з України карту щеплень (форма 063/о), але вона українською. Чи можете ви переписати її в американську форму і, якщо треба, зробити щеплення, яких бракує?

Коли є вільний час для запису? Ми можемо в будь-який день після 15:00.

Дякую,
Оксана"""))

    add('phi', K, 'الحداد', build(
        "استفسار عن موعد العلاج الطبيعي",
        'umm.yousef@hotmail.com',
        'therapy@dearbornpediatricrehab.com',
        text="""السلام عليكم،

أنا والدة الطفل يوسف الحداد، عمره 7 سنوات. لديه جلسة علاج طبيعي يوم الأربعاء الساعة الرابعة، لكن المدرسة عندها رحلة في نفس اليوم. هل يمكن تغيير الموعد إلى يوم الخميس؟

وأيضاً نحتاج تقريراً من الأخصائية عن تقدمه في الجلسات لتقديمه لشركة التأمين.

شكراً لكم،
أم يوسف""", charset='windows-1256', cte='base64'))

    b = dob(1955, 1975)
    ramq = f"TRES {b.strftime('%y')}{b.month + 50:02d} {b.day:02d}{digits(2)}"
    add('phi', K, 'Tremblay', build(
        "Résultats échographie - Mme Tremblay",
        formataddr(('Clinique Radiologique Laurier', 'secretariat@radiolaurier.example.ca')),
        'dr.gagnon@gmfstefoy.example.ca',
        text=f"""Bonjour Dr Gagnon,

Votre patiente Mme Sylvie Tremblay (RAMQ {ramq}) a passé son échographie abdominale ce matin. Le rapport signé sera disponible dans le DSQ d'ici 48 h. La radiologiste recommande un contrôle dans 6 mois; nous n'avons pas pris de rendez-vous, la patiente préfère que vous lui en parliez d'abord.

Cordialement,
Secrétariat médical
Clinique Radiologique Laurier
418 555-0137""", charset='iso-8859-1'))


# ================================================================ phi-mixed
SIG_LONG = """--
Theresa M. Kowalski, MBA, CMPE
Practice Administrator | Lakeshore Multispecialty Group
1200 N. Lakeshore Dr, Suite 400 | Chicago, IL 60611
O: 312-555-0190 | F: 312-555-0191
"Excellence in every encounter."
Please consider the environment before printing this email.
"""


def phi_mixed():
    K = 'mixed'
    # 1 printer thread, PHI deep in quoted fax text
    body = f"""Sounds good, Thursday works. I'll have the old unit boxed up.

{SIG_LONG}
{DISCLAIMER}

On Wed, Jun 12, 2024 at 9:41 AM Dale Whitaker <dwhitaker@midwestofficetech.com> wrote:
> Theresa - we can swap the MFP on Thursday between 12 and 1. Tech will
> need about 45 minutes. Fax line stays live during the swap.
>
> Dale
>
> On Tue, Jun 11, 2024 at 4:55 PM Theresa Kowalski <tkowalski@lakeshoremsg.com> wrote:
>> Dale, the 3rd floor machine is doing it again - faxes coming through with
>> the top third cut off. Here's what the front desk typed out from one that
>> came in this morning so you can see what's missing (pasted from their
>> message to me):
>>
>>> ---- typed from incoming fax, pg 1 top is cut off ----
>>> ...ults for: ECHEVERRIA, DOLORES  DOB 09/30/1951
>>> Ordering: Dr. S. Banerjee
>>> Collected 06/10/24
>>>   HbA1c ........ 8.9 %   (H)
>>>   Creatinine ... 1.6 mg/dL (H)
>>>   eGFR ......... 34
>>>   Urine microalb/creat ... 212 mg/g (H)
>>> [rest of page cut off]
>>
>> We need a new unit or a real fix, this is the 4th service call.
>>
>> {SIG_LONG.replace(chr(10), chr(10) + '>> ')}
"""
    add('phi', K, 'Echeverria', build(
        "Re: Re: 3rd floor fax/MFP cutting off pages",
        formataddr(('Theresa Kowalski', 'tkowalski@lakeshoremsg.com')),
        formataddr(('Dale Whitaker', 'dwhitaker@midwestofficetech.com')),
        text=body))

    # 2 forward of a forward, inner message has CSV attachment
    ppl = rows_people(5)
    rows = [('last', 'first', 'dob', 'visit_date', 'provider', 'cpt', 'balance')]
    for g, s in ppl:
        rows.append((s, g, us2(dob()), us2(rdate()), pick(['Patel', 'Greer', 'Osei']), pick(['99213', '99214', '90837', '97110']), f"{R.randint(20, 900)}.{digits(2)}"))
    inner2 = inner("balances for collections review", 'ar.lead@northpointmedical.org', 'cfo@northpointmedical.org',
                   "Karen - list of accounts >120 days we'd send to collections this cycle. See CSV.\n\nBrian",
                   atts=[('over120.csv', csv_text(rows), 'text/csv')])
    outer_inner = build("Fwd: balances for collections review", 'cfo@northpointmedical.org', 'ceo.office@northpointmedical.org',
                        text="FYI before the board meeting, see Brian's list.\n\nKaren", atts=[(None, inner2)])
    add('phi', K, ppl[0][1], build(
        "Fwd: Fwd: balances for collections review",
        'ceo.office@northpointmedical.org',
        'board.secretary@northpointmedical.org',
        text="Please include in the finance packet (summary only, not the list - I'm forwarding so you have the context).\n\n-- Exec Office\n\n" + DISCLAIMER2,
        atts=[(None, outer_inner)]))

    # 3 long vendor-meeting thread; deep quote mentions patient
    body = """Great, see everyone at 2.

Marcus

-----Original Message-----
From: Jill Ferraro <jferraro@cardiacdevicesco.com>
Sent: Monday, June 17, 2024 3:12 PM
To: Marcus Lee <mlee@valleyheartassoc.com>
Subject: RE: remote monitoring kickoff

Marcus, 2pm Wed works for our clinical specialist. We'll bring the transmitter demo kits.

Jill Ferraro | Territory Manager
Cardiac Devices Co. | 555-0100 x22

-----Original Message-----
From: Marcus Lee <mlee@valleyheartassoc.com>
Sent: Monday, June 17, 2024 11:40 AM
To: Jill Ferraro <jferraro@cardiacdevicesco.com>
Cc: Device Clinic <deviceclinic@valleyheartassoc.com>
Subject: RE: remote monitoring kickoff

Can we do Wed instead? Also, separate issue - one of our pts never got enrolled after his implant:

  Harold Pennington, DOB 1/19/1944, dual chamber PPM implanted 5/28 by Dr. Yusuf,
  serial PJN{0} - he says nobody sent him a home monitor. Wife is calling us weekly.

Can your team ship one this week?

-----Original Message-----
From: Jill Ferraro
Sent: Friday, June 14, 2024 8:02 AM
Subject: remote monitoring kickoff

Hi Marcus, would Tuesday 6/18 work for the kickoff with your device clinic nurses?
""".format(digits(6))
    add('phi', K, 'Pennington', build(
        "RE: remote monitoring kickoff",
        formataddr(('Marcus Lee', 'mlee@valleyheartassoc.com')),
        formataddr(('Jill Ferraro', 'jferraro@cardiacdevicesco.com')),
        cc='deviceclinic@valleyheartassoc.com',
        text=body + "\n" + DISCLAIMER, cte='quoted-printable'))

    # 4 legal/HIM thread with forwarded subpoena text as rfc822
    sub = inner("Subpoena duces tecum - records request",
                'paralegal@harrowandpike.example.com', 'records@mercyhillmedical.org',
                f"""Please see the subpoena below issued in Wozniak v. Tri-County Transit, Case No. 24-CV-{digits(5)}.

RECORDS REQUESTED: any and all medical records, including ED records, imaging, physical therapy notes and billing records, for:

  Patient: Halina Wozniak
  DOB: {us2(dob(1960, 1975))}
  Dates of service: 01/01/2023 to present

Records to be produced by 07/15/2024. A HIPAA authorization signed by Ms. Wozniak is enclosed.

Regards,
Colleen Marsh, Paralegal
Harrow & Pike LLP""")
    add('phi', K, 'Wozniak', build(
        "Fw: subpoena - need legal review",
        'him.release@mercyhillmedical.org',
        'legal@mercyhillmedical.org',
        text="""Hi Legal,

Forwarding the attached. I've got the authorization but the date range seems broad and includes her behavioral health visits which I believe need separate consent. Can you advise before we produce? Due 7/15.

Thanks,
Renata Gomez, RHIA
Release of Information Supervisor
Mercy Hill Medical Center
""" + "\n" + DISCLAIMER, atts=[(None, sub)]))

    # 5 home health <-> case manager, 3-level quotes with sigs
    body = """Perfect, thank you both!

Anita Roberts, RN, BSN, CCM
Case Management | St. Brendan's Hospital
p 305.555.0166  f 305.555.0167
""" + DISCLAIMER + """

From: Intake - Sunshine Home Health <intake@sunshinehh.com>
Sent: Thursday, June 20, 2024 10:15 AM
To: Roberts, Anita <aroberts@stbrendans.org>
Subject: RE: referral - accepted

Accepted. SOC scheduled Sat. We have a Creole-speaking RN for this area.

Sunshine Home Health Intake | Medicare-certified since 1998
This e-mail may contain confidential information.

> From: Roberts, Anita <aroberts@stbrendans.org>
> Sent: Thursday, June 20, 2024 8:44 AM
> Subject: referral
>
> Good morning, sending a referral, faxed H&P and orders to you as well.
>
> > Pt: Jean-Baptiste, Wilner   78M   MRN 0{0}
> > Addr: {1}, Miami, FL 33127   ph {2}
> > d/c today after 4 day stay. Needs SN for med teaching (new insulin
> > pen), PT for gait/strength, HHA 3x/wk. Lives w/ daughter Guerline.
> > Primary: Medicare A/B.  Dr. Toussaint will follow.
""".format(digits(7), street(), phone('dot'))
    add('phi', K, 'Jean-Baptiste', build(
        "RE: referral - accepted",
        formataddr(('Roberts, Anita', 'aroberts@stbrendans.org')),
        'intake@sunshinehh.com',
        cc='cm.team@stbrendans.org',
        text=body))

    # 6 forwarded newsletter-like thread, rfc822 inner has txt discharge instructions
    di = f"""DISCHARGE INSTRUCTIONS - Fairview Children's Hospital

Patient: Mateo Sandoval      MRN {digits(8)}
Discharge date: 06/02/2024

You were seen for: tonsillectomy and adenoidectomy (outpatient surgery)
Medicines: acetaminophen 320 mg every 6 hours; ibuprofen 300 mg every 6 hours, alternate
Diet: cool soft foods, lots of fluids. No straws for 2 weeks.
Call if: bleeding from mouth, fever over 102, not drinking.
Follow up: Dr. Ahn, ENT clinic, 2 weeks.
"""
    inn = inner("Mateo's paperwork", 'gabriela.sandoval@gmail.com', 'schooloffice@lincolnelementary.example.org',
                "Hi Mrs. Park, attaching Mateo's hospital papers so the school knows why he's out this week and the next. He can come back Monday the 17th. Thank you! - Gabriela",
                atts=[('discharge_instructions.txt', di, 'text/plain')])
    add('phi', K, 'Sandoval', build(
        "Fwd: Mateo's paperwork",
        'schooloffice@lincolnelementary.example.org',
        'r.tran@lincolnelementary.example.org',
        text="Ms. Tran - absence excuse for your class, see attached from the parent. I've marked him excused through 6/14 in the attendance system.\n\nMrs. Park\nFront Office, Lincoln Elementary\n\n-- \nLincoln Elementary School | \"Every child, every day\"\nThis email and any files transmitted with it are confidential and intended solely for the use of the addressee.",
        atts=[(None, inn)]))


# ================================================================ clean-staff
def clean_staff():
    K = 'staff'
    add('clean', K, '', build(
        "July call schedule - swaps due Friday",
        formataddr(('Renee Albright, Medical Staff Office', 'mso@riversidegeneral.org')),
        'hospitalists@riversidegeneral.org',
        text="""All,

Draft July call below. Swaps need to be emailed to me AND approved by Dr. Okeke by Friday noon. After that, swaps go through the on-call app only.

Date    Day   Nocturnist            Backup (home)
07/01   Mon   Priya Raman, MD       Chidi Okeke, MD
07/02   Tue   Samuel Ortiz, DO      Helen Marsh, MD
07/03   Wed   Helen Marsh, MD       Priya Raman, MD
07/04   Thu   Chidi Okeke, MD       Samuel Ortiz, DO   (holiday rate)
07/05   Fri   Tova Lindberg, MD     Helen Marsh, MD

Reminder: nocturnists cover rapid responses on 4W and 5W and admit from the ED until 0700.

Renee Albright
Medical Staff Coordinator"""))

    add('clean', K, '', build(
        "Re: agency RN shortfall nights wk of 7/8",
        formataddr(('Lydia Fontaine, MSN, RN, NE-BC', 'lfontaine@stmarysmed.org')),
        'nursing.leadership@stmarysmed.org',
        text="""we're short 3 RNs on 6E nights Tue-Thu. Cross Country can give us 2 at crisis rate ($112/hr), I'd like to approve. the 3rd hole I'm asking Joel Abara (CN) to cover w/ incentive pay.

ratio on 6E will be 1:5 Tue if nobody bites. stroke coordinator (Marta) aware.

Lydia"""))

    add('clean', K, '', build(
        "Sepsis bundle QI - June data + next steps",
        formataddr(('Dr. Imani Bell', 'ibell@lakesidehealth.org')),
        'sepsis.committee@lakesidehealth.org',
        text="""Team,

June SEP-1 compliance was 71% (May 64%). Biggest fall-out is still the 3-hr lactate repeat, 18 of 31 failures. Nothing patient-specific in this email; case-level abstracts are on the QI SharePoint (restricted folder).

Proposed PDSA for July:
 1. Auto-reflex repeat lactate when initial >2.0 (lab + IT, Joanna Pike)
 2. Sepsis huddle card on ED workstations (Kyle Brandt, RN)
 3. Pharmacy to flag delayed 2nd antibiotic dose (Dr. Farid, PharmD)

Meeting Thurs 7:30am, conf rm B. Coffee provided.

Imani Bell, MD, MPH
Medical Director, Quality"""))

    add('clean', K, '', build(
        "M&M - Wed schedule",
        'surgery.residency@universityhospital.example.edu',
        'gensurg-all@universityhospital.example.edu',
        text="""M&M this Wednesday 0630, Auditorium 2.

Presenters: Dr. K. Osei (PGY-4) and Dr. L. Haddad (PGY-3). Cases were selected by Dr. Vasquez; slides due to the program office by Tues 5pm. Reminder that slides must be de-identified - no names, MRNs, dates or photos with faces. Use "Pt A / Pt B".

Breakfast sponsored by the department.

Andrea
Surgery Residency Coordinator"""))

    add('clean', K, '', build(
        "new infusion pumps go-live 8/5",
        'clinical.education@northhavenmed.org',
        'all-nursing@northhavenmed.org',
        text="""Hi everyone,

The Alaris replacement (B. Braun Space+) goes live 8/5 on all med/surg units. Superusers per unit:
  4W  Katie Molloy RN, Dev Patel RN
  5W  Grace Ochieng RN
  6E  Tomasz Nowak RN, Hana Sato RN

Mandatory 45-min hands-on sessions in the Sim Lab, sign up in Healthstream (course SPACE-24). Drug library is heparin/insulin/KCl hard limits same as before.

Clinical Education Dept"""))

    add('clean', K, '', build(
        "P&T committee minutes - May",
        formataddr(('Omar Farid, PharmD, BCPS', 'ofarid@lakesidehealth.org')),
        'pt.committee@lakesidehealth.org',
        text="""P&T Committee Minutes - May 21, 2024
Present: O. Farid PharmD (chair), R. Stein MD, A. Nwachukwu MD, L. Gray RN, C. Yoon PharmD
Absent: T. Miles MD

1. Formulary additions: tirzepatide (restricted to endo/outpt continuation) - APPROVED
2. IV acetaminophen restriction: limit to NPO pts x 24h - APPROVED with amendment
3. Shortage update: cefazolin 2g vials, use 1g x2; amoxicillin susp ongoing
4. ADE report: 4 reports in April, none with harm. Trending heparin drip titration errors on 5W -> education plan with Clin Ed.

Next meeting June 18, 12:00, Boardroom."""))

    add('clean', K, '', build(
        "OR block time reallocation Q3",
        formataddr(('Perioperative Services', 'periop.admin@stcatherinesmc.org')),
        'surgeons-all@stcatherinesmc.org',
        html="""<p>Surgeons,</p><p>Per the OR governance committee, Q3 block utilization below 70% results in release of the block. Q2 utilization by service:</p>""" +
             html_table([('Orthopedics', '84%', 'retain'), ('General Surgery', '77%', 'retain'), ('Urology', '61%', 'release Tue PM'),
                         ('ENT', '68%', 'warning'), ('Plastics', '52%', 'release Fri AM')], ['Service', 'Utilization', 'Action']) +
             """<p>Appeals to Dr. Garrison, OR Medical Director, by 7/1.</p><p>Thanks,<br>Julie Tan, MHA<br>Director, Perioperative Services</p>"""))

    add('clean', K, '', build(
        "CME: grand rounds Thursday - heart failure update",
        'cme.office@mercyheartinstitute.org',
        'medstaff@mercyheartinstitute.org',
        text="""Medicine Grand Rounds
Thursday 12:00-1:00, Auditorium + Zoom

"GDMT in 2024: Four Pillars and the Hospitalized Patient"
Speaker: Rafael Ortega, MD, FACC, Associate Professor of Medicine

Objectives: describe the evidence for SGLT2 inhibitors in HFrEF and HFpEF; outline in-hospital initiation strategies; identify barriers to titration after discharge.

1.0 AMA PRA Category 1 Credit(TM). Text code 48217 to 555-0155 for attendance."""))

    add('clean', K, '', build(
        "pharmacy tech schedule + pto",
        'store1182.rph@cornerstonepharmacy.com',
        'store1182.techs@cornerstonepharmacy.com',
        text="""next wk:
mon  maria 8-4:30, jay 11-7:30
tue  maria 8-4:30, deshawn 11-7:30
wed  jay 8-4:30, deshawn 11-7:30 (flu clinic setup 2pm)
thu  OPEN - need someone 8-4:30
fri  maria 8-4:30, jay 11-7:30

Jay your PTO for the 19th is approved. Reminder CE hrs due before license renewal, 20 hrs incl 2 hrs law.
- Ken, PharmD"""))

    add('clean', K, '', build(
        "Fw: N95 fit testing for new hires",
        'employee.health@sprucepeds.com',
        'office.managers@sprucepeds.com',
        text="""Managers - Employee Health is running fit testing for anyone who hasn't been done this year. Sessions Tue/Thu 7-9am in the basement training room. Please send staff in groups of 3. We have 3M 1870+ and Halyard in stock in S/M/L.

Carol Dietz, RN, COHN-S
Employee Health"""))

    add('clean', K, '', build(
        "dental sterilization audit results",
        formataddr(('Dr. Paula Pham, DDS', 'drpham@lakeshorefamilydental.com')),
        'allstaff@lakeshorefamilydental.com',
        text="""Hi all - state inspector came Tues. We passed. Two findings:
1) spore test log missing 2 weeks in April -> Bev will keep the binder at the front now
2) one expired bottle of glutaraldehyde in op 3

Also ultrasonic cleaner #2 is being replaced, new one arrives Mon. Hygienists: please run the foil test on it before first use.

Thanks for the hard work.
Dr. Pham"""))

    add('clean', K, '', build(
        "behavioral health team: group facilitator schedule",
        formataddr(('Kate Ferris, PsyD', 'kferris@riverbendcounseling.org')),
        'clinicians@riverbendcounseling.org',
        text="""Summer group facilitators:

DBT skills (Tue 5-7pm)        Devin Saldana, LCSW + Maya Greene, LPC
Adolescent IOP (M/W/Th 3-6)   Aaron Weiss, LICSW + Jo Kim, LMFT
Grief support (Thu 6pm)       Rev. Linda Corrigan (volunteer chaplain)
Anxiety CBT group (Fri 10am)  Dr. Priya Nanda, PhD

Clinicians, please make sure group notes are done within 24h. Billing needs 90853 + correct start/stop times. Supervision hours for pre-licensed staff moved to Wednesdays 12-1.

Kate"""))

    add('clean', K, '', build(
        "EMS: new stretcher lift training",
        'training.officer@tricountyems.org',
        'all-crews@tricountyems.org',
        text="""Crews - Stryker Power-LOAD units are installed on Medic 11, 14 and 17. Mandatory 1-hr in-service before you work on those trucks. Sessions at Station 3 on 6/24 0800, 1400, 2000. Capt. Ruiz and FF/PM Ellison are the instructors.

Reminder: protocol update v24.2 (stroke destination, pediatric dosing tables) is effective 7/1. Quiz in Vector by 6/30.

Lt. Dana Moritz, NRP
Training Officer"""))

    add('clean', K, '', build(
        "hospice volunteer orientation - new cohort",
        'volunteers@evergladeshospice.org',
        'idt-team-a@evergladeshospice.org, idt-team-b@evergladeshospice.org',
        text="""Good news - 9 new volunteers finish orientation on 6/28: Bill Hartman, Rosa Quintero, Denise Ahl, Frank Oduya, Mei Chen, Tom Russo, Alicia Baptiste, Jerome Platt, Karen Vu.

They can do companionship visits, respite (up to 4 hrs), vigil sitting, and 11th Hour. None are cleared for personal care. Please send me volunteer requests through the usual form - do NOT email patient info, just the request number.

Sherry Lind
Volunteer Coordinator"""))


# ================================================================ clean-lookalike
def clean_lookalike():
    K = 'lookalike'
    acct = digits(10)
    add('clean', K, '', build(
        "Your June eStatement is ready",
        formataddr(('Prairie Lakes Credit Union', 'estatements@prairielakescu.example.org')),
        'dwright1974@gmail.com',
        text=f"""Hello DEBORAH WRIGHT,

Your eStatement for account ending {acct[-4:]} is now available in Online Banking.

Member #: {digits(7)}
Statement period: 05/01/2024 - 05/31/2024
Share Savings (S01)  ending balance $1,204.55
Checking (S10)       ending balance $3,889.12
Auto loan (L02)      next payment $412.09 due 06/15/2024

Reminder: Prairie Lakes CU will never ask for your PIN or full SSN by email. Routing number 291{digits(6)}.

Federally insured by NCUA."""))

    add('clean', K, '', build(
        "Marco, you're 150 points from Gold",
        formataddr(('FreshMart Rewards', 'rewards@freshmart.example.com')),
        'marco.bellini@yahoo.com',
        html=f"""<html><body style="font-family:Helvetica">
<p>Hi Marco Bellini,</p>
<p>Rewards #: <b>{digits(4)} {digits(4)} {digits(4)}</b><br>Points balance: <b>1,850</b></p>
<p>Earn 2x points this week on pharmacy aisle vitamins, sunscreen and first-aid kits, plus 500 bonus points on bakery purchases over $15 this week!</p>
<p>Your clipped coupons: $1 off Greek yogurt, $3 off laundry pods, BOGO bananas.</p>
<p>Store #0314, 88 Commerce Way. Unsubscribe anytime.</p></body></html>"""))

    conf = letters(6)
    add('clean', K, '', build(
        f"Your trip confirmation - {conf}",
        formataddr(('Northstar Airlines', 'reservations@northstarair.example.com')),
        'p.adeyemi@outlook.com',
        text=f"""Confirmation: {conf}
Passenger: ADEYEMI/PATRICK MR   SkyMiles-style #: NS{digits(9)}
Known Traveler #: {digits(9)}

Flt  NS 2231  MSP -> ATL  Tue 18JUN  06:05 - 09:48  Seat 14C  Main
Flt  NS 1190  ATL -> MSP  Fri 21JUN  17:30 - 19:22  Seat 22A  Main

Seat preference: aisle. Meal: none (Main Cabin snacks only).
Checked bag: 1 x 50 lb included with your card.

Total charged to Visa ending 4410: $418.60"""))

    add('clean', K, '', build(
        "Reservation confirmed - Harborview Suites",
        'stay@harborviewsuites.example.com',
        'linda.osei.travel@gmail.com',
        text=f"""Dear Ms. Linda Osei,

Thank you for choosing Harborview Suites Baltimore.
Confirmation #: {digits(8)}
Arrival: 07/11/2024   Departure: 07/14/2024
Room: King suite, high floor, non-smoking
Rate: Johns Hopkins Medicine Conference rate $189/night
Loyalty #: HVS{digits(8)}  (Silver)

Complimentary shuttle runs to the medical campus every 30 min 6am-9pm.
Cancel by 4pm day before arrival to avoid one-night charge."""))

    add('clean', K, '', build(
        "Membership freeze confirmed",
        formataddr(('IronWorks Fitness', 'members@ironworksfit.example.com')),
        'tjwashington@gmail.com',
        text=f"""Hi Terrence,

Your membership freeze is confirmed.
Member ID: IWF-{digits(6)}
Freeze period: 07/01/2024 - 08/31/2024 ($10/mo hold fee)
Your billing resumes 09/01/2024 at $39.99/mo.

Your personal training package (6 sessions left with coach Brianna) will be held as well. Body composition scans reset at your next visit.

See you soon!
IronWorks Fitness - Eastgate"""))

    add('clean', K, '', build(
        f"Claim {digits(3)}-{digits(7)} - repair estimate approved",
        formataddr(('Granite State Auto Insurance', 'claims@granitestateauto.example.com')),
        'stevenkraus@comcast.net',
        text=f"""Steven Kraus
Policy GSA-{digits(8)}  |  2019 Subaru Outback  VIN 4S4BSANC{digits(1)}K{digits(6)}
Date of loss: 05/30/2024

The repair estimate from Bedford Collision ($3,742.18) has been approved. Your $500 collision deductible applies. Rental coverage: up to $40/day for 14 days with Enterprise, res #{digits(9)}.

No injuries were reported for this claim. If that changes, contact your adjuster, Monica Reyes, at 603-555-0104."""))

    add('clean', K, '', build(
        "Your policy renewal - homeowners",
        'service@lakeviewmutual.example.com',
        'the.ngs.family@gmail.com',
        text=f"""Dear Tuan and Mai Nguyen,

Your homeowners policy HO3-{digits(7)} renews on 08/01/2024.
Property: {street()}, {city()}
Dwelling coverage: $412,000   Deductible: $2,500 (wind/hail 2%)
Annual premium: $2,184 (was $1,930)

Discounts applied: monitored alarm, claim-free 5 yrs, auto bundle.
Your new declarations page is attached in the portal."""))

    add('clean', K, '', build(
        "Scheduled outage notice - account " + digits(9),
        formataddr(('Riverbend Electric Co-op', 'outages@riverbendelectric.example.coop')),
        'harold.brenner@centurytel.net',
        text=f"""HAROLD BRENNER
Service address: {street()}
Account: {digits(9)}   Meter: {digits(8)}

Crews will replace a transformer on your line Thursday 06/20 between 9:00 AM and 1:00 PM. Power will be off for up to 4 hours.

If someone in your home depends on electrically powered medical equipment, please make sure you are enrolled in our Medical Priority program (form at riverbendelectric.coop/priority) - this notice is sent to all members on the circuit.

Questions: 1-800-555-0139"""))

    add('clean', K, '', build(
        "Unit 3B - lease renewal + pest control",
        formataddr(('Oakmont Property Management', 'leasing@oakmontpm.example.com')),
        'jsantiago.unit3b@gmail.com',
        text=f"""Hi Jorge and Luz Santiago,

Your lease for 1440 Halsted Ave Unit 3B ends 08/31. Renewal offer: 12 mo at $1,685 (+3.1%) or month-to-month at $1,850. Please sign by 7/15 in the resident portal. Tenant ID: OPM-{digits(6)}.

Also, quarterly pest control is Tuesday 6/25 between 9-12. Please clear under the kitchen sink. If anyone in the unit has sensitivities to the treatment let the office know and we'll use the gel-only option.

Oakmont PM - Maintenance emergencies 312-555-0111"""))

    kids = ['Ava Mendoza', 'Liam Chen', 'Zainab Ahmed', 'Noah Kowalski', 'Sofia Oyelaran', 'Eli Begay', 'Mia Tran',
            'Kai Fonoti', 'Amelia Haddad', 'Jonah Whitfield']
    add('clean', K, '', build(
        "Room 12 News - Week of June 3",
        formataddr(('Ms. Ruiz', 'aruiz@maplegroveelementary.example.org')),
        'room12-families@maplegroveelementary.example.org',
        text=f"""Hello Room 12 families!

What a week! Our butterfly project wrapped up - we released 14 painted ladies on Friday.

Star Students this week: {kids[0]}, {kids[1]} and {kids[2]}.
Reading Challenge finishers: {', '.join(kids[3:8])} - pizza party Thursday!
Field Day is June 12. Please send water bottle, sunscreen already applied, hat, and sneakers. Volunteers: {kids[8]}'s dad and {kids[9]}'s grandma - thank you!

Reminder: last day is June 14, early release 12:15.

Ms. Ruiz, 2nd Grade"""))

    roster = [('#', 'Player', 'Pos', 'Parent contact')]
    girls = ['Harper Lindqvist', 'Amina Warsame', 'Sofia Villanueva', 'Lily Tran', 'Maya Pettaway', 'Zoe Kowalczyk',
             'Nadia Haddad', 'Emma Beaulieu', 'Aaliyah Ahmed', 'Isabel Ruiz Salas', 'Chloe Nakamura', 'Grace Eze']
    for i, nm in enumerate(girls):
        roster.append((str(R.randint(1, 30)), nm, pick(['GK', 'DEF', 'MID', 'FWD']), f"513-555-01{R.randint(10, 99)}"))
    add('clean', K, '', build(
        "U12 Girls Blue - roster + tournament info",
        'coach.danielle@eastsidesoccer.example.org',
        'u12blue-parents@eastsidesoccer.example.org',
        text="Parents - final roster for the Memorial Cup. Check-in Sat 7:15am Field 4. Player passes must be printed (no phones).\n\n" +
             fixed(roster, [5, 26, 6, 16]) + "\n\nSnack schedule: Kowalczyk family Sat, Ahmed family Sun.\nAthletic trainer on site all weekend.\n\nCoach Danielle"))

    add('clean', K, '', build(
        "Reminder: Biscuit is due for vaccines",
        formataddr(('Cedar Hollow Veterinary Hospital', 'reminders@cedarhollowvet.example.com')),
        'megan.oconnell@gmail.com',
        text=f"""Hi Megan O'Connell,

Our records show BISCUIT (canine, Golden Retriever, 6 yrs) is due for:
  - DHPP booster             due 06/28/2024
  - Rabies 3-yr              due 07/02/2024
  - Heartworm test + Simparica Trio refill
  - Dental cleaning (recommended at last exam)

Patient ID: {digits(6)}   Client #: {digits(5)}
Dr. Amanda Voss, DVM

Book online or call 555-0182. Whiskers (feline) is up to date!"""))

    add('clean', K, '', build(
        "Welcome aboard! Your first-day checklist",
        formataddr(('People Team - Brightwater Logistics', 'onboarding@brightwaterlogistics.example.com')),
        'samira.haddad.personal@gmail.com',
        text=f"""Hi Samira,

Welcome to Brightwater Logistics! Your start date is Monday, 07/08/2024, 8:30 AM at 400 Harbor Blvd.

Employee ID: BWL-{digits(5)}
Manager: Greg Lindholm, Director of Operations
Badge photo: bring a government ID
I-9: please bring documents from List A, or List B + C
Benefits enrollment: open for 30 days after start. Medical, dental and vision plan guides are in Workday (BCBS PPO, HMO, HDHP+HSA).
Payroll: direct deposit form in Workday, first pay date 07/19.

See you soon!
Alicia Moreno, HR Generalist"""))

    add('clean', K, '', build(
        "Payroll correction - pay period ending 6/8",
        formataddr(('Payroll', 'payroll@valleyheartassoc.com')),
        'staff-all@valleyheartassoc.com',
        text=f"""All staff,

A system error caused the 6/14 paychecks to omit shift differentials for night and weekend hours. Corrections will process as an off-cycle deposit on 6/18.

Affected employees (by employee ID, last 4): 1182, 2207, 3391, 4410, 5512, 6720, 7034
Questions to payroll, not to your manager.

Reminder: W-4 and state withholding updates must be done in Paylocity. HSA contributions and the 401(k) match were not affected.

Tanya Holloway, CPP
Payroll Manager"""))

    add('clean', K, '', build(
        "Thank you for your gift - tax receipt",
        formataddr(('Mercy Hill Health Foundation', 'giving@mercyhillfoundation.example.org')),
        'r.and.j.lindqvist@gmail.com',
        text=f"""Dear Robert and Joan Lindqvist,

Thank you for your generous gift of $500.00 received 05/24/2024 to the Mercy Hill Health Foundation Nursing Scholarship Fund.

Receipt #: MHF-{digits(6)}
Donor ID: {digits(6)}
No goods or services were provided in exchange for this contribution. Tax ID 36-{digits(7)}.

Your support helps 22 nursing students this year. We hope to see you at the Golf Classic on August 9!

With gratitude,
Denise Archuleta, Chief Development Officer"""))

    add('clean', K, '', build(
        "Registration confirmed - ANNA Annual Nursing Symposium",
        'registration@nursingsymposium.example.org',
        'kwalsh.rn@gmail.com',
        text=f"""Registration confirmation #{digits(7)}

Attendee: Kathleen Walsh, BSN, RN, CNN
Organization: Northlake Dialysis
Member #: {digits(8)}
Registration: Full conference (member) $495.00 - PAID (Visa ****2201)
Sessions: Vascular access cannulation workshop (Sat 8am); Home hemodialysis panel; Pediatric nephrology nursing update
Contact hours: up to 18.5 ANCC

Hotel block: Hyatt Regency Denver, group code NEPH24.
Dietary request on file: vegetarian."""))


# ================================================================ clean-news
def clean_news():
    K = 'news'
    add('clean', K, '', build(
        "Health Alert: measles exposure locations - please review",
        formataddr(('County Public Health', 'alerts@countyhealthdept.example.gov')),
        'providers-list@countyhealthdept.example.gov',
        text="""HEALTH ALERT NETWORK - PROVIDER ADVISORY
June 14, 2024

One confirmed measles case in an unvaccinated adult with recent international travel. Possible exposure locations:
  - Westfield Mall food court, 6/8, 12:00-3:30 PM
  - Urgent care, 2100 Osage Ave, 6/10, 9:00 AM-1:00 PM
  - Route 9 bus, 6/10 afternoon

Clinicians: consider measles in patients with fever and rash. Mask and isolate in a negative-pressure room before evaluation. Report suspect cases immediately to 555-0111 (24/7). Do not refer suspect patients to the lab without calling ahead.

MMR post-exposure prophylaxis within 72 hours; IG within 6 days for susceptible high-risk contacts.

Dr. Angela Moreno, MD, MPH, County Health Officer"""))

    add('clean', K, '', build(
        "FDA recall: certain lots of metformin ER 500 mg",
        'safety@pharmacyalerts.example.com',
        'subscribers@pharmacyalerts.example.com',
        html="""<h2>Drug Recall Notice</h2><p>Granite Generics is voluntarily recalling 14 lots of metformin hydrochloride extended-release tablets, 500 mg, due to NDMA above the acceptable daily intake limit.</p>""" +
             html_table([('GG24011', '01/2026', '100-count'), ('GG24015', '02/2026', '100-count'), ('GG24022', '03/2026', '500-count')], ['Lot', 'Exp', 'Pack']) +
             """<p>Patients should continue taking their medicine until a pharmacist or doctor provides a replacement. Pharmacies should quarantine affected stock. Contact: Granite Generics Medical Information 1-800-555-0175.</p>"""))

    add('clean', K, '', build(
        "Research roundup: sleep, statins and steps",
        formataddr(('Lakeside Health Research Newsletter', 'research@lakesidehealth.org')),
        'all-staff@lakesidehealth.org',
        text="""RESEARCH ROUNDUP - June

* Dr. Mina Sato and Dr. Felix Amadi (Pulmonary & Sleep) published a 1,200-participant cohort in CHEST finding that home sleep testing identified moderate-to-severe obstructive sleep apnea with 89% sensitivity compared with in-lab polysomnography.

* Dr. Jerome Whitaker's team received a $2.4M NIH R01 to study statin adherence in rural Medicare beneficiaries.

* The "10K Steps" employee wellness study (PI: Laura Chen, PhD) is enrolling. Participants get a free pedometer. IRB #2024-0117.

Congratulations to all!"""))

    add('clean', K, '', build(
        "Now hiring: RN Case Manager, Home Health (sign-on bonus)",
        formataddr(('Rachel Kim, Talent Acquisition', 'rkim@sunshinehh.com')),
        'nursing-jobs-digest@jobboard.example.com',
        text="""Sunshine Home Health is hiring!

RN Case Manager - Miami-Dade territory
 - $85,000-$98,000 + $7,500 sign-on
 - Mileage at $0.67/mi, company iPad
 - OASIS experience preferred, bilingual Haitian Creole or Spanish a plus
 - Requirements: FL RN license, 1 yr home health or acute care, BLS

Contact Rachel Kim, Senior Recruiter, 305-555-0123, or apply at sunshinehh.example.com/careers. Equal Opportunity Employer."""))

    add('clean', K, '', build(
        "PRESS RELEASE: Mercy Hill breaks ground on new cancer pavilion",
        'media@mercyhillmedical.org',
        'newsdesk@localtribune.example.com',
        text="""FOR IMMEDIATE RELEASE

MERCY HILL MEDICAL CENTER BREAKS GROUND ON $148 MILLION CANCER PAVILION

LANCASTER, PA - Mercy Hill Medical Center President and CEO Dr. Raymond Achebe, Board Chair Susan Whitlock and Mayor Daniel Ortiz broke ground Tuesday on the 120,000-square-foot Whitlock Family Cancer Pavilion, expected to open in 2026.

The pavilion will house 48 infusion chairs, two linear accelerators, a breast center and a survivorship clinic. "Our community shouldn't have to drive two hours for world-class care," Achebe said.

Media contact: Jenna Pruitt, Director of Communications, 717-555-0108"""))

    add('clean', K, '', build(
        "Celebrating Dr. Eleanor Whitfield - 42 years of family medicine",
        'newsletter@prairiefamilymed.example.org',
        'community@prairiefamilymed.example.org',
        text="""After 42 years, Dr. Eleanor Whitfield is hanging up her stethoscope.

Dr. Whitfield came to Wahpeton in 1982 as the town's only woman physician. She delivered, by her own count, more than 2,300 babies, ran the Saturday walk-in clinic for three decades, and drove her Jeep through more than one blizzard to make house calls. Colleagues remember her handwritten thank-you notes and her insistence that every medical student learn to sit down when talking to a patient.

She plans to spend retirement quilting, traveling with her husband Gordon and "finally reading all the journals I skimmed."

Please join us for an open house Friday, June 28, 3-6 PM, at the clinic. Cake provided by the Red River Bakery."""))

    add('clean', K, '', build(
        "Wellness Wednesday: beat the heat",
        formataddr(('Employee Wellness', 'wellness@brightwaterlogistics.example.com')),
        'all-employees@brightwaterlogistics.example.com',
        text="""Heat index this week is expected above 100F.

Signs of heat exhaustion: heavy sweating, cramps, dizziness, nausea. Heat stroke (confusion, hot dry skin, temp >103F) is a medical emergency - call 911.

Warehouse teams: water breaks every 30 min, cooling tents at docks 3 and 7. Supervisors Maria Lopez and Derek Shaw are the heat safety leads this week.

Free blood pressure screenings in the break room Thursday 11-1 (walk-in, no appointment)."""))

    add('clean', K, '', build(
        "Call for abstracts - Regional Geriatrics Conference",
        'conference@midwestgeriatrics.example.org',
        'members@midwestgeriatrics.example.org',
        text="""The 2024 Midwest Geriatrics Conference (Oct 17-18, Madison, WI) invites abstracts on falls prevention, deprescribing, dementia caregiving, hospital-at-home and age-friendly health systems.

Deadline: July 31. 300 words max. No patient identifiers in abstracts or case reports.

Keynote: Prof. Ingrid Aalto, MD, PhD, "Polypharmacy after 85."
Program chair: Dr. Marcus Hollander. Questions to Kelly Brandt, Conference Manager."""))

    add('clean', K, '', build(
        "Member newsletter: what's covered for preventive care",
        formataddr(('Blue Lakes Health Plan', 'news@bluelakeshealthplan.com')),
        'members@bluelakeshealthplan.com',
        html="""<html><body><h2>Your Summer Health Checklist</h2>
<p>Preventive services are covered at <b>$0</b> when you use an in-network provider:</p>
<ul><li>Annual wellness visit</li><li>Colorectal cancer screening starting at age 45</li><li>Mammograms every 1-2 years starting at 40</li><li>Childhood vaccines and back-to-school physicals</li></ul>
<p>If polyps are removed during a screening colonoscopy, the procedure is still considered preventive under your plan.</p>
<p>Member ID cards: log in to the app to download a digital card.</p>
<p style="font-size:9pt">Blue Lakes Health Plan, 100 Capitol Ave. This is a marketing communication. Unsubscribe.</p></body></html>"""))

    add('clean', K, '', build(
        "CDC travel notice: dengue in the Americas",
        'travel.clinic@universityhospital.example.edu',
        'travel-health-list@universityhospital.example.edu',
        text="""Travel Clinic bulletin

CDC has issued a Level 1 travel notice for dengue in Central and South America and the Caribbean. There is no widely available vaccine for travelers. Advise insect repellent (DEET 20-30%), long sleeves and screened lodging.

Also: yellow fever vaccine supply is back to normal; we have appointments Mon/Wed/Fri. Typhoid oral vaccine is on backorder until August.

Travel Clinic staff: Dr. Nadia Farouk (medical director), Lisa Tran RN, Ben Oyelaran PharmD."""))

    add('clean', K, '', build(
        "Opinion: the rural hospital crisis (board reading)",
        formataddr(('Harold Greaves', 'hgreaves@valleyboard.example.org')),
        'trustees@valleyboard.example.org',
        text="""Trustees,

Sharing an op-ed for Thursday's discussion. Key numbers: 146 rural hospitals closed or stopped inpatient care since 2010; 30% of rural hospitals are at immediate risk. Obstetric units are closing fastest.

The authors (Dr. Caroline Pham of the Rural Health Policy Institute and former state Sen. Bill Harkness) argue for a Rural Emergency Hospital conversion model.

Harold Greaves
Board Chair, Valley Regional Health"""))

    add('clean', K, '', build(
        "Quarterly newsletter: Opioid Stewardship Coalition",
        'coalition@opioidstewardship.example.org',
        'partners@opioidstewardship.example.org',
        text="""Quarterly update

* Naloxone: 4,210 kits distributed this quarter through pharmacies, libraries and vending machines. Thank you to the Eastside Library staff, especially branch manager Tony Russo.
* County overdose deaths fell 18% year over year (provisional data, Medical Examiner's office).
* New prescriber education module: "Tapering safely" - 1 CME credit, free. Developed by Dr. Alisha Greene and Dr. Paul Mendez.

Next coalition meeting: July 9, 3 PM, Health Department Room 202."""))


# ================================================================ clean-training
def clean_training():
    K = 'training'
    add('clean', K, '', build(
        "Epic training env refresh - practice patients",
        'ehr.training@northhavenmed.org',
        'new-hires-nursing@northhavenmed.org',
        text="""Welcome to EHR training! The PLY (playground) environment was refreshed this morning. Use these practice patients ONLY in PLY:

  ZZTEST, ALPHA     MRN 99000001   DOB 01/01/1950   (med/surg admission scenario)
  ZZTEST, BRAVO     MRN 99000002   DOB 02/02/1985   (ED triage, chest pain scenario)
  ZZTEST, CHARLIE   MRN 99000003   DOB 03/03/2020   (peds weight-based dosing)

Your login is your network ID + "TRN". Class is Tues 8-4:30, Room 114. If you see a real patient name in PLY, stop and call the help desk.

Clinical Informatics Training Team"""))

    add('clean', K, '', build(
        "Billing 101 - module 3 exercises",
        formataddr(('Coding Academy', 'instructor@codingacademy.example.com')),
        'cohort-14@codingacademy.example.com',
        text="""Module 3 exercises (answer key next week):

Case 1. Jane Sample, a fictitious 54-year-old established patient, sees her PCP for follow-up of hypertension and type 2 diabetes; moderate MDM. Select the E/M code and ICD-10 codes.

Case 2. John Q. Example, a fictitious 67-year-old Medicare beneficiary (MBI 1EG4-TE5-MK73 - the CMS sample format), has a screening colonoscopy with polypectomy by snare. Which modifier applies?

Case 3. "Baby Boy Test" newborn - which codes for routine newborn care in the hospital?

All names and numbers are invented for training."""))

    add('clean', K, '', build(
        "HL7 ADT examples for the interface class",
        'hl7.instructor@healthitcollege.example.edu',
        'hl7-class@healthitcollege.example.edu',
        text="""Here's the A04 example from the v2.5.1 standard (chapter 3) we walked through. Everyman is the standard's placeholder patient.

MSH|^~\\&|REGADT|MCM|IFENG||199601061000||ADT^A04^ADT_A01|000001|P|2.5.1
EVN|A04|199601061000
PID|||191919^^^GENHOS^MR||EVERYMAN^ADAM^A^III||19610615|M||C|1200 N ELM STREET^^GREENSBORO^NC^27401-1020
PV1||O|||||0148^ATTEND^AARON^A|||SUR||||ADM|A0

Homework: write the A08 that would follow a change of address. Use EVERYMAN^EVE for the second patient."""))

    add('clean', K, '', build(
        "X12 837P companion guide - sample",
        'edi.enrollment@cascadiahealthplan.com',
        'trading.partners@cascadiahealthplan.com',
        text="""Trading partners,

Section 7 of the updated companion guide includes this illustrative claim. All data is fictitious.

NM1*IL*1*SUBSCRIBER*TEST****MI*TEST00000001~
DMG*D8*19000101*U~
CLM*SAMPLE0001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99213*100*UN*1***1~

Test files must use ISA15 = T and the TEST member IDs listed in Appendix B. Production enrollment requires 3 clean test files."""))

    add('clean', K, '', build(
        "FHIR workshop: example resources",
        'fhir.workshop@devdays.example.org',
        'attendees@devdays.example.org',
        text="Hi all, the two example resources for tomorrow's track are attached. Both carry the HTEST tag; build your validator against them.\n\nFHIR DevDays workshop team",
        atts=[('example-patient.json', json.dumps({
            "resourceType": "Patient", "id": "example",
            "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
            "name": [{"use": "official", "family": "Testpatient", "given": ["Fhir", "Example"]}],
            "gender": "unknown", "birthDate": "1900-01-01",
            "address": [{"line": ["123 Example St"], "city": "Anytown", "state": "XX", "postalCode": "00000"}]}, indent=2), 'application/json'),
              ('example-appointment.xml', """<Appointment xmlns="http://hl7.org/fhir">
  <id value="example"/>
  <meta><tag><system value="http://terminology.hl7.org/CodeSystem/v3-ActReason"/><code value="HTEST"/></tag></meta>
  <status value="proposed"/>
  <participant><actor><reference value="Patient/example"/></actor><status value="needs-action"/></participant>
</Appointment>""", 'application/xml')]))

    add('clean', K, '', build(
        "New patient intake form - updated template",
        'forms.committee@harborviewprimary.com',
        'frontdesk@harborviewprimary.com',
        text="""Attached and pasted below is the updated intake template. Please print from the shared drive only, recycle old versions.

NEW PATIENT INFORMATION
Name (Last, First, MI): ______________________________
Preferred name: __________   Pronouns: ________
Date of birth: ___/___/______   Sex assigned at birth: ____
Phone: (____) ____-______   Email: ____________________
Insurance: ___________________   Member ID: ______________
Emergency contact: _____________________ Relationship: ______
Current medications: ____________________________________
Allergies: ______________________________________________
Reason for visit: _______________________________________
Signature: _______________________  Date: __________"""))

    add('clean', K, '', build(
        "[TEST] Lab result notification - DO NOT ACT",
        'noreply-test@labportal-uat.example.com',
        'qa.team@harborviewprimary.com',
        text="""*** THIS MESSAGE WAS GENERATED IN THE UAT ENVIRONMENT ***

Patient: TEST, PATIENTONE   MRN: TEST0001   DOB: 01/01/1901
Result: Comprehensive metabolic panel - FINAL
Glucose 999 mg/dL (CRITICAL - TEST VALUE)
Ordering provider: TEST, PROVIDER MD

This is a test of the critical-result email workflow. No real patient data is contained in this message."""))

    add('clean', K, '', build(
        "Compliance training: spot the PHI quiz (answers)",
        formataddr(('Privacy Office', 'privacy@mercyhillmedical.org'))
        , 'all-workforce@mercyhillmedical.org',
        text="""Answers to last month's "Spot the PHI" quiz. The scenarios used made-up people:

1. "Mickey Mouse, DOB 11/18/1928, seen for a sprained ankle" - YES, this would be PHI if it were a real person (name + DOB + care).
2. "We had 42 ED visits for heat illness this week" - NO, aggregate data.
3. "Dr. Example's clinic is closed Friday" - NO, staff scheduling.
4. A screenshot of the census board - YES.

Reminder: the real thing goes through secure messaging only. Questions: Kristen Bauer, Privacy Officer, x4411."""))

    add('clean', K, '', build(
        "pharmacy system training - sample Rx labels",
        'trainer@cornerstonepharmacy.com',
        'newtechs@cornerstonepharmacy.com',
        html="""<p>New techs - practice entering these in the TRAINING database (green banner). Names are fake.</p>""" +
             html_table([('SAMPLE, SALLY', 'lisinopril 10 mg', '1 tab po daily', '#30', 'RF x5'),
                         ('DEMO, DANIEL', 'amoxicillin 500 mg', '1 cap po tid x10d', '#30', 'RF x0'),
                         ('TRAINEE, TINA', 'albuterol HFA', '2 puffs q4-6h prn', '1 inh', 'RF x1')],
                        ['Patient', 'Drug', 'Sig', 'Qty', 'Refills']) +
             """<p>Check DUR alerts and explain each one on the worksheet. - Lou, CPhT trainer</p>"""))

    add('clean', K, '', build(
        "Interface go-live test plan - SIU test msgs",
        'integration.pm@coastaleyeassociates.com',
        'it-project@coastaleyeassociates.com',
        text="""Test cases for Thursday's reminder-vendor connectivity test. Use only the ZZ test patients:

TC-01  SIU^S12 new appt      ZZTESTEYE^ONE     MRN ZZ100001   expect SMS within 2 min
TC-02  SIU^S14 modify        ZZTESTEYE^TWO     MRN ZZ100002   expect updated SMS
TC-03  SIU^S15 cancel        ZZTESTEYE^THREE   MRN ZZ100003   expect cancel SMS
TC-04  language=VIE           ZZTESTEYE^FOUR    MRN ZZ100004   expect Vietnamese template

Phones for TC texts are the team's test handsets (555-0100 to 555-0103)."""))

    add('clean', K, '', build(
        "Simulation lab scenario: postpartum hemorrhage",
        formataddr(('Sim Center', 'simcenter@womensandbabies.org')),
        'ob-nursing@womensandbabies.org',
        text="""Scenario for Thursday's in-situ drill:

Manikin "Mrs. Noelle Sim" (SimMom) - 29 y/o G2P2, 20 min after vaginal delivery, EBL escalating to 1,500 mL. Team should activate the PPH protocol, call for the hemorrhage cart, give oxytocin, consider TXA, and quantify blood loss.

Debrief in L&D conf room. Facilitators: Dr. Amara Lund and Jess Whitcomb, RNC-OB. This is a simulation; no real patients involved."""))

    add('clean', K, '', build(
        "ABN form - blank template + instructions",
        'compliance@cloverleafimaging.com',
        'registration@cloverleafimaging.com',
        text="""Reminder on ABNs (CMS-R-131). Blank fields below - fill A through I at registration, never pre-check an option for the patient.

A. Notifier: Cloverleaf Imaging
B. Patient Name: ____________________   C. Identification Number: ________
D. ______________ (item/service)   E. Reason Medicare May Not Pay: ________
F. Estimated Cost: $______
G. OPTIONS: [ ] 1  [ ] 2  [ ] 3
H. Additional Information: __________
I. Signature: ______________  J. Date: ______

The version with expiration 01/31/2026 is the only one allowed after 6/30."""))


# ================================================================ clean-admin
def clean_admin():
    K = 'admin'
    fee = [('CPT/HCPCS', 'Description', '2024 Rate', '2025 Proposed')]
    for code, desc, rate in [('99203', 'New pt office visit, low MDM', 118.40), ('99213', 'Est pt office visit, low MDM', 92.15),
                             ('99214', 'Est pt office visit, mod MDM', 131.70), ('20610', 'Arthrocentesis, major joint', 74.30),
                             ('72148', 'MRI lumbar w/o contrast', 226.00), ('97110', 'Therapeutic exercise, 15 min', 29.85),
                             ('G0439', 'Annual wellness visit, subsequent', 128.90), ('J1100', 'Dexamethasone 1 mg inj', 0.11)]:
        fee.append((code, desc, f"${rate:,.2f}", f"${rate * 1.032:,.2f}"))
    add('clean', K, '', build(
        "Cascadia fee schedule - 2025 proposal",
        formataddr(('Greg Tolliver, Managed Care Contracting', 'gtolliver@sunwestphysicians.com')),
        'finance.committee@sunwestphysicians.com',
        text="Cascadia's proposed 3.2% across the board for 2025. Excerpt of the top-volume codes below, full schedule attached. I think we push for 5% on E/M given our quality scores.\n\n" + fixed(fee, [11, 36, 12, 14]),
        atts=[('cascadia_2025_fee_schedule.csv', csv_text(fee), 'text/csv')]))

    add('clean', K, '', build(
        "Payer contract renewal - redlines",
        formataddr(('Jasmine Ortega, JD', 'jortega@lakesidehealth.org')),
        'contracting@lakesidehealth.org',
        text="""Redlines from Anthem on the facility agreement:
- Sec. 4.2 timely filing: they want 90 days, we countered 180
- Sec. 6.1 escalator: CPI-U capped at 3%
- Exhibit B: outpatient imaging at 165% of Medicare, lab at 120%
- Sec. 9 (audits): medical record requests limited to 50 per quarter, 45-day response

Call with their team Thursday 2pm. Please don't forward the draft outside contracting."""))

    add('clean', K, '', build(
        "Monthly ED volume report - May",
        'decision.support@riversidegeneral.org',
        'exec.team@riversidegeneral.org',
        text="""ED Operations - May 2024

Total visits: 5,812 (+4.1% YoY)
Admitted: 1,104 (19.0%)
LWBS: 2.7% (target <2%)
Median door-to-provider: 24 min
Median ED LOS, discharged: 3h 52m; admitted: 7h 41m
Boarding hours: 3,960
Top chief complaints: abdominal pain (612), chest pain (498), shortness of breath (377), fall (344)
Behavioral health holds >24h: 31

No patient-level data in this report."""))

    add('clean', K, '', build(
        "OUTAGE: Epic downtime Sat 2am-6am",
        'it.servicedesk@northhavenmed.org',
        'all-users@northhavenmed.org',
        text="""PLANNED DOWNTIME
Saturday 06/22 02:00-06:00

Epic (Hyperspace, Haiku, Canto, MyChart) will be unavailable for the quarterly upgrade. Read-only BCA PCs will be available on every unit - check that yours printed the 0000 census report Friday night.

During downtime use paper downtime forms (order sheets, MAR, lab requisitions) from the red binder. Lab will call critical results. Back-entry is required within 24h after systems return.

Service Desk x5000"""))

    add('clean', K, '', build(
        "Garage B closure + new badge readers",
        'facilities@mercyhillmedical.org',
        'all-employees@mercyhillmedical.org',
        text="""Parking Garage B levels 3-5 close 7/8 for resurfacing (6 weeks). Employees assigned to B should park in Lot F and take the shuttle (every 10 min, 5am-midnight).

Also, new badge readers go live on all stairwell doors 7/15. If your badge was issued before 2019 please exchange it at Security (Ground floor, next to the ED entrance) - bring your old badge and employee ID. Hours M-F 7-5.

Facilities & Security"""))

    add('clean', K, '', build(
        "RE: Q2 denial trends (aggregate)",
        formataddr(('Latoya Banks, CRCR', 'lbanks@northpointmedical.org')),
        'rcm.leadership@northpointmedical.org',
        html="<p>Q2 denials by category (counts, all payers):</p>" + html_table([
            ('CO-197 no auth', '412', '$318,220'), ('CO-16 missing info', '366', '$121,004'), ('CO-50 not med necessary', '201', '$289,115'),
            ('CO-45 contractual (info)', 'n/a', 'n/a'), ('PR-1 deductible', '1,980', 'patient resp.')], ['Reason', 'Count', '$ denied']) +
             "<p>Auth denials are concentrated in MRI and sleep studies; proposing a front-end auth check in scheduling. Will present at the 7/2 meeting.</p><p>Latoya</p>"))

    add('clean', K, '', build(
        "Vendor invoice #INV-" + digits(6) + " - Medline",
        'ap@maplecrestrehab.com',
        'dns@maplecrestrehab.com',
        text=f"""Please approve Medline invoice INV-{digits(6)} for $8,412.77:
 - 12 cs incontinence briefs (L/XL)
 - 4 bariatric bed rentals, May
 - 30 bx nitrile gloves M
 - 2 cs Medihoney alginate 4x5

PO 24-{digits(4)}. Budget line 6120 (nursing supplies) is at 88% YTD.

Accounts Payable"""))

    add('clean', K, '', build(
        "Credentialing: re-appointment packets due",
        'credentialing@stcatherinesmc.org',
        'medstaff@stcatherinesmc.org',
        text="""The following practitioners are due for reappointment by 9/30. Packets were mailed 6/1:
  Aaron Nyquist, MD (Orthopedic Surgery)
  Folasade Oyelowo, MD (General Surgery)
  Renata Brandt, DO (Anesthesiology)
  Kevin Lo, CRNA
  Miriam Haddad, PA-C

Required: current DEA, state license, board cert, CME attestation, OPPE review, malpractice COI. Late packets result in automatic relinquishment of privileges.

Medical Staff Services"""))

    add('clean', K, '', build(
        "Budget FY25 - FTE requests",
        'cfo@northpointmedical.org',
        'department.directors@northpointmedical.org',
        text="""Directors,

FY25 FTE requests are due 7/12. Current staffing model assumptions:
 - Inpatient nursing HPPD target 9.2 (med/surg), 14.5 (ICU)
 - Agency spend capped at 4% of nursing labor
 - 2.5% merit pool
 - Payer mix: 42% Medicare, 21% Medicaid, 33% commercial, 4% self-pay

Template in the Finance SharePoint. Karen Whitlow, CFO"""))

    add('clean', K, '', build(
        "Telehealth platform contract - pricing summary",
        'it.procurement@sunrisebhs.org',
        'leadership@sunrisebhs.org',
        text="""Three bids for the telehealth renewal (annual, 140 clinician licenses):

Doxy.me Clinic   $49,560   BAA yes, no EHR integration
Zoom for Hlthcare $62,300   BAA yes, scheduling integration extra $8k
Klara + video    $71,900   BAA yes, includes SMS reminders

Recommendation: Doxy for BH, revisit integration next year. All vendors signed BAAs; security questionnaires on file."""))

    add('clean', K, '', build(
        "Medicare cost report deadline",
        formataddr(('Reimbursement Consulting Group', 'team@rcgadvisors.example.com')),
        'finance@valleyregionalhealth.example.org',
        text="""Reminder: FYE 12/31/2023 cost report (CMS-2552-10) due to Novitas 5/31 + extension through 6/30 granted.

Open items from your team:
 1. S-10 uncompensated care detail (charity care write-offs, totals only)
 2. W/S S-3 hours by cost center
 3. Bad debt listing - we need the Medicare bad debt log by account number, no clinical detail

Let's talk Tuesday. Phil Arnot, CPA"""))

    add('clean', K, '', build(
        "HVAC work - OR suite 3/4 weekend",
        'engineering@stcatherinesmc.org',
        'periop-all@stcatherinesmc.org, infection.prevention@stcatherinesmc.org',
        text="""Plant Ops will be replacing the air handler dampers for OR 3 and 4 this weekend (Sat 6am - Sun 6pm). ICRA Class IV precautions; barriers and negative air in place. Infection Prevention (Laura Diaz, RN, CIC) will sign off on particle counts before rooms return to service Monday.

Rooms 3/4 unavailable - Periop has already moved Saturday add-ons to OR 1.

Tom Brandt, Director of Facilities Engineering"""))


# ================================================================ main
def all_text(m):
    """Decoded bodies first (so the resolver prefers body text), headers last."""
    out, heads = [], [str(v) for v in m.values()]
    for part in m.walk():
        if part.is_multipart():
            continue
        if part.get_content_type() == 'message/rfc822':
            continue
        heads.extend(str(v) for v in part.values())
        c = part.get_content()
        if isinstance(c, bytes):
            c = c.decode('utf-8', 'replace')
        elif not isinstance(c, str):
            c = all_text(c)
        out.append(c)
    return '\n'.join(out + heads)


def resolve_name(pname, msg):
    """Return the patient name exactly as it is written in the message (case may differ from the template)."""
    text = all_text(msg)
    if pname in text:
        return pname
    i = text.lower().find(pname.lower())
    if i < 0:
        raise SystemExit(f"patient name {pname!r} not found in message {msg['Subject']!r}")
    return text[i:i + len(pname)]



def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default='.', help='output directory (default: current directory)')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    for fn in (phi_care, phi_names, phi_self, phi_ids, phi_lists, phi_struct, phi_lang, phi_mixed,
               clean_staff, clean_lookalike, clean_news, clean_training, clean_admin):
        fn()

    counters = {}
    resolved = []
    for label, kind, pname, msg in OUT:
        if pname:
            pname = resolve_name(pname, msg)
        resolved.append((label, kind, pname, msg))
    OUT[:] = resolved
    rows = [('file', 'label', 'kind', 'patient_name')]
    for label, kind, pname, msg in OUT:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        name = f"{label}-{kind}-{counters[key]:03d}.eml"
        data = msg.as_bytes(policy=msg.policy.clone(linesep='\r\n'))
        with open(os.path.join(args.out, name), 'wb') as f:
            f.write(data)
        rows.append((name, label, kind, pname))
    with open(os.path.join(args.out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerows(rows)
    for (label, kind), n in sorted(counters.items()):
        print(f"{label}-{kind}: {n}")
    print(f"total: {len(OUT)}")


if __name__ == '__main__':
    main()
