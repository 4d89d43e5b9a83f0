package com.hcpress.comment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountDirectory;
import com.hcpress.analytics.ReaderComments;

/**
 * Counts readers' comments for the newsroom's statistics: one query grouping by article and author,
 * then one question to account for which of those authors are staff (their comments are left out).
 */
@Component
@Transactional(readOnly = true)
class ReaderCommentCounts implements ReaderComments {

    private record AuthorCount(long articleId, Long authorId, long comments) {
    }

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    ReaderCommentCounts(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Map<Long, Long> since(Collection<Long> articleIds, OffsetDateTime since) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        List<AuthorCount> rows = jdbc.sql("""
                        select article_id, author_id, count(*) as comments from comment
                         where article_id = any(?) and status <> 'DELETED' and created_at >= ?
                         group by article_id, author_id
                        """)
                .params(articleIds.stream().distinct().toArray(Long[]::new), since)
                .query((rs, n) -> new AuthorCount(rs.getLong("article_id"), rs.getObject("author_id", Long.class),
                        rs.getLong("comments")))
                .list();
        List<Long> authors = new ArrayList<>();
        rows.forEach(row -> {
            if (row.authorId() != null) {
                authors.add(row.authorId());
            }
        });
        Set<Long> staff = accounts.staff(authors);
        for (AuthorCount row : rows) {
            if (row.authorId() == null || !staff.contains(row.authorId())) {
                counts.merge(row.articleId(), row.comments(), Long::sum);
            }
        }
        return counts;
    }
}
