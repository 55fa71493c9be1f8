#!/usr/bin/env python3
"""Blind evaluation mail set: occupational health / employee health service.
Standard library only. Deterministic. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, random, zipfile
from email.message import EmailMessage
from email import policy

SEED = 5902
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, frm, to, subject, date, body, patient='', cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subject=subject, date=date,
                     body=body, patient=patient, cc=cc, html=html, atts=list(atts),
                     cte=cte, headers=headers or {}))


def fixed_zip(files):
    """files: list of (name, text). Deterministic zip bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 16, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8'))
    return buf.getvalue()


def xml_esc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def make_xlsx(rows, sheet='Sheet1'):
    """Minimal valid xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows)),
    ]
    return fixed_zip(files)


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


HR_DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

CL_DISC = """
--
Castellan Logistics | This message and any attachments are intended only for the named
recipient. If you received it in error please notify the sender and delete it."""

# =====================================================================================
# PHI - care
# =====================================================================================

add('phi', 'care',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Paul Okafor MD <pokafor@harborridgehealth.org>',
    'needlestick last night 4 West - Whitfield',
    'Tue, 04 Mar 2025 07:12:40 -0500',
    """Paul,

Heads up for this morning. Dana Whitfield (RN, 4 West nights) had a hollow-bore stick
around 0230 while recapping -- no, she says she wasn't recapping, the safety on the
butterfly didn't engage. Went through her glove into the left index finger, bled freely,
she washed it right away.

ED saw her at 0315. Baseline HIV/HBV/HCV drawn on her, her HBsAb from hire was 212 so
no HBIG. Rapid HIV on the source came back negative but source has a hx of IVDU and the
HCV RNA is pending, so ED started her on the 28-day PEP pack (Truvada + raltegravir)
pending our call. She took the first dose at 0400.

I have her coming in at 1:30 today. Can you see her? I want to decide whether to keep
her on PEP once source HCV/HIV ag-ab is final. She's pretty shaken up, mentioned she's
trying to get pregnant so please talk through that with her too.

I'll do the sharps log entry and the OSHA 300 review.

Denise

Denise Albrecht, RN, COHN-S
Nurse Manager, Employee Health & Occupational Medicine
Harbor Ridge Health | 410 Quarry Street, Suite 120
p 555-0142 x3318  f 555-0142 x3390
""" + HR_DISC,
    patient='Whitfield')

add('phi', 'care',
    'Alicia Grunewald <agrunewald@orionclaims.com>',
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'FW: Claim update - Oyelaran, Marcus',
    'Wed, 12 Mar 2025 15:48:03 -0400',
    """Greg - see below from the clinic. MRI finally happened. Recommending we authorize
the 8 additional PT visits, I don't see a surgical referral coming out of this.

Alicia Grunewald, RN, CCM
Field Case Manager | Orion Claims Services
c 555-0177

-----Original Message-----
From: Hannah Lutz NP <hlutz@harborridgehealth.org>
Sent: Wednesday, March 12, 2025 2:31 PM
To: Alicia Grunewald <agrunewald@orionclaims.com>
Subject: RE: Claim update - Oyelaran, Marcus

Hi Alicia,

Saw Marcus today for his 4 week recheck. Lumbar MRI (3/7) shows a small L4-5 disc bulge
without nerve root compression, no fracture. He's had 6 PT sessions, pain down from 7/10
to 4/10, still gets spasm bending to pick up totes. Stopped the cyclobenzaprine because
it was making him too drowsy to drive in, continuing naproxen 500 bid.

Plan:
- PT 2x/wk x 4 more weeks, add work conditioning
- Modified duty: no lifting over 20 lb, no repetitive bending, may sit/stand as needed
- Recheck 4/9

He's frustrated about being off the dock but understands. Updated work status form
going to Tonya Marsh in HR this afternoon.

Hannah Lutz, MSN, FNP-C
Occupational Medicine | Harbor Ridge Health
""",
    patient='Oyelaran')

add('phi', 'care',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'RTW - Szabo',
    'Fri, 14 Mar 2025 11:05:51 -0400',
    """Tonya,

Kevin Szabo is cleared to return to full duty without restrictions on Monday 3/17.
He's 10 weeks out from the right knee arthroscopy (partial medial meniscectomy), finished
PT last week, full ROM, passed the functional capacity screen this morning including
ladder climbs and the 50 lb floor-to-waist lift.

If he has any swelling after his first couple of shifts back on the reach truck have
him call us, I'd rather see him early.

Signed work status form attached to his file in the portal.

Paul Okafor, MD, MPH
Medical Director, Occupational Medicine
Harbor Ridge Health
""",
    patient='Szabo')

add('phi', 'care',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Re: positive QFT on new hire pharmacy',
    'Mon, 17 Mar 2025 16:20:12 -0400',
    """CXR is back on Priya Raghunathan, read as clear, no hilar adenopathy, no cavitation.
so this is LTBI. I talked with her on the phone, she had BCG as a child in Chennai and
was surprised, she's never been told she had a positive test before.

I offered 4 months of rifampin, she's agreed, rx sent to the outpatient pharmacy.
Baseline LFTs drawn today. She's ok to start her orientation on the 24th, no
restriction needed since she's not infectious. I'll see her monthly for symptom check.

Can you make sure her QFT and CXR get scanned into the EH chart not the HR file.

-H

On Mon, Mar 17, 2025 at 9:02 AM Denise Albrecht <dalbrecht@harborridgehealth.org> wrote:
> Hannah, the pharmacy tech hire from last week had a positive quantiferon (TB1-TB2 both
> over cutoff). She's asking if she can still start. Can you call her today? CXR ordered.
""",
    patient='Raghunathan')

add('phi', 'care',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Ray Jessup <rjessup@castellanlogistics.com>',
    'DOT card for Luis Carrasco',
    'Thu, 06 Mar 2025 10:44:27 -0500',
    """Hi Ray,

Just so dispatch knows, Luis Carrasco only got a 3 month medical card today instead of
the 2 year. His BP was 162/98 and 158/96 on recheck. Dr. Okafor certified him for 3
months under the stage 2 hypertension rule, he needs to come back by June 5 with it
under 140/90 or he can't renew.

He told us he ran out of his lisinopril a few weeks ago -- we told him to get in with
his PCP asap. Card expires 06/06/2025.

thanks
Carla

Carla Benedetti, CMA
Occupational Health Clinic
Harbor Ridge Health
""",
    patient='Carrasco')

add('phi', 'care',
    'Joel Whitacre <jwhitacre@harborridgehealth.org>',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'fit test - Wilk failed x2',
    'Tue, 11 Feb 2025 13:37:58 -0500',
    """Tomasz Wilk from Environmental Services failed the qual fit test on the 3M 1870+ and
the Halyard small both. Bitrex detected on the talking exercise each time. He has a
short beard he keeps for religious reasons so not shaving.

Also -- on his respirator questionnaire he checked yes for wheezing and for using an
inhaler, and when I asked he said he uses albuterol maybe twice a week in the winter.
I didn't want to just send him to PAPR training without somebody looking at that.
Can an NP review before we clear him for PAPR? I put him on the schedule for spirometry
Thursday 0800.

Joel Whitacre, RRT
Respiratory Protection Program
""",
    patient='Wilk')

add('phi', 'care',
    'Clearwater MRO Services <results@clearwatermro.com>',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'Verified Result - CONFIDENTIAL',
    'Wed, 19 Feb 2025 09:02:15 -0600',
    """CONFIDENTIAL - MEDICAL REVIEW OFFICER VERIFIED RESULT

Employer: Castellan Logistics - Millbrook DC
Donor: BATTLE, ANDRE
Reason for test: Random (DOT/FMCSA)
Collection date: 02/14/2025
Verified result: POSITIVE - Amphetamine, Methamphetamine
Date verified: 02/19/2025

The donor was interviewed by the MRO on 02/18/2025 and was not able to provide a
legitimate medical explanation for the result. The donor has been informed of the right
to request a split specimen test within 72 hours.

Per 49 CFR Part 40 the employee must be removed from safety-sensitive functions
immediately and referred to a Substance Abuse Professional.

Simone Achterberg, DO, MRO
Clearwater MRO Services
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>CONFIDENTIAL - MEDICAL REVIEW OFFICER VERIFIED RESULT</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Employer</td><td>Castellan Logistics - Millbrook DC</td></tr>
<tr><td>Donor</td><td>BATTLE, ANDRE</td></tr>
<tr><td>Reason for test</td><td>Random (DOT/FMCSA)</td></tr>
<tr><td>Collection date</td><td>02/14/2025</td></tr>
<tr><td>Verified result</td><td><b>POSITIVE - Amphetamine, Methamphetamine</b></td></tr>
<tr><td>Date verified</td><td>02/19/2025</td></tr>
</table>
<p>The donor was interviewed by the MRO on 02/18/2025 and was not able to provide a legitimate
medical explanation for the result. The donor has been informed of the right to request a split
specimen test within 72 hours.</p>
<p>Per 49 CFR Part 40 the employee must be removed from safety-sensitive functions immediately and
referred to a Substance Abuse Professional.</p>
<p>Simone Achterberg, DO, MRO<br>Clearwater MRO Services</p>
</body></html>""",
    patient='Battle')

add('phi', 'care',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Shauna McAllister <smcallister@harborridgehealth.org>',
    'your hep B titer',
    'Mon, 24 Feb 2025 08:15:00 -0500',
    """Hi Shauna - your surface antibody came back nonreactive again (<5) even after the
second 3-dose series, so you're what we call a nonresponder. Not a big deal day to day,
but if you ever get a needlestick you'd need HBIG. We also need to draw one more test
(surface antigen) just to rule out that you have hep B. Can you stop by this week?
No appt needed, 7-3.

Denise
""",
    patient='McAllister')
# =====================================================================================
# PHI - names
# =====================================================================================

add('phi', 'names',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Nguyễn Thị Hoa - wrist recheck Thurs',
    'Mon, 10 Mar 2025 17:03:44 -0400',
    """can you get her in first thing thurs, needs repeat xray before I see her. if the
scaphoid line looks healed we'll take her out of the thumb spica and start the hand
therapy referral. interpreter (Vietnamese) already requested for 8:15.

thx
H
""",
    patient='Nguyễn Thị Hoa')

add('phi', 'names',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'Nursing Recruitment <nurserecruit@harborridgehealth.org>',
    'Pre-placement hold: Okonkwo-Bello, Chiamaka',
    'Thu, 20 Feb 2025 14:11:09 -0500',
    """Hello,

Okonkwo-Bello, Chiamaka (new grad RN, NICU, start date 3/10) is NOT cleared yet.

Her varicella IgG came back equivocal and she doesn't have documentation of 2 doses.
She'll need the 2-dose Varivax series, 4 weeks apart. First dose given today. She can
start orientation classroom days but no direct patient contact in NICU until the second
dose on 3/20.

Everything else is complete (QFT neg, MMR immune, Tdap 2023, fit test passed N95 M).

Thank you,
Employee Health Office
Harbor Ridge Health
""",
    patient='Okonkwo-Bello')

add('phi', 'names',
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    "RE: Mrs van der Berg's shoulder",
    'Tue, 25 Feb 2025 10:29:31 -0500',
    """Hi Hannah,

Thanks for the call yesterday. To confirm what I heard: the ortho wants to do the
rotator cuff repair and you agree it's related to the fall in the cold storage aisle
on 1/8. I'm going to need the ortho consult note and the MRI report before I can
authorize surgery, our nurse reviewer will look at it within 5 business days once I have
it.

Also can you let me know if Mrs. van der Berg is still on the sedentary restrictions
(no use of the right arm) -- Castellan says they have a desk job for her in inbound
scheduling if so.

