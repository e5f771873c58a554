package nianbao.report.testing;

import java.nio.charset.StandardCharsets;

/** Minimal OLE2 compound files (legacy Office), for the byte sniffers of ingest- and parse-service. */
public final class CompoundFiles {

    private CompoundFiles() {
    }

    /** The start of an OLE2 compound file whose directory names {@code streamName}; nothing a library could open. */
    public static byte[] namingStream(String streamName) {
        byte[] content = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, content, 0, magic.length);
        byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, content, 1024, name.length);
        return content;
    }
}
