import GazetteCore

/// The slug an article asks for, already short enough that `SlugAllocator` never cuts it.
///
/// `SlugAllocator` cuts bases longer than `Slug.maxLength - 4` at a fixed length, which can
/// leave a trailing hyphen (`...-river-trai-` is possible); cutting here at a hyphen first keeps
/// every slug within `[a-z0-9]+(-[a-z0-9]+)*`.
enum SlugBase {
    static func make(_ wanted: String) -> String {
        let slug = Slug.make(wanted)
        let limit = Slug.maxLength - 4
        guard slug.count > limit else { return slug }
        let head = slug.prefix(limit)
        let cut = head.lastIndex(of: "-").map { head[..<$0] } ?? head
        return String(cut)
    }
}
