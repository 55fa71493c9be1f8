#!/usr/bin/env python3
"""Blind eval set prose13b: hand-written messages, deterministic build. stdlib only."""
import base64, quopri, io, os, csv, zipfile, email, email.utils
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import policy

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, patient, frm, to, subj, body=None, html=None, atts=(), cs='utf-8',
        cte=None, hdrs=None, cc=None, date=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     body=body, html=html, atts=list(atts), cs=cs, cte=cte, hdrs=hdrs or {},
                     cc=cc, date=date))

def text_part(s, sub='plain', cs='utf-8', cte=None, fn=None):
    raw = s.encode(cs)
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) else 'qp'
    if cte == 'b64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == 'qp':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        p.set_payload(s)
        p['Content-Transfer-Encoding'] = '7bit'
    if fn:
        p.add_header('Content-Disposition', 'attachment', filename=fn)
    return p

def bin_part(data, mt, fn):
    ma, su = mt.split('/')
    p = MIMEBase(ma, su, name=fn)
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=fn)
    return p

def zipped(inner_name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text.encode('utf-8'))
    return b.getvalue()

def att_part(a):
    kind = a[0]
    if kind == 'text':      # ('text', filename, content, subtype, cte)
        _, fn, content, sub, cte = (a + (None, None))[:5]
        return text_part(content, sub or 'plain', 'utf-8', cte or 'b64', fn)
    if kind == 'bin':       # ('bin', filename, content_str_or_bytes, mimetype)
        _, fn, content, mt = a
        data = content.encode('utf-8') if isinstance(content, str) else content
        return bin_part(data, mt, fn)
    if kind == 'zip':       # ('zip', zipname, innername, content)
        _, zn, inn, content = a
        return bin_part(zipped(inn, content), 'application/zip', zn)
    if kind == 'msg':       # ('msg', dict-of-add-args)
        return MIMEMessage(build(a[1], 999))
    raise ValueError(kind)

def addr_hdr(v):
    if all(ord(c) < 128 for c in v):
        return v
    name, addr = email.utils.parseaddr(v)
    return email.utils.formataddr((name, addr), charset='utf-8')

def build(m, i):
    if m['html'] and m['body']:
        core = MIMEMultipart('alternative')
        core.attach(text_part(m['body'], 'plain', m['cs'], m['cte']))
        core.attach(text_part(m['html'], 'html', m['cs'], m['cte']))
    elif m['html']:
        core = text_part(m['html'], 'html', m['cs'], m['cte'])
    else:
        core = text_part(m['body'] or '', 'plain', m['cs'], m['cte'])
    if m['atts']:
        msg = MIMEMultipart('mixed')
        msg.attach(core)
        for a in m['atts']:
            msg.attach(att_part(a))
    else:
        msg = core
    msg['From'] = addr_hdr(m['frm'])
    msg['To'] = addr_hdr(m['to'])
    if m.get('cc'):
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    if m.get('date'):
        msg['Date'] = m['date']
    else:
        day = 2 + (i * 7) % 27
        hh = 7 + (i * 5) % 11
        mm = (i * 13) % 60
        dows = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
        # Nov 2 2026 is a Monday
        msg['Date'] = '%s, %d Nov 2026 %02d:%02d:%02d -0500' % (dows[(day - 2) % 7], day, hh, mm, (i * 17) % 60)
    dom = m['frm'].split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%d.%04x.p13b@%s>' % (20261100 + i, (i * 2654435761) & 0xffff, dom)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in m['hdrs'].items():
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type().startswith('multipart/'):
            n += 1
            part.set_boundary('----=_Part_%d_%d.p13b' % (i, n))
    return msg

# ======================= phi-care =======================
add('phi', 'care', 'Vickery',
    'Renee Odum RN <rodum@meridianhomeinfusion.com>',
    'Infusion Pharmacy <rxteam@meridianhomeinfusion.com>',
    'Vickery visit 11/4',
    """Saw Harold Vickery this am at his place on Tanager Ct.

- PICC R basilic, dressing + caps changed, ext length 2 cm same as last wk
- cefazolin 2g q8h via elastomeric, day 9 of 28, he's doing the 0600/1400/2200 fine, wife helps
- drew CBC w diff, BMP, ESR/CRP, sent w courier 10:40
- weekly trough not needed on this one right?

He's down to 2 balls left for tomorrow, pls confirm the Thursday delivery is still on, he said nobody called him.

Renee
sent from my iPhone""")

add('phi', 'care', 'Rowe',
    'Janelle Pryor <jpryor@bayridgechp.org>',
    'referrals@eastsidefamilymed.com',
    'Member Tamika Rowe - MRI authorization and transportation',
    body="""Good afternoon,

I am the Bayridge care manager assigned to Tamika Rowe (DOB 06/22/1988, Bayridge ID BRC0048817203). I wanted to let your referral team know that the lumbar MRI Dr. Haddad ordered is now approved, auth #A26-1103-7741, valid 11/05/2026 through 12/04/2026.

Ms. Rowe told me on our call that she missed the last two appointments because the bus route changed. I have scheduled Medicaid transportation for her MRI on 11/19 at 8:30 am at Lakeview Imaging and for her follow-up with Dr. Haddad on 11/24. Could someone from your office confirm the 11/24 time? She had it written down as 2:15 but wasn't sure.

Thank you,
Janelle Pryor, RN, CCM
Care Manager II | Bayridge Community Health Plan
Direct 614-292-3307 | Fax 614-292-3390

CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error, notify the sender and delete it.""",
    html="""<html><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p class=MsoNormal>Good afternoon,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>I am the Bayridge care manager assigned to <b>Tamika Rowe</b> (DOB 06/22/1988, Bayridge ID BRC0048817203). I wanted to let your referral team know that the lumbar MRI Dr. Haddad ordered is now approved, auth #A26-1103-7741, valid 11/05/2026 through 12/04/2026.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Ms. Rowe told me on our call that she missed the last two appointments because the bus route changed. I have scheduled Medicaid transportation for her MRI on 11/19 at 8:30 am at Lakeview Imaging and for her follow-up with Dr. Haddad on 11/24. Could someone from your office confirm the 11/24 time? She had it written down as 2:15 but wasn&#8217;t sure.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you,</p>
<p class=MsoNormal><span style='color:#1F4E79'><b>Janelle Pryor, RN, CCM</b><br>Care Manager II | Bayridge Community Health Plan<br>Direct 614-292-3307 | Fax 614-292-3390</span></p>
<p class=MsoNormal><span style='font-size:8pt;color:gray'>CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error, notify the sender and delete it.</span></p>
</body></html>""")

add('phi', 'care', 'Pickett',
    'MCDC Medical <medical@marlowcountysheriff.gov>',
    'Sgt. Dana Hollis <dhollis@marlowcountysheriff.gov>',
    'Outside appt - transport needed Tue 11/10',
    """Sgt Hollis,

Need a 2 officer transport for inmate PICKETT, Dwayne #2026-04417 (B-pod, cell 14) to St. Brendan's endoscopy, 2nd floor, arrive 0630 Tuesday 11/10. Procedure is a colonoscopy, about 3 hrs total including recovery. He will be sedated so he cannot walk out on his own - bring the wheelchair from intake.

Prep: clear liquids all day Monday, kitchen has been told. Nursing will give the prep at 1600 and 2200 Monday so he will need bathroom access in his cell all night, please pass to night shift. NPO after midnight.

Do not tell the inmate the date/time per policy.

K. Ferris LPN
Medical Unit x4471""")

add('phi', 'care', 'Raman',
    'Luis Ybarra <lybarra@halstead.edu>',
    'Dr. Anne Kessler <akessler@halstead.edu>',
    'RE: Kavya Raman - QFT',
    """Anne - her QuantiFERON came back indeterminate (mitogen low), so it's not a neg or a pos, we just need to redraw. I left her a portal message to come back any weekday 8-11 for the draw. Her MMR and varicella titers from the same draw are both fine/immune so that part of the clinical placement form can be signed.

Luis

-----Original Message-----
From: Kessler, Anne
Sent: Tuesday, November 3, 2026 4:12 PM
To: Ybarra, Luis
Subject: Kavya Raman - QFT

Luis did the quant gold on Kavya Raman (nursing sophomore, SID 2291774) result yet? Her placement at Mercy starts the 16th and they won't take her without it.
A""")

add('phi', 'care', 'Bellweather',
    'Kindcall Support <support@kindcall.health>',
    'Pharmacy Ops <rx-ops@kindcall.health>',
    '[Ticket #88214] Refill never arrived at pharmacy',
    """Hi Rx team,

Escalating from chat. Customer: Marcus Bellweather, account email m.bellweather77@gmail.com, phone 602-418-9025.

He had a video visit 11/3 with Dr. Osei and was told his sertraline 50 mg (90 day) would be sent to the CVS on W Elm St in Glendale. CVS says they have nothing. In the visit summary I can see the Rx status is "pending - prescriber signature". Can someone get Dr. Osei to sign or resend? He has 2 pills left.

I told him we'd call back by end of day.

Thanks,
Brianna
Kindcall Member Support, Tier 2""")

add('phi', 'care', 'Fenwick',
    'Store 118 Manager <store118@clearviewhearoptical.com>',
    'Dr. Paul Menard AuD <pmenard@clearviewhearoptical.com>',
    'Gloria Fenwick - real ear recheck',
    """Dr. Menard,

Mrs. Gloria Fenwick picked up her new Phonak Audeo pair today (she's the one who always brings us lemon bars). She says the left one sounds "tinny" and whistles when she puts her hand up to the phone. Tomas did a quick feedback reset but she'd like you to do the real-ear measurement again on the left.

I booked her for Friday 11/20 at 2:00 with you. Her phone is 413-586-2270 if you need to move it. The cleaning kit and the extra domes are in her bag in the back.

Thanks!
Carla
Store 118 - Northampton""")

add('phi', 'care', 'Ashby',
    'Theresa Nguyen RN <tnguyen@silverlinemedicare.com>',
    'UM Nurse Team <um-nurses@silverlinemedicare.com>',
    'FW: SNF concurrent review - Ashby',
    """FYI team - I'm out Fri, Deb will pick up his next review.

---------- Forwarded message ---------
From: Theresa Nguyen RN <tnguyen@silverlinemedicare.com>
Date: Wed, Nov 4, 2026 at 11:02 AM
Subject: SNF concurrent review - Ashby
To: Case Mgmt Brookhaven Rehab <cm@brookhavenrehab.net>

Hello Sheila,

Review for Leonard Ashby, Silverline member ID SLA-7730-114-02, admitted to Brookhaven 10/27 after hospital stay at Grandview.

Per PT notes from 11/2 and 11/3 he is ambulating 150 ft with rolling walker, min assist for transfers, OT working on lower body dressing. Based on this I am approving 3 additional days, 11/5 through 11/7. Next review due 11/7 by noon. Please send the updated PT/OT notes and the discharge plan (home with daughter vs. ALF) with the next review.

Thank you,
Theresa Nguyen, RN
Utilization Management, Silverline Medicare Advantage
Phone 800-610-4482 ext 3319""")

