/// The screen while the idle cover is up: the product name and how to go on, in the
/// user's language, and nothing of the store. It draws from the lock alone, never
/// from the cases or the overlays, so no name, ID or date can show through.
enum LockView {
    static func draw(_ state: WorkstationState, on screen: inout Screen) {
        let language = state.language
        let size = state.size
        let locked = LockText.minutes(state.idleLock.minutes ?? 0, one: .lockedAfterOne, many: .lockedAfterMany, language)
        let blocks: [(String, Role)] = [(UIText.appTitle.text(language), .title), (locked, .normal),
                                        (LockText.notProtected.text(language), .dim)]
        // Each text word-wrapped to the width, a blank row between them; as many rows
        // as fit, centred, so even a tiny terminal shows the title and the way out first.
        var rows: [(String, Role)] = []
        for (text, role) in blocks {
            if !rows.isEmpty { rows.append(("", .normal)) }
            rows += WorkstationView.wrap(text, width: max(1, size.width - 2)).map { ($0, role) }
        }
        let top = max(0, (size.height - rows.count) / 2)
        for (index, row) in rows.enumerated() where top + index < size.height {
            let x = max(0, (size.width - DisplayWidth.of(row.0)) / 2)
            screen.put(row.0, x: x, y: top + index, role: row.1)
        }
    }

    /// The help's part on the cover: when it comes up, what it keeps, and what it does
    /// not protect against.
    static func helpLines(_ state: WorkstationState) -> [[Segment]] {
        let language = state.language
        let when = state.idleLock.minutes.map { LockText.minutes($0, one: .helpOnOne, many: .helpOnMany, language) }
            ?? LockText.helpOff.text(language)
        return [[Segment(LockText.helpTitle.text(language), .title)]]
            + [when, LockText.helpKept.text(language), LockText.helpLimit.text(language)].map { [Segment("  " + $0, .help)] }
    }
}
