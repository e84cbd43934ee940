package cn.excellence.posts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import cn.excellence.shared.pdf.ChineseFont;

/** Renders a post card (发挥作用岗位卡) as an A4 PDF with PDFBox, the Chinese text in the embedded Noto Sans SC subset. */
@Component
class PostCardRenderer {

    private static final float MARGIN = 60;
    private static final int PER_LINE = 32;

    private final ChineseFont fonts;

    PostCardRenderer(ChineseFont fonts) {
        this.fonts = fonts;
    }

    byte[] render(PostCard card) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Pages pages = new Pages(document, fonts.load(document));
            try {
                pages.line(22, MARGIN + 120, card.year() + "年度 发挥作用岗位卡");
                pages.gap(10);
                pages.line(13, MARGIN, "姓名：" + card.memberName());
                pages.line(13, MARGIN, "所在党组织：" + card.organizationName());
                pages.gap(8);
                pages.line(15, MARGIN, "认领岗位");
                if (card.posts().isEmpty()) {
                    pages.line(12, MARGIN + 20, "（本年度未认领岗位）");
                }
                for (Post post : card.posts()) {
                    pages.wrapped(12, MARGIN + 20, "■ " + post.name());
                    pages.wrapped(11, MARGIN + 40, "职责：" + post.duties());
                }
                pages.gap(8);
                pages.line(15, MARGIN, "服务居民承诺");
                if (card.pledgeItems().isEmpty()) {
                    pages.line(12, MARGIN + 20, "（本年度尚未登记承诺书）");
                }
                for (int i = 0; i < card.pledgeItems().size(); i++) {
                    pages.wrapped(12, MARGIN + 20, (i + 1) + ". " + card.pledgeItems().get(i));
                }
                pages.gap(8);
                pages.line(15, MARGIN, "居民评价功劳簿");
                pages.line(12, MARGIN + 20, "评价 " + card.residentEntries() + " 条，积分 " + card.residentPoints()
                        + "（满意 +2，基本满意 +1，不满意 −2）");
            } finally {
                pages.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("post card could not be rendered", e);
        }
    }

    /** Writes line by line down the page, starting a new page when one is full. */
    private static final class Pages {

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void line(float size, float x, String text) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(ChineseFont.printable(font, text));
            content.endText();
            y -= size * 1.8f;
        }

        void wrapped(float size, float x, String text) throws IOException {
            for (String part : wrap(text)) {
                line(size, x, part);
            }
        }

        void gap(float height) {
            y -= height;
        }

        void close() throws IOException {
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN - 20;
        }

        private static List<String> wrap(String text) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < text.length(); i += PER_LINE) {
                lines.add(text.substring(i, Math.min(text.length(), i + PER_LINE)));
            }
            return lines;
        }
    }
}
