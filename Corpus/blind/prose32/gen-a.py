# Blind eval set prose32a -- hand-written messages, stdlib only, deterministic.
import random, io, zipfile, csv, os, base64, quopri, sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.header import Header
random.seed(3211)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def text_part(body, sub='plain', cs='utf-8', cte=None):
    p = MIMEBase('text', sub, charset=cs)
    raw = body.encode(cs)
    if cte is None:
        try:
            body.encode('ascii'); cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode(cs) if cs.lower() in ('utf-8','us-ascii') else raw.decode('latin-1'))
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p

def att(name, data, mt='text/plain', cte=None, cs='utf-8'):
    return (name, data, mt, cte, cs)

def zipped(name, inner_name, data):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 18, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return (name, b.getvalue(), 'application/zip', 'base64', None)

def build(frm, to, subj, date, body=None, html=None, atts=(), cs='utf-8', cte=None,
          cc=None, mid=None, extra=(), inner=None):
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart('alternative'); del alt['MIME-Version']
        alt.attach(text_part(body, 'plain', cs, cte)); alt.attach(text_part(html, 'html', cs, cte))
        main = alt
    elif html is not None:
        main = text_part(html, 'html', cs, cte)
    else:
        main = text_part(body or '', 'plain', cs, cte)
    if atts or inner is not None:
        m = MIMEMultipart('mixed'); m.attach(main)
        for (name, data, mt, acte, acs) in atts:
            ma, sa = mt.split('/')
            if ma == 'text':
                p = text_part(data, sa, acs or 'utf-8', acte)
            else:
                p = MIMEBase(ma, sa)
                p.set_payload(data if isinstance(data, bytes) else data.encode('utf-8'))
                encoders.encode_base64(p)
            del p['MIME-Version']
            p.add_header('Content-Disposition', 'attachment', filename=name)
            m.attach(p)
        if inner is not None:
            im = MIMEMessage(inner); del im['MIME-Version']
            im.add_header('Content-Disposition', 'attachment', filename='forwarded.eml')
            m.attach(im)
    else:
        m = main
    def hdr(v):
        try:
            v.encode('ascii'); return v
        except UnicodeEncodeError:
            return Header(v, 'utf-8').encode()
    m['From'] = hdr(frm); m['To'] = hdr(to)
    if cc: m['Cc'] = hdr(cc)
    m['Subject'] = hdr(subj); m['Date'] = date
    m['Message-ID'] = mid or '<%08x.%d@%s>' % (random.getrandbits(32), len(M) + 1, frm.split('@')[-1].strip('>').strip())
    if m['MIME-Version'] is None:
        m['MIME-Version'] = '1.0'
    for k, v in extra:
        m[k] = v
    return m

def add(kind, patient, m):
    M.append((kind, patient, m))

RB = 'riverbendfhp.org'

# ---------------- phi-care ----------------
add('phi-care', 'Okafor', build(
    'Janelle Pruitt <jpruitt@riverbendfhp.org>', 'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>',
    'Okafor - repeat INR today', 'Mon, 16 Nov 2026 08:41:12 -0500', body="""Sam,

Mr. Okafor came in for his INR this morning, 3.9. He says he hasn't changed anything except
he started eating "a lot of grapefruit" because his daughter bought a case. I told him to hold
tonight's dose until he hears from you. Best number for him today is the cell, 614-882-3071.

Do you want him back Thursday for a recheck or Monday?

Janelle
Anticoag clinic, 2nd floor
"""))

add('phi-care', 'Lindqvist', build(
    'Front Desk - Pediatrics <peds.frontdesk@riverbendfhp.org>', 'Nurse Line <nurseline@riverbendfhp.org>',
    'RE: call back - Lindqvist twins shots', 'Mon, 16 Nov 2026 10:02:55 -0500', body="""Mom (Karin) called back. She wants both boys, Axel and Emil Lindqvist, to get the flu shot at the
same visit as their 4yr well check on the 24th. Can you add the vaccine to both appts? Emil
missed his MMR #2 at the old practice per her, she'll bring the paper card.

-Deb

-----Original Message-----
From: Nurse Line
Sent: Friday, November 13, 2026 4:48 PM
To: Front Desk - Pediatrics
Subject: call back - Lindqvist twins shots

Pls call mom back re: whether she wants flu vaccine same day as WCC. Thx
"""))

add('phi-care', 'Haddad', build(
    'Riverbend Imaging <imaging-scheduling@riverbendfhp.org>', 'Rania Haddad <rhaddad1971@gmail.com>',
    'Your appointment is confirmed', 'Tue, 17 Nov 2026 07:15:00 -0500',
    body="""Hello Rania Haddad,

Your screening mammogram is confirmed for Monday, November 23, 2026 at 9:40 AM at Riverbend
Imaging Suite, 2200 Alder Street, Suite 110.

Please do not wear deodorant, powder or lotion on the day of your exam. Bring your insurance card
and photo ID. If you had prior mammograms elsewhere, please ask that facility to send the images.

To reschedule call (614) 555-0182.

Riverbend Family Health Partners
""",
    html="""<html><head><style>body{font-family:Segoe UI,Arial;font-size:14px;color:#222}
.box{border:1px solid #c7d6e2;padding:12px;background:#f4f8fb}</style></head><body>
<p>Hello Rania Haddad,</p>
<div class="box"><b>Screening mammogram</b><br>Monday, November 23, 2026 &middot; 9:40 AM<br>
Riverbend Imaging Suite, 2200 Alder Street, Suite 110</div>
<p>Please do not wear deodorant, powder or lotion on the day of your exam. Bring your insurance card and photo ID.
If you had prior mammograms elsewhere, please ask that facility to send the images.</p>
<p>To reschedule call (614) 555-0182.</p>
<p style="font-size:11px;color:#777">Riverbend Family Health Partners &middot; This is an automated message, please do not reply.</p>
</body></html>"""))

add('phi-care', 'Brennan', build(
    'Dr. Alisha Menon <amenon@riverbendfhp.org>', 'Tomas Reyes <treyes@riverbendfhp.org>',
    'pls call pt', 'Tue, 17 Nov 2026 12:30:04 -0500', body="""Tomas can you call Patrick Brennan and let him know his colonoscopy biopsies came back fine, nothing to
do, repeat scope in 7 yrs. He asked to be called not portal'd. Thanks

Sent from my iPhone"""))

add('phi-care', 'Castellanos', build(
    'Mireille Dupont <mdupont@riverbendfhp.org>', 'Riverbend Pharmacy Desk <rxdesk@riverbendfhp.org>',
    'Refill - Castellanos, Beatriz (DOB 04/02/1958)', 'Wed, 18 Nov 2026 09:12:41 -0500', body="""Hi team,

Beatriz Castellanos is out of her lisinopril 20 mg and the pharmacy on Harlan Ave says they never
got the refill sent on the 9th. Dr. Ferrante approved 90 days x 1 refill. Can someone resend it to
the CVS at 1450 Harlan Ave? She's been without since Monday.

Thank you,
Mireille
Medical Assistant, Primary Care Pod B
"""))

add('phi-care', 'Whitcombe', build(
    'Grace Whitcombe <gwhitcombe@outlook.com>', 'Riverbend Billing <billing@riverbendfhp.org>',
    'RE: statement question', 'Thu, 19 Nov 2026 19:44:10 -0500', body="""Thanks Luis, that makes sense now. So the $142.60 is only for Dad's stress test on Oct 7 and the
echo is still pending with Medicare. I'll wait for the next statement.

Grace (for Harold Whitcombe)

On Thu, Nov 19, 2026 at 2:10 PM Luis Navarro <lnavarro@riverbendfhp.org> wrote:
> Hi Ms. Whitcombe,
>
> I looked at your father's account. The balance of $142.60 is the patient share for the
> treadmill stress test done 10/07/2026. The echocardiogram from 10/21 is still in process
> with Medicare and you should not pay anything for it yet.
>
> Luis Navarro
> Patient Accounts Representative
> Riverbend Family Health Partners
"""))

add('phi-care', 'Nakamura', build(
    'Riverbend Lab <lab-results@riverbendfhp.org>', 'Dr. Petra Kowalczyk <pkowalczyk@riverbendfhp.org>',
    'Critical value called - NAKAMURA, KENJI', 'Fri, 20 Nov 2026 06:02:33 -0500', body="""CRITICAL VALUE NOTIFICATION

Patient:   NAKAMURA, KENJI
Collected: 11/19/2026 16:20
Test:      Potassium, serum
Result:    6.4 mmol/L  (ref 3.5-5.1)  CRITICAL HIGH
Comment:   Specimen not hemolyzed. Repeat requested.

Called to: on-call provider Dr. K. Abiodun 11/20/2026 05:58, read back verified.
Called by: R. Salazar, MLS

This message was generated by the Riverbend laboratory information system.
"""))

