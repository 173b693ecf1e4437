// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.hvnet.ui.HvnetUiPlugin;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist from Xtext's generic IDE services of the language: the generated content-assist parser finds what
 * may follow the caret, {@link IdeContentProposalProvider} proposes keywords and the names the scope provider
 * allows there (after {@code on}, exactly the switches of the VM's host).
 */
final class HvnetContentAssistProcessor implements IContentAssistProcessor {

    private final HvnetEditor editor;
    private final Services services;

    /** The language services content assist uses, injected from the language's injector. */
    static final class Services {
        @Inject
        Provider<ContentAssistContextFactory> contextFactories;
        @Inject
        IdeContentProposalProvider proposalProvider;
        @Inject
        Provider<IdeContentProposalAcceptor> acceptors;
        @Inject
        ExecutorService executor;
    }

    HvnetContentAssistProcessor(HvnetEditor editor) {
        this.editor = editor;
        this.services = editor.language().get(Services.class);
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        List<ICompletionProposal> proposals = new ArrayList<>();
        try {
            for (ContentAssistEntry entry : entries(text, offset)) {
                String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
                String proposal = entry.getProposal();
                String label = entry.getLabel() == null ? proposal : entry.getLabel();
                String display = entry.getDescription() == null ? label : label + " \u2013 " + entry.getDescription();
                proposals.add(new LanguageProposal(proposal, offset - prefix.length(), prefix.length(), display,
                        entry.getDocumentation()));
            }
        } catch (RuntimeException e) {
            HvnetUiPlugin.log("content assist failed", e);
        }
        return proposals.toArray(new ICompletionProposal[0]);
    }

    /** The proposals of the language's IDE services at {@code offset} of {@code text}, in their order. */
    List<ContentAssistEntry> entries(String text, int offset) {
        XtextResource resource = editor.language().parser().parseOnly(EditorInputFiles.uriOf(editor.getEditorInput()),
                text, EditorInputFiles.siblingsOf(EditorInputFiles.fileOf(editor.getEditorInput())));
        ContentAssistContextFactory factory = services.contextFactories.get();
        factory.setPool(services.executor);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = services.acceptors.get();
        services.proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return null;
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
