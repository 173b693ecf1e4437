/** @jsx svg */
import {
    Dimension,
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
    getAbsoluteBounds,
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
function zoomOf(element: Readonly<GShapeElement>): number {
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

/** A switch chip of a compact host: kind, count, x and width (CompactHost.java). */
type Chip = [string, number, number, number];

/** True when {@code element} (a shape of the top level) lies in the window, or when drawing for measurement. */
function onScreen(element: Readonly<GShapeElement>, context: RenderingContext): boolean {
    if (context.targetKind === 'hidden' || !Dimension.isValid(element.bounds)) {
        return true;
    }
    const bounds = getAbsoluteBounds(element);
    const canvas = element.root.canvasBounds;
    return bounds.x <= canvas.width && bounds.x + bounds.width >= 0 && bounds.y <= canvas.height && bounds.y + bounds.height >= 0;
}

/** What of a diagram element its thunk views watch besides their own: selection, mouse-over, css classes, findings. */
function feedback(element: Readonly<GModelElement>): unknown[] {
    const marker = (element as unknown as GParentElement).children?.find(child => child.type === 'marker') as GIssueMarker | undefined;
    return [
        (element as unknown as { selected?: boolean }).selected,
        (element as unknown as { hoverFeedback?: boolean }).hoverFeedback,
        element.cssClasses?.join(' '),
        marker?.issues.map(issue => issue.severity + issue.message).join('|')
    ];
}

/**
 * A compact host of the overview, drawn from its arguments as the export draws it (CompactHost.java places
 * everything): name, platform, expand button, one chip per switch kind with the count, the number of VMs; its NIC
 * ports and findings are its children. Seen from far, its box and findings only; out of the window, nothing. Drawn
 * again only when it changed (a thunk): an estate of thousands of hosts re-renders what changed.
 */
@injectable()
export class CompactHostView extends ThunkView {
    watchedArgs(host: Readonly<GShapeElement>): unknown[] {
        const visible = onScreen(host, this.context!);
        const far = visible && this.context!.targetKind !== 'hidden' && zoomOf(host) < DETAIL_ZOOM;
        const ports = host.children.map(child => feedback(child).join('/')).join(';');
        return [visible, far, host.position.x, host.position.y, host.size.width, host.size.height, feedback(host), ports];
    }

    selector(): string {
        return 'g';
    }

    private context?: RenderingContext;

    override render(host: Readonly<GShapeElement>, context: RenderingContext): VNode {
        this.context = context;
        return super.render(host, context);
    }

    doRender(host: Readonly<GShapeElement>, context: RenderingContext): VNode {
        if (!onScreen(host, context)) {
            return (<g />) as unknown as VNode;
        }
        const args = (host as unknown as { args: Record<string, unknown> }).args ?? {};
        const far = context.targetKind !== 'hidden' && zoomOf(host) < DETAIL_ZOOM;
        const box = <rect class-hv-shape={true} x={0} y={0} rx={radius(host.type)} width={host.size.width} height={host.size.height} />;
        if (far) {
            return (
                <g class-hv-node={true} class-selected={!!(host as unknown as { selected?: boolean }).selected}>
                    {box}
                    {host.children.filter(child => child.type === 'marker').map(child => context.renderElement(child))}
                </g>
            ) as unknown as VNode;
        }
        const chips = (args['chips'] as Chip[] | undefined) ?? [];
        return (
            <g class-hv-node={true} class-selected={!!(host as unknown as { selected?: boolean }).selected}>
                {box}
                <text class-hv-text={true} class-hv-title={true} x={12} y={20}>{String(args['name'] ?? '')}</text>
                <text class-hv-text={true} class-hv-detail={true} x={Number(args['platformX'] ?? 0)} y={21}>{String(args['platform'] ?? '')}</text>
                <g class-toggle={true} transform={`translate(${host.size.width - 24},7)`}>
                    <rect class-hv-toggle={true} x={0} y={0} rx={3} width={16} height={16} />
                    <text class-hv-text={true} x={4.5} y={12}>+</text>
                </g>
                {chips.map(([kind, count, x, width]) => (
                    <g class-count={true} class={{ ['switch-' + kind]: true }} transform={`translate(${x},33)`}>
                        <rect class-hv-badge={true} x={0} y={0} rx={6} width={width} height={15} />
                        <text class-hv-text={true} x={4} y={12}>{String(count)}</text>
                    </g>
                ))}
                <text class-hv-text={true} class-hv-detail={true} x={Number(args['vmsX'] ?? 0)} y={45}>{String(args['vms'] ?? '')}</text>
                {context.renderChildren(host)}
            </g>
        ) as unknown as VNode;
    }
}

/**
 * Labels: the text with its baseline at 78% of the label height; badges get a pill, legend entries a swatch, the
 * collapse toggle a box.
 */
@injectable()
export class LabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const height = label.size.height > 0 ? label.size.height : 16;
        const pill = label.type === 'label:badge';
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
 * hand) is drawn straight between its ends. Out of the window, nothing; drawn again only when it changed (a thunk).
 */
@injectable()
export class EdgeView extends ThunkView {
    @inject(EdgeRouterRegistry) protected edgeRouterRegistry!: EdgeRouterRegistry;
    private context?: RenderingContext;

    override render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        this.context = context;
        return super.render(edge, context);
    }

    watchedArgs(edge: Readonly<GEdge>): unknown[] {
        const route = this.route(edge);
        return [this.visible(edge, route, this.context!), route, feedback(edge)];
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

/**
 * A validation marker as the export draws it: on a compact host of the overview, one badge per severity with the
 * number of findings inside the host (errors red, warnings amber); elsewhere a dot with "!" at the element's top right
 * corner (placed by {@link MarkerPlacer}).
 */
@injectable()
export class MarkerView implements IView {
    render(marker: Readonly<GIssueMarker>, _context: RenderingContext): VNode {
        const errors = marker.issues.filter(issue => issue.severity === 'error').length;
        const warnings = marker.issues.length - errors;
        if (marker.parent.type === 'node:hostsummary') {
            return (
                <g class-sprotty-issue={true} class-hv-marker={true}>
                    {badge('error', errors, 0)}
                    {badge('warning', warnings, errors > 0 ? BADGE_WIDTH + 4 : 0)}
                </g>
            ) as unknown as VNode;
        }
        return (
            <g class-sprotty-issue={true} class-hv-marker={true}>
                <circle class-hv-marker-error={errors > 0} class-hv-marker-warning={errors === 0} r={8} />
                <text class-hv-marker-text={true} x={-2.5} y={4}>
                    !
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/** Width of a findings badge of a compact host (SvgExporter.BADGE_WIDTH). */
export const BADGE_WIDTH = 34;

function badge(severity: 'error' | 'warning', count: number, x: number): VNode | string {
    if (count === 0) {
        return '';
    }
    return (
        <g transform={`translate(${x},0)`}>
            <rect class-hv-marker-error={severity === 'error'} class-hv-marker-warning={severity === 'warning'} x={0} y={0} rx={7} width={BADGE_WIDTH} height={15} />
            <text class-hv-marker-text={true} x={5} y={11}>
                {(severity === 'error' ? '\u2716 ' : '\u26a0 ') + count}
            </text>
        </g>
    ) as unknown as VNode;
}
