package cn.fundrisk.reminder;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an e-mail from {@code templates/mail/<name>.html} and {@code .txt} (Thymeleaf, Chinese),
 * sent together as multipart/alternative. Its own engine, so the web pages' engine stays Boot's.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final ReminderProperties properties;

    public MailTemplates(ReminderProperties properties) {
        this.properties = properties;
    }

    public record Rendered(String subject, String text, String html) {
    }

    public Rendered render(String name, String subject, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("bureauName", properties.getBureauName());
        all.put("baseUrl", properties.getBaseUrl());
        all.put("subject", subject);
        Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE, all);
        return new Rendered(subject, text.process(name, context), html.process(name, context));
    }

    public String subject(String text) {
        return "【" + properties.getBureauName() + "】" + text;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
