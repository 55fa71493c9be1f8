#!/usr/bin/env python3
# Blind evaluation set prose17b -- every message written by hand. Standard library only.
import random, io, os, csv, sys, zipfile, datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr
import re
from email import message_from_bytes

random.seed(1717)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(label, kind, pname, msg):
    M.append((label, kind, pname, msg))

def D(y, mo, d, h, mi, tz=-8):
    return format_datetime(datetime.datetime(y, mo, d, h, mi, (mo * d + h) % 60,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def _hv(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8')

def _addrs(s):
    out = []
    for p in s.split(';'):
        p = p.strip()
        mt = re.match(r'^(.*?)\s*<([^>]+)>$', p)
        out.append(formataddr((mt.group(1).strip(), mt.group(2))) if mt else p)
    return ', '.join(out)

def H(m, frm, to, dt, subj, mid, cc=None, extra=()):
    m['From'] = _addrs(frm)
    m['To'] = _addrs(to)
    if cc: m['Cc'] = _addrs(cc)
    m['Date'] = dt
    m['Subject'] = _hv(subj)
    m['Message-ID'] = mid
    for k, v in extra:
        m[k] = _hv(v)
    return m

def T(body, sub='plain', cs='utf-8', cte='qp'):
    c = Charset(cs)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    if cs == 'us-ascii':
        c.body_encoding = None
    return MIMEText(body, sub, c)

def ALT(txt, html, cs='utf-8', cte='qp'):
    m = MIMEMultipart('alternative')
    m.attach(T(txt, 'plain', cs, cte)); m.attach(T(html, 'html', cs, cte))
    return m

def MIX(first, *atts):
    m = MIMEMultipart('mixed')
    m.attach(first)
    for a in atts: m.attach(a)
    return m

def AT(content, fname, sub='plain', cs='utf-8', cte='qp'):
    p = T(content, sub, cs, cte)
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p

def AB(data, fname, sub='octet-stream'):
    if isinstance(data, str): data = data.encode('utf-8')
    p = MIMEApplication(data, sub)
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p

def AZ(zipname, inner, content):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner, date_time=(2026, 11, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content.encode('utf-8'))
    return AB(buf.getvalue(), zipname, 'zip')

def AM(inner):
    p = MIMEMessage(inner)
    p.add_header('Content-Disposition', 'attachment', filename='forwarded.eml')
    return p

SIG_ACMC = """
--
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential information. Any unauthorized review, use,
disclosure or distribution is prohibited. If you are not the intended recipient, please contact
the sender by reply e-mail and destroy all copies of the original message.
Alder County Health System | 1400 Harmon Avenue | Rio Alder, CA 95710"""

HTML_DISC = ('<p style="font-size:8pt;color:#808080;font-family:Arial">CONFIDENTIALITY NOTICE: This e-mail, '
             'including any attachments, is for the sole use of the intended recipient(s) and may contain '
             'confidential information. If you are not the intended recipient, please contact the sender and '
             'destroy all copies.<br>Alder County Health System &middot; 1400 Harmon Avenue &middot; Rio Alder, CA 95710</p>')

def OL(body_html):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US">'
            '<div class="WordSection1">' + body_html + '</div>' + HTML_DISC + '</body></html>')

# ============================ PHI: care ============================
m = T("""Lab -- LDR 6 type & screen on Yesenia Cardenas-Ruiz came back hemolyzed per your call. Redrawing now, tube going down in the tube system in 5 min, carrier #14. She's on the board for a repeat C/S at 1430 so we really need it crossmatched before then. Please page me 4-2217 when it's in.

Nadine
LDR charge""", cte='8bit', cs='us-ascii')
add('phi', 'phi-care', 'Cardenas-Ruiz', H(m, 'Nadine Pollard RN <npollard@aldercountyhealth.org>',
    'ACMC Blood Bank <bloodbank@aldercountyhealth.org>', D(2026, 11, 9, 11, 42),
    'redraw T&S LDR 6', '<20261109114207.3312@aldercountyhealth.org>'))

txt = """Hi all,

Mr. Hailu Tekle (Burn 3, bed 2) -- tub room time is moved from 1000 to 1400 tomorrow because IR has him at 0830 for the PICC. Dr. Okafor wants him premedicated 30 min before the dressing change with the usual dose, and OT will do hand splint fitting right after while he's still comfortable.

His wife is coming at 1300 and would like to be present for the first 10 minutes; ok'd by charge.

Thanks,
Brianna Castellanos, RN
Regional Burn Center, 4 West
x4-3380"""
html = OL("""<p class="MsoNormal">Hi all,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Mr. Hailu Tekle</b> (Burn 3, bed 2) &#8211; tub room time is moved from 1000 to <b>1400</b> tomorrow because IR has him at 0830 for the PICC. Dr. Okafor wants him premedicated 30 min before the dressing change with the usual dose, and OT will do hand splint fitting right after while he&#8217;s still comfortable.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">His wife is coming at 1300 and would like to be present for the first 10 minutes; ok&#8217;d by charge.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p>
<p class="MsoNormal"><span style="color:#1F3864">Brianna Castellanos, RN<br>Regional Burn Center, 4 West<br>x4-3380</span></p>""")
add('phi', 'phi-care', 'Tekle', H(ALT(txt, html), 'Castellanos, Brianna <bcastellanos@aldercountyhealth.org>',
    '4W Burn Nursing <4WBurnRN@aldercountyhealth.org>; Okafor, Chinedu MD <cokafor@aldercountyhealth.org>',
    D(2026, 11, 10, 15, 3), 'tub room change - Tekle tomorrow',
    '<SJ0PR11MB5921A7C3E0F4B19D2C8E1A44B83@SJ0PR11MB5921.namprd11.prod.outlook.com>',
    cc='Rehab OT <otburn@aldercountyhealth.org>'))

m = T("""Sounds good. I'll put him on for the 1st available in clinic and make sure radiology knows it's a repeat with contrast, not the trauma protocol.

Ray

From: Suleiman, Farah MD <fsuleiman@aldercountyhealth.org>
Sent: Thursday, November 12, 2026 6:51 AM
To: Lindqvist, Ray PA-C <rlindqvist@aldercountyhealth.org>
Subject: RE: ABERNATHY, DWAYNE f/u imaging

Ray -- attending wants the CT repeated at 6 weeks, not 4. Can you move the order and the clinic slot? He's the one who keeps missing because he works nights at the cannery, so an afternoon slot please. Cell on file is current (he confirmed 707-442-8163 at discharge).

F.

From: Lindqvist, Ray PA-C
Sent: Wednesday, November 11, 2026 4:12 PM
To: Suleiman, Farah MD
Subject: ABERNATHY, DWAYNE f/u imaging

Farah, ABERNATHY, DWAYNE (MRN 60241187) has a CT chest/abd/pelvis ordered for 11/20 and clinic on 11/23. Is that still the plan after yesterday's chest tube removal? Let me know and I'll fix the schedule.

R. Lindqvist PA-C
Trauma & Acute Care Surgery
""" + SIG_ACMC, cte='8bit', cs='us-ascii')
add('phi', 'phi-care', 'ABERNATHY', H(m, 'Lindqvist, Ray PA-C <rlindqvist@aldercountyhealth.org>',
    'Suleiman, Farah MD <fsuleiman@aldercountyhealth.org>', D(2026, 11, 12, 7, 20),
    'RE: RE: ABERNATHY, DWAYNE f/u imaging',
    '<BN8PR11MB36020C4E1F77D0A9E3B5C21FA12@BN8PR11MB3602.namprd11.prod.outlook.com>',
    extra=[('In-Reply-To', '<BN8PR11MB3602B7A1D9@BN8PR11MB3602.namprd11.prod.outlook.com>')]))

m = T("""Hi Terrence,

Can you put in a swap-out for Mr. Delacroix-Baptiste's negative pressure unit? His canister alarm keeps going off and the home health nurse says the unit itself is failing (serial ends ...4471). He's seen here Tuesdays and Fridays at 9:15; if the vendor can deliver to the clinic by Friday morning we'll do the changeover during his visit. Address on file for home delivery is 2218 Quarry Rd Apt 3 if that's faster.

Thanks
Marguerite Oduya, BSN, CWON
Outpatient Wound Clinic, Bldg C 2nd floor
""", cte='qp')
add('phi', 'phi-care', 'Delacroix-Baptiste', H(m, 'Marguerite Oduya <moduya@aldercountyhealth.org>',
    'Terrence Hald <thald@aldercountyhealth.org>', D(2026, 11, 3, 9, 58),
    'NPWT unit swap needed', '<a81c22f0-5d1e-4c2a-9b77-0e4d3f1a2b65@aldercountyhealth.org>'))

m = T("""TRANSPORT REQUEST -- OUTSIDE MEDICAL APPOINTMENT

Inmate: IBARRA QUINTERO, Ramon        Booking #: 26-018842       Housing: 3-North C pod
Destination: Alder County Medical Center, Imaging Dept, Bldg A ground floor
Appointment: Thursday 11/19/2026, arrive 0700 for 0730 MRI (lumbar spine w/o contrast)
Notes from ACMC scheduling: no metal on body, jail-issued shoes ok, remove waist chain in scanner room only with 2 deputies present. Estimated 90 min.

Custody classification: medium. Please assign two officers. Return same day.

Requested by: Lourdes Pineda, RN -- Jail Health Liaison, Correctional Health Services
Ph 707-465-2290 / fax 707-465-2291
""", cte='8bit', cs='us-ascii')
add('phi', 'phi-care', 'IBARRA QUINTERO', H(m, 'Lourdes Pineda <lpineda@aldercountyhealth.org>',
    'ACSO Transport Desk <transport@aldercountysheriff.gov>', D(2026, 11, 13, 14, 27),
    'Outside med appt 11/19 - Ibarra Quintero', '<5f2e.26-018842.lp@aldercountyhealth.org>'))

txt = """Fircrest accepted Mrs. Pruitt for tomorrow!! They need before 10am:
- signed discharge summary
- med rec (the one from today, pharmacy updated her warfarin dose)
- PT eval from Monday
- last 2 INR values
- face sheet

I faxed the face sheet already. Can someone on 5 South print the PT note and fax it to 707-468-9902 attn Gloria in admissions? Transport is booked for 11:30 with Bay Medi-Van.

Evangeline Pruitt, 5S-512. Daughter (Carol) is aware and will meet her there.

-- Tomasz
Tomasz Wierzbicki, MSW
Care Management / Discharge Planning"""
add('phi', 'phi-care', 'Pruitt', H(T(txt, cte='8bit', cs='us-ascii'), 'Tomasz Wierzbicki <twierzbicki@aldercountyhealth.org>',
    '5 South Charge <5SouthCharge@aldercountyhealth.org>', D(2026, 11, 16, 16, 40),
    'Pruitt SNF acceptance - paperwork by 10am', '<CM.20261116.1640.tw@aldercountyhealth.org>'))

m = T("""pls draw repeat CBC + lytes on Okonkwo bed 12 before 0600, surgery wants it before rounds. thx

Sent from my iPhone""", cte='8bit', cs='us-ascii')
add('phi', 'phi-care', 'Okonkwo', H(m, 'Dr. Priya Raman <praman@aldercountyhealth.org>',
    'SICU Charge <sicucharge@aldercountyhealth.org>', D(2026, 11, 18, 23, 51),
    'bed 12 labs', '<C1F3A9E2-77B0-4D1A-8E2C-2F7A4B0D9E13@aldercountyhealth.org>'))

txt = """Chaplains on call,

Family of Mr. Harold Quist (MICU bed 4) has asked for a chaplain to be present at 1500 today. The team is planning extubation then and transition to comfort-focused care. Family are Lutheran; his wife Ingrid asked specifically whether someone could say the Lord's Prayer with them. About 8 people expected, they have reserved the MICU family room.

Please reply-all so I know who is covering.

Rev. Abiodun Salako
Spiritual Care Services, pager 3-0914"""
html = OL("""<p class="MsoNormal">Chaplains on call,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Family of <b>Mr. Harold Quist</b> (MICU bed 4) has asked for a chaplain to be present at <b>1500 today</b>. The team is planning extubation then and transition to comfort-focused care. Family are Lutheran; his wife Ingrid asked specifically whether someone could say the Lord&#8217;s Prayer with them. About 8 people expected, they have reserved the MICU family room.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Please reply-all so I know who is covering.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Rev. Abiodun Salako<br>Spiritual Care Services, pager 3-0914</p>""")
add('phi', 'phi-care', 'Quist', H(ALT(txt, html), 'Salako, Abiodun <asalako@aldercountyhealth.org>',
    'Chaplain On-Call <chaplainoncall@aldercountyhealth.org>', D(2026, 11, 20, 11, 5),
    'Chaplain presence requested 1500 MICU 4',
    '<DM6PR11MB4107F2E1B0C9A8D7E6F5A4B3C2D1@DM6PR11MB4107.namprd11.prod.outlook.com>'))

# ============================ PHI: names ============================
m = T("""Bautista's drain output was 40 overnight, down from 180. Feld wants it out today if it's under 50 again by noon. Can you also get his Foley out, he's been asking since yesterday lol. I'm in clinic till 1 then back up.

-Kev""", cte='8bit', cs='us-ascii')
add('phi', 'phi-names', 'Bautista', H(m, 'Kevin Aalders <kaalders@aldercountyhealth.org>',
    'Jordan Mbeki <jmbeki@aldercountyhealth.org>', D(2026, 11, 4, 7, 2),
    'Re: Bautista', '<CAKz9Yh1bq+7Tq3mPpdW@mail.aldercountyhealth.org>',
    extra=[('In-Reply-To', '<CAKz9Yh0Qx@mail.aldercountyhealth.org>')]))

txt = """Team -- quick update on Whitehorse, Kiana (the 3 y/o in Burn 2).

Kiana's mom called again this morning. She is OK with grandma visiting but asked that the father NOT be allowed on the unit until CPS finishes their interview Friday. The CPS worker (Ms. Harlan) confirmed this by phone. I put a visitor alert in the chart but please also let the front desk know since the alert doesn't always show on their screen.

Kiana is doing well after Monday's graft per Dr. Yusupova and is eating better. Child Life will bring the play cart at 2.

Thanks,
Renee Dufresne, LCSW
Pediatric Burn Social Work"""
add('phi', 'phi-names', 'Whitehorse', H(T(txt), 'Renee Dufresne <rdufresne@aldercountyhealth.org>',
    '4W Burn Nursing <4WBurnRN@aldercountyhealth.org>; Burn Unit Front Desk <burndesk@aldercountyhealth.org>',
    D(2026, 11, 5, 10, 14), 'Whitehorse, Kiana - visitor restriction until Friday',
    '<rd-1105-kw@aldercountyhealth.org>'))

m = T("""ACMC POLICE DEPARTMENT -- SUPPLEMENTAL NARRATIVE
Case # 26-11-0442          Reporting Officer: Ofc. Jesus Medina #218
Location: Psychiatric Emergency Service (PES), Bldg B

On 11/07/2026 at approx 0215 hrs I responded to PES for a disturbance. Upon arrival I contacted RN Alma Ferreira who stated that patient GRADY, LEON T. (DOB 04/30/1989), who was brought in earlier on a 72-hour hold by Rio Alder PD, had thrown a chair at the nurses station. No staff injuries. Ofc. Sandra Kowalczyk #231 and I assisted PES staff with a 4-point restraint at 0222 per Dr. Whitford's order. GRADY was given medication by nursing staff at 0225. No weapons found. Property inventoried (envelope P-26-3310).

Ofc. Medina cleared at 0310. Case referred to PES nurse manager for review.
""", cte='8bit', cs='us-ascii')
add('phi', 'phi-names', 'GRADY', H(m, 'ACMC PD Records <pdrecords@aldercountyhealth.org>',
    'PES Nurse Manager <pesnm@aldercountyhealth.org>', D(2026, 11, 7, 6, 30),
    'Case 26-11-0442 supplemental - PES', '<pd.26-11-0442.supp1@aldercountyhealth.org>'))

m = T("""Hi Fr. Dominic,

Just so you're in the loop before you go up: Sister Mary Catherine sat with Mrs. Nguyen yesterday afternoon. Her husband (Nguyen Van Loc, 6 East rm 618) was moved to comfort care on Tuesday and the family would like a Catholic priest for anointing before the grandchildren arrive from San Jose on Saturday. The oldest son Peter is the contact and speaks English; Mrs. Nguyen prefers Vietnamese and the interpreter line works fine.

Blessings,
Deacon Paul Henneberry
Spiritual Care""", cte='qp')
add('phi', 'phi-names', 'Nguyen', H(m, 'Paul Henneberry <phenneberry@aldercountyhealth.org>',
    'Fr. Dominic Estrada <destrada@aldercountyhealth.org>', D(2026, 11, 12, 8, 45),
    'anointing request 6E', '<ph.2026111208450.sc@aldercountyhealth.org>'))

txt = """hi dr. sato,

i'm the staff attorney at the medical-legal partnership working with our mutual client ms. rosalind achebe-gray. her landlord's attorney has set the unlawful detainer trial for dec 9. we are asking for a reasonable accommodation and it would really help to have a short letter from you (as her hiv provider) confirming that she has a disability, that she was hospitalized sept 28 - oct 6, and that the missed rent was during that period. no need to give specifics beyond that. she has signed the release (attached to her chart by paula in clinic on 11/2).

happy to draft something for you to edit if that's easier.

thanks so much,
june
--
June Okamoto-Reyes, Staff Attorney
Alder Legal Aid / ACMC Medical-Legal Partnership
(707) 465-3018"""
html = ('<div dir="ltr"><div>hi dr. sato,</div><div><br></div><div>i\'m the staff attorney at the medical-legal partnership working with our mutual client ms. rosalind achebe-gray. her landlord\'s attorney has set the unlawful detainer trial for dec 9. we are asking for a reasonable accommodation and it would really help to have a short letter from you (as her hiv provider) confirming that she has a disability, that she was hospitalized sept 28 - oct 6, and that the missed rent was during that period. no need to give specifics beyond that. she has signed the release (attached to her chart by paula in clinic on 11/2).</div><div><br></div><div>happy to draft something for you to edit if that\'s easier.</div><div><br></div><div>thanks so much,</div><div>june</div><div>--<br>June Okamoto-Reyes, Staff Attorney<br>Alder Legal Aid / ACMC Medical-Legal Partnership<br>(707) 465-3018</div></div>')
add('phi', 'phi-names', 'achebe-gray', H(ALT(txt, html), 'June Okamoto-Reyes <jokamotoreyes@alderlegalaid.org>',
    'Kenji Sato MD <ksato@aldercountyhealth.org>', D(2026, 11, 13, 17, 22),
    'letter for our client - UD trial 12/9', '<CAF7x2mZ9kQ1r_Lw8@mail.gmail.com>'))

m = T("""Did Pookie come in for his labs yesterday? I mean Darnell Fitch, not the other Pookie (Williams), lol we need nicknames for the nicknames. Darnell's viral load is due and he said he'd come after his shift at the tire place. If not can you text him, he answers texts but never calls back.

Ty
Peer Navigator, Ryan White Clinic""", cte='8bit', cs='us-ascii')
add('phi', 'phi-names', 'Fitch', H(m, 'Tyrell Bankhead <tbankhead@aldercountyhealth.org>',
    'Maribel Soto <msoto2@aldercountyhealth.org>', D(2026, 11, 17, 9, 12),
    'Pookie labs?', '<tb.1117.0912@aldercountyhealth.org>'))

m = T("""Ayana,

Went by Mr. Tesfaye's place on Fulton twice this week for DOT, no answer either time. His roommate (the brother, Samuel) says Yonas went to visit family in Seattle and "will be back soon". Last observed dose was 10/28, so we're at 9 missed. I left the letter and the clinic card.

Can you call the Seattle-King County TB program to see if they can do courtesy DOT? I can give them his cell, 707-332-0157 (Samuel says it still works). Also I think we need to let Dr. Hollis know before Friday's case conference.

Berhane
Community Health Worker, TB Control""", cte='qp')
add('phi', 'phi-names', 'Tesfaye', H(m, 'Berhane Gebru <bgebru@aldercountyhealth.org>',
    'Ayana Whitlock RN <awhitlock@aldercountyhealth.org>', D(2026, 11, 6, 15, 33),
    'DOT missed - Tesfaye', '<bg.tb.1106.01@aldercountyhealth.org>'))

inner = T("""NICU -- heads up: Baby Girl Morales-Hinojosa born 11/14 at 0412, 34+2 wks, coming to you from LDR 3 once stable. Mom is Ana Lucia Morales Hinojosa, prefers Spanish, no prenatal care here (transferred from Clinica del Valle). Peds at delivery: Dr. Navarro.""", cte='8bit', cs='us-ascii')
H(inner, 'Sofia Navarro MD <snavarro@aldercountyhealth.org>', 'NICU Charge <nicucharge@aldercountyhealth.org>',
  D(2026, 11, 14, 4, 30), 'baby girl Morales-Hinojosa', '<sn.ld.1114@aldercountyhealth.org>')
body = T("""Forwarding so social work has it -- mom asked about WIC and a car seat before discharge. Room 3B in postpartum.

--Kathy
""", cte='8bit', cs='us-ascii')
add('phi', 'phi-names', 'Morales-Hinojosa', H(MIX(body, AM(inner)), 'Kathy Brandvold RN <kbrandvold@aldercountyhealth.org>',
    'Perinatal Social Work <perisw@aldercountyhealth.org>', D(2026, 11, 14, 9, 8),
    'FW: baby girl Morales-Hinojosa', '<kb.fw.1114.0908@aldercountyhealth.org>'))

# ============================ PHI: self ============================
m = T("""To whoever reads this at the burn unit,

My sister was brought to your burn unit Sunday night after the apartment fire on Delmar Street. I drove 6 hours from Bakersfield and the nurse at the desk told me she can't tell me anything because I'm not on "the list". I am her only family in this country. She is in room 14, I saw her through the window, and another nurse told me the doctors plan skin grafts on Thursday and she will need a breathing tube again for surgery.

I need someone to call me. She can't talk right now so how is she supposed to put me on a list?? I am staying at the Motel 6 on Harmon Ave.

Mercedes Alcala
661-204-7718""", cte='qp')
add('phi', 'phi-self', '', H(m, 'Mercedes Alcala <mercyalcala77@yahoo.com>',
    'Patient Relations <patientrelations@aldercountyhealth.org>', D(2026, 11, 3, 22, 47),
    'my sister in burn unit - PLEASE CALL ME', '<1699071.44821.1762240020@mail.yahoo.com>'))

m = T("""Hi this is Curtis Oyelaran-Banks, DOB 3/14/1971. The new meter you gave me at class reads like 40 points higher than my old one. This morning fasting it said 212 and the old one said 168, same finger stick. Which one do I trust? Also I ran out of the pen needles and the pharmacy says I need a new prescription for the 4mm ones. My next appointment with Ms. Thibodeaux is the 24th.

Thanks
Curtis""", cte='8bit', cs='us-ascii')
add('phi', 'phi-self', 'Oyelaran-Banks', H(m, 'MyACMC Portal <noreply-portal@aldercountyhealth.org>',
    'Diabetes Education Center Pool <dec-pool@aldercountyhealth.org>', D(2026, 11, 10, 7, 15),
    'Patient message: Meter question / needles',
    '<portal.msg.8812734@aldercountyhealth.org>',
    extra=[('X-Portal-Patient', 'Oyelaran-Banks, Curtis'), ('Reply-To', 'noreply-portal@aldercountyhealth.org')]))

m = T("""Hello,

I'm the baby's father. The baby's mother is Alicia Reyes and she delivered at your hospital on Nov 1 (our son, 7 lb 2 oz). We are not married and the nurse said I have to fill out a paternity declaration before the birth certificate goes out, but nobody gave me the form before they discharged them on the 3rd. Also Alicia is supposed to have a follow up for her blood pressure on the 10th at the women's clinic and she lost the paper with the time.

Could you send the form and the appointment time to this email? Alicia says it's OK, she is cc'd.

Thank you,
Kenji Watanabe
(707) 318-5526""", cte='8bit', cs='us-ascii')
add('phi', 'phi-self', 'Reyes', H(m, 'Kenji Watanabe <kwatanabe.rio@gmail.com>',
    'ACMC Birth Records <birthrecords@aldercountyhealth.org>', D(2026, 11, 5, 20, 3),
    'paternity form + appointment', '<CAJ8wqT7_n9gk3LbRz=ZmQ@mail.gmail.com>',
    cc='Alicia Reyes <alicia.m.reyes93@gmail.com>'))

txt = """To the Administrator,

I am writing to complain in the strongest terms about the care my mother, Dolores Faircloth (age 81), received at your Wound Clinic on October 30.

She waited FOUR HOURS in a wheelchair without being offered water. When she was finally seen, the dressing on her left heel was changed by someone who did not introduce herself and did not wash her hands in front of us. My mother was told to come back in one week but the next available appointment you gave us is December 2. That is a month.

I have copies of the after-visit summary. I expect a call from a manager, not a form letter. My number is 707-455-0931.

Gerald Faircloth"""
html = ('<html><body style="font-family:Georgia,serif;font-size:14px"><p>To the Administrator,</p>'
        '<p>I am writing to complain in the strongest terms about the care my mother, <b>Dolores Faircloth</b> (age 81), received at your Wound Clinic on October 30.</p>'
        '<p>She waited <b>FOUR HOURS</b> in a wheelchair without being offered water. When she was finally seen, the dressing on her left heel was changed by someone who did not introduce herself and did not wash her hands in front of us. My mother was told to come back in one week but the next available appointment you gave us is December 2. That is a month.</p>'
        '<p>I have copies of the after-visit summary. I expect a call from a manager, not a form letter. My number is 707-455-0931.</p><p>Gerald Faircloth</p></body></html>')
add('phi', 'phi-self', 'Faircloth', H(ALT(txt, html), 'Gerald Faircloth <gfaircloth@comcast.net>',
    'Patient Relations <patientrelations@aldercountyhealth.org>', D(2026, 11, 2, 13, 19),
    'Complaint - treatment of my mother 10/30', '<000b01dc4c2e$8a1f2e10$9e5d8a30$@comcast.net>'))

m = T("""hey its marcus. marcus delroy pettaway. i need my meds refilled the biktarvy, i got like 3 left. send it to the walgreens on 5th and alder not the one by the mall. also i moved, new address 418 pine st #2. phone same.

my appt got cancelled when dr lowery left do i have a new doctor??""", cte='8bit', cs='us-ascii')
add('phi', 'phi-self', 'pettaway', H(m, 'marcus p <mdp.408@icloud.com>',
    'ID Clinic <idclinic@aldercountyhealth.org>', D(2026, 11, 15, 1, 38),
    'refill', '<E4A2C1F0-19B3-4C77-A0B1-77D2E3F41A90@icloud.com>'))

m = T("""Dear Sir or Madam,

My husband, Julio César Arriaga Montes, is in the Alder County jail since October 22 (booking number 26-017719). He has type 1 diabetes and uses insulin since he was 12 years old. When he calls me he says he is only getting insulin one time a day in the morning and he feels very sick at night, shaking and sweating. Last week he passed out in the pod and they took him to the hospital emergency and brought him back the same day.

His doctor outside is Dr. Pham at La Clínica de la Raza, and I can bring his list of medicines. Please, someone has to check on him. I am very scared.

Yadira Soto de Arriaga
707-551-8804""", cs='iso-8859-1', cte='qp')
add('phi', 'phi-self', 'Arriaga Montes', H(m, 'Yadira Soto <yadira.soto.arriaga@hotmail.com>',
    'Correctional Health Liaison <jailhealth@aldercountyhealth.org>', D(2026, 11, 8, 19, 55),
    'My husband in jail needs his insulin', '<SN6PR02MB4120D4A2F3E@SN6PR02MB4120.namprd02.prod.outlook.com>'))

m = T("""Iakwe,

My name is Kaiboke Lanwi. I am writing for my father Jebro Lanwi, he is patient in your dialysis, Monday Wednesday Friday morning. The van is not coming to pick him up 2 times this week so he miss his dialysis on Wednesday. He is very weak now and his legs is swelling. We live at 77 Orchard Lane trailer 14 in Rio Alder, his birthday is 6/2/1958.

Please can you tell the van company, and can he come on Saturday to make up? He don't speak English so please call me not him, 707-209-6641.

Kommol tata,
Kaiboke""", cte='8bit', cs='us-ascii')
add('phi', 'phi-self', 'Lanwi', H(m, 'Kaiboke Lanwi <klanwi91@gmail.com>',
    'ACMC Outpatient Dialysis <dialysis@aldercountyhealth.org>', D(2026, 11, 12, 12, 3),
    'my father dialysis van', '<CAO3bE_zN1q8kXt6pWu@mail.gmail.com>'))

# ============================ PHI: lists ============================
m = T("""L&D board as of 0645 for huddle (Dr. Achterberg covering OB, Dr. Paz anesthesia):

RM  PATIENT                      G/P    EGA    STATUS / PLAN
1   Thao, Mai                    G2P1   39+4   IOL, pit @ 8, AROM 0500
2   Ochoa Barrientos, Karla      G1P0   40+1   active, epidural in, 6cm
3   (empty - terminal clean)
4   Freeman-Ladd, Shauna         G4P3   37+0   r/o labor, NST reactive, likely d/c
5   Maldonado, Xochitl           G3P2   41+0   repeat C/S 0730, NPO since MN
6   Cardenas-Ruiz, Yesenia       G5P4   38+6   repeat C/S 1430, T&S pending redraw
7   Ixcoy Tzoc, Rosa (Mam intrp) G2P1   36+2   PTL, mag started 0300
OB triage: 2 waiting

Staffing: 7 RNs, float from MBU until 1100. -- Nadine""", cte='8bit', cs='us-ascii')
add('phi', 'phi-lists', 'Ochoa Barrientos', H(m, 'Nadine Pollard RN <npollard@aldercountyhealth.org>',
    'LD Huddle <ldhuddle@aldercountyhealth.org>', D(2026, 11, 9, 6, 48),
    'board 0645', '<np.board.20261109.0648@aldercountyhealth.org>'))

txt = """Burn OR schedule Thursday 11/12 (Room 9, Yusupova / Okafor):

* 0730 -- Kiana Whitehorse (3y) -- STSG R forearm, dressing chg under GA
* 0930 -- Hailu Tekle -- excision & grafting, back and R flank, ~12% TBSA, 2 units on hold
* 1230 -- Dwight Ambrose-Kellerman -- hand recon consult + exam under anesthesia
* 1400 -- "Jane Doe Burn 14" (ID pending, sister called) -- excision & allograft, reintubation needed

Anesthesia please confirm airway plan for 1400. Blood bank has the 0930 crossmatch.

Lena Yusupova, MD
Director, Regional Burn Center"""
add('phi', 'phi-lists', 'Whitehorse', H(T(txt), 'Yusupova, Lena MD <lyusupova@aldercountyhealth.org>',
    'Periop Scheduling <orsched@aldercountyhealth.org>', D(2026, 11, 10, 17, 12),
    'Burn OR Thursday', '<CY4PR11MB1733ACD0E1@CY4PR11MB1733.namprd11.prod.outlook.com>',
    cc='Anesthesia Scheduler <anesched@aldercountyhealth.org>'))

m = T("""Pasting the DOT roster for next week out of the tracking sheet, please double check addresses before you head out Monday. Anything in yellow on the sheet = needs video DOT instead.

Name\tDOB\tAddress\tRegimen\tDoses done\tWorker
Tesfaye, Yonas\t03/02/1990\t1442 Fulton St #B\tRIPE\t41/56\tBerhane
Lau, Chi Keung\t11/19/1951\t88 Mission Ct\t3HP weekly\t7/12\tWen
Quispe Mamani, Elvis\t07/07/2001\t500 Vine St (shelter)\tRIPE\t12/56\tBerhane
Dominguez, Irma\t01/25/1967\t3120 Linden Ave\t4R\tday 63\tvideo
Jibril, Hodan\t09/14/1984\t2201 Oakmont Rd #12\tRIPE cont. phase\t58/126\tWen
Salanoa, Faleolo\t05/30/1975\t17 Bayside Dr\tRIPE\t30/56\tvideo

Thanks - Ayana""", cte='qp')
add('phi', 'phi-lists', 'Tesfaye', H(m, 'Ayana Whitlock RN <awhitlock@aldercountyhealth.org>',
    'TB Control Team <tbcontrol@aldercountyhealth.org>', D(2026, 11, 6, 16, 50),
    'DOT roster wk of 11/9', '<aw.tb.roster.1106@aldercountyhealth.org>'))

m = T("""Sgt. Ochs,

Here are the inmates with outside appointments at ACMC in the next two weeks. All are medium or minimum unless noted. Please send back the transport schedule when you have it.

  Booking #   Name                         Date   Time  Clinic
  26-018842   IBARRA QUINTERO, Ramon       11/19  0730  MRI
  26-016004   BOUCHARD, Terrence Allen     11/19  1000  Ortho clinic, cast removal
  26-017719   ARRIAGA MONTES, Julio Cesar  11/20  0830  Endocrine (urgent add-on)
  26-015566   PEREZ-LUNA, Gilberto         11/23  1300  Infusion, 3 hrs   ** max custody
  26-018101   WHITE CLOUD, Darlene         11/24  0900  OB clinic, ultrasound
  26-014980   NAKAMURA, Ross               11/30  1430  Cardiology, echo

Lourdes Pineda RN, Jail Health Liaison""", cte='8bit', cs='us-ascii')
add('phi', 'phi-lists', 'IBARRA QUINTERO', H(m, 'Lourdes Pineda <lpineda@aldercountyhealth.org>',
    'Sgt. Martin Ochs <mochs@aldercountysheriff.gov>', D(2026, 11, 13, 15, 2),
    'outside appts 11/19 - 11/30', '<lp.jail.appts.1113@aldercountyhealth.org>'))

csvdata = """Appt Date,Appt Time,Patient Name,MRN,Phone,Provider,Status
11/02/2026,09:15,"Delacroix-Baptiste, Jean-Robert",70118244,707-468-2210,Oduya,Arrived
11/02/2026,10:00,"Swenson, Margit",70220871,707-455-8012,Oduya,No Show
11/02/2026,10:45,"Amador Cruz, Beatriz",70301555,707-339-1147,Kaplan,No Show
11/03/2026,08:30,"HOLLOWAY, RAYMOND",70177029,,Kaplan,No Show
11/04/2026,13:15,"Faircloth, Dolores",70098332,707-455-0931,Oduya,Cancelled by clinic
11/05/2026,14:00,"Tuilagi, Sione",70412207,707-290-5563,Kaplan,No Show
"""
body = T("""Attached is the no-show / cancel list from last week for call-backs. Please try everyone twice and document in the phone note. Mr. Holloway has no phone in the system -- check with his group home.

Deb""", cte='8bit', cs='us-ascii')
add('phi', 'phi-lists', 'Swenson', H(MIX(body, AT(csvdata, 'wound_noshow_wk45.csv', 'csv', 'us-ascii')),
    'Deborah Kaplan NP <dkaplan@aldercountyhealth.org>', 'Wound Clinic Front Desk <woundfront@aldercountyhealth.org>',
    D(2026, 11, 9, 8, 12), 'no show list wk 45', '<dk.wc.1109.0812@aldercountyhealth.org>'))

txt = """Discharge barriers for today's 1100 throughput call:

Room | Patient | Barrier | Owner
5S-512 | Pruitt, Evangeline | SNF accepted, needs PT note faxed | Tomasz
5S-520 | Ruiz-Ocampo, Hector | no address, shelter bed pending, needs walker | Hannah
6E-603 | Begay, Lorraine | IV abx x 4 wks, infusion center auth pending | Tomasz
6E-611 | Marcelino Torres Ajú | family wants to take him to Guatemala, K'iche' interpreter for mtg at 2 | Hannah
4W-Burn2 | Whitehorse, Kiana | CPS hold, no dc until Friday | Renee
"""
html = OL("""<p class="MsoNormal">Discharge barriers for today&#8217;s 1100 throughput call:</p><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">
<tr style="background:#D9E2F3"><th>Room</th><th>Patient</th><th>Barrier</th><th>Owner</th></tr>
<tr><td>5S-512</td><td>Pruitt, Evangeline</td><td>SNF accepted, needs PT note faxed</td><td>Tomasz</td></tr>
<tr><td>5S-520</td><td>Ruiz-Ocampo, Hector</td><td>no address, shelter bed pending, needs walker</td><td>Hannah</td></tr>
<tr><td>6E-603</td><td>Begay, Lorraine</td><td>IV abx x 4 wks, infusion center auth pending</td><td>Tomasz</td></tr>
<tr><td>6E-611</td><td>Marcelino Torres Aj&uacute;</td><td>family wants to take him to Guatemala, K&#8217;iche&#8217; interpreter for mtg at 2</td><td>Hannah</td></tr>
<tr><td>4W-Burn2</td><td>Whitehorse, Kiana</td><td>CPS hold, no dc until Friday</td><td>Renee</td></tr></table>""")
add('phi', 'phi-lists', 'Pruitt', H(ALT(txt, html), 'Hannah Oyelowo <hoyelowo@aldercountyhealth.org>',
    'Throughput Call <throughput@aldercountyhealth.org>', D(2026, 11, 16, 10, 31),
    'DC barriers 11/16', '<BY5PR11MB4321E07C2A@BY5PR11MB4321.namprd11.prod.outlook.com>'))

m = T("""Night -> day trauma sign-out 11/18

- Okonkwo, Emeka, SICU 12 -- POD2 ex-lap for GSW, repeat CBC pending, if Hgb < 7 call Feld
- ABERNATHY, D -- 7N 714 -- ready for dc, CT scheduled, needs scripts
- "Trauma Zulu" (unknown male ~30s, MVC, ID pending per ACMC PD) -- SICU 9 -- intubated, CT head stable
- Bautista, Ernesto -- 7N 702 -- drain out, tolerating diet, likely home tmrw
- Lemoine-Perry, Cassandra -- ED hold -- rib fx x4, pain ctrl, needs IS teaching

Quiet night otherwise. -PR""", cte='8bit', cs='us-ascii')
add('phi', 'phi-lists', 'Okonkwo', H(m, 'Dr. Priya Raman <praman@aldercountyhealth.org>',
    'Trauma Residents <traumares@aldercountyhealth.org>', D(2026, 11, 19, 6, 10),
    'sign out', '<pr.so.1119@aldercountyhealth.org>'))

# ============================ PHI: struct ============================
m = T("""Interface error report -- Cloverleaf site acmc_lab, thread ib_adt_lab
Run: 2026-11-11 02:00  Errors: 1

ERROR 207: PID-7 invalid date, message rejected, not filed to LIS

MSH|^~\\&|EPIC|ACMC|SUNQUEST|ACMC_LAB|202611110142||ADT^A04|MSG00884123|P|2.3
EVN|A04|202611110142
PID|1||60388210^^^ACMC^MR||SALANOA^FALEOLO^T||19755530|M|||17 BAYSIDE DR^^RIO ALDER^CA^95710||(707)290-1184|||||400190887766
PV1|1|O|TBCLINIC^^^ACMC||||1294^HOLLIS^GRANT^MD|||||||||||400190887766|||||||||||||||||||||||||202611110140

Please correct DOB in registration (should be 05/30/1975 per TB roster) and resend.
-- Interface Team""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'SALANOA', H(m, 'Interface Monitor <cloverleaf-alerts@aldercountyhealth.org>',
    'Interface Team <interfaces@aldercountyhealth.org>; Patient Access Leads <palead@aldercountyhealth.org>',
    D(2026, 11, 11, 2, 5), '[ALERT] acmc_lab ib_adt_lab 1 error(s)', '<cl.alert.20261111020500.1@aldercountyhealth.org>'))

hl7 = "\r".join([
 "MSH|^~\\&|SUNQUEST|ACMC_LAB|EPIC|ACMC|202611170934||ORU^R01|L2611170934008|P|2.5.1",
 "PID|1||60511942^^^ACMC^MR||FITCH^DARNELL^JAMAL||19920108|M|||2710 ELM ST APT 5^^RIO ALDER^CA^95710||7074331920",
 "PV1|1|O|IDCLIN^^^ACMC||||5521^SATO^KENJI^^^^MD",
 "ORC|RE|ORD8812204|LAB556102||CM",
 "OBR|1|ORD8812204|LAB556102|HIV1RNAQ^HIV-1 RNA QUANT PCR^L|||202611160915|||||||202611161010||5521^SATO^KENJI",
 "OBX|1|NM|HIV1RNA^HIV-1 RNA copies/mL^L||<20|copies/mL|<20|N|||F|||202611170930",
 "OBX|2|NM|CD4ABS^CD4 absolute^L||612|cells/uL|500-1500|N|||F|||202611170930",
 ""])
body = T("""Hi Maribel, the result for the ORU below never crossed into the chart (shows "in process" in Epic). Attaching the raw message from the outbound queue. Can you check if the order number mapped? Patient's navigator was asking.

Raj, Lab IS""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'FITCH', H(MIX(body, AB(hl7, 'ORU_L2611170934008.hl7')),
    'Raj Venkataraman <rvenkataraman@aldercountyhealth.org>', 'Maribel Soto <msoto2@aldercountyhealth.org>',
    D(2026, 11, 17, 10, 2), 'result not filing - ID clinic ORU', '<rv.lis.1117.1002@aldercountyhealth.org>'))

x12 = "~\n".join([
 "ISA*00*          *00*          *ZZ*ACMCHOSP       *ZZ*PARTNRSHPHP    *261105*1432*^*00501*000004417*0*P*:",
 "GS*HC*ACMCHOSP*PARTNRSHPHP*20261105*1432*4417*X*005010X223A2",
 "ST*837*0001*005010X223A2",
 "BHT*0019*00*ACMC4417*20261105*1432*CH",
 "NM1*85*2*ALDER COUNTY MEDICAL CENTER*****XX*1730219455",
 "HL*1**20*1", "HL*2*1*22*0", "SBR*P*18*******MC",
 "NM1*IL*1*TEKLE*HAILU****MI*91827364A",
 "N3*1442 FULTON ST APT C", "N4*RIO ALDER*CA*95710",
 "DMG*D8*19860419*M",
 "CLM*ACMC2611BURN0092*184220.50***11:A:1*Y*A*Y*Y",
 "DTP*434*RD8*20261025-20261104",
 "HI*ABK:T2131XA*ABF:T3120XA",
 "SV2*0207*HC:99291*22450*UN*1",
 "SE*16*0001", "GE*1*4417", "IEA*1*000004417", ""])
body = T("""Patricia --

Resubmitting the attached 837I for the burn admission, original was rejected by the plan on 11/3 for invalid member ID suffix. Member ID is now 91827364A (eligibility verified 11/5). Please confirm receipt in the 999.

Thanks,
Dale Hutchins
PFS Billing, ACMC""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'TEKLE', H(MIX(body, AB(x12, 'ACMC_837I_4417.x12')), 'Dale Hutchins <dhutchins@aldercountyhealth.org>',
    'Patricia Moen <pmoen@partnershiphp.example.org>', D(2026, 11, 5, 14, 40),
    'Resubmit 837I ACMC2611BURN0092', '<dh.pfs.1105.1440@aldercountyhealth.org>'))

m = T("""Eligibility came back active. Pasting the 271 since the portal is down:

ISA*00*          *00*          *ZZ*ALDERCOUNTYPLN *ZZ*ACMCHOSP       *261116*0811*^*00501*000021886*0*P*:~
GS*HB*ALDERCOUNTYPLN*ACMCHOSP*20261116*0811*21886*X*005010X279A1~
ST*271*0001*005010X279A1~
HL*1**20*1~NM1*PR*2*ALDER COUNTY HEALTH PLAN*****PI*ACHP01~
HL*2*1*21*1~NM1*1P*2*ALDER COUNTY MEDICAL CENTER*****XX*1730219455~
HL*3*2*22*0~NM1*IL*1*BEGAY*LORRAINE****MI*ACH55017733~
DMG*D8*19630911*F~
EB*1*IND*30**MEDI-CAL MANAGED CARE~
EB*1*IND*UC*****~
EB*B*IND*A4***CO*0~
MSG*HOME INFUSION REQUIRES PRIOR AUTH~
SE*13*0001~GE*1*21886~IEA*1*000021886~

So infusion needs the auth -- I'll start the 278 today. Tomasz, she's still 6E-603.

-Lin (UR)""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'BEGAY', H(m, 'Lin Zhao <lzhao@aldercountyhealth.org>', 'Tomasz Wierzbicki <twierzbicki@aldercountyhealth.org>',
    D(2026, 11, 16, 8, 25), 'RE: Begay elig for home infusion', '<lz.ur.1116.0825@aldercountyhealth.org>'))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "acmc-70412207",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8821.1", "value": "70412207"}],
        "name": [{"family": "Tuilagi", "given": ["Sione", "Matagi"]}],
        "gender": "male",
        "birthDate": "1979-08-22",
        "telecom": [{"system": "phone", "value": "707-290-5563"}],
        "address": [{"line": ["610 Harbor View Rd"], "city": "Rio Alder", "state": "CA", "postalCode": "95710"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-88120331",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/acmc-70412207"},
        "serviceType": {"text": "Outpatient Wound Clinic"},
        "period": {"start": "2026-10-29T10:45:00-07:00", "end": "2026-10-29T11:30:00-07:00"}
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "status": "completed",
        "subject": {"reference": "Patient/acmc-70412207"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97597", "display": "Debridement, open wound, first 20 sq cm"}]},
        "performedDateTime": "2026-10-29T11:05:00-07:00"
      }
    }
  ]
}
"""
body = T("""Hey -- here's the sample bundle from the wound clinic feed that's failing validation on the HIE side. Real patient, so don't paste it in the vendor ticket; I just need you to look at why the Procedure has no encounter reference.

