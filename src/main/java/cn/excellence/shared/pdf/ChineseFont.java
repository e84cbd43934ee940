package cn.excellence.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/** Noto Sans SC (SIL Open Font License, from a Maven artifact), embedded as a subset in the documents the application makes. */
@Component
public class ChineseFont {

    static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private final byte[] font;

    public ChineseFont() {
        try (InputStream in = ChineseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is not on the classpath");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(font)), true);
    }

    /** Text as it is, drawn as text: control characters become spaces, characters the font lacks become □. */
    public static String printable(PDType0Font font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = Character.isISOControl(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IllegalArgumentException | IOException e) {
                shown.append('□');
            }
        });
        return shown.toString();
    }
}
