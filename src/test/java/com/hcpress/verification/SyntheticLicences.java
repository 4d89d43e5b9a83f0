package com.hcpress.verification;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws made-up 医师执业证书 pages photographed badly: known values, a CJK font installed on the
 * machine, then rotation, perspective, lighting, blur, noise and JPEG loss. Nothing here is a real
 * licence; the same seed always draws the same picture.
 */
public final class SyntheticLicences {

    static {
        ImageIO.setUseCache(false);
    }

    public record Licence(String name, String category, String scope, String number, String institution) {
    }

    /** How a photo was spoiled, for reports. */
    public record Distortion(String font, double rotationDegrees, double blur, double noise, int jpegQuality,
                             double perspective, double lightingDrop) {
    }

    public record Photo(Licence licence, Distortion distortion, byte[] jpeg) {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "玉", "兰", "红", "建", "国", "晓",
            "海", "云", "宇", "辉", "鹏", "琳", "慧", "婷", "雪"};
    private static final String[] CATEGORIES = {"临床", "中医", "口腔", "公共卫生"};
    private static final String[] SCOPES = {"内科专业", "外科专业", "妇产科专业", "儿科专业", "眼耳鼻咽喉科专业",
            "皮肤病与性病专业", "精神卫生专业", "医学影像和放射治疗专业", "全科医学专业", "急救医学专业", "中医专业",
            "口腔专业", "公共卫生类别专业"};
    private static final String[] PLACES = {"北京", "上海", "广州", "杭州", "成都", "武汉", "南京", "西安"};
    private static final String[] KINDS = {"第一人民医院", "中心医院", "中医医院", "妇幼保健院", "口腔医院"};

    private SyntheticLicences() {
    }

    /** CJK fonts installed here ({@code fc-list :lang=zh}), one face per family group. */
    public static List<String> fonts() {
        List<String> found = new ArrayList<>();
        String[] wanted = {"Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
                "AR PL UMing CN"};
        List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        for (String family : wanted) {
            if (installed.contains(family)) {
                found.add(family);
            }
        }
        return found;
    }

