package com.hcpress.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding accounts for administrators, and the names to show for account ids in lists. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    public static final int MAX_QUERY = 254;

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accounts whose email or mobile contains {@code query}, or whose id it is, by id ascending
     * after {@code afterId}; a blank query lists everyone.
     */
    public List<AccountSummary> search(String query, long afterId, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Object> values = new ArrayList<>();
        String match = "";
        if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            match = " and (u.email like ? escape '\\' or u.mobile like ? escape '\\'"
                    + (text.matches("\\d{1,18}") ? " or u.id = ?" : "") + ")";
            values.add(like);
            values.add(like);
            if (text.matches("\\d{1,18}")) {
                values.add(Long.parseLong(text));
            }
        }
        List<Object> params = new ArrayList<>();
        params.add(afterId);
        params.addAll(values);
        params.add(limit);
        return jdbc.sql("select u.id, coalesce(u.email, u.mobile) as name, u.enabled, u.created_at, "
                        + "coalesce(string_agg(r.role, ',' order by r.role), '') as roles "
                        + "from app_user u left join user_role r on r.user_id = u.id where u.id > ?" + match
                        + " group by u.id order by u.id limit ?")
                .params(params).query(AccountDirectory::summary).list();
    }

    /** The email or mobile of each of these accounts that still exists. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, coalesce(email, mobile) as name from app_user where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    /** The email of each of these accounts that has one. */
    public Map<Long, String> emails(Collection<Long> ids) {
        Map<Long, String> emails = new HashMap<>();
        if (ids.isEmpty()) {
            return emails;
        }
        jdbc.sql("select id, email from app_user where id = any(?) and email is not null")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    emails.put(rs.getLong("id"), rs.getString("email"));
                });
        return emails;
    }

    /** The email and mobile of an account that exists and is enabled; empty otherwise. */
    public Optional<AccountContact> contact(long id) {
        return jdbc.sql("select email, mobile from app_user where id = ? and enabled").param(id)
                .query((rs, n) -> new AccountContact(rs.getString("email"), rs.getString("mobile"))).optional();
    }

    /** Those of these accounts that are editors or administrators. */
    public Set<Long> staff(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct user_id from user_role where user_id = any(?) and role in ('EDITOR', 'ADMIN')")
                .param(ids.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }

    private static AccountSummary summary(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(role -> !role.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        return new AccountSummary(rs.getLong("id"), rs.getString("name"), roles, rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