Greg Pfeiffer
Senior Claims Adjuster, Workers' Compensation
Keystone Mutual Casualty Co.
555-0163 ext 4471

-----Original Message-----
From: Hannah Lutz <hlutz@harborridgehealth.org>
Sent: Monday, February 24, 2025 4:55 PM
To: Greg Pfeiffer <gpfeiffer@keystonemutual.com>
Subject: Mrs van der Berg's shoulder

Greg, left you a vm. Need to talk about Ingrid's surgery auth when you have 10 min.
""",
    patient='van der Berg')

add('phi', 'names',
    'Mike Dombrowski <mdombrowski@castellanlogistics.com>',
    'occhealth <occhealth@harborridgehealth.org>',
    'question about one of my guys',
    'Sat, 15 Mar 2025 06:51:22 -0400',
    """hey its Mike, 2nd shift supervisor at Millbrook dock.

Jamal on my crew cut his hand on the banding strap yesterday around 9pm, went to urgent
care and got 4 stitches in his palm. they gave him a note saying light duty but it
doesn't say anything about the forklift. can he drive with the hand wrapped or do i
need to keep him on the scanner? he wants to work his shift tonight.

also do i need to send him to you guys for the post accident drug test or did urgent care
do that

Mike D
Castellan Logistics
Sent from my iPhone
""",
    patient='Jamal')

add('phi', 'names',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Ray Jessup <rjessup@castellanlogistics.com>',
    'post-accident testing done - Mr. Al-Rashidi',
    'Fri, 07 Mar 2025 19:40:10 -0500',
    """Ray,

Mr. Al-Rashidi came in at 5:10 for the post-accident test after the yard tractor
collision. Breath alcohol 0.000 at 5:22. Urine collected 5:31, sent to Tri-Meridian,
CCF in the usual place.

FYI he was complaining of neck pain and a headache so Dr. Okafor examined him while he
was here. No red flags, likely neck strain, gave him ibuprofen and told him to ice.
He should NOT drive the yard truck tonight, he's on off-duty until his recheck Monday
8am. Workers comp first report of injury will come from us.

Carla
""",
    patient='Al-Rashidi')

add('phi', 'names',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'accommodation request - Venkataraman',
    'Wed, 26 Feb 2025 12:16:48 -0500',
    """Hi Denise,

Lakshmi Venkataraman in our returns department gave me a note from her OB saying no
lifting over 25 lb and no ladder use for the rest of her pregnancy (she's due in July).
She asked us to keep it quiet from the team for now.

Before I send her the accommodation paperwork, does your office need to see the note or
do an exam? Last time with the pick-module person Paul wanted to review.

Thanks!
Tonya

Tonya Marsh, SHRM-CP
HR Business Partner, Northeast Region
Castellan Logistics
""" + CL_DISC,
    patient='Venkataraman')

add('phi', 'names',
    'Marisol Tejeda <mtejeda@harborridgehealth.org>',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'reaction to gloves - Dvořáková, Zdeňka (5 South)',
    'Thu, 16 Jan 2025 22:58:03 -0500',
    """Sending her down to you tomorrow morning. Zdeňka got hives on both forearms about
an hour into her shift after using the new latex exam gloves from the cart (we were out
of nitrile). No trouble breathing, no lip swelling. I gave her the cetirizine she had
in her bag, it's calming down. She says her sister has a latex allergy.

Can you evaluate and document for her file? and please somebody tell supply chain to
stop sending latex to 5S.

Marisol Tejeda, BSN, RN
Charge Nurse 5 South
""",
    patient='Dvořáková')

add('phi', 'names',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    're: de la Cruz 6 wk labs',
    'Tue, 01 Apr 2025 08:03:37 -0400',
    """Mr. de la Cruz Ortega's 6 week post-exposure labs are all negative (HIV Ag/Ab,
HCV Ab). he finished the PEP course without issues other than nausea week 1.
3 month draw is due around 5/22 -- can you put a reminder in? He prefers Spanish for
phone calls.

P.
""",
    patient='de la Cruz Ortega')
# =====================================================================================
# PHI - self
# =====================================================================================

add('phi', 'self',
    'Bri Kowalczyk <bri.kowalczyk96@gmail.com>',
    'employeehealth@harborridgehealth.org',
    'new hire - hep b records??',
    'Sun, 23 Mar 2025 21:14:55 -0400',
    """Hi,

My name is Brianna Kowalczyk, I'm starting as a pharmacy tech on April 7 and got the
email about bringing my immunization records to my pre-placement appt on Wednesday.

I definitely had the hep B series in nursing school (2015-ish) but the school closed
and I can't get the records. My DOB is 06/12/1996 if you need to look me up. Is it OK
if I just get a titer instead of doing all 3 shots over again? I also get really
lightheaded with blood draws so if someone could let me lie down that would be great lol

Thanks so much,
Bri
""",
    patient='Kowalczyk')

add('phi', 'self',
    'Darnell Fitch <dfitch1984@yahoo.com>',
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'my claim',
    'Thu, 27 Feb 2025 23:41:02 -0500',
    """mr pfeiffer

this is darnell fitch, claim WC-24-118832. I have left you 3 voicemails. my back is
still killing me, the PT lady said I need the injections the pain doc talked about but
nobody will approve it. I cant sit for more than 20 min and im not sleeping. the
gabapentin makes me dizzy and I stopped it.

I havent gotten a check in 2 weeks either. I have rent due.

please call me back 555-0119

Darnell
""",
    patient='Fitch')

add('phi', 'self',
    'Jennifer Hensley <jhensley.home@outlook.com>',
    'occhealth@harborridgehealth.org',
    'My son burned his arm at work',
    'Sat, 21 Jun 2025 10:02:18 -0400',
    """Hello,

I am writing about my son Tyler Hensley, he is 17 and works in the cafeteria at the
main hospital as a summer dietary aide. Thursday evening he burned the inside of his
right forearm on the fryer basket. Someone there put burn gel on it and wrapped it but
nobody told him to go anywhere. It blistered overnight, about the size of a playing
card, and he was in a lot of pain so I took him to Westbrook Urgent Care yesterday and
they said second degree, gave him silver cream and said to follow up in 2 days.

Is he supposed to be seen by your clinic since it happened at work? Who pays for the
urgent care visit? And he is supposed to work Monday, I don't think he can with the
dressing.

Also, is a 17 year old even allowed to work the fryer??

Jennifer Hensley
(mom)
""",
    patient='Hensley')

add('phi', 'self',
    'Renata Silveira <renata.silveira@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'RE: return to work paperwork',
    'Fri, 28 Mar 2025 07:49:26 -0400',
    """Hi Hannah,

Saw Dr. Patel yesterday for my 6 week post-op. He says the incision is healed and the
hernia repair looks good, I'm cleared to lift up to 30 lb now and full duty in 2 more
weeks. I scanned his note, attaching it. Can I go back to the OR on Monday with the 30 lb
limit? I know we usually turn patients with the lift team anyway.

Thanks,
Renata

Renata Silveira, BSN, RN, CNOR
Perioperative Services
""",
    atts=[('text/plain', 'DrPatel_note_0327.txt',
"""WESTBROOK GENERAL SURGERY ASSOCIATES
Return to Work / Activity Note

Patient: Renata Silveira
Date of visit: 03/27/2025
Procedure: Laparoscopic ventral hernia repair with mesh, 02/13/2025

Ms. Silveira may return to work 03/31/2025 with lifting limit of 30 lb.
Full duty without restriction beginning 04/14/2025.

________________________
R. Patel, MD FACS
""")],
    patient='Silveira')

add('phi', 'self',
    'Gwen Ashby-Taylor <gashbytaylor@castellanlogistics.com>',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'leave - private please',
    'Mon, 03 Feb 2025 08:30:44 -0500',
    """Tonya,

I'm not sure who the right person is so I'm sending this to you and I'd appreciate if
it doesn't go to my manager yet.

I've been on sertraline since last summer for depression and it was working but the
last month has been really bad. My doctor increased my dose last week and wants me off
work for 2 weeks starting Wednesday while I start an intensive outpatient program at
Lakeside (mornings, 3 days a week). She said she'll fill out the FMLA form.

What do I need to do? Do I need to go to the occupational health clinic before I come
back?

Thank you
Gwen Ashby-Taylor
Inventory Control, Millbrook DC
""",
    patient='Ashby-Taylor')

add('phi', 'self',
    'Raymond Tuiasosopo <ray.tuiasosopo@icloud.com>',
    'DOT Exams <dotexams@harborridgehealth.org>',
    'CPAP report for my med card renewal',
    'Tue, 08 Apr 2025 14:27:13 -0700',
    """Hello,

I have my DOT physical renewal on 4/15 (Raymond Tuiasosopo, Castellan, linehaul). Last
year I got a 1 year card because of the sleep apnea. Attached is my CPAP compliance
download from the last 90 days like you asked. I use it every night even in the sleeper.
my sleep doctor switched me to a new mask in January so the first week is a little low.

Ray T
""",
    atts=[('text/plain', 'CPAP_compliance_90day.txt',
"""ResMed AirSense 11 AutoSet - Compliance Report
Patient: TUIASOSOPO, RAYMOND   DOB: 09/02/1971
Report period: 01/07/2025 - 04/06/2025 (90 days)
Usage days: 86/90 (96%)
Days >= 4 hours: 83 (92%)
Average usage (all days): 6 hr 51 min
Median pressure: 10.8 cmH2O   95th pct: 13.2 cmH2O
AHI: 2.1 events/hr
Leak 95th pct: 18.4 L/min
Prescribing physician: Lina Haddad, MD - Coastal Sleep Center
""")],
    patient='Tuiasosopo')

add('phi', 'self',
    'maria quispe <mariaestela.q@gmail.com>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'results?',
    'Wed, 16 Apr 2025 12:09:51 -0400',
    """Hi Denise its Maria Estela Quispe from Housekeeping (born 2/9/91). I got my 3 month
blood work for the needle stick on Monday and nobody called me yet. Its been 2 days and
I am really worried, the lady said they would call in 24 hours. My husband is asking me
too. Please can you tell me if its ok

Maria
""",
    patient='Quispe')
# =====================================================================================
# PHI - ids
# =====================================================================================

add('phi', 'ids',
    'Tri-Meridian Toxicology Client Services <clientservices@trimeridianlab.com>',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Specimen 4471093218 - recollection required',
    'Thu, 13 Feb 2025 11:26:07 -0600',
    """Account: HRH-OCC-0215 (Harbor Ridge Occupational Health)
Specimen ID: 4471093218
Donor ID: XXX-XX-6621
Donor DOB: 19790822
Collected: 02/11/2025 14:05
Reason: Pre-employment, non-DOT

Result: NEGATIVE-DILUTE (creatinine 14.2 mg/dL, SG 1.0021)

Per client policy on file, a negative-dilute result requires an immediate recollection.
Please contact the donor and schedule a recollection under direct observation if the
creatinine is 2-5 mg/dL (not applicable here -- standard recollection).

Tri-Meridian Toxicology | 1-800-555-0188 | Reply to this email with specimen ID in subject
""",
    patient='')

add('phi', 'ids',
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'Medical Records <medrecords@harborridgehealth.org>',
    'Records request - Claim 0417-WC-2291563',
    'Mon, 03 Mar 2025 09:55:40 -0500',
    """Good morning,

Please send office notes, x-ray reports and work status slips for the following claimant
to the fax or email below. Signed authorization is not required for WC per state statute;
copy of the First Report of Injury attached previously.

Claimant: Ahmed Farouk
DOB: 4 Mar 1988
Address: 1142 Tillman Ave Apt 3B, Millbrook
Employer: Castellan Logistics
Date of injury: 02/19/2025
Claim #: 0417-WC-2291563
Dates of service: 02/19/2025, 02/26/2025, 03/05/2025 (L distal radius fracture, cast)

