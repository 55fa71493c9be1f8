import PHIDetect
import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIInspect

/// Training mail that declares its records test data: the records' findings count at low at
/// most; the same records without the declaration, or beside words that only look like one, stay PHI.
@Suite("Test-data declarations")
struct TestDeclarationTests {
    static let x12 = "NM1*IL*1*KOWALCZYK*DANA****MI*W2284410701~\nDMG*D8*19580209*F~\nHI*ABK:E119~\nCLM*26463774*100***11:B:1*Y*A*Y*I~"

    static func report(subject: String, body: String) throws -> ScanReport {
        let inspector = Inspector(engine: try CorpusFixtures.engine())
        inspector.raw(Array("From: a@clinic.test\r\nTo: b@clinic.test\r\nSubject: \(subject)\r\n\r\n\(body)\r\n".utf8))
        return inspector.finish()
    }

    @Test("a declaration in the Subject or the body's opening lowers the records' findings", arguments: [
        ("837 training", "Example used in the session (synthetic data from the implementation guide - not a real person):\n\n"),
        ("Fictitious subscriber for Thursday's class", "Walk through this one before the class.\n\n"),
        ("HL7 class", "Everyman is the standard's placeholder patient. The claim below is the guide's.\n\n"),
        ("Your PLAY log-ins", "Your practice patients are below; they exist only in PLAY.\n\n"),
        ("COB exercise", "Work this one before Thursday: the guide's made-up data.\n\n"),
    ])
    func declared(_ subject: String, _ opening: String) throws {
        let report = try Self.report(subject: subject, body: opening + Self.x12)
        #expect(Classifier().classify(report).verdict == .clean)
        let lowered = report.findings.filter { $0.evidence.contains { $0.source == RuleSet.testDeclarationList } }
        #expect(!lowered.isEmpty)
        #expect(lowered.allSatisfy { $0.level == .low && TestDeclaration.isRecordPart($0.part) })
    }

    @Test("the records stay PHI without a declaration, or with words that only look like one", arguments: [
        ("837 resubmission", "Corrected claim below, please resubmit today.\n\n"),
        ("ED visit claim", "Seen after synthetic cannabinoid use; the claim below was denied as a sample of the batch.\n\n"),
    ])
    func undeclared(_ subject: String, _ opening: String) throws {
        let report = try Self.report(subject: subject, body: opening + Self.x12)
        #expect(Classifier().classify(report).verdict == .phi)
    }

    @Test("phrases match whole words, case folded")
    func wholeWords() {
        let phrases = ["synthetic data", "fake patients"]
        #expect(TestDeclaration.declares(Array("It holds SYNTHETIC DATA only.".utf8), phrases: phrases))
        #expect(TestDeclaration.declares(Array("500 fake patients".utf8), phrases: phrases))
        #expect(!TestDeclaration.declares(Array("synthetic datasets".utf8), phrases: phrases))
        #expect(!TestDeclaration.declares(Array("nonsynthetic data".utf8), phrases: phrases))
    }
}
