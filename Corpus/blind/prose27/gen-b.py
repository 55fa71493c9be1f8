#!/usr/bin/env python3
"""Blind eval set prose27b: hand-written back-office healthcare mail. Standard library only."""
import os, io, csv, zipfile, sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as cs
from email.header import Header
from email.utils import parseaddr, formataddr

def H(v):
    return v if v.isascii() else Header(v, 'utf-8')

def AD(v):
    if v.isascii():
        return v
    n, a = parseaddr(v)
    return formataddr((n, a), 'utf-8')

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def tpart(s, sub='plain', charset='utf-8', enc='qp'):
    c = cs.Charset(charset)
    c.body_encoding = {'qp': cs.QP, 'b64': cs.BASE64, '7bit': None}[enc]
    if enc == '7bit':
        return MIMEText(s, sub, 'us-ascii')
    m = MIMEText('', sub, charset)
    del m['Content-Transfer-Encoding']
    m.set_payload(s, c)
    return m

def A(name, data, mime='text/plain', charset='utf-8', enc='b64'):
    return ('file', name, data, mime, charset, enc)

def FWD(msg):
    return ('rfc822', msg)

def zipb(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 3, 11, 8, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return b.getvalue()

def mk(frm, to, subj, date, body=None, html=None, atts=(), cc=None, charset='utf-8', enc='qp', hdrs=None, mid=None):
    if html is not None and body is not None:
        core = MIMEMultipart('alternative')
        core.attach(tpart(body, 'plain', charset, enc))
        core.attach(tpart(html, 'html', charset, enc))
    elif html is not None:
        core = tpart(html, 'html', charset, enc)
    else:
        core = tpart(body or '', 'plain', charset, enc)
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(core)
        for a in atts:
            if a[0] == 'rfc822':
                p = MIMEMessage(a[1])
                p.add_header('Content-Disposition', 'attachment')
                m.attach(p)
                continue
            _, name, data, mime, ch, e = a
            maj, sub = mime.split('/')
            if maj == 'text':
                p = tpart(data if isinstance(data, str) else data.decode(ch), sub, ch, e)
            else:
                p = MIMEBase(maj, sub)
                p.set_payload(data.encode(ch) if isinstance(data, str) else data)
                encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=name)
            m.attach(p)
    else:
        m = core
    m['From'] = AD(frm)
    m['To'] = AD(to)
    if cc:
        m['Cc'] = cc
    m['Subject'] = H(subj)
    m['Date'] = date
    for k, v in (hdrs or {}).items():
        m[k] = v
    dom = frm.split('@')[-1].rstrip('>').strip()
    m['Message-ID'] = mid or '<%08x.%d@%s>' % (abs(hash(subj + date)) % 0xffffffff if False else sum(map(ord, subj + date)) * 7919, len(MSGS) + 1, dom)

    return m

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

# ======================= phi-care =======================
add('phi', 'phi-care', 'Whitfield', mk(
 '"Raines, Courtney" <craines@lakeshorehealth.org>', 'PA Intake <priorauth@bcbs-provider-portal.com>',
 'RE: Auth status - Whitfield, MRI L-spine', 'Tue, 03 Mar 2026 09:42:17 -0600',
 """Hi Tasha,

Following up again on this one. Scheduling has her on the board for Thursday 3/5 at 7:30 and I
still show "pended - clinical review" on the portal. Ordering is Dr. Mehta, NPI on the request.
Can you tell me if the notes we faxed Friday were received? 14 pages, cover sheet said
"Whitfield, Dolores - addl clinicals".

Member: Dolores Whitfield   DOB 03/14/1961
Ref #: 26-0227-88314
CPT 72148

If it's not going to be decided by Wednesday noon I need to move her, so any info helps.

Thanks,
Courtney Raines
Prior Authorization Specialist | Lakeshore Health Partners
Direct 414-739-2206  Fax 414-739-2290

-----Original Message-----
From: PA Intake <priorauth@bcbs-provider-portal.com>
Sent: Friday, February 27, 2026 3:15 PM
To: Raines, Courtney <craines@lakeshorehealth.org>
Subject: RE: Auth status - Whitfield, MRI L-spine

Courtney - reviewer requested last 6 wks of PT notes. Please fax to 1-866-310-4471 attn clinical
review and reference the case number. - Tasha

-----Original Message-----
From: Raines, Courtney
Sent: Thursday, February 26, 2026 10:02 AM
Subject: Auth status - Whitfield, MRI L-spine

Submitted 2/20 via portal, no determination yet. Please advise.
"""))

