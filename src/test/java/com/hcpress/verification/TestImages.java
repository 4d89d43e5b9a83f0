package com.hcpress.verification;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Uploads good and bad, made on the spot: nothing here allocates the pixels it claims to have. */
public final class TestImages {

    static {
        // No cache files: the tests may run before anything has made the temporary directory.
        ImageIO.setUseCache(false);
    }

    private TestImages() {
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small licence-like picture: a white card with coloured bars. */
    public static BufferedImage card(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0B6E99));
        g.fillRect(0, 0, width, height / 5);
        g.setColor(Color.DARK_GRAY);
        for (int line = 1; line <= 3; line++) {
            g.fillRect(width / 10, height / 5 + line * height / 6, width * 6 / 10, Math.max(1, height / 20));
        }
        g.dispose();
        return image;
    }

    /** Something that looks like a licence in a screenshot: a card with a title, a name and a number. */
    public static BufferedImage licence() {
        BufferedImage image = card(900, 600);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new java.awt.Font("Noto Sans CJK SC", java.awt.Font.BOLD, 56));
        g.drawString("护士执业证书", 60, 85);
        g.setColor(Color.WHITE);
        g.fillRect(80, 190, 600, 320);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new java.awt.Font("Noto Sans CJK SC", java.awt.Font.PLAIN, 40));
        g.drawString("姓名  李静", 90, 260);
        g.drawString("编号  NUR-2024-0001", 90, 350);
        g.drawString("执业地点  市第一人民医院", 90, 440);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] smallJpeg() {
        return jpeg(card(320, 200), 0.9f);
    }

    public static byte[] smallPng() {
        return png(card(320, 200));
    }

    /** A genuine JPEG of random pixels, which compress badly: about 6 MB. */
    public static byte[] sixMegabyteJpeg() {
        BufferedImage noise = new BufferedImage(1750, 1750, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return jpeg(noise, 1.0f);
    }

    /** The first half of a PNG of random pixels: the header is fine, the image data stops short. */
    public static byte[] truncatedPng() {
        BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] whole = png(noise);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A tiny valid JPEG whose frame header (SOF0) is patched to claim width x height pixels. */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] bytes = jpeg(card(16, 16), 0.8f);
        for (int i = 2; i + 8 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
                bytes[i + 5] = (byte) (height >> 8);
                bytes[i + 6] = (byte) height;
                bytes[i + 7] = (byte) (width >> 8);
                bytes[i + 8] = (byte) width;
                return bytes;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    /**
     * A decompression bomb: a 1-bit PNG of 20000 x 20000 pixels, all black, which deflates to a
     * few tens of kilobytes and would decode to hundreds of megabytes.
     */
    public static byte[] pngBomb() {
        int side = 20_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] row = new byte[1 + side / 8];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < side; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A real JPEG with an HTML page hidden in a comment segment, readable as either. */
    public static byte[] jpegHtmlPolyglot() {
        return withSegment(smallJpeg(), 0xFE, "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** A JPEG carrying an EXIF block with an orientation, a camera make and a GPS latitude reference. */
    public static byte[] jpegWithExif(BufferedImage image, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put(new byte[] {'G', 'P', 'S', 0});
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.position()).put(new byte[] {'E', 'x', 'i', 'f', 0, 0})
                .put(tiff.array(), 0, tiff.position()).array();
        return withSegment(jpeg(image, 0.95f), 0xE1, exif);
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
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

    /** The JPEG with one more segment right after its start-of-image marker. */
    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
