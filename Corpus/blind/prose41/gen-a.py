#!/usr/bin/env python3
"""Blind evaluation mail set: geriatric practice / memory care / SNF / AL / home health.
Run: python3 gen.py OUTDIR   (standard library only, deterministic)"""
import sys, os, io, csv, zipfile, random, textwrap, html as _html
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 4101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTS = {}
MSGNO = [0]


def d(s, tz=-5):
    """'2025-03-04 09:14' -> RFC 5322 date with correct weekday."""
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(
        second=(len(s) * 7 + MSGNO[0] * 13) % 60,
        tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)


def hard_wrap(text, width=72):
    """Wrap long prose lines the way many mail clients do; leave tables/pastes alone."""
    out = []
    for line in text.split('\n'):
        if len(line) > 76 and not any(c in line for c in '|~\t<{'):
            pre = '> ' if line.startswith('> ') else ''
            out.append(textwrap.fill(line[len(pre):], width, initial_indent=pre,
                                     subsequent_indent=pre, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(line)
    return '\n'.join(out)


def auto_html(text):
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for para in text.split('\n\n'):
        lines = [_html.escape(x) for x in para.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out)


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    """Minimal but valid xlsx using inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _html.escape(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _html.escape(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zipbytes(files)


def add(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
        cc=None, cte=None, extra=None, charset=None, wrap=None):
    MSGNO[0] += 1
    n = COUNTS.get((label, kind), 0) + 1
    COUNTS[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), MSGNO[0], kind, dom)
    for k, v in (extra or {}).items():
        m[k] = v
    if wrap is None:
        wrap = (cte is None and MSGNO[0] % 3 != 0)
    orig_body = body
    if wrap:
        body = hard_wrap(body)
    kw = {}
    if cte:
        kw['cte'] = cte
    if charset:
        kw['charset'] = charset
    m.set_content(body, **kw)
    if html:
        m.add_alternative(auto_html(orig_body) if html is True else html, subtype='html')
    for a in atts:
        data, ctype, filename = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            akw = {}
            if len(a) > 3:
                akw['cte'] = a[3]
            m.add_attachment(data, subtype=subtype, filename=filename, **akw)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (MSGNO[0], j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


DISC_LARK = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
             "intended recipient(s) and may contain confidential and privileged information protected by "
             "law. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not "
             "the intended recipient, please contact the sender by reply e-mail and destroy all copies of "
             "the original message.")
DISC_CEDAR = ("This message is intended only for the addressee and may contain information that is "
              "privileged and confidential. Cedar Hollow Rehabilitation & Skilled Nursing | 400 Tanner Mill Rd | "
              "Dunmore")

# =====================================================================
# PHI: care
# =====================================================================
add('phi', 'care', 'Abernathy',
    '"Colleen Rourke, RN" <crourke@cedarhollowrehab.com>',
    '"Priya Natarajan, NP" <pnatarajan@larkspurgeriatrics.org>',
    'fall overnight - Abernathy rm 118',
    d('2025-02-12 06:48'),
    """Priya,

FYI Mrs. Abernathy (Eunice, rm 118B) was found on the floor next to her bed at about 0310 this morning. Unwitnessed. She says she was trying to get to the bathroom and "the floor moved". No head strike per her but she can't be totally reliable on that. Neuro checks q1h x4 have been normal, vitals stable, BP 104/62 sitting which is lower than her usual.

Mobile x-ray of L hip and pelvis done at 0545 - prelim read no fracture. She has a bruise on the L forearm about 4cm.

We are holding tonight's Eliquis dose until someone from your office calls back, since she bruises so easily. Also put her on the bed alarm and low bed, PT to re-eval today. Son (Gordon) was called at 0600, he's aware.

Can you or Dr. Feld call the unit at ext 2214 before 11?

Colleen Rourke, RN
Night Supervisor, 1 West
Cedar Hollow Rehabilitation & Skilled Nursing
(570) 555-0192 x2214

""" + DISC_CEDAR)

add('phi', 'care', 'Kaminski',
    'Tasha Greer <tgreer@hearthsidehomecare.net>',
    'jkaminski.dallas@gmail.com',
    'RE: Dad this week',
    d('2025-02-20 15:22', -6),
    """Hi Julie,

Following up on our call. Marisol (his aide Mon/Wed/Fri) noticed the pill organizer for Sunday, Monday and Tuesday evenings was still full, so your dad missed 3 nights of his evening meds. His ankles were also pretty puffy Wed and he was short of breath going up the porch steps.

I called Dr. Feld's office and spoke with the nurse. They want him to take 2 of the furosemide (40 mg total) each morning for the next 5 days, then back to 1, and they want a weight every morning - Marisol will write it on the fridge log. They also ordered bloodwork (kidney panel) for Monday, our nurse can draw it at the house.

Honestly I think the evening doses are the problem. Would you be ok with us adding a short evening visit (30 min) just for meds? It's $34/visit, not covered by his plan.

Thanks,
Tasha

Tasha Greer | Client Care Coordinator
HearthSide Home Care - Scranton/Wilkes-Barre
o: 570-555-0133  f: 570-555-0134

-----Original Message-----
From: Julie Kaminski <jkaminski.dallas@gmail.com>
Sent: Thursday, February 20, 2025 11:02 AM
To: Tasha Greer <tgreer@hearthsidehomecare.net>
Subject: Dad this week

Tasha - Walter sounded really winded on the phone last night, and he didn't know what day it was. Is everything ok?? I'm in Dallas until the 28th. Please call me or text 214-555-0177.

Julie
""")

add('phi', 'care', 'Petrakis',
    '"Dana Whitlock" <dwhitlock@larkspurgeriatrics.org>',
    '"Arbors Wellness Nurse" <wellness@arborsmillbrook.com>',
    'Return to Arbors tomorrow - Harold Petrakis, Apt 212',
    d('2025-03-06 16:05'),
    """Hello Arbors team,

Harold Petrakis is being discharged from St. Brendan's tomorrow (3/7) around noon and will return to his apartment (212). Summary of what changed during his 4-day stay:

- STOPPED: glipizide 5 mg (he had two low sugars in the hospital)
- STOPPED: tramadol
- NEW: cephalexin 500 mg four times a day x 6 more days, last dose 3/12
- NEW: acetaminophen 650 mg every 8 hrs scheduled
- CHANGED: metoprolol succinate 25 -> 50 mg daily

Wound care: sacral area, cleanse with saline, apply foam dressing, change every 3 days and prn if soiled. Home health (HearthSide) will come for skilled nursing starting Monday.

Please check fingerstick sugars before breakfast and supper for 2 weeks and fax/email us the log. Basic metabolic panel on Friday 3/14 - order is in the portal.

Dr. Feld will see him at the Arbors on her rounds 3/11.

Thank you,
Dana Whitlock, LPN
Care Transitions Nurse
Larkspur Geriatric & Memory Care Associates
p 570.555.0100 x 318

""" + DISC_LARK, html=True)

add('phi', 'care', 'Fennimore',
    '"Renee Castor, RN BSN" <rcastor@tidewaterhospice.org>',
    'intake@tidewaterhospice.org',
    'Fwd: hospice referral - Dorothy Fennimore',
    d('2025-03-10 09:31'),
    """Forwarding to intake so it gets logged. Admission visit scheduled Wed 3/12 at 1pm at daughter's home (she moved in with daughter in Jan). Please verify benefits - Medicare A primary.

Renee

---------- Forwarded message ---------
From: Dr. Miriam Feld <mfeld@larkspurgeriatrics.org>
Date: Mon, Mar 10, 2025 at 8:12 AM
Subject: hospice referral - Dorothy Fennimore
To: Renee Castor <rcastor@tidewaterhospice.org>

Renee,

Referring Dorothy Fennimore, 91, for hospice evaluation. She has been eating a few bites a day for about 3 weeks, down 14 lbs since December, sleeping 20 hrs a day, now needs 2-person assist to the commode. She and her daughter (Carol Wynn, 570-555-0161) had a long talk with me Friday and they want comfort focused care at home, no more hospital trips. POLST signed - DNR, comfort measures.

Current meds I'd like you to continue: sertraline 25, senna at night, morphine concentrate 20mg/mL 0.25 mL (5 mg) under the tongue every 2 hours as needed for breathlessness - I wrote 30 mL last week. Stopped her atorvastatin and the calcium.

I'm happy to stay attending. Best number is my cell 570-555-0109.

Miriam

--
Miriam Feld, MD, CMD
Medical Director, Larkspur Geriatric & Memory Care Associates
""")

add('phi', 'care', 'Tibbs',
    'Shauna Pelletier <spelletier@willowmeremc.com>',
    'pnatarajan@larkspurgeriatrics.org',
    'Ellsworth - evenings getting harder',
    d('2025-03-13 19:47'),
    """hi Priya - sorry for the late email. Ellsworth Tibbs (Willowmere, Hawthorn neighborhood) had another rough evening, 3rd this week. Starts pacing around 4:30, tries the exit doors, tonight he swung at one of the aides (Kendra) when she tried to redirect him to dinner. No injuries. We tried music, snack, walk outside w/ staff, nothing helped much. He settled around 8 after toileting and his wife called him on facetime.

We did notice he hasn't had a BM in 4 days which might be part of it. Also his urine smells strong - could we get a UA? We can collect in AM.

His wife asked if the quetiapine could be increased but I told her I'd ask you. I'm personally not sure it's helping at all.

Shauna Pelletier, LPN
Neighborhood Nurse - Hawthorn
Willowmere Memory Care
""")

add('phi', 'care', 'Duval',
    '"Keystone LTC Pharmacy" <clinical@keystoneltcrx.com>',
    'refills@larkspurgeriatrics.org',
    'Clarification needed - DUVAL, MARGUERITE',
    d('2025-03-17 10:15'),
    """Good morning,

We received the new order for DUVAL, MARGUERITE (Brookhaven Assisted Living, Rm 31) for donepezil 10 mg daily. A couple of issues before we can dispense:

1. Her Part D plan rejected the 10 mg - 5 mg is on formulary, 10 mg needs prior auth since she was only started on 5 mg on 2/18. Plan says titration must be at least 4 weeks. Can the prescriber confirm the intent to increase now, or hold until 3/18?
2. She is also on oxybutynin 5 mg BID, which works against donepezil. Would the prescriber consider switching to mirabegron or stopping?
3. Order does not indicate whether to stop the 5 mg tablets - we assume yes.

Please reply or fax the signed clarification to 570-555-0188.

Thank you,
Greg Ostrowski, PharmD
Consultant Pharmacist
Keystone LTC Pharmacy
""")

add('phi', 'care', 'Haverford',
    'mbianchi@larkspurgeriatrics.org',
    'frontdesk@larkspurgeriatrics.org',
    'add on thurs',
    d('2025-03-18 12:02'),
    """pls add Ruth Haverford to thurs AM nurse visit for her B12 shot + INR fingerstick. she's off the warfarin hold now, dr feld wants INR rechecked before she restarts full dose. thx

Marco""")

add('phi', 'care', 'Sweeney',
    '"Miriam Feld, MD" <mfeld@larkspurgeriatrics.org>',
    '"Angela Marchetti, Esq." <amarchetti@marchettiodoyalaw.com>',
    'Capacity evaluation - Leonard Sweeney',
    d('2025-03-21 17:30'),
    """Ms. Marchetti,

As requested by Mr. Sweeney's son and with Mr. Sweeney's verbal permission at the start of the visit, here is a summary of my capacity evaluation of Leonard Sweeney on March 19, 2025. A signed letter on letterhead will follow by mail.

I met with Mr. Sweeney for approximately 75 minutes at his home, without family present for the interview portion. He scored 17/30 on the MoCA (he scored 24/30 in April 2023). He could not name his bank or approximately how much money was in his accounts, and believed his late wife was "at the store". When asked about the proposed gift of the house to his nephew, he was unable to describe what he owned or what the effect of the transfer would be on his other children.

His MRI from January showed significant small vessel changes and he has been on memantine since last fall.

In my opinion Mr. Sweeney does not currently have the capacity to execute a deed or to make a new will. He likely does retain capacity to express a preference about who he wants to help him (he consistently named his daughter Maureen), which may be relevant for the guardianship petition.

Please let me know if the court will need me to testify.

Miriam Feld, MD, CMD
Larkspur Geriatric & Memory Care Associates
1200 Linden Ave, Suite 300, Dunmore

""" + DISC_LARK, cte='base64')

# =====================================================================
# PHI: names
# =====================================================================
add('phi', 'names', 'Whitcombe',
    'Tonya Beale <tbeale@larkspurgeriatrics.org>',
    'Marco Bianchi <mbianchi@larkspurgeriatrics.org>',
    'RE: Gladys Whitcombe',
    d('2025-02-24 14:40'),
    """she's back at Brookhaven from the ER, all fine, CT head was negative. they sent her with a new rx for the eye drops though and the ER list has her still on the old amlodipine dose - can you reconcile when you get a sec?

T

> -----Original Message-----
> From: Marco Bianchi
> Sent: Monday, February 24, 2025 9:15 AM
> To: Tonya Beale
> Subject: Gladys Whitcombe
>
> heard she went out overnight? do we know what for
""")

add('phi', 'names', 'Nguyen',
    'scheduling@larkspurgeriatrics.org',
    '"Language Line Scheduling" <requests@tri-countyinterpreters.com>',
    'Interpreter request 3/19 10:30 - Vietnamese',
    d('2025-03-03 11:20'),
    """Hi,

Requesting an in-person Vietnamese interpreter:

Patient: Nguyen, Thi Hoa
Appt: Wed 3/19/2025, 10:30 AM - approx 90 min (cognitive evaluation w/ Dr. Feld, family meeting after)
Location: Larkspur Geriatric, 1200 Linden Ave Ste 300, Dunmore

Family note: her son Minh will attend but prefers interpreter for his mother, she does not speak English. Mrs. Nguyen is hard of hearing on the left, please sit on her right.

Thank you!
Larkspur Scheduling Desk
570-555-0100 opt 2
""")

add('phi', 'names', 'Okonkwo',
    '"Ifeoma Okonkwo-Bell" <ifeoma.okbell@outlook.com>',
    'pnatarajan@larkspurgeriatrics.org',
    'my mom again - nights',
    d('2025-03-05 23:12', -8),
    """Hello NP Natarajan,

It's Ifeoma, Adaeze Okonkwo's daughter (I'm in Sacramento). Mummy's night wandering has gotten worse. The Ring camera shows her unlocking the front door at 2 and 3am three nights this week, once she was out in the yard in her nightdress for 20 min before the neighbor brought her in. Chukwuemeka (my brother) lives 40 min away and he can't keep driving over at night.

Mrs. Okonkwo's melatonin doesn't seem to do anything. Is there something else she can take, or is it time to talk about memory care? Also is she due for her hearing check, the new aids aren't working well.

I'll be up late if you want to call - 916-555-0148.

Ifeoma
Sent from my iPhone
""")

add('phi', 'names', 'van den Heuvel',
    '"Cedar Hollow Admissions" <admissions@cedarhollowrehab.com>',
    '"Cardiology Device Clinic" <deviceclinic@valleyheartpartners.com>',
    'Mr. van den Heuvel - pacemaker check while in rehab',
    d('2025-03-07 13:05'),
    """Good afternoon,

Mr. Pieter van den Heuvel was admitted to Cedar Hollow on 3/4 for short-term rehab after his hip repair. His daughter tells us he was due for his pacemaker interrogation this month with Dr. Amadi. Can we arrange for him to transmit remotely from here, or does he need to come in? He does not have his home monitor with him - daughter (Anneke) will bring it Saturday.

Mr. van den Heuvel is non-weight bearing and would need wheelchair van transport if an office visit is necessary.

Best,
Lorraine Szabo
Admissions & Care Coordination
Cedar Hollow Rehabilitation & Skilled Nursing
570-555-0190

""" + DISC_CEDAR)

add('phi', 'names', 'Bea',
    'kendra.m@cedarhollowrehab.com',
    'unit2east@cedarhollowrehab.com',
    'bea in 214',
    d('2025-03-08 21:55'),
    """bea in 214 refused her 9pm meds again tonight, spit the seroquel out in the cup. she let me check her sugar tho (187). ate maybe half of supper. her daughter called at 8 asking why mom sounds so confused on the phone, told her the nurse would call tmrw. someone on days pls follow up

-kendra (CNA)""")

add('phi', 'names', 'Haddad',
    '"Samira Haddad" <samira.haddad.pt@gmail.com>',
    'care@hearthsidehomecare.net',
    'Starting services for my father - Abdel-Rahman Haddad',
    d('2025-03-11 08:18'),
    """Hello,

I spoke with Tasha yesterday. My father, Abdel-Rahman Haddad, was just discharged home after a stroke (right side weakness) and needs help with bathing and dressing in the mornings. He speaks Arabic and some English. He prefers a male aide for bathing if at all possible. He is diabetic and the hospital changed him to insulin, once a day at night; my mother gives it.

Address is 58 Orchard Terrace, Clarks Summit. Mr. Haddad's PT starts Thursday through the home health agency.

Thank you,
Samira
""",
    html="""<html><body><div dir="ltr">Hello,<br><br>I spoke with Tasha yesterday. My father, <b>Abdel-Rahman Haddad</b>, was just discharged home after a stroke (right side weakness) and needs help with bathing and dressing in the mornings. He speaks Arabic and some English. He prefers a male aide for bathing if at all possible. He is diabetic and the hospital changed him to insulin, once a day at night; my mother gives it.<br><br>Address is 58 Orchard Terrace, Clarks Summit. Mr. Haddad&#39;s PT starts Thursday through the home health agency.<br><br>Thank you,<br>Samira</div></body></html>""")

add('phi', 'names', 'Wiśniewska',
    '"Halina Dąbrowski" <hdabrowski@brookhavenliving.com>',
    '"Dr. Miriam Feld" <mfeld@larkspurgeriatrics.org>',
    'Pani Zofia Wiśniewska - weight loss',
    d('2025-03-14 10:42'),
    """Dr. Feld,

Mrs. Zofia Wiśniewska in apartment 4 has lost 9 pounds since January (138 -> 129). She says the food "has no taste" and she is skipping lunch. Her dentures are also loose and she's been leaving them out. Her granddaughter Agnieszka asked if she could be seen for this at your next visit here on the 20th.

Would you also like us to start the supplement shakes twice a day in the meantime? She likes the strawberry one.

Thank you,
Halina Dąbrowski, RN
Wellness Director, Brookhaven Assisted Living
""", cte='quoted-printable')

add('phi', 'names', 'Subramanian',
    'Deepa Raghavan <deepa.raghavan@icloud.com>',
    'Marco Bianchi <mbianchi@larkspurgeriatrics.org>',
    "Re: Appa's appointment",
    d('2025-03-19 07:05', -7),
    """Hi Marco, thank you for moving it. Just to confirm for your records, his full name on the insurance card is Venkataraman K. Subramanian but everyone calls him Venkat. Please note Appa will need the big print handout for the bone density results and the new calcium + vitamin D instructions, his eyes are bad after the cataract.

My sister-in-law Lakshmi will bring him.

Deepa

On Tue, Mar 18, 2025 at 4:40 PM Marco Bianchi <mbianchi@larkspurgeriatrics.org> wrote:
> Hi Deepa, we've moved Mr. Subramanian's follow-up to Friday 3/28 at 2:15 with Dr. Feld
> to go over his DEXA scan. Please arrive 15 min early.
>
> Marco Bianchi
> Patient Services, Larkspur Geriatric & Memory Care Associates
""")

# =====================================================================
# PHI: self
# =====================================================================
add('phi', 'self', 'Pruitt',
    'edna.pruitt39@aol.com',
    'refills@larkspurgeriatrics.org',
    'out of my pressure pill',
    d('2025-02-17 07:52'),
    """Good morning, this is Edna Pruitt, birthday 6/2/1939. I ran out of my blood pressure pill (the lisinopril 20mg) on Saturday and the drug store said they need a new okay from the doctor. Could somebody please send it to the Pellham Pharmacy on Main St. I also am almost out of the eye drops for my glaucoma.

My pressure this morning on my home machine was 168 over 94 which I don't like.

Thank you kindly,
Edna
""")

add('phi', 'self', 'Delgado',
    'Frank Delgado <fdelgado1944@comcast.net>',
    'pnatarajan@larkspurgeriatrics.org',
    'for me this time, not Rosa',
    d('2025-02-26 20:14'),
    """Priya,

You usually hear from me about Rosa but this time it's about me. Since the cataract surgery on my right eye (Dr. Levin, 2/11) I've had a kind of curtain coming down from the top on that side, off and on, since yesterday. Also I'm still getting up 4 or 5 times at night to urinate, which is why I'm exhausted and probably why I'm short with Rosa some days.

I know I should call Levin about the eye but I don't want to end up in the hospital - who would watch her? My date of birth is 09/30/1944 if you need it for the chart, my name is Francisco on the insurance.

Frank Delgado
""")

add('phi', 'self', 'Castellano',
    'Irene Castellano <irenec.retired@yahoo.com>',
    '"Marchetti & Oduya Elder Law" <info@marchettiodoyalaw.com>',
    'Question about POA - new client',
    d('2025-03-02 13:30'),
    """Hello,

My name is Irene Castellano, I'm 76 and live in Moosic. Last month my doctor, Dr. Feld, told me I have early Alzheimer's disease. I'm still managing my own checkbook and driving short distances but I know that won't last, and my two sons don't get along.

I'd like to get a power of attorney and a health care directive done while I can still make these decisions myself. My doctor said she would write a letter saying I'm able to sign. I'm also worried about paying for memory care someday - I have a house and about $180,000 in savings.

Could I make an appointment? Mornings are best for me, I'm sharper then.

Thank you,
Irene
(570) 555-0126
""")

add('phi', 'self', 'Hennessey',
    'bob hennessey <bobhen@frontiernet.net>',
    'office@larkspurgeriatrics.org',
    'knee',
    d('2025-03-04 16:03'),
    """this is bob hennessey. my knee is worse since the shot you gave me on the 20th, swolen and hot last 2 days and i cant hardly walk to the mailbox. took 2 of the tylenol this am. wife says call you. do i come in or go to urgent care. 
dob 1-15-41

bob""")

add('phi', 'self', 'Brandt',
    '"Louisa Brandt" <lbrandt@brookhavenliving.com>',
    'mfeld@larkspurgeriatrics.org',
    'Those new pills',
    d('2025-03-09 10:20'),
    """Dear Dr. Feld,

I am writing myself because my daughter is always speaking for me. Since you started me on the donepezil two weeks ago I have had terrible dreams every night and loose bowels at least twice a day. I've also been dizzy when I get up from the chair. I would rather stop it. I know my memory isn't what it was but I'd rather be comfortable than take something that makes me feel like this.

I'm in Apt 3C here at Brookhaven, the aides can give me the phone if you'd like to call.

Sincerely,
Lou (Louisa Brandt)

(typed by the activity aide, Jenny, at my request)
""")

add('phi', 'self', 'Oyelaran',
    '"Babatunde Oyelaran" <tunde.oyelaran@gmail.com>',
    'rx@pellhampharmacy.com',
    'Refill Rx 4471902 and 4471903',
    d('2025-03-12 09:10'),
    """Good day,

Please refill my prescriptions #4471902 (tamsulosin 0.4mg) and #4471903 (metformin 500mg). Name Babatunde Oyelaran, D.O.B. 21 October 1947. I will pick up Friday. Also my eye doctor added timolol drops, the prescription was sent from Valley Eye, please fill that too.

Please note my new phone 570-555-0139.

Regards,
Tunde
""")

add('phi', 'self', 'Rasmussen',
    'Greta Rasmussen <gretaras@juno.com>',
    'intake@calloway-aps.gov',
    'I need help with my grandson',
    d('2025-03-16 11:47'),
    """To whom it may concern,

My name is Greta Rasmussen, I am 84 years old and I live alone at 19 Birch Hollow Lane, Old Forge. I have macular degeneration and cannot read my bank statements anymore. My grandson has been "helping" with my banking since my heart surgery last summer and the bank called me to say there have been large ATM withdrawals I did not make. He also keeps my pills and sometimes I don't get my water pill for days.

I don't want him arrested, I just want it to stop. My doctor is Dr. Feld at Larkspur.

Please call in the morning, 570-555-0152. He comes by in the afternoons.

Greta
""")

# =====================================================================
# PHI: ids
# =====================================================================
add('phi', 'ids', '',
    'mds.coordinator@cedarhollowrehab.com',
    'billing@cedarhollowrehab.com',
    'skilled days question',
    d('2025-03-03 14:22'),
    """Hi Jeanette - for MRN 00483921 (DOB 19380412), admit date 3/1 from Geisinger, PT/OT 5x/wk plus IV abx through 3/9. 5-day MDS assessment ARD is 3/7. Can you make sure the Part A start date is 3/1 not 3/2 in PCC, the hospital stay was 3 midnights (2/26-3/1) so she qualifies.

thanks
Bev Lindqvist RN, RAC-CT
MDS Coordinator
""")

add('phi', 'ids', 'Brinkley',
    '"Meridian Reference Labs - Client Services" <clientservices@meridianlabs.com>',
    'results@larkspurgeriatrics.org',
    'CRITICAL VALUE NOTIFICATION - Acc# M25-0448172',
    d('2025-03-05 05:41'),
    """CRITICAL VALUE NOTIFICATION

Patient: BRINKLEY, THADDEUS J
DOB: 4 Mar 1931     Sex: M
Accession: M25-0448172
Collected: 05-Mar-2025 04:50 at Cedar Hollow Rehab (client acct 30917)
Ordering: FELD, MIRIAM MD

Test             Result   Flag   Ref range
POTASSIUM        5.9      HH     3.5-5.1 mmol/L
CREATININE       2.41     H      0.70-1.30 mg/dL
BUN              58       H      8-23 mg/dL

Critical result called to: L. Szabo (Cedar Hollow) 05:38 by T. Ng, read-back confirmed.

This notification is sent for documentation. Do not reply to this mailbox.
Meridian Reference Labs | 1-800-555-0117
""")

add('phi', 'ids', 'Strickland',
    '"Larkspur Referrals" <referrals@larkspurgeriatrics.org>',
    'intake@hearthsidehomecare.net',
    'Home health referral',
    d('2025-03-06 10:10'),
    """New referral - skilled nursing + aide

Opal Strickland
1142 Sycamore Ridge Rd, Apt B
Dunmore PA 18512
Home (570) 555-0148 / cell of niece (Darlene) 570-555-0171

Needs: wound care to L lower leg venous ulcer 3x/wk (compression wrap), med setup weekly, aide for showers 2x/wk. Lives alone, has stairs to bedroom. Very hard of hearing - call niece to schedule.

Insurance: Medicare A/B, supplement Plan G.
Signed F2F and orders faxed this morning.

Thanks, Dana
""")

add('phi', 'ids', '',
    '"UM Department" <um@keystoneseniorplan.com>',
    'priorauth@larkspurgeriatrics.org',
    'Auth Request #PA-2025-118402 - Additional info needed',
    d('2025-03-07 15:58'),
    """Reference: PA-2025-118402
Member ID: KSA8830041277
Member DOB: 3.4.31
Service: Home infusion - IV ertapenem 1 g daily x 10 days
Diagnosis submitted: see request

Keystone Senior Advantage has received your request. We need the following to complete the review:
 - most recent culture and sensitivity report
 - documentation that oral alternatives were considered
 - infectious disease consult note, if available

Please upload via the provider portal or fax to 1-877-555-0140 within 3 business days, otherwise the request will be closed.

Utilization Management
Keystone Senior Advantage (HMO-SNP)
""")

add('phi', 'ids', 'Ferrante',
    'Paul Ferrante <pferrante@ferrantebuilders.com>',
    'billing@larkspurgeriatrics.org',
    'Billing error - account 7781-00342',
    d('2025-03-10 12:31'),
    """Hello,

I handle bills for my mother, Lucille Ferrante, DOB 11/09/1936, account 7781-00342. The statement dated 2/28 shows a charge of $185 for an "audiometry" on 1/22. My mother did not have a hearing test that day - she was seen for her memory follow-up and the flu shot only. She's had hearing aids for years through Costco.

Please correct and send an updated statement to me at 77 Hemlock Ct, Clarks Summit PA 18411 (I'm listed as the responsible party, POA on file).

Paul Ferrante
cell 570-555-0183
""")

add('phi', 'ids', 'Pawlowski',
    'Nia Oduya <noduya@marchettiodoyalaw.com>',
    'medicaid.docs@marchettiodoyalaw.com',
    'Pawlowski Medicaid app - identifiers for file',
    d('2025-03-12 17:02'),
    """For the file (do not forward outside the firm):

Client: Stanislaw Pawlowski
DOB 02-17-1934
SSN 512-48-3307
Medicare MBI 1EG4-TE5-MK73
Current setting: Cedar Hollow, long-term care unit since 1/6/25 (private pay ~ $13,400/mo)
Dx letter from Dr. Feld (vascular dementia, CHF) is in the scan folder.

Wife (community spouse) Teresa remains at 301 Keyser Ave. Spend-down numbers to follow.

Nia Oduya, Esq.
Marchetti & Oduya Elder Law, LLC
This message may contain attorney-client privileged information.
""")

add('phi', 'ids', '',
    'Jen Albrecht <jalbrecht@larkspurgeriatrics.org>',
    'medicalrecords@larkspurgeriatrics.org',
    're 2291847',
    d('2025-03-14 09:48'),
    """re 2291847 -- the pt's daughter called again, she wants a copy of the signed MOLST and the last 2 visit notes faxed to the hospice (Tidewater, fax 570-555-0198) before the admission visit tomorrow. d.o.b. 07/22/29. Daughter is HCPOA, form scanned 2023. Can someone do this today pls

Jen""")

add('phi', 'ids', 'Voss',
    '"Tidewater Hospice - Scheduling" <scheduling@tidewaterhospice.org>',
    'aides@tidewaterhospice.org',
    'Weekend visit - Pt #H-20417',
    d('2025-03-15 08:00'),
    """Visit assignment for Saturday 3/15 - Pt #H-20417, Harlan Voss, 88 y/o, 77 Quarry Ln, Taylor. Bath + linen change, mouth care. Oxygen 2L continuous. Wife (Edith) home, gate code 4471.""",
    html="""<html><body>
<p>Visit assignment for <b>Saturday 3/15</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dde"><th>Pt #</th><th>Name</th><th>Age</th><th>Address</th><th>Tasks</th><th>Notes</th></tr>
<tr><td>H-20417</td><td>Harlan Voss</td><td>88</td><td>77 Quarry Ln, Taylor</td><td>Bath, linen change, mouth care</td><td>O2 2L continuous. Wife (Edith) home. Gate code 4471.</td></tr>
</table>
<p style="color:#666">Tidewater Hospice &middot; Scheduling</p>
</body></html>""")

# =====================================================================
# PHI: lists
# =====================================================================
add('phi', 'lists', 'Marchand',
    'Shauna Pelletier <spelletier@willowmeremc.com>',
    'hawthorn-team@willowmeremc.com',
    'huddle notes tues',
    d('2025-02-25 07:15'),
    """Hawthorn huddle 2/25 - day shift

* Yvette Marchand - new UTI abx (nitrofurantoin) day 2/5, push fluids, watch for more confusion
* Mr. Ostapenko - fall last night no injury, hip protectors on, PT notified
* Lorraine Bixby - daughter visiting 10am, wants to talk to nurse re: weight (down 4lb)
* Cy Mathers - hospice (Tidewater) admission visit 1pm, RN Renee
* Pearl Ashdown - skin tear R forearm, steri strips, check daily
* Room 9 (Gus Ferreira) - refusing showers x 1 wk, try PM shower with Dwayne

reminder: state survey window opens in March, charts neat pls!

Shauna""")

add('phi', 'lists', 'Quintero',
    'census@cedarhollowrehab.com',
    '"Priya Natarajan" <pnatarajan@larkspurgeriatrics.org>, mfeld@larkspurgeriatrics.org',
    'Larkspur pts in house - 3/3',
    d('2025-03-03 06:30'),
    """Morning census - Larkspur attending patients, Cedar Hollow

Room\tName\t\tAdmit\tPayer\tReason / notes
104A\tQuintero, Alma\t2/21\tMcr A\tR hip ORIF, PT/OT, WBAT
107B\tDesrosiers, Jean-Luc\t2/27\tMcr A\tCHF exac, daily wts, lasix 40 BID
112A\tAbernathy, Eunice\tLTC\tMedicaid\tlong term, anticoag
118B\tLindgren, Walt\t3/1\tMcr A\tPNA, IV ceftriaxone thru 3/5
121A\tBoateng, Comfort\t2/14\tHMO\tstroke rehab, SLP for swallow, mech soft
126B\tFitzgerald, Maeve\tLTC\tprivate\tdementia, hospice eval pending

Discharges planned this week: Quintero 3/6 to home w/ HH; Lindgren TBD

-- Cedar Hollow Medical Records""")

add('phi', 'lists', 'Castellanos',
    'Tasha Greer <tgreer@hearthsidehomecare.net>',
    'aides-north@hearthsidehomecare.net',
    'Thursday route - North team',
    d('2025-03-05 17:40'),
    """Thursday 3/6 route, North team. Pls confirm you got this.

| Time  | Client            | Address                       | Aide     | Tasks                               |
|-------|-------------------|-------------------------------|----------|-------------------------------------|
| 7:30  | Hector Castellanos| 22 Pine St, Olyphant          | Marisol  | shower, dress, insulin reminder     |
| 9:00  | Walter Kaminski   | 415 Delaware St, Dunmore      | Marisol  | meds from organizer, weight on log  |
| 10:30 | Abdel-Rahman Haddad| 58 Orchard Terr, Clarks Smt  | Dwayne   | bath (male aide), ROM exercises     |
| 1:00  | Opal Strickland   | 1142 Sycamore Ridge Rd Apt B  | Precious | shower only, RN does wrap Fri       |
| 3:00  | Irma Kowalczyk    | 9 Mill Rd, Throop             | Precious | meal prep, dementia - do not let her cook |

Hector's daughter says the dog is friendly now lol

Tasha""")

care_csv = """patient_last,patient_first,dob,facility,room,drug,strength,sig,last_fill,qty_remaining,note
Whitcombe,Gladys,1932-08-14,Brookhaven AL,17,latanoprost,0.005%,1 gtt OU qhs,2025-02-24,0,NEW RX from ER - needs MD ok
Duval,Marguerite,1937-01-03,Brookhaven AL,31,donepezil,5 mg,1 po daily,2025-02-18,3,pending PA for 10mg
Brandt,Louisa,1935-05-29,Brookhaven AL,3C,donepezil,5 mg,1 po daily,2025-02-23,12,pt requests stop - ask Dr Feld
Petrakis,Harold,1940-11-11,Arbors at Millbrook,212,metoprolol succinate,50 mg,1 po daily,2025-03-07,28,dose increased at discharge
Wisniewska,Zofia,1929-04-02,Brookhaven AL,4,mirtazapine,7.5 mg,1 po qhs,2025-01-30,2,
"""
add('phi', 'lists', 'Whitcombe',
    '"Greg Ostrowski, PharmD" <gostrowski@keystoneltcrx.com>',
    'refills@larkspurgeriatrics.org',
    'Refills needing signature this week (5)',
    d('2025-03-10 08:25'),
    """Hi all,

Attached is this week's list of AL residents with refills or new orders waiting on a prescriber signature. Two are urgent (Whitcombe has no drops left, Wisniewska down to 2 tabs).

If you can sign in the portal by Wednesday we'll get them on Thursday's delivery run.

Greg
--
Greg Ostrowski, PharmD | Consultant Pharmacist
Keystone LTC Pharmacy | 570-555-0187
""", atts=[(care_csv, 'text/csv', 'pending_signatures_2025-03-10.csv')])

add('phi', 'lists', 'Lindgren',
    '"Oren Blackwell, MD" <oblackwell@larkspurgeriatrics.org>',
    'oncall@larkspurgeriatrics.org',
    'weekend signout 3/14-3/16',
    d('2025-03-14 17:12'),
    """Weekend sign-out. Call me with anything, cell as usual.

NAME               LOC           ISSUE                                   TO DO
-----------------  ------------  --------------------------------------  -----------------------------
LINDGREN, Walt     CH 118B       PNA, improving, abx done 3/5             nothing, d/c planning Mon
ABERNATHY, Eunice  CH 112A       fall 2/12, apixaban back on              if falls again -> CT head
TIBBS, Ellsworth   WMC Hawthorn  sundowning, UA pending                   f/u culture Sat, abx if +
BRINKLEY, Thad     CH 109A       K 5.9 on 3/5, lisinopril stopped         BMP Sat AM, call if K > 5.5
VOSS, Harlan       home/hospice  actively dying per Tidewater             family may call, DNR, no 911
HADDAD, Abdel-R.   home          post-CVA, new insulin                    BG log from daughter Sun

Oren

--
Oren Blackwell, MD
Larkspur Geriatric & Memory Care Associates
""")

awv_csv = """MRN,Last Name,First Name,DOB,Phone,Last AWV,Cognitive Screen Due,Address
100482,Ashdown,Pearl,03/02/1934,570-555-0112,2024-01-09,Y,"14 Crane St, Dunmore PA"
100517,Bixby,Lorraine,11/27/1938,570-555-0113,2023-12-18,Y,"Willowmere Memory Care"
100630,Mathers,Cyrus,06/15/1931,570-555-0114,2024-02-02,N,"Willowmere Memory Care"
101044,Hennessey,Robert,01/15/1941,570-555-0115,2024-02-27,Y,"305 Grove St, Peckville PA"
101377,Pruitt,Edna,06/02/1939,570-555-0116,2024-01-30,N,"88 Main St Apt 2, Dunmore PA"
101502,Castellano,Irene,08/08/1948,570-555-0126,2024-02-19,Y,"6 Ridge Rd, Moosic PA"
101733,Kowalczyk,Irma,12/01/1936,570-555-0118,2023-11-30,Y,"9 Mill Rd, Throop PA"
"""
add('phi', 'lists', 'Ashdown',
    'Dana Whitlock <dwhitlock@larkspurgeriatrics.org>',
    '"Outreach Team" <outreach@silverlinecalls.com>',
    'AWV outreach list - March',
    d('2025-03-17 11:03'),
    """Hi Kelsey,

Here's the March outreach list for Annual Wellness Visit scheduling (zipped as you asked). Patients flagged Y need the longer slot because of the cognitive screening. Please don't leave detailed voicemails, just ask them to call the office.

Password is the usual one, will text it.

Thanks
Dana
""", atts=[(zipbytes([('AWV_due_March2025.csv', awv_csv)]), 'application/zip', 'AWV_due_March2025.zip')])

hosp_rows = [
    ['Pt #', 'Patient', 'DOB', 'Location', 'Admit', 'Level of care', 'Primary RN', 'Hospice dx', 'Notes'],
    ['H-20417', 'Voss, Harlan', '1936-09-03', 'Home - Taylor', '2025-02-02', 'Routine', 'R. Castor', 'COPD end stage', 'O2 2L, wife caregiver'],
    ['H-20431', 'Fennimore, Dorothy', '1933-12-19', "Daughter's home - Dunmore", '2025-03-12', 'Routine', 'R. Castor', 'Adult failure to thrive', 'morphine conc prn'],
    ['H-20433', 'Mathers, Cyrus', '1931-06-15', 'Willowmere MC', '2025-02-25', 'Routine', 'J. Pike', "Alzheimer's FAST 7a", 'wife visits daily'],
    ['H-20398', 'Fitzgerald, Maeve', '1928-07-07', 'Cedar Hollow 126B', '2025-01-20', 'Continuous', 'J. Pike', 'Dementia', 'actively dying 3/17, family at bedside'],
]
add('phi', 'lists', 'Voss',
    '"Renee Castor, RN BSN" <rcastor@tidewaterhospice.org>',
    'idg@tidewaterhospice.org',
    'IDG census for Wed',
    d('2025-03-18 16:44'),
    """Attached census for tomorrow's IDG. Fitzgerald moved to continuous care last night - chaplain pls see. Recerts due: Voss (2nd benefit period ends 4/2).

Renee
""", atts=[(xlsx(hosp_rows, 'Census'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'IDG_census_2025-03-19.xlsx')])

# =====================================================================
# PHI: struct
# =====================================================================
add('phi', 'struct', 'Desrosiers',
    'Kyle Brandon <kbrandon@larkspurgeriatrics.org>',
    '"Interface Support" <support@bridgepointintegration.com>',
    'ADT feed from Cedar Hollow erroring again - ticket 88213',
    d('2025-02-27 13:18'),
    """Hi team,

Another A01 from Cedar Hollow bounced this morning with "PV1-3 invalid location". Pasting the raw msg from the error queue below. Looks like they are sending the bed with a space in it again. Can you add a translation or push back on their side?

MSH|^~\\&|PCC|CEDARHOLLOW|BRIDGEPT|LARKSPUR|20250227064512||ADT^A01|CH0227064512|P|2.5.1
EVN|A01|20250227064500
PID|1||CH448210^^^CEDARHOLLOW^MR~100902^^^LARKSPUR^MR||DESROSIERS^JEAN-LUC^M||19360514|M|||23 Laurel St^^Jessup^PA^18434||^PRN^PH^^^570^5550145|||M|CAT
PV1|1|I|1W^107 B^^CEDARHOLLOW||||1588402213^FELD^MIRIAM|||SNF||||7|||1588402213^FELD^MIRIAM|||||||||||||||||||||||||20250227060000
DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A
IN1|1|MCRA|CMS|MEDICARE PART A|||||||||||DESROSIERS^JEAN-LUC|SEL|19360514|||||||||||||||||4HT7-QW2-RR51

Thanks,
Kyle Brandon
IT / EHR Analyst
Larkspur Geriatric & Memory Care Associates
ext 240
""")

oru = '\r'.join([
    'MSH|^~\\&|MERIDIAN|MRL|EHR|LARKSPUR|20250305054000||ORU^R01|MRL250305054000117|P|2.3',
    'PID|1||100771^^^LARKSPUR^MR||BRINKLEY^THADDEUS^J||19310304|M|||40 Tanner Mill Rd^^Dunmore^PA^18512',
    'ORC|RE|LK88231|M25-0448172',
    'OBR|1|LK88231|M25-0448172|80048^BASIC METABOLIC PANEL^CPT4|||202503050450|||||||202503050455||1588402213^FELD^MIRIAM',
    'OBX|1|NM|2823-3^POTASSIUM^LN||5.9|mmol/L|3.5-5.1|HH|||F',
    'OBX|2|NM|2160-0^CREATININE^LN||2.41|mg/dL|0.70-1.30|H|||F',
    'OBX|3|NM|3094-0^BUN^LN||58|mg/dL|8-23|H|||F',
    'OBX|4|NM|2951-2^SODIUM^LN||136|mmol/L|136-145|N|||F',
    'OBX|5|NM|2345-7^GLUCOSE^LN||142|mg/dL|70-99|H|||F',
    'NTE|1||Critical K called to L. Szabo 0538 read back',
]) + '\r'
add('phi', 'struct', 'Brinkley',
    'Kyle Brandon <kbrandon@larkspurgeriatrics.org>',
    'tng@meridianlabs.com',
    'RE: results not filing to chart',
    d('2025-03-05 11:27'),
    """Tina,

The 5:40 ORU for this morning's critical didn't file - our engine says the PID-3 assigning authority doesn't match. Attached is the message exactly as we received it. Can you check whether your side switched to sending our MRN in PID-3 instead of PID-2? It was filing fine through last week.

Kyle

-----Original Message-----
From: Tina Ng <tng@meridianlabs.com>
Sent: Wednesday, March 5, 2025 9:02 AM
To: Kyle Brandon <kbrandon@larkspurgeriatrics.org>
Subject: results not filing to chart

Kyle - Dr Feld's office says they don't see the BMP we called in. Can you check the interface?
""", atts=[(oru.encode('ascii'), 'application/hl7-v2', 'MRL250305054000117.hl7')])

add('phi', 'struct', 'Okonkwo',
    'Rhonda Kessler <rkessler@larkspurgeriatrics.org>',
    '"Clearinghouse Support" <support@claimstreamedi.com>',
    'Rejected claim - 2300 loop - pls advise',
    d('2025-03-07 14:51'),
    """Hello,

We're getting a 999 rejection on one claim in today's batch (batch 0307-02). Error says IK3 segment HI, element 1 invalid. Here's the claim section from the file, can you tell me what's wrong? I think it's the decimal in the dx code but I'm not sure.

ST*837*0021*005010X222A1~
BHT*0019*00*0307202502*20250307*1432*CH~
NM1*85*2*LARKSPUR GERIATRIC AND MEMORY CARE*****XX*1730559821~
N3*1200 LINDEN AVE STE 300~
N4*DUNMORE*PA*185120000~
REF*EI*237719942~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*OKONKWO*ADAEZE****MI*7QK2-JD4-XW19~
N3*310 BEECH ST~
N4*SCRANTON*PA*185090000~
DMG*D8*19400822*F~
NM1*PR*2*MEDICARE PART B*****PI*12402~
CLM*LG25030711*210.00***11:B:1*Y*A*Y*Y~
DTP*431*D8*20240915~
HI*ABK:G30.1*ABF:F02.B11*ABF:R41.0~
LX*1~
SV1*HC:99215:25*170.00*UN*1***1:2:3~
DTP*472*D8*20250304~
LX*2~
SV1*HC:99483*40.00*UN*1***1~

Thanks,
Rhonda Kessler, CPC
Billing Specialist
""")

add('phi', 'struct', 'Kowalczyk',
    'frontdesk@larkspurgeriatrics.org',
    'rkessler@larkspurgeriatrics.org',
    'FW: eligibility came back weird',
    d('2025-03-11 09:05'),
    """Rhonda this is the raw 271 that came back on Irma K. when I ran elig for her Thursday appt. It says inactive?? but her daughter swears she has the Keystone plan since Jan. What does EB*6 mean

----

ISA*00*          *00*          *ZZ*KEYSTONESNP    *ZZ*LARKSPUR       *250311*0858*^*00501*000004471*0*P*:~
GS*HB*KEYSTONESNP*LARKSPUR*20250311*0858*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL250311A88*20250311*0858~
HL*1**20*1~
NM1*PR*2*KEYSTONE SENIOR ADVANTAGE*****PI*KSA01~
HL*2*1*21*1~
NM1*1P*2*LARKSPUR GERIATRIC AND MEMORY CARE*****XX*1730559821~
HL*3*2*22*0~
TRN*2*EL250311A88*9LARKSPUR~
NM1*IL*1*KOWALCZYK*IRMA*T***MI*KSA7730012958~
N3*9 MILL RD~
N4*THROOP*PA*184120000~
DMG*D8*19361201*F~
DTP*346*D8*20250101~
EB*6**30**KEYSTONE HMO SNP~
MSG*COVERAGE TERMINATED 20250228 - DISENROLLED MEDICAID ELIGIBILITY NOT VERIFIED~
SE*18*0001~

thx
Alicia (front desk)
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lk-100855",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "100855"}],
        "name": [{"family": "Lindgren", "given": ["Walter", "Axel"]}],
        "gender": "male",
        "birthDate": "1937-10-02",
        "telecom": [{"system": "phone", "value": "570-555-0104", "use": "home"}],
        "address": [{"line": ["16 Spruce Ct"], "city": "Archbald", "state": "PA", "postalCode": "18403"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-55120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "cefpodoxime 200 mg tablet"},
        "subject": {"reference": "Patient/lk-100855"},
        "authoredOn": "2025-03-05",
        "dosageInstruction": [{"text": "1 tab by mouth twice daily x 5 days"}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "id": "cond-9931",
        "subject": {"reference": "Patient/lk-100855"},
        "code": {"text": "Community acquired pneumonia, right lower lobe"},
        "onsetDateTime": "2025-02-27"
      }
    }
  ]
}
"""
add('phi', 'struct', 'Lindgren',
    'dev-integrations@carebridgeapp.io',
    'kbrandon@larkspurgeriatrics.org',
    'Re: FHIR bundle from your sandbox -> prod?',
    d('2025-03-12 10:40', -7),
    """Hey Kyle,

Thanks for sending the bundle. Heads up: this one looks like it came from your PRODUCTION endpoint, not sandbox - it's a real chart as far as I can tell. We've deleted our copy from the ticket system. Re-attaching here only so you can see which export it was; please confirm you're pointing the test harness at sandbox before we continue.

Technically it validates fine against R4, the only issue on our side is the missing meta.lastUpdated.

- Sam @ CareBridge

On Tue, Mar 11, 2025, Kyle Brandon wrote:
> here's the sample bundle from our side, let me know if it parses
""", atts=[(fhir.encode('utf-8'), 'application/fhir+json', 'bundle_export_0311.json')])

add('phi', 'struct', 'Marchand',
    '"Willowmere Memory Care - Admissions" <admissions@willowmeremc.com>',
    'records@larkspurgeriatrics.org',
    'CCD we received looks incomplete',
    d('2025-03-13 15:20'),
    """Hi,

We imported the CCD your office sent over for Yvette's admission and the med list section is empty in our system. Here's the top part of what we got - is it cut off on your end? We need the full med list and allergy list before Monday.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250312141500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="100613" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>211 Cherry Ln</streetAddressLine><city>Dickson City</city><state>PA</state><postalCode>18519</postalCode></addr>
      <telecom value="tel:+1-570-555-0107" use="HP"/>
      <patient>
        <name><given>Yvette</given><given>Claire</given><family>Marchand</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19330419"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <component><section>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <text><list><item>Alzheimer's disease, moderate</item><item>Recurrent UTI</item><item>Osteoporosis</item></list></text>
  </section></component>
  <component><section>
    <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
    <text/>
  </section></component>

Thank you,
Gina Ruiz
Admissions Coordinator, Willowmere Memory Care
""")

add('phi', 'struct', 'Kaminski',
    'Rhonda Kessler <rkessler@larkspurgeriatrics.org>',
    'Marco Bianchi <mbianchi@larkspurgeriatrics.org>',
    'why Walter K was denied',
    d('2025-03-19 13:36'),
    """Marco - here's the piece of the 835 for the Kaminski visit. CO-197 = precert/auth absent. It's the home visit code, his plan wants auth for 99349 now. I'll appeal but can you let the daughter know the bill is on hold, don't want her to panic.

CLP*LG25021833*4*185*0**MB*1925046221733*12*1~
NM1*QC*1*KAMINSKI*WALTER*F***MI*3PR8-TU6-YH22~
NM1*82*1*FELD*MIRIAM****XX*1588402213~
DTM*232*20250218~
SVC*HC:99349*185*0**1~
DTM*472*20250218~
CAS*CO*197*185~
REF*6R*LG25021833-1~
LQ*HE*N54~

Rhonda
""")

# =====================================================================
# PHI: lang
# =====================================================================
add('phi', 'lang', 'Villalobos',
    'Marisela Villalobos <mvillalobos.hou@hotmail.com>',
    'office@larkspurgeriatrics.org',
    'Mi mamá - caída el domingo',
    d('2025-02-18 19:25', -6),
    """Buenas tardes Dra. Feld,

Le escribe Marisela Villalobos, hija de la señora Carmen Villalobos (fecha de nacimiento 12/05/1938). Mi mamá se cayó el domingo en el baño y desde entonces le duele mucho la cadera derecha y casi no quiere caminar. La cuidadora dice que está más confundida en las noches y que no quiere comer.

¿Le pueden hacer una radiografía? También se le terminó la pastilla de la presión (losartán 50 mg) y la farmacia dice que necesita autorización.

Yo vivo en Houston y no puedo ir hasta abril. Mi número es 832-555-0174, me puede llamar a cualquier hora.

Muchas gracias,
Marisela
""")

add('phi', 'lang', 'Ferreira',
    'Rosangela Souza <rosangela.souza77@gmail.com>',
    'Tasha Greer <tgreer@hearthsidehomecare.net>',
    'Seu Joaquim hoje',
    d('2025-02-28 14:10'),
    """Oi Tasha,

Aqui é a Rosângela. Hoje na visita do Sr. Joaquim Ferreira ele estava com febre (38,2), tossindo muito e não quis almoçar. A pressão estava 150/90. Liguei para a filha dele duas vezes mas ninguém atendeu.

Ele também tem uma ferida nova no calcanhar esquerdo, bem vermelha e com um pouco de secreção. Acho que a enfermeira precisa ver amanhã cedo. Deixei ele deitado de lado com o travesseiro embaixo das pernas.

Os remédios da tarde eu dei tudo certinho, menos o de dormir porque ele estava muito sonolento.

Beijos,
Rosângela
""", cte='quoted-printable')

add('phi', 'lang', 'Trần',
    'Tran Van Hung <hung.tran.van@yahoo.com>',
    'mfeld@larkspurgeriatrics.org',
    'Xin hẹn khám trí nhớ cho ba tôi - Trần Văn Lộc',
    d('2025-03-01 21:03'),
    """Kính gửi bác sĩ Feld,

Tôi là Trần Văn Hùng, con trai của ông Trần Văn Lộc (sinh ngày 15/07/1935). Dạo này ba tôi hay quên, đi lạc hai lần trong tuần này và không nhớ đã uống thuốc hay chưa. Tuần trước ba bị chóng mặt và té trong nhà tắm, may là không bị gãy xương.

Xin bác sĩ cho ba tôi một cuộc hẹn để kiểm tra trí nhớ. Ba tôi đang uống thuốc huyết áp amlodipine 5mg và thuốc tiểu đường metformin 500mg ngày hai lần. Ba tôi không nói được tiếng Anh, xin cho người thông dịch tiếng Việt.

Số điện thoại của tôi: 570-555-0166.

Cảm ơn bác sĩ nhiều.
Hùng
""", cte='base64')

add('phi', 'lang', 'Jean-Baptiste',
    'Mirlande Pierre <mirlande.pierre@hearthsidehomecare.net>',
    'tgreer@hearthsidehomecare.net',
    'Madan Jean-Baptiste jodi a',
    d('2025-03-04 12:48'),
    """Bonjou Tasha,

Se Mirlande. Madan Yolande Jean-Baptiste pa t vle manje jodi a, li di li gen doulè nan vant li depi yè swa. Mwen pran tanperati li, li te 99.8. Li pa t pran grenn tansyon li maten an paske li te vomi de fwa.

Pitit fi li a nan Miami, mwen pa ka jwenn li nan telefòn. Tanpri rele enfimyè a oswa biwo doktè Feld la. Mwen ap rete avè l jiska 3è.

Mèsi anpil,
Mirlande
""")

add('phi', 'lang', 'Остапенко',
    'Olga Ostapenko <olga.ostapenko@mail.com>',
    'Shauna Pelletier <spelletier@willowmeremc.com>',
    'Мой отец, И. П. Остапенко - падение',
    d('2025-02-25 22:30', -6),
    """Здравствуйте, Шона!

Пишу по поводу моего отца, Ивана Петровича Остапенко (комната 12, отделение Hawthorn). Мне сказали, что он вчера ночью упал. Сделали ли ему рентген? Он принимает варфарин, и я очень боюсь кровотечения.

Также прошу не давать ему снотворное без согласования со мной - в прошлый раз после него он был очень сонный два дня и почти не ел.

Я живу в Чикаго, мой телефон 312-555-0129. Пожалуйста, позвоните мне после осмотра врача.

С уважением,
Ольга Остапенко
""", cte='quoted-printable')

add('phi', 'lang', 'Santiago',
    'Lorna Dizon <lornadizon.cg@gmail.com>',
    'grace.santiago.rn@outlook.com',
    'Update kay Lola Remedios',
    d('2025-03-08 08:40'),
    """Hi Ma'am Grace,

Si Lorna po ito. Si Lola Remedios po ay medyo mataas ang asukal kaninang umaga, 285. Hindi po niya naubos ang almusal pero kinain niya ang kakanin na dala ng pamangkin niya kahapon. Binigay ko po ang insulin niya na 10 units ayon sa reseta ni Dr. Feld.

Namamaga rin po ang kanyang kaliwang paa at medyo mainit. Tatawagan ko po ba ang nurse sa Larkspur o kayo na lang po? Sa Martes po ang check-up niya.

Salamat po,
Lorna

(Remedios Santiago - 61 Court St, Scranton)
""")

add('phi', 'lang', '陈美华',
    'Chen Li <chenli.sh@163.com>',
    'mfeld@larkspurgeriatrics.org',
    '关于我母亲陈美华的用药问题',
    d('2025-03-15 23:05', 8),
    """Feld医生您好：

我是陈美华的儿子陈立。我母亲（出生日期1936年3月8日）上周从医院出院后回到了Brookhaven，出院时医生把她的华法林剂量改成了每天3毫克，但是护理人员给她的还是5毫克。

她这两天牙龈出血，手臂上有很多淤青。请您尽快查看一下她的用药，并安排验血（INR）。

我现在在上海出差，下周二回来。我的手机：+1 570-555-0159（微信同号）。

谢谢！
陈立
""", cte='base64', html=True)

add('phi', 'lang', 'الخطيب',
    'Reem Al-Khatib <reem.alkhatib@gmail.com>',
    'pnatarajan@larkspurgeriatrics.org',
    'والدي محمود الخطيب - ضيق في التنفس',
    d('2025-03-20 18:12'),
    """مرحباً،

أنا ريم الخطيب، ابنة السيد محمود الخطيب (تاريخ الميلاد ٢٠/٠١/١٩٣٩). والدي يعاني من ضيق في التنفس منذ ثلاثة أيام وتورم في القدمين، ووزنه زاد كيلوغرامين هذا الأسبوع.

هل يجب زيادة جرعة الفوروسيمايد؟ كما أنه لا ينام جيداً ويشعر بالارتباك في الليل.

رقم هاتفي ٥٧٠-٥٥٥-٠١٤٢.

شكراً جزيلاً،
ريم
""", cte='base64')

# =====================================================================
# CLEAN: admin
# =====================================================================
add('clean', 'admin', '',
    'Donna Reyes <dreyes@cedarhollowrehab.com>',
    'nursing-all@cedarhollowrehab.com',
    'Weekend staffing 3/22-3/23 - still need 2 nights',
    d('2025-03-17 14:05'),
    """Hi all,

Still have holes for this weekend. Bonus shift rate ($8/hr extra) applies.

SAT 3/22
  Days 1W: Colleen R (charge), Amber T, Jose L - FULL
  Nights 2E: Kendra M (CNA), ** NEED 1 LPN **
SUN 3/23
  Days 2E: Priscilla O, Dev S - need 1 CNA
  Nights 1W: ** NEED 1 RN supervisor **

Text me at 570-555-0199 or sign up on the board outside the DON office. Agency (ProStaff) is on standby but I'd rather it be you guys.

Thanks!
Donna Reyes, RN
Staffing Coordinator / ADON
""")

add('clean', 'admin', '',
    '"Larkspur IT Service Desk" <servicedesk@larkspurgeriatrics.org>',
    'allstaff@larkspurgeriatrics.org',
    '[INC0048213] Planned EHR downtime Sunday 3/9 01:00-05:00',
    d('2025-03-05 16:00'),
    """Ticket: INC0048213 / CHG0011907
Priority: Planned maintenance

The EHR (clinical and practice management) will be unavailable Sunday, March 9, from 1:00 AM to approx. 5:00 AM for the vendor's version upgrade (v24.3 -> v25.1).

What you need to do:
- On-call providers: use the downtime binder in the 3rd floor workroom (paper order sheets, blank Rx pads are in the locked drawer, key with Kyle).
- Patient portal messages will queue and deliver after the upgrade.
- Downtime reports (census, med lists) will print automatically to PRN-3F-01 at 12:30 AM.

Questions: ext 240 or servicedesk@larkspurgeriatrics.org
Kyle Brandon, IT / EHR Analyst
""", html=True)

add('clean', 'admin', '',
    '"AR - Tri-State Linen Services" <ar@tristatelinen.com>',
    'ap@cedarhollowrehab.com',
    'Invoice INV-2025-03117 / PO 44821 - past due',
    d('2025-03-12 09:30'),
    """Accounts Payable,

Our records show the following invoice is now 30 days past due:

Invoice #: INV-2025-03117
PO #: 44821
Account #: CH-0092
Service period: 02/01/2025 - 02/28/2025
Items: incontinence pads (reusable) 1,840 lbs; bath linens 2,210 lbs; isolation gowns 600 ea
Amount due: $6,482.17

Please remit to Tri-State Linen Services, PO Box 5512, Wilkes-Barre PA 18703, or call Brenda Kline at 570-555-0121 to pay by card.

If payment has already been sent, please disregard.

Tri-State Linen Services | Accounts Receivable
""", atts=[("""invoice,po,account,period_start,period_end,item,qty,unit,rate,amount
INV-2025-03117,44821,CH-0092,2025-02-01,2025-02-28,reusable underpads,1840,lb,1.62,2980.80
INV-2025-03117,44821,CH-0092,2025-02-01,2025-02-28,bath linens,2210,lb,1.29,2850.90
INV-2025-03117,44821,CH-0092,2025-02-01,2025-02-28,isolation gowns,600,ea,1.08,650.47
""", 'text/csv', 'INV-2025-03117.csv')])

add('clean', 'admin', '',
    '"HR - Larkspur" <hr@larkspurgeriatrics.org>',
    'allstaff@larkspurgeriatrics.org',
    'Reminder: TB screening, flu/COVID attestation & open enrollment close 3/31',
    d('2025-03-10 08:00'),
    """Hello team,

A few HR reminders for March:

1. Annual TB screening questionnaire is due 3/31. Employee health (Sherry, ext 205) will do skin tests Tues/Thurs 7-9am in the 2nd floor staff room. Bring your employee ID (it starts with E0).
2. Flu and COVID vaccine attestation - please upload your card or declination form in Paylocity under "Documents".
3. Benefits open enrollment for the plan year starting 5/1 closes 3/31. New this year: vision plan through EyeMed, and the HSA employer match goes to $750.

Benefits questions: Tamara Olsen, HR Generalist, 570-555-0100 x 207.

Thanks,
Human Resources
""")

add('clean', 'admin', '',
    'Facilities <facilities@willowmeremc.com>',
    'staff@willowmeremc.com',
    'Generator test + door alarm maintenance Thurs',
    d('2025-03-18 11:11'),
    """All,

Thursday 3/20:
- 6:30 AM monthly generator load test, ~30 min. Lights may flicker in Hawthorn and Juniper neighborhoods. Elevators will be locked out during the transfer.
- 10:00 AM - 2:00 PM Secure-Tek will service the wander-guard door alarms on all exits. Each door will be offline ~15 minutes while they work; staff must be posted at the door during that time. Chris from Secure-Tek (cell 570-555-0124) will radio before each one.

Please remind families visiting Thursday that the front vestibule door may be slow.

Mike Trabold
Maintenance Supervisor, Willowmere Memory Care
""")

add('clean', 'admin', '',
    '"ClaimStream EDI Support" <support@claimstreamedi.com>',
    'rkessler@larkspurgeriatrics.org',
    'Case 00719344: 837 batch schedule change + SFTP key rotation',
    d('2025-03-20 13:45'),
    """Hi Rhonda,

Following up on case 00719344:

1. Starting April 1, 837P batches submitted after 4:00 PM ET will process the next business day (was 6:00 PM).
2. Your SFTP key for submitter ID LARK0921 expires 3/31. Please generate a new key and upload it in the portal under Settings > Connectivity. Don't email private keys.
3. Your February 999/277CA acceptance rate was 98.6% (1,214 claims, 17 rejections) - the rejections report is in the portal.

Let me know if you want to schedule a call.

Marcus Huang
EDI Support Analyst, ClaimStream
Support line 1-888-555-0166 opt 3
""")

add('clean', 'admin', '',
    '"Medical Staff Office" <medstaff@cedarhollowrehab.com>',
    'mfeld@larkspurgeriatrics.org',
    'Reappointment packet - expiring credentials',
    d('2025-03-06 10:02'),
    """Dr. Feld,

Your reappointment to the Cedar Hollow medical staff is due 5/1/2025. Our records show these items need updating:

- DEA registration (exp. 04/30/2025)
- PA medical license MD-441207 - verified through 12/31/2026, no action needed
- CMD certification - please send a copy of your current certificate
- Proof of malpractice coverage (current COI expires 4/15)

NPI 1588402213 and CAQH ID 11830472 are current.

Please send documents by 4/1 to this address or fax 570-555-0196.

Thank you,
Lisa Vukovich, CPMSM
Medical Staff Coordinator
""")

# =====================================================================
# CLEAN: lookalike
# =====================================================================
add('clean', 'lookalike', '',
    '"Lakeview Animal Hospital" <frontdesk@lakeviewanimalhosp.com>',
    'cheryl.mankowski@gmail.com',
    "Biscuit's lab results & discharge instructions",
    d('2025-03-04 17:20'),
    """Hi Cheryl,

Biscuit did great today! Here's a summary from Dr. Amundsen.

Patient: Biscuit (canine, beagle mix, 9 yr, MN)
Patient ID: 44821   DOB: 03/14/2015   Weight: 31.2 lb
Procedures: dental cleaning under anesthesia, 2 extractions (upper premolars), pre-anesthetic bloodwork

Bloodwork: CBC and chemistry within normal limits. BUN slightly elevated (32) - we'll recheck at his senior wellness visit in 6 months.

Medications sent home:
- Carprofen 25 mg - 1 tab by mouth twice daily with food x 5 days
- Clindamycin 75 mg - 1 cap by mouth twice daily x 7 days

Soft food only for 1 week, no chew toys. Call us if he vomits, won't eat, or the gums bleed.

Lakeview Animal Hospital | 570-555-0140
""", html=True)

add('clean', 'lookalike', '',
    '"Anthracite Federal Credit Union" <alerts@anthracitefcu.org>',
    'j.oleary71@yahoo.com',
    'Your statement for Member # 0048213977 is ready',
    d('2025-03-01 06:00'),
    """Hello JAMES,

Your February e-statement for Member # ****3977 is now available in Online Banking.

Share Savings (S01)      $2,418.06
Checking (S10)           $911.52
Health Savings (S40)     $3,120.00
Auto Loan (L02)          next payment $312.44 due 03/15/2025

Reminder: our Medicare Part B and health plan premium auto-pay service is now free for members 65+.

Questions? Call Member Services at 1-800-555-0181.
Anthracite Federal Credit Union - Federally insured by NCUA
""")

add('clean', 'lookalike', '',
    '"IronWorks Fitness" <coach@ironworksfitness.com>',
    'dmacaluso@gmail.com',
    'Your body comp scan + 60+ Strong class',
    d('2025-03-07 12:00'),
    """Hey Dom!

Great work at your 12-week check-in. Here are your InBody numbers:

Member ID: IWF-20931
Scan date: 3/6/2025
Weight 192.4 lb (-6.1)  |  Body fat 27.8% (-2.4)  |  Skeletal muscle 76.9 lb (+1.8)
Visceral fat level 11 (-2)

Since you asked about something lower impact for the off days, I'd recommend the 60+ Strong class (Tue/Thu 9am, coach Renata). Low impact, balance and fall-prevention drills, lots of chair work.

Keep it up,
Coach Tony
IronWorks Fitness - Dickson City
""")

add('clean', 'lookalike', '',
    '"Allegheny Air" <noreply@alleghenyair.com>',
    'margaret.lutz@comcast.net',
    'Itinerary confirmation - Record locator KX7Q2M',
    d('2025-03-09 19:44'),
    """Thank you for booking with Allegheny Air.

Record locator: KX7Q2M
Passenger: LUTZ/MARGARET A     Known Traveler #: on file
AAdvantage-style # ALG 55918-2207

Flight AA 4471  Sat 12 Apr 2025  AVP 06:10 -> CLT 07:58  Seat 14C
Flight AA 1188  Sat 12 Apr 2025  CLT 09:05 -> TPA 10:52  Seat 9A

Special service requests: none
Checked bags: 1 (paid)

Travel insurance: not purchased. Need extra help at the airport? You can request wheelchair or other assistance at any time under Manage Trip.

Allegheny Air Reservations 1-800-555-0102
""")

add('clean', 'lookalike', '',
    '"Keystone Mutual Auto - Claims" <claims@keystonemutualauto.com>',
    'thomas.yablonski@outlook.com',
    'Claim 44-8812-A: adjuster inspection scheduled',
    d('2025-03-11 10:35'),
    """Dear Thomas Yablonski,

We've opened claim number 44-8812-A for the loss reported on 03/08/2025.

Policy: PA-AUTO-7710934
Vehicle: 2019 Subaru Outback, VIN ending 4471
Loss type: Collision - parking lot, rear bumper and tailgate damage
Injuries reported: None

Your field adjuster, Rachel Dumont (570-555-0131), will inspect the vehicle on Thursday 3/13 between 9 and 11 AM at 42 Ash St, Moosic. Rental coverage is available up to $40/day for 20 days.

Keystone Mutual Auto Insurance
""")

add('clean', 'lookalike', '',
    'Ray Gorski <ray@gorskitreecare.com>',
    'hoa-board@pinecrestvillas.org',
    'Diagnosis on the big oak by unit 14 + treatment plan',
    d('2025-03-13 15:15'),
    """Hi board members,

Went out with our certified arborist Tuesday. Here's the diagnosis on the red oak behind unit 14:

- Fungal root rot (Armillaria) on the north side, about 30% of the root flare affected
- Deadwood in the upper crown, two limbs over the walking path are a hazard
- The cavity at 12 ft is "stable" for now - sounding test was OK

Treatment plan / estimate #E-2025-118:
1. Remove 2 hazard limbs, crown cleaning - $1,450
2. Root collar excavation + soil amendment - $680
3. Re-evaluate in 12 months; if decline continues, removal (~$4,200)

The patient isn't dying yet but it's not healthy either :) Let me know and we can schedule for early April before the leaves come in.

Ray Gorski, ISA Certified Arborist PA-1187A
Gorski Tree Care LLC | 570-555-0179
""")

add('clean', 'lookalike', '',
    'PagerBot <alerts@pagerbot.carebridgeapp.io>',
    'oncall-platform@carebridgeapp.io',
    '[RESOLVED] patient-reaper health check failing on prod-worker-07',
    d('2025-03-15 03:22', -7),
    """Incident #4471 RESOLVED

Service: patient-reaper (sidecar that kills stuck "patient" job processes in the scheduler)
Host: prod-worker-07
Check: /healthz vitals - heartbeat missing for 180s
Triggered: 2025-03-15 02:41 PDT
Resolved: 2025-03-15 03:19 PDT

Timeline:
02:41 alert fired, pid 18842 (patient-reaper) unresponsive, memory 3.9 GiB (limit 4 GiB)
02:55 @lkhoury acknowledged
03:07 kill -9 18842; supervisor restarted process as pid 20117
03:19 health check passing, queue depth back to normal (14 -> 0)

Root cause (prelim): memory leak in the triage loop after v2.8.1 deploy. Post-mortem ticket OPS-2291.

-- PagerBot
""")

# =====================================================================
# CLEAN: news
# =====================================================================
add('clean', 'news', '',
    '"PA Dept of Health - Health Alert Network" <han-noreply@health.pa-state.example.gov>',
    'mfeld@larkspurgeriatrics.org',
    'PA-HAN-2025-0311-ADV: RSV and influenza activity in long-term care facilities',
    d('2025-03-11 14:00'),
    """HEALTH ADVISORY - PA-HAN-2025-0311-ADV
Distribution: Long-term care facilities, geriatric and primary care providers, infection preventionists

SUMMARY
Northeast region continues to report elevated influenza A and RSV activity. Since 2/1/2025, 23 outbreaks have been reported in skilled nursing and personal care homes in the region (17 influenza A, 6 RSV). Median resident age in affected facilities: 84. Hospitalization rate among cases: 11%.

RECOMMENDATIONS
1. Test residents with new respiratory symptoms for both influenza and SARS-CoV-2; consider RSV PCR.
2. Start antiviral treatment for influenza as soon as possible without waiting for test confirmation in residents with suspected influenza.
3. Begin oseltamivir chemoprophylaxis for all non-ill residents on affected units when 2 or more residents have ILI within 72 hours and at least 1 has a positive test.
4. Offer RSV vaccine to adults 75+ and to adults 60-74 at increased risk, including residents of nursing homes.
5. Report outbreaks to your local health district within 24 hours.

This message is for public health information. No patient-specific information is included.
Bureau of Epidemiology | 1-877-555-0104
""")

add('clean', 'news', '',
    '"Keystone LTC Pharmacy" <clinical@keystoneltcrx.com>',
    'nursing-leaders@cedarhollowrehab.com, wellness@arborsmillbrook.com, hdabrowski@brookhavenliving.com',
    'RECALL NOTICE: metoprolol succinate ER 50 mg, lot MS24-0917 (manufacturer: Halvorsen Generics)',
    d('2025-03-14 09:00'),
    """Dear Facility Partners,

Halvorsen Generics has issued a voluntary Class II recall of metoprolol succinate extended-release 50 mg tablets, lot MS24-0917 (exp. 09/2026), due to failed dissolution testing. The product may release drug faster than labeled.

Keystone dispensed this lot between 1/06/2025 and 3/12/2025. Our records show your facility received affected cards. What to do:

1. Pull remaining cards of lot MS24-0917 from med carts and the e-kit; return to the driver on the next delivery.
2. Replacement cards (lot MS24-1130) go out with Monday's run, no new orders needed.
3. Residents do not need to stop taking the medication. Monitor for dizziness or low heart rate as usual, and contact the prescriber with any concerns.

FDA enforcement report: Recall Event ID 9XXXX (pending posting).

Clinical Services, Keystone LTC Pharmacy | 570-555-0187
""")

add('clean', 'news', '',
    '"Larkspur Family Connections" <news@larkspurgeriatrics.org>',
    'families-list@larkspurgeriatrics.org',
    'Spring newsletter: Memory Café dates, caregiver support group, meet our new NP',
    d('2025-03-03 10:00'),
    """LARKSPUR FAMILY CONNECTIONS - Spring 2025

MEMORY CAFÉ
Our Memory Café for people living with memory loss and their care partners meets the 2nd Tuesday of each month, 1:30-3:00, at the Dunmore Library community room. Coffee, music, and conversation. March 11: live harp music with Ellen Sato. No registration needed.

CAREGIVER SUPPORT GROUP
"Caring From a Distance" - a virtual group for adult children who help manage a parent's care from out of state - now meets every other Thursday at 7 PM ET on Zoom. Facilitated by our social worker, Beth Amari, LCSW. Email bamari@larkspurgeriatrics.org for the link.

MEET OUR NEW NURSE PRACTITIONER
Please welcome Priya Natarajan, DNP, AGPCNP-BC, who joins us from Philadelphia. Priya will round at Brookhaven and Willowmere and sees patients in the office Mondays and Wednesdays.

DID YOU KNOW?
Falls are the leading cause of injury for adults 65+. Our free "Steady Steps" balance class starts April 7 (8 weeks). Call 570-555-0100 x 2 to sign up.

To unsubscribe, reply with UNSUBSCRIBE. Larkspur Geriatric & Memory Care Associates, 1200 Linden Ave Suite 300, Dunmore PA.
""", html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#5a3e7a">Larkspur Family Connections &ndash; Spring 2025</h1>
<h2>Memory Caf&eacute;</h2>
<p>Our Memory Caf&eacute; for people living with memory loss and their care partners meets the <b>2nd Tuesday</b> of each month, 1:30&ndash;3:00, at the Dunmore Library community room. March 11: live harp music with Ellen Sato.</p>
<h2>Caregiver Support Group</h2>
<p>&ldquo;Caring From a Distance&rdquo; &ndash; a virtual group for adult children managing a parent&rsquo;s care from out of state &ndash; every other Thursday at 7 PM ET on Zoom. Facilitated by Beth Amari, LCSW.</p>
<h2>Meet our new Nurse Practitioner</h2>
<p>Please welcome <b>Priya Natarajan, DNP, AGPCNP-BC</b>, who joins us from Philadelphia.</p>
<h2>Did you know?</h2>
<p>Falls are the leading cause of injury for adults 65+. Our free &ldquo;Steady Steps&rdquo; balance class starts April 7.</p>
<p style="font-size:9pt;color:#888">To unsubscribe, reply with UNSUBSCRIBE.</p>
</body></html>""")

add('clean', 'news', '',
    '"PA Office of Long-Term Living" <oltl-bulletins@pa-state.example.gov>',
    'providers-list@oltl-lists.example.gov',
    'OLTL Bulletin 59-25-03: Community HealthChoices rate update for personal assistance services',
    d('2025-03-05 12:00'),
    """OFFICE OF LONG-TERM LIVING - PROVIDER BULLETIN 59-25-03
ISSUE DATE: March 5, 2025     EFFECTIVE DATE: July 1, 2025

SUBJECT: Fee schedule update for Personal Assistance Services (W1793), Respite (W9862) and Home-Delivered Meals (W1892) under Community HealthChoices.

PURPOSE: To inform providers of the updated minimum fee schedule rates.

Service                        Procedure code   Unit       Current    New
Personal Assistance Svcs       W1793            15 min     $5.31      $5.62
Respite - in home              W9862            15 min     $5.31      $5.62
Home-delivered meals           W1892            per meal   $8.95      $9.40

Providers must update billing systems before 7/1/2025. Questions about this bulletin should be directed to the OLTL Provider Helpline, 1-800-555-0127.
""")

add('clean', 'news', '',
    '"Lackawanna County Aging Data Brief" <databrief@lackawanna-aging.example.org>',
    'subscribers@lackawanna-aging.example.org',
    'Data Brief No. 14: Falls among older adults, 2020-2024',
    d('2025-03-18 09:00'),
    """DATA BRIEF No. 14 - Falls Among Adults 65 and Older, Lackawanna County, 2020-2024

Key findings
- Emergency department visits for falls among residents 65+ rose from 2,911 (2020) to 3,486 (2024), a 19.8% increase; the population 65+ grew 6.1% over the same period.
- Rate per 10,000 residents 65+: 65-74: 412 | 75-84: 768 | 85+: 1,594
- 61% of fall-related ED visits were women.
- Hip fracture hospitalizations: 418 in 2024 (median age 84; 30-day mortality 7.9%).
- Falls on stairs and in bathrooms accounted for 44% of visits with a known location.

Methods: de-identified ED discharge data from county hospitals; counts under 11 suppressed.

Full brief with tables: lackawanna-aging.example.org/databriefs/14
""", atts=[("""year,age_group,ed_visits,rate_per_10000,hip_fx_admissions
2020,65-74,1012,289,71
2020,75-84,1046,571,139
2020,85+,853,1302,181
2024,65-74,1198,412,80
2024,75-84,1231,768,152
2024,85+,1057,1594,186
""", 'text/csv', 'databrief14_tables.csv')])

add('clean', 'news', '',
    '"Dementia Research Digest" <digest@dementiaresearchdigest.example.org>',
    'pnatarajan@larkspurgeriatrics.org',
    'This month: anti-amyloid infusions in the real world, deprescribing in nursing homes, and hearing aids & cognition',
    d('2025-03-20 06:30'),
    """DEMENTIA RESEARCH DIGEST - March 2025

1. Anti-amyloid therapy outside the trials
A registry of 1,340 patients receiving lecanemab at 62 US centers reported ARIA-E in 14% and symptomatic ARIA in 3%. APOE e4 homozygotes had the highest rates. Authors call for standardized MRI schedules.

2. Deprescribing antipsychotics in long-stay residents
A cluster-randomized trial in 48 nursing homes found that a pharmacist-led gradual dose reduction program lowered antipsychotic use from 21% to 13% of residents over 12 months with no increase in behavioral incidents or falls.

3. Hearing aids and cognitive decline
Secondary analysis of a large hearing-intervention trial suggests slower 3-year cognitive decline among participants at higher baseline risk. Effect in the overall cohort was not significant.

4. Caregiver corner
Adult children caring from a distance reported the highest rates of "care-coordination burden"; telehealth family meetings reduced unplanned ED visits in one pilot.

You're receiving this because you subscribed at a conference. Manage preferences | Unsubscribe
""")

# =====================================================================
# CLEAN: staff
# =====================================================================
add('clean', 'staff', '',
    '"Janet Okafor, RN, DON" <jokafor@cedarhollowrehab.com>',
    'nursing-all@cedarhollowrehab.com',
    'UPDATED post-fall protocol - effective 3/17',
    d('2025-03-12 15:30'),
    """All nursing staff,

After review at QAPI last week, the post-fall protocol is updated. Summary of changes:

1. Unwitnessed falls OR any fall for a resident on anticoagulants: neuro checks q15min x1h, q1h x4h, q4h x24h, then q shift x48h. (Previously 24h total.)
2. Notify the attending AND the responsible party within 1 hour - document both times.
3. Post-fall huddle within the shift, using the new 5-question form (in the binder and in PCC under Assessments).
4. Any resident on apixaban/rivaroxaban/warfarin with a suspected head strike goes out for CT - do not wait for a call back.
5. PT/OT screen within 72 hours.

Falls were our #1 QM concern on the last survey. Thank you for everything you do - these changes came from your suggestions.

Janet Okafor, RN, DON
Director of Nursing, Cedar Hollow
""")

add('clean', 'staff', '',
    'Priya Natarajan <pnatarajan@larkspurgeriatrics.org>',
    'Greg Ostrowski <gostrowski@keystoneltcrx.com>',
    'deprescribing question - general',
    d('2025-03-13 12:20'),
    """Hi Greg,

Curbside question, not about a specific order. I have a woman in her late 80s, moderate dementia, long-term AL resident, on 11 scheduled meds including a statin, aspirin for primary prevention, a PPI for >5 yrs with no GI bleed hx, and both oxybutynin and donepezil. Family is open to simplifying.

What order would you go in? My instinct is oxybutynin first (anticholinergic + donepezil fighting each other), then the PPI taper, then aspirin, then the statin. Is there anything you've seen go badly with PPI taper in this age group - rebound that made families panic?

Thanks,
Priya
""")

add('clean', 'staff', '',
    'Donna Reyes <dreyes@cedarhollowrehab.com>',
    'Janet Okafor <jokafor@cedarhollowrehab.com>',
    'RE: tonight - 2 call outs',
    d('2025-03-14 16:55'),
    """Janet - update: Priscilla picked up 2E nights, so we're covered for LPN. Still short 1 CNA on 1W 11-7, ProStaff is sending someone (Andre, he's been here before). I'll stay until 8 to do the hand-off.

Also FYI our PPD for last week was 3.41 which is under the 3.48 we need - we'll be right at it once the 2 new hires finish orientation on the 24th.

Donna

-----Original Message-----
From: Janet Okafor
Sent: Friday, March 14, 2025 2:10 PM
To: Donna Reyes
Subject: tonight - 2 call outs

Heard Amber and one of the night CNAs called out. Are we ok?
""")

add('clean', 'staff', '',
    'Oren Blackwell <oblackwell@larkspurgeriatrics.org>',
    'providers@larkspurgeriatrics.org',
    'GDR for antipsychotics - what CMS actually requires',
    d('2025-03-04 21:10'),
    """Since this came up at Tuesday's meeting, a quick recap of the F758 rules as I understand them:

- For antipsychotics started in the facility: GDR attempt in two separate quarters (at least 1 month apart) in the first year, then annually - unless clinically contraindicated.
- "Clinically contraindicated" needs real documentation: the attempted reduction failed (symptoms returned), or the prescriber documents why a reduction is likely to impair function or cause psychiatric instability. "Family wants to continue" alone doesn't cut it.
- PRN antipsychotics are limited to 14 days and need a face-to-face evaluation to renew.
- Target behaviors should be specific (e.g., "hitting staff during care 3x/week"), not "agitation".

Greg at Keystone is happy to flag who's due each quarter in his MRR report. Let's talk at the next meeting about whether we want a standard note template.

Oren
""")

add('clean', 'staff', '',
    'Beth Amari <bamari@larkspurgeriatrics.org>',
    'clinical-team@larkspurgeriatrics.org',
    'Case conference notes (de-identified) - caregiver burnout & safety',
    d('2025-03-07 17:00'),
    """Team - notes from today's case conference for our teaching file. Details changed/removed per our de-identification policy.

Case: an older man (80s) with mid-stage Alzheimer's living at home with a spouse who has her own significant health problems. Two adult children live out of state. Over 3 months: two ED visits for falls, missed meds, and a neighbor reported the patient outside at night.

Discussion points:
- When does a safety concern become a mandated APS report vs. a care-planning problem? Consensus: self-neglect/caregiver inability without intent still qualifies for a report when there's a pattern of harm; we should tell the family first when it's safe to do so.
- Out-of-state children often underestimate decline because phone calls are short and the parent "rallies". Offer a video family meeting with the aide present.
- Respite options: adult day program (2 local), VA respite if eligible, hospice respite only if hospice-eligible.

Action: Beth to draft a one-page "when to call APS" guide for staff.

Beth Amari, LCSW
""")

add('clean', 'staff', '',
    'Renee Castor <rcastor@tidewaterhospice.org>',
    'Miriam Feld <mfeld@larkspurgeriatrics.org>',
    'Re: dementia hospice eligibility - general q',
    d('2025-03-19 08:40'),
    """Miriam,

Good question, and it comes up a lot. For dementia we still look for FAST 7a or beyond (speech limited to ~6 words/day, can't ambulate without help, incontinent) PLUS at least one complication in the past 12 months - aspiration pneumonia, pyelonephritis, septicemia, multiple stage 3-4 pressure injuries, recurrent fever after abx, or inability to maintain fluid/calorie intake (10% wt loss in 6 mo or albumin < 2.5).

That said, the LCD isn't the only path - a patient with comorbidities (CHF, COPD) can qualify on the overall picture if you document it. Happy to do an informational visit on anyone you're unsure about, no commitment.

Renee

> On Mar 18, 2025, at 9:15 PM, Miriam Feld <mfeld@larkspurgeriatrics.org> wrote:
> Renee - generally speaking, what are your reviewers looking for these days
> for dementia-only admissions? Feels like the bar keeps moving.
""")

add('clean', 'staff', '',
    '"Greg Ostrowski, PharmD" <gostrowski@keystoneltcrx.com>',
    'jokafor@cedarhollowrehab.com, mfeld@larkspurgeriatrics.org',
    'February MRR summary - Cedar Hollow (aggregate)',
    d('2025-03-06 11:00'),
    """Janet, Dr. Feld,

Monthly medication regimen review, February - facility-level summary. Individual recommendations were sent to each attending through the portal as usual.

Residents reviewed: 112
Recommendations made: 47 (acceptance rate last month 81%)

Trends:
- 14 residents on PPI > 12 months without documented indication
- 9 residents on 2 or more CNS-active meds (falls risk)
- Antipsychotic use (long-stay, excl. schizophrenia/HD/Tourette): 12.5% - down from 14.3% in Q4
- 6 residents with sliding scale insulin only, no basal - suggest review
- Anticholinergic burden score >= 3: 18 residents

Please let me know if you'd like this presented at QAPI.

Greg Ostrowski, PharmD, BCGP
""")

# =====================================================================
# CLEAN: training
# =====================================================================
add('clean', 'training', '',
    'Kyle Brandon <kbrandon@larkspurgeriatrics.org>',
    'newhires@larkspurgeriatrics.org',
    'EHR training - practice environment logins + exercises',
    d('2025-03-03 08:15'),
    """Welcome aboard! For Thursday's EHR class please log in to the TRAINING environment (purple banner at the top - if it's blue you're in LIVE, log out!).

URL: https://ehr-train.larkspurgeriatrics.org
User: your initials + _trn (e.g. jsmith_trn) / temp pw: Spring2025!

Exercises - use ONLY these test patients:
  ZZTEST, GERIATRIC     MRN 900001   DOB 01/01/1930
  ZZTEST, MEMORYCARE    MRN 900002   DOB 02/02/1935
  ZZTEST, HOSPICE       MRN 900003   DOB 03/03/1940

1. Schedule ZZTEST, GERIATRIC for an Annual Wellness Visit next Tuesday.
2. Enter a med list for ZZTEST, MEMORYCARE: donepezil 5 mg daily, sertraline 25 mg daily.
3. Document a fall with neuro checks on ZZTEST, HOSPICE.
4. Send a portal message to the test patient and reply to it from the test patient account.

See you Thursday,
Kyle
""")

train_hl7 = """MSH|^~\\&|TESTSYS|TESTFAC|BRIDGEPT|LARKSPUR|20250310120000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20250310120000
PID|1||999999999^^^TESTFAC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^PA^00000||^PRN^PH^^^555^5550000
PV1|1|O|TEST^^^TESTFAC||||0000000000^DOCTOR^TEST
"""
add('clean', 'training', '',
    '"BridgePoint Integration" <onboarding@bridgepointintegration.com>',
    'kbrandon@larkspurgeriatrics.org',
    'Test messages for Willowmere ADT interface validation',
    d('2025-03-10 12:30'),
    """Hi Kyle,

For the Willowmere go-live, please send the attached TEST messages through the new channel (processing ID = T). All are synthetic - ZZTEST patients, 1900-01-01 DOBs, 555 numbers, dummy NPI. Don't substitute real data from production.

Expected results:
- A04 creates patient ZZTEST^PATIENT^ONE in the test tenant
- A08 updates address to 456 SAMPLE AVE
- A03 discharges

Let me know when they've cleared and we'll sign off on the validation checklist (step 7 of 12).

Thanks,
Natalie Ferris
Implementation Engineer, BridgePoint Integration
""", atts=[(train_hl7, 'text/plain', 'willowmere_test_A04.txt')])

add('clean', 'training', '',
    '"SeniorCare EHR Demo Team" <demo@seniorcareehr.example.com>',
    'mfeld@larkspurgeriatrics.org',
    'Follow-up from Tuesday demo: sample CCD + assisted living module',
    d('2025-03-12 10:00'),
    """Dr. Feld,

Thanks for joining Tuesday's demo. As promised, here's the sample CCD our system exports. It's built from our demo database (fictional patient "John Doe", all data fabricated).

<recordTarget>
  <patientRole>
    <id extension="DEMO-0001" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>1 Example Way</streetAddressLine><city>Sampletown</city><state>ZZ</state></addr>
    <patient>
      <name><given>John</given><family>Doe</family></name>
      <birthTime value="19000101"/>
    </patient>
  </patientRole>
</recordTarget>
<!-- Problems: "Sample Condition A", "Sample Condition B" (demo only) -->

The assisted living module pricing is attached in the quote we sent Monday (Q-2025-0412). Happy to set up a sandbox with your own test patients.

Best,
Jordan Wills
Solutions Consultant, SeniorCare EHR
""")

add('clean', 'training', '',
    'Beth Amari <bamari@larkspurgeriatrics.org>',
    'newhires@larkspurgeriatrics.org',
    'HIPAA orientation quiz - sample record (answer key for trainers only)',
    d('2025-03-17 09:00'),
    """Trainers - here's the answer key for the orientation quiz. The sample record is FICTIONAL.

SAMPLE RECORD (fictional - for training)
Name: Mrs. Example Patient
DOB: 01/01/1900
MRN: SAMPLE-000
Address: 000 Training Lane, Nowhere
Note: "Sample patient seen for sample visit. Sample medication continued."

Q1. Which fields in the sample record are identifiers under HIPAA? 
    A: name, DOB, MRN, address (all 18 identifier categories covered in slide 12)
Q2. A family member calls asking for test results. What do you check first?
    A: HIPAA authorization / personal representative status in the chart.
Q3. May you text a photo of a wound to a coworker's personal phone?
    A: No - use the secure messaging app only.
Q4. You see a neighbor's name on the schedule. May you look at their chart?
    A: Only if you are involved in their care.

Beth
""")

add('clean', 'training', '',
    '"ClaimStream EDI Support" <support@claimstreamedi.com>',
    'rkessler@larkspurgeriatrics.org',
    'Your 270 test file - results (TEST MODE)',
    d('2025-03-18 15:40'),
    """Hi Rhonda,

Your test 270 passed syntax validation. Below is the test file you submitted (usage indicator T), with our test subscriber. No production data.

ISA*00*          *00*          *ZZ*LARK0921       *ZZ*CLAIMSTREAM    *250318*1502*^*00501*000000001*0*T*:~
GS*HS*LARK0921*CLAIMSTREAM*20250318*1502*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20250318*1502~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*00000~
HL*2*1*21*1~
NM1*1P*2*LARKSPUR GERIATRIC AND MEMORY CARE*****XX*1730559821~
HL*3*2*22*0~
NM1*IL*1*SUBSCRIBER*TEST****MI*TEST00000001~
DMG*D8*19000101~
EQ*30~
SE*11*0001~

Next step: submit 5 test 837P claims using the test patients in the companion guide, Appendix C.

Marcus Huang
EDI Support Analyst, ClaimStream
""")

add('clean', 'training', '',
    'Tasha Greer <tgreer@hearthsidehomecare.net>',
    'aides-all@hearthsidehomecare.net',
    'Dementia care in-service Thursday - role-play scenarios',
    d('2025-03-19 18:00'),
    """Hi everyone,

For Thursday's dementia care in-service (counts for 2 of your 12 annual hours), we'll do role plays. These are made-up scenarios - any resemblance to a client is a coincidence!

SCENARIO 1 - "Mrs. Sample" (fictional), 85, thinks it's 1975 and wants to go pick up her kids from school. Practice: validation, not correction. Don't say "your kids are grown". Try: "Tell me about your kids."

SCENARIO 2 - "Mr. Test" (fictional), refuses a shower every visit. Practice: offer choices, warm the bathroom first, towel over the shoulders, try a different time of day.

SCENARIO 3 - A client's daughter calls from out of state and asks you how her father is doing. What can you share? (Answer: only what's on the care plan's approved contacts list - check with the office.)

Snacks provided. 2-4 PM, office conference room.

Tasha
""")

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    summary = {}
    for _, lab, kind, _p in ROWS:
        summary['%s-%s' % (lab, kind)] = summary.get('%s-%s' % (lab, kind), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(ROWS))
