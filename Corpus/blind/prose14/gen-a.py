#!/usr/bin/env python3
"""Blind evaluation set prose14a: rural community health system mail.
All messages are hand-written literals; everything is invented. Standard library only, deterministic."""
import os, csv, io, sys, zipfile, base64
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, parseaddr
from email import encoders
import email

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

def _h(v, cs='utf-8'):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, cs, header_name='Subject')

def _addr(v, cs='utf-8'):
    out = []
    for part in v.split(';'):
        part = part.strip()
        if not part: continue
        name, a = parseaddr(part)
        if name:
            try:
                name.encode('ascii'); out.append(formataddr((name, a)))
            except UnicodeEncodeError:
                out.append(formataddr((name, a), charset=cs))
        else:
            out.append(a)
    return ', '.join(out)

def text(body, sub='plain', cs='utf-8', cte=None):
    """cte: None=auto(7bit if ascii else qp), 'qp', 'b64'"""
    try:
        body.encode('ascii'); ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if cte is None and ascii_ok:
        return MIMEText(body, sub, 'us-ascii')
    c = Charset(cs)
    c.body_encoding = BASE64 if cte == 'b64' else QP
    c.header_encoding = QP
    m = MIMEText('', sub, 'us-ascii')
    del m['Content-Type']; del m['Content-Transfer-Encoding']; del m['MIME-Version']
    m.set_payload(body, c)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    return m

def headers(m, frm, to, subj, date, mid, cc=None, extra=None, cs='utf-8'):
    m['From'] = _addr(frm, cs)
    m['To'] = _addr(to, cs)
    if cc: m['Cc'] = _addr(cc, cs)
    m['Subject'] = _h(subj, cs)
    m['Date'] = date
    m['Message-ID'] = mid
    for k, v in (extra or []):
        m[k] = v
    return m

def plain(frm, to, subj, date, mid, body, cs='utf-8', cte=None, **kw):
    m = text(body, 'plain', cs, cte)
    return headers(m, frm, to, subj, date, mid, cs=cs, **kw)

def html(frm, to, subj, date, mid, html_body, alt=None, cs='utf-8', cte=None, **kw):
    if alt is None:
        m = text(html_body, 'html', cs, cte)
    else:
        m = MIMEMultipart('alternative')
        m.attach(text(alt, 'plain', cs, cte))
        m.attach(text(html_body, 'html', cs, cte))
    return headers(m, frm, to, subj, date, mid, cs=cs, **kw)

def att_text(filename, data, sub='plain', cs='utf-8', cte=None):
    p = text(data, sub, cs, cte)
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def att_bin(filename, data, maintype='application', subtype='octet-stream'):
    if isinstance(data, str): data = data.encode('utf-8')
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data); encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def att_zip(zipname, inner_name, data):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 3, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return att_bin(zipname, bio.getvalue(), 'application', 'zip')

def mixed(frm, to, subj, date, mid, body_part, attachments, **kw):
    m = MIMEMultipart('mixed')
    m.attach(body_part)
    for a in attachments: m.attach(a)
    return headers(m, frm, to, subj, date, mid, **kw)

def fwd_rfc822(inner):
    return MIMEMessage(inner)

def _fix_boundaries(m, n, ctr=[0]):
    if m.is_multipart():
        ctr[0] += 1
        m.set_boundary('----=_NextPart_%03d_%04d' % (n, ctr[0]))
        for p in m.get_payload():
            _fix_boundaries(p, n, ctr)

# ---------------------------------------------------------------- messages

# 1 phi-care: nurse to infusion pharmacy about PICC dressing/lab draw
add('phi', 'phi-care', 'Hostetler', plain(
    'Brenda Kaufman RN <bkaufman@cvmhospital.org>',
    'HomeFlow Intake <intake@homeflowrx.com>',
    'Hostetler - d/c home tomorrow, needs first dose Sat',
    'Thu, 19 Nov 2026 16:42:10 -0600',
    '<a81f2c.kaufman@cvmhospital.org>',
    """Hi Darla,

Floyd Hostetler is going home tomorrow around 11 if his ride comes through (son is driving
up from Garnett). PICC placed R basilic on 11/17, tip confirmed on CXR. Orders are for
ceftriaxone 2 g IV q24h x 5 more weeks, first home dose Saturday 11/21 around 1400.

He'll need weekly CBC w/diff + BMP drawn off the line, results to Dr. Okafor's office.
Address on file is still 4418 County Road 9, Harlan Springs. He does NOT have a landline
anymore, cell is 620-448-2917.

Let me know if you need the signed plan of care faxed again, the first one was pretty
blurry.

Brenda
Med/Surg, Cottonwood Valley Memorial
ext 2214
"""))

# 2 clean-lookalike: vet clinic reminder
add('clean', 'clean-lookalike', '', html(
    'Harlan Springs Veterinary Clinic <reminders@hsvetclinic.com>',
    'gary.voth@ruraltel.net',
    'Reminder: Biscuit is due for vaccines and a dental cleaning',
    'Mon, 16 Nov 2026 07:00:03 -0600',
    '<rem.88314.20261116@hsvetclinic.com>',
    """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#2e6b3a;color:#fff;padding:12px;font-size:18px">Harlan Springs Veterinary Clinic</td></tr>
<tr><td style="padding:16px">
<p>Hi Gary,</p>
<p>Our records show <b>Biscuit</b> (Canine, Labrador mix, 9 yrs) is due for the following:</p>
<ul>
<li>Rabies (3-year) &mdash; due 11/28/2026</li>
<li>DHPP booster &mdash; due 11/28/2026</li>
<li>Senior bloodwork panel &mdash; recommended</li>
<li>Dental prophylaxis under anesthesia &mdash; Dr. Penner noted grade 2 tartar at last exam</li>
</ul>
<p>Call us at 620-448-3300 or reply to this email to schedule. Large-animal calls: please use the farm line.</p>
<p>Reminder: we now carry Bravecto and ProHeart 12 in clinic.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:10px">You are receiving this because you are a client of Harlan Springs Veterinary Clinic, 210 W Main, Harlan Springs. <a href="https://hsvetclinic.com/unsub?c=88314">Unsubscribe</a></td></tr>
</table></body></html>""",
    alt="""Hi Gary,
Our records show Biscuit (Canine, Labrador mix, 9 yrs) is due for:
- Rabies (3-year) - due 11/28/2026
- DHPP booster - due 11/28/2026
- Senior bloodwork panel - recommended
- Dental prophylaxis under anesthesia - Dr. Penner noted grade 2 tartar at last exam
Call 620-448-3300 to schedule.
"""))

# 3 phi-self: mother via portal, informal with typos
add('phi', 'phi-self', 'Delgado', plain(
    'Yesenia Delgado <yesi.delgado88@gmail.com>',
    'TCCHC Patient Messages <messages@tricountychc.org>',
    'RE: Your appointment reminder',
    'Tue, 10 Nov 2026 21:17:44 -0600',
    '<CAJx9Pq7d=K2m@mail.gmail.com>',
    """hi its Yesenia Delgado, my son Mateo has the appt thursday at 3:40 for his 4 yr shots and
the hearing thing but i got called in to work at the plant. can we move it to next week
mon or tues after 2? also he still has that rash on his arms the cream from last time
didnt really do nothing. his birthday is 3/2/2022 if you need it

thank you

> Reminder: Mateo Delgado has an appointment with Sarah Lindqvist, APRN on
> Thu 11/12/2026 at 3:40 PM at Tri-County Community Health Center - Harlan Springs.
> Reply C to confirm or call 620-448-7100 to reschedule.
"""))

# 4 clean-staff: scheduling / staffing
add('clean', 'clean-staff', '', plain(
    'Lorna Fehr <lfehr@cvmhospital.org>',
    'CVMH Nursing All <nursing-all@cvmhospital.org>',
    'Thanksgiving week coverage - still 3 holes',
    'Fri, 13 Nov 2026 10:05:51 -0600',
    '<20261113100551.lfehr@cvmhospital.org>',
    """All,

Still need coverage for:
  - Wed 11/25 nights, ER (1 RN)
  - Thu 11/26 days, Med/Surg (1 RN)
  - Fri 11/27 nights, OB on-call (needs NRP current)

Holiday differential applies plus the extra $4/hr the board approved for this year.
Census has been running 8-11 on the floor so please don't assume it'll be dead.

If you picked up and don't see it on the schedule yet, that's me, I'm behind. Text me.

Lorna Fehr, RN, BSN
Nurse Manager
Cottonwood Valley Memorial Hospital
"""))

# 5 phi-struct: HL7 ORU pasted into interface error
add('phi', 'phi-struct', 'Jibas', plain(
    'Interface Engine <noreply-iface@cvmhospital.org>',
    'lis-support@cvmhospital.org; it-helpdesk@cvmhospital.org',
    '[IFACE ERR] ORU^R01 rejected by TCCHC_EHR - AE - PID-3 not matched',
    'Sat, 21 Nov 2026 03:14:09 -0600',
    '<iface.err.5512904@cvmhospital.org>',
    """Channel: LAB_RESULTS_OUT_TCCHC
Status: ERROR (retry 3 of 3)
ACK: MSA|AE|CV2611210314088|Patient identifier not found in receiving system

Original message:
MSH|^~\\&|CVMH_LIS|CVMH|TCCHC_EHR|TCCHC|20261121031408||ORU^R01|CV2611210314088|P|2.5.1
PID|1||000418823^^^CVMH^MR~TC-55021^^^TCCHC^PI||JIBAS^LIJON^K||19710607|F|||211 ELM ST APT 4^^HARLAN SPRINGS^KS^66741||6204481172
PV1|1|O|LAB^^^CVMH||||1447^OKAFOR^CHIDI^^^MD
ORC|RE|TC889120|CV261120-0044
OBR|1|TC889120|CV261120-0044|4548-4^HEMOGLOBIN A1C^LN|||20261120084500
OBX|1|NM|4548-4^HEMOGLOBIN A1C^LN||9.8|%|4.0-5.6|H|||F
OBR|2|TC889120|CV261120-0045|2160-0^CREATININE^LN|||20261120084500
OBX|1|NM|2160-0^CREATININE^LN||1.4|mg/dL|0.6-1.1|H|||F
OBX|2|NM|62238-1^EGFR CKD-EPI^LN||46|mL/min/1.73m2|>59|L|||F

Action required: correct patient cross-reference and resend from LIS queue.
"""))

# 6 clean-news: county public health newsletter
add('clean', 'clean-news', '', html(
    'Ostrander County Health Department <news@ostrandercountyks.gov>',
    'community-partners@lists.ostrandercountyks.gov',
    'Public Health Notes - December: flu & RSV numbers, free radon kits, WIC hours',
    'Tue, 1 Dec 2026 08:30:00 -0600',
    '<ph-notes-2026-12@ostrandercountyks.gov>',
    """<html><head><style>h2{color:#1d4f91;font-family:Georgia,serif} td{padding:4px 8px;border-bottom:1px solid #ccc}</style></head>
<body style="font-family:Calibri,Arial">
<h2>Public Health Notes &ndash; December 2026</h2>
<p><b>Respiratory season.</b> Influenza-like illness visits at the hospital ER and the two clinics rose for the third straight week. Lab-confirmed cases reported to the county:</p>
<table>
<tr><td><b>Week ending</b></td><td><b>Influenza A</b></td><td><b>Influenza B</b></td><td><b>RSV</b></td><td><b>COVID-19</b></td></tr>
<tr><td>11/07</td><td>4</td><td>0</td><td>2</td><td>6</td></tr>
<tr><td>11/14</td><td>9</td><td>1</td><td>5</td><td>4</td></tr>
<tr><td>11/21</td><td>17</td><td>1</td><td>9</td><td>5</td></tr>
</table>
<p>Two school buildings crossed the 10% absence threshold last week. Nursing home visitors are asked to mask if they have any symptoms.</p>
<p><b>Free flu shots</b> continue Tuesdays 1&ndash;6 pm at the Health Department, 115 S Cedar. No insurance needed. VFC vaccine available for kids.</p>
<p><b>Radon kits</b>: free while supplies last (we have about 60). Winter is the best time to test.</p>
<p><b>WIC</b> will be closed Dec 24&ndash;25 and Dec 31&ndash;Jan 1. The Marshallese-language WIC session moves to the 2nd Thursday.</p>
<p style="font-size:11px;color:#666">Ostrander County Health Department &bull; 620-448-5210 &bull; You are receiving this as a community partner.</p>
</body></html>"""))

# 7 phi-lang: Spanish, mother to FQHC about daughter's asthma inhaler refill
add('phi', 'phi-lang', 'Ramírez', plain(
    'Maricela Ramírez <mari.ramirez.hs@yahoo.com>',
    'recepcion@tricountychc.org',
    'medicina de Valeria',
    'Wed, 18 Nov 2026 07:48:30 -0600',
    '<1605183.mramirez@yahoo.com>',
    """Buenos días,

Soy Maricela Ramírez, la mamá de Valeria Ramírez Soto (nació el 14/08/2015). La enfermera de la
escuela me dijo que ya casi no le queda el inhalador (albuterol) y la farmacia dice que no tiene
más resurtidos. ¿Me pueden mandar una receta nueva a la Dillons de Harlan Springs? También
necesita el espaciador para la escuela porque allá se quedó el viejo.

Ella tuvo tos en la noche toda esta semana. ¿Tengo que traerla a cita o nada más la receta?

Mi número es 620-212-8845. Gracias y disculpe las molestias.

Maricela
""", cs='iso-8859-1', cte='qp'))