add('phi', 'phi-care', 'Obi', mk(
 'Release of Information <roi@stfrancismed.org>', '"Kendra Lyle" <klyle@brightwaterlaw.com>',
 'Records request - Marcus Obi - your ref BW-4471', 'Wed, 14 Jan 2026 14:08:55 -0500',
 body="""Ms. Lyle,

We received your request dated 01/06/2026 with the signed authorization for Marcus Obi.
Records for dates of service 08/02/2025 through 11/30/2025 have been released via secure link
(expires in 14 days). Included: ED visit 08/02/2025, orthopedic clinic visits 08/19, 09/23 and
11/04, operative report from 08/06/2025, and physical therapy daily notes (31 pages).

Imaging films were not requested; if you need a CD please submit a separate request.

Invoice #ROI-260114-022 for $48.37 is attached to the portal link.

St. Francis Medical Center - Health Information Management
Release of Information Unit | 610-555-0142
""",
 html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt} .sig{color:#1f4e79;font-size:9pt}</style></head>
<body><p>Ms. Lyle,</p>
<p>We received your request dated 01/06/2026 with the signed authorization for <b>Marcus Obi</b>.
Records for dates of service 08/02/2025 through 11/30/2025 have been released via secure link
(expires in 14 days). Included: ED visit 08/02/2025, orthopedic clinic visits 08/19, 09/23 and
11/04, operative report from 08/06/2025, and physical therapy daily notes (31 pages).</p>
<p>Imaging films were not requested; if you need a CD please submit a separate request.</p>
<p>Invoice #ROI-260114-022 for $48.37 is attached to the portal link.</p>
<p class="sig">St. Francis Medical Center - Health Information Management<br>Release of Information Unit | 610-555-0142</p>
<p style="font-size:8pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.</p>
</body></html>"""))

add('phi', 'phi-care', 'Raman', mk(
 'Nadia Fenwick <nfenwick@cascadesurgical.com>', 'Dr. Oliver Haas <ohaas@cascadesurgical.com>',
 'Coding query - 4/2 case', 'Mon, 06 Apr 2026 11:20:03 -0700',
 """Dr. Haas,

Quick query on your 4/2 case for Priya Raman. The op note header says laparoscopic
cholecystectomy, but the body describes conversion to open after about 40 minutes. If it was
converted I need to code 47600 instead of 47562 and the header should be amended.

Can you confirm which one is correct? Reply here is fine, I'll attach it to the query in the
encoder. Claim is on hold until I hear back.

Thank you!
Nadia
Coding Specialist III, CPC
"""))

eob = """REMITTANCE ADVICE - PROVIDER COPY
Payer: Summit Mutual Health Plan        Check/EFT: 0009918827   Date: 09/12/2026
Provider: Valley Gastro Associates  NPI 1386725590

Patient: SOLBERG, HENRIK              Member ID: SMH44021879-01
Claim #: 2609050044871  Acct: VGA-221047
Line  DOS        CPT    Billed    Allowed  Paid   Adj    Codes
1     08/19/26   45385  1,840.00  0.00     0.00   1,840.00  CO-197
2     08/19/26   88305    212.00  0.00     0.00     212.00  CO-197
Patient responsibility: 0.00
CO-197: Precertification/authorization/notification absent.
"""
add('phi', 'phi-care', 'Solberg', mk(
 'Gary Munson <gmunson@valleygastro.net>', 'Denials Team <denials@valleygastro.net>',
 'FW: Summit remit 9/12 - Solberg colonoscopy denied', 'Mon, 14 Sep 2026 08:05:40 -0500',
 """Team - another 197 from Summit. Front desk checked the box "no auth required" because Summit
dropped the screening colonoscopy auth in July, BUT this one went to 45385 (snare removal) so it
falls under the diagnostic policy. Henrik Solberg, DOS 8/19. Can someone look at whether we can
get a retro auth? Summit allows 14 days from DOS for retro which we're past, so probably appeal
with the op note and path.

Original remit notice attached, EOB is inside it.

Gary
""", atts=[FWD(mk('Summit Mutual Provider Remittance <remit-noreply@summitmutual.com>', 'billing@valleygastro.net',
 'Remittance advice available - EFT 0009918827', 'Sat, 12 Sep 2026 04:10:00 -0400',
 """A remittance advice for Valley Gastro Associates (NPI 1386725590) is attached.
EFT 0009918827, amount $14,206.12, 38 claims. This mailbox is not monitored.""",
 atts=[A('Summit_RA_0912_Solberg.txt', eob)]))]))

add('phi', 'phi-care', 'Delgado-Marin', mk(
 'Yvette Carrasco <ycarrasco@northbaymc.org>', 'HIM Chart Corrections <himcorrections@northbaymc.org>',
 'Misfiled document - needs to be moved', 'Thu, 22 Jan 2026 16:47:12 -0800',
 """Hello HIM,

Scanning put a vitals flowsheet and a nursing note from 1/19 into Rosa Delgado-Marin's chart
(MRN 5520193) but they belong to another patient on the same unit, the name on the page header
is different. Rosa's own 1/19 vitals are missing from her chart now too.

Can you move the pages and re-index? The unit manager wants it fixed before her follow-up
appointment on Monday.

Yvette Carrasco, RN
4 West Charge Nurse
ext 6614
"""))

add('phi', 'phi-care', 'Penn', mk(
 '"Bautista, Arnel" <abautista@mercyridge.org>', '"OR Materials" <ormaterials@mercyridge.org>',
 'implant log missing lot for Penn 11/3', 'Wed, 05 Nov 2025 07:58:21 -0500',
 cc='"Sorensen, Kay" <ksorensen@mercyridge.org>',
 body="""Morning,

Doing the weekly implant reconciliation and Gerald Penn's total knee from 11/3 (OR 6, Dr. Falk)
has the femoral component scanned but the tibial tray and the poly insert were hand-entered
without lot numbers. Stryker rep says they left the stickers on the case sheet. Can someone pull
the paper case sheet and send me the lots? I can't close the bill-only PO without them and
quality needs them in the registry.

Thanks
Arnel
Supply Chain Analyst
"""))

add('phi', 'phi-care', 'Wierzbicki', mk(
 'Front Desk Cardiology <cardiofront@harborviewcardio.com>', 'billing@harborviewcardio.com',
 'pt call', 'Fri, 19 Jun 2026 12:31:09 -0400',
 """Tomasz Wierzbicki called, wants itemized bill for the echo + stress test in May, says he never got the first statement. cb 732-418-9075 after 3pm

Sent from my iPhone"""))

add('phi', 'phi-care', 'Kekumu', mk(
 'Kai Nakamoto <knakamoto@pacificislesmed.org>', 'Interface Team <interfaces@pacificislesmed.org>',
 'Critical value notification did not fire last night', 'Sat, 18 Jul 2026 06:12:44 -1000',
 """All,

Night lab called me because the critical callback task never dropped into the nurse's inbox. Patient
was Alana Kekumu, 3 South bed 12. Potassium resulted at 23:48 as 6.1, the result itself filed to the
chart fine (I can see it in results review) but the OBX had abnormal flag "HH" and the rule only looks
for "C" and "CRIT". Lab changed their flag mapping in the upgrade on Thursday.

Nurse was reached by phone at 00:20 and the repeat draw was done, so no harm, but please look at the
rule before tonight. I'll file the safety report.

Kai Nakamoto
Clinical Applications Analyst - Lab/Interfaces
"""))
# ======================= phi-names =======================
add('phi', 'phi-names', 'Okafor', mk(
 '"Petrakis, Jen" <jpetrakis@riverbendhs.org>', '"Lowell, Mark" <mlowell@riverbendhs.org>',
 'RE: Okafor, Chidi - small balance write-off', 'Tue, 10 Feb 2026 13:55:02 -0600',
 """Mark, I'm fine with it. It's under the $25 threshold and it's been to three statements already.
Just note the account that you're doing it per the small balance policy and not as charity, audit
flagged us last year for mixing those.

Jen

> From: Lowell, Mark
> Sent: Tuesday, February 10, 2026 1:41 PM
> Subject: Okafor, Chidi - small balance write-off
>
> Jen - $18.40 left after secondary from the November lab draw. OK to adjust off?
"""))

add('phi', 'phi-names', 'Brannigan', mk(
 'Tricia Holloway <tholloway@metroems-billing.com>', 'Lou Serrano <lserrano@metroems-billing.com>',
 'the Brannigan daughter again', 'Thu, 07 May 2026 10:14:50 -0400',
 """Lou,

Mrs. Brannigan's daughter Kelly called AGAIN about her mother's ambulance bill from the March 12
transport to Mercy. Kelly says Medicare should have paid it all and she's going to call her
congressman. I explained the 20% coinsurance but she wants a supervisor, so that's you. She said
she's home after 4. I put her number in the notes.

Also she asked whether the second trip (the one back to the nursing home on the 15th) was billed
at all, because she never saw anything. Can you check before you call her?

T.
"""))

add('phi', 'phi-names', 'Kowalczyk', mk(
 'Deb Farris <dfarris@stmichaels-ed.org>', 'Case Management <cm@stmichaels-ed.org>',
 'Big Eddie is back', 'Sun, 15 Mar 2026 22:37:18 -0500',
 """FYI, Big Eddie (Edward Kowalczyk) came in by squad again tonight, that's 4 visits since the 1st.
Registration re-used his old guarantor info which has the wrong address, so statements are going
back again. He says he's staying at the Lutheran shelter on 5th now. Can someone from CM catch him
before discharge tomorrow morning and also get registration to fix the address?

Deb, ED Registration Lead, nights
"""))

add('phi', 'phi-names', 'Abernathy', mk(
 'Sarah Whitcomb <swhitcomb@oakhillortho.com>', 'Maria Estevez <mestevez@lakeviewsurgerycenter.com>',
 'op report for Frank', 'Mon, 27 Apr 2026 15:03:33 -0400',
 cc='Dr. Stephen Lin <slin@oakhillortho.com>',
 body="""Hi Maria,

Dr. Lin asked me to send you Frank Abernathy's op report and the anesthesia record from last
Tuesday since you're doing the facility claim. I uploaded both to the shared folder under
ABERNATHY_F_0421. Let me know if your coder needs the implant sheet too.

Dr. Lin also mentioned Frank's post-op visit got moved to 5/4, in case the global period matters
for anything on your side.

Thanks!
Sarah Whitcomb
Surgical Scheduler, Oak Hill Orthopedics
"""))

add('phi', 'phi-names', 'Gomez', mk(
 '"Hwang, Daniel" <dhwang@coastalinfusion.com>', '"AR Follow-up" <arfollowup@coastalinfusion.com>',
 'Leticia Gomez\'s claims keep bouncing', 'Wed, 02 Sep 2026 09:27:11 -0700',
 """Hey team,

Leticia Gomez's infusion claims keep bouncing off the clearinghouse edit for missing NDC. The
pharmacy is sending the J-code with units but the NDC field is blank on 3 of the last 4 visits
(8/5, 8/12, 8/26). I fixed 8/19 by hand. Is this a charge master thing or is it the pump
documentation? Her next chair appointment is Wednesday and I'd rather not fix these one by one
forever.

Dan
"""))

add('phi', 'phi-names', 'Tremblay', mk(
 'MPI Team <mpi@northernlakeshealth.ca>', '"Gauthier, Sylvie" <sgauthier@northernlakeshealth.ca>',
 'Possible duplicate: Tremblay', 'Fri, 23 Oct 2026 11:02:45 -0400',
 """Sylvie,

Potential duplicate came up on the weekly report:

  TREMBLAY, JON PAUL     b. 1979-06-02    registered 2026-10-21 (walk-in clinic)
  TREMBLAY, JOHN-PAUL    b. 1979-06-02    existing, last visit 2026-02-03 (cardiology)

Same address on Rue Laval, different phone. Before we merge can you check with the walk-in clinic
that it's the same man? If we merge and it's the father/son thing again like last month it's a
pain to unmerge. The walk-in chart has an ECG ordered on it.

Thanks - MPI
"""))

add('phi', 'phi-names', 'Finch', mk(
 'Patient Relations <patientrelations@grandviewmedgroup.com>', '"Rowe, Alice MD" <arowe@grandviewmedgroup.com>',
 'Complaint follow-up', 'Tue, 11 Aug 2026 16:20:00 -0500',
 cc='"Nguyen, Tam" <tnguyen@grandviewmedgroup.com>',
 body="""Dr. Rowe,

Mr. Harold Finch wrote in about his visit with you on 7/28. He isn't unhappy with the care, his
complaint is that he was charged a specialist copay ($60) when he thinks it should have been the
$25 PCP copay because you "are his regular doctor." Tam in billing looked and your taxonomy on his
plan is listed as cardiology, which is why. We're going to send him a letter explaining, but
wanted you to know in case he brings it up at his September appointment.

No action needed from you.

Renee Castillo
Patient Relations Coordinator
"""))
# ======================= phi-self =======================
add('phi', 'phi-self', 'Harlow', mk(
 'MyChart Messaging <noreply@mychart.summitvalleyhealth.org>', 'Billing Customer Service <pbo-inbox@summitvalleyhealth.org>',
 'New billing message from Janine Harlow', 'Mon, 12 Jan 2026 20:44:09 -0500',
 """Message from patient: Janine Harlow (Guarantor #3019944)
Regarding: Statement dated 12/28/2025

I got a bill for $312.16 for "LAB - OUTREACH" on 11/14. I had my bloodwork done at your lab on
Elm St because my doctor told me it was in network. My insurance EOB says the lab was billed as
out of network. Was it sent under the wrong tax ID? I'm not paying this until someone explains it.
I'd also like to know why there are two separate charges for the same blood draw.

Please respond through the portal, I don't pick up unknown numbers.

---
This message was sent via MyChart. Do not reply to this e-mail.
"""))

add('phi', 'phi-self', 'Ostrowski', mk(
 'Mike Ostrowski <mike.ostrowski71@gmail.com>', 'medicalrecords@lakeregionhospital.org',
 'records for my dad', 'Sat, 28 Feb 2026 09:15:37 -0600',
 """Hello,

I'm trying to get my father's records from his stay in January. His name is Walter Ostrowski, date
of birth 11/02/1944. He was admitted Jan 9 and went to rehab Jan 16. I have power of attorney for
health care, I can send a copy. The rehab place says they never got his discharge summary or the
list of his medicines, and they're asking me for it.

What form do I need to fill out, and can you just send it to the rehab directly? It's Maple Court
Care Center in Oshkosh.

Thank you
Mike Ostrowski
920-233-7184
"""))

add('phi', 'phi-self', 'Lindqvist', mk(
 'Erin Lindqvist <erin.lindqvist@outlook.com>', 'Specialty Pharmacy <specialtyrx@northwoodshealth.org>',
 'Still waiting on Humira approval??', 'Wed, 15 Apr 2026 07:52:00 -0500',
 """Hi,

This is Erin Lindqvist, DOB 5/30/1988. My Humira prior auth was supposed to be renewed by 4/1 and
I still haven't heard anything. I have one pen left. When I called the insurance they said they
never received the renewal from your office, and your office says it was sent 3/20. Can someone
please call them? I really can't go without it, last time I was out for two weeks it was awful.

My member ID is HMN8827104422 if that helps.

Erin
"""))

add('phi', 'phi-self', 'Adeyemi', mk(
 'Babatunde Adeyemi <tundeadeyemi@yahoo.com>', 'patientaccounts@riversidewomens.org',
 'Itemize bill request for my wife delivery', 'Thu, 04 Jun 2026 23:10:41 +0100',
 """Good day Sir/Madam,

Please I am writing on behalf of my wife Mrs. Funmilayo Adeyemi who deliver our baby in your
hospital on 2nd May 2026. We have receive a bill of $4,870.00 and we are not understanding why
because the insurance was active at that time. Kindly send to us the itemize bill with all the
codes so that we can forward to the insurance company. Also the baby bill is separate or together
with the mother? We are not seeing baby name on it.

Account number on the letter is 88021457.

Thank you and God bless.
Babatunde Adeyemi
+1 (346) 702-1183
"""))

add('phi', 'phi-self', 'Prescott', mk(
 'Dale Prescott <dprescott@prescottfarms.net>', 'Collections <collections@apexrecoverygroup.com>',
 'RE: FINAL NOTICE Account 4471-2290-01', 'Tue, 21 Jul 2026 18:02:26 -0500',
 """I have told you people three times. The ER visit on 1/4 was a car accident and it goes to my
auto insurance, State Farm claim 13-8L22-04Q. They paid Mercy Regional in April. I have the letter.
Stop calling my wife at work. If I get one more call I'm reporting you to the attorney general.

Dale Prescott

-----Original Message-----
From: Collections <collections@apexrecoverygroup.com>
Sent: Monday, July 20, 2026 9:00 AM
To: dprescott@prescottfarms.net
Subject: FINAL NOTICE Account 4471-2290-01

Dear DALE PRESCOTT,

This communication is from a debt collector. Our client, MERCY REGIONAL MEDICAL CENTER, has placed
your account with us for collection.

  Date of service: 01/04/2026
  Original creditor: Mercy Regional Medical Center - Emergency Dept
  Balance due: $2,416.80

Unless you dispute the validity of this debt within thirty days... 
"""))

add('phi', 'phi-self', 'Castellano', mk(
 'Gina Castellano <ginacast@icloud.com>', 'HIM Amendments <him.amendments@bayshorehealth.org>',
 'Request to correct my medical record', 'Fri, 09 Oct 2026 12:40:18 -0400',
 """To whom it may concern,

I recently looked at my after visit summary from my physical on September 22 with Dr. Ambrose and
it lists me as a "current every day smoker, 1 ppd". I have never smoked in my life. This is now
showing up in my life insurance application review and I was quoted a much higher rate.

I am asking that this be corrected. My name is Gina M. Castellano, DOB 02/17/1979. I can come in
and sign whatever form is required. Please also tell me if this went to anyone else, like my
insurance company.

Regards,
Gina Castellano
"""))

add('phi', 'phi-self', 'Reyes', mk(
 '"Jorge Reyes" <jreyes.home@gmail.com>', 'Endoscopy Scheduling <gi.scheduling@desertpalmsgi.com>',
 'insurance info for my colonoscopy on the 14th', 'Mon, 02 Nov 2026 08:03:55 -0700',
 """Hi, the lady on the phone asked me to email my new insurance since I changed jobs. My procedure
is Nov 14 at 9am with Dr. Kapoor.

Aetna Choice POS II
Member ID: W284117035
Group: 0881420
Subscriber: Jorge L Reyes  DOB 08/08/1969

I'm still doing the prep the day before right, the clear liquids? The instructions you mailed are
for the old date.

Thanks
Jorge
""", atts=[A('IMG_4471.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(range(256)) * 4 + b'\xff\xd9', 'image/jpeg')]))
# ======================= phi-lists =======================
add('phi', 'phi-lists', 'Varga', mk(
 '"Denials Worklist" <denials-mgmt@heartlandregional.org>', 'PFS Denials Team <pfs-denials@heartlandregional.org>',
 'Denials worklist - week of 3/16 - assignments', 'Mon, 16 Mar 2026 07:30:00 -0500',
 """Good morning. Assignments below, oldest first. Timely filing dates are in the last column,
please work anything under 30 days first.

Patient                 Acct       DOS       Payer        Billed     CARC   Owner   TF date
----------------------  ---------  --------  -----------  ---------  -----  ------  --------
Varga, Istvan           H3019921   01/08/26  Medicare     14,220.00  CO-50  Lisa    03/31/26
Pemberton, Alice R      H3020477   01/13/26  UHC MA        2,315.00  CO-16  Raj     04/12/26
Mbeki, Thandiwe         H3021803   01/22/26  Humana       38,902.50  CO-4   Lisa    04/21/26
Salgado, Rafael         H3022115   01/29/26  BCBS IL         890.00  CO-97  Aimee   07/28/26
Dunleavy, Patrick J     H3022560   02/02/26  Cigna         6,480.00  CO-197 Raj     05/03/26
Huang, Mei-Lin          H3023398   02/09/26  Medicaid IL     412.75  CO-18  Aimee   02/09/27

Lisa - Varga is the big one, CO-50 on the inpatient stay, medical necessity. Physician advisor
already reviewed and thinks we have a good appeal. Letter template is in the share.

Questions to Rhonda.
"""))

add('phi', 'phi-lists', 'Nakashima', mk(
 'Becca Thorn <bthorn@alpinehealth.org>', 'ROI Team <roi-team@alpinehealth.org>',
 'pending ROI - who has these?', 'Thu, 30 Apr 2026 14:22:19 -0600',
 """Hi all, these are still open in the queue past 20 days and I can't tell who picked them up:

 - Kenji Nakashima - subpoena, Garfield County, records 2019-present, due 5/4
 - Rebecca Stoltz - patient request, imaging CD + radiology reports from 2/2026
 - Amos Whitehorse - SSA disability (DDS) request, all visits 2024-2026
 - Lorraine Fitch (deceased) - request from daughter as executor, need letters testamentary before release
 - "Bobby" Dean Castile - Progressive claims adjuster, auto accident ED visit 3/11, auth looks unsigned

Whoever has them please put your initials in the tracker. Nakashima is the urgent one.

Becca
"""))

pa_csv = """request_id,patient_last,patient_first,dob,member_id,payer,cpt,description,ordering_provider,submitted,status
PA-88120,Lindgren,Oskar,1957-02-11,UHC921044871,UnitedHealthcare,70553,MRI brain w/wo,Patel S,2026-05-04,Pended
PA-88124,Acheampong,Grace,1990-09-30,AET77201944,Aetna,29881,Knee arthroscopy/meniscectomy,Ortiz R,2026-05-04,Approved
PA-88131,Whitaker,Denise,1968-12-01,BCX448801273,BCBS,78815,PET/CT skull base-thigh,Okonkwo E,2026-05-05,Peer-to-peer requested
PA-88133,Lindgren,Oskar,1957-02-11,UHC921044871,UnitedHealthcare,95816,EEG awake/drowsy,Patel S,2026-05-05,Submitted
PA-88140,Ferreira,Luiz,1975-07-19,HUM30981742,Humana,J0897,Denosumab 60mg,Chu A,2026-05-06,Denied
PA-88142,Sokolova,Anya,2011-03-23,MCD5510938,Medicaid MCO,97110,PT therex 12 visits,Ortiz R,2026-05-06,Approved
"""
add('phi', 'phi-lists', 'Lindgren', mk(
 'Marisol Ayala <mayala@tricountyspecialists.com>', 'Leah Brandt <lbrandt@tricountyspecialists.com>',
 'PA queue export for huddle', 'Wed, 06 May 2026 16:48:31 -0500',
 """Leah - export for tomorrow's huddle attached. Whitaker P2P is scheduled for Friday 10:15 with
Dr. Okonkwo, and Ferreira's denial needs an appeal or a switch, I left a message for Dr. Chu.

M
""", atts=[A('PA_queue_2026-05-06.csv', pa_csv, 'text/csv')]))

add('phi', 'phi-lists', 'Quintero', mk(
 '"Sheffield, Tom" <tsheffield@pinecrestmedical.org>', '"Refunds" <refunds@pinecrestmedical.org>',
 'credit balances over $500 - please review before Friday', 'Tue, 25 Aug 2026 10:11:07 -0400',
 """Pasting from the credit balance report, these are the ones over $500. Need to decide payer vs
patient refund before the quarterly report.

Acct	Guarantor	Patient	DOS	Credit	Source	Note
P0448127	Quintero, Ana	Quintero, Mateo	06/03/2026	-1,204.00	Patient	paid estimate for tonsillectomy, ins paid in full
P0451190	Brightwater, Lyle	Brightwater, Lyle	05/21/2026	-640.25	BCBS	duplicate payment on ER visit
P0452236	Ngata, Hemi	Ngata, Hemi	07/02/2026	-518.00	Medicare	overpayment, MSP - primary was employer plan
P0455301	Fairbanks, Joan	Fairbanks, Joan	04/15/2026	-2,980.40	Aetna	retro reprocess on knee MRI + PT

Mateo Quintero is a minor, refund goes to mom. Ngata needs to go back to Medicare via the
voluntary refund form, don't cut a check to him.

Tom
"""))

dnfb_html = """<html><head><style>
table{border-collapse:collapse;font-family:Segoe UI,Arial;font-size:10pt}
th{background:#003366;color:#fff;padding:4px 8px} td{border:1px solid #bbb;padding:3px 8px}
.r{text-align:right}.hold{background:#ffe5e5}
</style></head><body>
<h3>DNFB Report &ndash; Accounts &gt; 5 days since discharge</h3>
<p>Run date: 2026-06-22 06:00 | Facility: Cedar Point Hospital | Threshold: $10,000</p>
<table>
<tr><th>Account</th><th>Patient</th><th>Disch</th><th>Days</th><th>Charges</th><th>Hold reason</th><th>Owner</th></tr>
<tr><td>CP20618843</td><td>ELLISON, MARGARET</td><td>06/12/26</td><td class="r">10</td><td class="r">$86,214.50</td><td class="hold">Coding - pending physician query</td><td>Abbott</td></tr>
<tr><td>CP20619004</td><td>RUIZ, ALEJANDRO</td><td>06/13/26</td><td class="r">9</td><td class="r">$41,770.00</td><td>Missing op note</td><td>Chen</td></tr>
<tr><td>CP20619561</td><td>OYELARAN, KEMI</td><td>06/15/26</td><td class="r">7</td><td class="r">$22,305.12</td><td>Charge review - implant</td><td>Dorsey</td></tr>
<tr><td>CP20620078</td><td>HALVORSEN, GRETA</td><td>06/16/26</td><td class="r">6</td><td class="r">$13,880.00</td><td class="hold">Coding - pending physician query</td><td>Abbott</td></tr>
</table>
<p>Total in report: 4 accounts, $164,169.62</p>
</body></html>"""
add('phi', 'phi-lists', 'Ellison', mk(
 'Revenue Integrity Reports <ri-reports@cedarpointhospital.org>', 'rev-integrity-dl@cedarpointhospital.org',
 'DNFB > 5 days (06/22/2026)', 'Mon, 22 Jun 2026 06:00:12 -0500',
 body="The DNFB report for 06/22/2026 is attached. This is an automated message.",
 atts=[A('DNFB_20260622.html', dnfb_html, 'text/html')]))

adr = """ADR_ID,HICN_MBI,Beneficiary,DOB,Claim_ICN,Admit,Discharge,DRG,Paid,Records_Due
ADR-26-00911,1EG4TE5MK72,FOSTER HAROLD W,1941-04-09,22626012345670,2026-01-03,2026-01-08,470,14882.11,2026-04-20
ADR-26-00912,4RT9PQ2LL18,DIMAS CONSUELO,1949-10-21,22626018877201,2026-01-11,2026-01-14,291,9640.55,2026-04-20
ADR-26-00913,7KX3WN8HB40,ABERNETHY RUTH A,1938-06-30,22626022190044,2026-01-19,2026-01-27,871,21307.90,2026-04-20
ADR-26-00914,2MM6YH1CD55,OKONJO PETER,1952-12-12,22626031102389,2026-02-02,2026-02-04,392,5211.07,2026-04-20
"""
inner = zipb([('ADR_batch_0311_list.csv', adr), ('README.txt', 'Upload records to esMD by due date. Reference ADR_ID in the cover sheet.\n')])
outer = zipb([('ADR_Mar2026/ADR_batch_0311.zip', inner), ('ADR_Mar2026/cover_letter_template.txt', 'Re: Additional Documentation Request\n[Beneficiary]\n[Claim ICN]\n')])
add('phi', 'phi-lists', 'Foster', mk(
 'Audit Response <auditresponse@riverstonehealth.org>', '"Kimball, Deanna" <dkimball@riverstonehealth.org>',
 'FW: RAC ADR batch 3/11 - 4 records', 'Thu, 12 Mar 2026 09:18:45 -0500',
 """Deanna,

The RAC sent a new ADR batch, 4 inpatient claims, all due 4/20. Zip from the portal attached as I
got it (the list is in the inner zip). Can HIM pull the complete records and put them in the
audit folder by 4/6 so coding can do the pre-review?

Thanks,
Wes Pruitt
Audit & Appeals Coordinator
""", atts=[A('RAC_ADR_download_20260311.zip', outer, 'application/zip')]))

add('phi', 'phi-lists', 'Bergstrom', mk(
 'CDI Team <cdi@lakemontmc.org>', 'Hospitalist Group <hospitalists@lakemontmc.org>',
 'Open queries > 48 hrs', 'Fri, 11 Sep 2026 15:30:00 -0500',
 """Hi docs, reminder of open queries past 48 hours. Please answer in the query inbox, not by
secure chat please:

  1) Bergstrom, Nils  (rm 512)  -  Dr. Acosta  -  clarify type of anemia, H/H trend attached
  2) Odum, Lashonda   (rm 428)  -  Dr. Feld    -  clinical validation, sepsis on DC summary
  3) Petrosyan, Arman (rm 301)  -  Dr. Acosta  -  POA status, pressure injury sacrum
  4) Lyle, Beverly    (d/c 9/8) -  Dr. Mishra  -  severity of malnutrition per RD note

#4 is holding the bill.

Thank you!
CDI
"""))

add('phi', 'phi-lists', 'Moreau', mk(
 '"Quality & Patient Safety" <quality@stbrendanshospital.org>', '"Hassan, Omar" <ohassan@stbrendanshospital.org>',
 'RE: recall - cement lot 4402187', 'Tue, 17 Nov 2026 13:05:59 -0500',
 cc='"Materials Mgmt" <matmgmt@stbrendanshospital.org>',
 body="""Omar,

Cross-referenced the lot against the implant log. Three cases used it:

  * 10/06 - Claude Moreau, MRN 7720194, R total hip, Dr. Yoon
  * 10/14 - Susan Petty, MRN 7731862, L total knee, Dr. Yoon
  * 10/29 - Ignatius Oduya, MRN 7749005, revision L hip, Dr. Bakshi

Remaining units (2) pulled from OR core and quarantined. Surgeons notified. Risk wants to decide
on patient letters at Thursday's meeting.

Pam Ricci, RN
Quality & Patient Safety

> From: Hassan, Omar
> Sent: Tuesday, November 17, 2026 9:40 AM
> Subject: recall - cement lot 4402187
> Vendor recall notice came in this morning, lot 4402187 bone cement. Did we use any?
"""))
# ======================= phi-struct =======================
add('phi', 'phi-struct', 'Pruett', mk(
 'Ravi Subramanian <rsubramanian@ozarkhealth.org>', 'Cloverleaf Support <integration@ozarkhealth.org>',
 'RE: INC0448102 - A08 rejecting on PV1', 'Wed, 08 Apr 2026 10:33:21 -0500',
 """Here's the message from the error queue. PV1-3 has a location the downstream doesn't know
(MEDS2 was renamed to 2MS in the bed board project). Do we translate in the engine or wait for
the RIS team to update their table?

MSH|^~\\&|EPIC|OZARK|RIS|OZARK|20260408101204||ADT^A08|884410271|P|2.3
EVN|A08|20260408101204
PID|1||M00417729^^^OZK^MR||PRUETT^LAVERNE^J||19560923|F|||1420 CANTRELL RD^^CONWAY^AR^72034||(501)327-4418|||M||A00917734122
PV1|1|I|MEDS2^2214^A^OZK||||1881700342^GARZA^MIGUEL^^^MD|||MED||||1|||1881700342^GARZA^MIGUEL|IN||BCBS|||||||||||||||||||OZK||ADM|||20260406183000
IN1|1|BCBSAR|0042|ARKANSAS BLUE CROSS||||||||||||PRUETT^LAVERNE^J|SELF|19560923

Error: RIS-ADT-114 Unknown assigned patient location "MEDS2^2214^A"

Ravi

> -----Original Message-----
> From: Cloverleaf Support
> Sent: Wednesday, April 8, 2026 10:15 AM
> Subject: INC0448102 - A08 rejecting on PV1
> Can you paste the raw message? The screenshot cuts off at PV1-8.
"""))

x837 = ("ISA*00*          *00*          *ZZ*GRNVLPED01     *ZZ*AVAILITY       *260522*1401*^*00501*000004471*0*P*:~"
"GS*HC*GRNVLPED01*AVAILITY*20260522*1401*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
"BHT*0019*00*4471001*20260522*1401*CH~NM1*41*2*GREENVILLE PEDIATRICS*****46*GRNVLPED01~PER*IC*BILLING*TE*8642350190~"
"NM1*40*2*AVAILITY*****46*030240928~HL*1**20*1~NM1*85*2*GREENVILLE PEDIATRICS PA*****XX*1538291047~"
"N3*200 PELHAM RD~N4*GREENVILLE*SC*29615~REF*EI*571024889~HL*2*1*22*0~SBR*P*18*******MC~"
"NM1*IL*1*BOATENG*AKOSUA****MI*SCM00418829~N3*14 OAKVIEW CT~N4*GREENVILLE*SC*29607~DMG*D8*20190714*F~"
"NM1*PR*2*SC MEDICAID*****PI*SCMCD~CLM*GPA77120*185***11:B:1*Y*A*Y*Y~HI*ABK:Z00129~"
"LX*1~SV1*HC:99393*140*UN*1***1~DTP*472*D8*20260519~LX*2~SV1*HC:90460*45*UN*1***1~DTP*472*D8*20260519~"
"SE*24*0001~GE*1*4471~IEA*1*000004471~")
x999 = "ST*999*0001*005010X231A1~AK1*HC*4471*005010X222A1~AK2*837*0001*005010X222A1~IK3*HI*14**8~IK4*1*1271*7*Z00129~IK5*R*5~AK9*R*1*1*0~SE*8*0001~"
add('phi', 'phi-struct', 'Boateng', mk(
 'EDI Support <edisupport@greenvillepeds.com>', 'Availity Client Services <support@availity-clientservices.com>',
 '999 reject on batch 4471 - diagnosis code?', 'Fri, 22 May 2026 15:27:04 -0400',
 """Hello,

Our batch 4471 came back with a 999 R. It's a single claim for a well child visit on 5/19. The
IK4 points at HI01 but Z00.129 is valid for that DOS as far as I know. Is the problem that our PM
system is sending the qualifier ABK instead of ABK with a decimal? I attached the 837 file and the
999 we got back. Patient is a Medicaid kid, we'd like to get it out today.

Thanks,
Shawna Greer
Billing Manager, Greenville Pediatrics
""", atts=[A('GRNVL_4471.x12', x837, 'application/octet-stream'), A('999_4471.txt', x999)]))

add('phi', 'phi-struct', 'Castaneda', mk(
 'Cash Posting <cashposting@sunbeltortho.com>', '"Ibarra, Lucia" <libarra@sunbeltortho.com>',
 'this 835 is posting wrong - see CLP', 'Thu, 01 Oct 2026 11:44:52 -0500',
 """Lucia, the auto-post put the whole CO-45 as patient responsibility on this one. Raw segments
below, look at the CAS, it's PR-1 for 250 and CO-45 for the rest but our system took both as PR.

CLP*SOA2209115*1*1450*612.38*250*12*9426101837401*11*1~
NM1*QC*1*CASTANEDA*ROBERTO*M***MI*XGU881044723~
NM1*82*1*PHAM*VINH****XX*1306859741~
DTM*232*20260909~
SVC*HC:29881:RT*1450*862.38**1~
DTM*472*20260909~
CAS*PR*1*250~
CAS*CO*45*587.62~
AMT*B6*862.38~

Statement already dropped for $837.62, needs to be $250. Can you reverse and re-post before the
next cycle? I'll call Mr. Castaneda if he calls in.

- Ken
"""))

r271 = """ST*271*0001*005010X279A1~
BHT*0022*11*EL20260112093*20260112*0930~
HL*1**20*1~NM1*PR*2*MOLINA HEALTHCARE OF WA*****PI*38336~
HL*2*1*21*1~NM1*1P*2*NORTH SOUND FAMILY MEDICINE*****XX*1952417730~
HL*3*2*22*0~TRN*2*EL20260112093*9NSFMCLRH~
NM1*IL*1*TRAN*BAO*N***MI*104477219WA~
N3*8820 EVERGREEN WAY APT 12~N4*EVERETT*WA*98204~DMG*D8*19830416*M~
EB*1*IND*30*HM*MOLINA APPLE HEALTH IMC~
DTP*346*D8*20260101~
EB*B*IND*98*HM**27*0~
EB*A*IND*AL*HM**27**0~
MSG*PCP ASSIGNED: NORTH SOUND FAMILY MEDICINE~
SE*15*0001~"""
add('phi', 'phi-struct', 'Tran', mk(
 'Front Office <frontoffice@northsoundfm.org>', 'Clearinghouse Help <help@trizettoprovider.example.com>',
 'eligibility response looks cut off', 'Mon, 12 Jan 2026 09:48:30 -0800',
 """Hi, we ran eligibility this morning for a patient coming in at 10:40 for a new patient physical
and the response in our screen only shows "active" with no copay info. Raw 271 attached. Is Molina
just not returning the copay or is it getting dropped? We have 6 more Molina patients this week.

Thanks
Ashley, front office
""", atts=[A('271_EL20260112093.txt', r271)]))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "pt-60021947",
      "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.88.2.7.5.737384.14", "value": "60021947"}],
      "name": [{"family": "Halvorsen-Ito", "given": ["Maren"]}],
      "gender": "female",
      "birthDate": "1992-01-27",
      "telecom": [{"system": "phone", "value": "503-861-2207"}]
    }},
    {"resource": {
      "resourceType": "Observation",
      "id": "obs-88120041",
      "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
      "subject": {"reference": "Patient/pt-60021947"},
      "effectiveDateTime": "2026-07-30T08:14:00-07:00",
      "valueQuantity": {"value": 6.9, "unit": "%"}
    }},
    {"resource": {
      "resourceType": "Observation",
      "id": "obs-88120042",
      "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "2093-3", "display": "Cholesterol [Mass/volume] in Serum or Plasma"}]},
      "subject": {"reference": "Patient/pt-60021947"},
      "effectiveDateTime": "2026-07-30T08:14:00-07:00",
      "valueQuantity": {"value": 212, "unit": "mg/dL"}
    }}
  ]
}
"""
add('phi', 'phi-struct', 'Halvorsen-Ito', mk(
 'Priyanka Desai <pdesai@quadrantdata.io>', 'Integration QA <integration-qa@willamettevalleyclinic.org>',
 'HEDIS extract - this bundle fails validation', 'Tue, 04 Aug 2026 14:02:19 -0700',
 """Hi team,

One of the bundles in last night's extract failed our validator: the Observation valueQuantity
has no "system"/"code" for UCUM, which the measure engine requires. Attaching the offending bundle
exactly as received (from your prod feed, so please handle accordingly). Probably a mapping change
on your side since it was fine in June.

Best,
Priyanka Desai
Implementation Engineer, Quadrant Data
""", atts=[A('bundle_pt-60021947.json', fhir, 'application/json')]))

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20260311154500-0500"/>
  <recordTarget><patientRole>
    <id extension="334019822" root="2.16.840.1.113883.3.1088"/>
    <addr><streetAddressLine>77 Birchwood Ln</streetAddressLine><city>Dedham</city><state>MA</state><postalCode>02026</postalCode></addr>
    <patient><name><given>Cormac</given><family>Devlin</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19470805"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Medications</title>
      <text><list><item>apixaban 5 mg tablet, 1 tab twice daily</item><item>metoprolol succinate 50 mg, daily</item></list></text>
    </section></component>
    <component><section><title>Procedures</title>
      <text>Transcatheter aortic valve replacement 02/24/2026, Dr. R. Fitzgerald</text>
    </section></component>
"""
add('phi', 'phi-struct', 'Devlin', mk(
 '"Oyelowo, Femi" <foyelowo@charlesriverhie.org>', '"HIM Interfaces" <him-interfaces@norfolkcardio.com>',
 'CCD from Norfolk Cardio truncated after Procedures', 'Wed, 11 Mar 2026 16:30:05 -0400',
 """Hi,

The HIE is receiving your CCDs cut off mid-document since yesterday's release, no structuredBody
close tag, so the consumer side rejects them. Sample pasted below (first of ~40 today). Can you
check the outbound size limit on your side?

----- begin excerpt -----
""" + ccd + """----- end (document ends here) -----

Femi Oyelowo
Integration Analyst, Charles River HIE
"""))

laberr = """INTERFACE ERROR REPORT - LIS -> EHR RESULTS (ORU)   run 2026-02-19 05:00
===========================================================================
Errors in last 24h: 3

[1] 2026-02-18 14:22:07  MSGID LAB26049-33821   ERR: Order not found (ORC-2)
    PID: 100442871  KOVAC, DRAGAN  DOB 1966-11-03
    OBR: 80053 COMPREHENSIVE METABOLIC PANEL   Placer# (blank)  Filler# F2649118
    Action: held in queue

[2] 2026-02-18 19:40:51  MSGID LAB26049-34190   ERR: Patient/Order mismatch
    PID: 100451130  ASANTE, YAW  DOB 1988-02-14
    OBR: 85025 CBC W/ DIFF   Placer# 77012554 (belongs to MRN 100451103)
    Action: held in queue

[3] 2026-02-19 02:11:33  MSGID LAB26049-34502   ERR: Unknown test code
    PID: 100398822  ST. GERMAIN, ODILE  DOB 1951-07-29
    OBR: TSHR  TSH REFLEX FT4   (code not in build)
    Action: held in queue
"""
add('phi', 'phi-struct', 'Kovac', mk(
 'LIS Interface Monitor <lis-monitor@easternshorehealth.org>', 'lab-is-team@easternshorehealth.org',
 '[LIS] Interface error report 2026-02-19', 'Thu, 19 Feb 2026 05:00:03 -0500',
 laberr + "\nThis report is generated automatically. Reply to lab-is-team@ to assign.\n", enc='7bit'))

fax = """==============================================================
            FACSIMILE TRANSMITTAL - CONFIDENTIAL
==============================================================
TO:    Utilization Management - CareFirst          FAX: 1-877-218-4490
FROM:  Chesapeake Pain & Spine, Attn: Ebony Waller   FAX: 410-296-7714
DATE:  07/08/2026        PAGES (incl. cover): 9

RE:    PRIOR AUTHORIZATION REQUEST - URGENT
       Patient: HOLLOWAY, DESMOND R     DOB: 12/19/1972
       Member ID: CFA 611220948          Group: 14422
       Procedure: 64483 x2, 64484 - transforaminal epidural, L4-5/L5-S1
       Scheduled: 07/15/2026, Chesapeake ASC

Enclosed: order, last 3 office notes, MRI report 05/2026, PT summary

The information contained in this facsimile is confidential and intended only for the
recipient named above. If you have received this in error, please call 410-296-7700.
==============================================================
"""
add('phi', 'phi-struct', 'Holloway', mk(
 'RightFax Server <rightfax@chesapeakepain.com>', 'Ebony Waller <ewaller@chesapeakepain.com>',
 'Fax delivery FAILED: 18772184490 (9 pages)', 'Wed, 08 Jul 2026 11:16:44 -0400',
 """Your fax to 18772184490 could not be delivered.

Status: Failed - No answer after 3 attempts
Pages: 9
Submitted: 07/08/2026 10:51 AM

The cover page is attached for reference.
""", atts=[A('cover_page.txt', fax, 'text/plain', 'us-ascii', '7bit')]))
# ======================= phi-ids =======================
add('phi', 'phi-ids', '', mk(
 'Lorena Vidal <lvidal@pinewoodhealth.org>', 'HIM Data Integrity <him-di@pinewoodhealth.org>',
 'merge request', 'Mon, 08 Jun 2026 07:41:10 -0500',
 """MRN 00482913 and 00482977 - same DOB (04/30/1985), same SSN last 4 (7716). Both have ED visits
on 6/1, one at 02:14 and one at 02:50, looks like registration made a new one when the ambulance
tablet came in. Please merge into 00482913. Labs and the CT are on the 977 chart.

Lorena
"""))

add('phi', 'phi-ids', '', mk(
 'AR Specialist <rtoomey@brightlinebilling.com>', 'Coding <coding@brightlinebilling.com>',
 'corrected claim needed', 'Tue, 21 Apr 2026 13:12:38 -0400',
 """Member ID XKJ884412907
Claim 2026041700231, DOS 4/11/26
Denied for NCCI bundling 97140 with 97530. Therapist documented separate 15 min blocks. Can
someone add mod 59 and send corrected (freq 7)? Original ICN above.

thx - Rob
"""))

add('phi', 'phi-ids', '', mk(
 '"Self-Pay Team" <selfpay@grandlakesmed.org>', '"Financial Counseling" <fincounsel@grandlakesmed.org>',
 'acct 7719034', 'Wed, 17 Jun 2026 15:55:22 -0500',
 """Acct 7719034 / guarantor DOB 09/22/1958 - balance $1,140 for the 12 PT visits Jan-Mar. Called in
asking about charity care, says income dropped. Can you send the FA application to the address on
file? Hold from collections 60 days pls.
"""))

add('phi', 'phi-ids', '', mk(
 'Harold Benn <hbenn@statewidepayerrecovery.com>', 'Overpayments <overpayments@evergreenclinic.net>',
 'Overpayment request - ref OPR-2026-55107', 'Thu, 03 Sep 2026 10:00:00 -0400',
 """Evergreen Clinic Billing,

Our review identified an overpayment on the claim below. Please remit or dispute within 45 days.

  Subscriber SSN:   xxx-xx-2290
  Member ID:        EVH0072219-02
  Date of birth:    1977-03-15
  Claim number:     5526071130094
  DOS:              07/06/2026
  Service:          99214 + 93000
  Amount paid:      $187.44
  Overpayment:      $187.44 (member terminated 06/30/2026)

Harold Benn
Recovery Analyst
"""))

add('phi', 'phi-ids', '', mk(
 'Scheduling Lead <sched.lead@valleyimaging.com>', 'Auth Desk <authdesk@valleyimaging.com>',
 'CSN 3300192847 needs auth # before 7am', 'Thu, 26 Feb 2026 18:29:47 -0500',
 """CSN 3300192847 - MRI brain w/wo 2/27 0700, member UHC 9188204417. Order came in at 4pm, no auth
on the account. If we don't have it by 6:45 we reschedule. Portal case # if you start it tonight
please put in the account note.
"""))

add('phi', 'phi-ids', '', mk(
 '"Voicemail" <vm-noreply@lakesidefamilydoc.com>', 'billing-vm@lakesidefamilydoc.com',
 'Voicemail from (608) 271-4490 - 0:47', 'Mon, 30 Mar 2026 08:12:59 -0500',
 """You have a new voicemail.

From: (608) 271-4490
Duration: 0:47
Received: Mon 3/30/2026 8:12 AM

Transcription (beta):
"Hi, this is calling about account number 5 5 0 1 9, I got a statement for the blood test from
February, the one Dr. Hanley ordered, and it says insurance denied it. Can someone call me back at
this number. Thanks."
"""))

add('phi', 'phi-ids', '', mk(
 'Credentialing & Enrollment <enroll@heartlandfqhc.org>', '"Medicaid Billing" <mcaid@heartlandfqhc.org>',
 'FW: retro eligibility', 'Fri, 11 Dec 2026 11:26:14 -0600',
 """Fwd from the state portal:

Recipient ID 330918274  DOB 2017-08-04
Retro eligibility granted back to 09/01/2026. We have 3 dental visits (9/14, 10/2, 10/30) and the
sealants on 10/30 that were self-pay. Please rebill to Medicaid and refund the mom what she paid
($215).
"""))
# ======================= phi-lang =======================
add('phi', 'phi-lang', 'Villalobos', mk(
 'Marisela Villalobos <mari.villalobos77@hotmail.com>', 'Oficina de Facturación <facturacion@clinicadelvalle.org>',
 'Cobro duplicado - ultrasonido de mi hija', 'Tue, 10 Mar 2026 19:22:41 -0600',
 """Buenas tardes,

Les escribo porque me llegó un cobro de $285.00 por el ultrasonido que le hicieron a mi hija
Daniela Villalobos Ruiz el 14 de febrero, pero yo ya pagué ese mismo día en la recepción con mi
tarjeta. Tengo el recibo. Su fecha de nacimiento es 03/09/2012 y el número de cuenta que sale en
la carta es 40188273.

¿Me pueden decir si el seguro (Molina) ya pagó su parte? No quiero pagar dos veces.

Gracias,
Marisela Villalobos
915-637-2281
""", charset='windows-1252'))

add('phi', 'phi-lang', 'Nguyen', mk(
 'Pham Thi Lan <phamthilan.sj@gmail.com>', 'Medical Records <medrecords@santaclaravalleymc.org>',
 'Xin hồ sơ bệnh án của mẹ tôi / records request for my mother', 'Thu, 16 Apr 2026 21:05:33 -0700',
 """Kính gửi phòng hồ sơ bệnh án,

Tôi tên là Phạm Thị Lan, con gái của bà Nguyễn Thị Hoa (ngày sinh 12/05/1950). Mẹ tôi nằm viện
từ ngày 2 đến ngày 7 tháng 3 năm 2026 và được mổ thay khớp háng. Bác sĩ ở Việt Nam cần bản sao
giấy xuất viện và kết quả chụp X-quang để tiếp tục điều trị khi mẹ tôi về nước.

Xin cho tôi biết cần điền mẫu đơn nào. Mẹ tôi đã ký giấy ủy quyền cho tôi.

(Sorry my English is not good - I need my mother Nguyen Thi Hoa discharge paper and x-ray from
March 2-7. Please tell me what form.)

Cảm ơn,
Phạm Thị Lan
408-926-3350
""", enc='b64'))

add('phi', 'phi-lang', '周', mk(
 'Zhou Wei <zhouwei1968@163.com>', 'Interpreter Services <interpreters@eastbaymedical.org>',
 '预约翻译 - 我父亲 周建国 4月23日 心脏科', 'Sun, 19 Apr 2026 10:48:02 +0800',
 """您好，

我父亲周建国（出生日期 1941年7月2日，病历号 EBM-2204917）4月23日上午10点在心脏科有预约，
要做心脏超声检查，然后见 Dr. Feldman。他只会说普通话，请帮忙安排一位普通话翻译。

另外，保险公司说这个检查需要事先批准（prior authorization），请问诊所已经申请了吗？

谢谢！
周伟（儿子）
电话：510-388-2716
""", enc='b64'))

add('phi', 'phi-lang', 'Joseph', mk(
 'Mirlande Joseph <mirlandejoseph@gmail.com>', 'Patient Access <patientaccess@northshorecommunityhc.org>',
 'Randevou ak rezilta laboratwa', 'Wed, 20 May 2026 08:30:19 -0400',
 """Bonjou,

Mwen se Mirlande Joseph, dat nesans mwen se 06/11/1983. Mwen te fè tès san nan klinik la 12 me a,
men mwen poko resevwa rezilta yo. Dokte a (Dr. Beaubrun) te di m l ap rele m nan yon semèn.

Epitou mwen bezwen chanje randevou mwen 28 me a paske mwen travay jou sa a. Èske m ka vini
1 jen pito? Mwen pa ka pale angle byen, tanpri rele m ak yon entèprèt kreyòl.

Mèsi anpil,
Mirlande
617-296-4408
"""))

add('phi', 'phi-lang', 'Carvalho', mk(
 '"Sousa, Fernanda" <fsousa@fallriverhealth.org>', '"Almeida, Ricardo" <ralmeida@fallriverhealth.org>',
 'RE: conta do Sr. Carvalho - MassHealth secondary', 'Mon, 13 Jul 2026 14:17:08 -0400',
 """Ricardo,

Falei com a filha do Sr. Antônio Carvalho hoje. Ela diz que ele tem MassHealth como secundário
desde janeiro, mas o nosso sistema só mostra o Medicare. Por isso a conta da cirurgia de catarata
(olho direito, 02/06) foi para ele como saldo de paciente, $1.308,40. Ela vai mandar a cópia do
cartão por fax amanhã.

Can you hold the account from the statement cycle until we rebill? Não quero que ele receba mais
uma carta, a família já está bem nervosa.

Obrigada,
Fernanda

-----Original Message-----
From: Almeida, Ricardo
Sent: Monday, July 13, 2026 11:02 AM
Subject: conta do Sr. Carvalho - MassHealth secondary

Fernanda, você pode ligar para a família? Eles falam português. Acct FRH-6620914.
""", charset='iso-8859-1'))

add('phi', 'phi-lang', 'Белов', mk(
 'Дмитрий Белов <d.belov.ny@mail.ru>', 'Prior Authorization <priorauth@brightonbeachmedical.com>',
 'Отказ страховой - МРТ для отца, Белов Аркадий', 'Fri, 30 Jan 2026 17:33:50 -0500',
 """Здравствуйте,

Пишу по поводу моего отца, Белова Аркадия Петровича, дата рождения 14.08.1949. Доктор Рабинович
назначил ему МРТ коленного сустава, но страховая компания (Fidelis) прислала письмо с отказом -
пишут, что нет документов о физиотерапии. Отец ходил на физиотерапию в вашем центре весь декабрь.

Можете ли вы отправить эти записи в страховую и подать апелляцию? Номер полиса: FID 771940228.

Спасибо,
Дмитрий Белов
718-646-3092
""", charset='koi8-r', enc='b64'))

add('phi', 'phi-lang', 'Dela Cruz', mk(
 'Jonalyn Mercado <jmercado@pacificcodingpartners.com>', 'Rhea Santos <rsantos@pacificcodingpartners.com>',
 're: DelaCruz chart', 'Wed, 28 Oct 2026 22:41:15 +0800',
 """Rhea, tapos ko na yung chart ni Dela Cruz, Rogelio (acct 91822047) pero may problema. Yung
ED physician nag-document ng laceration repair 4.5 cm sa forehead pero walang sinabi kung
simple or intermediate. Di ko ma-code ng 12013 vs 12053 ng walang query. Pa-hold muna natin,
nag-send na ako ng query sa client kanina.

Yung iba sa batch (11 charts) done na, naka-upload na sa SFTP. Sorry late, brownout kasi dito
kanina ng 2 hours haha.

Jona
"""))
# ======================= clean-staff =======================
add('clean', 'clean-staff', '', mk(
 '"Ochoa, Veronica" <vochoa@heartlandregional.org>', 'PFS Leadership <pfs-leads@heartlandregional.org>',
 'Denials huddle recap - Feb', 'Fri, 06 Mar 2026 16:02:11 -0600',
 body="""Recap from today. February initial denial rate 11.8% (Jan 12.4%). Top categories: auth
(31%), eligibility (22%), med necessity (14%). Auth denials still concentrated in outpatient
imaging. Action items: Raj to meet with scheduling re: 48-hr auth rule, Lisa to pull Humana
CO-4s by CPT. Next huddle 3/20.""",
 html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Recap from today's denials huddle.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e1f2"><th>Metric</th><th>Jan</th><th>Feb</th></tr>
<tr><td>Initial denial rate</td><td>12.4%</td><td>11.8%</td></tr>
<tr><td>Auth-related</td><td>33%</td><td>31%</td></tr>
<tr><td>Eligibility</td><td>19%</td><td>22%</td></tr>
<tr><td>Medical necessity</td><td>15%</td><td>14%</td></tr>
<tr><td>Overturned on appeal</td><td>58%</td><td>61%</td></tr>
</table>
<p>Auth denials still concentrated in outpatient imaging.</p>
<ul><li>Raj &ndash; meet with scheduling re: 48-hr auth rule</li><li>Lisa &ndash; pull Humana CO-4s by CPT</li></ul>
<p>Next huddle 3/20.<br>&mdash; Veronica Ochoa, Director, Patient Financial Services</p>
</body></html>"""))

