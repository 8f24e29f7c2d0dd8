/// The shapes a summary is made of, written as plain text or as Markdown. The
/// summary says what to write; a writer decides how it looks.
protocol SummaryWriter {
    mutating func title(_ text: String)
    mutating func paragraph(_ text: String)
    /// Level 1: a section; level 2: a part of a section (a member); level 3: a list
    /// within a part (a member's documents).
    mutating func heading(_ text: String, level: Int)
    mutating func field(_ label: String, _ value: String)
    /// `checked`: nil for a plain bullet, true/false for a checklist item.
    mutating func bullet(_ text: String, checked: Bool?)
    var output: String { get }
}

/// Plain text for printing: underlined headings, indented lists.
struct PlainSummaryWriter: SummaryWriter {
    private(set) var output = ""
    private var indent = ""

    mutating func title(_ text: String) {
        let line = CleanText.singleLine(text)
        output += line + "\n" + String(repeating: "=", count: line.count) + "\n"
    }

    mutating func paragraph(_ text: String) {
        output += CleanText.singleLine(text) + "\n"
    }

    mutating func heading(_ text: String, level: Int) {
        let line = CleanText.singleLine(text)
        switch level {
        case ...1:
            indent = ""
            output += "\n" + line + "\n" + String(repeating: "-", count: line.count) + "\n"
        case 2:
            indent = "  "
            output += "\n" + line + "\n"
        default:
            indent = "    "
            output += "  " + line + "\n"
        }
    }

    mutating func field(_ label: String, _ value: String) {
        output += indent + CleanText.singleLine(label) + ": " + CleanText.singleLine(value) + "\n"
    }

    mutating func bullet(_ text: String, checked: Bool?) {
        let box = checked.map { $0 ? "[X] " : "[ ] " } ?? ""
        output += indent + "- " + box + CleanText.singleLine(text) + "\n"
    }
}

/// Markdown (CommonMark): headings, bold labels, task lists; user text escaped so a
/// name with `*` or `#` prints as written.
struct MarkdownSummaryWriter: SummaryWriter {
    private(set) var output = ""
    private var inList = false

    mutating func title(_ text: String) {
        output += "# " + escape(text) + "\n"
    }

    mutating func paragraph(_ text: String) {
        endList()
        output += "\n" + escape(text) + "\n"
    }

    mutating func heading(_ text: String, level: Int) {
        endList()
        output += "\n" + String(repeating: "#", count: level + 1) + " " + escape(text) + "\n"
    }

    mutating func field(_ label: String, _ value: String) {
        startList()
        output += "- **" + escape(label) + ":** " + escape(value) + "\n"
    }

    mutating func bullet(_ text: String, checked: Bool?) {
        startList()
        let box = checked.map { $0 ? "[X] " : "[ ] " } ?? ""
        output += "- " + box + escape(text) + "\n"
    }

    private mutating func startList() {
        if !inList { output += "\n" }
        inList = true
    }

    private mutating func endList() {
        inList = false
    }

    /// Backslash-escapes the characters Markdown gives a meaning to.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in CleanText.singleLine(text) {
            if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
