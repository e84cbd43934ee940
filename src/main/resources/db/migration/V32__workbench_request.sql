-- The workbench's Idempotency-Keys (a completion or a start sent again after a lost connection): one row per user and
-- key, inserted first in the transaction that does the work, so a second request with the same key waits for the first
-- and then reads its stored answer; a request that fails leaves no row.
create table workbench_request (
    user_id         varchar(64)   not null,
    idempotency_key varchar(100)  not null,
    target          varchar(200)  not null,
    answer          varchar(8000),
    created_at      timestamp     not null,
    primary key (user_id, idempotency_key)
);