add('phi-care', 'Ferreira', build(
    'Colleen Marsh <cmarsh@riverbendfhp.org>', 'Women\'s Health Team <womenshealth@riverbendfhp.org>',
    'Wed add-on', 'Fri, 20 Nov 2026 15:27:00 -0500', body="""Hey all - heads up for Wednesday before the holiday. Dr. Oyelaran added on Lucia Ferreira at 8:15 for
an IUD insertion, she's the one whose appt got bumped when the power went out last week. Please make
sure the Mirena is pulled and the room is stocked before she arrives. Her urine hCG needs to be
done on arrival.

Happy almost-Thanksgiving
Colleen
"""))

# ---------------- phi-names ----------------
add('phi-names', 'Delacroix', build(
    'Dr. Hannah Ostrowski <hostrowski@riverbendfhp.org>', 'BH Clinicians <bh-clinicians@riverbendfhp.org>',
    'coverage while I\'m out 11/23-11/27', 'Mon, 16 Nov 2026 17:05:22 -0500', body="""Hi all,

I'm out next week. A few of mine who may reach out:

Marcus Delacroix - has been struggling since the layoff, we increased sessions to weekly. If he
calls in crisis please see him same day, he knows Priya.
Mrs. Abernathy's daughter (Jo) may call asking about the family session, just tell her we'll
reschedule when I'm back.
The teen I see on Tuesdays, Ellie Sorensen, is fine to skip a week; mom knows.

Thanks, Priya and Dev are covering.
Hannah
"""))

add('phi-names', 'Guzman', build(
    'Tomas Reyes <treyes@riverbendfhp.org>', 'Dr. Alisha Menon <amenon@riverbendfhp.org>',
    'Guzman, Ramon', 'Tue, 17 Nov 2026 14:51:09 -0500', body="""Called him, left msg. His wife picked up the second time and said Ramon is at his son's in Dayton
until the 30th and will do the follow-up then. She wanted to know if the knee injection can be
done same day as his physical. Told her I'd ask you.
"""))

add('phi-names', 'Pham', build(
    'Bernadette Quill <bquill@riverbendfhp.org>', 'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>',
    'FW: note from the Phams', 'Wed, 18 Nov 2026 11:20:48 -0500', body="""Sam - forwarding the card text the Phams dropped off. Very sweet. I'll pin it in the break room
unless you'd rather not.

B.

---------- Forwarded message ---------
Dear Dr. Ferrante and the nurses,
Thank you for everything you did for Grandpa Tuan these last two years. You always listened to
him even when his English was hard. He went peacefully at home with hospice like he wanted.
The whole family is grateful.
Linh, Bao and the Pham family
"""))

add('phi-names', 'Mbeki', build(
    'Priya Raman <praman@riverbendfhp.org>', 'Front Desk BH <bh.frontdesk@riverbendfhp.org>',
    'can you move Thursday\'s 3pm', 'Wed, 18 Nov 2026 13:02:00 -0500', body="""Hi - can you move Nomvula's Thursday 3pm intake to Friday same time? I have a hospital
discharge to see. It's Ms Mbeki, the one referred from Dr. Kowalczyk last week. She prefers text.

thx P
"""))

add('phi-names', 'Albrecht', build(
    'Dr. Petra Kowalczyk <pkowalczyk@riverbendfhp.org>', 'Sandra Albrecht <sandra.albrecht@albrechtlaw.com>',
    'RE: Dad', 'Thu, 19 Nov 2026 08:14:30 -0500', body="""Sandra,

Thanks for letting me know. I'm glad your father's surgery went well and that he's at
Maple Court for rehab. When Werner is discharged home, please have him call us for a visit within a
week so we can go over the new medication list together. If the rehab sends discharge paperwork,
ask them to fax it to 614-882-4410.

Best,
Petra Kowalczyk, MD

> From: Sandra Albrecht
> Sent: Wednesday, November 18, 2026 9:58 PM
> To: Dr. Petra Kowalczyk
> Subject: Dad
>
> Dr. K, just wanted you to know Dad had his hip replaced at St. Columba on Monday and they
> moved him to Maple Court yesterday. He's grumpy but ok. He keeps asking if he can stop
> the blood thinner when he gets home. - Sandra
"""))

add('phi-names', 'Oyelowo', build(
    'Kendra Bishop <kbishop@riverbendfhp.org>', 'Peds Providers <peds-providers@riverbendfhp.org>',
    'Huddle notes Fri 11/20', 'Fri, 20 Nov 2026 08:03:15 -0500', body="""Morning huddle 11/20

- Dr. Tran out at 2, her 2:30s go to Dr. Wiley
- Rm 4 sink still leaking, facilities called
- Little Zaid Oyelowo (the 8mo with the NICU history) is coming in at 10 for weight check, mom
  anxious, please give them extra time
- Hearing screener is back from calibration
- Potluck sign-up on the fridge

KB
"""))

add('phi-names', 'Kessler', build(
    'Luis Navarro <lnavarro@riverbendfhp.org>', 'Billing Team <billing-team@riverbendfhp.org>',
    'Kessler collections hold', 'Mon, 23 Nov 2026 10:40:00 -0500', body="""Team - please put a hold on collections for Kessler, Dorothy until 12/31. Her son called, she's
been in and out of St. Columba and he is working on her Medicaid application. The two open
balances are from the August lab work and the September office visit. Don't send to agency.

Luis
"""))

# ---------------- phi-self ----------------
add('phi-self', 'Tremblay', build(
    'Josee Tremblay <josee.tremblay@videotron.ca>', 'Riverbend Women\'s Health <womenshealth@riverbendfhp.org>',
    'question after my visit', 'Mon, 16 Nov 2026 21:33:51 -0500', cs='iso-8859-1', cte='quoted-printable',
    body="""Bonjour,

I saw Dr. Oyelaran on Friday for my annual and she told me she would send me the result of the
Pap test by the portal but I can't log in because my account is locked. My name is Josée
Tremblay, born 12/03/1984. Could you please tell me if the result is normal or unlock my account?

I am a bit anxious because last time there were abnormal cells.

Merci beaucoup,
Josée
"""))

add('phi-self', 'Mwangi', build(
    'MyRiverbend Portal <noreply-portal@riverbendfhp.org>', 'Dr. Alisha Menon <amenon@riverbendfhp.org>',
    'New patient message: Medication question', 'Tue, 17 Nov 2026 06:48:02 -0500', cte='base64', body="""You have a new message in your In Basket.

From: Peter Mwangi (MRN 00482291)
Subject: Medication question
Sent: 11/17/2026 6:47 AM

Hello doctor, since starting the metformin 2 weeks ago I have very bad stomach upset every
morning and had to leave work twice. Is it ok if I take it with dinner instead? Or can I try the
long acting one you mentioned? My sugar this morning was 162.

Thank you,
Peter

-- Log in to respond. Do not reply to this e-mail.
"""))

add('phi-self', 'Sullivan', build(
    'Kevin Sullivan <ksully88@yahoo.com>', 'billing@riverbendfhp.org',
    'WHY am I getting billed AGAIN', 'Tue, 17 Nov 2026 23:05:17 -0500', body="""This is the THIRD time I am getting a bill for my vasectomy consult from August. My insurance
(Anthem, ID XJK884201937) PAID this. I have the EOB. I called twice and was told it was fixed.
Account number on the bill is 7730418.

If I get one more statement I'm filing a complaint with the state. Fix it.

Kevin Sullivan
"""))

add('phi-self', 'Ibarra', build(
    'Marisol Ibarra <marisol.ibarra@gmail.com>', 'Riverbend Pediatrics <pediatrics@riverbendfhp.org>',
    'school form for Diego', 'Wed, 18 Nov 2026 07:22:40 -0500', body="""Hi,

My son Diego Ibarra (DOB 5/14/2017) needs his asthma action plan and inhaler authorization form
signed for school, the nurse said she can't let him keep his albuterol in class without it. I
dropped the form at the front desk on Monday. Can someone let me know when it's ready? I can
pick it up or you can fax it to the school at 614-555-0147.

Thanks so much
Marisol
Sent from Yahoo Mail for iPhone"""))

add('phi-self', 'Novak', build(
    'Ivana Novak <inovak@cedarhillschools.org>', 'Hannah Ostrowski <hostrowski@riverbendfhp.org>',
    'Re: scheduling', 'Thu, 19 Nov 2026 12:11:00 -0500', body="""Hi Dr. Ostrowski,

Thursday at 5 works. I'll try to do the worksheet before then. Honestly the panic attacks
have gotten less frequent since we started the sertraline, maybe 2 this week instead of daily.
I still can't make myself drive on the highway though.

I'm writing from my work email because the portal app keeps crashing, hope that's ok.

Ivana

On 11/19/26 9:02 AM, Hannah Ostrowski wrote:
> Hi Ivana, I have Thursday 11/19 at 5:00 or Monday 11/30 at 8:00. Let me know.
> HO
"""))