-- Ilse""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'Tuilagi', H(MIX(body, AT(fhir, 'bundle_failing.json', 'json', 'us-ascii')),
    'Ilse Brandauer <ibrandauer@aldercountyhealth.org>', 'Nate Kwarteng <nkwarteng@aldercountyhealth.org>',
    D(2026, 11, 18, 13, 44), 'HIE validation fail - wound feed', '<ib.hie.1118.1344@aldercountyhealth.org>'))

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Transition of Care Summary</title>
  <effectiveTime value="20261116143000-0800"/>
  <recordTarget>
    <patientRole>
      <id extension="60477210" root="2.16.840.1.113883.3.8821.1"/>
      <addr><streetAddressLine>3120 Linden Ave</streetAddressLine><city>Rio Alder</city><state>CA</state><postalCode>95710</postalCode></addr>
      <patient>
        <name><given>Irma</given><family>Dominguez</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19670125"/>
        <languageCommunication><languageCode code="es"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Medications</title>
      <text><list><item>rifampin 600 mg PO daily (day 63 of 120)</item><item>metformin 1000 mg PO BID</item></list></text>
    </section></component>
    <component><section>
      <title>Plan of Care</title>
      <text>Continue video DOT. Follow-up TB clinic 12/07/2026 with Dr. Hollis. LFTs at next visit.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
