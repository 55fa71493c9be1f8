#!/usr/bin/env python3
"""Blind evaluation mail set (SEED 5102): psychiatric hospital w/ crisis line + PHP,
ABA autism provider, school-based mental-health team, families/courts/case managers.
All people, numbers and organisations are invented.  Standard library only."""
import sys, os, io, csv, json, random, zipfile, datetime
import email.policy, email.utils
from email.message import EmailMessage

SEED = 5102
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
FILEIDX = [0]


def D(y, mo, d, h, mi, tz=-5):
    t = datetime.datetime(y, mo, d, h, mi, random.randint(0, 59),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(t)


def plain_cte(text):
    # ordinary mail clients send plain 7bit/8bit unless told otherwise
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        return '8bit'


def mk(label, kind, frm, to, subject, body, date, patient='', cc=None, html=None,
       atts=(), cte=None, headers=None):
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    n = COUNT[key]
    FILEIDX[0] += 1
    fi = FILEIDX[0]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%08x.%04x.%d@%s>' % (random.getrandbits(32), random.getrandbits(16), fi, dom)
    for k, v in (headers or []):
        msg[k] = v
    msg.set_content(body, cte=cte or plain_cte(body))
    if html:
        msg.add_alternative(html, subtype='html', cte=plain_cte(html))
    for a in atts:
        data, mt, st, fn = a
        if isinstance(data, str) and mt == 'text':
            msg.add_attachment(data, subtype=st, filename=fn, cte=plain_cte(data))
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (fi, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


ZDT = (2024, 3, 4, 9, 15, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return bio.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


DISC_LR = ("\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
           "intended recipient(s) and may contain confidential and privileged information. Any unauthorized\n"
           "review, use, disclosure or distribution is prohibited. If you are not the intended recipient,\n"
           "please contact the sender by reply e-mail and destroy all copies of the original message.\n")
DISC_BS = ("\n\n--\nBright Steps Autism Services | Fairhaven * Westbury * Cole Harbor\n"
           "This message may contain information protected by state and federal privacy law. "
           "If received in error please notify the sender and delete.\n")
DISC_USD = ("\n\n________________________________\nMillbrook Unified School District - This email and any files "
            "transmitted with it are confidential and intended solely for the use of the addressee. "
            "Student records are protected under FERPA.\n")

# =====================================================================================
#                                    PHI  -  care
# =====================================================================================

mk('phi', 'care',
   'Renee Castellanos RN <rcastellanos@larkspurridge.org>',
   'Kwame Osei MD <kosei@larkspurridge.org>',
   'PHP track B - Brennan lithium level',
   """Dr Osei,

Tyler Brennan started PHP track B on Monday (came down from 3 West after 11 days inpt). Lithium level drawn this am before group was 0.6, he says he's been taking 600 qhs like the d/c instructions. Still pretty flat in process group, slept thru most of DBT skills yesterday.

Do you want to go up to 900? If so i'll call it in to the Walgreens on Route 9 and we can redraw next Tues. Mom is picking him up at 3 so I can give her the updated med list then.

Renee

Renee Castellanos, RN
Partial Hospitalization Program, Larkspur Ridge Behavioral Hospital
x4471
""" + DISC_LR,
   D(2024, 3, 13, 10, 42), patient='Brennan')

mk('phi', 'care',
   'Aubrey Lindqvist, M.A., BCBA <alindqvist@brightstepsaba.com>',
   'Shannon Garrity <shannon.garrity77@gmail.com>',
   "Owen's updated BIP + reauth",
   """Hi Shannon,

Thanks for meeting with me Thursday. As promised I've attached a summary of what we talked about for Owen's updated behavior intervention plan:

- We're keeping him at 25 hrs/week direct 1:1 (RBT) plus 4 hrs/month of my supervision and 2 hrs of parent training.
- New target: functional communication for "break" using his AAC device instead of dropping to the floor. We'll fade the visual timer over the next 6 weeks.
- Head-banging has gone from ~11 episodes/day in January to 3-4/day. Still want to keep the helmet for car rides for now.
- Toilet training program starts the week of 4/8 in-home; we'll need you to do the night-time piece.

The reauthorization goes to the insurance on the 22nd. They will want the updated VB-MAPP scores, which I'll finish this week. If they push back on hours I'll request a peer-to-peer.

Let me know if Tuesdays still work for Kiara (his RBT) after spring break.

Aubrey

Aubrey Lindqvist, M.A., BCBA
Clinical Supervisor - Westbury
(508) 555-0147""" + DISC_BS,
   D(2024, 3, 16, 9, 5), patient='Garrity')

mk('phi', 'care',
   'Monique Tavares LICSW <mtavares@millbrookusd.org>',
   'Greg Halloran <ghalloran@millbrookusd.org>',
   'RE: Jaylen W. - follow up from today',
   """Greg - quick update since you were out this afternoon.

Jaylen Whitaker (7th gr, Hartley MS) disclosed in session today that he's been cutting on his upper arms since winter break. I did the C-SSRS with him - passive ideation, no plan, no intent, no prior attempts. Completed a safety plan w/ him and called his grandmother (guardian) who came in at 2:15. She agreed to take him for an eval at Larkspur's walk-in tonight and to lock up the meds in the house.

I put the referral to the school-based psychiatry clinic in too, Dr. Feld has a slot 3/28. I'll see him daily this week for check-ins. Please don't forward, I'll write it up in the confidential counseling file not in Aspen.

Monique

-----Original Message-----
From: Greg Halloran
Sent: Tuesday, March 19, 2024 8:02 AM
To: Monique Tavares
Subject: Jaylen W.

can you grab Jaylen from Ms Ortiz's homeroom today? she said he's been wearing a hoodie in 80 degree classroom and flinched when she touched his arm.
""" + DISC_USD,
   D(2024, 3, 19, 16, 48), patient='Whitaker')

mk('phi', 'care',
   'Larkspur Crisis Line <crisisline@larkspurridge.org>',
   'Mobile Crisis Team <mct@larkspurridge.org>',
   'handoff 0230 - Quintero',
   """MCT - handoff from overnight line.

Caller Marisol Quintero, 34, called 0141 from her apartment (Riverside Commons, bldg C). Reported she took "maybe 10" of her trazodone around midnight after a fight with her boyfriend, then got scared. Counselor kept her on the line, Fairhaven PD + EMS did a welfare check at 0212. She was transported to Larkspur ED, medically cleared by 0400, now in the crisis stabilization unit pending psych eval.

She has a 6yo daughter staying with her sister tonight. She's asked that we call her therapist at Northvale CMHC (Ines Barros) in the morning - consent signed in the ED.

- J. Pruitt, Crisis Counselor II
""",
   D(2024, 2, 27, 4, 33), patient='Quintero')

mk('phi', 'care',
   'Darnell Foss <dfoss@dhs.caldercounty.gov>',
   'Lena Marchetti LCSW <lmarchetti@larkspurridge.org>',
   'RE: RE: Albright discharge Thursday?',
   """Lena - thursday works on our end. I'll be there at 11 to transport him to the group home on Pell St. Can you make sure he gets the Invega before he leaves and that the pharmacy has the scripts for the benztropine?

Darnell Foss
Case Manager III, Adult Behavioral Health
Calder County Department of Human Services
(413) 555-0190 | cell (413) 555-0276

-----Original Message-----
From: Lena Marchetti LCSW <lmarchetti@larkspurridge.org>
Sent: Monday, March 4, 2024 3:17 PM
To: Darnell Foss <dfoss@dhs.caldercounty.gov>
Subject: RE: Albright discharge Thursday?

Hi Darnell,

Team is looking at Thursday 3/7 for Kevin. He got his 2nd loading dose of Invega Sustenna (156 mg) on 2/29, next monthly due ~3/28 which the ACT team can give. He's been med-adherent, no PRNs in 5 days, attending groups. He still hears the voices at night but says they're "quieter".

Follow-up: ACT team intake 3/8 at 10am, PCP for the A1c recheck (it was 6.9 here).

Lena Marchetti, LCSW
Social Work, 2 East Adult Unit
""" + DISC_LR,
   D(2024, 3, 4, 16, 2), patient='Albright')

mk('phi', 'care',
   'Patricia Nwosu, Court Liaison <pnwosu@larkspurridge.org>',
   'Clerk - Probate & Family Div. <probate.clerk@courts.caldercounty.gov>',
   'Status report - In re Harold Stubbs, Docket 24-MH-0312',
   """Good afternoon,

Please find below the 30-day status report requested by Judge Amsel regarding the respondent, Harold Stubbs, committed to Larkspur Ridge under the order dated February 9, 2024.

Since admission Mr. Stubbs has been housed on 4 North. He was started on clozapine, currently 300 mg daily, with weekly ANC monitoring (all values within range). He attends 3-4 groups daily and has not required seclusion or restraint since 2/14. He continues to endorse fixed beliefs that his neighbors are surveilling him but has not made threats toward them in the last three weeks. The treatment team recommends continued commitment for an additional 60 days with a review at that time.

Dr. Miriam Hofstadter will be available to testify by video at the hearing on 3/21.

Respectfully,

Patricia Nwosu
Court Liaison / Legal Services
Larkspur Ridge Behavioral Hospital
(413) 555-0102""" + DISC_LR,
   D(2024, 3, 11, 14, 20), patient='Stubbs')

mk('phi', 'care',
   'Ellen Brightwater <ebrightwater@larkspurridge.org>',
   'ECT Suite <ect@larkspurridge.org>, Anesthesia Scheduling <anesthesia.sched@larkspurridge.org>',
   'ECT #6 Tues - Marsh, Gwendolyn',
   """Confirming Gwendolyn Marsh for ECT tx #6 Tuesday 0700. Bilateral, same settings as #5 per Dr. Kaur. NPO after midnight, hold the AM lithium (she's on 300 bid) and her lorazepam the night before. She had a headache and some confusion x2h after last session, tylenol helped. Family (daughter Rose) will drive.
-EB
""",
   D(2024, 4, 1, 15, 6),
   html="""<html><body><p>Confirming <b>Gwendolyn Marsh</b> for ECT tx #6 Tuesday 0700.</p>
<ul><li>Bilateral, same settings as #5 per Dr. Kaur</li>
<li>NPO after midnight</li>
<li>Hold AM lithium (300 bid) and lorazepam the night before</li>
<li>Headache + confusion x2h after last session, tylenol helped</li></ul>
<p>Family (daughter Rose) will drive.<br>-EB</p></body></html>""",
   patient='Marsh')

mk('phi', 'care',
   'Kiana Delgado <kdelgado@brightstepsaba.com>',
   'Westbury Clinic Team <westbury-team@brightstepsaba.com>',
   'session note 4/2 - Mateo R',
   """pasting my note here bc Catalyst was down all afternoon, will enter when its back up

Client: Mateo Rivas   Session 1:00-4:00pm  clinic rm 2   RBT: K. Delgado
- mand training (requesting items w/ 2-word phrases): 14/20 independent, up from 9/20 last wk
- tacting community helpers: 60%
- 2 episodes of elopement toward parking lot door (1:40, 3:15), blocked, redirected with first/then board
- 1 episode of aggression (scratching) during transition off iPad, duration <1 min
- ate 1/2 of his lunch, still refusing anything "wet"
mom reported he started the guanfacine 1mg from his pediatrician on Saturday, seemed sleepier today. flagged for Aubrey.

kiana d, RBT""",
   D(2024, 4, 2, 17, 22), patient='Rivas')

# =====================================================================================
#                                    PHI  -  names
# =====================================================================================

mk('phi', 'names',
   'Hai Tran <htran@larkspurridge.org>',
   'PHP Intake <php.intake@larkspurridge.org>',
   'Nguyễn Thị Hoa - PHP intake tmrw 9am',
   """she confirmed by phone. please book the Vietnamese interpreter (in person if possible, she doesnt do well with the video). son is driving. she'll bring the pill bottles since the list from the ED didnt match.

Hai""",
   D(2024, 3, 6, 13, 11), patient='Nguyễn Thị Hoa')

mk('phi', 'names',
   'Dr. Farah Siddiqui <fsiddiqui@larkspurridge.org>',
   'HIM Dept <him@larkspurridge.org>',
   'Okonkwo-Bassey, Chidinma -- d/c summary pending sig',
   """Hi HIM,

Okonkwo-Bassey, Chidinma is still showing in my deficiency queue for the discharge summary from her 2/12-2/26 stay on 3 West but I signed it Friday. Can you check if it's stuck under Dr. Adeyemi since he did the admission H&P? Also the ECT consent from 2/15 is scanned into the wrong encounter.

thx
FS

Farah Siddiqui, MD
Attending Psychiatrist""",
   D(2024, 3, 4, 8, 30), patient='Okonkwo-Bassey')

mk('phi', 'names',
   'Joanna Kessler <jkessler@larkspurridge.org>',
   'Lab Liaison <lab.liaison@larkspurridge.org>',
   "Pietrowski's valproate level??",
   """hey - Pietrowski's VPA level from yesterday am still isn't resulted and Dr Lum wants to go up on the dose before the weekend. 4 North bed 12. any chance it got sent out instead of run in house?
Jo""",
   D(2024, 3, 8, 11, 57), patient='Pietrowski')

mk('phi', 'names',
   'Brendan Shaw <bshaw@northvalecmhc.org>',
   'Lena Marchetti LCSW <lmarchetti@larkspurridge.org>',
   'Ms. van der Berg and Mr. de la Cruz - aftercare appts',
   """Hi Lena,

Got both referrals. Ms. van der Berg (Annelies) is booked with Dr. Okafor for med management 3/14 at 1:30 and starts IOP the following Monday. Can you send over her last two weeks of MAR? She told our intake she was switched off the Abilify but that's not what the referral says.

Mr. de la Cruz - Ramon Ignacio de la Cruz - we can't see him till 3/27 for the prescriber. His sister says he's going to stay with her in Cole Harbor, which might make him eligible for the Harbor clinic sooner. Want me to transfer the referral?

Brendan Shaw, MSW
Intake Coordinator, Northvale Community Mental Health Center""",
   D(2024, 3, 8, 10, 3), patient='van der Berg; de la Cruz')

mk('phi', 'names',
   'Lina Haddad <lhaddad@larkspurridge.org>',
   'Patient Relations <patientrelations@larkspurridge.org>',
   'FW: complaint - Mr. Al-Hashimi family',
   """FYI for your log. Spoke with the son for 25 min. Main issues: (1) they weren't told about the transfer from the ED to 2 East until the next morning, (2) his father wasn't given halal meals for the first two days, (3) they want a male nurse for his showers. I've fixed the dietary order and spoke to the charge nurse.

Lina Haddad, Nurse Manager 2 East

-----Original Message-----
From: Yousef Al-Hashimi <yousef.alhashimi@outlook.com>
Sent: Saturday, March 2, 2024 9:44 PM
To: Patient Relations <patientrelations@larkspurridge.org>
Subject: complaint

To whom it may concern, my father Abdulrahman Al-Hashimi was admitted to your hospital on Wednesday from the emergency room after his confusion and the paranoia got worse. Nobody called us. We found out he was moved when we came Thursday morning. He is 78 years old and does not eat pork and your staff gave him a ham sandwich. This is not acceptable. Please call me 617-555-0143.
Yousef""",
   D(2024, 3, 4, 9, 18), patient='Al-Hashimi')

mk('phi', 'names',
   'Caroline Mbatha <cmbatha@larkspurridge.org>',
   'Adolescent Unit RNs <adol-rn@larkspurridge.org>',
   'Priya in 214 - visitor list',
   """All - Priya (214, the 16yo who came up from the ED Sunday) is only allowed visits from mom and dad. NOT the older brother, per the family meeting today, and definitely no phone calls from the boyfriend. She's still on 15-min checks and line-of-sight in the bathroom. Please make sure the weekend staff see this.

Caroline
Charge RN, Adolescent Unit""",
   D(2024, 3, 12, 18, 40), patient='Priya')

mk('phi', 'names',
   'Tomasz Nowak <tnowak@larkspurridge.org>',
   'Pharmacy <pharmacy@larkspurridge.org>',
   'Wróblewski, Zbigniew - Polish med list',
   """Pharmacy team,

Mr. Wróblewski brought in his meds from Poland in original packaging. I translated what I could:
  - Ketrel 100 mg (quetiapine) 1 rano, 2 wieczorem -> 100mg am, 200mg pm
  - Depakine Chrono 500 -> valproate ER 500 bid
  - Hydroxyzinum 25 prn
Can you verify and substitute formulary equivalents? His wife says he's been taking the Ketrel double some days. Dr. Adeyemi wants a level on the VPA first.

Tomasz Nowak, PharmD candidate / interpreter volunteer""",
   D(2024, 2, 22, 14, 15), patient='Wróblewski')

mk('phi', 'names',
   'Rachel Stein-Abbott <rstein@brightstepsaba.com>',
   'Intake <intake@brightstepsaba.com>',
   'new referral O\'Donoghue-Reyes',
   """Siobhán O'Donoghue-Reyes (goes by Shiv), 4y2m, dx'd by the developmental peds at Cole Harbor Children's in January. Parents want in-home ABA, 20-30 hrs. Nonverbal, some echolalia, severe food selectivity (only eats 4 foods). Mom (Aoife) is a nurse and works nights so afternoons only. Insurance card front/back is in the shared intake folder.

I told mom we have a waitlist of about 10 weeks for Fairhaven. Can we check if Westbury has an RBT opening sooner?

R.""",
   D(2024, 3, 21, 12, 8), patient="O'Donoghue-Reyes")

# =====================================================================================
#                                    PHI  -  self
# =====================================================================================

mk('phi', 'self',
   'Danielle Fogarty <dani.fogarty@yahoo.com>',
   'PHP Front Desk <php@larkspurridge.org>',
   'question about my discharge papers',
   """Hi,

this is Danielle Fogarty, I finished the partial program on 2/23. My discharge paperwork says sertraline 100mg but Dr. Lum told me on my last day we were going up to 150 and to take 1 and a half of the 100s. Which one is right?? My pharmacy won't fill early and I'm almost out. Also I was supposed to get a referral to a DBT group and nobody has called me.

thanks
Dani
(413) 555-0818""",
   D(2024, 3, 1, 20, 51), patient='Fogarty')

mk('phi', 'self',
   'Marcus Tillery <mtillery1979@gmail.com>',
   'Medical Records <medicalrecords@larkspurridge.org>',
   'Records request',
   """To Medical Records,

My name is Marcus J. Tillery, DOB 11/02/1979. I am requesting a complete copy of my records from my inpatient stay January 3 through January 14, 2024 including the psychiatric evaluation, discharge summary, and medication list. My attorney needs them for my Social Security disability appeal. Please send them to the address below or let me know if I need to fill out a form.

Marcus Tillery
48 Kensington Ave, Apt 2
Fairhaven, MA 01744
(413) 555-0651""",
   D(2024, 2, 14, 7, 36), patient='Tillery')

mk('phi', 'self',
   'Rhiannon Caldwell <rhi.caldwell@icloud.com>',
   'Aubrey Lindqvist <alindqvist@brightstepsaba.com>',
   'Re: schedule change',
   """Hi Aubrey, its Rhiannon (Ezra's mom). Honestly since we went down to 15 hrs Ezra has been so much worse. he hit his little sister twice this week and bit me on the arm yesterday hard enough to leave marks. He's also not sleeping, up at 3am every night. I know the insurance is the reason but is there anything we can do?? Can we do the parent training more often? I'm at the end of my rope.

Rhiannon

Sent from my iPhone

> On Mar 5, 2024, at 4:12 PM, Aubrey Lindqvist <alindqvist@brightstepsaba.com> wrote:
>
> Hi Rhiannon, starting next week Ezra's sessions will be M/W/F 9-2. Let me know if that works!
> Aubrey""",
   D(2024, 3, 14, 22, 3), patient='Caldwell')

mk('phi', 'self',
   'kayla brandt <kaylabrandt98@gmail.com>',
   'Larkspur Crisis Line <crisisline@larkspurridge.org>',
   'thank you',
   """hi i called your line sunday night really late and talked to someone named Jess. i just wanted to say thank you. i'm doing ok today. i went to urgent care monday for my wrist and they did stitches and i called the therapist number she gave me, i have an intake thursday at 2. i flushed the rest of the pills like we talked about.

can you tell Jess. idk if you're allowed to.

kayla brandt""",
   D(2024, 3, 20, 11, 44), patient='Brandt')

mk('phi', 'self',
   'Thomas Ekwueme <t.ekwueme@outlook.com>',
   'Clozapine Clinic <clozapine.clinic@larkspurridge.org>',
   'blood draw this week',
   """Hello, I am due for my weekly blood count for the clozapine on Thursday but I am going to be at my mothers in Westbury. Can I go to the Quest lab there instead and you get the results? Last week ANC was 2100 the nurse said. I dont want my pills held again like in December.

Thank you
Tom""",
   D(2024, 3, 25, 8, 12), patient='Ekwueme')

mk('phi', 'self',
   'Gail Hampton <ghampton.home@aol.com>',
   'Patricia Nwosu <pnwosu@larkspurridge.org>',
   'Guardianship papers for my brother',
   """Ms. Nwosu,

As we discussed on the phone I am the court appointed guardian of my brother, Lyle Hampton, who is currently on your 4 North unit. I have attached (will fax) the letters of guardianship from Calder County Probate. I want to be included in his treatment team meetings and I do NOT consent to him being given the long-acting injection without talking to me first. The last time he was on Haldol decanoate he had terrible stiffness and fell down the stairs.

I can be reached at 413-555-0331 any time. I am retired.

Gail Hampton""",
   D(2024, 2, 28, 13, 2), patient='Hampton', cte='quoted-printable')

mk('phi', 'self',
   'Jordyn Mercer <jmercer27@students.millbrookusd.org>',
   'Ms. Pereira <apereira@millbrookusd.org>',
   'hey ms p',
   """hey ms p its jordyn from 4th period. i know you said to email if anything came up. i started the prozac that the dr at larkspur gave me on monday (10mg) and i feel kind of jittery and weird and cant focus in chem at all. is that normal?? also my mom doesnt know i told you about the thing with my dad so pls dont call her yet. can i come see you during lunch tmrw

jordyn""",
   D(2024, 4, 3, 21, 17), patient='Mercer')

# =====================================================================================
#                                    PHI  -  ids
# =====================================================================================

mk('phi', 'ids',
   'Front Desk OP <op.frontdesk@larkspurridge.org>',
   'Nurse Line <nurseline@larkspurridge.org>',
   'callback - refill',
   """pt called re: lamotrigine 200 refill, says pharmacy hasnt gotten it. ferreira, dob 3.4.88, 00457823. call back at 413 555 0927 after 4. she said she's been out since sat.""",
   D(2024, 3, 18, 12, 26), patient='Ferreira')

mk('phi', 'ids',
   'Denise Morrow <dmorrow@larkspurridge.org>',
   'Claims Appeals <appeals@keystonehealthplan.com>',
   'Appeal - PHP days denied, acct 7723019-04',
   """Keystone Appeals Unit,

We are requesting reconsideration of the denial for partial hospitalization services (rev code 0912/0913) for dates of service 02/05/2024 - 02/23/2024.

Member: LAFLEUR, ANTOINE
Member ID: XJH884120937
DOB: 19880304
Our acct: 7723019-04
Claim #: 24051A008812

The denial reason (CO-50, not medically necessary) does not reflect that the member was stepped down directly from an inpatient admission after a suicide attempt by hanging and required daily structured treatment to prevent readmission. Attending documentation and the daily PHP notes are attached.

Denise Morrow, CRCS
Patient Financial Services
Larkspur Ridge Behavioral Hospital | Fax (413) 555-0199""" + DISC_LR,
   D(2024, 3, 22, 10, 7), patient='LAFLEUR')

mk('phi', 'ids',
   'Hon. Marguerite Amsel (chambers) <amsel.chambers@courts.caldercounty.gov>',
   'Medical Records <medicalrecords@larkspurridge.org>',
   'Order for records - Danforth, Corinne (DOB 14 Jun 1991), No. 24-MH-00917',
   """Please see the attached order (to follow by mail) directing Larkspur Ridge Behavioral Hospital to produce to the Court, under seal, the complete clinical record of Corinne Danforth, born 14 Jun 1991, for the period 1 Nov 2023 through present, including the independent psychiatric evaluation dated 22 Jan 2024 and all medication administration records.

Records are to be delivered to chambers no later than 5 April 2024 for the hearing on the petition for authority to treat with antipsychotic medication.

Karen Liu
Judicial Assistant to the Hon. Marguerite Amsel
Calder County Probate and Family Court
(413) 555-0400 ext. 212""",
   D(2024, 3, 15, 11, 0), patient='Danforth')

mk('phi', 'ids',
   'Scheduling - Fairhaven <sched.fairhaven@brightstepsaba.com>',
   'Jamal Pierce <jpierce@brightstepsaba.com>',
   'new home session address - BS-20931',
   """Jamal, starting Mon you'll be in-home with client BS-20931 (the 6yo, the one with the pica protocol - check the BIP before you go, no small objects on the floor).

1142 Sycamore Ln Apt 3B, Fairhaven MA 01744
buzzer is broken, text mom when you're outside: (555) 302-8841
dog is friendly but she'll put him in the bedroom

M-Th 3:30-6:30. auth is thru 6/30.

-Tamsin""",
   D(2024, 3, 29, 15, 44), patient='')

mk('phi', 'ids',
   'Lab - Reference Results <results@northeastrefl.com>',
   'Clozapine Clinic <clozapine.clinic@larkspurridge.org>',
   'Critical value notification - Accession L24-0038812',
   """CRITICAL VALUE NOTIFICATION

Accession: L24-0038812
Patient MRN: LRB-0091184
Collected: 03/26/2024 07:48
Test: CBC w/ diff
  ANC ........ 0.9  x10^3/uL   (CRITICAL LOW)
  WBC ........ 2.7  x10^3/uL   (L)
Ordering: HOFSTADTER, MIRIAM MD
Comment: Patient on clozapine per requisition. Repeat within 24 hrs recommended.

Please acknowledge receipt by replying to this message or calling 1-800-555-0177.
Northeast Reference Laboratories""",
   D(2024, 3, 26, 13, 31), patient='')

mk('phi', 'ids',
   'Darnell Foss <dfoss@dhs.caldercounty.gov>',
   'Benefits Unit <benefits@larkspurridge.org>',
   'MassHealth # for Pryor',
   """hi - you asked for this for the PHP admission. client Desmond Pryor, MassHealth ID 40012938847, SSN ends 6621, DOB 9/30/1996. he's on the Standard plan, not the CarePlus, so the PHP should be covered without the prior auth. his rep payee is us until further notice.

DF""",
   D(2024, 4, 4, 9, 2), patient='Pryor')

mk('phi', 'ids',
   'Angela Pereira <apereira@millbrookusd.org>',
   'Dr. Nathan Feld <nfeld@larkspurridge.org>',
   'school-based psych referral - student 2039188',
   """Dr. Feld,

Referral for the school-based clinic. Student ID 2039188, DOB 2010-09-17, 8th grade at Hartley MS. IEP under Emotional Disturbance since 5th grade. Panic attacks in class 3-4x/week since January, missing ~40% of school days this quarter. Pediatrician started hydroxyzine prn in Feb without much change. Parent consent (release #R-24-0117) is attached; mom prefers text at 508-555-0462.

Thanks,
Angela Pereira, M.Ed., School Adjustment Counselor""" + DISC_USD,
   D(2024, 4, 5, 13, 15), patient='')

mk('phi', 'ids',
   'Larkspur Crisis Line <crisisline@larkspurridge.org>',
   'Crisis Follow-Up <crisis.followup@larkspurridge.org>',
   '24hr follow-up needed CL-2024-118832',
   """Call ID: CL-2024-118832
Rec'd 03/09 2317, 41 min
Caller callback: 555.417.2290 (cell, ok to leave msg as "Larkspur")
Caller DOB given: 07/22/2003
Risk: moderate - SI w/ plan (overdose on mother's oxycodone), no intent tonight, agreed to give pills to roommate
Protective: roommate present, appt w/ counselor at campus health Mon
Plan: 24hr callback, texted 988 + walk-in info.
- A. Ruiz""",
   D(2024, 3, 10, 0, 4), patient='')

# =====================================================================================
#                                    PHI  -  lists
# =====================================================================================

mk('phi', 'lists',
   'PHP Coordinator <php@larkspurridge.org>',
   'PHP Team <php-team@larkspurridge.org>',
   'census wed 3/13',
   """morning all - census for today, 14 on the board. new admits in CAPS.

Name\tTrack\tDay#\tTherapist\tNotes
Brennan, Tyler\tB\t3\tCastellanos\tLi level 0.6, Dr Osei to adjust
Fogarty, Danielle\tA\t14\tMcKee\tDISCHARGE planning, DBT referral
HALVORSEN, INGRID\tA\t1\tMcKee\tED stepdown, SI last wk, safety plan
Kaminski, Paul\tB\t7\tCastellanos\tEtOH - breathalyzer on arrival please
Nguyen, Thi Hoa\tA\t6\tTran\tinterpreter daily
Odum, Reginald\tB\t9\tTran\tmissed Mon, called, back today
Sorensen, Maya\tA\t4\tMcKee\tED hx - weigh-in Mon/Thu

Castellanos has the 10:00 process group, Tran has meds education at 1.
- Bridget""",
   D(2024, 3, 13, 7, 41), patient='Brennan; Fogarty; Halvorsen; Kaminski; Nguyen; Odum; Sorensen')

mk('phi', 'lists',
   'Dr. Simone Achterberg <sachterberg@larkspurridge.org>',
   'Night MD <night.md@larkspurridge.org>',
   '4 North sign-out Fri',
   """sign-out for the weekend, 4N:

* Rm 401 - Stubbs, Harold - clozapine 300, ANC Mon. paranoid re: neighbors. no PRN needed this wk.
* Rm 403 - Hampton, Lyle - sister is guardian, DO NOT give LAI without calling her (413-555-0331). on oral haloperidol 5 bid.
* Rm 406 - Pietrowski, Edward - VPA level pending from Thurs, if >100 hold tonight's dose.
* Rm 409 - Wróblewski, Z. - Polish speaking, use language line. quetiapine 100/200. fall risk.
* Rm 412 - Greer, Latoya - admitted today, mania, slept 2h last night. olanzapine 10 qhs, can give additional 5 x1 for agitation.
* Rm 414 - NEW ADMIT expected ~2100 from Westbury ED, 50s male, psychotic depression, medically cleared. H&P by you pls.

if anyone goes into restraint call me, I'm on phone all weekend.
S.A.""",
   D(2024, 3, 8, 17, 2), patient='Stubbs; Hampton; Pietrowski; Wróblewski; Greer')

caseload = [
    ['client_id', 'last_name', 'first_name', 'dob', 'site', 'bcba', 'auth_hrs_wk', 'auth_end', 'payer', 'notes'],
    ['BS-20417', 'Garrity', 'Owen', '2019-08-14', 'Westbury', 'Lindqvist', '25', '2024-06-30', 'Keystone', 'reauth due 3/22'],
    ['BS-20588', 'Rivas', 'Mateo', '2020-01-30', 'Westbury', 'Lindqvist', '20', '2024-05-31', 'MassHealth', 'new guanfacine 3/30'],
    ['BS-20602', 'Caldwell', 'Ezra', '2018-11-02', 'Fairhaven', 'Okoye', '15', '2024-04-30', 'Keystone', 'aggression up; request increase'],
    ['BS-20711', 'Halvorsen', 'Liam', '2017-05-22', 'Fairhaven', 'Okoye', '30', '2024-07-15', 'Keystone', ''],
    ['BS-20745', 'Abubakar', 'Zainab', '2019-03-09', 'Cole Harbor', 'Reyes-Ng', '22', '2024-04-15', 'Tricare', 'parent training 2x/mo'],
    ['BS-20931', 'Thibodeaux', 'Remy', '2017-12-01', 'Fairhaven', 'Okoye', '12', '2024-06-30', 'MassHealth', 'pica protocol'],
    ['BS-21004', 'Chaudhry', 'Ayaan', '2020-06-18', 'Cole Harbor', 'Reyes-Ng', '25', '2024-08-01', 'BCBS', 'toilet training'],
    ['BS-21016', 'Lindgren', 'Astrid', '2016-09-27', 'Westbury', 'Lindqvist', '10', '2024-05-01', 'self-pay', 'social skills group only'],
]
mk('phi', 'lists',
   'Nkechi Okoye BCBA <nokoye@brightstepsaba.com>',
   'Clinical Director <cdirector@brightstepsaba.com>',
   'caseload + auth report Q1',
   """Hi Deb,

Attached is the combined caseload with auth end dates for the three sites like you asked. 3 auths expire in April, flagged in notes. Ezra Caldwell needs an increase request ASAP, mom emailed again last night.

Nkechi""",
   D(2024, 3, 15, 8, 55),
   atts=[(csv_text(caseload), 'text', 'csv', 'caseload_Q1_2024.csv')],
   patient='Garrity; Rivas; Caldwell; Halvorsen; Abubakar; Thibodeaux; Chaudhry; Lindgren')

mk('phi', 'lists',
   'Greg Halloran <ghalloran@millbrookusd.org>',
   'SBMH Team <sbmh-team@millbrookusd.org>',
   'referral tracker - wk of 3/25',
   """Team, open referrals as of Friday. Please update status by Tues mtg.

| Student            | Gr | School      | Reason                         | Assigned  | Status             |
|--------------------|----|-------------|--------------------------------|-----------|--------------------|
| Whitaker, Jaylen   | 7  | Hartley MS  | self-harm (cutting)            | Tavares   | psych eval 3/28    |
| Mercer, Jordyn     | 11 | Millbrook HS| depression, new SSRI           | Pereira   | weekly             |
| Baptiste, Wesley   | 9  | Millbrook HS| school refusal / panic         | Pereira   | IEP mtg 4/2        |
| Yilmaz, Deniz      | 4  | Lowell ES   | aggression, ?ADHD eval         | Tavares   | parent consent pend|
| Sánchez-Ortiz, Ana | 10 | Millbrook HS| grief, father died Jan         | Halloran  | group + 1:1        |
| Kovacs, Milan      | 6  | Hartley MS  | ED, restricting lunch          | Tavares   | referred to PCP    |

Reminder: don't put clinical detail in Aspen, only "SBMH referral - active".
Greg Halloran, LICSW | SBMH Coordinator""" + DISC_USD,
   D(2024, 3, 22, 15, 30), patient='Whitaker; Mercer; Baptiste; Yilmaz; Sánchez-Ortiz; Kovacs')

followup = csv_text([
    ['call_id', 'date', 'caller_name', 'phone', 'dob', 'risk', 'reason', 'fu_due', 'fu_done'],
    ['CL-2024-118790', '03/08/2024', 'Theresa Mullaney', '4135550214', '05/11/1962', 'high', 'SI, recent loss of spouse, firearm in home - removed by son', '03/09', 'Y'],
    ['CL-2024-118832', '03/09/2024', '(declined)', '5554172290', '07/22/2003', 'moderate', 'SI w plan, oxycodone', '03/10', 'N'],
    ['CL-2024-118851', '03/10/2024', 'Andre Beauchamp', '5085550377', '', 'low', 'panic, no SI, requested PHP info', '03/11', 'Y'],
    ['CL-2024-118870', '03/10/2024', 'Kayla Brandt', '4135550663', '03/02/1998', 'high', 'self-injury (wrist), OD thoughts', '03/11', 'Y'],
    ['CL-2024-118902', '03/11/2024', 'Oluwaseun Adebayo', '6175550520', '12/19/1990', 'moderate', 'psychosis sx, off meds 2 wks', '03/12', 'N'],
])
mk('phi', 'lists',
   'Crisis Follow-Up <crisis.followup@larkspurridge.org>',
   'Quality Mgmt <quality@larkspurridge.org>',
   'follow-up log export (zip, pw in separate email)',
   """Hi Marta, here's the export for the 988 follow-up audit for week 10. I zipped it but honestly the zip isn't password protected, IT said our version of 7zip doesn't do it. sorry.

Rafael""",
   D(2024, 3, 12, 16, 19),
   atts=[(zip_bytes([('crisis_fu_wk10.csv', followup)]), 'application', 'zip', 'crisis_fu_wk10.zip')],
   patient='Mullaney; Beauchamp; Brandt; Adebayo')

xl_rows = [
    ['Docket', 'Respondent', 'DOB', 'Type', 'Ordered', 'Evaluator', 'Due', 'Location'],
    ['24-MH-0312', 'Stubbs, Harold', '04/17/1959', 'Commitment review', '02/09/2024', 'Hofstadter', '03/21/2024', '4 North'],
    ['24-MH-00917', 'Danforth, Corinne', '06/14/1991', 'Rogers (med authority)', '03/15/2024', 'Siddiqui', '04/05/2024', '3 West'],
    ['24-CR-1180', 'Vasquez, Elias', '10/02/1985', 'Competency to stand trial', '03/01/2024', 'Achterberg', '04/01/2024', 'Calder Co. Jail'],
    ['24-MH-0401', 'Hampton, Lyle', '08/23/1970', 'Guardianship - treatment', '02/26/2024', 'Hofstadter', '03/29/2024', '4 North'],
    ['24-JV-0088', 'T.M. (juvenile)', '01/15/2008', 'Juvenile eval - disposition', '03/12/2024', 'Feld', '04/12/2024', 'Outpatient'],
]
mk('phi', 'lists',
   'Patricia Nwosu <pnwosu@larkspurridge.org>',
   'Forensic Evaluators <forensic@larkspurridge.org>',
   'court-ordered evals pending (updated)',
   """Updated tracker attached. The Vasquez competency eval at the jail is the most urgent, the DA is pushing for the 4/1 date. Dr. Achterberg please confirm you got the discovery packet.

P. Nwosu""",
   D(2024, 3, 18, 9, 10),
   atts=[(xlsx_bytes(xl_rows, 'Pending'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'court_evals_pending_0318.xlsx')],
   patient='Stubbs; Danforth; Vasquez; Hampton')

mk('phi', 'lists',
   'Clozapine Clinic <clozapine.clinic@larkspurridge.org>',
   'Outpatient Lab Draw <op.lab@larkspurridge.org>',
   'Thursday ANC draws 3/28',
   """Thurs draws, please have done by 10 so results are back before dispensing:

NAME                   MRN          DOB         FREQ     LAST ANC   NOTE
EKWUEME, THOMAS        LRB-0077412  02/14/1985  weekly   2.1        may draw at Quest Westbury
STUBBS, HAROLD         LRB-0090033  04/17/1959  weekly   3.4        inpt 4N - unit will draw
MORALES, BEATRIZ       LRB-0064508  11/30/1977  q2wk     1.8        BEN - use ben thresholds
OYELARAN, FEMI         LRB-0091184  07/07/1993  weekly   0.9 (L)    CRITICAL 3/26 - repeat, HOLD dose
ST. PIERRE, JACQUES    LRB-0058820  09/09/1968  monthly  4.0

thx - Clozapine Clinic""",
   D(2024, 3, 27, 14, 0), patient='Ekwueme; Stubbs; Morales; Oyelaran; St. Pierre', cte='quoted-printable')

# =====================================================================================
#                                    PHI  -  struct
# =====================================================================================

mk('phi', 'struct',
   'Wes Kowalski <wkowalski@larkspurridge.org>',
   'Interface Team <interfaces@larkspurridge.org>',
   'ADT A01 from ED not creating encounter in PHP module',
   """This one came through at 14:02 and errored in the PHP scheduling module with "PV1-3 location not mapped". Can someone add PHPB to the location table? Pasting the raw msg:

MSH|^~\\&|LRBHEDIS|LARKSPUR|PHPSCHED|LARKSPUR|20240311140211||ADT^A01|MSG00048812|P|2.5.1
EVN|A01|20240311140200
PID|1||LRB-0093310^^^LRB^MR||HALVORSEN^INGRID^M||19810722|F|||22 Birch Hollow Rd^^Westbury^MA^01581||^PRN^PH^^^508^5550193|||M||7723551-01|
PV1|1|O|PHPB^^^LARKSPUR||||1184^OSEI^KWAME^^^^MD|||PSY||||7|||1184^OSEI^KWAME^^^^MD|PHP|V0011827|||||||||||||||||||||||||20240311140000
DG1|1||F33.2^Major depressive disorder, recurrent severe without psychotic features^I10|||A
IN1|1|KHP01|KEYSTONE|Keystone Health Plan||||||||||||HALVORSEN^INGRID^M|01|19810722|||||||||||||||||||XJH771230004

thanks
Wes
Wes Kowalski | Integration Analyst | IS""",
   D(2024, 3, 11, 14, 20), patient='HALVORSEN')

oru = '\r'.join([
    'MSH|^~\\&|NERLAB|NERL|LRBEHR|LARKSPUR|202403081522||ORU^R01|NER20240308-4471|P|2.3',
    'PID|1||LRB-0088214^^^LRB^MR||PIETROWSKI^EDWARD^J||19640503|M|||14 Quarry St^^Fairhaven^MA^01744',
    'ORC|RE|ORD558120|L24-0037019',
    'OBR|1|ORD558120|L24-0037019|3860^VALPROIC ACID^L|||202403070612|||||||||1322^LUM^DAVID',
    'OBX|1|NM|3860^VALPROIC ACID^L||41|ug/mL|50-100|L|||F|||202403081510',
    'NTE|1||Trough level. Verify timing of last dose.',
]) + '\r'
mk('phi', 'struct',
   'Lab Liaison <lab.liaison@larkspurridge.org>',
   'Joanna Kessler <jkessler@larkspurridge.org>',
   'RE: Pietrowski\'s valproate level??',
   """Jo - it was sent out to Northeast, resulted 15:10 today but the interface rejected it (wrong facility code in MSH-6). Raw ORU attached so Dr Lum can see it now, I'm getting it manually posted. Level is 41, low.

Sam
Lab Liaison

> hey - Pietrowski's VPA level from yesterday am still isn't resulted""",
   D(2024, 3, 8, 15, 40),
   atts=[(oru.encode('ascii'), 'application', 'octet-stream', 'NER20240308-4471.hl7')],
   patient='PIETROWSKI')

mk('phi', 'struct',
   'Lorraine Baptiste <billing@brightstepsaba.com>',
   'EDI Support <edisupport@keystonehealthplan.com>',
   'rejected 837P batch 4417 - ST segment?',
   """Hello EDI Support,

Our batch 4417 from 3/11 came back with a 999 reject but we can't tell which loop is wrong. First claim of the batch below (the rest are similar). Our clearinghouse says it looks fine on their end.

ISA*00*          *00*          *ZZ*BRIGHTSTEPS    *ZZ*KEYSTONEHP     *240311*1422*^*00501*000004417*0*P*:~
GS*HC*BRIGHTSTEPS*KEYSTONEHP*20240311*1422*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BS4417*20240311*1422*CH~
NM1*41*2*BRIGHT STEPS AUTISM SERVICES*****46*BS77120~
PER*IC*LORRAINE BAPTISTE*TE*5085550100~
NM1*40*2*KEYSTONE HEALTH PLAN*****46*KHP01~
HL*1**20*1~
NM1*85*2*BRIGHT STEPS AUTISM SERVICES*****XX*1548822093~
N3*400 MILL POND RD STE 12~
N4*WESTBURY*MA*01581~
REF*EI*043318827~
HL*2*1*22*0~
SBR*P*18*GRP220043******CI~
NM1*IL*1*HALVORSEN*LIAM****MI*KHP559201833~
N3*88 ORCHARD HILL RD~
N4*FAIRHAVEN*MA*01744~
DMG*D8*20170522*M~
NM1*PR*2*KEYSTONE HEALTH PLAN*****PI*KHP01~
CLM*BS031104571*1320***11:B:1*Y*A*Y*Y~
HI*ABK:F840~
LX*1~
SV1*HC:97153*960*UN*32***1~
DTP*472*RD8*20240304-20240308~
LX*2~
SV1*HC:97155*360*UN*8***1~
DTP*472*D8*20240306~
SE*27*0001~

Lorraine Baptiste
Billing Specialist, Bright Steps Autism Services
(508) 555-0100 x3""",
   D(2024, 3, 13, 11, 5), patient='HALVORSEN')

era = """ISA*00*          *00*          *ZZ*KEYSTONEHP     *ZZ*LARKSPUR       *240320*0611*^*00501*000081122*0*P*:~
GS*HP*KEYSTONEHP*LARKSPUR*20240320*0611*81122*X*005010X221A1~
ST*835*0001~
BPR*I*4188.40*C*ACH*CCP*01*011000138*DA*44120987*1043318820**01*211370545*DA*00098811*20240320~
TRN*1*EFT88120344*1043318820~
N1*PR*KEYSTONE HEALTH PLAN~
N1*PE*LARKSPUR RIDGE BEHAVIORAL HOSPITAL*XX*1396018824~
CLP*7723019-04*4*6840*0*0*MC*24051A008812*13*1~
CAS*CO*50*6840~
NM1*QC*1*LAFLEUR*ANTOINE****MI*XJH884120937~
DTM*232*20240205~
DTM*233*20240223~
CLP*7725110-01*1*4188.4*4188.4*0*MC*24058B001377*13*1~
NM1*QC*1*SORENSEN*MAYA*K***MI*XJH339017762~
DTM*232*20240212~
DTM*233*20240301~
SVC*NU:0913*4188.4*4188.4**14~
SE*16*0001~
GE*1*81122~
IEA*1*000081122~
"""
mk('phi', 'struct',
   'Denise Morrow <dmorrow@larkspurridge.org>',
   'PFS Team <pfs@larkspurridge.org>',
   'FW: 835 3/20 - Lafleur still denied',
   """FYI the 835 from Keystone today still has Lafleur's PHP claim at CO-50 even though the appeal went in 3/22... wait that's after. ok never mind, this is the original denial, Sorensen paid in full. File attached if anyone wants to look. Posting now.

Denise""",
   D(2024, 3, 25, 9, 48),
   atts=[(era, 'text', 'plain', 'KHP_835_20240320.txt')],
   patient='LAFLEUR; SORENSEN', cte='base64')

mk('phi', 'struct',
   'Benefits Unit <benefits@larkspurridge.org>',
   'PHP Intake <php.intake@larkspurridge.org>',
   'elig check - Pryor (271 response)',
   """Ran the 270 for Pryor, response below. Active, MassHealth Standard, BH carve-out to the ACO plan so the PHP auth goes to them not MassHealth directly. ugh.

ST*271*0001*005010X279A1~
BHT*0022*11*ELG88120*20240404*0915~
HL*1**20*1~
NM1*PR*2*MASSHEALTH*****PI*DMA7384~
HL*2*1*21*1~
NM1*1P*2*LARKSPUR RIDGE BEHAVIORAL HOSPITAL*****XX*1396018824~
HL*3*2*22*0~
TRN*2*PRYOR0404*9139601882~
NM1*IL*1*PRYOR*DESMOND****MI*40012938847~
N3*17 PELL ST~
N4*FAIRHAVEN*MA*01744~
DMG*D8*19960930*M~
EB*1*IND*30*MC*STANDARD~
EB*R*IND*MH*HM*CALDER COMMUNITY CARE ACO~
LS*2120~
NM1*PR*2*CALDER COMMUNITY CARE BH~
PER*IC**TE*8005550188~
LE*2120~
SE*19*0001~

- Benefits""",
   D(2024, 4, 4, 9, 20), patient='PRYOR')

fhir = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {
            "resourceType": "Patient",
            "id": "lrb-0094417",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "LRB-0094417"}],
            "name": [{"family": "Greer", "given": ["Latoya", "Denise"]}],
            "gender": "female",
            "birthDate": "1989-12-03",
            "telecom": [{"system": "phone", "value": "413-555-0782", "use": "mobile"}],
            "address": [{"line": ["301 Canal St Apt 5"], "city": "Fairhaven", "state": "MA", "postalCode": "01744"}]
        }},
        {"resource": {
            "resourceType": "MedicationRequest",
            "id": "mr-55120",
            "status": "active",
            "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                       "code": "312078", "display": "olanzapine 10 MG Oral Tablet"}]},
            "subject": {"reference": "Patient/lrb-0094417"},
            "authoredOn": "2024-03-08",
            "dosageInstruction": [{"text": "10 mg by mouth at bedtime"}]
        }},
        {"resource": {
            "resourceType": "Condition",
            "id": "cond-8812",
            "code": {"text": "Bipolar I disorder, current episode manic, severe"},
            "subject": {"reference": "Patient/lrb-0094417"},
            "onsetDateTime": "2024-03-06"
        }}
    ]
}
mk('phi', 'struct',
   'Priyanka Raman <praman@larkspurridge.org>',
   'Vendor Support - CareBridge <support@carebridgehealth.io>',
   'FHIR bundle failing validation (case #CB-20931)',
   """Hi CareBridge support,

Following up on case CB-20931. The discharge bundle we're pushing to the state HIE is failing with "Condition.clinicalStatus required". Attaching the actual bundle from this morning's test against prod so you can reproduce. Could you confirm whether clinicalStatus is required in your profile or the HIE's?

Thanks,
Priyanka Raman
Clinical Informatics, Larkspur Ridge""",
   D(2024, 3, 9, 10, 33),
   atts=[(json.dumps(fhir, indent=2), 'application', 'json', 'discharge_bundle_greer.json')],
   patient='Greer')

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240307113000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="LRB-0090871" root="2.16.840.1.113883.3.8812.1"/>
      <addr use="HP"><streetAddressLine>17 Pell St</streetAddressLine><city>Fairhaven</city><state>MA</state><postalCode>01744</postalCode></addr>
      <patient>
        <name><given>Kevin</given><given>R</given><family>Albright</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19870215"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <title>Medications</title>
    <text><list>
      <item>paliperidone palmitate ER 156 mg IM monthly - next due 03/28/2024</item>
      <item>benztropine 1 mg PO BID</item>
      <item>metformin 500 mg PO BID</item>
    </list></text>
  </section>"""
mk('phi', 'struct',
   'Lena Marchetti LCSW <lmarchetti@larkspurridge.org>',
   'ACT Team - Calder <actteam@northvalecmhc.org>',
   'CCD for Kevin - the portal cut it off',
   """Hi ACT team, the HIE only sent you the header of the CCD so pasting the relevant part of it here. full doc going by fax too.