add('phi', 'care', 'Maddern',
    'Silverline Pharmacy Services <pharmacy@silverlinemedicare.com>',
    'Coverage Determinations <cd-unit@silverlinemedicare.com>',
    'Quantity limit exception - Eloise Maddern - decided',
    """Case CD-26-441903

Enrollee: Eloise Maddern
Member #: SLA-2219-847-01
Drug: Eliquis 5 mg tab, 1 BID, qty 180 / 90 days
Request: QL exception (plan limit 60/30) for 90-day mail order
Prescriber: Dr. Rafael Cuesta, NPI 1447392085
Decision: APPROVED through 12/31/2026
Decided by: M. Oduya, PharmD  11/05/2026 14:22

Notice letter queued for print run tonight. Caremark mail order notified. Enrollee's daughter (Joan, on the AOR form) asked for a courtesy call: 508-221-0436.

Gracias / thanks - Rosalía""", cs='windows-1252')

# ======================= phi-names =======================
add('phi', 'names', 'Ruiz',
    'Front Desk Cardiology <frontdesk@eastsidefamilymed.com>',
    'Dr. Nikhil Patel <npatel@eastsidefamilymed.com>',
    'Ruiz, Ofelia -- callback please',
    """Dr Patel - Ruiz, Ofelia called again. She wants to know if the echo is still on for Friday because her daughter Marisol has to take off work to drive her. Also asking if she should take her morning water pill that day or skip it, Sandy told her last time to skip but she wasn't sure if that was for the stress test only.

Best # is the daughter's cell 614-883-5102.

-Yvette""")

add('phi', 'names', 'Tran',
    'Keisha Ferris <kferris@marlowcountysheriff.gov>',
    'Lt. Roy Gaines <rgaines@marlowcountysheriff.gov>',
    'C-pod refusal again',
    """Lt Gaines, FYI Big Mike (Tran) refused 0800 med pass again, third day. He says the insulin makes him shaky and he'd rather eat commissary. Officer Pruitt witnessed. Dr. Amadi wants him brought to medical at 1300 for a talk + fingerstick, can someone bring him over? We also need him to sign the refusal form, he wouldn't sign for Pruitt.

Keisha""")

add('phi', 'names', 'Marsh',
    'Rob Tenney <rtenney@halstead.edu>',
    'Dana Kim <dkim@halstead.edu>',
    'double dose??',
    """Dana,

Ellie Marsh came to the walk-in window today saying she was due for her 2nd Hep B shot. I looked and I already gave it to her on the 3rd - it was charted under Eleanor not Ellie and she had the old student number so it was on a duplicate chart. Nothing was given today, thank god. Can you merge her two charts? One is 2290415 and the other is 2024-0415-T (the transfer one).

Also she asked if the 3rd shot is in May or June, I told her we'd message her.

rob""")

add('phi', 'names', 'Kowalczyk',
    'Marisa Dunlop <mdunlop@meridianhomeinfusion.com>',
    'On-Call Nursing <oncall@meridianhomeinfusion.com>',
    'Mrs K pump alarm overnight',
    """Whoever is on tonight,

Mrs. Kowalczyk's son Adam called the office at 8:05 this morning. He says mom's CADD pump was alarming "downstream occlusion" on and off from about 1 am. He unkinked the line and it ran but he doesn't think she got her full TPN bag. He didn't call on-call because he "didn't want to bother anybody." I told him to ALWAYS call.

Gina went out at 11 and flushed, line is fine, pump swapped (old one is serial 4471-B, tagged for biomed). Please give Adam a call tonight around 8 to make sure tonight's bag hangs ok. He's on the chart as the contact.

Thanks
Marisa
Intake / Scheduling""")

add('phi', 'names', 'Abernathy',
    'Jonah Reyes <jonah@kindcall.health>',
    'Clinical QA <clinical-qa@kindcall.health>',
    'Re: visit note correction request',
    """Passing this to QA since I can't edit clinical notes.

The mom (Lauren) says Greta's weight is wrong on the visit note from Sunday, it says 41 lb, she's 14 and weighs about 96 lb. She's worried because the amoxicillin dose was based on it. Can a clinician look at whether the dose that went to Walgreens was right? The pediatric visit was with NP Castillo.

Jonah

On Mon, Nov 9, 2026 at 7:48 AM Lauren Abernathy <lauren.abernathy@outlook.com> wrote:
> Hi, my daughter Greta Abernathy had a visit on your app Sunday night for
> her ear and the note says she weighs 41 pounds. She is 14 and about 96. I
> want that fixed before it goes to her pediatrician and I want to know if the
> medicine is the right amount. Thanks. Lauren""")

add('phi', 'names', 'Coleman',
    'Tasha Greer <tgreer@bayridgechp.org>',
    'Ben Alvarado <balvarado@bayridgechp.org>',
    'the other DeShawn',
    """Ben -- following up on DeShawn. Not DeShawn Price, the other one, Mr. Coleman over on Cleveland Ave. His mother called me again, the power wheelchair still hasn't come. ActiveCare says they are waiting on our auth, I see we approved it 10/21 so something is stuck between us and them. Can you call their intake (Rhonda) tomorrow? He's been using the loaner from the school and they want it back by the 20th.

He also has the seating clinic at Nationwide Children's on the 18th, mom asked if the transport can pick up at 7 instead of 7:30.

T.""")

add('phi', 'names', 'Oyelaran',
    'Kayla Brandt <kbrandt@clearviewhearoptical.com>',
    'Walter Nnaji <wnnaji@clearviewhearoptical.com>',
    'Re: your mom',
    """Walter!! Of course. I put Bernice in for Saturday 10:30 with Dr. Menard for the full hearing test and she can try the demo aids after if she wants. I used your employee family discount code so the test is free. Tell her to bring her Silverline card because her plan covers one exam a year and then the aid allowance, and any list of her meds.

Kayla

> From: Walter Nnaji
> Sent: Thursday, November 5, 2026 9:14 AM
> Subject: your mom
>
> Hey Kayla, can you squeeze my mom in this weekend? Bernice Oyelaran,
> she keeps turning the TV up to 60 and my dad is losing it lol. She's 74.""")

add('phi', 'names', 'Holloway',
    'Grievance & Appeals <ga@silverlinemedicare.com>',
    'Member Services Leads <ms-leads@silverlinemedicare.com>',
    'FW: Grievance - HOLLOWAY, JAMES T',
    """Leads - please coach whoever took this. Mr. Holloway called 4 times and was told "it's in process" each time.

From: Karen Witt
Sent: Friday, November 6, 2026 3:40 PM
To: Grievance & Appeals
Subject: Grievance - HOLLOWAY, JAMES T

Member says ambulance from his home to Grandview ER on 9/14 was billed to him ($1,862) and our EOB says "denied - no authorization." Emergency transport doesn't need auth. He's getting collection letters from Metro EMS now. I told him we'd reprocess. He was very upset, he's on a fixed income and his wife just passed.

Karen W., Member Services""")
# ======================= phi-lists =======================
add('phi', 'lists', 'Whitfield',
    'Ben Alvarado <balvarado@bayridgechp.org>',
    'CM Team East <cm-east@bayridgechp.org>',
    'outreach list wk of 11/9 - who is calling who',
    """Morning all. Here's the carryover from last week, pasted from the tracker. Please claim by putting your initials in Teams. Anything "3rd attempt" gets the UTR letter Friday.

MEMBER                 BRC ID          LAST CONTACT   STATUS           NEXT STEP
Whitfield, Sharonda    BRC0051127340   10/29 VM       2nd attempt      call + text, postpartum visit not yet scheduled
Okonkwo, Emeka         BRC0047720981   11/02 spoke    engaged          confirm cardiology appt 11/16, arrange ride
Bautista, Rosa         BRC0039911562   10/22 no ans   3rd attempt      UTR letter, check ED visits
Lindgren, Carl         BRC0060043318   11/03 spoke    engaged          glucometer strips denied at pharmacy - fix PA
Pham, Thi Lan          BRC0058810274   10/30 VM       2nd attempt      needs Vietnamese interpreter line
Greer-Hall, Antoine    BRC0044402916   11/04 spoke    declined         close episode, send letter

Whitfield is priority - she had the baby 10/14 and no one's seen her since discharge.

Ben""")

add('phi', 'lists', 'Soto',
    'MCDC Medical <medical@marlowcountysheriff.gov>',
    'Night Shift Nursing <nights-medical@marlowcountysheriff.gov>',
    'pill line changes for tonight',
    """Changes since the MAR was printed -- hand write these in until pharmacy sends the new MAR:

A-POD
  SOTO, Reynaldo      #2026-03980   STOP lisinopril per Dr Amadi, start amlodipine 5 qd (first dose 2100 tonight)
  BRUNNER, Kyle       #2026-04502   new intake - methadone verified w/ Crossroads clinic, 85 mg, give at 0600 with 2 officers
B-POD
  PICKETT, Dwayne     #2026-04417   prep at 1600 & 2200 (see earlier email), NPO after 0000
  OUTLAW, Terrence    #2026-02215   released to court, do not give 2100 meds unless he comes back
D-POD (female)
  MARTINEZ-ROE, Jessi #2026-04488   prenatal vit + iron added, OB visit Thurs

Keisha""")

add('phi', 'lists', 'Okafor',
    'Luis Ybarra <lybarra@halstead.edu>',
    'SHS Nurses <shs-rn@halstead.edu>',
    'callbacks for Monday',
    """Hi team - these results came in over the weekend and need a call or portal msg Monday. I'm in the lab all day so please split them up.

* Okafor, Chidinma (2301448) - strep culture back, prescription already sent, just confirm she picked it up
* Haverford, Liam (2287093) - CBC repeat, Dr. Kessler wants him back in for a visit this week
* Santos, Gabriela (2295511) - urine culture, needs different antibiotic, Kessler signed the new Rx
* Li, Wen (2302280) - TSH normal, ok to send normal letter
* Prescott, Owen (2289964) - the sports physical labs, all fine, athletic dept wants the form by Wed

Thanks!! Luis""")

add('phi', 'lists', 'Delacroix',
    'Dispatch <dispatch@meridianhomeinfusion.com>',
    'Drivers <drivers@meridianhomeinfusion.com>',
    'Route 3 - Thursday 11/12',
    """Route 3 Thursday. Cooler bags for everything marked REFRIG. Signature required on all.

STOP  PATIENT             ADDRESS                         ITEMS                                    NOTES
1     Delacroix, Yvonne   412 Bellamy St Apt 2B          REFRIG IVIG 30g x1, tubing kit            buzz 2B, leave nothing outside
2     Vickery, Harold     88 Tanager Ct                  REFRIG cefazolin balls x7, flush kit      wife Ruth signs
3     Ostrowski, Dale     1907 Old Mill Rd                ertapenem 1g x7, saline/heparin flushes  dog - call from driveway 315-448-2093
4     Kowalczyk, Irena    23 Pulaski Ave                  REFRIG TPN x7, lipids x7, pump supplies  son Adam home after 3pm
5     Barros, Tiago       640 Summit Ter #11             REFRIG infliximab 400mg x1              nurse visit same day 1pm, deliver before noon

Pickup at pharmacy 0700. Text me when route is done.
- Marco""")

