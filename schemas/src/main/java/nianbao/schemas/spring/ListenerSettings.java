package nianbao.schemas.spring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The consume-transform-produce listeners of a service instance ({@code nianbao.listener.*}).
 *
 * @param concurrency consumer threads of the instance, each with its own share of the partitions and its own
 *                    transactions; the default, 2, is one per core of the machine the system is sized for (threads
 *                    beyond the partitions a topic has stay idle)
 */
@Validated
@ConfigurationProperties("nianbao.listener")
public record ListenerSettings(@DefaultValue("2") @Min(1) @Max(64) int concurrency) {
}
