import CScan
import PHITestSupport
import Testing
@testable import PHIDetect

@Suite("Fingerprinter")
struct FingerprinterTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format2($0)) }.joined() }
    static func format2(_ b: UInt8) -> String { let s = String(b, radix: 16); return s.count == 1 ? "0" + s : s }

    @Test("SHA-256 matches the FIPS test vectors")
    func sha256() {
        #expect(Self.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(Self.hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The dispatched block function (SHA-NI where the CPU has it) must agree with the portable one
    /// on arbitrary states, not just the IV, since HMAC starts from precomputed key states.
    @Test("the dispatched SHA-256 block function matches the portable one")
    func blockPathsAgree() {
        var rng = SplitMix(seed: 0x5EED_F00D_CAFE_0001)  // fixed: a failure must reproduce
        var cases: [([UInt32], [UInt8])] = [
            ([UInt32](repeating: 0, count: 8), [UInt8](repeating: 0, count: 64)),
            ([UInt32](repeating: .max, count: 8), [UInt8](repeating: .max, count: 64)),
        ]
        for _ in 0..<4096 {
            let state = (0..<8).map { _ in UInt32(truncatingIfNeeded: rng.next()) }
            let block = (0..<64).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            cases.append((state, block))
        }
        var mismatches = 0
        for (state, block) in cases {
            var fast = state, portable = state
            phi_sha256_block(&fast, block)
            phi_sha256_block_portable(&portable, block)
            if fast != portable { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test("HMAC-SHA256 matches RFC 4231 test case 2")
    func hmac() {
        let mac = Fingerprinter(key: Array("Jefe".utf8)).mac(Array("what do ya want for nothing?".utf8))
        #expect(Self.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("the fingerprint is the first 32 hex digits of the HMAC, empty values included")
    func fingerprintIsTheMAC() {
        let f = Fingerprinter(key: Array("Jefe".utf8))
        for value in ["what do ya want for nothing?", "", "536904399", String(repeating: "x", count: 200)] {
            #expect(f.fingerprint(value) == "hmac-sha256:" + String(Self.hex(f.mac(Array(value.utf8))).prefix(32)))
        }
    }

    @Test("fingerprints depend on the key and carry no value")
    func fingerprints() {
        let a = Fingerprinter(key: [1, 2, 3]).fingerprint("536904399")
        let b = Fingerprinter(key: [1, 2, 4]).fingerprint("536904399")
        #expect(a != b)
        #expect(a.hasPrefix("hmac-sha256:") && a.count == 44)
        #expect(!a.contains("536904399"))
    }
}

@Suite("Fingerprinter values")
struct FingerprinterValueTests {
    @Test("a value written by hand fingerprints as the scanner's finding of it does")
    func sameAsScanner() throws {
        let rules = try TestPacks.library().ruleSet
        let f = TestPacks.fingerprinter
        let text = "Patient SSN: 536-90-4399, NPI 1234567893 per chart."
        let findings = Scanner.scan(text, rules: rules, fingerprinter: f)
        let ssn = try #require(findings.first { $0.type == "SSN" })
        #expect(f.fingerprint(value: "536-90-4399", normalizer: .digits) == ssn.fingerprint)
        #expect(f.fingerprint(value: "536904399", normalizer: .digits) == ssn.fingerprint)
        // Fullwidth digits are NFKC-normalized first, as in scanned text.
        #expect(f.fingerprint(value: "５３６-９０-４３９９", normalizer: .digits) == ssn.fingerprint)
        #expect(f.fingerprint(value: "536-90-4399", normalizer: .none) != ssn.fingerprint)
        #expect(f.fingerprint(value: "a1-b2", normalizer: .alnum) == f.fingerprint("A1B2"))
        #expect(f.fingerprint(value: "Jo  Doe@X.org", normalizer: .lower) == f.fingerprint("jo doe@x.org"))
    }
}
