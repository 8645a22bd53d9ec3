package cn.fundrisk.process;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A file sent as a download: its type and a Chinese file name (RFC 5987) with an ASCII fallback. */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(HttpServletResponse response, String contentType, String fileName, String asciiName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** A name usable in a file name: no path or reserved characters. */
    public static String fileSafe(String name) {
        return name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_").strip();
    }
}
