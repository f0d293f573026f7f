package org.physiokiosk.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.plan.PlanItem;

/**
 * The handout's words and pictures as one HTML page (pictures as SVG files beside it), in the handout's order: what a
 * clinic would otherwise type into a word processor. {@code benchmark} hands it to LibreOffice to compare a cold
 * conversion to PDF with Physio Kiosk's own cold export; nothing else uses it.
 */
public final class HandoutHtml {

    private HandoutHtml() {
    }

    /** Writes {@code handout.html} and its pictures into {@code folder}; returns the page. */
    public static Path write(HandoutContent c, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(c.title())).append("</title>");
        h.append("<style>body{font-family:'DejaVu Sans',sans-serif;font-size:12pt}"
                + ".card{border:1px solid #888;padding:6pt;margin-bottom:6pt}"
                + ".stop{border:3px solid #b00;padding:8pt} img{float:right;width:180px}</style></head><body>\n");
        if (!c.clinic().name().isEmpty()) {
            h.append("<p><b>").append(esc(c.clinic().name())).append("</b> &middot; ").append(esc(c.clinic().address()))
                    .append(" &middot; ").append(esc(Messages.get("handout.phone", c.clinic().phone()))).append("</p>\n");
        }
        h.append("<h1>").append(esc(c.title())).append("</h1><p>").append(esc(c.goal())).append("</p>\n");
        h.append("<table><tr><td>").append(esc(Messages.get("handout.patient"))).append(' ').append(esc(c.patientName()))
                .append("</td><td>").append(esc(Messages.get("handout.date"))).append(' ').append(c.printDate())
                .append("</td></tr><tr><td>").append(esc(Messages.get("handout.therapist"))).append(' ')
                .append(esc(c.therapist())).append("</td><td>").append(esc(Messages.get("handout.nextAppointment")))
                .append(' ').append(esc(c.nextAppointment())).append("</td></tr></table>\n");
        h.append("<h2>").append(esc(Messages.get("handout.glance"))).append("</h2><ul>");
        h.append("<li>").append(esc(Messages.get("handout.glanceExercises", c.items().size(), String.join(", ",
                c.items().stream().map(i -> i.exercise().name()).toList())))).append("</li>");
        h.append("<li>").append(esc(Messages.get("handout.glanceStop"))).append("</li></ul>\n");
        h.append("<h2>").append(esc(Messages.get("handout.exercises"))).append("</h2>\n");
        int n = 0;
        for (PlanItem item : c.items()) {
            n++;
            h.append("<div class=\"card\"><h3>").append(n).append(". ").append(esc(item.exercise().name()))
                    .append("</h3>");
            String svg = c.pictures().get(item.exercise().id());
            if (svg != null) {
                String file = "picture-" + n + ".svg";
                Files.writeString(folder.resolve(file), svg, StandardCharsets.UTF_8);
                h.append("<img width=\"360\" src=\"").append(file).append("\" alt=\"")
                        .append(esc(item.exercise().picture() == null ? item.exercise().name() : item.exercise().picture()))
                        .append("\">");
            }
            h.append("<p>").append(esc(item.exercise().purpose())).append("</p>");
            h.append("<p><b>").append(esc(Messages.get("handout.howOften"))).append("</b> ")
                    .append(esc(DosageSentence.frequency(item.dosage()))).append("</p><ol>");
            org.physiokiosk.catalog.DoseSteps.of(item.exercise(), item.dosage())
                    .forEach(step -> h.append("<li>").append(esc(step)).append("</li>"));
            h.append("</ol><p><b>").append(esc(Messages.get("handout.takeCare"))).append("</b> ")
                    .append(esc(item.exercise().takeCare())).append("</p>");
            if (!item.personalInstruction().isEmpty()) {
                h.append("<p><b>").append(esc(Messages.get("handout.personal"))).append("</b> ")
                        .append(esc(item.personalInstruction())).append("</p>");
            }
            h.append("</div>\n");
        }
        h.append("<div class=\"stop\"><h2>").append(esc(c.safety().heading())).append("</h2><p>")
                .append(esc(Messages.get("handout.stopIntro"))).append("</p>");
        for (org.physiokiosk.catalog.SafetyText.Tier tier : c.safety().tiers()) {
            h.append("<p><b>").append(esc(c.tierHeading(tier.tier()))).append(":</b></p><ul>");
            tier.signs().forEach(flag -> h.append("<li>").append(esc(flag)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<p>").append(esc(c.safety().injuryWarning())).append("</p></div>\n");
        h.append("<h2>").append(esc(c.tips().heading())).append("</h2><ul>");
        c.tips().tips().forEach(tip -> h.append("<li>").append(esc(tip)).append("</li>"));
        h.append("</ul>\n<p><small>").append(esc(c.safety().disclaimer())).append("</small></p></body></html>\n");
        Path page = folder.resolve("handout.html");
        Files.writeString(page, h, StandardCharsets.UTF_8);
        return page;
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