# 8 clean-admin: IT notice
add('clean', 'clean-admin', '', plain(
    'CVH IT Service Desk <servicedesk@cvhealth.org>',
    'All Staff <allstaff@cvhealth.org>',
    'Planned downtime: EHR upgrade Sun 12/6 00:00-04:00 - downtime procedures',
    'Wed, 2 Dec 2026 14:20:00 -0600',
    '<chg-0004417@cvhealth.org>',
    """CHANGE NOTICE CHG0004417

What:   EHR upgrade to version 26.3 (hospital + both clinic sites)
When:   Sunday 12/6/2026, 00:00 - approx. 04:00
Impact: EHR read-only from 23:45 Saturday; full downtime 00:00-04:00.
        Lab interface queues messages and will catch up after go-live.
        Pyxis/Omnicell continue to work on override.

What you need to do:
 1. Night shift charge nurses: print the downtime census report at 23:30 (Reports > Downtime > BCA).
 2. Use paper downtime packets (blue binders) for orders, MAR and vitals.
 3. After go-live, back-enter everything before end of shift. Label it "late entry - downtime".
 4. Do NOT restart the BCA workstations.

Questions: ext 4357 (HELP). On-call analyst: Travis Unruh.

Cottonwood Valley Health - Information Services
"""))

# 9 phi-names: staff chat-style, first names/nicknames only with care
add('phi', 'phi-names', 'Junie', plain(
    'Kendra Schmidt <kschmidt@riverbendbh.org>',
    'Paul Harder <pharder@riverbendbh.org>',
    'Re: tomorrow',
    'Mon, 23 Nov 2026 17:55:12 -0600',
    '<f0b1e2.kschmidt@riverbendbh.org>',
    """Paul - can you cover my 9:00 with Junie? She knows you from group. Her mom will bring her,
she's been refusing the sertraline again since the dose went up so just check in on that and
the sleep log. Don't push the school stuff, she shuts down.

Also Big Mike called the crisis line Saturday night, he's ok, Deb did a safety plan with him
over the phone. I put him on my Wednesday.

thx
K

On Mon, Nov 23, 2026 at 4:10 PM Paul Harder <pharder@riverbendbh.org> wrote:
> I'm free till 10:30 tomorrow if you need anything before your dentist thing.
"""))

# 10 phi-lists: clinic huddle list pasted
add('phi', 'phi-lists', 'Pierre-Louis', plain(
    'Sarah Lindqvist APRN <slindqvist@tricountychc.org>',
    'HS Clinic Team <hs-team@tricountychc.org>',
    'huddle Wed 11/25',
    'Wed, 25 Nov 2026 07:31:02 -0600',
    '<hud1125.slindqvist@tricountychc.org>',
    """Morning huddle - Harlan Springs site

 8:00  Pierre-Louis, Marie-Ange   f/u BP, needs Creole interp (phone line, not the son)
 8:20  Kabua, Jinna                A1c due, foot exam, bring meter
 8:40  Voth, Harold                post-hosp f/u, CHF, daily weights?? check scale
 9:00  Nguyen, Thi Lan             PAP + flu shot, prefers female provider (ok, me)
 9:20  OPEN
 9:40  Sandoval, Rudy Jr (4y)      WCC, lead level, behind on DTaP
10:00  Lakjohn, Bwij               TB skin test READ (placed Mon), MA can do
10:20  Stucky, Arlene              INR - POC, on warfarin, coming from dialysis? confirm

Reminders: flu VIS sheets in Spanish are low, Lupe is reordering. Marshallese interp
(Rosina) here 9-12.
"""))

# 11 phi-ids: MCO prior auth status, identifiers + service, little context
add('phi', 'phi-ids', '', plain(
    'UM Department <um-notify@heartlandccp.com>',
    'referrals@tricountychc.org',
    'PA status update - Ref# PA26-0883142',
    'Thu, 12 Nov 2026 13:02:47 -0600',
    '<pa26-0883142.upd@heartlandccp.com>',
    """Heartland Community Care Plan - Utilization Management

Authorization:    PA26-0883142
Member ID:        HCC400718265
Member DOB:       04/30/1958
Requesting NPI:   1437258890
Service:          70553 MRI brain w/o & w/ contrast
Servicing:        Cottonwood Valley Memorial Hospital - Imaging
Status:           APPROVED  1 unit  11/12/2026 - 02/09/2027

This notice does not guarantee payment. Eligibility is verified at date of service.
Please do not reply to this mailbox. Questions: Provider Services 1-866-412-7730, option 3.
"""))

# 12 clean-lookalike: farm supply
add('clean', 'clean-lookalike', '', html(
    'Ostrander Co-op Farm & Home <deals@ostrandercoop.com>',
    'pat.unruh@ruraltel.net',
    'Winter herd health: 15% off dewormers, pour-ons & scour treatments',
    'Thu, 3 Dec 2026 06:15:00 -0600',
    '<promo.wk49.5530@ostrandercoop.com>',
    """<html><body style="margin:0;font-family:Verdana,sans-serif">
<div style="background:#7a1f1f;color:#fff;padding:14px;font-size:20px">Ostrander Co-op &middot; Farm &amp; Home</div>
<div style="padding:14px">
<p>Hi Pat,</p>
<p>Calving season will be here before you know it. This week only for Patronage Members:</p>
<table border="0" cellpadding="6">
<tr><td>Ivomec Pour-On 5L</td><td><s>$219.99</s> <b>$186.99</b></td></tr>
<tr><td>Scour-Bos 9 (10 dose)</td><td><s>$48.50</s> <b>$41.22</b></td></tr>
<tr><td>Bovi-Shield Gold 5 (50 dose)</td><td>Call for price &mdash; Rx/VCPR required</td></tr>
<tr><td>Electrolyte paste, calf</td><td>Buy 3 get 1</td></tr>
</table>
<p>Prescription animal health products require a valid veterinarian order on file. Ask the counter about the new VFD paperwork.</p>
<p>4-H families: Feed &amp; tag pickup for spring market hogs is Saturday Jan 9 at the Harlan Springs store.</p>
<p>&mdash; Your Co-op team</p>
</div>
<div style="font-size:10px;color:#777;padding:10px">Ostrander Cooperative Association, 900 Industrial Rd, Harlan Springs KS. Patronage #40-1182. <a href="https://ostrandercoop.com/prefs">Email preferences</a></div>
</body></html>"""))

# 13 phi-self: patient writing to dental office about crown and insurance
add('phi', 'phi-self', 'Penner', plain(
    'Dale Penner <dpenner1962@ruraltel.net>',
    'Harlan Springs Family Dental <office@hsfamilydental.com>',
    'bill for crown??',
    'Mon, 30 Nov 2026 19:22:05 -0600',
    '<000c01db3f2a$8d21e6b0$a765b410$@ruraltel.net>',
    """To whoever does the billing,

I got a statement for $1,140.00 for the crown on my lower left molar (the one that cracked on
the popcorn in September). When I was in, Tammy told me Delta would pay 50% after deductible
and my part would be around $600. Now the statement says "insurance denied - missing tooth
clause"? That tooth was never missing, it was cracked, you have the x-ray.

Can somebody please resubmit or call Delta. My member ID is on the card you copied but it's
DDK-2231-88405 if you need it.

Also I still need to schedule the 2nd half of the deep cleaning that Dr. Ruiz said I need.

Dale Penner
620-448-6051
"""))

# 14 clean-training: sample data obviously fake
add('clean', 'clean-training', '', mixed(
    'Janelle Rempel <jrempel@cvhealth.org>',
    'New Hire Orientation <orientation-dec@cvhealth.org>',
    'Orientation Day 2 - HIPAA & EHR practice exercise',
    'Fri, 4 Dec 2026 15:40:11 -0600',
    '<orient.d2.jrempel@cvhealth.org>',
    text("""Welcome again to everyone starting Monday!

Attached is the practice worksheet for Tuesday's EHR session. Everything in it uses the
TRAINING environment (TRN) with our usual test patients - Mickey Mouse, Donald Duck, Test
Patient Zzzpractice, etc. Please do NOT look up any real person in TRN or PROD for practice;
that is a reportable privacy incident and yes, the system logs it.

Bring your badge. Parking is the north lot behind the helipad.

Janelle Rempel
Clinical Education
"""),
    [att_text('EHR_practice_worksheet.txt', """EHR PRACTICE WORKSHEET - TRAINING ENVIRONMENT ONLY

Log in to: CVH-TRN  (user = your badge # + "trn")

Exercise 1. Search for patient ZZZPRACTICE, TEST (MRN TRN000001, DOB 01/01/1900).
            Document a set of vitals: BP 120/80, HR 72, T 98.6, SpO2 98%.
Exercise 2. Place an order for "CBC w/ auto diff" on MOUSE, MICKEY (MRN TRN000002).
            Route it to the TRAINING lab.
Exercise 3. Reconcile home meds for DUCK, DONALD (MRN TRN000003):
            lisinopril 10 mg daily, metformin 500 mg BID.
Exercise 4. Break the glass on TRN000004 and write down what the warning says.

When you finish, sign out and show the instructor your screen.
""")]))

# 15 phi-struct: X12 837P attached as .x12 octet-stream from billing
add('phi', 'phi-struct', 'Langidrik', mixed(
    'Rhonda Toews <rtoews@tricountychc.org>',
    'edi-support@claimbridge-clearinghouse.com',
    'Rejected batch 1127 - 2000B NM1 segment?',
    'Fri, 27 Nov 2026 11:03:40 -0600',
    '<rtoews.batch1127@tricountychc.org>',
    text("""Hello,

Our batch from 11/27 came back with a 999 reject, error IK3*NM1*14**8 and we can't see what
is wrong. Only one claim in the file. Attaching the file as we sent it. Can you look and tell
us what segment is bad?

Thank you,
Rhonda Toews
Billing Specialist, Tri-County Community Health Center
620-448-7100 x118
"""),
    [att_bin('TCCHC_837P_20261127_1127.x12',
"""ISA*00*          *00*          *ZZ*TCCHC0417      *ZZ*CLMBRIDGE      *261127*1044*^*00501*000001127*0*P*:~
GS*HC*TCCHC0417*CLMBRIDGE*20261127*1044*1127*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*1127*20261127*1044*CH~
NM1*41*2*TRI-COUNTY COMMUNITY HEALTH CENTER*****46*TCCHC0417~
PER*IC*RHONDA TOEWS*TE*6204487100~
NM1*40*2*HEARTLAND COMMUNITY CARE PLAN*****46*HCCP01~
HL*1**20*1~
NM1*85*2*TRI-COUNTY COMMUNITY HEALTH CENTER*****XX*1588207731~
N3*400 S MAIN ST~
N4*HARLAN SPRINGS*KS*66741~
REF*EI*481234567~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*LANGIDRIK*TIMOTHY*J***MI*HCC400552917~
N3*1020 W 4TH ST~
N4*HARLAN SPRINGS*KS*66741~
DMG*D8*19890312*M~
NM1*PR*2*HEARTLAND COMMUNITY CARE PLAN*****PI*HCCP01~
CLM*TC2611240031*185.00***11:B:1*Y*A*Y*Y~
HI*ABK:E119*ABF:I10~
NM1*82*1*LINDQVIST*SARAH****XX*1740398821~
LX*1~
SV1*HC:99214*145.00*UN*1***1:2~
DTP*472*D8*20261124~
LX*2~
SV1*HC:83036*40.00*UN*1***1~
DTP*472*D8*20261124~
SE*27*0001~
GE*1*1127~
IEA*1*000001127~
""")]))

# 16 phi-lang: Haitian Creole, son writing to hospital about father's discharge meds
add('phi', 'phi-lang', 'Dorvil', plain(
    'Wilner Dorvil <wdorvil.ks@gmail.com>',
    'CVMH Patient Financial Services <pfs@cvmhospital.org>',
    'Papa m Jean-Robert Dorvil - bòdwo lopital',
    'Tue, 24 Nov 2026 12:33:19 -0600',
    '<CAK4w9Dv=Tx8@mail.gmail.com>',
    """Bonjou,

Mwen se Wilner Dorvil, pitit gason Jean-Robert Dorvil. Papa m te rete nan lopital la depi
2 novanm rive 6 novanm pou kè li (yo te mete yon ti aparèy nan kè a). Kounye a nou resevwa
yon bòdwo $4,870 men li gen Medicaid (KanCare) ak Heartland. Kat manm li se HCC400921337.

Èske nou ka voye bòdwo a bay asirans lan ankò? Papa m pa li angle, tanpri rele m pito:
620-380-1149. Mwen travay lannwit, pi bon lè a se apre 2è.

Mèsi anpil,
Wilner
"""))

# 17 clean-staff: staff relative mentioned without health (4-H)
add('clean', 'clean-staff', '', plain(
    'Tammy Goering <tgoering@hsfamilydental.com>',
    'Dr. Luis Ruiz <lruiz@hsfamilydental.com>',
    'Sat hours / fair',
    'Wed, 11 Nov 2026 12:10:44 -0600',
    '<tg.1111.sat@hsfamilydental.com>',
    """Dr Ruiz,

Could I leave at 10:30 on Saturday the 21st instead of noon? Kaylee is showing her heifer at
the 4-H achievement night thing and then there's the awards lunch in Fredonia. I already asked
Jess and she can do checkout and phones for the last hour. The only late one on the books is
a recall exam at 11:15 so it should be quiet.

Also the Dentrix backup drive was blinking orange again this morning. I called Andy.

Tammy
"""))

