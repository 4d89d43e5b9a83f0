package com.hcpress.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/**
 * A zone's images for editors: listed newest first a page at a time by key, found by their
 * words, described (alt text and caption), and cut to a cover's shape. An image never leaves its
 * zone, so it stays behind that zone's gate wherever it is used.
 */
@Service
@Transactional
public class ImageLibrary {

    public static final int PAGE = 24;
    static final int THUMBNAIL_WIDTH = 320;
    static final int THUMBNAIL_HEIGHT = 240;
    private static final String COLUMNS = "id, zone_id, width, height, alt_text, caption, created_at, derived_from, aspect";

    private final Images images;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LibraryFigures figures;

    ImageLibrary(Images images, JdbcClient jdbc, AuditLog audit, LibraryFigures figures) {
        this.figures = figures;
        this.images = images;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * One page of the zone's images with id below {@code beforeId} (null: the newest), those
     * whose alt text or caption contain {@code query} when it is not blank.
     */
    @Transactional(readOnly = true)
    public LibraryPage page(long zoneId, String query, Long beforeId) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<LibraryImage> found = jdbc.sql("select " + COLUMNS + " from image where zone_id = :zone and id < :before "
                        + "and (:text = '' or lower(alt_text) like :pattern or lower(caption) like :pattern) "
                        + "order by id desc limit :limit")
                .param("zone", zoneId).param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("text", text).param("pattern", pattern).param("limit", PAGE + 1)
                .query(ImageLibrary::row).list();
        if (found.size() <= PAGE) {
            return new LibraryPage(found, null);
        }
        List<LibraryImage> shown = found.subList(0, PAGE);
        return new LibraryPage(List.copyOf(shown), shown.get(PAGE - 1).id());
    }

    @Transactional(readOnly = true)
    public Optional<LibraryImage> image(long id) {
        return jdbc.sql("select " + COLUMNS + " from image where id = ?").param(id).query(ImageLibrary::row).optional();
    }

    /** Stores an upload read by {@link ImageUploads} with its words; the caller checked {@link ImageText#problems()}. */
    public long store(ImageFile file, long zoneId, ImageText text, long actorId) {
        requireDescribed(text);
        long id = images.save(new StoredImage(file, zoneId, text, thumbnail(file))).id();
        audit.record(actorId, "image.uploaded", "image:" + id, null, "zone:" + zoneId);
        return id;
    }

    public void describe(long id, ImageText text, long actorId) {
        requireDescribed(text);
        StoredImage image = images.findById(id).orElseThrow(() -> new IllegalArgumentException("No image " + id));
        ImageText before = image.text();
        image.describe(text);
        audit.record(actorId, "image.described", "image:" + id, before.alt(), text.alt());
        figures.wordsChanged(id);
    }

    /** A new image of the same zone: the largest centred part of the image in that shape. */
    public long crop(long id, CropAspect aspect, long actorId) {
        StoredImage source = images.findById(id).orElseThrow(() -> new IllegalArgumentException("No image " + id));
        ImageFile file = source.toFile();
        BufferedImage pixels = decode(file);
        int[] box = aspect.centredIn(pixels.getWidth(), pixels.getHeight());
        BufferedImage cut = ImageEncoding.redraw(pixels, box[0], box[1], box[2], box[3], box[2], box[3]);
        ImageFile cropped = ImageEncoding.encode(cut, file.contentType().substring("image/".length()));
        long cropId = images.save(StoredImage.cropOf(source, cropped, aspect, thumbnail(cropped))).id();
        audit.record(actorId, "image.cropped", "image:" + cropId, "image:" + id, aspect.label());
        return cropId;
    }

    /** The library's small preview, made once on first request for images stored before it kept them. */
    public Optional<ImageFile> thumbnail(long id) {
        return images.findById(id).map(image -> {
            if (image.thumbnail() == null) {
                image.keepThumbnail(thumbnail(image.toFile()));
            }
            byte[] bytes = image.thumbnail();
            String type = ImageFiles.contentType(bytes);
            return new ImageFile(type, 0, 0, ImageFiles.sha256(bytes), bytes);
        });
    }

    private static byte[] thumbnail(ImageFile file) {
        BufferedImage small = ImageEncoding.fit(decode(file), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
        return ImageEncoding.encode(small, small.getColorModel().hasAlpha() ? "png" : "jpeg").bytes();
    }

    private static BufferedImage decode(ImageFile file) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
            if (image == null) {
                throw new IllegalStateException("A stored image no longer decodes");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireDescribed(ImageText text) {
        if (!text.problems().isEmpty()) {
            throw new IllegalArgumentException("Image words not acceptable: " + text.problems());
        }
    }

    private static LibraryImage row(ResultSet rs, int row) throws SQLException {
        long zone = rs.getLong("zone_id");
        Long zoneId = rs.wasNull() ? null : zone;
        long derived = rs.getLong("derived_from");
        Long derivedFrom = rs.wasNull() ? null : derived;
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new LibraryImage(rs.getLong("id"), zoneId, rs.getInt("width"), rs.getInt("height"),
                new ImageText(rs.getString("alt_text"), rs.getString("caption")), created, derivedFrom,
                rs.getString("aspect"));
    }
}
