package cn.excellence.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page (工作概况); its figures come from {@link DashboardController}. */
@Controller
class DashboardPageController {

    @GetMapping("/dashboard")
    String page() {
        return "forward:/dashboard/index.html";
    }
}
