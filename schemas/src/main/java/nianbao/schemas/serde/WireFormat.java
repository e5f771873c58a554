package nianbao.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** The Confluent wire format: magic byte 0, 4-byte big-endian schema id, then the Avro binary body. */
final class WireFormat {

    static final byte MAGIC = 0;
    static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** Writes the header; the Avro body follows it in the same stream, so the record is not copied to be framed. */
    static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    static int schemaId(byte[] framed) {
        if (framed.length < HEADER_LENGTH) {
            throw new SerializationException("record of " + framed.length + " bytes is shorter than the 5-byte wire-format header");
        }
        if (framed[0] != MAGIC) {
            throw new SerializationException("unknown magic byte " + framed[0] + " (expected 0, the Confluent wire format)");
        }
        return ByteBuffer.wrap(framed, 1, 4).getInt();
    }
}