Thank you,

Greg Pfeiffer
Keystone Mutual Casualty Co. | WC Claims
fax 555-0164
""",
    patient='Farouk')

add('phi', 'ids',
    'Front Desk EH <ehfrontdesk@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'callback',
    'Tue, 18 Mar 2025 13:02:19 -0400',
    """pls call her back at (414) 555-0193 -- the lady from the loading dock with the bee
sting reaction last Friday, MRN 00731846. says her arm is still swollen up to the elbow
and itchy, wants to know if she should keep taking the prednisone or stop, she has 2 days
left. she's at home today

--front desk
""",
    patient='')

add('phi', 'ids',
    'Patient Accounts <patientaccounts@harborridgehealth.org>',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'acct 5530021877 - billed to wrong payer?',
    'Wed, 05 Mar 2025 15:31:08 -0500',
    """Hi Tonya,

We received a denial from the employee's group health plan on account 5530021877 for the
ED visit on 03/02/2025 (laceration repair, L thumb, tetanus booster). Plan says it is
work related and should go to WC. Our intake shows:

  Sergio Bautista
  DOB 11/30/1975
  22 Larch Ct, Millbrook
  Aetna member # W2219340561, group 0088471

Can you confirm the injury happened at work and give me the WC carrier/claim number so we
can rebill? Otherwise this will go to the employee's statement next cycle.

Regards,
Leticia Brandt
Patient Financial Services, Harbor Ridge Health
555-0142 x2261
""",
    patient='Bautista')

add('phi', 'ids',
    'Joel Whitacre <jwhitacre@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'resp clearance needs review',
    'Fri, 21 Feb 2025 10:10:10 -0500',
    """Hannah -- questionnaire needs provider review before fit test:

Chart 88-20417   DOB 12 Jan 1969   Dept: Sterile Processing
Q9 (heart failure): YES
Q10 (swelling in legs): YES
Q14 meds: furosemide 40, carvedilol, "water pill"
says cardiologist at St. Brendan's follows her, last echo last fall

She's scheduled for the N95 fit Tues. I told her to hold off.
J
""",
    patient='')

add('phi', 'ids',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'FW: address update for titer letter',
    'Thu, 27 Mar 2025 09:48:33 -0400',
    """Denise, she called, wants the rubella/measles titer letter mailed since her portal
is locked out. Updated her address in the chart:

Halima Yusuf
77 Orchard Hill Rd, Unit 12
Westbrook, CT 06498
cell 860-555-0147
DOB 7/19/1993

Her measles IgG was negative, so the letter needs the MMR booster paragraph, she's
coming for the shot 4/2.
""",
    patient='Yusuf')

add('phi', 'ids',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Infection Prevention <ip@harborridgehealth.org>',
    'BBP exposure 3/14 - closed',
    'Wed, 19 Mar 2025 16:44:58 -0400',
    """FYI closing this one out.

Badge 30217 / EH MRN H-0092231 (T. Lindqvist, surgical tech, OR 6)
Exposure 3/14 ~1120, splash to conjunctiva during ortho case.
Source pt: HIV neg, HBsAg neg, HCV Ab neg (all resulted 3/14 1900).
Employee HBsAb immune on file. No PEP given. Baseline labs drawn and held.
No further follow up needed per protocol.

Denise
""",
    patient='Lindqvist')

add('phi', 'ids',
    'Orion Claims Intake <intake@orionclaims.com>',
    'occhealth@harborridgehealth.org',
    'New referral #OR-558120',
    'Mon, 10 Feb 2025 08:03:00 -0500',
    """Orion Claims Services - New Medical Referral

Referral #: OR-558120
Employer: Castellan Logistics (client 2207)
Injured worker: Phuong, Kim-Ly
Emp ID: C-0041187
DOB: 3.4.88
Phone: 555-0136 (home) / 555-0152 (cell)
Date of injury: 02/07/2025
Mechanism: struck right foot with pallet jack wheel
Body part: R foot, great toe
Initial treatment: ED at St. Brendan's 2/7, x-ray neg per worker

Please schedule initial occ med evaluation within 48 hrs and fax work status to
555-0178. Authorization #A-77214 covers initial visit and x-ray.
""",
    patient='Phuong')
# =====================================================================================
# PHI - lists
# =====================================================================================

add('phi', 'lists',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'OccMed Providers <occmed-providers@harborridgehealth.org>',
    'tomorrow 3/19 clinic schedule',
    'Tue, 18 Mar 2025 16:55:12 -0400',
    "Here's tomorrow. Two DOTs came in late, I double booked 9:00.\n\n"
    "Time\tName\tEmp ID\tCompany/Dept\tVisit\n"
    "07:30\tHolloway, Brent\tC-0039914\tCastellan linehaul\tDOT recert (insulin - ITDM form)\n"
    "08:00\tAbubakar, Zainab\t114207\tHRH 6 North\tPre-placement + QFT + titers\n"
    "08:30\tCarrasco, Luis\tC-0028871\tCastellan\tBP recheck\n"
    "09:00\tMarchetti, Gianna\t113988\tHRH Lab\tNeedlestick 6wk labs\n"
    "09:00\tSokolov, Dmitri\tC-0044012\tCastellan yard\tDOT new\n"
    "09:30\tPhuong, Kim-Ly\tC-0041187\tCastellan\tWC recheck R great toe\n"
    "10:00\tBrennan-Oduya, Kimberly\t112761\tHRH Dock\tF/u bee sting reaction\n"
    "10:30\tO'Sullivan, Declan\tC-0039001\tCastellan\tRTW eval - L ankle ORIF\n"
    "13:00\tFIT TEST BLOCK (Joel)\n\n"
    "Dr. Okafor has the 7:30 and 9:00 DOTs. Hannah the rest.\n\nCarla\n",
    patient='Holloway')

add('phi', 'lists',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'EH Team <ehteam@harborridgehealth.org>',
    'huddle notes 3/12',
    'Wed, 12 Mar 2025 08:40:02 -0400',
    """Huddle 3/12 - open items

Exposures
 * Whitfield (4W) - d8 PEP, tolerating, source HCV RNA NEG -> Paul to decide on stopping
 * de la Cruz Ortega (EVS) - 6wk labs due 4/1
 * Marchetti (Lab) - 6wk due 3/19, on sched

WC / injuries
 * Oyelaran (Castellan) - lumbar, MRI done, PT + mod duty, next 4/9
 * van der Berg (Castellan) - R RC tear, surg auth pending w/ Keystone
 * Farouk (Castellan) - L wrist fx in cast, ortho 3/20
 * Jamal Reyes (Castellan dock) - palm lac, sutures out 3/24, ok forklift w/ glove

TB / titers
 * Raghunathan - LTBI, rifampin started, monthly LFTs
 * McAllister - HBV nonresponder, HBsAg pending

Reminder: Joint Commission tracer next week, make sure exposure logs are signed.
""",
    patient='Whitfield')

add('phi', 'lists',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'Nurse Managers <nursemanagers@harborridgehealth.org>',
    'OVERDUE annual TB screening - action needed by 3/31',
    'Mon, 17 Mar 2025 07:00:00 -0400',
    """Managers,

The staff below are overdue for annual TB symptom screening / testing and will be
removed from the schedule on 4/1 if not completed. Two have results that need follow up
with us (see notes) -- please have them call EH directly, don't discuss in huddle.

| Employee             | Unit  | Last screen | Status / note                         |
|----------------------|-------|-------------|---------------------------------------|
| Abernathy, Colleen   | 3E    | 02/2024     | overdue                               |
| Ferreira, Joao       | ICU   | 01/2024     | overdue                               |
| Hassan, Omar         | ED    | 03/2024     | QFT indeterminate 3/4 - needs redraw  |
| Mbeki, Thandiwe      | L&D   | 02/2024     | overdue                               |
| Pham, Duc Anh        | 5S    | 12/2023     | prior +QFT, needs symptom review/CXR? |
| Rosenqvist, Ebba     | OR    | 02/2024     | overdue                               |

Thank you,
Employee Health
""",
    patient='Hassan')

add('phi', 'lists',
    'Tri-Meridian Toxicology <reports@trimeridianlab.com>',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Daily Results Batch 2025-03-06 HRH-OCC-0215',
    'Thu, 06 Mar 2025 18:00:00 -0600',
    """TRI-MERIDIAN TOXICOLOGY - DAILY RESULTS  Acct HRH-OCC-0215   Run 2025-03-06

SPECIMEN    DONOR NAME              DONOR ID    COLLECTED   PANEL     RESULT
----------  ----------------------  ----------  ----------  --------  ----------------------
4471095502  GALLAGHER, SEAN P       C-0044390   03/04/2025  DOT-5     NEGATIVE
4471095517  ADEYEMI-JOHNSON, TOLU   117302      03/04/2025  10P       NEGATIVE
4471095531  SOKOLOV, DMITRI         C-0044012   03/05/2025  DOT-5     NEGATIVE
4471095546  RUIZ VALDEZ, ANA M      C-0044451   03/05/2025  10P       NON-NEG -> MRO (THC)
4471095550  KRISHNAMURTHY, ARJUN    117355      03/05/2025  10P+FEN   NEGATIVE
4471095568  BOUCHARD, LUC           C-0038877   03/05/2025  DOT-5     CANCELLED - FATAL FLAW

Non-negative results have been forwarded to Clearwater MRO Services.
""",
    patient='Ruiz Valdez')

_wc_rows = [
    ['Claimant', 'Claim #', 'DOI', 'Body part / dx', 'Current status', 'Restrictions', 'Next appt'],
    ['Oyelaran, Marcus', '0417-WC-2287740', '01/28/2025', 'Lumbar strain, L4-5 bulge', 'Mod duty', 'No lift >20 lb, no repetitive bending', '04/09/2025'],
    ['van der Berg, Ingrid', '0417-WC-2279015', '01/08/2025', 'R rotator cuff tear', 'Sedentary', 'No use R arm', 'Surg auth pending'],
    ['Farouk, Ahmed', '0417-WC-2291563', '02/19/2025', 'L distal radius fx', 'Mod duty', 'One-handed work only', '03/20/2025'],
    ['Phuong, Kim-Ly', '0417-WC-2290388', '02/07/2025', 'R great toe contusion', 'Full duty', 'Safety shoe', '03/19/2025'],
    ["O'Sullivan, Declan", '0417-WC-2268114', '11/30/2024', 'L ankle fx s/p ORIF', 'Off work', 'TTD', '03/19/2025 RTW eval'],
    ['Fitch, Darnell', 'WC-24-118832', '09/16/2024', 'Lumbar radiculopathy', 'Off work', 'TTD', 'Pain mgmt - ESI pending'],
]
add('phi', 'lists',
    'Alicia Grunewald <agrunewald@orionclaims.com>',
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'Castellan open WC claims - weekly status 3/14',
    'Fri, 14 Mar 2025 16:12:45 -0400',
    """Greg,

Weekly status attached for the Castellan Millbrook open lost-time and med-only claims.
Fitch is the one I'm worried about, he called me twice this week too.

