package nianbao.notify.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nianbao.notify.delivery.Channel;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the notices each channel sent ({@value #SENT}) and could not send ({@value #FAILED}, each failed attempt):
 * every {@link NoticeSender} bean is wrapped, so the dispatcher, which takes them all, sends through the counters.
 */
@Configuration(proxyBeanMethods = false)
class NoticeMeters {

    static final String SENT = "nianbao.notices.sent";
    static final String FAILED = "nianbao.notices.failed";

    /** Static and lazy about the registry: a post-processor is created before the beans it processes. */
    @Bean
    static BeanPostProcessor meteredNoticeSenders(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof NoticeSender sender ? new Metered(sender, registry.getObject()) : bean;
            }
        };
    }

    private record Metered(NoticeSender sender, MeterRegistry registry) implements NoticeSender {

        @Override
        public Channel channel() {
            return sender.channel();
        }

        @Override
        public void send(Notice notice) throws Exception {
            try {
                sender.send(notice);
            } catch (Exception e) {
                count(FAILED, "notices a channel could not send, one per failed attempt");
                throw e;
            }
            count(SENT, "notices sent, by channel");
        }

        private void count(String name, String description) {
            Counter.builder(name).description(description).tag("channel", channel().name()).register(registry)
                    .increment();
        }
    }
}
