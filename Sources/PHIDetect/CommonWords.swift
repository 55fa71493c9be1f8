/// Words so frequent in English mail, and in healthcare mail in particular, that a phrase should
/// not be looked up at them: "health plan id" is indexed at "plan", not at "health". The choice
/// changes only cost, never which phrases match.
enum CommonWords {
    static let all: Set<[UInt8]> = Set("""
        a about after again all also an and any are as at back be been before being between both but by \
        call came can come could day did do does down each even every few first for from get give go good \
        great had has have he her here him his home how i if in into is it its just know last like little \
        long look made make man many may me men might more most much must my never new no not now number \
        of off old on one only or other our out over own part people place please put right said same \
        say see she should show since so some still such take than thanks that the their them then there \
        these they thing think this those three through time to too two under up us use used very want was \
        way we well were what when where which while who why will with work would year years yes you your \
        account address benefits care claim client clinic contact coverage date email fax health id \
        information insurance medical meeting member name office patient phone plan policy program \
        provider record regards report review service staff team update \
        against also another around because best check done form free full help high hold keep left \
        life list lot next night note open order others end set start stop sent send need needs today \
        tomorrow week month morning room bed unit floor result results schedule delivery training \
        wellness support management family friend friends week hospital doctor nurse
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// How poor a token is as an anchor: 2 for a common word, 1 for one or two bytes, else 0.
    static func penalty(_ token: [UInt8]) -> Int {
        all.contains(token) ? 2 : (token.count <= 2 ? 1 : 0)
    }
}
