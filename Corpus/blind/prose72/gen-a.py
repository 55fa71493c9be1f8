#!/usr/bin/env python3
# Blind evaluation mail set -- outpatient rehabilitation chain (Kestrel Point Rehabilitation).
# Every person, number, address and organisation below is invented.
import sys, os, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 7201
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def D(mo, d, h, mi, y=2024):
    """Fixed date; seconds drawn from the seeded RNG (deterministic)."""
    dt = datetime(y, mo, d, h, mi, random.randint(0, 59))
    dst = (3 < mo < 11) or (mo == 3 and d >= 10) or (mo == 11 and d < 3)
    return format_datetime(dt.replace(tzinfo=EDT if dst else EST))


ROWS = []
COUNT = {}
SEQ = [0]


def mail(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
         atts=(), cte=None, html_cte=None, headers=None):
    SEQ[0] += 1
    i = SEQ[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    m['Message-ID'] = '<%04d.%d.%s@%s>' % (i, SEED, kind, dom)
    for k, v in (headers or []):
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        if html_cte:
            m.add_alternative(html, subtype='html', cte=html_cte)
        else:
            m.add_alternative(html, subtype='html')
    for (afn, mt, st, data) in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=afn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=afn)
    for j, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def xlsx(rows, sheet='Sheet1'):
    cols = 'ABCDEFGHIJKLMNOP'
    rx = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, xesc(str(v)))
                        for c, v in enumerate(row))
        rx.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(rx))
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
    return zbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                   ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


KP = 'kestrelpointrehab.org'

CONF = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or distribution
is prohibited. If you are not the intended recipient, please contact the sender
by reply e-mail and destroy all copies of the original message."""

CONF_SHORT = ("This message may contain confidential information intended only for the "
              "addressee. If you received it in error please notify the sender and delete it.")

# =====================================================================
# PHI -- care
# =====================================================================

mail('phi', 'care', 'Halvorsen',
     'Renata Solberg <rsolberg@%s>' % KP,
     'Kristy Dunmore <kdunmore@northfieldortho.com>',
     'Progress update before Thursday post-op visit - Denise Halvorsen',
     D(3, 18, 16, 42),
     """Hi Kristy,

Quick update for Dr. Whitcombe ahead of Denise Halvorsen's 6 week post-op visit on
Thursday. She's been in for 11 visits since the R ACL reconstruction (hamstring
graft per the op note you faxed).

- knee 0-118 deg, full extension, quad lag resolved as of last week
- started single-leg press and lateral step-downs, pain 2/10 after
- still gets some effusion after the longer sessions, we finish with ice + compression
- NOT started on jogging yet -- per protocol we'd begin walk/jog at 12 wks if he agrees

She asked me whether she can go back to her spin class. I told her to ask him at
the appointment. Could you send us an updated script after he sees her? Current one
only runs through 3/29.

Thanks!
Renata

Renata Solberg, PT, DPT, OCS
Kestrel Point Rehabilitation - Millbrook Clinic
p 614-555-0142 | f 614-555-0143

""" + CONF)

mail('phi', 'care', 'Bierly',
     'Grace Lindholm <glindholm@%s>' % KP,
     'Olga Sidorenko <osidorenko@%s>' % KP,
     'walter this am',
     D(4, 9, 11, 7),
     """olga - walter bierly came in for his 10:30 pool session but his bp was 172/96
sitting and 168/94 on recheck. he said he skipped his lisinopril this morning
bc he ran out over the weekend. i didnt put him in the water, we did a few laps
of the hallway w/ the cane and his seated exercises instead.

told him to call dr amsel's office today about the refill. can you call him this
afternoon and check? number's in the chart. i documented it as a partial visit
not a no show, let me know if thats wrong

grace

Sent from my iPhone""")

mail('phi', 'care', 'Raman',
     'Keiko Ashworth <kashworth@%s>' % KP,
     'Dr. Farid Nassar <fnassar@riversidehandsurgery.com>',
     'Priya Raman - orthosis fabricated, sutures out',
     D(2, 27, 14, 3),
     """Dr. Nassar,

Saw Priya Raman today, 13 days after her R thumb UCL repair.

- Sutures removed, incision well healed, no drainage
- Fabricated a hand-based thumb spica orthosis (thermoplastic), IP free
- Edema moderate at the MP, started retrograde massage + coban
- Started gentle AROM of the IP and wrist per your protocol, no thumb MP motion yet
- She reports pain 3/10, taking ibuprofen only at night now

Plan: 2x/week for 4 weeks, then re-evaluate. She returns to see you 3/12.
Let me know if you'd like anything done differently.

Keiko Ashworth, OTR/L, CHT
Riverside Hand Therapy Center | Kestrel Point Rehabilitation
513-555-0176
""",
     html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. Nassar,</p>
<p>Saw <b>Priya Raman</b> today, 13 days after her R thumb UCL repair.</p>
<ul>
<li>Sutures removed, incision well healed, no drainage</li>
<li>Fabricated a hand-based thumb spica orthosis (thermoplastic), IP free</li>
<li>Edema moderate at the MP, started retrograde massage + coban</li>
<li>Started gentle AROM of the IP and wrist per your protocol, no thumb MP motion yet</li>
<li>She reports pain 3/10, taking ibuprofen only at night now</li>
</ul>
<p>Plan: 2x/week for 4 weeks, then re-evaluate. She returns to see you 3/12.<br>
Let me know if you'd like anything done differently.</p>
<p style="color:#555">Keiko Ashworth, OTR/L, CHT<br>Riverside Hand Therapy Center | Kestrel Point Rehabilitation<br>513-555-0176</p>
</body></html>""")

mail('phi', 'care', 'Pruitt',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     'Wellness Nurse <nursing@maplecourtliving.com>',
     'RE: swallow study results',
     D(5, 2, 9, 26),
     """Good morning,

Following up on our call. Mr. Pruitt (Gerald) had his modified barium swallow at
County General yesterday afternoon. Results in short:

He aspirated thin liquids on 2 of 3 trials and did not cough -- so it was silent.
With mildly thick (nectar) liquids and a chin tuck he was safe by teaspoon and
by cup. No straws. Solids were fine, soft & bite-sized is OK.

Can you please change his drink orders in the dining room starting today, and
make sure the aides know about the chin tuck? I'll send the written
recommendations with his daughter when she brings him Thursday. We'll keep
seeing him Tues/Thurs here for swallow exercises and the e-stim (VitalStim).

If he gets a fever or a wet cough, please have his doctor see him right away.

Thank you,
Shannon

Shannon McAuliffe, M.S., CCC-SLP
Speech-Language Pathologist
Kestrel Point Rehabilitation | Millbrook
614-555-0148 ext 221
""")

mail('phi', 'care', 'Reyner',
     'Joaquin Ferrer <jferrer@%s>' % KP,
     'Derek Lamoureux <dlamoureux@tricountycomp.com>',
     'RE: FCE results?',
     D(4, 3, 17, 55),
     """Derek,

FCE for Tomas was done yesterday (4/2), full report will be faxed by Friday once I
finish scoring, but here's the summary so you can talk to the employer:

Lifting floor-to-waist: 35 lb occasional, 20 lb frequent
Waist-to-shoulder: 25 lb occasional
Carry: 30 lb x 50 ft, stopped due to low back pain
Sitting tolerance 45 min, standing 30 min before needing to shift
Effort was consistent (HR rose appropriately, CV on grip within range)

His job description for the warehouse says 50 lb frequent, so he is not there yet.
He rated his back pain 6/10 after the lift testing and said he didn't sleep well
the night before. My recommendation is work conditioning 3x/wk x 4 weeks and then a
re-test. He's motivated, he wants to get back.

I'll need a new authorization for the work conditioning if you agree.

Joaquin

Joaquin Ferrer, PT, DPT
Kestrel Point Rehabilitation - Work Rehab / Eastgate
614-555-0157

-----Original Message-----
From: Derek Lamoureux <dlamoureux@tricountycomp.com>
Sent: Monday, April 1, 2024 10:14 AM
To: Joaquin Ferrer <jferrer@kestrelpointrehab.org>
Subject: FCE results?

Hi Joaquin - can you send me what you have on the FCE for Tomas Reyner when it's done?
Employer is asking if he can come back to lifting 50 lbs. Thanks.

Derek Lamoureux, RN, CCM
Nurse Case Manager | Tri-County Comp Management
Direct 614-555-0190
""")

mail('phi', 'care', 'Ellison',
     'Imani Castellanos <icastellanos@%s>' % KP,
     'Office of Dr. Ruth Pemberton <referrals@centralohioneuro.com>',
     'Driver evaluation results - Margaret Ellison',
     D(6, 12, 15, 31),
     """Dr. Pemberton's office,

We completed the comprehensive driving evaluation you ordered for Margaret
Ellison on 6/11. A copy of the full report is going out by fax today.

Clinical portion: Trail Making B took 212 seconds, which is well outside the
normal range. She has a left visual field cut on confrontation testing, and her
brake reaction time was 0.94 sec.

On-road portion (dual-brake car, residential and arterial roads): three critical
errors that required the instructor to intervene -- she rolled through the stop
sign at Oak & 5th, drifted into the left lane twice on Route 33, and braked late
behind a stopped bus.

My recommendation is that she not drive at this time. I went over this with
Mrs. Ellison and her son after the drive. She was upset, understandably. I
suggested a referral to low vision rehab, and we could consider re-testing after
that. We did not report anything to the BMV, that is up to the physician under
state rules.

Please call me with any questions.

Imani Castellanos, OTR/L, CDRS
Driver Rehabilitation Program
Kestrel Point Rehabilitation - Westfield
614-555-0166
""")

mail('phi', 'care', 'Dunleavy',
     'Bryce Oldenkamp <boldenkamp@%s>' % KP,
     'Millbrook Front Desk <millbrook.frontdesk@%s>' % KP,
     'dunleavy',
     D(3, 5, 8, 52),
     """fyi did epley on the L for kevin dunleavy this am, nystagmus gone after the 2nd rep.
told him sleep propped up tonight (they never listen). recheck next tue.

he still needs the gaze stabilization HEP for the post-concussion stuff so keep him
2x/wk. can someone move him from 8:00 to 8:45 next week, he drives in from sandusky

b""")

mail('phi', 'care', 'Lindqvist',
     'Lucy Tran <ltran@%s>' % KP,
     'erika.lindqvist@gmail.com',
     'Ava\u2019s session today',
     D(1, 24, 16, 12),
     """Hi Mrs. Lindqvist,

Ava had a great session today! She tolerated the platform swing for about 10 minutes
without getting upset, which is the longest yet. After the swing she sat at the table
and copied a cross and a square \u2014 she\u2019s been working on that since October.

Next couple of weeks we\u2019ll start on scissor skills (snipping play-doh first) and keep
the heavy work before the table tasks since that seems to help her settle.

About going to twice a week: I agree it would help. I\u2019ve asked Dolores in our
authorization office to request the additional visits from your insurance, she\u2019ll
call you if they need anything from you. Until then we\u2019ll keep Wednesdays at 3:30.

See you next week!
Lucy

Lucy Tran, MOT, OTR/L
Pediatric Occupational Therapist
Eastgate Pediatric Therapy Center \u2013 Kestrel Point Rehabilitation
""", cte='quoted-printable')

# =====================================================================
# PHI -- names
# =====================================================================

mail('phi', 'names', 'Nguyễn Thị Lan',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     ['Renata Solberg <rsolberg@%s>' % KP],
     'Nguyễn Thị Lan - eval moved to 2pm Thu',
     D(4, 15, 12, 4),
     """Renata,

Moved her to 2:00 Thursday since the interpreter couldn't do 10. Vietnamese
interpreter confirmed for 2:00 through the phone line, in-person wasn't available.

She's the L rotator cuff repair from Dr. Whitcombe, about 8 weeks out. Son is driving
her and will come in with her.

Tariq
Front Desk | Millbrook
""")

mail('phi', 'names', 'Oyelaran-Adeyemi',
     'Dolores Fenwick <dfenwick@%s>' % KP,
     'Joaquin Ferrer <jferrer@%s>' % KP,
     'auth approved',
     D(4, 8, 10, 37),
     """Oyelaran-Adeyemi, Chukwuemeka -- BlueHarbor approved 12 more PT visits, 4/8 through 6/7.
They approved for the lumbar radiculopathy dx only, not the hip, so bill the back codes.
Reviewer wants updated Oswestry scores with the next request.

Dolores Fenwick
Authorization Coordinator
Kestrel Point Rehabilitation
614-555-0139 | fax 614-555-0138
""")

