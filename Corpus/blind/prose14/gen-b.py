#!/usr/bin/env python3
"""Blind evaluation set prose14b: hand-written healthcare-ish e-mail. Standard library only."""
import csv, io, os, random, sys, zipfile, hashlib
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

random.seed(1414)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []
EST = timezone(timedelta(hours=-5))


def when(s, tz=EST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def build(frm, to, subj, date, body=None, html=None, atts=(), charset="utf-8", cte=None,
          cc=None, extra=(), tz=EST):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = when(date, tz)
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((subj + date + frm).encode()).hexdigest()[:20], dom)
    for k, v in extra:
        m[k] = v
    kw = {}
    if cte:
        kw["cte"] = cte
    elif body is not None and body.isascii():
        kw["cte"] = "7bit"
    if body is not None:
        m.set_content(body, charset=charset, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, **kw)
    for a in atts:
        kind = a[0]
        if kind == "text":
            _, fname, sub, text = a[:4]
            acs = a[4] if len(a) > 4 else "utf-8"
            m.add_attachment(text, subtype=sub, charset=acs, filename=fname)
        elif kind == "bin":
            _, fname, mt, st, data = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        elif kind == "msg":
            m.add_attachment(a[1])
    return m


def zipped(name, text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text)
    return buf.getvalue()


def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))


DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

