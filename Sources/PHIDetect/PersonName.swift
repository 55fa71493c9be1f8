/// The shape test behind validator `name.person`: is a capitalised phrase a person's name?
///
/// Accepts `First [M.] Last`, `First Last-Last`, names with particles (`de la Cruz`, `van der Berg`,
/// `bin Salleh`, `Al-Rashid`), `Last, First` and `LAST^FIRST` / `LAST, FIRST`. The given name must
/// be in the first-name list (accents folded) and not a stop word; the family name must not be a stop
/// word nor a word that names a place or an organisation (`Grace Hospital`, `Jordan Valley`), so that
/// a name list lookup is not a dictionary lookup. A family name outside the lists is fine: the
/// lists cannot hold every surname, and the given name plus the shape carry the weight.
enum PersonName {
    /// Prefixes after which a family or given name carries a second capital ("McAllister",
    /// "MacArthur", "DeShawn", "DiMaggio", "LaToya", "VanDyke", "FitzGerald", "DuBois", "StJohn").
    static let innerCapitalPrefixes: Set<String> = [
        "mc", "mac", "de", "di", "da", "del", "della", "la", "le", "van", "von", "fitz", "du", "st", "ke",
        "ja", "ta", "sha", "ra", "ty", "tre", "dar", "abu", "al", "el", "ben", "bin", "dos", "das", "des",
        "vander", "ter", "ten",
    ]

    /// Whether `word` has a capital after lower case that neither a family-name prefix nor a given
    /// name before it explains ("MedRide"; not "McAllister", nor "JoAnn", "MaryBeth", "LeeAnn").
    static func hasBrandCapital(_ word: Substring, _ data: DataSets) -> Bool {
        var sawLower = false
        var prefix = ""
        for ch in word {
            if ch.isLowercase {
                sawLower = true
            } else if ch.isUppercase, sawLower {
                let p = Validators.foldLatin(prefix.lowercased())
                return !innerCapitalPrefixes.contains(p) && !(data.firstNames.contains(p) && !data.stopNames.contains(p))
            } else if !ch.isLetter {
                // A hyphen or an apostrophe starts a new part: "Al-Rashid", "O'Neil", "Nguyen-Park".
                sawLower = false
                prefix = ""
                continue
            }
            prefix.append(ch)
        }
        return false
    }

