import CMalloc

/// Returns memory the program has freed to the system.
///
/// glibc keeps freed blocks in its heaps for reuse, so after a stage that built and dropped
/// large structures (analysis) the process would keep holding their pages while the next stage
/// allocates new ones elsewhere (big strings are mapped fresh): peak memory would be the sum of
/// both. Called between stages; it costs a few milliseconds.
public enum FreedMemory {
    public static func release() {
        _ = gazette_release_free_memory()
    }
}
