package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ImageText;
import com.hcpress.content.NewZone;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class ImageLibraryTest {

    private static final Pattern STORED = Pattern.compile("/images/(\\d+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ContentEditor editor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CacheChanges changes;

    @Test
    void gpsAndCameraDataAreGoneFromWhatIsStored() throws Exception {
        byte[] upload = jpegWithGps(photo(400, 300));
        assertThat(markers(upload)).contains(0xE1);
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, "HCPress Camera")).isTrue();

        long id = upload(upload, zone(), "A ward corridor", "Taken on the ward");

        byte[] stored = jdbc.sql("select data from image where id = ?").param(id).query(byte[].class).single();
        assertThat(markers(stored)).as("no APP1 (EXIF, XMP) nor any other application segment but JFIF")
                .doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
        assertThat(contains(stored, "Exif")).isFalse();
        assertThat(contains(stored, "HCPress Camera")).isFalse();
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(pixels.getWidth()).isEqualTo(400);
        assertThat(pixels.getHeight()).isEqualTo(300);
        assertThat(jdbc.sql("select alt_text || '|' || caption from image where id = ?").param(id).query(String.class).single())
                .isEqualTo("A ward corridor|Taken on the ward");
    }

    @Test
    void altTextIsRequiredAndNothingIsStoredWithout() throws Exception {
        long before = jdbc.sql("select count(*) from image").query(Long.class).single();
        MockHttpServletResponse refused = mvc.perform(multipart("/editor/articles/images")
                        .file(new MockMultipartFile("image", "x.png", "image/png", png(photo(40, 30))))
                        .param("zoneId", Long.toString(zone())).param("alt", "  ").with(csrf())
                        .with(TestUsers.asDemo(users, "editor")).header("HX-Request", "true"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("请填写替代文字");
        assertThat(jdbc.sql("select count(*) from image").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theLibraryListsSearchesAndPagesAZonesImagesOnly() throws Exception {
        String slug = "library-" + UUID.randomUUID().toString().substring(0, 8);
        long zone = editor.createZone(new NewZone(slug, "图片库测试", "Library zone", "测试。", "A test.", 95));
        long other = upload(png(photo(50, 50)), zone(), "Another zone's picture", "");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            ids.add(upload(png(photo(60 + i, 40)), zone, i == 3 ? "肝动脉造影" : "Figure " + i, i == 5 ? "术后随访" : ""));
        }
        String first = page("/editor/zones/" + slug + "/images");
        assertThat(first).contains("/editor/images/" + ids.get(25) + "/thumbnail")
                .doesNotContain("/editor/images/" + ids.get(1) + "/thumbnail")
                .doesNotContain("/editor/images/" + other + "/thumbnail")
                .contains("before=" + ids.get(2));
        String second = page("/editor/zones/" + slug + "/images?before=" + ids.get(2));
        assertThat(second).contains("/editor/images/" + ids.get(1) + "/thumbnail", "/editor/images/" + ids.get(0) + "/thumbnail")
                .doesNotContain("before=");
        String found = page("/editor/zones/" + slug + "/images", "造影");
        assertThat(found).contains("/editor/images/" + ids.get(3) + "/thumbnail")
                .doesNotContain("/editor/images/" + ids.get(4) + "/thumbnail");
        assertThat(page("/editor/zones/" + slug + "/images", "术后")).contains("/editor/images/" + ids.get(5) + "/thumbnail");
        String picker = page("/editor/images/picker?zoneId=" + zone);
        assertThat(picker).contains("data-pick-cover=\"" + ids.get(25) + "\"").doesNotContain("data-pick-cover=\"" + other + "\"");

        assertThat(status(get("/editor/zones/" + slug + "/images?before=abc"))).isEqualTo(400);
        assertThat(status(get("/editor/images/picker"))).isEqualTo(400);
    }

    @Test
    void cropsAreNewImagesOfTheSameZoneInTheAskedShape() throws Exception {
        long id = upload(png(photo(400, 300)), zone(), "A chart", "Survival");
        MockHttpServletResponse wide = mvc.perform(post("/editor/images/" + id + "/crops").param("aspect", "16:9")
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(wide.getStatus()).isEqualTo(302);
        long crop = Long.parseLong(wide.getRedirectedUrl().replaceAll(".*#image-", ""));
        assertThat(jdbc.sql("select width || 'x' || height || ' ' || aspect || ' ' || zone_id || ' ' || derived_from || ' ' || alt_text "
                + "from image where id = ?").param(crop).query(String.class).single())
                .isEqualTo("400x225 16:9 " + zone() + " " + id + " A chart");
        MockHttpServletResponse square = mvc.perform(post("/editor/images/" + id + "/crops").param("aspect", "1:1")
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        long squareId = Long.parseLong(square.getRedirectedUrl().replaceAll(".*#image-", ""));
        assertThat(jdbc.sql("select width || 'x' || height from image where id = ?").param(squareId).query(String.class).single())
                .isEqualTo("300x300");
        assertThat(status(post("/editor/images/" + id + "/crops").param("aspect", "4:3").with(csrf()))).isEqualTo(400);
        assertThat(status(post("/editor/images/999999999/crops").param("aspect", "1:1").with(csrf()))).isEqualTo(404);
    }

    @Test
    void wordsAreEditedWithTheirChecksAndTheThumbnailIsForStaffOnly() throws Exception {
        long id = upload(png(photo(500, 400)), zone(), "Before", "");
        assertThat(status(post("/editor/images/" + id + "/text").param("alt", "").param("caption", "x").with(csrf())))
                .isEqualTo(400);
        assertThat(status(post("/editor/images/" + id + "/text").param("alt", "After").param("caption", "A caption")
                .with(csrf()))).isEqualTo(302);
        assertThat(jdbc.sql("select alt_text || '|' || caption from image where id = ?").param(id).query(String.class).single())
                .isEqualTo("After|A caption");

        MockHttpServletResponse thumbnail = mvc.perform(get("/editor/images/" + id + "/thumbnail")
                .with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getContentAsByteArray()));
        assertThat(small.getWidth()).isLessThanOrEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);
        assertThat(mvc.perform(get("/editor/images/" + id + "/thumbnail").with(TestUsers.asDemo(users, "reader")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aLoneImageBecomesAFigureWithItsCaption() {
        String markdown = new ImageText("造影图", "图 1 \"术前\"").markdown(7);
        assertThat(markdown).isEqualTo("![造影图](/images/7 \"图 1 \\\"术前\\\"\")");
        String html = editor.preview("Text before.\n\n" + markdown + "\n\nInline ![x](/images/8) stays.", java.util.Set.of()).html();
        assertThat(html).contains("<figure><img src=\"/images/7\" alt=\"造影图\" /><figcaption>图 1 &#34;术前&#34;</figcaption></figure>")
                .contains("Inline <img src=\"/images/8\" alt=\"x\" /> stays.");
    }

    @Test
    void aCaptionChangedInTheLibraryShowsInThePublishedArticleAtOnce() throws Exception {
        long image = upload(png(photo(64, 48)), zone(), "旧的替代文字", "图 1 旧图注");
        String slug = "figure-" + UUID.randomUUID().toString().substring(0, 8);
        long article = editor.createArticle(zone(), slug, new ArticleDraft("图注测试 " + slug, "HCPress 编辑部",
                LocalDate.now(), ArticleKind.ORIGINAL, null, null,
                "正文。\n\n" + new ImageText("旧的替代文字", "图 1 旧图注").markdown(image) + "\n\n后文。",
                null, null, null, null, List.of()));
        editor.publish(article);
        assertThat(page("/articles/" + slug)).contains("<figcaption>图 1 旧图注</figcaption>", "alt=\"旧的替代文字\"");

        List<String> dropped = new CopyOnWriteArrayList<>();
        changes.subscribe(PublishedRevisions.CHANGES, dropped::add);
        assertThat(status(post("/editor/images/" + image + "/text").param("alt", "新的替代文字")
                .param("caption", "图 1 新图注 <术前>").with(csrf()))).isEqualTo(302);
        // The notice every instance hears names the article; this instance dropped its page.
        assertThat(dropped).contains(Long.toString(article));
        String shown = page("/articles/" + slug);
        assertThat(shown).contains("<figcaption>图 1 新图注 &lt;术前&gt;</figcaption>", "alt=\"新的替代文字\"")
                .doesNotContain("旧图注");
        // The stored revision is untouched: only what is shown follows the library.
        assertThat(jdbc.sql("select body_html from article where id = ?").param(article).query(String.class).single())
                .contains("旧图注");
    }

    @Test
    void theDemoImagesHaveAltTextAndAreNotFlagged() throws Exception {
        long cover = catalog.publishedArticle("tace-haic-2025-review").orElseThrow().coverImageId();
        String found = page("/editor/zones/liver-intervention/images", "肝脏轮廓");
        int card = found.indexOf("id=\"image-" + cover + "\"");
        assertThat(card).isPositive();
        String coverCard = found.substring(card, found.indexOf("</li>", card));
        assertThat(coverCard).contains("alt=\"示意图：肝脏轮廓").doesNotContain("缺少替代文字");
        String photo = page("/editor/zones/liver-intervention/images", "人像轮廓");
        assertThat(photo).contains("专家照片的占位图");
        assertThat(photo.substring(photo.indexOf("class=\"image-grid\""))).doesNotContain("缺少替代文字");
    }

    private long upload(byte[] bytes, long zoneId, String alt, String caption) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/editor/articles/images")
                        .file(new MockMultipartFile("image", "photo.jpg", "image/jpeg", bytes))
                        .param("zoneId", Long.toString(zoneId)).param("alt", alt).param("caption", caption).with(csrf())
                        .with(TestUsers.asDemo(users, "editor")).header("HX-Request", "true"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        Matcher matcher = STORED.matcher(response.getContentAsString());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String page(String path) throws Exception {
        return page(path, null);
    }

    private String page(String path, String query) throws Exception {
        var request = get(path).with(TestUsers.asDemo(users, "editor"));
        if (query != null) {
            request = request.param("q", query);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus();
    }

    private long zone() {
        return catalog.zone("liver-intervention").orElseThrow().id();
    }

    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 140));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: an EXIF segment with the camera's make and a GPS block
     * (22°32'N, 113°57'E), right after the start of the image.
     */
    static byte[] jpegWithGps(BufferedImage image) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: Make, GPS pointer.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(15).putInt(38);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(54);
        tiff.putInt(0);
        // 8 + 2 + 24 + 4 = 38: the Make text.
        tiff.put("HCPress Camera\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        tiff.put((byte) 0);
        // 54: GPS IFD with four entries, rationals after it at 54 + 2 + 48 + 4 = 108.
        tiff.position(54);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(108);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(132);
        tiff.putInt(0);
        tiff.position(108);
        tiff.putInt(22).putInt(1).putInt(32).putInt(1).putInt(0).putInt(1);
        tiff.putInt(113).putInt(1).putInt(57).putInt(1).putInt(0).putInt(1);
        byte[] exif = ByteBuffer.allocate(6 + tiff.position()).put(new byte[] {'E', 'x', 'i', 'f', 0, 0})
                .put(tiff.array(), 0, tiff.position()).array();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write(exif.length + 2);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data. */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return markers;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