body = T("""Per the request from Clinica del Valle -- CCD for the shared patient attached. Please let me know if the XML doesn't import on your side and I'll fax instead.

Ayana Whitlock, RN
TB Control Program""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'Dominguez', H(MIX(body, AT(ccd, 'CCD_60477210.xml', 'xml', 'us-ascii')),
    'Ayana Whitlock RN <awhitlock@aldercountyhealth.org>', 'Records <records@clinicadelvalle.example.org>',
    D(2026, 11, 16, 14, 40), 'Transition of care doc (secure)', '<aw.ccd.1116@aldercountyhealth.org>'))

fax = """=====================================================
         ALDER COUNTY MEDICAL CENTER
         HEALTH INFORMATION MANAGEMENT
              FAX COVER SHEET
=====================================================
DATE:     11/19/2026
TO:       June Okamoto-Reyes, Alder Legal Aid (MLP)
FAX:      (707) 465-3019
FROM:     Release of Information, ROI desk x2-4410
PAGES:    14 (including cover)

RE:       ACHEBE-GRAY, ROSALIND    DOB 02/17/1980    MRN 60099481
          Records requested: discharge summary 10/06/2026, ED note 09/28/2026,
          ID clinic progress notes 07/2026 - 11/2026
          Authorization on file dated 11/02/2026 (expires 11/02/2027)

This facsimile contains PROTECTED HEALTH INFORMATION. Redisclosure is
prohibited without specific written consent of the patient.
=====================================================
"""
body = T("""Fax failed twice (busy). Sending the cover sheet by email so you know it's coming -- we'll retry at 3pm. Records themselves will go by fax only.

ROI Desk""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'ACHEBE-GRAY', H(MIX(body, AT(fax, 'faxcover_ROI_88231.txt', 'plain', 'us-ascii')),
    'ACMC ROI <roi@aldercountyhealth.org>', 'June Okamoto-Reyes <jokamotoreyes@alderlegalaid.org>',
    D(2026, 11, 19, 13, 12), 'Fax transmission pending - ROI 88231', '<roi.88231.1119@aldercountyhealth.org>'))

