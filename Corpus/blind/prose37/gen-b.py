#!/usr/bin/env python3
# Blind evaluation mail set: occupational health / urgent care chain (Tallgrass Occupational Health).
# All people, numbers and organisations are invented.
import sys, os, io, csv, zipfile, random
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 3702
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information protected\n"
        "by law. Any unauthorized review, use, disclosure or distribution is prohibited. If you\n"
        "are not the intended recipient, please contact the sender by reply e-mail and destroy\n"
        "all copies of the original message.")


def M(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
      atts=(), cte=None, hdrs=None, tzh=-5):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subj=subj, body=body,
                     date=date, patient=patient, cc=cc, html=html, atts=list(atts),
                     cte=cte, hdrs=hdrs or [], tzh=tzh))


def zip_bytes(files, when=(2024, 6, 1, 8, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def xlsx_bytes(rows, sheet='Sheet1'):
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
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _esc(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files, when=(2024, 6, 14, 16, 30, 0))


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


# =====================================================================
# PHI / care
# =====================================================================

M('phi', 'care',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'Gwen Paterno <gpaterno@cornerstonemutual.com>',
  'Kowalczyk - claim CMC-24-0183377 - 5/20 recheck',
  """Gwen,

Quick update on Dale Kowalczyk after his recheck this morning with Paul Hruska, PA-C.

- 9 sutures L palm removed, wound well healed, no redness or drainage
- grip still weak, referred to hand therapy 2x/wk x 3 wks (Millbrook Rehab has the order)
- work status: modified duty, no gripping or power tools with the L hand, one-handed tasks ok
- next visit 6/3 at 10:15

The work status form is uploaded to your portal. Let me know if you need the dictated note or
if the TTD question from last week is still open on your end.

Thanks,
Lorraine

Lorraine Dube, CWCP
Workers' Compensation Coordinator
Tallgrass Occupational Health & Urgent Care | Millbrook
p 608-555-0172  f 608-555-0179

""" + DISC,
  (2024, 5, 20, 14, 7), patient='Kowalczyk')

M('phi', 'care',
  'Denise Marchetti <dmarchetti@tallgrassoh.com>',
  'Becky Tunstall <btunstall@harlanmetalfab.com>',
  'Fwd: PT progress - Oduya, Tremaine',
  """Becky - fwd'ing the PT update on Tremaine so you can plan the schedule. short version: ok for
modified duty starting Monday, nothing overhead yet. Dr O will sign the updated restrictions tmrw.

Denise

Denise Marchetti, RN, COHN
Case Manager | Tallgrass Occupational Health
608-555-0164

---------- Forwarded message ---------
From: Carla Benedetti, DPT <cbenedetti@millbrookrehab.net>
Date: Thu, May 23, 2024 at 4:41 PM
Subject: PT progress - Oduya, Tremaine
To: Denise Marchetti <dmarchetti@tallgrassoh.com>

Denise,

Tremaine has completed 6 of the 12 authorized visits for the R shoulder. Flexion is up from 95
to 140 deg, abduction 120. Pain 3/10 at rest, 6/10 with overhead reach. Still weak on ER
testing, mild scap dyskinesis. HEP compliance is good. I'd recommend continuing 2x/wk for 3 more
weeks then re-eval. He keeps asking about going back on the press line -- I told him that's the
doc's call, not mine.

Carla Benedetti, PT, DPT
Millbrook Rehab & Sports Therapy
""",
  (2024, 5, 24, 8, 31), patient='Oduya')

M('phi', 'care',
  'Samuel Otieno <sotieno@tallgrassoh.com>',
  'Rick Vandersloot <rvandersloot@brennancoldstorage.com>',
  'Post-accident testing + visit - K. Albrecht',
  """Rick,

Following up on the dock incident from yesterday afternoon.

Kristen Albrecht -- post-accident testing completed at our Eastgate clinic 5/29.
  Breath alcohol: 0.000 (14:22)
  Urine drug screen (non-DOT 10 panel): verified NEGATIVE by MRO this morning

She was also evaluated for the L forearm. X-rays were negative for fracture, it's a contusion.
She got ice, an ace wrap and was told ibuprofen as needed. Released to full duty, no
restrictions. She doesn't need to come back unless it gets worse.

The paperwork (CCF copy 2 and the work status) is in your employer portal under June uploads.

Sam Otieno
Drug & Alcohol Testing Coordinator / C-TPA Services
Tallgrass Occupational Health & Urgent Care
o: 608-555-0150 | c: 608-555-0191
""",
  (2024, 5, 30, 9, 12), patient='Albrecht')

M('phi', 'care',
  'Priya Venkataraman NP <pvenkataraman@tallgrassoh.com>',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'sent one out from Rt 9',
  """heads up - sent Mr. Halvorsen (the Ostrander Logistics driver, here for his DOT recert
Thursday last year) to Mercy ED by ambulance at 11:40. walked in saying "heartburn since
breakfast". EKG had ST elevation in II/III/aVF. Gave ASA 324 chewed, NTG held b/c BP 94/60,
called 911. EMS had him out in 12 min. wife notified, she's meeting him there.

His employer will probably call because he was on the schedule for the DOT physical thursday. I
told the front desk to just say he's not able to make the appt and not give details.

I'll do the incident note in the EHR before I leave. rough morning.

Priya

Sent from my iPhone""",
  (2024, 6, 4, 12, 26), patient='Halvorsen')

M('phi', 'care',
  'VeraConsult Clinical Team <clinical-notify@veraconsult.io>',
  'Tallgrass Care Coordination <carecoord@tallgrassoh.com>',
  'Virtual visit summary - Graciela Montano - 06/04/2024',
  """VERACONSULT TELEHEALTH - VISIT SUMMARY FOR PARTNER CLINIC

Patient: Graciela Montaño
Partner: Tallgrass Occupational Health (Eastgate)
Visit: 06/04/2024 15:10 CT, video, 18 min
Clinician: Aaron Feldkamp, PA-C

Follow-up of low back strain (work-related, lifting crates 5/21). Patient reports the
cyclobenzaprine makes her too drowsy to drive the pallet jack safely. Pain improved 7/10 -> 4/10.

Changes today:
  STOP cyclobenzaprine 10 mg
  START tizanidine 2 mg at bedtime, #14, no refills
  CONTINUE naproxen 500 mg twice daily with food
Work status: continue modified duty, max lift 20 lb, alternate sit/stand.
Recommend in-person recheck at Eastgate in 7-10 days.

Please reply to this message or call 888-555-0117 option 3 with questions.
This message was generated by the VeraConsult platform. Do not forward outside your organization.
""",
  (2024, 6, 4, 15, 44), patient='Montaño',
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#1c5d8a">VeraConsult Telehealth &ndash; Visit Summary</h3>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Graciela Monta&ntilde;o</td></tr>
<tr><td><b>Partner</b></td><td>Tallgrass Occupational Health (Eastgate)</td></tr>
<tr><td><b>Visit</b></td><td>06/04/2024 15:10 CT, video, 18 min</td></tr>
<tr><td><b>Clinician</b></td><td>Aaron Feldkamp, PA-C</td></tr>
</table>
<p>Follow-up of low back strain (work-related, lifting crates 5/21). Patient reports the
cyclobenzaprine makes her too drowsy to drive the pallet jack safely. Pain improved 7/10 &rarr; 4/10.</p>
<p><b>Changes today:</b><br>
STOP cyclobenzaprine 10 mg<br>
START tizanidine 2 mg at bedtime, #14, no refills<br>
CONTINUE naproxen 500 mg twice daily with food</p>
<p><b>Work status:</b> continue modified duty, max lift 20 lb, alternate sit/stand.<br>
Recommend in-person recheck at Eastgate in 7&ndash;10 days.</p>
<p style="color:#777;font-size:11px">This message was generated by the VeraConsult platform. Do not forward outside your organization.</p>
</body></html>""")

M('phi', 'care',
  'Jorge Almanza <jalmanza@tallgrassoh.com>',
  'Ana Lucia Ferreira <aferreira@midvalleypoultry.com>',
  'Work status update - Jamal Whitfield',
  """Hi Ana Lucia,

Work status for Jamal Whitfield after today's visit (6/5):

Status: MODIFIED DUTY
- No lifting over 15 lbs
- No repetitive bending/twisting
- Must be allowed to change position every 30 min
Next appointment: 6/12/2024 8:30 AM, Millbrook

Dr. Okafor-Lindqvist ordered an MRI of his lower back; it's scheduled at Valley Imaging for
6/11. He's also been switched to a different pain med so he shouldn't operate the forklift
until we see him again.

Thanks!
Jorge Almanza
Front Office Lead - Millbrook
Tallgrass Occupational Health & Urgent Care
608-555-0140
""",
  (2024, 6, 5, 16, 2), patient='Whitfield', cte='quoted-printable',
  html="""<div style="font-family:Calibri,sans-serif">
<p>Hi Ana Lucia,</p>
<p>Work status for <b>Jamal Whitfield</b> after today's visit (6/5):</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th align="left">Status</th><td>MODIFIED DUTY</td></tr>
<tr><th align="left">Restrictions</th><td>No lifting over 15 lbs<br>No repetitive bending/twisting<br>Must be allowed to change position every 30 min</td></tr>
<tr><th align="left">Next appointment</th><td>6/12/2024 8:30 AM, Millbrook</td></tr>
</table>
<p>Dr. Okafor-Lindqvist ordered an MRI of his lower back; it's scheduled at Valley Imaging for 6/11.
He's also been switched to a different pain med so he shouldn't operate the forklift until we see him again.</p>
<p>Thanks!<br>Jorge Almanza<br>Front Office Lead - Millbrook<br>Tallgrass Occupational Health &amp; Urgent Care<br>608-555-0140</p>
</div>""")

M('phi', 'care',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'Marcus Finch <mfinch@delgadofinchlaw.com>',
  'RE: Records request - your client Patricia Nwachukwu-Bell',
  """Mr. Finch,

We received the signed authorization on 5/28. The certified copy of the chart is going out by
mail today. As your paralegal asked on the phone, here is the visit history in summary:

3/12/24  Initial visit, Route 9. Neck and R shoulder pain after fall from loading ramp.
         Cervical and shoulder x-rays. Off work 3 days.
3/19/24  Recheck. Started PT referral, modified duty.
4/02/24  Trigger point injections x2, R trapezius.
4/16/24  Recheck, minimal improvement. Gabapentin started.
4/30/24  Referred to orthopedics (Dr. Lamont Ealy).
5/15/24  EMG/NCS R upper extremity at Valley Neuro (report in chart).

Invoice for copying fees ($48.20) is enclosed with the records.

Lorraine Dube, CWCP
Workers' Compensation Coordinator
Tallgrass Occupational Health & Urgent Care

-----Original Message-----
From: Tamsin Reyes <treyes@delgadofinchlaw.com>
Sent: Tuesday, May 28, 2024 10:02 AM
To: records@tallgrassoh.com
Cc: Marcus Finch <mfinch@delgadofinchlaw.com>
Subject: Records request - your client Patricia Nwachukwu-Bell

Please see attached HIPAA authorization for our client. We need all records, billing and
imaging from 3/1/24 to present. A short treatment summary would also be appreciated.

Tamsin Reyes, Paralegal
Delgado Finch & Aurelio LLP

""" + DISC,
  (2024, 5, 31, 11, 48), patient='Nwachukwu-Bell')

M('phi', 'care',
  'Heather Kuyper <hkuyper@tallgrassoh.com>',
  'Doug Brannigan <dbrannigan@harlanmetalfab.com>',
  'audiogram retest needed',
  """Doug,

From Tuesday's annual hearing conservation testing at your onsite clinic: Luis Echeverría (2nd
shift, press brake) showed a standard threshold shift in the left ear compared to his 2021
baseline, average 12 dB at 2/3/4k.

Per the standard we'll retest him within 30 days before anything is final. He's booked for
6/20 at 6:45 am at the onsite clinic, please make sure he's had 14 hrs quiet beforehand (no
press line that morning). If the shift is confirmed we'll send the written notice and you'll
want to look at recordability. We also refit him with foam plugs - his ear canals are small
and the flanged ones weren't sealing.

Heather Kuyper, CAOHC
Audiometric Technician, Harlan Onsite Clinic
Tallgrass Occupational Health
""",
  (2024, 6, 6, 13, 55), patient='Echeverría')


# =====================================================================
# PHI / names
# =====================================================================

M('phi', 'names',
  'Paul Hruska PA-C <phruska@tallgrassoh.com>',
  'Denise Marchetti <dmarchetti@tallgrassoh.com>',
  'RE: Szymańska knee',
  """MRI read is back -- medial meniscus tear, posterior horn, small effusion. Ortho (Dr Ealy) can
see her Tues 6/11 at 1. keep her on seated duty till then. can you let the adjuster know? I
think it's Great Plains on this one.

P

On Fri, Jun 7, 2024 at 9:14 AM Denise Marchetti <dmarchetti@tallgrassoh.com> wrote:
> who has the MRI on this one? employer's asking when she can go back to the line
""",
  (2024, 6, 7, 10, 3), patient='Szymańska')

M('phi', 'names',
  'Marisol Quintero <mquintero@tallgrassoh.com>',
  'Jorge Almanza <jalmanza@tallgrassoh.com>',
  'need interpreter for callback',
  """Jorge can you set up a callback w/ the Vietnamese phone interpreter (NOT her son this time,
Dr O was very clear). Mrs. Trần's labs from the pre-placement physical came back -- Trần Thị Thu,
the new hire from Mid-Valley second shift. A1c 9.2, fasting glucose 240. Dr O wants her back in
this week to talk about starting metformin and she can't clear her for the freezer job until
then. Best # is the home phone, mornings.

thx
Marisol
""",
  (2024, 6, 10, 8, 52), patient='Trần')

M('phi', 'names',
  'Becky Tunstall <btunstall@harlanmetalfab.com>',
  'WC Intake <wcintake@tallgrassoh.com>',
  'FROI / employee injury - ADEYEMI-JOHNSON, OLUWASEUN',
  """Good afternoon,

Sending over the first report for the injury on 1st shift today. Employee was taken to your
Eastgate clinic by his supervisor.

Employee: ADEYEMI-JOHNSON, OLUWASEUN
Dept: Fab / band saw
DOI: 05/29/2024  approx 10:40
Description: laceration R index finger, caught on band saw blade guard while changing blade

Clinic called back -- 4 stitches and a tetanus shot, back to work tomorrow with finger
splinted, no saw work. Can you please send the work status note to me directly and bill
Cornerstone Mutual under our policy (WC-HMF-2210447)?

Thank you,
Becky Tunstall
HR Generalist | Harlan Metal Fabrication
(608) 555-0118
""",
  (2024, 5, 29, 14, 16), patient='Adeyemi-Johnson')

M('phi', 'names',
  'Paul Hruska PA-C <phruska@tallgrassoh.com>',
  'Night Shift UC <eastgate-nights@tallgrassoh.com>',
  'delroy recheck',
  """fyi for whoever's on tonight - Delroy from the Brennan night shift (the forklift guy w/ the
steam burn on his forearm last week) came back in at 6. burn's infected, cellulitis spreading
~3 cm past the margin, marked it with pen. started keflex 500 qid, told him to come back if it
goes past the line or he gets fever. recheck here tomorrow night before his shift.

