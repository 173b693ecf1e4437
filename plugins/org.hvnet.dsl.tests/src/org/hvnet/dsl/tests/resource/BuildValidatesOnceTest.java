// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.hvnet.dsl.HvnetRuntimeModule;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The builder the language server runs at every edit validates a changed file once: the language generates no files,
 * so the builder does not validate it a second time to decide whether to generate. The issues it reports are those of
 * that one validation.
 */
class BuildValidatesOnceTest {

    /** The validations of each file, counted by the validator the builder uses. */
    static final Map<URI, AtomicInteger> VALIDATIONS = new ConcurrentHashMap<>();

    /** The language's resource validator, counting its calls. */
    public static class CountingValidator extends ResourceValidatorImpl {

        @Override
        public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
            VALIDATIONS.computeIfAbsent(resource.getURI(), u -> new AtomicInteger()).incrementAndGet();
            return super.validate(resource, mode, indicator);
        }
    }

    @Test
    void theLanguageGeneratesNothing() {
        Resource resource = new XtextResourceSet().createResource(URI.createURI("dummy:/model.hvnet"));
        assertFalse(HvnetTestFiles.injector().getInstance(IShouldGenerate.class).shouldGenerate(resource, CancelIndicator.NullImpl));
    }

    @Test
    void buildingAnEditedFileValidatesItOnce(@TempDir Path dir) throws IOException {
        Injector counting = Guice.createInjector(Modules.override(new HvnetRuntimeModule())
                .with(binder -> binder.bind(IResourceValidator.class).to(CountingValidator.class)));
        Path file = dir.resolve("lab.hvnet");
        Files.writeString(file, HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
        URI uri = URI.createFileURI(file.toString());
        XtextResourceSet resourceSet = counting.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("hvnet", counting.getInstance(IResourceFactory.class));
        IResourceServiceProvider language = counting.getInstance(IResourceServiceProvider.class);
        List<Issue> published = new ArrayList<>();
        BuildRequest request = new BuildRequest();
        request.setBaseDir(URI.createFileURI(dir.toString()));
        request.setResourceSet(resourceSet);
        request.setState(new IndexState());
        request.setDirtyFiles(List.of(uri));
        request.setAfterValidate((validated, issues) -> {
            issues.forEach(published::add);
            return true;
        });

        VALIDATIONS.clear();
        counting.getInstance(IncrementalBuilder.class).build(request, u -> language);

        assertEquals(1, VALIDATIONS.get(uri).get(), "validations of the built file");
        assertTrue(published.stream().anyMatch(issue -> issue.getCode() != null && issue.getCode().startsWith("V-")),
                () -> "the builder's one validation reports the rules' findings: " + published);
    }
}
