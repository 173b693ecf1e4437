package org.hvnet.frontend.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.analysis.names.ElementNames;
import org.hvnet.model.Expectation;
import org.hvnet.model.Topology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .hvnet files (or texts) into one resource set, so that names resolve across all of them, and
 * reports every syntax error (rule {@code syntax}) and unresolved reference (rule {@code link}).
 */
public class TopologyLoader {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    /**
     * Loads every file named by the command arguments (directories expanded).
     *
     * @throws UnreadableInputException when an input is missing or not text
     */
    public LoadedModel loadArguments(List<String> arguments) throws UnreadableInputException {
        List<Path> files = InputFiles.expand(arguments);
        List<Map.Entry<Path, String>> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Map.entry(file, TextContent.read(file)));
        }
        return loadTexts(texts);
    }

    /** Loads texts, each named by the path it is reported under. */
    public LoadedModel loadTexts(List<Map.Entry<Path, String>> texts) {
        XtextResourceSet resourceSet = resourceSets.get();
        DisplayNames names = new DisplayNames();
        List<Resource> resources = new ArrayList<>();
        for (Map.Entry<Path, String> text : texts) {
            URI uri = URI.createFileURI(text.getKey().toAbsolutePath().normalize().toString());
            names.put(uri, text.getKey());
            Resource resource = resourceSet.createResource(uri);
            try {
                resource.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot parse in-memory text of " + text.getKey(), e);
            }
            resources.add(resource);
        }
        EcoreUtil.resolveAll(resourceSet);
        List<Topology> topologies = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology) {
                topologies.add(topology);
            }
            String file = names.of(resource.getURI());
            for (Resource.Diagnostic error : resource.getErrors()) {
                boolean link = error instanceof XtextLinkingDiagnostic;
                String element = link ? elementOf((XtextLinkingDiagnostic) error, resourceSet) : null;
                String rule = link ? linkRule((XtextLinkingDiagnostic) error) : SourceProblem.SYNTAX;
                problems.add(new SourceProblem(Severity.ERROR, rule, element, file,
                        Math.max(1, error.getLine()), Math.max(1, error.getColumn()), error.getMessage()));
            }
        }
        Collections.sort(problems);
        return new LoadedModel(resourceSet, List.copyOf(topologies), List.copyOf(problems), new ElementLocator(names), names);
    }

    /** {@code link}, or the rule id that the linker's message provider gave (V-2, V-3). */
    private static String linkRule(XtextLinkingDiagnostic diagnostic) {
        String code = diagnostic.getCode();
        return code != null && code.matches("[A-Z]-\\d+") ? code : SourceProblem.LINK;
    }

    /** The qualified name of the element whose reference did not resolve; null inside an expectation (it has none). */
    private static String elementOf(XtextLinkingDiagnostic diagnostic, ResourceSet resourceSet) {
        EObject element = diagnostic.getUriToProblem() == null ? null : resourceSet.getEObject(diagnostic.getUriToProblem(), false);
        if (element == null || EcoreUtil2.getContainerOfType(element, Expectation.class) != null) {
            return null;
        }
        String name = ElementNames.qualifiedName(element);
        return name.isEmpty() ? null : name;
    }
}
