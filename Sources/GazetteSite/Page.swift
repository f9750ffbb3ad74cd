/// One page to render: where it goes, which template, and the values the template sees.
public struct Page {
    public var path: String
    public var template: String
    public var context: [String: Any]
}