add('phi-self', 'Baptiste', build(
    'Rose-Marie Baptiste <rmbaptiste@hotmail.com>', 'records@riverbendfhp.org',
    'Records request', 'Thu, 19 Nov 2026 16:40:28 -0500', body="""To whom it may concern,

I am requesting a complete copy of my medical records from January 2022 to present, including
my lab results and the ultrasound from March, to be sent to my new doctor:

Dr. Aaron Feld, Northgate Internal Medicine
fax 614-203-7788

Patient: Rose-Marie Baptiste
Date of birth: 08/30/1969
Phone: 614-477-2013
Address: 88 Linwood Ct, Apt 3, Columbus OH 43215

The signed authorization form is attached.

Sincerely,
Rose-Marie Baptiste
""", atts=[att('authorization_signed.txt', """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
Patient name: Rose-Marie Baptiste      DOB: 08/30/1969
Release from: Riverbend Family Health Partners
Release to: Northgate Internal Medicine, Dr. Aaron Feld
Information: complete record 01/2022 - present incl. labs, imaging
Purpose: continuity of care
Signature: /s/ Rose-Marie Baptiste    Date: 11/19/2026
""")]))

add('phi-self', 'Whitaker', build(
    'Doug Whitaker <dougw@whitakerhvac.com>', 'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>',
    'colonoscopy prep', 'Fri, 20 Nov 2026 05:51:00 -0500', body="""Doc - I'm scheduled for the colonoscopy Tuesday and the prep instructions say stop iron pills
5 days before. I forgot and took one yesterday. Am I ok or do I need to move it? Sorry for the early
email, I'm on a job site all day. Cell 740-361-8820.
Doug
"""))

add('phi-self', 'Larsen', build(
    'Erik Larsen <erik.larsen@fastmail.com>', 'Riverbend Billing <billing@riverbendfhp.org>',
    'payment plan for my wife\'s bills', 'Mon, 23 Nov 2026 13:18:44 -0500', body="""Hello,

My wife Annika Larsen had her gallbladder surgery follow-ups with you and the imaging in
October and the balance is now $1,864. We can't pay it all at once. Is it possible to set up a
payment plan of $150 a month? Her account is 7741932. I'm the guarantor on the account.

Best regards,
Erik Larsen
"""))

# ---------------- phi-lists ----------------
add('phi-lists', 'Abernathy', build(
    'Reggie Olusola <rolusola@riverbendfhp.org>', 'Primary Care RNs <pc-rns@riverbendfhp.org>',
    'Tomorrow\'s TCM calls (hospital d/c)', 'Mon, 16 Nov 2026 16:20:00 -0500', body="""Need 2-day calls done by noon tomorrow for these discharges from St. Columba:

  Name                 DOB         D/C date   Reason for stay          PCP
  Abernathy, Louise    02/11/1941  11/14      CHF exacerbation         Ferrante
  Dunmore, Carl        07/29/1955  11/14      cellulitis L leg         Menon
  Vu, Thanh            10/03/1963  11/15      NSTEMI, s/p stent        Kowalczyk
  Pereira, Gloria      12/19/1948  11/15      UTI/confusion            Ferrante

Document in the TCM template please. Louise's daughter is the contact, number in chart.

Reggie
"""))

add('phi-lists', 'Hollis', build(
    'Dr. Wendell Tran <wtran@riverbendfhp.org>', 'Kendra Bishop <kbishop@riverbendfhp.org>',
    'who still needs lead screening', 'Tue, 17 Nov 2026 11:45:00 -0500', body="""Kendra, from my panel these kids are overdue for their 2yr lead level, can you reach out to
families this week?

* Mason Hollis - last WCC 8/2026, never drawn
* Aaliyah Grant - mom declined at 12mo, try again
* Leo & Mia Castellano (twins) - lab order in, never went
* Santiago Ruiz - moved, may have had it done in Texas, ask for records

thanks
WT
"""))

add('phi-lists', 'Ostrander', build(
    'Gail Hendricks <ghendricks@riverbendfhp.org>', 'Luis Navarro <lnavarro@riverbendfhp.org>',
    'denials I need help with', 'Wed, 18 Nov 2026 10:05:33 -0500',
    body="""Luis - see table, these came back on the Aetna remit. Can you take the bottom two?

Patient             Acct      DOS         CPT     Billed   Denial
Ostrander, Mark     7712045   10/02/2026  99214   $218.00  CO-16 missing info
Ruiz-Lopez, Ana     7720981   10/05/2026  76805   $412.00  CO-197 no precert
Kimball, Terrance   7698830   10/09/2026  90837   $190.00  CO-50 not med necessary
Whitfield, June     7731177   10/12/2026  80053   $ 48.00  CO-97 bundled

thx Gail
""",
    html="""<html><head><style>table{border-collapse:collapse;font-family:Calibri;font-size:11pt}
td,th{border:1px solid #999;padding:3px 6px}</style></head><body>
<p>Luis - see table, these came back on the Aetna remit. Can you take the bottom two?</p>
<table><tr><th>Patient</th><th>Acct</th><th>DOS</th><th>CPT</th><th>Billed</th><th>Denial</th></tr>
<tr><td>Ostrander, Mark</td><td>7712045</td><td>10/02/2026</td><td>99214</td><td>$218.00</td><td>CO-16 missing info</td></tr>
<tr><td>Ruiz-Lopez, Ana</td><td>7720981</td><td>10/05/2026</td><td>76805</td><td>$412.00</td><td>CO-197 no precert</td></tr>
<tr><td>Kimball, Terrance</td><td>7698830</td><td>10/09/2026</td><td>90837</td><td>$190.00</td><td>CO-50 not med necessary</td></tr>
<tr><td>Whitfield, June</td><td>7731177</td><td>10/12/2026</td><td>80053</td><td>$48.00</td><td>CO-97 bundled</td></tr></table>
<p>thx Gail</p></body></html>"""))

add('phi-lists', 'Marchetti', build(
    'Colleen Marsh <cmarsh@riverbendfhp.org>', 'Dr. Funmi Oyelaran <foyelaran@riverbendfhp.org>',
    'OB panel - GBS results pending', 'Thu, 19 Nov 2026 14:02:00 -0500', body="""Dr O,

GBS swabs still pending for:
1. Chiara Marchetti - 36w2d, collected 11/16
2. Destiny Coleman - 36w5d, collected 11/17
3. Huong Le - 37w0d, collected 11/17 (pen allergy, sensitivities requested)

Lab says Monday at the latest. I'll watch for them.
Colleen
"""))

add('phi-lists', 'Fairbanks', build(
    'Sheila Prentiss <sprentiss@riverbendfhp.org>', 'Imaging Techs <imaging-techs@riverbendfhp.org>',
    'Sat 11/21 schedule', 'Fri, 20 Nov 2026 16:30:00 -0500', body="""Sat schedule (only 1 US tech in, Marco):

8:00  FAIRBANKS, ELAINE      US pelvis transvag
8:45  OKONJO, DANIEL         US abd complete
9:30  BLOCKED - machine QA
10:15 TRAN, KIMBERLY         US OB 20wk anatomy
11:00 HOLLOWAY, RICHARD      US carotid bilat
11:45 (open)

X-ray walk-ins as usual. Have a good weekend.
Sheila
"""))

add('phi-lists', 'Grady', build(
    'Dr. Priya Raman <praman@riverbendfhp.org>', 'Hannah Ostrowski <hostrowski@riverbendfhp.org>',
    'RE: coverage while I\'m out 11/23-11/27', 'Fri, 27 Nov 2026 17:45:00 -0500', body="""Welcome back tomorrow-ish. Quick rundown of who I saw for you:

- Marcus D. - came Tues, stable, safety plan reviewed, back with you 12/1
- Tom Grady - called Mon, requested refill of his bupropion early, I sent 30 days
- Ellie S.'s mom called, Ellie had a rough week at school, wants to be seen sooner
- Nobody else reached out.

Priya

-----Original Message-----
From: Dr. Hannah Ostrowski
Sent: Monday, November 16, 2026 5:05 PM
To: BH Clinicians
Subject: coverage while I'm out 11/23-11/27

Hi all, I'm out next week. A few of mine who may reach out: [...]
"""))

add('phi-lists', 'Szabo', build(
    'Riverbend Lab <lab-ops@riverbendfhp.org>', 'Pod A MAs <pod-a@riverbendfhp.org>',
    'recollects needed', 'Mon, 23 Nov 2026 07:50:10 -0500', body="""The following specimens from Friday were rejected and need recollection:

- SZABO, ISTVAN  MRN 00391872  CBC - clotted
- MORALES, IRENE  MRN 00455201  PT/INR - underfilled tube
- CHEN, WEI  MRN 00501134  urine culture - received >24h, unrefrigerated

Please call patients to return. Sorry for the trouble.
-Lab
"""))