""" + ccd + """

Lena""",
   D(2024, 3, 7, 12, 2), patient='Albright')

# =====================================================================================
#                                    PHI  -  lang
# =====================================================================================

mk('phi', 'lang',
   'Yesenia Rivas <yeserivas23@hotmail.com>',
   'Kiana Delgado <kdelgado@brightstepsaba.com>',
   'Mateo - la medicina nueva',
   """Hola Kiana,

Perdón que le escribo tan tarde. Quería decirle que a Mateo el pediatra le empezó la guanfacina de 1 mg el sábado y desde entonces está muy dormido en las tardes, por eso a lo mejor estuvo raro en la terapia el martes. También esta semana se salió corriendo de la casa dos veces hacia la calle, ya pusimos otro seguro en la puerta. ¿Le puede decir a Aubrey? Y el jueves no lo puedo llevar a la clínica porque tiene cita con el neurólogo a las 2.

Gracias por todo, Mateo la quiere mucho.
Yesenia (mamá de Mateo Rivas)""",
   D(2024, 4, 3, 22, 40), patient='Rivas')

mk('phi', 'lang',
   'Inês Barros <ibarros@northvalecmhc.org>',
   'Larkspur Crisis Line <crisisline@larkspurridge.org>',
   'Re: Marisol Quintero - contacto',
   """Bom dia,

