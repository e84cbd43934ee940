package cn.excellence.shared.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/** The change-password page, for whoever is logged in to the webapps (a required change sends them here). */
@Controller
@Hidden
class PasswordPage {

    @GetMapping(PasswordChangeGate.PAGE)
    String page() {
        return "forward:/admin/password.html";
    }
}