p
""",
  (2024, 6, 11, 19, 20), patient='Delroy')

M('phi', 'names',
  'Janine Holloway <jholloway@hollowaypratt.com>',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'de la Cruz Villanueva v. Mid-Valley Poultry - treating provider deposition',
  """Dr. Okafor-Lindqvist,

I represent Mid-Valley Poultry Processing and its carrier in the above workers' compensation
matter. We would like to schedule your deposition as the treating physician for Ms. María José
de la Cruz Villanueva, specifically regarding:

  1. Your 2/14/2024 evaluation and the bilateral carpal tunnel findings;
  2. The decision to refer her for release surgery on the right;
  3. Your opinion on causation (deboning line vs. her prior history).

Ms. de la Cruz's counsel has proposed July 9 or July 11 in the afternoon. Would either work? We
will of course compensate your time at your standard deposition rate.

Sincerely,
Janine Holloway
Holloway Pratt LLC
1200 Commerce Ave, Suite 410
(608) 555-0193

This message is attorney-client privileged and confidential.
""",
  (2024, 6, 12, 10, 40), patient='de la Cruz Villanueva')

M('phi', 'names',
  'VeraConsult Scheduling <scheduling@veraconsult.io>',
  'Tallgrass Front Desk - Route 9 <frontdesk-rt9@tallgrassoh.com>',
  'No-show: Al-Khatib 2:00 PM video follow-up',
  """Hello Route 9 team,

Mr. Abdelrahman Al-Khatib did not join his 2:00 PM video follow-up today (eye injury - chemical
splash, day 3 recheck). Our clinician attempted to reach him twice at the number on file and
left a voicemail.

Since this was flagged as a corneal injury recheck, our clinician recommends he be seen in
person at your clinic today or tomorrow rather than rescheduling virtually. Please reach out
to him directly.

Thanks,
Kendra
VeraConsult Scheduling Support
""",
  (2024, 6, 13, 14, 27), patient='Al-Khatib')

M('phi', 'names',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'Tom Reinholt <treinholt@ridgelinepallet.com>',
  'Pre-placement - Subramaniam',
  """Tom,

Ms. Subramaniam's pre-placement exam is done except for two things:

- her hepatitis B surface antibody came back non-reactive, so she'll need a booster series
  before she can start in the first-aid responder role. first dose was given today.
- we deferred the respirator fit test; she had an asthma flare this week and is on an albuterol
  inhaler and a short steroid course. we'll re-do the medical questionnaire and fit test in 2 wks.

She's fine to start orientation and non-respirator tasks Monday.

Renata Okafor-Lindqvist, MD, MPH, FACOEM
Medical Director, Tallgrass Occupational Health & Urgent Care
""",
  (2024, 6, 14, 11, 5), patient='Subramaniam')

M('phi', 'names',
  'Harlan Onsite Clinic <onsite-harlan@tallgrassoh.com>',
  'Doug Brannigan <dbrannigan@harlanmetalfab.com>',
  'welder eye exposure this am',
  """Doug - Zbigniew from 2nd shift welding (Kaczmarczyk, badge says "Zbyszek") came into the
onsite clinic at 7:15 this morning with both eyes burning after helping on the TIG bay without
his hood down. Flash burn. Fluorescein stain showed punctate staining both corneas. Gave
erythromycin ointment and tetracaine for the exam only, patched nothing. He's off the rest of
today and tomorrow morning, should be ok for Thursday 2nd shift if he's improved -- we'll
recheck him here at 1:30 Wednesday.

Might want to look at the curtain on that bay.

Greta Solheim, RN
Harlan Onsite Clinic (Tallgrass Occupational Health)
x4471
""",
  (2024, 6, 17, 9, 2), patient='Kaczmarczyk')

# =====================================================================
# PHI / self
# =====================================================================

M('phi', 'self',
  'Ray Dunleavy <raydunleavy79@gmail.com>',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'my back / appt',
  """hi lorraine this is ray dunleavy (DOB 2/14/79), i dont have my claim # on me sorry.

my back is still pretty bad even after the 6 PT visits. the pills they gave me (the
methocarbamol) make me dizzy on the line and my supervisor sent me home tuesday. is there any
way i can get seen before the 17th? also is it ok if i stop taking them until then

also my boss keeps asking me when ill be full duty and i dont know what to tell him

thanks
Ray
""",
  (2024, 6, 6, 21, 48), patient='Dunleavy')

M('phi', 'self',
  'Meredith Fenwick <mfenwick.home@outlook.com>',
  'Eastgate Urgent Care <eastgate@tallgrassoh.com>',
  'Note for school - Caleb Fenwick',
  """Hello,

My son Caleb Fenwick (DOB 08/30/2009) was seen at your Eastgate location on Saturday 6/1 for his
right ankle. The provider said the x-ray didn't show a fracture and it's a sprain, and gave him
crutches and an air cast.

The athletic trainer at Lincoln High needs a copy of the x-ray report and a note saying when
he's allowed back to practice. Could you email that to me or fax to the school at
608-555-0127 attn: Coach Pruitt?

