// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hvnet.interop.inventory.InventoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations and truncations of every fixture never make the reader throw, report an internal error, or give
 * an inventory together with an error (the invariants of {@link InventoryFuzzTarget}). Seeded: a failure names its
 * seed and input, and reruns alike.
 */
class MutationPropertyTest {

    private static final long SEED = 0x48564e6574L;
    private static final int MUTATIONS_PER_FILE = 60;
    private static final String[] VALUES = {"null", "-1", "0", "1e999", "-0.5", "99999999999999999999999", "\"\"",
        "[]", "{}", "[null]", "\"Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting\"", "true", "\"00-00\"",
        "[1,[2,[3]]]", "{\"value\":[{}],\"Count\":1}", "\"999.1.1.1/99\"", "\"1-4095,0-9999\"", "\"\\u0000\"",
        "\"fe80::1\"", "\"ANY\"", "\"Trunk\"", "7"};
    private static final Pattern VALUE = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\w.+-]*|true|false|null)");

    @Test
    void randomMutationsOfEveryFixtureFileNeverThrow() throws IOException {
        Random random = new Random(SEED);
        int reads = 0;
        for (Path file : fixtureFiles()) {
            byte[] original = Files.readAllBytes(file);
            String text = utf8(original);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                byte[] mutated = i % 2 == 0 ? bytes(original, random) : mutatedText(text, random)
                        .getBytes(StandardCharsets.UTF_8);
                InventoryFuzzTarget.fuzzerTestOneInput(mutated);
                reads++;
            }
        }
        assertTrue(reads > 1000, "only " + reads + " inputs were tried");
    }

    @Test
    void mutatedFilesInADirectoryInventoryNeverThrow(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED + 1);
        List<Path> files = Inventories.files("2019-set-vlans");
        for (int i = 0; i < 40; i++) {
            for (Path file : files) {
                Files.write(dir.resolve(file.getFileName()), Files.readAllBytes(file));
            }
            Path victim = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(victim);
            Files.write(dir.resolve(victim.getFileName()), i % 2 == 0 ? bytes(original, random)
                    : mutatedText(utf8(original), random).getBytes(StandardCharsets.UTF_8));
            int round = i;
            InventoryFuzzTarget.check(InventoryReader.read(dir), () -> "round " + round + ", " + victim.getFileName());
        }
    }

    /** One byte-level mutation: a truncation, flipped bytes, a deleted or repeated span. */
    private static byte[] bytes(byte[] original, Random random) {
        if (original.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(original.length);
        switch (random.nextInt(4)) {
            case 0:
                return Arrays.copyOf(original, at);
            case 1: {
                byte[] copy = original.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 2: {
                int end = Math.min(original.length, at + random.nextInt(200));
                byte[] copy = new byte[original.length - (end - at)];
                System.arraycopy(original, 0, copy, 0, at);
                System.arraycopy(original, end, copy, at, original.length - end);
                return copy;
            }
            default: {
                int end = Math.min(original.length, at + random.nextInt(200));
                byte[] copy = new byte[original.length + (end - at)];
                System.arraycopy(original, 0, copy, 0, end);
                System.arraycopy(original, at, copy, end, original.length - at);
                return copy;
            }
        }
    }

    /**
     * One structure-aware mutation: some JSON values replaced by values of other types or out of range, or a value
     * slipped into an array (among the rows of a cmdlet).
     */
    static String mutatedText(String text, Random random) {
        int bracket = text.indexOf('[', random.nextInt(Math.max(1, text.length())));
        if (random.nextInt(4) == 0 && bracket >= 0) {
            return text.substring(0, bracket + 1) + VALUES[random.nextInt(VALUES.length)] + ","
                    + text.substring(bracket + 1);
        }
        Matcher matcher = VALUE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        if (spans.isEmpty()) {
            return text + VALUES[random.nextInt(VALUES.length)];
        }
        StringBuilder result = new StringBuilder(text);
        int count = 1 + random.nextInt(6);
        List<int[]> chosen = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            chosen.add(spans.get(random.nextInt(spans.size())));
        }
        chosen.stream().distinct().sorted((a, b) -> Integer.compare(b[0], a[0])).forEach(
                span -> result.replace(span[0], span[1], VALUES[random.nextInt(VALUES.length)]));
        return result.toString();
    }

    /** The text of a fixture's bytes in its own encoding, to mutate as JSON (UTF-16 files read by their mark). */
    private static String utf8(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Inventories.folder())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
