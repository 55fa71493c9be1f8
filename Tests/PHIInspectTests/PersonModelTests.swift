import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIInspect

/// The person model and the care vocabulary of the shipped pack, judged by the message verdict:
/// a patient named in prose with care or health information is PHI; staff, correspondents and
/// people spoken to are not; symptoms and home-care words count only when tied to a person.
@Suite("Person model and care vocabulary")
struct PersonModelTests {
    static func verdict(_ body: String, subject: String = "update", from: String = "a@clinic.test",
                        to: String = "b@clinic.test") throws -> ContentVerdict {
        let engine = try CorpusFixtures.engine()
        let inspector = Inspector(engine: engine)
        inspector.raw(Array("From: \(from)\r\nTo: \(to)\r\nSubject: \(subject)\r\n\r\n\(body)\r\n".utf8))
        return Classifier().classify(inspector.finish()).verdict
    }

    @Test("a patient named in prose with care or health information is PHI", arguments: [
        "8:00  Gary Lindholm - 6mo DM f/u, bring glucometer\n8:30  Sheila Vance - annual",
        "Abdul-Rahman Al-Khatib had his sleep study last night, AHI 34.",
        "per Ms. Lee Seo-yeon she stopped the metformin about 2 weeks ago",
        "It's Pamela Jefferson, woke up with some spotting and cramping, do I need to come in?",
        // The care word 330 bytes after the name: tied at the same distance from either side.
        "Shift report for Mr Whitfield (Gerald) today 11am-7pm.\n\n" + String(repeating: "He watched the game and ate well. ", count: 9)
            + "Used the walker for a short walk.",
        "Driver for tmrw: the TPN for B. Castellano needs to be there before noon.",
        "PACU holds as of 1530:\nBay 2 - Abiodun F. - lap chole - needs tele\nBay 6 - Loera, J. - appy - surg floor",
        "Takemoto-san (Hiroshi, room 118) had an unwitnessed fall at 2:10; neuro checks every hour since.",
        "Quiet night.\n- Doris in 412 pulled her IV twice, sitter requested for today.",
        "Hi Beatrice,\n\nYes, your father is cleared for discharge to Maple Ridge Rehab tomorrow morning.",
        "Please hold Siobhán O'Donoghue's cycle 4 for today. Her neutrophils came back at 0.9 this morning.",
        // A credential ending the line before is no title before the name.
        "Read by Ravinder Kaur, MD\nLindqvist, Anna had her echo read today; ok to go over it at the f/u.",
        // A surname in capitals before the given name; two initials; a sign-out list by room.
        "CONDORI, Wilfredo -- add-on for tomorrow 0800, PICC placement, IR rm 2. consent signed.",
        "Pt K.A. Owusu-Ansah -- path from the breast bx on the 10th is back and signed out.",
        "rm 326 - Oyelaran - post chole POD1, clears, ambulate\nrm 317 - Kuznetsov - s/p ORIF L ankle, NWB, PT today",
        // Dutch initials and particles after a lower-case honorific; a Cyrillic label, name and care.
        "Hierbij de overdracht van mevr. J. van den Broek. Zij is gisteren geopereerd aan haar heup.",
        "Пациент: Петрова Галина Ивановна, 1950 г.р.\nЕй назначили МРТ головного мозга на 04.03.",
        // Audiology, orthodontics, hyphenated initials.
        "Please move Mr. Abernathy's fitting to next Friday 10am, the receivers for his new RICs didn't come in.",
        "Account holder: Kenji Nakashima\nPlease reimburse the orthodontic treatment installment (braces, phase 2).",
        "J.-P. Désir is coming in for INR at 8:00 tomorrow, he's on the walk-in list.",
        // A given name alone before a relative, with care near.
        "Fartun's mom called again, she wants the MRI moved to after Eid.",
        // Chinese, Korean and Arabic: names by their shape or their title, care words inside the runs.
        "您好，我是陈淑芬的女儿。我妈妈下周二上午10点在刘医生那里复诊，能不能改到周四下午？",
        "김영숙입니다. 다음 주 수요일 오후 2시에 대장 내시경 예약이 되어 있는데요.",
        "أنا والدة الطفل يوسف الحداد، لديه جلسة علاج طبيعي يوم الأربعاء.",
        // A caller known by her number; a caller's words quoted in a voicemail transcript.
        "Radiology -- patient called the desk, upset nobody called about her biopsy.\nCallback (608) 555-0137 after 3pm.",
        "Transcription: \"Hi this is Peggy, I'm calling about my biopsy from the breast center. My birthday is July 13 1970.\"",
        // A Russian name with its patronymic after a relative; a Korean name before "'s wife".
        "Пишу по поводу моей мамы, Ольга Петровна Соколова. Ей нужен кислородный концентратор.",
        "저는 김성민의 아내입니다. 남편이 지난달 무릎 수술을 받았는데 보험 청구가 거절되었습니다.",
        // Typed in lower case from a phone; a waitlist export with a surname and an initial.
        "saw mr whitaker today. inr 3.8 so holding tonight, 2.5 tomorrow then back to 5 daily.",
        "Pt;Room;Payer;Barrier\nYAMAMOTO Y;6W-632;Cordell MA;IV abx thru 4/2\nCHEN M;6W-609;Medicaid pending;needs auth",
        // A child by family name; a patient typing in lower case; a claimant with an initial and
        // procedure codes; a trial subject's result with its unit; lower-case and Russian forms.
        "The Okonkwo boy in 3112 - his repeat nares swab from Tuesday is negative, contact precautions can come off.",
        "hi this is tasha williams i cant make my PT monday. the exercises with the band are making my shoulder worse",
        "Claim: WC-883120    Claimant: EASTMAN, L\nDOB: 1988-05-30\nBill: $18,402.00   CPT 29881, 29876   DOS 10/21/2026",
        "Data query on Subject 112-0031: potassium reported 6.8 mmol/L, no AE entered.\nDOB on file for this subject: 14-FEB-1952.",
        "Sou a esposa do senhor Sebastião Moura, ele é paciente do Dr. Sethi. O curativo da perna dele está vazando.",
        "Меня зовут Соколова Галина Петровна. В ноябре мне подобрали два слуховых аппарата, левый свистит.",
        "4W isolation as of 0700:\n- 401 Fairbanks, Leonard -- contact, CRE from the urine 11/20\n- 409 Dempsey, Carol -- contact enteric, C diff toxin pos",
        "Bed   Pt                 Going to         Time\n----  -----------------  ---------------  -----\n2E-03 GREER, Doris       Echo             0930\n2E-07 NAVARRO, Sal       IR (PICC)        1000",
        "heads up for nights: Gallo in bay 7 is the guy from the tractor - CT head/c-spine neg, got 4 mg morphine at 2140",
        // A given name that is also a word, with a surname outside the lists; a generational suffix;
        // a surname in parentheses after a bed; a staff member's child named after the relation.
        "Grace Lindqvist completed cycle 2 day 1 this morning; ECG triplicate done pre-dose.",
        "KDHE sent us the capillary lead result on Rudy Sandoval Jr. from his well-child check.",
        "hallway bed 14 (Abernathy) has been boarding 31 hrs waiting on a psych bed, got haldol at 0140",
        "Need Thu off. Our youngest, Brody, is getting his tonsils out; they said one night if the sleep apnea acts up.",
        // A record's patient under its label, names outside the lists (an HL7 rendering; a form).
        "Patient Name: JIBAS, LIJON K\nHemoglobin A1c 9.8 % (4.0 - 5.6) HIGH",
        // A portal's notice to the patient; radiation and oncology words; Haitian Creole and Russian.
        "Dear LINDA KOWALCZYK,\n\nA new result is available in your account:\n   Mammogram, diagnostic, bilateral",
        "Mr. Dunleavy (bay 4 yesterday) - skin breakdown at the neck is worse, hold if moist desquamation has spread",
        "Se mwen menm Reginald Jean-Baptiste, mwen fè dyaliz lendi mèkredi vandredi 6è di maten.",
        "Меня зовут Соколова Валентина Сергеевна, дата рождения 02.05.1940. У меня назначен приём у доктора 17 ноября.",
        // A surname before a bed with no "in"; a Spanish discharge home with oxygen; a patient's own signature.
        "pls draw repeat CBC + lytes on Okonkwo bed 12 before 0600, surgery wants it before rounds",
        "la Sra. Ofelia Zamudio Rangel (la señora de 6E que sale a casa con oxígeno) vive sola.",
        "can you call the pharmacy about my lisinopril refill?\n\nThanks,\nKevin Tran\n\nSent from my iPhone",
        // A newborn's registered name; a sign-out by surname, age and sex; a relative in Spanish and
        // Portuguese; a given name that is also a word; a drug test's donor in a table.
        "Mom for Baby Girl Ferreira in pod C asked about the NICU parking vouchers; she sleeps in the car.",
        "weekend signout\n312 Alvarado 66F  INR 5.8 -> held warfarin, recheck AM",
        "Le escribo por mi mamá, Amparo Reyes-Vega, que está en el cuarto 222 con el respirador.",
        "Sou a mãe da Sofia Ferreira, que está na UTIN no leito C-6.",
        "Ray Castellano from the forklift incident: his wife says he's got a follow up with you Friday.",
        "Name  Emp #  Test\nPruett, Harlan  10442  DOT urine\nMbeki, Samuel  10871  breath alcohol",
        // A specialty brand and an initialed surname in capitals; a dental chair; a parent's thanks;
        // a Chinese father with his birth date; a probationer's DOB with toxicology results.
        "Rx #: 6002218 (refill 3 of 5)\nPatient: S. SPEARS\nMedication: OMNITROPE 5 MG/1.5 ML CARTRIDGE",
        "Dr. W,\n\nMr. Castellano's crown on #8 came back from the lab and the shade is off.",
        "Dr. Park,\n\nThanks for seeing Sophie Lambert on Monday; she seemed lighter after.",
        "我是林美华，我父亲林国栋（生日1949年3月2日）预约了12月8日上午10点拔牙。",
        "Per the release on file for the probationer in docket 2632CR004417 (DOB 12/01/2000): toxicology results for November.",
        // A given name that is also a place word; a relative in Russian with no patronymic; a
        // hospital encounter's number with its date of service.
        "As most of you know Glen Ekdahl was flown to the burn unit; he had his first skin graft yesterday.",
        "Меня зовут Галина Ковальчук. Моего мужа, Виктора Ковальчука, перевели после операции на реабилитацию.",
        "Enc 9004417782, DOS 2/24. Your op note says laparoscopic but describes conversion to an open partial colectomy.",
        // A transplant's crossmatch; a clearance; "Bill" leading a name; an account with a two-digit suffix.
        "Flow crossmatch for Ricardo Benitez vs donor DN-26-0317: T cell neg, B cell neg. Cleared from our side.",
        "did we ever get Mr. Delacroix's dental clearance?? his wife swears she faxed it",
        "Bill Hargrove (William, bed 4112) is still with us after the bypass; he's on a soft diet.",
        "acct 90231-07  - says she paid $250 copay for MRI at check-in, DOS 9/15, statement shows $0 paid.",
        // A full name before a comma and a place ("Last, First" read first); a Russian relative in
        // the dative; a pharmacy benefit's cardholder.
        "Big Eddie (Eddie Szymanski, Oak house) refused his morning meds again, that's 4 days running.",
        "Моему мужу, Сергею Соколову, 28 сентября поставили два стента в сердце.",
        "Claim 2026092219884   Rx 6110045   DOS 09/22/2026   Cardholder ID 981044712-01   Trulicity 1.5mg/0.5mL #2",
        // A diet office's list by room code; a staff member as employee health's patient, greeted by
        // first name; a relative's soft diet in Spanish.
        "RM    PATIENT               DIET\n4E-02 Brennan, Harold       Renal diet, dysphagia diet\n4E-14 Wrobel, Tomasz        NPO - TF only",
        "Hi Derek,\n\nThanks for coming in Friday. Here is your follow-up schedule: HCV RNA at 6 weeks, then HIV Ag/Ab at 3 months.",
        "Les escribo por mi mamá, Esperanza Morales Guzmán, que está en el cuarto 512; el doctor dijo dieta blanda.",
        // Eye surgery and hearing-aid words; a late husband's blood pressure and birth date.
        "Vernon Oduya is on the 1/14 board for left eye phaco w/ toric IOL; repeat biometry first.",
        "Gordon Fairweather's hearing aid repair is back; please call him in for a listening check.",
        "My husband Ray Mercer passed away. Please stop the reminders to take his blood pressure. His date of birth was 4/2/1948.",
        // A Polish daughter's mother by birth date and an emergency-room cast; a diuretic in plain words.
        "piszę w imieniu mojej mamy, Haliny Wiśniewskiej (ur. 03.11.1951). Była na izbie przyjęć: złamany nadgarstek, gips i RTG.",
        "I am writing for Dale. Since Dr Okafor changed his water pill his ankles are better.\n\nSandy Albrecht",
        // Park as a family name after a given name; a curled apostrophe in a surname.
        "FYI the exchange student Ji-hoon Park came back for the TB blood test draw.",
        "FYI I talked to Rosalind Pike at 2:15. Start cephalexin 500 mg PO QID x 7 days.",
        "Fiona O\u{2019}Shaughnessy came in today for her month 3 visit. LFTs drawn, I\u{2019}ll send when back.",
        // A family name alone before its care; a given name described by age; a patient introducing
        // herself with her own condition and medicine; a sign-off with a dash over a birth date.
        "Jay missed group again. I already updated Mercado's treatment plan note. Let's talk Monday.",
        "Julian,\n\nFarida is the 34 y/o I mentioned -- right hand tremor for 8 months. Her MRI disc is on its way.",
        "Dr Ortega,\n\nits Inês Carvalho. i had 2 seizures last week, I missed some doses of the keppra.",
        "they had me on suboxone 8mg twice a day in there, I need a bridge script.\n\n-Travis Holloway\nDOB 8/19/88",
        // Russian care nouns in their case forms; a Portuguese drug name.
        "Пишет Людмила Соколова, жена Григория Павловича Соколова. Медсестра меняла катетер 10 марта.",
        "Meu nome é Gilberto Nascimento, data de nascimento 12/09/1970. Estou tomando 70 mg de metadona.",
        // A given name and which patient it is in parentheses; a Russian patient in the dative with
        // her medicines; a patient introducing himself in Arabic; a lower-case name with an apostrophe.
        "Spoke to Marisol again today (the one on Dr. Patel's panel with the wound vac after the abdominal surgery).",
        "Позвонила пациентке Людмиле Петровне Воронцовой после выписки. Новые лекарства: метопролол и апиксабан.",
        "أنا سمير الحداد. أجريت قسطرة للقلب في المستشفى يوم ٢ أبريل ووضعوا لي دعامة.",
        "pls call back eileen o'dea about her biopsy results, dr. vanterpool wants her to come in",
        // A newborn's and a mother's care in the ward's words; a worker known by his shift.
        "handoff -\nMs. Jean-Baptiste's baby in 22B, TSB 14.2 at 36h. Started phototherapy at 1830, repeat TSB at 0030.",
        "Did Mrs. van der Berg's 3 hr GTT come back? She was very anxious about it Friday.",
        "Delroy from the Brennan night shift (the forklift guy w/ the steam burn) came back in. cellulitis spreading, started keflex.",
        // A surname typed in lower case with its possessive; a dialysis unit's serologies and levels.
        "fyi mrs kowalczyk's fistulogram got moved to thurs 7am at IR, so she'll come to 2nd shift after",
        "Adeyemi-Johnson, Folasade - anti-HBs came back <10 again after the first series, 1st dose given 3/3.",
        // A Vietnamese name with its diacritics, family name first, after "ông" (Mr.).
        "Em là con gái của ông Trần Văn Bảy (sinh năm 1949). Ba em chạy thận ở Cascade ba lần một tuần.",
        // A family name beside an unlabelled birth date in a clinician's quick note.
        "0049317 / 11-20-1949 / Baptiste - BK 12,400 copies, up from 3k. cut the MMF to 500 bid, repeat BK pcr in 2 wk.",
        // A radiation oncology "CT simulation" plans a treatment: no training simulation.
        "Confirmed: in-person Arabic interpreter (Youssef) for Mr. Abdulrahman Al-Qahtani's CT simulation on Wed 3/26 at 1:00 pm. Also booked for his first treatment day.",
        // A child known by given name and age; a patient's own medicine stopped, from a phone.
        "Dr H - FYI the little one from camp 7, Esperanza (the 2 yo w/ the burn on her forearm from the cooking pot), mom brought her back to the van today. Healing nicely, no more blisters, no signs of infection.",
        // A given name told apart by where she lies and what she needs; a son's speech therapy in Arabic.
        "sam - heads up, Delphine (4 West at Harlow, the trach/vent lady you covered last week) is going home friday to her sister's house, NOT the LTACH. RT vendor needs the vent order by thursday and the sister hasn't done trach care training yet.",
        "أنا سمير الخطيب، والد الطفل يوسف الخطيب. طبيبة الأطفال أحالت يوسف إلى علاج النطق، وطلبوا 24 جلسة.",
        // Memory care's evening notes; a sister writing in Russian about her brother.
        "Ellsworth Tibbs (Willowmere, Hawthorn neighborhood) had another rough evening. Starts pacing around 4:30, tries the exit doors. He settled around 8 after toileting. He hasn't had a BM in 4 days - could we get a UA?",
        "Я сестра Андрея Орлова, он поступил к вам 1 марта. Ему дают новое лекарство (налтрексон), раньше он лежал в больнице.",
        // A student known by given name and what sets him apart; a Portuguese self-introduction.
        "Sam -- any chance you could take my 2pm Thursday? It's Tariq, the engineering PhD student with the panic attacks I brought to case consult.",
        "Sou a Larissa Conceição, faço acompanhamento com a Dana às quintas. Essa semana tive duas crises de ansiedade fortes e não consegui ir às aulas.",
        // A name a hard wrap split; a child known by where he lies in the emergency department; a
        // specialty-pharmacy brand beside a given name told apart.
        "We received a denial from the patient's insurer for the hereditary cancer panel\n(BRCA1/2 + 28 genes) ordered by your genetic counseling clinic for Zdeňka\nProcházková. Denial reason is lack of documented family history.",
        "Hi plastics,\n\nJayden in peds 3 -- the 7 yo with the dog bite to the L cheek -- mom is asking again when you'll be down. The wound is irrigated and covered. He's been NPO since 1300.",
        "Renata - Priya (the one with the Mavyret script from Dr. Alvarez, not the other\nPriya) called again. She wants to know if she can start her 8 weeks before the lab comes back.",
        // A device clinic's patient by her implanted device's transmissions; a fertility patient's own cycle.
        "The following patient's home monitor has not transmitted in 21 days.\n\nPatient:            Dolores Fairweather\nDevice:             Solace CRT-D\nLast transmission:  04/17/2024 (AT/AF burden 18%, BiV pacing 91%)",
        "Hi Marcus,\n\nI need the funds released by Wednesday. I'm already on day 6 of stims and my retrieval is probably going to be this Saturday.\n\nRenee Castellanos",
        // A family name typed in lower case opening a quick note about what the patient did.
        "fyi mcallister called again re: her embryo storage bill + she wants a copy of her retrieval op report for her new clinic. can u call her back",
        // A child known by family name to the care team; a hyphenated family name with a place word;
        // a son's Russian letter about his mother's diabetes with her birth date; an eye clinic's phone note.
        "Tanya can u look at this? its the shevchenko kid, the one that moved here from Kharkiv in Jan. Clarity shows lots of 300s after school. not sure if they're bolusing for snacks",
        "can you squeeze in Sophie Nguyen-Park thurs am w/ Dr Abernathy? 11yo, EGD w/ biopsies, repeat after 8 wks on the PPI + elimination diet.",
        "Мой сын Даниил Петров (дата рождения 21.11.2008) наблюдается у доктора Хаддад. У Даниила диабет 1 типа с 2016 года.",
        "dr o - mrs lindgren POD1 LE this am IOP was 32, cornea a little hazy. gave cosopt x2 5 min apart + diamox 500 po per your verbal. rechecking 2pm",
        // A mother's Arabic letter about her son's fracture; a patient named with a lower-case particle; a reminder quoted in a reply.
        "أكتب إليكم بخصوص فاتورة ابني يوسف الحسيني. أُحضر إلى قسم الطوارئ يوم ٢ مارس بعد كسر في ذراعه الأيسر، وتم عمل أشعة وتجبير الذراع.",
        "PPD placed 3/3 on Mr. al-Khatib (Abdelrahman, goes by Abdel) read today at 14 mm induration. No cough or night sweats. Chest x-ray is coming at 1300.",
        "Cant make it that day. foot is better, the sore closed up. can we push it a couple weeks?\n\nJoe\n\n> Reminder for JOSEPH TRAN\n> Podiatry - Dr. H. Feld\n> Please bring your glucose log and wear the offloading boot.",
        // A Russian writer naming himself; a Serbian name with a measles titre; a schoolgirl told apart
        // by her grade; a burn patient's graft in a colleague's note.
        "Здравствуйте, Рената.\n\nЭто Аркадий Соколов. Я принимаю таблетки уже шесть недель, каждое утро при медсестре. Последний анализ мокроты был отрицательный?",
        "Tomás - can you call Dragana Petrović-Ilić today? She got her IgG drawn at the occupational health clinic and it came back NEGATIVE, so she should still get the MMR vaccine.",
        "Marisol (the 7th grader at Larkspur Middle whose rash started Friday) -- her mom called me this morning. She said the urgent care swabbed her throat.",
        "Can you see Zdzisław Wróblewski in the 3pm follow-up slot? His chest graft site has a 3 cm area of loss. I'd try silver dressings x2 wks before we talk about regrafting.",
        // A Russian patient's infusion and pregnancy with her birth date; an Arabic sleep study; a sleep
        // lab's patient; a name after a doctor spoken to.
        "Меня зовут Ирина Соколова, дата рождения 22.07.1980. У меня запланирована инфузия окрелизумаба на следующий вторник, но я только что узнала, что беременна.",
        "أنا خالد العتيبي، تاريخ الميلاد 1975/11/08. أجريت دراسة النوم في مركزكم يوم 28 مارس، وأخبروني أن لدي انقطاع النفس أثناء النوم.",
        "heads up for Thursday - Krzysztofa Wiśniewska is coming in for PSG + MSLT. urine drug screen AM before nap 1.",
        "Dr. Al-Harbi, Dmytro Kovalchuk's wife phoned - the Xifaxan wasn't covered. He's only on lactulose now and she says he's sleepier.",
        // A follow-up clinic's visit by the child's age; a baby's donor milk (blind set prose120).
        "Dmitri Kuznetsov's 18-month visit got moved to Wednesday 8/21; mom would like PT to see him that same day.",
        "Can you bump Baby Boy Osei up? Team advanced him this morning; donor milk is making up the rest.",
        // A Korean family name that is also a place word, before the comma of a remittance's patient line (blind set
        // prose121).
        "The ERA did not post.\nPatient name: PARK, HAE-WON\nThe transfer happened in early labor; her postpartum visit is Friday.",
    ])
    func patientInProse(_ body: String) throws {
        #expect(try Self.verdict(body) == .phi)
    }

