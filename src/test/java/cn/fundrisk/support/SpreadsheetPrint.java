package cn.fundrisk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook printed the way a clerk prints it: LibreOffice (Debian's libreoffice-calc-nogui,
 * headless) converts it to PDF, and poppler's pdftotext reads back every word with its box on the
 * page. Both must be installed (.ci/run installs them); without them the test fails, it never skips.
 */
public final class SpreadsheetPrint {

    public static final String SOFFICE = "/usr/bin/soffice";
    public static final String PDFTOTEXT = "/usr/bin/pdftotext";
    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    private SpreadsheetPrint() {
    }

    /** A word on a page (from 1) and its box in points, y growing downwards. */
    public record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {

        double height() {
            return yMax - yMin;
        }

        double width() {
            return xMax - xMin;
        }

        /** The boxes share more than a third of the smaller one's height and width: one word prints over the other. */
        public boolean overlaps(Word other) {
            if (page != other.page) {
                return false;
            }
            double x = Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin);
            double y = Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin);
            return x > Math.min(width(), other.width()) / 3 && y > Math.min(height(), other.height()) / 3;
        }
    }

    /** The printed pages (width and height in points) and their words. */
    public record Printed(Path pdf, List<double[]> pages, List<Word> words) {

        /** Pairs of words that print over each other. */
        public List<String> overlaps() {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (words.get(i).overlaps(words.get(j))) {
                        found.add(words.get(i) + " × " + words.get(j));
                    }
                }
            }
            return found;
        }

        /** All words of a page, in pdftotext's reading order, without spaces. */
        public String text(int page) {
            StringBuilder text = new StringBuilder();
            words.stream().filter(w -> w.page == page).forEach(w -> text.append(w.text));
            return text.toString();
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            words.forEach(w -> text.append(w.text));
            return text.toString();
        }
    }

    /** Writes the workbook to the folder, converts it with LibreOffice and reads the PDF's words. */
    public static Printed print(byte[] xlsx, String name, Path folder) throws IOException, InterruptedException {
        assertThat(new File(SOFFICE).canExecute()).as("LibreOffice at " + SOFFICE + " (.ci/run installs libreoffice-calc-nogui)")
                .isTrue();
        assertThat(new File(PDFTOTEXT).canExecute()).as("pdftotext at " + PDFTOTEXT + " (.ci/run installs poppler-utils)")
                .isTrue();
        Path workbook = folder.resolve(name + ".xlsx");
        Files.write(workbook, xlsx);
        run(folder, SOFFICE, "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString());
        Path pdf = folder.resolve(name + ".pdf");
        assertThat(pdf).as("LibreOffice wrote the PDF").exists();
        Path boxes = folder.resolve(name + ".html");
        run(folder, PDFTOTEXT, "-bbox", pdf.toString(), boxes.toString());
        String html = Files.readString(boxes, StandardCharsets.UTF_8);
        List<double[]> pages = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (String part : html.split("</page>")) {
            Matcher page = PAGE.matcher(part);
            if (!page.find()) {
                continue;
            }
            pages.add(new double[] { Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)) });
            Matcher word = WORD.matcher(part);
            while (word.find()) {
                words.add(new Word(pages.size(), Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)), Double.parseDouble(word.group(4)),
                        word.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")));
            }
        }
        return new Printed(pdf, pages, words);
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("convert.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish in 180 s");
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(folder.resolve("convert.log")))
                .isZero();
    }
}
