package cn.fundrisk.evidence;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Uploads that break the 20 MB limit get a Chinese answer instead of a reset connection.
 * Multipart requests are parsed lazily, when the controller reads its files, so that the size
 * error reaches our exception handler (it knows the controller); Tomcat reads (and drops) the rest
 * of an oversized body so that the browser sees the answer.
 */
@Configuration
public class UploadConfig {

    private static final int MAX_SWALLOW_BYTES = 64 * 1024 * 1024;

    /** Named as DispatcherServlet expects; replaces Spring Boot's eager resolver. */
    @Bean(name = "multipartResolver")
    public StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowOversizedUploads() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> protocol) {
                protocol.setMaxSwallowSize(MAX_SWALLOW_BYTES);
            }
        });
    }
}