tsv = """encounter_id\tmrn\tlast_name\tfirst_name\tdob\tvisit_date\tcpt\tunits\tpayer
E77120931\t70118244\tDelacroix-Baptiste\tJean-Robert\t1958-12-03\t2026-10-30\t97606\t1\tMEDICARE
E77120944\t70301555\tAmador Cruz\tBeatriz\t1971-04-18\t2026-10-30\t97597\t1\tACHP
E77121002\t70412207\tTuilagi\tSione\t1979-08-22\t2026-10-29\t97597\t1\tACHP
E77121077\t70098332\tFaircloth\tDolores\t1945-06-09\t2026-10-30\t11042\t1\tMEDICARE
E77121108\t70220871\tSwenson\tMargit\t1952-02-27\t2026-10-28\t97605\t1\tSELF PAY
"""
body = T("""Charge reconciliation export for the wound clinic, week ending 10/30. Zipped because the mail gateway keeps stripping .tsv. 5 encounters are missing charges -- can coding take a look?

Thanks, Anil""", cte='8bit', cs='us-ascii')
add('phi', 'phi-struct', 'Delacroix-Baptiste', H(MIX(body, AZ('wound_charge_recon_1030.zip', 'wound_charge_recon_1030.tsv', tsv)),
    'Anil Deshpande <adeshpande@aldercountyhealth.org>', 'HIM Coding <coding@aldercountyhealth.org>',
    D(2026, 11, 4, 11, 20), 'missing charges - wound clinic w/e 10/30', '<ad.rev.1104.1120@aldercountyhealth.org>'))

