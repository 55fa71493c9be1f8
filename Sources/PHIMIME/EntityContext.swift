/// Where an entity sits in the tree, known before its headers are read.
struct EntityContext {
    /// Path the entity takes as a leaf or message wrapper.
    var path: String
    /// Path the entity takes as a multipart container (differs for a message's root entity).
    var containerPath: String
    /// Nesting depth.
    var depth: Int
    /// Path for `.header` events, or nil when this block's headers are not reported.
    var headerPath: String?
    /// Content type when none is given.
    var defaultType: String

    /// "prefix.n", or "n" under the top-level prefix "".
    static func childPath(_ prefix: String, _ n: Int) -> String {
        prefix.isEmpty ? String(n) : prefix + "." + String(n)
    }

    /// The root entity of a message whose own path is `messagePath` ("" at the top).
    static func messageRoot(_ messagePath: String, depth: Int) -> EntityContext {
        EntityContext(path: childPath(messagePath, 1), containerPath: messagePath, depth: depth,
                      headerPath: messagePath, defaultType: "text/plain")
    }
}