add('phi', 'lists', 'Ferrante',
    'Deb Sorensen RN <dsorensen@silverlinemedicare.com>',
    'Dr. Hal Whitcombe <hwhitcombe@silverlinemedicare.com>',
    'MD review queue - past 48h',
    """Hal, these have been sitting in the MD queue more than 48 hours and the expedited ones will be late tomorrow. Screen copy below:

 ----------------------------------------------------------------------------------------
 | CASE#      | MEMBER              | MBR ID          | SERVICE                 | TYPE  | RCVD     |
 |------------|---------------------|-----------------|-------------------------|-------|----------|
 | 26-118830  | FERRANTE, LOUIS     | SLA-5530-221-01 | lumbar fusion L4-5      | STD   | 11/02    |
 | 26-118904  | AKINDELE, GRACE     | SLA-8813-004-02 | inpt rehab admission    | EXP   | 11/04    |
 | 26-118951  | MCALLISTER, JEAN    | SLA-3391-760-01 | home O2 concentrator    | STD   | 11/04    |
 | 26-119007  | YAMAMOTO, KENJI     | SLA-6602-319-01 | PET/CT                  | EXP   | 11/05    |
 ----------------------------------------------------------------------------------------

Akindele and Yamamoto are the expedited ones. Nurse notes are in each case. Thanks - Deb""")

add('phi', 'lists', 'Hutchins',
    'Optical Lab - Store 204 <store204@clearviewhearoptical.com>',
    'Regional Ops <regional-ne@clearviewhearoptical.com>',
    'exam recall list for Nov - pasted from excel',
    """Here are the patients due for their annual eye exam that the doctor wants us to call first (they had pressure or retina things flagged last time). The rest of the recall list goes out as postcards.

Last Name\tFirst Name\tPhone\tLast Exam\tDr Note
Hutchins\tMargaret\t207-774-3381\t11/14/2025\trecheck IOP, consider referral if >24
Baptiste\tJean-Claude\t207-871-0092\t11/02/2025\tdilated exam, floaters OS
Loring\tPeter\t207-799-4410\t11/21/2025\tvisual field repeat
Amaral\tFatima\t207-650-1187\t11/30/2025\ton Plaquenil - OCT needed

Can regional authorize the overtime for Sat to make the calls?
Jenna, Store 204 Portland""")

add('phi', 'lists', 'Kaminski',
    'Kindcall Pharmacy Ops <rx-ops@kindcall.health>',
    'Clinician Support <clinician-support@kindcall.health>',
    'Unsigned Rx - need prescriber action today',
    body=None,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Hi all,</p>
<p>The following prescriptions are stuck in <i>pending signature</i> for more than 24h. Members are calling support. Please have the prescriber sign or cancel by 3pm PT.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8eef7"><th>Member</th><th>DOB</th><th>Visit</th><th>Prescriber</th><th>Medication</th><th>Pharmacy</th></tr>
<tr><td>Nora Kaminski</td><td>03/14/1991</td><td>11/06</td><td>Dr. Osei</td><td>norethindrone 0.35 mg x 3 packs</td><td>Walgreens #6620 Tempe</td></tr>
<tr><td>Marcus Bellweather</td><td>09/02/1984</td><td>11/03</td><td>Dr. Osei</td><td>sertraline 50 mg #90</td><td>CVS W Elm Glendale</td></tr>
<tr><td>Hector Ruelas</td><td>12/29/1977</td><td>11/06</td><td>NP Castillo</td><td>benzonatate 100 mg #21</td><td>Fry's Pharmacy Mesa</td></tr>
<tr><td>Priya Venkataraman</td><td>07/08/1996</td><td>11/07</td><td>Dr. Lindqvist</td><td>valacyclovir 1 g #6</td><td>Costco Chandler</td></tr>
</table>
<p>Thanks,<br>Alana &middot; Pharmacy Ops</p>
<p style="color:#888;font-size:10px">Kindcall Health, Inc. &middot; Internal use only</p>
</body></html>""")

add('phi', 'lists', 'Drummond',
    'Marguerite Oduya PharmD <moduya@silverlinemedicare.com>',
    'MTM Pharmacists <mtm@silverlinemedicare.com>',
    'CMR outreach - members flagged 10+ meds',
    """Colleagues,

From the Q4 claims pull, these members have 10 or more chronic meds, have not had a comprehensive medication review this year, and answered the phone at least once in the last 6 months. Please try to complete the CMR by 12/15.

  - Albert Drummond, 81, Warwick RI - 14 meds, 3 prescribers, two on the same class
  - Lucille Parenteau, 77, Woonsocket RI - 11 meds, fills at 2 pharmacies
  - Wanda Sikorski, 86, Cranston RI - 12 meds, daughter manages pill box (Joanne, on file)
  - Ramón Echevarría, 72, Providence RI - 10 meds, prefers Spanish
  - Frederick Amsel, 79, Westerly RI - 13 meds, just discharged 11/1 from Kent Hospital

Member IDs and full profiles are in the MTM module. Call notes there too please, not in email.

Marguerite""")

# ======================= phi-struct =======================
add('phi', 'struct', 'Delacroix',
    'Interface Engine <hl7-alerts@meridianhomeinfusion.com>',
    'IT Integration <it-integration@meridianhomeinfusion.com>',
    '[ALERT] Inbound ORU rejected - no matching patient',
    """Channel: QUESTLAB_ORU_IN
Time: 2026-11-10 06:14:02
Error: PID-3 identifier not found in target system (MRN MHI00318842). Message held in queue ERR_HOLD.

Raw message:
MSH|^~\\&|QUEST|QDI-NJ|MERIDIAN|MHI|202611100613||ORU^R01|Q26111006130042|P|2.3
PID|1||MHI00318842^^^MHI||DELACROIX^YVONNE^M||19590417|F|||412 BELLAMY ST APT 2B^^NEWARK^NJ^07104||973-482-1190
ORC|RE|ORD448120|QX55127||CM
OBR|1|ORD448120|QX55127|IGG^IMMUNOGLOBULIN G^L|||202611090930|||||||202611091402||1629044871^SHAH^ANIL
OBX|1|NM|IGG^IgG, serum^L||812|mg/dL|700-1600||||F|||202611100540
OBX|2|NM|CREAT^Creatinine^L||0.92|mg/dL|0.57-1.00||||F|||202611100540

Action required: link to correct patient or reject. This alert repeats every 60 min until handled.""")

add('phi', 'struct', 'Lindgren',
    'EDI Operations <edi-ops@bayridgechp.org>',
    'Claims Production Support <claims-support@bayridgechp.org>',
    'Rejected 837P from Eastside Family Med - sample claim attached',
    """Team,

Eastside's batch from 11/6 (ISA control 000004471) is failing our 2300 edits. One claim attached as sample, raw file. Looks like they're sending the CLM05 facility code wrong on all of them. Can someone reach out to their clearinghouse before the whole batch times out?

-- Priyanka, EDI Ops""",
    atts=[('bin', 'EFM_837P_20261106_sample.x12',
"""ISA*00*          *00*          *ZZ*EASTSIDEFM     *ZZ*BAYRIDGECHP    *261106*1422*^*00501*000004471*0*P*:~
GS*HC*EASTSIDEFM*BAYRIDGECHP*20261106*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*EFM1106A*20261106*1422*CH~
NM1*41*2*EASTSIDE FAMILY MEDICINE*****46*EFM0091~
PER*IC*BILLING*TE*6142924410~
NM1*40*2*BAYRIDGE COMMUNITY HEALTH PLAN*****46*BAYRIDGE~
HL*1**20*1~
NM1*85*2*EASTSIDE FAMILY MEDICINE*****XX*1306847722~
N3*2200 E BROAD ST~
N4*COLUMBUS*OH*43209~
REF*EI*311847290~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*LINDGREN*CARL*J***MI*BRC0060043318~
N3*1714 OAK ST~
N4*COLUMBUS*OH*43205~
DMG*D8*19670902*M~
NM1*PR*2*BAYRIDGE COMMUNITY HEALTH PLAN*****PI*BAYRIDGE~
CLM*EFM26110601*185***11:X:1*Y*A*Y*Y~
HI*ABK:E119*ABF:Z794~
NM1*82*1*HADDAD*SAMIR****XX*1932118450~
LX*1~
SV1*HC:99214*145*UN*1***1~
DTP*472*D8*20261103~
LX*2~
SV1*HC:83036*40*UN*1***1~
DTP*472*D8*20261103~
SE*28*0001~
GE*1*4471~
IEA*1*000004471~""", 'application/octet-stream')])

add('phi', 'struct', 'Abernathy',
    'Eligibility Bot <elig-bot@kindcall.health>',
    'Support Tier 2 <support-t2@kindcall.health>',
    'Eligibility mismatch for ticket #88307',
    """Automated note: eligibility check returned a response that does not match the member's self-entered data (DOB differs). Please verify with the member before the visit at 11/09 19:30.

271 response (payer: Desert Sun Health Plan):

ISA*00*          *00*          *ZZ*DESERTSUNHP    *ZZ*KINDCALL       *261109*1822*^*00501*000019930*0*P*:~
GS*HB*DESERTSUNHP*KINDCALL*20261109*1822*19930*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*KC-88307*20261109*1822~
HL*1**20*1~
NM1*PR*2*DESERT SUN HEALTH PLAN*****PI*86044~
HL*2*1*21*1~
NM1*1P*2*KINDCALL MEDICAL GROUP PC*****XX*1053391287~
HL*3*2*22*1~
NM1*IL*1*ABERNATHY*LAUREN*K***MI*DSH448102773~
DMG*D8*19830511*F~
HL*4*3*23*0~
TRN*2*KC-88307*9KINDCALL01~
NM1*03*1*ABERNATHY*GRETA*E~
DMG*D8*20120226*F~
INS*N*19~
DTP*346*D8*20260101~
EB*1*FAM*30**DSH PPO GOLD~
EB*B**98***27*25~
MSG*TELEHEALTH VISITS SUBJECT TO VIRTUAL COPAY~
SE*19*0001~
GE*1*19930~
IEA*1*000019930~

Member-entered DOB: 02/26/2011""")

add('phi', 'struct', 'Nakashima',
    'Epic Integration Team <ehr-integration@halstead.edu>',
    'Medicat Support <support@medicat-vendor.example.com>',
    'RE: ADT feed - A04 dropping PV1-19',
    """Hi Sergei,

Attached is one of the A04s from this morning's walk-in clinic that landed in your system without a visit number. You can see PV1-19 is populated on our side. We scrubbed nothing because your team asked for the raw message; please delete it when you're done and don't forward it around.

Thanks,
Megan Ruiz
Halstead University IT - Health Systems

> Megan, can you send one raw message that failed? Our logs only show the
> parse error. -- Sergei""",
    atts=[('text', 'A04_walkin_20261110_0842.hl7',
"""MSH|^~\\&|EPIC|HALSTEAD_SHS|MEDICAT|HU|20261110084211||ADT^A04|HU9900418822|P|2.5.1\r
EVN|A04|20261110084211\r
PID|1||2298810^^^HU^SID~E44719203^^^EPI^MR||NAKASHIMA^KENTA^^^^^L||20050619|M|||Ellery Hall Rm 318^^Halstead^VT^05478||802-555-0173^^CP~kenta.nakashima@halstead.edu^NET\r
PV1|1|O|SHS^WALKIN^01||||1780334921^KESSLER^ANNE^^^^MD|||||||||||V2611100037|||||||||||||||||||||||||202611100840\r
PV2|||^sore throat and fever 2 days\r
IN1|1|HUSHIP|88120|HALSTEAD STUDENT HEALTH INS PLAN|||||||||||NAKASHIMA^KENTA|01|20050619\r
""", 'plain', 'b64')])

add('phi', 'struct', 'Ruelas',
    'Dev Alerts <dev-alerts@kindcall.health>',
    'Platform Eng <platform@kindcall.health>',
    'e-Rx bridge: 422 from Surescripts adapter (1 payload attached)',
    """The e-prescribing bridge returned HTTP 422 for the attached MedicationRequest bundle (pharmacy NCPDP ID missing). Retry count exhausted. Payload attached for debugging. Reminder: payloads contain member data, don't paste into Slack.

-- kc-alertmanager""",
    atts=[('text', 'bundle_8f21c7.json',
"""{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "kc-mbr-558102",
        "name": [{"family": "Ruelas", "given": ["Hector", "A"]}],
        "birthDate": "1977-12-29",
        "telecom": [{"system": "phone", "value": "480-913-2274"}],
        "address": [{"line": ["2291 E Broadway Rd Apt 140"], "city": "Mesa", "state": "AZ", "postalCode": "85204"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "rx-3391877",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/kc-mbr-558102"},
        "authoredOn": "2026-11-06T21:14:09-07:00",
        "requester": {"display": "Marisol Castillo, FNP"},
        "medicationCodeableConcept": {"text": "benzonatate 100 mg capsule"},
        "dosageInstruction": [{"text": "1 capsule by mouth three times daily as needed for cough, max 3/day"}],
        "dispenseRequest": {"quantity": {"value": 21, "unit": "capsule"}, "numberOfRepeatsAllowed": 0},
        "extension": [{"url": "https://kindcall.health/fhir/pharmacy", "valueString": "Fry's Pharmacy Mesa"}]
      }
    }
  ]
}
""", 'json', 'b64')])

add('phi', 'struct', 'Akindele',
    'UM Intake <um-intake@silverlinemedicare.com>',
    'EDI Support <edi@silverlinemedicare.com>',
    'Fwd: 278 from Brookhaven - unreadable in portal',
    """EDI - this 278 from Brookhaven Rehab came in through the portal but the case never built. Zipped file attached from their email. It's an expedited request so the clock is running. Can you load it by hand or tell me what's wrong with it?

