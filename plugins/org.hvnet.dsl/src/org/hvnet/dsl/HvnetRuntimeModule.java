// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.tokens.SerializerScopeProviderBinding;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.hvnet.dsl.conversion.HvnetValueConverters;
import org.hvnet.dsl.formatting2.StrayStatementRegionAccessBuilder;
import org.hvnet.dsl.generator.NothingToGenerate;
import org.hvnet.dsl.linking.HvnetLinkingDiagnosticMessageProvider;
import org.hvnet.dsl.linking.PartialReparseLinker;
import org.hvnet.dsl.naming.HvnetQualifiedNameProvider;
import org.hvnet.dsl.naming.WholeNameConverter;
import org.hvnet.dsl.parser.HvnetSyntaxErrorMessageProvider;
import org.hvnet.dsl.parser.LocalPartialParsingHelper;
import org.hvnet.dsl.parser.OnceOnlyElementFactory;
import org.hvnet.dsl.resource.HvnetResource;
import org.hvnet.dsl.resource.ReplacingUnloader;
import org.hvnet.dsl.scoping.SerializationScopeProvider;
import org.hvnet.dsl.serializer.DirectSemanticSequencer;
import org.hvnet.dsl.validation.TopologyOnlyDiagnostician;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the .hvnet language runtime (customizations of the generated module). */
public class HvnetRuntimeModule extends AbstractHvnetRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return HvnetValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return HvnetQualifiedNameProvider.class;
    }

    /** A quoted name with dots ("192.168.200.0/24", the networks an import writes) is one name, not a path. */
    public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
        return WholeNameConverter.class;
    }

    /** Unresolved names reported in the domain's words, naming where they were looked for. */
    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return HvnetLinkingDiagnosticMessageProvider.class;
    }

    /** Syntax errors in the language's words instead of ANTLR's token names. */
    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return HvnetSyntaxErrorMessageProvider.class;
    }

    /** A validation visits a file's topology, where the language's checks are, not every element under it. */
    @Override
    public Class<? extends Diagnostician> bindDiagnostician() {
        return TopologyOnlyDiagnostician.class;
    }

    /**
     * EMF's generic constraints of each element are not checked: the grammar is the file's constraints (a syntax error
     * says what is missing) and the command line does not check them either.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
    }

    /** The partial parser of an edit widens the edited region to whole tokens lexing from a line break before it, not from the text's start. */
    @Override
    public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
        return LocalPartialParsingHelper.class;
    }

    /** A second install, rras, mac-pool, dhcp-service or ipv4 line is an error at its position, not a silent replacement. */
    @Override
    public Class<? extends IAstFactory> bindIAstFactory() {
        return OnceOnlyElementFactory.class;
    }

    /** Unloading a file's resource names its proxies in one walk of the tree; a loaded file names its objects from a table. */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return HvnetResource.class;
    }

    /** A partial reparse of an edit links only what the edit can have changed, not the whole file (issue 12, item 3). */
    @Override
    public Class<? extends ILinker> bindILinker() {
        return PartialReparseLinker.class;
    }

    /** The elements a reparse replaces are made known to the file's resource before they are unloaded, for its linking. */
    public Class<? extends IReferableElementsUnloader> bindIReferableElementsUnloader() {
        return ReplacingUnloader.class;
    }

    /** The language generates no files: the builder does not validate a file a second time to decide whether to generate. */
    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return NothingToGenerate.class;
    }

    /** The formatter takes the tokens of a refused second statement as its owner's, instead of failing. */
    public Class<? extends TextRegionAccessBuilder> bindTextRegionAccessBuilder() {
        return StrayStatementRegionAccessBuilder.class;
    }

    /**
     * The serializer and the change serializer find the text of a reference by looking the target's names up in the
     * language's scopes, not by scanning each scope (which made writing a model quadratic in its size).
     */
    @Override
    public void configureSerializerIScopeProvider(Binder binder) {
        binder.bind(IScopeProvider.class).annotatedWith(SerializerScopeProviderBinding.class).to(SerializationScopeProvider.class);
    }

    /**
     * The serializer sequences the elements of a model built in memory (topology, hosts, switches, VMs, their NICs)
     * straight through the grammar's rules instead of searching them, with the same text.
     */
    @Override
    public Class<? extends ISemanticSequencer> bindISemanticSequencer() {
        return DirectSemanticSequencer.class;
    }
}
