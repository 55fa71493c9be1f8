#!/usr/bin/env python3
"""Blind evaluation mail set (hand-written) -- Calder Memorial Hospital ED / trauma service.
Run: python3 gen.py OUTDIR
All people, numbers and organisations are invented."""
import sys, os, io, csv, random, zipfile, textwrap
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 4201
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
MSGNO = [0]


def when(s, tz=-4):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=tz))))


def zip_bytes(files, stamp=(2024, 5, 2, 7, 30, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return bio.getvalue()


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(v):
        return (str(v).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    cells = []
    for r, row in enumerate(rows, 1):
        cs = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (_col(c), r, esc(v))
                     for c, v in enumerate(row))
        cells.append('<row r="%d">%s</row>' % (r, cs))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(cells))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files, stamp=(2024, 4, 30, 16, 5, 0))


def to_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


def hardwrap(body, width=72):
    # what mutt/Thunderbird-style clients do: wrap prose lines, leave tables, quotes, code alone
    out = []
    for line in body.split('\n'):
        if (len(line) <= 78 or line.startswith(('>', ' ', '\t')) or '|' in line
                or '\t' in line or '~' in line):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)


def mk(label, kind, patient, frm, to, subj, body, date, cc=None, html=None, atts=(),
       cte=None, headers=None, tz=-4):
    if cte is None and random.random() < 0.55:
        body = hardwrap(body)
    MSGNO[0] += 1
    i = MSGNO[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = when(date, tz)
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%08x.%06x.%d@%s>' % (random.getrandbits(32), random.getrandbits(24), i, dom)
    for k, v in (headers or {}).items():
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fname, data, mtype = a
        maintype, subtype = mtype.split('/')
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


def html_of(text):
    t = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = ['<p>%s</p>' % p.replace('\n', '<br>\n') for p in t.split('\n\n')]
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(paras) + '\n</body></html>\n')


DISC = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

H = 'caldermemorial.org'

# =====================================================================
# PHI - care
# =====================================================================
mk('phi', 'care', 'Whitcombe',
   'Renata Soltis <rsoltis@%s>' % H,
   'Trauma Surgery Residents <trauma-res@%s>' % H,
   'bay 2 update',
   """Quick update on Darnell Whitcombe in bay 2 since you guys got pulled to the OR:

- pan scan done, prelim per rads is small R hemothorax + the rib 4-7 fxs, liver looks ok
- chest tube went in R side at 1420, put out ~350 initially, 40 since
- 2nd unit PRBC hanging, pressures 110s now
- tetanus given, ancef given
- he keeps asking for his girlfriend, she's in the family room w/ social work

Dr. Amadi said admit to SICU but no bed til 1800 so he's staying with us. Let me know if you want repeat CXR before he goes up.

Renata Soltis, RN
Charge Nurse, Emergency Department
Calder Memorial Hospital | x4-2210
""", '2024-04-16 15:02')

mk('phi', 'care', 'Pruitt',
   '"Joelle Bamford, LCSW" <jbamford@%s>' % H,
   'admissions@lindencourtrehab.com',
   'RE: return of resident today',
   """Hi Carla,

Following up on our call. Mrs. Pruitt is medically cleared to come back to you this afternoon. Transport is booked with Metro Medivan for 3:30.

For your nurses: she got 2 units of blood overnight and her hemoglobin this morning was 9.1, up from 6.8. GI scoped her yesterday and cauterized a bleeding spot in the stomach. They stopped her aspirin and started pantoprazole 40 mg twice a day for 8 weeks. She needs a repeat CBC in one week and a GI clinic visit in about 4 weeks -- the clinic will call your unit to schedule.

The discharge paperwork and med rec will go with the driver. Her daughter Lynn knows she's coming back.

Thanks,
Joelle

Joelle Bamford, LCSW
Emergency Department Social Work
Calder Memorial Hospital
Office (555) 014-3307 | Pager 4471

-----Original Message-----
From: Carla Wendt <admissions@lindencourtrehab.com>
Sent: Tuesday, April 23, 2024 8:14 AM
To: Joelle Bamford <jbamford@caldermemorial.org>
Subject: return of resident today

Joelle - is Agnes Pruitt coming back to us today or tomorrow? We are holding her bed in 212B but I need to know by noon. Also did they transfuse her? Our DON wants to know before we accept.

Carla Wendt
Admissions Coordinator
Linden Court Nursing & Rehabilitation
""" + "\n" + DISC + "\n", '2024-04-23 10:41')

mk('phi', 'care', 'Brzezinski',
   'Fr. Anselm Okoro <aokoro@%s>' % H,
   'Spiritual Care Team <spiritualcare@%s>' % H,
   'SICU 4 - family visit',
   """Team,

I sat with the Brzezinski family for about an hour this afternoon. Tomasz is still on the ventilator after the craniotomy on Tuesday and the neurosurgeons told the family today they are not expecting much change. His wife Ewa asked for anointing of the sick -- I did that at 4:15 with the sons present. The family would like a Polish-speaking priest if one can be found; I've called St. Hedwig's parish and left a message with Fr. Marek.

Please check in on them tonight if you are on call. They are staying in the SICU family lounge. Ewa mentioned they may be facing a decision about withdrawing support later this week and asked if a chaplain can be present for the family meeting.

Peace,
Anselm

Rev. Anselm Okoro, BCC
Staff Chaplain, Trauma & Critical Care
Calder Memorial Hospital Department of Spiritual Care
""", '2024-03-07 17:20')

_castellanos = """Hi Lt. Briggs and crew of Medic 17,

Wanted to close the loop on your patient from the night of 3/14 (the 58 y/o male from the bowling alley on Tanner Rd). Mr. Ray Castellanos went straight to the cath lab off your transmitted 12-lead -- door to balloon was 58 minutes. They found a 100% proximal LAD and placed one stent. Echo the next day showed his heart function was only mildly reduced.

He went home on day 3 and called our office to say thank you to "the guys who kept talking to me the whole way in." Great early activation and the aspirin + nitro were given exactly per protocol.

This will be highlighted at the April EMS case review (de-identified). Thanks for the great work.

Dana Whitfield, NRP
EMS Liaison / Prehospital Coordinator
Calder Memorial Hospital Emergency Department
Cell (555) 011-9042
"""
mk('phi', 'care', 'Castellanos',
   'Dana Whitfield <dwhitfield@%s>' % H,
   'Lt. Sean Briggs <sbriggs@porthaldenfire.gov>',
   'STEMI follow up - Medic 17, 3/14',
   _castellanos, '2024-03-20 09:12', cc='EMS QA <emsqa@porthaldenfire.gov>',
   html=html_of(_castellanos))

mk('phi', 'care', 'Brantley',
   'Transfer Center <transfercenter@%s>' % H,
   'ED Charge RN <edcharge@trivalleyregional.org>',
   'ACCEPTED - transfer Brantley, Keisha - trauma',
   """Tri-Valley ED,

Calder Memorial Trauma Surgery accepts transfer of:

  Keisha Brantley, 34 F
  MVC, restrained driver. Your CT read: grade III splenic laceration, small hemoperitoneum, L rib 9 fx.
  Accepting physician: Dr. Paul Amadi, Trauma Surgery
  Destination: Calder ED Trauma Bay -> SICU

Requests prior to transport:
 - keep NPO
 - 2 large bore IVs, type and screen sent with pt if possible
 - hold the enoxaparin that was ordered
 - send CT images on disc or push via PowerShare (preferred)
 - call report to our ED charge at (555) 014-2210 when crew leaves

Please have the transport crew call 15 min out. Reference # TC-240411-0093.

Calder Memorial Transfer Center
(555) 014-0100 / fax (555) 014-0101
""", '2024-04-11 21:47')

mk('phi', 'care', 'Lindqvist',
   'Inv. Marisol Tejeda <mtejeda@me.wexmoorcounty.gov>',
   'ED Medical Director <edmeddir@%s>' % H,
   'ME case 24-0611 / decedent Lindqvist',
   """Dr. Hanley,

Our office has jurisdiction over Harold Lindqvist, pronounced in your ED on 04/02 at 0312. I'm the investigator assigned. EMS report says he was found down at home by his roommate and got narcan 4 mg intranasal x2 before arrival with no response; your team ran a code for ~25 min.

Can you help me with the following:
1. copy of the ED record incl. nursing notes and code sheet
2. time any blood was drawn (we want to know if admission blood exists for tox -- lab said there may be a gray top)
3. were any other meds given -- epi, bicarb, etc
4. was an ET tube placed and was it left in

Please do not release the body to the funeral home, it is coming to us. Our transport will arrive around 0900.

Thank you,
Marisol Tejeda
Medicolegal Death Investigator
Wexmoor County Office of the Medical Examiner
(555) 012-7788 (24h line)
""", '2024-04-02 05:36')

mk('phi', 'care', 'Villalobos',
   'Kristen Abernathy RN <kabernathy@%s>' % H,
   'maria.villalobos82@gmail.com',
   'Re: my dad in the ER',
   """Hi Maria,

Yes, he did have the MRI this afternoon around 2. Dr. Feld from spine surgery looked at it and will come talk to him and you tonight -- she's thinking the surgery will be tomorrow morning but it's not on the schedule yet. He's had his pain medicine and is resting. He ate a little dinner but they'll make him NPO at midnight in case.

You're listed as his contact so you can call the unit anytime at 555-014-6620.

Kristen
ED Obs Unit

On Wed, May 8, 2024 at 3:52 PM Maria Villalobos <maria.villalobos82@gmail.com> wrote:
> Hi, this is Maria, Jorge Villalobos's daughter. The doctor said yesterday
> they would do an MRI of his back today and maybe surgery tomorrow. I'm at work
> til 6 and can't get through on the phone. Did the MRI happen?? he is not good
> with his phone. thank you so much
>
> Maria
> Sent from my iPhone
""", '2024-05-08 17:05')

mk('phi', 'care', 'Fenwick',
   'Owen Pak <opak@%s>' % H,
   'Lena Szabo <lszabo@%s>' % H,
   'rm 22',
   """fenwick in 22 - got 2L LR, repeat lactate 2.1 (was 4.4), pip-tazo in at 1930, blood cx x2 drawn before. admit to 7W pending bed. ua still pending, foley placed. pls follow up the cx and let hosp med know about the ua when you take over

-o
""", '2024-02-19 19:58')

# =====================================================================
# PHI - names
# =====================================================================
mk('phi', 'names', 'Nguyễn Thị Hoa',
   'Ben Achterberg MD <bachterberg@%s>' % H,
   'Radiology Reading Room <radreading@%s>' % H,
   'Nguyễn Thị Hoa - final read on CT abd?',
   """hi - can someone pull the final on her CT from last night? prelim said no acute but the resident mentioned an addendum was coming re: the adrenal. she's still in obs and wants to go home, I don't want to dc her before we know.

thx
Ben
""", '2024-01-30 08:25')

mk('phi', 'names', 'Adeyemi-Cole',
   'Tasha Merriweather PA-C <tmerriweather@%s>' % H,
   'Ortho On Call <orthooncall@%s>' % H,
   'consult - bed 9',
   """Ortho,

Consult request for bed 9 -- Adeyemi-Cole, Babatunde. Pedestrian struck, open L tib/fib with about 3cm wound medially, bone not exposed. Distal pulses intact. Cefazolin + gent given at 1105, tetanus up to date per pt. Splinted and dressed. XR in PACS.

He is also being seen by trauma for a small scalp lac, otherwise tertiary survey negative so far. He'd like to know if he needs surgery today -- he's a rideshare driver and very worried about work.

Tasha Merriweather, PA-C
Emergency Medicine
Calder Memorial Hospital
""", '2024-06-03 11:31')

