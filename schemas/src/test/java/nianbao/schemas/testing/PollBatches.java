package nianbao.schemas.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.listener.BatchInterceptor;

/**
 * Records the keys of every poll batch a service's batch listener receives (Spring Boot puts a BatchInterceptor bean
 * on the listener containers; add this one with {@code @Import}), so a test can tell how its records were batched.
 */
public final class PollBatches implements BatchInterceptor<Object, Object> {

    private final List<List<Object>> keysOfEachPoll = new CopyOnWriteArrayList<>();

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        keysOfEachPoll.add(StreamSupport.stream(records.spliterator(), false).map(r -> r.key()).toList());
        return records;
    }

    /** For each poll that delivered records of {@code key}, in order: how many. */
    public List<Long> sizesFor(Object key) {
        return keysOfEachPoll.stream().map(keys -> keys.stream().filter(key::equals).count()).filter(n -> n > 0).toList();
    }
}