Thank you,
Meredith (Caleb's mom)
608-555-0108
""",
  (2024, 6, 3, 7, 35), patient='Fenwick')

M('phi', 'self',
  'Brianna K <bree.koistinen@yahoo.com>',
  'drugtesting@tallgrassoh.com',
  'my test came back "dilute"??',
  """hi so i got a call from HR at ridgeline saying my pre employment drug test came back dilute
negative and i have to redo it. my name is brianna koistinen, i did the test at the route 9
clinic last thursday (5/30)

i drink a lot of water at work and i also take adderall 20mg prescribed by my doctor for ADHD,
will that show up on the retest? do i need to bring the bottle? i dont want to lose this job

can i come in today after 3

bree
""",
  (2024, 6, 4, 10, 11), patient='Koistinen')

M('phi', 'self',
  'Yolanda Pérez-Whitaker <yperezwhitaker@gmail.com>',
  'records@tallgrassoh.com',
  'Request for my medical records',
  """To whom it may concern,

My name is Yolanda Pérez-Whitaker, date of birth 11-07-1983. I was treated at your Route 9 clinic
from January through April of this year for my neck and left arm after the accident at work
(Ostrander Logistics warehouse, 1/8/2024). I had x-rays, the nerve test, and the steroid
shots.

I need a complete copy of my records including the x-ray images sent to my attorney, Marcus
Finch at Delgado Finch & Aurelio. I have signed the form and attached it. Please let me know if
there is a fee.

My phone is (608) 555-0185 if you need to reach me.

Sincerely,
Yolanda Pérez-Whitaker
""",
  (2024, 5, 27, 18, 30), patient='Pérez-Whitaker', cte='quoted-printable',
  atts=[('records_authorization_signed.txt',
         "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n"
         "Patient: Yolanda Perez-Whitaker   DOB: 11/07/1983\n"
         "Release from: Tallgrass Occupational Health & Urgent Care\n"
         "Release to: Delgado Finch & Aurelio LLP, attn Marcus Finch\n"
         "Information: complete record incl. imaging, EMG, billing 01/01/2024 - present\n"
         "Purpose: legal\n"
         "Signed: /s/ Yolanda Perez-Whitaker   Date: 05/27/2024\n",
         'text', 'plain')])

M('phi', 'self',
  'Minh Thai <minh.thai.88@gmail.com>',
  'Harlan Onsite Clinic <onsite-harlan@tallgrassoh.com>',
  'TB test read',
  """Hi it's Minh, Minh Thai from 3rd shift paint line. I got the TB skin test put on Monday at the
onsite clinic but I had to work a double so I missed coming back Wednesday to get it read. Is it
too late? The spot is red and kinda hard/raised, about the size of a dime, it itches a little.

I can come before my shift tonight around 9:30 if someone is there.

Minh
""",
  (2024, 6, 13, 15, 2), patient='Thai')

M('phi', 'self',
  'Donna Ostrowski <dostrowski1960@att.net>',
  'Millbrook Clinic <millbrook@tallgrassoh.com>',
  'My husband - visit on June 3',
  """Hello,

My husband Gerald Ostrowski was seen at your Millbrook clinic on June 3 after he fell off a
step ladder at the warehouse and hit his head. He was sent home that afternoon with a work
note.

Since then he's had a headache every day and yesterday he got confused about where he parked
and repeated himself a lot. He is 64 and takes Eliquis for his heart. Was a CT scan done? I
don't see one in the papers. Should I take him to the ER?

Please call me, 608-555-0122. I'm his wife and I'm listed on his forms.

Donna Ostrowski
""",
  (2024, 6, 6, 7, 58), patient='Ostrowski')

M('phi', 'self',
  'Ifeoma Chukwu <ifeoma.chukwu@protonmail.com>',
  'VeraConsult Support <support@veraconsult.io>',
  'video visit dropped + stitches',
  """Hello,

I had a video visit this morning through the Tallgrass app, my appointment was at 9:40. The
call dropped twice and then the doctor never came back on. It was supposed to be my wound check
for the stitches on my chin (I got 5 stitches at the Eastgate urgent care on Friday after I hit
the shelving at work).

It looks a bit swollen and there's some yellow crust. Do I still need to come in to get them
taken out on Thursday or can the doctor look at it on video? I attached a picture in the app.

Thank you,
Ifeoma
""",
  (2024, 6, 10, 11, 14), patient='Chukwu',
  html="""<div dir="ltr">Hello,<br><br>I had a video visit this morning through the Tallgrass app, my appointment was at 9:40. The call dropped twice and then the doctor never came back on. It was supposed to be my wound check for the stitches on my chin (I got 5 stitches at the Eastgate urgent care on Friday after I hit the shelving at work).<br><br>It looks a bit swollen and there&#39;s some yellow crust. Do I still need to come in to get them taken out on Thursday or can the doctor look at it on video? I attached a picture in the app.<br><br>Thank you,<br>Ifeoma</div>""")


# =====================================================================
# PHI / ids
# =====================================================================

M('phi', 'ids',
  'Derrick Lomax <dlomax@greatplainscomp.com>',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'Claim 24-WC-118204 - DOB mismatch',
  """Keisha,

Bill for claimant Baptiste is pending on a DOB mismatch. FROI from the employer has 3.4.88, your
CMS-1500 has 04/03/1988. Can you confirm which is correct so I can release payment?

DOS 05/14/24
99203 / 73110 (wrist 3 views) / 29125 (short arm splint)
Dx S62.101A

Derrick Lomax | Claims Adjuster II
Great Plains Comp Assurance
d 402-555-0166
""",
  (2024, 6, 3, 13, 20), patient='Baptiste')

M('phi', 'ids',
  'Meridian Toxicology Client Services <clientservices@meridiantox.com>',
  'Samuel Otieno <sotieno@tallgrassoh.com>',
  'Specimen rejected - Accession MTL-2406-558201',
  """Client: TALLGRASS OCC HEALTH - ROUTE 9 (Acct 30417)

Accession:     MTL-2406-558201
Specimen ID:   0048219655
Donor ID:      xxx-xx-6120
Donor DOB:     19880304
Collected:     20240603 0915
Reason:        Temperature out of range box not marked; collector signature missing Step 4
Remarks line:  "donor states taking prednisone 20mg and amoxicillin"

Status: REJECTED FOR TESTING - FATAL FLAW. Recollection under direct observation is not
required; a new collection is required. Please notify the DER.

Meridian Toxicology Laboratories | 800-555-0139 opt 2
""",
  (2024, 6, 5, 7, 3))

M('phi', 'ids',
  'Aaron Feldkamp PA-C <afeldkamp@veraconsult.io>',
  'carecoord@tallgrassoh.com',
  'wound photos needed - ref VC-55120-K',
  """Hi team,

Could someone upload the in-clinic wound photos from the initial visit for patient ref
VC-55120-K (DOB 17 Sep 1975)? I'm doing the day-5 virtual check on the forearm abrasion /
road rash tomorrow and he says the area around the staples is getting darker. Comparing against
the baseline photos would help me decide whether to bring him in.

Your MRN for him should be TG-00731846.

Aaron Feldkamp, PA-C
VeraConsult Telehealth
""",
  (2024, 6, 18, 17, 40))

M('phi', 'ids',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'Provider Services <provider.services@heartlandhealthplan.com>',
  'Eligibility question - member XGP448120917',
  """Hello,

WC carrier denied this visit as non-occupational, so we are billing the patient's group plan.
Your portal shows the member as termed but the patient says coverage is active through COBRA.
Please confirm:

Member ID: XGP448120917
Subscriber: Hollis Renner
Address on file: 1418 Sumac Ln Apt 3, Millbrook 53588
Phone: (608) 555-0136
DOS: 05/30/2024, urgent care visit, UA and urine culture, IM ceftriaxone given
Billed: $412.00

Thank you,
Keisha Barnwell
Billing Specialist, Tallgrass Occupational Health & Urgent Care
Tax ID 39-4471026 | NPI 1902847716
""",
  (2024, 6, 10, 9, 41), patient='Renner')

M('phi', 'ids',
  'Dana Lutz <dlutz@tallgrassoh.com>',
  'Priya Venkataraman NP <pvenkataraman@tallgrassoh.com>',
  '00482917',
  """cx back on 00482917 - MRSA, sens to bactrim and doxy, resistant to cephalexin. pt is on keflex
from friday, needs switched. ok to leave msg at 608-555-0143 per chart. want me to call in
bactrim DS bid x 7d to the walgreens on file?

Dana Lutz, RN
""",
  (2024, 6, 10, 14, 55))

M('phi', 'ids',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'Sedgefield Claims Services <appeals@sedgefieldclaims.com>',
  'Appeal - Acct 7731004288 / Claim SCS-0093315',
  """Re: Acct #7731004288, claim SCS-0093315, pt Okonkwo, DOS 04/22/2024

Your EOB denied this date as "not related to compensable injury." The 4/22 visit was for the
same L ankle sprain from the 4/09 DOI (S93.402A) - recheck, repeat x-ray due to persistent
lateral swelling, and CAM boot fitting (L4361). The ortho referral was placed that day.

Attached: visit note 04/22, x-ray report, referral. Please reprocess.

Keisha Barnwell
Billing Specialist
Tallgrass Occupational Health & Urgent Care
608-555-0155
""",
  (2024, 6, 11, 10, 18), patient='Okonkwo')

M('phi', 'ids',
  'Tamsin Reyes <treyes@delgadofinchlaw.com>',
  'records@tallgrassoh.com',
  'Subpoena duces tecum - Haddad',
  """Good morning,

Please see the enclosed subpoena for records regarding our client:

  Fatima Haddad
  SSN xxx-xx-4471
  DOB 07/22/1990
  DOI 01/09/2024
  Employer: Mid-Valley Poultry Processing
  Claim # 24-WC-100877

We request all records including intake paperwork, lumbar spine x-rays, any drug screen
performed on the date of injury, work status notes and billing. Production is due within 14
days.

Tamsin Reyes, Paralegal
Delgado Finch & Aurelio LLP
(608) 555-0160
""",
  (2024, 6, 12, 9, 5), patient='Haddad')

M('phi', 'ids',
  'Marisol Quintero <mquintero@tallgrassoh.com>',
  'records@tallgrassoh.com',
  'address change + mail copy',
  """Chart 118-4402 -- Shirley Tibbetts called, she moved. New address:
722 W Locust St Apt 2B
Dorrance Falls 53601
cell now 608-555-0197 (old home # disconnected)

She wants a copy of the shoulder MRI report and the PT notes mailed there, she already signed
the release at the front desk yesterday. Also she said she's still on the tramadol and wants
to know if Dr O will refill before the 24th.

-M
""",
  (2024, 6, 19, 12, 14), patient='Tibbetts')


# =====================================================================
# PHI / lists
# =====================================================================

M('phi', 'lists',
  'Paul Hruska PA-C <phruska@tallgrassoh.com>',
  'Eastgate Clinical <eastgate-clinical@tallgrassoh.com>',
  'huddle 6/6 - WC rechecks',
  "morning all, today's WC rechecks. pls room the 8:00 early, he needs suture removal + x-ray\n\n"
  "Time\tPatient\tEmployer\tInjury\tToday\n"
  "8:00\tRuiz, Hector\tBrennan Cold Storage\tL hand lac 5/25\tSR + xray 4th MC\n"
  "8:30\tBanerjee, Anand\tOstrander Logistics\tlow back strain\trecheck, PT note\n"
  "9:15\tWhitlock, Sherry\tMid-Valley Poultry\tR wrist tendonitis\tsplint check, ?steroid inj\n"
  "10:00\tOsei, Kwabena\tHarlan Metal Fab\tcorneal FB R eye\tvisual acuity, stain\n"
  "10:45\tO'Rourke, Siobhan\tRidgeline Pallet\tL knee contusion\tclose case if ok\n"
  "1:30\tLindgren, Axel\tBrennan Cold Storage\tfrostbite 2 fingers\twound ck, photos\n\n"
  "Osei wears contacts, remind him to bring his glasses. Lindgren's adjuster wants photos each visit.\n\np\n",
  (2024, 6, 6, 7, 12), patient='Ruiz')

M('phi', 'lists',
  'Samuel Otieno <sotieno@tallgrassoh.com>',
  'Carla Mendenhall <cmendenhall@ostranderlogistics.com>',
  'Random selection results - Q2 batch 2 (DOT)',
  """Carla,

Results for the Q2 batch 2 random pool (FMCSA). All verified by MRO Dr. Carl Aberle.

| Donor                | CCF #       | Collected  | Drug result        | Alcohol |
|----------------------|-------------|------------|--------------------|---------|
| Gustafson, Neil      | 0048210034  | 06/03/2024 | Negative           | 0.000   |
| Medina-Ruelas, Pablo | 0048210035  | 06/03/2024 | Negative           | n/a     |
| Haile, Dawit         | 0048210041  | 06/04/2024 | Negative-dilute    | n/a     |
| Burkhalter, Jody     | 0048210042  | 06/04/2024 | POSITIVE - THC     | 0.000   |
| Sandoval, Rene       | 0048210047  | 06/05/2024 | Negative           | 0.000   |

Jody Burkhalter must be removed from safety-sensitive duty immediately and referred to a SAP.
MRO interview was completed 6/7; no legitimate medical explanation. The Clearinghouse report
will be filed by the MRO. Haile's dilute - per your policy no recollect required.

Sam Otieno
Drug & Alcohol Testing Coordinator / C-TPA Services
Tallgrass Occupational Health & Urgent Care
""",
  (2024, 6, 7, 15, 33), patient='Gustafson')

M('phi', 'lists',
  'Devin Achterberg MD <dachterberg@tallgrassoh.com>',
  'Route 9 Providers <rt9-providers@tallgrassoh.com>',
  'signout 6/8 evening',
  """signout for 7p, 4 still in the building

RM  NAME                 AGE  ISSUE                         PLAN / PENDING
--  -------------------  ---  ----------------------------  --------------------------------
2   Moreau, Annick       34   abd pain RLQ, WBC 14.2        CT A/P at Mercy, ride arranged
4   Castellanos, Ivan    51   chest wall pain after fall    trop #2 at 19:40, if neg d/c
6   Pettigrew, Lila      7    ear pain, fever 102.8         d/c w/ amox once mom back w/ car
7   Dimitrov, Stoyan     45   lac scalp, on ASA             staples done, needs tdap

also Kuznetsova from this afternoon (bee sting, hx anaphylaxis) - called her at 6, she's
fine, no second dose of epi needed.

d
""",
  (2024, 6, 8, 18, 57), patient='Moreau')

M('phi', 'lists',
  'Jorge Almanza <jalmanza@tallgrassoh.com>',
  'Millbrook Front Desk <frontdesk-mb@tallgrassoh.com>',
  'callbacks for Monday',
  """Callbacks left over from Saturday, please split between you two:

  * Mrs. Pettaway - wants her daughter's strep culture result (Tiana), mom's cell in chart
  * Hank Dvorak - asking for refill of his meloxicam, route to Dr O
  * Rosalind Achebe - needs her work note redone, it says 6/2 instead of 6/12 return
  * Mr. Farooqui (Imran) - lipid panel from the DOT physical, he wants a copy mailed
  * Teodora Vasquez-Lind - asking if her TB QuantiFERON is back (sent out Thurs)
  * the Brennan guy w/ the ankle - Kettleson? - PT hasn't called him to schedule

Don't leave results on voicemail unless the chart says ok.

Jorge
""",
  (2024, 6, 10, 7, 45), patient='Pettaway')

claims_csv = csv_text([
    ['Claim #', 'Claimant', 'DOB', 'DOI', 'Employer', 'Body part / injury', 'Last visit',
     'Work status', 'Next appt', 'Notes'],
    ['SCS-0093315', 'Okonkwo, Chidi', '02/11/1993', '04/09/2024', 'Ridgeline Pallet',
     'L ankle sprain', '06/04/2024', 'Modified', '06/18/2024', 'ortho consult pending'],
    ['SCS-0094102', 'Lambert, Denise A', '10/30/1971', '04/28/2024', 'Ridgeline Pallet',
     'R shoulder strain', '06/05/2024', 'Off work', '06/12/2024', 'MRI 6/10 - partial RC tear'],
    ['SCS-0094877', 'Huynh, Bao', '06/06/1999', '05/13/2024', 'Ridgeline Pallet',
     'puncture wound L foot (nail)', '05/20/2024', 'Full duty', '', 'case closed - MMI'],
    ['SCS-0095230', 'Grabowski, Teresa', '01/19/1966', '05/21/2024', 'Ridgeline Pallet',
     'lumbar strain', '06/06/2024', 'Modified', '06/13/2024', 'PT 2x/wk, meds changed'],
    ['SCS-0095611', 'Mbeki, Thandiwe', '12/02/1988', '06/02/2024', 'Ridgeline Pallet',
     'chemical burn R forearm', '06/07/2024', 'Modified', '06/14/2024', 'silvadene, dressing changes'],
])

M('phi', 'lists',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'Vic Paulsen <vpaulsen@sedgefieldclaims.com>',
  'Open claims - Ridgeline Pallet - week ending 6/7',
  """Vic,

Attached is the weekly open claims report for Ridgeline. Two changes this week: Lambert's MRI
came back with a partial rotator cuff tear and Huynh is closed at MMI.

Lorraine
""",
  (2024, 6, 7, 16, 45), patient='Okonkwo',
  atts=[('Ridgeline_open_claims_2024-06-07.csv', claims_csv, 'text', 'csv')])

visit_log = csv_text([
    ['visit_date', 'employee_name', 'employee_id', 'dept', 'visit_type', 'reason', 'disposition',
     'recordable'],
    ['2024-05-01', 'Kaczmarczyk, Zbigniew', 'H20481', 'Welding', 'first aid', 'metal splinter L thumb', 'RTW', 'N'],
    ['2024-05-02', 'Pham, Quoc', 'H21977', 'Paint', 'first aid', 'headache - solvent odor', 'RTW', 'N'],
    ['2024-05-06', 'Echeverria, Luis', 'H19034', 'Press brake', 'surveillance', 'annual audiogram', 'retest STS', 'TBD'],
    ['2024-05-09', 'Stanek, Mary', 'H20225', 'Assembly', 'injury', 'R wrist pain, tendonitis', 'restricted', 'Y'],
    ['2024-05-14', 'Oyelaran, Tunde', 'H22310', 'Shipping', 'personal', 'BP check - on lisinopril', 'RTW', 'N'],
    ['2024-05-16', 'Holmberg, Erik', 'H18852', 'Fab', 'injury', 'lac L forearm 6 sutures', 'RTW', 'Y'],
    ['2024-05-22', 'Abubakar, Halima', 'H22784', 'QA', 'personal', 'pregnancy - lifting restriction note', 'restricted', 'N'],
    ['2024-05-28', 'Stanek, Mary', 'H20225', 'Assembly', 'injury', 'R wrist recheck, steroid inj', 'restricted', 'Y'],
    ['2024-05-30', 'Tran, Kevin', 'H23001', 'Welding', 'surveillance', 'respirator clearance', 'cleared', 'N'],
])

M('phi', 'lists',
  'Greta Solheim RN <gsolheim@tallgrassoh.com>',
  'Doug Brannigan <dbrannigan@harlanmetalfab.com>',
  'May onsite clinic log',
  """Hi Doug, May visit log for the onsite clinic is attached (zipped, password is the usual).
Recordables are flagged Y. Let me know if you want it broken out by shift for the safety
committee.

Greta
""",
  (2024, 6, 3, 10, 20), patient='Kaczmarczyk',
  atts=[('Harlan_onsite_visits_2024-05.zip',
         zip_bytes([('Harlan_onsite_visits_2024-05.csv', visit_log)], when=(2024, 6, 3, 9, 58, 0)),
         'application', 'zip')])

fit_rows = [
    ['Employee', 'DOB', 'Dept', 'Questionnaire date', 'Medical determination', 'Limitations / notes', 'Fit test'],
    ['Haldorsen, Kari', '1984-03-17', 'Freezer', '2024-06-10', 'Cleared', '', 'PASS 3M 8210 M'],
    ['Nakamura-Ruiz, Ken', '1979-11-02', 'Ammonia room', '2024-06-10', 'Cleared w/ limits', 'PAPR only - beard, HTN controlled', 'n/a'],
    ['Etim, Blessing', '1995-07-29', 'Sanitation', '2024-06-11', 'Deferred', 'needs spirometry - wheezing on exam', 'not done'],
    ['Crowfoot, Daniel', '1968-01-08', 'Ammonia room', '2024-06-11', 'Not cleared', 'recent MI (April), cardiology clearance needed', 'not done'],
    ['Lindgren, Axel', '1990-09-14', 'Freezer', '2024-06-12', 'Cleared', 'frostbite healing - no effect', 'PASS 3M 8210 L'],
]

M('phi', 'lists',
  'Heather Kuyper <hkuyper@tallgrassoh.com>',
  'Rick Vandersloot <rvandersloot@brennancoldstorage.com>',
  'respirator clearances - June',
  """Rick - June respirator medical clearances and fit tests, spreadsheet attached. Crowfoot can't
go in the ammonia room until his cardiologist signs off, and Etim needs spirometry (we can do
it here Tues).

Heather
""",
  (2024, 6, 14, 16, 38), patient='Haldorsen',
  atts=[('Brennan_resp_clearance_June2024.xlsx', xlsx_bytes(fit_rows, 'June'),
         'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

# =====================================================================
# PHI / struct
# =====================================================================

M('phi', 'struct',
  'Tomasz Wielgosz <twielgosz@tallgrassoh.com>',
  'Interface Support <interfaces@claimpathrcm.com>',
  'ADT feed rejecting A04s from Route 9 - ticket 58812',
  r"""Hi,

Since the upgrade last night your engine is NAKing our A04s from Route 9 with "PID-7 invalid".
Example message below (copied from our outbound log). The DOB looks fine to me, can you check
whether you're now expecting a time component?

MSH|^~\&|TGOH_EHR|TGOH_RT9|CLAIMPATH|CPRCM|20240611083202||ADT^A04|RT9240611083202114|P|2.5.1
EVN|A04|20240611083202
PID|1||TG00914537^^^TGOH^MR||BOUCHARD^LEONIE^M||19920815|F|||88 Fenwick Ct^^Millbrook^WI^53588||(608)555-0114|||S||7731006610
PV1|1|O|RT9^UC01^^TGOH||||1447720931^VENKATARAMAN^PRIYA^^^NP|||||||||||WC|||||||||||||||||||||||||20240611082500
IN1|1|WC001|8812|CORNERSTONE MUTUAL CASUALTY|||||||||||||||||||||||||||||||||||||||||||CMC-24-0191240
DG1|1||S61.412A^Laceration without FB of left hand^I10

MSA|AE|RT9240611083202114|PID-7 invalid

Thanks,
Tomasz Wielgosz
IT Systems Analyst, Tallgrass Occupational Health
608-555-0147
""",
  (2024, 6, 11, 9, 5), patient='Bouchard')

oru = "\r".join([
    r"MSH|^~\&|MERIDIAN_LIS|MTL|TGOH_EHR|TGOH|20240612161503||ORU^R01|MTL0612161503889|P|2.5.1",
    r"PID|1||TG00488211^^^TGOH^MR~MTL77120^^^MTL^PI||NGUYEN^THANH^VAN||19770402|M|||4410 Orchard Hill Rd^^Dorrance Falls^WI^53601||6085550179",
    r"ORC|RE|TG-ORD-220914|MTL-2406-559034",
    r"OBR|1|TG-ORD-220914|MTL-2406-559034|BLPB^Blood lead panel^L|||20240610090500|||||||||1447720931^OKAFOR-LINDQVIST^RENATA",
    r"OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||38|ug/dL|<5|H|||F|||20240612150000",
    r"OBX|2|NM|5909-7^Zinc protoporphyrin^LN||112|ug/dL|<40|H|||F|||20240612150000",
    r"NTE|1||Result called to T. Wielgosz? NO - called to D. Lutz RN 06/12 16:10",
]) + "\r"

M('phi', 'struct',
  'Dana Lutz <dlutz@tallgrassoh.com>',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'high blood lead - radiator shop pt - result didnt cross into chart',
  """Dr O - Meridian called me with a critical-ish blood lead on the radiator shop employee from
Monday's medical surveillance (38). The result never landed in his chart, interface issue
again, so I saved the raw message off the engine and attached it. Per OSHA lead std he'd need
removal at >=50 so not there yet but ZPP is up too. Do you want a recheck in 4 wks or sooner?
Should I let the employer know he needs the follow-up?

Dana
""",
  (2024, 6, 12, 16, 22), patient='Nguyen',
  atts=[('MTL0612161503889.hl7', oru, 'text', 'plain')])

x837 = ("ISA*00*          *00*          *ZZ*TGOH4471026    *ZZ*CLAIMPATH      *240613*1422*^*00501*000004417*0*P*:~\n"
        "GS*HC*TGOH4471026*CLAIMPATH*20240613*1422*4417*X*005010X222A1~\n"
        "ST*837*0001*005010X222A1~\n"
        "BHT*0019*00*TG240613-0017*20240613*1422*CH~\n"
        "NM1*85*2*TALLGRASS OCCUPATIONAL HEALTH*****XX*1902847716~\n"
        "N3*2200 EASTGATE BLVD~\n"
        "N4*MILLBROOK*WI*53588~\n"
        "REF*EI*394471026~\n"
        "HL*2*1*22*0~\n"
        "SBR*P*18*******WC~\n"
        "NM1*IL*1*SALAZAR*ROBERTO*E***MI*24WC121906~\n"
        "N3*1907 PRAIRIE VIEW DR~\n"
        "N4*DORRANCE FALLS*WI*53601~\n"
        "DMG*D8*19850126*M~\n"
        "NM1*PR*2*GREAT PLAINS COMP ASSURANCE*****PI*GPCA1~\n"
        "CLM*TG240607SAL*318.00***11:B:1*Y*A*Y*Y~\n"
        "DTP*439*D8*20240607~\n"
        "REF*Y4*24-WC-121906~\n"
        "HI*ABK:S39.012A*ABF:W18.49XA~\n"
        "LX*1~\n"
        "SV1*HC:99204*245.00*UN*1***1:2~\n"
        "DTP*472*D8*20240607~\n"
        "LX*2~\n"
        "SV1*HC:72100*73.00*UN*1***1~\n"
        "DTP*472*D8*20240607~\n"
        "SE*24*0001~\n")

M('phi', 'struct',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'ClaimPath Support <support@claimpathrcm.com>',
  'RE: 999 reject on batch 4417',
  """Here is the claim out of batch 4417 that got the 999 reject (IK403 = 7 on the CLM segment?).
Pasting what went out:

""" + x837 + """
I don't see anything wrong with CLM05. It's a WC claim for a lumbar strain, Great Plains wants
the claim # in REF*Y4 which is there. Can you look today? timely filing on this one is close.

Keisha

-----Original Message-----
From: ClaimPath Support <support@claimpathrcm.com>
Sent: Thursday, June 13, 2024 3:02 PM
To: Keisha Barnwell <kbarnwell@tallgrassoh.com>
Subject: 999 reject on batch 4417

Hello, batch 4417 received with 1 rejected transaction set. Please review the 999 in your
portal and resubmit the corrected claim. Case #CP-228104.
""",
  (2024, 6, 13, 15, 30), patient='Salazar')

M('phi', 'struct',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'Derrick Lomax <dlomax@greatplainscomp.com>',
  '835 underpayment - Adebayo',
  """Derrick,

Your 835 from 6/14 shows this claim paid at $96.41 against the fee schedule amount of $168.58
for the 99213. Remit segment below. CARC 45 with no explanation. The patient had a recheck of
his crush injury R foot + dressing change that day. Can you have someone look?

CLP*TG240521ADE*2*236.00*96.41**WC*24WC119733A01*11*1~
NM1*QC*1*ADEBAYO*OLUMIDE*T***MI*24WC119733~
NM1*82*1*HRUSKA*PAUL****XX*1447720948~
DTM*232*20240521~
SVC*HC:99213*168.58*96.41**1~
DTM*472*20240521~
CAS*CO*45*72.17~
SVC*HC:97597*67.42*0**1~
CAS*CO*97*67.42~
AMT*B6*96.41~

Also the 97597 debridement was denied as bundled (97) which we disagree with.

Keisha Barnwell
Billing Specialist | Tallgrass Occupational Health & Urgent Care
""",
  (2024, 6, 17, 11, 2), patient='Adebayo')

x271 = """ISA*00*          *00*          *ZZ*HEARTLANDHP    *ZZ*TGOH4471026    *240618*0931*^*00501*000088312*0*P*:~
GS*HB*HEARTLANDHP*TGOH4471026*20240618*0931*88312*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*TG27124061801*20240618*0931~
HL*1**20*1~
NM1*PR*2*HEARTLAND HEALTH PLAN*****PI*HHP01~
HL*2*1*21*1~
NM1*1P*2*TALLGRASS OCCUPATIONAL HEALTH*****XX*1902847716~
HL*3*2*22*0~
TRN*2*TG27124061801*9394471026~
NM1*IL*1*ESPINOZA*MARIBEL*R***MI*XGP551903224~
N3*605 CEDAR ST~
N4*MILLBROOK*WI*53588~
DMG*D8*19960911*F~
EB*1*IND*30**GOLD PPO 2000~
EB*B*IND*UC***27*75~
MSG*URGENT CARE COPAY APPLIES~
EB*C*IND*30***23*2000*1240.18~
SE*17*0001~"""

M('phi', 'struct',
  'Jorge Almanza <jalmanza@tallgrassoh.com>',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'is this pt covered? 271 is confusing',
  """Keisha - pt at the desk now for urgent care (says it's a UTI, not work related). Ran
eligibility and got this back, is she active? what's the copay? I think it says $75 but want
to be sure before I collect.

""" + x271 + """

thx
J
""",
  (2024, 6, 18, 9, 33), patient='Espinoza')

fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "id": "vc-evt-20240619-771204",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "vc-pt-55873",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "TG-00917302"},
          {"system": "https://veraconsult.io/patient", "value": "VC-55873-R"}
        ],
        "name": [{"family": "Okereke", "given": ["Chinonso", "Emmanuel"]}],
        "gender": "male",
        "birthDate": "1987-12-19",
        "telecom": [{"system": "phone", "value": "608-555-0152", "use": "mobile"}],
        "address": [{"line": ["3310 Birchwood Ave"], "city": "Millbrook", "state": "WI", "postalCode": "53588"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "vc-enc-771204",
        "status": "finished",
        "class": {"code": "VR", "display": "virtual"},
        "subject": {"reference": "Patient/vc-pt-55873"},
        "period": {"start": "2024-06-19T13:05:00-05:00", "end": "2024-06-19T13:21:00-05:00"},
        "reasonCode": [{"text": "recheck R hand burn - hot oil fryer, day 4"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/vc-pt-55873"},
        "medicationCodeableConcept": {"text": "silver sulfadiazine 1% cream"},
        "dosageInstruction": [{"text": "apply thin layer twice daily with dressing change"}]
      }
    }
  ]
}"""

M('phi', 'struct',
  'Nikhil Raghunathan <nikhil@veraconsult.io>',
  'Tomasz Wielgosz <twielgosz@tallgrassoh.com>',
  'Re: webhook 400s on your FHIR endpoint',
  """Hey Tomasz,

Here's one of the payloads your endpoint returned 400 on this afternoon (pulled from our
delivery log, unredacted sorry - you asked for an exact one). I think your side is choking on
the second identifier system, since it's not an OID.

""" + fhir + """

Let me know what you see in your logs for vc-evt-20240619-771204.

Nikhil Raghunathan
Integration Engineer, VeraConsult
On Wed, Jun 19, 2024 at 2:10 PM Tomasz Wielgosz <twielgosz@tallgrassoh.com> wrote:
> Seeing a bunch of 400s from your sender since about 1pm. can you send me an example
> payload? nothing changed on our side
>
> T
""",
  (2024, 6, 19, 14, 48), patient='Okereke')

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <id root="2.16.840.1.113883.3.9921.2" extension="CCD-20240620-00412"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240620101500-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="TG-00655019"/>
      <addr use="HP"><streetAddressLine>47 Ridge Rd</streetAddressLine><city>Dorrance Falls</city><state>WI</state><postalCode>53601</postalCode></addr>
      <telecom value="tel:+1-608-555-0189" use="HP"/>
      <patient>
        <name><given>Agnieszka</given><family>Wróblewska</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19810527"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <text><list><item>Rotator cuff tear, right, traumatic (S46.011A) - onset 03/18/2024</item>
      <item>Status post arthroscopic repair 05/02/2024</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <text><list><item>oxycodone-acetaminophen 5-325 mg q6h prn (tapering)</item>
      <item>ondansetron 4 mg prn nausea</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

M('phi', 'struct',
  'Denise Marchetti <dmarchetti@tallgrassoh.com>',
  'Intake - Lakeshore Work Rehab <intake@lakeshoreworkrehab.com>',
  'Referral for work conditioning - CCD attached',
  """Hello,

Referring a patient for work conditioning / FCE after her R rotator cuff repair (Dr. Ealy,
5/2). CCD from our EHR is attached, and I pasted the header below because your fax said last
time the attachment didn't come through:

  Patient: Wróblewska, Agnieszka   DOB 05/27/1981   MRN TG-00655019
  Employer: Mid-Valley Poultry Processing  | Carrier: Cornerstone Mutual, claim CMC-24-0170552

Authorization from the carrier for 12 visits is on file. Please call me to schedule.

Denise Marchetti, RN, COHN
Case Manager | Tallgrass Occupational Health
608-555-0164
""",
  (2024, 6, 20, 10, 31), patient='Wróblewska',
  atts=[('CCD_TG-00655019.xml', ccd, 'text', 'xml')])


# =====================================================================
# PHI / lang
# =====================================================================

M('phi', 'lang',
  'Esteban Ramírez <estebanro1979@gmail.com>',
  'Millbrook Clinic <millbrook@tallgrassoh.com>',
  'cita de seguimiento - quemadura',
  """Buenas tardes,

Soy Esteban Ramírez Olvera, me atendieron el lunes 3 de junio en la clínica de Millbrook por la
quemadura en la mano derecha (me cayó aceite caliente en la planta de Mid-Valley). La doctora me
dio una crema (sulfadiazina) y me dijo que regresara el viernes para cambiar el vendaje.

Ya me salieron ampollas grandes y una se reventó anoche, me duele bastante. ¿Puedo ir mañana en
vez del viernes? Mi supervisor dice que no puedo regresar al trabajo sin la nota de ustedes.

Mi fecha de nacimiento es 14/09/1979 por si la necesitan.

Gracias,
Esteban
Cel. 608-555-0128
""",
  (2024, 6, 5, 17, 22), patient='Ramírez Olvera')

M('phi', 'lang',
  'Rosângela Tavares <rosangela.tavares@hotmail.com>',
  'Eastgate Urgent Care <eastgate@tallgrassoh.com>',
  'Meu marido Joaquim - resultado do exame',
  """Boa tarde,

Meu marido, Joaquim Tavares da Silva, foi atendido aí na clínica de Eastgate na quinta-feira
(06/06) depois que machucou as costas no trabalho (Brennan Cold Storage). Fizeram raio-X da
coluna e a médica disse que ia ligar com o resultado, mas ninguém ligou.

Ele está tomando o ibuprofeno e o relaxante muscular, mas ainda não consegue dormir direito de
tanta dor. Ele não fala bem inglês, por isso estou escrevendo. Vocês podem me mandar o resultado
do raio-X e a nota de trabalho?

Data de nascimento dele: 22/03/1976.

Obrigada,
Rosângela Tavares (esposa)
(608) 555-0133
""",
  (2024, 6, 10, 13, 40), patient='Tavares da Silva', cte='quoted-printable')

M('phi', 'lang',
  'Phạm Thị Hồng <phamthihong92@gmail.com>',
  'Mid-Valley Onsite <onsite-midvalley@tallgrassoh.com>',
  'Hỏi về kết quả xét nghiệm máu',
  """Chào phòng khám,

Tôi tên là Phạm Thị Hồng, làm ở ca 2 khu đóng gói của Mid-Valley. Tuần trước (ngày 4/6) tôi có
khám sức khỏe trước khi nhận việc và lấy máu ở phòng khám trong nhà máy. Y tá nói là đường
huyết của tôi hơi cao và phải quay lại để thử lại khi nhịn đói.

Tôi đang có thai 14 tuần, bác sĩ sản khoa của tôi có cần biết kết quả không? Tôi có thể đến thử
lại vào sáng thứ Năm trước giờ làm được không?

Cảm ơn,
Hồng
""",
  (2024, 6, 11, 20, 5), patient='Phạm', cte='base64')

M('phi', 'lang',
  'Jean-Robert Désir <jrdesir@yahoo.com>',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'Kesyon sou randevou terapi mwen',
  """Bonjou Madan Lorraine,

Mwen se Jean-Robert Désir, mwen te blese nan zepòl dwat mwen nan travay la nan Ridgeline Pallet
nan mwa me. Doktè a te voye m fè terapi fizik 2 fwa pa semèn, men asirans lan (Sedgefield) poko
apwouve vizit yo, e klinik terapi a di yo pa ka resevwa m.

Doulè a toujou la, sitou lè m leve bra m anwo tèt mwen. Mwen pa ka dòmi sou bò dwat la. Èske ou
ka rele ajan asirans lan pou mwen? Nimewo reklamasyon an se SCS-0094660.

Mèsi anpil,
Jean-Robert
Tel: 608-555-0116
""",
  (2024, 6, 12, 8, 17), patient='Désir')

M('phi', 'lang',
  'Ольга Смирнова <olga.smirnova.84@mail.ru>',
  'Route 9 Clinic <route9@tallgrassoh.com>',
  'Справка для работы / Smirnova',
  """Здравствуйте,

Меня зовут Ольга Смирнова (Olga Smirnova), дата рождения 05.11.1984. Я была у вас в клинике
Route 9 в субботу 8 июня с сильной аллергической реакцией после укуса осы на складе Ostrander.
Мне сделали укол адреналина и дали преднизолон на 5 дней, и сказали купить EpiPen.

Мой начальник просит справку, что я могу вернуться на работу с понедельника. Можно получить её по
электронной почте? И нужно ли мне направление к аллергологу?

Спасибо,
Ольга
""",
  (2024, 6, 9, 19, 51), patient='Smirnova')

M('phi', 'lang',
  'Marites Dizon RN <mdizon@tallgrassoh.com>',
  'Jennilyn Bautista <jbautista@tallgrassoh.com>',
  'si Mr. Mangubat bukas',
  """Hi ate Jen,

Pakibantayan mo naman si Mr. Rodel Mangubat bukas ng umaga, 8:30 yung appointment niya. Siya
yung taga-Brennan na nadulas sa freezer noong Martes, yung may fracture sa kaliwang pulso. Naka
splint pa siya, kailangan i-check yung daliri kung namamaga o namamanhid. Sabi ni Doc Paul
kung may pamamanhid pa rin, i-refer na sa ortho agad.

Tsaka paki-remind sa kanya na bawal pa siyang magmaneho ng forklift, nag-tatanong kasi siya kanina.

Salamat!
Tess
""",
  (2024, 6, 13, 17, 48), patient='Mangubat')

M('phi', 'lang',
  'Khaled Al-Hussaini <k.alhussaini@outlook.com>',
  'Eastgate Urgent Care <eastgate@tallgrassoh.com>',
  'استفسار عن ابني يوسف',
  """السلام عليكم،

أنا خالد الحسيني، والد الطفل يوسف الحسيني (تاريخ الميلاد ٢٠١٥/٠٣/١٢). أحضرته إلى عيادة Eastgate يوم
السبت الماضي بسبب حرارة عالية وألم في الأذن، وأعطته الطبيبة مضاداً حيوياً (أموكسيسيلين).

اليوم ظهر طفح جلدي أحمر على بطنه وظهره. هل هذا حساسية من الدواء؟ هل يجب أن نوقف الدواء؟

رقم هاتفي: 608-555-0170

شكراً،
خالد
""",
  (2024, 6, 17, 8, 3), patient='Al-Hussaini', cte='base64')

M('phi', 'lang',
  '陈伟明 <chenweiming1972@163.com>',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  '关于我的工伤复诊',
  """您好，

我是陈伟明（Weiming Chen），在 Harlan Metal Fabrication 工作。5月20日我在车间被钢板砸伤了左脚，
在你们 Eastgate 诊所拍了X光，说第二跖骨骨折，给我穿了保护靴。

保险公司的理赔员说需要你们的医生写明我还要休息多久。我下周二（6月18日）有复诊，请问那天可以
再拍一次X光吗？另外止痛药快吃完了。

谢谢！
陈伟明
电话：608-555-0111
""",
  (2024, 6, 14, 9, 26), patient='陈伟明')

# =====================================================================
# CLEAN / admin
# =====================================================================

M('clean', 'admin',
  'Angela Strand <astrand@tallgrassoh.com>',
  'Clinic Managers <clinic-managers@tallgrassoh.com>',
  'June provider + collector coverage (rev 3)',
  """All,

Rev 3 of the June grid. Changes in CAPS.

Eastgate UC
  6/15 Sat  7a-7p  Devin Achterberg MD / Priya Venkataraman NP (swap w/ PAUL HRUSKA 6/22)
  6/16 Sun  9a-5p  Paul Hruska PA-C
  6/22 Sat  7a-7p  PAUL HRUSKA / Priya Venkataraman NP
Route 9 UC
  6/15 Sat  8a-4p  locum - Dr. Imogen Calloway (agency: Northstar Locums, 800-555-0102)
  6/29 Sat  8a-4p  OPEN - still need coverage, $ differential approved
Drug screen collectors (Sat walk-ins)
  Eastgate: Marisol Quintero (cell 608-555-0183)
  Route 9:  Trey Bannister (cell 608-555-0184)

Reminder: PTO requests for July 4th week due to me by Friday. Anyone who hasn't done the annual
HIPAA and bloodborne pathogens modules in Relias, Trish will start nagging Monday.

Angela Strand
Regional Operations Manager
Tallgrass Occupational Health & Urgent Care
o 608-555-0145
""",
  (2024, 6, 10, 16, 15))

M('clean', 'admin',
  'Tallgrass IT Service Desk <servicedesk@tallgrassoh.com>',
  'Jorge Almanza <jalmanza@tallgrassoh.com>',
  '[INC0048213] Resolved: fax server not delivering to EHR inbox - Millbrook',
  """Hello Jorge,

Your incident INC0048213 has been resolved.

Short description: Fax server not delivering to EHR inbox - Millbrook
Opened: 06/11/2024 07:52   Resolved: 06/11/2024 10:38
Assigned to: Tomasz Wielgosz
Resolution notes: RightFax service account password expired overnight; reset and extended.
Queued faxes (41) released to the Millbrook document inbox at 10:31. Please have staff confirm
the last few incoming referrals and records requests are visible. No data was lost.

If this issue persists, reply to this message within 5 days to reopen the incident.
Service Desk: x2000 or 608-555-0100
""",
  (2024, 6, 11, 10, 40))

M('clean', 'admin',
  'ClaimPath RCM Billing <ar@claimpathrcm.com>',
  'Accounts Payable <ap@tallgrassoh.com>',
  'Invoice INV-2024-00917 - Tallgrass Occupational Health - May 2024',
  """Dear Accounts Payable,

Please find below the summary for invoice INV-2024-00917.

Customer #: CP-30417
Service period: 05/01/2024 - 05/31/2024
  Claims submitted (837P)           4,812 x $0.32   $1,539.84
  Eligibility transactions (270)    2,206 x $0.12     $264.72
  ERA/835 posting                   3,977 x $0.18     $715.86
  Patient statements mailed         1,104 x $0.61     $673.44
  Platform fee                                      $1,250.00
Total due:                                          $4,443.86
Terms: Net 30 - due 06/30/2024
Remit ACH to acct ending 7781, or check to ClaimPath RCM, PO Box 4410, Omaha NE 68103.

Questions: billing@claimpathrcm.com | 866-555-0148
""",
  (2024, 6, 3, 6, 0))

M('clean', 'admin',
  'Trish Oldenburg <toldenburg@tallgrassoh.com>',
  'All Staff <allstaff@tallgrassoh.com>',
  'Open enrollment + new hires this month',
  """Hi everyone,

A few HR items:

1. Benefits open enrollment for the plan year starting 7/1 closes June 21. Log in to
   BenefitHub with your employee ID. The medical plan options (Heartland Gold PPO / Silver HDHP)
   are unchanged; dental premiums go up $2.10/paycheck.
2. Please welcome our new hires:
   - Marisol Quintero, Medical Assistant, Eastgate (start 6/17)
   - Heather Kuyper, CAOHC Audiometric Tech, Harlan onsite (start 6/3)
   - Dana Lutz, RN, Route 9 (transfer from Millbrook)
3. The staff flu/Tdap clinic is NOT until fall; ignore the calendar invite that went out by
   mistake.
4. W-2 address changes go through me, not payroll.

Trish Oldenburg, SHRM-CP
HR Manager | Tallgrass Occupational Health & Urgent Care
608-555-0101
""",
  (2024, 6, 4, 12, 0), cte='quoted-printable')

M('clean', 'admin',
  'Facilities - Tallgrass <facilities@tallgrassoh.com>',
  'Route 9 Clinic <route9@tallgrassoh.com>',
  'X-ray room HVAC + sharps/biohazard pickup change',
  """Route 9 team,

1) The HVAC tech from Kessler Mechanical (work order WO-33817) will be on site Weds 6/19 from
   6:00-8:00 am to replace the condenser fan on the unit serving X-ray and procedure room 2.
   Please keep those rooms closed until he's done. Contact: Bud Kessler 608-555-0199.
