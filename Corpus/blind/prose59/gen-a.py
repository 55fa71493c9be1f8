#!/usr/bin/env python3
"""Blind evaluation mail set: children's hospital outpatient specialty clinics.
Run: python3 gen.py OUTDIR   (stdlib only, deterministic)"""
import sys, os, csv, io, zipfile, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 5901
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

H = "bramblewoodkids.org"
DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message. Bramblewood Children's Hospital & Clinics"""

MSGS = []


def D(mo, d, h, mi, tz=-5):
    return format_datetime(datetime(2024, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=tz))))


def add(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, body=body, date=date, cc=cc, html=html,
                     atts=list(atts), cte=cte, headers=headers or {}))


def zip_bytes(files, when=(2024, 5, 6, 9, 12, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xlsx_bytes(rows, sheet="Sheet1"):
    def esc(s):
        return (str(s).replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;"))
    cols = "ABCDEFGHIJKLMNOP"
    xr = []
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (cols[c], r, esc(v)) for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return zip_bytes(files, when=(2024, 7, 1, 8, 0, 0))


# ======================================================================
# PHI: care
# ======================================================================

add("phi", "care", "Braddock",
    '"Maguire, Colleen" <colleen.maguire@%s>' % H,
    "Tammy Rudd <trudd@eastforkschools.org>",
    "RE: Ezekiel Braddock - PE clearance?",
    """Hi Tammy,

Thanks for checking before letting him back in gym. Zeke wore the 48 hour
Holter last week and we got the monitor back Monday. Dr. Raman went over the
recording yesterday -- there were a couple of short runs of fast beats,
nothing that needed him to come in urgently. She wants him to hold off on
anything competitive (so no mile run / fitness testing) until after his echo
and treadmill test on the 21st. Regular walking-pace PE is fine.

If he gets dizzy, passes out, or says his heart is "racing" at school please
call us right away at (417) 555-0148 opt 2 and have him sit or lie down. Mom
has the same instructions.

I'll send an updated activity note after the 21st.

Colleen Maguire, RN
Pediatric Cardiology Clinic | Bramblewood Children's Hospital
p (417) 555-0148 x2231 | f (417) 555-0149

-----Original Message-----
From: Tammy Rudd <trudd@eastforkschools.org>
Sent: Tuesday, March 5, 2024 10:14 AM
To: Maguire, Colleen <colleen.maguire@bramblewoodkids.org>
Subject: Ezekiel Braddock - PE clearance?

Hi Colleen - Ezekiel Braddock (7th gr, Pine Ridge MS) came back with a note
saying "no strenuous activity pending cardiology." The PE teacher is asking if
that means no PE at all or just no fitness testing. Mom signed the release
last fall, it should be on file with you. Thanks!

Tammy Rudd, BSN, RN, NCSN
District Nurse - Pine Ridge Middle / Eastfork Elementary
Eastfork Unified School District
(417) 555-0117 ext 406
""" + DISCLAIMER,
    D(3, 6, 14, 41), headers={"In-Reply-To": "<4471.1709651640@eastforkschools.org>"})

add("phi", "care", "Brightwater",
    "Marisol Quintero <marisol.quintero@%s>" % H,
    "Bluebird Intake <intake@bluebirdphn.com>",
    "Anaya - Tuesday labs + cycler change",
    """Hi Bluebird team,

Labs from Tuesday's home draw on Anaya Brightwater are back:
  potassium 5.9 (was 5.1 last month)
  phos 7.2
  BUN 68, creat 4.4
  hgb 9.4

Dr. Okeke is making these changes starting TONIGHT:
 - add a 5th exchange on the cycler, fill volume stays 900 mL, total
   therapy time goes to 10 hrs
 - no more banana / potato chip snacks that dad mentioned - Keisha (our
   dietitian) is calling the family Thursday afternoon
 - Epogen goes from 2,000 to 3,000 units once weekly, your nurse to give at
   the Monday visit

Please repeat a BMP + phos with next Tuesday's home draw, same lab
requisition. Also mom said the catheter exit site looked "a little pink" on
Sunday - can the nurse look at it and send us a picture through the portal?

Thank you!
Marisol

Marisol Quintero, BSN, RN, CNN
Pediatric Nephrology & Dialysis | Bramblewood Children's Hospital
(417) 555-0131
""" + DISCLAIMER,
    D(4, 11, 16, 5), cc="Dr. Chidi Okeke <chidi.okeke@%s>" % H, cte="quoted-printable")

add("phi", "care", "Villalobos",
    "Renee Castellano <renee.castellano@%s>" % H,
    "nurse.hollins@eastforkschools.org",
    "Updated school insulin orders - Mateo Villalobos",
    """Hi Nurse Hollins,

Mateo Villalobos was seen in Endocrine clinic today and Dr. Wieczorek changed
his school insulin doses. Starting tomorrow (4/17):

  Lunch carb ratio ........ 1 unit per 12 g carbs (was 1:15)
  Correction .............. 1 unit for every 50 over 150 (no change)
  AM snack ................ no insulin if under 20 g
  Target .................. 80-150

Please check his sugar before lunch and before afternoon recess. If under
70, give 15 g fast sugar and recheck in 15 minutes. Dexcom alerts go to mom's
phone and yours if you accepted the follow invite.

The signed orders were faxed to the health office at (417) 555-0172 this
afternoon. Call me with any questions.

Renee Castellano, RN, CDCES
Pediatric Endocrinology & Diabetes
Bramblewood Children's Hospital | (417) 555-0160
""",
    D(4, 16, 15, 22),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Nurse Hollins,</p>
<p><b>Mateo Villalobos</b> was seen in Endocrine clinic today and Dr. Wieczorek changed his school insulin doses. Starting tomorrow (4/17):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Lunch carb ratio</td><td>1 unit per 12 g carbs (was 1:15)</td></tr>
<tr><td>Correction</td><td>1 unit for every 50 over 150 (no change)</td></tr>
<tr><td>AM snack</td><td>no insulin if under 20 g</td></tr>
<tr><td>Target</td><td>80-150</td></tr>
</table>
<p>Please check his sugar before lunch and before afternoon recess. If under 70, give 15 g fast sugar and recheck in 15 minutes. Dexcom alerts go to mom's phone and yours if you accepted the follow invite.</p>
<p>The signed orders were faxed to the health office at (417) 555-0172 this afternoon. Call me with any questions.</p>
<p>Renee Castellano, RN, CDCES<br>Pediatric Endocrinology &amp; Diabetes<br>Bramblewood Children's Hospital | (417) 555-0160</p>
</body></html>""")

add("phi", "care", "Fenwick",
    "Hannah Greeley <hannah.greeley@%s>" % H,
    "Keisha Banfield <keisha.banfield@%s>, Noor Haddad <noor.haddad@%s>" % (H, H),
    "oakley fenwick swallow study today",
    """hi both - quick summary before I write it up properly.

Oakley Fenwick (the 14 mo from Dr. Adair's referral) did her modified barium
swallow this morning. silent aspiration on thin liquids from the bottle, 3 of
5 swallows, no cough at all. no aspiration on mildly thick. purees fine.

recs:
- thicken ALL liquids to mildly thick w/ the gel thickener per our handout
- slow flow nipple, keep her upright 90 degrees for feeds + 20 min after
- repeat study in ~3 months, sooner if she has another chest cold

Keisha - she's going to take less volume for a while, can you redo her calorie
plan? she's been hovering right at the 5th %ile.
Noor - parents seemed pretty overwhelmed, dad asked about home OT. can you call
them this wk?

Hannah

--
Hannah Greeley, MS, CCC-SLP
Feeding & Swallowing Clinic
Bramblewood Children's Hospital
""",
    D(5, 2, 12, 48))

add("phi", "care", "Pruitt",
    "Deb Oyelaran <deborah.oyelaran@%s>" % H,
    "scheduling@bluebirdphn.com",
    "Admission notice - Jaxon Pruitt - HOLD night shifts",
    """Bluebird scheduling,

Letting you know Jaxon Pruitt came in through our ED last night around 2300
after his G-tube came out at home and mom couldn't get the spare back in.
IR put in a new button this morning (14 Fr, 1.5 cm - NOTE this is a
different length than before). He's staying overnight on 4 West because he
also had a low grade temp, they drew blood cultures and started IV
antibiotics until the cultures are 24-48h negative.

Expected discharge tomorrow afternoon.

Please HOLD tonight's and tomorrow night's shifts. Plan to resume Thursday
4/25 at 2000 - I'll confirm by noon tomorrow. Updated supply list going to
Apex DME today, mom has one spare button at home in the new size.

Thanks,
Deb

Deborah Oyelaran, RN, CCM
Care Coordinator | Complex Care Program
Bramblewood Children's Hospital
(417) 555-0190 | pager 4412
""" + DISCLAIMER,
    D(4, 23, 10, 17))

add("phi", "care", "Marchbanks",
    "Renee Castellano <renee.castellano@%s>" % H,
    "Ramon Ibarra <ramon.ibarra@harlancounty.gov>",
    "Re: Stim test for Destiny",
    """Hi Ramon,

Yes we can do Destiny's growth hormone stimulation test Wed 6/12, arrive
7:30 am at the Endocrine Day Unit, 2nd floor Tower B.

- nothing to eat after midnight (water is ok)
- we put in an IV and draw blood every 30 min for about 3-4 hrs
- she gets two medicines (arginine and clonidine) to trigger the test; the
  clonidine makes most kids sleepy and can drop her blood pressure, so she
  needs an adult to take her home and watch her the rest of the day

The county has to sign the consent since the foster parent can't - you can
come in person that morning or I can send the e-sign form. We still don't
have her bone age x-ray either, she can walk in to radiology any weekday
before the 12th (order is in).

Thanks,
Renee

Renee Castellano, RN, CDCES | Pediatric Endocrinology
Bramblewood Children's Hospital | (417) 555-0160

On Mon, Jun 3, 2024 at 4:02 PM Ramon Ibarra <ramon.ibarra@harlancounty.gov> wrote:
> Good afternoon,
>
> I'm the new caseworker for Destiny Marchbanks (DOB 01/30/2013). She moved to
> a new foster home last week. Her prior worker left a note that she needs a
> "stim test" that never got done. Can you tell me what's involved and what I
> need to sign? Foster mom works days so transport may be me.
>
> Ramon Ibarra, MSW
> Child Welfare Specialist II
> Harlan County Department of Children and Family Services
> 417-555-0163
> This communication may contain information that is confidential under
> state law. If you received it in error, notify the sender and delete it.
""",
    D(6, 4, 9, 3))

add("phi", "care", "Szabo",
    "Lena Hartmann <lena.hartmann@%s>" % H,
    "refills@axisrxspecialty.com",
    "refill + dose change - SZABO",
    """Hi AxisRx,

Sending over the refill for Gavin Szabo. After today's visit he's switching
from the 10 mg pen to the 15 mg pen, dose going UP to 1.6 mg nightly,
7 days/wk (weight today 38.2 kg). New Rx was e-prescribed at 2:10 pm.
Insurance approval runs thru 11/30/24.

Family is also out of pen needles - 32G 4mm, box of 100 please.
Ship to home, mom's cell is on file with you.

Call me at 417-555-0156 if anything doesn't match.

thx
Lena

Lena Hartmann, PharmD
Clinical Pharmacist - Endocrinology
""",
    D(5, 21, 14, 31))

add("phi", "care", "Ortega-Reyes",
    "Ines Calloway <ines.calloway@%s>" % H,
    "orders@meridianhomeinfusion.com",
    "picc",
    """fyi Liliana Ortega-Reyes got her PICC pulled in clinic today, tip intact,
site clean. abx course is done. can you cancel her remaining home infusion
deliveries and pick up the pump? mom knows to call us w/ fevers over 101.

thanks
Ines

Sent from my iPhone
""",
    D(7, 9, 17, 52))

# ======================================================================
# PHI: names
# ======================================================================

add("phi", "names", "Okonkwo-Adeyemi",
    "Colleen Maguire <colleen.maguire@%s>" % H,
    "Cardiology Scheduling <cardsched@%s>" % H,
    "Okonkwo-Adeyemi -- needs f/u sooner",
    """Dr R looked at last week's echo and wants her back in 2 wks instead of
3 months. can you find a slot? family prefers afternoons, dad drives a
school bus til 3:30.

-C
""",
    D(2, 27, 11, 9))

add("phi", "names", "Phạm",
    "Deb Oyelaran <deborah.oyelaran@%s>" % H,
    "Apex Medical Supply <custserv@apexdme.com>",
    "Missing trach supplies - Phạm Minh Khoa",
    """Hello,

Mrs. Phạm called again this morning (through the interpreter line) - Khoa's
trach ties and HMEs were not in Friday's delivery. He is down to his last
box of HMEs. Can you overnight them? Your order # was 88120-C.

For reference he uses a Bivona 4.0 pediatric cuffless, the Dale ties in
pediatric size, and the small HMEs with the O2 port. His mom's English is
limited so please call me, not the family, if there's a problem.

Deb Oyelaran, RN, CCM
Complex Care Program
Bramblewood Children's Hospital
(417) 555-0190
""",
    D(3, 18, 9, 46))

add("phi", "names", "Van der Berg",
    "Sam Okafor <samuel.okafor@%s>" % H,
    "Dr. Chidi Okeke <chidi.okeke@%s>" % H,
    "Van der Berg, Annelies -- BP log",
    """Dr. Okeke,

Van der Berg, Annelies -- BP log came in through the portal last night.
2 week average 138/88 at home on amlodipine 5 mg daily. Urine prot/cr from
the 5/28 draw was 1.1 (was 0.7 in March).

I was going to go up to 7.5 mg and recheck in 4 wks, ok with you? Also
wondering if we should move up her renal US.

Sam

Samuel Okafor, MD
Pediatric Nephrology Fellow, PGY-5
""",
    D(6, 5, 7, 58))

add("phi", "names", "Obi-Nwosu",
    "Priya Raman MD <priya.raman@%s>" % H,
    "Dr. Folake Adeyinka <fadeyinka@lakesidepeds.com>",
    "Your patient Emeka - cath on Friday",
    """Dr. Adeyinka,

Thank you for referring Chukwuemeka Obi-Nwosu to us. I wanted to let you know
that Emeka's cardiac catheterization on Friday went very well. The ductus was
closed with a device, there was no residual flow on the echo the next
morning, and he went home Saturday.

Could your office see him in about a week for a groin check? No aspirin
needed. He should avoid rough play and swimming for 1 week. We will see him
back in our clinic in 6 months with an echo.

Emeka's parents were wonderful through the whole thing. Please reach out if
you have any questions.

Warm regards,
Priya Raman, MD
Division of Pediatric Cardiology
Bramblewood Children's Hospital
Tel (417) 555-0148 | Fax (417) 555-0149
""" + DISCLAIMER,
    D(1, 22, 13, 14))

add("phi", "names", "Venkataraghavan",
    "Endocrinology Clinic <endo.clinic@%s>" % H,
    "s.venkataraghavan@gmail.com",
    "Appointment confirmation for Master Arjun",
    """Dear Mr. and Mrs. Venkataraghavan,

This is to confirm Master Arjun's appointments on Thursday, 14 March:

  8:15 am  - fasting blood tests (thyroid panel, antibodies), Lab 1st floor
  9:00 am  - thyroid ultrasound, Radiology, 1st floor
  10:30 am - follow-up with Dr. Wieczorek, Endocrinology 2nd floor

Please do not give him his levothyroxine that morning until after the blood
draw; bring the tablet with you. Arjun may eat after the labs.

If you need to reschedule, call (417) 555-0160.

Regards,
Endocrinology Front Desk
Bramblewood Children's Hospital
""",
    D(3, 8, 10, 2))

add("phi", "names", "Al-Hashimi",
    "Tess Bauman <tess.bauman@%s>" % H,
    "Language Services <interpreters@%s>" % H,
    "interpreter for Al-Hashimi family Thursday",
    """Hi,

Need an in-person Arabic interpreter Thursday 6/20 10:40 in nephrology
(clinic room 3). Patient is Yousef, age 8; dad Mr. Khalid Al-Hashimi
asked for a male interpreter if possible. This is the visit to go over his
kidney biopsy results and start the steroid plan so please book 90 minutes,
not the usual 30.

Thanks!
Tess

Tess Bauman | Patient Access Rep, Nephrology
x4418
""",
    D(6, 17, 15, 40))

add("phi", "names", "Dvořáková",
    "Dr. Mira Solberg <mira.solberg@%s>" % H,
    "Keisha Banfield <keisha.banfield@%s>" % H,
    "Zuzana D. - session 7",
    """Keisha,

Saw Zuzana Dvořáková today (session 7). Weight on our scale 41.3 kg, down
0.8 from 2 weeks ago, which she was upset about. She accepted two new foods
in session - plain pasta and rice crackers - and tolerated the smell of the
chicken without gagging, which is big for her.

Mrs. Dvořáková is asking whether they can go back to 3 shakes a day instead
of 2. I said I'd check with you before Friday. I'd like to keep the
exposure plan the same and see her weekly through August.

Mira

Mira Solberg, PhD
Pediatric Psychologist, Feeding Clinic
""",
    D(7, 16, 16, 12))

add("phi", "names", "Rowan",
    "Brianna Kettle LPN <bkettle@bluebirdphn.com>",
    "complexcare@%s" % H,
    "overnight events - twins, Sycamore St",
    """Hi complex care team,

Reporting overnight for Rowan (the younger twin, trach/vent). 3 desats to
the low 80s between 0200-0430, each needed bagging for 1-2 min, suctioned
moderate thick yellow secretions each time. No fever, temp max 99.4. Vent
settings unchanged. HR back to baseline after each.

Mom would like a call this morning before 11. The other twin slept fine.

Brianna Kettle, LPN
Bluebird Pediatric Home Nursing
cell 417-555-0179
""",
    D(2, 9, 7, 2))

# ======================================================================
# PHI: self
# ======================================================================

add("phi", "self", "Moorcroft",
    "kaylee moorcroft <kayleemoor08@gmail.com>",
    "endo.clinic@%s" % H,
    "dexcom patches",
    """hi its kaylee moorcroft, dob 2/9/2008. my dexcom keeps falling off in
softball and i've lost 2 sensors this week so now i only have 1 left. can
you send more overpatches or the skin tac stuff? also is my a1c from last
visit back yet, my mom says it was 8.something?? i thought it would be lower

thx
kay
""",
    D(5, 13, 21, 37))

add("phi", "self", "Okafor-Lindqvist",
    "Darius Okafor-Lindqvist <darius.ol@outlook.com>",
    "Pediatric Nephrology <nephrology@%s>" % H,
    "Moving to college - transplant meds and labs",
    """Hello,

My name is Darius Okafor-Lindqvist, I'm a kidney transplant patient of Dr.
Okeke (transplant was 2019). I'm starting at Northfield State in August, which
is about 4 hours away.

A few questions:
1. Can my tacrolimus and mycophenolate prescriptions be moved to a pharmacy
   near campus? The CVS on College Ave.
2. I get labs every month - can I do those at a lab near school and have the
   results sent to you?
3. Do I need to switch to an adult transplant doctor now that I'm 18? Nobody
   has really told me.

My mom usually handles this but I'm trying to do it myself now. My birthday
is 10/22/2005 if you need it to look me up.

Thanks,
Darius
""",
    D(6, 28, 19, 4))

add("phi", "self", "Whitlock",
    "Jenna Whitlock <jennawhitlock@yahoo.com>",
    "Feeding Clinic <feedingclinic@%s>" % H,
    "Brody throwing up feeds again",
    """Hi this is Jenna Whitlock, Brody Whitlock's mom (DOB 11/02/2019).

He threw up his overnight feeds 3 times this week, always around 4 am, and
this morning it was the whole bag pretty much. We already slowed the pump
down to 55 like Hannah said last time. He's still peeing ok and playing but
he looks tired and he's lost about half a pound on our scale.

Should we go back to the old formula? Or bring him in? We can come
tomorrow afternoon, I'm off work.

Jenna
(417) 555-0187
""",
    D(3, 27, 8, 15))

add("phi", "self", "Bellamy",
    "Santi Bellamy <santibellamy.15@icloud.com>",
    "Dr. Priya Raman <priya.raman@%s>" % H,
    "can i play football??",
    """hey dr raman its santiago (santi) from clinic. tryouts are aug 5 and coach
says i need a form signed by my heart doctor. my mom said to ask you
directly. i havent passed out since the medicine got changed in feb and i
wear my watch thing all the time. can you sign it or do i have to come in
again

santi b

Sent from my iPhone
""",
    D(7, 14, 22, 48))

add("phi", "self", "Rourke",
    "Tiana Rourke <tiana.r.2008@gmail.com>",
    "feedingclinic@%s" % H,
    "my appointments",
    """Hi,

My caseworker Ms. Adams said I should email you myself. My name is Tiana
Rourke, I'm 16. I used to come to the feeding clinic when I was little
(like 9?) for my g-tube and I still have trouble eating a lot of foods and
my new foster mom is worried because I lost weight since I moved in March.

Can I come back to the clinic or am I too old now? I don't have my tube
anymore. I'm at Westbrook High, I get out at 2:45.

Thank you,
Tiana
""",
    D(5, 30, 16, 20))

add("phi", "self", "Ashdown",
    "Corbin Ashdown <corbin.ashdown@hotmail.com>",
    "Complex Care Program <complexcare@%s>" % H,
    "Wheelchair seating eval + supplies",
    """Hello complex care,

I'm Corbin Ashdown, dob 4-17-2004, I'm one of your complex care patients
(I know I'm 20, Dr. Lindqvist said I can stay in the program until my adult
transfer in December).

My power chair seating is not fitting anymore since my spine surgery in
January, I'm getting a sore on my left side. Can you put in the referral for
a new seating evaluation? Also my catheter supply order was short 30 last
month again.

I use voice dictation so sorry for any typos.

Corbin
""",
    D(8, 2, 13, 30),
    html="""<div dir="ltr"><div>Hello complex care,</div><div><br></div>
<div>I&#39;m Corbin Ashdown, dob 4-17-2004, I&#39;m one of your complex care patients (I know I&#39;m 20, Dr. Lindqvist said I can stay in the program until my adult transfer in December).</div><div><br></div>
<div>My power chair seating is not fitting anymore since my spine surgery in January, I&#39;m getting a sore on my left side. Can you put in the referral for a new seating evaluation? Also my catheter supply order was short 30 last month again.</div><div><br></div>
<div>I use voice dictation so sorry for any typos.</div><div><br></div><div>Corbin</div></div>""")

add("phi", "self", "Greer",
    "Maddox G <mgreer2009@gmail.com>",
    "renee.castellano@%s" % H,
    "question (pls dont tell my mom)",
    """hi its maddox greer. i kind of skipped my lantus like 4 nights in a row
bc i was at my dads and forgot it there. my sugars have been 300s and i
feel kind of sick to my stomach today. do i just take it tonight like
normal or double it?? and do you have to tell my mom

- M
""",
    D(8, 18, 15, 6), cte="quoted-printable")

# ======================================================================
# PHI: ids
# ======================================================================

add("phi", "ids", "Castellanos",
    "Gloria Pettibone <gpettibone@eastforkschools.org>",
    "cardiology@%s" % H,
    "emergency action plan needed - 5th grade",
    """Good morning,

We need an updated Emergency Action Plan for the following student before
field day on May 17:

  Student: Elián Castellanos
  DOB: 3.4.12
  Your MRN (from last year's letter): 00482913
  School: Eastfork Elementary, Rm 14

Last year's plan said he has an AED-dependent condition (?) and "no
strenuous activity w/o rest breaks" but it expired in Jan. Parent release
is attached to our fax from 4/2. Please fax to (417) 555-0172.

Thank you,
Gloria Pettibone, LPN
Health Aide, Eastfork Elementary
""",
    D(4, 29, 8, 3))

add("phi", "ids", "Haverford",
    "Kyle Dunphy <kyle.dunphy@%s>" % H,
    "Clinical Apps Help <clinapps@%s>" % H,
    "echo order not dropping to PACS",
    """hey clinapps -

another one that's not crossing over to the cardiology PACS worklist:

HAVERFORD, MILO  dob 20110917  acct# 7710042281  CSN 40019283
order placed 0742 today, echo complete, tech can't find it on the modality
worklist so the study is sitting unassigned on the cart.

3rd one this week. can someone look at the interface queue? pt is still
waiting in the room for the read.

Kyle Dunphy, RDCS
Echo Lab Lead Sonographer x3380
""",
    D(1, 17, 8, 55))

add("phi", "ids", "Hollingsworth",
    "Referrals - Complex Care <ccreferrals@%s>" % H,
    "intake@bluebirdphn.com",
    "New home nursing referral",
    """New referral for private duty nursing, 16 hrs/day (nights + school hrs).

Name: Amara Hollingsworth
DOB: 4 Mar 2015
Address: 1182 Sycamore Bend Rd, Apt 3, Millbrook, MO 65740
Home ph: (417) 555-0114   Mom (Danielle) cell: (417) 555-0199
Medicaid ID: 903 441 287 50
PCP: Dr. Helena Ruiz, Millbrook Family Medicine

Needs: trach (Shiley 4.5 ped), home vent nights, G-tube feeds, seizure rescue
meds. Discharging from our PICU ~5/10 if nursing is staffed. Pls confirm
whether you can cover the Millbrook area.

Thanks,
Complex Care Referral Desk
(417) 555-0190 opt 3
""",
    D(4, 30, 13, 27))

add("phi", "ids", "Corliss",
    "Ramon Ibarra <ramon.ibarra@harlancounty.gov>",
    "Cardiology Records <cardrecords@%s>" % H,
    "Records request - child in DCFS custody",
    """To whom it may concern,

Harlan County DCFS has legal custody of the child below (court order
attached to our fax). Please send all cardiology visit notes, echo and ECG
reports from 2022 to present for the upcoming court review.

Child: Jayden Corliss
DOB: 07/22/2016
Medicaid ID: 61-0093847-2
DCFS Case #: HC-2023-04418

Records may be sent to my attention by secure email or fax 417-555-0164.

Ramon Ibarra, MSW
Child Welfare Specialist II
Harlan County Department of Children and Family Services
""",
    D(2, 14, 11, 30))

add("phi", "ids", "Willoughby",
    "Core Lab - Chemistry <corelab.chem@%s>" % H,
    "nephrology@%s" % H,
    "hemolyzed - redraw needed",
    """Accession 24-CH-118374  WILLOUGHBY, PAISLEY  collected 06/11 1405 (Neph Clinic)
K+ 7.1 flagged but specimen grossly hemolyzed (H index 4+), result NOT
reported. Please redraw today if possible. Tubes can go straight to core
lab window, no need to re-order.

--Chemistry bench, x2270
""",
    D(6, 11, 15, 12))

add("phi", "ids", "",
    "Renee Castellano <renee.castellano@%s>" % H,
    "priorauth@%s" % H,
    "pump supplies auth - MRN 3318807",
    """hi PA team, MRN 3318807, dob 12/1/09 - her Omnipod pods were denied
again, plan says "not medically necessary" even though she's been on the pod
since 2021. Last a1c 7.4, on pump ~3 yrs. Can you do a peer to peer
request? She has 4 pods left.

Renee x0160
""",
    D(7, 22, 10, 41))

add("phi", "ids", "Eze-Bright",
    "Marisol Quintero <marisol.quintero@%s>" % H,
    "dispatch@ridewellmedtrans.com",
    "Standing transport - dialysis T/Th/Sat",
    """Hi Ridewell,

Please set up standing wheelchair-van transport for dialysis starting
Tuesday 9/3:

Patient: Ngozi Eze-Bright   DOB 06-NOV-2010
Pickup: 44 Larkspur Ct, Unit B, Harlan MO 65601
Contact: Chiamaka Eze (mother) 417-555-0125, alt 417-555-0108
Days: Tue / Thu / Sat, pick up 6:15 am, return pick up ~11:00 am
Drop: Bramblewood Children's Dialysis Unit, 3rd floor, enter at the Elm St
entrance
Needs: own manual wheelchair, 1 adult escort, no stairs at home

Medicaid transport auth # MT-8842017 attached to the request in your portal.

Marisol Quintero, RN
Pediatric Dialysis | (417) 555-0131
""",
    D(8, 27, 14, 2))

add("phi", "ids", "Fairweather",
    "Billing Follow-up <billing.followup@%s>" % H,
    "provider.appeals@ozarkhealthplan.com",
    "Appeal - claim 2024061100883 - enteral pump",
    """Ozark Health Plan Appeals Unit,

We are appealing the denial of the claim below.

Member: Callum Fairweather
Member #: ZGH448810273  Group: 00571
Subscriber: Fairweather, Moira (mother)
Patient DOB: Sept 9th 2013
Claim #: 2024061100883   DOS: 05/14/2024
Item: enteral feeding pump rental (B9002) + supplies (B4035 x30)

Denial reason CO-50. The member has been fully tube fed since 2019 and
cannot meet nutritional needs orally; see attached clinic note and letter
of medical necessity from Dr. Hannah Greeley / feeding clinic dietitian.

Thank you,
Patricia Lomeli, CRCS
Patient Financial Services - Appeals
Bramblewood Children's Hospital
(417) 555-0140
""",
    D(7, 2, 11, 11))

# ======================================================================
# PHI: lists
# ======================================================================

add("phi", "lists", "Tremblay",
    "Priya Raman <priya.raman@%s>" % H,
    "cardsclinic-team@%s" % H,
    "Weds AM huddle",
    """team - huddle list for tomorrow AM, sorry it's late

* 8:00  Noah Tremblay (4y) - post-op check after VSD repair, echo first,
        mom asked about daycare
* 8:30  Sofía de la Cruz (12y) - Holter results, might need event monitor
* 9:00  Reggie Mwangi (16y) - syncope work-up, tilt table scheduled? confirm
* 9:30  Harper Lindgren (2y) - new murmur referral, Spanish interpreter NOT
        needed (previous note wrong)
* 10:15 Abdullah Rahimi (9y) - pre-sports + ECG, dad wants letter for school
* 11:00 Evie O'Sullivan (7m) - weight check, still on furosemide BID,
        feeding clinic also seeing her Thurs

Colleen pls make sure Reggie's ECG is done before I walk in.
PR
""",
    D(3, 12, 20, 47))

add("phi", "lists", "Kowalczyk",
    "Marisol Quintero <marisol.quintero@%s>" % H,
    "dialysis-rn@%s" % H,
    "chair schedule wk of 9/9 (holiday swap)",
    "Chair assignments - pls double check your pts\n\n"
    "Chair\tPatient\tAge\tDays\tAccess\tNotes\n"
    "1\tKowalczyk, Piotr\t15\tM/W/F\tL AVF\tneeds EMLA 1hr prior\n"
    "2\tEze-Bright, Ngozi\t13\tT/Th/Sa\tR IJ cath\tnew - transport via Ridewell\n"
    "3\tDuarte, Isabela\t9\tM/W/F\tR IJ cath\tcath dressing change Wed\n"
    "4\tHolloway, Tre'Von\t17\tT/Th/Sa\tL AVG\tK 6.2 last wk, diet review\n"
    "5\tNakamura-Price, Emi\t11\tM/W/F\tL IJ cath\tfluid goal 0.8 kg max\n"
    "6\tOYELOWO, Damilare\t6\tT/Th/Sa\tR IJ cath\tchild life on Thurs\n"
    "\nLabor day week: M pts shift to Tues 0600. Call me if any family can't "
    "make it.\n\nMarisol\n",
    D(9, 4, 17, 33))

add("phi", "lists", "Lindqvist",
    "Dr. Annika Lindqvist <annika.lindqvist@%s>" % H,
    "complexcare-oncall@%s" % H,
    "weekend sign-out complex care",
    """Weekend sign-out, Fri 8/16 -> Mon 8/19. Call me at home for anything on
the "watch" pts.

NAME                  AGE  HOME NURSING   ISSUE / PLAN                          WATCH
--------------------  ---  -------------  ------------------------------------  -----
Lindqvist, Oskar       6   Bluebird nts   vent wean trial 2h/day, stop if RR>40   Y
Pruitt, Jaxon          9   Bluebird 16h   new 14Fr button, cx neg x48h            N
Ashdown, Corbin       20   none           pressure sore L hip, wound RN Mon       Y
Phạm, Minh Khoa        3   Meridian nts   HME supply issue sorted? check w/ mom   N
Gutierrez-Olmos, Ana   1   Bluebird 24h   new trach 7/30, 1st trach change Tue    Y
Ferreira, Davi         12  none (mom RN)  increased seizures, keppra up 7/15      Y

Rowan (the Sycamore St twins) -> secretions better on 3% saline nebs, ok.

Annika
""",
    D(8, 16, 17, 10))

_pump_csv = """mrn,last_name,first_name,dob,pump,start_date,trainer,insurance,notes
1047735,Okoro,Chidinma,2011-02-14,Tandem t:slim X2,2024-05-07,Renee C,Medicaid,needs Spanish-language handouts? no - confirm
1102284,Bergstrom,Liam,2014-09-30,Omnipod 5,2024-05-09,Lena H,BCBS,Dexcom G7 linked
0988163,Nguyen,Thao Vy,2010-12-03,Omnipod 5,2024-05-14,Renee C,Ozark HP,school nurse to attend
1120047,Al-Sayed,Rayan,2016-06-21,Tandem t:slim X2,2024-05-16,Renee C,Medicaid,dad only caregiver weekdays
1009931,Marchetti,Giulia,2012-01-08,Omnipod 5,2024-05-21,Lena H,Aetna,prior auth pending
1133518,Washington,Jamal,2013-11-19,Tandem t:slim X2,2024-05-28,Renee C,Medicaid,A1c 10.2 - high risk f/u wk 1
"""
add("phi", "lists", "Okoro",
    "Tomasz Wieczorek MD <tomasz.wieczorek@%s>" % H,
    "Renee Castellano <renee.castellano@%s>, Lena Hartmann <lena.hartmann@%s>" % (H, H),
    "May pump starts",
    """Renee, Lena -

attached is the May pump start list from the huddle. Jamal Washington's
family missed 2 classes so I'd like him first in line for a week-1 phone
check. Giulia is still waiting on Aetna.

T.

Tomasz Wieczorek, MD
Pediatric Endocrinology
""",
    D(4, 26, 18, 2),
    atts=[("text", "csv", "pump_starts_May2024.csv", _pump_csv)])

_wait_csv = """Referral Date,Patient Name,DOB,Age,Referral Source,Reason,Priority,Parent Phone
02/03/2024,"Ashby, Theodore",08/14/2021,2y,Dr. Adair (PCP),Food refusal / poor weight gain,HIGH,417-555-0101
02/11/2024,"Quiñones, Camila",01/27/2020,4y,GI clinic,G-tube wean eval,MED,417-555-0109
02/19/2024,"Bui, Tuan Anh",10/05/2022,1y,NICU follow-up,Oral aversion post NICU,HIGH,417-555-0121
03/01/2024,"Delacroix-Moreau, Lucie",06/30/2017,6y,Self (parent),Extremely limited diet (8 foods),MED,417-555-0133
03/04/2024,"Adebayo, Ifeoluwa",12/12/2022,1y,Cardiology,Fatigue w/ bottle feeds,HIGH,417-555-0146
03/15/2024,"Hughes, Maverick",03/09/2019,5y,School nurse,Choking on solids at lunch,LOW,417-555-0152
"""
add("phi", "lists", "Ashby",
    "Feeding Clinic <feedingclinic@%s>" % H,
    "Noor Haddad <noor.haddad@%s>" % H,
    "FW: waitlist export",
    """Noor - zipped the waitlist export for you since the encrypted mail kept
bouncing from home. Please don't forward. HIGH ones need a call this week.

- front desk (Marcy)

-----Original Message-----
From: Haddad, Noor
Sent: Monday, March 18, 2024 7:51 AM
To: Feeding Clinic
Subject: waitlist export

can someone send me the current waitlist? need it for the staffing mtg
""",
    D(3, 18, 9, 4),
    atts=[("application", "zip", "feeding_waitlist_0318.zip",
           zip_bytes([("feeding_waitlist_0318.csv", _wait_csv)]))])

add("phi", "lists", "Nakashima",
    "Tammy Rudd <trudd@eastforkschools.org>",
    "Colleen Maguire <colleen.maguire@%s>" % H,
    "district list - students w/ cardiac plans 24-25",
    """Hi Colleen,

Here's what I have for students who see your clinic, for the fall plan
renewals. Can you tell me which ones need new orders? Parents have signed
releases for all.

| Student            | DOB        | School       | Plan on file          | Exp    |
|--------------------|------------|--------------|-----------------------|--------|
| Nakashima, Ren     | 05/02/2011 | Pine Ridge MS| pacemaker - no contact| 06/24  |
| Braddock, Ezekiel  | 11/19/2011 | Pine Ridge MS| activity restriction  | 09/24  |
| Castellanos, Elián | 03/04/2012 | Eastfork El. | EAP / AED             | 01/24  |
| Oduya, Grace       | 08/08/2015 | Eastfork El. | post-surgery, no PE   | 10/24  |
| St. Pierre, Luc    | 02/16/2009 | Eastfork HS  | ICD, no contact sports| 06/24  |

thanks!!
Tammy

Tammy Rudd, BSN, RN, NCSN
Eastfork Unified School District
""",
    D(7, 30, 10, 25))

add("phi", "lists", "Henley",
    "Ramon Ibarra <ramon.ibarra@harlancounty.gov>",
    "Deb Oyelaran <deborah.oyelaran@%s>" % H,
    "kids on my caseload overdue for specialty visits",
    """Deb,

Per our call, attached is the spreadsheet of children in county custody who
have missed or are overdue for Bramblewood specialty appointments. The
foster parents for the two Henley siblings changed so those are probably on
us. Let me know which ones you can help get rescheduled.

Ramon Ibarra, MSW
Harlan County DCFS
417-555-0163
""",
    D(7, 1, 15, 49),
    atts=[("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "overdue_specialty_visits_Q2.xlsx",
           xlsx_bytes([
               ["Child", "DOB", "Case #", "Clinic", "Last seen", "Missed", "Placement"],
               ["Henley, Ava", "2014-03-22", "HC-2022-01177", "Endocrinology", "2023-11-02", "2", "Foster - Thompson"],
               ["Henley, Mason", "2016-07-09", "HC-2022-01178", "Endocrinology", "2023-11-02", "2", "Foster - Thompson"],
               ["Corliss, Jayden", "2016-07-22", "HC-2023-04418", "Cardiology", "2024-01-10", "1", "Kinship - grandmother"],
               ["Marchbanks, Destiny", "2013-01-30", "HC-2021-00962", "Endocrinology", "2023-08-15", "3", "Foster - Henderson"],
               ["Ruiz-Tapia, Mateo", "2019-05-05", "HC-2024-00214", "Feeding Clinic", "never", "2", "Therapeutic foster"],
           ], sheet="Overdue"))])

# ======================================================================
# PHI: struct
# ======================================================================

add("phi", "struct", "Kowalczyk",
    "Bart Nyberg <bart.nyberg@%s>" % H,
    "hl7-support@carelinkinterfaces.com",
    "A08 rejected - PID-11 parse error",
    r"""Hi CareLink support,

Your engine is rejecting our A08s since this morning's patch. Example below
straight from the outbound queue (one of many). Error is "PID-11 component
overflow". Can you take a look? Ticket #CL-55120.

MSH|^~\&|EPICADT|BRAMBLEWOOD|CLINK|BLUEBIRDPHN|202409101142||ADT^A08|MSG00448213|P|2.5.1
EVN|A08|202409101142
PID|1||2201584^^^BCH^MR~61-7730194-1^^^MOMCD^MA||KOWALCZYK^PIOTR^J||20090415|M|||1709 W Cherry Ln^^Harlan^MO^65601^USA||(417)555-0122|||||7710098815
PV1|1|O|NEPH^DIAL^04||||44871^OKEKE^CHIDI|||NEP||||||||OP|40019977
IN1|1|MOMCD|00931|MO HEALTHNET||||||||||||KOWALCZYK^AGNIESZKA|MTH

Bart Nyberg
Integration Analyst II, Interface Team
Bramblewood Children's Hospital | x3309
""",
    D(9, 10, 12, 20))

_oru = ("MSH|^~\\&|SUNQLAB|BCH_CORELAB|EPIC|BCH|202406111650||ORU^R01|LAB7782001|P|2.3\r"
        "PID|1||1180473^^^BCH^MR||WILLOUGHBY^PAISLEY^MAE||20130823|F|||88 Dogwood Trl^^Nixa^MO^65714||4175550137\r"
        "PV1|1|O|NEPH CLINIC||||55102^QUINTERO^MARISOL^^^RN\r"
        "ORC|RE|ORD55819|24-CH-118390\r"
        "OBR|1|ORD55819|24-CH-118390|BMP^BASIC METABOLIC PANEL|||202406111545|||||||||44871^OKEKE^CHIDI\r"
        "OBX|1|NM|2951-2^SODIUM||138|mmol/L|135-145||||F\r"
        "OBX|2|NM|2823-3^POTASSIUM||5.4|mmol/L|3.5-5.1|H|||F\r"
        "OBX|3|NM|2160-0^CREATININE||2.9|mg/dL|0.3-0.7|H|||F\r"
        "OBX|4|NM|3094-0^BUN||51|mg/dL|5-18|H|||F\r"
        "OBX|5|NM|2345-7^GLUCOSE||92|mg/dL|70-99||||F\r")
add("phi", "struct", "Willoughby",
    "Bart Nyberg <bart.nyberg@%s>" % H,
    "Kyle Dunphy <kyle.dunphy@%s>, clinapps@%s" % (H, H),
    "ORU sample for the redraw result not filing",
    """Attaching the raw ORU for the redraw that didn't file to the chart. Looks
like OBX-8 flag is fine, I think it's the ORC-3 mismatch against the
original accession. Saved as .hl7 so outlook doesn't mangle the CRs.

-b
""",
    D(6, 11, 17, 2),
    atts=[("text", "plain", "ORU_R01_24-CH-118390.hl7", _oru)])

add("phi", "struct", "Fairweather",
    "Patricia Lomeli <patricia.lomeli@%s>" % H,
    "edi.support@clearpathclearinghouse.com",
    "837P rejected 2x - loop 2010CA?",
    """Clearpath support,

This 837P keeps coming back on the 277CA with "patient DOB invalid" but the
DOB looks right to me. Pasting the relevant segments (redacted the billing
NPI header stuff). Batch 0615-B.

ST*837*0021*005010X222A1~
BHT*0019*00*0615B0021*20240615*1422*CH~
NM1*41*2*BRAMBLEWOOD CHILDRENS HOSPITAL*****46*BCH0091~
HL*1**20*1~
NM1*85*2*BRAMBLEWOOD CHILDRENS HOSP CLINICS*****XX*1928374650~
HL*2*1*22*0~
SBR*P*18*00571******CI~
NM1*IL*1*FAIRWEATHER*MOIRA****MI*ZGH448810200~
HL*3*2*23*0~
PAT*19~
NM1*QC*1*FAIRWEATHER*CALLUM~
N3*2290 OLD MILL RD~
N4*OZARK*MO*65721~
DMG*D8*20130909*M~
CLM*BCH24061588*612.40***11:B:1*Y*A*Y*Y~
HI*ABK:R6339*ABF:Z931~
LX*1~
SV1*HC:B9002:RR*412.40*UN*1***1~
DTP*472*D8*20240514~

Thanks,
Patricia Lomeli, CRCS | PFS Appeals | (417) 555-0140
""",
    D(6, 17, 9, 37))

add("phi", "struct", "Nguyen",
    "Tess Bauman <tess.bauman@%s>" % H,
    "Patient Access Leads <pa-leads@%s>" % H,
    "271 says inactive but mom has the card?",
    """Can someone read this 271 for me? Mom showed a card from today and the
eligibility check came back like this. Patient is in the lobby for endo.

ISA*00*          *00*          *ZZ*OZARKHP       *ZZ*BCH0091        *240827*0912*^*00501*000008812*0*P*:~
GS*HB*OZARKHP*BCH0091*20240827*0912*8812*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG882771*20240827*0912~
HL*1**20*1~
NM1*PR*2*OZARK HEALTH PLAN*****PI*OZHP1~
HL*2*1*21*1~
NM1*1P*2*BRAMBLEWOOD CHILDRENS HOSPITAL*****XX*1928374650~
HL*3*2*22*0~
TRN*2*ELG882771*9BCH000091~
NM1*IL*1*NGUYEN*THAO VY****MI*OZH77104451~
N3*615 E PRIMROSE ST~
N4*HARLAN*MO*65601~
DMG*D8*20101203*F~
EB*6**30~
DTP*346*D8*20240731~
MSG*COVERAGE TERMINATED - SEE NEW MEMBER ID~
SE*16*0001~

Tess x4418
""",
    D(8, 27, 9, 16))

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "bch-1047735",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "1047735"}
        ],
        "name": [{"family": "Okoro", "given": ["Chidinma", "Ada"]}],
        "gender": "female",
        "birthDate": "2011-02-14",
        "address": [{"line": ["3117 Redbud Ave"], "city": "Harlan", "state": "MO", "postalCode": "65601"}],
        "telecom": [{"system": "phone", "value": "417-555-0183", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "a1c-20240507",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
        "subject": {"reference": "Patient/bch-1047735"},
        "effectiveDateTime": "2024-05-07T08:40:00-05:00",
        "valueQuantity": {"value": 9.1, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "insulin-lispro-pump",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/bch-1047735"},
        "medicationCodeableConcept": {"text": "insulin lispro 100 unit/mL via Tandem t:slim X2 pump"},
        "authoredOn": "2024-05-07"
      }
    }
  ]
}
"""
add("phi", "struct", "Okoro",
    "Dev Acharya <dev.acharya@%s>" % H,
    "api-support@glucobridge.io",
    "FHIR bundle failing validation on your side",
    """Hi GlucoBridge team,

Our pilot push to your endpoint is returning 422 on bundles that include a
MedicationRequest. Attached is the exact payload from our log for one of the
pilot patients (family consented to the pilot). Is it the missing
dosageInstruction? Your docs say it's optional.

Dev Acharya
Senior Integration Engineer, Bramblewood Children's Hospital
""",
    D(5, 9, 11, 3),
    atts=[("application", "json", "bundle_1047735.json", _fhir)])

add("phi", "struct", "Oduya",
    "Tammy Rudd <trudd@eastforkschools.org>",
    "Health Information Mgmt <him@%s>" % H,
    "CCD from your portal won't import into our school health record",
    """Hello HIM,

Our school health software (SchoolCare) can't import the summary that
Grace's mom downloaded from your patient portal. The vendor said to ask you
if it's a valid C-CDA. This is the top of the file - the part it chokes on:

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9921" extension="CCD-88102931"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240722153012-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="1066201"/>
      <addr use="HP"><streetAddressLine>720 Walnut Hollow Dr</streetAddressLine>
        <city>Eastfork</city><state>MO</state><postalCode>65742</postalCode></addr>
      <telecom use="HP" value="tel:+1-417-555-0118"/>
      <patient>
        <name><given>Grace</given><given>Adaeze</given><family>Oduya</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20150808"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section><title>Procedures</title>
    <text>07/02/2024 Repair of atrial septal defect, Dr. M. Estrada</text>
  </section>

Thanks,
Tammy Rudd, BSN, RN, NCSN
Eastfork Unified School District
""",
    D(7, 24, 13, 50))

_835 = """Hi - Ozark's 835 for check 0009981443 shows a $0 pay on the Tremblay
claim, CARC 197. pasted the piece below, do we have the auth on file?

ISA*00*          *00*          *ZZ*OZARKHP       *ZZ*BCH0091        *240410*0622*^*00501*000007719*0*P*:~
GS*HP*OZARKHP*BCH0091*20240410*0622*7719*X*005010X221A1~
ST*835*0001~
BPR*I*18422.16*C*ACH*CCP*01*081000032*DA*11220044*1430988712**01*101000019*DA*5566778899*20240410~
TRN*1*0009981443*1430988712~
N1*PR*OZARK HEALTH PLAN~
N1*PE*BRAMBLEWOOD CHILDRENS HOSPITAL*XX*1928374650~
LX*1~
CLP*BCH24031244*4*3160*0**MC*2224031500871*11~
NM1*QC*1*TREMBLAY*NOAH*P***MI*OZH66102389~
NM1*82*1*RAMAN*PRIYA****XX*1669308214~
DTM*232*20240313~
SVC*HC:93306*1840*0**1~
CAS*CO*197*1840~
SVC*HC:99214*1320*0**1~
CAS*CO*197*1320~

Jonah Firth | PFS Cash Posting | x4471
"""
add("phi", "struct", "Tremblay",
    "Jonah Firth <jonah.firth@%s>" % H,
    "pfs-denials@%s" % H,
    "835 zero pay - auth?",
    _835, D(4, 11, 8, 20), cte="base64")

# ======================================================================
# PHI: lang
# ======================================================================

add("phi", "lang", "Ríos Castañeda",
    "Yesenia Castañeda <yesecast83@gmail.com>",
    "endo.clinic@%s" % H,
    "Valentina - azúcar muy alta en la noche",
    """Hola buenas tardes,

Soy la mamá de Valentina Ríos Castañeda, tiene 9 años y la ve el Dr.
Wieczorek. Desde el domingo su azúcar sube a más de 300 en la noche,
como a las 2 de la mañana, aunque le pongo la insulina Lantus de 14
unidades como me dijeron. En la mañana amanece con 280.

¿Le subo la dosis o la llevo a la clínica? Ya no tiene cetonas pero
anoche tenía 0.8. Mi número es 417-555-0144.

Gracias,
Yesenia
""",
    D(2, 20, 14, 5))

add("phi", "lang", "Nogueira",
    "Luciana Prado <lprado@bluebirdphn.com>",
    "complexcare@%s" % H,
    "Gabriel Nogueira - relatório do plantão",
    """Olá equipe,

Escrevo em português porque a mãe pediu que a família receba cópia e ela
lê melhor assim.

Paciente: Gabriel Nogueira, 5 anos
Plantão: 19h às 7h, 12/08

- Teve 2 crises convulsivas às 23h40 e 03h15, cada uma ~3 minutos,
  foi dado o midazolam nasal na segunda conforme o plano.
- Saturação mínima 88% durante a crise, voltou a 97% com O2 1L.
- Dieta pela gastrostomia mantida, tolerou bem.
- Mãe quer saber se pode aumentar o Keppra antes da consulta de setembro.

Por favor retornem para a mãe (Sra. Renata) no 417-555-0126.

Luciana Prado, RN
Bluebird Pediatric Home Nursing
""",
    D(8, 13, 7, 44))

add("phi", "lang", "Lê",
    "Hoang Thi Mai <maihoang.2014@yahoo.com>",
    "nephrology@%s" % H,
    "Hỏi về kết quả xét nghiệm của con tôi",
    """Chào bác sĩ,

Con tôi là Lê Hoàng Nam, sinh ngày 12/08/2014, đang khám thận với bác sĩ
Okeke. Tuần trước cháu đi xét nghiệm máu và nước tiểu nhưng tôi chưa nhận
được kết quả. Mấy hôm nay cháu bị phù mắt vào buổi sáng và đi tiểu có bọt
nhiều hơn. Thuốc prednisone cháu vẫn uống 30mg mỗi ngày.

Tôi có cần đưa cháu đến khám sớm hơn không? Số điện thoại của tôi là
417-555-0193.

Cảm ơn bác sĩ,
Mai (mẹ của Nam)
""",
    D(5, 6, 20, 31))

add("phi", "lang", "Jean-Baptiste",
    "Marie-Claude Jean-Baptiste <mcjeanbaptiste@gmail.com>",
    "cardiology@%s" % H,
    "Randevou Widlene",
    """Bonjou,

Se manman Widlene Jean-Baptiste ki ekri. Widlene gen 6 lane, li te fè
operasyon kè a nan mwa janvye ak Dr. Raman. Depi de jou li pa manje byen,
li fatige anpil, epi li respire vit lè l ap dòmi. Mwen te ba li medikaman
furosemide la chak maten jan yo te di m nan.

Èske m ka mennen l vin wè doktè a semèn sa a? Mwen pa pale angle byen,
tanpri rele m ak yon entèprèt: 417-555-0138.

Mèsi anpil,
Marie-Claude
""",
    D(3, 4, 18, 12))

add("phi", "lang", "Соколов",
    "Ирина Соколова <irina.sokolova87@mail.ru>",
    "feedingclinic@%s" % H,
    "Артём Соколов — вопрос по питанию",
    """Здравствуйте!

Пишу по поводу моего сына, Артём Соколов, 3 года (дата рождения
21.01.2021). Мы были у вас в клинике 2 апреля у логопеда Ханны и
диетолога. После того как начали давать смесь PediaSure 3 раза в день,
у него запоры уже неделю и он отказывается от ужина совсем. Вес дома
12,1 кг.

Можно ли уменьшить смесь до 2 раз? И когда следующий приём? Нам нужен
русский переводчик.

Спасибо,
Ирина Соколова
тел. 417-555-0171
""",
    D(4, 15, 11, 55), cte="base64")

add("phi", "lang", "الحسيني",
    "Omar Al-Husseini <omar.husseini.79@gmail.com>",
    "endo.clinic@%s" % H,
    "بخصوص موعد ابنتي ليان",
    """السلام عليكم،

أنا والد الطفلة ليان الحسيني، عمرها ١١ سنة، وتتابع في عيادة الغدد عند
الدكتور فيتشوريك. في الزيارة الأخيرة قال الطبيب إنها تحتاج إلى فحص عمر
العظام وتحليل دم للهرمونات، لكن لم يتصل بنا أحد لتحديد الموعد.

أيضاً بدأت إبرة هرمون النمو منذ أسبوعين وهي تشتكي من ألم في الركبة
في الليل. هل هذا طبيعي؟

رقم هاتفي: 417-555-0166

شكراً،
عمر الحسيني
""",
    D(9, 3, 19, 22))

add("phi", "lang", "王",
    "Li Na (Interpreter) <lina.interp@%s>" % H,
    "Dr. Priya Raman <priya.raman@%s>" % H,
    "Re: 电话随访 - 王梓涵 (Wang Zihan) family call",
    """Dr. Raman,

Summary of the call with Wang Zihan's mother, and the Chinese text I sent
her per your instructions (she asked for it in writing):

- 2 weeks post-op, incision healing, no fever
- sleeping better, eating ~80% of usual
- she missed one evening dose of aspirin on Saturday

-------- 发给家长的内容 --------
王梓涵妈妈您好：

Raman医生已看过梓涵术后两周的情况。伤口愈合良好，没有发烧。
请继续每天早上给孩子服用阿司匹林81毫克，如果漏服一次，不需要补服，
第二天按时服用即可。
下周三（7月10日）下午2点请带孩子来心脏科复诊并做心脏超声。
如有发烧超过38.5度、伤口红肿或呼吸急促，请立即拨打 417-555-0148。

Li Na, CHI
Medical Interpreter (Mandarin/Cantonese)
Language Services, Bramblewood Children's Hospital
""",
    D(7, 2, 16, 8), cte="quoted-printable")

# ======================================================================
# CLEAN: admin
# ======================================================================

add("clean", "admin", "",
    "Jamal Whitcombe <jamal.whitcombe@%s>" % H,
    "cardsclinic-team@%s" % H,
    "July clinic provider schedule - FINAL",
    """All,

Final July provider grid for the cardiology outpatient clinic. Changes from
the draft are marked with *.

Mon   AM Raman / Estrada      PM Raman / Feld (fellow)
Tue   AM Estrada              PM *Okonjo (covering for Raman 7/9, 7/16)
Wed   AM Raman / Feld         PM echo reading - Estrada
Thu   AM *Okonjo / Feld       PM Raman
Fri   AM Estrada              PM closed (7/5 holiday, 7/26 staff mtg)

Nurse coverage: Colleen M. (x2231) M/W/F, Dara Pike (x2236) T/Th.
Please send swaps to me by 6/28. After that go through the on-call
coordinator at (417) 555-0148 opt 7.

Jamal Whitcombe
Clinic Operations Coordinator, Heart Center
Bramblewood Children's Hospital
""",
    D(6, 21, 16, 2))

add("clean", "admin", "",
    "IT Service Desk <servicedesk@%s>" % H,
    "Hannah Greeley <hannah.greeley@%s>" % H,
    "INC0048821 updated - Feeding Clinic label printer",
    """Incident INC0048821 has been updated.

Short description: Zebra label printer in Feeding Clinic room 2 prints blank
Caller: Greeley, Hannah (ext 2419)
Location: Tower B, 3rd floor, Feeding & Swallowing Clinic
Asset tag: BCH-PR-018832
Assigned to: Field Services - Whitaker, Drew

Work notes:
  06/03 10:14 Replaced ribbon, calibrated media. Test print OK.
  06/03 10:21 Re-mapped printer on workstation BCH-WS-33104 to the clinic
              queue. Please confirm wristband/specimen labels print.

If your issue is not resolved reply to this email within 5 business days or
call the Service Desk at x4357 (HELP). Reference INC0048821.

This is an automated message - Bramblewood Information Services
""",
    D(6, 3, 10, 22))

add("clean", "admin", "",
    "Revenue Cycle Systems <rcsystems@%s>" % H,
    "pfs-all@%s" % H,
    "Planned downtime: billing system upgrade Sat 8/24 22:00-Sun 06:00",
    """Patient Financial Services team,

The billing system will be unavailable for the version 24.2 upgrade:

  Start: Saturday 8/24 at 22:00
  End:   Sunday 8/25 at 06:00 (estimated)

During downtime:
 - claim scrubber and clearinghouse batches are paused; the 8/24 evening
   837 batch will go out Sunday 07:00
 - cash posting of lockbox files resumes Monday
 - downtime charge capture forms are in the shared drive under
   PFS\\Downtime\\2024

Vendor reference: Meditrex change order CO-2024-0877, invoice 77-31902 for
the upgrade services has been approved by Finance (PO 4500218734).

Questions: Sunil Varghese, Revenue Cycle Systems Manager, (417) 555-0107.
""",
    D(8, 14, 9, 0))

add("clean", "admin", "",
    "Bramblewood HR <hr-benefits@%s>" % H,
    "all-staff@%s" % H,
    "Open enrollment closes Nov 15 + badge renewals",
    """Reminder: benefits open enrollment for 2025 closes Friday, November 15 at
5:00 pm.

- Medical plans: the PPO premium increases 4.2%; the HDHP with HSA is
  unchanged. Children's Hospital employees and dependents receive in-network
  cost sharing at all Bramblewood locations.
- Dental and vision: no changes.
- Dependent verification is required for new dependents (birth certificate
  or marriage certificate).

Badge renewals: badges expiring in December can be renewed at Security
(Tower A, ground floor) Mon-Fri 7-3. Bring your employee ID number
(starts with E0...) and a photo ID.

Questions? HR Service Center (417) 555-0105 or hr-benefits@bramblewoodkids.org

Kristen Alvarado, SPHR
Benefits Manager
""",
    D(10, 28, 8, 30))

add("clean", "admin", "",
    "Facilities Work Control <workcontrol@%s>" % H,
    "Tower B Clinic Managers <towerb-managers@%s>" % H,
    "Elevator B2 out of service / WO 24-118806",
    """Tower B elevator B2 (the one by the nephrology waiting room) is out of
service starting Tuesday 5/14 at 6:00 am for the cab modernization,
Work Order 24-118806. Expected return to service Friday 5/31.

- Families with strollers or wheelchairs should use B1 or the Tower A
  connector on 2.
- Dialysis unit early-morning arrivals: security will keep the Elm St doors
  unlocked from 5:45 am.
- Contractor: Ozark Vertical Transport, on-site lead Dwayne Ruffin
  (417) 555-0112.

Sorry for the hassle.
Gil Thibodeaux
Facilities Operations Supervisor, x4620
""",
    D(5, 9, 13, 44))

_inv = ("Invoice,Date,PO,Item,Description,Qty,Unit,Amount\n"
        "INV-20931,2024-04-02,4500217761,HM-7X,7-day Holter recorder,6,1185.00,7110.00\n"
        "INV-20931,2024-04-02,4500217761,HM-LD5,Lead wire set 5-lead pediatric,12,64.50,774.00\n"
        "INV-20931,2024-04-02,4500217761,EL-PED100,Electrodes pediatric (100/case),20,38.00,760.00\n"
        "INV-20931,2024-04-02,4500217761,SVC-ANL,Analysis software annual license,1,2950.00,2950.00\n")
add("clean", "admin", "",
    "Accounts Receivable <ar@cardiotrackmedical.com>",
    "ap@%s" % H,
    "Past due notice - Invoice INV-20931 (Customer #BCH-00412)",
    """Dear Accounts Payable,

Our records show invoice INV-20931 dated 04/02/2024 for $11,594.00 (PO
4500217761, Pediatric Cardiology - Holter monitoring equipment) is now 45
days past due. A line-item copy is attached.

Please remit to CardioTrack Medical, Inc., Lockbox 99214, or call our AR
department at (800) 555-0177 to pay by card. If payment has already been
sent, please provide the check number and date.

Thank you,
Gwen Matsuda
Accounts Receivable Specialist
CardioTrack Medical, Inc.
""",
    D(6, 3, 11, 5), atts=[("text", "csv", "INV-20931_detail.csv", _inv)])

add("clean", "admin", "",
    "Deb Oyelaran <deborah.oyelaran@%s>" % H,
    "Conference Services <confservices@%s>" % H,
    "room request - Complex Care Family Advisory Council 9/19",
    """Hi,

Could I book the Sunflower Room (Tower A, 1st floor) for the Complex Care
Family Advisory Council on Thursday 9/19, 5:30-7:30 pm?

- 18 people: 10 parent advisors, 8 staff
- U-shape seating + space for 3 wheelchairs
- Zoom cart (a few parents join remote)
- light dinner from cafeteria catering, cost center 61-4410

Staff co-chairs this year are Lisa Brandvold (Patient Experience) and
Marcus Otieno (Child Life), they may call you about the AV setup. My cell is 417-555-0191.

Thanks!
Deb

Deborah Oyelaran, RN, CCM
Care Coordinator | Complex Care Program
""",
    D(8, 22, 12, 15))

# ======================================================================
# CLEAN: lookalike
# ======================================================================

add("clean", "lookalike", "",
    "Harlan Animal Hospital <frontdesk@harlananimalhosp.com>",
    "colleen.maguire82@gmail.com",
    "Biscuit - dental procedure discharge instructions",
    """Hi Colleen,

Biscuit did great today! Here is a summary of his visit.

Patient: Biscuit (canine, Beagle mix, M/N)   DOB: 03/14/2017
Chart #: V-22817   Weight: 13.6 kg
Procedure: dental cleaning under anesthesia, 2 extractions (upper PM)
Medications sent home: carprofen 25 mg, 1 tab by mouth twice daily x 5 days;
clindamycin 75 mg twice daily x 7 days.

Soft food only for 7 days. Recheck in 10-14 days, no charge.
Call us at (417) 555-0115 if he won't eat, is vomiting, or the gums bleed.

Dr. Amber Kowalski, DVM
Harlan Animal Hospital
""",
    D(4, 5, 16, 40))

add("clean", "lookalike", "",
    "IronPeak Fitness <results@ironpeakfit.com>",
    "kdunphy.lifts@gmail.com",
    "Your body composition scan results are ready",
    """Hi Kyle,

Thanks for coming in for your InBody scan at IronPeak Harlan!

Member #: 00418822
Scan date: 02/10/2024

  Weight ............... 84.1 kg
  Skeletal muscle mass . 38.9 kg
  Body fat ............. 19.6%
  Visceral fat level ... 7
  Basal metabolic rate . 1,842 kcal

Compared to your November scan you gained 1.2 kg of muscle. Book a free
follow-up with a coach to adjust your program: (417) 555-0103.

Keep crushing it,
IronPeak Fitness Team

You are receiving this because you are an IronPeak member. Unsubscribe.
""",
    D(2, 10, 18, 2),
    html="""<html><body><h2>Your InBody results</h2><p>Hi Kyle,</p>
<p>Member #: <b>00418822</b> &middot; Scan date: 02/10/2024</p>
<table><tr><td>Weight</td><td>84.1 kg</td></tr><tr><td>Skeletal muscle mass</td><td>38.9 kg</td></tr>
<tr><td>Body fat</td><td>19.6%</td></tr><tr><td>Visceral fat level</td><td>7</td></tr>
<tr><td>Basal metabolic rate</td><td>1,842 kcal</td></tr></table>
<p>Compared to your November scan you gained 1.2 kg of muscle.</p>
<p>IronPeak Fitness Team &middot; <a href="https://ironpeakfit.com/unsub">Unsubscribe</a></p></body></html>""")

add("clean", "lookalike", "",
    "Ozark Heritage Credit Union <alerts@ozarkheritagecu.org>",
    "renee.castellano@%s" % H,
    "Action needed: verify your member information",
    """Dear Member,

As part of our annual review, please verify your information by logging in
to Online Banking. We will never ask for your password by email.

  Member #: ****7281
  Share draft account ending: 4410
  Date of birth on file: **/**/1986
  Phone on file: (417) ***-0160

Your HSA (Health Savings Account) contribution for 2024 is $2,150 of
$4,150. Eligible medical expenses can be paid with your HSA debit card.

Questions? Call Member Services at (417) 555-0100, Mon-Sat 8-6.

Ozark Heritage Credit Union - Federally insured by NCUA
""",
    D(3, 1, 7, 0))

add("clean", "lookalike", "",
    "Samuel Okafor <samuel.okafor@%s>" % H,
    "travel@%s" % H,
    "FW: Your itinerary - ASPN annual meeting",
    """Hi travel desk - forwarding my confirmation for the conference so it can be
reconciled against my CME funds. thanks, Sam

---------- Forwarded message ---------
From: Skyward Airlines <noreply@skywardair.com>
Date: Mon, Mar 25, 2024 at 9:14 AM
Subject: Your itinerary - Confirmation QX7RLM

Passenger: OKAFOR/SAMUEL MR
Confirmation: QX7RLM   Ticket: 0372411905563
SkyMiles-style member #: SK 448 201 997

  Apr 18  SGF -> DFW  Flight 2210  dep 06:05  arr 07:48  Seat 14C
  Apr 18  DFW -> SAN  Flight 1187  dep 09:10  arr 10:32  Seat 22A
  Apr 21  SAN -> SGF  Flight 3305  dep 13:40  arr 19:02  Seat 9D

Fare: $612.40 incl. taxes. Card ending 3391.
Need special assistance? Manage your trip at skywardair.com.
""",
    D(3, 25, 11, 30))

add("clean", "lookalike", "",
    "Northgate Auto Insurance Claims <claims@northgateauto.com>",
    "marisol.q.77@gmail.com",
    "Claim 0912-44-78812: estimate approved",
    """Hello Marisol,

Your claim has been reviewed.

Policy #: NGA-4471-90283
Claim #: 0912-44-78812
Date of loss: 08/30/2024
Vehicle: 2019 Honda CR-V

Diagnosis from the body shop: rear bumper cover cracked, right tail lamp
assembly damaged, minor frame "trauma" checked - no structural injury to the
unibody. Treatment plan: replace bumper cover and lamp, refinish.

Approved estimate: $2,874.19 less your $500 deductible. Payment will go
directly to Harlan Collision Center. Your rental reservation (Enterprise
conf # 88X2201) is covered up to 10 days.

Adjuster: Troy Beckwith, (866) 555-0150 ext 2210
""",
    D(9, 6, 10, 18))

add("clean", "lookalike", "",
    "Timberline Tree Care <office@timberlinetree.com>",
    "tomasz.w.home@gmail.com",
    "Your oak - assessment and treatment plan",
    """Hi Tomasz,

Thanks for having us out Thursday. Here's a recap of what our arborist,
Cody, found on the big pin oak in your backyard:

Diagnosis: bacterial leaf scorch plus early root rot on the north side;
about 20% canopy dieback. Chlorosis (yellowing) consistent with high soil pH.

Treatment plan:
  1. Crown reduction / deadwood removal ............ $1,450
  2. Soil injection (iron + sulfur), 2 visits ....... $380
  3. Follow-up visit in spring to re-assess vitals... no charge

Prognosis is fair if we catch it this season. Estimate #TL-2024-3319 is good
for 30 days. Call the office at (417) 555-0119 to book.

Cody Renfro, ISA Certified Arborist #MW-5521A
Timberline Tree Care
""",
    D(9, 13, 15, 2))

add("clean", "lookalike", "",
    "Dev Acharya <dev.acharya@%s>" % H,
    "integration-eng@%s" % H,
    "postmortem: orphaned child processes on the patient-sync worker",
    """team,

writeup for last night's page. TL;DR the "patient-sync" worker (the service
that mirrors the scheduling cache, not anything with real patient data in
it) leaked child processes and took the box down.

timeline (all CDT):
  01:12 heartbeat monitor flags intsvc-07 as unhealthy, 3 missed pings
  01:15 triage: load avg 94, ~4,100 zombie children under parent PID 48213
  01:31 killed the parent, init reaped the orphans, service restarted
  01:40 vitals (cpu/mem/io) back to baseline

root cause: the retry wrapper forks a child per failed batch and never
waits on it. fix is a 4-line patch in PR #1182 (thanks Bart).

follow-ups:
  - add max_children=16 to the worker config
  - alert on zombie count > 100
  - discharge the old cron job that restarts it every 6h, it was hiding this

-dev
""",
    D(10, 2, 9, 12))

# ======================================================================
# CLEAN: news
# ======================================================================

add("clean", "news", "",
    "Bramblewood Today <newsletter@%s>" % H,
    "all-staff@%s" % H,
    "Bramblewood Today | February: Heart Month, new Heart Center wing, staff spotlight",
    """BRAMBLEWOOD TODAY - February 2024

HEART MONTH
The Heart Center cared for more than 6,400 outpatient visits last year and
performed 212 cardiac catheterizations. Wear red on Friday 2/2 and stop by
the atrium for the "hearts of gold" bake sale benefiting the Family Fund.

NEW WING OPENS MARCH 18
The expanded outpatient cardiology clinic on Tower A 3 adds 8 exam rooms,
a second echo suite and a family lounge designed with input from our
Family Advisory Council.

STAFF SPOTLIGHT: Colleen Maguire, RN
Colleen has been a cardiology clinic nurse for 14 years. "The best part is
seeing the kids we met as babies come back as teenagers, complaining about
their homework."

KUDOS
To the Complex Care Program, recognized by the state Medicaid agency for
reducing avoidable readmissions 18% in 2023.

Questions or story ideas: communications@bramblewoodkids.org
""",
    D(2, 1, 6, 0),
    html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#7a1f2b">Bramblewood Today &mdash; February 2024</h1>
<h2>Heart Month</h2><p>The Heart Center cared for more than 6,400 outpatient visits last year and performed 212 cardiac catheterizations. Wear red on Friday 2/2 and stop by the atrium for the &ldquo;hearts of gold&rdquo; bake sale benefiting the Family Fund.</p>
<h2>New wing opens March 18</h2><p>The expanded outpatient cardiology clinic on Tower A 3 adds 8 exam rooms, a second echo suite and a family lounge designed with input from our Family Advisory Council.</p>
<h2>Staff spotlight: Colleen Maguire, RN</h2><p>Colleen has been a cardiology clinic nurse for 14 years. &ldquo;The best part is seeing the kids we met as babies come back as teenagers, complaining about their homework.&rdquo;</p>
<h2>Kudos</h2><p>To the Complex Care Program, recognized by the state Medicaid agency for reducing avoidable readmissions 18% in 2023.</p>
<p><small>Questions or story ideas: communications@bramblewoodkids.org</small></p>
</body></html>""")

add("clean", "news", "",
    "Harlan County Health Department <alerts@harlancountyhealth.gov>",
    "school-nurses-list@eastforkschools.org",
    "HEALTH ADVISORY: Measles exposure - Harlan County, week 16",
    """HARLAN COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY
Distribution: school nurses, child care centers, healthcare providers

Summary: 3 confirmed measles cases have been reported in Harlan County as of
April 19, 2024, all in unvaccinated children aged 2-11. Public exposure
locations and times are listed at harlancountyhealth.gov/measles.

County kindergarten MMR coverage (2023-24): 89.1% (state 92.4%). Religious
and medical exemptions: 4.7%.

Actions for school nurses:
 - review immunization records; students without 2 MMR doses who are
   exposed may be excluded for 21 days
 - report suspected cases within 24 hours to (417) 555-0170 (24/7 line)
 - do not send suspected cases to urgent care without calling ahead

Free MMR clinics: Tue/Thu 1-6 pm, 410 Courthouse Sq.

This advisory contains no individually identifiable information.
""",
    D(4, 19, 16, 30))

add("clean", "news", "",
    "Bramblewood Pharmacy & Therapeutics <pt-committee@%s>" % H,
    "clinicians-all@%s" % H,
    "RECALL NOTICE: enteral feeding pump sets, lots 23K118-23K131",
    """PRODUCT RECALL - ACTION REQUIRED

Manufacturer: NutriFlow Medical
Product: NutriFlow EnteraLite 1000 mL pump sets with ENFit connector
Catalog #: NF-1000E
Affected lots: 23K118 through 23K131 (expiration 2026-11)
Class II recall, initiated 05/28/2024

Issue: the anti-free-flow clip may fail to seat, allowing the formula to
flow faster than the programmed rate.

Actions:
 1. Feeding Clinic and Complex Care: contact home DME suppliers to confirm
    families with affected lots get replacement sets (Apex DME and Harlan
    Home Medical have been notified by the manufacturer).
 2. Inpatient units: quarantine affected lots, Supply Chain will swap.
 3. Report adverse events via the safety reporting system and MedWatch.

No patient harm has been reported at Bramblewood.

P&T Committee / Medication Safety Officer
""",
    D(5, 30, 11, 0))

add("clean", "news", "",
    "Midwest Pediatric Nephrology Network <news@mpnn.org>",
    "nephrology@%s" % H,
    "MPNN Quarterly: registry update, CKD statistics, fall meeting",
    """MPNN QUARTERLY - Summer 2024

REGISTRY UPDATE
The network registry now includes 3,118 children with chronic kidney disease
across 14 centers. Median age at enrollment is 9.4 years; 41% female. Among
children on dialysis (n=286), 62% receive peritoneal dialysis at home.

TRANSPLANT OUTCOMES
Five-year graft survival for pediatric living-donor transplants in the
network was 93% (deceased donor 85%).

FALL MEETING
Oct 17-18, Kansas City. Abstract deadline Aug 30. Topics: transition to
adult care, home dialysis nursing shortages, blood pressure targets in
adolescents.

To unsubscribe, reply REMOVE.
""",
    D(7, 8, 7, 30))

add("clean", "news", "",
    "Camp Sugar Pine <info@campsugarpine.org>",
    "endo-families-list@%s" % H,
    "Registration open: Camp Sugar Pine 2024 for kids with type 1 diabetes",
    """Camp Sugar Pine registration is OPEN!

Week-long overnight camp for kids ages 7-17 living with type 1 diabetes,
staffed by pediatric endocrinologists, nurses and dietitians from
Bramblewood Children's and volunteer counselors (many of whom have T1D
themselves!).

Session 1: June 23-29 (ages 7-11)
Session 2: July 7-13 (ages 12-17)

Cost: $450, full scholarships available - no family is turned away.
Pumps, CGMs, injections - we handle it all. Every cabin has a medical
volunteer overnight.

Apply at campsugarpine.org/register by May 1. Questions: Anna Prewitt,
Camp Director, (417) 555-0129.
""",
    D(2, 15, 12, 0))

add("clean", "news", "",
    "Research Digest <research@%s>" % H,
    "faculty@%s" % H,
    "Research Digest: new publications from Bramblewood faculty",
    """RESEARCH DIGEST - Issue 31

Feeding outcomes after cardiac surgery in infancy
Greeley H, Raman P, Banfield K, et al. J Pediatr Feeding. 2024;12(3):211-9.
Retrospective cohort of 412 infants undergoing cardiac surgery before 6
months of age (2015-2022). 38% required tube feeding at discharge; by 12
months, 71% of those had transitioned to full oral feeding. Longer
intubation (>7 days) was associated with persistent tube dependence
(OR 2.8, 95% CI 1.7-4.6).

School nurse-delivered insulin dosing and glycemic control
Castellano R, Wieczorek T. Diabetes Educ Pract. 2024;9:e114.
Quality improvement study in 3 school districts (n=187 students). Mean A1c
decreased from 8.9% to 8.3% after implementation of standardized orders.

All data reported in aggregate; IRB #2022-0418 and #2023-0091.
""",
    D(6, 26, 10, 0))

# ======================================================================
# CLEAN: staff
# ======================================================================

add("clean", "staff", "",
    "Ethan Feld <ethan.feld@%s>" % H,
    "Priya Raman <priya.raman@%s>, Mateo Estrada <mateo.estrada@%s>" % (H, H),
    "ECG before starting ADHD stimulants - our policy?",
    """Hi Dr. Raman, Dr. Estrada,

Quick general question - I'm getting a lot of calls from outside
pediatricians asking if they need a screening ECG before starting
stimulants in kids without heart history. What's our division's stance? I
have been saying: no routine ECG if personal/family history screen is
negative and exam is normal, but ECG/referral if there's syncope with
exertion, family hx of sudden death <50, or a known structural lesion.

Is there a written guideline I can point them to, or should we make a
one-pager?

Thanks,
Ethan

Ethan Feld, MD
Pediatric Cardiology Fellow, PGY-4
""",
    D(1, 29, 21, 10))

add("clean", "staff", "",
    "Chidi Okeke <chidi.okeke@%s>" % H,
    "peds-neph-listserv@mpnn.org",
    "curbside - teen w/ persistent hypertension despite 3 agents",
    """Colleagues,

Looking for ideas on a tough case (details kept general):

Adolescent in their mid-teens, obese, BP persistently 150s/90s on ambulatory
monitoring despite an ACE inhibitor, a calcium channel blocker and a
thiazide at max doses. Renal US and doppler normal, renin/aldo sent,
catecholamines normal, echo shows mild LVH. Adherence seems good per
pharmacy fill data. Sleep study pending.

Anyone had success adding spironolactone at this age, or do you go
straight to a second imaging look for renal artery disease (CTA vs
angiography)?

Thanks in advance,
Chidi Okeke, MD
Pediatric Nephrology, Bramblewood Children's Hospital
""",
    D(5, 15, 13, 22))

add("clean", "staff", "",
    "Marisol Quintero <marisol.quintero@%s>" % H,
    "dialysis-rn@%s" % H,
    "Thanksgiving / Christmas coverage - dialysis unit",
    """Hi all,

Holiday grid for the dialysis unit is on the board. We still need:

  Thu 11/28 (Thanksgiving): 1 RN 0530-1400
  Wed 12/25 (Christmas):    1 RN 0530-1400, 1 PCT 0600-1300
  Tue 12/31:                1 RN 1000-1830

Holiday differential is 1.5x plus the extra $6/hr incentive Lynn got
approved. If nobody picks up by 11/1 I'll assign by holiday rotation
(list from last year is in the binder).

Also reminder: annual PD competency due by 12/15, 4 of us haven't done it.

Thanks!
Marisol
""",
    D(10, 16, 14, 5))

add("clean", "staff", "",
    "Keisha Banfield <keisha.banfield@%s>" % H,
    "feeding-team@%s" % H,
    "draft: blenderized tube feeding policy v3 - comments by Fri",
    """Team,

Attached the third draft of the blenderized tube feeding (BTF) guideline.
Main changes after last meeting:

- minimum tube size 14 Fr for bolus BTF via syringe; 12 Fr only with
  commercial whole-food formulas
- food safety section rewritten: blended food max 2 hrs at room temp,
  24 hrs refrigerated
- families must complete the 2-visit teaching with RD + RN before starting
- home nursing agencies get the one-page handout (Appendix B)

Please send comments by Friday. Hannah, can you double check the SLP section
on oral-motor goals?

Keisha Banfield, MS, RD, CSP, LD
Clinical Dietitian, Feeding & Swallowing Clinic
""",
    D(3, 6, 10, 44),
    atts=[("text", "plain", "BTF_guideline_v3_DRAFT.txt",
           """BLENDERIZED TUBE FEEDING GUIDELINE - DRAFT v3 (not for distribution)
1. Purpose: standardize selection, teaching and monitoring of children
   receiving blenderized tube feeds in the outpatient setting.
2. Eligibility: G-tube or GJ (G-port only) >= 14 Fr; stable weight gain on
   commercial formula for >= 1 month; caregiver able to complete teaching.
3. Exclusions: J-tube feeds, continuous pump feeds < 20 mL/hr, active
   immunosuppression (discuss case by case).
4. Monitoring: weight every 2-4 weeks x 3 months, labs per RD.
Appendix B: Home handout (1 page)
""")])

add("clean", "staff", "",
    "Renee Castellano <renee.castellano@%s>" % H,
    "school-nurses-list@eastforkschools.org",
    "updated DKA warning signs handout for school nurses",
    """Hi school nurses,

Sharing our updated one-page "when to call" handout for students with
type 1 diabetes. Changes from last year:

- ketone thresholds now match meter readings: 0.6-1.4 call parents and
  our clinic, 1.5 or higher or any vomiting -> send home/ED per plan
- pump site failure: if sugar over 300 twice 1 hr apart, give correction by
  pen/syringe and change the site
- added a section on the newer automated pumps that suspend insulin for lows

This is general guidance - always follow the individual student's signed
orders. Our school line is (417) 555-0160 opt 4, 7:30-4:30.

Renee Castellano, RN, CDCES
Pediatric Endocrinology & Diabetes
""",
    D(8, 12, 8, 10))

add("clean", "staff", "",
    "Annika Lindqvist <annika.lindqvist@%s>" % H,
    "complexcare-team@%s" % H,
    "home nursing gap numbers for the leadership deck",
    """Hi all,

For Thursday's leadership meeting, here are the de-identified numbers I'm
using - please check them against your caseloads:

- 112 kids active in the Complex Care Program
- 58 have approved private duty nursing hours
- on average only 61% of approved hours are actually staffed
- 14 kids are currently waiting for any night nursing
- 6 inpatient stays this quarter were extended only because home nursing
  wasn't available (total 71 extra bed days)

I'm not putting any names or ages in the deck. If you have a one-line
de-identified story (e.g. "a toddler on a home vent waited 5 weeks in the
PICU for nights") send it to me by Wed.

Annika

Annika Lindqvist, MD
Medical Director, Complex Care Program
""",
    D(9, 16, 17, 40))

add("clean", "staff", "",
    "Tomasz Wieczorek <tomasz.wieczorek@%s>" % H,
    "endo-faculty@%s" % H,
    "M&M Thursday - case summary (de-identified)",
    """Colleagues,

Case for Thursday's M&M, de-identified per QI policy:

A school-aged child with established type 1 diabetes on an automated insulin
pump presented in moderate DKA after an unrecognized site failure over a
weekend. Family had checked ketones only once. Contributing factors we
identified:
  1. our "sick day" handout didn't mention automated mode can mask rising
     glucose by maxing out auto-corrections
  2. after-hours line wait time was 40 min that night
  3. no ketone meter at home (insurance denial)

Discussion: should every pump start include a ketone meter Rx by default?

Please don't add identifiers in reply-all.

Tomasz Wieczorek, MD
Division Chief, Pediatric Endocrinology
""",
    D(11, 4, 19, 2))

# ======================================================================
# CLEAN: training
# ======================================================================

add("clean", "training", "",
    "EHR Training Team <ehrtraining@%s>" % H,
    "Dara Pike <dara.pike@%s>" % H,
    "Your training environment login - Ambulatory Nursing class 6/6",
    """Hi Dara,

Welcome to Ambulatory Nursing EHR class on Thursday 6/6, 8:00-12:00,
Training Room 2 (Tower A, lower level).

Training environment: BCH-TRN (NOT production)
Username: TRN-RN14    Temporary password given in class

Your practice patients (fictional - training environment only):
  ZZCARDIO, TESTONE     MRN 9000001   DOB 01/01/2015
  ZZCARDIO, TESTTWO     MRN 9000002   DOB 02/02/2012
  ZZNEPH, PRACTICE      MRN 9000014   DOB 03/03/2010

During class you will room these patients, enter vitals, document a
Holter hookup and route a refill request. Nothing you enter reaches a real
chart.

EHR Training Team | x4466
""",
    D(6, 3, 14, 0))

add("clean", "training", "",
    "Lorena Vick <lvick@carelinkinterfaces.com>",
    "Bart Nyberg <bart.nyberg@%s>" % H,
    "Demo follow-up: sample ADT messages for the new home nursing feed",
    r"""Hi Bart,

Great demo call today. As promised, here are the SAMPLE messages from our
test harness for the Bluebird home nursing feed. All data is synthetic
(John Doe / Jane Doe test patients) - please only use these in the TEST
channel.

MSH|^~\&|CLINK_TEST|DEMO_HOSP|BLUEBIRD_TEST|DEMO|20240101120000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^^^^^L||20000101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(555)555-5555
PV1|1|O|DEMO^CLINIC^01||||99999^TEST^PROVIDER

MSH|^~\&|CLINK_TEST|DEMO_HOSP|BLUEBIRD_TEST|DEMO|20240101120500||ADT^A08|TEST0002|T|2.5.1
PID|1||TEST654321^^^DEMO^MR||DOE^JANE^^^^^L||19990909|F|||456 SAMPLE AVE^^ANYTOWN^XX^00000

Note MSH-11 = T (test). The production feed will require MSH-11 = P and
your real facility codes.

Lorena Vick
Solutions Engineer, CareLink Interfaces
""",
    D(9, 18, 16, 45))

add("clean", "training", "",
    "Compliance & Privacy Office <privacy@%s>" % H,
    "new-hires-sept@%s" % H,
    "HIPAA basics module - quiz answers and examples",
    """Welcome to Bramblewood! Below is the practice scenario from today's
privacy orientation. (Names and details are made up for training.)

SCENARIO 3 - Is this PHI?
"Jane Sample, DOB 01/01/1900, was seen in the Cardiology Clinic for a
follow-up visit." -> YES, this would be PHI if it were a real patient:
name + date + the fact she received care.

"A teenager was seen in clinic today for a follow-up." -> NO identifiers.

Remember:
 - use secure messaging (type [secure] in the subject) for any real patient
   information sent outside Bramblewood
 - school nurses and caseworkers need a signed release on file
 - report misdirected email to the Privacy Office within 24 hours:
   (417) 555-0102

Complete the HIPAA module in the learning system by your 30-day mark.

Compliance & Privacy Office
""",
    D(9, 9, 15, 20))

add("clean", "training", "",
    "Simulation Center <simcenter@%s>" % H,
    "complexcare-team@%s" % H,
    "Sim scenario for Tuesday: trach emergency at home (SimJunior)",
    """Hi Complex Care team,

Tuesday's in-situ simulation (2:00-3:30, Sim Lab B) - scenario summary:

Manikin: SimJunior (pediatric), playing "Baby Doe", 18 months, home
ventilator + trach.
Setup: home living room mock-up, parent actor (our volunteer Gloria).
Scenario: accidental decannulation during a bath; sats drop to 70s. Team
must recognize, attempt replacement with same size then one size smaller,
and bag via stoma.

Learning goals: family teaching checklist, emergency go-bag contents,
calling 911 vs. the home nursing agency.

Home nursing agency partners (Bluebird, Meridian) are invited - 6 seats.

Sim Center | Jolene Marek, MSN, RN, CHSE | x4490
""",
    D(10, 10, 11, 30))

_synth = """{
  "resourceType": "Patient",
  "id": "example-synthetic-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "https://sandbox.glucobridge.io/mrn", "value": "SANDBOX-0000"}],
  "name": [{"family": "Testpatient", "given": ["Demo"]}],
  "gender": "unknown",
  "birthDate": "2010-01-01"
}
"""
add("clean", "training", "",
    "GlucoBridge Partner Success <partners@glucobridge.io>",
    "Dev Acharya <dev.acharya@%s>" % H,
    "Sandbox credentials + sample payloads",
    """Hi Dev,

Thanks for joining the sandbox walkthrough. Your sandbox tenant is live:

  Base URL: https://sandbox.glucobridge.io/fhir/r4
  Client ID: bch-sandbox-7731
  Scopes: system/Patient.read system/Observation.write

All sandbox data is synthetic (tagged HTEST). Attached is the sample Patient
resource "Demo Testpatient" used in the demo; you can post Observations
against Patient/example-synthetic-001. Please do not send real patient data
to the sandbox - production onboarding requires the signed BAA.

Best,
Priyanka Sethi
Partner Success, GlucoBridge
""",
    D(4, 24, 13, 3),
    atts=[("application", "json", "sample_patient_synthetic.json", _synth)])

add("clean", "training", "",
    "Tammy Rudd <trudd@eastforkschools.org>",
    "school-nurses-list@eastforkschools.org",
    "Template for fall: individualized health plan (cardiac) - SAMPLE",
    """Hi everyone,

Here is the sample IHP template Bramblewood's cardiology clinic helped us
put together. Please copy it for your own students; the example below is
filled with fake info just to show the format.

---------------------------------------------------------------
INDIVIDUALIZED HEALTH PLAN - CARDIAC (SAMPLE)
Student: Sample Student          DOB: 01/01/2000
Grade/Teacher: [grade] / [teacher]
Cardiologist: [name, clinic phone]
Condition: [as written on provider orders]
Activity level: [unrestricted / restricted - list]
Emergency: call 911 for fainting, chest pain with exertion, or no pulse;
  start CPR and send for the AED.
Parent/guardian: [name, phone]
---------------------------------------------------------------

Training on the AED refresher is Aug 14 at the district office, 1-3 pm.

Tammy Rudd, BSN, RN, NCSN
Lead District Nurse
""",
    D(7, 31, 9, 5))


# ======================================================================
# build
# ======================================================================

def build(m, idx, fname):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    msg["Message-ID"] = "<%08x.%d.%s@%s>" % (random.getrandbits(32), 1700 + idx,
                                             m["kind"][:3], dom)
    for k, v in m["headers"].items():
        msg[k] = v
    if idx % 3 == 0:
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if m["cte"]:
        msg.set_content(m["body"], cte=m["cte"])
    else:
        msg.set_content(m["body"])
    if m["html"]:
        msg.add_alternative(m["html"], subtype="html")
    for maintype, subtype, fn, data in m["atts"]:
        if isinstance(data, str):
            if maintype == "text":
                msg.add_attachment(data, subtype=subtype, filename=fn)
            else:
                msg.add_attachment(data.encode("utf-8"), maintype=maintype,
                                   subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (idx, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for idx, m in enumerate(MSGS, 1):
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(m, idx, fname)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m["label"], m["kind"],
                     m["patient"] if m["label"] == "phi" else ""])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k in sorted(counters):
        print("%s-%s: %d" % (k[0], k[1], counters[k]))
    print("total:", len(rows))


if __name__ == "__main__":
    main()