mk('phi', 'names', 'van der Berg',
   'Gloria Heitkamp <gheitkamp@%s>' % H,
   'Patient Relations <patientrelations@%s>' % H,
   'FW: call from daughter',
   """FYI - Mrs. van der Berg's daughter called the ED desk again this morning (third time). She is upset that her mother's hip surgery was pushed twice and nobody has told her when it's happening. She also says her mom was not given her heart pills yesterday. I told her I would pass it on. She'd like a call back from the ortho team or someone from administration. Her number is in the chart under NOK.

Gloria Heitkamp
Unit Secretary, Emergency Department
""", '2024-02-06 10:12')

mk('phi', 'names', 'Jayden',
   'Dr. Imani Rusk <irusk@%s>' % H,
   'Plastic Surgery <plasticsconsult@%s>' % H,
   'peds 3 - dog bite face',
   """Hi plastics,

Jayden in peds 3 -- the 7 yo with the dog bite to the L cheek and lower lid -- mom is asking again when you'll be down. We've got him on augmentin and the wound is irrigated and covered. He's been NPO since 1300 in case you want to close in the OR. Child life is with him now. Animal control was notified by the triage nurse.

Imani
""", '2024-07-14 16:48')

mk('phi', 'names', 'Al-Khatib',
   'Interpreter Services <interpreters@%s>' % H,
   'Lucas Feeney <lfeeney@%s>' % H,
   'RE: Al-Khatib, Abdulrahman -- Arabic interpreter for consent',
   """Hi Lucas,

Confirmed -- Arabic interpreter Samira Haddad will be in person at 0700 tomorrow in pre-op holding for Mr. Al-Khatib's consent for the external fixator. If the case moves up please call us at x4-5100, we have a video interpreter available 24/7 as backup.

Thank you,
Dalia Osei
Interpreter Services Coordinator

> From: Lucas Feeney
> Sent: Thursday 4:02 PM
> Subject: Al-Khatib, Abdulrahman -- Arabic interpreter for consent
>
> Need Arabic interp for 0700 tomorrow, surgical consent, 5th floor preop. He
> speaks some English but family wants everything explained in Arabic.
> thanks, Lucas (trauma NP)
""", '2024-05-16 16:40')

mk('phi', 'names', 'Venkataraman',
   'Colm Rafferty MD <crafferty@%s>' % H,
   'Dr. Harish Subramaniam <hsubramaniam@westendfamilymed.com>',
   'your patient in our ED',
   """Dr. Subramaniam,

Courtesy note -- your patient Lakshmi Venkataraman was brought in by her son this morning after a fall at home. CT head and c-spine are negative, she has a nondisplaced L wrist fracture which we splinted. Her sodium was 126 which we think may be from the new hydrochlorothiazide -- we held it and she'll stay overnight in obs to recheck.

She asked repeatedly that we let you know. Feel free to call me at (555) 014-2288 today until 7pm.

Colm Rafferty, MD
Attending Physician, Emergency Medicine
""", '2024-03-28 12:03')

mk('phi', 'names', 'Kovalchuk',
   'Mira Castellano <mcastellano@%s>' % H,
   'Trauma Surgery Team <traumateam@%s>, Interpreter Services <interpreters@%s>' % (H, H),
   'RE: family meeting for Kovalchuk',
   """All - confirming Mr. Kovalchuk's family meeting is today at 3pm in the SICU conf room. His wife Halyna and brother will be there. Ukrainian interpreter is booked (in person). Dr. Amadi will lead; the main items are trach/PEG vs. continuing current course, and the rehab options after.

I'll bring the LTACH list. Chaplain Okoro also asked to attend.

Mira Castellano, MSW
Trauma Social Work
""", '2024-05-22 09:15')

mk('phi', 'names', 'Muñoz-Echeverría',
   'Sheila Tramontana <stramontana@%s>' % H,
   'Wound Clinic <woundclinic@%s>' % H,
   'missed wound check - Mr. Muñoz',
   """Good morning,

José Ángel Muñoz-Echeverría (goes by Mr. Muñoz) was supposed to come to you Monday for his wound check after the abdominal washout and didn't show. He called the trauma office today and said he didn't know about the appt. Can you fit him in this week? He says the bottom of the incision is "leaking a little yellow." He prefers afternoons and Spanish.

Thanks!
Sheila Tramontana
Trauma Surgery Clinic Scheduler
""", '2024-06-19 09:50')

# =====================================================================
# PHI - self
# =====================================================================
mk('phi', 'self', 'Kincaid',
   'Deb Kincaid <debkincaid61@yahoo.com>',
   'patientrelations@%s' % H,
   'No follow up after ER visit',
   """To whom it may concern,

My name is Deborah Kincaid, DOB 11/22/1961. I was in your emergency room on March 3rd for chest pain. They did an EKG, bloodwork and a chest xray and the doctor told me my troponin was "borderline" and I needed to see cardiology within the week and that someone would call me to set up a stress test. Nobody called. It has been three weeks. I have called the number on my discharge papers four times and get a voicemail.

I still get the pressure when I walk up the hill to my bus. I would like someone to call me please at 555-013-4471.

Thank you,
Deb
""", '2024-03-25 20:14')

mk('phi', 'self', 'Grable',
   'Amanda Grable <agrable.home@outlook.com>',
   'ednursing@%s' % H,
   'stitches question for my son',
   """hi, my son Tyler Grable (DOB 6/2/2015) got stitches on his chin in your ER last saturday night, the doctor said 5-7 days to take them out. Can our pediatrician do it or does he have to come back there? Also he had a fever of 101.2 tonight and the chin looks a little red and puffy around 2 of the stitches, is that an infection?? should I bring him in tonight

thank you
Amanda (Tyler's mom)
555-011-2764
""", '2024-08-13 21:37')

mk('phi', 'self', 'Oyelaran',
   'Marcus Oyelaran <m.oyelaran@gmail.com>',
   'Health Information Management <roi@%s>' % H,
   'records request - motorcycle accident Sept 2023',
   """Hello,

I'm Marcus Oyelaran. I was a trauma patient at Calder from September 9 to September 21 2023 after a motorcycle crash on Route 9. I broke my right femur and had a rod put in, plus a chest tube and they removed part of my spleen I think.

My lawyer (Ingrid Paulsen at Paulsen & Roake) needs:
- the operative reports for both surgeries
- the discharge summary
- the ED notes from the day I came in
- my bill

I signed the release form at the front desk last Thursday but haven't heard anything. Can you tell me the status? My date of birth is 02/14/1993 and my phone is 555-012-9930.

Thanks,
Marcus
""", '2024-01-17 13:02')

mk('phi', 'self', 'Delgado',
   'rosa d <rosadelg77@icloud.com>',
   'burnclinic@%s' % H,
   'burn cream',
   """hi its Rosa Delgado, I was the one with the burn on my right hand from the fryer on thursday. the silver cream ran out and the pharmacy says I need a new prescription. also the blister popped, is that ok? I have the appt on the 28th still

Rosa
555-013-0852
""", '2024-06-22 11:18')

_pet = """Dear Patient Experience Office,

I am writing about my visit to your Emergency Department on February 11th. My name is Graham Petrosyan and I was brought in by ambulance with severe flank pain.

I waited seven hours in the hallway before anyone gave me anything for the pain besides Tylenol. When I finally got a CT scan it showed a 7 mm kidney stone on the left side. I was given morphine twice and then sent home with a prescription for tamsulosin and told to strain my urine. Nobody explained what to do if I could not pass it. Two days later I ended up at St. Brendan's where they put a stent in.

I understand the ER was busy, but I want this reviewed. I have attached nothing because I do not have my records yet -- please also send me a copy.

Sincerely,
Graham Petrosyan
44 Wickham Terrace, Apt 2
Port Halden
"""
mk('phi', 'self', 'Petrosyan',
   'Graham Petrosyan <gpetrosyan@fastmail.com>',
   'Patient Experience <patientexperience@%s>' % H,
   'Complaint - ED visit 2/11',
   _pet, '2024-02-20 07:45', html=html_of(_pet), cte='base64')

mk('phi', 'self', 'Ebersole',
   'Ruth Ebersole <ruth.ebersole@comcast.net>',
   'ED Case Management <edcm@%s>' % H,
   'my husband Walter - sent home after fall',
   """Hello,

I am the health care proxy for my husband, Walter Ebersole, DOB 04/09/1944. He was in your emergency room Sunday night after he fell in the bathroom at Maple Terrace. They took x-rays of his hip and said nothing was broken and sent him back at 3 in the morning.

Since then he cannot put any weight on the left leg and cries out when the aides move him. Maple Terrace says they cannot manage him and want him to go back to the hospital, but I don't want him to sit in the ER for 12 hours again for nothing. Can someone please look at whether he needs a CT or an MRI? His regular doctor is Dr. Pellegrino.

Please call me at 555-012-3318. I am at his bedside most afternoons.

Ruth Ebersole
""", '2024-02-27 09:58')

mk('phi', 'self', 'Eze',
   'Ngozi Eze <ngozi.eze.rn@gmail.com>',
   'Trauma Clinic <traumaclinic@%s>' % H,
   'follow up - Ngozi',
   """Good afternoon,

This is Ngozi Eze. I had my chest tube taken out at the clinic last Tuesday (stab wound, left side, admitted 6/30). I'm still short of breath going up the stairs and it hurts to take a deep breath, worse than when I left. Is that normal? Should I come back before my next appointment on the 29th or go to the ER?

If you need to look me up my birthday is 14 Jul 1990.

Thank you,
Ngozi
""", '2024-07-18 14:26')

# =====================================================================
# PHI - ids
# =====================================================================
mk('phi', 'ids', '',
   'Fast Track <fasttrack@%s>' % H,
   'Trauma Clinic <traumaclinic@%s>' % H,
   'staple removal - can you see today?',
   """MRN 00418827, DOB 3.4.88 -- pt is here in fast track asking for staple removal from the scalp lac (placed 4/29 by your team). We can do it here if you'd rather, just want to make sure nobody wanted to look at the wound first since it was a trauma activation. He also says he's still getting headaches.

FT RN desk x4-2235
""", '2024-05-08 13:10')

mk('phi', 'ids', 'Halvorsen',
   'Priya Natarajan MD <pnatarajan@%s>' % H,
   'ED Results Follow-up <edresults@%s>' % H,
   'incidental finding needing f/u - Acc CT24-0318-00771',
   """Hi results team,

Flagging an incidental on a trauma pan-scan that I don't see addressed in the ED dc paperwork:

Pt: HALVORSEN, ERIK
DOB: 19790512
Acc: CT24-0318-00771 (CT chest/abd/pelvis w contrast, 03/18/2024)
Finding: 6 mm solid nodule RLL (series 4 img 88). Per Fleischner, needs f/u CT in 6-12 mo.

Pt was discharged from the ED same day. Please send the standard incidental-findings letter to the address on file and cc his PCP if one is listed (I don't see one).

Priya Natarajan, MD
Radiology, Body Imaging
""", '2024-03-19 11:52')

mk('phi', 'ids', 'Haddad',
   'Vernon Pike <vpike@%s>' % H,
   'Provider Appeals <appeals@khhp.com>',
   'Appeal - trauma activation denial - acct 7700231894',
   """Keystone Harbor Health Plan -- Provider Appeals

Patient: Farida Haddad
Member ID: QHX884120937
Account #: 7700231894
Claim #: 24019-6683107
DOS: 01/27/2024
Address on file: 311 Quarry Hill Rd, Unit 5, Port Halden 02911
Phone: (555) 013-2298

We are appealing the denial of revenue code 0681 (trauma activation, level 1). The patient arrived by ALS after a rollover MVC with ejection and met our Level 1 criteria per field report (GCS 12, SBP 86). Documentation of the activation page and the trauma team response times is attached to the portal submission (ref APL-55120).

Please contact me with questions.

Vernon Pike, CPC
Patient Financial Services - Denials & Appeals
Calder Memorial Hospital
(555) 014-7730
""", '2024-03-04 15:30')

