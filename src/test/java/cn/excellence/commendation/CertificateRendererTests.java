package cn.excellence.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateRendererTests {

    static final CertificateRenderer RENDERER = new CertificateRenderer(new cn.excellence.shared.pdf.ChineseFont());

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCertificateIsAPdfWithTheChineseTextEmbedded() throws IOException {
        byte[] pdf = RENDERER.render(new Certificate("2010-1-001", "王建国", "乌拉山镇三湖村党支部", "优秀嘎查村党组织书记",
                "2010年七一表彰", 2010, LocalDate.of(2010, 7, 1)));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("荣誉证书", "王建国", "乌拉山镇三湖村党支部", "优秀嘎查村党组织书记", "2010年7月1日",
                CertificateRenderer.ISSUER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void hostileOrUnprintableNamesComeOutAsPlainText() throws IOException {
        byte[] pdf = RENDERER.render(new Certificate("X-1", "<script>alert(1)</script>王五\u0007😀", "某组织", "先进", "表彰", 2026,
                LocalDate.of(2026, 7, 1)));

        assertThat(text(pdf)).contains("<script>alert(1)</script>王五").doesNotContain("\u0007");
    }
}
