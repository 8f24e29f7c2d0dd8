import NareisCasework
import PostgresNIO

/// Which migrations a server has run, as the connected role can tell.
struct SchemaVersion {
    /// The highest migration recorded; 0 when `nareis team migrate` never ran.
    var server: Int
    /// Whether the role may use the schema at all (a role never admitted to a team may
    /// not, and then `server` is unknown and 0).
    var usable: Bool

    /// The schema's existence is looked up in the catalogue, which every role may read,
    /// so a role without access still learns "missing" versus "not yours".
    static func read(on connection: PostgresConnection, address: TeamAddress) async throws -> SchemaVersion {
        let probe = try await connection.query("""
            SELECT to_regnamespace('nareis') IS NOT NULL,
                   CASE WHEN to_regnamespace('nareis') IS NULL THEN false
                        ELSE has_schema_privilege('nareis', 'USAGE') END
            """, logger: ConnectionSetup.silent)
        var exists = false
        var usable = false
        for try await (schema, usage) in probe.decode((Bool, Bool).self) {
            exists = schema
            usable = usage
        }
        // Without the schema every role may use it (nothing to protect); without usage of
        // an existing one the version table cannot be read: the role is not a counsellor.
        guard exists else { return SchemaVersion(server: 0, usable: true) }
        guard usable else { return SchemaVersion(server: 0, usable: false) }
        let table = try await connection.query("""
            SELECT to_regclass('nareis.nareis_schema') IS NOT NULL
            """, logger: ConnectionSetup.silent)
        var hasTable = false
        for try await present in table.decode(Bool.self) { hasTable = present }
        guard hasTable else { return SchemaVersion(server: 0, usable: true) }
        let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM nareis.nareis_schema",
                                              logger: ConnectionSetup.silent)
        var version = 0
        for try await number in rows.decode(Int32.self) { version = Int(number) }
        return SchemaVersion(server: version, usable: true)
    }
}
