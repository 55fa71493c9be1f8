import Testing
@testable import PHIDetect

@Suite("Correspondents' mail domains")
struct CorrespondentDomainsTests {
    static let domains = CorrespondentDomains(
        addressHeader: "Gail Fitzsimmons <gfitzsimmons@halloranreyes-law.com>, \"Cross, Nina\" <nina@mail.harlancross.com>")

    @Test("a name whose words, joined, open or close a label of a domain is that organisation's", arguments: [
        "Halloran Reyes", "Harlan Cross", "HARLAN CROSS", "Hallorán Reyes",
    ])
    func organisation(_ name: String) {
        #expect(Self.domains.namesOrganisation(name))
    }

    @Test("other names, one-word names, and names inside a label are people", arguments: [
        "Marisol Reyes", "Reyes", "Halloran", "Loran Reyes", "Nina Feldstein", "Gail Fitzsimmons", "Cross Harlan",
    ])
    func person(_ name: String) {
        #expect(!Self.domains.namesOrganisation(name))
    }

    @Test("top-level domains, short labels and text without an address name nothing")
    func nothing() {
        #expect(!CorrespondentDomains(addressHeader: "someone@annlee.com").namesOrganisation("Ann Lee"))
        #expect(!CorrespondentDomains(addressHeader: "Harlan Cross").namesOrganisation("Harlan Cross"))
        // The last label is the top-level domain; the one before it is kept.
        let underTop = CorrespondentDomains(addressHeader: "x@northsideclinic.harlancross")
        #expect(!underTop.namesOrganisation("Harlan Cross"))
        #expect(underTop.namesOrganisation("Northside Clinic"))
        #expect(CorrespondentDomains().isEmpty)
    }
}