add('clean', 'clean-staff', '', mk(
 'Becca Thorn <bthorn@alpinehealth.org>', 'ROI Team <roi-team@alpinehealth.org>',
 'Friday coverage', 'Wed, 13 May 2026 11:05:43 -0600',
 """Who can cover the ROI walk-up window Friday 12-4? Jess is at the AHIMA chapter meeting and I'm
out for my kid's graduation. If nobody I'll put the "back at 4" sign up and forward the phone to
the main HIM line. Coffee on me Monday for whoever takes it :)

Becca
"""))

add('clean', 'clean-staff', '', mk(
 '"Kessler, Brian" <bkessler@ozarkhealth.org>', '"Subramanian, Ravi" <rsubramanian@ozarkhealth.org>',
 'RE: RE: Sunday downtime - interface engine upgrade', 'Thu, 16 Apr 2026 09:20:33 -0500',
 cc='IS Change Advisory <cab@ozarkhealth.org>',
 body="""Works for me. I'll have the lab and rad queues paused at 01:45 and we'll replay after the
engine comes back. Downtime forms are already on the units per Carla.

Brian

From: Subramanian, Ravi
Sent: Wednesday, April 15, 2026 4:48 PM
To: Kessler, Brian
Cc: IS Change Advisory
Subject: RE: Sunday downtime - interface engine upgrade

Brian - CAB approved the window 0200-0500 Sunday 4/19. Vendor wants a 30 min buffer before we
stop the inbound threads. Can you own the queue pause? I'll handle the ADT threads and the
smoke tests (A04, A08, ORU, SIU, DFT).

From: Kessler, Brian
Sent: Wednesday, April 15, 2026 10:02 AM
Subject: Sunday downtime - interface engine upgrade

Are we still on for Sunday? I have 62 active threads on the prod box, want to make sure we have a
list of which ones get stopped vs. left running to queue.
"""))

