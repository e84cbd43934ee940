package cn.excellence.supervision;

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

/** The monthly bulletin (督查通报) as an A4 PDF, Chinese text embedded. */
@Component
class BulletinPdf {

    private static final float MARGIN = 56;
    private static final float LINE = 18;

    private final ChineseFont fonts;

    BulletinPdf(ChineseFont fonts) {
        this.fonts = fonts;
    }

    byte[] render(Bulletin bulletin) {
        List<String> lines = new ArrayList<>();
        lines.add("准时汇报（" + bulletin.onTime().size() + "）：" + String.join("、", bulletin.onTime()));
        lines.add("逾期汇报（" + bulletin.late().size() + "）：" + String.join("、", bulletin.late()));
        lines.add("报组织部催报：" + String.join("、", bulletin.escalated()));
        lines.add("需跟进：" + String.join("、", bulletin.followUp()));
        lines.add("随机抽查（随机种子 " + bulletin.seed() + "）：");
        for (Bulletin.SpotCheckLine check : bulletin.spotChecks()) {
            lines.add("　" + check.organization() + "：得分 " + check.score() + "，问题 " + check.findings() + " 条，退回 "
                    + check.sentBack() + " 次");
        }
        lines.add("未整改问题：" + bulletin.openFindings().size() + " 条");
        bulletin.openFindings().forEach(f -> lines.add("　" + f));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = fonts.load(document);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            List<String> wrapped = new ArrayList<>();
            wrapped.add("乌拉特前旗创先争优活动督查通报（" + bulletin.period() + "）");
            lines.forEach(l -> wrap(l, 38, wrapped));
            for (int i = 0; i < wrapped.size(); i++) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                }
                content.beginText();
                content.setFont(font, i == 0 ? 16 : 11);
                content.newLineAtOffset(MARGIN, y);
                content.showText(ChineseFont.printable(font, wrapped.get(i)));
                content.endText();
                y -= i == 0 ? 2 * LINE : LINE;
            }
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(String line, int width, List<String> into) {
        for (int i = 0; i < line.length(); i += width) {
            into.add(line.substring(i, Math.min(line.length(), i + width)));
        }
    }
}