Have a good weekend
Alicia
""",
    cc='Tonya Marsh <tmarsh@castellanlogistics.com>',
    atts=[('text/csv', 'Castellan_WC_open_20250314.csv', csv_text(_wc_rows))],
    patient='Oyelaran')

_fit_rows = [
    ['Emp ID', 'Last name', 'First name', 'Dept', 'Med clearance', 'Respirator', 'Size', 'Fit result', 'Notes'],
    ['113501', 'Wilk', 'Tomasz', 'EVS', 'PENDING', '3M 1870+', 'Std', 'FAIL', 'beard - PAPR; asthma hx, spiro 2/13'],
    ['114420', 'Castillo-Reyes', 'Mariana', 'ICU', 'Cleared', '3M 1860S', 'S', 'PASS', ''],
    ['112087', 'Nwachukwu', 'Ifeanyi', 'RT', 'Cleared', 'Halyard 46727', 'Reg', 'PASS', ''],
    ['110958', 'Brandvold', 'Kari', 'Sterile Proc', 'HOLD', '-', '-', 'NOT TESTED', 'CHF on questionnaire - NP review'],
    ['115002', 'Tran', 'Bao Ngoc', 'ED', 'Cleared', '3M 1870+', 'Std', 'PASS', 'pregnant 2nd tri - ok per NP'],
    ['113377', 'Ouellette', 'Marc-Andre', 'ED', 'Cleared', '3M 1860', 'Reg', 'PASS', ''],
    ['111764', 'Haddad', 'Rami', 'Resp Therapy', 'Cleared w/ limits', 'PAPR only', '-', 'N/A', 'claustrophobia/anxiety w/ tight mask'],
]
add('phi', 'lists',
    'Joel Whitacre <jwhitacre@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Feb fit test roster',
    'Fri, 28 Feb 2025 15:20:00 -0500',
    """Denise, Feb roster attached. 2 still need NP clearance before I can test them (Wilk and
Brandvold). The rest are done.
Joel
""",
    atts=[('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
           'FitTest_Roster_Feb2025.xlsx', make_xlsx(_fit_rows, 'Feb2025'))],
    patient='Wilk')

_titer_rows = [
    ['last_name', 'first_name', 'dob', 'cohort', 'measles_igg', 'mumps_igg', 'rubella_igg', 'varicella_igg', 'hbsab_miu', 'action'],
    ['Okonkwo-Bello', 'Chiamaka', '1999-05-17', 'NICU-0325', 'POS', 'POS', 'POS', 'EQUIV', '88', 'Varivax x2'],
    ['Lemaire', 'Sophie', '2000-11-02', 'NICU-0325', 'POS', 'NEG', 'POS', 'POS', '310', 'MMR x1'],
    ['Gutierrez', 'Ximena', '1998-07-29', 'ICU-0325', 'POS', 'POS', 'POS', 'POS', '<5', 'HepB booster then recheck'],
    ['Petrović', 'Jelena', '2001-01-14', 'ICU-0325', 'POS', 'POS', 'POS', 'POS', '45', 'none'],
    ['Osei', 'Kwabena', '1997-09-08', 'MedSurg-0325', 'NEG', 'POS', 'POS', 'POS', '12', 'MMR x1'],
    ['Lindgren', 'Anders', '1999-03-21', 'MedSurg-0325', 'POS', 'POS', 'POS', 'NEG', '156', 'Varivax x2'],
]
add('phi', 'lists',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'Nursing Education <nursingedu@harborridgehealth.org>',
    'March new grad cohort titers',
    'Fri, 14 Mar 2025 16:05:31 -0400',
    """Attached (zipped, pw in separate email -- jk we don't have the zip tool that does
passwords anymore, so please don't forward). 6 still need vaccine before unit
orientation, action column tells you what.

Denise
""",
    atts=[('application/zip', 'titers_NG_0325.zip',
           fixed_zip([('titers_NG_0325.csv', csv_text(_titer_rows))]))],
    patient='Okonkwo-Bello')
# =====================================================================================
# PHI - struct
# =====================================================================================

add('phi', 'struct',
    'Brent Kowal <bkowal@harborridgehealth.org>',
    'Interface Team <interfaces@harborridgehealth.org>',
    'QFT results not crossing to OccuTrak - sample msg',
    'Tue, 25 Mar 2025 10:18:44 -0400',
    r"""Team -- the QuantiFERON results from the lab are not filing into OccuTrak since the
upgrade Sunday. Here's one of the messages stuck in the error queue (copied from
Rhapsody). I think it's OBX-5 being SN instead of ST, but can someone look.

MSH|^~\&|SUNQUEST|HRHLAB|OCCUTRAK|HRHEH|20250324153212||ORU^R01|LAB2503241532120044|P|2.5.1
PID|1||H-0104476^^^HRHMRN^MR~117302^^^HRHEMP^EI||ADEYEMI-JOHNSON^TOLULOPE^A||19940611|F|||19 Beacon Terrace^^Westbrook^CT^06498||(860)555-0125
PV1|1|O|EHCLIN^^^HRH||||1234567890^OKAFOR^PAUL^^^^MD
ORC|RE|E2503210044|L25080-2231
OBR|1|E2503210044|L25080-2231|QFTP^QuantiFERON-TB Gold Plus^L|||20250321083000|||||||||1234567890^OKAFOR^PAUL||||||20250324153000|||F
OBX|1|ST|QFTRES^QFT-Plus Result^L||POSITIVE||NEGATIVE|A|||F
OBX|2|SN|QFTTB1^TB1 Ag minus Nil^L||>^1.84|IU/mL|<0.35|H|||F
OBX|3|SN|QFTTB2^TB2 Ag minus Nil^L||>^2.10|IU/mL|<0.35|H|||F
OBX|4|NM|QFTNIL^Nil^L||0.05|IU/mL||N|||F
OBX|5|NM|QFTMIT^Mitogen minus Nil^L||>10.00|IU/mL||N|||F

Error: "OBX-5 datatype SN not supported for result type QFTTB1"

Brent Kowal
Sr. Integration Analyst, IS&T
x4420
""",
    patient='Adeyemi-Johnson')

add('phi', 'struct',
    'Brent Kowal <bkowal@harborridgehealth.org>',
    'OccuTrak Support <support@occutrak-software.com>',
    'Case 00318842 - ADT A04 rejected for WC insurance',
    'Wed, 26 Mar 2025 14:03:29 -0400',
    """Hi,

Attaching the A04 that your inbound interface rejected with "IN1-2 plan id not found".
This is a workers comp registration so the plan is the WC carrier, not a health plan.
Our build has WC carriers with plan type WC. Please advise.

Thanks,
Brent
""",
    atts=[('text/plain', 'A04_reject_20250326.hl7',
r"""MSH|^~\&|EPICADT|HRH|OCCUTRAK|HRHEH|20250326091544||ADT^A04|ADT0326091544118|P|2.3
EVN|A04|20250326091544
PID|1||H-0111852^^^HRHMRN||O'SULLIVAN^DECLAN^J||19860217|M|||408 Ridgeview Rd^^Millbrook^CT^06455||(860)555-0161|||M|||XXX-XX-4410
PV1|1|O|EHCLIN^^^HRH|R|||1234567890^OKAFOR^PAUL|||OCC||||1|||1234567890^OKAFOR^PAUL|WC|V0000981244
DG1|1|I10|S82.892D^Other fracture of left lower leg, subsequent encounter for closed fracture with routine healing^I10|||F
IN1|1|KMCWC|KMC001|KEYSTONE MUTUAL CASUALTY WC|PO Box 4400^^Hartford^CT^06101||||CASTELLAN LOGISTICS|||||||O'SULLIVAN^DECLAN^J|18|19860217|||||||||||||||||0417-WC-2268114
ZWC|20241130|CASTELLAN LOGISTICS|MILLBROOK DC|FELL FROM LOADING DOCK EDGE
""")],
    patient="O'Sullivan")

add('phi', 'struct',
    'Leticia Brandt <lbrandt@harborridgehealth.org>',
    'EDI Support <edisupport@keystonemutual.com>',
    'Rejected 837P - claimant name mismatch',
    'Thu, 20 Mar 2025 11:47:15 -0400',
    """Hello EDI team,

Our 837P for claim 0417-WC-2291563 rejected on your 277CA with "Patient name does not
match claim". The claimant is Ahmed Farouk -- your system seems to have him as FAROOQ.
Loop 2010CA segment from our file below. Can you correct on your end or should we
resubmit with your spelling?

NM1*QC*1*FAROUK*AHMED****MI*0417WC2291563~
N3*1142 TILLMAN AVE APT 3B~
N4*MILLBROOK*CT*06455~
DMG*D8*19880304*M~
REF*Y4*0417-WC-2291563~
CLM*HRH25030511*245.00***11:B:1*Y*A*Y*Y~
DTP*439*D8*20250219~
HI*ABK:S52502A*ABF:W1830XA~
LX*1~
SV1*HC:99204*185.00*UN*1***1~
DTP*472*D8*20250219~
LX*2~
SV1*HC:73110*60.00*UN*1***1~

Thank you,
Leticia Brandt
Patient Financial Services | Harbor Ridge Health
""",
    patient='Farouk')

add('phi', 'struct',
    'Leticia Brandt <lbrandt@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'FW: 835 from Keystone - short pay on Oyelaran PT',
    'Mon, 24 Mar 2025 09:12:50 -0400',
    """Denise, FYI Keystone only paid 4 of the 8 PT visits, CARC 197 (no precert). Case
manager says auth went through on 3/13 -- do you have the auth number? Segment from the
835:

CLP*HRH25031402*2*1120.00*560.00**WC*4417702910034*11*1~
NM1*QC*1*OYELARAN*MARCUS****MI*0417WC2287740~
NM1*82*1*LUTZ*HANNAH****XX*1982736450~
DTM*232*20250303~
DTM*233*20250314~
SVC*HC:97110:GP*140.00*140.00**1~
DTM*472*20250303~
SVC*HC:97110:GP*140.00*0**1~
DTM*472*20250305~
CAS*CO*197*140.00~
SVC*HC:97530:GP*140.00*140.00**1~
DTM*472*20250307~

thanks
Leticia
""",
    patient='Oyelaran')

add('phi', 'struct',
    'Registration - EH <ehreg@harborridgehealth.org>',
    'Leticia Brandt <lbrandt@harborridgehealth.org>',
    '271 says inactive?',
    'Tue, 11 Mar 2025 10:05:26 -0400',
    """Leticia - running elig for Sergio Bautista's follow up (thumb lac recheck, wound check)
and the 271 is coming back inactive for his Aetna. HR says he's still employed. Is it
because they flagged it as WC? raw response:

ISA*00*          *00*          *ZZ*AETNA          *ZZ*HRH0044        *250311*1004*^*00501*000004471*0*P*:~
GS*HB*AETNA*HRH0044*20250311*1004*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL2503111003*20250311*1004~
HL*1**20*1~
NM1*PR*2*AETNA*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*HARBOR RIDGE HEALTH*****XX*1558822019~
HL*3*2*22*0~
NM1*IL*1*BAUTISTA*SERGIO****MI*W2219340561~
DMG*D8*19751130*M~
EB*6**30~
MSG*COVERAGE TERMINATED 02/28/2025~
SE*11*0001~

-reg desk (Yolanda)
""",
    patient='Bautista')

add('phi', 'struct',
    'Dev Ramaswamy <dramaswamy@harborridgehealth.org>',
    'Brent Kowal <bkowal@harborridgehealth.org>',
    'FHIR Immunization export - check date format?',
    'Thu, 03 Apr 2025 16:29:08 -0400',
    """Brent, this is the payload our new export is producing for the state IIS/employee
portal pilot. It's pulling real prod data (I know, I know -- it's the pilot env, Denise
approved 5 employees). Is occurrenceDateTime supposed to have the offset?

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "eh-112204",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9944.1", "value": "H-0097713"},
          {"system": "urn:hrh:employee-id", "value": "112204"}
        ],
        "name": [{"family": "Zielinski", "given": ["Agnieszka", "M"]}],
        "gender": "female",
        "birthDate": "1990-08-14",
        "telecom": [{"system": "phone", "value": "860-555-0109"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "43", "display": "Hep B, adult"}]},
        "patient": {"reference": "Patient/eh-112204"},
        "occurrenceDateTime": "2025-03-31T09:15:00-04:00",
        "lotNumber": "HB7719C",
        "site": {"text": "L deltoid"},
        "doseQuantity": {"value": 1, "unit": "mL"},
        "protocolApplied": [{"doseNumberPositiveInt": 2}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "16935-9", "display": "Hepatitis B virus surface Ab [Units/volume] in Serum"}]},
        "subject": {"reference": "Patient/eh-112204"},
        "effectiveDateTime": "2025-02-10",
        "valueQuantity": {"value": 3, "unit": "m[IU]/mL"},
        "interpretation": [{"text": "Non-reactive"}]
      }
    }
  ]
}

