package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.Verifications;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.RelatedArticle;
import com.hcpress.content.RelatedArticles;
import com.hcpress.support.HcpressIntegrationTest;

/** Related articles: by shared references, zone and terms, and only from zones the reader may read. */
@HcpressIntegrationTest
class RelatedArticlesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentEditor editor;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    RelatedArticles related;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    Consents consents;
    @Autowired
    Verifications verifications;


    @Test
    void articlesSharingAReferenceComeFirstAndOnlyFromZonesTheReaderPassed() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long demoZone = catalog.zone(TestUsers.ZONE).orElseThrow().id();
        long closedZone = editor.createZone(new NewZone("closed-" + tag, "封闭专区 " + tag, "Closed " + tag,
                "仅供测试", "For tests only", 99));
        // The new zone has no consent or questions of its own: a verified reader passes it at once,
        // while the demo zone stays closed to a reader who never gave its consent.
        String doi = "10.5555/related-" + tag;
        String mine = publish(closedZone, "mine-" + tag, "肝癌介入治疗的随访 " + tag, doi);
        String sameZone = publish(closedZone, "same-" + tag, "另一篇同专区文章 " + tag, doi);
        String otherZone = publish(demoZone, "other-" + tag, "演示专区的文章 " + tag, doi);
        String unrelated = publish(closedZone, "plain-" + tag, "无关的题目 " + tag, null);

        List<RelatedArticle> found = related.of(catalog.articleSummary(mine).orElseThrow().id());
        List<String> slugs = found.stream().map(RelatedArticle::slug).toList();
        assertThat(slugs).contains(sameZone, otherZone, unrelated).doesNotContain(mine);
        assertThat(slugs.indexOf(sameZone)).isLessThan(slugs.indexOf(unrelated));
        assertThat(slugs.indexOf(otherZone)).isLessThan(slugs.indexOf(unrelated));
        assertThat(found.get(slugs.indexOf(sameZone)).sharedReferences()).isEqualTo(1);

        AccountPrincipal reader = verifiedReaderOutsideTheDemoZone();
        String forReader = mvc.perform(get("/articles/" + mine + "/related").with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forReader).contains("/articles/" + sameZone).doesNotContain(otherZone).doesNotContain("演示专区的文章");

        String forEditor = mvc.perform(get("/articles/" + mine + "/related").with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forEditor).contains("/articles/" + otherZone);

        mvc.perform(get("/articles/" + mine + "/related")).andExpect(status().is3xxRedirection());
    }

    @Test
    void articlesWhoseBodiesShareDistinctiveTermsRankAboveTheRestOfTheZoneWithoutSharingTitleTerms() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long zone = editor.createZone(new NewZone("body-" + tag, "正文专区 " + tag, "Body " + tag, "仅供测试", "For tests only", 98));
        String subject = "经颈静脉肝内门体分流术后肝性脑病的预防，分流道直径与乳果糖、利福昔明的选择。"
                + " TIPS shunt diameter and hepatic encephalopathy prophylaxis with rifaximin and lactulose. ";
        String mine = publish(zone, "body-mine-" + tag, "第一篇 " + tag, null, subject.repeat(3));
        String alike = publish(zone, "body-alike-" + tag, "另一题目 " + tag.toUpperCase(), null,
                "病例讨论：" + subject.repeat(2) + "随访六个月。");
        String unlike = publish(zone, "body-unlike-" + tag, "无关题目 " + tag.toUpperCase(), null,
                "乙型肝炎疫苗接种后的抗体应答与加强免疫的时机。Hepatitis B vaccine booster timing.");
        assertThat(RelatedArticles.overlap(RelatedArticles.terms("第一篇 " + tag), RelatedArticles.terms("另一题目 " + tag.toUpperCase())))
                .as("the titles share no term but the tag, which both candidates share alike").isGreaterThan(0);

        List<RelatedArticle> found = related.of(catalog.articleSummary(mine).orElseThrow().id());
        List<String> slugs = found.stream().map(RelatedArticle::slug).toList();
        assertThat(slugs).contains(alike, unlike);
        assertThat(slugs.indexOf(alike)).as("shares the body's terms").isLessThan(slugs.indexOf(unlike));
        assertThat(found.get(slugs.indexOf(alike)).score()).isGreaterThan(found.get(slugs.indexOf(unlike)).score() + 1);
        assertThat(slugs.get(0)).isEqualTo(alike);
    }

    @Test
    void titleTermsCountLatinWordsAndPairsOfChineseCharacters() {
        assertThat(RelatedArticles.terms("TACE 联合 HAIC 治疗肝癌")).contains("tace", "haic", "联合", "治疗", "疗肝", "肝癌");
        assertThat(RelatedArticles.overlap(RelatedArticles.terms("HAIC 治疗肝癌"), RelatedArticles.terms("TACE 治疗肝癌")))
                .isGreaterThan(0.5);
    }

    private AccountPrincipal verifiedReaderOutsideTheDemoZone() {
        String email = "related-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.READER_PASSWORD,
                EnumSet.of(Role.READER));
        RequestOrigin origin = new RequestOrigin("127.0.0.1", "test");
        consents.record(id, consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id(),
                ConsentChoice.AGREED, origin);
        long submission = verifications.submit(id, new ProfileForm(Profession.DOCTOR, "相关测试", "测试医院", "介入科",
                "主治医师", "110440100026001"), png()).submissionId();
        long reviewer = accounts.find(SignInIdentifier.parse("reviewer@hcpress.test").orElseThrow()).orElseThrow().id();
        verifications.approve(reviewer, submission);
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String publish(long zoneId, String slug, String title, String doi) {
        return publish(zoneId, slug, title, doi, "用于相关文章测试。");
    }

    private String publish(long zoneId, String slug, String title, String doi, String body) {
        List<ReferenceData> references = doi == null ? List.of() : List.of(new ReferenceData(1, List.of("Doe J"), false,
                "A shared trial", "J Test", 2025, "1", "1", "1-2", doi, null, "Doe J. A shared trial. J Test. 2025."));
        long id = editor.createArticle(zoneId, slug, new ArticleDraft(title, "HCPress 编辑部", LocalDate.now(),
                ArticleKind.ORIGINAL, null, null, body, null, null, null, null, references));
        editor.publish(id);
        return slug;
    }
}