    /// Staff title shorthand about one patient by record number: the number alone as the Subject.
    @Test("a record number alone as the Subject is a patient's when the opening is care", arguments: [
        ("00512244", "00512244 -- fent + on the 10/13 UDS per lab. Counseling hold on take-homes.", ContentVerdict.phi),
        ("SB-079334", "pls call parent for SB-079334 -- strep came back positive, amox rx sent.", .phi),
        ("00512244", "the conference room is booked for Friday, bring the budget.", .clean),
        ("Huddle notes - chikungunya, YF supply", "1. Chikungunya vaccine: extra counseling for anyone 65 and older.", .clean),
        ("RE: In-service Oct 16 - LiteFlow 5", "Count me in. Ask the rep to cover the pulse-dose settings for the rehab programs.", .clean),
        ("Invoice 208811", "the colonoscopy scopes were serviced and returned.", .clean),
    ])
    func recordSubject(subject: String, body: String, verdict: ContentVerdict) throws {
        #expect(try Self.verdict(body, subject: subject) == verdict)
    }

    @Test("staff, correspondents and people spoken to are not patients", arguments: [
        "Dr. Maria Lopez will cover the clinic on Friday; the biopsy slots are open.",
        // A place named Park; a weekday before a comma is no family name; a group greeting.
        "The Oak Park clinic reopens Monday with colonoscopy slots.",
        "The Ridge Pike clinic reopens Monday with colonoscopy slots.",
        "Ask your child's doctor about the RSV antibody shot.\n\nAvailable in: English | Español | Tiếng Việt | Soomaali",
        "The vaccine fridge beeps again. Downloads move to Monday, not Friday, Harriet said.",
        "Dear Lincoln Families,\n\nWe have had a few reports of head lice. Keep your child home with a fever.",
        // A place named for a saint, though San is also a given name; a holiday named for a person.
        "The San Isidro water district will shut off the main Sunday. Dialysis-in-center is not affected.",
        "Our clinics are closed in observance of Martin Luther King Jr. Day. Urgent Care West is open 10 to 8.",
        "Maria Lopez, RN is leading the infusion training next week.",
        "On 3/4/2024 9:30, Vincent Johnson wrote:\n> Orthopedic Surgery moves to the new wing in May.",
        "Hi Ms. Jordan,\n\nattached is the updated pricing for Ozempic (semaglutide) for your type 2 diabetes programs.",
        "Meet Jasmine Ortega, CPNP, our new pediatric nurse practitioner; flu shots start Monday.",
        "Present: B. Klein (chair), J. Pell, Dr. Feng, M. Haines\n1. Readmissions after discharge rose.\nJ. Pell to pull the discharge call data.",
        "ORs 1-4 terminal clean Saturday; route stretcher traffic through the back hallway.\n\nEVS contact: Marisol Garza, ext 3312.",
        "Former Governor Alan Mercer served as honorary chair of the gala for the new pediatric infusion wing.",
        "Please practice in the sandbox with the fake family: Timmy Testerson, DOB 01/01/2020, for a well-child visit.",
        "Dear Eleanor Abernathy,\n\nItems due 10/20: \"The Complete Guide to Living with Arthritis\" (book).",
        // A clinical instrument named for a person; an office held; a recruiter; a reply header's time.
        "Policy NUR-214: a Morse Fall Scale of 45 or more means a bed alarm on admission.",
        "St. Brigid Medical Center names Megan Reddy President and CEO; she opened the cardiac catheterization lab.",
        "Apply by 5/12. Contact recruiter Kim Bhatt about the dialysis RN opening.",
        "On Sun, Mar 3, 2024 at 9:30 PM, Brian Lawrence <blawrence@clinic.test> wrote:\n> the biopsy slots are open",
        // Honorees near advice to a group; a pet's owner; an airline's "MR" is no record label.
        "Students of the Month: Sofia Szabo, Elijah Abernathy.\nStudents with a fever should stay home until fever-free.",
        "Dear Kwame Takahashi,\n\nBiscuit (canine) is due for his rabies vaccine.\nPatient ID: 015864",
        "NOVAK/LORRAINE MR\nSkyPoints #: 6331686388\nNeed special assistance (wheelchair)? Add it under Manage Trip.",
        // Spanish typed in lower case: an article and a verb that the name lists also hold (blind set prose99).
        "Quiz key: 10. \"tome una tableta por vía oral dos veces al día con comida\" (insulin pen, blood thinner, pacemaker).",
        "Glossary: \"tome esta noche\" = take tonight; \"por favor\" before the dose; heart attack, stress test.",
        // An exercise's name in lower case (blind set prose107).
        "Offer a balance class 3x per week (tai chi, Otago-style or chair-based) for residents with dementia.",
        // Brands read as a rare given name and a word; staff led by a role; offices after a name.
        "The Alaris replacement (B. Braun Space+) goes live 8/5; heparin and insulin limits as before.",
        "Stryker Power-LOAD units are on Medic 11 and 14; stroke destination protocol update 7/1.",
        "Supervisors Maria Lopez and Derek Shaw are the heat safety leads. Heat stroke is a medical emergency.",
        "Inpatient nursing HPPD target 9.2 (med/surg). Template in the Finance SharePoint. Karen Whitlow, CFO",
        "146 rural hospitals stopped inpatient care since 2010.\n\nHarold Greaves\nBoard Chair, Valley Regional Health",
        " 1. Auto-reflex repeat lactate when initial >2.0 (lab + IT, Joanna Pike)\nSepsis bundle compliance was 71%.",
        // A companion guide's test member and claim.
        "NM1*IL*1*SUBSCRIBER*TEST****MI*TEST00000001~\nDMG*D8*19000101*U~\nHI*ABK:Z00.00~",
        // A hotel read as a rare given name and two words; trainees in a pharmacy class.
        "Sessions: vascular access cannulation workshop; home hemodialysis panel.\nHotel block: Hyatt Regency Denver.",
        "Patient | Drug\nTRAINEE, TINA | albuterol HFA 2 puffs q4-6h prn",
        // A plan named like a person; the sender's own callback line; standardized-patient casting.
        "Cordell Mutual's 2025 DME fee schedule: CPAP device rental, O2 concentrator rental, full face mask.",
        "Questions about the diabetes class? Leave a message on our callback number\n312-555-0166.",
        "We're casting for the OSCEs. Case A \"Mr. Vernon Pike\" - 60s, chest pain on exertion.",
        // A roster's header row after its "Name" column; a schedule's cells of given names and initials
        // (blind set prose119).
        "Infusion contact sheet:\nName\tRole\tCredentials\tExt\tPager\nDana Kowalczyk\tCharge Nurse\tBSN, RN\tx2210\t4417",
        "Infusion grid:\nDays charge\tShawna R.\tAmber S.\nPM CNA\tSharee W. / Tessa G.\tBao V.\nNights\tLupe M.\tLupe M.\tNhia L.\nHoyer lift competency Thursday.",
        // A hyphenated given name on a roster; an office after a Spanish-looking honorific; a saint's hospital
        // (blind set prose120).
        "Feeding contact list:\n\nName: Mei-Ling Cho\nCredentials: RD, CSP\nRole: Neonatal dietitian",
        "Please update the carrier appointment sheet.\nMarcus Oyelaran | Sr. Account Manager | x151 | Cascadia group",
        "Network: St. Brendan's anesthesia group is still out of network; surprise billing protections apply.",
        // A shift swap read as "Keon's Sun"; school staff by honorific; an interpreter; a company;
        // a car's service appointment.
        "Any chance I can swap my Sat 7-3 with Keon's Sun 7-3? Also the stretcher #14 wheel is still pulling left.",
        "If no sub, Mrs. Dyer in the office is trained for the oral meds but NOT the g-tube feed at lunch.",
        "Congrats to Ms. Hill's 2nd grade class! Several cases of head lice were reported; flu vaccine clinic is Friday.",
        "Vietnamese interpreter Huong Le has been with us 17 years. \"Look at the patient during the glucose test.\"",
        "Meridian Generics is voluntarily recalling 14 lots of Metformin HCl Extended-Release Tablets USP.",
        "Brennan Bulletin: the second cath lab is on track. After 31 years in Patient Access, Rhonda Pilarski has retired.",
        "Yes I can cover Monday. Is Dr. Pruitt doing the procedure block?\n\n> From: Lena Marsh\n> Sent: Friday\n> Kid has a dentist appt at 9",
        "Visit limits remain 20 per member with prior authorization. Contact your representative, Jordan Whitley, at ext. 2284.",
        "Hello Maria,\n\nYour service appointment is confirmed.\nAdvisor: Jason Pruett\nVehicle: 2021 Toyota RAV4\nCheck engine light diagnostic",
        // Words after a given name that is also a word; a role label with a colon; form filler.
        "Grace Period ends 12/31 for the premium; the ECG and lab benefits stay the same.",
        "Lab interface queues the results during the EHR downtime. On-call analyst: Travis Unruh.",
        "Patient name: Please Print\nReason for the MRI visit:",
        // Clinics named like people; an office after a patient label; a meeting's attendance list; a new hire.
        "Delineation of privileges - Radiation Oncology. Tri-Rivers Cancer & Specialty Network credentialing.",
        "Dear Valued Patient,\nTell us about your recent visit and your cancer care.\nTri-Rivers Patient Experience Office",
        "Present: Alicia, Darnell, Priya, Josh\n- Medication administration recertification: 6 DSPs expire in October.",
        "MEET OUR NEW HYGIENIST: Kim Tran joins us from Northwestern. Kids' checkups and x-rays fill up fast.",
        // Someone to ask; a colleague covering a clinic; an agency named like a person.
        "Baby supply drive for our L&D families. Questions: Kathy Brandvold or the Perinatal SW office x4-6120.",
        "I'm on PTO Friday. Margit Swenson from the float pool is covering the 9-1 wound clinic session.",
        "Renewal of the MOU with Alder Legal Aid. Training for residents on screening for unsafe housing and asthma.",
        // A simulation's newborn; a street named like a person; a newsletter's quotation and kudos;
        // a well-water test; two co-chairs; a delivery's addressee; a garden.
        "Scenario 3 - \"Baby Girl Sim\"\nMom is 29, prolonged second stage, thick meconium. Start PPV within 60 seconds.",
        "Who is affected: Eastgate, Hamilton Rd and Castleton urgent cares. Lab results will queue until 05:00.",
        "\u{201C}We know the drivers by their trucks,\u{201D} laughs Jolene Marsh, our first drug-screen collector.",
        "Kudos to Terri Voss and the Eastgate team for 1,100 walk-ins at urgent care over Thanksgiving.",
        "Dear Nicole Farrand,\n\nTest results for your private well water sample: total coliform absent.",
        "June Okamoto-Reyes & Dr. Kenji Sato, co-chairs\nAgenda: dialysis referrals, asthma and housing.",
        "Ship to: Receiving Dock\nAttn: Sandy Triplett\nFoley tray 16 Fr w/ urine meter, 12 EA",
        "Your order for the Linden Healing Garden is ready; the crew needs access outside the NICU family lounge.",
        "Auth #: UR-2611-33908\nValid: 12/01/2026 - 01/15/2027\nPhysical therapy visits approved for the group contract.",
        // A crisis line's role-play callers.
        "Here are the caller roles for Saturday's role-play.\nCALLER C -- \"Mr. Oliveira,\" 70s, took a bunch of pills, lonely.",
        // A newsletter's welcome; a therapy schedule; a county clerk and a gravel company.
        "Welcome, Kayla Brandt, PA-C\nKayla joins our clinic October 1. Walk-in flu shots every weekday.",
        "Mon  PT (contract, Kelsey) 8-12 only\nWed  PT (Kelsey) 8-4, OT 8-4\nOutpatient PT is cancelled that week.",
        "Present: Commissioners Hauschild, Ebert. County Clerk Pam Vogt.\nGravel bids: Prairie Aggregates $15.05/ton.\nAmbulance: a second paramedic.",
        // An office word after a patient label; a city; a car's appraisal appointment.
        "Medical Center Named a 2026 Patient Experience Leader, based on surveys of 4,200 discharged patients.",
        "Patient Portal Messaging and Medication Adherence in Hypertension: A Randomized Clinical Trial",
        "Registration is open for our family conference in Ann Arbor! Sessions on sick-day letters and emergency protocols.",
        "Dear Chidi Okafor,\n\nYour collision claim has an appraisal appointment Monday. If anyone was injured, tell your adjuster.",
        // A new colleague; a phone's protection plan; a training region's made-up claim.
        "Priscilla Obi starts Monday as our newest case manager; she is great with our CHF and transplant folks.",
        "Discharge call volumes are in the QI report.\n\nNadia Farouk, Patient Relations",
        // A store's rewards mail offering a flu shot to every shopper.
        "Hi Karen,\n\nGet your flu shot at any ValueMart Pharmacy this month and earn 500 Rewards points. No appointment needed.",
        // A coding quiz's scenarios; an invoice's blood pressure cuffs.
        "Quiz #12 - no names, scenarios only.\n1. Routine phaco with IOL, right eye. CPT?\n\nSherri Calloway",
        "Hello Amanda,\n\nPlease find your invoice.\n  454095  Blood pressure cuff, adult  25 x $26.51\n  Nitrile exam gloves, M",
        "Hello Lauren,\n\nClaim for your Galaxy S25 (accidental damage - cracked screen): denied.\nMember ID PP-88102-4471\nDeductible: $99.",
        "It is a made-up claim on the TRAINING region, not production.\n  Patient: Jane Q. Sample  DOB 01/01/1980\n  Member ID: TRN0000001-01\n  Service: 20610 (joint injection)",
        // A roster with role columns; who placed an order; given names in a list; certifications
        // and a trade before a name; a booking's travellers with their birth dates.
        "April on-call:\nWeek of   Primary RN         Backup            Hospice RN\n3/31      Kelsey Dorn        Nadia Petrenko    Rafael Quintero\n4/7       Marcus Oyelowo     Kelsey Dorn       Kelsey Dorn\n4/14      Nadia Petrenko     Marcus Oyelowo    Rafael Quintero",
        "Order #: 88213-A\nOrdered by: Paula Ng\n 4  Lidocaine HCl 2% w/ epi 1:100k, 50 carpules   $48.75",
        "- Juneteenth: Tess, Marco and Ana R are working.\n- Chemo competency renewals due 6/30 -- Hollis, Jasmine, Priti, you're on the list.",
        "INFUSION CENTER adds Saturday chemo chairs. Kendra Vollmer, CCRP, was named Coordinator of the Year.",
        "Replace the chiller valve on 4 West; contractor foreman Dave Kirchner will use a portable HEPA. Plan admissions to 412-418 accordingly.",
        "Record locator: KXR7QP\nPassenger 1: GREER/JULIAN MR   DOB: 1977-10-21\nTraveling with medical equipment (CPAP, oxygen concentrator)? Add it in Manage Trip.",
        // An arborist's quote; a build's trigger; a colleague's team in parentheses; a car in the
        // hospital's garage.
        "Dale,\n\nOur arborist (Mike Danforth, ISA cert MW-5521A) confirmed the pin oak by the clinic's north entrance has oak wilt. Two limbs over the walkway should be removed before they drop on a patient.\n  2. Injection treatment of the two neighboring oaks .... $640.00\nWe can schedule the surgery the week of 4/22.\n\nKelsey Vang",
        "Build #1482 of patient-merge-service FAILED\nStage: discharge-queue-consumer\nTriggered by: Devon Achterkamp (commit \"retry on admit event timeout\")",
        "KUDOS\n - Priya Ramaswamy (Auth Team) for cutting MRI auth turnaround to 1.8 days.",
        "Attaching the repair estimate for the claim. No injuries, a parking lot backing incident in the hospital garage.\n\nRay Kaminski",
        // Who takes the schedule's swap requests; a disease named for a place beside a school's news.
        "Swap requests to Darnell Oakes by 3/22. Reminder that NRP renewals are due, and the fetal monitoring class is 4/11.",
        "Pertussis: 7 cases YTD, ensure Tdap up to date for sports physicals.\nVector-borne: first positive mosquito pool (West Nile virus) of the season.",
        // A credential before the name; a ticket's assignee and its asset tag; whom to ask; a
        // biomed technician's certification.
        "Blood sugar and blood pressure checks at the finish line by our nursing team. Foot care talk with our FNP Renata Yellowhorse at noon.",
        "Specimen labels print blank on the dialysis unit.\nAsset tag: RKC-PRN-02231\nAssigned to: Nathan Okoro",
        "TB and flu vaccination attestations are due with the packet. If you have any questions please contact\nAndrea Tolliver at 555-0116.",
        "Product water cultures all < 50 CFU/mL, dialysate cultures within limits.\n\nRon Stasko, CBET\nRegional Biomed",
        "Bác sĩ Huỳnh Văn Tư trực chiều nay; lịch chạy thận dời sang thứ Tư.",
        // Given names thanked in a list across a line; a clinic's opening as a headline after "PT".
        "Our ATCs covered 412 high school events and performed 3,200 pre-participation screenings. Thank you Jenna, Rob,\nKaitlyn and Tyrell!",
        "PT GRAND OPENING - POWELL\nOur fourth physical therapy clinic opens at 3900 Sawmill Pkwy on June 24, with a return-to-sport gym.",
        // A nurse named by her shift's role; a contact on the Questions line; an airline's traveller.
        "Infusion schedule is final.\nAgency RN Thursday is Kelsey Ward, her badge will be at the security desk.",
        "Valet will run as usual for infusion and radiation patients.\n\nQuestions: Facilities work order line x3300, or Ray Mendoza, 608-555-0119.",
        "For Wednesday's role play, pair up and alternate caller/rep.\n\nSCENARIO B - authorized rep on file\n  Caller: \"This is Sam Sample, I'm the POA for my father.\" He got a letter about his MRI being denied.\n  Sample member: SAMPLE, SAM SR   ID NRH99999902   DOB 02/02/1940",
        "Monthly medication regimen review, February - facility-level summary for Cedar Hollow.\nResidents reviewed: 112\n- 6 residents with sliding scale insulin only, no basal",
        "Items: incontinence pads (reusable) 1,840 lbs; bath linens 2,210 lbs; isolation gowns 600 ea\nAmount due: $6,482.17\nPlease call Brenda Kline at 570-555-0121 to pay by card.",
        "Downtime reports (census, med lists) will print automatically to PRN-3F-01 at 12:30 AM. Blank Rx pads are in the locked drawer.\n\nKyle Brandon, IT / EHR Analyst",
        "Flu shots are still free at the Campus Pharmacy with your ID card.\n\nWarm regards,\nMeera Pillai, Yusuf Demir and Ling Zhao\nInternational Student & Scholar Services",
        "Work Order 233918 has been COMPLETED.\nBuilding: Health Center, Room 118 - Pharmacy\nRequested by: Helen Marsh, 555-0146\nProblem: Vaccine refrigerator #2 high temp alarm",
        "Dear Ana Ruelas,\n\nWe received a contribution to your Health Savings Account.\nMember #: ****8127\nAmount: $125.00\n\nRemember: qualified medical expenses include copays, prescriptions, dental and vision care. Keep your receipts!\n\nHarvest Federal Credit Union | Routing 263190448\nFederally insured by NCUA.",
        // A staff roster typed as a table under a department; a ticket's work notes and its printer;
        // a floater covering a shift beside a vaccine clinic; shelters on a discharge resource list.
        "Please add trauma OR corridor + SICU + ED core access for the incoming PGY-1 general surgery residents. Badge numbers:\n\nName                   Program        Badge #\nAdebayo, Folake        Gen Surg       CMH-77120\nBrennan, Liam          Gen Surg       CMH-77121\nCastillo, Mariana      Gen Surg       CMH-77122\n\nThanks,\nOphelia Grant\nResidency Program Coordinator, Department of Surgery",
        "Short description: Zebra label printer (Rx station 2) offline - Store #118\nAssigned to: Leo Brandt (Field Services)\n\nWork notes (Leo Brandt, 03/12/2025 10:44):\nRestarted the spooler, test label printed OK.",
        " - #118 Tue 4/8 and 4/15 evenings: floater Chris Oduya covering\n - #131 Sat 4/12: no vaccine clinic that day",
        "Updated resource list for dispo planning:\n- Esperanza House (women & children, DV) -- call the hotline only.\n- St. Vincent Respite -- accepts ED discharges with wound care needs or IV abx via PICC.",
        // Whom to ask for at HR beside a benefit's care words; a change record's implementer; a
        // newsletter's citation; a training database's sample recipient.
        "Fertility benefit now covers IVF and egg freezing. Mental health visits $0 copay in network.\n\nQuestions? Drop-in hours Wednesday, or call Benefits at x2040. Ask for Tamsin Coyle or Rob Guerrero.",
        "Summary: patient portal upgrade (results release rules engine)\nImpact: test result notifications queued.\nImplementer: Priya Natarajan (IS Ambulatory), backout owner: Raj Iyer",
        "Member abstract highlight: \"Cumulative live birth after PGT-A vs untested transfers\" (Okonjo, Brandt et al.) - modest benefit in miscarriage rate.",
        "We'll walk through the SAMPLE donor record in the TRAINING instance.\nName: Sample, Donor A (TEST)\nMatching tab: linked to \"RECIPIENT, TEST\" (MRN 99900010)",
        // A coverage grid by service; a facilities foreman; a newsletter's welcome and kudos.
        "Coverage for next week:\n\nMon 3/17  Endo: Feld, Haddad, NP Ames   GI: Abernathy, Chen   Neuro: Siddiqui, Tsai\nTue 3/18  Endo: Feld, NP Ames           GI: Okoro, Chen       Neuro: Siddiqui   Genetics: Aponte\n\nFront desk: Maria at check-in Mon/Wed/Fri, Tyrell Tue/Thu. Diabetes ed Friday.",
        "Location: Infusion Suite rooms 3112-3120, Genetics, Endo clinic\nImpact: Infusion Suite must not be scheduled on 3/29.\n\nContact on site: Gary Lindell, HVAC foreman, cell 412-555-0222.",
        "By the numbers: Intravitreal injections 2,318; glaucoma clinic visits 900.\n\nWelcome! Daniel Ruiz-Amaro, MD (glaucoma) and Irina Volkova (medical\ninterpreter, Russian/Ukrainian).\n\nKudos: Colin Birch passed his BC-HIS board exam.",
        // Given names due for a CPR class; contract staff's badges; an on-call escalation; a peer review's attendance line.
        "Swaps need to be approved by me or Marcy by the 28th.\n\nReminder: annual CPR/BLS expires for Noor, Jason and Brittany in April, class is 4/9 0900-1300 in the training room.\n\nRenee Castellanos, RN\nCharge Nurse, Medical Unit",
        "Following KCHP staff have jail access badges expiring before 4/30. Background re-check and the annual TB screening results take about a week.\n\n  Castellanos, Renee     badge C-0411   exp 04/02\n  Haddadin, Noor         badge C-0587   exp 04/09\n  Lindqvist, Marcy       badge C-0602   exp 04/15",
        "Service: dispatch-core / patient-retry-worker\nInitial diagnosis from auto-triage: memory limit too low. Suggested treatment: roll back.\n\nAcknowledge: reply ACK 88214 | Escalates to Priya Banerjee in 15 min.",
        "PEER REVIEW COMMITTEE - MINUTES\nPresent: Haddad (chair), Morrow, Castellanos, Kowal, Osei (minutes)\nCases are de-identified per policy.\n\nCase A. 40s female, chest pain at 0200, ECG done within 15 min, sent out, ruled out.",
        "Hello HAMID ROSTAMI,\n\nYour trip is confirmed. Confirmation code: XQ7TRM\nFlight NS 2281 MSN -> ORD Fri 11 Apr 2025 Seat 14C\nTicket number: 0127439910281\n\nNeed special assistance at the airport (wheelchair, medical device, oxygen)? Add it under Manage Trip.",
    ])
    func staffAreNotPatients(_ body: String) throws {
        #expect(try Self.verdict(body) == .clean)
    }