Dev
""",
    patient='Zielinski')

add('phi', 'struct',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Medical Records <medrecords@harborridgehealth.org>',
    'CCD didnt include work status section??',
    'Tue, 18 Mar 2025 12:30:17 -0400',
    """The CCD we sent to Keystone for Declan O'Sullivan is missing the work status. this is
all that's in the encounter/plan part. The adjuster needs the restrictions, that's the
whole point. Can someone check the template?

<component>
  <section>
    <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
    <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
    <title>Encounters</title>
    <text>
      <table>
        <tr><th>Date</th><th>Type</th><th>Provider</th><th>Diagnosis</th></tr>
        <tr><td>03/12/2025</td><td>Occupational medicine follow-up</td><td>Hannah Lutz, FNP-C</td>
            <td>Closed fracture of left ankle s/p ORIF 12/02/2024, routine healing</td></tr>
      </table>
    </text>
  </section>
</component>
<recordTarget>
  <patientRole>
    <id extension="H-0111852" root="2.16.840.1.113883.3.9944.1"/>
    <addr><streetAddressLine>408 Ridgeview Rd</streetAddressLine><city>Millbrook</city><state>CT</state></addr>
    <patient><name><given>Declan</given><family>O'Sullivan</family></name>
      <birthTime value="19860217"/></patient>
  </patientRole>
</recordTarget>

Hannah
""",
    patient="O'Sullivan")
# =====================================================================================
# PHI - lang
# =====================================================================================

add('phi', 'lang',
    'Efraín Morales <efra.morales77@gmail.com>',
    'occhealth@harborridgehealth.org',
    'cita para mi mano',
    'Mon, 17 Feb 2025 06:12:40 -0500',
    """Buenos dias,

Soy Efraín Morales Quintero, trabajo en Castellan en el turno de noche. El jueves me
aplasté la mano izquierda con una tarima y la enfermera de ustedes me puso una férula y
me dijo que volviera en una semana para otra radiografía. Todavía tengo el dedo anular
muy hinchado y morado y no puedo cerrar la mano. El ibuprofeno casi no me ayuda.

¿Me pueden dar cita para mañana temprano? Salgo del trabajo a las 6 am.
Mi supervisor dice que no puedo volver a manejar el montacargas hasta que ustedes me den
el papel.

Gracias,
Efraín
cel 555-0121
""",
    patient='Morales Quintero')

add('phi', 'lang',
    'Rosângela Barbosa <rbarbosa@harborridgehealth.org>',
    'Thiago Nascimento <thiago.nasc@hotmail.com>',
    'Resultado do seu teste de tuberculose',
    'Wed, 05 Mar 2025 13:22:19 -0500',
    """Olá Thiago,

Aqui é a Rosângela, enfermeira da Saúde do Funcionário do Harbor Ridge. Seu exame de
sangue para tuberculose (QuantiFERON) que você fez na admissão deu positivo. Isso NÃO
quer dizer que você está doente ou que pode transmitir, mas precisamos fazer um raio-X
do tórax. Já marquei para quinta-feira, 6/3, às 10h, no 1º andar (Radiologia).

Você tomou a vacina BCG no Brasil quando criança? Tem tosse, febre, suor à noite ou
perdeu peso? Me responda por aqui ou ligue no ramal 3321.

Por enquanto você pode continuar a orientação normalmente.

Abraço,
Rosângela Barbosa, RN
Saúde do Funcionário / Employee Health
""",
    patient='Nascimento')

add('phi', 'lang',
    'Lê Văn Thành <thanh.le.van82@yahoo.com>',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'Hỏi về kết quả xét nghiệm sau khi bị kim đâm',
    'Tue, 22 Apr 2025 20:47:03 -0400',
    """Chào chị,

Tôi là Lê Văn Thành, nhân viên dọn vệ sinh tầng 3. Ngày 10 tháng 3 tôi bị kim tiêm đâm
vào tay khi đổ thùng rác ở phòng bệnh. Bác sĩ cho tôi uống thuốc phòng HIV 28 ngày, tôi
đã uống hết rồi. Tuần trước tôi có đi thử máu lại (6 tuần) nhưng chưa ai gọi báo kết quả.

Tôi còn phải thử máu lần nữa không? Khi nào? Vợ tôi rất lo lắng.

Cảm ơn chị,
Thành
ĐT: 555-0138
""",
    patient='Lê Văn Thành')

add('phi', 'lang',
    'Marie-Lourdes Toussaint <mltoussaint@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Do m toujou fè m mal',
    'Thu, 13 Mar 2025 15:38:55 -0400',
    """Bonjou Madan Hannah,

Se Marie-Lourdes Toussaint, mwen travay nan EVS (menaj) 2yèm etaj. Ou te wè m lè m te
blese do m lè m t ap leve sak lenj lan 28 fevriye a. Ou te di m pran ibipwofèn epi fè
egzèsis yo. Do m toujou fè m mal anpil, sitou lè m bese, epi kounye a doulè a desann nan
janm goch mwen jiska jenou.

Èske m ka vin wè w ankò semèn sa a? Sipèvizè m di m dwe retounen nan travay nòmal lendi
men m pa kwè m ka fè l.

Mèsi anpil
Marie-Lourdes
""",
    patient='Toussaint')

add('phi', 'lang',
    'Наталья Коваленко <n.kovalenko@harborridgehealth.org>',
    'Joel Whitacre <jwhitacre@harborridgehealth.org>',
    'Fwd: тест на респиратор',
    'Mon, 03 Feb 2025 09:05:11 -0500',
    """Joel, sorry, my daughter wrote this for me in Russian, I forward to you, she says
you can use google translate. Natalia K.

---------- Forwarded message ---------
От: Наталья Коваленко
Дата: воскресенье, 2 февраля 2025 г.

Здравствуйте,

Меня зовут Наталья Коваленко, я работаю санитаркой в отделении 6 Север. В прошлый
вторник на проверке респиратора (фит-тест) мне стало плохо — не хватало воздуха, сильно
закружилась голова. У меня астма с детства, я пользуюсь ингалятором Симбикорт два раза
в день, а в январе у меня было обострение и я лежала в больнице три дня.

Можно мне пройти тест в другой день или использовать другой тип маски (PAPR)? Мой врач
может написать справку.

Спасибо,
Наталья
""",
    patient='Коваленко')

add('phi', 'lang',
    'Rowena Dimaculangan <rdimaculangan@harborridgehealth.org>',
    'Employee Health <employeehealth@harborridgehealth.org>',
    'tanong po tungkol sa hep B titer ko',
    'Fri, 07 Feb 2025 11:51:33 -0500',
    """Hello po,

Si Rowena Dimaculangan po ito, RN sa 4 West. Nakita ko po sa portal na "non-reactive"
ang Hepatitis B surface antibody ko (less than 10). Nabakunahan na po ako ng tatlong
beses noong nasa Pilipinas pa ako (2012), may card po ako. Kailangan ko po bang magpa-
booster ulit? Buntis din po ako ngayon, 14 weeks, okay lang po ba magpabakuna?

Salamat po,
Weng
""",
    patient='Dimaculangan')

add('phi', 'lang',
    'يوسف الحداد <yousef.haddad.cdl@gmail.com>',
    'DOT Exams <dotexams@harborridgehealth.org>',
    'فحص DOT - أنسولين',
    'Wed, 09 Apr 2025 18:14:26 -0400',
    """السلام عليكم،

اسمي يوسف الحداد، سائق شاحنة لدى شركة Castellan. موعد تجديد الشهادة الطبية (DOT) يوم
22 أبريل. طبيبي بدأ لي الأنسولين (لانتوس 20 وحدة ليلاً) الشهر الماضي لأن السكر التراكمي
كان 9.4. هل أستطيع تجديد البطاقة وأنا على الأنسولين؟ قالوا لي أحتاج نموذج من طبيبي.
ما هو النموذج بالضبط؟

تاريخ ميلادي 1979/10/03.

شكراً جزيلاً
يوسف
""",
    patient='الحداد')

add('phi', 'lang',
    'Chen Meiling <chen.meiling@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Re: 我父亲的工伤复诊 / my father follow up',
    'Mon, 31 Mar 2025 10:26:40 -0400',
    """Hannah, I am writing for my father because his English is not good. Below is what he
wants to ask, I translate in English after.

您好，我是陈国华，在Castellan仓库上夜班。3月18日我从梯子上摔下来，右手腕骨折，
打了石膏。骨科医生说4月8日拆石膏，然后要做物理治疗。我想问什么时候可以回去工作？
现在晚上手还是很痛，止痛药吃了会头晕。

(English: He is Chen Guohua, night shift at Castellan warehouse. Fell from the ladder
on 3/18, broke his right wrist, has a cast. Ortho says cast off 4/8 then physical
therapy. He asks when he can go back to work. His hand still hurts a lot at night and
the pain pill makes him dizzy.)

Thank you,
Meiling Chen (Lab, ext 4102)
""",
    patient='陈国华')
# =====================================================================================
# CLEAN - admin
# =====================================================================================

add('clean', 'admin',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'EH Team <ehteam@harborridgehealth.org>',
    'April coverage + Saturday fit test clinics',
    'Thu, 20 Mar 2025 17:10:22 -0400',
    """Team,

April schedule is posted on the shared drive (EH > Scheduling > 2025-04.xlsx). Changes:

- Hannah is out 4/14-4/18 (vacation). Dr. Okafor covering WC rechecks, Lisa Brodeur NP
  from Urgent Care picking up Tues/Thurs afternoons.
- Saturday fit test clinics: 4/5 (Joel + Carla) and 4/26 (Joel + Marisa). 0700-1100.
- Front desk: Yolanda 7-3:30, Pam 9:30-6. Pam's cell if she's running late: 555-0104.
- DOT exams stay capped at 6/day until the second certified examiner is credentialed.

Please swap shifts in Kronos, not by text.

Thanks
Denise

Denise Albrecht, RN, COHN-S
Nurse Manager, Employee Health & Occupational Medicine
""")

add('clean', 'admin',
    'IS&T Service Desk <servicedesk@harborridgehealth.org>',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'INC0048812 updated - OccuTrak label printer not printing',
    'Tue, 11 Mar 2025 09:41:50 -0400',
    """Incident INC0048812 has been updated.

Short description: OccuTrak specimen label printer (Zebra ZD421, EH collection room 2)
not printing
Caller: Carla Benedetti
Assignment group: Desktop Support - Quarry St
Assigned to: Marcus Feld
State: In Progress
Priority: 3 - Moderate

Work notes (Marcus Feld, 03/11/2025 09:40):
Printer was mapped to old print server HRH-PS02 which was decommissioned Sunday. Remapped
to HRH-PS05, test label printed OK. Will leave ticket open 24h for confirmation.

To view or update this incident, reply to this email or call the Service Desk at x4357.
Ref:MSG0091377
""")

add('clean', 'admin',
    'Occupational Health Billing <ohbilling@harborridgehealth.org>',
    'Accounts Payable <ap@castellanlogistics.com>',
    'Invoice OH-2025-0228 - Castellan Logistics - February services',
    'Mon, 03 Mar 2025 08:30:00 -0500',
    """Hello,

Please find the February summary invoice below. Employee-level detail is available to
your designated HR contact through the employer portal and is not included in this
email.

