// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.hvnet.model.tests.metamodel.MetamodelLayout.EdgeKind;
import org.hvnet.model.tests.metamodel.MetamodelLayout.PlacedBox;
import org.junit.jupiter.api.Test;

/**
 * The diagram generator works for whatever a metamodel holds, not only today's hvnet.ecore: multiple inheritance,
 * a containment of its own class, references out of the package, an empty enumeration. Boxes never overlap and
 * the SVG is well-formed XML.
 */
class MetamodelGraphTest {

    private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;

    private static EPackage unusualPackage() {
        EPackage pkg = ECORE.createEPackage();
        pkg.setName("sample");
        pkg.setNsURI("http://example.org/sample");
        EClass base = type(pkg, "Base", true);
        EAttribute label = ECORE.createEAttribute();
        label.setName("label");
        label.setEType(EcorePackage.Literals.ESTRING);
        label.setLowerBound(1);
        base.getEStructuralFeatures().add(label);
        EClass node = type(pkg, "Node", false);
        node.getESuperTypes().add(base);
        EClass mixin = type(pkg, "Mixin", true);
        EClass leaf = type(pkg, "Leaf", false);
        leaf.getESuperTypes().add(node);
        leaf.getESuperTypes().add(mixin);
        reference(node, "children", node, true, -1);
        reference(node, "favourite", leaf, false, 1);
        reference(node, "anything", EcorePackage.Literals.EOBJECT, false, -1);
        EEnum empty = ECORE.createEEnum();
        empty.setName("Nothing");
        pkg.getEClassifiers().add(empty);
        EDataType text = ECORE.createEDataType();
        text.setName("Text");
        text.setInstanceClassName("java.lang.String");
        pkg.getEClassifiers().add(text);
        return pkg;
    }

    private static EClass type(EPackage pkg, String name, boolean isAbstract) {
        EClass type = ECORE.createEClass();
        type.setName(name);
        type.setAbstract(isAbstract);
        pkg.getEClassifiers().add(type);
        return type;
    }

    private static void reference(EClass owner, String name, EClass target, boolean containment, int upper) {
        EReference reference = ECORE.createEReference();
        reference.setName(name);
        reference.setEType(target);
        reference.setContainment(containment);
        reference.setUpperBound(upper);
        owner.getEStructuralFeatures().add(reference);
    }

    @Test
    void drawsEveryKindOfElement() throws Exception {
        MetamodelLayout layout = MetamodelGraph.layOut(unusualPackage());
        assertEquals(List.of("Base", "Node", "Mixin", "Leaf", "Nothing", "Text"),
                layout.boxes().stream().map(b -> b.box().classifier().getName()).toList());
        assertEquals(3, layout.edges().stream().filter(e -> e.kind() == EdgeKind.SUPERTYPE).count());
        assertEquals(List.of("children [0..*]"), labels(layout, EdgeKind.CONTAINMENT));
        assertEquals(List.of("favourite"), labels(layout, EdgeKind.REFERENCE));
        PlacedBox node = layout.boxes().get(1);
        assertEquals(List.of("anything : EObject [0..*]"), node.box().lines());
        assertEquals(List.of("label : EString [1]"), layout.boxes().get(0).box().lines());
        String svg = MetamodelSvg.of(layout, "sample & <test>");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains("<title>sample &amp; &lt;test&gt;</title>"), svg);
    }

    @Test
    void boxesDoNotOverlap() {
        for (MetamodelLayout layout : List.of(MetamodelGraph.layOut(unusualPackage()), MetamodelGraph.layOut(EcoreFile.load()))) {
            List<PlacedBox> boxes = layout.boxes();
            for (int i = 0; i < boxes.size(); i++) {
                PlacedBox a = boxes.get(i);
                assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= layout.width() && a.y() + a.height() <= layout.height(),
                        () -> a.box().classifier().getName() + " outside the picture");
                for (int j = i + 1; j < boxes.size(); j++) {
                    PlacedBox b = boxes.get(j);
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                            || b.y() + b.height() <= a.y();
                    assertTrue(apart, () -> a.box().classifier().getName() + " overlaps " + b.box().classifier().getName());
                }
            }
            assertFalse(boxes.isEmpty());
        }
    }

    private static List<String> labels(MetamodelLayout layout, EdgeKind kind) {
        return layout.edges().stream().filter(e -> e.kind() == kind).map(MetamodelLayout.RoutedEdge::label).toList();
    }
}
