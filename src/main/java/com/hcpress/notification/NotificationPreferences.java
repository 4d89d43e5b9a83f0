package com.hcpress.notification;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountDirectory;

/** Each account's channels per category, and the language its messages are written in. */
@Service
@Transactional
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    NotificationPreferences(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Every category, with the account's choice or the default for its contact. */
    @Transactional(readOnly = true)
    public List<ChannelChoice> choices(long accountId) {
        Map<NotificationCategory, ChannelChoice> saved = new EnumMap<>(NotificationCategory.class);
        jdbc.sql("select category, email, sms from notification_preference where account_id = ?").param(accountId)
                .query((row, n) -> {
                    Optional<NotificationCategory> category = NotificationCategory.fromKey(row.getString("category"));
                    boolean email = row.getBoolean("email");
                    boolean sms = row.getBoolean("sms");
                    return category.map(known -> new ChannelChoice(known, email, sms));
                })
                .list().forEach(choice -> choice.ifPresent(c -> saved.put(c.category(), c)));
        Optional<Contact> contact = contact(accountId);
        List<ChannelChoice> choices = new ArrayList<>();
        for (NotificationCategory category : NotificationCategory.values()) {
            choices.add(saved.getOrDefault(category, defaultChoice(category, contact)));
        }
        return choices;
    }

    @Transactional(readOnly = true)
    public Optional<ChannelChoice> choice(long accountId, NotificationCategory category) {
        return choices(accountId).stream().filter(choice -> choice.category() == category).findFirst();
    }

    /** Saves the choices for every category, in the language of the page they were made on. */
    public void save(long accountId, List<ChannelChoice> choices, Locale locale) {
        for (ChannelChoice choice : choices) {
            put(accountId, choice);
        }
        jdbc.sql("insert into notification_language (account_id, language) values (?, ?) "
                        + "on conflict (account_id) do update set language = excluded.language")
                .params(accountId, locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh").update();
    }

    /** One-click unsubscribe: no more email for the category; false when the account is gone. */
    public boolean stopEmailIfAccountExists(long accountId, NotificationCategory category) {
        if (contact(accountId).isEmpty()) {
            return false;
        }
        ChannelChoice current = choice(accountId, category).orElseThrow();
        put(accountId, new ChannelChoice(category, false, current.sms()));
        return true;
    }

    /** The language each of these readers chose for what is sent to them, in one query; zh for those who chose none. */
    @Transactional(readOnly = true)
    public Map<Long, Locale> languages(Collection<Long> accountIds) {
        Map<Long, Locale> languages = new HashMap<>();
        if (accountIds.isEmpty()) {
            return languages;
        }
        jdbc.sql("select account_id, language from notification_language where account_id = any(?)")
                .param(accountIds.stream().distinct().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    languages.put(rs.getLong("account_id"), Contact.locale(rs.getString("language")));
                });
        for (Long account : accountIds) {
            languages.putIfAbsent(account, Contact.locale(null));
        }
        return languages;
    }

    @Transactional(readOnly = true)
    Optional<Contact> contact(long accountId) {
        return accounts.contact(accountId).map(contact -> new Contact(contact.email(), contact.mobile(),
                Contact.locale(jdbc.sql("select language from notification_language where account_id = ?")
                        .param(accountId).query(String.class).optional().orElse(null))));
    }

    private void put(long accountId, ChannelChoice choice) {
        jdbc.sql("insert into notification_preference (account_id, category, email, sms) values (?, ?, ?, ?) "
                        + "on conflict (account_id, category) do update set email = excluded.email, sms = excluded.sms")
                .params(accountId, choice.category().key(), choice.email(), choice.sms()).update();
    }

    private static ChannelChoice defaultChoice(NotificationCategory category, Optional<Contact> contact) {
        boolean on = category.sentByDefault();
        boolean email = on && contact.map(c -> c.email() != null).orElse(false);
        boolean sms = on && !email && contact.map(c -> c.mobile() != null).orElse(false);
        return new ChannelChoice(category, email, sms);
    }
}
