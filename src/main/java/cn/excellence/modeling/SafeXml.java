package cn.excellence.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML read the safe way: no DOCTYPE at all (so no external entities, no entity expansion bombs), in
 * whatever encoding the file declares; anything else is refused with a Chinese reason.
 */
final class SafeXml {

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {
    }

    static final class RefusedXmlException extends Exception {
        RefusedXmlException(String message) {
            super(message);
        }
    }

    static Document parse(byte[] xml, int maxBytes) throws RefusedXmlException {
        if (xml == null || xml.length == 0) {
            throw new RefusedXmlException("文件为空。");
        }
        if (xml.length > maxBytes) {
            throw new RefusedXmlException("文件过大，最多 " + maxBytes / 1024 / 1024 + " MB。");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new RefusedXmlException("文件含有 DOCTYPE 或实体声明（可能是 XXE 攻击），不予接受。");
            }
            throw new RefusedXmlException("文件不是格式正确的 XML：" + ExpressionRules.abbreviate(String.valueOf(e.getMessage())));
        } catch (IOException | ParserConfigurationException e) {
            throw new RefusedXmlException("文件无法读取。");
        }
    }

    /** Every element below and including the given one, in document order. */
    static void walk(Element element, Consumer<Element> visitor) {
        visitor.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, visitor);
            }
        }
    }

    /** The element's own text (not its children's), trimmed. */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    /** The id of the element or of its nearest ancestor that has one. */
    static String ownerId(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
