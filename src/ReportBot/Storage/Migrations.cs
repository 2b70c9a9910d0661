namespace ReportBot.Storage;

/// <summary>Schema changes, numbered; the file's <c>user_version</c> says how many have run. Never edit a shipped one.</summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE people (
            user_id      INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            role         TEXT NOT NULL CHECK (role IN ('coordinator', 'staff')),
            created_at   TEXT NOT NULL
        );
        CREATE TABLE reports (
            id           INTEGER PRIMARY KEY,
            format_id    TEXT NOT NULL,
            agency       TEXT NOT NULL,
            year         INTEGER NOT NULL,
            status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted')),
            created_by   INTEGER NOT NULL REFERENCES people(user_id),
            created_at   TEXT NOT NULL,
            submitted_at TEXT,
            UNIQUE (agency, year)
        );
        CREATE TABLE answers (
            report_id  INTEGER NOT NULL REFERENCES reports(id),
            key        TEXT NOT NULL,
            value      TEXT NOT NULL,
            updated_by INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (report_id, key)
        );
        CREATE TABLE answer_history (
            id         INTEGER PRIMARY KEY,
            report_id  INTEGER NOT NULL REFERENCES reports(id),
            key        TEXT NOT NULL,
            old_value  TEXT,
            new_value  TEXT,
            changed_by INTEGER NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX answer_history_by_report ON answer_history (report_id, key);
        CREATE TABLE conversations (
            user_id        INTEGER PRIMARY KEY REFERENCES people(user_id),
            chat_id        INTEGER NOT NULL,
            state          TEXT NOT NULL,
            report_id      INTEGER REFERENCES reports(id),
            question_id    TEXT,
            resume_id      TEXT,
            draft          TEXT,
            pending_agency TEXT,
            version        INTEGER NOT NULL,
            updated_at     TEXT NOT NULL
        );
        CREATE TABLE inbox (
            channel        TEXT PRIMARY KEY,
            last_update_id INTEGER NOT NULL
        );
        """,
        """
        CREATE TABLE report_members (
            report_id INTEGER NOT NULL REFERENCES reports(id),
            user_id   INTEGER NOT NULL REFERENCES people(user_id),
            added_at  TEXT NOT NULL,
            PRIMARY KEY (report_id, user_id)
        );
        CREATE TABLE invites (
            code       TEXT PRIMARY KEY,
            report_id  INTEGER NOT NULL REFERENCES reports(id),
            created_by INTEGER NOT NULL REFERENCES people(user_id),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_by    INTEGER,
            used_at    TEXT
        );
        """,
        """
        ALTER TABLE conversations ADD COLUMN explaining TEXT;
        ALTER TABLE conversations ADD COLUMN last_year_step INTEGER;
        """,
        """
        CREATE TABLE handled_updates (
            inbox      TEXT NOT NULL,
            update_id  INTEGER NOT NULL,
            handled_at TEXT NOT NULL,
            PRIMARY KEY (inbox, update_id)
        );
        CREATE INDEX handled_updates_by_time ON handled_updates (handled_at);
        ALTER TABLE inbox ADD COLUMN saved_at TEXT;
        """,
        """
        CREATE INDEX conversations_by_report ON conversations (report_id, updated_at);
        CREATE INDEX reports_by_status ON reports (status, id);
        CREATE INDEX report_members_by_user ON report_members (user_id, report_id);
        """,
        """
        CREATE TABLE telegram_inbox (
            id          INTEGER PRIMARY KEY,
            update_id   INTEGER NOT NULL UNIQUE,
            chat_id     INTEGER NOT NULL,
            user_id     INTEGER,
            body        TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
            attempts    INTEGER NOT NULL DEFAULT 0,
            due_at      TEXT NOT NULL,
            failure     TEXT
        );
        CREATE INDEX telegram_inbox_pending ON telegram_inbox (status, chat_id, id);
        CREATE TABLE telegram_outbox (
            id         INTEGER PRIMARY KEY,
            chat_id    INTEGER NOT NULL,
            update_id  INTEGER,
            kind       TEXT NOT NULL,
            body       TEXT NOT NULL,
            content    BLOB,
            cosmetic   INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
            attempts   INTEGER NOT NULL DEFAULT 0,
            due_at     TEXT NOT NULL,
            failure    TEXT,
            message_id INTEGER,
            sent_at    TEXT
        );
        CREATE INDEX telegram_outbox_pending ON telegram_outbox (status, chat_id, id);
        CREATE TABLE telegram_keyboards (
            chat_id    INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            text       TEXT NOT NULL,
            PRIMARY KEY (chat_id, message_id)
        );
        CREATE TABLE telegram_unreachable (
            chat_id INTEGER PRIMARY KEY,
            reason  TEXT NOT NULL,
            since   TEXT NOT NULL
        );
        """,
        // branch review (issue 12): sections assigned to people, the review's comments, the version each person
        // last saw, and reports.status rebuilt to allow returned/approved (SQLite cannot alter a CHECK in place).
        """
        CREATE TABLE section_assignments (
            report_id   INTEGER NOT NULL REFERENCES reports(id),
            unit        TEXT NOT NULL,
            user_id     INTEGER NOT NULL REFERENCES people(user_id),
            assigned_by INTEGER NOT NULL,
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (report_id, unit)
        );
        CREATE TABLE review_comments (
            id          INTEGER PRIMARY KEY,
            report_id   INTEGER NOT NULL REFERENCES reports(id),
            target      TEXT NOT NULL,
            author      INTEGER NOT NULL REFERENCES people(user_id),
            body        TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            resolved_at TEXT
        );
        CREATE INDEX review_comments_by_report ON review_comments (report_id, id);
        CREATE TABLE answer_watermarks (
            user_id   INTEGER NOT NULL REFERENCES people(user_id),
            report_id INTEGER NOT NULL REFERENCES reports(id),
            seen_id   INTEGER NOT NULL,
            PRIMARY KEY (user_id, report_id)
        );
        CREATE TABLE reports_rebuilt (
            id           INTEGER PRIMARY KEY,
            format_id    TEXT NOT NULL,
            agency       TEXT NOT NULL,
            year         INTEGER NOT NULL,
            status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'returned', 'approved')),
            created_by   INTEGER NOT NULL REFERENCES people(user_id),
            created_at   TEXT NOT NULL,
            submitted_at TEXT,
            UNIQUE (agency, year)
        );
        INSERT INTO reports_rebuilt (id, format_id, agency, year, status, created_by, created_at, submitted_at)
            SELECT id, format_id, agency, year, status, created_by, created_at, submitted_at FROM reports;
        DROP TABLE reports;
        ALTER TABLE reports_rebuilt RENAME TO reports;
        CREATE INDEX reports_by_status ON reports (status, id);
        """,
        // cofill: each report's deadline (a China date, yyyy-MM-dd; null = the default of its kind), the reminders
        // already sent (one row per report, person, kind and days before; written with the outbox row), and which
        // units a consolidated (汇总) report sums.
        """
        ALTER TABLE reports ADD COLUMN deadline TEXT;
        CREATE TABLE reminders_sent (
            report_id INTEGER NOT NULL REFERENCES reports(id),
            user_id   INTEGER NOT NULL,
            kind      TEXT NOT NULL CHECK (kind IN ('person', 'digest')),
            days      INTEGER NOT NULL,
            sent_at   TEXT NOT NULL,
            PRIMARY KEY (report_id, user_id, kind, days)
        );
        CREATE TABLE consolidation_units (
            report_id      INTEGER NOT NULL REFERENCES reports(id),
            unit_report_id INTEGER NOT NULL REFERENCES reports(id),
            PRIMARY KEY (report_id, unit_report_id)
        );
        """,
        // Last year's report by a near name in one indexed lookup, not a scan of the year on every message: each
        // report keeps its name's core (AgencyNames.Core), filled in by the store for the rows from before.
        """
        ALTER TABLE reports ADD COLUMN agency_core TEXT;
        CREATE INDEX reports_by_year_core ON reports (year, agency_core);
        """,
        // The overview counts every report in one scan of reports, with no lookup per report: each report keeps when
        // it was first answered (written with its answers) and last worked on (with a conversation on it). Its deadline
        // is stored from its creation on; the store fills in the default for the rows from before.
        """
        ALTER TABLE reports ADD COLUMN started_at TEXT;
        ALTER TABLE reports ADD COLUMN last_activity TEXT;
        UPDATE reports SET started_at = (SELECT MIN(a.updated_at) FROM answers a WHERE a.report_id = reports.id),
            last_activity = (SELECT MAX(c.updated_at) FROM conversations c WHERE c.report_id = reports.id);
        """,
        // A document promised to several people (a finished report, to every coordinator) is stored once: the first
        // row carries its job, the others name it, and a row is pruned only once no unsent copy still needs it.
        """
        ALTER TABLE telegram_outbox ADD COLUMN job_id TEXT;
        ALTER TABLE telegram_outbox ADD COLUMN carries_job INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX telegram_outbox_by_job ON telegram_outbox (job_id, carries_job) WHERE job_id IS NOT NULL;
        """,
        // Every message asks for a report's newest history row and for the rows after the person's last screen: by
        // (report, key) both read the report's whole history, which grows with every change; by (report, id) they
        // are a seek. Nothing looks history up by key alone.
        """
        DROP INDEX answer_history_by_report;
        CREATE INDEX answer_history_by_report_id ON answer_history (report_id, id);
        """,
        // A new report's name is matched against the names sharing its core, whatever the year, and last year's report
        // by its core and year: one index, core first, serves both (by year first, naming read every report).
        """
        DROP INDEX reports_by_year_core;
        CREATE INDEX reports_by_core_year ON reports (agency_core, year);
        """,
    ];
}
