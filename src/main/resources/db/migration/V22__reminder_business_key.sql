-- A reminder keeps its case's business key, now words as Cockpit shows them ("2026年述职·乌拉山镇·#3"),
-- up to the engine's 255 characters.
alter table reminder alter column business_key set data type varchar(255);
