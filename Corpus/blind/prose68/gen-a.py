#!/usr/bin/env python3
"""Blind evaluation mail set: SNF / assisted living setting. SEED=6801.
Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, random, zipfile, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 6801
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

_counters = {}
_rows = []
_n = [0]


def D(y, mo, d, h, mi, s=0):
    # US Eastern, DST 2024-03-10 .. 2024-11-03
    off = -4 if (mo, d) >= (3, 10) and (mo, d) < (11, 3) else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 18, 6, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def xlsx(rows, sheet='Sheet1'):
    """Minimal XLSX (inline strings) -- deterministic."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        sx.append('<row r="%d">' % ri)
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                sx.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                sx.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xesc(v)))
        sx.append('</row>')
    sx.append('</sheetData></worksheet>')
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', ''.join(sx)),
    ]
    return zbytes(files)


def csvtext(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


import textwrap


def _wrap(body, width=74):
    out = []
    for line in body.split('\n'):
        if (len(line) > width and not line.startswith('>') and '|' not in line
                and '~' not in line and '\t' not in line and '  ' not in line.strip()):
            lead = line[:len(line) - len(line.lstrip())]
            out.extend(textwrap.wrap(line, width=width, subsequent_indent=lead,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return '\n'.join(out)


def mk(label, kind, patient, frm, to, subject, date, body, html=None, atts=(),
       cc=None, cte=None, extra=(), domain=None):
    # many mail clients hard-wrap plain text; do so for about 60% of messages
    if cte is None and random.random() < 0.6:
        body = _wrap(body)
    key = (label, kind)
    _counters[key] = _counters.get(key, 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, _counters[key])
    _n[0] += 1
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    dom = domain or frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), _n[0], kind, dom)
    for k, v in extra:
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fname, mt, st, data = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (_n[0], j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    _rows.append((fn, label, kind, patient if label == 'phi' else ''))
    return fn


DISC_WC = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
           "intended recipient(s) and may contain confidential and privileged information. If you "
           "are not the intended recipient, please contact the sender and destroy all copies.")
DISC_SB = ("This message may contain information that is privileged, confidential, or protected "
           "health information. St. Brendan Regional Medical Center. Unauthorized review, use or "
           "disclosure is prohibited.")

# =====================================================================
# PHI / care
# =====================================================================
mk('phi', 'care', 'Wexley',
   'Maureen Kilbride <mkilbride@stbrendanrmc.org>',
   'Admissions <admissions@willowcreekhr.org>',
   'Referral - Wexley, 4W bed 12 - ready tomorrow',
   D(2024, 3, 11, 14, 22),
   """Hi Jodi,

Sending over a referral for Harold Wexley, 81 y/o gentleman who came in through our ED on 3/7 after a fall at home. He went to the OR 3/8 for an ORIF of the right hip, post-op course has been pretty uneventful. He was admitted inpatient on the 7th so he'll have his 3 midnights, no issue there.

Quick summary:
- WBAT RLE per ortho, posterior hip precautions x 6 wks
- PT is getting him 40 ft with a rolling walker, min assist transfers
- Foley out 3/10, voiding ok
- Eliquis 2.5 BID for DVT ppx x 35 days, then stop
- staples out at the 14 day follow up with Dr. Haverford's office (they'll call him)
- diet regular, a little confused at night, daughter says that's new

Daughter (Paula) prefers Willow Creek since it's 10 min from her house. Can you let me know by end of day whether you can accept? We'd like to get him out tomorrow before noon if possible. H&P, op note and PT notes are in the portal.

Thanks!
Maureen

Maureen Kilbride, RN, CCM
Case Management, 4 West
St. Brendan Regional Medical Center
p 607-555-0148 | f 607-555-0190

""" + DISC_SB)

mk('phi', 'care', 'Pruitt',
   'Tamika Rowe <trowe@willowcreekhr.org>',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'wound rounds thurs',
   D(2024, 3, 14, 16, 5),
   """Patrice - quick rundown from rounds today, full notes are in the chart.

Dorothy Pruitt 214B - sacrum measured 3.2 x 2.1 x 0.4 cm today, was 2.8 x 1.9 last week so going the wrong way. about 30% yellow slough in the base, small amt serous drainage, no odor. I stopped the hydrocolloid and started calcium alginate + bordered foam, change daily and prn. She's been spending a lot of time sitting up in the recliner in the dayroom which I think is part of it -- asked the aides to get her back to bed after lunch and keep her on the q2h turning schedule. Also put in a dietary consult, her albumin was 2.9 on the last draw and she's only eating 25-50%.

I'd like the low air loss mattress for her if we have one free. Will recheck Tues.

Tamika

Tamika Rowe, RN, WCC
Wound Care Nurse
Willow Creek Health & Rehabilitation
""")

mk('phi', 'care', 'Lindqvist',
   'Miguel Arce <marce@promotionrehab.com>',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   'RE: ARD for Lindqvist',
   D(2024, 3, 20, 10, 47),
   """Lorraine,

Yes, he's been on caseload the whole lookback. Gerald got PT 5x/wk and OT 5x/wk, ST did the one swallow screen on 3/13 and discharged him, no further ST. Totals for the 7 days ending 3/19:

PT individual 310 min, concurrent 0, group 45
OT individual 265 min, group 30

He's walking 150 ft with the 4WW now, stairs x4 with rail and CGA. OT working on LB dressing, he still needs the reacher and sock aid. Goal is home with his wife around day 20-22 so we're probably looking at a planned d/c around 3/29. Medicare day 14 today if I'm counting right.

I can have GG discharge scores to you by Thursday.

Miguel

Miguel Arce, PT, DPT
Director of Rehabilitation
ProMotion Rehab Partners @ Willow Creek
marce@promotionrehab.com | 607-555-0133 x214

-----Original Message-----
From: Lorraine Szabo <lszabo@willowcreekhr.org>
Sent: Wednesday, March 20, 2024 8:12 AM
To: Miguel Arce <marce@promotionrehab.com>
Subject: ARD for Lindqvist

Miguel - setting the ARD for Gerald Lindqvist (rm 122) to 3/19, can you confirm therapy minutes for the lookback?

L. Szabo RN, RAC-CT
MDS Coordinator
""")

mk('phi', 'care', 'Tamburro',
   'Kyle Brandt <kbrandt@willowcreekhr.org>',
   'karen.tamburro.hale@gmail.com',
   'Update on your mom',
   D(2024, 3, 16, 7, 58),
   """Hi Karen,

I tried calling your cell twice this morning and left a voicemail, so I'm following up by email like you asked at the care conference.

Your mother had a fall last night at about 2:15 am. The aide found her sitting on the floor beside her bed - Louise told her she was trying to get to the bathroom by herself. She didn't hit her head per her report and there was no bruising or swelling that we could see. The nurse did neuro checks every 15 min and then hourly, all normal, and her vitals were stable. She did say her left hip was sore, so Dr. Osei ordered a portable x-ray which came back this morning without a fracture.

Going forward we've lowered the bed, put a floor mat on the left side and she's on the toileting schedule every 2 hours overnight. Therapy will screen her Monday.

Please call me at the nurses station 607-555-0121 when you get a chance, I'm here until 3.

Kyle Brandt, RN
Assistant Director of Nursing
Willow Creek Health & Rehabilitation
""", cte='quoted-printable')

mk('phi', 'care', 'Feeney',
   'Naveen Kulkarni <nkulkarni@keystoneltcrx.com>',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'MRR March - recommendations requiring prescriber response (1 of 3)',
   D(2024, 3, 22, 17, 31),
   """Good evening Patrice,

Monthly medication regimen review completed 3/21-3/22. 41 residents reviewed, 6 with recommendations. Two require the attending's response within 7 days; the first is below and the rest are on the forms I left at the 1st floor station.

Resident: Feeney, Walter   Rm 108   Attending: K. Osei MD

1. Quetiapine 25 mg PO qHS, started in hospital 11/2023 for "agitation". Behavior monitoring shows 0-1 episodes/week for the last 3 months. Recommend gradual dose reduction to 12.5 mg qHS with continued monitoring, or document clinical rationale for continuing.

2. Last A1c 8.9 (2/27). Currently on metformin 500 BID only. Fingersticks AC breakfast running 180-240. Recommend prescriber evaluate adding a basal insulin or a DPP-4 inhibitor; note eGFR 52 so metformin dose should not go above 1000 mg/day.

3. Omeprazole 40 mg daily >1 year with no documented indication on the current order. Consider taper to 20 mg then discontinue.

Please let me know if you want me to call Dr. Osei directly.

Naveen Kulkarni, PharmD, BCGP
Consultant Pharmacist
Keystone LTC Pharmacy
c 570-555-0172
""")

mk('phi', 'care', 'Carvalho',
   'Night Supervisor <nightsup@willowcreekhr.org>',
   'ED Charge <edcharge@stbrendanrmc.org>',
   'transfer to ED tonight - Ines Carvalho',
   D(2024, 3, 25, 23, 48),
   """ED charge nurse,

Sending Mrs. Ines Carvalho (84) to you by ambulance, ETA about 20 min. Transfer packet going with the crew, this is so you have it ahead of time.

Since about 9pm: temp 101.2, HR 112, BP 98/60, RR 24, O2 sat 86% on 2L NC, we bumped to 4L and she's 90%. Coarse crackles right base. She's been coughing after meals the past few days (SLP had her on mechanical soft/nectar thick). Labs drawn this am: WBC 14.2, BUN 38, creat 1.6 (baseline 1.1). Gave acetaminophen 650 at 2200.

Full code. Son Rui is the HCP and is meeting her there, his number is in the packet.

Report can be called back to 607-555-0125.

Denise K., RN
Night Supervisor
Willow Creek Health & Rehabilitation
""")

mk('phi', 'care', 'Bramwell',
   'Sunita Rao <srao@willowcreekcommons.com>',
   'AL Med Techs <almedtechs@willowcreekcommons.com>',
   'mr bramwell',
   D(2024, 4, 2, 20, 37),
   """fyi - Mr. Bramwell in 3C refused his 8pm meds again tonight (3rd time this week). he says the new pill "makes him foggy". that's the donepezil they started on the 21st. also weighed him at lunch and he's down 4 lbs since last tuesday.

please keep offering, document every refusal and let me know. I'm calling Dr Osei's office in the morning and his son Peter.

Sunita
Sunita Rao, LPN | Wellness Director
Willow Creek Commons Assisted Living
""")

mk('phi', 'care', 'Gallagher',
   'Heather Lindgren <hlindgren@willowcreekhr.org>',
   'IDT <idt@willowcreekhr.org>',
   'Fw: Ruth Gallagher - discharge 4/2',
   D(2024, 3, 29, 11, 16),
   """Team - see below, Ruth's last covered day is 4/2. NOMNC was delivered to her son Dennis yesterday and he signed, they are not appealing.

d/c plan:
- home with Lakeview Home Health (PT/OT/RN), SOC 4/3
- walker + shower chair delivered to the house Wed
- Meals on Wheels starting 4/3, I gave them the low sodium request
- pharmacy: please have the d/c med list reconciled by Monday so nursing can teach. her furosemide went to 40 daily last week, make sure that's on it
- f/u with her PCP Dr. Anand within 7 days, I'll schedule

Heather

Heather Lindgren, LSW
Social Services Director
Willow Creek Health & Rehabilitation

________________________________
From: Dennis Gallagher <dgallagher1961@outlook.com>
Sent: Thursday, March 28, 2024 6:40 PM
To: Heather Lindgren
Subject: Re: Mom

Heather, thanks for going over everything today. We're fine with Tuesday. I'll pick her up around 11. Is someone going to show me how to do the compression wraps on her legs before she leaves?

Dennis
""")
# =====================================================================
# PHI / names
# =====================================================================
mk('phi', 'names', 'Nguyễn',
   'Jodi Pascarella <jpascarella@willowcreekhr.org>',
   'Housekeeping Lead <hskp@willowcreekhr.org>',
   'Nguyễn Thị Hoa - readmit tomorrow',
   D(2024, 3, 12, 15, 3),
   """Hi Marcy, she's coming back to us from St Brendan tomorrow around 1pm after the feeding tube replacement. Can you make sure 112A gets a full turnover tonight or first thing? Family is bringing her own quilt back.

Thx
Jodi
""")

mk('phi', 'names', 'Adeyemi-Okafor',
   'Chinwe Eze <ceze@willowcreekhr.org>',
   'Unit 2 Nurses <unit2rn@willowcreekhr.org>',
   'sliding scale change',
   D(2024, 3, 18, 13, 40),
   """Hi all,

Mr. Adeyemi-Okafor's sliding scale was changed by the NP this morning - new order is in, old one was d/c'd. He's now getting lispro per the new scale AC + HS and the Lantus went from 18 to 22 units at bedtime. Please double check the MAR before you give anything tonight, the pharmacy may not have updated the printed copy yet.

Also his wife asked that we call her (not the daughter) for any changes going forward.

Chinwe Eze, RN
Unit Manager, 2nd floor
""")

mk('phi', 'names', 'van der Berg',
   'Ashley Moreau <amoreau@promotionrehab.com>',
   'Miguel Arce <marce@promotionrehab.com>',
   'Van der Berg, Cornelis - PT eval done',
   D(2024, 3, 13, 12, 9),
   """eval done. he's pretty deconditioned after the 9 days in the ICU, sit to stand with mod A x2, tolerated 10 ft with RW and chair follow, O2 dropped to 88% on RA with gait so kept him on 2L. Wife says he walked a mile every day before this. Recommending PT 5x/wk 6 wks, can you add him to my schedule? OT eval is tomorrow am.

-Ash

Ashley Moreau, PTA
""")

mk('phi', 'names', 'Bea',
   'Tonya Greer <tgreer@willowcreekhr.org>',
   'Kyle Brandt <kbrandt@willowcreekhr.org>',
   'last night 2nd floor',
   D(2024, 3, 21, 6, 52),
   """Kyle,

Bea in 204 had a really rough night. Up from 11pm calling for Walter (her husband, he passed in Dec) and trying to leave the unit, tried redirecting, warm milk, music, sat with her for a while. Nothing worked, so gave the prn lorazepam 0.5 at 0300 and she slept from about 0330. Charted everything. Day shift should keep an eye on her gait when she gets up, she's usually unsteady after the prn.

Other than that quiet.

Tonya, LPN
""")

mk('phi', 'names', 'Venkataraman',
   'Grace Whitfield <gwhitfield@willowcreekhr.org>',
   'Kitchen Supervisor <dietary@willowcreekhr.org>',
   'diet change - Mrs. Lakshmi Venkataraman',
   D(2024, 3, 19, 9, 25),
   """Hi Tom,

After her swallow study yesterday ST has downgraded Mrs. Lakshmi Venkataraman (room 131) to pureed with mildly thick liquids. Please update her tray ticket for lunch. She is strict vegetarian - no eggs either - and her family asked that we avoid onion and garlic when we can. Her son will bring in some of her own foods this weekend; those need to be pureed too, or left in the fridge for nursing.

I'll be up to see her at lunch.

Grace Whitfield, MS, RDN, LD
Registered Dietitian
""")

mk('phi', 'names', 'Al-Zahrani',
   'Heather Lindgren <hlindgren@willowcreekhr.org>',
   'IDT <idt@willowcreekhr.org>',
   'Family meeting Tues 2pm - Al-Zahrani',
   D(2024, 3, 22, 10, 12),
   """Hi everyone,

Care conference for Mr. Abdulrahman Al-Zahrani is set for Tuesday 3/26 at 2:00 in the small conference room. His daughter Noura and son Faisal will attend in person; his wife will join by phone from Jeddah. I've booked an Arabic interpreter through LanguageLine for the wife.

Main topics: his weight loss (down 9 lbs since admission), whether he goes home with 24 hr help vs. long term placement, and the family's questions about his kidney appointments. Please have your sections updated by Monday.

Heather
""")

mk('phi', 'names', 'Wiśniewska',
   'Front Desk <frontdesk@willowcreekhr.org>',
   'Dr. Leonard Fisch <lfisch@footcareassoc.com>',
   'Podiatry list for Friday',
   D(2024, 3, 26, 11, 34),
   """Dr. Fisch,

Confirming your visit Friday 3/29 9am. Added one more since the list went out:

Pani Zofia Wiśniewska, rm 216 - daughter requested nail care, says the big toenail on the right foot is thick and painful, also a callus on the heel the nurses are watching. Consent signed and in the chart.

Please check in at the front desk when you arrive.

Thank you,
Rosalind
Reception, Willow Creek Health & Rehabilitation
""")

mk('phi', 'names', "O'Sullivan",
   'Kim Tran <ktran@willowcreekhr.org>',
   'Evening CNAs <eveningcna@willowcreekhr.org>',
   'pls read',
   D(2024, 3, 27, 14, 58),
   """pls tell 2nd shift mrs o'sullivan needs her compression stockings OFF at hs and back on before she gets up. night shift found them still on this am and her legs were all marked up. skin check after.

ty
kim
""")
# =====================================================================
# PHI / self
# =====================================================================
mk('phi', 'self', 'Tillman',
   'Marjorie Tillman <margetillman38@aol.com>',
   'Sunita Rao <srao@willowcreekcommons.com>',
   'my blood pressure pills',
   D(2024, 3, 15, 8, 11),
   """Dear Sunita,

This is Marjorie Tillman in apartment 2F. Ever since the doctor changed my lisinopril to the higher dose I have been dizzy in the mornings when I first stand up. Yesterday I had to sit back down on the bed twice. I did not fall. Could somebody take my pressure before breakfast this week and let Dr. Osei know? I don't want to stop it without asking.

Also I am almost out of my eye drops.

Thank you dear,
Marjorie
""")

mk('phi', 'self', 'Kowalczyk',
   'Ewa Kowalczyk-Marsh <ewa.marsh@yahoo.com>',
   'Admissions <admissions@willowcreekhr.org>',
   'Rehab bed for my father',
   D(2024, 3, 10, 19, 26),
   """Hello,

My father Stanislaw Kowalczyk, DOB 02/14/1939, is at St. Brendan right now after a bad pneumonia and the case manager says he needs short term rehab before he can go home. We would really like him to come to Willow Creek since my mother's friend was there and it's close. He has Medicare and a Medigap plan through AARP.

He walks with a cane normally but right now he can barely get to the chair. He is also on oxygen since Thursday. Do you have a bed this week? Who should I talk to?

I work until 5 but my cell is 607-555-0166.

Thank you,
Ewa Kowalczyk-Marsh
""")

mk('phi', 'self', 'Hatcher',
   'Dee Hatcher <deehatcher50@comcast.net>',
   'Medical Records <records@willowcreekhr.org>',
   'Request for my therapy records',
   D(2024, 4, 3, 13, 2),
   """To whom it may concern,

I was a patient at your facility for rehab from January 3 to January 28 of this year after my knee replacement (left knee). My insurance company denied part of the stay and I am filing an appeal and need copies of my physical therapy notes and the doctor's notes from that time.

Name: Delores Hatcher
Birthdate: 7/22/1950
Phone: (607) 555-0159

I can pick them up or you can mail them to me at home. Please tell me if there is a form I need to sign.

Thanks so much,
Dee
""")

mk('phi', 'self', 'Boateng',
   'Franklin Boateng <fboateng.home@gmail.com>',
   'Business Office <billing@willowcreekhr.org>',
   'Bill I received - question',
   D(2024, 4, 8, 10, 44),
   """Hello Mr Feld,

I received a statement for $4,046.00 for my stay in February. It says coinsurance days 21 through 34. I thought my supplemental plan paid that part. My Medicare card number is 7TG2-KP9-HN44 and the supplement is Mutual of Omaha, policy number on the card is 0081173520.

I was only there because of my shoulder surgery and the hospital said rehab would be covered. Could you check and call me back? I am home most days.

Frank Boateng
""", html="""<html><body><p>Hello Mr Feld,</p>
<p>I received a statement for $4,046.00 for my stay in February. It says coinsurance days 21 through 34. I thought my supplemental plan paid that part. My Medicare card number is 7TG2-KP9-HN44 and the supplement is Mutual of Omaha, policy number on the card is 0081173520.</p>
<p>I was only there because of my shoulder surgery and the hospital said rehab would be covered. Could you check and call me back? I am home most days.</p>
<p>Frank Boateng</p></body></html>""")

mk('phi', 'self', 'Pettibone',
   'ron pettibone <ronpettibone@icloud.com>',
   'Nurses Station 1 <station1@willowcreekhr.org>',
   'inhaler',
   D(2024, 3, 23, 21, 17),
   """hi its ron pettibone rm 118. can somebody bring my inhaler i ran out this afternoon and the girl said pharmacy didnt send it. also my left leg is swelling up again like before, its tight.

sent from my ipad
""")

mk('phi', 'self', 'Marchetti',
   'Carol Marchetti <carolmarchetti@verizon.net>',
   'Sunita Rao <srao@willowcreekcommons.com>',
   'Re: Gene - evening routine',
   D(2024, 4, 4, 9, 3),
   """Sunita,

Thank you for the call. I know you are all doing your best. Gene has always been a night owl and when he gets anxious in the evenings it helps if somebody just walks with him. The new pill the doctor started (the sertraline) I don't see any difference yet, they said 4 weeks. I'm his wife and his POA so please keep calling me, not his brother.

I'll come Sunday for lunch and bring his shaver.

Carol

On Wed, Apr 3, 2024 at 4:48 PM Sunita Rao <srao@willowcreekcommons.com> wrote:
> Hi Mrs. Marchetti,
>
> Just following up on our call. Eugene had two more evenings this week where he
> was wandering into other residents' apartments around 7-8pm. No one was hurt.
> The memory care team is trying a walking program after dinner and we'll watch
> how he does with the new medication. Dr. Osei will see him Friday.
>
> Sunita Rao, LPN
> Wellness Director, Willow Creek Commons
""")

mk('phi', 'self', 'Ferris-Beaumont',
   'Yolanda Ferris-Beaumont <yferrisb@gmail.com>',
   'Brian Osterhout <bosterhout@stbrendanrmc.org>',
   'nursing home??',
   D(2024, 3, 14, 7, 5),
   """Mr. Osterhout,

My name is Yolanda Ferris-Beaumont and I am in room 5112. The therapist told me yesterday I have to go to a nursing home after this and nobody asked me. I am 67 years old, I am not going to a nursing home. I understand my right side is weak since the surgery on my head but my sister can stay with me.

If it has to be somewhere I want to see it first. Someone said Willow Creek or Maple Terrace. Can they do the therapy every day? How long would it be?

Please come see me this morning, I am not signing anything until we talk.

Yolanda
""", cc='Admissions <admissions@willowcreekhr.org>')
# =====================================================================
# PHI / ids
# =====================================================================
mk('phi', 'ids', 'Ochoa',
   'Maureen Kilbride <mkilbride@stbrendanrmc.org>',
   'Jodi Pascarella <jpascarella@willowcreekhr.org>',
   'RE: face sheet info',
   D(2024, 3, 18, 9, 14),
   """Jodi - here you go, sorry the fax didn't come through.

Pt: OCHOA, REYNALDO J
DOB 3.4.38
MRN SB00482917
Admit 3/13/24 inpt
MBI 4QK7-WN2-RT81
Secondary: Empire Plan, ID 883104772
Attending Dr. R. Patel (hospitalist), PCP Dr. Marisol Fuentes
Code status: DNR/DNI, MOLST on chart

IV abx finishes 3/19 (cefazolin), PICC will be pulled before d/c. He'll need wound vac for the left foot, KCI is arranging delivery to your facility.

Maureen

""" + DISC_SB)

mk('phi', 'ids', 'Treadway',
   'Pharmacy Billing <rxbilling@keystoneltcrx.com>',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Part D reject - acct 7730019245',
   D(2024, 3, 21, 15, 50),
   """Ray,

The Part D plan rejected the Entresto fill for Treadway, Hollis (19410917) - reject 75, prior auth required. We dispensed a 7 day emergency supply under the facility so he doesn't miss doses, which will bill to your account 7730019245 unless the PA goes through.

Can nursing get Dr. Osei to fill out the PA form? Plan fax is 1-888-555-0107. We need it back by 3/28.

Thanks,
Lena Kowal
Billing Specialist, Keystone LTC Pharmacy
570-555-0180 opt 3
""")

mk('phi', 'ids', 'Lamontagne',
   'Scheduling <scheduling@northvalleycardiology.com>',
   'Transport <transport@willowcreekhr.org>',
   'Appointment confirmation',
   D(2024, 3, 27, 13, 27),
   """This is a reminder of the following appointment:

Patient: Beatrice Lamontagne
Born: 4 Mar 1936
Address on file: 1120 Orchard Hill Rd, Apt 3, Millbrook NY 13803
Phone on file: (607) 555-0102
Provider: Anil Sharma, MD
Date/Time: Thursday April 4, 2024 at 10:40 AM
Visit: Pacemaker interrogation + follow up
Location: North Valley Cardiology, 400 Commerce Pkwy Suite 210

Please arrive 15 minutes early and bring a current medication list. If the patient resides in a facility, please send the MAR and most recent labs with the escort.

To cancel or reschedule call 607-555-0199.

--- 
Note from Willow Creek transport: address above is old, she's been with us in 227 since January - Rosalind, can you call them and update?
""")

mk('phi', 'ids', 'Pham',
   'Tri-County Lab Client Services <results@tricountylab.net>',
   'Unit 1 <unit1rn@willowcreekhr.org>',
   'CRITICAL VALUE CALLBACK - Acc L24-0318-06621',
   D(2024, 3, 18, 11, 3),
   """CRITICAL VALUE NOTIFICATION - please confirm receipt by reply.

Facility: Willow Creek Health & Rehab (acct 40112)
Patient: PHAM, VAN DUC
Accession: L24-0318-06621
Collected: 03/18/2024 06:15

POTASSIUM    6.4 mmol/L  (3.5-5.1)  **CRIT**
CREATININE   2.3 mg/dL   (0.7-1.3)  H
BUN          51 mg/dL    (7-20)     H

Specimen not hemolyzed. Called to facility 10:58, spoke with ______. Read-back required.

Tri-County Laboratory Services
""")

mk('phi', 'ids', 'Reinholt',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'UM Dept <snf-auth@beaconsenioradv.com>',
   'Continued stay auth request - member BSA448210937-01',
   D(2024, 3, 28, 9, 0),
   """Good morning,

Requesting continued SNF authorization for the following member. Current auth (#A-2403-55817) ends 3/30.

Member: Tobias Reinholt
Member ID: BSA448210937-01
Admit date: 3/11/2024
Requested: 10 additional days

Clinical update from therapy and nursing attached in the portal. In short: he is still max assist for bed mobility, gait 25 ft with RW + mod A, and still needs IV antibiotics through 4/5 via PICC. Wife is 82 and cannot provide hands-on help at home.

Please call me with any questions, 607-555-0130.

Ray Feld
Business Office Manager
Willow Creek Health & Rehabilitation
""", html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Requesting continued SNF authorization for the following member. Current auth (#A-2403-55817) ends 3/30.</p>
<table border="0">
<tr><td>Member:</td><td>Tobias Reinholt</td></tr>
<tr><td>Member ID:</td><td>BSA448210937-01</td></tr>
<tr><td>Admit date:</td><td>3/11/2024</td></tr>
<tr><td>Requested:</td><td>10 additional days</td></tr>
</table>
<p>Clinical update from therapy and nursing attached in the portal. In short: he is still max assist for bed mobility, gait 25 ft with RW + mod A, and still needs IV antibiotics through 4/5 via PICC. Wife is 82 and cannot provide hands-on help at home.</p>
<p>Please call me with any questions, 607-555-0130.</p>
<p>Ray Feld<br>Business Office Manager<br>Willow Creek Health &amp; Rehabilitation</p>
</div>""")

mk('phi', 'ids', 'Kellerman',
   'Radiology Reading <reads@mobileimagingpartners.com>',
   'Nurses Station 2 <station2@willowcreekhr.org>',
   're: 00318844 / 11-02-1944',
   D(2024, 3, 30, 16, 20),
   """Kellerman - L wrist 3 views, portable, 3/30

Findings: nondisplaced fracture of the distal radius with dorsal angulation <10 deg. No ulnar styloid involvement. Diffuse osteopenia. Soft tissue swelling.

Recommend splint and ortho follow up. Prelim called to RN at 16:12.

Mobile Imaging Partners - reading desk
""")

mk('phi', 'ids', 'Duchesne',
   'Simone Duchesne-Ward <simoneward@hotmail.com>',
   'Jodi Pascarella <jpascarella@willowcreekhr.org>',
   'Mom paperwork',
   D(2024, 4, 1, 21, 45),
   """Hi Jodi,

Filling out the admission packet for mom tonight, a few things you asked for:

Agnes M. Duchesne
chart # you gave me: WC-10773
SSN ends in 4471 (full one is on the Medicare card copy I dropped off)
home address 48 Linden Ct, Owego NY 13827 - we're keeping the house for now
her pharmacy before was Kinney on Main St

She takes the warfarin at 5pm, she was very particular about that at home. And she's allergic to sulfa, it's on the form but I want to make sure.

Simone
(607) 555-0177
""")
# =====================================================================
# PHI / lists
# =====================================================================
mk('phi', 'lists', 'Whitcombe',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'Stand-up <standup@willowcreekhr.org>',
   'stand up 3/19 - clinical items',
   D(2024, 3, 19, 8, 2),
   "Morning all, clinical items for stand up:\n\n"
   "Rm\tResident\tItem\n"
   "103A\tWhitcombe, Eleanor\tnew admit last pm from St B - CHF, daily wts, 2g Na\n"
   "109\tSantiago, Rafael\tPICC pulled 3/18, last dose vanco done\n"
   "115B\tJean-Baptiste, Marie\tneeds weekly skin, poor intake x3 days\n"
   "122\tLindqvist, Gerald\tplanned d/c 3/29, family training Tues\n"
   "131\tVenkataraman, Lakshmi\tdiet downgrade to puree/MTL\n"
   "204\tKrol, Beatrice\tprn lorazepam x1 overnight - behavior\n"
   "214B\tPruitt, Dorothy\twound worsening, LAL mattress ordered\n"
   "\nFalls last 24h: 0. Hospital transfers: 0. Call-outs: 1 CNA days.\n\nP.\n")

mk('phi', 'lists', 'Haddad',
   'Tonya Greer <tgreer@willowcreekhr.org>',
   'Day Charge 2nd Fl <daycharge2@willowcreekhr.org>',
   'night to day sign out 2nd floor',
   D(2024, 3, 24, 6, 40),
   """Sign out 3/23-3/24 nights

* 201 Haddad, Samir - temp 100.4 at 0200, tylenol given, recheck 99.1. UA sent, pending. on watch
* 206 Mbeki-Foster, Joan - refused 2200 meds, took them at 2330 w/ applesauce
* 208 Esposito - BS 58 at 0500, juice + crackers, recheck 112. hold AM glipizide? left msg for NP
* 211 Larkin, Harold - trach care done, suctioned x2 small thick white, O2 28% ATC
* 219 Szymanski - new skin tear L forearm 2cm, steri-strips, incident report done
* 221 Oyelaran, Folake - family called at midnight wanting update re her CT results, told them MD will call

nothing else, quiet. census 38/40 on the floor.

T. Greer LPN
""")

mk('phi', 'lists', 'Abernathy',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Medicare A day counts wk of 3/25',
   D(2024, 3, 25, 7, 35),
   """Ray, Medicare A census as of midnight 3/24. Please reconcile against the triple check before Thursday.

| Resident             | Rm   | Admit    | Qual stay (hosp)      | Day # | Next MDS      | Notes               |
|----------------------|------|----------|-----------------------|-------|---------------|---------------------|
| Abernathy, Claude    | 105  | 02/29/24 | St Brendan 2/25-2/29  |  25   | -             | coins started d21   |
| Lindqvist, Gerald    | 122  | 03/06/24 | St Brendan 3/1-3/6    |  19   | d/c 3/29      |                     |
| Reinholt, Tobias     | 110B | 03/11/24 | Mercy Gen 3/5-3/11    |  MA   | -             | Beacon MA - auth    |
| Whitcombe, Eleanor   | 103A | 03/18/24 | St Brendan 3/14-3/18  |   7   | 5-day ARD 3/22|                     |
| Wexley, Harold       | 119  | 03/12/24 | St Brendan 3/7-3/12   |  13   | -             | IPA? ortho f/u 3/22 |
| Kowalczyk, Stanislaw | 126  | 03/13/24 | St Brendan 3/8-3/13   |  12   | -             | O2 2L               |

Total Part A: 5   MA: 1

Lorraine Szabo, RN, RAC-CT
MDS Coordinator
""")

mk('phi', 'lists', 'Santiago',
   'Tamika Rowe <trowe@willowcreekhr.org>',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'weekly wound report 3/28',
   D(2024, 3, 28, 15, 15),
   """Weekly wound report, fixed width so it pastes into the QA binder.

NAME                 ROOM  SITE            TYPE         L x W x D (cm)   TREND    TX
-------------------- ----- --------------- ------------ ---------------- -------- ---------------------
SANTIAGO, RAFAEL     109   L heel          pressure     2.0 x 1.5 x 0.1  better   skin prep, offload boots
PRUITT, DOROTHY      214B  sacrum          pressure     3.0 x 2.0 x 0.4  same     Ca alginate + foam daily
OCHOA, REYNALDO      117   L foot plantar  surgical     4.1 x 2.2 x 0.8  better   NPWT 125 cont, M/W/F
SZYMANSKI, WALTER    219   L forearm       skin tear    2.0 x 0.3        new      steri-strips, nonadh
MBEKI-FOSTER, JOAN   206   R lat malleolus venous       1.1 x 0.9 x 0.1  better   zinc wrap weekly

In-house acquired this week: 1 (skin tear). No new pressure injuries.

Tamika Rowe, RN, WCC
""")

mk('phi', 'lists', 'Esposito',
   'Admissions <admissions@willowcreekhr.org>',
   'Maureen Kilbride <mkilbride@stbrendanrmc.org>',
   'pending referrals - bed status',
   D(2024, 4, 1, 12, 18),
   """Hi Maureen,

Attached is where we stand on your pending referrals. We have 2 female beds and 1 male bed opening this week. The two marked "need info" are waiting on the PT notes and a current TB screen.

Jodi Pascarella
Admissions Director
Willow Creek Health & Rehabilitation
607-555-0140
""", atts=[('StBrendan_pending_0401.csv', 'text', 'csv', csvtext([
    ['Last', 'First', 'DOB', 'Hosp MRN', 'Unit', 'Reason for SNF', 'Payer', 'Status'],
    ['Esposito', 'Carmela', '05/09/1937', 'SB00511208', '5N', 'PT/OT after TKA', 'Medicare A', 'accepted - bed 4/2'],
    ['Nwachukwu', 'Emmanuel', '11/30/1949', 'SB00498833', '4W', 'IV abx x 4 wks, PICC', 'Medicare A', 'need info'],
    ['Horvath', 'Ilona', '01/17/1942', 'SB00520075', 'ICU step', 'trach weaning', 'Medicaid pending', 'declined - clinical'],
    ['Bergstrom', 'Dale', '08/03/1951', 'SB00503361', '4W', 'CVA rehab, PEG', 'Beacon MA', 'need info'],
    ['Tran', 'Mai', '12/24/1945', 'SB00517742', '5N', 'hip fx ORIF', 'Medicare A', 'accepted - bed 4/3'],
]))])

mk('phi', 'lists', 'Krol',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'QAPI Committee <qapi@willowcreekhr.org>',
   'March falls log for QAPI',
   D(2024, 4, 2, 16, 45),
   """Attached is the March falls log for Thursday's QAPI meeting. 9 falls, 7 residents, 1 with major injury (wrist fx). Repeat fallers are Krol and Tamburro - please look at the interventions column before the meeting, I want to talk about whether the night toileting schedule is being followed.

Patrice Omondi, RN, DON
""", atts=[('Falls_Log_March2024.xlsx', 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
    ['Date', 'Time', 'Resident', 'Room', 'Location', 'Witnessed', 'Injury', 'Intervention'],
    ['03/02/2024', '05:40', 'Krol, Beatrice', '204', 'bathroom', 'N', 'none', 'toileting schedule'],
    ['03/09/2024', '14:10', 'Santiago, Rafael', '109', 'hallway', 'Y', 'abrasion R knee', 'PT screen, gait belt'],
    ['03/15/2024', '02:15', 'Tamburro, Louise', '212', 'bedside', 'N', 'none (xray neg L hip)', 'low bed, floor mat'],
    ['03/19/2024', '23:50', 'Krol, Beatrice', '204', 'hallway', 'N', 'none', 'prn review, 1:1 eves'],
    ['03/22/2024', '10:05', 'Larkin, Harold', '211', 'therapy gym', 'Y', 'none', 'none needed'],
    ['03/27/2024', '03:30', 'Tamburro, Louise', '212', 'bathroom', 'N', 'skin tear L elbow', 'bed alarm trial'],
    ['03/30/2024', '15:45', 'Kellerman, Ruth', '225', 'dining room', 'Y', 'L wrist fx', 'ortho, splint'],
    ['03/30/2024', '19:20', 'Dimaculangan, Corazon', '230', 'bedside', 'N', 'none', 'call light in reach'],
    ['03/31/2024', '06:55', 'Haddad, Samir', '201', 'bathroom', 'N', 'bump forehead', 'neuro checks neg'],
], sheet='March'))])

mk('phi', 'lists', 'Bergstrom',
   'Miguel Arce <marce@promotionrehab.com>',
   'Therapy Billing <billing@promotionrehab.com>',
   'WC minutes export 3/18-3/24',
   D(2024, 3, 25, 12, 2),
   """Hi Dawn,

Weekly minutes export from Willow Creek attached (zipped, the csv was too big for the old mail filter). 14 Part A, 3 MA, 9 Part B. Let me know if the Part B units don't match the MPPR report again.

Miguel
""", atts=[('WC_therapy_minutes_wk12.zip', 'application', 'zip', zbytes([
    ('WC_minutes_2024-03-18_2024-03-24.csv', csvtext([
        ['resident', 'dob', 'payer', 'discipline', 'mode', 'minutes', 'cpt', 'therapist'],
        ['BERGSTROM DALE', '1951-08-03', 'MA-Beacon', 'PT', 'ind', '280', '97110/97116', 'AMoreau'],
        ['BERGSTROM DALE', '1951-08-03', 'MA-Beacon', 'SLP', 'ind', '150', '92526', 'JLeon'],
        ['LINDQVIST GERALD', '1940-06-11', 'A', 'PT', 'ind', '300', '', 'MArce'],
        ['LINDQVIST GERALD', '1940-06-11', 'A', 'OT', 'grp', '30', '', 'SKaur'],
        ['VAN DER BERG CORNELIS', '1946-02-27', 'A', 'PT', 'ind', '240', '', 'AMoreau'],
        ['VAN DER BERG CORNELIS', '1946-02-27', 'A', 'OT', 'ind', '225', '', 'SKaur'],
        ['WEXLEY HAROLD', '1942-10-05', 'A', 'PT', 'ind', '285', '', 'MArce'],
        ['TILLMAN MARJORIE', '1938-12-01', 'B', 'PT', 'ind', '45', '97110', 'AMoreau'],
        ['FERRIS-BEAUMONT YOLANDA', '1956-09-19', 'A', 'OT', 'ind', '310', '', 'SKaur'],
    ])),
]))])

mk('phi', 'lists', 'Larkin',
   'Kyle Brandt <kbrandt@willowcreekhr.org>',
   'Unit Managers <unitmgrs@willowcreekhr.org>',
   'missed / late med pass report 3/30-3/31',
   D(2024, 4, 1, 9, 30),
   """From the eMAR exception report for the weekend. Please follow up with your nurses and document reasons by Wed.

Larkin, Harold ; 211 ; 03/30 0900 ; levetiracetam 500mg ; NOT GIVEN - no reason charted
Larkin, Harold ; 211 ; 03/30 2100 ; levetiracetam 500mg ; LATE 2245
Esposito, Carmela ; 208 ; 03/31 0800 ; enoxaparin 40mg SQ ; NOT GIVEN - "pt refused"
Oyelaran, Folake ; 221 ; 03/31 1700 ; vancomycin 125mg PO ; NOT GIVEN - "not available"
Haddad, Samir ; 201 ; 03/31 0600 ; levothyroxine 75mcg ; LATE 0815
Whitcombe, Eleanor ; 103A ; 03/30 1700 ; furosemide 40mg ; HELD - SBP 88 (appropriate)

The vanco is the one that worries me - Keystone says it was delivered Sat. Chinwe can you look in the med room fridge.

Kyle
""", cte='base64')
# =====================================================================
# PHI / struct
# =====================================================================
mk('phi', 'struct', 'Santiago',
   'Derek Lumley <dlumley@hsl-group.com>',
   'Interface Support <support@caretrackehr.com>',
   'A03 not filing to census - case 00231877',
   D(2024, 3, 19, 14, 8),
   """Hi,

Following up on case 00231877. The discharge below came across from our ADT feed yesterday but CareTrack never moved the resident off the census, he's still showing in 109 at Willow Creek. Raw message from the engine log:

MSH|^~\\&|PCCADT|WILLOWCRK|CARETRACK|HSLG|20240318154211||ADT^A03|WC2403181542110093|P|2.5.1
EVN|A03|20240318154000
PID|1||WC-10642^^^WILLOWCRK^MR~SB00471150^^^STBRENDAN^MR||SANTIAGO^RAFAEL^A||19440612|M|||77 CANAL ST^^OWEGO^NY^13827||6075550114|||||WC10642-0311
PV1|1|I|2N^109^A^WILLOWCRK||||1772839401^OSEI^KWAME|||SNF||||||||A|WC10642-0311|||||||||||||||||01|||||||||20240311093000|20240318154000
DG1|1||L89.623^PRESSURE ULCER OF LEFT HEEL, STAGE 3^I10

The PV1-36 is 01 (home), PV1-45 is populated. Is something wrong with our disposition mapping? Other A03s from yesterday worked fine.

Derek Lumley
Integration Analyst | Harborview Senior Living Group
""")

mk('phi', 'struct', 'Bergstrom',
   'Tri-County Lab Interfaces <interfaces@tricountylab.net>',
   'Derek Lumley <dlumley@hsl-group.com>',
   'RE: ORU test - OBX units question',
   D(2024, 3, 21, 10, 55),
   """Derek,

Attached is the actual result message that caused the parse error on your side (production, from 3/20). The OBX-6 units for the eGFR had a "/" that wasn't escaped on our end. We've pushed a fix; please reprocess this one once you've pulled it.

Regards,
Priya Sethi
Interface Analyst, Tri-County Laboratory Services
""", atts=[('ORU_L24-0320-01187.hl7', 'text', 'plain',
            "MSH|^~\\&|TCLIS|TRICOUNTY|PCCLAB|WILLOWCRK|20240320091533||ORU^R01|TC240320091533187|P|2.5.1\r\n"
            "PID|1||WC-10790^^^WILLOWCRK^MR||BERGSTROM^DALE^E||19510803|M|||9 RIDGE RD^^CANDOR^NY^13743\r\n"
            "PV1|1|I|1N^114^B^WILLOWCRK\r\n"
            "ORC|RE|WC4471|L24-0320-01187\r\n"
            "OBR|1|WC4471|L24-0320-01187|80048^BASIC METABOLIC PANEL^CPT|||20240320061000|||||||||1772839401^OSEI^KWAME\r\n"
            "OBX|1|NM|2951-2^SODIUM^LN||131|mmol/L|136-145|L|||F\r\n"
            "OBX|2|NM|2823-3^POTASSIUM^LN||5.3|mmol/L|3.5-5.1|H|||F\r\n"
            "OBX|3|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.7-1.3|H|||F\r\n"
            "OBX|4|NM|33914-3^EGFR^LN||36|mL/min/1.73m2|>60|L|||F\r\n"
            "OBX|5|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F\r\n")])

mk('phi', 'struct', 'Abernathy',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Clearinghouse Support <support@claimbridge.net>',
   'Rejected 837I - loop 2010BA',
   D(2024, 3, 26, 11, 20),
   """Hello,

Our February Part A claim for one resident keeps rejecting with "2010BA NM109 invalid". Pasting the segments from the file (batch WC0226-03) - the MBI looks right to me, it matches the card. Can you tell me what's wrong?

ST*837*0003*005010X223A2~
BHT*0019*00*WC0226-03*20240226*1403*CH~
NM1*85*2*WILLOW CREEK HEALTH AND REHABILITATION*****XX*1457382910~
N3*2200 STATE ROUTE 17C~
N4*OWEGO*NY*13827~
REF*EI*161234567~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*ABERNATHY*CLAUDE*R***MI*6RW3-JC8-PT52~
N3*31 FOREST HILL DR~
N4*APALACHIN*NY*13732~
DMG*D8*19361123*M~
CLM*WC10601-0229**$18442.50***21:A:1*Y*A*Y*Y~
DTP*434*RD8*20240229-20240229~
CL1*1*1*30~
HI*ABK:S72.001A~
HI*BE:80:::11~

Thanks,
Ray Feld
Business Office Manager, Willow Creek Health & Rehabilitation
607-555-0130
""")

mk('phi', 'struct', 'Horvath',
   'Business Office <billing@willowcreekhr.org>',
   'Jodi Pascarella <jpascarella@willowcreekhr.org>',
   'FW: 271 for the St Brendan referral',
   D(2024, 3, 29, 14, 33),
   """Jodi - eligibility came back on Mrs. Horvath. Medicaid is pending, Medicare A shows 12 SNF days already used this benefit period from her stay at Maple Terrace in January, so only 88 left and coins starts on day 9 with us. Raw response below in case you want it for the file.

ISA*00*          *00*          *ZZ*CMSHETS        *ZZ*WILLOWCRK      *240329*1425*^*00501*000118342*0*P*:~
GS*HB*CMSHETS*WILLOWCRK*20240329*1425*118342*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*WC-ELG-0329-04*20240329*1425~
HL*1**20*1~
NM1*PR*2*CMS*****PI*CMS~
HL*2*1*21*1~
NM1*1P*2*WILLOW CREEK HEALTH AND REHABILITATION*****XX*1457382910~
HL*3*2*22*0~
NM1*IL*1*HORVATH*ILONA****MI*2HC9-DE4-VW17~
N3*15 BIRCH LN~
N4*VESTAL*NY*13850~
DMG*D8*19420117*F~
EB*1**30^AG^43*MA~
EB*C**AG*MA*29**0*****~
EB*F*IND*AG*MA*26*7*12*DY~
EB*F*IND*AG*MA*29*7*88*DY~
MSG*SNF DAYS USED IN CURRENT BENEFIT PERIOD 12~
DTP*307*RD8*20240102-20240130~
SE*19*0001~

Ray
""")

mk('phi', 'struct', 'Oyelaran',
   'Derek Lumley <dlumley@hsl-group.com>',
   'Naveen Kulkarni <nkulkarni@keystoneltcrx.com>',
   'FHIR med feed - sample from prod for mapping review',
   D(2024, 4, 3, 15, 40),
   """Naveen,

Per our call, attached is one real bundle from the prod FHIR endpoint so you can see how the dosage text is coming through from CareTrack (the "as directed" problem). Please delete after review - it's a live resident.

Derek
""", atts=[('bundle_WC-10711.json', 'application', 'json', b"""{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "wc-10711",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "value": "WC-10711"}],
        "name": [{"family": "Oyelaran", "given": ["Folake", "Adunni"]}],
        "gender": "female",
        "birthDate": "1947-05-21",
        "address": [{"line": ["212 Vestal Pkwy E Apt 4"], "city": "Vestal", "state": "NY", "postalCode": "13850"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-884210",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1807510", "display": "vancomycin 125 MG Oral Capsule"}]},
        "subject": {"reference": "Patient/wc-10711"},
        "authoredOn": "2024-03-28",
        "dosageInstruction": [{"text": "as directed", "timing": {"repeat": {"frequency": 4, "period": 1, "periodUnit": "d"}}}]
      }
    }
  ]
}
""")])

mk('phi', 'struct', 'Whitcombe',
   'HIM Interfaces <him-interfaces@stbrendanrmc.org>',
   'Derek Lumley <dlumley@hsl-group.com>',
   'CCD transition of care doc - recordTarget question',
   D(2024, 3, 19, 9, 48),
   """Derek,