    /// The care vocabulary: symptoms and home-care words count tied to a named person, not alone.
    @Test("symptoms and home-care words are PHI only when tied to a named person", arguments: [
        ("Flu season tips: fever, chills and a sore throat usually pass within a week; call if short of breath.", ContentVerdict.clean, "update"),
        ("Reminder: shower chairs, commodes and walkers are restocked in the supply room on Tuesdays.", .clean, "update"),
        ("Mrs. Okafor had a fever overnight and some vomiting this morning.", .phi, "update"),
        ("Gave Mr. Brandt his noon pills and helped him with the shower chair.", .phi, "update"),
        ("The TPN for Mr. Castellano needs to be there before noon.", .phi, "update"),
        // A gym's personal training ("PT session") and body-composition scan are no one's care.
        ("Hi Marcus!\n\nHere are your InBody results vs. January:\n\n  Weight ............ 204.6 lb (-7.2)\n  BMI ............... 27.4\n\nYour next personal training session is Tue 4/16 at 6:00 am.\n\nMember ID: BF-20931 | Plan: Rancher Early Bird\n\nKeep it up,\nKayla Brandt, NASM-CPT\nBasin Fitness | 406-555-0157", .clean, "Your InBody scan results + next PT session"),
        ("Marcus Delaney: PT session Tue 4/16 after the knee arthroscopy, call 406-555-0157 with questions.", .phi, "update"),
        // A gym's recovery room under its footer; a credit union's HSA deposit; a malpractice policy.
        ("Hi Kelsey,\n\nYour Personal Training (PT) session with Coach Dre on Thursday has moved to\n6:15 PM. Your member # is 44821 and you have 3 sessions left in your\n10-pack (expires 9/30).\n\nNEW: \"Bulletproof Knees\" ACL injury-prevention workshop, Sat 7/20, 10 AM.\nLearn landing mechanics, hamstring strength and the Nordic curl progression.\nOpen to members + one guest. Coach Dre is a former college athlete who tore\nboth ACLs and came back, so bring your questions!\n\nReminder: hydration station in the recovery room is back up, and the cold\nplunge is open again after the pump repair.\n\nStay strong,\nIronWorks Fitness - Hilliard\n4400 Cemetery Rd, Hilliard OH | 614-555-0115\nUnsubscribe | Manage preferences", .clean, "Your PT session is moved + ACL injury-prevention workshop"),
        ("Hello Gail,\n\nA deposit was posted to your Health Savings Account.\n\n  Member #:          0088213\n  Account:           HSA Checking ****4471\n  Amount:            $250.00\n  Description:       EMPLOYER CONTRIB - RIDGELINE ORTHO\n  Posted:            06/14/2024\n  YTD contributions: $1,750.00 of $4,150.00 (2024 self-only limit)\n\nRemember: keep receipts for qualified medical expenses. You can upload them\nin the \"HSA Receipts\" tab in online banking.\n\nFor your security, Buckeye CCU will never ask for your full account number,\nPIN, or date of birth by email or text.\n\nBuckeye Community Credit Union | Federally insured by NCUA\n800-555-0122 | Routing 244000000", .clean, "Member #0088213: HSA contribution received"),
        ("Dr. Liang,\n\nYour reappointment at Ridgeline Surgery Center and St. Mark's is due. We have\npre-filled what we can:\n\n  NPI:                1851400000\n  Ohio license:       35.118204 (exp 10/01/2025)\n  DEA:                on file, exp 08/31/2026\n  CAQH ID:            14220000 - last attested 03/02/2024\n  Board cert:         ABOS, recert due 2027\n  Malpractice:        ProAssurance policy MP-44810, exp 12/31/2024\n\nStill needed from you:\n  - Signed attestation (pages 3 and 7)\n  - Updated CV (last one we have is 2021)\n  - Case log for the past 24 months (the ASC can pull this - just sign it)\n  - TB screen and flu attestation\n\nPlease return by 7/1 so there's no lapse in privileges.\n\nThanks,\nRenata Oduya, CPCS\nMedical Staff Credentialing Specialist | x2260", .clean, "Action needed: reappointment packet due 7/1"),
        // A school athlete's return to play (a trainer to the coach), a gel shot, a carpal tunnel release.
        ("Coach,\n\nQuick update for this week:\n\nBrianna Holt finished step 5 of the return-to-play protocol yesterday with no\nsymptoms. Dr. Raman saw her this morning, repeated the ImPACT (back to her\nbaseline) and signed her clearance. She can do full contact practice Monday and\nis good for the game Wednesday. Keep an eye on her the first couple of days and\nsend her to me if she mentions headaches at all.\n\nI'll send the signed form to the office so it's on file.\n\nRob\n\nRob Dunleavy, ATC, LAT\nAthletic Trainer - Lakemont High School\nRidgeline Orthopaedic & Sports Medicine", .phi, "Injury update - girls soccer"),
        ("Kim - Mr. de la Fuente did fine with the 2nd gel shot in the R knee this am,\nno reaction. Can you book #3 for next week, same time? He asked if his wife\ncan drive him since he's not supposed to be on the highway after, I said sure.\nAlso he needs a new handicap placard form, I left it on your desk.\n\nK", .phi, "gel #2"),
        ("Billing -\n\nPt Trần Văn Minh had his R carpal tunnel release with Dr. Liang today (OR 3,\n2nd case). Registration has him as TRAN, VAN MINH but his insurance card says\nMINH, TRAN VAN and his son says the family name is Trần. I don't want the claim\nto bounce again like last month - which one do you want on the case?\n\nHe went home at 11:50, did fine.\n\nDanielle", .phi, "name question - Tran V. Minh 6/3"),
        // Skin, teeth and bones (blind set prose48): a Mohs scar, a cosmetic clinic's Botox, an
        // orthodontist's elastics, a spine fusion from a patient typing in lower case; and the staff
        // shapes beside them (people news, a colleague's working hours, a call about a shift).
        ("Dr F - Marguerite called again this morning about the scar on her chin from the Mohs on the 14th. She wants to talk to you.", .phi, "Marguerite again"),
        ("Hi Brooke,\n\nMr. Al-Qahtani wants to move his Botox from Thursday to the following Monday, he's traveling.\n\nJasmine", .phi, "reschedule"),
        ("Dr R,\n\nSiobhán Ní Bhriain's mum emailed to say she stopped wearing her class II elastics over spring break. The overjet has come back.\n\nTess", .phi, "elastics"),
        ("hi dr marchetti its deb kessler, sorry to email so late i cant sleep. my fusion is on the 12th (L4-S1), do i stop the meloxicam now or the week before", .phi, "questions before the 12th"),
        ("4. PEOPLE: Renata Okonjo named CEO of the state HME association.\n\n5. CPAP resupply audits: keep the refill contact log.", .clean, "HCS Weekly"),
        ("Coverage:\n- Tue/Thu evals: Eastgate is sending Oksana Melnyk 1-6pm\n- Dry needling patients: only Jess and Oksana are certified, please route", .clean, "coverage wk of 7/8"),
        ("Marguerite called about her shift swap, she can't do the Mohs room float Tuesday.", .clean, "swap"),
        // A maternity service and a transplant centre (blind set prose49): a West African given name
        // that is a word, a Haitian family name after "St.", a mother's baby by her given name, a
        // Chinese father's newborn, a home visit's apartment; and the staff shapes beside them.
        ("FYI Blessing Okafor missed both runs last week. Came in sat with a K of 6.1 and 4.5 kg over her dry weight.", .phi, "missed tx"),
        ("andre - Ms. St. Fleur (Roselande), 34 wks, plts 82k today. OB wants anesthesia to see her before she's in labor.", .phi, "low plt pt"),
        ("Hi Dr H -\n\nFatima's little guy (rm 318, born Sunday night) had a TcB of 14.2 so we drew a serum.", .phi, "bili"),
        ("您好，\n\n我是林子轩的爸爸。子轩现在在NICU 16号床。护士说他昨天做了头部超声。", .phi, "关于我儿子"),
        ("Adding one for Tuesday afternoon:\n\n2219 Fernbrook Ln Apt 3B, Calder Bay\n\npostpartum day 5 - BP check (on nifedipine XL 30), c/s incision check", .phi, "add-on tues pm"),
        // A second capital after a family-name prefix is a name's ("LaToya DeLuca"), not a brand's.
        ("FYI LaToya DeLuca had her colonoscopy Tuesday, path pending.", .phi, "scope"),
        // Nor after a given name that leads a double given name ("JoAnn", "MaryBeth"), nor "DosSantos".
        ("JoAnn Pruitt had her colonoscopy Tuesday, path pending.", .phi, "scope"),
        ("MaryBeth DosSantos had her colonoscopy Tuesday, path pending.", .phi, "scope"),
        ("Completed trips: 212 (184 ambulatory, 22 wheelchair, 6 stretcher)\nRemit to: Meridian MedRide LLC, PO Box 8812", .clean, "Invoice"),
        ("Still need 1 RN (triage) Sat. Maren, Paolo and Kim already traded among themselves, that's fine.", .clean, "coverage"),
        ("Location: L&D - Central nurses' station\nCategory: Clinical Devices > Fetal Monitoring\nAssigned to:      Biomed / Clinical Apps (Oyelowo, Femi)", .clean, "[INC0051877] monitor frozen"),
        ("Triage notes: last healthy checkup 03:41, vitals CPU 340%\nOn call: Priya Venkatesh (primary), Marco Ilić (secondary)", .clean, "[P2] nicu-sync worker"),
        ("QBL called out at closure and at 2 hrs post-op; notify anesthesia if bleeding.\nDana Kowalczyk is doing spot checks next month.", .clean, "QBL audit"),
        ("3. Spotlight: the \"BP cuff at discharge\" program (Cole Abernathy\n    MD and Rosalind Achterberg RN)", .clean, "leads call"),
        // A laboratory, a genetics company, urgent care and student health (blind set prose50): a
        // given name a test was for, a Russian name after a preposition, a Chinese self-introduction,
        // a Portuguese worker's stitches; and the staff shapes beside them.
        ("Hi Tasha, did the urine culture for Dolores come back yet? Room 108, the one with the foley.", .phi, "urine culture?"),
        ("Сегодня утром ездила на дом к Беловой Нине Петровне — не смогла взять кровь, вены совсем плохие.", .phi, "повторный забор"),
        ("您好，\n\n我叫陈美华。上个月26号我在贵院做了胃镜，医生取了活检。", .phi, "关于我的病理报告"),
        ("Meu nome é Anderson de Souza Lima. Fui atendido no dia 12/08, levei 4 pontos e o médico receitou cefalexina.", .phi, "atestado"),
        ("EASTGATE\nSat 5/25  Dr. Okafor 8-4 | MAs: Janelle, Kim, Jess\nSun 5/26  urgent care X-ray on call | MAs: Janelle, Dana", .clean, "holiday coverage"),
        ("Our new occupational health van offers drug screens, DOT physicals and fit testing on site. Contact Tamsin Rowe to schedule.", .clean, "The Pulse"),
        ("Questions? Contact your HR partner:\n - Clinics 1-12: Yolanda Pierce, 555-448-2030\n\nGet your flu vaccine during your shift.", .clean, "open enrollment"),
        ("Requested by: Carla Vennes, SHC Operations\nAssigned:     Greg Tanaka, HVAC Tech II\nNotes: the vaccine storage room and the counseling suite are not affected.", .clean, "WO-2024-11873"),
        // A radiology group, a psychiatric hospital, autism therapy and school mental health (blind set
        // prose51): a given name by her scan's slot, a hyphenated given name in lower case, an account
        // in dashed groups, an Arabic father and a Chinese mother naming a son; and the lookalikes:
        // a credit union's member, a gym's weight, a crisis line, a colleague working out a contract.
        ("Dr S,\n\nPriya from the 9:15 breast MRI this morning (the one who got panicky in the bore) called back.", .phi, "Re: this morning"),
        ("hey is jan-erik lindqvist still on for the 2pm liver bx or did he cancel?? his INR was fine friday", .phi, "2pm"),
        ("Can you set up a payment plan on this one:\nAcct 7730-551-02\nDOB 12-Jan-1975\nUterine fibroid embolization 2/6, insurance terminated 1/31", .phi, "self-pay plan"),
        ("أنا خالد منصور، والد عمر منصور (١٥ سنة) الذي دخل قسم المراهقين يوم الأحد بعد محاولة إيذاء نفسه.", .phi, "بخصوص ابني"),
        ("您好，\n\n我儿子叫王浩然，今年3岁半，二月份被诊断为自闭症。医生建议ABA治疗。", .phi, "关于我儿子的ABA治疗"),
        ("Dear Marcus Albright,\n\nThank you for applying for a Riverbend Auto Loan.\n\nMember number: 0047781932\nDate of birth on file: 05/09/1981\n\nRiverbend Credit Union - Federally insured by NCUA.", .clean, "Your loan application status"),
        ("Hi Tyler!\n\nThanks for completing your free Health & Fitness Assessment.\n\nMember #: IWF-220931\nWeight: 184.2 lb | Body fat: 21.4%\nBlood pressure (screening only): 128/82", .clean, "Your InBody results"),
        ("3. Any yes -> call parent/guardian, call Larkspur mobile crisis (413-555-0100) or 911 if imminent.\n4. Brief suicide safety assessment (C-SSRS screener) same day, safety plan.", .clean, "suicide risk screening workflow"),
        ("Thu - relapse prevention/safety planning\nFri - weekend safety planning\n\nSchool tutoring 1 hr/day (Greg Halloran is working out the MOU).", .clean, "group curriculum"),
        // A pulmonary practice, a tribal clinic and a farmworker health centre (blind set prose52): a home
        // visit's trailer lot, a CT "of the chest", a flare told after the fact; and the lookalikes: a saint's
        // parish, a programme named like a person, a role-play's invented patient, an office read as a family name.
        ("Need a nurse for the dressing changes starting Monday. Elder at 1427 Ridge Rd, Lot 9, Cedar Hollow - the blue trailer. He's home from the hospital after they took off two toes.", .phi, "wound care visits"),
        ("Hello. I had the CT of the chest on January 22 to check the spot on my lung. Now I get bill for $1,140.\n\nZdzisław Wójcik", .phi, "Bill"),
        ("Lugar: Estacionamiento de la Parroquia San Isidro, Vista Grande\n- Pruebas de VIH y hepatitis C\n- Toma de presión arterial y glucosa", .clean, "Jornada de Salud"),
        ("- insulin needles/pen tips running out in the sample closet again\n- Dulce Vida fall class - maybe do it on Sunday afternoons", .clean, "notes from CHW meeting"),
        ("CASO DE PRÁCTICA: \"Doña Chona\" (personaje ficticio)\nDoña Chona tiene 58 años y tiene diabetes hace 10 años. Dice que la insulina la deja ciega.", .clean, "role play para el jueves"),
        ("4. Is it OK to text a patient's lab results to a coworker?\n\nReport suspected breaches to the Privacy Officer, Bernadette Comes Last, ext. 209.", .clean, "HIPAA refresher"),
        // Surgical services, a bariatric programme and an ENT practice (blind set prose53): a Polish
        // "Last, First", a given name by her clinic day, a bypass told by her social worker;
        // and the staff shapes: a welcome with roles in parentheses, a ticket's update, a district audiologist.
        ("Just the one from us:\n\nKowalczyk, Bartłomiej - cancelled, URI with fever 38.4 at PAT visit today. He was the 0730 inguinal hernia in OR 3.", .phi, "RE: cancellations 3/12"),
        ("Beth - remember Marisol from Tuesday's band adjustment clinic? the one who drove in from Carver county. She can't get water down.", .phi, "band adjustment lady"),
        ("After group tonight I'd like someone to reach out to Mrs Dragomira Petrović-Ilić. She shared she's been skipping her vitamins since the bypass last summer.", .phi, "support group - follow up needed"),
        ("Please welcome Dr. Andrés Villanueva (Anesthesiology), Priscilla Hung RN (PACU) and Marcus Oyelowo (SPD tech II).\nPACU average length of stay: 74 min.", .clean, "The Sterile Field"),
        ("Update from Dev Kulkarni, 11/06 10:42:\nRolled back the update. Please run the daily listening check before seeing anyone.", .clean, "[INC-0048213] audiometer driver"),
        ("If a student has a hearing aid or cochlear implant, check the remote mic.\n\nDistrict audiologist Ms. Carla Benson will run an after-school session on 12/4.", .clean, "Staff Bulletin"),
        // A diabetes centre and a rheumatology and infectious-disease practice (blind set prose54): a
        // teen on a tubeless pump, an Arabic mother's daughter and her glucose sensor, a Creole letter to
        // a patient; and the staff shapes: a new hire starting, a drill's made-up patients, an HR generalist.
        ("saw Priya again today, the 14 y/o on the tubeless pump you started in Jan. The lipohypertrophy on her belly is pretty bad now.", .phi, "saw Priya again"),
        ("أنا والدة ليلى بكر، مريضة عند الدكتورة فونتين. جهاز قياس السكر المستمر لم يرسل القراءات منذ أكثر من شهر.", .phi, "جهاز قياس السكر"),
        ("Bonjou Wilner,\n\nSe Kezia nan klinik Bayfront. Tès VIH ou te fè 3 oktòb la negatif, e tès ren ou bon.", .phi, "Rezilta tès ou yo"),
        ("Jul 22-26   Jordan PTO - peds phone triage: Renata AM\nJul 29-31   new hire Keisha Abernathy starts 7/29, orientation w/ me\nThe Pump Class moves to Wednesday.", .clean, "July educator coverage"),
        ("Drill registrations will use: DRILL, ALPHA / DRILL, BRAVO\nExamples: \"DRILL, DELTA - needs OPAT referral faxed\", \"DRILL, ECHO - infusion reaction\".", .clean, "Downtime drill 10/9"),
        ("Dear Carol Brandt,\n\nInvoice INV-2024-118733 for linen service - infusion suite recliner covers - is past due.\n\nThank you for your business.", .clean, "Invoice past due"),
        // A clinic for veterans and military families (blind set prose55): a prosthetic socket's care,
        // a rank before a surname, a beneficiary's hyphenated "LAST, FIRST", a veteran's own drinking told
        // from a personal address, a claimant known by birth date only; and the staff shapes: a month
        // before a clinician's name, service officers in parentheses, an adjuster, a code a member has.
        ("Update on Luis Cardenas-Ruiz (R transfemoral):\n\n- Cast for new socket 10/9, check socket fitted 10/16. Good fit, ischial containment\n  comfortable, volume fluctuation about 1 ply/day.\n- Skin at the distal end has fully healed since the last liner swap.", .phi, "check socket done"),
        ("quick q - MAJ Deshpande (ret.) came in Monday for her PT eval and front desk registered her as TRICARE For Life.", .phi, "MAJ Deshpande - which payer??"),
        ("Calder Army Health Clinic is referring the following TRICARE Prime beneficiary to your\nclinic. Please schedule within the 28-day access standard.\n\nBeneficiary: DUBOIS-TREMBLAY, MARIE-CLAIRE\nRelationship to sponsor: Spouse\nReferred for: Behavioral Health - individual psychotherapy, 8 visits", .phi, "Referral"),
        ("New referral for PT eval & treat, 2-3x/wk x 4 wks.\n\nDOI: 08/19/26        DOB: 1979.04.30\nInjury: low back, lifting pallet; MRI 9/22 shows L4-5 disc protrusion\n\nPlease send eval to me. Thanks", .phi, "New referral"),
        ("NEW PTSD GROUP COHORT STARTS NOVEMBER 3\nOur Cognitive Processing Therapy group opens a new 12-week cohort on Monday evenings.\n\nPROSTHETICS & MOBILITY CLINIC ADDS SATURDAY HOURS\nStarting in November, Priya Ramanathan, CPO, and team will see patients the first\nSaturday of each month, 8am-noon, for adjustments and repairs.", .clean, "Connections - October"),
        ("PACT ACT: HAVE YOU BEEN SCREENED?\nEvery enrolled Veteran can get a toxic exposure screening at the VA or with their\ncommunity care provider.\n\nFREE CLAIMS CLINIC - SATURDAY NOV 8, 9am-1pm\nPost 41 hall, 300 Depot St. Bring your DD-214 and any medical records you have. Our\naccredited service officers (Walt Pruitt and Denise Yarbrough) will help with new\nclaims, increases and appeals. No appointment needed.", .clean, "Blue Star Dispatch"),
        ("Claim number: 0447-21-889\nAdjuster: Phil Danko, 555-0162\n\nPer the report no injuries were reported by either driver and no ambulance was called.", .clean, "vehicle inspection scheduled"),
        ("General question, not about anyone in particular: TRICARE has been denying when every group member has 90785 on the same date.", .clean, "coding q - 90853 with 90785?"),
        // A gastroenterology group and a neurology and sleep centre (blind set prose56): an appointment
        // slot, a Botox round, an age and sex in shorthand, a chart pulled by its number, an accession,
        // a Chinese "I am"; and the staff shapes: a bulleted welcome split at its commas, a contact with
        // an address in parentheses, an IT ticket's caller.
        ("Tessa - Jolene, the 2:40 from Tuesday's liver clinic (the one with the husband who\nasked all the questions about the transplant list), her ammonia and INR came back\nworse than I'd like. Can you call and make sure she's taking the lactulose?", .phi, "jolene from tuesday"),
        ("Hi Dr L,\n\nPriya Raman called, she can't do the 14th (work trip). I can put her on the 21st at 2:40\nor the 28th at 9:00. She's due for her 155u round and the PA is good thru 9/30.", .phi, "botox move"),
        ("fyi Keisha (17F, bed 6) is going home this afternoon. Mom wants a copy of the discharge\nsummary faxed to the school nurse before Monday.", .phi, "Keisha d/c"),
        ("can you pull 2219847 and see if the para on tues ever got cell count sent? she had\n4.2 L off. if not, the tap fluid is gone so just flag it.", .phi, "pull 2219847"),
        ("Dr. Feld,\n\nAcc MR25-0091837  KOSTOPOULOS E  19910817\nMRI brain w/wo, MS protocol\n\n3 new T2/FLAIR lesions, one of them enhancing.", .phi, "new enhancement"),
        ("您好，\n\n我是陈美玲，上个月18号在你们中心做了整夜睡眠监测。医生说我需要用呼吸机。", .phi, "睡眠监测结果"),
        ("Please join us in welcoming:\n\n  * Jasmine Ortiz, RN - Endoscopy pre-op/recovery, starting 6/2\n  * Peter Obi, CST - Endoscopy tech, starting 6/2\n  * Leah Hoffmann, MD - Hepatology, starting 8/1 (coming to us from University Hospitals)\n  * Marisol Vega, CPhT - moving from the front desk to Prior Authorization (congrats!)\n\nBadge photos are Tues 6/3 at 9:00 in HR.", .clean, "Welcome our new team members!"),
        ("Carla,\n\nTuesday 6/10 at 7am works for me. We'd like to go over room coverage when you open room 3\n(we'd need a 3rd CRNA Mon/Wed/Fri) and the PACU staffing ratio.\n\nOur practice administrator Glenn Ruiz (glenn.ruiz@keystoneanes.com, 614-555-0187) will join too.", .clean, "RE: Q3 anesthesia coverage"),
        ("Incident INC0048812 has been resolved.\n\nCaller:             Elaine Marchetti\nLocation:           EEG Reading Room, 3rd floor, Rm 318\nShort description:  Reading station won't launch\nAssigned to:        Glen Haverford", .clean, "Incident INC0048812 has been resolved"),
        // A correctional health service and a health information management department (blind set
        // prose57): a given name by cell and description, "Name is" before a name, a Serbian given name,
        // a lawsuit's party in a records release; and the staff shapes: an attorney teaching, a registrar's signature.
        ("Dwayne in B-7 (the older guy with the cane, lower bunk) told me at count he\nhasnt had a BM in 6 days and he's been throwing up a little. He's on the methadone from the clinic.", .phi, "B pod - guy not feeling good"),
        ("Dr L - fyi, seizure in intake. Name is Bogdanović, Milan (JMS has him with no accent). About 90 sec generalized, bit his tongue. Can you order a level in the AM?", .phi, "incident - intake holding 2"),
        ("Gary,\n\nI think we have an overlay. Dragomir Petrović's chart has an ED visit on 5/30 for a laceration repair, but he says he was abroad all of May.", .phi, "overlay??"),
        ("Renata - finished pulling everything for the Feeney subpoena. There's just the one ED visit, 6/14. He came in after the fall on the stairs, got xrays of the right wrist and a sugar tong splint.", .phi, "FW: Subpoena - Feeney v. Castlegate Properties"),
        ("WEBINARS (1 CEU each)\n 7/24  Subpoenas vs. court orders: what HIM must know - Attorney Leland Voss\n 8/7   Cancer registry basics for the HIM generalist", .clean, "KHIMA Monthly"),
        ("Looking for a sanity check. 40s female, MVC, CT shows 4 rib fractures each broken in two places. Would you code the flail from imaging alone?\n\nThanks,\nAlana Fitzgerald-Moore, CSTR, CAISS\nTrauma Registrar, Halvorsen Valley Medical Center", .clean, "AIS question - flail chest coding"),
        // A payer's care management and a hospital's patient relations (blind set prose58): a patient placed by
        // room and then named, a husband in intensive care, a Vietnamese daughter on a ventilated mother;
        // and the staff shapes: those welcomed and thanked in a bulletin.
        ("Gold-carding pilot: 23 practices will no longer need auth for outpatient MRI and PT evaluation.\n\nWelcome to Hyun-woo Cho, RN (concurrent review) and Elena Marquez (intake).\n\nKudos to Marcus Feld, whose TOC caseload had a 30-day readmission rate of 9.8%.", .clean, "UM Pulse - March"),
        ("Good morning,\n\nThe gentleman in 4N-22, Abdelrahman, has been asking for a prayer rug. It's Ramadan and he's trying to fast even though he's on IV antibiotics.", .phi, "gentleman in 4N-22"),
        ("Dear chaplain,\n\nMy husband Raymond Greely has been in your ICU bed 14 since Sunday after his heart stopped at home. He is on the breathing machine and they are doing the cooling treatment.\n\nLorraine", .phi, "my husband in ICU"),
        ("Kính gửi bộ phận thông dịch,\n\nTôi là Trang, con gái của bà Đặng Thị Hoa, đang nằm ở ICU phòng 9 từ ngày 20/2. Mẹ tôi hiện đang thở máy. Bác sĩ muốn họp gia đình để nói về việc mở khí quản.", .phi, "Xin thông dịch viên"),
        // A children's hospital's clinics and an occupational-health service (blind set prose59): a hyphenated
        // surname alone as the Subject, a twin described, a patient seen today, a Russian son's speech therapist,
        // an employee's own titer, a Creole back injury; and the staff shapes: an on-site lead, whom to ask, a tech.
        ("Dr R looked at last week's echo and wants her back in 2 wks instead of\n3 months. can you find a slot? family prefers afternoons.", .phi, "Okonkwo-Adeyemi -- needs f/u sooner"),
        ("Hi complex care team,\n\nReporting overnight for Rowan (the younger twin, trach/vent). 3 desats to\nthe low 80s, each needed bagging for 1-2 min, suctioned moderate secretions.", .phi, "overnight events - twins"),
        ("Keisha,\n\nSaw Zuzana Dvořáková today (session 7). Weight on our scale 41.3 kg, down 0.8 from 2 weeks ago. She accepted two new foods in session.", .phi, "Zuzana D. - session 7"),
        ("Здравствуйте!\n\nПишу по поводу моего сына, Артём Соколов, 3 года (дата рождения 21.01.2021). Мы были у вас у логопеда и диетолога.", .phi, "вопрос по питанию"),
        ("Hi Shauna - your surface antibody came back nonreactive again (<5) even after the second series, so you're a nonresponder. Can you stop by this week?", .phi, "your hep B titer"),
        ("Bonjou Madan Hannah,\n\nSe Marie-Lourdes Toussaint. Ou te wè m lè m te blese do m 28 fevriye a. Ou te di m pran ibipwofèn. Do m toujou fè m mal anpil.", .phi, "Do m toujou fè m mal"),
        ("Elevator B2 (by the nephrology waiting room) is out of service for the cab modernization.\n- Dialysis unit early-morning arrivals: use the Elm St doors.\n- Contractor: Ozark Vertical Transport, on-site lead Dwayne Ruffin (417) 555-0112.", .clean, "Elevator B2 out of service"),
        ("Starting Jan 20 all pre-placement physicals and drug screens go to the Occupational Health clinic. Walk-ins 7-10am for drug screen only.\n\nQuestions to me or Ray Jessup (Safety) x2210.", .clean, "New process: pre-placement physicals"),
        ("Scope:\n - Annual calibration of the audiometric test booth (vendor: SoundCheck Acoustics, tech Ron Halvorsen, 555-0181)\n - Verify negative pressure in exam room 120-F (TB eval room)", .clean, "WO 25-03319 scheduled"),
        // Pharmacies and a women's health practice (blind set prose60): a resident by room with his drug, a
        // Portuguese 'Aqui é', a pessary; and the lookalikes: a sentence after 'patient.', a date read as a room,
        // a code host's notification, a ticket's assignee after a dash.
        ("Hi Priya, it's about Vern in 112 again. he has been spitting out his donepezil\nmost mornings this week, we find it in his napkin.", .phi, "re: donepezil"),
        ("Olá,\n\nAqui é Rogério Cavalcanti. A entrega do meu Enbrel chegou hoje mas ficou na varanda o dia inteiro.", .phi, "Caixa do Enbrel chegou quente"),
        ("Lucía - Mrs. van den Heuvel called and cancelled Thursday, said she's having\ntrouble with the new pessary again and wants to wait until Dr. de Vries sees her.", .phi, "Re: scheduling"),
        ("Dr. Kowalczyk,\n\nQuick policy question, not about any particular patient. With ClearPath moving\nHumira to non-preferred in April, we're going to see a lot of adalimumab switches.", .clean, "biosimilar substitution - your preference?"),
        ("- Easter Sat 4/19: Shawn (RPh) + Minh + Tyler, 9-3.\n- Reminder: immunization certs expire for Shawn and Tyler on 4/30, renew ASAP.", .clean, "April schedule"),
        ("Marek Novotny commented on issue #412:\n\n> The patient-retry-worker pod keeps getting OOMKilled right after admission. The health check fails after ~30s.", .clean, "Re: patient-retry-worker | OOMKilled on admission (#412)"),
        ("Incident INC0048823 has been updated.\n\nCaller: Tamika Rowe (x2417)\nLocation: Breast Imaging Center, 2nd floor\nAssigned to: Desktop Support - Hector Villanueva\nState: In Progress", .clean, "[INC0048823] Updated: Label printer Mammo Suite 2"),
        // A rural hospital and a plastic and hand surgery practice (blind set prose61): carpal tunnel release
        // after a name is no credential, a Vietnamese daughter on her mother's therapy; and the staff shapes:
        // a crew's phone list, a revenue-cycle credential, someone from a partner firm.
        ("Anneliese - thanks for covering.\n\noutpt calls: Bogdan Petrov (CTR 10/1, numbness) may call again - reassure, already has f/u Tues.", .phi, "weekend signout"),
        ("Chào chị Dana,\n\nEm là Linh, con gái của bà Nguyễn Thị Hoa (ngày sinh 12/05/1954). Mẹ em muốn hỏi là sau 8 buổi tập thì có cần tập thêm không. Nẹp ban đêm làm mẹ bị đau.", .phi, "Lịch tập trị liệu cho mẹ tôi"),
        ("June schedule is posted. If you need to swap, work it out and text me, don't just no-show.\n\nCell list (for swaps only, please don't share):\n  Tanner Keel       406-555-0104\n  Hope Lindgren     406-555-0108", .clean, "June call schedule"),
        ("Proposed chargemaster changes:\n0120  Swing bed room & board, SNF level  $925/day\n0480  93306  Echo complete w/ Doppler  $1,880\n\nNo patient detail included.\n\nDeb Harstad, CRCS", .clean, "CDM update for July 1"),
        ("Open enrollment runs 10/21 - 11/8. Benefits fair in the conference room 10/23, with Tamara Whitfield from our broker (Harbor Benefits Group). Staff flu shot clinic: Thursday, bring your insurance card.", .clean, "Open enrollment closes 11/8"),
        // A dialysis programme and a student health service (blind set prose62): a unit's shorthand for a
        // missed run, a chair's patient by given name, a student by class period, a Dutch family name with
        // its particle, a Chinese student's own clinic visit; and the staff shapes: a roster of given
        // names, a role's list of full names, a CPR renewal.
        ("pls call back maria kowalski's son re: her ride. she missed tx friday, came in 5 kg up and her K was 6.1 on the last draw.", .phi, "call back"),
        ("Recliner 6 (Oksana, the new start from Ridgeview, MWF 1st shift) signed off early again, two short runs this week. Her UF goal is already down.", .phi, "recliner 6"),
        ("Hi Dana - Matteo from my 3rd period algebra threw up in class and had a temp of 100.9, so he's going home with his dad.", .phi, "Matteo"),
        ("Results from today's reads:\n\nvan Dijk, Marloes -- 11 mm induration, placed Monday. Needs a CXR and a provider visit before the hold is lifted.", .phi, "TB reads"),
        ("我叫刘佳怡，是大二的学生。上周在学生健康中心看过医生，医生给我开了药，最近还是失眠。", .phi, "想预约咨询"),
        ("Holiday coverage:\n\nMon  Charge: Devon P. (cell 555-201-7781)\n     RNs: Maribel Soto, Dariusz Wojcik, Hanna Lund\n     Techs: Ade, Lorna K., Jesse, Tamsin\nTue  RNs: Maribel Soto, Quinn Harper\n     Techs: Jesse, Ade, Lorna\n\nNo treatments Thursday; the dialysis unit is closed.", .clean, "Holiday coverage - final"),
        ("Reminders: BLS/CPR - anyone whose card lapses before March signs up for a skills check. Sign up with Corinne Batiste-Reyes in Education, x4120.", .clean, "CPR renewals"),
        // An orthopaedic surgery group and an addiction-treatment agency (blind set prose63): a relapse
        // told with a birth date, a client by her group, an injured worker's own note, a family name with
        // its initial as the Subject (a Ukrainian name the Census lists miss); and the staff shapes: a
        // surgery centre's grid, a newsletter's welcomes, a contractor's licence number.
        ("This is Kevin Ortlieb (DOB 3/14/1982). Can I move my Friday session to Monday? Honestly I started drinking again this week.", .phi, "moving friday"),
        ("Ruben from my Monday men's group called this morning - he relapsed on Saturday and wants to come back to detox.", .phi, "bed?"),
        ("My name is Luis Arroyo, I'm a patient of Dr. Chen for my back injury from work. The adjuster says they never got my PT notes.", .phi, "comp claim"),
        ("he was with us for detox back in March and left AMA on day 2. can someone pull the old assessment?", .phi, "Zaporozhenko, V. -- residential placement"),
        ("Mon 4/8   Pre-op: Garza, Lin     OR2: Novak (circ), Bishop (scrub)   PACU: Ferris, Adu\nTue 4/9   Pre-op: Lin, Garza     OR2: Novak, Bishop   PACU: Adu\n\nBLS renewals due for Lin.", .clean, "staffing wk of 4/8"),
        ("WELCOME NEW STAFF\nPlease welcome Talia Moreno, LCSW (intake), Derek Osei (Crisis Follow-Up) and Samir Haddad (interpreter).\n\nWe gave out 300 naloxone kits at the recovery walk and ran 212 detox admissions.", .clean, "The Current - March"),
        ("Invoice attached for the boiler repair at the residential building.\n\nGus Palmer\nPalmer Heating LLC | PA HIC #PA104417", .clean, "Invoice 24-4410"),
        // A home health and hospice agency and an allergy and ENT practice (blind set prose64): a patient
        // naming herself with her family name in brackets, a catheter changed at home, a Russian mother in
        // the genitive after a fracture, a Chinese father in hospice, a food challenge, a possessive before
        // a drug's brand, a student by her teacher; and the staff shapes: a colleague's new baby, a
        // training case's placeholder patient with its possessive.
        ("Hi Bonnie, it's Tomasz (Wieczorek) - the colostomy from March. The new wafer leaked overnight and the skin is raw.", .phi, "Re: leaking again"),
        ("Here's the info for Mrs Nguyen's foley change today, she's due every 30 days. Gate code 4471, her son will let you in.", .phi, "directions"),
        ("Пишу по поводу моего отца, Морозова Виктора Ивановича. После перелома к нему ходит физиотерапевт.", .phi, "Папа"),
        ("我是王建国的女儿。我父亲现在在你们的临终关怀服务，晚上疼得很厉害，吗啡不够。", .phi, "关于我父亲"),
        ("Quick update on Nadia Okafor: she passed her baked egg challenge this morning, observed two hours after, no reaction.", .phi, "OFC today"),
        ("any word on Greta Lindholm's Dupixent? She was in urgent care again Saturday with an asthma flare.", .phi, "Re: PA"),
        ("One of my students, Keanu, had ear tubes put in last week and his mom asked whether he can swim.", .phi, "question"),
        ("BABY NEWS: Omar Haddad, RN and his wife welcomed a daughter, Layla, in June. 61 new hospice admissions this quarter!", .clean, "The Hollow Post"),
        ("Practice case: \"Mrs. Sample\" is on hospice at home and is sleeping more.\n\n1. What do you report?\n2. What do you say to the family?\n3. Mrs. Sample's mouth is dry. What mouth care do you give?", .clean, "competency quiz (practice)"),
        // An emergency department and a billing company (blind set prose65): a callback list keyed by
        // record number and birth date, a Zulu given name in the Subject, a lower-case title and family
        // name outside the lists, a lower-case possessive; and the staff shapes: a tracker's notification,
        // a weekday read as a family name, a list of given names ending "and me".
        ("two still open:\n\n00671245 / 5.9.71 -- UCx >100K, resistant to what she went home on. needs new rx.\n\n00519046 / 11.2.49 -- blood cx 1 of 2 positive, call back for repeat.", .phi, "cx callbacks"),
        ("left a vm at noon, will try again after 3. his repeat lipase needs to be drawn tomorrow, order is in.", .phi, "Sibusiso Mokoena callback"),
        ("mrs quennell came in about her statement. her colonoscopy was screening but they took a polyp so now it's billed diagnostic.", .phi, "pls call back"),
        ("did ramaswamy's nerve conduction study go out yet? the EMG was bilateral, not sure which modifier.", .phi, "quick q"),
        ("Dmitri Sokolov created OPS-2211:\n\nSummary: the patient retry handler crashes on admission of large payloads\nSymptoms: memory climbs, health check still green.", .clean, "[OPS-2211] Triage: patient retry handler"),
        ("- Dr. Halvorsen is out Thursday (CME). His template is blocked, Kim already moved\n  Thursday's appts to Dr. Okafor and Luis.\n- Front desk: Kim off Mon, Keon covers 7-3:30. Ana covers phones Weds afternoon.\n- Billing office closed Friday 12-1 for the quarterly review (Dana, Ben and me).", .clean, "coverage next week"),
        // A cancer centre with palliative care and a telehealth company (blind set prose66): a given name
        // seen in the chemo suite, a Russian husband named after a hard wrap, an insulin by its short
        // generic name, a member looked up by number; and the staff shapes: a system named like a person,
        // a test member's spreadsheet row, someone to reach out to.
        ("Priyanka - just saw Esperanza in the chemo suite (chair 6, w/ the pump), she's had a rough week w/ mouth sores, barely eating.", .phi, "magic mouthwash?"),
        ("Мы придём на встречу в четверг по поводу моего мужа,\nОрлова Виктора Павловича (палата 612). Хотим поговорить про хоспис дома.", .phi, "Re: семейная встреча"),
        ("fyi Marisol Quintero's readings have been over 300 since Sunday. Dr Menon bumped her glargine to 18 units on Friday.", .phi, "can someone call"),
        ("can you look up 8830014521-02 - dependent (teenage son) had a video visit 3/2 for an ear infection, got amoxicillin.", .phi, "lookup pls"),
        ("Systems affected: Epic Beacon (oncology treatment plans), Willow Ambulatory, MAR\nUse paper chemo order sets if any emergency infusions occur.", .clean, "PLANNED DOWNTIME: Willow Ambulatory"),
        ("Rows for the regression run:\n\ntc_id: TC-101\nName: MICKEY ZZQA\ndob: 1928-11-18\nscenario: enroll HTN RPM, ship cuff", .clean, "Regression test plan"),
        ("Hi everyone,\n\n1) Open enrollment for our own employee benefits closes Friday at 5 PM. Log into\n   Workday > Benefits to confirm your medical, dental, vision, FSA and HSA elections.\n\n2) The office shot clinic is Wednesday 3/20, 10-2. No appointment needed; bring your insurance card.\n\nQuestions? Reach out to Keiko Albright (HR Business Partner, x2231) or reply here.", .clean, "Reminder: open enrollment + shot clinic"),
        // An eye practice and a county health department (blind set prose67): a patient seen overnight with
        // an age, eye drops and floaters, a patient's own timed slot, a lower-case name at a TB read, a
        // child described by age; and the staff shapes: a gym's member greeted by name, a vendor's
        // engineer.
        ("Kenosha Memorial ED called. They saw Priya Venkataraman overnight, 54 y/o, woke up with a dark shadow over her vision and new floaters.", .phi, "ED call - add on"),
        ("She called again, the pharmacy gave her the wrong bottle and she's not sure she should keep using her drops after the shot on Monday.", .phi, "Nguyễn Thị Hoa - 3rd call today"),
        ("running 10-15 min late for my 9am shot, traffic is awful. please dont give my spot away\nMarguerite Beaulieu", .phi, "late"),
        ("ruth abernathy came in for her read, 0 mm, no induration. she needs the form faxed to her job.", .phi, "ruth abernathy"),
        ("Hi Bethany - remember little Mateo, the 3 yo from the Elm Street apartments? His mom called, she lost her WIC card and they're out of milk.", .phi, "little Mateo"),
        ("Hi Derek,\n\nThanks for booking your free body composition scan!\n\n  Member #: KAC-004812\n\nNEW this spring: trail runs at Cataract\nFalls, Tue/Thu 6am.", .clean, "Your InBody scan"),
        ("Heads up for Thursday: the Lumenis field engineer (Carlos Ibarra, 608-555-0171) arrives at 12:30 for the annual YAG laser maintenance; the laser room is closed for injections till 2:30.", .clean, "Laser room 2 service"),
        // A skilled nursing facility and a rheumatology practice (blind set prose68): a fixed-width wound
        // report, a daughter writing in Spanish about her mother's therapy, a son in Vietnamese about his
        // father's new medicine, an aide in Haitian Creole, a patient number after "the TB test." (no
        // test patient: a keyword is read across the full stop).
        ("Weekly wound report.\n\nNAME                 ROOM  SITE        TYPE         TREND   TX\nSANTIAGO, RAFAEL     109   L heel      pressure     better  skin prep, offload boots\nPRUITT, DOROTHY      214B  sacrum      skin tear    same    Ca alginate + foam daily", .phi, "weekly wound report"),
        ("Le escribo por mi mamá, Rosa Elena Quintero, en el cuarto 210. Me dijo que la terapia solo la hicieron una vez esta semana y todavía le duele la rodilla después de la operación.", .phi, "terapia de mi mamá"),
        ("Tôi là con trai của ông Trần Văn Minh ở phòng 107. Hôm nay tôi thấy bố tôi ngủ li bì cả buổi chiều. Bố tôi nói có thuốc mới từ hôm thứ Hai.", .phi, "Về thuốc của bố tôi"),
        ("jo - for the cimzia PA I need the TB test. pt is 00482913, dob 19880304. was the quantiferon from feb negative?", .phi, "quantiferon for PA"),
        // A cardiology group and a fertility and urology practice (blind set prose69): a patient named
        // only in the Subject above an embryo warmed for transfer, a stone's analysis, a given name seen
        // "this am" before a stone procedure, a caller who says whose patient she is; and the staff
        // shapes: an on-call table headed by roles, a certification roster, a signature with a bar and
        // a phone, a partner firm's person welcomed, a counsellor's sign-off, the FHIR example patient.
        ("fyi moved to 7:45 tomorrow per Dr K. two euploid blasts, please warm at 6:30. she knows full bladder.", .phi, "Okafor, Adaeze – FET moved"),
        ("mr wisniewski's stone analysis is back, mostly calcium oxalate. he wants to know about diet - should I order the 24h urine?", .phi, "stone result"),
        ("Saw Radu this am, the left staghorn. He wants the PCNL rather than staged URS, can you take him Tuesday?", .phi, "re: the stone guy"),
        ("Hi this is Marisol, I'm a patient of Dr. Feld, my period started so I need to come in for my baseline bloodwork and ultrasound. Call me back please.", .phi, "Voicemail from (602) 555-0139"),
        ("Final August call.\n\nWeek of\tRN call\t\tRN backup\t\tCVT call\n8/4\tDana Whitfield\t\tGreg Oyelaran\t\tPaula Brandt\n8/11\tGreg Oyelaran\t\tDana Whitfield\t\tSam Iverson\n\nSwaps go through me. Cath lab response time is 30 min.", .clean, "August call schedule"),
        ("These staff have certifications expiring this quarter:\n\nName\tDept\tCert\tExpires\nNora Pike\tCath Lab\tACLS\t09/30/2025\nLeon Marsh\tCardiac Rehab\tBLS\t10/02/2025\nIda Brenner\tAnticoag Clinic\tBLS\t10/14/2025\n\nPlease register for a class.", .clean, "Certifications expiring"),
        ("Agenda for Friday:\n1. Prior auth turnaround for PGT-A\n2. CPT changes for embryo biopsy and culture\n\nLet me know if 9am works.\n\nTonya Reddick | 480-555-0186", .clean, "Quarterly payer call"),
        ("Welcome, Cassidy Roark of Bluewater Donor Partners. Our egg-donor partnership is growing: recipients can view donor profiles in one portal, and embryos now stay in time-lapse incubators.", .clean, "Fall newsletter"),
        ("When the lab does ICSI on more than ten oocytes do we bill 89281? And is embryo storage billed per year?\n\nThanks - still learning!\nOmar Sheikh\nFinancial Counselor", .clean, "coding q"),
        ("Post only the standard FHIR spec example patient, tagged HTEST, to the sandbox:\n\n{\"resourceType\": \"Patient\", \"name\": [{\"family\": \"Chalmers\", \"given\": [\"Peter\"]}], \"birthDate\": \"1974-12-25\", \"identifier\": [{\"value\": \"12345\"}]}\n\nThen try an Observation with a made-up heart rate.", .clean, "wearable API first pass"),
        // A hospital's discharge planning and a dental group (blind set prose70): a placement pending
        // Medicaid, a periodontal maintenance and a local anaesthetic, a crown back from the lab, a partial's
        // try-in, swollen gums in Tagalog, an implant in Portuguese; and the staff shapes: a ticket's comment
        // author, an employee number after a name, schools on a sealant van's schedule, a build's failed tests.
        ("Josh - Marisol Etxeberria cancelled her perio maint again. she says the lido w/ epi made her heart race last time, flag her for carbocaine plain.", .phi, "etxeberria"),
        ("Can you call Mr. Tran Quoc Bao and explain the crown for his lower left came back from the lab with an open margin? He can keep wearing the temp.", .phi, "crown came back - Mr. Bao"),
        ("Framework try-in on Walter Greaves went well, seated fully. Sore spot under the clasp relieved chairside. Go ahead with the setup for the upper partial.", .phi, "Case 25-0412 Greaves"),
        ("Si Aling Corazon Villanueva tumawag, namamaga daw ang gilagid niya sa binunutan noong Martes. Nilagnat daw siya kagabi.", .phi, "Aling Corazon"),
        ("aqui é a Luciana Ferraz Duarte. Fiz o implante no dente 46 há uma semana e a gengiva inchada não melhora.", .phi, "implante"),
        ("Update on Ignacio Ruiz-Tapia (5W-512): two SNF referrals declined him because his Medicaid is pending. Packet goes to Birchwood today; I'll update at IDT.", .phi, "Ruiz-Tapia placement"),
        ("Comments from Derek Lowry (Desktop Support): replaced the fuser, the AVS discharge paperwork prints on 5E again.", .clean, "INC0048213 updated"),
        ("Employee: Tran, Jasmine (EMP 204418)\nException: missed OUT punch, stayed late to help admit.", .clean, "missed punch - Tran, Jasmine (EMP 204418)"),
        ("Sealant van schedule:\n\n  Jefferson Elem   Tue 3/4    nurse: Karen Olmsted x114\n  Whitman Elem     Wed 3/19   nurse: Luis Arriaga x220\n\nConsent forms are due a week before.", .clean, "Spring sealant van schedule"),
        ("Build #4182 FAILED.\n\nFailed tests (2 of 318):\n  PatientMergeTest.mergeKeepsOldestMrn\n    expected: <MRN-000001> but was: <MRN-000002>\n  ChartCrownBridgeTest: tooth number mapping", .clean, "[FAILED] patient-sync-worker"),
        // A paediatric practice and a PACE programme (blind set prose71): a patient named after a salutation's
        // comma, a grandmother and a son writing in Russian about a child's and a mother's medicine, a birth
        // date in Arabic-Indic digits, a school's hyphenated birth date, podiatry and a toe's ulcer; and the
        // staff shapes: a gym's member number beside a body-composition scan, an EHR trainer's sign-off, a
        // clearinghouse's test subscriber.
        ("Priya, Harold Brisbane's INR came back 3.8 this afternoon. Please hold tonight's warfarin.", .phi, "INR 3.8"),
        ("Пишу вам как бабушка Алисы Морозовой (10 лет). С тех пор как вы увеличили дозу метилфенидата, Алиса не может заснуть.", .phi, "Алиса - лекарство и сон"),
        ("Пишу по поводу моей мамы, Валентины Петровны Кузнецовой. После того как вы увеличили дозу мемантина, она стала очень сонливой.", .phi, "Мама - клиника памяти"),
        ("أنا خالد العمري، والد الطفل يوسف العمري (تاريخ الميلاد ٢٠١٩/٠٧/٢٣). هل تم إرسال التحويل إلى طبيب قلب الأطفال؟", .phi, "موعد لابني"),
        ("Student ID: 204417\nInitials: O.B.\nDOB: Nov-2-2012\nCurrent daily med per parent: levetiracetam 500 mg twice a day", .phi, "Seizure action plan - student 204417"),
        ("yes she's back from podiatry, toenails done and the left big toe looks better. ok for the 2:00 van home.", .phi, "Re: Nguyễn Thị Hoa - back for 2pm van?"),
        ("Dragana Petrović's right 2nd toe - the ulcer is bigger today. I think she's wearing her church shoes instead of the extra-depth ones.", .phi, "toe"),
        ("Great job at your baseline scan Saturday (Member ID IPF-55203):\n\n  Body fat % ....... 29.4\n  Visceral fat ..... 7\n\nYour 8-week program starts Monday: strength 3x/wk, zone 2 cardio 2x/wk.", .clean, "Your InBody scan results"),
        ("Please use only the ZZTEST patients in the TRAIN domain.\n\nAgenda: 9:00 MAR and med pass, 10:15 post-fall huddle form, 11:00 orders and results inbox.\n\nKelsey Amundsen\nClinical Applications Trainer, Meridian EHR", .clean, "Demo environment for Thursday"),
        ("Your 837P test file was accepted. Below is the test subscriber loop we supplied for certification:\n\nNM1*IL*1*ZZTEST*SUBSCRIBER*A***MI*TEST00000001~\nN3*1 TEST WAY~\nN4*TESTVILLE*ZZ*00000~\nDMG*D8*19300101*M~\nHI*ABK:Z0000~", .clean, "Test file accepted"),
        // An outpatient rehabilitation chain and an HIV clinic (blind set prose72): a knee after its surgery whose
        // patient asks about her spin class, a child's occupational therapy, a Tagalog aide's missed pool therapy,
        // a client's PrEP and PEP, a surname's CD4 count; and the staff shapes: per-diem staff on a coverage
        // schedule, a colleague's department in brackets.
        ("Quick update ahead of Denise Halvorsen's 6 week post-op visit on Thursday. She's been in for 11 visits since the R ACL reconstruction (hamstring graft per the op note you faxed).\n\n- knee 0-118 deg, full extension, quad lag resolved as of last week\n- started single-leg press and lateral step-downs, pain 2/10 after\n- still some effusion after the longer sessions, we finish with ice and compression\n- not jogging yet: per protocol we begin walk/jog at 12 weeks if he agrees\n\nShe asked me whether she can go back to her spin class. I told her to ask him at the appointment.", .phi, "Progress update before the post-op visit"),
        ("Hi Mrs. Lindqvist,\n\nAva had a great session today! She tolerated the platform swing for ten minutes, and next week we start on scissor skills.", .phi, "Ava's session today"),
        ("si Mrs. Remedios Santos (yung 2pm sa pool) ay hindi nakapag-therapy kanina. Namamaga yung kanang tuhod niya.", .phi, "si Lola Remedios"),
        ("Hi, this is Casey Ellery-Marsh, I'm a PrEP patient with you. I stopped taking my PrEP three weeks ago and the condom broke on Saturday. Is it too late for PEP?", .phi, "PEP?? urgent"),
        ("Priya - Okonkwo's CD4 count came back at 162 so I'm starting Bactrim DS daily. Can you fill it today with his Biktarvy?", .phi, "Okonkwo"),
        ("Wed 11/27   Tibbetts, Ferrer, McAuliffe, PRN Dana Whitlock (614-555-0198)\nFri 11/29   Oldenkamp, PRN Chris Auberge (614-555-0199)\n\nPTO requests after 11/1 are still pending.", .clean, "Thanksgiving week coverage"),
        ("Lab results received during the downtime will queue and post once the interface restarts. Kevin Tran (Integration) will monitor.", .clean, "Scheduled EHR downtime"),
        // A refugee clinic and an organ procurement organisation (blind set prose73): a Swahili given name at a
        // lead recheck, a Ukrainian passport's given name on an account, a Ukrainian wife about her husband, a
        // recipient who walks her dog (no vet's words), a transplant recipient's tremor; and a facilities contact.
        ("Hi Grace, we took Bahati Mwamba and his mom back to the clinic for the repeat finger poke. The nurse said the number was still high and they gave mom iron drops.", .phi, "the lead recheck for little Bahati"),
        ("Acct 100-55821 (Petrov, Anatoliy) has a $312.00 balance from the 2/14 immigration exam, the civil surgeon fee plus QuantiFERON.", .phi, "acct 100-55821 - write off?"),
        ("Пише Галина Гнатюк, дружина Олександра Гнатюка (дата народження 12.09.1965). Лікар збільшив метформін, і тепер у нього болить живіт.", .phi, "Щодо аналізів чоловіка"),
        ("My name is Yolanda and last year I received a liver. I had autoimmune hepatitis that turned into cirrhosis. Now I walk my dog every morning.\n\nYolanda Ferreira-Baptiste\nMRN 00822153", .phi, "letter to my donor family"),
        ("Hi, Carol's hands have been really shaky since yesterday and she says her head hurts. She's taking the 4mg twice a day. Is that normal after the liver transplant?", .phi, "tac level"),
        ("The isolation room will be out of service Thursday while the HEPA filter is replaced. Move sputum inductions to the afternoon.\n\nContact Dale Hurtado, facilities, 555-201-4460.", .clean, "Room 7 out of service"),
        // A transfer centre and an eating-disorder programme (blind set prose74): a mother moved by ambulance in
        // Chinese, gestational diabetes in Haitian Creole, a student's return after a residential stay, a unit's
        // sign-out by given name, initial and room.
        ("我母亲林秀英（出生日期：1955年6月3日）今天早上用救护车转到你们医院。请问她现在住在哪个病房？", .phi, "关于我母亲的转院"),
        ("Se mwen Wideline Pierre-Louis, ou te wè m semèn pase pou dyabèt gwosès la. Mwen pran 6 inite ensilin nan aswè.", .phi, "sik mwen"),
        ("Ms. Ní Bhriain signed the release, so for Siobhán's return after her residential stay she is excused from PE until her doctor clears her, and we have a 504 meeting on 3/22.", .phi, "Siobhán - return to school plan"),
        ("night shift sign-out:\n\n* Anjali S (rm 4) - purging disclosure in group, bathroom checks q shift.\n* Tessa M (rm 3) - K-Phos given 2200, repeat labs AM.", .phi, "night sign out 3/5"),
        // A home medical equipment company (blind set prose75): a child who gets her RSV shot, a Russian son
        // named family name first, an Arabic mother's child with a tracheostomy; and nurses listed with their
        // certification dates.
        ("Still need someone for Saturday for Maddie out on Fernwood Ct. Mom asked for a nurse checked off on trach changes. Maddie gets her Synagis shot at the pediatrician Monday.", .phi, "OPEN SHIFT sat 3/16 - trach/vent"),
        ("Пишу по поводу моего сына, Соколов Артём, 5 лет, он на аппарате дома через трахеостому. Ночью аппарат подал тревогу, а медсестра сегодня не пришла.", .phi, "Аппарат Артёма - тревога"),
        ("أنا والدة الطفلة ليلى حداد، تاريخ الميلاد 2021/09/03. لديها أنبوب فغر الرغامى وتستخدم جهاز الشفط عدة مرات في اليوم.", .phi, "مستلزمات لليلى"),
        ("Below are the April dates for BLS renewal and the trach and vent skills check-off.\n\nNurses currently expiring: Rosemary Adjei (4/30), Tom Hadley (5/12), Gladys Pierre-Louis (5/31),\nJocelyn Bautista (6/15). Please reply with your date.", .clean, "CPR / trach competency renewals"),
        // A dermatology practice (blind set prose76): its Mohs suite named on a staff schedule (no care: "Mohs"
        // alone left the care words), a compliance list with card expiries and an instructor; a Mohs surgeon's
        // recuts, a patient's frozen spot.
        ("Here's next week's coverage.\n\nMon 6/17  Mohs: Jasmine, Tasha (AM)   Gen derm: Fernanda, Alyssa\nTue 6/18  Mohs: Jasmine, Alyssa       Gen derm: Fernanda, Kim\n\nWe have a float from Ridgefield Staffing (Alyssa Munroe) Mon-Wed.", .clean, "MA / tech coverage - week of 6/17"),
        ("BLS renewals and annual TB screening for employees this month. Class is Saturday, instructor Luis Ferrante.\n   - Casey Brennan - exp 7/31/2024\n   - Renata Szabo - exp 8/15/2024\n   - Rochelle Dunning - exp 6/30/2024", .clean, "Compliance reminders"),
        ("For Małgorzata Wiśniewska (stage 1, L lower eyelid margin), block C is missing epidermis along the edge. Can you do recuts before Dr. Ng closes? Oculoplastics is on standby.", .phi, "Wiśniewska slides - recut?"),
        ("Hi this is Darlene Kowalski DOB 2/14/61. Last week she froze a spot on the side of my nose and the nose one blistered.", .phi, "question about my nose"),
        // This stop's settings (blind sets prose76 to prose80), paraphrased: a counselling client who will miss
        // her session; a disability claim's diary (and short-term disability on a premium bill, no diagnosis);
        // a fixed-width DME extract; a Russian applicant's sign-off under his birth date; a hospital abroad named
        // before its words; a given name to check on with a drug; a directory's dot-leader rows and an agenda
        // item's presenter (staff); acupuncture before an adjustment; a member's next dose in a warm box.
        ("Heads up that Marguerite won't make her 9:30 Thursday. She rang the crisis line overnight; the on-call counselor did a safety assessment and she is staying with her brother.", .phi, "Thursday"),
        ("Claim STD 4471902: estimated RTW 07/08. Last medical rec'd 06/20 - restrictions: no lifting over 10 lb, claimant to follow up with her PCP.", .phi, "[Diary] RTW date reached"),
        ("Remittance received.\nLines: Basic Life $11,402.50 | STD $17,330.12 | LTD $16,880.44\nLives billed: 1,142 (STD 1,098 / LTD 1,027)", .clean, "Remittance - November"),
        ("Nightly DME charge extract attached, layout v3.\nD0003301200KOWALCZYK      HALINA      1941020920240611A5500RT01 000125001457392086", .phi, "DME extract 20240611"),
        ("Номер заявки 8812045, дата рождения 04.11.1979. Мой терапевт считает, что анализ был после антибиотиков.\n\nС уважением,\nАндрей Лебедев", .phi, "Результаты анализов"),
        ("We welcomed new partner hospitals this quarter, including Hospital Santa Brisa in Mazatlan, after 96 air ambulance missions.", .clean, "Quarterly news"),
        ("can you check on Desmond when you get in? the one on the Truvada, he called about his refill twice", .phi, "Desmond"),
        ("  110  Dr. Ana Ferraz ........ Chiropractic\n  131  Joon Park ............ Acupuncture\n  141  Bea Lindqvist ........ FM Medical Assistant", .clean, "Extension list"),
        ("AGENDA\n1. Welcome\n2. Program report (Corinne Alvarez)\n   - Referral and enrollment trends\n3. Public comment", .clean, "Council meeting agenda"),
        ("Nakashima, Rei - came in for acu first, then cupping and e-stim on the L low back. On your book at 4 for an adjustment.", .phi, "your 4:00"),
        ("Please reship today: Priya Natarajan's box arrived warm, the cold packs were gone. Her next dose is due Friday.", .phi, "URGENT reship"),
        // This stop's settings (blind sets prose86 and prose87), paraphrased: a bariatric patient's pH study
        // and scope; a genetics lab's rejected tube; a collector's account for weight-management visits; a
        // respite bed "made up" for a patient; and the staff shapes: a phone list's bracketed names, an
        // agenda's presenters, a supplier's order for a clinic whose name holds a care word.
        ("I'd hold off on converting Mrs. Hartigan. Her pH study was borderline; let's repeat the scope in 8 weeks.", .phi, "Re: Hartigan"),
        ("The lavender tube for Gerald Pinkham came in with the label on the cap only, so we can't run it.", .phi, "RE: specimen sent yesterday"),
        ("Our agency holds account 7730-118204, guarantor disputes the balance for medical weight management visits.", .phi, "Dispute"),
        ("Can the van grab Walter Jenkins from the St. Anselm discharge lounge at 10? Bed 7 is made up for him.", .phi, "pickup tmrw"),
        ("Updated phone list:\nPrior auth (Kevin Osei)          (614) 555-0182   240\nBilling (Renata Szymanski)       (614) 555-0182   252", .clean, "phone list (updated)"),
        ("Agenda\n2. CT dose index monitoring - Q4 outliers by protocol (O. Haddad)\n3. Contrast reaction drill results, Q1 (B. Lindqvist)", .clean, "QSC agenda"),
        ("Your order has shipped!\nAccount:        KESTREL VALLEY IMAGING (acct 550092)\nPrintable CD-R 700MB, 6 spindles", .clean, "Shipped"),
        // Blind sets prose88 to prose90, paraphrased: a nickname with the family name in brackets; oxygen at
        // home told by a church's care team; a Korean son's mother by name and birth date; and the staff
        // shapes: a contact list's lines, a colleague's leave of absence in a coverage notice.
        ("FYI on the shower fall this morning - it was Big Mike (Tuttle). We sent him to Mercy. X-ray showed no fracture.", .phi, "C-pod fall"),
        ("Would you take communion to Frank Dubois tomorrow? Frank is on oxygen around the clock now.", .phi, "communion Thursday"),
        ("어머니 김순자(1941년 3월 5일생)의 장례 사전 계약 건으로 연락드립니다. 지난달 알츠하이머 초기 진단을 받으셨습니다.", .phi, "사전 계약 문의"),
        ("DEACONS\n  Ron Pettibone (chair)     740-555-0101\n  Gloria Haynes             740-555-0118\n\nRides for those home from surgery: call the office.", .clean, "Care Team phone list"),
        ("Keisha Pettaway will be out on a leave of absence from 11/7 through 12/16.\n\nCoverage:\n - Her calorie counts and TF rounds on 6N: Priya", .clean, "Coverage while Keisha is out"),
    ])
    func careVocabulary(_ body: String, _ expected: ContentVerdict, _ subject: String) throws {
        #expect(try Self.verdict(body, subject: subject) == expected)
    }