mk('phi', 'ids', 'Sims',
   'Det. Kyle Ambrose <kambrose@porthaldenpd.gov>',
   'Release of Information <roi@%s>' % H,
   'Records request w/ warrant - PHPD case 24-118734',
   """Good morning,

Attached to our portal submission is a signed search warrant (Judge Okwuosa, Wexmoor Superior Court) for medical records regarding:

  Devonte R. Sims
  DOB 4 Mar 1988
  Arrived your ED approx 0230 hrs on 05/11/2024 via PHPD unit 412 / Medic 9
  GSW to the left thigh

Specifically requesting: ED physician and nursing notes, any blood alcohol / drug screen results with draw times, and the list of personal property and clothing collected by staff. Also need the name of the nurse who bagged the clothing for chain of custody.

Please call me at (555) 011-4406 if there is an issue. Case # 24-118734.

Det. Kyle Ambrose #2291
Port Halden Police Department
Criminal Investigations Division
""", '2024-05-13 08:05')

mk('phi', 'ids', 'Whitlock',
   'Nursing Station 2 <nursing2@mapleterracesl.com>',
   'ED Charge <edcharge@%s>' % H,
   'resident sent to you - AMS',
   """Sending resident to your ED via ambulance for altered mental status, more confused than baseline since this AM, temp 100.9.

Resident: Eleanor Whitlock
DOB: 07/19/1936
Medicare MBI: 4TW7-K22-HM63
Address: Maple Terrace Senior Living, 88 Larch St, Rm 3
Facility phone: 555-012-0147 (ask for 2nd floor nurse)
POA: son, Dennis Whitlock 555-013-6625
Code status: DNR/DNI (MOLST sent with pt)

Meds: donepezil 10 mg, metoprolol 25 bid, apixaban 5 bid, sertraline 50. Last UA 2 weeks ago was positive and she finished cipro 4/19.

Please send back with updated med list and any new orders. Thank you,
Bernadette Ochoa LPN
""", '2024-04-26 10:22')

mk('phi', 'ids', '',
   'ED Callback Nurse <edcallback@%s>' % H,
   'Urgent Care Pharmacy Liaison <rxliaison@%s>' % H,
   'culture callback - chart # 2291-5567',
   """chart # 2291-5567 -- she was seen 6/2 for UTI sx, sent home on cipro. urine cx grew E. coli >100k resistant to cipro, sensitive to nitrofurantoin. Reached her at 555-013-8814, she's still symptomatic, no fever. Dr. Laurent ok'd macrobid 100 bid x 5 days -- can you call it in to the Walgreens on Ferris Ave? she's 28 wks pregnant so please double check with OB pharmacist if needed.

thx
Yolanda, RN
""", '2024-06-05 14:41')

mk('phi', 'ids', '',
   'Dana Whitfield <dwhitfield@%s>' % H,
   'EMS QA <emsqa@porthaldenfire.gov>',
   'RE: outcome request PCR 2024-031877',
   """Hi Cpt. Lomax,

Re: PCR # 2024-031877 / incident 24-0412-0088 -- pt DOB 1951-10-30, picked up at 1412 Calloway Ave, unresponsive with glucose 38, your crew gave D10 250 mL and he woke up on scene.

Outcome: he had a second low in the ED (glucose 52) and was admitted overnight for the glipizide -- his kidney function was worse than before so the sulfonylurea was building up. Discharged 4/14 with the glipizide stopped. No issues with your care, nice job on the repeat glucose checks.

Dana

> -----Original Message-----
> From: Cpt. Raymond Lomax <rlomax@porthaldenfire.gov>
> Sent: Monday, April 15, 2024 7:02 AM
> Subject: outcome request PCR 2024-031877
>
> Can we get outcome on the hypoglycemic from 4/12 for our QA file? Crew
> wants to know if he was admitted. PCR attached in ESO.
""", '2024-04-15 16:18')

# =====================================================================
# PHI - lists
# =====================================================================
mk('phi', 'lists', 'Rourke; Tanaka-Bell; Osei; Pham; Grzelak',
   'Ian Mulcahy MD <imulcahy@%s>' % H,
   'Trauma Night Team <trauma-night@%s>' % H,
   'trauma sign out 4/9',
   """night team -- sign out below, sorry it's long. pager 7702 til 0730.

* Rourke, Dennis (SICU 6) -- POD1 ex-lap/small bowel resection. Lactate trending down. Keep NPO, NGT to LIWS. if UOP < 30 x2h call me.
* Tanaka-Bell, Miyu (SICU 11) -- TBI, SDH non-op, Keppra. Neuro checks q1. Repeat CT head 0400 ordered. Plt 88 -- transfuse if < 50.
* Osei, Kwabena (7E 714) -- R rib fx 3-8, epidural in. Pain ok. IS 750. Can go to floor tomorrow if O2 weaned.
* Pham, Linh (7E 722) -- grade II liver lac, serial Hgb q6, last 10.2. Bedrest til AM.
* "Mr. G" = Grzelak, Stanisław (ED hallway 4, boarder) -- elderly fall on blood thinners, pelvic ramus fx, reversed. Waiting on bed. Family very anxious, daughter's # in chart.

tasks:
- f/u 0400 CT on Tanaka-Bell
- consent Osei for possible SSRF (family coming 0800)

Ian
""", '2024-04-09 18:55')

mk('phi', 'lists', 'Alcott; Baptiste; Dunleavy; Hoang; Mensah; Zielinski',
   'ED Charge RN <edcharge@%s>' % H,
   'ED Huddle <ed-huddle@%s>' % H,
   '0700 huddle board',
   """0700 huddle -- boarders + flags

BED | PATIENT            | AGE | ISSUE                               | DISPO / FLAG
----+--------------------+-----+-------------------------------------+---------------------
 4  | Alcott, Margaret   | 82  | hip fx, ortho OR today              | admit 6N, DNR
 11 | Baptiste, Jean-Rony| 45  | DKA, insulin gtt                    | MICU bed 1100?
 H2 | Dunleavy, Patrick  | 67  | ETOH w/d, CIWA 14                   | 1:1 sitter
 17 | Hoang, Minh Chau   | 29  | ectopic r/o, US pending             | OB aware
 19 | Mensah, Abena      | 54  | CP, trop x2 neg                     | stress test then home
 22 | Zielinski, Tomasz  | 38  | psych hold, section 12 signed       | awaiting crisis eval

- Trauma bays 1-2 open. CT2 down til 0900 (service).
- 3 ambulances on the way per EMS board.
- Reminder: sitter for H2 from float pool; call staffing if no show.
""", '2024-05-14 07:02')

_rv = to_csv([
    ['MRN', 'Patient', 'DOB', 'Index visit', 'Index dx', 'Return visit', 'Return dx', 'Admitted', 'Attending (index)'],
    ['00937715', 'Carmody, Bridget', '1958-09-02', '2024-04-01', 'Cellulitis L leg', '2024-04-03', 'Cellulitis worsening, sepsis', 'Y', 'Rafferty'],
    ['01102284', 'Osuji, Emeka', '1976-01-19', '2024-04-04', 'Renal colic', '2024-04-06', 'Obstructing stone w/ infection', 'Y', 'Laurent'],
    ['00551903', 'Lemaire, Colette', '1941-12-28', '2024-04-09', 'Fall, contusion', '2024-04-10', 'Subdural hematoma', 'Y', 'Achterberg'],
    ['01244570', 'Tran, Bao', '2019-05-07', '2024-04-11', 'Viral URI', '2024-04-12', 'Pneumonia', 'N', 'Rusk'],
    ['00873362', 'Whelan, Kieran', '1990-03-15', '2024-04-17', 'Ankle sprain', '2024-04-19', 'Ankle fx (missed)', 'N', 'Merriweather PA'],
    ['01011829', 'Sandoval, Inés', '1965-07-30', '2024-04-22', 'Abd pain NOS', '2024-04-23', 'Appendicitis, perforated', 'Y', 'Natarajan-Kerr'],
])
mk('phi', 'lists', 'Carmody; Osuji; Lemaire; Tran; Whelan; Sandoval',
   'Harriet Voss <hvoss@%s>' % H,
   'ED Quality Committee <edquality@%s>' % H,
   'April 72h returns w/ admission - for peer review',
   """Committee members,

Attached is the April list of 72-hour returns flagged by the report. I've pulled the index and return dx from the chart. Please look at your assigned cases before Thursday -- lines 3 and 6 are the ones the chair specifically wants discussed.

Reminder this is peer review protected, do not forward outside the committee.

Harriet Voss, RN, CPHQ
Quality Specialist, Emergency Services
""", '2024-05-02 12:40', atts=[('ED_72h_returns_APR2024.csv', _rv, 'text/csv')])

_me = to_csv([
    ['Decedent', 'DOB', 'Sex', 'Arrival', 'Pronounced', 'Mechanism / circumstances', 'ME notified (time)', 'ME case #', 'Body released to'],
    ['Lindqvist, Harold', '1969-08-14', 'M', '2024-04-02 02:44', '2024-04-02 03:12', 'found down, suspected OD', '0330', '24-0611', 'ME'],
    ['Arceneaux, Delphine', '1952-02-03', 'F', '2024-04-07 18:20', '2024-04-07 19:05', 'ped struck by vehicle', '1915', '24-0638', 'ME'],
    ['Mbeki-Turner, Sipho', '2001-11-22', 'M', '2024-04-13 23:51', '2024-04-14 00:09', 'GSW chest', '0020', '24-0659', 'ME'],
    ['Kowalczyk, Irena', '1938-06-09', 'F', '2024-04-19 10:02', '2024-04-19 10:40', 'fall at home, on warfarin; died after ICH', '1100', '24-0677 (declined, released)', 'Dunmore Funeral Home'],
    ['Boateng, Yaw', '1984-04-30', 'M', '2024-04-26 04:15', '2024-04-26 04:37', 'MVC, unrestrained', '0450', '24-0702', 'ME'],
])
mk('phi', 'lists', 'Lindqvist; Arceneaux; Mbeki-Turner; Kowalczyk; Boateng',
   'Nadia Ferreira <nferreira@%s>' % H,
   'Records Unit <records@me.wexmoorcounty.gov>',
   'April ED deaths reported - reconciliation',
   """Hi Terrence,

Here is our April reconciliation of ED deaths reported to your office, zipped per your IT's request (they block loose CSVs). Password is the usual one, I'll text it.

Can you confirm the case # for Kowalczyk -- our log says declined/released but the funeral home says they were told to wait for ME.

Thanks,
Nadia Ferreira
Decedent Affairs Coordinator
Calder Memorial Hospital
(555) 014-6011
""", '2024-05-03 09:20',
   atts=[('ED_deaths_APR2024.zip', zip_bytes([('ED_deaths_APR2024.csv', _me)]), 'application/zip')])

mk('phi', 'lists', 'Gutiérrez; Fairbanks; Nwosu; Yilmaz; Castellanos-Reid',
   '"Joelle Bamford, LCSW" <jbamford@%s>' % H,
   'Mira Castellano <mcastellano@%s>, ED SW Weekend <edsw-weekend@%s>' % (H, H),
   'weekend SW handoff',
   """Handoff for the weekend. Tab-separated so you can paste into the tracker.

Patient\tLocation\tIssue\tNext step
Gutiérrez, Ana Lucía\tED 14\tDV disclosure, partner visited x2\tsafe shelter bed held til Sat 10am, security aware
Fairbanks, Roy\tED H5\thomeless, cellulitis dc'd, needs respite\trespite referral sent Fri, call Sat 9am
Nwosu, Chiamaka\tL&D transfer\t17yo, no guardian present\tDCF report filed #2024-55871, worker coming Sat
Yilmaz, Emre\tSICU 3\tinternational student, no insurance, trauma\tcall consulate Mon; financial counseling
Castellanos-Reid, June\t7W 708\tNH refused to take back after fall\tescalate to admin on call if not resolved

Emre's roommate keeps calling -- he has NOT consented to info release, please don't give updates.

Joelle
""", '2024-03-22 16:45')

