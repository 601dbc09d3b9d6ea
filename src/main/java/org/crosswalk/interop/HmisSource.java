package org.crosswalk.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An HMIS CSV export as files on disk: a folder as it is, or a zip unpacked into a temporary folder
 * (entries inside a sub-folder are found too). Closing removes what was unpacked.
 */
final class HmisSource implements AutoCloseable {

    private final Map<String, Path> files;
    private final Path unpacked;

    private HmisSource(Map<String, Path> files, Path unpacked) {
        this.files = files;
        this.unpacked = unpacked;
    }

    static HmisSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new HmisSource(csvFiles(path), null);
        }
        Path dir = Files.createTempDirectory("hmis-import");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".csv") && !entry.getName().contains("__MACOSX")) {
                    Files.copy(zip, dir.resolve(name));
                }
            }
        } catch (IOException e) {
            delete(dir);
            throw new IOException("That file is not a zip of HMIS CSV files: " + e.getMessage(), e);
        }
        return new HmisSource(csvFiles(dir), dir);
    }

    private static Map<String, Path> csvFiles(Path dir) throws IOException {
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .forEach(p -> found.put(p.getFileName().toString(), p));
        }
        return found;
    }

    Optional<Path> file(HmisFile file) {
        return files.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(file.csvName())).map(Map.Entry::getValue).findFirst();
    }

    /** CSV files that are not among HMIS's 24 (custom files): kept raw. */
    List<Path> others() {
        return files.entrySet().stream().filter(e -> HmisFile.byCsvName(e.getKey()).isEmpty()).map(Map.Entry::getValue).toList();
    }

    /** SHA-256 over every CSV file's name and bytes, in name order: the same export gives the same fingerprint. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> e : files.entrySet()) {
                digest.update(e.getKey().toLowerCase(Locale.ROOT).getBytes());
                try (InputStream in = new DigestInputStream(Files.newInputStream(e.getValue()), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (unpacked != null) {
            delete(unpacked);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