2) Starting July, MedWaste Haulers pickup moves from Tuesday to Thursday. Account #
   MWH-55120. Red bags and sharps containers need to be in the cage by 7 am.
3) The eyewash station in the lab failed its weekly flush check on 6/7 -- replacement cartridge
   is on order (PO 24-1187).

Thanks,
Gary Voss
Facilities Coordinator
""",
  (2024, 6, 14, 8, 20))

M('clean', 'admin',
  'Leah Brandvold <lbrandvold@veraconsult.io>',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'VeraConsult renewal - SOW-2024-118 redlines',
  """Hi Dr. Okafor-Lindqvist,

Attached our redlines on the renewal SOW (SOW-2024-118). Main points:

- Per-visit fee for after-hours WC triage stays at $38; urgent care video visits go to $44
- SLA: 95% of on-demand visits connected within 15 min (was 20)
- BAA unchanged from 2022 version; our counsel is fine re-executing as is
- Term 7/1/2024 - 6/30/2026, 60 day termination for convenience

Could we get 30 minutes with you and Tomasz next week to go over the FHIR integration
roadmap? I'm free Tue 6/25 after 1 CT.

Leah Brandvold
Director, Partner Success | VeraConsult Telehealth
c 312-555-0176
""",
  (2024, 6, 17, 15, 12))

M('clean', 'admin',
  'Rick Vandersloot <rvandersloot@brennancoldstorage.com>',
  'Angela Strand <astrand@tallgrassoh.com>',
  'RE: 2024-25 rate sheet',
  """Angela, looks good. Signed copy attached. Can you also add the hearing test van for our