# ============================ PHI: ids ============================
m = T("""MRN 60611473 -- pls cancel tomorrow 0800 echo, pt refused, will reschedule from clinic.
-Echo lab""", cte='8bit', cs='us-ascii')
add('phi', 'phi-ids', '', H(m, 'Echo Lab <echolab@aldercountyhealth.org>', 'Cardiology Scheduling <cardsched@aldercountyhealth.org>',
    D(2026, 11, 12, 16, 58), 'cancel', '<echo.1112.1658@aldercountyhealth.org>'))

m = T("""Acct 7730019455 / DOS 10/14/26 / ED visit + CT -- financial assistance approved at 100% (household of 4, income verified). Please adjust balance of $4,812.60 to zero and stop statements. Guarantor address updated.

Rosa M. | Financial Counseling""", cte='qp')
add('phi', 'phi-ids', '', H(m, 'Rosa Meraz <rmeraz@aldercountyhealth.org>', 'PFS Adjustments <pfsadj@aldercountyhealth.org>',
    D(2026, 11, 6, 10, 40), 'FA approval acct 7730019455', '<rm.fa.1106@aldercountyhealth.org>'))

txt = """Notice of Claim Denial

Member ID: ACH55017733
Claim #: 26310-0048822
Date(s) of service: 10/25/2026 - 11/04/2026
Provider: Alder County Medical Center (NPI 1730219455)
Service: Inpatient stay, revenue code 0207 (burn care ICU)
Reason code: CO-197 Precertification/authorization absent

You may appeal within 60 days. Submit appeals to Alder County Health Plan, Appeals Unit, PO Box 4410, Rio Alder CA 95711."""
html = ('<html><body style="font-family:Arial;font-size:10pt"><h3 style="color:#00529B">Notice of Claim Denial</h3><table cellpadding="3">'
        '<tr><td><b>Member ID:</b></td><td>ACH55017733</td></tr><tr><td><b>Claim #:</b></td><td>26310-0048822</td></tr>'
        '<tr><td><b>Date(s) of service:</b></td><td>10/25/2026 - 11/04/2026</td></tr>'
        '<tr><td><b>Provider:</b></td><td>Alder County Medical Center (NPI 1730219455)</td></tr>'
        '<tr><td><b>Service:</b></td><td>Inpatient stay, revenue code 0207 (burn care ICU)</td></tr>'
        '<tr><td><b>Reason code:</b></td><td>CO-197 Precertification/authorization absent</td></tr></table>'
        '<p>You may appeal within 60 days. Submit appeals to Alder County Health Plan, Appeals Unit, PO Box 4410, Rio Alder CA 95711.</p></body></html>')
add('phi', 'phi-ids', '', H(ALT(txt, html, cte='b64'), 'ACHP Provider Notices <no-reply@achp.example.org>',
    'PFS Denials <pfsdenials@aldercountyhealth.org>', D(2026, 11, 10, 3, 15), 'Claim 26310-0048822 denied',
    '<achp.den.26310-0048822@achp.example.org>'))

m = T("""Booking 26-015566 / ACMC MRN 60702218 -- infusion 11/23 1300 confirmed, 3 hr chair. Max custody, 2 deputies, restraints off one arm only per infusion RN. Bring the med list from the jail MAR.""", cte='8bit', cs='us-ascii')
add('phi', 'phi-ids', '', H(m, 'Lourdes Pineda <lpineda@aldercountyhealth.org>', 'Infusion Center <infusion@aldercountyhealth.org>',
    D(2026, 11, 20, 9, 1), 'RE: 11/23 1300', '<lp.inf.1120@aldercountyhealth.org>'))

m = T("""Dr. Feld,

Radiology critical-ish result callback: DOB 02/11/1988, MRN 60588190, CT A/P from 11/17 18:40 -- final read is back and differs from the prelim. Please call the reading room at x5-2200 and ask for Dr. Imhoff. Patient was discharged from the ED at 22:10.

Radiology Communication Center""", cte='8bit', cs='us-ascii')
add('phi', 'phi-ids', '', H(m, 'Radiology Comm Center <radcomm@aldercountyhealth.org>', 'Feld, Aaron MD <afeld@aldercountyhealth.org>',
    D(2026, 11, 18, 8, 3), 'Result callback needed - MRN 60588190', '<rcc.1118.0803.60588190@aldercountyhealth.org>'))

m = T("""Property envelope P-26-3310 belongs to MRN 60533907 (PES). Pt was discharged from PES at 1420 today and left without it. Envelope contains wallet, phone, belt, $23. Holding at PD front desk until 11/21, then to Lost & Found.

Ofc. Kowalczyk #231""", cte='8bit', cs='us-ascii')
add('phi', 'phi-ids', '', H(m, 'Sandra Kowalczyk <skowalczyk@aldercountyhealth.org>', 'PES Front Desk <pesdesk@aldercountyhealth.org>',
    D(2026, 11, 9, 15, 5), 'unclaimed property P-26-3310', '<sk.pd.1109@aldercountyhealth.org>'))

m = T("""Rx# 6612044 for member 91827364A (DOB 04/19/1986) -- silver sulfadiazine 1% 400g + oxycodone 5mg #20 -- ready in outpatient pharmacy window 2. Prior auth for the cream approved until 02/2027. Patient must show ID for the CII.""", cte='8bit', cs='us-ascii')
add('phi', 'phi-ids', '', H(m, 'ACMC Outpatient Pharmacy <oprx@aldercountyhealth.org>', 'Burn Clinic <burnclinic@aldercountyhealth.org>',
    D(2026, 11, 19, 12, 26), 'Rx ready - 6612044', '<oprx.6612044@aldercountyhealth.org>'))

# ============================ PHI: lang ============================
m = T("""Buenas tardes,

Me llamo Karla Ochoa Barrientos, tuve a mi bebé en su hospital el 9 de noviembre. En el papel de alta dice que tengo que regresar a la clínica de mujeres en dos semanas para revisar la herida de la cesárea y quitar las grapas, pero cuando llamé me dijeron que no hay citas hasta diciembre. Me duele un poco y está un poco rojo alrededor. ¿Qué hago? ¿Puedo ir a urgencias o espero?

Mi fecha de nacimiento es 14/07/2003. Mi teléfono es 707-338-4120.

Gracias,
Karla""", cs='iso-8859-1', cte='qp')
add('phi', 'phi-lang', 'Ochoa Barrientos', H(m, 'Karla Ochoa <karlita.ochoa03@gmail.com>',
    'Clínica de la Mujer <womensclinic@aldercountyhealth.org>', D(2026, 11, 17, 15, 48),
    'Cita para quitar grapas', '<CAHk2_p9wQ@mail.gmail.com>'))

m = T("""Nota de intérprete / Interpreter note -- Burn 1, cama 3

Paciente: Juan Diego Ixcoy Tzoc, 6 años. Familia habla Mam (Todos Santos Cuchumatán); la abuela Doña Candelaria Ixcoy también entiende algo de K'iche'. Padre habla español básico.

Encounter 11/11 14:00-14:40 with Dr. Yusupova and RN Castellanos. Interpreted Mam<>Spanish (me) and Spanish<>English (Lic. Orellana by video).

- Mom understood that the quemadura on both feet needs "injerto de piel" on Thursday. She asked if the skin comes from his leg -- yes, explained the donor site on the thigh.
- Grandmother wanted to bring a curandero for a limpia. Dr. Y said ok as long as no liquids or herbs on the dressings; family agreed. Chaplaincy notified.
- Dad asked about cost. Told him social work (Hannah) will come about Medi-Cal de emergencia. He is worried about ICE at the entrance; I explained hospital police do not ask papers.
- Teach-back done for NPO after midnight: mom repeated correctly in Mam.

Florinda Pérez Ramírez
Intérprete certificada Mam/Español, Language Access Services""", cte='qp')
add('phi', 'phi-lang', 'Ixcoy Tzoc', H(m, 'Florinda Perez Ramirez <fperezramirez@aldercountyhealth.org>',
    'Castellanos, Brianna <bcastellanos@aldercountyhealth.org>', D(2026, 11, 11, 15, 20),
    'Nota intérprete Mam - Ixcoy Tzoc', '<fpr.las.1111.1520@aldercountyhealth.org>',
    cc='Hannah Oyelowo <hoyelowo@aldercountyhealth.org>; Spiritual Care <spiritualcare@aldercountyhealth.org>'))

m = T("""您好，

我是刘志强的女儿刘美玲。我父亲刘志强（出生日期1951年11月19日）在你们的结核病项目接受每周一次的药物治疗。他不会说英语，耳朵也不太好。上周三护士Wen来家里的时候他不在，因为他去了中国城看牙医。这周他说吃药以后很累，不想吃饭，眼睛有一点黄。请问这个正常吗？要不要去抽血检查？

他的地址是88 Mission Ct，我的电话是415-770-2398，请打给我，谢谢。

刘美玲""", cte='b64')
add('phi', 'phi-lang', '刘', H(m, 'Meiling Lau <meiling.lau@outlook.com>', 'TB Control <tbcontrol@aldercountyhealth.org>',
    D(2026, 11, 18, 21, 4), '关于我父亲刘志强的结核病治疗', '<PH0PR07MB8812A1E@PH0PR07MB8812.namprd07.prod.outlook.com>'))

m = T("""ሰላም፣

ኣነ ዳዊት ተስፋማርያም እየ። ሓወይ ኣማኑኤል ተስፋማርያም ኣብ ሆስፒታልኩም ኣብ ትራውማ ቀዶ ሕክምና (7 North, ክፍሊ 709) ኣሎ። ብ 11/15 ናይ መኪና ሓደጋ ኣጋጢምዎ። ዶክተር ፈልድ ሎሚ ካልኣይ ቀዶ ሕክምና ከም ዝገብሩሉ ነጊሮሙና። ኣደና ኣብ ኤርትራ እያ ዘላ፣ ብዛዕባ ኩነታቱ ክንሕብራ ንደሊ።

በጃኹም ብትግርኛ ዝዛረብ ተርጓማይ ምስ ዶክተር ክንራኸብ ሓግዙና።
ቁጽሪ ስልከይ፦ 707-561-3307

የቐንየለይ
ዳዊት

(English: my brother Amanuel Tesfamariam is in 7 North room 709 after a car accident on 11/15, Dr. Feld said second surgery today, please we need Tigrinya interpreter to talk with doctor.)""", cte='b64')
add('phi', 'phi-lang', 'Tesfamariam', H(m, 'Dawit Tesfamariam <dawit.tesfamariam@gmail.com>',
    'Patient Relations <patientrelations@aldercountyhealth.org>', D(2026, 11, 17, 11, 36),
    'ሓወይ ኣማኑኤል ተስፋማርያም - interpreter please', '<CAD4wH8_tg@mail.gmail.com>'))