Thanks, Rochelle (UM intake)""",
    atts=[('zip', 'brookhaven_278_1104.zip', '278_AKINDELE_1104.txt',
"""ISA*00*          *00*          *ZZ*BROOKHAVENRH   *ZZ*SILVERLINEMA   *261104*0915*^*00501*000000812*0*P*:~
GS*HI*BROOKHAVENRH*SILVERLINEMA*20261104*0915*812*X*005010X217~
ST*278*0001*005010X217~
BHT*0007*13*BRH-26-1104-01*20261104*0915~
HL*1**20*1~
NM1*X3*2*SILVERLINE MEDICARE ADVANTAGE*****PI*SLMA01~
HL*2*1*21*1~
NM1*1P*2*BROOKHAVEN REHABILITATION CENTER*****XX*1669204417~
HL*3*2*22*1~
NM1*IL*1*AKINDELE*GRACE*O***MI*SLA881300402~
DMG*D8*19450730*F~
HL*4*3*EV*0~
UM*AR*I*2*61:B**U~
DTP*435*D8*20261105~
HI*ABK:I69351~
HSD*DY*14~
NM1*SJ*1*FALCONE*MARK****XX*1871023349~
SE*16*0001~
GE*1*812~
IEA*1*000000812~
""")])

add('phi', 'struct', 'Barros',
    'AR Team <ar@meridianhomeinfusion.com>',
    'Billing Lead <billing-lead@meridianhomeinfusion.com>',
    'Horizon 835 - infliximab line paid at zero',
    """Jess, this is the line from today's 835 that zeroed out. CARC 16 / RARC N290 = missing rendering NPI? We billed under the pharmacy NPI like always. Pasted the CLP loop:

CLP*MHI2610220417*4*6482.40*0**12*1126204110882*12*1~
NM1*QC*1*BARROS*TIAGO****MI*3HZN77120994~
NM1*82*2*MERIDIAN HOME INFUSION*****XX*1497720381~
DTM*232*20261022~
SVC*HC:J1745*6040.00*0**40~
DTM*472*20261022~
CAS*CO*16*6040.00~
LQ*HE*N290~
SVC*HC:S9359*442.40*0**1~
CAS*CO*16*442.40~
LQ*HE*N290~

Tiago's next dose is 12/17, I want this fixed before we bill that one.
-Andre""")

add('phi', 'struct', 'Okoye',
    'Claims Coordinator <claims@clearviewhearoptical.com>',
    'Vision Benefits Team <vision-claims@bayridgechp.org>',
    'Fwd: resubmission - eyewear claims Oct (3 members)',
    """Hello Bayridge vision team,

Forwarding our original submission email below. Your portal rejected the file 3 times with "format error" so our rep said to email it. CSV is inside.

Regards,
Stephen Achebe
Claims Coordinator, ClearView Hearing & Optical""",
    atts=[('msg', dict(label='', kind='', patient='', cs='utf-8', cte=None, hdrs={}, cc=None, date='Mon, 2 Nov 2026 16:05:11 -0500',
        frm='Claims Coordinator <claims@clearviewhearoptical.com>', to='vision-claims@bayridgechp.org',
        subj='October eyewear claims - ClearView store 204', html=None,
        body="Please see attached October claims for Bayridge Medicaid members.\n\nStephen\n",
        atts=[('text', 'clearview_bayridge_oct2026.csv',
"""member_id,last_name,first_name,dob,dos,cpt,description,billed,store
BRC0052201173,Okoye,Adaeze,2013-05-14,2026-10-06,92004,comprehensive eye exam new pt,145.00,204
BRC0052201173,Okoye,Adaeze,2013-05-14,2026-10-06,V2103,spherocylinder lens pair,62.00,204
BRC0039911562,Bautista,Rosa,1979-08-30,2026-10-14,92014,eye exam established,110.00,204
BRC0061120945,Kittredge,Samuel,1954-01-02,2026-10-27,V2200,bifocal lens pair,88.00,204
""", 'csv', 'qp')]))])
# ======================= phi-self =======================
add('phi', 'self', 'Delgado',
    'Sofia Delgado <sofiad.2027@gmail.com>',
    'Student Health Nurse Line <shs-nurse@halstead.edu>',
    'still cramping after IUD',
    """hi, I'm Sofia Delgado (student id 2297136) and I got my IUD put in last Thursday with Dr Kessler. I'm still cramping pretty bad at night and spotting, is that normal for a week?? the paper said a few days. also I'm supposed to come back in 4-6 wks for the string check, can I just book that online or do I have to call

sorry if this is tmi lol
thank you
Sofia""")

add('phi', 'self', 'Pruitt',
    'Dorothy Pruitt <dpruitt1942@att.net>',
    'Member Services <memberservices@silverlinemedicare.com>',
    'My bill from the eye surgery',
    """To whom it may concern,

My name is Dorothy M. Pruitt and I am a member of your plan, my card number is SLA-1187-305-01. I had cataract surgery on my right eye at Bayview Eye Surgery Center on September 29 and the left eye on October 20. I received a bill from the surgery center for $640.00 for the second one. The first one they did not bill me anything. Both were done by Dr. Chen and I had both approved by your nurse on the phone.

I am 84 years old and I do not use the computer much, my granddaughter is helping me write this. Please call me at home at 401-738-2264 in the mornings. I do not want this to go to collections.

Thank you very kindly,
Dorothy Pruitt
37 Greenwich Ave
Warwick, RI 02886""")

add('phi', 'self', 'Ortega',
    'Carmen Ortega <carmen.ortega.71@yahoo.com>',
    'MCDC Medical <medical@marlowcountysheriff.gov>',
    'my son needs his medication PLEASE',
    """Hello I am writing about my son Javier Ortega, birthday 3/8/1999, he was booked into your jail Saturday night. He takes Keppra 500 mg two times a day and has taken it since he was 12. He told me on the phone today he has not gotten it since Saturday. I am very scared something will happen to him in there.

His doctor is Dr. Lattimore at Marlow Neurology, phone 573-442-8800, they can fax you the list. His pharmacy is Walmart on Route 63.

I can bring the bottle if that helps. Please somebody call me back 573-881-3094.

Carmen Ortega""")

add('phi', 'self', 'Whitcombe-Hale',
    'R. Whitcombe-Hale <rwhale@protonmail.com>',
    'Kindcall Support <support@kindcall.health>',
    'Charged $79 for a visit that DROPPED',
    """I was charged $79.00 on 11/7 for a "completed urgent care visit". The video froze after maybe 90 seconds, the doctor said "I can't hear you" and then it ended. No one called me back. I had to go to an actual urgent care the next morning and pay for that too.

Name on account: Rebecca Whitcombe-Hale. Last 4 of card 2210.

I want a full refund and I want that visit taken off my record, it says I was given a diagnosis and a prescription I never got. If this is not fixed in 48 hours I'm disputing with my bank.""")

add('phi', 'self', 'Ostrowski',
    'Dale Ostrowski <dale.ostrowski@frontier.com>',
    'Meridian Home Infusion <info@meridianhomeinfusion.com>',
    'nurse didnt come today',
    """This is Dale Ostrowski on Old Mill Rd. My nurse was supposed to come today (Tuesday) between 10 and 12 to change the dressing on my arm line and take blood. Nobody came and nobody called. The dressing is now 8 days old and starting to peel at the corner. Do I tape it or what? I have 3 doses of the ertapenem left.

Tried calling the main number twice, got voicemail.

Dale
315-448-2093""")

add('phi', 'self', 'Lefebvre',
    'Andre Lefebvre <a.lefebvre@videotron.ca>',
    'Customer Care <care@clearviewhearoptical.com>',
    'Réclamation - hearing aids / insurance refused',
    """Hello,

I purchased 2 hearing aids (Oticon Real 1) at your Burlington store on 14 September, invoice 204-77918, total $5,980. I gave the cashier my Silverline card and she said the plan would pay $2,000 directly. Now Silverline sends me a letter that the claim was refused because "provider not in network". Your employee told me it was covered.

My hearing test was also on the same day with your audiologist Mme. Bérubé.

Please tell me what you will do. I am not paying $2,000 more for your error.

André Lefebvre
Né le 12/02/1951
Tél. 802-863-4410""", cs='iso-8859-1')

