// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.analysis.names.ElementNames;
import org.hvnet.files.InputLimit;
import org.hvnet.model.Expectation;
import org.hvnet.model.Topology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .hvnet files (or texts) into one resource set, so that names resolve across all of them, and
 * reports every syntax error (rule {@code syntax}) and unresolved reference (rule {@code link}).
 */
public class TopologyLoader {

    /** The resource of the model read from standard input (its name in messages is {@link ModelInput#STANDARD_INPUT_NAME}). */
    public static final URI STANDARD_INPUT_URI = URI.createURI("stdin:/standard-input.hvnet");

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private IResourceFactory resourceFactory;

    /**
     * Loads every input named by the command arguments (directories expanded, {@code -} for the process's standard
     * input), each once, all together within the input limit ({@link InputLimit}).
     *
     * @throws UnreadableInputException when an input is missing, too large, or not text
     */
    public LoadedModel loadArguments(List<String> arguments) throws UnreadableInputException {
        return loadArguments(arguments, System.in);
    }

    /** {@link #loadArguments(List)}, with {@code standardInput} read for {@code -}. */
    public LoadedModel loadArguments(List<String> arguments, InputStream standardInput) throws UnreadableInputException {
        List<NamedText> texts = new ArrayList<>();
        long budget = InputLimit.bytes();
        for (ModelInput input : InputFiles.expand(arguments)) {
            TextContent.InputText text = TextContent.read(input, standardInput, budget);
            budget -= text.bytes();
            texts.add(new NamedText(input.name(), input.standardInput() ? STANDARD_INPUT_URI : fileUri(input.file()), text.text()));
        }
        return load(texts);
    }

    /** Loads texts, each named by the path it is reported under. */
    public LoadedModel loadTexts(List<Map.Entry<Path, String>> texts) {
        return load(texts.stream().map(t -> new NamedText(t.getKey().toString(), fileUri(t.getKey()), t.getValue())).toList());
    }

    private static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /**
     * The URI a text is loaded under: its own, when it ends in {@code .hvnet}; else with {@code .hvnet} appended (as
     * often as it takes to differ from every other), because the language's index knows resources by their
     * extension, and the names of a file named {@code hosts.txt} must resolve in the other files too.
     */
    private static URI indexable(URI uri, Set<URI> taken) {
        if (hasExtension(uri)) {
            return uri;
        }
        URI indexable = uri.appendFileExtension(InputFiles.EXTENSION.substring(1));
        while (!taken.add(indexable)) {
            indexable = indexable.appendFileExtension(InputFiles.EXTENSION.substring(1));
        }
        return indexable;
    }

    private static boolean hasExtension(URI uri) {
        return InputFiles.EXTENSION.equals("." + uri.fileExtension());
    }

    /** A text to load: the name it is reported under, the URI of its resource. */
    private record NamedText(String name, URI uri, String text) {
    }

    private LoadedModel load(List<NamedText> texts) {
        XtextResourceSet resourceSet = resourceSets.get();
        DisplayNames names = new DisplayNames();
        List<Resource> resources = new ArrayList<>();
        Set<URI> taken = new HashSet<>();
        texts.stream().map(NamedText::uri).filter(TopologyLoader::hasExtension).forEach(taken::add);
        for (NamedText text : texts) {
            URI uri = indexable(text.uri(), taken);
            names.put(uri, text.name());
            // the language's factory, not the registry's choice by extension: a file of any name is read as a topology
            Resource resource = resourceFactory.createResource(uri);
            resourceSet.getResources().add(resource);
            try {
                resource.load(new ByteArrayInputStream(text.text().getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot parse in-memory text of " + text.name(), e);
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