You asked why your import is dropping the phone number. Here's the top of the CCD we sent for the 3/18 discharge to Willow Creek - our telecom uses use="HP" and I think your parser only looks for "H".

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <recordTarget>
    <patientRole>
      <id extension="SB00466019" root="2.16.840.1.113883.3.5521.1"/>
      <addr use="HP"><streetAddressLine>604 Hooper Rd</streetAddressLine><city>Endwell</city><state>NY</state><postalCode>13760</postalCode></addr>
      <telecom use="HP" value="tel:+1-607-555-0138"/>
      <patient>
        <name><given>Eleanor</given><given>R</given><family>Whitcombe</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19400708"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section><code code="11535-2"/><title>Hospital Discharge Diagnosis</title>
    <text>Acute on chronic systolic heart failure; EF 25%</text></section>

Let me know if you need the whole file, I can send it through the secure portal.

Kavita Menon
HIM Interface Analyst, St. Brendan Regional Medical Center

""" + DISC_SB)

mk('phi', 'struct', 'Treadway',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Denise Harrower <dharrower@willowcreekhr.org>',
   '835 from Beacon - recoupment?',
   D(2024, 4, 5, 10, 5),
   """Denise,

This came in on the Beacon 835 today. They paid Mr. Treadway's March claim and then took back $2,310 on the same check with a CARC 50 (not medically necessary) for days 3/15-3/21. We never got a denial letter. I'm going to appeal but wanted you to see it first.

