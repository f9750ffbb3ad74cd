/// The live-reload hook added to served HTML pages (never to the built files).
///
/// Pages get one `<script src>` tag before `</body>` naming the build they come from. The script
/// opens an EventSource on `eventsPath`; the server names its current build on connect and
/// after every rebuild, and the page reloads when the names differ. A failed rebuild sends a
/// `failed` event and the page shows the error in an overlay. The script is a separate file, so
/// a strict Content-Security-Policy (`script-src 'self'`) still allows it.
enum ReloadScript {
    static let prefix = "/__gazette/"
    static let eventsPath = "/__gazette/events"
    static let scriptPath = "/__gazette/reload.js"

    /// The tag inserted into pages of build `buildID` (which holds only `[0-9a-z-]`).
    static func tag(buildID: String) -> String {
        "<script src=\"\(scriptPath)\" data-gazette-build=\"\(buildID)\"></script>\n"
    }

    /// `html` with the tag inserted before its last `</body>` (matched case-insensitively),
    /// or appended when it has none.
    static func inject(into html: [UInt8], buildID: String) -> [UInt8] {
        let tag = Array(tag(buildID: buildID).utf8)
        guard let position = lastBodyClose(in: html) else { return html + tag }
        var result = [UInt8]()
        result.reserveCapacity(html.count + tag.count)
        result += html[..<position]
        result += tag
        result += html[position...]
        return result
    }

    private static func lastBodyClose(in html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        var start = html.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count where html[start + offset] | 0x20 != needle[offset] | 0x20 {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    /// The JavaScript served at `scriptPath`.
    static let source = """
        (function () {
          "use strict";
          var me = document.currentScript;
          var build = me ? me.getAttribute("data-gazette-build") : "";
          if (!window.EventSource) return;
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("build", function (event) {
            if (event.data !== build) location.reload();
          });
          source.addEventListener("failed", function (event) {
            var box = document.getElementById("gazette-build-error");
            if (!box) {
              box = document.createElement("div");
              box.id = "gazette-build-error";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
                "padding:2em;background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;" +
                "white-space:pre-wrap";
              document.body.appendChild(box);
            }
            box.textContent = "Gazette: the last rebuild failed; this page is from the last good build.\\n\\n" +
              event.data + "\\n\\n(Fix the problem and save: the page reloads by itself.)";
          });
        })();

        """
}