mail('phi', 'names', 'Kowalczyk',
     'Brent Haugen <bhaugen@orthoLinebracing.com>',
     'Millbrook Front Desk <millbrook.frontdesk@%s>' % KP,
     'brace in',
     D(2, 13, 13, 18),
     """Hi ladies,

Mrs. Kowalczyk's hinged knee brace came in (left, size L). I can fit her at your
place Wednesday while she's there for therapy instead of her driving out to our
shop -- she said her PT is at 1pm. Can you let her therapist know I'll pop in
around 12:45? Will need 15 min in a private room.

Her insurance already approved it, no copay.

Thanks
Brent Haugen, CO
OrthoLine Bracing & Prosthetics
Cell 614-555-0123
""")

mail('phi', 'names', 'Rosalind',
     'Grace Lindholm <glindholm@%s>' % KP,
     ['Olga Sidorenko <osidorenko@%s>' % KP, 'Paul Varga <pvarga@%s>' % KP],
     'incident at pool this morning',
     D(7, 17, 11, 48),
     """Hi Olga and Paul,

Letting you know Rosalind from the 10:15 arthritis pool group (the one with the
purple rollator, her daughter usually waits in the lobby) slipped coming off the
pool lift at the end of class. She landed sitting on the deck, didn't hit her head.
I checked her over with Maya, she could bear weight, no new pain in the hip
she had replaced. BP was 138/80. Her daughter drove her home.

Incident report is filed in the safety portal. I think the lift seat was wet and
the non-slip mat had shifted. Maintenance is looking at it.

Should we call her tomorrow to check on her?

Grace Lindholm
Aquatic Therapy Aide, Linden Aquatic Center
""")

mail('phi', 'names', 'van der Berg',
     'Tamsin Oyelowo, LPN <toyelowo@lakeshorefm.net>',
     'Referrals <referrals@%s>' % KP,
     'Re: Mr. van der Berg - LSVT BIG referral',
     D(9, 4, 15, 2),
     """Hello,

Re-sending this since we haven't heard back. Dr. Kaminski would like Mr. Hendrik van der Berg
to start LSVT BIG with you -- he has Parkinson's, diagnosed about two years ago, and
his wife says he's shuffling more and had two near-falls this summer. He would also
benefit from LSVT LOUD if you have a speech therapist certified in it, his voice has
gotten very soft.

His wife Ingrid prefers to be called for scheduling, he is hard of hearing.

Thank you,
Tamsin Oyelowo, LPN
Lakeshore Family Medicine
p. 614-555-0181  f. 614-555-0182

> On Aug 27, 2024, Tamsin Oyelowo wrote:
> Referral for PT (LSVT BIG) attached for Mr. van der Berg. Please call to schedule.
""")

mail('phi', 'names', 'Subramaniam',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     'SLP Team <slp-team@%s>' % KP,
     'Mr. Subramaniam - coverage next week',
     D(8, 16, 14, 20),
     """Hi all,

I'm out next week so need someone to cover Mr. Subramaniam Mon/Wed at 11. Quick notes:

Venkataramanan (he goes by "Venkat", don't try the full name on the phone, he'll laugh
at you) -- 4 months post L MCA stroke, nonfluent aphasia, much better with
naming when you give him the first sound. We've been doing script training for
ordering at a restaurant and calling his pharmacy. Wife Lakshmi comes to every session
and is great with the home practice. His reading comprehension is way ahead of his
speech, so write key words down for him.

Materials are in the blue folder in room 4.

Thanks!
Shannon
""")

mail('phi', 'names', 'Al-Khatib',
     'Keiko Ashworth <kashworth@%s>' % KP,
     'Derek Lamoureux <dlamoureux@tricountycomp.com>',
     'Al-Khatib, A. / hand therapy update',
     D(10, 22, 16, 5),
     """Hi Derek,

Update on Abdulrahman Al-Khatib -- we're at 9 of 12 approved hand therapy visits after
the flexor tendon repairs (R index and middle).

Composite fist is now 2 cm short of the palm on the index, middle is touching.
Grip 22 lb on the right vs 96 on the left, so still far off. He is compliant with
the splint at night. Dr. Nassar wants him to continue another 6 weeks, so I'll send
the request for 12 more visits with the progress note tomorrow.

He asked me about light duty -- I'd say no gripping tools or ladder work yet. One-
handed clerical would be fine from my end if the employer has it.

Keiko

Keiko Ashworth, OTR/L, CHT
Riverside Hand Therapy Center
""")

mail('phi', 'names', 'Horváthová',
     'Lucy Tran <ltran@%s>' % KP,
     'Pediatric Scheduling <peds.scheduling@%s>' % KP,
     'Zuzana H. - switching to Fridays',
     D(11, 6, 9, 41),
     """Hi,

Can you switch Zuzana Horváthová from Tuesdays to Fridays at 4 starting next week?
Mom says the Tuesday slot clashes with her speech at school. She's still on the
sensory diet + handwriting plan, 1x/wk, auth is good through January.

Also mom asked for the OT eval to be mailed, not emailed, they don't check email.

thx
Lucy
""")

# =====================================================================
# PHI -- self (patients / parents / carers writing about themselves)
# =====================================================================

mail('phi', 'self', 'Farkas',
     'Linda Farkas <lindafarkas61@yahoo.com>',
     'Millbrook Front Desk <millbrook.frontdesk@%s>' % KP,
     'need to reschedule thursday',
     D(2, 20, 7, 3),
     """Hello,

This is Linda Farkas, date of birth 06/14/1961. I have physical therapy for my back
on Thursday at 9:15 with Marcus and I need to move it. My doctor started me on a new
pain pill (the gabapentin) on Monday and it makes me so dizzy in the mornings that I
don't think I should drive. Is there anything in the afternoon, like after 2?

Also is it ok to keep doing the exercises on the sheet while I'm this dizzy? The
bridges and the knee to chest ones.

Thank you,
Linda
cell 614-555-0117
""")

mail('phi', 'self', 'Ibarra',
     'Carla Ibarra <carla.m.ibarra@gmail.com>',
     'Dolores Fenwick <dfenwick@%s>' % KP,
     'Mateo Ibarra - insurance denied speech',
     D(5, 21, 21, 47),
     """Hi Dolores,

I'm Mateo Ibarra's mom (he was born 2/9/2017, he sees Ms. Shannon on Tuesdays for
stuttering). We got a letter from the insurance today saying they denied the rest
of his speech therapy because it's "not medically necessary" and "educational".

The school only gives him 20 minutes a week in a group and he's getting worse, he
won't even order his own food at restaurants anymore and he cried about reading out
loud in class. His eval in March said moderate-severe.

What do we do? Can Ms. Shannon write a letter? I can bring the denial letter in on
Tuesday. The reference number on it is APL-2024-05-339817.

Thank you so much,
Carla Ibarra
(Mateo's mom)
""")

mail('phi', 'self', 'Whitfield',
     'Darnell Whitfield <dwhitfield.84@outlook.com>',
     'Medical Records <records@%s>' % KP,
     'records request for my lawyer',
     D(6, 3, 13, 9),
     """To whom it may concern,

My name is Darnell Whitfield. I was a patient at your Eastgate location from January
to April this year after my car accident on 12/29/23 (rear ended on I-270). I had PT
for my neck and the headaches/dizziness after the concussion.

My attorney needs copies of all my therapy notes, the evaluation, and the billing
statement. The auto insurance is Ironbridge Mutual, claim number IBM-AU-7730418.
Please send everything to:

Halloran & Briggs LLP
Attn: Naomi Briggs
88 Commerce Plaza, Suite 400
Columbus, OH 43215

I signed the release form at the front desk last week. Let me know if there is a
fee.

Thanks,
Darnell Whitfield
614-555-0129
""")

mail('phi', 'self', 'Osei-Mensah',
     'Bev O <bev.oseimensah@gmail.com>',
     'Riverside Hand Therapy <riverside.hand@%s>' % KP,
     'Re: Appointment Reminder - Riverside Hand Therapy Center',
     D(3, 26, 19, 22),
     """yes I'll be there but my hand is still really swollen since the surgery and the
stitches look red around the bottom one. should I still come or should I call
Dr Nassar first? the numbness in my fingers is better though

-- Bev (Beverly Osei-Mensah)

On Tue, Mar 26, 2024 at 10:00 AM Riverside Hand Therapy <riverside.hand@kestrelpointrehab.org> wrote:
> Hello Beverly,
>
> This is a reminder of your appointment:
>
> Occupational Therapy - Post-op Carpal Tunnel Release
> Wednesday, March 27, 2024 at 10:30 AM
> with Keiko Ashworth, OTR/L, CHT
> Riverside Hand Therapy Center, 2200 River Rd, Suite 110
>
> Please arrive 10 minutes early. Reply C to confirm.
""",
     html="""<html><body><div>yes I'll be there but my hand is still really swollen since the surgery and the stitches look red around the bottom one. should I still come or should I call Dr Nassar first? the numbness in my fingers is better though</div>
<div><br></div><div>-- Bev (Beverly Osei-Mensah)</div><br>
<div class="gmail_quote">On Tue, Mar 26, 2024 at 10:00 AM Riverside Hand Therapy &lt;riverside.hand@kestrelpointrehab.org&gt; wrote:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<p>Hello Beverly,</p><p>This is a reminder of your appointment:</p>
<table><tr><td><b>Occupational Therapy - Post-op Carpal Tunnel Release</b></td></tr>
<tr><td>Wednesday, March 27, 2024 at 10:30 AM</td></tr>
<tr><td>with Keiko Ashworth, OTR/L, CHT</td></tr>
<tr><td>Riverside Hand Therapy Center, 2200 River Rd, Suite 110</td></tr></table>
<p>Please arrive 10 minutes early. Reply C to confirm.</p>
</blockquote></div></body></html>""")

mail('phi', 'self', 'Dąbrowska',
     'Agnieszka Dąbrowska-Reid <aga.reid@outlook.com>',
     'Bryce Oldenkamp <boldenkamp@%s>' % KP,
     'my mother - dizziness worse',
     D(9, 17, 8, 14),
     """Dear Bryce,

I'm writing about my mother, Halina Dąbrowska, who has been seeing you for the
vertigo since August. Since the last session (Thursday) she has been dizzier, not
less. On Saturday night she got up to use the bathroom and fell against the dresser,
she has a big bruise on her arm but nothing broken I think.

She's also been nauseous and is only eating toast. She's 81 and lives with us. Is
this normal after the repositioning? Should we take her to urgent care or wait for
her appointment on Thursday? She takes meclizine that Dr. Hale gave her but it makes
her sleepy.

Her English is not great so please call me, not her: 614-555-0108.

Thank you,
Agnieszka (daughter)
""")

mail('phi', 'self', 'Reinholt',
     'Scott Reinholt <sreinholt@gmail.com>',
     'Patient Experience <feedback@%s>' % KP,
     'complaint about my visit',
     D(8, 29, 22, 51),
     """To the manager,

my name is Scott Reinholt and I have been going to your Millbrook clinic for rehab
after my rotator cuff surgery (left shoulder, Dr Whitcombe did it in June). On
Tuesday 8/27 the aide put an ice pack on my shoulder at the end and then nobody came
back for about 45 minutes. I kept calling out. When I took it off the skin was white
and then it blistered, the urgent care said it was a cold burn / frostnip and I
have to keep it bandaged. Now I can't do my exercises on that side for a week.

I've been happy with my therapist Renata but this is not acceptable. I want this
visit taken off my bill and I want someone to call me.

Scott Reinholt
614-555-0133
""", cte='base64')

mail('phi', 'self', 'Tapscott',
     'Eleanor Tapscott <etapscott1950@aol.com>',
     'Driver Rehab Program <driverrehab@%s>' % KP,
     'Driving evaluation',
     D(7, 8, 10, 16),
     """Hello,

This is Eleanor Tapscott. I had a stroke in March (right side of my brain, the doctors
said) and I've finished my therapy at the hospital. The BMV has said I need to pass
your driving evaluation before they will let me drive again. My doctor, Dr. Pemberton,
said she would send you the order.

My left arm is much better but still a little weak and I have some trouble seeing
things on my left side. I have been driving for 55 years with no accidents.

How long does the test take and does Medicare pay for it? I live alone in Grove
City and can't get a ride most days except Wednesdays when my neighbor is off.

Thank you for your help,
Ellie Tapscott
""")

# =====================================================================
# PHI -- ids
# =====================================================================

mail('phi', 'ids', '',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     'Authorizations <auth@%s>' % KP,
     'auth check pls - OT eval 3/14',
     D(3, 11, 9, 3),
     """can u check auth for this one before thursday

DOB 3.4.88
MRN KP-0048213
BlueHarbor member XJH449120077
OT eval - distal radius fx, cast off 3/8
ref from northfield ortho

she's in the 10am w/ Keiko. thx
t""")

