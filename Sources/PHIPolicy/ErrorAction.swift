/// What an internal error does (`on_error`): the scan failed, a budget was blown, a bug.
public enum ErrorAction: String, Sendable, Codable, CaseIterable {
    case tempfail, accept, reject
}
