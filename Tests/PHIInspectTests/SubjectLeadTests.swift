import PHIDetect
import PHIPacks
import PHITestSupport
import Testing
@testable import PHIInspect

/// The Subject read with the body's opening: a patient named in the Subject makes the care in the
/// body's first lines health information; the body's own reading keeps the last word on values.
@Suite("Subject with the body's opening")
struct SubjectLeadTests {
    static func message(subject: String, body: String) -> [UInt8] {
        Array("From: a@clinic.test\r\nTo: b@clinic.test\r\nSubject: \(subject)\r\n\r\n\(body)\r\n".utf8)
    }

    @Test("care words in the body rise with a patient named only in the Subject, at every chunk size",
          arguments: Chunking.sizes)
    func careRises(_ size: Int) throws {
        let engine = try CorpusFixtures.engine()
        let report = CorpusFixtures.inspect(
            Self.message(subject: "Lindqvist, Anna - echo read",
                         body: "read is done, valves fine. ok to go over it with her at the f/u next week."),
            size: size, engine: engine)
        #expect(report.findings.contains { $0.hasPrefix("subject|NAME|") && $0.contains("|medium|") })
        #expect(report.findings.contains { $0.hasPrefix("subject+body|CARE|") && $0.contains("|medium|") })
    }

    static func message(from: String, subject: String, body: String) -> [UInt8] {
        Array("From: \(from)\r\nTo: b@clinic.test\r\nSubject: \(subject)\r\n\r\n\(body)\r\n".utf8)
    }

    /// The findings (as summary lines) of such a message, inspected in chunks of 4096 bytes.
    static func findings(from: String, subject: String, body: String) throws -> [String] {
        CorpusFixtures.inspect(message(from: from, subject: subject, body: body), size: 4096,
                               engine: try CorpusFixtures.engine()).findings
    }

    @Test("a sender who writes about their own care is named by the From header, at every chunk size",
          arguments: Chunking.sizes)
    func senderSelf(_ size: Int) throws {
        let engine = try CorpusFixtures.engine()
        let report = CorpusFixtures.inspect(
            Self.message(from: "Nora Fitzgerald <noraf@inbox.test>", subject: "FMLA for my surgery",
                         body: "Hi Benefits team,\r\n\r\nI'm scheduled for a hysterectomy on December 9. Thanks, Nora"),
            size: size, engine: engine)
        #expect(report.findings.contains { $0.hasPrefix("sender|NAME|name.sender|medium|") })
    }