HTML_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.t{border-collapse:collapse} table.t td{border:1px solid #999;padding:2px 6px;font-size:10pt} --></style>
</head><body lang="EN-US"><div class="WordSection1">
"""
HTML_TAIL = "</div></body></html>"

# ======================================================================= phi-care
add("phi", "phi-care", "Oduya", build(
    "Brianna Selk <bselk@lumc.org>", "7W Charge RN <7w.charge@lumc.org>",
    "12 back from IR", "2026-11-03 14:41",
    body="""Mr. Oduya in 7W-12 is back from IR at 1430. R groin site soft, no ooze, pedal pulses
present. IR wants him flat until 1830. Heparin drip stays OFF until the 2200 CBC results,
then call Dr. Hassani before restarting. Wife is at bedside and knows the plan.

Bri
"""))

add("phi", "phi-care", "Brandt", build(
    "Lorraine Kuchar <lorraine.kuchar@lumc.org>", "Tom Etheridge <tetheridge@lumc.org>",
    "Brandt pre-listing workup - where we are", "2026-11-04 09:12",
    body=None,
    html=HTML_HEAD + """<p class="MsoNormal">Hi Tom,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Quick status on Kathleen Brandt before Thursday&#8217;s selection committee:</p>
<ul><li>Echo &#8211; booked 11/12 at 07:30, Heart &amp; Vascular 2nd floor</li>
<li>PFTs &#8211; done 10/30, report in chart</li>
<li>Dental clearance &#8211; <b>still outstanding</b>, her dentist in Elmhurst hasn&#8217;t faxed it</li>
<li>Social work eval &#8211; done, caregiver plan is her sister Anne</li>
<li>Financial clearance &#8211; Keystone Harbor auth received 11/2</li></ul>
<p class="MsoNormal">I&#8217;ll call the dental office again today. If it isn&#8217;t here by Wednesday noon I&#8217;d
 rather table her to the 11/19 meeting than present incomplete.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Lorraine Kuchar, RN, CCTC<br>Pre-Transplant Coordinator | Abdominal Transplant Program<br>
Lakeshore University Medical Center | 312-908-4471</p>
<p style="font-size:8pt;color:#777">""" + DISC + "</p>" + HTML_TAIL))

add("phi", "phi-care", "Yarrow", build(
    "Samir Qureshi MD <squreshi@lumc.org>", "Dana Ostrowski <dostrowski@lumc.org>",
    "RE: callback - Dennis Yarrow", "2026-11-02 16:05",
    body="""Dana - I called him at 4pm, went to voicemail, left a message to call the ED callback line.
If he calls back: the final read on the CT chest is done and it's the same as the prelim,
but radiology recommends a repeat CT in 3 months. He needs a PCP to order it - he told us he
doesn't have one, so please give him the Internal Medicine new patient number (312-908-2200).

Samir

-----Original Message-----
From: Dana Ostrowski <dostrowski@lumc.org>
Sent: Monday, November 2, 2026 1:17 PM
To: Samir Qureshi MD <squreshi@lumc.org>
Subject: callback - Dennis Yarrow

Dr. Q, you saw Dennis Yarrow on Saturday night (bed 31). Final radiology addendum came in
this morning and it's flagged for ED callback. Can you call him or tell me what to tell him?
Phone on file is 773-481-0926.

Dana Ostrowski RN
ED Results Follow-up
"""))

add("phi", "phi-care", "Quintero", build(
    "Meridian Specialty Rx - Patient Care <care@meridianspecialtyrx.com>",
    "Transplant Pharmacy <txpharm@lumc.org>",
    "Refill scheduled: QUINTERO, MARISOL", "2026-11-05 10:30",
    body="""Good morning,

This is to confirm the following refill was processed today.

Patient: Marisol Quintero
Medication: tacrolimus 1 mg capsules, #180
Also: mycophenolate mofetil 500 mg tablets, #120
Ship date: Thursday 11/12, FedEx Priority Overnight to home address on file
Copay: $0.00 after manufacturer copay assistance applied

Patient reports she has about 5 days of tacrolimus on hand. She asked that the cooler
box not be left at the door; we set the delivery for signature required.

Please let us know if the dose changed after her clinic visit on 11/3, as we still have
the 10/6 prescription on file.

Kenji Abernethy, PharmD
Meridian Specialty Rx | Transplant Services Team
(800) 604-7712 ext 318
"""))

add("phi", "phi-care", "Pettibone", build(
    "Yolanda Greer <ygreer@lumc.org>", "admissions@ridgeviewcare.net",
    "Accepting tomorrow? Harold Pettibone", "2026-11-08 15:52",
    cc="Case Mgmt 5N <cm5n@lumc.org>",
    body="""Hi Marcy,

Following up on our call - we are planning to discharge Harold Pettibone (DOB 4/22/1941) to
Ridgeview on Monday 11/9 if you can confirm the bed by 10am.

Needs at discharge:
 - PT/OT BID, weight bearing as tolerated L leg
 - wound vac to L thigh, change M/W/F, supplies going with him for the first change
 - IV ceftriaxone 2 g daily through 11/16 via R arm PICC (last dose here will be 11/9 AM)
 - weekly CBC and BMP, results to Dr. Ivanova's office
 - ortho follow-up 11/23, we already scheduled it

His son Walt will do the transport paperwork. H&P, MAR and the last 3 days of notes are in
the referral packet in the portal.

Thanks,
Yolanda Greer, RN, BSN
Case Manager, 5 North Orthopedics
Lakeshore University Medical Center
"""))

add("phi", "phi-care", "Lindqvist", build(
    "Pooja Ramanathan <pramanathan@lumc.org>", "Oncology CRU <cru-onc@lumc.org>",
    "visit 4 done - Lindqvist", "2026-11-06 13:20", cte="quoted-printable",
    body="""Hi all — FYI for the PK tracker.

Grace Lindqvist completed Cycle 2 Day 1 (visit 4) this morning on the LUM-3302 study.
PK draws at pre-dose, 2h and 4h all collected within window, spun and frozen at 11:02.
ECG triplicate done pre-dose. She mentioned mild nausea the night before; I told her to
bring her diary next time so we can capture it properly.

Next visit C2D8 is 11/13 at 8:00, she needs fasting labs that day.

Pooja
Clinical Research Coordinator II, Office of Clinical Research
"""))

add("phi", "phi-care", "Booker", build(
    "Sgt. Renee Calloway <rcalloway@bastionhealth.com>", "Scheduling - GI Lab <gi.sched@lumc.org>",
    "Transport confirmation 11/17 - Booker", "2026-11-10 08:03",
    body="""Good morning,

Confirming that Terrell Booker, DOC #A448120, will be transported from Cook County
Detention Annex for his 11/17 colonoscopy, arrival 0700 at the GI Lab, 3rd floor.

He has been given the prep instructions and the prep kit by our medical unit. He will be
NPO after midnight. Two officers will escort and remain with him during recovery; per
our policy he will be in restraints except when your staff request removal for the
procedure.

Please send the post-procedure instructions with the officers, and fax the path report
to our medical unit at 708-555-0143 when available.

Renee Calloway
Health Services Administrator
Bastion Correctional Health Partners
"""))

add("phi", "phi-care", "Wróblewska", build(
    "Ewa Janik <ejanik@lumc.org>", "Language Bridge Scheduling <schedule@languagebridge.com>",
    "Polish interpreter needed 11/20 0900 infusion", "2026-11-11 11:47", charset="iso-8859-2",
    body="""Hello,

I need an in-person Polish interpreter for Mrs. Zofia Wróblewska on Friday 11/20 at 09:00,
Cancer Center infusion, bay 3 (4th floor, Kellner Pavilion). It is her first infusion
and the nurse will do the full teaching, so please plan for about 2 hours.

Her daughter usually interprets but we cannot use family for consent and teaching.
If you can send Agata again that would be great, Mrs. Wróblewska was very comfortable
with her last time.

Thank you,
Ewa Janik
Patient Navigator, Cancer Center
312-908-6150
"""))
# ======================================================================= phi-names
add("phi", "phi-names", "Kowalczyk", build(
    "Miriam Adeyemi <madeyemi@lumc.org>", "6W Nursing <6w.nursing@lumc.org>",
    "Kowalczyk - family meeting moved to 3pm", "2026-11-04 10:58",
    body="""Palliative can't do 2:00 anymore, moved to 3:00 in the 6W family room.
Daughter is flying in from Denver and lands at 1, so that works better anyway.
Please let whoever has him today know so he's not down in dialysis at 3.

M.

Sent from my iPhone
"""))

add("phi", "phi-names", "Abernathy", build(
    "Caleb Munro <cmunro@lumc.org>", "ED Attendings <ed-attendings@lumc.org>",
    "hallway 14", "2026-11-07 03:26",
    body="""Heads up for day team -- hallway bed 14 (Abernathy) has been boarding 31 hrs waiting on a
psych bed. Got haldol/benadryl at 0140 after he tried to leave, security sitter now 1:1.
Crisis worker says maybe a bed at Riverside by noon. Please don't let him get lost in
the shift change, he hasn't had a med rec yet and his home clozapine hasn't been ordered.

-- Caleb (nights)
"""))

add("phi", "phi-names", "", build(
    "Tasha Bellweather <tbellweather@lumc.org>", "Gloria Mendez <gmendez@lumc.org>",
    "favor", "2026-11-09 07:44",
    body="""Hey Gloria, sorry to bug you on your unit. Janet Ruiz from patient access (2nd shift
registration) - her mom got admitted to 6 West last night through the ED. Janet's
working and can't get up there. She's asking if somebody can peek and see whether her
mom's MRI got done yet and if the neurologist has been by. She's pretty worried.

I know, I know, she should just call the unit. I told her that too. Just passing it on.

T
"""))

add("phi", "phi-names", "Tran", build(
    "Hollis Barrett RN <hbarrett@lumc.org>", "ED Social Work <ed.sw@lumc.org>",
    "Bobby's back", "2026-11-10 22:14",
    body="""Our friend Bobby T. is back in pod C, 3rd visit since Friday. Came in by EMS from
under the Wacker Dr overpass again. CIWA 14 at triage, got his first dose of Ativan,
now sleeping. He asked for you by name (and for the turkey sandwich, of course).

Could someone see him in the AM before he walks out like last time? He said he'd
actually consider the detox bed at Haymarket if it's open. Bobby Tran in the tracker if
you're searching, DOB is in there.

Hollis
"""))

add("phi", "phi-names", "Halverson", build(
    "Denise Oyelaran, RN <doyelaran@keystoneharbor.com>", "LUMC Home Infusion Intake <hi.intake@lumc.org>",
    "RE: HALVERSON, MARGARET - home infusion request", "2026-11-05 14:37",
    body="""Hello,

Following review, the request for home IV infusion for HALVERSON, MARGARET cannot be
approved as submitted. Documentation does not include the most recent infusion dates or
the reason home administration is preferred over our in-network ambulatory infusion
centers. Please send the last 2 infusion administration records and a letter from the
ordering physician. A peer-to-peer is available through 11/12 at 1-888-412-7730 opt 3.

Denise Oyelaran, RN
Utilization Management | Keystone Harbor Health Plan
""",
    html=HTML_HEAD + """<p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Following review, the request for home IV infusion for <b>HALVERSON, MARGARET</b>
cannot be approved as submitted. Documentation does not include the most recent infusion dates or the
reason home administration is preferred over our in-network ambulatory infusion centers. Please send the
last 2 infusion administration records and a letter from the ordering physician. A peer-to-peer is
available through 11/12 at 1-888-412-7730 opt 3.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Denise Oyelaran, RN<br>Utilization Management | Keystone Harbor Health Plan</p>
<div style="border-top:1px solid #E1E1E1;padding-top:3pt"><p class="MsoNormal"><b>From:</b> LUMC Home Infusion Intake
&lt;hi.intake@lumc.org&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 9:02 AM<br><b>To:</b> UM Intake
&lt;um.intake@keystoneharbor.com&gt;<br><b>Subject:</b> HALVERSON, MARGARET - home infusion request</p></div>
<p class="MsoNormal">Attached please find the request and clinicals for the above member. Member is
requesting to move her q4 week infusions to home starting December.</p>""" + HTML_TAIL))

add("phi", "phi-names", "Achebe", build(
    "Nina Castellanos <ncastellanos@lumc.org>", "Dr. Aaron Feld <afeld@lumc.org>",
    "RE: RE: last night", "2026-11-06 08:19",
    cc="Priya Venkat <pvenkat@lumc.org>, Blood Bank Lead <bbank.lead@lumc.org>",
    body="""Dr. Feld, I read your note and I agree with Priya's timeline. For the record the second
unit was hung at 0215 by the float nurse (Jordan), not by me, and the vitals at 15 minutes
were done. I have asked Jordan to write her own statement.

Mr. Achebe's wife was really upset this morning so I'd appreciate it if whoever talks to
the family is the same person, not three of us.

Nina

> From: Aaron Feld
> Sent: Friday, November 6, 2026 7:02 AM
> Priya, Nina - I'm filing the event report on Mr. Achebe's reaction overnight. I need
> times: when was the 2nd unit started, when did he spike, when was it stopped. Blood
> bank already has the bag. Priya's note says stopped at 0250.
>
> AF
"""))

add("phi", "phi-names", "Okonkwo", build(
    "Front Desk - Ridgeview Care Center <frontdesk@ridgeviewcare.net>", "Social Work Dept <socialwork@lumc.org>",
    "Ruthie called again", "2026-11-12 12:30",
    body="""Hi,

Ruthie (Mrs. Okonkwo's granddaughter) called again this morning. She still has not gotten
a call back from your side about the results of the swallow study from before her
grandma came to us. Our speech therapist also wants the report so we know what diet to
use, right now we have her on pureed and she hates it.

Can someone please fax the report to us at 847-622-1980 and call Ruthie back at
224-318-7765? She is the health care POA.

Thank you
Luz, Front Desk
Ridgeview Care Center
"""))

_fwd = build(
    "Eleanor Strand <estrand.home@gmail.com>", "Richard Whitcombe <president@lumc.org>",
    "Geoff", "2026-11-13 16:31",
    body="""Richard,

Geoff is in your cath lab recovery area right now, they put in a stent this afternoon.
He's fine, already grumbling about the food. I'd be grateful if somebody could check on
him, and if his cardiologist could call me when he is back on the floor (312-640-8817).

Eleanor
""")
add("phi", "phi-names", "Strand", build(
    "Office of the President <president.office@lumc.org>", "Cardiac Cath Lab Manager <cathlab.mgr@lumc.org>",
    "FW: Geoff", "2026-11-13 17:48",
    body="""Linda - as discussed, see Eleanor's note attached. Please make sure Mr. Strand is looked
after and that the cardiology attending calls Mrs. Strand when the procedure is done.
Discretion please, no one outside the care team. He chairs the board finance committee.

Carol Benning
Chief of Staff to the President
""",
    atts=[("msg", _fwd)]))
# ======================================================================= phi-self
add("phi", "phi-self", "Farraday", build(
    "LUMC MyChart <noreply-mychart@lumc.org>", "Internal Medicine Pool 3 <im.pool3@lumc.org>",
    "New patient message: Question about lab results", "2026-11-03 20:11",
    body="""You have a new message from a patient.

From: Denise Farraday (DOB 03/14/1971)
To: Dr. Ines Kowal / Internal Medicine
Subject: Question about lab results

Hi Dr Kowal, I saw on here that my potassium came back with a red flag (5.6) from the blood
draw on Friday. Nobody called me so I don't know if that's bad?? I have been taking the
new blood pressure pill you started in September every day like you said. Should I stop
it or come in? I work days so I can only do after 3:30. Thank you

Denise

--
To respond, log in to the provider portal. Do not reply to this e-mail.
"""))

add("phi", "phi-self", "Kessler", build(
    "Raymond Kessler <rkessler1958@comcast.net>", "Patient Financial Services <pfs@lumc.org>",
    "BILL IS WRONG AGAIN - acct 40021877", "2026-11-04 06:52",
    body="""To whoever reads these,

This is my THIRD email about this. My name is Raymond Kessler, account 40021877. I was
charged $2,340.18 for an emergency room visit on August 3rd 2026. I was in there for
maybe 2 hours, they took an x-ray of my wrist and wrapped it and sent me home. My
insurance (Medicare and the AARP supplement) should have covered this and I have the
EOB right here that says the supplement paid.

Now I am getting letters saying it is going to collections. I am 68 years old and I
have never been in collections in my life. I called the number and sat on hold 47
minutes and got hung up on.

Fix this or I am calling the Attorney General and the Tribune.

Raymond J. Kessler
1147 W. Glenlake Ave, Chicago IL 60660
773-334-9812
"""))

add("phi", "phi-self", "Ferreira", build(
    "Camila Ferreira <camila.ferreira.pt@outlook.com>", "Liver Transplant Office <livertx@lumc.org>",
    "my father Luis Ferreira - status on the list?", "2026-11-05 21:30", charset="iso-8859-1",
    body="""Dear transplant team,

I am writing for my father, Luis Ferreira, born 9 July 1962. He was evaluated by Dr.
Sandoval in August and we were told he was placed on the waiting list in September.
Since then nobody has called us. His MELD labs are every month at the Quest near our
house in Cicero, I don't know if you are getting them.

He is getting more tired and confused some days and my mother is scared. We don't
understand how the list works and if he is moving up. Can the coordinator please call
me? I am the one who speaks English best in the family. My number is 708-214-6693.

Thank you very much (muito obrigada),
Camila Ferreira
São José dos Campos / Cicero IL
"""))

add("phi", "phi-self", "Behrens", build(
    "Tom Behrens <tbehrens77@icloud.com>", "Dr. Anil Patel <apatel@lumc.org>",
    "leg", "2026-11-07 19:02",
    body="""Hi Dr Patel its Tom Behrens, the swelling in my left leg is worse since I started the new pill last week, should I stop it? Ankle looks like a grapefruit

Sent from my iPhone
"""))

add("phi", "phi-self", "Dizon", build(
    "Maricel Dizon <maricel.dizon82@yahoo.com>", "Pediatric Hematology Oncology <pedsheme@lumc.org>",
    "Joshua Dizon schedule for next week po", "2026-11-08 09:15",
    body="""Good day po,

I am Maricel Dizon, the mother of Joshua Dizon (7 years old) patient of Dr. Reyes in pedia
onco clinic. Joshua have his lumbar puncture and chemo on Tuesday 11/10 but my husband
have to work and we have only one car, can we move it to Wednesday or Thursday morning?

Also Joshua is having a fever last night 38.1 but this morning it is 37.4 already. The
paper say call if more than 38 so I am not sure if I need to call. He is eating ok and
playing.

Thank you so much po and God bless,
Maricel
0917 does not work here, please call my US number 312-771-0482
"""))

add("phi", "phi-self", "Papadakis", build(
    "LUMC Patient Portal <portal-notify@lumc.org>", "Health Information Management <him.requests@lumc.org>",
    "Records request submitted via portal", "2026-11-09 11:03",
    body=None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#003b6f;color:#fff;padding:8px">
<b>Lakeshore University Medical Center - Patient Portal</b></td></tr>
<tr><td style="padding:12px">
<p>A release of information request was submitted by a portal user.</p>
<table cellpadding="3">
<tr><td><b>Patient</b></td><td>Irene Papadakis</td></tr>
<tr><td><b>Date of birth</b></td><td>11/28/1985</td></tr>
<tr><td><b>Records requested</b></td><td>Office notes, imaging reports and pathology, 01/2025 - present (OB/GYN and Breast Center)</td></tr>
<tr><td><b>Send to</b></td><td>Dr. Hana Mirza, Northshore Women's Health, 2650 Ridge Ave, Evanston IL 60201, fax 847-570-3312</td></tr>
<tr><td><b>Reason</b></td><td>"I moved to Evanston and am transferring my care. I need my surgeon and new OB to have everything before my follow-up in December."</td></tr>
<tr><td><b>Signature</b></td><td>/Irene Papadakis/ (electronic) 11/09/2026</td></tr>
</table>
<p style="color:#666;font-size:11px">This notification was generated automatically. Request ID ROI-2026-118234.</p>
</td></tr></table></body></html>"""))