Recebi a vossa mensagem sobre a Marisol. Sou a terapeuta dela há oito meses. Ela tem consulta comigo semanalmente às quintas; a última foi dia 22 e não mostrou sinais de risco. Ela está a tomar trazodona 100 mg à noite e sertralina 50 mg, receitadas pelo Dr. Okafor. Peço que me liguem antes da alta da unidade de estabilização para combinarmos o plano de segurança — telemóvel (508) 555-0614.

A irmã dela (Luz) fala só espanhol, se precisarem de contactar a família.

Obrigada,
Inês Barros, LMHC
Northvale CMHC""",
   D(2024, 2, 27, 9, 15), patient='Quintero', cte='quoted-printable')

mk('phi', 'lang',
   'Lê Thị Mai <lethimai.fhv@gmail.com>',
   'Angela Pereira <apereira@millbrookusd.org>',
   'Về con trai tôi - Phạm Minh Khoa, lớp 8',
   """Kính gửi cô Pereira,

Tôi là mẹ của Phạm Minh Khoa, học lớp 8 trường Hartley. Tuần trước bác sĩ ở phòng khám nói Khoa bị rối loạn lo âu và cho uống thuốc hydroxyzine khi bị hoảng sợ, nhưng cháu vẫn không chịu đi học, sáng nào cũng khóc và đau bụng. Tôi đồng ý cho cháu gặp bác sĩ tâm thần ở trường (Dr. Feld). Xin cô gọi cho tôi số 508-555-0462, tôi nói tiếng Anh không giỏi, nếu có người thông dịch thì tốt.

