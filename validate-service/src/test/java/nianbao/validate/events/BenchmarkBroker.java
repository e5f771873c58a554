package nianbao.validate.events;

import java.util.Map;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.schemas.Topic;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A KRaft broker and the shared Apicurio Registry for the benchmarks of this package, and producers onto them. */
final class BenchmarkBroker implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    final String bootstrap;
    final String registry;

    BenchmarkBroker(int partitions, Topic<?>... topics) {
        broker = new EmbeddedKafkaKraftBroker(1, partitions)
                .brokerProperties(Map.of("message.max.bytes", Integer.toString(Topic.MAX_RECORD_BYTES),
                        "transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        for (Topic<?> topic : topics) broker.addTopics(topic.newTopic(partitions, (short) 1));
        bootstrap = broker.getBrokersAsString();
        registry = ApicurioRegistry.shared().ccompatUrl();
    }

    /** A producer that batches (the benchmarks write their input as fast as the broker takes it). */
    <V extends SpecificRecord> KafkaProducer<String, V> producer(Topic<V> topic) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topic.MAX_RECORD_BYTES),
                topic.keySerializer(), topic.valueSerializer(SerdeConfig.client(registry)));
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