Invoice #: OH-2025-0228
Customer #: CL-2207
PO #: 4500192273
Service period: 02/01/2025 - 02/28/2025

  DOT physical exams ............... 31 x  $95.00  =  $2,945.00
  Pre-placement physicals .......... 44 x $120.00  =  $5,280.00
  10-panel urine drug screen ....... 78 x  $48.00  =  $3,744.00
  Breath alcohol test .............. 12 x  $35.00  =    $420.00
  Respirator fit test .............. 19 x  $40.00  =    $760.00
  After-hours collection callout ...  3 x $150.00  =    $450.00
                                               TOTAL $13,599.00

Terms: Net 30. Remit to Harbor Ridge Health, Dept 4417, PO Box 9100, Hartford CT 06101.
Questions: Leticia Brandt, 555-0142 x2261.
""")

add('clean', 'admin',
    'Tonya Marsh <tmarsh@castellanlogistics.com>',
    'Millbrook Supervisors <millbrook-sups@castellanlogistics.com>',
    'New process: scheduling pre-placement physicals & drug screens',
    'Wed, 08 Jan 2025 10:00:00 -0500',
    """All,

Starting Jan 20 we are moving all pre-placement physicals and pre-employment drug
screens for Millbrook and Westbrook to the Harbor Ridge Occupational Health clinic
(410 Quarry St, Suite 120). Please stop sending candidates to the walk-in lab on Route 9.

How it works:
1. Recruiter sends the authorization form (HR-114) through Workday when the offer is
   accepted.
2. Candidate calls the clinic at 555-0142 option 3 to book. Walk-ins 7-10am for drug
   screen only.
3. Clinic sends us fit/not fit for duty only -- no medical details come to Castellan.
4. Post-accident and reasonable suspicion tests: call the 24/7 line 555-0199, do not
   drive the employee yourself.

Questions to me or Ray Jessup (Safety) x2210.

Thanks,
Tonya
""" + CL_DISC,
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>All,</p>
<p>Starting <b>Jan 20</b> we are moving all pre-placement physicals and pre-employment drug screens for
Millbrook and Westbrook to the Harbor Ridge Occupational Health clinic (410 Quarry St, Suite 120).
Please stop sending candidates to the walk-in lab on Route 9.</p>
<p><u>How it works:</u></p>
<ol>
<li>Recruiter sends the authorization form (HR-114) through Workday when the offer is accepted.</li>
<li>Candidate calls the clinic at 555-0142 option 3 to book. Walk-ins 7-10am for drug screen only.</li>
<li>Clinic sends us fit/not fit for duty only &ndash; no medical details come to Castellan.</li>
<li>Post-accident and reasonable suspicion tests: call the 24/7 line 555-0199, do not drive the employee yourself.</li>
</ol>
<p>Questions to me or Ray Jessup (Safety) x2210.</p>
<p>Thanks,<br>Tonya</p>
</body></html>""")

add('clean', 'admin',
    'Facilities Work Control <workcontrol@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'WO 25-03319 scheduled: audiometric booth calibration + HVAC',
    'Fri, 07 Mar 2025 14:15:37 -0500',
    """Work Order: 25-03319
Location: Quarry St MOB, Suite 120 (Employee Health), Rooms 120-D and 120-F
Requested by: Denise Albrecht
Scheduled: Saturday 03/22/2025, 0600-1200

Scope:
 - Annual calibration of audiometric test booth and Tremetrics audiometer (vendor:
   SoundCheck Acoustics, tech Ron Halvorsen, 555-0181)
 - Replace HEPA pre-filter and verify negative pressure in exam room 120-F (TB eval room),
   pressure monitor alarm reported intermittent
 - Ceiling tile replacement above collection restroom (water stain)

Access: Security will unlock at 0545. Please make sure specimen refrigerator is locked.
Contact: Gary Moss, Facilities Supervisor, x5521
""")

add('clean', 'admin',
    'Simone Achterberg <sachterberg@clearwatermro.com>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'MRO services agreement renewal 2025-2027',
    'Tue, 28 Jan 2025 11:36:12 -0600',
    """Hi Denise,

Our agreement (HRH-MRO-2022-07) expires March 31. Attached in DocuSign is the renewal
for 2025-2027. The only changes are:

 - per-review fee for non-negative results goes from $28 to $30
 - we added the oral fluid DOT testing language now that the second HHS lab is certified
 - 24/7 MRO on-call number changed to 1-888-555-0120

If your legal team wants redlines, the contact on our side is Pete Lindahl
(plindahl@clearwatermro.com). Happy to do a quick call too.

Best,
Simone

Simone Achterberg, DO, MRO
Medical Director, Clearwater MRO Services
""")

add('clean', 'admin',
    'Ray Jessup <rjessup@castellanlogistics.com>',
    'Safety Committee <safetycommittee@castellanlogistics.com>',
    'Safety committee 3/25 - agenda',
    'Tue, 18 Mar 2025 08:20:45 -0400',
    """Safety Committee - Millbrook DC
Tues 3/25, 1:30-2:30, Training Room B / Teams

1. Q1 OSHA 300 log review -- 9 recordables YTD (6 strains/sprains, 2 lacerations,
   1 fracture), DART rate 3.1 vs 2.4 same period last year
2. Pallet jack wheel guards -- update from maintenance (Bill K.)
3. Heat illness prevention plan ahead of summer -- Harbor Ridge Occ Health will present
   (Dr. Okafor, 15 min)
4. Respirator program for the battery charging room -- fit testing schedule
5. Near-miss reporting app rollout

Please send additions by Friday.

Ray Jessup, CSP
EHS Manager, Castellan Logistics
c 555-0170
""")
# =====================================================================================
# CLEAN - lookalike
# =====================================================================================

add('clean', 'lookalike',
    'Ironworks Fitness Millbrook <frontdesk@ironworksfit.com>',
    'Kevin Szabo <kszabo88@gmail.com>',
    'Your membership freeze is confirmed - Member #4471829',
    'Sat, 04 Jan 2025 09:00:00 -0500',
    """Hi Kevin,

Your membership (Member #4471829, Black Card) has been frozen from 01/06/2025 through
03/31/2025 as requested. No monthly dues will be drafted during the freeze; a $10/month
hold fee applies.

When you come back, your free body composition scan and a 30-minute fitness assessment
with one of our coaches are on us. Just book through the app.

Recovery Zone hours (hydromassage, cold plunge): Mon-Fri 5am-10pm.

Stay strong,
Ironworks Fitness Millbrook
55 Commerce Dr | 555-0114
""",
    html="""<html><body><h2 style="color:#b22">Ironworks Fitness</h2>
<p>Hi Kevin,</p>
<p>Your membership (<b>Member #4471829</b>, Black Card) has been frozen from 01/06/2025 through
03/31/2025 as requested. No monthly dues will be drafted during the freeze; a $10/month hold fee applies.</p>
<p>When you come back, your free <b>body composition scan</b> and a 30-minute fitness assessment with one of
our coaches are on us. Just book through the app.</p>
<p>Recovery Zone hours (hydromassage, cold plunge): Mon-Fri 5am-10pm.</p>
<p>Stay strong,<br>Ironworks Fitness Millbrook<br>55 Commerce Dr | 555-0114</p></body></html>""")

add('clean', 'lookalike',
    'Briarwood Animal Hospital <care@briarwoodvet.com>',
    'Tonya Marsh <tonya.marsh.home@gmail.com>',
    "Biscuit's lab results and next steps",
    'Thu, 06 Feb 2025 16:40:11 -0500',
    """Hi Tonya,

Dr. Feeney reviewed Biscuit's bloodwork from his dental cleaning on Tuesday.

Patient: Biscuit (canine, Beagle mix, MN, 9 yrs)   Patient ID: 20391
ALT 142 U/L (ref 10-125) - mildly elevated
BUN/creatinine normal, CBC normal, T4 normal

Nothing alarming. She'd like to start Denamarin (liver support) once daily for 30 days
and recheck the liver values in 6 weeks. The two extractions (upper premolars) went
well -- soft food for 5 days and finish the carprofen.

You can pick up the Denamarin at the front desk or we can ship through our online
pharmacy.

Briarwood Animal Hospital
1870 Old County Rd | 555-0198
""")

add('clean', 'lookalike',
    'Quarry Valley Federal Credit Union <alerts@qvfcu.org>',
    'Darnell Fitch <dfitch1984@yahoo.com>',
    'Action needed: verify your identity - Member # ending 0388',
    'Tue, 14 Jan 2025 07:15:00 -0500',
    """Dear Member,

We're updating our records to comply with federal Customer Identification rules.
Please log in to Online Banking and confirm the following information by 01/31/2025:

  Member number: ******0388
  Date of birth on file: **/**/1984
  Primary phone: (***) ***-0119
  Beneficiary designation for Share Certificate #7

If your information is correct no further action is needed. Member Services will never
ask for your full PIN or password by email or phone.

Quarry Valley Federal Credit Union | NMLS #409912 | Federally insured by NCUA
""")

add('clean', 'lookalike',
    'Northwind Air <reservations@northwindair.com>',
    'Paul Okafor <paul.okafor.md@gmail.com>',
    'Your trip confirmation - Record locator QX7RT2',
    'Fri, 21 Feb 2025 20:03:31 -0500',
    """Thank you for booking with Northwind Air, Paul.

Record locator: QX7RT2
Passenger: OKAFOR/PAUL MR   Date of birth: 02/14/1977 (Secure Flight)
Known Traveler Number: on file
Loyalty #: NW 882 471 903 (Gold)

HFD -> ATL  NW 1182  Thu 10 Apr 2025  06:10 - 08:52  Seat 3C
ATL -> HFD  NW 1219  Sun 13 Apr 2025  17:45 - 20:21  Seat 3D

Traveling to the AOHP/ACOEM conference? Add Wi-Fi for $8 per flight.

Need special assistance? Visit northwindair.com/assist at least 48 hours before departure.
""")

add('clean', 'lookalike',
    'Pinnacle Auto Insurance Claims <claims@pinnacleauto.com>',
    'Greg Pfeiffer <greg.pfeiffer.home@gmail.com>',
    'Claim AU-3318-0472 - appraisal scheduled',
    'Wed, 12 Mar 2025 12:51:09 -0400',
    """Hello Greg,

Thank you for reporting your claim. Here is a summary:

Claim number: AU-3318-0472
Policy: PAP 99812047-03
Date of loss: 03/09/2025
Loss type: Collision - parking lot, property damage only (no injuries reported)
Vehicle: 2021 Subaru Outback, VIN ending 4471
Deductible: $500

Your appraiser Jenna Whitcomb will inspect the vehicle on 03/14 between 9 and 11 at
your home address on file. A rental is authorized for up to 10 days at $40/day.

Your claims adjuster is Oscar Lindqvist, 555-0131 ext 208.

Pinnacle Auto Insurance
""")

add('clean', 'lookalike',
    'Harlan & Sons Tree Care <office@harlantree.com>',
    'Ray Jessup <rjessup@castellanlogistics.com>',
    'Estimate #T-2291 - Millbrook DC oak + maples',
    'Mon, 24 Mar 2025 15:28:40 -0400',
    """Ray,

Thanks for walking the property with me Friday. My diagnosis on the big white oak by the
truck entrance: it has advanced root rot (Armillaria, you could see the fungal mats
under the bark) and a 30% dead crown. It's a hazard over the trailer lot, I'd recommend
removal rather than treatment. The two red maples along the employee lot are healthy,
just need a crown cleaning and deadwood out.

Estimate #T-2291
  Remove white oak (38" DBH), crane assist ......... $4,800
  Stump grinding ................................... $   650
  Crown cleaning, 2 red maples ..................... $1,100
  Total ............................................ $6,550

We're certified arborists (ISA #NE-7742A) and fully insured, COI attached on request.
Can do a Saturday so the yard isn't blocked.

Dale Harlan
Harlan & Sons Tree Care | 555-0145
""")