add("phi", "phi-self", "Novak", build(
    "Gary Novak <gnovak@novakhvac.com>", "GI Scheduling <gi.sched@lumc.org>",
    "Re: Appointment confirmation", "2026-11-10 07:31",
    body="""Yes I'll be there. Question though - the prep sheet says start the clear liquids the
day before but my wife says last time (2021) they had me start two days before. Which
one? Also can I take my Plavix or not, the sheet doesn't say. I have work trucks going
out that morning so I want to get this right the first time.

Gary

On Mon, Nov 9, 2026 at 4:12 PM GI Scheduling <gi.sched@lumc.org> wrote:
> Dear Gary Novak,
>
> This is a reminder of your upcoming appointment:
>   Procedure: Colonoscopy
>   Date/Time: Thursday, November 12, 2026, arrive 7:15 AM
>   Location: Digestive Health Center, Kellner Pavilion 3rd Floor
>   Provider: Dr. Hyun-woo Park
>
> You must have an adult driver. Please review the attached prep instructions.
> Reply YES to confirm or call 312-908-5500 to reschedule.
"""))
# ======================================================================= phi-lists
add("phi", "phi-lists", "Mbeki", build(
    "Jo Farrelly <jfarrelly@lumc.org>", "7 West Nurses <7w.rns@lumc.org>",
    "7W night handoff 11/4", "2026-11-04 06:48",
    body="""Night -> day, sorry it's late. Pt names as in Epic.

RM   PATIENT              ATTENDING   ISSUES / TO DO
---- -------------------- ----------- -------------------------------------------------
701  Mbeki, Thandiwe      Hassani     NPO for TEE 0900, consent signed, K 3.3 replaced x1
703  Gorski, Frank        Hassani     tele, trop x3 neg, likely dc today, needs ride
706  Liu, Amy             Okafor      dressing chg BID, pain ok on PO, PT eval today
708  Salazar, Rogelio     Okafor      AM labs not drawn - hard stick, IV team paged
710  Whitlock, June       Ng          family mtg 1pm, DNR/DNI now, chaplain aware
712  Oduya, Emmanuel      Ng          post IR, groin ok, heparin restart per 2200 CBC (done)

Nothing else. Pyxis in med room 2 still jamming on the 2nd drawer.
-Jo
"""))

add("phi", "phi-lists", "Fontaine", build(
    "Marcus Delgado <mdelgado@lumc.org>", "Denials Team <denials@lumc.org>",
    "Keystone denials to work this week", "2026-11-05 13:10",
    body="""Team - pasted from the work queue, these are the Keystone Harbor ones over $5k. Please
grab yours and note in the account when appeal is out. Deadline column is the 90-day
appeal limit, not ours.

Acct	Patient	DOS	CARC	Billed	Owner	Deadline
40087712	FONTAINE, RENEE	08/14/2026	CO-50	$18,402.00	Kim	11/12
40091150	BARAKAT, SAMI	08/21/2026	CO-197	$7,930.55	Kim	11/19
40093388	OSEI, ABENA	08/29/2026	CO-50	$41,117.20	Luis	11/27
40095021	DUBROVSKY, IGOR	09/02/2026	CO-16	$5,210.00	Luis	12/01
40095874	HARTLEY, DEVON	09/03/2026	CO-4	$12,660.40	Rach	12/02

Osei is the big one, it's the 4-day inpatient they say should've been obs. I already
requested the P2P.

Marcus Delgado | Denials Supervisor | Revenue Cycle
"""))

add("phi", "phi-lists", "Sorensen", build(
    "OR Scheduling <or.sched@lumc.org>", "Anesthesia Schedulers <anes.sched@lumc.org>",
    "Changes to tomorrow (Fri) main OR", "2026-11-05 16:22",
    body="""Changes since the 3pm print:

* OR 4 - Sorensen, Lars - lap chole moved from 2nd to 1st case 0730 (Dr. Bhatt)
* OR 4 - Mahoney, Bridget - excisional biopsy R axilla now 2nd case
* OR 7 - Castillo, Ana - living donor nephrectomy, 0730, DO NOT MOVE (recipient in OR 8)
* OR 8 - Castillo, Hector - kidney transplant recipient, to follow donor
* OR 11 - CANCELLED - Yee, Richard - ORIF L ankle, pt ate breakfast at 5am, rebook Mon

Please let pre-op know about Sorensen, he'll need to be called tonight for the earlier time.
"""))

add("phi", "phi-lists", "Adebayo", build(
    "Hannah Cho <hcho@lumc.org>", "Dr. Miles Ferrante <mferrante@lumc.org>",
    "LUM-3302 screening log Oct", "2026-11-02 10:15",
    body="""Dr. Ferrante,

Attached is the October screening log for LUM-3302 for your signature before the sponsor
monitoring visit on the 9th. Two screen fails (Adebayo - ANC too low, Pruitt - prior
anti-PD-1). Kettering is still pending the brain MRI.

Hannah
""",
    atts=[("text", "LUM3302_screening_log_2026-10.csv", "csv",
"""screen_id,mrn,last_name,first_name,dob,date_consented,status,reason,notes
S-041,11734290,Lindqvist,Grace,1967-02-11,2026-10-02,ENROLLED,,randomized arm B 10/9
S-042,10928865,Adebayo,Folake,1972-06-30,2026-10-06,SCREEN FAIL,ANC 1.1,may rescreen in 4 wks
S-043,12004417,Pruitt,Dale,1959-12-03,2026-10-13,SCREEN FAIL,prior anti-PD-1,
S-044,10455320,Kettering,Joan,1964-08-19,2026-10-20,PENDING,,brain MRI 11/4
S-045,12210983,Vasquez,Arturo,1970-03-25,2026-10-27,ENROLLED,,randomized arm A 11/2
""")]))

add("phi", "phi-lists", "Gutowski", build(
    "Andre Lemaire <alemaire@lumc.org>", "Ridgeview Admissions <admissions@ridgeviewcare.net>",
    "Pending referrals - LUMC to Ridgeview", "2026-11-06 11:40",
    body=None,
    html=HTML_HEAD + """<p class="MsoNormal">Hi Marcy,</p>
<p class="MsoNormal">Here is where we stand on the referrals we sent you this week. Can you update me by 2pm?</p>
<p class="MsoNormal">&nbsp;</p>
<table class="t"><tr style="background:#dce6f1"><td><b>Patient</b></td><td><b>Unit</b></td><td><b>Sent</b></td><td><b>Needs</b></td><td><b>Payer</b></td><td><b>Status</b></td></tr>
<tr><td>Gutowski, Henryk</td><td>5N</td><td>11/3</td><td>PT/OT, wound care sacrum</td><td>Medicare A</td><td>Accepted? pls confirm</td></tr>
<tr><td>Pettibone, Harold</td><td>5N</td><td>11/4</td><td>IV abx thru 11/16, wound vac</td><td>Medicare A</td><td>Accepted for 11/9</td></tr>
<tr><td>Rhee, Soon-ja</td><td>8E</td><td>11/5</td><td>trach care, tube feeds</td><td>Keystone Harbor MA</td><td>Auth pending (Keystone)</td></tr>
<tr><td>Lawson, Curtis</td><td>6W</td><td>11/5</td><td>HD 3x/wk off-site</td><td>Medicaid</td><td>Declined - dialysis chair?</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Andre Lemaire, LCSW<br>Care Management | Lakeshore University Medical Center</p>
<p style="font-size:8pt;color:#777">""" + DISC + "</p>" + HTML_TAIL))

add("phi", "phi-lists", "Hollins", build(
    "Medical Unit - Bastion CHP <medunit.ccda@bastionhealth.com>", "LUMC Specialty Scheduling <spec.sched@lumc.org>",
    "December offsite appts - please confirm", "2026-11-12 09:05",
    body="""Please confirm the following offsite specialty appointments for December. We need 48 hours
notice of any change because of transport staffing.

- HOLLINS, Marcus  DOC#A390122  Cardiology (echo + visit)      12/02  0800
- REYES-CRUZ, Angel DOC#A471808  Ortho hand f/u, cast removal    12/03  1030
- BOOKER, Terrell  DOC#A448120  GI f/u after colonoscopy        12/08  1300
- PHAM, Long       DOC#A402277  Infectious Disease              12/10  0900
- WASHINGTON, Dee  DOC#A455019  Ophthalmology, retina injection 12/15  1400

Thank you,
Medical Records / Offsite Coordinator
Bastion Correctional Health Partners - Cook County Detention Annex
"""))

add("phi", "phi-lists", "Nazarova", build(
    "Interpreter Services <interp@lumc.org>", "Interpreter Staff <interp.staff@lumc.org>",
    "Sat 11/14 assignments", "2026-11-13 15:30",
    body="""Saturday is thin, we only have 3 on site. Please check your line.

RUSSIAN (Oksana)
  0830  7W-709  Nazarova, Lyudmila   - discharge teaching, new insulin pen
  1100  ED      (walk-ins, on call)
ARABIC (Youssef)
  0900  4N-412  Haddad, Samir        - consent for bronchoscopy, Dr. Amari
  1330  L&D 6   Al-Sayed, Noor       - postpartum, lactation visit
TAGALOG/video only
  1000  Infusion bay 7  Santos, Erlinda - first chemo, nurse teaching
POLISH  - no one on site, use video for anything urgent

Oksana, Mrs. Nazarova's son will be there and will try to interpret, please politely
remind the nurse we still need you for the teaching.
"""))
# ======================================================================= phi-struct
add("phi", "phi-struct", "KRAMER", build(
    "Lab Interface Team <lis.interface@lumc.org>", "Epic Beaker Analysts <beaker.analysts@lumc.org>",
    "ORU rejected - OBX-5 too long, msg ctrl 88230117", "2026-11-03 02:17",
    body="""This one bounced off the inbound engine at 02:14. Looks like the reference lab sent a
comment in OBX-5 for a NM result. Can someone fix the mapping before the 6am batch?

MSH|^~\\&|QLAB|QUESTCHI|BEAKER|LUMC|20261103021355||ORU^R01|88230117|P|2.5.1
PID|1||10382216^^^LUMC^MR||KRAMER^JOSEPH^A||19550317|M|||4410 N MALDEN ST^^CHICAGO^IL^60640||773-506-2281
ORC|RE|ORD4417720|Q99120355||CM
OBR|1|ORD4417720|Q99120355|2093-3^CHOLESTEROL TOTAL^LN|||20261102081500|||||||||1447^NG^ALICE^^^MD
OBX|1|NM|2093-3^CHOLESTEROL TOTAL^LN||SEE NOTE: SPECIMEN LIPEMIC, RESULT ESTIMATED 242|mg/dL|<200|H|||F
OBX|2|NM|2571-8^TRIGLYCERIDE^LN||611|mg/dL|<150|H|||F

ERROR: AE - OBX-5 value not numeric for value type NM (seg OBX|1)

-- LIS interface on-call
"""))