hh = """unit,observations,compliant,rate
2 North,184,161,87.5%
3 South,212,199,93.9%
4 West,143,118,82.5%
ICU,301,289,96.0%
ED,266,207,77.8%
OR/PACU,97,92,94.8%
Total,1203,1066,88.6%
"""
add('clean', 'clean-staff', '', mk(
 'Infection Prevention <infectionprevention@stbrendanshospital.org>', 'Nurse Managers <nursemanagers@stbrendanshospital.org>',
 'Q3 hand hygiene observations', 'Mon, 05 Oct 2026 08:30:00 -0400',
 """Good morning,

Q3 hand hygiene compliance by unit is attached. Overall 88.6%, goal is 90%. ED dipped again, mostly
missed opportunities on exit from rooms during high census. We'll be doing just-in-time coaching
on 4 West and ED in October. Secret shoppers rotate next week.

Thanks for all you do,
Anjali Rao, MPH, CIC
Infection Preventionist
""", atts=[A('HH_Q3_2026.csv', hh, 'text/csv')]))

add('clean', 'clean-staff', '', mk(
 'Arnel Bautista <abautista@mercyridge.org>', 'OR Leadership <or-leaders@mercyridge.org>',
 'Backorder: 10 mL saline flush syringes', 'Tue, 27 Jan 2026 13:47:02 -0500',
 """Heads up - BD notified us the 10 mL prefilled saline flush is on allocation through at least
March, we're getting 70% of our usual. We have about 11 days on hand at current burn.

Substitution: Medefil 10 mL (item #448102) is in the system and approved by pharmacy. Par levels
on the Pyxis units will be adjusted tonight. Please don't hoard in the cores, it makes it worse
for everyone.

Arnel Bautista
Supply Chain Analyst
"""))

