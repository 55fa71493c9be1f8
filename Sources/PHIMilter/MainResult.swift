internal import CMilter

/// The return code of `smfi_main`, handed from the libmilter thread to the main thread.
final class MainResult: @unchecked Sendable {
    var rc: Int32 = MI_SUCCESS
}