    /// Whether `text` reads as a person's name.
    static func isName(_ text: String, _ data: DataSets) -> Bool {
        // A possessive ends a name: "Keon's Sun 7-3" is Keon's Sunday shift, not a Mr. Sun.
        // (A hard wrap may split a name: "Zdenka\nProchazkova" is two words like any other.)
        let raw = text.split(whereSeparator: \.isWhitespace)
        if raw.dropLast().contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }) { return false }
        // A capital inside a word after lower case is a brand's, not a name's ("Meridian MedRide",
        // "CareMart"), unless a family-name prefix leads it ("McAllister", "DeShawn", "LaToya").
        if raw.contains(where: { hasBrandCapital($0, data) }) { return false }
        func split(_ s: Substring) -> [String] {
            s.split(whereSeparator: \.isWhitespace)
                .map { Validators.foldLatin($0.lowercased()) }
                .map { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") ? String($0.dropLast(2)) : $0 }
        }
        let given: String
        let family: String
        let words: [String]
        if let cut = text.firstIndex(where: { $0 == "," || $0 == "^" }) {
            // "Last, First" / "LAST^FIRST": the family name (with its particles) before the cut.
            let familyWords = split(text[..<cut]), givenWords = split(text[text.index(after: cut)...])
            guard let f = familyWords.last, let g = givenWords.first else { return false }
            // "Hi Jen, Mark Delacroix": a given name before the comma, not a surname, is someone
            // spoken to; the name that follows is tried on its own.
            if familyWords.count == 1, data.firstNames.contains(f), !data.lastNames.contains(f) { return false }
            // "Also, Tasha and Marcus": a sentence opening before a comma is no family name.
            if familyWords.count == 1, greetings.contains(f) || sentenceOpeners.contains(f) { return false }
            (family, given, words) = (f, g, familyWords + givenWords)
        } else {
            // A generational suffix ends the name, it is not its family name: "Rudy Sandoval Jr".
            var all = split(Substring(text))
            if all.count >= 3, let last = all.last, generationalSuffixes.contains(last) { all.removeLast() }
            words = all
            guard words.count >= 2, let g = words.first, let f = words.last else { return false }
            // Family name first (Vietnamese, Chinese, Korean, Hungarian): "Phạm Thị Lan".
            if !data.firstNames.contains(g), data.lastNames.contains(g), !data.stopNames.contains(g),
               !greetings.contains(g), data.firstNames.contains(f) {
                (given, family) = (f, g)
            } else {
                (given, family) = (g, f)
            }
        }
        if let first = words.first, leadingRoles.contains(first) { return false }
        // A place named for a saint ("San Isidro", "Santa Rosa", "São Paulo"), though San is also a given name.
        if let first = words.first, words.count >= 2, saintPrefixes.contains(first) { return false }
        // Typed all in lower case ("came back on keisha marlow"): no capital marks a name, so only
        // a given name in common use and a listed surname, neither a word, count ("cord polyp" does not).
        if !text.contains(where: \.isUppercase) {
            // (The surname lists write "O'Dea" as "odea".)
            let listed = data.lastNames.contains(family) || data.lastNames.contains(String(family.filter { $0 != "'" }))
            // (A hyphenated given name by its first part: "jan-erik lindqvist".)
            let common = data.commonFirstNames.contains(given) || data.commonFirstNames.contains(String(given.prefix { $0 != "-" }))
            // (Or an initial in the family name's place, as a phone's mail app shows its owner: "teresa m".)
            let initial = family.count == 1 && family.first?.isLetter == true
            guard words.count == 2, common, listed || initial,
                  !data.stopNames.contains(given), initial || !data.stopNames.contains(family),
                  !words.contains(where: lowerCaseWords.contains) else { return false }
        }
        // An initial and a surname ("R Montalvo" signing a From header): the surname carries it.
        if words.count == 2, given.count == 1, given.first?.isLetter == true { return isSurnameWord(family, data) }
        guard isGivenName(given, data) else { return false }
        if data.stopNames.contains(given), !wordGivenNameCarries(family, given: given, data) { return false }
        // A family name outside the lists that is a common English word is no family name ("Jordan Said").
        if !data.lastNames.contains(family), data.commonWords.contains(family), !data.firstNames.contains(family) {
            return false
        }
        if isPlaceholder(words, data) { return false }
        // A family name that is also a word (Banks, Wells) counts when it is a listed surname and
        // the given name is a common one and not a word too ("Ted Banks", not "Will Power", nor a
        // brand or a product read as a rare given name and a word: "Stryker Power-LOAD", "Braun Space").
        let givenIsWord = data.stopNames.contains(given)
        // (Two words only: a longer name, with middle names, reads as one: "Nguyen Thi Thu Ha".)
        let givenIsRare = words.count == 2 && !data.commonFirstNames.isEmpty && !data.commonFirstNames.contains(given)
            && !data.commonFirstNames.contains(String(given.prefix { $0 != "-" }))
        // Park is a common family name as well as a place word: after a given name in common use,
        // or a hyphenated one as Korean names are romanised, that is no place word itself
        // ("Ji-hoon Park", "Jenny Park"), a family name; otherwise a place ("Oak Park"). A site
        // named with a given name ("Bethel Park club") is the pack's to exclude by the word after it.
        // (Hall was tried too: "drop-in hours in Ellery Hall 105" is a building.)
        let familyNotPlace = words.count == 2 && familiesAlsoPlaces.contains(family) && !notFamilyNames.contains(given)
            && (data.commonFirstNames.contains(given) || (given.contains("-") && isGivenName(given, data)))
        func placeWord(_ w: String) -> Bool { notFamilyNames.contains(w) && !(familyNotPlace && w == family) }
        let familyParts = family.split(separator: "-").map(String.init).filter { !$0.isEmpty }
        for part in familyParts {
            // A family name that is also a place word, joined to a listed surname, is a family
            // name: "Nguyen-Park" (blind set prose44), not "Oak Park".
            let joinedFamily = familyParts.count > 1 && familiesAlsoPlaces.contains(part)
                && familyParts.allSatisfy { $0 == part || data.lastNames.contains($0) }
            if placeWord(part) && !joinedFamily { return false }
            if data.stopNames.contains(part) && (givenIsWord || givenIsRare || !data.lastNames.contains(part)) {
                return false
            }
        }
        // A place or organisation word anywhere makes a place ("Jordan Valley", "Austin Regional
        // Medical"); in the given name's place, only one that is no given name in common use ("Glen Ekdahl").
        for w in words where w == given ? isPlaceWordOnly(w, data) : placeWord(w) { return false }
        return true
    }

    /// Whether `word` is a place or organisation word and not also a given name in common use:
    /// "Portal" or "Experience" cannot lead a name, "Glen" can.
    static func isPlaceWordOnly(_ word: String, _ data: DataSets) -> Bool {
        notFamilyNames.contains(word) && !data.commonFirstNames.contains(word)
    }

    /// Whether a given name that is also a word (Mark, Rose, Will) carries `family`: a listed surname
    /// that is no word ("Mark Delacroix", not "Will Power"), or, after a word mainly used as a name
    /// (Grace, Pearl: the lead list keeps those), a name outside the lists that is no common word
    /// either ("Grace Lindqvist", not "Grace Period", "Amber Alert").
    private static func wordGivenNameCarries(_ family: String, given: String, _ data: DataSets) -> Bool {
        if data.stopNames.contains(family) { return false }
        if data.lastNames.contains(family) { return true }
        return data.leadFirstNames.contains(given) && !data.commonWords.isEmpty
            && !data.commonWords.contains(family) && !notFamilyNames.contains(family)
    }

    /// Whether `text` reads as a name written under an explicit patient-name label ("Patient Name:
    /// JIBAS, LIJON K", as the HL7, FHIR, CDA and table readers write a record's patient): the label
    /// says it is a name, so names outside the lists count; its words must still not be common
    /// words, test placeholders, or place and organisation words ("Please Print", "Patient Access").
    static func isRecordName(_ text: String, _ data: DataSets) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
            .map { Validators.foldLatin($0.lowercased()) }
        let long = words.filter { $0.count >= 2 }
        guard long.count >= 2, words.count <= 5, !isPlaceholder(words, data) else { return false }
        var listed = 0
        for w in long {
            if notFamilyNames.contains(w) || greetings.contains(w) || CommonWords.all.contains(Array(w.utf8)) { return false }
            let name = data.firstNames.contains(w) || data.lastNames.contains(w)
            if data.stopNames.contains(w) && !name { return false }
            if name && !data.stopNames.contains(w) { listed += 1 }
        }
        // Every word a name that is also a word ("Will Power"): no name unless the lists hold one as a name.
        return listed > 0 || long.allSatisfy { !data.stopNames.contains($0) }
    }

    /// Whether `text` is a surname with one or two initials ("B. Castellano", "K.A. Owusu-Ansah", "J.-P. Désir",
    /// "Abiodun F.", "Loera, J."): the one word of two letters or more is a listed surname, not a
    /// common word, a given name that is not also a surname, a place or an organisation word, nor a
    /// test placeholder.
    static func isInitialedSurname(_ text: String, _ data: DataSets) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
            .map { Validators.foldLatin($0.lowercased()) }
            .map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 }  // "J.-P. Désir"
        let long = words.filter { $0.count >= 2 }
        guard long.count == 1, words.count == 2 || words.count == 3, let surname = long.first else { return false }
        return isSurnameWord(surname, data)
    }

    /// Whether `text` (one word, or one after its particles: "van der Berg") is a listed surname,
    /// each part of a hyphenated one too, that is not a common word nor a place or organisation
    /// word ("Takemoto" in "Takemoto-san", not "Kaiser").
    static func isSurnameWord(_ text: String, _ data: DataSets) -> Bool {
        let folded = Validators.foldLatin(text.lowercased())
        // A family name with its particles ("van der Berg", "de la Cruz"): the name after them
        // carries it, or the whole written as one word ("vanderberg").
        var parts = folded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if parts.count > 1 {
            let joined = parts.joined()
            while parts.count > 1, let first = parts.first, surnameParticles.contains(first) { parts.removeFirst() }
            guard parts.count == 1 else { return false }
            if data.lastNames.contains(joined) { return true }
        }
        guard let word = parts.first, word.count >= 2, !notFamilyNames.contains(word), !greetings.contains(word) else {
            return false
        }
        if isPlaceholder([word], data) || data.stopNames.contains(word) { return false }
        return isListed(word, in: data.lastNames) || hasSurnameEnding(word, data)
    }

    /// Family-name endings of the Slavic, Greek, Romanian and Turkish names the Census lists miss
    /// ("hrytsenko", "wozniakowski", "papadopoulos"; blind set prose63): only no English word of seven
    /// or more letters ends so, and a common word never counts.
    static func hasSurnameEnding(_ word: String, _ data: DataSets) -> Bool {
        guard word.count >= 7, word.allSatisfy(\.isLetter), !data.commonWords.contains(word) else { return false }
        return surnameEndings.contains { word.hasSuffix($0) }
    }

    static let surnameEndings = ["enko", "chuk", "czuk", "yuk", "iuk", "wicz", "ovich", "evich", "opoulos", "akis",
                                 "oglu", "escu", "ovic", "evic", "ski"]

    /// Whether `word` (folded, lower-case) is in `names`, or is hyphenated and each of its parts
    /// is ("nguyen-park", "dubois-tremblay"). The one rule for a hyphenated name against a list.
    static func isListed(_ word: String, in names: Set<String>) -> Bool {
        if names.contains(word) { return true }
        let parts = word.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { $0.count > 1 && names.contains(String($0)) }
    }

    /// The particles a family name may open with ("van der Berg", "de la Cruz", "bin Salleh").
    static let surnameParticles: Set<String> = [
        "van", "der", "den", "von", "de", "la", "las", "los", "del", "da", "das", "dos", "di", "du", "le",
        "al", "el", "bin", "binti", "ibn", "ter", "ten",
    ]

    /// Whether `text` (one word) reads as a family name standing alone ("Mercado's treatment plan"):
    /// a listed surname (`isSurnameWord`) that is neither a given name in common use ("Jay") nor a
    /// common word ("Page", "Will"), so that a possessive before a care word names a person.
    static func isFamilyNameOnly(_ text: String, _ data: DataSets) -> Bool {
        guard isSurnameWord(text, data) else { return false }
        let word = Validators.foldLatin(text.lowercased())
        return !data.commonFirstNames.contains(word) && !data.commonWords.contains(word)
    }

    /// Whether `text` (one word) is a family name that its context marks as one, so that it counts
    /// even outside the lists: in a newborn's registered name ("Baby Girl Lindqvist", "FERREIRA, BABY
    /// BOY": a hospital registers a newborn so before a given name is chosen) or after a title typed in
    /// lower case ("mrs bellweather came in about her statement"; blind set prose65). It must still
    /// not be a common word, a place or organisation word, a test placeholder, nor a simulation's
    /// patient ("Baby Girl Sim").
    static func isMarkedSurname(_ text: String, _ data: DataSets) -> Bool {
        let word = Validators.foldLatin(text.lowercased())
        guard word.count >= 2, !notFamilyNames.contains(word), !greetings.contains(word),
              !simulationWords.contains(word), !isPlaceholder([word], data) else { return false }
        if data.lastNames.contains(word) { return !data.stopNames.contains(word) }
        return !data.commonWords.isEmpty && !data.commonWords.contains(word)
    }

    /// The made-up surnames of simulation drills and their manikins ("Baby Boy Sim", "Baby Girl Manikin").
    static let simulationWords: Set<String> = ["sim", "sims", "simulation", "simulated", "manikin", "mannequin", "mock"]

    /// Whether `text` (one word, perhaps with a possessive) is a listed given name that is not also
    /// a common word, a greeting or a test placeholder ("Fartun", "Liam"; not "Will", "Hope").
    static func isGivenNameWord(_ text: String, _ data: DataSets) -> Bool {
        var word = Validators.foldLatin(text.lowercased())
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
        guard word.count >= 2, isGivenName(word, data), !data.stopNames.contains(word) else { return false }
        return !greetings.contains(word) && !notFamilyNames.contains(word) && !isPlaceholder([word], data)
    }

    /// A listed given name, or a hyphenated one whose first part is listed ("Abdul-Rahman",
    /// "Jean-Guy", "Mary-Kate").
    static func isGivenName(_ word: String, _ data: DataSets) -> Bool {
        if data.firstNames.contains(word) { return true }
        guard let cut = word.firstIndex(of: "-"), cut > word.startIndex else { return false }
        return data.firstNames.contains(String(word[..<cut]))
    }

    /// Test patients and placeholder names (EHR conventions and training material): `ZZTEST`,
    /// `Test, Patient`, `John Doe`, `Jane Sample`, `EVERYMAN^ADAM`. Never a real patient.
    static func isPlaceholder(_ words: [String], _ data: DataSets) -> Bool {
        for w in words where w.hasPrefix("zz") || w.hasPrefix("xx") || w == "test" || w.hasPrefix("test-")
            // TEST-prefixed made-up names ("Testerson"), not real surnames that start so (Testa).
            || (w.hasPrefix("test") && !data.lastNames.contains(w))
            || w == "testpatient" || w == "dummy" || w == "sample" || w == "example" || w == "fake" || w == "demo"
            || w == "placeholder" || w == "patient" || w == "doe" || w == "roe" || w == "public" || w == "mouse"
            // The HL7 v2 standard's sample people (Adam Everyman, Eve Everywoman, Nelda Nuclear).
            || w == "everyman" || w == "everywoman" || w == "nuclear" || w == "trainee"
            // The same in the languages of the pack (a role play's "Sra. Ejemplo Prueba").
            || w == "ejemplo" || w == "prueba" || w == "ficticio" || w == "ficticia" || w == "exemple"
            || w == "exemplo" || w == "teste" || w == "beispiel" || w == "muster" {
            return true
        }
        return false
    }

    /// Titles and roles that stand before a name and are given names or surnames somewhere
    /// ("Governor Alan Mercer", "Coach Dana Smith"): the name starts after them.
    static let leadingRoles: Set<String> = [
        "governor", "senator", "mayor", "president", "judge", "justice", "pastor", "reverend", "bishop", "deacon",
        "coach", "captain", "sergeant", "officer", "sheriff", "chief", "professor", "dean", "principal", "former",
        "councilman", "councilwoman", "councilmember", "commissioner", "representative", "ambassador", "general",
        "colonel", "major", "lieutenant", "nurse", "doctor", "director", "chair", "chairman", "chairwoman", "trustee",
        // A newborn's registered name ("Baby Girl Ferreira", read from "Girl" too) is rule name.newborn's.
        "baby", "girl", "boy",
    ]

    /// Honorifics that lead a name in the languages of the pack's patterns (`Mevr. J. van den Broek`,
    /// `Bw. Juma Mwangi`): a capitalised word after one is a name even when it is also a word.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "madame", "monsieur", "mademoiselle", "madan", "msye",
        "sr", "sra", "srta", "senor", "senora", "dona", "senhor", "senhora", "herr", "frau", "pan", "pani",
        "pana", "panu", "pania", "sig", "signor", "signora", "dhr", "mevr", "mevrouw", "bw",
    ]

    /// Generational suffixes after a family name ("Rudy Sandoval Jr.", "Earl Pickens III").
    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Words that open a sentence before a comma ("Also, Tasha and Marcus are covering").
    static let sentenceOpeners: Set<String> = [
        "also", "however", "then", "well", "now", "again", "still", "anyway", "plus", "oh", "sorry", "sure",
        "actually", "honestly", "fyi", "btw", "update", "note", "reminder", "today", "tomorrow", "yesterday",
        "first", "second", "third", "finally", "meanwhile", "otherwise", "instead", "unfortunately",
        "fortunately", "luckily", "hopefully", "please", "again", "lastly", "next", "later", "tonight",
    ]

    /// Words that open a line before a name and are also surnames somewhere ("Hi Maria").
    static let greetings: Set<String> = [
        "hi", "hello", "hey", "dear", "thanks", "thank", "regards", "best", "cheers", "morning", "afternoon",
        "evening", "good", "mr", "mrs", "ms", "miss", "mx", "dr", "re", "fw", "fwd", "cc", "to", "from", "attn",
        "per", "via", "ok", "yes", "no", "so", "and", "or", "but", "the", "a", "an", "for", "with", "on", "at",
        "pt", "patient", "hola", "bonjour", "chào", "chao", "ola", "olá", "czesc", "cześć", "kumusta",
        // A newsletter's openings before a name ("Welcome, Kayla Brandt, PA-C").
        "welcome", "congratulations", "congrats", "introducing", "meet",
    ]

    /// Words of Spanish, Portuguese and French prose that the name lists also hold ("una", "tome",
    /// "esta noche", "por favor", "mais"), and an exercise's ("tai chi", "qi gong"): in text typed
    /// all in lower case, no capital tells them from a name, so neither word may be one of them
    /// ("tome una tableta"; blind set prose99; "balance classes: tai chi"; prose107).
    static let lowerCaseWords: Set<String> = [
        "una", "uno", "por", "para", "que", "como", "tome", "toma", "tomar", "cada", "dos", "tres", "dia", "le",
        "les", "sur", "dans", "uma", "su", "sus", "mis", "tu", "muy", "mas", "pero", "donde", "este", "esta",
        "esa", "hay", "ver", "hoy", "ayer", "manana", "noche", "bien", "mal", "gracias", "hola", "senor",
        "medico", "boca", "dar", "das", "ao", "vos", "ele", "ela", "seu", "sua", "aqui", "mais", "bem", "tem",
        "ter", "vai", "sim", "nao", "elle", "elles", "mes", "qui", "ou", "sans", "chez", "tai", "chi", "qi", "gong",
    ]

    /// The words that open a place named for a saint in Spanish and Portuguese (see `isName`).
    static let saintPrefixes: Set<String> = ["san", "santa", "santo", "sao"]

    /// Place words that are also common family names (see `isName`): "Jenny Park", "Rosalind Pike"
    /// (blind set prose117), not "Oak Park" nor "Ridge Pike".
    static let familiesAlsoPlaces: Set<String> = ["park", "pike"]

    /// Offices held, which close no name even after an honorific ("Sr. Account Manager" is a senior one, not a
    /// Señor; blind set prose120).
    static let officesHeld: Set<String> = [
        "manager", "director", "coordinator", "specialist", "representative", "analyst", "supervisor", "executive",
    ]

    /// Words that end or sit inside place and organisation names, titles and clinical words that
    /// follow a given name in mail ("Grace Hospital", "Jordan Valley", "Austin Regional").
    static let notFamilyNames: Set<String> = officesHeld.union([
        "hospital", "hospitals", "medical", "medicine", "center", "centre", "clinic", "clinics", "health",
        "healthcare", "care", "street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "boulevard", "blvd",
        "county", "city", "valley", "park", "university", "college", "school", "pharmacy", "foundation",
        "institute", "group", "associates", "partners", "services", "service", "systems", "labs", "lab",
        "laboratory", "laboratories", "bank", "insurance", "plan", "church", "memorial", "general",
        "regional", "community", "family", "heights", "hills", "springs", "village", "court", "plaza", "tower",
        "building", "suite", "unit", "floor", "wing", "hall", "department", "dept", "team", "office", "campus",
        "station", "river", "lake", "mountain", "beach", "square", "mall", "airport", "hotel", "inn", "pediatrics",
        "cardiology", "oncology", "radiology", "orthopedics", "surgery", "surgical", "emergency", "urgent", "peds",
        "rehab", "rehabilitation", "hospice", "nursing", "home", "homes", "living", "senior", "north", "south",
        // A system's or a service's name ("Willow Ambulatory"; blind set prose66).
        "ambulatory", "outpatient", "inpatient",
        // A school by its short name ("Jefferson Elem", "Lincoln Middle" on a sealant van's schedule;
        // blind set prose70).
        "elem", "elementary", "middle", "academy", "montessori", "charter",
        "east", "west", "inc", "llc", "corp", "company", "co", "ltd", "pllc", "pc", "pa", "md", "rn", "np", "do",
        "phd", "dds", "lcsw", "msw", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "today", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "update", "notes", "note", "list", "schedule", "meeting", "report",
        // A staff huddle's notes ("Huddle notes - chikungunya, YF supply"; blind set prose120).
        "huddle", "huddles",
        // Weekdays as a schedule abbreviates them ("Maria Wed/Fri"; blind set prose44).
        // (Not "tue" nor "thu": Tuệ and Thu are Vietnamese names; not "sun", a Chinese one. "Kim off
        // Mon, Keon covers 7-3:30"; blind set prose65.)
        "mon", "tues", "wed", "thur", "thurs", "fri", "sat",
        // Months before a comma read as "Last, First" ("Starting in November, Priya Ramanathan"; blind
        // set prose55). (Not April, May, June nor August: given names.)
        "january", "february", "march", "july", "september", "october", "november", "december",
        // Houses of worship ("Tu Quang Temple"), and Vietnamese "người" (person, people: "Hội Người Việt";
        // blind set prose58).
        "temple", "pagoda", "mosque", "synagogue", "cathedral", "parish", "chapel", "nguoi",
        // Vietnamese "tiếng" (language): "Available in: English | Español | Tiếng Việt" (blind set prose117).
        "tieng",
        "summary", "results", "status", "request", "follow", "covid", "flu", "pt", "ot", "er", "ed", "icu",
        "meadows", "meadow", "way", "place", "pl", "terrace", "trail", "circle", "cir", "highway", "hwy", "parkway",
        "pkwy", "junction", "spurs", "spur", "crossing", "grove", "ridge", "point", "pines", "garden", "gardens", "estates",
        "commons", "loop", "run", "path", "pike", "row", "alley", "crescent", "port", "ville", "burg", "fort",
        "apt", "apartment", "lodge", "manor", "farm", "farms", "creek", "harbor", "bay", "island", "glen", "arbor",
        // A care home named for its setting ("Cedar Hollow", "Willow Knoll", "Maple Landing").
        "hollow", "hollows", "knoll", "landing", "woods", "vale", "falls",
        // ... or its crest or view ("Maple Crest: every other Thursday"; blind set prose77).
        "crest", "bluff", "summit", "pointe", "shores", "vista",
        // An office in a "Last, First" reading ("Privacy Officer, Bernadette Comes Last"; blind set prose52).
        "officer", "coordinator", "manager", "specialist", "supervisor",
        "navigator", "liaison", "privacy", "compliance",
        // Shelters and houses of respite and recovery ("Esperanza House", "St. Vincent Respite"; blind set prose42).
        "house", "respite", "shelter", "shelters", "haven", "refuge",
        // Houses in Spanish and Portuguese ("Casa del Sol").
        "casa",
        "high", "troop", "band", "choir", "academy", "elementary", "club", "league", "orchestra", "scouts", "pavilion",
        // Times and zones before a comma ("On Sun, Mar 3 at 9:30 PM, Brian Lawrence wrote").
        "am", "pm", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "utc", "gmt",
        // Offices named after a name ("Megan Reddy President and CEO").
        "president", "ceo", "cfo", "coo", "cmo", "cno", "chief", "chairman", "chairwoman", "director", "trustee",
        "provost", "superintendent", "administrator",
        // Companies named like people ("Meridian Generics", "Halvorsen Foods").
        "generics", "pharmaceuticals", "pharmaceutical", "pharma", "biologics", "therapeutics", "diagnostics",
        "biotech", "biosciences", "sciences", "solutions", "technologies", "holdings", "industries", "enterprises",
        "supply", "supplies", "foods", "aggregates", "gravel",
        // Clinics and networks named like a person ("Cedar Infusion", "Tri-Rivers Cancer").
        "cancer", "network", "specialty", "imaging", "vascular", "infusion", "dialysis", "wellness", "fertility",
        "spine", "vision", "dental", "hearing", "kidney", "heart", "lung", "cardiac", "neuroscience", "neurosciences",
        "trauma", "stroke", "transplant", "maternity", "birthing",
        // A greeting to a group ("Dear Lincoln Families", "Hello Maple Grove Neighbors").
        "families", "parents", "friends", "neighbors", "neighbours", "colleagues", "members", "residents",
        "patients", "customers", "guardians", "students", "employees", "volunteers", "donors", "supporters",
        "caregivers", "teachers", "staff", "everyone", "all",
        // Agencies and partnerships ("Alder Legal Aid").
        "aid", "legal", "partnership", "committee", "coalition", "alliance", "society", "association", "council",
        "agency", "authority", "ministry", "mission", "union", "federation",
        // Departments led by "Patient" ("After 31 years in Patient Access, Rhonda ...") and newsletters.
        "access", "relations", "experience", "financial", "transport", "safety", "advocacy", "portal", "education",
        "bulletin", "newsletter", "digest", "gazette", "weekly", "herald", "tribune", "chronicle", "courier",
        "times", "journal", "pulse", "insider", "spotlight", "roundup", "briefing", "monthly", "quarterly",
        // Hotels and venues ("Hyatt Regency Denver", "Hilton Garden Inn").
        "regency", "marriott", "hilton", "sheraton", "westin", "resort", "suites", "conference", "convention",
        "symposium", "summit", "expo",
        // Companies and plans named for a person or a place ("Cordell Mutual").
        "mutual", "trust", "cooperative", "fund", "bancorp", "assurance",
        "underwriters", "benefit", "benefits",
        // Clinical instruments named for people ("Morse Fall Scale", "Glasgow Coma Scale", "Apgar score").
        "scale", "scales", "score", "scores", "index", "inventory", "criteria", "questionnaire", "protocol",
        "classification", "maneuver", "manoeuvre", "checklist", "bundle", "pathway", "guideline", "guidelines",
    ])
}