add('clean', 'clean-staff', '', mk(
 'Nadia Fenwick <nfenwick@cascadesurgical.com>', 'Coding Team <coding@cascadesurgical.com>',
 'backlog this week', 'Mon, 18 May 2026 08:12:55 -0700',
 """Morning all - we're at 214 unbilled surgical cases, 60 of them past 4 days. Ivan is out until
Thursday so I split his queue between Marta and Drew. Please prioritize anything with implants
since those hold the biggest dollars. I'll do the ortho and spine myself. If you hit a query that's
been sitting more than 2 days flag me and I'll walk over to the surgeon's office.

Thanks!
Nadia
"""))

add('clean', 'clean-staff', '', mk(
 'Medical Staff Credentialing <credentialing@grandviewmedgroup.com>', '"Nguyen, Tam" <tnguyen@grandviewmedgroup.com>',
 'Dr. Ferris enrollment status', 'Wed, 22 Jul 2026 10:41:09 -0500',
 """Tam,

Dr. Gwen Ferris (NPI 1093774120) - status of payer enrollment as of today:

  Medicare PECOS ........ approved, eff 07/01/2026
  Medicaid .............. submitted 6/10, pending
  BCBS .................. approved, eff 07/15/2026
  UHC ................... app returned - CAQH attestation expired, she re-attested 7/20
  Aetna ................. pending committee 8/4

Please don't schedule UHC or Aetna patients with her until we have effective dates. Her DEA
renewal is due 9/30; I'll remind her.

Cheryl Voss, CPCS
Credentialing Specialist
"""))
# ======================= clean-admin =======================
fee = """CPT,Modifier,Description,Current_Rate,Proposed_Rate_2027
99203,,Office/outpatient new low MDM,112.40,116.90
99204,,Office/outpatient new moderate MDM,168.75,175.50
99213,,Office/outpatient est low MDM,89.10,92.66
99214,,Office/outpatient est moderate MDM,126.30,131.35
93000,,ECG w/ interpretation,17.80,18.51
93306,,TTE complete w/ Doppler,212.00,220.48
93306,26,TTE complete - professional,64.90,67.50
"""
add('clean', 'clean-admin', '', mk(
 '"Provider Contracting" <contracting@summitmutual.com>', '"Hughes, Patrick" <phughes@harborviewcardio.com>',
 'Amendment 4 - proposed 2027 fee schedule', 'Tue, 01 Sep 2026 14:30:00 -0400',
 """Patrick,

As discussed, attached is the proposed 2027 professional fee schedule for Amendment 4 to your
Participating Provider Agreement (4% across E/M and cardiac diagnostics). Please review and return
comments by 9/30. Once agreed we'll route the amendment for signature through DocuSign.

Regards,
Lauren Whitley
Network Contracting Manager, Summit Mutual Health Plan
""", atts=[A('Harborview_2027_FeeSchedule_Proposed.csv', fee, 'text/csv', 'utf-8', 'qp')]))

