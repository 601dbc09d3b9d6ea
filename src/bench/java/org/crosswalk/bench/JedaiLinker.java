package org.crosswalk.bench;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.linkage.matching.PersonRecord;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.Comparison;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.PairIterator;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entityclustering.UniqueMappingClustering;
import org.scify.jedai.entitymatching.ProfileMatcher;
import org.scify.jedai.utilities.enumerations.RepresentationModel;
import org.scify.jedai.utilities.enumerations.SimilarityMetric;
import org.scify.jedai.utilities.enumerations.WeightingScheme;

/**
 * JedAI 3.1, its standard schema-agnostic clean-clean workflow: token blocking, block filtering
 * (0.8), cardinality node pruning with the ECBS weighting, profile matching with character trigram
 * TF-IDF and cosine similarity, and JedAI's own unique-mapping clustering for the 1:1 result.
 */
final class JedaiLinker {

    record Both(Linked all, List<int[]> uniqueMapping) {}

    static Both link(List<PersonRecord> left, List<PersonRecord> right, float threshold) {
        long start = System.nanoTime();
        List<EntityProfile> a = profiles(left), b = profiles(right);
        List<AbstractBlock> blocks = new StandardBlocking().getBlocks(a, b);
        blocks = new BlockFiltering(0.8f).refineBlocks(blocks);
        blocks = new CardinalityNodePruning(WeightingScheme.ECBS).refineBlocks(blocks);
        ProfileMatcher matcher = new ProfileMatcher(a, b, RepresentationModel.CHARACTER_TRIGRAMS_TF_IDF,
                SimilarityMetric.COSINE_SIMILARITY);
        SimilarityPairs sims = matcher.executeComparisons(blocks);
        List<Linked.Scored> pairs = new ArrayList<>();
        PairIterator it = sims.getPairIterator();
        while (it.hasNext()) {
            Comparison c = it.next();
            if (c.getUtilityMeasure() >= threshold) pairs.add(new Linked.Scored(c.getEntityId1(), c.getEntityId2(), c.getUtilityMeasure()));
        }
        EquivalenceCluster[] clusters = new UniqueMappingClustering(threshold).getDuplicates(sims);
        List<int[]> unique = new ArrayList<>();
        for (EquivalenceCluster cl : clusters) {
            if (cl.getEntityIdsD1().size() == 1 && cl.getEntityIdsD2().size() == 1)
                unique.add(new int[] {cl.getEntityIdsD1().get(0), cl.getEntityIdsD2().get(0)});
        }
        long nanos = System.nanoTime() - start;
        return new Both(new Linked("JedAI 3.1", pairs, nanos, 0, "threshold " + threshold + ", " + sims.getNoOfComparisons() + " comparisons"), unique);
    }

    private static List<EntityProfile> profiles(List<PersonRecord> records) {
        List<EntityProfile> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            PersonRecord p = records.get(i);
            EntityProfile e = new EntityProfile(String.valueOf(i));
            add(e, "given_name", p.givenName());
            add(e, "surname", p.surname());
            add(e, "dob", p.dob());
            add(e, "ssn", p.ssn() == null ? null : p.ssn().replace("-", ""));
            add(e, "sex", p.sex());
            add(e, "street_number", p.streetNumber());
            add(e, "address_1", p.street());
            add(e, "address_2", p.locality());
            add(e, "suburb", p.suburb());
            add(e, "postcode", p.postcode());
            add(e, "state", p.state());
            out.add(e);
        }
        return out;
    }

    private static void add(EntityProfile e, String name, String value) {
        if (value != null && !value.isBlank()) e.addAttribute(name, value.trim().toLowerCase());
    }
}
