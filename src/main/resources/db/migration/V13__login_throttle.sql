-- Login throttling per user and client address, shared by every node: a row holds the wrong
-- passwords of one user from one address, and until when further attempts from there are refused.
create table login_throttle (
    user_id         varchar(64) not null,
    client_address  varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamp,
    locked_until    timestamp,
    primary key (user_id, client_address)
);
