import NareisCore

/// The texts of the idle cover (its screen and its part of the help), in English and Dutch.
public enum LockText: String, Catalogue {
    case lockedAfterOne, lockedAfterMany, notProtected
    case helpTitle, helpOnOne, helpOnMany, helpOff, helpKept, helpLimit

    public static func table(_ language: Language) -> [LockText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// `one` for exactly one minute, else `many` with the minutes in the language's
    /// notation (`0.5` / `0,5`: the setting takes at most two decimals).
    static func minutes(_ minutes: Double, one: LockText, many: LockText, _ language: Language) -> String {
        let hundredths = Int((minutes * 100).rounded())
        if hundredths == 100 { return one.text(language) }
        var number = String(hundredths / 100)
        if hundredths % 100 != 0 {
            let fraction = String(hundredths % 100 + 100).dropFirst()
            number += (language == .nl ? "," : ".") + (fraction.hasSuffix("0") ? String(fraction.dropLast()) : String(fraction))
        }
        return many.text(language, number)
    }

    private static let english: [LockText: String] = [
        .lockedAfterOne: "Locked after 1 minute idle; press any key.",
        .lockedAfterMany: "Locked after {1} minutes idle; press any key.",
        .notProtected: "The cases are hidden, not protected: lock the computer when you leave the desk.",
        .helpTitle: "Screen lock (shared desks)",
        .helpOnOne: "After 1 minute without a key the cases are hidden; any key shows them again and does nothing else.",
        .helpOnMany: "After {1} minutes without a key the cases are hidden; any key shows them again and does nothing else.",
        .helpOff: "Off (lock_after_minutes = 0 or --lock-after 0): the cases stay on the screen.",
        .helpKept: "What was open or half-typed (a form, a note) is there again as it was.",
        .helpLimit: "A cover, not a login: anyone who presses a key sees the cases. Lock the computer when you leave it.",
    ]

    private static let dutch: [LockText: String] = [
        .lockedAfterOne: "Vergrendeld na 1 minuut zonder gebruik; druk op een toets.",
        .lockedAfterMany: "Vergrendeld na {1} minuten zonder gebruik; druk op een toets.",
        .notProtected: "De dossiers zijn verborgen, niet beveiligd: vergrendel de computer als u de werkplek verlaat.",
        .helpTitle: "Schermvergrendeling (gedeelde werkplek)",
        .helpOnOne: "Na 1 minuut zonder toets worden de dossiers verborgen; elke toets toont ze weer en doet verder niets.",
        .helpOnMany: "Na {1} minuten zonder toets worden de dossiers verborgen; elke toets toont ze weer en doet verder niets.",
        .helpOff: "Uit (lock_after_minutes = 0 of --lock-after 0): de dossiers blijven op het scherm.",
        .helpKept: "Wat open of half getypt was (een formulier, een notitie) staat er daarna weer zoals het was.",
        .helpLimit: "Een afdekking, geen inlog: wie een toets indrukt, ziet de dossiers. Vergrendel de computer als u weggaat.",
    ]
}
