package cn.excellence.shared.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chinese locale of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome): the community
 * translation fetched from npm at build time ({@code webapp-i18n/community/<app>/zh-Hans.json}), with
 * our own {@code webapp-i18n/<app>.zh.json} on top (the keys it lacks for this Camunda version and the
 * ones it got wrong), and our Chinese date locale.
 */
@Component
public class WebappTranslations {

    public static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

    private final ObjectMapper json;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    WebappTranslations(ObjectMapper json) {
        this.json = json;
    }

    /** The zh.json of one webapp, as the webapp's locale loader expects it. */
    public byte[] chineseLocale(String app) {
        if (!APPS.contains(app)) {
            throw new IllegalArgumentException("unknown webapp " + app);
        }
        return cache.computeIfAbsent(app, this::assemble);
    }

    /** The labels only, for checks against the English file of the running Camunda version. */
    public Map<String, String> chineseLabels(String app) {
        Map<String, String> labels = new LinkedHashMap<>(read("webapp-i18n/community/" + app + "/zh-Hans.json", "labels"));
        labels.putAll(read("webapp-i18n/" + app + ".zh.json", null));
        return labels;
    }

    private byte[] assemble(String app) {
        Map<String, Object> locale = new LinkedHashMap<>();
        if (!"welcome".equals(app)) {
            locale.put("dateLocales", readObject("webapp-i18n/zh-date-locale.json"));
        }
        locale.put("labels", chineseLabels(app));
        try {
            return json.writeValueAsBytes(locale);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the Chinese locale of " + app, e);
        }
    }

    private Map<String, String> read(String path, String member) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return Map.of();
        }
        try (InputStream in = resource.getInputStream()) {
            if (member == null) {
                return json.readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
            }
            return json.convertValue(json.readTree(in).path(member), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private Object readObject(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
