import PHIText

/// Streams the bytes of one text part to UTF-8, guessing the charset when it is missing or unknown.
///
/// What the bytes show comes first: the part's first `TextEncodingSniff.sampleBytes` bytes are
/// held until `TextEncodingSniff` has read them, and a BOM or UTF-16/32 without one outranks the
/// declared charset (UTF-16 labelled `utf-8` is common). ASCII passes straight through. With no usable charset, the first non-ASCII bytes are held
/// (at most `sniffBytes`) until the charset is chosen: valid UTF-8 stays UTF-8, else ICU's
/// detector when it is at least 50% sure, else windows-1252. A declared ISO-8859-1 or
/// windows-1252 is checked the same way, since UTF-8 text is often labelled so.
final class TextConverter {
    private enum Stage {
        case utf8(UTF8Repair)
        case icu(CharsetDecoder)
        case sniff
    }

    private var stage: Stage
    private var sniffBuffer: [UInt8] = []
    /// The part's first bytes, held until the encoding they show is known; nil once it is.
    private var lead: [UInt8]? = []
    private let sniffBytes = 4096
    /// A declared charset that is used unless the sample turns out to be UTF-8.
    private var declared: String?
    /// True when the charset was unknown or missing on non-ASCII text. Said only once the first
    /// bytes are read: a byte-order mark there names the charset after all, and the answer must
    /// not depend on how the part was split (a fuzzer found "utf-08le" with a UTF-16 BOM reported
    /// unknown when fed a byte at a time, known when fed whole).
    var charsetUnknown: Bool { lead == nil && unknownCharset }
    private var unknownCharset = false

    /// Opens a converter for the declared `charset` (nil when none was given).
    init(charset: String?) {
        let name = charset.map(HeaderText.canonicalCharset) ?? "us-ascii"
        if name == "utf-8" {
            stage = .utf8(UTF8Repair())
        } else if name == "windows-1252" {
            // Often a mislabel of UTF-8: take UTF-8 when the first non-ASCII sample is valid UTF-8.
            stage = .sniff
            declared = name
        } else if name == "us-ascii" || name == "unknown-8bit" || name == "x-unknown" || name == "unknown"
                    || name == "x-user-defined" || name == "default" {
            stage = .sniff
        } else if let decoder = CharsetDecoder(charset: name) {
            stage = .icu(decoder)
        } else {
            stage = .sniff
            unknownCharset = true
        }
    }

    /// Converts the next bytes, appending UTF-8 to `out`; `flush` ends the stream.
    func convert(_ input: [UInt8], flush: Bool, into out: inout [UInt8]) {
        if var held = lead {
            held += input
            guard held.count >= TextEncodingSniff.sampleBytes || flush else {
                lead = held
                return
            }
            lead = nil
            var body = held[...]
            if let shown = TextEncodingSniff.shown(by: held) {
                body = held.dropFirst(shown.bomLength)
                if shown.charset == "UTF-8" {
                    stage = .utf8(UTF8Repair())
                } else if let decoder = CharsetDecoder(charset: shown.charset) {
                    stage = .icu(decoder)
                }
                declared = nil
                unknownCharset = false
            }
            convert(Array(body), flush: flush, into: &out)
            return
        }
        switch stage {
        case .utf8(var repair):
            stage = .sniff  // release the reference while mutating
            input.withUnsafeBufferPointer { repair.repair($0, flush: flush, into: &out) }
            stage = .utf8(repair)
        case .icu(let decoder):
            out.append(contentsOf: decoder.decode(input, flush: flush))
        case .sniff:
            if sniffBuffer.isEmpty {
                guard let firstHigh = input.firstIndex(where: { $0 >= 0x80 }) else {
                    out.append(contentsOf: input)
                    return
                }
                out.append(contentsOf: input[..<firstHigh])
                sniffBuffer.append(contentsOf: input[firstHigh...])
            } else {
                sniffBuffer.append(contentsOf: input)
            }
            if sniffBuffer.count > sniffBytes || flush {
                choose()
                let held = sniffBuffer
                sniffBuffer = []
                convert(held, flush: flush, into: &out)
            }
        }
    }

    /// Bytes held while the charset is being chosen.
    var bufferedCount: Int { sniffBuffer.count + (lead?.count ?? 0) }

    private func choose() {
        // Decide on the first `sniffBytes` only, so the choice never depends on chunking.
        // A sequence cut at the sample's end is fine only when more bytes follow it.
        let sample = Array(sniffBuffer.prefix(sniffBytes))
        if UTF8Repair.isValid(sample, allowTruncatedEnd: sniffBuffer.count > sniffBytes) {
            stage = .utf8(UTF8Repair())
            if declared == nil { unknownCharset = true }
            return
        }
        if let declared, let decoder = CharsetDecoder(charset: declared) {
            stage = .icu(decoder)
            return
        }
        unknownCharset = true
        if let guess = CharsetDecoder.detect(sample), guess.confidence >= 50 {
            let name = HeaderText.canonicalCharset(guess.name)
            if name == "utf-8" {
                stage = .utf8(UTF8Repair())
                return
            }
            if name != "us-ascii", let decoder = CharsetDecoder(charset: name) {
                stage = .icu(decoder)
                return
            }
        }
        if let decoder = CharsetDecoder(charset: "windows-1252") {
            stage = .icu(decoder)
        } else {
            stage = .utf8(UTF8Repair())
        }
    }
}