    public static Licence licence(Random random) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        StringBuilder number = new StringBuilder();
        number.append(1 + random.nextInt(2)).append(1 + random.nextInt(4));
        while (number.length() < 15) {
            number.append(random.nextInt(10));
        }
        String institution = PLACES[random.nextInt(PLACES.length)] + "市" + KINDS[random.nextInt(KINDS.length)];
        return new Licence(name, CATEGORIES[random.nextInt(CATEGORIES.length)], SCOPES[random.nextInt(SCOPES.length)],
                number.toString(), institution);
    }

    /** Photo number {@code index} of a series: the values and the spoiling both follow from the seed. */
    public static Photo photo(long seed, List<String> fonts) {
        Random random = new Random(seed);
        Licence licence = licence(random);
        String font = fonts.isEmpty() ? Font.SANS_SERIF : fonts.get(random.nextInt(fonts.size()));
        Distortion distortion = new Distortion(font,
                (random.nextDouble() * 2 - 1) * 10,
                random.nextDouble() * 1.5,
                random.nextDouble() * 18,
                35 + random.nextInt(61),
                random.nextDouble() * 0.06,
                random.nextDouble() * 0.45);
        BufferedImage page = page(licence, font);
        BufferedImage photo = photograph(page, distortion, random);
        return new Photo(licence, distortion, jpeg(photo, distortion.jpegQuality()));
    }

    /** The clean certificate page, as printed. */
    public static BufferedImage page(Licence licence, String fontFamily) {
        int width = 1100;
        int height = 760;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xFBF8EF));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x9C7A3C));
        g.setStroke(new BasicStroke(6));
        g.drawRect(24, 24, width - 48, height - 48);
        g.setStroke(new BasicStroke(2));
        g.drawRect(38, 38, width - 76, height - 76);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(fontFamily, Font.BOLD, 52));
        String title = "医师执业证书";
        int titleWidth = g.getFontMetrics().stringWidth(title);
        g.drawString(title, (width - titleWidth) / 2, 130);
        g.setFont(new Font(fontFamily, Font.PLAIN, 32));
        String[][] lines = {
                {"姓名", licence.name()},
                {"性别", licence.number().charAt(14) % 2 == 0 ? "女" : "男"},
                {"医师级别", licence.number().charAt(0) == '1' ? "执业医师" : "执业助理医师"},
                {"执业类别", licence.category()},
                {"执业范围", licence.scope()},
                {"主要执业机构", licence.institution()},
                {"证书编码", licence.number()},
        };
        int y = 215;
        for (String[] line : lines) {
            g.drawString(line[0] + "：" + line[1], 110, y);
            y += 66;
        }
        // A seal, as on the real page, partly over nothing that matters.
        g.setColor(new Color(200, 30, 30, 150));
        g.setStroke(new BasicStroke(5));
        g.drawOval(width - 300, height - 260, 170, 170);
        g.setFont(new Font(fontFamily, Font.PLAIN, 20));
        g.drawString("卫生健康委员会", width - 285, height - 170);
        g.dispose();
        return image;
    }

    /** The page photographed on a desk: tilted, in perspective, unevenly lit, blurred and noisy. */
    public static BufferedImage photograph(BufferedImage page, Distortion d, Random random) {
        int width = 1280;
        int height = 960;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(new Color(0x6B5B4B));
        g.fillRect(0, 0, width, height);
        AffineTransform at = new AffineTransform();
        at.translate(width / 2.0, height / 2.0);
        at.rotate(Math.toRadians(d.rotationDegrees()));
        double shear = (random.nextBoolean() ? 1 : -1) * d.perspective();
        at.shear(shear, shear / 2);
        at.scale(1 - d.perspective(), 1);
        at.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
        g.drawImage(page, at, null);
        g.dispose();
        keystone(photo, d.perspective() * 0.8);
        light(photo, d.lightingDrop(), random);
        if (d.blur() > 0.2) {
            photo = blur(photo, d.blur());
        }
        noise(photo, d.noise(), random);
        return photo;
    }

    /** The top edge narrower than the bottom, as when the phone is held above the page at an angle. */
    private static void keystone(BufferedImage image, double amount) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[source.length];
        double cx = w / 2.0;
        for (int y = 0; y < h; y++) {
            double squeeze = 1 - amount * (1 - (double) y / h);
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.round(cx + (x - cx) / squeeze);
                target[y * w + x] = sx >= 0 && sx < w ? source[y * w + sx] : 0x6B5B4B;
            }
        }
        image.setRGB(0, 0, w, h, target, 0, w);
    }

    /** A light falling off from one corner, multiplying every channel. */
    private static void light(BufferedImage image, double drop, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        double lx = random.nextDouble() * w;
        double ly = random.nextDouble() * h;
        double far = Math.hypot(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double factor = 1 - drop * Math.hypot(x - lx, y - ly) / far;
                int rgb = image.getRGB(x, y);
                int r = (int) (((rgb >> 16) & 0xFF) * factor);
                int gr = (int) (((rgb >> 8) & 0xFF) * factor);
                int b = (int) ((rgb & 0xFF) * factor);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static BufferedImage blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(sigma * 2);
        int size = radius * 2 + 1;
        float[] weights = new float[size * size];
        float sum = 0;
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                float weight = (float) Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
                weights[(y + radius) * size + x + radius] = weight;
                sum += weight;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    private static void noise(BufferedImage image, double sigma, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int n = (int) (random.nextGaussian() * sigma);
                image.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) + n) << 16) | (clamp(((rgb >> 8) & 0xFF) + n) << 8)
                        | clamp((rgb & 0xFF) + n));
            }
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    public static byte[] jpeg(BufferedImage image, int quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