add('clean', 'lookalike',
    'Jenkins CI <ci@build.castellanlogistics.com>',
    'wms-dev <wms-dev@castellanlogistics.com>',
    '[WMS] Build #4471 FAILED - health check timeout on patient-retry worker',
    'Thu, 27 Mar 2025 02:14:08 -0400',
    """Build #4471 of wms-core/main FAILED (duration 14 min 22 s)

Stage: integration-tests
Failed test: PatientRetryWorkerIT.testBackoffRecoversAfterThreeFailures

  Expected worker state: HEALTHY
  Actual: UNHEALTHY (liveness probe /healthz timed out after 30s)

  The "patient" retry strategy (exponential backoff, max 5 attempts) did not recover the
  dead-letter queue within the test window. Pod wms-retry-7f9c4d-x2kqp was OOMKilled
  (exit 137) during the 3rd attempt. Vitals: heap 1.9GiB / limit 2GiB.

Triage: assigned to @lnguyen (on-call)
Changes since last success:
  - a81f3c2 bump jackson-databind 2.17.1 (dependabot)
  - 09de771 WMS-2288 increase batch size for dock-door scans (o.farouk)

Console: https://ci.castellanlogistics.com/job/wms-core/4471/console
""")
# =====================================================================================
# CLEAN - news
# =====================================================================================

add('clean', 'news',
    'State Department of Public Health <dph-bulletin@dph-ct-alerts.org>',
    'Infection Prevention <ip@harborridgehealth.org>',
    'Health Alert: TB case counts 2024 and guidance for healthcare personnel screening',
    'Mon, 24 Mar 2025 12:00:00 -0400',
    """HEALTH ADVISORY - World TB Day 2025

Summary
 - 71 active TB cases were reported statewide in 2024 (rate 1.9 per 100,000), up 12%
   from 2023. 78% of cases were in people born outside the U.S.
 - Two cases of multidrug-resistant TB were reported, both in adults aged 25-44.
 - No healthcare-associated transmission events were identified in 2024.

Recommendations for healthcare facilities
 1. Baseline TB screening (symptom evaluation, individual risk assessment, and IGRA or
    TST) for all healthcare personnel at hire.
 2. Annual testing is NOT routinely recommended in the absence of known exposure or
    ongoing transmission; annual TB education is recommended.
 3. Personnel with untreated latent TB infection should be encouraged to complete
    treatment; short-course regimens (3HP, 4R, 3HR) are preferred.

For questions contact the TB Control Program at 555-0100.

You are receiving this because your facility is subscribed to Health Alert Network
messages. To unsubscribe, contact your HAN administrator.
""")

add('clean', 'news',
    'Medline Safety Notices <recalls@medsupply-notices.com>',
    'Materials Management <matmgmt@harborridgehealth.org>',
    'URGENT: Voluntary Recall - TuberSure PPD 5 TU/0.1 mL, select lots',
    'Wed, 05 Feb 2025 10:30:00 -0500',
    """URGENT MEDICAL DEVICE / DRUG RECALL NOTICE

Product: TuberSure(R) Tuberculin Purified Protein Derivative (Mantoux), 5 TU/0.1 mL,
1 mL multi-dose vial (10 tests)
NDC: 59911-0440-1
Affected lots: T4471A, T4471B, T4502C (exp. 06/2026)

Reason: Potential for reduced potency identified in stability testing. Tests
administered with affected lots may produce false-negative results.

Actions:
 1. Immediately quarantine affected lots and discontinue use.
 2. Return via prepaid label (call 1-800-555-0166).
 3. Facilities should evaluate whether persons tested with affected lots since
    09/2024 need retesting, per their own policies. Manufacturer does not have
    information about individuals tested.

Please complete and return the enclosed Response Form within 10 business days, even if
you have no affected product.
""")

add('clean', 'news',
    'OccSafety Weekly <newsletter@occsafetyweekly.com>',
    'Ray Jessup <rjessup@castellanlogistics.com>',
    'OccSafety Weekly: heat rule update, respirator fit-testing myths, forklift injuries',
    'Thu, 13 Mar 2025 06:00:00 -0500',
    """OccSafety Weekly | March 13, 2025

1) Federal heat illness rule: comment period closed, what's next
Employers with warehouse operations should expect requirements for heat injury and
illness prevention plans, acclimatization schedules for new workers, and rest breaks
above an 80F heat index trigger.

2) Five fit-testing myths
"A user seal check replaces an annual fit test." It doesn't. 29 CFR 1910.134 requires
fit testing before first use, whenever a different facepiece is used, and at least
annually. Facial hair that crosses the seal is still a fail.

3) By the numbers: forklift injuries
BLS data show roughly 7,000 nonfatal forklift injuries requiring days away from work
each year. Most common: struck-by and caught-between. Pedestrian separation remains the
top control.

4) Webinar: Returning injured workers early -- does modified duty really cut claim
costs? Thursday 3/27, 2pm ET. Register at occsafetyweekly.com/webinars

You're receiving this because you subscribed at occsafetyweekly.com.
Unsubscribe | Update preferences
""",
    cte='quoted-printable')

add('clean', 'news',
    'Harbor Ridge Communications <communications@harborridgehealth.org>',
    'All Staff <allstaff@harborridgehealth.org>',
    'The Ridge Report - March 2025',
    'Fri, 28 Mar 2025 09:00:00 -0400',
    """THE RIDGE REPORT | March 2025

FLU SEASON WRAP-UP
Thank you! 94.2% of employees and 91% of contracted staff received their flu vaccine
this season -- our best year ever. The 4 West team hit 100% for the third year running.

DAISY AWARD
Congratulations to Marisol Tejeda, BSN, RN, charge nurse on 5 South, this month's DAISY
honoree. A family wrote that she "made a terrible week bearable."

EMPLOYEE HEALTH REMINDERS
- Sharps injuries: report immediately, every time. Call the exposure hotline x3300, 24/7.
  Post-exposure medication works best within 2 hours.
- New badge-reel safety caps are available for free at the EH front desk.
- Annual TB education module is due in HealthStream by April 30.

WELLNESS CHALLENGE
The spring step challenge starts April 7. Teams of 5, sign up on the intranet.
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1a4d6d">The Ridge Report</h1><p><i>March 2025</i></p>
<h3>Flu season wrap-up</h3>
<p>Thank you! <b>94.2%</b> of employees and 91% of contracted staff received their flu vaccine this season
&ndash; our best year ever. The 4 West team hit 100% for the third year running.</p>
<h3>DAISY Award</h3>
<p>Congratulations to <b>Marisol Tejeda, BSN, RN</b>, charge nurse on 5 South, this month's DAISY honoree.
A family wrote that she &ldquo;made a terrible week bearable.&rdquo;</p>
<h3>Employee Health reminders</h3>
<ul><li>Sharps injuries: report immediately, every time. Call the exposure hotline x3300, 24/7.
Post-exposure medication works best within 2 hours.</li>
<li>New badge-reel safety caps are available for free at the EH front desk.</li>
<li>Annual TB education module is due in HealthStream by April 30.</li></ul>
<h3>Wellness challenge</h3>
<p>The spring step challenge starts April 7. Teams of 5, sign up on the intranet.</p>
</body></html>""")

add('clean', 'news',
    "Workers' Compensation Commission <news@wcc-bulletin.org>",
    'Greg Pfeiffer <gpfeiffer@keystonemutual.com>',
    'WCC Bulletin 2025-02: 2025 medical fee schedule and statistics',
    'Mon, 10 Feb 2025 08:00:00 -0500',
    """WORKERS' COMPENSATION COMMISSION - BULLETIN 2025-02

2025 Practitioner Fee Schedule
The 2025 conversion factor is $67.42 (up 2.1%). New fee schedule applies to dates of
service on or after April 1, 2025. Physical therapy codes 97110, 97112, 97140 and 97530
remain limited to 4 units per visit without prior authorization.

Maximum weekly benefit
For injuries on or after October 1, 2024 the maximum weekly compensation rate is
$1,598.00; the minimum is $479.00.

2024 by the numbers
  First reports of injury filed ............. 38,114
  Lost-time claims .......................... 11,902
  Median days to first payment .............. 13
  Top injury types: strains/sprains 41%, contusions 14%, lacerations 9%

Reminder: Employers must file the First Report of Injury within 7 days of knowledge of
an injury resulting in incapacity of one or more days.
""")

add('clean', 'news',
    'ME Registry Updates <noreply@me-registry-updates.org>',
    'DOT Exams <dotexams@harborridgehealth.org>',
    'Certified Medical Examiner update: form changes and refresher training deadline',
    'Wed, 15 Jan 2025 13:00:00 -0500',
    """Medical Examiner Update - January 2025

- Reminder: Medical examiners must complete periodic refresher training every 5 years
  and recertification testing every 10 years to remain listed on the National Registry.
- Results of all examinations must be reported to the Registry by midnight (local time)
  of the next calendar day.
- Insulin-treated diabetes: the treating clinician must complete the ITDM Assessment
  Form (MCSA-5870) no more than 45 days before the driver's exam. The examiner may
  certify for up to 12 months.
- Hearing: drivers who fail the forced whisper test may be tested by audiometry; the
  standard is average loss no greater than 40 dB at 500, 1000 and 2000 Hz in the better ear.

Questions: contact the Registry help desk. Do not reply to this email.
""")
# =====================================================================================
# CLEAN - staff
# =====================================================================================

add('clean', 'staff',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'unknown source needlestick - PEP or not?',
    'Sun, 09 Feb 2025 20:32:18 -0500',
    """Paul, general question for the protocol rewrite, not a current case.

When the source is unknown (needle found in a linen bag, etc) our current protocol says
"consider PEP". The ED docs keep calling us at 3am asking what that means. I'd like to
make it concrete:
 - sharps container / linen discards from a general med-surg unit: no HIV PEP routinely,
   HBV per employee's immune status
 - found in ED, detox unit or ID clinic, or visible blood in a hollow-bore needle:
   offer HIV PEP, decide at 72 hr f/u

Does that match what you'd do? I'd also like to drop the 12-month HCV test for everyone
now that we do HCV RNA at 3-6 weeks.

H
""")

add('clean', 'staff',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'EH Team <ehteam@harborridgehealth.org>',
    'need help - Sat 4/5 fit test clinic short',
    'Tue, 25 Mar 2025 13:45:00 -0400',
    """Carla just let me know she can't do the 4/5 Saturday fit test clinic (family thing).
We have 38 people booked from the ED and ICU because of the new respirator model
switch. Anybody qualified on the PortaCount want to pick it up? 0700-1100, OT approved.

If nobody, I'll do it myself, but then someone please cover the Monday 7am draw so I'm
not here 7 days straight.
""")

add('clean', 'staff',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'Dr. Helen Fairbanks <hfairbanks@harborridgehealth.org>',
    'curbside - insulin-treated CDL driver',
    'Wed, 02 Apr 2025 12:05:44 -0400',
    """Helen, quick endocrine curbside, no names.

60s male linehaul driver, on basal insulin since last month, A1c 9-ish, no hypoglycemic
episodes he admits to. Treating clinician filled out the ITDM form but left the
"severe hypoglycemic episode in last 12 months" section blank, and he just started
insulin so there's really only 4-5 weeks of glucose logs.

Under the rule I can certify up to 12 months if the ITDM form is complete and he's on
a stable regimen. Do you think 4-5 weeks is "stable" from your standpoint? I'm
inclined to give 3 months and have him come back with 90 days of meter data. He won't
love that but I'd rather not have a hypo on I-84.

Thanks
Paul
""")