Cảm ơn cô nhiều,
Lê Thị Mai""",
   D(2024, 4, 4, 19, 50), patient='Phạm Minh Khoa', cte='base64')

mk('phi', 'lang',
   'Crisis Follow-Up <crisis.followup@larkspurridge.org>',
   'Wideline Joseph <wjoseph.mattapan@gmail.com>',
   'Swivi apre apèl ou a - Larkspur',
   """Bonjou Madan Joseph,

Se Roseline Auguste, konseye nan Liy Kriz Larkspur. Mwen te pale avè w yè swa sou pitit gason w lan, Jean-Robert Joseph. Mwen jis vle konnen kijan li ye jodi a. Ou te di m li pa t dòmi depi twa jou, li t ap pale poukont li epi li te kase fenèt la. Si li refize ale lopital ankò, ou ka rele 911 oswa ekip kriz mobil la nan (413) 555-0100, yo ka vin lakay ou.

Randevou li ak Dr. Adeyemi nan klinik la se madi 12 mas a 10è. Pa bliye pote tout medikaman li yo (Risperdal la ak Depakote a).

Mwen la si w bezwen m.
Roseline Auguste
Konseye Kriz, Larkspur Ridge""",
   D(2024, 3, 8, 11, 2), patient='Joseph')

mk('phi', 'lang',
   'Светлана Орлова <s.orlova1971@mail.ru>',
   'PHP Front Desk <php@larkspurridge.org>',
   'Орлова С.В. - вопрос о лекарствах',
   """Здравствуйте,