m = T("""Iakwe,

Etā Lijon Jitiam. Ij kōjjembōr bwe iaar jab maroñ itok ñan class eo an diabetes ilo Jibōñ Mande, 11/16, kōnke ejjelok wa. Rainin ij ruwamijel bwe kabwe in sugar eo aō ej 260 im ij mōk. Kwōmaroñ ke ledok juon bar iien ippa? Ij bar aikuj needle ko nān insulin.

Nōmba in taļboon eo aō: 479-225-8061
Birthday: 9/8/1969

Kommol tata,
Lijon Jitiam

[Interpreter summary added by DEC front desk: pt Lijon Jitiam missed diabetes class 11/16 - no ride; sugar 260 today, tired; asks new class date and insulin needles. Please call, Marshallese interpreter.]""", cte='qp')
add('phi', 'phi-lang', 'Jitiam', H(m, 'DEC Front Desk <decfront@aldercountyhealth.org>',
    'Noelle Thibodeaux RD CDCES <nthibodeaux@aldercountyhealth.org>', D(2026, 11, 17, 9, 50),
    'FW: Marshallese pt msg - class + needles', '<dec.fw.1117.0950@aldercountyhealth.org>'))

m = T("""Bonjour Docteur Sato,

Je suis Mme Béatrice Nkurunziza-Mbala, votre patiente à la clinique du jeudi. Je vous écris parce que j'ai reçu une lettre disant que mon rendez-vous du 26 novembre est annulé à cause de Thanksgiving. Je n'ai presque plus de comprimés (il me reste 5 jours). Est-ce que la pharmacie peut me donner le renouvellement avant le nouveau rendez-vous ? Aussi, les résultats de la prise de sang du 5 novembre, est-ce que la charge virale est toujours indétectable ?

Je vous remercie beaucoup, et je m'excuse pour mon anglais au téléphone.

Béatrice Nkurunziza-Mbala
Tél. 707-612-0493""", cs='iso-8859-1', cte='qp')
add('phi', 'phi-lang', 'Nkurunziza-Mbala', H(m, 'Beatrice Nkurunziza <bnkurunziza@yahoo.fr>', 'Kenji Sato MD <ksato@aldercountyhealth.org>',
    D(2026, 11, 19, 18, 22), 'Rendez-vous annulé - renouvellement', '<1763603320.88123.YahooMailAndroid@yahoo.fr>'))

m = T("""Hola Chela,

Una cosa más para la visita de mañana: la Sra. Ofelia Zamudio Rangel (la señora de 6E que sale a casa con oxígeno) vive sola en el 2214 de Calle Sauce. Ya le llegó el concentrador de oxígeno pero la hija dice que nadie le explicó cómo usarlo y que no sabe si lo puede apagar en la noche. Can you do the home safety check and make sure there are no candles near the stove? She has a vela for la Virgen on the kitchen table, lol. Also her follow-up with pulmonary is 12/1 a las 10, please remind her, ella no lee bien.

Gracias!!
Hannah
Social Work / Discharge Planning""", cte='qp')
add('phi', 'phi-lang', 'Zamudio Rangel', H(m, 'Hannah Oyelowo <hoyelowo@aldercountyhealth.org>', 'Graciela "Chela" Fuentes <gfuentes@aldercountyhealth.org>',
    D(2026, 11, 20, 16, 14), 'visita mañana - Sra. Zamudio', '<ho.sw.1120.1614@aldercountyhealth.org>'))

# ============================ CLEAN: staff ============================
m = T("""Hi everyone,

Thanksgiving week swaps so far (please check you're on the right line!):

Wed 11/25 nights: Jesus Medina -> Faith Okonkwo
Thu 11/26 days: Carol Pruitt swapping with Dana Whitehorse
Thu 11/26 nights: STILL OPEN x1 -- incentive approved
Fri 11/27 days: Brianna C. off, Teodoro Bautista picking up

Reminder that Christmas requests are first-come and the sheet is on the break room door. Pie signup is also on the door. No more pumpkin, we have 4.

Brianna Castellanos, RN
Charge Nurse, 4 West Burn""", cte='8bit', cs='us-ascii')
add('clean', 'clean-staff', '', H(m, 'Castellanos, Brianna <bcastellanos@aldercountyhealth.org>',
    '4W Burn Nursing <4WBurnRN@aldercountyhealth.org>', D(2026, 11, 13, 13, 37),
    'Thanksgiving swaps + pie', '<bc.4w.swaps.1113@aldercountyhealth.org>'))

m = T("""OR 7 video tower is down again (no image on the main monitor, second time this week). Biomed ticket #BM-44812. We moved the 1pm lap chole to OR 5. Can somebody from periop leadership push on the replacement? This tower is from 2014.

Jordan""", cte='8bit', cs='us-ascii')
add('clean', 'clean-staff', '', H(m, 'Jordan Mbeki <jmbeki@aldercountyhealth.org>', 'Periop Leadership <periopleads@aldercountyhealth.org>',
    D(2026, 11, 6, 12, 4), 'OR 7 tower down AGAIN', '<jm.or7.1106@aldercountyhealth.org>', cc='Biomed <biomed@aldercountyhealth.org>'))

txt = """Detox team,

Starting Monday 11/23 the new withdrawal assessment flowsheet goes live in Epic. Main changes:
1. Scores auto-calculate; you no longer total by hand.
2. Reassessment timer fires at 1 hr after any PRN dose.
3. The "patient asleep" checkbox now skips the score instead of recording a zero.

Super-users on each shift: Gloria Ambrose (days), Luis Arriaga (evenings), Kim Pettaway (nights). 15-minute huddle demos at 0715, 1515 and 2315 all next week.

Thanks for your patience with yet another build.
Marta Ruiz-Ocampo, MSN, RN
Nurse Manager, Medical Detox Unit (3 South)"""
html = OL("<p class='MsoNormal'>" + txt.replace("\n", "<br>") + "</p>")
add('clean', 'clean-staff', '', H(ALT(txt, html), 'Ruiz-Ocampo, Marta <mruizocampo@aldercountyhealth.org>',
    '3S Detox Staff <3Sdetox@aldercountyhealth.org>', D(2026, 11, 18, 14, 0),
    'New withdrawal flowsheet go-live 11/23', '<MW4PR11MB5522@MW4PR11MB5522.namprd11.prod.outlook.com>'))

m = T("""FYI the PES sally port door is fixed as of 1630. ACMC PD will stop posting an officer there starting with night shift. If it sticks again call facilities at x2-8000 first, then PD dispatch.

Thanks to Sgt. Lemoine for covering it all week.

-- Alma Ferreira, RN, PES Charge""", cte='8bit', cs='us-ascii')
add('clean', 'clean-staff', '', H(m, 'Alma Ferreira <aferreira@aldercountyhealth.org>', 'PES All Staff <pesall@aldercountyhealth.org>',
    D(2026, 11, 10, 16, 41), 'sally port fixed', '<af.pes.1110@aldercountyhealth.org>'))

m = T("""Hi ID clinic family!

World AIDS Day is Tuesday 12/1. We're doing a staff potluck in the conference room 12-1:30 and then the red ribbon photo on the front steps at 1:45 (wear red!). Sign-up for dishes is in the shared drive under "WAD 2026". Tyrell is bringing his famous mac and cheese, so nobody else bring mac and cheese.

Also reminder: the community vigil at Alder Park is 6pm, if you want to volunteer at the free testing table, let Maribel know by Friday.

xo Paula""", cte='qp')
add('clean', 'clean-staff', '', H(m, 'Paula Greenleaf <pgreenleaf@aldercountyhealth.org>', 'ID Clinic Staff <idstaff@aldercountyhealth.org>',
    D(2026, 11, 19, 11, 11), 'WAD potluck 12/1 \U0001F534', '<pg.wad.1119@aldercountyhealth.org>'))

m = T("""Does anyone know who has the key to the clothing closet? The combination lock got replaced with a key lock last week and I have a discharge waiting on pants. Hannah thinks Tomasz has it, Tomasz thinks it's in the SW office drawer. It's not in the drawer.

--Renee

> On Nov 16, 2026, at 9:02 AM, Hannah Oyelowo <hoyelowo@aldercountyhealth.org> wrote:
>
> Facilities replaced the clothing closet lock. They gave 2 keys, I gave one to Tomasz. Please don't take it home!!""", cte='8bit', cs='us-ascii')
add('clean', 'clean-staff', '', H(m, 'Renee Dufresne <rdufresne@aldercountyhealth.org>', 'Social Work Dept <socialwork@aldercountyhealth.org>',
    D(2026, 11, 16, 14, 22), 'Re: clothing closet key??', '<rd.sw.key.1116@aldercountyhealth.org>'))

m = T("""Hi Deb,

I'm on PTO Friday (finally using those vacation hours before they expire). Margit Swenson from the float pool is covering the 9-1 wound clinic session, she's done it before. I left the supply order half done on the desktop.

Marguerite""", cte='8bit', cs='us-ascii')
add('clean', 'clean-staff', '', H(m, 'Marguerite Oduya <moduya@aldercountyhealth.org>', 'Deborah Kaplan NP <dkaplan@aldercountyhealth.org>',
    D(2026, 11, 18, 17, 3), 'out Friday', '<mo.1118.1703@aldercountyhealth.org>'))

# ============================ CLEAN: admin ============================
txt = """Trauma Program -- Q3 2026 Registry Summary (for Trauma Operations Committee, 11/24)

Total trauma activations: 1,184 (Q2: 1,096)
  Level 1 activations: 287   Level 2: 897
Admissions: 742   ICU admissions: 188   Deaths: 31 (4.2% of admits)
Mechanism: MVC 34%, falls 27%, GSW 13%, stab 6%, assault (blunt) 8%, burns 5%, other 7%
Median ED LOS for admitted Level 1: 96 min (goal < 120)
Over-triage 38% / under-triage 4.1% (ACS goal < 5%)
Registry abstraction backlog: 61 charts (goal < 60 days) -- 2 registrars on leave

Full slide deck on the Trauma SharePoint. Please send corrections by Friday.

Natalie Brisco, CSTR
Trauma Registry Coordinator"""
html = OL("<p class='MsoNormal'>" + txt.replace("\n", "<br>") + "</p>")
add('clean', 'clean-admin', '', H(ALT(txt, html), 'Brisco, Natalie <nbrisco@aldercountyhealth.org>',
    'Trauma Ops Committee <traumaops@aldercountyhealth.org>', D(2026, 11, 17, 15, 30),
    'Q3 registry summary for 11/24 TOC', '<CO1PR11MB4977@CO1PR11MB4977.namprd11.prod.outlook.com>'))

m = T("""All staff,

Parking structure P2 levels 3-4 will be closed Nov 30 - Dec 11 for deck resurfacing. Night shift may use the visitor lot (Lot C) with your badge; the gate arm will accept employee badges 1800-0800. Shuttle from Lot F runs every 10 min during shift change.

Questions: parking@aldercountyhealth.org

Facilities & Security Services""", cte='8bit', cs='us-ascii')
add('clean', 'clean-admin', '', H(m, 'ACMC Facilities <facilities@aldercountyhealth.org>', 'All ACMC Staff <allstaff@aldercountyhealth.org>',
    D(2026, 11, 19, 7, 30), 'P2 levels 3-4 closure Nov 30 - Dec 11', '<fac.p2.1119@aldercountyhealth.org>'))

m = T("""Your Alder County Health network password expires in 3 days.

To change it, press Ctrl+Alt+Del on any workstation and choose "Change a password", or go to https://passwordreset.aldercountyhealth.org from a hospital computer. IT will never ask for your password by email or phone.

ACMC IT Service Desk x2-HELP (4357)""", cte='8bit', cs='us-ascii')
add('clean', 'clean-admin', '', H(m, 'IT Service Desk <noreply-itsd@aldercountyhealth.org>', 'Priya Raman <praman@aldercountyhealth.org>',
    D(2026, 11, 15, 5, 0), 'Password expiration notice', '<itsd.pwexp.praman.1115@aldercountyhealth.org>'))

