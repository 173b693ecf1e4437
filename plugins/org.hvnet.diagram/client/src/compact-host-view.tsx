// SPDX-License-Identifier: EPL-2.0
/** @jsx svg */
import { Dimension, GShapeElement, RenderingContext, ThunkView, getAbsoluteBounds, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { DETAIL_ZOOM, feedback, radius, zoomOf } from './views';

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