Меня зовут Светлана Викторовна Орлова, я прохожу дневную программу (PHP) с 4 марта, группа A. Доктор Лум в пятницу увеличил мне дозу венлафаксина до 150 мг, и с тех пор у меня сильно болит голова и давление 160/100. Можно ли мне в понедельник поговорить с медсестрой до начала группы? Я не хочу бросать лечение, но мне страшно.

Спасибо,
Светлана
тел. 413-555-0865""",
   D(2024, 3, 16, 18, 25), patient='Орлова')

mk('phi', 'lang',
   'Marites Dela Cruz RN <mdelacruz@larkspurridge.org>',
   'Rowena Santos RN <rsantos@larkspurridge.org>',
   're: si Lola Corazon sa 2 East',
   """Wena, yung pasyente natin sa 2E bed 7 si Mrs. Corazon Villanueva, 81, tinanong ng anak niya kung pwede siyang bisitahin ng pari bukas ng umaga. Okay lang daw kay Dr. Siddiqui basta hindi sa oras ng ECT niya (Wednesday 7am). Medyo confused pa rin siya kagabi, nag-sundown ulit, binigyan ko ng quetiapine 12.5 na PRN bandang 9pm. Paki-check yung vitals niya ng 6am kasi bumaba ang BP kahapon after ng meds, 92/58.

Salamat ha, ingat sa shift!
Tess""",
   D(2024, 3, 12, 5, 40), patient='Villanueva')

mk('phi', 'lang',
   'خالد منصور <khaled.mansour82@gmail.com>',
   'Patient Relations <patientrelations@larkspurridge.org>',
   'بخصوص ابني عمر منصور - قسم المراهقين',
   """السلام عليكم،

أنا خالد منصور، والد عمر منصور (١٥ سنة) الذي دخل قسم المراهقين يوم الأحد بعد محاولة إيذاء نفسه. نريد أن نعرف متى سيكون اجتماع العائلة مع الطبيب، وهل بدأوا بإعطائه دواء جديد؟ الممرضة قالت إنه بدأ على فلوكستين لكن لم يتصل بنا أحد ليشرح لنا. زوجتي لا تتكلم الإنجليزية، نرجو توفير مترجم عربي.

رقم هاتفي: 617-555-0288

شكراً جزيلاً
خالد""",
   D(2024, 3, 13, 8, 7), patient='منصور', cte='base64')

mk('phi', 'lang',
   '陈美玲 <meiling.chen.ma@163.com>',
   'Intake <intake@brightstepsaba.com>',
   '关于我儿子的ABA治疗 / ABA for my son',
   """您好，

我儿子叫王浩然（Haoran Wang），今年3岁半，二月份在Cole Harbor儿童医院被诊断为自闭症。医生建议每周20到25小时的ABA治疗。他现在还不会说话，经常撞头，晚上也睡不好。我们的保险是BCBS，会员号 XQB220871145。请问你们还有名额吗？我们住在Westbury，周一到周五下午都可以。

Sorry my English is not good. My husband can talk on phone: 508-555-0739.

谢谢！
陈美玲""",
   D(2024, 3, 27, 21, 12), patient='Wang')

# =====================================================================================
#                                    CLEAN  -  admin
# =====================================================================================

mk('clean', 'admin',
   'Bridget McKee <bmckee@larkspurridge.org>',
   'PHP Team <php-team@larkspurridge.org>',
   'coverage swap 3/29 + 4/1',
   """hey all - Hai and I swapped: I'm covering his Friday 3/29 and he's taking my Monday 4/1. Renee is out 4/2-4/5 (vacation), Sara from 3 West is floating to us those days for morning group. If anyone needs me on the 29th my cell is 413-555-0129.

also reminder the staff fridge gets cleaned out Fri at 3. i mean it this time

Bridget McKee, LMHC
Lead Therapist, PHP""",
   D(2024, 3, 26, 12, 3))

mk('clean', 'admin',
   'IS Service Desk <servicedesk@larkspurridge.org>',
   'Wes Kowalski <wkowalski@larkspurridge.org>',
   '[INC0048812] Updated: EHR login loop on 4 North workstations',
   """Incident INC0048812 has been updated.

Short description: EHR login loop on 4 North workstations (WS-4N-03, WS-4N-07)
Caller: Achterberg, Simone
Priority: 2 - High
Assignment group: Desktop Support
State: In Progress

Work notes (Devon Price, 03/08/2024 16:44):
Citrix receiver on both machines was updated overnight to 2311 and breaks SSO badge tap. Rolled back WS-4N-03, user confirmed she can get in. WS-4N-07 needs a reimage, tagged for tomorrow 0700. Downtime workstation in med room remains available. Also reset MFA token for user sachterberg per her request.

To view the incident, go to the Service Portal. Please do not reply to this message with passwords or patient information.""",
   D(2024, 3, 8, 16, 45))

mk('clean', 'admin',
   'Accounts Receivable - Harborline Linen <ar@harborlinen.com>',
   'Accounts Payable <ap@larkspurridge.org>',
   'Invoice HL-2024-03317 past due',
   """Dear Larkspur Ridge AP,

Our records show invoice HL-2024-03317 dated 02/01/2024 in the amount of $8,412.60 (patient gowns, scrubs, bath linen - units 2E, 3W, 4N, Adolescent) remains unpaid at 45 days. Customer account #LRB-00412. PO 24-00877.

