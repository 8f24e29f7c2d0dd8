import NareisCore
import Testing
@testable import NareisTUI

/// The texts of the work overlays and the intake's field labels: complete in
/// every language, and a label for every question the intake asks.
@Suite("Work texts and the line editor")
struct WorkTextTests {
    @Test func everyWorkTextAndFieldLabelExistsInEveryLanguage() {
        #expect(WorkText.missingTranslations().isEmpty, "\(WorkText.missingTranslations())")
        #expect(WorkText.placeholderMismatches().isEmpty, "\(WorkText.placeholderMismatches())")
        #expect(FieldText.missingTranslations().isEmpty, "\(FieldText.missingTranslations())")
        for field in IntakeField.sponsorFields + IntakeField.memberFields {
            #expect(FieldText(rawValue: field.key) != nil, "no label for \(field.key)")
        }
        for event in ProcedureEvent.allCases {
            #expect(WorkLabels.text(event).text(.nl) != WorkLabels.text(event).text(.en), "\(event) is not in Dutch")
        }
    }

    @Test func theLineEditorEditsWithTheUsualKeys() {
        var editor = LineEditor("2024-06", limit: 10)
        #expect(editor.cursor == 7)
        editor.apply(.editHome)
        editor.insert("x")
        #expect(editor.text == "x2024-06")
        editor.apply(.editLeft)
        editor.apply(.editDelete)
        #expect(editor.text == "2024-06")
        editor.apply(.editEnd)
        for character in "-0123" { editor.insert(character) }
        #expect(editor.text == "2024-06-01", "the limit of 10 characters holds")
        editor.apply(.editBackspace)
        #expect(editor.text == "2024-06-0")
        editor.apply(.editClear)
        #expect(editor.text.isEmpty && editor.cursor == 0)
        editor.apply(.editBackspace)
        editor.apply(.editLeft)
        #expect(editor.cursor == 0)
        let edited = editor.apply(.quit)
        #expect(!edited, "quit is not an edit")
    }

    @Test func aLongOrWideTextScrollsSoTheCursorStaysInView() {
        let editor = LineEditor(String(repeating: "ሀ", count: 30))    // two columns each
        let (shown, column) = editor.window(width: 11)
        #expect(DisplayWidth.of(shown) <= 11)
        #expect(column <= 10)
        #expect(shown.hasSuffix("ሀ"))
    }
}