_tx = [
    ['Date', 'Ref #', 'Patient', 'DOB', 'Sending facility', 'Reason', 'Accepting MD', 'Outcome'],
    ['04/22/2024', 'TC-240422-0071', 'Okafor, Chidinma', '03/11/1987', 'St. Brendan\'s Community', 'Splenic lac gr IV', 'Amadi', 'Splenectomy, SICU'],
    ['04/23/2024', 'TC-240423-0012', 'Duchesne, Marc-André', '09/30/1972', 'Tri-Valley Regional', 'Pelvic fx, hemodynamically unstable', 'Lowenthal', 'IR embolization'],
    ['04/25/2024', 'TC-240425-0104', 'Ruiz, Valentina', '12/01/2008', 'Eastgate Urgent Care', 'Supracondylar fx w/ pulse deficit', 'Peds ortho', 'OR, home POD1'],
    ['04/27/2024', 'TC-240427-0039', 'Sørensen, Anders', '05/18/1961', 'Tri-Valley Regional', 'TBI, EDH', 'Neurosurg', 'Craniotomy'],
    ['04/29/2024', 'TC-240429-0088', 'Ahmadi, Parisa', '07/07/1995', 'St. Brendan\'s Community', 'Burn 18% TBSA', 'Burn surg', 'Burn ICU'],
]
mk('phi', 'lists', 'Okafor; Duchesne; Ruiz; Sørensen; Ahmadi',
   'Transfer Center <transfercenter@%s>' % H,
   'Paul Amadi MD <pamadi@%s>' % H,
   'trauma transfers accepted - last week of April',
   """Dr. Amadi,

As requested, the accepted inbound trauma transfers for 4/22-4/29 are in the attached spreadsheet for the outreach report to St. Brendan's and Tri-Valley.

Transfer Center
""", '2024-04-30 16:12',
   atts=[('Trauma_transfers_0422-0429.xlsx', xlsx_bytes(_tx, 'Transfers'),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_board = """CALDER MEMORIAL HOSPITAL             ED BOARDERS > 24 HOURS            RUN: 05/20/2024 06:00
========================================================================================
ROOM   NAME                      MRN        AGE SEX  ARRIVED          HRS  ADMIT SVC / NOTE
------ ------------------------- ---------- --- ---  ---------------- ---- ----------------
ED07   FITZGERALD, AOIFE         00662017    71 F    05/18 22:14      31.8 MED - PNA, on BiPAP
ED12   OLUWASEUN, DAMILOLA       01193440    33 F    05/19 01:40      28.3 PSY - awaiting bed
HW03   KRASNIQI, ARBEN           00998231    58 M    05/18 19:02      35.0 SURG - SBO, NGT
ED25   DELACROIX-HUNT, SIMONE    01007765    46 F    05/19 03:33      26.4 MED - GI bleed, 2u
HW07   NAKAMURA, HIROSHI         00415590    88 M    05/18 16:47      37.2 MED - failure to thrive
------ ------------------------- ---------- --- ---  ---------------- ---- ----------------
TOTAL 5                                                         AVG HRS 31.7
"""
mk('phi', 'lists', 'Fitzgerald; Oluwaseun; Krasniqi; Delacroix-Hunt; Nakamura',
   'Bed Management <bedmgmt@%s>' % H,
   'House Supervisors <housesup@%s>, ED Leadership <ed-leadership@%s>' % (H, H),
   'ED boarders >24h - 5/20',
   """Morning report attached. Nakamura now at 37 hrs -- can we get eyes on the 6N discharge list before 10? Krasniqi's family asked for a manager call.

-- Bed Management Center, x4-8800
""", '2024-05-20 06:12', atts=[('ED_boarders_0520.txt', _board, 'text/plain')])

# =====================================================================
# PHI - struct
# =====================================================================
mk('phi', 'struct', 'Ferraro',
   'Gideon Lutz <glutz@%s>' % H,
   'Interface Team <interfaces@%s>' % H,
   'A04 from ED registration not routing to trauma registry',
   r"""Team -- the trauma registry feed dropped this one overnight (and ~10 others). Looks like PV1-3 has the new bay code TRB2 that's not in the routing table. Msg from the engine error queue:

MSH|^~\&|EPIC|CALDER_ED|TRAUMAREG|CALDER|20240409023517||ADT^A04|MSG00093311|P|2.5.1
EVN|A04|20240409023500
PID|1||00871204^^^CALDER^MR||FERRARO^VINCENT^J||19840221|M|||1187 SEXTON AVE^^PORT HALDEN^MA^02913||(555)013-5521|||S||7700498812|
PV1|1|E|TRB2^^^CALDER_ED||||1490^AMADI^PAUL^^^MD|||TRA||||7|||1490^AMADI^PAUL^^^MD|E||||||||||||||||||||||||||20240409023100
PV2|||^GSW ABDOMEN
IN1|1|KHHP01|||KEYSTONE HARBOR HEALTH PLAN

can someone add TRB1-TRB4 to the lookup and resend the queue? Registry folks need these for the activation report.

Gideon Lutz
Sr. Integration Analyst, IS&T
x4-3399
""", '2024-04-09 08:44')

_oru = ('MSH|^~\\&|SUNQUEST|CALDER_LAB|EPIC|CALDER|20240611043322||ORU^R01|LAB5520193|P|2.3\r'
        'PID|1||01155482^^^CALDER^MR||ASANTE^KOFI^||19670805|M|||22 DRAYTON CT^^PORT HALDEN^MA^02910\r'
        'PV1|1|E|ED18^^^CALDER_ED\r'
        'ORC|RE|ED4431887|L240611-1187\r'
        'OBR|1|ED4431887|L240611-1187|TROPHS^TROPONIN I HS^L|||20240611040500\r'
        'OBX|1|NM|TROPHS^TROPONIN I HS^L||1840|ng/L|<35|HH|||F|||20240611043000\r'
        'NTE|1||CRITICAL VALUE CALLED TO K. ABERNATHY RN 0433 READ BACK\r'
        'OBR|2|ED4431887|L240611-1188|K^POTASSIUM^L|||20240611040500\r'
        'OBX|1|NM|K^POTASSIUM^L||3.1|mmol/L|3.5-5.1|L|||F\r')
mk('phi', 'struct', 'Asante',
   'Lab Interface Support <labis@%s>' % H,
   'Epic Beaker Team <beakerteam@%s>' % H,
   'critical trop result not showing in ED results tab',
   """Hi,

ED called -- this critical hs-troponin resulted in Sunquest at 0433 but never filed in the ED results tab. Attaching the raw ORU from the outbound log. The trop for Mr. Asante was 1840 and they only found out from the phone call. Can you check whether the OBX-11 'F' status is being rejected because of the NTE?

Ticket INC0051720.

Wendell Park
Lab Information Systems
""", '2024-06-11 05:02', atts=[('ORU_L240611-1187.hl7', _oru.encode('ascii'), 'application/octet-stream')])

_837 = ("ISA*00*          *00*          *ZZ*CALDERMH       *ZZ*CLAIMBRIDGE    *240314*1022*^*00501*000004417*0*P*:~"
        "GS*HC*CALDERMH*CLAIMBRIDGE*20240314*1022*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
        "BHT*0019*00*CMH240314A*20240314*1022*CH~NM1*85*2*CALDER MEMORIAL PHYSICIAN GROUP*****XX*1720093318~"
        "HL*2*1*22*0~SBR*P*18*******CI~NM1*IL*1*OKONJO*ADAEZE*N***MI*KHX552017764~"
        "N3*904 BELLWOOD ST APT 2R~N4*PORT HALDEN*MA*02912~DMG*D8*19910706*F~"
        "CLM*CMH8841772*1850.00***23:B:1*Y*A*Y*Y~DTP*431*D8*20240302~"
        "HI*ABK:S72001A*ABF:V4352XA*ABF:R402412~"
        "LX*1~SV1*HC:99285:25*1250.00*UN*1***1~DTP*472*D8*20240302~"
        "LX*2~SV1*HC:99291*600.00*UN*1***1~DTP*472*D8*20240302~SE*22*0001~GE*1*4417~IEA*1*000004417~")
mk('phi', 'struct', 'Okonjo',
   'Teresa Lindahl <tlindahl@%s>' % H,
   'ClaimBridge Support <support@claimbridge-edi.com>',
   'RE: Case 00188243 - 837P rejected at clearinghouse (2010BA)',
   """Hi,

Here's the raw segment set for the rejected claim you asked for. Your edit says 2010BA N4 invalid but the zip looks right to me? This was the ED critical care claim (hip fx after the car accident), we need it out before timely filing.

""" + _837 + """

Thanks,
Teresa Lindahl
Coding & Billing Specialist, Calder Memorial Physician Group
(555) 014-7712

-----Original Message-----
From: ClaimBridge Support <support@claimbridge-edi.com>
Sent: Wednesday, March 13, 2024 4:18 PM
Subject: Case 00188243 - 837P rejected at clearinghouse (2010BA)

Please reply with the full ISA-IEA envelope of the rejected transaction so we can review.
""", '2024-03-14 10:31')

_835 = """ST*835*1201~
BPR*I*412.66*C*ACH*CCP*01*011000390*DA*00441298*1720093318**01*021000089*DA*88120077*20240422~
TRN*1*EFT7720014421*1720093318~
N1*PR*KEYSTONE HARBOR HEALTH PLAN~
N1*PE*CALDER MEMORIAL HOSPITAL*XX*1720093318~
CLP*CMH8790331*1*4880.00*412.66*150.00*MC*24101188220097*13*1~
NM1*QC*1*DRUMMOND*FIONA*E***MI*KHX310045582~
NM1*82*2*CALDER MEMORIAL HOSPITAL*****XX*1720093318~
DTM*232*20240318~
SVC*NU:0450*3900.00*330.13**1~
CAS*CO*45*3419.87~
CAS*PR*1*150.00~
SVC*NU:0320*980.00*82.53**1~
CAS*CO*45*897.47~
SE*15*1201~"""
mk('phi', 'struct', 'Drummond',
   'Marcy Holcomb <mholcomb@%s>' % H,
   'PFS Cash Posting <pfs-posting@%s>' % H,
   '835 underpayment? ED + CT',
   """Posting team -- can someone look at this ERA before I post. KHHP paid 412.66 on a 4880 ED level 4 + CT head and applied almost all of it as CO-45. Contract should be percent of charges for ED. Pt is Fiona Drummond, DOS 3/18.

""" + _835 + """

Marcy
""", '2024-04-23 13:55')

_271 = """ISA*00*          *00*          *ZZ*KHHP           *ZZ*CALDERMH       *240612*0631*^*00501*000771203*0*P*:~
GS*HB*KHHP*CALDERMH*20240612*0631*771203*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL240612-0041*20240612*0631~
HL*1**20*1~
NM1*PR*2*KEYSTONE HARBOR HEALTH PLAN*****PI*KHHP01~
HL*2*1*21*1~
NM1*1P*2*CALDER MEMORIAL HOSPITAL*****XX*1720093318~
HL*3*2*22*0~
NM1*IL*1*BELLAMY*THEODORE*R***MI*KHX778102235~
N3*58 ORCHARD LANE~
N4*PORT HALDEN*MA*02914~
DMG*D8*19550923*M~
EB*6**30~
DTP*307*RD8*20230101-20240331~
MSG*COVERAGE TERMINATED~
SE*15*0001~"""
mk('phi', 'struct', 'Bellamy',
   'Registration Lead <reglead@%s>' % H,
   'Financial Counseling <fincounsel@%s>' % H,
   'trauma pt showing termed - 271 attached inline',
   """Hi fin counseling,

Mr. Bellamy came in as a trauma activation overnight (fall from roof, in SICU now) and the eligibility check came back termed as of 3/31. Wife says he's on KHHP through his employer. Response pasted below -- can one of you visit the family today and see about retro Medicaid or COBRA?

""" + _271 + """

Thanks,
Darlene
ED Registration
""", '2024-06-12 07:10')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "cmh-01203388",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "01203388"}
        ],
        "name": [{"family": "Kamau", "given": ["Wanjiru", "Esther"]}],
        "gender": "female",
        "birthDate": "1982-10-17",
        "telecom": [{"system": "phone", "value": "555-012-4410", "use": "mobile"}],
        "address": [{"line": ["7 Pellham Row"], "city": "Port Halden", "state": "MA", "postalCode": "02911"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-ED-88120441",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
        "subject": {"reference": "Patient/cmh-01203388"},
        "period": {"start": "2024-05-29T21:14:00-04:00", "end": "2024-05-30T03:02:00-04:00"},
        "reasonCode": [{"text": "Head strike after assault, LOC"}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/cmh-01203388"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S06.0X1A", "display": "Concussion with loss of consciousness of 30 minutes or less"}]}
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Kamau',
   'Anil Bhattacharya <abhattacharya@%s>' % H,
   'Tomas Reinholt <treinholt@healthbridge-hie.org>',
   'FHIR bundle failing validation on your side?',
   """Tomas,

Your endpoint is returning 422 on our ED encounter bundles since yesterday's release. Example payload attached (real one from prod, so please handle accordingly -- delete after testing). Our validator passes it. Is it the Condition without clinicalStatus?

Anil Bhattacharya
Interoperability Engineer
Calder Memorial Hospital IS&T
""", '2024-05-30 11:26', atts=[('bundle_enc-ED-88120441.json', _fhir.encode('utf-8'), 'application/json')])