Please remit or contact me at (617) 555-0155 if there is a discrepancy. A copy of the invoice and delivery tickets is attached.

Thank you,
Colleen Pratt
Accounts Receivable, Harborline Linen Services""",
   D(2024, 3, 18, 9, 0),
   atts=[(csv_text([['invoice', 'date', 'item', 'qty', 'unit', 'amount'],
                    ['HL-2024-03317', '02/01/2024', 'Patient gown - snap, blue', '420', '4.15', '1743.00'],
                    ['HL-2024-03317', '02/01/2024', 'Scrub set - ceil', '310', '6.90', '2139.00'],
                    ['HL-2024-03317', '02/01/2024', 'Bath towel 24x48', '880', '2.45', '2156.00'],
                    ['HL-2024-03317', '02/01/2024', 'Tear-resistant safety blanket', '96', '24.19', '2322.24'],
                    ['HL-2024-03317', '02/01/2024', 'Fuel surcharge', '1', '52.36', '52.36']]),
          'text', 'csv', 'HL-2024-03317.csv')])

mk('clean', 'admin',
   'Human Resources <hr@brightstepsaba.com>',
   'All Staff <allstaff@brightstepsaba.com>',
   'Open enrollment closes Friday + new EAP vendor',
   """Hi everyone,

Quick reminders:

1) Benefits open enrollment closes Friday 4/12 at 5pm. If you don't make changes your current medical/dental/vision elections roll over, but your FSA does NOT - you must re-elect. Log in to Paycor with your employee ID (starts with BSE-) to enroll.

2) Starting May 1 our Employee Assistance Program moves to LifeBridge EAP. Six free confidential counseling sessions per issue for you and household members, 24/7 at 1-888-555-0142. Nothing you use through EAP is reported to Bright Steps.

3) RBTs: your annual competency assessment must be on file before your BACB renewal. Talk to your BCBA supervisor.

Questions? Reach me at x102 or (508) 555-0100.

Maribel Ochoa
HR Generalist""",
   D(2024, 4, 8, 10, 0),
   html="""<html><body style="font-family:Arial">
<p>Hi everyone,</p><p>Quick reminders:</p>
<ol><li><b>Benefits open enrollment closes Friday 4/12 at 5pm.</b> If you don't make changes your current medical/dental/vision elections roll over, but your FSA does NOT - you must re-elect. Log in to Paycor with your employee ID (starts with BSE-).</li>
<li>Starting May 1 our Employee Assistance Program moves to <b>LifeBridge EAP</b>. Six free confidential counseling sessions per issue, 24/7 at 1-888-555-0142.</li>
<li>RBTs: your annual competency assessment must be on file before your BACB renewal.</li></ol>
<p>Questions? x102 or (508) 555-0100.</p><p>Maribel Ochoa<br>HR Generalist</p></body></html>""")

mk('clean', 'admin',
   'Facilities Work Orders <facilities@larkspurridge.org>',
   'Lina Haddad <lhaddad@larkspurridge.org>',
   'WO#77182 completed - 2 East seclusion room HVAC',
   """Work order 77182 has been marked COMPLETE.

Location: 2 East, Rm 2E-S1 (seclusion/quiet room) and corridor
Problem: room temp 81F, anti-ligature vent grille rattling
Action: replaced supply damper actuator, re-secured tamper-proof grille with security torx screws, verified 71F at 14:30. Grille passed ligature resistance check per EC checklist.
Tech: Luis Ferreira (ext 4410)
Parts: Belimo LF24 actuator, qty 1

Rate your service: reply 1-5.""",
   D(2024, 3, 20, 14, 52))

mk('clean', 'admin',
   'Greg Halloran <ghalloran@millbrookusd.org>',
   'SBMH Team <sbmh-team@millbrookusd.org>',
   'PD day 4/19 - agenda + rooms',
   """Team,

Friday 4/19 is the district PD day. Our schedule:

8:00-8:30   coffee, Millbrook HS library
8:30-10:30  Youth Mental Health First Aid refresher (Dr. Nathan Feld, Larkspur Ridge)
10:45-12:00 Threat assessment protocol update w/ Asst Supt. Carla Bui - Room 114
12:00-1:00  lunch (pizza, I ordered 6, tell me about allergies by Wed)
1:00-2:30   Medicaid school-based billing documentation - Rhonda Kim from the business office
2:30-3:00   wrap up

Parking lot B is closed for repaving, use the Elm St lot. Call me at 508-555-0211 if you're lost.

Greg""" + DISC_USD,
   D(2024, 4, 10, 15, 15))

mk('clean', 'admin',
   'Payroll <payroll@larkspurridge.org>',
   'Nursing Staff <nursing-all@larkspurridge.org>',
   'Kronos timecard approvals due Mon by noon',
   """Reminder: pay period 03/10-03/23 timecards must be approved by your manager by noon Monday 3/25. Missed punches need a correction form with the manager's signature. Shift differential for nights (1900-0730) and weekend diff are applied automatically - if you floated to another unit make sure the cost center code is correct (2E = 6120, 3W = 6130, 4N = 6140, ADOL = 6150, PHP = 6210).

Payroll Dept. | ext 4100""",
   D(2024, 3, 22, 11, 30), cte='quoted-printable')

# =====================================================================================
#                                    CLEAN  -  lookalike
# =====================================================================================

mk('clean', 'lookalike',
   'Pine Hollow Veterinary Hospital <frontdesk@pinehollowvet.com>',
   'Dana Kowalczyk <dana.kowalczyk@gmail.com>',
   "Biscuit's lab results and refill",
   """Hi Dana,

Dr. Amari reviewed Biscuit's bloodwork from Tuesday:

Patient: Biscuit (canine, Labrador mix, DOB 04/02/2015)   Patient ID: 18822-B
Client: Dana Kowalczyk, acct 44107
- Kidney values (BUN, creatinine) mildly elevated - recheck in 3 months
- Liver values normal
- Thyroid (T4) low-normal

We'd like to keep him on carprofen 75 mg once daily with food for his hips and add a joint supplement. His anxiety in the car is a common thing with older dogs - trazodone 100 mg 1-2 hours before vet visits is fine to continue.

Refill is ready for pickup. Call us at (413) 555-0166 with any questions.

Pine Hollow Veterinary Hospital""",
   D(2024, 3, 14, 16, 10))

mk('clean', 'lookalike',
   'Riverbend Credit Union <alerts@riverbendcu.org>',
   'Marcus Albright <m.albright.home@gmail.com>',
   'Member #0047781932: Your loan application status',
   """Dear Marcus Albright,

Thank you for applying for a Riverbend Auto Loan.

Member number: 0047781932
Application ID: AL-2024-118832
Date of birth on file: 05/09/1981
Requested amount: $18,500.00

Your application has been conditionally approved. To finalize, please upload your most recent pay stub and proof of insurance in online banking, or stop by the Fairhaven branch (142 Main St). Questions? Call Member Services at (413) 555-0108, option 3.

Riverbend Credit Union - Federally insured by NCUA.
Never share your PIN or one-time passcode. We will never ask for it by email.""",
   D(2024, 3, 5, 8, 22))

mk('clean', 'lookalike',
   'IronWorks Fitness <members@ironworksfit.com>',
   'Tyler Brennan <tbrennan.lifts@gmail.com>',
   'Your InBody body composition results are in!',
   """Hi Tyler!

Thanks for completing your free Health & Fitness Assessment with Coach Renata on 3/2.

Member #: IWF-220931
Weight: 184.2 lb | Body fat: 21.4% | Skeletal muscle mass: 81.0 lb
Resting heart rate: 68 bpm | Blood pressure (screening only): 128/82
Goal: lose 10 lb, improve deadlift

Recommended program: Strength Foundations 3x/week + 2 conditioning classes. Book your first personal training session with promo code SPRING24 for 20% off.

This screening is not a medical evaluation. Consult your physician before starting any exercise program.

Stay strong,
IronWorks Fitness - Westbury""",
   D(2024, 3, 3, 9, 30),
   html="""<html><body><h2 style="color:#c0392b">Your InBody results are in!</h2>
<p>Hi Tyler! Thanks for completing your free Health &amp; Fitness Assessment with Coach Renata on 3/2.</p>
<table border="1" cellpadding="4"><tr><td>Member #</td><td>IWF-220931</td></tr>
<tr><td>Weight</td><td>184.2 lb</td></tr><tr><td>Body fat</td><td>21.4%</td></tr>
<tr><td>Skeletal muscle</td><td>81.0 lb</td></tr><tr><td>Resting HR</td><td>68 bpm</td></tr>
<tr><td>BP (screening)</td><td>128/82</td></tr></table>
<p>Use promo code <b>SPRING24</b> for 20% off personal training.</p>
<p style="font-size:10px">This screening is not a medical evaluation.</p></body></html>""")

mk('clean', 'lookalike',
   'Atlantic Coast Airways <noreply@atlanticcoastair.com>',
   'Priya Venkataraman <priya.venkat@outlook.com>',
   'Special assistance confirmed - Record locator QX7T2M',
   """Dear MS PRIYA VENKATARAMAN,

Your request for special service has been added to your reservation.

Record locator: QX7T2M
Flight AC 2281  Boston (BOS) -> Chicago (ORD)  18 APR 2024  dep 07:15
Seat 4C
CoastMiles #: 882 110 4471
Service: WCHR - wheelchair to/from aircraft gate
Service: Travelling with medical device (portable oxygen concentrator - FAA approved model)

Please bring your POC with enough battery for 150% of flight time. A physician's statement is not required for this model.

Atlantic Coast Airways Customer Care 1-800-555-0119""",
   D(2024, 4, 2, 13, 0))

mk('clean', 'lookalike',
   'Claims - Granite Mutual Auto <claims@granitemutual.com>',
   'Hector Quintero <hquintero.fhv@yahoo.com>',
   'Claim 24-AU-0338812 - bodily injury adjuster assigned',
   """Mr. Quintero,

This confirms your claim for the 03/02/2024 collision at Route 9 and Elm St.

Policy #: GMA-7710-339021
Claim #: 24-AU-0338812
Vehicle: 2019 Honda CR-V

You reported neck and shoulder pain after the accident. A bodily injury adjuster, Joyce Lindahl, has been assigned and will contact you within 2 business days. Please keep receipts for any urgent care, physical therapy or chiropractic visits; you may need to sign a medical authorization form for us to obtain records from your providers. Your Personal Injury Protection (PIP) benefit is $8,000.

Rental coverage is approved for up to 30 days at Enterprise, confirmation 55102-MA.

Granite Mutual Insurance
Claims Dept. (800) 555-0123""",
   D(2024, 3, 6, 10, 40))

mk('clean', 'lookalike',
   'Oakline Tree Surgeons <office@oaklinetrees.com>',
   'Gwen Marsh <gwenmarsh.garden@gmail.com>',
   'Diagnosis & treatment plan - red oak, 22 Birch Hollow',
   """Hi Gwen,

Following Monday's visit, here's the arborist's report for the big red oak by your driveway:

Diagnosis: Armillaria root rot (confirmed - fungal mats under bark at root flare), plus old lightning wound on south side with decay cavity ~30%.
Prognosis: guarded. Tree is not in immediate danger of failure but decline is likely over 3-5 years.
Treatment plan:
 1. Root collar excavation with air spade ($650)
 2. Crown reduction 15% to take weight off the wounded side ($1,400)
 3. Recheck in 12 months with resistograph test
We can schedule the first two for the week of April 15. Quote #Q-4417 valid 30 days.

Best,
Dylan Forsythe, ISA Certified Arborist NE-7120A
Oakline Tree Surgeons  (508) 555-0180""",
   D(2024, 3, 27, 17, 5))

mk('clean', 'lookalike',
   'Kofi Mensah <kofi@pulsegrid.dev>',
   'platform-oncall <platform-oncall@pulsegrid.dev>',
   'Re: patient-worker OOMs - postmortem draft',
   """> why is patient-worker being killed every night around 02:00?