October surveillance week? Same dates as last year if possible.

Rick Vandersloot, CSP
Safety Manager, Brennan Cold Storage
(608) 555-0121

-----Original Message-----
From: Angela Strand <astrand@tallgrassoh.com>
Sent: Monday, June 17, 2024 9:40 AM
To: Rick Vandersloot <rvandersloot@brennancoldstorage.com>
Subject: 2024-25 rate sheet

Rick,

Here's the proposed employer rate sheet effective 7/1:

  DOT physical (incl. dipstick UA)              $95
  Non-DOT pre-placement physical                $85
  DOT 5-panel urine w/ MRO                      $58
  Non-DOT 10-panel urine w/ MRO                 $52
  Breath alcohol (EBT)                          $35
  Audiogram (baseline/annual)                   $30
  Respirator questionnaire + qualitative fit    $45
  Injury care                                   per state WC fee schedule

Same as last year except the 10-panel goes up $3 because of the lab. Let me know.

Angela
""",
  (2024, 6, 18, 11, 3))


# =====================================================================
# CLEAN / lookalike
# =====================================================================

M('clean', 'lookalike',
  'Ironworks Fitness <members@ironworksfitness.com>',
  'Tomasz Wielgosz <tomasz.wielgosz@gmail.com>',
  'Your membership freeze is confirmed - Member #IW-0048812',
  """Hi Tomasz,

