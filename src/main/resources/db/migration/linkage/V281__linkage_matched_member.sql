-- The members the matcher has compared against everyone (in a batch, on arrival, or by the
-- catch-up). Members created by a route that announces nothing — an HMIS import, a demo load —
-- are the members missing here, and the catch-up matches them. No foreign key into families: a
-- deleted member's row is harmless and the catch-up reads members through families' view.
create table linkage.matched_member (
    member_id   uuid primary key,
    matched_at  timestamptz not null default now()
);
