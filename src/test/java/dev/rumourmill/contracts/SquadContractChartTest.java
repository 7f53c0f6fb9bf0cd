package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SquadContractChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    @Test
    @DisplayName("the chart is a PNG with one row per player and one heading per expiry year")
    void rowsAndHeadings() throws IOException {
        // GIVEN three players ending in two different years
        List<SquadContractChart.Bar> bars = List.of(new SquadContractChart.Bar("Tomas Brennan", LocalDate.of(2026, 6, 30)),
                new SquadContractChart.Bar("Niall Corr", LocalDate.of(2028, 6, 30)),
                new SquadContractChart.Bar("Eoin Dwyer", LocalDate.of(2026, 6, 30)));

        // WHEN the chart is drawn
        byte[] png = SquadContractChart.render("Northport Athletic", bars, TODAY, "Source: test data");

        // THEN it decodes, is the fixed width, and is tall enough for 3 players + 2 year headings
        BufferedImage image = decode(png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.getWidth()).isEqualTo(SquadContractChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(70 + 5 * SquadContractChart.ROW + 45);
    }

    @Test
    @DisplayName("a club without known dates still gets a small chart saying so, and a huge squad is capped")
    void emptyAndHuge() throws IOException {
        assertThat(decode(SquadContractChart.render("Nobody FC", List.of(), TODAY, "Source: none")).getHeight())
                .isEqualTo(70 + SquadContractChart.ROW + 45);

        List<SquadContractChart.Bar> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new SquadContractChart.Bar("Player " + i, LocalDate.of(2027, 6, 30)));
        }
        BufferedImage capped = decode(SquadContractChart.render("Big Squad", many, TODAY, "Source: test"));
        assertThat(capped.getHeight()).isEqualTo(70 + (SquadContractChart.MAX_BARS + 1) * SquadContractChart.ROW + 45);
    }
}