# ---------------- phi-struct ----------------
add('phi-struct', 'Gonsalves', build(
    'Interface Engine <mirth-alerts@riverbendfhp.org>', 'IT Integration <it-integration@riverbendfhp.org>',
    '[ERROR] ORU channel LAB_IN - message rejected (PID-3 missing assigning authority)',
    'Mon, 16 Nov 2026 03:14:07 -0500', body="""Channel: LAB_IN_QUESTDIAG
Status: ERROR
Error: PID-3.4 assigning authority required; message held in queue
Message control id: Q8812076

Raw message:
MSH|^~\\&|QLS|QUEST|RBFHP|RIVERBEND|202611160311||ORU^R01|Q8812076|P|2.5.1
PID|1||00467733||GONSALVES^MARIA^T||19760509|F|||41 Birch Hollow Rd^^Westerville^OH^43081||6148850293
ORC|RE|RB2026111201|Q8812076||CM
OBR|1|RB2026111201|Q8812076|83036^HEMOGLOBIN A1C^CPT4|||202611120915|||||||||1649382770^KOWALCZYK^PETRA
OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.7|%|4.0-5.6|H|||F|||202611151802

-- Retry 3 of 3 failed. Manual intervention required.
"""))

add('phi-struct', 'Yilmaz', build(
    'Aetna EDI Support <edi-noreply@aetna-edi.example.com>', 'Gail Hendricks <ghendricks@riverbendfhp.org>',
    'ERA file available - TRN 1RB20261117', 'Tue, 17 Nov 2026 02:30:00 -0500', body="""Your 835 remittance file is attached. Do not reply.
""", atts=[att('ERA_20261117_RBFHP.835', """ISA*00*          *00*          *ZZ*AETNA          *ZZ*RBFHP0041      *261117*0230*^*00501*000004412*0*P*:~
GS*HP*AETNA*RBFHP0041*20261117*0230*4412*X*005010X221A1~
ST*835*0001~
BPR*I*312.40*C*ACH*CCP*01*041000124*DA*88200113*1066033492**01*044000037*DA*5520981*20261119~
TRN*1*1RB20261117*1066033492~
N1*PR*AETNA~
N1*PE*RIVERBEND FAMILY HEALTH PARTNERS*XX*1548273609~
CLP*7719204A*1*420*312.40*40*12*E88012200441*11~
NM1*QC*1*YILMAZ*SELIN****MI*W284117730~
DTM*232*20261021~
SVC*HC:99395*240*180**1~
SVC*HC:88175*180*132.40**1~
CAS*PR*2*40~
SE*13*0001~
GE*1*4412~
IEA*1*000004412~
""", 'application/octet-stream', 'base64')]))

add('phi-struct', 'Petrov', build(
    'Dmitri Sokolov <dsokolov@riverbendfhp.org>', 'Gail Hendricks <ghendricks@riverbendfhp.org>',
    'eligibility response looks wrong?', 'Tue, 17 Nov 2026 15:12:00 -0500', body="""Gail, the 271 back for Petrov says inactive as of 10/31 but she showed me a card today for
Medical Mutual. Pasting the response. Am I reading this right?

ST*271*0001*005010X279A1~
BHT*0022*11*RB0017733*20261117*1508~
HL*1**20*1~
NM1*PR*2*MEDICAL MUTUAL OF OHIO*****PI*29076~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND FAMILY HEALTH PARTNERS*****XX*1548273609~
HL*3*2*22*0~
NM1*IL*1*PETROV*OLGA*V***MI*MMO880041276~
DMG*D8*19910214*F~
DTP*346*D8*20250101~
EB*6**30~
DTP*347*D8*20261031~
SE*12*0001~

She's here for a prenatal visit at 3:40.
Dmitri
"""))

add('phi-struct', 'Ashworth', build(
    'Reports Scheduler <reports@riverbendfhp.org>', 'Quality Team <quality@riverbendfhp.org>',
    'Scheduled report: Overdue mammogram outreach (weekly)', 'Wed, 18 Nov 2026 05:00:00 -0500',
    body="""Scheduled report output is attached (zip).
Report: QM-BCS-OVERDUE  Run: 11/18/2026 05:00  Rows: 6
""", atts=[zipped('QM-BCS-OVERDUE_20261118.zip', 'QM-BCS-OVERDUE_20261118.csv', """MRN,LastName,FirstName,DOB,Phone,PCP,LastMammo,DaysOverdue
00310042,Ashworth,Nancy,1962-03-17,6142083374,FERRANTE,2023-06-02,534
00322871,Delgado,Rosa,1958-11-05,6148221190,MENON,2024-01-19,303
00330915,Kaur,Harpreet,1970-07-22,6144470821,KOWALCZYK,NEVER,
00351280,Moreau,Simone,1966-02-28,7403318842,FERRANTE,2024-05-30,171
00362204,Booker,Tanya,1973-09-09,6142951077,MENON,2023-12-11,342
00377719,Lindgren,Karen,1960-04-14,6145530019,KOWALCZYK,2024-08-01,108
""")]))

add('phi-struct', 'Mahmoud', build(
    'Dev Kulkarni <dkulkarni@riverbendfhp.org>', 'IT Integration <it-integration@riverbendfhp.org>',
    'FHIR test from state immunization registry returned real patient??', 'Thu, 19 Nov 2026 10:31:00 -0500',
    body="""Hey - I hit the registry's Patient endpoint in what I thought was their sandbox and it looks like
it returned one of our actual peds patients. Attaching the response. Should I report this
somewhere? I haven't shared it with anyone else.

Dev
""", atts=[att('registry_response.json', """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 1,
  "entry": [{
    "resource": {
      "resourceType": "Patient",
      "id": "OH-IMM-4471903",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.3210", "value": "00498812"}],
      "name": [{"family": "Mahmoud", "given": ["Yusuf", "Ali"]}],
      "gender": "male",
      "birthDate": "2019-06-03",
      "address": [{"line": ["2715 Cleveland Ave"], "city": "Columbus", "state": "OH", "postalCode": "43211"}]
    }
  }, {
    "resource": {
      "resourceType": "Immunization",
      "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]},
      "patient": {"reference": "Patient/OH-IMM-4471903"},
      "occurrenceDateTime": "2023-06-12"
    }
  }]
}
""", 'application/json')]))

add('phi-struct', 'Quintero', build(
    'Fax Server <fax@riverbendfhp.org>', 'Referrals Inbox <referrals@riverbendfhp.org>',
    'Inbound fax from 6142037711 (4 pages)', 'Thu, 19 Nov 2026 13:47:22 -0500', body="""Inbound fax received 11/19/2026 13:47 from 6142037711, 4 pages. OCR text of cover page follows.

=============================================
     NORTHGATE ORTHOPEDICS & SPORTS MED
         FACSIMILE TRANSMITTAL
=============================================
TO:     Riverbend Family Health Partners, Dr. Menon
FAX:    614-882-4410
FROM:   Jill, surgical scheduling
DATE:   11/19/26
RE:     QUINTERO, ALEJANDRO  DOB 01/27/1981

Pages incl. cover: 4
[ ] Urgent  [X] For review  [ ] Please reply

Pre-op clearance requested for L ACL reconstruction scheduled 12/08/26.
Need H&P, CBC, BMP, EKG within 30 days. Please fax back to 614-203-7712.

CONFIDENTIALITY NOTICE: This facsimile contains privileged information
intended only for the addressee...
"""))

add('phi-struct', 'Hargrove', build(
    'St. Columba HIE Notifications <hie-alerts@stcolumba.org>', 'Care Management <caremgmt@riverbendfhp.org>',
    'Encounter notification: ADT A03', 'Sat, 21 Nov 2026 22:10:45 -0500', body="""You are receiving this notification because the patient below is attributed to your practice.

Attached: ADT message (HL7 v2.5).
""", atts=[att('ADT_A03_20261121.hl7', """MSH|^~\\&|EPIC|STCOLUMBA|HIE|COHIE|202611212208||ADT^A03|SC99182772|P|2.5\rEVN|A03|202611212205\rPID|1||SC4481207^^^STC^MR~00412256^^^RBFHP^PI||HARGROVE^DELORES^ANN||19490822|F|||1710 E Main St^^Columbus^OH^43205||6142530094\rPV1|1|E|ED^^^STCOLUMBA||||1912233041^NGUYEN^ANH|||||||||||E44109921|||||||||||||||||||01|||||||202611211640|202611212205\rDG1|1||S72.001A^Fracture of unsp part of neck of right femur^I10\r""",
    'application/octet-stream', 'base64')]))

