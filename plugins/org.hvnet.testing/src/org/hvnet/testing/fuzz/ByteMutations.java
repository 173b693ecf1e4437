// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Byte-level mutations of a fuzzer's seed inputs: a slice inserted, deleted, replaced or duplicated, random bytes
 * written over, a truncation, and the splice of two inputs. Deterministic for a given random source.
 */
public final class ByteMutations {

    /** Bytes that stress lexers and decoders: NUL, quotes, braces, a BOM, a lone continuation byte, overlong UTF-8. */
    private static final byte[][] INTERESTING = {{0}, {'"'}, {'\\'}, {'{'}, {'}'}, {'\n'}, {'\r'}, {(byte) 0xEF,
        (byte) 0xBB, (byte) 0xBF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98,
        (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}, {'/', '*'}, {'/', '/'}, {'-'}, {'.'}, {'/'}};

    private ByteMutations() {
    }

    /** One to four mutations of {@code input}; {@code others} are the inputs it may be spliced with. */
    public static byte[] mutate(byte[] input, List<byte[]> others, SplittableRandom random, int largest) {
        byte[] result = input;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            result = once(result, others, random);
            if (result.length > largest) {
                result = Arrays.copyOf(result, largest);
            }
        }
        return result;
    }

    private static byte[] once(byte[] input, List<byte[]> others, SplittableRandom random) {
        if (input.length == 0) {
            return INTERESTING[random.nextInt(INTERESTING.length)].clone();
        }
        int at = random.nextInt(input.length + 1);
        int end = Math.min(input.length, at + random.nextInt(1 + Math.min(input.length, 64)));
        switch (random.nextInt(7)) {
            case 0:
                return replace(input, at, end, new byte[0]);
            case 1:
                return replace(input, at, at, Arrays.copyOfRange(input, at, end));
            case 2: {
                byte[] copy = input.clone();
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 3:
                return replace(input, at, end, INTERESTING[random.nextInt(INTERESTING.length)]);
            case 4:
                return Arrays.copyOf(input, at);
            case 5: {
                byte[] other = others.get(random.nextInt(others.size()));
                int from = random.nextInt(other.length + 1);
                return replace(input, at, input.length, Arrays.copyOfRange(other, from, other.length));
            }
            default: {
                byte[] other = others.get(random.nextInt(others.size()));
                int from = random.nextInt(other.length + 1);
                int to = Math.min(other.length, from + random.nextInt(1 + Math.min(other.length, 400)));
                return replace(input, at, end, Arrays.copyOfRange(other, from, to));
            }
        }
    }

    /** {@code input} with {@code [from, to)} replaced by {@code slice}. */
    public static byte[] replace(byte[] input, int from, int to, byte[] slice) {
        byte[] result = new byte[input.length - (to - from) + slice.length];
        System.arraycopy(input, 0, result, 0, from);
        System.arraycopy(slice, 0, result, from, slice.length);
        System.arraycopy(input, to, result, from + slice.length, input.length - to);
        return result;
    }
}
