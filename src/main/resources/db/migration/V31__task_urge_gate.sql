-- 催办's hourly limit, kept by one conditional update per task (the notification module's): an urge moves
-- next_allowed_at an hour on only when it has passed, so two nodes urging at once cannot both succeed.
create table task_urge_gate (
    task_id         varchar(64) not null primary key,
    next_allowed_at timestamp   not null
);