mail('phi', 'ids', 'Throckmorton',
     'Bryce Oldenkamp <boldenkamp@%s>' % KP,
     'Radiology Film Library <filmlibrary@countygeneralhosp.org>',
     'MRI report request',
     D(10, 1, 13, 27),
     """Hello,

Could you please fax the MRI brain report for the study below to 614-555-0143? The
patient is starting vestibular rehab with us and the referring doctor's office
doesn't have the final read.

Throckmorton, Gail
DOB 19720815
Accession RAD24-0719233
Exam date 09/18/2024, MRI brain w/wo contrast

We have a signed release on file, I can fax it over if you need it.

Thanks,
Bryce Oldenkamp, PT, DPT
Balance & Dizziness Clinic, Kestrel Point Rehabilitation
614-555-0144
""")

mail('phi', 'ids', 'Echeverría-Paz',
     'Derek Lamoureux <dlamoureux@tricountycomp.com>',
     'Joaquin Ferrer <jferrer@%s>' % KP,
     'Work hardening - Echeverria-Paz',
     D(5, 14, 11, 2),
     """Joaquin,

Approved: work hardening, 4 hrs/day x 5 days/wk x 3 wks, start 5/20.

Claimant: Luis Echeverría-Paz
DOB: 4 Mar 1988
SSN: xxx-xx-4471
Claim #: 24-WC-118305
DOI: 01/22/2024 (lifting injury, lumbar)
Employer: Dakota Freight Lines, contact Sheryl Voss 614-555-0172

Please send weekly progress notes to me by fax (614-555-0191) or this email. The
employer has a modified duty position if we get him to 40 lb.

Derek Lamoureux, RN, CCM
Tri-County Comp Management

""" + CONF)

mail('phi', 'ids', 'Holloway',
     'Dolores Fenwick <dfenwick@%s>' % KP,
     'Renata Solberg <rsolberg@%s>' % KP,
     'FW: eligibility - visits left',
     D(11, 19, 10, 55),
     """Renata - he only has 8 visits left for the year so plan accordingly. pasted from portal:

-----
BlueHarbor Provider Portal - Eligibility & Benefits
Member ID:        XHW884512203
Group:            77120  (CITY OF WESTFIELD RETIREES)
Subscriber:       HOLLOWAY, RAYMOND J
DOB:              11/30/1954
Coverage:         Active 01/01/2024 - 12/31/2024
Rehab Therapy (PT/OT/ST combined):  30 visits/calendar yr
  Used:           22
  Remaining:      8
Copay:            $25 per visit
Prior auth:       Not required
-----

Dolores
""")

mail('phi', 'ids', 'Obuya',
     'Carmen Delacroix <cdelacroix@apexadaptive.com>',
     'Paul Varga <pvarga@%s>' % KP,
     'Delivery - wheelchair for your amputee pt',
     D(7, 30, 15, 40),
     """Hi Paul,

The ultralight wheelchair is ready for Mr. Obuya. Delivery details we have:

Joseph Obuya
4417 Tamarack Ln, Apt 3B
Westfield, OH 43082
Daughter Janelle - 419-555-0187 (call her, not him)

Chair: 18" x 16" rigid frame, R elevating leg rest with residual limb support pad for
the below-knee amputation, ROHO cushion. Medicare approved, he's responsible for the
20%.

Do you want us to deliver to his home Friday or bring it to your clinic so his PT can
check the fit when he comes in Monday? Either works for us.

Carmen Delacroix, ATP
Apex Adaptive Mobility
614-555-0115
""")

mail('phi', 'ids', 'Kessel',
     'Femi Adebayo <fadebayo@%s>' % KP,
     'Billing Team <billing@%s>' % KP,
     'timely filing denial acct# 00731844',
     D(4, 24, 14, 7),
     """Team,

Need someone to work this one today, pt called twice.

acct# 00731844  Rhonda Kessel
DOS 01/12/2024   97110 x3   97140 x1   97530 x1
Payer: BlueHarbor Commercial
Denied CO-29 timely filing. We DID submit on 1/19 - clearinghouse shows accepted
batch 240119-0043. Pull the 999/277CA and send reconsideration with proof.

She is also asking about the balance from her Nov knee visits, $140 patient resp,
she says she paid at the desk. Check the cash log for 11/2023.

Femi Adebayo
Revenue Cycle Manager
""")

mail('phi', 'ids', 'Ostrowski-Finch',
     'Fax Server <faxserver@%s>' % KP,
     'Millbrook Front Desk <millbrook.frontdesk@%s>' % KP,
     'Fwd: Inbound fax from 6145550182 (2 pages)',
     D(1, 10, 8, 21),
     """---- OCR text of page 1 ----

LAKESHORE FAMILY MEDICINE
FAX COVER SHEET

TO: Kestrel Point Rehab - Millbrook     FAX: 614-555-0143
FROM: Dr. Kaminski / Tamsin             PHONE: 614-555-0181
DATE: 1/9/24                            PAGES: 2 incl cover

RE: patient Chart # 118-442
    Barbara Ostrowski-Finch   D.O.B. Sept 9, 1949

Signed PT plan of care returned. Dr. agrees with 2x/wk x 8 wks for balance and
gait training. Please note pt started on a new blood thinner (Eliquis) 1/5 after
the A-fib ER visit -- caution with falls.

The information contained in this facsimile is confidential and intended only for
the use of the named recipient.
""",
     atts=[('fax_20240110_082114.pdf', 'application', 'pdf',
            b'%PDF-1.4\n% fax image placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')])

mail('phi', 'ids', 'Marsh',
     'Rachel Ostrander <rostrander@bramblewoodpeds.com>',
     'Eastgate Pediatric Intake <peds.intake@%s>' % KP,
     'New referral - feeding therapy',
     D(2, 6, 12, 33),
     """Hi Eastgate team,

New referral for feeding therapy (OT or SLP, whoever has the first opening).

Kayden Marsh
Chart 55190
DOB 2019-07-22
Medicaid ID 61827345K (CareSource)
Mom: Tiffany Marsh, cell (937) 555-0164

Autism dx at 3, eats only 6 foods (all crunchy/beige), gags on purees and mixed
textures. Weight is at the 4th percentile and dropping. GI workup negative. Dr.
Ansah would like him seen within the month if at all possible.

Order and last two visit notes are coming by fax.

Rachel Ostrander, RN
Care Coordinator, Bramblewood Pediatrics
""")

# =====================================================================
# PHI -- lists
# =====================================================================

mail('phi', 'lists', 'Greenwald',
     'Renata Solberg <rsolberg@%s>' % KP,
     'Marcus Tibbetts <mtibbetts@%s>' % KP,
     'monday schedule for you',
     D(6, 28, 17, 20),
     "Marcus - here's my Monday since I'm at the course. Everyone's been told it's you.\n"
     "Notes are in the chart, these are just the headlines.\n\n"
     "Time\tPatient\tVisit\tNotes\tAuth left\n"
     "8:00\tGreenwald, Harold\tPT f/u #14\tL TKA 10 wks, work on flexion, ~105\t6\n"
     "8:45\tMcNulty, Siobhan\tPT f/u #3\tcervical, no manip - osteopenia\t17\n"
     "9:30\tAbara, Ifeoma\tPT f/u #8\tplantar fasciitis, night splint\tn/a (self pay)\n"
     "10:15\tPetrakis, Nikos\tPT f/u #21\tACL recon 5 mo, start agility\t2 !!\n"
     "11:00\tSchall, Debra\tPT f/u #5\tlow back, pregnant 28 wks, no prone\t9\n"
     "1:00\tYazzie, Lorenzo\tPT f/u #11\tachilles repair, boot off last wk\t4\n"
     "1:45\tFinnegan, Colm\tre-eval\tTHA, due for progress note\t0 - Dolores submitted\n\n"
     "Petrakis needs his recert signed by Friday or we lose the visits.\n\n"
     "R\n")

mail('phi', 'lists', 'Castellano',
     'Authorizations <auth@%s>' % KP,
     ['Millbrook Clinicians <millbrook-clin@%s>' % KP, 'Eastgate Clinicians <eastgate-clin@%s>' % KP],
     'Auths expiring next 14 days - week of 9/9',
     D(9, 6, 15, 0),
     """Please see below. If the patient needs to continue, get us a progress note and
updated POC at least 5 business days before the end date. Thanks -- Auth team

 Patient                  | DOB        | Clinic    | Disc | Payer          | Auth #        | Visits used/appr | Ends
--------------------------+------------+-----------+------+----------------+---------------+------------------+--------
 Castellano, Lucia        | 03/22/1979 | Millbrook | PT   | BlueHarbor     | BH2408812     | 11/12            | 09/13
 Drummond, Keith          | 07/01/1966 | Millbrook | PT   | Tri-County WC  | 24-WC-110927  | 18/18            | 09/12
 Haddad, Nour             | 12/14/2015 | Eastgate  | ST   | CareSource     | CS-55102847   | 20/24            | 09/20
 Lindqvist, Ava           | 05/09/2018 | Eastgate  | OT   | BlueHarbor     | BH2401197     | 22/24            | 09/18
 Przybylski, Tomasz       | 10/30/1958 | Riverside | OT   | Medicare       | n/a (KX @ 2330)| 14/--           | --
 Whitaker-Jones, Andre    | 02/17/1991 | Millbrook | PT   | Ironbridge Auto| IBM-AU-7731502| 9/10             | 09/16
""")

mail('phi', 'lists', 'Pokorny',
     'Olga Sidorenko <osidorenko@%s>' % KP,
     ['Bryce Oldenkamp <boldenkamp@%s>' % KP, 'Marcus Tibbetts <mtibbetts@%s>' % KP],
     'handoff - my caseload while I am out (surgery 10/7)',
     D(10, 3, 16, 49),
     """Hi both,

I'm out from 10/7 for about 6 weeks (my own knee, ha). Below is who needs covering.
Bryce you take the balance ones, Marcus the rest. Front desk has already moved the
times.

NAME                 AGE  SETTING   WHAT                                  WATCH FOR
-------------------  ---  --------  ------------------------------------  ---------------------------
Pokorny, Vera         77  pool      OA both knees, aquatic 2x/wk          gets SOB, uses inhaler first
Bierly, Walter        69  pool      R hip OA, pre-op conditioning         BP runs high, check before
Acheampong, Kwame     58  land      post-CABG deconditioning, gait        HR cap 110, on beta blocker
Lindgren, Mary Jo     84  land      falls, Otago program                  lives alone, son checks daily
Tran, Bao             63  pool      lumbar stenosis                       don't flex past 90 in water
Sauer, Gretchen       71  land      MS, balance + endurance               heat sensitive - pool is OUT

Thank you both, I owe you.
Olga
""")

mail('phi', 'lists', 'Haskins',
     'Olga Sidorenko <osidorenko@%s>' % KP,
     'Linden Aquatic Staff <linden-staff@%s>' % KP,
     'huddle 7/22',
     D(7, 22, 7, 31),
     """Huddle notes for today, pool deck, 7:30

Falls risk / watch closely:
  * Mr. Haskins (9:00) - started new BP med Friday, dizzy on standing. Lift in & out, no stairs.
  * Doris Ploof (10:15 group) - cataract surgery L eye last week, NO submersion of face, goggles on
  * Ray Castañeda (11:00) - new since Thursday, R AKA, dries off seated only
  * Mrs. Oduya (1:30) - hypoglycemia last session, she has juice in her bag, check BG before

Other:
  - Pool temp 92.5 this morning, fine
  - Group at 10:15 is at 9 people, cap is 10
  - Grace out at 2, Maya covers lift

thanks all
""")

