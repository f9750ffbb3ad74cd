import Foundation
import GazetteCore

/// Fingerprints of the pages a build wrote: a hash of each page's template name and values, with
/// a seed for everything else that shapes the HTML (settings, templates, Gazette's executable).
/// A rebuild that finds a page's fingerprint unchanged keeps the previous file instead of
/// rendering the page again (`OutputFolder.reuse`), which is most pages after a small edit.
///
/// Fingerprints are kept with the stamp of the output's manifest (bytes and modification time;
/// every build writes the manifest afresh) and count only while the output still has that very
/// manifest, that is, as the build that wrote them left it (the same trust the nothing-changed
/// shortcut of `BuildCache` places in the output).
struct PageFingerprints {
    var seed: Hasher128
    var pages: [String: Hash128] = [:]

    /// The fingerprint of `page`; `nil` when its values hold a type the hash does not know
    /// (such a page is always rendered).
    func fingerprint(of page: Page) -> Hash128? {
        var hasher = seed
        hasher.add(page.template)
        return Self.add(page.context, to: &hasher) ? hasher.hash : nil
    }

    /// Where `memoized` keeps a value's fingerprint.
    static let memoKey = "gazetteFingerprint"

    /// `map` with its fingerprint inside, for a value many pages share (a story card): pages
    /// then hash its fingerprint instead of its values. `map` must not change afterwards.
    static func memoized(_ map: [String: Any]) -> [String: Any] {
        var hasher = Hasher128()
        guard add(map, to: &hasher) else { return map }
        var map = map
        map[memoKey] = hasher.hash
        return map
    }

    private static func add(_ value: Any, to hasher: inout Hasher128) -> Bool {
        // The usual types by their exact dynamic type first: a failed `as` on `Any` is a slow
        // runtime search (half of this function's time), and `as [[String: Any]]` converts
        // an `[Any]` element by element. Every path hashes a value the same way.
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) {
            hasher.add(1)
            hasher.add(value as! String)
            return true
        }
        if type == ObjectIdentifier([String: Any].self) { return add(map: value as! [String: Any], to: &hasher) }
        if type == ObjectIdentifier([Any].self) { return add(list: value as! [Any], to: &hasher) }
        if type == ObjectIdentifier([[String: Any]].self) { return add(list: value as! [[String: Any]], to: &hasher) }
        if type == ObjectIdentifier([String].self) { return add(list: value as! [String], to: &hasher) }
        if type == ObjectIdentifier(Bool.self) {
            hasher.add(value as! Bool ? 4 : 5)
            return true
        }
        if type == ObjectIdentifier(Int.self) {
            hasher.add(6)
            hasher.add(UInt64(bitPattern: Int64(value as! Int)))
            return true
        }
        if type == ObjectIdentifier(LazyHTML.self) {
            hasher.add(8)
            hasher.add((value as! LazyHTML).source)
            return true
        }
        switch value {
        case let text as String:
            hasher.add(1)
            hasher.add(text)
        case let map as [String: Any]:
            return add(map: map, to: &hasher)
        case let list as [[String: Any]]:
            // Before `[Any]`, which would convert the array.
            return add(list: list, to: &hasher)
        case let list as [String]:
            return add(list: list, to: &hasher)
        case let list as [Any]:
            return add(list: list, to: &hasher)
        case let lazy as LazyHTML:
            // Its HTML is made from its source, the values beside it and the seeded settings.
            hasher.add(8)
            hasher.add(lazy.source)
        case let flag as Bool:
            hasher.add(flag ? 4 : 5)
        case let number as Int:
            hasher.add(6)
            hasher.add(UInt64(bitPattern: Int64(number)))
        default:
            return false
        }
        return true
    }

    private static func add(map: [String: Any], to hasher: inout Hasher128) -> Bool {
        if let memo = map[memoKey] as? Hash128 {
            hasher.add(7)
            hasher.add(memo.high)
            hasher.add(memo.low)
            return true
        }
        hasher.add(2)
        hasher.add(UInt64(map.count))
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            hasher.add(key)
            guard add(value, to: &hasher) else { return false }
        }
        return true
    }

    private static func add(list: [some Any], to hasher: inout Hasher128) -> Bool {
        hasher.add(3)
        hasher.add(UInt64(list.count))
        for item in list { guard add(item, to: &hasher) else { return false } }
        return true
    }

    /// The fingerprints saved in `file` for this `seed`, if `output` is as their build left it.
    static func load(from file: URL, seed: Hasher128, output: URL) -> PageFingerprints? {
        guard let data = try? Data(contentsOf: file), let manifest = BuildState.manifestStamp(of: output) else { return nil }
        return parse(Array(data), seed: seed, manifestLine: manifest.line)
    }

    /// Reads what `save` wrote, byte by byte (a `String` split walks grapheme clusters, five
    /// times slower); `nil` for another seed or manifest, or any malformed line.
    static func parse(_ bytes: [UInt8], seed: Hasher128, manifestLine: String) -> PageFingerprints? {
        let header = Array(Self.header(seed: seed, manifestLine: manifestLine).utf8)
        guard bytes.starts(with: header) else { return nil }
        var found = PageFingerprints(seed: seed)
        var start = header.count
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            guard end - start > 33, bytes[start + 32] == 0x09, let hash = Hash128(hexDigits: bytes[start..<(start + 32)]) else { return nil }
            found.pages[String(decoding: bytes[(start + 33)..<end], as: UTF8.self)] = hash
            start = end + 1
        }
        return found
    }

    private static func header(seed: Hasher128, manifestLine: String) -> String {
        "gazette-pages 1\nseed\t\(seed.hash.hex)\nmanifest\t\(manifestLine)\n"
    }

    /// Saves the fingerprints with the stamp of `output`'s manifest (call after the swap).
    func save(to file: URL, output: URL) {
        guard let manifest = BuildState.manifestStamp(of: output) else { return }
        var bytes = Array(Self.header(seed: seed, manifestLine: manifest.line).utf8)
        for path in pages.keys.sorted() {
            pages[path]!.appendHex(to: &bytes)
            bytes.append(0x09)
            bytes += path.utf8
            bytes.append(0x0A)
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(bytes).write(to: file, options: .atomic)
    }
}
