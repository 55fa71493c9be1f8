#!/usr/bin/env python3
"""Hand-written blind evaluation set (prose12b). Standard library only, deterministic."""
import csv, io, os, zipfile
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as cs, message_from_string

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def M(kind, pat, frm, to, subj, body, date, html=None, atts=(), cte=None, chs="utf-8", cc=None, extra=None):
    MSGS.append(dict(kind=kind, pat=pat, frm=frm, to=to, subj=subj, body=body, date=date,
                     html=html, atts=atts, cte=cte, chs=chs, cc=cc, extra=extra or {}))

def textpart(body, chs, cte, sub="plain"):
    import base64, quopri
    from email.mime.nonmultipart import MIMENonMultipart
    raw = body.replace("\r\n", "\n").replace("\n", "\r\n").encode(chs)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "qp"
    p = MIMENonMultipart("text", sub, charset=chs)
    if cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        p.set_payload(raw.decode("ascii")); p["Content-Transfer-Encoding"] = "7bit"
    return p

def build(d, n):
    body_part = textpart(d["body"], d["chs"], d["cte"])
    if d["html"]:
        alt = MIMEMultipart("alternative")
        alt.attach(body_part)
        alt.attach(textpart(d["html"], d["chs"], d["cte"] or "qp", "html"))
        root = alt
    else:
        root = body_part
    if d["atts"]:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for a in d["atts"]:
            fname, content, ctype = a[0], a[1], a[2]
            if ctype == "rfc822":
                inner = message_from_string(content)
                part = MIMEMessage(inner)
                part.add_header("Content-Disposition", "attachment", filename=fname)
            elif ctype == "zip":
                buf = io.BytesIO()
                with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                    zi = zipfile.ZipInfo(a[3], date_time=(2026, 11, 30, 8, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, content.encode("utf-8"))
                part = MIMEBase("application", "zip")
                part.set_payload(buf.getvalue()); encoders.encode_base64(part)
                part.add_header("Content-Disposition", "attachment", filename=fname)
            else:
                maj, mi = ctype.split("/")
                if maj == "text":
                    part = textpart(content, a[3] if len(a) > 3 else "utf-8", "b64" if len(a) > 4 else None, mi)
                else:
                    part = MIMEBase(maj, mi)
                    part.set_payload(content.encode("utf-8")); encoders.encode_base64(part)
                part.add_header("Content-Disposition", "attachment", filename=fname)
            mixed.attach(part)
        root = mixed
    from email.utils import parseaddr, formataddr
    from email.header import Header
    def addr(v):
        if all(ord(c) < 128 for c in v): return v
        nm, ad = parseaddr(v); return formataddr((nm, ad), charset="utf-8")
    root["From"] = addr(d["frm"]); root["To"] = addr(d["to"])
    if d["cc"]: root["Cc"] = d["cc"]
    root["Subject"] = d["subj"] if all(ord(c) < 128 for c in d["subj"]) else Header(d["subj"], "utf-8")
    root["Date"] = d["date"]
    dom = d["frm"].split("@")[-1].strip(">").strip()
    root["Message-ID"] = "<%s.%04d.p12b@%s>" % (d["kind"], n * 7919 % 10000, dom)
    if "MIME-Version" not in root: root["MIME-Version"] = "1.0"
    k = 0
    for part in root.walk():
        if part is not root and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            k += 1; part.set_boundary("----=_Part_%d_%d.p12b" % (n, k))
    for k, v in d["extra"].items(): root[k] = v
    return root

def main():
    from email import policy
    from email.parser import BytesParser
    counts = {}; rows = []
    for i, d in enumerate(MSGS):
        counts[d["kind"]] = counts.get(d["kind"], 0) + 1
        label = d["kind"].split("-")[0]
        fn = "%s-%03d.eml" % (d["kind"], counts[d["kind"]])
        data = build(d, i + 1).as_bytes()
        with open(os.path.join(OUT, fn), "wb") as f: f.write(data)
        BytesParser(policy=policy.default).parsebytes(data)
        rows.append((fn, label, d["kind"], d["pat"] if label == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(["file", "label", "kind", "patient_name"]); w.writerows(rows)
    for k in sorted(counts): print(k, counts[k])
    print("total", len(MSGS))

# ---------------------------------------------------------------- messages
# ===== phi-care
M("phi-care", "Okonkwo", '"Renee Halvorsen, RN" <rhalvorsen@brightleafpeds.com>', "frontdesk@brightleafpeds.com",
  "callback - Okonkwo baby weight check",
  """Can someone call mom back today? Chidi Okonkwo (the 6 wk old, Dr. Patel's) was 4.1 kg at the weight check this morning, up from 3.8 two weeks ago. Dr P wants him back in 2 weeks for another weight and she'd like the 2 month shots moved to that same visit.

Mom's cell is 614-829-3307. She works nights so after 1pm is better.

Thanks
Renee""", "Mon, 30 Nov 2026 09:14:02 -0500")

M("phi-care", "Brandt", "Tomasz Wilk <twilk@rivervalleydialysis.com>", "Charge Nurses <charge-east@rivervalleydialysis.com>",
  "chair change for Mr Brandt starting Thursday",
  """Team,

Gerald Brandt is moving from the Tue/Thu/Sat 2nd shift to MWF 1st shift starting this Thursday (yes I know Thursday isn't MWF - he's doing one make-up treatment Thurs and then starts Monday). His ride with MedRoute is already rebooked for 5:45 pickup.

Last three runs he came off 0.6-0.9 kg above EDW, Dr. Amari wants a fluid review at his monthly and a repeat Kt/V with next draw. Access looked good at last cannulation per Jess.

Please make sure his chair (14) has the extended lines, he's tall.

Tomasz Wilk, RN
Clinical Manager, River Valley Dialysis - Eastgate
""", "Tue, 01 Dec 2026 16:40:11 -0600")

M("phi-care", "Duarte", '"Kayla Brooks" <kbrooks@summitspecialtyrx.com>', '"Intake" <intake@summitspecialtyrx.com>',
  "RE: Duarte shipment",
  """Shipment confirmed for Friday 12/4 via FedEx Priority Overnight, signature required, cold pack. Patient confirmed she'll be home.

Kayla

-----Original Message-----
From: Marco Ruiz <mruiz@summitspecialtyrx.com>
Sent: Wednesday, December 2, 2026 10:02 AM
To: Kayla Brooks <kbrooks@summitspecialtyrx.com>
Subject: Duarte shipment

Kayla - prior auth came back approved for Lucia Duarte's Humira refill (2 pens, 28 day). Copay card applied, she owes $5. Please schedule delivery to the address on file (1120 Ortega Ln, Apt 3B) and do the counselling call before it goes out, she asked about travelling with the pens.

Marco
""", "Wed, 02 Dec 2026 11:30:45 -0700")

M("phi-care", "Pruitt", "Dana Ocampo <dana.ocampo@lakeshoresurgerycenter.com>", "Dr. Elliot Marsh <emarsh@lakeshoreortho.com>",
  "tomorrow's first case",
  """Dr Marsh,

Heads up that Harold Pruitt (7:30, right knee scope) called at 6 tonight and said he had coffee with cream around 4 this afternoon and wasn't sure if that mattered. I told him nothing else by mouth after midnight. Anesthesia (Dr. Yoon) is fine to proceed since it's well outside the window, just wanted you to know in case he mentions it.

His driver is his daughter, she'll be in the waiting room.

Dana Ocampo, RN
Pre-Admission Testing
Lakeshore Surgery Center
""", "Wed, 02 Dec 2026 19:12:30 -0500",
  html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p>Dr Marsh,</p>
<p>Heads up that Harold Pruitt (7:30, right knee scope) called at 6 tonight and said he had coffee with cream around 4 this afternoon and wasn't sure if that mattered. I told him nothing else by mouth after midnight. Anesthesia (Dr. Yoon) is fine to proceed since it's well outside the window, just wanted you to know in case he mentions it.</p>
<p>His driver is his daughter, she'll be in the waiting room.</p>
<p style="color:#1f4e79"><b>Dana Ocampo, RN</b><br>Pre-Admission Testing<br>Lakeshore Surgery Center</p>
<p style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee.</p>
</body></html>""")

M("phi-care", "Whitaker", "Ashley Greer <agreer@northpointbh.org>", "Sam Idowu <sidowu@northpointbh.org>",
  "Whitaker - session tomorrow",
  """Sam - I'm out tomorrow, could you cover Jonah Whitaker at 3:00? He's been doing the weekly sessions since September, we're mid-way through the exposure work. My note from last week is signed in the chart. He does better if you start with the check-in scale before anything else. His mom drops him off and waits in the car, she may want a word at the end.

If you can't, just let the front desk know so they can call the family to reschedule.

Ash""", "Thu, 03 Dec 2026 17:55:00 -0500")

M("phi-care", "Ferreira", '"MedRoute Dispatch" <dispatch@medroutebrokerage.com>', '"Trips" <trips@sunrisewheelchairvan.com>',
  "Trip 2611-48832 standing order - wheelchair",
  """Standing order added:

Member: ANTONIO FERREIRA
Pickup: 44 Hollis St, Fall River - curb, needs 2nd person assist on the stairs
Dropoff: River Valley Dialysis - Somerset
Days: M/W/F, appt 6:00 AM, will-call return approx 10:15 AM
Mobility: manual wheelchair, bariatric (seat 24")
Effective 12/07/2026 through 02/28/2027

Please confirm acceptance in the portal within 24 hrs.

MedRoute Brokerage Dispatch
""", "Fri, 04 Dec 2026 08:02:19 -0500")

M("phi-care", "Lindqvist", "Pam Rourke <prourke@keystonehme.com>", "Ortho Intake <intake@keystonehme.com>",
  "cpap pickup/swap - Lindqvist",
  """hi, Erik Lindqvist came in and says his mask is leaking and the machine shows 28 events last night, he's been on it 3 months. RT looked at the download - compliance 91%, leak high. We swapped him to a medium nasal pillow and he'll come back in 2 weeks for another download. Insurance needs the 90 day compliance report sent to Dr Haddad's office by the 15th, can you make sure that goes?

Pam""", "Fri, 04 Dec 2026 14:21:08 -0600")

M("phi-care", "Castellano", '"Brightleaf Pediatrics" <noreply@brightleafpeds.com>', "marisol.castellano77@gmail.com",
  "Your child's lab results are ready",
  """Hello Marisol,

The results for Sofia Castellano from her visit on 11/24/2026 have been reviewed by Dr. Anita Patel:

  Lead level, capillary: 2 mcg/dL (reference < 3.5)
  Hemoglobin: 11.9 g/dL

Dr. Patel's note: "Both look good. No need to repeat. See you at the 3 year check-up."

To view the full report, sign in to the Brightleaf patient portal.

Brightleaf Pediatrics | 2300 Cardinal Way, Suite 110 | 614-555-0190
""", "Sat, 28 Nov 2026 07:00:00 -0500", cte="qp")

M("phi-care", "Nakamura", "Dr. Priya Venkat <pvenkat@lakeshoregi.com>", "Lakeshore Surgery Center Scheduling <schedule@lakeshoresurgerycenter.com>",
  "add-on Tues please",
  """Can you squeeze an add-on colonoscopy for Tuesday afternoon? Kenji Nakamura, 58, positive FIT last week. Prep instructions already given in clinic (split dose). He has a pacer, device card is on file with us, we'll fax it over with the H&P.

thx
PV

Sent from my iPhone""", "Sat, 05 Dec 2026 06:48:00 -0500")
# ===== phi-names
M("phi-names", "Albright", "Jen Kowalczyk <jkowalczyk@brightleafpeds.com>", "Dr. Anita Patel <apatel@brightleafpeds.com>",
  "Albright twins",
  """Anita, the grandmother called again about the Albright twins. Maddie's ear drops ran out and she wants to know if Tess should start them too since they share a room. I said you'd decide. Grandma's name is Loretta, she has custody now, so she's fine to talk to (form is scanned).

Also Dr. Cho asked if you can swap Tuesday call with her.

Jen""", "Mon, 30 Nov 2026 11:05:44 -0500")

M("phi-names", "Haskins", "Brian Tully <btully@tullylawgroup.com>", "Records <records@rivervalleydialysis.com>",
  "Haskins, Raymond - records request (our client)",
  """To whom it may concern,

This office represents Mr. Raymond Haskins in connection with a motor vehicle collision on August 14, 2026. Enclosed is a HIPAA-compliant authorization signed by Mr. Haskins. Please provide copies of all treatment records, run sheets and billing for dialysis services at your Northfield facility from January 1, 2026 to present.

Kindly direct questions to my paralegal, Andrea Voss, at 312-406-7781.

Very truly yours,

Brian P. Tully
Tully Law Group, LLC
200 W. Adams St., Suite 1400, Chicago, IL 60606
""", "Mon, 30 Nov 2026 15:32:10 -0600")

M("phi-names", "Mbeki", "Coach Darnell Fry <dfry@westbrookhs.org>", "Nurse Office <nurse@westbrookhs.org>",
  "Thandi back to practice?",
  """Hi Mrs. Gable,

Thandi Mbeki brought me a note today that says she can return to full practice but it's from the urgent care, not her regular doctor, and it doesn't say anything about the concussion protocol steps. Is that enough or do I need to hold her out until you clear her? Her mom is pretty frustrated with me already lol.

Thanks,
Coach Fry
Girls Varsity Soccer""", "Tue, 01 Dec 2026 15:47:29 -0500")

M("phi-names", "Salcedo", "Marta Lindgren <mlindgren@northpointbh.org>", "Intake Team <intake@northpointbh.org>",
  "Re: waitlist movement",
  """Quick update - I called down the waitlist this morning:

Nelly Salcedo's mom accepted the Thursday 4pm slot with Gabe, first appt 12/10. Intake packet emailed.
The Prentiss boy's family didn't pick up, left VM.
Renata (the one with the court letter) is still waiting on the county funding approval so I skipped her.

I'll try the Prentiss family again after lunch.

Marta

> On Dec 1, 2026, at 8:20 AM, Gabe Ortiz <gortiz@northpointbh.org> wrote:
> I have two openings now that the Monday group ended. Can we fill from the waitlist?
""", "Tue, 01 Dec 2026 10:12:00 -0500")

M("phi-names", "Whitfield", "Denise Albers <dalbers@summitspecialtyrx.com>", "Pharmacy Ops <rxops@summitspecialtyrx.com>",
  "Mrs. Whitfield's husband called (again)",
  """Her husband Carl called again this morning, very upset - Mrs. Whitfield's Enbrel didn't arrive and the cooler was left on the porch yesterday instead. He said the ice packs were melted. I told him not to use it and we'd send replacement. Can someone authorize a reship today? I already opened a ticket with UPS.

He also asked that nobody call her directly anymore, he handles her meds. I noted it in the profile.

Denise""", "Tue, 01 Dec 2026 09:03:51 -0700")

M("phi-names", "Oyelaran", "Kim Bostwick <kbostwick@hartwellmfg.com>", "Leave Admin <leaves@claimsteadtpa.com>",
  "FW: return date",
  """Hi,

Forwarding the attached from our employee. Can you update his leave? Do you need anything else from us?

Kim Bostwick | HR Generalist | Hartwell Manufacturing""", "Tue, 01 Dec 2026 08:15:00 -0500",
  atts=[("return date.eml", """From: Femi Oyelaran <femi.oyelaran@gmail.com>
To: Kim Bostwick <kbostwick@hartwellmfg.com>
Subject: return date
Date: Mon, 30 Nov 2026 19:44:10 -0500
Message-ID: <CAF8x2Lq0w9@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi Kim, surgeon pushed my return to Jan 4 not Dec 14. The shoulder repair went fine but PT wants 4 more weeks before I lift anything. New note from Lakeshore is in the portal, I can print it if you need. Sorry for the hassle.
Femi
""", "rfc822")])

M("phi-names", "Greenberg", "Ruthie Greenberg <ruthieg@comcast.net>", "Dr. Sam Idowu <sidowu@northpointbh.org>",
  "about Dad",
  """Dr. Idowu,

I'm Saul's daughter. I know you can't tell me anything about his appointments but I wanted you to know some things before Thursday. Since Mom passed in August he's stopped going to shul and he's not eating much. He gave away his good watch to my son last week which scared me. He doesn't know I'm writing.

I'm not asking you to do anything except please ask him about it.

Ruth Greenberg
847-212-0935""", "Tue, 01 Dec 2026 22:41:12 -0600")

M("phi-names", "Vo", "Trish Manley <tmanley@keystonehme.com>", "Billing <billing@keystonehme.com>",
  "RE: RE: hosp bed rental - Vo",
  """Got it, thank you. I'll hold the pickup until the family tells us.

From: Linh Tran <ltran@keystonehme.com>
Sent: Thursday, December 3, 2026 2:14 PM
To: Trish Manley <tmanley@keystonehme.com>
Subject: RE: hosp bed rental - Vo

Trish, son called - his dad passed Tuesday at home, hospice was with them. They want to keep the bed and the oxygen concentrator through the weekend for the family visitation, then we can pick up Monday. Stop the rental billing as of 12/1 please.

From: Trish Manley
Sent: Wednesday, December 2, 2026 9:30 AM
Subject: hosp bed rental - Vo

Did anyone hear from the Vo family? Thanh Vo's semi-electric bed rental auto-renews on the 5th.
""", "Thu, 03 Dec 2026 14:40:00 -0500")

M("phi-names", "Kaminski", "Alex Romero <aromero@rivervalleydialysis.com>", "Social Work <sw-north@rivervalleydialysis.com>",
  "Kaminski, Dorothy / transport + Medicaid redetermination",
  """Kaminski, Dorothy missed Sat because the broker never showed. Second time this month. Can social work help her file a complaint with MedRoute and also she got a letter saying her Medicaid renewal is due 12/31 and she can't read the small print. Daughter lives in Ohio.

- Alex (PCT)""", "Sat, 05 Dec 2026 11:02:00 -0600")
# ===== phi-self
M("phi-self", "Delacroix", "Yvonne Delacroix <ydelacroix@yahoo.com>", "Patient Billing <billing@lakeshoresurgerycenter.com>",
  "Bill I got for Oct 22 - why am I being charged twice???",
  """I had my cataract surgery at your center on October 22 and I just got a bill for $1,842.00 AND a separate one from an anesthesia group for $610. My insurance (Humana Gold Plus, ID H48213390) said everything was covered except my copay which I ALREADY PAID at check in ($250, I have the receipt).

My account number on the bill is LSC-0088213. I am 79 years old and on a fixed income and I do not appreciate getting a bill that says FINAL NOTICE when this is the first one I have ever seen.

Please call me at 419-553-2864. Not my son, me.

Yvonne Delacroix""", "Mon, 30 Nov 2026 13:22:00 -0500")

M("phi-self", "Petrakis", "Nick Petrakis <npetrakis@outlook.com>", "Member Services <members@clearpathrxbenefits.com>",
  "rejected at pharmacy - ozempic",
  """Went to pick up my refill at Walgreens today and they said it was rejected, "prior auth required". I've been on it since March and it was fine until now. My doctor's office says they never got anything from you. Member ID CPX-7720-4419-01. What do I need to do, I have 2 doses left.

Nick Petrakis
Sent from Outlook for Android""", "Tue, 01 Dec 2026 18:05:33 -0500")

M("phi-self", "Honeycutt", "Beth Honeycutt <bethhoneycutt@att.net>", "Brightleaf Front Desk <frontdesk@brightleafpeds.com>",
  "Re: school form for Caleb",
  """Thank you! The form came through. One more thing - the school nurse wants the inhaler order to say he can carry it himself on the bus. Could Dr. Cho add that line and resend? He goes on the field trip next Wed.

Beth (Caleb Honeycutt's mom, DOB 4/9/2016)

On Tue, Dec 1, 2026 at 2:30 PM Brightleaf Front Desk <frontdesk@brightleafpeds.com> wrote:
> Hi Beth, attached is Caleb's completed medication authorization form for Lincoln Elementary. Please let us know if you need anything else.
> Brightleaf Pediatrics""", "Wed, 02 Dec 2026 07:12:09 -0500")

M("phi-self", "Gallagher", "Sean Gallagher <seangallagher.design@gmail.com>", "care@northpointbh.org",
  "cancelling + question",
  """hey, I need to cancel my thursday appt with Marta, work thing. also is there any way to do the sessions over video going forward? the drive is 40 min each way and honestly that's part of why I've been missing them. I don't want to lose my spot.

- Sean G""", "Wed, 02 Dec 2026 23:50:00 -0500")

M("phi-self", "Osei", "Kwame Osei <kwame.osei@protonmail.com>", "Customer Care <support@keystonehme.com>",
  "Wheelchair repair still not done 6 weeks",
  """Dear Keystone,

My power wheelchair (Permobil M3, serial PM3-119284) has had a broken joystick since October 20. Your technician came on October 28 and said the part was ordered. Nobody has called me since. I’m stuck using a manual chair I can’t push myself because of my arms, so I have not been able to leave my apartment except for dialysis, where the van driver pushes me.

Medicare has paid for this chair and I want it fixed. Please tell me the date.

Kwame Osei
1800 Grand Ave #512
Phone 651-330-8846""", "Thu, 03 Dec 2026 10:44:00 -0600", chs="windows-1252")

M("phi-self", "Ruiz-Tanaka", "Emi Ruiz-Tanaka <emi.rt@icloud.com>", "Summit Specialty Pharmacy <care@summitspecialtyrx.com>",
  "Re: Your refill is due",
  """Yes please ship but to my work address this time, nobody is home during the day: Ruiz-Tanaka, c/o Front Desk, Parkline Architects, 900 Market St, 4th floor. Also I've had some nausea the 2 days after each injection - is that normal or should I call my doctor?

Emi

> Hi Emi, our records show your next fill of Kesimpta is due 12/08. Reply YES to schedule or call 800-555-0144.
> Summit Specialty Pharmacy""", "Fri, 04 Dec 2026 12:31:00 -0800")
# ===== phi-lists
M("phi-lists", "Brandt", "Tomasz Wilk <twilk@rivervalleydialysis.com>", "Dr. Leila Amari <lamari@renalassociatesmw.com>",
  "monthly labs - flagged for rounds",
  """Dr. Amari, flagged ones from the Nov draw for Tuesday rounds:

Patient               Shift   K     Phos   Alb   Hgb    spKt/V
--------------------  ------  ----  -----  ----  -----  ------
Brandt, Gerald        TTS-2   5.9   6.8    3.6   10.4   1.31
Ocasio, Milagros      MWF-1   4.1   7.9    3.2    9.1   1.44
Yazzie, Lorraine      MWF-3   6.3   5.2    3.9   11.0   1.18
Pham, Duc             TTS-1   3.4   4.4    2.9    8.7   1.52
Rittenhouse, Al       MWF-2   4.8   8.3    3.5   10.9   1.25

Pham's Hgb - ESA dose was held in Oct for BP, may need to restart. Yazzie Kt/V low again, access flow study ordered.

Tomasz""", "Mon, 30 Nov 2026 17:10:00 -0600")

M("phi-lists", "Ibarra", "Front Desk <frontdesk@brightleafpeds.com>", "Clinical Staff <clinical@brightleafpeds.com>",
  "Tomorrow AM - who still needs flu shot",
  """These kids are on the 12/2 morning schedule and haven't had their flu shot yet this season. Please offer!

8:00  Ibarra, Mateo (4y) - Dr Cho - well check
8:20  Ibarra, Lucia (2y) - Dr Cho - well check (sibling)
8:40  Fontaine, Jude (11y) - Dr Patel - sports physical
9:00  Hollis, Grace (7mo) - Dr Patel - 6mo WCC (late) - needs dose 2 also in 4 wks
9:40  Ahmadi, Sara (15y) - NP Greer - f/u
10:20 Kowalski, Ben (9y) - Dr Cho - sick visit, ear  (defer if febrile)

Vaccine fridge log was checked this afternoon, we have 40 peds doses.
- Jen""", "Tue, 01 Dec 2026 16:30:00 -0500")

M("phi-lists", "Estrada", "MedRoute Quality <quality@medroutebrokerage.com>", "Sunrise Wheelchair Van <ops@sunrisewheelchairvan.com>",
  "Missed / late trips - week of 11/23 - response required",
  """Sunrise Ops,

The following trips were reported late (>30 min) or missed by facility/member. Please respond with driver logs and GPS by 12/4 COB.

Trip#        Date    Member              Pickup        Destination                      Issue
2611-40012   11/23   Estrada, Juana      05:15         River Valley Dialysis Somerset   no-show by driver
2611-40388   11/24   Lopes, Manuel       09:40         Lakeshore Surgery Ctr            45 min late, missed case time
2611-41107   11/25   Kaminski, Dorothy   10:30         River Valley Dialysis Northfield no-show by driver
2611-41502   11/27   Chung, Albert       13:00         Northpoint BH - Fairview         member states driver refused wheelchair
2611-41990   11/28   Estrada, Juana      05:15         River Valley Dialysis Somerset   50 min late

Two missed dialysis trips for the same member in one week is a level 2 event under the contract.

Renée Coutu
Quality & Compliance, MedRoute Brokerage""", "Mon, 30 Nov 2026 09:45:00 -0500", chs="iso-8859-1")

M("phi-lists", "Hargrove", "Devon Price <dprice@lakeshoresurgerycenter.com>", "OR Team <or-team@lakeshoresurgerycenter.com>",
  "Thursday board (pasted from Scheduling)",
  """Pasted from the schedule screen since the TV in the lounge is down again:

 RM | TIME  | PATIENT              | AGE | SURGEON  | PROCEDURE                        | ANES  | NOTES
----+-------+----------------------+-----+----------+----------------------------------+-------+----------------------
 1  | 07:30 | HARGROVE, PAULA      | 61  | MARSH    | R TKA                            | GA+AB | latex allergy
 1  | 10:15 | BEAUCHAMP, LEON      | 47  | MARSH    | L knee arthroscopy, menisectomy  | MAC   |
 2  | 07:30 | ADEBAYO, GRACE       | 34  | VENKAT   | EGD w/ bx                        | MAC   | interpreter Yoruba
 2  | 08:15 | NAKAMURA, KENJI      | 58  | VENKAT   | colonoscopy                      | MAC   | PACER - rep notified
 3  | 08:00 | TRUONG, VIVIAN       | 72  | HALE     | L phaco + IOL                    | topic |
 3  | 08:40 | FINNEGAN, ROSE       | 80  | HALE     | R phaco + IOL                    | topic | daughter = driver

Devon""", "Wed, 02 Dec 2026 15:02:00 -0500",
  html="""<html><body><p>Pasted from the schedule screen since the TV in the lounge is down again:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Consolas;font-size:9pt">
<tr><th>RM</th><th>TIME</th><th>PATIENT</th><th>AGE</th><th>SURGEON</th><th>PROCEDURE</th><th>ANES</th><th>NOTES</th></tr>
<tr><td>1</td><td>07:30</td><td>HARGROVE, PAULA</td><td>61</td><td>MARSH</td><td>R TKA</td><td>GA+AB</td><td>latex allergy</td></tr>
<tr><td>1</td><td>10:15</td><td>BEAUCHAMP, LEON</td><td>47</td><td>MARSH</td><td>L knee arthroscopy, menisectomy</td><td>MAC</td><td></td></tr>
<tr><td>2</td><td>07:30</td><td>ADEBAYO, GRACE</td><td>34</td><td>VENKAT</td><td>EGD w/ bx</td><td>MAC</td><td>interpreter Yoruba</td></tr>
<tr><td>2</td><td>08:15</td><td>NAKAMURA, KENJI</td><td>58</td><td>VENKAT</td><td>colonoscopy</td><td>MAC</td><td>PACER - rep notified</td></tr>
<tr><td>3</td><td>08:00</td><td>TRUONG, VIVIAN</td><td>72</td><td>HALE</td><td>L phaco + IOL</td><td>topic</td><td></td></tr>
<tr><td>3</td><td>08:40</td><td>FINNEGAN, ROSE</td><td>80</td><td>HALE</td><td>R phaco + IOL</td><td>topic</td><td>daughter = driver</td></tr>
</table><p>Devon</p></body></html>""")

M("phi-lists", "Moreau", "Sam Idowu <sidowu@northpointbh.org>", "Clinical Supervision <supervision@northpointbh.org>",
  "caseload notes for Friday supervision",
  """My list for Friday, roughly in order of how worried I am:

- Saul Greenberg - daughter emailed me (forwarded separately). Will do full risk screen Thursday.
- Kiara Moreau - missed 2 of last 3, phone disconnected. Mailed a letter. Should we do a welfare check?
- Devontae Hill - doing well, talking about stepping down to every other week.
- "Bobby" (Roberto) Sandoval - court-ordered, attends but says nothing. Probation officer wants monthly updates, ROI is signed.
- Priya M. - new intake, just 1 session so far.

Sam""", "Wed, 02 Dec 2026 20:14:00 -0500")

M("phi-lists", "Farouk", "Renee Halvorsen <rhalvorsen@brightleafpeds.com>", "Dr. Mei Cho <mcho@brightleafpeds.com>",
  "RE: nurse line callbacks from the weekend",
  """Here's what came in on the answering service Sat/Sun - I already called the ones marked done.

Sat 11/28
* Amira Farouk (3y) - fever 102.8 x 2 days, drinking ok. Advised motrin, seen Mon AM. done
* Leo Brandt-Whitman (8mo) - rash after first eggs. Advised benadryl dose per weight, photo sent via portal. done
* "Twins - Albright" - grandma asking about ear drops again. needs MD

Sun 11/29
* Noah Pierce (16y) - mom says he took 2 of his brother's Adderall before a test. Poison control called by mom, no sx. needs MD f/u
* Esme Calloway (5w) - spit up, weight check already scheduled Tue. done

Renee""", "Mon, 30 Nov 2026 08:22:00 -0500")

M("phi-lists", "Underwood", "Carla Nguyen <cnguyen@clearpathrxbenefits.com>", "Clinical Review Team <clinreview@clearpathrxbenefits.com>",
  "PA queue over 72h - please grab one",
  """Morning all, these are sitting past turnaround. Please reply-all with the one you're taking.

Member                   Member ID          Drug                       Prescriber        Rec'd
Underwood, Felicia       CPX-1193-0087-01   Dupixent 300mg/2mL         Dr. R. Sethi      11/27
Petrakis, Nicholas       CPX-7720-4419-01   Ozempic 1mg                Dr. A. Karim      11/28
Lam, Jonathan (dep)      CPX-6634-2210-03   Vyvanse 30mg               Dr. M. Cho        11/28
Oduya, Florence          CPX-2847-5561-01   Entresto 49/51             Dr. T. Abbas      11/29
Kessler, Marvin          CPX-9021-3378-02   Xtandi 40mg                Dr. L. Fontaine   11/30

Urgent: Kessler is oncology - needs done today.

Carla Nguyen, PharmD
Clinical Review Supervisor | ClearPath Rx Benefits""", "Tue, 01 Dec 2026 07:58:00 -0600")

M("phi-lists", "Pacheco", "Keystone HME Reports <reports@keystonehme.com>", "Branch Managers <branchmgrs@keystonehme.com>",
  "Oxygen recerts due in December - Branch 04",
  """Attached is the recert list for December. Summary pasted below for those reading on phone.

Branch 04 - O2 CMN recert due
Pacheco, Ramon        DOB 03/14/1947   conc + portable   due 12/08   Dr. Haddad     ABG/SpO2 on file? N
Winslow, Edith        DOB 11/02/1938   conc              due 12/11   Dr. Ferris     Y
Oyelowo, Tunde        DOB 07/22/1955   liquid            due 12/15   Dr. Haddad     N
Brennan, Patrick      DOB 01/30/1944   conc + portable   due 12/19   Dr. Lim        Y
Szabo, Ilona          DOB 09/09/1950   conc              due 12/29   Dr. Ferris     N

Please get qualifying tests scheduled for the N's this week.""", "Tue, 01 Dec 2026 05:00:00 -0600",
  atts=[("O2_recert_Dec_B04.csv", """branch,last_name,first_name,dob,equipment,recert_due,physician,qual_test_on_file
04,Pacheco,Ramon,1947-03-14,conc+portable,2026-12-08,Haddad,N
04,Winslow,Edith,1938-11-02,conc,2026-12-11,Ferris,Y
04,Oyelowo,Tunde,1955-07-22,liquid,2026-12-15,Haddad,N
04,Brennan,Patrick,1944-01-30,conc+portable,2026-12-19,Lim,Y
04,Szabo,Ilona,1950-09-09,conc,2026-12-29,Ferris,N
""", "text/csv")])

M("phi-lists", "Reyes", "Principal Anne Dwyer <adwyer@maplegroveschools.org>", "Brightleaf Pediatrics <frontdesk@brightleafpeds.com>",
  "Students missing immunization records - can your office help?",
  """Good afternoon,

The state deadline for kindergarten immunization compliance is December 15. Our nurse shows these students list Brightleaf Pediatrics as their doctor and we still don't have a complete record for them:

  Reyes, Antonio        K-Room 4     missing MMR #2, varicella #2
  Chao, Lily            K-Room 4     missing DTaP #5
  Obi, Chinedu          K-Room 6     no record on file at all
  Svensson, Freya       K-Room 6     missing IPV #4

We have signed release forms for all four (attached earlier by the nurse). Would it be possible to fax the records to 614-338-2270?

Thank you,
Anne Dwyer, Principal
Maple Grove Elementary""", "Thu, 03 Dec 2026 13:20:00 -0500")
# ===== phi-struct
M("phi-struct", "Yazzie", "Interface Monitor <hl7-alerts@rivervalleydialysis.com>", "IS Support <is-support@rivervalleydialysis.com>",
  "[ALERT] ORU inbound rejected - 3 msgs - LabCorp feed",
  """Inbound ORU^R01 rejected by engine (reason: PID-3 no match in patient master). Raw message 1 of 3 below; others in queue ERR-20261201-0412.

MSH|^~\\&|LCA|LABCORP|RVD_EMR|RVD|202612010412||ORU^R01|LC8830021|P|2.3
PID|1||RV00418827^^^RVD^MR||YAZZIE^LORRAINE^T||19620518|F|||3310 MESA VERDE RD^^GALLUP^NM^87301||(505)863-2219
PV1|1|O|NORTHFIELD^CH07||||1447780221^AMARI^LEILA
ORC|RE|RVD991820|LC2290017
OBR|1|RVD991820|LC2290017|80069^RENAL FUNCTION PANEL|||202611300615|||||||||1447780221^AMARI^LEILA
OBX|1|NM|2823-3^POTASSIUM^LN||6.3|mmol/L|3.5-5.1|H|||F
OBX|2|NM|2777-1^PHOSPHORUS^LN||5.2|mg/dL|2.5-4.5|H|||F
OBX|3|NM|1751-7^ALBUMIN^LN||3.9|g/dL|3.5-5.0|N|||F

Engine: Mirth-PRD-02  Channel: LabCorp_ORU_In""", "Tue, 01 Dec 2026 04:12:33 -0600")

M("phi-struct", "Marchetti", "Ravi Bhatt <rbhatt@lakeshoresurgerycenter.com>", "Vendor Support <support@surgisoftehr.com>",
  "ADT feed dropping PV1-7 - sample attached",
  """Hi SurgiSoft team,

Since the upgrade last Thursday, A04 messages from our registration system are arriving in your module without attending physician (PV1-7), so cases show "unassigned" on the board. Sample from this morning attached (.hl7). Ticket #SS-44190.

Thanks,
Ravi Bhatt
IT Systems Analyst, Lakeshore Surgery Center""", "Wed, 02 Dec 2026 10:20:00 -0500",
  atts=[("A04_sample_20261202.hl7",
"MSH|^~\\&|REGSYS|LSC|SURGISOFT|LSC|20261202071502||ADT^A04|REG0048812|P|2.5.1\r"
"EVN|A04|20261202071502\r"
"PID|1||LSC00291144^^^LSC^MR~442-71-9083^^^SSA^SS||MARCHETTI^ANTHONY^J||19580211|M|||87 LINDEN CT^^SANDUSKY^OH^44870||(419)625-3318|||M||LSC-0091772\r"
"PV1|1|O|PREOP^02^A|||||||ORTH||||||||AMB|LSC-0091772|||||||||||||||||||||||||20261202073000\r"
"IN1|1|MCR|MEDICARE|MEDICARE PART B||||||||||||MARCHETTI^ANTHONY^J|01|19580211|||||||||||||||||||1EG4TE5MK73\r"
"DG1|1|I10|M17.11^Unilateral primary osteoarthritis, right knee^I10\r",
   "application/octet-stream")])

M("phi-struct", "Oduya", "EDI Operations <edi-ops@clearpathrxbenefits.com>", "Provider EDI Desk <edi@heartlandcardiology.com>",
  "271 response you asked for (trace 99182730)",
  """Per your call, here is the raw 271 we returned for the eligibility inquiry on 11/30. The member is active; the AAA you saw was on the second loop (dependent) which doesn't exist.

ISA*00*          *00*          *ZZ*CLEARPATHRX    *ZZ*HEARTLANDCARD  *261130*1422*^*00501*000004471*0*P*:~
GS*HB*CLEARPATHRX*HEARTLANDCARD*20261130*1422*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*99182730*20261130*1422~
HL*1**20*1~
NM1*PR*2*CLEARPATH RX BENEFITS*****PI*CPX01~
HL*2*1*21*1~
NM1*1P*1*ABBAS*TARIQ****XX*1689234410~
HL*3*2*22*0~
TRN*2*99182730*9HEARTLAND~
NM1*IL*1*ODUYA*FLORENCE*A***MI*CPX284755610~
DMG*D8*19510603*F~
DTP*291*D8*20261130~
EB*1**88~
EB*B**88*HM*SILVER PLUS*27*10~
SE*13*0001~
GE*1*4471~
IEA*1*000004471~

EDI Operations | ClearPath Rx Benefits""", "Mon, 30 Nov 2026 15:01:00 -0600")

M("phi-struct", "Quintero", "Claims Billing <billing@rivervalleydialysis.com>", "Clearinghouse Support <support@medclearnet.com>",
  "837I rejected 999 - file attached",
  """Batch 20261203-02 got a 999 reject on the segment below. Can you tell us what's wrong with loop 2300? Attaching the one claim we pulled out.

River Valley Dialysis Billing""", "Thu, 03 Dec 2026 11:11:00 -0600",
  atts=[("claim_RVD_Quintero_1203.x12",
"ISA*00*          *00*          *ZZ*RVDIALYSIS     *ZZ*MEDCLEARNET    *261203*1050*^*00501*000019022*0*P*:~\n"
"GS*HC*RVDIALYSIS*MEDCLEARNET*20261203*1050*19022*X*005010X223A2~\n"
"ST*837*0001*005010X223A2~\n"
"BHT*0019*00*RVD1203002*20261203*1050*CH~\n"
"NM1*41*2*RIVER VALLEY DIALYSIS*****46*RVD7781~\n"
"NM1*40*2*MEDICARE JH*****46*04412~\n"
"HL*1**20*1~\n"
"NM1*85*2*RIVER VALLEY DIALYSIS SOMERSET*****XX*1912004478~\n"
"N3*220 COUNTY ST~\nN4*SOMERSET*MA*02726~\nREF*EI*043318820~\n"
"HL*2*1*22*0~\nSBR*P*18*******MA~\n"
"NM1*IL*1*QUINTERO*ESPERANZA****MI*3TR8WQ1KM62~\n"
"N3*19 BAYVIEW AVE~\nN4*SWANSEA*MA*02777~\nDMG*D8*19490815*F~\n"
"CLM*RVD-Q-112026**721*13:A:7*Y*A*Y*Y~\n"
"DTP*434*RD8*20261101-20261130~\n"
"HI*ABK:N186~\n"
"LX*1~\nSV2*0821*HC:90999*4380*UN*13~\nDTP*472*RD8*20261101-20261130~\n"
"SE*22*0001~\nGE*1*19022~\nIEA*1*000019022~\n",
   "text/plain")])

M("phi-struct", "Lam", "Brightleaf IT <it@brightleafpeds.com>", "Patient Portal Vendor <integrations@carebridgeportal.com>",
  "FHIR Patient/Immunization payload failing validation",
  """Your sandbox rejects this with "Immunization.occurrence[x] required" but it's there. Payload below is from prod (sorry - only way to reproduce). Please delete after testing.

{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "bl-000773812",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "BL000773812"}],
        "name": [{"family": "Lam", "given": ["Jonathan", "Wei"]}],
        "birthDate": "2015-02-19",
        "gender": "male",
        "contact": [{"relationship": [{"text": "mother"}], "name": {"family": "Lam", "given": ["Helen"]}, "telecom": [{"system": "phone", "value": "614-902-1176"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "150", "display": "Influenza, injectable, quadrivalent, preservative free"}]},
        "patient": {"reference": "Patient/bl-000773812"},
        "occurenceDateTime": "2026-11-18T10:22:00-05:00",
        "lotNumber": "FL4471B"
      }
    }
  ]
}

Looks like our side spells it "occurence"... still, can you confirm?""", "Thu, 03 Dec 2026 09:40:00 -0500")

M("phi-struct", "Tremblay", "Fax Gateway <faxgw@keystonehme.com>", "Intake <intake@keystonehme.com>",
  "Inbound fax from 4195550183 (3 pages)",
  """Inbound fax received 12/04/2026 08:17 from 419-555-0183 (NORTHCOAST PULMONARY)
Pages: 3   OCR text of page 1 follows. Original TIFF retained on fax server.

========================================================
              NORTHCOAST PULMONARY ASSOCIATES
                  FAX COVER SHEET
To:   Keystone HME - Intake          Fax: 419-555-0140
From: Marisa, MA for Dr. Haddad      Phone: 419-555-0182
Date: 12/4/26                        Pages incl cover: 3
RE:   TREMBLAY, GILLES   DOB 06/27/1941

[X] New order   [ ] Recert   [ ] Urgent

Pt needs home O2 eval. Walk test attached - SpO2 86% RA
with ambulation, 92% on 2L. Order: O2 2L NC continuous
w/ exertion + nocturnal, conc + portable. Face to face
note 11/30 attached.

This facsimile contains privileged and confidential
information intended only for the recipient named above.
========================================================
""", "Fri, 04 Dec 2026 08:18:00 -0500")

M("phi-struct", "Sorensen", "Ops Analytics <analytics@medroutebrokerage.com>", "Medicaid Plan Liaison <liaison@buckeyecommunityplan.com>",
  "Nov utilization detail - members with 20+ trips",
  """Attached (zipped) is the November member-level detail for members with 20+ trips, as requested for your care management outreach. 14 members.

Ops Analytics, MedRoute""", "Tue, 01 Dec 2026 12:00:00 -0500",
  atts=[("nov_highutil_members.zip", """member_id\tlast\tfirst\tdob\ttrips\tprimary_dest\tlevel_of_service
BCP004418823\tSorensen\tAnders\t1952-10-04\t26\tRiver Valley Dialysis Somerset\twheelchair
BCP007720019\tEstrada\tJuana\t1961-05-29\t24\tRiver Valley Dialysis Somerset\tambulatory
BCP002291747\tKaminski\tDorothy\t1939-12-12\t24\tRiver Valley Dialysis Northfield\twheelchair
BCP009913302\tMcBride\tTerrence\t1978-03-03\t22\tNorthpoint BH - Methadone Clinic\tambulatory
BCP001184470\tFerreira\tAntonio\t1956-08-19\t21\tRiver Valley Dialysis Somerset\tbariatric wc
""", "zip", "nov_highutil_members.tsv")])

M("phi-struct", "Guidry", "Surescripts Error Digest <noreply-digest@summitspecialtyrx.com>", "Pharmacy IT <rxit@summitspecialtyrx.com>",
  "NCPDP SCRIPT errors - 12/02 (2)",
  """Daily digest - NewRx messages that failed to import.

--- 1 ---
MessageID: 8f2c41a0e9b74d7e
Error: 900 - Patient address missing PostalCode
<Patient><HumanPatient><Name><LastName>GUIDRY</LastName><FirstName>CELESTE</FirstName></Name><Gender>F</Gender><DateOfBirth><Date>1984-07-30</Date></DateOfBirth><Address><AddressLine1>402 BAYOU CT</AddressLine1><City>HOUMA</City><StateProvince>LA</StateProvince></Address></HumanPatient></Patient>
<MedicationPrescribed><DrugDescription>Stelara 90 mg/mL prefilled syringe</DrugDescription><Quantity><Value>1</Value></Quantity><Sig><SigText>Inject 90 mg subcutaneously every 8 weeks</SigText></Sig></MedicationPrescribed>

--- 2 ---
MessageID: 11ad09c3f4e24b88
Error: 602 - Prescriber NPI not found
<Patient><HumanPatient><Name><LastName>ABERNATHY</LastName><FirstName>COLE</FirstName></Name><DateOfBirth><Date>1990-01-11</Date></DateOfBirth></HumanPatient></Patient>
<MedicationPrescribed><DrugDescription>Taltz 80 mg/mL autoinjector</DrugDescription></MedicationPrescribed>
""", "Wed, 02 Dec 2026 23:59:00 -0700")

M("phi-struct", "Hollander", "Dr. Gabe Ortiz <gortiz@northpointbh.org>", "Referrals <referrals@ridgewoodpsych.com>",
  "FW: referral - CCD attached",
  """Forwarding the referral packet for the patient we discussed by phone. CCD export attached (the portal only lets me export XML, sorry).

Gabe Ortiz, LCSW
Northpoint Behavioral Health""", "Fri, 04 Dec 2026 15:25:00 -0500",
  atts=[("CCD_export.xml", """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261204151000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="NBH-220914" root="2.16.840.1.113883.3.7712"/>
      <addr><streetAddressLine>5 Crestview Dr</streetAddressLine><city>Fairview</city><state>OH</state><postalCode>44126</postalCode></addr>
      <telecom value="tel:+1-440-331-7720"/>
      <patient>
        <name><given>Margaret</given><family>Hollander</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19870322"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Medications</title>
      <text><list><item>sertraline 100 mg PO daily</item><item>hydroxyzine 25 mg PO PRN</item></list></text>
    </section></component>
    <component><section><title>Encounters</title>
      <text>Weekly individual therapy 03/2026 - 11/2026, 31 visits. Referred for psychiatric medication management.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""", "application/xml")])
# ===== phi-ids
M("phi-ids", "", "ar-team@lakeshoresurgerycenter.com", "Jodie Marks <jmarks@lakeshoresurgerycenter.com>",
  "acct LSC-0088213",
  """Jodie - acct LSC-0088213 DOS 10/22 - pt paid $250 copay at check-in, posted to wrong acct (LSC-0088231, transposed). Please move payment and stop the final notice. Pt called twice. Humana ID H48213390.""",
  "Mon, 30 Nov 2026 16:02:00 -0500")

M("phi-ids", "", "Recon Bot <recon@summitspecialtyrx.com>", "Reimbursement <reimb@summitspecialtyrx.com>",
  "835 underpayment flag - claim 26334-118820",
  """Underpayment detected.
Payer: ClearPath Rx Benefits
Claim: 26334-118820   Rx#: 7730124   Fill date: 2026-11-30
Cardholder ID: CPX119300870   Person code: 01   DOB: 1979-04-16
NDC 00024-5915-01 (Dupixent 300mg/2mL) qty 4
Contract: $3,912.40   Paid: $3,388.10   Variance: -$524.30
CARC 45""", "Tue, 01 Dec 2026 02:00:00 -0700")

M("phi-ids", "", "Jess Armitage <jarmitage@rivervalleydialysis.com>", "Dr. Leila Amari <lamari@renalassociatesmw.com>",
  "MRN RV00418827",
  """fistulagram scheduled 12/9 10am at Vascular Access Ctr for MRN RV00418827 (Tues 3rd shift). please sign the order in the portal. will move her to Mon chair that week.""",
  "Wed, 02 Dec 2026 13:35:00 -0600")

M("phi-ids", "", "Member Appeals <appeals@clearpathrxbenefits.com>", "Prior Auth Desk <pa@heartlandcardiology.com>",
  "Appeal decision - Ref APL-2026-0049917",
  """Appeal reference: APL-2026-0049917
Member ID: CPX284755610
Date of birth: 06/03/1951
Medication: sacubitril/valsartan 49-51 mg tablets
Decision: OVERTURNED - approved 12/01/2026 through 11/30/2027
Quantity limit: 60 tablets per 30 days

The member has been notified by mail. Please contact us at the number on the member's card with any questions.""",
  "Tue, 01 Dec 2026 14:10:00 -0600", cte="b64")

M("phi-ids", "", "MedRoute Dispatch <dispatch@medroutebrokerage.com>", "Sunrise Wheelchair Van <trips@sunrisewheelchairvan.com>",
  "CANCEL trip 2612-50291",
  """CANCEL: Trip 2612-50291, 12/05 07:10, Medicaid ID 104477201933, DOB 08/19/1956, pickup 44 Hollis St to RV Dialysis Somerset. Member admitted to hospital last night per facility. Hold standing order until further notice.""",
  "Sat, 05 Dec 2026 05:31:00 -0500")
# ===== phi-lang
M("phi-lang", "Ocasio", "Milagros Ocasio <milaocasio62@hotmail.com>", "Trabajo Social <sw-east@rivervalleydialysis.com>",
  "Re: transportación",
  """Buenos días Sra. Benítez,

Le escribo porque el lunes el carro no llegó otra vez y perdí mi tratamiento de diálisis. El martes me sentía muy hinchada y con falta de aire y mi hija me llevó a emergencias en el Saint Luke's, me hicieron diálisis allí. Ya me dieron de alta.

¿Puede ayudarme a cambiar la compañía de transporte? Mi número de Medicaid es 104400872215. Vivo en 18 Calle Robles, Apt 2.

Gracias,
Milagros Ocasio
(cel) 508-676-2290""", "Thu, 03 Dec 2026 09:15:00 -0500", chs="iso-8859-1")

M("phi-lang", "Pham", "Pham Thi Hoa <hoapham.nails@gmail.com>", "River Valley Dialysis <eastgate@rivervalleydialysis.com>",
  "Ba toi - Pham Duc - lich chay than",
  """Chào cô Jess,

Tôi là con gái của ông Phạm Đức (ca sáng thứ Ba, Năm, Bảy). Tuần sau ba tôi phải đi Houston dự đám cưới, từ 12/12 đến 12/19. Cô có thể giúp sắp xếp chạy thận ở trung tâm bên đó không? Bác sĩ Amari nói cần gửi hồ sơ xét nghiệm và lệnh chạy thận trước.

Ba tôi không nói được tiếng Anh nên xin gọi cho tôi: 832-417-0598.

Cám ơn cô nhiều,
Hoa""", "Fri, 04 Dec 2026 20:11:00 -0600", cte="b64")

M("phi-lang", "Jean-Baptiste", "Nadège Jean-Baptiste <nadegejb@gmail.com>", "Brightleaf Pediatrics <frontdesk@brightleafpeds.com>",
  "randevou pou Wilson",
  """Bonjou,

Mwen se manman Wilson Jean-Baptiste, li gen 2 an. Doktè Patel te di pou m tounen ak li nan 2 semèn pou yo tcheke zòrèy li ankò apre antibyotik la. Mwen pa ka vini jedi a paske m ap travay. Èske nou gen yon randevou vandredi maten?

Mèsi anpil,
Nadège
617-845-2093""", "Mon, 30 Nov 2026 19:30:00 -0500")

M("phi-lang", "Carvalho", "Joana Carvalho <jcarvalho@keystonehme.com>", "Rui Mendes <rmendes@keystonehme.com>",
  "Sr. Carvalho - cadeira de rodas / PA Medicare",
  """Rui, o Sr. Ademar Carvalho (não é meu parente haha) ligou de novo sobre a cadeira motorizada. The PA from Medicare came back pending - they want the face-to-face note from Dr. Ferris with the mobility exam, o que a gente mandou estava sem assinatura. Você pode ligar pro consultório amanhã? A esposa dele disse que ele caiu no banheiro semana passada tentando usar o andador.

Obrigada!
Joana""", "Wed, 02 Dec 2026 17:44:00 -0500", chs="iso-8859-1")

M("phi-lang", "Volkova", "Ирина Волкова <irina.volkova58@mail.ru>", "Summit Specialty Pharmacy <care@summitspecialtyrx.com>",
  "Лекарство для мамы / medicine for my mother",
  """Здравствуйте,

Моя мама, Людмила Волкова (Lyudmila Volkova, дата рождения 14.02.1951), получает у вас Enbrel. Посылка пришла вчера, но коробка была тёплая. Можно ли использовать уколы? Следующий укол в понедельник.

Sorry my English is not good. Please answer to this email or call 773-290-4418.

Ирина (дочь)""", "Sat, 05 Dec 2026 08:05:00 -0600", chs="koi8-r")
# ===== clean-staff
M("clean-staff", "", "Dr. Mei Cho <mcho@brightleafpeds.com>", "Dr. Anita Patel <apatel@brightleafpeds.com>",
  "RE: call swap",
  """Yes! Thank you. I'll take your Sat 12/19 and you take my Tues 12/8. I'll update Amion tonight.

Also - Dr. Fontaine from Children's asked if we want to join their asthma QI collaborative next year. I said probably but I'd ask you. It's 2 meetings a quarter, they give us a dashboard.

Mei

-----Original Message-----
From: Anita Patel
Sent: Monday, November 30, 2026 1:12 PM
To: Mei Cho
Subject: call swap

Any chance you can take Tuesday 12/8 call? My son's recital. Happy to take a weekend.""", "Mon, 30 Nov 2026 21:04:00 -0500")

M("clean-staff", "", "Tomasz Wilk <twilk@rivervalleydialysis.com>", "Eastgate Staff <eastgate-all@rivervalleydialysis.com>",
  "water room alarm last night - what happened",
  """All,

At 2:40am the RO alarm tripped for low product water conductivity. Hector came in, found the pre-filter clogged, swapped it, ran a full chlorine/chloramine check (0.0 both) and the loop was back in spec by 4:10. First shift started 15 minutes late. No treatments were affected and no one was on the machines.

Reminder: the water log has to be filled in BEFORE the first patient goes on, not after. Surveyors check this.

Tomasz""", "Wed, 02 Dec 2026 07:30:00 -0600")

M("clean-staff", "", "Nicole Ferrante <nferrante@lakeshoresurgerycenter.com>", "All Staff <allstaff@lakeshoresurgerycenter.com>",
  "Holiday potluck + badge reader",
  """Hi everyone!

Potluck is Friday 12/18 in the break room, 12-2. Sign-up sheet is on the fridge - we have 9 desserts and zero mains so far, please help 😅

Also facilities says the badge reader on the sterile processing door is being replaced Tuesday morning, use the hallway door until noon.

Nicole
Office Manager""", "Thu, 03 Dec 2026 10:00:00 -0500",
  html="""<html><body style="font-family:Segoe UI,sans-serif"><p>Hi everyone!</p><p><b>Potluck is Friday 12/18</b> in the break room, 12-2. Sign-up sheet is on the fridge - we have 9 desserts and zero mains so far, please help &#128517;</p><p>Also facilities says the badge reader on the sterile processing door is being replaced Tuesday morning, use the hallway door until noon.</p><p>Nicole<br><span style="color:#666">Office Manager</span></p></body></html>""")

M("clean-staff", "", "Gabe Ortiz <gortiz@northpointbh.org>", "Clinical Team <clinical@northpointbh.org>",
  "group room double-booked again",
  """Can we please put the Tuesday 5pm group room on the shared calendar? DBT skills group showed up and the parenting group was already in there. 11 people in the hallway for 10 minutes is not great for anyone, especially in a program where confidentiality in the waiting area matters.

I'll take the conference room next week, someone please fix the calendar permanently.

Gabe""", "Tue, 01 Dec 2026 18:20:00 -0500")

M("clean-staff", "", "Carla Nguyen <cnguyen@clearpathrxbenefits.com>", "Clinical Review Team <clinreview@clearpathrxbenefits.com>",
  "RE: PA queue over 72h - please grab one",
  """Thanks everyone, all five are assigned. Going forward I'm going to split the queue by therapeutic class at 8am each day so nothing sits. Pharmacists on GLP-1s this week: Darius and Min. Specialty/oncology: me and Oksana.

Carla""", "Tue, 01 Dec 2026 09:12:00 -0600")

M("clean-staff", "", "Hector Ruiz <hruiz@medroutebrokerage.com>", "Call Center Leads <cc-leads@medroutebrokerage.com>",
  "staffing for Monday snow",
  """Forecast is 6-10 inches Sunday night. Expect a lot of dialysis riders calling at 4am when vans are late. Plan:

- 6 reps on at 4:00 instead of 3
- Script: offer reschedule, do NOT promise a time you can't keep, warm-transfer anything about a missed treatment to the facility
- Leads monitor the queue, escalate anything over 10 min hold

Overtime approved. Reply by Sat noon if you can do the early shift.

Hector""", "Fri, 04 Dec 2026 15:30:00 -0500")

M("clean-staff", "", "Pam Rourke <prourke@keystonehme.com>", "RT Team <rt@keystonehme.com>",
  "new mask fitting kits",
  """The ResMed rep dropped off 3 new fitting kits (N30i, P30i, F40). One for each branch van. Please return the old kits to me so we can reprocess them. Also reminder: when you do a download in the home, upload it to AirView same day, compliance reports are getting delayed because of late uploads.

Pam Rourke, RRT""", "Thu, 03 Dec 2026 08:45:00 -0600")
# ===== clean-admin
M("clean-admin", "", "Payroll <payroll@rivervalleydialysis.com>", "All Employees <all@rivervalleydialysis.com>",
  "Open enrollment closes Friday - action needed",
  """Reminder: 2027 benefits open enrollment closes Friday, December 11 at 5pm CT.

If you do nothing, your current medical, dental and vision elections roll over, but your FSA and HSA contributions do NOT - you must re-elect them.

Changes for 2027:
- Medical plan deductible (PPO) goes from $1,500 to $1,750
- New telehealth benefit with $0 copay
- Dependent verification is required for anyone adding a spouse or child (birth or marriage certificate)

Log in at benefits.rivervalleydialysis.com. Questions: HR Service Center, ext 4400.

River Valley Dialysis Human Resources""", "Mon, 30 Nov 2026 08:00:00 -0600")

M("clean-admin", "", "Accounts Payable <ap@lakeshoresurgerycenter.com>", "Billing <billing@surgisupplyco.com>",
  "Invoice 448120 - short shipped",
  """Hello,

Invoice 448120 (PO 26-1187) billed 12 boxes of 3.5mm cortical screws and 4 cases of arthroscopy drapes. We received 8 boxes of screws. Please issue a credit memo for 4 boxes ($1,136.00) or ship the remainder.

Thank you,
Marianne Kohl
Accounts Payable, Lakeshore Surgery Center""", "Tue, 01 Dec 2026 11:45:00 -0500")

M("clean-admin", "", "Compliance Office <compliance@summitspecialtyrx.com>", "All Pharmacy Staff <rx-all@summitspecialtyrx.com>",
  "Annual HIPAA attestation due 12/15",
  """All workforce members must complete the annual HIPAA Privacy & Security module and sign the attestation by December 15.

Completion rate as of today: 64% (Denver 71%, Phoenix 58%, Remote 60%).

Module takes about 40 minutes. Link is in the LMS under "Required - 2026". Managers will receive a list of incomplete staff next Monday.

Summit Specialty Pharmacy - Compliance""", "Wed, 02 Dec 2026 09:00:00 -0700")

M("clean-admin", "", "Lena Marsh <lmarsh@brightleafpeds.com>", "Managing Partners <partners@brightleafpeds.com>",
  "November numbers",
  """Quick November summary before Thursday's meeting:

Visits: 4,212 (Oct 4,020; Nov last year 3,880)
Well-child: 1,388  |  Sick: 2,291  |  Nurse-only/vaccine: 533
No-show rate: 7.9% (target 6%)
Flu vaccines given: 1,904 (season to date 5,610)
Days in A/R: 31
Medicaid % of visits: 42%

Portal sign-ups went up after we added the QR code to the checkout sheet.

Lena Marsh, Practice Administrator""", "Thu, 03 Dec 2026 16:10:00 -0500",
  atts=[("nov_dashboard.csv", """metric,nov_2026,oct_2026,nov_2025
visits_total,4212,4020,3880
well_child,1388,1301,1290
sick,2291,2240,2110
nurse_vaccine,533,479,480
no_show_rate,0.079,0.074,0.081
days_ar,31,33,35
""", "text/csv")])

M("clean-admin", "", "Facilities <facilities@northpointbh.org>", "All Staff <allstaff@northpointbh.org>",
  "Fairview parking lot resurfacing 12/12-12/13",
  """The Fairview site lot will be closed Saturday and Sunday 12/12-12/13 for resurfacing. Saturday groups will meet at the Main St office. Clients have been notified by text. Staff please park at the church lot across the street (they said yes, please don't block their dumpster).""",
  "Fri, 04 Dec 2026 13:00:00 -0500")

M("clean-admin", "", "Contracts <contracts@medroutebrokerage.com>", "Sunrise Wheelchair Van <ops@sunrisewheelchairvan.com>",
  "Rate amendment 2027 - signature needed",
  """Hi Sunrise team,

Attached please find Amendment 4 to the Transportation Provider Agreement. Changes effective 1/1/2027:

  Ambulatory base rate:      $28.50 -> $29.75
  Wheelchair base rate:      $46.00 -> $48.25
  Bariatric add-on:          $35.00 (unchanged)
  Per mile (loaded):         $2.15 -> $2.30
  No-show penalty:           $50 per driver no-show, $150 if destination is dialysis

Please sign via DocuSign by 12/18.

MedRoute Provider Contracting""", "Wed, 02 Dec 2026 14:00:00 -0500")

M("clean-admin", "", "Keystone HME Credentialing <cred@keystonehme.com>", "Tara Bishop <tbishop@keystonehme.com>",
  "Your RRT license renewal",
  """Hi Tara,

Our records show your Ohio Respiratory Care license (RCP.0041882) expires 12/31/2026. Please upload the renewed license to the HR portal by 12/20 so there's no gap in your ability to do home setups. If you need CE hours, the company pays for up to 10 through AARC.

Thanks,
Credentialing""", "Tue, 01 Dec 2026 10:30:00 -0600")
# ===== clean-lookalike
M("clean-lookalike", "", "Pawsure Pet Insurance <claims@pawsurepet.com>", "dmcallister@gmail.com",
  "Claim PW-2026-338172 processed - Biscuit",
  """Hi Dana,

Good news! We've processed your claim for Biscuit (Golden Retriever, 7 yrs).

Claim number: PW-2026-338172
Date of service: 11/19/2026
Provider: Elm Street Animal Hospital
Treatment: TPLO surgery, left hind leg; post-op radiographs; carprofen 75mg x 14
Diagnosis: Cranial cruciate ligament rupture
Billed: $5,480.00
Deductible applied: $250.00
Reimbursement (90%): $4,707.00

Payment will be deposited to the account ending 4471 within 3-5 business days. Give Biscuit a belly rub from us!

Pawsure Pet Insurance | Policy PWS-0081294""", "Tue, 01 Dec 2026 12:00:00 -0500",
  html="""<html><body style="font-family:Arial"><h2 style="color:#2a7">Good news, Dana!</h2><p>We've processed your claim for <b>Biscuit</b> (Golden Retriever, 7 yrs).</p><table cellpadding="4"><tr><td>Claim number</td><td>PW-2026-338172</td></tr><tr><td>Date of service</td><td>11/19/2026</td></tr><tr><td>Provider</td><td>Elm Street Animal Hospital</td></tr><tr><td>Treatment</td><td>TPLO surgery, left hind leg; post-op radiographs; carprofen 75mg x 14</td></tr><tr><td>Diagnosis</td><td>Cranial cruciate ligament rupture</td></tr><tr><td>Reimbursement (90%)</td><td><b>$4,707.00</b></td></tr></table><p>Give Biscuit a belly rub from us!</p></body></html>""")

M("clean-lookalike", "", "Harborline Auto Insurance <noreply@harborlineauto.com>", "Raymond Haskins <rhaskins1960@aol.com>",
  "Your collision claim HA-7719204 - repair estimate approved",
  """Dear Raymond Haskins,

The repair estimate for your 2019 Honda Accord (claim HA-7719204, date of loss 08/14/2026) has been approved.

Approved amount: $6,218.44
Deductible: $500.00
Body shop: Kessler Collision, 411 Route 9
Rental coverage: up to 30 days at $40/day

Questions about the liability portion of this claim should go to your adjuster, Tom Riordan (ext. 2281).

Harborline Auto Insurance""", "Wed, 02 Dec 2026 08:30:00 -0500")

M("clean-lookalike", "", "PulseFit <hello@pulsefit.app>", "Jordan Vasquez <jvasquez.runs@gmail.com>",
  "Jordan, you crushed November 💪",
  """Hey Jordan!

Your November recap:
  Workouts logged: 18
  Longest streak: 9 days
  Favorite class: HIIT Express (7 times)
  Total active minutes: 742

You're in the top 15% of PulseFit members in your city. Keep it going - December Challenge starts Monday. Join now and get a free month of PulseFit+.

Unsubscribe | Privacy""", "Tue, 01 Dec 2026 13:00:00 +0000")

M("clean-lookalike", "", "First Meridian Bank <alerts@firstmeridianbank.com>", "Dr. Anita Patel <anita.patel.md@gmail.com>",
  "Payment received - Practice Line of Credit",
  """Dear Anita Patel,

We received your payment of $4,250.00 toward your Business Line of Credit ending in 0917 on 12/01/2026.

Current balance: $38,112.60
Available credit: $111,887.40
Next payment due: 01/01/2027

Thank you for banking with First Meridian. This is an automated message; please do not reply.""", "Tue, 01 Dec 2026 06:14:00 -0500")

M("clean-lookalike", "", "CareMart Rewards <rewards@caremart.com>", "t.okafor@yahoo.com",
  "Tobi, you've got $5 ExtraCash waiting",
  """Hi Tobi,

You've earned $5.00 ExtraCash on your CareMart Rewards card ending 8812!

Recent qualifying purchases:
  11/27  CareMart Vitamin D3 2000 IU, 100 ct ......... $8.99
  11/27  Aveeno Daily Moisturizing Lotion ............ $11.49
  11/29  Holiday gift wrap, 3 pk ..................... $9.99

Coupon expires 12/31. Bring your card or scan the app at any CareMart store or pharmacy counter. Flu shots available - no appointment needed!

CareMart Rewards""", "Thu, 03 Dec 2026 10:00:00 -0500")

M("clean-lookalike", "", "Greenway Veterinary Clinic <frontdesk@greenwayvet.com>", "Mike Lorenzo <mlorenzo@gmail.com>",
  "Reminder: Pepper's dental cleaning Tuesday",
  """Hi Mike,

Just a reminder that Pepper (domestic shorthair, 11 yrs) is scheduled for her dental cleaning and bloodwork on Tuesday 12/8 at 7:30 AM with Dr. Halvorsen.

- No food after 10 PM Monday night; water is OK
- Please bring her in a carrier
- We'll call you after anesthesia recovery, usually by 2 PM

Her thyroid recheck (methimazole) can be done the same day.

Greenway Veterinary Clinic | 555-0177""", "Fri, 04 Dec 2026 15:00:00 -0500")

M("clean-lookalike", "", "TripSafe Travel Insurance <claims@tripsafeins.com>", "Helen Lam <helen.lam.ohio@gmail.com>",
  "Trip cancellation claim - documents still needed",
  """Dear Helen Lam,

We are reviewing your trip cancellation claim TS-4418290 for the trip to Orlando on 11/20/2026 (booking ref QX8PL2).

To continue, please upload:
  1. The airline's confirmation that the flight change was made
  2. Receipts for non-refundable hotel deposits
  3. The completed claimant statement (Form TS-12)

If we don't receive these within 30 days, the claim will be closed.

TripSafe Travel Insurance""", "Fri, 04 Dec 2026 09:00:00 -0500")
# ===== clean-news
M("clean-news", "", "Renal Business Weekly <newsletter@renalbizweekly.com>", "twilk@rivervalleydialysis.com",
  "CMS finalizes 2027 ESRD PPS rule: base rate up 2.4%",
  """RENAL BUSINESS WEEKLY - December 3, 2026

CMS FINALIZES 2027 ESRD PPS
The Centers for Medicare & Medicaid Services on Monday finalized the calendar year 2027 End-Stage Renal Disease Prospective Payment System rule. The base rate rises 2.4% to $281.90 per treatment. The TDAPA for two new calcimimetic products will run through June 2028.

HOME DIALYSIS UPTAKE
Nationally, 15.8% of incident patients started on a home modality in 2025, up from 14.1%, according to the latest USRDS annual data report. Providers attribute the change to the ETC model.

STAFFING
A survey of 412 clinics found average PCT vacancy of 11%...

You are receiving this because you subscribed at renalbizweekly.com. Unsubscribe.""", "Thu, 03 Dec 2026 06:00:00 -0500",
  html="""<html><body><table width="600" style="font-family:Georgia"><tr><td><h1>Renal Business Weekly</h1><p><i>December 3, 2026</i></p><h2>CMS finalizes 2027 ESRD PPS</h2><p>The Centers for Medicare &amp; Medicaid Services on Monday finalized the calendar year 2027 End-Stage Renal Disease Prospective Payment System rule. The base rate rises 2.4% to $281.90 per treatment.</p><h2>Home dialysis uptake</h2><p>Nationally, 15.8% of incident patients started on a home modality in 2025, up from 14.1%.</p><p style="font-size:9px">Unsubscribe</p></td></tr></table></body></html>""")

M("clean-news", "", "Ohio Dept of Health - HAN <han@odh.ohio.gov>", "Clinical Staff <clinical@brightleafpeds.com>",
  "HAN Advisory: RSV and influenza activity rising in central Ohio",
  """OHIO HEALTH ALERT NETWORK - ADVISORY
Date: December 1, 2026

Summary: Laboratory-confirmed influenza hospitalizations in Franklin, Delaware and Licking counties increased 62% week over week (week 47: 148 hospitalizations). RSV percent positivity among children under 5 is 18.2%.

Recommendations for clinicians:
1. Offer influenza vaccine to all patients 6 months and older.
2. Consider nirsevimab for eligible infants per current ACIP guidance.
3. Test hospitalized patients with respiratory illness for influenza and start antivirals promptly.

Forwarded by Renee: please read before Monday huddle.""", "Tue, 01 Dec 2026 11:00:00 -0500")

M("clean-news", "", "Dr. Sam Idowu <sidowu@northpointbh.org>", "Clinical Team <clinical@northpointbh.org>",
  "article: teen social media + sleep study",
  """Worth a read before our adolescent track planning meeting. Large cohort (n=11,800, ABCD study), they found each extra hour of nightly screen time after 10pm was associated with 19 minutes less sleep and higher depressive symptom scores at 2-year follow-up. Effect was bigger for girls.

https://jamanetwork.com/journals/jamapediatrics/fullarticle/placeholder

Might be a good handout topic for the parents group.

Sam""", "Wed, 02 Dec 2026 12:30:00 -0500")

M("clean-news", "", "PBM Insider <editors@pbminsider.com>", "Carla Nguyen <cnguyen@clearpathrxbenefits.com>",
  "GLP-1 spend tops 12% of commercial drug costs; FTC second interim report",
  """PBM INSIDER | Weekly Brief

* GLP-1 agonists accounted for 12.4% of commercial plan pharmacy spend in Q3, up from 9.1% a year earlier, per a new analysis of 38 million covered lives.
* The FTC's second interim report on PBM practices focuses on specialty pharmacy steering and spread pricing.
* Three states passed laws this year banning copay accumulator programs.
* Biosimilar adalimumab now holds 41% of the market by volume.

Read more at pbminsider.com. Forward to a colleague.""", "Fri, 04 Dec 2026 07:00:00 -0500")

M("clean-news", "", "Lakeshore Surgery Center <news@lakeshoresurgerycenter.com>", "Community List <community@lakeshoresurgerycenter.com>",
  "Lakeshore now offering same-day total joint replacement",
  """Lakeshore Surgery Center is proud to announce that starting January 2027, eligible patients can have total knee and hip replacements and go home the same day.

Our orthopedic team, led by Dr. Elliot Marsh, has completed more than 300 outpatient joint cases at partner hospitals with a 1.2% 30-day readmission rate.

Ask your orthopedic surgeon whether you might be a candidate. Information sessions: Tuesdays at 6 PM in our community room.

Lakeshore Surgery Center | Accredited by AAAHC""", "Thu, 03 Dec 2026 12:00:00 -0500")

M("clean-news", "", "Keystone HME Marketing <marketing@keystonehme.com>", "Referral Partners <partners@keystonehme.com>",
  "What's changing with Medicare CPAP rules in 2027",
  """Dear Referral Partner,

Beginning January 1, 2027, Medicare will accept remote compliance downloads for the 90-day CPAP adherence review (at least 4 hours per night on 70% of nights in a consecutive 30-day period). A face-to-face re-evaluation between days 31 and 91 is still required.

What this means for your office:
 - Fewer in-person visits just to print a report
 - We will fax the compliance summary automatically on day 60

Questions? Call your Keystone account rep.

Keystone Home Medical Equipment""", "Wed, 02 Dec 2026 10:00:00 -0600")
# ===== clean-training
M("clean-training", "", "Ravi Bhatt <rbhatt@lakeshoresurgerycenter.com>", "Vendor Support <support@surgisoftehr.com>",
  "RE: ADT feed dropping PV1-7 - test message",
  """Per your request, here's a synthetic A04 from our TEST environment that reproduces it (no real patient - test MRN range 99xxxxx):

MSH|^~\\&|REGSYS|LSC_TEST|SURGISOFT|LSC_TEST|20261203090000||ADT^A04|TST0000017|T|2.5.1
EVN|A04|20261203090000
PID|1||9900017^^^LSC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000
PV1|1|O|PREOP^01^A||||1234567890^TESTDOC^ALPHA|||ORTH||||||||AMB|TST0000017

PV1-7 is populated in what we send. Your inbound log shows it empty. So it's on your parser side I think.

Ravi""", "Thu, 03 Dec 2026 09:05:00 -0500")

M("clean-training", "", "Learning & Development <lnd@clearpathrxbenefits.com>", "New Hires - Dec Cohort <newhire-dec@clearpathrxbenefits.com>",
  "Week 2 exercise: reading a 270/271",
  """Welcome to week 2! Before Thursday's session, work through the sample below (from our training sandbox; member "TEST MEMBER" is fictitious). Identify: (a) the subscriber loop, (b) the coverage status, (c) the plan name.

ST*271*0001*005010X279A1~
BHT*0022*11*TRAIN0001*20260101*0800~
HL*1**20*1~
NM1*PR*2*CLEARPATH RX BENEFITS*****PI*CPX01~
HL*2*1*21*1~
NM1*1P*1*PROVIDER*SAMPLE****XX*1234567893~
HL*3*2*22*0~
NM1*IL*1*MEMBER*TEST****MI*CPX000000000~
DMG*D8*19800101*U~
EB*1**30~
EB*B**30*HM*TRAINING PLAN GOLD~
SE*11*0001~

Answers will be reviewed in class. Please do not use production screens for exercises.

L&D Team""", "Mon, 30 Nov 2026 08:00:00 -0600")

M("clean-training", "", "Privacy Officer <privacy@northpointbh.org>", "All Clinical Staff <clinical-all@northpointbh.org>",
  "Quiz: is this a breach? (answers Friday)",
  """This month's privacy quiz. All scenarios are made up.

1. A therapist leaves a printed schedule with client first names on a table at a coffee shop. It's found by a barista and returned an hour later.
2. A front-desk employee texts "your 3pm is here" to a clinician's personal phone.
3. A clinician e-mails a de-identified case summary ("a 30-something client with a history of panic attacks") to a consultation group.
4. A parent calls asking whether their 17-year-old attended today. The teen has not signed a release.

Reply with your answers (breach / not a breach / depends, and why). Best explanation wins a coffee card.

Lindsay Park
Privacy Officer""", "Tue, 01 Dec 2026 12:00:00 -0500")

M("clean-training", "", "Keystone HME Training <training@keystonehme.com>", "New Intake Staff <intake-new@keystonehme.com>",
  "Practice order - fill out the intake screen",
  """Use the TRAINING company (co. 99) in Brightree for this, not live.

SAMPLE ORDER (fictitious):
  Patient: Jane Sample, DOB 01/01/1950
  Address: 100 Main St, Sampletown, OH 43000
  Insurance: Medicare, MBI 1AA0AA0AA00 (CMS example format)
  Item: E0601 CPAP, A7034 mask, A7035 headgear
  Physician: Dr. Test Provider, NPI 1234567893

Steps: create patient, attach insurance, enter order, run eligibility (it will return a canned response), then print the delivery ticket and bring it to Thursday's session.

Questions to Amber in Training.""", "Wed, 02 Dec 2026 09:00:00 -0600")

M("clean-training", "", "Brightleaf IT <it@brightleafpeds.com>", "All Staff <all@brightleafpeds.com>",
  "Phishing test results + reminder",
  """Last week's phishing simulation ("Your lab results are ready - click to view") was clicked by 23 of 61 staff (38%). 9 people entered their password on the fake page.

Reminders:
- Our real portal notifications never ask you to log in from an e-mail link
- Hover over links before clicking
- Report suspicious mail with the "Report Phish" button

Everyone who clicked will be enrolled in a 15-minute refresher. No names are shared with managers.

Brightleaf IT""", "Thu, 03 Dec 2026 14:00:00 -0500",
  atts=[("phish_sim_template.html", """<html><body><p>Hello Patient,</p><p>Your recent lab results are now available. <a href="http://brightleaf-portal-secure.example/login">Click here to view your results</a>.</p><p>Brightleaf Pediatrics</p><p style="color:red">[SIMULATION - THIS WAS A TRAINING EXERCISE]</p></body></html>""", "text/html")])

M("clean-training", "", "Dialysis Education <education@rivervalleydialysis.com>", "PCT Class 12-B <pct12b@rivervalleydialysis.com>",
  "Case study for Monday - fluid removal",
  """Read before class. Case is fictional.

"Mr. A" is a 64-year-old on in-center hemodialysis three times a week. His estimated dry weight is 82.0 kg. He arrives Monday weighing 85.6 kg after the long weekend interval. Pre-treatment BP is 168/94. He says he had "a few extra cups of soup" at a family party.

Questions:
1. What is his interdialytic weight gain, and as a % of EDW?
2. What is the maximum UF rate you'd target for a 4-hour treatment (use 13 mL/kg/h)?
3. What would you report to the charge nurse, and when?

Bring your worksheet. - Education Dept.""", "Fri, 04 Dec 2026 11:00:00 -0600")

if __name__ == "__main__":
    main()