mail('phi', 'lists', 'Okonkwo',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     'Paul Varga <pvarga@%s>' % KP,
     'no-show report April (Millbrook)',
     D(5, 1, 16, 3),
     """Paul,

Attached is the no-show / late cancel list for April. 3 people hit 3 strikes. Do you
want me to send the discharge letters or do you want to call them first? Okonkwo
says her daughter had the flu, so maybe not her.

Tariq
""",
     atts=[('Millbrook_noshow_April2024.csv', 'text', 'csv', csvtext([
         ['Date', 'MRN', 'Patient', 'DOB', 'Phone', 'Therapist', 'Visit type', 'Status', 'Strikes YTD'],
         ['04/02/2024', 'KP-0039112', 'Okonkwo, Adaeze', '08/19/1975', '614-555-0102', 'Solberg', 'PT - lumbar', 'No show', '3'],
         ['04/04/2024', 'KP-0041876', 'Brandt, Kyle', '01/05/1999', '614-555-0104', 'Tibbetts', 'PT - ankle sprain', 'Late cancel', '1'],
         ['04/09/2024', 'KP-0027754', 'Szabo, Ilona', '11/23/1948', '614-555-0106', 'Oldenkamp', 'Vestibular', 'No show', '2'],
         ['04/11/2024', 'KP-0039112', 'Okonkwo, Adaeze', '08/19/1975', '614-555-0102', 'Solberg', 'PT - lumbar', 'No show', '3'],
         ['04/16/2024', 'KP-0044301', 'Ruiz-Tagle, Ignacio', '06/30/1983', '614-555-0109', 'Ferrer', 'PT - shoulder post-op', 'No show', '3'],
         ['04/18/2024', 'KP-0045517', 'Whelan, Margo', '02/02/1962', '614-555-0111', 'McAuliffe', 'ST - voice', 'Late cancel', '1'],
         ['04/23/2024', 'KP-0044301', 'Ruiz-Tagle, Ignacio', '06/30/1983', '614-555-0109', 'Ferrer', 'PT - shoulder post-op', 'No show', '3'],
         ['04/25/2024', 'KP-0033098', 'Daniels, Terrence', '09/14/1970', '614-555-0114', 'Tibbetts', 'PT - knee OA', 'No show', '3'],
     ]))])

mail('phi', 'lists', 'Haddad',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     ['Paul Varga <pvarga@%s>' % KP, 'Pediatric Scheduling <peds.scheduling@%s>' % KP],
     'Peds ST waitlist - updated',
     D(8, 26, 12, 15),
     """Hi Paul,

Updated waitlist attached. We're up to 9 kids and the oldest referral is from May.
The two with feeding concerns should go to the top since the weight stuff can't
wait. If we get the new SLP in October we can clear most of it.

Shannon
""",
     atts=[('Peds_ST_Waitlist_Aug2024.xlsx', 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
                ['Referral date', 'Child', 'DOB', 'Parent / phone', 'Reason', 'Insurance', 'Priority'],
                ['05/14/2024', 'Haddad, Yusuf', '03/03/2020', 'Rania 614-555-0151', 'expressive language delay, ~20 words', 'CareSource', 'routine'],
                ['05/30/2024', 'Morrow, Elijah', '11/12/2019', 'Jess 614-555-0152', 'articulation, /r/ /s/', 'BlueHarbor', 'routine'],
                ['06/11/2024', 'Nakamura-Bell, Hana', '07/07/2021', 'Ken 614-555-0153', 'feeding - pocketing food, weight 3rd %ile', 'BlueHarbor', 'HIGH'],
                ['06/19/2024', 'Osei, Kofi', '01/28/2018', 'Ama 614-555-0154', 'stuttering', 'CareSource', 'routine'],
                ['07/02/2024', 'Villanueva, Sofia', '09/15/2022', 'Marisol 614-555-0155', 'late talker, hearing test normal', 'Medicaid FFS', 'routine'],
                ['07/09/2024', 'Brennan, Liam', '04/04/2017', 'Aoife 614-555-0156', 'post-tonsillectomy hypernasal speech', 'BlueHarbor', 'routine'],
                ['07/22/2024', 'Ahmadi, Parisa', '12/01/2020', 'Reza 614-555-0158', 'feeding - G-tube weaning', 'CareSource', 'HIGH'],
                ['08/05/2024', 'Kowalski, Nina', '06/18/2019', 'Ewa 614-555-0159', 'apraxia of speech suspected', 'self pay', 'routine'],
                ['08/20/2024', 'Dumont, Theo', '10/10/2021', 'Claire 614-555-0161', 'autism, AAC eval', 'BlueHarbor', 'routine'],
            ], sheet='Waitlist'))])

mail('phi', 'lists', 'Pruett',
     'Femi Adebayo <fadebayo@%s>' % KP,
     'Derek Lamoureux <dlamoureux@tricountycomp.com>',
     'Q3 visit log - your claimants',
     D(10, 8, 10, 12),
     """Derek,

As requested, attached is the Q3 visit log for all Tri-County claimants seen at our
clinics (zip, CSV inside). Includes DOS, CPT, units and billed amounts so you can
reconcile against what you've paid. Let me know which ones don't match.

Femi Adebayo
Revenue Cycle Manager, Kestrel Point Rehabilitation
614-555-0135
""",
     atts=[('TriCounty_Q3_2024_visits.zip', 'application', 'zip', zbytes([
         ('TriCounty_Q3_2024_visits.csv', csvtext([
             ['claim_no', 'claimant', 'dob', 'dos', 'clinic', 'cpt', 'units', 'billed', 'body_part'],
             ['24-WC-118305', 'Echeverria-Paz, Luis', '1988-03-04', '2024-07-08', 'Eastgate', '97545', '1', '312.00', 'lumbar'],
             ['24-WC-118305', 'Echeverria-Paz, Luis', '1988-03-04', '2024-07-08', 'Eastgate', '97546', '2', '398.00', 'lumbar'],
             ['24-WC-110927', 'Drummond, Keith', '1966-07-01', '2024-07-10', 'Millbrook', '97110', '3', '186.00', 'R shoulder'],
             ['24-WC-110927', 'Drummond, Keith', '1966-07-01', '2024-07-10', 'Millbrook', '97140', '1', '64.00', 'R shoulder'],
             ['24-WC-121440', 'Pruett, Danielle', '1993-11-21', '2024-07-15', 'Riverside', '97165', '1', '210.00', 'L wrist'],
             ['24-WC-121440', 'Pruett, Danielle', '1993-11-21', '2024-07-15', 'Riverside', 'L3807', '1', '285.00', 'L wrist'],
             ['24-WC-116002', 'Al-Khatib, Abdulrahman', '1979-05-30', '2024-08-02', 'Riverside', '97110', '2', '124.00', 'R hand'],
             ['24-WC-116002', 'Al-Khatib, Abdulrahman', '1979-05-30', '2024-08-02', 'Riverside', '97018', '1', '38.00', 'R hand'],
             ['23-WC-099871', 'Seabrook, Wendell', '1971-02-09', '2024-09-12', 'Millbrook', '97750', '4', '420.00', 'lumbar FCE'],
         ]))]))])

# =====================================================================
# PHI -- struct (HL7 v2, X12, FHIR, CCD)
# =====================================================================

mail('phi', 'struct', 'Quintanilla',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     'IT Help Desk <helpdesk@%s>' % KP,
     'interface rejecting registration??',
     D(3, 19, 10, 48),
     r"""Hi IT,

I registered this patient this morning and she's not showing up in TheraChart
schedule. Shawna said to copy the message from the interface error screen so here
it is. Error says "PID-7 invalid" or something. Please help, she's here at 11.

MSH|^~\&|KPREG|MILLBROOK|THERACHART|KPR|20240319101533||ADT^A04|MB240319-0072|P|2.5.1
EVN|A04|20240319101533
PID|1||KP-0049977^^^KPR^MR||QUINTANILLA^ROSA^ELENA||19630231|F|||1280 HARTFORD AVE^^COLUMBUS^OH^43211||(614)555-0124|||M||KP-A-0088213
PV1|1|O|MB^PT^01||||1588412207^WHITCOMBE^ALAN^^^MD|||PT||||1|||||OP
IN1|1|BHPPO|BH01|BLUEHARBOR HEALTH PLAN|||||77120||||||||QUINTANILLA^ROSA^E|01|19630231|||||||||||||||||||XHW771920045
DG1|1||M17.11^Unilateral primary osteoarthritis, right knee^I10

Tariq x2210
""")

mail('phi', 'struct', 'Baptiste',
     'Hollis Treadway <htreadway@%s>' % KP,
     'TheraChart Support <support@therachart.com>',
     'Case 00418822 - duplicate SIU^S12 messages creating double bookings',
     D(5, 9, 13, 30),
     """Hello TheraChart support,

Following up on case 00418822. We are still getting duplicate SIU^S12 messages from
the scheduling module about 1-2 times a day, which creates double-booked appointments
in the downstream EHR. Two examples from this morning are attached exactly as captured
by our interface engine (same control ID sent twice, 4 seconds apart).

Can you confirm whether the ACK timeout on your side is still 3 seconds? Ours waits 10.

Thanks,
Hollis Treadway
Systems Analyst / Interfaces, Kestrel Point Rehabilitation
614-555-0147
""",
     atts=[('siu_dupes_20240509.hl7', 'text', 'plain',
            "MSH|^~\\&|THERACHART|KPR|KPEHR|KPR|20240509081102||SIU^S12|TC0509-11842|P|2.3\r"
            "SCH|889201^THERACHART||||||FOLLOWUP^Follow up visit|||45|MIN|^^45^20240514093000^20240514101500\r"
            "PID|1||KP-0046120^^^KPR^MR||BAPTISTE^JEAN^ROBERT||19570612|M|||77 ELMWOOD CT^^WESTFIELD^OH^43082||(614)555-0127\r"
            "PV1|1|O|EG^VEST^03||||1720098341^OLDENKAMP^BRYCE^^^PT\r"
            "AIS|1||VESTF^Vestibular rehab follow-up\r"
            "NTE|1||Pt reports 2 falls since last visit, daughter to attend\r"
            "\n"
            "MSH|^~\\&|THERACHART|KPR|KPEHR|KPR|20240509081106||SIU^S12|TC0509-11842|P|2.3\r"
            "SCH|889201^THERACHART||||||FOLLOWUP^Follow up visit|||45|MIN|^^45^20240514093000^20240514101500\r"
            "PID|1||KP-0046120^^^KPR^MR||BAPTISTE^JEAN^ROBERT||19570612|M|||77 ELMWOOD CT^^WESTFIELD^OH^43082||(614)555-0127\r"
            "PV1|1|O|EG^VEST^03||||1720098341^OLDENKAMP^BRYCE^^^PT\r"
            "AIS|1||VESTF^Vestibular rehab follow-up\r"
            "NTE|1||Pt reports 2 falls since last visit, daughter to attend\r")])

mail('phi', 'struct', 'Lutz',
     'Femi Adebayo <fadebayo@%s>' % KP,
     'ClaimBridge Support <support@claimbridge.net>',
     'RE: Rejected claim - 2010BA NM109 invalid',
     D(6, 18, 11, 20),
     """Hi,

This claim keeps rejecting at the payer with "Subscriber ID invalid" but the member
ID matches the card exactly (we have a copy). Segment from our 837P below. Is the
payer expecting the 2-char suffix dropped? This is the only BlueHarbor plan doing
this.

ST*837*0021*005010X222A1~
BHT*0019*00*KP240617021*20240617*1522*CH~
NM1*85*2*KESTREL POINT REHABILITATION*****XX*1093817264~
HL*2*1*22*0~
SBR*P*18*77120******CI~
NM1*IL*1*LUTZ*GERHARD*W***MI*XHW5521908801~
N3*3361 BIRCHVIEW DR~
N4*COLUMBUS*OH*432297715~
DMG*D8*19510407*M~
CLM*KP0049102*412.00***11:B:1*Y*A*Y*Y~
HI*ABK:M54.16*ABF:M48.062~
LX*1~
SV1*HC:97162:GP*185.00*UN*1***1~
DTP*472*D8*20240603~
LX*2~
SV1*HC:97110:GP*124.00*UN*2***1~
DTP*472*D8*20240603~

Femi Adebayo
Revenue Cycle Manager
Kestrel Point Rehabilitation

-----Original Message-----
From: ClaimBridge Support <support@claimbridge.net>
Sent: Tuesday, June 18, 2024 9:02 AM
Subject: Rejected claim - 2010BA NM109 invalid

Your claim KP0049102 was rejected by payer 60054: A3:21:IL Subscriber ID invalid.
""")

mail('phi', 'struct', 'Moreau-Diallo',
     'Femi Adebayo <fadebayo@%s>' % KP,
     'Dolores Fenwick <dfenwick@%s>' % KP,
     'underpaid - 835 shows 97140 cut',
     D(8, 7, 15, 44),
     """Dolores - did we have an auth issue on this one? ERA paid the ther ex but zeroed the
manual therapy. Remit piece below. If the auth only covered 97110 I'll write it off,
otherwise I'm appealing.

CLP*KP0051877*2*263.00*124.00*20.00*12*BH24072299118*11*1~
NM1*QC*1*MOREAU-DIALLO*AMINATA****MI*XHW6690013302~
NM1*82*1*SOLBERG*RENATA****XX*1720033489~
DTM*232*20240715~
SVC*HC:97110:GP*124.00*104.00**2~
DTM*472*20240715~
CAS*PR*3*20.00~
SVC*HC:97140:GP*64.00*0.00**1~
DTM*472*20240715~
CAS*CO*197*64.00~
AMT*B6*104.00~

197 = precert/authorization absent. She was in for her neck + the TMJ that day.

F.
""")