txt = """Leaders,

Our triennial Joint Commission survey window opens in January. Tracer readiness rounds will start the week of 11/30. Priorities based on the mock survey:
- Sharps containers over the fill line (L&D, 4W, ED)
- Unlabeled syringes on anesthesia carts
- Expired supplies in the wound clinic clean room
- Ligature risk assessment documentation in PES
- Fire extinguisher monthly checks (detox unit missed October)

Each department will get a 30-minute visit. Schedule attached to the calendar invite.

Accreditation & Regulatory Affairs"""
add('clean', 'clean-admin', '', H(ALT(txt, OL("<p class='MsoNormal'>" + txt.replace("\n", "<br>") + "</p>")),
    'Accreditation Office <accreditation@aldercountyhealth.org>', 'Department Leaders <deptleaders@aldercountyhealth.org>',
    D(2026, 11, 20, 10, 0), 'TJC tracer readiness rounds start 11/30', '<DM8PR11MB5671@DM8PR11MB5671.namprd11.prod.outlook.com>'))

m = T("""URGENT PRODUCT RECALL -- CLASS II

Product: SafeFlow 20G IV catheter, lot numbers 24K0117 through 24K0131
Issue: catheter tip separation reported during insertion
Action: Remove from all PAR locations immediately and return to Central Supply bin "RECALL". Do not discard. Supply chain will swap stock by 1500 today.

No patient harm has been reported at ACMC. If you had a device failure with these lots, file a safety event report.

Supply Chain Management""", cte='8bit', cs='us-ascii')
add('clean', 'clean-admin', '', H(m, 'Supply Chain <supplychain@aldercountyhealth.org>', 'Nursing Leadership <nursingleaders@aldercountyhealth.org>',
    D(2026, 11, 12, 9, 15), 'RECALL: SafeFlow 20G IV catheters lots 24K0117-24K0131', '<scm.recall.1112@aldercountyhealth.org>'))

m = T("""Hi,

Reminder that timecards for pay period 23 must be approved by Monday 11/23 at noon because of the holiday. Missed punches need a signed exception form. Holiday pay for Thanksgiving will show on the 12/4 check.

Thank you,
Payroll -- Alder County Human Resources""", cte='8bit', cs='us-ascii')
add('clean', 'clean-admin', '', H(m, 'County Payroll <payroll@aldercounty.gov>', 'ACMC Timekeepers <timekeepers@aldercountyhealth.org>',
    D(2026, 11, 18, 8, 45), 'PP23 timecard deadline moved up', '<payroll.pp23@aldercounty.gov>'))

m = T("""Hello team,

The Medical-Legal Partnership steering committee meets Thursday 12/3, 12:00, Conference Room B / Teams. Agenda:
1. Referral volume Q3 (84 referrals, 61 housing, 14 benefits, 9 immigration)
2. Renewal of the MOU with Alder Legal Aid (expires 6/30/27)
3. Training for residents in January -- screening for unsafe housing
4. Budget: interpreter costs for client meetings

Lunch provided. Please RSVP by Monday.

June Okamoto-Reyes & Dr. Kenji Sato, co-chairs""", cte='8bit', cs='us-ascii')
add('clean', 'clean-admin', '', H(m, 'June Okamoto-Reyes <jokamotoreyes@alderlegalaid.org>', 'MLP Steering <mlpsteering@aldercountyhealth.org>',
    D(2026, 11, 20, 12, 5), 'MLP steering 12/3 agenda', '<CAF7x2mZ_steer@mail.gmail.com>'))

# ============================ CLEAN: lookalike ============================
m = T("""ACMC Police Department -- Weekly Activity Summary, 11/8 - 11/14

Calls for service: 212
- Assist staff, behavioral (PES/ED): 41
- Assist staff, restraint applications: 9
- Trespass / removed from campus: 14
- Vehicle burglary, Lot C: 3 (suspect vehicle silver sedan, no plate)
- Lost & found property logged: 22 items
- Patient property envelopes released/transferred: 17
- Escort to vehicle: 56
- Welfare check, parking structure: 6
- Arrests: 2 (one outstanding warrant, one assault on staff -- ED waiting room 11/12)

No officer injuries. Reminder: report all workplace violence events through SafeReport in addition to calling dispatch.

Lt. Raymond Acosta, ACMC PD Patrol Division""", cte='8bit', cs='us-ascii')
add('clean', 'clean-lookalike', '', H(m, 'ACMC PD <pdadmin@aldercountyhealth.org>', 'Department Leaders <deptleaders@aldercountyhealth.org>',
    D(2026, 11, 16, 8, 0), 'PD weekly activity summary 11/8-11/14', '<pd.weekly.1116@aldercountyhealth.org>'))

txt = """Spiritual Care Volunteer Schedule -- December 2026

Mon  AM  Elena Bautista (Spanish)          PM  Rev. Hal Okonkwo
Tue  AM  Brother Tesfaye Gebremedhin (Tigrinya/Amharic)  PM  Mary Quist
Wed  AM  Fr. Dominic (Mass 11:30, chapel)  PM  Rabbi Ilana Fitch
Thu  AM  Imam Yusuf Abdi                   PM  Sister Mary Catherine
Fri  AM  Jae-won Lau (Korean/Mandarin)     PM  OPEN -- please sign up
Sat  AM  Kiana Whitehorse-Daley            PM  Bill & Ruth Pruitt (music cart)
Sun  AM  Ecumenical service 9:00 (Rev. Salako)

Volunteers: please check in at the Spiritual Care office and pick up your census printout from the chaplain on duty -- do NOT print it yourselves, and return it to the shred bin before you leave.

Holiday caroling on the units Dec 20, 3pm, meet in the lobby!

Rev. Abiodun Salako, Volunteer Coordinator"""
html = OL("<pre style='font-family:Consolas;font-size:10pt'>" + txt.replace("&", "&amp;") + "</pre>")
add('clean', 'clean-lookalike', '', H(ALT(txt, html), 'Salako, Abiodun <asalako@aldercountyhealth.org>',
    'Spiritual Care Volunteers <scvolunteers@aldercountyhealth.org>', D(2026, 11, 21, 10, 30),
    'December volunteer schedule', '<DM6PR11MB4107AA@DM6PR11MB4107.namprd11.prod.outlook.com>'))

txt = """Baby Supply Drive for our L&D and postpartum families!

Many of the families who deliver at ACMC go home with very little. From Nov 23 to Dec 18 the Perinatal Social Work team is collecting:
  - Newborn and size 1 diapers, wipes
  - Onesies (0-3 mo), sleep sacks, receiving blankets
  - NEW car seats only (we cannot accept used car seats)
  - Breast pump parts (new, sealed), nursing pads
  - Gift cards for Target / Grocery Outlet

Drop-off bins: L&D waiting room, main lobby, cafeteria. Questions: Kathy Brandvold or the Perinatal SW office x4-6120.

Last year you helped 212 families. Thank you!"""
html = ('<html><body style="font-family:Verdana;font-size:11pt;background:#FFF8F0"><h2 style="color:#C2185B">&#128118; Baby Supply Drive</h2>'
        '<p>Many of the families who deliver at ACMC go home with very little. From <b>Nov 23 to Dec 18</b> the Perinatal Social Work team is collecting:</p>'
        '<ul><li>Newborn and size 1 diapers, wipes</li><li>Onesies (0-3 mo), sleep sacks, receiving blankets</li><li><b>NEW</b> car seats only</li><li>Breast pump parts (new, sealed), nursing pads</li><li>Gift cards for Target / Grocery Outlet</li></ul>'
        '<p>Drop-off bins: L&amp;D waiting room, main lobby, cafeteria. Questions: Kathy Brandvold or Perinatal SW x4-6120.</p><p>Last year you helped 212 families. Thank you!</p></body></html>')
add('clean', 'clean-lookalike', '', H(ALT(txt, html), 'Perinatal Social Work <perisw@aldercountyhealth.org>',
    'All ACMC Staff <allstaff@aldercountyhealth.org>', D(2026, 11, 20, 9, 0),
    'Baby Supply Drive Nov 23 - Dec 18', '<perisw.drive.2026@aldercountyhealth.org>'))

m = T("""Dear Policyholder,

We have received your claim. Here are the details for your records:

Claim number: 0448-27-119305
Policy: AUT-7721-55018 (2019 Honda Odyssey)
Date of loss: 11/07/2026
Type: Collision -- bodily injury coverage review opened

An adjuster will contact you within 2 business days. If anyone in your vehicle was treated for injuries, you may be asked to provide medical bills later in the process. You can upload photos of the damage in the Pinecrest app.

Pinecrest Mutual Auto Insurance
Claims Department -- 1-800-555-0144""", cte='8bit', cs='us-ascii')
add('clean', 'clean-lookalike', '', H(m, 'Pinecrest Mutual Claims <claims@pinecrestmutual.example.com>',
    'r.lindqvist.home@gmail.com', D(2026, 11, 8, 10, 12), 'Claim 0448-27-119305 received',
    '<pm.claim.0448-27-119305@pinecrestmutual.example.com>'))

m = T("""Hi from Harbor View Animal Hospital!

Bella is due for her annual exam, rabies booster and heartworm test. We also noticed her dental cleaning was recommended at the last visit -- ask us about our December dental special (15% off).

Patient: Bella (canine, Labrador mix, 8 yrs)
Due: 12/01/2026
Doctor: Dr. Samira Haddad, DVM

Book online or call 707-462-3380. Reply STOP to unsubscribe.""", cte='8bit', cs='us-ascii')
add('clean', 'clean-lookalike', '', H(m, 'Harbor View Animal Hospital <reminders@harborviewvet.example.com>',
    'dufresne.family@gmail.com', D(2026, 11, 17, 6, 30), "Bella's wellness reminder",
    '<hvah.rem.88412@harborviewvet.example.com>'))

txt = """Hi Tomasz,

Great job this month! Here's your FitLife summary:

Visits: 14   Classes: 6 (Spin x4, Yoga x2)
Longest streak: 5 days in a row
Member #: FL-0093312

Your annual membership renews on 12/15. Refer a friend and get a month free!

FitLife Rio Alder - 2200 Harmon Ave"""
add('clean', 'clean-lookalike', '', H(ALT(txt, "<html><body><h3>Great job this month!</h3><pre>" + txt + "</pre></body></html>"),
    'FitLife Rio Alder <hello@fitlife-rioalder.example.com>', 'tomasz.w@proton.me', D(2026, 11, 1, 8, 0),
    'Your November FitLife summary \U0001F4AA', '<fitlife.nov.0093312@fitlife-rioalder.example.com>'))

m = T("""Reminder: Tigrinya medical interpreter pool -- onboarding session

To all newly credentialed vendor interpreters (Tigrinya, Amharic, Marshallese, Mam, K'iche'):
Badge photo and HIPAA attestation Thursday 12/3 at 9:00 in Language Access Services (Bldg A, room 140). Bring your certificate and a photo ID. Parking validation available.

Shift sign-up for December opens after onboarding.

Language Access Services""", cte='8bit', cs='us-ascii')
add('clean', 'clean-lookalike', '', H(m, 'Language Access Services <las@aldercountyhealth.org>', 'LAS Vendor Interpreters <lasvendors@aldercountyhealth.org>',
    D(2026, 11, 23, 14, 0), 'Onboarding 12/3 - new interpreters', '<las.onb.1123@aldercountyhealth.org>'))

