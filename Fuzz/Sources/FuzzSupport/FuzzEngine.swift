import PHIDetect
import PHIExtract
import PHIInspect
import PHITestSupport

/// The engine the scanner, inspector and session targets share: the default packs from
/// `Patterns/`, a fixed key, and the default limits except that PDFs are not handed to
/// `pdftotext` (an external program, not ours to fuzz, and a process per input would dominate
/// the run); they end as `pdf.unavailable`.
public enum FuzzEngine {
    /// Loaded once per process, before the first input is run.
    public static let shared: InspectionEngine = {
        do {
            return InspectionEngine(rules: try TestPacks.library().ruleSet, limits: limits,
                                    fingerprinter: TestPacks.fingerprinter)
        } catch {
            FuzzCheck.fail("the packs in Patterns/ do not load: \(error)")
        }
    }()

    /// The inspector limits of `shared`.
    public static var limits: InspectorLimits {
        var limits = InspectorLimits()
        limits.extract = extractLimits
        return limits
    }

    /// Extraction limits with `pdftotext` switched off.
    public static var extractLimits: ExtractLimits {
        var limits = ExtractLimits()
        limits.pdftotextPath = "/nonexistent/pdftotext"
        return limits
    }
}