mail('phi', 'struct', 'Begay',
     'Authorizations <auth@%s>' % KP,
     'Joaquin Ferrer <jferrer@%s>' % KP,
     'Re: is he still covered?',
     D(1, 4, 9, 58),
     """Joaquin, raw 271 back from the clearinghouse below. Active, but note the EB*F
line - 20 visits and PT/OT share the limit. He already had 6 with the OT at the
hospital in December so effectively 14 left.

ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*KPREHAB        *240104*0957*^*00501*000004411*0*P*:~
GS*HB*CLAIMBRIDGE*KPREHAB*20240104*0957*4411*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*KP24010401*20240104*0957~
HL*1**20*1~
NM1*PR*2*BLUEHARBOR HEALTH PLAN*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*KESTREL POINT REHABILITATION*****XX*1093817264~
HL*3*2*22*0~
NM1*IL*1*BEGAY*DARRYL*T***MI*XHW3318264007~
N3*920 LOCUST ST APT 12~
N4*WESTFIELD*OH*43082~
DMG*D8*19690925*M~
EB*1*IND*30^PT^AE*PR~
EB*F*IND*PT^AE***23*20*****Y~
MSG*PT OT COMBINED VISIT LIMIT~
EB*B*IND*PT***27*35~
SE*16*0001~
GE*1*4411~
IEA*1*000004411~

--
Auth team | x2240

> On Jan 4, 2024, Joaquin Ferrer wrote:
> Darryl Begay, starting post-op shoulder Monday - is he still covered after the new year?
""")

mail('phi', 'struct', 'Esposito',
     'Referral Portal <no-reply@referrals.northfieldortho.com>',
     'Referrals <referrals@%s>' % KP,
     'New electronic referral: PT evaluate and treat',
     D(11, 12, 14, 6),
     """A new referral has been sent to Kestrel Point Rehabilitation.
The referral payload (FHIR R4) is included below for systems that cannot retrieve it
from the portal.

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "nfo-pt-220981",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9931.1", "value": "NFO-220981"}
        ],
        "name": [{"family": "Esposito", "given": ["Vincenzo", "M"]}],
        "gender": "male",
        "birthDate": "1960-01-17",
        "telecom": [{"system": "phone", "value": "614-555-0131", "use": "mobile"}],
        "address": [{"line": ["5512 Wexford Green"], "city": "Dublin", "state": "OH", "postalCode": "43016"}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-771203",
        "status": "active",
        "intent": "order",
        "code": {"text": "Physical therapy evaluate and treat"},
        "subject": {"reference": "Patient/nfo-pt-220981"},
        "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z96.651", "display": "Presence of right artificial knee joint"}]}],
        "authoredOn": "2024-11-12",
        "requester": {"display": "Alan Whitcombe, MD"},
        "note": [{"text": "R TKA 11/5/24. 2-3x/wk x 6 wks. WBAT. Pt on aspirin 81 bid x 4 wks for DVT ppx."}]
      }
    }
  ]
}

Do not reply to this message. Log in to the Northfield Orthopaedic referral portal
to accept or decline.
""")

mail('phi', 'struct', 'Wojcik',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     'Hollis Treadway <htreadway@%s>' % KP,
     'FW: CCD from hospital won\'t import',
     D(2, 1, 11, 11),
     """Hollis - the discharge CCD for my new stroke patient won't import into TheraChart,
it just says "parse error line 14". Hospital sent it as a text attachment and I copied
the part I think is the problem. Can you look? I need the med list before his eval
Monday.

Shannon

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Discharge</title>
  <recordTarget>
    <patientRole>
      <id extension="CGH-00771924" root="2.16.840.1.113883.3.7741"/>
      <addr><streetAddressLine>218 Poplar St</streetAddressLine><city>Westfield</city><state>OH</state><postalCode>43082</postalCode></addr>
      <telecom value="tel:+1-614-555-0119"/>
      <patient>
        <name><given>Stanisław</given><family>Wójcik</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19490302"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <section><title>Problems</title>
      <text>Acute ischemic stroke, left MCA territory (01/24/2024); dysphagia; expressive aphasia; atrial fibrillation</text>
    </section>
    <section><title>Medications</title>
      <text>apixaban 5 mg BID; atorvastatin 80 mg nightly; metoprolol tartrate 25 mg BID</text>
    </section>
  </structuredBody></component>
</ClinicalDocument>
""")

# =====================================================================
# PHI -- lang
# =====================================================================

mail('phi', 'lang', 'Rosales',
     'Yesenia Rosales <yesenia.rosales22@gmail.com>',
     'Eastgate Pediatric Therapy <peds.scheduling@%s>' % KP,
     'cita de terapia de Valentina',
     D(3, 13, 20, 34),
     """Hola buenas noches,

Soy la mamá de Valentina Rosales, tiene 4 años y va a terapia de lenguaje los lunes
con la Srta. Shannon. Este lunes no la puedo llevar porque le van a poner los tubos en
los oídos en el hospital ese mismo día (el otorrino dice que tiene mucho líquido y por
eso no oye bien). ¿Se puede cambiar la cita para el miércoles o el jueves?

También quería preguntar si después de la operación tiene que esperar para volver a
la terapia o si puede ir la próxima semana normal.

Mi número es 614-555-0163. Gracias,
Yesenia Rosales
""")

mail('phi', 'lang', 'Bittencourt',
     'Cláudio Bittencourt <claudio.bittencourt@hotmail.com>',
     'Ana Paula Menezes <apmenezes@%s>' % KP,
     'Re: consulta terapia da mão',
     D(4, 22, 18, 2),
     """Oi Ana Paula, tudo bem?

Obrigado por marcar a consulta. Só queria avisar a terapeuta (a Keiko) antes: desde
sexta a tala está apertando muito e os dedos ficam roxos à noite. Tirei a tala por
umas duas horas no sábado porque estava doendo muito, não sei se fiz errado. O
médico falou que o tendão do dedo anelar ainda está fraco depois da cirurgia e que eu
não posso fechar a mão com força.

Posso ir mais cedo na quarta, tipo 8h? Saio do trabalho às 7h30.

Abraço,
Cláudio

Em seg., 22 de abr. de 2024 às 14:10, Ana Paula Menezes <apmenezes@kestrelpointrehab.org> escreveu:
> Olá Cláudio, sua consulta de terapia da mão com Keiko Ashworth está marcada para
> quarta-feira, 24/04, às 9h, no Riverside Hand Therapy Center. Traga a tala.
""")

mail('phi', 'lang', 'Trần Văn Hùng',
     'Trần Minh Khoa <khoa.tran.minh@gmail.com>',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     'Về việc trị liệu ngôn ngữ cho bố tôi - Trần Văn Hùng',
     D(6, 6, 21, 15),
     """Chào cô Shannon,

Tôi là Khoa, con trai của ông Trần Văn Hùng (sinh năm 1952). Bố tôi bị đột quỵ hồi
tháng 4 và đang học nói lại với cô vào thứ Ba và thứ Năm.

Tuần này bố tôi bị sặc nước hai lần khi uống trà, và ho nhiều sau bữa ăn. Bác sĩ gia
đình đã cho thêm thuốc huyết áp mới (amlodipine). Gia đình tôi rất lo lắng, xin cô
kiểm tra việc nuốt của bố tôi trong buổi tới được không?

Bố tôi nói tiếng Anh không tốt, nên xin cô gọi cho tôi: 614-555-0168.

Cảm ơn cô rất nhiều,
Khoa
""", cte='base64')

mail('phi', 'lang', 'Pierre-Louis',
     'Marie-Ange Pierre-Louis <mapierrelouis@yahoo.com>',
     'Rosalie Joseph <rjoseph@%s>' % KP,
     'randevou terapi',
     D(10, 15, 12, 40),
     """Bonjou Rosalie,

Se Marie-Ange Pierre-Louis. Mwen gen randevou pou terapi do a jedi a 11è ak Marcus.
Mwen pa ka vini paske doktè a voye m fè yon MRI pou do m jou sa a menm, doulè a desann
nan janm gòch mwen kounye a epi mwen gen pikotman nan pye m.

Eske ou ka chanje randevou a pou lòt semèn? Epi eske m dwe kontinye fè egzèsis yo
lakay pandan m ap tann rezilta MRI a?

Mèsi anpil,
Marie-Ange
614-555-0171
""")

mail('phi', 'lang', 'Гончаренко',
     'Ирина Гончаренко <irina.goncharenko@mail.ru>',
     'Olga Sidorenko <osidorenko@%s>' % KP,
     'Мама - головокружение после занятия',
     D(2, 28, 19, 5),
     """Здравствуйте, Ольга!

Пишу по поводу моей мамы, Людмилы Петровны Гончаренко (12.05.1946 г.р.). После
вчерашнего занятия в бассейне у неё сильно кружится голова, особенно когда она
поворачивается в кровати, и её два раза тошнило. Давление вечером было 150/90.

Вы говорили, что у неё может быть доброкачественное позиционное головокружение и что
доктор Брайс может сделать специальный манёвр. Можно ли записать её к нему на этой
неделе? В бассейн в пятницу, наверное, лучше не идти?

Спасибо большое,
Ирина (дочь)
тел. 614-555-0174
""")

mail('phi', 'lang', 'Santos',
     'Marisol Quintero <mquintero@%s>' % KP,
     'Joy Dimaculangan <jdimaculangan@%s>' % KP,
     'si Lola Remedios',
     D(9, 10, 13, 52),
     """Joy,

Pakisabi kay Ma'am Olga na si Mrs. Remedios Santos (yung 2pm sa pool, 78 yrs old)
ay hindi nakapag-therapy kanina. Namamaga yung kanang tuhod niya at mainit pag hinawakan,
sabi niya nagsimula kahapon pagkatapos ng session. Hindi ko na siya pinalusong sa
tubig. Tinawagan ko na yung anak niya para dalhin siya sa doktor niya bukas.

Nilagay ko na sa notes pero baka hindi mabasa agad ni Ma'am Olga.

Salamat!
Mari
""")

mail('phi', 'lang', 'Haddad',
     'سمير حداد <samir.haddad.oh@gmail.com>',
     'Joaquin Ferrer <jferrer@%s>' % KP,
     'بخصوص العلاج الطبيعي للركبة',
     D(12, 2, 9, 30),
     """مرحباً دكتور خواكين،

أنا سمير حداد، مريضك في عيادة ميلبروك. أجريت عملية استبدال مفصل الركبة اليسرى قبل
ثلاثة أسابيع. منذ يومين أصبحت الساق منتفخة ومؤلمة في الخلف (في بطة الساق)، وأصبح
المشي أصعب. هل يجب أن آتي إلى جلسة العلاج يوم الخميس أم أتصل بالطبيب أولاً؟

أنا آخذ الأسبرين كما قال الجراح.

شكراً جزيلاً،
سمير
٦١٤-٥٥٥-٠١٧٨
""", cte='quoted-printable')

mail('phi', 'lang', 'Lin',
     'Lin Wei <linwei.family@163.com>',
     'Lucy Tran <ltran@%s>' % KP,
     '关于林子涵的作业治疗',
     D(11, 25, 21, 8),
     """Lucy老师您好，

我是林子涵（Lin Zihan）的妈妈。子涵今年6岁，每周四下午在Eastgate做作业治疗。

这周学校老师说她写字还是很吃力，握笔很用力，写一会儿手就疼，而且上课坐不住。
儿科医生上个月诊断她有发育性协调障碍（DCD），建议我们继续做治疗。请问我们可以
把治疗增加到每周两次吗？保险需要什么文件吗？

另外，您上次给的手部练习她每天都在做，用橡皮泥和夹子。

谢谢您！
林伟
电话：614-555-0179
""")

# =====================================================================
# CLEAN -- admin
# =====================================================================

