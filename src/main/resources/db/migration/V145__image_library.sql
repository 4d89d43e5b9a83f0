-- The image library: every image of a zone carries the words readers who cannot see it are given
-- (alt text, required for new uploads; older images keep '' until an editor describes them) and an
-- optional caption, a small preview for the library, and, for a crop, the image it was cut from.
alter table image
    add column alt_text     varchar(300) not null default '',
    add column caption      varchar(500) not null default '',
    add column thumbnail    bytea,
    add column derived_from bigint references image (id),
    add column aspect       varchar(5) check (aspect in ('16:9', '1:1'));

-- The library lists a zone's images newest first, a page at a time by key.
create index image_zone_newest on image (zone_id, id desc);
