-- An article is original, a digest or a translation; the latter two name their source, and the
-- credits name who wrote, medically reviewed and edited our text.
alter table article add column kind text not null default 'ORIGINAL'
    check (kind in ('ORIGINAL', 'DIGEST', 'TRANSLATION'));
alter table article add column original_source text;
alter table article add column author_credit text;
update article set kind = case when original then 'ORIGINAL' else 'DIGEST' end;
alter table article drop column original;

alter table article_revision add column kind text not null default 'ORIGINAL'
    check (kind in ('ORIGINAL', 'DIGEST', 'TRANSLATION'));
alter table article_revision add column original_source text;
alter table article_revision add column author_credit text;
update article_revision set kind = case when original then 'ORIGINAL' else 'DIGEST' end;
alter table article_revision drop column original;
