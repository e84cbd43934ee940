-- Each village organization's secretary (书记) and village head (主任): the first two members in its subtree.
update party_member set position = 'VILLAGE_SECRETARY' where id in (
    select min(m.id) from party_member m join organization o on o.code = m.organization_code
    join organization v on v.village = true and o.path like v.path || '%'
    group by v.code);
update party_member set position = 'VILLAGE_HEAD' where id in (
    select min(m.id) from party_member m join organization o on o.code = m.organization_code
    join organization v on v.village = true and o.path like v.path || '%'
    where m.position is null
    group by v.code);
