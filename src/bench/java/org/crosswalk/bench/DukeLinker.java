package org.crosswalk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.crosswalk.linkage.matching.PersonRecord;

/**
 * Duke 1.2 (Lucene candidate search + naive-Bayes combination of per-property probabilities), in
 * record-linkage mode over the same fields: names by Jaro-Winkler, date of birth, SSN, address and
 * postcode by Levenshtein, street number, state and sex exact. Low/high probabilities are the usual
 * Duke settings for person data; threshold 0.9.
 */
final class DukeLinker {

    static Linked link(List<PersonRecord> left, List<PersonRecord> right, double threshold) {
        long start = System.nanoTime();
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> props = new ArrayList<>();
        props.add(new PropertyImpl("ID"));
        props.add(new PropertyImpl("GIVEN", new JaroWinkler(), 0.2, 0.85));
        props.add(new PropertyImpl("SURNAME", new JaroWinkler(), 0.15, 0.9));
        props.add(new PropertyImpl("DOB", new Levenshtein(), 0.1, 0.95));
        props.add(new PropertyImpl("SSN", new Levenshtein(), 0.1, 0.98));
        props.add(new PropertyImpl("SEX", new ExactComparator(), 0.4, 0.55));
        props.add(new PropertyImpl("NUMBER", new ExactComparator(), 0.35, 0.7));
        props.add(new PropertyImpl("STREET", new Levenshtein(), 0.3, 0.85));
        props.add(new PropertyImpl("LOCALITY", new Levenshtein(), 0.35, 0.75));
        props.add(new PropertyImpl("SUBURB", new Levenshtein(), 0.3, 0.8));
        props.add(new PropertyImpl("POSTCODE", new Levenshtein(), 0.3, 0.8));
        props.add(new PropertyImpl("STATE", new ExactComparator(), 0.45, 0.55));
        config.setProperties(props);
        config.setThreshold(threshold);
        config.addDataSource(1, source("L", left));
        config.addDataSource(2, source("R", right));
        LuceneDatabase db = new LuceneDatabase();
        db.setMaxSearchHits(10);
        db.setConfiguration(config);
        config.setDatabase(db);
        Processor processor = new Processor(config, db);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        List<Linked.Scored> pairs = Collections.synchronizedList(new ArrayList<>());
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                String a = r1.getValue("ID"), b = r2.getValue("ID");
                if (a.startsWith("R")) {
                    String t = a;
                    a = b;
                    b = t;
                }
                if (a.startsWith("L") && b.startsWith("R"))
                    pairs.add(new Linked.Scored(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)), confidence));
            }
        });
        processor.link(config.getDataSources(1), config.getDataSources(2), true, 40000);
        processor.close();
        return new Linked("Duke 1.2 (Lucene)", List.copyOf(pairs), System.nanoTime() - start, 0,
                "threshold " + threshold + ", 10 Lucene hits per record");
    }

    private static DataSource source(String prefix, List<PersonRecord> records) {
        InMemoryDataSource source = new InMemoryDataSource();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord p = records.get(i);
            RecordImpl r = new RecordImpl();
            r.addValue("ID", prefix + i);
            add(r, "GIVEN", p.givenName());
            add(r, "SURNAME", p.surname());
            add(r, "DOB", p.dob());
            add(r, "SSN", p.ssn() == null ? null : p.ssn().replace("-", ""));
            add(r, "SEX", p.sex());
            add(r, "NUMBER", p.streetNumber());
            add(r, "STREET", p.street());
            add(r, "LOCALITY", p.locality());
            add(r, "SUBURB", p.suburb());
            add(r, "POSTCODE", p.postcode());
            add(r, "STATE", p.state());
            source.add(r);
        }
        return source;
    }

    private static void add(RecordImpl r, String property, String value) {
        if (value != null && !value.isBlank()) r.addValue(property, value.trim().toLowerCase());
    }
}
