package com.hcpress.shared.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import com.hcpress.support.HcpressIntegrationTest;

/**
 * Two requests of one session that both add the CSRF token: the second save finds the row the
 * first wrote and must replace it, not fail on the key (which answered the reader with a 500).
 */
@HcpressIntegrationTest
class SameAttributeTwiceTest {

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> stored;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttributeAnotherRequestAddedMeanwhileIsReplaced() {
        sameAttributeTwice(stored);
    }

    private <S extends Session> void sameAttributeTwice(FindByIndexNameSessionRepository<S> sessions) {
        S session = sessions.createSession();
        session.setAttribute("first", "kept");
        sessions.save(session);
        S meanwhile = sessions.findById(session.getId());
        S now = sessions.findById(session.getId());

        meanwhile.setAttribute("token", "from the other request");
        sessions.save(meanwhile);
        now.setAttribute("token", "from this request");
        sessions.save(now);

        assertThat(jdbc.sql("select count(*) from spring_session_attributes a join spring_session s "
                        + "on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = 'token'")
                .param(session.getId()).query(Long.class).single()).isEqualTo(1);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("token")).isEqualTo("from this request");
        sessions.deleteById(session.getId());
    }
}
