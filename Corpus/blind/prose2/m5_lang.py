MSGS = [
{"file":"phi-other-lang-001.eml", "from":"Yesenia Maldonado <ymaldonado@clinicasalud-la.org>", "to":"Dra. Patricia Ibarra <pibarra@clinicasalud-la.org>",
"subject":"Sra. Gutiérrez - resultados", "date":"Mon, 30 Nov 2026 12:40:11 -0800", "body":"""
Doctora,

Le llamé a la Sra. Carmen Gutiérrez Lozano para darle los resultados. Su glucosa en ayunas salió en 186 y la hemoglobina A1c en 8.9. Le expliqué que usted quiere subirle la metformina a 1000 mg dos veces al día. Dice que a veces se le olvida la dosis de la noche. Le hice cita para el 15 de diciembre a las 10:30 con la educadora de diabetes.

Saludos,
Yesenia
Asistente Médica
"""},
{"file":"phi-other-lang-002.eml", "from":"Lucía Ramírez <lucia.ramirez82@hotmail.com>", "to":"Consultorio Dr. Benítez <citas@drbenitezpediatra.com>",
"subject":"mi hijo Mateo", "date":"Sat, 28 Nov 2026 22:14:50 -0600", "body":"""
Buenas noches doctor, disculpe la hora. Mi hijo Mateo Ramírez Soto (tiene 3 años) sigue con fiebre de 39 desde el jueves y ahora tiene tos con flemas y le silba el pecho. Ya le di el paracetamol cada 6 horas como me dijo. ¿Le doy el inhalador que le recetaron la vez pasada del asma o lo llevo a urgencias? Mañana domingo no hay consulta verdad?

Gracias, Lucía Ramírez
cel 656 555 0133
"""},
{"file":"phi-other-lang-003.eml", "from":"Dr. Étienne Bouchard <ebouchard@chum-exemple.qc.ca>", "to":"Soins intensifs - coordination <coordsi@chum-exemple.qc.ca>",
"subject":"Transfert - M. Tremblay", "date":"Wed, 02 Dec 2026 04:12:08 -0500", "body":"""
Bonjour,

Demande de transfert aux soins intensifs pour M. Jean-Guy Tremblay, 71 ans, chambre 8-214. Choc septique d'origine urinaire probable, TA 78/40 malgré 3 L de cristalloïdes, lactate 5,2. Noradrénaline débutée à 0,05 mcg/kg/min par voie périphérique. Hémocultures x2 faites, pipéracilline-tazobactam donné à 03h20.

La famille (épouse Lise, 514-555-0182) a été avisée.

Étienne Bouchard, MD
Résident R3 médecine interne
"""},
{"file":"phi-other-lang-004.eml", "from":"Infirmière Claire Moreau <cmoreau@chsudouest.fr>", "to":"Dr Nathalie Girard <ngirard@chsudouest.fr>",
"subject":"Mme Benali - pansement", "date":"Fri, 27 Nov 2026 15:30:42 +0100", "body":"""
Bonjour Docteur,

Passage ce matin chez Mme Samira Benali pour la réfection du pansement de l'ulcère de la jambe gauche. La plaie est plus rougeâtre et chaude qu'à la dernière visite, avec un écoulement un peu purulent. Température 38,1. Je pense qu'il faudrait voir s'il y a une infection. Elle est toujours sous Kardégic et son diabète est mal équilibré (glycémie 2,60 g/L ce matin).

Pouvez-vous passer la voir ou me dire si je fais un prélèvement ?

Cordialement,
Claire Moreau, IDE libérale
06 12 55 01 47
"""},
{"file":"phi-other-lang-005.eml", "from":"Ana Paula Souza <apsouza@bostonfamilyhealth.org>", "to":"Dr. Michael Grant <mgrant@bostonfamilyhealth.org>",
"subject":"Fw: mensagem da paciente", "date":"Thu, 03 Dec 2026 11:48:39 -0500", "body":"""
Dr. Grant - translation below, she's asking about the ultrasound.

"Ela diz: estou com 22 semanas e ainda não recebi o resultado do ultrassom morfológico. A enfermeira disse que tinha alguma coisa no rim do bebê. Estou muito preocupada."
= She's 22 weeks, hasn't gotten the anatomy scan result, nurse mentioned something about the baby's kidney, she's very worried.

Patient: Juliana Ferreira dos Santos. Scan shows mild pyelectasis L 6mm. Can you call her or should I schedule with MFM?

Ana Paula (interpreter / MA)

-------- Mensagem original --------
De: Juliana Ferreira <juferreira.bh@gmail.com>
Para: bostonfamilyhealth
Assunto: resultado

Bom dia, aqui é a Juliana Ferreira dos Santos, paciente do Dr Grant. Estou com 22 semanas e ainda não recebi o resultado do ultrassom morfológico. A enfermeira disse que tinha alguma coisa no rim do bebê. Estou muito preocupada. Obrigada.
"""},
{"file":"phi-other-lang-006.eml", "from":"Trang Lê <tle@saigonfamilyclinic-sj.com>", "to":"Bác sĩ Phạm <dpham@saigonfamilyclinic-sj.com>",
"subject":"Ông Nguyễn Văn Hùng - tái khám", "date":"Tue, 01 Dec 2026 10:05:27 -0800", "body":"""
Bác sĩ Phạm,

Con của ông Nguyễn Văn Hùng gọi điện sáng nay. Ông bị đau ngực lại từ tối qua, huyết áp đo ở nhà 175/100. Ông vẫn uống amlodipine 10mg mỗi sáng. Con ông hỏi có nên đưa ông đi cấp cứu không hay là đợi tái khám thứ Năm.

Số điện thoại con gái (chị Mai): 408-555-0119

Trang
"""},
{"file":"phi-other-lang-007.eml", "from":"Katarzyna Nowak <knowak@polonia-medical.com>", "to":"Dr. Adam Zieliński <azielinski@polonia-medical.com>",
"subject":"pan Kowalczyk - wyniki", "date":"Thu, 26 Nov 2026 14:22:15 -0600", "body":"""
Panie Doktorze,

Przyszły wyniki pana Stanisława Kowalczyka. Kreatynina 2,3 (w sierpniu było 1,6), potas 5,4. Pan Kowalczyk nadal bierze metforminę 850 mg dwa razy dziennie. Czy mam go poprosić o przyjście w przyszłym tygodniu? Jego córka mówi, że ostatnio mało pije.

Pozdrawiam,
Kasia
Polonia Medical Center, Chicago
773-555-0164
"""},
{"file":"phi-other-lang-008.eml", "from":"Rosalie Dizon <rdizon@kalihifamilyhealth.org>", "to":"Lani Aquino <laquino@kalihifamilyhealth.org>",
"subject":"Lola Remedios", "date":"Mon, 23 Nov 2026 09:47:02 -1000", "body":"""
Lani, pakitawagan mo naman si Remedios Bautista (yung lola na nasa Dillingham Blvd). Hindi siya pumunta sa appointment niya kahapon para sa INR. Nasa warfarin siya at last INR niya 3.8 so kailangan talaga ng recheck. Yung apo niya si Jomar ang kausap usually, mas madali siya kausapin in Tagalog.

Salamat!
Rosie, RN
"""},
{"file":"phi-other-lang-009.eml", "from":"Dr. Carlos Mendoza <cmendoza@valleyfarmworkerhealth.org>", "to":"Nurses <rn@valleyfarmworkerhealth.org>",
"subject":"Re: pt de ayer / yesterday's pt", "date":"Wed, 02 Dec 2026 07:55:00 -0800", "body":"""
Spanish below for Rosa, English for everyone else:

The young man from yesterday, Efraín Cruz Hernández, TB skin test read 18mm today. CXR ordered, please make sure he gets it today before he goes back to the fields. He will need the county TB clinic referral too.

Rosa - por favor llámale a Efraín y explícale que la prueba de tuberculosis salió positiva pero eso no quiere decir que está enfermo, necesitamos la radiografía hoy mismo. Que no se vaya al rancho sin hacérsela. Su número está en la hoja.

Carlos
"""},
{"file":"phi-other-lang-010.eml", "from":"Lin Mei <lmei@chinatownhealthcenter.org>", "to":"Dr. Huang <rhuang@chinatownhealthcenter.org>",
"subject":"陈女士 血压", "date":"Fri, 04 Dec 2026 13:30:48 -0500", "body":"""
黄医生，

陈秀英女士今天来量血压，180/105，她说最近头晕，没有按时吃氨氯地平，因为药吃完了。我已经帮她打电话给药房续药。您要不要今天下午看一下她？她女儿陪她来的，在候诊室等。

Mei
(Lin Mei, MA - x203)
"""},
{"file":"phi-other-lang-011.eml", "from":"Angélica Torres <atorres@sunsetcommunityclinic.org>", "to":"Front Desk <frontdesk@sunsetcommunityclinic.org>",
"subject":"Re: cita para don Ramón", "date":"Tue, 24 Nov 2026 16:05:00 -0700", "body":"""
ok so I talked to his wife, she says don Ramón Esquivel can't come el martes because he has diálisis ese día, so can we move the foot check to el jueves 10 de dic a las 2? She also said que le duele mucho el pie derecho, the one with the ulcer, y que está más negro en el dedo. I think Dr. Kaur should see him sooner, no esperar hasta el jueves. Can you ask her?

Angélica

> On Nov 24, 2026, Front Desk wrote:
> Angie can you call the Esquivel family, they don't speak English and he has diabetic foot f/u on Tues 12/8
"""},
{"file":"phi-other-lang-012.eml", "from":"Sophie Wagner <swagner@klinikum-example.de>", "to":"Dr. James Holloway <jholloway@bostonmedcenter-example.org>",
"subject":"Patientin Frau Hoffmann / patient transfer summary", "date":"Thu, 19 Nov 2026 17:10:33 +0100", "body":"""
Dear Dr. Holloway,

please find below a short summary (German original, English notes added) for our patient Frau Ingrid Hoffmann, who is flying back to Boston next week.

Diagnose: Subarachnoidalblutung (SAB) Hunt & Hess II am 02.11.2026, Aneurysma der A. communicans anterior, endovaskulär gecoilt am 03.11.
(= SAH, AComm aneurysm, coiled 11/3)
Verlauf: Vasospasmus Tag 7, behandelt mit Nimodipin. Jetzt neurologisch unauffällig.
Medikation: Nimodipin 60 mg alle 4 Std. bis 23.11., Levetiracetam 500 mg 2x täglich.
Kontroll-Angiographie in 6 Monaten empfohlen.

Mit freundlichen Grüßen / Kind regards,
Dr. med. Sophie Wagner
Neurochirurgie, Klinikum
"""},
{"file":"phi-other-lang-013.eml", "from":"Guadalupe Reyes <lupe.reyes.1960@gmail.com>", "to":"Hospital Dept de Facturación <billing@desertregionalmc.com>",
"subject":"factura de mi esposo", "date":"Mon, 30 Nov 2026 10:18:12 -0700", "body":"""
Hola buenas tardes,

Les escribo por la factura de mi esposo Ernesto Reyes Villalobos. Le llegó una cuenta por $4,380 por la operación de la vesícula que le hicieron el 3 de octubre. Nosotros tenemos Medicaid (AHCCCS) y nos dijeron que iba a estar cubierto. El número de cuenta en la carta es 88-2041937. Su fecha de nacimiento es 14/08/1958.

No hablo bien inglés, si me pueden llamar alguien en español al 602-555-0126.

Gracias,
Guadalupe Reyes
"""},
{"file":"phi-other-lang-014.eml", "from":"Dr. Aïcha Diallo <adiallo@cliniquesaintlaurent.ca>", "to":"Pharmacie Jean Coutu - Laval <labo.laval@pharmaciejc-exemple.ca>",
"subject":"ordonnance - Mme Ouellet", "date":"Tue, 01 Dec 2026 11:00:00 -0500", "body":"""
Bonjour,

Suite à notre conversation téléphonique, je confirme l'arrêt du naproxène chez Mme Francine Ouellet (DDN 1949-06-21) en raison de son insuffisance rénale et de saignements digestifs. Veuillez remplacer par acétaminophène 650 mg q6h PRN, max 3 g/jour. Elle poursuit le pantoprazole 40 mg die.

Merci,
Dre Aïcha Diallo
Médecine familiale
No de permis 1-18452
"""},
]
