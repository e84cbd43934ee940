-- The organization tree (党组织) and Party members, seeded by V2.
create table organization (
    code           varchar(64)  not null primary key,
    name           varchar(100) not null,
    kind           varchar(20)  not null,
    sector         varchar(20)  not null,
    parent_code    varchar(64)  references organization (code),
    path           varchar(400) not null,
    township_code  varchar(64),
    village        boolean      not null default false,
    generated      boolean      not null default false,
    sort_order     integer      not null
);
create index ix_organization_parent on organization (parent_code, sort_order);
create index ix_organization_path on organization (path);

create table party_member (
    id                bigint       not null primary key,
    name              varchar(50)  not null,
    gender            varchar(6)   not null,
    organization_code varchar(64)  not null references organization (code),
    occupation        varchar(20)  not null,
    generated         boolean      not null default true
);
create index ix_party_member_org on party_member (organization_code, id);

-- Which organization a user (an engine identity) belongs to; the server scopes what they see by it.
create table user_organization (
    user_id           varchar(64) not null primary key,
    organization_code varchar(64) not null references organization (code)
);

-- A row to lock while one node sets up the engine's groups, authorizations and filters,
-- so that several nodes starting together do it once.
create table setup_lock (
    name varchar(40) not null primary key
);
insert into setup_lock (name) values ('identity');
