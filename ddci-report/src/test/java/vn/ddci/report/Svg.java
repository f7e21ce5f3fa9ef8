package vn.ddci.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG document parsed with javax.xml, for the tests: its text, its shapes by fill colour. */
final class Svg {
  private final Document doc;

  private Svg(Document doc) {
    this.doc = doc;
  }

  /** Parses the document; fails on XML that is not well-formed. */
  static Svg parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return new Svg(
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
  }

  String rootName() {
    return doc.getDocumentElement().getLocalName();
  }

  /** The text of every {@code text} element, in document order. */
  List<String> texts() {
    NodeList nodes = doc.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /**
   * The shapes filled with a colour: JFreeSVG draws each filled shape (a dot, a bar, a legend's
   * swatch) as an element styled {@code fill:rgb(r,g,b)} (a {@code rect}, or a {@code g} around a
   * path); text is styled {@code fill: rgb(…)}, with a space, and is not counted.
   */
  int filled(java.awt.Color c) {
    String fill = "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    NodeList groups = doc.getElementsByTagNameNS("*", "*");
    int n = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      String style = ((Element) groups.item(i)).getAttribute("style");
      if (style.contains(fill)) {
        n++;
      }
    }
    return n;
  }
}
