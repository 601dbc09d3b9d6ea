package org.crosswalk.linkage.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Privacy-preserving mode (Schnell, Bachteler and Reiher 2009): each agency encodes its own records
 * with a secret key shared between agencies and never with the party that links. Names, street,
 * locality, suburb and the date of birth become field-level Bloom filters (512 bits) of their
 * padded character bigrams, each bigram set at 15 positions drawn by double hashing from
 * HMAC-SHA256(key, field ‖ bigram); the linking party compares filters by the Dice coefficient.
 * SSN (full, last 4, its sorted digits), the date of birth (whole, and year with day/month in either
 * order), sex, street number, postcode and state become keyed hashes compared for equality. Blocking
 * keys are the plain scheme's keys passed through the same HMAC. The encoded record keeps no clear
 * text. The comparison levels then feed the same EM-estimated Fellegi–Sunter model.
 */
public final class BloomScheme implements Scheme<BloomScheme.Encoded> {

    private static final int BITS = 512, WORDS = BITS / 64, K = 15;
    private static final List<String> DICE_LEVELS = List.of("Dice < 0.6", "Dice ≥ 0.6", "Dice ≥ 0.8", "identical");
    private static final List<Field> FIELDS = List.of(
            new Field("given name", DICE_LEVELS),
            new Field("surname", DICE_LEVELS).as(Field.Role.PLACE),
            new Field("date of birth", List.of("disagree", "Dice ≥ 0.7", "day/month swap", "exact")),
            new Field("SSN", List.of("disagree", "same digits reordered", "last 4 agree", "exact")),
            new Field("sex", List.of("disagree", "agree")),
            new Field("street number", List.of("disagree", "agree")).as(Field.Role.PLACE),
            new Field("street", DICE_LEVELS).as(Field.Role.PLACE),
            new Field("locality", DICE_LEVELS).as(Field.Role.PLACE),
            new Field("suburb", DICE_LEVELS).as(Field.Role.PLACE),
            new Field("postcode", List.of("disagree", "agree")).as(Field.Role.PLACE),
            new Field("state", List.of("disagree", "agree")).as(Field.Role.PLACE));

    private final byte[] secret;
    private final PlainScheme plain = new PlainScheme();
    private final ThreadLocal<Mac> macs;
    /** Bigram positions already computed by this encoder (the agency's side; a few thousand distinct bigrams). */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> positions = new java.util.concurrent.ConcurrentHashMap<>();

