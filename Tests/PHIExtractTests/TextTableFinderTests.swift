import Testing
@testable import PHIExtract

@Suite("TextTableFinder")
struct TextTableFinderTests {
    /// The events for `text` fed in chunks of `size` bytes.
    static func events(_ text: String, size: Int = 1 << 20) -> [TextTableFinder.Event] {
        var finder = TextTableFinder()
        var events: [TextTableFinder.Event] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            events += finder.feed(Array(bytes[i..<min(i + size, bytes.count)]))
            i += size
        }
        return events + finder.finish()
    }

    /// The rows rendered for `text` fed in chunks of `size` bytes, without the other events.
    static func rows(_ text: String, size: Int = 1 << 20) -> String {
        events(text, size: size).compactMap { if case .rows(let r) = $0 { r } else { nil } }.joined()
    }

    /// The rendered rows of `events`, with the other events written between them.
    static func rendered(_ events: [TextTableFinder.Event]) -> String {
        events.map { if case .rows(let r) = $0 { r } else { "\n\($0)\n" } }.joined()
    }

    @Test("a TAB header over one TAB row is a table of one record (an HTML table with one row)")
    func oneRecordTable() {
        let table = "\tClaim #\tMember ID\tPatient Acct\tDOS\tCode\tPaid\n"
            + "\tCH26-0091244\tCHP330981205\tESA-21187\t07/22/2026\t49505\t$1,288.10\n"
        for tail in ["", "\n", "Reason: modifier 80 billed without documentation.\n"] {
            let text = "Please remit within 45 days.\n" + table + tail
            let whole = Self.rendered(Self.events(text))
            #expect(whole.contains("Member ID: CHP330981205\n"), "tail \(tail.debugDescription)")
            #expect(!whole.contains("Reason"))
            for size in [1, 7, 64] { #expect(Self.rendered(Self.events(text, size: size)) == whole, "size \(size)") }
        }
        // Two lines of prose with tabs in them, or a header without a column this step knows, are no table.
        #expect(Self.rows("Notes\tfor the\tmeeting\nbring\tyour\tlaptop\n").isEmpty)
        #expect(Self.rows("Colour\tSize\tShape\nRed\t12\tRound\n").isEmpty)
    }

    @Test("a rule line under a fixed-width header is read whole or split alike (found by fuzzing)")
    func ruleUnderHeaderAtEveryChunking() {
        let text = "Students with an immunization hold:\n\nPUID      Last       First      Missing       Status\n"
            + "---------------------\n95049911  Ochoa      Rafael     Hep B series  Incomplete\n"
            + "81534147  Choi       Ji-hoon    MMR #2        No record\n"
        let whole = Self.rendered(Self.events(text))
        #expect(whole.contains("PUID: 95049911"))
        for size in [1, 7, 16, 64] { #expect(Self.rendered(Self.events(text, size: size)) == whole, "size \(size)") }
    }

    @Test("a bar row that leaves its empty last cells off stays in the table; a short comma row ends it")
    func shortBarRows() {
        let text = "Room | Resident           | Consent  | Given | Lot\n"
            + "201  | Greenleaf, Harriet | Y (self) | 11/02 | U7744AB\n"
            + "202  | Mosley, Cornelius  | Y (son)  | 11/02 | U7744AB\n"
            + "203B | Lund, Arlene       | DECLINED |       | \n"
            + "204  | Packard, Owen      | Y (wife) | 11/05 | U7744AB\n"
        let rows = Self.rows(text)
        #expect(rows.contains("Patient name: Lund, Arlene\nConsent: DECLINED\n"))
        #expect(rows.contains("Patient name: Packard, Owen"))
        for size in [1, 5, 64] {
            #expect(Self.rows(text, size: size) == rows, "size \(size)")
        }
        let commas = "Name,MRN,DOB\nRoe Jane,00812234,03/14/1947\nDoe John,00812577,11/02/1960\nThanks,Joyce\n"
        let read = Self.rows(commas)
        #expect(!read.contains("Joyce"))
    }

    @Test("a TAB table's first rows may leave their empty last cells off (an HTML table's empty last cell)")
    func shortFirstTabRows() {
        let text = "Acct\tPatient\tDOS\tCPT\tBalance\tNote\n"
            + "300922\tPetrakis, George\t05/28/2026\t99396\t$242.50\n"
            + "300184\tVillanueva, Rosa\t06/11/2026\t99214\t$186.00\tsays ins terminated\n"
            + "301377\tLamb, Desiree\t07/02/2026\t99213\t$95.00\n"
        let rows = Self.rows(text)
        #expect(rows.contains("Patient name: Petrakis, George\n"))
        #expect(rows.contains("Patient name: Lamb, Desiree\n"))
        for size in [1, 7, 64] {
            #expect(Self.rows(text, size: size) == rows, "size \(size)")
        }
    }

    @Test("a header with a ruler of dash groups is cut where the groups start, one space apart or not, at any chunk size")
    func ruledColumns() {
        let text = "pending transports\n\nBed   Pt                 Going to         Time   Mode\n"
            + "----  -----------------  ---------------  -----  ---------\n"
            + "2E-03 GREER, Doris       Echo             0930   wheelchair\n"
            + "2E-07 NAVARRO, Sal       IR (PICC)        1000   stretcher\n\nNavarro is on contact precautions.\n"
        let whole = Self.rendered(Self.events(text))
        #expect(whole.contains("Bed: 2E-03\nPatient name: GREER, Doris\nGoing to: Echo\nTime: 0930\nMode: wheelchair\n"))
        #expect(whole.contains("Patient name: NAVARRO, Sal\nGoing to: IR (PICC)"))
        #expect(!whole.contains("precautions"))
        for size in [1, 3, 16, 64] { #expect(Self.rendered(Self.events(text, size: size)) == whole, "size \(size)") }
        // One long rule is no column ruler; a sentence under a ruler is no row.
        #expect(RuledColumns.starts("--------------------------") == nil)
        #expect(RuledColumns.row("Navarro is on contact precautions.", [0, 6, 25]) == nil)
    }

    @Test("a fixed-width screen whose rows split unevenly is cut at its header's columns, at any chunk size")
    func anchoredColumns() {
        let text = "these 4 are yours:\n\n MRN       NAME                 LOC     LAST TROUGH  DOSE\n"
            + " 4418820   PETROV, ANATOLY      3W-309  24.1 H       1250 q12\n"
            + " 4420197   BAKER, LATOYA        3W-312  8.2  L       1000 q12\n"
            + " 4390056   SINGH, HARJIT        ICU-4   pending      1500 q24\n\nThanks\n"
        let whole = Self.rendered(Self.events(text))
        #expect(whole.contains("MRN: 4418820\nName: PETROV, ANATOLY\nLOC: 3W-309\nLAST TROUGH: 24.1 H\nDOSE: 1250 q12\n"))
        #expect(whole.contains("MRN: 4420197\nName: BAKER, LATOYA"))
        #expect(whole.contains("Name: SINGH, HARJIT"))
        for size in [1, 5, 16, 64] { #expect(Self.rendered(Self.events(text, size: size)) == whole, "size \(size)") }
        // Aligned words under a header of no known column are left to the other forms.
        let plain = "Alpha     Beta       Gamma\nred one   blue two   green\nred  x    blue  y    green z\n"
        #expect(Self.events(plain).isEmpty)
    }

    static let list = "Call these today:\nName\tMRN\tDOB\nRoe, Jane\t00812234\t03/14/1947\n"
        + "Doe, John\t00812577\t11/02/1960\nGray, Ann\t\t06/30/1943\n\nThanks\n"

    @Test("renders a tab-separated list with its header before each value, at any chunk size")
    func tabList() {
        let expected: [TextTableFinder.Event] = [
            .start(line: 2),
            .rows("Name: Roe, Jane\nMRN: 00812234\nDOB: 03/14/1947\n\nName: Doe, John\nMRN: 00812577\nDOB: 11/02/1960\n"),
            .rows("\nName: Gray, Ann\nDOB: 06/30/1943\n"),
            .end,
        ]
        for size in [1, 7, 4096] {
            #expect(Self.events(Self.list, size: size) == expected, "chunk size \(size)")
            let crlf = Self.list.replacing("\n", with: "\r\n")
            #expect(Self.events(crlf, size: size) == expected, "CRLF, chunk size \(size)")
        }
    }

    @Test("a table at the end of the text, without a last line end, is read and ended")
    func tableAtEnd() {
        let events = Self.events("A\tB\n1\t2\n3\t4")
        #expect(events == [.start(line: 1), .rows("A: 1\nB: 2\n\nA: 3\nB: 4\n"), .end])
    }

    @Test("a line with another cell count ends the table; two rows are not enough")
    func boundaries() {
        #expect(Self.events("A\tB\n1\t2\n3\t4\nx\ty\tz\n5\t6\n") == [.start(line: 1), .rows("A: 1\nB: 2\n\nA: 3\nB: 4\n"), .end])
        #expect(Self.events("A\tB\n1\t2\n\nA\tB\n3\t4\n").isEmpty)
    }

    @Test("prose with commas, indents, aligned label/value lines or sentences is no table", arguments: [
        "Dear Dr. Ortiz,\nthanks, as always, for the referral.\nWe will call, text, or write.\nBest, Ana\n",
        "Notes:\n\tfollow up in two weeks\n\tcheck labs, repeat A1c\n\tcall the family\n",
        "Phone:\t312-555-0100\nFax:\t312-555-0101\nPager:\t4417\n",
        "We met, as planned, on Monday.\nThe vendor, sadly, was late again.\nThe order, in the end, shipped fine.\n",
        "In short, the plan is good, the budget is tight, and the team is small but very capable here\n"
            + "so we will hire, train, and keep the people who already know the building and the patients\n"
            + "as well as the vendors, the schedule, and the long list of rules that the state requires\n",
        "Hello.  This is a test.\nOf two spaces.  After a stop.\nIt is common.  In old mail.\n",
        "Name | MRN\nRoe | 00812234\n\nDoe | 00812577\n",
    ])
    func prose(_ text: String) {
        #expect(Self.events(text).isEmpty)
    }

    static let rendered = "Patient name: Roe, Jane\nMRN: 00812234\nDOB: 03/14/1947\n\n"
        + "Patient name: Doe, John\nMRN: 00812577\nDOB: 11/02/1960\n\nPatient name: Gray, Ann\nMRN: 00812901\nDOB: 06/30/1943\n"

    @Test("reads every table form with typed column labels, at any chunk size", arguments: [
        "Pt\tMed Rec #\tD.O.B.\nRoe, Jane\t00812234\t03/14/1947\nDoe, John\t00812577\t11/02/1960\nGray, Ann\t00812901\t06/30/1943\n",
        "Pt | Med Rec # | D.O.B.\nRoe, Jane | 00812234 | 03/14/1947\nDoe, John | 00812577 | 11/02/1960\nGray, Ann | 00812901 | 06/30/1943\n",
        "| Pt | Med Rec # | D.O.B. |\n|---|:--:|---|\n| Roe, Jane | 00812234 | 03/14/1947 |\n| Doe, John | 00812577 | 11/02/1960 |\n"
            + "| Gray, Ann | 00812901 | 06/30/1943 |\n",
        "Pt;Med Rec #;D.O.B.\nRoe, Jane;00812234;03/14/1947\nDoe, John;00812577;11/02/1960\nGray, Ann;00812901;06/30/1943\n",
        "Pt,Med Rec #,D.O.B.\n\"Roe, Jane\",00812234,03/14/1947\n\"Doe, John\",00812577,11/02/1960\n\"Gray, Ann\",00812901,06/30/1943\n",
        "Pt          Med Rec #  D.O.B.\n----------  ---------  ----------\nRoe, Jane   00812234   03/14/1947\n"
            + "Doe, John   00812577   11/02/1960\nGray, Ann   00812901   06/30/1943\n",
        "> Pt\tMed Rec #\tD.O.B.\n> Roe, Jane\t00812234\t03/14/1947\n> Doe, John\t00812577\t11/02/1960\n> Gray, Ann\t00812901\t06/30/1943\n",
    ])
    func forms(_ table: String) {
        for size in [1, 7, 4096, 65_535] {
            for text in ["See below:\n" + table + "\nThanks\n", ("See below:\n" + table).replacing("\n", with: "\r\n")] {
                let events = Self.events(text, size: size)
                #expect(events.first == .start(line: 2), "chunk size \(size)")
                #expect(events.last == .end)
                let rows = events.compactMap { if case .rows(let r) = $0 { r } else { nil } }.joined()
                #expect(rows == Self.rendered, "chunk size \(size): \(table)")
            }
        }
    }

    @Test("three rows without a header are rendered as rows of cells")
    func headerless() {
        let text = "Roe, Jane | 00812234 | 03/14/1947\nDoe, John | 00812577 | 11/02/1960\nGray, Ann | | 06/30/1943\n"
        for size in [1, 7, 4096, 65_535] {
            #expect(Self.events(text, size: size) == [
                .start(line: 1),
                .rows("Roe, Jane\t00812234\t03/14/1947\nDoe, John\t00812577\t11/02/1960\nGray, Ann\t06/30/1943\n"),
                .end,
            ])
        }
    }

    @Test("fixed-width columns must start at the same places on every line")
    func misaligned() {
        #expect(Self.events("Name  Phone\nAnn Lee  555-0100\nBob  555-0101\nCarla Diaz-Moreno  555-0102\n").isEmpty)
    }

    @Test("the tables of a whole text are rendered one after another")
    func tablesIn() {
        let text = "Hi\nA\tB\n1\t2\n3\t4\n\nC | D\nx | y\nz | w\n"
        #expect(String(decoding: TextTableFinder.tables(in: Array(text.utf8)), as: UTF8.self) == "A: 1\nB: 2\n\nA: 3\nB: 4\n\nC: x\nD: y\n\nC: z\nD: w\n")
        #expect(TextTableFinder.tables(in: Array("no table here\n".utf8)).isEmpty)
    }

    @Test("a line longer than the limit is not a table line")
    func longLine() {
        var finder = TextTableFinder(maxLineBytes: 16)
        var events = finder.feed(Array("A\tB\n1\t2\nxxxxxxxxxx\tyyyyyyyyyy\n3\t4\n5\t6\n".utf8))
        events += finder.finish()
        #expect(events.isEmpty)
    }
}
