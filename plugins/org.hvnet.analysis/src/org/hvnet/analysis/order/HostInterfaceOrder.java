// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.VirtualSwitch;

/**
 * The order in which one host's interfaces are written (rules ), read from the host's own lists: a host's text
 * is one block, and a switch's host vNICs and a VM's NICs are written inside their switch's or VM's line in list order,
 * so only the order of the host's own lines (NICs, switches, VMs, the install line) needs the text: the first and last
 * lines of its lists when each list is written as one block, else one walk over the host's lines. An interface's key
 * holds the host's index among all hosts of the model (files in order, hosts as written) in its high 32 bits, and in
 * its low 31 bits the rank of its line in the host above its place in that line (so the keys of one host's interfaces
 * also compare by their low 32 bits alone); keys of interfaces compare with each other only, never with {@link
 * WrittenOrder#keyOf}. Interfaces the rules created rank with the line that creates them, as in {@link
 * WrittenOrder#keyOf}: a host vNIC added to a written switch (S-4, I-2) with its switch, a switch and host vNIC of a
 * planned install with the {@code install} line. A host without text ranks every interface equal, so a stable sort
 * keeps model order.
 */
public final class HostInterfaceOrder {

    /** Bits of a line's rank in its host; a host of more lines ranks the last ones equal (model order then). */
    private static final int RANK_BITS = 19;
    /** Bits of an interface's place in its line; further NICs of a VM rank equal, and are written in list order. */
    private static final int PLACE_BITS = 12;
    private static final int MAX_RANK = (1 << RANK_BITS) - 1;
    private static final int MAX_PLACE = (1 << PLACE_BITS) - 1;

    private final long host;
    /** No text: every interface of the host ties. */
    private final boolean tied;
    private final int[] nicRanks;
    private final int[] switchRanks;
    private final int[] writtenVnics;
    private final int[] vmRanks;
    private int installRank;

    private HostInterfaceOrder(long host, int[] nicRanks, int[] switchRanks, int[] writtenVnics, int[] vmRanks) {
        this.host = host;
        this.tied = nicRanks == null;
        this.nicRanks = nicRanks;
        this.switchRanks = switchRanks;
        this.writtenVnics = writtenVnics;
        this.vmRanks = vmRanks;
    }

    /**
     * The order of the interfaces of the host with index {@code index} in the model, written as {@code written}
     * (null: the rules created the host, or it has no written counterpart), whose lists the simulated host's lists
     * start with (a copy keeps its original's order; the rules only append).
     */
    static HostInterfaceOrder of(int index, Host written) {
        long host = (long) index << 32;
        ICompositeNode node = written == null ? null : NodeModelUtils.getNode(written);
        if (node == null) {
            return new HostInterfaceOrder(host, null, null, null, null);
        }
        List<VirtualSwitch> switches = written.getSwitches();
        int[] writtenVnics = new int[switches.size()];
        for (int i = 0; i < writtenVnics.length; i++) {
            writtenVnics[i] = switches.get(i).getHostVnics().size();
        }
        HostInterfaceOrder order = new HostInterfaceOrder(host, new int[written.getNics().size()], new int[switches.size()], writtenVnics,
                new int[written.getVms().size()]);
        if (!order.rankByBlocks(written) && !order.rankByWalk(written, node)) {
            order.rankByOffsets(written, node.getTotalOffset());
        }
        return order;
    }

    /**
     * Ranks the host's lines when each of its lists (NICs, switches, VMs) is written as one block, as most hosts are:
     * the text from the first to the last line of one list overlaps no other list's nor the install line, so the lines
     * rank block by block in the order the blocks start. Only the text of each list's first and last lines is looked up
     * (not the last line of the block written last); false when the
     * blocks interleave or a first or last line has no text (a line added inside a block after the text was read
     * ranks in list order).
     */
    private boolean rankByBlocks(Host written) {
        List<List<? extends EObject>> blocks = new ArrayList<>(4);
        List<int[]> ranks = new ArrayList<>(4);
        addBlock(written.getNics(), nicRanks, blocks, ranks);
        addBlock(written.getSwitches(), switchRanks, blocks, ranks);
        addBlock(written.getVms(), vmRanks, blocks, ranks);
        int[] install = new int[1];
        addBlock(written.getInstall() == null ? List.of() : List.of(written.getInstall()), install, blocks, ranks);
        int count = blocks.size();
        long[] starts = new long[count]; // the first line's offset in the high half, the block's index in the low half
        ICompositeNode[] firsts = new ICompositeNode[count];
        for (int b = 0; b < count; b++) {
            firsts[b] = NodeModelUtils.getNode(blocks.get(b).get(0));
            if (firsts[b] == null) {
                return false;
            }
            starts[b] = ((long) firsts[b].getTotalOffset() << 32) | b;
        }
        Arrays.sort(starts);
        for (int i = 1; i < count; i++) { // each block but the last written ends before the next one starts
            List<? extends EObject> block = blocks.get((int) starts[i - 1]);
            ICompositeNode last = block.size() == 1 ? firsts[(int) starts[i - 1]] : NodeModelUtils.getNode(block.get(block.size() - 1));
            if (last == null || last.getTotalEndOffset() > (int) (starts[i] >>> 32)) {
                return false;
            }
        }
        int rank = 1; // 0 is the host's own line
        for (long start : starts) {
            int[] blockRanks = ranks.get((int) start);
            for (int line = 0; line < blockRanks.length; line++) {
                blockRanks[line] = Math.min(rank++, MAX_RANK);
            }
        }
        installRank = install[0];
        return true;
    }