mail('clean', 'admin', '',
     'IT Help Desk <helpdesk@%s>' % KP,
     'All Staff <allstaff@%s>' % KP,
     'PLANNED DOWNTIME: TheraChart upgrade Sat 4/13 02:00-06:00 (CHG0012291)',
     D(4, 8, 15, 30),
     """All,

TheraChart (scheduling + documentation) will be unavailable Saturday April 13 from
02:00 to 06:00 for the version 24.2 upgrade. Change ticket: CHG0012291.

What this means for you:
  - Saturday clinics (Millbrook, Linden pool) open at 7:00 and should not be affected.
    If the system is not back by 6:30, use the downtime packets in the front desk
    binder (blue tab) and enter visits when it's back.
  - Print your Saturday schedules Friday before you leave.
  - The patient portal and text reminders will also be down during the window.

Super users on call that morning: Shawna Pike (614-555-0193) and Hollis Treadway
(614-555-0147). Help desk line x4400 will be staffed from 05:30.

Release notes for 24.2 are on the intranet under IT > TheraChart.

Thanks,
IT Help Desk
Kestrel Point Rehabilitation
""",
     html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<h3 style="color:#b00">PLANNED DOWNTIME: TheraChart upgrade</h3>
<p><b>Saturday April 13, 02:00&ndash;06:00</b> &middot; Change ticket CHG0012291</p>
<ul>
<li>Saturday clinics (Millbrook, Linden pool) open at 7:00 and should not be affected. If the system is not back by 6:30, use the downtime packets in the front desk binder (blue tab).</li>
<li>Print your Saturday schedules Friday before you leave.</li>
<li>The patient portal and text reminders will also be down during the window.</li>
</ul>
<p>Super users on call: Shawna Pike (614-555-0193) and Hollis Treadway (614-555-0147). Help desk x4400 staffed from 05:30.</p>
<p>IT Help Desk<br>Kestrel Point Rehabilitation</p></body></html>""")

mail('clean', 'admin', '',
     'Nadia Petrossian <npetrossian@%s>' % KP,
     'All Staff <allstaff@%s>' % KP,
     'Open enrollment starts Nov 1 + employee flu shot clinic',
     D(10, 24, 10, 0),
     """Hi everyone,

Benefits open enrollment for 2025 runs November 1-15. This is the one time of year
you can change medical, dental and vision plans without a qualifying life event.

Changes for 2025:
 - BlueHarbor PPO: employee premium goes up $6/paycheck; deductible unchanged ($750)
 - BlueHarbor HDHP + HSA: company HSA contribution increases to $1,000 (single) /
   $2,000 (family)
 - Vision moves from EyeMed to VSP (new cards will be mailed in December)
 - EAP (free, confidential counseling, 6 sessions per issue) stays the same

Employee flu shot clinic: Tuesday 11/5, 11:00-2:00, Millbrook break room. Walgreens is
running it; bring your insurance card. If you got your shot elsewhere, upload proof to
the HR portal by 12/1.

Benefits Q&A sessions (Teams): 11/4 at 12:15 and 11/7 at 4:30.

Questions to me at x2205 or Joanne Kirby at x2206.

Nadia Petrossian, SHRM-CP
HR Manager, Kestrel Point Rehabilitation
""")

mail('clean', 'admin', '',
     'Paul Varga <pvarga@%s>' % KP,
     ['Linden Aquatic Staff <linden-staff@%s>' % KP, 'Scheduling <scheduling@%s>' % KP],
     'Linden pool closed Mon 8/5 - Wed 8/7',
     D(7, 29, 14, 22),
     """Team,

AquaServ is coming Monday to replace the heater exchanger and rebalance the chemicals
after last week's failed inspection reading (combined chlorine too high). Pool will be
closed Mon 8/5 through Wed 8/7, reopening Thursday at 7am if the retest passes.

Scheduling: please call the pool caseload for those three days and offer land-based
visits at Millbrook or reschedule. Olga and Bryce have agreed to pick up extra land
slots. Aides will be at Millbrook those days.

Quote/invoice from AquaServ is #AQ-22719, $4,860, approved under PO 24-0617. Facilities
contact is Dwayne Rusk, 614-555-0196.

Paul Varga, PT, MBA
Director of Clinic Operations
""")

mail('clean', 'admin', '',
     'Femi Adebayo <fadebayo@%s>' % KP,
     'Billing Team <billing@%s>' % KP,
     'Clearinghouse changes effective 7/1 - payer IDs + ERA enrollment',
     D(6, 14, 9, 5),
     """Team,

A few changes from ClaimBridge starting July 1:

1. Tri-County Comp Management moves to electronic bills. Payer ID is TCCM1 (was paper).
   Attach the progress note as a PWK (report type OZ) for every bill after the first.
2. Ironbridge Mutual auto claims: payer ID changes from 31042 to IBMA2.
3. BlueHarbor ERAs are now enrolled for both tax IDs. First 835 should post 7/8.
4. Our group NPI 1093817264 stays the same; Westfield location still bills under its own
   NPI until the merger paperwork is done.

I updated the payer table in the billing system (ticket INC0051170). Please don't edit
payer records yourselves, send me the change.

Training on PWK attachments: Wed 6/26 at 3:00 in the conference room.

Thanks,
Femi
""")

mail('clean', 'admin', '',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     'Millbrook Clinicians <millbrook-clin@%s>' % KP,
     'Thanksgiving week coverage - please confirm',
     D(11, 11, 13, 40),
     """Hi all,

Draft coverage for Thanksgiving week. Clinic closed Thursday 11/28, open half day Friday
(8-12). Reply-all only if something is wrong.

Mon 11/25   Solberg, Tibbetts, Ferrer, Oldenkamp, McAuliffe
Tue 11/26   Solberg, Tibbetts, Ferrer (am), Oldenkamp
Wed 11/27   Tibbetts, Ferrer, McAuliffe, PRN Dana Whitlock (614-555-0198)
Thu 11/28   CLOSED
Fri 11/29   Oldenkamp, PRN Chris Auberge (614-555-0199), front desk: Tariq

PTO requests submitted after 11/1 are still pending with Paul. If yours isn't on here,
that's why.

Tariq
""")

mail('clean', 'admin', '',
     'Accounts Receivable <ar@apexadaptive.com>',
     'Accounts Payable <ap@%s>' % KP,
     'Invoice INV-88213 - PO 24-0331',
     D(4, 2, 8, 15),
     """Good morning,

Please find invoice INV-88213 for PO 24-0331 (Eastgate clinic equipment):

  2  Hi-lo treatment table, 3-section, 28" wide      @ $3,195.00   $6,390.00
  1  Parallel bars, 10 ft, height adj.               @ $2,480.00   $2,480.00
  1  Pediatric suspension swing frame w/ platform    @ $1,725.00   $1,725.00
  4  Foam balance pads, large                        @   $64.00      $256.00
     Delivery + install                                            $450.00
                                                      TOTAL      $11,301.00

Terms: Net 30. Remit to Apex Adaptive Mobility, PO Box 30118, Columbus OH 43230.
ACH details on file. Questions: Latisha Greer, 614-555-0116.

Thank you for your business!
Apex Adaptive Mobility - Accounts Receivable
""",
     atts=[('INV-88213.txt', 'text', 'plain',
            "APEX ADAPTIVE MOBILITY\nINVOICE INV-88213   DATE 04/01/2024   PO 24-0331\n"
            "BILL TO: Kestrel Point Rehabilitation, Accounts Payable\nSHIP TO: Eastgate Pediatric Therapy Center\n"
            "TOTAL DUE: $11,301.00   TERMS: NET 30\n")])

mail('clean', 'admin', '',
     'Credentialing <credentialing@%s>' % KP,
     ['Keiko Ashworth <kashworth@%s>' % KP, 'Marcus Tibbetts <mtibbetts@%s>' % KP,
      'Imani Castellanos <icastellanos@%s>' % KP],
     'Reminder: license / certification renewals due',
     D(1, 16, 11, 25),
     """Hi,

Our tracker shows the following expiring in the next 90 days. Please upload the new
card or certificate to the HR portal once renewed.

 Keiko Ashworth      OT license OT.009182          exp 03/31/2024   (CEUs: 20 of 20 done)
                     CHT                           exp 12/31/2024
 Marcus Tibbetts     PTA license PTA.016441        exp 01/31/2024   (!!)  BLS exp 02/2024
 Imani Castellanos   CDRS                          exp 04/30/2024
                     Driver training instructor    exp 03/15/2024

Marcus - if the PTA license lapses you can't be scheduled, so please get that done this
week. The state board site has been slow; screenshot the confirmation.

Thanks,
Mei-Ling Ortega
Credentialing Specialist
""")

# =====================================================================
# CLEAN -- lookalike
# =====================================================================

mail('clean', 'lookalike', '',
     'Iron Valley Fitness <members@ironvalleyfitness.com>',
     'marcus.tibbetts@gmail.com',
     'Member #44812 - your PT package is expiring',
     D(5, 28, 6, 0),
     """Hi Marcus,

Your 10-session Personal Training (PT) package with Coach Dre expires on 06/15/2024.
You have 3 sessions remaining. Book them in the app or call the front desk at
614-555-0125.

Renew before 6/15 and get 15% off your next package plus a free session in the new
Recovery Zone (cold plunge, compression boots, infrared sauna).

Member #: 44812
Home club: Iron Valley - Westfield
Membership: Black Card, billed monthly $39.99

See you on the floor,
Iron Valley Fitness

To unsubscribe from promotional emails, update your preferences in the app.
""")

mail('clean', 'lookalike', '',
     'Paws in Motion Canine Rehab <frontdesk@pawsinmotionrehab.com>',
     'renata.solberg@gmail.com',
     'Biscuit - hydrotherapy progress + next appointments',
     D(8, 9, 17, 35),
     """Hi Renata,

Biscuit did great in the underwater treadmill today! Six weeks after the TPLO on his
right knee he's now bearing weight well on the leg and we increased him to 12 minutes
at a water height just above the knee. Muscle mass in the right thigh is up 1.5 cm.

Home exercises: keep the sit-to-stands (10 x 2/day) and the slow leash walks, add
cavaletti poles twice a week. No off-leash running or the dog park until Dr. Lysander
clears him at the 8-week recheck.

Patient: Biscuit (Golden Retriever, M/N, 5 yrs)   Patient ID: 20417
Next visits: Fri 8/16 at 4:30, Fri 8/23 at 4:30

Thanks!
Courtney, CCRP
Paws in Motion Canine Rehabilitation
614-555-0126
""")

mail('clean', 'lookalike', '',
     'Buckeye Valley Credit Union <alerts@bvcu.org>',
     'dfenwick@%s' % KP,
     'Your auto loan payment was received - Member #0042219',
     D(9, 3, 4, 12),
     """Dear Member,

We received your payment of $412.56 on 09/02/2024 for the following account:

  Member #:       0042219
  Loan:           Auto Loan - Share ID L14
  Next due date:  10/02/2024
  Remaining balance: $9,884.19

If you did not make this payment, please call Member Services at 614-555-0127,
Monday-Friday 8am-6pm.

Buckeye Valley Credit Union will never ask for your PIN or online banking password
by email or text.

Federally insured by NCUA.
""")

mail('clean', 'lookalike', '',
     'SkyMeridian Airlines <itinerary@skymeridian.com>',
     'joaquin.ferrer@outlook.com',
     'Your trip confirmation: CMH to DEN - Record locator K7QPZM',
     D(1, 19, 13, 44),
     """Thanks for flying SkyMeridian, JOAQUIN FERRER.

Record locator: K7QPZM
Ticket number: 0277210384415

Thu, Feb 15  SM 1184  Columbus (CMH) 7:05 AM -> Denver (DEN) 8:32 AM   Seat 14C
Sun, Feb 18  SM 2230  Denver (DEN) 5:50 PM -> Columbus (CMH) 10:41 PM  Seat 22A

MeridianMiles #: MR 448190337
Fare: Main Cabin  Total: $386.40

Heading to the Combined Sections Meeting? Show your conference badge at the Denver
airport info desk for shuttle discounts.

Need special assistance, a wheelchair or to travel with a medical device? Add it in
Manage Trip at least 48 hours before departure.
""")

mail('clean', 'lookalike', '',
     'Kara Mendelsohn <kmendelsohn@ironbridgemutual.com>',
     'Imani Castellanos <icastellanos@%s>' % KP,
     'Claim IBM-AU-7812043 - 2022 Dodge Grand Caravan (adapted vehicle)',
     D(3, 6, 10, 27),
     """Hi Imani,

Thank you for reporting the loss. Summary of what we have:

Claim #: IBM-AU-7812043
Policy: commercial auto, Kestrel Point Rehabilitation LLC, policy CA-2209817
Vehicle: 2022 Dodge Grand Caravan, VIN ending 41872 (driver rehab evaluation vehicle,
  left-foot accelerator, hand controls, dual brake)
Date of loss: 03/04/2024, Westfield clinic parking lot
Description: parked vehicle struck on the rear passenger side by an unknown vehicle.
  No occupants, no injuries.

An appraiser will inspect it at the clinic Friday between 9 and 11. Because of the
adaptive equipment, the body shop will need to coordinate with your mobility vendor to
recalibrate the hand controls after the repair -- please send me their contact.

Deductible: $500.

Kara Mendelsohn
Commercial Claims Adjuster, Ironbridge Mutual Insurance
614-555-0189
""")

mail('clean', 'lookalike', '',
     'Gus Pellerin <gus@pellerintreecare.com>',
     'Facilities <facilities@%s>' % KP,
     'Estimate - oak by the Millbrook lot',
     D(10, 29, 16, 55),
     """Hi Dwayne,

Took a look at the red oak by the south entrance. Diagnosis isn't great: there's
root rot (Armillaria) on the north side and a cavity about 3 ft up. The big limb over
the handicap parking spaces has a crack at the union and needs to come off before
winter -- that one I'd call urgent.

Estimate #2024-311
  - Amputate/remove cracked limb over parking, lower w/ rigging      $950
  - Crown reduction 15%, deadwood removal                          $1,400
  - Resistograph test of trunk to check decay                        $275
  - Optional: full removal + stump grinding (if test fails)        $3,800

We'd need the 6 handicap spaces coned off for one morning. Can do week of 11/11.

Gus Pellerin, ISA Certified Arborist OH-1427A
Pellerin Tree Care
614-555-0128
""")

mail('clean', 'lookalike', '',
     'GitLab <gitlab@git.kestrelpointrehab.org>',
     'Hollis Treadway <htreadway@%s>' % KP,
     'kp-integrations | Issue #412: patient-sync worker OOM-killed during nightly discharge batch',
     D(7, 11, 2, 47),
     """Sam Okeke opened issue #412 in kp-integrations:

patient-sync worker OOM-killed during nightly discharge batch

The `patient-sync` worker on intsrv02 was OOM-killed at 02:13 while processing the
nightly discharge batch. Kubernetes restarted the pod (restart count 3) and the job
resumed from the last checkpoint, so no records were lost, but the batch finished
41 minutes late and the morning census report was empty until 07:20.

Observations:
- memory climbs ~180 MB per 1k records; looks like we keep every parsed message in the
  dedupe cache for the whole run
- the admit/discharge/transfer handler and the `PatientMatcher` both hold references
- happens only on Mondays (largest batch)

Proposed fix: bound the cache (LRU, 5k entries), raise pod limit from 1Gi to 2Gi as a
stop-gap. Labels: bug, severity::2, component::hl7-listener

--
Reply to this email directly or view it on GitLab.
You're receiving this email because you are watching kp-integrations.
""")

# =====================================================================
# CLEAN -- news
# =====================================================================

mail('clean', 'news', '',
     'Ohio Dept. of Health Bulletins <bulletins@odh-alerts.example.gov>',
     'Paul Varga <pvarga@%s>' % KP,
     'Health Advisory: Legionella and recreational water facilities - summer 2024',
     D(6, 20, 12, 0),
     """HEALTH ADVISORY #2024-14
Recreational and therapy pools, spas and hot tubs

Summary: Since May 1, the Department has been notified of 23 confirmed cases of
Legionnaires' disease statewide, 6 of them associated with exposure to a hot tub or
therapy pool in the 14 days before onset. This is above the five-year average for the
period.

Recommendations for facility operators, including hospital and outpatient therapy
pools:
  * Maintain free chlorine at 2-4 ppm (pools) and 3-5 ppm (spas); test at least 3x daily.
  * Keep water temperature logs; warm therapy pools (90-94 F) are higher risk.
  * Review your water management program against the CDC toolkit.
  * Report suspected cases to your local health department within 24 hours.

Clinicians: consider Legionella urine antigen testing in patients with pneumonia
and recent pool or spa exposure.

This bulletin is for public health and facility operators. Do not reply.
""")

mail('clean', 'news', '',
     'Safety Notices <safety@thermaflexmedical.com>',
     'Purchasing <purchasing@%s>' % KP,
     'URGENT: Voluntary Recall - ThermaFlex moist heat packs, lots TF2309-TF2314',
     D(2, 14, 9, 0),
     """URGENT MEDICAL DEVICE RECALL
ThermaFlex Medical Products, Inc.

Product: ThermaFlex Standard and Neck-Contour Moist Heat Packs (silicate gel)
Catalog numbers: TF-1010, TF-1012, TF-1020
Affected lots: TF2309 through TF2314 (manufactured Sept-Dec 2023)

Reason: The outer canvas seam may separate after repeated heating in a hydrocollator,
allowing hot gel to leak. ThermaFlex has received 7 reports of superficial burns; no
serious injuries have been reported.

Action required:
  1. Check your inventory and hydrocollator units for the affected lot numbers
     (printed on the white label at the seam).
  2. Remove affected packs from use immediately.
  3. Complete and return the attached response form even if you have no affected
     product. Replacement packs will be shipped at no charge.

Questions: ThermaFlex Customer Care, 1-800-555-0147, Mon-Fri 8-5 ET.

This recall is being conducted with the knowledge of the U.S. Food and Drug
Administration.
""",
     atts=[('ThermaFlex_Recall_Response_Form.txt', 'text', 'plain',
            "RECALL RESPONSE FORM - ThermaFlex lots TF2309-TF2314\n\nFacility name: ____________\n"
            "Number of affected packs found: ____\nNumber returned: ____\nContact name / phone: ____________\n"
            "Fax to 1-800-555-0148\n")])

mail('clean', 'news', '',
     'Kestrel Point Communications <news@%s>' % KP,
     'All Staff <allstaff@%s>' % KP,
     'The Kestrel Quarterly - Summer 2024',
     D(7, 1, 8, 30),
     """THE KESTREL QUARTERLY - Summer 2024

BY THE NUMBERS (Q2)
  41,208 visits across 6 sites (+7% vs Q2 2023)
  94% of patients would recommend us (Press-style survey, n=1,612)
  Average days from referral to first visit: 6.2 (goal: 5)
  Pediatric waitlist: 31 children (down from 48)

NEW: BALANCE & DIZZINESS CLINIC
Bryce Oldenkamp and team opened the dedicated vestibular suite at Millbrook in May,
with video goggles and a rotary chair. Referrals from ENT have doubled.

STAFF SPOTLIGHT
Keiko Ashworth, OTR/L, CHT, marks 15 years with Kestrel Point. Keiko started the
Riverside Hand Therapy Center with two tables and a heat gun.

WELCOME
Dana Whitlock, PT (PRN), Maya Ferris (aquatic aide), Sam Okeke (integration engineer).

REMINDERS
Annual compliance training due 8/31. Summer picnic 8/17 at Glacier Ridge shelter #3.
""",
     html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1d4e6b">The Kestrel Quarterly</h1><p><i>Summer 2024</i></p>
<h2>By the numbers (Q2)</h2>
<table border="0" cellpadding="4">
<tr><td><b>41,208</b></td><td>visits across 6 sites (+7% vs Q2 2023)</td></tr>
<tr><td><b>94%</b></td><td>of patients would recommend us (n=1,612)</td></tr>
<tr><td><b>6.2</b></td><td>average days from referral to first visit (goal: 5)</td></tr>
<tr><td><b>31</b></td><td>children on the pediatric waitlist (down from 48)</td></tr>
</table>
<h2>New: Balance &amp; Dizziness Clinic</h2>
<p>Bryce Oldenkamp and team opened the dedicated vestibular suite at Millbrook in May, with video goggles and a rotary chair. Referrals from ENT have doubled.</p>
<h2>Staff spotlight</h2>
<p>Keiko Ashworth, OTR/L, CHT, marks 15 years with Kestrel Point.</p>
<h2>Welcome</h2><p>Dana Whitlock, PT (PRN), Maya Ferris (aquatic aide), Sam Okeke (integration engineer).</p>
<p style="font-size:9pt;color:#777">Annual compliance training due 8/31. Summer picnic 8/17.</p>
</body></html>""", html_cte='quoted-printable')

