/** @jsx svg */
import { GGraph, GGraphView, GModelElement, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/**
 * The diagram in two layers: the estate, then what lies over it (the hosts of the overview drawn whole in place of
 * their compact node, css class {@code overlay}, and the edges inside them). Expanding or collapsing a host moves it
 * from one layer to the other and leaves the rest of both in order, so the page moves none of its thousands of shapes.
 * Every edge has its route from the server (or is drawn straight), so the routes are not computed here for all.
 */
@injectable()
export class EstateGraphView extends GGraphView {
    override render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        const base: VNode[] = [];
        const overlay: VNode[] = [];
        for (const child of model.children) {
            const vnode = context.renderElement(child);
            if (vnode) {
                (isOverlay(child) ? overlay : base).push(vnode);
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