CLP*WC10688-0301*1*14220*4650*0*MA*2024077130418*21*1~
NM1*QC*1*TREADWAY*HOLLIS****MI*BSA301775260-01~
NM1*82*2*WILLOW CREEK HEALTH AND REHABILITATION*****XX*1457382910~
DTM*232*20240301~
DTM*233*20240321~
CAS*CO*50*2310~
CAS*CO*45*7260~
AMT*AU*6960~
SVC*NU:0022*14220*4650**21~

Ray
""", cte='quoted-printable')
# =====================================================================
# PHI / lang
# =====================================================================
mk('phi', 'lang', 'Quintero',
   'Lucía Quintero <lucia.quintero.r@gmail.com>',
   'Miguel Arce <marce@promotionrehab.com>',
   'terapia de mi mamá',
   D(2024, 3, 17, 18, 22),
   """Hola Miguel,

Le escribo por mi mamá, Rosa Elena Quintero, en el cuarto 210. Ayer cuando la visité me dijo que la terapia solo la hicieron una vez esta semana y que el martes la dejaron en la cama porque "no había terapeuta". Ella ya está caminando un poquito con la andadera pero todavía le duele mucho la rodilla derecha después de la operación. El doctor en el hospital dijo que tiene que hacer ejercicio todos los días para que no se ponga rígida.