mk('phi', 'struct', 'Nordstrom',
   'HIM Outside Records <outsiderecords@trivalleyregional.org>',
   'Trauma Surgery Office <traumaoffice@%s>' % H,
   'CCD for transferred pt - Nordstrom',
   """Per your request, CCD header/problem section for the patient transferred to you 2/8. Full document sent via Direct.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240208174500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="TV-5502871" root="2.16.840.1.113883.3.7714.2"/>
      <addr use="HP"><streetAddressLine>1920 Mill Pond Rd</streetAddressLine><city>Ashby Falls</city><state>MA</state><postalCode>01987</postalCode></addr>
      <telecom use="HP" value="tel:+1-555-012-7301"/>
      <patient>
        <name><given>Linnea</given><given>K</given><family>Nordstrom</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19480330"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <title>Problems</title>
    <text><list>
      <item>Atrial fibrillation on apixaban</item>
      <item>Fall from standing 02/08/2024 -- right subdural hematoma, 6 mm</item>
      <item>CKD stage 3b</item>
    </list></text>
  </section>
</ClinicalDocument>

Tri-Valley Regional Medical Center
Health Information Management
""", '2024-02-09 10:03')

mk('phi', 'struct', 'Quiñones',
   'Rachel Dimarco <rdimarco@%s>' % H,
   'Gideon Lutz <glutz@%s>' % H,
   'FW: duplicate CT head orders from ED',
   r"""Gideon - forwarding from radiology. This keeps happening in trauma bay.

-----Original Message-----
From: Omar Petit <opetit@caldermemorial.org>
Sent: Saturday, July 6, 2024 1:12 AM
To: Rachel Dimarco <rdimarco@caldermemorial.org>
Subject: duplicate CT head orders from ED

Rachel, we got two ORMs for the same pt 40 sec apart, techs scanned once but now there are two accessions and one is hanging open in the worklist. Copied from the interface monitor:

> MSH|^~\&|EPIC|CALDER_ED|RIS|CALDER_RAD|20240706004811||ORM^O01|ORM7781002|P|2.3
> PID|1||00785514^^^CALDER^MR||QUIÑONES^ESTEBAN^||19990412|M
> PV1|1|E|TRB1^^^CALDER_ED|||||||TRA
> ORC|NW|CT7781002||||||||||1490^AMADI^PAUL
> OBR|1|CT7781002||CTHEADWO^CT HEAD WO CONTRAST|STAT|||||||||ASSAULT, GCS 13, ON ASA
> MSH|^~\&|EPIC|CALDER_ED|RIS|CALDER_RAD|20240706004851||ORM^O01|ORM7781019|P|2.3
> PID|1||00785514^^^CALDER^MR||QUIÑONES^ESTEBAN^||19990412|M
> ORC|NW|CT7781019||||||||||1490^AMADI^PAUL
> OBR|1|CT7781019||CTHEADWO^CT HEAD WO CONTRAST|STAT

can someone cancel CT7781019 and figure out why the order set fires twice?

Omar Petit, RT(R)(CT)
CT Lead Technologist
""", '2024-07-06 07:30', cte='quoted-printable')

# =====================================================================
# PHI - lang
# =====================================================================
mk('phi', 'lang', 'Quintanilla',
   'Gabriela Quintanilla <gaby.quintanilla@gmail.com>',
   'Patient Relations <patientrelations@%s>' % H,
   'mi mamá en cuidados intensivos',
   """Buenas tardes,

Soy Gabriela Quintanilla, hija de la paciente Rosario Quintanilla Rivas (fecha de nacimiento 12/05/1950). Anoche la llevaron en ambulancia a la sala de emergencias porque se cayó en la cocina y se golpeó la cabeza. Le hicieron una tomografía y nos dijeron que tiene un pequeño sangrado y que la iban a dejar en cuidados intensivos para observación. Ella toma warfarina (Coumadin) por el corazón.

Hoy no me dejan entrar a verla y nadie me explica nada por teléfono. ¿Me pueden decir si le van a repetir la tomografía y si le suspendieron la warfarina? Yo soy la que la cuida en casa.

Mi teléfono es 555-013-7729.

Muchas gracias,
Gaby
""", '2024-03-11 15:22')

mk('phi', 'lang', 'Barbosa',
   'Luciana Barbosa <lubarbosa85@hotmail.com>',
   'Trauma Clinic <traumaclinic@%s>' % H,
   'Fratura de clavícula - consulta com ortopedista',
   """Olá,

Meu nome é Luciana Barbosa Pereira, nascida em 22/08/1985. Fui atendida no pronto-socorro de vocês no domingo (02/06) depois de um acidente de bicicleta. Fizeram raio-X do ombro e disseram que fraturei a clavícula direita, colocaram uma tipoia e me mandaram procurar o ortopedista em uma semana.

Preciso saber:
1) se preciso de encaminhamento para marcar com o ortopedista da clínica de trauma;
2) se posso tomar ibuprofeno junto com o tramadol que me receitaram? Estou com muita dor à noite.

Obrigada,
Luciana
(555) 011-7405
""", '2024-06-04 08:10')

mk('phi', 'lang', 'Trần Văn Lộc',
   'Tuan Tran <tuan.tranminh@yahoo.com>',
   'Interpreter Services <interpreters@%s>' % H,
   'Xin thông dịch viên tiếng Việt cho ba tôi - SICU',
   """Kính gửi bệnh viện Calder,

Tôi là Trần Minh Tuấn, con trai của ông Trần Văn Lộc (sinh năm 1948). Tối thứ Bảy vừa rồi ba tôi bị tai nạn xe máy và được đưa vào phòng cấp cứu. Bác sĩ nói ba tôi bị gãy ba xương sườn và có máu trong phổi, phải đặt ống dẫn lưu ngực. Hiện giờ ba tôi đang nằm ở khoa hồi sức ngoại (SICU).

Ba tôi không nói được tiếng Anh. Gia đình xin bệnh viện sắp xếp thông dịch viên tiếng Việt khi bác sĩ đi thăm bệnh buổi sáng, và cho biết khi nào có thể rút ống ngực.

Số điện thoại của tôi: 555-012-6048.

Xin cảm ơn,
Tuấn
""", '2024-08-05 06:55')

mk('phi', 'lang', 'Jean-Baptiste',
   'Marie-Claude Jean-Baptiste <mcjeanbaptiste@gmail.com>',
   'Pediatric ED <pedsed@%s>' % H,
   'pitit gason mwen Woodley - randevou doktè je',
   """Bonjou,

Mwen se Marie-Claude Jean-Baptiste, manman Woodley Jean-Baptiste ki gen 16 an. Yo te mennen l nan ijans nou an vandredi swa apre yon batay lekòl, li te gen yon blesi nan tèt ak je gòch li anfle. Doktè a te fè yon eskanè epi li te di pa gen san nan sèvo a men zo anba je a kase. Yo te di m pou m mennen l wè yon doktè je nan 2 jou, men mwen pa gen randevou. Tanpri, ki moun pou m rele? Li toujou ap di li wè doub.

Telefòn mwen: 555-011-8830

Mèsi anpil,
Marie-Claude
""", '2024-09-16 19:40')

mk('phi', 'lang', 'Морозов',
   'Светлана Морозова <s.morozova63@mail.ru>',
   'Patient Relations <patientrelations@%s>' % H,
   'Мой муж в реанимации - нужен переводчик',
   """Здравствуйте!

Меня зовут Светлана Морозова. Мой муж, Морозов Игорь Валентинович, 17.09.1963 г.р., поступил к вам в приёмное отделение 3 марта после ДТП. Ему удалили селезёнку, сейчас он в хирургической реанимации (SICU). Врачи говорят, что он пока на аппарате ИВЛ.

Я плохо понимаю по-английски, когда мне звонят из больницы. Можно ли, пожалуйста, организовать переводчика на русский язык, когда врачи будут обсуждать с семьёй дальнейшее лечение? И подскажите, можно ли мне остаться с ним на ночь.

Мой телефон: 555-013-2207.

С уважением,
Светлана
""", '2024-03-05 12:33', cte='quoted-printable')

mk('phi', 'lang', 'Dimaculangan',
   'Jocelyn Manalo <jmanalo@lindencourtrehab.com>',
   'Marites Soriano <msoriano@%s>' % H,
   'si Lola Corazon - pinadala namin sa ER',
   """Hi Mars,

Kumusta! Pasensya na sa abala. Yung resident namin na si Lola Corazon Dimaculangan (DOB 1/15/1939) pinadala namin sa ER niyo kaninang umaga kasi nahirapan huminga, 84% yung O2 sat niya sa room air. May CHF siya, tinaasan ng doctor namin yung Lasix niya last week pero parang hindi gumana, namamaga pa rin paa niya.

Pakicheck naman kung na-admit siya o pauuwiin? Yung pamangkin niya tumatawag sa amin pero hindi namin alam ang sasabihin. Pakisabi rin sa doctor na DNR siya, nasa envelope yung MOLST kasama ng transfer sheet.

Salamat ng marami!
Jocelyn
Linden Court, 3rd floor
""", '2024-01-22 10:05')

mk('phi', 'lang', 'الحداد',
   'Ahmad Al-Haddad <ahmad.alhaddad@outlook.com>',
   'Interpreter Services <interpreters@%s>' % H,
   'طلب مترجم عربي - والدي في العناية المركزة',
   """السلام عليكم،

أنا أحمد الحداد، ابن المريض يوسف الحداد (تاريخ الميلاد 11/02/1956). أُحضر والدي إلى قسم الطوارئ مساء الأربعاء بعد أن سقط من السلم في العمل. قال الطبيب إن لديه كسرًا في الحوض وإنه يحتاج إلى عملية جراحية، وقد نُقل إلى وحدة العناية المركزة الجراحية.

والدي لا يتكلم الإنجليزية جيدًا. نرجو توفير مترجم عربي عند شرح العملية وتوقيع الموافقة، ونود أن نعرف موعد العملية.

رقم هاتفي: 555-012-9154

شكرًا جزيلًا،
أحمد
""", '2024-07-25 21:12')

