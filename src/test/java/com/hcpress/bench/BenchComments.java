package com.hcpress.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import com.hcpress.comment.CommentImports;

/**
 * Comments on the benchmark's articles: the most read articles get the most (up to 200 top-level
 * comments, so their comment list runs to ten pages), the least read a handful. About a quarter
 * of the comments get one to three replies, and likes lean on a few comments. Seeded.
 */
final class BenchComments {

    private static final String[] ZH = {"这篇综述对临床很有帮助，尤其是关于联合治疗的部分。", "请问文中提到的灌注方案适用于肝功能 Child-Pugh B 级的患者吗？",
            "我们中心的经验与文中数据接近，客观缓解率略低。", "期待作者后续补充长期随访结果。", "文献整理得很全面，已收藏。",
            "不良反应的处理部分能否再展开讲讲？", "这个亚组分析的样本量偏小，结论需要谨慎解读。"};
    private static final String[] EN = {"A useful summary, especially the part on combination therapy.",
            "Would this regimen apply to Child-Pugh B patients as well?", "Our centre's experience matches these figures.",
            "Looking forward to the long-term follow-up.", "The subgroup is small; I would read this result with care.",
            "Could the authors say more about managing adverse events?"};

    private final CommentImports imports;
    private final List<Long> readers;
    private final Random random;
    private final Instant now = Instant.now();

    BenchComments(CommentImports imports, List<Long> readers, long seed) {
        this.imports = imports;
        this.readers = readers;
        this.random = new Random(seed);
    }

    /** How many top-level comments the article of this popularity rank (1 = most read) gets. */
    static int topLevelCount(int rank) {
        return Math.max(2, Math.min(200, 2400 / (rank + 11)));
    }

    /** Writes the comments of one article; returns how many top-level comments it has. */
    int write(long articleId, int rank) {
        int count = topLevelCount(rank);
        for (int i = 0; i < count; i++) {
            Instant at = now.minus(Duration.ofMinutes(10L * (count - i) + random.nextInt(10)));
            long id = imports.comment(articleId, reader(), text(), at);
            like(id);
            if (random.nextInt(4) == 0) {
                int replies = 1 + random.nextInt(3);
                for (int r = 0; r < replies; r++) {
                    like(imports.reply(articleId, id, reader(), text(), at.plus(Duration.ofMinutes(1 + r))));
                }
            }
        }
        return count;
    }

    private void like(long commentId) {
        int likes = random.nextInt(10) == 0 ? 5 + random.nextInt(20) : random.nextInt(3);
        for (int i = 0; i < likes; i++) {
            imports.like(commentId, reader());
        }
    }

    private long reader() {
        return readers.get(random.nextInt(readers.size()));
    }

    private String text() {
        return random.nextBoolean() ? ZH[random.nextInt(ZH.length)] : EN[random.nextInt(EN.length)];
    }
}
