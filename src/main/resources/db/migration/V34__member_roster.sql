-- The member roster (花名册) imported from Excel: a member is known by their identity number (公民身份号码), which the
-- generated members lack; imported members take their ids from a sequence well above the generated ones.
alter table party_member add column identity_number varchar(18);
alter table party_member add column phone varchar(20);
create unique index ux_party_member_identity on party_member (identity_number);
create sequence party_member_id_seq start with 1000001;
