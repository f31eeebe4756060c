package io.pulse.messaging.common.embedding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors computed ahead of time for fixed texts (a service's built-in topic prototypes), so that a start does not run
 * the model over them. They are shipped as a class-path resource written by {@link #write}: the model's id, the
 * dimension, then per text the SHA-256 of its UTF-8 bytes and its vector; no text is kept. A resource of another model
 * gives no vectors ({@link #load}), so that changing the model can never serve the old model's vectors; a test of the
 * service that ships them recomputes every one with the model and checks that none is missing, extra or different.
 */
public final class FixedVectors {

    /** No vectors. */
    public static final FixedVectors NONE = new FixedVectors("", Map.of());

    private static final int MAGIC = 0x50564543; // "PVEC"
    private static final HexFormat HEX = HexFormat.of();

    private final String modelId;
    private final Map<String, float[]> byDigest;

    private FixedVectors(String modelId, Map<String, float[]> byDigest) {
        this.modelId = modelId;
        this.byDigest = byDigest;
    }

    /** The vectors of {@code texts} as given (the model's output), for {@link #write}. */
    public static FixedVectors of(String modelId, List<String> texts, List<float[]> vectors) {
        Map<String, float[]> byDigest = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byDigest.put(digest(texts.get(i)), vectors.get(i).clone());
        }
        return new FixedVectors(modelId, byDigest);
    }

    /**
     * The resource's vectors if it exists and was computed by {@code modelId}; {@link #NONE} otherwise.
     *
     * @throws UncheckedIOException when the resource exists but cannot be read
     */
    public static FixedVectors load(ClassLoader loader, String resource, String modelId) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return NONE;
            }
            FixedVectors read = read(in);
            return read.modelId.equals(modelId) ? read : NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixed vectors " + resource, e);
        }
    }

    static FixedVectors read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a fixed-vectors resource");
        }
        String model = in.readUTF();
        int dimension = in.readInt();
        int count = in.readInt();
        Map<String, float[]> byDigest = new HashMap<>(count * 2);
        byte[] digest = new byte[32];
        for (int i = 0; i < count; i++) {
            in.readFully(digest);
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            byDigest.put(HEX.formatHex(digest), vector);
        }
        return new FixedVectors(model, byDigest);
    }

    /** Writes these vectors in the resource's format. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        int dimension = byDigest.values().stream().findFirst().map(v -> v.length).orElse(0);
        out.writeInt(MAGIC);
        out.writeUTF(modelId);
        out.writeInt(dimension);
        out.writeInt(byDigest.size());
        for (Map.Entry<String, float[]> e : byDigest.entrySet()) {
            out.write(HEX.parseHex(e.getKey()));
            for (float v : e.getValue()) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    /** The text's vector, or null when it is not one of the fixed texts. A copy: callers may keep it. */
    public float[] get(String text) {
        if (byDigest.isEmpty()) {
            return null;
        }
        float[] vector = byDigest.get(digest(text));
        return vector == null ? null : vector.clone();
    }

    public String modelId() {
        return modelId;
    }

    public int size() {
        return byDigest.size();
    }

    private static String digest(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
