/// A change to the message, made only at end of message, in this order.
public enum Modification: Sendable, Equatable {
    /// `smfi_chgheader(name, index, value)`: index is 1-based per name; a nil value deletes.
    case changeHeader(name: String, index: Int, value: String?)
    /// `smfi_insheader(index, name, value)`: index 0 is the top of the header.
    case insertHeader(index: Int, name: String, value: String)
    /// `smfi_addheader(name, value)`: appended after the last header.
    case addHeader(name: String, value: String)
    /// `smfi_quarantine(reason)`: Postfix puts the message on hold.
    case quarantine(reason: String)
}