Root cause: the `patient-worker` service (the retry daemon that "patiently" re-admits failed jobs into the queue - yes the name is a bad joke from 2019) has a memory leak in the admission controller. Every discharge event from the job lifecycle leaks ~4KB. At ~700k discharges/day the pod hits its 2Gi limit and the kubelet OOM-kills it, which orphans its child processes (zombie reapers don't run).

Symptoms: pod restarts (count 48 on pw-7f9c-2), admission latency p99 -> 9s, health check /healthz flapping.
Treatment: patched in PR #4471, bumped limit to 3Gi as a band-aid. Monitoring for 72h before we close INC-2203.

Timeline and vitals dashboard (CPU, heap, GC pauses) are in the doc. Please add comments before Thursday's review.

Kofi Mensah
SRE, PulseGrid""",
   D(2024, 3, 19, 11, 18))

# =====================================================================================
#                                    CLEAN  -  news
# =====================================================================================

mk('clean', 'news',
   'Calder County Public Health <bulletin@health.caldercounty.gov>',
   'Partners List <partners@lists.caldercounty.gov>',
   'Behavioral Health Surveillance Bulletin - Q4 2023',
   """CALDER COUNTY PUBLIC HEALTH - BEHAVIORAL HEALTH SURVEILLANCE BULLETIN
Quarter 4, 2023 (released March 2024)

KEY FINDINGS
* 988 Suicide & Crisis Lifeline contacts originating in Calder County: 4,812 (up 18% from Q4 2022). Texts and chats now make up 31% of contacts.
* Emergency department visits for self-harm, ages 10-24: 212 (rate 61.4 per 10,000), highest among females 13-17.
* Suspected opioid overdose EMS runs: 389; naloxone administered in 74%.
* Mobile crisis dispatches: 1,126; 68% resolved in community without ED transport.

WHAT PARTNERS CAN DO
- Promote 988 on school ID cards and discharge paperwork.
- Offer lethal-means counseling (firearms, medications) at every crisis contact.
- Free QPR gatekeeper trainings: April 9, April 23 (register on the county site).

Data are provisional. Counts under 11 are suppressed to protect confidentiality.

Calder County Department of Public Health | Epidemiology Unit | (413) 555-0300""",
   D(2024, 3, 15, 12, 0))

mk('clean', 'news',
   'Pharmacy Safety Alerts <rxalerts@larkspurridge.org>',
   'All Prescribers <prescribers@larkspurridge.org>',
   'RECALL: quetiapine fumarate 25 mg tablets - Corvallen Pharma lots',
   """Pharmacy & Therapeutics - Drug Recall Notice

Product: Quetiapine fumarate tablets USP, 25 mg, bottles of 100 and unit-dose
Manufacturer: Corvallen Pharmaceuticals (distributed by MedSource)
Lots: QF25-23118, QF25-23121, QF25-23140 (exp 08/2025)
Reason: Voluntary Class II recall - out-of-specification dissolution results at 12-month stability timepoint.
Risk: Low. Slower dissolution could reduce effect. No adverse events reported.

Action: Pharmacy has quarantined all affected stock from Pyxis stations on 2E, 3W, 4N and Adolescent. Replacement (different manufacturer) is already loaded. No patient-level action is required; prescribers do not need to change orders. Outpatient clinic sample closets have been checked.

Questions: Inpatient Pharmacy x4300
Hui-Min Zhao, PharmD, BCPP - Clinical Pharmacy Manager""",
   D(2024, 3, 21, 7, 55))

mk('clean', 'news',
   'Larkspur Ridge Communications <news@larkspurridge.org>',
   'All Staff <allstaff@larkspurridge.org>',
   'The Ridge Weekly - new PHP wing, kudos, Spring Fun Run',
   """THE RIDGE WEEKLY  |  March 29, 2024

NEW PHP WING OPENS APRIL 15
Our Partial Hospitalization Program moves into the renovated Cedar Building next month, adding a dedicated adolescent track (ages 13-17) and room for 30 patients per day. Ribbon cutting 4/15 at 10am - all welcome.

KUDOS CORNER
- To the 4 North team for 60 days with zero restraints!
- To Jess Pruitt and the overnight Crisis Line crew, who handled record volume during the ice storm.
- To Hui-Min Zhao in Pharmacy, newly board certified in psychiatric pharmacy (BCPP).

SPRING FUN RUN
The 5K for mental health awareness is May 11 at Fairhaven Common. Sign up by 4/30, proceeds go to the patient comfort fund.

WELCOME NEW STAFF
Dr. Simone Achterberg (forensic psychiatry), Caroline Mbatha RN (Adolescent charge), Devon Price (IS Desktop Support).""",
   D(2024, 3, 29, 9, 0),
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1>The Ridge Weekly</h1><p><i>March 29, 2024</i></p>
<h2>New PHP wing opens April 15</h2><p>Our Partial Hospitalization Program moves into the renovated Cedar Building next month, adding a dedicated adolescent track (ages 13-17) and room for 30 patients per day.</p>
<h2>Kudos Corner</h2><ul><li>4 North: 60 days with zero restraints!</li><li>Jess Pruitt and the overnight Crisis Line crew.</li><li>Hui-Min Zhao, PharmD, newly BCPP.</li></ul>
<h2>Spring Fun Run</h2><p>5K for mental health awareness, May 11, Fairhaven Common.</p>
<h2>Welcome</h2><p>Dr. Simone Achterberg, Caroline Mbatha RN, Devon Price.</p></body></html>""")

mk('clean', 'news',
   'Bright Steps Family Newsletter <news@brightstepsaba.com>',
   'Bright Steps Families <families@lists.brightstepsaba.com>',
   'April is Autism Acceptance Month - workshops, sensory-friendly events',
   """Dear Bright Steps families,

April is Autism Acceptance Month! Here's what's happening:

* Parent workshop: "Getting through the dentist and the haircut" - Tues April 9, 6:30pm, Westbury clinic + Zoom. Childcare provided.
* Sensory-friendly movie morning at Fairhaven Cinemas, Sat April 20 (lights up, sound down).
* Did you know? The CDC's latest estimate is that about 1 in 36 children are identified with autism spectrum disorder. Early intervention makes a real difference - thank you for the work you do at home every day.
* Insurance corner: Massachusetts law (ARICA) requires most state-regulated plans to cover ABA. Our billing team can help you understand your benefits - call (508) 555-0100 x3.

Welcome to our new BCBA at Cole Harbor, Marisa Reyes-Ng!

With gratitude,
The Bright Steps team""",
   D(2024, 4, 1, 8, 0), cte='base64')

mk('clean', 'news',
   'Millbrook USD Wellness <wellness@millbrookusd.org>',
   'Millbrook Families <families@lists.millbrookusd.org>',
   'Wellness Wednesday: talking to your teen about stress',
   """WELLNESS WEDNESDAY  -  Millbrook Unified School District

This month our school-based mental health team wants to share tips on talking with your teen about stress and mood:

1. Pick low-pressure moments - in the car, walking the dog.
2. Listen more than you fix. "That sounds really hard" goes a long way.
3. Know the warning signs: withdrawing from friends, changes in sleep or eating, giving away belongings, talking about being a burden.
4. It's OK to ask directly about suicide. Asking does not put the idea in someone's head.
5. Call or text 988 any time, 24/7.

Every Millbrook school has a school adjustment counselor or social worker. You can request a confidential check-in for your child through the main office - no diagnosis needed.

Screening reminder: 7th and 9th grade SBIRT screenings happen in May. Opt-out forms are on the district website.

Millbrook USD Office of Student Wellness | 508-555-0200""" + DISC_USD,
   D(2024, 4, 10, 7, 0))

mk('clean', 'news',
   'PsychPharm Weekly Digest <digest@psychpharmweekly.com>',
   'Kwame Osei <kosei@larkspurridge.org>',
   'This week: esketamine durability, lithium & kidney, LAI adherence',
   """PSYCHPHARM WEEKLY DIGEST  -  Issue 412

1. ESKETAMINE: 2-YEAR DURABILITY
Open-label extension (n=1,148) of adults with treatment-resistant depression found 58% maintained response at 104 weeks; most common adverse events were dissociation (27%) and nausea (19%).

2. LITHIUM AND eGFR DECLINE
Registry study of 9,200 patients: eGFR declined ~1.5 mL/min/yr faster on long-term lithium vs. valproate, with most risk in those with levels repeatedly >0.8 mmol/L. Authors recommend the lowest effective level and q6-month renal monitoring.

3. LONG-ACTING INJECTABLES AFTER FIRST-EPISODE PSYCHOSIS
Meta-analysis of 14 RCTs: LAIs reduced relapse vs. oral (RR 0.71) but the advantage narrowed in trials with better adherence support.

4. FDA
Clozapine REMS modification: pharmacies no longer required to verify ANC before dispensing (prescriber monitoring unchanged).

You are receiving this because you subscribed at psychpharmweekly.com. Unsubscribe | Manage preferences""",
   D(2024, 3, 25, 6, 0))

# =====================================================================================
#                                    CLEAN  -  staff
# =====================================================================================

mk('clean', 'staff',
   'Dr. David Lum <dlum@larkspurridge.org>',
   'Hui-Min Zhao PharmD <hzhao@larkspurridge.org>',
   'clozapine re-titration after missed doses - our protocol?',
   """Hui-Min,

General question, not about anyone specific right now: what's our current rule for restarting clozapine after missed doses? I've seen people use ">48 hrs missed = retitrate from 12.5" and others use 72 hrs. Our order set still says 48. Also do we want an ANC before restart if the last one was within the week?

Would be good to get this into the P&T minutes so the residents stop asking me at 2am.

David Lum, MD
Medical Director, Partial Hospitalization""",
   D(2024, 3, 19, 13, 5))

mk('clean', 'staff',
   'Jess Pruitt <jpruitt@larkspurridge.org>',
   'Crisis Line Supervisors <crisis-sup@larkspurridge.org>',
   'overnight coverage - need 2 more bodies for April',
   """Hi all,

Looking at April, overnights (2300-0700) are short on 4/6, 4/13, 4/14, 4/20 and 4/27. We've been averaging 38 contacts a night since the 988 georouting change and one counselor alone can't safely hold that, especially when we have an active rescue going.

Options:
- Ask per-diem pool (Andre, Fatima, Leo have said yes before)
- Ask MCT if one of their clinicians can answer overflow from the van
- Route overflow to the state backup center after 10 min hold (last resort - callers hate it)

Let me know by Friday. I can cover 4/13 myself.

Jess Pruitt, LMHC
Crisis Line Clinical Supervisor
cell 413-555-0104""",
   D(2024, 3, 20, 9, 45))

mk('clean', 'staff',
   'Dr. Miriam Hofstadter <mhofstadter@larkspurridge.org>',
   'Psychiatry Peer Review <peer-consult@larkspurridge.org>',
   'peer consult Thurs - TRD case (de-identified)',
   """For Thursday's consult conference, de-identified:

A man in his 60s, retired, with recurrent depression since his 30s, now in a ~9 month episode. Failed adequate trials of sertraline, venlafaxine (to 225), bupropion augmentation and aripiprazole augmentation. Lithium augmentation stopped due to tremor and a creatinine rise. No psychosis. Passive SI, no attempts. Comorbid CKD stage 3a and AFib on apixaban.

Questions for the group:
1. ECT vs esketamine given the anticoagulation and cardiac history?
2. Anyone with experience using MAOIs in this age group recently?
3. Is TMS worth trying first given he's ambivalent about ECT?

Please don't bring the chart - I've left out anything identifying on purpose.

Miriam Hofstadter, MD""",
   D(2024, 3, 18, 16, 30))

mk('clean', 'staff',
   'Deb Farrington, BCBA-D <cdirector@brightstepsaba.com>',
   'BCBA Team <bcba-team@brightstepsaba.com>',
   'supervision ratios & the new payer rule',
   """Hi team,

Keystone is updating their ABA policy effective July 1: case supervision (97155) must be at least 10% of direct hours, up from 5%. For a kiddo at 30 hrs/wk that's 3 hrs/wk of your time. With current caseloads (avg 11 clients per BCBA) several of you would be over 40 hrs of supervision alone, which isn't sustainable.

Proposals for Monday's meeting:
- cap BCBA caseload at 9 for 25+ hr clients
- use BCaBAs for a portion of protocol modification where payer allows
- more group parent training (97157) to cover the parent training piece

Also a reminder that the BACB ethics code (2.15) means we don't reduce supervision quality to hit numbers. If a case needs more, document why.

Deb Farrington, PhD, BCBA-D
Clinical Director""",
   D(2024, 3, 28, 12, 12))