    private static void addBlock(List<? extends EObject> lines, int[] ranks, List<List<? extends EObject>> blocks, List<int[]> rankArrays) {
        if (!lines.isEmpty()) {
            blocks.add(lines);
            rankArrays.add(ranks);
        }
    }

    /**
     * Ranks the host's lines in the order of the host's text, one walk over its top-level nodes (each list is in text
     * order, so a line is the next one of its list); false when a line has no node there (a model changed after it
     * was read), which the offsets then rank.
     */
    private boolean rankByWalk(Host written, ICompositeNode node) {
        List<? extends EObject> nics = written.getNics();
        List<? extends EObject> switches = written.getSwitches();
        List<? extends EObject> vms = written.getVms();
        EObject install = written.getInstall();
        int nic = 0;
        int vswitch = 0;
        int vm = 0;
        boolean installRanked = install == null;
        int rank = 1; // 0 is the host's own line
        for (INode child : node.getChildren()) {
            if (!child.hasDirectSemanticElement()) {
                continue;
            }
            EObject line = child.getSemanticElement();
            if (nic < nics.size() && nics.get(nic) == line) {
                nicRanks[nic++] = Math.min(rank++, MAX_RANK);
            } else if (vswitch < switches.size() && switches.get(vswitch) == line) {
                switchRanks[vswitch++] = Math.min(rank++, MAX_RANK);
            } else if (vm < vms.size() && vms.get(vm) == line) {
                vmRanks[vm++] = Math.min(rank++, MAX_RANK);
            } else if (line == install && install != null) {
                installRank = Math.min(rank++, MAX_RANK);
                installRanked = true;
            }
        }
        return nic == nics.size() && vswitch == switches.size() && vm == vms.size() && installRanked;
    }

    /**
     * Ranks the host's lines by the offsets of their texts, each looked up; a line without text takes the host's
     * offset, and equal offsets keep the order NICs, switches, VMs, install.
     */
    private void rankByOffsets(Host written, int hostOffset) {
        List<EObject> lines = new ArrayList<>(written.getNics());
        lines.addAll(written.getSwitches());
        lines.addAll(written.getVms());
        if (written.getInstall() != null) {
            lines.add(written.getInstall());
        }
        Integer[] byOffset = new Integer[lines.size()];
        long[] offsets = new long[lines.size()];
        for (int i = 0; i < byOffset.length; i++) {
            ICompositeNode node = NodeModelUtils.getNode(lines.get(i));
            offsets[i] = node == null ? hostOffset : node.getTotalOffset();
            byOffset[i] = i;
        }
        Arrays.sort(byOffset, Comparator.comparingLong(i -> offsets[i])); // stable
        int switchesFrom = nicRanks.length;
        int vmsFrom = switchesFrom + switchRanks.length;
        int installAt = vmsFrom + vmRanks.length;
        for (int position = 0; position < byOffset.length; position++) {
            int line = byOffset[position];
            int rank = Math.min(position + 1, MAX_RANK);
            if (line < switchesFrom) {
                nicRanks[line] = rank;
            } else if (line < vmsFrom) {
                switchRanks[line - switchesFrom] = rank;
            } else if (line < installAt) {
                vmRanks[line - vmsFrom] = rank;
            } else {
                installRank = rank;
            }
        }
    }

    /** The key of the host's physical NIC with index {@code index} in its list. */
    public long nic(int index) {
        return tied ? host : key(index < nicRanks.length ? nicRanks[index] : 0, 0);
    }

    /**
     * The key of the host vNIC with index {@code vnic} in the list of the host's switch with index {@code vswitch}: a
     * written one ranks with its switch, after it in list order; one the rules added to a written switch ranks with
     * the switch's line (S-4, I-2), one of a switch a planned install created with the install line (I-2).
     */
    public long hostVnic(int vswitch, int vnic) {
        if (tied) {
            return host;
        }
        if (vswitch >= switchRanks.length) {
            return key(installRank, 0);
        }
        return key(switchRanks[vswitch], vnic < writtenVnics[vswitch] ? vnic + 1 : 0);
    }

    /** The key of the NIC with index {@code nic} in the list of the host's VM with index {@code vm}. */
    public long vmNic(int vm, int nic) {
        return tied ? host : key(vm < vmRanks.length ? vmRanks[vm] : 0, nic + 1);
    }

    private long key(int rank, int place) {
        return host | ((long) rank << PLACE_BITS) | Math.min(place, MAX_PLACE);
    }
}
