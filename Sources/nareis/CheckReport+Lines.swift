import NareisCasework
import NareisCore
import NareisOutputs

/// What `nareis check` prints of a report, in the user's language. SQLite's own
/// findings (integrity, foreign keys) are printed as SQLite gives them: they name
/// tables and pages, for whoever repairs the file.
extension CheckReport {
    func problemLines(_ language: Language) -> [String] {
        integrity + foreignKeys
            + (searchIndex.isEmpty ? [] : [CheckText.searchIndex.text(language)])
            + (keptTotal.map { [CheckText.caseTotal.text(language, $0, cases)] } ?? [])
            + (miscountedDeadlineDays.map { [CheckText.deadlineCounts.text(language, $0)] } ?? [])
            + unreadableCases.map { CheckText.unreadableCase.text(language, $0) }
            + (auditChain.firstBreak.map { [$0.line(language)] } ?? [])
    }

    func soundLines(_ location: String, readBack: Bool, _ language: Language) -> [String] {
        let chain = auditChain.head.map {
            CheckText.chainIntact.text(language, auditChain.intactLines, String($0.prefix(16)))
        } ?? CheckText.chainEmpty.text(language)
        return [CheckText.sound.text(language, location, cases, readBack ? CheckText.readBack.text(language) : ""), chain]
    }
}

extension AuditChainBreak {
    func line(_ language: Language) -> String {
        switch reason {
        case .unsealed: return CheckText.chainUnsealed.text(language, id, at, action)
        case .linesMissing(after: 0): return CheckText.chainFirstLinesMissing.text(language, id, at, action)
        case .linesMissing(let after): return CheckText.chainLinesMissing.text(language, id, at, action, after)
        case .mismatch: return CheckText.chainMismatch.text(language, id, at, action)
        }
    }
}
