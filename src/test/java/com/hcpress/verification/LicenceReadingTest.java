package com.hcpress.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.privacy.PersonalDataExport;
import com.hcpress.support.HcpressIntegrationTest;

/** Real Tesseract runs on synthetic licences, through the job queue, on PostgreSQL. */
@HcpressIntegrationTest
class LicenceReadingTest {

    @Autowired
    Verifications verifications;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LicencePhotoRetention retention;
    @Autowired
    PersonalDataExport export;
    @Autowired
    LicenceReadings readings;
    @Autowired
    PlatformTransactionManager transactionManager;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(registry);
    }

    static SyntheticLicences.Photo tiltedLicence(long seed) {
        SyntheticLicences.Licence licence = SyntheticLicences.licence(new Random(seed));
        SyntheticLicences.Distortion mild = new SyntheticLicences.Distortion("Noto Sans CJK SC", 4, 0.4, 6, 85, 0.01, 0.1);
        byte[] jpeg = SyntheticLicences.jpeg(SyntheticLicences.photograph(SyntheticLicences.page(licence, mild.font()),
                mild, new Random(seed)), mild.jpegQuality());
        return new SyntheticLicences.Photo(licence, mild, jpeg);
    }

    static ProfileForm doctorForm(SyntheticLicences.Licence licence) {
        return new ProfileForm(Profession.DOCTOR, licence.name(), licence.institution(), "内科", "主治医师", licence.number());
    }

    @Test
    void theNumberAndNameOnAPhotoAreReadInTheBackgroundAndShownBesideWhatWasTyped() {
        SyntheticLicences.Photo photo = tiltedLicence(7);
        AccountPrincipal reader = accounts.reader();
        long id = verifications.submit(reader.id(), doctorForm(photo.licence()), photo.jpeg()).submissionId();

        LicenceReadingView reading = awaitReading(id);

        assertThat(reading.state()).isEqualTo(LicenceReadingView.State.READ);
        assertThat(reading.licenceNumber()).isEqualTo(photo.licence().number());
        assertThat(reading.numberMatches(photo.licence().number())).isTrue();
        assertThat(reading.numberMatches("110000000000000")).isFalse();
        assertThat(reading.realName()).isEqualTo(photo.licence().name());
        assertThat(reading.category()).isEqualTo(photo.licence().category());
        assertThat(jdbc.sql("select count(*) from licence_reading_job where submission_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void whatWasReadIsExportedAndDeletedWithThePhoto() {
        SyntheticLicences.Photo photo = tiltedLicence(11);
        AccountPrincipal reader = accounts.reader();
        long id = verifications.submit(reader.id(), doctorForm(photo.licence()), photo.jpeg()).submissionId();
        awaitReading(id);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) export.export(reader.id()).get("submissions");
        assertThat(exported).singleElement().satisfies(row -> {
            assertThat(row.get("photo_reading_status")).isEqualTo("READ");
            assertThat(row.get("photo_read_licence_number")).isEqualTo(photo.licence().number());
        });

        verifications.approve(accounts.reviewer().id(), id);
        jdbc.sql("update verification_submission set decided_at = now() - interval '40 days' where id = ?").param(id).update();
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(readings.find(id)).isEmpty();
        assertThat(jdbc.sql("select p.perceptual_hash is null from licence_photo p join verification_submission s on s.licence_photo_id = p.id where s.id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void withoutTesseractTheReadingSaysSoAndNothingBreaks() {
        AccountPrincipal reader = accounts.reader();
        long id = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        awaitReading(id);
        jdbc.sql("delete from licence_reading where submission_id = ?").param(id).update();
        jdbc.sql("insert into licence_reading_job (submission_id) values (?)").param(id).update();
        LicenceReadingJobs missing = new LicenceReadingJobs(jdbc, readings, transactionManager,
                "/nonexistent/tesseract", Duration.ofSeconds(5), Duration.ofHours(1), false);

        assertThat(missing.available()).isFalse();
        missing.runDue();

        // The application's own reader may have taken the job first; then it reads the photo.
        LicenceReadingView.State state = await().atMost(Duration.ofMinutes(2))
                .until(() -> readings.find(id), java.util.Optional::isPresent).orElseThrow().state();
        assertThat(state).isIn(LicenceReadingView.State.UNAVAILABLE, LicenceReadingView.State.READ);
    }

    @Test
    void theSameLicenceNumberAndTheSamePhotoOnAnotherAccountAreFlagged() {
        SyntheticLicences.Photo photo = tiltedLicence(23);
        AccountPrincipal first = accounts.reader();
        long firstId = verifications.submit(first.id(), doctorForm(photo.licence()), photo.jpeg()).submissionId();
        verifications.approve(accounts.reviewer().id(), firstId);
        AccountPrincipal second = accounts.reader();
        // The same picture re-encoded at a lower quality.
        byte[] again = SyntheticLicences.jpeg(TestImages.decode(photo.jpeg()), 60);
        long secondId = verifications.submit(second.id(), doctorForm(photo.licence()), again).submissionId();

        List<DuplicateFlag> flags = verifications.duplicates(verifications.submission(secondId).orElseThrow());

        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(DuplicateFlag.Kind.SAME_LICENCE_NUMBER);
            assertThat(flag.otherSubmissionId()).isEqualTo(firstId);
            assertThat(flag.otherStatus()).isEqualTo(SubmissionStatus.APPROVED);
        });
        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(DuplicateFlag.Kind.SIMILAR_PHOTO);
            assertThat(flag.otherSubmissionId()).isEqualTo(firstId);
        });

        // Another licence, photographed another way (as the duplicate threshold was measured).
        SyntheticLicences.Photo other = SyntheticLicences.photo(24, SyntheticLicences.fonts());
        long thirdId = verifications.submit(accounts.reader().id(), doctorForm(other.licence()), other.jpeg()).submissionId();
        assertThat(verifications.duplicates(verifications.submission(thirdId).orElseThrow()))
                .noneMatch(flag -> flag.otherSubmissionId() == firstId || flag.otherSubmissionId() == secondId);
    }

    private LicenceReadingView awaitReading(long id) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> verifications.reading(id), r -> r.state() != LicenceReadingView.State.WAITING);
    }
}