mk('phi', 'lang', '陈美玲',
   '陈丽华 <lihua.chen2@163.com>',
   'Patient Relations <patientrelations@%s>' % H,
   '我母亲陈美玲 - 需要粤语翻译',
   """您好，

我是陈丽华。我母亲陈美玲（出生日期：1944年8月3日）昨天晚上因为胸口痛被救护车送到你们急诊室。医生说心电图有变化，抽血的肌钙蛋白偏高，今天早上做了心导管，放了两个支架。

我母亲只会说广东话，请问可以安排粤语翻译吗？另外出院以后她需要吃的新药（阿司匹林和氯吡格雷）要吃多久？

我的电话：555-013-5582

谢谢！
丽华
""", '2024-10-02 13:48', cte='base64')

# =====================================================================
# CLEAN - admin
# =====================================================================
mk('clean', 'admin', '',
   'ED Staffing Office <edstaffing@%s>' % H,
   'ED Nursing All <ednursing-all@%s>' % H,
   'Schedule posted PP 6/9-6/22 + open shifts',
   """Hi all,

The schedule for pay period 6/9 - 6/22 is posted in ShiftWise. Open shifts below -- incentive pay ($12/hr) applies to all nights marked *.

  6/12  NIGHT  Trauma bay RN x2 *
  6/14  EVE    Triage RN x1
  6/15  NIGHT  Peds ED RN x1 *
  6/19  DAY    Fast track LPN x1
  6/21  NIGHT  Charge RN (must be charge-trained) *

Swap requests go to Tamika Rowe (x4-2261) by Friday 6/7. Reminder that PTO for the July 4th week closed 5/1.

Please also check that your BLS/ACLS/TNCC dates are current in HealthStream -- three people will be pulled from the schedule on 6/30 if not renewed.

Thanks!
Tamika Rowe
ED Staffing Coordinator
""", '2024-06-03 07:45')

mk('clean', 'admin', '',
   'IT Service Desk <servicedesk@%s>' % H,
   'Renata Soltis <rsoltis@%s>' % H,
   'INC0048812 updated: Tracking board frozen - TRB-03 workstation',
   """Incident INC0048812 has been updated.

Short description: Tracking board frozen / Citrix session hangs - workstation TRB-03 (Trauma Bay 3)
Priority: 2 - High
Assigned to: Desktop Support - Tier 2 (Nikhil Varma)
Caller: Renata Soltis, x4-2210

Work notes (visible to caller):
Replaced the USB hub and re-imaged TRB-03 with the clinical workstation build 24.03. Badge tap-in (Imprivata) re-enrolled. Please test login at next downtime. Spare COW #17 was left in bay 3 as a loaner -- asset tag CMH-041882, please return to IT cage B2 when done.

To reply, respond to this email leaving the reference line intact.
Ref:MSG0771342

Calder Memorial IS&T Service Desk | x4-4357 (HELP) | 24/7
""", '2024-04-17 14:20')

_inv = """Dear Accounts Payable,

Please find below invoice INV-22-81734 for the annual renewal of ChargeMaster Pro (ED & Trauma module) for Calder Memorial Hospital.

  PO number:         4500182273
  Term:              07/01/2024 - 06/30/2025
  Named users:       250 (coders, PFS, HIM)
  License fee:       $84,200.00
  Support (tier 2):  $16,840.00
  Total due:         $101,040.00   Net 45

Remit to: Veridian Revenue Systems, LLC, PO Box 99120, Dept 4471, Columbus OH 43260. ACH details on file; please call to verify any change to banking information -- we will never email new bank details.

Questions: billing contact Shauna Kirkwood, (555) 010-3348.

Veridian Revenue Systems | Accounts Receivable
"""
mk('clean', 'admin', '',
   'Veridian AR <ar@veridianrevenue.com>',
   'Accounts Payable <ap@%s>' % H,
   'Invoice INV-22-81734 - ChargeMaster Pro renewal (PO 4500182273)',
   _inv, '2024-05-28 09:02', cc='Vernon Pike <vpike@%s>' % H, html=html_of(_inv))

mk('clean', 'admin', '',
   'Employee Health <employeehealth@%s>' % H,
   'ED All Staff <ed-all@%s>, Trauma Surgery All <trauma-all@%s>' % (H, H),
   'Reminder: annual TB screening & N95 fit testing due 7/31',
   """Reminder to all Emergency Department and Trauma Surgery staff:

Annual TB screening (questionnaire or IGRA blood test, per your category) and N95 fit testing are due by July 31. Staff who are not compliant will be removed from the schedule until complete.

Walk-in hours, Employee Health (Bldg C, 2nd floor):
  Mon/Wed/Fri  0630-0900 and 1500-1730
  Tue/Thu      1000-1400
Fit testing also available in the ED break room on 7/9 and 7/23 (0600-0800 and 1800-2000) for night shift.

If you had a positive TB test in the past, do NOT get a skin test -- complete the symptom questionnaire in HealthStream and we'll follow up.

Questions: Employee Health, x4-6400.
""", '2024-07-01 08:00')

mk('clean', 'admin', '',
   'Facilities Work Control <workcontrol@%s>' % H,
   'ED Leadership <ed-leadership@%s>, EMS Liaison <emsliaison@%s>' % (H, H),
   'WO-118820: Ambulance bay door #2 repair - 5/14 0200-0500',
   """Work Order WO-118820

Location: ED ambulance entrance, overhead door #2 (east)
Work: replace drive motor and safety edge sensor
Contractor: Allbright Door & Gate (badge escort required)
Window: Tuesday 5/14, 0200-0500

Impact: door #2 will be closed. All EMS arrivals through door #1. Decon shower access is unaffected. Please notify EMS agencies -- Dana, can you push this on the EMS radio notice?

Contact on site: Phil Marchetti, facilities supervisor, cell (555) 011-2090.
""", '2024-05-09 11:34')

mk('clean', 'admin', '',
   'GME Office <gme@%s>' % H,
   'Security Badge Office <badges@%s>' % H,
   'July 1 badge access - incoming surgery interns',
   """Hi Badge Office,

Please add trauma OR corridor + SICU + ED core access for the incoming PGY-1 general surgery residents, effective 6/24 (orientation). Badge numbers assigned at photo day:

Name                   Program        Badge #
Adebayo, Folake        Gen Surg       CMH-77120
Brennan, Liam          Gen Surg       CMH-77121
Castillo, Mariana      Gen Surg       CMH-77122
Dang, Kevin            Gen Surg       CMH-77123
Eriksson, Hanna        Gen Surg (prelim) CMH-77124

Also need call-room key cards for 4th floor rooms 412-415.

Thanks,
Ophelia Grant
Residency Program Coordinator, Department of Surgery
(555) 014-5590
""", '2024-06-10 10:10')

mk('clean', 'admin', '',
   'Janice Moreland <jmoreland@%s>' % H,
   'Release of Information Staff <roi-staff@%s>, Legal Affairs <legal@%s>' % (H, H),
   'HIM closed 5/27 - subpoena/court order intake',
   """Team,

HIM will be closed Monday 5/27 (Memorial Day). For that day only:

- Subpoenas and court orders served in person go to the Security desk at the main lobby; security logs the time and places them in the locked ROI drop box.
- Police requests with a warrant: call the administrator on call through the operator (x0); do not release anything from the ED.
- Fax line (555) 014-0100 will stay on and we'll work the queue Tuesday.

Legal -- reminder that we have the Wexmoor Superior Court deposition scheduled 5/29 at 10am (records custodian testimony); I will be attending.

Janice Moreland, RHIA
Release of Information Supervisor
Health Information Management
""", '2024-05-23 15:05')

# =====================================================================
# CLEAN - lookalike
# =====================================================================
_gym = """Hi Colm,

Your Personal Training session with Coach Brianna has been moved:

  Member #: 88213-04
  Old time: Thu 5/16, 6:00 AM
  New time: Fri 5/17, 6:30 AM
  Location: IronHarbor Fitness - Waterfront (Studio B)

Reminder: your 12-session package expires 6/30. Our new "Recovery Lab" (cold plunge + compression boots) is now open to all Premier members -- book at the front desk.

Need to cancel? Please give us 24 hours' notice to avoid a session charge.

Stay strong,
IronHarbor Fitness Member Services
(555) 010-4411 | Member Services Desk
"""
mk('clean', 'lookalike', '',
   'IronHarbor Fitness <noreply@ironharborfitness.com>',
   'crafferty.home@gmail.com',
   'Your PT session has been rescheduled',
   _gym, '2024-05-14 19:20', html=html_of(_gym))

mk('clean', 'lookalike', '',
   'Brookside Animal Hospital <frontdesk@brooksidevet.com>',
   'Tom Reyes <treyes@%s>' % H,
   'Biscuit - dental procedure pre-op instructions',
   """Hi Tom,

Biscuit is all set for his dental cleaning and two extractions on Tuesday 6/18 at 7:30 AM with Dr. Halloran.

Patient: Biscuit (canine, beagle mix, 7 yrs, 11.2 kg)
Patient ID: BAH-20417
Client: Tom Reyes

Pre-anesthetic instructions:
- No food after 10 PM Monday; water is fine until morning
- Give his usual carprofen Monday night but NOT Tuesday morning
- We will run pre-anesthetic bloodwork at drop-off (included in the estimate)
- Pickup is usually 3-5 PM; he'll be groggy and go home with pain meds

Estimate #E-55091 ($612-$780) is attached in your client portal.

See you Tuesday!
Brookside Animal Hospital
(555) 010-7762
""", '2024-06-13 16:02')

mk('clean', 'lookalike', '',
   'Harbor Employees Credit Union <alerts@harboremployeescu.org>',
   'ldamico@%s' % H,
   'Member #004471829 - auto loan payment received',
   """Hello Lorraine,

We received your payment. Details:

  Member #:         004471829
  Loan:             Auto Loan - share ID L07
  Amount:           $386.14
  Posted:           04/15/2024
  Next due:         05/15/2024
  Remaining bal:    $9,218.77

Did you know? As a hospital employee you qualify for our Healthcare Heroes rate discount of 0.25% on new auto loans. Call us at (555) 010-2200.

Harbor Employees Credit Union -- Federally insured by NCUA.
This is an automated message. Please do not reply.
""", '2024-04-15 06:01')

mk('clean', 'lookalike', '',
   'SkyHarbor Airlines <itinerary@skyharbor-air.com>',
   'paul.amadi@gmail.com',
   'Your trip confirmation: QX7T2L - BOS to ORD',
   """Thank you for booking with SkyHarbor.

Confirmation code: QX7T2L
Passenger: AMADI/PAUL MR
SkyMiles member #: 8820 1744 093
Ticket #: 447 2198830715

Flight SH 1182   Thu Oct 10   BOS 07:05 -> ORD 08:58   Seat 14C   Main Cabin
Flight SH 1197   Sun Oct 13   ORD 17:40 -> BOS 21:05   Seat 12A   Main Cabin

Baggage: 1 checked bag included.
Travel reason on file: conference (American College of Surgeons Clinical Congress).

Check in 24 hours before departure at skyharbor-air.com or in the app.
""", '2024-08-29 12:44')

