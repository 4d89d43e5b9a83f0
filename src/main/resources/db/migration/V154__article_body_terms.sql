-- The terms of an article's body, for "more like this" among related articles: Latin words (lower
-- case, at least two characters, not only digits, web addresses dropped) and pairs of adjacent
-- Chinese characters, the same kinds of terms as RelatedArticles takes from titles. PostgreSQL's
-- parsers do not split Chinese, so the terms are made here and kept as lexemes as they are.
-- article_terms keeps repeats (for a term's frequency in one body); the column keeps each once.
create function article_terms(body text) returns text[]
    language sql immutable parallel safe as $$
    with plain as (
        select regexp_replace(lower(coalesce(body, '')), '(https?://|www\.|doi:)[^[:space:])>\]]*', ' ', 'g') as t)
    select coalesce(array_agg(term), '{}') from (
        select w[1] as term from plain, regexp_matches(plain.t, '([a-z0-9][a-z0-9+-]*[a-z0-9+])', 'g') w
        union all
        select substr(r[1], i, 2) from plain, regexp_matches(plain.t, '([一-龥]{2,})', 'g') r,
               generate_series(1, char_length(r[1]) - 1) i
    ) terms
    where term !~ '^[0-9+-]+$'
      and term not in ('and', 'the', 'for', 'with', 'of', 'in', 'on', 'to', 'an', 'vs', 'or', 'by', 'at', 'from',
                       'is', 'are', 'was', 'were', 'be', 'as', 'that', 'this', 'it', 'its', 'not', 'but', 'than')
$$;

create function article_term_vector(body text) returns tsvector
    language sql immutable parallel safe as $$
    select array_to_tsvector(array(select distinct term from unnest(article_terms(body)) term))
$$;

alter table article
    add column body_terms tsvector generated always as (article_term_vector(body_markdown)) stored;

create index article_body_terms on article using gin (body_terms);
