// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

/** Union-find over 0..n-1 with path halving and union by size; near-linear time (rule T-1, T-8). */
final class DisjointSets {

    private final int[] parent;
    private final int[] size;

    DisjointSets(int count) {
        parent = new int[count];
        size = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int element) {
        int current = element;
        while (parent[current] != current) {
            parent[current] = parent[parent[current]];
            current = parent[current];
        }
        return current;
    }

    void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
    }
}
