import Foundation

/// A temporary file of byte strings written once and read back later, from any thread: what a
/// build works out early and needs only much later (article bodies, some per-article analysis)
/// waits there, in the system's file cache, which the kernel may drop and read again, rather
/// than in the process's own memory.
///
/// The file is unlinked as soon as it is made: nothing is left behind, whatever ends the run.
/// It lives until the `ScratchFile` and every value that refers to it are gone.
public final class ScratchFile: @unchecked Sendable {
    /// Where one byte string lies in the file.
    public struct Region: Sendable, Hashable {
        public var offset: Int
        public var count: Int
    }

    private let descriptor: Int32
    private let lock = NSLock()
    /// The end of the file, where the next bytes go.
    private var end = 0

    /// A file named `prefix` plus six random characters in `directory` (unlinked at once), or
    /// nil when no file can be made there.
    public init?(directory: URL = FileManager.default.temporaryDirectory, prefix: String = "gazette-scratch-") {
        var template = Array(directory.appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Writes `bytes` at the end of the file; nil when the file cannot take them (a full disk).
    public func append(_ bytes: [UInt8]) -> Region? {
        let offset = lock.withLock {
            defer { end += bytes.count }
            return end
        }
        let written = bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        return written ? Region(offset: offset, count: bytes.count) : nil
    }

    /// The bytes of `region`. Bytes that were written but cannot be read back are a failing
    /// disk: the build stops rather than go on without them.
    public func read(_ region: Region) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: region.count) { buffer, initialized in
            var done = 0
            while done < region.count {
                let n = pread(descriptor, buffer.baseAddress! + done, region.count - done, off_t(region.offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    fatalError("cannot read Gazette's temporary file (errno \(errno))")
                }
                done += n
            }
            initialized = region.count
        }
    }
}
