import PHIDetect
import PHIMilter
import PHIPacks
import PHIPolicy
import PHIRegex

/// The checks of values that need only the file itself (no host lookups): ranges, socket spec,
/// type names, networks, facilities, site regexes. `parse` runs them, so `run`, `config check`,
/// `scan` and a reload all refuse the same file with the same words.
extension Configuration {
    func checkValues() throws(ConfigError) {
        guard version <= Configuration.highestVersion, version >= 1 else {
            throw ConfigError(key: "version", problem: "unsupported version (highest supported: \(Configuration.highestVersion))")
        }
        try limits.checkRanges()
        if let bad = listen.invalidKey {
            throw ConfigError(key: "listen.\(bad.key)", problem: bad.problem)
        }
        guard listen.isValidSocket else {
            throw ConfigError(key: "listen.socket", problem: "not inet:PORT@HOST, inet6:PORT@HOST or unix:PATH")
        }
        if let bad = log.invalidKey {
            throw ConfigError(key: "log.\(bad.key)", problem: bad.problem)
        }
        if SyslogFacility.code(policyConfig.audit.syslogFacility) == nil {
            throw ConfigError(key: "audit.syslog_facility",
                              problem: "unknown facility \(policyConfig.audit.syslogFacility) (expected one of \(SyslogFacility.names))")
        }
        try checkSitePatterns()
        try checkTypeLists()
        if metrics.address == nil {
            throw ConfigError(key: "metrics.listen", problem: "not ADDRESS:PORT with a numeric address ([::1]:9426 for IPv6)")
        }
        for (i, n) in policyConfig.site.internalNetworks.enumerated() where CIDR(n) == nil {
            throw ConfigError(key: "site.internal_networks[\(i)]", problem: "not a network in CIDR notation")
        }
        for (i, net) in policyConfig.policy.skip.clientNetworks.enumerated() where CIDR(net) == nil {
            throw ConfigError(key: "policy.skip.client_networks[\(i)]",
                              problem: "not an address or network in CIDR notation (10.0.0.0/8, 2001:db8::/32)")
        }
    }

    /// Site MRN regexes compile and pass the pack linter's safety rule.
    func checkSitePatterns() throws(ConfigError) {
        for (i, p) in site.mrnPatterns.enumerated() {
            do {
                _ = try Regex(p)
            } catch {
                throw ConfigError(key: "site.mrn_patterns[\(i)]", problem: "does not compile: \(error.description)")
            }
            if PackLinter.hasNestedUnboundedQuantifier(p) {
                throw ConfigError(key: "site.mrn_patterns[\(i)]",
                                  problem: "a group with an unbounded quantifier is itself repeated without bound (catastrophic backtracking)")
            }
        }
    }

    /// Every type named in `policy.thresholds` is a canonical type.
    func checkTypeLists() throws(ConfigError) {
        let t = policyConfig.policy.thresholds
        let lists: [(String, [String])] = [("strong_types", t.strongTypes), ("person_types", t.personTypes),
                                           ("health_types", t.healthTypes), ("bulk_types", t.bulkTypes)]
        for (key, types) in lists {
            for (i, type) in types.enumerated() where !PHIType.isKnown(type) {
                throw ConfigError(key: "policy.thresholds.\(key)[\(i)]", problem: "unknown type \(type) (\(PHIType.expected))")
            }
        }
        for (i, pair) in t.identityPairs.enumerated() {
            let sides = pair.split(separator: "+").map(String.init)
            guard sides.count == 2 else {
                throw ConfigError(key: "policy.thresholds.identity_pairs[\(i)]", problem: "not TYPE+TYPE (NAME+DOB)")
            }
            for side in sides where !PHIType.isKnown(side) {
                throw ConfigError(key: "policy.thresholds.identity_pairs[\(i)]", problem: "unknown type \(side) (\(PHIType.expected))")
            }
        }
    }
}
