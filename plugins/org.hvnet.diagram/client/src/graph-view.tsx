// SPDX-License-Identifier: EPL-2.0
/** @jsx svg */
import { GChildElement, GEdge, GGraph, GGraphView, GModelElement, GParentElement, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/**
 * The diagram in two layers: the estate, then what lies over it (the hosts of the overview drawn whole in place of
 * their compact node, css class {@code overlay}, and the edges inside them). Expanding or collapsing a host moves it
 * from one layer to the other and leaves the rest of both in order, so the page moves none of its thousands of shapes.
 * Over the estate, the host that holds the selection (what a search found) comes last, on top of the others.
 * Every edge has its route from the server (or is drawn straight), so the routes are not computed here for all.
 */
@injectable()
export class EstateGraphView extends GGraphView {
    override render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        const base: VNode[] = [];
        const lying: GModelElement[] = [];
        for (const child of model.children) {
            if (isOverlay(child)) {
                lying.push(child);
            } else {
                const vnode = context.renderElement(child);
                if (vnode) {
                    base.push(vnode);
                }
            }
        }
        const overlay: VNode[] = [];
        for (const child of onTopLast(lying)) {
            const vnode = context.renderElement(child);
            if (vnode) {
                overlay.push(vnode);
            }
        }
        const graph = (
            <svg class-sprotty-graph={true}>
                <g transform={transform}>
                    <g class-hv-estate={true}>{base}</g>
                    <g class-hv-overlay={true}>{overlay}</g>
                </g>
            </svg>
        ) as unknown as VNode;
        if (graph.data) {
            graph.data.style = { ...graph.data.style, ...this.getGridStyle(model, context) };
        }
        return graph;
    }
}

function isOverlay(element: GModelElement): boolean {
    return element.cssClasses?.includes('overlay') ?? false;
}

/** The host (a child of the root) an element of the overlay belongs to: itself, or for an edge the host of its target. */
function hostOf(element: GModelElement): GModelElement {
    let current: GModelElement = element instanceof GEdge && element.target ? element.target : element;
    while ('parent' in current && (current as GChildElement).parent !== current.root) {
        current = (current as GChildElement).parent;
    }
    return current;
}

/** True when something inside `host` (or the host) is selected. */
function holdsSelection(host: GModelElement): boolean {
    const selected = (element: GModelElement): boolean =>
        !!(element as unknown as { selected?: boolean }).selected || ((element as GParentElement).children ?? []).some(selected);
    return selected(host);
}

/** The overlay's elements, each host followed by its edges, the host that holds the selection last. */
function onTopLast(lying: GModelElement[]): GModelElement[] {
    const hosts: GModelElement[] = [];
    const edges = new Map<GModelElement, GModelElement[]>();
    for (const element of lying) {
        const host = hostOf(element);
        if (!edges.has(host)) {
            edges.set(host, []);
            hosts.push(host);
        }
        if (element !== host) {
            edges.get(host)!.push(element);
        }
    }
    const ordered = [...hosts.filter(h => !holdsSelection(h)), ...hosts.filter(holdsSelection)];
    return ordered.flatMap(host => [...(lying.includes(host) ? [host] : []), ...edges.get(host)!]);
}