¿Me puede decir cuántos días a la semana le toca? ¿Y le están dando algo para el dolor antes de la terapia? Ella no se queja con las enfermeras porque le da pena.

Gracias,
Lucía
""")

mk('phi', 'lang', 'Ferreira',
   'Ana Paula Ferreira <anapaulaferreira@hotmail.com>',
   'Kyle Brandt <kbrandt@willowcreekhr.org>',
   'Meu pai caiu de novo?',
   D(2024, 3, 31, 12, 9),
   """Bom dia,

A enfermeira ligou ontem à noite mas eu não entendi tudo. O meu pai, Sr. Joaquim Ferreira, do quarto 223, caiu de novo? Ela falou que ele bateu a cabeça e que fizeram "neuro checks". Ele toma Xarelto, o médico do hospital disse que se ele bater a cabeça tem que fazer tomografia. Fizeram?

Por favor me liguem no (607) 555-0186, de preferência alguém que fale português ou com intérprete.

Obrigada,
Ana Paula Ferreira (filha)
""")

mk('phi', 'lang', 'Trần',
   'Trần Quốc Bảo <tranquocbao72@yahoo.com>',
   'Nurses Station 1 <station1@willowcreekhr.org>',
   'Về thuốc của bố tôi - Trần Văn Minh phòng 107',
   D(2024, 3, 20, 20, 14),
   """Chào các cô,