Your membership freeze request has been approved.

Member #: IW-0048812
Home club: Ironworks Fitness - Millbrook
Freeze period: 07/01/2024 - 08/31/2024 (reason: travel)
Monthly freeze fee: $5.00

Your free body composition assessment and heart-rate zone consult with trainer Kelsey is still
available when you return - book it in the app under "Recovery & Wellness".

Stay strong,
The Ironworks Team
1900 Commerce Ave, Millbrook | 608-555-0138
To unsubscribe from club emails click here.
""",
  (2024, 6, 12, 18, 0),
  html="""<html><body style="background:#111;color:#eee;font-family:Helvetica">
<h2 style="color:#f26522">Membership freeze confirmed</h2>
<p>Hi Tomasz,</p><p>Your membership freeze request has been approved.</p>
<p>Member #: <b>IW-0048812</b><br>Home club: Ironworks Fitness &ndash; Millbrook<br>Freeze period: 07/01/2024 &ndash; 08/31/2024 (reason: travel)<br>Monthly freeze fee: $5.00</p>
<p>Your free body composition assessment and heart-rate zone consult with trainer Kelsey is still available when you return.</p>
<p style="font-size:10px;color:#888">1900 Commerce Ave, Millbrook | 608-555-0138 | <a href="#">unsubscribe</a></p>
</body></html>""")

M('clean', 'lookalike',
  'Prairie Paws Veterinary Clinic <frontdesk@prairiepawsvet.com>',
  'Dana Lutz <dlutz@tallgrassoh.com>',
  'Discharge instructions for Biscuit - Patient ID 20417',
  """Hi Dana,

Thanks for trusting us with Biscuit today! Here are her discharge instructions.

Patient: Biscuit (canine, Beagle, F/S, 7 yrs, 11.2 kg)   Patient ID: 20417
Procedure 06/14/2024: dental cleaning under anesthesia, extraction of 2 premolars (104, 204)
Medications:
  Carprofen 25 mg - 1 tablet by mouth twice daily with food x 5 days
  Clindamycin 75 mg - 1 capsule twice daily x 7 days
Diet: soft food only for 7 days, soak kibble in warm water
Recheck: 06/28/2024 at 4:15 PM with Dr. Ahlquist (suture check, no charge)

Call us at 608-555-0112 if she won't eat, has bleeding from the mouth, or is very lethargic.

Prairie Paws Veterinary Clinic
""",
  (2024, 6, 14, 17, 30))

M('clean', 'lookalike',
  'Millbrook Community Credit Union <alerts@millbrookccu.org>',
  'Keisha Barnwell <kbarnwell.home@gmail.com>',
  'Member #448120 - your auto loan payment posted',
  """Dear Keisha Barnwell,

This is a courtesy notification for Member #448120.

Account:        Auto Loan - Share ID L02
Payment:        $386.17
Posted:         06/15/2024
Next due:       07/15/2024
Remaining:      $11,904.55 (approx. 31 payments)

Tip: Members 50+ can join our free "Financial Health Check-up" seminar on 7/9 at the Main
Branch. Register at the branch or call 608-555-0105.

Millbrook Community Credit Union - Federally insured by NCUA
Please do not reply to this automated message.
""",
  (2024, 6, 15, 5, 12), cte='base64')

M('clean', 'lookalike',
  'Great Lakes Air <itinerary@greatlakesair.com>',
  'Priya Venkataraman <priya.venkat@gmail.com>',
  'Your trip confirmation ZK4QPT - MSN to DEN',
  """Thank you for flying Great Lakes Air.

Confirmation code: ZK4QPT
Passenger: VENKATARAMAN/PRIYA MS
Frequent flyer: GLA 71 448 0913 (Silver)
Secure Flight DOB on file: yes   Known Traveler #: on file

Fri 12 Jul 2024   GL 2214   MSN 06:05 -> ORD 07:10   Seat 14C
Fri 12 Jul 2024   GL 881    ORD 08:15 -> DEN 09:48   Seat 22A

Bags: 1 carry-on, 1 personal item included. Checked bag $35.
Need help at the airport? Add special service requests in Manage Trip.

Ticket number 0377214980031  Total $412.60
""",
  (2024, 6, 16, 20, 44))

M('clean', 'lookalike',
  'Badger State Auto Insurance <claims@badgerstateauto.com>',
  'Angela Strand <astrand.personal@yahoo.com>',
  'Claim 71-4482-0913: estimate approved',
  """Hello Angela,

The repair estimate for your claim has been approved.

Claim number: 71-4482-0913
Policy: BSA-PA-2290174
Date of loss: 06/02/2024 (parked vehicle struck in lot, other party identified)
Vehicle: 2019 Chevrolet Silverado, VIN ending 4471
Damage: rear bumper, tailgate, R tail lamp assembly
Approved amount: $3,218.40, less $500 deductible
Repair facility: Dorrance Falls Collision Center, 608-555-0119
Rental coverage: up to $40/day, 10 days

No bodily injury was reported on this claim. Your adjuster is Marty Heinz, ext 4471.

Badger State Auto Insurance
""",
  (2024, 6, 7, 13, 10))

M('clean', 'lookalike',
  'Hollister Tree Care <office@hollistertreecare.com>',
  'Gary Voss <facilities@tallgrassoh.com>',
  'Eastgate property - elm assessment',
  """Gary,

Our arborist (Nate Hollister, ISA Certified WI-0771A) looked at the big elm by the Eastgate
clinic parking lot.

Diagnosis: Dutch elm disease, early stage. Flagging and wilting in about 10% of the crown, SW
side. Streaking confirmed in the sapwood sample.
Treatment options:
  A) Prune infected limbs + macro-infusion of propiconazole (fungicide injection), $1,150.
     Re-treat every 2-3 years. Good prognosis at this stage.
  B) Removal and stump grind, $2,400.
We'd recommend A. The patient (so to speak) is otherwise healthy and gives that whole side
of the lot shade. Treatment window is the next 3 weeks.

Quote #Q-24-0613 attached to the portal.

Hollister Tree Care | 608-555-0131
""",
  (2024, 6, 13, 12, 48))

M('clean', 'lookalike',
  'Jenkins CI <ci-noreply@tallgrassoh.com>',
  'Tomasz Wielgosz <twielgosz@tallgrassoh.com>',
  '[hl7-bridge] health check FAILED on build #1182',
  """Build #1182 for hl7-bridge (branch: release/2.4) - FAILURE

Stage: integration-tests
  test_patient_process_restarts_after_sigterm ........ FAILED
  test_orphaned_child_process_reaped .................. FAILED
  test_heartbeat_interval_60s ......................... ok
  test_admission_queue_drain_on_shutdown .............. ok