# 18 phi-care: school nurse to FQHC about a student's seizure med at school
add('phi', 'phi-care', 'Sandoval', plain(
    'Carla Wiebe RN <cwiebe@usd390.org>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'Med authorization form for Isabella Sandoval (3rd grade)',
    'Mon, 9 Nov 2026 09:47:21 -0600',
    '<CWiebe.20261109.0947@usd390.org>',
    """Good morning Sarah,

I'm the nurse for Harlan Springs Elementary. Isabella Sandoval's mom dropped off a new bottle
of Diastat (rectal diazepam) 10 mg but the medication authorization form she brought is from
last school year and the dose on the pharmacy label doesn't match the form (form says 7.5 mg).

Could you fax or email a new signed school medication authorization with the current dose and
the seizure action plan? Until then I can only keep it in the office and will have to call 911
and mom if anything happens, which I'd rather not.

Our fax is 620-448-2290. Thanks so much,

Carla Wiebe, RN
School Nurse - Harlan Springs Elementary & Middle
USD 390
"""))

# 19 phi-lists: pasted spreadsheet of infusion deliveries (tab-separated in body)
add('phi', 'phi-lists', 'Trần', plain(
    'Dispatch HomeFlow <dispatch@homeflowrx.com>',
    'Drivers <drivers@homeflowrx.com>',
    'Mon 12/7 delivery route - south loop',
    'Fri, 4 Dec 2026 16:58:03 -0600',
    '<route.1207.south@homeflowrx.com>',
    """South loop Monday. Coolers in bay 2. Call ahead on all of them, half these folks don't
answer unknown numbers so leave a msg saying HomeFlow.

Stop\tPatient\tAddress\tPhone\tDelivery\tNotes
1\tTrần Văn Hùng\t312 Oak St, Harlan Springs\t620-448-0972\tIVIG 7 days + supplies\tdaughter Linh translates
2\tFloyd Hostetler\t4418 County Rd 9\t620-448-2917\tceftriaxone 2g x7, flushes\tdog is friendly, gate sticks
3\tMaxine Buller\t88 Prairie Ln, Galesburg\t620-763-4410\tTPN x7 + lipids\tREFRIGERATE, nurse visit same day
4\tAnjanette Kabua\t1020 W 4th St Apt B\t620-212-6634\tvanc 1.25g q12 x14\tcheck trough draw kit is in bag
5\tRoy Stucky\t22901 Hwy 59\t620-449-0178\tmilrinone cassette\tPUMP swap, bring backup CADD

Cindy is off so Marco takes the south loop. Sign the delivery log on every stop, no exceptions.
"""))

# 20 clean-lookalike: credit union notice (HSA-looking)
add('clean', 'clean-lookalike', '', plain(
    'Prairie Plains Credit Union <alerts@prairieplainscu.org>',
    'ldelgado.hs@gmail.com',
    'Your HSA contribution limit for 2027 and a security reminder',
    'Tue, 1 Dec 2026 09:00:00 -0600',
    '<n.20261201.44190@prairieplainscu.org>',
    """Prairie Plains Credit Union
Member Notice

Health Savings Account holders: the IRS 2027 contribution limits are $4,400 (self-only) and
$8,750 (family), plus a $1,000 catch-up if you are 55 or older. You can change your payroll
deduction with your employer or set up a transfer in online banking.

Reminder: Prairie Plains will never call or text you asking for your PIN, one-time code or
full card number. If someone claiming to be from the credit union, the hospital billing office
or Medicare asks for these, hang up and call us at 620-448-1900.

Holiday hours: closed Thursday 11/26 and Friday 12/25. Drive-thru open until noon 12/24.

Federally insured by NCUA. Equal Housing Opportunity.
Account ending ...4471. To stop e-notices, log in > Settings > Notices.
"""))

# 21 phi-names: staff relative, PTO request mentions son's surgery
add('phi', 'phi-names', 'Unruh', plain(
    'Travis Unruh <tunruh@cvhealth.org>',
    'Megan Siebert <msiebert@cvhealth.org>',
    'PTO next Thurs-Fri',
    'Thu, 3 Dec 2026 08:12:40 -0600',
    '<tu.pto.1203@cvhealth.org>',
    """Megan,

Need to put in for Thu 12/10 and Fri 12/11. Our youngest, Brody, is getting his tonsils and
adenoids out at Children's Mercy on Thursday morning (Dr. Abiola, finally got in after the
third strep this fall). They said plan on one night if his oxygen dips because of the sleep
apnea thing. Jess will be with him Friday so I could probably VPN in a few hours if
something breaks.

I'll swap on-call with Dustin, he already said yes.

Travis
"""))

# 22 clean-admin: MCO provider bulletin (aggregate, policy)
add('clean', 'clean-admin', '', html(
    'Heartland Community Care Plan Provider Relations <providernews@heartlandccp.com>',
    'providers@lists.heartlandccp.com',
    'Provider Bulletin 26-14: prior auth changes for advanced imaging effective 1/1/2027',
    'Mon, 30 Nov 2026 10:00:00 -0600',
    '<bulletin-26-14@heartlandccp.com>',
    """<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p style="font-size:16px;color:#00558c"><b>Provider Bulletin 26-14</b></p>
<p>Dear Provider,</p>
<p>Effective <b>January 1, 2027</b>, Heartland Community Care Plan will no longer require prior authorization for the following when performed in an outpatient setting by a participating critical-access hospital:</p>
<ul><li>CT head/brain without contrast (70450)</li><li>CT abdomen/pelvis with contrast (74177)</li><li>Ultrasound, lower extremity venous duplex (93970, 93971)</li></ul>
<p>Prior authorization <u>remains required</u> for MRI, PET, nuclear cardiology and CT angiography.</p>
<p>In calendar year 2026, 94% of advanced imaging requests from rural critical-access hospitals were approved on first review; the median turnaround was 1.6 business days.</p>
<p>The updated PA grid is on the provider portal under <i>Resources &gt; Utilization Management</i>. Questions: contact your Provider Relations representative or call 1-866-412-7730, option 5.</p>
<hr><p style="font-size:10px;color:#888">Heartland Community Care Plan is a KanCare managed care organization. This communication is intended for contracted providers. CONFIDENTIALITY: This message may contain confidential information; if you received it in error, please delete it.</p>
</body></html>"""))

# 23 phi-ids: pharmacy to clinic, just identifiers + refill
add('phi', 'phi-ids', '', plain(
    'HomeFlow Pharmacy <rph@homeflowrx.com>',
    'nurseline@tricountychc.org',
    'Refill request RX# 7718204',
    'Wed, 25 Nov 2026 14:44:09 -0600',
    '<rr7718204@homeflowrx.com>',
    """RX# 7718204   Pt acct HF-30917   DOB 09/19/1944
enoxaparin 40 mg/0.4 mL SC daily - 0 refills remaining
Last fill 11/04/2026 qty 30
Prescriber: Chidi Okafor MD

Please send new Rx or call 620-448-9050. Pt has ~3 days left.
"""))

# 24 phi-self: Marshallese-accented English, patient to FQHC via portal
add('phi', 'phi-self', 'Lometo', plain(
    'Helina Lometo <helinalometo@outlook.com>',
    'TCCHC Patient Messages <messages@tricountychc.org>',
    'my sugar medicine',
    'Sun, 15 Nov 2026 22:03:48 -0600',
    '<DM6PR11MB3121.lometo@outlook.com>',
    """Iokwe. This is Helina Lometo I am patient of Doctor Sarah. My sugar medicine the big one
(metformin) is make my stomach very bad every day since she make it 2 times. I stop it 3 day
ago. Sugar in the morning this is 212 and 190 and 245. I am work in the chicken plant second
shift I can not come in morning time. Also my husband Tommy he need his blood pressure
medicine he is out since last week, he is also patient there. Please call to my niece
Rosalyn she speak english good 620-212-7730.

Kommol tata
Helina
"""))

# 25 clean-news: general health news from MCO member newsletter
add('clean', 'clean-news', '', html(
    'Heartland Community Care Plan <members@heartlandccp.com>',
    'member-newsletter@lists.heartlandccp.com',
    'Healthy Heartland: winter tips, free rides to appointments, and a $25 reward',
    'Wed, 2 Dec 2026 11:00:00 -0600',
    '<nl-member-2026-12@heartlandccp.com>',
    """<html><body style="font-family:Arial;font-size:14px;max-width:640px">
<h1 style="color:#00558c;font-size:22px">Healthy Heartland &middot; Winter 2026</h1>
<h3>Get your $25 reward</h3>
<p>Members ages 18&ndash;75 with diabetes can earn a $25 gift card for completing an A1c test and a diabetic eye exam in 2026. There is still time &mdash; call your clinic before December 31.</p>
<h3>Need a ride?</h3>
<p>Heartland covers non-emergency rides to covered appointments, including dialysis and pharmacy trips. Call 1-866-412-7731 at least 3 business days ahead.</p>
<h3>Carbon monoxide and space heaters</h3>
<p>Every winter, Kansas ERs see people sick from CO. Install a CO alarm, never use a generator or grill inside, and keep space heaters 3 feet from anything that burns.</p>
<h3>Habla espa&ntilde;ol? / Kwe jela kajin Majel?</h3>
<p>Free interpreters are available for all your visits. Tell your clinic when you make the appointment.</p>
<p style="font-size:11px;color:#777">Heartland Community Care Plan, KanCare. Member Services 1-866-412-7700 (TTY 711). To unsubscribe, visit heartlandccp.com/preferences.</p>
</body></html>"""))

# 26 phi-struct: CSV export attached - no-show report
add('phi', 'phi-struct', 'Jibas', mixed(
    'Lupe Castañeda <lcastaneda@tricountychc.org>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>; Rhonda Toews <rtoews@tricountychc.org>',
    'No-show report Nov - for the outreach calls',
    'Tue, 1 Dec 2026 16:20:31 -0600',
    '<lc.noshow.nov@tricountychc.org>',
    text("""Here's the November no-show export out of the EHR. I filtered to people with 2+ no-shows
so we can call them before we discharge anybody from the practice. A lot of them are the
second shift plant folks again. Lupe
"""),
    [att_text('noshow_2plus_2026-11.csv', """MRN,Last,First,DOB,Phone,Language,NoShows_Nov,Last_Appt_Type,Provider
TC-55021,Jibas,Lijon,06/07/1971,620-448-1172,Marshallese,3,DM follow-up,Lindqvist
TC-61880,Kabua,Jinna,01/22/1984,620-212-0441,Marshallese,2,A1c/foot exam,Lindqvist
TC-40217,Reyes,Alondra,11/03/1999,620-380-5512,Spanish,2,Prenatal 28wk,Mendez
TC-38002,Pham,Quoc,07/15/1962,620-448-7789,Vietnamese,2,HTN f/u,Okafor
TC-70144,Beaubrun,Rose-Carline,02/28/1990,620-380-0967,Haitian Creole,4,Behavioral health intake,Hiebert
TC-29931,Wedel,Carl,12/09/1951,620-449-2203,English,2,COPD spirometry,Okafor
""", cte='qp')]))

# 27 phi-lang: Vietnamese, daughter to infusion pharmacy about father's IVIG
add('phi', 'phi-lang', 'Trần', plain(
    'Linh Tran <linh.tran.ks@gmail.com>',
    'HomeFlow Intake <intake@homeflowrx.com>',
    'Về lịch truyền thuốc của bố tôi - Trần Văn Hùng',
    'Thu, 3 Dec 2026 20:41:15 -0600',
    '<CAL8z1Tr=Hq2@mail.gmail.com>',
    """Chào anh chị,

Tôi là Linh, con gái của ông Trần Văn Hùng (ngày sinh 22/05/1953). Thứ Hai tuần sau nhà thuốc
sẽ giao thuốc IVIG cho bố tôi, nhưng y tá nói lần truyền tới là thứ Tư 9/12. Bố tôi bị sốt nhẹ
và nổi mẩn sau lần truyền trước (khoảng 38 độ), bác sĩ Okafor có dặn là phải uống Tylenol và
Benadryl trước khi truyền. Xin cho tôi biết y tá có mang theo thuốc đó không, hay gia đình phải
tự mua?

Sorry my english not so good so I write Vietnamese. You can call me 620-448-0972 after 5pm.

Cảm ơn nhiều,
Linh
""", cte='b64'))

# 28 clean-staff: dental office staff talking about supply order and a de-identified case
add('clean', 'clean-staff', '', plain(
    'Dr. Luis Ruiz <lruiz@hsfamilydental.com>',
    'Staff <staff@hsfamilydental.com>',
    'lunch & learn Thursday + sterilizer',
    'Mon, 16 Nov 2026 07:02:33 -0600',
    '<lr.1116.ll@hsfamilydental.com>',
    """Team,

Lunch and learn Thursday at 12:15, the Septodont rep is bringing sandwiches from Main Street
Deli. Topic is articaine vs lidocaine for pediatric blocks. Jess, please block 12-1:30 for me
and Dr. Abrams.

Sterilizer #2 failed the spore test again. Do NOT use it. Pack everything through #1 until the
Patterson tech comes Wednesday. Log each cycle on the sheet.

One more thing - we had a kiddo last week who nearly fainted during a simple filling because
nobody asked if they'd eaten breakfast. Ask every peds patient's parent. Put it in the
pre-op script.

LR
"""))