mk('clean', 'lookalike', '',
   'Claims - Northgate Auto Insurance <claims@northgateauto.com>',
   'Lena Szabo <lszabo.home@yahoo.com>',
   'Claim AU-2024-557810 - appraisal scheduled',
   """Dear Lena Szabo,

Thank you for reporting your claim.

  Claim number:   AU-2024-557810
  Policy number:  NGA-4481920-02
  Date of loss:   03/02/2024
  Vehicle:        2019 Subaru Outback
  Loss type:      Collision - parked vehicle struck in hospital garage (Level 3)
  Injuries:       None reported

An appraiser will inspect the rear bumper and liftgate damage on Thursday 3/7 between 12-2 PM at your workplace parking garage. Please have your keys available. If a rental is needed, your policy includes $40/day for up to 30 days.

Your adjuster is Craig Tolliver, (555) 010-6615, ext. 2204.

Northgate Auto Insurance Claims
""", '2024-03-04 10:12')

mk('clean', 'lookalike', '',
   'Greenhaven Tree Care <office@greenhaventree.com>',
   'facilities@%s' % H,
   'Arborist report - red oak at north parking lot (Tree #T-14)',
   """Hello Phil,

Following our site visit on 4/3, here is the summary for the large red oak by the north visitor lot (your tree inventory #T-14):

- Condition: fair to poor. Crown dieback ~30%, mostly the south side.
- Trunk wound at ~6 ft with decay pocket; sounding test suggests about 25% of the cross-section is compromised.
- Signs of bacterial leaf scorch -- this is a chronic disease, no cure; can be managed.

Recommended treatment ("tree surgery"):
1. Crown reduction and deadwood removal
2. Install dynamic cabling between the two main leaders
3. Re-inspect in 12 months; if decay progresses, removal

Estimate #GT-3319: $3,850. We can do the work on a weekend to keep the ambulance route clear.

Mark Ellery, ISA Certified Arborist #NE-7721A
Greenhaven Tree Care | (555) 010-9080
""", '2024-04-05 13:26')

mk('clean', 'lookalike', '',
   'Nikhil Varma <nvarma@%s>' % H,
   'Platform Engineering <platform-eng@%s>' % H,
   'postmortem: patient-sync worker OOM (sev3)',
   """Postmortem draft for Tuesday's sev3.

Summary: the "patient-sync" worker process on integ-app-04 was OOM-killed 6 times between 01:10 and 03:40. The supervisor restarted it each time, but the ADT listener health check went red for ~4 minutes per restart, which paged on-call.

Root cause: memory leak in the retry queue after the library upgrade (build 2024.05.2, date of build 05/20). Each failed ACK kept a reference to the full message buffer. "Patient zero" was a single misconfigured downstream endpoint returning 503 in a loop.

Impact: no data loss; messages queued and replayed. No PHI exposed. Max feed delay 11 min.

Actions:
- [x] roll back client lib to 2024.04.7
- [ ] cap retry queue at 5k messages (owner: Nikhil)
- [ ] add heap dump on OOM (owner: Gideon)
- [ ] alert on restart count > 2/hr instead of health check flapping

-- nikhil
""", '2024-05-23 10:47')

# =====================================================================
# CLEAN - news
# =====================================================================
_measles = """WEXMOOR COUNTY DEPARTMENT OF PUBLIC HEALTH
HEALTH ADVISORY -- Measles exposure, Port Halden transit center
Issued: March 29, 2024

Summary
The county has confirmed one case of measles in an adult who traveled internationally. Members of the public may have been exposed at the following locations:

  - Port Halden Central Transit Center, main concourse: Sat 3/23, 2:00-6:30 PM
  - Harbor Line bus route 14 (inbound): Sat 3/23, 5:45-7:00 PM

Recommendations for clinicians
- Consider measles in patients with fever AND rash AND cough, coryza or conjunctivitis, especially if exposed at the above locations or unvaccinated.
- Mask the patient and room them in an airborne infection isolation room immediately. Do not use the waiting room.
- Report suspected cases by phone to the county epidemiology line, (555) 012-3000 (24/7), before the patient leaves.
- Collect a nasopharyngeal swab for PCR and serum for IgM.

Exposed people who are not immune may be eligible for post-exposure MMR within 72 hours or immune globulin within 6 days.

Dr. Felicia Ortmann, MD, MPH
County Health Officer
"""
mk('clean', 'news', '',
   'Wexmoor County Public Health <healthalert@wexmoorcounty.gov>',
   'ED Medical Director <edmeddir@%s>' % H,
   'HEALTH ADVISORY: Measles exposure - Port Halden Transit Center',
   _measles, '2024-03-29 17:00', html=html_of(_measles))

mk('clean', 'news', '',
   'Pharmacy Drug Safety <rxsafety@%s>' % H,
   'ED All Staff <ed-all@%s>, Pharmacy <pharmacy@%s>' % (H, H),
   'RECALL: Pellham Pharma ketorolac 30 mg/mL vials - lots KT2210, KT2214',
   """DRUG RECALL NOTICE -- ACTION REQUIRED

Product: Ketorolac tromethamine injection 30 mg/mL, 1 mL single-dose vial
Manufacturer: Pellham Pharmaceuticals
Lots: KT2210 (exp 11/2025), KT2214 (exp 01/2026)
Reason: visible particulate matter found in retained samples
Class: II

Actions:
1. Pharmacy has pulled affected lots from all Pyxis stations in the ED, trauma bays and fast track as of 0600 today.
2. If you find any vial from these lots in a pocket, a procedure cart or a bay, return it to pharmacy -- do not administer.
3. Alternate supply (Greyfield Labs) is stocked at the same Pyxis location. No change in dose or order.

No adverse events have been reported at Calder. Questions: ED pharmacist, x4-2290.

Calder Memorial Department of Pharmacy -- Medication Safety
""", '2024-08-20 07:15')

mk('clean', 'news', '',
   'Calder Connect <newsletter@%s>' % H,
   'All Staff <allstaff@%s>' % H,
   'Calder Connect | Trauma Center re-verified, DAISY winners, new cafe hours',
   """CALDER CONNECT -- Staff Newsletter, June 2024

LEVEL I TRAUMA CENTER RE-VERIFIED
After a two-day site visit in May, the American College of Surgeons re-verified Calder Memorial as a Level I Trauma Center for three more years, with zero deficiencies. "This belongs to everyone from the EMS crews to environmental services," said Dr. Paul Amadi, Trauma Medical Director.

DAISY AWARD
Congratulations to Kelsey Abara, RN (SICU) and Renata Soltis, RN (Emergency Department), our spring DAISY honorees, nominated by families for compassionate care.

STOP THE BLEED DAY
Trauma outreach trained 412 community members at Port Halden High School and two libraries. Want to volunteer as an instructor? Contact injury prevention coordinator Ty Harlan, x4-3810.

CHAPLAINCY
Spiritual Care welcomes Rev. Miriam Fenster, BCC, to the overnight chaplain team. The interfaith chapel (1st floor, near Radiology) is open 24/7.

CAFE HOURS
The Atrium Cafe is now open until 2 AM for night shift. Badge discount still applies.
""", '2024-06-14 11:00')

mk('clean', 'news', '',
   'State Trauma Registry <traumaregistry@state-dph.gov>',
   'Trauma Program Managers <tpm-list@state-dph.gov>',
   '2023 Annual Trauma Registry Report - summary statistics',
   """Trauma Program Managers,

The 2023 Annual Report is now posted. Statewide summary:

  Trauma activations reported:          48,122
  Mechanism:  blunt 84% / penetrating 13% / burn & other 3%
  Falls as share of blunt injury:       51% (age 65+: 74%)
  Median Injury Severity Score (ISS):   9 (IQR 4-14)
  Firearm injuries:                     2,914  (down 6% from 2022)
  Motorcycle crashes, unhelmeted:       38% of motorcycle admissions
  In-hospital mortality, ISS > 15:      11.8%
  Median ED length of stay (admitted):  4.1 hours

Data are aggregated; cells under 11 are suppressed per the data release policy. Center-level benchmark reports will be sent separately to each Trauma Medical Director through the secure portal.

Office of Emergency Medical Services -- Trauma Systems
""", '2024-06-28 09:30')

mk('clean', 'news', '',
   'Overdose Surveillance <odsurveillance@wexmoorcounty.gov>',
   'Overdose Response Partners <odpartners@wexmoorcounty.gov>',
   'Weekly overdose surveillance - Week 22 (ALERT: spike)',
   """WEXMOOR COUNTY SYNDROMIC SURVEILLANCE -- SUSPECTED OPIOID OVERDOSE
Week 22 (May 26 - Jun 1, 2024)

ED visits for suspected opioid overdose:    61   (4-wk avg 43, +42%)
EMS naloxone administrations:                88
Deaths (preliminary, Medical Examiner):       5
Zip codes with largest increase:   02911, 02913

Partners report a batch of counterfeit pills sold as oxycodone (blue "M30") that contain fentanyl plus xylazine. Xylazine does not respond to naloxone -- continue to give naloxone for respiratory depression and support breathing. Expect severe wounds in people who inject.

Harm reduction: free naloxone and fentanyl test strips at all county health centers. ED bridge clinics (buprenorphine) at Calder Memorial and St. Brendan's are open 7 days.

This report contains aggregate data only.
Wexmoor County Office of Epidemiology
""", '2024-06-04 12:00')

mk('clean', 'news', '',
   'Port Halden Fire & EMS Education <emsed@porthaldenfire.gov>',
   'All EMS Personnel <ems-all@porthaldenfire.gov>',
   'EMS Bulletin 2024-07: stroke triage update, CE calendar',
   """PORT HALDEN FIRE & EMS -- CLINICAL BULLETIN 2024-07

1. STROKE: Effective 8/1 all crews use BE-FAST plus the VAN large-vessel screen. VAN-positive patients within 24 hrs of last known well go to a thrombectomy-capable center (Calder Memorial or Tri-Valley Regional) -- bypass community hospitals if transport adds < 20 min.

2. TRAUMA: Pelvic binders are now on every ALS unit. Apply for suspected pelvic fracture with hypotension; document time applied.

3. CE CALENDAR (Station 1 training room)
   7/10  1900  Pediatric airway lab -- Dr. Imani Rusk, Calder Peds ED
   7/17  0900  Trauma case review (de-identified) -- Dana Whitfield, NRP
   7/24  1900  Behavioral emergencies & restraint -- Lt. Sean Briggs

Questions: Capt. Raymond Lomax, EMS QA, (555) 011-3050.
""", '2024-07-02 08:30')

# =====================================================================
# CLEAN - staff
# =====================================================================
mk('clean', 'staff', '',
   'Paul Amadi MD <pamadi@%s>' % H,
   'Surgery Department <surgery-all@%s>, Emergency Medicine Faculty <em-faculty@%s>' % (H, H),
   'Trauma M&M Thursday - delayed c-spine injury',
   """All,

Trauma M&M this Thursday 7:00 AM, Amphitheater B. Joint session with EM.

Case 1 (de-identified): man in his 60s, fall from a ladder, GCS 15 on arrival, intoxicated, no midline tenderness documented. CT head negative; c-spine cleared clinically. Re-presented with neck pain and hand weakness; CT showed a C6 fracture. Discussion points: NEXUS/Canadian C-spine rule in intoxicated and elderly patients, who owns the tertiary survey, and the handoff between ED and trauma.

Case 2: splenic injury managed non-operatively, delayed bleed -- IR vs OR decision making.

Please do not include names, MRNs or dates in the slides. Residents presenting send slides to Ophelia by Wednesday noon.

Paul Amadi, MD, FACS
Trauma Medical Director
""", '2024-02-12 08:15')