add('phi', 'self', 'Jenkins',
    'Bayridge Member Portal <no-reply@portal.bayridgechp.org>',
    'Pharmacy Help Desk <rx-help@bayridgechp.org>',
    'Secure message from member: Pharmacy question',
    body="""New secure message received via Member Portal

From member: Latoya Jenkins (BRC0049920318)
Regarding dependent: Aaliyah Jenkins (BRC0049920326), age 9
Category: Pharmacy / Prior authorization

Message:
My daughter Aaliyah takes Vyvanse 30mg for her ADHD. Walgreens on Main says it needs a prior auth now and they won't fill it. She has had the same prescription for two years. Her doctor is Dr. Feld at Kids First Pediatrics. She has 2 days left and she can't go to school without it, the school already called me last year about it. Please help.

Reply within the portal. Do not reply to this e-mail.""",
    html="""<html><body style="font-family:Arial,Helvetica;font-size:14px;color:#222">
<div style="background:#00558c;color:#fff;padding:10px"><b>Bayridge Member Portal</b> &mdash; New secure message</div>
<table cellpadding="4" style="font-size:13px;margin-top:10px">
<tr><td><b>From member:</b></td><td>Latoya Jenkins (BRC0049920318)</td></tr>
<tr><td><b>Regarding dependent:</b></td><td>Aaliyah Jenkins (BRC0049920326), age 9</td></tr>
<tr><td><b>Category:</b></td><td>Pharmacy / Prior authorization</td></tr>
</table>
<p><b>Message:</b><br>My daughter Aaliyah takes Vyvanse 30mg for her ADHD. Walgreens on Main says it needs a prior auth now and they won't fill it. She has had the same prescription for two years. Her doctor is Dr. Feld at Kids First Pediatrics. She has 2 days left and she can't go to school without it, the school already called me last year about it. Please help.</p>
<p style="font-size:11px;color:#777">Reply within the portal. Do not reply to this e-mail.</p>
</body></html>""")

# ======================= phi-ids =======================
add('phi', 'ids', '',
    'Imaging Scheduling <imaging-sched@grandviewhealth.org>',
    'Janelle Pryor <jpryor@bayridgechp.org>',
    'RE: MRN 00482177',
    """CT abd/pelvis w/ contrast moved to 11/18 0930, Grandview main, arrive 0900 for the oral contrast. Creatinine from 10/30 ok. - Dwight

> can you move MRN 00482177 to a morning slot, member can't do afternoons""")

add('phi', 'ids', '',
    'Cheryl Banks <cbanks@silverlinemedicare.com>',
    'Claims Adjustments <adjustments@silverlinemedicare.com>',
    'reprocess',
    """Clm 2026310448821 / mbr SLA-4410-093-01 / DOS 10/02/26 -- provider resubmitted w/ mod 25 on the 99214 since the 20610 injection was same day. Pls reprocess both lines, original denial was CO-97. Provider tax ID 22-4419087.

cb""")

add('phi', 'ids', '',
    'Keisha Ferris <kferris@marlowcountysheriff.gov>',
    'MCDC Medical <medical@marlowcountysheriff.gov>',
    'PPD read',
    """#2026-04190 C-pod - PPD placed Mon 11/9 L forearm 1410, needs read Wed 1400 (48-72h window). Please don't let him go to court transport without the read, we'll have to redo it.""")

add('phi', 'ids', '',
    'Anticoag Clinic <anticoag@eastsidefamilymed.com>',
    'Renee Odum RN <rodum@meridianhomeinfusion.com>',
    'INR result acct 7718204',
    """Renee - pt DOB 04/02/1961, acct 7718204 (your home draw from this morning). INR 3.4. Per Dr. Haddad hold tonight's warfarin, then resume 5 mg daily except 2.5 on Mon/Fri. Recheck Monday with your weekly draw please.

Tanya, RN - Anticoagulation Clinic""")

add('phi', 'ids', '',
    'PA Intake Fax Server <pa-fax@bayridgechp.org>',
    'Pharmacy PA Team <pa-team@bayridgechp.org>',
    'Fax received: PA 4471902 (3 pages) - pend for info',
    """Fax server auto-index

PA request #: 4471902
Member: BRC0058810274
Drug requested: semaglutide (Ozempic) 0.5 mg/dose pen
Prescriber fax: 614-771-2038
Pages: 3
Index result: missing required field - most recent A1c/lab date not found
Status: PEND - request additional info (72h clock started 11/05 09:12)""")

add('phi', 'ids', '',
    'Registrar Holds <holds@halstead.edu>',
    'Immunization Compliance <immunize@halstead.edu>',
    'RE: hold release SID 2290415',
    """Got it - medical hold removed from SID 2290415 at 3:10pm, student can register for spring. Please send the next batch whenever.

-----Original Message-----
From: Immunization Compliance
Sent: Wednesday, November 11, 2026 2:47 PM
To: Registrar Holds
Subject: hold release SID 2290415

Tdap booster documented today (given at SHS, lot U7731AA). Meningococcal B series complete as of 10/29. Please release immunization hold on SID 2290415.

Thanks,
Immunization Compliance, Student Health Services""")

add('phi', 'ids', '',
    'Payments Team <payments@kindcall.health>',
    'Support Tier 2 <support-t2@kindcall.health>',
    'Chargeback CB-20261108-0091',
    """Chargeback received from Chase.

Visit ID: V-20261107-7723
Member: kc-mbr-449120
Card: Visa ending 2210
Amount: $79.00
Reason code: 13.1 (services not provided)
Clinician on visit: Dr. Lindqvist, duration logged 1m42s, note signed, Rx for ondansetron 4 mg ODT sent to Safeway #1840

We need evidence by 11/20 or refund. If the video actually dropped let's just refund and void the note/Rx.""")

# ======================= phi-lang =======================
add('phi', 'lang', 'Morales',
    'Yesenia Morales <yesimorales88@hotmail.com>',
    'Janelle Pryor <jpryor@bayridgechp.org>',
    'cita de mi hijo Mateo',
    """Buenas tardes señora Janelle,

Le escribo por la cita de mi hijo Mateo Morales con el especialista de los oídos en Nationwide Children's, que es el 23 de noviembre a las 10:40. Necesito el transporte otra vez porque mi carro se descompuso. La última vez el chofer llegó una hora tarde y casi perdimos la cita.

También el doctor dijo que le iban a hacer la prueba de audición ese mismo día, no sé si necesita otra autorización.

El número de Medicaid de Mateo es BRC0057730112. Mi teléfono es 614-207-4418, me puede llamar después de las 3.

Muchas gracias,
Yesenia Morales""", cs='iso-8859-1')

add('phi', 'lang', 'Pham',
    'Hoa Tran <htran@bayridgechp.org>',
    'Ben Alvarado <balvarado@bayridgechp.org>',
    'RE: Pham Thi Lan - cuộc gọi hôm nay',
    """Ben, I called her today with the interpreter line off since I speak Vietnamese. Notes below in Vietnamese as she said them, summary in English at bottom.

Bà Phạm Thị Lan nói bà đã đi khám bác sĩ Nguyễn ở phòng khám Morse Rd ngày 2/11. Bác sĩ cho thuốc mới, uống mỗi sáng một viên, nhưng nhà thuốc nói bảo hiểm không trả nên bà chưa lấy. Bà cũng chưa đi thử máu như bác sĩ dặn vì không có người chở. Con gái bà (chị Vy, 614-530-8821) có thể chở vào thứ Bảy.

Summary: saw Dr. Nguyen 11/2, new daily med not picked up (pharmacy says not covered), lab draw not done - no ride. Daughter Vy can take her Saturday. I'll check the formulary issue.

Hoa""")

add('phi', 'lang', 'Joseph',
    'Nadège Joseph <nadegejoseph@gmail.com>',
    'Renee Odum RN <rodum@meridianhomeinfusion.com>',
    'Manman m - Marie-Ange Joseph',
    """Bonjou Renee,

Se Nadège, pitit fi Marie-Ange Joseph. Manman m di pouch antibyotik la te fini pi vit pase nòmal yè swa, nan 20 minit sèlman, epi li te santi l tèt vire apre. Li pa gen lafyèv. Èske se nòmal? Li pè pran sa k ap vini aswè a.

Tanpri rele m 617-296-4408. Mwen travay jiska 4è men m ap reponn.

Mèsi anpil,
Nadège""")

add('phi', 'lang', 'Carvalho',
    'Loja 311 Framingham <store311@clearviewhearoptical.com>',
    'Dr. Paul Menard AuD <pmenard@clearviewhearoptical.com>',
    'cliente Sr. Carvalho - retorno',
    """Dr. Menard, escrevo em português porque a Sônia vai traduzir para o senhor amanhã, desculpe.

O Sr. Joaquim Carvalho voltou hoje com o aparelho direito. Ele diz que desde o ajuste de 28/10 ouve a própria voz "dentro de um balde" e a esposa confirmou que ele aumenta o volume da TV. Fizemos limpeza do receptor e troca do filtro, mas continua igual. Marquei retorno com o senhor para quinta 19/11 às 11h para refazer a audiometria e o ajuste.

Telefone dele: 508-877-3012 (a esposa, Dona Lurdes, atende).

Obrigada,
Fernanda - Loja 311""", cs='iso-8859-1')

add('phi', 'lang', 'Волков',
    'Ирина Волкова <irina.volkova.52@mail.ru>',
    'Member Services <memberservices@silverlinemedicare.com>',
    'Вопрос про направление к кардиологу / referral question',
    """Здравствуйте,

Пишу от имени мужа, Волков Геннадий Петрович, номер полиса SLA-6120-447-02, дата рождения 14.07.1948. Терапевт доктор Харрис 2 ноября сказал, что нужно сделать УЗИ сердца и показаться кардиологу, но в регистратуре кардиологии сказали, что направление от вашей страховой ещё не пришло. Муж плохо говорит по-английски, поэтому пишу я.

Пожалуйста, сообщите, когда будет готово направление. Мой телефон 401-654-0293.

Sorry my English not good - this is about referral for my husband to cardiology, Dr. Harris sent it Nov 2.

С уважением,
Ирина Волкова""")

add('phi', 'lang', 'Gutierrez',
    'Maricel Dizon RN <mdizon@meridianhomeinfusion.com>',
    'Jhun Pascual RN <jpascual@meridianhomeinfusion.com>',
    'si Lola Remedios',
    """Jhun, pasensya na late reply. Pumunta ako kay Mrs. Remedios Gutierrez kanina, yung sa Elm Park. Okay naman yung midline, walang redness, pero ang taas ng BP niya 168/94 bago mag-infuse kaya tinawagan ko si Dr. Shah, sabi niya ituloy lang yung IVIG pero bagalan yung rate, kaya 3 hrs inabot. Pakicheck mo siya bukas ng umaga, i-recheck yung vitals and ask kung may headache siya after. Yung apo niya si Kristine ang nandun, 781-334-2076.

Salamat!
Maricel""")
# ======================= clean-staff =======================
add('clean', 'staff', '',
    'Keisha Ferris <kferris@marlowcountysheriff.gov>',
    'MCDC Medical Staff <medical-staff@marlowcountysheriff.gov>',
    'sharps count off + Sat swap',
    """Two things:

1) Night count on the sharps cabinet was off by one 25g needle last night. Day shift recount found it in the bottom of the drawer under the tray liner. No incident report needed per Dr. Amadi but PLEASE count the drawer liner too.

2) I need someone to swap Saturday 11/21 day for any weekday the week after. My kid's tournament got moved. Will buy coffee for a month.

K""")