    public BloomScheme(byte[] secret) {
        if (secret.length < 16) throw new IllegalArgumentException("the shared secret needs at least 16 bytes");
        this.secret = secret.clone();
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What an agency sends: Bloom filters, keyed hashes and keyed blocking keys; no clear text. */
    public static final class Encoded {
        final long[] given, surname, dobFilter, street, locality, suburb;
        final long dob, dobUnordered, ssn, last4, ssnDigits, sex, streetNumber, postcode, state;
        final long[] keys;

        Encoded(long[] given, long[] surname, long[] dobFilter, long[] street, long[] locality, long[] suburb, long dob,
                long dobUnordered, long ssn, long last4, long ssnDigits, long sex, long streetNumber, long postcode, long state,
                long[] keys) {
            this.given = given;
            this.surname = surname;
            this.dobFilter = dobFilter;
            this.street = street;
            this.locality = locality;
            this.suburb = suburb;
            this.dob = dob;
            this.dobUnordered = dobUnordered;
            this.ssn = ssn;
            this.last4 = last4;
            this.ssnDigits = ssnDigits;
            this.sex = sex;
            this.streetNumber = streetNumber;
            this.postcode = postcode;
            this.state = state;
            this.keys = keys;
        }
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }

    /** Encodes a record (done by the agency that holds it). */
    @Override
    public Encoded prepare(PersonRecord record) {
        PlainScheme.Prepared p = plain.prepare(record);
        long[] keys = new long[plain.keyCount()];
        for (int k = 0; k < keys.length; k++) {
            long h = plain.key(p, k);
            keys[k] = h == 0 ? 0 : nonZero(hmac("key", Long.toString(h)));
        }
        String dob = p.dob == 0 ? "" : String.valueOf(p.dob);
        return new Encoded(filter("g", p.given.text), filter("s", p.surname.text), filter("d", dob), filter("a", p.street.text),
                filter("l", p.locality.text), filter("u", p.suburb.text), token("dob", dob),
                p.dob == 0 ? 0 : token("dobu", p.year + "%04d".formatted(p.dayMonth)),
                p.fullSsn() ? token("ssn", p.ssn) : 0, token("last4", p.last4 < 0 ? "" : "%04d".formatted(p.last4)),
                p.fullSsn() ? token("ssnd", Keys.sortedDigits(p.ssn)) : 0, token("sex", p.sex.text), token("no", p.streetNumber.text),
                token("pc", p.postcode.text), token("st", p.state.text), keys);
    }

    private long token(String field, String value) {
        return value.isEmpty() ? 0 : nonZero(hmac(field, value));
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private long hmac(String field, String value) {
        Mac mac = macs.get();
        mac.update(field.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return ByteBuffer.wrap(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private long[] filter(String field, String value) {
        if (value.isEmpty()) return null;
        long[] bits = new long[WORDS];
        String padded = "_" + value + "_";
        for (int i = 0; i + 2 <= padded.length(); i++) {
            for (int pos : positions.computeIfAbsent(field + padded.substring(i, i + 2), this::positionsOf)) {
                bits[pos >>> 6] |= 1L << (pos & 63);
            }
        }
        return bits;
    }

    /** The K filter positions of one field-tagged bigram: double hashing over HMAC-SHA256(key, field ‖ bigram). */
    private int[] positionsOf(String taggedBigram) {
        Mac mac = macs.get();
        mac.update(taggedBigram.substring(0, 1).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        ByteBuffer h = ByteBuffer.wrap(mac.doFinal(taggedBigram.substring(1).getBytes(StandardCharsets.UTF_8)));
        long h1 = h.getLong(), h2 = h.getLong() | 1;
        int[] out = new int[K];
        for (int j = 0; j < K; j++) out[j] = (int) Long.remainderUnsigned(h1 + j * h2, BITS);
        return out;
    }

    static double dice(long[] a, long[] b) {
        int both = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            both += Long.bitCount(a[i] & b[i]);
            na += Long.bitCount(a[i]);
            nb += Long.bitCount(b[i]);
        }
        return na + nb == 0 ? 0 : 2.0 * both / (na + nb);
    }

    private static int diceLevel(long[] a, long[] b) {
        if (a == null || b == null) return 0;
        double d = dice(a, b);
        return d == 1.0 ? 4 : d >= 0.8 ? 3 : d >= 0.6 ? 2 : 1;
    }

    private static int same(long a, long b) {
        return a == 0 || b == 0 ? 0 : a == b ? 2 : 1;
    }

    @Override
    public long compare(Encoded a, Encoded b) {
        long p = 0;
        p = Field.with(p, PlainScheme.GIVEN, diceLevel(a.given, b.given));
        p = Field.with(p, PlainScheme.SURNAME, diceLevel(a.surname, b.surname));
        int dob = a.dob == 0 || b.dob == 0 ? 0 : a.dob == b.dob ? 4 : a.dobUnordered == b.dobUnordered ? 3
                : dice(a.dobFilter, b.dobFilter) >= 0.7 ? 2 : 1;
        p = Field.with(p, PlainScheme.DOB, dob);
        int ssn;
        if (a.last4 == 0 || b.last4 == 0) ssn = 0;
        else if (a.ssn != 0 && b.ssn != 0) ssn = a.ssn == b.ssn ? 4 : a.ssnDigits == b.ssnDigits ? 2 : 1;
        else ssn = a.last4 == b.last4 ? 3 : 1;
        p = Field.with(p, PlainScheme.SSN, ssn);
        p = Field.with(p, PlainScheme.SEX, same(a.sex, b.sex));
        p = Field.with(p, PlainScheme.STREET_NUMBER, same(a.streetNumber, b.streetNumber));
        p = Field.with(p, PlainScheme.STREET, diceLevel(a.street, b.street));
        p = Field.with(p, PlainScheme.LOCALITY, diceLevel(a.locality, b.locality));
        p = Field.with(p, PlainScheme.SUBURB, diceLevel(a.suburb, b.suburb));
        p = Field.with(p, PlainScheme.POSTCODE, same(a.postcode, b.postcode));
        p = Field.with(p, PlainScheme.STATE, same(a.state, b.state));
        return p;
    }

    @Override
    public int keyCount() {
        return plain.keyCount();
    }

    @Override
    public long key(Encoded record, int k) {
        return record.keys[k];
    }

    @Override
    public String sortKey(Encoded record) {
        return null;
    }
}
