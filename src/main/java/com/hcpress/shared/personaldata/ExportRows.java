package com.hcpress.shared.personaldata;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of a query about one account as the export shows them. */
public final class ExportRows {

    private ExportRows() {
    }

    /** The rows of {@code sql}, whose one parameter is the account id. */
    public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows().stream().map(ExportRows::plain).toList();
    }

    /** Column values as JSON likes them: times as ISO-8601 text, in the order of the columns. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(column,
                value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value));
        return out;
    }
}
