package cn.excellence.shared.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Chinese locale covers every label of the Camunda version on the classpath, and keeps its placeholders and markup. */
class WebappTranslationsTests {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern TAG = Pattern.compile("</?([a-z][a-z0-9-]*)[\\s>/]");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final ObjectMapper json = new ObjectMapper();
    private final WebappTranslations translations = new WebappTranslations(json);

    private Map<String, String> english(String app) throws IOException {
        try (InputStream in = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json").getInputStream()) {
            return json.convertValue(json.readTree(in).path("labels"), new TypeReference<Map<String, String>>() { });
        }
    }

    private static Set<String> all(Pattern pattern, String text, int group) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group).replace(" ", ""));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelOfThisCamundaVersionHasAChineseTranslationWithItsPlaceholders(String app) throws IOException {
        Map<String, String> english = english(app);
        Map<String, String> chinese = translations.chineseLabels(app);
        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).as("labels without a Chinese translation").containsAll(english.keySet());
        english.forEach((key, text) -> {
            String translated = chinese.get(key);
            assertThat(all(EXPRESSION, translated, 0)).as(key).containsAll(all(EXPRESSION, text, 0));
            assertThat(all(TAG, translated, 1)).as(key).containsAll(all(TAG, text, 1));
        });
        long inChinese = english.keySet().stream().filter(key -> CHINESE.matcher(chinese.get(key)).find()).count();
        assertThat(inChinese).as("labels actually in Chinese").isGreaterThan(english.size() * 9L / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreChineseToo(String app) throws IOException {
        JsonNode locale = json.readTree(translations.chineseLocale(app));
        assertThat(locale.path("dateLocales").path("months").get(0).asText()).isEqualTo("一月");
        assertThat(locale.path("dateLocales").path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
        assertThat(locale.path("labels").size()).isEqualTo(translations.chineseLabels(app).size());
    }
}
