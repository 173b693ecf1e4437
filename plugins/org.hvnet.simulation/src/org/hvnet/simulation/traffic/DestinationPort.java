// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.Locale;

import org.hvnet.model.Protocol;

/**
 * The destination port of a traced packet ({@code hvnet trace ... --port tcp/8080}), so that static port mappings
 * can be traced (rules T-6, X-1); reachability and expectations carry no port.
 */
public record DestinationPort(Protocol protocol, int number) {

    /** The highest port number. */
    public static final int MAX = 65535;

    /**
     * Parses {@code tcp/N} or {@code udp/N}, N from 1 to 65535.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and what to write
     */
    public static DestinationPort valueOf(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        int slash = trimmed.indexOf('/');
        Protocol protocol = slash < 0 ? null : Protocol.get(trimmed.substring(0, slash));
        String digits = slash < 0 ? "" : trimmed.substring(slash + 1);
        if (protocol == null || digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)
                || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MAX) {
            throw new IllegalArgumentException("'" + text + "' is not a port: write tcp/N or udp/N with N from 1 to " + MAX
                    + ", like tcp/8080");
        }
        return new DestinationPort(protocol, Integer.parseInt(digits));
    }

    @Override
    public String toString() {
        return protocol.getLiteral() + "/" + number;
    }
}