add('clean', 'clean-admin', '', mk(
 'ERA Enrollment <era-enrollment@clearinghouse-notify.com>', 'edisupport@greenvillepeds.com',
 'Enrollment Complete: 835 ERA - SC Medicaid - Tax ID ***4889', 'Thu, 11 Jun 2026 02:14:37 +0000',
 """Your enrollment request has been processed.

Transaction:     835 Electronic Remittance Advice
Payer:           South Carolina Medicaid (SCMCD)
Provider:        GREENVILLE PEDIATRICS PA
NPI:             1538291047
Effective:       06/15/2026
Request ID:      ENR-2026-0611-77310

Remittances for check dates on or after the effective date will be delivered to your mailbox.
Paper remits will stop after 2 cycles. No action is required.
""", enc='7bit'))

add('clean', 'clean-admin', '', mk(
 'Accounts Receivable <ar@recordsbridge.com>', 'Accounts Payable <ap@alpinehealth.org>',
 'Invoice RB-2026-0419 - April ROI services', 'Fri, 01 May 2026 09:00:00 -0500',
 """Please find below the summary for April release-of-information services for Alpine Health.

  Requests logged ..................... 1,184
  Requests fulfilled .................. 1,102
  Of which electronic delivery ........ 877
  Pages produced ...................... 61,340
  Certification/notary fees ........... 38

Amount due: $9,412.00   Terms: Net 30   Remit to: RecordsBridge LLC, PO Box 22190, Tulsa OK 74121

A detailed invoice PDF is available in the client portal.
"""))

