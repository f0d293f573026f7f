-- Schema version 6: the exercise pictures a handout printed, once each, by the SHA-256 of their SVG.
-- A handout's snapshot names its pictures by hash, so a reprint draws exactly what was printed even after
-- a pose changes, without every snapshot carrying its own copy. A stored picture never changes.
CREATE TABLE picture (
    sha256  TEXT PRIMARY KEY,
    svg     TEXT NOT NULL
);
CREATE TRIGGER picture_never_changes BEFORE UPDATE ON picture
BEGIN
    SELECT RAISE(ABORT, 'a stored picture never changes');
END;