add("phi", "phi-struct", "WASHBURN", build(
    "Cloverleaf Alerts <cloverleaf-alerts@lumc.org>", "Integration On-Call <integration.oncall@lumc.org>",
    "[ALERT] ADT_OUT_RIDGEVIEW: 1 message in error queue", "2026-11-06 05:40",
    body="""Thread ADT_OUT_RIDGEVIEW has 1 message(s) in error state.
Reason: Remote host refused connection (10.44.18.22:6661) after 3 retries.
Message attached for review. Resend from the error DB after the remote is up.
""",
    atts=[("bin", "err_0001.hl7", "application", "octet-stream",
"MSH|^~\\&|EPIC|LUMC|PCC|RIDGEVIEW|20261106053812||ADT^A03|ADT889120413|P|2.3\r"
"EVN|A03|20261106053800\r"
"PID|1||10774521^^^LUMC^MR~482-61-0093^^^SSA^SS||WASHBURN^EVELYN^M||19380912|F|||77 PRAIRIE VIEW LN^^SKOKIE^IL^60076||847-675-2231|||W\r"
"PV1|1|I|5N^514^A^LUMC||||2281^IVANOVA^MARINA|||ORT||||||||I|9004417755|||||||||||||||||01|||||||20261101141500|20261106053000\r"
"DG1|1|I10|M16.12^Unilateral primary osteoarthritis, left hip^I10\r"
"PR1|1|I10|0SRB0J9^Replacement of L hip joint with synthetic substitute^I10||20261102\r".encode("ascii"))]))

X837 = """ISA*00*          *00*          *ZZ*LUMC0001       *ZZ*KHHP837        *261104*1730*^*00501*000004412*0*P*:~
GS*HC*LUMC0001*KHHP837*20261104*1730*4412*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*LU88201*20261104*1730*CH~
NM1*41*2*LAKESHORE UNIVERSITY PHYSICIANS*****46*LUMC0001~
NM1*40*2*KEYSTONE HARBOR HEALTH PLAN*****46*KHHP837~
HL*1**20*1~
NM1*85*2*LAKESHORE UNIVERSITY PHYSICIANS*****XX*1427055813~
N3*900 N LAKESHORE BLVD~
N4*CHICAGO*IL*60611~
REF*EI*362219043~
HL*2*1*22*0~
SBR*P*18*GRP77120******CI~
NM1*IL*1*ABERNETHY-COLE*PATRICIA****MI*KHP804419023~
N3*2219 W BERTEAU AVE~
N4*CHICAGO*IL*60618~
DMG*D8*19790604*F~
NM1*PR*2*KEYSTONE HARBOR HEALTH PLAN*****PI*KHHP1~
CLM*LU88201-1*412.00***11:B:1*Y*A*Y*Y~
HI*ABK:M54.16~
NM1*82*1*OKAFOR*CHIDI****XX*1932418800~
LX*1~
SV1*HC:99204*262.00*UN*1***1~
DTP*472*D8*20261028~
LX*2~
SV1*HC:72100*150.00*UN*1***1~
DTP*472*D8*20261028~
SE*26*0001~
GE*1*4412~
IEA*1*000004412~
"""
add("phi", "phi-struct", "ABERNETHY-COLE", build(
    "Clearinghouse Support <support@claimbridge-edi.com>", "PB Billing EDI <pb.edi@lumc.org>",
    "Rejected claim - 999 AK9 R - file attached for correction", "2026-11-05 08:02",
    body="""Hello,

Batch 000004412 submitted 11/04 was rejected by the payer front end. The 999 indicates
Loop 2010BA subscriber address segment error (N4 missing ZIP+4 required by this payer
for this plan type). The original file is attached. Please correct and resubmit.

ClaimBridge EDI Support
Ticket #CB-559031
""",
    atts=[("bin", "LUMC_837P_000004412.x12", "application", "octet-stream", X837.encode("ascii"))]))

X835 = """ISA*00*          *00*          *ZZ*KHHP835        *ZZ*LUMC0001       *261109*0600*^*00501*000088301*0*P*:~
GS*HP*KHHP835*LUMC0001*20261109*0600*88301*X*005010X221A1~
ST*835*1001~
BPR*I*3318.47*C*ACH*CCP*01*071000013*DA*5520019931*1362219043**01*071923284*DA*8830021177*20261110~
TRN*1*EFT8830117*1362219043~
N1*PR*KEYSTONE HARBOR HEALTH PLAN~
N1*PE*LAKESHORE UNIVERSITY MEDICAL CENTER*XX*1881694402~
LX*1~
CLP*40087712*4*18402.00*0*0*12*2026290558812*11*1~
CAS*CO*50*18402.00~
NM1*QC*1*FONTAINE*RENEE****MI*KHP771204418~
DTM*232*20260814~
DTM*233*20260816~
CLP*40090012*1*4210.00*3318.47*420.00*12*2026291103377*13*1~
CAS*CO*45*471.53~
CAS*PR*1*420.00~
NM1*QC*1*TRAN*ROBERT****MI*KHP660981201~
DTM*232*20260818~
SE*17*1001~
GE*1*88301~
IEA*1*000088301~
"""
add("phi", "phi-struct", "FONTAINE", build(
    "Kim Albrecht <kalbrecht@lumc.org>", "Marcus Delgado <mdelgado@lumc.org>",
    "835 for the Fontaine denial", "2026-11-10 11:26",
    body="""Marcus, here's the raw 835 from Keystone's portal (zipped, their download). First CLP is
Fontaine - full CO-50, zero paid. Second one on the same check is unrelated but I left it
in so you can see the whole remit. I'll start the appeal letter today.

Kim
""",
    atts=[("bin", "KHHP_835_20261109.zip", "application", "zip",
           zipped("KHHP_835_20261109_88301.835", X835))]))

