-- Users who must change their password before anything else: the configured first administrator and
-- whoever got their password from an administrator (created or reset). Cleared when they change it.
create table password_change_required (
    user_id  varchar(64) not null primary key,
    since    timestamp   not null
);