Tôi là con trai của ông Trần Văn Minh ở phòng 107. Hôm nay tôi vào thăm thấy bố tôi ngủ li bì cả buổi chiều, gọi không dậy. Bố tôi nói từ hôm thứ Hai có thuốc mới uống buổi tối. Bố tôi trước đây chưa bao giờ uống thuốc ngủ. Đường huyết của bố sáng nay là bao nhiêu?

Xin cho tôi biết tên thuốc mới và bác sĩ nào đã kê. Tôi muốn nói chuyện với y tá trưởng ngày mai.

Cảm ơn,
Bảo
(607) 555-0163
""")

mk('phi', 'lang', 'Jean-Baptiste',
   'Mirlande Joseph <mjoseph@willowcreekhr.org>',
   'Chinwe Eze <ceze@willowcreekhr.org>',
   'Madan Jean-Baptiste 115B',
   D(2024, 3, 22, 15, 1),
   """Bonjou Chinwe,

Se Mirlande (CNA lajounen). Madan Marie Jean-Baptiste nan chanm 115B pa t manje anyen maten an ni midi, li sèlman bwè yon ti ji. Li di m vant li fè l mal e li pa t al nan twalèt depi 3 jou. Mwen wè tou po li wouj anba do a, bò kote ke a. Mwen te di enfimyè a men m vle ou konnen tou.

Pitit fi li ap vini aswè a.

Mèsi,
Mirlande
""")

mk('phi', 'lang', 'Соколова',
   'Ирина Соколова <irina.sokolova.ny@mail.ru>',
   'Admissions <admissions@willowcreekhr.org>',
   'Моя мама - Соколова Галина Петровна',
   D(2024, 3, 25, 9, 37),
   """Здравствуйте,

Моя мама, Соколова Галина Петровна, 12.08.1939 г.р., сейчас в больнице St. Brendan после инсульта. Врач сказал, что ей нужна реабилитация и её переведут к вам в четверг. Она почти не говорит по-английски. Есть ли у вас персонал, который говорит по-русски? Ей нужен переводчик для занятий с логопедом, левая рука у неё пока не работает, и она плохо глотает.

Она принимает инсулин и варфарин. Пожалуйста, позвоните мне: 607-555-0191.

С уважением,
Ирина
""")

mk('phi', 'lang', 'Dimaculangan',
   'Rhea Santos <rsantos@willowcreekhr.org>',
   'joelito.dimaculangan@gmail.com',
   'Update po kay Lola Corazon',
   D(2024, 3, 31, 10, 26),
   """Magandang umaga po Kuya Joel,

Si Rhea po ito, nurse ni Lola Corazon Dimaculangan sa room 230. Gusto ko lang po sabihin na nahulog po siya kagabi mga 7:20pm sa tabi ng kama niya. Wala naman pong sugat o bukol, chineck po namin ang vitals at neuro, okay naman. Pero medyo masakit daw po ang balakang niya kaya nagpa-xray po si Dr. Osei kaninang umaga - hinihintay pa po namin ang result.

Inayos na rin po namin na malapit na ang call light sa kanya. Tawagan niyo lang po ako dito sa 607-555-0123 kung may tanong kayo.

Salamat po,
Rhea Santos, RN
Willow Creek Health & Rehabilitation
""")

mk('phi', 'lang', '李',
   '李明 <liming.family88@163.com>',
   'Sunita Rao <srao@willowcreekcommons.com>',
   '关于我父亲李国华的药',
   D(2024, 4, 6, 21, 3),
   """Rao 女士您好，

我是李国华的儿子，我父亲住在辅助生活区 1D 公寓。上周医生给他加了一种新的降压药以后，他说早上起床头很晕，前天在浴室差点摔倒。他的血压早上是多少？能不能请医生再看一下？

另外，他的胰岛素笔快用完了，药房什么时候送来？

他英文不好，有什么事请打我电话 607-555-0154。

谢谢！
李明
""")
# =====================================================================
# CLEAN / admin
# =====================================================================
mk('clean', 'admin', '',
   'Angela Fitch <afitch@willowcreekhr.org>',
   'Nursing Staff <nursingstaff@willowcreekhr.org>',
   'Easter weekend coverage - still need 2 CNAs',
   D(2024, 3, 25, 13, 55),
   """Hi everyone,

Easter weekend schedule is posted by the time clock. We still have holes:

Sat 3/30  7p-7a  2nd floor CNA x1
Sun 3/31  7a-3p  1st floor CNA x1
Sun 3/31  3p-11p  med tech (Commons) x1

Bonus for holiday shifts is $5/hr on top of holiday pay. Agency is sending Latoya B. and Marcus W. from Staffmark for Friday nights - their orientation packets are at the front desk, charge nurses please walk them through the fire exits and call light system.

If you can pick up, text me at 607-555-0147 or sign the sheet.

Angela Fitch
Staffing Coordinator
Willow Creek Health & Rehabilitation
""")

mk('clean', 'admin', '',
   'HSL IT Service Desk <servicedesk@hsl-group.com>',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   '[INC0048213] Resolved - CareTrack MDS module login loop',
   D(2024, 3, 20, 16, 12),
   """Hello Lorraine,

Your incident INC0048213 has been resolved.

Short description: CareTrack MDS module - login loops back to sign-in page
Resolution: Cleared cached SSO token and reset your MFA registration. Chrome profile had a stale cookie for auth.caretrackehr.com. Please sign in again and re-enroll MFA on the Authenticator app when prompted.
Assigned to: Jamal Whitby, Tier 2
Site: Willow Creek (WC01)
Asset: WC01-LT-0193

If the issue returns, reply to this email within 5 days to reopen, or call the Service Desk at 866-555-0100 ext 2.