# ============================ CLEAN: news ============================
txt = """ALDER LEGAL AID -- THE ADVOCATE
November 2026 Newsletter

IN THIS ISSUE
* Medical-Legal Partnership marks 5 years at ACMC
* New state rules on utility shutoffs for households with medical equipment
* Know your rights: immigration enforcement and hospitals
* Volunteer attorney spotlight

MLP AT FIVE
Since 2021, clinicians at Alder County Medical Center have referred more than 1,900 patients to our attorneys. One story we share with permission, with details changed: a grandmother raising two grandchildren was facing eviction after a long hospital stay. With a letter from her care team and a reasonable-accommodation request, the case was dismissed and she kept her home.

UTILITY SHUTOFFS
Beginning January 1, utilities must offer a 60-day delay when a household member relies on powered medical equipment (oxygen concentrators, home dialysis, feeding pumps). A physician certification form is needed -- ask your clinic.

KNOW YOUR RIGHTS
Hospitals are "protected areas." Our free clinic at the Community Resource Center is open Tuesdays 1-4pm, no appointment.

Donate: alderlegalaid.org/give | Unsubscribe"""
html = ('<html><body style="font-family:Georgia;max-width:640px"><table width="100%" style="background:#2E4057;color:#fff"><tr><td><h1>THE ADVOCATE</h1><p>Alder Legal Aid &middot; November 2026</p></td></tr></table>'
        + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")[1:]) + '</body></html>')
add('clean', 'clean-news', '', H(ALT(txt, html), 'Alder Legal Aid <news@alderlegalaid.org>', 'subscribers@lists.alderlegalaid.org',
    D(2026, 11, 2, 7, 0), 'The Advocate - November 2026', '<advocate.2026-11@lists.alderlegalaid.org>',
    extra=[('List-Unsubscribe', '<https://alderlegalaid.org/unsubscribe>')]))

m = T("""ALDER COUNTY PUBLIC HEALTH -- PRESS RELEASE
For immediate release: November 16, 2026

Tuberculosis cases rise for third straight year

Alder County recorded 38 new cases of active tuberculosis through October 2026, compared with 31 in all of 2025. About two-thirds of cases occurred in people born outside the United States, and 5 cases were in people experiencing homelessness. There were no cases of multidrug-resistant TB.

"TB is curable, and testing is free at our clinic," said Health Officer Dr. Grant Hollis. The county TB Control Program offers directly observed therapy at home, by video, or at community sites in English, Spanish, Tigrinya, Mandarin and Marshallese.

Media contact: Linnea Park, 707-465-2000""", cte='8bit', cs='us-ascii')
add('clean', 'clean-news', '', H(m, 'Alder County Public Health <pio@aldercounty.gov>', 'media-list@aldercounty.gov',
    D(2026, 11, 16, 9, 0), 'PRESS RELEASE: TB cases rise for third straight year', '<pio.tb.20261116@aldercounty.gov>'))

txt = """ACMC WEEKLY -- November 20, 2026

BURN CENTER REVERIFIED. The Regional Burn Center received full ABA reverification for three more years. Congratulations to Dr. Lena Yusupova and the 4 West team!

HOLIDAY COOKING SAFETY. Every year the burn unit sees a spike in scald and grease-fire burns around Thanksgiving. Keep kids 3 feet from the stove and never use water on a grease fire.

NEW MOMS GROUP. The Women's Clinic launches a free postpartum support group in Spanish on Wednesdays.

WELCOME to our new trauma surgeons, Dr. Farah Suleiman and Dr. Aaron Feld, and to 14 new graduate nurses.

CAFETERIA: Thanksgiving lunch Thursday 11/26, $6.50 for staff."""
add('clean', 'clean-news', '', H(ALT(txt, OL("<p class='MsoNormal'>" + txt.replace("\n\n", "</p><p class='MsoNormal'>") + "</p>")),
    'ACMC Communications <communications@aldercountyhealth.org>', 'All ACMC Staff <allstaff@aldercountyhealth.org>',
    D(2026, 11, 20, 6, 0), 'ACMC Weekly - Burn Center reverified, holiday safety', '<acmcweekly.20261120@aldercountyhealth.org>'))

m = T("""AIR QUALITY & HEAT ADVISORY -- Alder County Emergency Services

Smoke from the Cedar Ridge fire is expected to reach unhealthy levels (AQI 151-200) Saturday and Sunday. People with lung or heart conditions, older adults, pregnant people and children should limit outdoor activity. Cooling/clean-air centers will open at the Rio Alder Library and the Eastside Community Center 10am-8pm.

Hospitals: expect increased ED volume for respiratory complaints. Activate surge plans as needed.""", cte='8bit', cs='us-ascii')
add('clean', 'clean-news', '', H(m, 'Alder County OES <alerts@aldercounty.gov>', 'Healthcare Coalition <hcc@aldercounty.gov>',
    D(2026, 11, 13, 17, 0), 'AQ ADVISORY: unhealthy air Sat-Sun', '<oes.aq.1113@aldercounty.gov>'))

m = T("""Les nouvelles du réseau santé -- novembre 2026

Dépistage du VIH gratuit : la clinique communautaire offre des tests rapides le samedi de 10 h à 14 h, sans rendez-vous. Résultat en 20 minutes, confidentiel.

Diabète : un atelier en français sur l'alimentation et la glycémie aura lieu le 5 décembre au Centre d'éducation sur le diabète. Inscription au 707-465-2550.

Vaccins grippe et COVID : disponibles dans toutes les pharmacies du comté, gratuits avec Medi-Cal.

Rédaction : Association des familles africaines francophones de Rio Alder""", cs='iso-8859-1', cte='qp')
add('clean', 'clean-news', '', H(m, 'AFAF Rio Alder <infos@afaf-rioalder.example.org>', 'membres@afaf-rioalder.example.org',
    D(2026, 11, 10, 12, 0), 'Nouvelles santé - novembre', '<afaf.nl.202611@afaf-rioalder.example.org>'))

m = T("""Forwarding this -- interesting for our clinic.

---------- Forwarded message ---------
From: HealthWire Daily <daily@healthwire.example.com>
Date: Mon, Nov 16, 2026 at 6:00 AM
Subject: Long-acting injectable PrEP uptake doubles in county clinics

A survey of 112 county-run clinics found that use of long-acting injectable PrEP doubled between 2024 and 2026, with the largest increase among Latino men aged 18-29. Safety-net hospitals reported that the biggest barrier is not cost but clinic capacity for every-two-month injection visits. Researchers recommended pharmacist-led injection clinics...

Read more at healthwire.example.com""", cte='8bit', cs='us-ascii')
add('clean', 'clean-news', '', H(m, 'Maribel Soto <msoto2@aldercountyhealth.org>', 'ID Clinic Staff <idstaff@aldercountyhealth.org>',
    D(2026, 11, 16, 10, 30), 'Fwd: Long-acting injectable PrEP uptake doubles in county clinics', '<ms.fwd.1116@aldercountyhealth.org>'))

# ============================ CLEAN: training ============================
txt = """DEPARTMENT OF SURGERY GRAND ROUNDS
Wednesday, December 2, 2026 -- 7:00 AM -- Harmon Auditorium & Teams

"When the Fire Is Out: Inhalation Injury in the First 72 Hours"
Lena Yusupova, MD, Director, Regional Burn Center

Case vignette: A 34-year-old man is brought in after a house fire with singed nasal hair, carbonaceous sputum and 22% TBSA partial- and full-thickness burns. He is initially talking, with a hoarse voice. Two hours later... What would you do, and when?

Objectives:
1. Recognize early signs of airway compromise after smoke exposure
2. Apply fluid resuscitation formulas and avoid over-resuscitation
3. Discuss bronchoscopy findings and grading

CME: 1.0 AMA PRA Category 1 Credit. Breakfast from 6:40."""
html = OL("<p class='MsoNormal' style='font-size:14pt;color:#8B0000'><b>DEPARTMENT OF SURGERY GRAND ROUNDS</b></p><p class='MsoNormal'>" + txt.split("\n", 1)[1].replace("\n", "<br>") + "</p>")
add('clean', 'clean-training', '', H(ALT(txt, html), 'Surgery Education <surged@aldercountyhealth.org>',
    'Dept of Surgery <surgery-all@aldercountyhealth.org>', D(2026, 11, 23, 8, 0),
    'Grand Rounds 12/2: Inhalation Injury', '<surged.gr.20261202@aldercountyhealth.org>'))

hl7 = """MSH|^~\\&|EPIC|ACMC_TRAIN|SUNQUEST|ACMC_LAB_TST|202611200900||ADT^A04|TRN0001|T|2.3
EVN|A04|202611200900
PID|1||99900001^^^ACMC^MR||ZZTEST^INTERFACE^A||19000101|U|||123 TEST ST^^ANYTOWN^CA^00000
PV1|1|O|TRAIN^^^ACMC
"""
body = T("""Class materials for Thursday's HL7 basics session (new analysts). The attached sample messages all use the TRAINING environment patient ZZTEST, INTERFACE -- processing ID "T" in MSH-11. Please do not pull live messages into the exercises; if you need an example of a specific error, ask me and I'll build a fake one.

Exercise 1: find the MRN, the patient class and the sending facility.
Exercise 2: what happens if PID-7 is 19755530?

-- Ilse Brandauer, Integration Team""", cte='8bit', cs='us-ascii')
add('clean', 'clean-training', '', H(MIX(body, AT(hl7, 'sample_A04_training.hl7', 'plain', 'us-ascii')),
    'Ilse Brandauer <ibrandauer@aldercountyhealth.org>', 'Integration New Hires <int-newhires@aldercountyhealth.org>',
    D(2026, 11, 18, 16, 0), 'HL7 basics Thursday - sample files', '<ib.train.1118@aldercountyhealth.org>'))

m = T("""Sim Lab Scenario -- OB Hemorrhage (for L&D in-situ drill, 11/30, 1400)

Manikin: "Patient: Noelle SIMPSON, 29 y/o G2P2, s/p SVD 20 min ago" (fictional)
Start state: HR 118, BP 88/50, fundus boggy, EBL on pad 800 mL
Expected actions: call for help, fundal massage, 2nd IV, uterotonics per protocol, activate MTP, QBL
Confederates: Dr. Achterberg (OB), Nadine (charge), pharmacy phone
Debrief: 20 min, PEARLS format

Please don't tell the night crew the scenario ahead of time :)
Simulation Center""", cte='8bit', cs='us-ascii')
add('clean', 'clean-training', '', H(m, 'Simulation Center <simcenter@aldercountyhealth.org>', 'LD Educators <ldeducators@aldercountyhealth.org>',
    D(2026, 11, 24, 11, 0), 'In-situ OB hemorrhage drill 11/30', '<sim.ob.1130@aldercountyhealth.org>'))

m = T("""Práctica para intérpretes -- Role-play #4 (guion de práctica, personajes ficticios)

MÉDICO: Buenos días, soy la doctora. ¿Cómo se siente hoy?
PACIENTE: Me arde mucho la mano, doctora, no pude dormir.
MÉDICO: Vamos a cambiar el vendaje y le voy a dar algo para el dolor antes.
PACIENTE: ¿Me va a quedar la cicatriz?

Instructions for trainees: interpret consecutively into English, then into Mam or K'iche' with your partner. Note any term without a direct equivalent ("injerto", "vendaje") and how you explained it. Bring your glossary to Tuesday's session.

Language Access Services -- Interpreter Training Program""", cte='qp')
add('clean', 'clean-training', '', H(m, 'Language Access Services <las@aldercountyhealth.org>', 'Interpreter Trainees <lastrainees@aldercountyhealth.org>',
    D(2026, 11, 19, 9, 30), 'Role-play #4 para el martes', '<las.rp4.1119@aldercountyhealth.org>'))

m = T("""Epic training reminder: In the PLY (playground) environment use ONLY the training patients below. Do not look up real patients for practice.

  ZZTEST, BURNUNIT     MRN 99900211
  ZZTEST, LABORDELIV   MRN 99900212
  ZZTEST, PSYCHEMERG   MRN 99900213
  ZZTEST, JAILHEALTH   MRN 99900214

Class: Wound documentation & photo upload, Tue 12/1 1300-1500, Training Room 2. 2 CE hours.

Clinical Informatics Education""", cte='8bit', cs='us-ascii')
add('clean', 'clean-training', '', H(m, 'Clinical Informatics Ed <cied@aldercountyhealth.org>', 'Wound Care Nurses <woundrn@aldercountyhealth.org>',
    D(2026, 11, 24, 13, 0), 'Epic PLY training patients + 12/1 class', '<cied.ply.1124@aldercountyhealth.org>'))

m = T("""Hi all,

NRP and ACLS recert dates for Q1 are open in the learning system. Staff whose cards expire before 3/31/2027 will get an automatic enrollment reminder. L&D and NICU need NRP; 4W Burn, SICU, PES and detox need ACLS (PES per new policy).

Skills check-offs: 2nd Tuesday every month, 0800-1200, Sim Center.

Thanks,
Clinical Education""", cte='8bit', cs='us-ascii')
add('clean', 'clean-training', '', H(m, 'Clinical Education <clined@aldercountyhealth.org>', 'Nurse Managers <nursemanagers@aldercountyhealth.org>',
    D(2026, 11, 25, 10, 0), 'Q1 NRP/ACLS recert open', '<clined.q1.1125@aldercountyhealth.org>'))

# ============================ write ============================
def main():
    order = list(range(len(M)))
    random.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        label, kind, pname, msg = M[i]
        fn = '%s-%03d.eml' % (kind, n)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, label, kind, pname))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