mk('clean', 'staff', '',
   'Lucas Feeney NP <lfeeney@%s>' % H,
   'Ian Mulcahy MD <imulcahy@%s>' % H,
   'RE: MTP ratio question',
   """Thanks, that's what I thought. So to summarize for the new NPs:

- MTP cooler 1: 6 PRBC / 6 FFP / 1 apheresis plt (roughly 1:1:1)
- TXA 1 g over 10 min if within 3 hrs of injury, then 1 g over 8 hrs
- calcium 1 g with every 4 units
- TEG after cooler 2 to guide

Lucas

On Mon, Jan 8, 2024 at 9:14 PM Ian Mulcahy <imulcahy@caldermemorial.org> wrote:
> Yes 1:1:1 still. Blood bank changed the cooler contents in Nov, 6/6/1 now.
> TXA only within 3h of injury, don't give it if you're past that.
> Don't forget calcium -- we've been bad about it, ionized Ca < 1.0 on half
> our MTPs last quarter.
>
> On Mon, Jan 8, 2024 at 8:40 PM Lucas Feeney wrote:
>> quick q for the teaching sheet -- what is our current MTP ratio and when do we
>> give TXA? getting mixed answers from the residents
""", '2024-01-08 21:30')

mk('clean', 'staff', '',
   'Night Charge RN <edcharge@%s>' % H,
   'ED RN Text Group <ed-rn-pickup@%s>' % H,
   'need 2 RNs tonight!!',
   """Hey all -- we're down 2 RNs tonight (one sick call, one float pulled to ICU). Trauma bay has no 3rd nurse for activations after 2300. Incentive is approved. Even a 4-hr 2300-0300 helps. Text me at 555-011-3377 or call the desk.

Thank you!!
Jess (night charge)
""", '2024-03-16 17:52')

mk('clean', 'staff', '',
   'Beatriz Lund MD <blund@%s>' % H,
   'Emergency Medicine Faculty <em-faculty@%s>' % H,
   'ketamine for agitation in older adults?',
   """Curious how people are dosing ketamine IM for severe agitation in patients > 70. We had a few cases this month where 4 mg/kg IM (the current order set default) seemed like way too much -- prolonged emergence, one needed BVM briefly. The order set doesn't have an age adjustment.

Options I've seen: 2 mg/kg IM, or IV 0.5-1 mg/kg if access. Some places skip ketamine entirely in the elderly and go with droperidol or olanzapine.

Anyone have a reference or a local practice? I'd like to bring a proposal to the pharmacy & therapeutics subcommittee next month.

Beatriz

Beatriz Lund, MD
Assistant Professor, Emergency Medicine
""", '2024-09-04 15:02')

mk('clean', 'staff', '',
   'Rev. Miriam Fenster <mfenster@%s>' % H,
   'Spiritual Care Team <spiritualcare@%s>' % H,
   'weekend on-call + death notification reminder',
   """Friends,

Weekend coverage: I'm on Friday night, Anselm Saturday, Deacon Ruiz Sunday. Pager 3300 rolls to whoever is on. Catholic sacramental requests after hours go to St. Hedwig's on-call priest (number on the board in the office); Imam Yusuf and Rabbi Kessler are both reachable through the operator.

Reminder from Tuesday's debrief: for death notifications in the ED, please wait for the physician -- we support, the doctor tells. Use Family Room 2 (Family Room 1 still has the broken door latch; facilities ticket is in). Bring the bereavement packets and the ME info sheet, since most trauma deaths will go to the county.

Take care of yourselves this weekend.
Miriam
""", '2024-06-21 14:40')

mk('clean', 'staff', '',
   'Mira Castellano <mcastellano@%s>' % H,
   'ED Social Work <edsw@%s>, ED Case Management <edcm@%s>' % (H, H),
   'updated shelter & respite bed list',
   """Hi team,

Updated resource list for dispo planning:

- Harborlight Men's Shelter -- 12 beds, intake 4-8 PM, call (555) 010-1180. No same-day if intoxicated.
- Esperanza House (women & children, DV) -- confidential address, call hotline (555) 010-7233 only.
- St. Vincent Respite -- accepts ED discharges with wound care needs or IV abx via PICC; referral form on the SW share drive, fax (555) 010-1199. They do NOT take anyone needing 2-person assist.
- Warming center at the armory closes 4/15.

Bus tokens and cab vouchers are restocked in the SW office (2nd drawer). Please log what you use.

Mira
""", '2024-03-28 11:20')

mk('clean', 'staff', '',
   'Dr. Leonard Abiodun <labiodun@me.wexmoorcounty.gov>',
   'ED Medical Director <edmeddir@%s>, Trauma Medical Director <traumadir@%s>' % (H, H),
   'Reminder: reportable deaths and preserving evidence',
   """Dr. Hanley, Dr. Amadi,

With the new residents starting, could you circulate these reminders to your teams:

Report to the ME (24/7 line, (555) 012-7788) any death that is:
  - due to injury of any kind, regardless of time since injury (including falls in the elderly)
  - sudden/unexpected in an apparently healthy person
  - suspected overdose or poisoning
  - in police custody or during restraint
  - within 24 hours of arrival, if the cause is not clearly natural

For ME cases: leave ET tubes, IV lines, chest tubes and Foleys in place; do not clean wounds; bag hands if there was a firearm injury; keep clothing in paper bags. Save any admission blood -- we often need it for toxicology.

Happy to give a 20-min talk at intern orientation again if helpful.

Leonard Abiodun, MD
Chief Medical Examiner, Wexmoor County
""", '2024-06-17 09:00')

# =====================================================================
# CLEAN - training
# =====================================================================
mk('clean', 'training', '',
   'Epic Training Team <epictraining@%s>' % H,
   'Incoming Residents <incoming-residents@%s>' % H,
   'ASAP (ED) class logins + practice patients',
   """Welcome! For Thursday's ASAP Emergency Department class, log in to the PLY (playground) environment, NOT production.

Your training login: TRN + your badge number (e.g. TRN77120), password Calder2024!

Practice patients (exist only in PLY):
  ZZTEST, TRAUMA ONE      MRN 9999001   DOB 01/01/1900
  ZZTEST, TRAUMA TWO      MRN 9999002   DOB 01/01/1900
  ZZTEST, PEDS            MRN 9999010   DOB 01/01/2020

Exercises: triage and quick-register a trauma activation, place the trauma order set, document a FAST exam, write a discharge with follow-up.

Never use a real patient name in a training environment -- if you see one, tell the instructor.

Calder Memorial Epic Training
""", '2024-06-18 13:00')

mk('clean', 'training', '',
   'Andre Lefebvre <alefebvre@meshlink-integration.com>',
   'Gideon Lutz <glutz@%s>, Anil Bhattacharya <abhattacharya@%s>' % (H, H),
   'MeshLink demo follow-up - sample ADT routing',
   r"""Gideon, Anil,

Thanks for the time on Tuesday. As promised, here is the sample message we used in the demo (synthetic test data from our sandbox):

MSH|^~\&|DEMO_EHR|DEMO_HOSP|MESHLINK|DEMO|20240101120000||ADT^A04|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(000)000-0000
PV1|1|E|ER1^^^DEMO||||0000^TEST^PHYSICIAN

Note MSH-11 = T (test). The routing rule we showed keys on PV1-3 with a regex (ER.*|TRB.*), which would have caught the new trauma bay codes you mentioned.

Trial license for the sandbox is good for 30 days. Pricing proposal to follow from Erin.

Andre Lefebvre
Solutions Engineer, MeshLink Integration
(555) 010-8871
""", '2024-04-25 16:30')

mk('clean', 'training', '',
   'Sim Center <simcenter@%s>' % H,
   'Trauma Surgery Residents <trauma-res@%s>, ED Nursing All <ednursing-all@%s>' % (H, H),
   'In-situ sim Wed 0730 - trauma bay 1 (scenario script)',
   """In-situ simulation this Wednesday 0730 in Trauma Bay 1 (bay will be closed 0715-0830, charge RN aware).

SCENARIO (FICTIONAL): "Jane Doe-Sim", 45F, unhelmeted motorcycle crash
Manikin: SimMan 3G #2
  Initial: HR 128, BP 84/50, RR 28, SpO2 89% RA, GCS 12
  Findings programmed: absent breath sounds R, FAST positive RUQ
  Expected actions: needle decompression / chest tube, activate MTP, call OR
  If MTP not called by minute 6 -> BP 68/40

Moulage: open tib/fib (moulage kit C). Please wear the "SIM" armband on all equipment so nothing gets charged to a real account.

Debrief 0815 in the staff lounge. Coffee provided.

Calder Simulation Center | x4-3720
""", '2024-05-20 15:10')

_fhir_sample = """{
  "resourceType": "Patient",
  "id": "example-sample-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:1.2.3.4.5.SAMPLE", "value": "SAMPLE-0001"}],
  "name": [{"family": "Test", "given": ["Sample"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}
"""
mk('clean', 'training', '',
   'HealthBridge HIE Onboarding <onboarding@healthbridge-hie.org>',
   'Anil Bhattacharya <abhattacharya@%s>' % H,
   'Sandbox access + sample payloads (FHIR R4)',
   """Hi Anil,

Your sandbox credentials are active (client id cmh-sbx-0412). Base URL: https://sandbox.healthbridge-hie.org/fhir/r4

Attached is the sample Patient resource from our implementation guide -- please use only this and the other SAMPLE-* fixtures in the sandbox. Anything tagged HTEST is purged nightly. Production connectivity testing will be scheduled after you pass the conformance suite (42 tests).

Regards,
Priya Okonkwo
Onboarding Specialist, HealthBridge HIE
""", '2024-05-06 10:45', atts=[('sample_patient.json', _fhir_sample.encode('utf-8'), 'application/json')])

mk('clean', 'training', '',
   'Ty Harlan <tharlan@%s>' % H,
   'Trauma Outreach Volunteers <trauma-volunteers@%s>' % H,
   'Stop the Bleed instructor refresher + sign-up',
   """Hi instructors,

Refresher for Stop the Bleed instructors: Tuesday 9/10, 5:30-7 PM, Sim Center Room 2. We'll practice on the new wound-packing trainers and go over the updated slide deck (v3.1). Practice tourniquets and the bleeding-control kits are in the outreach closet.

Upcoming classes that still need instructors:
  9/14  Port Halden Public Library, main branch  10-12   need 3
  9/21  Harbor Line bus depot (drivers)          7-9 AM  need 4
  10/5  Westside Community Center                1-3     need 2

Sign up on the sheet on the outreach door or reply here. Reminder: no real injury stories with names or photos in your intros -- use the generic case in the deck.

Ty Harlan
Injury Prevention & Outreach Coordinator, Trauma Services
x4-3810
""", '2024-08-28 12:05')

_sample_csv = to_csv([
    ['MRN', 'Last', 'First', 'DOB', 'Arrival', 'Chief complaint', 'Acuity'],
    ['9999001', 'ZZTEST', 'TRAUMA ONE', '01/01/1900', '01/01/2024 08:00', 'TEST - fall', '2'],
    ['9999002', 'ZZTEST', 'TRAUMA TWO', '01/01/1900', '01/01/2024 08:05', 'TEST - MVC', '1'],
    ['9999003', 'ZZTEST', 'MEDICAL', '01/01/1900', '01/01/2024 08:10', 'TEST - chest pain', '2'],
    ['9999010', 'ZZTEST', 'PEDS', '01/01/2020', '01/01/2024 08:15', 'TEST - fever', '3'],
])
mk('clean', 'training', '',
   'Gideon Lutz <glutz@%s>' % H,
   'Nikhil Varma <nvarma@%s>' % H,
   'test file for tracking board import (TEST PATIENTS ONLY)',
   """Nik -- here's the import file for the tracking board dashboard test in the TST environment. All ZZTEST records, nothing real. If the acuity column maps right we can demo it to ED leadership Friday.

g
""", '2024-05-29 17:40', atts=[('trackboard_import_TEST.csv', _sample_csv, 'text/csv')])

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    print('wrote %d messages to %s' % (len(ROWS), OUT))
