-- Relief batches are idempotent, on any number of nodes: a client's Idempotency-Key is unique, and so is
-- what a batch pays (its content fingerprint: rule, the rule's parameters or the sorted member list, the
-- amount per member) within a round; paying the same again is a deliberate next round (repeatOf).
alter table relief_batch add column idempotency_key varchar(100);
alter table relief_batch add column request_hash varchar(64);
alter table relief_batch add column content_fingerprint varchar(64);
alter table relief_batch add column content_round integer default 1 not null;
update relief_batch set content_fingerprint = 'before-v17:' || id;
alter table relief_batch alter column content_fingerprint set not null;
create unique index relief_batch_idempotency_key on relief_batch (idempotency_key);
create unique index relief_batch_content_round on relief_batch (content_fingerprint, content_round);
