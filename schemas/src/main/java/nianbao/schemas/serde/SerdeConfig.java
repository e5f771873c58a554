package nianbao.schemas.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.common.config.ConfigException;

/** Configuration keys of the serde (named as Confluent's, so existing deployment settings carry over). */
public final class SerdeConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** The generated SpecificRecord class a deserializer produces (values; for keys {@link #AVRO_KEY_TYPE}). */
    public static final String AVRO_VALUE_TYPE = "avro.value.type";
    public static final String AVRO_KEY_TYPE = "avro.key.type";

    /** One client per registry URL per JVM, so producers and consumers share the id cache. */
    private static final Map<String, SchemaRegistryClient> CLIENTS = new ConcurrentHashMap<>();

    private SerdeConfig() {
    }

    /** The registry client of a Kafka client's configuration ({@value #SCHEMA_REGISTRY_URL}). */
    public static SchemaRegistryClient client(Map<String, ?> configs) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL + " is required (the Confluent-API base URL of the schema registry)");
        }
        return client(url.toString());
    }

    /** The registry client of {@code url} (the Confluent-API base URL). */
    public static SchemaRegistryClient client(String url) {
        return CLIENTS.computeIfAbsent(url, SchemaRegistryClient::new);
    }

    static boolean autoRegister(Map<String, ?> configs) {
        Object value = configs.get(AUTO_REGISTER_SCHEMAS);
        return value == null || Boolean.parseBoolean(value.toString());
    }
}