# 29 phi-care: FQHC to hospital imaging - schedule ultrasound, Outlook HTML with signature
add('phi', 'phi-care', 'Reyes', html(
    'Elena Mendez CNM <emendez@tricountychc.org>',
    'CVMH Imaging Scheduling <imaging@cvmhospital.org>',
    'Growth US for Alondra Reyes - this week if possible',
    'Mon, 30 Nov 2026 13:27:50 -0600',
    '<MN2PR04MB6127.emendez@tricountychc.org>',
    """<html><head><style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Hi imaging team,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Can you get <b>Alondra Reyes</b> (DOB 11/03/1999) in for a growth ultrasound with AFI this week? She&rsquo;s 29w2d today, fundal height is measuring 25. Order is in the system under my name. She has missed two visits so please call her directly at 620-380-5512 and not the number in the chart (that&rsquo;s her old boyfriend&rsquo;s). Spanish preferred.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you can only do Friday, that&rsquo;s fine, I&rsquo;ll see her after.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks!</p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0" style="border-top:1px solid #999"><tr><td style="padding-top:6px">
<p class="MsoNormal" style="font-size:10pt"><b>Elena Mendez, CNM</b><br>Tri-County Community Health Center<br>400 S Main St, Harlan Springs, KS 66741<br>P 620-448-7100 | F 620-448-7199</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by law. Any unauthorized review, use, disclosure or distribution is prohibited.</p>
</td></tr></table>
</div></body></html>""", cs='windows-1252', cte='qp'))

# 30 clean-lookalike: county road department
add('clean', 'clean-lookalike', '', plain(
    'Ostrander County Road & Bridge <roads@ostrandercountyks.gov>',
    'CVMH EMS Director <ems@cvmhospital.org>; Sheriff Dispatch <dispatch@ostrandercountyks.gov>; USD 390 Transportation <buses@usd390.org>',
    'Closure: CR 9 bridge over Big Hill Creek 12/8-12/18 - ambulance detour',
    'Thu, 3 Dec 2026 13:15:00 -0600',
    '<rb-closure-2026-044@ostrandercountyks.gov>',
    """Road & Bridge Closure Notice 2026-044

County Road 9 will be CLOSED at the Big Hill Creek bridge (between 4200 and 4600 blocks)
from Tuesday 12/8 through approximately Friday 12/18 for deck replacement.

Detour: CR 9 north to Hwy 59, east 2 miles to 2600 Rd, south back to CR 9.
Adds approx. 6 minutes. Heavy trucks over 20 tons must use Hwy 47.

EMS / Fire / Sheriff: the residences in the 4400 block (3 houses) will be reachable from the
south side only. Please update your run cards. We've sent letters to those households.

School buses: route 7 will turn around at the Mennonite church lot.

Contact: Dean Friesen, Road Supervisor, 620-448-5260 / cell 620-330-1846.
"""))

# 31 phi-names: Subject-line name, Last, First format, mixed with staff names
add('phi', 'phi-names', 'Beaubrun', plain(
    'Marcus Hiebert LCSW <mhiebert@riverbendbh.org>',
    'Intake <intake@riverbendbh.org>',
    'Beaubrun, Rose-Carline -- reschedule intake w/ Creole interp',
    'Wed, 2 Dec 2026 10:51:06 -0600',
    '<mh.1202.intake@riverbendbh.org>',
    """Intake team,

Please get Beaubrun, Rose-Carline back on my intake slots next week. She no-showed twice but
Sarah L. at TCCHC says both times it was a transportation thing, not avoidance. Referral was
for postpartum depression screen (EPDS 17). Baby is 7 wks.

She needs a Haitian Creole interpreter IN PERSON if at all possible - she wasn't comfortable
on the phone line last time. Guerline from the health dept has done it for us before.

Thanks - Marcus
"""))

# 32 clean-training: BH staff training on PHQ-9 with fictional vignette
add('clean', 'clean-training', '', plain(
    'Riverbend Clinical Training <training@riverbendbh.org>',
    'All Clinicians <clinicians@riverbendbh.org>',
    'Dec case conference - vignette for discussion (fictional)',
    'Fri, 27 Nov 2026 14:00:12 -0600',
    '<cc-dec-2026@riverbendbh.org>',
    """Case conference is Thursday 12/10 at noon in the big room (and Teams).

This month's vignette is FICTIONAL and built from several composite situations. Please read
beforehand.

  "A 34-year-old farmworker presents after his wife urges him to come in. He reports poor
   sleep since harvest ended, a PHQ-9 of 16, and drinking 'a few more beers than before.'
   He denies suicidal ideation but says his father 'went the same way' at about this age.
   He has no insurance, no transportation in winter, and works 60-hour weeks in season."

Discussion questions:
 1. How would you structure a safety assessment with someone who minimizes?
 2. What rural-specific barriers would you plan around?
 3. When would you involve family, and how?

CEUs: 1.0 (social work / LPC). Sign the sheet.
"""))

# 33 phi-struct: FHIR JSON attached from public health immunization registry query
add('phi', 'phi-struct', 'Lakjohn', mixed(
    'KSWebIZ Support Desk <kswebiz-help@ostrandercountyks.gov>',
    'Lupe Castañeda <lcastaneda@tricountychc.org>',
    'RE: Immunization history query returned 2 matches',
    'Thu, 19 Nov 2026 15:08:44 -0600',
    '<izq-77120.reply@ostrandercountyks.gov>',
    text("""Lupe,

The query you sent matched two registry records with the same name. The attached is the one
whose DOB matches what you gave us. The other one is a 2009 DOB so probably his cousin. Let
us know which to merge into; we will not merge until a clinic confirms.

Guerline Joseph
County Immunization Coordinator

-----Original Message-----
From: Lupe Castañeda
Sent: Wednesday, November 18, 2026 4:40 PM
Subject: Immunization history query returned 2 matches

Trying to get Bwij's shot record for TB/school clearance, registry shows 2 of him.
"""),
    [att_text('Immunization_Bundle_Lakjohn.json', """{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 1,
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "ksiz-5530118",
        "identifier": [{"system": "urn:ks:webiz:client", "value": "5530118"}],
        "name": [{"family": "Lakjohn", "given": ["Bwij"]}],
        "gender": "male",
        "birthDate": "2011-08-14",
        "address": [{"line": ["1030 W 4th St"], "city": "Harlan Springs", "state": "KS", "postalCode": "66741"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
        "patient": {"reference": "Patient/ksiz-5530118"},
        "occurrenceDateTime": "2023-09-05",
        "performer": [{"actor": {"display": "Ostrander County Health Department"}}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "114", "display": "MenACWY"}]},
        "patient": {"reference": "Patient/ksiz-5530118"},
        "occurrenceDateTime": "2023-09-05"
      }
    }
  ]
}
""")]))

# 34 phi-self: hospital patient angry about bill, plain, long-ish
add('phi', 'phi-self', 'Buller', plain(
    'Maxine Buller <mbuller.galesburg@ruraltel.net>',
    'Patient Financial Services <pfs@cvmhospital.org>',
    'THIRD time writing about the ER bill',
    'Mon, 23 Nov 2026 08:05:57 -0600',
    '<000301db3d9e$4c7a2f10$e56e8d30$@ruraltel.net>',
    """This is the third time I am writing and nobody calls me back.

Account 20-8817734. I was in your ER on August 9 when I fell off the porch step and they did
x-rays of my wrist and a CT of my head because I was on the blood thinner. Medicare paid. My
supplement (Bankers Life) paid. I have the EOBs in front of me. Now you are sending me to
collections for $312.48 which your own statement says is "patient responsibility - observation
status" but I was never kept overnight, I was home by 9 pm, my neighbor Edna drove me.

I am 81 years old and on TPN at home now through HomeFlow, I do not need this stress. Please
fix this and call me at 620-763-4410, I am home all day. If I do not hear by December 1 I am
calling Rep. Hoffman's office.

Maxine Buller
88 Prairie Lane
Galesburg KS
"""))

# 35 clean-admin: credentialing / policy reminder
add('clean', 'clean-admin', '', plain(
    'Medical Staff Office <medstaff@cvmhospital.org>',
    'Medical Staff <medstaff-all@cvmhospital.org>',
    'Reappointment packets due 12/15 + new telehealth privileges form',
    'Tue, 17 Nov 2026 11:30:22 -0600',
    '<mso.reappt.2027@cvmhospital.org>',
    """Good morning,

Reappointment packets for providers due in the January 2027 cycle are due back to the
Medical Staff Office by Tuesday 12/15. If your name is on the list in the lounge, that means you.

New this year:
  * Telehealth privileges (tele-stroke with KU, tele-psych with Riverbend) now use a
    separate delineation form. It's in the packet, pink paper.
  * OPPE data for Q3 will be shared individually by the CMO; no action needed.
  * Proof of DEA and KS controlled substance registration are both required even if one
    hasn't changed.

Credentials Committee meets 1/6. Board approval 1/20.

Thank you,
Darlene Koehn, CPMSM
Medical Staff Coordinator
"""))

# 36 phi-care: hospital lab to clinic, critical call-back log in reply thread
add('phi', 'phi-care', 'Wedel', plain(
    'Chidi Okafor MD <cokafor@tricountychc.org>',
    'CVMH Lab <lab@cvmhospital.org>',
    'RE: critical value - Carl Wedel',
    'Fri, 20 Nov 2026 17:41:33 -0600',
    '<co.re.crit.1120@tricountychc.org>',
    """Got it, thanks Jolene. Called him myself, he's going to come to the ER tonight for a
recheck and EKG. Son-in-law is bringing him. I let the ER doc know.

-CO

From: CVMH Lab <lab@cvmhospital.org>
Sent: Friday, November 20, 2026 4:58 PM
To: Chidi Okafor MD <cokafor@tricountychc.org>
Subject: critical value - Carl Wedel

Dr. Okafor,

Critical value on WEDEL, CARL (CV MRN 000301774), collected 11/20 10:15 at TCCHC:
   Potassium 6.4 mmol/L (ref 3.5-5.1)  -- specimen NOT hemolyzed
Called to your office at 16:50, nurse line went to voicemail. Emailing per policy as second
attempt. Please reply to acknowledge.

Jolene Reimer, MLS(ASCP)
CVMH Laboratory, ext 2280
"""))

# 37 clean-news: 4-H newsletter with health-ish content
add('clean', 'clean-news', '', plain(
    'Ostrander County 4-H <ostrander4h@ksu.edu>',
    '4-H Families <4hfamilies@lists.ksu.edu>',
    'Clover Chronicle - December',
    'Mon, 30 Nov 2026 19:00:00 -0600',
    '<clover-chronicle-2026-12@ksu.edu>',
    """OSTRANDER COUNTY 4-H - CLOVER CHRONICLE - DECEMBER 2026

* Achievement Night recap: congratulations to all 61 members recognized! Photos are on the
  Facebook page. Pins that weren't picked up are at the Extension office.
* Enrollment for 2027 is open in 4HOnline until Jan 15. Health forms: please update the
  medical release and allergy info for your own family in 4HOnline before camp season. We do
  not collect these by email - please don't send them to us.
* Market hog and lamb tag-in: Sat Jan 9, 8-11 am at the Co-op. Bring your premises ID.
* Livestock biosecurity: swine influenza showed up at two fairs in other states this summer.
  Wash hands after the barn, no food in the barns, and stay home from shows if your animals
  are off feed.
* Babysitting/first aid clinic (ages 11+) with the county health nurses - Feb 6. Sign up with
  Extension.
* Club leaders: volunteer screening renewals are due Dec 31.

Ostrander County Extension - 301 N Main, Harlan Springs - 620-448-5330
K-State Research and Extension is an equal opportunity provider and employer.
"""))

# 38 phi-lists: MCO care-management list, HTML table
add('phi', 'phi-lists', 'Voth', html(
    'Tanya Brubacher RN <tbrubacher@heartlandccp.com>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'High-risk members attributed to TCCHC - Dec outreach',
    'Tue, 1 Dec 2026 09:44:02 -0600',
    '<TB.20261201.cm@heartlandccp.com>',
    """<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Sarah,</p>
<p>Here are your attributed members who hit our high-risk flag this month. Any help getting them in before the end of the year would be great. I&rsquo;ve already left messages for most.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce6f1"><th>Member</th><th>Member ID</th><th>DOB</th><th>Trigger</th><th>Last PCP visit</th></tr>
<tr><td>Voth, Harold</td><td>HCC400113870</td><td>02/11/1947</td><td>2 ED visits + 1 admit / 60 days</td><td>06/2026</td></tr>
<tr><td>Jibas, Lijon</td><td>HCC400661092</td><td>06/07/1971</td><td>A1c &gt; 9, no eye exam</td><td>11/2026</td></tr>
<tr><td>Beaubrun, Rose-Carline</td><td>HCC401002458</td><td>02/28/1990</td><td>Postpartum, no PP visit</td><td>&mdash;</td></tr>
<tr><td>Sandoval, Isabella</td><td>HCC400887315</td><td>05/19/2017</td><td>Rescue med fills x3, no neuro f/u</td><td>09/2026</td></tr>
<tr><td>Wedel, Carl</td><td>HCC400204466</td><td>12/09/1951</td><td>ED visit, K+ critical</td><td>11/2026</td></tr>
</table>
<p>Thanks,<br>Tanya Brubacher, RN, CCM<br>Care Manager, Southeast Region<br>Heartland Community Care Plan &middot; 620-330-4412</p>
</body></html>"""))

# 39 phi-ids: claim status reply from MCO, claim # + member ID + DOS
add('phi', 'phi-ids', '', plain(
    'Provider Services <provservices@heartlandccp.com>',
    'Rhonda Toews <rtoews@tricountychc.org>',
    'RE: Claim inquiry 2611-44718-02',
    'Wed, 2 Dec 2026 15:31:09 -0600',
    '<ps.case.889213@heartlandccp.com>',
    """Case #889213

Claim 2611-44718-02 | Mbr HCC400552917 | DOS 11/24/2026 | Billed $185.00
Line 1 99214 - PAID $98.41
Line 2 83036 - DENIED CARC 97 / RARC N20 (bundled with lab billed by CVMH same DOS)

If the A1c was performed in your office (CLIA waived) submit a corrected claim (freq 7)
with modifier QW. Ref original claim number in REF*F8.

Heartland Provider Services

> -----Original Message-----
> From: Rhonda Toews
> Sent: Monday, November 30, 2026 10:02 AM
> Subject: Claim inquiry 2611-44718-02
> Why was line 2 denied? Test was done POC in our lab.
"""))

