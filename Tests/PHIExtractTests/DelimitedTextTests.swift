import Testing
@testable import PHIExtract

@Suite("DelimitedText")
struct DelimitedTextTests {
    @Test("parses quoted fields with embedded commas, quotes and newlines")
    func quoted() {
        let rows = DelimitedText.parse("Name,Note\r\n\"Roe, Jane\",\"said \"\"hi\"\"\nagain\"\r\nx,\n")
        #expect(rows == [["Name", "Note"], ["Roe, Jane", "said \"hi\"\nagain"], ["x", ""]])
    }

    @Test("sniffs semicolons and tabs, and drops a BOM")
    func sniff() {
        #expect(DelimitedText.parse("\u{FEFF}a;b;c\n1;2,5;3") == [["a", "b", "c"], ["1", "2,5", "3"]])
        #expect(DelimitedText.parse("a\tb\n1\t2") == [["a", "b"], ["1", "2"]])
        #expect(DelimitedText.parse("a,b;c", delimiter: 0x09) == [["a,b;c"]])
    }

    @Test("keeps an unterminated quote's text")
    func unterminated() {
        #expect(DelimitedText.parse("a,\"b c") == [["a", "b c"]])
    }
}

/// A large delimited file is read in slices of whole records, each with the header's labels.
@Suite("Delimited files in slices")
struct DelimitedSliceTests {
    static func csv(rows: Int) -> [UInt8] {
        var s = "Patient Name,DOB,Notes\n"
        for i in 0..<rows {
            // Every tenth row has a quoted field with a line break and a comma inside it.
            let note = i % 10 == 0 ? "\"seen, then\nsent home\"" : "follow up"
            s += "Person \(i),01/\(String(format: "%02d", 1 + i % 28))/1970,\(note)\n"
        }
        return Array(s.utf8)
    }

    @Test("slices end at record ends outside quotes and cover the file")
    func slices() {
        let bytes = Self.csv(rows: 40_000)
        let (slices, firstEnd) = DelimitedText.recordSlices(bytes, target: 1 << 16)
        #expect(firstEnd == "Patient Name,DOB,Notes\n".utf8.count)
        #expect(slices.count > 10)
        #expect(slices.first?.lowerBound == 0 && slices.last?.upperBound == bytes.count)
        for (a, b) in zip(slices, slices.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for s in slices.dropLast() {
            #expect(bytes[s.upperBound - 1] == 0x0A)
            #expect(bytes[s].count(where: { $0 == UInt8(ascii: "\"") }) % 2 == 0)
        }
    }

    @Test("every segment of a file past one slice reads its rows with the header's labels, no row lost")
    func labelledSegments() {
        let rows = 60_000
        let result = Extractor.extract(Self.csv(rows: rows), contentType: "text/csv", filename: "export.csv")
        #expect(result.segments.count >= 2)
        var dobs = 0
        for segment in result.segments {
            #expect(segment.text.hasPrefix("Patient name: Person"))
            dobs += segment.text.components(separatedBy: "\nDOB: ").count - 1
        }
        #expect(dobs == rows)
    }

    @Test("with a segment sink, segments go to it as they are made and the result holds none")
    func sink() {
        var seen = 0
        let spool = Spool(memoryLimit: 1 << 20)
        try? spool.append(Self.csv(rows: 60_000))
        let result = Extractor.extract(spool, contentType: "text/csv", filename: "export.csv",
                                       limits: ExtractLimits(), deadline: nil) { _ in seen += 1 }
        #expect(seen >= 2)
        #expect(result.segments.isEmpty)
    }
}