HSL IT Service Desk
Harborview Senior Living Group
""")

mk('clean', 'admin', '',
   'AR Department <ar@tristatelinen.com>',
   'Accounts Payable <ap@willowcreekhr.org>',
   'Invoice 2024-11873 - PAST DUE',
   D(2024, 4, 2, 8, 30),
   """Dear Customer,

Our records show the following invoice is now 30 days past due:

Invoice #: 2024-11873
Account: WCHR-0042
PO #: WC-PO-24-0219
Service: Linen & gown rental, isolation gown replenishment (Feb)
Amount: $3,482.16
Due date: 03/02/2024

Please remit at your earliest convenience. If payment has been sent please disregard. Questions: Brenda Otis, 315-555-0128.

Tri-State Linen Services
""", html="""<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>Our records show the following invoice is now <b>30 days past due</b>:</p>
<table cellpadding="3" border="1" style="border-collapse:collapse">
<tr><td>Invoice #</td><td>2024-11873</td></tr>
<tr><td>Account</td><td>WCHR-0042</td></tr>
<tr><td>PO #</td><td>WC-PO-24-0219</td></tr>
<tr><td>Service</td><td>Linen &amp; gown rental, isolation gown replenishment (Feb)</td></tr>
<tr><td>Amount</td><td>$3,482.16</td></tr>
<tr><td>Due date</td><td>03/02/2024</td></tr>
</table>
<p>Please remit at your earliest convenience. If payment has been sent please disregard. Questions: Brenda Otis, 315-555-0128.</p>
<p>Tri-State Linen Services</p></body></html>""")

mk('clean', 'admin', '',
   'HSL Human Resources <hr@hsl-group.com>',
   'All Staff <allstaff@willowcreekhr.org>',
   'Reminder: benefits open enrollment closes April 12',
   D(2024, 4, 1, 9, 0),
   """Hi all,

Open enrollment for the 2024-25 plan year closes Friday April 12 at 5pm.

What's changing:
- Medical: the PPO deductible goes from $1,500 to $1,750; HMO stays the same
- New: free virtual PT visits through Hinge for members on either plan
- Dental: orthodontia lifetime max raised to $2,000
- New member ID cards will be mailed in June - keep your old card until then

Enroll through the Workday app or at the HR kiosk outside the break room. Tamara Heyer (HR generalist) will be on site at Willow Creek Tues 4/9 from 10-2 to help anyone who needs it. Questions: 607-555-0109.

If you don't make changes, your current elections roll over (except HSA contributions, which must be re-elected).

HSL Human Resources
""")

mk('clean', 'admin', '',
   'Gary Pruszynski <gpruszynski@willowcreekhr.org>',
   'Department Heads <depthead@willowcreekhr.org>',
   'generator test Weds + 214 sink',
   D(2024, 3, 26, 15, 41),
   """All,

Monthly generator load test is Wednesday 3/27 at 6:30am. Lights will flicker for about 10 seconds on transfer, the elevators will stop briefly. Please make sure nursing knows the O2 concentrators on the 2nd floor will switch to red outlets automatically - no action needed.