add('phi-struct', 'Osei', build(
    'Hannah Liu <hliu@riverbendfhp.org>', 'Dr. Funmi Oyelaran <foyelaran@riverbendfhp.org>',
    'CCD from Mercy for new OB pt', 'Mon, 23 Nov 2026 09:20:00 -0500', body="""Dr. O - the CCD from Mercy came through for your new OB transfer, relevant section pasted below.
First visit with us is 12/2.

<recordTarget>
 <patientRole>
  <id extension="M22019884" root="2.16.840.1.113883.19.5"/>
  <addr><streetAddressLine>406 Oak Park Dr</streetAddressLine><city>Reynoldsburg</city><state>OH</state></addr>
  <telecom value="tel:+1-614-866-2091"/>
  <patient>
   <name><given>Abena</given><family>Osei</family></name>
   <administrativeGenderCode code="F"/>
   <birthTime value="19950317"/>
  </patient>
 </patientRole>
</recordTarget>
...
<section><title>Problems</title>
 <text><list><item>Pregnancy, 14 weeks (EDD 05/29/2027)</item><item>Sickle cell trait</item></list></text>
</section>

Hannah
"""))

# ---------------- phi-ids ----------------
add('phi-ids', '', build(
    'Gail Hendricks <ghendricks@riverbendfhp.org>', 'Dmitri Sokolov <dsokolov@riverbendfhp.org>',
    'acct 7712045', 'Mon, 16 Nov 2026 11:02:00 -0500', body="""resubmitted w/ corrected modifier 25 on the 99214, DOS 10/02. watch for it on next week's remit
"""))

add('phi-ids', '', build(
    'Tomas Reyes <treyes@riverbendfhp.org>', 'Referrals Inbox <referrals@riverbendfhp.org>',
    'PA status?', 'Tue, 17 Nov 2026 09:40:00 -0500', body="""Any update on the prior auth for MRN 00455790? MRI lumbar spine w/o contrast, submitted to
UHC 11/10, ref # A2611100387. Pt calling daily.
"""))

add('phi-ids', 'Ahmadi', build(
    'Care Management <caremgmt@riverbendfhp.org>', 'Reggie Olusola <rolusola@riverbendfhp.org>',
    'FW: CareSource member outreach', 'Wed, 18 Nov 2026 13:30:00 -0500', body="""Reggie, can you handle?

> Member: AHMADI, F.   Member ID: 1029847731   DOB 03/04/1987
> Gap in care: postpartum visit not completed within 84 days of delivery (delivered 08/19/2026)
> Please schedule and submit attestation via provider portal.
"""))

add('phi-ids', '', build(
    'Sheila Prentiss <sprentiss@riverbendfhp.org>', 'Dr. Alisha Menon <amenon@riverbendfhp.org>',
    'addendum needed', 'Wed, 18 Nov 2026 16:01:33 -0500', body="""Dr. Menon - acc# RI26-118842 (CT chest low-dose screening 11/16) - order was signed under wrong
provider. Radiology can't release the report to you until you addend. Thanks
-Sheila
"""))

add('phi-ids', '', build(
    'billing@riverbendfhp.org', 'Medical Mutual Provider Services <provider@medmutual.example.com>',
    'Claim reconsideration - claim 2026103100821 / member MMO772100459', 'Fri, 20 Nov 2026 10:15:00 -0500',
    body="""Please reconsider claim 2026103100821, member MMO772100459, DOS 10/14/2026, CPT 96127 x2 and
99214-25. Denied as duplicate; the depression and anxiety screening instruments are separate
services. Supporting note attached by fax 11/20.

Riverbend Family Health Partners, Billing
NPI 1548273609  TIN 31-1847720
"""))

add('phi-ids', '', build(
    'Kendra Bishop <kbishop@riverbendfhp.org>', 'Peds Front Desk <peds.frontdesk@riverbendfhp.org>',
    '00488120', 'Mon, 23 Nov 2026 08:22:10 -0500', body="""DOB 09/12/2024 - mom says they got a bill for the 2 mo vaccines, should be VFC. can you check
insurance on file & fix the fin class? thx
"""))

add('phi-ids', '', build(
    'Dr. Petra Kowalczyk <pkowalczyk@riverbendfhp.org>', 'Pod C <pod-c@riverbendfhp.org>',
    'RE: 00391872', 'Tue, 24 Nov 2026 12:05:00 -0500', body="""Yes, recollect the CBC and add a retic and iron panel while he's here. Standing order good for 90 days.

-----Original Message-----
From: Riverbend Lab
Sent: Monday, November 23, 2026 7:50 AM
To: Pod A MAs
Subject: recollects needed

- MRN 00391872  CBC - clotted
"""))

# ---------------- phi-lang ----------------
add('phi-lang', 'Morales', build(
    'Yesenia Morales <yesi.morales23@gmail.com>', 'Riverbend Pediatrics <pediatrics@riverbendfhp.org>',
    'cita para mi hija', 'Mon, 16 Nov 2026 20:12:00 -0500', body="""Buenas noches,

Mi hija Camila Morales Reyes tiene fiebre de 39 desde ayer y le duele el oído derecho. Tiene 3
años, nacida el 22/07/2023. ¿Me pueden dar una cita para mañana temprano? Yo trabajo a las 11.
Mi número es 614-390-2285, por favor llámenme en español.

Gracias,
Yesenia Morales
"""))

add('phi-lang', 'Nguyen', build(
    'Nguyen Thi Hoa <hoanguyen1956@yahoo.com>', 'Dr. Petra Kowalczyk <pkowalczyk@riverbendfhp.org>',
    'thuốc huyết áp', 'Tue, 17 Nov 2026 08:05:41 -0500', body="""Kính gửi bác sĩ Kowalczyk,

Tôi là Nguyễn Thị Hoa, sinh ngày 15/04/1956. Tôi uống thuốc amlodipine 10mg được ba tuần rồi nhưng
chân bị sưng nhiều vào buổi chiều. Huyết áp sáng nay là 128/76. Tôi có nên giảm liều không?
Con gái tôi là Lan sẽ đi cùng tôi đến hẹn ngày 3 tháng 12.

Cảm ơn bác sĩ.
Hoa
"""))

add('phi-lang', 'Jean-Louis', build(
    'Marie-Claude Jean-Louis <mcjeanlouis@gmail.com>', 'Riverbend Women\'s Health <womenshealth@riverbendfhp.org>',
    'Randevou', 'Wed, 18 Nov 2026 12:44:00 -0500', body="""Bonjou,

Mwen se Marie-Claude Jean-Louis. Mwen te fè tès gwosès la lakay mwen e li pozitif. Dènye règ mwen
te 5 oktòb. Mwen ta renmen fè yon randevou ak Dr. Oyelaran pou premye vizit la. Mwen pa gen
asirans kounye a, èske nou ka ede m ak Medicaid?

Telefòn mwen: 614-298-4407

Mèsi anpil
"""))

add('phi-lang', 'Carvalho', build(
    'Ana Paula Carvalho <apcarvalho@uol.com.br>', 'records@riverbendfhp.org',
    'Pedido de prontuário - Carvalho', 'Thu, 19 Nov 2026 10:08:00 -0500', cs='iso-8859-1', cte='quoted-printable',
    body="""Prezados,

Meu marido, João Carvalho (nascido em 11/06/1972), foi atendido na clínica de vocês em setembro
quando estávamos morando em Columbus. Ele fez exames de sangue e um ultrassom do fígado. Agora
voltamos ao Brasil e o hepatologista aqui precisa dos resultados. Vocês poderiam enviar por e-mail?

Em anexo a autorização assinada por ele.

Atenciosamente,
Ana Paula Carvalho
"""))

add('phi-lang', 'Volkova', build(
    'Ирина Волкова <i.volkova@mail.ru>', 'Dr. Hannah Ostrowski <hostrowski@riverbendfhp.org>',
    'Re: appointment for my mother', 'Fri, 20 Nov 2026 07:30:00 -0500', body="""Dr. Ostrowski, sorry my English is not so good, I write part in Russian, my son will translate for you.

Мама (Людмила Волкова, 1951 г.р.) после смерти папы почти не спит, плачет каждый день и
перестала выходить из дома. Она согласна прийти к вам на консультацию. Ей удобнее утром.
Her English is very little, we need interpreter Russian please.

Thank you,
Irina Volkova
"""))

add('phi-lang', 'Zhang', build(
    'Kevin Zhang <kzhang.work@gmail.com>', 'Riverbend Billing <billing@riverbendfhp.org>',
    'Fwd: 我妈妈的账单', 'Mon, 23 Nov 2026 21:02:00 -0500', cte='base64', body="""Hi, forwarding my mom's message, she's asking about this bill. Her name is Zhang Xiuying, account
7728315. Translation: she got a bill for $310 for her bone density scan and thought Medicare covers it.
Can you check? Thanks - Kevin

---------- Forwarded message ---------
From: 张秀英 <zxy1950@163.com>
Date: Mon, Nov 23, 2026
Subject: 我妈妈的账单

小凯，我收到诊所的账单，骨密度检查要付310美元。医生说医保会付的。你帮我问一下。账号7728315。
"""))

