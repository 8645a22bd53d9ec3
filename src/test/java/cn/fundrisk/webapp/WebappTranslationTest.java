package cn.fundrisk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale of each webapp covers every key of the English locale that Camunda 7.24's
 * webjar ships (read from the classpath), keeps its placeholders, and is Chinese where Chinese is
 * expected.
 */
class WebappTranslationTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern MARKUP = Pattern.compile("\\{\\{[^}]*}}|<[^>]*>|&[a-z]+;|'[^']*'|%[sd]|#\\w+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Names and code words that stay as they are in Chinese text. */
    private static final Set<String> KEPT_WORDS = Set.of("Camunda", "Platform", "BPMN", "DMN", "CMMN", "FEEL",
            "JSON", "XML", "REST", "API", "URL", "UUID", "LDAP", "SQL", "CSV", "HTTP", "JUEL", "CTRL", "null",
            "Promise", "Operaton", "CIB", "seven", "docs", "operations", "cockpit", "tasklist", "EDE", "FNI", "DRD",
            "undefined", "Optimize", "ESC", "SHIFT", "ALT", "ENTER", "TAB", "Java");
    /** Values that are the same in both languages: symbols, ids, code values, product names. */
    private static final Set<String> SAME_IN_BOTH = Set.of("ID", "ID*", "<", "<=", ">", ">=", "<null>",
            "<undefined>", "null", "Camunda", "CSV", "JSON", "XML", "BPMN", "DMN", "CMMN", "YYYY-MM-DDTHH:mm:ss", "");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAChineseTranslation(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> chinese = flatten(read(app, "zh"));

        assertThat(english).as("English locale of %s from the Camunda webjar", app).hasSizeGreaterThan(100);
        assertThat(chinese.keySet()).as("keys of %s", app).containsAll(english.keySet());

        List<String> problems = new ArrayList<>();
        english.forEach((key, en) -> {
            String zh = chinese.get(key);
            if (key.startsWith("dateLocales.")) {
                return; // moment.js formats and names, checked by shape below
            }
            placeholders(en).stream().filter(p -> !zh.contains(p))
                    .forEach(p -> problems.add(key + ": placeholder " + p + " missing"));
            if (zh.equals(en) && !SAME_IN_BOTH.contains(en.strip())) {
                problems.add(key + ": still English \"" + en + "\"");
            }
            if (!en.isBlank() && zh.isEmpty()) {
                problems.add(key + ": empty");
            }
            if (SAME_IN_BOTH.contains(zh.strip())) {
                return;
            }
            Matcher words = LATIN_WORD.matcher(MARKUP.matcher(zh).replaceAll(" "));
            while (words.find()) {
                if (!KEPT_WORDS.contains(words.group())) {
                    problems.add(key + ": English word \"" + words.group() + "\" in \"" + zh + "\"");
                }
            }
        });
        assertThat(problems).as("translation problems in %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreChinese(String app) throws IOException {
        JsonNode dates = read(app, "zh").get("dateLocales");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
        assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("星期日");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void administratorsSeeAnHonestChineseEndOfLifeNotice(String app) throws IOException {
        String notice = read(app, "zh").get("labels").get("BANNER_CE_EOL_TEXT").asText();
        assertThat(notice).contains("Camunda 7.24", "最后一个版本", "docs/operations.md");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static JsonNode read(String app, String locale) throws IOException {
        String path = String.format(LOCALES, app, locale);
        try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            byte[] bytes = in.readAllBytes();
            int bom = bytes.length > 2 && bytes[0] == (byte) 0xEF ? 3 : 0;
            return JSON.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), flat);
            }
        } else {
            flat.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }
}
