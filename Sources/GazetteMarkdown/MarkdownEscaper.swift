/// Escapes plain text so that Markdown renders it literally.
public enum MarkdownEscaper {
    /// Characters that can start or shape Markdown syntax anywhere in a line.
    private static let special: Set<Character> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", "!", "|", "~", "&",
    ]

    /// Every special character gets a backslash; a line that would start a list (`1.`) gets its
    /// dot escaped. Newlines inside the text become spaces so one text stays one paragraph.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var atLineStart = true
        var digitRun = false
        for character in text {
            if character.isNewline {
                out.append(" ")
                atLineStart = false
                continue
            }
            if special.contains(character) {
                out.append("\\")
            } else if character == "." && digitRun {
                out.append("\\")
            }
            out.append(character)
            digitRun = (atLineStart || digitRun) && character.isASCII && character.isNumber
            atLineStart = false
        }
        return out
    }
}
