#!/usr/bin/env python3
"""Blind eval set prose26b: hand-written healthcare-boundary e-mail. Standard library only."""
import os, io, csv, zipfile, base64, quopri, random, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email.message import Message
from email import policy
from email.parser import BytesParser

random.seed(2622)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def tpart(text, subtype='plain', charset='utf-8', cte=None):
    raw = text.encode(charset)
    if cte is None:
        try:
            raw.decode('ascii'); cte = '7bit'
        except UnicodeDecodeError:
            cte = 'quoted-printable'
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == '7bit':
        p.set_payload(text)
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

def attach(name, data, ctype='text/plain', charset='utf-8', cte=None):
    if isinstance(data, Message):
        p = MIMEMessage(data)
        if name: p.add_header('Content-Disposition', 'attachment', filename=name)
        return p
    main, sub = ctype.split('/')
    if main == 'text':
        p = tpart(data, sub, charset, cte)
    else:
        b = data.encode('utf-8') if isinstance(data, str) else data
        p = MIMEApplication(b, sub)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def zipped(inner_name, text):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 3, 9, 14, 0))
        z.writestr(zi, text)
    return bio.getvalue()

def build(frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8', cte=None,
          cc=None, hdrs=None, mid=None):
    if html is not None and body is not None:
        core = MIMEMultipart('alternative')
        core.attach(tpart(body, 'plain', charset, cte))
        core.attach(tpart(html, 'html', charset, cte))
    elif html is not None:
        core = tpart(html, 'html', charset, cte)
    else:
        core = tpart(body or '', 'plain', charset, cte)
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(core)
        for a in atts:
            msg.attach(a)
    else:
        msg = core
    msg['From'] = frm
    msg['To'] = to
    if cc: msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = mid or '<%08x.%d@%s>' % (random.getrandbits(32), len(M) + 1, dom)
    for k, v in (hdrs or {}).items():
        msg[k] = v
    return msg

def add(label, kind, patient, **kw):
    M.append((label, kind, patient, build(**kw)))

# ---------------- phi-care ----------------
add('phi', 'phi-care', 'Okafor',
    frm='Dana Whitlock <dwhitlock@brightpathhomecare.com>',
    to='Referrals <referrals@lakeshorefamilymed.org>',
    subj='RE: skilled nursing visit schedule - Okafor',
    date='Mon, 02 Nov 2026 08:41:17 -0600',
    body="""Hi Renee,

Our RN saw Mr. Okafor (Emmanuel) on Friday for the wound check + dressing change. Drainage was less than last week, she measured 3.1 x 2.0 cm. He asked again about the home INR draw - can Dr. Patel put the order in so we can do it Thursday with the next visit? We don't have a standing order on file anymore, it expired 10/28.

Also his daughter said the walker from the DME place still hasn't come.

Thanks,
Dana Whitlock, RN
Clinical Coordinator | BrightPath Home Care
o 312.884.2071  f 312.884.2090

-----Original Message-----
From: Renee Lindqvist <rlindqvist@lakeshorefamilymed.org>
Sent: Thursday, October 29, 2026 4:12 PM
To: Dana Whitlock <dwhitlock@brightpathhomecare.com>
Subject: skilled nursing visit schedule - Okafor

Dana - please confirm visits for Emmanuel Okafor 2x/wk x 4 wks starting this week. Orders signed and faxed over at 3:50.

Renee
""")

