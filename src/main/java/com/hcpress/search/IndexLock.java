package com.hcpress.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One writer to the index at a time across every instance sharing the database: each reads the
 * current state of what it indexes only once it holds this PostgreSQL advisory lock, so an older
 * state can never overwrite a newer one. A crashed holder's lock goes with its connection.
 */
@Component
class IndexLock {

    private static final long KEY = 0x4843505253454152L; // "HCPRSEAR"

    private final DataSource dataSource;

    IndexLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void run(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "select pg_advisory_lock(?)");
            try {
                work.run();
            } finally {
                execute(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the search index lock", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