mk('clean', 'staff',
   'Quality & Regulatory <quality@larkspurridge.org>',
   'Nurse Managers <nurse-managers@larkspurridge.org>',
   'Policy update: restraint/seclusion documentation (PC.03.05.xx)',
   """Nurse Managers,

Effective April 1 the revised restraint and seclusion policy (NUR-RS-014 v7) is live. Key changes:

- Face-to-face evaluation by physician/LIP or trained RN within 1 hour of initiation - now must be documented in the new R/S flowsheet, not a free-text note.
- Orders for adults: max 4 hours; ages 9-17: 2 hours; under 9: 1 hour. No PRN orders.
- Debrief with the patient and staff within 24 hours, documented on the debrief form.
- Monthly R/S data will be reported by unit in the quality dashboard (counts, hours per 1,000 patient hours).

Our Q4 data: 2E 0.41, 3W 0.22, 4N 0.18, Adolescent 0.67 hours per 1,000 patient hours. The adolescent rate is above the state benchmark; Marta will reach out to Caroline to plan a review.

Training module is in HealthStream, due 4/30.

Marta Oyelowo, RN, CPHQ
Director of Quality""",
   D(2024, 3, 25, 10, 20))

mk('clean', 'staff',
   'Monique Tavares LICSW <mtavares@millbrookusd.org>',
   'SBMH Team <sbmh-team@millbrookusd.org>',
   'suicide risk screening workflow - draft for review',
   """Hi all - draft of the workflow we talked about, please mark up before the 4/19 PD day:

1. Any staff member with concern -> walk the student to counselor (never send alone).
2. Counselor does ASQ (4 questions). If all "no" -> document and monitor.
3. Any "yes" -> ask acuity question. If yes to acuity -> student is never left alone, call parent/guardian, call Larkspur mobile crisis (413-555-0100) or 911 if imminent.
4. Non-acute positive -> brief suicide safety assessment (C-SSRS screener) same day, safety plan, parent notification, referral within 72 hrs.
5. Re-entry meeting after any hospitalization or PHP.

Question for the group: for 18+ students, do we still call parents? Legal said it depends on consent - I'll ask Carla.

Monique""" + DISC_USD,
   D(2024, 4, 9, 14, 2))

mk('clean', 'staff',
   'Hai Tran <htran@larkspurridge.org>',
   'PHP Team <php-team@larkspurridge.org>',
   'RE: group curriculum for the adolescent track',
   """I like it. Only thing I'd add is a parent night every other Thursday - the adult track doesn't need it but teens do much better when parents learn the same DBT language.

Hai

-----Original Message-----
From: Bridget McKee
Sent: Wednesday, April 3, 2024 4:10 PM
To: PHP Team
Subject: group curriculum for the adolescent track

Rough weekly plan for when the Cedar Building opens:

Mon - DBT mindfulness + check-in, CBT for anxiety, school liaison hour
Tue - DBT distress tolerance, expressive arts, meds education (RN)
Wed - DBT emotion regulation, family systems, recreation
Thu - DBT interpersonal effectiveness, relapse prevention/safety planning
Fri - skills review, weekend safety planning, community meeting

Max 10 per group. School tutoring 1 hr/day with a Millbrook USD teacher (Greg Halloran is working out the MOU).

Thoughts?
Bridget""",
   D(2024, 4, 4, 8, 51))

# =====================================================================================
#                                    CLEAN  -  training
# =====================================================================================

mk('clean', 'training',
   'Clinical Informatics Training <ehr.training@larkspurridge.org>',
   'New Hire Cohort April <newhires-apr@larkspurridge.org>',
   'EHR training day 2 - practice patients (TRAIN environment only)',
   """Welcome to day 2! Log in to the TRAIN environment (the blue banner - NOT production, which is green).

Your practice patients today:

  ZZTEST, PHPONE      MRN TRN-000001   DOB 01/01/1950   -> practice a PHP admission + daily group note
  ZZTEST, ADOLESCENT  MRN TRN-000002   DOB 01/01/2009   -> practice 15-min checks flowsheet
  ZZTEST, CLOZAPINE   MRN TRN-000003   DOB 01/01/1970   -> enter an ANC result and see the BPA fire
  ZZTEST, RESTRAINT   MRN TRN-000004   DOB 01/01/1980   -> complete a restraint order + 1-hr face-to-face

These are fake records that get wiped every night at midnight. Do not look up real patients in TRAIN or PROD for practice - access is audited.

Lunch is in Conference B. Trainer: Priyanka Raman x4519""",
   D(2024, 4, 2, 7, 30))

mk('clean', 'training',
   'Jordan Ellis <jordan.ellis@catalystaba-demo.com>',
   'Deb Farrington <cdirector@brightstepsaba.com>',
   'Follow up from today\'s demo - sandbox login',
   """Hi Deb,

Great meeting you and the team today! As promised, here's the sandbox so your BCBAs can click around:

URL: sandbox.catalystaba-demo.com (not a real login link here - I'll send creds separately)
Demo organization: "Sunshine Sample Clinic"
Sample learners preloaded:
  - "Demo Learner A" (age 5, 12 programs, mand + tact + manding for breaks)
  - "Demo Learner B" (age 9, behavior reduction with ABC data, elopement)
  - "Jane Sample" (age 3, early intervention curriculum)
All data is synthetic and resets weekly.

Pricing we discussed: $42/active learner/month, annual contract, includes HIPAA BAA and the CentralReach import tool.

Jordan Ellis
Account Executive, Catalyst Data Systems
(617) 555-0131""",
   D(2024, 3, 22, 17, 40))

mk('clean', 'training',
   'Wes Kowalski <wkowalski@larkspurridge.org>',
   'Interface Team <interfaces@larkspurridge.org>',
   'TEST env ADT validation - sample msgs for the PHP location fix',
   """Loaded the PHPB location in TEST. Please run these two sample messages through the TEST engine (port 6661), NOT prod. Both are dummy patients from our test script library.

MSH|^~\\&|LRBHEDIS|LARKSPUR|PHPSCHED|LARKSPUR|20240312090000||ADT^A01|TEST0001|T|2.5.1
EVN|A01|20240312090000
PID|1||TEST000111^^^LRB^MR||DOE^JOHN^Q||19000101|M|||123 TEST ST^^ANYTOWN^MA^00000||^PRN^PH^^^555^5550000
PV1|1|O|PHPB^^^LARKSPUR||||9999^TEST^PROVIDER^^^^MD|||PSY||||7|||9999^TEST^PROVIDER^^^^MD|PHP|TESTV001

MSH|^~\\&|LRBHEDIS|LARKSPUR|PHPSCHED|LARKSPUR|20240312090500||ADT^A03|TEST0002|T|2.5.1
EVN|A03|20240312090500
PID|1||TEST000112^^^LRB^MR||ZZTEST^JANE^||19000101|F|||123 TEST ST^^ANYTOWN^MA^00000
PV1|1|O|PHPB^^^LARKSPUR||||9999^TEST^PROVIDER^^^^MD|||PSY||||7|||||PHP|TESTV002

Note MSH-11 = T (test). Expected: encounter created in PHP module, then discharged.

Wes""",
   D(2024, 3, 12, 9, 10))

mk('clean', 'training',
   'Jess Pruitt <jpruitt@larkspurridge.org>',
   'Crisis Line Trainees <crisis-trainees@larkspurridge.org>',
   'role-play scripts for Saturday (fictional callers)',
   """Trainees - scripts for Saturday's role plays. All callers are FICTIONAL composites written for training. Don't use real call details in role play, ever.

SCENARIO 1 - "Caller A" (adult, 40s)
Caller says her husband left, she hasn't slept in days and "doesn't see the point anymore." Practice: asking directly about suicide, assessing plan/means/timeline, collaborative safety planning.

SCENARIO 2 - "Sam" (teen, 15, fictional)
Texts at 1am after a breakup, says he "took some pills" but won't say what. Practice: active rescue decision, staying engaged while supervisor initiates emergency response.

SCENARIO 3 - "Mr. Test" (older adult, 70s)
Calls about his wife with dementia who is "not herself" and yelling. Third-party caller; practice: de-escalation, when to send mobile crisis vs. advise ED.

Bring your Applied Suicide Intervention Skills (ASIST) workbook. 9am, Conference A.

Jess""",
   D(2024, 4, 4, 15, 20))

mk('clean', 'training',
   'Privacy Office <privacy@larkspurridge.org>',
   'All Workforce <allstaff@larkspurridge.org>',
   'Annual HIPAA & 42 CFR Part 2 training - quiz preview',
   """Annual privacy training is due May 31. Here's a preview of the case-based questions so nobody is surprised:

Q1. A staff member sees "John Doe, DOB 01/01/1900" on the whiteboard in the PHP group room. Is a patient name on a public-facing whiteboard a privacy risk? (Yes - use initials or room numbers.)

Q2. A father calls the crisis line asking whether his adult daughter "Jane Doe" is admitted. What can you say without her authorization?

Q3. You receive an email meant for another hospital containing a list of patients. What do you do? (Don't forward it, notify the Privacy Office, delete after instruction.)

Q4. Substance use treatment records under 42 CFR Part 2: can they be redisclosed to a court without a court order meeting Part 2 requirements?

All names above are fictional placeholders. Module: HealthStream > "Privacy 2024".

Privacy Office | privacy@larkspurridge.org | x4090""",
   D(2024, 4, 15, 8, 0),
   html="""<html><body><p>Annual privacy training is due <b>May 31</b>. Preview of the case-based questions:</p>
<ol><li>A staff member sees "John Doe, DOB 01/01/1900" on the whiteboard in the PHP group room. Is that a privacy risk? <i>(Yes - use initials or room numbers.)</i></li>
<li>A father calls the crisis line asking whether his adult daughter "Jane Doe" is admitted. What can you say without her authorization?</li>
<li>You receive an email meant for another hospital containing a list of patients. What do you do?</li>
<li>42 CFR Part 2: can SUD records be redisclosed to a court without a qualifying court order?</li></ol>
<p>All names above are fictional placeholders.</p></body></html>""")

fhir_demo = {
    "resourceType": "Patient",
    "id": "example-test-001",
    "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST",
                      "display": "test health data"}]},
    "identifier": [{"system": "urn:example:sandbox", "value": "SANDBOX-0001"}],
    "name": [{"family": "Testpatient", "given": ["Sample"]}],
    "gender": "unknown",
    "birthDate": "1900-01-01",
    "address": [{"line": ["1 Example Way"], "city": "Nowhere", "state": "XX", "postalCode": "00000"}],
}
mk('clean', 'training',
   'CareBridge Developer Relations <devrel@carebridgehealth.io>',
   'Priyanka Raman <praman@larkspurridge.org>',
   'Webinar recording + sandbox sample: FHIR R4 discharge bundles',
   """Hi Priyanka,

Thanks for joining Tuesday's webinar on FHIR discharge bundles for behavioral health. The recording is on the developer portal.

Attached is the synthetic Patient resource we used in the demo (tagged HTEST, sandbox only). To test a full bundle, POST it to the sandbox endpoint along with a Condition that includes clinicalStatus - that's the field most customers miss and the HIE profile does require it.

Reminder: never send production patient data to the sandbox or to support. If you need us to look at a real failing bundle, use the secure upload in the support portal and we'll sign off under the BAA.

Happy building,
CareBridge DevRel""",
   D(2024, 3, 14, 12, 0),
   atts=[(json.dumps(fhir_demo, indent=2), 'application', 'json', 'sample_patient_HTEST.json')])

# =====================================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tot = {}
    for _, l, k, _p in ROWS:
        tot[(l, k)] = tot.get((l, k), 0) + 1
    for k in sorted(tot):
        print('%s-%s: %d' % (k[0], k[1], tot[k]))
    print('total', len(ROWS))
