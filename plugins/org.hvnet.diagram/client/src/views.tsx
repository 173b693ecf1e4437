/** @jsx svg */
import {
    GEdge,
    GLabel,
    GShapeElement,
    IView,
    Point,
    PolylineEdgeView,
    RenderingContext,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

// The views mirror the server's SVG export (SvgExporter.java): same shapes, geometry and class names,
// styled by the same web/hvnet-diagram.css.

/** Corner radius per element type, as in SvgExporter.radius. */
export function radius(type: string): number {
    if (type === 'node:network') {
        return 22;
    }
    if (type.startsWith('port:')) {
        return 2;
    }
    return type === 'node:host' ? 8 : type === 'node:vm' ? 5 : 6;
}

/** Nodes and ports: a rounded rectangle and their children (labels, ports, nested nodes). */
@injectable()
export class ShapeView implements IView {
    render(element: Readonly<GShapeElement>, context: RenderingContext): VNode {
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

/** Labels: the text with its baseline at 78% of the label height; badges get a pill, legend entries a swatch. */
@injectable()
export class LabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const height = label.size.height > 0 ? label.size.height : 16;
        const badge = label.type === 'label:badge';
        const swatch = label.cssClasses?.includes('legend-entry');
        return (
            <g class-hv-label={true}>
                {badge ? <rect class-hv-badge={true} x={0} y={0} rx={6} width={label.size.width} height={height} /> : ''}
                {swatch ? <rect class-hv-swatch={true} x={-20} y={2} rx={3} width={14} height={11} /> : ''}
                <text class-hv-text={true} x={badge ? 3 : 0} y={Math.round(height * 0.78)}>
                    {label.text}
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/** Edges: the route as a polyline path (the server's ELK route in its routing points). */
@injectable()
export class EdgeView extends PolylineEdgeView {
    protected override renderLine(_edge: GEdge, segments: Point[], _context: RenderingContext): VNode {
        let path = '';
        segments.forEach((p, i) => (path += `${i === 0 ? 'M' : ' L'}${p.x} ${p.y}`));
        return (<path class-hv-edge={true} d={path} />) as unknown as VNode;
    }
}
