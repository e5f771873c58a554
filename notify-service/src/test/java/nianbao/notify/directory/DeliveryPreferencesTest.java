package nianbao.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryPreferencesTest {

    @Test
    void anHttpsAddressOrNoneIsAccepted() {
        assertThat(DeliveryPreferences.check(" https://hooks.example.org/nianbao?team=7 ", true))
                .isEqualTo(new DeliveryPreferences.Checked(
                        new DeliveryPreferences("https://hooks.example.org/nianbao?team=7", true), java.util.List.of()));
        assertThat(DeliveryPreferences.check("  ", null).preferences()).isEqualTo(new DeliveryPreferences(null, false));
        assertThat(DeliveryPreferences.check(null, false).preferences()).isEqualTo(new DeliveryPreferences(null, false));
    }

    @Test
    void anythingElseIsRefusedWithItsReason() {
        assertThat(reason("http://hooks.example.org/x")).isEqualTo("须以 https:// 开头（通知内容须加密传输）");
        assertThat(reason("hooks.example.org/x")).isEqualTo("须以 https:// 开头（通知内容须加密传输）");
        assertThat(reason("https:///x")).isEqualTo("「https:///x」缺少主机名");
        assertThat(reason("https://user:pw@hooks.example.org/")).isEqualTo("网址中不能包含用户名或密码");
        assertThat(reason("https://hooks.example.org/#a")).isEqualTo("网址中不能包含“#”片段");
        assertThat(reason("https://hooks.example.org/a b")).isEqualTo("「https://hooks.example.org/a b」不是有效的网址");
        assertThat(reason("https://h.example.org/" + "a".repeat(2000))).isEqualTo("不能超过 2000 个字符");
    }

    private static String reason(String url) {
        DeliveryPreferences.Checked checked = DeliveryPreferences.check(url, true);
        assertThat(checked.preferences()).isNull();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("webhookUrl");
            assertThat(p.label()).isEqualTo("回调地址");
        });
        return checked.problems().get(0).reason();
    }
}
