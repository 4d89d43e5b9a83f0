-- pg_restore runs with an empty search_path and recomputes article.body_terms while it loads the
-- rows: the vector's function must find article_terms without one. It keeps the search_path of
-- the schema it was made in.
create or replace function article_term_vector(body text) returns tsvector
    language sql immutable parallel safe
    set search_path from current as $$
    select array_to_tsvector(array(select distinct term from unnest(article_terms(body)) term))
$$;
