import PHIText

extension Fingerprinter {
    /// The fingerprint a finding of a rule with `normalizer` gets for `value` as written: NFKC as
    /// the scanner normalizes text, then the rule's value normalizer, then the HMAC. The one path
    /// for values that did not come from a scan (`phi-milter fingerprint`, allow-lists).
    public func fingerprint(value: String, normalizer: RuleDefinition.ValueNormalizer) -> String {
        let bytes = Normalizer.nfkc(Array(value.utf8))
        let canonical = bytes.withUnsafeBufferPointer { b in
            Scanner.normalizeValue(String(decoding: b, as: UTF8.self), b, normalizer)
        }
        return fingerprint(canonical)
    }
}
