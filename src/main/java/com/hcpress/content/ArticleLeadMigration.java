package com.hcpress.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 150: the column {@code article.lead}, the opening words that zone lists show,
 * filled here for the articles already written with the same {@link ArticleLead} rule that
 * {@link Article#revise} applies to every new revision. A Java migration, since the rule is Java.
 */
@Component
class ArticleLeadMigration implements JavaMigration {

    private static final int BATCH = 100;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("150");
    }

    @Override
    public String getDescription() {
        return "article lead";
    }

    @Override
    public Integer getChecksum() {
        return 150_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table article add column lead text");
        }
        try (PreparedStatement read = connection.prepareStatement("select id, body_html from article order by id");
             PreparedStatement write = connection.prepareStatement("update article set lead = ? where id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, ArticleLead.of(rows.getString("body_html")));
                    write.setLong(2, rows.getLong("id"));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