# 40 clean-lookalike: gym / wellness program at the rec center
add('clean', 'clean-lookalike', '', html(
    'Harlan Springs Rec Center <info@hsrecreation.org>',
    'members@hsrecreation.org',
    'Your New Year health assessment + SilverSneakers classes',
    'Fri, 4 Dec 2026 12:00:00 -0600',
    '<hsrec-2026-12-04@hsrecreation.org>',
    """<html><body style="font-family:Tahoma;font-size:13px">
<p><b>Start 2027 strong!</b></p>
<p>Book a free 30-minute fitness assessment with one of our trainers &mdash; body composition, grip strength, blood pressure check and a personal plan. January slots open December 14.</p>
<p><b>SilverSneakers &amp; Renew Active</b> members: Chair Yoga (M/W 9:00), Water Walking (T/Th 10:00) and the new Balance &amp; Fall Prevention class with the CVMH physical therapists (Fridays 10:30).</p>
<p>Diabetes Prevention Program info night: Jan 7, 6 pm, Community Room. Free, no referral needed.</p>
<p>Pool closed Dec 21&ndash;27 for maintenance.</p>
<p style="font-size:11px;color:#999">Harlan Springs Recreation Commission &middot; 500 Park Ave &middot; 620-448-4100</p>
</body></html>"""))

# 41 phi-names: possessive, nickname and family members, staff chatter in thread
add('phi', 'phi-names', 'Kabua', plain(
    'Rosina Langidrik <rlangidrik@tricountychc.org>',
    'Lupe Castañeda <lcastaneda@tricountychc.org>',
    'Re: interp schedule thurs',
    'Wed, 18 Nov 2026 13:19:40 -0600',
    '<rl.1118.interp@tricountychc.org>',
    """ok I can stay til 1. Jinna's appointment she always bring her auntie and the auntie talk
for her, so I need extra time, Sarah want to ask about Jinna's feet and the sugar log
without auntie answering. also Anjanette Kabua (that's Jinna's cousin, different
household) got the home IV thing now from HomeFlow, she ask me if the nurse can come to
her house on Thursday evening after her shift, can you ask them? she don't want to call
herself.

Rosina

On Wed, Nov 18, 2026 at 12:58 PM Lupe Castañeda wrote:
> Rosina can you stay past noon Thursday? Sarah has 3 Marshallese pts in the afternoon
"""))

# 42 clean-training: HL7 interface training with obviously fake data
add('clean', 'clean-training', '', mixed(
    'Travis Unruh <tunruh@cvhealth.org>',
    'Interface Team <iface-team@cvhealth.org>',
    'Sample ADT^A08 for the mapping exercise (test data)',
    'Tue, 24 Nov 2026 10:17:02 -0600',
    '<tu.hl7train.1124@cvhealth.org>',
    text("""Here's the sample message for Thursday's mapping session with the TCCHC folks. It's built
from the vendor's test harness - EVERYONE, TEST patient, fake MRN. Please use only this and
the other files in \\\\cvh-fs01\\iface\\training\\ for the exercise, not anything pulled from the
live error queue.

Travis
"""),
    [att_bin('sample_ADT_A08_TEST.hl7',
"""MSH|^~\\&|TRAIN_ADT|CVMH_TEST|TRAIN_EHR|TCCHC_TEST|20261124100000||ADT^A08|TRN000001|T|2.5.1\r
EVN|A08|20261124100000\r
PID|1||TEST00001^^^CVMH_TEST^MR||EVERYONE^TEST^A||19000101|U|||123 TEST ST^^ANYTOWN^KS^00000\r
PV1|1|I|TST^101^A^CVMH_TEST||||9999^DOCTOR^TEST^^^MD\r
""")]))

# 43 phi-lang: Spanish code-switched, staff to staff about patient (FQHC MA)
add('phi', 'phi-lang', 'Reyes', plain(
    'Guadalupe Castañeda <lcastaneda@tricountychc.org>',
    'Elena Mendez CNM <emendez@tricountychc.org>',
    'Alondra',
    'Thu, 3 Dec 2026 11:02:27 -0600',
    '<lc.1203.alondra@tricountychc.org>',
    """Elena, hablé con Alondra Reyes por teléfono. Dice que no vino el martes porque su raite
la dejó plantada, y que ya tiene el ultrasonido el viernes a las 10 en el hospital. Le
pregunté por los movimientos del bebé y dice que sí se mueve pero "menos que antes", so I
told her to do the kick counts tonight y que si son menos de 10 en 2 horas que se vaya
directo a Labor & Delivery. Also she's out of prenatal vitamins and the iron. ¿Le mandas
la receta a Walmart de Chanute?

Lupe
""", cs='iso-8859-1', cte='qp'))

# 44 clean-staff: behavioral health staff - aggregate caseload & supervision
add('clean', 'clean-staff', '', plain(
    'Deb Klassen <dklassen@riverbendbh.org>',
    'Clinical Staff <clinicians@riverbendbh.org>',
    'crisis line volume & weekend rotation',
    'Mon, 30 Nov 2026 08:40:18 -0600',
    '<dk.crisis.1130@riverbendbh.org>',
    """Morning all,

Quick numbers from the crisis line: 41 calls in November vs 26 in October, 9 of them after
midnight on weekends. Three needed a mobile response. Nobody went to the state hospital this
month, which is a credit to you.

Given the numbers I'm adding a second on-call for Fri/Sat nights through February. Please
put your blackout dates on the sheet by Friday. Comp time is 1:1, or paid at the on-call rate.

Also: supervision groups move to Tuesdays at 8 starting next week.

Be kind to yourselves this month. EAP number is on the break room fridge if you need it.

Deb Klassen, LSCSW
Clinical Director
"""))

# 45 phi-struct: X12 271 eligibility response pasted in body by front desk
add('phi', 'phi-struct', 'Nguyen', plain(
    'Front Desk HS <frontdesk-hs@tricountychc.org>',
    'Rhonda Toews <rtoews@tricountychc.org>',
    'what does this 271 mean?? pt at desk',
    'Wed, 25 Nov 2026 08:52:11 -0600',
    '<fd.271.1125@tricountychc.org>',
    """Rhonda, Thi Lan Nguyen is here for her 9:00 and the eligibility check came back weird, I
copied the raw thing. Is she active or not?? She says she has the card.

ISA*00*          *00*          *ZZ*HCCP01         *ZZ*TCCHC0417      *261125*0850*^*00501*000004471*0*P*:~
GS*HB*HCCP01*TCCHC0417*20261125*0850*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG4471*20261125*0850~
HL*1**20*1~
NM1*PR*2*HEARTLAND COMMUNITY CARE PLAN*****PI*HCCP01~
HL*2*1*21*1~
NM1*1P*2*TRI-COUNTY COMMUNITY HEALTH CENTER*****XX*1588207731~
HL*3*2*22*0~
NM1*IL*1*NGUYEN*THI LAN****MI*HCC400349981~
DMG*D8*19790418*F~
EB*6**30~
DTP*307*RD8*20260101-20261031~
MSG*COVERAGE TERMINATED - ANNUAL REVIEW NOT RETURNED~
SE*13*0001~
GE*1*4471~
IEA*1*000004471~
"""))

# 46 phi-self: patient to BH clinic, short phone message
add('phi', 'phi-self', 'Harder', plain(
    'Josh Harder <jharder77@icloud.com>',
    'Riverbend Behavioral Health <frontdesk@riverbendbh.org>',
    'cant make it',
    'Tue, 24 Nov 2026 06:58:02 -0600',
    '<8E2C1A77-44B1-4F0B-9D2E-1A9F7E3C2B10@icloud.com>',
    """This is Josh Harder, I cant make my 8am with Marcus today, calf came early and I'm stuck
in the barn. Can I get back in this week? Also need the Suboxone refill before Friday or I'm
out. Pharmacy is the Walgreens in Chanute now not Dillons.

Sent from my iPhone"""))

# 47 phi-care: forward as message/rfc822 - dental referral to oral surgeon
_inner47 = plain(
    'Harlan Springs Family Dental <office@hsfamilydental.com>',
    'Referrals <referrals@southeastoms.com>',
    'Referral: Kaden Stucky - #17, #32 extraction',
    'Tue, 10 Nov 2026 14:05:00 -0600',
    '<hsfd.ref.1110.ks@hsfamilydental.com>',
    """Referral for oral surgery consult

Patient: Kaden Stucky   DOB 07/30/2008   Guardian: Arlene Stucky 620-449-0178
Requested: consult + extraction of #17 and #32 (partially impacted), IV sedation per your eval
Pano taken 11/10/2026 attached to our portal upload (Dexis).
Insurance: KanCare / Heartland (dental via Skygen)
Notes: anxious with needles, fainted at last blood draw per mom.

Luis Ruiz, DDS
""")
add('phi', 'phi-care', 'Stucky', mixed(
    'Jess Aguilar <jaguilar@hsfamilydental.com>',
    'Dr. Luis Ruiz <lruiz@hsfamilydental.com>',
    'FW: Referral: Kaden Stucky - #17, #32 extraction',
    'Mon, 30 Nov 2026 09:15:48 -0600',
    '<ja.fw.1130@hsfamilydental.com>',
    text("""Dr. Ruiz - the oral surgeon's office says they never got this, they want the pano sent
again by fax AND a new referral signed. Fwd'ing the original so you can see what we sent.
Mom called twice. Jess
"""),
    [fwd_rfc822(_inner47)]))

# 48 clean-admin: HR open enrollment with benefits language
add('clean', 'clean-admin', '', html(
    'CVH Human Resources <hr@cvhealth.org>',
    'All Staff <allstaff@cvhealth.org>',
    'LAST WEEK: 2027 Open Enrollment closes Friday 12/11',
    'Mon, 7 Dec 2026 07:30:00 -0600',
    '<hr-oe-2027-final@cvhealth.org>',
    """<html><body style="font-family:Arial;font-size:13px">
<p>Reminder: <b>Open Enrollment closes Friday, December 11 at 5:00 p.m.</b> If you do nothing, your medical, dental and vision elections roll over, but your <b>FSA and HSA elections do not</b>.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Plan</th><th>Employee only (biweekly)</th><th>Employee + family</th></tr>
<tr><td>BCBS PPO 1500</td><td>$58.20</td><td>$291.40</td></tr>
<tr><td>BCBS HDHP 3400 + HSA</td><td>$21.75</td><td>$164.10</td></tr>
<tr><td>Delta Dental</td><td>$6.10</td><td>$31.55</td></tr>
</table>
<p>The employer HSA seed is $750 / $1,500 for 2027. The tobacco surcharge attestation is required for everyone this year.</p>
<p>Questions? Megan Siebert, ext 2101, or stop by HR Tues/Thurs 2&ndash;4.</p>
<p style="font-size:10px;color:#888">Please do not send medical documentation to HR by email. Leave-of-absence paperwork goes directly to our third-party administrator.</p>
</body></html>"""))

# 49 phi-lists: bullet list in reply, county public health TB contacts
add('phi', 'phi-lists', 'Lakjohn', plain(
    'Guerline Joseph <gjoseph@ostrandercountyks.gov>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'RE: TB contact investigation - household at 1030 W 4th',
    'Mon, 30 Nov 2026 14:26:37 -0600',
    '<gj.tbci.1130@ostrandercountyks.gov>',
    """Sarah,

Update on the household contacts. The index case is being managed by KDHE/our office; these
are the contacts who still need something from you:

 - Bwij Lakjohn (15) - TST 14 mm read 11/25, CXR done at CVMH 11/27 (clear per radiology).
   Needs LTBI treatment start - we prefer 3HP if you agree. Weight 58 kg.
 - Tiana Lakjohn (9) - TST 0 mm. Repeat at 8 weeks = week of 1/18.
 - Jerry Lakjohn (42) - declined testing at our clinic, says he'll go to you. Works nights.
 - Neilani Lakjohn (38) - IGRA sent 11/24, pending.

Marshallese interpreter is needed for the parents. School nurse (Carla) knows about Bwij
and Tiana's clearance; I told her only what she needs for school attendance.

Guerline Joseph, RN
TB/Communicable Disease Nurse
Ostrander County Health Department
620-448-5214
"""))

# 50 clean-news: hospital foundation/community newsletter
add('clean', 'clean-news', '', html(
    'CVMH Foundation <foundation@cvmhospital.org>',
    'friends@lists.cvmhospital.org',
    'Thank you, Ostrander County! Radiology campaign hits goal',
    'Fri, 27 Nov 2026 10:00:00 -0600',
    '<fdn-nl-2026-11@cvmhospital.org>',
    """<html><body style="font-family:Georgia;font-size:14px;max-width:620px">
<h2 style="color:#2b5f2b">We did it!</h2>
<p>Thanks to 412 donors, the Harvest Gala, and a $150,000 match from the Ostrander County Community Foundation, the campaign for our new 64-slice CT scanner reached its $1.1 million goal on November 20.</p>
<p>Installation is planned for March. Until then, CT services continue as usual. The new scanner uses up to 40% less radiation and will let us keep more stroke and trauma patients close to home instead of flying them to Wichita.</p>
<p><b>Other news</b></p>
<ul>
<li>Our Swing Bed program was named a top performer in the Kansas Rural Health Options network.</li>
<li>Welcome to Dr. Nkechi Abara, family medicine with OB, starting in January.</li>
<li>The Auxiliary gift shop holiday sale runs Dec 7&ndash;11. Cinnamon rolls Wednesday!</li>
</ul>
<p>With gratitude,<br>Karen Dyck, Foundation Director</p>
<p style="font-size:10px;color:#999">CVMH Foundation is a 501(c)(3). <a href="https://cvmhospital.org/foundation/unsubscribe">Unsubscribe</a></p>
</body></html>"""))

