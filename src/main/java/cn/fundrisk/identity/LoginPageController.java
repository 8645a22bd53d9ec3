package cn.fundrisk.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (登录, public) and the start page, which is Tasklist: where every user's work is. */
@Controller
public class LoginPageController {

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        if (error != null) {
            model.addAttribute("error", "用户名或密码错误。连续输错后需稍等片刻再试；如账号已被锁定，请联系领导小组办公室或系统管理员解锁。");
        }
        if (logout != null) {
            model.addAttribute("message", "您已退出登录。");
        }
        return "login";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/camunda/app/tasklist/";
    }
}