add("phi", "phi-struct", "ESPINOZA", build(
    "Keystone Harbor UM <um.noreply@keystoneharbor.com>", "LUMC Prior Auth <priorauth@lumc.org>",
    "278 Response - Ref 2026UM4491207", "2026-11-09 13:45",
    body="""Keystone Harbor Health Plan - Health Care Services Review Response (X12 278)
This is an automated transmission. Segment data follows.

ST*278*0041*005010X217~
BHT*0007*11*2026UM4491207*20261109*1344~
HL*1**20*1~
NM1*X3*2*KEYSTONE HARBOR HEALTH PLAN*****PI*KHHP1~
HL*2*1*21*1~
NM1*1P*2*LAKESHORE UNIVERSITY MEDICAL CENTER*****XX*1881694402~
HL*3*2*22*1~
NM1*IL*1*ESPINOZA*DOLORES****MI*KHP552017734~
DMG*D8*19660221*F~
HL*4*3*EV*0~
UM*HS*I*2~
HCR*A1*2026UM4491207~
HI*ABF:C50.412~
DTP*472*RD8*20261116-20270516~
SV1*HC:J9355*0*UN*18~
SE*15*0041~

Decision: A1 Certified in total. Questions: 1-888-412-7730.
"""))

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-10562277",
        "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.88.2.7.5.737384.14", "value": "10562277"}],
        "name": [{"family": "Okafor-Lindgren", "given": ["Beatrix", "Ama"]}],
        "gender": "female",
        "birthDate": "1991-05-08",
        "telecom": [{"system": "phone", "value": "312-660-9184", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-5589120",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
        "subject": {"reference": "Patient/pt-10562277"},
        "effectiveDateTime": "2026-10-29T08:41:00-05:00",
        "valueQuantity": {"value": 8.9, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"},
        "interpretation": [{"coding": [{"code": "H"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-2290031",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "semaglutide 0.5 mg/0.5 mL pen injector"},
        "subject": {"reference": "Patient/pt-10562277"},
        "authoredOn": "2026-10-30"
      }
    }
  ]
}
"""
add("phi", "phi-struct", "Okafor-Lindgren", build(
    "Devin Sato <dsato@lumc.org>", "App Dev - Patient Apps <appdev.patient@lumc.org>",
    "bundle that breaks the mobile A1c card", "2026-11-11 15:09",
    body="""Repro for ticket PATAPP-2214. This is the real bundle from prod that crashed the A1c trend card
for the patient who reported it (she gave verbal OK on the phone to help troubleshoot, per
the service desk ticket). I think it's the double given name + hyphenated family. Please
don't paste it into the public Jira, use the restricted attachment field.
""",
    atts=[("bin", "bundle_PATAPP-2214.json", "application", "json", FHIR.encode("utf-8"))]))

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Transition of Care Summary</title>
  <effectiveTime value="20261107"/>
  <recordTarget>
    <patientRole>
      <id extension="10774521" root="2.16.840.1.113883.3.8812.1"/>
      <addr use="HP"><streetAddressLine>77 Prairie View Ln</streetAddressLine><city>Skokie</city><state>IL</state><postalCode>60076</postalCode></addr>
      <patient>
        <name><given>Evelyn</given><given>M</given><family>Washburn</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19380912"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Medications at Discharge</title>
      <text><list>
        <item>apixaban 2.5 mg PO BID x 35 days</item>
        <item>oxycodone 5 mg PO q6h PRN, #20</item>
        <item>docusate 100 mg PO BID</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Procedures</title>
      <text>Left total hip arthroplasty 11/02/2026, Dr. M. Ivanova</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add("phi", "phi-struct", "Washburn", build(
    "Ridgeview Care Center - Medical Records <medrecords@ridgeviewcare.net>", "LUMC HIM <him.requests@lumc.org>",
    "CCD received incomplete - Washburn", "2026-11-07 10:22",
    body="""Hello,

We received the transition of care document below through Direct for a resident who
arrived yesterday, but it only has medications and procedures - no allergies, no problem
list, no PT notes. Our pharmacist will not verify the admission orders without the
allergy section. Could you resend the full CCD or fax the discharge summary?

File we received is attached as-is.

Sheila Broadnax, RHIT
Medical Records, Ridgeview Care Center
""",
    atts=[("text", "TOC_10774521.xml", "xml", CCD)]))

add("phi", "phi-struct", "Rosales", build(
    "fax2mail@ridgeviewcare.net", "Wound Clinic <woundclinic@lumc.org>",
    "Fax from 8476221980 (3 pages)", "2026-11-12 14:03",
    body="""================ FAX TRANSMISSION ================
RIDGEVIEW CARE CENTER
1800 Old Orchard Rd, Skokie IL 60077
Phone 847-622-1900   Fax 847-622-1980

DATE: 11/12/2026           PAGES (incl. cover): 3
TO: LUMC Wound Clinic, attn Dr. Beaulieu
FAX: 312-908-7719
FROM: Tamika, RN - 2 South

RE: Resident  ROSALES, Ernesto   DOB 02/19/1949
    Wound clinic appt 11/16 @ 1:15pm

Message: Sending updated wound measurements and photos from 11/11 per your request.
Stage 3 to sacrum now 4.1 x 3.2 x 0.8 cm, new undermining at 2 o'clock. Family
asking if he still needs the appt or if it can be telehealth. Please call 2 South.

[ ] Urgent  [X] For Review  [ ] Please Comment  [X] Please Reply

The information in this facsimile is confidential and may be protected health
information. If you received this in error, notify the sender and destroy it.
==================================================
(pages 2-3 attached as image - OCR not available)
"""))
# ======================================================================= phi-ids
add("phi", "phi-ids", "", build(
    "Rashida Coleman <rcoleman@lumc.org>", "PACS Admin <pacs.admin@lumc.org>",
    "MRN 10482271", "2026-11-03 09:51",
    body="""CT A/P from 11/2 for MRN 10482271 (acc# CT2611020344) still isn't showing in PACS,
surgery clinic has him at 10:30. Can you push it?
"""))

add("phi", "phi-ids", "", build(
    "Kyle Brennan <kbrennan@lumc.org>", "Prior Auth Team <priorauth@lumc.org>",
    "pending - KHP804419023", "2026-11-09 12:02",
    body="""Member KHP804419023, MRI L-spine w/o, CPT 72148, DOS 11/14. Auth submitted 11/4, ref
2026UM4488810, still pended for clinicals. Ortho sent notes Friday. If nothing by Weds
we reschedule.
"""))

add("phi", "phi-ids", "", build(
    "Luis Echevarria <lechevarria@lumc.org>", "Coding Questions <coding.q@lumc.org>",
    "claim 2026310447781 - CO-197", "2026-11-05 15:40",
    body="""Claim 2026310447781 / acct 40098213, pt DOB 06/02/1958, DOS 10/19.
CO-197 on the 93656 (ablation). Auth on file is for 93653 - the physician changed the
approach in the room. Do we have grounds for a retro auth or do we need a corrected
claim? Op note is signed.

Luis
"""))

add("phi", "phi-ids", "", build(
    "Self-Pay Team <selfpay@lumc.org>", "Financial Counseling <fincounsel@lumc.org>",
    "FW: payment plan set up", "2026-11-06 10:10", charset="windows-1252",
    body="""FYI – plan is active.

Acct 40079441 / guarantor SSN xxx-xx-4471
Balance $3,812.60 (ED visit 09/28 + follow-up ortho 10/06)
Plan: $160/mo x 24, autopay from checking ending 0932, first draft 12/01
Charity care screening: over 300% FPL, not eligible – discount 40% applied

– Self-Pay Team, Patient Financial Services
"""))

add("phi", "phi-ids", "", build(
    "Meridian Specialty Rx <pa.team@meridianspecialtyrx.com>", "Rheumatology Clinic <rheum.clinic@lumc.org>",
    "PA approved - Rx 6620178", "2026-11-10 09:18",
    body=None,
    html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Prior authorization outcome</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Rx #</td><td>6620178</td></tr>
<tr><td>Patient ID</td><td>MSR-00318842</td></tr>
<tr><td>DOB</td><td>12/09/1988</td></tr>
<tr><td>Drug</td><td>adalimumab-adbm 40 mg/0.4 mL pen</td></tr>
<tr><td>Plan</td><td>Keystone Harbor Commercial</td></tr>
<tr><td>Status</td><td>APPROVED through 05/31/2027</td></tr>
<tr><td>Next ship</td><td>11/16/2026</td></tr>
</table>
<p>Meridian Specialty Rx PA Team - fax 800-604-7790</p></body></html>"""))

add("phi", "phi-ids", "", build(
    "Jen Aldana <jaldana@lumc.org>", "Regulatory - OCR <ocr.regulatory@lumc.org>",
    "deviation 014-0032", "2026-11-11 16:44",
    body="""Subject 014-0032 (MRN 11734290) - visit 6 safety labs drawn on day +4, window is +/-2.
Need a minor deviation logged before the sponsor sees it in EDC. I'll put the note to file
in the reg binder tomorrow.
"""))

add("phi", "phi-ids", "", build(
    "Nurse Line - Bastion CHP <nurseline@bastionhealth.com>", "LUMC ED Charge <ed.charge@lumc.org>",
    "DOC 2219847 return", "2026-11-02 23:55",
    body="""DOC# 2219847, DOB 01/17/1990, returned to facility 2240 from your ED. Paperwork says 6
sutures L forearm, removal 10 days, and tetanus given. Discharge page 2 missing from the
packet - was any Rx written? Please fax to 708-555-0143. Thx
"""))
# ======================================================================= phi-lang
add("phi", "phi-lang", "Смирнова", build(
    "Alexei Smirnov <a.smirnov.chi@gmail.com>", "Neurology Clinic <neuro.clinic@lumc.org>",
    "Запись для мамы - Смирнова Галина", "2026-11-04 18:20", charset="windows-1251",
    body="""Здравствуйте,

Пишу по поводу моей мамы, Смирновой Галины Петровны, 14.05.1946 г.р. У неё была запись
к доктору Левину в неврологию на 18 ноября в 10:30, но нам позвонили и сказали, что
приём отменили. Новую дату не назначили.

После последнего визита ей назначили МРТ головы и анализ крови, МРТ она уже сделала
2 ноября у вас в больнице. Мы хотим узнать результаты и когда можно прийти к врачу.
Мама по-английски не говорит, поэтому, пожалуйста, нужен русский переводчик.

Мой телефон: 847-293-5518 (Алексей, сын).

Спасибо,
Алексей Смирнов
"""))

add("phi", "phi-lang", "الحسن", build(
    "Fatima Alhassan <fatima.alhassan77@hotmail.com>", "Cardiology Clinic <cardio.clinic@lumc.org>",
    "طلب تجديد الدواء", "2026-11-06 12:05", cte="base64",
    body="""السلام عليكم،

أنا فاطمة الحسن، تاريخ الميلاد ٣ مارس ١٩٥٩، مريضة عند الدكتور عماري في عيادة القلب.
دواء الضغط (ميتوبرولول ٥٠ ملغ) سيخلص بعد ثلاثة أيام، والصيدلية قالت إن الوصفة تحتاج
موافقة جديدة من الطبيب. أرجو إرسال الوصفة إلى صيدلية والغرينز في شارع ديفون.

أيضاً موعدي القادم لتخطيط القلب كان يوم ٢٠ نوفمبر، هل ما زال قائماً؟

رقم هاتفي: 773-465-2019
شكراً جزيلاً
"""))

add("phi", "phi-lang", "Bautista", build(
    "Rowena Bautista <rowena.bautista@gmail.com>", "Breast Center Nurse Navigator <breastnav@lumc.org>",
    "tanong lang po about my biopsy", "2026-11-07 21:48",
    body="""Hello po Ma'am Jessa,

Si Rowena Bautista po ito, yung nag-biopsy kayo nung Tuesday (11/3) sa right breast.
Tanong ko lang po kung kailan lalabas yung result? Sabi po ng doctor 5-7 days pero
wala pa po akong natatanggap na tawag. Medyo kinakabahan na po ako, hindi ako
makatulog.

Yung bandage po, pwede ko na bang tanggalin? Medyo may pasa pa po pero wala nang
dugo.

Night shift po ako sa work kaya mas ok po kung text muna bago tumawag: 312-804-3367.

Salamat po!
Rowena
"""))

add("phi", "phi-lang", "Zieliński", build(
    "Krzysztof Zielinski <kzielinski@o2.pl>", "Patient Financial Services <pfs@lumc.org>",
    "Rachunek za pobyt w szpitalu - Krzysztof Zieliński", "2026-11-08 10:12",
    charset="iso-8859-2", cte="quoted-printable",
    body="""Szanowni Państwo,

nazywam się Krzysztof Zieliński (data urodzenia 21.07.1963). We wrześniu byłem
hospitalizowany w Państwa szpitalu przez cztery dni po operacji woreczka żółciowego.
Otrzymałem rachunek na kwotę 6 480,25 USD, numer konta 40092270.

Moje ubezpieczenie (Keystone Harbor) twierdzi, że szpital nie przesłał poprawnego
kodu i dlatego odmówili płatności. Proszę o ponowne wysłanie roszczenia do
ubezpieczyciela i wstrzymanie windykacji do czasu wyjaśnienia.

Nie mówię dobrze po angielsku, proszę o odpowiedź po polsku lub telefon z tłumaczem:
773-592-4108.

Z poważaniem,
Krzysztof Zieliński
"""))

add("phi", "phi-lang", "王", build(
    "Wang Li <wangli.chicago@163.com>", "Hematology Oncology Clinic <hemonc.clinic@lumc.org>",
    "关于我父亲王建国的化疗时间", "2026-11-09 08:33", charset="gb2312",
    body="""您好，

我是王建国的女儿王丽。我父亲在陈医生那里看病，他的第三次化疗原定在11月16日上午9点。
上次化疗后他一直发烧、没有胃口，体重掉了四公斤。我们想问一下：化疗前需不需要先来验血？
如果白细胞太低，是不是要推迟？

父亲出生日期是1952年10月3日，病历号 10647309。

他不会说英文，来医院时需要普通话翻译。请回复这个邮箱或打电话给我：312-225-8840。

谢谢！
王丽
"""))

add("phi", "phi-lang", "Hernández", build(
    "Marisol Peña <mpena@languagebridge.com>", "Carrie Lindholm RN <clindholm@lumc.org>",
    "Sra. Hernández - lo que dijo en la visita", "2026-11-10 17:26", charset="windows-1252",
    body="""Hi Carrie, siguiendo lo que hablamos after the visit – here is what she told me in the
hallway, which she did not want to say in front of her son:

- "No he tomado el Eliquis desde el sábado porque se me acabó y la farmacia me pidió
  $145." (She hasn't taken Eliquis since Saturday, pharmacy wanted $145.)
- "Me mareo cuando me levanto en la mañana." (Dizzy when she gets up in the morning.)
- Ella dice que sí quiere la cita con la trabajadora social para lo del seguro.

Sra. Aurora Hernández, the 2:30 in Dr. Amari's clinic today. I'm back at the clinic on
Thursday if you need me for the phone call.

Marisol Peña, CMI-Spanish
Language Bridge Services
"""))

add("phi", "phi-lang", "Kaczmarek", build(
    "Agnieszka Nowicka <anowicka@lumc.org>", "Beata Sowa <bsowa@lumc.org>",
    "pan Kaczmarek z 514", "2026-11-11 13:02", charset="iso-8859-2",
    body="""Beata, szybko - pan Kaczmarek z 514 znowu pyta o ciebie, chyba tylko tobie ufa :)
He refused the 1200 insulin again, mówi że nic nie jadł więc po co. Sugar 247 at
11:30. Dr. Ng wants you to talk to him in Polish before she changes the orders,
możesz zejść po lunchu? Córka przyjeżdża o 16:00.

Aga
"""))
# ======================================================================= clean-staff
add("clean", "clean-staff", "", build(
    "Deb Halloran <dhalloran@lumc.org>", "7 West Nurses <7w.rns@lumc.org>",
    "Nights next week - need 2", "2026-11-03 12:15",
    body="""Hi all,

We are short 2 RNs on nights Tue 11/10 and Wed 11/11 (Marisa's leave started early and
float pool can only give us one). Incentive pay is approved for both nights. Reply to me,
not all, if you can pick up. Charge on Wednesday would also be great if any of our
charge-trained folks are willing.

Also a reminder that the new bed alarm education is due by 11/20, 20 minutes in the LMS.

Thanks for everything this month, census has been brutal.
Deb Halloran, MSN, RN
Nurse Manager, 7 West Cardiology
"""))

add("clean", "clean-staff", "", build(
    "Marcus Delgado <mdelgado@lumc.org>", "Revenue Cycle Leadership <rc.leadership@lumc.org>",
    "Q3 Keystone Harbor denial trend", "2026-11-04 08:40",
    body="""All,

Summary for tomorrow's payer JOC prep:

- Keystone Harbor initial denial rate Q3: 14.2% of claims (Q2 11.9%)
- CO-50 (medical necessity) is 41% of dollars denied, mostly inpatient short stays they
  want as observation. 63 accounts, $1.9M billed.
- CO-197 (no auth) down to 9% after the ortho scheduling fix in July
- Overturn rate on appeal: 58% first level, 71% after P2P

Ask for the JOC: Keystone to honor the 2-midnight expectation in our contract language
and give us a named medical director for P2P rather than the rotating queue.

Marcus
"""))

add("clean", "clean-staff", "", build(
    "Ray Obuya <robuya@lumc.org>", "ED Staff <ed.staff@lumc.org>",
    "Pyxis pod B down again", "2026-11-06 04:02",
    body="""Pod B Pyxis is down (again). Pharmacy is aware, tech coming at 7. Until then pull from
the pod A cabinet and document the override reason as "cabinet down". Narcs: see the
charge nurse for the pod A key. Don't borrow from the trauma bay Pyxis please.

- Ray, night charge
"""))

add("clean", "clean-staff", "", build(
    "Dr. Helen Marchetti <hmarchetti@lumc.org>", "Kidney Transplant Team <kidneytx.team@lumc.org>",
    "Offer review meeting + new OPTN policy", "2026-11-09 17:30",
    body=None,
    html=HTML_HEAD + """<p class="MsoNormal">Team,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Monday&#8217;s offer review is moved to <b>Tuesday 7:00 am</b>, Kellner 6 conference room
(Zoom link unchanged). We&#8217;ll spend the first half on the OPTN continuous distribution changes that take
effect in January and what they mean for our acceptance practice, and the second half on our Q3 offer
decline data (we declined 38% of offers at sequence &lt; 50, mostly for biopsy findings &amp; logistics).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please read the 2-page summary from the OPTN policy notice before the meeting.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Helen</p>
<p class="MsoNormal">Helen Marchetti, MD | Surgical Director, Kidney &amp; Pancreas Transplant</p>""" + HTML_TAIL))

add("clean", "clean-staff", "", build(
    "Priya Nandakumar <pnandakumar@lumc.org>", "Oncology Research Staff <onc.research@lumc.org>",
    "RE: IRB continuing reviews due in December", "2026-11-10 11:05",
    body="""Adding enrollment numbers so you can fill in section 4:

  LUM-3302   42 of 60 enrolled, 3 withdrawn, 0 SAEs since last review
  LUM-2918   closed to accrual, 11 in follow-up
  NCI-EA5221 7 enrolled at our site, 2 screen fails this period

Amendments: 3302 amendment 4 (PK window change) still with sponsor.

Priya

> From: Hannah Cho
> Sent: Tuesday, November 10, 2026 9:40 AM
> Can whoever owns 3302 and 2918 send me the current enrollment? Continuing review
> packets are due to the IRB by 12/1 and I'd rather not be chasing this over Thanksgiving.
"""))

add("clean", "clean-staff", "", build(
    "Anthony Greco, PharmD <agreco@lumc.org>", "P&T Committee <pt.committee@lumc.org>",
    "Agenda item: tacrolimus generic switch", "2026-11-11 14:20",
    body="""For Thursday's P&T:

Our wholesaler is discontinuing the current tacrolimus generic (manufacturer A) in Q1. Proposal
is to move to manufacturer B for inpatient and outpatient pharmacy. Transplant pharmacy
would like:
 1) a single switch date for all new starts,
 2) trough monitoring recommendation within 7-14 days after any switch (per AST guidance),
 3) a patient letter template for the specialty pharmacy to send.

Estimated annual savings about $84k. Cost comparison attached to the meeting packet.

Tony
"""))

add("clean", "clean-staff", "", build(
    "Oksana Petrenko <opetrenko@lumc.org>", "Interpreter Services Leads <interp.leads@lumc.org>",
    "video units on 4N", "2026-11-12 10:48",
    body="""Hi,

The two video interpreting carts on 4 North are both showing "no network" since the
weekend. IT ticket INC0884122. Nurses are using the phone line instead, which is OK for
quick stuff but not for consents. Can we borrow one of the 6W carts until it's fixed?

Also I'm out Friday, Youssef is covering Russian requests by phone.

Oksana
"""))
# ======================================================================= clean-admin
add("clean", "clean-admin", "", build(
    "LUMC Parking & Transportation <parking@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "Garage C closure Nov 14-15 - employee parking changes", "2026-11-05 13:00",
    body=None,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<h2 style="color:#003b6f">Garage C Closure - Saturday and Sunday, November 14-15</h2>
<p>Garage C (Superior St.) will be closed all weekend for concrete repairs on levels 3-5.</p>
<ul><li>Employees with Garage C permits: park in <b>Garage E</b> (Erie &amp; Fairbanks); your badge will work at the gate.</li>
<li>Patients and visitors: valet at the main entrance and Garage A are unaffected.</li>
<li>Shuttle from Garage E to the Kellner Pavilion runs every 10 minutes, 5:30am-midnight.</li></ul>
<p>Questions: parking@lumc.org or ext. 8-7275.</p>
<p style="font-size:11px;color:#888">Lakeshore University Medical Center | Parking &amp; Transportation Services</p>
</body></html>"""))

add("clean", "clean-admin", "", build(
    "LUMC Human Resources <benefits@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "Open Enrollment ends Nov 20 - your 2027 medical, dental and FSA choices", "2026-11-06 08:00",
    body="""Open Enrollment for 2027 benefits closes Friday, November 20 at 5:00 pm.

What's changing:
  * LUMC Choice PPO: deductible stays $750 individual / $1,500 family
  * LUMC Value HDHP: employer HSA seed increases to $1,000 / $2,000
  * Health Care FSA limit rises to $3,400
  * Keystone Harbor remains the carrier for both medical plans
  * New: virtual physical therapy benefit through the plan app

If you do nothing, your current medical and dental elections roll over, but FSA
elections DO NOT. You must re-elect FSA every year.

Benefits fairs: Nov 10 and 12, Kellner atrium, 7am-9am and 2pm-4pm.
Enroll in Workday > Benefits > Open Enrollment.

LUMC Total Rewards
"""))

add("clean", "clean-admin", "", build(
    "IT Service Desk <itservicedesk@lumc.org>", "All Epic Users <epic.users@lumc.org>",
    "Planned Epic downtime Sun 11/15 01:00-04:00", "2026-11-09 15:00",
    body="""PLANNED DOWNTIME - Epic (all applications)
When: Sunday, November 15, 01:00 to approx. 04:00
Why: quarterly upgrade (Epic November 2026 release)

During downtime:
 - Use the BCA (Business Continuity Access) PCs on each unit for read-only reports.
 - Use paper downtime forms for orders, MAR and lab requisitions (downtime boxes on each unit).
 - Label specimens with downtime labels; lab will back-enter after recovery.
 - ED tracking board will be on the whiteboard.

After downtime, units must back-enter all meds given. Unit super-users will round.

Help: Service Desk 8-4357
"""))

add("clean", "clean-admin", "", build(
    "LUMC Information Security <infosec@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "[Security Alert] Fake 'Patient Referral Document' emails", "2026-11-10 10:30",
    body="""We are seeing phishing e-mails with the subject "Patient Referral Document - Secure"
or "Lab Result Ready for Review" that appear to come from outside clinics. They contain a
link to a fake Microsoft login page.

Do not click. Do not enter your credentials. Use the "Report Phish" button in Outlook.

If you already entered your password, change it immediately at https://pwreset.lumc.org
and call the Service Desk at 8-4357.

Remember: real referrals come through Epic Care Everywhere, Direct messaging or fax,
never as a link to "view document" in an external e-mail.

Information Security Office
"""))

add("clean", "clean-admin", "", build(
    "Compliance & Privacy Office <compliance@lumc.org>", "Nursing Staff - 5N <5n.staff@lumc.org>",
    "Reminder: annual HIPAA and Code of Conduct training due 11/30", "2026-11-11 07:00",
    body="""Our records show that 14 team members on 5 North have not completed the 2026 annual
Privacy & Security (HIPAA) module and/or the Code of Conduct attestation.

Both are in the LMS under "Required - Annual". Total time approximately 35 minutes.
Employees who are not complete by 11/30 will have Epic access suspended until completion,
per policy ADM-114.

Managers can see their unit's completion report in the LMS dashboard.

Compliance & Privacy Office | Hotline 1-877-411-5862 (anonymous)
"""))

add("clean", "clean-admin", "", build(
    "Employee Health <employeehealth@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "Last call: employee flu shot clinics", "2026-11-12 09:00",
    body="""Flu vaccination is a condition of employment for all LUMC staff. Deadline is November 30.

Walk-in clinics:
  Mon 11/16  Kellner atrium         6:30-10:00 am
  Wed 11/18  Garage E lobby         2:00-7:00 pm
  Fri 11/20  Research Bldg rm 120   10:00 am-2:00 pm

Bring your badge. If you were vaccinated elsewhere, upload proof in the Employee Health
portal. Medical and religious exemption requests were due 10/31.

Current campus rate: 88% compliant. Let's get to 100!
Employee Health Services
"""))

add("clean", "clean-admin", "", build(
    "Nursing Recognition Committee <nursing.recognition@lumc.org>", "All Nursing <allnursing@lumc.org>",
    "November DAISY Award: Dana Whitfield, RN, 5 North", "2026-11-13 12:00",
    body=None,
    html=HTML_HEAD + """<p class="MsoNormal" style="font-size:14pt;color:#7a1f5c"><b>Congratulations, Dana!</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dana Whitfield, RN, of 5 North Orthopedics is our November DAISY Award honoree.
Dana was nominated by a family who wrote that she &#8220;stayed after her shift to make sure we understood
everything before we went home, and drew us a map of the pill schedule on the whiteboard.&#8221;</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dana has been with LUMC for 6 years, precepts new grads and co-chairs the unit practice
council. Please join us for the celebration (and cinnamon rolls) on 5N, Tuesday at 2 pm.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nursing Recognition Committee</p>""" + HTML_TAIL))
# ======================================================================= clean-lookalike
add("clean", "clean-lookalike", "", build(
    "Great Lakes Air MileageClub <mileageclub@email.greatlakesair.com>", "Samir Qureshi <squreshi@lumc.org>",
    "Samir, your Gold status is secured through 2027", "2026-11-04 06:15",
    body="""Dear Samir Qureshi,
MileageClub # GL 4418 220 917

Congratulations - with 52,310 qualifying miles this year you've secured Gold status
through January 31, 2028.

Your upcoming trip
  Confirmation: KX7QPD
  ORD -> SFO  Thu Dec 3  GL 1182  Seat 4C (Economy Plus, complimentary upgrade requested)
  SFO -> ORD  Sun Dec 6  GL 609   Seat 3A

Need special assistance? Add a wheelchair request or medical equipment note to your trip in
Manage Reservations at least 48 hours before departure.

You are receiving this e-mail because you are a MileageClub member. Unsubscribe | Privacy
""",
    html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4"><table width="600" align="center" style="background:#fff">
<tr><td style="background:#0a2d5c;color:#fff;padding:16px;font-size:20px">MileageClub</td></tr>
<tr><td style="padding:16px"><p>Dear Samir Qureshi,<br>MileageClub # GL 4418 220 917</p>
<p>Congratulations - with <b>52,310</b> qualifying miles this year you've secured <b>Gold</b> status through January 31, 2028.</p>
<p><b>Your upcoming trip</b> &middot; Confirmation KX7QPD<br>ORD &rarr; SFO Thu Dec 3 GL 1182 Seat 4C<br>SFO &rarr; ORD Sun Dec 6 GL 609 Seat 3A</p>
<p style="font-size:12px">Need special assistance? Add a wheelchair request or medical equipment note to your trip in Manage Reservations at least 48 hours before departure.</p>
</td></tr><tr><td style="font-size:10px;color:#888;padding:16px">You are receiving this e-mail because you are a MileageClub member. Unsubscribe | Privacy</td></tr></table></body></html>"""))

add("clean", "clean-lookalike", "", build(
    "Harborline Hotels Rewards <rewards@harborlinehotels.com>", "Lorraine Kuchar <lorraine.kuchar@lumc.org>",
    "Your stay at Harborline Milwaukee Riverwalk - receipt", "2026-11-09 11:02",
    body="""Thank you for staying with us, Lorraine.

Harborline Rewards Platinum  #HR 77 302 9915
Harborline Milwaukee Riverwalk   Nov 6 - Nov 8, 2026   2 nights

  Room, King Accessible, Rate PLTCONF      2 x $189.00
  Spa - deep tissue massage 60 min                 $145.00
  Wellness Bar                                      $22.50
  Room tax                                          $65.66
  Total charged to Visa ending 2208                $611.16

Points earned: 6,114   Balance: 88,420

Hope the conference went well! Book your next stay and get 2x points through Jan 31.
"""))

add("clean", "clean-lookalike", "", build(
    "Northside Animal Hospital <reminders@northsidevet.com>", "Tasha Bellweather <tbellweather@lumc.org>",
    "Biscuit is due for vaccines + bloodwork results", "2026-11-05 17:30",
    body="""Hi Tasha,

Biscuit (canine, Beagle mix, 9 yrs) is due for:
  - Rabies (3 year)  due 11/21/2026
  - DHPP             due 11/21/2026

Dr. Lindahl also reviewed Biscuit's senior blood panel from 10/29: kidney values are
slightly elevated (BUN 34, creatinine 1.9). She recommends a renal diet and a recheck in
3 months. Start the Hill's k/d gradually over 7 days.

Book online or call 773-989-4400. Biscuit's next heartworm refill ships 11/18.

Northside Animal Hospital
"""))

add("clean", "clean-lookalike", "", build(
    "Midwest Mutual Auto Claims <claims@midwestmutual.com>", "Gary Novak <gnovak@novakhvac.com>",
    "Claim 22-AU-0419331 update: repair estimate approved", "2026-11-10 14:11",
    body="""Dear Gary Novak,

Claim number: 22-AU-0419331
Policy: PA 8830-21-77 (2022 Ford Transit 250)
Date of loss: 10/27/2026

The repair estimate from Lakeview Collision ($4,816.40) has been approved. Your
deductible of $500 will be paid directly to the shop. A rental is authorized for up to
10 days at $45/day.

No injuries were reported on this claim. If that has changed, please contact your
adjuster, Beth Kowalski, at 800-555-0192 ext 4471.

Midwest Mutual Insurance - Claims Department
"""))

add("clean", "clean-lookalike", "", build(
    "Ironworks Fitness <hello@ironworksfit.com>", "Brianna Selk <bri.selk@gmail.com>",
    "Your InBody results + December class schedule", "2026-11-11 06:00",
    body="""Hey Brianna!

Great work this month. Here are your InBody scan results from Nov 9:

  Weight ........ 148.2 lb   (-3.1)
  Body fat ...... 27.4%      (-1.2)
  Skeletal muscle 61.8 lb    (+0.9)

Your coach Marcus has added a Tuesday 5:30am strength block to your plan. December
schedule: spin moves to 6:15pm, Saturday bootcamp is back at 8am.

Your membership renews 12/01 at $49/mo. Bring a friend in December and they get
2 weeks free!

- The Ironworks Team
"""))

add("clean", "clean-lookalike", "", build(
    "Halvorsen Pike LLP <insights@halvorsenpike.com>", "Compliance & Privacy Office <compliance@lumc.org>",
    "Health Law Alert: OCR right-of-access settlements and the 2026 HIPAA Security Rule final rule", "2026-11-12 07:30",
    body=None,
    html="""<html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
<table width="640" align="center"><tr><td style="border-bottom:3px solid #6b1d1d;padding:10px"><b>HALVORSEN PIKE LLP</b> &nbsp;|&nbsp; Health Care Practice Group</td></tr>
<tr><td style="padding:12px">
<h2>OCR Closes Year With Four Right-of-Access Settlements</h2>
<p>In October, the HHS Office for Civil Rights announced four resolution agreements with providers that failed to give
patients timely access to their records, with payments ranging from $35,000 to $240,000. In one matter, a patient
requested her imaging records in January and did not receive them until August. In another, a hospital charged a
per-page fee for electronic copies.</p>
<h2>Security Rule: What Changes for Hospitals</h2>
<p>The final rule removes the &#8220;addressable&#8221; distinction, requires an asset inventory and network map, mandatory
MFA, and annual compliance audits. Covered entities have 240 days after the effective date to comply.</p>
<p><b>Webinar:</b> December 8, 12:00 CT &#8212; &#8220;Your First 90 Days Under the New Security Rule.&#8221; CLE credit available.</p>
<p style="font-size:11px;color:#777">This newsletter is for general information and is not legal advice. Attorney advertising.
Prior results do not guarantee a similar outcome. Halvorsen Pike LLP, 233 S. Wacker Dr., Chicago IL 60606. Unsubscribe.</p>
</td></tr></table></body></html>"""))

add("clean", "clean-lookalike", "", build(
    "Prairie State Bank HSA <hsa-alerts@prairiestatebank.com>", "Kyle Brennan <kbrennan@lumc.org>",
    "Your October HSA statement is ready", "2026-11-02 05:00",
    body="""Hello Kyle,

Your Health Savings Account statement for October 2026 is now available in online banking.

Account ending in 5530
Beginning balance   $4,211.08
Contributions         $350.00  (payroll - Lakeshore University Medical Center)
Interest                $3.12
Ending balance      $4,564.20

Tip: You can invest HSA funds above $1,000 in mutual funds. Visit Investments > HSA.

For your security, we never ask for your password by e-mail.
Prairie State Bank, Member FDIC
"""))
# ======================================================================= clean-news
add("clean", "clean-news", "", build(
    "Department of Medicine <dom.education@lumc.org>", "DOM Faculty and Trainees <dom.all@lumc.org>",
    "Medicine Grand Rounds 11/18: CAR-T toxicities for the non-oncologist", "2026-11-12 12:00",
    body=None,
    html=HTML_HEAD + """<p class="MsoNormal" style="font-size:16pt;color:#003b6f"><b>Medicine Grand Rounds</b></p>
<p class="MsoNormal">Wednesday, November 18, 2026 &#8226; 12:00&#8211;1:00 pm &#8226; Searle Auditorium and Zoom</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>&#8220;Fever on Day 3: Cytokine Release Syndrome and ICANS for the Hospitalist&#8221;</b><br>
Rebecca Osterhout, MD, Associate Professor, Hematology/Oncology &amp; Cellular Therapy</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Objectives: recognize CRS grading (ASTCT), know when to give tocilizumab and steroids, and
understand when to call the cellular therapy team. Two de-identified cases will be discussed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">1.0 AMA PRA Category 1 Credit&#8482;. Text code <b>RUBIKO</b> to 312-626-1144 for attendance.</p>""" + HTML_TAIL))

add("clean", "clean-news", "", build(
    "Hospital Medicine Case of the Week <hm.cotw@lumc.org>", "Hospital Medicine <hospmed@lumc.org>",
    "Case of the Week #41: 'It's just the flu'", "2026-11-06 07:00",
    body="""CASE OF THE WEEK #41 (details altered; not from a single patient)

A woman in her 50s with a history of hypertension presents in late autumn with 4 days of
fever, myalgias and dry cough. Rapid influenza A is positive. She is discharged with
oseltamivir. She returns 6 days later with worsening dyspnea, new productive cough and
an oxygen saturation of 86% on room air. Chest radiograph shows a new right lower lobe
consolidation with an effusion.

Questions:
 1. Which organisms most commonly cause post-influenza bacterial pneumonia?
 2. What empiric regimen would you choose, and when would you add MRSA coverage?
 3. Which findings should prompt a diagnostic thoracentesis?

Answers and discussion next Friday. Reply with your answers to enter the coffee-card draw.

- Hospital Medicine Education Committee
"""))

add("clean", "clean-news", "", build(
    "LUMC Clinical Research Recruitment <research.recruit@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "Volunteers needed: sleep and blood pressure study (paid)", "2026-11-09 09:30",
    body="""Do you have high blood pressure and trouble sleeping?

Researchers at Lakeshore University Medical Center are studying whether a 6-week
digital sleep program can lower blood pressure.

You may be eligible if you:
  * are 40-75 years old
  * take 1 or 2 blood pressure medications
  * sleep less than 6 hours most nights

Participation: 3 in-person visits + wearing a wrist monitor at home. Compensation up to
$300. Free parking.

Call 312-908-0777 or e-mail sleepbp@lumc.org. Principal Investigator: Dr. Naomi Feld.
IRB #STU2026-0412. Employees' participation is voluntary and will not affect employment.
"""))

add("clean", "clean-news", "", build(
    "LUMC News <news@lumc.org>", "All LUMC Staff <allstaff@lumc.org>",
    "This week at LUMC: 300th kidney transplant, new ED observation unit, and more", "2026-11-13 08:00",
    body="""THIS WEEK AT LUMC

- Kidney & Pancreas Transplant reaches 300 transplants in 2026, the program's highest
  annual volume. Living donor transplants made up 31%.
- The new 18-bed ED Observation Unit opens December 1 on Kellner 1. Median ED length of
  stay for observation patients is expected to drop by 4 hours.
- Specialty pharmacy adherence: 96% proportion of days covered for transplant and
  oncology patients in Q3.
- Welcome to 94 new nurses who started this fall!
- Cafeteria: the salad bar returns Monday. Yes, really.

Submit stories to news@lumc.org.
"""))

add("clean", "clean-news", "", build(
    "Chicago Dept of Public Health HAN <han@cdph-alerts.org>", "LUMC Infection Prevention <ip@lumc.org>",
    "HEALTH ADVISORY: Measles exposures, North Side, Nov 1-8", "2026-11-10 16:45",
    body="""CHICAGO HEALTH ALERT NETWORK - HEALTH ADVISORY

Summary: CDPH is investigating 3 confirmed measles cases among unvaccinated residents.
Public exposure locations include a North Side grocery store (Nov 1, 2-5 pm), a public
library branch (Nov 4, 10 am-1 pm) and a pediatric urgent care waiting room (Nov 6,
5-9 pm). Full addresses are on the CDPH website.

Recommendations for clinicians:
 1. Consider measles in patients with fever and rash, especially with exposure history.
 2. Mask and isolate suspected cases immediately in an airborne infection isolation room.
 3. Report suspected cases to CDPH within 24 hours: 312-743-7216.
 4. Collect NP swab and urine for measles PCR; serum IgM.

Verify MMR status of staff working in EDs and urgent care.
"""))

add("clean", "clean-news", "", build(
    "LUMC Pharmacy Bulletin <pharmacy.bulletin@lumc.org>", "Prescribers <prescribers@lumc.org>",
    "Drug shortage update - November", "2026-11-04 15:00",
    body="""DRUG SHORTAGE UPDATE

CRITICAL
 * IV metoprolol 5 mg/5 mL - restricted to ICU/ED/PACU. Use PO when possible.
 * Cisplatin - supply stable through January; oncology to follow dose-rounding protocol.

RESOLVED
 * Amoxicillin oral suspension - back to normal stock.

NEW SUBSTITUTION
 * Lidocaine 1% 30 mL vials replaced with 2 x 20 mL vials. Same concentration.

Questions: Drug Information Service, ext 8-6600.
"""))
# ======================================================================= clean-training
add("clean", "clean-training", "", build(
    "Epic Training Team <epic.training@lumc.org>", "New Hire RNs Nov Cohort <rn.newhire.nov@lumc.org>",
    "Before class Monday: your practice patients", "2026-11-06 14:00",
    body="""Welcome to Epic Inpatient Nursing training! Monday 8:00-4:30, Education Center room 3B.

Log into the TRAINING environment (PLY) - not production - with your class login. Your
practice patients are:

  ZZTEST, ASTER    MRN 999000101   Rm TRN-01   (post-op day 1, PCA)
  ZZTEST, BROOK    MRN 999000102   Rm TRN-02   (insulin sliding scale)
  ZZTEST, CEDAR    MRN 999000103   Rm TRN-03   (blood transfusion workflow)

These are fictional records. Never practice in production and never look up real
patients (including yourself, family or coworkers) for training.

Epic Training Team
"""))

add("clean", "clean-training", "", build(
    "Integration Engineering <integration.eng@lumc.org>", "Vendor Onboarding - Ridgeview <it@ridgeviewcare.net>",
    "ADT interface spec v3.2 and test messages", "2026-11-03 10:20",
    body="""Hi Ridgeview IT,

Attached is the LUMC outbound ADT spec for the SNF feed and a set of synthetic test
messages for your validation environment. Please do not send us production data until
we've completed the test script and signed the connection agreement.

Integration Engineering
""",
    atts=[("text", "LUMC_ADT_test_messages.txt", "plain",
"""# SYNTHETIC TEST DATA - NOT REAL PATIENTS
# Expected: ACK AA for each.
MSH|^~\\&|EPIC|LUMC|PCC|RIDGEVIEW|20260101120000||ADT^A04|TEST0001|T|2.3
PID|1||999000201^^^LUMC^MR||TESTPATIENT^ALPHA||19000101|F|||1 TEST ST^^CHICAGO^IL^60600
PV1|1|O|TESTCLINIC^^^LUMC

MSH|^~\\&|EPIC|LUMC|PCC|RIDGEVIEW|20260101120500||ADT^A03|TEST0002|T|2.3
PID|1||999000202^^^LUMC^MR||TESTPATIENT^BRAVO||19000101|M|||2 TEST ST^^CHICAGO^IL^60600
PV1|1|I|TESTUNIT^001^A^LUMC
""")]))

add("clean", "clean-training", "", build(
    "Coding Education <coding.ed@lumc.org>", "HIM Coders <him.coders@lumc.org>",
    "Monthly coding quiz - November (CEUs)", "2026-11-02 08:00",
    body="""November quiz - 5 questions, 1 CEU. Submit by 11/20.

1. A patient undergoes a laparoscopic cholecystectomy with intraoperative cholangiography.
   Which CPT code is reported?   a) 47562  b) 47563  c) 47564  d) 47600

2. An inpatient is admitted with sepsis due to E. coli UTI; septic shock develops on day
   2. What is the correct sequencing of ICD-10-CM codes?

3. A 70-year-old has an outpatient ablation changed intraoperatively from 93653 to 93656.
   What documentation should be present to support the final code?

4. True/False: Z79.4 is reported for a type 2 diabetic on insulin only if insulin was
   given during the encounter.

5. What modifier is appended when a procedure is discontinued after anesthesia?

All scenarios are fictional.
"""))

add("clean", "clean-training", "", build(
    "Revenue Cycle Education <rc.education@lumc.org>", "New PFS Staff <pfs.newhire@lumc.org>",
    "Reading an 835 - workbook for Thursday", "2026-11-10 13:30",
    body="""For Thursday's session, we'll walk through this sample remittance line by line. Bring
questions! The names and numbers below are made up.

  CLP*TEST0001*1*1000.00*750.00*100.00*12*9999999999*11*1~
  CAS*CO*45*150.00~            <- contractual adjustment, write off
  CAS*PR*2*100.00~             <- coinsurance, bill the patient
  NM1*QC*1*PATIENT*TEST****MI*XXX000000000~
  DTM*232*20260101~

Exercise: What does CLP02 = 4 mean? What would you do with a CO-197? With a CO-16?
Answer key handed out at the end of class.

Revenue Cycle Education
"""))

add("clean", "clean-training", "", build(
    "Language Bridge Training <training@languagebridge.com>", "Interpreter Staff <interp.staff@lumc.org>",
    "Glossary practice: oncology infusion terms (RU / AR)", "2026-11-08 09:00",
    body="""Practice set for the oncology module. Say the term aloud in your language pair, then
check. No patient scenarios this week - vocabulary only.

English              | Русский                     | العربية
---------------------|-----------------------------|------------------------
port / port-a-cath   | порт-система                | منفذ وريدي
infusion             | инфузия / капельница        | تسريب وريدي
white blood cell count| количество лейкоцитов      | عدد كريات الدم البيضاء
nausea               | тошнота                     | غثيان
premedication        | премедикация                | أدوية قبل العلاج
side effects         | побочные эффекты            | آثار جانبية

Role-play next session: "first infusion teaching" with a standardized patient (actor).
"""))

add("clean", "clean-training", "", build(
    "Simulation Center <simcenter@lumc.org>", "PGY-1 Internal Medicine <im.pgy1@lumc.org>",
    "Sim day 11/19 - pre-brief scenario", "2026-11-13 16:00",
    body="""Interns,

Sim day is Thursday 11/19, 1-5 pm, Simulation Center Level B. Scenario pre-brief below so
you can review the algorithm ahead of time.

SCENARIO 3 - "Mr. Stanley Sim" (SimMan 3G)
A 67-year-old man on the cardiology floor calls the nurse for chest pressure at 0300.
Initial vitals HR 48, BP 82/50. ECG will be displayed on the monitor. You are the
cross-cover intern. Expected actions: recognize inferior STEMI with bradycardia, call the
cath lab, avoid nitrates, consider atropine/pacing.

Mannequin, scenario and all data are fictional. Closed-toe shoes, no food in the sim lab.

Simulation Center Team
"""))

# ======================================================================= write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, msg) in enumerate(MSGS, 1):
        fname = "%s-%03d.eml" % (kind, i)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        rows.append((fname, label, kind, patient))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
