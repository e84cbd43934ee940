-- A user's half-filled form kept on the server (task-<taskId> or start-<processKey>): the newer savedAt wins.
create table workbench_draft (
    user_id    varchar(64)    not null,
    draft_key  varchar(120)   not null,
    draft_values varchar(70000) not null,
    saved_at   timestamp      not null,
    primary key (user_id, draft_key)
);
