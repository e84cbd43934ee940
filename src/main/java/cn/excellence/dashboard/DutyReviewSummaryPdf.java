package cn.excellence.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TextRules;
import cn.excellence.shared.pdf.ChineseFont;

/** The duty-review summary (述职评议汇总表) for the plenary meeting: an A4 landscape table, Chinese text embedded. */
@Component
class DutyReviewSummaryPdf {

    private static final float MARGIN = 48;
    private static final float ROW = 22;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final ChineseFont fonts;

    DutyReviewSummaryPdf(ChineseFont fonts) {
        this.fonts = fonts;
    }

    byte[] render(String title, List<String> headers, List<List<Object>> rows) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = fonts.load(document);
            float column = (PAGE.getWidth() - 2 * MARGIN) / headers.size();
            PDPageContentStream content = null;
            float y = 0;
            for (int i = -1; i < rows.size(); i++) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(PAGE);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = PAGE.getHeight() - MARGIN;
                    text(content, font, 16, MARGIN, y, TextRules.abbreviate(title, 50));
                    y -= 2 * ROW;
                    line(content, font, column, y, headers.stream().map(Object.class::cast).toList());
                    y -= ROW;
                }
                if (i >= 0) {
                    line(content, font, column, y, rows.get(i));
                    y -= ROW;
                }
            }
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, float column, float y, List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "—" : cells.get(c).toString();
            text(content, font, 10, MARGIN + c * column, y, cell.length() > 12 ? cell.substring(0, 12) : cell);
        }
        content.moveTo(MARGIN, y - 6);
        content.lineTo(PAGE.getWidth() - MARGIN, y - 6);
        content.setLineWidth(0.3f);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(ChineseFont.printable(font, text));
        content.endText();
    }
}
