package nianbao.notify.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: the administration page (static/admin/index.html with admin.js; no inline script). */
@Controller
class AdminPage {

    @GetMapping("/admin")
    String page() {
        return "forward:/admin/index.html";
    }
}
