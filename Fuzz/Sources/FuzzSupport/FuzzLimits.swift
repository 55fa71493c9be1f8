import PHIExtract
import PHIMIME

/// Limits chosen by one input byte, so that inputs reach the limit paths (depth, counts, sizes,
/// ratios, spooling to a temp file) without being megabytes long. Each bit tightens one limit.
public enum FuzzLimits {
    /// Extraction limits: bit 0 depth 1, bit 1 three files, bit 2 ratio 4 past 256 bytes, bit 3
    /// 4 KiB expanded, bit 4 2 KiB per part, bit 5 spool to a file past 512 bytes, bit 6 64-byte
    /// segments.
    public static func extract(_ bits: UInt8) -> ExtractLimits {
        var limits = FuzzEngine.extractLimits
        if bits & 0x01 != 0 { limits.maxDepth = 1 }
        if bits & 0x02 != 0 { limits.maxFiles = 3 }
        if bits & 0x04 != 0 { limits.ratioFloorBytes = 256; limits.maxRatio = 4 }
        if bits & 0x08 != 0 { limits.maxExpandedBytes = 4096 }
        if bits & 0x10 != 0 { limits.maxPartBytes = 2048 }
        if bits & 0x20 != 0 { limits.spoolMemoryBytes = 512 }
        if bits & 0x40 != 0 { limits.maxSegmentBytes = 64 }
        return limits
    }

    /// MIME limits: bit 0 depth 2, bit 1 64-byte header blocks, bit 2 five parts, bit 3 32-byte
    /// header lines, bit 4 16-byte preambles.
    public static func mime(_ bits: UInt8) -> MIMELimits {
        var limits = MIMELimits()
        if bits & 0x01 != 0 { limits.maxDepth = 2 }
        if bits & 0x02 != 0 { limits.maxHeaderBytes = 64 }
        if bits & 0x04 != 0 { limits.maxParts = 5 }
        if bits & 0x08 != 0 { limits.maxLineBytes = 32 }
        if bits & 0x10 != 0 { limits.maxPreambleBytes = 16 }
        return limits
    }
}
