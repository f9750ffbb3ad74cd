import Foundation
import GazetteCore

/// Extracts the article from a saved web page.
///
/// PLACEHOLDER (to be replaced in this session by a libxml2-based extractor).
public enum HTMLExtractor {
    public static func extract(_ data: Data) -> HTMLExtraction {
        HTMLExtraction(warnings: ["HTML extraction is not implemented yet"])
    }
}
