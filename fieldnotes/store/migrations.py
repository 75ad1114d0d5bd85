"""Schema migrations, one function per change; never edit one that has shipped.

To change the schema, add a function decorated with ``@MIGRATIONS()`` at the end and
bump ``SCHEMA_VERSION`` in ``schema_version.py`` (a test checks the two agree).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldnotes.domain.cac import load_framework
from fieldnotes.store import fts

MIGRATIONS = Migrations("fieldnotes")

INITIAL_SCHEMA = """
CREATE TABLE study (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    pseudonym TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    real_name TEXT,
    consent_status TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    consent_note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE codes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT NOT NULL DEFAULT '',
    color TEXT,
    locked INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
);
CREATE INDEX codes_by_parent ON codes(parent_id);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'team meeting',
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    location TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE meeting_attendees (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX attendees_by_participant ON meeting_attendees(participant_id);
CREATE TABLE observations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    time TEXT,
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX observations_by_meeting ON observations(meeting_id, position);
CREATE TABLE observation_codes (
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (observation_id, code_id)
) WITHOUT ROWID;
CREATE INDEX observation_codes_by_code ON observation_codes(code_id);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    speaker_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    original_text TEXT,
    language TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX quotes_by_observation ON quotes(observation_id, position);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    verdict TEXT CHECK (verdict IN ('agree', 'partly', 'disagree')),
    comment TEXT NOT NULL DEFAULT '',
    received TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX feedback_by_observation ON feedback(observation_id, position);
CREATE TABLE memos (
    id TEXT PRIMARY KEY,
    about TEXT,
    text TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE cac_rounds (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    date TEXT,
    position INTEGER NOT NULL
);
CREATE TABLE cac_responses (
    id INTEGER PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES cac_rounds(id) ON DELETE CASCADE,
    respondent_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    position INTEGER NOT NULL
);
CREATE INDEX responses_by_round ON cac_responses(round_id, position);
CREATE TABLE cac_scores (
    response_id INTEGER NOT NULL REFERENCES cac_responses(id) ON DELETE CASCADE,
    item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 26),
    score CHECK (typeof(score) IN ('integer', 'real') AND score BETWEEN 0 AND 100),
    PRIMARY KEY (response_id, item)
) WITHOUT ROWID;
"""


@MIGRATIONS()
def m001_initial_schema(db: Database) -> None:
    """Create the whole domain and seed the locked CAC framework codes."""
    db.executescript(INITIAL_SCHEMA)
    db.execute("INSERT INTO study (id, title, description) VALUES (1, 'Untitled study', '')")
    framework = load_framework()
    rows: list[tuple[str, str, str | None, str, int]] = []
    for dimension in framework.dimensions:
        rows.append((dimension.code_id, dimension.name, None, "", len(rows)))
        for number in dimension.items:
            item = framework.item(number)
            rows.append((item.code_id, item.text, dimension.code_id, "", len(rows)))
    db.conn.executemany(
        "INSERT INTO codes (id, name, parent_id, description, color, locked, position) "
        "VALUES (?, ?, ?, ?, NULL, 1, ?)",
        rows,
    )


@MIGRATIONS()
def m002_search(db: Database) -> None:
    """Full-text index over observations (filled from existing data) and saved searches."""
    fts.create(db.conn)
    db.execute(
        "CREATE TABLE saved_searches (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " query TEXT NOT NULL DEFAULT '', filters TEXT NOT NULL DEFAULT '{}',"
        " position INTEGER NOT NULL)"
    )


@MIGRATIONS()
def m003_theme_origin(db: Database) -> None:
    """Whether a theme was set up top-down or emerged from the material."""
    db.execute("ALTER TABLE codes ADD COLUMN origin TEXT")


@MIGRATIONS()
def m004_observation_refs(db: Database) -> None:
    """Short references (O-12) for member checking: unique, stable, never reused.

    A counter hands out the next number; a trigger numbers any observation inserted
    without one, so every way of adding observations gets a reference.
    """
    db.executescript(
        """
        ALTER TABLE observations ADD COLUMN ref INTEGER;
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO counters (name, value) VALUES ('observation_ref', 1);
        """
    )
    rows = db.conn.execute(
        "SELECT o.rowid FROM observations o JOIN meetings m ON m.id = o.meeting_id "
        "ORDER BY m.date IS NULL, m.date, m.start_time, m.position, o.position"
    ).fetchall()
    db.conn.executemany(
        "UPDATE observations SET ref = ? WHERE rowid = ?",
        ((i + 1, r[0]) for i, r in enumerate(rows)),
    )
    db.execute("UPDATE counters SET value = ? WHERE name = 'observation_ref'", (len(rows) + 1,))
    db.execute("CREATE UNIQUE INDEX observations_by_ref ON observations(ref)")
    db.execute(
        """
        CREATE TRIGGER observation_ref_assign AFTER INSERT ON observations WHEN new.ref IS NULL
        BEGIN
            UPDATE observations
            SET ref = (SELECT value FROM counters WHERE name = 'observation_ref')
            WHERE rowid = new.rowid;
            UPDATE counters SET value = value + 1 WHERE name = 'observation_ref';
        END
        """
    )


@MIGRATIONS()
def m005_language(db: Database) -> None:
    """Per-project settings (the member-check document language), a team's own CAC
    wording, and a participant's verdict kept word for word when it was not understood.
    """
    db.executescript(
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE cac_wording (
            language TEXT NOT NULL,
            key TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (language, key)
        );
        ALTER TABLE feedback ADD COLUMN verdict_text TEXT;
        """
    )


@MIGRATIONS()
def m006_merge_tracking(db: Database) -> None:
    """Version vectors, authors and times on every mergeable row, tombstones, conflict
    records, and the triggers that keep them (see ``store/sync/schema.py``).
    """
    from fieldnotes.store.sync.schema import install

    install(db.conn, getattr(db.conn, "path", None))


@MIGRATIONS()
def m007_voice_and_actions(db: Database) -> None:
    """Who spoke or acted in an observation, and the agreements and actions it records
    (status history as JSON: a short list only ever read whole). Both are part of an
    observation's content for merging, so the tracking triggers are renewed. Also a log
    of member-check documents written, for the study's timeline.
    """
    from fieldnotes.store.sync.schema import reinstall_triggers

    for statement in VOICE_AND_ACTIONS.split(";"):  # executescript would commit midway
        if statement.strip():
            db.execute(statement)
    reinstall_triggers(db.conn)


VOICE_AND_ACTIONS = """
CREATE TABLE observation_speakers (
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (observation_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX speakers_by_participant ON observation_speakers(participant_id);
CREATE TABLE actions (
    observation_id TEXT PRIMARY KEY REFERENCES observations(id) ON DELETE CASCADE,
    owner_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    due TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    history TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;
CREATE INDEX actions_by_status ON actions(status);
CREATE TABLE member_checks (
    id TEXT PRIMARY KEY,
    sent TEXT NOT NULL,
    file_name TEXT NOT NULL,
    observations INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en'
);
"""


def apply_migrations(conn: object) -> None:
    """Bring the file's schema up to date inside per-migration transactions."""
    db = Database(conn, execute_plugins=False, recursive_triggers=True)  # type: ignore[arg-type]
    MIGRATIONS.apply(db)
    applied = len(MIGRATIONS.applied(db))
    db.execute(f"PRAGMA user_version = {applied}")
