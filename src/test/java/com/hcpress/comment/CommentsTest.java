package com.hcpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.gate.GateClosedException;
import com.hcpress.gate.GateStep;
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The rules of commenting, through the public API every page and the JSON API use. */
@HcpressIntegrationTest
class CommentsTest {

    @Autowired
    Comments comments;
    @Autowired
    CommentModeration moderation;
    final TestUsers readers;
    final Recount recount;
    @Autowired
    JdbcClient jdbc;

    ArticleSummary article;
    AccountPrincipal alice;
    AccountPrincipal bob;
    AccountPrincipal editor;

    @Autowired
    CommentsTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
        this.recount = new Recount(context.getBean(JdbcClient.class));
    }

    @BeforeEach
    void freshArticleAndReaders() {
        article = readers.freshArticle();
        alice = readers.passedReader();
        bob = readers.passedReader();
        editor = readers.demo("editor");
    }

    @Test
    void aPassedReaderPostsAndEveryoneSeesItWithTheCount() {
        CommentView posted = comments.post(alice, article, "  TACE 之后多久复查增强 CT？\r\n\r\n\r\n\r\n我们一般四周。  ", null);

        assertThat(posted.text().plain()).isEqualTo("TACE 之后多久复查增强 CT？\n\n我们一般四周。");
        assertThat(posted.mine()).isTrue();
        assertThat(posted.editable()).isTrue();
        CommentPage seenByBob = comments.firstPage(bob, article);
        assertThat(seenByBob.total()).isEqualTo(1);
        assertThat(seenByBob.comments()).extracting(CommentView::id).containsExactly(posted.id());
        assertThat(seenByBob.comments().get(0).mine()).isFalse();
        // A neutral handle: nothing of the author's email (alice's local part, the domain) or digits.
        assertThat(seenByBob.comments().get(0).author().name()).matches("用户 [a-z2-9]{6}");
    }

    @Test
    void bodiesMustHaveOneToTwoThousandCharactersAfterTrimming() {
        assertThatThrownBy(() -> comments.post(alice, article, " \n\t ", null))
                .isInstanceOfSatisfying(InvalidCommentException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("body", "comment.error.empty"));
        assertThatThrownBy(() -> comments.post(alice, article, "肝".repeat(2001), null))
                .isInstanceOf(InvalidCommentException.class);
        assertThat(comments.post(alice, article, "  " + "肝".repeat(2000) + "  ", null).text().plain()).hasSize(2000);
        assertThat(comments.post(bob, article, "好", null).text().plain()).isEqualTo("好");
    }

    @Test
    void repliesHangOneLevelDeepAndTheFirstThreeComeWithTheirComment() {
        CommentView question = comments.post(alice, article, "门脉癌栓的患者大家怎么选？", null);
        List<Long> replies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            replies.add(comments.reply(i % 2 == 0 ? alice : bob, article, question.id(), "回复 " + i, null).id());
        }

        CommentView shown = comments.firstPage(alice, article).comments().get(0);
        assertThat(shown.replyCount()).isEqualTo(5);
        assertThat(shown.replies()).extracting(CommentView::id).containsExactlyElementsOf(replies.subList(0, 3));
        assertThat(shown.hasMoreReplies()).isTrue();
        ReplyPage more = comments.replies(alice, article, question.id(), Long.toString(shown.lastReplyId()));
        assertThat(more.replies()).extracting(CommentView::id).containsExactlyElementsOf(replies.subList(3, 5));
        assertThat(more.hasMore()).isFalse();
        assertThat(comments.afterReply(alice, article, question.id()).replies()).hasSize(5);
        assertThat(comments.count(alice, article)).isEqualTo(6);

        assertThatThrownBy(() -> comments.reply(bob, article, replies.get(0), "回复的回复", null))
                .isInstanceOfSatisfying(CommentActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentActionException.Reason.NOT_REPLYABLE));
        assertThat(recount.matches(article.id())).isTrue();
    }

    @Test
    void authorsEditWithinTenMinutesAndTheCommentIsMarkedEdited() {
        CommentView posted = comments.post(alice, article, "初稿", null);
        assertThatThrownBy(() -> comments.edit(bob, article, posted.id(), "不是我的"))
                .isInstanceOfSatisfying(CommentActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentActionException.Reason.NOT_YOURS));

        CommentView edited = comments.edit(alice, article, posted.id(), "修改后的内容");
        assertThat(edited.text().plain()).isEqualTo("修改后的内容");
        assertThat(edited.edited()).isTrue();

        jdbc.sql("update comment set created_at = now() - interval '11 minutes' where id = ?").param(posted.id()).update();
        assertThatThrownBy(() -> comments.edit(alice, article, posted.id(), "太晚了"))
                .isInstanceOfSatisfying(CommentActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentActionException.Reason.EDIT_WINDOW_CLOSED));
        assertThat(comments.comment(alice, article, posted.id()).editable()).isFalse();
    }

    @Test
    void authorsDeleteTheirOwnAndTheRepliesUnderItGoWithTheCount() {
        CommentView mine = comments.post(alice, article, "我的评论", null);
        comments.reply(bob, article, mine.id(), "鲍勃的回复", null);
        CommentView other = comments.post(bob, article, "另一条", null);
        assertThat(comments.count(alice, article)).isEqualTo(3);

        assertThatThrownBy(() -> comments.delete(alice, article, other.id())).isInstanceOf(CommentActionException.class);
        comments.delete(alice, article, mine.id());

        assertThat(comments.count(alice, article)).isEqualTo(1);
        assertThat(comments.firstPage(alice, article).comments()).extracting(CommentView::id).containsExactly(other.id());
        assertThatThrownBy(() -> comments.comment(alice, article, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(recount.matches(article.id())).isTrue();
    }

    @Test
    void oneLikePerReaderAndUnlikeTakesItBack() {
        CommentView posted = comments.post(alice, article, "值得一赞", null);

        assertThat(comments.like(bob, article, posted.id())).isEqualTo(new LikeState(posted.id(), true, 1));
        assertThat(comments.like(bob, article, posted.id())).isEqualTo(new LikeState(posted.id(), true, 1));
        assertThat(comments.like(alice, article, posted.id()).likeCount()).isEqualTo(2);
        assertThat(comments.comment(bob, article, posted.id()).likedByMe()).isTrue();
        assertThat(comments.unlike(bob, article, posted.id())).isEqualTo(new LikeState(posted.id(), false, 1));
        assertThat(comments.unlike(bob, article, posted.id()).likeCount()).isEqualTo(1);
        assertThat(recount.matches(article.id())).isTrue();
    }

    @Test
    void newestAndMostLikedPagesWalkEveryCommentOnceWithoutOffsets() {
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            posted.add(comments.post(readers.passedReader(), article, "第 " + i + " 条", null).id());
        }
        for (int i = 0; i < 45; i += 7) {
            comments.like(alice, article, posted.get(i));
        }
        for (int i = 0; i < 45; i += 14) {
            comments.like(bob, article, posted.get(i));
        }

        List<CommentView> newest = walk(CommentOrder.NEWEST);
        assertThat(newest).extracting(CommentView::id).containsExactlyElementsOf(reversed(posted));
        List<CommentView> liked = walk(CommentOrder.MOST_LIKED);
        assertThat(liked).extracting(CommentView::id).doesNotHaveDuplicates().hasSize(45);
        assertThat(liked.get(0).likeCount()).isEqualTo(2);
        assertThat(liked).isSortedAccordingTo((a, b) -> a.likeCount() != b.likeCount()
                ? Integer.compare(b.likeCount(), a.likeCount()) : Long.compare(b.id(), a.id()));
        assertThatThrownBy(() -> comments.page(alice, article, CommentOrder.MOST_LIKED, "n123"))
                .isInstanceOf(InvalidCommentException.class);
    }

    @Test
    void theSameFormSubmittedTwiceMakesOneComment() {
        CommentView first = comments.post(alice, article, "只应出现一次", "form-key-0001");
        CommentView again = comments.post(alice, article, "只应出现一次", "form-key-0001");
        CommentView byBob = comments.post(bob, article, "鲍勃用了同一个键", "form-key-0001");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(byBob.id()).isNotEqualTo(first.id());
        assertThat(comments.count(alice, article)).isEqualTo(2);
        assertThatThrownBy(() -> comments.post(alice, article, "坏键", "<script>")).isInstanceOf(InvalidCommentException.class);
    }

    @Test
    void postingIsLimitedToFiveAMinuteAndAHundredADay() {
        CommentView first = comments.post(alice, article, "快速发言", "limit-key-0001");
        for (int i = 1; i < 5; i++) {
            comments.post(alice, article, "快速发言 " + i, null);
        }
        assertThatThrownBy(() -> comments.post(alice, article, "第六条", null))
                .isInstanceOfSatisfying(PostingLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(PostingLimitException.Limit.PER_MINUTE);
                    assertThat(e.retryAfter().toSeconds()).isBetween(1L, 60L);
                });
        assertThat(comments.post(alice, article, "快速发言", "limit-key-0001").id())
                .as("a retry of a post already made is no new post").isEqualTo(first.id());
        assertThat(comments.count(alice, article)).isEqualTo(5);
    }

    @Test
    void aHundredCommentsADayIsTheMost() {
        jdbc.sql("""
                        insert into comment (article_id, author_id, body, created_at)
                        select ?, ?, '早些时候的评论', now() - interval '2 hours' from generate_series(1, 100)
                        """)
                .params(article.id(), bob.id()).update();
        assertThatThrownBy(() -> comments.post(bob, article, "第一百零一条", null))
                .isInstanceOfSatisfying(PostingLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(PostingLimitException.Limit.PER_DAY));
    }

    @Test
    void reportsAreCountedOncePerReaderAndNeedAReason() {
        CommentView posted = comments.post(alice, article, "可能有问题的评论", null);
        assertThatThrownBy(() -> comments.report(bob, article, posted.id(), null, null))
                .isInstanceOf(InvalidCommentException.class);

        assertThat(comments.report(bob, article, posted.id(), ReportReason.MISINFORMATION, "剂量写错了")).isTrue();
        assertThat(comments.report(bob, article, posted.id(), ReportReason.SPAM, null)).isFalse();

        ModerationItem queued = moderation.queue(editor, ModerationFilter.REPORTED, null).items().stream()
                .filter(item -> item.id() == posted.id()).findFirst().orElseThrow();
        assertThat(queued.openReports()).isEqualTo(1);
        assertThat(queued.reportReasons()).containsExactly(ReportReason.MISINFORMATION);
    }

    @Test
    void theModerationQueueKeepsToAnArticleOrAZoneAndNamesWhereEachCommentIs() {
        CommentView posted = comments.post(alice, article, "待审核的评论", null);
        ArticleSummary other = readers.freshArticle();
        CommentView elsewhere = comments.post(bob, other, "另一篇文章的评论", null);

        List<ModerationItem> onArticle = moderation.queue(editor, ModerationFilter.RECENT,
                new ModerationScope(article.slug(), null), null).items();
        assertThat(onArticle).extracting(ModerationItem::id).containsExactly(posted.id());
        ModerationItem item = onArticle.get(0);
        assertThat(item.articleSlug()).isEqualTo(article.slug());
        assertThat(item.articleTitle()).isEqualTo(article.title());
        assertThat(item.zoneSlug()).isEqualTo(TestUsers.ZONE);
        assertThat(item.author().name()).matches("用户 [a-z2-9]{6}");
        assertThat(item.authorAccount()).isNotBlank();

        assertThat(moderation.queue(editor, ModerationFilter.RECENT, new ModerationScope(null, TestUsers.ZONE), null).items())
                .extracting(ModerationItem::id).contains(posted.id(), elsewhere.id());
        assertThat(moderation.queue(editor, ModerationFilter.RECENT, new ModerationScope(null, "no-such-zone"), null).items())
                .isEmpty();
        assertThat(moderation.queue(editor, ModerationFilter.RECENT, new ModerationScope("no-such-article", null), null).items())
                .isEmpty();
    }

    @Test
    void hiddenCommentsVanishForReadersWithTheirRepliesAndComeBackWhenRestored() {
        CommentView top = comments.post(alice, article, "将被隐藏", null);
        CommentView reply = comments.reply(bob, article, top.id(), "回复", null);
        CommentView other = comments.post(bob, article, "保留", null);
        assertThat(comments.count(bob, article)).isEqualTo(3);

        moderation.hide(editor, top.id(), "含有患者可识别信息");
        assertThat(comments.count(bob, article)).isEqualTo(1);
        assertThat(comments.firstPage(bob, article).comments()).extracting(CommentView::id).containsExactly(other.id());
        assertThatThrownBy(() -> comments.like(bob, article, reply.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.reply(bob, article, top.id(), "还能回复吗", null))
                .isInstanceOf(CommentActionException.class);

        moderation.hide(editor, reply.id(), "一并隐藏");
        moderation.restore(editor, top.id(), "已处理");
        assertThat(comments.count(bob, article)).isEqualTo(2);
        moderation.restore(editor, reply.id(), "已处理");
        assertThat(comments.count(bob, article)).isEqualTo(3);
        assertThat(recount.matches(article.id())).isTrue();

        assertThatThrownBy(() -> moderation.restore(editor, top.id(), "已经可见")).isInstanceOf(CommentActionException.class);
        assertThatThrownBy(() -> moderation.hide(editor, top.id(), " ")).isInstanceOf(InvalidCommentException.class);
        moderation.delete(editor, top.id(), "违规");
        assertThatThrownBy(() -> moderation.restore(editor, top.id(), "删除不可恢复")).isInstanceOf(CommentActionException.class);
        assertThat(comments.count(bob, article)).isEqualTo(1);
        assertThat(recount.matches(article.id())).isTrue();
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by id").param("comment:" + top.id())
                .query(String.class).list()).containsExactly("comment.hidden", "comment.restored", "comment.deleted");
    }

    @Test
    void oneCommentPerArticleIsPinnedAndShownFirst() {
        CommentView first = comments.post(alice, article, "先置顶的", null);
        CommentView second = comments.post(bob, article, "后置顶的", null);
        moderation.pin(editor, first.id());
        assertThat(comments.firstPage(alice, article).pinned().id()).isEqualTo(first.id());
        assertThat(comments.firstPage(alice, article).comments()).extracting(CommentView::id).containsExactly(second.id());

        moderation.pin(editor, second.id());
        CommentPage page = comments.firstPage(alice, article);
        assertThat(page.pinned().id()).isEqualTo(second.id());
        assertThat(page.comments()).extracting(CommentView::id).containsExactly(first.id());

        CommentView reply = comments.reply(alice, article, second.id(), "回复不能置顶", null);
        assertThatThrownBy(() -> moderation.pin(editor, reply.id())).isInstanceOf(CommentActionException.class);
        moderation.unpin(editor, second.id());
        assertThat(comments.firstPage(alice, article).pinned()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('comment.pinned', 'comment.unpinned') and subject in (?, ?)")
                .params("comment:" + first.id(), "comment:" + second.id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void readersCannotModerate() {
        CommentView posted = comments.post(alice, article, "普通评论", null);
        assertThatThrownBy(() -> moderation.hide(bob, posted.id(), "我不喜欢"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void someoneWhoHasNotPassedTheGateGetsNothingNotEvenTheCount() {
        comments.post(alice, article, "只给认证读者看", null);
        AccountPrincipal newcomer = readers.unverifiedReader();

        assertThatThrownBy(() -> comments.count(newcomer, article)).isInstanceOfSatisfying(GateClosedException.class,
                e -> assertThat(e.step()).isEqualTo(GateStep.AGREEMENT));
        assertThatThrownBy(() -> comments.firstPage(newcomer, article)).isInstanceOf(GateClosedException.class);
        assertThatThrownBy(() -> comments.firstPage(null, article)).isInstanceOfSatisfying(GateClosedException.class,
                e -> assertThat(e.step()).isEqualTo(GateStep.SIGN_IN));
        assertThatThrownBy(() -> comments.post(newcomer, article, "我也想说", null)).isInstanceOf(GateClosedException.class);
        assertThat(comments.count(alice, article)).isEqualTo(1);
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private List<CommentView> walk(CommentOrder order) {
        List<CommentView> all = new ArrayList<>();
        String cursor = null;
        do {
            CommentPage page = comments.page(alice, article, order, cursor);
            assertThat(page.comments().size()).isLessThanOrEqualTo(20);
            all.addAll(page.comments());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }
}
