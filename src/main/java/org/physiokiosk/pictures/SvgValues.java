package org.physiokiosk.pictures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of an SVG's attributes strictly and writes each back in one plain form: numbers, lengths, colours,
 * path data, point lists and transforms. Anything it cannot read is an {@link Unreadable}, never a guess: the kiosk's
 * drawing library and the handout's each guess differently (one stops at a garbled path, the other throws).
 */
final class SvgValues {

    /** No number in a picture may be larger than this (a million units is far beyond any page). */
    static final double MOST = 1_000_000;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d*[1-9])?");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile(
            "rgb\\(\\s*([0-9.]+%?)\\s*,\\s*([0-9.]+%?)\\s*,\\s*([0-9.]+%?)\\s*\\)");
    private static final Pattern TRANSFORM = Pattern.compile("\\s*,?\\s*(matrix|translate|scale|rotate|skewX|skewY)"
            + "\\s*\\(([^()]*)\\)\\s*");

    private SvgValues() {
    }

    /** A value that cannot be read, with what was expected; the caller names the attribute. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A plain number: written as it was when already plain ("12.5", "-3"), else as its plain decimal form. */
    static String number(String text) throws Unreadable {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new Unreadable("not a number");
        }
        return plain(t);
    }

    /** A number, or a length in pixels ("12px"); other units (em, %, mm...) depend on what surrounds the picture. */
    static String length(String text) throws Unreadable {
        String t = text.strip();
        if (t.endsWith("px")) {
            t = t.substring(0, t.length() - 2);
        }
        return number(t);
    }

    /** A length as {@link #length}, or in an absolute unit (mm, cm, in, pt, pc), written in pixels. */
    static String absoluteLength(String text) throws Unreadable {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Map<String, Double> units = Map.of("mm", 96 / 25.4, "cm", 96 / 2.54, "in", 96.0, "pt", 96 / 72.0,
                "pc", 16.0);
        for (var unit : units.entrySet()) {
            if (t.endsWith(unit.getKey())) {
                double v = Double.parseDouble(number(t.substring(0, t.length() - unit.getKey().length())));
                return plain(BigDecimal.valueOf(v * unit.getValue()).setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        return length(t);
    }

    static double value(String plain) {
        return Double.parseDouble(plain);
    }

    /** {@code token} matches {@link #NUMBER}: checked for size, then written without exponent or spare digits. */
    private static String plain(String token) throws Unreadable {
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v) || Math.abs(v) > MOST) {
            throw new Unreadable("a number too large to draw (" + shorten(token) + ")");
        }
        if (PLAIN.matcher(token).matches() && !token.equals("-0")) {
            return token;
        }
        BigDecimal d = new BigDecimal(token);
        if (d.scale() > 6) {
            d = d.setScale(6, RoundingMode.HALF_UP);
        }
        d = d.stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Numbers separated by white space and at most one comma each. */
    static List<String> numbers(String text) throws Unreadable {
        List<String> out = new ArrayList<>();
        Scanner s = new Scanner(text);
        s.skipSeparators();
        while (!s.done()) {
            out.add(s.number());
            s.skipSeparators();
        }
        return out;
    }

    /** The numbers of {@code points}, in pairs: "x,y x,y". */
    static String points(String text) throws Unreadable {
        List<String> n = numbers(text);
        if (n.size() < 2 || n.size() % 2 != 0) {
            throw new Unreadable("the points do not come in pairs");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.size(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(n.get(i)).append(',').append(n.get(i + 1));
        }
        return out.toString();
    }

    /** Arguments each path command takes. */
    private static int arguments(char command) {
        return switch (Character.toUpperCase(command)) {
            case 'M', 'L', 'T' -> 2;
            case 'H', 'V' -> 1;
            case 'C' -> 6;
            case 'S', 'Q' -> 4;
            case 'A' -> 7;
            case 'Z' -> 0;
            default -> -1;
        };
    }

    /**
     * Path data, every command written out with its letter ("M0 0 L10 0 L10 10 Z"). It must start with a move; a
     * command with too few numbers, or anything else, is unreadable.
     */
    static String path(String text) throws Unreadable {
        Scanner s = new Scanner(text);
        StringBuilder out = new StringBuilder();
        s.skipSpace();
        char command = 0;
        while (!s.done()) {
            char c = s.peek();
            if (arguments(c) >= 0) {
                command = c;
                s.next();
            } else if (command == 0 || arguments(command) == 0) {
                throw new Unreadable("the outline of a shape is garbled");
            } else if (command == 'M') {
                command = 'L'; // further pairs after a move are lines
            } else if (command == 'm') {
                command = 'l';
            }
            if (out.length() == 0 && command != 'M' && command != 'm') {
                throw new Unreadable("the outline of a shape does not start with a move");
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(command);
            int n = arguments(command);
            for (int i = 0; i < n; i++) {
                s.skipSeparators();
                if (s.done()) {
                    throw new Unreadable("the outline of a shape ends too early");
                }
                if (i > 0) {
                    out.append(' ');
                }
                if (Character.toUpperCase(command) == 'A' && (i == 3 || i == 4)) {
                    char flag = s.next();
                    if (flag != '0' && flag != '1') {
                        throw new Unreadable("the outline of a shape is garbled");
                    }
                    out.append(flag);
                } else {
                    out.append(s.number());
                }
            }
            s.skipSeparators();
        }
        if (out.length() == 0) {
            throw new Unreadable("a shape has no outline");
        }
        return out.toString();
    }

    /** A transform list, each function written as name(a b ...) with the count of numbers it takes. */
    static String transform(String text) throws Unreadable {
        Matcher m = TRANSFORM.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                if (text.substring(at).isBlank()) {
                    break;
                }
                throw new Unreadable("a transform is garbled");
            }
            String name = m.group(1);
            List<String> args = numbers(m.group(2));
            int n = args.size();
            boolean fits = switch (name) {
                case "matrix" -> n == 6;
                case "translate", "scale" -> n == 1 || n == 2;
                case "rotate" -> n == 1 || n == 3;
                default -> n == 1;
            };
            if (!fits) {
                throw new Unreadable("a transform has the wrong count of numbers");
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(name).append('(').append(String.join(" ", args)).append(')');
            at = m.end();
        }
        return out.toString();
    }

    /**
     * A colour as #RGB or #RRGGBB: hex as written, rgb() and colour names turned into hex (the kiosk's drawing
     * library knows fewer names than the handout's), "none" for none or transparent; {@code current} stands for
     * currentColor.
     */
    static String paint(String text, String current) throws Unreadable {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.equals("transparent")) {
            return "none";
        }
        if (lower.equals("currentcolor")) {
            return current;
        }
        if (HEX.matcher(t).matches()) {
            return t;
        }
        Matcher rgb = RGB.matcher(lower);
        if (rgb.matches()) {
            StringBuilder hex = new StringBuilder("#");
            for (int i = 1; i <= 3; i++) {
                String c = rgb.group(i);
                double v = c.endsWith("%") ? Double.parseDouble(number(c.substring(0, c.length() - 1))) * 2.55
                        : Double.parseDouble(number(c));
                hex.append(String.format(Locale.ROOT, "%02X", (int) Math.round(Math.max(0, Math.min(255, v)))));
            }
            return hex.toString();
        }
        String named = NAMED.get(lower);
        if (named != null) {
            return named;
        }
        throw new Unreadable("the colour " + shorten(t) + " is not one that prints the same on screen and paper");
    }

    /** An opacity from 0 to 1 (or 0% to 100%), written between 0 and 1. */
    static String opacity(String text) throws Unreadable {
        String t = text.strip();
        double v = t.endsWith("%") ? value(number(t.substring(0, t.length() - 1))) / 100 : value(number(t));
        if (v >= 1) {
            return "1";
        }
        if (v <= 0) {
            return "0";
        }
        return t.endsWith("%") ? plain(BigDecimal.valueOf(v).toPlainString()) : number(t);
    }

    /** A dash pattern: "none", or lengths of which not all are 0. */
    static String dashes(String text) throws Unreadable {
        if (text.strip().equalsIgnoreCase("none")) {
            return "none";
        }
        List<String> lengths = new ArrayList<>();
        for (String n : numbers(text.replace("px", " "))) {
            if (value(n) < 0) {
                throw new Unreadable("a dash pattern has a negative length");
            }
            lengths.add(n);
        }
        if (lengths.isEmpty() || lengths.stream().allMatch(n -> value(n) == 0)) {
            return "none";
        }
        return String.join(" ", lengths);
    }

    static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    /** Reads numbers and separators from a value. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        boolean done() {
            return at >= text.length();
        }

        char peek() {
            return text.charAt(at);
        }

        char next() {
            return text.charAt(at++);
        }

        void skipSpace() {
            while (!done() && isSpace(peek())) {
                at++;
            }
        }

        void skipSeparators() {
            skipSpace();
            if (!done() && peek() == ',') {
                at++;
                skipSpace();
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        String number() throws Unreadable {
            Matcher m = NUMBER.matcher(text).region(at, text.length());
            if (!m.lookingAt()) {
                throw new Unreadable("a number is garbled (" + shorten(text.substring(at, Math.min(text.length(),
                        at + 20))) + ")");
            }
            at = m.end();
            return plain(m.group());
        }
    }

    /** The CSS colour names, as hex. */
    private static final Map<String, String> NAMED = names("aliceblue F0F8FF antiquewhite FAEBD7 aqua 00FFFF "
            + "aquamarine 7FFFD4 azure F0FFFF beige F5F5DC bisque FFE4C4 black 000000 blanchedalmond FFEBCD blue 0000FF "
            + "blueviolet 8A2BE2 brown A52A2A burlywood DEB887 cadetblue 5F9EA0 chartreuse 7FFF00 chocolate D2691E "
            + "coral FF7F50 cornflowerblue 6495ED cornsilk FFF8DC crimson DC143C cyan 00FFFF darkblue 00008B "
            + "darkcyan 008B8B darkgoldenrod B8860B darkgray A9A9A9 darkgreen 006400 darkgrey A9A9A9 darkkhaki BDB76B "
            + "darkmagenta 8B008B darkolivegreen 556B2F darkorange FF8C00 darkorchid 9932CC darkred 8B0000 "
            + "darksalmon E9967A darkseagreen 8FBC8F darkslateblue 483D8B darkslategray 2F4F4F darkslategrey 2F4F4F "
            + "darkturquoise 00CED1 darkviolet 9400D3 deeppink FF1493 deepskyblue 00BFFF dimgray 696969 dimgrey 696969 "
            + "dodgerblue 1E90FF firebrick B22222 floralwhite FFFAF0 forestgreen 228B22 fuchsia FF00FF "
            + "gainsboro DCDCDC ghostwhite F8F8FF gold FFD700 goldenrod DAA520 gray 808080 green 008000 "
            + "greenyellow ADFF2F grey 808080 honeydew F0FFF0 hotpink FF69B4 indianred CD5C5C indigo 4B0082 "
            + "ivory FFFFF0 khaki F0E68C lavender E6E6FA lavenderblush FFF0F5 lawngreen 7CFC00 lemonchiffon FFFACD "
            + "lightblue ADD8E6 lightcoral F08080 lightcyan E0FFFF lightgoldenrodyellow FAFAD2 lightgray D3D3D3 "
            + "lightgreen 90EE90 lightgrey D3D3D3 lightpink FFB6C1 lightsalmon FFA07A lightseagreen 20B2AA "
            + "lightskyblue 87CEFA lightslategray 778899 lightslategrey 778899 lightsteelblue B0C4DE "
            + "lightyellow FFFFE0 lime 00FF00 limegreen 32CD32 linen FAF0E6 magenta FF00FF maroon 800000 "
            + "mediumaquamarine 66CDAA mediumblue 0000CD mediumorchid BA55D3 mediumpurple 9370DB "
            + "mediumseagreen 3CB371 mediumslateblue 7B68EE mediumspringgreen 00FA9A mediumturquoise 48D1CC "
            + "mediumvioletred C71585 midnightblue 191970 mintcream F5FFFA mistyrose FFE4E1 moccasin FFE4B5 "
            + "navajowhite FFDEAD navy 000080 oldlace FDF5E6 olive 808000 olivedrab 6B8E23 orange FFA500 "
            + "orangered FF4500 orchid DA70D6 palegoldenrod EEE8AA palegreen 98FB98 paleturquoise AFEEEE "
            + "palevioletred DB7093 papayawhip FFEFD5 peachpuff FFDAB9 peru CD853F pink FFC0CB plum DDA0DD "
            + "powderblue B0E0E6 purple 800080 rebeccapurple 663399 red FF0000 rosybrown BC8F8F royalblue 4169E1 "
            + "saddlebrown 8B4513 salmon FA8072 sandybrown F4A460 seagreen 2E8B57 seashell FFF5EE sienna A0522D "
            + "silver C0C0C0 skyblue 87CEEB slateblue 6A5ACD slategray 708090 slategrey 708090 snow FFFAFA "
            + "springgreen 00FF7F steelblue 4682B4 tan D2B48C teal 008080 thistle D8BFD8 tomato FF6347 "
            + "turquoise 40E0D0 violet EE82EE wheat F5DEB3 white FFFFFF whitesmoke F5F5F5 yellow FFFF00 "
            + "yellowgreen 9ACD32");

    private static Map<String, String> names(String pairs) {
        String[] words = pairs.split(" ");
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            out.put(words[i], "#" + words[i + 1]);
        }
        return Map.copyOf(out);
    }
}
