// SPDX-License-Identifier: EPL-2.0
/** @jsx svg */
import {
    EdgeRouterRegistry,
    GEdge,
    GIssueMarker,
    GLabel,
    GModelElement,
    GParentElement,
    GShapeElement,
    IView,
    Point,
    RenderingContext,
    ShapeView as CullingView,
    ThunkView,
    getAbsoluteRouteBounds,
    svg
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { VNode } from 'snabbdom';

// The views mirror the server's SVG export (SvgExporter.java): same shapes, geometry and class names, styled by the
// same web/hvnet-diagram.css; the export writes the styles as attributes, the page takes them from the stylesheet.

/** Corner radius per element type, as in SvgExporter.radius. */
export function radius(type: string): number {
    if (type === 'node:network') {
        return 22;
    }
    if (type.startsWith('port:')) {
        return 2;
    }
    return type === 'node:host' || type === 'node:hostsummary' ? 8 : type === 'node:vm' ? 5 : 6;
}

/** Below this zoom a compact host is drawn as its box and its findings only: its texts would be under 4 pixels high. */
export const DETAIL_ZOOM = 0.3;

/** The zoom the diagram is shown at. */
export function zoomOf(element: Readonly<GShapeElement>): number {
    const root = element.root as unknown as { zoom?: number };
    return typeof root.zoom === 'number' ? root.zoom : 1;
}

/**
 * Nodes and ports: a rounded rectangle and their children (labels, ports, nested nodes). A shape of the diagram's top
 * level outside the window is not drawn: an estate of thousands of hosts stays quick to pan and zoom.
 */
@injectable()
export class ShapeView extends CullingView implements IView {
    render(element: Readonly<GShapeElement>, context: RenderingContext): VNode | undefined {
        if (element.parent === element.root && !this.isVisible(element, context)) {
            return undefined;
        }
        const kind = element.type.startsWith('port:') ? 'hv-port' : 'hv-node';
        const width = Math.max(element.size.width, 0);
        const height = Math.max(element.size.height, 0);
        return (
            <g class-hv-node={kind === 'hv-node'} class-hv-port={kind === 'hv-port'}>
                <rect class-hv-shape={true} x={0} y={0} rx={radius(element.type)} width={width} height={height} />
                {context.renderChildren(element)}
            </g>
        ) as unknown as VNode;
    }
}

/** What of a diagram element its thunk views watch besides their own: selection, mouse-over, css classes, findings. */
export function feedback(element: Readonly<GModelElement>): unknown[] {
    const marker = (element as unknown as GParentElement).children?.find(child => child.type === 'marker') as GIssueMarker | undefined;
    return [
        (element as unknown as { selected?: boolean }).selected,
        (element as unknown as { hoverFeedback?: boolean }).hoverFeedback,
        element.cssClasses?.join(' '),
        marker?.issues.map(issue => issue.severity + issue.message).join('|')
    ];
}

/**
 * Labels: the text with its baseline at 78% of the label height; badges get a pill, legend entries a swatch, the
 * collapse toggle a box.
 */
@injectable()
export class LabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const height = label.size.height > 0 ? label.size.height : 16;
        const pill = label.type === 'label:badge' || label.type === 'label:edgebadge';
        const toggle = label.type === 'label:toggle';
        const swatch = label.cssClasses?.includes('legend-entry');
        const textX = toggle ? 4.5 : pill ? 3 : 0;
        return (
            <g class-hv-label={true}>
                {pill ? <rect class-hv-badge={true} x={0} y={0} rx={6} width={label.size.width} height={height} /> : ''}
                {toggle ? <rect class-hv-toggle={true} x={0} y={0} rx={3} width={label.size.width} height={height} /> : ''}
                {swatch ? <rect class-hv-swatch={true} x={-20} y={2} rx={3} width={14} height={11} /> : ''}
                <text class-hv-text={true} x={textX} y={Math.round(height * 0.78)}>
                    {label.text}
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/**
 * Edges: the server's route as it is (the export draws the same points); an edge without a route (one end moved by
 * hand) is drawn straight between its ends. Out of the window, no element at all (an estate has thousands of cables,
 * and the page opens at a zoom that shows few of them until it fits the window); drawn again only when it changed (a
 * thunk).
 */
@injectable()
export class EdgeView extends ThunkView {
    @inject(EdgeRouterRegistry) protected edgeRouterRegistry!: EdgeRouterRegistry;
    private context?: RenderingContext;

    override render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        this.context = context;
        if (!this.visible(edge, this.route(edge), context)) {
            return undefined as unknown as VNode;
        }
        return super.render(edge, context);
    }

    watchedArgs(edge: Readonly<GEdge>): unknown[] {
        const route = this.route(edge);
        const badges = edge.children.map(child => (child as GLabel).text).join('|');
        return [this.visible(edge, route, this.context!), route, feedback(edge), badges];
    }

    selector(): string {
        return 'g';
    }

    doRender(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const route = this.route(edge);
        if (route.length < 2 || !this.visible(edge, route, context)) {
            return (<g />) as unknown as VNode;
        }
        let path = '';
        route.forEach((p, i) => (path += `${i === 0 ? 'M' : ' L'}${p.x} ${p.y}`));
        return (
            <g class-sprotty-edge={true} class-mouseover={edge.hoverFeedback} class-selected={edge.selected}>
                <path class-hv-edge={true} d={path} />
                {context.renderChildren(edge)}
            </g>
        ) as unknown as VNode;
    }

    private route(edge: Readonly<GEdge>): Point[] {
        return edge.routingPoints.length >= 2 ? edge.routingPoints : this.edgeRouterRegistry.route(edge);
    }

    /** True when the route's box meets the window. */
    private visible(edge: Readonly<GEdge>, route: Point[], context: RenderingContext): boolean {
        if (context.targetKind === 'hidden' || route.length === 0) {
            return true;
        }
        const bounds = getAbsoluteRouteBounds(edge, route);
        const canvas = edge.root.canvasBounds;
        return bounds.x <= canvas.width && bounds.x + bounds.width >= 0 && bounds.y <= canvas.height && bounds.y + bounds.height >= 0;
    }
}
