package cn.excellence.commendation;

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

/**
 * Renders a certificate as an A4 landscape PDF with PDFBox, the Chinese text set in Noto Sans SC,
 * embedded as a subset so that any viewer shows it and the text can be searched and copied.
 */
@Component
public class CertificateRenderer {

    static final String ISSUER = "中共乌拉特前旗委员会";
    private static final float RED = 0.7f;

    private final ChineseFont fonts;

    public CertificateRenderer(ChineseFont fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDType0Font chinese = fonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                border(content, a4);
                centered(content, chinese, 44, a4, 440, "荣誉证书", true);
                float y = 360;
                String recipient = certificate.recipientName().equals(certificate.organizationName()) ? certificate.recipientName()
                        : certificate.recipientName() + "（" + certificate.organizationName() + "）";
                for (String line : wrap(recipient + "：", 30)) {
                    left(content, chinese, 20, 110, y, line);
                    y -= 34;
                }
                String body = "在" + certificate.year() + "年创先争优活动中被评为“" + certificate.categoryName() + "”，特发此证，以资鼓励。";
                for (String line : wrap(body, 30)) {
                    left(content, chinese, 20, 150, y, line);
                    y -= 34;
                }
                left(content, chinese, 18, 520, 150, ISSUER);
                left(content, chinese, 18, 540, 120, certificate.issuedOn().getYear() + "年" + certificate.issuedOn().getMonthValue()
                        + "月" + certificate.issuedOn().getDayOfMonth() + "日");
                left(content, chinese, 10, 70, 60, "证书编号：" + certificate.number() + "　" + certificate.campaignTitle());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.number() + " could not be rendered", e);
        }
    }

    private static void border(PDPageContentStream content, PDRectangle page) throws IOException {
        content.setStrokingColor(RED, 0.1f, 0.1f);
        content.setLineWidth(6);
        content.addRect(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        content.stroke();
        content.setLineWidth(1.5f);
        content.addRect(42, 42, page.getWidth() - 84, page.getHeight() - 84);
        content.stroke();
    }

    private static void centered(PDPageContentStream content, PDType0Font font, float size, PDRectangle page, float y,
            String text, boolean red) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        if (red) {
            content.setNonStrokingColor(RED, 0.1f, 0.1f);
        }
        left(content, font, size, (page.getWidth() - width) / 2, y, text);
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    private static void left(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(ChineseFont.printable(font, text));
        content.endText();
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            lines.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return lines;
    }
}