    @Test("a sender's own care in words of pregnancy, therapy and lateness names the sender", arguments: [
        ("Leilani Hollis <lh89@inbox.test>", "baby moving less",
         "I'm 32 weeks and the baby hasn't been moving much. I did the kick count after dinner. My OB is Dr. Reddy."),
        ("Priya Raman <pr3@inbox.test>", "Thursday",
         "Hi Gloria, I need to cancel Thursday's session. I've been doing the breathing exercises and the thought log. Priya"),
        ("R Montalvo <rm22@inbox.test>", "PT appts",
         "Need to move my PT sessions next wk to afternoons, post-op knee. -R.M."),
        // Glucose numbers reported back to the doctor.
        ("Folake Adeyemi <folake.a@inbox.test>", "Re: Your glucose monitor data",
         "Dr Feld, my numbers after dinner are now mostly under 180. I am scared of the insulin."),
        // A directory's unquoted "Last, First" display name, read family name first.
        ("Moreau, Jessica <jmoreau@clinic.test>", "measles exposure question - I am pregnant",
         "I'm 22 weeks pregnant. My OB is Dr. Vasquez. Can you check my titer?"),
    ])
    func senderOwnCare(_ from: String, _ subject: String, _ body: String) throws {
        #expect(try Self.findings(from: from, subject: subject, body: body)
            .contains { $0.hasPrefix("sender|NAME|name.sender|medium|") })
    }

    @Test("a sender is named by a consumer address when writing about their own care, beside any display name",
          arguments: [("dkoval88@yahoo.com", true), ("Dana Koval <dkoval88@yahoo.com>", true),
                      ("Liya A <liya.abebe2012@gmail.com>", true), ("frontdesk@riverbendclinic.org", false),
                      ("Front Desk <frontdesk@riverbendclinic.org>", false)])
    func senderAddress(_ from: String, _ named: Bool) throws {
        let findings = try Self.findings(from: from, subject: "refill", body: "need refill on my lisinopril pls. out tmrw. -Dee")
        #expect(findings.contains { $0.hasPrefix("sender|EMAIL|email.sender|medium|") } == named)
    }

    @Test("the Subject read with the body's opening replaces its own reading: a pet's name stays low")
    func subjectWithContext() throws {
        let findings = try Self.findings(from: "frontdesk@whiskerclinic.test", subject: "Luna's discharge instructions",
                                         body: "Discharge instructions - Luna (Kagame), feline, DSH, 4.2 kg")
        #expect(!findings.contains { $0.hasPrefix("subject|NAME|") && $0.contains("|medium|") })
        #expect(findings.contains { $0.hasPrefix("subject|NAME|name.given|low|") })
    }

    @Test("a surname opening the Subject before a dash names the patient whose care follows", arguments: [
        ("Okonkwo - echo results", "echo done this AM, read by Dr. Lam. LVEF 55-60%, no change from prior.", true),
        ("RE: FW: ABERNATHY - hearing aid fitting", "Loaner pair is charged.", true),
        ("CEU: vestibular rehab course Feb 6-7", "We have four seats funded for the rehab course.", false),
        ("Okonkwo - lunch order", "Pizza or salads for Friday?", false),
    ])
    func subjectSurname(_ subject: String, _ body: String, _ named: Bool) throws {
        let findings = try Self.findings(from: "desk@clinic.test", subject: subject, body: body)
        #expect(findings.contains { $0.contains("|NAME|name.subject|medium|") } == named)
    }

    @Test("a sender writing about someone else's care, or about nothing clinical, is not named", arguments: [
        ("Maria Lopez <mlopez@clinic.test>", "biopsy slots", "The patient's biopsy moved to Friday; the clinic is open."),
        ("Nora Fitzgerald <noraf@inbox.test>", "staff meeting", "The agenda for Tuesday is attached."),
        ("\"Fitzgerald, Nora\" <noraf@inbox.test>", "lunch", "See you at noon."),
        // A shift swap: "if I take his 12/28" is no medicine taken.
        ("Dani Okafor <dokafor@clinic.test>", "RE: Holiday OR coverage",
         "Ken said he'd take my 12/23 if I take his 12/28.\n> Wed 12/23  OR: Nwosu  Pre-op: Jo"),
    ])
    func senderNotNamed(_ from: String, _ subject: String, _ body: String) throws {
        #expect(try !Self.findings(from: from, subject: subject, body: body).contains { $0.hasPrefix("sender|") })
    }

    static func message(to: String, subject: String, body: String) -> [UInt8] {
        Array("From: coordinator@agency.test\r\nTo: \(to)\r\nSubject: \(subject)\r\n\r\n\(body)\r\n".utf8)
    }

    @Test("the one person a message is to is named by the To header when it speaks to them of their care, at every chunk size",
          arguments: Chunking.sizes)
    func recipientSpokenTo(_ size: Int) throws {
        // Blind set prose99: a staffing agency's coordinator to its nurse hurt at work, greeted by a given name.
        let report = CorpusFixtures.inspect(
            Self.message(to: "Maricel Santos <maricel.santos@inbox.test>", subject: "rides to Riverside",
                         body: "Hi Maricel!\r\n\r\nAll set for your therapy rides, Tue & Thu mornings.\r\n\r\nMarisol"),
            size: size, engine: try CorpusFixtures.engine())
        #expect(report.findings.contains { $0.hasPrefix("recipient|NAME|name.recipient|medium|") })
    }

    @Test("a recipient is not named among several, by a list's name, or without care spoken of", arguments: [
        ("Maricel Santos <ms@inbox.test>, Jo Park <jp@inbox.test>", "All set for your therapy rides."),
        ("Referral Coordinators <referrals@imaging.test>", "Your biopsy results page is fixed."),
        ("Pet Insurance Claims <claims@pets.test>", "Your refill request was sent to the pharmacy."),
        ("Maricel Santos <ms@inbox.test>", "All set for your rides to the airport."),
    ])
    func recipientNotNamed(_ to: String, _ body: String) throws {
        let report = CorpusFixtures.inspect(Self.message(to: to, subject: "update", body: body), size: 4096,
                                            engine: try CorpusFixtures.engine())
        #expect(!report.findings.contains { $0.hasPrefix("recipient|") })
    }

    @Test("the recipient's line is read by its one rule, with the keyword lists that rule reads")
    func recipientRuleAlone() throws {
        let engine = try CorpusFixtures.engine()
        #expect(engine.recipientRules.definitions.map(\.id) == [SubjectLead.recipientRule])
        #expect(engine.rules.definitions.count > 1)
        let text = "Recipient: Dana Kowalczyk\n\nSubject: results\n\nHi Dana, your biopsy results came back benign."
        let alone = Scanner.scan(text, rules: engine.recipientRules, fingerprinter: engine.fingerprinter)
        #expect(alone.map(\.rule) == [SubjectLead.recipientRule])
    }

    @Test("the recipient's words are no context for the Subject and the sender")
    func recipientNoContext() throws {
        let plain = try Self.findings(from: "Diane Korhonen <dk@inbox.test>", subject: "Fwd: invoice",
                                      body: "submitting the vet invoice under policy PS-2210-88417.\n\nDiane Korhonen")
        let report = CorpusFixtures.inspect(
            Array("From: Diane Korhonen <dk@inbox.test>\r\nTo: Pet Insurance Claims <claims@pets.test>\r\nSubject: Fwd: invoice\r\n\r\nsubmitting the vet invoice under policy PS-2210-88417.\n\nDiane Korhonen\r\n".utf8),
            size: 4096, engine: try CorpusFixtures.engine())
        #expect(report.findings.filter { !$0.hasPrefix("addresses|") } == plain.filter { !$0.hasPrefix("addresses|") })
    }

    @Test("a credential ending the sender's name does not make the Subject's patient a clinician")
    func senderCredential() throws {
        let engine = try CorpusFixtures.engine()
        let report = CorpusFixtures.inspect(
            Self.message(from: "\"Kaur, Ravinder MD\" <rk@heart.test>", subject: "Lindqvist, Anna - echo read",
                         body: "read is done, valves fine. ok to go over it with her at the f/u next week."),
            size: 4096, engine: engine)
        #expect(report.findings.contains { $0.hasPrefix("subject|NAME|") && $0.contains("|medium|") })
    }

    @Test("a value the body's interchange reading placed is not found again in the opening")
    func bodyReadingStays() throws {
        let engine = try CorpusFixtures.engine()
        let body = """
            Sample ORU for the test run, dummy data only:\r
            \r
            MSH|^~\\&|NGMC|NGMC|LABLINK|LABLINK|202403051200||ORU^R01|TEST0001|T|2.5.1\r
            PID|1||TEST123456^^^NGMC^MR||DOE^JANE^Q||19000101|F\r
            OBX|1|NM|2345-7^GLUCOSE^LN||99|mg/dL|70-99|N|||F\r
            """
        let report = CorpusFixtures.inspect(Self.message(subject: "ORU sample for validation", body: body),
                                            size: 4096, engine: engine)
        #expect(!report.findings.contains { $0.hasPrefix("subject+body|MRN|") })
    }
}

/// A pattern that stops at PCRE2's match limit is reported, not silent.
@Suite("Regex limits in the report")
struct RegexLimitReportTests {
    @Test("a rule that runs into the match limit shows as problem regex.limit")
    func limitIsAProblem() throws {
        var packs = try TestPacks.library().packs
        packs[0].rules.append(RuleDefinition(id: "test.runaway", type: "TEST", patterns: [("runaway", "(a+)+!b")],
                                             prefilter: .keywords("dob"), levels: [.init(level: .low, score: 1)]))
        let engine = InspectionEngine(rules: try PackLibrary.build(packs).ruleSet, fingerprinter: TestPacks.fingerprinter)
        let body = "dob " + String(repeating: "a", count: 40) + "!cb"  // the required "b" in the window
        let inspector = Inspector(engine: engine)
        inspector.raw(Array("Subject: x\r\n\r\n\(body)\r\n".utf8))
        let report = inspector.finish()
        #expect((report.problems["regex.limit"] ?? 0) > 0)
    }
}
