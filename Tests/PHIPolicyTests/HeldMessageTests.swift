@testable import PHIPolicy
import Testing

@Suite("HeldMessage")
struct HeldMessageTests {
    static let queue = """
        {"queue_name": "hold", "queue_id": "2CDEEFBC430", "arrival_time": 1796427835, "message_size": 300, "forced_expire": false, "sender": "s@ci.example.test", "recipients": [{"address": "bob@remote.test"}, {"address": "amy@remote.test", "delay_reason": "x"}]}
        {"queue_name": "deferred", "queue_id": "3AB", "arrival_time": 1, "message_size": 1, "sender": "", "recipients": []}
        {"queue_name": "hold", "queue_id": "../etc", "arrival_time": 1, "message_size": 1, "sender": "", "recipients": []}
        not json
        """

    // postcat -e -h -q output of a message phi-milter held (Postfix 3.7).
    static let postcat = """
        *** ENVELOPE RECORDS hold/2CDEEFBC430 ***
        message_size:             300             645               1               0             300               0
        sender: s@ci.example.test
        recipient: bob@remote.test
        *** MESSAGE CONTENTS hold/2CDEEFBC430 ***
        X-PHI-Scan: phi; score=100; types=DOB,NAME,
        \tSSN; rules=dob,name,us.ssn; scanner=phi-milter/0.1.0
        Received: from vm (localhost [127.0.0.1])
        \tby ci.example.test (Postfix) with ESMTP id 2CDEEFBC430
        X-PHI-Encrypt: required
        Subject: Maria Lopez results
        Message-ID: <a1@x.test>
        *** HEADER EXTRACTED hold/2CDEEFBC430 ***
        content_filter: encrypt:[127.0.0.1]:35062
        *** MESSAGE FILE END hold/2CDEEFBC430 ***
        """

    @Test("postqueue -j lines give the held messages only, with a safe queue id")
    func parseQueue() {
        let held = HeldMessage.parseQueue(Self.queue)
        #expect(held.count == 1)
        #expect(held.first?.queueID == "2CDEEFBC430" && held.first?.arrival == 1796427835 && held.first?.size == 300)
        #expect(held.first?.recipients == ["bob@remote.test", "amy@remote.test"])
    }

    @Test("queue ids are letters and digits only")
    func queueIDs() {
        #expect(HeldMessage.isQueueID("2CDEEFBC430") && HeldMessage.isQueueID("4Xq9Yz1Bc2zkQ8"))
        #expect(!HeldMessage.isQueueID("") && !HeldMessage.isQueueID("-d") && !HeldMessage.isQueueID("ALL ")
                && !HeldMessage.isQueueID("a/b"))
    }

    @Test("postcat output gives the verdict (folded header), encrypt header, Message-ID and content filter, no Subject")
    func readPostcat() {
        var m = HeldMessage(queueID: "2CDEEFBC430")
        m.read(postcat: Self.postcat, scanHeader: "X-PHI-Scan", encryptHeaders: ["X-PHI-Encrypt"])
        #expect(m.scan?.verdict == .phi && m.scan?.types == ["DOB", "NAME", "SSN"] && m.scan?.score == 100)
        #expect(m.encryptHeader && m.messageID == "<a1@x.test>" && m.contentFilter == "encrypt:[127.0.0.1]:35062")
        let json = String(describing: m)
        #expect(!json.contains("Maria"))
    }

    @Test("a message with no phi-milter header and no filter reads as unscanned and unrouted")
    func unscanned() {
        var m = HeldMessage(queueID: "A1")
        m.read(postcat: "*** MESSAGE CONTENTS hold/A1 ***\nSubject: x\n", scanHeader: "X-PHI-Scan", encryptHeaders: ["X-PHI-Encrypt"])
        #expect(m.scan == nil && !m.encryptHeader && m.contentFilter.isEmpty)
    }
}

@Suite("ReleaseRoute")
struct ReleaseRouteTests {
    func message(_ verdict: Verdict?, encrypt: Bool, filter: String) -> HeldMessage {
        var m = HeldMessage(queueID: "A1")
        m.scan = verdict.flatMap { ScanHeader(parsing: "\($0.rawValue); score=90") }
        m.encryptHeader = encrypt
        m.contentFilter = filter
        return m
    }

    @Test("a message whose queue file names the encrypt transport leaves encrypted")
    func encrypted() {
        #expect(ReleaseRoute.of(message(.phi, encrypt: true, filter: "encrypt:[gw.test]:25"), transport: "encrypt")
                == .encrypted("encrypt:[gw.test]:25"))
    }

    @Test("an encrypt header without the encrypt transport in the queue file is refused")
    func lostRoute() {
        #expect(ReleaseRoute.of(message(.phi, encrypt: true, filter: ""), transport: "encrypt") == .refused("release.no_encrypt_route"))
        #expect(ReleaseRoute.of(message(.phi, encrypt: true, filter: "smtp-amavis:[127.0.0.1]:10024"), transport: "encrypt")
                == .refused("release.no_encrypt_route"))
        // A transport whose name only starts with the configured one is another transport.
        #expect(ReleaseRoute.of(message(.phi, encrypt: true, filter: "encrypt2:[gw.test]"), transport: "encrypt")
                == .refused("release.no_encrypt_route"))
    }

    @Test("PHI with no encrypt route is refused unless the operator allows it; clean and unscanned mail leave plain")
    func phiPlain() {
        #expect(ReleaseRoute.of(message(.phi, encrypt: false, filter: ""), transport: "encrypt") == .refused("release.phi_unencrypted"))
        #expect(ReleaseRoute.of(message(.violation, encrypt: false, filter: ""), transport: "encrypt") == .refused("release.phi_unencrypted"))
        #expect(ReleaseRoute.of(message(.phi, encrypt: true, filter: ""), transport: "encrypt", allowUnencrypted: true) == .plain)
        #expect(ReleaseRoute.of(message(.unscannable, encrypt: false, filter: ""), transport: "encrypt") == .plain)
        #expect(ReleaseRoute.of(message(nil, encrypt: false, filter: ""), transport: "encrypt") == .plain)
    }
}