Also the sink in 214 is leaking under the vanity again, I have a work order in with Hartley Plumbing (WO #55120), they're coming Thursday between 8 and 10. Might need the room for an hour.

Gary Pruszynski
Maintenance Director
607-555-0116 / cell 607-555-0172
""")

mk('clean', 'admin', '',
   'CareTrack Customer Success <noreply@caretrackehr.com>',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Scheduled maintenance: Billing & Claims module, Sat 4/13 22:00-02:00 ET',
   D(2024, 4, 4, 12, 0),
   """Dear CareTrack customer,

We will be performing scheduled maintenance on the Billing & Claims module on Saturday, April 13, 2024 from 10:00 PM to 2:00 AM ET (release 24.2.3).

During this window:
- Claim batches cannot be created or transmitted
- Eligibility (270/271) requests will queue and process after the window
- Clinical modules (eMAR, MDS, progress notes) are NOT affected

Release 24.2.3 includes the updated PDPM grouper for FY2025 testing, an 835 auto-posting fix for CAS adjustment group PR, and a new Triple Check report.

Your organization ID: HSLG-0007. Support: 1-877-555-0166, Case portal: support.caretrackehr.com

The CareTrack Team
""")

mk('clean', 'admin', '',
   'Barbara Nolan <bnolan.familycouncil@gmail.com>',
   'Denise Harrower <dharrower@willowcreekhr.org>',
   'Family Council - April agenda',
   D(2024, 4, 5, 19, 48),
   """Hi Denise,

Here's the draft agenda for the April family council, Tues 4/16, 6:30pm in the chapel. Could you or someone from your team come for the Q&A part at 7?

1. Welcome / minutes from March (Gloria Vance, secretary)
2. Parking - visitors still getting ticketed in the back lot on weekends
3. Dining: families asked about more choices at supper, and whether the alternate menu can be posted
4. Call light response times - general concern raised at last meeting, would like to hear what the facility is doing
5. Laundry going missing (labels)
6. Spring fundraiser for the courtyard garden - Ted Albright has quotes for raised beds
7. Q&A with administration

As always we ask families not to bring up individual resident issues in the group - those go to the social worker or the DON.

Barbara Nolan
Family Council President
(607) 555-0112
""")
# =====================================================================
# CLEAN / lookalike
# =====================================================================
mk('clean', 'lookalike', '',
   'Tioga Animal Hospital <reminders@tiogaanimalhospital.com>',
   'kbrandt.home@gmail.com',
   "Biscuit is due for vaccines",
   D(2024, 3, 28, 8, 0),
   """Hi Kyle,

Our records show the following patient is due for care:

Patient: Biscuit (canine, beagle mix)
Patient ID: 20417
DOB: 06/11/2016
Due: Rabies (3 yr), DHPP booster, annual heartworm test
Last weight: 31.4 lb

Biscuit's last visit (dental cleaning, 2 extractions) went well - Dr. Ruiz noted the gums are healing nicely. Remember to keep him on the senior diet.

Book online or call 607-555-0188. Reply STOP to opt out of reminders.

Tioga Animal Hospital
""", html="""<html><body><h3>Biscuit is due for vaccines</h3>
<p>Hi Kyle,</p><p>Our records show the following patient is due for care:</p>
<ul><li>Patient: Biscuit (canine, beagle mix)</li><li>Patient ID: 20417</li><li>DOB: 06/11/2016</li>
<li>Due: Rabies (3 yr), DHPP booster, annual heartworm test</li><li>Last weight: 31.4 lb</li></ul>
<p>Biscuit's last visit (dental cleaning, 2 extractions) went well - Dr. Ruiz noted the gums are healing nicely.</p>
<p>Book online or call 607-555-0188.</p></body></html>""")

mk('clean', 'lookalike', '',
   'Southern Tier Federal Credit Union <alerts@stfcu.org>',
   'patrice.omondi@outlook.com',
   'Your March eStatement is ready - Member #0048812',
   D(2024, 4, 1, 5, 15),
   """Dear Patrice Omondi,

Your monthly eStatement for Member # 0048812 (account ending 3301) is now available in Online Banking.

Statement period: 03/01/2024 - 03/31/2024
Share Savings (S01) ending balance available online
Auto Loan (L14) next payment due 04/15/2024

Reminder: our Endicott branch at 101 Washington Ave will be closed Monday April 8 for system upgrades.

Never share your PIN or one-time passcode. STFCU will never ask for them by phone or email.

Southern Tier Federal Credit Union | NMLS #401882 | Federally insured by NCUA
""")

mk('clean', 'lookalike', '',
   'Ironworks Fitness <frontdesk@ironworksfit.com>',
   'miguel.arce.pt@gmail.com',
   'Your membership renewal + new Rehab & Recovery class',
   D(2024, 3, 18, 7, 30),
   """Hey Miguel,

Your Ironworks membership (Member ID IW-20934) renews on April 1 at $39.99/mo. Nothing to do if you want to keep going!

NEW this spring: "Rehab & Recovery" small group class, Tues/Thurs 6pm with coach Dana Ellison. Mobility work, foam rolling, band work for shoulders and knees - great if you're coming back from an injury or just stiff from a desk job. Free fitness assessment for members who sign up before 3/31 (body comp + movement screen).

Also the sauna is back open after the heater repair.

See you on the floor,
Ironworks Fitness - Owego
607-555-0105
""")

mk('clean', 'lookalike', '',
   'Allegiant Skies <itinerary@allegiantskies-air.com>',
   'heather.lindgren77@gmail.com',
   'Itinerary: BGM - SFB, confirmation QX7P2L',
   D(2024, 3, 21, 17, 5),
   """Your trip is confirmed!

Confirmation code: QX7P2L
Passenger: HEATHER LINDGREN
Loyalty #: 8810 2245 7719
Date of birth on booking: verified (hidden)

Flight 1182  Thu 25 Apr 2024  Binghamton (BGM) 6:05 AM -> Orlando Sanford (SFB) 9:10 AM  Seat 14C
Flight 1183  Mon 29 Apr 2024  Orlando Sanford (SFB) 7:40 PM -> Binghamton (BGM) 10:35 PM  Seat 12A

Bags: 1 carry-on, 1 checked
Trip protection: declined

Need special assistance? Manage your trip at least 48 hours before departure.
""")

mk('clean', 'lookalike', '',
   'Claims Dept <claims@keystonemutualauto.com>',
   'ray.feld@frontiernet.net',
   'Claim 24-AU-0773195 - appraisal complete',
   D(2024, 3, 29, 11, 48),
   """Mr. Feld,

The appraisal for claim 24-AU-0773195 (policy PA-8832047, 2019 Honda CR-V) is complete. Damage to rear bumper cover, tailgate and right tail lamp assembly. Estimate $3,214.77 less your $500 collision deductible. No bodily injury was reported on this claim and the other driver's carrier (Empire Auto) has accepted 100% liability, so we will pursue subrogation for your deductible.

Rental coverage is approved through Enterprise, reservation #7HQ2281, up to 10 days.

Adjuster: Carl Danforth, 1-800-555-0147 ext 4410
""")

mk('clean', 'lookalike', '',
   'Mike Dobransky <mike@summitarborcare.com>',
   'Gary Pruszynski <gpruszynski@willowcreekhr.org>',
   'Quote - courtyard oak',
   D(2024, 4, 3, 14, 16),
   """Gary,

Took a look at the big red oak by the courtyard garden yesterday. Diagnosis isn't great - the browning from the top down plus the fungal mats under the bark on the north limb are classic oak wilt. I took a sample to Cornell's plant clinic to confirm but I'd treat it as positive.

Recommendation:
1. Remove the dead north limb (it's over the walkway where the residents sit) - $1,150
2. Trench to sever root grafts to the two smaller oaks - $900
3. Systemic propiconazole injection for the 2 healthy oaks - $480 each

Total $3,010. Best to do the pruning before mid-April when the beetles get active. No cutting after that until fall.

Certified arborist NY-0412A, fully insured, COI attached on request.

Mike Dobransky
Summit Arbor Care - Tree Surgery & Plant Health
607-555-0193
""")

mk('clean', 'lookalike', '',
   'Derek Lumley <dlumley@hsl-group.com>',
   'Integration Team <integration@hsl-group.com>',
   'patient-worker pod keeps dying - triage notes',
   D(2024, 3, 27, 22, 31),
   """Quick triage notes before I log off:

- the `patient-worker` deployment (the retry worker we named "patient" because it waits on backoff, I regret this) got OOMKilled 6x since 18:00
- vitals on the Grafana "interface health" board: heap at 1.9G of 2G right before each kill
- discharge queue (outbound ack queue) backed up to 14k msgs, admissions queue fine
- suspect the new chart-number cache, it never evicts. build 3.14.2 rolled back on staging, recovered

Tomorrow: bump limit to 3G as a band-aid, Amir to look at the cache. No data lost, the queue is durable.

I'll leave pager on. If it dies again just `kubectl rollout restart deploy/patient-worker -n integ` and it'll come back.

Derek
""")
# =====================================================================
# CLEAN / news
# =====================================================================
mk('clean', 'news', '',
   'NYS Long Term Care Bulletin <ltc-bulletin@health-alerts-ny.org>',
   'Administrators <administrators@hsl-group.com>',
   'LTC Bulletin 2024-11: respiratory season data and vaccination reporting',
   D(2024, 3, 15, 10, 0),
   """LONG TERM CARE BULLETIN 2024-11
Distribution: Nursing home administrators, DONs, infection preventionists

1. Respiratory season summary (weeks 40-10)
Statewide, 612 nursing homes reported 1,904 COVID-19 outbreaks and 388 influenza outbreaks this season. Median outbreak size was 6 residents. Facilities with resident COVID-19 vaccination coverage above 50% reported 31% fewer hospital transfers per outbreak.

2. Vaccination coverage (as of 3/1)
- Residents, 2023-24 COVID-19 vaccine: 41.2% (national NHSN: 38.9%)
- Staff, 2023-24 COVID-19 vaccine: 14.8%
- Residents, influenza: 78.5%
- Residents, RSV (age 60+, shared decision): 19.7%

3. Reporting reminder
NHSN weekly resident and staff vaccination reporting remains required. Facilities with missing weeks will receive a deficiency notice.

4. Webinar
"Antibiotic stewardship in nursing homes: beyond the UTI" - April 10, 1-2pm. Registration link on the department website.

This bulletin contains no individually identifiable information. Please share with your clinical leadership.
""")

mk('clean', 'news', '',
   'Keystone LTC Pharmacy <clinical@keystoneltcrx.com>',
   'Pharmacy Contacts <rxcontacts@hsl-group.com>',
   'URGENT: Voluntary recall - metoprolol succinate ER 50 mg, select lots',
   D(2024, 3, 19, 13, 0),
   """URGENT DRUG RECALL NOTICE - please forward to all nursing units

Product: Metoprolol Succinate Extended-Release Tablets USP, 50 mg, 100-count and 500-count bottles
Manufacturer: Corvalen Pharmaceuticals Inc.
Lots: MS50-23118, MS50-23121, MS50-23127
Expiration: 09/2025 and 10/2025
Reason: Failed dissolution testing (drug released faster than specified)
Recall level: Retail / consumer

Keystone dispensed affected lots to 11 of our facilities between Dec 2023 and Feb 2024. We are replacing blister cards for all affected residents free of charge over the next 72 hours; no action is needed by nursing except to set aside the returned cards in the med room for our driver. Do NOT interrupt therapy - continue dosing from existing cards until replaced.

Questions: Keystone clinical line 570-555-0170.

Keystone LTC Pharmacy - Clinical Services
""")

mk('clean', 'news', '',
   'NYSHCA SmartBrief <news@nyshca-smartbrief.org>',
   'Denise Harrower <dharrower@willowcreekhr.org>',
   'SNF Weekly: FY2025 proposed rule, staffing mandate lawsuit, PDPM tips',
   D(2024, 4, 11, 6, 45),
   """SNF WEEKLY - April 11, 2024

CMS FY2025 SNF PPS proposed rule out
CMS projects a 4.1% net increase in Part A payments. The rule also proposes changes to the SNF VBP program, adding four new measures including a nursing staff turnover measure and a falls with major injury measure beginning FY2026. Comments due June 10.

Minimum staffing rule: what's next
Provider groups filed suit this week challenging the 3.48 HPRD total nurse staffing requirement. Most facilities in rural counties would need to add 8-12 FTEs to comply.

PDPM corner: section GG coding
Reviewers continue to find discrepancies between admission GG scores and therapy evaluations. Make sure the usual performance is coded from the first 3 days, not the best performance.

By the numbers
- 68.4%: average SNF occupancy nationally, Feb 2024
- 26.1 days: average Medicare Part A length of stay
- 22.7%: 30-day readmission rate among SNF discharges

Unsubscribe | Manage preferences
""", html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>SNF WEEKLY - April 11, 2024</h2>
<h3>CMS FY2025 SNF PPS proposed rule out</h3>
<p>CMS projects a 4.1% net increase in Part A payments. The rule also proposes changes to the SNF VBP program, adding four new measures including a nursing staff turnover measure and a falls with major injury measure beginning FY2026. Comments due June 10.</p>
<h3>Minimum staffing rule: what's next</h3>
<p>Provider groups filed suit this week challenging the 3.48 HPRD total nurse staffing requirement. Most facilities in rural counties would need to add 8-12 FTEs to comply.</p>
<h3>PDPM corner: section GG coding</h3>
<p>Reviewers continue to find discrepancies between admission GG scores and therapy evaluations. Make sure the usual performance is coded from the first 3 days, not the best performance.</p>
<h3>By the numbers</h3>
<ul><li>68.4%: average SNF occupancy nationally, Feb 2024</li><li>26.1 days: average Medicare Part A length of stay</li><li>22.7%: 30-day readmission rate among SNF discharges</li></ul>
<p style="font-size:9pt"><a href="https://nyshca-smartbrief.org/u">Unsubscribe</a> | Manage preferences</p>
</body></html>""")

mk('clean', 'news', '',
   'Willow Creek Communications <news@willowcreekhr.org>',
   'All Staff <allstaff@willowcreekhr.org>',
   'The Creek Courier - April edition',
   D(2024, 4, 1, 11, 0),
   """THE CREEK COURIER - April 2024

EMPLOYEE OF THE MONTH: Mirlande Joseph, CNA
Mirlande has been with us 6 years on the day shift. One of her coworkers wrote: "She notices everything - if someone isn't eating or seems off, she tells the nurse right away." Congratulations Mirlande! Enjoy your reserved parking spot.

STAFF BIRTHDAYS
Apr 3 - Gary Pruszynski (Maintenance)
Apr 9 - Rhea Santos, RN
Apr 22 - Angela Fitch (Staffing)

WELCOME NEW HIRES
Kim Tran, LPN (2nd floor evenings), Jamal Ortiz (Dietary aide), Sarah Kaur, OTR/L (ProMotion Rehab)

SKILLS FAIR
Annual skills fair is April 17-18 in the therapy gym: hoyer lift, glucometer QC, hand hygiene, fire extinguisher (PASS), and the new bladder scanner.

FROM THE KITCHEN
The spring menu starts April 8. Resident council voted the Friday fish fry back in!

ACTIVITIES
Easter egg hunt with the Owego Elementary 2nd graders on 3/29 was a hit - thank you to everyone who helped. Coming up: Mother's Day tea (May 11), bingo every Tues/Thurs, and the pet therapy dogs visit on Wednesdays.
""")

mk('clean', 'news', '',
   'Tioga County Public Health <phalerts@tiogacountyhealth.org>',
   'Congregate Care Contacts <congregate@hsl-group.com>',
   'Health Advisory: norovirus activity increasing in the region',
   D(2024, 3, 13, 14, 30),
   """HEALTH ADVISORY - Tioga County Public Health
Norovirus activity increasing in congregate settings

Summary: Since Feb 26, six gastrointestinal outbreaks have been reported in long-term care facilities and one in a daycare in the Southern Tier region. Three have been confirmed as norovirus GII.4. Attack rates among residents ranged from 18% to 44%.

Recommendations for LTC facilities:
- Report clusters of 2+ residents with acute vomiting/diarrhea within 72 hours to the health department
- Use soap and water hand hygiene (alcohol-based rub is less effective against norovirus)
- Use EPA List G disinfectants; bleach 1000-5000 ppm for environmental surfaces
- Place symptomatic residents on contact precautions until 48 hours after symptoms resolve
- Exclude symptomatic staff until 48 hours after symptoms resolve
- Consider pausing group dining and activities on affected units

Specimen collection kits are available from the county lab, call 607-555-0120.

This advisory is for public health and clinical partners.
""")

mk('clean', 'news', '',
   'Naveen Kulkarni <nkulkarni@keystoneltcrx.com>',
   'DONs <dons@hsl-group.com>',
   'Keystone Consultant Quarterly - Q1 2024 psychotropic & antibiotic benchmarks',
   D(2024, 4, 9, 8, 20),
   """Good morning,

Here are the Q1 aggregate numbers across the 14 HSL facilities we serve. Facility-level reports go to each DON separately.

Long-stay antipsychotic use (excl. schizophrenia/Huntington/Tourette): 12.8% (Q4: 14.1%, national avg 14.6%)
GDR attempts completed: 61 of 74 recommended (82%)
Hypnotic use: 6.2%
Antibiotic starts per 1,000 resident-days: 6.9
  - UTI 41%, respiratory 29%, skin/soft tissue 18%, other 12%
  - Starts meeting McGeer/Loeb criteria: 58% (goal 75%)
Fluoroquinolone share of all starts: 9% (down from 16%)

Themes from MRRs this quarter: PPIs without documented indication, duplicate acetaminophen (scheduled + combo products), and anticoagulant + NSAID combinations.

Next quarter I'll add a falls / CNS-active medication burden metric.

Naveen Kulkarni, PharmD, BCGP
Consultant Pharmacist, Keystone LTC Pharmacy
""")
# =====================================================================
# CLEAN / staff
# =====================================================================
mk('clean', 'staff', '',
   'Patrice Omondi <pomondi@willowcreekhr.org>',
   'Licensed Nurses <rns-lpns@willowcreekhr.org>',
   'Post-fall huddle - new process starting 4/1',
   D(2024, 3, 28, 12, 15),
   """All nurses,

Starting Monday 4/1 we're changing how we handle falls. Our fall rate was 7.9 per 1,000 resident days in Q1, and most happened between 2200 and 0600 on the way to the bathroom.

After EVERY fall:
1. Assess before moving the resident. Neuro checks if unwitnessed or head strike, or if on an anticoagulant.
2. Huddle within 1 hour, at the bedside if possible, with whoever is on: nurse, aide, and the resident if able. 5 questions on the new form: what were they trying to do, what was different, what was in the environment, what meds in the last 4 hrs, what will we change now.
3. Put one immediate intervention in place that shift and write it on the care plan.
4. Notify MD and family (same shift) and document.
5. Incident report in the system before end of shift.

Forms are in the red binder at each station. Kyle and I will be doing education on all shifts this week.

Thank you for all you do,
Patrice

Patrice Omondi, RN, MSN
Director of Nursing
Willow Creek Health & Rehabilitation
""")

mk('clean', 'staff', '',
   'Chinwe Eze <ceze@willowcreekhr.org>',
   'Naveen Kulkarni <nkulkarni@keystoneltcrx.com>',
   'general question - supratherapeutic INR w/o bleeding',
   D(2024, 3, 23, 16, 2),
   """Hi Dr. Kulkarni,

General question, not about a specific order - we've had this come up a few times and the nurses handle it differently depending on who's on.

Say a gentleman in his 70s on warfarin for afib, INR comes back 4.6 on a routine draw, no bleeding, no falls. Our policy just says "notify MD". When the on-call doesn't call back for a couple hours, is it reasonable for us to hold the evening dose while waiting, or should that always be an order? And do you recommend we have oral vitamin K stocked in the e-kit?

I'd like to put something more specific in the policy.

Thanks,
Chinwe Eze, RN, BSN
Unit Manager
""")

mk('clean', 'staff', '',
   'Kyle Brandt <kbrandt@willowcreekhr.org>',
   'Angela Fitch <afitch@willowcreekhr.org>',
   'RE: nights this week',
   D(2024, 3, 26, 17, 50),
   """Angela - I looked at it. We can't run 2nd floor nights with 2 aides while we have the 3 isolation rooms on that hall plus two 2-assist residents, it's not safe. Please pull from agency for Wed and Thu if nobody picks up. I'll cover the med cart Thursday myself if we're short a nurse.

Also we need to talk about the 3 call-outs in a row on the weekend, that's becoming a pattern with the same couple people. Let's meet Friday.

Kyle

> -----Original Message-----
> From: Angela Fitch
> Sent: Tuesday, March 26, 2024 2:11 PM
> To: Kyle Brandt
> Subject: nights this week
>
> Kyle, nights Wed/Thu 2nd floor I only have 2 CNAs + 1 nurse so far. Census up there
> is 38. Do you want me to call Staffmark or run it short?
""")

mk('clean', 'staff', '',
   'Miguel Arce <marce@promotionrehab.com>',
   'Willow Creek Nursing <nursingstaff@willowcreekhr.org>',
   'Section GG in-service next week (30 min)',
   D(2024, 3, 29, 9, 10),
   """Hi all,

We're doing a quick in-service on Section GG coding for nurses and aides, Tues 4/2 at 1:30 and again at 2:30 (pick one), therapy gym. Snacks provided.

What we'll cover:
- "usual performance" vs best performance - why the aide's observation at 2am counts
- the 6-point scale with real examples: what's "setup" vs "supervision" vs "partial/moderate"
- when to use 07/09/10/88 codes
- how GG feeds the PT/OT and nursing components under PDPM and the functional outcome quality measures

No resident records will be used, just made-up scenarios. Bring questions!

Miguel Arce, PT, DPT
Director of Rehabilitation, ProMotion Rehab @ Willow Creek
""")

mk('clean', 'staff', '',
   'Carla Benitez <cbenitez@willowcreekhr.org>',
   'QAPI Committee <qapi@willowcreekhr.org>',
   'Feb infection surveillance summary',
   D(2024, 3, 12, 10, 30),
   """Summary for February (no resident identifiers - line list is on the IP drive):

- Average census 112, resident-days 3,248
- Infections meeting surveillance criteria: 9 (2.8 / 1,000 resident-days)
  * UTI: 4 (2 CAUTI)
  * Respiratory: 3 (1 influenza A, 2 pneumonia)
  * Skin/soft tissue: 2
- Antibiotic starts: 21, of which 12 met McGeer/Loeb. Most "non-criteria" starts were for cloudy/smelly urine without symptoms.
- C. diff: 0 new onset
- Hand hygiene audits: 87% compliance (goal 90%), lowest on evenings
- Staff flu-like illness call-outs: 6

Action items: re-educate on asymptomatic bacteriuria (will do at skills fair), add the SBAR "before you call about a UTI" form to every station.

Carla Benitez, RN, IP-BC
Infection Preventionist
""")

mk('clean', 'staff', '',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   'IDT <idt@willowcreekhr.org>',
   'MDS schedule this week + reminder on interviews',
   D(2024, 3, 25, 7, 50),
   """Morning IDT,

This week we have 4 five-day PPS assessments, 2 quarterlies and 1 significant change. The calendar with ARDs is on the shared drive (MDS > 2024 > March). Reminders:

- Section C/D/F interviews must be done within the lookback, not after the ARD. Social services, please grab me if a resident is out at an appointment on interview day.
- Section I: we have to code diagnoses from the physician's documentation, not from the hospital problem list alone.
- Dietary: weights for section K must be within 30 days of the ARD.

Also please do not hold the PPS discharges until the last day - CMS wants them within 14 days and we were late on two in February.

Thanks,
Lorraine Szabo, RN, RAC-CT
MDS Coordinator
""")

mk('clean', 'staff', '',
   'Tamika Rowe <trowe@willowcreekhr.org>',
   'Central Supply <supply@willowcreekhr.org>',
   'foam dressing formulary change',
   D(2024, 4, 4, 11, 22),
   """Hi Dale,

The new McKesson contract starts May 1 so we're switching foam dressings:

OLD: Mepilex Border Flex 4x4 and 6x6, Allevyn Life sacral
NEW: McKesson Lite silicone bordered foam 4x4, 6x6 and the sacral shape

Please don't reorder the old ones after this month, use up what we have. I'll do education at the nurses meeting on the change - the application is the same, but the new sacral shape goes on with the point down.

Calcium alginate and hydrogel stay the same.

Thanks!
Tamika Rowe, RN, WCC
""")
# =====================================================================
# CLEAN / training
# =====================================================================
mk('clean', 'training', '',
   'Shauna Delacroix <sdelacroix@caretrackehr.com>',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   'Demo recap - CareTrack MDS Wizard',
   D(2024, 3, 14, 16, 40),
   """Hi Lorraine,

Thanks for joining the demo today! Recap of what we walked through in the TRAINING environment (train.caretrackehr.com - no live data):

Demo resident: TEST, PATIENT A
DOB: 01/01/1900   MRN: 000000001   Room: DEMO-101
Payer: Medicare A (fake MBI 0AA0-AA0-AA00)

1. Opening a 5-day PPS for the test resident and auto-populating Section GG from therapy evals
2. The PDPM calculator preview (HIPPS code shown on the right rail)
3. Section I cross-walk to ICD-10 codes from the diagnosis list
4. Triple Check dashboard

Your login for the training site: lszabo_train / temporary password sent separately. The demo site resets every Sunday night.

Shauna Delacroix
Clinical Solutions Consultant, CareTrack
""")

mk('clean', 'training', '',
   'Staff Development <staffdev@willowcreekhr.org>',
   'New Hires <newhires@willowcreekhr.org>',
   'Orientation day 2 - documentation quiz',
   D(2024, 3, 19, 7, 0),
   """Welcome to day 2! Please complete this before lunch. Answers will be reviewed in the afternoon session.

SCENARIO (fictional): John Doe, age 82, is a resident on the 1st floor. At 10:15 the CNA finds him sitting on the floor of his room. He says he slipped. There is a small red mark on his right elbow.

1. What are the first three things you do?
2. Who do you notify and in what order?
3. Write a sample progress note for this event (use "John Doe" - never use a real resident's name in training materials).
4. What form do you complete, and where does it go?
5. True or false: It's OK to text a photo of the injury to the DON from your personal phone.

SCENARIO 2 (fictional): Jane Roe, 90, refuses her morning medications. Describe how you would document the refusal.

Good luck!
Staff Development
""")

mk('clean', 'training', '',
   'Derek Lumley <dlumley@hsl-group.com>',
   'Interfaces <interfaces@tricountylab.net>',
   'UAT test messages - new ORU feed (TEST environment)',
   D(2024, 3, 12, 13, 25),
   """Priya,

Here are the test messages for UAT on the new results feed. These are all ZZTEST patients from our test system, please load them in your TEST environment only.

MSH|^~\\&|TCLIS|TRICOUNTY|PCCLAB|WILLOWCRK_TST|20240312130000||ORU^R01|TST0001|T|2.5.1
PID|1||TST-900001^^^WILLOWCRK^MR||ZZTEST^ALPHA||19000101|F|||123 TEST ST^^ANYTOWN^NY^00000
OBR|1|T1001|TL-0001|80048^BASIC METABOLIC PANEL^CPT|||20240312120000
OBX|1|NM|2951-2^SODIUM^LN||140|mmol/L|136-145|N|||F
OBX|2|NM|2823-3^POTASSIUM^LN||7.9|mmol/L|3.5-5.1|HH|||F

MSH|^~\\&|TCLIS|TRICOUNTY|PCCLAB|WILLOWCRK_TST|20240312130500||ORU^R01|TST0002|T|2.5.1
PID|1||TST-900002^^^WILLOWCRK^MR||ZZTEST^BRAVO||19000101|M|||123 TEST ST^^ANYTOWN^NY^00000
OBR|1|T1002|TL-0002|85025^CBC W DIFF^CPT|||20240312121500
OBX|1|NM|6690-2^WBC^LN||99.9|10*3/uL|4.0-11.0|HH|||F

The potassium 7.9 and WBC 99.9 are intentional to test the critical value flag. MSH-11 is T on all of them.

Derek
""", atts=[('uat_test_patients.csv', 'text', 'csv', csvtext([
    ['mrn', 'last', 'first', 'dob', 'sex', 'note'],
    ['TST-900001', 'ZZTEST', 'ALPHA', '1900-01-01', 'F', 'critical K'],
    ['TST-900002', 'ZZTEST', 'BRAVO', '1900-01-01', 'M', 'critical WBC'],
    ['TST-900003', 'ZZTEST', 'CHARLIE', '1900-01-01', 'F', 'normal results'],
    ['TST-900004', 'ZZTEST', 'DELTA', '1900-01-01', 'M', 'corrected result (C)'],
]))])

mk('clean', 'training', '',
   'RAC Academy <webinars@racacademy-learning.com>',
   'Lorraine Szabo <lszabo@willowcreekhr.org>',
   'Your webinar materials: "Section I and PDPM NTA coding"',
   D(2024, 3, 29, 15, 0),
   """Thank you for attending "Section I and PDPM NTA Coding: Common Pitfalls" on March 28.

Your certificate (1.5 contact hours) is available in your learner dashboard.

Practice case from the slides (sample record, not a real person):
  Resident: Jane Sample, 78 F
  Admitted to SNF day 1 after a 5-day hospital stay for a "sample" hip fracture
  Active diagnoses on sample record: type 2 diabetes with insulin, morbid obesity, history of MRSA
  Question: which conditions count toward the NTA comorbidity score, and how many points?
  Answer key: see slide 42 (diabetes mellitus = 2 points, morbid obesity = 1 point, MRSA history = not active, 0)

Upcoming: "Section GG deep dive" April 25, 1pm ET.

RAC Academy Learning
""")

mk('clean', 'training', '',
   'Staff Development <staffdev@willowcreekhr.org>',
   'Med Techs <almedtechs@willowcreekcommons.com>',
   'Med pass competency - checklist for Thursday',
   D(2024, 4, 2, 13, 45),
   """Hi med techs,

Annual med pass competency is Thursday in the Commons activity room. We'll use the SimMan mannequin and the practice cart with placebo meds.

Practice resident: "Mock, Mary" (mannequin) - Apt SIM-1
Practice MAR (laminated, in the training binder):
  - Vitamin D3 1000 IU daily (practice tab)
  - Metoprolol tartrate 25 mg BID - hold if HR < 60 (candy)
  - Eye drops 1 gtt OU BID (saline)
  - Insulin pen demo (trainer pen, no needle)

You will be checked on: 6 rights, 3 checks, vitals before the BP med, eye drop technique, documenting a hold, and what to do if a resident refuses.

Bring your badge for sign-in. 2 time slots: 10am and 2pm.

Staff Development
""")

mk('clean', 'training', '',
   'ClaimBridge Onboarding <onboarding@claimbridge.net>',
   'Ray Feld <rfeld@willowcreekhr.org>',
   'Test file accepted - 837I (TEST indicator)',
   D(2024, 3, 6, 10, 10),
   """Ray,

Your test 837I file was accepted by our front-end edits. Summary below. Once you submit 2 more clean test files we can move you to production.

File: WCHR_TEST_0306.txt   Usage indicator (ISA15): T
Claims: 3   Accepted: 3   Rejected: 0

Sample from claim 1 as received:
ISA*00*          *00*          *ZZ*WILLOWCRK      *ZZ*CLAIMBRIDGE    *240306*0955*^*00501*000000901*0*T*:~
NM1*IL*1*TESTPATIENT*DONOTBILL****MI*0AA0AA0AA00~
DMG*D8*19000101*U~
CLM*TEST0001*100***21:A:1*Y*A*Y*Y~

Reminder: do not use real resident data in test files.

ClaimBridge Onboarding Team
""", cte='quoted-printable')

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in _rows:
        w.writerow(r)
print('wrote %d messages to %s' % (len(_rows), OUT))