Log excerpt:
  [supervisor] patient worker pid 4821 did not exit within 30s; sending SIGKILL
  [supervisor] child pid 4822 became zombie (defunct), parent=1
  [healthcheck] GET /health -> 503 {"status":"critical","vitals":{"queue_depth":1893,"mem_mb":2210}}
  [healthcheck] discharge queue consumer not responding

Patient-zero commit: 9f3c1aa "refactor: move triage worker to async pool" (n.raghunathan)

View console: https://ci.tallgrassoh.internal/job/hl7-bridge/1182/console
""",
  (2024, 6, 18, 2, 14))


# =====================================================================
# CLEAN / news
# =====================================================================

M('clean', 'news',
  'Tallgrass Employer Insights <newsletter@tallgrassoh.com>',
  'Employer Partners <employer-partners@tallgrassoh.com>',
  'Employer Insights - June: heat illness, OSHA 300A, and DOT updates',
  """TALLGRASS EMPLOYER INSIGHTS - JUNE 2024

1. Heat season is here
Heat-related illness cases at our clinics jumped 40% last July compared to June. Most were new
or returning workers in their first week. Build an acclimatization schedule: 20% exposure on day
one, increasing 20% a day. Water, rest, shade.

2. Did you post your OSHA 300A?
Summaries had to be posted Feb 1 - Apr 30. Establishments with 100+ employees in designated
industries must also submit 300 and 301 data electronically. Ask your Tallgrass account
manager for a recordability review - we don't charge for it.

3. DOT random rates for 2024
FMCSA: 50% drug / 10% alcohol. FAA and FTA unchanged. PHMSA stays at 25%.

4. New: after-hours injury triage by video
Injured at 2 a.m.? Our nurse line and VeraConsult telehealth partner can triage most
first-aid cases without an ER trip. Call 855-555-0166.

Questions? Reply to this email or call your account manager.
Tallgrass Occupational Health & Urgent Care - Eastgate | Millbrook | Route 9
You're receiving this because your company is a Tallgrass employer partner. Unsubscribe.
""",
  (2024, 6, 3, 7, 0),
  html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#3a6b35">Tallgrass Employer Insights &mdash; June 2024</h1>
<h3>1. Heat season is here</h3>
<p>Heat-related illness cases at our clinics jumped 40% last July compared to June. Most were new or returning workers in their first week. Build an acclimatization schedule: 20% exposure on day one, increasing 20% a day. Water, rest, shade.</p>
<h3>2. Did you post your OSHA 300A?</h3>
<p>Summaries had to be posted Feb 1 &ndash; Apr 30. Ask your Tallgrass account manager for a recordability review &mdash; we don't charge for it.</p>
<h3>3. DOT random rates for 2024</h3>
<p>FMCSA: 50% drug / 10% alcohol. FAA and FTA unchanged. PHMSA stays at 25%.</p>
<h3>4. New: after-hours injury triage by video</h3>
<p>Call 855-555-0166.</p>
<p style="font-size:11px;color:#666">You're receiving this because your company is a Tallgrass employer partner. <a href="#">Unsubscribe</a></p>
</body></html>""")

M('clean', 'news',
  'WI Dept of Health - Health Alert Network <han@dhs-alerts.example.gov>',
  'Clinical Leads <clinical-leads@tallgrassoh.com>',
  'HAN ADVISORY: Extreme heat forecast June 17-21 - heat-related illness',
  """HEALTH ADVISORY - HEAT
Distribution: hospitals, urgent care, occupational health, local health departments

The National Weather Service forecasts heat index values of 100-108 F across southern counties
June 17-21. During the June 2023 event, statewide ED visits for heat-related illness rose from
a baseline of 14/day to 96/day; 61% of adult visits were work-related (agriculture,
construction, warehousing).

Recommendations for clinicians:
- Ask about occupation and heat exposure for patients presenting with syncope, cramps, nausea
  or confusion.
- Core temperature >40 C with CNS dysfunction = exertional heat stroke: cool first (cold water
  immersion), transport second.
- Review medications that impair thermoregulation (anticholinergics, diuretics, beta-blockers,
  stimulants).
- Report suspected heat deaths to the county medical examiner.

Questions: Bureau of Occupational Health, 608-555-0104.
This is an official HAN message. Do not reply.
""",
  (2024, 6, 14, 14, 0))

M('clean', 'news',
  'Pharmacy Purchasing <purchasing@tallgrassoh.com>',
  'Clinic Managers <clinic-managers@tallgrassoh.com>',
  'FW: URGENT: Voluntary recall - lidocaine HCl 1% 30 mL vials, Lots L23817, L23822',
  """Please pull and quarantine any of these lots today and reply with counts. Don't toss them,
Cardinal will send return labels.

Pam

---------- Forwarded message ---------
From: Lakewood Sterile Products Recall Center <recalls@lakewoodsterile.example.com>
Date: Wed, Jun 12, 2024
Subject: URGENT: Voluntary recall

Lakewood Sterile Products is voluntarily recalling the following lots of Lidocaine HCl
Injection, USP 1% (10 mg/mL), 30 mL multiple-dose vials, NDC 71288-0417-30, to the user level:

  Lot L23817  Exp 11/2025
  Lot L23822  Exp 12/2025

Reason: visible particulate matter identified in retained samples. Administration of
injectable products containing particulates may result in local irritation or swelling; to
date, Lakewood has received no reports of adverse events related to this recall.

Adverse events may be reported to the FDA MedWatch program.
""",
  (2024, 6, 12, 15, 5))

M('clean', 'news',
  'Samuel Otieno <sotieno@tallgrassoh.com>',
  'Employer Partners <employer-partners@tallgrassoh.com>',
  'Q1 2024 drug testing positivity - Tallgrass network',
  """Employer partners,

Aggregate Q1 2024 results across all Tallgrass collection sites (no employer or donor data):

Test category               Tests   Positive   Rate
DOT pre-employment           1,204      17      1.4%
DOT random                   2,611      21      0.8%
Non-DOT pre-employment       3,448     156      4.5%
Non-DOT post-accident          412      29      7.0%
Reasonable suspicion            38      15     39.5%

Marijuana remains the most common positive in non-DOT testing (71% of positives), followed
by amphetamines and cocaine. Dilute specimens were 3.1% of all collections.

Reminder: employers in states with adult-use cannabis should review their non-DOT panel
policy with counsel.

Sam Otieno
Drug & Alcohol Testing Coordinator / C-TPA Services
""",
  (2024, 5, 22, 10, 0))

M('clean', 'news',
  'Tallgrass Communications <comms@tallgrassoh.com>',
  'All Staff <allstaff@tallgrassoh.com>',
  'The Tallgrass Trail - June issue',
  """THE TALLGRASS TRAIL | June 2024

OUR 4TH CLINIC OPENS IN AUGUST
Construction at the new Dorrance Falls site (1420 Industrial Pkwy) is on schedule. It will
have 8 exam rooms, digital x-ray, a dedicated DOT/drug-screen collection suite and a
hearing-test booth. Ribbon cutting tentatively Aug 19.

STAFF SPOTLIGHT: GRETA SOLHEIM, RN
Greta has run our Harlan Metal onsite clinic since it opened in 2021. "The best part is
knowing everyone on the floor by name," she says. She's also our resident sourdough expert.

BY THE NUMBERS (May)
  Urgent care visits: 6,318
  Work injury visits: 1,102
  DOT physicals: 744
  Average door-to-provider time: 17 min
  Patient satisfaction: 4.7/5

SAFETY CORNER
Three needlestick near-misses were reported in May, all during recapping. Don't recap.
Use the safety device, every time.

Submit news to comms@tallgrassoh.com.
""",
  (2024, 6, 1, 9, 0))

M('clean', 'news',
  'County Public Health Surveillance <surveillance@dorrancecountyhealth.example.org>',
  'Clinical Leads <clinical-leads@tallgrassoh.com>',
  'Weekly respiratory & GI surveillance - MMWR week 23',
  """Dorrance County Respiratory/GI Surveillance Summary - Week 23 (June 2-8, 2024)

Influenza-like illness: 0.9% of outpatient visits (baseline 1.8%) - minimal
COVID-19: 2.4% test positivity (prev. week 2.1%); wastewater levels low, slight uptick at the
  Millbrook plant
RSV: below threshold
GI: 3 norovirus outbreaks reported in long-term care facilities YTD; none this week
Pertussis: 7 cases YTD (vs 2 at this time in 2023), ages 9-15; ensure Tdap up to date for
  school and sports physicals
Vector-borne: first positive mosquito pool (West Nile virus) of the season, Millbrook township

Sentinel sites, please continue weekly ILI counts by Tuesday noon.
""",
  (2024, 6, 11, 11, 0))


# =====================================================================
# CLEAN / staff
# =====================================================================

M('clean', 'staff',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'All Clinical <allclinical@tallgrassoh.com>',
  'Updated BBP post-exposure protocol (v2024.2)',
  """All,

The updated bloodborne pathogen post-exposure protocol is on the SharePoint (Clinical >
Protocols > BBP_PEP_v2024.2.pdf). Key changes:

1. Source testing: rapid HIV Ag/Ab at point of care if available; we now send HCV RNA (not just
   antibody) when the source is known HCV Ab positive.
2. HIV PEP: start within 2 hours when indicated, preferred regimen bictegravir/FTC/TAF daily
   x 28 days. Every site now stocks 3 starter packs - check expiration monthly.
3. Baseline labs for the exposed worker: HIV, HBsAb (if vaccination response unknown), HCV Ab,
   pregnancy test if applicable.
4. Follow-up testing at 6 weeks and 4 months (HCV RNA at 3 weeks if source HCV+).
5. Call the PEPline (888-448-4911) for anything unusual.

Please sign the attestation in Relias by 6/30.

Renata Okafor-Lindqvist, MD, MPH, FACOEM
Medical Director
""",
  (2024, 6, 5, 7, 30))

M('clean', 'staff',
  'Angela Strand <astrand@tallgrassoh.com>',
  'Eastgate Clinical <eastgate-clinical@tallgrassoh.com>',
  'Saturday - short one collector',
  """Trey called out for Saturday (family thing). We have the Brennan and Ridgeline pre-employment
walk-ins plus whatever randoms show up, so probably 25-30 collections. Marisol can do
collections from 7-11 but she's also rooming.

Anyone with a current collector cert want 4-8 hrs? OT approved. Otherwise I'll ask Route 9 to
send Jasmine over at 11.

Angela
""",
  (2024, 6, 12, 13, 44))

M('clean', 'staff',
  'Devin Achterberg MD <dachterberg@tallgrassoh.com>',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'anticoagulated minor head injury - do we CT everyone?',
  """Renata,

General question, came up twice this month. Warehouse worker, 60s male, on warfarin (or a
DOAC), bumps his head on a shelf or racking, no LOC, GCS 15, normal neuro exam, no vomiting.
Do we want a blanket policy of sending every one of these for a head CT? Rt 9 has been
sending them all to Mercy, Eastgate has been discharging some with return precautions.

Canadian CT Head rule excludes anticoagulated pts, and the NICE guidance says CT within 8 hrs
for anyone on anticoagulants regardless. I'd vote we standardize on "everyone on an
anticoagulant gets a CT" and send them to Mercy. Thoughts? Happy to draft something for the
protocol binder.

Devin
""",
  (2024, 6, 13, 20, 11))

M('clean', 'staff',
  'Paul Hruska PA-C <phruska@tallgrassoh.com>',
  'Priya Venkataraman NP <pvenkataraman@tallgrassoh.com>',
  'Re: DOT BP question',
  """yep you've got it. 140-159/90-99 = stage 1, 1-yr cert. 160-179/100-109 = stage 2, one-time
3 month cert to get it under control, if they come back <=140/90 you can give them 1 yr from
the original exam date. >=180/110 = disqualified until <=140/90, then 6 months at a time.

don't forget to re-check the BP after they've sat for 5 min, half the "stage 2s" we see are
white coat + 3 energy drinks.

On Wed, Jun 12, 2024 at 10:02 AM Priya Venkataraman NP <pvenkataraman@tallgrassoh.com> wrote:
> quick one - for a DOT driver with BP in the 160s/100 at the exam, is it the 3 month cert or
> do I just not certify? I always mix up the stage 2 and 3 rules.
> P
""",
  (2024, 6, 12, 10, 31))

M('clean', 'staff',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'All Providers <allproviders@tallgrassoh.com>',
  'Case review for Thursday - missed scaphoid',
  """For Thursday's provider meeting (7:00 am, Teams), de-identified case:

40s F, wrist injury after FOOSH on a wet loading dock. Initial x-rays read as negative, sent
back to full duty with a wrist brace. Returned 3 weeks later with persistent snuffbox
tenderness; repeat films showed a scaphoid waist fracture. Now looking at ORIF and a longer
time off work.

Discussion points:
- snuffbox tenderness + negative films = thumb spica and repeat x-ray in 10-14 days, or MRI
- scaphoid views (ulnar deviation PA) should be part of every wrist series we order
- work status: no forceful gripping while the scaphoid is "clinical" even with negative films

No names or dates in the slides please. Bring your own cases if you have them.

R
""",
  (2024, 6, 17, 8, 5))

