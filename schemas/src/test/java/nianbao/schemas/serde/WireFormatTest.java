package nianbao.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void framesMagicByteThenBigEndianIdThenBody() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireFormat.writeHeader(out, 258);
        out.write(7);
        out.write(8);
        byte[] framed = out.toByteArray();
        assertThat(framed).containsExactly(0, 0, 0, 1, 2, 7, 8);
        assertThat(WireFormat.schemaId(framed)).isEqualTo(258);
    }

    @Test
    void rejectsRecordsThatAreNotTheWireFormat() {
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {1, 0, 0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown magic byte 1");
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("shorter than the 5-byte");
    }
}
