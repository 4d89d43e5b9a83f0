package com.hcpress.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The account row, its roles and its access tokens (never their secret). The row itself is deleted
 * last, by {@link AccountRegistry#erase}, once every other feature has let go of it; roles, tokens
 * and one-time codes go with it by their foreign keys.
 */
@Component
@Order(10)
class AccountPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", ExportRows.of(jdbc, """
                select id, email, mobile, created_at, enabled,
                       (select string_agg(role, ',' order by role) from user_role r where r.user_id = u.id) as roles
                from app_user u where id = ?""", accountId).stream().findFirst().orElseThrow());
        data.put("accessTokens", ExportRows.of(jdbc, """
                select name, hint, created_at, last_used_at, revoked_at
                from personal_access_token where user_id = ? order by id""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        // Nothing before the row itself goes: see AccountRegistry#erase.
    }
}
