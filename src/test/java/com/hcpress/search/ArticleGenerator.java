package com.hcpress.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles for the search scale benchmark and the traffic benchmark's corpus: Chinese and English
 * clinical prose composed from a fixed vocabulary of liver-cancer terms, drugs, trials and figures,
 * with numbered references. Seeded, so every run writes the same articles.
 */
public final class ArticleGenerator {

    public record Reference(int number, String authors, String title, String journal, int year, String citation) {
    }

    public record GeneratedArticle(String slug, String title, String sourceLine, LocalDate publishedOn,
                                   String bodyMarkdown, String bodyHtml, String expertName,
                                   String expertAffiliation, List<Reference> references) {
    }

    private static final String[] ZH_DISEASES = {"肝细胞癌", "肝内胆管癌", "结直肠癌肝转移", "门静脉癌栓", "中晚期肝癌",
            "复发性肝癌", "乙肝相关肝癌", "巨块型肝癌", "多结节肝癌", "肝硬化"};
    private static final String[] ZH_TREATMENTS = {"经动脉化疗栓塞（TACE）", "肝动脉灌注化疗（HAIC）", "射频消融", "微波消融", "立体定向放疗",
            "肝切除术", "肝移植", "钇-90 放射栓塞", "载药微球栓塞", "系统治疗"};
    private static final String[] ZH_DRUGS = {"仑伐替尼", "索拉非尼", "阿替利珠单抗", "贝伐珠单抗", "度伐利尤单抗",
            "卡瑞利珠单抗", "信迪利单抗", "多纳非尼", "瑞戈非尼", "替雷利珠单抗"};
    private static final String[] ZH_ENDPOINTS = {"中位总生存期", "无进展生存期", "客观缓解率", "疾病控制率", "转化切除率",
            "完全缓解率", "三级以上不良事件发生率"};
    private static final String[] ZH_DESIGNS = {"随机对照", "前瞻性多中心", "回顾性队列", "单臂二期", "真实世界", "倾向性评分匹配"};
    private static final String[] ZH_SECTIONS = {"研究背景", "方法与人群", "主要结果", "安全性", "亚组分析", "临床启示", "局限性"};
    private static final String[] EN_DISEASES = {"hepatocellular carcinoma", "intrahepatic cholangiocarcinoma",
            "colorectal liver metastases", "portal vein tumour thrombus", "intermediate-stage liver cancer",
            "recurrent hepatocellular carcinoma", "cirrhosis"};
    private static final String[] EN_TREATMENTS = {"transarterial chemoembolization", "hepatic arterial infusion chemotherapy",
            "radiofrequency ablation", "microwave ablation", "stereotactic body radiotherapy", "liver resection",
            "liver transplantation", "radioembolization", "drug-eluting bead embolization", "systemic therapy"};
    private static final String[] EN_DRUGS = {"lenvatinib", "sorafenib", "atezolizumab", "bevacizumab", "durvalumab",
            "camrelizumab", "sintilimab", "donafenib", "regorafenib", "tislelizumab"};
    private static final String[] EN_ENDPOINTS = {"median overall survival", "progression-free survival",
            "objective response rate", "disease control rate", "conversion resection rate", "complete response rate"};
    private static final String[] EN_DESIGNS = {"randomised controlled", "prospective multicentre", "retrospective cohort",
            "single-arm phase 2", "real-world", "propensity-score matched"};
    private static final String[] EN_SECTIONS = {"Background", "Methods and patients", "Main results", "Safety",
            "Subgroup analyses", "Clinical implications", "Limitations"};
    private static final String[] SURNAMES = {"Li", "Wang", "Zhang", "Chen", "Liu", "Zhou", "Huang", "Kudo", "Llovet",
            "Finn", "Lencioni", "Vogel", "Sangro", "Park", "Kim", "He", "Shi", "Fan", "Zhu", "Qin"};
    private static final String[] JOURNALS = {"J Clin Oncol", "Lancet Oncol", "Hepatology", "J Hepatol", "Radiology",
            "JAMA Oncol", "Ann Surg", "Liver Cancer", "中华肝脏病杂志", "中华放射学杂志"};
    private static final String[] TRIALS = {"EMERALD-1", "LEAP-012", "LAUNCH", "TACTICS", "FOHAIC-1", "IMbrave150",
            "HIMALAYA", "CheckMate 9DX", "REFLECT", "TALENTACE"};

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public GeneratedArticle next(int number) {
        boolean chinese = random.nextInt(10) < 6;
        int year = 2015 + random.nextInt(12);
        LocalDate published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String title = chinese ? chineseTitle() : englishTitle();
        StringBuilder markdown = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String[] sections = chinese ? ZH_SECTIONS : EN_SECTIONS;
        int sectionCount = 3 + random.nextInt(3);
        for (int s = 0; s < sectionCount; s++) {
            String heading = sections[(s + random.nextInt(2)) % sections.length];
            markdown.append("## ").append(heading).append("\n\n");
            html.append("<h2>").append(heading).append("</h2>");
            int paragraphs = 1 + random.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                String paragraph = chinese ? chineseParagraph() : englishParagraph();
                markdown.append(paragraph).append("\n\n");
                html.append("<p>").append(paragraph).append("</p>");
            }
        }
        List<Reference> references = new ArrayList<>();
        int referenceCount = 2 + random.nextInt(5);
        for (int r = 1; r <= referenceCount; r++) {
            references.add(reference(r));
        }
        String expert = pick(SURNAMES) + (chinese ? "教授" : " MD");
        return new GeneratedArticle("bench-" + number, title, chinese ? "HCPress 编辑部" : "HCPress editors", published,
                markdown.toString(), html.toString(), expert, chinese ? "肿瘤防治中心" : "Department of Hepatology",
                references);
    }

    private String chineseTitle() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(ZH_TREATMENTS) + "联合" + pick(ZH_DRUGS) + "治疗" + pick(ZH_DISEASES) + "的" + pick(ZH_DESIGNS) + "研究解读";
            case 1 -> pick(TRIALS) + " 研究：" + pick(ZH_TREATMENTS) + "对" + pick(ZH_ENDPOINTS) + "的影响";
            default -> pick(ZH_DISEASES) + "的" + pick(ZH_TREATMENTS) + "：" + (2015 + random.nextInt(12)) + " 年进展要点";
        };
    }

    private String englishTitle() {
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(pick(EN_TREATMENTS)) + " plus " + pick(EN_DRUGS) + " for " + pick(EN_DISEASES)
                    + ": a " + pick(EN_DESIGNS) + " study";
            case 1 -> pick(TRIALS) + ": " + pick(EN_ENDPOINTS) + " with " + pick(EN_TREATMENTS);
            default -> "Advances in " + pick(EN_TREATMENTS) + " for " + pick(EN_DISEASES);
        };
    }

    private String chineseParagraph() {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            paragraph.append(switch (random.nextInt(6)) {
                case 0 -> pick(TRIALS) + " 是一项" + pick(ZH_DESIGNS) + "研究，共纳入 " + (60 + random.nextInt(900)) + " 例"
                        + pick(ZH_DISEASES) + "患者。";
                case 1 -> pick(ZH_TREATMENTS) + "联合" + pick(ZH_DRUGS) + "组的" + pick(ZH_ENDPOINTS) + "为 "
                        + decimal(4, 30) + " 个月，对照组为 " + decimal(3, 20) + " 个月（HR=" + decimal(0, 1) + "，P="
                        + "0.0" + (1 + random.nextInt(9)) + "）。";
                case 2 -> "对于合并" + pick(ZH_DISEASES) + "的患者，" + pick(ZH_TREATMENTS) + "的" + pick(ZH_ENDPOINTS)
                        + "达到 " + (10 + random.nextInt(70)) + "%，明显优于单纯" + pick(ZH_TREATMENTS) + "。";
                case 3 -> "作者认为，" + pick(ZH_DRUGS) + "与" + pick(ZH_DRUGS) + "的联合方案在" + pick(ZH_DISEASES)
                        + "中仍需大样本前瞻性试验进一步验证。";
                case 4 -> "灌注方案多采用 FOLFOX，每三周一次，中位治疗 " + (2 + random.nextInt(6)) + " 个周期。";
                default -> "常见不良反应包括肝功能异常、高血压和乏力，多数为一至二级，经对症处理后可以缓解。";
            });
        }
        return paragraph.toString();
    }

    private String englishParagraph() {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            paragraph.append(switch (random.nextInt(5)) {
                case 0 -> pick(TRIALS) + " was a " + pick(EN_DESIGNS) + " trial that enrolled " + (60 + random.nextInt(900))
                        + " patients with " + pick(EN_DISEASES) + ". ";
                case 1 -> "The " + pick(EN_ENDPOINTS) + " with " + pick(EN_TREATMENTS) + " plus " + pick(EN_DRUGS)
                        + " was " + decimal(4, 30) + " months versus " + decimal(3, 20) + " months (HR " + decimal(0, 1)
                        + ", P=0.0" + (1 + random.nextInt(9)) + "). ";
                case 2 -> "In patients with " + pick(EN_DISEASES) + ", " + pick(EN_TREATMENTS) + " achieved an "
                        + pick(EN_ENDPOINTS) + " of " + (10 + random.nextInt(70)) + "%, higher than "
                        + pick(EN_TREATMENTS) + " alone. ";
                case 3 -> "The authors argue that combining " + pick(EN_DRUGS) + " with " + pick(EN_DRUGS)
                        + " still needs confirmation in large prospective trials. ";
                default -> "Most adverse events were grade 1 or 2, mainly raised transaminases, hypertension and fatigue. ";
            });
        }
        return paragraph.toString().strip();
    }

    private Reference reference(int number) {
        String authors = pick(SURNAMES) + " " + (char) ('A' + random.nextInt(26)) + "\n" + pick(SURNAMES) + " "
                + (char) ('A' + random.nextInt(26));
        String title = capitalised(pick(EN_TREATMENTS)) + " versus " + pick(EN_TREATMENTS) + " in " + pick(EN_DISEASES)
                + ": " + pick(EN_DESIGNS) + " trial";
        String journal = pick(JOURNALS);
        int year = 2008 + random.nextInt(18);
        String citation = authors.replace("\n", ", ") + ", et al. " + title + "[J]. " + journal + ", " + year + ", "
                + (10 + random.nextInt(80)) + "(" + (1 + random.nextInt(12)) + "): " + (100 + random.nextInt(900)) + ".";
        return new Reference(number, authors, title, journal, year, citation);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private String decimal(int from, int to) {
        return String.format("%.1f", from + random.nextDouble() * (to - from + 0.9));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
