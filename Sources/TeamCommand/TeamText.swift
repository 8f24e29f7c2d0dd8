import NareisCasework
import NareisCore

/// What the team commands say, in Dutch and English: one line each, naming what to do.
enum TeamText {
    static func refusal(_ error: TeamServerError, _ language: Language) -> String {
        let nl = language == .nl
        switch error {
        case .unreachable(let server, let reason):
            return nl ? "teamserver \(server) niet bereikbaar (\(reason)); niets gewijzigd, werk gewoon verder en synchroniseer later"
                : "team server \(server) cannot be reached (\(reason)); nothing changed, keep working and sync later"
        case .authenticationFailed(let role):
            return nl ? "de teamserver weigert het wachtwoord of certificaat van \(role); niets gewijzigd (nareis team join opnieuw, met het juiste wachtwoord)"
                : "the team server refuses the password or certificate of \(role); nothing changed (run nareis team join again with the right password)"
        case .certificateMismatch(let server, let reason):
            return nl ? "het certificaat van \(server) klopt niet (\(reason)); niets gewijzigd, niet verbonden: vraag de beheerder"
                : "the certificate of \(server) does not match (\(reason)); nothing changed, not connected: ask the administrator"
        case .schemaMissing:
            return nl ? "de teamserver is nog niet ingericht; niets gewijzigd (de beheerder draait nareis team migrate)"
                : "the team server is not set up yet; nothing changed (the administrator runs nareis team migrate)"
        case .schemaNewer(let server, let known):
            return nl ? "de teamserver is ingericht door een nieuwere nareis (schema \(server), deze kent \(known)); niets gewijzigd: werk nareis eerst bij"
                : "the team server was set up by a newer nareis (schema \(server), this one knows \(known)); nothing changed: update nareis first"
        case .schemaOlder(let server, let known):
            return nl ? "de teamserver heeft een ouder schema (\(server), deze nareis verwacht \(known)); niets gewijzigd (de beheerder draait nareis team migrate)"
                : "the team server's schema is older (\(server), this nareis expects \(known)); nothing changed (the administrator runs nareis team migrate)"
        case .notOnATeam(let role):
            return nl ? "\(role) staat op geen enkel team van de server; niets gewijzigd (de beheerder draait nareis team admit)"
                : "\(role) is on no team of the server; nothing changed (the administrator runs nareis team admit)"
        case .badAddress(let expected):
            return nl ? "--server: geen PostgreSQL-adres (verwacht \(expected))" : "--server: not a PostgreSQL address (expected \(expected))"
        case .server(let message):
            return nl ? "de teamserver meldt: \(message); niets gewijzigd" : "the team server says: \(message); nothing changed"
        }
    }

    static func otherTeam(store: String, server: String, _ language: Language) -> String {
        language == .nl
            ? "deze opslag hoort bij team \(store), de server kent u bij team \(server); niets gewijzigd (gebruik een eigen opslag per team: --db)"
            : "this store belongs to team \(store), the server knows you on team \(server); nothing changed (use a store per team: --db)"
    }

    static func notJoined(_ language: Language) -> String {
        language == .nl ? "nog geen team: eerst nareis team join --server ADRES --counsellor NAAM"
            : "no team yet: first nareis team join --server ADDRESS --counsellor NAME"
    }

    static func joined(_ identity: TeamIdentity, path: String, _ language: Language) -> String {
        language == .nl ? "aangesloten bij team \(identity.team) als \(identity.counsellor) (rol \(identity.role)); instellingen in \(path)"
            : "joined team \(identity.team) as \(identity.counsellor) (role \(identity.role)); settings in \(path)"
    }

    static func migrated(from: Int, to: Int, _ language: Language) -> String {
        if from == to { return language == .nl ? "serverschema al bij (versie \(to))" : "server schema up to date (version \(to))" }
        return language == .nl ? "serverschema bijgewerkt van versie \(from) naar \(to)" : "server schema upgraded from version \(from) to \(to)"
    }

    static func admitted(role: String, team: String, _ language: Language) -> String {
        language == .nl ? "\(role) staat op team \(team)" : "\(role) is on team \(team)"
    }

    static func report(_ report: SyncReport, _ language: Language) -> String {
        let nl = language == .nl
        var parts = [
            nl ? "\(report.pulled) binnengehaald" : "\(report.pulled) pulled",
            nl ? "\(report.pushed) verstuurd" : "\(report.pushed) pushed",
        ]
        if report.merged > 0 { parts.append(nl ? "\(report.merged) samengevoegd" : "\(report.merged) merged") }
        if report.erased > 0 { parts.append(nl ? "\(report.erased) gewist" : "\(report.erased) erased") }
        if report.renumbered > 0 { parts.append(nl ? "\(report.renumbered) nieuw nummer" : "\(report.renumbered) renumbered") }
        parts.append(nl ? "\(report.conflicts) botsing(en) te kiezen" : "\(report.conflicts) conflict(s) to choose")
        if report.waiting > 0 { parts.append(nl ? "\(report.waiting) wachtend" : "\(report.waiting) waiting") }
        var line = (nl ? "gesynchroniseerd: " : "synced: ") + parts.joined(separator: ", ")
        if !report.unreadable.isEmpty {
            line += nl ? "\nniet te lezen door deze versie (werk nareis bij): " : "\nnot readable by this version (update nareis): "
            line += report.unreadable.joined(separator: ", ")
        }
        return line
    }

    static func status(_ status: SyncStatus, team: String?, _ language: Language) -> String {
        let nl = language == .nl
        let last = status.lastSync.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC" }
            ?? (nl ? "nog nooit" : "never")
        return (nl ? "team: " : "team: ") + (team ?? "-")
            + (nl ? "\nlaatst gesynchroniseerd: " : "\nlast synced: ") + last
            + (nl ? "\nwijzigingen wachtend: " : "\nchanges waiting: ") + String(status.waiting)
            + (nl ? "\nbotsingen te kiezen: " : "\nconflicts to choose: ") + String(status.conflicts)
    }

    static func noOverdue(_ asOf: Day, _ language: Language) -> String {
        language == .nl ? "geen verlopen termijnen in het team op \(asOf.iso)" : "no overdue deadlines in the team on \(asOf.iso)"
    }

    static func overdueHeader(_ language: Language) -> [String] {
        language == .nl ? ["DOSSIER", "BEGELEIDER", "GEZINSLID", "TERMIJN", "VERVALDAG"]
            : ["CASE", "COUNSELLOR", "MEMBER", "DEADLINE", "DUE"]
    }
}
