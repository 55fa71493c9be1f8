import Foundation
import FuzzSupport
import PHIDetect
import PHIEDM
import PHITestSupport

/// The exact-data-match matcher over mail text, with a small roster built once per process (MRNs,
/// member IDs, names, dates of birth, ZIPs, phones). Input: a chunking byte, then text. Invariants:
/// no trap on any bytes, and the findings and matched records do not depend on how the text is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func edmFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let plan = ChunkPlan(input.byte())
    let text = input.rest()
    let whole = match(text, .whole), split = match(text, plan)
    FuzzCheck.same(whole.findings, split.findings, "findings at chunk plan \(plan.seed)")
    FuzzCheck.same(whole.records.sorted(), split.records.sorted(), "records at chunk plan \(plan.seed)")
    return 0
}

private func match(_ text: [UInt8], _ plan: ChunkPlan) -> (findings: [Finding], records: Set<UInt32>) {
    let m = EDMMatcher(roster: FuzzRoster.shared, fingerprinter: TestPacks.fingerprinter, part: "1")
    for chunk in plan.chunks(text) { m.feed(chunk) }
    return (m.finish(), m.records)
}

enum FuzzRoster {
    static let shared: EDMRoster = {
        let dir = NSTemporaryDirectory() + "phi-fuzz-edm-\(getpid())"
        let schema = EDMSchema(name: "fuzz", columns: [
            .init(name: "mrn", kind: .digits, role: .primary, type: "MRN"),
            .init(name: "member_id", kind: .id, role: .primary, type: "MEMBER_ID"),
            .init(name: "first", kind: .name, role: .corroborating, type: "NAME", with: "last"),
            .init(name: "last", kind: .name, role: .corroborating, type: "NAME"),
            .init(name: "dob", kind: .date, role: .corroborating, type: "DOB"),
            .init(name: "zip", kind: .zip, role: .corroborating, type: "ZIP"),
            .init(name: "phone", kind: .phone, role: .corroborating, type: "PHONE"),
        ])
        var csv = "mrn,member_id,first,last,dob,zip,phone\n"
        let first = ["Maria", "Ngozi", "José", "Mary Ann", "Thi", "Wei"], last = ["Lopez", "Okafor", "Núñez", "O'Brien", "Nguyen", "Chen"]
        for i in 0..<600 {
            csv += "\(1_000_000 + i * 7_919),XJH-\(88_213 + i)-0\(i % 10),\(first[i % 6]),\(last[(i / 6) % 6]),"
                + "19\(40 + i % 60)-\(1 + i % 12)-\(1 + i % 28),\(10_000 + i * 97),617555\(1_000 + i)\n"
        }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try csv.write(toFile: dir + "/r.csv", atomically: true, encoding: .utf8)
            let key = EDMKey(bytes: Array(repeating: 7, count: 32))
            _ = try EDMBuilder.build(schema: schema, csv: dir + "/r.csv", key: key, output: dir + "/r.edm")
            let roster = try EDMRoster(file: dir + "/r.edm", key: key)  // mapped: the files can go
            try? FileManager.default.removeItem(atPath: dir)
            return roster
        } catch {
            FuzzCheck.fail("the fuzz roster does not build: \(error)")
        }
    }()
}