add('phi', 'phi-care', 'Brandt',
    frm='"Quest Patient Svc" <noreply-results@questlabsdirect.com>',
    to='frontdesk@northfieldpeds.com',
    subj='Specimen rejected - recollection needed',
    date='Tue, 03 Nov 2026 06:02:55 -0500',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Provider Office,</p>
<p>The following specimen could not be processed and must be recollected.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>BRANDT, LILY M</td></tr>
<tr><td><b>Collected</b></td><td>11/02/2026 14:20</td></tr>
<tr><td><b>Test</b></td><td>Lead, Venous Blood (#599)</td></tr>
<tr><td><b>Reason</b></td><td>Clotted specimen / QNS</td></tr>
<tr><td><b>Ordering</b></td><td>K. Amsel, MD</td></tr>
</table>
<p>Please contact the patient to arrange a new draw. No charge will be applied for the recollection.</p>
<p style="color:#888;font-size:10px">This message was sent from an unmonitored mailbox. Questions: Client Services 1-866-204-7731.</p>
</body></html>""")

add('phi', 'phi-care', 'Ferreira',
    frm='Tom Ferreira <tferreira77@gmail.com>',
    to='scheduling@harborimaging.net',
    subj='moving my wife\'s MRI',
    date='Wed, 04 Nov 2026 21:33:08 -0800',
    body="""hello, my wife Ana Ferreira has the MRI of her lower back booked on Nov 12 at 7:40am at the Pier Ave location. she cant get off work that morning. is there anything after 4 on the 12th or 13th? the order is from Dr Gutierrez at Sunrise Medical. her phone is 310-447-9182 if easier to call her directly

Tom
""")

add('phi', 'phi-care', 'Mwangi',
    frm='Jolene Carter <jcarter@walnutcreekschools.org>',
    to='Nurse Line <nurse@valleypediatricassoc.com>',
    subj='Inhaler authorization form for student',
    date='Thu, 05 Nov 2026 10:15:40 -0800',
    body="""Good morning,

I'm the health aide at Walnut Creek Elementary. We have a 3rd grader, Grace Mwangi, whose parent dropped off an albuterol inhaler but the medication authorization form isn't signed by the provider. District policy says I can't give it at school until we have the signed form back.

Could Dr. Hollis sign page 2 and fax it to 925-555-0148? Mom (Faith Mwangi) gave verbal OK for us to contact you, her consent form is attached on our end.

Thank you!
Jolene Carter
Health Aide, Walnut Creek Elementary
""")

add('phi', 'phi-care', 'Lindgren',
    frm='CVS Pharmacy #4471 <rx4471@pharmacy-notify.cvs.com>',
    to='refills@cedarclinicmn.com',
    subj='Refill Request: LINDGREN, HAROLD',
    date='Thu, 05 Nov 2026 13:50:02 -0600',
    body="""ELECTRONIC REFILL REQUEST - PLEASE RESPOND

Patient: Harold E Lindgren    DOB: 04/19/1951
Medication: metoprolol succinate ER 50 mg tab
Sig: take 1 tablet by mouth daily
Last fill: 10/07/2026  Qty 30  Refills remaining: 0
Prescriber: Sarah Voss, PA-C

Pharmacy: CVS #4471, 1820 W Broadway, Anoka MN  Ph 763-421-5580
Please approve/deny via your e-prescribing system or fax to 763-421-5591.
""")

add('phi', 'phi-care', 'Nakamura',
    frm='Priya Raman <praman@summitortho.com>',
    to='Greg Tillman <gtillman@summitortho.com>',
    subj='Fw: PT progress',
    date='Fri, 06 Nov 2026 11:02:19 -0700',
    body="""Greg - FYI for Monday's post-op. Looks like she's plateaued on flexion. Might want to talk about manipulation.

P

________________________________
From: Coastline Physical Therapy <frontdesk@coastlinept.com>
Sent: Friday, November 6, 2026 9:47 AM
To: Priya Raman
Subject: PT progress

Progress note attached for Kiyoko Nakamura, R TKA 9/22. Visit 14 of 18 authorized. Flexion 98 deg (was 95 two wks ago), ext -4. Gait w/o device in clinic, still using cane outdoors. She reports pain 4/10 after sessions. We recommend continuing 2x/wk; will need new auth from her plan after visit 18.

Marisol, PTA
""")

add('phi', 'phi-care', 'Castellano',
    frm='Billing Office <billing@riversidesurgerycenter.com>',
    to='"Castellano, Vincent" <vcastellano@outlook.com>',
    subj='Your statement from Riverside Surgery Center',
    date='Mon, 09 Nov 2026 07:00:00 -0500',
    html="""<html><head><style>td{font-family:Segoe UI,Arial;font-size:12px}.amt{text-align:right}</style></head><body>
<p>Dear Vincent Castellano,</p>
<p>Thank you for choosing Riverside Surgery Center. Your insurance has processed the claim for your visit and the remaining balance is shown below.</p>
<table cellpadding="3">
<tr><td>Date of service</td><td>10/14/2026</td></tr>
<tr><td>Service</td><td>Colonoscopy w/ biopsy, single or multiple</td></tr>
<tr><td>Billed</td><td class="amt">$3,418.00</td></tr>
<tr><td>Insurance paid (Aetna)</td><td class="amt">$1,902.55</td></tr>
<tr><td>Adjustment</td><td class="amt">$1,140.45</td></tr>
<tr><td><b>You owe</b></td><td class="amt"><b>$375.00</b></td></tr>
</table>
<p>Account # RSC-0088314 &middot; Pay online at riversidesurgerycenter.com/pay or call 614-555-0190.</p>
<hr><p style="font-size:9px;color:#777">CONFIDENTIALITY NOTICE: This e-mail may contain information protected under federal and state law. If you received it in error please delete it.</p>
</body></html>""")

add('phi', 'phi-care', 'Sorensen',
    frm='Mike <mike.sorensen@sorensenplumbing.biz>',
    to='Amy Hultgren <ahultgren@sorensenplumbing.biz>',
    subj='out tmrw',
    date='Mon, 09 Nov 2026 18:22:41 -0600',
    body="""Amy, I wont be in tmrw, my dad Walt has his cardiac cath at Methodist at 6am and somebody has to drive him. can you move the 9am Hendricks job to Weds? Call me if anything.

Mike

Sent from my iPhone
""")
# ---------------- phi-names ----------------
add('phi', 'phi-names', 'Delacroix',
    frm='Sharon Pike <spike@maplegrovesnf.com>',
    to='Dr. Ellen Roth <eroth@prairiegeriatrics.com>',
    subj='Delacroix, Marguerite - fall last night',
    date='Tue, 10 Nov 2026 06:55:12 -0600',
    body="""Dr. Roth,

Just letting you know Marguerite had an unwitnessed fall around 0230, found on floor next to bed by the CNA. No obvious injury, neuro checks WNL x4, vitals stable. Family (son Luc) notified at 0700. We'll continue q4h neuro checks today. She was a bit more confused than usual at supper per staff.

Do you want her sent out for a head CT given she's on Eliquis? Please advise.

Sharon Pike, LPN
Charge Nurse, 2 West
Maple Grove Skilled Nursing & Rehab
""")

add('phi', 'phi-names', 'Ostrowski',
    frm='Kelly Jamison <kjamison@evergreenfp.com>',
    to='Front Desk Team <frontdesk@evergreenfp.com>',
    subj='heads up for tomorrow',
    date='Tue, 10 Nov 2026 16:48:30 -0800',
    body="""Hi all - couple things for tomorrow:

- Bobby Ostrowski's mom called again, she's upset we billed the well child as a sick visit. Please don't transfer her to Trish, send to me. I already asked coding to look at it.
- Dr. Nguyen is out after 2, her 2:30 and 3:15 are being moved to Dr. Adeyemi.
- The coffee machine is fixed!!

thx
Kelly
""")

add('phi', 'phi-names', 'Whitfield',
    frm='"Hargrove & Lutz LLP" <paralegal@hargrovelutz.com>',
    to='Medical Records <records@stlukesortho.org>',
    subj='Request for records - our client Denise Whitfield',
    date='Wed, 11 Nov 2026 09:30:00 -0500',
    html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>To Whom It May Concern:</p>
<p>This office represents Ms. Denise Whitfield in connection with injuries sustained in a motor vehicle collision on July 3, 2026. Enclosed please find a HIPAA-compliant authorization signed by our client.</p>
<p>Please provide complete copies of all medical and billing records for Ms. Whitfield from July 3, 2026 through present, including but not limited to office notes, operative reports for the right shoulder arthroscopy, imaging reports, physical therapy referrals, and itemized billing.</p>
<p>Kindly direct any invoice for copying fees to the undersigned.</p>
<p>Very truly yours,<br>Carla M. Esposito<br>Paralegal to Jonathan R. Hargrove, Esq.<br>Hargrove &amp; Lutz LLP<br>200 Market Street, Suite 1400, Philadelphia PA 19103</p>
<p style="font-size:8pt;color:gray">This message contains privileged and confidential information intended only for the addressee.</p>
</div>""")

add('phi', 'phi-names', 'Albright',
    frm='Jen Albright <jennyalbright@yahoo.com>',
    to='Lindsey Kwan <lkwan@sunrisecounselinggroup.com>',
    subj='Re: Tuesday',
    date='Wed, 11 Nov 2026 22:07:51 -0500',
    body="""Lindsey - Sammy had a really rough week after the session, he slept in our bed 3 nights and wouldnt go to school on thursday. I dont know if thats normal. Can we talk for 5 min before next Tuesday without him in the room? Also his dad wants to come to the next one, is that ok

Jen

On Tue, Nov 10, 2026 at 5:02 PM Lindsey Kwan <lkwan@sunrisecounselinggroup.com> wrote:
> Hi Jen, just confirming Sam's session next Tuesday 11/17 at 4pm. Same room as usual.
> Lindsey Kwan, LCSW
""")

add('phi', 'phi-names', 'Haddad',
    frm='Trevor Bell <tbell@apexstaffingsolutions.com>',
    to='Occupational Health <occhealth@metrourgentcare.com>',
    subj='Post-accident drug screen - Omar Haddad',
    date='Thu, 12 Nov 2026 13:14:09 -0500',
    body="""Hello,

Our employee Omar Haddad was sent to your Eastside location this morning after a forklift incident at the Dayton warehouse. Can you send over the results of his post-accident drug screen and the work status / restrictions form once the provider signs off? Our account number with you is APX-2231.

He said they x-rayed his left hand too - we'll need that on the first report of injury for the comp carrier.

Thanks
Trevor Bell
HR Generalist, Apex Staffing
""")

add('phi', 'phi-names', 'Pham',
    frm='Nicole Brandt <nbrandt@lakeviewdermatology.com>',
    to='Dr. Anton Reyes <areyes@lakeviewdermatology.com>',
    subj='Mrs. Pham\'s path came back',
    date='Thu, 12 Nov 2026 15:40:22 -0600',
    body="""Dr Reyes, path on Mrs. Pham's left cheek shave came back - it's in your inbox. She's called twice today already and I told her you'd call her back after clinic. Her cell is the one in the chart not the home #.

Nicole
""")

add('phi', 'phi-names', 'Kowalczyk',
    frm='Aaron Feld <afeld@midwestdme.com>',
    to='"Intake - Heartland Pulmonary" <intake@heartlandpulm.com>',
    subj='RE: RE: CPAP compliance download - Kowalczyk, Stan',
    date='Fri, 13 Nov 2026 10:21:44 -0600',
    body="""We resent it, should be in your fax queue now. Usage is 4h 12m avg, 61% of nights >4h, so he's NOT meeting the 70% for Medicare yet. If Dr. Ibanez wants to keep him on it we'll need a face to face note within the 90 day window - that's by 12/4.

Aaron Feld
Midwest DME | Resupply & Compliance

From: Intake - Heartland Pulmonary
Sent: Thursday, November 12, 2026 3:02 PM
To: Aaron Feld
Subject: RE: CPAP compliance download - Kowalczyk, Stan

Never got it. Can you resend? Pt's f/u is next week.

From: Aaron Feld
Sent: Wednesday, November 11, 2026 9:15 AM
Subject: CPAP compliance download - Kowalczyk, Stan

Attached is the 30-day compliance report for Stanley Kowalczyk.
""")
# ---------------- phi-self ----------------
add('phi', 'phi-self', 'Gallagher',
    frm='Maureen Gallagher <mo.gallagher1958@aol.com>',
    to='info@westsidecardiology.com',
    subj='question',
    date='Sat, 14 Nov 2026 09:12:03 -0500',
    body="""To the nurse

This is Maureen Gallagher I saw Dr Fenwick on the 3rd. Since he put me on the new water pill I am up all night going to the bathroom and my legs cramp. Is it ok to take it in the morning instead of at night? Also my feet are still puffy by the afternoon. I dont want to bother the doctor but my daughter said to write.

Thank you
Maureen Gallagher
(413) 782-6604
""")

add('phi', 'phi-self', 'Ruiz',
    frm='MyChart Notification <mychart-noreply@desertvalleyhealth.org>',
    to='Desert Valley Patient Messages <pt-msg-pool@desertvalleyhealth.org>',
    subj='New patient message: Medication question',
    date='Sat, 14 Nov 2026 14:27:11 -0700',
    body="""New message from patient portal

From: RUIZ, CARLOS A (MRN 00731846)
To: Internal Medicine Clinic - Dr. Holt pool
Subject: Medication question

hi, the pharmacy gave me a different looking pill for my sertraline, its white now not blue. Is it the same? I been feeling more anxious this week and not sure if its that or just stress with work. Also can I get a note for work for the days I missed last week 11/9-11/11.

Thanks Carlos

-- Reply through the portal. Do not reply to this e-mail. --
""")

add('phi', 'phi-self', 'Bertrand',
    frm='Lucie Bertrand <lucie.bertrand@videotron.ca>',
    to='Patient Accounts <patientaccounts@lakeplacidmedctr.org>',
    subj='Billing for ER visit in August - I was told travel insurance would pay',
    date='Sun, 15 Nov 2026 19:44:38 -0500',
    charset='iso-8859-1',
    body="""Hello,

I received a bill of $2,860.00 for my visit to your emergency department on August 22 (account 4410-98827). I was on vacation and fell on the hiking trail, you did x-rays of my wrist and put a splint. At the desk I gave my travel insurance card (Croix Bleue) and the lady said they would bill them directly.

Now I receive a collection letter. Please can you send the itemized bill and the claim to Croix Bleue, policy number CB-7731-0452? I am a Canadian resident, I do not have American insurance.

Merci,
Lucie Bertrand
1450 rue Saint-Hubert, Montréal QC
""")

add('phi', 'phi-self', 'Hollings',
    frm='Dave Hollings <dhollings@hollingsauto.com>',
    to='Dr. Kapoor office <office@kapoorurology.com>',
    subj='psa result??',
    date='Mon, 16 Nov 2026 07:18:55 -0600',
    body="""Nobody has called me about my PSA from 2 weeks ago. The lab said it was sent to you on the 3rd. Last time it was 6.8 and Dr Kapoor said if it went up we'd talk biopsy. I'd like to know one way or the other. David Hollings, DOB 2/11/1962.

Sent from my Galaxy
""")

add('phi', 'phi-self', 'Abernathy',
    frm='Patricia Abernathy <pabernathy@comcast.net>',
    to='Member Services <memberservices@keystonehealthplan.com>',
    subj='Grievance - denied MRI for my husband',
    date='Mon, 16 Nov 2026 20:03:10 -0500',
    body="""I am writing to file a formal grievance. My husband, Robert L. Abernathy, member ID KHP447201933, was denied prior authorization for a brain MRI ordered by his neurologist Dr. Sandoval on 10/30. The denial letter says "not medically necessary" but he has had 3 seizures since September and the CT did not show anything. How is that not necessary??

I have been on hold with your phone line four times for over 40 minutes. I am his authorized representative, the form is on file since 2024.

Please escalate this as an expedited appeal.

Patricia Abernathy
717-264-3318
""")

add('phi', 'phi-self', 'Tran',
    frm='Kevin Tran <ktran.design@gmail.com>',
    to='Sleep Center <sleepcenter@bayareasleepmed.com>',
    subj='Re: Your sleep study is scheduled',
    date='Tue, 17 Nov 2026 12:30:47 -0800',
    body="""Thanks. Quick q - should I stop the melatonin and the zolpidem before the study on the 24th or keep taking them like normal? Nobody told me.

-Kevin

> On Nov 16, 2026, at 3:11 PM, Bay Area Sleep Medicine <sleepcenter@bayareasleepmed.com> wrote:
>
> Hello Kevin Tran,
> Your in-lab polysomnography is scheduled for Tuesday, November 24, 2026 at 8:30 PM.
> Location: 2100 Webster St, Suite 410, San Francisco.
> Please arrive with comfortable sleepwear. Do not nap on the day of your study.
> Reply to this email with any questions.
""")

add('phi', 'phi-self', 'Osei',
    frm='Akosua Osei <akosua.osei@hotmail.co.uk>',
    to='appointments@wellspringobgyn.com',
    subj='cancelling',
    date='Wed, 18 Nov 2026 08:02:00 -0500',
    body="""Hi please cancel my ultrasound on Friday, I had a miscarriage on the weekend and was seen at the hospital. I will call to book a follow up with Dr Mensah when I'm ready.

Akosua Osei
""")

add('phi', 'phi-self', 'Zimmerman',
    frm='Greta Zimmerman <greta.z@t-online.de>',
    to='Intl Patient Office <international@mayfairclinic.com>',
    subj='Fwd: my father - discharge papers',
    date='Wed, 18 Nov 2026 16:55:31 +0100',
    body="""Dear Sir or Madam,

my father Heinrich Zimmerman was treated in your hospital from 2 to 9 November after his stroke during our trip. He is back home in Stuttgart now. His German doctor needs the discharge letter and the list of medicines, the papers we got are incomplete (only page 1 of 3). Can you send it again to this e-mail? He has signed the authorisation, I attach it.

With kind regards
Greta Zimmerman

---------- Forwarded message ---------
From: Mayfair Clinic Discharge <discharge@mayfairclinic.com>
Date: Mon, Nov 9, 2026
Subject: Discharge summary
To: greta.z@t-online.de

Please find attached the discharge summary for patient ZIMMERMAN, HEINRICH (DOB 1947-06-30).
""",
    atts=[attach('Vollmacht_Zimmerman.txt', 'I, Heinrich Zimmerman, born 30.06.1947, authorise Mayfair Clinic to release my medical records to my daughter Greta Zimmerman.\nSigned: H. Zimmerman  Stuttgart, 15.11.2026\n')])
# ---------------- phi-lists ----------------
add('phi', 'phi-lists', 'Alvarado',
    frm='Rosa Jimenez <rjimenez@communityhealthpartners.org>',
    to='Dr. Mark Feeney <mfeeney@communityhealthpartners.org>',
    subj='no-shows this week - need your ok to discharge?',
    date='Thu, 19 Nov 2026 17:05:00 -0600',
    body="""Dr Feeney, these are the 3rd-no-show folks from your panel this month. Per policy we send the discharge letter unless you say otherwise:

  Alvarado, Tomas     DOB 03/14/1979   missed 11/3, 11/10, 11/17 (DM f/u)
  Beaulieu, Jeanne    DOB 09/02/1966   missed 10/6, 10/27, 11/16
  Chukwu, Daniel      DOB 12/21/1990   missed 9/30, 11/4, 11/18 (suboxone)
  Iverson, Kyle       DOB 07/07/2001   missed 10/13, 11/2, 11/16

I'd hold Daniel since he's MAT, let me know.

Rosa
""")

add('phi', 'phi-lists', 'Santos',
    frm='Brian Oyelaran <boyelaran@northstarsurgical.com>',
    to='OR Scheduling <orsched@northstarsurgical.com>',
    cc='Anesthesia Preop <preop@northstarsurgical.com>',
    subj='Thurs 11/26 block - Dr. Lindahl',
    date='Fri, 20 Nov 2026 09:44:16 -0500',
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Here's the final for Lindahl's Thursday block. Santos still needs H&amp;P uploaded.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce6f1"><th>Time</th><th>Patient</th><th>MRN</th><th>Procedure</th><th>Notes</th></tr>
<tr><td>0730</td><td>Santos, Maria</td><td>4471820</td><td>Lap chole</td><td>needs H&amp;P</td></tr>
<tr><td>0930</td><td>Greer, Douglas</td><td>4390012</td><td>R inguinal hernia repair w/ mesh</td><td>on Plavix - held 5d</td></tr>
<tr><td>1115</td><td>Yilmaz, Elif</td><td>4502264</td><td>Excision lipoma back</td><td></td></tr>
<tr><td>1300</td><td>O'Rourke, Sean</td><td>4188735</td><td>Umbilical hernia repair</td><td>BMI 41, big chair</td></tr>
</table>
<p>Brian Oyelaran<br>Surgical Scheduling Coordinator</p>
</body></html>""")

add('phi', 'phi-lists', 'Patterson',
    frm='Lisa Morrow <lmorrow@sunnyacreshomehealth.com>',
    to='Dr. James Whitcomb <jwhitcomb@valleyinternalmed.net>',
    subj='Orders needing signature - 5 pts',
    date='Fri, 20 Nov 2026 14:10:03 -0800',
    body="""Hi Dr. Whitcomb,

We are still missing signed plans of care (485s) for the following patients. Medicare won't let us bill final without them, some are over 30 days:

* Helen Patterson - recert 10/12 - SN/PT
* George Antonelli - SOC 10/20 - SN wound care
* Ruth Ellison - recert 10/25 - SN, HHA
* Francisco Medina - SOC 11/1 - PT/OT
* Bev Sutter - ROC 11/6 after hospitalization

I can bring them by Tuesday if that's easier than the portal.

Lisa Morrow
Intake/Orders, Sunny Acres Home Health
""")

add('phi', 'phi-lists', 'Gonzaga',
    frm='Coding Team <coding@pinecrestmedgroup.com>',
    to='Dr. Hannah Lee <hlee@pinecrestmedgroup.com>',
    subj='Pending queries - please respond by Fri',
    date='Mon, 23 Nov 2026 08:00:12 -0500',
    body="""Dr. Lee, the following encounters are on hold for documentation queries:

Acct      Patient              DOS        Query
--------  -------------------  ---------  ------------------------------------------
81150233  Gonzaga, Ramon       11/09/26   Laterality missing for knee injection
81150790  Whitaker, Susan      11/10/26   Time not documented for 99215 (counseling)
81151102  Abdi, Hodan          11/12/26   Procedure note missing for IUD insertion
81152219  Kessler, Paul        11/13/26   Modifier 25 - separate E/M not supported

Thanks,
Pinecrest Coding
""")

add('phi', 'phi-lists', 'Wexler',
    frm='Marcy Dunn <mdunn@brookhavenassistedliving.com>',
    to='"Kroger Pharmacy 0372" <pharm0372@krogerrx.com>',
    subj='Dec cycle fill - changes',
    date='Mon, 23 Nov 2026 11:38:50 -0500',
    body="""hi guys for the december cycle fill please note these changes:

Wexler, Irene rm 114 - lisinopril DECREASED to 10mg (new rx faxed 11/20)
Mr. Hatch rm 208 - STOP the donepezil, family request per Dr. Ambrose
Dottie Kerns 112 - add vit D 2000 IU daily
Lou Pacheco - went to hospital 11/21, hold all meds till he's back

everyone else same as Nov. call me w/ questions 740-389-2214 x3

Marcy Dunn, Med Tech
""")

add('phi', 'phi-lists', 'Moreau',
    frm='Jason Kim <jkim@evergreenclinicalresearch.com>',
    to='Study Coordinators <coordinators@evergreenclinicalresearch.com>',
    subj='FW: Visit window reminders - CARDIO-7 study',
    date='Tue, 24 Nov 2026 10:01:33 -0800',
    body="""Coordinators, these subjects have visits closing before the holiday. Please call to schedule today. The names are in the screening log but I put them here so you don't have to look them up.

Subj ID   Name              Visit      Window closes   Phone
C7-014    Moreau, Philippe  Week 12    11/27           (503) 618-2740
C7-019    Banks, Letitia    Week 8     11/28           (503) 922-1185
C7-022    Sung, Howard      Week 4     11/27           (971) 404-3319
C7-031    Ridley, Ann       Screening  11/30           (503) 237-6612

Remember Ridley needs fasting labs.

Jason Kim, CCRC
""",
    atts=[attach(None, build(frm='CTMS Alerts <alerts@ctms-cloudtrial.com>', to='Jason Kim <jkim@evergreenclinicalresearch.com>',
        subj='Visit window reminders - CARDIO-7 study', date='Tue, 24 Nov 2026 06:00:00 -0800',
        body="""Site 104 - visits with windows closing in the next 7 days:

C7-014  Week 12   window 11/13 - 11/27
C7-019  Week 8    window 11/14 - 11/28
C7-022  Week 4    window 11/20 - 11/27
C7-031  Screening window 11/02 - 11/30

Log in to CTMS to view subject details.
"""))])

add('phi', 'phi-lists', 'Bellamy',
    frm='Sandra Ojo <sojo@harmonypediatrics.com>',
    to='Harmony Nurses <nurses@harmonypediatrics.com>',
    subj='flu shot callbacks',
    date='Tue, 24 Nov 2026 15:20:00 -0600',
    body="""Can someone call these families back today, they all want flu shots before Thanksgiving travel:

- Noah Bellamy (4y) - mom Kara 618-555-0133 - also due for DTaP/IPV
- the Reyes twins (Mateo + Lucas, 2y) - dad cell in chart
- Zoe Whitman, 11 - needs 2nd HPV too
- baby Aarav Shah - 6mo, first flu dose, 2 doses needed

Thanks!! -S
""")
# ---------------- phi-struct ----------------
HL7_A = ("MSH|^~\\&|LABSYS|WESTLAB|EPIC|CEDARMED|202611241532||ORU^R01|WL88213004|P|2.5.1\r"
         "PID|1||00918274^^^CEDARMED^MR||QUINTERO^ISABEL^R||19840517|F|||412 ALDER CT^^SPOKANE^WA^99201||(509)328-4410\r"
         "ORC|RE|ORD55120|WL88213004||CM\r"
         "OBR|1|ORD55120|WL88213004|80053^COMPREHENSIVE METABOLIC PANEL|||202611240815|||||||||1447382910^OKONKWO^CHIDI\r"
         "OBX|1|NM|2345-7^GLUCOSE^LN||142|mg/dL|70-99|H|||F\r"
         "OBX|2|NM|2160-0^CREATININE^LN||1.02|mg/dL|0.57-1.00|H|||F\r"
         "OBX|3|NM|2823-3^POTASSIUM^LN||4.1|mmol/L|3.5-5.2|N|||F\r")
add('phi', 'phi-struct', 'Quintero',
    frm='Interface Monitor <hl7-alerts@cedarmedgroup.org>',
    to='Integration Team <integration@cedarmedgroup.org>',
    subj='[ALERT] Inbound ORU rejected - no matching order (WL88213004)',
    date='Tue, 24 Nov 2026 15:33:09 -0800',
    body="""Inbound interface WESTLAB_ORU_IN rejected 1 message.

Error: AE - ORC-2 placer order ORD55120 not found in EHR; result routed to unsolicited queue.
Retry count: 3
Raw message follows:

""" + HL7_A.replace('\r', '\n') + """
-- Cloverleaf engine cv-prod-02, thread wl_oru_in --
""",
    atts=[attach('WL88213004.hl7', HL7_A, 'application/octet-stream')])

X12_837 = ("ISA*00*          *00*          *ZZ*BRIGHTSMILE01  *ZZ*DELTADENTCLM   *261123*1402*^*00501*000004417*0*P*:~"
           "GS*HC*BRIGHTSMILE01*DELTADENTCLM*20261123*1402*4417*X*005010X222A1~"
           "ST*837*0001*005010X222A1~"
           "BHT*0019*00*B4417*20261123*1402*CH~"
           "NM1*41*2*BRIGHT SMILE FAMILY PRACTICE*****46*BSFP01~"
           "HL*1**20*1~NM1*85*2*BRIGHT SMILE FAMILY PRACTICE*****XX*1326047781~"
           "HL*2*1*22*0~SBR*P*18*GRP9921******CI~"
           "NM1*IL*1*HALVORSEN*ERIK*J***MI*W228817340~"
           "N3*88 BIRCHWOOD LN~N4*DULUTH*MN*55803~DMG*D8*19770912*M~"
           "CLM*BSFP-26-11873*240.00***11:B:1*Y*A*Y*Y~"
           "HI*ABK:M54.50~"
           "LX*1~SV1*HC:99214*180.00*UN*1***1~DTP*472*D8*20261119~"
           "LX*2~SV1*HC:97140*60.00*UN*1***1~DTP*472*D8*20261119~"
           "SE*19*0001~GE*1*4417~IEA*1*000004417~")
add('phi', 'phi-struct', 'Halvorsen',
    frm='Tami Reinholt <treinholt@brightsmilefp.com>',
    to='EDI Support <edisupport@clearinghouse-availity-partners.com>',
    subj='claim keeps bouncing - 999 reject',
    date='Wed, 25 Nov 2026 10:12:44 -0600',
    body="""Hi, this claim has rejected 3 times now with a 999 error on the subscriber loop and I cant figure out why. File attached. Payer says they never got it. Can someone look?

Tami Reinholt
Billing, Bright Smile Family Practice
""",
    atts=[attach('BSFP_20261123.x12', X12_837, 'application/octet-stream')])

add('phi', 'phi-struct', 'Whitlow',
    frm='"eFax Service" <no-reply@efaxrelay.com>',
    to='medicalrecords@ozarkfamilyhealth.com',
    subj='Fax received from 4175558821 (3 pages)',
    date='Wed, 25 Nov 2026 13:47:02 -0600',
    body="""You have received a 3 page fax. OCR text of page 1 follows.

=========================================================
            FAX COVER SHEET
   SPRINGFIELD REGIONAL CARDIOLOGY
   1900 E Sunshine St, Springfield MO 65804
=========================================================
TO:    Ozark Family Health - Dr. Pruitt
FAX:   417-553-0199
FROM:  Tracy, MA
DATE:  11/25/2026
RE:    WHITLOW, GARY   DOB 08/08/1958
PAGES: 3 (incl cover)

[X] Consult note     [ ] Labs     [X] Echo report     [ ] Please call

Comments: Echo from 11/18 + consult. Pt to start carvedilol, f/u 6 wks.

CONFIDENTIAL: This facsimile contains protected health information.
If you are not the intended recipient, notify sender at 417-555-8821.
=========================================================
""")

CSV_EXPORT = """PatientID,LastName,FirstName,DOB,Sex,Phone,LastVisit,Provider,ApptType,Balance
100233,Kaminski,Teresa,1971-02-14,F,262-884-1190,2026-11-02,Dr. Hsu,Annual physical,0.00
100871,Obi,Chinedu,1988-10-30,M,414-223-9014,2026-11-05,Dr. Hsu,Follow-up BP,35.00
101204,Lund,Marit,1959-06-07,F,262-501-7743,2026-11-06,NP Carlisle,Mammo referral,0.00
101933,Dominguez,Javier,2012-01-22,M,414-718-0056,2026-11-09,Dr. Hsu,Sports physical,20.00
102118,Beck,Harold,1944-12-01,M,262-884-3370,2026-11-10,NP Carlisle,Diabetic foot check,112.40
"""
add('phi', 'phi-struct', 'Kaminski',
    frm='Chris Vandermolen <cvandermolen@lakewoodprimary.com>',
    to='Support <support@practicepilot-ehr.com>',
    subj='Ticket 55812 - export for migration',
    date='Thu, 26 Nov 2026 08:30:19 -0600',
    body="""Hi, per your request here's a sample of the patient export so you can test the import mapping. It's the first 5 rows only. Zipped because our mail scanner blocks csv.

Chris V.
Office Manager, Lakewood Primary Care
""",
    atts=[attach('export_sample.zip', zipped('patients_export_20261125.csv', CSV_EXPORT), 'application/zip')])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "pt-7781302",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4421.1", "value": "7781302"}],
      "name": [{"family": "Achterberg", "given": ["Willem", "J"]}],
      "gender": "male",
      "birthDate": "1966-03-28",
      "address": [{"line": ["5021 Linden Ave N"], "city": "Seattle", "state": "WA", "postalCode": "98103"}]
    }},
    {"resource": {
      "resourceType": "MedicationRequest",
      "id": "mr-99120",
      "status": "active",
      "intent": "order",
      "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975", "display": "metformin hydrochloride 500 MG Extended Release Oral Tablet"}]},
      "subject": {"reference": "Patient/pt-7781302"},
      "authoredOn": "2026-11-20",
      "dosageInstruction": [{"text": "1 tab PO BID with meals"}]
    }}
  ]
}
"""
add('phi', 'phi-struct', 'Achterberg',
    frm='Nadia Brooks <nbrooks@sundialhealthapps.io>',
    to='Dev Team <dev@sundialhealthapps.io>',
    subj='Re: prod bundle that broke the parser',
    date='Thu, 26 Nov 2026 16:02:41 -0800',
    body="""This is the actual bundle from the Pacific NW tenant that crashed the med-sync job last night (dosageInstruction has text only, no timing). I know, real data, delete after you repro. Attaching instead of pasting into Jira.

> Can you grab the payload that failed? The logs truncate at 2k chars.
> - Ravi
""",
    atts=[attach('bundle_7781302.json', FHIR, 'application/json')])

X12_271 = """ISA*00*          *00*          *ZZ*UHCELIG        *ZZ*SUMMITFP       *261127*0915*^*00501*000771230*0*P*:~
GS*HB*UHCELIG*SUMMITFP*20261127*0915*771230*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG7712*20261127*0915~
HL*1**20*1~NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
HL*2*1*21*1~NM1*1P*2*SUMMIT FAMILY PRACTICE*****XX*1598832047~
HL*3*2*22*0~NM1*IL*1*PRZYBYLSKI*ANNA*M***MI*912004418~
DMG*D8*19920405*F~
EB*1*IND*30*PS*CHOICE PLUS~
EB*B*IND*98***27*40~
EB*C*IND*30****23*1500~EB*C*IND*30****29*1212.40~
SE*13*0001~GE*1*771230~IEA*1*000771230~
"""
add('phi', 'phi-struct', 'Przybylski',
    frm='Front Desk <frontdesk@summitfamilypractice.net>',
    to='Marta Ochoa <mochoa@summitfamilypractice.net>',
    subj='FW: 271 response - is she active?',
    date='Fri, 27 Nov 2026 09:20:55 -0500',
    body="""Marta can you read this, I can't tell if Anna Przybylski is active or not, she's here for her 9:30 and says her card is new. Portal is down again so I pulled the raw 271 from the clearinghouse.

""" + X12_271)

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="MR-2204817" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>17 Hollis Rd</streetAddressLine><city>Nashua</city><state>NH</state></addr>
    <patient><name><given>Colette</given><family>Dubois</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19550211"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
   <component><section><title>Problems</title>
    <text><list><item>Atrial fibrillation (onset 2019)</item><item>Hypothyroidism</item></list></text></section></component>
   <component><section><title>Medications</title>
    <text><list><item>apixaban 5 mg BID</item><item>levothyroxine 75 mcg daily</item></list></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'phi-struct', 'Dubois',
    frm='HIE Direct <noreply@direct.granitestatehie.org>',
    to='dr.ames@direct.monadnockcardio.org',
    subj='Direct message: Transition of care document',
    date='Fri, 27 Nov 2026 11:05:00 -0500',
    body="""You have received a secure Direct message.
Sender: Elliot Hospital Transitions of Care
Document type: C-CDA CCD
Attachment: CCD_MR2204817.xml
""",
    atts=[attach('CCD_MR2204817.xml', CCD, 'text/xml')])

add('phi', 'phi-struct', 'Nwosu',
    frm='LabCorp Interface Desk <interfacedesk@lab-interfaces.net>',
    to='IT Helpdesk <helpdesk@riverbendpeds.com>',
    subj='Daily interface exception report - RIVERBEND PEDS - 11/27/2026',
    date='Sat, 28 Nov 2026 02:00:00 -0500',
    body="""INTERFACE EXCEPTION REPORT   Account: 40118822  RIVERBEND PEDIATRICS
Run date: 11/28/2026 02:00 ET

Accession    Pt Name               DOB         Test                     Exception
-----------  --------------------  ----------  -----------------------  ---------------------------
AC26331-0412 NWOSU, CHIOMA         2019-04-03  CBC w/ diff              Provider NPI not on file
AC26331-0577 LARSEN, BODHI         2021-11-15  Strep A, rapid           Result status P > F no ACK
AC26332-0018 ESPINOZA, VALENTINA   2016-08-27  Lipid panel              Duplicate order number

3 exceptions. Reply to this e-mail to open a ticket.
""")
# ---------------- phi-ids ----------------
add('phi', 'phi-ids', '',
    frm='Denise Carr <dcarr@tristatebillingservices.com>',
    to='Provider Relations <provrel@midlandsbcbs.com>',
    subj='claim 2026318004471 - status?',
    date='Mon, 30 Nov 2026 09:02:15 -0600',
    body="""Member ID XMB884102277, DOS 10/06/26, CPT 29881. Billed 10/09, no EOB yet, no rejection either. 45+ days. Pls advise.

Denise Carr
Tri-State Billing Services
""")

add('phi', 'phi-ids', 'Langston',
    frm='Ray Pollard <rpollard@sentinelinsurancetpa.com>',
    to='Records <records@hillcrestortho.com>',
    subj='WC claim WC-26-118830',
    date='Mon, 30 Nov 2026 11:47:30 -0500',
    body="""Need last 2 ov notes + work status for claimant Langston, DOI 8/14/26, claim WC-26-118830. Employer is asking re: light duty. Fax 800-441-2290 attn R. Pollard.
""")

add('phi', 'phi-ids', '',
    frm='"MRN 5520913" <portal-relay@clearviewhealthsys.org>',
    to='Cardiology Scheduling <cardsched@clearviewhealthsys.org>',
    subj='Appointment request',
    date='Mon, 30 Nov 2026 14:12:08 -0500',
    body="""Appointment request submitted via kiosk
MRN: 5520913
Requested dept: Cardiology - Holter placement
Preferred: mornings, week of 12/7
Callback: 586-412-0078
""")

add('phi', 'phi-ids', 'Fitzgerald',
    frm='Kim Osterberg <kosterberg@parkviewpeds.com>',
    to='Angie <angie.m@parkviewpeds.com>',
    subj='',
    date='Tue, 01 Dec 2026 08:15:00 -0600',
    body="""fitzgerald 3/22/18 - needs the 4yr shots + hearing screen re-done, can you add on to her 10:40
""")

add('phi', 'phi-ids', '',
    frm='Payment Integrity <pi-audit@cornerstonehealthplans.com>',
    to='Billing Manager <billing@eastgatesurgical.com>',
    subj='Overpayment notice - refund requested',
    date='Tue, 01 Dec 2026 10:30:00 -0500',
    html="""<html><body style="font-family:Verdana;font-size:11px">
<p>Provider: EASTGATE SURGICAL ASSOCIATES &nbsp; TIN xx-xxx4418</p>
<p>A post-payment review identified the following overpayment. Please remit within 45 days or the amount will be offset against future payments.</p>
<table border="1" cellpadding="2" style="border-collapse:collapse">
<tr><th>Claim #</th><th>Member ID</th><th>Patient Acct</th><th>DOS</th><th>Code</th><th>Paid</th><th>Overpaid</th></tr>
<tr><td>CH26-0091244</td><td>CHP330981205</td><td>ESA-21187</td><td>07/22/2026</td><td>49505</td><td>$1,288.10</td><td>$412.60</td></tr>
</table>
<p>Reason: Assistant surgeon modifier 80 billed without documentation of medical necessity.</p>
</body></html>""")

add('phi', 'phi-ids', 'Vukovic',
    frm='Scott <scott.vukovic@gmail.com>',
    to='billing@centralvalleyradiology.com',
    subj='acct 7718-220-45',
    date='Tue, 01 Dec 2026 19:55:41 -0800',
    body="""paid this already?? CT on 9/30 for Mila Vukovic. I have the receipt. conf # 882104. stop sending it to collections
""")

add('phi', 'phi-ids', '',
    frm='Pharmacy Benefit Ops <pa-ops@meridianrxbenefits.com>',
    to='prior-auth@lakesidepsychassociates.com',
    subj='PA Determination - Case PA-2611-038821',
    date='Wed, 02 Dec 2026 07:30:00 -0600',
    body="""PRIOR AUTHORIZATION DETERMINATION

Case:        PA-2611-038821
Member ID:   MRX0042871930
DOB:         05/16/1999
Drug:        lisdexamfetamine 40 mg cap, #30
Prescriber:  NPI 1639281047
Decision:    APPROVED  12/02/2026 - 12/01/2027

This is an automated notice. Do not reply.
""")
# ---------------- phi-lang ----------------
add('phi', 'phi-lang', 'Hernández',
    frm='Guadalupe Hernández <lupitahdz82@hotmail.com>',
    to='citas@clinicadelvalle.org',
    subj='cita para mi mamá',
    date='Wed, 02 Dec 2026 18:40:12 -0600',
    charset='windows-1252',
    body="""Buenas tardes,

Le escribo para pedir una cita para mi mamá, Rosario Hernández Ortiz, fecha de nacimiento 14/09/1953. Ya se le acabaron las pastillas de la presión (losartán) y la doctora Villanueva le dijo que tenía que venir en diciembre para los análisis de sangre. Ella no habla inglés, entonces si pueden poner una intérprete se lo agradezco.

Mi número es 915-632-4471, mejor por la tarde.

Gracias,
Lupita Hernández
""")

add('phi', 'phi-lang', 'Nguyễn',
    frm='Linh Nguyen <linh.nguyen.sac@gmail.com>',
    to='Front Desk <frontdesk@goldenstatefamilyclinic.com>',
    subj='Re: ket qua xet nghiem cua ba toi / my father lab results',
    date='Thu, 03 Dec 2026 09:15:27 -0800',
    cte='base64',
    body="""Chào chị,

Ba tôi là Nguyễn Văn Thành, sinh ngày 02/01/1950. Tuần trước ông đi thử máu ở phòng khám của bác sĩ Trần. Bác sĩ có gọi nói đường trong máu cao (A1c 8.9) và muốn đổi thuốc, nhưng ba tôi không nghe rõ. Chị có thể gửi kết quả qua email này được không? Hoặc gọi cho tôi số 916-487-3302.

Sorry my English not so good, I can read the lab paper if you send it. Thank you.

Linh
""")

add('phi', 'phi-lang', 'Chen',
    frm='陈美华 <meihua.chen1961@163.com>',
    to='Eastbay Community Health <info@eastbaych.org>',
    subj='关于我丈夫的手术预约',
    date='Thu, 03 Dec 2026 22:04:50 +0800',
    cte='base64',
    body="""您好，

我丈夫陈建国（Chen Jianguo，出生日期1958年7月3日）原定于12月15日在贵院做白内障手术（右眼），医生是Dr. Lowell。我们现在在中国探亲，机票改不了，12月20日才能回到奥克兰。请问能不能把手术改到12月底或者一月初？术前检查要不要重新做？

谢谢！
陈美华
手机（美国）：510-276-8134
""")

add('phi', 'phi-lang', 'Joseph',
    frm='Marie-Claude Joseph <mcjoseph72@yahoo.com>',
    to='Nurse Triage <triage@northmiamihealthctr.org>',
    subj='pitit mwen malad',
    date='Fri, 04 Dec 2026 06:48:19 -0500',
    body="""Bonjou,

Pitit mwen Jameson Joseph, li gen 6 an, li gen lafyèv depi 2 jou, 102.5 yè swa. Li pa vle manje epi li tous anpil. Mwen te ba li Tylenol. Eske mwen ka mennen l jodi a? Doktè li se Dr. Etienne. Nimewo m se 305-691-2287.

Mèsi anpil
Marie-Claude
""")

add('phi', 'phi-lang', 'Carvalho',
    frm='Rita Carvalho <ritacarvalho@uol.com.br>',
    to='Saude Ocupacional <saudeocupacional@fallrivermills.com>',
    subj='Atestado médico - Joaquim Carvalho',
    date='Fri, 04 Dec 2026 10:30:02 -0500',
    charset='iso-8859-1',
    body="""Bom dia,

Sou esposa do Joaquim Carvalho, ele trabalha no turno da noite na linha 3. Ele fez cirurgia de hérnia no dia 30/11 no Charlton Memorial e o médico deu atestado de 4 semanas sem pegar peso. Segue em anexo o atestado. Ele volta só dia 28/12. Por favor avisar o supervisor Mr. Costa.

Obrigada,
Rita Carvalho
""",
    atts=[attach('atestado_JCarvalho.txt', 'Charlton Memorial Hospital - Work Status\nPatient: Joaquim Carvalho  DOB 11/05/1975\nProcedure 11/30/2026: laparoscopic inguinal hernia repair\nRestrictions: no lifting > 10 lb until 12/28/2026\nSigned: M. Oliveira, MD\n')])

add('phi', 'phi-lang', 'Volkova',
    frm='Irina Volkova <i.volkova@mail.ru>',
    to='Reception <reception@brightonbeachmed.com>',
    subj='Анализы мамы / mom labs',
    date='Sat, 05 Dec 2026 12:11:45 +0300',
    charset='koi8-r', cte='base64',
    body="""Здравствуйте,

Моя мама, Волкова Людмила Петровна (дата рождения 21.03.1944), была у доктора Шапиро 24 ноября. Ей сделали анализ крови и ЭКГ. Доктор сказал, что позвонит с результатами, но никто не звонил. Она плохо слышит по телефону, поэтому пишу я. Пожалуйста, ответьте на этот адрес.

Ирина Волкова
+1 718 934 2206
""")

add('phi', 'phi-lang', 'Dizon',
    frm='Marivic Santos <msantos@goldencarehomeagency.com>',
    to='Dr. Ramos Office <office@ramosinternalmed.com>',
    subj='Lola Dizon - BP high this am',
    date='Sat, 05 Dec 2026 08:02:33 -0800',
    body="""Hi po Doc Ramos,

Si Lola Corazon Dizon po, BP niya kanina 178/96 tapos medyo nahihilo daw siya. Naka-amlodipine 5mg po siya, nainom na niya kaninang 7am. Recheck ko po after 30 mins, 170/94. No chest pain, no slurred speech. Should we bring her to urgent care or wait lang po? Her son Jun is out of town.

Thank you po,
Marivic (caregiver, Golden Care)
0917 — sorry, US # 702-418-6650
""")
# ---------------- clean-staff ----------------
add('clean', 'clean-staff', '',
    frm='Renee Lindqvist <rlindqvist@lakeshorefamilymed.org>',
    to='All Staff <allstaff@lakeshorefamilymed.org>',
    subj='Schedule template change starting Jan 4',
    date='Mon, 02 Nov 2026 12:30:00 -0600',
    body="""Hi everyone,

Starting Monday Jan 4 the provider templates are changing:
- New patient slots go from 40 to 30 min for Dr. Patel and Dr. Ruiz-Mendel
- Same-day sick slots: 4 per provider per day (was 2), held until 10am
- Medicare AWVs move to Tuesday/Thursday afternoons only

Front desk, please don't book into the held sick slots before 10. If a patient pushes back, send them to me.

Thanks,
Renee
Practice Manager
""")

add('clean', 'clean-staff', '',
    frm='Greg Tillman <gtillman@summitortho.com>',
    to='Priya Raman <praman@summitortho.com>',
    subj='RE: OR time next month',
    date='Tue, 03 Nov 2026 17:20:11 -0700',
    body="""Priya - I'd rather give up the Wed afternoon block than the Fri morning. Friday's are always full with the TKAs and I can't do two knees after 2pm on Wednesday with the rep situation. If Lindquist wants the Wed, fine.

Also, can you ask Stryker if they're sending someone for the new tibial tray in-service? Nobody confirmed.

G

-----Original Message-----
From: Priya Raman
Sent: Tuesday, November 3, 2026 2:05 PM
To: Greg Tillman
Subject: OR time next month

Admin is cutting one of your blocks in December because of the holiday staffing. Which one do you want to keep?
""")

add('clean', 'clean-staff', '',
    frm='Sharon Pike <spike@maplegrovesnf.com>',
    to='Nursing 2 West <nursing2w@maplegrovesnf.com>',
    subj='Falls huddle - reminder',
    date='Wed, 04 Nov 2026 14:00:00 -0600',
    body="""2 West,

We had 6 falls on the unit in October (up from 3 in Sept), 4 of them between midnight and 5am and all unwitnessed. Starting this week:

1. Hourly rounding on nights - document on the new paper log by the med cart
2. Bed alarms ON for anyone with a fall score 45+
3. Post-fall huddle within 30 min, every time, even if no injury

Huddle Thursday 2:15 in the break room. Bring questions.

Sharon
""")

add('clean', 'clean-staff', '',
    frm='Nicole Brandt <nbrandt@lakeviewdermatology.com>',
    to='Derm MAs <derm-mas@lakeviewdermatology.com>',
    subj='liquid nitrogen dewar',
    date='Thu, 05 Nov 2026 08:05:40 -0600',
    body="""FYI the LN2 dewar in room 3 is almost empty, Airgas isn't delivering until Tuesday. Use the small one in procedure room for cryo until then and please don't leave the lid off. Also we are out of 4mm punches - I put in the order.

N
""")

add('clean', 'clean-staff', '',
    frm='Dr. Ellen Roth <eroth@prairiegeriatrics.com>',
    to='Prairie Geriatrics Providers <providers@prairiegeriatrics.com>',
    subj='Deprescribing - let\'s talk at Thursday\'s meeting',
    date='Fri, 06 Nov 2026 19:45:12 -0600',
    body="""All,

I pulled our panel numbers: 212 of our nursing-home patients over 80 are on a statin, and 64 are still on a sulfonylurea. I'd like us to agree on a default approach so the SNF nurses aren't getting different answers from each of us.

I'll bring a one-pager Thursday. Nothing patient-specific, just the framework (Beers, STOPP). Please come with opinions.

Ellen
""")

add('clean', 'clean-staff', '',
    frm='Tami Reinholt <treinholt@brightsmilefp.com>',
    to='Chris Vandermolen <cvandermolen@lakewoodprimary.com>',
    subj='re: how do you handle denials for 97140?',
    date='Mon, 09 Nov 2026 11:11:11 -0600',
    body="""Hey Chris - saw your question on the MGMA listserv. We were getting killed on 97140 with 59 too. What fixed it for us was moving to the XS modifier for UHC and keeping 59 for everyone else, and making sure the note documents a separate body region. Denials went from ~30% to under 5% in two months.

Happy to send our cheat sheet if you want. No PHI on it, just the payer grid.

Tami
""")

add('clean', 'clean-staff', '',
    frm='Jason Kim <jkim@evergreenclinicalresearch.com>',
    to='Study Coordinators <coordinators@evergreenclinicalresearch.com>',
    subj='CARDIO-7 enrollment update',
    date='Tue, 10 Nov 2026 09:00:00 -0800',
    body="""Team,

We're at 31 randomized of 40 target, 6 in screening, 2 screen fails this month (both eGFR). Sponsor monitoring visit is 12/8-12/9, so please have regulatory binders and delegation logs current by 12/4.

Great work everyone.

Jason
""")

# ---------------- clean-admin ----------------
add('clean', 'clean-admin', '',
    frm='Payroll <payroll@communityhealthpartners.org>',
    to='All Employees <all@communityhealthpartners.org>',
    subj='Open enrollment closes Friday - action needed',
    date='Mon, 02 Nov 2026 08:00:00 -0600',
    html="""<html><body style="font-family:Arial;font-size:12px">
<h3 style="color:#1f4e79">2027 Benefits Open Enrollment</h3>
<p>Open enrollment for medical, dental, vision and FSA ends <b>Friday, November 13 at 5:00 PM</b>. If you do nothing, your current medical plan rolls over but your <b>FSA election will be $0</b>.</p>
<ul><li>PPO premium increase: 4.2%</li><li>New HDHP option with HSA employer seed of $750</li><li>Vision moves from VSP to EyeMed</li></ul>
<p>Questions? Join a drop-in session in Conference Room B, Tues/Thurs noon-1.</p>
<p>Human Resources &amp; Payroll</p>
</body></html>""")

add('clean', 'clean-admin', '',
    frm='IT Service Desk <servicedesk@cedarmedgroup.org>',
    to='All Users <allusers@cedarmedgroup.org>',
    subj='Planned downtime: EHR upgrade Sat 11/21 10pm - Sun 4am',
    date='Thu, 12 Nov 2026 15:00:00 -0800',
    body="""The EHR will be unavailable Saturday 11/21 from 10:00 PM to Sunday 11/22 4:00 AM for the version upgrade.

- Downtime reports (census, MAR, schedules) will print automatically at 9:30 PM on each unit's BCA PC.
- Use paper downtime forms in the red binders. Do NOT back-enter orders until the all-clear.
- Lab results will print to the unit printers during downtime.

Questions: x4357
""")

add('clean', 'clean-admin', '',
    frm='Compliance Office <compliance@pinecrestmedgroup.com>',
    to='All Workforce <workforce@pinecrestmedgroup.com>',
    subj='Reminder: annual HIPAA attestation due 11/30',
    date='Mon, 16 Nov 2026 09:00:00 -0500',
    body="""Reminder that the annual HIPAA Privacy & Security module and attestation are due November 30. As of today 71% of staff have completed it.

Two reminders from recent incidents (details removed):
- Do not send patient information to personal e-mail, even to yourself to work from home.
- Use "Secure:" in the subject line when e-mailing PHI outside the organization.

Thank you for protecting our patients' privacy.
Compliance Office
""")

add('clean', 'clean-admin', '',
    frm='Facilities <facilities@northstarsurgical.com>',
    to='Northstar - All Staff <allstaff@northstarsurgical.com>',
    subj='Parking lot C closed Nov 30 - Dec 4',
    date='Wed, 18 Nov 2026 13:30:00 -0500',
    body="""Lot C will be closed for resurfacing Mon 11/30 through Fri 12/4. Staff please use the Elm St garage (badge access levels 3-5). Patients and visitors continue to use Lots A and B. The shuttle will run every 10 min from 5:30am.

Facilities Management
""")

add('clean', 'clean-admin', '',
    frm='Keystone Health Plan Provider Relations <provider.news@keystonehealthplan.com>',
    to='Office Manager <office@kapoorurology.com>',
    subj='Policy update: prior authorization changes effective 1/1/2027',
    date='Fri, 20 Nov 2026 10:00:00 -0500',
    html="""<html><body style="font-family:Georgia;font-size:13px">
<p>Dear Provider,</p>
<p>Effective January 1, 2027, Keystone Health Plan will <b>remove</b> prior authorization requirements for the following services for commercial members:</p>
<ul><li>Diagnostic cystoscopy (52000)</li><li>Renal ultrasound (76770, 76775)</li><li>Physical therapy visits 1-12</li></ul>
<p>Prior authorization will be <b>added</b> for outpatient sleep studies (95810, 95811) and genetic testing panels.</p>
<p>The full policy bulletin is available on the provider portal under Resources &gt; Bulletins &gt; 2026-Q4.</p>
<p>Keystone Health Plan &middot; Provider Relations</p>
</body></html>""")

add('clean', 'clean-admin', '',
    frm='Amy Hultgren <ahultgren@sorensenplumbing.biz>',
    to='Sorensen Plumbing Crew <crew@sorensenplumbing.biz>',
    subj='flu shot clinic at the shop Thursday',
    date='Mon, 23 Nov 2026 07:45:00 -0600',
    body="""Hi all, Walgreens is coming to the shop Thursday 7-9am to do flu shots and covid boosters. Free with most insurance, bring your card. Sign up on the sheet by the time clock so they know how many to bring.

Amy
""")

add('clean', 'clean-admin', '',
    frm='Riverside Surgery Center <careers@riversidesurgerycenter.com>',
    to='Jobs list <jobs-subscribers@riversidesurgerycenter.com>',
    subj='Now hiring: Pre-op RN, Sterile Processing Tech',
    date='Tue, 24 Nov 2026 11:00:00 -0500',
    body="""Riverside Surgery Center is hiring!

Pre-Op/PACU RN - full time, no nights, no weekends, no holidays. $5,000 sign-on bonus.
Sterile Processing Technician - CRCST preferred, will train the right person.

Apply at riversidesurgerycenter.com/careers. Riverside is an equal opportunity employer.

To unsubscribe, reply STOP.
""")
# ---------------- clean-lookalike ----------------
add('clean', 'clean-lookalike', '',
    frm='Paws & Claws Animal Hospital <frontdesk@pawsandclawsvet.com>',
    to='Heather Dunlap <hdunlap84@gmail.com>',
    subj='Bella\'s lab results and refill',
    date='Tue, 03 Nov 2026 16:20:00 -0500',
    body="""Hi Heather,

Dr. Marsh reviewed Bella's bloodwork from Saturday. Her kidney values (BUN 38, creatinine 2.1) are a little higher than in May, so she'd like to recheck in 3 months and switch her to the renal diet (Hill's k/d). Her thyroid is normal.

Her Rimadyl refill is ready for pickup. Patient: Bella (canine, 11y, spayed F, Lab mix). Chart #P-20417.

Paws & Claws Animal Hospital
(614) 866-3020
""")

add('clean', 'clean-lookalike', '',
    frm='Granite Mutual Auto Claims <claims@granitemutualauto.com>',
    to='Marcus Bell <marcus.bell@fastmail.com>',
    subj='Claim AU-2026-448120 - appraisal scheduled',
    date='Wed, 04 Nov 2026 10:05:00 -0500',
    html="""<html><body style="font-family:Arial;font-size:12px">
<p>Hello Marcus,</p>
<p>Thank you for reporting your collision on 11/01/2026. Based on your statement no injuries were reported and only property damage is involved.</p>
<table cellpadding="3"><tr><td>Claim #</td><td>AU-2026-448120</td></tr><tr><td>Vehicle</td><td>2019 Honda CR-V</td></tr><tr><td>Appraisal</td><td>Fri 11/6, 9-11 AM, at Precision Collision, 44 Route 9</td></tr><tr><td>Deductible</td><td>$500</td></tr></table>
<p>Rental coverage: up to $40/day for 30 days. Your adjuster is Pam Oduya, 1-800-448-2200 ext. 5512.</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    frm='IronWorks Fitness <members@ironworksfitness.com>',
    to='Jordan Price <jprice.runs@gmail.com>',
    subj='Your membership freeze is confirmed',
    date='Thu, 05 Nov 2026 07:00:00 -0600',
    body="""Hi Jordan,

Your membership freeze is confirmed from 11/15/2026 to 01/15/2027 (reason: travel). Your $10/month hold fee will be charged on the 1st. Your personal training package (6 sessions remaining) will be waiting when you come back.

Member #IW-338201
Stay strong,
IronWorks Fitness - Maple Ave
""")

add('clean', 'clean-lookalike', '',
    frm='HealthMart Rewards <rewards@healthmartrewards-mail.com>',
    to='sandra.koh@gmail.com',
    subj='Sandra, you earned $5 in Wellness Bucks!',
    date='Fri, 06 Nov 2026 12:00:00 -0500',
    html="""<html><body style="font-family:Helvetica;text-align:center">
<h2 style="color:#c8102e">Nice work, Sandra!</h2>
<p>You've earned <b>$5 Wellness Bucks</b> on your recent purchases of beauty and household items.</p>
<p>Card ending 4471 &middot; Expires 12/31/2026</p>
<p>This week only: 30% off vitamins &amp; supplements, BOGO on cold &amp; flu essentials.</p>
<p style="font-size:10px;color:#999">You are receiving this because you joined HealthMart Rewards. Pharmacy purchases do not earn Wellness Bucks in NY and NJ. Unsubscribe.</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    frm='Jeff Aldana <jeff@aldanatreecare.com>',
    to='Carol Whitman <carolwhitman@sbcglobal.net>',
    subj='RE: oak in the backyard',
    date='Mon, 09 Nov 2026 15:32:00 -0600',
    body="""Carol,

Went out and looked at the big red oak this morning. Diagnosis is oak wilt, unfortunately - you can see the leaf browning from the edges and the fungal mats under the bark on the north side. The two smaller oaks by the fence look healthy for now.

My recommendation: remove the infected tree this winter (Dec-Feb, when the beetles aren't active), and inject the two healthy ones with propiconazole as a preventive treatment. Estimate attached, $2,850 for removal + $480 for treatment.

Jeff Aldana, ISA Certified Arborist
Aldana Tree Care
""",
    atts=[attach('Estimate_Whitman_oak.txt', 'ALDANA TREE CARE - ESTIMATE #T-2611\nClient: Carol Whitman, 1408 Larkin Dr\n1. Remove 34in DBH red oak (oak wilt), haul away, grind stump ..... $2,850\n2. Macro-infusion propiconazole, 2 oaks ..... $480\nTOTAL $3,330  Valid 60 days\n')])

add('clean', 'clean-lookalike', '',
    frm='The Laptop Clinic <service@thelaptopclinic.net>',
    to='Ravi Menon <ravi.menon@outlook.com>',
    subj='Diagnosis complete - ticket #10477',
    date='Tue, 10 Nov 2026 13:00:00 -0500',
    body="""Hi Ravi,

We've finished the diagnostic on your Dell XPS 13. Findings:
- SSD health 12% (critical), reallocated sector count rising
- Battery at 61% design capacity
- Thermal paste dried out, CPU throttling under load

Recommended treatment: replace SSD ($129 + labor), re-paste ($40). We can try to recover your data first ($75). Reply YES to proceed.

The Laptop Clinic - "We make house calls"
""")

add('clean', 'clean-lookalike', '',
    frm='County Environmental Lab <results@kenoshaenvlab.org>',
    to='Bill Hartung <bhartung@charter.net>',
    subj='Well water test results - sample 26-W-3381',
    date='Wed, 11 Nov 2026 09:45:00 -0600',
    body="""Sample ID: 26-W-3381
Collected: 11/04/2026   Site: private well, 2210 County Rd K

Total coliform: ABSENT
E. coli: ABSENT
Nitrate (as N): 11.4 mg/L   ** EXCEEDS MCL of 10 mg/L **
Arsenic: <2 ug/L

Your nitrate level is above the drinking water standard. Do not use this water to prepare infant formula. See the enclosed fact sheet on treatment options (reverse osmosis, anion exchange). Call 262-605-6700 with questions.
""")
# ---------------- clean-news ----------------
add('clean', 'clean-news', '',
    frm='WI Dept of Health Services <dhs-flu@wisconsin-health-alerts.gov>',
    to='Respiratory Surveillance List <resp-surv@lists.wisconsin-health-alerts.gov>',
    subj='Weekly Respiratory Virus Report - Week 47',
    date='Fri, 27 Nov 2026 14:00:00 -0600',
    body="""Respiratory Virus Surveillance - Week 47 (Nov 15-21, 2026)

Influenza: activity HIGH and increasing. 1,214 lab-confirmed cases (up 38%), 187 hospitalizations, 6 deaths statewide. Predominant strain A(H3N2).
RSV: moderate, 412 positives; pediatric hospitalizations stable.
COVID-19: low, wastewater levels decreasing in 5 of 7 regions.

Long-term care outbreaks: 9 new facility outbreaks reported (7 influenza, 2 RSV).

Clinicians: consider early antiviral treatment for hospitalized and high-risk outpatients without waiting for confirmatory testing.
""")

add('clean', 'clean-news', '',
    frm='JAMA Network <jamanetwork@jamanetwork-mail.org>',
    to='eroth@prairiegeriatrics.com',
    subj='This week in JAMA Internal Medicine',
    date='Mon, 30 Nov 2026 06:00:00 -0500',
    html="""<html><body style="font-family:Georgia;font-size:14px">
<h2>JAMA Internal Medicine &mdash; Online First</h2>
<p><b>Statin Discontinuation in Adults Aged 75 Years or Older and Cardiovascular Outcomes</b><br>A cohort study of 120,173 nursing home residents found...</p>
<p><b>Deprescribing Sulfonylureas in Older Adults With Type 2 Diabetes: A Randomized Clinical Trial</b><br>Among 512 participants, hypoglycemia events decreased by 41%...</p>
<p><b>Patient Portal Message Volume and Physician Burnout</b><br>This survey of 2,040 primary care physicians...</p>
<p style="font-size:10px">You are receiving this e-mail because you subscribed to JAMA Network alerts. Manage preferences.</p>
</body></html>""")

add('clean', 'clean-news', '',
    frm='Novacare Pharma Safety <safety-notices@novacarepharma.com>',
    to='Pharmacy Directors <pharmdir@krogerrx.com>',
    subj='URGENT: Voluntary recall - insulin glargine pens, select lots',
    date='Tue, 01 Dec 2026 09:00:00 -0500',
    body="""URGENT: VOLUNTARY PRODUCT RECALL - PHARMACY LEVEL

Product: Insulin glargine-yfgn 100 units/mL, 3 mL prefilled pen, 5-pack
NDC 71220-0415-05
Lots: GX26410A, GX26410B, GX26517C   Exp 08/2028

Reason: a small number of pens may deliver a reduced dose due to a defective dose-counter mechanism. No adverse events have been reported to date.

Action: Quarantine affected lots and return via Inmar. Patients who received affected pens should be contacted and offered a replacement; they should not stop using insulin without a replacement.

Novacare Medical Information: 1-888-402-7700
""")

add('clean', 'clean-news', '',
    frm='Benefits Team at Apex Staffing <benefits@apexstaffingsolutions.com>',
    to='All Apex Employees <everyone@apexstaffingsolutions.com>',
    subj='You\'re invited: Health & Benefits Fair Dec 9',
    date='Wed, 02 Dec 2026 10:00:00 -0500',
    html="""<html><body style="font-family:Verdana;font-size:12px;background:#f4f9f4">
<h2 style="color:#2e7d32">Health &amp; Benefits Fair</h2>
<p><b>Wednesday, December 9 &middot; 11am-2pm &middot; Dayton Warehouse Break Room</b></p>
<ul><li>Free biometric screenings (cholesterol, glucose, blood pressure) by Metro Urgent Care</li><li>Flu shots (bring your insurance card)</li><li>Meet reps from Anthem, Delta Dental and our 401(k) provider</li><li>Chair massages &amp; healthy snacks</li></ul>
<p>Complete a screening and get <b>$100 off</b> your 2027 medical premium!</p>
<p>Screening results go only to you and the vendor, never to Apex.</p>
</body></html>""")

add('clean', 'clean-news', '',
    frm='Kyle Brennan <kbrennan@restwellmedicalsupply.com>',
    to='Dr. Ibanez <intake@heartlandpulm.com>',
    subj='Simplify CPAP resupply for your patients',
    date='Thu, 03 Dec 2026 11:15:00 -0600',
    body="""Hi Dr. Ibanez,

I'm Kyle with RestWell Medical Supply. Practices like yours spend hours every week chasing compliance downloads and face-to-face notes. Our SleepTrack program handles it for you:

- Automated 30/90-day compliance reports straight into your EHR inbox
- We track the Medicare 70% rule and flag at-risk patients to your staff 2 weeks early
- Same-week setup, in-network with 40+ plans in IL, IN and WI

Do you have 15 minutes next week? I can stop by with lunch for the team.

Kyle Brennan
Territory Manager, RestWell Medical Supply
(312) 907-4418
""")

add('clean', 'clean-news', '',
    frm='Riverbend Health Foundation <news@riverbendhealthfoundation.org>',
    to='Friends of Riverbend <friends@lists.riverbendhealthfoundation.org>',
    subj='Riverbend Pulse - Winter 2026',
    date='Fri, 04 Dec 2026 08:30:00 -0500',
    html="""<html><body style="font-family:Georgia;font-size:13px;max-width:600px">
<h1 style="color:#005b96">Riverbend Pulse</h1>
<h3>New 3T MRI opens at the Westside campus</h3>
<p>Thanks to 1,800 donors, our new 3T MRI scanned its first patients in October. Wait times for outpatient MRI have dropped from 19 days to 6.</p>
<h3>Welcome, new physicians</h3>
<p>Please welcome Dr. Amara Nwachukwu (pediatric cardiology) and Dr. Felix Grant (hospital medicine).</p>
<h3>By the numbers (FY2026)</h3>
<ul><li>48,210 emergency visits</li><li>3,117 babies born</li><li>$2.4M in charity care</li></ul>
<p>Give by Dec 31 to double your gift. <a href="https://riverbendhealthfoundation.org/give">Donate</a></p>
</body></html>""")

# ---------------- clean-training ----------------
add('clean', 'clean-training', '',
    frm='EHR Training <ehrtraining@desertvalleyhealth.org>',
    to='New Hires - November <newhires-nov@desertvalleyhealth.org>',
    subj='Your training environment login + practice patients',
    date='Mon, 02 Nov 2026 07:30:00 -0700',
    body="""Welcome to Desert Valley Health!

Your classroom session is Wed 11/4, 8:00-12:00, Training Room 2. Log in to the TRAINING environment (TRN - orange banner), never PROD.

Practice patients for the exercises (these are fictional test records):
  ZZTEST, MICKEY     MRN T0000101   DOB 01/01/1980
  ZZTEST, MINNIE     MRN T0000102   DOB 02/02/1985
  ZZTEST, DONALD     MRN T0000103   DOB 03/03/1990

Exercise 1: check in Mickey for a follow-up visit, update his pharmacy, and place an order for a CBC.
Exercise 2: reconcile Minnie's medications (add lisinopril 10 mg daily).

EHR Training Team
""")

add('clean', 'clean-training', '',
    frm='Rajesh Iyer <riyer@cedarmedgroup.org>',
    to='Integration Team <integration@cedarmedgroup.org>',
    subj='WESTLAB ORU spec - example message for mapping',
    date='Tue, 03 Nov 2026 10:10:00 -0800',
    body="""For the new WESTLAB feed, here's the example ORU from their spec (section 4.2, page 31). All sample data. Note they send OBX-8 as H/L/N not HH/LL.

MSH|^~\\&|LABSYS|WESTLAB|EPIC|CEDARMED|20250101120000||ORU^R01|MSG00001|T|2.5.1
PID|1||123456^^^CEDARMED^MR||DOE^JANE^Q||19700101|F|||123 MAIN ST^^ANYTOWN^WA^99999
OBR|1|ORD0001|ACC0001||80053^CMP|||20250101080000
OBX|1|NM|2345-7^GLUCOSE^LN||100|mg/dL|70-99|H|||F

Processing ID is T in test. We go live 12/14.

Raj
""")

add('clean', 'clean-training', '',
    frm='Coding Education <coding-ed@pinecrestmedgroup.com>',
    to='Coders <coders@pinecrestmedgroup.com>',
    subj='Monthly coding quiz - November (answers due 11/20)',
    date='Wed, 04 Nov 2026 09:00:00 -0500',
    body="""November quiz - 5 scenarios, all fictional.

1. A 58-year-old established patient is seen for follow-up of type 2 diabetes and hypertension. The provider spends 42 minutes on the date of service including review of outside labs. Which E/M code?

2. A 7-year-old presents with a laceration to the forehead, 2.8 cm, simple repair. Code the repair.

3. A 34-year-old female has an IUD inserted at a preventive visit. Is modifier 25 needed on the E/M?

4. Office injection of triamcinolone into the left knee. Code the procedure and drug, including laterality.

5. Medicare AWV subsequent with advance care planning, 20 min. Which codes?

Submit in the Teams form. Top score gets a Starbucks card!
""")

add('clean', 'clean-training', '',
    frm='Chief Residents <chiefs@lakeshoreimresidency.org>',
    to='IM Residents <residents@lakeshoreimresidency.org>',
    subj='Morning report Thursday - case write-up',
    date='Wed, 11 Nov 2026 18:00:00 -0600',
    body="""Thursday's morning report case (de-identified, please don't try to look it up):

A man in his 60s presents with 3 weeks of progressive dyspnea, bilateral leg edema and a new murmur. He was treated for a dental abscess two months ago. Exam: temp 38.1, splinter hemorrhages. Labs: WBC 13.2, Hgb 9.8, ESR 88. Echo pending.

Think about: what's on your differential, which cultures and how many, and when to call CT surgery.

See you at 7:30 with coffee.
- Chiefs
""")

add('clean', 'clean-training', '',
    frm='Availity Partner Onboarding <onboarding@clearinghouse-availity-partners.com>',
    to='Tami Reinholt <treinholt@brightsmilefp.com>',
    subj='Test environment credentials + sample 270',
    date='Fri, 13 Nov 2026 12:00:00 -0600',
    body="""Hello Tami,

Your practice is set up in our TEST environment. Please send eligibility transactions using the sample test member below before we move you to production. Test members are not real people and will always return an active 271.

ISA*00*          *00*          *ZZ*BRIGHTSMILE01  *ZZ*AVTEST         *261113*1200*^*00501*000000001*0*T*:~
GS*HS*BRIGHTSMILE01*AVTEST*20261113*1200*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20261113*1200~
HL*1**20*1~NM1*PR*2*TEST PAYER*****PI*00000~
HL*2*1*21*1~NM1*1P*2*BRIGHT SMILE FAMILY PRACTICE*****XX*1326047781~
HL*3*2*22*0~NM1*IL*1*TESTMEMBER*ALPHA****MI*TEST000001~
DMG*D8*19800101*U~EQ*30~
SE*10*0001~GE*1*1~IEA*1*000000001~

Note usage indicator T in ISA15.

Partner Onboarding Team
""")

add('clean', 'clean-training', '',
    frm='Simulation Center <simcenter@northstarsurgical.com>',
    to='PACU Nursing <pacu@northstarsurgical.com>',
    subj='Mock code drill Dec 3 - scenario',
    date='Mon, 30 Nov 2026 13:00:00 -0500',
    body="""PACU team - mock code in the sim lab Thursday 12/3 at 0700. Scenario (manikin "Sim Stan", fictional):

Post-op day 0 lap chole, 67M, becomes bradycardic to 38 then pulseless in PACU bay 4. Rhythm strip will show PEA. Expected: call code, start CPR within 30 s, epi q3-5 min, consider H's and T's (hypovolemia - post-op bleed).

Debrief afterward, 20 minutes. Counts toward your annual competency.

Sim Center
""")

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for label, kind, patient, msg in M:
        counters[kind] = counters.get(kind, 0) + 1
        base = kind if kind.startswith('clean') else kind
        fname = '%s-%03d.eml' % (base, counters[kind])
        if not fname.startswith(label):
            fname = '%s-%s' % (label, fname)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fname, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # verify every file parses
    for fname, *_ in rows:
        with open(os.path.join(OUT, fname), 'rb') as fh:
            m = BytesParser(policy=policy.default).parse(fh)
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
        assert m['Subject'] is not None and m['From']
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