add('clean', 'clean-admin', '', mk(
 'Martin Greaves <mgreaves@halstedaudit.com>', '"Kimball, Deanna" <dkimball@riverstonehealth.org>',
 'FY2026 coding compliance review - engagement & timeline', 'Mon, 19 Jan 2026 10:15:27 -0600',
 """Deanna,

Thank you for the call. To confirm the scope: a probe sample of 120 inpatient encounters (MS-DRG
validation) and 80 outpatient surgery encounters from discharges 07/01/2025-12/31/2025, selected
randomly from the claims extract you'll provide. We'll send the sample list through your secure
file share by 2/6; please don't email it.

Fieldwork 2/16-3/13, draft report 4/3, exit conference week of 4/13. Engagement letter attached
for signature.

Best regards,
Martin Greaves, RHIA, CCS
Principal, Halsted Audit Partners
""", atts=[A('Engagement_Letter_Riverstone_FY26.txt', 'ENGAGEMENT LETTER\n\nHalsted Audit Partners ("Consultant") and Riverstone Health ("Client")...\nScope: coding compliance review as described.\nFees: $38,500 fixed, plus travel.\nSignature: ____________________\n')]))

add('clean', 'clean-admin', '', mk(
 '"Contracts Admin" <contracts@northbaymc.org>', '"Shred Solutions" <accounts@shredsolutions-nc.com>',
 'BAA renewal - signature needed', 'Wed, 25 Feb 2026 15:58:43 -0800',
 """Hi Tony,

Our Business Associate Agreement with you expires 3/31. Legal updated the template for the new
breach-notification timeline (now 10 business days to notify us). Please review the redline in
DocuSign and sign by 3/20 so there's no gap in service. The pickup schedule and bin count stay
the same (46 consoles, biweekly).

Thanks,
Imelda Park
Contracts Administrator, North Bay Medical Center
"""))

policy_html = """<html><body style="font-family:Arial;font-size:10pt">
<p><b>POLICY UPDATE &ndash; HIM-014 Amendment and Correction of the Health Record</b></p>
<p>Effective 11/01/2026 the following changes apply:</p>
<ol>
<li>Late entries must be labeled &ldquo;Late Entry&rdquo; with the current date/time; backdating is prohibited.</li>
<li>Patient amendment requests must be acted on within 60 days (one 30-day extension with written notice).</li>
<li>Misfiled documents are moved by HIM only; clinical staff should submit a correction ticket rather than deleting.</li>
<li>Copy/paste of another clinician&rsquo;s note requires attribution.</li>
</ol>
<p>Full policy on the intranet under Policies &gt; HIM. Questions: Dolores Avery, HIM Director, x4410.</p>
<p style="font-size:8pt;color:#777">You are receiving this because you are on the Clinical Documentation distribution list.</p>
</body></html>"""
add('clean', 'clean-admin', '', mk(
 'Policy Management <policies@bayshorehealth.org>', 'All Clinical Staff <allclinical@bayshorehealth.org>',
 'Policy update: HIM-014 Amendment and Correction of the Health Record', 'Tue, 20 Oct 2026 07:00:00 -0400',
 html=policy_html))

inner_quote = mk('"Zhang, Kevin" <kzhang@meditrack-systems.com>', '"Bautista, Arnel" <abautista@mercyridge.org>',
 'Quote Q-26-1187 - RFID cabinet expansion', 'Mon, 09 Nov 2026 12:00:00 -0500',
 """Arnel,

Per our walkthrough, quote for 4 additional RFID implant cabinets (cath lab x2, OR 7, IR):

  RFID cabinet, 2-door ............ 4 x $18,900 = $75,600
  Installation & network config ......................  $6,200
  Annual software subscription (per cabinet) ... 4 x $2,400 = $9,600
  Total year 1: $91,400

Quote valid 60 days. Lead time approx. 8 weeks.

Kevin Zhang
Account Executive, MediTrack Systems""", atts=[A('MT-RC200_spec_sheet.txt', 'MediTrack RC200 RFID Cabinet\nDimensions: 36in W x 24in D x 84in H\nPower: 120V 5A\nNetwork: 1GbE, 802.1X\nCapacity: up to 480 tagged items\nRead accuracy: 99.8%\n')])
add('clean', 'clean-admin', '', mk(
 'Arnel Bautista <abautista@mercyridge.org>', '"Sorensen, Kay" <ksorensen@mercyridge.org>',
 'FW: Quote Q-26-1187 - RFID cabinet expansion', 'Tue, 10 Nov 2026 08:44:16 -0500',
 """Kay - forwarding the MediTrack quote for the capital committee packet. It's about $6k higher than
the GPO price we saw in the spring so I've asked Vizient to check. Original attached.

Arnel
""", atts=[FWD(inner_quote)]))
# ======================= clean-lookalike =======================
add('clean', 'clean-lookalike', '', mk(
 'Maple Grove Animal Hospital <reminders@maplegroveanimal.com>', 'Karen Holmquist <kholmquist@gmail.com>',
 'Biscuit is due for vaccines!', 'Thu, 09 Apr 2026 10:00:00 -0500',
 body="""Hi Karen,

Our records show Biscuit is due for the following:
  - Rabies (3 yr) - due 04/22/2026
  - DHPP booster - due 04/22/2026
  - Heartworm test - due 05/01/2026

Patient: Biscuit (Canine, Golden Retriever, 6 yrs)   Patient ID: 20417
Book online or call 763-420-8812. Dr. Alvarez has openings Saturday mornings.

Maple Grove Animal Hospital""",
 html="""<html><body style="font-family:Verdana;font-size:10pt;color:#333">
<div style="background:#2e7d32;color:#fff;padding:10px"><b>Maple Grove Animal Hospital</b></div>
<p>Hi Karen,</p><p>Our records show <b>Biscuit</b> is due for the following:</p>
<table cellpadding="4"><tr><td>Rabies (3 yr)</td><td>04/22/2026</td></tr><tr><td>DHPP booster</td><td>04/22/2026</td></tr><tr><td>Heartworm test</td><td>05/01/2026</td></tr></table>
<p style="font-size:9pt">Patient: Biscuit (Canine, Golden Retriever, 6 yrs) &nbsp; Patient ID: 20417</p>
<p><a href="https://maplegroveanimal.com/book">Book online</a> or call 763-420-8812. Dr. Alvarez has openings Saturday mornings.</p>
</body></html>"""))

add('clean', 'clean-lookalike', '', mk(
 'Claims - Heartland Auto Mutual <claims@heartlandautomutual.com>', 'Todd Brenner <tbrenner82@yahoo.com>',
 'Claim 7731-AU-40228 - appraisal scheduled', 'Mon, 23 Feb 2026 11:22:05 -0600',
 """Dear Todd Brenner,

Thank you for reporting the loss on 02/20/2026 (rear-end collision, 2019 Honda CR-V, VIN ending
4471). No injuries were reported. An appraiser will inspect the vehicle on 02/25 between 9am and
12pm at Collision Pros, 1180 Grand Ave.

Your deductible is $500. Rental coverage: up to $40/day for 30 days.

Policy: HAM-2290417
Adjuster: Rachel Ueda, 800-555-0174 ext 3318
"""))

add('clean', 'clean-lookalike', '', mk(
 'IronWorks Fitness <members@ironworksfitness.com>', 'Sam Delacroix <sdelacroix@protonmail.com>',
 'Your membership freeze is confirmed', 'Sat, 10 Jan 2026 08:15:00 -0500',
 """Hi Sam,

Your membership (#IW-118204) has been frozen from 01/12/2026 to 03/12/2026 as requested. You won't
be billed during this period; a $10/month hold fee applies. Your personal training sessions (4
remaining) will be waiting for you when you're back.

Want to come back sooner? Just tap "Unfreeze" in the app.

Stay strong,
IronWorks Fitness - Westside
"""))

add('clean', 'clean-lookalike', '', mk(
 'ShopRite Pharmacy Rewards <rewards@email.pharmacyrewards-mail.com>', 'lmarchetti@comcast.net',
 'Linda, you have $10 in Wellness Bucks waiting', 'Wed, 18 Nov 2026 13:00:00 -0500',
 html="""<html><body style="font-family:Helvetica;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h2 style="color:#c8102e">Hi Linda!</h2>
<p>You've earned <b>$10 in Wellness Bucks</b>. Use them on anything in store &ndash; vitamins, cold &amp; flu, snacks, even holiday cards.</p>
<p>Flu shots are available with no appointment at all locations. Most insurance accepted.</p>
<p style="font-size:9pt;color:#666">Rewards card ending 8812. Wellness Bucks expire 12/31/2026. Pharmacy purchases may not be eligible in some states. <a href="#">Unsubscribe</a></p>
</td></tr></table></body></html>"""))

add('clean', 'clean-lookalike', '', mk(
 'TalentBridge Healthcare Staffing <jobs@talentbridgehc.com>', 'courtney.raines.pa@gmail.com',
 'Remote Prior Authorization Specialist - $26-29/hr', 'Tue, 14 Jul 2026 09:05:33 -0500',
 """Hi Courtney,

I came across your profile and think you'd be a great fit for a remote Prior Authorization
Specialist role with a large multi-specialty group (Epic, Availity, CoverMyMeds).

 - Submit and track auths for imaging, infusion and surgery
 - Handle peer-to-peer scheduling and appeals
 - 2+ years PA experience, CPT/HCPCS knowledge
 - M-F 8-4:30 CST, full benefits

Open to a quick call this week?

Derek Yount
Senior Recruiter, TalentBridge
"""))

add('clean', 'clean-lookalike', '', mk(
 'Twin Cities Tree Care <office@twincitiestreecare.com>', 'Paul Engstrom <pengstrom@me.com>',
 'Arborist report - 2210 Linden Ave', 'Fri, 26 Jun 2026 16:40:12 -0500',
 """Hi Paul,

Summary of Tuesday's visit. Diagnosis: the large red oak in the back yard has symptoms consistent
with oak wilt (leaf bronzing from the top down, fungal mats under loose bark). Lab sample sent to
the U of M Plant Disease Clinic; results in 7-10 days.

Recommended treatment: removal of the infected tree this winter (not during spring/summer), and
propiconazole injection for the two healthy oaks within 50 ft. Estimate attached to your account.

Follow-up appointment: we'll come back after the lab result.

Jenna Park, ISA Certified Arborist
"""))

