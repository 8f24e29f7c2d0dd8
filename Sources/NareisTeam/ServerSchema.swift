/// The team server's schema, as an ordered, append-only list of migrations (as the
/// laptop store's `Schema`): a shipped migration is never edited, a change is a new one
/// at the end. `nareis.nareis_schema` records which ran; its highest version is the
/// server's schema version.
///
/// Everything lives in the schema `nareis`, owned by the role that migrates. Counsellors
/// connect as their own PostgreSQL role (member of the group role `nareis_counsellor`)
/// and row-level security keeps each to the rows of their team (`nareis.current_team()`),
/// so a laptop's mistake or a stolen password exposes one team, never the server.
/// The server holds sync documents and IDs; the audit trail holds IDs and actions only.
enum ServerSchema {
    /// The number of migrations this binary knows (the version it expects a server at).
    static var version: Int { migrations.count }

    /// Statement lists, oldest first. Each runs once in its own transaction (the
    /// extended protocol takes one statement per query, so each entry is one statement).
    static let migrations: [[String]] = [version1]

    /// The group role every counsellor's role is granted. Roles are cluster-wide, so it
    /// is created only when missing (several databases of one cluster may hold teams,
    /// and may be migrated at the same time).
    static let counsellorRole = "nareis_counsellor"

    private static let version1: [String] = [
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'nareis_counsellor') THEN
            CREATE ROLE nareis_counsellor NOLOGIN;
          END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- created meanwhile by the migration of another database of the cluster
        END $$
        """,
        "CREATE SCHEMA IF NOT EXISTS nareis",
        "REVOKE ALL ON SCHEMA nareis FROM PUBLIC",
        "GRANT USAGE ON SCHEMA nareis TO nareis_counsellor",
        """
        CREATE TABLE IF NOT EXISTS nareis.nareis_schema (
          version int PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now())
        """,
        "GRANT SELECT ON nareis.nareis_schema TO nareis_counsellor",
        "CREATE TABLE nareis.teams (id text PRIMARY KEY, name text NOT NULL)",
        """
        CREATE TABLE nareis.team_members (
          role name PRIMARY KEY,
          team_id text NOT NULL REFERENCES nareis.teams,
          counsellor text NOT NULL)
        """,
        "CREATE SEQUENCE nareis.change_seq",
        """
        CREATE TABLE nareis.cases (
          case_id text PRIMARY KEY,
          team_id text NOT NULL REFERENCES nareis.teams,
          version bigint NOT NULL,
          seq bigint NOT NULL,
          counsellor text,
          document text,
          erased boolean NOT NULL DEFAULT false,
          changed_at timestamptz NOT NULL DEFAULT now(),
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (erased = (document IS NULL)),
          CHECK (NOT erased OR counsellor IS NULL))
        """,
        "CREATE INDEX cases_team_seq ON nareis.cases (team_id, seq)",
        """
        CREATE TABLE nareis.deadlines (
          team_id text NOT NULL,
          case_id text NOT NULL REFERENCES nareis.cases,
          member_id text NOT NULL,
          deadline_id text NOT NULL,
          due date NOT NULL,
          rule text NOT NULL,
          PRIMARY KEY (case_id, member_id, deadline_id))
        """,
        "CREATE INDEX deadlines_team_due ON nareis.deadlines (team_id, due)",
        """
        CREATE TABLE nareis.audit (
          seq bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          who name NOT NULL DEFAULT session_user,
          team_id text NOT NULL,
          action text NOT NULL CHECK (action IN ('create', 'edit', 'erase')),
          case_id text NOT NULL,
          version bigint NOT NULL)
        """,
        // Who and when are the server's word, not the laptop's: set on every write.
        """
        CREATE FUNCTION nareis.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.changed_at := now();
          NEW.changed_by := session_user;
          RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER cases_stamp BEFORE INSERT OR UPDATE ON nareis.cases
          FOR EACH ROW EXECUTE FUNCTION nareis.stamp_change()
        """,
        """
        CREATE FUNCTION nareis.stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.at := now();
          NEW.who := session_user;
          RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER audit_stamp BEFORE INSERT ON nareis.audit
          FOR EACH ROW EXECUTE FUNCTION nareis.stamp_audit()
        """,
        // Append-only even for the owner: a trail that can be edited proves nothing.
        """
        CREATE FUNCTION nareis.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'nareis.audit is append-only' USING ERRCODE = 'insufficient_privilege';
        END $$
        """,
        """
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON nareis.audit
          FOR EACH ROW EXECUTE FUNCTION nareis.refuse_audit_change()
        """,
        """
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON nareis.audit
          FOR EACH STATEMENT EXECUTE FUNCTION nareis.refuse_audit_change()
        """,
        // The team of the connected role. SECURITY DEFINER so counsellors need no access
        // to the member list; STABLE so a query evaluates it once.
        """
        CREATE FUNCTION nareis.current_team() RETURNS text
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
          SELECT team_id FROM nareis.team_members WHERE role = session_user
        $$
        """,
        """
        CREATE FUNCTION nareis.whoami(OUT role name, OUT team text, OUT team_name text, OUT counsellor text)
          RETURNS SETOF record
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
          SELECT m.role, m.team_id, t.name, m.counsellor
          FROM nareis.team_members m JOIN nareis.teams t ON t.id = m.team_id
          WHERE m.role = session_user
        $$
        """,
        "ALTER TABLE nareis.cases ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE nareis.cases FORCE ROW LEVEL SECURITY",
        "ALTER TABLE nareis.deadlines ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE nareis.deadlines FORCE ROW LEVEL SECURITY",
        "ALTER TABLE nareis.audit ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE nareis.audit FORCE ROW LEVEL SECURITY",
        // `(SELECT ...)` makes the team an init plan: computed once, then an index key.
        """
        CREATE POLICY team_rows ON nareis.cases
          USING (team_id = (SELECT nareis.current_team()))
          WITH CHECK (team_id = (SELECT nareis.current_team()))
        """,
        """
        CREATE POLICY team_rows ON nareis.deadlines
          USING (team_id = (SELECT nareis.current_team()))
          WITH CHECK (team_id = (SELECT nareis.current_team()))
        """,
        """
        CREATE POLICY team_rows ON nareis.audit
          USING (team_id = (SELECT nareis.current_team()))
          WITH CHECK (team_id = (SELECT nareis.current_team()))
        """,
        pushFunction,
        admitFunction,
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA nareis FROM PUBLIC",
        """
        GRANT EXECUTE ON FUNCTION nareis.current_team(), nareis.whoami(), nareis.push(jsonb)
          TO nareis_counsellor
        """,
        "GRANT SELECT, INSERT, UPDATE ON nareis.cases TO nareis_counsellor",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON nareis.deadlines TO nareis_counsellor",
        "GRANT SELECT ON nareis.audit TO nareis_counsellor",
        "GRANT INSERT (team_id, action, case_id, version) ON nareis.audit TO nareis_counsellor",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA nareis TO nareis_counsellor",
    ]

    /// Optimistic concurrency in the caller's transaction, as the caller (row-level
    /// security applies). The advisory lock on the team makes each push wait for the
    /// team's previous one to commit, so the team's `seq` order is its commit order and
    /// a pull of `seq > last` never skips a row committed later with a smaller number.
    private static let pushFunction = """
        CREATE FUNCTION nareis.push(changes jsonb) RETURNS jsonb
          LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
          team text := nareis.current_team();
          change jsonb;
          -- Appended in place (a jsonb value would be copied whole at every change).
          outcomes jsonb[] := ARRAY[]::jsonb[];
          id text;
          base bigint;
          doc text;
          existing record;
          known boolean;
          next_version bigint;
          next_seq bigint;
          action text;
        BEGIN
          IF team IS NULL THEN
            RAISE EXCEPTION 'role % is not on a team', session_user USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF jsonb_typeof(changes) <> 'array' THEN
            RAISE EXCEPTION 'nareis.push takes a JSON array' USING ERRCODE = 'invalid_parameter_value';
          END IF;
          PERFORM pg_advisory_xact_lock(7413, hashtext(team));
          FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
            id := change->>'case_id';
            base := (change->>'base_version')::bigint;
            doc := change->>'document';
            IF id IS NULL OR base IS NULL THEN
              RAISE EXCEPTION 'a change needs case_id and base_version' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            SELECT c.version, c.erased INTO existing FROM nareis.cases c WHERE c.case_id = id FOR UPDATE;
            known := FOUND;
            IF known AND existing.erased THEN
              outcomes := outcomes || jsonb_build_object('outcome', 'erased');
              CONTINUE;
            END IF;
            IF known AND doc IS NOT NULL AND existing.version <> base THEN
              outcomes := outcomes || jsonb_build_object('outcome', 'stale', 'version', existing.version);
              CONTINUE;
            END IF;
            IF NOT known AND base <> 0 AND doc IS NOT NULL THEN
              -- Made on a version the server never had (or one another team holds): refuse.
              outcomes := outcomes || jsonb_build_object('outcome', 'stale', 'version', 0);
              CONTINUE;
            END IF;
            next_seq := nextval('nareis.change_seq');
            IF known THEN
              next_version := existing.version + 1;
              action := CASE WHEN doc IS NULL THEN 'erase' ELSE 'edit' END;
              UPDATE nareis.cases SET version = next_version, seq = next_seq, document = doc,
                  erased = (doc IS NULL),
                  counsellor = CASE WHEN doc IS NULL THEN NULL ELSE change->>'counsellor' END
                WHERE case_id = id;
              DELETE FROM nareis.deadlines WHERE case_id = id;
            ELSE
              -- New here. A case ID another team holds is hidden by row-level security
              -- and surfaces as a key violation: refused without saying whose it is.
              next_version := 1;
              action := CASE WHEN doc IS NULL THEN 'erase' ELSE 'create' END;
              -- (ON CONFLICT rather than catching the violation: a subtransaction per new
              -- case made a first push of a large caseload crawl.)
              INSERT INTO nareis.cases (case_id, team_id, version, seq, counsellor, document, erased)
                VALUES (id, team, 1, next_seq,
                        CASE WHEN doc IS NULL THEN NULL ELSE change->>'counsellor' END, doc, doc IS NULL)
                ON CONFLICT (case_id) DO NOTHING;
              IF NOT FOUND THEN
                outcomes := outcomes || jsonb_build_object('outcome', 'taken');
                CONTINUE;
              END IF;
            END IF;
            IF doc IS NOT NULL THEN
              INSERT INTO nareis.deadlines (team_id, case_id, member_id, deadline_id, due, rule)
                SELECT team, id, d.item->>'member_id', d.item->>'deadline_id', (d.item->>'due')::date, d.item->>'rule'
                FROM jsonb_array_elements(coalesce(change->'deadlines', '[]'::jsonb)) AS d(item);
            END IF;
            INSERT INTO nareis.audit (team_id, action, case_id, version) VALUES (team, action, id, next_version);
            outcomes := outcomes || jsonb_build_object('outcome', 'accepted', 'version', next_version, 'seq', next_seq);
          END LOOP;
          RETURN to_jsonb(outcomes);
        END $$
        """

    /// Puts a counsellor's role on a team: the team if missing, the login role if missing
    /// (a password, when given, is set or replaced; the server stores only its SCRAM
    /// verifier), the group role, and the member list. For the schema owner only.
    private static let admitFunction = """
        CREATE FUNCTION nareis.admit(member name, team text, team_name text, counsellor text, secret text)
          RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
          INSERT INTO nareis.teams (id, name) VALUES (team, team_name) ON CONFLICT (id) DO NOTHING;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = member) THEN
            BEGIN
              EXECUTE format('CREATE ROLE %I LOGIN', member);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
              NULL; -- created meanwhile (roles are cluster-wide)
            END;
          END IF;
          IF secret IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', member, secret);
          END IF;
          EXECUTE format('GRANT nareis_counsellor TO %I', member);
          INSERT INTO nareis.team_members (role, team_id, counsellor) VALUES (member, team, counsellor)
            ON CONFLICT (role) DO UPDATE SET team_id = EXCLUDED.team_id, counsellor = EXCLUDED.counsellor;
        END $$
        """
}
