package org.crosswalk.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Service;

/**
 * Seals SSNs for storage (AES-256-GCM via Spring Security Crypto). The key comes from
 * {@code crosswalk.security.ssn-key}; when none is configured a random key is created once under
 * the data directory, which suits the zero-setup demo but not a deployment.
 */
@Service
public class SsnVault {

    private static final Logger log = LoggerFactory.getLogger(SsnVault.class);

    private final BytesEncryptor encryptor;
    private final javax.crypto.spec.SecretKeySpec matchKey;

    SsnVault(@Value("${crosswalk.security.ssn-key:}") String configuredKey,
             @Value("${crosswalk.data-dir}") Path dataDir) throws IOException {
        String key = configuredKey.isBlank() ? keyFromDataDir(dataDir) : configuredKey;
        this.encryptor = Encryptors.stronger(key, HexFormat.of().formatHex(sha256(key), 0, 8));
        this.matchKey = new javax.crypto.spec.SecretKeySpec(sha256("crosswalk-ssn-match-key:" + key), "HmacSHA256");
    }

    /**
     * A keyed hash (HMAC-SHA256 under a key derived from the SSN key) for matching records by SSN
     * across sources, such as UI wage records, without the SSN leaving this module. The same SSN
     * always gives the same key in one deployment; without the key it cannot be reversed by
     * trying all 10⁹ numbers.
     */
    public String matchKey(Ssn ssn) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(matchKey);
            return HexFormat.of().formatHex(mac.doFinal(ssn.digits().getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The match key of a sealed SSN (as stored on a household member). */
    public String matchKey(byte[] sealedSsn) {
        return matchKey(unseal(sealedSsn));
    }

    public record Sealed(byte[] cipherText, String last4) {}

    public Sealed seal(Ssn ssn) {
        return new Sealed(encryptor.encrypt(ssn.digits().getBytes(StandardCharsets.US_ASCII)), ssn.last4());
    }

    /** For matching and exports inside this module only; pages show {@link Ssn#mask}. */
    Ssn unseal(byte[] cipherText) {
        return Ssn.parse(new String(encryptor.decrypt(cipherText), StandardCharsets.US_ASCII), "ssn");
    }

    private static String keyFromDataDir(Path dataDir) throws IOException {
        Path file = dataDir.resolve("ssn.key");
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, HexFormat.of().formatHex(random));
            log.warn("No crosswalk.security.ssn-key configured: created a key in {}. Configure one for a real deployment.", file);
        }
        return Files.readString(file).strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
