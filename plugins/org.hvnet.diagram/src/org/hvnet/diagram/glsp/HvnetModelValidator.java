// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.hvnet.diagram.export.DiagramMarker;
import org.hvnet.diagram.export.DiagramMarkers;

import com.google.inject.Inject;

/** Live validation markers: the language's issues (rule id and message) on the elements they concern. */
public class HvnetModelValidator implements ModelValidator {

    @Inject
    private HvnetModelState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        if (state.document() == null || state.graph() == null) {
            return List.of();
        }
        Map<String, List<DiagramMarker>> markers = DiagramMarkers.of(state.files(), state.graph());
        state.setMarkers(markers);
        List<Marker> result = new ArrayList<>();
        markers.values().forEach(list -> list.forEach(m -> result.add(new Marker(m.rule(), m.text(), m.elementId(),
                m.isError() ? MarkerKind.ERROR : MarkerKind.WARNING))));
        return result;
    }
}