add('clean', 'staff', '',
    'Victor Huang PharmD <vhuang@meridianhomeinfusion.com>',
    'Pharmacy Staff <pharmacy@meridianhomeinfusion.com>',
    'Cleanroom down Thursday for recert',
    """All,

The certifier is coming Thursday 11/12 from 7am, so the ISO 7 buffer room and both hoods are down until roughly 2pm. That means:

 - Wednesday evening we batch everything with a BUD that covers Thursday afternoon deliveries.
 - No new starts compounded Thursday morning. If intake gets a same-day start, it goes to the afternoon.
 - Techs: garb supplies are restocked, but please don't leave anything on the pass-through shelf overnight.

Environmental sampling results from October were all within action levels. Nice job on cleaning logs, they were perfect this time.

Victor""")

add('clean', 'staff', '',
    'Dana Kim <dkim@halstead.edu>',
    'SHS All Staff <shs-all@halstead.edu>',
    'flu clinic day 1 - thank you!!',
    """Team!

We gave 412 flu shots yesterday at the Union, a record for day 1. Wait was under 15 min most of the day. Thank you to the nursing students who helped with check-in.

A few things for Thursday's clinic at the rec center:
- we ran out of the small-size band-aids by 2pm, I've ordered more
- please keep the vaccine fridge log every hour, not just at open/close
- one person got lightheaded after their shot and we had them lie down - it went fine, but let's keep the cot set up by the exit all day this time

Pizza in the break room at noon today.
Dana""")

add('clean', 'staff', '',
    'Ben Alvarado <balvarado@bayridgechp.org>',
    'CM Team East <cm-east@bayridgechp.org>',
    'caseload numbers + new hire',
    """Hi all,

Quick update for the team meeting I'm missing (stuck at the vendor site visit in Dayton).

Team East caseload as of Friday: 1,148 active members, 212 in the high-risk tier. Engagement rate is 61%, up from 54% in Q3. The texting pilot seems to be helping with the younger members.

Please welcome Hoa Tran, who joins us from the Columbus Public Health outreach program. She speaks Vietnamese and some Cantonese and will take the Morse Rd and Northland zip codes. Her first two weeks are shadowing, so expect her to ride along.

Reminder: UTR letters go out Fridays only, not any day.

Ben""")

add('clean', 'staff', '',
    'Kindcall Clinical Ops <clinops@kindcall.health>',
    'Clinicians <clinicians@kindcall.health>',
    'Schedule - week of Nov 16',
    """Hi clinicians,

Coverage for next week below. Dr. Osei is on PTO Mon-Wed, Dr. Lindqvist is picking up his Monday evening block. We still have an open AZ-licensed slot Saturday 2-8pm, please reply if you can take it.

Mon  AM Castillo / Patel-Rao   PM Lindqvist / Castillo
Tue  AM Lindqvist              PM Patel-Rao / Bauer
Wed  AM Bauer / Castillo       PM Lindqvist
Thu  AM Osei / Bauer           PM Osei / Patel-Rao
Fri  AM Osei                   PM Castillo / Bauer
Sat  AM Patel-Rao              PM ** OPEN **

Also, the median visit length crept up to 14 min last week. That's fine, just a heads-up for the schedule template.

Thanks - Marta, Clinical Ops""")

add('clean', 'staff', '',
    'Marguerite Oduya PharmD <moduya@silverlinemedicare.com>',
    'P&T Committee <pt-committee@silverlinemedicare.com>',
    'P&T agenda - Dec 3',
    """Committee members,

Agenda for the December 3 P&T meeting (Teams link in the invite):

1. Minutes from October - approval
2. New molecular entities review (4): monographs attached in the SharePoint folder
3. Proposed 2027 formulary changes
   a. Move insulin glargine biosimilar to preferred, brand to non-preferred
   b. Add step therapy for two GLP-1s (criteria draft v3)
   c. Quantity limits on sumatriptan nasal
4. Biosimilar adalimumab uptake: 71% of new starts in Q3 (target 80%)
5. Part D star measure update: statin adherence 86.2%, RAS antagonist adherence 88.9%
6. Open discussion

Please declare conflicts of interest by Nov 30.

Marguerite Oduya, PharmD, BCGP""")

add('clean', 'staff', '',
    'Dr. Paul Menard AuD <pmenard@clearviewhearoptical.com>',
    'Audiology Leads <audiology-leads@clearviewhearoptical.com>',
    'booth calibration & real-ear probe tubes',
    """Hi all,

Annual calibration on the sound booths is scheduled: Northampton 11/17, Burlington 11/18, Framingham 11/19. Block the schedule 8-11 on those days, no testing in the booth.

Also we're switching probe tubes to the new Verifit lot next month. The old ones are fine to use up. If anyone's real-ear numbers look weird after switching, check the tube calibration step first before blaming the fitting.

Paul""")
# ======================= clean-admin =======================
add('clean', 'admin', '',
    'Provider Network Services <pns@bayridgechp.org>',
    'Eastside Family Medicine Billing <billing@eastsidefamilymed.com>',
    'Recredentialing due - 3 practitioners',
    """Dear Eastside Family Medicine,

Our records show the following practitioners in your group are due for recredentialing by December 31, 2026:

  Samir Haddad, MD        NPI 1932118450   CAQH 10448213
  Nikhil Patel, MD        NPI 1649203318   CAQH 11720094
  Sandra Oyelowo, NP      NPI 1285527760   CAQH 13390071

Please make sure each CAQH profile is attested within the last 120 days and that malpractice certificates are current. Practitioners not recredentialed by the due date will be termed from the Bayridge network effective January 1.

Questions: 1-866-470-2291 option 3.

Provider Network Services
Bayridge Community Health Plan""")

