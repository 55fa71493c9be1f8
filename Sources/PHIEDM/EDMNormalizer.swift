import Foundation
import PHIDetect
import PHIText

/// One rule per column kind that turns a value into the bytes that are hashed, the same for a
/// roster cell at build time and for a candidate found in mail: the one place a value's form is
/// decided.
public enum EDMNormalizer {
    /// The normalised form of `value` for `kind`, or nil when it is not a value of that kind
    /// (an empty cell, a date that does not exist, a phone with too few digits).
    public static func normalize(_ value: some Collection<UInt8>, kind: EDMSchema.Kind) -> [UInt8]? {
        switch kind {
        case .digits:
            let d = value.filter { $0 >= 48 && $0 <= 57 }
            return d.isEmpty ? nil : d
        case .id:
            var out: [UInt8] = []
            out.reserveCapacity(value.count)
            for b in value {
                if b >= 48 && b <= 57 { out.append(b) }
                else if (b | 0x20) >= 97 && (b | 0x20) <= 122 { out.append(b & ~0x20) }
            }
            return out.isEmpty ? nil : out
        case .name:
            return name(value)
        case .date:
            guard let d = DateParser.parse(String(decoding: value, as: UTF8.self)) else { return nil }
            return iso(d)
        case .zip:
            let d = value.filter { $0 >= 48 && $0 <= 57 }
            return d.count == 5 || d.count == 9 ? Array(d.prefix(5)) : nil
        case .phone:
            var d = value.filter { $0 >= 48 && $0 <= 57 }
            if d.count == 11 && d.first == UInt8(ascii: "1") { d.removeFirst() }
            return d.count == 10 ? d : nil
        }
    }

    /// `YYYY-MM-DD`.
    static func iso(_ d: DateParser.CalendarDate) -> [UInt8] {
        func two(_ v: Int) -> [UInt8] { [UInt8(48 + v / 10 % 10), UInt8(48 + v % 10)] }
        return two(d.year / 100) + two(d.year % 100) + [45] + two(d.month) + [45] + two(d.day)
    }

    /// Letters only, case-folded, accents removed: `Núñez`, `NUNEZ` and `nunez` are one name;
    /// `O'Brien` is `obrien`, `Smith-Jones` is `smithjones`.
    static func name(_ value: some Collection<UInt8>) -> [UInt8]? {
        var ascii = true
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        for b in value {
            if b >= 0x80 { ascii = false; break }
            let l = b | 0x20
            if l >= 97 && l <= 122 { out.append(l) }
        }
        if !ascii {
            let folded = Normalizer.fold(String(decoding: value, as: UTF8.self)).decomposedStringWithCanonicalMapping
            var s = String.UnicodeScalarView()
            for u in folded.unicodeScalars where u.properties.isAlphabetic && u.properties.generalCategory != .nonspacingMark {
                s.append(u)
            }
            out = Array(String(s).utf8)
        }
        return out.isEmpty ? nil : out
    }
}