mail('clean', 'news', '',
     'OSLHA Update <update@oslha-members.org>',
     'smcauliffe@%s' % KP,
     'OSLHA Monthly: telepractice bill, CEU deadlines, fall convention',
     D(9, 2, 7, 15),
     """OHIO SPEECH-LANGUAGE-HEARING ASSOCIATION (member news - not affiliated with ASHA)

LEGISLATIVE UPDATE
HB 417, which would make permanent the telepractice flexibilities for speech-language
pathology and audiology services, passed committee 11-2. Contact your representative
before the floor vote expected in October.

MEDICARE 2025 PROPOSED FEE SCHEDULE
The proposed rule cuts the conversion factor about 2.8%. Codes 92507 (speech/language
treatment) and 92526 (swallowing treatment) drop an estimated 3%. Comments due 9/9.

CEU REMINDER
License renewal for SLPs is due 12/31/2025; 20 hours required including 2 hours of
ethics. Our fall convention offers 12 hours.

FALL CONVENTION - Nov 14-15, Columbus
Featured sessions: AAC for minimally verbal autistic children; dysphagia management
in head and neck cancer; stuttering therapy for school-age kids.

Unsubscribe | Manage preferences
""")

mail('clean', 'news', '',
     'RehabBill Insider <newsletter@rehabbillinsider.com>',
     'billing@%s' % KP,
     '2025 KX threshold is $2,410 - what changes Jan 1',
     D(12, 4, 6, 30),
     """REHABBILL INSIDER - Weekly

1) KX MODIFIER THRESHOLD FOR 2025
CMS finalized the 2025 KX threshold at $2,410 for PT and SLP combined, and $2,410
separately for OT. Above the threshold, append KX to certify medical necessity.
Targeted medical review threshold remains $3,000.

2) REMOTE THERAPEUTIC MONITORING
PTAs and OTAs may now furnish RTM under general supervision in private practice.
Codes 98975-98981.

3) 8-MINUTE RULE REFRESHER
Quick table for timed codes:
    8-22 min  = 1 unit
   23-37 min  = 2 units
   38-52 min  = 3 units
   53-67 min  = 4 units

4) WEBINAR
"Denials for 97140 with 97530 on the same day - NCCI edits explained", Dec 12, 1pm ET.

You are receiving this because you subscribed at rehabbillinsider.com.
""",
     html="""<html><body><h2>RehabBill Insider - Weekly</h2>
<h3>1) KX modifier threshold for 2025</h3><p>CMS finalized the 2025 KX threshold at <b>$2,410</b> for PT and SLP combined, and $2,410 separately for OT. Targeted medical review threshold remains $3,000.</p>
<h3>2) Remote therapeutic monitoring</h3><p>PTAs and OTAs may now furnish RTM under general supervision in private practice. Codes 98975-98981.</p>
<h3>3) 8-minute rule refresher</h3><table border="1" cellpadding="3"><tr><td>8-22 min</td><td>1 unit</td></tr><tr><td>23-37 min</td><td>2 units</td></tr><tr><td>38-52 min</td><td>3 units</td></tr><tr><td>53-67 min</td><td>4 units</td></tr></table>
<h3>4) Webinar</h3><p>"Denials for 97140 with 97530 on the same day", Dec 12, 1pm ET.</p></body></html>""")

mail('clean', 'news', '',
     'Vestibular Research Digest <digest@vestibular-digest.org>',
     'boldenkamp@%s' % KP,
     'Research Digest #88: early vestibular rehab after neuritis; VR headsets for BPPV?',
     D(3, 1, 5, 0),
     """VESTIBULAR RESEARCH DIGEST #88

1. Early vs delayed vestibular rehabilitation after acute unilateral vestibular
   neuritis. Multicentre RCT, 312 adults randomised to start VR within 7 days or after
   4 weeks. At 12 weeks, Dizziness Handicap Inventory was 9 points lower in the early
   group (95% CI 4-14). Falls were rare in both arms (3 vs 5).

2. Self-administered Epley with a VR headset: a feasibility study in 40 patients with
   posterior canal BPPV. 29/40 (72%) resolved after home treatment vs 36/40 with
   clinician-performed manoeuvres.

3. Concussion and persistent postural-perceptual dizziness (PPPD): a cohort of 1,104
   adolescents found 11% met PPPD criteria at 3 months; anxiety at baseline predicted
   persistence (OR 2.6).

Editor's note: abstracts summarised by volunteer clinicians; read the full papers
before changing practice.
""")

# =====================================================================
# CLEAN -- staff (clinical talk, no identifiable patient)
# =====================================================================