    @Test("a patient writing from their own address about their own care is PHI, signed with a first name only")
    func selfFromOwnAddress() throws {
        // Blind set prose55: a veteran missing group, drinking again and off her medicine.
        let body = "Dr. Harkness,\n\nI'm not going to make group this Thursday. It's been a rough couple weeks. I've been"
            + " drinking again, not every day. I haven't been taking the sertraline regularly either.\n\nSiobhan"
        #expect(try Self.verdict(body, subject: "not coming thursday", from: "Siobhan McCready <siobhan.mccready@outlook.com>") == .phi)
        // The same words from the clinic's own staff address, with no name of the writer's: no patient named.
        #expect(try Self.verdict(body.replacingOccurrences(of: "Siobhan", with: ""), subject: "not coming thursday") == .clean)
        // Blind set prose58: an employee tells HR of her own operation from her work address, signed in full.
        #expect(try Self.verdict("Hi Patrice,\n\nHeads up that I'm having my gallbladder taken out on April 2 at St. Ambrose. They said laparoscopic, home same day. I'll need about 2 weeks off.\n\nThanks,\nDevon", subject: "surgery next month + leave question",
                                 from: "Devon Ashworth <dashworth@corvidlogistics.com>") == .phi)
        // Blind set prose73: a patient's own care in the English of a second language ("I stop taking the
        // prazosin"); and a trainer's role-play, in which a made-up patient speaks in the first person.
        #expect(try Self.verdict("Dr Priya, hi, is Yesenia. I miss the last 2 session because my shift change. I stop taking the prazosin because it make me dizzy at work.", subject: "can I still come to the therapy",
                                 from: "Yesenia Catalán Ruiz <y.catalan@example.org>") == .phi)
        #expect(try Self.verdict("Here is the role-play for Saturday. It is fictional, all details are made up for practice.\n\nPATIENT: In the camp they said my x-ray was fine. Why do I need a test for tuberculosis?", subject: "role-play script for Saturday",
                                 from: "Wafa Haddad <whaddad@example.org>") == .clean)
        // Blind set prose86: a phone's mail app shows its owner as a lower-case given name and an initial.
        let fasting = "can i eat before my ultrasound today? its at 8, the gallbladder one. i forgot to ask.\n\n-Teresa"
        #expect(try Self.verdict(fasting, subject: "ultrasound today", from: "teresa m <tmcallister.home@webmail-box.test>") == .phi)
        #expect(try Self.verdict(fasting.replacingOccurrences(of: "my ultrasound", with: "the meeting"), subject: "today",
                                 from: "teresa m <tmcallister.home@webmail-box.test>") == .clean)
    }

    @Test("a firm named for people is no patient when a correspondent writes from or to its domain")
    func organisationByDomain() throws {
        // Blind sets prose96 and prose97: a law firm's and a benefits consultancy's names beside the
        // care words of the clients and members they write about.
        let brief = "Questions? Contact your Harlan Cross consultant. Timely filing for physical therapy and"
            + " chiropractic claims moves to 180 days; dialysis and infusion claims are reviewed by the fund's nurse."
        #expect(try Self.verdict(brief, subject: "client brief", from: "Harlan Cross Insights <insights@harlancross.com>") == .clean)
        #expect(try Self.verdict(brief, subject: "client brief", to: "Nina <nfeldstein@mail.harlancross.com>") == .clean)
        // The same words from an unrelated domain: a person named beside care.
        #expect(try Self.verdict(brief, subject: "client brief", from: "Insights <insights@benefits-brief.test>") == .phi)
        // A patient whose family name is one word of the firm's domain is still a patient.
        #expect(try Self.verdict("Marisol Reyes had her chest x-ray and TB test today; the civil surgeon signs the I-693 Friday.",
                                 subject: "medical exam", from: "Gail <gail@halloranreyes-law.com>") == .phi)
    }

    @Test("a given name as the Subject's topic is a patient when the opening speaks of him or her and care; a colleague on leave is not")
    func givenNameSubject() throws {
        // Blind sets prose99 and prose101: an agency nurse hurt on shift; a student's therapist after the cast.
        #expect(try Self.verdict("He slipped on a wet floor in the ED bay around 0300 and broke his right wrist. They splinted him there.",
                                 subject: "Tyrell out - need to tell St. B") == .phi)
        #expect(try Self.verdict("Saw her today, first session since the cast came off. She's doing stairs step-to with the rail.",
                                 subject: "Re: Harper - stairs/passing time") == .phi)
        // The same opening without he or she, or with no care, names no one.
        #expect(try Self.verdict("Lunch order for Friday: pizza or salads?", subject: "Re: Harper - stairs/passing time") == .clean)
        // A colleague on leave, and who covers the clinic's services.
        #expect(try Self.verdict("Just confirming that Linh's leave was approved - she's out through 6/21.\n\n- Infusion Center: LinguaBridge\n- Dialysis: VRI at the chair",
                                 subject: "Linh out 6/10-6/21 - coverage") == .clean)
    }
}