add('clean', 'admin', '',
    'Quality Department <quality@silverlinemedicare.com>',
    'Silverline Leadership <leadership@silverlinemedicare.com>',
    '2027 Star Ratings preview - where we landed',
    body="""Leadership team,

CMS released the 2027 Star Ratings preview this week. Summary:

- Overall: 4.0 stars (unchanged)
- Part C: 4.0 / Part D: 4.5
- Biggest gains: Breast Cancer Screening (+4 pts), Care for Older Adults - Medication Review (+6 pts)
- Biggest drops: Plan All-Cause Readmissions, Members Choosing to Leave the Plan
- CAHPS "Getting Needed Care" fell below the 3-star cut point

We'll walk through the measure-level detail at Thursday's ops review. The cut points moved up in 9 of 12 HEDIS measures, which is most of the story.

Quality Department""",
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Leadership team,</p>
<p>CMS released the 2027 Star Ratings preview this week. Summary:</p>
<table border=1 cellpadding=3 style="border-collapse:collapse">
<tr><th>Measure</th><th>2026</th><th>2027 preview</th></tr>
<tr><td>Overall</td><td>4.0</td><td>4.0</td></tr>
<tr><td>Part C</td><td>4.0</td><td>4.0</td></tr>
<tr><td>Part D</td><td>4.0</td><td>4.5</td></tr>
<tr><td>Breast Cancer Screening</td><td>72%</td><td>76%</td></tr>
<tr><td>COA - Medication Review</td><td>88%</td><td>94%</td></tr>
<tr><td>Plan All-Cause Readmissions</td><td>3 stars</td><td>2 stars</td></tr>
</table>
<p>CAHPS &ldquo;Getting Needed Care&rdquo; fell below the 3-star cut point. We&rsquo;ll walk through the measure-level detail at Thursday&rsquo;s ops review. The cut points moved up in 9 of 12 HEDIS measures, which is most of the story.</p>
<p><b>Quality Department</b></p></body></html>""")

add('clean', 'admin', '',
    'Capt. Linda Roarke <lroarke@marlowcountysheriff.gov>',
    'County Purchasing <purchasing@marlowcounty.gov>',
    'Inmate medical services contract - renewal memo',
    """Purchasing,

Per our call, the current inmate health services contract (MC-2022-117) ends June 30, 2027. We'd like to use the second one-year renewal option rather than re-bid. FY26 numbers for the board memo:

  Average daily population: 412
  Sick call requests: 9,840 (about 24/day)
  Off-site hospital/ER transports: 137
  Pharmacy spend: $618,400 (up 11%, mostly because of MOUD program expansion)
  Staffing vacancy rate: 14%

The vendor has asked for a 6.5% escalator. I think 4% is defensible. Please set up time with County Counsel next week.

Capt. Linda Roarke
Jail Administrator""")

add('clean', 'admin', '',
    'People Team <people@meridianhomeinfusion.com>',
    'All Employees <all@meridianhomeinfusion.com>',
    'Open enrollment closes Nov 20',
    """Hi everyone,

Open enrollment for 2027 benefits closes Friday, November 20 at 5pm. If you don't make changes, your current medical, dental and vision elections roll over, BUT your FSA does not roll over - you have to re-elect it.

What's new for 2027:
 - The PPO deductible goes from $1,000 to $1,250 (single)
 - HSA employer contribution increases to $750 single / $1,500 family
 - We're adding a telehealth benefit with $0 copay
 - Vision plan now covers contacts every 12 months instead of 24

Benefits office hours: Tuesday and Thursday 12-1 in the break room, or email people@.

People Team""")

add('clean', 'admin', '',
    'Student Health Services <shs@halstead.edu>',
    'All Students <students-all@lists.halstead.edu>',
    'Spring 2027 student health fee and insurance waiver deadline',
    body="""Dear students,

The Board of Trustees approved a spring 2027 student health fee of $212 (up from $198). The fee covers unlimited primary care visits at Student Health Services, most in-house lab tests, and short-term counseling.

If you have your own health insurance and want to waive the Halstead Student Health Insurance Plan, you must submit the online waiver by January 22, 2027. If you do not waive, you will be enrolled and billed $1,486 for the spring term.

Visit halstead.edu/health/insurance for details.

Student Health Services
Halstead University""",
    html="""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:600px">
<img src="https://www.halstead.edu/brand/shs-header.png" alt="Halstead Student Health Services" width="600">
<p>Dear students,</p>
<p>The Board of Trustees approved a spring 2027 student health fee of <b>$212</b> (up from $198). The fee covers unlimited primary care visits at Student Health Services, most in-house lab tests, and short-term counseling.</p>
<p>If you have your own health insurance and want to waive the Halstead Student Health Insurance Plan, you must submit the online waiver by <b>January 22, 2027</b>. If you do not waive, you will be enrolled and billed $1,486 for the spring term.</p>
<p><a href="https://www.halstead.edu/health/insurance">halstead.edu/health/insurance</a></p>
<p>Student Health Services<br>Halstead University</p></body></html>""")

add('clean', 'admin', '',
    'Security & Compliance <security@kindcall.health>',
    'Engineering Managers <eng-managers@kindcall.health>',
    'Quarterly access review due Nov 25 (SOC 2 / HIPAA)',
    """Hi managers,

It's time for the Q4 user access review. You'll get a Vanta task for each system your team uses (EHR admin console, prod database read replica, Zendesk, Datadog). For each person listed, confirm they still need the access or mark for removal.

Last quarter we removed 23 stale accounts and the auditor specifically asked about two contractors who kept prod access after their engagement ended. Let's not repeat that.

Due Nov 25. Reach out in #security if anything looks wrong.

- Priya, Security & Compliance""")

add('clean', 'admin', '',
    'Merchandising <merch@clearviewhearoptical.com>',
    'All Store Managers <store-managers@clearviewhearoptical.com>',
    'Frame price changes + holiday BOGO rules',
    """Store managers,

Effective Monday 11/16:
- Ray-Ban and Oakley frames +6% (vendor increase)
- House brand "Clearline" frames stay at $89
- Holiday BOGO: buy one complete pair, second pair 50% off. Does NOT stack with insurance benefits or the AARP discount. Managed-care vision plans (Bayridge, Silverline) are excluded, the POS will block it.

Updated price cards ship this week. Please pull the old ones Sunday night.

Thanks,
Merchandising""")
# ======================= clean-lookalike =======================
add('clean', 'lookalike', '',
    'PawPlan Pet Insurance <claims@pawplan-insurance.com>',
    'Melissa Draper <mdraper.home@gmail.com>',
    'Claim PP-2026-448120 processed - Biscuit',
    body="""Hi Melissa,

Good news - we've processed Biscuit's claim.

Claim #: PP-2026-448120
Pet: Biscuit (Golden Retriever, 7 yrs)
Policy: PAW-3318820
Date of service: 10/28/2026
Clinic: Riverbend Animal Hospital
Treatment: TPLO surgery, right hind leg; pre-op bloodwork; radiographs; 14-day carprofen
Billed: $5,412.00
Deductible applied: $250.00
Reimbursed (90%): $4,645.80 by direct deposit to account ending 7712

Give Biscuit a belly rub from us. Recheck visits for this surgery are covered under the same claim for 60 days.

The PawPlan Claims Team""",
    html="""<html><body style="font-family:Helvetica,Arial;background:#f7f3ee;padding:20px">
<div style="max-width:560px;background:#fff;padding:24px;border-radius:8px">
<h2 style="color:#e0772b">Good news &mdash; Biscuit's claim is processed! &#128054;</h2>
<table style="font-size:14px" cellpadding=4>
<tr><td>Claim #</td><td>PP-2026-448120</td></tr>
<tr><td>Pet</td><td>Biscuit (Golden Retriever, 7 yrs)</td></tr>
<tr><td>Policy</td><td>PAW-3318820</td></tr>
<tr><td>Date of service</td><td>10/28/2026</td></tr>
<tr><td>Clinic</td><td>Riverbend Animal Hospital</td></tr>
<tr><td>Treatment</td><td>TPLO surgery, right hind leg; pre-op bloodwork; radiographs; 14-day carprofen</td></tr>
<tr><td>Billed</td><td>$5,412.00</td></tr>
<tr><td>Deductible applied</td><td>$250.00</td></tr>
<tr><td><b>Reimbursed (90%)</b></td><td><b>$4,645.80</b> to account ending 7712</td></tr>
</table>
<p>Give Biscuit a belly rub from us. Recheck visits for this surgery are covered under the same claim for 60 days.</p>
<p style="color:#999;font-size:11px">PawPlan Pet Insurance &middot; Underwritten by Keystone Mutual &middot; Unsubscribe</p>
</div></body></html>""")

add('clean', 'lookalike', '',
    'Gary Lindqvist <glindqvist@granitestateauto.com>',
    'Tom Pereira <tpereira77@comcast.net>',
    'RE: Claim 7731-0092 windshield + rear quarter panel',
    """Tom,

Thanks for the photos. Adjuster approved the estimate from Lakeside Collision for $3,184.60, less your $500 deductible. Safelite will do the windshield separately - that's under glass coverage, no deductible. Rental coverage is $40/day up to 30 days, Enterprise on Route 3 has your reservation under claim 7731-0092.

The other driver's carrier (Progressive) accepted liability yesterday, so we'll subrogate and you should get your deductible back in 60-90 days.

Gary Lindqvist
Claims Representative, Granite State Auto Insurance
603-225-4470

> Gary - photos attached. Windshield cracked all the way across after the
> hail Tuesday and then I backed into the post at the bank. Yes, I know.
> Tom""")

add('clean', 'lookalike', '',
    'Summit Fitness Club <members@summitfitclub.com>',
    'Jordan Ellery <jordan.ellery@gmail.com>',
    'Your membership freeze is confirmed',
    """Hi Jordan,

Your membership freeze is confirmed from December 1, 2026 to February 28, 2027. During the freeze you'll be billed $10/month instead of $54.99. Your personal training package (6 sessions remaining with Coach Aaliyah) is paused and won't expire.

Want to come back early? Just scan in at the front desk and we'll reactivate you automatically.

Stay strong,
Summit Fitness Club - Elm Street
Member #SFC-220914""")

add('clean', 'lookalike', '',
    'Harborview Federal Credit Union <alerts@harborviewfcu.org>',
    'Samuel Kittridge <skittridge@verizon.net>',
    'Your November statement is ready',
    """Dear Samuel Kittridge,

Your statement for checking account ending 4418 for the period 10/06/2026 - 11/05/2026 is now available in online banking.

Beginning balance: $3,812.44
Deposits: $4,210.00
Withdrawals: $3,955.17
Ending balance: $4,067.27

To view your statement, sign in at harborviewfcu.org. We'll never ask for your password by email.

Harborview Federal Credit Union
Federally insured by NCUA""")

add('clean', 'lookalike', '',
    'Lincoln Elementary Office <office@lincoln-elem.k12.oh.us>',
    'Grade 3 Families <grade3-families@lincoln-elem.k12.oh.us>',
    'Picture day, hearing & vision screening, and the field trip',
    """Dear Grade 3 families,

A busy week ahead!

* Tuesday 11/17 - Picture day. Order forms went home in folders. Retakes are 12/8.
* Wednesday 11/18 - The school nurse and county health volunteers will do the routine hearing and vision screening for ALL third graders. Nothing to do at home. If you do NOT want your child screened, send a note by Monday. Families will only get a letter if a follow-up is recommended.
* Friday 11/20 - Field trip to COSI. Permission slips and $8 due Wednesday. Pack a lunch!

Thank you,
Mrs. Okafor-Lynch, Grade 3 Team Lead""")

add('clean', 'lookalike', '',
    'CareMart Rewards <rewards@caremart-stores.com>',
    'Helen Marchetti <hmarchetti@aol.com>',
    'Helen, you have 2,340 points - 3 days left to use them!',
    body="""Hi Helen,

You have 2,340 CareMart Rewards points ($23.40) expiring November 30.

This week only: 3X points on vitamins, skin care and first aid. Plus, get your flu shot in our pharmacy and earn 500 bonus points.*

Your member number: CMR 6018 2277 4410

*Bonus points awarded once per season. Shots subject to availability and eligibility; most insurance accepted.

Unsubscribe | Privacy Policy | CareMart Stores, Inc., 1200 Commerce Pkwy, Dublin OH""",
    html="""<html><body style="margin:0;font-family:Arial;background:#fff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="background:#c8102e;color:#fff;padding:14px;font-size:22px"><b>CareMart Rewards</b></td></tr></table>
<div style="padding:20px;max-width:600px;margin:auto">
<p style="font-size:18px">Hi Helen,</p>
<p>You have <b style="font-size:22px;color:#c8102e">2,340 points</b> ($23.40) expiring November 30.</p>
<p>This week only: <b>3X points</b> on vitamins, skin care and first aid. Plus, get your flu shot in our pharmacy and earn <b>500 bonus points</b>.*</p>
<p style="font-size:12px">Your member number: CMR 6018 2277 4410</p>
<p style="font-size:10px;color:#777">*Bonus points awarded once per season. Shots subject to availability and eligibility; most insurance accepted.<br>Unsubscribe | Privacy Policy | CareMart Stores, Inc., 1200 Commerce Pkwy, Dublin OH</p>
</div></body></html>""")

add('clean', 'lookalike', '',
    'Halstead Law School Clinics <lawclinics@halstead.edu>',
    'Prof. Miriam Oyelaran-Shaw <moshaw@halstead.edu>',
    'Intake appointments - Housing Clinic, week of 11/16',
    """Professor Oyelaran-Shaw,

Here are the intake appointments booked for the Housing Clinic next week. Student attorneys are assigned; please review conflicts by Friday.

Mon 11/16 10:00  New client - eviction notice, Franklin County   (student: R. Adeyemi)
Mon 11/16 14:00  Follow-up - security deposit dispute            (student: K. Baptiste)
Wed 11/18 09:30  New client - habitability / mold complaint      (student: J. Forsythe)
Thu 11/19 13:00  Referral from Legal Aid - lease termination     (student: R. Adeyemi)

Client names and files are in Clio per the clinic's confidentiality rules, not in email.

Thanks,
Angela, Clinic Administrator""")

# ======================= clean-news =======================
add('clean', 'news', '',
    'Silverline Communications <news@silverlinemedicare.com>',
    'All Staff <allstaff@silverlinemedicare.com>',
    'Silverline Weekly: flu shot push, CMS final rule, and a new Providence office',
    """SILVERLINE WEEKLY - November 9, 2026

FLU SHOT PUSH IS WORKING
As of Friday, 58% of our members have a flu shot on record, compared with 51% at the same point last year. The outbound call campaign reached 14,200 members in October. Thank you to the member services team!

CMS FINAL RULE: WHAT CHANGES IN 2027
CMS published the CY2027 final rule last week. The headline items for us: new limits on how quickly plans must answer expedited prior authorization requests (72 hours becomes 48), more detailed reporting on supplemental benefit use, and tighter marketing rules for third-party brokers. The UM team will run info sessions in December.

NEW PROVIDENCE OFFICE
The Westminster St. office opens January 4. Parking validations available at the Arcade garage.

CELEBRATING 10 YEARS
Congratulations to Deb Sorensen, RN, on ten years with Silverline!""")

add('clean', 'news', '',
    'County Health Dept Press <press@marlowcountyhealth.gov>',
    'Media List <media@marlowcountyhealth.gov>',
    'PRESS RELEASE: Possible measles exposure at Marlow Regional Airport',
    """FOR IMMEDIATE RELEASE - November 12, 2026

MARLOW COUNTY, MO - The Marlow County Health Department is notifying the public of a possible measles exposure at Marlow Regional Airport on Sunday, November 8, between 3:00 p.m. and 7:30 p.m., in the Concourse B gate area and the baggage claim.

An out-of-state traveler who was later confirmed to have measles passed through the airport during that time. No other details about the traveler will be released.

Anyone who was in those areas and is not vaccinated should watch for fever, cough, runny nose, red eyes and rash through November 29 and call their health care provider BEFORE visiting a clinic. Free MMR vaccine is available at the Health Department, 200 Court St., weekdays 8-4.

Media contact: Joy Whitaker, 573-442-1100""")

add('clean', 'news', '',
    'Health Policy Digest <digest@healthpolicywire.com>',
    'subscribers@healthpolicywire.com',
    'Medicaid Daily: Ohio posts unwinding numbers; GLP-1 coverage fights continue',
    body="""MEDICAID DAILY | Thursday, November 12, 2026

1. OHIO POSTS FINAL UNWINDING TALLY
Ohio's Department of Medicaid said 612,000 people lost coverage during the redetermination period, about 38% for procedural reasons such as unreturned paperwork. Advocates say thousands of children were dropped even though they remained eligible.

2. STATES WEIGH GLP-1 COVERAGE FOR WEIGHT LOSS
At least four state Medicaid programs are reconsidering coverage of GLP-1 drugs for weight loss as costs climb. Managed-care plans say pharmacy spend on the class rose 40% year over year.

3. DOULA BENEFIT EXPANDS
Two more states added Medicaid doula benefits effective January 1.

You are receiving this because you subscribed to Health Policy Wire. Manage preferences.""",
    html="""<html><body style="font-family:Georgia;max-width:640px">
<h1 style="font-size:20px;border-bottom:3px solid #003a70">MEDICAID DAILY <span style="font-size:12px;color:#666">Thursday, November 12, 2026</span></h1>
<h3>1. Ohio posts final unwinding tally</h3>
<p>Ohio&rsquo;s Department of Medicaid said 612,000 people lost coverage during the redetermination period, about 38% for procedural reasons such as unreturned paperwork. Advocates say thousands of children were dropped even though they remained eligible.</p>
<h3>2. States weigh GLP-1 coverage for weight loss</h3>
<p>At least four state Medicaid programs are reconsidering coverage of GLP-1 drugs for weight loss as costs climb. Managed-care plans say pharmacy spend on the class rose 40% year over year.</p>
<h3>3. Doula benefit expands</h3>
<p>Two more states added Medicaid doula benefits effective January 1.</p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed to Health Policy Wire. <a href="https://healthpolicywire.com/prefs">Manage preferences</a>.</p>
</body></html>""")

add('clean', 'news', '',
    'Halstead Wellness <wellness@halstead.edu>',
    'All Students <students-all@lists.halstead.edu>',
    'Wellness Wednesday: finals, sleep, and free massage chairs',
    """WELLNESS WEDNESDAY

Finals are three weeks away. A few reminders from your friends at Student Health & Counseling:

SLEEP IS A STUDY STRATEGY. Students who slept 7+ hours before exams scored better in our own campus survey last spring (yes, we asked 1,900 of you). All-nighters cost more than they give.

CAFFEINE LIMITS. Up to 400 mg a day is generally fine for healthy adults - about 4 cups of coffee. Energy drinks add up fast.

DROP-IN HOURS. Counseling drop-in runs 1-4 pm weekdays in Ellery Hall 105 through Dec 18. No appointment needed.

MASSAGE CHAIRS are back in the library lobby, 20-minute sign-up sheets at the desk.

Be kind to yourself out there.""")

add('clean', 'news', '',
    'ClearView Insider <insider@clearviewhearoptical.com>',
    'All Associates <associates@clearviewhearoptical.com>',
    'ClearView Insider: what OTC hearing aids mean for us, 4 years in',
    """CLEARVIEW INSIDER - November edition

FOUR YEARS OF OTC HEARING AIDS
It's been four years since the FDA created the over-the-counter hearing aid category for adults with perceived mild to moderate hearing loss. Industry data shows OTC units now make up about 12% of US hearing aid sales. What we're seeing in our stores: customers who try OTC devices first often come to us 6-12 months later wanting a professional fitting. Our audiologists report the "OTC graduate" is now one of the most common new-patient types.

VISION: MYOPIA IN KIDS
The American Optometric Association reports childhood myopia rates continue to climb. Our optometrists in 6 stores are now offering myopia-control lenses; the rest follow in Q2.

SHOUT-OUTS
Store 118 Northampton hit 140% of its October hearing aid goal. Store 311 Framingham had the highest customer satisfaction score in the region.""")

add('clean', 'news', '',
    'Digital Health Beat <newsletter@digitalhealthbeat.io>',
    'support@kindcall.health',
    'Telehealth flexibilities extended again; DEA rule delayed',
    """DIGITAL HEALTH BEAT - Weekly

Congress extends Medicare telehealth flexibilities through Sept 2027. The extension keeps the home as an eligible originating site and preserves audio-only visits for Medicare beneficiaries. Analysts note the short extension keeps the industry in a state of "permanent temporary."

DEA again delays special registration rule. Prescribers can keep prescribing controlled substances via telemedicine without a prior in-person visit through the end of 2027.

Funding roundup: three virtual-first primary care startups raised a combined $212M this week; one telehealth urgent care company announced layoffs of 18% of staff.

Survey: 64% of adults under 40 say they would choose a video visit over in-person for minor issues, per a new poll of 3,000 adults.""")

# ======================= clean-training =======================
add('clean', 'training', '',
    'Compliance Training <compliance@bayridgechp.org>',
    'New Hires Nov 2026 <newhires-nov@bayridgechp.org>',
    'HIPAA module 2 - practice quiz (sample data)',
    """Welcome to HIPAA Module 2! Before the graded quiz, try these practice questions. All people and numbers below are fictional training data.

1. A caller says she is the mother of member "Jane Sample" (ID BRC0000000001, DOB 01/01/1900) and asks when her adult daughter's next appointment is. Jane is 27 and there's no authorized representative form on file. What do you do?
   a) Give the appointment date since it's her mother
   b) Verify the caller's identity and give the date
   c) Explain you can't share it without Jane's authorization, and offer to have Jane call
   d) Transfer to a nurse

2. You find a printed list of members on the copier. What's your first step?

3. True or false: it is OK to email member information to your personal Gmail so you can finish work at home if you delete it afterward.

Answers are at the end of the module. Passing score is 80%.""")

add('clean', 'training', '',
    'Megan Ruiz <mruiz@halstead.edu>',
    'Health Systems IT <hs-it@halstead.edu>',
    'test messages for the Medicat cutover rehearsal',
    """For Saturday's cutover rehearsal, use ONLY these test patients. They exist in TST and in the Medicat sandbox, never in PRD.

MSH|^~\\&|EPIC|HALSTEAD_SHS|MEDICAT|HU|20261114090000||ADT^A04|TEST0001|T|2.5.1
PID|1||9999001^^^HU^SID||ZZTEST^STUDENT^ONE||20000101|U|||1 TEST ST^^TESTVILLE^VT^00000
PV1|1|O|SHS^WALKIN^01||||9999999999^DOCTOR^TEST

MSH|^~\\&|EPIC|HALSTEAD_SHS|MEDICAT|HU|20261114090500||ADT^A08|TEST0002|T|2.5.1
PID|1||9999002^^^HU^SID||ZZTEST^STUDENT^TWO||20000202|U|||2 TEST ST^^TESTVILLE^VT^00000

Note processing ID "T" in MSH-11. If you see a message with "P" during the rehearsal, stop and call me.

Megan""")

add('clean', 'training', '',
    'EDI Operations <edi-ops@bayridgechp.org>',
    'Trading Partners <edi-partners@bayridgechp.org>',
    'Companion guide v4.2 - 837P example corrected',
    """Trading partners,

Version 4.2 of the Bayridge 837P companion guide is posted. The only change is section 7.3, where the example loop 2010BA had the wrong ID qualifier. Corrected example from the guide (fictitious subscriber):

NM1*IL*1*DOE*JOHN****MI*BRC0000000000~
N3*123 MAIN ST~
N4*ANYTOWN*OH*43000~
DMG*D8*19800101*M~

Use qualifier MI with the full 13-character Bayridge ID. Submissions using qualifier II will reject at the front end starting January 1, 2027.

EDI Operations""")

add('clean', 'training', '',
    'Training Unit <training@marlowcountysheriff.gov>',
    'Academy Class 26-3 <academy263@marlowcountysheriff.gov>',
    'Thursday scenario day - medical emergencies in housing',
    """Recruits,

Thursday is scenario day with the medical unit. You'll run three scenarios in the mock housing unit. Role players are medical staff; none of this is based on a real inmate.

Scenario A: Inmate found unresponsive on the floor of a cell during a 30-minute check. Call the code, start CPR/AED, who opens the door, who clears the unit.
Scenario B: Inmate says he is "dope sick" and vomiting at 0300. What do you observe and document, who do you call, and what do you NOT promise?
Scenario C: Inmate having a seizure on the dayroom floor. Protect the head, time it, clear the area, radio medical.

Bring your naloxone kit and notebook. PT is cancelled that morning.

Sgt. Ortiz, Training Unit""")

add('clean', 'training', '',
    'Support Enablement <enablement@kindcall.health>',
    'Support Tier 1 <support-t1@kindcall.health>',
    'New macro: "my prescription didn\'t arrive" (with example chat)',
    """Hi team,

We've added a new macro for the #1 contact reason this month. Example chat below uses our fake training account, so don't go looking for it in Zendesk.

  Member (Pat Example, kc-mbr-000000): hi my prescription never made it to my pharmacy
  Agent: I'm sorry about that, Pat! Let me check. Can you confirm the pharmacy name and city?
  Member: the walgreens in Springfield
  Agent: Thanks. I can see the prescription is still waiting on the clinician's signature. I'm sending this to our pharmacy team right now, and you'll get a text within 4 hours.

Key rules:
- Never tell a member what medication they were prescribed in chat; they can see it in the app
- Don't promise a specific time the pharmacy will have it ready
- Always tag the ticket "rx-not-received"

Macro name: RX_NOT_RECEIVED_v2""")

add('clean', 'training', '',
    'CM Education <cm-education@silverlinemedicare.com>',
    'Care Management <care-mgmt@silverlinemedicare.com>',
    'Case conference recap - transitions of care (de-identified)',
    """Thanks to everyone who joined Tuesday's case conference. Recap of the de-identified case for those who missed it:

Member A is in their late 70s, lives alone, and had three hospital stays in six months. Each time, the discharge plan listed a home health referral, but the first home health visit happened 6-11 days after discharge. Readmissions happened on days 9, 14 and 22.

What the group identified:
- the hospital faxed referrals to an agency that was not in network
- no one called the member within 48 hours of discharge
- the medication list at discharge didn't match the pharmacy claims

Action items: the TOC team will pilot a 48-hour call for all members discharged from Grandview and Kent starting December 1. We will report readmission rates for the pilot group vs. everyone else in March.

CM Education""")

# ======================= write out =======================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(m, i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