# 51 phi-ids: fax cover style email, acct number + procedure, minimal
add('phi', 'phi-ids', '', plain(
    'HIM Release of Information <roi@cvmhospital.org>',
    'records@kansasdisabilitylaw.com',
    'Records request ROI-26-03318',
    'Thu, 19 Nov 2026 10:40:51 -0600',
    '<roi.26-03318@cvmhospital.org>',
    """Re: ROI-26-03318
Acct 20-7710452 / MRN 000266019 / DOB 10/02/1966

Your request dated 11/4 asks for "all records." Our records for this patient include an
ED visit 03/14/2026, an outpatient lumbar MRI 04/02/2026 and PT visits 04/2026-06/2026.
The authorization on file does not cover substance use disorder records (42 CFR Part 2)
if any exist; please send a Part 2-compliant authorization if those are needed.

Invoice for 212 pages ($71.60) will follow by mail.

Health Information Management
Cottonwood Valley Memorial Hospital
"""))

# 52 clean-lookalike: pet insurance / vet specialty
add('clean', 'clean-lookalike', '', plain(
    'Trupanion Claims <claims@mail.trupanion-example.com>',
    'ldyck.hs@gmail.com',
    'Claim update: Pepper - diagnosis "cranial cruciate ligament rupture"',
    'Wed, 25 Nov 2026 16:02:30 -0600',
    '<clm.7710392.upd@mail.trupanion-example.com>',
    """Hi Lisa,

Good news! We've processed your claim for Pepper.

Claim number:       7710392
Pet:                Pepper (Canine, Border Collie, 6y)
Hospital:           Prairie Veterinary Surgery, Wichita
Condition:          Cranial cruciate ligament rupture, left hind
Treatment:          TPLO, radiographs, hospitalization (1 night), carprofen, gabapentin
Invoice total:      $5,412.80
Deductible applied: $250.00
Paid to you:        $4,644.06  (90%)

Payment will be deposited to your account ending 0921 in 2-3 business days.

Wishing Pepper a speedy recovery!
The Claims Team
"""))

# 53 phi-lang: Haitian Creole + French, county PH nurse to patient about postpartum visit
add('phi', 'phi-lang', 'Beaubrun', plain(
    'Guerline Joseph <gjoseph@ostrandercountyks.gov>',
    'rosecarline.b90@gmail.com',
    'Vizit lakay pou ou menm ak ti bebe a',
    'Fri, 4 Dec 2026 09:12:45 -0600',
    '<gj.hv.1204@ostrandercountyks.gov>',
    """Bonjou Rose-Carline,

Se Guerline, enfimyè depatman sante konte a. Mwen te pale ak Madam Sarah nan klinik la.
Mwen ka vin lakay ou madi 8 desanm a 10è pou m peze bebe a epi pou n pale de jan ou santi w
depi akouchman an. Ou te di m ou pa dòmi ditou epi ou kriye anpil - sa rive anpil manman,
ou pa pou kont ou. Nou ka pale ak Mesye Marcus nan Riverbend ansanm si ou vle.

Pa bliye pran fè (iron) ak vitamin yo chak jou.

Si madi pa bon, reponn mwen oswa rele 620-448-5214.

Guerline Joseph, RN
Ostrander County Health Department
""", cs='iso-8859-1'))

# 54 phi-names: staff text-like message; patient named only by nickname + family
add('phi', 'phi-names', 'Tootie', plain(
    'Darla Neufeld <dneufeld@homeflowrx.com>',
    'Marco Villalobos <mvillalobos@homeflowrx.com>',
    'Tootie',
    'Sat, 28 Nov 2026 18:22:09 -0600',
    '<dn.sat.1128@homeflowrx.com>',
    """Marco - Tootie's daughter called, the pump on the TPN has been alarming "occlusion
downstream" since 4. She already checked the clamp. I told her to stop it and flush and
that you'd swing by on your way home since you're out at Galesburg anyway. Bring a new
tubing set and a backup CADD. If line won't flush call Dr O's on-call, don't force it.

She's a sweetheart, she'll try to feed you pie. Let her.
D
"""))

# 55 clean-training: HIPAA quiz with obviously fake scenario names
add('clean', 'clean-training', '', html(
    'Compliance Office <compliance@cvhealth.org>',
    'All Staff <allstaff@cvhealth.org>',
    'Annual privacy training due 12/31 - 10 question quiz inside',
    'Wed, 18 Nov 2026 08:00:00 -0600',
    '<compl.2026.annual@cvhealth.org>',
    """<html><body style="font-family:Calibri;font-size:11pt">
<p>Annual HIPAA privacy &amp; security training is due <b>December 31</b>. Completion is 71% system-wide. Thanks to the Dental office for hitting 100% first!</p>
<p><b>Sample questions</b> (all names are made up):</p>
<ol>
<li>Your neighbor "Jane Sample" was in the ER last night. Her sister calls you at home asking how she is. What do you do?</li>
<li>A fax meant for "John Q. Example" at TCCHC arrives at the hospital lab. Who do you notify?</li>
<li>You see a coworker's spouse's name on the OR schedule. Can you look up why?</li>
<li>True or false: it's ok to text a patient's first name and room number to a physician's personal cell.</li>
</ol>
<p>Take the full module in HealthStream. If you think you witnessed a privacy incident, report it to <a href="mailto:privacy@cvhealth.org">privacy@cvhealth.org</a> or the hotline 620-448-2000 x7777 &mdash; you can stay anonymous.</p>
<p>Ruth Janzen, Privacy Officer</p>
</body></html>"""))

# 56 phi-self: relative (wife) writing to hospital about husband's upcoming colonoscopy
add('phi', 'phi-self', 'Voth', plain(
    'Irene Voth <irene.voth@ruraltel.net>',
    'CVMH Surgery Scheduling <surgery@cvmhospital.org>',
    "Harold's colonoscopy 12/14 - prep question",
    'Sun, 6 Dec 2026 15:47:30 -0600',
    '<001201db4711$aa13c0d0$fe3b4270$@ruraltel.net>',
    """Hello,

My husband Harold Voth (DOB 2-11-1947) is scheduled for a colonoscopy with Dr. Tran on Monday
Dec 14 at 7:30. The instructions say stop blood thinners 5 days before but he takes Eliquis
AND he's on the water pill for his heart and the instructions don't say anything about that
one. Also he just got out of the hospital 3 weeks ago - is it still safe to do this?

He can't do the whole gallon of prep, last time he threw up. Is there the pill kind?

We don't have a computer at home I'm writing from the library so please call
620-449-3381.

Irene Voth
"""))

# 57 clean-staff: home infusion pharmacy staff - inventory, no patients
add('clean', 'clean-staff', '', plain(
    'Ben Hofer PharmD <bhofer@homeflowrx.com>',
    'HomeFlow Pharmacy Staff <pharmacy@homeflowrx.com>',
    'cleanroom cert, vanco shortage, holiday deliveries',
    'Mon, 16 Nov 2026 12:48:55 -0600',
    '<bh.1116.ops@homeflowrx.com>',
    """Everybody,

1) Cleanroom recertification is Tuesday 11/24. No compounding 0800-1400. Batch anything due
   that day on Monday afternoon. Hood #2 had a marginal particle count last time so Josie
   please do an extra deep clean Monday.
2) Wholesaler says vancomycin 1.25 g premix is on backorder until mid-Dec. We'll compound
   from 10 g vials. Update the BUD labels, it's 9 days refrigerated for ours.
3) Thanksgiving: deliveries go out Wednesday for Thu/Fri. Drivers double-check cooler temps.
4) Our patient satisfaction survey came back 4.8/5 for the quarter, 37 responses. Nice job.

Ben
"""))

