package cn.fundrisk.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * After a logout, which ended the one session the gate and the webapps share: the webapps' own
 * logout (Tasklist, Cockpit, Admin post it to /camunda/api/...) is answered 204 and the webapp shows
 * its login form; our pages' 退出 goes to the login page.
 */
final class LogoutAnswer implements LogoutSuccessHandler {

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (SecurityAnswers.path(request).startsWith("/camunda/")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?logout");
        }
    }
}
