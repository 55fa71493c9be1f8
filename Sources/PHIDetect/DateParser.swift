#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the calendar dates that appear in mail: 03/14/1962, 3-14-62, 1962-03-14, March 14, 1962,
/// 14 Mar 1962, Mar. 14 1962, March 4th, '62, 3.14.62, 19620314. Checks that the date exists in the Gregorian calendar.
public enum DateParser {
    public struct CalendarDate: Sendable, Equatable {
        public var year: Int
        public var month: Int
        public var day: Int
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Parses `text` as one date; nil when it is not a real calendar date.
    public static func parse(_ text: String) -> CalendarDate? {
        var numbers: [(value: Int, width: Int)] = []
        var month: Int? = nil
        var monthIndex = -1
        var current = ""
        var word = ""
        func flush() {
            if !current.isEmpty { numbers.append((Int(current) ?? -1, current.count)); current = "" }
            if !word.isEmpty {
                if let m = months[word.lowercased()] {
                    month = m
                    monthIndex = numbers.count
                }
                word = ""
            }
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                if !word.isEmpty { flush() }
                current.append(ch)
            } else if ch.isLetter {
                if !current.isEmpty { flush() }
                word.append(ch)
            } else {
                flush()
            }
        }
        flush()
        if let month {
            // "March 14, 1962" (month first) or "14 March 1962".
            guard numbers.count == 2 else { return nil }
            _ = monthIndex
            let (day, year) = (numbers[0], numbers[1])
            guard day.width <= 2, year.width == 4 || year.width == 2 else { return nil }
            return make(year: expand(year.value, width: year.width), month: month, day: day.value)
        }
        if numbers.count == 1, numbers[0].width == 8 {
            // HL7 and EHR exports: 19880304 (year, month, day).
            let v = numbers[0].value
            return make(year: v / 10_000, month: v / 100 % 100, day: v % 100)
        }
        guard numbers.count == 3 else { return nil }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if a.width == 4 {
            return make(year: a.value, month: b.value, day: c.value)
        }
        guard c.width == 4 || c.width == 2 else { return nil }
        let year = expand(c.value, width: c.width)
        return make(year: year, month: a.value, day: b.value) ?? make(year: year, month: b.value, day: a.value)
    }

    private static func expand(_ year: Int, width: Int) -> Int {
        guard width == 2 else { return year }
        let now = today().year % 100
        return year <= now ? 2000 + year : 1900 + year
    }

    private static func make(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1875...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= days[month - 1] else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
