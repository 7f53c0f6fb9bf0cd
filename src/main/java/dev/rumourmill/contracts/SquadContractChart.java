package dev.rumourmill.contracts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a squad's contract ends as a PNG with Java2D (headless): one bar per player from today to his expiry,
 * grouped under a heading per expiry year, with a line marking today. People would rather look than read.
 */
final class SquadContractChart {

    /** One player on the chart. */
    public record Bar(String name, LocalDate expires) {
    }

    static final int WIDTH = 1000;
    static final int ROW = 22;
    static final int MAX_BARS = 60;
    private static final int LEFT = 230;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 45;
    private static final Color[] YEAR_COLOURS = {new Color(0xD6, 0x3B, 0x3B), new Color(0xE8, 0x8B, 0x2E),
        new Color(0xE3, 0xC0, 0x2B), new Color(0x5B, 0xA8, 0x4C), new Color(0x3A, 0x86, 0xC8),
        new Color(0x6C, 0x5B, 0xC4)};

    static {
        // Charts are drawn on servers without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SquadContractChart() {
    }

    public static byte[] render(String clubName, List<Bar> bars, LocalDate today, String sourceLine) {
        List<Bar> sorted = bars.stream().sorted(Comparator.comparing(Bar::expires).thenComparing(Bar::name))
                .limit(MAX_BARS).toList();
        List<Object> rows = rowsWithYearHeadings(sorted);
        int height = TOP + Math.max(1, rows.size()) * ROW + BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            draw(g, clubName, sorted, rows, today, sourceLine, bars.size() - sorted.size(), height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Rows are either an Integer (a year heading) or a Bar. */
    private static List<Object> rowsWithYearHeadings(List<Bar> sorted) {
        List<Object> rows = new ArrayList<>();
        Integer year = null;
        for (Bar bar : sorted) {
            if (year == null || bar.expires().getYear() != year) {
                year = bar.expires().getYear();
                rows.add(year);
            }
            rows.add(bar);
        }
        return rows;
    }

    private static void draw(Graphics2D g, String clubName, List<Bar> bars, List<Object> rows, LocalDate today,
            String sourceLine, int leftOut, int height) {
        LocalDate start = LocalDate.of(Math.min(today.getYear(),
                bars.isEmpty() ? today.getYear() : bars.get(0).expires().getYear()), 1, 1);
        LocalDate end = LocalDate.of(Math.max(today.getYear(),
                bars.isEmpty() ? today.getYear() : bars.get(bars.size() - 1).expires().getYear()) + 1, 1, 1);
        double days = ChronoUnit.DAYS.between(start, end);
        int plotWidth = WIDTH - LEFT - RIGHT;
        java.util.function.ToIntFunction<LocalDate> x = day ->
                LEFT + (int) Math.round(plotWidth * ChronoUnit.DAYS.between(start, day) / days);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(clubName + " — contract end per player", 15, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (LocalDate year = start; !year.isAfter(end); year = year.plusYears(1)) {
            int gx = x.applyAsInt(year);
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.drawLine(gx, TOP - 8, gx, height - BOTTOM);
            if (year.isBefore(end)) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.valueOf(year.getYear()), gx + 4, TOP - 12);
            }
        }
        int y = TOP;
        for (Object row : rows) {
            if (row instanceof Integer year) {
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                g.drawString("Ending in " + year, 15, y + 15);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            } else {
                Bar bar = (Bar) row;
                g.setColor(Color.DARK_GRAY);
                g.drawString(fit(bar.name(), 28), 30, y + 15);
                int from = x.applyAsInt(bar.expires().isBefore(today) ? bar.expires() : today);
                int to = x.applyAsInt(bar.expires());
                g.setColor(bar.expires().isBefore(today) ? Color.GRAY
                        : YEAR_COLOURS[Math.floorMod(bar.expires().getYear() - today.getYear(), YEAR_COLOURS.length)]);
                g.fillRect(from, y + 4, Math.max(3, to - from), ROW - 8);
                g.setColor(Color.DARK_GRAY);
                g.drawString(bar.expires().toString(), Math.min(to + 5, WIDTH - RIGHT - 70), y + 15);
            }
            y += ROW;
        }
        int tx = x.applyAsInt(today);
        g.setColor(new Color(0xC0, 0x00, 0x00));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(tx, TOP - 30, tx, height - BOTTOM);
        g.drawString("today " + today, Math.min(tx + 4, WIDTH - RIGHT - 110), TOP - 30);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String footer = (bars.isEmpty() ? "No player of this club has a known contract end. " : "")
                + (leftOut > 0 ? leftOut + " more players not shown. " : "") + sourceLine;
        g.drawString(fit(footer, 160), 15, height - 18);
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