# 58 phi-struct: CCD fragment (XML) attached to referral email from hospital to BH
add('phi', 'phi-struct', 'Harder', mixed(
    'CVMH Case Management <casemgmt@cvmhospital.org>',
    'Intake <intake@riverbendbh.org>',
    'ED referral - summary of care attached',
    'Sun, 22 Nov 2026 02:11:19 -0600',
    '<cm.ed.ref.1122@cvmhospital.org>',
    text("""Riverbend intake,

ED referral for follow-up within 7 days after overnight observation. Patient agreed to
referral and signed release (scanned in chart). Summary of care attached.

Night house supervisor for CVMH Case Management
"""),
    [att_text('SummaryOfCare_000412290.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Summary of Care - Emergency Department</title>
  <effectiveTime value="20261122013000-0600"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="000412290"/>
      <addr><streetAddressLine>2177 Rd 1800</streetAddressLine><city>Harlan Springs</city><state>KS</state><postalCode>66741</postalCode></addr>
      <telecom value="tel:+1-620-449-7702"/>
      <patient>
        <name><given>Joshua</given><given>D</given><family>Harder</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19770514"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Encounter</title>
      <text>ED visit 11/21/2026 22:40 - observation until 11/22/2026 01:30. Chief complaint: chest tightness, anxiety.</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>buprenorphine/naloxone 8/2 mg SL daily; hydroxyzine 25 mg PO q6h PRN anxiety</text>
    </section></component>
    <component><section>
      <title>Plan</title>
      <text>Troponin x2 negative. EKG NSR. Follow up with Riverbend Behavioral Health within 7 days.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""", sub='xml')]))

# 59 phi-lists: zip attachment with tsv of infusion census
add('phi', 'phi-lists', 'Hostetler', mixed(
    'Ben Hofer PharmD <bhofer@homeflowrx.com>',
    'Chidi Okafor MD <cokafor@tricountychc.org>',
    'your patients on service with us - monthly review (zipped per our IT)',
    'Tue, 1 Dec 2026 17:05:44 -0600',
    '<bh.census.1201@homeflowrx.com>',
    text("""Dr. Okafor,

Attached is the monthly list of your patients currently on home infusion service, for the
required physician review of the plan of care. Please sign the attached orders at your next
chance (they'll come by fax separately). Password-protection isn't supported by your mail
gateway so IT said to zip it; sorry for the extra click.

Ben Hofer, PharmD
HomeFlow Infusion Pharmacy
"""),
    [att_zip('HomeFlow_Okafor_census_Dec2026.zip', 'okafor_active_census.tsv',
"""Patient\tDOB\tTherapy\tAccess\tStart\tPlanned stop\tLast labs\n"""
"""Hostetler, Floyd\t1949-03-22\tCeftriaxone 2 g q24h\tPICC R basilic\t2026-11-21\t2026-12-26\tCBC/BMP 11/30 WNL\n"""
"""Trần, Văn Hùng\t1953-05-22\tIVIG 0.4 g/kg q4wk\tPIV\t2025-07-10\tongoing\tCr 1.1 11/06\n"""
"""Buller, Maxine\t1945-01-17\tTPN + lipids nightly\tPort L chest\t2026-09-02\tongoing\tCMP/TG 11/30, K 3.3 (replaced)\n"""
"""Stucky, Roy\t1955-10-02\tMilrinone 0.375 mcg/kg/min\tPICC L\t2026-08-15\tbridge/palliative\tBMP 11/30\n""")]))

# 60 clean-admin: facilities/maintenance
add('clean', 'clean-admin', '', plain(
    'Facilities <facilities@cvmhospital.org>',
    'All Staff <allstaff@cvmhospital.org>',
    'Generator test Wed 6:00 am + north lot snow plan',
    'Mon, 30 Nov 2026 15:02:10 -0600',
    '<fac.1130.gen@cvmhospital.org>',
    """Monthly generator load test is Wednesday 12/2 at 6:00 am. Expect the lights to flicker for
2-3 seconds on the transfer. Red outlets stay up. Imaging: please don't start a CT during
06:00-06:15.

Snow: with the forecast for Thursday night, the north lot will be plowed first (ER and
helipad access), then staff lot. Please park in the back rows so we can clear the front.
Ice melt buckets are by each entrance. If you slip, report it to Employee Health the same day.

Ron Wiens, Facilities Manager
"""))

# 61 phi-care: ER to dental office re: dental abscess follow-up (named, no diagnosis word ... uses procedure)
add('phi', 'phi-care', 'Pham', plain(
    'Dr. Amy Goossen <agoossen@cvmhospital.org>',
    'Harlan Springs Family Dental <office@hsfamilydental.com>',
    'Can you see Quoc Pham tomorrow?',
    'Sat, 5 Dec 2026 23:48:06 -0600',
    '<ag.er.1205@cvmhospital.org>',
    """Hi - ER doc at CVMH. I saw Quoc Pham (62 y/o, DOB 07/15/1962) tonight, lower right
molar area swelling. Gave IV clindamycin in the ER, sent home on amoxicillin-clavulanate and
ibuprofen. Swelling is not in the floor of the mouth, airway fine. He needs to be seen by
dentistry Monday for drainage/extraction, he says he's been a patient of yours.

His daughter speaks English: Kim, 620-448-7789. I told them you'd call Monday morning.

Amy Goossen, DO
Emergency Department
"""))

# 62 clean-news: KDHE style general alert forwarded by county
add('clean', 'clean-news', '', plain(
    'Ostrander County Health Department <news@ostrandercountyks.gov>',
    'Clinical Partners <clinical-partners@lists.ostrandercountyks.gov>',
    'FW: Health Advisory - Measles case in southeast Kansas',
    'Thu, 19 Nov 2026 16:55:00 -0600',
    '<fw-han-2026-31@ostrandercountyks.gov>',
    """Forwarding for awareness. No cases in Ostrander County at this time.

----- Forwarded message -----
KANSAS HEALTH ALERT NETWORK - HEALTH ADVISORY 2026-31
Measles Case Confirmed in Southeast Kansas

Summary: One confirmed measles case has been reported in an unvaccinated adult in a
neighboring county with recent international travel. Exposure sites included a grocery store
and an urgent care waiting room on 11/12 and 11/14. Contacts are being notified by the local
health department.

Recommendations for clinicians:
 - Consider measles in patients with fever and rash, especially with travel or exposure.
 - Isolate suspected cases immediately (airborne precautions); do not use the waiting room.
 - Collect NP swab for PCR and serum IgM; call the health department BEFORE sending.
 - Check MMR status of staff. Two documented doses = presumptive immunity.

KDHE Epidemiology Hotline: 877-427-7317 (24/7)
"""))

# 63 phi-ids: MCO member services, member ID + DOB + pharmacy claim reject
add('phi', 'phi-ids', '', plain(
    'Pharmacy Help Desk <rxhelp@heartlandccp.com>',
    'rph@homeflowrx.com',
    'Rx reject override approved',
    'Fri, 20 Nov 2026 11:19:27 -0600',
    '<rx.ovr.55309@heartlandccp.com>',
    """Override ref 55309
Member HCC400771205 / DOB 1955-10-02
NDC 00703-4085-01, days supply 7
Reject 75 (PA required) overridden through 12/31/2026.
Resubmit claim with PA number 55309 in 461-EU / 462-EV.
"""))

# 64 clean-staff: dental practice staff member's relative mentioned without health
add('clean', 'clean-staff', '', plain(
    'Jess Aguilar <jaguilar@hsfamilydental.com>',
    'Tammy Goering <tgoering@hsfamilydental.com>',
    'Re: schedule for the 23rd',
    'Thu, 3 Dec 2026 17:30:02 -0600',
    '<ja.1203.sched@hsfamilydental.com>',
    """lol yes I can take the phones, my mom's coming in from Emporia that week anyway so she can
get the boys off the bus. She wants to know if you still sell the cinnamon bread, she's
been talking about it since last Christmas.

Also reminder the recall postcards need to go out Monday, I printed them but they're not
stuffed yet. The Spanish ones are in the blue folder.

> Can you cover phones the 23rd from 8-12? Dr R wants me at the Chanute CE thing.
"""))

# 65 phi-names: long reply thread, names in Subject and in prose, mixed with staff names
add('phi', 'phi-names', 'Sandoval', plain(
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'Carla Wiebe RN <cwiebe@usd390.org>',
    'RE: Med authorization form for Isabella Sandoval (3rd grade)',
    'Mon, 9 Nov 2026 13:05:40 -0600',
    '<sl.re.1109.isa@tricountychc.org>',
    """Carla,

Thanks for catching that. Bella's neurologist in Wichita (Dr. Farouk) changed her to 10 mg
at the October visit and I hadn't seen the note yet. New authorization and updated seizure
action plan faxed to you at 12:50 - 4 pages. Please call if it didn't come through.

Her mom (Yolanda) also asked whether Bella can still do PE. Yes, with the usual - no
climbing rope, buddy for the pool unit in spring.

Sarah Lindqvist, APRN
Tri-County Community Health Center

From: Carla Wiebe RN <cwiebe@usd390.org>
Sent: Monday, November 9, 2026 9:47 AM
To: Sarah Lindqvist <slindqvist@tricountychc.org>
Subject: Med authorization form for Isabella Sandoval (3rd grade)

Good morning Sarah,

I'm the nurse for Harlan Springs Elementary. Isabella Sandoval's mom dropped off a new bottle
of Diastat (rectal diazepam) 10 mg but the medication authorization form she brought is from
last school year and the dose on the pharmacy label doesn't match the form (form says 7.5 mg).
...
"""))

# 66 clean-training: X12 training with sample data
add('clean', 'clean-training', '', plain(
    'ClaimBridge Education <education@claimbridge-clearinghouse.com>',
    'Rhonda Toews <rtoews@tricountychc.org>',
    'Your webinar materials: Reading 277CA and 999 acknowledgments',
    'Tue, 17 Nov 2026 14:00:00 -0600',
    '<edu.wb.1117.4471@claimbridge-clearinghouse.com>',
    """Thanks for attending "Reading 277CA and 999 Acknowledgments."

Example used in the session (synthetic data from the X12 implementation guide - not a real
person):

  NM1*IL*1*SMITH*JOHN****MI*123456789A~
  DMG*D8*19400101*M~
  STC*A7:562:85*20261117*U*100~

What it means: A7 = acknowledgement/rejected for invalid information, 562 = entity's NPI,
85 = billing provider. Fix the billing provider NPI and resubmit as a new claim (freq 1),
because a rejected claim never entered adjudication.

Top 5 rejects we saw from rural health clinics this quarter:
  1. Subscriber ID format (missing alpha prefix)         31%
  2. Billing provider taxonomy missing                   18%
  3. Invalid diagnosis pointer                            14%
  4. Duplicate claim within 24 hours                       9%
  5. Rendering NPI not enrolled with payer                 7%

Slides: https://education.claimbridge-clearinghouse.com/webinars/277ca
"""))

# 67 phi-lang: Vietnamese patient to dental office, code-switched
add('phi', 'phi-lang', 'Nguyễn', plain(
    'Nguyễn Thị Mai <mainguyen.nail@gmail.com>',
    'office@hsfamilydental.com',
    'hẹn nha sĩ cho con gái - Emily Nguyen',
    'Wed, 2 Dec 2026 10:27:18 -0600',
    '<CAM3n8Ng=Em1@mail.gmail.com>',
    """Xin chào phòng nha,

Tôi là Mai, mẹ của bé Emily Nguyễn (7 tuổi, sinh ngày 04/06/2019). Bé bị đau răng hàm bên
trái mấy ngày nay, ăn đồ lạnh là khóc. Lần trước bác sĩ Ruiz nói bé có 2 lỗ sâu cần trám
nhưng tôi chưa đặt hẹn được vì tiệm nail bận quá. Có thể đặt hẹn thứ Bảy không?

Bé có bảo hiểm KanCare, member ID HCC401220734.

Sorry I write in Vietnamese, my english for reading ok but writing not good. Phone
620-448-3196, after 7pm please.

Cảm ơn,
Mai
""", cte='b64'))

# 68 phi-struct: lab interface error report in HTML table (hospital to FQHC IT)
add('phi', 'phi-struct', 'Ramírez', html(
    'LIS Administrator <lis-admin@cvmhospital.org>',
    'TCCHC IT <it@tricountychc.org>',
    'Unmatched results report 12/03 - 3 orders need manual match',
    'Thu, 3 Dec 2026 06:30:00 -0600',
    '<lis.unmatched.20261203@cvmhospital.org>',
    """<html><body style="font-family:Consolas,monospace;font-size:12px">
<p>Automated report: results received at CVMH LIS for TCCHC orders that could not be matched to an open order in TCCHC_EHR. Please match manually or cancel.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Accession</th><th>Patient (LIS)</th><th>DOB</th><th>TCCHC Order #</th><th>Test</th><th>Result</th><th>Reason</th></tr>
<tr><td>CV261202-0103</td><td>RAMIREZ SOTO, VALERIA</td><td>2015-08-14</td><td>TC891004</td><td>Strep A rapid Ag</td><td>NEGATIVE</td><td>Order # not found</td></tr>
<tr><td>CV261202-0117</td><td>PHAM, QUOC</td><td>1962-07-15</td><td>TC890877</td><td>Lipid panel</td><td>LDL 168 H</td><td>Name mismatch (PHAM QUOC V)</td></tr>
<tr><td>CV261202-0121</td><td>KABUA, JINNA</td><td>1984-01-22</td><td>TC890990</td><td>Urine microalb/creat</td><td>88 mg/g H</td><td>Order cancelled in EHR</td></tr>
</table>
<p>Report generated 2026-12-03 06:30 by LIS job UNMATCH_TCCHC.</p>
</body></html>"""))

# 69 clean-admin: MCO contract/rate notice (no patients)
add('clean', 'clean-admin', '', plain(
    'Janet Kroeker <jkroeker@heartlandccp.com>',
    'Rhonda Toews <rtoews@tricountychc.org>; CFO TCCHC <cfo@tricountychc.org>',
    'FQHC wraparound reconciliation - Q3 2026 file ready',
    'Thu, 12 Nov 2026 09:10:44 -0600',
    '<jk.wrap.q3@heartlandccp.com>',
    """Good morning,

The Q3 2026 FQHC wraparound reconciliation file is ready on the SFTP (folder /outbound/
TCCHC0417/). Summary:

  Encounters paid Q3:           4,118
  Plan-paid amount:         $402,771.90
  PPS rate (2026):               $214.66 per visit
  Wrap due from State:      $481,209.98

Please review within 30 days. Disputes go through the template in the provider manual
(Appendix K). Our next quarterly JOC meeting is January 14 at 10:00 by Teams.

Janet Kroeker
Provider Contracting, Heartland Community Care Plan
"""))

# 70 phi-care: BH med management - refill to pharmacy by name, HTML Outlook reply
add('phi', 'phi-care', 'Harder', html(
    'Marcus Hiebert LCSW <mhiebert@riverbendbh.org>',
    'Dr. Paula Yoder <pyoder@riverbendbh.org>',
    'RE: cant make it',
    'Tue, 24 Nov 2026 07:30:14 -0600',
    '<mh.re.cant.1124@riverbendbh.org>',
    """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Paula &ndash; see below from Josh Harder. He&rsquo;ll be out of buprenorphine Friday. Can you send a 7-day bridge to the Walgreens in Chanute (not Dillons anymore)? I&rsquo;m getting him in Thursday 3 pm. His UDS from 11/10 is in the chart.</p>
<p>Thx, Marcus</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
<p><b>From:</b> Josh Harder &lt;jharder77@icloud.com&gt;<br><b>Sent:</b> Tuesday, November 24, 2026 6:58 AM<br><b>To:</b> Riverbend Behavioral Health &lt;frontdesk@riverbendbh.org&gt;<br><b>Subject:</b> cant make it</p>
</div>
<p>This is Josh Harder, I cant make my 8am with Marcus today, calf came early and I'm stuck in the barn. Can I get back in this week? Also need the Suboxone refill before Friday or I'm out. Pharmacy is the Walgreens in Chanute now not Dillons.</p>
</div></body></html>"""))

# 71 phi-lists: school nurse list of students needing vaccine records (windows-1252, QP)
add('phi', 'phi-lists', 'Delgado', plain(
    'Carla Wiebe RN <cwiebe@usd390.org>',
    'Lupe Castañeda <lcastaneda@tricountychc.org>; Guerline Joseph <gjoseph@ostrandercountyks.gov>',
    'Kindergarten/7th gr immunization exclusions - Jan 4 deadline',
    'Fri, 4 Dec 2026 14:47:03 -0600',
    '<CWiebe.20261204.1447@usd390.org>',
    """Lupe & Guerline,

These students are still missing required shots and will be excluded Jan 4 per the board
policy if we don't get records. All of them list TCCHC or the health dept as their "doctor."
If they've had them and it just isn't in KSWebIZ, a printout is fine.

  • Mateo Delgado (K) – DOB 3/2/2022 – DTaP #5, IPV #4, MMR #2
  • Tiana Lakjohn (4th) – DOB 9/9/2017 – Varicella #2
  • Dominic Voth (7th) – DOB 1/30/2014 – Tdap, MenACWY
  • Ny Pham (7th) – DOB 6/11/2014 – MenACWY
  • Jeremiah Jean-Baptiste (K) – DOB 7/19/2021 – all K shots, family just moved from Florida, has a Haitian card

Parents got the letter in English + their language. Mr. Jean-Baptiste said Creole-speaking
nurse would help.

Thanks — Carla
""", cs='windows-1252', cte='qp'))

# 72 clean-lookalike: car insurance claim with medical-payments wording
add('clean', 'clean-lookalike', '', plain(
    'Farm Bureau Claims <claims@fbfs-example.com>',
    'dean.friesen@ruraltel.net',
    'Claim AU-26-118420: deer collision - rental and medical payments coverage',
    'Mon, 23 Nov 2026 13:00:00 -0600',
    '<claim.au26118420@fbfs-example.com>',
    """Dear Policyholder,

We've opened auto claim AU-26-118420 for the deer collision reported 11/21/2026 on US-59.

Your policy includes:
  - Comprehensive ($500 deductible) - covers animal strikes
  - Rental reimbursement up to $40/day for 30 days
  - Medical Payments coverage $5,000 per person

If anyone in the vehicle gets treatment later, medical payments coverage can reimburse bills
not paid by health insurance. You don't need to do anything now.

An adjuster will contact you within 2 business days. Upload photos in the app.

Farm Bureau Financial Services - Claims
"""))

# 73 phi-ids: short text from nurse, MRN + result, phone style
add('phi', 'phi-ids', '', plain(
    'Jolene Reimer <jreimer@cvmhospital.org>',
    'Dr. Amy Goossen <agoossen@cvmhospital.org>',
    'blood cx',
    'Sun, 6 Dec 2026 06:12:00 -0600',
    '<jr.bcx.1206@cvmhospital.org>',
    """000301774 blood cx from 12/4 bottle 1 of 2 GPC in clusters at 38 hr. 2nd bottle NG so far.
Pt was d/c'd yesterday. Who do you want me to call?

Sent from my phone"""))

# 74 phi-names: staff relative - Spanish-speaking staff about her father's procedure at own hospital
add('phi', 'phi-names', 'Castañeda', plain(
    'Guadalupe Castañeda <lcastaneda@tricountychc.org>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'out Tues morning',
    'Fri, 4 Dec 2026 16:31:12 -0600',
    '<lc.out.1204@tricountychc.org>',
    """Sarah, I'll be in late Tuesday (by 11). My dad Ramón Castañeda has his cardiac cath at CVMH
at 7 and my mom doesn't drive to Harlan Springs in the dark. If they keep him I'll still
come in the afternoon. Rosina said she can cover the front in the morning.

Lupe
"""))

# 75 clean-news: local newspaper digest mentioning hospital, no patients
add('clean', 'clean-news', '', plain(
    'The Harlan Springs Herald <digest@hsherald.com>',
    'subscribers@hsherald.com',
    'Herald Weekly Digest: hospital board OKs CT lease, USD 390 bond, Co-op harvest numbers',
    'Thu, 3 Dec 2026 05:00:00 -0600',
    '<digest-2026-12-03@hsherald.com>',
    """THE HARLAN SPRINGS HERALD - WEEKLY DIGEST

HOSPITAL BOARD: Cottonwood Valley Memorial trustees voted 6-1 Tuesday to finalize the CT
scanner purchase and approved a 3% raise for nursing staff. CEO Roger Bartel told the board
that emergency room visits are up 11% from last year, mostly "older folks and farm
injuries," and that the hospital ended October with 94 days cash on hand.

SCHOOLS: USD 390 will put a $14.2 million bond on the April ballot for a new elementary
roof and HVAC. Absences topped 10% at two buildings last week during the flu surge.

AG: The Co-op reports soybean yields averaged 38 bu/acre county-wide; corn 141.

OBITUARIES: Full notices online.

CALENDAR: Blood drive at the Mennonite Brethren church, Dec 12, 9-3. Christmas on Main
parade Saturday at 6.
"""))

# 76 phi-self: patient forwards lab result from portal asking question (Marshallese-accented)
add('phi', 'phi-self', 'Jibas', mixed(
    'Lijon Jibas <lijonjibas71@gmail.com>',
    'TCCHC Patient Messages <messages@tricountychc.org>',
    'Fwd: New test result available',
    'Sat, 21 Nov 2026 19:40:05 -0600',
    '<CAN7j2Lb=Jb9@mail.gmail.com>',
    text("""Hello Doctor Sarah this is Lijon. I see my test it say 9.8 and kidney number is high
also. Before it was 8 something. I am taking the medicine every day only sometime I forget the
night one. Is my kidney bad now? My mother she have dialysis in Majuro before she die so I
am scared. Can I talk to you not just the nurse. Kommol.
"""),
    [fwd_rfc822(plain(
        'TCCHC Patient Portal <noreply@tricountychc.org>',
        'lijonjibas71@gmail.com',
        'New test result available',
        'Sat, 21 Nov 2026 08:00:00 -0600',
        '<portal.notify.55021.1121@tricountychc.org>',
        """Dear Lijon Jibas,

A new test result is available in your Tri-County Community Health Center patient portal.

  Hemoglobin A1c ......... 9.8 %   (4.0 - 5.6)  HIGH
  Creatinine ............. 1.4 mg/dL (0.6 - 1.1) HIGH
  eGFR ................... 46

Your care team may send you a message about these results. Log in at
https://portal.tricountychc.org to view details.
"""))]))

# 77 phi-struct: HL7 ADT attached as text/plain .hl7 in forward from BH
add('phi', 'phi-struct', 'Stucky', mixed(
    'Travis Unruh <tunruh@cvhealth.org>',
    'Vendor Support <support@meditrans-hie.com>',
    'Ticket 44812 - A03 not reaching HIE, sample attached',
    'Wed, 2 Dec 2026 11:48:27 -0600',
    '<tu.44812.1202@cvhealth.org>',
    text("""Hi,

Per our call, attaching one of the A03 discharge messages that didn't make it to the HIE
yesterday. We see it leave our engine with an AA from your listener but it never shows up in
the HIE encounter feed for the PCP. There were 6 like this yesterday, all swing-bed
discharges (PV1-2 = S?). Is that patient class filtered on your side?

Travis Unruh
Integration Analyst, Cottonwood Valley Health
"""),
    [att_text('A03_20261201_1522.hl7',
"""MSH|^~\\&|CVMH_ADT|CVMH|HIE_IN|KHIN|20261201152244||ADT^A03|CVADT88120417|P|2.5.1\r
EVN|A03|20261201152200\r
PID|1||000188203^^^CVMH^MR||STUCKY^ARLENE^M||19580430|F|||22901 HWY 59^^HARLAN SPRINGS^KS^66741||6204490178|||M||200188203771\r
PV1|1|S|SWG^104^A^CVMH||||1447^OKAFOR^CHIDI^^^MD|||MED||||||||SB|200188203771|||||||||||||||||01|||||||||20261118093000|20261201152200\r
DG1|1||Z96.651^PRESENCE OF RIGHT ARTIFICIAL KNEE JOINT^I10\r
""")]))

# 78 clean-training: dental - radiograph positioning training w/ mannequin
add('clean', 'clean-training', '', plain(
    'Dr. Luis Ruiz <lruiz@hsfamilydental.com>',
    'Staff <staff@hsfamilydental.com>',
    'new sensor training Friday',
    'Tue, 1 Dec 2026 12:05:00 -0600',
    '<lr.sensor.1201@hsfamilydental.com>',
    """Friday 12/4 after close (4:30) the Dexis trainer is here for the new sensors. We'll practice
bitewings and PAs on DXTTR (the mannequin) and on each other - volunteers get a free set of
BWXs, ha. No real patient images in the practice database, please: use the "TRAINING, DEMO"
chart he'll set up.

Pizza from Casey's. Let Jess know if you can't stay.
"""))

# 79 phi-lang: Spanish from MCO care coordinator to member about ride + appointment
add('phi', 'phi-lang', 'Sandoval', plain(
    'Tanya Brubacher RN <tbrubacher@heartlandccp.com>',
    'yolanda.sandoval.ks@hotmail.com',
    'Transporte para la cita de Isabella en Wichita',
    'Wed, 9 Dec 2026 10:14:51 -0600',
    '<TB.20261209.tr@heartlandccp.com>',
    """Estimada Sra. Yolanda Sandoval:

Le confirmo que programé el transporte gratuito para la cita de neurología de Isabella
con la Dra. Farouk en Wichita, el lunes 14 de diciembre a la 1:30 p.m.

  - El vehículo la recoge a las 10:45 a.m. en 605 N Oak, Harlan Springs.
  - Número de viaje: T-2612-80417
  - Si necesita cancelar, llame al 1-866-412-7731 (opción 2 para español).

Por favor lleve la lista de medicamentos y el diario de convulsiones. Si Isabella necesita
el medicamento de rescate en el camino, el chofer sabe llamar al 911.

Saludos,
Tanya Brubacher, RN (con ayuda de nuestro intérprete)
Heartland Community Care Plan
""", cs='iso-8859-1', cte='qp'))

# 80 clean-staff: FQHC staff discussing grant/aggregate, mentions "patients" generically
add('clean', 'clean-staff', '', plain(
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'Rosina Langidrik <rlangidrik@tricountychc.org>; Lupe Castañeda <lcastaneda@tricountychc.org>',
    'diabetes group idea for Jan',
    'Sun, 6 Dec 2026 20:02:33 -0600',
    '<sl.dmgroup.1206@tricountychc.org>',
    """Hi you two,

Thinking out loud. We have something like 40 Marshallese adults with diabetes on our panel
and most of the A1cs are over 9. The one-on-one visits aren't moving the needle. What if we
did a Saturday group visit at the church hall - cooking demo with rice swaps, meters, foot
checks, and Rosina leading in Marshallese? The county has a small grant for this, Guerline
mentioned it.

No names or anything yet, just want to know if you think people would come and what day is
best with the plant shifts. Let's talk Tuesday.

Sarah
"""))

# 81 phi-care: county PH to hospital - lead level follow-up for named child
add('phi', 'phi-care', 'Sandoval', plain(
    'Guerline Joseph <gjoseph@ostrandercountyks.gov>',
    'Sarah Lindqvist <slindqvist@tricountychc.org>',
    'Rudy Sandoval Jr - venous lead recheck',
    'Tue, 8 Dec 2026 12:40:02 -0600',
    '<gj.lead.1208@ostrandercountyks.gov>',
    """Sarah,

KDHE sent us the capillary lead result on Rudy Sandoval Jr. (DOB 4/2/2022) from his 11/25 WCC
at your clinic - 8.1 mcg/dL. Per protocol we need a venous confirmation within 1 month. Could
your lab draw it at his DTaP catch-up visit, or should we send him to CVMH?

Once it's confirmed we'll schedule the home visit. Family lives in the old rental on 3rd St
(built 1920s), dad does body work in the garage.

Guerline
"""))

# 82 phi-names: angry family member mentioned in staff mail; "Last, First" + nickname mix
add('phi', 'phi-names', 'Jean-Baptiste', plain(
    'Roger Bartel <rbartel@cvmhospital.org>',
    'Lorna Fehr <lfehr@cvmhospital.org>; Ruth Janzen <rjanzen@cvhealth.org>',
    'FW: complaint - Jean-Baptiste',
    'Mon, 7 Dec 2026 08:03:40 -0600',
    '<rb.fw.cmpl.1207@cvmhospital.org>',
    """Lorna, Ruth -

Got a call at home Saturday from Pastor Elie at the Haitian church. Mr. Jean-Baptiste
(Jean-Baptiste, Fritznel - he was on the floor last week after the fall at the packing plant)
says nobody used an interpreter for his discharge teaching and he went home not knowing he
was supposed to stop the ibuprofen with the new blood thinner. His son Jeremiah's school nurse
is the one who caught it when she saw the bottles.

Please pull the discharge record and the interpreter log and let me know by Wednesday.
Ruth, loop in whoever needs to be looped in. I'd like to call him myself after.

Roger
"""))

# 83 phi-lists: dental schedule pasted from Dentrix (windows-1252)
add('phi', 'phi-lists', 'Pham', plain(
    'Jess Aguilar <jaguilar@hsfamilydental.com>',
    'Dr. Luis Ruiz <lruiz@hsfamilydental.com>; Dr. Karen Abrams <kabrams@hsfamilydental.com>',
    'Mon 12/7 - squeezed in the ER referral + 2 more',
    'Sun, 6 Dec 2026 18:20:44 -0600',
    '<ja.sched.1207@hsfamilydental.com>',
    """Tomorrow's changes:

Op 1 (Dr R)
  7:30   Pham, Quoc ........... ER f/u swelling LR, pano + eval, likely ext #30
  8:30   Penner, Dale ......... SRP UL/LL (2nd half)
  10:00  Stucky, Kaden ........ post-op check (OMS did #17/#32 Fri) - just look
Op 2 (Dr A)
  8:00   Nguyen, Emily (7) .... 2 fillings LL, mom asked for nitrous, KanCare
  9:00   Goering, Kaylee ...... recall/cleaning (Tammy's daughter - no charge per Dr R)

Moved Harold Voth's denture reline to Thursday, he has a colonoscopy prep thing next week
and his wife asked.

Jess
""", cs='windows-1252'))

# 84 phi-ids: X12 835 remittance snippet - short, identifiers + service codes, no names
add('phi', 'phi-ids', '', plain(
    'Rhonda Toews <rtoews@tricountychc.org>',
    'Janet Kroeker <jkroeker@heartlandccp.com>',
    'recoupment on 835 12/04?',
    'Fri, 4 Dec 2026 15:55:20 -0600',
    '<rt.835.1204@tricountychc.org>',
    """Janet, this came through on today's 835 and I can't find a letter explaining it. Is this a
retro eligibility thing?

CLP*TC2610150044*22*-214.66*0**MC*2610881430017*11~
NM1*QC*1******MI*HCC400918822~
DTM*232*20261015~
SVC*HC:99213*214.66*-214.66**1~
CAS*CR*B7*214.66~

Thanks,
Rhonda
"""))

# 85 clean-admin: public health emergency preparedness exercise notice
add('clean', 'clean-admin', '', plain(
    'Ostrander County Emergency Management <em@ostrandercountyks.gov>',
    'Healthcare Coalition SE <hcc-se@lists.ostrandercountyks.gov>',
    'Jan 21 tabletop exercise: ice storm + extended power outage',
    'Tue, 8 Dec 2026 09:00:00 -0600',
    '<em.ttx.2027-01@ostrandercountyks.gov>',
    """Partners,

Save the date: Thursday January 21, 2027, 9:00-12:00, Courthouse Annex basement.

Scenario: 4-day ice storm, county-wide power loss, Hwy 59 closed. Participants: CVMH, TCCHC,
Riverbend, HomeFlow, Harlan Springs Manor, USD 390, Road & Bridge, the Co-op (fuel), and EMS.

Objectives:
  1. Identify residents dependent on electricity-powered medical equipment using the
     (aggregate) emPOWER numbers - currently 63 Medicare beneficiaries in the county.
  2. Test generator fuel resupply agreements.
  3. Warming center staffing and pharmacy access.
  4. Communications when cell towers are down (ham radio club will participate).

Please send one decision-maker and one operations person. RSVP by Jan 8.

Kyle Penner, Emergency Management Coordinator
"""))

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, msg) in enumerate(MSGS, 1):
        ctr = [0]
        def fix(m):
            if m.get_content_maintype() == 'multipart':
                ctr[0] += 1
                m.set_boundary('----=_NextPart_%03d_%02d' % (i, ctr[0]))
            if m.is_multipart():
                for p in m.get_payload():
                    fix(p)
        fix(msg)
        assert kind.startswith(label), (i, label, kind)
        if label == 'clean': assert patient == '', i
        name = '%s-%03d.eml' % (kind, i)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((name, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