mail('clean', 'staff', '',
     'Marcus Tibbetts <mtibbetts@%s>' % KP,
     'Millbrook Clinicians <millbrook-clin@%s>' % KP,
     'stiff TKA - ideas?',
     D(4, 17, 12, 31),
     """Hey all, looking for ideas.

Have a 70s female, 8 weeks out from a TKA, flexion stuck at 85 for two weeks now. Pain
is well controlled, she does her HEP, swelling is minimal. We've done stationary bike
rocking, heel slides, patellar mobs, contract-relax, low-load long-duration stretching
at home.

Surgeon's office mentioned MUA if she's not at 90 by 10 weeks. Anyone had luck with a
dynasplint or anything else in this window? Or is it time to just send her back?

thanks
Marcus Tibbetts, PTA
""")

mail('clean', 'staff', '',
     'Shannon McAuliffe <smcauliffe@%s>' % KP,
     ['Pediatric Scheduling <peds.scheduling@%s>' % KP, 'SLP Team <slp-team@%s>' % KP],
     'out sick today',
     D(2, 22, 6, 12),
     """Morning - I'm out sick today (fever, the whole thing). Please cancel my peds
caseload for today and offer make-ups next week, I have openings Mon 4:00 and Wed 3:15.

The two adult dysphagia patients at 1 and 2 can be seen by Priyanka if she has room,
otherwise reschedule. Everything is in the chart.

Sorry!! - S
""")

mail('clean', 'staff', '',
     'Keiko Ashworth <kashworth@%s>' % KP,
     'Hand Therapy Team <handteam@%s>' % KP,
     'flexor tendon protocol - proposal to switch to early active motion',
     D(5, 30, 15, 15),
     """Hi team,

As discussed at the last staff meeting, I'd like us to move from the modified Duran
(passive) protocol to an early active motion protocol for zone II flexor tendon
repairs, for surgeons who use a 4-strand or stronger repair.

Summary of the proposal:
  - Orthosis: wrist 0-20 ext, MPs 30-50 flexion, IPs straight (Manchester-style short
    splint)
  - Days 3-5: start place-and-hold and active flexion to 1/3 range, progress to
    full composite by week 4
  - Avoid resisted flexion until 8 weeks
  - Rupture risk in recent literature is similar (~4-5%) with better IP motion

I'll ask Dr. Nassar's group and the Northfield hand surgeons which repair they
typically use before we roll it out. Draft protocol is in the shared drive under
Hand > Protocols > DRAFT_flexor_EAM_v2.docx. Comments by 6/14 please.

Keiko
""")

mail('clean', 'staff', '',
     'Olga Sidorenko <osidorenko@%s>' % KP,
     ['Linden Aquatic Staff <linden-staff@%s>' % KP, 'Paul Varga <pvarga@%s>' % KP],
     'pool temp and our MS patients',
     D(1, 30, 14, 0),
     """Hi all,

We had a question at the staff meeting about water temperature for patients with MS.
Summary of what I found and what I'm proposing for policy:

- Many people with MS are heat sensitive (Uhthoff's phenomenon) - temporary worsening
  of weakness, fatigue or vision with raised core temperature.
- Our pool runs 92-94 F for the arthritis groups, which is too warm for most of them.
- Recommendation: schedule MS patients in the Tuesday/Thursday 7am slots, when we drop
  the pool to 86-88 F after the overnight cycle, keep sessions to 30 min, and check in
  with them about fatigue at 15 min.
- Cooling vests are available from the foundation loan closet if anyone needs one.

If you agree I'll add this to the aquatic policy manual (section 4.3).

Olga Sidorenko, PT, DPT, ATRIC
""")

mail('clean', 'staff', '',
     'Bryce Oldenkamp <boldenkamp@%s>' % KP,
     'All Clinicians <clinicians@%s>' % KP,
     'Lunch & learn Thursday - BPPV case',
     D(10, 14, 9, 44),
     """Hi everyone,

Thursday's lunch and learn (12:15, Millbrook conf room + Teams) will be a BPPV case
review.

Case: a man in his 60s, 3 weeks of brief spinning with rolling over in bed and looking
up. Dix-Hallpike on the right was positive with upbeating torsional nystagmus lasting
~20 sec. Treated with the Epley, cleared in 2 sessions, then came back with horizontal
canal symptoms after a week -- we'll walk through the roll test and the BBQ roll vs
Gufoni decision.

We'll also cover when NOT to treat and refer out (downbeat nystagmus without
positional trigger, new neuro signs, etc.).

Pizza provided. 1 CEU hour pending approval.

Bryce
""")

mail('clean', 'staff', '',
     'Imani Castellanos <icastellanos@%s>' % KP,
     ['Paul Varga <pvarga@%s>' % KP, 'Referrals <referrals@%s>' % KP],
     'Driver rehab - policy question re: seizure referrals',
     D(8, 20, 11, 3),
     """Paul,

We've had a few referrals lately for people with a seizure history asking for an on-road
evaluation. I'd like us to put something in the intake policy:

- Ohio generally requires a seizure-free period (6 months, physician statement) before
  driving. That's a licensing/medical decision, not ours.
- We should not do the on-road portion unless the referring physician documents that the
  person meets the seizure-free requirement. Clinical-only evaluations are fine.
- Front desk should ask the screening question at intake and route those referrals to me
  before scheduling.

No specific case prompted this -- it's just come up three times this summer and I'd
rather have a rule than decide each one on the phone. Happy to draft the language.

Imani Castellanos, OTR/L, CDRS
""")

mail('clean', 'staff', '',
     'Lucy Tran <ltran@%s>' % KP,
     ['Eastgate Clinicians <eastgate-clin@%s>' % KP],
     'AAC vendor visit 3/21 + device loan library',
     D(3, 7, 12, 50),
     """Hi Eastgate team,

Jordan from Talkwell AAC will be here Thursday 3/21 from 12-1:30 to show the new
tablet-based devices and the motor-planning vocabulary sets. Lunch is on them.

Also: we now have 4 loaner devices in the library (2 tablets, 2 button devices) for
trials before families apply for funding. Sign-out sheet is on the cabinet door; max
loan is 4 weeks. Please don't write any kid's name on the device itself -- use the
loaner # and put the details in the chart.

If you have questions for Jordan send them to me by Tuesday and I'll pass them on.

Lucy Tran, MOT, OTR/L
""")

# =====================================================================
# CLEAN -- training (obvious test / sample data)
# =====================================================================

mail('clean', 'training', '',
     'Shawna Pike <spike@%s>' % KP,
     'New Hires - March <newhires-mar@%s>' % KP,
     'TheraChart training env - practice patients for Friday',
     D(3, 20, 16, 10),
     """Hi new folks,

For Friday's TheraChart session, log into the TRAINING environment (tc-train, the orange
banner one), NOT production. Each of you has your own practice patient:

  TEST, PATIENTAA   DOB 01/01/1950   MRN ZZ00001   "R knee pain"
  TEST, PATIENTBB   DOB 01/01/1950   MRN ZZ00002   "L shoulder pain"
  TEST, PATIENTCC   DOB 01/01/1950   MRN ZZ00003   "dizziness"
  ZZTRAIN, PEDS     DOB 01/01/2015   MRN ZZ00010   "speech delay"

You'll schedule an eval, document it, add a plan of care, and send it for signature to
"DOCTOR, TRAINING". Don't worry about breaking anything, the environment resets nightly.

Shawna Pike
Clinical Applications Trainer
""")

mail('clean', 'training', '',
     'Evan Marchetti <emarchetti@slotwise.io>',
     'Tariq Benhamou <tbenhamou@%s>' % KP,
     'SlotWise demo recap + sandbox login',
     D(5, 16, 17, 2),
     """Hi Tariq,

Thanks for your time today. Recap of what we showed in the demo:

1. Recurring appointment series - we booked "John Doe" for PT 2x/week x 6 weeks in one
   step and showed the auto-warning when the series runs past his (fake) auth end date.
2. Waitlist auto-fill - "Jane Doe" got the text offer when the 10:15 cancelled.
3. Interpreter flag - shows a globe icon on the schedule.
4. Auth tracking - visits used/remaining per payer.

Your sandbox is at https://sandbox.slotwise.io/kestrel with the demo data preloaded
(all sample records - John Doe, Jane Doe, Baby Doe, etc.). Login: tbenhamou / temp
password sent separately.

Pricing for 6 locations and ~60 users is in the attached quote (valid 30 days).

Best,
Evan Marchetti
Account Executive, SlotWise
""",
     atts=[('SlotWise_Quote_Kestrel_Q-20240516.txt', 'text', 'plain',
            "SlotWise quote Q-20240516\nCustomer: Kestrel Point Rehabilitation\n6 locations, 60 named users\n"
            "Annual subscription: $28,800\nImplementation (one-time): $6,500\nValid through 06/15/2024\n")])

mail('clean', 'training', '',
     'Compliance Office <compliance@%s>' % KP,
     'All Staff <allstaff@%s>' % KP,
     'Annual HIPAA refresher - quiz scenarios (practice)',
     D(7, 15, 9, 0),
     """Practice scenarios for this year's HIPAA refresher. All names are made up.

Scenario 1
A woman calls the front desk saying she's Jane Sample's sister and asks what time Jane's
therapy is tomorrow. Jane Sample's chart has no authorization for family members. What
do you say?

Scenario 2
You are at a restaurant and see a patient, "Mr. Example," from your caseload. He waves
and asks loudly how his knee is doing compared to the other guys you treat. What can
you say?

Scenario 3
A case manager from a workers' comp insurer emails asking for "everything you have" on a
claimant. What is the minimum necessary and who should respond?

Scenario 4
You need to send a list of patients to an equipment vendor. What's the approved way?
(Hint: not your personal Gmail.)

Answers will be reviewed in the live session on 7/23.

Compliance Office
""")

mail('clean', 'training', '',
     'Sam Okeke <sokeke@%s>' % KP,
     'Hollis Treadway <htreadway@%s>' % KP,
     'test msgs for the new ADT route (ZZ patients only)',
     D(8, 1, 15, 36),
     r"""Hollis,

Pushing these test messages to the TEST channel of the new ADT route this afternoon.
All synthetic - ZZTEST patients, 555 numbers, fake MRNs in the 999 range. Shout if you
see anything land in PROD.

MSH|^~\&|KPREG|MILLBROOK|THERACHART|KPR|20240801153000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20240801153000
PID|1||999000001^^^KPR^MR||ZZTEST^ALPHA^A||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||(555)555-5555
PV1|1|O|MB^PT^01||||0000000000^TESTDOC^TRAINING^^^MD

MSH|^~\&|KPREG|MILLBROOK|THERACHART|KPR|20240801153005||ADT^A08|TEST0002|T|2.5.1
EVN|A08|20240801153005
PID|1||999000002^^^KPR^MR||ZZTEST^BRAVO^B||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||(555)555-5555
PV1|1|O|EG^OT^02||||0000000000^TESTDOC^TRAINING^^^MD

Processing ID is T on both so the engine should route them to the test queue.

Sam
""")

mail('clean', 'training', '',
     'Dolores Fenwick <dfenwick@%s>' % KP,
     'Front Desk Leads <frontdesk-leads@%s>' % KP,
     'Auth workflow training - worked example',
     D(2, 9, 14, 45),
     """Hi leads,

Here is the worked example for Tuesday's authorization training. It uses a fictional
patient; please use this one rather than pulling up a real chart on the projector.

  Patient:     SAMPLE, SALLY (fictional)
  DOB:         01/01/1980
  Member ID:   TEST000000000
  Payer:       "Demo Health Plan"
  Order:       PT eval & treat, low back pain, 2x/wk x 6 wks

Steps:
  1. Verify eligibility (we'll use the portal's demo mode)
  2. Check if prior auth is required for the payer + CPT codes
  3. Submit the request with the eval and POC
  4. Record the auth #, visits and dates in the auth tab
  5. Set the 5-business-day expiry reminder

Handout attached to the calendar invite.

Dolores
""")

mail('clean', 'training', '',
     'Renata Solberg <rsolberg@%s>' % KP,
     'DPT Students <students@%s>' % KP,
     'Documentation in-service: sample SOAP note',
     D(9, 23, 7, 55),
     """Students,

For Wednesday, read the example note below and mark up what's missing for medical
necessity. It's a made-up patient (Test Patient, DOB 01/01/1900) - don't look for them
in TheraChart.

--- SAMPLE NOTE ---
Patient: Test Patient   DOB: 01/01/1900   MRN: SAMPLE-0000
S: Pt reports knee "feels better." Went up stairs at home.
O: Ther ex 25 min: quad sets, SLR, mini squats. Knee flexion 100.
A: Tolerated well.
P: Continue POC.
--- END ---

Hint: think about functional goals, objective change since last visit, skilled
intervention, and why a PTA/PT is required vs a home program.

Renata Solberg, PT, DPT, OCS
Director of Clinical Education
""")

# =====================================================================
# labels
# =====================================================================

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', len(ROWS))
