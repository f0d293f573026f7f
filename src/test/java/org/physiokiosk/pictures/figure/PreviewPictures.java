package org.physiokiosk.pictures.figure;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A throwaway preview for people: renders each picture in poses.yaml to PNG with JSVG, twice the size,
 * into target/picture-preview/, and prints where the body touches the floor. Not a test; PNGs are never
 * committed. Run: java -cp target/classes:target/test-classes:CP org.physiokiosk.pictures.figure.PreviewPictures
 */
public final class PreviewPictures {

    public static void main(String[] args) throws Exception {
        Path catalogue = Path.of(args.length > 0 ? args[0] : "data/catalogue");
        Path out = Path.of("target/picture-preview");
        Files.createDirectories(out);
        java.util.List<BufferedImage> sheet = new java.util.ArrayList<>();
        for (Picture p : new PoseFile().load(catalogue)) {
            String svg = FigureSvg.svg(p);
            sheet.add(ImageIO.read(new ByteArrayInputStream(png(svg, 1.5))));
            Files.writeString(out.resolve(p.id() + ".svg"), svg);
            Files.write(out.resolve(p.id() + ".png"), png(svg, 2));
            Files.write(out.resolve(p.id() + "-itext.png"), viaPdf(svg));
            for (Pose pose : p.isPair() ? java.util.List.of(p.start(), p.finish()) : java.util.List.of(p.hold())) {
                Skeleton.Body body = Skeleton.pose(pose);
                double min = Double.MAX_VALUE;
                for (Skeleton.Landmark l : body.landmarks().values()) {
                    min = Math.min(min, l.at()[1] - l.r());
                }
                StringBuilder b = new StringBuilder(p.id() + " " + pose.base().id() + ":");
                for (Map.Entry<String, Skeleton.Landmark> e : body.landmarks().entrySet()) {
                    double[] at = e.getValue().at();
                    b.append(String.format(" %s(%.0f,%.0f|%.1f)", e.getKey(), at[0] * 160, at[1] * 160,
                            (at[1] - e.getValue().r()) * 160));
                }
                System.out.println(b);
            }
        }
        int w = sheet.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int h = sheet.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage all = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int y = 0;
        for (BufferedImage img : sheet) {
            g.drawImage(img, 0, y, null);
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(0, y, w, y);
            y += img.getHeight();
        }
        g.dispose();
        ImageIO.write(all, "png", out.resolve("all.png").toFile());
    }

    /** The same picture put into a PDF by iText's svg module, then rasterised by PDFBox: to compare by eye. */
    static byte[] viaPdf(String svg) throws Exception {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (com.itextpdf.kernel.pdf.PdfDocument doc = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfWriter(pdf))) {
            doc.addNewPage();
            com.itextpdf.svg.converter.SvgConverter.drawOnDocument(
                    new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), doc, 1);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 144);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(img.getSubimage(0, img.getHeight() - 500, Math.min(img.getWidth(), 1330), 500), "png", bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] png(String svg, double zoom) throws Exception {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
                com.github.weisj.jsvg.parser.LoaderContext.createDefault());
        int w = (int) Math.ceil(doc.size().width * zoom);
        int h = (int) Math.ceil(doc.size().height * zoom);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(zoom, zoom);
        doc.render(null, g);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }
}