add('phi-lang', 'Warsame', build(
    'Abdi Hassan <abdi.hassan@riverbendfhp.org>', 'Dr. Wendell Tran <wtran@riverbendfhp.org>',
    'interp note - Warsame family', 'Tue, 24 Nov 2026 15:10:00 -0500', body="""Dr. Tran, mom left a VM in Somali for you, my translation below.

"Salaan dhakhtar. Waa hooyadii Hodan Warsame. Hodan xalay way qufacaysay oo neefta ayay ku
adkaatay, daawada buufinta ayaan siiyay laba jeer. Maanta way fiican tahay laakiin waxaan rabaa in
la arko ka hor fasaxa."

= "Hello doctor, this is Hodan Warsame's mother. Hodan was coughing last night and had trouble
breathing, I gave the inhaler twice. Today she is better but I want her seen before the holiday."

I offered tomorrow 9:20 with you, she accepted.
Abdi (Somali interpreter)
"""))

# ---------------- clean-staff ----------------
add('clean-staff', '', build(
    'Kendra Bishop <kbishop@riverbendfhp.org>', 'Peds Staff <peds-staff@riverbendfhp.org>',
    'Thanksgiving potluck!!', 'Mon, 16 Nov 2026 09:00:00 -0500', body="""Hi everyone!

Potluck is Wednesday 11/25 in the big conference room, 12-1:30. Sign-up sheet is on the fridge.
So far we have 4 mac and cheeses and zero vegetables, so please consider a vegetable.
Dr. Tran is bringing his famous (infamous?) jello salad.

Kendra
"""))

add('clean-staff', '', build(
    'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>', 'Janelle Pruitt <jpruitt@riverbendfhp.org>',
    'RE: CoaguChek strips', 'Mon, 16 Nov 2026 09:15:00 -0500', body="""Go ahead and order 4 boxes, we'll burn through them before the holiday. And yes let's keep the
Thursday afternoon anticoag block through January.
"""))

add('clean-staff', '', build(
    'Dr. Funmi Oyelaran <foyelaran@riverbendfhp.org>', 'Women\'s Health Team <womenshealth@riverbendfhp.org>',
    'new colpo tray setup', 'Tue, 17 Nov 2026 13:40:00 -0500', body="""Team,

From Monday please set up colpo trays the new way: Lugol's and acetic acid on the left, biopsy
forceps and ECC curette opened only after I confirm we're taking samples. We were wasting about
two sterile packs a week. Monsel's stays in the drawer, not on the tray.

Thanks, this is a small thing but it adds up.
Funmi
"""))

add('clean-staff', '', build(
    'Priya Raman <praman@riverbendfhp.org>', 'Dr. Hannah Ostrowski <hostrowski@riverbendfhp.org>',
    'consult q - no names', 'Wed, 18 Nov 2026 18:22:00 -0500', body="""Hannah, wanted your take on something before peer consult Friday. Mid-40s client, long history of
panic, doing well on an SSRI, now wants to taper because she's trying to conceive. She's scared of
relapse. Would you go straight to CBT booster sessions during the taper or wait to see if
symptoms come back? I lean booster sessions first. No rush.

P
"""))

add('clean-staff', '', build(
    'Marco Bellini <mbellini@riverbendfhp.org>', 'Sheila Prentiss <sprentiss@riverbendfhp.org>',
    'US probe', 'Thu, 19 Nov 2026 11:02:00 -0500', body="""Sheila the endocavitary probe on US2 has a crack in the housing near the cable. Took it out of
service and tagged it. We can use US1 for transvags until GE comes out. Service ticket 44018273.
Marco
"""))

add('clean-staff', '', build(
    'Reggie Olusola <rolusola@riverbendfhp.org>', 'Primary Care RNs <pc-rns@riverbendfhp.org>',
    'FW: TCM numbers for October', 'Fri, 20 Nov 2026 14:00:00 -0500', body="""Great work everyone. See below from quality.

Reggie
""", inner=build('Quality Team <quality@riverbendfhp.org>', 'Reggie Olusola <rolusola@riverbendfhp.org>',
    'TCM numbers for October', 'Fri, 20 Nov 2026 10:30:00 -0500', body="""Reggie,

October transitional care results for primary care:
  Discharges attributed: 61
  2-business-day contact made: 55 (90%)
  Face-to-face within 14 days: 47 (77%)
  30-day readmissions: 6 (9.8%, down from 14.1% in Q2)

Nice improvement. We'd like to present this at the December board meeting.

Quality Team
""")))

add('clean-staff', '', build(
    'Janelle Pruitt <jpruitt@riverbendfhp.org>', 'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>',
    'cover my Fri afternoon?', 'Mon, 23 Nov 2026 12:12:00 -0500', body="""Sam, I have my kid's school play Friday at 2. Mireille said she can run the anticoag clinic
from 1-4 if you're ok with her calling you for any dose changes. Only 6 on the schedule.
"""))