vet_csv = """date,patient,species,service,qty,amount
2026-08-03,Mochi,Feline,Exam - sick visit,1,68.00
2026-08-03,Mochi,Feline,CBC + chemistry panel,1,142.50
2026-08-03,Mochi,Feline,Urinalysis,1,48.00
2026-08-03,Mochi,Feline,Buprenorphine 0.3mg/ml 1ml,1,22.75
,,,,Total,281.25
"""
add('clean', 'clean-lookalike', '', mk(
 'Nina Okafor <nina.okafor@gmail.com>', 'claims@trupanion-petclaims.example.com',
 'Claim submission - Mochi - 8/3 visit', 'Tue, 04 Aug 2026 21:17:45 -0400',
 """Hello,

Submitting a claim for Mochi (policy TP-5520914). She was seen on 8/3 at Riverside Cat Clinic for
vomiting and not eating. Bloodwork was normal, vet thinks she ate a hair tie. Itemized invoice
attached as CSV since the PDF upload keeps failing.

Thanks,
Nina Okafor
""", atts=[A('RiversideCatClinic_invoice_0803.csv', vet_csv, 'text/csv')]))
# ======================= clean-news =======================
add('clean', 'clean-news', '', mk(
 'RevCycle Weekly <newsletter@revcycleweekly.com>', 'vochoa@heartlandregional.org',
 'This week: prior auth API deadline, Medicare Advantage denials, and more', 'Thu, 08 Jan 2026 06:00:00 -0500',
 html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:20pt">RevCycle Weekly</h1>
<h2>Payers face January 2027 deadline for prior authorization APIs</h2>
<p>Under the CMS Interoperability and Prior Authorization final rule (CMS-0057-F), impacted payers must
implement a Prior Authorization API and send decisions within 72 hours for expedited and 7 calendar days
for standard requests. Providers report mixed readiness, with many still relying on fax and portals.</p>
<h2>Survey: MA plan denials up 9% year over year</h2>
<p>A survey of 212 hospitals found initial denials from Medicare Advantage plans rose for the third straight
year, driven by inpatient status downgrades and post-acute placement.</p>
<h2>Quick hits</h2>
<ul><li>OIG adds remote patient monitoring to its work plan</li><li>HFMA webinar: automating eligibility, Jan 22</li></ul>
<p style="font-size:8pt">You're receiving this because you subscribed at revcycleweekly.com. <a href="#">Unsubscribe</a></p>
</body></html>"""))

add('clean', 'clean-news', '', mk(
 'Provider Communications <providernews@summitmutual.com>', 'network-providers@lists.summitmutual.com',
 'Reimbursement policy update: Modifier 25 with minor procedures (eff. 10/1/2026)', 'Wed, 01 Jul 2026 12:00:00 -0400',
 """PROVIDER BULLETIN 2026-17

Effective for dates of service on or after October 1, 2026, Summit Mutual will reduce
reimbursement for an E/M service billed with modifier 25 on the same date as a minor procedure
(0 or 10 day global) by 50%, unless documentation supports a significant, separately identifiable
service. Records may be requested on a prepayment basis.

This policy does not apply to preventive visits (99381-99397) or to urgent care place of service 20.

Questions: contact your Provider Relations representative.
"""))

add('clean', 'clean-news', '', mk(
 'Infection Prevention <infectionprevention@stbrendanshospital.org>', 'All Staff <allstaff@stbrendanshospital.org>',
 'County measles update - please check your immunity status', 'Fri, 13 Mar 2026 14:00:00 -0400',
 """All,

The County Health Department reports 7 confirmed measles cases this month, all in unvaccinated
children in the northeast part of the county. No cases have been seen at St. Brendan's to date.

What we need from you:
  - If you don't have MMR documentation on file with Employee Health, stop by before 3/27.
  - Any patient with fever + rash: mask them and room them in an airborne isolation room
    immediately, then call IP at x2290.
  - Signage for ED and clinic entrances goes up Monday.

Anjali Rao, MPH, CIC
"""))

add('clean', 'clean-news', '', mk(
 'HIPAA Journal Digest <digest@compliance-digest.example.org>', 'dkimball@riverstonehealth.org',
 'OCR settles 4 more right-of-access cases', 'Tue, 22 Sep 2026 07:30:00 -0400',
 """OCR SETTLES FOUR RIGHT OF ACCESS CASES

The HHS Office for Civil Rights announced settlements with four covered entities over failures to
provide patients timely access to their records, bringing the initiative's total to 58 actions.
Penalties ranged from $25,000 to $240,000. In one case, a patient waited more than seven months
for a copy of records after multiple requests; in another, a practice charged a flat $150 fee
for electronic copies.

Takeaway: respond within 30 days, charge only a reasonable cost-based fee, and document every
extension.
"""))

add('clean', 'clean-news', '', mk(
 'Pharmacy Purchasing <rxpurchasing@mercyridge.org>', 'Radiology Leaders <rad-leaders@mercyridge.org>',
 'FW: ASHP shortage bulletin - iohexol', 'Mon, 18 May 2026 11:30:00 -0400',
 """FYI - see below. We have ~3 weeks of Omnipaque 350 at current use. Rad/pharmacy will meet
Wednesday about conservation (e.g., lower-volume protocols, prioritizing inpatient/ED).

---------- Forwarded message ----------
From: ASHP Drug Shortages <shortages@ashp-bulletins.example.org>
Date: Fri, May 15, 2026 at 4:02 PM
Subject: New shortage: Iohexol injection

Products affected: Iohexol injection 300 mg/mL and 350 mg/mL, various sizes.
Reason: manufacturing delay at a contract facility.
Estimated resupply: late July 2026.
Alternative agents: iopamidol, iodixanol (supply may be limited).
"""))

add('clean', 'clean-news', '', mk(
 'AHIMA Chapter News <news@ohima-chapter.example.org>', 'members@ohima-chapter.example.org',
 'FY2027 ICD-10-CM/PCS updates - what coders need to know', 'Wed, 02 Sep 2026 09:00:00 -0400',
 """Chapter members,

The FY2027 code set takes effect for discharges on and after October 1, 2026. Highlights:
  * New expansion codes in the hypertension and obesity chapters
  * Revised Excludes1 notes for several injury categories
  * New PCS codes for transcatheter tricuspid procedures
  * Updated guideline on sequencing of sepsis present on admission

Our fall webinar (Sept 24, 12-1 ET, 1 CEU) will walk through examples. Registration link on the
chapter site. Recording available to members afterwards.
"""))
# ======================= clean-training =======================
add('clean', 'clean-training', '', mk(
 'Interface Team <interfaces@pacificislesmed.org>', 'New Analysts <is-onboarding@pacificislesmed.org>',
 'HL7 101 - homework for Thursday', 'Mon, 02 Nov 2026 15:10:00 -1000',
 """Welcome again to the team! Before Thursday's session, take the sample message below and write down
which field holds (a) the patient class, (b) the attending, (c) the abnormal flag. This is our
standard TEST patient from the TST environment, not real data.

MSH|^~\\&|LAB|PIMC|EHR|PIMC|20261102090000||ORU^R01|TST000123|T|2.5.1
PID|1||TST9999901^^^PIMC^MR||ZZTEST^PATIENT^ALPHA||19000101|U
PV1|1|O|TESTCLINIC^^^PIMC||||999999^TEST^DOCTOR
OBR|1|TSTORD1|TSTFIL1|2823-3^Potassium^LN
OBX|1|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F

Answers are on slide 14, no peeking.

Kai
"""))

add('clean', 'clean-training', '', mk(
 'Coding Education <codingedu@lakemontmc.org>', 'Coding Staff <coders@lakemontmc.org>',
 'Monthly coding quiz - October', 'Thu, 01 Oct 2026 08:00:00 -0500',
 """October quiz (10 questions, due 10/15, 1 CEU). Scenarios are de-identified composites.

Q1. A 67-year-old female is admitted with shortness of breath. The physician documents acute on
chronic diastolic heart failure and hypertension. What is the principal diagnosis and what
combination code applies?

Q2. A 34-year-old male presents to the ED after a fall from a ladder at home. CT shows a closed
nondisplaced fracture of the right distal radius, treated with a splint. Assign ICD-10-CM codes
including external cause codes.

Q3. Outpatient: laparoscopic cholecystectomy converted to open. Which CPT code(s)?

Q4. A patient is seen for follow-up of a pressure injury documented by the wound nurse as stage 3.
Can the coder assign the stage from nursing documentation?

(Q5-Q10 in the attached form.)

Submit through the LMS. Answers and rationale posted 10/16.
"""))

add('clean', 'clean-training', '', mk(
 'HIM Education <himeducation@alpinehealth.org>', 'ROI Team <roi-team@alpinehealth.org>',
 'ROI scenarios for Wednesday in-service', 'Mon, 19 Oct 2026 12:00:00 -0600',
 """Team, please read before Wednesday. All names are fictional.

Scenario A: "Jane Doe" calls and says she is Jane's sister and needs a copy of the ER record for an
insurance claim. No authorization on file. What do you do?

Scenario B: An attorney faxes a subpoena signed only by the attorney (no court order, no patient
authorization) for records of "John Q. Sample". Can we release?

Scenario C: A parent requests the records of their 16-year-old, including a visit the minor
consented to on their own. Which parts can be released under state law?

Scenario D: A request arrives from Social Security's DDS. Authorization is the SSA-827 form signed
electronically. Valid?

Bring questions!
"""))

comp = """5.3 EXAMPLE: PROFESSIONAL CLAIM (837P) - TEST DATA ONLY

The following example is for illustration. All names and identifiers are fictitious.

NM1*IL*1*DOE*JOHN****MI*TEST00000001~
N3*123 MAIN ST~
N4*ANYTOWN*PA*17000~
DMG*D8*19700101*M~
NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999~
CLM*TESTCLAIM01*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z0000~
LX*1~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20260101~

Notes: Loop 2010BA NM109 must contain the member ID exactly as shown on the card, without
spaces or dashes. Loop 2300 HI01 must use qualifier ABK.
"""
add('clean', 'clean-training', '', mk(
 'EDI Enrollment <edi@summitmutual.com>', 'edi-trading-partners@lists.summitmutual.com',
 '837P companion guide v3.2 - published', 'Wed, 15 Apr 2026 10:00:00 -0400',
 """Trading partners,

Version 3.2 of the 837P companion guide is now available. Changes: section 5.3 example updated,
new edit for NM109 formatting (effective 7/1/2026). Excerpt of the example attached for
convenience; the full guide is on the EDI page.

Summit Mutual EDI Services
""", atts=[A('837P_CG_v3.2_sec5.3.txt', comp)]))

add('clean', 'clean-training', '', mk(
 'Information Security <infosec@riverstonehealth.org>', 'All Workforce <allworkforce@riverstonehealth.org>',
 'Phishing simulation results + reminder', 'Tue, 10 Mar 2026 13:00:00 -0500',
 """Last week's simulated phish ("Your EOB is ready - click to view") was clicked by 14% of
recipients, and 6% entered credentials. That's up from 9% in December.

Reminders:
  - Payers will never ask you to log in via an e-mail link to "verify" remittance details.
  - Hover over links. Check the sender domain.
  - Use the "Report Phish" button, don't forward suspicious mail to coworkers.

Anyone who entered credentials has been assigned a 10-minute refresher in the LMS, due 3/24.

Information Security
"""))

sandbox = """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 2,
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "synthetic-001",
      "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
      "name": [{"family": "Frami345", "given": ["Abe604"]}], "gender": "male", "birthDate": "1961-03-08"}},
    {"resource": {"resourceType": "Patient", "id": "synthetic-002",
      "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
      "name": [{"family": "Kuhlman484", "given": ["Marisa617"]}], "gender": "female", "birthDate": "1990-11-21"}}
  ]
}
"""
add('clean', 'clean-training', '', mk(
 'Priyanka Desai <pdesai@quadrantdata.io>', 'Integration QA <integration-qa@willamettevalleyclinic.org>',
 'Sandbox credentials + synthetic test patients', 'Mon, 27 Jul 2026 09:30:00 -0700',
 """Hi all,

Your sandbox tenant is live at https://sandbox.quadrantdata.io/fhir/wvc. Client ID to follow by
separate message. It's preloaded with ~500 Synthea-generated patients (all synthetic, tagged
HTEST). Example search result attached so you can see the shape. Please use only the sandbox for
mapping tests; don't load anything from prod.

Priyanka
""", atts=[A('sample_search_result.json', sandbox, 'application/json')]))

# ======================= write =======================
def strip_mv(m, top=True):
    if not top and 'MIME-Version' in m:
        del m['MIME-Version']
    if m.get_content_type() == 'message/rfc822':
        strip_mv(m.get_payload(0), True)
    elif m.is_multipart():
        for sub in m.get_payload():
            strip_mv(sub, False)

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, msg) in enumerate(MSGS, 1):
        fn = '%s-%03d.eml' % (kind, i)
        strip_mv(msg)
        for j, p in enumerate(msg.walk()):
            if p.get_content_maintype() == 'multipart':
                p.set_boundary('----=_Part_%03d_%02d_prose27b' % (i, j))
        assert kind.startswith(label)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages')

if __name__ == '__main__':
    main()
