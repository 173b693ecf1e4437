// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.AclAction;
import org.hvnet.model.AclDirection;
import org.hvnet.model.PortAcl;
import org.hvnet.model.values.Ipv4Address;

/**
 * The port ACL rules of one direction of a switch port (rule X-7): a packet leaving the port is checked against its
 * {@code out} rules with its destination as the remote address, one arriving against its {@code in} rules with its
 * source; the matching rule with the longest prefix decides, Deny winning a tie, and no matching rule allows.
 */
public final class AclRules {

    /** The rules of a port without any in that direction: everything is allowed. */
    public static final AclRules NONE = new AclRules(new int[0], new int[0], new boolean[0], new String[0]);

    private final int[] networks;
    private final int[] prefixes;
    private final boolean[] deny;
    private final String[] texts;

    private AclRules(int[] networks, int[] prefixes, boolean[] deny, String[] texts) {
        this.networks = networks;
        this.prefixes = prefixes;
        this.deny = deny;
        this.texts = texts;
    }

    /** The rules of {@code acls} that apply in {@code direction} ({@code both} applies in each), in the order written. */
    static AclRules of(List<PortAcl> acls, AclDirection direction) {
        if (acls.isEmpty()) {
            return NONE;
        }
        List<PortAcl> chosen = new ArrayList<>();
        for (PortAcl acl : acls) {
            if (acl.getRemotePrefix() != null && (acl.getDirection() == direction || acl.getDirection() == AclDirection.BOTH)) {
                chosen.add(acl);
            }
        }
        if (chosen.isEmpty()) {
            return NONE;
        }
        int[] networks = new int[chosen.size()];
        int[] prefixes = new int[chosen.size()];
        boolean[] deny = new boolean[chosen.size()];
        String[] texts = new String[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            PortAcl acl = chosen.get(i);
            prefixes[i] = acl.getRemotePrefix().prefix();
            networks[i] = acl.getRemotePrefix().network().bits();
            deny[i] = acl.getAction() == AclAction.DENY;
            texts[i] = (deny[i] ? "deny" : "allow") + " remote " + acl.getRemotePrefix().subnet();
        }
        return new AclRules(networks, prefixes, deny, texts);
    }

    /** True when the port has no rule in this direction. */
    public boolean isEmpty() {
        return networks.length == 0;
    }

    /** The index of the rule that decides for {@code remote} (longest prefix, Deny on a tie), or -1 when none matches. */
    public int decidingRule(int remote) {
        int best = -1;
        for (int i = 0; i < networks.length; i++) {
            boolean longer = best < 0 || prefixes[i] > prefixes[best];
            boolean denyOnATie = best >= 0 && prefixes[i] == prefixes[best] && deny[i] && !deny[best];
            if (matches(i, remote) && (longer || denyOnATie)) {
                best = i;
            }
        }
        return best;
    }

    /** True when a packet with {@code remote} as its remote address passes (rule X-7). */
    public boolean allows(int remote) {
        int rule = decidingRule(remote);
        return rule < 0 || !deny[rule];
    }

    /** The rule as written after {@code acl allow|deny DIRECTION}: {@code deny remote 10.0.0.0/8}. */
    public String text(int rule) {
        return texts[rule];
    }

    /** The prefixes of the rules as {address bits, length}: they refine the classes of the reachability analysis (T-8). */
    public List<int[]> prefixes() {
        if (networks.length == 0) {
            return List.of();
        }
        List<int[]> result = new ArrayList<>(networks.length);
        for (int i = 0; i < networks.length; i++) {
            result.add(new int[] { networks[i], prefixes[i] });
        }
        return result;
    }

    /** A canonical text of the rules: ports with equal keys decide alike for every remote address. */
    String key() {
        if (networks.length == 0) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < networks.length; i++) {
            key.append(texts[i]).append(';');
        }
        return key.toString();
    }

    /** What the rules say about {@code remote}, for a trace: the deciding rule, or that none matches. */
    public String explain(int remote) {
        int rule = decidingRule(remote);
        String address = Ipv4Address.ofBits(remote).toString();
        if (rule < 0) {
            return "no rule matches " + address + ": allowed";
        }
        return texts[rule] + " matches " + address + ": " + (deny[rule] ? "denied" : "allowed");
    }

    private boolean matches(int rule, int remote) {
        int mask = prefixes[rule] == 0 ? 0 : -1 << (32 - prefixes[rule]);
        return (remote & mask) == networks[rule];
    }
}