add('clean', 'staff',
    'Infection Prevention <ip@harborridgehealth.org>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'RE: dropping annual TB testing',
    'Thu, 27 Mar 2025 10:22:31 -0400',
    """Denise,

We're on board with moving to baseline + annual education only. Our 2024 data: 0
conversions out of ~2,900 annual tests, and 14 indeterminates that cost us redraws and
lost shifts. Only caveats from our side:

 - keep annual symptom screen + testing for the bronchoscopy suite and the ID clinic
 - post-exposure testing stays as is (baseline + 8-10 wks)
 - we need a policy line on personnel with untreated LTBI: annual symptom check only

Can you bring the draft to the April IP committee? Happy to co-present.

Kerry-Ann Douglas, MPH, CIC
Infection Prevention Manager
""")

add('clean', 'staff',
    'Joel Whitacre <jwhitacre@harborridgehealth.org>',
    'Hannah Lutz <hlutz@harborridgehealth.org>',
    'STS calc question for the hearing conservation program',
    'Mon, 17 Feb 2025 15:03:12 -0500',
    """Hannah, for Castellan's hearing conservation program -- when we calculate the
standard threshold shift, we average 2k, 3k and 4k Hz in each ear vs baseline, and it's
an STS if the average shift is 10 dB or more, right? And then age correction is
allowed using Appendix F tables but it's optional?

Also, if someone has a recordable STS (25 dB above audiometric zero) do we retest
within 30 days before it goes on their 300 log, or does Ray's team record it right away?
Trying to write the SOP so I stop asking you every time.

Joel
""")

add('clean', 'staff',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'shy bladder - did I do this right?',
    'Thu, 23 Jan 2025 18:22:09 -0500',
    """Dr O, general procedure question for next time -- for a DOT pre-employment donor who
can't give 45 mL, I start the 3 hour clock from the first insufficient specimen, give
up to 40 oz of fluid spread out over the 3 hours, and if still nothing I discontinue and
notify the DER and the MRO, correct? And it's the MRO who sends them for the medical
evaluation, not us?

I had one today and I think I handled it right but I want to write it on the cheat sheet.
Thanks
Carla
""")

add('clean', 'staff',
    'Paul Okafor <pokafor@harborridgehealth.org>',
    'OccMed Providers <occmed-providers@harborridgehealth.org>',
    'Case conference Thursday - 3 de-identified cases',
    'Mon, 31 Mar 2025 07:40:00 -0400',
    """For Thursday's case conference (noon, conf rm B), cases are de-identified -- please
don't add names when you discuss.

Case A: 40s F, repetitive scanning job, lateral elbow pain x 3 months. Question: work
relatedness when symptoms started after a home move. How do we document apportionment?

Case B: 30s M warehouse worker, low back strain, 10 weeks, no improvement, imaging
unremarkable, fear-avoidance high. When do we refer to functional restoration vs more PT?

Case C: 50s healthcare worker, contact dermatitis hands, patch testing positive to
thiuram. Is transfer to a glove-free role our recommendation or just glove change?

Bring literature if you have it. Lunch provided.
Paul
""")

# =====================================================================================
# CLEAN - training
# =====================================================================================

add('clean', 'training',
    'Sam Whitford <swhitford@occutrak-software.com>',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'OccuTrak 12.4 demo recap + sandbox logins',
    'Fri, 31 Jan 2025 16:10:27 -0500',
    """Hi Denise,

Thanks for your team's time on the demo. Recap of what we showed in the sandbox
(all fictional data, the sandbox resets nightly):

 - Exposure workflow: we logged a sample needlestick for "TEST, PATIENT ONE" (MRN
   ZZ000001, DOB 01/01/1900), source "TEST, SOURCE" -- the PEP order set and the 6 wk /
   12 wk / 6 mo lab reminders generated automatically.
 - Surveillance: the sample roster of 50 "ZZ" employees, TB due dates and titer status
   color coding.
 - Employer portal: fit/not-fit notifications only -- the HR view never shows exam
   details.

Sandbox: https://sandbox.occutrak-software.com/hrh
Logins: ehdemo1 ... ehdemo6, temp password sent separately.

Let me know when you'd like the pricing call.

Sam Whitford
Solutions Consultant, OccuTrak Software
555-0190
""")

add('clean', 'training',
    'Brent Kowal <bkowal@harborridgehealth.org>',
    'Interface Team <interfaces@harborridgehealth.org>',
    'TEST msgs for OccuTrak cutover Saturday',
    'Thu, 20 Mar 2025 17:55:02 -0400',
    r"""Test messages to send through the TEST channel Saturday. These are our standard
ZZ test patients, do NOT send on the prod port.

MSH|^~\&|SUNQUEST|HRHLAB|OCCUTRAK|HRHEH|20250322080000||ORU^R01|TEST0001|T|2.5.1
PID|1||ZZ9900001^^^HRHMRN^MR||ZZTEST^OCCHEALTH^ONE||19000101|U
OBR|1|T0001|T0001|QFTP^QuantiFERON-TB Gold Plus^L|||20250322080000|||||||||9999999999^TESTDOC^TEST||||||20250322080000|||F
OBX|1|ST|QFTRES^QFT-Plus Result^L||NEGATIVE||NEGATIVE|N|||F

MSH|^~\&|SUNQUEST|HRHLAB|OCCUTRAK|HRHEH|20250322080100||ORU^R01|TEST0002|T|2.5.1
PID|1||ZZ9900002^^^HRHMRN^MR||ZZTEST^OCCHEALTH^TWO||19000101|U
OBR|1|T0002|T0002|HBSAB^Hep B Surface Ab Quant^L|||20250322080100|||||||||9999999999^TESTDOC^TEST||||||20250322080100|||F
OBX|1|NM|HBSAB^Hep B Surface Ab^L||250|mIU/mL|>=10|N|||F

Processing ID is T on both. If you see these in prod OccuTrak, delete them.
Brent
""")

add('clean', 'training',
    'Denise Albrecht <dalbrecht@harborridgehealth.org>',
    'New Hire Orientation <orientation@harborridgehealth.org>',
    'Updated slide notes - sharps injury reporting module',
    'Mon, 06 Jan 2025 11:00:00 -0500',
    """Hi orientation team, updated speaker notes for slides 14-18. Please swap them in
for the Jan 13 class.

Slide 15 - Example scenario (fictional)
"John Doe, a new nurse on a med-surg unit, is stuck by a used insulin needle while
disposing of it. What should John do first?"
  -> Wash with soap and water. Don't squeeze or use bleach.
  -> Tell the charge nurse and call the exposure hotline x3300 right away.
  -> Go to Employee Health (days) or ED (nights/weekends) within 2 hours.
Ask the room: who orders the source patient's labs? (Answer: the unit, using the
"BBP source panel" order set.)

Slide 17 - Myth: "If I report it, it'll go in my HR file."
  -> Exposure records are kept in Employee Health, separate from HR, and kept for
     30 years after employment ends.
""")

add('clean', 'training',
    'Tri-Meridian Training <training@trimeridianlab.com>',
    'Carla Benedetti <cbenedetti@harborridgehealth.org>',
    'Collector refresher: completed CCF example (SAMPLE - not a real donor)',
    'Tue, 21 Jan 2025 09:30:00 -0600',
    """Collector Refresher Training - Module 3: Completing the Federal CCF

Below is a fully completed SAMPLE Step 1 and Step 2 for practice. All data are fictional.

STEP 1 (completed by collector)
  A. Employer: SAMPLE TRUCKING CO, 123 Any Street, Anytown, XX 00000
  B. MRO: Dr. Sample MRO, 456 Example Ave, Anytown
  C. Donor SSN or Employee ID: 000-00-0000
  D. Specify testing authority: DOT - FMCSA
  E. Reason for test: Pre-employment
  F. Drug tests to be performed: THC, COC, PCP, OPI, AMP
  G. Collection site: SAMPLE CLINIC, Anytown

STEP 2 (completed by collector)
  Temperature within 4 minutes: [X] Yes, 90-100 F
  Split specimen collected: [X] Yes

Common fatal flaws this quarter: missing collector signature, specimen ID numbers not
matching the bottle seals. Quiz link below, 10 questions, 80% to pass.
""")

add('clean', 'training',
    'Dev Ramaswamy <dramaswamy@harborridgehealth.org>',
    'Brent Kowal <bkowal@harborridgehealth.org>',
    'synthetic FHIR test bundle for the portal pilot',
    'Wed, 02 Apr 2025 15:10:40 -0400',
    """Brent -- per your note yesterday, switched the pilot to synthetic data. Here's the
test patient from the HAPI public sandbox we'll use for the format checks:

{
  "resourceType": "Patient",
  "id": "example-test-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"use": "official", "family": "Testpatient", "given": ["Fhir", "Sample"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}

plus one Immunization (CVX 43) and one Observation (LOINC 16935-9) pointing at
Patient/example-test-001, values made up. All tagged HTEST so the portal filters them
from reports.

Dev
""")

add('clean', 'training',
    'Keystone Mutual EDI <edisupport@keystonemutual.com>',
    'Leticia Brandt <lbrandt@harborridgehealth.org>',
    'RE: Rejected 837P - companion guide example',
    'Fri, 21 Mar 2025 10:02:33 -0400',
    """Hi Leticia,

We corrected the claimant name on our side, please resubmit the original file, no
changes needed.

For future reference, our WC companion guide (v3.2, section 4.6) expects the claim number
in both NM109 and REF*Y4 of loop 2010CA. Example from the guide -- test data only:

NM1*QC*1*ZZTEST*CLAIMANT****MI*9999WC0000001~
N3*100 TEST STREET~
N4*ANYTOWN*CT*00000~
DMG*D8*19000101*U~
REF*Y4*9999-WC-0000001~

Thanks,
Keystone Mutual EDI Support
""")
# =====================================================================================
# Build
# =====================================================================================

# a few bodies forced into a specific transfer encoding (label, kind, ordinal-in-kind)
FORCE_CTE = {
    ('phi', 'ids', 1): 'base64',
    ('phi', 'care', 8): 'quoted-printable',
    ('phi', 'names', 6): 'quoted-printable',
    ('phi', 'self', 2): 'base64',
    ('phi', 'lists', 2): 'base64',
    ('clean', 'staff', 2): 'base64',
    ('clean', 'admin', 3): 'quoted-printable',
    ('clean', 'lookalike', 2): 'base64',
}

XMAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', None, None,
            'Microsoft Outlook 16.0', None, 'Mozilla Thunderbird 128.7.0']


def domain_of(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1] if '@' in a else 'localhost'


def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        n = counters[key]
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], n)

        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subject']
        msg['Date'] = m['date']
        msg['Message-ID'] = '<%08x.%04x.%d@%s>' % (random.getrandbits(32), random.getrandbits(16),
                                                   i + 1, domain_of(m['frm']))
        xm = XMAILERS[random.randrange(len(XMAILERS))]
        if xm:
            msg['X-Mailer'] = xm
        for k, v in m['headers'].items():
            msg[k] = v

        cte = m['cte'] or FORCE_CTE.get((m['label'], m['kind'], n))
        if not cte and m['body'].isascii() and random.random() < 0.7:
            cte = '7bit'   # most plain ASCII mail goes out unencoded
        if cte:
            msg.set_content(m['body'], cte=cte)
        else:
            msg.set_content(m['body'])
        if m['html']:
            msg.add_alternative(m['html'], subtype='html')
        for ctype, name, data in m['atts']:
            maintype, subtype = ctype.split('/', 1)
            if isinstance(data, str):
                msg.add_attachment(data, subtype=subtype, filename=name)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)

        for j, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (i, j))

        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])

    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return rows


if __name__ == '__main__':
    rows = build()
    from collections import Counter
    c = Counter((r[1], r[2]) for r in rows)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', len(rows))
