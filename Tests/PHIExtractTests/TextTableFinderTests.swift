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

    @Test("prose with commas, indents, aligned label/value lines or a data first line is no table", arguments: [
        "Dear Dr. Ortiz,\nthanks, as always, for the referral.\nWe will call, text, or write.\nBest, Ana\n",
        "Notes:\n\tfollow up in two weeks\n\tcheck labs, repeat A1c\n\tcall the family\n",
        "Phone:\t312-555-0100\nFax:\t312-555-0101\nPager:\t4417\n",
        "Jane\t536-90-4399\nJohn\t078-05-1120\nAnn\t219-09-9999\n",
        "Name;MRN;DOB\nRoe;00812234;03/14/1947\nDoe;00812577;11/02/1960\n",
        "Name | MRN\nRoe | 00812234\nDoe | 00812577\n",
    ])
    func prose(_ text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test("a line longer than the limit is not a table line")
    func longLine() {
        var finder = TextTableFinder(maxLineBytes: 16)
        var events = finder.feed(Array("A\tB\n1\t2\nxxxxxxxxxx\tyyyyyyyyyy\n3\t4\n5\t6\n".utf8))
        events += finder.finish()
        #expect(events.isEmpty)
    }
}
