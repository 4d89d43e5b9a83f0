package com.hcpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void aCursorReadsBackInItsOwnOrder() {
        assertThat(Cursor.parse(new Cursor(CommentOrder.NEWEST, 0, 890050).encode(), CommentOrder.NEWEST))
                .isEqualTo(new Cursor(CommentOrder.NEWEST, 0, 890050));
        assertThat(Cursor.parse(new Cursor(CommentOrder.MOST_LIKED, 12, 77).encode(), CommentOrder.MOST_LIKED))
                .isEqualTo(new Cursor(CommentOrder.MOST_LIKED, 12, 77));
        assertThat(Cursor.parse(null, CommentOrder.NEWEST)).isNull();
        assertThat(Cursor.parse(" ", CommentOrder.MOST_LIKED)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"l3-5", "n-1", "n1 or 1=1", "n99999999999999999999", "x1"})
    void anythingElseIsRefusedForTheNewestOrder(String text) {
        assertThatThrownBy(() -> Cursor.parse(text, CommentOrder.NEWEST)).isInstanceOf(InvalidCommentException.class);
    }

    @Test
    void statusMovesOnlyWhereModerationAllows() {
        assertThat(CommentStatus.VISIBLE.canBecome(CommentStatus.HIDDEN)).isTrue();
        assertThat(CommentStatus.HIDDEN.canBecome(CommentStatus.VISIBLE)).isTrue();
        assertThat(CommentStatus.HIDDEN.canBecome(CommentStatus.DELETED)).isTrue();
        assertThat(CommentStatus.VISIBLE.canBecome(CommentStatus.VISIBLE)).isFalse();
        assertThat(CommentStatus.DELETED.canBecome(CommentStatus.VISIBLE)).isFalse();
        assertThatThrownBy(() -> CommentStatus.DELETED.moveTo(CommentStatus.HIDDEN, 1))
                .isInstanceOf(CommentActionException.class);
    }

    @Test
    void unknownSortOrFilterValuesFallBackToTheDefault() {
        assertThat(CommentOrder.parse("liked")).isEqualTo(CommentOrder.MOST_LIKED);
        assertThat(CommentOrder.parse("<x>")).isEqualTo(CommentOrder.NEWEST);
        assertThat(ModerationFilter.parse("recent")).isEqualTo(ModerationFilter.RECENT);
        assertThat(ModerationFilter.parse(null)).isEqualTo(ModerationFilter.REPORTED);
        assertThat(ReportReason.parse("spam")).isEqualTo(ReportReason.SPAM);
        assertThat(ReportReason.parse("<script>")).isNull();
    }
}
