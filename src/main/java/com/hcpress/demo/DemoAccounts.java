package com.hcpress.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.PasswordHash;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.consent.Consents;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.gate.Gate;
import com.hcpress.questionnaire.Questionnaires;

/**
 * One account per stage of the gate, plus staff, all with the password {@value #PASSWORD}. Listed
 * in the README.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "hcpress-demo";
    private static final RequestOrigin DEMO = new RequestOrigin("127.0.0.1", "HCPress demo data");

    private final AccountRegistry accounts;
    private final Consents consents;
    private final Questionnaires questionnaires;
    private final DemoVerifications verifications;
    private final Gate gate;
    private final ZoneGrants zoneGrants;
    private PasswordHash passwordHash;

    DemoAccounts(AccountRegistry accounts, Consents consents, Questionnaires questionnaires,
                 DemoVerifications verifications, Gate gate, ZoneGrants zoneGrants) {
        this.gate = gate;
        this.zoneGrants = zoneGrants;
        this.accounts = accounts;
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.verifications = verifications;
    }

    @Transactional
    public void load(long zoneId, DemoGateLoader.GateDocuments documents) {
        long reviewer = create("reviewer", EnumSet.of(Role.REVIEWER));
        long editor = create("editor", EnumSet.of(Role.EDITOR));
        long admin = create("admin", EnumSet.of(Role.ADMIN));
        // The demo editor also signs off the medicine of the demo zone, so one account shows the whole workflow.
        zoneGrants.grant(admin, editor, zoneId, ZoneRole.MEDICAL_REVIEWER);
        create("newcomer", EnumSet.of(Role.READER));

        long pending = consented("pending", documents);
        verifications.submit(pending, "张明", "某市第一人民医院");

        long rejected = consented("rejected", documents);
        long rejectedSubmission = verifications.submit(rejected, "李华", "某县中医院");
        verifications.reject(reviewer, rejectedSubmission, "执业证书照片模糊，无法辨认证书编号，请重新拍摄后提交。");

        long reader = consented("reader", documents);
        long readerSubmission = verifications.submit(reader, "王芳", "某大学附属肿瘤医院");
        verifications.approve(reviewer, readerSubmission);
        questionnaires.answer(reader, zoneId, Map.of(
                "specialty", List.of("interventional-radiology"),
                "interests", List.of("tace-combination", "haic")));
        gate.firstTimePassed(reader, zoneId); // the demo reader has seen the "passed" screen already
    }

    private long consented(String name, DemoGateLoader.GateDocuments documents) {
        long id = create(name, EnumSet.of(Role.READER));
        consents.record(id, documents.agreement().id(), ConsentChoice.AGREED, DEMO);
        consents.record(id, documents.zoneConsent().id(), ConsentChoice.AGREED, DEMO);
        return id;
    }

    private long create(String name, Set<Role> roles) {
        return accounts.create(SignInIdentifier.parse(name + "@hcpress.test").orElseThrow(), passwordHash(), roles);
    }

    /** The demo accounts share one password: hashing it once saves a second of start-up. */
    PasswordHash passwordHash() {
        if (passwordHash == null) {
            passwordHash = accounts.hash(PASSWORD);
        }
        return passwordHash;
    }
}