M('clean', 'staff',
  'Pam Ridley <purchasing@tallgrassoh.com>',
  'Clinic Managers <clinic-managers@tallgrassoh.com>',
  'Tdap + hep B vaccine allocation',
  """Hi managers,

Our distributor has Boostrix on backorder till mid-July. Current on-hand counts:

  Eastgate   Tdap 14   Hep B (Engerix-B) 22   PPD 3 vials
  Millbrook  Tdap 31   Hep B 8                PPD 5 vials
  Route 9    Tdap 6    Hep B 15               PPD 2 vials

Millbrook please send 10 Tdap to Route 9 with Thursday's courier. Use Adacel if Boostrix is
out - same indication for adults. For lacerations where tetanus status is unknown, don't skip
the booster because of the backorder; call me and I'll find some.

Pam Ridley
Purchasing & Inventory
""",
  (2024, 6, 18, 9, 15))

M('clean', 'staff',
  'Renata Okafor-Lindqvist MD <rokafor@tallgrassoh.com>',
  'Dr. Simone Arceneaux <sarceneaux@veraconsult.io>',
  'Re: after-hours WC triage - which injuries go in person',
  """Simone,

Agree with most of your draft. Our edits to the "must be seen in person" list:

- any laceration that may need closure (not just >2 cm) - we'd rather see them
- any eye injury with chemical exposure, foreign body or vision change
- crush injuries of hand/foot even if "just bruised"
- suspected fracture, or can't bear weight 4 steps
- heat illness with confusion -> 911, not us
- needlesticks/BBP exposures -> in person within 2 hrs for PEP decision

Video is fine for: minor strains, first-aid level abrasions, rash from gloves/chemicals
without blistering, med questions, work-status questions.

Let's review the first month's dispositions together in August.

Renata

On Mon, Jun 17, 2024 at 4:12 PM Simone Arceneaux <sarceneaux@veraconsult.io> wrote:
> Attached is the v1 triage grid for after-hours work injury calls. Our clinicians default to
> in-person referral when unsure. Would love your edits before go-live on 7/1.
""",
  (2024, 6, 18, 7, 50))


# =====================================================================
# CLEAN / training
# =====================================================================

M('clean', 'training',
  'Trish Oldenburg <toldenburg@tallgrassoh.com>',
  'New Hires June <newhires-june@tallgrassoh.com>',
  'EHR training sandbox logins + practice patients',
  """Welcome! For Monday's EHR training (9-12, Eastgate conference room) you'll use the TRAINING
environment, not production. The URL is https://train-ehr.tallgrassoh.internal.

Practice patients (fictitious - these exist only in TRAIN):
  TEST, PATIENT ONE     DOB 01/01/1980   MRN TRN000001   - new WC injury workflow
  TEST, PATIENT TWO     DOB 02/02/1990   MRN TRN000002   - DOT physical workflow
  ZZTEST, URGENTCARE    DOB 03/03/2000   MRN TRN000003   - self-pay urgent care visit

Exercises: register a new WC case for TEST, PATIENT ONE (employer: "Acme Widgets Training
Co"), document a fake laceration repair, print a work status note, and route it to the
training employer portal.

Your login is firstname.lastname_trn, temp password Train2024!  (you'll be prompted to change it).

Trish
""",
  (2024, 6, 14, 14, 0))

M('clean', 'training',
  'Tomasz Wielgosz <twielgosz@tallgrassoh.com>',
  'Nikhil Raghunathan <nikhil@veraconsult.io>',
  'test messages for the UAT environment',
  r"""Nikhil - here are the three test messages we'll fire at your UAT listener tomorrow. All
synthetic, ZZ test patients from our TEST facility.

MSH|^~\&|TGOH_EHR|TGOH_TEST|VERACONSULT|VC_UAT|20240620090000||ADT^A04|TEST0001|T|2.5.1
PID|1||TEST9990001^^^TGOH^MR||ZZTEST^ALPHA||19000101|U|||123 TEST ST^^TESTVILLE^WI^00000||(000)000-0000
PV1|1|O|TEST^TEST01^^TGOH

MSH|^~\&|TGOH_EHR|TGOH_TEST|VERACONSULT|VC_UAT|20240620090100||ADT^A08|TEST0002|T|2.5.1
PID|1||TEST9990002^^^TGOH^MR||ZZTEST^BRAVO||19000101|U

MSH|^~\&|TGOH_EHR|TGOH_TEST|VERACONSULT|VC_UAT|20240620090200||ADT^A03|TEST0003|T|2.5.1
PID|1||TEST9990003^^^TGOH^MR||ZZTEST^CHARLIE||19000101|U

Processing ID is T so your prod router should drop them if they leak. Ping me when the
listener is up.

Tomasz
""",
  (2024, 6, 19, 16, 30))

M('clean', 'training',
  'VeraConsult Partner Success <partners@veraconsult.io>',
  'Tallgrass Clinical Leads <clinical-leads@tallgrassoh.com>',
  'Demo recording: new clinician console (sample patient John Doe)',
  """Hi Tallgrass team,

Thanks for joining Tuesday's demo! The recording is available for 30 days:
https://veraconsult.io/webinars/console-3-demo (passcode: Vera3Demo)

Recap of what we showed, using our demo patient "John Doe" (DOB 01/01/1970, demo employer
"Sample Manufacturing Inc"):
  - one-click work status note after a video visit (shown: "modified duty, no lifting > 10 lb")
  - photo upload from the patient app for wound checks (sample image: stock photo)
  - automatic FHIR push of the visit summary to your EHR
  - interpreter add-on (tested with demo Spanish interpreter)

None of the data shown was real. Your sandbox tenant is tallgrass-sbx; credentials were sent
separately to Tomasz.

Leah Brandvold
Director, Partner Success | VeraConsult Telehealth
""",
  (2024, 6, 20, 12, 0),
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hi Tallgrass team,</p>
<p>Thanks for joining Tuesday's demo! The recording is available for 30 days: <a href="https://veraconsult.io/webinars/console-3-demo">console-3-demo</a> (passcode: Vera3Demo)</p>
<p>Recap of what we showed, using our demo patient <b>&ldquo;John Doe&rdquo;</b> (DOB 01/01/1970, demo employer &ldquo;Sample Manufacturing Inc&rdquo;):</p>
<ul><li>one-click work status note after a video visit</li><li>photo upload from the patient app for wound checks (sample image: stock photo)</li><li>automatic FHIR push of the visit summary to your EHR</li><li>interpreter add-on</li></ul>
<p>None of the data shown was real.</p>
<p>Leah Brandvold<br>Director, Partner Success | VeraConsult Telehealth</p>
</body></html>""")

ccf_sample = """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - TRAINING SAMPLE (NOT A VALID FORM)
Specimen ID: 000000000 (SAMPLE)
STEP 1 - Employer: SAMPLE EMPLOYER LLC  DER: Jane Sample 555-555-5555
         MRO: Dr. Sample MRO  Donor SSN/Employee ID: 000-00-0000
         Reason: [X] Pre-employment   Tests: [X] THC, COC, PCP, OPI, AMP
         Collection site: TRAINING SITE, 1 Example Way, Anytown
STEP 2 - Temperature in range: [X] Yes   Split: [X]
STEP 3 - Bottles sealed and initialed by donor: "JD"
STEP 4 - Collector: TRAINEE NAME   Date: MM/DD/YYYY
STEP 5 - Donor: DOE, JOHN (SAMPLE)   DOB 01/01/1900
COMMON ERRORS TO AVOID:
  - leaving Step 2 temperature box blank (fatal flaw if not corrected)
  - collector signature missing in Step 4
  - donor initials on bottle seals not matching
"""

M('clean', 'training',
  'Samuel Otieno <sotieno@tallgrassoh.com>',
  'Collectors <collectors@tallgrassoh.com>',
  'Collector refresher - CCF mock form + quiz',
  """Hi collectors,

Attached is the mock CCF for Thursday's refresher. It's all fake (DOE, JOHN SAMPLE) - please
practice filling Steps 2 and 4 and bring it with you. We had 3 fatal flaws last month, all
Step 4 signature misses, so that's the focus.

Quiz answers will be reviewed in the session. Refresher counts toward your 5-year
requalification.

Sam
""",
  (2024, 6, 10, 9, 0),
  atts=[('CCF_training_sample.txt', ccf_sample, 'text', 'plain')])

x837_test = ("ISA*00*          *00*          *ZZ*TESTSUBMITTER  *ZZ*CLAIMPATH      *240101*0000*^*00501*000000001*0*T*:~\n"
             "GS*HC*TESTSUBMITTER*CLAIMPATH*20240101*0000*1*X*005010X222A1~\n"
             "ST*837*0001*005010X222A1~\n"
             "NM1*85*2*TEST BILLING PROVIDER*****XX*9999999999~\n"
             "NM1*IL*1*SAMPLE*JANE****MI*TEST00000001~\n"
             "DMG*D8*19000101*F~\n"
             "CLM*TESTCLAIM001*100.00***11:B:1*Y*A*Y*Y~\n"
             "HI*ABK:Z00.00~\n"
             "SV1*HC:99213*100.00*UN*1***1~\n"
             "SE*9*0001~\n")

M('clean', 'training',
  'ClaimPath Onboarding <onboarding@claimpathrcm.com>',
  'Keisha Barnwell <kbarnwell@tallgrassoh.com>',
  'Test file for new billing staff training - DO NOT PROCESS',
  """Hi Keisha,

As requested, a sample 837P for your new billers to practice reading loops. Usage indicator is
T (test), the patient is our standard "JANE SAMPLE" with a 1900 DOB, and the NPI is the dummy
9999999999. Z00.00 is just there so the HI segment validates.

""" + x837_test + """
Common training exercise: find the rendering provider, the claim total, and explain why this
file would be rejected in production (hint: ISA15 and the NPI).

Jonas Whitaker
Client Onboarding, ClaimPath RCM
""",
  (2024, 6, 6, 13, 0))

M('clean', 'training',
  'Denise Marchetti <dmarchetti@tallgrassoh.com>',
  'Lorraine Dube <ldube@tallgrassoh.com>',
  'mock case for Kayla\'s WC orientation',
  """Lorraine - here's the made-up case I wrote for Kayla's first week. Feel free to tweak.

MOCK CASE (fictional - for training only)
  Employee: "Jane Doe", 35, warehouse associate at "Acme Widgets"
  Story: twists L ankle stepping off a dock plate, day 1 of the week
  Tasks for the trainee:
   1. What forms do we need from the employer before the first visit? (auth, FROI #)
   2. Who gets the work status note and what can it say? (restrictions yes, diagnosis no)
   3. Adjuster calls asking for the full chart - what do we need first?
   4. Jane's attorney calls - same question
   5. Employer wants to know if she "failed the drug test" - what can we release and to whom?

Answer key on the second page of the doc in the shared drive. I'd like her to sit with you
on real intake calls after she's done this.

Denise
""",
  (2024, 6, 18, 15, 40))


# =====================================================================
# build
# =====================================================================

def build(i, d):
    m = EmailMessage()
    m['From'] = d['frm']
    m['To'] = d['to']
    if d['cc']:
        m['Cc'] = d['cc']
    m['Subject'] = d['subj']
    dt = datetime(*d['date'], tzinfo=timezone(timedelta(hours=d['tzh'])))
    m['Date'] = format_datetime(dt)
    dom = d['frm'].rsplit('@', 1)[-1].rstrip('>').strip() or 'tallgrassoh.com'
    m['Message-ID'] = '<%s.%08x.%d@%s>' % (dt.strftime('%Y%m%d%H%M%S'), random.getrandbits(32), i, dom)
    for k, v in d['hdrs']:
        m[k] = v
    def plain_cte(t):
        return '7bit' if all(ord(c) < 128 for c in t) else '8bit'
    m.set_content(d['body'], cte=d['cte'] or plain_cte(d['body']))
    if d['html']:
        m.add_alternative(d['html'], subtype='html', cte=d['cte'] or plain_cte(d['html']))
    for fn, data, mt, st in d['atts']:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for j, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    return m


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, d in enumerate(MSGS, 1):
        key = (d['label'], d['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (d['label'], d['kind'], counters[key])
        m = build(i, d)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append([fn, d['label'], d['kind'], d['patient'] if d['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for r in rows:
        summary['%s-%s' % (r[1], r[2])] = summary.get('%s-%s' % (r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(rows))


if __name__ == '__main__':
    main()
