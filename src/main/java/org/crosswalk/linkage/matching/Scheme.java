package org.crosswalk.linkage.matching;

import java.util.List;

/**
 * How records are prepared, compared and blocked. Two schemes exist: {@link PlainScheme} over clear
 * text and {@link BloomScheme} over keyed Bloom-filter encodings (privacy-preserving mode).
 *
 * @param <R> the prepared form of a record
 */
public interface Scheme<R> {

    List<Field> fields();

    R prepare(PersonRecord record);

    /**
     * Called once with all prepared records of a run before any comparison, so a scheme can learn
     * what depends on the whole data (value frequencies). Returns the scheme to compare with.
     */
    default Scheme<R> learn(List<R> left, List<R> right) {
        return this;
    }

    /** The comparison vector of two prepared records, one level per field, packed by {@link Field}. */
    long compare(R a, R b);

    /** How many blocking keys each record has. */
    int keyCount();

    /** Blocking key {@code k} of a record as a 64-bit hash; 0 when the record has no such key (a blank field). */
    long key(R record, int k);

    /** The key records are sorted by for the sorted-neighbourhood pass, or null to skip that pass. */
    String sortKey(R record);
}