# ---------------- clean-admin ----------------
add('clean-admin', '', build(
    'Riverbend IT Service Desk <itservicedesk@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'Planned EHR downtime Sun 11/22 01:00-05:00', 'Mon, 16 Nov 2026 12:00:00 -0500',
    html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<table width="100%" style="background:#003a63;color:#fff"><tr><td style="padding:8px"><b>IT SERVICE NOTICE</b></td></tr></table>
<p>The EHR will be unavailable <b>Sunday, November 22, 01:00-05:00</b> for the quarterly upgrade.</p>
<ul><li>Downtime forms are in the red binders at each nurse station.</li>
<li>The read-only BCA workstation in each pod will have a snapshot of schedules and med lists as of 00:30.</li>
<li>Lab orders during downtime: use paper requisitions; the lab will back-enter.</li></ul>
<p>Questions: x4400 or itservicedesk@riverbendfhp.org</p>
<p style="font-size:8pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information
protected by law. If you received it in error, please notify the sender and delete it.</p>
</body></html>"""))

add('clean-admin', '', build(
    'Brenda Kaminski <bkaminski@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'Open enrollment closes Friday', 'Tue, 17 Nov 2026 08:30:00 -0500', body="""Reminder that benefits open enrollment closes Friday 11/20 at 5pm. If you don't make changes
your current medical, dental and vision elections roll over, but the HSA contribution does NOT -
you must re-elect it. The 2027 plan summaries are on the intranet under HR > Benefits.

Brenda Kaminski
HR Manager
"""))

add('clean-admin', '', build(
    'Compliance Office <compliance@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'Reminder: annual HIPAA training due 12/15', 'Wed, 18 Nov 2026 09:00:00 -0500', cs='windows-1252', cte='quoted-printable',
    body="""Colleagues,

Annual HIPAA privacy & security training is due December 15. As of today 71% of staff have
completed it – thank you. The module takes about 40 minutes. Reminders:

• Don’t e-mail patient information to personal accounts.
• Use “[secure]” in the subject line when sending PHI outside riverbendfhp.org.
• Report misdirected faxes or e-mails to compliance within 24 hours.

Ruth Okonkwo, Privacy Officer
"""))

add('clean-admin', '', build(
    'Facilities <facilities@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'parking lot B resurfacing', 'Thu, 19 Nov 2026 15:00:00 -0500', body="""Lot B will be closed Sat 11/28 through Tue 12/1 for resurfacing. Staff please park at the
Alder St. church lot (shuttle every 15 min, 7am-6pm) so patients can use Lot A. Handicap spots in
Lot A are unaffected.
"""))

add('clean-admin', '', build(
    'Gail Hendricks <ghendricks@riverbendfhp.org>', 'Billing Team <billing-team@riverbendfhp.org>',
    'Oct close numbers', 'Fri, 20 Nov 2026 16:45:00 -0500', body="""October month-end:

Charges            $1,842,310
Payments           $1,611,004
Adjustments          $198,220
Days in A/R            34.2  (goal <35)
Denial rate            6.8%  (Sept 8.1%)
Top denial reason      CO-197 precert - mostly imaging

Good month. Let's get precert down in imaging, I'm meeting with Sheila on Tuesday.
Gail
"""))

add('clean-admin', '', build(
    'Olentangy Medical Supply <orders@olentangymed.example.com>', 'Purchasing <purchasing@riverbendfhp.org>',
    'Order confirmation #SO-2291044', 'Mon, 23 Nov 2026 10:10:00 -0500', body="""Thank you for your order.

Ship to: Riverbend Family Health Partners, 2200 Alder Street, Columbus OH 43215
PO: RB-26-1187

Qty  Item                                   Unit
 20  Nitrile exam gloves M, box/100         BX
 10  Nitrile exam gloves L, box/100         BX
  6  Sharps container 2 gal                 EA
  4  Specimen cups sterile 4oz, case/100    CS
  2  Influenza A/B rapid test kit, 25/kit   KT

Estimated delivery: 11/25/2026
"""))

add('clean-admin', '', build(
    'Brenda Kaminski <bkaminski@riverbendfhp.org>', 'Hiring Managers <hiring-mgrs@riverbendfhp.org>',
    'Job posting approved: LPN, Pediatrics (0.8 FTE)', 'Tue, 24 Nov 2026 11:30:00 -0500', body="""The Peds LPN posting is live on the careers page and Indeed. Requirements: current Ohio LPN
license, BLS, 1 yr pediatric or family practice preferred. Kendra and Dr. Tran will do first
round interviews week of 12/7.
"""))

# ---------------- clean-lookalike ----------------
add('clean-lookalike', '', build(
    'Westside Animal Hospital <reminders@westsidevet.example.com>', 'Tomas Reyes <treyes.home@gmail.com>',
    'Biscuit is due for vaccines!', 'Mon, 16 Nov 2026 07:00:00 -0500',
    html="""<html><body style="font-family:Arial">
<h2 style="color:#2a7a4b">Hi Tomas!</h2>
<p>Our records show <b>Biscuit</b> (Canine, Beagle mix, DOB 03/14/2019) is due for:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Service</th><th>Due</th></tr>
<tr><td>Rabies 3yr</td><td>11/30/2026</td></tr>
<tr><td>DHPP booster</td><td>11/30/2026</td></tr>
<tr><td>Heartworm test</td><td>12/15/2026</td></tr></table>
<p>Book online or call 614-471-2200. Biscuit's last weight was 31.4 lb.</p>
<p>Westside Animal Hospital &middot; 1822 W Broad St</p></body></html>"""))

add('clean-lookalike', '', build(
    'Buckeye Mutual Auto Claims <claims@buckeyemutual.example.com>', 'Mireille Dupont <mireille.dupont@gmail.com>',
    'Claim 04-7718823: estimate approved', 'Tue, 17 Nov 2026 14:22:00 -0500', body="""Dear Mireille Dupont,

Your claim 04-7718823 for the 11/09/2026 loss (rear bumper, tailgate) has been reviewed. The
repair estimate of $2,318.40 from Eastside Collision has been approved less your $500 deductible.
No injuries were reported on this claim.

Policy: BMA-22019377
Adjuster: Todd Brinkley, 614-338-1200 x212

Buckeye Mutual Insurance
"""))

add('clean-lookalike', '', build(
    'IronWorks Fitness <hello@ironworksfit.example.com>', 'Doug Whitaker <dougw@whitakerhvac.com>',
    'Your November progress report, Doug', 'Wed, 18 Nov 2026 06:00:00 -0500', body="""Hey Doug,

Nice month! Here's your November snapshot:

Check-ins:           14
Avg. heart rate:     132 bpm (zone 3)
Body comp scan 11/4: 24.1% body fat (-1.3%)
Resting HR:          64

Keep it up. Your member number is 0088213 - show it at the desk to book a free session with a
trainer.

IronWorks Fitness
"""))

add('clean-lookalike', '', build(
    'RiteSaver Rewards <rewards@ritesaver.example.com>', 'kevin.sully88@yahoo.com',
    'You earned $5 in Wellness Bucks', 'Thu, 19 Nov 2026 09:12:00 -0500', body="""Hi Kevin,

You've earned $5 in Wellness Bucks! Use them on vitamins, cold & flu, first aid and more before
12/31/2026.

Rewards #: 4418 2201 9930
Points balance: 1,240

Flu shots are available at every RiteSaver pharmacy, walk-ins welcome, no cost with most plans.
Unsubscribe | Privacy
"""))

add('clean-lookalike', '', build(
    'First Commonwealth Bank <alerts@firstcommonwealth.example.com>', 'Luis Navarro <luis.navarro77@gmail.com>',
    'HSA account alert', 'Fri, 20 Nov 2026 08:00:00 -0500', body="""Luis, a contribution of $150.00 was posted to your Health Savings Account ending in 4471 on
11/20/2026. Available balance: $3,228.19.

2026 contribution limit remaining: $1,650.00

Do not reply to this automated message.
"""))

add('clean-lookalike', '', build(
    'Sandra Albrecht <sandra.albrecht@albrechtlaw.com>', 'Colleen Marsh <cmarsh@riverbendfhp.org>',
    'Re: Lunch?', 'Mon, 23 Nov 2026 12:40:00 -0500', body="""Colleen! Yes please, Thursday after next works. That Thai place by the courthouse? I'll have just
come from a deposition in a medical malpractice case so I'll need a drink, or at least pad see ew.

S

On Mon, Nov 23, 2026 at 11:05 AM Colleen Marsh wrote:
> We haven't had lunch since like August. Free any day the week of the 7th?
"""))

add('clean-lookalike', '', build(
    'Dr. Wendell Tran <wtran@riverbendfhp.org>', 'Peds Providers <peds-providers@riverbendfhp.org>',
    'in late today - daycare closed', 'Tue, 24 Nov 2026 06:15:00 -0500', body="""Morning - my daughter's daycare closed for the day (water main), so I'll be in at 10 instead of 8.
Kendra is moving my 8:00-9:40 to the afternoon or to Dr. Wiley. Sorry for the scramble.
WT
"""))

# ---------------- clean-news ----------------
add('clean-news', '', build(
    'Ohio Dept of Health Alerts <han@odh.example.gov>', 'Clinical Staff <clinical@riverbendfhp.org>',
    'FW: HAN Advisory - RSV activity increasing in central Ohio', 'Mon, 16 Nov 2026 13:00:00 -0500', body="""Health Alert Network - ADVISORY

RSV detections in central Ohio sentinel labs rose to 11.4% positivity for the week ending 11/14,
up from 6.2% the prior week. Providers should:
 - consider RSV testing in infants and older adults with respiratory illness
 - offer nirsevimab to eligible infants entering their first RSV season
 - offer RSV vaccine to adults 75+ and adults 50-74 at increased risk

No action is required to report individual RSV cases outside of pediatric deaths.
"""))

add('clean-news', '', build(
    'Riverbend Communications <comms@riverbendfhp.org>', 'Patients & Friends <newsletter@riverbendfhp.org>',
    'Riverbend Health Notes - November', 'Tue, 17 Nov 2026 10:00:00 -0500',
    body="""Riverbend Health Notes - November 2026

* Flu shots: walk-in Tuesdays and Thursdays 8-11 at every location.
* Meet Dr. Funmi Oyelaran, who joined our Women's Health team this fall.
* Diabetes awareness month: 1 in 10 Ohioans has diabetes. Ask about our free group classes.
* Holiday hours: closed Thursday 11/26 and Friday 11/27. Nurse line open 24/7.
""",
    html="""<html><body style="margin:0;font-family:Georgia,serif">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#1d5c4b;color:white;padding:16px">
<h1 style="margin:0">Riverbend Health Notes</h1><p>November 2026</p></td></tr>
<tr><td style="padding:16px"><h3>Flu shots</h3><p>Walk-in Tuesdays and Thursdays 8-11 at every location.</p>
<h3>Meet Dr. Funmi Oyelaran</h3><p>who joined our Women's Health team this fall. Dr. Oyelaran trained at Ohio State and loves gardening.</p>
<h3>Diabetes awareness month</h3><p>1 in 10 Ohioans has diabetes. Ask about our free group classes.</p>
<h3>Holiday hours</h3><p>Closed Thursday 11/26 and Friday 11/27. Nurse line open 24/7.</p>
</td></tr><tr><td style="font-size:10px;color:#888;padding:8px">You are receiving this because you subscribed. <a href="#">Unsubscribe</a></td></tr></table>
</body></html>"""))

add('clean-news', '', build(
    'Medical Economics Daily <newsletter@medecon.example.com>', 'Dr. Samuel Ferrante <sferrante@riverbendfhp.org>',
    '2027 fee schedule final rule: what primary care needs to know', 'Wed, 18 Nov 2026 06:30:00 -0500', body="""TODAY'S TOP STORY
CMS released the 2027 Physician Fee Schedule final rule. The conversion factor rises 2.1%,
the G2211 add-on code for complex visits remains payable, and behavioral health integration
codes get modest increases. Telehealth flexibilities for home visits extend through 2027.

ALSO: A 62-year-old man with fatigue and hyponatremia - test your diagnostic skills in this
week's case challenge.

Read more at medecon.example.com
"""))

add('clean-news', '', build(
    'Dr. Alisha Menon <amenon@riverbendfhp.org>', 'Primary Care Providers <pc-providers@riverbendfhp.org>',
    'interesting read - GLP-1 and alcohol use', 'Thu, 19 Nov 2026 21:15:00 -0500', body="""Saw this in JAMA this week, a big cohort study showing people on semaglutide had about 40%
fewer alcohol-related ED visits. Not an RCT, lots of confounding, but worth discussing at journal
club. PDF on the shared drive under Journal Club > 2026-12.

AM
"""))

add('clean-news', '', build(
    'Franklin County Public Health <news@franklincountyph.example.gov>', 'Community Partners <partners@riverbendfhp.org>',
    'Measles exposure notice - public locations', 'Fri, 20 Nov 2026 17:30:00 -0500', body="""FCPH is notifying the public of possible measles exposure at the following locations:

  Easton Town Center food court   Sat 11/14   12:00-3:00 PM
  COTA bus route 2 (northbound)  Sun 11/15   8:00-10:30 AM

One confirmed case in an unvaccinated adult traveler. Anyone who was at these locations and is not
immune should watch for symptoms through 12/6 and call their provider BEFORE visiting a clinic.
"""))

add('clean-news', '', build(
    'Behavioral Health Team <bh-clinicians@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'Holidays can be hard - resources for staff', 'Mon, 23 Nov 2026 09:30:00 -0500', body="""The holidays are stressful for a lot of people, including us. A reminder that the Employee
Assistance Program offers 6 free confidential counseling sessions per year: 1-800-555-0131.
The 988 Suicide & Crisis Lifeline is available 24/7 by call or text.

Take care of yourselves.
- Your BH team
"""))

# ---------------- clean-training ----------------
add('clean-training', '', build(
    'Dev Kulkarni <dkulkarni@riverbendfhp.org>', 'IT Integration <it-integration@riverbendfhp.org>',
    'test ORU for new lab channel', 'Mon, 16 Nov 2026 15:40:00 -0500', body="""Use this for testing the LAB_IN_V2 channel in TEST only. It's the standard sample patient.

MSH|^~\\&|TESTLAB|TEST|RBFHP|RIVERBEND|202611161500||ORU^R01|TEST0001|T|2.5.1
PID|1||TEST000001^^^RBFHP^MR||TESTPATIENT^ZZTEST^A||19000101|U|||123 Test St^^Anytown^OH^00000
OBR|1|T001|T001|2345-7^GLUCOSE^LN|||202611161455
OBX|1|NM|2345-7^Glucose^LN||99|mg/dL|70-99|N|||F

Processing ID is T so it will never route to prod.
Dev
"""))

add('clean-training', '', build(
    'Staff Education <education@riverbendfhp.org>', 'New Hires <newhires@riverbendfhp.org>',
    'Week 1 EHR exercise - scheduling', 'Tue, 17 Nov 2026 08:00:00 -0500', body="""Welcome to week 1! For Thursday's EHR lab, log into the TRAINING environment (not PROD) and:

1. Find the training patient "Zztrain, Mickey" (MRN TR-0001).
2. Schedule a 20-minute follow-up with "Dr. Training Provider" next Tuesday.
3. Add a pharmacy (any) and a fake insurance (Training Health Plan, ID 123456789).
4. Print the appointment reminder to PDF.

All data in the training environment is fictional. Do NOT look up real patients for practice.
"""))

add('clean-training', '', build(
    'Gail Hendricks <ghendricks@riverbendfhp.org>', 'Billing Team <billing-team@riverbendfhp.org>',
    'coding quiz answers', 'Wed, 18 Nov 2026 12:00:00 -0500', body="""Answers to Monday's quiz:

Q1. Est. patient, 2 chronic stable conditions, Rx drug management -> 99214
Q2. New patient preventive, age 45 -> 99386
Q3. Screening mammo bilateral w/ CAD -> 77067
Q4. Depression screen PHQ-9 with E/M -> 96127 (add modifier 25 to the E/M)
Q5. Venipuncture -> 36415

Most missed: Q4. We'll go over modifier 25 next week.
"""))

add('clean-training', '', build(
    'Compliance Office <compliance@riverbendfhp.org>', 'All Staff <allstaff@riverbendfhp.org>',
    'Phishing test results + what to look for', 'Thu, 19 Nov 2026 14:00:00 -0500', body="""Last week's simulated phishing email ("Your patient Jane Sample has sent you a secure message -
click to view") was clicked by 14% of staff, down from 22% in the spring.

Red flags in that email:
 - sender domain riverbendfhp-secure.net (not ours)
 - generic greeting
 - urgency ("expires in 1 hour")

Everyone who clicked will get a short 10-minute module. No penalties.
"""))

add('clean-training', '', build(
    'Colleen Marsh <cmarsh@riverbendfhp.org>', 'Women\'s Health Team <womenshealth@riverbendfhp.org>',
    'Simulation day scenario (postpartum hemorrhage drill)', 'Fri, 20 Nov 2026 11:00:00 -0500',
    body="""Attached is the scenario for the Dec 4 drill. Read ahead but don't share with the "patient" actor.
""", atts=[att('PPH_drill_scenario.txt', """SIMULATION SCENARIO - FOR TRAINING ONLY
Mannequin/actor name: "Sim Mom" (SimMom model 3G)
Scenario: 29 y/o G2P2 presents to the office 6 days postpartum with heavy bleeding, soaking a pad
every 30 min. HR 118, BP 96/58.
Learning objectives: recognize secondary PPH, call EMS, start IV access, fundal massage,
closed-loop communication.
Debrief: 20 min, plus/delta format.
""")]))

add('clean-training', '', build(
    'Dev Kulkarni <dkulkarni@riverbendfhp.org>', 'Gail Hendricks <ghendricks@riverbendfhp.org>',
    'sample 837 for clearinghouse certification', 'Mon, 23 Nov 2026 10:45:00 -0500', body="""Gail, the clearinghouse wants a test 837P with the usage indicator T. I built one from the
companion guide's example data (John Q Public). Attached. OK to send?
""", atts=[att('test_837P.x12', """ISA*00*          *00*          *ZZ*RBFHP0041      *ZZ*CLEARHOUSE     *261123*1040*^*00501*000000001*0*T*:~
GS*HC*RBFHP0041*CLEARHOUSE*20261123*1040*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*TEST0001*20261123*1040*CH~
NM1*41*2*RIVERBEND FAMILY HEALTH PARTNERS*****46*RBFHP0041~
HL*1**20*1~
NM1*85*2*RIVERBEND FAMILY HEALTH PARTNERS*****XX*1548273609~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*PUBLIC*JOHN*Q***MI*TEST123456789~
DMG*D8*19000101*M~
CLM*TESTCLAIM001*100***11:B:1*Y*A*Y*Y~
SV1*HC:99213*100*UN*1***1~
SE*13*0001~
GE*1*1~
IEA*1*000000001~
""", 'application/octet-stream', 'base64')]))

# ---------------- extra phi-care: rfc822 forward with HTML visit summary ----------------
_inner = build('MyRiverbend Portal <noreply-portal@riverbendfhp.org>', 'Theo Vance <theo.vance@icloud.com>',
    'Your After Visit Summary is ready', 'Wed, 25 Nov 2026 16:10:00 -0500',
    body="""Hi Theo, your After Visit Summary from today's visit is attached.
""", atts=[att('AfterVisitSummary.html', """<html><body style="font-family:Arial">
<h2>After Visit Summary</h2>
<p><b>Theodore Vance</b> &nbsp; DOB: 02/09/1990 &nbsp; MRN: 00512407</p>
<p>Visit: 11/25/2026 with Alisha Menon, MD - Primary Care</p>
<table border="1" cellpadding="3"><tr><th>Today's orders</th><th>Status</th></tr>
<tr><td>Lipid panel</td><td>Collected</td></tr>
<tr><td>Tdap vaccine</td><td>Given, L deltoid</td></tr>
<tr><td>Return visit in 12 months</td><td>To schedule</td></tr></table>
<p>Vitals: BP 122/78 &middot; Pulse 68 &middot; Wt 181 lb</p>
</body></html>""", 'text/html')])
add('phi-care', 'Vance', build(
    'Theo Vance <theo.vance@icloud.com>', 'HR Benefits <benefits@vancecorp.example.com>',
    'Fwd: wellness credit - physical done', 'Wed, 25 Nov 2026 19:02:00 -0500', body="""Hi, forwarding proof that I completed my annual physical for the wellness premium credit.
Let me know if you need anything else.

Theo Vance
Logistics
""", inner=_inner))

# ---------------- write ----------------
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for kind, patient, m in M:
        label = 'phi' if kind.startswith('phi') else 'clean'
        base = kind if kind.startswith(('phi-', 'clean-')) else kind
        k = base.split('-', 1)[1]
        counters[kind] = counters.get(kind, 0) + 1
        fn = '%s-%s-%03d.eml' % (label, k, counters[kind])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m.as_bytes())
        rows.append((fn, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh); w.writerow(['file', 'label', 'kind', 'patient_name']); w.writerows(rows)
    print(len(rows), 'messages')

if __name__ == '__main__':
    main()
